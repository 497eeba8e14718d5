/**
 * Word readings from CC-CEDICT (through ./dictionary), shaped for reading choice: per entry
 * the numbered syllables aligned one-to-one with the word's code points, and whether CEDICT
 * files it as a proper noun (capitalised pinyin), which matters because a place or person
 * entry often carries a reading the common word does not (长安 Cháng'ān, 曾 Zēng).
 */
import { sharedEntries } from '../dictionary';
import { remember } from '../remember';
import { normaliseNumbered, type Numbered } from './syllable';

export type WordReading = { syllables: readonly Numbered[]; proper: boolean };

/** Entries whose syllables do not line up with the code points (Latin letters, "·") are dropped. */
export function toWordReading(word: string, pinyin: string): WordReading | null {
  const parts = pinyin.trim().split(/\s+/);
  if (parts.length !== Array.from(word).length) return null;
  // Made at its final size (kept per word; see segmentInfo in ./engine).
  const syllables = new Array<Numbered>(parts.length);
  for (let i = 0; i < parts.length; i++) {
    const n = normaliseNumbered(parts[i] ?? '');
    if (n === null) return null;
    syllables[i] = n;
  }
  return { syllables, proper: /^[A-Z]/.test(pinyin.trim()) };
}

// Words repeat a lot within a text; caching spares re-parsing dictionary rows.
const cache = new Map<string, readonly WordReading[]>();
const CACHE_LIMIT = 50_000;

/** Forgets parsed word readings (see clearAnnotateCaches). */
export function clearWordReadings(): void {
  cache.clear();
}

function entriesOf(word: string): WordReading[] {
  const out: WordReading[] = [];
  for (const entry of sharedEntries(word)) {
    const r = toWordReading(word, entry.pinyin);
    if (r) out.push(r);
  }
  return out;
}

/** A light syllable of AB is full in AABB (漂亮 piàoliang → 漂漂亮亮 piàopiàoliàngliàng): the character's own toned reading. */
function fullTone(char: string, syl: Numbered | undefined): Numbered | undefined {
  if (!syl || !syl.endsWith('5')) return syl;
  const base = syl.slice(0, -1);
  for (const r of entriesOf(char)) {
    const only = r.syllables[0];
    if (only && only.slice(0, -1) === base && !only.endsWith('5')) return only;
  }
  return syl;
}

/**
 * AABB reduplication of a dictionary word AB (干干净净, 清清楚楚, 高高兴兴) is read as AB with each
 * syllable doubled: CEDICT lists few of these, and split into pieces the lone 干 read gàn.
 */
function reduplicated(word: string): WordReading[] {
  const c = Array.from(word);
  if (c.length !== 4 || c[0] !== c[1] || c[2] !== c[3] || c[0] === c[2]) return [];
  const out: WordReading[] = [];
  for (const r of entriesOf(`${c[0]}${c[2]}`)) {
    const a = fullTone(c[0] ?? '', r.syllables[0]);
    const b = fullTone(c[2] ?? '', r.syllables[1]);
    if (a && b && !r.proper && !out.some((o) => o.syllables[0] === a && o.syllables[2] === b)) out.push({ syllables: [a, a, b, b], proper: false });
  }
  return out;
}

export function wordReadings(word: string): readonly WordReading[] {
  const hit = cache.get(word);
  if (hit) return hit;
  let out = entriesOf(word);
  if (out.length === 0) out = reduplicated(word);
  // Kept per word: a copy at its final size, not the grown array (see segmentInfo in ./engine).
  if (out.length > 0) out = out.slice();
  return remember(cache, word, out, CACHE_LIMIT);
}
