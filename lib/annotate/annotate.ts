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
import { BRAND_ENTRIES } from './brand-entries';
import { characterBreakdown, clearCharacterCache, shortGloss, traditionalByCharacter, wordFacts } from './characters';
import { ADMINISTRATIVE_FIELDS, clearContextSenseCache, contextualSenses, pairedConstructions } from './context-senses';
import { clearDefinitionCaches, definitionsForEntries, entriesFor, formatSense, isNameTag, markedSyllables, orderEntries, PLACE_SENSE, plainSenseFirst, sensesForTag, withUsualSenseFirst } from './definitions';
import { clearDictionaryCache, hasWord, jiebaTag, nameData, pieceSense, sharedEntries } from './dictionary';
import { clearPinyinCaches, readPinyin } from './pinyin';
import { longestWords } from './pinyin/engine';
import { HAN as HAN_CHAR } from './pinyin/alone';
import { remember } from './remember';
import { usualSense } from './usual-senses';
import { clearSegmentCaches, describedThing, OLD_STATES, namesFoundIn, RAIL_CITIES, RAILWAY, isApproximatePair, isCommonWord, isTopSurname, knownPlace, rankOf, placesNamedByContext, POTENTIAL_DIRECTIONS, POTENTIAL_RESULTS, potentialParts, segment, shortPlaceNamesIn, soundsOnlyForeign, standsForPlace, surnameLength, transliterated } from './segment';
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
  // 两百多万, 三千多万: "2,000,000-odd", the ten-thousands or hundred-millions of an -odd number.
  const oddScaled = /^(.+?)[多余]([万亿])$/u.exec(text);
  if (oddScaled?.[1] && oddScaled[2]) {
    const value = chineseNumber(oddScaled[1] + oddScaled[2]);
    return value && !value.includes('.') ? `${value}-odd` : undefined;
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
      // 十二亿六千万: the ten-thousands after the hundred-millions add to them (1,260,000,000);
      // 三万亿: ten-thousands of hundred-millions multiply.
      if (size === 10_000 && total >= 100_000_000) total += (section + digit) * size;
      else total = (total + section + digit) * size;
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
/**
 * Solar terms that name a day and nothing else (春分 "Spring Equinox", 立春): the term is the word.
 * Others read as everyday phrases first (大雪 "heavy snow", 小满).
 */
const SOLAR_TERM_DAYS = /^(?:立春|立夏|立秋|立冬|春分|秋分|夏至|冬至|清明|惊蛰|芒种|处暑)$/u;

/** Companies and apps lib/annotate/brand-entries adds to the dictionary (鞍钢, 美团). */
const ADDED_BRANDS: ReadonlySet<string> = new Set(BRAND_ENTRIES.map(([simplified]) => simplified));

/** 长安街 "Chang'an Street", 八一路 "Bayi Road": a street the dictionary names (not "the Silk Road", nor "Belt and Road Initiative"). */
const STREET_SENSE = /^[A-Z][\w'-]*(?: [A-Z][\w'-]*)* (?:Road|Street|Avenue)\b/;

/**
 * A place abroad CC-CEDICT names (清迈 "Chiang Mai, city in Thailand", 银座 "Ginza (district in
 * Tokyo)"): no Chinese phrase is said with its characters, so they never lead with their pieces.
 */
const FOREIGN_PLACE = /\b(?:Japan|Tokyo|Osaka|Kyoto|Korea|Seoul|Thailand|Bangkok|Vietnam|Malaysia|Singapore|Indonesia|Philippines|Myanmar|Burma|Cambodia|Laos|India|Nepal|Russia|France|Paris|Italy|Rome|Germany|Spain|Portugal|England|Britain|London|Netherlands|Belgium|Switzerland|Austria|Greece|Turkey|Egypt|Israel|Iran|Africa|Europe|USA|Canada|Mexico|Brazil|Australia|New Zealand)\b/;
function phraseAsWell(definition: string): boolean {
  return !FOREIGN_PLACE.test(definition);
}

const ONLY_A_NAME = /\b(?:surname|district|county|city|town|township|village|province|prefecture|solar terms?|company|stage name|pen name)\b/i;

/** A city a learner is meant to recognise (a capital, a sub-provincial or prefecture-level city, a municipality). */
const MAJOR_PLACE = /\b(?:sub-provincial city|prefecture-level city|capital (?:of|city)|municipality)\b/i;

/** A dictionary sense about a people: "Manchu ethnic group", "Hui Muslim nationality". */
const ETHNIC_SENSE = /\b(?:ethnic group|ethnic minority|nationality)\b/i;

/** A dictionary sense about a person: "Li Peng (1928-2019), …", "surname Li". */
const PERSON_SENSE = /\((?:c\. )?\d{3,4} ?[-–]|\(reigned \d|\(-\d{1,4}\)|\bborn \d{4}|\bdied \d{3,4}|^(?:two-character )?surname |\(name\)$/;
/** A dictionary sense about a company or institution: "BYD Company (company name)", "Tencent, Chinese tech conglomerate". */
const ORGANIZATION_SENSE = /\b(?:company|corporation|conglomerate|brand|bank|university|airlines?|manufacturer)\b/i;

/** How names of organisations end: 公司, 集团, 教育局, 委员会, 大学, 女排 (a national team)… */
const ORGANIZATION_ENDING = /(?:公司|集团|银行|局|厅|部|委|会|院|所|厂|社|中心|学校|大学|学院|中学|小学|幼儿园|医院|法院|检察院|政府|协会|联合会|基金会|研究所|研究院|电视台|卫视|气象台|台|证券|保险|航空|电信|科技|控股|传媒|实业|股份|报社|报|队|排|足|篮|俱乐部|合作社|办|处|站|馆|店|团|军|党|组织|联盟|署|机场)$/u;

/** A part of a country or region (东部 "the east"), which ends some phrases like an organisation's 部. */
const REGION_ENDING = /(?:[东南西北中]部|内部|外部|全部|局部)$/u;

/** 古镇 "ancient town", 小村, 新区: a kind of place described, not a place called 古. */
function describedPlace(text: string): boolean {
  const chars = Array.from(text);
  // (Not 楼: 新楼 is a new building, and only a named one a tower.)
  return chars.length === 2 && '古小大新老旧本该各全'.includes(chars[0] ?? '') && PLACE_KINDS[chars[1] ?? ''] !== undefined && chars[1] !== '楼';
}

/**
 * A common word the segmenter found used as a name (a dialogue's speaker, 小雨：…): jieba's own
 * name tags on words CC-CEDICT knows only as common words were dropped before (retagFalseName in
 * ./segment), so a name tag on one now is the segmenter's reading of this text.
 */
function calledByName(seg: Segment, chars: readonly string[], entries: readonly DictEntry[]): boolean {
  // (小林, 老林: someone called by one of the commonest surnames, not the Japanese surname Kobayashi.)
  const familiar = seg.tag === 'nr' && chars.length === 2 && (chars[0] === '小' || chars[0] === '老') && isTopSurname(chars[1] ?? '');
  return (seg.tag === 'nr' || seg.tag === NAMED_HERE) && chars.length >= 2 && entries.length > 0 && (seg.tag === NAMED_HERE || familiar || entries.every((e) => !/^[A-Z]/.test(e.pinyin)));
}

/**
 * The tag of a name segment() found by where it stands (孙女小雪, 记者高明) that CC-CEDICT knows as a
 * proper noun of something else, a solar term or a district: a person here, called by name first.
 */
const NAMED_HERE = 'nr-here';

/** `seg` as a name found where it stands, when the dictionary knows its characters as another proper noun and no person. */
function namedHere(seg: Segment): Segment {
  const entries = sharedEntries(seg.text);
  const proper = entries.some((e) => /^[A-Z]/.test(e.pinyin));
  // (Not a person CC-CEDICT knows, 朱棣, nor a name it gives as one, 皮埃尔 "(name) Pierre"; nor a
  // province, a country or a city, 吉林, which a list of people and places may hold too.)
  const otherwise = entries.some((e) => e.senses.some((x) => PERSON_SENSE.test(x) || HISTORICAL_PERSON.test(x) || /\bname\b/i.test(x) || MAJOR_PLACE.test(x) || /\b(?:province|country|kingdom|republic|city)\b/i.test(x.split(/,| in /)[0] ?? '') || /^see \S*?[省市国州]\[/u.test(x)));
  return proper && !otherwise ? { text: seg.text, tag: NAMED_HERE } : seg;
}

/** Two adjectives side by side (新旧 "new and old", 高低): jieba's "place" for a phrase the dictionary lacks. */
function pairOfAdjectives(text: string): boolean {
  const chars = Array.from(text);
  return chars.length === 2 && chars.every((c) => jiebaTag(c) === 'a');
}

/**
 * 长耳朵, 黑瓦, 中雪, 回港: a word of size, colour or position, or a verb of going, and a common word,
 * which jieba's dictionary calls a place and no dictionary has: the thing described, no place
 * (unless it ends like one, 白山, 小河村).
 */
function describedCommonThing(text: string): boolean {
  const chars = Array.from(text);
  if (chars.length < 2 || chars.length > 3 || /[山河湖江村镇乡县市区省州岛湾屯堡路街寺庙观桥]$/u.test(text)) return false;
  // (Two characters only as weather, 中雪, or going back, 回港: 白马, 黄寺 may be places.)
  // (Nor a colour and a thing, 青瓦 "grey tiles", 白牙 "white teeth"; nor where in a building or a
  // family's home, 馆内 "inside the museum", 姥姥家.)
  if (chars.length === 2 && /^[白黑红黄蓝绿紫灰青]$/u.test(chars[0] ?? '') && /^[牙瓦墙砖发衣裙布纸叶石土沙烟雾]$/u.test(chars[1] ?? '')) return true;
  if (chars.length === 2 && /^[馆院校厂店楼园室厅场]$/u.test(chars[0] ?? '') && /^[内外里中]$/u.test(chars[1] ?? '')) return true;
  if (/^(?:姥姥|姥爷|奶奶|爷爷|外婆|外公|姑姑|舅舅|叔叔|阿姨|姐姐|哥哥|爸爸|妈妈|老师|同学|朋友|亲戚|邻居)家$/u.test(text)) return true;
  const described = chars.length === 3 ? /^[长短大小高低黑白红绿蓝黄]$/u.test(chars[0] ?? '') : /^[大中小暴]$/u.test(chars[0] ?? '') ? /^[雪雨风]$/u.test(chars[1] ?? '') : /^[回进出]$/u.test(chars[0] ?? '');
  return described && isCommonWord(chars.slice(1).join(''));
}

/** Which way something faces or goes (朝南, 向东, 往北): jieba's "place" that is none. */
const FACING = /^[朝向往面坐][东南西北]$/u;

/**
 * A dictionary sense that names a person: "personal name of the Yongle Emperor", or a name, years
 * and what they were (Zhou Enlai (1898-1976), Chinese communist leader; Lao She (1899–1966),
 * Chinese novelist).
 */
const HISTORICAL_PERSON =
  /\bpersonal name of\b|\btemple name of\b|\bposthumous (?:name|title) of\b|\((?:c\. )?\d{3,4} ?[-–]\d{2,4}\),? (?:.*\b)?(?:politician|writer|novelist|poet|painter|general|emperor|revolutionary|scientist|mathematician|philosopher|singer|actor|actress|leader|statesman|son|daughter|wife|king|queen|ruler|minister|author|composer|physicist|chemist|psychologist|economist|historian|scholar|artist|founder|inventor|explorer|warlord|calligrapher|dramatist|premier|president|chancellor|psychiatrist|musician|director|astronomer|engineer|diplomat|monk|khan)\b/i;

/** A person's years in a sense: "Vladimir Putin (1952-)", "Socrates (469-399 BC)". */
// (Right after the name, before any comma: not 儒家 "Confucian school, founded by Confucius (551-479 BC)".)
const LIFESPAN = /^[^(,;]*\((?:c\. )?\d{3,4} ?[-–]/;
/** Dated senses that are no person: an age, a state, a war (唐朝 "Tang dynasty (618-907)"). */
const NOT_A_PERSON = /^(?:Western|Eastern|Northern|Southern|Later|Former) |dynast|\b(?:period|era|kingdom|state|war|reign|empire|republic|army|revolution|rebellion|uprising|government|curtain|international|league|union|association|organization|party|culture|civilization|site|ruins)\b/i;
/** A character of fiction, or a name for anybody: 孙悟空, 孔乙己, 张三 "name for an unspecified person". */
const FICTIONAL_PERSON = /\b(?:(?:male|female|main|fictional) )?character (?:in|of|with)\b|\bprotagonist\b|\bantihero\b|\bname for an unspecified person\b/i;
/** A kinship term among a word's common senses: 孙子 "grandson" is family, not Sun Tzu. */
const KIN_SENSE = /^(?:grand)?(?:son|daughter|child|children|father|mother|brother|sister|nephew|niece)\b/i;

/** A sense that names a thing plainly: a noun phrase of a medical, technical or everyday term, no figure of speech. */
const TERM_SENSE = /^(?:[a-z-]+ ){0,3}(?:failure|pollution|disease|syndrome|infection|inflammation|cancer|pressure|sclerosis|disorder|deficiency|protection|management|engineering|system|station|network|control|treatment|therapy)$/i;

/** The last character of a kind of institution (卫生院, 派出所, 气象站, 文化馆). */
const INSTITUTION_KIND = /[院所站局馆厂处科室队]$/u;

function hanKind(tag: string, text: string, length: number, definitions: readonly string[], entries: readonly DictEntry[]): TokenKind {
  // 腾讯, 比亚迪: a proper noun the dictionary calls a company is one, whatever jieba's tag (nr).
  if (/^[A-Z]/.test(entries[0]?.pinyin ?? '') && ORGANIZATION_SENSE.test(definitions[0] ?? '')) return 'organization';
  // jieba's "organisation" for a phrase the dictionary lacks (普通家庭/nt) is one only if it ends like
  // one (not 中东部, which ends in 东部 "the east").
  if (tag === 'nt' && entries.length === 0 && (!ORGANIZATION_ENDING.test(text) || REGION_ENDING.test(text)) && schoolGloss(text) === undefined) return 'word';
  // 卫生院, 气象站, 文化馆: a common word and the kind of institution, any township's, not a named one
  // (长春站 is one station: 长春 is a name).
  if (tag === 'nt' && entries.length === 0 && length === 3 && INSTITUTION_KIND.test(text) && isCommonWord(text.slice(0, 2))) return 'word';
  // 外贸公司, 科技企业: a kind of business named by its trade, no one company (一家外贸公司).
  if (tag === 'nt' && entries.length === 0 && /^(?:外贸|科技|贸易|物流|广告|保险|投资|咨询|建筑|装修|房地产|文化|传媒|餐饮|快递|网络|互联网|软件|电子|医药|食品|服装|外资|合资|民营|私营|国有)(?:公司|企业)$/u.test(text)) return 'word';
  // 黑土地 "black soil", 白天鹅: a colour or size and a noun, no place or person.
  if (entries.length === 0 && describedThing(Array.from(text))) return 'word';
  // jieba tags many places as names (卡塔尔, 那曲, 通榆 "nr"): a place where the dictionary knows
  // the word only as one (a proper noun whose first sense says what kind of place).
  // (Not where a common phrase leads with its pieces: 城中 "in the city" before Chengzhong district.)
  // Most words stop at the first test: a common entry.
  // 满族 "Manchu ethnic group of Liaoning province": a people, not a place.
  if (ETHNIC_SENSE.test(definitions[0] ?? '')) return 'word';
  // 朱棣, 溥仪: a historical person the dictionary names as one ("personal name of the Yongle
  // Emperor", "(1906-1967)"), whatever jieba tagged them.
  // 乾隆皇帝, 康熙帝: a reign, era or temple name CC-CEDICT knows and the ruler's title.
  const reign = entries.length === 0 ? /^(.{2,}?)(?:皇帝|大帝|帝|皇后|太后)$/u.exec(text)?.[1] : undefined;
  if (reign !== undefined && sharedEntries(reign).some((e) => /^[A-Z]/.test(e.pinyin) && e.senses.some((x) => /\b(?:reign|era|emperor|temple name)\b/i.test(x)))) return 'person';
  if (entries.length > 0 && entries.every((e) => /^[A-Z]/.test(e.pinyin)) && HISTORICAL_PERSON.test(definitions[0] ?? '') && !NOT_A_PERSON.test(definitions[0] ?? '')) return 'person';
  // (jieba's "organisation" too, for a district the dictionary names as one, 渝中区/nt.)
  const namedPlace = tag === 'nt' && /[区县市镇乡省州旗]$/u.test(text) && !ORGANIZATION_SENSE.test(definitions[0] ?? '');
  if (entries.length > 0 && entries.every((e) => /^[A-Z]/.test(e.pinyin)) && (!isNameTag(tag) || tag.startsWith('nr') || tag === 'nz' || namedPlace)) {
    const piecesLead = !isNameTag(tag) && tag !== 'j' && phraseAsWell(definitions[0] ?? '') && definitions.some((d) => ONLY_A_NAME.test(d)) && !(length >= 3 && /[区县市镇乡省州旗]$/u.test(text) && PLACE_SENSE.test(definitions[0] ?? ''));
    if (!piecesLead && (PLACE_SENSE.test(definitions[0] ?? '') || STREET_SENSE.test(definitions[0] ?? '')) && !PERSON_SENSE.test(definitions[0] ?? '')) return 'place';
  }
  const proper0 = /^[A-Z]/.test(entries[0]?.pinyin ?? '');
  // 普京/ns "Vladimir Putin (1952-)", 莎士比亚 "Shakespeare (name)": a person the dictionary dates
  // or names, whatever jieba tagged them; 孙悟空, 孔乙己, 张三: a character of fiction, or anybody.
  // (Not an age or a dynasty that has dates too, 唐朝 (618-907). A bare "(name)" may be a person's
  // or a place's, 华威 "Warwick (name)": jieba's tag decides, below.)
  const def0 = definitions[0] ?? '';
  const dated = LIFESPAN.test(def0) && !NOT_A_PERSON.test(def0);
  if (proper0 && length >= 2 && (dated || FICTIONAL_PERSON.test(def0))) {
    // (孙子 "grandson" is family before it is Sun Tzu.)
    if (!entries.some((e) => /^[a-z]/.test(e.pinyin) && e.senses.some((x) => KIN_SENSE.test(x)))) return 'person';
  }
  // jieba tags some titles and things as names (永乐大典 "nr"); the dictionary knows better.
  if (tag.startsWith('nr')) return entries.length === 0 || definitions.some((d) => PERSON_SENSE.test(d)) ? 'person' : 'word';
  // …and ordinary words as places (新鲜, 深度 "ns"): a place only if the proper noun leads.
  const proper = entries.length === 0 || /^[A-Z]/.test(entries[0]?.pinyin ?? '');
  // (Nor a way something faces: 朝南 "facing south", 坐北朝南.)
  // (Nor a degree or a kind, 中度, 新型: jieba's "place" for a word CC-CEDICT lacks that ends like one.)
  // (Nor a floor, 六楼 "the sixth floor".)
  if (tag === 'ns' && proper && !(entries.length === 0 && (pairOfAdjectives(text) || describedPlace(text) || describedCommonThing(text) || FACING.test(text) || /[度性型式级]$/u.test(text) || /^[一二三四五六七八九十]+[楼层]$/u.test(text) || KINDS_OF_VILLAGE.test(text) || NOT_PLACE_SHAPE.test(text)))) return 'place';
  if (tag === 'nt' && proper) return 'organization';
  // jieba's "i" also covers set phrases of three characters (一口气, 前不久, 自尊心) and everyday
  // phrases of four (贯彻落实, 认真听讲, 今年以来): an idiom by the tag only from four characters
  // up and when CC-CEDICT has the phrase, otherwise when the dictionary says so.
  // (Not a term jieba files with its idioms whose every sense is plain: 心力衰竭 "heart failure",
  // 大气污染 "air pollution".)
  const term = definitions.length > 0 && definitions.every((d) => TERM_SENSE.test(d));
  if ((tag === 'i' && length >= 4 && entries.length > 0 && !term) || definitions.some((d) => /\(idiom\)/.test(d))) return 'idiom';
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

/** 七中 "No. 7 Middle School (short for 第七中学)", for a numbered school (see numberedSchools in ./segment). */
function schoolGloss(text: string): string | undefined {
  const m = /^(.+)中$/u.exec(text);
  const n = m?.[1] ? chineseNumber(m[1]) : undefined;
  return n ? `No. ${n} Middle School (short for 第${m?.[1] ?? ''}中学)` : undefined;
}

/** 十一点半 "half past 11", 三点整 "3 o'clock sharp", 八点十五分 "8:15": a time of day. */
function clockGloss(text: string): string | undefined {
  const m = /^([一二两三四五六七八九十]+)点(半|整|([一二三四五六七八九十]+)分)?$/u.exec(text);
  const hour = m?.[1] ? chineseNumber(m[1].replace('两', '二')) : undefined;
  if (!m || hour === undefined) return undefined;
  if (m[2] === '半') return `half past ${hour} (${hour}:30)`;
  if (m[2] === '整') return `${hour} o'clock sharp`;
  const minutes = m[3] ? chineseNumber(m[3]) : undefined;
  return minutes !== undefined ? `${hour}:${minutes.padStart(2, '0')}` : `${hour} o'clock`;
}

/** 上周三 "last Wednesday", 下星期五 "next Friday": a day of a week before or after this one. */
function weekdayGloss(text: string): string | undefined {
  const m = /^([上下本这])(?:周|星期|礼拜)([一二三四五六日天末])$/u.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  const day = { 一: 'Monday', 二: 'Tuesday', 三: 'Wednesday', 四: 'Thursday', 五: 'Friday', 六: 'Saturday', 日: 'Sunday', 天: 'Sunday', 末: 'weekend' }[m[2]];
  const which = m[1] === '上' ? 'last' : m[1] === '下' ? 'next' : 'this';
  return day ? `${which} ${day}` : undefined;
}

/** 六楼 "the 6th floor": a storey by its number (not "six + storied building"). */
function floorGloss(text: string): string | undefined {
  const m = /^([一二三四五六七八九十]+|[0-9]+)楼$/u.exec(text);
  const n = m?.[1] ? (/^[0-9]+$/.test(m[1]) ? m[1] : chineseNumber(m[1])) : undefined;
  return n === undefined ? undefined : `the ${n}${ordinalSuffix(Number(n))} floor`;
}

/** 初五 "the 5th day of a lunar month" (CC-CEDICT lists only some of the ten). */
function lunarDayGloss(text: string): string | undefined {
  const m = /^初([一二三四五六七八九十])$/u.exec(text);
  const n = m?.[1] ? chineseNumber(m[1]) : undefined;
  return n === undefined ? undefined : `the ${n}${ordinalSuffix(Number(n))} day of a lunar month`;
}

/** The kinds of school namedSchools (./segment) joins a name to, in English. */
const SCHOOL_KIND_NAMES: readonly (readonly [string, string])[] = [
  ['职业学校', 'Vocational School'], ['幼儿园', 'Kindergarten'], ['中心校', 'Central School'], ['小学', 'Primary School'], ['中学', 'Middle School'],
  ['大学', 'University'], ['学校', 'School'], ['初中', 'Junior High School'], ['高中', 'High School'], ['技校', 'Technical School'],
];

/** What a team is of or for, not its name: 中国体操队 is China's gymnastics team. */
const TEAM_OF_A_KIND = /^(?:体操|足球|篮球|排球|乒乓|羽毛|网球|游泳|跳水|田径|举重|射击|击剑|冰球|滑冰|滑雪|国家|青年|少年|女子|男子|代表|消防|救援|医疗|考察|科考|志愿|工作|服务|巡逻|突击|宣传|演出|合唱|舞蹈|腰鼓|秧歌|战鼓|锣鼓|龙舟|舞狮)$|[省市县区州队]/u;

/**
 * 广东宏远队 "Guangdong Hongyuan team (a team's name)": a province or city, a name of two characters
 * (a club's, a sponsor's) and 队; not 中国体操队, whose middle is what the team does (TEAM_OF_A_KIND).
 */
function teamGloss(text: string, pinyin: readonly string[]): string | undefined {
  const chars = Array.from(text);
  if (chars.length < 5 || chars.length > 6 || chars[chars.length - 1] !== '队') return undefined;
  const place = chars.slice(0, chars.length - 3).join('');
  const name = chars.slice(chars.length - 3, chars.length - 1).join('');
  if (!knownPlace(place) || TEAM_OF_A_KIND.test(name)) return undefined;
  const syllables = plainSyllables(pinyin);
  if (syllables.length !== chars.length) return undefined;
  const placeLength = chars.length - 3;
  return `${capitalise(joinSyllables(syllables.slice(0, placeLength)))} ${capitalise(joinSyllables(syllables.slice(placeLength, placeLength + 2)))} team (a team's name)`;
}

/** 育才小学 "Yucai Primary School (school name)": the name said, the kind in English; then its pieces. */
function namedSchoolGloss(text: string, pinyin: readonly string[]): string | undefined {
  const kind = SCHOOL_KIND_NAMES.find(([k]) => text.endsWith(k) && text.length > k.length);
  const chars = Array.from(text);
  // (One or two words of two characters: a longer one, 长春市第二实验中学, is read piece by piece.)
  const nameLength = kind ? chars.length - Array.from(kind[0]).length : 0;
  if (!kind || nameLength % 2 !== 0 || nameLength > 4) return undefined;
  // (Nor one named after a place or person the dictionary has, 伦敦大学: its pieces say it in English.)
  const proper = (word: string): boolean => sharedEntries(word).some((e) => /^[A-Z]/.test(e.pinyin));
  if (proper(chars.slice(0, nameLength).join(''))) return undefined;
  for (let i = 0; i < nameLength; i += 2) if (proper(chars.slice(i, i + 2).join(''))) return undefined;
  const syllables = plainSyllables(pinyin);
  const words: string[] = [];
  for (let i = 0; i < nameLength; i += 2) {
    // (第二实验中学: "No. 2".)
    const n = chars[i] === '第' ? chineseNumber(chars[i + 1] ?? '') : undefined;
    words.push(n ? `No. ${n}` : capitalise(joinSyllables(syllables.slice(i, i + 2))));
  }
  return `${words.join(' ')} ${kind[1]} (school name)`;
}

/** Kinship terms after a surname (张姐 "Sister Zhang"), in English. */
const KIN_ADDRESS: Readonly<Record<string, string>> = {
  姐: 'Sister', 哥: 'Brother', 叔: 'Uncle', 伯: 'Uncle', 姨: 'Auntie', 婶: 'Auntie', 嫂: 'Sister-in-law', 爷: 'Grandpa', 奶: 'Granny', 妈: 'Mother',
};

/** Titles cut short after a surname (王总 "Wang, the boss"), in English. */
const TITLE_ADDRESS: Readonly<Record<string, string>> = {
  总: 'the boss (总 for 总经理 general manager or 总裁 president)',
  董: 'the chairman (董 for 董事长)',
  导: 'the director (导 for 导演)',
};

/** "Li Pengfei (personal name)" from 李鹏飞 read lǐ péng fēi; double surnames stay together (Ouyang Xiu). */
export function nameLabel(text: string, pinyin: readonly string[]): string {
  const chars = Array.from(text);
  // 黄某, 张某某: a person the report does not name.
  // (欧阳某: a double surname too, Ouyang X.)
  const held = chars.length >= 3 && surnameLength(chars) === 2 ? 2 : 1;
  if (chars.length > held && chars.slice(held).every((c) => c === '某')) {
    return `${capitalise(joinSyllables(plainSyllables(pinyin).slice(0, held)))} X (a person whose full name is withheld; 某 "a certain")`;
  }
  const syllables = plainSyllables(pinyin);
  // 林某强: a court report's pseudonym, surname, 某 and one character of the given name.
  if (chars.length === 3 && chars[1] === '某') {
    return `${capitalise(syllables[0] ?? '')} X ${capitalise(syllables[2] ?? '')} (a person named by surname, 某 "a certain", and one character)`;
  }
  // 张姐, 李叔: a surname and a kinship term, how someone is familiarly addressed.
  const kin = chars.length === 2 ? KIN_ADDRESS[chars[1] ?? ''] : undefined;
  // (芳姐: a given name may come first too, how friends call someone.)
  if (kin) return `${kin} ${capitalise(syllables[0] ?? '')} (a familiar way to address someone ${nameData().surnames.has(chars[0] ?? '') ? 'surnamed' : 'called'} ${capitalise(syllables[0] ?? '')})`;
  // 王总, 李董: a surname and a title cut short, how staff address the boss.
  const title = chars.length === 2 && surnameLength([chars[0] ?? '']) === 1 ? TITLE_ADDRESS[chars[1] ?? ''] : undefined;
  if (title) return `${capitalise(syllables[0] ?? '')}, ${title} (a surname and a title cut short)`;
  // 乐乐, 朵朵: a pet name said twice, one word with no surname (Lele).
  if (chars.length === 2 && chars[0] === chars[1]) return `${capitalise(joinSyllables(syllables))} (personal name)`;
  // 扎西, 鳌拜: no surname first, a name of another people (Tibetan, Manchu), said as one (Zhaxi).
  const own = surnameLength(chars);
  // (小王, 老李, 阿龙: a familiar prefix, said apart, Xiao Wang.)
  if (own === 0 && !/^[小老阿]/u.test(text)) return `${capitalise(joinSyllables(syllables))} (personal name)`;
  const surname = capitalise(joinSyllables(syllables.slice(0, Math.max(own, 1))));
  const given = capitalise(joinSyllables(syllables.slice(Math.max(own, 1))));
  return `${[surname, given].filter(Boolean).join(' ')} (personal name)`;
}

/** Where a word ending in one of these puts something (屋里 "in the room", 桌上), for words the dictionary lacks. */
const LOCALIZERS: Readonly<Record<string, string>> = { 里: 'inside', 内: 'inside', 外: 'outside', 旁: 'beside', 边: 'side', 上: 'on', 下: 'under' };

/** What the last character of a place name says it is. */
const PLACE_KINDS: Readonly<Record<string, string>> = {
  村: 'Village', 屯: 'Hamlet', 镇: 'Town', 乡: 'Township', 县: 'County', 市: 'City', 区: 'District', 湖: 'Lake', 山: 'Mountain', 河: 'River', 江: 'River', 堤: 'Causeway', 桥: 'Bridge', 寺: 'Temple',
  庙: 'Temple', 观: 'Taoist Temple', 塔: 'Pagoda', 亭: 'Pavilion', 路: 'Road', 街: 'Street', 庄: 'Village',
  峰: 'Peak', 顶: 'Summit', 泉: 'Spring', 洞: 'Cave', 宫: 'Palace', 殿: 'Hall', 阁: 'Pavilion', 楼: 'Tower', 园: 'Garden', 峡: 'Gorge', 岭: 'Ridge',
  鎮: 'Town', 鄉: 'Township', 縣: 'County', 區: 'District',
};

/** Kinds of sight named after a place or a word, never by one character before the kind (石桥 "stone bridge", 山峰 "peak"). */
const SIGHTS = new Set(['Temple', 'Taoist Temple', 'Pagoda', 'Pavilion', 'Peak', 'Summit', 'Spring', 'Cave', 'Palace', 'Hall', 'Tower', 'Garden', 'Gorge', 'Ridge']);

const KINDS_OF_VILLAGE = /^(?:行政|自然|中心|贫困|城中)[村镇乡]$/u;
/**
 * Shapes of jieba's "place" for a word CC-CEDICT lacks that name none: the lines of a couplet
 * (上联, 下联), coming to the door (上门来), a bunk (上铺). (Not 上虞, 后山: places start with 上
 * and 后 too.)
 */
/**
 * Shapes of no place jieba calls one: 上联, 上楼来, 上铺; 满山, 遍地 "all over the hill (ground)";
 * 镇里, 村里 "in the town (village)"; 山泉水 "spring water"; 落山 "(the sun) sets"; 枫林 "maple woods".
 */
const NOT_PLACE_SHAPE = /^[上下]联$|^[上下进出回][门楼]来$|^[上中下]铺$|^[满遍漫]山(?:遍野)?$|^[满遍]坡$|^[镇村乡县城屯寨]里$|^山泉水?$|^[落下出上]山$|^[枫松竹桃杨柳梨桦杉]林$/u;

/** The side of a city a road or street runs on (中山南路 "Zhongshan South Road"). */
const DIRECTION_WORDS: Readonly<Record<string, string>> = { 东: 'East', 南: 'South', 西: 'West', 北: 'North', 中: 'Middle' };

/** "Chaoyang Village (place name)" from 朝阳村 read cháo yáng cūn; undefined without a known ending. */
export function placeLabel(text: string, pinyin: readonly string[]): string | undefined {
  const chars = Array.from(text);
  // 望月湖街道: a city's subdistrict, "Wangyuehu Subdistrict".
  if (chars.length >= 4 && chars.length <= 6 && text.endsWith('街道') && plainSyllables(pinyin).length === chars.length) return `${capitalise(joinSyllables(plainSyllables(pinyin).slice(0, -2)))} Subdistrict (place name)`;
  // (A kind of village, 行政村 "administrative village", 自然村, is no village's name.)
  if (chars.length === 3 && KINDS_OF_VILLAGE.test(text)) return undefined;
  const kind = PLACE_KINDS[chars[chars.length - 1] ?? ''];
  const syllables = plainSyllables(pinyin);
  // 宋国: "the State of Song", one of the states of the Zhou era.
  if (chars.length === 2 && chars[1] === '国' && OLD_STATES.has(chars[0] ?? '') && syllables.length === 2) return `the State of ${capitalise(syllables[0] ?? '')} (a state of the Zhou era)`;
  if (!kind || chars.length < 2 || syllables.length !== chars.length || describedPlace(text)) return undefined;
  // 向海蒙古族乡: a township or town of a people, "Xianghai Mongol Ethnic Township".
  if (chars.at(-2) === '族' && (kind === 'Township' || kind === 'Town')) {
    for (let own = 0; own <= chars.length - 4; own++) {
      const group = /^(.+?) ethnic group\b/.exec(sharedEntries(chars.slice(own, -1).join(''))[0]?.senses[0] ?? '')?.[1];
      if (group === undefined) continue;
      const name = own > 0 ? `${capitalise(joinSyllables(syllables.slice(0, own)))} ` : '';
      return `${name}${group} Ethnic ${kind} (place name)`;
    }
  }
  // A name is short, and its suffix is not the end of a word (长江中下游地区 ends in 地区 "region",
  // 工业园区 in 园区): those are phrases, not a place called "Changjiangzhongxiayoudi".
  // (A suffix the dictionary knows only as another place's name, 大湖 of 北大湖, is still the suffix.)
  // 枫林一路 "Fenglin No. 1 Road".
  const numbered = /^(.{2})([一二三四五六七八九十])路$/u.exec(text);
  if (numbered?.[2] && syllables.length === chars.length) return `${capitalise(joinSyllables(syllables.slice(0, 2)))} No. ${chineseNumber(numbered[2]) ?? ''} Road (place name)`;
  const road = kind === 'Road' || kind === 'Street';
  if (road) {
    // 南大街 "South Main Street", 中山南路 "Zhongshan South Road": a direction is said in English.
    const main = text.endsWith('大街') ? 2 : 1;
    const side = DIRECTION_WORDS[chars[chars.length - main - 1] ?? ''];
    const name = chars.slice(0, chars.length - main - (side ? 1 : 0));
    const said = capitalise(joinSyllables(syllables.slice(0, name.length)));
    // (A direction and 路 alone, 北路, is a piece of a longer name or a circuit of old: its pieces say
    // it; so is one character before it, 山南路 of 麓|山南路.)
    if (name.length === 0) return side && main === 2 ? `${side} Main Street (place name)` : undefined;
    if (name.length === 1 && side) return undefined;
    if (side || main === 2) return `${said}${side ? ` ${side}` : ''} ${main === 2 ? 'Street' : kind} (place name)`;
  }
  // (A road named after a word the dictionary has is that road: 中山路 "Zhongshan Road", whatever 山路 is.)
  const namedRoad = road && sharedEntries(chars.slice(0, -1).join('')).length > 0;
  if (chars.length > 5 || (chars.length > 2 && isCommonWord(chars.slice(-2).join('')) && !namedRoad)) return undefined;
  // (Nor a bridge, temple or causeway of a place the dictionary names: 八里桥 is not "Bali Bridge".)
  if ((kind === 'Causeway' || kind === 'Bridge' || SIGHTS.has(kind)) && chars.length > 2 && sharedEntries(chars.slice(0, -1).join('')).some((e) => /^[A-Z]/.test(e.pinyin) && PLACE_SENSE.test(e.senses[0] ?? ''))) return undefined;
  // (A river is named by more than the river: 长河 is "a long river".)
  // (Nor a bridge or temple of one character and the kind, 石桥 "stone bridge": 苏堤 is a causeway's name.)
  if ((kind === 'River' || kind === 'Bridge' || SIGHTS.has(kind) || road) && chars.length < 3) return undefined;
  // (Nor a road named by a direction, 西北路, 东大街: a part of a longer road's name or a circuit of old.)
  if (road && /^[东南西北中]+$/u.test(chars.slice(0, -1).join(''))) return undefined;
  return `${capitalise(joinSyllables(syllables.slice(0, -1)))} ${kind} (place name)`;
}

/** Last characters that make a place word of what comes before: the station, the inside, the bank. */
const PLACE_WORD_ENDS = new Set(Array.from('站里内外边旁上下前后中畔区街路口门楼场馆园'));

/** What a foreign place spelt in characters says it is, by its last character. */
const FOREIGN_PLACE_KINDS: Readonly<Record<string, string>> = { 港: 'Port', 市: 'City', 州: 'State', 岛: 'Island', 河: 'River', 湖: 'Lake', 湾: 'Bay', 省: 'Province', 城: 'City' };

/** "Zhalubinuo Port (foreign place name)" for 扎鲁比诺港: a transliterated name and its kind. */
function foreignPlaceLabel(chars: readonly string[], pinyin: readonly string[]): string | undefined {
  const kind = FOREIGN_PLACE_KINDS[chars[chars.length - 1] ?? ''];
  const stem = chars.slice(0, -1);
  // (A stem the dictionary knows, 肯塔基 Kentucky, says more in its own entry.)
  if (!kind || stem.length < 3 || !transliterated(stem.join('')) || sharedEntries(stem.join('')).length > 0) return undefined;
  return `${capitalise(joinSyllables(plainSyllables(pinyin).slice(0, -1)))} ${kind} (foreign place name, transliterated)`;
}

/**
 * "Kaerwaduosi (foreign place name, transliterated)" for 卡尔瓦多斯: a foreign place spelt in
 * characters, its kind unsaid, with a sound only foreign names have (尔, 斯, 夫…) or ending in 亚
 * (安达卢西亚). (Not 西安门 or 乌兰哈达, places in China spelt with the same characters.)
 */
function transliteratedPlaceLabel(chars: readonly string[], pinyin: readonly string[]): string | undefined {
  const text = chars.join('');
  if (chars.length < 3 || !transliterated(text) || !(soundsOnlyForeign(text) || text.endsWith('亚'))) return undefined;
  return `${capitalise(joinSyllables(plainSyllables(pinyin)))} (foreign place name, transliterated)`;
}

/** "Xianghai (place name)" for a place of two to four characters whose name says no kind of place. */
/** `named`: a place the text names as one (朝阳、和平两个社区), even a common word. */
function bareNameOfPlace(chars: readonly string[], pinyin: readonly string[], named = false): string | undefined {
  const syllables = plainSyllables(pinyin);
  if (chars.length < 2 || chars.length > 3 || syllables.length !== chars.length || !chars.every((c) => HAN_CHAR.test(c)) || describedPlace(chars.join(''))) return undefined;
  // (Not a phrase of words, 城市绿化, 欧洲各国, nor a word and where, 镇里, 西站, 江畔.)
  // (沈家门, 曹家渡: a family's place, whatever words 家门 or 家渡 make.)
  const family = chars.length === 3 && chars[1] === '家';
  if ((PLACE_WORD_ENDS.has(chars[chars.length - 1] ?? '') && !family) || (!named && !family && chars.some((_, i) => i > 0 && isCommonWord((chars[i - 1] ?? '') + (chars[i] ?? ''))))) return undefined;
  return `${capitalise(joinSyllables(syllables))} (place name)`;
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
    // (万分之五: the number, then 分之 "parts of", not 万分 "very much".)
    if ((j - i >= 2 && chineseNumber(run)) || (j > i && chars[j] === '分' && chars[j + 1] === '之' && !hasWord(`${run}分之`))) {
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
/** 高三, 初二: the year of senior or junior high school, where CC-CEDICT lacks it. */
export function schoolYearGloss(text: string): string | undefined {
  const m = /^([高初])([一二三])$/u.exec(text);
  if (!m) return undefined;
  const year = { 一: 'first', 二: 'second', 三: 'third' }[m[2] as '一' | '二' | '三'];
  return `${year} year of ${m[1] === '高' ? 'senior' : 'junior'} high school`;
}

/** 80后, 九〇后, 00后: people born in that decade (see generations in ./segment). */
export function generationGloss(text: string): string | undefined {
  const m = /^([0-9〇零一二五六七八九])([0〇零])后$/u.exec(text);
  if (!m) return undefined;
  const digit = /[0-9]/.test(m[1] ?? '') ? Number(m[1]) : (chineseNumber(m[1] === '〇' ? '零' : (m[1] ?? '')) ?? '0');
  const tens = Number(digit);
  const decade = tens >= 3 ? 1900 + tens * 10 : 2000 + tens * 10;
  return `people born in the ${decade}s (the post-${String(decade).slice(2)} generation)`;
}

const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** 老三, 老五: the third or fifth child of a family (or brother, or sister), as siblings call them. */
function siblingGloss(text: string): string | undefined {
  const m = /^老([三四五六七八九十])$/u.exec(text);
  const n = m ? Number(chineseNumber(m[1] ?? '') ?? 0) : 0;
  return n >= 3 && n <= 10 ? `the ${ORDINALS[n]} child of a family (what siblings call the ${ORDINALS[n]} brother or sister)` : undefined;
}

const AWARD_CLASS: Readonly<Record<string, string>> = { 一: 'first', 二: 'second', 三: 'third', 四: 'fourth', 特: 'special' };

/** 三等功, 二等奖: a third-class merit (an award for service), a second prize. */
function awardGloss(text: string): string | undefined {
  const m = /^([一二三四特])等(功|奖)$/u.exec(text);
  const rank = m?.[1] ? AWARD_CLASS[m[1]] : undefined;
  if (!rank) return undefined;
  return m?.[2] === '功' ? `${rank}-class merit (an award for service, in the army or at work)` : `${rank} prize`;
}

const EVERY_UNIT: Readonly<Record<string, string>> = { 年: 'year', 月: 'month', 周: 'week', 星期: 'week', 天: 'day', 日: 'day', 季: 'season' };

/** 一年一度, 一周一次: once a year, once a week (annual, weekly). */
function onceEveryGloss(text: string): string | undefined {
  const m = /^一(年|月|周|星期|天|日|季)一(?:度|次|回)$/u.exec(text);
  const unit = m?.[1] ? EVERY_UNIT[m[1]] : undefined;
  return unit ? `once a ${unit}; ${unit === 'year' ? 'annual' : unit === 'day' ? 'daily' : `${unit}ly`}` : undefined;
}

/** 越走越远: "the more 走 (zǒu) to walk, the more 远 (yuǎn) far", the pattern 越…越… with one character each. */
function moreAndMoreGloss(chars: readonly string[], pinyin: readonly string[]): string | undefined {
  if (chars.length !== 4 || chars[0] !== '越' || chars[2] !== '越' || chars[1] === '来') return undefined;
  const sense = (c: string, py: string) => definitionsForEntries(orderEntries(entriesFor(c), { pinyin: [py], tag: 'v' }))[0]?.split(/; | \| /)[0];
  const a = sense(chars[1] ?? '', pinyin[1] ?? '');
  const b = sense(chars[3] ?? '', pinyin[3] ?? '');
  return a && b ? `the more ${chars[1]} (${pinyin[1]}) ${a}, the more ${chars[3]} (${pinyin[3]}) ${b} (越…越…)` : undefined;
}

/** 李家, 林家: "the Li family; the Lis' home", a surname and 家 (see surnamesBeforeThings in ./segment). */
function familyGloss(text: string, pinyin: readonly string[]): string | undefined {
  const chars = Array.from(text);
  if (chars.length !== 2 || chars[1] !== '家' || !isTopSurname(chars[0] ?? '')) return undefined;
  const name = capitalise(plainSyllables(pinyin)[0] ?? '');
  return `the ${name} family; the ${name}s' home (${chars[0]} surname ${name} + 家 family, home)`;
}

function numberGloss(text: string): string | undefined {
  // 五六个, 两三天: five or six.
  if (isApproximatePair(text)) {
    const [a = '', b = ''] = Array.from(text).map((c) => chineseNumber(c) ?? '');
    return `${a} or ${b} (a number)`;
  }
  // 二十八日: the 28th, a day of the month (日 "sun" is no help).
  const day = /^([〇零一二三四五六七八九十]+)[日号]$/u.exec(text);
  const dayNumber = day?.[1] ? Number(chineseNumber(day[1])) : NaN;
  if (dayNumber >= 1 && dayNumber <= 31) return `the ${dayNumber}${ordinalSuffix(dayNumber)} (day of the month)`;
  // 二三十, 三四百, 五六千: twenty or thirty, two neighbouring digits and their unit.
  const scaled = /^([一二两三四五六七八九]{2})([十百千万])$/u.exec(text);
  if (scaled?.[1] && scaled[2] && isApproximatePair(scaled[1])) {
    const [a = '', b = ''] = Array.from(scaled[1]).map((c) => chineseNumber(`${c}${scaled[2]}`) ?? '');
    return `${Number(a).toLocaleString('en')} or ${Number(b).toLocaleString('en')} (a number)`;
  }
  // 一百二三十, 三千五六百: a round number, then two neighbouring digits of the next unit (120 or 130).
  const after = /^([〇零一二三四五六七八九十百千万两]+[百千万])([一二两三四五六七八九]{2})([十百千])$/u.exec(text);
  if (after?.[1] && after[2] && after[3] && isApproximatePair(after[2])) {
    const [a = '', b = ''] = Array.from(after[2]).map((c) => chineseNumber(`${after[1]}${c}${after[3]}`) ?? '');
    if (a && b) return `${Number(a).toLocaleString('en')} or ${Number(b).toLocaleString('en')} (a number)`;
  }
  if (text.startsWith('数') || text.startsWith('几')) {
    const value = chineseNumber(text.slice(1));
    const several = value ? SEVERAL[value] : undefined;
    return several ? `${several} (a number)` : undefined;
  }
  // 万余骑兵 "10,000-odd horsemen"; 86万余元, 3亿多: the unit and "-odd" after a number in digits.
  const unitOdd = /^([万亿])[多余]$/u.exec(text);
  if (unitOdd) {
    return unitOdd[1] === '万'
      ? '10,000-odd; after a number, ×10,000 and more (86万余 "over 860,000")'
      : '100,000,000-odd; after a number, ×100,000,000 and more (3亿多 "over 300 million")';
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

/** Senses that describe what follows them: what a one-character head lends a compound. */
const MODIFIER_SENSE =
  /^(?:\(bound form\) )?(?:main|principal|middle|medium|female|male|general|overall|total|deputy|vice-|assistant|small|big|large|great|old|new|high|low|whole|entire|former|original|cold|hot|warm|cool|short|long|thick|thin|heavy|light|fast|slow|young|single|double|wild|raw|fresh|dry|wet|sweet|sour|bitter|salty|red|black|white|green|yellow|blue|purple|grey|gray|golden|wooden|stone|iron|steel|public|private|national|foreign|inner|outer|front|back|upper|lower|east|west|south|north|central|of long standing)(?:$|[;,])/;

/**
 * The sense a one-character suffix has after a word it turns into a thing (冰雪|节 "festival",
 * 卫生|院 "institution", 排污|口 "mouth", 同志|会 "association"), where its first sense is another.
 */
const SUFFIX_SENSES: Readonly<Record<string, RegExp>> = {
  节: /festival/,
  院: /^institution/,
  会: /association/,
  展: /^exhibition/,
  费: /^fee/,
  赛: /^competition/,
  口: /^mouth/,
  站: /^station/,
  局: /^office/,
  所: /^place/,
  场: /^large place/,
  点: /^point|^spot/,
  单: /^list|^form/,
  区: /^area/,
  卡: /card/,
  圈: /^circle/,
  馆: /^building/,
  // (A park, 产业园 "industrial park": the site of recreation before the plot of plants.)
  园: /recreation/,
  // A university's department after its subject (中文系, 历史系), not a system; an office's (编辑部).
  系: /^department/,
  部: /^department/,
  // What is measured of it: 零售额 "retail sales", 利用率, 生长期.
  额: /amount/,
  率: /^rate/,
  期: /^a period of time|^period/,
  // 充电桩 "charging post".
  桩: /^stump; stake; pile/,
  // 电梯间, 操作间: a room.
  间: /^room/,
  // 中国营养学会: a learned society (not "to learn").
  学会: /learned society|association/,
  // 主攻手, 狙击手: who does it.
  手: /^person engaged|^person skilled/,
};

/**
 * Senses a character has in a word the dictionary lacks by where it stands, where the table of
 * ./piece-senses has none or the wrong one: "<" first, ">" last, "*" anywhere (where pieceFallback says).
 */
const PIECE_CHOICES: ReadonlyMap<string, RegExp> = new Map([
  ['被<', /passive/],
  ['面<', /noodles/],
  ['子>', /^(?:\(noun suffix\)|small thing)/],
  ['往>', /towards/],
  ['方>', /^(?:side|party)\b/],
  ['太>', /^(?:too|very|extremely)\b/],
  ['里*', /^(?:inside|interior)\b/],
]);

/** Suffixes of what is measured of a thing (零售额, 利用率, 生长期): see SUFFIX_SENSES. */
const MEASURED = new Set([...'额率期']);
/** A head word rarer than this (in the corpus frequency list) yields to a commoner word after it. */
const RARE_HEAD_RANK = 20_000;

/** What follows a country's one-character name in a word for its side, army, people or goods (俄方, 美军, 日籍). */
const COUNTRY_PARTNER = /^[方军籍侨企商资币语文货产队媒]$/u;

/** The country a one-character proper noun names (俄 "Russia", 日 "Japan"), or undefined. */
function countrySense(char: string): string | undefined {
  for (const e of sharedEntries(char)) {
    if (!/^[A-Z]/.test(e.pinyin)) continue;
    const named = definitionsForEntries([e]).find((x) => /^(?:Russia|France|Germany|United Kingdom|Japan|USA|Korea)\b|\b(?:Japan|USA|Korea)\b/.test(x.replace(/^\(bound form\) /, '')));
    if (named) return named;
  }
  return undefined;
}

/** Coming, going or being somewhere, before a place's short name (来京, 赴沪, 返粤, 在京). */
const GOING = /^[来赴返离进回抵驻在留]$/u;

/** The place a one-character short name stands for, from CC-CEDICT's "abbr. for Beijing", "short name for Shanghai". */
function shortName(char: string): string | undefined {
  for (const e of sharedEntries(char)) {
    if (!/^[A-Z]/.test(e.pinyin)) continue;
    for (const x of e.senses) {
      const m = /^(?:abbr\. for|short name for) ([A-Z][\w' -]+?)(?: \S*\p{Script=Han}.*)?$/u.exec(x);
      if (m?.[1]) return `${m[1]} (short name)`;
    }
  }
  return undefined;
}

/** What has a committee, 委 (区委 "district Party committee", 党委). */
const COMMITTEE_OF = /^[区县市省州镇乡村党团]$/u;

/**
 * `compound`: the text is a noun whose first character describes the rest (主教练, 中雨), so that
 * character leads with the sense that describes and the rest with its noun.
 */
function pieceFallback(text: string, pinyin: readonly string[], byCharacter = false, lastGloss?: string, compound = false, verb = false): string[] {
  const chars = Array.from(text);
  // 秘书|局, 篮球|赛: a word and its suffix split there, not 秘|书局 "bookstore".
  const head = chars.slice(0, -1).join('');
  // (And any word with what is measured of it, 生长|期 "growing season", not 生|长期 "life + long term".)
  // (Not where a describing character heads a rare word and the last two characters make a
  // commoner one: 大|功率 "high-power", not 大功 "great merit" + 率; 生长|期, 绝经|期 stay.)
  const tail = chars.slice(1).join('');
  const modifiedHead = /^(?:a|b)$/.test(jiebaTag(chars[0] ?? '') ?? '') && rankOf(head) > RARE_HEAD_RANK && isCommonWord(tail) && rankOf(tail) < rankOf(head);
  const suffixed = (compound || MEASURED.has(chars[2] ?? '')) && chars.length === 3 && SUFFIX_SENSES[chars[2] ?? ''] !== undefined && isCommonWord(head) && !modifiedHead;
  // (A piece CC-CEDICT knows only as a name is its characters here: 中到|大雪 "heavy snow", not the
  // solar term Daxue; see dictionaryToken for the word alone.)
  const pieces = (byCharacter ? chars : suffixed ? [head, chars[2] ?? ''] : glossPieces(chars)).flatMap((p) => (onlyAName(p) ? Array.from(p) : [p]));
  const parts: string[] = [];
  // Split as the pinyin engine splits it (fewest words, the backward split on a tie: 新|手机, not 新手|机).
  let i = 0;
  let afterNumber = false;
  let described = false;
  let afterCountry = false;
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k] ?? '';
    const end = i + Array.from(piece).length;
    // 区|委 书记: after a level of government or the Party, 委 is its committee, and that level
    // the unit it governs (区 "district", not "area").
    const committee = piece === '委' && COMMITTEE_OF.test(pieces[k - 1] ?? '');
    const level = pieces[k + 1] === '委' && COMMITTEE_OF.test(piece);
    const reading = pinyin.slice(i, end);
    if (HAN.test(piece)) {
      const entries = orderEntries(entriesFor(piece), { pinyin: reading, tag: 'n' });
      const number = NUMERAL_CHARS.has(Array.from(piece)[0] ?? '') && Array.from(piece).length > 1 ? chineseNumber(piece) : undefined;
      const value = number ? readableNumber(number) : undefined;
      // A piece is a word on its own here: its everyday sense, as when tapped alone (本报|讯 "news"),
      // and after a number its measure word's (第|二十九|届 "classifier for events…").
      const usual = withUsualSenseFirst(piece, entries, definitionsForEntries(entries.slice(0, 1)));
      // A one-character head before the rest describes it (主教练 "main", 中雨 "middle", 女主角 "female").
      // (Only a head jieba knows as a describing word, adjective, distinguishing word or position:
      // 区 of 区政府 is the district, not its sense "small".)
      const describes = compound && i === 0 && pieces.length > 1 && Array.from(piece).length === 1 && /^(?:a|ag|b|f)$/.test(jiebaTag(piece) ?? '');
      const modifier = describes ? usual.find((d) => MODIFIER_SENSE.test(d)) : undefined;
      if (modifier) described = true;
      // A suffix after a word of two or more characters: what it makes of it (冰雪|节 "festival").
      const last = end === chars.length && (Array.from(piece).length === 1 || SUFFIX_SENSES[piece] !== undefined) && i >= 2 && pieces.length > 1;
      // (厅 is a department after what one is in charge of, 科技|厅; elsewhere a hall, 街机|厅.)
      // (局 is a game or set after winning or deciding it, 决胜|局 "deciding set", not an office.)
      const suffix = !last ? undefined : piece === '厅' && ADMINISTRATIVE_FIELDS.test(pieces[pieces.length - 2] ?? '') ? /^provincial government department/ : piece === '局' && /[胜败平输赢决开残终首末]/u.test(pieces[pieces.length - 2] ?? '') ? /classifier for games/ : SUFFIX_SENSES[piece];
      const made = suffix ? usual.find((d) => suffix.test(d)) : undefined;
      // …and what a describing head describes is a thing: its noun (主|教练 "coach", not "to coach").
      const unit = level ? usual.find((d) => /^(?:district|county|city|province|prefecture|town|township|village|party)\b/i.test(d)) : undefined;
      // 俄|方, 美|军, 日|籍: a country's one-character name before its side, army or nationality.
      const country = k === 0 && pieces.length === 2 && COUNTRY_PARTNER.test(pieces[1] ?? '') ? countrySense(piece) : undefined;
      if (country) afterCountry = true;
      // (…and 方 is its side.)
      const side = k === 1 && afterCountry && piece === '方' ? usual.find((d) => /^(?:side|party)\b/.test(d)) : undefined;
      // 日均, 日产: daily (日 "day", not "sun") before an average, output or sales.
      const daily = k === 0 && piece === '日' && /^[均产销耗增营]$/u.test(pieces[1] ?? '') ? usual.find((d) => /^day\b/.test(d)) : undefined;
      // 来|京, 赴|沪: after coming or going, a city's or province's one-character short name (京 "Beijing").
      const city = k === 1 && pieces.length === 2 && GOING.test(pieces[0] ?? '') ? shortName(piece) : undefined;
      // 产业|园, 装|车: a character first or last in the word, in the sense CC-CEDICT's words with it
      // there have ("park", "to load"; see ./piece-senses).
      const position = byCharacter || pieces.length < 2 || Array.from(piece).length !== 1 ? undefined : k === 0 ? 'first' : end === chars.length ? 'last' : undefined;
      const placedRaw = position && entries[0] ? pieceSense(piece, position, entries[0]) : undefined;
      // (In a verb, only a verb's sense: 加装 is no "clothing".)
      const placed = placedRaw === undefined || (verb && !/^(?:\([^)]*\) )?to [a-z]/.test(placedRaw)) ? undefined : formatSense(placedRaw);
      // (被 first is the passive, 往 last "towards", 方 last a side, 里 "inside": 被|盗, 运|往, 馆|方, 外焦|里|嫩.)
      // (子 last only in a word of three or more: 幼子 is a son, 小石子 a pebble.)
      const choice = (piece === '子' && chars.length < 3 ? undefined : PIECE_CHOICES.get(`${piece}${position === 'first' ? '<' : position === 'last' ? '>' : ''}`)) ?? (piece === '里' && !afterNumber && !/[一二三四五六七八九十百千万两几数]$/u.test(pieces[k - 1] ?? '') ? PIECE_CHOICES.get('里*') : undefined);
      // (谭氏: the Tan family, its first character the surname.)
      const clan = k === 0 && chars.length === 2 && chars[1] === '氏' ? /^surname /u : undefined;
      const chosen = choice || clan ? definitionsForEntries(entries).find((d) => (choice ?? clan)?.test(d) === true) : undefined;
      const senses = chosen ? [chosen] : committee ? ['(Party) committee'] : unit ? [unit] : country ? [country] : side ? [side] : daily ? [daily] : city ? [city] : made ? [made] : modifier ? [modifier, ...usual.filter((d) => d !== modifier)] : placed ? [placed] : described && end === chars.length ? sensesForTag(usual, 'n', Array.from(piece).length) : usual;
      // (…or its rank: 三|等|奖 "class; rank", not "to wait for".)
      const measure = afterNumber ? (senses.find((d) => /^\(?classifier\b|\(unit of /.test(d)) ?? senses.find((d) => /^(?:\(bound form\) )?(?:class|rank|grade)\b/.test(d))) : undefined;
      const gloss = (end === chars.length && lastGloss) || value || shortGloss(measure ? [measure] : senses) || 'not in the dictionary';
      // (一段时间: after a lone numeral too, 段 is the measure "period", not "paragraph".)
      afterNumber = value !== undefined || NUMERAL_CHARS.has(piece);
      const said = joinSyllables(reading.filter(Boolean));
      parts.push(`${piece}${said ? ` (${said})` : ''} ${gloss}`);
    }
    i = end;
  }
  return parts.length > 0 ? [parts.join(' + ')] : [];
}

/**
 * A word of two or more characters CC-CEDICT lists only as a solar term or a surname (大雪 Daxue,
 * 山下 "Yamashita"), not a day's name (春分). Places keep their names (吉林 is Jilin in any word).
 */
function onlyAName(word: string): boolean {
  if (Array.from(word).length < 2 || SOLAR_TERM_DAYS.test(word)) return false;
  const entries = entriesFor(word);
  if (entries.length === 0 || !entries.every((e) => /^[A-Z]/.test(e.pinyin))) return false;
  return definitionsForEntries(entries).every((d) => /\b(?:solar terms?|surname)\b/i.test(d));
}

/**
 * 翻了一番 "翻一番 (fān yì fān) to double, done": a word CC-CEDICT lists whole, split by the
 * aspect particle 了 after its verb (a separable verb: 鞠躬 → 鞠了一躬, 洗澡 → 洗了个澡 is not one
 * piece of text the dictionary has). Undefined for anything else.
 */
function separatedWordGloss(text: string, pinyin: readonly string[]): string | undefined {
  const chars = Array.from(text);
  const at = chars.indexOf('了');
  if (at < 1 || at === chars.length - 1 || chars.length < 4) return undefined;
  const word = [...chars.slice(0, at), ...chars.slice(at + 1)].join('');
  const reading = [...pinyin.slice(0, at), ...pinyin.slice(at + 1)];
  const senses = definitionsForEntries(orderEntries(entriesFor(word), { pinyin: reading, tag: 'v' }).filter((e) => /^[a-z]/.test(e.pinyin)));
  return senses[0] ? `${word} (${joinSyllables(reading.filter(Boolean))}) ${senses[0]}, done (了)` : undefined;
}

/**
 * 看不到 "cannot: 看到 (kàndào) to see", 听得懂 "can: 听懂 (tīngdǒng) to understand (what one
 * hears)": a verb and its result or direction with 不 or 得 between them, which CC-CEDICT lists
 * as the verb and its complement only (see potentialComplement in ./segment). Undefined otherwise.
 */
function potentialGloss(text: string, pinyin: readonly string[]): string | undefined {
  const split = potentialParts(text);
  if (!split) return undefined;
  const { word, at, negative } = split;
  const reading = [...pinyin.slice(0, at), ...pinyin.slice(at + 1)].map((p) => p.replace(/^(?:de|bu)$/, ''));
  if (split.built) {
    // 爬不动: "cannot: 爬 (pá) to climb + 动 (enough to) move"; 联系不上: the verb of two characters.
    const head = word.slice(0, at);
    const verbEntries = orderEntries(entriesFor(head), { pinyin: reading.slice(0, at), tag: 'v' });
    const verbSenses = withUsualSenseFirst(head, verbEntries, definitionsForEntries(verbEntries));
    const verb = verbSenses[0]?.startsWith('to ') ? verbSenses[0].split(/; | \| /)[0] : verbSenses.find((d) => /^to /.test(d))?.split('; ')[0];
    const end = word.slice(at);
    const result = POTENTIAL_RESULTS.get(end) ?? POTENTIAL_DIRECTIONS.get(end);
    return verb && result ? `cannot: ${head} (${joinSyllables(reading.slice(0, at))}) ${verb} + ${end} ${result}` : undefined;
  }
  const senses = definitionsForEntries(orderEntries(entriesFor(word), { pinyin: reading, tag: 'v' }).filter((e) => /^[a-z]/.test(e.pinyin)));
  const sense = senses.find((d) => /^(?:\([^)]*\) )?to /.test(d)) ?? senses[0];
  return sense ? `${negative ? 'cannot' : 'can'}: ${word} (${joinSyllables(reading.filter(Boolean))}) ${sense}` : undefined;
}

/**
 * 平平安安, 干干净净: a word said twice over, character by character (AABB), which CC-CEDICT
 * rarely lists: the word's own sense, marked as emphatic. Undefined for anything else.
 */
function reduplicatedGloss(chars: readonly string[], pinyin: readonly string[], verb = false): string | undefined {
  const aa = chars.length === 2 && chars[0] === chars[1];
  if (!aa && (chars.length !== 4 || chars[0] !== chars[1] || chars[2] !== chars[3] || chars[0] === chars[2])) return undefined;
  // 厚厚 "厚 thick, doubled", 平平安安 "平安 safe and sound, doubled".
  const word = aa ? (chars[0] ?? '') : `${chars[0]}${chars[2]}`;
  const reading = aa ? [pinyin[0] ?? ''] : [pinyin[0] ?? '', pinyin[2] ?? ''];
  const senses = definitionsForEntries(orderEntries(entriesFor(word), { pinyin: reading, tag: 'a' }));
  const sense = senses.find((d) => !/^(?:also |see |variant of |surname )/.test(d));
  if (!sense) return undefined;
  // 走走 "to walk a little": a verb said twice does it briefly or casually.
  if (verb && aa && sense.startsWith('to ')) return `${sense.split('; ')[0]} a little, briefly (${word} (${reading[0]}) said twice)`;
  return `${word} (${joinSyllables(reading.filter(Boolean))}) ${sense}, doubled for emphasis`;
}

/**
 * 阵阵 "one after another (阵 zhèn: classifier for …)", 一行行 "one after another, each (行 háng: …)":
 * a measure word said twice (see measureTwice in ./segment); undefined for anything else.
 */
function measureTwiceGloss(chars: readonly string[], pinyin: readonly string[]): string | undefined {
  const withOne = chars.length === 3 && chars[0] === '一';
  const [m, again] = withOne ? chars.slice(1) : chars;
  if (m === undefined || again !== m || chars.length > 3 || (chars.length === 3 && !withOne)) return undefined;
  const reading = pinyin[withOne ? 1 : 0] ?? '';
  const senses = definitionsForEntries(orderEntries(entriesFor(m), { pinyin: [reading], tag: 'q' }));
  const classifier = senses.find((d) => /^\(?classifier/.test(d));
  if (!classifier) return undefined;
  return `${withOne ? 'one after another' : 'one after another; every'} (${m} (${reading}) ${classifier}, said twice)`;
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
 * Callers get the cached token itself, frozen (see frozenToken): a copy per occurrence cost a
 * fifth of annotating known text, garbage collection included.
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
    for (const v of variants) if (v.tag === seg.tag && sameReading(v.reading, reading)) return v.token;
  }
  // builtTokens already keeps this token: tokenCache would only keep its parts a second time.
  const token = frozenToken(buildTokenAfresh(seg, reading, lookups, false));
  if (variants && variants.length >= VARIANTS_PER_TEXT) return token;
  // The readings are copied: the pinyin engine's arrays are its own (see keptSyllables).
  const kept = reading ? { pinyin: keptSyllables(reading.pinyin), citation: keptSyllables(reading.citation) } : undefined;
  const built: BuiltToken = { tag: seg.tag, reading: kept, token };
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
 * The token frozen through and through, so that it can be handed to every caller that meets the
 * word: whatever wants another version makes a changed copy (see ./context-senses), and code
 * that tried to change a shared token in place would throw rather than corrupt the cache.
 */
function frozenToken(t: Token): Token {
  Object.freeze(t.pinyin);
  Object.freeze(t.definitions);
  if (t.citationPinyin) Object.freeze(t.citationPinyin);
  if (t.characters) {
    for (const c of t.characters) Object.freeze(c);
    Object.freeze(t.characters);
  }
  if (t.measureWords) {
    for (const m of t.measureWords) Object.freeze(m);
    Object.freeze(t.measureWords);
  }
  return Object.freeze(t);
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
  // 走走, 尝尝: a verb said twice is spoken with its second syllable light (zǒu zou), as 看看 kàn kan
  // is in the dictionary; the citation keeps the tone.
  // (Not a word CC-CEDICT lists, which has its own reading: 处处 chùchù.)
  if (chars.length === 2 && chars[0] === chars[1] && seg.tag.startsWith('v') && han[0] === true && spoken[1] && spoken[1] === spoken[0] && sharedEntries(seg.text).length === 0) {
    spoken = [spoken[0] ?? '', toneless(spoken[1]).toLowerCase()];
  }
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
  clearContextSenseCache();
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
/**
 * A word's entries; for a word said with 儿 that CC-CEDICT lists only without it (年味儿, 好玩儿),
 * the entries of the word without it: the same word, as said in the north.
 */
function erhuaEntries(text: string, chars: readonly string[]): DictEntry[] {
  const own = entriesFor(text);
  if (own.length > 0 || chars.length < 3 || chars[chars.length - 1] !== '儿') return own;
  return entriesFor(chars.slice(0, -1).join(''));
}

function dictionaryToken(seg: Segment, chars: readonly string[], han: readonly boolean[], spoken: readonly string[], citation: readonly string[]): DictionaryToken {
  const entries = orderEntries(erhuaEntries(seg.text, chars), { tag: seg.tag, pinyin: citation });
  // (A word's everyday sense, where usual-senses names one, stands whatever jieba's tag: 下线/n is
  // a car rolling off the line, not a "downline".)
  const usual = withUsualSenseFirst(seg.text, entries, definitionsForEntries(entries));
  // (A measure word keeps its classifier: 两种 "kind of", 40回 "chapter".)
  const start = /^(?:n|v|d|l|i|a)/.test(seg.tag) ? usualSense(seg.text) : undefined;
  const tagged = start !== undefined && usual[0]?.startsWith(start) ? usual : sensesForTag(usual, seg.tag, chars.length);
  // (A word's: a character's field term is often its everyday sense, 锡 "tin (chemistry)".)
  const senses = chars.length > 1 ? plainSenseFirst(tagged) : tagged;
  const byName = calledByName(seg, chars, entries);
  let definitions: string[];
  if (seg.tag === 'nb') {
    // 长兴 of 吉林长兴海洋食品有限公司: a company's brand (see companyNames in ./segment), then what its characters say.
    definitions = [`${capitalise(joinSyllables(plainSyllables(spoken)))} (company name)`, ...(senses.length > 0 ? senses : pieceFallback(seg.text, spoken))];
  } else if (
    // 山下 "at the foot of the mountain", not only "Yamashita (Japanese surname)": a common phrase
    // CC-CEDICT lists only as a name leads with its pieces when the text does not use it as one.
    // (Not a city everyone knows, whatever jieba tagged it: 大连/d is Dalian.)
    senses.length > 0 &&
    chars.length > 1 &&
    !isNameTag(seg.tag) &&
    seg.tag !== 'j' &&
    entries.every((e) => /^[A-Z]/.test(e.pinyin)) &&
    !MAJOR_PLACE.test(senses[0] ?? '') &&
    !SOLAR_TERM_DAYS.test(seg.text) &&
    // (Nor a name that ends in what it is, 船营区 "Chuanying, a district": no phrase reads so.)
    !(chars.length >= 3 && /[区县市镇乡省州旗]$/u.test(seg.text) && PLACE_SENSE.test(senses[0] ?? '')) &&
    // (Nor a brand the engine adds to CC-CEDICT, 鞍钢: it is there for its name.)
    !ADDED_BRANDS.has(seg.text) &&
    // (Nor a place abroad, 清迈, 银座: no phrase is said with its characters.)
    phraseAsWell(senses[0] ?? '') &&
    senses.some((d) => ONLY_A_NAME.test(d))
  ) {
    // (A place word and 里, 上, 外 says where: 水里 "water + inside", not the li of length.)
    definitions = [...pieceFallback(seg.text, spoken, true, chars.length === 2 && !NUMERAL_CHARS.has(chars[0] ?? '') ? LOCALIZERS[chars[1] ?? ''] : undefined), ...senses];
  } else if (senses.length > 0 && byName) {
    // 小雨：… opening a dialogue line: a person here, "drizzle" only second.
    definitions = [nameLabel(seg.text, spoken), ...senses];
  } else if (senses.length > 0) {
    // 石门乡: many townships and villages share a name; the one CC-CEDICT knows (in New Taipei) is
    // likely another, so the name and its kind come first, the dictionary's one second.
    // (Not a city, 景德镇 Jingdezhen.)
    const small = /\b(?:township|town|village)\b/i.test(senses[0] ?? '') && !MAJOR_PLACE.test(senses[0] ?? '') && !/\bcity\b/i.test((senses[0] ?? '').split(/ in /)[0] ?? '');
    const local = small && /[乡镇村]$/u.test(seg.text) && chars.length >= 3 && entries.every((e) => /^[A-Z]/.test(e.pinyin)) ? placeLabel(seg.text, spoken) : undefined;
    definitions = local ? [local, ...senses] : senses;
  } else if (seg.tag === 'nrt' && chars.length >= 3) {
    // 基普罗诺, 穆斯卡特: a foreign name spelt in characters, said as one (Jipuluonuo), no surname first.
    definitions = [`${capitalise(joinSyllables(plainSyllables(spoken)))} (foreign name, transliterated)`];
  } else if (seg.tag.startsWith('nr') && chars.length >= 2) definitions = [nameLabel(seg.text, spoken)];
  else {
    // A village or town the dictionary lacks: what it is, then its pieces.
    const home = seg.tag === 'ns' && !NOT_PLACE_SHAPE.test(seg.text) ? placeLabel(seg.text, spoken) : undefined;
    // (A foreign place spelt in characters is its sounds: no "obscure + gram" of its pieces after it.)
    const foreign = seg.tag === 'ns' && !NOT_PLACE_SHAPE.test(seg.text) && home === undefined ? (foreignPlaceLabel(chars, spoken) ?? transliteratedPlaceLabel(chars, spoken)) : undefined;
    const place = home ?? foreign;
    // 古镇: an ancient town, its last character the kind of place (镇 "town", not "to press down").
    // 屋里: the last character a place word (里 "inside", not the li of length).
    const last = chars[chars.length - 1] ?? '';
    const described = describedPlace(seg.text) ? PLACE_KINDS[last]?.toLowerCase() : chars.length === 2 ? LOCALIZERS[last] : undefined;
    // 翻了一番, 鞠了一躬: a word the dictionary knows with 了 inside it, done.
    const split = place ? undefined : separatedWordGloss(seg.text, spoken);
    // (A verb that cannot reach its result is that alone: its pieces would read 学 + 不会 "will not".)
    const potential = place || split ? undefined : potentialGloss(seg.text, spoken);
    definitions = foreign ? [foreign] : place ? [place, ...pieceFallback(seg.text, spoken)] : split ? [split, ...pieceFallback(seg.text, spoken)] : potential ? [potential] : pieceFallback(seg.text, spoken, false, described, seg.tag === 'n', seg.tag === 'v');
  }
  // (A name said twice, 豆豆, is the name.)
  // (暖暖/z 的 too: an adjective said twice, not the district of Keelung CC-CEDICT spells so.)
  const doubled =
    (senses.length === 0 || (seg.tag === 'z' && entries.every((e) => /^[A-Z]/.test(e.pinyin)))) && !seg.tag.startsWith('nr')
      ? (measureTwiceGloss(chars, spoken) ?? reduplicatedGloss(chars, spoken, seg.tag.startsWith('v')))
      : undefined;
  // 七中: No. 7 Middle School.
  // 五号线, 1号线: a metro or bus line by its number.
  const line = senses.length === 0 ? /^(.+)号线$/u.exec(seg.text)?.[1] : undefined;
  const lineNumber = line === undefined ? undefined : /^[0-9０-９]+$/u.test(line) ? line : chineseNumber(line);
  if (lineNumber !== undefined) definitions = [`Line ${lineNumber} (of a metro or bus network)`, ...pieceFallback(seg.text, spoken)];
  const school = senses.length === 0 && seg.tag === 'nt' ? schoolGloss(seg.text) : undefined;
  const namedSchool = senses.length === 0 && seg.tag === 'nt' && !school ? (namedSchoolGloss(seg.text, spoken) ?? teamGloss(seg.text, spoken)) : undefined;
  if (namedSchool) definitions = [namedSchool, ...pieceFallback(seg.text, spoken)];
  if (school) definitions = [school];
  if (doubled) definitions = [doubled];
  // 四十二, 五点二: a number CC-CEDICT cannot list says its value.
  const number = senses.length === 0 && chars.length > 1 ? (lunarDayGloss(seg.text) ?? floorGloss(seg.text) ?? weekdayGloss(seg.text) ?? clockGloss(seg.text) ?? generationGloss(seg.text) ?? siblingGloss(seg.text) ?? familyGloss(seg.text, spoken) ?? moreAndMoreGloss(chars, spoken) ?? onceEveryGloss(seg.text) ?? awardGloss(seg.text) ?? (seg.tag === 'n' || seg.tag === 'b' ? schoolYearGloss(seg.text) : undefined) ?? numberGloss(seg.text)) : undefined;
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
  const tokenKind = byName ? 'person' : seg.tag === 'nb' ? 'organization' : hanKind(seg.tag, seg.text, chars.length, senses, entries);
  // 司马老师: a person called by a double surname the dictionary also gives an old title ("Minister of War"): the surname first.
  const surnameAt = tokenKind === 'person' ? definitions.findIndex((d) => /^two-character surname /.test(d)) : -1;
  if (surnameAt > 0) definitions = [definitions[surnameAt] ?? '', ...definitions.filter((_, k) => k !== surnameAt)];
  const result: DictionaryToken = { senses, definitions, kind: tokenKind, ...facts };
  // Two or more Han characters: a first and a last one that differ.
  if (han.indexOf(true) !== han.lastIndexOf(true)) result.characters = characterBreakdown(seg.text, spoken, definitions);
  // 辽源市: the last character says what the place is (市 "city" here, not "market").
  const kind = PLACE_KINDS[chars[chars.length - 1] ?? ''];
  const last = result.characters?.[result.characters.length - 1];
  if (result.kind === 'place' && kind && last) last.gloss = kind.toLowerCase();
  if (result.kind === 'person' && result.characters) glossSurname(result.characters, chars);
  return result;
}

/**
 * 刘洋: under a person's name the surname's characters say so ("surname Liu", not 刘 "to kill");
 * the given name's keep their meanings, which are what a name was chosen for (洋 "ocean").
 */
function glossSurname(characters: CharacterGloss[], chars: readonly string[]): void {
  // 老王, 小李: a familiar prefix, then one of the commonest surnames (小明 is a given name).
  const from = chars.length === 2 && '老小阿'.includes(chars[0] ?? '') && isTopSurname(chars[1] ?? '') ? 1 : 0;
  const length = from === 1 ? 1 : surnameLength(chars);
  if (length === 0 || characters.length < from + length) return;
  const own = characters.slice(from, from + length);
  const surname = capitalise(joinSyllables(plainSyllables(own.map((c) => c.pinyin))));
  own.forEach((c) => {
    c.gloss = length === 1 ? `surname ${surname}` : `part of the surname ${surname}`;
  });
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
    segments = segment(text, [...glossary.keys(), ...overrides.keys()], options.names ?? [], options.places ?? []);
  } catch {
    segments = Array.from(text).map((c) => ({ text: c, tag: 'x' }));
  }
  const readings = safeReadings(segments);
  const named = namesFoundIn(segments);
  const tokens = segments.map((seg, i) => {
    try {
      return buildToken(named !== undefined && seg.tag === 'nr' && named.has(seg.text) ? namedHere(seg) : seg, readings[i], lookups);
    } catch (error) {
      console.error('annotate: could not annotate a segment', error);
      return plainToken(seg.text);
    }
  });
  // The contract's invariant is checked, not assumed: readers rebuild the sentence from tokens.
  if (!coversExactly(tokens, text)) return Array.from(text).map(plainToken);
  pairedConstructions(tokens);
  const standing = placesNamedByContext(segments);
  if (standing) placesByTheirNames(tokens, standing, segments);
  const shortPlaces = shortPlaceNamesIn(segments, options.places ?? []);
  if (shortPlaces.size > 0) namedPlacesAgain(tokens, segments, shortPlaces);
  contextualSenses(tokens, segments);
  // (Only a text with a byline's role in it: most have none, and the pass would look at every token.)
  if (BYLINE_TEXT.test(text)) bylineNames(tokens);
  commonNamesOfFamousPeople(tokens);
  if (text.includes('·') || text.includes('•')) surnamesAfterGivenNames(tokens);
  railwayNames(tokens, segments);
  brandsInLists(tokens);
  describedNotNamed(tokens);
  if (text.includes('字') || text.includes('号') || text.includes('名')) courtesyNamesCalled(tokens);
  return tokens;
}

/** Words that give someone's nickname (外号, 绰号…). */
const NICKNAME_WORDS = new Set(['外号', '绰号', '小名', '昵称', '人称', '网名', '乳名', '艺名', '诨号']);

/** 字子瞻, 号东坡居士: a courtesy or literary name is said as one, no surname first ("Zizhan (courtesy name)"). Changed tokens are copies. */
function courtesyNamesCalled(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t?.kind !== 'person') continue;
    // (A nickname too, after 外号, 绰号, 小名, or 叫 after one: 外号“小胖”, 外号叫大头.)
    const called = /^[“"‘「叫是]$/u.test(tokens[i - 1]?.text ?? '') ? tokens[i - 2] : tokens[i - 1];
    const nickname = called !== undefined && NICKNAME_WORDS.has(called.text);
    if (!t || t.kind !== 'person' || !called || (!nickname && !/^(?:courtesy or style name|assumed name)/.test(called.definitions[0] ?? ''))) continue;
    const kind = nickname ? 'nickname' : called.text === '字' ? 'courtesy name' : 'literary name';
    // (Four characters are two words: 东坡居士 Dongpo Jushi.)
    const syllables = plainSyllables(t.pinyin);
    const said = syllables.length === 4 ? `${capitalise(joinSyllables(syllables.slice(0, 2)))} ${capitalise(joinSyllables(syllables.slice(2)))}` : capitalise(joinSyllables(syllables));
    tokens[i] = { ...t, definitions: [`${said} (${kind})`, ...t.definitions.slice(1)] };
  }
}

/**
 * 向海 (湿地): a place found by where it stands, whose name says no kind of place, is called by its
 * name first ("Xianghai (place name)"), then its pieces. Changed tokens are copies.
 */
function placesByTheirNames(tokens: Token[], places: ReadonlySet<string>, segments: readonly Segment[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // (Or a common word the segmenter made a place there: 和平 of 朝阳、和平两个社区.)
    if (!t || !places.has(t.text) || (t.kind !== 'place' && segments[i]?.tag !== 'ns') || t.definitions[0]?.endsWith('(place name)')) continue;
    const label = bareNameOfPlace(Array.from(t.text), t.pinyin, t.kind !== 'place');
    if (label) tokens[i] = { ...t, kind: 'place', definitions: [label, ...t.definitions] };
  }
}

/** A sense that dates a person of our times: "Liu Yang (1978-), China's first female astronaut". */
const MODERN_PERSON = /^[^(,;]*\((?:19|20)\d\d ?[-–]/;

/**
 * 刘洋给好朋友打电话: a two-character name shared by many (one of the commonest surnames), which
 * CC-CEDICT knows as someone famous of our times, is just someone's name first, then the famous
 * bearer, unless the text speaks of what the bearer is known for (刘洋是中国第一位女航天员:
 * "astronaut" is in both).
 */
function commonNamesOfFamousPeople(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'person' || Array.from(t.text).length !== 2 || !isTopSurname(Array.from(t.text)[0] ?? '')) continue;
    const famous = t.definitions[0] ?? '';
    if (!MODERN_PERSON.test(famous)) continue;
    const known = new Set((famous.split(')').slice(1).join(')').toLowerCase().match(/[a-z]{5,}/g) ?? []).filter((w) => !FAME_STOP_WORDS.has(w)));
    const spoken = tokens.some((o, k) => k !== i && o.definitions.slice(0, 2).some((d) => (d.toLowerCase().match(/[a-z]{5,}/g) ?? []).some((w) => known.has(w))));
    if (!spoken) tokens[i] = { ...t, definitions: [nameLabel(t.text, t.pinyin), ...t.definitions] };
  }
}

/**
 * 沪昆 (高铁), 甬台温 (铁路): a railway named by the cities it joins, each by one character (see
 * railwayLines in ./segment), leads with them: "Shanghai–Kunming (沪 Shanghai + 昆 Kunming)".
 * Changed tokens are copies.
 */
function railwayNames(tokens: Token[], segments: readonly Segment[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t?.kind !== 'place' || segments[i]?.tag !== 'ns' || !RAILWAY.test(tokens[i + 1]?.text ?? '')) continue;
    const chars = Array.from(t.text);
    const cities = chars.map((c) => RAIL_CITIES.get(c));
    if (chars.length < 2 || cities.some((c) => c === undefined) || sharedEntries(t.text).length > 0) continue;
    const label = `${cities.join('–')} (${chars.map((c, k) => `${c} ${cities[k] ?? ''}`).join(' + ')})`;
    // (台 for Taizhou is tāi, as in 台州.)
    const pinyin = chars.map((c, k) => (c === '台' ? 'tāi' : (t.pinyin[k] ?? '')));
    const characters = chars.map((c, k) => ({ char: c, pinyin: pinyin[k] ?? '', gloss: `short for ${cities[k] ?? ''}` }));
    tokens[i] = { ...t, pinyin, ...(t.citationPinyin ? { citationPinyin: chars.map((c, k) => (c === '台' ? 'tāi' : (t.citationPinyin?.[k] ?? ''))) } : {}), characters, definitions: [label, ...t.definitions] };
  }
}

/** A sense about one famous bearer of a name: "Horatio Nelson (1758-1805), British naval hero". */
const FAMOUS_BEARER = /^((?:[A-Z][\w'.-]* )+)([A-Z][\w'-]+) \((?:c\. )?\d{3,4}/;

/**
 * 比尔·纳尔逊: a surname after someone's given name and its dot, which CC-CEDICT knows only as
 * one famous bearer (Horatio Nelson), is the surname first ("Nelson (surname)"), then that bearer;
 * unless the given name is one of the bearer's own (乔治·华盛顿 is George Washington). Changed tokens are copies.
 */
function surnamesAfterGivenNames(tokens: Token[]): void {
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i];
    if (t?.kind !== 'person' || (tokens[i - 1]?.text !== '·' && tokens[i - 1]?.text !== '•')) continue;
    const bearer = FAMOUS_BEARER.exec(t.definitions[0] ?? '');
    const given = /^([A-Z][\w'-]*) \(name\)/.exec(tokens[i - 2]?.definitions[0] ?? '')?.[1];
    // (让-雅克·卢梭: Jacques is one of Jean-Jacques Rousseau's names.)
    if (!bearer?.[2] || !given || (bearer[1] ?? '').split(/[ -]/).includes(given)) continue;
    tokens[i] = { ...t, definitions: [`${bearer[2]} (surname)`, ...t.definitions] };
  }
}

/**
 * 小米、OPPO和vivo: a word the dictionary also knows as a company (小米 "Xiaomi" after "millet")
 * is the company beside another company or a brand written in Latin letters, in a list (、 和 与
 * 及 between them). Changed tokens are copies.
 */
function brandsInLists(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // (Most tokens stop here: no list mark beside them, then no company or brand beyond it.)
    if (!t || t.kind === 'organization' || t.definitions.length < 2) continue;
    const before = LIST_MARKS.has(tokens[i - 1]?.text ?? '') ? tokens[i - 2] : undefined;
    const after = LIST_MARKS.has(tokens[i + 1]?.text ?? '') ? tokens[i + 2] : undefined;
    if (!(before?.kind === 'organization' || before?.kind === 'latin' || after?.kind === 'organization' || after?.kind === 'latin')) continue;
    const company = t.definitions.findIndex((d, k) => k > 0 && ORGANIZATION_SENSE.test(d));
    if (company < 0) continue;
    tokens[i] = { ...t, kind: 'organization', definitions: [t.definitions[company] ?? '', ...t.definitions.filter((_, k) => k !== company)] };
  }
}

/**
 * 一座山城, 走出大山: a word the dictionary knows only as one place or person (山城 "see 山城区", 大山
 * the stage name Dashan) after a classifier, or a size and a thing after a verb, is the thing its
 * characters say: glossed by them first, no name. Changed tokens are copies.
 */
function describedNotNamed(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    // (Most tokens stop here: no place or person of two characters.)
    if (!t || (t.kind !== 'place' && t.kind !== 'person') || t.text.length !== 2) continue;
    const prev = tokens[i - 1]?.text ?? '';
    const counted = /^(?:[一两几这那每哪]?[座个片条])$/u.test(prev);
    const described = /^[大小]$/u.test(t.text.charAt(0)) && /^(?:走出|走进|走出了|离开|进|出|翻过|爬上|深入|来自)$/u.test(prev);
    if (!counted && !described) continue;
    // (Not a city a learner is meant to know, nor someone from it: 是个温州人.)
    if (MAJOR_PLACE.test(t.definitions[0] ?? '') || tokens[i + 1]?.text === '人') continue;
    // (Only a cross-reference or a person: 每个中国家庭 is China's, whatever comes before it.)
    const entries = sharedEntries(t.text);
    if (entries.some((e) => /^[a-z]/.test(e.pinyin) && !/^(?:see |variant of )/.test(e.senses[0] ?? '')) || !entries.every((e) => /^(?:see |variant of )/.test(e.senses[0] ?? '') || PERSON_SENSE.test(e.senses.join('; ')) || /stage name/.test(e.senses[0] ?? ''))) continue;
    const pieces = pieceFallback(t.text, t.pinyin, true);
    if (pieces.length === 0) continue;
    tokens[i] = { ...t, kind: 'word', definitions: [...pieces, ...t.definitions] };
  }
}

/** What joins the items of a list. */
const LIST_MARKS = new Set(['、', '和', '与', '及', '跟']);

const FAME_STOP_WORDS = new Set(['chinese', 'china', 'first', 'famous', 'known', 'former', 'national', 'people', 'republic', 'member', 'among', 'which', 'their', 'other', 'after', 'before', 'during']);

/**
 * 抚松 after 抚松县, 丰满 before 区委书记: a place named without its suffix (see shortPlaceNames in
 * ./segment) leads with what the whole name is. Changed tokens are copies.
 */
function namedPlacesAgain(tokens: Token[], segments: readonly Segment[], shortPlaces: ReadonlyMap<string, string>): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const full = t ? shortPlaces.get(t.text) : undefined;
    if (!t || !full || segments[i]?.tag !== 'ns' || !standsForPlace(t.text, segments[i + 1])) continue;
    // A place of its own in CC-CEDICT leads, before a common word of the same characters (丰满 "ample").
    if (knownPlace(t.text)) {
      const own = t.kind === 'place' ? -1 : t.definitions.findIndex((d) => PLACE_SENSE.test(d));
      if (own >= 0) tokens[i] = { ...t, kind: 'place', definitions: [t.definitions[own] ?? '', ...t.definitions.filter((_, k) => k !== own)] };
      continue;
    }
    // (Or what its suffix says it is: 碾山 of 碾山村 "Nianshan Village".)
    const kind = PLACE_KINDS[full.slice(-1)];
    const named = kind ? `${capitalise(joinSyllables(plainSyllables(t.pinyin)))} ${kind} (place name)` : undefined;
    const whole = tokens.find((w) => w.text === full)?.definitions[0] ?? definitionsForEntries(entriesFor(full))[0] ?? named;
    if (!whole) continue;
    // (A name guessed from the last character, 碾山 "Nian Mountain (place name)", gives way.)
    tokens[i] = { ...t, kind: 'place', definitions: [`${whole} (short for ${full})`, ...t.definitions.filter((d) => !d.endsWith('(place name)'))] };
  }
}

/**
 * The people and the suffixed places a text names, to annotate its parts one by one as the whole
 * reads them (see AnnotateOptions' names and places).
 */
export function namedInText(tokens: readonly Token[]): { names: string[]; places: string[] } {
  const names = new Set<string>();
  const places = new Set<string>();
  for (const t of tokens) {
    const length = Array.from(t.text).length;
    if (t.kind === 'person' && length >= 2) names.add(t.text);
    if (t.kind === 'place' && length >= 3 && length <= 5 && PLACE_SUFFIX_END.test(t.text)) places.add(t.text);
  }
  return { names: [...names], places: [...places] };
}

const PLACE_SUFFIX_END = /[县区市镇乡村旗屯]$/u;

/** Who signs a report: （记者 刘洋）, 通讯员 王军. */
const BYLINE_ROLES = new Set(['记者', '本报记者', '通讯员', '实习生', '摄影', '编辑', '责任编辑', '作者']);
const BYLINE_TEXT = /记者|通讯员|实习生|摄影|编辑|作者/;

/**
 * A person named in a byline leads with the plain name: the famous bearer CC-CEDICT knows (the
 * astronaut 刘洋) comes second, as the reporter is someone else. Changed tokens are copies.
 */
function bylineNames(tokens: Token[]): void {
  let role = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind === 'space') continue;
    if (role && t.kind === 'person' && /\(\d{3,4} ?[-–]/.test(t.definitions[0] ?? '')) {
      tokens[i] = { ...t, definitions: [nameLabel(t.text, t.pinyin), ...t.definitions] };
    }
    role = (t.text.length >= 2 && t.text.length <= 4 && BYLINE_ROLES.has(t.text)) || (role && (t.kind === 'person' || t.text === '、'));
  }
}

