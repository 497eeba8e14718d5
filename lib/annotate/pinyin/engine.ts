/**
 * Reading choice for one run of segments. Order of evidence, strongest first:
 *   1. the dictionary reading of the word the character sits in, when CC-CEDICT gives that
 *      position a single reading (proper-noun entries only for name/place tags); a segment
 *      CEDICT does not know is first split into the longest CEDICT words it contains;
 *   2. context rules for the function words whose reading follows from grammar rather than
 *      from the word (得 地 为 了 着 还 …, see rules.ts);
 *   3. for a word with several dictionary readings, pinyin-pro's choice among them;
 *   4. contexts learned from CPP dev that always went with one reading, then the learned
 *      per-character prior where it is lopsided against pinyin-pro;
 *   5. pinyin-pro's own choice.
 * Then 一/不 sandhi runs over the whole sequence, across segment boundaries.
 */
import { pinyin as pinyinPro, polyphonic } from 'pinyin-pro';
import type { Segment } from '../types';
import { ContextModel, top, type ContextFeatures } from './context-model';
import { nameData } from '../dictionary';
import { wordReadings, type WordReading } from './lexicon';
import { preferredReading } from './preferred-readings';
import { BEFORE_DICTIONARY, contextRule, hasRule, type RuleContext } from './rules';
import { citationOf, spokenAt, type SandhiChar } from './sandhi';
import { baseOf, fromMarked, toMarked, toneOf, withTone, type Numbered, normaliseNumbered } from './syllable';

export type SegmentPinyin = { pinyin: string[]; citation: string[] };

export type EngineOptions = {
  model: ContextModel | null;
  /** A learned context must have been seen this often to be trusted. */
  minContextCount: number;
  /** The learned prior overrides pinyin-pro when its top reading has at least this share… */
  priorShare: number;
  /** …and at least this many observations. */
  priorCount: number;
};

const HAN_PATTERN = /^[\p{Script=Han}〇]$/u;
const hanCache = new Map<string, boolean>();

/** Script test per code point, cached: the regular expression was a visible share of the time. */
const HAN = {
  test(c: string): boolean {
    let v = hanCache.get(c);
    if (v === undefined) {
      v = HAN_PATTERN.test(c);
      if (hanCache.size < 100_000) hanCache.set(c, v);
    }
    return v;
  },
};

/** Particles and suffixes whose light tone is their grammar (看得见, 地上, 对不起), see decide(). */
const LIGHT = new Set(Array.from('得地的了着过么们吗呢吧啊嘛呀子头上不一'));

const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt']);
/** Chinese personal names; nrt (transliterated foreign names: 塞西尔, 马什) take no surname readings. */
const CHINESE_NAME_TAGS = new Set(['nr', 'nrfg']);
const PROPER_TAGS = new Set(['nr', 'nrfg', 'nrt', 'ns', 'nt', 'nz']);
const LONGEST_SUBWORD = 6;

/**
 * pinyin-pro's reading for every UTF-16 offset of `text` that starts a Han character. The
 * array form is several times faster than type 'all' and gives one item per code point;
 * if it ever does not, the slower form with explicit origins is used.
 */
function pinyinProByOffset(text: string, surname: boolean): Map<number, Numbered> {
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

function choosableReadings(entries: readonly WordReading[], tag: string): readonly WordReading[] {
  if (entries.length === 0) return entries;
  const wantProper = PROPER_TAGS.has(tag);
  const preferred = entries.filter((e) => e.proper === wantProper);
  return preferred.length > 0 ? preferred : entries;
}

function readingsAt(entries: readonly WordReading[], index: number): Set<Numbered> {
  const out = new Set<Numbered>();
  for (const e of entries) {
    const s = e.syllables[index];
    if (s) out.add(s);
  }
  return out;
}

/**
 * The units readings are chosen over: the segments, except that a multi-character segment
 * CEDICT does not know (jieba's HMM guesses such as 地能种, 很差, 系鞋带) is split into the
 * longest CEDICT words it contains, so each character still gets "the word it sits in".
 * Names stay whole: their characters take surname readings instead.
 */
function readingUnits(segments: readonly Segment[]): { unit: Segment; seg: number; first: boolean }[] {
  const out: { unit: Segment; seg: number; first: boolean }[] = [];
  segments.forEach((seg, si) => {
    const chars = Array.from(seg.text);
    if (chars.length < 2 || !chars.every((c) => HAN.test(c)) || wordReadings(seg.text).length > 0) {
      out.push({ unit: seg, seg: si, first: true });
      return;
    }
    const pieces = longestWords(chars);
    const wordsOnly = pieces.every((p) => Array.from(p).length > 1);
    if (looksLikeChineseName(seg, chars) && !wordsOnly) {
      // Tagged nr so decide() gives the first character its surname reading.
      out.push({ unit: { text: seg.text, tag: 'nr' }, seg: si, first: true });
      return;
    }
    if (NAME_TAGS.has(seg.tag) && !wordsOnly) {
      out.push({ unit: seg, seg: si, first: true });
      return;
    }
    // A "name" made entirely of dictionary words is the name recogniser misfiring (干劲十足).
    // Pieces keep the segment's tag (x for a misfired name): a rough guess, but neighbours' rules need some tag.
    const tag = NAME_TAGS.has(seg.tag) ? 'x' : seg.tag;
    pieces.forEach((text, k) => out.push({ unit: { text, tag }, seg: si, first: k === 0 }));
  });
  return out;
}

/** Names the segmenter recognised: their first character takes its surname reading. */
function looksLikeChineseName(seg: Segment, chars: readonly string[]): boolean {
  return CHINESE_NAME_TAGS.has(seg.tag) && chars.length >= 2 && nameData().surnames.has(chars[0] ?? '');
}

/**
 * Longest-match split into CEDICT words, run both ways; the split with fewer pieces wins, and
 * on a tie the backward one, which suits Chinese compounds better (客流量 → 客|流量, not 客流|量).
 */
function longestWords(chars: readonly string[]): string[] {
  const forward = longestMatch(chars, false);
  const backward = longestMatch(chars, true);
  return forward.length < backward.length ? forward : backward;
}

function longestMatch(chars: readonly string[], fromEnd: boolean): string[] {
  const pieces: string[] = [];
  let i = fromEnd ? chars.length : 0;
  while (fromEnd ? i > 0 : i < chars.length) {
    let len = Math.min(LONGEST_SUBWORD, fromEnd ? i : chars.length - i);
    for (; len > 1; len--) {
      const piece = fromEnd ? chars.slice(i - len, i) : chars.slice(i, i + len);
      if (wordReadings(piece.join('')).length > 0) break;
    }
    if (fromEnd) {
      pieces.unshift(chars.slice(i - len, i).join(''));
      i -= len;
    } else {
      pieces.push(chars.slice(i, i + len).join(''));
      i += len;
    }
  }
  return pieces;
}

type Flat = {
  char: string;
  /** Index of the caller's segment (for output) and of the reading unit (for decisions). */
  seg: number;
  unit: number;
  index: number;
  han: boolean;
  pp: Numbered | null;
  /** The surname reading of a Chinese name's first character, where it differs (曾 Zēng, 单 Shàn). */
  surname: Numbered | null;
};

export function readSegments(segments: readonly Segment[], opts: EngineOptions): SegmentPinyin[] {
  const unitList = readingUnits(segments);
  const units = unitList.map((u) => u.unit);
  const unitStartsSegment = unitList.map((u) => u.first);
  const unitChars = units.map((u) => Array.from(u.text));
  const flat: Flat[] = [];
  unitList.forEach(({ unit, seg }, ui) => {
    const chars = unitChars[ui] ?? [];
    const first = chars[0] ?? '';
    const surname = CHINESE_NAME_TAGS.has(unit.tag) && chars.length > 1 && HAN.test(first) ? surnameReading(unit.text) : null;
    chars.forEach((char, index) => {
      const han = HAN.test(char);
      const reading = han ? unitReading(unit.text, index) : null;
      flat.push({ char, seg, unit: ui, index, han, pp: reading, surname: index === 0 && surname !== reading ? surname : null });
    });
  });

  const citation: (Numbered | null)[] = new Array<Numbered | null>(flat.length).fill(null);
  let cursor = 0;
  units.forEach((unit, ui) => {
    const chars = unitChars[ui] ?? [];
    const entries = chars.length > 1 ? choosableReadings(wordReadings(unit.text), unit.tag) : [];
    for (let i = 0; i < chars.length; i++) {
      const at = cursor + i;
      const f = flat[at];
      if (!f || !f.han) continue;
      // Most characters have one reading: pinyin-pro's is final, and the context machinery is skipped.
      if (!mayVary(f.char, opts.model)) {
        citation[at] = f.pp;
        continue;
      }
      citation[at] = decide(f, at, entries, unit, units, unitStartsSegment[ui] ?? true, flat, opts);
    }
    cursor += chars.length;
  });

  // A repeated verb around 一/不 is one verb read twice: 数一数 shǔ yi shǔ, 看不看.
  for (let i = 2; i < flat.length; i++) {
    const mid = flat[i - 1]?.char;
    const first = flat[i - 2];
    if ((mid === '一' || mid === '不') && first?.index === 0 && first.char === flat[i]?.char && flat[i]?.han) citation[i] = citation[i - 2] ?? citation[i] ?? null;
  }

  const sandhiChars = new Map<number, SandhiChar>();
  const at = (i: number): SandhiChar | undefined => {
    const f = flat[i];
    if (!f) return undefined;
    let c = sandhiChars.get(i);
    if (!c) {
      const n = unitChars[f.unit]?.length ?? 1;
      c = {
        char: f.char,
        han: f.han,
        reading: citation[i] ?? null,
        // 统一 inside 统一思想 still ends the word 统一, so its 一 keeps yī.
        wordFinal: (n > 1 && f.index === n - 1) || (f.char === '一' && f.index > 0 && closesWordWithYi(flat[i - 1]?.char ?? '')),
        inWord: n > 1 && f.index > 0,
        wordInitial: f.index === 0,
        // Organisation names keep a leading 一 as a numeral: 一汽 Yīqì, 一重.
        ordinalName: f.index === 0 && units[f.unit]?.tag === 'nt',
      };
      sandhiChars.set(i, c);
    }
    return c;
  };
  const spoken = flat.map((f, i) => (f.char === '一' || f.char === '不' ? spokenAt(at, i) : (citation[i] ?? null)));

  const out: SegmentPinyin[] = segments.map(() => ({ pinyin: [], citation: [] }));
  flat.forEach((f, i) => {
    const o = out[f.seg];
    if (!o) return;
    const c = citation[i];
    const s = spoken[i];
    o.citation.push(c ? toMarked(citationOf(f.char, c)) : '');
    o.pinyin.push(s ? toMarked(s) : '');
  });
  return out;
}

/**
 * pinyin-pro's reading of a unit, asked about the unit alone and cached: cross-validation on
 * CPP dev showed whole-sentence calls add nothing once the unit is known (95.69% vs 95.65%),
 * and the cache makes the cost per text close to nothing.
 */
const unitCache = new Map<string, (Numbered | null)[]>();
const UNIT_CACHE_LIMIT = 50_000;

function unitReading(word: string, index: number): Numbered | null {
  let readings = unitCache.get(word);
  if (!readings) {
    const byOffset = pinyinProByOffset(word, false);
    readings = [];
    let offset = 0;
    for (const c of Array.from(word)) {
      readings.push(byOffset.get(offset) ?? null);
      offset += c.length;
    }
    if (unitCache.size >= UNIT_CACHE_LIMIT) unitCache.clear();
    unitCache.set(word, readings);
  }
  return readings[index] ?? null;
}

const surnameCache = new Map<string, Numbered | null>();

function surnameReading(name: string): Numbered | null {
  let r = surnameCache.get(name);
  if (r === undefined) {
    r = pinyinProByOffset(name, true).get(0) ?? null;
    if (surnameCache.size >= UNIT_CACHE_LIMIT) surnameCache.clear();
    surnameCache.set(name, r);
  }
  return r;
}

const variable = new Map<string, boolean>();

function mayVary(char: string, model: ContextModel | null): boolean {
  let v = variable.get(char);
  if (v === undefined) {
    const readings = polyphonic(char, { type: 'array', toneType: 'num' })[0] ?? [];
    v = readings.length > 1 || hasRule(char) || (model?.knows(char) ?? false) || char === '一' || char === '不';
    variable.set(char, v);
  }
  return v;
}

function closesWordWithYi(prev: string): boolean {
  return prev !== '' && wordReadings(prev + '一').length > 0;
}

const wordOnlyCache = new Map<string, (Numbered | null)[]>();

function wordOnlyReading(word: string, index: number): Numbered | null {
  let readings = wordOnlyCache.get(word);
  if (!readings) {
    const items = pinyinPro(word, { type: 'all', toneType: 'num', toneSandhi: false });
    readings = items.length === Array.from(word).length ? items.map((it) => normaliseNumbered(it.pinyin)) : [];
    if (wordOnlyCache.size > 20_000) wordOnlyCache.clear();
    wordOnlyCache.set(word, readings);
  }
  return readings[index] ?? null;
}

function charsAround(flat: readonly Flat[], at: number, delta: number, count: number): string {
  let s = '';
  for (let k = 1; k <= count; k++) {
    const f = flat[at + delta * k];
    if (!f) break;
    s = delta < 0 ? f.char + s : s + f.char;
  }
  return s;
}

function decide(
  f: Flat,
  at: number,
  entries: readonly WordReading[],
  unit: Segment,
  units: readonly Segment[],
  startsSegment: boolean,
  flat: readonly Flat[],
  opts: EngineOptions,
): Numbered | null {
  const fromWord = readingsAt(entries, f.index);
  const makeContext = (): RuleContext => ({
    char: f.char,
    word: unit.text,
    tag: unit.tag,
    index: f.index,
    inDictionary: entries.length > 0,
    startsSegment,
    segIndex: f.unit,
    segments: units,
    prev: charsAround(flat, at, -1, 1),
    next: charsAround(flat, at, 1, 1),
    prev2: charsAround(flat, at, -1, 2),
    next2: charsAround(flat, at, 1, 2),
    pp: f.pp,
  });
  if (BEFORE_DICTIONARY.has(f.char)) {
    const early = contextRule(makeContext());
    if (early) return early;
  }
  const preferred = preferredReading(unit.text, f.index);
  if (preferred) return preferred;
  if (fromWord.size === 1) {
    const only = [...fromWord][0];
    if (only) {
      // CEDICT marks optional neutral tones (力量 lìliang, 关系 guānxi) that learners and the
      // standard (HSK, pinyin-pro) read with their full tone; keep the full tone then, except
      // for particles and suffixes whose light tone is their grammar.
      if (toneOf(only) === 5 && !LIGHT.has(f.char)) {
        // Ask pinyin-pro about the word alone: in a sentence it may cut the word differently (各方力量 → liáng).
        const full = wordOnlyReading(unit.text, f.index);
        if (full && baseOf(full) === baseOf(only) && toneOf(full) !== 5) return full;
      }
      return only;
    }
  }
  // A name unknown to CEDICT keeps the surname reading (曾 Zēng, 单 Shàn); context statistics are about common words.
  if (f.surname && entries.length === 0) return f.surname;
  // A dictionary reading with a light tone also admits the same syllable with a full tone.
  const allowed = (r: Numbered | null): r is Numbered =>
    r !== null && (fromWord.size === 0 || fromWord.has(r) || (!LIGHT.has(f.char) && fromWord.has(withTone(r, 5))));
  const ctx = makeContext();
  const ruled = contextRule(ctx);
  if (allowed(ruled)) return ruled;
  if (fromWord.size > 1 && allowed(f.pp)) return f.pp;

  const model = opts.model;
  if (model?.knows(f.char)) {
    const features: ContextFeatures = { prev: ctx.prev, next: ctx.next, alone: Array.from(unit.text).length === 1 };
    const learned = model.contextReading(f.char, features, opts.minContextCount);
    if (allowed(learned)) return learned;
    const prior = model.prior(f.char, features.alone);
    const t = prior ? top(prior) : null;
    // One observation is enough when pinyin-pro's reading never occurs in the data for this
    // character at all (a place-name character read in its rare reading everywhere, 陂 bēi);
    // otherwise a single sighting must not outvote it (隆盛 is shèng whatever one CPP line says).
    const unseen = f.pp !== null && !(model.prior(f.char, !features.alone)?.has(f.pp) ?? false) && !prior?.has(f.pp);
    const enough = t !== null && (t.count >= opts.priorCount || (unseen && t.count >= 1));
    if (t && enough && allowed(t.reading) && t.reading !== f.pp && t.count / t.total >= opts.priorShare) {
      return t.reading;
    }
  }
  if (fromWord.size > 0 && !allowed(f.pp)) return [...fromWord][0] ?? f.pp;
  return f.pp;
}
