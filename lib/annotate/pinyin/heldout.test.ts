/**
 * The held-out set (heldout-sentences.ts), scored per Han character against full hand-checked
 * pinyin: the engine must stay well above pinyin-pro alone, and above a floor on polyphonic
 * characters in each part (the even half it was tuned on, the odd half, the batch written after
 * the fixes). The figures are printed so a change shows what it moved.
 */
import { describe, expect, it } from 'vitest';
import { HELDOUT, HELDOUT_FRESH } from './heldout-sentences';
import { describeTally, scoreHeldout } from './heldout-score';
import { fromMarked } from './syllable';

const PARTS = {
  'tuning half (even)': HELDOUT.filter((_, i) => i % 2 === 0),
  'other half (odd)': HELDOUT.filter((_, i) => i % 2 === 1),
  'fresh batch': HELDOUT_FRESH,
};

describe('held-out news and everyday sentences, full pinyin', () => {
  for (const [name, cases] of Object.entries(PARTS)) {
    it(`${name}: engine ≥ 97% on polyphones and ahead of pinyin-pro`, () => {
      const score = scoreHeldout(cases);
      console.log(`${name} (${cases.length} sentences) — ${describeTally('engine', score.engine)} | ${describeTally('pinyin-pro', score.pinyinPro)}`);
      for (const m of score.engineMisses) console.log(`  ${m.char}: ${m.expected} → ${m.got} in ${m.sentence}`);
      expect(score.labelErrors).toEqual([]);
      expect(score.engine.polyRight / score.engine.poly).toBeGreaterThanOrEqual(0.97);
      expect(score.engine.allRight / score.engine.all).toBeGreaterThanOrEqual(0.99);
      expect(score.engine.polyRight).toBeGreaterThan(score.pinyinPro.polyRight);
    });
  }

  it('labels every Han character once, with valid syllables', () => {
    for (const [sentence, pinyin] of [...HELDOUT, ...HELDOUT_FRESH]) {
      const han = Array.from(sentence).filter((c) => /\p{Script=Han}/u.test(c));
      const syllables = pinyin.split(' ');
      expect(syllables.length, sentence).toBe(han.length);
      for (const s of syllables.flatMap((x) => x.split('/'))) expect(s === 'r' || fromMarked(s) !== null, `${s} in ${sentence}`).toBe(true);
    }
    const sentences = [...HELDOUT, ...HELDOUT_FRESH].map(([s]) => s);
    expect(new Set(sentences).size).toBe(sentences.length);
  });
});
