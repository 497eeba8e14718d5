import { describe, expect, it } from 'vitest';
import { searchEntries } from './search';
import { fixtureEntries } from './test-fixtures';

const entries = fixtureEntries();
const find = (q: string) => searchEntries(entries, q).map((e) => e.simplified);

describe('searchEntries', () => {
  it('matches pinyin typed without tones, with or without spaces', () => {
    expect(find('dongshizhang')).toEqual(['董事长']);
    expect(find('dong shi')).toEqual(['董事长']);
    expect(find('DongShi')).toEqual(['董事长']);
    expect(find('lu')).toContain('绿色');
    expect(find('xian')).toEqual(['西安']);
  });

  it('matches pinyin with tone marks, and respects them', () => {
    expect(find('dǒngshìzhǎng')).toEqual(['董事长']);
    expect(find('dǒng shì')).toEqual(['董事长']);
    expect(find('dòng')).toEqual([]);
    expect(find('lǜ')).toEqual(['绿色']);
  });

  it('matches numbered pinyin, where a missing number means any tone', () => {
    expect(find('dong3 shi4')).toEqual(['董事长']);
    expect(find('dong3shi4zhang3')).toEqual(['董事长']);
    expect(find('dong shi4')).toEqual(['董事长']);
    expect(find('dong4')).toEqual([]);
    expect(find('lv4')).toEqual(['绿色']);
    expect(find('lu:4 se4')).toEqual(['绿色']);
    expect(find('lü4')).toEqual(['绿色']);
  });

  it('matches English senses', () => {
    expect(find('chairman')).toEqual(['董事长']);
    expect(find('Green')).toEqual(['绿色']);
    expect(find('share')).toEqual(['A股']);
  });

  it('matches simplified or traditional characters', () => {
    expect(find('董事')).toEqual(['董事长']);
    expect(find('綠')).toEqual(['绿色']);
    expect(find('股')).toEqual(['A股']);
  });

  it('returns everything for an empty query and nothing for nonsense', () => {
    expect(find('  ')).toHaveLength(entries.length);
    expect(find('zzz')).toEqual([]);
  });
});
