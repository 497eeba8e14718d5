/**
 * Turns raw CC-CEDICT senses into definitions a learner can read:
 * - `遼源市|辽源市[Liao2 yuan2 Shi4]` → `辽源市 (Liáoyuán Shì)` (simplified only, tone marks);
 * - entries that only point elsewhere ("see …", "variant of …", "abbr. for …") show the
 *   target's senses, so 辽源 explains that Liaoyuan is a city in Jilin;
 * - entries are ordered for the text: the reading heard in context first, common words before
 *   proper nouns unless the segment is a name; duplicate senses are dropped.
 */
import { lookup, type DictEntry } from './dictionary';

const TONE_MARKS: Record<string, readonly string[]> = {
  a: ['ā', 'á', 'ǎ', 'à'],
  e: ['ē', 'é', 'ě', 'è'],
  i: ['ī', 'í', 'ǐ', 'ì'],
  o: ['ō', 'ó', 'ǒ', 'ò'],
  u: ['ū', 'ú', 'ǔ', 'ù'],
  ü: ['ǖ', 'ǘ', 'ǚ', 'ǜ'],
};

/** Puts the tone mark of one numbered syllable ("lu:4" → "lǜ", "de5" → "de", "r5" → "r"). */
export function markSyllable(numbered: string): string {
  const m = /^([A-Za-zü:]+?)([1-5])?$/.exec(numbered.trim());
  if (!m) return numbered;
  const body = (m[1] ?? '').replace(/u:|v/g, 'ü').replace(/U:|V/g, 'Ü');
  const tone = Number(m[2] ?? '5');
  if (tone < 1 || tone > 4) return body;
  const lower = body.toLowerCase();
  // Standard rule: a or e takes the mark; in "ou" the o does; otherwise the last vowel.
  let at = lower.search(/[ae]/);
  if (at === -1) at = lower.indexOf('ou');
  if (at === -1) {
    for (let i = lower.length - 1; i >= 0; i--) {
      if ('iouü'.includes(lower[i] ?? '')) {
        at = i;
        break;
      }
    }
  }
  const vowel = lower[at];
  const marks = vowel === undefined ? undefined : TONE_MARKS[vowel];
  const marked = marks?.[tone - 1];
  if (at === -1 || marked === undefined) return body;
  const ch = body[at] ?? '';
  const out = ch === ch.toUpperCase() && ch !== ch.toLowerCase() ? marked.toUpperCase() : marked;
  return body.slice(0, at) + out + body.slice(at + 1);
}

/**
 * Numbered CC-CEDICT pinyin as a reader writes it: syllables of a word joined, a new word at each
 * capital ("Liao2 yuan2 Shi4" → "Liáoyuán Shì"), an apostrophe before a, e, o ("Xi1 an1" → "Xī'ān").
 */
export function readablePinyin(numbered: string): string {
  let out = '';
  for (const raw of numbered.trim().split(/\s+/)) {
    if (!raw) continue;
    if (!/^[A-Za-z:]+[1-5]?$/.test(raw)) {
      out += out ? ` ${raw}` : raw;
      continue;
    }
    const syl = markSyllable(raw);
    if (!out) out = syl;
    else if (/^[A-Z]/.test(raw) || /[^A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]$/.test(out)) out += ` ${syl}`;
    else out += /^[aeoāáǎàēéěèōóǒò]/i.test(syl) ? `'${syl}` : syl;
  }
  return out;
}

/** Tone-marked syllables of numbered pinyin, one per syllable, lowercase ("Zhen4 xing1" → ["zhèn", "xīng"]). */
export function markedSyllables(numbered: string): string[] {
  return numbered
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((s) => markSyllable(s).toLowerCase());
}

const HANZI_REF = /([\p{Script=Han}\p{N}A-Za-z·，]+)(?:\|([\p{Script=Han}\p{N}A-Za-z·，]+))?(?:\[([A-Za-z0-9: ,·]+)\])?/gu;

/** CC-CEDICT notation made readable (simplified forms only, bracketed pinyin tone-marked). */
export function formatSense(sense: string): string {
  // Most senses are plain English; skip the regular expressions for them (hot path).
  if (!sense.includes('[') && !sense.includes('|') && !/\p{Script=Han}/u.test(sense)) return sense;
  const withWords = sense.replace(HANZI_REF, (match, first: string, second: string | undefined, pinyin: string | undefined) => {
    // Latin-only matches are ordinary English words, not references.
    if (!/\p{Script=Han}/u.test(match)) return match;
    const word = second ?? first;
    return pinyin ? `${word} (${readablePinyin(pinyin)})` : word;
  });
  // A bare bracket is a reading on its own: "Taiwan pr. [xing4]" → "Taiwan pr. xìng".
  return withWords.replace(/\[([A-Za-z0-9: ]+)\]/g, (_m, p: string) => readablePinyin(p)).replace(/\s+/g, ' ').trim();
}

type CrossRef = { kind: 'see' | 'variant' | 'abbr' | 'used'; word: string; pinyin?: string };

const XREF = /^(?:see(?: also)?|(?:old |archaic |ancient |Japanese |Taiwan |erroneous |euphemistic |traditional )?variant of|(?:also written|same as|equivalent to)|abbr\. (?:for|of|to)|(?:used in|used as))\s+([^\s,;()[\]]+?)(?:\[([^\]]+)\])?(?=$|[\s,;()])/;

export function parseCrossRef(sense: string): CrossRef | undefined {
  const m = XREF.exec(sense.trim());
  if (!m?.[1]) return undefined;
  const forms = m[1].split('|');
  const word = forms[forms.length - 1] ?? '';
  if (!/\p{Script=Han}/u.test(word)) return undefined;
  const head = sense.trim().toLowerCase();
  const kind = head.startsWith('see') ? 'see' : head.startsWith('abbr') ? 'abbr' : head.startsWith('used') ? 'used' : 'variant';
  return m[2] ? { kind, word, pinyin: m[2] } : { kind, word };
}

function samePinyin(a: string, b: string): boolean {
  const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').replace(/v/g, 'u:').trim();
  return norm(a) === norm(b);
}

/** The senses a cross-reference points to, formatted; [] if the target is unknown. */
function targetSenses(ref: CrossRef, depth: number, seen: Set<string>): string[] {
  const key = `${ref.word}[${ref.pinyin ?? ''}]`;
  if (depth > 2 || seen.has(key)) return [];
  seen.add(key);
  const all = lookup(ref.word);
  const same = ref.pinyin ? all.filter((e) => samePinyin(e.pinyin, ref.pinyin ?? '')) : [];
  const chosen = same.length > 0 ? same : all;
  return chosen.flatMap((e) => entrySenses(e, depth + 1, seen));
}

/** Readable senses of one entry, with pure cross-references replaced by their target's senses. */
function entrySenses(entry: DictEntry, depth: number, seen: Set<string>): string[] {
  const refs = entry.senses.map(parseCrossRef);
  // Only follow references when the entry says nothing else: "used in …" next to real senses is a usage note.
  const onlyRefs = refs.every((r) => r !== undefined);
  const out: string[] = [];
  entry.senses.forEach((sense, i) => {
    const ref = refs[i];
    const followed = ref && (onlyRefs || ref.kind === 'variant') ? targetSenses(ref, depth, seen) : [];
    if (ref?.kind === 'abbr') out.push(formatSense(sense));
    if (followed.length > 0) out.push(...followed);
    // Inside a followed reference an unresolved pointer is noise (it points back where we came from).
    else if (ref?.kind !== 'abbr' && !(ref && depth > 0)) out.push(formatSense(sense));
  });
  return out;
}

/**
 * Formatted senses per entry object. Entries come frozen from the dictionary's cache, so the
 * same object recurs for repeated words and this makes them free after the first time.
 */
const formatted = new WeakMap<DictEntry, readonly string[]>();

/** Readable senses of one entry (cross-references followed). */
export function formatEntry(entry: DictEntry): string[] {
  let senses = formatted.get(entry);
  if (!senses) {
    senses = dedupe(entrySenses(entry, 0, new Set()));
    formatted.set(entry, senses);
  }
  return [...senses];
}

function dedupe(senses: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of senses) {
    const key = s.toLowerCase().replace(/[\s.;,]+$/g, '');
    if (!s || seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
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

function stripTones(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').replace(/ü/g, 'v');
}

const syllablesOf = new WeakMap<DictEntry, readonly string[]>();

function readingMatch(entry: DictEntry, context: readonly string[]): 0 | 1 | 2 {
  const heard = context.filter(Boolean).map((s) => s.toLowerCase());
  let own = syllablesOf.get(entry);
  if (!own) {
    own = markedSyllables(entry.pinyin);
    syllablesOf.set(entry, own);
  }
  if (heard.length === 0 || heard.length !== own.length) return 0;
  if (own.every((s, i) => s === heard[i])) return 2;
  return own.every((s, i) => stripTones(s) === stripTones(heard[i] ?? '')) ? 1 : 0;
}

function isProper(entry: DictEntry): boolean {
  return /^[A-Z]/.test(entry.pinyin);
}

/** Only "surname X", "used in …", "variant of …": least useful for a reader, so last. */
function weakEntry(entry: DictEntry): boolean {
  return entry.senses.every((s) => /^(?:surname |used in |(?:old |archaic )?variant of )/.test(s));
}

/**
 * jieba tags plenty of ordinary words as places (美, 东, 云, 新鲜, 深度 are "ns"). Its person tags
 * are trusted; a place or organisation tag only for words of two or more characters that are
 * not everyday vocabulary (no HSK level on a common entry).
 */
function trustNameTag(tag: string, entries: readonly DictEntry[]): boolean {
  if (tag.startsWith('nr')) return true;
  if (entries.every((e) => e.simplified.length < 2)) return false;
  return !entries.some((e) => !isProper(e) && e.hsk !== undefined);
}

/**
 * Entries ordered for this occurrence: when some entry's reading matches the context pinyin, the
 * others are dropped (行 in 银行 is háng only); common words before proper nouns unless the
 * segment is a name; bare surname/variant entries last.
 */
export function orderEntries(entries: readonly DictEntry[], context: SenseContext = {}): DictEntry[] {
  const scored = entries.map((entry, i) => ({ entry, i, match: context.pinyin ? readingMatch(entry, context.pinyin) : 0 }));
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
      // One character often has a main entry and rare homographs with the same reading
      // (當 "to act as" vs 噹 "dong (onom.)", both 当 dāng): the richer entry is the usual one.
      const single = a.entry.simplified.length === 1 && b.entry.simplified.length === 1;
      return (single ? b.entry.senses.length - a.entry.senses.length : 0) || a.i - b.i;
    })
    .map((s) => s.entry);
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
  const all = lookup(word);
  const useful = all.filter(
    (e) =>
      e.traditional === word ||
      !e.senses.every((s) => {
        const ref = parseCrossRef(s);
        return ref?.kind === 'variant' && ref.word === word;
      }),
  );
  return useful.length > 0 ? useful : all;
}

export function definitionsForEntries(entries: readonly DictEntry[]): string[] {
  return dedupe(entries.flatMap((e) => formatEntry(e)));
}
