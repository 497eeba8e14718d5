/**
 * Turns raw CC-CEDICT senses into definitions a learner can read:
 * - `遼源市|辽源市[Liao2 yuan2 Shi4]` → `辽源市 (Liáoyuán Shì)` (simplified only, tone marks);
 * - entries that only point elsewhere ("see …", "variant of …", "abbr. for …") show the
 *   target's senses, so 辽源 explains that Liaoyuan is a city in Jilin;
 * - entries are ordered for the text: the reading heard in context first, common words before
 *   proper nouns unless the segment is a name; duplicate senses are dropped.
 */
import { finishedSenses, lookup, sharedEntries, variantOf, type DictEntry } from './dictionary';
import { clearSenseCaches, dedupeSenses, formatEntryWith, markedSyllables, variantTarget } from './senses';
import { remember } from './remember';

export { formatSense, markedSyllables, markSyllable, parseCrossRef, readablePinyin } from './senses';

/** Senses formatted here, for entries the build did not finish (made by hand rather than by lookup()). */
const formatted = new WeakMap<DictEntry, readonly string[]>();

/** Readable senses of one entry (cross-references followed): done at build time for dictionary entries. */
export function formatEntry(entry: DictEntry): string[] {
  let senses = finishedSenses(entry) ?? formatted.get(entry);
  if (!senses) {
    senses = formatEntryWith(entry, lookup);
    formatted.set(entry, senses);
  }
  return [...senses];
}

export type SenseContext = {
  /** jieba tag of the segment; names (nr, ns, nt, nz) put proper-noun entries first. */
  tag?: string;
  /** Tone-marked syllables heard in context, one per character ("" for non-Han). Prefer citation tones. */
  pinyin?: readonly string[];
};

export function isNameTag(tag: string | undefined): boolean {
  return tag !== undefined && /^n[rstz]/.test(tag);
}

/** Syllables recur endlessly: each is stripped once (bounded). */
const toneless = new Map<string, string>();

/** Forgets stripped and marked syllables (see clearAnnotateCaches). */
export function clearDefinitionCaches(): void {
  toneless.clear();
  clearSenseCaches();
}

function stripTones(s: string): string {
  return toneless.get(s) ?? remember(toneless, s, stripTonesUncached(s));
}

function stripTonesUncached(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').replace(/ü/g, 'v');
}

const syllablesOf = new WeakMap<DictEntry, readonly string[]>();

/** `heard`: the context's syllables without the empty ones, lowercase (worked out once per orderEntries call). */
/**
 * How well an entry's reading fits the one heard: 3 exactly; 2 but for syllables the entry
 * writes light that were heard with a full tone (好处 hǎochù heard, hǎochu "benefit", not hǎochǔ
 * "easy to get along with"); 1 the same syllables in other tones; 0 not at all.
 */
function readingMatch(entry: DictEntry, heard: readonly string[]): 0 | 1 | 2 | 3 {
  let own = syllablesOf.get(entry);
  if (!own) {
    own = markedSyllables(entry.pinyin);
    syllablesOf.set(entry, own);
  }
  if (heard.length === 0 || heard.length !== own.length) return 0;
  // Plain loops: this runs for every entry of every new word.
  let exact = true;
  for (let i = 0; i < own.length; i++) if (own[i] !== heard[i]) exact = false;
  if (exact) return 3;
  let lightOnly = true;
  for (let i = 0; i < own.length; i++) {
    const mine = own[i] ?? '';
    const bare = stripTones(mine);
    if (bare !== stripTones(heard[i] ?? '')) return 0;
    if (mine !== heard[i] && mine !== bare) lightOnly = false;
  }
  return lightOnly ? 2 : 1;
}

function isProper(entry: DictEntry): boolean {
  return /^[A-Z]/.test(entry.pinyin);
}

const POSITION_SENSE = /\b(?:inside|interior|within|above|below|under|behind|front|outside|middle|side)\b/;

/** Whether a one-character entry has a sense of the kind jieba's tag names (only verbs and locatives are told apart). */
function fitsTag(entry: DictEntry, tag: string | undefined): boolean {
  if (tag === 'v') return entry.senses.some((s) => s.startsWith('to '));
  if (tag === 'f') return entry.senses.some((s) => POSITION_SENSE.test(s));
  return true;
}

/** Only "surname X", "used in …", "variant of …": least useful for a reader, so last. */
function weakEntry(entry: DictEntry): boolean {
  return entry.senses.every((s) => /^(?:surname |used in |(?:old |archaic )?variant of )/.test(s));
}

/**
 * A sense naming a district, county or smaller place ("Zhenxing district of Dandong city"), or
 * pointing to one ("see 新建區|新建区[Xin1 jian4 Qu1]").
 */
const MINOR_PLACE = /\b(?:district|county|town|township|village|banner)\b|^see [^[]*[区區县縣镇鎮乡鄉村旗]\[/i;

/**
 * Whether the word's proper nouns are all districts, counties or towns while it is also a common
 * word (新建 "newly built" and Xinjian district, 振兴, 向阳): the common word is far likelier in a
 * text, and the place, written as a place, usually comes with its suffix (新建区), a word of its own.
 */
function minorPlaceHomograph(entries: readonly DictEntry[]): boolean {
  let proper = false;
  let common = false;
  for (const e of entries) {
    if (!isProper(e)) common = true;
    else if (e.senses.every((s) => MINOR_PLACE.test(s))) proper = true;
    else return false;
  }
  return proper && common;
}

/**
 * jieba tags plenty of ordinary words as places (美, 东, 云, 新鲜, 深度 are "ns"). Its person tags
 * are trusted; a place or organisation tag only for words of two or more characters that are
 * not everyday vocabulary (no HSK level on a common entry) nor the name of a small place that is
 * also a common word.
 */
function trustNameTag(tag: string, entries: readonly DictEntry[]): boolean {
  if (tag.startsWith('nr')) return true;
  if (entries.every((e) => e.simplified.length < 2)) return false;
  return !entries.some((e) => !isProper(e) && e.hsk !== undefined) && !minorPlaceHomograph(entries);
}

/**
 * Entries ordered for this occurrence: when some entry's reading matches the context pinyin, the
 * others are dropped (行 in 银行 is háng only); common words before proper nouns unless the
 * segment is a name; bare surname/variant entries last.
 */
export function orderEntries(entries: readonly DictEntry[], context: SenseContext = {}): DictEntry[] {
  // One entry or none (most words): nothing to drop or sort, whatever the context.
  if (entries.length < 2) return entries.slice();
  const heard = context.pinyin?.filter(Boolean).map((s) => s.toLowerCase());
  const scored = entries.map((entry, i) => ({ entry, i, match: heard ? readingMatch(entry, heard) : 0 }));
  const best = Math.max(0, ...scored.map((s) => s.match));
  const kept = best > 0 ? scored.filter((s) => s.match === best) : scored;
  const name = isNameTag(context.tag) && trustNameTag(context.tag ?? '', entries);
  return kept
    .sort((a, b) => {
      const pa = isProper(a.entry) === name ? 0 : 1;
      const pb = isProper(b.entry) === name ? 0 : 1;
      if (pa !== pb) return pa - pb;
      const wa = weakEntry(a.entry) ? 1 : 0;
      const wb = weakEntry(b.entry) ? 1 : 0;
      if (wa !== wb) return wa - wb;
      // One character often has a main entry and rare homographs with the same reading (當 "to
      // act as" vs 噹 "dong (onom.)", both 当 dāng; 隻 "classifier for animals" vs 秖 "ripening
      // grain", both 只 zhī): the one written in more words is the usual one, else the richer entry.
      // The segmenter's part of speech goes first: a verb wants the entry that has verbs (松 as
      // in 松了口气 is 鬆 "to loosen", not 松 "pine"), a locative the one about position (屋里).
      const single = a.entry.simplified.length === 1 && b.entry.simplified.length === 1;
      if (!single) return a.i - b.i;
      const fa = fitsTag(a.entry, context.tag) ? 0 : 1;
      const fb = fitsTag(b.entry, context.tag) ? 0 : 1;
      return fa - fb || (b.entry.uses ?? 0) - (a.entry.uses ?? 0) || b.entry.senses.length - a.entry.senses.length || a.i - b.i;
    })
    .map((s) => s.entry);
}

/**
 * Senses a one-character word's part of speech points to, by jieba's tag: a number or date
 * part wants the calendar (5月 "month", 3日 "day", not "moon", "sun"), a measure word its
 * classifier sense, a conjunction its joining sense (或 "or", not "maybe").
 */
const SENSES_FOR_TAG: Readonly<Record<string, RegExp>> = {
  m: /\b(?:month|day|year|date|week|hour|minute|o'clock)\b/,
  q: /^classifier\b/,
  c: /^(?:or|and|but|if|because|although|so|then|whether|either)\b/,
};

/** `senses` with those the tag points to first, each group in its own order; the list itself when none or all match. */
export function sensesForTag(senses: string[], tag: string): string[] {
  const wanted = SENSES_FOR_TAG[tag];
  if (!wanted) return senses;
  const first = senses.filter((s) => wanted.test(s));
  if (first.length === 0 || first.length === senses.length) return senses;
  return [...first, ...senses.filter((s) => !wanted.test(s))];
}

/** Readable, de-duplicated senses of `word` for this context; [] when CC-CEDICT lacks the word. */
export function definitionsFor(word: string, context: SenseContext = {}): string[] {
  return definitionsForEntries(orderEntries(entriesFor(word), context));
}

/**
 * Dictionary entries for a word as written, without rows that are merely "variant of" the same
 * simplified word (箇 is "variant of 個|个" and, simplified, is 个 itself: noise when reading 个).
 */
export function entriesFor(word: string): DictEntry[] {
  const all = sharedEntries(word);
  const useful = all.filter((e) => e.traditional === word || !isVariantOf(e, word));
  return useful.length > 0 ? useful : all.slice();
}

/** Whether every sense of the entry says it is a variant of `word` (true for an entry without senses). */
function isVariantOf(entry: DictEntry, word: string): boolean {
  if (entry.senses.length === 0) return true;
  const target = variantOf(entry) ?? variantTarget(entry.senses);
  return target === word;
}

export function definitionsForEntries(entries: readonly DictEntry[]): string[] {
  // One entry's formatted senses are already de-duplicated (formatEntryWith), at build time or here.
  if (entries.length === 1 && entries[0]) return formatEntry(entries[0]);
  return dedupeSenses(entries.flatMap((e) => formatEntry(e)));
}
