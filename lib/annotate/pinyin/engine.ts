/**
 * Reading choice for one run of segments. Order of evidence, strongest first:
 *   1. the dictionary reading of the word the character sits in, when CC-CEDICT gives that
 *      position a single reading (proper-noun entries only for name/place tags); a segment
 *      CEDICT does not know is first split into the longest CEDICT words it contains;
 *   2. context rules for the function words whose reading follows from grammar rather than
 *      from the word (得 地 为 了 着 还 …, see rules.ts);
 *   3. for a word with several dictionary readings, pinyin-pro's choice among them;
 *   4. contexts learned from CPP dev that always went with one reading, then the learned
 *      per-character prior where it is lopsided against pinyin-pro;
 *   5. pinyin-pro's own choice.
 * Then 一/不 sandhi runs over the whole sequence, across segment boundaries.
 */
import { pinyin as pinyinPro, polyphonic } from 'pinyin-pro';
import type { Segment } from '../types';
import { ContextModel, top, type ContextFeatures } from './context-model';
import { hasWord, jiebaFrequency, nameData, sharedEntries, storedAlone } from '../dictionary';
import { clearHanCache, HAN, partsSaidOtherwise, pinyinProByOffset, readAlone } from './alone';
import { clearWordReadings, wordReadings, type WordReading } from './lexicon';
import { preferredReading, usualReading } from './preferred-readings';
import { remember } from '../remember';
import { foreignSounding, isCommonSurname, isTopSurname, potentialParts, THING_MAKING_SUFFIXES } from '../segment';
import { contextRule, hasAloneRule, hasRule, isRuleWord, ruleBeforeDictionary, SURNAME_READINGS, type RuleContext } from './rules';
import { citationOf, spokenAt, type SandhiChar } from './sandhi';
import { baseOf, clearSyllableCaches, toMarked, toneOf, withTone, type Numbered, normaliseNumbered } from './syllable';

/**
 * Syllables of one segment. Read-only: a segment whose reading follows from its words alone gets
 * arrays shared with every other occurrence (frozen).
 */
export type SegmentPinyin = { readonly pinyin: readonly string[]; readonly citation: readonly string[] };

export type EngineOptions = {
  model: ContextModel | null;
  /** A learned context must have been seen this often to be trusted. */
  minContextCount: number;
  /** The learned prior overrides pinyin-pro when its top reading has at least this share… */
  priorShare: number;
  /** …and at least this many observations. */
  priorCount: number;
};

/** Particles and suffixes whose light tone is their grammar (看得见, 地上, 心里, 对不起), see decide(). */
const LIGHT = new Set(Array.from('得地的了着过么们吗呢吧啊嘛呀子头上里不一'));

const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt']);
/** Chinese personal names; nrt (transliterated foreign names: 塞西尔, 马什) take no surname readings. */
const CHINESE_NAME_TAGS = new Set(['nr', 'nrfg']);
const PROPER_TAGS = new Set(['nr', 'nrfg', 'nrt', 'ns', 'nt', 'nz']);
const LONGEST_SUBWORD = 6;

function choosableReadings(entries: readonly WordReading[], tag: string): readonly WordReading[] {
  if (entries.length === 0) return entries;
  const wantProper = PROPER_TAGS.has(tag);
  const preferred = entries.filter((e) => e.proper === wantProper);
  // Kept per unit: the list itself when nothing was dropped, else a copy at its final size (see segmentInfo).
  return preferred.length > 0 && preferred.length < entries.length ? preferred.slice() : entries;
}

function readingsAt(entries: readonly WordReading[], index: number): readonly Numbered[] {
  // Most positions asked about sit in a unit without dictionary readings: nothing to allocate.
  if (entries.length === 0) return NO_READINGS;
  // The distinct readings in entry order: a list of one or two, cheaper to make than a Set.
  const out: Numbered[] = [];
  for (const e of entries) {
    const s = e.syllables[index];
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

const NO_READINGS: readonly Numbered[] = Object.freeze([]);

/**
 * The units readings are chosen over: the segments, except that a multi-character segment
 * CEDICT does not know (jieba's HMM guesses such as 地能种, 很差, 系鞋带) is split into the
 * longest CEDICT words it contains, so each character still gets "the word it sits in".
 * Names stay whole: their characters take surname readings instead.
 */
function readingUnits(seg: Segment): { unit: Segment; first: boolean; last: boolean; chars?: readonly string[] }[] {
  const chars = Array.from(seg.text);
  if (chars.length < 2 || !chars.every((c) => HAN.test(c)) || wordReadings(seg.text).length > 0) {
    // The whole segment: its characters go along, so unitInfo need not split the text again.
    return [{ unit: { text: seg.text, tag: seg.tag }, first: true, last: true, chars }];
  }
  // 生长|期, 利用|率: a word and the suffix that makes a thing of it, read as the word (生长 shēngzhǎng,
  // not 生|长期 cháng).
  const head = chars.length === 3 && THING_MAKING_SUFFIXES.has(chars[2] ?? '') ? chars.slice(0, 2).join('') : '';
  const pieces = head && wordReadings(head).length > 0 ? [head, chars[2] ?? ''] : longestWords(chars);
  // A phrase said otherwise than its words (短发 duǎn fà) is read whole, and so is a verb that can
  // or cannot reach its result (学不会: its 不 is light there, not 不会 "will not").
  // (Or one with a reading of its own, 手把手: its 把手 is no "handle".)
  if (!NAME_TAGS.has(seg.tag) && (partsSaidOtherwise(seg.text, pieces, storedAlone) !== undefined || potentialParts(seg.text) !== undefined || preferredReading(seg.text, 0) !== null)) return [{ unit: { text: seg.text, tag: seg.tag }, first: true, last: true, chars }];
  const wordsOnly = pieces.every((p) => Array.from(p).length > 1);
  if (looksLikeChineseName(seg, chars) && !wordsOnly) {
    // Tagged nr so decide() gives the first character its surname reading.
    return [{ unit: { text: seg.text, tag: 'nr' }, first: true, last: true, chars }];
  }
  if ((NAME_TAGS.has(seg.tag) || (seg.tag === 'ns' && placeReadWhole(seg.text, pieces))) && !wordsOnly) return [{ unit: { text: seg.text, tag: seg.tag }, first: true, last: true, chars }];
  // A "name" made entirely of dictionary words is the name recogniser misfiring (干劲十足).
  // Pieces keep the segment's tag (x for a misfired name): a rough guess, but neighbours' rules need some tag.
  const tag = NAME_TAGS.has(seg.tag) ? 'x' : seg.tag;
  return pieces.map((text, k) => ({ unit: { text, tag }, first: k === 0, last: k === pieces.length - 1 }));
}

/**
 * 趵|突泉: a place whose name pinyin-pro knows reads a character no word holds otherwise than
 * that character alone (趵 bào, not bō): read whole, as is a place of such characters only
 * (大|觉|寺 jué, 益|都 dū). Not where a word of the
 * name would lose its own reading (石头 of 大石头镇 is shítou, not shítóu), nor with 一 or 不,
 * whose tone the next syllable decides.
 */
function placeReadWhole(text: string, pieces: readonly string[]): boolean {
  if (pieces.every((p) => p.length > 1) || text.includes('一') || text.includes('不')) return false;
  // (A name of characters no word holds, 大|觉|寺, is read as a whole, as a person's name is.)
  if (pieces.every((p) => p.length === 1 || Array.from(p).length === 1)) return true;
  const whole = readAlone(text);
  let at = 0;
  let differs = false;
  for (const piece of pieces) {
    const said = storedAlone(piece) ?? readAlone(piece);
    for (let k = 0; k < said.length; k++) {
      if (said[k] === whole[at + k]) continue;
      if (piece.length > 1) return false;
      differs = true;
    }
    at += said.length;
  }
  return differs;
}

/** A reading unit with everything about it that does not depend on its neighbours. */
type UnitInfo = {
  unit: Segment;
  /** False for the later pieces of a segment split into dictionary words (客|流量: 量 is a suffix there). */
  first: boolean;
  /** False for the earlier pieces of such a segment (儿 of 儿|茶|酚胺). */
  last: boolean;
  chars: readonly string[];
  han: readonly boolean[];
  /** pinyin-pro's reading of each character, asked about the unit alone (null for non-Han). */
  pp: readonly (Numbered | null)[];
  /** The surname reading of a Chinese name's first character, where it differs from pp (曾 Zēng, 单 Shàn). */
  surname: Numbered | null;
  /** CEDICT readings of a multi-character unit, proper-noun entries only for name and place tags. */
  entries: readonly WordReading[];
  /**
   * The citation reading where the unit alone settles it: a character with one possible reading,
   * or one the word's dictionary entry fixes (see settledByWord). Undefined where decide() must
   * look at the neighbours; null for non-Han characters.
   */
  fixed: readonly (Numbered | null | undefined)[];
};

/**
 * Running text repeats its words, and almost everything readSegments needs about a word does not
 * depend on where it stands: it is worked out once per segment text and tag and kept (bounded).
 */
/** A segment's reading units, and its readings when the units alone settle all of them. */
type SegmentInfo = {
  tag: string;
  units: readonly UnitInfo[];
  /** Code points in the segment. */
  length: number;
  /**
   * The segment's syllables when every character is settled by its unit and none is 一 or 不
   * (whose spoken tone depends on the next word): frozen, and shared by every occurrence.
   */
  settled: SegmentPinyin | undefined;
};

/** By segment text; a text has one entry per tag it was seen with. */
const segmentInfoCache = new Map<string, SegmentInfo[]>();
/**
 * The same for one-character segments (two in five, punctuation included), by character code:
 * a small map that stays in the processor's cache, and a number to hash instead of a new string.
 */
const characterInfoCache = new Map<number, SegmentInfo[]>();

/** Forgets everything worked out per word and character here (benchmarks of unseen text). */
export function clearUnitCache(): void {
  segmentInfoCache.clear();
  characterInfoCache.clear();
  longestCache.clear();
  unitCache.clear();
  surnameCache.clear();
  variable.clear();
  wordOnlyCache.clear();
  clearWordReadings();
  clearHanCache();
  clearSyllableCaches();
}

function segmentInfo(seg: Segment, model: ContextModel | null): SegmentInfo {
  const code = seg.text.length === 1 ? seg.text.charCodeAt(0) : -1;
  const list = code >= 0 ? characterInfoCache.get(code) : segmentInfoCache.get(seg.text);
  if (list) {
    for (const info of list) if (info.tag === seg.tag) return info;
  }
  const units = readingUnits(seg).map(({ unit, first, last, chars }) => unitInfo(unit, first, last, model, chars));
  let length = 0;
  let allFixed = true;
  for (const u of units) {
    length += u.chars.length;
    for (let i = 0; i < u.chars.length; i++) {
      const char = u.chars[i];
      if (u.fixed[i] === undefined || char === '一' || char === '不') allFixed = false;
    }
  }
  const info: SegmentInfo = { tag: seg.tag, units, length, settled: allFixed ? settledReading(units, length) : undefined };
  // Arrays kept per word are made at their final size: one grown by push() keeps room for 16
  // more items, which over thousands of new words made garbage collection measurably slower.
  if (list) list.push(info);
  else if (code >= 0) remember(characterInfoCache, code, [info], UNIT_CACHE_LIMIT);
  else remember(segmentInfoCache, seg.text, [info], UNIT_CACHE_LIMIT);
  return info;
}

/** The syllables of a segment whose units settle every character (see SegmentInfo.settled). */
/**
 * Whether CC-CEDICT gives the character a verb's sense ("to count"): one that may be said twice
 * around 一, 不 or 了 (数一数), where 家 of 他家|一家三口 is a noun met again. (Not by jieba's tag,
 * which calls 数 there a noun.)
 */
function verbCharacter(char: string): boolean {
  return SAID_TWICE_AS_VERBS.has(char) || sharedEntries(char).some((e) => /^[a-z]/.test(e.pinyin) && e.senses.some((x) => /^(?:\([^)]*\) )?to [a-z]/.test(x)));
}

/** Qualities said twice around 一 as something done (稳一稳 "steady things a bit", 静一静), though CC-CEDICT gives them no verb's sense. */
const SAID_TWICE_AS_VERBS = new Set([...'稳静凉暖松缓醒乐美']);

function settledReading(units: readonly UnitInfo[], length: number): SegmentPinyin {
  const marks = new Array<string>(length);
  let k = 0;
  for (const u of units) {
    for (const r of u.fixed) marks[k++] = r ? toMarked(r) : '';
  }
  const frozen = Object.freeze(marks);
  return Object.freeze({ pinyin: frozen, citation: frozen });
}

/** `chars`: the code points of unit.text, when the caller has them already. */
function unitInfo(unit: Segment, first: boolean, last: boolean, model: ContextModel | null, chars: readonly string[] = Array.from(unit.text)): UnitInfo {
  const han = chars.map((c) => HAN.test(c));
  const alone = unitReadings(unit.text);
  const pp = chars.map((_c, i) => (han[i] ? (alone[i] ?? null) : null));
  // (Not a pet name said twice, 乐乐 Lèle: no surname there.)
  const surnameRaw = CHINESE_NAME_TAGS.has(unit.tag) && chars.length > 1 && han[0] && !(chars.length === 2 && chars[0] === chars[1]) ? surnameReading(unit.text) : null;
  // (A Chinese name, a common surname and given-name characters, keeps it even where pinyin-pro
  // reads the character so anyway, 柏长青 Bǎi: the context statistics would otherwise read the 柏
  // of 柏林. A foreign name, 柏格森, goes by them.)
  const surname = surnameRaw !== pp[0] || (surnameRaw !== null && chars.length <= 3 && isCommonSurname(chars[0] ?? '') && chars.slice(1).every((c) => nameData().givenNameChars.has(c)) && !foreignSounding(chars.slice(1).join(''))) ? surnameRaw : null;
  const entries = chars.length > 1 ? choosableReadings(wordReadings(unit.text), unit.tag) : [];
  // 小曾, 老单: someone called by surname, which takes its surname reading (Zēng, Shàn) after 小, 老 or 阿.
  // (After 阿 a given name is as likely, 阿乐 Ā Lè: the surname reading only for one of the commonest surnames.)
  const familiar = surnameRaw !== null && chars.length === 2 && entries.length === 0 && (/^[小老]$/u.test(chars[0] ?? '') || (chars[0] === '阿' && isTopSurname(chars[1] ?? ''))) && han[1] ? surnameReading(chars[1] ?? '') : null;
  // Most characters have one reading: pinyin-pro's is final, and the context machinery is skipped.
  // A phrase CEDICT lacks that pinyin-pro reads otherwise than its words (短发 duǎn fà, 发 alone
  // fā) is one pinyin-pro knows as a phrase: its reading of those characters is final.
  const partsSay = chars.length === 2 && entries.length === 0 && !CHINESE_NAME_TAGS.has(unit.tag) ? partsSaidOtherwise(unit.text, longestWords(chars), storedAlone) : undefined;
  // A rule may read one of the word's characters as another word would (能干事: gàn shì, not the
  // noun gànshi): the entry's light tones then stand only where no character is a rule's.
  const settledWord = entries.length > 0 && !chars.some(hasRule);
  // A word with a rule of its own (地道) is read in context whatever its characters are.
  const wordRule = chars.length > 1 && isRuleWord(unit.text);
  // 长不大, 挡得住: a verb that can or cannot reach its result reads as the verb with its result
  // (长大 zhǎngdà, 挡住), and its 不 or 得 is light.
  const potential = entries.length === 0 && chars.length >= 3 ? potentialReading(unit.text) : undefined;
  const fixed = chars.map((c, i) => {
    if (!han[i]) return null;
    if (i === 1 && familiar) return familiar;
    // 乐乐 Lèle, a pet name said twice: as names mean it (not 的乐 yuè "music" by context).
    const petName = chars.length === 2 && chars[0] === chars[1] && CHINESE_NAME_TAGS.has(unit.tag) && entries.length === 0 ? PET_NAME_READINGS.get(c) : undefined;
    if (petName) return petName;
    // 冯少华, 刘少奇: in a given name 少 is shào "young", as names mean it (not shǎo "few").
    if (c === '少' && i > 0 && surnameRaw !== null && entries.length === 0) return 'shao4';
    if (potential) {
      const own = potential[i] ?? (i === 0 ? POTENTIAL_VERB_READINGS.get(c) : undefined);
      if (own) return own;
      // (A verb its rule reads in context, 干不了: left to decide.)
      return i === 0 && POTENTIAL_BY_RULE.has(c) ? undefined : (pp[i] ?? null);
    }
    if (partsSay && pp[i] && partsSay[i] !== pp[i]) return pp[i];
    // The everyday reading of a word CEDICT splits by tone (东西 dōngxi), unless a rule may decide (see decide).
    const usual = usualReading(unit.text, i);
    // (A word with a rule of its own decides in context too: 媳妇 xífù beside the in-laws.)
    if (usual && readingsAt(entries, i).includes(usual)) return hasRule(c) || wordRule || (chars.length === 1 && hasAloneRule(c)) ? undefined : usual;
    if (!mayVary(c, model) && !wordRule) return (settledWord ? lightInWord(entries, i, pp[i] ?? null) : undefined) ?? pp[i] ?? null;
    return settledByWord(c, i, unit.text, entries, i === 0 ? surname : null);
  });
  return { unit, first, last, chars, han, pp, surname, entries, fixed };
}

/** The readings of a verb with 不 or 得 before its result (see potentialParts in ../segment), or undefined; null where pinyin-pro's stands. */
function potentialReading(text: string): (Numbered | null)[] | undefined {
  const parts = potentialParts(text);
  // 爬不动, 睡不着 zháo, 受不了 liǎo: the verb as pinyin-pro has it, a light 不, the result's own reading.
  // (联系不上: a verb of two characters, read as a word, then 不 and the result.)
  if (parts?.built && parts.at === 2) {
    const verb = choosableReadings(wordReadings(Array.from(text).slice(0, 2).join('')), 'v')[0];
    return [...(verb?.syllables ?? [null, null]), 'bu5', BUILT_RESULT_READINGS[Array.from(text)[3] ?? ''] ?? null];
  }
  if (parts?.built) return [null, 'bu5', BUILT_RESULT_READINGS[Array.from(text)[2] ?? ''] ?? null, ...Array.from(text).slice(3).map(() => null)];
  const word = parts ? choosableReadings(wordReadings(parts.word), 'v')[0] : undefined;
  if (!parts || !word) return undefined;
  // (The result keeps its full tone there: 起来 qǐlai, but 起不来 qǐ bu lái.)
  const syllables: (Numbered | null)[] = word.syllables.map((x) => (toneOf(x) === 5 ? null : x));
  syllables.splice(parts.at, 0, parts.negative ? 'bu5' : 'de5');
  return syllables;
}

/** Characters a pet name said twice reads as names mean them, whatever the context says: 乐乐 Lèle "joy". */
const PET_NAME_READINGS: ReadonlyMap<string, Numbered> = new Map([['乐', 'le4']]);

/** Verbs read otherwise than alone when they can or cannot reach a result: 待不住 dāi "to stay". */
const POTENTIAL_VERB_READINGS: ReadonlyMap<string, Numbered> = new Map([['待', 'dai1']]);

/** Verbs whose rule reads their potential forms by the clause: 干不了 gàn "to do", but 衣服…干不了 gān "dry" (see gan in ./rules). */
const POTENTIAL_BY_RULE = new Set(['干']);

/** Readings of results that differ from the character's everyday one (see potentialReading). */
const BUILT_RESULT_READINGS: Readonly<Record<string, Numbered>> = { 了: 'liao3', 着: 'zhao2', 得: 'de2' };

/** Names the segmenter recognised: their first character takes its surname reading. */
function looksLikeChineseName(seg: Segment, chars: readonly string[]): boolean {
  return CHINESE_NAME_TAGS.has(seg.tag) && chars.length >= 2 && nameData().surnames.has(chars[0] ?? '') && !(chars.length === 2 && chars[0] === chars[1]);
}

/**
 * Longest-match split into CEDICT words, run both ways; the split with fewer pieces wins, and
 * on a tie the backward one, which suits Chinese compounds better (客流量 → 客|流量, not 客流|量).
 * Kept per text: the pinyin engine, the token's gloss and its traditional form all split a word
 * the dictionary lacks, and each split looks up every piece of up to six characters both ways.
 */
export function longestWords(chars: readonly string[]): readonly string[] {
  const text = chars.join('');
  const hit = longestCache.get(text);
  if (hit) return hit;
  // Code-unit offsets of the characters: pieces are slices of the text, not arrays joined.
  const offsets = new Array<number>(chars.length + 1);
  offsets[0] = 0;
  for (let i = 0; i < chars.length; i++) offsets[i + 1] = (offsets[i] ?? 0) + (chars[i]?.length ?? 0);
  const forward = longestMatch(text, offsets, false);
  const backward = longestMatch(text, offsets, true);
  // (On a tie, a word and the team, hall or station it names is the forward split: 羽毛球|队
  // "badminton + team", 步兵|团, not 羽毛|球队 "feather + sports team".)
  const named = forward.length === backward.length && forward.length === 2 && GROUP_SUFFIX.has(forward[1] ?? '');
  // (Otherwise, on a tie, the split of the clearly commoner words, by jieba's frequencies: 权益|保护|法,
  // not 权益|保|护法 "to keep the law"; 回头|一|看, not 回|头一|看.)
  const commoner = forward.length === backward.length && !named && wordScore(forward) > wordScore(backward) + Math.log(10);
  return remember(longestCache, text, forward.length < backward.length || named || commoner ? forward : backward, UNIT_CACHE_LIMIT);
}

/** How likely a split is, as jieba weighs one: the sum of its pieces' log frequencies. */
function wordScore(pieces: readonly string[]): number {
  let score = 0;
  for (const p of pieces) score += Math.log(jiebaFrequency(p) + 1);
  return score;
}

/** One character for the team, hall, station, works or department something names (队, 馆, 站; not 院 or 部: 工程|学院, 中|东部). */
const GROUP_SUFFIX = new Set(Array.from('队馆站厂店节赛局组班团系'));

const longestCache = new Map<string, readonly string[]>();

/**
 * Whether the piece of `chars` characters has a dictionary reading (see wordReadings): only a
 * CC-CEDICT word or four characters (AABB) can. Most pieces tried are not words, and the hash
 * probe of hasWord answers those without wordReadings keeping an empty list per piece.
 */
function readablePiece(piece: string, chars: number): boolean {
  return (chars === 4 || hasWord(piece)) && wordReadings(piece).length > 0;
}

/** `offsets`: where each character of `text` starts, in code units, and its length last. */
function longestMatch(text: string, offsets: readonly number[], fromEnd: boolean): string[] {
  const pieces: string[] = [];
  const n = offsets.length - 1;
  let i = fromEnd ? n : 0;
  while (fromEnd ? i > 0 : i < n) {
    let len = Math.min(LONGEST_SUBWORD, fromEnd ? i : n - i);
    for (; len > 1; len--) {
      const piece = fromEnd ? text.slice(offsets[i - len], offsets[i]) : text.slice(offsets[i], offsets[i + len]);
      if (readablePiece(piece, len)) break;
    }
    if (fromEnd) {
      pieces.push(text.slice(offsets[i - len], offsets[i]));
      i -= len;
    } else {
      pieces.push(text.slice(offsets[i], offsets[i + len]));
      i += len;
    }
  }
  // (Collected from the end backwards: turned around once, rather than an unshift per piece.)
  if (fromEnd) pieces.reverse();
  return pieces;
}

export function readSegments(segments: readonly Segment[], opts: EngineOptions): SegmentPinyin[] {
  const segInfos = segments.map((seg) => segmentInfo(seg, opts.model));
  let total = 0;
  let unitCount = 0;
  for (const s of segInfos) {
    total += s.length;
    unitCount += s.units.length;
  }
  // The whole run as parallel arrays, one item per code point: its unit and its place in it.
  const infos = new Array<UnitInfo>(unitCount);
  const units = new Array<Segment>(unitCount);
  const chars = new Array<string>(total);
  const unitOf = new Int32Array(total);
  const indexOf = new Int32Array(total);
  const segmentOf = new Int32Array(total);
  const citation = new Array<Numbered | null>(total);
  const open: number[] = [];
  let at = 0;
  let ui = 0;
  segInfos.forEach((s, si) => {
    for (const info of s.units) {
      infos[ui] = info;
      units[ui] = info.unit;
      for (let i = 0; i < info.chars.length; i++) {
        const fixed = info.fixed[i];
        if (fixed === undefined) open.push(at);
        chars[at] = info.chars[i] ?? '';
        unitOf[at] = ui;
        indexOf[at] = i;
        segmentOf[at] = si;
        citation[at] = fixed ?? null;
        at++;
      }
      ui++;
    }
  });
  const hanAt = (i: number): boolean => infos[unitOf[i] ?? 0]?.han[indexOf[i] ?? 0] ?? false;
  for (const i of open) {
    const info = infos[unitOf[i] ?? 0];
    if (info) citation[i] = decide(info, indexOf[i] ?? 0, unitOf[i] ?? 0, i, units, chars, opts);
  }

  // A repeated verb around 一/不/了 is one verb read twice: 数一数 shǔ yi shǔ, 看不看, 数了数. Not
  // when the second ends no word of its own (数一数二, 高兴得|不得了: the word goes on past it).
  const touched = new Set<number>();
  for (let i = 2; i < total; i++) {
    const mid = chars[i - 1];
    if (mid !== '一' && mid !== '不' && mid !== '了') continue;
    const goesOn = (indexOf[i] ?? 0) > 0 && (indexOf[i] ?? 0) < (infos[unitOf[i] ?? 0]?.chars.length ?? 1) - 1;
    // (A verb: not a noun or measure word met again, 他家|一家三口.)
    if (indexOf[i - 2] === 0 && chars[i - 2] === chars[i] && hanAt(i) && !goesOn && verbCharacter(chars[i] ?? '')) {
      citation[i] = citation[i - 2] ?? citation[i] ?? null;
      touched.add(segmentOf[i] ?? 0);
    }
  }

  const sandhiChars = new Map<number, SandhiChar>();
  const sandhiAt = (i: number): SandhiChar | undefined => {
    const char = chars[i];
    if (char === undefined) return undefined;
    let c = sandhiChars.get(i);
    if (!c) {
      const u = unitOf[i] ?? 0;
      const index = indexOf[i] ?? 0;
      const n = infos[u]?.chars.length ?? 1;
      c = {
        char,
        han: hanAt(i),
        reading: citation[i] ?? null,
        // 统一 inside 统一思想 still ends the word 统一, so its 一 keeps yī.
        wordFinal: (n > 1 && index === n - 1) || (char === '一' && index > 0 && closesWordWithYi(chars[i - 1] ?? '', chars[i + 1] ?? '')),
        inWord: n > 1 && index > 0,
        wordInitial: index === 0,
        ownSegment: Array.from(segments[segmentOf[i] ?? 0]?.text ?? '').length === 1,
        // Organisation names keep a leading 一 as a numeral: 一汽 Yīqì, 一重.
        // (…and a numbered road keeps its number: 枫林|一路 Fēnglín Yī Lù, where 一路 alone is yílù.)
        // (高一 "first year of senior high" too, the school year, however its units are cut.)
        ordinalName: (index === 0 && (units[u]?.tag === 'nt' || (units[u]?.tag === 'ns' && infos[u]?.first === false && chars[i + 1] === '路'))) || (char === '一' && chars[i - 1] === '高' && segments[segmentOf[i] ?? 0]?.text === '高一'),
        // (Asked only where the character comes again after 一, 不 or 了.)
        nounish: chars[i + 2] === char && '一不了'.includes(chars[i + 1] ?? '') && !verbCharacter(char),
      };
      sandhiChars.set(i, c);
    }
    return c;
  };

  const out = new Array<SegmentPinyin>(segments.length);
  let start = 0;
  segInfos.forEach((s, si) => {
    if (s.settled && !touched.has(si)) {
      out[si] = s.settled;
    } else {
      const pinyin = new Array<string>(s.length);
      const cited = new Array<string>(s.length);
      for (let k = 0; k < s.length; k++) {
        const i = start + k;
        const char = chars[i] ?? '';
        const c = citation[i] ?? null;
        const spoken = char === '一' || char === '不' ? spokenAt(sandhiAt, i) : c;
        cited[k] = c ? toMarked(citationOf(char, c)) : '';
        pinyin[k] = spoken ? toMarked(spoken) : '';
      }
      out[si] = { pinyin, citation: cited };
    }
    start += s.length;
  });
  return out;
}

/**
 * pinyin-pro's reading of a unit, asked about the unit alone and cached: cross-validation on
 * CPP dev showed whole-sentence calls add nothing once the unit is known (95.69% vs 95.65%),
 * and the cache makes the cost per text close to nothing.
 */
const unitCache = new Map<string, (Numbered | null)[]>();
const UNIT_CACHE_LIMIT = 50_000;

function unitReadings(word: string): readonly (Numbered | null)[] {
  let readings = unitCache.get(word);
  if (!readings) {
    // CC-CEDICT words come with the reading stored at build time; other units ask pinyin-pro.
    readings = storedAlone(word) ?? readAlone(word);
    if (unitCache.size >= UNIT_CACHE_LIMIT) unitCache.clear();
    unitCache.set(word, readings);
  }
  return readings;
}

const surnameCache = new Map<string, Numbered | null>();

function surnameReading(name: string): Numbered | null {
  let r = surnameCache.get(name);
  if (r === undefined) {
    r = SURNAME_READINGS.get(name.charAt(0)) ?? pinyinProByOffset(name, true).get(0) ?? null;
    if (surnameCache.size >= UNIT_CACHE_LIMIT) surnameCache.clear();
    surnameCache.set(name, r);
  }
  return r;
}

/**
 * Per character (a few thousand in practice); bounded all the same, like every cache here. Keyed
 * by code point: the characters come fresh from Array.from, and a Map hashes a number far faster
 * than a string it has not seen before.
 */
const variable = new Map<number, boolean>();

function mayVary(char: string, model: ContextModel | null): boolean {
  const code = char.codePointAt(0) ?? 0;
  let v = variable.get(code);
  if (v === undefined) {
    const readings = polyphonic(char, { type: 'array', toneType: 'num' })[0] ?? [];
    v = readings.length > 1 || hasRule(char) || hasAloneRule(char) || (model?.knows(char) ?? false) || char === '一' || char === '不';
    if (variable.size >= UNIT_CACHE_LIMIT) variable.clear();
    variable.set(code, v);
  }
  return v;
}

/**
 * Whether 一 ends a word with the character before it (统一, 之一). Not 不一 "to vary" where 一
 * opens a word with the next one: 不一样 bù yíyàng, 不一定 bù yídìng (长短不一 still ends).
 */
function closesWordWithYi(prev: string, next: string): boolean {
  if (prev === '' || wordReadings(prev + '一').length === 0) return false;
  return !(prev === '不' && next !== '' && wordReadings('一' + next).length > 0);
}

const wordOnlyCache = new Map<string, (Numbered | null)[]>();

function wordOnlyReading(word: string, index: number): Numbered | null {
  let readings = wordOnlyCache.get(word);
  if (!readings) {
    const items = pinyinPro(word, { type: 'all', toneType: 'num', toneSandhi: false });
    readings = items.length === Array.from(word).length ? items.map((it) => normaliseNumbered(it.pinyin)) : [];
    if (wordOnlyCache.size > 20_000) wordOnlyCache.clear();
    wordOnlyCache.set(word, readings);
  }
  return readings[index] ?? null;
}

/**
 * decide()'s answer when it needs nothing but the unit: a reading the preferred list or the
 * word's dictionary entry gives that position, or a surname reading for a name CEDICT lacks.
 * Undefined when the neighbours matter (grammar rules, learned contexts, pinyin-pro's choice
 * between several dictionary readings). Must agree with decide(), which checks the same first.
 */
function settledByWord(char: string, index: number, word: string, entries: readonly WordReading[], surname: Numbered | null): Numbered | undefined {
  if (ruleBeforeDictionary(char, word)) return undefined;
  const preferred = preferredReading(word, index);
  if (preferred) return preferred;
  const fromWord = readingsAt(entries, index);
  if (fromWord.length === 1) {
    const only = fromWord[0];
    if (only) return fullToneReading(char, word, index, only);
  }
  if (surname && entries.length === 0) return surname;
  return undefined;
}

/**
 * A character with one reading that the word's dictionary entry says in the light tone (朋友
 * péngyou, 先生 xiānsheng, 时候 shíhou, 眼睛 yǎnjing): pinyin-pro gives the full tone of the
 * character alone, which no textbook prints. Characters with several readings go through
 * fullToneReading instead, where CEDICT's light tone is often the optional one (关系 guānxì).
 */
function lightInWord(entries: readonly WordReading[], index: number, pp: Numbered | null): Numbered | undefined {
  if (pp === null || entries.length === 0) return undefined;
  const fromWord = readingsAt(entries, index);
  const only = fromWord.length === 1 ? fromWord[0] : undefined;
  return only && toneOf(only) === 5 && toneOf(pp) !== 5 && baseOf(only) === baseOf(pp) ? only : undefined;
}

/**
 * CEDICT marks optional neutral tones (力量 lìliang, 关系 guānxi) that learners and the standard
 * (HSK, pinyin-pro) read with their full tone; keep the full tone then, except for particles and
 * suffixes whose light tone is their grammar.
 */
function fullToneReading(char: string, word: string, index: number, only: Numbered): Numbered {
  // 看看 kànkan, 说说 shuōshuo: the repeated syllable of a doubled verb is light, as its entry says.
  const doubled = index === 1 && word.length === 2 && word.charAt(0) === char;
  if (toneOf(only) === 5 && !LIGHT.has(char) && !doubled) {
    // Ask pinyin-pro about the word alone: in a sentence it may cut the word differently (各方力量 → liáng).
    const full = wordOnlyReading(word, index);
    if (full && baseOf(full) === baseOf(only) && toneOf(full) !== 5) return full;
  }
  return only;
}

/** Neighbouring characters of the whole run ("" past either end), for rules and learned contexts. */
function ruleContext(info: UnitInfo, index: number, ui: number, at: number, units: readonly Segment[], chars: readonly string[]): RuleContext {
  const prev = chars[at - 1] ?? '';
  const next = chars[at + 1] ?? '';
  return {
    char: info.chars[index] ?? '',
    word: info.unit.text,
    tag: info.unit.tag,
    index,
    inDictionary: info.entries.length > 0,
    startsSegment: info.first,
    endsSegment: info.last,
    segIndex: ui,
    segments: units,
    prev,
    next,
    prev2: (chars[at - 2] ?? '') + prev,
    next2: next + (chars[at + 2] ?? ''),
    pp: info.pp[index] ?? null,
  };
}

/** A dictionary reading with a light tone also admits the same syllable with a full tone. */
function allowedBy(fromWord: readonly Numbered[], char: string, r: Numbered | null): r is Numbered {
  return r !== null && (fromWord.length === 0 || fromWord.includes(r) || (!LIGHT.has(char) && fromWord.includes(withTone(r, 5))));
}

function decide(info: UnitInfo, index: number, ui: number, at: number, units: readonly Segment[], chars: readonly string[], opts: EngineOptions): Numbered | null {
  const char = info.chars[index] ?? '';
  const pp = info.pp[index] ?? null;
  const entries = info.entries;
  const fromWord = readingsAt(entries, index);
  let ctx: RuleContext | undefined;
  let ruled: Numbered | null | undefined;
  if (ruleBeforeDictionary(char, info.unit.text)) {
    ctx = ruleContext(info, index, ui, at, units, chars);
    ruled = contextRule(ctx);
    if (ruled) return ruled;
  }
  const preferred = preferredReading(info.unit.text, index);
  if (preferred) return preferred;
  if (fromWord.length === 1) {
    const only = fromWord[0];
    if (only) return fullToneReading(char, info.unit.text, index, only);
  }
  // A name unknown to CEDICT keeps the surname reading (曾 Zēng, 单 Shàn); context statistics are about common words.
  const surname = index === 0 ? info.surname : null;
  if (surname && entries.length === 0) return surname;
  ctx ??= ruleContext(info, index, ui, at, units, chars);
  // Called once: for 得 不 着 the early call above already asked the rule.
  if (ruled === undefined) ruled = contextRule(ctx);
  if (allowedBy(fromWord, char, ruled)) return ruled;
  const usual = usualReading(info.unit.text, index);
  if (usual && fromWord.includes(usual)) return usual;
  if (fromWord.length > 1 && allowedBy(fromWord, char, pp)) return pp;

  const model = opts.model;
  if (model?.knows(char)) {
    const features: ContextFeatures = { prev: ctx.prev, next: ctx.next, alone: info.chars.length === 1 };
    const learned = model.contextReading(char, features, opts.minContextCount);
    if (allowedBy(fromWord, char, learned)) return learned;
    const prior = model.prior(char, features.alone);
    const t = prior ? top(prior) : null;
    // One observation is enough when pinyin-pro's reading never occurs in the data for this
    // character at all (a place-name character read in its rare reading everywhere, 陂 bēi);
    // otherwise a single sighting must not outvote it (隆盛 is shèng whatever one CPP line says).
    const unseen = pp !== null && !(model.prior(char, !features.alone)?.has(pp) ?? false) && !prior?.has(pp);
    const enough = t !== null && (t.count >= opts.priorCount || (unseen && t.count >= 1));
    if (t && enough && allowedBy(fromWord, char, t.reading) && t.reading !== pp && t.count / t.total >= opts.priorShare) {
      return t.reading;
    }
  }
  if (fromWord.length > 0 && !allowedBy(fromWord, char, pp)) return fromWord[0] ?? pp;
  return pp;
}
