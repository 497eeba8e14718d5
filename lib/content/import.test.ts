import { describe, expect, it } from 'vitest';
import { draftBlocks, joinBrokenParagraphs } from './import';
import { toFullWidthPunctuation } from './normalize';
import { splitSentences } from './split';

describe('importing a passage', () => {
  it('joins a paragraph the print layout broke mid-sentence, and keeps headings apart', () => {
    const joined = joinBrokenParagraphs(['龙山区坚持把“解放思想再深入全面振', '兴新突破”教育实践活动。', '主动帮扶渡难关，提升软环境']);
    expect(joined.map((p) => p.text)).toEqual(['龙山区坚持把“解放思想再深入全面振兴新突破”教育实践活动。', '主动帮扶渡难关，提升软环境']);
  });

  it('uses full-width punctuation in Chinese but keeps decimals, times and Latin', () => {
    expect(toFullWidthPunctuation('辽源龙山区:激发(县)委,好!真的?是;3.5万,10:30开会,B级 CVT')).toBe('辽源龙山区：激发（县）委，好！真的？是；3.5万，10:30开会，B级 CVT');
  });

  it('splits sentences after end marks with their closing quotes', () => {
    expect(splitSentences('“可不是嘛！原来如此。”他说。')).toEqual(['“可不是嘛！', '原来如此。”', '他说。']);
    expect(splitSentences('“好！”“知足了！”……提及变化。')).toEqual(['“好！”', '“知足了！”……', '提及变化。']);
  });

  it('pairs English sentences one to one, and marks what does not pair instead of dropping it', () => {
    const paired = draftBlocks('标题\n\n第一句。第二句。', 'Title\n\nFirst. Second.');
    expect(paired[1]?.sentences).toEqual([
      { zh: '第一句。', en: 'First.' },
      { zh: '第二句。', en: 'Second.' },
    ]);
    const unpaired = draftBlocks('标题\n\n第一句。第二句。', 'Title\n\nOnly one sentence here.\n\nAn extra paragraph.');
    expect(unpaired[1]?.sentences.every((s) => s.en === '' && s.review)).toBe(true);
    expect(unpaired[1]?.review).toContain('Only one sentence here.');
    expect(unpaired.at(-1)?.sentences[0]?.en).toBe('An extra paragraph.');
  });
});
