import { readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { describe, expect, it } from 'vitest';
import { finishedSenses, hasWord, jiebaDictionaryFile, jiebaFrequency, jiebaTag, lookup, storedAlone, variantOf } from './dictionary';
import { readAlone } from './pinyin/alone';
import { formatEntryWith, variantTarget } from './senses';

describe('dictionary', () => {
  it('finds a word by its simplified and its traditional form', () => {
    const simplified = lookup('振兴');
    expect(simplified.map((e) => e.pinyin)).toEqual(expect.arrayContaining(['zhen4 xing1', 'Zhen4 xing1']));
    expect(lookup('振興')).toEqual(simplified);
    expect(simplified.find((e) => e.pinyin === 'zhen4 xing1')?.senses[0]).toMatch(/to revive/);
  });

  it('keeps the raw CC-CEDICT senses and every reading of a character', () => {
    const readings = lookup('行').map((e) => e.pinyin);
    expect(readings).toEqual(expect.arrayContaining(['hang2', 'xing2']));
    expect(lookup('辽源')[0]?.senses[0]).toBe('see 遼源市|辽源市[Liao2 yuan2 Shi4]');
  });

  it('gives measure words, HSK level and frequency rank', () => {
    const bank = lookup('银行')[0];
    expect(bank?.classifiers.map((c) => c.simplified)).toContain('家');
    expect(bank?.hsk).toBe(3);
    expect(bank?.frequency).toBeGreaterThan(0);
  });

  it('answers unknown and odd input without throwing', () => {
    expect(lookup('')).toEqual([]);
    expect(lookup('\u0000\ud800')).toEqual([]);
    expect(hasWord('鳞次栉比')).toBe(true);
    expect(hasWord('鱗次櫛比')).toBe(true);
    expect(hasWord('李鹏飞')).toBe(false);
  });

  it('carries senses finished at build time exactly as the engine would format them', () => {
    // Cross-references (辽源 → 辽源市), variants (箇 → 个), inline pinyin (台), plain senses (银行).
    const words = ['辽源', '箇', '個', '台', '银行', '行', '了', '长', '一语中的', '斯', '着', '只', '干', '乾', '麽', '這', '于', '於', '裡', '鳞次栉比'];
    let formattedDiffers = 0;
    for (const word of words) {
      for (const entry of lookup(word)) {
        const runtime = formatEntryWith(entry, lookup);
        expect(finishedSenses(entry), `${word} ${entry.pinyin}`).toEqual(runtime);
        expect(variantOf(entry), `${word} ${entry.pinyin}`).toBe(variantTarget(entry.senses));
        if (runtime.join() !== entry.senses.join()) formattedDiffers++;
      }
    }
    // The sample must exercise the stored column, not only rows whose senses need no formatting.
    expect(formattedDiffers).toBeGreaterThan(3);
    expect(lookup('箇').some((e) => variantOf(e) === '个')).toBe(true);
  });

  it("stores pinyin-pro's reading of each headword alone, equal to asking pinyin-pro", () => {
    // Words where pinyin-pro agrees with the entry (振兴), differs from it (东西 dōngxi vs xī,
    // 行 with several entries), traditional forms (振興, 銀行) and non-Han headwords (AA制, 3C).
    const words = ['振兴', '振興', '东西', '行', '银行', '銀行', '长', '一语中的', '了', '着', 'AA制', '3C', 'T恤', '卡拉OK', '𰻝𰻝面'];
    for (const word of words) {
      if (lookup(word).length === 0) continue;
      expect(storedAlone(word), word).toEqual(readAlone(word));
    }
    expect(storedAlone('李鹏飞')).toBeUndefined();
  });

  it("gives jieba's own tag for every word jieba cuts (x for Han words outside its dictionary)", () => {
    const jieba = Jieba.withDict(readFileSync(jiebaDictionaryFile()));
    const text = '龙山区委书记李鹏飞一语中的解放思想永无止境实践发展永不止步隋二龙郑力忠庞智源在辽源市干劲十足地系鞋带';
    const tagged = jieba.tag(text, true);
    expect(tagged.some((t) => t.tag === 'x')).toBe(true);
    for (const t of tagged) expect(jiebaTag(t.word) ?? 'x', t.word).toBe(t.tag);
  });

  it("gives jieba's count for a word from its dictionary, 0 for a word it lacks", () => {
    const counts = new Map(readFileSync(jiebaDictionaryFile(), 'utf8').split('\n').slice(0, 2000).map((l) => l.split(' ')).map(([w, f]) => [w ?? '', Number(f)]));
    for (const [word, count] of counts) if (word) expect(jiebaFrequency(word), word).toBe(count);
    expect(jiebaFrequency('展厅')).toBeGreaterThan(50);
    expect(jiebaFrequency('不是一个词语')).toBe(0);
  });
});
