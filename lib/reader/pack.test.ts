import { describe, expect, it } from 'vitest';
import { packWords, unpackWords } from './pack';
import type { ReaderWord } from './types';

describe('packWords', () => {
  it('round-trips words with Latin inside, traditional forms and sandhi readings', () => {
    const words: ReaderWord[] = [
      { text: '董事长', pinyin: ['dǒng', 'shì', 'zhǎng'], traditional: '董事長' },
      { text: 'B级', pinyin: ['', 'jí'] },
      { text: '一个', pinyin: ['yí', 'gè'], citationPinyin: ['yī', 'gè'] },
      { text: 'PEEK复合', pinyin: ['', '', '', '', 'fù', 'hé'] },
    ];
    expect(unpackWords(packWords(words))).toEqual(words);
    expect(unpackWords('')).toEqual([]);
  });
});
