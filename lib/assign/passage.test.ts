import { describe, expect, it } from 'vitest';
import type { Token } from '@/lib/annotate/types';
import type { Article, Block } from '@/lib/content/types';
import { choosePassage, focusDetails } from './passage';
import type { Assignment } from './types';

const tok = (text: string, pinyin: string[] = [], definitions: string[] = []): Token => ({ text, pinyin, definitions });
const block = (type: Block['type'], zh: string, en: string): Block => ({ type, zh, en, sentences: [{ zh, en, tokens: [tok(zh)] }] });

const article: Article = {
  slug: 'a',
  title: { zh: '标题', en: 'Title' },
  source: { newspaper: { zh: '报', en: 'Paper' }, reporters: [] },
  characters: 0,
  paragraphs: 3,
  sentences: 5,
  blocks: [block('title', '标题', 'Title'), block('paragraph', '一', 'One'), block('heading', '小标题', 'Sub'), block('paragraph', '二', 'Two'), block('paragraph', '三', 'Three')],
};

const base: Assignment = {
  source: { kind: 'article', slug: 'a' },
  range: { first: 1, last: 3 },
  focusWords: [],
  instructions: '',
  options: { translation: true, pinyin: true, handoutPinyin: 'focus' },
};

const deps = { findArticle: (slug: string) => (slug === 'a' ? article : undefined), annotate: (text: string) => [tok(text, ['x'], ['gloss'])] };

describe('choosing the passage', () => {
  it('keeps only the chosen blocks and counts paragraphs, not headings', () => {
    const result = choosePassage(base, deps);
    expect(result.ok && result.passage.blocks.map((b) => b.zh)).toEqual(['一', '小标题', '二']);
    expect(result.ok && result.passage.paragraphs).toBe(2);
  });

  it('removes every English string when the translation is hidden', () => {
    const result = choosePassage({ ...base, options: { ...base.options, translation: false } }, deps);
    expect(JSON.stringify(result)).not.toMatch(/One|Two|Sub|Title/);
  });

  it('reports an unknown article or a range outside the text', () => {
    expect(choosePassage({ ...base, source: { kind: 'article', slug: 'gone' } }, deps)).toEqual({ ok: false, error: 'unknown-article' });
    expect(choosePassage({ ...base, range: { first: 2, last: 9 } }, deps)).toEqual({ ok: false, error: 'range' });
    expect(choosePassage({ ...base, range: { first: 0, last: 0 } }, deps)).toEqual({ ok: false, error: 'range' });
    const own: Assignment = { ...base, source: { kind: 'own', title: 't', paragraphs: [{ zh: '甲' }] }, range: { first: 0, last: 1 } };
    expect(choosePassage(own, deps)).toEqual({ ok: false, error: 'range' });
  });

  it('annotates an own text and looks focus words up in it, or in the dictionary', () => {
    const own: Assignment = { ...base, source: { kind: 'own', title: 't', paragraphs: [{ zh: '甲' }, { zh: '乙', en: 'B' }] }, range: { first: 0, last: 1 }, focusWords: ['乙', '丙'] };
    const result = choosePassage(own, deps);
    if (!result.ok) throw new Error(result.error);
    expect(result.passage.blocks[1]).toEqual({ type: 'paragraph', zh: '乙', en: 'B', sentences: [{ zh: '乙', en: 'B', tokens: [tok('乙', ['x'], ['gloss'])] }] });
    expect(focusDetails(own.focusWords, result.passage.blocks, deps.annotate)).toEqual([
      { word: '乙', pinyin: ['x'], definitions: ['gloss'], inText: true },
      { word: '丙', pinyin: ['x'], definitions: ['gloss'], inText: false },
    ]);
  });

  it('reads each chosen paragraph of an own text with the people and places the others name', () => {
    const asked: string[] = [];
    const seen: unknown[] = [];
    const own: Assignment = { ...base, source: { kind: 'own', title: 't', paragraphs: [{ zh: '甲' }, { zh: '抚松县书记周国庆' }, { zh: '周国庆说抚松人参好' }] }, range: { first: 1, last: 2 } };
    const result = choosePassage(own, {
      ...deps,
      annotate: (text, options) => {
        seen.push(options);
        return [tok(text, ['x'], ['gloss'])];
      },
      namedIn: (text) => {
        asked.push(text);
        return { names: ['周国庆'], places: ['抚松县'] };
      },
    });
    expect(result.ok).toBe(true);
    expect(asked).toEqual(['抚松县书记周国庆\n周国庆说抚松人参好']);
    expect(seen).toEqual([
      { names: ['周国庆'], places: ['抚松县'] },
      { names: ['周国庆'], places: ['抚松县'] },
    ]);
  });
});
