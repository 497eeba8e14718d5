/**
 * Pinyin syllables inside the engine are kept numbered ("lv4", "de5"): numbers compare and
 * count cheaply, and CC-CEDICT, pinyin-pro and CPP all speak some dialect of them. Only the
 * public output is tone-marked.
 */

import { remember } from '../remember';

/** A lowercase numbered syllable: letters (ü written v) followed by a tone 1–5, 5 = neutral. */
export type Numbered = string;

const SYLLABLE = /^[a-zv]+[1-5]$/;

/**
 * Brings CEDICT ("Lu:4", "r5", "xx5"), pinyin-pro ("de0", "lü4") and CPP ("le5") forms to one
 * shape. Returns null for anything that is not a plain syllable (CEDICT's "·", ",", Latin letters).
 */
// The same few hundred syllables recur endlessly; caching the conversions spares garbage.
const normalised = new Map<string, Numbered | null>();
const marked = new Map<Numbered, string>();
const unmarked = new Map<string, Numbered | null>();

/** Forgets the conversions (see clearAnnotateCaches). */
export function clearSyllableCaches(): void {
  normalised.clear();
  marked.clear();
  unmarked.clear();
}

export function normaliseNumbered(raw: string): Numbered | null {
  const hit = normalised.get(raw);
  if (hit !== undefined) return hit;
  return remember(normalised, raw, normaliseUncached(raw));
}

function normaliseUncached(raw: string): Numbered | null {
  let s = raw.trim().toLowerCase().replace(/u:/g, 'v').replace(/ü/g, 'v');
  if (/^[a-zv]+$/.test(s)) s += '5';
  s = s.replace(/0$/, '5');
  if (!SYLLABLE.test(s) || s === 'xx5') return null;
  return s;
}

export function toneOf(s: Numbered): number {
  return Number(s.slice(-1));
}

export function baseOf(s: Numbered): string {
  return s.slice(0, -1);
}

export function withTone(s: Numbered, tone: number): Numbered {
  return baseOf(s) + String(tone);
}

const MARKS: Record<string, readonly string[]> = {
  a: ['ā', 'á', 'ǎ', 'à'],
  e: ['ē', 'é', 'ě', 'è'],
  i: ['ī', 'í', 'ǐ', 'ì'],
  o: ['ō', 'ó', 'ǒ', 'ò'],
  u: ['ū', 'ú', 'ǔ', 'ù'],
  v: ['ǖ', 'ǘ', 'ǚ', 'ǜ'],
  // Syllabic nasals (嗯 ńg, 呣 ḿ): precomposed where Unicode has one, else a combining mark.
  n: ['n\u0304', 'ń', 'ň', 'ǹ'],
  m: ['m\u0304', 'ḿ', 'm\u030C', 'm\u0300'],
};

/** Standard placement: a or e takes the mark; in "ou" the o; otherwise the last vowel. */
function markIndex(base: string): number {
  const a = base.indexOf('a');
  if (a >= 0) return a;
  const e = base.indexOf('e');
  if (e >= 0) return e;
  const ou = base.indexOf('ou');
  if (ou >= 0) return ou;
  for (let i = base.length - 1; i >= 0; i--) {
    if ('iouv'.includes(base.charAt(i))) return i;
  }
  // No vowel: a syllabic nasal (ng, n, m, hm) carries the mark on its first n or m.
  return base.search(/[nm]/);
}

/** "lv4" → "lǜ", "de5" → "de", "nv3" → "nǚ", "r5" → "r". */
export function toMarked(s: Numbered): string {
  return marked.get(s) ?? remember(marked, s, toMarkedUncached(s));
}

function toMarkedUncached(s: Numbered): string {
  const tone = toneOf(s);
  const base = baseOf(s);
  const at = markIndex(base);
  const plain = base.replace(/v/g, 'ü');
  if (tone < 1 || tone > 4 || at < 0) return plain;
  const mark = MARKS[base.charAt(at)]?.[tone - 1];
  if (mark === undefined) return plain;
  return plain.slice(0, at) + mark + plain.slice(at + 1);
}

const UNMARK: ReadonlyMap<string, [string, number]> = new Map(
  Object.entries(MARKS).flatMap(([vowel, marks]) => marks.filter((m) => m.length === 1).map((m): [string, [string, number]] => [m, [vowel, marks.indexOf(m) + 1]])),
);
const COMBINING_TONE: Readonly<Record<string, number>> = { '\u0304': 1, '\u0301': 2, '\u030C': 3, '\u0300': 4 };

/** "lǜ" → "lv4", "de" → "de5": the inverse of toMarked, for comparing against numbered labels. */
export function fromMarked(syllable: string): Numbered | null {
  const hit = unmarked.get(syllable);
  if (hit !== undefined) return hit;
  return remember(unmarked, syllable, fromMarkedUncached(syllable));
}

function fromMarkedUncached(marked: string): Numbered | null {
  let tone = 5;
  let base = '';
  for (const c of marked.toLowerCase()) {
    const combining = COMBINING_TONE[c];
    if (combining !== undefined) {
      tone = combining;
      continue;
    }
    const hit = UNMARK.get(c);
    if (hit) {
      base += hit[0];
      tone = hit[1];
    } else base += c === 'ü' ? 'v' : c;
  }
  return normaliseNumbered(base + String(tone));
}
