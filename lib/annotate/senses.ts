/**
 * CC-CEDICT notation made readable, without touching the dictionary itself: tone marks,
 * cross-references resolved through a lookup function the caller passes in. The engine formats
 * entries with the runtime dictionary (./definitions); the dictionary build uses the same code on
 * its own rows to store finished senses (./dictionary-build), so both always agree.
 */
import type { DictEntry } from './dictionary';
import { remember } from './remember';

/** What formatting needs of an entry. */
export type SenseEntry = Pick<DictEntry, 'pinyin' | 'senses'> & Partial<Pick<DictEntry, 'simplified'>>;

/** Entries for a headword, simplified matches first (as `lookup` in ./dictionary). */
export type FindEntries = (word: string) => readonly SenseEntry[];

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
  return markedCache.get(numbered) ?? remember(markedCache, numbered, markSyllableUncached(numbered));
}

/** A few thousand syllables recur in every reading the engine formats: each is marked once (bounded). */
const markedCache = new Map<string, string>();

/** Forgets marked syllables (see clearAnnotateCaches). */
export function clearSenseCaches(): void {
  markedCache.clear();
}

function markSyllableUncached(numbered: string): string {
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
  if (!sense.includes('[') && !sense.includes('|') && !sense.includes('pr. ') && !/\p{Script=Han}/u.test(sense)) return sense;
  const withWords = sense.replace(HANZI_REF, (match, first: string, second: string | undefined, pinyin: string | undefined) => {
    // Latin-only matches are ordinary English words, not references.
    if (!/\p{Script=Han}/u.test(match)) return match;
    const word = second ?? first;
    return pinyin ? `${word} (${readablePinyin(pinyin)})` : word;
  });
  // A bare bracket is a reading on its own: "Taiwan pr. [xing4]" → "Taiwan pr. xìng"; so is a
  // reading without brackets after "pr." ("also pr. hao3chu4" → "also pr. hǎochù").
  return withWords
    .replace(/\[([A-Za-z0-9: ]+)\]/g, (_m, p: string) => readablePinyin(p))
    .replace(/\bpr\. ((?:[A-Za-z:]+[1-5]){1,6})(?![A-Za-z0-9])/g, (_m, p: string) => `pr. ${readablePinyin(p.replace(/([1-5])(?=[A-Za-z])/g, '$1 '))}`)
    .replace(/\s+/g, ' ')
    .trim();
}

export type CrossRef = { kind: 'see' | 'variant' | 'abbr' | 'used'; word: string; pinyin?: string };

const XREF = /^(?:see(?: also)?|(?:old |archaic |ancient |Japanese |Taiwan |erroneous |euphemistic |traditional |erhua )?variant of|(?:also written|same as|equivalent to)|abbr\. (?:for|of|to)|(?:used in|used as))\s+([^\s,;()[\]]+?)(?:\[([^\]]+)\])?(?=$|[\s,;()])/;

const ALSO_WRITTEN = /^\s*also written\b/;

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
function targetSenses(ref: CrossRef, depth: number, seen: Set<string>, find: FindEntries): string[] {
  const key = `${ref.word}[${ref.pinyin ?? ''}]`;
  if (depth > 2 || seen.has(key)) return [];
  seen.add(key);
  const all = find(ref.word);
  const same = ref.pinyin ? all.filter((e) => samePinyin(e.pinyin, ref.pinyin ?? '')) : [];
  const chosen = same.length > 0 ? same : all;
  return chosen.flatMap((e) => entrySenses(e, depth + 1, seen, find));
}

/** Readable senses of one entry, with pure cross-references replaced by their target's senses. */
function entrySenses(entry: SenseEntry, depth: number, seen: Set<string>, find: FindEntries): string[] {
  const refs = entry.senses.map(parseCrossRef);
  // Only follow references when the entry says nothing else: "used in …" next to real senses is a usage note.
  const onlyRefs = refs.every((r) => r !== undefined);
  const out: string[] = [];
  entry.senses.forEach((sense, i) => {
    const ref = refs[i];
    // (…or a pointer to the word's own longer name beside other senses: 和田 "see 和田市", "Wada".)
    const ownName = ref?.kind === 'see' && entry.simplified !== undefined && ref.word.length > entry.simplified.length && ref.word.startsWith(entry.simplified);
    // ("also written 墨迹" beside 磨叽's own senses is a spelling note: 墨迹's "ink marks" are another word.)
    const spelling = ref?.kind === 'variant' && ALSO_WRITTEN.test(sense);
    const followed = ref && (onlyRefs || (ref.kind === 'variant' && !spelling) || ownName) ? targetSenses(ref, depth, seen, find) : [];
    if (ref?.kind === 'abbr') out.push(formatSense(sense));
    if (followed.length > 0) out.push(...followed);
    // Inside a followed reference an unresolved pointer is noise (it points back where we came from).
    else if (ref?.kind !== 'abbr' && !(ref && depth > 0)) out.push(formatSense(sense));
  });
  return out;
}

/** Drops empty senses and repeats that differ only in case or trailing punctuation. */
export function dedupeSenses(senses: readonly string[]): string[] {
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

/** The word every sense calls the entry a variant of, or "" (no senses, or any other kind of sense). */
export function variantTarget(senses: readonly string[]): string {
  let target: string | undefined;
  for (const s of senses) {
    const ref = parseCrossRef(s);
    if (ref?.kind !== 'variant' || (target !== undefined && ref.word !== target)) return '';
    target = ref.word;
  }
  return target ?? '';
}

/** Readable senses of one entry, cross-references followed through `find`, repeats dropped. */
export function formatEntryWith(entry: SenseEntry, find: FindEntries): string[] {
  return dedupeSenses(generalFirst(entrySenses(entry, 0, new Set(), find)));
}

/**
 * A sense CC-CEDICT labels with a specialist field or an old or regional register: "(physics)
 * mass" of 质量, "(literary) tributary" of 派.
 */
const SPECIALIST =
  /^\((?:physics|math\.?|mathematics|chemistry|botany|zoology|biology|medicine|anatomy|geology|astronomy|computing|linguistics|grammar|music|sports|electricity|electronics|mechanics|statistics|economics|finance|law|military|Buddhism|Taoism|TCM|philosophy|geometry|literary|archaic|classical|old|dialect)\)/;

/** The entry's everyday senses first, then the specialist ones, each in CC-CEDICT's order; spelling notes last. */
function generalFirst(senses: readonly string[]): readonly string[] {
  const special = senses.filter((s) => SPECIALIST.test(s));
  if (special.length === 0 || special.length === senses.length) return senses;
  const notes = senses.filter((s) => ALSO_WRITTEN.test(s));
  return [...senses.filter((s) => !SPECIALIST.test(s) && !ALSO_WRITTEN.test(s)), ...special, ...notes];
}
