/**
 * Reading choice for one run of segments. Order of evidence, strongest first:
 *   1. the dictionary reading of the word the character sits in, when CEDICT gives that
 *      position a single reading (proper-noun entries only for name/place tags);
 *   2. hand-written context rules for the handful of function words whose reading follows
 *      from grammar rather than from the word (得 地 为 了 着 还 …, see rules.ts);
 *   3. contexts learned from CPP dev that always went with one reading;
 *   4. pinyin-pro's own choice (it knows many words), unless the character's learned prior
 *      is lopsided against it.
 * Then 一/不 sandhi runs over the whole sequence, across segment boundaries.
 */
import { pinyin as pinyinPro } from 'pinyin-pro';
import type { Segment } from '../types';
import { ContextModel, top, type ContextFeatures } from './context-model';
import { wordReadings, type WordReading } from './lexicon';
import { contextRule, type RuleContext } from './rules';
import { applySandhi } from './sandhi';
import { baseOf, toMarked, toneOf, type Numbered, normaliseNumbered } from './syllable';

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

const HAN = /^[\p{Script=Han}〇]$/u;

const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt']);
const PROPER_TAGS = new Set(['nr', 'nrfg', 'nrt', 'ns', 'nt', 'nz']);

/** pinyin-pro's reading for every UTF-16 offset of `text` that starts a Han character. */
function pinyinProByOffset(text: string, surname: boolean): Map<number, Numbered> {
  const out = new Map<number, Numbered>();
  const items = pinyinPro(text, {
    type: 'all',
    toneType: 'num',
    ...(surname ? { mode: 'surname' as const, surname: 'head' as const } : {}),
  });
  let offset = 0;
  for (const item of items) {
    if (item.isZh) {
      const n = normaliseNumbered(item.pinyin);
      if (n) out.set(offset, n);
    }
    offset += item.origin.length;
  }
  // pinyin-pro is expected to echo its input piece by piece; if it ever does not, its offsets
  // are meaningless and the caller falls back to per-segment calls.
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

type Flat = {
  char: string;
  seg: number;
  index: number;
  han: boolean;
  pp: Numbered | null;
};

export function readSegments(segments: readonly Segment[], opts: EngineOptions): SegmentPinyin[] {
  const text = segments.map((s) => s.text).join('');
  const pp = pinyinProByOffset(text, false);
  const flat: Flat[] = [];
  const segChars: string[][] = [];
  let offset = 0;
  segments.forEach((seg, si) => {
    const chars = Array.from(seg.text);
    segChars.push(chars);
    const surname = NAME_TAGS.has(seg.tag) && chars.some((c) => HAN.test(c)) ? pinyinProByOffset(seg.text, true) : null;
    let local = 0;
    chars.forEach((char, index) => {
      const han = HAN.test(char);
      flat.push({ char, seg: si, index, han, pp: han ? (surname?.get(local) ?? pp.get(offset + local) ?? null) : null });
      local += char.length;
    });
    offset += seg.text.length;
  });

  const citation: (Numbered | null)[] = new Array<Numbered | null>(flat.length).fill(null);
  let cursor = 0;
  segments.forEach((seg, si) => {
    const chars = segChars[si] ?? [];
    const entries = chars.length > 1 ? choosableReadings(wordReadings(seg.text), seg.tag) : [];
    for (let i = 0; i < chars.length; i++) {
      const at = cursor + i;
      const f = flat[at];
      if (!f || !f.han) continue;
      citation[at] = decide(f, at, entries, seg, segments, flat, opts);
    }
    cursor += chars.length;
  });

  const spoken = applySandhi(flat.map((f, i) => ({ char: f.char, seg: f.seg, han: f.han, reading: citation[i] ?? null })), segments);

  const out: SegmentPinyin[] = segments.map((_, si) => ({ pinyin: [], citation: [] }));
  flat.forEach((f, i) => {
    const o = out[f.seg];
    if (!o) return;
    const c = citation[i];
    const s = spoken[i];
    o.citation.push(c ? toMarked(c) : '');
    o.pinyin.push(s ? toMarked(s) : '');
  });
  return out;
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
  seg: Segment,
  segments: readonly Segment[],
  flat: readonly Flat[],
  opts: EngineOptions,
): Numbered | null {
  const fromWord = readingsAt(entries, f.index);
  const ctx: RuleContext = {
    char: f.char,
    word: seg.text,
    tag: seg.tag,
    index: f.index,
    segIndex: f.seg,
    segments,
    prev: charsAround(flat, at, -1, 1),
    next: charsAround(flat, at, 1, 1),
    prev2: charsAround(flat, at, -1, 2),
    next2: charsAround(flat, at, 1, 2),
    pp: f.pp,
  };
  if (fromWord.size === 1) {
    const only = [...fromWord][0];
    if (only) {
      // CEDICT marks optional neutral tones (力量 lìliang, 关系 guānxi) that learners and the
      // standard (HSK, pinyin-pro) read with their full tone; keep the full tone then.
      if (toneOf(only) === 5 && f.pp && baseOf(f.pp) === baseOf(only) && toneOf(f.pp) !== 5) return f.pp;
      return only;
    }
  }
  const allowed = (r: Numbered | null): r is Numbered => r !== null && (fromWord.size === 0 || fromWord.has(r));
  const ruled = contextRule(ctx);
  if (allowed(ruled)) return ruled;

  const model = opts.model;
  if (model?.knows(f.char)) {
    const features: ContextFeatures = { prev: ctx.prev, next: ctx.next, alone: Array.from(seg.text).length === 1 };
    const learned = model.contextReading(f.char, features, opts.minContextCount);
    if (allowed(learned)) return learned;
    const prior = model.prior(f.char, features.alone);
    const t = prior ? top(prior) : null;
    if (t && allowed(t.reading) && t.reading !== f.pp && t.count >= opts.priorCount && t.count / t.total >= opts.priorShare) {
      return t.reading;
    }
  }
  if (fromWord.size > 1 && f.pp && !fromWord.has(f.pp)) return [...fromWord][0] ?? f.pp;
  return f.pp;
}
