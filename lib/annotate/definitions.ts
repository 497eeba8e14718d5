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
import { usualSense } from './usual-senses';

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

/** A dictionary sense that says what kind of place a proper noun is: "Doha, capital of Qatar". */
export const PLACE_SENSE = /\b(?:city|county|prefecture|province|capital|district|township|town|village|country|kingdom|republic|region|island|lake|river|mountain|autonomous|municipality|port|state of|emirate)\b/i;

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

/** A sense naming a company or a brand ("Sansui, Japanese company"). */
const COMPANY_SENSE = /\b(?:company|corporation|conglomerate|brand|manufacturer|airlines?)\b/i;

/**
 * A sense naming a district, county or smaller place ("Zhenxing district of Dandong city"), or
 * pointing to one ("see 新建區|新建区[Xin1 jian4 Qu1]").
 */
const MINOR_PLACE = /\b(?:district|county|town|township|village|banner|county-level city)\b|\bcity in [A-Z][\w ]*? (?:City|County)\b|^see [^[]*[区區县縣镇鎮乡鄉村旗]\[/i;

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
  // A "place" whose proper entries are companies (山水 is also Sansui): the common word.
  const proper = entries.filter(isProper);
  if (tag === 'ns' && proper.length > 0 && proper.every((e) => e.senses.every((x) => COMPANY_SENSE.test(x)))) return false;
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

/** Senses of a verb ("to …"), against which the others are told apart. */
const VERB_SENSE = /^(?:\([^)]*\) |fig\. |lit\. |by ext\. )?to [a-z]/;
/** A sense that is surely a noun's, by its form ("termination", "one's conduct"); adjectives ("related", "flourishing") are not. */
const NOUN_FORM = /^(?:one's|the|a|an) |(?:tion|sion)$/;
const PREPOSITION_SENSE =
  /^(?:\([^)]*\) )?(?:at|in|on|towards?|from|by|for|with|than|as|via|along|according to|compared (?:with|to)|regarding|concerning|more|to(?=$|[;,]))\b|^\(of sb or sth\) to be \(located\) at|\b(?:passive|marking|marker|introduces|object before the verb)\b/;
const NOTE = /^(?:also (?:pr\.|written|called|known as)|Taiwan pr\.|see |(?:old |archaic )?variant of |abbr\. )/;
/** Senses of an old or literary register or an old title: never the one to put first. */
const OLD_SENSE = /^\((?:old|literary|archaic|classical|dialect|official title)\b/;
const ADVERB_SENSE =
  /^(?:\([^)]*\) )?(?:too|very|extremely|also|still|yet|already|just|only|again|all|both|even|then|not|no|never|quite|rather|really|once|ever|always|continuously|all along|respectively|separately|differently|together|at once|right away|immediately|gradually|finally|certainly|surely|perhaps|maybe|probably|almost|nearly|mostly|more|most|less|no longer|must|approximately|originally|actually|indeed|simply|merely|entirely|completely|fully|mutually|in advance|specially|especially|particularly|newly|recently|currently|soon|suddenly|often|frequently|usually|sometimes|constantly|exactly|precisely|in that case|many|much|will|shall|would|can|could|may|might|should|ought|don't|do not)\b/;

/**
 * Senses the segmenter's part of speech points to, by jieba's tag for the word (its usual part
 * of speech): a preposition wants its preposition sense (在 "at", not "to exist"; 被 the passive
 * marker, not "quilt"), an adverb its adverb (太 "too", not "highest"), a locative its position
 * (后 "afterwards", 里 "inside"), a noun of two or more characters its noun (同学 "classmate"), a number or
 * date part the calendar (5月 "month"), a measure word its classifier, a conjunction its joining
 * sense (或 "or"), a particle its particle (等 "etc."), a pronoun its pointing (本 "this"), a verb
 * of two or more characters its verb rather than a noun (作为 "to act as", not "one's conduct").
 * Nothing moves when the first sense already fits; other tags change nothing.
 */
function senseFits(tag: string, length: number): ((sense: string) => boolean) | undefined {
  switch (tag) {
    // 5月, 3日: one character after a number; words (十一 "eleven", 成年) keep their order.
    case 'm':
    case 'mq':
    case 't':
      return length === 1 ? (s) => /^(?:month|day|year|date|week|hour|minute|o'clock)\b/.test(s) : undefined;
    case 'q':
      // A unit in its own words (米 "meter (unit of length)", 分 "minute (unit of time)"), not a
      // definition of one (分 "unit of length equivalent to 0.33 cm").
      // 这回, 一回: "time", an occurrence, before the acts of a play.
      return (s) => /^\(?classifier\b|^one tenth$|^\(?(?:a )?(?:point|minute|degree)\b|^currency unit\b|\(unit of |\(classifier\)|^time$/.test(s);
    case 'c':
      return (s) => /^(?:or|and|but|if|because|although|so|then|whether|either)\b/.test(s);
    case 'p':
      return (s) => PREPOSITION_SENSE.test(s) && !OLD_SENSE.test(s);
    case 'd':
      return (s) => ADVERB_SENSE.test(s);
    case 'f':
      // 前面 "ahead" (not "above"); one character after a time keeps its time sense (会后 "afterwards").
      return (s) =>
        /^(?:after|afterwards|later|inside|within|in|among|between|above|below|under|over|before)$|\bor (?:more|higher|less|lower)\b|\b(?:location|position|beneath)\b/.test(s) ||
        (length > 1 && /^(?:ahead|in front|behind)$/.test(s));
    case 'u':
    case 'ud':
    case 'uj':
    case 'ul':
    case 'uv':
    case 'uz':
    case 'ug':
      return (s) => /\b(?:etc|and so on|particle|marker)\b/.test(s);
    case 'r':
      return (s) => /^(?:\((?:bound form|pronoun|adjective)\) )?(?:this|that|these|those|each|every|which|what|who|how|where|when|here|there|such)\b/.test(s);
    // One character is a noun in one word and a verb in the next (学 in 学生 and 学习): only words.
    case 'n':
    case 'nz':
    case 'ng':
      return length > 1 ? (s) => !VERB_SENSE.test(s) && !s.startsWith('used ') && !OLD_SENSE.test(s) : undefined;
    // One character's static tag is no guide (站, 树, 服 are "verbs" to jieba): words only.
    case 'v':
      return length > 1 ? (s) => VERB_SENSE.test(s) : undefined;
    default:
      return undefined;
  }
}

/** `senses` with those the tag points to first, each group in its own order; the list itself when none or all fit. */
export function sensesForTag(senses: string[], tag: string, length = 1): string[] {
  const fits = senseFits(tag, length);
  if (!fits || senses.length < 2) return senses;
  // A verb's first sense moves only when it is surely a noun's ("termination" of 结束, not 相关 "related").
  if (tag === 'v' && !NOUN_FORM.test((senses[0] ?? '').split('; ')[0] ?? '')) return senses;
  // Notes about the word ("also pr. hǎochù", "see also …") are never the sense to put first, nor
  // slang or a field's term (绿化/n: not "(Internet slang) Islamization" before "to make green").
  const leads = (sense: string) => fits(sense) && !NOTE.test(sense) && !LABELLED_SENSE.test(sense);
  const first = senses.filter(leads);
  if (first.length === 0 || first.length === senses.length || senses[0] === first[0]) return senses;
  return [...first, ...senses.filter((s) => !leads(s))];
}

/** A sense of a special register or field: slang, a field's term, Taiwan's or a dialect's usage, an old one. */
const LABELLED_SENSE = /^\((?:Internet slang|slang|neologism|math\.?|mathematics|chemistry|computing|computer|music|art|Buddhism|old|archaic|Tw|dialect)\)|\((?:art|chemistry|Buddhist art)\)$|\bof a musical composition\)$|^religious procession$/;

/**
 * `senses` with the first plain one first when CC-CEDICT leads with a labelled one (基调 "keynote
 * (speech)", not "main key (of a musical composition)"); as they are when all are labelled.
 */
export function plainSenseFirst(senses: string[]): string[] {
  if (senses.length < 2 || !LABELLED_SENSE.test(senses[0] ?? '')) return senses;
  const plain = senses.find((s) => !LABELLED_SENSE.test(s) && !NOTE.test(s) && !s.startsWith('surname '));
  return plain === undefined ? senses : [plain, ...senses.filter((s) => s !== plain)];
}

/**
 * `senses` (of `entries`, ordered for the context) with the word's everyday sense first where
 * CC-CEDICT lists a rarer one first (see usual-senses.ts). Only a sense of an entry read as the
 * first entry is (调 tiáo "to adjust" does nothing for diào, nor 江 "river" for the surname).
 */
export function withUsualSenseFirst(word: string, entries: readonly DictEntry[], senses: string[]): string[] {
  const start = usualSense(word);
  const lead = entries[0]?.pinyin;
  if (!start || lead === undefined || senses.length < 2 || senses[0]?.startsWith(start)) return senses;
  for (const e of entries) {
    if (e.pinyin !== lead) continue;
    const sense = formatEntry(e).find((d) => d.startsWith(start));
    if (sense && senses.includes(sense)) return [sense, ...senses.filter((d) => d !== sense)];
  }
  return senses;
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
