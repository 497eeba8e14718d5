/**
 * Words CC-CEDICT lists with several readings where one is by far the usual one in modern
 * prose, so neither the dictionary nor pinyin-pro can be left to pick. Keep this short: each
 * entry names the sense it stands for.
 */
import type { Numbered } from './syllable';

const PREFERRED: ReadonlyMap<string, readonly Numbered[]> = new Map([
  // rising instead of falling, and the reverse (prices, rates): 降 jiàng, not xiáng "surrender"
  ['不升反降', ['bu4', 'sheng1', 'fan3', 'jiang4']],
  ['不降反升', ['bu4', 'jiang4', 'fan3', 'sheng1']],
  // shredded dried tofu (大煮干丝, a Yangzhou dish): 干 gān "dried"
  ['干丝', ['gan1', 'si1']],
  ['大煮干丝', ['da4', 'zhu3', 'gan1', 'si1']],
  // bullfighting (斗牛节, 看斗牛); Dǒu Niú, two lunar mansions, is astronomy
  ['斗牛', ['dou4', 'niu2']],
  // Huazhou, a district of Weinan in Shaanxi (the old Hua county): 华 Huà as in 华山, which names it
  ['华州', ['hua4', 'zhou1']],
  ['华州区', ['hua4', 'zhou1', 'qu1']],
  // Jianli, a city in Hubei: said Jiānlì there (CC-CEDICT writes Jiàn)
  ['监利', ['jian1', 'li4']],
  ['监利市', ['jian1', 'li4', 'shi4']],
  // vacant lot; kōngdì "air-to-ground" is a military term
  ['空地', ['kong4', 'di4']],
  // hand in hand (手把手地教): 把手 "handle" inside it is no word here
  ['手把手', ['shou3', 'ba3', 'shou3']],
  // the people's most pressing concerns, urgent, difficult, worrying, longed for (a slogan): 难 nán
  ['急难愁盼', ['ji2', 'nan2', 'chou2', 'pan4']],
  // 享受到了, 看到了: the perfective le; CEDICT's dào liǎo "finally" is rare in prose
  ['到了', ['dao4', 'le5']],
  // the Ming dynasty; míngzhāo "tomorrow morning" is literary
  ['明朝', ['ming2', 'chao2']],
  // to stroll, to walk an animal (遛狗, 遛鸟); liú is only the second syllable of the variant 逗遛
  ['遛', ['liu4']],
  // the Nalati grassland of Xinjiang: 提 tí (CC-CEDICT writes dī)
  ['那拉提草原', ['na4', 'la1', 'ti2', 'cao3', 'yuan2']],
    // 於 in today's text is the old form of the preposition 于 (於斯为盛 "here"); wū "Ah!" is 於戏's
  ['於', ['yu2']],
  // who: shéi is the everyday reading and CC-CEDICT's (its entry says "also pr. shuí"), as
  // textbooks print it; pinyin-pro gives shuí
  ['谁', ['shei2']],
  // a bunk on a train or in a dormitory (pù, as in 床铺), words CC-CEDICT lacks
  ['上铺', ['shang4', 'pu4']],
  ['中铺', ['zhong1', 'pu4']],
  ['下铺', ['xia4', 'pu4']],
  // total length (雪道总长五十公里); zǒngzhǎng, cabinet ministers of 1912–1927, is history
  ['总长', ['zong3', 'chang2']],
  // to ponder, to think over (反复琢磨, 琢磨着); zhuómó "to carve jade" is literal or literary
  ['琢磨', ['zuo2', 'mo5']],
  // Always light in the standard dictionary and in textbooks (舒服 shū·fu, not the optional light
  // of 关系 guānxì or 力量 lìliàng), on a character with several readings, which keeps its full tone
  // otherwise (see fullToneReading in ./engine). Not 收拾 or 困难: CPP reads them with full tones.
  ['舒服', ['shu1', 'fu5']],
  ['不舒服', ['bu4', 'shu1', 'fu5']],
  ['意思', ['yi4', 'si5']],
  ['有意思', ['you3', 'yi4', 'si5']],
  ['没意思', ['mei2', 'yi4', 'si5']],
  ['打听', ['da3', 'ting5']],
  ['商量', ['shang1', 'liang5']],
]);

export function preferredReading(word: string, index: number): Numbered | null {
  return PREFERRED.get(word)?.[index] ?? null;
}

/**
 * Words CC-CEDICT lists twice, once with a light (neutral) syllable for the everyday word and once
 * with the full tone for a rarer sense: 东西 dōngxi "thing" but dōngxī "east and west", 告诉
 * gàosu "to tell" but gàosù "to press charges". pinyin-pro reads them all with full tones, which
 * also put the rare sense first in the word's definitions. Asked after the context rules, so a
 * rule can still pick the full tone where the context calls for it (地方政府 dìfāng, 多少有点
 * duōshǎo). Words whose full-tone sense is the usual one (精神, 土地, 过去, 不是) are not listed,
 * nor those whose everyday sense may also be read with the full tone (好处 hǎochù, 分量 fènliàng:
 * their senses still lead, see readingMatch in ../definitions).
 */
const USUAL: ReadonlyMap<string, readonly (Numbered | null)[]> = new Map([
  ['东西', [null, 'xi5']], // thing, stuff
  ['多少', [null, 'shao5']], // how many, how much
  ['告诉', [null, 'su5']], // to tell
  ['妻子', [null, 'zi5']], // wife
  ['地方', [null, 'fang5']], // place
  ['故事', [null, 'shi5']], // story
  ['生意', [null, 'yi5']], // business
  ['结实', [null, 'shi5']], // sturdy
  ['大方', [null, 'fang5']], // generous
  ['人家', [null, 'jia5']], // other people, someone else
  ['口音', [null, 'yin5']], // accent
  ['本事', [null, 'shi5']], // ability
  ['得罪', [null, 'zui5']], // to offend
  ['把手', [null, 'shou5']], // handle
  ['裁缝', [null, 'feng5']], // tailor
  ['出息', [null, 'xi5']], // prospects
  ['媳妇', [null, 'fu5']], // wife
  ['买卖', [null, 'mai5']], // business, trade
  ['大爷', [null, 'ye5']], // uncle
  ['工夫', [null, 'fu5']], // time, effort
  ['小子', [null, 'zi5']], // boy, lad
  ['单子', [null, 'zi5']], // list, bill
  ['说法', [null, 'fa5']], // way of putting it, statement
]);

export function usualReading(word: string, index: number): Numbered | null {
  return USUAL.get(word)?.[index] ?? null;
}
