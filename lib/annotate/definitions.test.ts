import { describe, expect, it } from 'vitest';
import { annotate } from './annotate';
import { definitionsFor, entriesFor, formatEntry, formatSense, markSyllable, readablePinyin } from './definitions';
import { usualSense, usualSenseWords } from './usual-senses';

describe('formatSense', () => {
  it('shows a reference as simplified characters with tone-marked pinyin', () => {
    expect(formatSense('see 遼源市|辽源市[Liao2 yuan2 Shi4]')).toBe('see 辽源市 (Liáoyuán Shì)');
    expect(formatSense('Liaoyuan, prefecture-level city in Jilin Province 吉林省[Ji2 lin2 Sheng3]')).toBe(
      'Liaoyuan, prefecture-level city in Jilin Province 吉林省 (Jílín Shěng)',
    );
  });

  it('keeps only the simplified form of a trad|simp pair without pinyin', () => {
    expect(formatSense('abbr. for 遼源市|辽源市')).toBe('abbr. for 辽源市');
  });

  it('writes a bare bracketed reading as pinyin', () => {
    expect(formatSense('behavior; conduct (Taiwan pr. [xing4])')).toBe('behavior; conduct (Taiwan pr. xìng)');
    expect(formatSense('also pr. hao3chu4')).toBe('also pr. hǎochù');
  });

  it('leaves ordinary English alone', () => {
    expect(formatSense('to revive; to revitalize')).toBe('to revive; to revitalize');
  });
});

describe('pinyin notation', () => {
  it('places tone marks by the standard rules', () => {
    expect(['hao3', 'gou3', 'gui4', 'lu:4', 'de5', 'Er4'].map(markSyllable)).toEqual(['hǎo', 'gǒu', 'guì', 'lǜ', 'de', 'Èr']);
  });

  it("joins a word's syllables and separates syllables with an apostrophe where needed", () => {
    expect(readablePinyin('Xi1 an1')).toBe("Xī'ān");
    expect(readablePinyin('nu:3 er2')).toBe("nǚ'ér");
  });
});

describe('definitionsFor', () => {
  it('follows a "see …" entry to its target: 辽源 explains the city', () => {
    const defs = definitionsFor('辽源');
    expect(defs[0]).toMatch(/Liaoyuan, prefecture-level city in Jilin/);
    expect(defs.join(' ')).not.toMatch(/\|\[|\[Liao2/);
  });

  it('follows "see" to the word\'s own longer name even beside other senses: 南京, 和田 say where they are', () => {
    expect(definitionsFor('南京')[0]).toMatch(/^Nanjing, sub-provincial city/);
    expect(definitionsFor('和田').slice(0, 2).join(' ')).toMatch(/Hotan/);
    expect(definitionsFor('和田').join(' ')).not.toMatch(/^see /);
    expect(definitionsFor('和田')).toContain('Wada (Japanese surname and place name)');
  });

  it('follows "variant of" to the real senses', () => {
    expect(definitionsFor('箇')[0]).toMatch(/classifier/);
    // An erhua form says what it means, not only "erhua variant of 一点".
    expect(definitionsFor('一点儿')[0]).toMatch(/a little/);
    expect(definitionsFor('一个劲儿')[0]).not.toMatch(/variant/);
  });

  it('keeps "also written …" beside real senses as a spelling note, not the other word\'s senses (磨叽 is not "ink marks")', () => {
    const senses = definitionsFor('磨叽');
    expect(senses.slice(0, 2).join(' ')).toMatch(/dawdle|waste time/);
    expect(senses.join(' ')).not.toMatch(/ink marks/);
    expect(senses[senses.length - 1]).toMatch(/^also written 墨迹/);
  });

  it('puts the common verb before the district for 振兴, and a place first when tagged as a name', () => {
    expect(definitionsFor('振兴', { tag: 'v' })[0]).toMatch(/to revitalize/);
    expect(definitionsFor('振兴')[0]).toMatch(/to revitalize/);
    expect(definitionsFor('李', { tag: 'nr' })[0]).toBe('surname Li');
    expect(definitionsFor('龙山', { tag: 'ns' })[0]).toMatch(/Longshan/);
  });

  it('does not let a doubtful place tag push a surname or a continent ahead of the word', () => {
    expect(definitionsFor('东', { tag: 'ns', pinyin: ['dōng'] })[0]).toBe('east');
    expect(definitionsFor('美', { tag: 'ns', pinyin: ['měi'] })[0]).toMatch(/beautiful/);
    expect(definitionsFor('东北', { tag: 'ns' })[0]).toMatch(/Northeast China/);
  });

  it('puts the common word before a district or county that shares its characters, even when tagged a place', () => {
    expect(definitionsFor('新建', { tag: 'ns' })[0]).toBe('new construction');
    expect(definitionsFor('牡丹', { tag: 'ns' })[0]).toMatch(/tree peony/);
    expect(definitionsFor('长寿', { tag: 'ns' })[0]).toBe('longevity');
    // Countries, cities and seas keep the place first: Samsung, Hamburg, the Mediterranean.
    expect(definitionsFor('三星', { tag: 'nz' })[0]).toMatch(/Samsung/);
    expect(definitionsFor('汉堡', { tag: 'ns' })[0]).toMatch(/Hamburg/);
    expect(definitionsFor('地中海', { tag: 'ns' })[0]).toMatch(/Mediterranean/);
    // The district written as one: 新建区.
    expect(definitionsFor('新建区', { tag: 'ns' })[0]).toMatch(/Xinjian, a district/);
  });

  it('gives everyday senses before those of a specialist field or an old register', () => {
    expect(definitionsFor('质量')[0]).toMatch(/^quality/);
    expect(definitionsFor('质量')).toContain('(physics) mass');
    expect(definitionsFor('派', { pinyin: ['pài'] })[0]).toMatch(/^clique/);
  });

  it('uses the reading heard in context to pick the entry', () => {
    expect(definitionsFor('行', { pinyin: ['háng'] })[0]).toMatch(/row/);
    expect(definitionsFor('行', { pinyin: ['xíng'] })[0]).toMatch(/to walk/);
    expect(definitionsFor('长', { pinyin: ['zhǎng'] })).toContain('chief');
    expect(definitionsFor('长', { pinyin: ['cháng'] })[0]).toBe('long');
  });

  it('puts the character running text means before a rare one it stands for', () => {
    // 只 zhī is 隻 (classifier for animals) far more often than 秖 (ripening grain); 年 is "year", not 秊 "grain".
    expect(definitionsFor('只', { pinyin: ['zhī'], tag: 'q' })[0]).toMatch(/^classifier for birds/);
    expect(definitionsFor('年', { pinyin: ['nián'], tag: 'm' })[0]).toBe('year');
    expect(definitionsFor('冬', { pinyin: ['dōng'], tag: 'n' })[0]).toBe('winter');
    // …and the one that fits the part of speech: 松 in 松了口气 is the verb (鬆), not the pine.
    expect(definitionsFor('松', { pinyin: ['sōng'], tag: 'v' })[0]).toBe('loose');
    expect(definitionsFor('松', { pinyin: ['sōng'], tag: 'n' })[0]).toBe('pine');
  });

  it('never repeats a sense', () => {
    for (const word of ['个', '么', '一', '发改委', '行']) {
      const defs = definitionsFor(word);
      expect(new Set(defs).size).toBe(defs.length);
    }
  });

  it('answers nothing for an unknown word', () => {
    expect(definitionsFor('李鹏飞')).toEqual([]);
  });
});

describe('everyday senses first', () => {
  const first = (sentence: string, word: string) => annotate(sentence).find((t) => t.text === word)?.definitions[0];

  it('leads with the sense a learner meets, not the older one CC-CEDICT lists first', () => {
    expect(first('王先生来了。', '先生')).toMatch(/^gentleman; sir; mister/);
    expect(first('我没有钱。', '钱')).toBe('money');
    expect(first('这个办法一般。', '一般')).toBe('ordinary');
    expect(first('他的水平很高。', '水平')).toMatch(/^a standard; a level/);
    expect(first('妈妈让我去买菜。', '让')).toBe('to let sb do sth');
  });

  it('only among the senses of the reading heard', () => {
    expect(first('把音量调小一点。', '调')).toBe('to adjust');
    expect(first('他被调到北京工作。', '调')).not.toBe('to adjust');
  });

  it('names, for every word listed, a sense its dictionary entry has', () => {
    for (const word of usualSenseWords()) {
      const start = usualSense(word) ?? '';
      expect(entriesFor(word).some((e) => formatEntry(e).some((d) => d.startsWith(start))), word).toBe(true);
    }
  });
});

describe('the sense a word leads with', () => {
  const first = (text: string, word: string) => annotate(text).find((t) => t.text === word)?.definitions[0];

  it('keeps a word\'s everyday sense first whatever jieba tags it (绿化率), not slang or a place\'s usage (阿鲁巴), and a classifier\'s own sense (一项)', () => {
    expect(first('城市绿化率提高了。', '绿化率')).toMatch(/^绿化 \(lǜhuà\) to make green/);
    expect(first('阿鲁巴是加勒比海的岛屿。', '阿鲁巴')).toMatch(/^Aruba/);
    expect(first('完成了一项工作。', '项')).toMatch(/^classifier/);
  });

  it('leads with a plain sense before slang, a field\'s term or an old usage, when the word has one (基调, 惰性)', () => {
    expect(first('定下工作总基调。', '基调')).toBe('keynote (speech)');
    expect(first('克服思想惰性。', '惰性')).toBe('apathy');
    // All its senses are a field's: they stay in CC-CEDICT's order.
    expect(first('水分子由氢和氧组成。', '分子')).toMatch(/molecule/);
  });
});
