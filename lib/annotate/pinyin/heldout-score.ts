/**
 * Scores the held-out set (heldout-sentences.ts): per Han character, the engine's spoken pinyin
 * (annotate()) against the label, and pinyin-pro alone (with its own 一/不 sandhi) on the same
 * characters. "Polyphonic" characters are those with more than one reading in pinyin-pro or
 * CC-CEDICT. Used by heldout.test.ts and by the scratch measurement scripts.
 */
import { pinyin as pinyinPro, polyphonic } from 'pinyin-pro';
import { annotate } from '../annotate';
import { lookup } from '../dictionary';
import type { HeldoutCase } from './heldout-sentences';

const HAN = /^[\p{Script=Han}〇]$/u;

export type Tally = { all: number; allRight: number; poly: number; polyRight: number };
export type HeldoutMiss = { sentence: string; index: number; char: string; expected: string; got: string };
export type HeldoutScore = { engine: Tally; pinyinPro: Tally; engineMisses: HeldoutMiss[]; labelErrors: string[] };

const polyCache = new Map<string, boolean>();

export function isPolyphonic(char: string): boolean {
  let v = polyCache.get(char);
  if (v === undefined) {
    const readings = new Set((polyphonic(char, { type: 'array', toneType: 'num' })[0] ?? []).map((r) => r.toLowerCase()));
    for (const e of lookup(char)) if (!/^[A-Z]/.test(e.pinyin)) readings.add(e.pinyin.toLowerCase().replace(/u:/g, 'v'));
    v = readings.size > 1;
    polyCache.set(char, v);
  }
  return v;
}

const norm = (s: string): string => s.normalize('NFC').toLowerCase().trim();

function accepts(expected: string, got: string): boolean {
  return expected.split('/').some((e) => norm(e) === norm(got));
}

function pinyinProSyllables(text: string): string[] {
  const out: string[] = [];
  for (const item of pinyinPro(text, { type: 'all', toneSandhi: true })) {
    const chars = Array.from(item.origin);
    if (item.isZh && chars.length === 1) out.push(item.pinyin);
    else for (const c of chars) if (HAN.test(c)) out.push('');
  }
  return out;
}

function engineSyllables(text: string): string[] {
  const out: string[] = [];
  for (const t of annotate(text)) {
    Array.from(t.text).forEach((c, i) => {
      if (HAN.test(c)) out.push(t.pinyin[i] ?? '');
    });
  }
  return out;
}

const empty = (): Tally => ({ all: 0, allRight: 0, poly: 0, polyRight: 0 });

export function scoreHeldout(cases: readonly HeldoutCase[]): HeldoutScore {
  const engine = empty();
  const pp = empty();
  const engineMisses: HeldoutMiss[] = [];
  const labelErrors: string[] = [];
  for (const [sentence, pinyin] of cases) {
    const chars = Array.from(sentence).filter((c) => HAN.test(c));
    const labels = pinyin.trim().split(/\s+/);
    if (labels.length !== chars.length) {
      labelErrors.push(`${sentence}: ${chars.length} characters, ${labels.length} syllables`);
      continue;
    }
    const e = engineSyllables(sentence);
    const p = pinyinProSyllables(sentence);
    chars.forEach((char, i) => {
      const label = labels[i] ?? '';
      const poly = isPolyphonic(char);
      const score = (t: Tally, got: string): boolean => {
        const right = accepts(label, got);
        t.all++;
        if (right) t.allRight++;
        if (poly) {
          t.poly++;
          if (right) t.polyRight++;
        }
        return right;
      };
      if (!score(engine, e[i] ?? '')) engineMisses.push({ sentence, index: i, char, expected: label, got: e[i] ?? '' });
      score(pp, p[i] ?? '');
    });
  }
  return { engine, pinyinPro: pp, engineMisses, labelErrors };
}

export const pct = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;

export function describeTally(name: string, t: Tally): string {
  return `${name}: all ${pct(t.allRight, t.all)} (${t.allRight}/${t.all}), polyphones ${pct(t.polyRight, t.poly)} (${t.polyRight}/${t.poly})`;
}
