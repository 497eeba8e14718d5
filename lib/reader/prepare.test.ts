import { describe, expect, it } from 'vitest';
import type { Token } from '@/lib/annotate/types';
import { prepareDocument, sentencesOf, withoutDetails } from './prepare';

const tok = (text: string, pinyin: string[], definitions: string[] = []): Token => ({ text, pinyin, definitions });

describe('prepareDocument', () => {
  const doc = prepareDocument({ kind: 'article', slug: 'x', title: 'X' }, [
    { type: 'title', sentences: [{ zh: '题目', en: 'Title', tokens: [tok('题目', ['tí', 'mù'], ['title'])] }] },
    {
      type: 'paragraph',
      sentences: [
        {
          zh: '行业，银行。',
          en: 'Trade, bank.',
          tokens: [
            tok('行业', ['háng', 'yè'], ['industry']),
            tok('，', ['']),
            tok('银行', ['yín', 'háng'], ['bank']),
            tok('。', ['']),
          ],
        },
        { zh: '行业', en: 'Trade', tokens: [tok('行业', ['háng', 'yè'], ['industry'])] },
      ],
    },
  ]);

  it('gives blocks and sentences stable ids a link can point at', () => {
    expect(doc.blocks.map((b) => b.id)).toEqual(['p1', 'p2']);
    expect(doc.blocks[1]?.sentences.map((s) => s.id)).toEqual(['p2-s1', 'p2-s2']);
  });

  it('stores each word once and keeps punctuation as plain text', () => {
    expect(doc.words.map((d) => d.text)).toEqual(['题目', '行业', '银行']);
    expect(doc.details.map((d) => d.definitions[0])).toEqual(['title', 'industry', 'bank']);
    expect(doc.blocks[1]?.sentences.flatMap((s) => s.tokens)).toEqual([1, '，', 2, '。', 1]);
  });

  it('gives back every sentence exactly, with its translation', () => {
    expect(sentencesOf(doc)[1]).toEqual({ id: 'p2-s1', zh: '行业，银行。', en: 'Trade, bank.' });
  });

  it('can leave the details to be fetched later', () => {
    const light = withoutDetails(doc, '/api/x');
    expect(light.details).toBeUndefined();
    expect(light.detailsUrl).toBe('/api/x');
    expect(light.words).toHaveLength(3);
  });
});
