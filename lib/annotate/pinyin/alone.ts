/**
 * pinyin-pro's reading of a word asked about on its own. The engine needs it for every reading
 * unit it meets; the dictionary build stores it for every CC-CEDICT headword (see
 * dictionary-build.ts), so a word met for the first time costs a lookup, not a pinyin-pro call.
 * Both go through this one function, so the stored and the computed readings cannot drift apart.
 */
import { pinyin as pinyinPro } from 'pinyin-pro';
import { remember } from '../remember';
import { fromMarked, normaliseNumbered, type Numbered } from './syllable';

const HAN_PATTERN = /^[\p{Script=Han}〇]$/u;
const hanCache = new Map<string, boolean>();

/** Script test per code point, cached: the regular expression was a visible share of the time. */
export const HAN = {
  test(c: string): boolean {
    // The CJK Unified Ideographs block (U+4E00–U+9FFF, all of it Han) holds nearly every character
    // of running text: answered without the cache's hash lookup.
    if (c.length === 1) {
      const code = c.charCodeAt(0);
      if (code >= 0x4e00 && code <= 0x9fff) return true;
    }
    let v = hanCache.get(c);
    if (v === undefined) {
      v = HAN_PATTERN.test(c);
      if (hanCache.size < 100_000) hanCache.set(c, v);
    }
    return v;
  },
};

/** Forgets the script tests (see clearAnnotateCaches). */
export function clearHanCache(): void {
  hanCache.clear();
  otherwiseWhole.clear();
}

/**
 * pinyin-pro's reading for every UTF-16 offset of `text` that starts a Han character. The
 * array form is several times faster than type 'all' and gives one item per code point;
 * if it ever does not, the slower form with explicit origins is used.
 */
export function pinyinProByOffset(text: string, surname: boolean): Map<number, Numbered> {
  const out = new Map<number, Numbered>();
  // Citation tones here; 一/不 sandhi is ours, applied across segments in sandhi.ts.
  const common = { toneSandhi: false, ...(surname ? { mode: 'surname' as const, surname: 'head' as const } : {}) };
  const points = Array.from(text);
  const items = pinyinPro(text, { type: 'array', ...common });
  if (items.length === points.length) {
    let offset = 0;
    points.forEach((c, i) => {
      const n = HAN.test(c) ? fromMarked(items[i] ?? '') : null;
      if (n) out.set(offset, n);
      offset += c.length;
    });
    return out;
  }
  let offset = 0;
  for (const item of pinyinPro(text, { type: 'all', toneType: 'num', ...common })) {
    if (item.isZh) {
      const n = normaliseNumbered(item.pinyin);
      if (n) out.set(offset, n);
    }
    offset += item.origin.length;
  }
  if (offset !== text.length) throw new Error('pinyin-pro output does not cover its input');
  return out;
}

/** pinyin-pro's reading of each code point of `word`, asked about the word alone; null where it has none. */
export function readAlone(word: string): (Numbered | null)[] {
  const byOffset = pinyinProByOffset(word, false);
  const points = Array.from(word);
  // Made at its final size: the engine keeps it per word (see segmentInfo in ./engine).
  const readings = new Array<Numbered | null>(points.length);
  let offset = 0;
  for (let i = 0; i < points.length; i++) {
    readings[i] = byOffset.get(offset) ?? null;
    offset += points[i]?.length ?? 1;
  }
  return readings;
}

/** A numbered CC-CEDICT reading ("Zhen4 xing1") as readAlone would give it, for comparison. */
export function numberedSyllables(pinyin: string): (Numbered | null)[] {
  return pinyin.trim().split(/\s+/).map(normaliseNumbered);
}

/**
 * The stored form of readAlone(word) next to a dictionary row: "=" when it equals the row's own
 * reading (most rows), ":" + the syllables otherwise ("" for null), "" when pinyin-pro fails on
 * the word (the engine then asks it again and handles the failure as before).
 */
export function encodeAlone(word: string, rowPinyin: string): string {
  let readings: (Numbered | null)[];
  try {
    readings = readAlone(word);
  } catch {
    return '';
  }
  const own = numberedSyllables(rowPinyin);
  if (own.length === readings.length && own.every((r, i) => r === readings[i])) return '=';
  return `:${readings.map((r) => r ?? '').join(' ')}`;
}

/** Inverse of encodeAlone; undefined when nothing was stored. */
export function decodeAlone(stored: string, rowPinyin: string): (Numbered | null)[] | undefined {
  if (stored === '=') return numberedSyllables(rowPinyin);
  if (!stored.startsWith(':')) return undefined;
  return stored.slice(1).split(' ').map((r) => r || null);
}

/** Particles whose reading the engine's context rules decide (了 le/liǎo, 着 zhe/zháo …). */
const PARTICLES = /[了着过的地得]/u;

/**
 * Whether pinyin-pro reads the two-character `text` otherwise than as the words it splits into
 * (短发 duǎn fà, but 发 alone fā): pinyin-pro knows it as a word, and its parts would lose the
 * reading. Longer phrases are pinyin-pro's own guesses (干一行 gàn yì xíng), and particles are
 * left to the context rules. `stored` gives a CC-CEDICT word's reading kept at build time.
 * Returns the parts' readings when it does, else undefined.
 */
export function partsSaidOtherwise(
  text: string,
  parts: readonly string[],
  stored: (word: string) => readonly (Numbered | null)[] | undefined,
): readonly (Numbered | null)[] | undefined {
  if (parts.length !== 2 || text.length !== 2 || PARTICLES.test(text)) return undefined;
  const known = otherwiseWhole.get(text);
  if (known !== undefined) return known ?? undefined;
  const whole = readAlone(text);
  const said = parts.flatMap((part) => stored(part) ?? readAlone(part));
  return remember(otherwiseWhole, text, said.some((r, i) => r !== whole[i]) ? said : null) ?? undefined;
}

/** By two-character phrase (the segmenter and the pinyin engine both ask); null: read as its parts. */
const otherwiseWhole = new Map<string, readonly (Numbered | null)[] | null>();
