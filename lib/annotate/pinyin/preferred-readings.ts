/**
 * Words CC-CEDICT lists with several readings where one is by far the usual one in modern
 * prose, so neither the dictionary nor pinyin-pro can be left to pick. Keep this short: each
 * entry names the sense it stands for.
 */
import type { Numbered } from './syllable';

const PREFERRED: ReadonlyMap<string, readonly Numbered[]> = new Map([
  // vacant lot; kōngdì "air-to-ground" is a military term
  ['空地', ['kong4', 'di4']],
  // 享受到了, 看到了: the perfective le; CEDICT's dào liǎo "finally" is rare in prose
  ['到了', ['dao4', 'le5']],
  // the Ming dynasty; míngzhāo "tomorrow morning" is literary
  ['明朝', ['ming2', 'chao2']],
  // to stroll, to walk an animal (遛狗, 遛鸟); liú is only the second syllable of the variant 逗遛
  ['遛', ['liu4']],
]);

export function preferredReading(word: string, index: number): Numbered | null {
  return PREFERRED.get(word)?.[index] ?? null;
}
