import { describe, expect, it } from 'vitest';
import type { Block } from '@/lib/content/types';
import { choosableBlocks, focusInRange, tapBlock, toggleFocus } from './builder';
import { MAX_FOCUS_WORDS } from './limits';

const block = (type: Block['type'], words: string[]): Block => {
  const zh = words.join('');
  return { type, zh, en: '', sentences: [{ zh, en: '', tokens: words.map((text) => ({ text, pinyin: [], definitions: [] })) }] };
};

describe('assignment builder steps', () => {
  it('takes the first and last tapped paragraph in either order, then starts again', () => {
    let s = tapBlock({ range: null, anchor: null }, 5);
    expect(s).toEqual({ range: { first: 5, last: 5 }, anchor: 5 });
    s = tapBlock(s, 2);
    expect(s).toEqual({ range: { first: 2, last: 5 }, anchor: null });
    expect(tapBlock(s, 9)).toEqual({ range: { first: 9, last: 9 }, anchor: 9 });
  });

  it('toggles focus words, ignoring punctuation and stopping at the limit', () => {
    expect(toggleFocus(['思想'], '解放')).toEqual(['思想', '解放']);
    expect(toggleFocus(['思想', '解放'], '思想')).toEqual(['解放']);
    expect(toggleFocus([], '，')).toEqual([]);
    const full = Array.from({ length: MAX_FOCUS_WORDS }, (_, i) => `词${i}`);
    expect(toggleFocus(full, '新')).toHaveLength(MAX_FOCUS_WORDS);
  });

  it('drops focus words outside a narrowed range, and never offers the title', () => {
    const blocks = [block('title', ['标题']), block('paragraph', ['思想', '。']), block('paragraph', ['解放'])];
    expect(focusInRange(['思想', '解放'], blocks, { first: 2, last: 2 })).toEqual(['解放']);
    expect(focusInRange(['思想'], blocks, null)).toEqual([]);
    expect(choosableBlocks(blocks)).toEqual([1, 2]);
  });
});
