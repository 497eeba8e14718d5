import { describe, expect, it } from 'vitest';
import { annotate } from './annotate';
import { buildPieceSenses, pieceSenseKey } from './piece-senses';

describe('buildPieceSenses', () => {
  const rows = [
    { simp: '装', trad: '裝', pinyin: 'zhuang1', senses: ['adornment', 'to load', 'to install'] },
    { simp: '装车', trad: '裝車', pinyin: 'zhuang1 che1', senses: ['to load a vehicle'] },
    { simp: '装货', trad: '裝貨', pinyin: 'zhuang1 huo4', senses: ['to load cargo'] },
    { simp: '装船', trad: '裝船', pinyin: 'zhuang1 chuan2', senses: ['to load a ship'] },
    { simp: '一', trad: '一', pinyin: 'yi1', senses: ['one', 'whole; entire'] },
    { simp: '一生', trad: '一生', pinyin: 'yi1 sheng1', senses: ['the whole life'] },
  ];
  const frequent = () => 1_000_000;

  it('picks the sense the words with the character in that place share, where the evidence is strong', () => {
    const table = buildPieceSenses(rows, frequent);
    expect(table.get(pieceSenseKey('装', 'first', '裝', 'zhuang1'))).toBe('to load');
    // Nothing for a place no word shows, nor with too little evidence.
    expect(table.get(pieceSenseKey('装', 'last', '裝', 'zhuang1'))).toBeUndefined();
    expect(buildPieceSenses(rows, () => 0).get(pieceSenseKey('装', 'first', '裝', 'zhuang1'))).toBeUndefined();
  });

  it('leaves numerals alone: 一 is "one" in any word', () => {
    expect(buildPieceSenses(rows, frequent).get(pieceSenseKey('一', 'first', '一', 'yi1'))).toBeUndefined();
  });
});

describe('glosses built for words CC-CEDICT lacks', () => {
  const gloss = (text: string, word: string) => annotate(text).find((t) => t.text === word)?.definitions[0];

  it('gives each character the sense it has in that place of a word (装箱 "to load", 河段 "section", 用地 "land")', () => {
    expect(gloss('采摘、装箱、运输。', '装箱')).toMatch(/装 \(zhuāng\) to load/);
    expect(gloss('这一河段水流湍急。', '河段')).toMatch(/段 \(duàn\) section/);
    expect(gloss('保障产业用地。', '用地')).toMatch(/地 \(dì\) land/);
    // A numeral stays one.
    expect(gloss('一汽集团的新车', '一汽集团') ?? gloss('一汽集团的新车', '一汽')).toMatch(/一 \(yī\) one/);
  });
});
