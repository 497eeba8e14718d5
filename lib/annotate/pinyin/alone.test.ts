import { describe, expect, it } from 'vitest';
import { clearHanCache, HAN } from './alone';

const SCRIPT_HAN = /^[\p{Script=Han}〇]$/u;

describe('HAN', () => {
  it('agrees with the Unicode script property, inside the CJK block (answered at once) and outside it', () => {
    clearHanCache();
    const samples = ['中', '一', '\u4e00', '\u9fff', '\u4dff', '\ua000', '〇', '𰻝', '々', 'a', '，', '😀', '\ud800', '', '中文'];
    for (const c of samples) expect(HAN.test(c), JSON.stringify(c)).toBe(SCRIPT_HAN.test(c));
    // Twice: the second answer may come from the cache.
    for (const c of samples) expect(HAN.test(c), JSON.stringify(c)).toBe(SCRIPT_HAN.test(c));
  });
});
