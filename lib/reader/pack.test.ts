import { describe, expect, it } from 'vitest';
import { packDocument, packWords, unpackDocument, unpackWords } from './pack';
import type { ReaderDocument, ReaderWord } from './types';

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

describe('packDocument', () => {
  it('leaves out the block and sentence ids their positions give, and gives them back', () => {
    const document: ReaderDocument = {
      source: { kind: 'article', slug: 'x', title: 'X' },
      words: [{ text: '中文', pinyin: ['zhōng', 'wén'] }],
      blocks: [
        { id: 'p1', type: 'title', sentences: [{ id: 'p1-s1', en: 'Chinese', tokens: [0] }] },
        { id: 'p2', type: 'paragraph', sentences: [{ id: 'p2-s1', en: 'A.', tokens: [0, '。'] }, { id: 'own-id', en: 'B.', tokens: ['B'] }] },
      ],
    };
    const packed = packDocument(document);
    expect(JSON.stringify(packed)).not.toContain('p2-s1');
    expect(JSON.stringify(packed)).toContain('own-id');
    expect(unpackDocument(packed)).toEqual(document);
  });
});
