import { describe, expect, it } from 'vitest';
import { hasWord, lookup } from './dictionary';

describe('dictionary', () => {
  it('finds a word by its simplified and its traditional form', () => {
    const simplified = lookup('振兴');
    expect(simplified.map((e) => e.pinyin)).toEqual(expect.arrayContaining(['zhen4 xing1', 'Zhen4 xing1']));
    expect(lookup('振興')).toEqual(simplified);
    expect(simplified.find((e) => e.pinyin === 'zhen4 xing1')?.senses[0]).toMatch(/to revive/);
  });

  it('keeps the raw CC-CEDICT senses and every reading of a character', () => {
    const readings = lookup('行').map((e) => e.pinyin);
    expect(readings).toEqual(expect.arrayContaining(['hang2', 'xing2']));
    expect(lookup('辽源')[0]?.senses[0]).toBe('see 遼源市|辽源市[Liao2 yuan2 Shi4]');
  });

  it('gives measure words, HSK level and frequency rank', () => {
    const bank = lookup('银行')[0];
    expect(bank?.classifiers.map((c) => c.simplified)).toContain('家');
    expect(bank?.hsk).toBe(3);
    expect(bank?.frequency).toBeGreaterThan(0);
  });

  it('answers unknown and odd input without throwing', () => {
    expect(lookup('')).toEqual([]);
    expect(lookup('\u0000\ud800')).toEqual([]);
    expect(hasWord('鳞次栉比')).toBe(true);
    expect(hasWord('鱗次櫛比')).toBe(true);
    expect(hasWord('李鹏飞')).toBe(false);
  });
});
