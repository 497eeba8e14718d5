import { describe, expect, it } from 'vitest';
import { annotate } from '@/lib/annotate/annotate';
import { batchesOf, splitJoined } from './annotate-client';

const PARAGRAPHS = ['今天天气很好，我们去公园散步。', '  公园里有很多人，孩子们在放风筝。 ', '晚上我们一起吃饺子。', 'A股上涨3.5%。', '不'];

describe('batched paragraphs', () => {
  it('read exactly as each paragraph alone: the tokens of the joined text split back at the line breaks', () => {
    const split = splitJoined(annotate(PARAGRAPHS.join('\n')), PARAGRAPHS);
    expect(split).toEqual(PARAGRAPHS.map((p) => annotate(p)));
  });

  it('refuses tokens that do not cover the texts', () => {
    expect(splitJoined(annotate('今天天气很好'), PARAGRAPHS)).toBeUndefined();
  });

  it('group paragraphs in order within the limit, a long one alone', () => {
    expect(batchesOf(['aaaa', 'bbbb', 'cccc', 'x'.repeat(20), 'dd'], 10)).toEqual([[0, 1], [2], [3], [4]]);
    expect(batchesOf([])).toEqual([]);
  });
});
