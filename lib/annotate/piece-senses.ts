/**
 * Which sense of a character a word CC-CEDICT lacks most likely means, by where the character
 * stands in it. A built gloss ("产业 industry + 园 …") needs one sense of each character, and
 * CC-CEDICT's first is often not the one compounds use: 园 "land used for growing plants", where
 * the words ending in 园 (公园 park, 校园 campus, 乐园 paradise) are mostly places of recreation;
 * 装 "adornment", where the words starting with 装 (装车, 装货, 装船) load things; 能 "can", where
 * the words ending in 能 (核能, 热能, 动能) are kinds of energy.
 *
 * Worked out once at build time from CC-CEDICT itself (see buildPieceSenses), kept in the index
 * as "character, position, reading → sense"; only where the evidence is strong.
 */

/** The first or the last character of a word. */
export type PiecePosition = 'first' | 'last';

/**
 * A table key: character, position, and the CC-CEDICT entry the sense belongs to (its traditional
 * form and reading: 面 "face" and 麵 "noodles" are both miàn).
 */
export function pieceSenseKey(char: string, position: PiecePosition, traditional: string, pinyin: string): string {
  return `${char}${position === 'first' ? '<' : '>'}${traditional}${pinyin}`;
}

/** A row of CC-CEDICT as the build reads it. */
export type PieceSenseRow = { readonly simp: string; readonly trad: string; readonly pinyin: string; readonly senses: readonly string[] };

const STOP_WORDS = new Set(
  'a an the of to in on for by with and or sth sb one etc used as be is it at from see also bound form abbr classifier variant that this into up out off its their his her kind type'.split(' '),
);

/** A sense's content words, lower case, crudely stemmed ("loading" and "loads" are "load"). */
function contentWords(sense: string): string[] {
  const plain = sense.replace(/\[[^\]]*\]|\|\S*/g, '').toLowerCase();
  const out: string[] = [];
  for (const w of plain.match(/[a-z]+/g) ?? []) {
    if (w.length <= 2 || STOP_WORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

function stem(w: string): string {
  for (const suffix of ['ing', 'ed', 'es', 's']) if (w.length > 4 && w.endsWith(suffix)) return w.slice(0, -suffix.length);
  return w;
}

/** Senses that never stand for a character in a compound: names, variants, notes, Taiwan's or old usage. */
const NOT_A_PIECE_SENSE = /^(?:surname |variant of |old variant|also |see |abbr\. |\((?:Tw|old|archaic|literary|dialect)\))/;

/** Evidence a sense needs: this much weight of words, and this many times the first sense's. */
const MIN_SCORE = 15;
const MIN_RATIO = 3.5;

/**
 * For every character with a common (lower-case) entry and each end of a two-character word:
 * the part of a sense ("wooden" of "unresponsive; numb; wooden") that the common two-character
 * words with the character there most often share a content word with (their first two senses),
 * each word weighted by log(2 + its jieba frequency), where it beats the entry's first sense
 * clearly (see MIN_SCORE, MIN_RATIO). Not for numerals (一 is "one" in any word), nor where the
 * first sense has no word to compare (一 "one", 其 "his").
 */
export function buildPieceSenses(rows: readonly PieceSenseRow[], frequency: (word: string) => number): Map<string, string> {
  // Two-character common words: their weight and content words, by character and position.
  const byPlace = new Map<string, { weight: number; words: ReadonlySet<string> }[]>();
  const characters = new Map<string, PieceSenseRow[]>();
  const seen = new Set<string>();
  for (const row of rows) {
    if (!/^[a-z]/.test(row.pinyin)) continue;
    const chars = Array.from(row.simp);
    if (chars.length === 1) {
      const list = characters.get(row.simp) ?? [];
      list.push(row);
      characters.set(row.simp, list);
      continue;
    }
    if (chars.length !== 2 || seen.has(row.simp)) continue;
    seen.add(row.simp);
    const words = new Set(row.senses.slice(0, 2).flatMap(contentWords));
    if (words.size === 0) continue;
    const item = { weight: Math.log(2 + frequency(row.simp)), words };
    chars.forEach((c, i) => {
      const key = `${c}${i === 0 ? '<' : '>'}`;
      const list = byPlace.get(key) ?? [];
      list.push(item);
      byPlace.set(key, list);
    });
  }
  const table = new Map<string, string>();
  for (const [char, entries] of characters) {
    if (NUMERALS.includes(char)) continue;
    for (const position of ['first', 'last'] as const) {
      const words = byPlace.get(`${char}${position === 'first' ? '<' : '>'}`);
      if (!words) continue;
      const scoreOf = (text: string): number => {
        const own = contentWords(text);
        let score = 0;
        for (const w of words) if (own.some((x) => w.words.has(x))) score += w.weight;
        return score;
      };
      for (const entry of entries) {
        const senses = entry.senses.filter((s) => !NOT_A_PIECE_SENSE.test(s));
        const firstSense = senses[0];
        if (senses.length < 2 || firstSense === undefined || contentWords(firstSense).length === 0) continue;
        const first = scoreOf(firstSense);
        let best = '';
        let top = 0;
        for (const sense of senses.slice(1)) {
          for (const part of sense.split('; ')) {
            const score = scoreOf(part);
            if (score > top) [best, top] = [part, score];
          }
        }
        if (!best || top < MIN_SCORE || top < MIN_RATIO * Math.max(first, 1)) continue;
        table.set(pieceSenseKey(char, position, entry.trad, entry.pinyin), best);
      }
    }
  }
  return table;
}

const NUMERALS = '〇零一二三四五六七八九十百千万亿两';
