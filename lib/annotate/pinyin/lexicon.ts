/**
 * Word readings from CC-CEDICT (through ./dictionary), shaped for reading choice: per entry
 * the numbered syllables aligned one-to-one with the word's code points, and whether CEDICT
 * files it as a proper noun (capitalised pinyin), which matters because a place or person
 * entry often carries a reading the common word does not (长安 Cháng'ān, 曾 Zēng).
 */
import { lookup } from '../dictionary';
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

export function wordReadings(word: string): readonly WordReading[] {
  const hit = cache.get(word);
  if (hit) return hit;
  let out: WordReading[] = [];
  for (const entry of lookup(word)) {
    const r = toWordReading(word, entry.pinyin);
    if (r) out.push(r);
  }
  // Kept per word: a copy at its final size, not the grown array (see segmentInfo in ./engine).
  if (out.length > 0) out = out.slice();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, out);
  return out;
}
