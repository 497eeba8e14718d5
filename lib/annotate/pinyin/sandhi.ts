/**
 * Spoken tones for 一 and 不, over the whole run of characters so that a change crosses
 * segment boundaries (不 | 是 → bú shì, 一 | 个 → yí gè).
 *
 * 一 keeps yī when it counts or orders rather than quantifies: after 第 or another numeral
 * (十一, 一一), before a numeral or 月 (一九八四, 一月), before a word that ranks (一级, 一流),
 * at the end of a word or phrase (统一, 之一, 一。). Between a repeated verb it is neutral
 * (看一看). Otherwise it becomes yí before a fourth tone and yì before the others.
 * 不 becomes bú before a fourth tone, is neutral between a repeated word (是不是) and where
 * the dictionary word already says so (对不起, 差不多), and stays bù elsewhere.
 */
import { pinyin as pinyinPro } from 'pinyin-pro';
import { normaliseNumbered, toneOf, type Numbered } from './syllable';

export type SandhiChar = {
  char: string;
  han: boolean;
  reading: Numbered | null;
  /** The character ends a multi-character dictionary word (统一, 之一). */
  wordFinal: boolean;
  /** The character is inside a multi-character segment, not the first (之一, 统一). */
  inWord: boolean;
  /** The character is a one-character word or starts its word. */
  wordInitial: boolean;
  /** The segmenter left the character alone (二十三 | 一 | 过, not 二十一). */
  ownSegment: boolean;
  /** The character opens an organisation name (一汽集团). */
  ordinalName: boolean;
  /** The character comes again after 一, 不 or 了 but is no verb (他家|一家三口): no verb said twice. */
  nounish: boolean;
};

/**
 * 看一看, 是不是: the same word on both sides. 产能|不能 is not one: there the first 能 ends
 * a longer word, so the repeated character must stand alone or start its word.
 */
function repeatedAround(at: CharAt, i: number): boolean {
  const prev = at(i - 1);
  const next = at(i + 1);
  const self = at(i);
  if (!prev?.han || !next || prev.char !== next.char || !self) return false;
  // 数一数二, 高兴得不得了: the second character is inside a longer word, not a repetition.
  if (next.inWord && !next.wordFinal) return false;
  // 一分一分, 一步一步: one measure after another, each 一 counting (yì fēn yì fēn).
  if (at(i - 2)?.char === self.char) return false;
  const prevStandsAlone = prev.wordInitial && (self.wordInitial || self.inWord);
  return prevStandsAlone && !prev.nounish;
}

const NUMERAL = new Set(Array.from('〇零一二三四五六七八九十两0123456789０１２３４５６７８９'));
/** After 一 these rank or name rather than count: 一级支流, 一流, 一线, 一等奖, 一号, 一审, 一楼, 一季度 (the first quarter), 一汽 (First Automobile Works). */
const ORDINAL_NEXT = new Set(['级', '流', '线', '等', '号', '审', '楼', '把手', '年级', '季度', '汽', '本线']);
const DEMONSTRATIVE = new Set(Array.from('这那每哪另'));
/** Times of day before an hour: 凌晨一点 is one o'clock, yī diǎn. */
const TIMES_OF_DAY = new Set(['凌晨', '上午', '下午', '中午', '晚上', '夜里', '半夜', '早上', '清晨', '傍晚', '深夜', '午夜', '夜间']);

function underlyingTone(c: SandhiChar): number {
  if (!c.reading) return 0;
  const t = toneOf(c.reading);
  if (t !== 5) return t;
  // A neutral syllable still carries its lexical tone for sandhi: 一个 yí gè even where 个 is light.
  const lexical = normaliseNumbered(pinyinPro(c.char, { toneType: 'num', toneSandhi: false }));
  return lexical ? toneOf(lexical) : 0;
}

function startsWith(at: CharAt, from: number, word: string): boolean {
  const parts = Array.from(word);
  return parts.every((p, k) => at(from + k)?.char === p);
}

/** Whether the characters from `from` are a numeral and 月, 号, 日 or 年级 (九月, 十五号, 三年级). */
function rangeOfOrdinals(at: CharAt, from: number): boolean {
  let k = from;
  while (NUMERAL.has(at(k)?.char ?? '')) k++;
  return k > from && (['月', '号', '日'].includes(at(k)?.char ?? '') || startsWith(at, k, '年级'));
}

/** The digits in counting order. */
const COUNT_ORDER = '零一二三四五六七八九';

/** Digits said one by one, no 十 or 百 among them. */
const DIGIT = new Set(Array.from('〇零一二三四五六七八九'));

/**
 * Whether the 一 at `i` is in a run of three or more digits said one by one (一一九, 零四三一二八),
 * and not 一一 "one by one" (a pair alone), 一二 "one or two", 三五 (a range), nor a year or a date.
 */
function digitByDigit(at: CharAt, i: number): boolean {
  let from = i;
  while (DIGIT.has(at(from - 1)?.char ?? '')) from--;
  let to = i;
  while (DIGIT.has(at(to + 1)?.char ?? '')) to++;
  const after = at(to + 1);
  const length = to - from + 1;
  // (A year keeps yī, 一九八四年, and so does a date that names an event, 九一三事件: three digits
  // count as a telephone or a room only at the end of a phrase or before a room, line or unit.)
  if (length < 3 || /^[十百千万亿两点年]$/u.test(after?.char ?? '') || /^[十百千万亿两第]$/u.test(at(from - 1)?.char ?? '')) return false;
  // (Nor counting, 一二三四五: each digit the next.)
  let counting = true;
  for (let k = from + 1; k <= to && counting; k++) counting = COUNT_ORDER.indexOf(at(k)?.char ?? '') === COUNT_ORDER.indexOf(at(k - 1)?.char ?? '') + 1;
  if (counting) return false;
  // (…or after a call or another number: 拨打一二零, 一一零或一二零.)
  return length >= 4 || !after?.han || '房室号师团路或转和'.includes(after.char) || '打或和、：:'.includes(at(from - 1)?.char ?? '');
}

function yiSpoken(at: CharAt, i: number): Numbered {
  const self = at(i);
  const prev = at(i - 1);
  const next = at(i + 1);
  if (!self) return 'yi1';
  if (self.reading === 'yi5') return 'yi5';
  if (self.ordinalName) return 'yi1';
  // 一一零, 请拨打零四三一…: a number said digit by digit (a telephone, a room) says 1 yāo.
  if (digitByDigit(at, i)) return 'yao1';
  if (!next || !next.han || !next.reading) return 'yi1';
  if (repeatedAround(at, i)) return 'yi5';
  // 六十五一斤, 二十八一份: a price, then "one" of what it buys (after a digit that ends the price, not
  // 五十一斤, where 一 is the number's last digit), before its measure word: yì as ever.
  // 腊月二十三一过，…: a date or time, then 一 alone and the verb of its passing or coming, closing the
  // clause or before 就: "as soon as" (yí), no digit of the number.
  const soonAs = prev !== undefined && NUMERAL.has(prev.char) && self.ownSegment && next.ownSegment && /^[过到来完]$/u.test(next.char) && (!at(i + 2)?.han || /^[就便]$/u.test(at(i + 2)?.char ?? ''));
  if (soonAs) return underlyingTone(next) === 4 ? 'yi2' : 'yi4';
  // (六百八一盒: a price in hundreds said short, its last digit after 百 or 千.)
  const priced = prev !== undefined && /^[二三四五六七八九两0-9０-９]$/u.test(prev.char) && /^[斤两份个碗杯瓶盒袋块张只条公]$/u.test(next.char) && (NUMERAL.has(at(i - 2)?.char ?? '') || /^[百千万]$/u.test(at(i - 2)?.char ?? ''));
  // (Not the day before it, 周六一早 "early on Saturday": 一早 after a weekday's number.)
  const dayBefore = next.char === '早' && prev !== undefined && /^[期拜周]$/u.test(at(i - 2)?.char ?? '');
  if (prev && !priced && !dayBefore && (prev.char === '第' || prev.char === '初' || NUMERAL.has(prev.char))) return 'yi1';
  // Scores and ratios count: 三比一.
  if (prev?.char === '比' && NUMERAL.has(at(i - 2)?.char ?? '')) return 'yi1';
  // 一两次, 一两个: one or two, a quantity like 一个 (yì liǎng); 一二 counts.
  if (NUMERAL.has(next.char) && next.char !== '两') return 'yi1';
  // 一到九月, 一至三年级: the first of a range of months, days or grades.
  if ((next.char === '到' || next.char === '至') && rangeOfOrdinals(at, i + 2)) return 'yi1';
  // A decimal or a time: 一点二 yī diǎn èr, 一点十分 (not 一点儿 yìdiǎnr "a little").
  // (Not 一点一点 "little by little", the measure said twice.)
  if (next.char === '点' && NUMERAL.has(at(i + 2)?.char ?? '') && !(at(i + 2)?.char === '一' && at(i + 3)?.char === '点')) return 'yi1';
  // (凌晨一点, 一点半, 一点钟: one o'clock, after a time of day or before 半, 钟, 整.)
  if (next.char === '点' && (TIMES_OF_DAY.has(`${at(i - 2)?.char ?? ''}${prev?.char ?? ''}`) || /^[半钟整]$/u.test(at(i + 2)?.char ?? ''))) return 'yi1';
  if (next.char === '月' || next.char === '号') return 'yi1';
  // Dates: 十月一日, 五月一号.
  if (prev?.char === '月' && (next.char === '日' || next.char === '号')) return 'yi1';
  // Enumerating points: 一是加强领导，二是完善制度.
  if (next.char === '是' && next.wordInitial && (!prev || !prev.han) && self.wordInitial) return 'yi1';
  // (Not 一X一Y, one of each: 一楼一策 yì lóu yí cè.)
  const eachOf = at(i + 2)?.char === '一';
  // (一线希望, 一线生机: a ray of hope, counted; 一线城市 ranks.)
  const ray = startsWith(at, i + 1, '线') && ['希望', '生机', '光明', '之隔', '天'].some((w) => startsWith(at, i + 2, w));
  // (一楼盘, 一流氓: counted, where 楼 or 流 starts a longer word, 楼盘 "a development"; 一审判处 keeps the first instance.)
  const longer = (next.char === '楼' || next.char === '流') && next.wordInitial && (at(i + 2)?.inWord ?? false);
  // (更大一级, 高一级: one level more, after a comparison; 一级 alone is first-class.)
  const moreBy = next.char === '级' && prev !== undefined && /^[大小高低深浅快慢强弱多少长短]$/u.test(prev.char);
  if (!eachOf && !ray && !moreBy && [...ORDINAL_NEXT].some((w) => startsWith(at, i + 1, w) && (w.length > 1 || !longer))) return 'yi1';
  if (self.wordFinal && self.inWord && !(prev && DEMONSTRATIVE.has(prev.char))) return 'yi1';
  // Before 百千万亿 一 counts and changes like any quantity: 一百 yìbǎi, 一万 yíwàn.
  const t = underlyingTone(next);
  if (t === 4) return 'yi2';
  if (t >= 1 && t <= 3) return 'yi4';
  return 'yi1';
}

function buSpoken(at: CharAt, i: number): Numbered {
  const self = at(i);
  const next = at(i + 1);
  if (!self) return 'bu4';
  if (self.reading === 'bu5') return 'bu5';
  if (!next || !next.han || !next.reading) return 'bu4';
  if (repeatedAround(at, i)) return 'bu5';
  return underlyingTone(next) === 4 ? 'bu2' : 'bu4';
}

/** Reads the sandhi context lazily: only the neighbours of 一 and 不 are ever built. */
export type CharAt = (index: number) => SandhiChar | undefined;

/** The spoken reading of the 一 or 不 at `i`, or its citation reading for any other character. */
export function spokenAt(at: CharAt, i: number): Numbered | null {
  const c = at(i);
  if (!c?.reading) return c?.reading ?? null;
  if (c.char === '一' && c.reading.startsWith('yi')) return yiSpoken(at, i);
  if (c.char === '不' && c.reading.startsWith('bu')) return buSpoken(at, i);
  return c.reading;
}

/** Dictionary tone shown as the citation: 一 is yī and 不 is bù whatever the context. */
export function citationOf(char: string, reading: Numbered): Numbered {
  if (char === '一' && reading.startsWith('yi')) return 'yi1';
  if (char === '不' && reading.startsWith('bu')) return 'bu4';
  return reading;
}
