import { describe, expect, it } from 'vitest';
import { characterCount, defaultTitle, MAX_OWN_TEXT, splitParagraphs } from './paragraphs';
import { parseOwnTexts } from './storage';

describe('own text paragraphs', () => {
  it('splits on lines and pairs each with its English', () => {
    expect(splitParagraphs('第一段。\n\n  第二段。 \r\n', 'One.\nTwo.')).toEqual({
      ok: true,
      paragraphs: [
        { zh: '第一段。', en: 'One.' },
        { zh: '第二段。', en: 'Two.' },
      ],
    });
    expect(splitParagraphs('只有中文。', '')).toEqual({ ok: true, paragraphs: [{ zh: '只有中文。' }] });
  });

  it('explains what is wrong instead of guessing', () => {
    expect(splitParagraphs('  \n ', '')).toEqual({ ok: false, error: 'empty' });
    expect(splitParagraphs('hello', '')).toEqual({ ok: false, error: 'no-chinese' });
    expect(splitParagraphs('一。\n二。', 'One.')).toEqual({ ok: false, error: 'mismatch', zh: 2, en: 1 });
  });

  it('refuses text over the limit and says by how much, never cutting it', () => {
    const exact = '字'.repeat(MAX_OWN_TEXT);
    expect(splitParagraphs(exact, '').ok).toBe(true);
    expect(splitParagraphs(`${exact}多`, '')).toEqual({ ok: false, error: 'too-long', length: MAX_OWN_TEXT + 1, limit: MAX_OWN_TEXT });
  });

  it('counts characters as code points, ignoring line breaks and spaces', () => {
    expect(characterCount('𠀀字\n 字')).toBe(3);
    expect(defaultTitle('\n明者因时而变，知者随事而制。龙山区紧紧抓住')).toBe('明者因时而变，知者随事而制。龙山…');
  });
});

describe('own text storage', () => {
  it('keeps valid entries and drops damaged ones', () => {
    const good = { id: 'a', title: 'T', paragraphs: [{ zh: '字' }], savedAt: 1 };
    expect(parseOwnTexts(JSON.stringify([good, { id: 3 }, null]))).toEqual([good]);
    expect(parseOwnTexts('not json')).toEqual([]);
    expect(parseOwnTexts('{"a":1}')).toEqual([]);
    expect(parseOwnTexts(null)).toEqual([]);
  });
});
