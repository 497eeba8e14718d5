import { describe, expect, it } from 'vitest';
import { characterBreakdown, shortGloss, wordFacts } from './characters';
import { orderEntries, entriesFor } from './definitions';

describe('characterBreakdown', () => {
  it('glosses each character in the reading heard here', () => {
    expect(characterBreakdown('银行', ['yín', 'háng'])).toEqual([
      { char: '银', pinyin: 'yín', gloss: 'silver' },
      { char: '行', pinyin: 'háng', gloss: 'row' },
    ]);
    expect(characterBreakdown('行动', ['xíng', 'dòng'])[0]?.gloss).toBe('to walk');
  });

  it("gives the sense of the character that the word's meaning shares, else its first", () => {
    const gloss = (text: string, pinyin: string[], meaning: string[]) => characterBreakdown(text, pinyin, meaning).map((c) => c.gloss);
    expect(gloss('信用卡', ['xìn', 'yòng', 'kǎ'], ['credit card'])).toEqual(['letter', 'to use', 'card']);
    expect(gloss('上个月', ['shàng', 'ge', 'yuè'], ['last month'])[2]).toBe('month');
    expect(gloss('发展', ['fā', 'zhǎn'], ['development', 'growth', 'to develop'])[0]).toBe('to develop');
    // The earliest word of the meaning decides: 灵 "spirit", not "to come true".
    expect(gloss('活灵活现', ['huó', 'líng', 'huó', 'xiàn'], ['living spirit, living image (idiom)', 'true to life'])[1]).toBe('spirit');
    // A sense of another reading (行 xìng "conduct") is not lent to 进行 xíng.
    expect(gloss('进行', ['jìn', 'xíng'], ['(of a process etc) to proceed', 'to be in progress', 'to carry out', 'to conduct'])[1]).toBe('to walk');
  });

  it('skips what is not a Han character', () => {
    expect(characterBreakdown('4S店', ['', '', 'diàn']).map((c) => c.char)).toEqual(['店']);
  });
});

describe('wordFacts', () => {
  it('gives the usual traditional form, not a variant spelling listed for the same word', () => {
    expect(wordFacts('年', orderEntries(entriesFor('年'))).traditional).toBeUndefined();
    expect(wordFacts('时间', orderEntries(entriesFor('时间'))).traditional).toBe('時間');
  });

  it('gives the traditional form, measure words with tone marks, HSK level and frequency', () => {
    const facts = wordFacts('银行', orderEntries(entriesFor('银行')));
    expect(facts.traditional).toBe('銀行');
    expect(facts.measureWords).toContainEqual({ simplified: '家', traditional: '家', pinyin: 'jiā' });
    expect(facts.hsk).toBe(3);
    expect(facts.frequency).toBeGreaterThan(0);
  });

  it('does not repeat the traditional form when the text is already traditional', () => {
    expect(wordFacts('銀行', orderEntries(entriesFor('銀行'))).traditional).toBeUndefined();
  });
});

describe('shortGloss', () => {
  it('keeps the first sense, without register labels, short enough to sit under a character', () => {
    expect(shortGloss(['(bound form) row; line'])).toBe('row');
    expect(shortGloss(['surname Li', 'plum'])).toBe('plum');
    expect(shortGloss(['x'.repeat(200)]).length).toBeLessThanOrEqual(60);
  });
});
