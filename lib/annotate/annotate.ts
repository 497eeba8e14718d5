/**
 * The annotation engine: text in, tappable tokens out (see Token in ./types and the contract).
 *
 * segment (glossary and override words kept whole) → pinyin in context → reviewed overrides →
 * glossary → definitions (glossary, dictionary, name romanisation, character glosses) and details.
 *
 * Guarantees, for any string: the tokens' texts concatenated equal the input; every token has one
 * pinyin entry per code point; every token with a Han character has at least one definition;
 * nothing throws.
 */
import { pinyin as pinyinPro } from 'pinyin-pro';
import { characterBreakdown, clearCharacterCache, shortGloss, traditionalByCharacter, wordFacts } from './characters';
import { clearDefinitionCaches, definitionsForEntries, entriesFor, isNameTag, markedSyllables, orderEntries, PLACE_SENSE, sensesForTag, withUsualSenseFirst } from './definitions';
import { clearDictionaryCache, hasWord, jiebaTag, nameData, sharedEntries } from './dictionary';
import { clearPinyinCaches, readPinyin } from './pinyin';
import { longestWords } from './pinyin/engine';
import { HAN as HAN_CHAR } from './pinyin/alone';
import { remember } from './remember';
import { clearSegmentCaches, segment } from './segment';
import type { DictEntry } from './dictionary';
import type { AnnotateOptions, CharacterGloss, GlossaryEntry, MeasureWord, Segment, Token, TokenKind } from './types';

type Reading = { readonly pinyin: readonly string[]; readonly citation: readonly string[] };

/** Whether a text holds a Han character; single characters go through HAN_CHAR, which is cheaper per call. */
const HAN = /\p{Script=Han}/u;
// Tone-marked pinyin, including ê and syllabic nasals written with combining marks (m̀, ê̄).
const LATIN_SYLLABLE = /^[a-zA-Züêāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ\u0300-\u036f]+$/;
const TOKEN_KINDS: readonly TokenKind[] = [
  'word', 'idiom', 'person', 'place', 'organization', 'glossary', 'punctuation', 'number', 'latin', 'space', 'other',
];

function isTokenKind(v: string | undefined): v is TokenKind {
  return TOKEN_KINDS.some((k) => k === v);
}

/** One syllable per code point, "" for non-Han, whatever the pinyin module returned. */
function fitReading(chars: readonly string[], han: readonly boolean[], syllables: readonly string[] | undefined): string[] {
  return chars.map((_c, i) => {
    if (!han[i]) return '';
    const s = syllables?.[i] ?? '';
    return isSyllable(s) ? s : '';
  });
}

/** There are only ~1,500 distinct syllables: remember which strings are one (hot path). */
const syllableCheck = new Map<string, boolean>();

function isSyllable(s: string): boolean {
  let ok = syllableCheck.get(s);
  if (ok === undefined) {
    ok = LATIN_SYLLABLE.test(s);
    if (syllableCheck.size < 10_000) syllableCheck.set(s, ok);
  }
  return ok;
}

/**
 * A Han character the pinyin module could not read (rare characters such as 𰻝 biáng, which
 * pinyin-pro lacks) still gets a syllable when CC-CEDICT knows it: the contract promises one.
 */
function fillFromDictionary(chars: readonly string[], han: readonly boolean[], syllables: string[]): string[] {
  if (syllables.every((s, i) => s !== '' || !han[i])) return syllables;
  return syllables.map((s, i) => {
    const c = chars[i] ?? '';
    if (s || !han[i]) return s;
    const reading = sharedEntries(c).find((e) => !/\s/.test(e.pinyin.trim()));
    return reading ? (markedSyllables(reading.pinyin)[0] ?? '') : '';
  });
}

/** Spreads "háng zhǎng" over the Han characters of a word; undefined when the counts differ. */
function spreadSyllables(chars: readonly string[], written: string): string[] | undefined {
  const syllables = written.trim().split(/\s+/).filter(Boolean);
  const hanCount = chars.filter((c) => HAN_CHAR.test(c)).length;
  if (syllables.length !== hanCount || hanCount === 0) return undefined;
  let k = 0;
  return chars.map((c) => (HAN_CHAR.test(c) ? (syllables[k++] ?? '') : ''));
}

/** Punctuation and numbers repeat endlessly; their kind is remembered (bounded). */
const kindCache = new Map<string, TokenKind>();

function nonHanKind(text: string): TokenKind {
  let kind = kindCache.get(text);
  if (!kind) {
    kind = classifyNonHan(text);
    if (kindCache.size < 5_000) kindCache.set(text, kind);
  }
  return kind;
}

function classifyNonHan(text: string): TokenKind {
  if (/^\s+$/u.test(text)) return 'space';
  if (/^[0-9\uFF10-\uFF19.,]+$/u.test(text)) return 'number';
  if (/[A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A]/u.test(text) && /^[0-9A-Za-z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A.,]+$/u.test(text)) return 'latin';
  if (/^[\p{P}\p{S}]+$/u.test(text) && !/\p{Extended_Pictographic}/u.test(text)) return 'punctuation';
  return 'other';
}

const DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** The value of a number written in Chinese characters (二十五 → 25, 五点二 → 5.2), or undefined. */
export function chineseNumber(text: string): string | undefined {
  // 二〇二二, 一一零: digits said one by one (a year, a phone number), not a range.
  if (/^[〇零一二三四五六七八九]+$/u.test(text) && (text.length >= 3 || /[〇零]/u.test(text)) && text.length >= 2) {
    return Array.from(text, (c) => String(DIGITS[c] ?? 0)).join('');
  }
  // 一千三百余, 两千多, 三十几: "1300-odd".
  const odd = /^(.+?)(?:[多余]|(?<=[十百千万])几)$/u.exec(text);
  if (odd?.[1]) {
    const value = chineseNumber(odd[1]);
    return value && !value.includes('.') ? `${value}-odd` : undefined;
  }
  // 四点二万: a decimal of ten-thousands.
  const scaled = /^(.+点[〇零一二三四五六七八九]+)([万亿])$/u.exec(text);
  if (scaled?.[1]) {
    const value = chineseNumber(scaled[1]);
    return value ? String(Math.round(Number(value) * (scaled[2] === '万' ? 10_000 : 100_000_000))) : undefined;
  }
  const m = /^([〇零一二三四五六七八九十百千万亿两]+)(?:点([〇零一二三四五六七八九]+))?$/u.exec(text);
  // Two digits side by side are a range (十一二 "eleven or twelve", 五六十), not one number.
  if (!m?.[1] || /[一二三四五六七八九两][一二三四五六七八九两]/u.test(m[1])) return undefined;
  let total = 0;
  let section = 0;
  let digit = 0;
  // The unit just before the last digit: 三千二 is 3200 and 一万五 15000, said short (no 零 between).
  let lastUnit = 0;
  let afterUnit = false;
  for (const c of m[1]) {
    if (c in DIGITS) {
      digit = DIGITS[c] ?? 0;
      // 五百零一 is 501: after 零 a digit is ones again.
      if (c === '零' || c === '〇') lastUnit = 0;
      afterUnit = lastUnit > 0;
    } else if (c in UNITS) {
      section += (digit || 1) * (UNITS[c] ?? 1);
      digit = 0;
      lastUnit = UNITS[c] ?? 0;
      afterUnit = false;
    } else {
      const size = c === '万' ? 10_000 : 100_000_000;
      total = (total + section + digit) * size;
      section = 0;
      digit = 0;
      lastUnit = size;
      afterUnit = false;
    }
  }
  const short = afterUnit && lastUnit >= 100 ? (digit * lastUnit) / 10 : digit;
  const whole = total + section + short;
  const fraction = m[2] ? Array.from(m[2], (c) => String(DIGITS[c] ?? 0)).join('') : '';
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/** Senses of a name that a common phrase of the same characters may also be (山下, 金山, 大雪). */
const ONLY_A_NAME = /\b(?:surname|district|county|city|town|township|village|province|prefecture|solar terms?|company)\b/i;

/** A dictionary sense about a person: "Li Peng (1928-2019), …", "surname Li". */
const PERSON_SENSE = /\((?:c\. )?\d{3,4} ?[-–]|\(-\d{1,4}\)|\bborn \d{4}|\bdied \d{3,4}|^surname |\(name\)$/;
/** A dictionary sense about a company or institution: "BYD Company (company name)", "Tencent, Chinese tech conglomerate". */
const ORGANIZATION_SENSE = /\b(?:company|corporation|conglomerate|brand|bank|university|airlines?|manufacturer)\b/i;

/** How names of organisations end: 公司, 集团, 教育局, 委员会, 大学, 女排 (a national team)… */
const ORGANIZATION_ENDING = /(?:公司|集团|银行|局|厅|部|委|会|院|所|厂|社|中心|学校|大学|学院|中学|小学|幼儿园|医院|法院|检察院|政府|协会|联合会|基金会|研究所|研究院|电视台|卫视|气象台|台|证券|保险|航空|电信|科技|控股|传媒|实业|股份|报社|报|队|排|足|篮|俱乐部|合作社|办|处|站|馆|店|团|军|党|组织|联盟|署)$/u;

/** 古镇 "ancient town", 小村, 新区: a kind of place described, not a place called 古. */
function describedPlace(text: string): boolean {
  const chars = Array.from(text);
  return chars.length === 2 && '古小大新老旧本该各全'.includes(chars[0] ?? '') && PLACE_KINDS[chars[1] ?? ''] !== undefined;
}

/**
 * A common word the segmenter found used as a name (a dialogue's speaker, 小雨：…): jieba's own
 * name tags on words CC-CEDICT knows only as common words were dropped before (retagFalseName in
 * ./segment), so a name tag on one now is the segmenter's reading of this text.
 */
function calledByName(seg: Segment, chars: readonly string[], entries: readonly DictEntry[]): boolean {
  return seg.tag === 'nr' && chars.length >= 2 && entries.length > 0 && entries.every((e) => !/^[A-Z]/.test(e.pinyin));
}

/** Two adjectives side by side (新旧 "new and old", 高低): jieba's "place" for a phrase the dictionary lacks. */
function pairOfAdjectives(text: string): boolean {
  const chars = Array.from(text);
  return chars.length === 2 && chars.every((c) => jiebaTag(c) === 'a');
}

function hanKind(tag: string, text: string, length: number, definitions: readonly string[], entries: readonly DictEntry[]): TokenKind {
  // 腾讯, 比亚迪: a proper noun the dictionary calls a company is one, whatever jieba's tag (nr).
  if (/^[A-Z]/.test(entries[0]?.pinyin ?? '') && ORGANIZATION_SENSE.test(definitions[0] ?? '')) return 'organization';
  // jieba's "organisation" for a phrase the dictionary lacks (普通家庭/nt) is one only if it ends like one.
  if (tag === 'nt' && entries.length === 0 && !ORGANIZATION_ENDING.test(text)) return 'word';
  // jieba tags many places as names (卡塔尔, 那曲, 通榆 "nr"): a place where the dictionary knows
  // the word only as one (a proper noun whose first sense says what kind of place).
  // (Not where a common phrase leads with its pieces: 城中 "in the city" before Chengzhong district.)
  const piecesLead = !isNameTag(tag) && tag !== 'j' && definitions.some((d) => ONLY_A_NAME.test(d));
  if ((!isNameTag(tag) || tag.startsWith('nr') || tag === 'nz') && !piecesLead) {
    if (entries.length > 0 && entries.every((e) => /^[A-Z]/.test(e.pinyin)) && PLACE_SENSE.test(definitions[0] ?? '') && !PERSON_SENSE.test(definitions[0] ?? '')) return 'place';
  }
  // jieba tags some titles and things as names (永乐大典 "nr"); the dictionary knows better.
  if (tag.startsWith('nr')) return entries.length === 0 || definitions.some((d) => PERSON_SENSE.test(d)) ? 'person' : 'word';
  // …and ordinary words as places (新鲜, 深度 "ns"): a place only if the proper noun leads.
  const proper = entries.length === 0 || /^[A-Z]/.test(entries[0]?.pinyin ?? '');
  if (tag === 'ns' && proper && !(entries.length === 0 && (pairOfAdjectives(text) || describedPlace(text)))) return 'place';
  if (tag === 'nt' && proper) return 'organization';
  // jieba's "i" also covers set phrases of three characters (一口气, 前不久, 自尊心) and everyday
  // phrases of four (贯彻落实, 认真听讲, 今年以来): an idiom by the tag only from four characters
  // up and when CC-CEDICT has the phrase, otherwise when the dictionary says so.
  if ((tag === 'i' && length >= 4 && entries.length > 0) || definitions.some((d) => /\(idiom\)/.test(d))) return 'idiom';
  return 'word';
}

function toneless(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Syllables written as one word, with an apostrophe where a, e, o would blur the boundary. */
function joinSyllables(syllables: readonly string[]): string {
  return syllables.reduce((out, s) => (out && /^[aeo]/.test(toneless(s)) ? `${out}'${s}` : out + s), '');
}

/** The syllables of a reading without tone marks, lowercase, for romanising a name. */
function plainSyllables(pinyin: readonly string[]): string[] {
  return pinyin.filter(Boolean).map((s) => toneless(s).toLowerCase());
}

/** "Li Pengfei (personal name)" from 李鹏飞 read lǐ péng fēi; double surnames stay together (Ouyang Xiu). */
export function nameLabel(text: string, pinyin: readonly string[]): string {
  const chars = Array.from(text);
  // 黄某, 张某某: a person the report does not name.
  if (chars.length >= 2 && chars.slice(1).every((c) => c === '某')) {
    return `${capitalise(plainSyllables(pinyin)[0] ?? '')} X (a person whose full name is withheld; 某 "a certain")`;
  }
  const syllables = plainSyllables(pinyin);
  const surnameLength = chars.length >= 3 && nameData().doubleSurnames.has(chars.slice(0, 2).join('')) ? 2 : 1;
  const surname = capitalise(joinSyllables(syllables.slice(0, surnameLength)));
  const given = capitalise(joinSyllables(syllables.slice(surnameLength)));
  return `${[surname, given].filter(Boolean).join(' ')} (personal name)`;
}

/** What the last character of a place name says it is. */
const PLACE_KINDS: Readonly<Record<string, string>> = {
  村: 'Village', 屯: 'Hamlet', 镇: 'Town', 乡: 'Township', 县: 'County', 市: 'City', 区: 'District', 湖: 'Lake', 山: 'Mountain',
  鎮: 'Town', 鄉: 'Township', 縣: 'County', 區: 'District',
};

/** "Chaoyang Village (place name)" from 朝阳村 read cháo yáng cūn; undefined without a known ending. */
export function placeLabel(text: string, pinyin: readonly string[]): string | undefined {
  const chars = Array.from(text);
  const kind = PLACE_KINDS[chars[chars.length - 1] ?? ''];
  const syllables = plainSyllables(pinyin);
  if (!kind || chars.length < 2 || syllables.length !== chars.length || describedPlace(text)) return undefined;
  // A name is short, and its suffix is not the end of a word (长江中下游地区 ends in 地区 "region",
  // 工业园区 in 园区): those are phrases, not a place called "Changjiangzhongxiayoudi".
  if (chars.length > 5 || (chars.length > 2 && hasWord(chars.slice(-2).join('')))) return undefined;
  return `${capitalise(joinSyllables(syllables.slice(0, -1)))} ${kind} (place name)`;
}

/**
 * Last resort for a word the dictionary lacks: its longest dictionary pieces, each with reading
 * and short gloss ("区委 (qūwěi) district Party committee + 书记 (shūji) secretary"), single
 * characters where nothing longer is known (or throughout, `byCharacter`, for a phrase the
 * dictionary knows only as a name).
 */
/** Pieces of `chars` for a gloss: numbers whole (第|二十九|届, not 第二 + 十九), the rest as the pinyin engine splits it. */
function glossPieces(chars: readonly string[]): string[] {
  const pieces: string[] = [];
  let rest: string[] = [];
  const flush = () => {
    if (rest.length > 0) pieces.push(...longestWords(rest));
    rest = [];
  };
  for (let i = 0; i < chars.length; ) {
    let j = i;
    while (j < chars.length && NUMERAL_CHARS.has(chars[j] ?? '')) j++;
    const run = chars.slice(i, j).join('');
    if (j - i >= 2 && chineseNumber(run)) {
      flush();
      pieces.push(run);
      i = j;
    } else {
      rest.push(chars[i] ?? '');
      i++;
    }
  }
  flush();
  return pieces;
}

/** What 数 "several" makes of a power of ten: 数十万 "several hundred thousand". */
const SEVERAL: Readonly<Record<string, string>> = {
  '10': 'several tens; dozens',
  '100': 'several hundred',
  '1000': 'several thousand',
  '10000': 'tens of thousands',
  '100000': 'several hundred thousand',
  '1000000': 'several million',
  '10000000': 'tens of millions',
  '100000000': 'hundreds of millions',
};

/** The gloss of a number CC-CEDICT cannot list: 四十二 "42 (a number)", 第二十三 "23rd", 数十万, 二〇二二. */
function numberGloss(text: string): string | undefined {
  if (text.startsWith('数') || text.startsWith('几')) {
    const value = chineseNumber(text.slice(1));
    const several = value ? SEVERAL[value] : undefined;
    return several ? `${several} (a number)` : undefined;
  }
  const ordinal = text.startsWith('第') ? chineseNumber(text.slice(1)) : undefined;
  if (ordinal && /^\d+$/.test(ordinal)) return `${readableNumber(ordinal)}${ordinalSuffix(Number(ordinal))} (ordinal number)`;
  const value = chineseNumber(text);
  if (!value) return undefined;
  const spelt = /^[〇零一二三四五六七八九]+$/u.test(text) && !/^[零〇]$/u.test(text);
  return spelt ? `${value} (said digit by digit)` : `${readableNumber(value)} (a number)`;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

const NUMERAL_CHARS = new Set(Array.from('〇零一二三四五六七八九十百千万亿两'));

/** 1,530,000: a large value with separators, as an English reader writes it. */
function readableNumber(value: string): string {
  return value.replace(/^\d{5,}/, (n) => Number(n).toLocaleString('en-US'));
}

function pieceFallback(text: string, pinyin: readonly string[], byCharacter = false, lastGloss?: string): string[] {
  const chars = Array.from(text);
  const pieces = byCharacter ? chars : glossPieces(chars);
  const parts: string[] = [];
  // Split as the pinyin engine splits it (fewest words, the backward split on a tie: 新|手机, not 新手|机).
  let i = 0;
  let afterNumber = false;
  for (const piece of pieces) {
    const end = i + Array.from(piece).length;
    const reading = pinyin.slice(i, end);
    if (HAN.test(piece)) {
      const entries = orderEntries(entriesFor(piece), { pinyin: reading, tag: 'n' });
      const number = NUMERAL_CHARS.has(Array.from(piece)[0] ?? '') && Array.from(piece).length > 1 ? chineseNumber(piece) : undefined;
      const value = number ? readableNumber(number) : undefined;
      // A piece is a word on its own here: its everyday sense, as when tapped alone (本报|讯 "news"),
      // and after a number its measure word's (第|二十九|届 "classifier for events…").
      const senses = withUsualSenseFirst(piece, entries, definitionsForEntries(entries.slice(0, 1)));
      const measure = afterNumber ? senses.find((d) => /^\(?classifier\b|\(unit of /.test(d)) : undefined;
      const gloss = (end === chars.length && lastGloss) || value || shortGloss(measure ? [measure] : senses) || 'not in the dictionary';
      afterNumber = value !== undefined;
      const said = joinSyllables(reading.filter(Boolean));
      parts.push(`${piece}${said ? ` (${said})` : ''} ${gloss}`);
    }
    i = end;
  }
  return parts.length > 0 ? [parts.join(' + ')] : [];
}

/**
 * 平平安安, 干干净净: a word said twice over, character by character (AABB), which CC-CEDICT
 * rarely lists: the word's own sense, marked as emphatic. Undefined for anything else.
 */
function reduplicatedGloss(chars: readonly string[], pinyin: readonly string[]): string | undefined {
  if (chars.length !== 4 || chars[0] !== chars[1] || chars[2] !== chars[3] || chars[0] === chars[2]) return undefined;
  const word = `${chars[0]}${chars[2]}`;
  const reading = [pinyin[0] ?? '', pinyin[2] ?? ''];
  const senses = definitionsForEntries(orderEntries(entriesFor(word), { pinyin: reading, tag: 'a' }));
  const sense = senses.find((d) => !/^(?:also |see |variant of |surname )/.test(d));
  return sense ? `${word} (${joinSyllables(reading.filter(Boolean))}) ${sense}, doubled for emphasis` : undefined;
}

function dedupe(list: readonly string[]): string[] {
  return [...new Set(list.map((s) => s.trim()).filter(Boolean))];
}

type Lookups = {
  glossary: ReadonlyMap<string, GlossaryEntry>;
  overrides: ReadonlyMap<string, string>;
};

/**
 * Finished tokens by text, tag and reading, for segments the article's glossary and overrides do
 * not touch: running text repeats its words, and a token depends on nothing else. A text has
 * few variants, compared element by element (cheaper than building a string key per token).
 * Callers get a fresh copy (see copyToken), never the cached object.
 */
type BuiltToken = { tag: string; reading: Reading | undefined; token: Token };
const builtTokens = new Map<string, BuiltToken[]>();
/**
 * The same for one-character segments (two in five, punctuation included), by character code:
 * a small map that stays in the processor's cache, and a number to hash instead of a new string.
 */
const builtCharacterTokens = new Map<number, BuiltToken[]>();
const BUILT_TOKEN_LIMIT = 20_000;
/** Readings of one text that are kept; more are built afresh each time (odd input, not running text). */
const VARIANTS_PER_TEXT = 8;

function sameSyllables(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameReading(a: Reading | undefined, b: Reading | undefined): boolean {
  if (!a || !b) return a === b;
  return sameSyllables(a.pinyin, b.pinyin) && sameSyllables(a.citation, b.citation);
}

function buildToken(seg: Segment, reading: Reading | undefined, lookups: Lookups): Token {
  if ((lookups.glossary.size > 0 && lookups.glossary.has(seg.text)) || (lookups.overrides.size > 0 && lookups.overrides.has(seg.text))) {
    return buildTokenAfresh(seg, reading, lookups, true);
  }
  const code = seg.text.length === 1 ? seg.text.charCodeAt(0) : -1;
  const variants = code >= 0 ? builtCharacterTokens.get(code) : builtTokens.get(seg.text);
  if (variants) {
    for (const v of variants) if (v.tag === seg.tag && sameReading(v.reading, reading)) return copyToken(v.token);
  }
  // builtTokens already keeps this token: tokenCache would only keep its parts a second time.
  const token = buildTokenAfresh(seg, reading, lookups, false);
  if (variants && variants.length >= VARIANTS_PER_TEXT) return token;
  // The token is copied: the caller owns what it gets back. So are the readings (see keptSyllables).
  const kept = reading ? { pinyin: keptSyllables(reading.pinyin), citation: keptSyllables(reading.citation) } : undefined;
  const built: BuiltToken = { tag: seg.tag, reading: kept, token: copyToken(token) };
  // A list of one, not one grown by push(), which keeps room for 16 (see segmentInfo in ./pinyin/engine).
  if (variants) variants.push(built);
  else if (code >= 0) remember(builtCharacterTokens, code, [built], BUILT_TOKEN_LIMIT);
  else remember(builtTokens, seg.text, [built], BUILT_TOKEN_LIMIT);
  return token;
}

/**
 * Syllables to keep with a cached token: a copy, unless frozen (the pinyin engine shares those
 * between occurrences, so identical ones then compare at once).
 */
function keptSyllables(list: readonly string[]): readonly string[] {
  return Object.isFrozen(list) ? list : list.slice();
}

/**
 * A deep copy. Made by spreading rather than from an object literal: V8 moves the objects of an
 * allocation site that tends to survive straight to the old generation ("pretenuring"), and a
 * first, cold run of the engine makes this one look long-lived; old tokens holding fresh arrays
 * then kept those alive through every minor GC, which cost more than annotating. Spreading
 * also keeps the fields in the cached token's order, so the JSON is unchanged.
 */
function copyToken(t: Token): Token {
  const out = { ...t };
  out.pinyin = t.pinyin.slice();
  out.definitions = t.definitions.slice();
  if (t.citationPinyin) out.citationPinyin = t.citationPinyin.slice();
  if (t.characters) out.characters = t.characters.map((c) => ({ ...c }));
  if (t.measureWords) out.measureWords = t.measureWords.map((m) => ({ ...m }));
  return out;
}

/** `viaCache`: look the dictionary part up in tokenCache and keep it there (glossary and override words, which builtTokens skips). */
function buildTokenAfresh(seg: Segment, reading: Reading | undefined, lookups: Lookups, viaCache: boolean): Token {
  const chars = Array.from(seg.text);
  if (!HAN.test(seg.text)) {
    return { text: seg.text, pinyin: chars.map(() => ''), definitions: [], kind: nonHanKind(seg.text) };
  }
  const han = chars.map((c) => HAN_CHAR.test(c));
  let spoken = fillFromDictionary(chars, han, fitReading(chars, han, reading?.pinyin));
  let citation = fillFromDictionary(chars, han, fitReading(chars, han, reading?.citation ?? reading?.pinyin));
  // Reviewed readings for this article, then the glossary's, which has the last word.
  const gloss = lookups.glossary.get(seg.text);
  for (const written of [lookups.overrides.get(seg.text), gloss?.pinyin]) {
    const spread = written ? spreadSyllables(chars, written) : undefined;
    if (!spread) continue;
    // Editors write one reading; where it is the engine's 一/不 either before or after tone
    // sandhi, keep both tones (一语中的 written "yī yǔ …" is still spoken "yì yǔ").
    const keep = spread.map((g, i) => g !== '' && spoken[i] !== citation[i] && (g === spoken[i] || g === citation[i]));
    spoken = spread.map((g, i) => (keep[i] ? (spoken[i] ?? g) : g));
    citation = spread.map((g, i) => (keep[i] ? (citation[i] ?? g) : g));
  }

  // A cached dictionary part is shared: its arrays are copied. A fresh one is ours to hand over.
  const base = viaCache ? cachedDictionaryToken(seg, chars, han, spoken, citation) : dictionaryToken(seg, chars, han, spoken, citation);
  const definitions = gloss?.en ? dedupe([gloss.en, ...base.senses]) : viaCache ? [...base.definitions] : base.definitions;
  const token: Token = { text: seg.text, pinyin: spoken, definitions };
  if (citation.some((s, i) => s !== spoken[i])) token.citationPinyin = citation;
  if (base.traditional) token.traditional = base.traditional;
  token.kind = gloss ? (isTokenKind(gloss.kind) ? gloss.kind : 'glossary') : base.kind;
  if (base.characters) token.characters = viaCache ? base.characters.map((c) => ({ ...c })) : base.characters;
  if (base.measureWords) token.measureWords = viaCache ? base.measureWords.map((m) => ({ ...m })) : base.measureWords;
  if (base.hsk !== undefined) token.hsk = base.hsk;
  if (base.frequency !== undefined) token.frequency = base.frequency;
  if (gloss?.note) token.note = gloss.note;
  return token;
}

/** Everything the dictionary says about one word read one way; fresh from dictionaryToken, owned by its caller. */
type DictionaryToken = {
  senses: string[];
  definitions: string[];
  kind: TokenKind;
  characters?: CharacterGloss[];
  traditional?: string;
  measureWords?: MeasureWord[];
  hsk?: number;
  frequency?: number;
};

/**
 * Dictionary parts of glossary and override words (see buildToken), which repeat within an
 * article: kept in a bounded cache keyed by word, tag and reading, and never handed out.
 */
const tokenCache = new Map<string, Readonly<DictionaryToken>>();
const TOKEN_CACHE_LIMIT = 20_000;

/** Forgets cached words (here, in the segmenter, the pinyin engine and the dictionary); for benchmarks of unseen text. */
export function clearAnnotateCaches(): void {
  builtTokens.clear();
  builtCharacterTokens.clear();
  tokenCache.clear();
  syllableCheck.clear();
  kindCache.clear();
  clearPinyinCaches();
  clearSegmentCaches();
  clearCharacterCache();
  clearDefinitionCaches();
  clearDictionaryCache();
}

function cachedDictionaryToken(
  seg: Segment,
  chars: readonly string[],
  han: readonly boolean[],
  spoken: readonly string[],
  citation: readonly string[],
): Readonly<DictionaryToken> {
  const key = `${seg.tag}\u0001${seg.text}\u0001${spoken.join(' ')}\u0001${citation.join(' ')}`;
  const hit = tokenCache.get(key);
  if (hit) return hit;
  const result = dictionaryToken(seg, chars, han, spoken, citation);
  if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
  tokenCache.set(key, result);
  return result;
}

/** `chars`: the code points of seg.text; `han`: which of them are Han. */
function dictionaryToken(seg: Segment, chars: readonly string[], han: readonly boolean[], spoken: readonly string[], citation: readonly string[]): DictionaryToken {
  const entries = orderEntries(entriesFor(seg.text), { tag: seg.tag, pinyin: citation });
  const senses = sensesForTag(withUsualSenseFirst(seg.text, entries, definitionsForEntries(entries)), seg.tag, chars.length);
  const byName = calledByName(seg, chars, entries);
  let definitions: string[];
  // 山下 "at the foot of the mountain", not only "Yamashita (Japanese surname)": a common phrase
  // CC-CEDICT lists only as a name leads with its pieces when the text does not use it as one.
  if (senses.length > 0 && chars.length > 1 && !isNameTag(seg.tag) && seg.tag !== 'j' && entries.every((e) => /^[A-Z]/.test(e.pinyin)) && senses.some((d) => ONLY_A_NAME.test(d))) {
    definitions = [...pieceFallback(seg.text, spoken, true), ...senses];
  } else if (senses.length > 0 && byName) {
    // 小雨：… opening a dialogue line: a person here, "drizzle" only second.
    definitions = [nameLabel(seg.text, spoken), ...senses];
  } else if (senses.length > 0) definitions = senses;
  else if (seg.tag.startsWith('nr') && chars.length >= 2) definitions = [nameLabel(seg.text, spoken)];
  else {
    // A village or town the dictionary lacks: what it is, then its pieces.
    const place = seg.tag === 'ns' ? placeLabel(seg.text, spoken) : undefined;
    // 古镇: an ancient town, its last character the kind of place (镇 "town", not "to press down").
    const described = describedPlace(seg.text) ? PLACE_KINDS[chars[chars.length - 1] ?? '']?.toLowerCase() : undefined;
    definitions = place ? [place, ...pieceFallback(seg.text, spoken)] : pieceFallback(seg.text, spoken, false, described);
  }
  const doubled = senses.length === 0 ? reduplicatedGloss(chars, spoken) : undefined;
  if (doubled) definitions = [doubled];
  // 四十二, 五点二: a number CC-CEDICT cannot list says its value.
  const number = senses.length === 0 && chars.length > 1 ? numberGloss(seg.text) : undefined;
  if (number) definitions = [number];
  if (definitions.length === 0) {
    const said = spoken.filter(Boolean).join(' ');
    definitions = [`${seg.text}${said ? ` (${said})` : ''}: not in the dictionary`];
  }
  const facts = wordFacts(seg.text, entries);
  // A word CC-CEDICT lacks (a name, a glossary phrase, jieba's compounds) still reads in traditional characters.
  if (entries.length === 0 && !facts.traditional) {
    const traditional = traditionalByCharacter(seg.text, citation);
    if (traditional) facts.traditional = traditional;
  }
  const tokenKind = byName ? 'person' : hanKind(seg.tag, seg.text, chars.length, senses, entries);
  const result: DictionaryToken = { senses, definitions, kind: tokenKind, ...facts };
  // Two or more Han characters: a first and a last one that differ.
  if (han.indexOf(true) !== han.lastIndexOf(true)) result.characters = characterBreakdown(seg.text, spoken);
  // 辽源市: the last character says what the place is (市 "city" here, not "market").
  const kind = PLACE_KINDS[chars[chars.length - 1] ?? ''];
  const last = result.characters?.[result.characters.length - 1];
  if (result.kind === 'place' && kind && last) last.gloss = kind.toLowerCase();
  return result;
}

/** A token that is always valid, for when something unexpected went wrong with one segment. */
function plainToken(text: string): Token {
  const chars = Array.from(text);
  const han = HAN.test(text);
  let pinyin = chars.map(() => '');
  try {
    pinyin = fitReading(
      chars,
      chars.map((c) => HAN_CHAR.test(c)),
      pinyinPro(text, { type: 'array', toneType: 'symbol' }),
    );
  } catch {
    // Keep the empty readings: the token must exist even without pinyin.
  }
  return { text, pinyin, definitions: han ? [`${text}: not in the dictionary`] : [], kind: han ? 'word' : nonHanKind(text) };
}

function safeReadings(segments: Segment[]): (Reading | undefined)[] {
  try {
    const readings = readPinyin(segments);
    return readings.length === segments.length ? readings : segments.map(() => undefined);
  } catch (error) {
    console.error('annotate: pinyin failed, falling back to characters without readings', error);
    return segments.map(() => undefined);
  }
}

/**
 * Loads the dictionary index, jieba and the pinyin data now (≈0.5 s) instead of on the first
 * request; for a server start hook such as Next's instrumentation `register()`.
 */
export function warmEngine(): void {
  annotate('中文一语中的。');
}

/**
 * Paired constructions a learner is taught as one (又…又 "both… and…", 越…越 "the more… the
 * more…", 一边…一边 "doing while"): where both parts stand in one clause, each part leads with the
 * construction's sense instead of its own first (又 "again", 越 "to exceed", 一边 "one side").
 */
const CONSTRUCTIONS: readonly { first: string; sense: RegExp; second: Readonly<Record<string, RegExp>> }[] = [
  { first: '又', sense: /^both\.\.\. and/, second: { 又: /^both\.\.\. and/ } },
  { first: '既', sense: /^both\.\.\./, second: { 又: /^also/, 也: /^also/ } },
  { first: '越', sense: /^the more\.\.\./, second: { 越: /^the more\.\.\./ } },
  { first: '一边', sense: /^doing while|^simultaneously/, second: { 一边: /^doing while|^simultaneously/, 边: /^simultaneously/ } },
  { first: '一面', sense: /^simultaneously/, second: { 一面: /^simultaneously/ } },
];

const CONSTRUCTION_STARTS = new Map(CONSTRUCTIONS.map((c) => [c.first, c]));

/** Moves the first of `part`'s senses that `sense` matches to the front. */
/** Adds the senses of the word's entry read `pinyin` (numbered) that the token lacks, after its own. */
function bringEntry(token: Token, pinyin: string): void {
  const entries = entriesFor(token.text).filter((e) => e.pinyin === pinyin);
  const more = definitionsForEntries(entries).filter((d) => !token.definitions.includes(d));
  if (more.length > 0) token.definitions = [...token.definitions, ...more];
}

function leadWith(part: Token, sense: RegExp): void {
  const at = part.definitions.findIndex((d) => sense.test(d));
  if (at > 0) part.definitions = [part.definitions[at] ?? '', ...part.definitions.filter((_d, k) => k !== at)];
}

function pairedConstructions(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const c = t ? CONSTRUCTION_STARTS.get(t.text) : undefined;
    if (!t || !c) continue;
    // The second part a few words on, in the same clause (no punctuation between), or in the
    // next one for a repeated word (她一边听，一边问).
    const across = c.first === '一边' || c.first === '一面';
    let commas = 0;
    for (let j = i + 1; j < tokens.length && j <= i + (across ? 10 : 6); j++) {
      const between = tokens[j];
      if (between?.kind === 'punctuation') {
        if (!across || between.text !== '，' || ++commas > 1) break;
        continue;
      }
      const second = tokens[j];
      const sense = second ? c.second[second.text] : undefined;
      if (!second || !sense) continue;
      leadWith(t, c.sense);
      leadWith(second, sense);
      break;
    }
  }
}

/** `before`: the clause before the word, nearest first; `rest`: the sentence after it. */
type Neighbours = { self: Segment | undefined; prev: Segment | undefined; next: Segment | undefined; before: () => Segment[]; rest: () => Segment[] };

/**
 * Senses a word's neighbours call for, where its part of speech alone cannot tell: 电 closing a
 * dateline (3月15日电) is the dispatch; 时 after a verb is "when" (出门时); 千万 before a
 * prohibition is "by all means" (千万不要); 原来 opening a clause is "as it turns out"; 一定的 is
 * "a certain"; 对了， is "oh, that's right" (a thing remembered); 等 with its aspect or an object after it is the verb (你等了很久), and opening a
 * clause before its subject "by the time" (等我们到了再说); 住 after a verb
 * is the complement (愣住).
 */
/**
 * `entry`: the numbered pinyin of another CC-CEDICT entry of the word whose senses the context
 * calls for, brought in when the reading heard chose a different entry (起来 qǐ lai "to stand up",
 * but after a verb the complement entry qi5 lai5).
 */
const CONTEXT_SENSES: readonly { word: string; when: (n: Neighbours) => boolean; sense: RegExp; entry?: string }[] = [
  { word: '电', when: ({ prev }) => prev?.text === '日', sense: /^phone call or telegram/ },
  // 出门时, 生病/n 时: when something happens (not after a number: 三时 "three o'clock").
  { word: '时', when: ({ prev }) => prev !== undefined && /^(?:v|a|n|l|i)/.test(prev.tag) && prev.tag !== 'nr', sense: /^when$/ },
  // 一百元左右: about, after a number or a measure.
  { word: '左右', when: ({ prev }) => prev !== undefined && (/^(?:m|q|mq)$/.test(prev.tag) || /[0-9０-９%]$/.test(prev.text)), sense: /^approximately/ },
  // 从十六日起: starting from a time or place.
  { word: '起', when: ({ before }) => before().slice(0, 6).some((s) => s.text === '从' || s.text === '自'), sense: /^starting from/ },
  // 经审理, 经调查: after going through (a procedure).
  { word: '经', when: ({ next }) => next !== undefined && /^(?:v|vn)$/.test(next.tag), sense: /^to undergo/ },
  // 几小时内: a few; "how many" only in a question.
  { word: '几', when: ({ rest }) => !rest().some((s) => /^[？?吗呢]$/u.test(s.text)), sense: /^several$|^a few$/ },
  // 吉林等地: places.
  { word: '地', when: ({ prev }) => prev?.text === '等', sense: /^place$/ },
  // 临时施工: temporary, before what is done or had.
  { word: '临时', when: ({ next }) => next !== undefined && /^(?:n|vn)$/.test(next.tag), sense: /^temporary$/ },
  // 受到一定影响: a certain (amount of), before a noun.
  { word: '一定', when: ({ next }) => next !== undefined && /^(?:n|vn)$/.test(next.tag), sense: /^a certain/ },
  // 牧民则要…: as for them, then (contrasting with the clause before).
  { word: '则', when: ({ self, prev }) => self !== undefined && /^[dc]$/.test(self.tag) && prev !== undefined && prev.tag !== 'm', sense: /conjunction used to express contrast/ },
  // 还会出现, 还将面临, 学校还专门邀请: also, in addition (not "still") before a modal or a manner.
  { word: '还', when: ({ next }) => next !== undefined && /^(?:将|会|要|打算|专门|可以|能|能够|需要|应|应该|特别|积极|主动|先后|分别|同时|计划|准备)$/.test(next.text), sense: /^in addition$/ },
  // 还会, 也会, 一定会 + verb: will, is likely to (not "can, knows how to").
  { word: '会', when: ({ prev, next }) => prev !== undefined && /^(?:还|也|就|将|一定|肯定|可能|都|又|总|往往|通常|经常|必然|势必|或许|也许|才)$/.test(prev.text) && next !== undefined && /^(?:v|a|d|p)/.test(next.tag), sense: /^to be likely to/ },
  // 还要写, 平时要保证, 则要储备: need to, should (after an adverb, before a verb; 还要奇怪 is "even more").
  { word: '要', when: ({ prev, next }) => prev !== undefined && /^(?:还|也|都|就|则|更|一定|必须|首先|平时|务必|更加|同时|尤其)$/.test(prev.text) && next !== undefined && /^(?:v|d|p)/.test(next.tag), sense: /^need to; should/ },
  // 四比二, 十一比八: a score.
  { word: '比', when: ({ prev, next }) => prev !== undefined && next !== undefined && /^(?:m)$/.test(prev.tag) && /^m/.test(next.tag), sense: /^ratio/ },
  // 连得两分, 连胜三场: in succession.
  { word: '连', when: ({ next }) => next !== undefined && /^(?:得|胜|赢|输|下|续|夺|获)/.test(next.text), sense: /^in succession/ },
  // 十月底, 年底: the end of a period.
  { word: '底', when: ({ prev }) => prev !== undefined && /(?:[月年]|季度|学期)$/.test(prev.text), sense: /end of a year or month/ },
  // 下雨, 雨下得很大: rain or snow coming down.
  { word: '下', when: ({ prev, next }) => (next !== undefined && /^[大小暴中]?[雨雪]/.test(next.text)) || (prev !== undefined && /[雨雪]$/.test(prev.text)), sense: /^to go down$/ },
  // 质量很差, 成绩越来越差: poor, not up to standard (after a degree word or at the clause's end).
  { word: '差', when: ({ prev, next }) => prev !== undefined && /^(?:很|太|较|比较|非常|特别|越来越|有点|有点儿|更|最|真|挺|不算)$/.test(prev.text) && (next === undefined || next.tag === 'x' || /^[了的]$/.test(next.text)), sense: /^not up to standard/ },
  // 忙起来, 暖和起来, 看起来: after a verb or adjective, beginning (or judging), not "to stand up".
  { word: '起来', when: ({ prev }) => prev !== undefined && /^(?:v|a|ad|an|z)/.test(prev.tag), sense: /^\(after a verb\) indicating the beginning/, entry: 'qi5 lai5' },
  // 仍在持续, 正在下雨, 还在睡觉: an action in progress, before a verb.
  { word: '在', when: ({ prev, next }) => prev !== undefined && /^(?:仍|还|正|一直|都|也|仍然|依然|始终|总|又)$/.test(prev.text) && next !== undefined && /^v/.test(next.tag), sense: /^\(used before a verb to indicate an action in progress\)/ },
  // 一般一周左右便能自愈, 一般来说: generally, before a number, a verb or 来说.
  { word: '一般', when: ({ next }) => next !== undefined && (/^(?:m|v|d|p)/.test(next.tag) || next.text === '来说'), sense: /^generally$/ },
  // 我想去, 想买: to want to, before a verb (not 我想他会来 "to think", nor 想出来, 想到 "to think of").
  { word: '想', when: ({ next }) => next !== undefined && /^v/.test(next.tag) && next.tag !== 'vn' && !/^(?:出|起|到|通|好|清|明|开|过|一想)/.test(next.text), sense: /^to desire; to want/ },
  // 那我跟你一起去: then, in that case, opening a clause before its subject.
  { word: '那', when: ({ prev, next }) => (prev === undefined || /^[，。！？；：\s“”]+$/u.test(prev.text)) && next !== undefined && /^(?:r|nr)$/.test(next.tag) && !/^[这那]/.test(next.text), sense: /^then \(in that case\)/ },
  // 首场, 首次, 首批: the first.
  { word: '首', when: ({ next }) => next !== undefined && next.tag === 'q', sense: /^first/ },
  { word: '千万', when: ({ next }) => next !== undefined && /^(?:不要|别|不能|不可|要|记住)$/.test(next.text), sense: /must by all means/ },
  { word: '原来', when: ({ prev, next }) => (prev === undefined || /^[，。！？；：\s]$/u.test(prev.text)) && next?.text === '，', sense: /^so, actually/ },
  // 五十来岁: the segmenter marks 来 between a number and its measure word as part of the number.
  { word: '来', when: ({ self }) => self?.tag === 'm', sense: /^\(after a round number\) approximately/ },
  { word: '长', when: ({ next }) => next !== undefined && /^[大高得成出满着在]/.test(next.text), sense: /^to grow/ },
  { word: '花', when: ({ next }) => next !== undefined && (/^(?:了|掉|光|完|过|在|钱|时间)$/.test(next.text) || /^m/.test(next.tag)), sense: /^to spend/ },
  { word: '派', when: ({ prev, next }) => prev?.text === '被' || (next !== undefined && /^(?:到|去|往|出|人|他|她|我|你)/.test(next.text)), sense: /^to send/ },
  { word: '离', when: ({ next }) => next !== undefined && /^(?:n|r|ns|s|t|nr)/.test(next.tag), sense: /^\(in giving distances\) from/ },
  { word: '块', when: ({ prev, next }) => prev?.tag === 'm' && (next === undefined || next.text === '钱' || next.tag === 'x' || /^[一二三四五六七八九]$/.test(next.text)), sense: /money and currency/ },
  { word: '不得了', when: ({ prev }) => prev?.text === '得', sense: /^extremely/ },
  { word: '晚', when: ({ prev }) => prev !== undefined && /^(?:很|太|更|比较|有点|有点儿|这么|那么|多)$/.test(prev.text), sense: /^late$/ },
  { word: '习惯', when: ({ prev }) => prev !== undefined && /^(?:不|没|还不|已经|很|渐渐)$/.test(prev.text), sense: /^to be used to/ },
  { word: '因', when: ({ next }) => next !== undefined && next.tag !== 'x', sense: /^because/ },
  { word: '较', when: ({ next }) => next !== undefined && (/^t/.test(next.tag) || /^(?:去年|上年|同期|上月|上周|以前|过去|往年)/.test(next.text)), sense: /^compared to/ },
  { word: '排', when: ({ next }) => next !== undefined && /^(?:起|着|了|成|好|在|队)/.test(next.text), sense: /^to line up|^to arrange/ },
  // 读书节, 航空节: a festival named after what it celebrates, closing its phrase.
  { word: '节', when: ({ prev, next }) => prev !== undefined && /^(?:n|vn|nz)$/.test(prev.tag) && (next === undefined || next.tag === 'x' || /^(?:的|期间|开幕|活动|上)$/.test(next.text)), sense: /^seasonal festival/ },
  // 七点半, 七点起床, 到了八点。: o'clock (not 三点建议 "three points").
  {
    word: '点',
    when: ({ prev, next }) =>
      prev?.tag === 'm' && (next === undefined || next.tag === 'x' || /^(?:半|钟|整|多|左右|前|后|以前|以后|过)$/.test(next.text) || /^(?:m|v|t|p)/.test(next.tag)),
    sense: /^\(after a number\) o'clock/,
  },
  // 小声点儿, 快点, 早点儿来: a bit (more), after an adjective or a verb, not after a number.
  { word: '点儿', when: ({ prev }) => prev !== undefined && !/^(?:m|q)$/.test(prev.tag) && /[\p{Script=Han}]$/u.test(prev.text), sense: /^a small amount; a bit/ },
  { word: '点', when: ({ prev, next }) => prev !== undefined && /^(?:a|d|z|ad)$/.test(prev.tag) && next !== undefined && /^(?:v|x|y|uj)/.test(next.tag), sense: /^a small amount; a bit/ },
  // 桌子上, 墙上: on (the surface of) what comes before.
  { word: '上', when: ({ self, prev }) => self?.tag === 'f' && prev !== undefined && /^(?:n|r|nr|ns|nz|s)/.test(prev.tag), sense: /^\(noun suffix\) on; above/ },
  { word: '对了', when: ({ next }) => next?.text === '，', sense: /^Oh, that's right/ },
  { word: '一定', when: ({ next }) => next?.text === '的', sense: /^a certain/ },
  {
    word: '等',
    when: ({ prev, next }) =>
      next !== undefined && (/^(?:一下|一会|一会儿|一等)$/.test(next.text) || (prev !== undefined && /^(?:r|nr)/.test(prev.tag) && /^(?:了|着|过|你|我|他|她|我们|你们|他们)$/.test(next.text))),
    sense: /^to wait for/,
  },
  { word: '等', when: ({ prev, next }) => (prev === undefined || /^[，。！？；：\s]$/u.test(prev.text)) && next !== undefined && /^(?:r|nr|t)/.test(next.tag) && !/^其/.test(next.text), sense: /^by the time/ },
  { word: '住', when: ({ prev }) => prev !== undefined && /^v/.test(prev.tag) && Array.from(prev.text).length === 1, sense: /^\(suffix indicating firmness/ },
];

const CONTEXT_WORDS = new Set(CONTEXT_SENSES.map((c) => c.word));

/** The segments before `at` back to the clause's start, nearest first. */
function clauseBefore(segments: readonly Segment[], at: number): Segment[] {
  const out: Segment[] = [];
  for (let k = at - 1; k >= 0 && k >= at - 8; k--) {
    const s = segments[k];
    if (!s || /^[，。！？；：,.!?;:\s]+$/u.test(s.text)) break;
    out.push(s);
  }
  return out;
}

/** The segments after `at` to the sentence's end (its closing mark included). */
function sentenceAfter(segments: readonly Segment[], at: number): Segment[] {
  const out: Segment[] = [];
  for (let k = at + 1; k < segments.length && k <= at + 30; k++) {
    const s = segments[k];
    if (!s) break;
    out.push(s);
    if (/^[。！？!?]+$/u.test(s.text)) break;
  }
  return out;
}

function contextualSenses(tokens: Token[], segments: readonly Segment[]): void {
  if (tokens.length !== segments.length) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !CONTEXT_WORDS.has(t.text)) continue;
    const around: Neighbours = {
      self: segments[i],
      prev: segments[i - 1],
      next: segments[i + 1],
      before: () => clauseBefore(segments, i),
      rest: () => sentenceAfter(segments, i),
    };
    for (const c of CONTEXT_SENSES) {
      if (c.word !== t.text || !c.when(around)) continue;
      if (c.entry) bringEntry(t, c.entry);
      leadWith(t, c.sense);
    }
  }
}

/** Whether the tokens' texts, concatenated, are exactly `text` (compared in place, without joining). */
function coversExactly(tokens: readonly Token[], text: string): boolean {
  let at = 0;
  for (const t of tokens) {
    if (!text.startsWith(t.text, at)) return false;
    at += t.text.length;
  }
  return at === text.length;
}

/**
 * Annotates Chinese text for a reader. Glossary words and override words are kept whole;
 * glossary definitions, notes and pinyin take precedence over the dictionary.
 */
export function annotate(text: string, options: AnnotateOptions = {}): Token[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const glossary = new Map<string, GlossaryEntry>();
  for (const g of options.glossary ?? []) if (g.word && !glossary.has(g.word)) glossary.set(g.word, g);
  const overrides = new Map<string, string>();
  for (const o of options.overrides ?? []) if (o.word && o.pinyin) overrides.set(o.word, o.pinyin);
  const lookups: Lookups = { glossary, overrides };

  let segments: Segment[];
  try {
    segments = segment(text, [...glossary.keys(), ...overrides.keys()]);
  } catch {
    segments = Array.from(text).map((c) => ({ text: c, tag: 'x' }));
  }
  const readings = safeReadings(segments);
  const tokens = segments.map((seg, i) => {
    try {
      return buildToken(seg, readings[i], lookups);
    } catch (error) {
      console.error('annotate: could not annotate a segment', error);
      return plainToken(seg.text);
    }
  });
  // The contract's invariant is checked, not assumed: readers rebuild the sentence from tokens.
  if (!coversExactly(tokens, text)) return Array.from(text).map(plainToken);
  pairedConstructions(tokens);
  contextualSenses(tokens, segments);
  return tokens;
}

