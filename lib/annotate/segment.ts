/**
 * Word segmentation: jieba (with CC-CEDICT's words added at build time) on runs of Han
 * characters, a small deterministic tokenizer for everything else, and a name recogniser that
 * keeps personal names such as 李鹏飞 or 隋二龙 whole and tags them `nr`.
 *
 * Invariant: the segments' texts concatenated are exactly the input, for any string
 * (NUL, lone surrogates and emoji included). Non-Han text never reaches jieba, because its
 * native binding re-encodes strings as UTF-8 and would replace a lone surrogate.
 */
import { readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { PLACE_SENSE } from './definitions';
import { everydaySense, hasWord, jiebaDictionaryFile, jiebaFrequency, jiebaTag, nameData, sharedEntries, storedAlone, type DictEntry } from './dictionary';
import { partsSaidOtherwise } from './pinyin/alone';
import { remember } from './remember';
import type { Segment } from './types';

let jieba: Jieba | undefined;

function getJieba(): Jieba {
  jieba ??= Jieba.withDict(readFileSync(/*turbopackIgnore: true*/ jiebaDictionaryFile()));
  return jieba;
}

const ALL_HAN = /^\p{Script=Han}+$/u;

/**
 * Whether `text` is one or more Han characters (ALL_HAN), asked thousands of times per text: the
 * CJK Unified Ideographs block is Han throughout, and nothing below U+2E80 is, so only rarer
 * characters go to the regular expression.
 */
function allHan(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    return c >= 0x2e80 && ALL_HAN.test(text);
  }
  return true;
}

/** How many code points `text` has (as codePoints(text).length counts them, a lone surrogate one), without the array. */
function codePointCount(text: string): number {
  let n = text.length;
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
const SPACE = /\s/u;
const LETTER = /[A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A]/u;

/** Splits a string into code points, keeping a lone surrogate as its own unit. */
function codePoints(text: string): string[] {
  return Array.from(text);
}

/** Tags a run of Han characters with jieba; falls back to single characters if jieba ever disagrees with the input. */
function tagHan(run: string): Segment[] {
  const tagged = getJieba().tag(run, true);
  const out: Segment[] = tagged.map((t) => ({ text: t.word, tag: t.tag }));
  if (out.map((s) => s.text).join('') === run) return out;
  return codePoints(run).map((c) => ({ text: c, tag: 'x' }));
}

/**
 * What the segmenter learns about a word, each part worked out when first needed: its jieba tag
 * (see hanWordTag) and its dictionary parts (see phraseParts; null: not split). One record per
 * word rather than a cache for each: a word's second look-up then finds its entry already in the
 * processor's cache, which on new text cost as much as the first.
 */
type KnownWord = { tag: string | undefined; parts: readonly string[] | null | undefined };
const knownWords = new Map<string, KnownWord>();
const KNOWN_WORD_LIMIT = 50_000;

function knownWord(word: string): KnownWord {
  return knownWords.get(word) ?? remember(knownWords, word, { tag: undefined, parts: undefined }, KNOWN_WORD_LIMIT);
}

/**
 * Tags of one-character words (two words in five), by character code: a few thousand entries
 * that stay in the processor's cache, and a number to hash instead of jieba's new string.
 */
const characterTags = new Map<number, string>();

/** Forgets the learned word tags and splits (benchmarks of unseen text). */
export function clearSegmentCaches(): void {
  knownPlaces.clear();
  knownWords.clear();
  characterTags.clear();
  tagCache.clear();
  recutSeconds.clear();
}

/**
 * jieba's tag for a word of a Han run. It depends on the word alone: its entry in jieba's
 * dictionary, else x for Han text (jieba-rs' tag() cuts, then looks each word up). So the words
 * of one cut() are tagged from the build's table of jieba's dictionary (see encodeJiebaTags)
 * instead of a second jieba call per text, which cost more than the cut itself on text with new
 * words. Kept per word (bounded).
 */
function hanWordTag(word: string): string {
  if (word.length === 1) {
    const code = word.charCodeAt(0);
    return characterTags.get(code) ?? remember(characterTags, code, jiebaTag(word) ?? 'x', KNOWN_WORD_LIMIT);
  }
  const known = knownWord(word);
  known.tag ??= jiebaTag(word) ?? 'x';
  return known.tag;
}

/** jieba's words for each run, or undefined if they do not line up exactly with the runs and separators. */
function wordsPerRun(words: readonly string[], runs: readonly string[]): string[][] | undefined {
  const out: string[][] = [];
  let w = 0;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r] ?? '';
    const own: string[] = [];
    let at = 0;
    while (at < run.length) {
      const word = words[w++];
      if (!word || !run.startsWith(word, at)) return undefined;
      own.push(word);
      at += word.length;
    }
    if (r < runs.length - 1 && words[w++] !== RUN_SEPARATOR) return undefined;
    out.push(own);
  }
  return w === words.length ? out : undefined;
}

/** A line break is never part of a jieba word, and jieba cuts the Han text on either side of it independently. */
const RUN_SEPARATOR = '\n';

/**
 * Tags runs of Han characters exactly as tagHan would one by one, with one jieba call for all of
 * them: jieba cuts blocks of Han text independently, and the runs are joined with a separator it
 * never joins to a word. The words are tagged by hanWordTag. Anything unexpected falls back to
 * tagHan per run.
 */
function tagHanRuns(runs: readonly string[]): Segment[][] {
  if (runs.length === 0) return [];
  const words = wordsPerRun(getJieba().cut(runs.join(RUN_SEPARATOR), true), runs);
  if (!words) return runs.map(tagHan);
  return words.map((list) => list.map((text) => ({ text, tag: hanWordTag(text) })));
}

/**
 * One piece of text per match, in the order segmentFree tries them: a run of Han characters, a
 * run of white space, letters and digits run together ("4DHT", "CVT", "5.5", "2,000": a point or
 * comma only between digits), or any other single code point (a lone surrogate included). The
 * regular expression engine does the per-character work: it is fast from the first call, before
 * the JIT has warmed up to a hand-written loop.
 */
const PIECE =
  /(\p{Script=Han}+)|(\s+)|([0-9A-Za-z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A](?:[0-9A-Za-z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]|(?<=[0-9\uFF10-\uFF19])[.,](?=[0-9\uFF10-\uFF19]))*)|[^]/gu;

/** Segments text that contains no forced word. */
function segmentFree(text: string): Segment[] {
  // Han runs are tagged together at the end; their places are kept as indices into `runs`.
  const pieces: (Segment | number)[] = [];
  const runs: string[] = [];
  for (const m of text.matchAll(PIECE)) {
    const piece = m[0];
    if (m[1] !== undefined) {
      pieces.push(runs.length);
      runs.push(piece);
    } else if (m[2] !== undefined) pieces.push({ text: piece, tag: 'x' });
    else if (m[3] !== undefined) pieces.push({ text: piece, tag: LETTER.test(piece) ? 'eng' : 'm' });
    else pieces.push({ text: piece, tag: 'x' });
  }
  const tagged = tagHanRuns(runs);
  const out: Segment[] = [];
  for (const p of pieces) {
    if (typeof p === 'number') for (const s of tagged[p] ?? []) out.push(s);
    else out.push(p);
  }
  return out;
}

type Forced = { byFirst: Map<string, string[]>; tags: Map<string, string> };

function prepareForced(words: readonly string[], nameTag: ReadonlySet<string>): Forced {
  const byFirst = new Map<string, string[]>();
  const tags = new Map<string, string>();
  for (const w of words) {
    if (!w || tags.has(w)) continue;
    const first = codePoints(w)[0] ?? '';
    const list = byFirst.get(first) ?? [];
    list.push(w);
    byFirst.set(first, list);
    tags.set(w, nameTag.has(w) ? 'nr' : forcedTag(w));
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return { byFirst, tags };
}

/** The tag jieba gives a forced word on its own, when it sees it as one word; otherwise a proper noun. */
function forcedTag(word: string): string {
  if (!allHan(word)) return 'nz';
  const known = tagCache.get(word);
  if (known) return known;
  const tagged = getJieba().tag(word, false);
  const only = tagged.length === 1 ? tagged[0] : undefined;
  const tag = only ? only.tag : 'nz';
  if (tagCache.size >= 10_000) tagCache.clear();
  tagCache.set(word, tag);
  return tag;
}

const tagCache = new Map<string, string>();

function segmentWithForced(text: string, forced: Forced): Segment[] {
  if (forced.byFirst.size === 0) return segmentFree(text);
  const out: Segment[] = [];
  let free = '';
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const first = String.fromCodePoint(cp);
    const candidates = forced.byFirst.get(first);
    const hit = candidates?.find((w) => text.startsWith(w, i));
    if (hit) {
      if (free) out.push(...segmentFree(free));
      free = '';
      out.push({ text: hit, tag: forced.tags.get(hit) ?? 'nz' });
      i += hit.length;
    } else {
      // Lone surrogates: codePointAt gives the unit itself; step one unit so nothing is lost.
      const step = cp > 0xffff ? 2 : 1;
      free += text.slice(i, i + step);
      i += step;
    }
  }
  if (free) out.push(...segmentFree(free));
  return out;
}

/** Titles and roles that usually come right before a personal name in news text. */
const NAME_CUES = [
  '法官', '检察官', '审判长', '书记', '记者', '主任', '局长', '县长', '市长', '省长', '区长', '镇长', '乡长', '村长', '校长', '院长', '部长',
  '厅长', '处长', '科长', '所长', '站长', '行长', '社长', '队长', '组长', '董事长', '经理', '总裁', '主席', '委员',
  '代表', '教授', '老师', '医生', '同志', '主编', '编辑', '通讯员', '总监', '负责人', '工程师', '博士', '先生',
  '女士', '村民', '居民', '农民', '党员', '老党员', '学生', '作者', '演员', '选手', '干部', '发言人', '主持人', '总理', '总统', '首相', '伴郎', '伴娘', '新郎', '新娘', '指导员',
  '院士', '专家', '会长', '团长', '厂长', '馆长', '秘书长', '理事长', '教练', '运动员', '律师', '法官', '民警',
  '前锋', '中锋', '后卫', '门将', '守门员', '队员', '球员', '队长', '护士', '护士长', '导游', '司机', '厨师', '歌手',
  '画家', '作家', '诗人', '导演', '村支书', '支书', '店主', '摄影师', '设计师', '研究员', '技术员', '志愿者', '网友',
  '医师', '护师', '教师', '讲师', '技师', '班主任', '校医', '营业员', '售货员', '服务员', '村医', '市民', '县民',
  // Courts, police, research and trades, as local news names them (审判长邵敏, 传承人王玉兰).
  '审判长', '审判员', '庭长', '检察官', '检察长', '警官', '辅警', '科学家', '学家', '研究生', '硕士', '店长', '老板',
  // Who someone is in a case, and the number two of a firm (受害人高秀英, 副总于洋).
  '受害人', '嫌疑人', '当事人', '被告人', '报案人', '副总', '老总',
  // Family by marriage and friends (儿媳孙秀英, 婆婆焦玉兰, 闺蜜林然), a witness, an heir to a craft.
  '儿媳', '媳妇', '女婿', '婆婆', '公公', '岳父', '岳母', '老伴', '老伴儿', '爱人', '老公', '老婆', '徒弟', '闺蜜', '发小', '室友',
  '女朋友', '男朋友', '好朋友', '目击者', '传人',
  // Trades and a band's players (执业药师孙明, 主唱张佺), and a young person described (本地姑娘李芷萱).
  '药师', '药剂师', '营养师', '咨询师', '会计', '主唱', '鼓手', '吉他手', '贝斯手', '编剧', '制片人', '主演', '姑娘', '小伙子', '小伙',
  '创始人', '传承人', '手艺人', '匠人', '合伙人', '董秘', '裁判', '队医', '园长', '班长', '调解员', '网格员', '快递员', '职工', '员工',
  // People in a story introduced by who they are to someone (同学李文, 邻居王大妈).
  '同学', '同事', '朋友', '邻居', '室友', '同桌', '老乡', '丈夫', '妻子', '儿子', '女儿',
  // Landlords, tenants, a young person back home (房东刘春花, 返乡青年林春花).
  // (Not who come in crowds, 游客齐聚: a surname and a verb there are no name.)
  '房东', '房客', '租客', '青年', '店员', '主攻手', '二传手', '主角', '小将', '老将', '名将', '新秀', '主帅', '干事', '收购商', '老朋友', '包工头', '工头',
  '外婆', '外公', '舅舅', '姑姑', '叔叔', '阿姨', '同屋',
  // Fishers and players (老渔民覃永福, 棋手薛为民).
  '渔民', '棋手', '新人', '爱好者', '骑手', '总指挥', '副总指挥', '指挥长', '哥们', '哥们儿', '学委', '班委', '课代表',
  // Guides and hosts on a journey, and the people of a court (向导扎西, 老板娘卓玛, 权臣鳌拜).
  '向导', '老板娘', '权臣', '大臣', '首领', '将领', '大将',
  // A grand secretary of the old courts (大学士张英).
  '大学士',
  // Heads of a farm or a works, and doctors of Chinese medicine (场长尚德福, 老中医谭长生).
  '场长', '中医', '老中医', '大夫', '郎中', '把头', '渔把头',
  // Farmers by what they grow or keep (种粮大户刘长海, 养殖户王强).
  '大户', '农户', '养殖户', '种植户', '贫困户', '脱贫户',
  '孙子', '孙女', '外孙', '外孙女', '侄子', '侄女', '外甥', '外甥女', '哥哥', '姐姐', '弟弟', '妹妹', '表哥', '表姐', '表弟', '表妹',
  // Traditional forms of the ones that differ.
  '書記', '記者', '縣長', '市長', '區長', '局長', '鎮長', '村長', '校長', '院長', '部長', '廳長', '處長', '董事長',
  '經理', '總裁', '委員', '代表', '老師', '醫生', '負責人', '總監', '編輯', '選手', '幹部', '學生', '演員', '發言人',
  '總理', '總統', '專家', '會長', '團長', '廠長', '館長', '秘書長', '理事長', '教練', '運動員', '律師',
];

/**
 * Characters that are almost never part of a given name right after a surname but are very
 * common words on their own; merging them would turn "李鹏说" into a person called 李鹏说.
 */
const NOT_GIVEN = new Set([...'的了是在说和与也都就又还将把被对从向到为以及等着过给让要会能可这那个们我你您咱俺他她它之其而且但或上下中里道讲问称指去来看想做有没不很最更再才已曾于吃喝熬炖煮炒烤蒸只够闹']);

const CUE_SET = new Set(NAME_CUES);

/** The last characters (as codes) of the words isCue accepts: the titles', and 家, 长, 医, 农, 户 (see isCue). */
const CUE_ENDS: ReadonlySet<number> = new Set([...NAME_CUES, '家', '长', '医', '农', '户'].map((w) => w.charCodeAt(w.length - 1)));

/** Whether a word ends with a title (区委书记 ends with 书记); cues are 2 or 3 characters. */
function isCue(text: string): boolean {
  // (Most words end in no title's last character: one look at a number first.)
  if (text.length < 2 || !CUE_ENDS.has(text.charCodeAt(text.length - 1))) return false;
  if (CUE_SET.has(text.slice(-2)) || CUE_SET.has(text.slice(-3))) return true;
  // 老农, 果农, 专业户, 养殖户: farmers and households by what they grow or keep, a noun of CC-CEDICT's or jieba's.
  const last = text.charAt(text.length - 1);
  if (last === '家') return specialistCue(text);
  // 矿长, 船长, 站长: the head of a mine, a ship, a station; 兽医, 牙医: a vet, a dentist.
  if (text.length === 2 && ((text.charAt(1) === '长' && HEADED_UNITS.has(text.charAt(0))) || /^[兽牙军村]医$/u.test(text))) return true;
  return text.length <= 3 && (last === '农' || last === '户') && (isCommonWord(text) || /^n/.test(jiebaTag(text) ?? ''));
}

/** What 长 (zhǎng) heads when written after one of these: a mine, a works, a school, a bureau, a team, a village… (矿长, 船长, 站长). */
export const HEADED_UNITS: ReadonlySet<string> = new Set(Array.from('矿厂校院局处科所站队组村乡镇县市省部社行馆团连营班船机店园室司庭监'));

/** 钢琴家, 书法家, 科学家, 企业家: someone by their art or trade, as CC-CEDICT's first sense says (not 国家, 大家, 老家). */
const SPECIALIST = /^(?:\([^)]*\) )?[a-z]+(?:ist|er|or|ian|eur)\b(?![ -]in-law)/;

function specialistCue(text: string): boolean {
  return text.length >= 2 && text.length <= 4 && SPECIALIST.test(everydaySense(text));
}

/** Length in code points of the surname at the start of `chars`, or 0. */
export function surnameLength(chars: readonly string[]): number {
  const { surnames, doubleSurnames } = nameData();
  if (chars.length >= 3 && doubleSurnames.has(`${chars[0]}${chars[1]}`)) return 2;
  return surnames.has(chars[0] ?? '') ? 1 : 0;
}

/**
 * 中 is a locative and one of the commonest given-name characters. A locative does not follow a
 * person, so after a title a surname, one given-name character and 中 are a name (副总理刘国中,
 * 局长王建中), unless the three make a word.
 */
function endsInZhong(name: string): boolean {
  const chars = codePoints(name);
  return chars.length === 3 && chars[2] === '中' && isCommonSurname(chars[0] ?? '') && givenNameOk(chars.slice(1, 2)) && !hasWord(name);
}

/** What a person named after a title goes on to do in a news report. */
const SPEECH_CUES = new Set(['说', '说道', '表示', '指出', '认为', '介绍', '强调', '告诉', '回忆', '补充', '直言', '坦言', '笑着说']);

/**
 * After a title, surname + given-name character + a character that is also a common word (来,
 * 道, 和) is still a name when the person then speaks: 书记赵春来介绍, 主任李明道说.
 */
function nameBeforeSpeech(name: string, following: Segment | undefined): boolean {
  const chars = codePoints(name);
  if (chars.length !== 3 || !following || !SPEECH_CUES.has(following.text) || hasWord(name)) return false;
  const first = chars[0] ?? '';
  const last = chars[2] ?? '';
  // Not a surname that is also an everyday word (书记曾多次强调, 书记向大家介绍), nor a given name that is a word.
  if (NOT_GIVEN.has(first) || isCommonWord(chars.slice(1).join(''))) return false;
  return isCommonSurname(first) && givenNameOk(chars.slice(1, 2)) && nameData().givenNameChars.has(last) && !PARTICLES.has(last);
}

/** Words for a time, which may follow a surname without being a given name (李|明天说). */
const TIME_WORD = /^(?:[今明昨后前当每]天|天天|[今明去前后当每]年|年年|[今昨明]晚|[今明]早|[上下中]午|晚上|早上|[本上下这每]月|星期|周末|现在|刚才|刚刚|当时|以前|以后|后来|马上|立刻)$/u;

/** Words for people at large (王|大家说 is no one called Wang Dajia). */
/** Times jieba tags t that say when, right after who (李近日表示): never a given name. 国庆, 春天 may be one. */
const RELATIVE_TIME = /^(?:目前|近日|日前|此前|此后|近年|近期|当年|当天|当日|随后|之前|之后|以来|同时|平时|平日|往年|早年|晚年|年初|年底|年末|月初|月底|上旬|中旬|下旬|清晨|凌晨|傍晚|深夜|午后|饭后|课后|会后|节后|节前|[\p{Script=Han}]*[年月日时点分秒]|[\p{Script=Han}]*[前后])$/u;

const EVERYONE = /^(?:大家|自己|大伙|人们|别人|人家|众人|我们|你们|他们|她们|咱们)$/u;

/** The head of a building, farm, team or office (楼长, 场长, 组长): a title, no name. */
const HEAD_OF = /^[场厂站所馆社团科处室园楼村组班队店院]长$/u;

/** Particles, which never end a name. */
const PARTICLES = new Set([...'的了着过地得之吗呢吧啊']);

/** What a person named in a report does, one character, that jieba glues to the end of the name. */
const GLUED_AFTER_NAME = new Set(Array.from('说笑问答讲道叹喊叫哭想看听'));

/**
 * The name's last character when jieba glued it to the word after (李/明说 as 李 + 明说 "to say
 * explicitly", 刘国/中到 and 张子/豪以 as HMM guesses): the first character of `next`, or undefined.
 */
function gluedLastCharacter(name: string, next: Segment | undefined, after?: Segment): string | undefined {
  const chars = next ? codePoints(next.text) : [];
  if (chars.length !== 2) return undefined;
  const first = chars[0] ?? '';
  const rest = chars[1] ?? '';
  const whole = name + first;
  if (codePointCount(whole) > 3 || hasWord(whole)) return undefined;
  // 李/明说, 赵长/林家 (the Zhao Changlin home), 李长/福笑着: the name's last character and a word of one.
  // (…even a word, 郑/好说 "easy to deal with", where one of the commonest surnames comes first: Zheng Hao says.)
  if ((GLUED_AFTER_NAME.has(rest) || (rest === '家' && next && !hasWord(next.text))) && (!hasWord(chars.join('')) || (rest === '说' && isTopSurname(name))) && looksLikeName(whole)) return first;
  // 王/强拍 着: the name's last character and a verb of one before its particle.
  if (/^(?:着|了|过|得)$/u.test(after?.text ?? '') && /^v/.test(jiebaTag(rest) ?? '') && !hasWord(chars.join('')) && looksLikeName(whole)) return first;
  // An HMM guess gluing it to a particle or preposition: 刘国/中到, 张子/豪以.
  return next?.tag === 'x' && NOT_GIVEN.has(rest) && (endsInZhong(whole) || looksLikeName(whole)) ? first : undefined;
}

/** Whether `name` looks like surname + one or two given-name characters. */
function looksLikeName(name: string): boolean {
  const chars = codePoints(name);
  if (!allHan(name)) return false;
  const s = surnameLength(chars);
  const given = chars.slice(s);
  if (s === 0 || given.length < 1 || given.length > 2) return false;
  if (NOT_GIVEN.has(chars[0] ?? '') && s === 1) return false;
  const { givenNameChars } = nameData();
  // (Nor a city or county alone, 向市 "to the city's".)
  if (given.length === 1 && ADMINISTRATIVE_ENDS.has(given[0] ?? '')) return false;
  return given.every((c) => givenNameChars.has(c) && !NOT_GIVEN.has(c)) && !addressOrPlace(given) && !verbThenObject(chars);
}

/** Numerals: never a one-character given name (高三 is the last year of senior high). */
const NUMERAL_CHARS = new Set([...'一二三四五六七八九十百千万两']);

/** Units of government a name ends in (省, 市, 县…): never a one-character given name. */
const ADMINISTRATIVE_ENDS = new Set([...'省市县区镇乡村州旗盟']);

/** Two "given name" characters that are a form of address (大爷) or end like a place (干湖). */
function addressOrPlace(given: readonly string[]): boolean {
  return given.length === 2 && (ADDRESS_TERMS.has(given.join('')) || PLACE_ENDINGS.has(given[1] ?? ''));
}

/**
 * After a title, a surname that is also an everyday word (于, 曾, 向) with a two-character given
 * name: 书记于东华, 记者曾海涛. Not when the two characters are a word (书记于近日, 书记曾多次).
 */
function wordlikeSurnameName(name: string): boolean {
  const chars = codePoints(name);
  if (chars.length < 2 || chars.length > 3 || !allHan(name) || hasWord(name)) return false;
  const first = chars[0] ?? '';
  if (!NOT_GIVEN.has(first) || !isCommonSurname(first)) return false;
  const given = chars.slice(1);
  // (副总于洋: one given-name character too, not a word with the surname, 于是.)
  return givenNameOk(given) && (given.length === 1 || !hasWord(given.join('')));
}

/**
 * A common surname and a noun of two given-name characters, whole (赵/和平, 陈/和平): a given name
 * that is a word, even with a character that alone is a particle or preposition (和).
 */
function nounGivenName(surname: Segment | undefined, given: Segment | undefined): boolean {
  if (!surname || !given || surname.text.length !== 1 || codePointCount(given.text) !== 2 || !/^n[z]?$/.test(given.tag) || !isCommonSurname(surname.text) || NOT_GIVEN.has(surname.text)) return false;
  const { givenNameChars } = nameData();
  return codePoints(given.text).every((c) => givenNameChars.has(c)) && !addressOrPlace(codePoints(given.text)) && !isCue(given.text) && !PLACE_ENDINGS.has(given.text.charAt(1));
}

/**
 * 主任曾国庆医生: between two titles, a surname that is also an everyday word (曾 "once") and a
 * given name that is a word (国庆 "National Day") are the person.
 */
function titledBothSides(surname: Segment | undefined, given: Segment | undefined, after: Segment | undefined): boolean {
  if (!surname || !given || !after || surname.text.length !== 1 || codePointCount(given.text) !== 2 || !isCommonSurname(surname.text) || !isCue(after.text)) return false;
  const { givenNameChars } = nameData();
  return codePoints(given.text).every((c) => givenNameChars.has(c)) && !addressOrPlace(codePoints(given.text)) && !isCue(given.text);
}

/** Whether CC-CEDICT has `word` as an ordinary word (a lowercase reading), such as 幸福 or 智能. */
export function isCommonWord(word: string): boolean {
  return sharedEntries(word).some((e) => /^[a-z]/.test(e.pinyin));
}

/**
 * The most common Chinese surnames (about 200, covering the great majority of people). Without a
 * title in front, only these start a name: CC-CEDICT lists 700+ surnames, including everyday
 * characters (和, 也, 中, 年) that would turn ordinary words into "names".
 */
// 朴 (Piáo) last: the commonest Korean surname, as in Yanbian and the rest of Jilin.
const COMMON_SURNAMES_SIMPLIFIED = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝朴',
]);

let commonSurnames: ReadonlySet<string> | undefined;

/** The common surnames in simplified and traditional form (張, 陳, 鄭 …), from CC-CEDICT. */
export function isCommonSurname(char: string): boolean {
  if (!commonSurnames) {
    const all = new Set(COMMON_SURNAMES_SIMPLIFIED);
    for (const s of COMMON_SURNAMES_SIMPLIFIED) {
      for (const e of sharedEntries(s)) if (e.senses.some((x) => x.startsWith('surname '))) all.add(e.traditional);
    }
    commonSurnames = all;
  }
  return commonSurnames.has(char);
}

/**
 * Whether `char` is among the hundred commonest surnames (the list is in order of frequency):
 * 小王, 老李 address someone by one, where 小明 is a given name.
 */
export function isTopSurname(char: string): boolean {
  return TOP_SURNAMES.has(char);
}

const TOP_SURNAMES: ReadonlySet<string> = new Set([...COMMON_SURNAMES_SIMPLIFIED].slice(0, 100));

const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg']);

/** Given-name characters after a surname: known from names, and not a particle or common verb. */
function givenNameOk(chars: readonly string[]): boolean {
  const { givenNameChars } = nameData();
  if (chars.length === 1 && (ADMINISTRATIVE_ENDS.has(chars[0] ?? '') || NUMERAL_CHARS.has(chars[0] ?? ''))) return false;
  return chars.length >= 1 && chars.length <= 2 && chars.every((c) => givenNameChars.has(c) && !NOT_GIVEN.has(c)) && !addressOrPlace(chars);
}

/**
 * Whether `name` is surname + given name without any cue from the context: a common surname,
 * given-name characters, and not a dictionary word in disguise (智能化 starts with 智能, 幸福感
 * with 幸福: words, not 智 + 能化).
 */
function uncuedName(name: string): boolean {
  const chars = codePoints(name);
  if (chars.length !== 3 || !allHan(name) || hasWord(name)) return false;
  if (!isCommonSurname(chars[0] ?? '') || !givenNameOk(chars.slice(1)) || prepositionThenWord(chars) || landscapeWord(chars) || verbThenDirection(chars) || verbThenObject(chars) || describedThing(chars) || chars[2] === '奖') return false;
  // (Nor an adverb that is a surname too and a verb jieba knows: 曾降至 "once fell to", 连超 "overtook in a row".)
  const adverbThenVerb = ADVERB_SURNAMES.has(chars[0] ?? '') && /^v/.test(jiebaTag(chars.slice(1).join('')) ?? '');
  return !isCommonWord(chars.slice(0, 2).join('')) && !isCommonWord(chars.slice(1).join('')) && !adverbThenVerb;
}

/** What follows a name when the person then does something: a verb (by tag or by CC-CEDICT's sense) or a four-character phrase (梅开二度). */
function actsNext(following: Segment | undefined): boolean {
  if (!following) return false;
  if (/^(?:v|p|d|c)/.test(following.tag)) return true;
  const length = codePointCount(following.text);
  if (length === 4 && /^(?:i|l|nz|nr)$/.test(following.tag) && !/[科属目纲类族]$/u.test(following.text)) return true;
  if (verbWithAspect(following)) return true;
  // (赵磊/x 高兴/b 得: how the person feels, an adjective of people.)
  return length >= 2 && (isVerbWord(following.text) || FEELINGS_OF_PEOPLE.has(following.text));
}

/**
 * 得了, 打了个: a one-character verb and its aspect particle that the dictionary keeps as a word of
 * its own (得了 "that's enough!", 打了个), which jieba's tag does not show as a verb: 张伟得了十分.
 */
function verbWithAspect(s: Segment | undefined): boolean {
  if (s === undefined || s.text.length < 2 || s.text.length > 3 || /^v/.test(s.tag)) return false;
  const verb = s.text.charAt(0);
  return /^[了着过]$/u.test(s.text.charAt(1)) && (/^(?:v|ud)/.test(jiebaTag(verb) ?? '') || hasVerbSense(verb));
}

/** How people feel, said of a person right after the name (赵磊高兴得跳起来). */
const FEELINGS_OF_PEOPLE = new Set(['高兴', '开心', '难过', '伤心', '生气', '激动', '紧张', '害怕', '着急', '兴奋', '满意', '失望', '后悔', '感动', '吃惊', '惊讶', '担心', '放心', '愣住', '愣了', '不好意思', '不高兴']);

/** Whether `prev` is a lone character jieba left as a guess or a name part: a foreign name's syllable (兹|莫曼). */
function afterForeignSyllable(prev: Segment | undefined): boolean {
  return prev !== undefined && codePointCount(prev.text) === 1 && allHan(prev.text) && /^(?:x|nr|nrt|nrfg|nz|rg)$/.test(prev.tag);
}

/**
 * Whether the last character of a three-character "name" is rather a verb the two-character name
 * does: a one-character verb that makes a word with what follows (考|中 → 考中 "to pass an exam")
 * or takes a noun as its object (接 队友).
 */
function verbAfterName(name: string, next: Segment | undefined): boolean {
  const chars = codePoints(name);
  const last = chars[2] ?? '';
  if (chars.length !== 3 || !next || !allHan(next.text)) return false;
  // 刘洋试/了, 李明数/x 了数, 马克照/了: the verb the person did, with its aspect particle (a verb
  // by CC-CEDICT's sense too: jieba calls 数 a number and 照 a noun).
  if (/^[了着过]$/u.test(next.text) && (/^v/.test(jiebaTag(last) ?? '') || hasVerbSense(last)) && looksLikeName(chars.slice(0, 2).join(''))) return true;
  if (!/^v/.test(jiebaTag(last) ?? '')) return false;
  if (isCommonWord(last + codePoints(next.text)[0])) return true;
  // 李娜走/x 到一半: a name jieba's dictionary lists, then the verb with its result or direction.
  if (jiebaTag(chars.slice(0, 2).join('')) === 'nr' && /^[到完去来在给起出进回上下]/u.test(next.text)) return true;
  // 给张丽送/x 一本书: the verb and how many of what it takes.
  if (next.tag === 'm' && /^[一两二三四五六七八九十几半]/u.test(next.text) && looksLikeName(chars.slice(0, 2).join('')) && hasVerbSense(last)) return true;
  // The object: an everyday noun, not a title (陈德亮教授), a verb jieba calls a noun (吴谨言饰演),
  // or a place or works named after the person (谭同兴营造厂, 鲁蒙盖自然保护区).
  const sense = everydaySense(next.text);
  // (Or another person: 武磊接奥斯卡 传球.)
  if (/^(?:nr|nrfg)$/.test(next.tag) && codePointCount(next.text) >= 2 && !isCommonWord(next.text)) return true;
  return /^(?:n|nz)$/.test(next.tag) && isCommonWord(next.text) && rankOf(next.text) <= FREQUENT_RANK && !isCue(next.text) && !/^to /.test(sense) && !/[区厂站所馆园院碑庙寺港湖山河]$/u.test(next.text);
}

/**
 * jieba's dictionary tags many ordinary words as names (小镇, 辛勤, 幸福感, 智能化 are "nr").
 * When CC-CEDICT knows the word only as a common word, trust CC-CEDICT.
 */
/**
 * A jieba "name" (or guess) its neighbours show is none: banker's numerals (叁仟|伍佰元整), or
 * after a number and a measure word for things, a thing (一件蓝布/nr 褂子: blue cloth).
 */
function notNamedHere(seg: Segment, before: readonly Segment[], next: Segment | undefined): Segment {
  // 叁仟|伍佰元整/x: banker's numerals (伍 is a surname too), an amount written out on a contract.
  if ((NAME_TAGS.has(seg.tag) || seg.tag === 'x') && /^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]{2,}/u.test(seg.text)) return { text: seg.text, tag: 'm' };
  // 年轻时爱/x 听: "when" (时) after a time of life, and the verb after it, not Shi Ai.
  // (看黑板时总爱/nr: after what is being done, too.)
  const when = before[before.length - 1];
  if ((NAME_TAGS.has(seg.tag) || seg.tag === 'x') && (seg.text.length === 2 || seg.text.length === 3) && seg.text.charAt(0) === '时' && when !== undefined && (/(?:年轻|小|年少|少年|当年|读书|上学|工作|在世|活着)$/u.test(when.text) || (seg.text.length === 3 && /^(?:n|v|vn)$/.test(when.tag) && before[before.length - 2] !== undefined && /^v/.test(before[before.length - 2]?.tag ?? ''))) && !isCue(when.text)) return { text: seg.text, tag: 'l' };
  if (!NAME_TAGS.has(seg.tag) || !allHan(seg.text)) return seg;
  // 每件钟/nr: a thing counted after its classifier, no surname.
  const counter = before[before.length - 1];
  if (seg.text.length === 1 && counter !== undefined && (counter.tag === 'q' || /^[每一两几这那哪][件个只口座台架面张把]$/u.test(counter.text))) return { text: seg.text, tag: 'n' };
  // 全连/nr 第一, 下连: the company (a military unit), not the surname Lian.
  if (seg.text === '连' && /^(?:全|下|本|该|每|[一二三四五六七八九十])$/u.test(counter?.text ?? '') && !/^(?:都|也)/u.test(next?.text ?? '')) return { text: seg.text, tag: 'n' };
  // 荣立/nr 三等功: awarded (a merit), the verb before it, not someone called Rong Li.
  if (seg.text === '荣立' || seg.text === '荣获') return { text: seg.text, tag: 'v' };
  // 闻一闻/nr, 看一看: a verb said around 一, a quick try at it.
  if (/^(\p{Script=Han})一\1$/u.test(seg.text)) return { text: seg.text, tag: 'v' };
  // 白玉兰/nr 奖: a prize named after a flower or a thing, no one's name.
  if (next !== undefined && /^(?:奖|奖项|杯|大奖)$/u.test(next.text) && !hasWord(seg.text)) return { text: seg.text, tag: 'nz' };
  // 红富士/nr 苹果: a variety before the fruit, grain or tea it is, no one's name.
  if (next !== undefined && /^(?:苹果|葡萄|梨|桃|桃子|橙子|柑橘|西瓜|草莓|樱桃|大米|稻米|小麦|玉米|茶叶|品种)$/u.test(next.text) && !hasWord(seg.text)) return { text: seg.text, tag: 'nz' };
  const measure = before[before.length - 1];
  // (The number and its measure word may be one segment still, 一件/m.)
  const counted = measure !== undefined && ((measure.tag === 'q' && /^m/.test(before[before.length - 2]?.tag ?? '')) || (measure.tag === 'm' && /^[一二两三四五六七八九十几半每]+\p{Script=Han}$/u.test(measure.text) && isClassifier(measure.text.slice(-1))));
  if (counted && !/[位名个口]$/u.test(measure.text) && next !== undefined && /^n/.test(next.tag) && !NAME_TAGS.has(next.tag) && !hasWord(seg.text)) {
    return { text: seg.text, tag: 'n' };
  }
  return seg;
}

/** How a verb is done, after its 得 (包得好, 跑得快): never the end of a given name there. */
const HOW_DONE_AFTER_DE = new Set([...'好多快慢紧满严对少早晚完']);
/** When, after a word (高开后, 桂林时): see everydayPhraseNamed. */
const WHEN_ENDS = new Set([...'后前时']);
/** Kin called with 阿 (阿姐, 阿婆): a form of address, no one's name. */
const KIN_AFTER_A = new Set([...'姐哥妹弟婆公伯叔姨嫂爸妈爷奶']);

/**
 * A phrase jieba or the name rules took for a name that is none, as the words it is: a verb, 得 and
 * how well (包得好 "wrapped well"), a word and when (高开后 "after opening higher"), 阿 and kin (阿姐
 * "big sister") and a verb's 法 "way of" (包法 "how to wrap"). Undefined for anything else.
 */
function everydayPhraseNamed(text: string): Segment[] | undefined {
  if (text.length === 2) {
    if (text.charAt(0) === '阿' && KIN_AFTER_A.has(text.charAt(1))) return [{ text, tag: 'n' }];
    // 将球打进, 连换两人: 将 or 把 marking a thing, 连 "in a row" before a verb, no one called Jiangqiu.
    if (/^[将把]$/u.test(text.charAt(0)) && /^n/.test(jiebaTag(text.charAt(1)) ?? '')) return [{ text: text.charAt(0), tag: 'p' }, { text: text.charAt(1), tag: 'n' }];
    if (text.charAt(0) === '连' && (/^v/.test(jiebaTag(text.charAt(1)) ?? '') || hasVerbSense(text.charAt(1))) && !isCommonSurname(text.charAt(1))) return [{ text: '连', tag: 'd' }, { text: text.charAt(1), tag: 'v' }];
    if (text.charAt(1) === '法' && /^v/.test(jiebaTag(text.charAt(0)) ?? '')) return [{ text, tag: 'n' }];
    return undefined;
  }
  if (text.length !== 3 || !allHan(text) || hasWord(text)) return undefined;
  const [a, b, c] = [text.charAt(0), text.charAt(1), text.charAt(2)];
  if (b === '得' && HOW_DONE_AFTER_DE.has(c) && /^v/.test(jiebaTag(a) ?? '')) return [{ text: a, tag: 'v' }, { text: b, tag: 'ud' }, { text: c, tag: 'a' }];
  // 连换两人, 连进三球: 连 "in a row", a verb and how many, no one called Lian Huanliang.
  if (a === '连' && (/^v/.test(jiebaTag(b) ?? '') || hasVerbSense(b)) && /^[一二两三四五六七八九十几数]$/u.test(c)) return [{ text: a, tag: 'd' }, { text: b, tag: 'v' }, { text: c, tag: 'm' }];
  // 曹操骑|马: a famous person the dictionary names and a verb jieba glued on.
  // (Not where the verb is a given name's character too, 李鹏飞.)
  if (/^v/.test(jiebaTag(c) ?? '') && !nameData().givenNameChars.has(c) && sharedEntries(a + b).some((e) => /^[A-Z]/.test(e.pinyin) && /\(\d{2,4} ?[-–]|\bpersonal name\b|\bwarlord\b|\bemperor\b|\bpoet\b|\bgeneral\b/.test(e.senses[0] ?? ''))) return [{ text: a + b, tag: 'nr' }, { text: c, tag: 'v' }];
  // 查一查, 管一管: a verb said twice around 一, no one called Zha Yizha.
  if (a === c && b === '一') return [{ text: a, tag: 'v' }, { text: b, tag: 'm' }, { text: c, tag: 'v' }];
  // 钱少点, 活多些: a thing and "a bit less, a bit more" said of it, no one called Qian Shaodian.
  if (/^[少多高低大小快慢好早晚]$/u.test(b) && /^[点些]$/u.test(c) && /^n/.test(jiebaTag(a) ?? '')) return [{ text: a, tag: 'n' }, { text: b, tag: 'a' }, { text: c, tag: 'm' }];
  // 春养肝, 夏养心: a season and what to do in it (养心 "nourish the heart").
  if (/^[春夏秋冬]$/u.test(a) && /^[养补护防保调润清]$/u.test(b) && (hasWord(b + c) || jiebaTag(b + c) !== undefined)) return [{ text: a, tag: 't' }, { text: b + c, tag: 'v' }];
  // 张大嘴, 睁大眼: opening something wide (张大 "to open wide"), no one called Zhang Dazui.
  if (/^[张睁瞪]$/u.test(a) && b === '大' && /^[嘴口眼]$/u.test(c)) return [{ text: a + b, tag: 'v' }, { text: c, tag: 'n' }];
  // (Only a word before it, 宁德|后, 桂林|时, 高开|后: 任弼时 and 俞济时 are people, 窦太后 an empress dowager.)
  const word = text.slice(0, 2);
  return WHEN_ENDS.has(c) && (hasWord(word) || jiebaTag(word) !== undefined) && !/(?:皇后|太后|王后)$/u.test(text) && !isCue(word) ? [{ text: word, tag: forcedTag(word) }, { text: c, tag: c === '时' ? 'n' : 'f' }] : undefined;
}

/**
 * Cities and provinces by the one character a railway's name gives them (沪昆高铁 Shanghai–Kunming,
 * 甬台温铁路 Ningbo–Taizhou–Wenzhou), read so only before a railway (see railwayLines).
 */
export const RAIL_CITIES: ReadonlyMap<string, string> = new Map([
  ['京', 'Beijing'], ['沪', 'Shanghai'], ['津', 'Tianjin'], ['渝', 'Chongqing'], ['广', 'Guangzhou'], ['深', 'Shenzhen'], ['杭', 'Hangzhou'],
  ['昆', 'Kunming'], ['甬', 'Ningbo'], ['台', 'Taizhou'], ['温', 'Wenzhou'], ['福', 'Fuzhou'], ['厦', 'Xiamen'], ['宁', 'Nanjing'], ['汉', 'Wuhan'],
  ['蓉', 'Chengdu'], ['成', 'Chengdu'], ['贵', 'Guiyang'], ['兰', 'Lanzhou'], ['合', 'Hefei'], ['郑', 'Zhengzhou'], ['徐', 'Xuzhou'], ['石', 'Shijiazhuang'],
  ['太', 'Taiyuan'], ['哈', 'Harbin'], ['青', 'Qingdao'], ['济', 'Jinan'], ['沈', 'Shenyang'], ['莞', 'Dongguan'], ['珠', 'Zhuhai'], ['港', 'Hong Kong'],
  ['澳', 'Macau'], ['昌', 'Nanchang'], ['赣', 'Jiangxi'], ['湘', 'Hunan'], ['鄂', 'Hubei'], ['粤', 'Guangdong'], ['桂', 'Guangxi'], ['黔', 'Guizhou'],
  ['滇', 'Yunnan'], ['陕', 'Shaanxi'], ['晋', 'Shanxi'], ['冀', 'Hebei'], ['鲁', 'Shandong'], ['豫', 'Henan'], ['皖', 'Anhui'], ['闽', 'Fujian'],
  ['苏', 'Jiangsu'], ['浙', 'Zhejiang'], ['西', "Xi'an"], ['包', 'Baotou'], ['呼', 'Hohhot'], ['银', 'Yinchuan'], ['武', 'Wuhan'], ['绵', 'Mianyang'],
]);

/** What a line of RAIL_CITIES' names runs as: a high-speed line, a railway, an intercity line. */
export const RAILWAY = /^(?:高铁|铁路|城际|城际铁路|客专|客运专线|动车|高速铁路|铁路线)$/u;

/** Whether every character of `text` is one of RAIL_CITIES. */
function railCities(text: string): boolean {
  for (const c of text) if (!RAIL_CITIES.has(c)) return false;
  return true;
}

/**
 * 沪|昆|高铁, 甬|台|温|铁路: the cities a railway runs between, each by one character, are one
 * place before it (unless the dictionary has them, 京沪). Two to four characters in a row.
 */
function railwayLines(segs: Segment[], text: string): Segment[] {
  if (!/高铁|铁路|城际|客专|客运专线|动车/u.test(text)) return segs;
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const list = out ?? segs;
    if (RAILWAY.test(seg.text) && i > 0) {
      let from = out ? out.length : i;
      let name = '';
      while (from > 0 && railCities((list[from - 1] as Segment).text) && codePointCount((list[from - 1] as Segment).text + name) <= 4) name = (list[--from] as Segment).text + name;
      const pieces = (out ? out.length : i) - from;
      if (codePointCount(name) >= 2 && (pieces >= 2 || (list[from] as Segment).tag !== 'ns') && !hasWord(name)) {
        out = list.slice(0, from);
        out.push({ text: name, tag: 'ns' }, seg);
        continue;
      }
    }
    out?.push(seg);
  }
  return out ?? segs;
}

/** What closes a name said in speech: the end of the clause, or a greeting after it (单雪你好). */
const SPEECH_NAME_END = /^(?:[，。！？、,.!?…]|你好|您好|你们好|大家好)$/u;

/**
 * 我是单|雪。, 单|雪你好, 谢谢丽|娜。: a name said in speech, cut in pieces of one character by
 * jieba: after 我是 (a surname and a given-name character), before a greeting (the same), or after
 * 谢谢 where a clause starts (two given-name characters, someone called by given name): one person.
 * Never where the two make a word (我是单身, 谢谢大家).
 */
function namesInSpeech(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  const { surnames } = nameData();
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const next = segs[i + 1];
    // What is put out so far ends at `at` (segs itself until something joins).
    const list = out ?? segs;
    const at = out ? out.length : i;
    const prev = list[at - 1];
    const pair = next !== undefined && seg.text.length === 1 && next.text.length === 1 && allHan(seg.text + next.text) && !hasWord(seg.text + next.text) && SPEECH_NAME_END.test(segs[i + 2]?.text ?? '。');
    if (pair && next) {
      const clauseStart = (k: number): boolean => k < 0 || /^[\p{P}\s]+$/u.test(list[k]?.text ?? '');
      const surnamed = surnames.has(seg.text) && !NOT_GIVEN.has(seg.text) && givenNameOk([next.text]);
      const introduced = surnamed && prev?.text === '是' && list[at - 2]?.text === '我';
      const greeted = surnamed && clauseStart(at - 1) && /^(?:你好|您好)$/u.test(segs[i + 2]?.text ?? '');
      const thanked = /^(?:谢谢|感谢|辛苦了)$/u.test(prev?.text ?? '') && clauseStart(at - 2) && givenNameOk([seg.text, next.text]) && /^[，。！,.!]$/u.test(segs[i + 2]?.text ?? '');
      if (introduced || greeted || thanked) {
        out ??= segs.slice(0, i);
        out.push({ text: seg.text + next.text, tag: 'nr' });
        i++;
        continue;
      }
    }
    out?.push(seg);
  }
  return out ?? segs;
}

/**
 * Given names that are words of the language, the commonest of a generation (建国 "to found a
 * nation", 中华 "China", 卫东 "defend the East"): jieba keeps the word and leaves the surname alone.
 */
const WORD_GIVEN_NAMES = new Set([
  '建国', '建军', '建华', '建平', '建新', '建民', '建伟', '建明', '建林', '国庆', '国强', '国华', '国平', '国栋', '国良', '中华', '振华',
  '振国', '卫东', '卫国', '卫华', '卫民', '爱国', '爱民', '爱华', '志强', '志刚', '志明', '志勇', '志华', '志军', '志远', '海燕', '红军',
  '红旗', '红梅', '解放', '胜利', '和平', '光明', '永红', '立新', '向阳', '向东', '跃进', '援朝', '学军', '新华', '春生', '秋生', '冬梅',
  '春梅', '春花', '秋菊', '玉兰', '桂兰', '秀英', '秀兰', '凤英', '金花', '海峰', '海波', '海涛', '德才',
]);

/**
 * 住户查|建国, 读者单|建国, 首席统计师王|中华: a surname and one of those given names, after a title
 * or someone's role (住户, 读者, 统计师…), or named so twice in the text: one person, read with
 * the surname's reading (查 Zhā, 单 Shàn).
 */
function wordGivenNames(segs: Segment[], text: string): Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const next = segs[i + 1];
    if (seg.text.length === 1 && next !== undefined && WORD_GIVEN_NAMES.has(next.text) && nameData().surnames.has(seg.text) && !NOT_GIVEN.has(seg.text)) {
      const list = out ?? segs;
      const prev = list[(out ? out.length : i) - 1];
      const name = seg.text + next.text;
      // (A role: a title, or someone by what they do or are, 读者, 住户, 统计师.)
      // (统计|师: a title jieba cut, its last character alone after a word.)
      const cut = prev !== undefined && /^[师员长官]$/u.test(prev.text) && (list[(out ? out.length : i) - 2]?.text.length ?? 0) >= 2;
      const role = cut || (prev !== undefined && (isCue(prev.text) || /(?:者|户|师|员|民|友|生|人|官)$/u.test(prev.text)) && prev.text.length >= 2);
      if (role || text.indexOf(name) !== text.lastIndexOf(name)) {
        out ??= segs.slice(0, i);
        out.push({ text: name, tag: 'nr' });
        i++;
        continue;
      }
    }
    out?.push(seg);
  }
  return out ?? segs;
}

/** The compass points between the four (西北 is also "Northwest China"). */
const COMPASS_POINTS = new Set(['东北', '西北', '东南', '西南']);

/** Words that describe a kind of place or body, never one by name (公立医院, 网上银行, 广大客户). */
const KIND_OF_PLACE = /^(?:广大|公立|私立|民营|网上|手机|大型|综合|基层|定点|当地|本地|各级|各地|国内|国外|海外|境内|境外|地方|农村|城市|商业|外资|中资|国有|相关|有关|全国|部分|多家|各大|主要|众多|附近|周边)$/u;

/**
 * 广大客户/ns, 公立医院/nt, 网上银行/nt: a phrase jieba's dictionary files as a place or a body, a
 * describing word and a noun, as its two words (a kind of hospital, all customers, no name).
 */
function kindNotNamed(seg: Segment): Segment[] | undefined {
  if ((seg.tag !== 'ns' && seg.tag !== 'nt') || seg.text.length !== 4 || !KIND_OF_PLACE.test(seg.text.slice(0, 2)) || hasWord(seg.text)) return undefined;
  const head = seg.text.slice(2);
  return isCommonWord(head) ? [{ text: seg.text.slice(0, 2), tag: forcedTag(seg.text.slice(0, 2)) }, { text: head, tag: 'n' }] : undefined;
}

/** The names of everydayPhraseNamed and kindNotNamed, put back as their words (the last of the passes that name people). */
function everydayPhrasesNotNamed(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    // 向西北方向, 偏东南风: a direction (f), not the region named so (西北 "Northwest China").
    if (seg.tag === 'ns' && COMPASS_POINTS.has(seg.text) && (/^(?:方向|风|方|侧|角|面|边|向|一侧|方位|部|隅)$/u.test(segs[i + 1]?.text ?? '') || /^(?:向|往|朝|偏|吹|城|县城|市区|村|镇|校园|院子|广场|岛|湖|山)$/u.test(segs[i - 1]?.text ?? ''))) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text, tag: 'f' });
      continue;
    }
    // 点普洱, 喝了一壶普洱: the tea, drunk or ordered, not the city it is named after.
    if (seg.text === '普洱' && seg.tag === 'ns' && (/^(?:点|喝|泡|沏|煮|一壶|一杯|一饼|杯|壶|喝了|点了)$/u.test(segs[i - 1]?.text ?? '') || /^(?:茶|茶饼|解腻|熟茶|生茶)$/u.test(segs[i + 1]?.text ?? ''))) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text, tag: 'n' });
      continue;
    }
    // 曾|任长安/nr 县令 → 任|长安: serving as (任) in a place, before the post; no one called Ren Chang'an.
    if (NAME_TAGS.has(seg.tag) && seg.text.length === 3 && seg.text.charAt(0) === '任' && /^(?:曾|历任|先后|后|又|再|兼|改|升|调|出任|继|并)$/u.test(segs[i - 1]?.text ?? '') && (knownPlace(seg.text.slice(1)) || hasWord(seg.text.slice(1)))) {
      out ??= segs.slice(0, i);
      out.push({ text: '任', tag: 'v' }, { text: seg.text.slice(1), tag: forcedTag(seg.text.slice(1)) === 'nr' ? 'ns' : forcedTag(seg.text.slice(1)) });
      continue;
    }
    // 金兵南/nr 下 → 金兵|南下: troops marching south, no one called Jin Bingnan (jieba lists the "name").
    const next = segs[i + 1];
    if (NAME_TAGS.has(seg.tag) && seg.text.length === 3 && next !== undefined && next.text.length === 1 && /[东南西北]$/u.test(seg.text) && (hasWord(seg.text.slice(0, 2)) || jiebaTag(seg.text.slice(0, 2)) !== undefined || DYNASTY_CHARS.includes(seg.text.charAt(0))) && hasWord(seg.text.charAt(2) + next.text)) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text.slice(0, 2), tag: forcedTag(seg.text.slice(0, 2)) }, { text: seg.text.charAt(2) + next.text, tag: 'v' });
      i++;
      continue;
    }
    // 圆圆的脸: a quality said twice before 的, no one called Yuanyuan (a pet name is said without 的).
    if (NAME_TAGS.has(seg.tag) && seg.text.length === 2 && seg.text.charAt(0) === seg.text.charAt(1) && next?.text === '的' && /^(?:脸|小脸|脸蛋|眼睛|大眼睛|眼|肚子|月亮|头|脑袋|身子|身体|嘴|鼻子|手|脚|叶子|果子|太阳|泡泡|球|尾巴|耳朵|个子)$/u.test(segs[i + 2]?.text ?? '')) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text, tag: 'z' });
      continue;
    }
    // 一百个金娃娃: something counted (after a measure word), a material and a thing, no one called Jin Wawa.
    // (Not a foreign name, 第十一代|布尼雅, nor someone after a year or a generation, 1978年|威拉德.)
    if (NAME_TAGS.has(seg.tag) && seg.text.length === 3 && /^(?:q|m)$/.test(segs[i - 1]?.tag ?? '') && !/[年代届任世]$/u.test(segs[i - 1]?.text ?? '') && !transliterated(seg.text) && hasWord(seg.text.slice(1)) && !hasWord(seg.text)) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text.charAt(0), tag: everydayTag(seg.text.charAt(0)) ?? 'n' }, { text: seg.text.slice(1), tag: forcedTag(seg.text.slice(1)) });
      continue;
    }
    // 上车时/ns: when one gets on, a verb and 时, no place.
    if (seg.tag === 'ns' && seg.text.length === 3 && seg.text.endsWith('时') && !hasWord(seg.text) && hasVerbSense(seg.text.slice(0, 2))) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text.slice(0, 2), tag: 'v' }, { text: '时', tag: 'n' });
      continue;
    }
    const words = NAME_TAGS.has(seg.tag) && !hasWord(seg.text) ? everydayPhraseNamed(seg.text) : kindNotNamed(seg);
    if (words) {
      out ??= segs.slice(0, i);
      out.push(...words);
    } else out?.push(seg);
  }
  return out ?? segs;
}

function retagFalseName(seg: Segment): Segment {
  if (!NAME_TAGS.has(seg.tag)) return seg;
  // 同学们/nr, 孩子们: a plural of people, no one's name.
  if (seg.text.length >= 2 && seg.text.endsWith('们')) return { text: seg.text, tag: 'n' };
  const entries = sharedEntries(seg.text);
  if (entries.length === 0) {
    // Unknown to CC-CEDICT: keep jieba's "name" only if it is shaped like a Chinese name.
    if (namedSight(seg)) return { text: seg.text, tag: 'ns' };
    // 明月光/nr, 高水平/nr: two words in a row (明月 "bright moon" + 光, 高 + 水平 "level"), no name.
    // (Kept whole where the words overlap, 明月|光; cut where a verb or a size leads, 盖|房子, 高|水平.)
    if (seg.text.length === 3 && allHan(seg.text)) {
      const overlapping = !isTopSurname(seg.text.charAt(0)) && isCommonWord(seg.text.slice(0, 2)) && isCommonWord(seg.text.slice(1));
      const described = /^[高大小新老低长短深重轻厚]$/u.test(seg.text.charAt(0)) && isCommonWord(seg.text.slice(1)) && rankOf(seg.text.slice(1)) <= 2_000;
      // (…or where a word ends in where it is, 山村|里.)
      if (described || (overlapping && (/^v/.test(jiebaTag(seg.text.charAt(0)) ?? '') || WHERE_AT.has(seg.text.charAt(2))))) return { text: seg.text, tag: 'x' };
      if (overlapping) return { text: seg.text, tag: 'nz' };
    }
    // 汤头/nr "soup base", 明前茶/nr "tea picked before Qingming": a thing's word (头, a kind of tea), no one's name.
    // (Not a person the dictionary names and where they work, 韦伯|所.)
    if ((seg.text.length === 2 && seg.text.endsWith('头')) || (seg.text.length === 3 && (THING_SUFFIXES.has(seg.text.charAt(2)) || seg.text.charAt(2) === '茶') && !sharedEntries(seg.text.slice(0, 2)).some((e) => /^[A-Z]/.test(e.pinyin)))) return { text: seg.text, tag: 'nz' };
    const chars = codePoints(seg.text);
    // (x: jieba's guess, which splitUnknownPhrases then cuts into its words.)
    // (A landscape is a noun, kept whole: 红松林 "Korean pine forest".)
    if (landscapeWord(chars)) return { text: seg.text, tag: 'n' };
    // 易燃/nr, 易碎: "easy to" and a verb, what a thing is like, not Yi Ran.
    if (chars.length === 2 && (chars[0] === '易' || chars[0] === '难') && (/^[va]/.test(jiebaTag(chars[1] ?? '') ?? '') || /^to /.test(everydaySense(chars[1] ?? '')))) return { text: seg.text, tag: 'a' };
    // 苏堤/nr, 赵桥: a causeway, bridge or temple named after someone is a place.
    // (Not a verb and its object, 修桥 "to build bridges".)
    if (chars.length === 2 && /^[堤坝桥寺庙湖湾港]$/u.test(chars[1] ?? '') && !/^v/.test(jiebaTag(chars[0] ?? '') ?? '')) return { text: seg.text, tag: 'ns' };
    // 胡同口/nr, 胡同里: a word and where at it (the alley's mouth), not Hu Tongkou.
    if (chars.length === 3 && WHERE_AT.has(chars[2] ?? '') && isCommonWord(chars.slice(0, 2).join('')) && rankOf(chars.slice(0, 2).join('')) <= FREQUENT_RANK) return { text: seg.text, tag: 'x' };
    if (verbThenDirection(chars)) return { text: seg.text, tag: 'x' };
    if (wordsNotName(chars) || prepositionThenWord(chars) || guessEndingInVerb(seg.text, chars)) return { text: seg.text, tag: 'x' };
    const s = surnameLength(chars);
    const first = chars[0] ?? '';
    const notAWord = chars.length === 3 && !isCommonWord(chars.slice(0, 2).join('')) && !isCommonWord(chars.slice(1).join(''));
    const surnameOk = s === 2 || isCommonSurname(first) || (s === 1 && !NOT_GIVEN.has(first) && notAWord);
    const shaped = chars.length === 1 || (surnameOk && givenNameOk(chars.slice(s)));
    // 金鹿奖, 长白杯: an award, a cup or a festival named so, no person.
    if (chars.length === 3 && /^[奖节赛]$/u.test(chars[2] ?? '')) return { text: seg.text, tag: 'nz' };
    // 查干湖, 李家村: shaped like a name, but a lake and a village.
    if (shaped && chars.length >= 3 && PLACE_ENDINGS.has(chars[chars.length - 1] ?? '')) return { text: seg.text, tag: 'ns' };
    return shaped ? seg : { text: seg.text, tag: 'nz' };
  }
  const proper = entries.filter((e) => /^[A-Z]/.test(e.pinyin));
  if (proper.length > 0) {
    // A person CC-CEDICT knows (李白), a proper noun with no common word, or jieba's place or
    // organisation: the tag stands. But 惠民/nr 政策: the proper noun is a county, the common
    // word "to benefit the people", and no person is meant.
    const personal = proper.some((e) => e.senses.some((x) => PERSONAL_SENSE.test(x)));
    // 大汶口文化/nr, 某某山/nr: what CC-CEDICT calls only a culture, a site or a place, no person.
    if (!personal && codePointCount(seg.text) >= 4 && proper.length === entries.length && proper.some((e) => NAMED_THING_SENSE.test(e.senses[0] ?? ''))) return { text: seg.text, tag: 'nz' };
    // (孙子 is a grandson before it is Sun Tzu: family words read as family.)
    if ((personal && !KIN_RANKED.test(seg.text)) || proper.length === entries.length || !seg.tag.startsWith('nr')) return seg;
  }
  const senses = entries.filter((e) => !/^[A-Z]/.test(e.pinyin)).flatMap((e) => e.senses);
  const tag = senses.some((x) => x.includes('(idiom)')) ? 'i' : senses[0]?.startsWith('to ') ? 'v' : 'n';
  return { text: seg.text, tag };
}

/** Last characters that make a thing of a word (安全法 "safety law", 管理费, 朱红色 "vermilion"): never a given name's end there. */
// (舞, 剧, 曲, 灯: a dance, play, tune or lantern of a kind, 孔雀舞, 走马灯.)
const THING_SUFFIXES = new Set([...'法费税率局所站厂业界化性者舞剧曲灯奖色器']);

/** Characters this common (by corpus rank) said twice are a word said twice (学学, 常常), not a given name (呦呦, 婷婷). */
const COMMON_CHARACTER_RANK = 2_000;

/** Words this common (by corpus rank) are read as words even where a name could start. */
const FREQUENT_RANK = 20_000;

/** Characters that end transliterated foreign names far more often than Chinese words (布雷拉, 哈拉赫, 哈拉尔). */
const FOREIGN_SYLLABLES = new Set([...'拉赫尔斯克特德姆娜莎丝亚伊诺夫娃基奇茨兹']);

/** Kinship terms said after a surname to call someone (张姐 "Sister Zhang", 李叔, 王姨). */
const KIN_AFTER_SURNAME = new Set([...'姐哥叔姨婶伯嫂爷奶妈']);

/** 摇摇头, 点点头: a verb said twice with its object (摇头 "to shake one's head"), no name. */
function doubledVerbPhrase(chars: readonly string[]): boolean {
  return chars.length === 3 && chars[0] === chars[1] && chars[1] !== chars[2] && isCommonWord(`${chars[1]}${chars[2]}`);
}

/** 白天鹅, 黑土地, 小松鼠, 温开水: a colour, size or warmth before a frequent noun is a described thing, not 白 + a given name. */
export function describedThing(chars: readonly string[]): boolean {
  if (chars.length !== 3 || !/^[白黑红黄蓝绿紫灰大小温冷热凉古新旧]$/u.test(chars[0] ?? '')) return false;
  const rest = `${chars[1] ?? ''}${chars[2] ?? ''}`;
  // (Anything old or new, 古建筑 "ancient buildings", whatever its sense starts with.)
  const age = /^[古新旧]$/u.test(chars[0] ?? '');
  return rankOf(rest) <= FREQUENT_RANK && sharedEntries(rest).some((e) => /^[a-z]/.test(e.pinyin) && (age || /^(?!to )/.test(e.senses[0] ?? '')));
}

/**
 * 张开嘴/nr, 真是太/nr, 明显增加/nr: phrases jieba's dictionary lists as names that are ordinary
 * words in a row. Four characters make a name only with a double surname; three, not when the
 * first two are a verb or an adverb CC-CEDICT knows (张开 "to open", 真是 "really").
 */
function wordsNotName(chars: readonly string[]): boolean {
  if (chars.length < 3 || chars.length > 4) return false;
  if (doubledVerbPhrase(chars) || describedThing(chars)) return true;
  const text = chars.join('');
  if (landscapeWord(chars)) return true;
  if (verbThenObject(chars)) return true;
  // 朱红色 "vermilion", 林业局: a common word and a suffix that makes a thing of it, however the
  // three characters split best (朱 + 红色).
  if (chars.length === 3 && THING_SUFFIXES.has(chars[2] ?? '') && isCommonWord(chars.slice(0, 2).join(''))) return true;
  const parts = phraseParts(text);
  if (!parts || codePointCount(parts[0] ?? '') < 2) return false;
  // (Two everyday words of two characters: not 鲁迅公园 or 麦克莱恩, a park and a foreign name.)
  if (chars.length === 4) return surnameLength(chars) < 2 && parts.length === 2 && parts.every((p) => codePointCount(p) === 2 && isCommonWord(p));
  const head = parts[0] ?? '';
  // (Not a foreign name's last syllable, 布雷拉; after a surname, only a frequent word: 陈化 "to
  // age" and 马步 "horse stance" are rare, and 陈化成, 马步芳 are people.)
  // 林业局, 财政所: a common word and a suffix that makes an office of it, however rare the word.
  if (THING_SUFFIXES.has(chars[2] ?? '') && isCommonWord(head)) return true;
  if (FOREIGN_SYLLABLES.has(chars[2] ?? '') || (isCommonSurname(chars[0] ?? '') && rankOf(head) > FREQUENT_RANK)) return false;
  // (jieba's own tag for 张开 is nr too: CC-CEDICT's first sense says it is a verb.)
  const sense = everydaySense(head);
  // 安全法, 管理费: a common word and a suffix that makes a thing of it (a law, a fee, a rate).
  return sense !== '' && (sense.startsWith('to ') || /^[vd]/.test(forcedTag(head)) || THING_SUFFIXES.has(chars[2] ?? ''));
}

/** 谈生意/nr, 做生意: a verb and its everyday object (not after a top surname: 王建国, 周国庆). */
function verbThenObject(chars: readonly string[]): boolean {
  const object = `${chars[1] ?? ''}${chars[2] ?? ''}`;
  return chars.length === 3 && !isTopSurname(chars[0] ?? '') && /^v/.test(jiebaTag(chars[0] ?? '') ?? '') && isCommonWord(object) && rankOf(object) <= FREQUENT_RANK;
}

/** 边淋入/nr 料酒: a one-character verb and its direction (淋入 "pour in") end no name. */
function verbThenDirection(chars: readonly string[]): boolean {
  return chars.length === 3 && /^[入出回起]$/u.test(chars[2] ?? '') && (/^v/.test(jiebaTag(chars[1] ?? '') ?? '') || /^to /.test(everydaySense(chars[1] ?? '')));
}

/** Forests, plains and fields a word can name (红松林, 米粮川): not a given name's end after a word. */
const LANDSCAPE_ENDS = new Set([...'林川原田园坡滩湾洼']);

/** 红松林, 米粮川: a noun (米粮 "grain") or a colour (红) and the landscape it makes, no name. */
function landscapeWord(chars: readonly string[]): boolean {
  if (chars.length !== 3 || !LANDSCAPE_ENDS.has(chars[2] ?? '')) return false;
  const head = `${chars[0] ?? ''}${chars[1] ?? ''}`;
  return isCommonWord(head) || jiebaTag(head) === 'n' || /^[白黑红黄蓝绿紫灰青]$/u.test(chars[0] ?? '');
}

/** Characters that begin a phrase rather than a name: 在乡村, 到镇, 全村, 各乡. */
const FUNCTION_CHARS = new Set([...'在到去从向和与的了是这那每各全本该此出进回下上']);

/** Surnames that are everyday adverbs before a verb (曾 "once", 连 "in a row", 将 "will"). */
const ADVERB_SURNAMES = new Set([...'曾连将仍共才亦单']);

/**
 * 曾降至/nr: jieba's guess (no word of its dictionary) of a surname-like character and a verb CC-CEDICT
 * knows (降至 "to fall to"): an adverb and the verb (曾 "once"), not Zeng Jiangzhi.
 */
function guessEndingInVerb(text: string, chars: readonly string[]): boolean {
  if (chars.length !== 3) return false;
  const tail = `${chars[1] ?? ''}${chars[2] ?? ''}`;
  // (A thing the surname also is and what it does: 车开进/nr 菜地 is the car driving in.)
  if (/^v/.test(jiebaTag(tail) ?? '') && !givenNameOk([chars[1] ?? '', chars[2] ?? '']) && !/^(?:surname |to )/.test(everydaySense(chars[0] ?? '')) && isCommonWord(chars[0] ?? '')) return true;
  if (jiebaTag(text) !== undefined) return false;
  return (ADVERB_SURNAMES.has(chars[0] ?? '') && /^v/.test(jiebaTag(tail) ?? '')) || sharedEntries(tail).some((e) => /^[a-z]/.test(e.pinyin) && (e.senses[0] ?? '').startsWith('to '));
}

/**
 * 车开进/nr 了菜地: a thing the surname also is (车 "car"), a verb and where it goes, not a person
 * called Che Kaijin. The pieces, or undefined.
 */
function thingThenMotion(seg: Segment): Segment[] | undefined {
  if ((!NAME_TAGS.has(seg.tag) && seg.tag !== 'x') || seg.text.length !== 3 || hasWord(seg.text)) return undefined;
  const [thing = '', verb = '', where = ''] = codePoints(seg.text);
  if (!DIRECTIONS.has(where) || !/^v/.test(jiebaTag(verb) ?? '') || /^(?:surname |to )/.test(everydaySense(thing)) || !isCommonWord(thing)) return undefined;
  return [{ text: thing, tag: 'n' }, { text: verb + where, tag: 'v' }];
}

/** A person CC-CEDICT names (苏轼 "Su Shi (1037-1101)", 李白). */
function knownPerson(text: string): boolean {
  return sharedEntries(text).some((e) => /^[A-Z]/.test(e.pinyin) && e.senses.some((x) => PERSONAL_SENSE.test(x)));
}

/** Adverbs and prepositions that follow a name and never end one (便, 却, 就, 把, 被). */
const NOT_NAME_ENDS = new Set(Array.from('便就也都却又还因把被将说对向从'));

/** One-character words that start what a person does or says, after their name (来, 说, 在, 把). */
const ACT_STARTS = new Set(Array.from('来去说是在把被就也都给跟对向从将要会能想看到又还才却便'));

/** Where at a thing (口 its mouth, 里 inside, 边 beside): a word before one of these is a place in it, not a name. */
const WHERE_AT = new Set(Array.from('口里边旁上下内外前后'));
/** What a title's holder is said to be before the title (高级医生, 资深记者): no name between titles. */
const TITLE_MODIFIERS = /^(?:高级|资深|年轻|主治|实习|首席|特级|著名|知名|优秀|专职|兼职|常务|执行|驻村|值班|责任|助理|特约|全科|专科|住院|门诊|乡村|社区|退休|离休|老年|青年|女性|男性)$/u;
/** A post, a spot, a room a word names (充电桩, 维修点, 电梯间). */
const POST_SPOT_ROOM = new Set(Array.from('桩点间'));
/** Where in something a word ends that a word before it names (小区|内, 校园|里). */
const LOCALIZER_ENDS = new Set(Array.from('里内外中'));
/** Han text after a segment: what a word split before it needs (not the end of what is said). */
const HAN_AFTER = /^\p{Script=Han}/u;
/** States of the Zhou era and the Warring States, said with 国 (宋国, 鲁国, 齐国). */
export const OLD_STATES: ReadonlySet<string> = new Set(Array.from('宋鲁齐楚晋郑卫秦燕赵魏韩吴越陈蔡曹许虞虢'));

/** Surnames that are verbs, prepositions or adverbs as often as not (任 "to take office", 向, 于, 曾). */
const VERB_SURNAMES = new Set([...'任于与向和对从同跟被把给比由曾连将仍共才单管查应解过还']);

/** Prepositions that are surnames too (于, 向, 和): 快于城镇 is "faster than towns", not Yu Chengzhen. */
const PREPOSITION_SURNAMES = new Set([...'于与向和对从同跟被把给比由']);

/** 于城镇/nr: a preposition and a frequent word (城镇 "town"), or 小王, which jieba's guess took for a name. */
function prepositionThenWord(chars: readonly string[]): boolean {
  if (chars.length !== 3 || !PREPOSITION_SURNAMES.has(chars[0] ?? '')) return false;
  const rest = `${chars[1] ?? ''}${chars[2] ?? ''}`;
  // 向小王/nr 道歉: to someone called by surname (小王, 老李), not Xiang Xiaowang.
  if ((chars[1] === '小' || chars[1] === '老') && isCommonSurname(chars[2] ?? '')) return true;
  // 于本周/nr 五: on a time (本周, 今年, 明天), not Yu Benzhou; 向前走: towards a direction, not Xiang Qianzou.
  if (/^[本今明昨每这那该次上下前后左右东西南北里外]$/u.test(chars[1] ?? '')) return true;
  // 写于元丰/nr 五年: a reign, a festival or a thing jieba knows by name, not Yu Yuanfeng.
  if (/^(?:nz|t)$/.test(jiebaTag(rest) ?? '')) return true;
  return isCommonWord(rest) && rankOf(rest) <= FREQUENT_RANK;
}

/** A foreign name's syllable, a place's, a thing's or a river's end (康内尔, 石镇, 衡器, 长河): no given name ends so. */
function notGivenNameEnd(c: string): boolean {
  return FOREIGN_SYLLABLES.has(c) || PLACE_ENDINGS.has(c) || THING_SUFFIXES.has(c) || NATURAL_FEATURES.has(c);
}

/** Rivers, hills and works on them (长河, 塘坝): a place's end, not a given name's. */
const NATURAL_FEATURES = new Set([...'河江山坝塘溪沟岭峰泉井渠闸器接']);

/** A dictionary sense about a person: a lifespan, a surname, a personal or courtesy name. */
const PERSONAL_SENSE = /\(\d{3,4}|\(-\d|\bsurname\b|\bname\b|\bemperor\b|\bking\b|\bprince|\bpoet\b|\bwriter\b|\bgeneral\b|\bminister\b/i;
/** What a proper noun's sense calls it when it is no person: a culture, a site, a mountain, a county. */
const NAMED_THING_SENSE = /^[A-Z][\w'-]*(?: [A-Z][\w'-]*)* (?:culture|site|ruins|mountains?|river|lake|temple|pagoda|tower|bridge)\b/;
/** Last characters of place names that given names hardly ever end with. */
const PLACE_ENDINGS = new Set([...'湖县市镇乡村区省路街港湾岛寺庙站桥州屯堡']);

/** Last characters of a sight jieba's dictionary names: a peak, a spring, a cave, a palace, a hall, a pavilion, a tower, a garden, a gorge, a ridge, a pagoda, a temple. */
const SIGHT_ENDINGS = new Set([...'峰顶泉洞宫殿阁楼园峡岭塔寺庙']);
/** Of those, the ones a common noun ends in too (吊脚楼 "stilt house", 产业园, 最高峰): a sight only where jieba names it. */
const SIGHT_ENDINGS_OF_NOUNS = new Set([...'峰顶楼园峡岭塔']);

/**
 * 趵突泉/n, 七星岩, 天都峰/ns, 东林寺/nr: a word of three or four characters jieba's dictionary
 * has and CC-CEDICT lacks, ending in a sight (see SIGHT_ENDINGS), is that sight, a place, not its
 * pieces (趵 + 突泉 "Tuquan county"). Not where the rest is a number or a measure (七层楼, 二号楼),
 * a word of its own (产业园, 宿舍楼: an industrial park, a dormitory), or the end a word (中学校园),
 * nor a person shaped so (刘海峰).
 */
function namedSight(seg: Segment): boolean {
  // (Most segments stop here: too short, or no sight's last character.)
  const last = seg.text.charAt(seg.text.length - 1);
  if (seg.text.length < 3 || !SIGHT_ENDINGS.has(last)) return false;
  const chars = codePoints(seg.text);
  if (chars.length < 3 || chars.length > 4 || !allHan(seg.text) || hasWord(seg.text)) return false;
  const tag = jiebaTag(seg.text);
  if (tag === undefined || !/^(?:n|nr|ns|nz)$/.test(tag)) return false;
  const stem = chars.slice(0, -1).join('');
  if (PHRASE_FIRST.has(chars[0] ?? '') || /[〇零一二三四五六七八九十百千万两号层]/u.test(stem) || isCommonWord(chars.slice(-2).join(''))) return false;
  // (jieba's nouns: only an ending no common noun has, and a rest that is no word, 勤政殿, 善卷洞.)
  if (tag === 'n' && (SIGHT_ENDINGS_OF_NOUNS.has(last) || isCommonWord(stem))) return false;
  if (tag === 'nr' && isCommonSurname(chars[0] ?? '') && givenNameOk(chars.slice(1))) return false;
  return true;
}

/** How people are addressed after their surname (赵大爷, 王师傅, 李书记): not a given name. */
const ADDRESS_TERMS = new Set([
  '大爷', '大妈', '大娘', '大婶', '大叔', '大伯', '大姐', '大哥', '大嫂', '阿姨', '师傅', '老师', '先生', '女士', '小姐',
  '奶奶', '爷爷', '婆婆', '老汉', '老太', '书记', '主任', '老板', '医生', '同学', '经理', '队长', '村长', '校长', '院长',
  '阿婆', '阿公', '阿伯', '阿叔', '阿嬷',
  '老伯', '伯伯', '叔叔', '姑姑', '舅舅', '婶婶', '大姨', '老爷爷', '老奶奶', '老太太', '老先生', '师父', '大夫', '护士',
  // 刘爸爸, 王妈妈: how parents are called among other parents.
  '爸爸', '妈妈',
  // 林太太: Mrs Lin.
  '太太', '夫人',
]);

/** Titles and forms of address that follow a surname (李老师, 王阿姨, 张校长, 单师傅). */
export function isAddressTerm(text: string): boolean {
  return ADDRESS_TERMS.has(text) || CUE_SET.has(text);
}

/**
 * A surname and the title or form of address after it, which jieba glues (李老师) or tags as
 * something else (曾/d 老师, 张/q 校长): the surname as a person, then the title. Not after a
 * number or measure word (一张/校长的照片), nor a preposition or verb before a title (向老师请教,
 * 自任会长). Undefined when `seg` is no such thing.
 */
function surnameBeforeTitle(seg: Segment, next: Segment | undefined, prev: () => Segment | undefined, namedBefore: (surname: string) => boolean): Segment[] | undefined {
  // Most segments stop at the first test (it runs for every segment of every text).
  const n = seg.text.length;
  // (The title may have 家 "home" glued on: 张/奶奶家.)
  if (n === 1 ? !next || !isAddressTerm(next.text.endsWith('家') ? next.text.slice(0, -1) : next.text) : n < 3 || n > 4) return undefined;
  const chars = codePoints(seg.text);
  const first = chars[0] ?? '';
  // 欧阳先生/nz: a double surname and how the person is addressed, glued by jieba.
  if (n >= 3 && nameData().doubleSurnames.has(chars.slice(0, 2).join('')) && isAddressTerm(chars.slice(2).join('')) && !hasWord(seg.text)) {
    const rest = chars.slice(2).join('');
    return [{ text: chars.slice(0, 2).join(''), tag: 'nr' }, { text: rest, tag: NAME_TAGS.has(forcedTag(rest)) ? 'n' : forcedTag(rest) }];
  }
  const before = prev();
  // (A rarer surname only after 的 or where a clause starts, before a familiar form of address:
  // 七十九岁的解大爷 is Grandpa Xie, not 解 "to untie".)
  const familiar = n === 1 && before !== undefined && (before.text === '的' || /^[\p{P}\s]+$/u.test(before.text)) && /^(?:大爷|大妈|大娘|大婶|大叔|大伯|阿姨|师傅|奶奶|爷爷|老汉|老太|婆婆)$/u.test(next?.text ?? '') && nameData().surnames.has(first);
  // (Or a rarer one the text has named someone by: 乐法官 after 法官乐天宇.)
  if ((!isCommonSurname(first) && !familiar && !(n === 1 && namedBefore(first))) || (before && /^(m|q|mq)$/.test(before.tag))) return undefined;
  const rest = chars.slice(1).join('');
  if (chars.length >= 3 && chars.length <= 4 && isAddressTerm(rest) && !hasWord(seg.text)) {
    // (The title a noun, whatever jieba tags it alone: 师傅 is "nr" there.)
    return [{ text: first, tag: 'nr' }, { text: rest, tag: NAME_TAGS.has(forcedTag(rest)) ? 'n' : forcedTag(rest) }];
  }
  // Not a preposition or verb that takes the title (向老师请教; 任 "to serve as": 自任会长, 任县长).
  // (A verb that is the surname of someone the text has named is that person: 交给查|师傅 after 查师傅, 解主管 after 解长春.)
  const takesTitle = (/^[pv]/.test(seg.tag) && !familiar && (PREPOSITION_SURNAMES.has(first) || !namedBefore(first))) || first === '任';
  return chars.length === 1 && next && !takesTitle ? [{ text: first, tag: 'nr' }] : undefined;
}

/**
 * Whether the surname at `i` and the one character after it, which jieba tags as part of a name
 * (赵/nr 睿/nrt), make one name: not when another lone character follows (樊/於/期 is a longer
 * name), nor a foreign name's syllables (缪尔 Muir, 梅尔).
 */
function surnameAndGiven(segs: readonly Segment[], i: number): boolean {
  const seg = segs[i];
  const given = segs[i + 1];
  if (!seg || !given || given.text.length !== 1 || !/^(?:nr|nrt|nrfg)$/.test(given.tag) || !isCommonSurname(seg.text)) return false;
  const third = segs[i + 2];
  const nameEnds = third === undefined || !allHan(third.text) || third.text.length > 1 || /^(?:v|p|d|c|u)/.test(third.tag);
  return nameEnds && !FOREIGN_SYLLABLES.has(given.text) && looksLikeName(seg.text + given.text) && !hasWord(seg.text + given.text);
}

/** One-character words that follow a person and never end a name (也, 把, 被, 就): see recogniseNames. */
const AFTER_NAME_WORDS = new Set([...'也都就把被在是说又却便才已曾将正给让从再']);

function isColon(text: string | undefined): boolean {
  return text === '：' || text === ':';
}

/** Verbs of saying a classical text puts right after the speaker (殷云, 子曰). */
const SAID_CLASSICAL = new Set([...'云曰道言问答笑叹称']);

/** Kin someone is called by after their surname (欧阳奶奶, 王大爷, 李姐). */
const KIN_CALLED = /^(?:奶奶|爷爷|大爷|大妈|大娘|阿姨|大姐|大哥|叔叔|伯伯|婶婶|婶子|姐|哥|叔|姨|婶|伯|嫂|爷|奶|妈|妈妈|爸爸)$/u;

/** Parents and grandparents named after a child (王浩妈妈, 思琪奶奶). */
const CHILDS_KIN = new Set(['爸爸', '妈妈', '家长', '奶奶', '爷爷', '姥姥', '姥爷', '外婆', '外公']);

/**
 * Where a child's name that starts at `i` ends, when a parent follows it: a common surname, then
 * one or two characters in one or two pieces (王/浩, 李/欣然) that may be a given name, then 妈妈,
 * 爸爸… Returns `i` when there is none.
 */
function childBeforeParent(segs: readonly Segment[], i: number): number {
  // (Most segments stop here: the test runs for every segment, and parents are rare.)
  if (!CHILDS_KIN.has(segs[i + 1]?.text ?? '') && !CHILDS_KIN.has(segs[i + 2]?.text ?? '') && !CHILDS_KIN.has(segs[i + 3]?.text ?? '')) return i;
  const first = segs[i];
  if (!first || first.text.length > 3 || !isCommonSurname(first.text.charAt(0))) return i;
  const chars = codePoints(first.text);
  // (In one piece, jieba's guess: 王浩/x 妈妈.)
  if (chars.length === 2 || chars.length === 3) {
    return CHILDS_KIN.has(segs[i + 1]?.text ?? '') && allHan(first.text) && !hasWord(first.text) && givenNameOk(chars.slice(1)) ? i + 1 : i;
  }
  if (chars.length !== 1) return i;
  let given = '';
  for (let k = i + 1; k <= i + 2; k++) {
    const s = segs[k];
    if (!s || !allHan(s.text)) return i;
    given += s.text;
    if (codePointCount(given) > 2) return i;
    if (CHILDS_KIN.has(segs[k + 1]?.text ?? '')) return givenNameOk(codePoints(given)) && !CHILDS_KIN.has(given) ? k + 1 : i;
  }
  return i;
}

/** Armies, peoples, parties and states named after a family or a state (魏军, 赵人, 李党): no given name. */
const GROUP_ENDS = new Set([...'军人党兵民族部派系国朝城']);

/** Whether the segment at `i` stands in a list (、 before or after it). */
function inList(segs: readonly Segment[], i: number): boolean {
  return segs[i - 1]?.text === '、' || segs[i + 1]?.text === '、';
}

/** Whether an item beside the one at `i` in a list is shaped like a name. */
function besideName(segs: readonly Segment[], i: number): boolean {
  return [segs[i - 2], segs[i + 2]].some((x) => x !== undefined && /^(?:nr|nrfg|x)$/.test(x.tag) && looksLikeName(x.text));
}

/** Where a clause starts (not a foreign name's dot), or after a word that takes a person (对, 给, 和). */
function clauseOrPersonBefore(prev: Segment | undefined): boolean {
  return prev === undefined || (/^[\p{P}\s]+$/u.test(prev.text) && !/^[·•・]$/u.test(prev.text)) || BEFORE_PERSON.has(prev.text);
}

/**
 * A surname and a given name that is also a word, whatever jieba tagged them (刘/zg 大海/ns): one
 * of the hundred commonest surnames whose first character with the given name's makes no word
 * (not 高速度, 黄金色); not a surname that is a verb or preposition too (任政府 "took office in
 * the government", 向东); not a place, a direction or a river's works (任广东, 桂东南, 龙塘坝).
 */
function untaggedName(surname: string, given: Segment): boolean {
  // (A verb jieba calls a noun may be a given name, 胜利/vn 建设/vn: not after 高 or 严, 高投入 "high input".)
  const verbal = given.tag === 'vn' ? QUALITY_SURNAMES.has(surname) : /^(?:v|nt|f|s)/.test(given.tag);
  return isTopSurname(surname) && !VERB_SURNAMES.has(surname) && !verbal && !/^[东南西北中上下前后内外]+$/u.test(given.text) && !notGivenNameEnd(given.text.slice(-1)) && !knownPlace(given.text) && !isCommonWord(surname + given.text.charAt(0));
}

/** Together (和高飞一起). */
const TOGETHER = new Set(['一起', '一同', '一块儿', '一块']);

/** Mr, Ms, Miss, Mrs after a name (田中先生). */
const HONORIFICS = /^(?:先生|女士|小姐|太太|夫人)$/u;
/** Titles a person is addressed by after the surname (黄医生, 刘老师). */
const TITLE_ADDRESSED = /^(?:医生|大夫|老师|师傅|经理|主任|院长|校长|律师|教练|警官|护士|老板|局长|书记|所长|科长|处长|厂长|站长|队长|组长|班长|教授|博士|主管|太后|皇后|贵妃|将军|丞相|太守|知府|知县|县令|大人|娘娘)$/u;
/** How an older neighbour is addressed after the surname (包奶奶, 周阿姨, 李大爷). */
const ELDER_ADDRESS = /^(?:奶奶|爷爷|阿姨|大爷|大妈|叔叔|婆婆|大叔|大婶|师傅|大姐|大哥)$/u;

/** What only a person does, right after the name (站起来说, 忍不住笑, 点点头). */
const PERSON_ACTS = /^(?:站起|坐下|坐在|笑着|笑了|说道|哭了|喊道|点头|点点头|摇头|摇摇头|低头|低下头|抬头|抬起头|挠挠头|忍不住|不好意思|愣住|愣了|赶紧|连忙|高兴地|红着脸|皱着眉|举手|举起手)/u;

/** Surnames that are also words of degree or manner before a verb (高投入, 严监管). */
const QUALITY_SURNAMES = new Set([...'高严多全快慢']);

/** How shops and brands are named after a family (胡记, 王氏, 老字号 李号): no given name. */
const SHOP_MARKS = new Set([...'记氏号']);

/** Verbs that take a clause, whose subject may be a person named right after them (听说张伟得了冠军). */
const CLAUSE_VERBS = ['说', '听说', '知道', '发现', '看见', '看到', '听到', '觉得', '以为', '希望', '相信', '记得', '没想到', '想到'];
/** What stands before a person named in a sentence: a clause's start, a verb, or these. */
const BEFORE_PERSON = new Set([...'是和与跟同及或了给叫让找请对为', ...CLAUSE_VERBS]);
/** Verbs done to a person, who may be named right after them (我再问问赵敏, 张伟接到王磊的传球). */
const TO_PERSON = new Set(['问', '问问', '告诉', '通知', '找到', '陪', '陪着', '帮', '帮助', '感谢', '谢谢', '遇到', '碰到', '碰见', '遇见', '接到', '认识', '想念', '喜欢', '批评', '表扬', '祝贺', '采访', '拜访', '看望', '探望']);
/** What stands after a person named in a sentence: a clause's end, what the person does, or these. */
const AFTER_PERSON = new Set([...'和与跟同及或的是说对在也都又就还把被给等']);

/**
 * Whether a name may stand between `prev` and `next`: after the start of a clause or a word that
 * takes a person (是, 和, 了, 给), and before the end of a clause, what the person does or
 * a word that follows one (和, 的, 是).
 */
function personSlot(prev: Segment | undefined, next: Segment | undefined): boolean {
  // (Not after any verb: 作为汤底 "as the soup base", 迁往熊津 "moved to Ungjin".)
  // (Or a verb done to a person, 问问赵敏, and a time, 那时候杨帆的成绩.)
  const before = prev === undefined || /^[\p{P}\s]+$/u.test(prev.text) || BEFORE_PERSON.has(prev.text) || NAMED_BY.has(prev.text) || TO_PERSON.has(prev.text) || (prev.tag === 't' && prev.text.length >= 2) || /时候$/u.test(prev.text);
  if (!before) return false;
  // (Or the person's age: 李明三十岁.)
  return next === undefined || /^[\p{P}\s]+$/u.test(next.text) || AFTER_PERSON.has(next.text) || FOLLOW_CUES.has(next.text) || actsNext(next) || (next.tag === 'm' && next.text.endsWith('岁'));
}

/** A common word's sense that is a role someone has, not a name: 主教 "bishop", 公 "duke". */
const ROLE_SENSE = /\b(?:bishop|priest|monk|nun|abbot|official|officer|minister|general|commander|marshal|master|lord|duke|marquis|prince|princess|king|queen|emperor|empress|teacher|doctor|chief|head|leader|secretary|manager|director|mayor|governor)\b/i;

/** Who someone is to the speaker, before the person's name (同学马力, 室友郑好). */
const RELATIONS_NAMED = new Set(['同学', '同事', '朋友', '好朋友', '老朋友', '室友', '同屋', '邻居', '同桌', '老乡']);

/** Words that introduce a name (我叫周敏, 名叫李明). */
const NAMED_BY = new Set(['叫', '名叫', '叫做', '姓名']);
/** Words that give someone's other name (阿凯原名宋建国): see calledName. */
const NAMED_ORIGINALLY = new Set(['原名', '本名', '真名']);

/** Words that often follow a person's name at the start of a sentence. */
const FOLLOW_CUES = new Set([
  '是', '说', '说道', '表示', '指出', '认为', '介绍', '强调', '主持', '发表', '出生', '生于', '曾', '曾任', '担任',
  '告诉', '回忆', '补充', '直言', '坦言', '笑着说', '先生', '女士', '同志', '等', '等人', '也', '则', '又',
  '今年', '今天', '昨天', '明天', '已经', '正在', '一起', '一同',
]);

/** Surname (any in CC-CEDICT but particles) + one or two given-name characters, not a word. */
function rarerName(name: string): boolean {
  const chars = codePoints(name);
  if (chars.length < 2 || chars.length > 3 || !allHan(name) || hasWord(name)) return false;
  const first = chars[0] ?? '';
  if (surnameLength(chars) !== 1 || NOT_GIVEN.has(first) || !givenNameOk(chars.slice(1))) return false;
  return chars.length === 2 || (!isCommonWord(chars.slice(0, 2).join('')) && !isCommonWord(chars.slice(1).join('')));
}

/** Whether a name's last character is the adverb after it (刘洋便 接, 孔晴正 趴在: see recogniseNames). */
function endsInAdverb(last: string, next: Segment | undefined): boolean {
  return NOT_NAME_ENDS.has(last) || (last === '正' && (/^v/.test(next?.tag ?? '') || /^(?:在|趴|坐|站|躺|忙|要|准备)/u.test(next?.text ?? '')));
}

/**
 * Rules of recogniseNames tried before its own, each for a rare shape (a colon, 得 or 不 in the
 * middle, 人 at the end, a title after one character, 方, 和): what to put out for `raw`, a name
 * (to accept) or segments, and how many segments after it were used; undefined for most.
 */
function wordsBeforeNames(raw: Segment, segs: readonly Segment[], i: number, out: readonly Segment[], doubleSurnames: ReadonlySet<string>): { name?: string; segments: Segment[]; skip: number } | undefined {
  // 王/nr 浩然/a ：@所有人, 主持人：葛/nr 建国/ns: a chat's or the minutes' speaker label, a surname
  // and one or two given-name characters at the start of a line before its colon, or after a
  // role's colon closing the line: the person, whatever words the characters make (曾/d 晓 too).
  // (Colons are rare: they are looked for first.)
  const colonNext = isColon(segs[i + 1]?.text);
  const colonAfterNext = isColon(segs[i + 2]?.text);
  const afterColon = isColon(out[out.length - 1]?.text);
  if (colonNext || colonAfterNext || afterColon) {
    const label = raw.text.length === 1 ? segs[i + 1] : undefined;
    const lineStart = out.length === 0 || /\n/u.test(out[out.length - 1]?.text ?? '');
    const closes = segs[i + 2] === undefined || /^[\s。，；]/u.test(segs[i + 2]?.text ?? '');
    // (Not a classical "said" after the person, 殷云：「…」.)
    if (label !== undefined && ((lineStart && colonAfterNext) || (afterColon && closes && isCue(out[out.length - 2]?.text ?? ''))) && label.text.length <= 2 && allHan(label.text) && !SAID_CLASSICAL.has(label.text.slice(-1)) && isCommonSurname(raw.text) && givenNameOk(codePoints(label.text))) {
      return { name: raw.text + label.text, segments: [], skip: 1 };
    }
    // (曾晓/x ：收到: jieba's guess of the whole label.)
    if (lineStart && colonNext && raw.tag === 'x' && (raw.text.length === 2 || raw.text.length === 3) && allHan(raw.text) && !SAID_CLASSICAL.has(raw.text.slice(-1)) && isCommonSurname(raw.text.charAt(0)) && givenNameOk(codePoints(raw.text).slice(1)) && !hasWord(raw.text)) {
      return { name: raw.text, segments: [], skip: 0 };
    }
  }
  // 欧阳明/nr 远/a 表示: a double surname and a given-name character, then a second one jieba left
  // alone, before what the person does or where the clause ends: one name of four characters.
  if (raw.text.length === 3 && NAME_TAGS.has(raw.tag) && doubleSurnames.has(raw.text.slice(0, 2))) {
    const more = segs[i + 1];
    const after = segs[i + 2];
    if (more !== undefined && more.text.length === 1 && !/^(?:v|p|d|c|u|r|f|q)/.test(more.tag) && givenNameOk([more.text]) && (after === undefined || /^[\p{P}\s]+$/u.test(after.text) || FOLLOW_CUES.has(after.text) || actsNext(after) || (after.text === '一' && NOTICED.test(segs[i + 3]?.text ?? '')))) {
      return { name: raw.text + more.text, segments: [], skip: 1 };
    }
    // (欧阳明/nr 远住/x 进了: the second given-name character with a verb glued on.)
    const [given, verb] = more !== undefined && more.tag === 'x' ? codePoints(more.text) : [];
    if (given !== undefined && verb !== undefined && codePointCount(more?.text ?? '') === 2 && givenNameOk([given]) && VERBS_GLUED_TO_NAMES.has(verb) && !hasWord(more?.text ?? '')) {
      return { name: raw.text + given, segments: [{ text: verb, tag: forcedTag(verb) }], skip: 1 };
    }
  }
  // 上官/n 老师, 司马/nr 宁/j 个子: a double surname before a title, or with one given-name character
  // before what is said of the person (欧阳|伯 "Uncle Ouyang" stays: a form of address).
  if (raw.text.length === 2 && doubleSurnames.has(raw.text)) {
    const next = segs[i + 1];
    // (…or before the family: 端木一家, 欧阳家.)
    if (next !== undefined && (isAddressTerm(next.text) || /^(?:一家|一家人|家|家人|夫妇|兄弟|姐妹|一家三口|老两口)$/u.test(next.text))) return { name: raw.text, segments: [], skip: 0 };
    const after = segs[i + 2];
    if (next !== undefined && next.text.length === 1 && allHan(next.text) && !/^(?:v|p|d|c|u|r|f|q|m)/.test(next.tag) && !/^[伯叔姨婶舅哥姐嫂公婆爷奶妈爸弟妹总老]$/u.test(next.text) && givenNameOk([next.text]) && (after === undefined || !allHan(after.text) || FOLLOW_CUES.has(after.text) || actsNext(after) || /^(?:n|m)/.test(after.tag))) {
      return { name: raw.text + next.text, segments: [], skip: 1 };
    }
    // 尉迟/nr 刚/d 告上法庭, 诸葛/nr 晴/v 一万元: a given-name character jieba took for an adverb or
    // a verb, after the double surname, before a verb or a sum (a double surname is seldom said alone).
    if (next !== undefined && next.text.length === 1 && /^(?:d|v|a)$/.test(next.tag) && GIVEN_AFTER_DOUBLE.has(next.text) && after !== undefined && ((/^v/.test(after.tag) && codePointCount(after.text) <= 2 && !/^[了着过的得地]$/u.test(after.text)) || after.tag === 'm' || /^[，。！？、；]$/u.test(after.text) || (/^[先也就都又还才正便再已曾却]$/u.test(after.text) && /^v/.test(segs[i + 3]?.tag ?? '')))) {
      return { name: raw.text + next.text, segments: [], skip: 1 };
    }
    // (的欧阳/ns 明亮/a 去年…: two given-name characters, a word too, after 的 or where a clause starts, before when or what the person does.)
    // (…or after a title, 棋手上官/雨辰/x: jieba's guess of two characters is the given name, whatever follows.)
    const cued = out.length > 0 && isCue(out[out.length - 1]?.text ?? '');
    const opens = out.length === 0 || /^[\p{P}\s]+$/u.test(out[out.length - 1]?.text ?? '') || out[out.length - 1]?.text === '的';
    const cuedGuess = cued && next?.tag === 'x' && !/[先也就都又还才正便再已曾却]$/u.test(next.text) && !VERBS_GLUED_TO_NAMES.has(next.text.charAt(1));
    if ((opens || cuedGuess) && next !== undefined && codePointCount(next.text) === 2 && allHan(next.text) && givenNameOk(codePoints(next.text)) && !isCue(next.text) && after !== undefined && (after.tag === 't' || /^(?:v|d|p)/.test(after.tag) || FOLLOW_CUES.has(after.text) || cuedGuess) && !hasWord(raw.text + next.text)) {
      return { name: raw.text + next.text, segments: [], skip: 1 };
    }
    // (尉迟/nr 刚告/x 上法庭, 司马/nr 骏约/x 好: the given name with the verb glued on.)
    const [given, verb] = next !== undefined && next.tag === 'x' && codePointCount(next.text) === 2 ? codePoints(next.text) : [];
    if (given !== undefined && verb !== undefined && givenNameOk([given]) && !hasWord(next?.text ?? '') && VERBS_GLUED_TO_NAMES.has(verb)) {
      return { name: raw.text + given, segments: [{ text: verb, tag: forcedTag(verb) }], skip: 1 };
    }
  }
  // 诸葛/nr 明先/x 给: the same, cut after the surname.
  if (raw.text.length === 2 && doubleSurnames.has(raw.text) && codePointCount(segs[i + 1]?.text ?? '') === 2 && /^[先也就都又还才正便再已曾却]$/u.test(segs[i + 1]?.text.charAt(1) ?? '') && givenNameOk([segs[i + 1]?.text.charAt(0) ?? '']) && /^(?:v|p|d)/.test(segs[i + 2]?.tag ?? '') && !hasWord(segs[i + 1]?.text ?? '')) {
    return { name: raw.text + (segs[i + 1]?.text.charAt(0) ?? ''), segments: [{ text: segs[i + 1]?.text.charAt(1) ?? '', tag: 'd' }], skip: 1 };
  }
  // 诸葛明先/nr 给: a double surname's name with an adverb glued on (先, 也, 就): the name, then the adverb.
  if (raw.text.length === 4 && NAME_TAGS.has(raw.tag) && doubleSurnames.has(raw.text.slice(0, 2)) && /^[先也就都又还才正便再已曾却]$/u.test(raw.text.charAt(3)) && /^(?:v|p|d)/.test(segs[i + 1]?.tag ?? '') && !hasWord(raw.text)) {
    return { name: raw.text.slice(0, 3), segments: [{ text: raw.text.charAt(3), tag: 'd' }], skip: 0 };
  }
  // “于叔叔, 于老先生: 于, a surname that is also a preposition, before how an elder or a stranger is
  // addressed, opening what is said or a clause (于老师 stays: "to the teacher" as often).
  if (raw.text === '于') {
    const next = segs[i + 1]?.text ?? '';
    const addressed = /^(?:叔叔|阿姨|伯伯|大爷|大妈|奶奶|爷爷|师傅|大哥|大姐|老板|先生|女士|老太太|老先生)$/u.test(next) || (next === '老' && /^(?:先生|太太|师傅|爷爷|奶奶|大爷)$/u.test(segs[i + 2]?.text ?? ''));
    const opening = out.length === 0 || /^[“「‘，。！？、：\s]$/u.test(out[out.length - 1]?.text ?? '') || out[out.length - 1]?.text === '的';
    if (addressed && opening && !/^(?:老师|同学|大家)$/u.test(next)) return { name: raw.text, segments: [], skip: 0 };
  }
  // 覃/nr 建国/ns 看了, 覃/nr 小满/nz 守在: a surname jieba named alone, and a given name of two that
  // is a word or a place too, before what the person does.
  if (raw.text.length === 1 && raw.tag === 'nr' && nameData().surnames.has(raw.text)) {
    const given = segs[i + 1];
    const after = segs[i + 2];
    if (given !== undefined && codePointCount(given.text) === 2 && allHan(given.text) && /^(?:ns|nz|j|x|nr)$/.test(given.tag) && !TIME_WORD.test(given.text) && !NUMERAL_CHARS.has(given.text.charAt(0)) && !codePoints(given.text).some((c) => FOREIGN_SYLLABLES.has(c)) && !afterForeignSyllable(out[out.length - 1]) && !/^[东南西北中上下前后内外]+$/u.test(given.text) && givenNameOk(codePoints(given.text)) && after !== undefined && (FOLLOW_CUES.has(after.text) || actsNext(after)) && !isAddressTerm(given.text) && !isCue(given.text)) {
      return { name: raw.text + given.text, segments: [], skip: 1 };
    }
  }
  // 王强拍/nr 着, 沙溢骑/nr 得: a name of two and the verb jieba glued on, before its particle.
  // (Not a thing and its motion, 把车开进 了: 开进 is a word, and a thing follows 把.)
  if (raw.text.length === 3 && NAME_TAGS.has(raw.tag) && /^(?:着|了|过|得)$/u.test(segs[i + 1]?.text ?? '') && /^v/.test(jiebaTag(raw.text.charAt(2)) ?? '') && isCommonSurname(raw.text.charAt(0)) && givenNameOk([raw.text.charAt(1)]) && !hasWord(raw.text) && !hasWord(raw.text.slice(1)) && !/^(?:把|被|将|让)$/u.test(out[out.length - 1]?.text ?? '')) {
    return { name: raw.text.slice(0, 2), segments: [{ text: raw.text.charAt(2), tag: 'v' }], skip: 0 };
  }
  // 乐乐帮/nr 我: a doubled given name (a child's, a friend's) and the verb glued on, before whom it is done to.
  if (raw.text.length === 3 && (NAME_TAGS.has(raw.tag) || raw.tag === 'x') && raw.text.charAt(0) === raw.text.charAt(1) && givenNameOk([raw.text.charAt(0)]) && !KIN_DOUBLED.has(raw.text.charAt(0)) && /^v/.test(jiebaTag(raw.text.charAt(2)) ?? '') && /^(?:r|n|nr|ul|uz)/.test(segs[i + 1]?.tag ?? '') && !hasWord(raw.text)) {
    return { name: raw.text.slice(0, 2), segments: [{ text: raw.text.charAt(2), tag: 'v' }], skip: 0 };
  }
  // 王/nr 乐乐开/nr 了, 钱/n 多/m 多端/m 着: a surname and a doubled given name (乐乐, 多多), with the
  // verb after it that jieba glued on: the person, then what the person does. (Not a numeral, 千学万学学做.)
  const doubled = raw.text.length === 1 && isCommonSurname(raw.text) && !NUMERAL_CHARS.has(raw.text) ? doubledGivenName(segs, i) : undefined;
  if (doubled) return doubled;
  // 朱丽一/nr 听, 朱丽/x 一 听: a name of two and 一 "as soon as", before a verb of noticing: the
  // person, then 一 (not a name of three ending in 一).
  const once = raw.text.length === 3 ? raw.text.endsWith('一') && NAME_TAGS.has(raw.tag) : raw.text.length === 2 && (raw.tag === 'x' || NAME_TAGS.has(raw.tag)) && segs[i + 1]?.text === '一';
  if (once && NOTICED.test(segs[raw.text.length === 3 ? i + 1 : i + 2]?.text ?? '') && isCommonSurname(raw.text.charAt(0)) && givenNameOk([raw.text.charAt(1)])) {
    const verb = segs[raw.text.length === 3 ? i + 1 : i + 2]?.text ?? '';
    return { name: raw.text.slice(0, 2), segments: [{ text: '一', tag: 'd' }, { text: verb, tag: 'v' }], skip: raw.text.length === 3 ? 1 : 2 };
  }
  // 边/d 骑边/x 找: 边…边 "while" doing two things, no one called Bian Qibian.
  if (raw.text === '边' && /^\p{Script=Han}边$/u.test(segs[i + 1]?.text ?? '')) {
    const both = segs[i + 1]?.text ?? '';
    return { segments: [{ text: '边', tag: 'd' }, { text: both.charAt(0), tag: 'v' }, { text: '边', tag: 'd' }], skip: 1 };
  }
  // 几十元的小单/x: a small (小) thing priced, not Xiao Shan.
  if (raw.text.length === 2 && raw.text.startsWith('小') && (raw.tag === 'x' || NAME_TAGS.has(raw.tag)) && out[out.length - 1]?.text === '的' && /(?:元|块|钱|万|千|百)$/u.test(out[out.length - 2]?.text ?? '')) {
    return { segments: [{ text: raw.text, tag: 'n' }], skip: 0 };
  }
  // 表弟小/a 胖/a 机灵, 叫他“小胖”, 小乐 一起来: 小 and one character a nickname is made of, after a
  // relation, a quotation mark or 叫, or opening a clause before what the person does: the person.
  const nickname = raw.text === '小' && NICKNAME_CHARS.has(segs[i + 1]?.text ?? '') ? 1 : raw.text.length === 2 && raw.text.charAt(0) === '小' && NICKNAME_CHARS.has(raw.text.charAt(1)) && !NAME_TAGS.has(raw.tag) && !hasWord(raw.text) ? 0 : -1;
  if (nickname >= 0) {
    const before = out[out.length - 1];
    const after = segs[i + 1 + nickname];
    const cue = before !== undefined && (RELATIONS_NAMED.has(before.text) || /^(?:表弟|表妹|表哥|表姐|弟弟|妹妹|哥哥|姐姐|儿子|女儿|孙子|孙女|外孙|侄子|侄女|闺蜜|好朋友|朋友|同学|同事|室友|邻居|叫|叫他|叫她|“|「)$/u.test(before.text));
    const opening = before === undefined || /^[\p{P}\s]+$/u.test(before.text);
    if ((cue || opening) && (after === undefined || !allHan(after.text) || FOLLOW_CUES.has(after.text) || actsNext(after) || (cue && /^(?:n|a|d)/.test(after.tag)))) {
      return { name: nickname === 1 ? `小${segs[i + 1]?.text ?? ''}` : raw.text, segments: [], skip: nickname };
    }
  }
  // 记者向天明报道, 记者夏天 摄, 通讯员高山报道: in a byline, what stands between the reporter's
  // title and 报道, 摄 or the next byline is the reporter's name, whatever else its characters say.
  // (Only where the text has a byline title at all: bylineTitles, set by segment.)
  let title = bylineTitles ? out[out.length - 1] : undefined;
  if (title !== undefined && SPACE.test(title.text)) title = out[out.length - 2];
  if (title !== undefined && BYLINE_TITLE.test(title.text)) {
    const end = bylineNameEnd(segs, i);
    if (end >= i) return { name: segs.slice(i, end + 1).map((s) => s.text).join(''), segments: [], skip: end - i };
  }
  // 学得会/x, 用不上: a verb that can or cannot reach its result (学会), no one's name.
  // (Not a thing that is not so, 天不亮 "before daybreak": 天 does nothing.)
  if ((raw.tag === 'x' || NAME_TAGS.has(raw.tag)) && raw.text.length === 3 && (raw.text.charAt(1) === '得' || raw.text.charAt(1) === '不') && hasVerbSense(raw.text.charAt(0)) && potentialParts(raw.text) !== undefined) {
    return { segments: [{ text: raw.text, tag: 'v' }], skip: 0 };
  }
  // 白得像/nr, 高得多/nr: an adjective and the 得 of its complement, then how (像, 多), no one's name;
  // nor 毛白得/nr (the fur, white, and 得): 得 closes no given name.
  const chars = raw.text.length === 3 && (raw.tag === 'x' || NAME_TAGS.has(raw.tag)) ? codePoints(raw.text) : NO_CHARS;
  if (chars.length === 3 && ((chars[1] === '得' && /^a/.test(jiebaTag(chars[0] ?? '') ?? '') && HOW_AFTER_ADJECTIVE_DE.test(chars[2] ?? '')) || chars[2] === '得') && !hasWord(raw.text)) {
    // (天冷得/x 出奇: a word, 天冷, and its 得.)
    const head = chars.slice(0, 2).join('');
    if (chars[2] === '得' && hasWord(head)) return { segments: [{ text: head, tag: forcedTag(head) }, { text: '得', tag: 'ud' }], skip: 0 };
    return { segments: chars.map((c) => ({ text: c, tag: c === '得' ? 'ud' : (everydayTag(c) ?? forcedTag(c)) })), skip: 0 };
  }
  // 四川南充人/nr: someone from a place (南充 + 人), no one called Nan Chongren.
  if (NAME_TAGS.has(raw.tag) && raw.text.length === 3 && raw.text.endsWith('人') && (knownPlace(raw.text.slice(0, 2)) || jiebaTag(raw.text.slice(0, 2)) === 'ns') && !hasWord(raw.text)) {
    return { segments: [{ text: raw.text.slice(0, 2), tag: 'ns' }, { text: '人', tag: 'n' }], skip: 0 };
  }
  // 解/v 先生对此: a surname jieba took for a verb, before Mr or Ms and where a clause starts: the person.
  // (市民乐/a 女士: after who the person is, and a rarer surname too.)
  // (小郝和包/v 奶奶, 302周/v 阿姨: one of the commonest surnames before how an older person is
  // addressed, after 和 or a room number too.)
  // (黄医生, 黄老师: a title a person is addressed by, after one of the commonest surnames.)
  const addressed = (): boolean => (HONORIFICS.test(segs[i + 1]?.text ?? '') ? isCommonSurname(raw.text) || nameData().surnames.has(raw.text) : (ELDER_ADDRESS.test(segs[i + 1]?.text ?? '') || TITLE_ADDRESSED.test(segs[i + 1]?.text ?? '')) && isTopSurname(raw.text));
  if (raw.text.length === 1 && segs[i + 1]?.text.length === 2 && !NAME_TAGS.has(raw.tag) && addressed() && !NOT_GIVEN.has(raw.text) && (out.length === 0 || /^[\p{P}\s]+$/u.test(out[out.length - 1]?.text ?? '') || BEFORE_PERSON.has(out[out.length - 1]?.text ?? '') || isCue(out[out.length - 1]?.text ?? '') || /^[0-9０-９]+$/u.test(out[out.length - 1]?.text ?? ''))) {
    return { segments: [{ text: raw.text, tag: 'nr' }], skip: 0 };
  }
  // 发行/v 方/nr 负责人: the side or party of what is done (发行方 "the distributor"), not surname Fang.
  // (Not where a given name follows, 任命方建华: the person.)
  const afterParty = segs[i + 1];
  if (raw.text === '方' && /^(?:v|vn|n)$/.test(out[out.length - 1]?.tag ?? '') && (out[out.length - 1]?.text.length ?? 0) === 2 && !/^(?:先生|女士|老师|说|表示|认为|可|能|才|始|得|为)/u.test(afterParty?.text ?? '') && !(afterParty !== undefined && afterParty.text.length <= 2 && allHan(afterParty.text) && givenNameOk(codePoints(afterParty.text)) && !isCommonWord(afterParty.text))) {
    return { segments: [{ text: '方', tag: 'n' }], skip: 0 };
  }
  // 组长孟庆/nr 和/c 还戴上了: 和 before an adverb or a verb joins nobody: it ends the name (孟庆和).
  if ((NAME_TAGS.has(raw.tag) || raw.tag === 'x') && raw.text.length === 2 && segs[i + 1]?.text === '和' && /^(?:d|v)/.test(segs[i + 2]?.tag ?? '') && (segs[i + 2]?.text.length ?? 0) <= 2 && isCommonSurname(raw.text.charAt(0)) && givenNameOk([raw.text.charAt(1)]) && !hasWord(`${raw.text}和`) && !hasWord(raw.text)) {
    return { name: `${raw.text}和`, segments: [], skip: 1 };
  }
  return undefined;
}

/** 小 by its code, for plainWordHere's look at a word's first character. */
const SMALL = '小'.charCodeAt(0);

/**
 * Whether recogniseNames puts out the segment at `i` as it is, known without trying its rules one
 * by one (they ran for every segment of every text): a word of two or more characters jieba calls
 * no name and did not guess, after a plain word that is no name, title or 叫, with no parent named
 * after it. None of the rules tried before recogniseNames's own test of the same shape can then
 * apply, except four looked for here: 小 and a nickname character (小胖), a word before 一起
 * (和高飞一起), a name in a byline, a surname glued to a title (李老师).
 */
function plainWordHere(seg: Segment, segs: readonly Segment[], i: number, out: readonly Segment[], doubleSurnames: ReadonlySet<string>, prevMeaningful: () => Segment | undefined, namedBefore: (surname: string) => boolean): boolean {
  const n = seg.text.length;
  if (n < 2 || seg.tag === 'x' || NAME_TAGS.has(seg.tag) || doubleSurnames.has(seg.text)) return false;
  if (n === 2 && (KIN_AFTER_SURNAME.has(seg.text.charAt(1)) || seg.text.charCodeAt(0) === seg.text.charCodeAt(1) || seg.text.charCodeAt(0) === SMALL)) return false;
  const last = out[out.length - 1];
  if (last === undefined || last.text === '、' || last.text.length === 0 || SPACE.test(last.text) || last.tag === 'nr' || isCue(last.text) || NAMED_BY.has(last.text)) return false;
  const next = segs[i + 1];
  if (next !== undefined && (TOGETHER.has(next.text) || CHILDS_KIN.has(next.text))) return false;
  if (CHILDS_KIN.has(segs[i + 2]?.text ?? '') || CHILDS_KIN.has(segs[i + 3]?.text ?? '')) return false;
  if (bylineTitles && BYLINE_TITLE.test(last.text)) return false;
  return (n !== 3 && n !== 4) || surnameBeforeTitle(seg, next, prevMeaningful, namedBefore) === undefined;
}

/**
 * Marks personal names: surname + given name that jieba left in pieces or only guessed with its
 * HMM (tag x), such as 郑力忠, 隋/二龙, 李鹏/飞; after a title (书记李鹏飞, 记者 隋二龙) or another
 * name, any CC-CEDICT surname may start one. Returns the names found so the caller can keep
 * their other occurrences whole too.
 */
function recogniseNames(segs: Segment[]): { segments: Segment[]; names: Set<string> } {
  const { doubleSurnames } = nameData();
  const out: Segment[] = [];
  const names = new Set<string>();
  const prevMeaningful = (): Segment | undefined => {
    for (let k = out.length - 1; k >= 0; k--) {
      const s = out[k];
      if (s && !SPACE.test(s.text) && s.text !== '、') return s;
    }
    return undefined;
  };
  // Whether someone of this surname is named earlier in the text (rare question: verbs before titles).
  const namedBefore = (surname: string): boolean => out.some((s) => s.tag === 'nr' && s.text.startsWith(surname));
  const accept = (name: string, rest = ''): void => {
    // (乐乐帮 我: a doubled given name and the verb glued on: the person, then the verb.)
    if (!rest && name.length === 3 && name.charAt(0) === name.charAt(1) && !KIN_DOUBLED.has(name.charAt(0)) && /^v/.test(jiebaTag(name.charAt(2)) ?? '') && !hasWord(name)) {
      out.push({ text: name.slice(0, 2), tag: 'nr' }, { text: name.charAt(2), tag: 'v' });
      names.add(name.slice(0, 2));
      return;
    }
    // (高级医生, 资深记者: what the title's holder is, never a name; nor 谭氏 "the Tan family's".)
    // (Nor an art and 家, 国画家 "painter of guohua": 国 is no surname there.)
    if (TITLE_MODIFIERS.test(name) || /^.氏$/u.test(name) || (codePointCount(name) === 3 && name.endsWith('家') && isCommonWord(name.slice(0, 2)))) {
      out.push({ text: name, tag: forcedTag(name) });
      return;
    }
    const instead = noNameAfter(name, out[out.length - 1]);
    if (instead) {
      out.push(...instead);
      for (const s of instead) if (s.tag === 'nr') names.add(s.text);
      if (rest) out.push({ text: rest, tag: forcedTag(rest) });
      return;
    }
    out.push({ text: name, tag: 'nr' });
    names.add(name);
    // 赵长林家: someone's home, not the classifier.
    if (rest) out.push({ text: rest, tag: rest === '家' ? 'n' : forcedTag(rest) });
  };
  for (let i = 0; i < segs.length; i++) {
    const found = segs[i];
    if (!found) continue;
    // Most segments are words no rule here changes: put out at once (see plainWordHere).
    if (plainWordHere(found, segs, i, out, doubleSurnames, prevMeaningful, namedBefore)) {
      out.push(found);
      continue;
    }
    const raw = notNamedHere(found, out, segs[i + 1]);
    // 田中/nr 先生, 玛丽 女士: a name jieba knows, before Mr or Ms, is the person (not Tianzhong township).
    if (NAME_TAGS.has(raw.tag) && codePointCount(raw.text) >= 2 && codePointCount(raw.text) <= 4 && allHan(raw.text) && HONORIFICS.test(segs[i + 1]?.text ?? '')) {
      accept(raw.text);
      peopleByCue.add(raw.text);
      continue;
    }
    // 女方叫程/n 小满/nz，原名叫林/ng 志强/nz。: after 叫, a common surname and two given-name
    // characters, closing the clause, are the person, whatever jieba tagged them (小满 a solar term).
    // (…叫程/x 小满: 叫 glued to the surname.)
    const calledGiven = segs[i + 1];
    const callGlued = raw.text.length === 2 && raw.text.charAt(0) === '叫' && raw.tag === 'x';
    const calledSurname = callGlued ? raw.text.charAt(1) : raw.text;
    if (calledSurname.length === 1 && (callGlued || NAMED_BY.has(out[out.length - 1]?.text ?? '')) && calledGiven !== undefined && codePointCount(calledGiven.text) === 2 && allHan(calledGiven.text) && isCommonSurname(calledSurname) && !NOT_GIVEN.has(calledSurname) && givenNameOk(codePoints(calledGiven.text)) && !hasWord(calledSurname + calledGiven.text) && !isCue(calledGiven.text) && (segs[i + 2] === undefined || /^[\p{P}\s]+$/u.test(segs[i + 2]?.text ?? '') || /^(?:的|是|和|今年|从)$/u.test(segs[i + 2]?.text ?? ''))) {
      if (callGlued) out.push({ text: '叫', tag: 'v' });
      accept(calledSurname + calledGiven.text);
      i++;
      continue;
    }
    // Speaker labels, verbs that can reach a result, someone from a place, 解先生, 发行方, 孟庆和:
    // see wordsBeforeNames (kept apart so that this loop stays small enough to be optimised early).
    const early = wordsBeforeNames(raw, segs, i, out, doubleSurnames);
    if (early) {
      if (early.name) accept(early.name);
      out.push(...early.segments);
      i += early.skip;
      continue;
    }
    // 我和高飞/nr 一起: between 和 and 一起, who does it with someone is a person, a word or not
    // (高飞 "to soar"): one of the commonest surnames and a given-name character.
    if (raw.text.length === 2 && TOGETHER.has(segs[i + 1]?.text ?? '') && /^(?:和|跟|与|同)$/u.test(out[out.length - 1]?.text ?? '') && isTopSurname(raw.text.charAt(0)) && givenNameOk([raw.text.charAt(1)]) && !isCue(raw.text) && !isAddressTerm(raw.text)) {
      accept(raw.text);
      peopleByCue.add(raw.text);
      continue;
    }
    // 玛丽和/nr 约翰: a name and 和 glued, before another person.
    const andGlued = raw.text.length === 3 && (NAME_TAGS.has(raw.tag) || raw.tag === 'x') && /[和与跟]$/u.test(raw.text) ? raw.text.slice(0, 2) : '';
    if (andGlued && !hasWord(raw.text) && (sharedEntries(andGlued).some((e) => e.senses.some((x) => /\(name\)|\bname\)/.test(x))) || (looksLikeName(andGlued) && !hasWord(andGlued))) && /^(?:nr|nrt|nrfg|x)$/.test(segs[i + 1]?.tag ?? '')) {
      accept(andGlued, raw.text.slice(2));
      out[out.length - 1] = { text: raw.text.slice(2), tag: 'c' };
      continue;
    }
    // 连赢/nr 四局: an adverb and a verb jieba's dictionary lists as a name ("won in a row"), where no
    // dictionary has the word and no title comes before it.
    if (NAME_TAGS.has(raw.tag) && raw.text.length === 2 && /^[连再又都也就才还更最很太曾已常总]$/u.test(raw.text.charAt(0)) && /^v/.test(jiebaTag(raw.text.charAt(1)) ?? '') && !hasWord(raw.text) && !isCue(prevMeaningful()?.text ?? '') && !/^[\p{P}\s]*$/u.test(segs[i + 1]?.text ?? '')) {
      out.push({ text: raw.text.charAt(0), tag: 'd' }, { text: raw.text.charAt(1), tag: 'v' });
      continue;
    }
    // 那|段时间/nr: after a demonstrative or number, a measure word and a word (段 + 时间 "that period"), not Duan Shijian.
    if (NAME_TAGS.has(raw.tag) && raw.text.length === 3 && /^(?:这|那|哪|一|每|几|某|上|下|两)$/u.test(out[out.length - 1]?.text ?? '') && isClassifier(raw.text.charAt(0)) && isCommonWord(raw.text.slice(1))) {
      out.push({ text: raw.text.charAt(0), tag: 'q' }, { text: raw.text.slice(1), tag: forcedTag(raw.text.slice(1)) });
      continue;
    }
    const titled = surnameBeforeTitle(raw, segs[i + 1], prevMeaningful, namedBefore);
    if (titled) {
      out.push(...titled);
      continue;
    }
    const seg = retagFalseName(raw);
    // Most segments are words of two or more characters jieba calls no name, with no title or name
    // before them: no rule below looks at those (each needs a guess, x, a name tag, one character,
    // a double surname, a surname and kin or a pet name said twice, a parent after it, or a cue).
    if (seg.text.length >= 2 && seg.tag !== 'x' && !NAME_TAGS.has(seg.tag) && !NAME_TAGS.has(raw.tag) && !doubleSurnames.has(seg.text) && (seg.text.length !== 2 || (!KIN_AFTER_SURNAME.has(seg.text.charAt(1)) && seg.text.charAt(0) !== seg.text.charAt(1))) && !CHILDS_KIN.has(segs[i + 1]?.text ?? '') && !CHILDS_KIN.has(segs[i + 2]?.text ?? '') && !CHILDS_KIN.has(segs[i + 3]?.text ?? '')) {
      const last = out[out.length - 1];
      const plain = last !== undefined && last.text !== '、' && last.text.length > 0 && !SPACE.test(last.text);
      if (plain && last.tag !== 'nr' && !isCue(last.text) && !NAMED_BY.has(last.text)) {
        out.push(seg);
        continue;
      }
    }
    // 刘洋便/nr 接: a name and the adverb or preposition after it (便 "then"), not Liu Yangbian.
    // (孔晴正/nr 趴在: 正 "just then" too, before what the person is doing.)
    if ((NAME_TAGS.has(seg.tag) || seg.tag === 'x') && seg.text.length === 3 && endsInAdverb(seg.text.charAt(2), segs[i + 1]) && isCommonSurname(seg.text.charAt(0)) && givenNameOk([seg.text.charAt(1)]) && !hasWord(seg.text)) {
      accept(seg.text.slice(0, 2), seg.text.charAt(2));
      continue;
    }
    const moved = thingThenMotion(raw);
    if (moved) {
      out.push(...moved);
      continue;
    }
    // 由克雷桑/x 点球: a preposition and a foreign name.
    const foreign = seg.tag === 'x' ? prepositionBeforeForeignName(seg) : undefined;
    if (foreign) {
      out.push(...foreign);
      continue;
    }
    // 写于元丰/nr 五年: a preposition and a reign, festival or thing jieba knows by name.
    if (NAME_TAGS.has(raw.tag) && seg.text.length === 3 && PREPOSITION_SURNAMES.has(seg.text.charAt(0)) && /^(?:nz|t)$/.test(jiebaTag(seg.text.slice(1)) ?? '') && !hasWord(seg.text)) {
      out.push({ text: seg.text.charAt(0), tag: 'p' }, { text: seg.text.slice(1), tag: jiebaTag(seg.text.slice(1)) ?? 'nz' });
      continue;
    }
    // Every rule below makes a name of Han text: punctuation, numbers and Latin stop here.
    if (!allHan(seg.text)) {
      out.push(seg);
      continue;
    }
    const prev = prevMeaningful();
    // 小/周接/x 得上手: 小 or 老 and a surname is how someone is called (familiarNames joins them,
    // and cuts the verb off); no longer name goes on from the surname.
    if (seg.tag === 'x' && seg.text.length === 2 && (out[out.length - 1]?.text === '小' || out[out.length - 1]?.text === '老') && isCommonSurname(seg.text.charAt(0))) {
      out.push(seg);
      continue;
    }
    // 王浩妈妈, 李欣然爸爸: a child's name, then the parent it names (how parents sign in a class chat).
    const child = childBeforeParent(segs, i);
    if (child > i) {
      accept(segs.slice(i, child).map((s) => s.text).join(''));
      i = child - 1;
      continue;
    }
    // 张/q 平和/a 李静/x: where a clause starts, one of the commonest surnames, a given-name character
    // jieba glued to 和, 与 or 跟, and another person after it: two people joined ("Zhang Ping and Li Jing").
    const joined = seg.text.length === 1 ? segs[i + 1] : undefined;
    const joinedBy = joined?.text.length === 2 ? joined.text.charAt(1) : '';
    if (joined && (joinedBy === '和' || joinedBy === '与' || joinedBy === '跟') && isTopSurname(seg.text) && !VERB_SURNAMES.has(seg.text) && clauseOrPersonBefore(prev) && givenNameOk([joined.text.charAt(0)]) && !hasWord(seg.text + joined.text.charAt(0))) {
      const other = segs[i + 2];
      const otherIsPerson = other !== undefined && codePointCount(other.text) >= 2 && codePointCount(other.text) <= 3 && (other.tag === 'x' || NAME_TAGS.has(other.tag)) && looksLikeName(other.text) && isCommonSurname(other.text.charAt(0)) && !hasWord(other.text);
      if (otherIsPerson) {
        accept(seg.text + joined.text.charAt(0), joined.text.charAt(1));
        out[out.length - 1] = { text: joined.text.charAt(1), tag: 'c' };
        i++;
        continue;
      }
    }
    // 何方和大学同学林海: where a clause starts, a word that starts with one of the commonest surnames
    // and ends with a given-name character, then 和 and a person named: two people (He Fang, not "where?").
    const partner = segs[i + 1] && /^(?:和|与|跟|同)$/u.test(segs[i + 1]?.text ?? '') ? segs.slice(i + 2, i + 5).find((x) => NAME_TAGS.has(x.tag) && codePointCount(x.text) >= 2) : undefined;
    if (partner && seg.text.length === 2 && (prev === undefined || /^[\p{P}\s]+$/u.test(prev.text)) && allHan(seg.text) && isTopSurname(seg.text.charAt(0)) && givenNameOk([seg.text.charAt(1)]) && !/^(?:n|v|vn|a|d|t|m|q)$/.test(seg.tag)) {
      accept(seg.text);
      continue;
    }
    // 和林/朝阳、马丽: a surname and two given-name characters jieba took for a place or word, as an
    // item of a list of people joined by 和 and 、 (a name of one of the commonest surnames after it).
    const listed = seg.text.length === 1 && /^(?:和|跟|与|、|有)$/u.test(out[out.length - 1]?.text ?? '') && segs[i + 2]?.text === '、' ? segs[i + 1] : undefined;
    const following = segs[i + 3];
    // (Not things alike in a list, 黑云母、金云母、白云母: the item after is jieba's name or guess.)
    if (listed && codePointCount(listed.text) === 2 && allHan(listed.text) && isTopSurname(seg.text) && givenNameOk(codePoints(listed.text)) && following !== undefined && /^(?:nr|nrfg|x)$/.test(following.tag) && isTopSurname(following.text.charAt(0)) && codePointCount(following.text) <= 3 && !following.text.endsWith(listed.text)) {
      accept(seg.text + listed.text);
      i++;
      continue;
    }
    // 八十二岁的孙/长乐: after someone's age and 的, one of the commonest surnames and two given-name
    // characters jieba took for a place or a word are the person.
    const aged = seg.text.length === 1 && out[out.length - 1]?.text === '的' && /岁$/u.test(out[out.length - 2]?.text ?? '') ? segs[i + 1] : undefined;
    if (aged && codePointCount(aged.text) <= 2 && allHan(aged.text) && isTopSurname(seg.text) && givenNameOk(codePoints(aged.text)) && !isCue(aged.text) && !isAddressTerm(aged.text) && !/^(?:v|a|d|p|c|u|m|q|r)/.test(aged.tag)) {
      accept(seg.text + aged.text);
      i++;
      continue;
    }
    // 赵/nr 睿/nrt: a surname and one character jieba also takes for part of a name is one name.
    if (seg.tag === 'nr' && seg.text.length === 1 && surnameAndGiven(segs, i)) {
      accept(seg.text + (segs[i + 1]?.text ?? ''));
      i++;
      continue;
    }
    // 孙/zg 桂兰/ns 算了: a common surname, then two characters no dictionary knows that make a given
    // name, then what the person does: one name. (Not 向/p 武帝, a preposition; not a foreign name's
    // syllables, 康内尔; not a place or a thing, 冷长河, 石衡器.)
    const given = seg.text.length === 1 ? segs[i + 1] : undefined;
    if (
      given !== undefined &&
      given.text.length === 2 &&
      seg.tag !== 'p' &&
      !PREPOSITION_SURNAMES.has(seg.text) &&
      // (Whatever jieba tags two characters CC-CEDICT lacks: 钟/nr 立新/d 介绍.)
      !notGivenNameEnd(given.text.charAt(1)) &&
      !hasWord(given.text) &&
      uncuedName(seg.text + given.text)
    ) {
      const third = segs[i + 2];
      // A title after the name counts too: 钟立新教授. With a tag jieba does not give names, what
      // follows must be the person doing something (薛/振源/n 写), not the end of a phrase (苏里高/峡口/n，).
      const named = third !== undefined && allHan(third.text) && (/^(?:v|p|d|c)/.test(third.tag) || isCue(third.text));
      const nameTag = /^(?:ns|nr|nz|nrt|x)$/.test(given.tag);
      // (Nor a frequent verb said twice, 千学万/学学 做: 露露 is a name, 学学 "to study a bit".)
      const doubledVerb = given.text.charAt(0) === given.text.charAt(1) && rankOf(given.text.charAt(0)) <= FREQUENT_RANK;
      if ((nameTag && (third === undefined || !allHan(third.text))) || (named && (nameTag || (!/^[mqt]/.test(given.tag) && !doubledVerb)))) {
        accept(seg.text + given.text);
        i++;
        continue;
      }
    }
    // 赵睿/x 带球: jieba's guess of a common surname and a given-name character, before what the person does.
    // (Only a character jieba itself knows as part of names: not 车少, 万未, 5时半.)
    // (Not when a title comes first and the name's last character is glued to the verb: 主任赵晓/明说
    // is 赵晓明 saying, found below.)
    // (Or before a verb jieba tags otherwise, 接球/n "to receive a ball", or a four-character phrase: 梅开二度.)
    // (Not after a foreign name's syllable: 兹|莫曼 过堂.)
    if (seg.tag === 'x' && seg.text.length === 2 && !HEAD_OF.test(seg.text) && actsNext(segs[i + 1]) && !afterForeignSyllable(prev) && isCommonSurname(seg.text.charAt(0)) && !FOREIGN_SYLLABLES.has(seg.text.charAt(1)) && /^(?:nr|nrt|nrfg)$/.test(jiebaTag(seg.text.charAt(1)) ?? '') && looksLikeName(seg.text) && !hasWord(seg.text) && !(prev !== undefined && isCue(prev.text) && gluedLastCharacter(seg.text, segs[i + 1]) !== undefined)) {
      accept(seg.text);
      continue;
    }
    // 是杨帆和郑敏, 碰见了马丽。, 王强对记者说: jieba's guess of a common surname and one given-name
    // character, standing where a person is named, between what comes before one (the start of a
    // clause, 是, 和, 了 …) and what follows one (和, 的, 是, the end of a clause …).
    // (One of the hundred commonest surnames: not 温杯 "warming the cups", 全诗 "the whole poem",
    // 管廊 "pipe gallery"; nor a shop's name, 胡记; nor a name so far with its last character glued
    // to the verb, 龙正/明说, found below.)
    // (In a list, 、, only beside another name: 马丽 of 雷佳音、马丽、赵丽颖, not 陶龟 of 陶塑蟾蜍、陶龟.)
    // (Or where a clause starts or after 的, before anything but what would continue a noun, 赵睿/x
    // 连续, 的李晨/x 依旧, 的沈腾/x 表现出色: jieba's guess of a name is a name there.)
    const guess2 = seg.tag === 'x' && seg.text.length === 2;
    const before = guess2 ? out[out.length - 1] : undefined;
    const after = guess2 ? segs[i + 1] : undefined;
    // (Only before what describes what the person does, a word of two or more: not the third
    // character of a longer name, 王重/x 盈; not a thing or place named, 万木/x 草堂, 龙塔 街道; not two
    // dynasties or states, 宋辽.)
    // (Or before a one-character word no name goes on with, 的胡歌/x 把, 的唐嫣/x 也; after someone's
    // role or kin too, 女儿李想/x 也.)
    const opening = guess2 && (before === undefined || before.text === '的' || /^[\p{P}\s]+$/u.test(before.text) || isCue(before.text)) && after !== undefined && ((after.text.length >= 2 && (/^(?:a|ad|d|z|v|l|i|p|t)$/.test(after.tag) || verbWithAspect(after))) || AFTER_NAME_WORDS.has(after.text)) && !(STATE_CHARS.includes(seg.text.charAt(0)) && STATE_CHARS.includes(seg.text.charAt(1)));
    if (guess2 && (opening || personSlot(before, after)) && !itemsAlike(segs, i, i) && (!inList(segs, i) || besideName(segs, i)) && isTopSurname(seg.text.charAt(0)) && !FOREIGN_SYLLABLES.has(seg.text.charAt(1)) && !SHOP_MARKS.has(seg.text.charAt(1)) && !notGivenNameEnd(seg.text.charAt(1)) && !GROUP_ENDS.has(seg.text.charAt(1)) && !HEAD_OF.test(seg.text) && looksLikeName(seg.text) && !hasWord(seg.text) && !afterForeignSyllable(prev) && gluedLastCharacter(seg.text, segs[i + 1]) === undefined) {
      accept(seg.text);
      continue;
    }
    // 周平/x 经理, 化学系的田甜/x 博士: jieba's guess of one of the commonest surnames and a given-name
    // character, right before a title or role: the person who has it. (Not a surname that is a verb
    // or preposition too, 向/任; nor the head of a unit, 厂长.)
    if (seg.tag === 'x' && seg.text.length === 2 && isCue(segs[i + 1]?.text ?? '') && isTopSurname(seg.text.charAt(0)) && !VERB_SURNAMES.has(seg.text.charAt(0)) && !FOREIGN_SYLLABLES.has(seg.text.charAt(1)) && !HEAD_OF.test(seg.text) && !GROUP_ENDS.has(seg.text.charAt(1)) && looksLikeName(seg.text) && !hasWord(seg.text) && !afterForeignSyllable(prev)) {
      accept(seg.text);
      continue;
    }
    // 租客李静。, 患者王芳，: jieba's guess of a surname and one given-name character after who the
    // person is, closing the phrase.
    // (…or before 和 or what the person does: 游客薛佳和朋友; not 主任赵晓/明说, the name's last character
    // glued to 说, nor 院士孟广/和 表示, whose 和 is the name's.)
    if (seg.tag === 'x' && seg.text.length === 2 && prev !== undefined && (isCue(prev.text) || /[客员者生师手工民]$/u.test(prev.text)) && /^n/.test(prev.tag) && (segs[i + 1] === undefined || !allHan(segs[i + 1]?.text ?? '') || (AFTER_PERSON.has(segs[i + 1]?.text ?? '') && !(/^[和与跟同]$/u.test(segs[i + 1]?.text ?? '') && /^v/.test(segs[i + 2]?.tag ?? ''))) || (actsNext(segs[i + 1]) && (segs[i + 1]?.text.length ?? 0) >= 2 && !((segs[i + 1]?.text.length ?? 0) === 2 && GLUED_AFTER_NAME.has(segs[i + 1]?.text.charAt(1) ?? '')))) && isCommonSurname(seg.text.charAt(0)) && looksLikeName(seg.text) && !hasWord(seg.text)) {
      accept(seg.text);
      continue;
    }
    // 小芳，快来吃饭！, 小刚、阿强和大伟: 小 or 阿 and a given-name character, called by or listed,
    // where no word is meant (小心，, 小时、).
    // (…whether jieba left the two apart or guessed them as one, 小芳/x.)
    const nickGlued = seg.tag === 'x' && seg.text.length === 2 && /^[小阿]/u.test(seg.text);
    const nick = nickGlued ? { text: seg.text.charAt(1), tag: 'x' } : (seg.text === '小' || seg.text === '阿') ? segs[i + 1] : undefined;
    if (nick && nick.text.length === 1 && allHan(nick.text) && givenNameOk([nick.text]) && !hasWord(seg.text.charAt(0) + nick.text)) {
      const after = segs[nickGlued ? i + 1 : i + 2];
      const before = segs[i - 1];
      const called = (before === undefined || /^[\p{P}\s]+$/u.test(before.text) || LIST_JOINS.has(before.text) || NAMED_BY.has(before.text)) && (after === undefined || /^[，,！!？?、]$/u.test(after.text) || LIST_JOINS.has(after.text));
      if (called) {
        accept(seg.text.charAt(0) + nick.text);
        if (!nickGlued) i++;
        continue;
      }
    }
    // 服务员姓闻/x。: 姓 and the surname glued by jieba's guess.
    if (seg.tag === 'x' && seg.text.length === 2 && seg.text.charAt(0) === '姓' && nameData().surnames.has(seg.text.charAt(1)) && !allHan(segs[i + 1]?.text ?? '')) {
      out.push({ text: '姓', tag: 'v' }, { text: seg.text.charAt(1), tag: 'nr' });
      continue;
    }
    // 她姓上官: a double surname after 姓.
    if (prev?.text.endsWith('姓') === true && seg.text.length === 2 && doubleSurnames.has(seg.text)) {
      out.push({ text: seg.text, tag: 'nr' });
      continue;
    }
    // 我姓孙, 免贵姓王: the surname itself after 姓 (jieba's 我姓/x too); a rarer one too, 服务员姓闻。
    if (prev?.text.endsWith('姓') === true && seg.text.length === 1 && (isCommonSurname(seg.text) || (nameData().surnames.has(seg.text) && !NOT_GIVEN.has(seg.text) && !allHan(segs[i + 1]?.text ?? '')))) {
      out.push({ text: seg.text, tag: 'nr' });
      continue;
    }
    // 同屋叫周游。: after 叫, one of the commonest surnames and a given-name character closing the
    // clause name the person, even where they make a word (周游 "to travel around").
    // (Not what something is called, 这叫高明.)
    // (Only someone named: 我叫, 同屋叫, not 把元宵叫做汤圆.)
    const namer = out[out.length - 2];
    if (prev !== undefined && prev.text === '叫' && namer !== undefined && (/^(?:r|nr)$/.test(namer.tag) || isCue(namer.text) || RELATIONS_NAMED.has(namer.text) || /名字$/u.test(namer.text)) && !/^(?:这|那|这就|那就|才|就|也|真|可|这才|那才)$/u.test(namer.text) && seg.text.length === 2 && allHan(seg.text) && isTopSurname(seg.text.charAt(0)) && givenNameOk([seg.text.charAt(1)]) && (segs[i + 1] === undefined || /^[\p{P}\s]+$/u.test(segs[i + 1]?.text ?? ''))) {
      accept(seg.text);
      peopleByCue.add(seg.text);
      continue;
    }
    // 厨师叫万/m 和平/nz。, 棋手薛/为/民: a name after 叫 or right after a title (see namedAfter).
    const cuedName = namedAfter(segs, i, prev, namer);
    if (cuedName.end > i) {
      const whole = segs.slice(i, cuedName.end).map((x) => x.text).join('');
      const name = whole.slice(0, whole.length - cuedName.rest.length);
      accept(name, cuedName.rest);
      peopleByCue.add(name);
      i = cuedName.end - 1;
      continue;
    }
    // 名叫豆豆, 叫丁丁: a pet name, one character said twice, after the word that gives a name.
    if (prev !== undefined && NAMED_BY.has(prev.text) && seg.text.length === 2 && seg.text.charAt(0) === seg.text.charAt(1)) {
      accept(seg.text);
      continue;
    }
    // 张姐, 李叔: a surname and a kinship term is how someone is called, and nothing more joins it (店长张姐人很好).
    if (seg.text.length === 2 && isCommonSurname(seg.text.charAt(0)) && KIN_AFTER_SURNAME.has(seg.text.charAt(1)) && !isCommonWord(seg.text)) {
      accept(seg.text);
      continue;
    }
    // 武/n 磊/nr: a common surname jieba took for a word, then a character it tags as a given name.
    // 周/nr 冬雨/nr 饰演: a surname, then a given name that is also a word (winter rain), both
    // tagged names by jieba, before what the person does.
    const given0 = seg.text.length === 1 ? segs[i + 1] : undefined;
    if (given0 && NAME_TAGS.has(given0.tag) && allHan(given0.text) && isCommonSurname(seg.text) && !codePoints(given0.text).some((c) => FOREIGN_SYLLABLES.has(c))) {
      const givenChars0 = codePoints(given0.text);
      const after0 = segs[i + 2];
      const name = seg.text + given0.text;
      // (Not the first two characters of a longer name, 张玉|嬿, 李隆|悌; not a word CC-CEDICT knows;
      // not a foreign name's syllables, 兹|莫|曼.)
      // (…unless that character is what the person does, with its aspect after it: 马丽|租|了.)
      const longer = after0 !== undefined && codePointCount(after0.text) === 1 && allHan(after0.text) && !NOT_GIVEN.has(after0.text) && !(/^v/.test(after0.tag) && /^[了着过]$/u.test(segs[i + 3]?.text ?? ''));
      // (jieba's guess after it goes on with the name; punctuation, also "x", ends it: 马/丽/nr 、.)
      const oneGiven = givenChars0.length === 1 && !hasWord(name) && looksLikeName(name) && !longer && !afterForeignSyllable(prev) && (after0?.tag !== 'x' || !allHan(after0.text));
      const wordGiven = givenChars0.length === 2 && NAME_TAGS.has(seg.tag) && isCommonWord(given0.text) && after0 !== undefined && (FOLLOW_CUES.has(after0.text) || isVerbWord(after0.text));
      if (oneGiven || wordGiven) {
        accept(name);
        i++;
        continue;
      }
    }
    // 东|晋葛洪/nr: the Eastern Jin (东晋) and the person after it, 葛洪.
    const last = out[out.length - 1];
    // (从东/x 晋葛洪: the direction glued to the word before it by jieba's guess, too.)
    const direction = NAME_TAGS.has(seg.tag) && seg.text.length === 3 ? (last?.text.slice(-1) ?? '') : '';
    if (direction !== '' && codePointCount(seg.text) === 3 && last && /^[东西南北前后]$/u.test(direction) && (last.text.length === 1 || (last.tag === 'x' && last.text.length === 2 && allHan(last.text))) && '汉晋周魏齐梁唐宋燕'.includes(seg.text.charAt(0)) && hasWord(direction + seg.text.charAt(0))) {
      if (last.text.length === 2) out.splice(out.length - 1, 1, { text: last.text.charAt(0), tag: forcedTag(last.text.charAt(0)) }, { text: direction, tag: 'f' });
      out[out.length - 1] = { text: direction + seg.text.charAt(0), tag: 'nz' };
      accept(seg.text.slice(1));
      continue;
    }
    // 屠/nr 呦呦/n 发现: a surname and a given name said twice (呦呦, 婷婷), before what the person
    // does; not a frequent character said twice (千学万|学学 "study a bit", 张|常常).
    const twice = given0 !== undefined && codePointCount(given0.text) === 2 && given0.text.charAt(0) === given0.text.charAt(1) ? given0 : undefined;
    if (twice && seg.text.length === 1 && nameData().surnames.has(seg.text) && !NOT_GIVEN.has(seg.text) && rankOf(twice.text.charAt(0)) > COMMON_CHARACTER_RANK && !isVerbWord(twice.text) && !/^[dtvam]/.test(jiebaTag(twice.text) ?? '') && !/^v/.test(jiebaTag(twice.text.charAt(0)) ?? '') && (segs[i + 2] === undefined || !allHan(segs[i + 2]?.text ?? '') || actsNext(segs[i + 2]))) {
      accept(seg.text + twice.text);
      i++;
      continue;
    }
    // 于海燕的丈夫, “土豆姐”于海燕，: 于 opening a clause before a given name and 的, 说 or the
    // clause's end is the surname Yu (the preposition "at" takes a place or time and goes on).
    if (seg.text === '于' && given0 !== undefined && codePointCount(given0.text) === 2 && (prev === undefined || /^[\p{P}\s]+$/u.test(prev.text)) && /^(?:的|说|是|也|都|和|就|又|，|。|、|：)$/u.test(segs[i + 2]?.text ?? '') && givenNameOk(codePoints(given0.text)) && !TIME_WORD.test(given0.text) && !RELATIVE_TIME.test(given0.text) && !knownPlace(given0.text) && /^(?:n|nr|nz|nrt|nrfg|x|ng)$/.test(given0.tag) && !/^[此这那其该本今明]/u.test(given0.text)) {
      accept(seg.text + given0.text);
      i++;
      continue;
    }
    // 周/nr 国庆/t 表示, 隋/nr 长龙/ns 说: where a clause starts, a common surname and a given name
    // that is also a word (National Day, a long queue), then what a reporter's subject does: a name.
    // (Not a time, 李明天说 "Li said tomorrow"; not a surname that is an everyday word, 向大家说.)
    // (崔/乐天 教授: before the person's title too.)
    const titleAfter = isCue(segs[i + 2]?.text ?? '') && !isCue(given0?.text ?? '');
    if (seg.text.length === 1 && given0 && codePointCount(given0.text) === 2 && (SPEECH_CUES.has(segs[i + 2]?.text ?? '') || titleAfter) && (prev === undefined || /^[\p{P}\s]+$/u.test(prev.text) || (titleAfter && /^[pcv]/.test(prev.tag)))) {
      const name = seg.text + given0.text;
      if (isCommonSurname(seg.text) && !NOT_GIVEN.has(seg.text) && !TIME_WORD.test(given0.text) && !RELATIVE_TIME.test(given0.text) && !EVERYONE.test(given0.text) && !isCue(given0.text) && looksLikeName(name) && !hasWord(name)) {
        accept(name);
        i++;
        continue;
      }
    }
    // 李/nr 春风 每天…, 陈/nr 平安 下个月…, 我叫冯/nr 永福，: a surname jieba itself takes for a name
    // (or a given name it does, 林/小雨/nr), then a given name that is also a word, where a clause
    // starts or after 叫, and then a time or what the person does. (Not a time, 李明天说; not
    // 大家, 自己; not the name of a place, 永福 Yongfu county, before the place's work: 冯 not nr there.)
    // (Not the surname of a foreign name, 查尔斯·李 受命; not a role after the surname, 裴 主教 "Bishop Pei".)
    // (叫张/q 明亮/a 的男生: after 叫, whatever jieba tagged the two.)
    const namedNow = prev !== undefined && NAMED_BY.has(prev.text);
    // 对孙/x 明亮 说: a word that takes a person, glued by jieba to the surname, then the given name.
    const givenAfter = segs[i + 1];
    if (seg.tag === 'x' && seg.text.length === 2 && BEFORE_PERSON.has(seg.text.charAt(0)) && isTopSurname(seg.text.charAt(1)) && givenAfter !== undefined && codePointCount(givenAfter.text) === 2 && allHan(givenAfter.text)) {
      const name = seg.text.charAt(1) + givenAfter.text;
      const after = segs[i + 2];
      if (after !== undefined && (FOLLOW_CUES.has(after.text) || actsNext(after)) && looksLikeName(name) && !hasWord(name) && !isCommonWord(name.slice(0, 2)) && !isCommonWord(seg.text)) {
        out.push({ text: seg.text.charAt(0), tag: forcedTag(seg.text.charAt(0)) });
        accept(name);
        i++;
        continue;
      }
    }
    // (Or after a word that takes a person, 对孙/明亮说, or where a clause starts, whatever jieba
    // tagged the two, 刘/zg 大海/ns 听完: see untaggedName.)
    // (After 的 too, when what follows only a person does: 后排的吴/大海 忍不住笑, 坐在第一排的林/小雨 站起来.)
    const described = prev?.text === '的' && given0 !== undefined && isTopSurname(seg.text) && !QUALITY_SURNAMES.has(seg.text) && PERSON_ACTS.test(segs[i + 2]?.text ?? '');
    if (seg.text.length === 1 && given0 && codePointCount(given0.text) === 2 && (seg.tag === 'nr' || NAME_TAGS.has(given0.tag) || namedNow || untaggedName(seg.text, given0)) && (namedNow || described || clauseOrPersonBefore(prev)) && !ROLE_SENSE.test(everydaySense(given0.text))) {
      const after = segs[i + 2];
      const name = seg.text + given0.text;
      // (Or named after 是, closing the sentence: 那个女孩是林/小雨。)
      const closing = after === undefined || !allHan(after.text);
      const introduced = (namedNow && (closing || after.text === '的')) || (prev?.text === '是' && closing && isTopSurname(seg.text) && !QUALITY_SURNAMES.has(seg.text));
      const goesOn = after !== undefined && (described || FOLLOW_CUES.has(after.text) || TIME_WORD.test(after.text) || after.tag === 't' || actsNext(after));
      if ((introduced || goesOn) && isCommonSurname(seg.text) && !NOT_GIVEN.has(seg.text) && !TIME_WORD.test(given0.text) && !EVERYONE.test(given0.text) && !isCue(given0.text) && (given0.tag !== 't' || !RELATIVE_TIME.test(given0.text)) && !/^[东南西北中上下前后内外]+$/u.test(given0.text) && looksLikeName(name) && !hasWord(name)) {
        accept(name);
        i++;
        continue;
      }
    }
    const afterTitle = prev !== undefined && isCue(prev.text);
    // 向导扎西/ns 是, 老板娘卓/nr 玛/nr 很, 权臣鳌拜/ns: after a title, a name no dictionary has and
    // no Chinese name (Tibetan, Mongol, Manchu), before what the person does or where the clause ends.
    if (afterTitle) {
      // 副主任郑重医生: between two titles, a word of a surname and a given-name character (郑重 "serious") is the person.
      const titleAfter = segs[i + 1];
      if (codePointCount(seg.text) === 2 && allHan(seg.text) && titleAfter !== undefined && (isCue(titleAfter.text) || HONORIFICS.test(titleAfter.text)) && isCommonSurname(seg.text.charAt(0)) && nameData().givenNameChars.has(seg.text.charAt(1)) && !isCue(seg.text) && !TITLE_MODIFIERS.test(seg.text)) {
        accept(seg.text);
        peopleByCue.add(seg.text);
        continue;
      }
      // 局长于乐平表示: a surname that is also a preposition (于), and a given name jieba took for a
      // place or a name of its own, before what the person says (not 记者于昨日获悉: a time).
      const given = segs[i + 1];
      if (PREPOSITION_SURNAMES.has(seg.text) && given !== undefined && codePointCount(given.text) === 2 && allHan(given.text) && /^(?:nr|ns|nz|x)$/.test(given.tag) && !EVERYONE.test(given.text) && !TIME_WORD.test(given.text) && givenNameOk(codePoints(given.text)) && SPEECH_CUES.has(segs[i + 2]?.text ?? '')) {
        accept(seg.text + given.text);
        peopleByCue.add(seg.text + given.text);
        i++;
        continue;
      }
      const single = seg.text.length === 1 && segs[i + 1]?.text.length === 1 && (NAME_TAGS.has(seg.tag) || seg.tag === 'x') && (NAME_TAGS.has(segs[i + 1]?.tag ?? '') || segs[i + 1]?.tag === 'x');
      const name = single ? seg.text + (segs[i + 1]?.text ?? '') : seg.text;
      const after = segs[i + (single ? 2 : 1)];
      const length = codePointCount(name);
      const ends = after === undefined || !allHan(after.text) || actsNext(after) || /^(?:是|很|也|都|就|便|又|还|的)$/u.test(after.text);
      // (Not a post, 部长一职, nor a verb and what it takes, 大臣授新职.)
      const first = codePoints(name)[0] ?? '';
      if ((single || /^(?:ns|nz|x)$/.test(seg.tag)) && length >= 2 && length <= 3 && allHan(name) && ends && !NUMERAL_CHARS.has(first) && (transliterated(name) || !/^v/.test(jiebaTag(first) ?? '')) && surnameLength(codePoints(name)) === 0 && !PLACE_ENDINGS.has(codePoints(name).at(-1) ?? '') && !hasWord(name) && !isCommonWord(name)) {
        accept(name);
        peopleByCue.add(name);
        if (single) i++;
        continue;
      }
    }
    // (Not the title after a surname: 王/师傅 is Master Wang, not a second person "Shi Fu".)
    // (A "name" of jieba's that ends like a place is none: 汪清县/nr 林业局 is a county's bureau.)
    const afterName = prev?.tag === 'nr' && !PLACE_ENDINGS.has(codePoints(prev.text).at(-1) ?? '');
    // (Not a number after a name: 王建国三岁 is his age.)
    // (Nor a preposition after a person, 周先生向市…投诉.)
    const cued = (afterTitle || afterName) && !isAddressTerm(seg.text) && !/^m/.test(seg.tag) && !(afterName && !afterTitle && PREPOSITION_SURNAMES.has(seg.text.charAt(0)));
    // Every rule below needs a title before, an HMM guess (x), a name tag or a double surname
    // (欧阳, which jieba also knows as a place): most words stop here.
    const doubleSurname = doubleSurnames.has(seg.text);
    if (!cued && seg.tag !== 'x' && !NAME_TAGS.has(seg.tag) && !doubleSurname) {
      out.push(seg);
      continue;
    }
    const chars = codePoints(seg.text);
    // (包拯摇摇头: after a name, the verb it does, not a second name.)
    if (doubledVerbPhrase(chars)) {
      out.push(seg);
      continue;
    }
    const next = segs[i + 1] ? retagFalseName(segs[i + 1] ?? raw) : undefined;
    const nextChars = next && allHan(next.text) ? codePoints(next.text) : [];
    // 民警雷鸣及时救起, 记者高明介绍: after a title, a word of two characters that starts with one of
    // the commonest surnames and ends with a given name's character, before what the person does,
    // is the person (not 记者|高兴地说: 地 follows a manner, nor a verb, 记者|张开嘴).
    // (…or before the person's own title: 物理学家方正教授.)
    if (afterTitle && chars.length === 2 && isTopSurname(chars[0] ?? '') && !VERB_SURNAMES.has(chars[0] ?? '') && isCommonWord(seg.text) && !/^(?:v|d|a|ad|vn|m|q|t|f|ns|nt)$/.test(seg.tag) && givenNameOk(chars.slice(1)) && next !== undefined && (FOLLOW_CUES.has(next.text) || isCue(next.text) || (actsNext(next) && !/^[地得的]/u.test(next.text)))) {
      accept(seg.text);
      peopleByCue.add(seg.text);
      continue;
    }
    // (Not from a word that starts like a surname: 童年 in 劳伦斯童年时, 闻言 in 程昱闻言后.)
    // (Nor a court's pseudonym, 被告人林/某强: someoneSurnamed finds it.)
    // (A word is still the person after a friend or classmate, closing the clause or before what the
    // person does: 看见了同学马力。, not "horsepower"; not 同学商量好了.)
    const befriended = RELATIONS_NAMED.has(prev?.text ?? '') && chars.length === 2 && isTopSurname(chars[0] ?? '') && (segs[i + 1] === undefined || /^[\p{P}\s]+$/u.test(segs[i + 1]?.text ?? '') || actsNext(segs[i + 1]));
    if (cued && surnameLength(chars) > 0 && chars.length <= 3 && (!(chars.length >= 2 && isCommonWord(seg.text)) || befriended) && !seg.text.includes('某') && !(segs[i + 1]?.text.includes('某') ?? false)) {
      // After a title: the longest run of whole following segments that forms surname + given name.
      let best = -1;
      let text = '';
      for (let j = i; j < segs.length && j < i + 3; j++) {
        const part = segs[j]?.text ?? '';
        if (!allHan(part)) break;
        text += part;
        const n = codePointCount(text);
        if (n > 4) break;
        // (Not a name whose last character is what the person does, 室友郑好说: 郑好 and 说.)
        // (…nor 王强拍 着: a verb of one character before its particle.)
        const endsInAct = codePointCount(text) === 3 && (NOT_NAME_ENDS.has(codePoints(text)[2] ?? '') || (/^(?:着|了|过|得)$/u.test(segs[j + 1]?.text ?? '') && /^v/.test(jiebaTag(codePoints(text)[2] ?? '') ?? '') && !hasWord(part))) && looksLikeName(codePoints(text).slice(0, 2).join(''));
        const shaped = !endsInAct && (looksLikeName(text) || (afterTitle && (wordlikeSurnameName(text) || endsInZhong(text) || nameBeforeSpeech(text, segs[j + 1]) || (j === i + 1 && (nounGivenName(segs[i], segs[j]) || titledBothSides(segs[i], segs[j], segs[j + 1]))))));
        if (n >= 2 && ((shaped && !(j === i && isCommonWord(text) && !NAME_TAGS.has(seg.tag))) || (befriended && j === i))) best = j;
      }
      // A surname alone (李/明说) or a name so far may have its last character glued to the next word.
      const end = best >= 0 ? best : surnameLength(chars) === chars.length ? i : -1;
      if (end >= 0) {
        const name = segs.slice(i, end + 1).map((s) => s.text).join('');
        const last = afterTitle ? gluedLastCharacter(name, segs[end + 1], segs[end + 2]) : undefined;
        if (last !== undefined) {
          accept(name + last, codePoints(segs[end + 1]?.text ?? '').slice(1).join(''));
          i = end + 1;
          continue;
        }
      }
      if (best >= 0) {
        const name = segs.slice(i, best + 1).map((s) => s.text).join('');
        // (Right after the title, 审判长东方红: a person, whatever else CC-CEDICT calls the characters.)
        if (afterTitle && out[out.length - 1] === prev) peopleByCue.add(name);
        accept(name);
        i = best;
        continue;
      }
    }

    // An HMM guess shaped like a name but ending like a place is one: 查干湖.
    const placeLike = chars.length === 3 && PLACE_ENDINGS.has(chars[2] ?? '') && isCommonSurname(chars[0] ?? '') && givenNameOk(chars.slice(1, 2));
    // 红石镇/x: any guess of two characters no dictionary joins and a town, township or village is one.
    const townLike = chars.length === 3 && /^[镇乡村屯]$/u.test(chars[2] ?? '') && !isCommonWord(chars.slice(0, 2).join('')) && !FUNCTION_CHARS.has(chars[0] ?? '');
    if (seg.tag === 'x' && (placeLike || townLike) && !hasWord(seg.text) && !prepositionThenWord(chars)) {
      out.push({ text: seg.text, tag: 'ns' });
      continue;
    }
    // An HMM guess that is a whole name: 郑力忠, 王金波, 庞智源. (武磊接/x 队友: a name and the verb
    // it does to what follows.)
    // (Not after a measure word or number: 一间/房一晚/x is a room a night.)
    if (seg.tag === 'x' && uncuedName(seg.text) && !(prev !== undefined && !/[个位名]$/u.test(prev.text) && ((prev.text.length === 1 && prev.tag === 'q') || (prev.tag === 'm' && prev.text.length === 2 && /^[一二两三四五六七八九十几半每这那]/u.test(prev.text) && isClassifier(prev.text.charAt(1)))))) {
      if (verbAfterName(seg.text, segs[i + 1])) accept(chars.slice(0, 2).join(''), chars[2] ?? '');
      else accept(seg.text);
      continue;
    }
    // Sentence-initial guess followed by what people do in text (仇英是…, 解缙主持…): a name,
    // even with a rarer surname or only two characters.
    // At the start of a sentence, or after 叫 (我叫周敏): where a bare name may stand.
    const named = prev !== undefined && NAMED_BY.has(prev.text);
    const atStart = prev === undefined || /^[\p{P}\s]+$/u.test(prev.text) || named;
    if (seg.tag === 'x' && atStart && !HEAD_OF.test(seg.text) && (named ? !next || !allHan(next.text) || FOLLOW_CUES.has(next.text) : next && FOLLOW_CUES.has(next.text)) && rarerName(seg.text)) {
      accept(seg.text);
      continue;
    }
    // The HMM sometimes glues the next word on (宋雨琦是): a name, then the rest.
    if (seg.tag === 'x' && chars.length === 4 && uncuedName(chars.slice(0, 3).join(''))) {
      accept(chars.slice(0, 3).join(''), chars[3] ?? '');
      continue;
    }
    // …to a two-character name too (好朋友赵磊来/x 帮忙): a common surname, a given name, and a word
    // that starts what the person does.
    // (…even where the given name and the verb make a word, 郑好说 "Zheng Hao says", not 好说 "easy to deal with".)
    // (…or a verb with its aspect after it: 马丽租/x 了 "Ma Li rented".)
    const actsWithAspect = /^v/.test(jiebaTag(chars[2] ?? '') ?? '') && /^[了着过]$/u.test(segs[i + 1]?.text ?? '') && isTopSurname(chars[0] ?? '');
    if (seg.tag === 'x' && chars.length === 3 && (ACT_STARTS.has(chars[2] ?? '') || actsWithAspect) && isCommonSurname(chars[0] ?? '') && givenNameOk(chars.slice(1, 2)) && (!hasWord(chars.slice(1).join('')) || (chars[2] === '说' && isTopSurname(chars[0] ?? ''))) && !hasWord(chars.slice(0, 2).join(''))) {
      accept(chars.slice(0, 2).join(''), chars[2] ?? '');
      continue;
    }
    // …or 叫 and a name of two (叫林悦/x 的女孩).
    if (seg.tag === 'x' && chars.length === 3 && NAMED_BY.has(chars[0] ?? '') && looksLikeName(chars.slice(1).join('')) && !hasWord(chars.slice(1).join('')) && isCommonSurname(chars[1] ?? '')) {
      out.push({ text: chars[0] ?? '', tag: 'v' });
      accept(chars.slice(1).join(''));
      continue;
    }
    // …or the word before (叫罗佳怡): the word that introduces the name, then the name.
    if (seg.tag === 'x' && chars.length === 4 && (NAMED_BY.has(chars[0] ?? '') || BEFORE_PERSON.has(chars[0] ?? '')) && uncuedName(chars.slice(1).join(''))) {
      out.push({ text: chars[0] ?? '', tag: forcedTag(chars[0] ?? '') });
      accept(chars.slice(1).join(''));
      continue;
    }
    // Two characters (李鹏/nr, 郑力/x) plus a stranded given-name character (飞, or 飞 of 飞松/x).
    // (Not an adjective and 得 before a verb: 蓝得/x 像/v 大海.)
    const particle = (chars[1] === '得' || chars[1] === '了') && /^v/.test(next?.tag ?? '');
    // (A double surname is the rule after this one's: its given name may have two characters, 司马/晓/雯.)
    if ((NAME_TAGS.has(seg.tag) || seg.tag === 'x') && chars.length === 2 && nextChars.length >= 1 && !particle && !(doubleSurname && (nextChars.length === 1 || !/^v/.test(jiebaTag(nextChars[1] ?? '') ?? '')))) {
      const takesOne = nextChars.length === 1 || (next?.tag === 'x' && nextChars.length === 2);
      const name = seg.text + (nextChars[0] ?? '');
      // (Not a verb the person does: 王维/考/中 "passed the exam", 武磊/接/队友.)
      // (Nor a verb glued to its aspect, 孙悦/考了/x 全班第一.)
      const aspect = nextChars.length === 2 && /^[了着过]$/u.test(nextChars[1] ?? '') ? { text: nextChars[1] ?? '', tag: 'ul' } : undefined;
      const acts = (nextChars.length === 1 && verbAfterName(name, segs[i + 2])) || (aspect !== undefined && verbAfterName(name, aspect));
      // (Nor a preposition, conjunction or adverb after a person the dictionary knows: 苏轼/nr 因/p
      // "because of", 李渊/nr 便/d; nor 便, 却, 就 after anyone: 刘洋/x 便接/x.)
      const knownThenWord = (/^(?:p|c|d)$/.test(next?.tag ?? '') && knownPerson(seg.text)) || NOT_NAME_ENDS.has(nextChars[0] ?? '');
      // (Nor a verb after a court's 某 pseudonym: 孙某/x 住在.)
      const pseudonymActs = chars[1] === '某' && /^v/.test(next?.tag ?? '');
      // (Nor where something lies after a preposition: 在田垄/nr 间 "between the ridges".)
      const where = next?.tag === 'f' && /^(?:在|从|到|于|往|向|自)$/u.test(prevMeaningful()?.text ?? '');
      if (where && !hasWord(seg.text) && !knownPerson(seg.text)) {
        out.push({ text: seg.text, tag: seg.tag === 'x' ? 'x' : 'n' });
        continue;
      }
      if (takesOne && !acts && !knownThenWord && !pseudonymActs && !where && (uncuedName(name) || (NAME_TAGS.has(seg.tag) && looksLikeName(name) && isCommonSurname(chars[0] ?? '')))) {
        accept(name, nextChars.slice(1).join(''));
        i++;
        continue;
      }
    }
    // A double surname, whatever jieba tagged it, then a given name jieba took for a name part:
    // 欧阳/ns 娜娜/nrt. (Not an HMM guess: 司徒 is also a title, 司徒/n 马燧/x a title and a name.)
    if (doubleSurname && next && nextChars.length >= 1 && givenNameOk(nextChars)) {
      if (NAME_TAGS.has(segs[i + 1]?.tag ?? '') && !isCommonWord(next.text)) {
        accept(seg.text + next.text);
        i++;
        continue;
      }
    }
    // 诸葛/晓/雯 是, 司徒/静 在: a double surname, then one or two characters left one by one that
    // make a given name, then what the person does or the clause's end.
    // (…or jieba's guess of the two, 诸葛/晓雯/x.)
    // 司马老师, 欧阳女士, 欧阳奶奶: a double surname before a title or kin is the person so called.
    if (doubleSurname && next !== undefined && (isCue(next.text) || HONORIFICS.test(next.text) || KIN_CALLED.test(next.text)) && seg.text !== '东方') {
      accept(seg.text);
      continue;
    }
    if (doubleSurname) {
      // The given name: jieba's guess of two, or two or one characters left alone (the longest that
      // is followed by what a person does: 诸葛/伟/说 is 诸葛伟 saying, not a given name 伟说).
      const tries: [string, number][] = [];
      const guess = segs[i + 1]?.tag === 'x' ? codePoints(segs[i + 1]?.text ?? '') : [];
      if (guess.length === 2) {
        // (…or one character and what the person does, glued: 诸葛/伟说/x.)
        if (AFTER_PERSON.has(guess[1] ?? '') && givenNameOk([guess[0] ?? '']) && !hasWord(seg.text + (guess[0] ?? ''))) {
          accept(seg.text + (guess[0] ?? ''), guess[1] ?? '');
          i++;
          continue;
        }
        tries.push([segs[i + 1]?.text ?? '', i + 2]);
      } else {
        const single = (k: number): boolean => codePointCount(segs[k]?.text ?? '') === 1 && allHan(segs[k]?.text ?? '') && !NOT_GIVEN.has(segs[k]?.text ?? '');
        if (single(i + 1) && single(i + 2)) tries.push([(segs[i + 1]?.text ?? '') + (segs[i + 2]?.text ?? ''), i + 3]);
        if (single(i + 1)) tries.push([segs[i + 1]?.text ?? '', i + 2]);
      }
      // (…or a word of two that is a given name too, 司马|天明 一家三口, 欧阳|建国，: a double surname
      // is seldom anything else.)
      const word = segs[i + 1];
      // (Not where a place is, 南宫|一带: a double surname is sometimes a place too.)
      if (word !== undefined && codePointCount(word.text) === 2 && allHan(word.text) && seg.text !== '东方' && !NOT_GIVEN.has(word.text.charAt(0)) && !isCue(word.text) && !/^(?:m|f|q|p|c|u|r|d|t|s)/.test(word.tag) && !/^(?:一带|地区|附近|境内|一线|周边|以南|以北|以东|以西)$/u.test(word.text)) tries.push([word.text, i + 2]);
      // (Or whose something it is, or what the person won: 司徒静的画, 诸葛晓雯得了一等奖.)
      const found = tries.find(([given, k]) => {
        const after = segs[k];
        return givenNameOk(codePoints(given)) && !(given.length > 1 && isCommonWord(given) && given !== segs[i + 1]?.text) && !hasWord(seg.text + given) && (after === undefined || !allHan(after.text) || /^(?:一家|夫妇|一行|今年|全家|父子|母女|父女|母子)/u.test(after.text) || FOLLOW_CUES.has(after.text) || AFTER_PERSON.has(after.text) || actsNext(after) || /^(?:的|得)$/u.test(after.text) || (codePointCount(after.text) >= 3 && isVerbWord(after.text.slice(0, 2))) || (after.tag === 'x' && /^v/.test(jiebaTag(after.text.charAt(0)) ?? '')));
      });
      if (found) {
        accept(seg.text + found[0]);
        i = found[1] - 1;
        continue;
      }
    }
    // 司马晓/nr 雯: jieba's name of a double surname and one character, and the given name's second.
    if (NAME_TAGS.has(seg.tag) && chars.length === 3 && doubleSurnames.has(chars.slice(0, 2).join('')) && !hasWord(seg.text) && /^(?:nr|nrt|nrfg|x|ng|nz)$/.test(next?.tag ?? '') && nextChars.length === 1 && givenNameOk([chars[2] ?? '', nextChars[0] ?? '']) && !hasWord(seg.text + (next?.text ?? '')) && !NOT_GIVEN.has(nextChars[0] ?? '') && !/^[的了着过得地和与跟说是在也都就又还把被给等]$/u.test(nextChars[0] ?? '')) {
      accept(seg.text + (next?.text ?? ''));
      i++;
      continue;
    }
    // Surname + one given-name character at the start of a sentence before what people do (李/明/说,
    // 张/伟/是), or after 叫 (我叫周/敏): a two-character name jieba left in pieces.
    if (atStart && chars.length === 1 && isCommonSurname(seg.text) && next && nextChars.length === 1 && givenNameOk(nextChars) && !hasWord(seg.text + next.text)) {
      const after = segs[i + 2];
      if (!after || !allHan(after.text) || FOLLOW_CUES.has(after.text) || named) {
        accept(seg.text + next.text);
        i++;
        continue;
      }
    }
    // …and with 说 glued to the given name (李/明说 "to say explicitly").
    const glued = atStart && chars.length === 1 && isCommonSurname(seg.text) ? gluedLastCharacter(seg.text, segs[i + 1]) : undefined;
    if (glued !== undefined) {
      accept(seg.text + glued, nextChars.slice(1).join(''));
      i++;
      continue;
    }
    // A surname jieba tagged as a name part, then the given name: 隋/nr 二龙/nrt.
    if (NAME_TAGS.has(seg.tag) && chars.length === 1 && next && nextChars.length >= 1 && nextChars.length <= 2) {
      const name = seg.text + next.text;
      const nextTag = segs[i + 1]?.tag ?? '';
      if ((NAME_TAGS.has(nextTag) || nextTag === 'x') && looksLikeName(name) && !isCommonWord(next.text)) {
        accept(name);
        i++;
        continue;
      }
    }
    out.push(seg);
  }
  return { segments: withoutFalseNames(out, names), names };
}

/**
 * 钱花得/nr 不冤枉, 单家三/nr 兄妹, 马走日/nr, 农民种茶/nr: "names" the rules above made of jieba's
 * guesses that end in a particle, in a numeral before what it counts or in a date's year or day, or
 * that are a verb and what it works on after a surname no one commonly bears (种 "to plant" + 茶):
 * given back as jieba's pieces (which later passes cut into words), and no longer names found in
 * the text. (Given names that end in a numeral stay: 王德一, 景梅九, 马汉三.)
 */
/** Words of time no given name is (当天 "the same day", 今年). */
const TIME_AFTER_NAME = /^(?:当天|当时|今天|明天|昨天|当年|那天|今年|明年|去年|当晚|当日|次日|随后|之后|以后|以前|当初)$/u;

function withoutFalseNames(segs: Segment[], names: Set<string>): Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const chars = seg.tag === 'nr' && allHan(seg.text) && !hasWord(seg.text) ? codePoints(seg.text) : NO_CHARS;
    const last = chars[chars.length - 1] ?? '';
    const next = segs[i + 1]?.text ?? '';
    // (A numeral ends a name where what it counts follows, 严氏三|姐妹, 彭城二|郡, or where 一 opens a
    // word, 石勒一|开始; a year or a day where a number follows, 邓禹年|五十七岁, 王五年.)
    const counted = NUMERAL_CHARS.has(last) && (/^[氏家]$/u.test(chars[1] ?? '') || /^(?:姐妹|兄妹|兄弟|郡|县|国|省|州|房|嫂|哥|姐|弟|妹|口|个|位)/u.test(next) || (last === '一' && /^(?:开始|起|直|样|般|定|致|共|些|下|旦)/u.test(next)) || (/^[十百千万亿]/u.test(next) && /^m/.test(segs[i + 1]?.tag ?? '')));
    const dated = /^[日年月]$/u.test(last) && (NUMERAL_CHARS.has(chars[1] ?? '') || /^m/.test(segs[i + 1]?.tag ?? ''));
    const endsBadly = chars.length === 3 && surnameLength(chars) === 1 && (/^[得的地了着过]$/u.test(last) || counted || dated);
    // (…or a verb and the crop, the animal or the thing it works on, 种茶, 养鱼, 采药.)
    const verbAndObject = chars.length === 2 && !isCommonSurname(chars[0] ?? '') && hasVerbSense(chars[0] ?? '') && /^[茶菜树花地田粮棉瓜果稻麦草药鱼虾猪牛羊鸡鸭蚕蜂]$/u.test(chars[1] ?? '');
    // (…or a word of time after a character that only looks like a surname, 卖家后|当天: no one called Hou Dangtian.)
    const timed = chars.length === 3 && TIME_AFTER_NAME.test(chars.slice(1).join(''));
    if (timed) {
      out ??= segs.slice(0, i);
      names.delete(seg.text);
      out.push({ text: chars[0] ?? '', tag: forcedTag(chars[0] ?? '') }, { text: chars.slice(1).join(''), tag: 't' });
      continue;
    }
    if (!endsBadly && !verbAndObject) {
      out?.push(seg);
      continue;
    }
    out ??= segs.slice(0, i);
    names.delete(seg.text);
    // (程阳一|开始, 邓禹年|五十七岁: a name of two, then the numeral or the year; 严氏三: the family.)
    // (Not "nearly" or "about" before the number, 黑杨|近四|万亩: no name there.)
    if ((counted || dated) && !/^[氏家近约超逾仅共]$/u.test(chars[1] ?? '') && givenNameOk([chars[1] ?? ''])) {
      const name = chars.slice(0, 2).join('');
      out.push({ text: name, tag: 'nr' }, { text: last, tag: NUMERAL_CHARS.has(last) ? 'm' : 'q' });
      names.add(name);
      continue;
    }
    out.push(...segmentFree(seg.text));
  }
  return out ?? segs;
}

/**
 * 白城、松原、四|平等|地: a place, then 等地 "and other places", which jieba cut through (四平 + 等,
 * not 平等 "equal"). The same for 等县, 等市 and the like.
 */
function placesEtc(segs: Segment[]): Segment[] {
  // (Copied only once something changes.)
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const glued = segs[i + 1];
    const after = segs[i + 2];
    if (glued && after && glued.text.length === 2 && glued.text.charAt(1) === '等' && /^[地县市区省州国]/u.test(after.text) && seg.text.length <= 2 && allHan(seg.text) && knownPlace(seg.text + glued.text.charAt(0))) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text + glued.text.charAt(0), tag: 'ns' }, { text: '等', tag: 'u' });
      i++;
      continue;
    }
    out?.push(seg);
  }
  return out ?? segs;
}

/**
 * Whether segments `from`..`to` are one item of a list of things of a kind (绿茶、白茶、黄茶和黑茶):
 * an item next to it, past a 、 or 和, ends with the same character.
 */
function itemsAlike(segs: readonly Segment[], from: number, to: number): boolean {
  const last = (segs[to]?.text ?? '').slice(-1);
  const before = LIST_JOINS.has(segs[from - 1]?.text ?? '') ? segs[from - 2] : undefined;
  const after = LIST_JOINS.has(segs[to + 1]?.text ?? '') ? segs[to + 2] : undefined;
  return last !== '' && [before, after].some((x) => x !== undefined && x.text.length >= 2 && x.text.slice(-1) === last);
}

/** What separates the people of a list (雷佳音、马丽和赵丽颖) or ends it (…等). */
const LIST_JOINS = new Set(['、', '和', '与', '及', '以及', '等', '等人']);

/**
 * 雷/佳音、马丽、赵丽颖等: in a list of people, an item that is a common surname and a given name
 * (one or two characters, even a word, 佳音 "good news") is a person too. (Only next to a person
 * already found: 张/明亮 alone may be a sheet of something bright.)
 */
function namesInLists(found: { segments: Segment[]; names: Set<string> }): { segments: Segment[]; names: Set<string> } {
  if (!found.segments.some((s) => s.text === '、')) return found;
  // (Each found person may show the next: 张/明亮、李/文静和王强, from the end.)
  let segs = found.segments;
  for (let round = 0; round < 3; round++) {
    const next = peopleNextToPeople(segs, found.names);
    if (next.length === segs.length) break;
    segs = next;
  }
  return { segments: segs, names: found.names };
}

function peopleNextToPeople(segs: readonly Segment[], names: Set<string>): Segment[] {
  // (A person shaped like a name; not 乌龙茶, whatever jieba tagged it.)
  const person = (s: Segment | undefined): boolean => s !== undefined && s.tag === 'nr' && s.text.length >= 2 && looksLikeName(s.text);
  // Where an item may start: one to three segments before or after a person the list joins.
  // (Most texts have none: the pass stops here.)
  const starts = new Set<number>();
  segs.forEach((s, i) => {
    if (s.tag !== 'nr' || s.text.length < 2) return;
    if (LIST_JOINS.has(segs[i - 1]?.text ?? '')) {
      starts.add(i - 3);
      starts.add(i - 2);
    }
    if (segs[i + 1]?.text === '、') starts.add(i + 2);
  });
  if (starts.size === 0) return segs as Segment[];
  const out: Segment[] = [];
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    if (!seg || !starts.has(i)) {
      if (seg) out.push(seg);
      continue;
    }
    // The item: jieba's guess of the whole name (赵刚/x), or a surname and its given name (雷/佳音).
    const guess = seg.tag === 'x' && codePointCount(seg.text) >= 2 && codePointCount(seg.text) <= 3;
    const given = guess ? undefined : segs[i + 1];
    const last = guess ? i : i + 1;
    const name = seg.text + (given?.text ?? '');
    const before = segs[i - 1];
    const after = segs[last + 1];
    const listed = (before?.text === '、' && person(segs[i - 2])) || (after !== undefined && LIST_JOINS.has(after.text) && after.text !== '等' && person(segs[last + 2]));
    // (The first item may follow anything, 参加的有赵刚、钱多多: the 、 after it shows the list.)
    const opens = before === undefined || LIST_JOINS.has(before.text) || /^[\p{P}\s]+$/u.test(before.text) || after?.text === '、';
    const item = opens && (after === undefined || LIST_JOINS.has(after.text) || /^[\p{P}\s]+$/u.test(after.text));
    const givenOk = guess || (given !== undefined && seg.text.length === 1 && allHan(given.text) && codePointCount(given.text) <= 2);
    const surname = codePoints(seg.text)[0] ?? '';
    // (Not a family's village, 陈家宅、王家弄.)
    const village = codePoints(name)[1] === '家' && /[宅弄桥湾沟屯堡营庄店坊巷村湖港岭坡]$/u.test(name);
    if (item && listed && givenOk && !village && !itemsAlike(segs, i, last) && isCommonSurname(surname) && !NOT_GIVEN.has(surname) && looksLikeName(name) && !hasWord(name)) {
      out.push({ text: name, tag: 'nr' });
      names.add(name);
      i = last;
      continue;
    }
    out.push(seg);
  }
  return out;
}

/**
 * 白山市|民张淑芬: jieba gave the city its 市 and left 民 on the name; it is 白山 + 市民 "resident"
 * + the name (then recognised after 市民 like after any role). Likewise 县民, 村民.
 */
const MIN = '民'.charCodeAt(0);

function cityDwellers(segs: Segment[]): Segment[] {
  if (!segs.some((s) => s.text.charCodeAt(0) === MIN)) return segs;
  const out: Segment[] = [];
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    const next = segs[i + 1];
    const place = seg?.text.slice(0, -1) ?? '';
    const dweller = seg ? `${seg.text.slice(-1)}民` : '';
    if (seg && next && seg.tag === 'ns' && /[市县村]$/u.test(seg.text) && place.length >= 2 && next.text.startsWith('民') && hasWord(dweller) && looksLikeName(next.text.slice(1)) && !hasWord(next.text)) {
      out.push({ text: place, tag: 'ns' }, { text: dweller, tag: 'n' }, { text: next.text.slice(1), tag: 'x' });
      i++;
    } else if (seg) out.push(seg);
  }
  return out;
}

/**
 * 店|长宁/ns|晓峰, 厂|长安/ns|晓东: jieba took a title's last character and the surname after it for
 * a word (长宁 Changning, 长安 Chang'an), leaving the title cut short; it is the title (店长
 * "store manager") and the person, whose given name follows (then recognised after the title like
 * any). Only where the title is a dictionary word and what follows is shaped like a given name that
 * is no common word (工厂|长期, 厂|长江|大桥 stay).
 */
function titlesGluedToSurnames(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const glued = titleAndName(segs[i] as Segment, segs[i + 1], segs[i + 2]);
    if (glued) {
      out ??= segs.slice(0, i);
      out.push(...glued);
      i += 2;
      continue;
    }
    out?.push(segs[i] as Segment);
  }
  return out ?? segs;
}

/** The title and the person of 店|长宁|晓峰 (see titlesGluedToSurnames), if the three pieces are those. */
function titleAndName(head: Segment, seg: Segment | undefined, given: Segment | undefined): [Segment, Segment] | undefined {
  if (seg === undefined || given === undefined || seg.text.length !== 2 || !allHan(seg.text)) return undefined;
  const title = head.text + seg.text.charAt(0);
  const surname = seg.text.charAt(1);
  if (head.text.length > 2 || !allHan(head.text) || !isCue(title) || !hasWord(title) || hasWord(head.text + seg.text) || !isCommonSurname(surname) || NOT_GIVEN.has(surname)) return undefined;
  const chars = codePoints(given.text);
  const named = chars.length === 2 ? given.tag === 'x' || NAME_TAGS.has(given.tag) || !isCommonWord(given.text) : chars.length === 1 && (given.tag === 'x' || NAME_TAGS.has(given.tag));
  if (!named || !allHan(given.text) || !givenNameOk(chars) || hasWord(surname + given.text)) return undefined;
  return [{ text: title, tag: forcedTag(title) }, { text: surname + given.text, tag: 'nr' }];
}

/** What comes right before a surname said alone: 老王, 小李, 阿张, 姓熊. */
const BEFORE_BARE_SURNAME = new Set(['老', '小', '阿', '姓']);

/**
 * A surname alone that is plainly not one: counted (本/周 "this week", 一只/熊) or a dictionary
 * word with the character after it (温/水 "warm water"), unless after 老, 小, 阿 or 姓 (老/王).
 * Bare surnames after anything else stay names: jieba leaves many names in pieces (李/敏, 赵/兴).
 */
/** What a housing estate's or a garden's name ends with, after a word (桂花苑, 翠竹园). */
const ESTATE_ENDS = new Set([...'苑园府庄阁轩']);

function bareSurnames(segs: Segment[]): Segment[] {
  if (!segs.some((s) => s.tag === 'nr')) return segs;
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    if (!seg) continue;
    const next = segs[i + 1];
    // 连/nr 盘子都吃光了, 连/nr 得两分: "even" or "in succession", not the surname Lian.
    // (连/nr 摔倒了五个对手: "in a row", before a verb and its 了.)
    if (seg.tag === 'nr' && seg.text === '连' && (/^[得胜赢输续夺获着]/.test(next?.text ?? '') || (/^v/.test(next?.tag ?? '') && segs[i + 2]?.text === '了') || clauseOf(segs.slice(i + 1, i + 12)).some((s) => s.text === '都' || s.text === '也'))) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text, tag: 'd' });
      continue;
    }
    // 忙得连数钱/nr 的时间都没有: 连…都 "not even", and what follows 连, no one called Lian Shuqian.
    if (seg.tag === 'nr' && seg.text.length === 3 && seg.text.startsWith('连') && !hasWord(seg.text) && clauseOf(segs.slice(i + 1, i + 8)).some((s) => s.text === '都' || s.text === '也')) {
      out ??= segs.slice(0, i);
      const rest = seg.text.slice(1);
      out.push({ text: '连', tag: 'd' }, ...(hasWord(rest) ? [{ text: rest, tag: forcedTag(rest) }] : codePoints(rest).map((c) => ({ text: c, tag: forcedTag(c) }))));
      continue;
    }
    // 孙子/nr 们: people pluralised are a common noun (grandsons), not Sun Tzu; so are someone's
    // (他的孙子, 我孙子) or one counted (一个孙子, 两个孙子).
    // (Not a surname alone, 的李女士: the person named.)
    // (Nor one taken along or looked after, 带着孙子, 照顾孙子: kin after a verb.)
    const kinObject = KIN_RANKED.test(seg.text) && (/^v/.test(segs[i - 1]?.tag ?? '') || /^[着了过和跟与给]$/u.test(segs[i - 1]?.text ?? ''));
    // (Nor a double surname before its title, 的上官老师.)
    if (seg.tag === 'nr' && (next?.text === '们' || (seg.text.length >= 2 && OWNER_BEFORE.test(segs[i - 1]?.text ?? '')) || kinObject) && isCommonWord(seg.text) && !(next !== undefined && isAddressTerm(next.text) && nameData().doubleSurnames.has(seg.text))) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text, tag: 'n' });
      continue;
    }
    if (seg.tag !== 'nr' || seg.text.length !== 1) {
      out?.push(seg);
      continue;
    }
    const prev = segs[i - 1];
    // 桂花/n 苑/nr: a housing estate or a garden named by the word before it (Osmanthus Garden), not surname Yuan.
    const last = out ? out[out.length - 1] : prev;
    if (last !== undefined && ESTATE_ENDS.has(seg.text) && codePointCount(last.text) === 2 && /^(?:n|nz|ns)$/.test(last.tag) && allHan(last.text) && !isCue(last.text)) {
      out ??= segs.slice(0, i);
      out[out.length - 1] = { text: last.text + seg.text, tag: 'ns' };
      continue;
    }
    // 宿/nr 管 员: the first character of a job that ends in 员 (宿管员 "dormitory supervisor"), no one surnamed Su.
    if (next !== undefined && next.text.length === 1 && allHan(next.text) && !NAME_TAGS.has(next.tag) && /^[员工师长]$/u.test(segs[i + 2]?.text ?? '')) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text, tag: everydayTag(seg.text) ?? 'n' });
      continue;
    }
    // 温/nr 水: one word with the character after it (温水 "warm water").
    const word = next && next.text.length === 1 && !NAME_TAGS.has(next.tag) && !(prev && BEFORE_BARE_SURNAME.has(prev.text)) ? seg.text + next.text : '';
    if (word && sharedEntries(word).some((e) => !/^[A-Z]/.test(e.pinyin))) {
      out ??= segs.slice(0, i);
      const tag = forcedTag(word);
      out.push({ text: word, tag: tag === 'nr' ? 'n' : tag });
      i++;
      continue;
    }
    // 温/nr 开水: warmth (or a colour, a size) describing the thing after it.
    // (Not before a title or a form of address, 黄医生: Dr Huang, 冷师傅: Master Leng.)
    const common = next && next.text.length === 2 && !isCue(next.text) && !isAddressTerm(next.text) && describedThing([seg.text, ...next.text]) ? everydayTag(seg.text) : commonWordTag(seg, prev, next);
    if (common) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text, tag: common });
    } else out?.push(seg);
  }
  return out ?? segs;
}

function commonWordTag(seg: Segment, prev: Segment | undefined, next: Segment | undefined): string | undefined {
  // 扔进了江里, 湖边: water or land with "inside" or "beside" after it; 连着: a verb and its aspect.
  // (Not a syllable of a foreign name: 格兰迪纳里亚.)
  if (next !== undefined && ((/^[江河湖海溪池山林田]$/u.test(seg.text) && /^(?:里|边|畔|岸)$/.test(next.text)) || /^(?:着|过)$/.test(next.text))) return everydayTag(seg.text);
  // 由县委书记任组长: 任 "to serve as", before the post.
  if (seg.text === '任' && next !== undefined && isCue(next.text)) return 'v';
  // 结账时: when something is done; 大益队, 某公司: a team's or company's name, not a person.
  if (prev !== undefined && seg.text === '时' && /^(?:v|vn|n)$/.test(prev.tag) && codePointCount(prev.text) >= 2) return everydayTag(seg.text);
  if (next !== undefined && /^(?:队|公司|集团|俱乐部|厂)$/.test(next.text)) return everydayTag(seg.text);
  // 监测司, 城市司: a department after what it deals with, closing the name (not 记者|王).
  if (prev !== undefined && /^(?:n|vn|ns)$/.test(prev.tag) && codePointCount(prev.text) >= 2 && !isCue(prev.text) && '司处'.includes(seg.text) && (next === undefined || !allHan(next.text) || /^[和与及的]$/u.test(next.text) || isCue(next.text) || /^(?:首席|副)/u.test(next.text))) return everydayTag(seg.text);
  // 夏商时期, 夏商周: a dynasty beside another.
  if (DYNASTY_CHARS.includes(seg.text) && ((next !== undefined && DYNASTY_CHARS.includes(next.text.charAt(0))) || (prev !== undefined && DYNASTY_CHARS.includes(prev.text.slice(-1))))) return everydayTag(seg.text) ?? 'nz';
  // 戴着金面具: after a verb or its aspect, a surname before a frequent thing (面具 "mask") describes it; no one is named there.
  if (prev !== undefined && /^(?:v|u)/.test(prev.tag) && next !== undefined && codePointCount(next.text) === 2 && next.tag === 'n' && isCommonWord(next.text) && rankOf(next.text) <= FREQUENT_RANK && !isCue(next.text) && !isAddressTerm(next.text)) return everydayTag(seg.text);
  // 不施化肥, 够辣够麻, 没施: after a negation, a modal or a degree word it is a verb or an adjective.
  if (prev !== undefined && /^(?:不|没|没有|别|未|要|会|能|可以|够|很|太|更|最|挺)$/.test(prev.text) && next !== undefined && !NAME_TAGS.has(next.tag)) return everydayTag(seg.text);
  // After 本, 这, 每 or a number it is counted: 本周 "this week", 一只熊, never a person.
  // (Not a flat's number before its neighbour, 302周阿姨: Auntie Zhou of flat 302.)
  const counted = prev !== undefined && (/^[mq]$/.test(prev.tag) || /^[本这那每该]$/.test(prev.text)) && !(/^[0-9０-９]+$/u.test(prev.text) && next !== undefined && ELDER_ADDRESS.test(next.text));
  // 过江, 渡江, 沿江: the river crossed or followed, not someone surnamed Jiang.
  const crossed = prev !== undefined && /^(?:过|渡|跨|跨过|沿|沿着|横渡|渡过|越过)$/.test(prev.text) && /^[江河湖海]$/.test(seg.text);
  if (counted || crossed) return everydayTag(seg.text);
  // 黄山归来不看岳。, 到江中间, 池|北区, 谷|滑雪场: a surname alone that starts no name, closing
  // the clause or before a noun or place no given name makes (not 姜|永福, 王|师傅, nor 王|表示,
  // the person doing something), after no title (记者|王), is the everyday word.
  // (Nor a nickname, 大董; nor a foreign name's, 哈珀·李; nor a dynasty or a state, 唐, 金, 魏; nor a
  // city's short name, 京沈铁路.)
  // 春养肝，夏养心: a season and what to do in it, no one surnamed Xia.
  if (/^[春夏秋冬]$/u.test(seg.text) && next !== undefined && /^[养补护防保调润清]/u.test(next.text)) return 't';
  // 恒温恒湿: the character again, said in parallel with the word before that it starts.
  if (prev !== undefined && prev.text.length === 2 && prev.text.charAt(0) === seg.text && next !== undefined && next.text.length === 1 && allHan(next.text)) return everydayTag(seg.text);
  // (Most bare surnames stop at the first test: before a word of one character, or of a verb.)
  if (next !== undefined && (next.text.length === 1 ? allHan(next.text) : !/^(?:n|ns|nt|nz|f|s|l|x)$/.test(next.tag))) return undefined;
  if (prev !== undefined && (isCue(prev.text) || BEFORE_BARE_SURNAME.has(prev.text) || prev.text === '大' || /^[·•・]$/u.test(prev.text))) return undefined;
  // (A province's short name only before something it names, 京沈; 增甘。 closing the clause after a verb is the taste.)
  const closesAfterVerb = (next === undefined || !allHan(next.text)) && prev !== undefined && prev.text.length === 1 && /^v/.test(prev.tag);
  if (STATE_CHARS.includes(seg.text) || (!closesAfterVerb && sharedEntries(seg.text).some((e) => /^[A-Z]/.test(e.pinyin) && e.senses.some((x) => /^(?:short name|abbr\.) for/.test(x))))) return undefined;
  const closing = next === undefined || (/^\p{P}+$/u.test(next.text) && !/^[：:·•・]/u.test(next.text));
  // (Not a given name that is a noun, 王|和平 病死; nor what a person says or asks, 李|问道.)
  const noun = next !== undefined && allHan(next.text) && codePointCount(next.text) >= 2 && /^(?:n|ns|nt|nz|f|s|l)$/.test(next.tag) && !looksLikeName(seg.text + next.text) && !nounGivenName(seg, next) && !isAddressTerm(next.text) && !isCue(next.text) && !HONORIFICS.test(next.text) && !FOLLOW_CUES.has(next.text) && !/^[说问答笑道讲叫喊哭]/u.test(next.text);
  return closing || noun ? everydayTag(seg.text) : undefined;
}

/** Dynasties that share their character with a surname (夏, 商, 周…). */
const DYNASTY_CHARS = '夏商周秦汉晋隋唐宋元明清';
/** Dynasties and states of old that share their character with a surname: a bare one is no everyday word (攻金, 归唐, 诸夏). */
const STATE_CHARS = `${DYNASTY_CHARS}魏蜀吴金辽燕赵齐楚韩陈蔡鲁郑卫梁越`;

/** Words after which a word that is also a place is the place: 去大理, 在大理开店. */
const TO_A_PLACE = new Set(['在', '去', '到', '来到', '前往', '飞往', '抵达', '回到', '住在', '位于', '来自', '游览', '途经', '经过', '离开']);

/** A proper noun's first sense that makes it a place, or refers to one (大理: "see 大理市[Da4 li3 Shi4]"). */
const PLACE_SEEN = new RegExp(`${PLACE_SENSE.source}|^see \\S*?[市县州省区镇乡岛湖山]\\[`, 'i');

/**
 * 大理 is "judicial officer" and the city of Dali, 金山 gold and a district: after 去, 在 and the
 * like, where one goes or is, the place (tagged ns, which orders its entry first).
 */
function placesGoneTo(segs: Segment[]): Segment[] {
  for (let i = 1; i < segs.length; i++) {
    const seg = segs[i];
    const prev = segs[i - 1];
    // 金山银山, 绿水青山就是金山银山: mountains of gold and silver (wealth), not Jinshan district.
    if (seg?.text === '银山' && prev?.text === '金山') {
      segs[i - 1] = { text: '金山', tag: 'n' };
      segs[i] = { text: '银山', tag: 'n' };
      continue;
    }
    // (留在了平遥: after the verb's 了 too.)
    const gone = prev !== undefined && (TO_A_PLACE.has(prev.text) || (prev.text === '了' && /[在到往]$/u.test(segs[i - 2]?.text ?? '')));
    // (平遥/a: jieba's adjective or verb too, for a word the dictionary knows only as a place.)
    const otherTag = seg !== undefined && /^(?:a|v|d|ad|an)$/.test(seg.tag);
    if (!seg || !gone || seg.text.length < 2 || (!/^(?:n|nz|j)$/.test(seg.tag) && !otherTag)) continue;
    // (Not a thing, then where at it: 在樟树下 "under the camphor tree", not at Zhangshu.)
    if (/^[下上里旁边前后]$/u.test(segs[i + 1]?.text ?? '') && segs[i + 1]?.tag === 'f') continue;
    const entries = sharedEntries(seg.text);
    if (otherTag && !entries.every((e) => /^[A-Z]/.test(e.pinyin))) continue;
    if (entries.some((e) => /^[A-Z]/.test(e.pinyin) && PLACE_SEEN.test(e.senses[0] ?? ''))) segs[i] = { text: seg.text, tag: 'ns' };
  }
  return segs;
}

/**
 * 查干/x 湖冬捕/x: jieba's guesses cut a lake's, mountain's or town's name before its last
 * character; the name takes it back (查干湖), and the rest is its own word (冬捕).
 */
function placeGuesses(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const next = segs[i + 1];
    if (seg.tag !== 'x' || next?.tag !== 'x') {
      out?.push(seg);
      continue;
    }
    const rest = next.text.slice(1);
    const cut =
      next !== undefined &&
      seg.tag === 'x' &&
      next.tag === 'x' &&
      codePointCount(seg.text) === 2 &&
      codePointCount(next.text) >= 3 &&
      allHan(seg.text + next.text) &&
      /^[湖山江河镇村屯岭峰岛]$/u.test(next.text.charAt(0)) &&
      codePointCount(rest) >= 2 &&
      !isCommonWord(seg.text);
    if (cut) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text + next.text.charAt(0), tag: 'ns' }, { text: rest, tag: hasWord(rest) ? forcedTag(rest) : 'x' });
      i++;
    } else out?.push(seg);
  }
  return out ?? segs;
}

/** Whether `next` names a place or starts what only follows a place's name. */
function placeAfter(next: Segment | undefined): boolean {
  return next !== undefined && (NAME_TAGS.has(next.tag) || next.tag === 'ns' || ONLY_PLACES_AFTER.has(next.text) || /^[乡镇村县区市湖山河]/u.test(next.text));
}

const NO_CHARS: readonly string[] = [];

/** Words that hail someone: 喂，小雨吗？ */
const HAILS = new Set(['喂', '嗨', '哎', '诶', '嘿']);

/** Marks that end a clause or open a quotation, after which a name may stand. */
const CLAUSE_MARKS = new Set(Array.from('，。！？；：、“”‘’（）《》,.!?;: \n'));

/** First characters of what namesWhereOnlyPeopleStand looks at away from 的, relations and punctuation. */
const PEOPLE_STARTS = new Set(Array.from('小阿和跟同与给对'));

/** People one names a person after: 女朋友小雅, 同事李静. */
const RELATIONS = new Set(['男孩', '女孩', '小男孩', '小女孩', '孩子', '宝宝', '小朋友', '女朋友', '男朋友', '朋友', '好朋友', '同学', '同事', '室友', '邻居', '妻子', '丈夫', '老婆', '老公', '爱人', '女儿', '儿子', '妹妹', '弟弟', '哥哥', '姐姐', '表妹', '表弟', '表哥', '表姐', '堂哥', '堂姐', '堂弟', '堂妹', '孙子', '孙女', '外孙', '外孙女', '侄子', '侄女', '学生', '徒弟', '师傅', '老师', '同桌', '闺蜜', '发小', '媳妇', '女婿', '儿媳']);
/** What people do right after their name, starting a clause (小红坐在后座上). */
const HUMAN_ACTS = /^(?:坐|站|说|笑|哭|喊|叫|问|答|想|看|听|拿|吃|喝|跑|走|回|来|去|打算|觉得|告诉|高兴|点头|摇头|低头|抬头|愣|赶紧|连忙|马上|一边|也|就|又|还|却|才|都|已经|正在|在|把|被|给|跟|和|对|向|第一次)/u;

/**
 * Names where only a person can stand, which jieba left in pieces or took for words: the one a
 * letter opens to (亲爱的晓雨：), a relation's name (女朋友小雅), someone after their age (五十二岁的
 * 高永贵在…), 小 + a given name doing what people do (小红坐在…), one glued to 和 or 跟 (和小红/nz).
 * And the reverse: a "name" of two common words after 的 (十二点的钟声/nr) is the thing.
 */
function namesWhereOnlyPeopleStand(found: { segments: Segment[]; names: Set<string> }): { segments: Segment[]; names: Set<string> } {
  const segs = found.segments;
  let out: Segment[] | undefined;
  let names = found.names;
  const take = (i: number, count: number, name: string, rest: Segment[] = []): void => {
    out ??= segs.slice();
    const at = out.indexOf(segs[i] as Segment);
    out.splice(at, count, { text: name, tag: 'nr' }, ...rest);
    if (names === found.names) names = new Set(found.names);
    names.add(name);
    peopleByCue.add(name);
  };
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const prev = segs[i - 1];
    // (Every case below follows 的, a relation or punctuation, or starts with 小, 阿 or 和 and the like:
    // one look at the neighbour and the first character for most segments.)
    if (!PEOPLE_STARTS.has(seg.text.charAt(0)) && !(prev !== undefined && RELATIONS.has(prev.text))) {
      // After 的 only a bell's sound, a letter's addressee or someone after their age; after a mark
      // only the one hailed.
      if (prev?.text === '的') {
        if (!NAME_TAGS.has(seg.tag) && segs[i - 2]?.text !== '亲爱' && !(segs[i - 2]?.text ?? '').endsWith('岁')) continue;
      } else if (prev === undefined || CLAUSE_MARKS.has(prev.text)) {
        if (prev?.text !== '，' || !HAILS.has(segs[i - 2]?.text ?? '')) continue;
      } else continue;
    }
    const next = segs[i + 1];
    if (!allHan(seg.text)) continue;
    // 十二点的钟声/nr: two common words after 的, no one's name.
    // (Not before what names a place, 的向海/nr 蒙古族乡, nor a name met elsewhere in the text.)
    if (NAME_TAGS.has(seg.tag) && seg.text.length === 2 && prev?.text === '的' && !placeAfter(next) && !hasWord(seg.text) && isCommonWord(seg.text.charAt(0)) && isCommonWord(seg.text.charAt(1)) && !/^v/.test(next?.tag ?? '') && segs.filter((x) => x.text === seg.text).length === 1) {
      out ??= segs.slice();
      out[out.indexOf(seg)] = { text: seg.text, tag: 'n' };
      continue;
    }
    if (NAME_TAGS.has(seg.tag) && seg.text.length >= 2) {
      // (Called on the phone or named after a relation, 喂，小林吗, 女儿乐乐: a person, whatever else
      // the dictionary calls the characters, Kobayashi.)
      const hailed = prev?.text === '，' && HAILS.has(segs[i - 2]?.text ?? '');
      if (hailed || (prev !== undefined && RELATIONS.has(prev.text))) peopleByCue.add(seg.text);
      continue;
    }
    // 亲爱的晓雨： opening a letter.
    // (Not those addressed by what they are, 亲爱的同学们, 亲爱的妈妈.)
    if (prev?.text === '的' && segs[i - 2]?.text === '亲爱' && (i < 3 || /^[\p{P}\s]+$/u.test(segs[i - 3]?.text ?? '')) && codePointCount(seg.text) <= 3 && codePointCount(seg.text) >= 2 && /^[：:，,！!]$/u.test(next?.text ?? '') && !seg.text.endsWith('们') && !isCommonWord(seg.text) && !RELATIONS.has(seg.text)) {
      take(i, 1, seg.text);
      continue;
    }
    if (prev?.text === '的' && segs[i - 2]?.text === '亲爱' && seg.text.length === 1 && next?.text.length === 1 && allHan(next.text) && /^[：:，,！!]$/u.test(segs[i + 2]?.text ?? '') && givenNameOk([seg.text, next.text])) {
      take(i, 2, seg.text + next.text);
      continue;
    }
    // 女朋友小雅, 同学小红: a relation, then the person's name (小/老 + one character, or a full name).
    if (prev && RELATIONS.has(prev.text)) {
      const two = codePointCount(seg.text) === 2 ? seg.text : seg.text.length === 1 && next?.text.length === 1 ? seg.text + next.text : '';
      const count = codePointCount(seg.text) === 2 ? 1 : 2;
      const followed = segs[i + count];
      const ends = followed === undefined || !allHan(followed.text) || /^(?:v|p|d|c)/.test(followed.tag) || followed.text === '的';
      // (Or a pet name said twice, 妹妹朵朵.)
      // (Not an adverb said twice, 老师常常对我们说 "often"; jieba's dictionary calls those d.)
      // (Nor a verb said twice, 教孩子画画 "to draw": CC-CEDICT's verb.)
      const pet = two.length === 2 && two.charAt(0) === two.charAt(1) && givenNameOk([two.charAt(1)]) && jiebaTag(two) !== 'd' && !sharedEntries(two).some((e) => /^[a-z]/.test(e.pinyin) && /^to /.test(e.senses[0] ?? ''));
      if (two && (/^[小老阿]/u.test(two) || pet) && givenNameOk([two.charAt(1)]) && ends && !(two.charAt(0) === '老' && isCommonWord(two))) {
        take(i, count, two);
        continue;
      }
    }
    // 五十二岁的高永/x 贵在/n: after someone's age, the name jieba's guesses cut across, and the word after it.
    const aged = prev?.text === '的' && (segs[i - 2]?.text ?? '').endsWith('岁');
    if (aged && seg.text.length === 2 && isCommonSurname(seg.text.charAt(0)) && givenNameOk([seg.text.charAt(1)]) && next?.text.length === 2 && ACT_STARTS.has(next.text.charAt(1)) && givenNameOk([next.text.charAt(0)])) {
      take(i, 2, seg.text + next.text.charAt(0), [{ text: next.text.charAt(1), tag: forcedTag(next.text.charAt(1)) }]);
      continue;
    }
    // 五十二岁的高/永/贵 在: after someone's age, a surname and one or two given-name characters.
    if (aged && seg.text.length === 1 && isCommonSurname(seg.text) && next?.text.length === 1 && segs[i + 2]?.text.length === 1) {
      const given = (next.text) + (segs[i + 2]?.text ?? '');
      const following = segs[i + 3];
      if (allHan(given) && givenNameOk(codePoints(given)) && (following === undefined || /^(?:v|p|d)/.test(following.tag))) {
        take(i, 3, seg.text + given);
        continue;
      }
    }
    // 和小红/nz 打算: 和, 跟 or 同 glued to 小 + a given name.
    const glued = seg.text.length === 3 && PEOPLE_STARTS.has(seg.text.charAt(0)) ? codePoints(seg.text) : NO_CHARS;
    if (glued.length === 3 && /^[和跟同与给对]$/u.test(glued[0] ?? '') && /^[小老阿]$/u.test(glued[1] ?? '') && givenNameOk([glued[2] ?? '']) && !hasWord(seg.text) && actsNext(next)) {
      take(i, 1, glued.slice(1).join(''));
      const list = out ?? segs;
      list.splice(list.findIndex((x) => x.tag === 'nr' && x.text === glued.slice(1).join('')), 0, { text: glued[0] ?? '', tag: 'c' });
      continue;
    }
    // 小/红 坐在: 小 + a given name at the start of a clause, doing what people do.
    // (Or one guess of jieba's, 阿强/x 笑着说.)
    const called = (seg.text === '小' || seg.text === '阿') && next?.text.length === 1 ? seg.text + next.text : seg.tag === 'x' && seg.text.length === 2 && /^[小阿]/u.test(seg.text) ? seg.text : '';
    const taken = called.length === 2 && seg.text.length === 1 ? 2 : 1;
    if (called && (prev === undefined || /^[\p{P}\s]+$/u.test(prev.text)) && givenNameOk([called.charAt(1)]) && !hasWord(called) && HUMAN_ACTS.test(segs[i + taken]?.text ?? '')) {
      take(i, taken, called);
      continue;
    }
    // 喂，小雨吗？: the one called on the phone or hailed, 小, 老 or 阿 and a given name.
    if (prev?.text === '，' && HAILS.has(segs[i - 2]?.text ?? '') && (segs[i - 3] === undefined || /^[\p{P}\s]+$/u.test(segs[i - 3]?.text ?? ''))) {
      const two = seg.text.length === 2 ? seg.text : seg.text.length === 1 && next?.text.length === 1 ? seg.text + next.text : '';
      const after = segs[i + (seg.text.length === 2 ? 1 : 2)];
      if (/^[小老阿]/u.test(two) && givenNameOk([two.charAt(1)]) && (after === undefined || !allHan(after.text) || /^(?:吗|啊|呀|吧|呢|是|在)$/u.test(after.text))) {
        take(i, seg.text.length === 2 ? 1 : 2, two);
        continue;
      }
    }
  }
  return out ? { segments: out, names } : found;
}

/** What only a place has after its name: 向海 国家级 自然保护区, 向海湿地, 松花江流域. */
const ONLY_PLACES_AFTER = new Set(['自然保护区', '保护区', '湿地', '景区', '风景区', '旅游区', '流域', '沿岸', '两岸', '水库', '林场', '湖畔', '河畔', '江畔', '岸边', '上游', '下游', '中游', '水域', '入海口', '河口', '江口', '干流', '支流', '水系',
  // (A bridge named after its river, and a neighbourhood after its lane: 白马河大桥, 柳荫巷社区.)
  '大桥', '社区', '居委会', '村委会']);
/** Kinds of water: two of them are the waters, not a place (河湖 "rivers and lakes"). */
const LANDFORMS = new Set(Array.from('河江湖海溪井'));
/** Where something is taken from or along (从霍林河引水, 沿松花江): before a river's or mountain's name. */
const WHERE_BEFORE = new Set(['从', '沿', '沿着', '在', '到', '往', '跨', '横跨', '穿过', '流经', '注入', '引']);

/**
 * A "name" of jieba's that stands where a place does is one, and so is every other mention of it in
 * the text: before what only places have (向海 国家级自然保护区, 向海湿地), or, ending in 河, 江 or
 * 山, after a word of where (从霍林河引水). (张长江 after 从 is still a person when a person's place
 * follows: 从张长江那里.)
 */
/** What ends a place named after a family (沈家门, 王家庄, 曹家渡, 李家湾), after the surname and 家. */
const FAMILY_PLACE_ENDS = new Set(Array.from('门庄湾渡村屯沟坡岭桥港坝营铺堡寨嘴峪窝集洼塘'));

function namesWherePlacesStand(found: { segments: Segment[]; names: Set<string> }): { segments: Segment[]; names: Set<string>; places?: Set<string> } {
  let segs = found.segments;
  let places: Set<string> | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    // 向海/x 国家级自然保护区: jieba's guess, too, before what only places have (its name a preposition and a word).
    // (Only before a reserve, a wetland or a scenic area, which no verb takes as its place, 齐聚/x
    // 湖畔; not a determiner's, 这片湿地.)
    const guessed = seg !== undefined && (seg.tag === 'x' || seg.tag === 'n') && seg.text.length >= 2 && seg.text.length <= 3 && (onlyAPlaceAfter(segs[i + 1]) || (LEVELS.test(segs[i + 1]?.text ?? '') && onlyAPlaceAfter(segs[i + 2]))) && allHan(seg.text) && !PHRASE_FIRST.has(seg.text.charAt(0)) && !hasWord(seg.text);
    if (!seg || (!NAME_TAGS.has(seg.tag) && !guessed) || seg.text.length < 2 || hasWord(seg.text)) {
      // 河湖/ns 连通: two kinds of water are the waters ("rivers and lakes"), no place.
      // 船营区/n: a district or county of a name no dictionary has (its stem no word either) is a place.
      // (Not counties, cities and districts, 县市区, nor a zone named by what it is, 高新区 "high-tech",
      // 美占区 "US-occupied": the stem's second character no adjective or verb.)
      if (seg !== undefined && seg.tag !== 'ns' && codePointCount(seg.text) === 3 && /[区县]$/u.test(seg.text) && allHan(seg.text) && !hasWord(seg.text) && !isCommonWord(seg.text.slice(0, -1)) && !FUNCTION_CHARS.has(seg.text.charAt(0)) && !/[县市区省镇乡主副]/u.test(seg.text.slice(0, -1)) && !/^[va]/.test(jiebaTag(seg.text.charAt(1)) ?? '')) {
        segs = segs === found.segments ? segs.slice() : segs;
        segs[i] = { text: seg.text, tag: 'ns' };
        continue;
      }
      // 灵隐寺/nz: a temple, shrine or palace of a name no dictionary has is a place.
      if (seg?.tag === 'nz' && /[寺庙宫观]$/u.test(seg.text) && codePointCount(seg.text) >= 3 && codePointCount(seg.text) <= 5 && !hasWord(seg.text) && !isCommonWord(seg.text.slice(0, -1))) {
        segs = segs === found.segments ? segs.slice() : segs;
        segs[i] = { text: seg.text, tag: 'ns' };
        continue;
      }
      // (湖水/ns, 江面, 河边: the water, surface or bank of one, no place either.)
      if (seg?.tag === 'ns' && seg.text.length === 2 && LANDFORMS.has(seg.text.charAt(0)) && (LANDFORMS.has(seg.text.charAt(1)) || /^[水面边畔岸底里中上]$/u.test(seg.text.charAt(1))) && !hasWord(seg.text)) {
        segs = segs === found.segments ? segs.slice() : segs;
        segs[i] = { text: seg.text, tag: 'n' };
      }
      continue;
    }
    const next = segs[i + 1];
    const after = next !== undefined && (ONLY_PLACES_AFTER.has(next.text) || (/^(?:国家级|省级|市级)$/u.test(next.text) && ONLY_PLACES_AFTER.has(segs[i + 2]?.text ?? '')));
    const river = /[河江山岭]$/u.test(seg.text) && WHERE_BEFORE.has(segs[i - 1]?.text ?? '') && !/^(?:那里|这里|那儿|这儿|家|手里|身上|身边)$/u.test(next?.text ?? '');
    // 沈家门/nr, 王家庄, 李家湾: a surname, 家 and a gate, hamlet, bay or ferry is a village or a town, no person.
    const chars = codePoints(seg.text);
    const village = chars.length === 3 && chars[1] === '家' && FAMILY_PLACE_ENDS.has(chars[2] ?? '') && isCommonSurname(chars[0] ?? '');
    if (after || river || village) (places ??= new Set()).add(seg.text);
  }
  if (!places) return segs === found.segments ? found : { segments: segs, names: found.names };
  const names = new Set([...found.names].filter((n) => !places.has(n)));
  const known = places;
  const out: Segment[] = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i] as Segment;
    const last = out[out.length - 1];
    // 向海 + 蒙古族 + 乡: the place and the people's township named after it are one place.
    const township = last?.tag === 'ns' && known.has(last.text) && /^\p{Script=Han}{1,3}族$/u.test(s.text) && /^[乡镇]$/u.test(segs[i + 1]?.text ?? '');
    if (township) {
      out[out.length - 1] = { text: last.text + s.text + (segs[i + 1]?.text ?? ''), tag: 'ns' };
      i++;
    } else out.push((NAME_TAGS.has(s.tag) || s.tag === 'x' || s.tag === 'n') && known.has(s.text) ? { text: s.text, tag: 'ns' } : s);
  }
  return { segments: out, names, places: known };
}

/** Words of degree before a describing word (很和气). */
const DEGREE_WORDS = new Set(['很', '太', '真', '挺', '非常', '特别', '比较', '更', '最', '十分', '格外']);

/** A reserve, a wetland or a scenic area: what no verb takes as its place (unlike 湖畔, 齐聚湖畔). */
function onlyAPlaceAfter(x: Segment | undefined): boolean {
  return x !== undefined && PLACES_ONLY.test(x.text);
}
const PLACES_ONLY = /^(?:自然保护区|保护区|湿地|景区|风景区|旅游区|流域|水库|林场)$/u;
const LEVELS = /^(?:国家级|省级|市级)$/u;

/** The places namesWherePlacesStand found by where they stand, by the segments segment() returned. */
const placesByStanding = new WeakMap<readonly Segment[], ReadonlySet<string>>();

/** Places segment() took for places only by where they stand in `segs` (向海 before 湿地), which no dictionary names. */
export function placesNamedByContext(segs: readonly Segment[]): ReadonlySet<string> | undefined {
  return placesByStanding.get(segs);
}

/**
 * The people the text names by a cue only a person has (孙女小雪, 记者高明, 亲爱的晓雨), which the
 * passes add to while segment() runs; kept by the segments it returned.
 */
let peopleByCue = new Set<string>();
/** Whether the text segment() is working on has a reporter's or correspondent's title (记者, 通讯员, 实习生): only then can a byline name someone. */
let bylineTitles = false;

/** The places listsOfPlaces found by the kind of place closing their list (篁岭、晓起等景区), while segment() runs. */
let placesByList = new Set<string>();

/** The people segment() named by where they stand (孙女小雪, 记者高明), by the segments it returned. */
const namesBySegments = new WeakMap<readonly Segment[], ReadonlySet<string>>();

/** Names segment() found in `segs` by where they stand: a person there, even a word the dictionary knows as a place or a day (高明, 小雪). */
export function namesFoundIn(segs: readonly Segment[]): ReadonlySet<string> | undefined {
  return namesBySegments.get(segs);
}

/** The short place names segment() found, by the segments it returned (see shortPlaceNamesIn). */
const placesBySegments = new WeakMap<readonly Segment[], Map<string, string>>();

/** Suffixes a county, district, town or village drops when named again (抚松县 → 抚松). */
const DROPPED_SUFFIXES = new Set([...'县区市镇乡村旗屯']);

/** What follows a district, county or city that a name stands for: 丰满|区委书记, 九台|区长. */
const ITS_OFFICES = /^[区县市旗](?:委|长|政府|人大|政协|人民|党委)/u;
const OFFICE_FIRST = new Set([...'区县市旗长']);

/** Whether CC-CEDICT knows `word` as a place (its proper-noun entry's first sense says what kind, or refers to one). */
export function knownPlace(word: string): boolean {
  const known = knownPlaces.get(word);
  if (known !== undefined) return known;
  return remember(knownPlaces, word, sharedEntries(word).some((e) => /^[A-Z]/.test(e.pinyin) && PLACE_SEEN.test(e.senses[0] ?? '')), 5_000);
}
const knownPlaces = new Map<string, boolean>();

/**
 * The places a text names with their suffix, by the name without it (抚松 → 抚松县, 万良 → 万良镇),
 * and names before their district's offices (丰满|区委书记 → 丰满区).
 */
export function shortPlaceNamesIn(segs: readonly Segment[], knownPlaces: readonly string[] = []): Map<string, string> {
  const kept = placesBySegments.get(segs);
  if (kept) return kept;
  const found = new Map<string, string>();
  const seen = new Set<string>();
  const named: readonly Segment[] = knownPlaces.length > 0 ? [...knownPlaces.map((text) => ({ text, tag: 'ns' })), ...segs] : segs;
  for (let i = 0; i < named.length; i++) {
    const seg = named[i] as Segment;
    const next = named[i + 1];
    // (Most segments end in no suffix and come before no office: nothing to look at.)
    const last = seg.text.charAt(seg.text.length - 1);
    if (!DROPPED_SUFFIXES.has(last) && !(next !== undefined && OFFICE_FIRST.has(next.text.charAt(0)))) continue;
    const chars = codePoints(seg.text);
    // (A place's own name, not a common word and its suffix: 开发区, 社区, 自治县; each name once.)
    const stem = chars.slice(0, -1).join('');
    if (chars.length >= 3 && chars.length <= 5 && DROPPED_SUFFIXES.has(last) && !found.has(stem) && !seen.has(seg.text) && allHan(seg.text) && (seg.tag === 'ns' || knownPlace(seg.text))) {
      seen.add(seg.text);
      // (Not a name CC-CEDICT has another proper noun for, a person or a thing; one it has as a
      // place, 抚松 "Fusong, a county", is that place, and keeps its own entry.)
      const proper = sharedEntries(stem).filter((e) => /^[A-Z]/.test(e.pinyin));
      // (Nor a people a town is named for, 满族 of 叶赫满族镇.)
      if (!isCommonWord(seg.text) && !found.has(stem) && !stem.endsWith('族') && (proper.length === 0 || knownPlace(stem))) found.set(stem, seg.text);
    }
    if (chars.length >= 3 && next?.text === '长' && DROPPED_SUFFIXES.has(last) && knownPlace(seg.text) && !found.has(chars.slice(0, -1).join(''))) found.set(chars.slice(0, -1).join(''), seg.text);
    if (chars.length >= 2 && next && allHan(seg.text) && ITS_OFFICES.test(next.text) && !found.has(seg.text) && knownPlace(seg.text + next.text.charAt(0))) found.set(seg.text, seg.text + next.text.charAt(0));
  }
  return found;
}

/** What ends the name of a company, group or cooperative. */
const COMPANY_END = /^(?:有限公司|股份有限公司|有限责任公司|集团有限公司|集团|公司|合作社|专业合作社)$/u;

/** Words a company's name does not run back past: prepositions, determiners, measure words, 的. */
const BEFORE_COMPANY = new Set([...'由在与和及同跟向对为被把从让给是的了等该这那本其各每家个座所一两几多数']);

/** A word that says what a company does (海洋|食品, 生物科技, 新能源, 农业|发展): a common word or noun. */
function tradeWord(seg: Segment): boolean {
  // (新材料: "new" before what the company makes.)
  if (seg.text === '新') return true;
  // (Not a pronoun: 想来我们公司 is no company called Xianglai.)
  return codePointCount(seg.text) >= 2 && allHan(seg.text) && !NAME_TAGS.has(seg.tag) && seg.tag !== 'r' && (isCommonWord(seg.text) || (/^(?:n|vn)$/.test(jiebaTag(seg.text) ?? '') && sharedEntries(seg.text).length === 0));
}

/** How many characters of a company's name its place takes (吉林, 吉林省, 长白山), or 0. */
function placeLength(chars: readonly string[]): number {
  for (let n = Math.min(4, chars.length); n >= 2; n--) {
    const head = chars.slice(0, n).join('');
    if (knownPlace(head) || (/[省市县区]$/u.test(head) && knownPlace(head.slice(0, -1)))) return n;
  }
  return 0;
}

/** A country CC-CEDICT names by one word (中国 "China", 阿根廷 "Argentina"). */
function isCountry(word: string): boolean {
  return sharedEntries(word).some((e) => /^[A-Z]/.test(e.pinyin) && /^[A-Z][a-z]+$/.test(e.senses[0] ?? ''));
}

/**
 * 吉林|长兴|海洋食品有限公司, 吉林省|蒙源|农业发展有限公司: a company's name is a place, its brand of
 * two or three characters, what it does and the ending. The brand is one segment (tagged nb, read
 * as an organisation's name), whatever jieba made of it (吉 + a person 林长兴, 蒙 "to cover" + 源).
 */
function companyNames(segs: Segment[]): Segment[] {
  let out = segs;
  for (let i = 0; i < out.length; i++) {
    const end = out[i]?.text ?? '';
    if ((end.charAt(end.length - 1) !== '司' && end.charAt(end.length - 1) !== '团' && end.charAt(end.length - 1) !== '社') || !COMPANY_END.test(end)) continue;
    let trade = i;
    while (trade > 0 && tradeWord(out[trade - 1] as Segment)) trade--;
    if (trade === i) continue;
    // The name before: back to punctuation, a function word or a verb of two characters (投资, 引进), seven characters at most.
    let start = trade;
    let length = 0;
    for (; start > 0; start--) {
      const s = out[start - 1] as Segment;
      if (!allHan(s.text) || BEFORE_COMPANY.has(s.text) || /^[mqrpcudt]/.test(s.tag) || (/^v/.test(s.tag) && s.tag !== 'vn' && codePointCount(s.text) >= 2)) break;
      length += codePointCount(s.text);
    }
    if (length > 7 || length < 2) continue;
    let chars = codePoints(out.slice(start, trade).map((s) => s.text).join(''));
    let place = placeLength(chars);
    // 汪清|桃源|木耳食品: only a place before what the company does, whose first word, a rarer
    // one, is then its brand (not 北京市|城市建设, 出版, 地质).
    if (place === chars.length && trade < i - 1 && codePointCount(out[trade]?.text ?? '') === 2 && rankOf(out[trade]?.text ?? '') > FREQUENT_RANK) {
      chars = [...chars, ...codePoints(out[trade]?.text ?? '')];
      trade++;
    } else if (place > chars.length - 2) place = placeLength(chars.slice(0, -2));
    const brand = chars.slice(place).join('');
    // (A brand may be a place's name after the company's own place, 吉林|长兴; alone it is the place, 长春.)
    if (chars.length - place < 2 || chars.length - place > 3 || (place === 0 && knownPlace(brand))) continue;
    // (Not a country or other place jieba knows, 中国, 新|中国, 阿根廷: a name made of one is no brand.)
    let at = 0;
    const inBrand = out.slice(start, trade).filter((s) => (at += codePointCount(s.text)) > place);
    // (After the company's own place a brand may be another place's name: 吉林|北山, 汪清|桃源.)
    if (inBrand.some((s) => ((s.tag === 'ns' && knownPlace(s.text) && place === 0) || isCountry(s.text)) && codePointCount(s.text) >= 2)) continue;
    const pieces: Segment[] = [...(place > 0 ? [{ text: chars.slice(0, place).join(''), tag: 'ns' }] : []), { text: brand, tag: 'nb' }];
    out = [...out.slice(0, start), ...pieces, ...out.slice(trade)];
    i = start + pieces.length + (i - trade);
  }
  return out;
}

/** Kinds of shop and small business a brand stands before (华顺|电器, 宁记|面馆, 鲜丰|水果). */
const SHOP_KINDS = new Set([
  '电器', '家电', '超市', '商店', '商行', '商场', '百货', '便利店', '餐厅', '饭店', '饭馆', '面馆', '菜馆', '酒家', '酒楼', '酒店', '宾馆',
  '客栈', '民宿', '茶馆', '茶楼', '茶庄', '火锅', '烧烤', '小吃', '快餐', '奶茶', '咖啡', '烘焙', '面包房', '蛋糕店', '药店', '药房', '大药房',
  '诊所', '书店', '书屋', '花店', '水果', '水果店', '鲜果', '粮店', '粮油', '家具', '建材', '五金', '装饰', '服饰', '服装', '鞋业', '眼镜',
  '理发店', '美发', '影楼', '车行', '汽修', '驾校', '物流', '快递', '科技', '传媒', '餐饮', '食品', '农庄', '农场', '牧场', '果园', '菜市场',
]);

/**
 * 华顺/x 电器, 宁记/x 面馆: two characters no dictionary has, jieba's guess, right before a kind
 * of shop or small business are its brand (tagged nb: "Huashun (company name)", then its
 * characters), not two words. Only a guess jieba made whole (not 新|电器), of Han characters.
 */
function shopNames(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i + 1 < segs.length; i++) {
    const seg = segs[i] as Segment;
    if (seg.tag !== 'x' || seg.text.length !== 2 || !SHOP_KINDS.has(segs[i + 1]?.text ?? '') || !allHan(seg.text) || hasWord(seg.text)) continue;
    // (Not a place and its kind, 奎镇 农场, nor a verb and its particle, result or direction, 混着
    // 火锅, 烧好 奶茶, 躲进 商场, nor two verbs, nor a function word and a verb, 以开 饭店, 但称 饭店.)
    if (/[乡镇村县市区省州旗屯着了过的得地好完成到上下来去进出入回往向在]$/u.test(seg.text) || /^[以但而则却便即乃就都也还又才在从把被和与或为对向给让并且]/u.test(seg.text) || (/^v/.test(jiebaTag(seg.text.charAt(0)) ?? '') && /^v/.test(jiebaTag(seg.text.charAt(1)) ?? ''))) continue;
    out ??= segs.slice();
    out[i] = { text: seg.text, tag: 'nb' };
  }
  return out ?? segs;
}

/** The kinds of institution a place names (吉林农业大学, 四平市中心医院, 长春龙嘉国际机场). */
const INSTITUTION_HEAD = /(?:大学|学院|医院|博物馆|研究院|研究所|研究中心|机场|银行|图书馆|纪念馆|体育馆|中学|小学|幼儿园|委员会|学会|协会|研究会|基金会|管理局|管理处|队)$/u;
const INSTITUTION_TEXT = /大学|学院|医院|博物馆|研究|机场|银行|图书馆|纪念馆|体育馆|中学|小学|幼儿园|委员会|学会|协会|基金会|管理局|管理处|队/u;

/**
 * 吉林|农业大学, 四平市|中心医院, 长春|龙|嘉|国际|机场, 中国|信息|通信|研究院: a place, then at most
 * four words that are no verbs, then a university, hospital, museum, airport or the like is one
 * institution (tagged nt, glossed by its parts). Not a place and the bare kind (吉林省|医院 数量
 * "the province's hospitals"), and not past a verb or a particle (在长春|看|医院).
 */
function institutions(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const head = segs[i] as Segment;
    out?.push(head);
    // (Not what leads to it: 机场线 "the airport line", 机场路.)
    // (Nor a team of people described, 中国科学家团队.)
    if (!INSTITUTION_HEAD.test(head.text) || head.tag === 'nr' || head.text === '团队' || head.text === '队伍' || /^(?:线|路|大巴|高速|巴士|快线|专线)/u.test(segs[i + 1]?.text ?? '')) continue;
    // Back over the words that name it, to the place it starts with: over what is built so far,
    // where an institution found before may already be one segment (神户松荫女子学院 | 短期 | 大学).
    const list = out ?? segs.slice(0, i + 1);
    const at = list.length - 1;
    let start = -1;
    let length = codePointCount(head.text);
    for (let k = at - 1; k >= 0 && k >= at - 5; k--) {
      const s = list[k] as Segment;
      if (!allHan(s.text) || /^(?:v|p|c|u|d|r|m|q|f|t)/.test(s.tag) && s.tag !== 'vn') break;
      length += codePointCount(s.text);
      if (length > 14) break;
      if (s.tag === 'ns' || (knownPlace(s.text) && codePointCount(s.text) >= 2)) {
        start = k;
        break;
      }
    }
    // (A hospital or school attached to a university is named with it: 厦门大学|附属|中山|医院.)
    const attachedTo = list[start - 2];
    if (start >= 2 && list[start - 1]?.text === '附属' && attachedTo !== undefined && (attachedTo.tag === 'nt' || /(?:大学|学院)$/u.test(attachedTo.text))) start -= 2;
    // (A team named by its city and a name jieba also took for a place: 上海|海港|队.)
    else if (start === at - 1 && start >= 1 && head.text === '队' && (list[start - 1]?.tag === 'ns' || knownPlace(list[start - 1]?.text ?? ''))) start -= 1;
    else if (start < 0 || (start === at - 1 && codePointCount(head.text) < 3)) continue;
    const name = list.slice(start, at + 1).map((s) => s.text).join('');
    if (hasWord(name)) continue;
    out = list;
    out.splice(start, at - start + 1, { text: name, tag: 'nt' });
  }
  return out ?? segs;
}

/** Whether a place's name without its suffix is the place before `next` (not 梨树 "pear tree" in 梨树开花了). */
export function standsForPlace(name: string, next: Segment | undefined): boolean {
  return !isCommonWord(name) || (next !== undefined && allHan(next.text) && ((/^n(?!r)/.test(next.tag) && !isVerbWord(next.text)) || ITS_OFFICES.test(next.text)));
}

/**
 * 抚松县 … 过去抚松人参, 万良镇 … 万|良人参市场: a place named with its suffix once is the same
 * place named without it elsewhere in the text; 丰满|区委书记 is the district's secretary. The
 * bare name is one segment, tagged a place. A name that is also a common word (梨树 "pear tree",
 * 丰满 "ample") only before a noun or its offices (梨树模式), not as the word (梨树开花了).
 */
function shortPlaceNames(segs: Segment[], knownPlaces: readonly string[], kept: { found: Map<string, string> }): Segment[] {
  const stems = shortPlaceNamesIn(segs, knownPlaces);
  kept.found = stems;
  if (stems.size === 0) return segs;
  const fulls = new Set(stems.values());
  const fullStarts = new Set([...fulls, ...stems.keys()].map((f) => f.charAt(0)));
  // (Copied only once something changes.)
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    // (Most segments start no place the text names and end in no suffix: kept as they are.)
    const suffix = seg.text.charAt(seg.text.length - 1);
    if (!fullStarts.has(seg.text.charAt(0)) && !DROPPED_SUFFIXES.has(suffix)) {
      out?.push(seg);
      continue;
    }
    // 九台区/ns 长 表示: the district's head (区长), after the district's name.
    // (…and 前郭县|委 副书记: its Party committee, 县委.)
    const office = segs[i + 1]?.text === '长' ? '长' : segs[i + 1]?.text === '委' && /^[区县市]$/u.test(suffix) ? '委' : '';
    if (office && seg.tag === 'ns' && /^[区县市镇乡村]$/u.test(suffix) && stems.get(seg.text.slice(0, -1)) === seg.text) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text.slice(0, -1), tag: 'ns' }, { text: `${suffix}${office}`, tag: 'n' });
      i++;
      continue;
    }
    // 大|布苏镇 again later in the text: the whole name found once, now cut.
    // (…or its name without the suffix, cut: 天桥|岭 of 天桥岭镇.)
    let whole = '';
    let pieces = 0;
    for (let k = i; k < segs.length && k < i + 4 && whole.length < 6; k++) {
      whole += segs[k]?.text ?? '';
      if (k > i && (fulls.has(whole) || (stems.has(whole) && standsForPlace(whole, segs[k + 1])))) pieces = k - i + 1;
    }
    if (pieces > 0) {
      out ??= segs.slice(0, i);
      out.push({ text: segs.slice(i, i + pieces).map((x) => x.text).join(''), tag: 'ns' });
      i += pieces - 1;
      continue;
    }
    const used = stems.has(seg.text) ? 1 : seg.text.length === 1 && stems.has(seg.text + (segs[i + 1]?.text ?? '')) ? 2 : 0;
    const two = used === 2 ? seg.text + (segs[i + 1]?.text ?? '') : '';
    const text = used === 2 ? two : seg.text;
    if (used === 0 || !standsForPlace(text, segs[i + used]) || (used === 1 && seg.tag === 'ns')) {
      out?.push(seg);
      continue;
    }
    out ??= segs.slice(0, i);
    out.push({ text, tag: 'ns' });
    i += used - 1;
  }
  return out ?? segs;
}

/** One character after a name that jieba takes into it (杨鸣叫了暂停): a verb it does or an adverb. */
const AFTER_NAME_IN_ONE = new Set([...GLUED_AFTER_NAME, ...'也都又就还在把被']);

/**
 * 杨鸣叫/nr 了: a two-character name and the verb or adverb after it, which jieba's guess made one
 * three-character name (杨鸣 + 叫 "to call"). Only when the two are shaped like a name and more of
 * the clause follows.
 */
/**
 * 开粉店的黄/a 文光/n 今年…: after 的, a title or a clause's start, one of the common surnames and two
 * given-name characters no dictionary has as a word, before what the person does or when: the person.
 */
function surnameAndUnlistedGiven(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    if (!seg) continue;
    const given = segs[i + 1];
    if (seg.text.length !== 1 || given === undefined || given.text.length !== 2 || !isCommonSurname(seg.text) || VERB_SURNAMES.has(seg.text) || /^(?:p|c|u|d|m|q|r|f)/.test(seg.tag) || !/^(?:n|nr|nz|x)$/.test(given.tag) || hasWord(given.text) || !allHan(given.text) || (jiebaTag(given.text) !== undefined && !NAME_TAGS.has(jiebaTag(given.text) ?? '') && !/^[\p{P}\s]+$/u.test(segs[i + 2]?.text ?? '') && !/^(?:t|v)/.test(segs[i + 2]?.tag ?? ''))) {
      out?.push(seg);
      continue;
    }
    const prev = out ? out[out.length - 1] : segs[i - 1];
    const after = segs[i + 2];
    const opens = prev === undefined || prev.text === '的' || /^[\p{P}\s]+$/u.test(prev.text) || isCue(prev.text);
    const acts = after === undefined || /^[\p{P}\s]+$/u.test(after.text) || /^(?:t|v|d|p|c)/.test(after.tag);
    if (opens && acts && givenNameOk(codePoints(given.text)) && !PLACE_ENDINGS.has(given.text.charAt(1)) && !isCue(given.text) && !addressOrPlace(codePoints(given.text))) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text + given.text, tag: 'nr' });
      i++;
      continue;
    }
    out?.push(seg);
  }
  return out ?? segs;
}


/** Pairs jieba cuts one character off (see recutPairs): the two segments and what they are instead. */
const RECUT_PAIRS: readonly { first: RegExp; second: RegExp; then?: RegExp; make: (a: string, b: string, c: string) => Segment[]; used?: 3 }[] = [
  // 用清|水泡|30分钟, 把血|水泡|出来 → 清水|泡: soaking in water (清水, 盐水), not a blister.
  { first: /^[清血盐冷温热凉开淡糖雨]$/u, second: /^水泡$/u, then: /^(?:[0-9０-９一二两三四五六七八九十半几]|出|着|了|至|上|开|软|发|透|好|过|一|坏|烂|湿|塌)/u, make: (a) => [{ text: `${a}水`, tag: 'n' }, { text: '泡', tag: 'v' }] },
  // 大|火烧|开 → 大火|烧开: brought to the boil over high heat, not a baked cake.
  { first: /^[大小中文猛旺]$/u, second: /^火烧$/u, then: /^(?:开|沸)$/u, make: (a, _b, c) => [{ text: `${a}火`, tag: 'n' }, { text: `烧${c}`, tag: 'v' }], used: 3 },
  // 机构和个|人均|无权 → 个人|均: individuals all (have no right), not "per capita".
  { first: /^个$/u, second: /^人均$/u, then: /^(?:无|不|可|需|须|应|有|要|已|为|能|得|享|由|在|将|会|依法|按)/u, make: () => [{ text: '个人', tag: 'n' }, { text: '均', tag: 'd' }] },
  // 拟派|发现|金红利 → 派发|现金|红利: paying out a cash dividend, nothing discovered.
  { first: /^[派分]$/u, second: /^发现$/u, then: /^金/u, make: (a, _b, c) => [{ text: `${a}发`, tag: 'v' }, { text: '现金', tag: 'n' }, ...(c.length > 1 ? [{ text: c.slice(1), tag: forcedTag(c.slice(1)) }] : [])], used: 3 },
  // 砂锅|里加|足量的水 → 砂锅|里|加: adding something into a pot, not Riga.
  { first: /[锅碗盆杯壶瓶罐桶箱盒袋缸汤水馅面盘]$/u, second: /^里加$/u, make: (a) => [{ text: a, tag: forcedTag(a) }, { text: '里', tag: 'f' }, { text: '加', tag: 'v' }] },
  // 还|差一点|就 → 还|差|一点: still short by a little, not 差一点 "almost".
  { first: /^还$/u, second: /^差一点$/u, then: /^(?:[\p{P}\s]|就|才|点|呢|了|没)/u, make: () => [{ text: '还', tag: 'd' }, { text: '差', tag: 'v' }, { text: '一点', tag: 'm' }] },
  // 周五前还不定|下来 → 不|定|下来: not settled (定下来), not "indefinite".
  { first: /^不定$/u, second: /^下来$/u, make: () => [{ text: '不', tag: 'd' }, { text: '定', tag: 'v' }, { text: '下来', tag: 'v' }] },
  // 骚乱多|发地区 → 多发|地区: prone to happen, not a round fired.
  { first: /^多$/u, second: /^发$/u, then: /^(?:地区|地带|区域|路段|时段|季节|期|病|区|点|人群)$/u, make: () => [{ text: '多发', tag: 'v' }] },
  // 凉拌大头|菜, 头|茬韭菜: a vegetable named whole (root mustard, the first cutting), as jieba's dictionary has it.
  { first: /^大头$/u, second: /^菜$/u, make: () => [{ text: '大头菜', tag: 'n' }] },
  { first: /^头$/u, second: /^茬$/u, make: () => [{ text: '头茬', tag: 'n' }] },
  // 就是一个劲|道 → 一个|劲道: "a springy chewiness", not 一个劲 "persistently".
  { first: /^一个劲$/u, second: /^道$/u, then: /^[\p{P}\s]|^$/u, make: () => [{ text: '一个', tag: 'm' }, { text: '劲道', tag: 'a' }] },
  // 那|天下|着大雨 → 那天|下着: that day (it) rained, not "under heaven".
  { first: /^[那这当昨前每]$/u, second: /^天下$/u, then: /^(?:着|了|起|过)$/u, make: (a) => [{ text: `${a}天`, tag: 't' }, { text: '下', tag: 'v' }] },
  // 孩子天|生怕狗 → 天生|怕: by nature afraid.
  { first: /^天$/u, second: /^生怕$/u, make: () => [{ text: '天生', tag: 'd' }, { text: '怕', tag: 'v' }] },
  // 上|门 回访 → 上门: calling at someone's home.
  { first: /^上$/u, second: /^门$/u, then: /^(?:回访|服务|维修|取件|送货|收|检查|看望|拜访|安装|推销|走访|慰问|讨债)$/u, make: () => [{ text: '上门', tag: 'v' }] },
  // 孩子小|名叫乐乐 → 小名|叫: the pet name is…
  { first: /^小$/u, second: /^名叫$/u, make: () => [{ text: '小名', tag: 'n' }, { text: '叫', tag: 'v' }] },
  // 不怕|生。 → 不|怕生: not shy with strangers.
  { first: /^不怕$/u, second: /^生$/u, then: /^[\p{P}\s]*$/u, make: () => [{ text: '不', tag: 'd' }, { text: '怕生', tag: 'v' }] },
  // 好|在前|几年 → 好在|前: luckily, a few years ago.
  { first: /^好$/u, second: /^在前$/u, then: /^(?:几|些|两|一)/u, make: () => [{ text: '好在', tag: 'd' }, { text: '前', tag: 'f' }] },
  // 第|一句话 → 第一|句|话: the first words, not 一句话 "in short".
  { first: /^第$/u, second: /^一句话$/u, make: () => [{ text: '第一', tag: 'm' }, { text: '句', tag: 'q' }, { text: '话', tag: 'n' }] },
  // 八|毛钱 → 八毛|钱: so many dimes (毛, a tenth of a yuan), then money.
  { first: /^(?:[一二两三四五六七八九]|[一二三四五六七八九]?十|几|[0-9０-９])$/u, second: /^毛钱$/u, make: (a) => [{ text: `${a}毛`, tag: 'm' }, { text: '钱', tag: 'n' }] },
  // 房|东单|女士 → 房东|单: the landlord, Ms Shan.
  { first: /^房$/u, second: /^东单$/u, then: /^(?:女士|先生|阿姨|大爷|大妈|老师|师傅|老板)$/u, make: (_a, _b, c) => [{ text: '房东', tag: 'n' }, { text: '单', tag: 'nr' }, { text: c, tag: 'n' }], used: 3 },
  // 穿|过马路 → 穿过|马路: crossing the road (穿过), not wearing.
  { first: /^穿$/u, second: /^过马路$/u, make: () => [{ text: '穿过', tag: 'v' }, { text: '马路', tag: 'n' }] },
  // 小黄|狗 → 小|黄狗: a little yellow dog, not a taxi (小黄) and a dog.
  { first: /^小黄$/u, second: /^狗$/u, make: () => [{ text: '小', tag: 'a' }, { text: '黄狗', tag: 'n' }] },
  // 从前|山 → 从|前山: from the front of the mountain, not 从前 "once upon a time".
  { first: /^从前$/u, second: /^(?:山|门|院|街|排|面|台)$/u, make: (_a, b) => [{ text: '从', tag: 'p' }, { text: `前${b}`, tag: 'n' }] },
  // 在外|地上 → 在|外地|上: away from home (外地), at (university).
  { first: /^在外$/u, second: /^地上$/u, make: () => [{ text: '在', tag: 'p' }, { text: '外地', tag: 's' }, { text: '上', tag: 'v' }] },
  // 百分之一百|五十 → 百分之一百五十: one number.
  { first: /^百分之一百$/u, second: /^[一二三四五六七八九十]+$/u, make: (a, b) => [{ text: `${a}${b}`, tag: 'm' }] },
  // 大|一下|学期 → 大一|下学期: the first year's second term.
  { first: /^大$/u, second: /^(?:一下|二下|三下|四下)$/u, then: /^学期$/u, make: (_a, b) => [{ text: `大${b.charAt(0)}`, tag: 'n' }, { text: `下学期`, tag: 't' }], used: 3 },
  // 坐到天|台上 → 天台|上: on the rooftop, not "on stage".
  { first: /^天$/u, second: /^台上$/u, make: () => [{ text: '天台', tag: 'n' }, { text: '上', tag: 'f' }] },
  // 发到家|族群 → 到|家族群: to the family (group chat), not 到家 "perfect" and 族群 "ethnic group".
  { first: /^到家$/u, second: /^族群$/u, make: () => [{ text: '到', tag: 'v' }, { text: '家族', tag: 'n' }, { text: '群', tag: 'n' }] },
  // 粮价上|不|去 → 上不去: cannot go up.
  { first: /^上$/u, second: /^不$/u, then: /^去$/u, make: () => [{ text: '上不去', tag: 'v' }], used: 3 },
  // 庞大|爷 → 庞|大爷: Grandpa Pang, a surname and how an old man is addressed, not 庞大 "huge".
  { first: /^庞大$/u, second: /^(?:爷|妈|娘)$/u, make: (_a, b) => [{ text: '庞', tag: 'nr' }, { text: `大${b}`, tag: 'n' }] },
  // 往|下流 → 往下|流: flowing down, not 下流 "low-class".
  { first: /^往$/u, second: /^下流$/u, make: () => [{ text: '往下', tag: 'd' }, { text: '流', tag: 'v' }] },
  // 一个|人才|花三百 → 一个人|才: per person, only (so much), not "a talent".
  { first: /^一个$/u, second: /^人才$/u, then: /^(?:花|用|要|吃|交|付|能|可以|够|收|卖|合)/u, make: () => [{ text: '一个人', tag: 'm' }, { text: '才', tag: 'd' }] },
  // 没有让|行|直行车辆 → 让行: to give way (to traffic going straight, to pedestrians).
  { first: /^让$/u, second: /^行$/u, then: /^(?:直行|行人|车辆|来车|对方|对向|救护车|消防车|公交车)/u, make: () => [{ text: '让行', tag: 'v' }] },
  // 一百二十台风|机 → 台|风机: a number's measure word for machines, then wind turbines (not a typhoon).
  { first: /^台风$/u, second: /^机/u, make: (_a, b) => [{ text: '台', tag: 'q' }, { text: `风${b}`, tag: 'n' }] },
  // 八点一|直 → 八点|一直: eight o'clock, and 一直 "all the way".
  { first: /点一$/u, second: /^直$/u, make: (a) => [{ text: a.slice(0, -1), tag: 'm' }, { text: '一直', tag: 'd' }] },
  // 十二点一|到，… → 十二点|一|到: as soon as twelve o'clock comes, where the clause closes (not 12.1).
  { first: /^[一二三四五六七八九十两]+点一$/u, second: /^到$/u, then: /^[，,。！]$/u, make: (a) => [{ text: a.slice(0, -1), tag: 'm' }, { text: '一', tag: 'd' }, { text: '到', tag: 'v' }] },
  // 老茶|农学 → 茶农|学: a tea (fruit, vegetable) farmer, and 学 "to learn", not 农学 "agronomy".
  { first: /^[茶菜果棉花瓜稻粮蔗烟]$/u, second: /^农学$/u, make: (a) => [{ text: `${a}农`, tag: 'n' }, { text: '学', tag: 'v' }] },
  // 翻|出入|住 → 翻出|入住: dug out, of moving in.
  { first: /^[翻拿找掏取]$/u, second: /^出入$/u, then: /^住$/u, make: (a) => [{ text: `${a}出`, tag: 'v' }, { text: '入住', tag: 'v' }], used: 3 },
  // 上个|好学校: going to (上) a good school, not 上个 "last (week)".
  { first: /^上个$/u, second: /^(?:好|重点|名牌|大|公立|私立)$/u, then: /^(?:学校|大学|高中|初中|中学|小学|幼儿园|学)$/u, make: (_a, b, c) => [{ text: '上', tag: 'v' }, { text: '个', tag: 'q' }, { text: b, tag: 'a' }, { text: c, tag: 'n' }], used: 3 },
  // The 37th review.
  // 先进|一所好大学, 你先进|去吧 → 先|进: first getting in, not 先进 "advanced".
  { first: /^先进$/u, second: /^(?:一|去|来|去吧|来吧|门|城|屋|场|入|教室|房间|考场|村|厂|店|家)$/u, make: (_a, b) => [{ text: '先', tag: 'd' }, { text: '进', tag: 'v' }, { text: b, tag: forcedTag(b) }] },
  // 少|有的|老将 → 少有|的: rare, before what is (not 有的 "some").
  { first: /^少$/u, second: /^有的$/u, then: /^\p{Script=Han}/u, make: () => [{ text: '少有', tag: 'a' }, { text: '的', tag: 'uj' }] },
  // 偏激|进 → 偏|激进: rather radical (偏 "leaning"), not 偏激 "extreme" and 进.
  { first: /^偏激$/u, second: /^进$/u, make: () => [{ text: '偏', tag: 'd' }, { text: '激进', tag: 'a' }] },
  // 三十|一次 → 三十一|次: thirty-one times, not thirty and once.
  { first: /^(?:[二三四五六七八九]?十|[一二三四五六七八九]百[一二三四五六七八九]十)$/u, second: /^一[次个天年名位条件家所岁只遍回场]$/u, make: (a, b) => [{ text: `${a}一`, tag: 'm' }, { text: b.slice(1), tag: 'q' }] },
  // 人|参鸡汤 → 人参|鸡汤: ginseng chicken soup.
  { first: /^人$/u, second: /^参鸡汤$/u, make: () => [{ text: '人参', tag: 'n' }, { text: '鸡汤', tag: 'n' }] },
  // 公司与其|签订 → 与|其: with him (her, it), before what was agreed with them (not 与其…不如 "rather than").
  { first: /^与其$/u, second: /^(?:签订|签|签署|订立|合作|达成|发生|联系|约定|协商|沟通|建立|解除|终止|保持|商定|谈判|见面|结婚|离婚|共同)$/u, make: (_a, b) => [{ text: '与', tag: 'p' }, { text: '其', tag: 'r' }, { text: b, tag: 'v' }] },
  // 明显的从|属性。 → 从属性: subordination (从属 "subordinate" + 性), closing the phrase.
  { first: /^从$/u, second: /^属性$/u, then: /^(?:[\p{P}\s]|和|与|及|、|$)/u, make: () => [{ text: '从属性', tag: 'n' }] },
  // 占|比|超过 → 占比: the proportion something accounts for, before how much.
  { first: /^占$/u, second: /^比$/u, then: /^(?:超过|达|达到|为|约|不足|高于|低于|仅|近|已|逾|接近|提升|提高|下降|上升|较|最|过半|[0-9０-９一二三四五六七八九十百])/u, make: () => [{ text: '占比', tag: 'n' }] },
  // 不计|发|工资 → 不|计发: not paid (计发 "to calculate and pay").
  { first: /^不计$/u, second: /^发$/u, then: /^(?:工资|薪|薪资|薪酬|奖金|补贴|津贴|加班费)/u, make: () => [{ text: '不', tag: 'd' }, { text: '计发', tag: 'v' }] },
  // 他|乡 → 他乡: a place far from home.
  { first: /^他$/u, second: /^乡$/u, make: () => [{ text: '他乡', tag: 'n' }] },
  // 这句话道|出了 → 道出: to voice, before 了.
  { first: /^道$/u, second: /^出$/u, then: /^了$/u, make: () => [{ text: '道出', tag: 'v' }] },
  // 摸鱼|达|人 → 达人: an expert (of something); 打|工人 → 打工人: a wage earner (self-mocking).
  { first: /^达$/u, second: /^人$/u, make: () => [{ text: '达人', tag: 'n' }] },
  { first: /^打$/u, second: /^工人$/u, then: /^(?:[\p{P}\s]|的|们|都|也|就|嘛|啊|呢|$)/u, make: () => [{ text: '打工人', tag: 'n' }] },
  // 跑|分 → 跑分: a benchmark score (of a phone, a chip).
  { first: /^跑$/u, second: /^分$/u, make: () => [{ text: '跑分', tag: 'n' }] },
  // 点着|头 → 点|着|头: nodding (the aspect 着), not 点着 "to light".
  { first: /^点着$/u, second: /^(?:头|脑袋|下巴)$/u, make: (_a, b) => [{ text: '点', tag: 'v' }, { text: '着', tag: 'uz' }, { text: b, tag: 'n' }] },
  // 结了|冰 → 结|了|冰: ice formed (the aspect 了), not 结了 "that's that".
  { first: /^结了$/u, second: /^(?:冰|霜|果|果子|婚|一层|网|茧|疤|痂|冰碴)$/u, make: (_a, b) => [{ text: '结', tag: 'v' }, { text: '了', tag: 'ul' }, { text: b, tag: forcedTag(b) }] },
  // 鼻梁上架|着 → 上|架|着: resting on (上 "on", 架 "to prop"), not 上架 "to put on the shelves".
  { first: /^上架$/u, second: /^着$/u, make: () => [{ text: '上', tag: 'f' }, { text: '架', tag: 'v' }, { text: '着', tag: 'uz' }] },
  // 土里长|出来 → 里|长: growing (长 zhǎng) out of the soil, not 里长 "a neighbourhood chief".
  { first: /^里长$/u, second: /^(?:出来|出|出了|大|高|满|着|起来)$/u, make: (_a, b) => [{ text: '里', tag: 'f' }, { text: '长', tag: 'v' }, { text: b, tag: forcedTag(b) }] },
  // 七|点|半开门 → 半|开门: half past seven, opening (not 半开门 "a prostitute").
  { first: /^(?:点|[一二三四五六七八九十两]+点|[0-9０-９]+点)$/u, second: /^半开门$/u, make: (a) => [{ text: a, tag: a === '点' ? 'q' : 'm' }, { text: '半', tag: 'm' }, { text: '开门', tag: 'v' }] },
  // 写|作用|的书桌 → 写作|用: what one writes at, not 作用 "effect".
  { first: /^写$/u, second: /^作用$/u, then: /^的$/u, make: () => [{ text: '写作', tag: 'v' }, { text: '用', tag: 'v' }] },
  // 把酒|倒出来 → 把|酒: the wine as 把 marks it, before what is done with it (not 把酒 "to raise one's cup").
  { first: /^把酒$/u, second: /^(?:倒|倒出|倒进|倒入|倒掉|倒出来|喝|喝掉|喝光|放|放进|拿|端|藏|卖|洒|泼|递|搬|存|封)/u, make: (_a, b) => [{ text: '把', tag: 'p' }, { text: '酒', tag: 'n' }, { text: b, tag: forcedTag(b) }] },
  // 在下|一轮 → 在|下|一轮: in the next (round), not 在下 "I (humble)".
  { first: /^在下$/u, second: /^(?:一|一轮|一个|一次|一场|一期|一步|一代|一周|一阶段|个|半场|周|个月|午|次)/u, make: (_a, b) => (b.startsWith('一') ? [{ text: '在', tag: 'p' }, { text: '下一', tag: forcedTag('下一') }, ...(b.length > 1 ? [{ text: b.slice(1), tag: forcedTag(b.slice(1)) }] : [])] : [{ text: '在', tag: 'p' }, { text: '下', tag: 'f' }, { text: b, tag: forcedTag(b) }]) },
  // 上市|在|即 → 在即: imminent, closing the clause.
  { first: /^在$/u, second: /^即$/u, then: /^(?:[\p{P}\s]|$)/u, make: () => [{ text: '在即', tag: 'v' }] },
  // 车辆|变|道 → 变道: changing lanes.
  { first: /^变$/u, second: /^道$/u, make: () => [{ text: '变道', tag: 'v' }] },
  // 好人有好|报 → 好报: a good deed's reward.
  { first: /^好$/u, second: /^报$/u, then: /^(?:[\p{P}\s]|$)/u, make: () => [{ text: '好报', tag: 'n' }] },
  // 正|月初|六 → 正月|初六: the sixth of the first lunar month.
  { first: /^正$/u, second: /^月初$/u, then: /^[一二三四五六七八九十]$/u, make: () => [{ text: '正月', tag: 't' }, { text: '初', tag: 'f' }] },
];

/** The RECUT_PAIRS whose second segment `text` can be, per text (most segments are none of them). */
const recutSeconds = new Map<string, readonly (typeof RECUT_PAIRS)[number][]>();

function recutPairsAfter(text: string): readonly (typeof RECUT_PAIRS)[number][] {
  return recutSeconds.get(text) ?? remember(recutSeconds, text, ANY_RECUT_SECOND.test(text) ? RECUT_PAIRS.filter((p) => p.second.test(text)) : NO_RECUT_PAIRS, KNOWN_WORD_LIMIT);
}

const NO_RECUT_PAIRS: readonly (typeof RECUT_PAIRS)[number][] = [];
/** Every second segment of RECUT_PAIRS in one expression: most words are none, found with one test instead of one per pair. */
const ANY_RECUT_SECOND = new RegExp(RECUT_PAIRS.map((p) => `(?:${p.second.source})`).join('|'), 'u');

/**
 * 没|人理 → 没人|理 "nobody pays heed": after 没, 人 and a one-character verb jieba glued together;
 * 第|五代 → 第五|代 "the fifth generation": an ordinal, not the Five Dynasties; and the pairs of RECUT_PAIRS.
 */
function recutPairs(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    if (!seg) continue;
    const next = segs[i + 1];
    // 一块一块|地租 → 地|租: a measure said twice and its adverbial 地 (de), then 租 "to rent", not 地租 "land rent".
    if (seg.text === '地租' && segs[i - 1] !== undefined && segs[i - 1]?.text === segs[i - 2]?.text && /^一/u.test(segs[i - 1]?.text ?? '')) {
      out ??= segs.slice(0, i);
      out.push({ text: '地', tag: 'uv' }, { text: '租', tag: 'v' });
      continue;
    }
    // 数|着数 → 数|着|数: counting numbers (the verb, its 着, the verb again), not 着数 "a chess move".
    if (next !== undefined && seg.text.length === 1 && next.text === `着${seg.text}`) {
      out ??= segs.slice(0, i);
      out.push(seg, { text: '着', tag: 'uz' }, { text: seg.text, tag: seg.tag });
      i++;
      continue;
    }
    // 只有多练习才能|学会 → 才|能: only then can one (a verb follows), not 才能 "talent" (他的才能|得到发挥).
    if (seg.text === '才能' && next !== undefined && ((/^v/.test(next.tag) && next.tag !== 'vn') || (next.tag === 'n' && hasVerbSense(next.text))) && !/^(?:的|有|展示|发挥|施展|显示|展现|具有|缺乏|其|和|与)$/u.test((out ? out[out.length - 1] : segs[i - 1])?.text ?? '')) {
      out ??= segs.slice(0, i);
      out.push({ text: '才', tag: 'd' }, { text: '能', tag: 'v' });
      continue;
    }
    // 本|名单|宏|宇 → 本名|单宏宇: someone's real name, 单 the surname (Shàn), not 名单 "a list of names".
    if (seg.text === '本' && next?.text === '名单' && (segs[i + 2]?.text.length ?? 0) === 1 && allHan(segs[i + 2]?.text ?? '')) {
      const one = segs[i + 2]?.text ?? '';
      const two = (segs[i + 3]?.text.length ?? 0) === 1 && allHan(segs[i + 3]?.text ?? '') && givenNameOk([one, segs[i + 3]?.text ?? '']) ? (segs[i + 3]?.text ?? '') : '';
      if (givenNameOk(two ? [one, two] : [one])) {
        out ??= segs.slice(0, i);
        out.push({ text: '本名', tag: 'n' }, { text: `单${one}${two}`, tag: 'nr' });
        i += two ? 3 : 2;
        continue;
      }
    }
    // 用的是同|一|颗芯片, 同|一个人说的 → 同一: the same, after 是 (的, 在…) or opening the clause,
    // before what is counted (not 我同|一个朋友去 "with a friend").
    if (seg.text === '同' && next !== undefined && /^一(?:[个次颗款位家所条件本种批台辆部张天年]|个人)?$/u.test(next.text)) {
      const before = out ? out[out.length - 1] : segs[i - 1];
      if ((before === undefined || /^[\p{P}\s]+$/u.test(before.text) || /^(?:是|的|在|于|用|属于|来自|出自|为|都是|也是|就是|不是)$/u.test(before.text)) && (next.text.length > 1 || (/^[qm]/.test(segs[i + 2]?.tag ?? '') && segs[i + 2]?.text.length === 1))) {
        out ??= segs.slice(0, i);
        out.push({ text: '同一', tag: 'b' });
        if (next.text === '一个人') out.push({ text: '个', tag: 'q' }, { text: '人', tag: 'n' });
        else if (next.text.length > 1) out.push({ text: next.text.slice(1), tag: 'q' });
        i++;
        continue;
      }
    }
    // 沿河/ns 的排污口, 沿河两岸: along the river, not Yanhe county (which 县 follows).
    if (seg.text === '沿河' && seg.tag === 'ns' && !/^(?:县|土家族)/u.test(next?.text ?? '')) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text, tag: 'd' });
      continue;
    }
    // 苏州|河边 → 苏州河|边: a river (lake) the dictionary names, then its bank.
    const bank = next !== undefined && next.text.length === 2 && '河江湖'.includes(next.text.charAt(0)) && /^(?:河|江|湖)(?:边|畔|岸|里|上)$/u.test(next.text) ? `${seg.text}${next.text.charAt(0)}` : '';
    if (bank && allHan(seg.text) && sharedEntries(bank).some((e) => /^[A-Z]/.test(e.pinyin) && /\b(?:river|creek|lake|stream)\b/i.test(e.senses[0] ?? ''))) {
      out ??= segs.slice(0, i);
      out.push({ text: bank, tag: 'ns' }, { text: next?.text.slice(1) ?? '', tag: 'f' });
      i++;
      continue;
    }
    const pair = next === undefined ? undefined : recutPairsAfter(next.text).find((p) => p.first.test(seg.text) && (p.then === undefined || p.then.test(segs[i + 2]?.text ?? '')));
    if (pair && next) {
      out ??= segs.slice(0, i);
      out.push(...pair.make(seg.text, next.text, segs[i + 2]?.text ?? ''));
      i += (pair.used ?? 2) - 1;
      continue;
    }
    const [first, second] = next !== undefined && (seg.text === '没' || seg.text === '没有') && next.text.length === 2 ? codePoints(next.text) : NO_CHARS;
    if ((seg.text === '没' || seg.text === '没有') && first === '人' && second !== undefined && (/^v/.test(jiebaTag(second) ?? '') || '理管问听信懂'.includes(second)) && !isCommonWord(next?.text ?? '')) {
      out ??= segs.slice(0, i);
      out.push({ text: `${seg.text}人`, tag: 'v' }, { text: second, tag: 'v' });
      i++;
      continue;
    }
    // (高得多/nr, 白得像: an adjective, its 得 and how much, which a name guess glued together late.)
    const [a, de, how] = NAME_TAGS.has(seg.tag) && seg.text.length === 3 ? codePoints(seg.text) : NO_CHARS;
    if (a !== undefined && how !== undefined && de === '得' && /^(?:a|v)/.test(jiebaTag(a) ?? '') && HOW_AFTER_ADJECTIVE_DE.test(how) && !hasWord(seg.text)) {
      out ??= segs.slice(0, i);
      out.push({ text: a, tag: 'a' }, { text: '得', tag: 'ud' }, { text: how, tag: everydayTag(how) ?? forcedTag(how) });
      continue;
    }
    // (越飞越/x 远: 越 … 越 "the more … the more", each part a word.)
    const verb = seg.text.length === 3 && seg.text.charAt(0) === '越' && seg.text.charAt(2) === '越' ? seg.text.charAt(1) : undefined;
    if (verb !== undefined && !hasWord(seg.text)) {
      out ??= segs.slice(0, i);
      out.push({ text: '越', tag: 'd' }, { text: verb, tag: everydayTag(verb) ?? forcedTag(verb) }, { text: '越', tag: 'd' });
      continue;
    }
    // (汤太淡/nr: the soup, too, bland: a degree word in the middle closes no name.)
    if (a !== undefined && how !== undefined && /^[太很真挺更最好]$/u.test(de ?? '') && /^a/.test(jiebaTag(how) ?? '')) {
      out ??= segs.slice(0, i);
      out.push({ text: a, tag: everydayTag(a) ?? 'n' }, { text: de ?? '', tag: 'd' }, { text: how, tag: 'a' });
      continue;
    }
    // (老|欧阳常/nr 说: Old Ouyang, then 常 "often"; 小|刘冻得/nr: Little Liu, cold, 得.)
    const familiar = out ? out[out.length - 1] : segs[i - 1];
    const double = a !== undefined && de !== undefined && how !== undefined && nameData().doubleSurnames.has(a + de) && ADVERBS_AFTER_NAMES.has(how);
    if (a !== undefined && de !== undefined && how !== undefined && (familiar?.text === '老' || familiar?.text === '小') && (double || (isCommonSurname(a) && how === '得'))) {
      out ??= segs.slice(0, i);
      out[out.length - 1] = { text: `${familiar.text}${double ? a + de : a}`, tag: 'nr' };
      out.push(double ? { text: how, tag: 'd' } : { text: de, tag: everydayTag(de) ?? forcedTag(de) }, ...(double ? [] : [{ text: '得', tag: 'ud' }]));
      continue;
    }
    // (诸葛明睡/nr 得: a double surname's name with a one-character verb glued on, before 得, 了 or 着.)
    const four = NAME_TAGS.has(seg.tag) && seg.text.length === 4 ? codePoints(seg.text) : NO_CHARS;
    if (four.length === 4 && nameData().doubleSurnames.has(`${four[0] ?? ''}${four[1] ?? ''}`) && /^v/.test(jiebaTag(four[3] ?? '') ?? '') && /^[得了着过]$/u.test(next?.text ?? '') && !hasWord(seg.text)) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text.slice(0, 3), tag: 'nr' }, { text: four[3] ?? '', tag: 'v' });
      continue;
    }
    // (小|何在/d 路边: Little He, then 在 "at": one of the commonest surnames glued to a function word after 小 or 老.)
    if ((seg.text === '小' || seg.text === '老') && next !== undefined && next.text.length === 2 && isTopSurname(next.text.charAt(0)) && '在也就都又还是和跟把被给对向打说问叫'.includes(next.text.charAt(1)) && allHan(segs[i + 2]?.text ?? '') && !/^(?:老是|老在|老跟|老和|老把|老给|老对|老向)$/u.test(seg.text + next.text.charAt(1))) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text + next.text.charAt(0), tag: 'nr' }, { text: next.text.charAt(1), tag: forcedTag(next.text.charAt(1)) });
      i++;
      continue;
    }
    // (王婶常/nr 过来: Auntie Wang, then 常 "often": a surname and a kin word close the name.)
    if (a !== undefined && how !== undefined && KIN_AFTER_SURNAME.has(de ?? '') && ADVERBS_AFTER_NAMES.has(how) && isCommonSurname(a)) {
      out ??= segs.slice(0, i);
      out.push({ text: `${a}${de ?? ''}`, tag: 'nr' }, { text: how, tag: 'd' });
      continue;
    }
    const ordinal = seg.text === '第' && next !== undefined ? /^([一二三四五六七八九十]+)代$/u.exec(next.text) : null;
    if (ordinal?.[1]) {
      out ??= segs.slice(0, i);
      out.push({ text: `第${ordinal[1]}`, tag: 'm' }, { text: '代', tag: 'q' });
      i++;
      continue;
    }
    out?.push(seg);
  }
  return out ?? segs;
}

function nameThenWord(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    if (!seg) continue;
    const chars = seg.tag === 'nr' ? codePoints(seg.text) : [];
    const last = chars[2] ?? '';
    const next = segs[i + 1];
    // (各 "each" only before what each did: 周鹏各中两记, not 方济各 "Francis".)
    const each = last === '各' && next !== undefined && /^(?:中|得|有|自|拿|投|进|取)/.test(next.text);
    if (chars.length === 3 && (AFTER_NAME_IN_ONE.has(last) || each) && next !== undefined && next.tag !== 'x' && !hasWord(seg.text) && surnameLength(chars) === 1 && looksLikeName(chars.slice(0, 2).join(''))) {
      out ??= segs.slice(0, i);
      out.push({ text: chars.slice(0, 2).join(''), tag: 'nr' }, { text: last, tag: forcedTag(last) });
      continue;
    }
    out?.push(seg);
  }
  return out ?? segs;
}

/** What segment() does after names and unknown phrases, in order; each takes and returns the segments. */
/** What a king has: 王城, 王陵, 王宫 (see surnamesBeforeThings). */
const ROYAL_THINGS = new Set(Array.from('城陵宫府墓庙朝室位冠座族'));

/**
 * 高句丽王城、王陵: 王 left alone (王/nr, from jieba's guess 王城/x) before what a king has is the
 * king's city and tombs, not Mr Wang's. (A surname alone before any other character is most often a
 * name jieba cut in pieces, 周/平 经理: a person still. 老王, 小王, 姓王 stand for the person.)
 */
function surnamesBeforeThings(segs: Segment[], text: string): Segment[] {
  // (Each case has 家, 司, 王, or an animal's 毛, 皮, 肉 or 骨.)
  if (!/[家司王毛皮肉骨]/u.test(text)) return segs;
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    const next = segs[i + 1];
    // 李家/nrfg 的房子: the Li family, their home (a surname and 家), no one called Li Jia.
    if (seg !== undefined && NAME_TAGS.has(seg.tag) && seg.text.length === 2 && seg.text.charAt(1) === '家' && isCommonSurname(seg.text.charAt(0)) && !hasWord(seg.text)) {
      out ??= segs.slice();
      out[i] = { text: seg.text, tag: 'n' };
      continue;
    }
    // 老/王家, 小/张家: how someone is called, then their home (not 王家 "princely").
    if ((seg?.text === '老' || seg?.text === '小') && next?.text.length === 2 && next.text.endsWith('家') && isCommonSurname(next.text.charAt(0))) {
      out ??= segs.slice();
      out.splice(i, 2, { text: seg.text + next.text.charAt(0), tag: 'nr' }, { text: '家', tag: 'n' });
      // (Both places are taken: the next segment is this 家 now.)
      i++;
      continue;
    }
    // 狗/n 毛/nr: an animal's hair, skin, meat or bones, not Mr Mao.
    if (seg?.tag === 'nr' && /^[毛皮肉骨]$/u.test(seg.text) && /^[狗猫羊鸡鸭鹅牛马兔猪鱼熊狼鹿]$/u.test(segs[i - 1]?.text ?? '')) {
      out ??= segs.slice();
      out[i] = { text: seg.text, tag: 'n' };
      continue;
    }
    // 分析司/nr 司长, 防控司/nr: 司 after what a department does is the department, not Mr Si.
    if (seg?.text === '司' && seg.tag === 'nr' && next !== undefined && allHan(next.text) && /^(?:n|vn|v)$/.test(segs[i - 1]?.tag ?? '') && codePointCount(segs[i - 1]?.text ?? '') >= 2) {
      out ??= segs.slice();
      out[i] = { text: seg.text, tag: 'n' };
      continue;
    }
    if (seg?.text !== '王' || seg.tag !== 'nr' || next?.text.length !== 1 || !ROYAL_THINGS.has(next.text)) continue;
    const before = segs[i - 1];
    if (before !== undefined && (/[老小姓]$/u.test(before.text) || NAMED_BY.has(before.text))) continue;
    if (isCue(next.text) || KIN_AFTER_SURNAME.has(next.text) || isAddressTerm(next.text) || isCommonWord(seg.text + next.text)) continue;
    out ??= segs.slice();
    out[i] = { text: seg.text, tag: 'n' };
  }
  return out ?? segs;
}

/** Verbs and words of a score kept, before the points: 领先第二名三分, 积四十五分. */
const SCORING = /^(?:积|得|领先|落后|赢|输|净胜|拿下|拿到|追回|追平|相差|差|得到|获得|共得|共积|总分|比分|反超|超出|扩大|缩小|落后了|领先了|扣|扣了|打|打了|被扣)$/u;

/**
 * 领先第二名三分: a number and 分 after a score is kept are so many points, not 三分 "somewhat" or
 * 十分 "very". (Only where the clause closes after it, or 的 or 优势 follows.)
 */
function pointsScored(segs: Segment[], text: string): Segment[] {
  if (!text.includes('分')) return segs;
  let out: Segment[] | undefined;
  for (let i = 1; i < segs.length; i++) {
    const seg = segs[i];
    if (!seg || seg.text.length < 2 || !seg.text.endsWith('分')) continue;
    const m = /^([一二三四五六七八九十两]+)分$/u.exec(seg.text);
    if (!m?.[1]) continue;
    const next = segs[i + 1];
    if (next !== undefined && allHan(next.text) && !/^(?:的|优势|之差|险胜|获胜|取胜)$/u.test(next.text)) continue;
    if (!segs.slice(Math.max(0, i - 4), i).some((s) => SCORING.test(s.text))) continue;
    out ??= segs.slice();
    const at = out.indexOf(seg);
    out.splice(at, 1, { text: m[1], tag: 'm' }, { text: '分', tag: 'q' });
  }
  return out ?? segs;
}

/** Characters Chinese spells foreign names with (基普罗诺, 穆斯卡特, 克雷桑): the usual transliteration set. */
const TRANSLITERATION = new Set(
  Array.from('阿埃艾安奥巴拜班邦保鲍贝本比彼波伯博布查茨达黛戴丹道德迪蒂杜多厄尔恩法范菲费芬丰弗夫福盖冈戈格贡古瓜哈海汉豪赫亨洪胡华霍基吉加贾杰捷金卡凯坎康考柯科克肯库奎昆拉莱赖兰朗劳勒雷蕾里利莉丽列林琳连隆卢鲁路伦罗洛马玛迈麦曼梅蒙门米密明姆莫穆纳娜奈内尼妮宁纽努诺欧帕潘佩彭皮普奇齐乔琼切萨塞赛桑瑟森沙莎善舍圣施史朔斯丝索塔泰坦汤唐特提图托瓦万威韦维温文沃乌西希谢辛休雅亚扬耶伊尤于约泽扎詹兹佐'),
);

/** Titles a foreign name follows (南非总统拉马福萨, 夫人布丽吉特): see foreignNames. */
const FOREIGN_TITLES = /^(?:总统|副总统|总理|首相|国王|女王|王储|亲王|王子|公主|外长|外交部长|国务卿|部长|大使|秘书长|议长|夫人|元帅|将军|主帅|教练|球员|前锋|中锋|后卫|门将|选手|球星)$/u;
/** One-character words a foreign name is glued to at its end (布丽吉特则 参观: 则 "while"). */
const NAME_END_WORDS = new Set([...'则也说在和是等还都又就']);

/** What a foreign place spelt in characters ends in: a port, city, state, island, river, lake, bay. */
const FOREIGN_PLACE_ENDS = new Set(Array.from('港市州岛河湖湾省城'));

export function transliterated(text: string): boolean {
  return allHan(text) && codePoints(text).every((c) => TRANSLITERATION.has(c));
}

/** A given name spelt as a foreign one is (格森 of 柏格森 Bergson, 培拉): transliteration characters only, or one of the giveaways (拉, 斯, 夫 …). */
export function foreignSounding(text: string): boolean {
  return transliterated(text) || codePoints(text).some((c) => FOREIGN_SYLLABLES.has(c));
}

/** Whether `seg` may be part of a foreign name beside a name's dot: transliteration characters, or a name jieba knows. */
function dotNamePiece(seg: Segment): boolean {
  return allHan(seg.text) && (transliterated(seg.text) || (NAME_TAGS.has(seg.tag) && foreignSounding(seg.text)) || FOREIGN_GIVEN_NAMES.test(everydaySense(seg.text) || sharedEntries(seg.text)[0]?.senses[0] || ''));
}

/** A dictionary sense that is a foreign given name (亚历山大 "Alexander (name)"). */
const FOREIGN_GIVEN_NAMES = /^[A-Z][a-z]+ \(name\)/;

/**
 * 加夫|列|尔·博里奇, 亚历山大·德|克罗, 马卡雷娜·里|帕蒙蒂说: a person's name written with the dot
 * between its parts, each part cut in pieces by jieba: the pieces on either side (transliteration
 * characters, at most eight) are one name each; a verb glued to the last piece (说, 则) is cut off.
 */
function namesAroundDots(segs: Segment[], text: string): Segment[] {
  if (!text.includes('·') && !text.includes('•')) return segs;
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    if ((seg.text !== '·' && seg.text !== '•') || i === 0) {
      out?.push(seg);
      continue;
    }
    const list = out ?? segs.slice(0, i);
    // Before the dot: the run of pieces back to a title or any other word.
    let from = list.length;
    let left = '';
    while (from > 0 && dotNamePiece(list[from - 1] as Segment) && codePointCount((list[from - 1] as Segment).text + left) <= 8) left = (list[--from] as Segment).text + left;
    // After it: the run of pieces, and a verb glued to the last one.
    let to = i + 1;
    let right = '';
    let glued = '';
    while (to < segs.length && codePointCount(right) < 8) {
      const piece = segs[to] as Segment;
      // (A preposition or conjunction after the name is none of it: 马瑟·布朗|于1999年.)
      if (piece.text.length === 1 && (NAME_END_WORDS.has(piece.text) || '于与及'.includes(piece.text)) && right !== '') break;
      // (…nor glued to its last piece before a year or a time: 布朗于|1999年.)
      if (piece.text.length >= 3 && piece.text.endsWith('于') && /^(?:m|t)/.test(segs[to + 1]?.tag ?? '') && transliterated(piece.text.slice(0, -1))) {
        right += piece.text.slice(0, -1);
        glued = '于';
        to++;
        break;
      }
      if (dotNamePiece(piece)) {
        right += piece.text;
        to++;
        continue;
      }
      const head = piece.text.slice(0, -1);
      if (piece.text.length >= 2 && NAME_END_WORDS.has(piece.text.slice(-1)) && transliterated(head)) {
        right += head;
        glued = piece.text.slice(-1);
        to++;
      }
      break;
    }
    if (codePointCount(left) < 2 || codePointCount(right) < 2 || (from === list.length - 1 && to === i + 2 && !glued && NAME_TAGS.has(list[from]?.tag ?? '') && NAME_TAGS.has(segs[i + 1]?.tag ?? ''))) {
      out?.push(seg);
      continue;
    }
    out = list.slice(0, from);
    out.push({ text: left, tag: 'nrt' }, seg, { text: right, tag: 'nrt' });
    if (glued) out.push({ text: glued, tag: glued === '于' ? 'p' : forcedTag(glued) });
    i = to - 1;
  }
  return out ?? segs;
}

/**
 * Foreign names jieba cut in pieces: the name after a person's · (穆萨·基/普罗/诺 → 基普罗诺), two
 * neighbouring pieces of one (穆斯/nr 卡特/nrt → 穆斯卡特). Only characters of the transliteration set
 * join (see also prepositionBeforeForeignName).
 */
function foreignNames(segs: Segment[]): Segment[] {
  let any = false;
  for (let i = 0; i < segs.length && !any; i++) {
    const s = segs[i] as Segment;
    any = s.tag === 'nrt' || s.text === '·' || s.text === '•' || FOREIGN_TITLES.test(s.text) || (s.text.length === 1 && FOREIGN_PLACE_ENDS.has(s.text) && (segs[i - 1]?.text.length ?? 0) <= 2 && (segs[i - 2]?.text.length ?? 0) <= 2 && transliterated(segs[i - 1]?.text ?? ''));
  }
  if (!any) return segs;
  // (Copied once something joins; most texts have none.)
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const last = out ? out[out.length - 1] : segs[i - 1];
    const beforeLast = out ? out[out.length - 2] : segs[i - 2];
    // 穆萨·基/普罗/诺: after a name and its dot, the run of transliterated pieces (up to eight characters).
    if ((last?.text === '·' || last?.text === '•') && NAME_TAGS.has(beforeLast?.tag ?? '') && transliterated(seg.text)) {
      let j = i;
      let name = '';
      // (Not a preposition or conjunction after it: 马瑟·布朗|于1999年.)
      while (j < segs.length && transliterated(segs[j]?.text ?? '') && !(j > i && /^(?:于|与|及)$/u.test(segs[j]?.text ?? '')) && codePointCount(name + (segs[j]?.text ?? '')) <= 8) name += segs[j++]?.text ?? '';
      if ((j > i + 1 || !NAME_TAGS.has(seg.tag)) && codePointCount(name) >= 2) {
        out ??= segs.slice(0, i);
        out.push({ text: name, tag: 'nrt' });
        i = j - 1;
        continue;
      }
    }
    // 南非总统拉马/福/萨, 夫人布/丽/吉特则: after a title, a foreign name jieba cut in pieces of one or
    // two transliteration characters (at least two pieces, three characters), the adverb or verb
    // glued to its last piece (则, 也) cut off again.
    if (last !== undefined && FOREIGN_TITLES.test(last.text) && seg.text.length <= 3 && allHan(seg.text)) {
      let j = i;
      let name = '';
      let rest = '';
      while (j < segs.length && codePointCount(name) < 8) {
        const piece = segs[j]?.text ?? '';
        if (piece.length <= 3 && codePointCount(name) + piece.length <= 8 && transliterated(piece) && !(piece.length >= 2 && hasWord(piece) && !NAME_TAGS.has(segs[j]?.tag ?? ''))) {
          name += piece;
          j++;
          continue;
        }
        // (吉特则: the piece and the word after the name.)
        if (piece.length >= 2 && piece.length <= 3 && NAME_END_WORDS.has(piece.slice(-1)) && transliterated(piece.slice(0, -1))) {
          name += piece.slice(0, -1);
          rest = piece.slice(-1);
          j++;
        }
        break;
      }
      if (j >= i + 2 && codePointCount(name) >= 3) {
        out ??= segs.slice(0, i);
        out.push({ text: name, tag: 'nrt' });
        if (rest) out.push({ text: rest, tag: forcedTag(rest) });
        i = j - 1;
        continue;
      }
    }
    // 扎/鲁比/诺/港: a foreign place spelt in characters, in pieces of one or two, and what it is.
    if (FOREIGN_PLACE_ENDS.has(seg.text) && i >= 3) {
      let k = i;
      let name = '';
      while (k > 0 && (segs[k - 1]?.text.length ?? 0) <= 2 && transliterated(segs[k - 1]?.text ?? '') && ((segs[k - 1]?.text.length ?? 0) === 1 || !hasWord(segs[k - 1]?.text ?? '')) && codePointCount(name) < 8) name = (segs[--k]?.text ?? '') + name;
      if (i - k >= 3 && codePointCount(name) >= 3 && (out ?? segs).length >= i - k) {
        out ??= segs.slice(0, i);
        out.splice(out.length - (i - k), i - k, { text: name + seg.text, tag: 'ns' });
        continue;
      }
    }
    // 穆斯/nr 卡特/nrt: one name in two pieces. (Not a country and its city, 卡塔尔/nr 多哈/nrt.)
    if (last && NAME_TAGS.has(last.tag) && NAME_TAGS.has(seg.tag) && (last.tag === 'nrt' || seg.tag === 'nrt') && transliterated(last.text) && transliterated(seg.text) && codePointCount(last.text + seg.text) <= 6 && !isCountry(last.text)) {
      out ??= segs.slice(0, i);
      out[out.length - 1] = { text: last.text + seg.text, tag: 'nrt' };
      continue;
    }
    out?.push(seg);
  }
  return out ?? segs;
}

/** Tags a foreign name's piece may carry when jieba guessed it (not a preposition, conjunction, particle or pronoun: 毕业于|马德里). */
const NOT_NAME_PIECE_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'r']);
/** Things named after a foreign name, spelt with characters of the transliteration set (波茨坦门, 西西里路). */
const THINGS_AFTER_NAMES = new Set([...'门海路']);
const NUMBER_TAGS = new Set(['m', 'q', 'mq']);
/** Words only a place follows (位于|卡尔瓦多斯, 属于|奥克塞尔), and kinds of place after its name (蒙迪迪耶|区). */
const PLACE_BEFORE_NAMES = new Set(['位于', '属于', '前往', '抵达', '途经', '接壤', '毗邻', '邻近', '坐落在', '位在']);
const PLACE_KIND_AFTER_NAMES = new Set([...'区县镇村郡堡']);
/** Characters Chinese names hardly use, that transliterations do (尔, 斯, 茨…). */
const FOREIGN_ONLY = /[尔斯茨兹夫基姆]/u;

/** Whether `text` has a sound only foreign names use (贝尔, 斯, 茨…): see foreignNamesInPieces, and annotate's foreign places. */
export function soundsOnlyForeign(text: string): boolean {
  return FOREIGN_ONLY.test(text);
}

/**
 * 贝尔/伯/克, 泽/连/斯/基, 沃伊切/霍夫斯/基: a foreign name jieba cut in pieces, with no title or dot
 * to say so. A run of pieces spelt only in transliteration characters, at least one of them a single
 * character and none a word of the language (偶尔, 丈夫 stop it), four characters or more, is one name
 * (a place with 州, 岛, 港… after it, or after 位于, 属于…). Three characters only with a sound Chinese names hardly use (尔, 斯,
 * 茨…): a Chinese name (杜丽娜) could be spelt so.
 */
function foreignNamesInPieces(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    // (Most segments start no run: one look at the first character before anything is built.)
    if (!TRANSLITERATION.has(seg.text.charAt(0))) {
      out?.push(seg);
      continue;
    }
    let j = i;
    while (j < segs.length) {
      const piece = segs[j] as Segment;
      const size = piece.text.length;
      if (size > 4 || NOT_NAME_PIECE_TAGS.has(piece.tag) || !transliterated(piece.text)) break;
      if (size > 1 && !NAME_TAGS.has(piece.tag) && piece.tag !== 'nz' && piece.tag !== 'ns' && hasWord(piece.text)) break;
      // (Not a number's 万 or 多 first, 十二|万|多|海里.)
      if (j === i && NUMBER_TAGS.has(piece.tag) && NUMBER_TAGS.has(segs[i - 1]?.tag ?? '')) break;
      j++;
    }
    // (Not the gate, road or sea it names: 波茨坦|门, 西西里|路.)
    if (j - i >= 2 && THINGS_AFTER_NAMES.has(segs[j - 1]?.text ?? '')) j--;
    // (Nor a country and a city in it, 卡塔尔|多|哈.)
    if (j - i >= 3 && seg.text.length > 1 && isCountry(seg.text) && hasWord(segs.slice(i + 1, j).map((s) => s.text).join(''))) j = i;
    let length = 0;
    let single = false;
    for (let k = i; k < j; k++) {
      const size = segs[k]?.text.length ?? 0;
      length += size;
      if (size === 1) single = true;
    }
    // (Three where a piece sounds foreign only, 朔/尔茨: not 杜/丽娜.)
    if (j - i >= 2 && single && (length >= 4 || (length === 3 && segs.slice(i, j).some((s) => soundsOnlyForeign(s.text)))) && length <= 10) {
      out ??= segs.slice(0, i);
      const name = segs.slice(i, j).map((s) => s.text).join('');
      // (With what kind of place it is, 切尔尼扬卡|州: one place, as foreignNames makes 扎鲁比诺港.)
      const kind = segs[j]?.text ?? '';
      if (FOREIGN_PLACE_ENDS.has(kind)) {
        out.push({ text: name + kind, tag: 'ns' });
        j++;
      } else out.push({ text: name, tag: PLACE_BEFORE_NAMES.has(segs[i - 1]?.text ?? '') || PLACE_KIND_AFTER_NAMES.has(kind) ? 'ns' : 'nrt' });
      i = j - 1;
      continue;
    }
    out?.push(seg);
  }
  return out ?? segs;
}

/** 由克雷桑/x: a preposition and a transliterated name jieba's guess glued together. */
function prepositionBeforeForeignName(seg: Segment): Segment[] | undefined {
  const chars = seg.tag === 'x' && seg.text.length >= 4 ? codePoints(seg.text) : [];
  if (chars.length < 4 || !/^[由被向对和与给把跟让]$/u.test(chars[0] ?? '') || !transliterated(chars.slice(1).join('')) || hasWord(chars.slice(0, 2).join(''))) return undefined;
  return [{ text: chars[0] ?? '', tag: 'p' }, { text: chars.slice(1).join(''), tag: 'nrt' }];
}

/** The segments acrossWords starts a case at (besides measure words, numbers, 直X and what precedes 的话 or 几点). */
const ACROSS_FIRSTS = new Set(['拿到', '不粘锅', '从前', '星期天', '礼拜天', '非', '往', '下', '上', '不太好', '他', '其他', '太', '过', '这么', '那么', '不要', '别', '出', '好', '好多', '想来', '就要', '低下', '学好', '买好', '看好', '地方', '手', '坏了', '一句话', '没什么', '口气', '一', '不比', '马拉', '不快', '急难', '不停', '总能']);

/**
 * Neighbours jieba cut across the words meant, each fixed where the words on both sides are sure:
 * 他 | 人财物 → 他人 | 财物, 吃太 | 多糖 → 太 | 多 | 糖, 出 | 生 | 于 → 出生 | 于, clause-initial 好 | 在 →
 * 好在 "fortunately", 张/q 宝山 带领 → the person 张宝山.
 */
function acrossWords(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  let i = 0;
  // (Declared once, not per segment: a closure per iteration costs more than the tests.)
  const replace = (count: number, ...parts: Segment[]): void => {
    out ??= segs.slice();
    out.splice(i, count, ...parts);
  };
  for (; i + 1 < (out ?? segs).length; i++) {
    const list: Segment[] = out ?? segs;
    const seg = list[i];
    const next = list[i + 1];
    if (!seg || !next) continue;
    // (Most segments start none of the cases: one look at the segment, its tag and the next.)
    if (!ACROSS_FIRSTS.has(seg.text) && seg.tag !== 'q' && seg.tag !== 'm' && next.text !== '的话' && next.text !== '几点' && seg.text.charAt(0) !== '直' && !(seg.text.length === 2 && seg.text.charAt(0) === seg.text.charAt(1))) continue;
    // 他 | 人财物: "others" and their property.
    if ((seg.text === '他' || seg.text === '其他') && next.text.length >= 3 && next.text.charAt(0) === '人' && hasWord(next.text.slice(1)) && !hasWord(next.text)) {
      replace(2, { text: `${seg.text}人`, tag: 'r' }, { text: next.text.slice(1), tag: forcedTag(next.text.slice(1)) });
      continue;
    }
    // 太 | 多糖 "polysaccharide": too much sugar.
    if (/^(?:太|过|这么|那么|不要|别)$/u.test(seg.text) && next.text.length === 2 && next.text.charAt(0) === '多' && isCommonWord(next.text.charAt(1)) && !/^to /.test(everydaySense(next.text.charAt(1))) && /^[吃喝放加用买花]$/u.test(list[i - 1]?.text ?? '')) {
      replace(2, seg, { text: '多', tag: 'a' }, { text: next.text.charAt(1), tag: 'n' });
      continue;
    }
    // 说了几句祝福的话: words said (的 + 话), not 的话 "if", after a measure of speech or 说.
    if (next.text === '的话' && list.slice(Math.max(0, i - 4), i + 1).some((x) => /^(?:句|几句|两句|番|些|一些|段|说|讲|听)$/u.test(x.text) || /[句番]$/u.test(x.text)) && !list.slice(Math.max(0, i - 8), i).some((x) => /^(?:如果|要是|假如|假设|万一|若|若是|倘若|如)$/u.test(x.text))) {
      replace(2, seg, { text: '的', tag: 'uj' }, { text: '话', tag: 'n' });
      continue;
    }
    // 不停 | 下来: not stopping (不 + 停下来), not 不停 "incessantly".
    if (seg.text === '不停' && /^(?:下来|下|住|了|止)$/u.test(next.text)) {
      replace(1, { text: '不', tag: 'd' }, { text: '停', tag: 'v' });
      continue;
    }
    // 总能 + a verb: can always (总 + 能), not "total energy".
    if (seg.text === '总能' && /^v/.test(next.tag)) {
      replace(1, { text: '总', tag: 'd' }, { text: '能', tag: 'v' });
      continue;
    }
    // 极大地方便了: 地 after a manner, then 方便 (not 地方 "place" + 便).
    if (seg.text === '地方' && next.text.length === 1 && /^(?:a|ad|d|z|b)$/.test(list[i - 1]?.tag ?? '') && isCommonWord(`方${next.text}`) && rankOf(`方${next.text}`) <= FREQUENT_RANK) {
      replace(2, { text: '地', tag: 'uv' }, { text: `方${next.text}`, tag: 'v' });
      continue;
    }
    // 手 | 把手 指导: hand in hand, one word (not 把手 "handle").
    if (seg.text === '手' && next.text === '把手' && list[i + 2] !== undefined && !/^[的是]/u.test(list[i + 2]?.text ?? '')) {
      replace(2, { text: '手把手', tag: 'd' });
      continue;
    }
    // 泡坏了, 累坏了: spoiled, broken, worn out (坏 + 了), not 坏了 "shoot!".
    if (seg.text === '坏了' && (list[i - 1]?.text.length ?? 0) === 1 && allHan(list[i - 1]?.text ?? '') && /^v/.test(list[i - 1]?.tag ?? '') && i > 0) {
      replace(1, { text: '坏', tag: 'a' }, { text: '了', tag: 'ul' });
      continue;
    }
    // 注意以下几点: the following points (几 + 点), not 几点 "what time?".
    if (next.text === '几点' && /^(?:以下|如下|下列|下面|以上|这|那|有|提出|提了)$/u.test(seg.text)) {
      out ??= segs.slice();
      out.splice(i + 1, 1, { text: '几', tag: 'm' }, { text: '点', tag: 'n' });
      continue;
    }
    // 一句话也不说: not one word (一 + 句 + 话), not 一句话 "in a word".
    if (seg.text === '一句话' && /^(?:也|都)$/u.test(next.text)) {
      replace(1, { text: '一', tag: 'm' }, { text: '句', tag: 'q' }, { text: '话', tag: 'n' });
      continue;
    }
    // 没什么人: hardly any (没 + 什么), not 没什么 "it doesn't matter".
    if (seg.text === '没什么' && /^n/.test(next.tag) && allHan(next.text)) {
      replace(1, { text: '没', tag: 'v' }, { text: '什么', tag: 'r' });
      continue;
    }
    // 叹了口气: one (口) breath (气), not 口气 "tone of voice".
    if (seg.text === '口气' && i > 0 && /^(?:了|一)$/u.test(list[i - 1]?.text ?? '') && /^[叹吸喘松出歇缓换]/u.test(list[i - 2]?.text ?? '')) {
      replace(1, { text: '口', tag: 'q' }, { text: '气', tag: 'n' });
      continue;
    }
    // 一 | 早就 发现: early in the morning (一早), then 就.
    if (seg.text === '一' && next.text === '早就' && /^v/.test(list[i + 2]?.tag ?? '')) {
      replace(2, { text: '一早', tag: 't' }, { text: '就', tag: 'd' });
      continue;
    }
    // 收入不比在外地差: no worse than (不 + 比), before what is compared, not 不比 "unlike".
    if (seg.text === '不比' && list.slice(i + 1, i + 6).some((x, k, rest) => /^a/.test(x.tag) && (rest[k + 1] === undefined || !allHan(rest[k + 1]?.text ?? '') || /^(?:了|的|多少|多|些|一些|一点)$/u.test(rest[k + 1]?.text ?? '')))) {
      replace(1, { text: '不', tag: 'd' }, { text: '比', tag: 'p' });
      continue;
    }
    // 好不热闹: how very lively (好不 + a description), not 好 "good" + 不 "not".
    if (seg.text === '好' && next.text === '不' && /^(?:a|ad|an|z)$/.test(list[i + 2]?.tag ?? '') && codePointCount(list[i + 2]?.text ?? '') === 2 && !(list[i + 2]?.text ?? '').startsWith('好') && (i === 0 || /^[\p{P}\s]+$/u.test(list[i - 1]?.text ?? ''))) {
      replace(2, { text: '好不', tag: 'd' });
      continue;
    }
    // 马拉/nr 爬犁: drawn by a horse (马 + 拉), not Marat.
    if (seg.text === '马拉' && /^(?:爬犁|雪橇|车|犁|绞盘|大车|马车|货车)$/u.test(next.text)) {
      replace(1, { text: '马', tag: 'n' }, { text: '拉', tag: 'v' });
      continue;
    }
    // 走得不快: not fast, after 得 (不 + 快), not 不快 "unhappy, (of a knife) blunt".
    if (seg.text === '不快' && list[i - 1]?.text === '得') {
      replace(1, { text: '不', tag: 'd' }, { text: '快', tag: 'a' });
      continue;
    }
    // 急难 | 愁 | 盼: the slogan, the people's most pressing concerns, in one.
    if (seg.text === '急难' && next.text === '愁' && list[i + 2]?.text === '盼') {
      replace(3, { text: '急难愁盼', tag: 'i' });
      continue;
    }
    // 急得直哭/x: over and over (直) and the verb, which jieba's guess glued together.
    if (seg.text.length === 2 && seg.text.charAt(0) === '直' && !hasWord(seg.text) && /^v/.test(jiebaTag(seg.text.charAt(1)) ?? '')) {
      replace(1, { text: '直', tag: 'd' }, { text: seg.text.charAt(1), tag: 'v' });
      continue;
    }
    // 下 | 回记得: next time (下回), then 记得 (jieba's 回记得/x).
    if ((seg.text === '下' || seg.text === '上') && next.text.length >= 3 && /^[回次]/u.test(next.text) && hasWord(seg.text + next.text.charAt(0)) && hasWord(next.text.slice(1))) {
      replace(2, { text: seg.text + next.text.charAt(0), tag: 't' }, { text: next.text.slice(1), tag: forcedTag(next.text.slice(1)) });
      continue;
    }
    // 不太好 | 找: not very easy to find (不太 + 好找), not 不太好 "not so good" + 找.
    if (seg.text === '不太好' && next.text.length === 1 && /^v/.test(next.tag)) {
      replace(2, { text: '不太', tag: 'd' }, { text: `好${next.text}`, tag: 'a' });
      continue;
    }
    // 从前 | 天 晚上: from the day before yesterday (从 + 前天), not 从前 "previously".
    if (seg.text === '从前' && next.text === '天' && /^(?:晚上|早上|上午|下午|中午|夜里|开始|起|以来|到)$/u.test(list[i + 2]?.text ?? '')) {
      replace(2, { text: '从', tag: 'p' }, { text: '前天', tag: 't' });
      continue;
    }
    // 这个星期天 | 天: this week (星期), every day (天天), not Sunday.
    if ((seg.text === '星期天' || seg.text === '礼拜天') && next.text === '天' && /^v/.test(list[i + 2]?.tag ?? '')) {
      replace(2, { text: seg.text.slice(0, 2), tag: 't' }, { text: '天天', tag: 'd' });
      continue;
    }
    // 非 | 要 坐下: insisting on (非要), before the verb.
    if (seg.text === '非' && next.text === '要' && /^v/.test(list[i + 2]?.tag ?? '')) {
      replace(2, { text: '非要', tag: 'd' });
      continue;
    }
    // 往 | 下落: downwards (往下), then 落 "to fall", not 下落 "whereabouts".
    if (seg.text === '往' && next.text === '下落') {
      replace(2, { text: '往下', tag: 'd' }, { text: '落', tag: 'v' });
      continue;
    }
    // 一点儿也不粘锅: doesn't stick to the pot (不 + 粘 + 锅), not 不粘锅 "non-stick pan", after 也 or 都.
    if (seg.text === '不粘锅' && i > 0 && /^(?:也|都|就|还|并|从来)$/u.test(list[i - 1]?.text ?? '')) {
      replace(1, { text: '不', tag: 'd' }, { text: '粘', tag: 'v' }, { text: '锅', tag: 'n' });
      continue;
    }
    // 笃笃/z 笃/ag 地: a sound said three times is one, before its 地.
    if (seg.text.length === 2 && seg.text.charAt(0) === seg.text.charAt(1) && next.text === seg.text.charAt(0) && list[i + 2]?.text === '地') {
      replace(2, { text: seg.text + next.text, tag: 'z' });
      continue;
    }
    // 把布拿到镇上: took it (拿) to the town (到 + where), not 拿到 "to get".
    if (seg.text === '拿到' && (next.tag === 'ns' || /^(?:镇上|城里|家里|集上|市场|学校|街上|村里|县城|城里去|外面|楼下|楼上)$/u.test(next.text) || (next.text.length === 1 && /^[镇城村县市集家]$/u.test(next.text)))) {
      replace(1, { text: '拿', tag: 'v' }, { text: '到', tag: 'v' });
      continue;
    }
    // 现在好多了: much better (好 + 多), not 好多 "many".
    if (seg.text === '好多' && next.text === '了' && (list[i + 2] === undefined || !allHan(list[i + 2]?.text ?? ''))) {
      replace(1, { text: '好', tag: 'a' }, { text: '多', tag: 'a' });
      continue;
    }
    // 说想来上海看看: wanting to come (想 + 来), not 想来 "it may be assumed".
    if (seg.text === '想来' && (/^(?:ns|nr|r|s)$/.test(next.tag) || /^(?:看看|玩|玩玩|参观|旅游|这里|这儿|中国|北京|我家|你家)$/u.test(next.text))) {
      replace(1, { text: '想', tag: 'v' }, { text: '来', tag: 'v' });
      continue;
    }
    // 路上就要花一两个小时: it already takes (就 + 要), not 就要 "about to".
    if (seg.text === '就要' && /^(?:花|用|需要|走|等|坐|开)$/u.test(next.text) && /^m/.test(list[i + 2]?.tag ?? '')) {
      replace(1, { text: '就', tag: 'd' }, { text: '要', tag: 'v' });
      continue;
    }
    // 低下了头: lowering (低 + 下), not 低下 "low status".
    if (seg.text === '低下' && (next.text === '了' || next.text === '头')) {
      replace(1, { text: '低', tag: 'v' }, { text: '下', tag: 'v' });
      continue;
    }
    // 学好知识, 买好票了, 看好病: the verb and 好 "well, done", not 学好 "to follow good examples",
    // 买好 "to ingratiate oneself", 看好 "to regard as promising", before what is learned, bought or treated.
    if (/^(?:学好|买好|看好)$/u.test(seg.text) && (/^n/.test(next.tag) || next.text === '了' || (isCommonWord(next.text) && !/^to /.test(everydaySense(next.text)))) && !(seg.text === '看好' && next.text !== '病' && next.text !== '了')) {
      replace(1, { text: seg.text.charAt(0), tag: 'v' }, { text: '好', tag: 'a' });
      continue;
    }
    // 建成了三条智能生产线: three (三) lines (条), not 三条 "three of a kind (poker)": a number and a
    // measure word before what they count, where the dictionary has the pair as a card game's.
    if (/^[两三四五六七八九十]./u.test(seg.text) && seg.text.length === 2 && /^m/.test(seg.tag) && /\((?:poker|mahjong|cards?)\)|\bof a kind\b/.test(everydaySense(seg.text)) && isClassifier(seg.text.charAt(1)) && /^(?:n|a|b|vn|nz)/.test(next.tag)) {
      replace(1, { text: seg.text.charAt(0), tag: 'm' }, { text: seg.text.charAt(1), tag: 'q' });
      continue;
    }
    // 出 | 生 | 于: born in (from jieba's 年出/x 生于/v).
    if (seg.text === '出' && next.text === '生' && /^(?:于|在|的|地|后|时|前|以来)$/u.test(list[i + 2]?.text ?? '')) {
      replace(2, { text: '出生', tag: 'v' });
      continue;
    }
    // 好 | 在 at the start of a clause: fortunately (not 好在哪里 "good in what way").
    const before = list[i - 1];
    if (seg.text === '好' && next.text === '在' && (before === undefined || /^[\p{P}\s]+$/u.test(before.text)) && !/^(?:哪|哪里|哪儿|何处|于|这里|那里|这儿|那儿)$/u.test(list[i + 2]?.text ?? '')) {
      replace(2, { text: '好在', tag: 'd' });
      continue;
    }
    // 张/q 宝山/nr 带领: a surname jieba took for a measure word (no number before it), a given name
    // and what the person does.
    const after = list[i + 2];
    if (seg.tag === 'q' && seg.text.length === 1 && isCommonSurname(seg.text) && !/^(?:m|mq|r|q)$/.test(before?.tag ?? '') && codePointCount(next.text) === 2 && /^(?:nr|ns|nz|x)$/.test(next.tag) && after !== undefined && /^v/.test(after.tag) && codePointCount(after.text) >= 2) {
      replace(2, { text: seg.text + next.text, tag: 'nr' });
      continue;
    }
  }
  return out ?? segs;
}

/** A proper noun CC-CEDICT knows only as a place, or as a cross-reference to one (图们 "see 图们市"). */
function dictionaryPlace(text: string): boolean {
  const entries = sharedEntries(text);
  return entries.length > 0 && entries.every((e) => /^[A-Z]/.test(e.pinyin)) && entries.some((e) => /\b(?:city|county|district|prefecture|province|town|township|village)\b|^see \S+[市县区州镇]/u.test(e.senses[0] ?? ''));
}

/** A place beside an item of a list (see placesInLists). */
function isListedPlace(x: Segment | undefined): boolean {
  return x !== undefined && (x.tag === 'ns' || (x.text.length >= 2 && allHan(x.text) && (knownPlace(x.text) || dictionaryPlace(x.text))));
}

/**
 * 延吉、和龙、图们等地: in a list that names a place, the other items the dictionary knows as places
 * are places too, whatever jieba made of them (和 "and" + 龙 "dragon", 图们 "diagram + plural").
 */
function placesInLists(segs: Segment[], text: string): Segment[] {
  if (!text.includes('、')) return segs;
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const list = out ?? segs;
    const seg = list[i];
    if (!seg) continue;
    const before = list[i - 1];
    // An item: right after 、, or right before it.
    const listed = before?.text === '、' || list[i + 1]?.text === '、' || list[i + 2]?.text === '、';
    if (!listed || seg.tag === 'ns' || !allHan(seg.text)) continue;
    // (Beside a place in the list.)
    const placeNear = isListedPlace(list[i - 2]) || isListedPlace(list[i + 2]) || isListedPlace(list[i + 3]);
    if (!placeNear) continue;
    const pair = seg.text.length === 1 && list[i + 1]?.text.length === 1 && list[i + 2]?.text === '、' ? seg.text + (list[i + 1]?.text ?? '') : '';
    if (pair && dictionaryPlace(pair)) {
      out ??= segs.slice();
      out.splice(i, 2, { text: pair, tag: 'ns' });
      continue;
    }
    // (In a list of places closed by 等地, any place the dictionary has: 洛川、白水等地, not "plain water".)
    const closed = list[i + 1]?.text === '等' && /^地/u.test(list[i + 2]?.text ?? '');
    const placeEntry = closed && sharedEntries(seg.text).some((e) => /^[A-Z]/.test(e.pinyin) && /\b(?:city|county|district|prefecture|province|town)\b/.test(e.senses[0] ?? ''));
    if (seg.text.length === 2 && (before?.text === '、' || list[i + 1]?.text === '、' || closed) && (dictionaryPlace(seg.text) || placeEntry)) {
      out ??= segs.slice();
      out[i] = { text: seg.text, tag: 'ns' };
    }
  }
  return out ?? segs;
}

/** Last characters of sights that say what they are (二王庙, 伏龙观, 安澜桥). */
const SIGHT_ENDS = /[庙观桥寺塔亭楼阁宫殿园湖峰洞岛]$/u;

/** A list closed by a kind of place, or sights before 等, somewhere in the text. */
const LIST_OF_PLACES_TEXT = /等(?:景区|景点|地|村|镇|乡|社区|街道|村庄|古村|县|市|区)|[两三四五六七八九十几]个?(?:景区|景点|地|村|镇|乡|社区|街道|村庄|古村|县|市|区)|[庙观桥寺塔亭楼阁宫殿园湖峰洞岛]等/u;

/** How many items a list has (两个社区). */
const LIST_COUNTS = new Set([...'两三四五六七八九十几']);

/** What closes a list of places: 等景区, 等地, 两个社区, 三个村. */
const PLACE_KINDS_AFTER_LIST = /^(?:景区|景点|地|村|镇|乡|社区|街道|村庄|古村|县|市|区)$/u;

/**
 * 篁岭、晓起、李坑等景区, 朝阳、和平两个社区: every item of a list closed by what kind of places they
 * are is a place, in one piece (李 + 坑 → 李坑), whatever jieba made of it.
 */
function listsOfPlaces(segs: Segment[], text: string): Segment[] {
  // (One look at the text: most lists are closed by nothing of the kind.)
  if (!text.includes('、') || !LIST_OF_PLACES_TEXT.test(text)) return segs;
  let out: Segment[] | undefined;
  for (let k = 1; k < segs.length - 1; k++) {
    const close = segs[k] as Segment;
    // (Most segments stop here: 等 before a kind of place or after a sight, or a number of one
    // character (and 个) before a kind of place.)
    if (close.text === '等' ? !PLACE_KINDS_AFTER_LIST.test(segs[k + 1]?.text ?? '') && !SIGHT_ENDS.test(segs[k - 1]?.text ?? '') : close.text.length > 2 || !LIST_COUNTS.has(close.text.charAt(0)) || !PLACE_KINDS_AFTER_LIST.test((close.text.length === 1 && segs[k + 1]?.text === '个' ? segs[k + 2] : segs[k + 1])?.text ?? '')) continue;
    // (How many, in one piece or two: 两个 | 社区, 两 | 个 | 社区.)
    const counted = /^[两三四五六七八九十几]$/u.test(close.text) && segs[k + 1]?.text === '个';
    const kind = segs[counted ? k + 2 : k + 1];
    const closing = (close.text === '等' || counted || /^[两三四五六七八九十几]个$/u.test(close.text)) && kind !== undefined && PLACE_KINDS_AFTER_LIST.test(kind.text);
    // (Or 等 after sights that say what they are: 二王庙、伏龙观、安澜桥等.)
    const sights = close.text === '等' && SIGHT_ENDS.test(segs[k - 1]?.text ?? '');
    if (!closing && !sights) continue;
    // Back over the items: one or two pieces of two or three Han characters in all, 、 between.
    const list = out ?? segs;
    const items: [number, number][] = [];
    let end = k;
    for (;;) {
      // (Pieces back to a mark or a particle, three characters at most: 李|坑, 安澜|桥, 二|王|庙.)
      let start = end;
      let chars = 0;
      while (start > 0) {
        const piece = list[start - 1]?.text ?? '';
        const n = codePointCount(piece);
        if (!allHan(piece) || NOT_IN_TOWN.has(piece) || chars + n > 3 || (chars > 0 && n > 1 && chars + n > 3)) break;
        start--;
        chars += n;
        if (chars >= 2 && (list[start - 1]?.text === '、' || !allHan(list[start - 1]?.text ?? ''))) break;
      }
      const item = list.slice(start, end);
      // (Not part of a longer name, 新|地方: the item starts after a mark, 、 or the list's start.)
      const opens = start === 0 || !allHan(list[start - 1]?.text ?? '') || list[start - 1]?.text === '、' || /^[的在到和与及]$/u.test(list[start - 1]?.text ?? '') || codePointCount(list[start - 1]?.text ?? '') >= 2;
      if (item.length === 0 || chars < 2 || chars > 3 || !opens || !item.every((x) => allHan(x.text))) break;
      items.push([start, end]);
      if (list[start - 1]?.text !== '、') break;
      end = start - 1;
    }
    if (items.length < 2) continue;
    if (sights && !closing && !items.every(([, stop]) => SIGHT_ENDS.test(list[stop - 1]?.text ?? ''))) continue;
    const next = list.slice();
    for (const [start, stop] of items) {
      const word = next.slice(start, stop).map((x) => x.text).join('');
      next.splice(start, stop - start, { text: word, tag: 'ns' }, ...Array.from({ length: stop - start - 1 }, () => ({ text: '', tag: 'x' })));
      // (Called by its name, unless the dictionary names it already: 德国 is Germany.)
      if (!sharedEntries(word).some((e) => /^[A-Z]/.test(e.pinyin))) placesByList.add(word);
    }
    out = next.filter((x) => x.text !== '');
    k = out.indexOf(close);
  }
  return out ?? segs;
}

/** Whether `text` starts with a surname, of one character or two (慕容). */
function startsWithSurname(text: string): boolean {
  const { surnames, doubleSurnames } = nameData();
  return surnames.has(text.charAt(0)) || doubleSurnames.has(text.slice(0, 2));
}

/** Whether `pieces` (one to three segments) make a name no dictionary has: 马东, 黄|家|乐, 欧阳|朵朵. */
function namePieces(pieces: readonly Segment[]): boolean {
  if (pieces.length === 0 || pieces.length > 3) return false;
  const text = pieces.length === 1 ? (pieces[0]?.text ?? '') : pieces.map((x) => x.text).join('');
  if (text.length < 2 || text.length > 4) return false;
  const n = codePointCount(text);
  // (Not a state, temple or bridge of a list of them: 虢国、芮国, 二王庙、伏龙观、安澜桥.)
  if (PLACE_ENDINGS.has(text.slice(-1)) || /[国观宫殿楼阁亭塔园馆院堂山江河峰洞]$/u.test(text)) return false;
  return pieces.length >= 1 && pieces.length <= 3 && n >= 2 && n <= 4 && allHan(text) && pieces.every((x) => x.tag !== 'ns' || !knownPlace(x.text)) && looksLikeName(text) && !hasWord(text) && !knownPlace(text);
}

/**
 * 和马东、黄家乐、欧阳朵朵组一个队: three or more items in a row, each shaped like a name no
 * dictionary has, are people, each in one piece (黄|家|乐 → 黄家乐), whatever jieba made of them.
 */
function listsOfPeople(segs: Segment[], text: string): Segment[] {
  if (!text.includes('、')) return segs;
  const marks: number[] = [];
  segs.forEach((x, i) => {
    if (x.text === '、') marks.push(i);
  });
  if (marks.length < 2) return segs;
  let out: Segment[] | undefined;
  for (let a = 0; a < marks.length - 1; a++) {
    // A chain of marks with a name between each two (one to three pieces: most lists stop at the count).
    let b = a;
    while (b + 1 < marks.length && (marks[b + 1] ?? 0) - (marks[b] ?? 0) <= 4 && startsWithSurname(segs[(marks[b] ?? 0) + 1]?.text ?? '') && namePieces(segs.slice((marks[b] ?? 0) + 1, marks[b + 1]))) b++;
    if (b === a) continue;
    const first = marks[a] ?? 0;
    const last = marks[b] ?? 0;
    // The first item ends at the first mark, the last starts after the last: the longest name there.
    let from = -1;
    for (let k = Math.max(0, first - 3); k < first; k++) if (from < 0 && namePieces(segs.slice(k, first))) from = k;
    let to = -1;
    for (let k = Math.min(segs.length, last + 4); k > last + 1; k--) if (to < 0 && namePieces(segs.slice(last + 1, k))) to = k;
    if (from < 0 || to < 0) {
      a = b;
      continue;
    }
    out ??= segs.slice();
    const spans: [number, number][] = [[from, first]];
    for (let j = a; j < b; j++) spans.push([(marks[j] ?? 0) + 1, marks[j + 1] ?? 0]);
    spans.push([last + 1, to]);
    for (const [start, stop] of spans) {
      const name = segs.slice(start, stop).map((x) => x.text).join('');
      for (let k = start; k < stop; k++) out[k] = { text: k === start ? name : '', tag: 'nr' };
    }
    a = b;
  }
  return out ? out.filter((x) => x.text !== '') : segs;
}

/** Countries named by one character when several are named together (中俄, 中、俄、朝三国, 中肯两国). */
export const COUNTRY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['中', 'China'], ['美', 'the United States'], ['俄', 'Russia'], ['日', 'Japan'], ['韩', 'South Korea'], ['朝', 'North Korea (the DPRK)'],
  ['英', 'the United Kingdom'], ['法', 'France'], ['德', 'Germany'], ['印', 'India'], ['越', 'Vietnam'], ['泰', 'Thailand'], ['蒙', 'Mongolia'],
  ['肯', 'Kenya'], ['埃', 'Egypt'], ['澳', 'Australia'], ['加', 'Canada'], ['哈', 'Kazakhstan'], ['老', 'Laos'], ['柬', 'Cambodia'], ['缅', 'Myanmar'], ['巴', 'Pakistan'], ['菲', 'the Philippines'], ['欧', 'the European Union'],
]);
/** The tag countriesNamed gives a country named by one character (jieba's own j marks any abbreviation). */
export const COUNTRY_TAG = 'nsj';
/** What follows countries named together: how many, the two sides, their relations, border, trade or ministers. */
const COUNTRIES_AFTER = /^(?:[两三四五六七八九多]国|双方|两国|三国|四国|关系|边境|合作|友好|互市|贸易|建交|外长|元首|领导人|交界|接壤|联合|共同|之间|铁路|公路|口岸|航线|通道|经济走廊|班列)/u;

/**
 * 中、俄、朝三国, 中肯两国, 中蒙两国: countries each named by one character, before what they share
 * (三国, 两国, 关系, 边境…): each is its country (tagged COUNTRY_TAG), not 中 "within", 朝
 * "towards" or 中肯 "pertinent".
 */
function countriesNamed(segs: Segment[], text: string): Segment[] {
  if (!/[两三四五六七八九多]国|双方|关系|边境|合作|友好|互市|贸易|建交|外长|元首|领导人|交界|接壤|铁路|公路|口岸|航线|通道|走廊|班列/u.test(text)) return segs;
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const list = out ?? segs;
    const seg = list[i];
    if (!seg || !COUNTRY_ABBREVIATIONS.has(seg.text.charAt(0))) continue;
    // The run of one-character countries (a word of two, 中肯, counts as two), 、 between them.
    let k = i;
    const names: string[] = [];
    while (k < list.length) {
      const x = list[k];
      if (!x) break;
      if (x.text === '、' && names.length > 0) {
        k++;
        continue;
      }
      if (x.text.length > 2 || !Array.from(x.text).every((c) => COUNTRY_ABBREVIATIONS.has(c))) break;
      names.push(...Array.from(x.text));
      k++;
    }
    const following = list[k];
    if (names.length < 2 || !following || !COUNTRIES_AFTER.test(following.text + (list[k + 1]?.text ?? ''))) continue;
    const pieces: Segment[] = [];
    for (let j = i; j < k; j++) {
      const x = list[j] as Segment;
      if (x.text === '、') pieces.push(x);
      else for (const c of Array.from(x.text)) pieces.push({ text: c, tag: COUNTRY_TAG });
    }
    out ??= segs.slice();
    out.splice(i, k - i, ...pieces);
    i += pieces.length - 1;
  }
  return out ?? segs;
}

/**
 * 最爱问 "most like to ask", 很好看: after a degree word or a negation, two characters CC-CEDICT
 * knows only as a website, an app or a company (爱问 iAsk.com) are a verb and what follows it, each
 * its own word (a brand is never "most").
 */
function brandsAfterDegree(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    if (i > 0 && isBrandAfterDegree(seg, segs[i - 1] as Segment)) {
      out ??= segs.slice(0, i);
      out.push(...codePoints(seg.text).map((c) => ({ text: c, tag: everydayTag(c) ?? forcedTag(c) })));
      continue;
    }
    out?.push(seg);
  }
  return out ?? segs;
}

/** Two everyday characters CC-CEDICT knows only as a brand (see brandsAfterDegree), after a degree word or a negation. */
function isBrandAfterDegree(seg: Segment, prev: Segment): boolean {
  if (seg.text.length !== 2 || !/^(?:最|很|太|更|挺|真|非常|特别|比较|不|没|也|都|就)$/u.test(prev.text) || !allHan(seg.text)) return false;
  const entries = sharedEntries(seg.text);
  if (entries.length === 0 || !entries.every((e) => /^[A-Z]/.test(e.pinyin) && /\.com\b|\bwebsite\b|\bsearch engine\b|\bapp\b|\bcompany\b|\bbrand\b/i.test(e.senses[0] ?? ''))) return false;
  return codePoints(seg.text).every((c) => isCommonWord(c));
}

/**
 * 柏杨 … 劝柏|杨去, 欧阳晓晓 … 晓|晓手笨, 郝建 … 郝建打/nr 了电话: a person the passes found anywhere
 * in the text (a full name with a surname CC-CEDICT does not know as a word), and a given name said
 * twice of a longer one, are the person wherever else jieba cut them up or glued a verb on (the
 * names found before the passes are merged the same way at the start).
 */
function knownNamesAgain(segs: Segment[]): Segment[] {
  let names: Set<string> | undefined;
  for (const seg of segs) {
    // (A pet name said twice the passes found, 豆豆 of 名叫“豆豆”: the name elsewhere too.)
    if (seg.tag === 'nr' && seg.text.length === 2 && seg.text.charAt(0) === seg.text.charAt(1) && !hasWord(seg.text) && givenNameOk([seg.text.charAt(0)])) (names ??= new Set()).add(seg.text);
    if (seg.tag !== 'nr' || seg.text.length < 2 || seg.text.length > 4 || !allHan(seg.text) || hasWord(seg.text)) continue;
    const chars = codePoints(seg.text);
    const own = surnameLength(chars);
    if (own === 0 || own >= chars.length || !givenNameOk(chars.slice(own))) continue;
    // (Not a numeral or a king for the given name of two, nor a title and a surname: 地十, 成王, 王刘.)
    if (chars.length === 2 && (NUMERAL_CHARS.has(chars[1] ?? '') || chars[1] === '王' || (/^[王侯公]$/u.test(chars[0] ?? '') && isCommonSurname(chars[1] ?? '')))) continue;
    (names ??= new Set()).add(seg.text);
    // (A given name said twice, 晓晓 of 欧阳晓晓: alone it is the person too.)
    const given = chars.slice(own);
    if (given.length === 2 && given[0] === given[1] && !hasWord(given.join(''))) names.add(given.join(''));
  }
  if (!names) return segs;
  // (A "name" that is a shorter one and a verb is the shorter one: 郝建打 beside 郝建.)
  for (const name of [...names]) if (name.length === 3 && names.has(name.slice(0, 2)) && /^v/.test(jiebaTag(name.charAt(2)) ?? '')) names.delete(name);
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    // (郝建打/nr 了: the name and the verb jieba glued on.)
    const head = seg.text.length === 3 && (seg.tag === 'nr' || seg.tag === 'x') ? seg.text.slice(0, 2) : '';
    if (head && names.has(head) && !names.has(seg.text) && /^v/.test(jiebaTag(seg.text.charAt(2)) ?? '')) {
      out ??= segs.slice(0, i);
      out.push({ text: head, tag: 'nr' }, { text: seg.text.charAt(2), tag: 'v' });
      continue;
    }
    // (柏|杨, 晓|晓: a known name in pieces, each no longer than one character.)
    const next = segs[i + 1];
    if (seg.text.length === 1 && next !== undefined && next.text.length === 1 && names.has(seg.text + next.text) && !(seg.tag === 'nr' && seg.text.length > 1)) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text + next.text, tag: 'nr' });
      i++;
      continue;
    }
    // (乐乐 的妈妈: a given name jieba kept whole, no word of CC-CEDICT's.)
    if (seg.tag !== 'nr' && seg.text.length === 2 && names.has(seg.text)) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text, tag: 'nr' });
      continue;
    }
    out?.push(seg);
  }
  return out ?? segs;
}

/**
 * 西起双流区…，东至龙泉驿区: a line's ends, 东 "in the east" and 至 "to" before the place it runs
 * to, not Dongzhi county (南至, 北至, 西至 likewise).
 */
function directionTo(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const next = segs[i + 1];
    if (/^[东南西北]至$/u.test(seg.text) && next !== undefined && (next.tag === 'ns' || /[区县市镇乡村站路街省州]$/u.test(next.text))) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text.charAt(0), tag: 'f' }, { text: '至', tag: 'p' });
      continue;
    }
    out?.push(seg);
  }
  return out ?? segs;
}

/**
 * 问能/nr 不能 吃 → 问|能|不能: a verb jieba glued to the first half of a yes-or-no question (能不能,
 * 是不是, 会不会), no one's name; and 下河/ns 捕鱼, 勿下河: going into the river, down the hill or into
 * the sea, a verb and where (not a place called so).
 */
function questionsAndDescents(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const next = segs[i + 1];
    if (seg.text.length === 2 && next !== undefined && next.text.startsWith(`不${seg.text.charAt(1)}`) && allHan(seg.text) && !hasWord(seg.text)) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text.charAt(0), tag: forcedTag(seg.text.charAt(0)) }, { text: seg.text.charAt(1), tag: forcedTag(seg.text.charAt(1)) });
      continue;
    }
    // 曾|某, 柏|某某: a surname and 某 "a certain", a person whose name a report withholds.
    if (seg.text.length === 1 && next !== undefined && (next.text === '某' || next.text === '某某') && nameData().surnames.has(seg.text) && !/^[从于向在对把被给为往跟和与同由自]$/u.test(seg.text) && !/^(?:r|nr)/.test(segs[i - 1]?.tag ?? '') && !/^(?:[某日年月天个种些位家处]|方面)/u.test(segs[i + 2]?.text ?? '')) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text + next.text, tag: 'nr' });
      i++;
      continue;
    }
    // 一头小熊, 小熊书包: a young animal (熊 is a surname too), not Xiao Xiong.
    if (/^小[熊猫狗兔猴鹿象猪鸡鸭鹅]$/u.test(seg.text) && NAME_TAGS.has(seg.tag)) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text, tag: 'n' });
      continue;
    }
    // 比英语还好: 比 X 还 好 "even better than X", not 还好 "fortunately".
    if (seg.text === '还好' && segs[i - 2]?.text === '比') {
      out ??= segs.slice(0, i);
      out.push({ text: '还', tag: 'd' }, { text: '好', tag: 'a' });
      continue;
    }
    if (/^(?:下河|下海|下山|上山|下田|下地|下江|下湖|下水)$/u.test(seg.text) && seg.tag === 'ns' && ((next !== undefined && /^v/.test(next.tag)) || /^(?:不要|勿|请勿|别|禁止|严禁|私自|不准|不许|不能)$/u.test(segs[i - 1]?.text ?? ''))) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text, tag: 'v' });
      continue;
    }
    out?.push(seg);
  }
  return out ?? segs;
}

/** Where a text is about Taiwan, its district names are places (新店, 三重, 板桥). */
const TAIWAN_TEXT = /台湾|台北|新北|台中|台南|高雄|桃园|宝岛|台胞|两岸|中华民国|澎湖|金门|马祖/u;

/**
 * 新店面积约六百平方米 "the new shop", 开了家新店: two characters CC-CEDICT knows only as a district
 * of Taiwan (新店 Xindian, 三重 Sanchong, 板桥 Banqiao) are the words their characters make, in a
 * text that says nothing of Taiwan (jieba tags them places): tagged as nouns, they read as their
 * pieces first, the district second.
 */
function taiwanDistrictsAsWords(segs: Segment[], text: string): Segment[] {
  if (TAIWAN_TEXT.test(text)) return segs;
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    if (!/^(?:ns|s|f|nz|n)$/.test(seg.tag) || seg.text.length !== 2) continue;
    const entries = sharedEntries(seg.text);
    if (entries.length === 0 || !entries.every((e) => /^[A-Z]/.test(e.pinyin) && /\bTaiwan\b/.test(e.senses[0] ?? '') && /\b(?:district|township|town|city|village)\b/i.test(e.senses[0] ?? '') && !/\bcounty\b/i.test((e.senses[0] ?? '').split(/ in /)[0] ?? ''))) continue;
    out ??= segs.slice();
    out[i] = { text: seg.text, tag: 'n' };
  }
  return out ?? segs;
}

/** Passes over the segments of `text`; a pass may look at the text first to see whether it has anything to do. */
const LATER_PASSES: readonly ((segs: Segment[], text: string) => Segment[])[] = [
  courtesyNames,
  nicknames,
  quotedNames,
  wordsNamingPeople,
  surnamesBeforeThings,
  placesInLists,
  listsOfPlaces,
  listsOfPeople,
  countriesNamed,
  acrossWords,
  namesAroundDots,
  foreignNames,
  foreignNamesInPieces,
  railwayLines,
  namesInSpeech,
  wordGivenNames,
  pointsScored,
  nameThenWord,
  surnameAndUnlistedGiven,
  recutPairs,
  assoonAs,
  progressive,
  doubledBeforeDe,
  splitAfterNumbers,
  // Before splitTwoWords, whose 才能 looks at the tag of the doubled word after it (才能平平安安地).
  doubledWords,
  splitTwoWords,
  shiftBoundaries,
  // (After shiftBoundaries, which makes 十分|钟 十|分钟.)
  countedNumbers,
  everydayPatterns,
  datesAndGates,
  monthsAndWeeks,
  someoneSurnamed,
  splitDeHua,
  determinersOff,
  byTheWay,
  reglue,
  recuts,
  boundariesShifted,
  minorityNames,
  asAPerson,
  joinPlaceSuffixes,
  goingToPlaces,
  streets,
  lettersAndCharacters,
  townsAfterCounty,
  namedPlaces,
  featuresCutShort,
  numberedSchools,
  namedSchools,
  familiarNames,
  speakers,
  bareSurnames,
  placesGoneTo,
  taiwanDistrictsAsWords,
  brandsAfterDegree,
  knownNamesAgain,
  directionTo,
  questionsAndDescents,
  everydayPhrasesNotNamed,
];

/**
 * Splits `text` into words tagged with jieba part-of-speech tags (n, v, nr, ns, i, x, m, eng …).
 * `extraWords` (e.g. an article's glossary) are always kept whole; `knownNames`, people the rest
 * of the text names (an article's other sentences), are kept whole as people. Never throws; the
 * segments' texts concatenated equal `text` exactly.
 */
/** How often a text must name someone for a name jieba cuts apart every time to count (see repeatedNames). */
const REPEATS_OF_A_NAME = 3;

/**
 * 区家乐 … 区家乐 … 区家乐: a surname and two given-name characters the text repeats three times or
 * more, where no two of them make a word (区家, 家乐 are none), is the person it keeps naming, even
 * with a rarer surname (区 Ōu) jieba cuts apart every time.
 */
function repeatedNames(text: string): string[] {
  const codes = surnameCodes();
  let counts: Map<string, number> | undefined;
  // Code point by code point (a lone surrogate is one), without a string per character.
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) ?? 0;
    const step = code > 0xffff ? 2 : 1;
    if (codes.has(code)) {
      // The surname and the two code points after it, where there are two.
      let end = i + step;
      let more = 0;
      for (; more < 2 && end < text.length; more++) end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
      if (more === 2) {
        const window = text.slice(i, end);
        counts ??= new Map();
        counts.set(window, (counts.get(window) ?? 0) + 1);
      }
    }
    i += step;
  }
  if (!counts) return [];
  const rare = (pair: string): boolean => !hasWord(pair) && jiebaFrequency(pair) < 10;
  return [...counts]
    .filter(([w, n]) => n >= REPEATS_OF_A_NAME && allHan(w) && givenNameOk(codePoints(w).slice(1)) && !NOT_GIVEN.has(w.charAt(1)) && !NOT_GIVEN.has(w.charAt(2)) && !PLACE_ENDINGS.has(w.charAt(2)) && !hasWord(w) && jiebaTag(w) === undefined && rare(w.slice(0, 2)) && rare(w.slice(1)) && actsSomewhere(text, w))
    .map(([w]) => w);
}

let surnameCodeSet: ReadonlySet<number> | undefined;

/** CC-CEDICT's one-character surnames (see nameData) by code point. */
function surnameCodes(): ReadonlySet<number> {
  surnameCodeSet ??= new Set([...nameData().surnames].filter((s) => codePointCount(s) === 1).map((s) => s.codePointAt(0) ?? 0));
  return surnameCodeSet;
}

/** What follows a person named in running text (说, 是, 在, 也, 的, a comma), and never a name: a family or genus of plants or birds. */
const AFTER_A_PERSON = /^[说是在也都就把被和与的了今曾又已还从对向、，。！？；：]/u;

/** Whether `name` stands somewhere in `text` where a person does, and nowhere as the head of a kind (山椒鸟科). */
function actsSomewhere(text: string, name: string): boolean {
  let acts = false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const after = text.slice(at + name.length, at + name.length + 1);
    if (/^[科属目类种门纲]/u.test(after)) return false;
    if (after === '' || AFTER_A_PERSON.test(after)) acts = true;
  }
  return acts;
}

export function segment(text: string, extraWords: readonly string[] = [], knownNames: readonly string[] = [], knownPlaces: readonly string[] = []): Segment[] {
  if (!text) return [];
  const cued = new Set<string>();
  peopleByCue = cued;
  bylineTitles = text.includes('记者') || text.includes('通讯员') || text.includes('实习生');
  placesByList = new Set<string>();
  try {
    const first = namesWherePlacesStand(namesWhereOnlyPeopleStand(namesInLists(recogniseNames(titlesGluedToSurnames(cityDwellers(placeGuesses(placesEtc(segmentWithForced(text, prepareForced(extraWords, new Set()))))))))));
    // A name recognised once (after a title) is kept whole wherever else it appears in the text.
    const known = [...knownNames, ...repeatedNames(text)].filter((n) => allHan(n) && codePointCount(n) >= 2 && codePointCount(n) <= 4);
    const names = withShortNames(first.segments, known.length > 0 ? new Set([...first.names, ...known]) : first.names);
    const merged = names.size > 0 ? mergeKnownNames(first.segments, names) : first.segments;
    const named = names.size > 0 ? givenNamesAlone(merged, names) : merged;
    const passed = LATER_PASSES.reduce((segs, pass) => pass(segs, text), potentialComplements(splitUnknownPhrases(shopNames(named), new Set(extraWords))));
    const stems = { found: new Map<string, string>() };
    const companies = text.includes('公司') || text.includes('集团') || text.includes('合作社') ? companyNames(passed) : passed;
    const cut = shortPlaceNames(INSTITUTION_TEXT.test(text) ? institutions(companies) : companies, knownPlaces, stems);
    const counted = measureAfterNumbers(/[点季多余十百千万亿〇第]|月[底初中末]|[零一二三四五六七八九两]{2}/.test(text) ? regroupNumbers(text, cut) : cut);
    const measured = /[0-9０-９][余多万亿]/u.test(text) ? unitsAfterDigits(counted) : counted;
    const units = /[十百][一二三四五六七八九][分点个]/u.test(text) ? unitsBack(measured) : measured;
    const paired = /[一二两三四五六七八][二三四五六七八九][十百千万]/u.test(text) ? approximateScaled(units) : units;
    const result = text.includes('后') ? generations(paired) : paired;
    // A pass that lost or doubled a character would cost the reader the whole text (annotate
    // checks the cover): jieba's own segments then, with names as found.
    let covered = 0;
    for (const seg of result) covered += seg.text.length;
    if (covered !== text.length) {
      console.error('segment: a pass broke the cover; jieba segments instead', text.slice(0, 40));
      return first.segments.reduce((sum, seg) => sum + seg.text.length, 0) === text.length ? first.segments : segmentWithForced(text, prepareForced(extraWords, new Set()));
    }
    // (annotate asks for the same places again: kept with the segments it gets.)
    placesBySegments.set(result, stems.found);
    if (first.places || placesByList.size > 0) placesByStanding.set(result, first.places ? new Set([...first.places, ...placesByList]) : placesByList);
    if (cued.size > 0) namesBySegments.set(result, cued);
    return result;
  } catch (error) {
    // Last resort so a reader still gets the text: one segment per code point.
    console.error('segment: falling back to characters', error);
    return codePoints(text).map((c) => ({ text: c, tag: 'x' }));
  }
}

/**
 * A "name" or "place" of two characters CC-CEDICT lacks, a Han character and the particle 得 or
 * 了, is a predicate and its particle jieba took for one (美得/ns in 风光美得像一幅画).
 */
function particleEnding(seg: Segment): boolean {
  // (jieba's guess, x, too, unless what comes first is a noun or pronoun, 这件事得 "must": 蓝得/x 像.)
  const guess = seg.tag === 'x' && seg.text.length === 2 && !/^[nr]$/.test(forcedTag(seg.text.slice(0, 1)));
  return (KEEP_WHOLE_TAGS.has(seg.tag) || guess) && seg.text.length === 2 && (seg.text.endsWith('得') || seg.text.endsWith('了')) && allHan(seg.text) && !hasWord(seg.text);
}

/** A "place" or "name" of two characters CC-CEDICT lacks, a degree word or negation and a predicate (太大, 很美, 不远). */
function adverbFirst(seg: Segment, next: Segment | undefined): boolean {
  // (太美/ns 了: 美 alone is tagged a place, for 美国; after a degree word, closing what is said, it
  // is what is described. Not 太庙, 太尉: titles and places of old.)
  if (!KEEP_WHOLE_TAGS.has(seg.tag) || seg.text.length !== 2 || !'太很真最挺更不没'.includes(seg.text.charAt(0)) || !allHan(seg.text) || hasWord(seg.text)) return false;
  const closing = next === undefined || !allHan(next.text) || /^[了啊呀啦吧]$/u.test(next.text);
  return /^[avd]/.test(forcedTag(seg.text.slice(1))) || ('太很真最挺更'.includes(seg.text.charAt(0)) && closing);
}

/** 签收之日起/ns: a "place" or "name" CC-CEDICT lacks that starts with a particle is the particle and its words. */
function particleFirst(seg: Segment): boolean {
  return KEEP_WHOLE_TAGS.has(seg.tag) && /^[之的了着]/u.test(seg.text) && seg.text.length >= 2 && !hasWord(seg.text);
}

/**
 * 展厅, 客商, 枝头, 沙化, 村口: a noun of two characters jieba's dictionary knows and counts at least
 * this often, which CC-CEDICT lacks, is a word (glossed by its characters), not two.
 */
const NOUN_KEPT_FROM = 20;

/** Characters that make a two-character "noun" of jieba's a phrase: determiners, numbers, measure words, adverbs, size and age (本队, 八号, 道菜, 太重, 大熊, 小张), or particles, place words and the rhotic 儿 after (时说, 剧中, 县里, 孟家, 块儿). */
const PHRASE_FIRST = new Set([...'本该此这那每各某其数几两一二三四五六七八九十百千万半多首总太很更最都也还又就才时方有没不对离事记剧会所极诚头收我你他她它个只条张件位名次座棵把道块根颗粒杯碗瓶大小老']);
const PHRASE_SECOND = new Set([...'会说中下了着过的是在得地要能家村处里上内外前后时副儿所']);

/** 一汽, 江淮, 党支部: an abbreviation jieba's dictionary knows (tag j), not a number and 大 (六大) or a phrase ending in a particle (中所). */
function jiebaAbbreviation(seg: Segment): boolean {
  return seg.tag === 'j' && jiebaTag(seg.text) === 'j' && !PHRASE_SECOND.has(seg.text.slice(-1)) && !/^[一二三四五六七八九十]+大$/u.test(seg.text);
}

/**
 * 看不到, 拿不定, 听得懂: a verb and its result or direction with 不 "cannot" or 得 "can" between
 * them, where CC-CEDICT lists the verb and its complement (看到, 拿定, 听懂) but not this form: the
 * word without the middle character, where that character is, and whether it is 不. Undefined
 * for anything else (不得不 and the like are CC-CEDICT words and never asked about).
 */
export function potentialParts(text: string): { word: string; at: number; negative: boolean; built?: boolean } | undefined {
  const chars = codePoints(text);
  if (chars.length < 3 || chars.length > 4) return undefined;
  const at = chars.indexOf('不') > 0 ? chars.indexOf('不') : chars.indexOf('得');
  if (at < 1 || at > 2 || at === chars.length - 1) return undefined;
  // (A question is none: 回不回来 "coming back or not?", the verb said on both sides of 不.)
  if (chars[at + 1] === chars[0]) return undefined;
  const word = [...chars.slice(0, at), ...chars.slice(at + 1)].join('');
  const negative = chars[at] === '不';
  if (sharedEntries(word).some((e) => /^[a-z]/.test(e.pinyin) && e.senses.some((x) => /^(?:\([^)]*\) )?to /.test(x)))) return { word, at, negative };
  // 爬不动, 吃不惯, 住不惯: a one-character verb and one of the usual results, which CC-CEDICT does not
  // list together: still the verb that cannot reach its result (glossed by its parts).
  // (Not a question, 走不走: the verb said twice.)
  // (联系不上, 排队不上: a verb of two characters and a result of one, too.)
  if (negative && at === 2 && chars.length === 4) {
    const verb = chars.slice(0, 2).join('');
    return POTENTIAL_RESULTS.has(chars[3] ?? '') && isCommonWord(verb) && hasVerbSense(verb) && !hasWord(text) ? { word, at, negative, built: true } : undefined;
  }
  const result = chars.slice(2).join('');
  const reachable = chars.length === 3 ? POTENTIAL_RESULTS.has(result) && chars[0] !== chars[2] : POTENTIAL_DIRECTIONS.has(result);
  return negative && at === 1 && reachable && !/^[是有在为叫让使被把给对向像要会能]$/u.test(chars[0] ?? '') && hasVerbSense(chars[0] ?? '') && !hasWord(text) ? { word, at, negative, built: true } : undefined;
}

/** potentialParts of a verb segment and what follows it; one CC-CEDICT does not list whole only after what jieba calls a verb. */
function potentialOf(verb: Segment, rest: string): ReturnType<typeof potentialParts> {
  const parts = potentialParts(verb.text + rest);
  // (等 is "etc." to jieba's tag: 病人等不起 is still waiting.)
  return parts?.built && !/^v/.test(verb.tag) && verb.text !== '等' ? undefined : parts;
}

/** Directions of two characters a verb may not take, after 不 (飞不起来, 走不出去, 坐不下去). */
export const POTENTIAL_DIRECTIONS: ReadonlyMap<string, string> = new Map([
  ['起来', 'up (起来)'],
  ['下去', 'down, on (下去)'],
  ['下来', 'down (下来)'],
  ['出来', 'out (出来)'],
  ['出去', 'out (出去)'],
  ['过来', 'over (过来)'],
  ['过去', 'over, past (过去)'],
  ['上来', 'up (上来)'],
  ['上去', 'up (上去)'],
  ['进来', 'in (进来)'],
  ['进去', 'in (进去)'],
  ['回来', 'back (回来)'],
  ['回去', 'back (回去)'],
]);

/** Results a verb may not reach, after 不 (爬不动, 吃不惯, 睡不着, 搬不了): see potentialParts. */
export const POTENTIAL_RESULTS: ReadonlyMap<string, string> = new Map([
  ['动', '(enough to) move'],
  ['完', 'to the end, finish'],
  ['了', '(liǎo) manage to, be able to'],
  ['起', 'afford to, be up to'],
  ['到', 'reach, achieve'],
  ['见', 'perceive'],
  ['清', 'clearly'],
  ['懂', 'understand'],
  ['住', 'firmly, hold'],
  ['下', 'down, have room for'],
  ['开', 'apart, away'],
  ['走', 'away'],
  ['惯', 'get used to'],
  ['透', 'thoroughly'],
  ['饱', 'full, to satiety'],
  ['够', 'enough'],
  ['着', '(zháo) succeed in'],
  ['好', 'well, properly'],
  ['成', 'become, succeed'],
  ['赢', 'win'],
  ['过', 'get past, beat'],
  ['上', 'get (on, in, through to), manage to'],
]);

/**
 * 拿|不定 主意, 学|不会 游泳: a verb jieba left apart from 不 and its result, where CC-CEDICT has the
 * verb with the result (拿定, 学会): one word, "cannot" (see potentialParts). Not where the verb
 * and the rest make no word (说|不会 来: 说会 is none).
 */
function potentialComplements(segs: Segment[]): Segment[] {
  // (Copied only once something joins.)
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const verb = segs[i] as Segment;
    const rest = segs[i + 1];
    // (Not 等 "etc." before 不同, nor another word jieba calls no verb's: a particle, preposition, adverb.)
    if (rest && rest.text.length === 2 && rest.text.charAt(0) === '不' && verb.text.length === 1 && !/^[ucpdr]/.test(verb.tag) && allHan(verb.text + rest.text) && !hasWord(verb.text + rest.text) && hasVerbSense(verb.text) && potentialOf(verb, rest.text) !== undefined) {
      out ??= segs.slice(0, i);
      out.push({ text: verb.text + rest.text, tag: 'v' });
      i++;
      continue;
    }
    // 找 | 得到 地方: can find, the verb and 得到 jieba kept as its word "to obtain".
    if (rest?.text === '得到' && verb.text.length === 1 && /^v/.test(verb.tag) && verb.text !== '得' && allHan(verb.text) && !hasWord(verb.text + rest.text) && hasVerbSense(verb.text) && potentialParts(verb.text + rest.text) !== undefined) {
      out ??= segs.slice(0, i);
      out.push({ text: verb.text + rest.text, tag: 'v' });
      i++;
      continue;
    }
    // 吃 | 不 | 惯: the same in three pieces.
    const result = segs[i + 2];
    // (联系 | 不 | 上: a verb of two characters and a result of one.)
    if (rest?.text === '不' && result && verb.text.length === 2 && /^[上到完动起住清懂见透惯]$/u.test(result.text) && (/^v/.test(verb.tag) || (verb.tag === 'n' && hasVerbSense(verb.text))) && allHan(verb.text) && potentialParts(verb.text + rest.text + result.text) !== undefined) {
      out ??= segs.slice(0, i);
      out.push({ text: verb.text + rest.text + result.text, tag: 'v' });
      i += 2;
      continue;
    }
    if (rest?.text === '不' && result && (result.text.length === 1 ? POTENTIAL_RESULTS.has(result.text) : POTENTIAL_DIRECTIONS.has(result.text)) && verb.text.length === 1 && (/^v/.test(verb.tag) || verb.text === '等' || (verb.tag === 'n' && /^to /.test(everydaySense(verb.text)))) && allHan(verb.text) && potentialParts(verb.text + rest.text + result.text) !== undefined) {
      out ??= segs.slice(0, i);
      out.push({ text: verb.text + rest.text + result.text, tag: 'v' });
      i += 2;
      continue;
    }
    out?.push(verb);
  }
  return out ?? segs;
}

/** Whether CC-CEDICT gives `word` a verb's sense ("to learn"), whatever jieba tags it (学/n). */
function hasVerbSense(word: string): boolean {
  return sharedEntries(word).some((e) => /^[a-z]/.test(e.pinyin) && e.senses.some((x) => /^(?:\([^)]*\) )?to [a-z]/.test(x)));
}

/**
 * 羽毛球队, 篮球馆: a noun of jieba's, three or four characters, that is a word
 * CC-CEDICT knows and the team, hall, station or department it names (not 羽毛 + 球队).
 */
function teamOf(seg: Segment): boolean {
  const chars = codePoints(seg.text);
  if (chars.length < 3 || chars.length > 4 || !/^n/.test(seg.tag) || !TEAM_SUFFIX.has(chars[chars.length - 1] ?? '')) return false;
  return hasWord(chars.slice(0, -1).join('')) && jiebaFrequency(seg.text) >= NOUN_KEPT_FROM;
}

/** The team, hall, station, works or department something names (队, 馆, 站); see also GROUP_SUFFIX in ./pinyin/engine. */
const TEAM_SUFFIX = new Set(Array.from('队馆站厂店节赛部局组班团系'));

function jiebaNoun(text: string, parts: readonly string[]): boolean {
  if (parts.length !== 2 || text.length !== 2 || PHRASE_FIRST.has(text.charAt(0)) || PHRASE_SECOND.has(text.charAt(1))) return false;
  const tag = jiebaTag(text) ?? '';
  if (/^(?:n|vn)$/.test(tag)) return jiebaFrequency(text) >= NOUN_KEPT_FROM;
  // 加装, 封堵, 转岗, 免耕: a verb of two content characters jieba's dictionary knows, not a verb
  // and its complement or preposition (坐在, 生于, 建起, 烧掉, 走遍: see VERB_SECOND).
  // (Nor a verb with a character read one way or another, 奉调 fèngdiào, 卷取 juǎnqǔ: alone, the
  // pinyin engine's rules for the character read it.)
  return tag === 'v' && !VERB_FIRST.has(text.charAt(0)) && !VERB_SECOND.has(text.charAt(1)) && jiebaFrequency(text) >= VERB_KEPT_FROM && !codePoints(text).some(readOtherwise);
}

/** Whether CC-CEDICT reads the character more than one way as a common word (调 tiáo, diào). */
function readOtherwise(char: string): boolean {
  let first: string | undefined;
  for (const e of sharedEntries(char)) {
    if (!/^[a-z]/.test(e.pinyin) || e.senses.every((x) => /^(?:variant of|old variant of|see )/.test(x))) continue;
    if (first === undefined) first = e.pinyin;
    else if (e.pinyin !== first) return true;
  }
  return false;
}

/** First characters that make a phrase of jieba's "verb": an adverb, the passive, a comparison, the copula (被贬, 再配, 挺快, 比高, 是从). */
const VERB_FIRST = new Set([...'被再挺比早晚常先已将把给让叫很太更最都也还又就才没不别各每这那一家共略稍颇极均皆亦甚愈越自是']);
/** Second characters that make a verb phrase of it: a result or direction, a preposition, an aspect, a measure (倒入, 盖住, 坐满, 蒸熟, 坐在, 喝杯). */
const VERB_SECOND = new Set([...'了着过在于有起掉遍上下出来去完好成到得地的说里中内外家们给向往至自以乎为入住回满熟饱齐准薄快走开死坏透光净通破倒翻对错懂清亮醒动跑丢够进杯碗瓶口顿次趟个本件']);
/** How often jieba must count a two-character verb CC-CEDICT lacks to keep it whole. */
const VERB_KEPT_FROM = 3;

/** Tags jieba keeps for whole expressions (idioms, names, organisations): never split those. */
const KEEP_WHOLE_TAGS = new Set(['i', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz']);

/** 走走, 尝尝, 想想: a verb said twice, "to do it a little" (看看 is in CC-CEDICT; these are not). */
function doubledVerb(seg: Segment, parts: readonly string[]): boolean {
  return parts.length === 2 && parts[0] === parts[1] && seg.text.length === 2 && /^v/.test(seg.tag);
}

/**
 * 色彩鲜艳/i, 进一步提高/i: a phrase jieba files as an idiom that CC-CEDICT lacks and that is two
 * frequent words side by side, a subject and its predicate or an adverb and its verb: those words.
 */
function plainPhrase(seg: Segment): boolean {
  if ((seg.tag !== 'i' && seg.tag !== 'nt') || seg.text.length < 3 || hasWord(seg.text)) return false;
  const parts = phraseParts(seg.text);
  if (parts?.length !== 2) return false;
  const [first = '', second = ''] = parts;
  // 统一安排/nt: an "organisation" that ends in a verb is two words (organisations end in nouns).
  // (Not after a place, 中国移动 China Mobile: a name.)
  if (seg.tag === 'nt') return codePointCount(seg.text) === 4 && isCommonWord(first) && rankOf(first) <= FREQUENT_RANK && rankOf(second) <= FREQUENT_RANK && isVerbWord(second) && !ORGANIZATION_NOUN.test(second);
  if (seg.text.length === 3) {
    // 坐地铁/i: a one-character verb and a frequent noun (its object); 应立即/i: a modal and the adverb or verb after it.
    const verbObject = first.length === 1 && /^v/.test(jiebaTag(first) ?? '') && second.length === 2 && rankOf(second) <= FREQUENT_RANK && /^n/.test(jiebaTag(second) ?? '');
    const modal = /^[应要会能该须需可]$/u.test(first) && second.length === 2 && rankOf(second) <= FREQUENT_RANK;
    return verbObject || modal;
  }
  return parts.every((p) => codePointCount(p) >= 2 && rankOf(p) <= FREQUENT_RANK);
}

/** Last words of organisations' names that CC-CEDICT also lists as verbs (管理 in 物业管理). */
const ORGANIZATION_NOUN = /^(?:管理|服务|研究|发展|建设|开发|投资|教育|培训|保障|监督|协作|合作|设计|咨询|贸易|组织|联合|同盟|代表|指挥|运输|通信|交通)$/;

/**
 * A piece of a phrase: jieba's tag for it alone, but not "name" in a common word (温 of 温水/n is
 * no surname). In jieba's guesses (x: 李敏) and other proper nouns it may well be one.
 */
function partTag(part: string, wholeTag: string): string {
  const tag = forcedTag(part);
  // (A part of a noun that jieba calls a place and the dictionary also knows as a common word is
  // that word: 樟树 of 樟树下 is the camphor tree, not Zhangshu city.)
  if (tag === 'ns' && wholeTag === 'n' && part.length > 1 && isCommonWord(part)) return 'n';
  // (A longer part jieba also calls a name, 张开 of 张开嘴, is what CC-CEDICT says it is.)
  if (NAME_TAGS.has(tag) && part.length > 1) return retagFalseName({ text: part, tag }).tag;
  return NAME_TAGS.has(tag) && part.length === 1 && !/^(?:x|nz)$/.test(wholeTag) ? (everydayTag(part) ?? tag) : tag;
}

/** Children and siblings, ranked by the character before them (大儿子, 小女儿, 二姐). */
const KIN_RANKED = /^(?:儿子|女儿|闺女|孙子|孙女|哥哥|姐姐|弟弟|妹妹|哥|姐|弟|妹)$/u;

/**
 * 冷空气, 车流量, 中雨, 温水, 主教练: a noun of jieba's dictionary, two or three characters, made of a
 * one-character modifier or thing and a noun, is a word a learner meets whole (its gloss gives the
 * parts), not a phrase (他来, 从河, 价格上涨).
 */
function nounCompound(seg: Segment, parts: readonly string[]): boolean {
  if (seg.tag !== 'n' || parts.length !== 2 || codePointCount(seg.text) > 3) return false;
  const [head = '', rest = ''] = parts;
  // 排污口, 观测站, 美食节: a word and the suffix that makes a place or an event of it (see
  // SUFFIX_SENSES in ./annotate, which glosses the suffix so).
  if (codePointCount(head) === 2 && THING_MAKING_SUFFIXES.has(rest)) return true;
  // (The head may be anything jieba tags a single character that modifies: 中 f, 车 zg, 温 nr. Not a
  // measure word, 块|钱, nor a child's rank, 大|儿子 "eldest son", which the rank's own sense says.)
  if (codePointCount(head) !== 1 || isClassifier(head) || KIN_RANKED.test(rest)) return false;
  // 满地, 遍地: "the ground"; split, the 地 would read as the adverbial particle.
  if (rest === '地') return true;
  // (Not 化, the "-ize" that makes a verb, which jieba calls a noun: 糖|化开 is the sugar melting.)
  return /^(?:n|a|b|ng|ag|vn|f|zg|nr)$/.test(jiebaTag(head) ?? '') && /^(?:n|vn|ng)$/.test(jiebaTag(rest) ?? '') && rest !== '化';
}

/** One-character suffixes that make a place, a body or an event of the word before them (排污口, 卫生院, 美食节), or what is measured of it (零售额, 利用率, 生长期). */
export const THING_MAKING_SUFFIXES: ReadonlySet<string> = new Set([...'口站节院会展赛局所厅区卡圈馆园额率期桩手']);

/** A character CC-CEDICT gives only as a bound form (翅 "(bound form) wing"), never a word of its own. */
function isBoundForm(part: string): boolean {
  if (part.length !== 1) return false;
  const common = sharedEntries(part).filter((e) => !/^[A-Z]/.test(e.pinyin));
  return common.length > 0 && common.every((e) => e.senses.every((x) => x.startsWith('(bound form)') || x.startsWith('surname ')));
}

/** v or n, from the first sense of the character's common (not proper-noun) entry. */
function everydayTag(char: string): string | undefined {
  const common = sharedEntries(char).filter((e) => !/^[A-Z]/.test(e.pinyin) && !e.senses.every((x) => x.startsWith('surname ')));
  const first = common[0]?.senses[0];
  return first === undefined ? undefined : first.startsWith('to ') ? 'v' : 'n';
}

/**
 * jieba's dictionary holds many phrases CC-CEDICT lacks (价格上涨, 全面落实, 违章建筑, and short
 * ones across word boundaries: 他来, 地说, 从河). A learner can look up nothing for them but their
 * parts, so such a phrase that is exactly two or more CC-CEDICT words is split into those words
 * (words of two or more characters for phrases of four or more).
 */
function splitUnknownPhrases(segs: readonly Segment[], keep: ReadonlySet<string>): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    if (!seg) continue;
    // 变化太大/ns 了: a degree word or negation and a predicate jieba took for a place CC-CEDICT lacks.
    if (adverbFirst(seg, segs[i + 1]) && !keep.has(seg.text)) {
      out.push({ text: seg.text.slice(0, 1), tag: 'd' }, { text: seg.text.slice(1), tag: forcedTag(seg.text.slice(1)) });
      continue;
    }
    // 供水管 | 道, 空腹服 | 用: a word and the first character of the next, which jieba glued
    // (供水 + 管道 "pipes", 空腹 + 服用 "to take (medicine)").
    const next = segs[i + 1];
    // (Not a number and its unit before where or when, 二十年 | 前 "twenty years ago", not 年前.)
    if (seg.text.length === 3 && next !== undefined && next.text.length === 1 && !PARTICLES.has(next.text) && !/^[前后内外里中上下底初末]$/u.test(next.text) && hasWord(seg.text.charAt(2) + next.text) && !/^[〇零一二三四五六七八九十百千万两几数]+$/u.test(seg.text.slice(0, 2)) && !NAME_TAGS.has(seg.tag) && !keep.has(seg.text) && allHan(seg.text + next.text) && !hasWord(seg.text) && hasWord(seg.text.slice(0, 2)) && isCommonWord(seg.text.charAt(2) + next.text) && rankOf(seg.text.charAt(2) + next.text) <= FREQUENT_RANK) {
      const word = seg.text.charAt(2) + next.text;
      out.push({ text: seg.text.slice(0, 2), tag: forcedTag(seg.text.slice(0, 2)) }, { text: word, tag: forcedTag(word) });
      i++;
      continue;
    }
    // 公费留学 | 生: a phrase of two words CC-CEDICT lacks, whose second word and the character after
    // make a word (公费 + 留学生 "student abroad").
    if (seg.text.length === 4 && next !== undefined && next.text.length === 1 && !PARTICLES.has(next.text) && !/^[前后内外里中上下底初末]$/u.test(next.text) && !/^[〇零一二三四五六七八九十百千万两几数多]/u.test(seg.text) && !NAME_TAGS.has(seg.tag) && !keep.has(seg.text) && allHan(seg.text + next.text) && !hasWord(seg.text) && hasWord(seg.text.slice(0, 2)) && hasWord(seg.text.slice(2) + next.text) && isCommonWord(seg.text.slice(2) + next.text) && rankOf(seg.text.slice(2) + next.text) <= FREQUENT_RANK) {
      const word = seg.text.slice(2) + next.text;
      out.push({ text: seg.text.slice(0, 2), tag: forcedTag(seg.text.slice(0, 2)) }, { text: word, tag: forcedTag(word) });
      i++;
      continue;
    }
    if (particleEnding(seg) && !keep.has(seg.text)) {
      // What the particle follows is a predicate (美 is tagged a place on its own: 美国).
      out.push({ text: seg.text.slice(0, 1), tag: 'v' }, { text: seg.text.slice(1), tag: forcedTag(seg.text.slice(1)) });
      continue;
    }
    // 趵突泉/n: a sight jieba names (see namedSight).
    if (seg.tag === 'n' && namedSight(seg)) {
      out.push({ text: seg.text, tag: 'ns' });
      continue;
    }
    // (Not before 地 or 得: 不成比例地 stays the phrase the adverbial 地 follows.)
    const plain = ((seg.tag === 'i' || seg.tag === 'nt') && !/^[地得]$/u.test(segs[i + 1]?.text ?? '') && plainPhrase(seg)) || particleFirst(seg);
    // (A brand, nb, stays whole: see shopNames.)
    const parts = (!KEEP_WHOLE_TAGS.has(seg.tag) || plain) && seg.tag !== 'nb' && !keep.has(seg.text) ? phraseParts(seg.text) : undefined;
    // …unless the phrase is said otherwise than its words (短发 is duǎn fà, 发 alone fā), or is a
    // word of jieba's dictionary with a part that cannot stand alone (鸡翅: 翅 "wing" is a bound form).
    // (Or a verb that can or cannot reach its result, jieba's 看不到/v: see potentialParts.)
    // (高一, 高三: the years of senior high school, one word to jieba, none to CC-CEDICT.)
    // (三等功, 二等奖: a class of merit or prize, one word, see awardGloss in ./annotate.)
    const whole = parts !== undefined && seg.tag !== 'x' && (/^高[一二三]$/u.test(seg.text) || /^[一二三四特]等[功奖]$/u.test(seg.text) || (/^v/.test(seg.tag) && potentialParts(seg.text) !== undefined) || teamOf(seg) || parts.some(isBoundForm) || nounCompound(seg, parts) || doubledVerb(seg, parts) || jiebaNoun(seg.text, parts) || (seg.tag === 'n' && landscapeWord(codePoints(seg.text))) || jiebaAbbreviation(seg));
    if (parts && !whole && partsSaidOtherwise(seg.text, parts, storedAlone) === undefined) {
      // 低洼地|带 的: the last piece, 地, makes a noun with the character after (低洼 | 地带 "zone"), closing the phrase.
      const last = parts[parts.length - 1] ?? '';
      const next = segs[i + 1];
      // (地 only: the particle a learner would otherwise read, de; not 三|年来.)
      const joined = next !== undefined && last === '地' && next.text.length === 1 && allHan(next.text) ? last + next.text : '';
      const closes = /^(?:的|、|，|。|里|内|中|上|和|与)$/u.test(segs[i + 2]?.text ?? '。');
      if (joined && closes && isCommonWord(joined) && !isVerbWord(joined) && !keep.has(seg.text)) {
        for (const p of parts.slice(0, -1)) out.push({ text: p, tag: partTag(p, seg.tag) });
        out.push({ text: joined, tag: forcedTag(joined) });
        i++;
        continue;
      }
      for (const p of parts) out.push({ text: p, tag: partTag(p, seg.tag) });
    } else out.push(seg);
  }
  return out;
}

const NUMBER = /^(?:[0-9０-９]+|[〇零一二三四五六七八九十百千万亿两]+)$/u;
const CHINESE_NUMBER = /^[〇零一二三四五六七八九十百千万亿两]+$/u;
const NUMBER_SENSE = /\d|\b(?:ten|hundred|thousand|million|billion|unit|kilo)/i;

/** Whether CC-CEDICT gives the character a classifier sense (届 "classifier for events, meetings…"). */
function isClassifier(char: string): boolean {
  return sharedEntries(char).some((e) => e.senses.some((x) => x.startsWith('classifier') || x.startsWith('(classifier') || x === 'one tenth'));
}

/**
 * A number and what jieba glued to the word after it: the day of a dateline and the agency's
 * word (3月15/日电 "NEC" → 日 + 电 "dispatch"), or a number's tens and a word (九/十分 "very" →
 * 九十 + 分 "points").
 */
function splitAfterNumbers(segs: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const prev = out[out.length - 1];
    if (prev && seg.text.length >= 2 && prev.tag === 'm' && (NUMBER.test(prev.text) || /^[0-9０-９]+[.,][0-9０-９]+$/u.test(prev.text)) && allHan(seg.text)) {
      const chars = codePoints(seg.text);
      const first = chars[0] ?? '';
      const rest = chars.slice(1).join('');
      // 九/十分: a word whose first sense is no number or unit (not 十八, 百万, 千瓦).
      const firstSense = everydaySense(seg.text).split('; ')[0] ?? '';
      if (CHINESE_NUMBER.test(prev.text) && '十百千'.includes(first) && firstSense && !NUMBER_SENSE.test(firstSense)) {
        out[out.length - 1] = { text: prev.text + first, tag: 'm' };
        out.push({ text: rest, tag: forcedTag(rest) });
        continue;
      }
      // 4.6/万户 "ducal title": ten thousand, then what is counted (户 households).
      if (/^[0-9０-９]+(?:[.,][0-9０-９]+)*$/u.test(prev.text) && (first === '万' || first === '亿') && firstSense && !NUMBER_SENSE.test(firstSense)) {
        out.push({ text: first, tag: 'm' }, { text: rest, tag: forcedTag(rest) });
        continue;
      }
      // 3000/多元 "multi-": a number, "odd", and what is counted (3000多 + 元 yuan).
      if (/^[0-9０-９]+$/u.test(prev.text) && (first === '多' || first === '余') && chars.length === 2 && (isClassifier(rest) || /^[元万亿年岁斤米吨次]$/u.test(rest))) {
        out.push({ text: first, tag: 'm' }, { text: rest, tag: 'q' });
        continue;
      }
      // 12月30/日出/生于: the day of a date, then what follows (出生 "born"), not 日出 "sunrise".
      if (first === '日' && out[out.length - 2]?.text === '月' && /^[0-9０-９]+$/u.test(prev.text) && rest !== '电') {
        out.push({ text: first, tag: 'm' });
        const next = segs[i + 1];
        if (next && codePointCount(rest) === 1 && codePointCount(next.text) === 1 && allHan(next.text) && hasWord(rest + next.text)) {
          out.push({ text: rest + next.text, tag: forcedTag(rest + next.text) });
          i++;
        } else out.push({ text: rest, tag: forcedTag(rest) });
        continue;
      }
      // 3月15/日电: a dateline (month, day, 电), not 180/日元.
      if (first === '日' && rest === '电' && out[out.length - 2]?.text === '月') {
        out.push({ text: first, tag: 'm' }, { text: rest, tag: 'n' });
        continue;
      }
    }
    out.push(seg);
  }
  return out;
}

/**
 * 十二支/m 球队: a number and a measure word jieba took for the dictionary word they spell (十二支
 * "the twelve earthly branches") when the noun after it is counted with that measure word
 * (球队: CL 支); 缩小到三分/m。 (三分 "somewhat") when a score or amount ends the clause. 一 and its
 * measure word only where the word means something else than "one …" (一块儿 "together" before
 * 蛋糕; 一个, 一点 stay); never a word the noun is not counted by (两会代表, 四季分明).
 */
function countedNumbers(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const unit = (seg.tag === 'm' || (seg.tag === 'd' && seg.text.startsWith('一'))) && seg.text.length >= 2 ? countedUnit(segs, i) : undefined;
    if (unit) {
      out ??= segs.slice(0, i);
      const number = seg.text.slice(0, -unit.length);
      // (第|三条: the ordinal is one word, 第三, then its measure word.)
      if (out[out.length - 1]?.text === '第') out[out.length - 1] = { text: `第${number}`, tag: 'm' };
      else out.push({ text: number, tag: 'm' });
      out.push({ text: unit.charAt(0), tag: 'q' });
      // (块儿: the 儿 is its own, the rhotic suffix, read r.)
      if (unit.length === 2) out.push({ text: unit.slice(1), tag: 'k' });
    } else out?.push(seg);
  }
  return out ?? segs;
}

/** The measure word that ends the number at `i` and counts what follows it, if countedNumbers should split it off. */
function countedUnit(segs: readonly Segment[], i: number): string | undefined {
  const chars = codePoints(segs[i]?.text ?? '');
  // (块儿: the measure word with its 儿.)
  const unitLength = chars.length >= 3 && chars[chars.length - 1] === '儿' ? 2 : 1;
  const unitChars = chars.slice(-unitLength);
  const unit = unitChars.join('');
  const number = chars.slice(0, -unitLength).join('');
  // (Cheapest first: most numbers end in no measure word and spell no dictionary word.)
  if ((number !== '一' && !COUNTED_NUMBER.test(number)) || !hasWord(chars.join('')) || !isMeasure(unitChars[0] ?? '')) return undefined;
  const next = segs[i + 1];
  // 一块儿蛋糕, 一家旅社: one of what follows (not 一块儿去 "together", 一家人 "the whole family").
  // (Or after one describing word: 一家/青年/旅社.)
  const counted = countedBy(next, unitChars[0] ?? '') || (next !== undefined && /^(?:n|t|a|b)/.test(next.tag) && countedBy(segs[i + 2], unitChars[0] ?? ''));
  // (Only where the word means something else than "one …": 一块儿 "together", 一家 "the whole
  // family", 一口 "readily"; 一个 "a; one" is that already.)
  // (A measure word that counts dishes, shops, wells…: 一道菜 whatever CC-CEDICT lists for 菜.)
  const countsThings = /^[道家口身张把座]$/u.test(unitChars[0] ?? '') && next !== undefined && /^(?:n|nz|ng)$/.test(next.tag) && next.text !== '人';
  // 第|三条 "Article 3", 红利三元 "three yuan": after 第 an ordinal, 元 money, whatever the word spells.
  if (segs[i - 1]?.text === '第' || unitChars[0] === '元') return unit;
  if (number === '一') return (counted || countsThings) && next?.text !== '人' && !/\b(?:one|a|an)\b|^a |piece|chunk/.test(everydaySense(chars.join('')) || 'one') ? unit : undefined;
  if (!COUNTED_NUMBER.test(number)) return undefined;
  // (Or how often, per day: 一日三次，.)
  const scored = (next === undefined || !allHan(next.text)) && /^(?:到|至|了|为|差|以|领先|落后|仅|只|日|天|周|月|年|每日|每天|每周)$/u.test(segs[i - 1]?.text ?? '');
  return counted || scored ? unit : undefined;
}

/**
 * Patterns of everyday speech jieba cuts across:
 * - 拿|起, 掏|出: a verb and the complement CC-CEDICT lists together as a verb (拿起 "to pick up");
 * - 眨|了|眨眼睛: a verb done once more after 了 (V了V), the second without the object glued to it;
 * - 里|面包|着: 里面 "inside" and a verb with its aspect, not bread;
 * - 的|知|了: after 的 or a measure word, 知了 "cicada".
 */
function everydayPatterns(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  const take = (i: number, parts: Segment[]): void => {
    out ??= segs.slice(0, i);
    out.push(...parts);
  };
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const next = segs[i + 1];
    // (Most segments start none of the patterns: one look at the first character and the next segment.)
    if (!EVERYDAY_STARTS.has(seg.text.charAt(0)) && next?.text !== '了' && next?.text !== '起' && next?.text !== '出') {
      out?.push(seg);
      continue;
    }
    const after = segs[i + 2];
    // (Not 发|起|了高烧: coming down with a fever, see 发起 in TWO_WORDS.)
    const fever = (after?.text === '了' && /烧$/u.test(segs[i + 3]?.text ?? '')) || (seg.text === '发' && /^(?:愁|呆|抖|慌|脾气)/u.test(after?.text ?? ''));
    if (next && seg.text.length === 1 && /^v/.test(seg.tag) && (next.text === '起' || next.text === '出') && isVerbWord(seg.text + next.text) && !fever) {
      take(i, [{ text: seg.text + next.text, tag: 'v' }]);
      i++;
    } else if (next?.text === '了' && after && seg.text.length === 1 && after.text.length >= 3 && after.text.startsWith(seg.text) && hasWord(after.text.slice(1))) {
      take(i, [seg, next, { text: seg.text, tag: seg.tag }, { text: after.text.slice(1), tag: forcedTag(after.text.slice(1)) }]);
      i += 2;
    } else if (seg.text === '里' && next?.text === '面包' && after && /^[着了住好]$/u.test(after.text)) {
      take(i, [{ text: '里面', tag: 'f' }, { text: '包', tag: 'v' }]);
      i++;
    } else if (seg.text === '线' && next?.text === '上线' && after?.text === '下') {
      // 线上线下: online and offline (jieba: 线|上线|下).
      take(i, [{ text: '线上', tag: 'n' }, { text: '线下', tag: 'n' }]);
      i += 2;
    } else if (seg.text === '线' && next?.text === '上' && after !== undefined && (/^(?:n|vn)$/.test(after.tag) || /^[首第]/u.test(after.text)) && allHan(after.text) && !/[0-9０-９一二三四五六七八九十号路条]$/u.test(segs[i - 1]?.text ?? '')) {
      // 线上产品, 线上销售, 线上首批: online (jieba: 线|上).
      take(i, [{ text: '线上', tag: 'b' }]);
      i++;
    } else if (/^边\p{Script=Han}边\p{Script=Han}$/u.test(seg.text) && !hasWord(seg.text)) {
      // 边走边吃: while, before each of two verbs (one "idiom" to jieba).
      const [, a = '', , b = ''] = codePoints(seg.text);
      take(i, [{ text: '边', tag: 'd' }, { text: a, tag: forcedTag(a) }, { text: '边', tag: 'd' }, { text: b, tag: forcedTag(b) }]);
    } else if (seg.text === '存在' && next !== undefined && /(?:银行|[里箱库柜室卡户])$/u.test(next.text) && /^(?:n|s|ns|nz|f)/.test(next.tag)) {
      // 钱存在银行: kept in the bank (存 + 在), not 存在 "to exist".
      take(i, [{ text: '存', tag: 'v' }, { text: '在', tag: 'p' }]);
    } else if (seg.text === '坏了' && /^(?:n|nr|r|vn)/.test(segs[i - 1]?.tag ?? '') && allHan(segs[i - 1]?.text ?? '')) {
      // 设备坏了: broken, of the thing before (not the exclamation "shoot!").
      take(i, [{ text: '坏', tag: 'a' }, { text: '了', tag: 'ul' }]);
    } else if (schoolYear(segs, i) > 0) {
      // 高三学生, 读高|二: a school year (see schoolYearGloss in ./annotate), not Gao San.
      const pieces = schoolYear(segs, i);
      take(i, [{ text: segs.slice(i, i + pieces).map((x) => x.text).join(''), tag: 'n' }]);
      i += pieces - 1;
    } else if (seg.text === '的话' && /^(?:过|了|说|讲|着)$/.test(segs[i - 1]?.text ?? '') && !conditionalBefore(segs, i)) {
      // 说过的话: the words (的 + 话) someone said, not the conditional 的话 "if".
      take(i, [{ text: '的', tag: 'uj' }, { text: '话', tag: 'n' }]);
    } else if (seg.text === '及其' && next?.text === '他') {
      // 及其他: and others (及 + 其他), not 及其 "and its" + 他 "he".
      take(i, [{ text: '及', tag: 'c' }, { text: '其他', tag: 'r' }]);
      i++;
    } else if (seg.text === '知' && next?.text === '了' && (/^(?:的|只|个|群)$/.test(segs[i - 1]?.text ?? '') || /^(?:在|叫|不停|们|声|趴|落)/.test(after?.text ?? ''))) {
      take(i, [{ text: '知了', tag: 'n' }]);
      i++;
    } else out?.push(seg);
  }
  return out ?? segs;
}

/**
 * How many segments from `i` spell a school year (高三, or 高|二 as jieba may cut it), where the
 * context says it is one: before 学生, 年级, 毕业…, or after 是, 读, 上 (我读高二). 0 otherwise.
 */
function schoolYear(segs: readonly Segment[], i: number): number {
  const seg = segs[i];
  if (!seg || !/^[高初]/u.test(seg.text)) return 0;
  const pieces = /^[高初][一二三]$/u.test(seg.text) ? 1 : /^[高初]$/u.test(seg.text) && /^[一二三]$/u.test(segs[i + 1]?.text ?? '') ? 2 : 0;
  if (pieces === 0 || hasWord(`${seg.text}${pieces === 2 ? (segs[i + 1]?.text ?? '') : ''}`)) return 0;
  const next = segs[i + pieces];
  const cued = next === undefined || !allHan(next.text) || /^(?:学生|年级|班|的|时|那年|毕业|上学期|下学期|阶段|了)$/.test(next.text) || /^(?:是|读|上|念|升|升入|到了)$/.test(segs[i - 1]?.text ?? '');
  return cued ? pieces : 0;
}

/** First characters of the segments everydayPatterns looks at beyond V起, V出 and V了V. */
const EVERYDAY_STARTS = new Set([...'边存线坏高初的知里及']);

/** Whether the clause before `i` opens a condition (如果…的话, 要是…的话). */
function conditionalBefore(segs: readonly Segment[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
    const t = segs[k]?.text ?? '';
    if (/^[，。！？；]$/u.test(t)) return false;
    if (/^(?:如果|要是|假如|万一|若|倘若|如|要|假若|只要)$/.test(t)) return true;
  }
  return false;
}

/** Whether CC-CEDICT knows `word` as a verb (its first common sense "to …"). */
function isVerbWord(word: string): boolean {
  // ("(of a student) to change schools" too.)
  return /^(?:\([^)]*\) )?to /.test(everydaySense(word));
}

/** What comes before someone's relative or one counted (他的孙子, 一个孙子). */
const OWNER_BEFORE = /^(?:的|他|她|我|你|您|他们|她们|我们|你们|咱们|自己|个|位|名)$/;

/** Whether CC-CEDICT counts the noun `s` with the measure word `unit` (球队: 支). */
function countedBy(s: Segment | undefined, unit: string): boolean {
  return s !== undefined && /^(?:n|zg)/.test(s.tag) && sharedEntries(s.text).some((e) => e.classifiers.some((c) => c.simplified === unit));
}

/** A number of two or more (二, 十二, 三百): 一 and its measure word make words of their own. */
const COUNTED_NUMBER = /^(?:[二三四五六七八九十两百千]|[〇零一二三四五六七八九十百千万两]{2,})$/u;

/** 九十|二分 "the equinox": the units digit goes back to its tens, and the measure word stands alone (九十二 + 分). */
function unitsBack(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const next = segs[i + 1];
    if (next && seg.tag === 'm' && /^[〇零一二三四五六七八九十百两]*[十百]$/u.test(seg.text) && /^[一二三四五六七八九][分点个]$/u.test(next.text)) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text + next.text.charAt(0), tag: 'm' }, { text: next.text.charAt(1), tag: 'q' });
      i++;
    } else out?.push(seg);
  }
  return out ?? segs;
}

/** 五|六千, 七|八万: two neighbouring digits and their unit, "5,000 or 6,000", are one number. */
function approximateScaled(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const next = segs[i + 1];
    if (next && /^[一二两三四五六七八]$/u.test(seg.text) && /^[二三四五六七八九][十百千万]$/u.test(next.text) && isApproximatePair(seg.text + next.text.charAt(0))) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text + next.text, tag: 'm' });
      i++;
    } else out?.push(seg);
  }
  return out ?? segs;
}

/** A decade, in digits or Chinese (80, 八零, 九〇, 〇〇), as in 80后 "born in the 1980s". */
const DECADE = /^(?:[0-9]0|[〇零一二五六七八九][〇零])$/u;
const DECADE_START = /^[0-9〇零一二五六七八九]/u;

/**
 * 80后, 九〇后, 零零后: a generation named by the decade of its birth, one word however jieba cut
 * it (八/零/后, 80/后). Glossed by generationGloss in ./annotate.
 */
function generations(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    // The decade in one piece (80, 八零) or two (八/零, 〇/〇), then 后 and no word made with it.
    // (Most segments are neither: one short string and its first character decide.)
    if (seg.text.length > 2 || !DECADE_START.test(seg.text)) {
      out?.push(seg);
      continue;
    }
    const two = `${seg.text}${segs[i + 1]?.text ?? ''}`;
    const pieces = DECADE.test(seg.text) ? 1 : seg.text.length === 1 && DECADE.test(two) ? 2 : 0;
    const after = segs[i + pieces];
    if (pieces > 0 && after?.text === '后' && !/[0-9０-９〇零一二三四五六七八九十]$/u.test(segs[i - 1]?.text ?? '')) {
      out ??= segs.slice(0, i);
      out.push({ text: `${pieces === 1 ? seg.text : two}后`, tag: 'n' });
      i += pieces;
    } else out?.push(seg);
  }
  return out ?? segs;
}

/**
 * A dialogue's speaker: a paragraph opening with a name and a colon (小雨：…, 大伟：…, 李明：…).
 * 小雨 is "drizzle" elsewhere; there it is a person.
 */
function speakers(segs: Segment[]): Segment[] {
  // Most texts have no colon at all: nothing to look at.
  if (!segs.some((s) => s.text === '：' || s.text === ':')) return segs;
  // At the start of the text and of every line (a dialogue written one speaker per line).
  let out: Segment[] | undefined;
  let from = 0;
  for (let i = 0; i < segs.length; i++) {
    const lineStart = i === 0 || /\n/.test(segs[i - 1]?.text ?? '');
    if (!lineStart) continue;
    const named = speakerAt(segs, i);
    if (!named) continue;
    out ??= [];
    out.push(...segs.slice(from, i), named.speaker);
    from = i + named.used;
  }
  return out ? [...out, ...segs.slice(from)] : segs;
}

/** What a relative is called by (大姑, 小姨, 二叔): after 大, 小 or a number, a kinship term, not a given name. */
const KIN_CHARS = new Set([...'姑姨叔伯舅哥姐嫂爷妈婶婆公爸弟妹']);

/** The speaker opening a line at `i` (李明：, 小雨：, 李/明/：) and how many segments it takes, if any. */
function speakerAt(segs: readonly Segment[], i: number): { speaker: Segment; used: number } | undefined {
  const [a, b, c] = [segs[i], segs[i + 1], segs[i + 2]];
  // 李/明/：: a name jieba cut in two before the colon; not a surname and a verb of saying (殷/云/： "Yin said:").
  const said = b !== undefined && '云曰道说问答笑叹'.includes(b.text);
  if (a && b && !said && (c?.text === '：' || c?.text === ':') && codePointCount(a.text) === 1 && codePointCount(b.text) === 1 && (looksLikeName(a.text + b.text) || ((a.text === '小' || a.text === '阿') && givenNameOk([b.text]))) && !hasWord(a.text + b.text)) {
    return { speaker: { text: a.text + b.text, tag: 'nr' }, used: 2 };
  }
  // 芳/姐/：: a given name and 姐 or 哥 before the colon, how friends call someone (Sister Fang).
  if (a && b && (c?.text === '：' || c?.text === ':') && codePointCount(a.text) === 1 && /^[姐哥姨叔]$/u.test(b.text) && givenNameOk([a.text]) && !hasWord(a.text + b.text)) {
    return { speaker: { text: a.text + b.text, tag: 'nr' }, used: 2 };
  }
  // 何/家/乐/：, 何/家乐/：: a three-character name in pieces before the colon.
  const d = segs[i + 3];
  const pieces = c !== undefined && (d?.text === '：' || d?.text === ':') ? [a, b, c] : b !== undefined && (c?.text === '：' || c?.text === ':') ? [a, b] : [];
  const whole = pieces.map((p) => p?.text ?? '').join('');
  // (Not a heading, 任务一：: a word and a number.)
  if (pieces.length > 0 && codePointCount(whole) === 3 && allHan(whole) && isCommonSurname(whole.charAt(0)) && looksLikeName(whole) && !hasWord(whole) && !pieces.some((p) => p !== undefined && p.text.length >= 2 && isCommonWord(p.text)) && !/[一二三四五六七八九十]$/u.test(whole) && !pieces.some((p) => p !== undefined && p.text.length === 1 && '云曰道说问答笑叹'.includes(p.text) && p !== a)) {
    return { speaker: { text: whole, tag: 'nr' }, used: pieces.length };
  }
  const colon = b?.text;
  if (!a || (colon !== '：' && colon !== ':') || !allHan(a.text) || a.tag === 'nr') return undefined;
  const chars = codePoints(a.text);
  // (Not a word that does or describes, 小心： "caution:"; 小雨 "drizzle" may be someone.)
  // (Nor a relative, 大姑： "father's eldest sister", 小姨: the word, no name.)
  const familiar = chars.length === 2 && '小大阿老'.includes(chars[0] ?? '') && givenNameOk(chars.slice(1)) && !KIN_CHARS.has(chars[1] ?? '') && !/^[vadm]/.test(jiebaTag(a.text) ?? '') && !/^to /.test(everydaySense(a.text));
  if (!familiar && !(chars.length <= 3 && looksLikeName(a.text) && !hasWord(a.text))) return undefined;
  return { speaker: { text: a.text, tag: 'nr' }, used: 1 };
}

/**
 * 小 or 老 and a surname is what people call each other (小张, 老王): one name, whether jieba
 * cut it (小/a 张/q) or glued it as something else (老王/nz). Not a dictionary word (小米, 老虎).
 */
/** Surnames that are also pieces something is cut into (小段 "short piece", 小块). */
const PIECE_SURNAMES = new Set([...'段块片条丁粒截']);

function familiarNames(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    if (!seg) continue;
    const lead = seg.text.charAt(0);
    // Most segments: nothing to look at, and nothing copied until something changes.
    if (lead !== '小' && lead !== '老') {
      out?.push(seg);
      continue;
    }
    out ??= segs.slice(0, i);
    const next = segs[i + 1];
    // Not after a number or measure word: 一小段丝带 is a short piece.
    // (Or a measure word jieba tagged otherwise after a number: 一/只/d 小/熊, a little bear.)
    const measure = out[out.length - 1];
    const counted = /^(m|q|mq)$/.test(measure?.tag ?? '') || (measure !== undefined && measure.text.length === 1 && /^m/.test(out[out.length - 2]?.tag ?? '') && isClassifier(measure.text));
    // (Nor a piece of something, 剁成小段, 切成小块: 段 is a surname, but not here.)
    const piece = next !== undefined && PIECE_SURNAMES.has(next.text) && /成$/.test(out[out.length - 1]?.text ?? '');
    // (Nor 老 "very" before an adjective after 得 or said twice: 升得老高老高.)
    const degree = seg.text === '老' && next !== undefined && /^a/.test(next.tag) && (out[out.length - 1]?.text === '得' || (segs[i + 2]?.text === '老' && segs[i + 3]?.text === next.text) || out[out.length - 1]?.text === next.text);
    // (Nor who someone is, 老农 "old farmer".)
    if ((seg.text === '小' || seg.text === '老') && !counted && !piece && !degree && next && next.text.length === 1 && isCommonSurname(next.text) && !hasWord(seg.text + next.text) && !isCue(seg.text + next.text)) {
      out.push({ text: seg.text + next.text, tag: 'nr' });
      i++;
      continue;
    }
    // 老马/n 乐得: 老 or 小 and a surname jieba keeps as a word no dictionary has (an old horse),
    // before what the person does: the person (Lao Ma).
    // (…or before 一把, 一下: what the person does at once, 老方一把拉住了她.)
    if (seg.tag !== 'nr' && seg.text.length === 2 && !counted && isCommonSurname(seg.text.charAt(1)) && !hasWord(seg.text) && !isCue(seg.text) && next !== undefined && (actsNext(next) || (/^a/.test(next.tag) && segs[i + 2]?.text === '得') || (next.text === '一' && /^(?:把|下|脚|拳|巴掌|眼)$/u.test(segs[i + 2]?.text ?? '') && /^v/.test(segs[i + 3]?.tag ?? '')))) {
      out.push({ text: seg.text, tag: 'nr' });
      continue;
    }
    // 老/欧阳 说: a double surname jieba took for a place (老欧阳, Old Ouyang).
    // (…or before what the person has, 老欧阳脸上.)
    if ((seg.text === '小' || seg.text === '老') && !counted && next !== undefined && nameData().doubleSurnames.has(next.text) && next.text !== '东方' && (segs[i + 2] === undefined || !allHan(segs[i + 2]?.text ?? '') || actsNext(segs[i + 2]) || /^(?:脸|脸上|心里|手里|身体|家|家里|的)$/u.test(segs[i + 2]?.text ?? ''))) {
      out.push({ text: seg.text + next.text, tag: 'nr' });
      i++;
      continue;
    }
    // 组长小/陈说 "to state": 小陈 says (what a person called by surname does, glued to it).
    const said = next && !counted && (seg.text === '小' || seg.text === '老') && next.text.length === 2 ? next.text.charAt(1) : '';
    // 老/郑和 妻子: 老郑 and his wife, not old Zheng He the admiral (a surname glued to 和, 与 or 跟).
    if ((seg.text === '小' || seg.text === '老') && !counted && next !== undefined && next.text.length === 2 && /[和与跟]$/u.test(next.text) && isCommonSurname(next.text.charAt(0)) && allHan(segs[i + 2]?.text ?? '')) {
      out.push({ text: seg.text + next.text.charAt(0), tag: 'nr' }, { text: next.text.charAt(1), tag: 'c' });
      i++;
      continue;
    }
    // (Or any verb jieba's guess glued on, 小/周接/x 得上手: 小周 takes over.)
    const glued = said !== '' && (GLUED_AFTER_NAME.has(said) || (next?.tag === 'x' && !hasWord(next.text) && hasVerbSense(said)));
    if (glued && isCommonSurname(next?.text.charAt(0) ?? '') && !hasWord(seg.text + (next?.text.charAt(0) ?? ''))) {
      out.push({ text: seg.text + (next?.text.charAt(0) ?? ''), tag: 'nr' }, { text: said, tag: 'v' });
      i++;
      continue;
    }
    // (Not who someone is, 老农 "old farmer" before his name.)
    if (seg.text.length === 2 && /^n[rz]/.test(seg.tag) && isCommonSurname(seg.text.charAt(1)) && !hasWord(seg.text) && !isCue(seg.text)) {
      out.push({ text: seg.text, tag: 'nr' });
      continue;
    }
    out.push(seg);
  }
  return out ?? segs;
}

/**
 * Two words jieba glues because CC-CEDICT lists them as one with another sense, and when they are
 * two: 到了 is always the verb and its particle; 不想 is nearly always 不 + 想 "not want" (its entry says "unexpectedly"); 都会 before more
 * of its clause is 都 + 会 "will all" ("metropolis" at a clause's end); 才能 before a verb is 才 +
 * 能 "only then can" (有才能 "talent"); 只要 before a number is 只 + 要 "takes only" (只要你努力 "so
 * long as"); 地陪 after a description is 地 + 陪 (耐心地陪他, not "tour guide"); 得了 before what was
 * won or caught is 得 + 了 (得了一等奖, not "that's enough!"); 越过 with another 越 ahead is 越…越
 * (越过越好); 在外 before a verb is 在 + 外 "away" (在外打工).
 */
/** `after`: the rest of the clause, a few words on; `further`: the next dozen segments, across commas. */
/**
 * 一下课就…, 一下车就…: "as soon as" (一) class is over, one gets off (下课, 下车), then 就; not
 * 一下 "a little" and the noun, which jieba cut.
 */
function assoonAs(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const noun = segs[i + 1];
    if (seg.text === '一下' && noun && segs[i + 2]?.text === '就' && codePointCount(noun.text) === 1 && hasVerbSense(`下${noun.text}`)) {
      out ??= segs.slice(0, i);
      out.push({ text: '一', tag: 'd' }, { text: `下${noun.text}`, tag: 'v' });
      i++;
      continue;
    }
    out?.push(seg);
  }
  return out ?? segs;
}

/**
 * 正驾驶着无人机: 正 "in the middle of" and the verb with its 着, not 正驾驶 "pilot-in-command", a
 * word jieba kept whole (正 before any verb CC-CEDICT knows, then 着).
 */
function progressive(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    if (seg.text.length >= 3 && seg.text.charAt(0) === '正' && segs[i + 1]?.text === '着' && hasVerbSense(seg.text.slice(1))) {
      out ??= segs.slice(0, i);
      out.push({ text: '正', tag: 'd' }, { text: seg.text.slice(1), tag: 'v' });
      continue;
    }
    out?.push(seg);
  }
  return out ?? segs;
}

/**
 * 高|高地 展开: an adjective said twice and the adverbial 地 (高高地 "high up"), which jieba cut
 * as 高 + 高地 "highland"; not before a noun (高高的山 keeps its 的 elsewhere).
 */
function doubledBeforeDe(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const glued = segs[i + 1];
    if (glued && seg.text.length === 1 && glued.text === `${seg.text}地` && /^(?:a|ad|d|z)/.test(seg.tag) && /^(?:v|d|p|a)/.test(segs[i + 2]?.tag ?? 'x')) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text + seg.text, tag: 'z' }, { text: '地', tag: 'uv' });
      i++;
      continue;
    }
    // 清|清 的水, 水清|清 的: an adjective said twice before 的 or 地 that jieba left one by one
    // (清 alone would read as the Qing dynasty): one word, "clear".
    if (glued && seg.text.length === 1 && glued.text === seg.text && /^[的地]$/u.test(segs[i + 2]?.text ?? '') && !/^[mqurpcf]/.test(seg.tag) && sharedEntries(seg.text).some((e) => /^[a-z]/.test(e.pinyin) && DESCRIBING_SENSE.test(e.senses[0] ?? ''))) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text + seg.text, tag: 'z' });
      i++;
      continue;
    }
    out?.push(seg);
  }
  return out ?? segs;
}
/** A first sense that describes (clear; clean, blue, fragrant), no verb, thing counted or measure. */
const DESCRIBING_SENSE = /^(?:\([^)]*\) )?(?:clear|clean|red|green|blue|white|black|yellow|purple|bright|dark|still|quiet|fragrant|sweet|high|tall|low|long|short|big|small|fat|thin|slow|fast|hot|cold|warm|cool|soft|hard|round|thick|light|heavy|deep|shallow|full|fresh|pure|shiny|smooth|fine|gentle|calm|tender|crisp|sticky|wet|dry|far|near|early|late|happy)\b/;

/** Countries' one-character names (中 China, 俄 Russia, 朝 North Korea …), as in 中俄朝三国. */
const COUNTRY_CHARS = new Set(Array.from('中美俄日韩朝英法德意印越蒙泰老缅巴澳加'));

type Around = { prev: Segment | undefined; next: Segment | undefined; after: readonly Segment[]; further: readonly Segment[] };
type TwoWords = { parts: readonly [Segment, Segment]; when: (a: Around) => boolean };

/**
 * 一道明显的划痕, 一家小小的老铺子: a noun described first (by adjectives, 的), with no verb on the
 * way, follows: what the number and measure word count (not 一道 "together", 一家 "the whole family").
 */
function describedNounAhead(after: readonly Segment[], firms = true): boolean {
  let described = false;
  for (const [k, s] of after.slice(0, 8).entries()) {
    // (Whatever jieba tags a word 的 follows, unless a verb: 美丽/ns 的 彩虹, not 一起 食用 的 主菜.)
    // (再家常不过的菜: "as homely as can be".)
    if (/^(?:a|ad|an|b|z)$/.test(s.tag) || s.text === '的' || /^(?:很|非常|特别|十分|极|最|更|特|再|太|这么|那么|如此|不过)$/u.test(s.text) || (after[k + 1]?.text === '的' && !/^v/.test(s.tag) && allHan(s.text) && !isVerbWord(s.text))) {
      described = true;
      continue;
    }
    // (一家做智能手表的小公司: what the firm does, 的, then the firm.)
    if (firms && /^v/.test(s.tag) && k === 0) {
      const de = after.findIndex((x, m) => m > 0 && m < 6 && x.text === '的');
      if (de > 0 && after.slice(de + 1, de + 3).some((x) => /(?:公司|企业|工厂|厂|店|馆|餐馆|饭店|医院|学校|银行|超市|农场|作坊)$/u.test(x.text))) return true;
    }
    return described && /^n/.test(s.tag) && !NAME_TAGS.has(s.tag);
  }
  return false;
}
/** Illnesses one catches (得了失眠症, 得了感冒): what 得了 before them is (see also ./pinyin/rules, ./context-senses). */
export const ILLNESS_CAUGHT = /^(?:失眠|抑郁|感冒|病|癌|肺炎|胃炎|流感|近视|重感冒|焦虑|高血压|糖尿病)/u;
/** How a complement after 得 starts: a degree or manner (来得快, 来得有些仓促, 赚得太少). */
const COMPLEMENT_START = /^(?:快|慢|早|晚|很|太|真|这么|那么|突然|及时|正|更|最|越来越|非常|比较|特别|挺|有些|有点|有点儿|过于|不够)/;
const TWO_WORDS: ReadonlyMap<string, TwoWords> = new Map<string, TwoWords>([
  // 到了唐朝, 中午到了镇上: CC-CEDICT's 到了 dào liǎo "at last" is rare in prose, and kept whole it
  // glossed every arrival as "at last".
  ['到了', { parts: [{ text: '到', tag: 'v' }, { text: '了', tag: 'ul' }], when: () => true }],
  ['不想', { parts: [{ text: '不', tag: 'd' }, { text: '想', tag: 'v' }], when: () => true }],
  // 这几年，街道办了不少实事: the subdistrict (街道) did (办了), not 街道办 "the subdistrict office" (街道办的通知 stays whole).
  ['街道办', { parts: [{ text: '街道', tag: 'n' }, { text: '办', tag: 'v' }], when: ({ next }) => /^(?:了|过|成|好|完|起|事|实事)$/u.test(next?.text ?? '') }],
  // 方向盘打早了: turned (打) too early (早), not 打早 "long ago".
  ['打早', { parts: [{ text: '打', tag: 'v' }, { text: '早', tag: 'a' }], when: ({ next }) => next?.text === '了' }],
  // 一练就是四十年: once (一) practising (练), it has been (就是), not 练就 "to master".
  ['练就', { parts: [{ text: '练', tag: 'v' }, { text: '就', tag: 'd' }], when: ({ prev, next }) => prev?.text === '一' && next?.text === '是' }],
  // 好几处在修路: several places (处) where (在) roads are being mended, not 处在 "to be situated".
  ['处在', { parts: [{ text: '处', tag: 'q' }, { text: '在', tag: 'p' }], when: ({ prev }) => prev !== undefined && (prev.tag === 'm' || /^(?:几|好几|多|一|两|各|每)$/u.test(prev.text)) }],
  // 胆囊里长了结石: inside (里), grew (长), not 里长 "village head".
  ['里长', { parts: [{ text: '里', tag: 'f' }, { text: '长', tag: 'v' }], when: ({ next }) => /^(?:了|出|着|满)$/u.test(next?.text ?? '') }],
  // 豆豆突然发起了高烧: came down (发) with (起) a fever, not 发起 "to initiate".
  // (他却发起愁来: 发愁 "to worry" with 起…来 between.)
  ['发起', { parts: [{ text: '发', tag: 'v' }, { text: '起', tag: 'v' }], when: ({ next, after }) => (next?.text === '了' && after.slice(1, 3).some((x) => /烧$/u.test(x.text))) || /^(?:愁|呆|抖|烧|慌|火|脾气)/u.test(next?.text ?? '') }],
  // 常有人犯类似的错误: people (人) make (犯) mistakes, not 人犯 "criminal".
  ['人犯', { parts: [{ text: '人', tag: 'n' }, { text: '犯', tag: 'v' }], when: ({ prev, after }) => /^(?:有|常有|没有|很多|不少|总有)$/u.test(prev?.text ?? '') || after.slice(0, 3).some((x) => /^(?:错|错误|类似|同样|傻|愁|难|困)$/u.test(x.text)) }],
  // 从马上摔下来: from (从) the horse (马) on (上), not 马上 "at once".
  ['马上', { parts: [{ text: '马', tag: 'n' }, { text: '上', tag: 'f' }], when: ({ prev, next }) => /^(?:从|在|骑在|坐在|跳)$/u.test(prev?.text ?? '') && /^(?:摔|跌|掉|下来|跳|滚|下)/u.test(next?.text ?? '') }],
  // 连人带猪: even (连) the people (人) along with the pigs, no one called Lian Ren.
  ['连人', { parts: [{ text: '连', tag: 'p' }, { text: '人', tag: 'n' }], when: ({ next }) => next?.text === '带' }],
  // 吓得出了一身冷汗: frightened so (得) that he broke out (出了) in a sweat, not 得出 "to obtain".
  ['得出', { parts: [{ text: '得', tag: 'ud' }, { text: '出', tag: 'v' }], when: ({ prev, next }) => prev !== undefined && /^(?:吓|急|累|热|疼|痛|气|笑|哭|忙|紧张|激动|感动)$/u.test(prev.text) && next?.text === '了' }],
  // 两头黄牛: two head (头) of cattle, not 两头 "both ends".
  ['两头', { parts: [{ text: '两', tag: 'm' }, { text: '头', tag: 'q' }], when: ({ next }) => /(?:牛|猪|羊|驴|骡|骡子|象|大象|骆驼|鹿|熊|狮子|老虎|奶牛|牦牛)$/u.test(next?.text ?? '') }],
  // 把头埋进水里: (把) the head (头) put into, not 把头 "gangmaster".
  ['把头', { parts: [{ text: '把', tag: 'p' }, { text: '头', tag: 'n' }], when: ({ next }) => /^(?:埋|伸|低|抬|转|扭|探|靠|缩|枕|垂|偏|歪|仰|蒙|蒙住|扎|钻|贴|靠在|埋进|伸出|转向|转过|扭过|抬起|低下)/u.test(next?.text ?? '') }],
  // 大家管它叫: calling it (管…叫), not 管它 "regardless".
  ['管它', { parts: [{ text: '管', tag: 'v' }, { text: '它', tag: 'r' }], when: ({ next }) => next?.text === '叫' || next?.text === '叫做' }],
  // 离开场还有两个小时: from (离) the start (开场), not 离开 "to leave".
  ['离开', { parts: [{ text: '离', tag: 'p' }, { text: '开', tag: 'v' }], when: ({ next, after }) => /^(?:场|赛|学|工|幕|业|盘|播|考)$/u.test(next?.text ?? '') && after.slice(1, 4).some((x) => /^(?:还有|还剩|只有|不到|还差)/u.test(x.text)) }],
  // 头两周长得快: in the first two weeks (周) it grows (长), not 周长 "perimeter".
  ['周长', { parts: [{ text: '周', tag: 'q' }, { text: '长', tag: 'v' }], when: ({ prev, next }) => /^(?:两|几|一|三|头两|前两|这两|这几)$/u.test(prev?.text ?? '') && /^(?:得|了|大|高|胖|出|到)$/u.test(next?.text ?? '') }],
  // 说只有秋天才看得到: can be seen (得 de and 到), not 得到 "to obtain", after a verb of one character.
  ['得到', { parts: [{ text: '得', tag: 'ud' }, { text: '到', tag: 'v' }], when: ({ prev, next }) => (prev !== undefined && /^(?:就|还|也|都|必须|还是)$/u.test(prev.text) && (next === undefined || /^(?:[，。！？；,.!?;]|ns|s)$/u.test(next.text) || /^(?:ns|s)$/.test(next.tag) || /^(?:医院|学校|公司|单位|现场|车站|机场)$/u.test(next.text))) || (prev !== undefined && /^(?:看|听|闻|找|买|吃|摸|感觉|碰|遇|做|办|想)$/u.test(prev.text) && (next === undefined || !/^\p{Script=Han}/u.test(next.text) || /^(?:吗|吧|呢|了)$/u.test(next.text))) }],
  // 石阶上分着吃: on (上), sharing (分着), not 上分 "to level up".
  ['上分', { parts: [{ text: '上', tag: 'f' }, { text: '分', tag: 'v' }], when: ({ next }) => /^(?:着|开|成|给|了)$/u.test(next?.text ?? '') }],
  // 手机上装了: on (上) the phone, installed (装).
  ['上装', { parts: [{ text: '上', tag: 'f' }, { text: '装', tag: 'v' }], when: ({ prev, next }) => /(?:手机|电脑|车|墙|门|窗|屋顶|房顶)$/u.test(prev?.text ?? '') || /^(?:了|好|上)$/u.test(next?.text ?? '') }],
  // 这台机器可不容易: really (可) not easy (不容易), not 可不 "exactly!".
  ['可不', { parts: [{ text: '可', tag: 'd' }, { text: '不', tag: 'd' }], when: ({ next }) => /^(?:容易|简单|一般|少|小|便宜|好|轻松|得了|行|能|会|要|敢)/u.test(next?.text ?? '') }],
  // 呐喊声响成一片: the shouting (声) rang out (响), not 声响 "noise".
  ['声响', { parts: [{ text: '声', tag: 'n' }, { text: '响', tag: 'v' }], when: ({ prev, next }) => /(?:喊|呼|笑|哭|叫|歌|掌|锣鼓|鞭炮|欢呼|呐喊|口号)$/u.test(prev?.text ?? '') && /^(?:成|起|彻|了|起来|一片)/u.test(next?.text ?? '') }],
  // 一种就是三十年: once (一) he planted (种), it was thirty years.
  ['一种', { parts: [{ text: '一', tag: 'd' }, { text: '种', tag: 'v' }], when: ({ next, after }) => /^(?:就|就是)$/u.test(next?.text ?? '') && after.slice(1, 3).some((x) => /(?:年|天|月|辈子)$/u.test(x.text)) }],
  // 低了几分钱: a few fen (cents), not 几分 "somewhat".
  ['几分', { parts: [{ text: '几', tag: 'm' }, { text: '分', tag: 'q' }], when: ({ next }) => next?.text === '钱' }],
  // 做物理题做到十一点半: doing (做) until (到) half past eleven, not 做到 "to accomplish".
  ['做到', { parts: [{ text: '做', tag: 'v' }, { text: '到', tag: 'p' }], when: ({ next }) => /^(?:[一二两三四五六七八九十]+点|[0-9０-９]+点|半夜|深夜|凌晨|天亮|很晚|晚上)/u.test(next?.text ?? '') }],
  // 这条河长约三百公里: the river's length (河 + 长 cháng), not 河长 "river chief".
  ['河长', { parts: [{ text: '河', tag: 'n' }, { text: '长', tag: 'a' }], when: ({ prev, next }) => /^(?:条|这条|那条|此|该|整条)$/u.test(prev?.text ?? '') || /^(?:约|达|近|超过|[0-9０-９一二三四五六七八九十百千万几]+)/u.test(next?.text ?? '') }],
  // 只得了第五名: only got (只 + 得 dé), not 只得 "to have no choice but".
  ['只得', { parts: [{ text: '只', tag: 'd' }, { text: '得', tag: 'v' }], when: ({ next }) => /^(?:了|到|过)$/u.test(next?.text ?? '') }],
  // 这东西要闻着臭: 要 + 闻着, not 要闻 "headline".
  ['要闻', { parts: [{ text: '要', tag: 'v' }, { text: '闻', tag: 'v' }], when: ({ next }) => /^(?:着|起来|到|了|一闻)$/u.test(next?.text ?? '') }],
  // 四时许, 三时左右: so many o'clock (时), not 四时 "the four seasons".
  ...['一时', '两时', '三时', '四时', '五时', '六时', '七时', '八时', '九时', '十时'].map((word): [string, TwoWords] => [
    word,
    { parts: [{ text: word.charAt(0), tag: 'm' }, { text: '时', tag: 'q' }], when: ({ next }) => /^(?:许|左右|整|半|多|前后|至|起|到|开始|起床)$/u.test(next?.text ?? '') },
  ]),
  // 什么都没收到: nothing received (没 + 收到), not 没收 "to confiscate".
  // (…nor finished harvesting: 还没收完.)
  // (一分钱也没收: did not take, after 也, 都 or 从来, too.)
  ['没收', { parts: [{ text: '没', tag: 'd' }, { text: '收', tag: 'v' }], when: ({ prev, next }) => /^(?:到|完|好|齐|回|起来|下|割)$/u.test(next?.text ?? '') || /^(?:也|都|还|从来|从没|一直|根本|并)$/u.test(prev?.text ?? '') }],
  // 冬天一来，地上就结冰: as soon as (一 … 就) winter comes, not 一来 "firstly" (一来…二来).
  ['一来', { parts: [{ text: '一', tag: 'd' }, { text: '来', tag: 'v' }], when: ({ prev, next }) => prev !== undefined && /^(?:n|t|nr|ns|r|s)$/.test(prev.tag) && (next === undefined || /^(?:[，,]|就|便)$/u.test(next.text)) }],
  // 充一次电能跑五百公里: the charge (电) and what it can do (能 + a verb), not 电能 "electrical energy".
  ['电能', { parts: [{ text: '电', tag: 'n' }, { text: '能', tag: 'v' }], when: ({ prev, next }) => next !== undefined && /^v/.test(next.tag) && next.tag !== 'vn' && prev !== undefined && /^(?:m|mq|v)$/.test(prev.tag) }],
  // 三个半小时, 两个半月: three and a half hours (the half counts with the number), not three half-hours.
  ...['半小时', '半月', '半钟头'].map((word): [string, TwoWords] => [word, { parts: [{ text: '半', tag: 'm' }, { text: word.slice(1), tag: 'n' }], when: ({ prev }) => prev !== undefined && prev.text.endsWith('个') && prev.text.length <= 3 }]),
  // 炒到七成熟: 70% done (成 "tenth"), not 七 + 成熟 "ripe". (Not 一成熟 "as soon as it is ripe".)
  ['成熟', { parts: [{ text: '成', tag: 'q' }, { text: '熟', tag: 'a' }], when: ({ prev }) => /^[二三四五六七八九十]$/u.test(prev?.text ?? '') }],
  // 他给我讲题, 老师讲题: explaining the exercises, not 讲题 "topic of a lecture" (讲题是…).
  ['讲题', { parts: [{ text: '讲', tag: 'v' }, { text: '题', tag: 'n' }], when: ({ prev, next }) => prev !== undefined && (/^(?:r|nr)$/.test(prev.tag) || /^(?:老师|给)$/u.test(prev.text)) && !/^(?:是|为)$/u.test(next?.text ?? '') }],
  // 辣的就算了: 就 + 算了 "forget it" closing the clause, not 就算 "even if", which leads into one.
  ['就算', { parts: [{ text: '就', tag: 'd' }, { text: '算', tag: 'v' }], when: ({ next, after }) => next?.text === '了' && after.length === 1 }],
  // 汤就不要了: not wanted any more (不 + 要 + 了 closing the clause), not 不要 "don't!".
  ['不要', { parts: [{ text: '不', tag: 'd' }, { text: '要', tag: 'v' }], when: ({ next, after }) => next?.text === '了' && after.length === 1 }],
  // 想开一个账户: wanting to open, before what is opened (a number or measure), not 想开 "to get over".
  ['想开', { parts: [{ text: '想', tag: 'v' }, { text: '开', tag: 'v' }], when: ({ next }) => next !== undefined && !/^(?:点|点儿|些|一点|一些)$/u.test(next.text) && (/^m/.test(next.tag) || /^(?:个|家|店|车|门|会|公司|账户)/u.test(next.text)) }],
  // 那本书, 这本书: the measure word and the book, not 本书 "this book".
  ['本书', { parts: [{ text: '本', tag: 'q' }, { text: '书', tag: 'n' }], when: ({ prev }) => prev !== undefined && (/^(?:这|那|哪|每|几|一|两|好几|整)$/u.test(prev.text) || /^m/.test(prev.tag)) }],
  // 零下八度, 气温一度: degrees of temperature (a number and 度), not 八度 "octave" or 一度 "once".
  ...['一度', '两度', '三度', '八度'].map((word): [string, TwoWords] => [
    word,
    // (一度电: one kilowatt-hour of electricity, too.)
    { parts: [{ text: word.charAt(0), tag: 'm' }, { text: '度', tag: 'q' }], when: ({ prev, next }) => /(?:零下|零上|气温|最高|最低|高温|低温|温度|体温|降到|降至|升到|升至|达到)$/.test(prev?.text ?? '') || /^(?:左右|以上|以下|上下|电)$/.test(next?.text ?? '') },
  ]),
  // 大喊一声, 一声号令: one shout or sound (声 its measure word), not 一声 "first tone", which is
  // said of tones (第一声, 一声、二声).
  ['一声', { parts: [{ text: '一', tag: 'm' }, { text: '声', tag: 'q' }], when: ({ prev, next }) => prev?.text !== '第' && !/^(?:、|和|与|是|读|念|变调|调)$/.test(next?.text ?? '') && !/声/.test(next?.text ?? '') }],
  // 慢慢地带着孩子: the adverbial 地 and the verb 带 "to take along", not 地带 "zone".
  ['地带', { parts: [{ text: '地', tag: 'uv' }, { text: '带', tag: 'v' }], when: ({ prev, next }) => prev !== undefined && (/^(?:d|ad|z)$/.test(prev.tag) || /^(\p{Script=Han})\1$/u.test(prev.text)) && /^(?:着|了|过|走|回|来|去|领|上|到|进|出)/.test(next?.text ?? '') }],
  // 一起盗窃案, 一起交通事故, 发现一起、查处一起: one case (起 its measure word), not 一起 "together".
  ['一起', { parts: [{ text: '一', tag: 'm' }, { text: '起', tag: 'q' }], when: ({ prev, next, further }) => /(?:案|案件|事故|事件|纠纷|火灾|诈骗|盗窃|命案|车祸|强拆)$/.test(next?.text ?? '') || /^(?:发现|查处|处理|发生|破获|侦破|曝光|查办|整改|其中|另|另外)$/.test(prev?.text ?? '') || describedNounAhead(further, false) }],
  // 一卷铺盖: a roll of bedding (卷 its measure word), not 卷铺盖 "to pack up and quit".
  ['卷铺盖', { parts: [{ text: '卷', tag: 'q' }, { text: '铺盖', tag: 'n' }], when: ({ prev }) => prev !== undefined && (prev.tag === 'm' || /^[一两二三四五六七八九十几每这那]$/u.test(prev.text)) }],
  // 37家|小石材厂: the measure word for firms after a number, then "small" (not 家小 "wife and children").
  ['家小', { parts: [{ text: '家', tag: 'q' }, { text: '小', tag: 'a' }], when: ({ prev }) => prev !== undefined && (prev.tag === 'm' || /[0-9０-９]$/u.test(prev.text)) }],
  // 更深的了解, 渗透到更深: "deeper" (更 gèng + 深); 更深 gēngshēn is the night's depth, after 夜.
  ['更深', { parts: [{ text: '更', tag: 'd' }, { text: '深', tag: 'a' }], when: ({ prev }) => prev === undefined || !prev.text.endsWith('夜') }],
  ['都会', { parts: [{ text: '都', tag: 'd' }, { text: '会', tag: 'v' }], when: ({ next }) => next !== undefined && next.tag !== 'x' }],
  // 一道接一道, 一道菜: one course, dish or question (道 the measure word), not 一道 "together".
  ['一道', { parts: [{ text: '一', tag: 'm' }, { text: '道', tag: 'q' }], when: ({ next, further }) => (next !== undefined && /^(?:接|又|菜|题|门|光|墙|伤口|工序|难题|关)/.test(next.text)) || describedNounAhead(further) }],
  // 落后三分, 领先三分: three points (三 + 分), not 三分 "somewhat".
  // (…and 三分十八秒: three minutes, eighteen seconds.)
  ['三分', { parts: [{ text: '三', tag: 'm' }, { text: '分', tag: 'q' }], when: ({ prev, next, after }) => (prev !== undefined && /^(?:落后|领先|得|拿|拿下|投进|命中|追|追回|差|赢|输|净胜|连得|丢)$/.test(prev.text)) || (next?.tag === 'm' && after.slice(1, 3).some((x) => /^秒/u.test(x.text))) }],
  // 一套两室一厅的房子, 一套漫画书: one set or flat (一 + the measure 套), not 一套 "suit".
  ['一套', { parts: [{ text: '一', tag: 'm' }, { text: '套', tag: 'q' }], when: ({ next }) => next !== undefined && next.tag !== 'x' && next.text !== '的' }],
  // 会长得又高又壮, 会长大: 会 "will" and 长 "to grow", not 会长 "president of a club".
  ['会长', { parts: [{ text: '会', tag: 'v' }, { text: '长', tag: 'v' }], when: ({ next }) => next !== undefined && /^(?:得|大|高|出|成|满|胖|壮|好|起来)/.test(next.text) }],
  // 一路上还给我们讲了…: 还 "also" and 给 "for" someone, then what is done (not 还给 "to return
  // sth to sb": 把书还给我。, where nothing is done after the person).
  // (他还给子孙立下家训: jieba tags 立下 an adverb; whatever is done, not a thing given.)
  // (…or for each or every one: 还给每个单元装上了电梯.)
  // (还给学生们上课: also, for the pupils (们 between).)
  ['还给', { parts: [{ text: '还', tag: 'd' }, { text: '给', tag: 'p' }], when: ({ next, after }) => next !== undefined && ((/^(?:r|n|nr|l|nt|nz)/.test(next.tag) && (/^(?:v|d)/.test(after[1]?.tag ?? '') || (/^n/.test(after[1]?.tag ?? '') && /^v/.test(after[2]?.tag ?? '')) || (after[1]?.text === '们' && /^v/.test(after[2]?.tag ?? '')))) || /^(?:每|各|所有|全)/u.test(next.text)) }],
  // 千万别: by all means (千万) don't (别), not "ten million".
  // 放心不下, 攒不下: can't (put down, save up), not 不下 "not less than", which comes before a number.
  // (攒/zg 不下几个钱: cannot save even a few; a vague amount after a verb, whatever jieba tagged
  // it, not "no fewer than".)
  ['不下', { parts: [{ text: '不', tag: 'd' }, { text: '下', tag: 'v' }], when: ({ prev, next }) => prev !== undefined && (/^v/.test(prev.tag) || (prev.text.length === 1 && /^to /.test(everydaySense(prev.text)))) && (next === undefined || !/^(?:m|q)/.test(next.tag) || /^(?:几|什么|多少)/u.test(next.text)) }],
  // 引得来, 引得进: drawing in, and 得 before whether it can be done (not 引得 "index").
  // (引得围观的人拍手, 引得台下一片欢呼: drawing the crowd that reacts, 得 before who.)
  ['引得', { parts: [{ text: '引', tag: 'v' }, { text: '得', tag: 'ud' }], when: ({ next }) => /^(?:来|进|到|住|起|出|围观|众人|大家|观众|全场|台下|路人|一片|阵阵|不少|许多|游客|市民|网友|现场)/.test(next?.text ?? '') }],
  ['千万别', { parts: [{ text: '千万', tag: 'd' }, { text: '别', tag: 'd' }], when: () => true }],
  // 冬天来得快, 来得很早, 来得有些仓促: coming, and 得 before how (CC-CEDICT's 来得 is "to emerge
  // (from a comparison)", 比…来得重要).
  ['来得', { parts: [{ text: '来', tag: 'v' }, { text: '得', tag: 'ud' }], when: ({ next }) => next !== undefined && COMPLEMENT_START.test(next.text) }],
  // 看了都说好, 大家都说好: all said it was good (说 + 好), not 说好 "to agree on", closing the clause.
  ['说好', { parts: [{ text: '说', tag: 'v' }, { text: '好', tag: 'a' }], when: ({ prev, next }) => prev !== undefined && /^(?:都|也|直|连声|纷纷|一致|人人)$/u.test(prev.text) && (next === undefined || /^[，。！；,.!;]$/u.test(next.text)) }],
  // 被水泡到, 被水泡了: soaked in water (水 + 泡 pào), not 水泡 "a blister", after 被 or before a result.
  ['水泡', { parts: [{ text: '水', tag: 'n' }, { text: '泡', tag: 'v' }], when: ({ prev, next }) => prev?.text === '被' || /^(?:到|了|过|着|坏|烂|透)$/u.test(next?.text ?? '') }],
  // 赚得太少, 挣得不多: earning, and how much (not 赚得 "to obtain").
  ['赚得', { parts: [{ text: '赚', tag: 'v' }, { text: '得', tag: 'ud' }], when: ({ next }) => next !== undefined && (COMPLEMENT_START.test(next.text) || /^(?:少|多|不少|不多)/.test(next.text)) }],
  ['挣得', { parts: [{ text: '挣', tag: 'v' }, { text: '得', tag: 'ud' }], when: ({ next }) => next !== undefined && (COMPLEMENT_START.test(next.text) || /^(?:少|多|不少|不多)/.test(next.text)) }],
  // 雪还在下, 雨一直在下: still falling, after an adverb (在下 "I, your humble servant" opens a speech).
  ['在下', { parts: [{ text: '在', tag: 'd' }, { text: '下', tag: 'v' }], when: ({ prev }) => prev !== undefined && /^(?:还|仍|仍然|一直|正|都|也|又|依然|还是)$/.test(prev.text) }],
  [
    '才能',
    {
      parts: [{ text: '才', tag: 'd' }, { text: '能', tag: 'v' }],
      // Before a verb or how it is done (才能平平安安地度过), not as someone's talent (他的才能很高, 有才能).
      // (…or a preposition and its verb: 唯有…，才能在竞争中赢得.)
      // (…or a verb jieba calls a noun, after when it can be done: 下周三才能补货/n.)
      // (…or after how or what must be: 怎么样才能当上, 只有…才能; or before an adverb, 才能真正解决.)
      when: ({ prev, next }) => next !== undefined && (/^(?:v|z|ad|i|l)/.test(next.tag) || /^(?:真正|彻底|顺利|有效|更好|充分|得以|确保|准确|及时|按时|正常|继续|慢慢|好好|真的|不|够)$/u.test(next.text) || (next.tag === 'p' && next.text !== '的') || (prev !== undefined && /^(?:t|m|f)$/.test(prev.tag) && isVerb(next.text)) || (prev !== undefined && /^(?:怎么样|怎样|如何|怎么|只有|必须|一定|这样|那样)$/u.test(prev.text) && next.tag !== 'uj')) && !(prev && /^(?:的|有|没有|发挥|施展|展示|具备|缺乏)$/.test(prev.text)),
    },
  ],
  // 只要两个小时, 只要八百多块钱: it only takes; 只要一步一步不停下 (a verb follows) "as long as".
  // (九块九: a price, not a number said twice, 一步一步.)
  ['只要', { parts: [{ text: '只', tag: 'd' }, { text: '要', tag: 'v' }], when: ({ next, further }) => next?.tag === 'm' && !clauseOf(further).some((s, k, all) => (/^v/.test(s.tag) && s.tag !== 'vn') || (k > 1 && s.text === all[k - 2]?.text && s.tag === 'm' && !/^(?:块|元|毛|角|点)$/u.test(all[k - 1]?.text ?? ''))) }],
  ['地陪', { parts: [{ text: '地', tag: 'uv' }, { text: '陪', tag: 'v' }], when: ({ prev }) => prev !== undefined && /^(?:a|ad|an|d|z|i|l)$/.test(prev.tag) }],
  // (…or an illness, whatever jieba tags it: 得了失眠/v 症.)
  ['得了', { parts: [{ text: '得', tag: 'v' }, { text: '了', tag: 'ul' }], when: ({ next }) => next !== undefined && (/^(?:n|m|vn|nz)/.test(next.tag) || ILLNESS_CAUGHT.test(next.text)) }],
  ['越过', { parts: [{ text: '越', tag: 'd' }, { text: '过', tag: 'v' }], when: ({ after }) => after.some((s) => s.text === '越' || s.text.startsWith('越')) }],
  // 中俄朝三国交界: three countries, named just before by their one-character names (not the Three Kingdoms).
  ['三国', { parts: [{ text: '三', tag: 'm' }, { text: '国', tag: 'n' }], when: ({ prev }) => prev !== undefined && codePoints(prev.text).every((c) => COUNTRY_CHARS.has(c)) }],
  // 锅里加冷水, 箱子里加了泡沫: in the pot, add (not Riga), after a one-character thing, or a longer one before 了 or what is added.
  ['里加', { parts: [{ text: '里', tag: 'f' }, { text: '加', tag: 'v' }], when: ({ prev, next }) => prev !== undefined && /^n/.test(prev.tag) && prev.tag !== 'ns' && (codePointCount(prev.text) === 1 || (codePointCount(prev.text) <= 3 && /^(?:了|点|些|入|上|一|水|盐|糖|油|一点|一些|满)$/u.test(next?.text ?? ''))) }],
  // 到市里, 市里加大了投入: the city (its authorities), not 市里 the li of length, which follows a number.
  ['市里', { parts: [{ text: '市', tag: 'n' }, { text: '里', tag: 'f' }], when: ({ prev }) => prev === undefined || !/^(?:[0-9０-９〇零一二三四五六七八九十百千两几半多]+|[几数]十)$/u.test(prev.text) }],
  // 在一家电脑公司: one + the classifier for firms, not 一家 "the whole family" (一家人, 一家三口 stay).
  // (一家检测机构: what the firm does, then the firm.)
  // 一方明代石碑, 一方印章: one (stele, seal, inkstone), the classifier for square things, not 一方 "a party".
  ['一方', { parts: [{ text: '一', tag: 'm' }, { text: '方', tag: 'q' }], when: ({ after }) => after.slice(0, 3).some((s) => /(?:碑|石碑|墓碑|印|印章|图章|砚|砚台|手帕|手绢|丝巾|池塘|水塘|匾|牌匾|石刻|天地)$/u.test(s.text)) && !after.slice(0, 3).some((s) => /^[，。、；]$/u.test(s.text)) }],
  ['一家', { parts: [{ text: '一', tag: 'm' }, { text: '家', tag: 'q' }], when: ({ next, after, further }) => next !== undefined && (/^n/.test(next.tag) || (/^(?:a|vn)$/.test(next.tag) && /^n/.test(after[1]?.tag ?? '')) || describedNounAhead(further)) && !/^(?:人|子|老小|大小)/.test(next.text) }],
  ['在外', { parts: [{ text: '在', tag: 'p' }, { text: '外', tag: 'f' }], when: ({ next }) => next?.tag.startsWith('v') === true }],
  // 日子过得很好, 时间过得真快: the verb and its complement's 得, not CC-CEDICT's greeting 过得 "How are you getting by?".
  ['过得', { parts: [{ text: '过', tag: 'v' }, { text: '得', tag: 'ud' }], when: ({ next }) => next !== undefined && next.tag !== 'x' }],
  // 照得通亮: the verb and its complement's 得, not the literary 照得 "seeing that".
  ['照得', { parts: [{ text: '照', tag: 'v' }, { text: '得', tag: 'ud' }], when: ({ next }) => next !== undefined && next.tag !== 'x' }],
  // 穿着厚厚的棉衣: wearing (the verb and its aspect), not 穿着 "attire" (她穿着很朴素, 穿着打扮 keep it).
  ['穿着', { parts: [{ text: '穿', tag: 'v' }, { text: '着', tag: 'uz' }], when: ({ prev, next }) => next !== undefined && prev?.text !== '的' && !/^(?:[dxc]|zg$)/.test(next.tag) && !/^(?:打扮|讲究|朴素|得体|时髦|整齐|考究)$/.test(next.text) }],
  // 把门关好: 把 marking the object, then the door; 把门 "to guard the gate" takes no verb after it.
  ['把门', { parts: [{ text: '把', tag: 'p' }, { text: '门', tag: 'n' }], when: ({ next }) => next?.tag.startsWith('v') === true }],
  // 教会了我, 教会他游泳: taught (so that someone) can, not 教会 "church".
  ['教会', { parts: [{ text: '教', tag: 'v' }, { text: '会', tag: 'v' }], when: ({ next }) => next !== undefined && (next.text === '了' || /^r/.test(next.tag)) }],
  // 一面铜镜, 一面旗: one + the classifier for flat things, unless 一面…一面 "while".
  ['一面', { parts: [{ text: '一', tag: 'm' }, { text: '面', tag: 'q' }], when: ({ next, further }) => next !== undefined && /^n/.test(next.tag) && !hasWord(`面${next.text}`) && !further.some((s) => s.text === '一面') }],
  // 大一号, 小一号: one size (bigger), not 一号 "the first (of the month)".
  ['一号', { parts: [{ text: '一', tag: 'm' }, { text: '号', tag: 'q' }], when: ({ prev }) => prev !== undefined && /^[大小]$/.test(prev.text) }],
  // 每一个人: each single person, not 一个人 "alone".
  ['一个人', { parts: [{ text: '一个', tag: 'm' }, { text: '人', tag: 'n' }], when: ({ prev }) => prev !== undefined && /^[每任何这那哪]$/.test(prev.text) }],
  // 既有…也有…: both … and …, not 既有 "existing".
  ['既有', { parts: [{ text: '既', tag: 'c' }, { text: '有', tag: 'v' }], when: ({ further }) => further.some((s, k) => /^[也又还]有$/.test(s.text) || (/^[也又还]$/.test(s.text) && further[k + 1]?.text === '有')) }],
  // 有的是快递员，有的是老师: some (有的) are (是), where a clause opens or another 有的 follows;
  // not 我有的是时间 "I have plenty of time".
  ['有的是', { parts: [{ text: '有的', tag: 'r' }, { text: '是', tag: 'v' }], when: ({ prev, further }) => prev === undefined || /^[，,。！？；：“”\s]+$/u.test(prev.text) || further.some((x) => x.text === '有的' || x.text === '有的是') }],
  // “别有压力”: don't (别) have (有) it, opening the clause; not 别有风味 "to have a special flavour".
  ['别有', { parts: [{ text: '别', tag: 'd' }, { text: '有', tag: 'v' }], when: ({ prev, next }) => (prev === undefined || /^[，,。！？；：“”\s]+$/u.test(prev.text)) && next !== undefined && /^(?:n|vn|r)$/.test(next.tag) }],
  // 包里总装着: always (总) carries (装), after where or before 着; not 总装 "final assembly".
  ['总装', { parts: [{ text: '总', tag: 'd' }, { text: '装', tag: 'v' }], when: ({ prev, next }) => /^(?:里|中|上|内)$/u.test(prev?.text ?? '') || /^(?:着|了|满|上)$/u.test(next?.text ?? '') }],
  // 想有个人说说话: someone (个 + 人) to do something, after 有; 他变了个人: became another person,
  // after 了; not 个人 "individual".
  ['个人', { parts: [{ text: '个', tag: 'q' }, { text: '人', tag: 'n' }], when: ({ prev, next }) => (/^(?:有|没有|找|找个|来)$/u.test(prev?.text ?? '') && next !== undefined && /^v/.test(next.tag)) || (prev?.text === '了' && (next === undefined || /^[，。！？；似一]/u.test(next.text))) }],
  // 会来讲奖学金: will come (来) and talk (讲) about it, after a modal; not 来讲 "as to".
  ['来讲', { parts: [{ text: '来', tag: 'v' }, { text: '讲', tag: 'v' }], when: ({ prev }) => /^(?:会|要|将|想|能|可以|准备|打算|就)$/u.test(prev?.text ?? '') }],
  // 唱两三出戏, 一出好戏: plays counted (出 their measure word), not 出戏 "to step out of a role".
  ['出戏', { parts: [{ text: '出', tag: 'q' }, { text: '戏', tag: 'n' }], when: ({ prev }) => prev !== undefined && (prev.tag === 'm' || /^(?:[一二两三四五六七八九十几]|这|那|每)$/u.test(prev.text)) }],
  // 一张嘴要吃饭: one mouth (张 its measure word) to feed, not 张嘴 "to open one's mouth" (一张嘴就笑).
  ['张嘴', { parts: [{ text: '张', tag: 'q' }, { text: '嘴', tag: 'n' }], when: ({ prev, next }) => /^(?:一|两|这|那|每|几)$/u.test(prev?.text ?? '') && !/^(?:就|便|说|笑|骂)/u.test(next?.text ?? '') }],
  // 弯度差一点。: short by a little (差 + 一点), closing what is said of a thing, not 差一点 "almost".
  ['差一点', { parts: [{ text: '差', tag: 'v' }, { text: '一点', tag: 'm' }], when: ({ prev, next }) => prev !== undefined && allHan(prev.text) && !/^(?:r|nr|d|p|c|v|u|a)/.test(prev.tag) && (next === undefined || /^[，。！？；,.!?;]$/u.test(next.text)) }],
  // 每人才花了十元: each person (人) only (才) spent, not 人才 "talent", after 每.
  // (一群人才能走得更远: only a group of people can go far.)
  ['人才', { parts: [{ text: '人', tag: 'n' }, { text: '才', tag: 'd' }], when: ({ prev, next }) => next !== undefined && ((prev?.text === '每' && /^(?:v|m)/.test(next.tag)) || (/^(?:一群|群|一些|些|多|很多|大家|的|一个|两个|几个|老)$/u.test(prev?.text ?? '') && /^(?:能|会|可以|可能|肯|敢|知道|明白|懂|发现)$/u.test(next.text))) }],
  // 气得手都发抖: angry so that (得) the hands (手) shake, not 得手 "to succeed".
  ['得手', { parts: [{ text: '得', tag: 'ud' }, { text: '手', tag: 'n' }], when: ({ prev, next }) => prev !== undefined && Array.from(prev.text).length === 1 && /^(?:都|也|直|一直|发|冻|在|不停)/u.test(next?.text ?? '') }],
  // 荣立三等功: awarded (荣立) a third-class merit, the verb before the award, not someone called Rong Li.
  // 十二万多海里: over 120,000 (多) nautical miles (海里), after the number.
  ['多海里', { parts: [{ text: '多', tag: 'm' }, { text: '海里', tag: 'q' }], when: ({ prev }) => prev !== undefined && (prev.tag === 'm' || /[0-9０-９]$/u.test(prev.text)) }],
  // 一等就是一个多小时: once (一) waiting (等) starts, it is hours; not 一等 "first class".
  ['一等', { parts: [{ text: '一', tag: 'd' }, { text: '等', tag: 'v' }], when: ({ next }) => /^(?:就|就是|便|又)$/u.test(next?.text ?? '') }],
  // 满分是十二分: twelve (十二) points (分), after 是 or a score; not 十二分 "exceedingly".
  ['十二分', { parts: [{ text: '十二', tag: 'm' }, { text: '分', tag: 'q' }], when: ({ prev, next }) => /^(?:是|满分|得|扣|记|共|扣了|得了|为)$/u.test(prev?.text ?? '') || next === undefined || /^[，。！？；、]$/u.test(next.text) }],
  // 零点几个百分点: nought point a few (零 + 点), not 零点 "midnight".
  ['零点', { parts: [{ text: '零', tag: 'm' }, { text: '点', tag: 'm' }], when: ({ next }) => /^(?:几|[一二三四五六七八九零〇]|[0-9０-９])/u.test(next?.text ?? '') }],
  // 凌晨一点, 下午一点半: one o'clock (一 + 点), after a time of day; not 一点 "a bit".
  ['一点', { parts: [{ text: '一', tag: 'm' }, { text: '点', tag: 'q' }], when: ({ prev, next }) => /^(?:凌晨|上午|下午|中午|晚上|夜里|半夜|早上|清晨|傍晚|深夜|午夜|夜间)$/u.test(prev?.text ?? '') || /^(?:半|钟|整|多钟|左右)$/u.test(next?.text ?? '') }],
  // 抓上百服药: so many doses (服 fù) of medicine, after a number; not 服药 "to take medicine".
  ['服药', { parts: [{ text: '服', tag: 'q' }, { text: '药', tag: 'n' }], when: ({ prev }) => prev !== undefined && /^(?:[〇零一二三四五六七八九十百千两几0-9０-９]+|上百|上千|几十|好几)$/u.test(prev.text) }],
  // 气得直跺脚: the complement's 得, then 直 "keep (doing)", not 得直 "to win an appeal".
  ['得直', { parts: [{ text: '得', tag: 'ud' }, { text: '直', tag: 'd' }], when: ({ prev, next }) => prev !== undefined && /^(?:v|a|n)/.test(prev.tag) && next !== undefined && /^v/.test(next.tag) }],
  // 先发一半: first (先) send (发), not 先发 "starting (player)", before how much.
  ['先发', { parts: [{ text: '先', tag: 'd' }, { text: '发', tag: 'v' }], when: ({ next }) => next !== undefined && (next.tag === 'm' || /^(?:一半|一部分|过去|过来|给|到|了)$/u.test(next.text)) }],
  // 整点东西吃: (northeastern speech) to get (整) a bit (点) of something, not 整点 "on the hour".
  ['整点', { parts: [{ text: '整', tag: 'v' }, { text: '点', tag: 'm' }], when: ({ next }) => next !== undefined && /^(?:东西|吃的|喝的|菜|酒|啥|饭|水|钱|好吃的|小菜)/u.test(next.text) }],
  // 这么美的地方: beautiful (美) and 的, not the brand 美的 (Midea), after a degree word or before a noun.
  ['美的', { parts: [{ text: '美', tag: 'a' }, { text: '的', tag: 'uj' }], when: ({ prev, next }) => (prev !== undefined && /^(?:这么|那么|多么|很|真|最|好|太|特别|非常|多|挺|更|如此|这样|那样)$/u.test(prev.text)) || (next !== undefined && /^(?:地方|风景|景色|地|人|姑娘|女孩|画面|夜景|山|海|湖|花|城市|家乡)/u.test(next.text)) }],
  // 检票口前排着长队: in front of (前) a queue lined up (排着), not 前排 "front row".
  ['前排', { parts: [{ text: '前', tag: 'f' }, { text: '排', tag: 'v' }], when: ({ prev, next }) => next !== undefined && /^(?:着|了|起|满)$/u.test(next.text) && prev !== undefined && /^n/.test(prev.tag) }],
  // 六点半就得到, 还得到医院: must (得 děi) arrive, after 就 or 还, closing the clause or before a place.
  // 就得来漠河: must (得 děi) come to a place, after 就 or 还; not 得来 "to obtain".
  // (相处得来, 合得来: getting along, the verb's complement 得 and 来, too.)
  ['得来', { parts: [{ text: '得', tag: 'v' }, { text: '来', tag: 'v' }], when: ({ prev, next }) => prev !== undefined && ((/^(?:就|还|也|都|总|先|必须|还是|那就|这就)$/u.test(prev.text) && next !== undefined && /^(?:ns|n|r|nr|nz|s)$/.test(next.tag)) || /^(?:相处|处|合|谈|聊|玩)$/u.test(prev.text)) }],
  // 面的粗细, 面的口感: the noodles' (面 + 的), not 面的 "minivan taxi".
  ['面的', { parts: [{ text: '面', tag: 'n' }, { text: '的', tag: 'uj' }], when: ({ next }) => /^(?:粗细|口感|味道|种类|做法|筋道|软硬|长短|颜色|质量|分量|汤)/u.test(next?.text ?? '') }],
  // 房租就要一万二: it takes (就 + 要 "costs") so much, not 就要 "about to".
  ['就要', { parts: [{ text: '就', tag: 'd' }, { text: '要', tag: 'v' }], when: ({ next }) => next !== undefined && next.tag === 'm' }],
  // 果子全会被打落: all (全) will (会), before what will happen; not 全会 "plenary session".
  ['全会', { parts: [{ text: '全', tag: 'd' }, { text: '会', tag: 'v' }], when: ({ prev, next }) => next !== undefined && prev !== undefined && /^(?:n|r|nr)$/.test(prev.tag) && (/^(?:被|让|把)$/u.test(next.text) || (/^v/.test(next.tag) && next.tag !== 'vn' && !/^(?:决定|通过|审议|听取|指出|强调|认为|提出|召开|举行|闭幕|开幕)$/u.test(next.text))) && !/^(?:届|次|中|二中|三中|四中|五中|六中|七中)$/u.test(prev.text) }],
  // 近视两百度: two hundred (百) degrees (度), not Baidu, after a number.
  ['百度', { parts: [{ text: '百', tag: 'm' }, { text: '度', tag: 'q' }], when: ({ prev }) => /^(?:[一二两三四五六七八九几]|[0-9０-９]+)$/u.test(prev?.text ?? '') }],
  // 接到一通电话: a call (通 its measure word), not 通电话 "to phone".
  ['通电话', { parts: [{ text: '通', tag: 'q' }, { text: '电话', tag: 'n' }], when: ({ prev }) => /^(?:一|几|两|这|那|[0-9０-９]+)$/u.test(prev?.text ?? '') }],
  // 一下大雨，红土便…: as soon as (一) it rains (下), not 一下 "a bit".
  ['一下', { parts: [{ text: '一', tag: 'd' }, { text: '下', tag: 'v' }], when: ({ next }) => /^(?:雨|大雨|小雨|暴雨|雪|大雪|小雪|暴雪|冰雹)$/u.test(next?.text ?? '') }],
  // 经批准后方可离开: after (后) approval, only then (方) may (可), not 后方 "the rear".
  ['后方', { parts: [{ text: '后', tag: 'f' }, { text: '方', tag: 'd' }], when: ({ next }) => next?.text === '可' }],
  // 三万名跑者: 30,000 (三万) people (名 their measure word), not 万名 "all names".
  ['万名', { parts: [{ text: '万', tag: 'm' }, { text: '名', tag: 'q' }], when: ({ prev }) => /^(?:[〇零一二三四五六七八九十百千两几数]+|[0-9０-９.]+)$/u.test(prev?.text ?? '') }],
  // 决赛中游出: in (中) the final, swam (游出) a time, not 中游 "the middle reaches".
  ['中游', { parts: [{ text: '中', tag: 'f' }, { text: '游', tag: 'v' }], when: ({ prev, next }) => /(?:赛|比赛|决赛|预赛|半决赛|接力)$/u.test(prev?.text ?? '') && /^(?:出|了|进|到)$/u.test(next?.text ?? '') }],
]);

/** The segments up to the first punctuation mark. */
function clauseOf(segs: readonly Segment[]): readonly Segment[] {
  const end = segs.findIndex((s) => s.tag === 'x');
  return end < 0 ? segs : segs.slice(0, end);
}

function splitTwoWords(segs: Segment[]): Segment[] {
  if (!segs.some((s) => TWO_WORDS.has(s.text))) return segs;
  const out: Segment[] = [];
  segs.forEach((s, i) => {
    const split = TWO_WORDS.get(s.text);
    if (!split) {
      out.push(s);
      return;
    }
    // The rest of the clause, a few words on.
    const after: Segment[] = [];
    for (let k = i + 1; k < segs.length && k <= i + 4 && segs[k]?.tag !== 'x'; k++) after.push(segs[k] as Segment);
    if (split.when({ prev: segs[i - 1], next: segs[i + 1], after, further: segs.slice(i + 1, i + 13) })) out.push(...split.parts);
    else out.push(s);
  });
  return out;
}

/**
 * 大, 老, 病, 年轻 before 人们: with 人 a word for people (大人 "adult", 老人, 年轻人) that 们 makes
 * plural. Not a verb or preposition that takes 人们 as its object (让人们, 为人们: 为人 is a word).
 */
function peopleWord(prev: Segment): boolean {
  if (!allHan(prev.text) || codePointCount(prev.text) > 2 || /^(?:p|vn|d|c|r|u)/.test(prev.tag)) return false;
  const word = `${prev.text}人`;
  return isCommonWord(word) && !/^to /.test(everydaySense(word));
}

/**
 * Words jieba made across a boundary that a neighbour shows: 8 | 日前 is the 8th (日) and before
 * it (前), not 日前 "a few days ago"; 老 | 人们 is 老人 "old people" + 们 (see peopleWord); 东 | 门外 is 东门 "the east
 * gate" and 外; 这里 | 面的 is 这 + 里面 "in here" + 的, not 面的 "minivan taxi".
 */
function datesAndGates(segs: Segment[], text: string): Segment[] {
  // (One look at the text: most have none of these.)
  if (!/日[前后起内止]|人们|门[外口前内里]|面|又/u.test(text)) return segs;
  const out: Segment[] = [];
  for (const s of segs) {
    const prev = out[out.length - 1];
    // 又 | 高又壮: 又A又B, "both A and B", each word on its own (not a word 高又壮).
    if (prev?.text === '又' && codePointCount(s.text) === 3 && s.text.charAt(1) === '又' && allHan(s.text)) {
      out.push({ text: s.text.charAt(0), tag: partTag(s.text.charAt(0), 'a') }, { text: '又', tag: 'd' }, { text: s.text.charAt(2), tag: partTag(s.text.charAt(2), 'a') });
    } else if (prev && DAY_AND_AFTER.test(s.text) && prev.tag === 'm' && /^(?:[0-9０-９]+|[〇零一二三四五六七八九十]+)$/u.test(prev.text)) {
      out.push({ text: '日', tag: 'm' }, { text: s.text.slice(1), tag: 'f' });
    } else if (prev && s.text === '人们' && peopleWord(prev)) {
      out[out.length - 1] = { text: `${prev.text}人`, tag: 'n' };
      out.push({ text: '们', tag: 'k' });
    } else if (prev && GATE_SIDE.test(s.text) && /^[东南西北正前后侧]$/u.test(prev.text)) {
      out[out.length - 1] = { text: `${prev.text}门`, tag: 's' };
      out.push({ text: s.text.slice(1), tag: 'f' });
    } else if (prev && /^[这那哪]里$/u.test(prev.text) && (s.text === '面' || s.text === '面的')) {
      out[out.length - 1] = { text: prev.text.charAt(0), tag: 'r' };
      out.push({ text: '里面', tag: 'f' });
      if (s.text === '面的') out.push({ text: '的', tag: 'uj' });
    } else out.push(s);
  }
  return out;
}

/** 日前, 日后, 日起: after a day's number, the day and what follows it. */
const DAY_AND_AFTER = /^日[前后起内止]$/u;
/** 门外, 门口: after a side (东, 南, 正), the gate on that side and where. */
const GATE_SIDE = /^门[外口前内里]$/u;

/** 上/f 月/m, 下/f 周: last month, next week (CC-CEDICT's 上月, 下周), not "up" + "moon". */
function monthsAndWeeks(segs: Segment[], text: string): Segment[] {
  if (!text.includes('月') && !text.includes('周')) return segs;
  const days = text.includes('周') ? weekdays(segs) : segs;
  if (!days.some((s) => s.text === '月' || s.text === '周')) return days;
  const out: Segment[] = [];
  for (const s of days) {
    const prev = out[out.length - 1];
    if (prev && (s.text === '月' || s.text === '周') && /^[上下本]$/.test(prev.text) && hasWord(prev.text + s.text)) {
      out[out.length - 1] = { text: prev.text + s.text, tag: 't' };
    } else out.push(s);
  }
  return out;
}

/**
 * 本周|三, 周|五: a day of the week (周三 "Wednesday", 本|周三 "this Wednesday"), not the week and
 * a number; unless the number counts something (每周三次 "three times a week", 周三天).
 */
function weekdays(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i] as Segment;
    const day = segs[i + 1];
    const week = s.text.endsWith('周') && s.text.length <= 2 ? /^(?:本|上|下|这|每|)周$/u.exec(s.text) : null;
    const after = segs[i + 2]?.text ?? '';
    if (week && day !== undefined && /^[一二三四五六日]$/u.test(day.text) && !/^[0-9０-９一二三四五六七八九十两半几多个次天回遍趟节堂门位名人年月日号点分]/u.test(after)) {
      out ??= segs.slice(0, i);
      if (s.text.length > 1) out.push({ text: s.text.charAt(0), tag: s.text.charAt(0) === '上' || s.text.charAt(0) === '下' ? 'f' : 'r' });
      out.push({ text: `周${day.text}`, tag: 't' });
      i++;
    } else out?.push(s);
  }
  return out ?? segs;
}

/** What a pupil or a character does, right after their name where a clause starts: only people do these (明明站起来, 春生想了想). */
const ONLY_PEOPLE_DO = /^(?:站起来|站了起来|想了想|想一想|举手|举起手|举起了手|点点头|点了点头|摇摇头|摇了摇头|笑着说|笑了笑|笑嘻嘻|挠挠头|挠了挠头|低下头|低着头|抬起头|红着脸|不好意思|回答|回答说|问道|说道|大声说|小声说|高兴地说|着急地说|认真地说|悄悄地说|哭着说|叹了口气|吐了吐舌头|眨眨眼|眨了眨眼)/u;
/** Where else a person found so stands: after these (请明明数, 问春生, 同桌石头, 和丽丽). */
const PERSON_BEFORE = /^(?:请|问|叫|让|给|对|和|跟|同|被|把|教|帮|等|找|喊|告诉|同桌|同学|朋友|好朋友|哥哥|姐姐|弟弟|妹妹|表哥|表姐|表弟|表妹|邻居|的)$/u;
/** Senses of people and animals: a word for them is never someone's name here (孩子, 小猫). */
const BEING_SENSE = /\b(?:child|children|kid|boy|girl|man|woman|men|women|person|people|student|pupil|teacher|friend|classmate|doctor|mother|father|mom|dad|grand\w*|brother|sister|uncle|aunt|baby|rabbit|cat|kitten|dog|puppy|bird|bear|fox|monkey|tortoise|turtle|mouse|rat|duck|chicken|hen|rooster|frog|fish|horse|ox|cow|cattle|sheep|goat|lamb|tiger|lion|wolf|deer|pig|elephant|squirrel|bee|ant|crow|magpie|sparrow|swallow|goose|snake|dragon|hero|king|queen|farmer|worker|villager|everybody|everyone|oneself)s?\b/i;

/**
 * 明明站起来, 春生想了想, 海燕举手说: a word (明明 "obviously", 小雨 "drizzle", 石头 "stone") that
 * opens a clause before what only a person does names a person in this text, and so does the word
 * wherever else a person stands (请明明数, 问春生：, 同桌石头, 的小雨有点儿着急). Not a word for
 * people or animals (孩子, 小猫), kin, a title, a pronoun or a time.
 */
function wordsNamingPeople(segs: Segment[], text: string): Segment[] {
  if (!/站起|站了起|想了想|想一想|举手|举起|点头|点了点头|摇头|摇了摇头|笑着说|笑了笑|笑嘻嘻|挠|低下头|低着头|抬起头|红着脸|不好意思|回答|问道|说道|大声说|小声说|叹了口气|吐了吐|眨|同桌|同学|朋友|哥哥|姐姐|弟弟|妹妹|邻居|表哥|表姐|表弟|表妹/u.test(text)) return segs;
  let found: Set<string> | undefined;
  for (let i = 0; i < segs.length - 1; i++) {
    const seg = segs[i] as Segment;
    // (Most segments stop here: two characters after a mark or a relation, and none of the rest.)
    const prev = segs[i - 1];
    if (seg.text.length !== 2 || (prev !== undefined && !CLAUSE_MARKS.has(prev.text) && !RELATIONS.has(prev.text))) continue;
    const next = segs[i + 1];
    // (Or after a relation, doing something: 同桌石头悄悄地教她.)
    const related = prev !== undefined && RELATIONS.has(prev.text) && next !== undefined && /^(?:d|z|v)/.test(next.tag);
    // (What follows in the segments jieba made of it: 站/起来, 想/了/想.)
    if (!related && ((prev !== undefined && !CLAUSE_MARKS.has(prev.text)) || !ONLY_PEOPLE_DO.test((next?.text ?? '') + (segs[i + 2]?.text ?? '') + (segs[i + 3]?.text ?? '')))) continue;
    // (明明 is a "time" to jieba.)
    // (Only what may name: a noun, a guess, or a "time" of jieba's; not 一边, 不能.)
    if (!allHan(seg.text) || !/^(?:n|ng|nz|ns|nrt|nrfg|x|t|tg)$/.test(seg.tag) || RELATIVE_TIME.test(seg.text) || EVERYONE.test(seg.text) || isAddressTerm(seg.text) || CHILDS_KIN.has(seg.text) || RELATIONS.has(seg.text) || TIME_WORD.test(seg.text)) continue;
    if (sharedEntries(seg.text).some((e) => e.senses.some((x) => BEING_SENSE.test(x) || PERSONAL_SENSE.test(x)))) continue;
    // (Nor, after a relation, a word that describes how, 专门 "specially", 朋友专门来看.)
    if (related && /^(?:very )?[a-z-]+(?:ly|ous|ful|ive|ent|ant|ic|ible|able|less|ed|al)(?:[;, ]|$)/.test(everydaySense(seg.text))) continue;
    (found ??= new Set()).add(seg.text);
  }
  if (!found) return segs;
  const names = found;
  return segs.map((seg, i) => {
    if (!names.has(seg.text)) return seg;
    const prev = segs[i - 1];
    const next = segs[i + 1];
    const stands = prev === undefined || CLAUSE_MARKS.has(prev.text) || PERSON_BEFORE.test(prev.text) || (next !== undefined && /^(?:：|:|说|问|笑|哭|喊|想|也|就|又|还|却|才|都|已经|正在|在|把|被|给|跟|和|对|的)/u.test(next.text));
    if (!stands) return seg;
    peopleByCue.add(seg.text);
    return { text: seg.text, tag: 'nr' };
  });
}

/** Words that give someone's nickname (外号“小胖”). */
const NICKNAMED = new Set(['外号', '绰号', '小名', '昵称', '人称', '网名', '乳名', '艺名', '诨号']);

/** 外号“小胖”的吴大海, 小名叫豆豆: the nickname after the word that gives it, in one piece, a person. */
function nicknames(segs: Segment[], text: string): Segment[] {
  if (!/外号|绰号|小名|昵称|人称|网名|乳名|艺名|诨号/u.test(text)) return segs;
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    if (!NICKNAMED.has(segs[i]?.text ?? '')) continue;
    let k = i + 1;
    const called = /^(?:叫|是|为)$/u.test(segs[k]?.text ?? '');
    if (called) k++;
    const quoted = /^[“"‘「]$/u.test(segs[k]?.text ?? '');
    if (quoted) k++;
    // (Quoted or after 叫: 外号很多 names no one.)
    if (!quoted && !called) continue;
    let end = k;
    while (end < segs.length && end < k + 3 && allHan(segs[end]?.text ?? '')) end++;
    const name = segs.slice(k, end).map((x) => x.text).join('');
    const closes = quoted ? /^[”"’」]$/u.test(segs[end]?.text ?? '') : end >= segs.length || !allHan(segs[end]?.text ?? '') || segs[end]?.text === '的';
    if (!closes || codePointCount(name) < 2 || codePointCount(name) > 4) continue;
    out ??= segs.slice();
    const at = out.indexOf(segs[k] as Segment);
    out.splice(at, end - k, { text: name, tag: 'nr' });
    peopleByCue.add(name);
  }
  return out ?? segs;
}

/** Who is called by a name in quotes right after them: players by their handles, friends, pets by what they are called. */
const QUOTED_NAME_CUES = /^(?:选手|队员|主播|网友|博主|闺蜜|好友|室友|搭档|射手|打野|中单|上单|辅助|新秀|老将|叫|名叫|取名|起名|取名叫|名字叫|ID)$/u;
/** Those of them only a person's handle follows, even a word (选手“北辰” Polaris); after 叫 a word is what something is called (叫“开口笑”). */
const HANDLE_CUES = /^(?:选手|队员|主播|博主|射手|打野|中单|上单|辅助|新秀|老将|ID)$/u;

/**
 * 选手“北辰”, 闺蜜“朵朵”, 猫叫“团团”: a name in quotes right after who bears it or 叫, one
 * person (or pet), and a person wherever else the text says the name.
 */
function quotedNames(segs: Segment[], text: string): Segment[] {
  if (!text.includes('“') && !text.includes('"')) return segs;
  let out: Segment[] | undefined;
  for (let i = 0; i + 3 < segs.length; i++) {
    // (猫叫, 狗叫: jieba glues the animal to 叫.)
    if (!(QUOTED_NAME_CUES.test(segs[i]?.text ?? '') || /^[猫狗兔鸟马猪]叫$/u.test(segs[i]?.text ?? '')) || !/^[“"]$/u.test(segs[i + 1]?.text ?? '')) continue;
    let end = i + 2;
    while (end < segs.length && end < i + 5 && allHan(segs[end]?.text ?? '')) end++;
    const name = segs.slice(i + 2, end).map((x) => x.text).join('');
    // (Not a name and how one is addressed, 叫“明亮哥”: the name alone is found elsewhere.)
    if (!/^[”"]$/u.test(segs[end]?.text ?? '') || codePointCount(name) < 2 || codePointCount(name) > 4 || KIN_AFTER_SURNAME.has(name.slice(-1)) || isAddressTerm(name.slice(-2))) continue;
    // (A word of the language only after a player's or a streamer's role, and never a verb; after 叫
    // only what a person or an animal is called, 它叫“团团”, not 这叫“开口笑”.)
    const cue = segs[i]?.text ?? '';
    if (/^v/.test(jiebaTag(name) ?? '') || name.endsWith('号')) continue;
    if (!HANDLE_CUES.test(cue)) {
      if (hasWord(name)) continue;
      const calledBy = segs[i - 1]?.text ?? '';
      if (/叫$/u.test(cue) && cue.length <= 2 && !/^[猫狗兔鸟马猪]叫$/u.test(cue) && !/^(?:他|她|它|我|你|猫|狗|兔子|小狗|小猫|宠物|孩子|女儿|儿子|宝宝)$/u.test(calledBy)) continue;
    }
    out ??= segs.slice();
    const at = out.indexOf(segs[i + 2] as Segment);
    out.splice(at, end - (i + 2), { text: name, tag: 'nr' });
    peopleByCue.add(name);
  }
  return out ?? segs;
}

/**
 * 苏轼，字子瞻，号东坡居士: the courtesy and literary names a biography gives after the person's
 * name (字 "styled", 号 "called"), in one piece each, a person too.
 */
function courtesyNames(segs: Segment[], text: string): Segment[] {
  if (!/[，,][字号]/u.test(text)) return segs;
  let out: Segment[] | undefined;
  for (let i = 2; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    if ((seg.text !== '字' && seg.text !== '号') || !/^[，,]$/u.test(segs[i - 1]?.text ?? '')) continue;
    // (Right after the person, or after the name given before: 字子瞻，号东坡居士.)
    const before = segs[i - 2];
    const person = before !== undefined && (NAME_TAGS.has(before.tag) || segs.slice(Math.max(0, i - 6), i - 2).some((x, k, near) => /^[字号]$/u.test(x.text) && /^[，,]$/u.test(near[k - 1]?.text ?? '')));
    if (!person) continue;
    let k = i + 1;
    let name = '';
    while (k < segs.length && allHan(segs[k]?.text ?? '') && codePointCount(name + (segs[k]?.text ?? '')) <= 4) name += segs[k++]?.text ?? '';
    const closed = k >= segs.length || /^[\p{P}\s]+$/u.test(segs[k]?.text ?? '');
    if (!closed || codePointCount(name) < 2) continue;
    out ??= segs.slice();
    const at = out.indexOf(segs[i + 1] as Segment);
    out.splice(at, k - i - 1, { text: name, tag: 'nr' });
    peopleByCue.add(name);
  }
  return out ?? segs;
}

/** What follows a court's 某 without being part of the name: 因, 于, an adverb (祁某只拿了, 司马某原系, 某并未). */
const PSEUDONYM_NEXT = /^[因于被和与等原并只也又还都就曾已便却仍才将系称]$/u;

/** 黄某因犯诈骗罪, 李/某, 张/某某: a person written surname + 某 ("a certain Huang"), apart from the word jieba glued on. */
function someoneSurnamed(segs: Segment[], text: string): Segment[] {
  if (!text.includes('某')) return segs;
  const out: Segment[] = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i] as Segment;
    const prev = out[out.length - 1];
    // 李 | 某, 张/q | 某某: the surname and 某 as one person.
    // (司马 | 某: a double surname too.)
    if (prev && /^某{1,2}$/.test(s.text) && ((prev.text.length === 1 && isCommonSurname(prev.text)) || nameData().doubleSurnames.has(prev.text)) && !/^[pcdv]/.test(prev.tag)) {
      // (刘 | 某 | 军 等12人: with the given-name character the court kept, before what follows the person.)
      const given = s.text === '某' ? segs[i + 1] : undefined;
      const after = segs[i + 2];
      const kept = given !== undefined && given.text.length === 1 && nameData().givenNameChars.has(given.text) && !NOT_GIVEN.has(given.text) && !PSEUDONYM_NEXT.test(given.text) && (after === undefined || !allHan(after.text) || /^(?:v|p|d|c|u)/.test(after.tag));
      out[out.length - 1] = { text: prev.text + s.text + (kept ? given.text : ''), tag: 'nr' };
      if (kept) i++;
      continue;
    }
    const chars = codePoints(s.text);
    if (chars.length < 3 || chars[1] !== '某' || !NAME_TAGS.has(s.tag) || !isCommonSurname(chars[0] ?? '') || chars[2] === '某') {
      out.push(s);
      continue;
    }
    const rest = chars.slice(2).join('');
    // (林某强 被判: a court's pseudonym keeps its given-name character, before what the person does.)
    const next = segs[i + 1];
    const given = chars.length === 3 && nameData().givenNameChars.has(rest) && !NOT_GIVEN.has(rest) && !PSEUDONYM_NEXT.test(rest) && (next === undefined || !allHan(next.text) || /^(?:v|p|d|c)/.test(next.tag));
    if (given) out.push(s);
    else out.push({ text: chars.slice(0, 2).join(''), tag: 'nr' }, { text: rest, tag: forcedTag(rest) });
  }
  return out;
}

/** Where a weekday's 星期 went: 上个星期 | 三 is 上个 | 星期三 "last Wednesday". */
const WEEK_WORDS = /^(.+)(星期|礼拜)$/u;
/** Verbs of motion a resultative 下/上/出/回/进/过/起 and 来/去 complete (收下 | 来 is 收 | 下来). */
const DIRECTIONS = new Set(['下', '上', '出', '回', '进', '过', '起']);

/** Countries said by one character after 在, 来, 赴 (在泰, 赴美): those whose character is seldom a word of its own there. */
const TRAVEL_COUNTRIES = new Set([...'美俄韩泰澳柬缅蒙']);
/** Segments that start one of wordEdges' cuts, and the segments before them that do (最|多时, 阿|乐). */
const WORD_EDGE_TEXTS = new Set([...TRAVEL_COUNTRIES, '地点', '上标', '跟前', '区分', '临时', '遍地', '天地', '心想', '年少', '有一套', '争得', '好孩子', '门前', '光顾', '在下', '算了', '着装', '要不', '方', '看好', '目的', '连胜', '连败', '连冠', '了', '着', '过', '桩', '点', '间', '称为', '多时', '少时', '我去', '坏了', '国有', '九天', '想来', '想起', '面的', '街', '路', '馆', '店', '西北部', '东北部', '西南部', '东南部', ...POTENTIAL_DIRECTIONS.keys()]);
const WORD_EDGE_PREVS = new Set(['最', '阿', '连', '于']);
/** What comes before a noun or an action named as a thing: 的, and verbs that take one (经过比对, 进行比对). */
const OBJECT_BEFORE = new Set(['的', '经过', '进行', '通过', '开展', '加强', '完成']);
/** Prepositions a place the dictionary knows may start with (从江 Congjiang): see wordEdges. */
const PREPOSITION_FIRST = new Set(Array.from('从在向往到自于'));

/** LOCALIZER_ENDS and PREPOSITION_FIRST by character code, for shiftBoundaries' first look at every pair. */
const LOCALIZER_END_CODES: ReadonlySet<number> = new Set(Array.from(LOCALIZER_ENDS, (c) => c.charCodeAt(0)));
const PREPOSITION_FIRST_CODES: ReadonlySet<number> = new Set(Array.from(PREPOSITION_FIRST, (c) => c.charCodeAt(0)));

/** shiftBoundaries' first look at `prev` and `seg` (at i): whether one of wordEdges' cuts may apply. */
function mayMoveEdge(segs: readonly Segment[], i: number, prev: Segment, seg: Segment): boolean {
  const n = seg.text.length;
  const p = prev.text.length;
  if (LOCALIZER_END_CODES.has(seg.text.charCodeAt(n - 1)) || (p === 2 && PREPOSITION_FIRST_CODES.has(prev.text.charCodeAt(0)))) return true;
  if (WORD_EDGE_TEXTS.has(seg.text) || WORD_EDGE_PREVS.has(prev.text) || LOCALIZER_ENDS.has(segs[i + 1]?.text ?? '')) return true;
  const before = segs[i - 2]?.text ?? '';
  if (n === 1) {
    if (p === 1 && (before === '：' || before === ':')) return true;
    if (prev.tag === 'ns' && seg.tag === 'f') return true;
    if (NAME_TAGS.has(prev.tag) && (seg.text === '同' || seg.text === '和' || seg.text === '与')) return true;
    if (p === 1 && CLAUSE_MARKS.has(before) && isTopSurname(prev.text)) return true;
    if (prev.text === seg.text) return true;
  }
  if (p === 2 && n === 3 && NAME_TAGS.has(prev.tag)) return true;
  return p === 1 && (OBJECT_BEFORE.has(before) || (n === 3 && (seg.tag === 'nz' || seg.tag === 'nr' || seg.tag === 'x')));
}

/**
 * The cuts of shiftBoundaries that look at a word and its neighbours (小区|内, 合称|为, 最多|时, 充电桩, 阿乐 …):
 * -1 where none applies, 0 where `segs` changed at `i`, 1 where it changed at i - 1 (the caller steps back).
 * Called only where shiftBoundaries' first look (WORD_EDGE_TEXTS, WORD_EDGE_PREVS …) says one may apply.
 */
function wordEdges(segs: Segment[], i: number, prev: Segment, seg: Segment): number {
  // 富/nr 了, 火/nr 了: a one-character word jieba took for a surname before an aspect: what happened.
  // (The commonest segments that reach here: only this rule looks at them.)
  if (seg.text === '了' || seg.text === '着' || seg.text === '过') {
    if (prev.text.length !== 1 || !NAME_TAGS.has(prev.tag)) return -1;
    segs[i - 1] = { text: prev.text, tag: hasVerbSense(prev.text) ? 'v' : 'a' };
    return 0;
  }
  // 小 | 区内, 校 | 园里: a word jieba cut (小区 "housing estate"), then where in it (内 "inside"),
  // where the word of the last two is none (区内). (Not after a preposition: 在家 | 里 is 在 | 家里.)
  // (Or cut all three apart: 小 | 区 | 内.)
  const apart = seg.text.length === 1 && LOCALIZER_ENDS.has(segs[i + 1]?.text ?? '');
  if (prev.text.length === 1 && ((seg.text.length === 2 && LOCALIZER_ENDS.has(seg.text.charAt(1))) || apart) && allHan(prev.text + seg.text) && !/^[pcdvurmq]/.test(prev.tag) && !FUNCTION_CHARS.has(prev.text) && !hasWord(apart ? seg.text + (segs[i + 1]?.text ?? '') : seg.text) && isCommonWord(prev.text + seg.text.charAt(0)) && rankOf(prev.text + seg.text.charAt(0)) <= FREQUENT_RANK) {
    const word = prev.text + seg.text.charAt(0);
    segs.splice(i - 1, apart ? 3 : 2, { text: word, tag: forcedTag(word) }, { text: apart ? (segs[i + 1]?.text ?? '') : seg.text.charAt(1), tag: 'f' });
    return 0;
  }
  // 充电 | 桩, 维修 | 点, 电梯 | 间: a word and the post, spot or room it names (a charging post,
  // a repair point), the subject or object of what follows, not a classifier or "a bit".
  // (Not 多休息 | 点: a bit more rest, after 多 or 少.)
  if (POST_SPOT_ROOM.has(seg.text)) {
    const after = segs[i + 1];
    // (What follows does something, 维修点修理过, not a noun jieba called a verb, 学习点知识; the end
    // of a list, 设立服务点和维修点。, too.)
    const listed = /^(?:和|与|及|、)$/u.test(segs[i - 2]?.text ?? '') && (after === undefined || !allHan(after.text));
    const acts = after !== undefined && ((/^v/.test(after.tag) && (seg.text !== '点' || hasVerbSense(after.text))) || /^(?:p|c)/.test(after.tag) || /^(?:的|都|也|已|已经|越来越|还|和|内|里|前|旁|附近)$/u.test(after.text));
    // (Between things, 座椅间, 岩石间: 间 makes a room of what is done there or of a few machines only;
    // nor a person, 老师|点|点头.)
    const room = seg.text !== '间' || /^(?:v|vn)$/.test(prev.tag) || /^(?:电梯|楼梯|锅炉|配电|设备|工具|杂物|储物|茶水)$/u.test(prev.text);
    // (Nor a time, 那时候|点|的是: the hour there is 点's verb, lighting.)
    if (prev.text.length === 2 && allHan(prev.text) && /^(?:v|vn|n)$/.test(prev.tag) && (acts || listed) && room && after?.text.charAt(0) !== seg.text && !isCue(prev.text) && !/[候时]$/u.test(prev.text) && !/^[多少快慢早]$/u.test(segs[i - 2]?.text ?? '') && !hasWord(prev.text + seg.text)) {
      segs.splice(i - 1, 2, { text: prev.text + seg.text, tag: 'n' });
      return 1;
    }
  }
  // 不好意思 | 地点 了点头: how it is done and its 地 (de), then 点 "to nod", not 地点 "place".
  if (seg.text === '地点' && /^(?:a|ad|z|i|l)$/.test(prev.tag) && /^(?:了|着|头|一下|点头)$/u.test(segs[i + 1]?.text ?? '')) {
    segs.splice(i, 1, { text: '地', tag: 'uv' }, { text: '点', tag: 'v' });
    return 0;
  }
  // 地图 | 上标 着: marked on it (上 + 标), not 上标 "superscript".
  if (seg.text === '上标' && /^(?:着|了|有|出|明)$/u.test(segs[i + 1]?.text ?? '') && /^n/.test(prev.tag)) {
    segs.splice(i, 1, { text: '上', tag: 'f' }, { text: '标', tag: 'v' });
    return 0;
  }
  // 跟前 | 台 联系: with the front desk (跟 + 前台), not 跟前 "in front of".
  if (seg.text === '跟前' && segs[i + 1]?.text === '台') {
    segs.splice(i, 2, { text: '跟', tag: 'p' }, { text: '前台', tag: 'n' });
    return 0;
  }
  // 风景 | 区分 好几条: the scenic area (风景区) is divided (分), not 区分 "to differentiate".
  if (seg.text === '区分' && prev.text.length === 2 && (hasWord(`${prev.text}区`) || (jiebaTag(`${prev.text}区`) === 'n' && jiebaFrequency(`${prev.text}区`) >= NOUN_KEPT_FROM)) && /^(?:m|q|为|成)/u.test(segs[i + 1]?.tag === 'm' ? 'm' : (segs[i + 1]?.text ?? ''))) {
    segs.splice(i - 1, 2, { text: `${prev.text}区`, tag: 'n' }, { text: '分', tag: 'v' });
    return 1;
  }
  // 地震来 | 临时: when it comes (来临 + 时), before the clause's end or what to do then.
  if (seg.text === '临时' && prev.text === '来' && /^(?:要|应|就|请|会|，|,|我们|大家|人们|应该|不要|千万)/u.test(segs[i + 1]?.text ?? '')) {
    segs.splice(i - 1, 2, { text: '来临', tag: 'v' }, { text: '时', tag: 'n' });
    return 1;
  }
  // 要看 | 好孩子: to look after the child (看好 + 孩子), not "a good child".
  if (seg.text === '好孩子' && prev.text === '看' && /^(?:要|得|一定|请|帮|帮忙|好好|多|务必|必须)$/u.test(segs[i - 2]?.text ?? '')) {
    segs.splice(i - 1, 2, { text: '看好', tag: 'v' }, { text: '孩子', tag: 'n' });
    return 0;
  }
  // 出 | 门前, 进 | 门前: before going out (出门 + 前), not "in front of the door".
  if (seg.text === '门前' && (prev.text === '出' || prev.text === '进') && segs[i + 1]?.text !== '的') {
    segs.splice(i - 1, 2, { text: `${prev.text}门`, tag: 'v' }, { text: '前', tag: 'f' });
    return 0;
  }
  // 别 | 光顾 着拍照: only (光) attending to (顾着), not 光顾 "to patronise".
  if (seg.text === '光顾' && segs[i + 1]?.text === '着' && /^(?:别|不要|不能|不|只|老|总|也别|可别|千万别)$/u.test(prev.text)) {
    segs.splice(i, 1, { text: '光', tag: 'd' }, { text: '顾', tag: 'v' });
    return 0;
  }
  // 在下 | 一 | 笔订单: in the next (在 + 下一), not 在下 "I (humble)".
  if (seg.text === '在下' && segs[i + 1]?.text === '一' && /^(?:q|m|n)/.test(segs[i + 2]?.tag ?? '')) {
    segs.splice(i, 2, { text: '在', tag: 'p' }, { text: '下一', tag: 'b' });
    return 0;
  }
  // 算了 | 算, 罢了: a verb, 了 and the verb again (算了算 "did the sums"), not 算了 "forget it".
  if (seg.text === '算了' && segs[i + 1]?.text === '算') {
    segs.splice(i, 1, { text: '算', tag: 'v' }, { text: '了', tag: 'ul' });
    return 0;
  }
  // 盼 | 着装 电梯: waiting (盼着) for the lift to be installed (装), not 着装 "attire".
  if (seg.text === '着装' && prev.text.length === 1 && /^v/.test(prev.tag) && /^n/.test(segs[i + 1]?.tag ?? '')) {
    segs.splice(i, 1, { text: '着', tag: 'uz' }, { text: '装', tag: 'v' });
    return 0;
  }
  // 这钱 要不 | 回来: cannot get it back (要 + 不回来), not 要不 "otherwise".
  if (seg.text === '要不' && /^(?:回来|回去|回|到|上|起|出来|下来|完|着)$/u.test(segs[i + 1]?.text ?? '') && /^(?:n|r|q|m)/.test(prev.tag) && !CLAUSE_MARKS.has(prev.text)) {
    segs.splice(i, 1, { text: '要', tag: 'v' }, { text: '不', tag: 'd' });
    return 0;
  }
  // 在泰 中国公民, 来泰游客, 赴美: a country by one character after being in, coming or going to it.
  if (TRAVEL_COUNTRIES.has(seg.text) && /^(?:在|来|赴|访|驻|抵|离|留|旅|回|去|到)$/u.test(prev.text) && seg.tag !== COUNTRY_TAG) {
    segs[i] = { text: seg.text, tag: COUNTRY_TAG };
    return 0;
  }
  // 美 | 方, 塞 | 方: a country by one character and its side in talks (中方 is a word already).
  if (seg.text === '方' && prev.text.length === 1 && COUNTRY_ABBREVIATIONS.has(prev.text) && !hasWord(prev.text + seg.text) && !/^(?:可|能|才|始|得|为|面|向|法|式|案)/u.test(segs[i + 1]?.text ?? '')) {
    segs.splice(i - 1, 2, { text: prev.text + seg.text, tag: COUNTRY_TAG });
    return 1;
  }
  // 一遍 | 遍地 看, 一天 | 天地 长大: a classifier said twice and the adverbial 地 (一遍遍地 "over and
  // over"), not "everywhere" or "heaven and earth".
  if (seg.text.length === 2 && seg.text.charAt(1) === '地' && prev.text.length === 2 && prev.text.charAt(0) === '一' && prev.text.charAt(1) === seg.text.charAt(0)) {
    segs.splice(i - 1, 2, { text: prev.text + seg.text.charAt(0), tag: 'm' }, { text: '地', tag: 'uv' });
    return 0;
  }
  // 一 | 心想 回国: wholeheartedly wanting (一心 + 想), not "one" and "to think to oneself".
  if (seg.text === '心想' && prev.text === '一' && allHan(segs[i + 1]?.text ?? '') && !/^[的了着过吗呢吧]$/u.test(segs[i + 1]?.text ?? '')) {
    segs.splice(i - 1, 2, { text: '一心', tag: 'd' }, { text: '想', tag: 'v' });
    return 0;
  }
  // 比前 | 年少 了: the year before last (前年), then 少 "less" (not 年少 "young"); 前年 | 少.
  if (seg.text === '年少' && prev.text === '前' && /^(?:了|一些|一点|很多|许多|得多|[0-9０-９一二两三四五六七八九十百千万几]+)/u.test(segs[i + 1]?.text ?? '')) {
    segs.splice(i - 1, 2, { text: '前年', tag: 't' }, { text: '少', tag: 'a' });
    return 0;
  }
  // 有一套 90平方米的房子: has one (flat), before what is counted (not 有一套 "to be good at it").
  if (seg.text === '有一套') {
    const after = segs[i + 1];
    if (after === undefined || !/^(?:n|m|a|v)/.test(after.tag) || !/^[\p{Script=Han}0-9０-９]/u.test(after.text)) return -1;
    segs.splice(i, 1, { text: '有', tag: 'v' }, { text: '一套', tag: 'm' });
    return 0;
  }
  // 争得 面红耳赤: arguing until red in the face (争 + the complement's 得), not 争得 "to win".
  if (seg.text === '争得') {
    const after = segs[i + 1];
    if (after === undefined || !(after.tag === 'i' || /^(?:很|非常|十分|不可开交|面红耳赤|脸红|热火朝天|厉害)/u.test(after.text))) return -1;
    segs.splice(i, 1, { text: '争', tag: 'v' }, { text: '得', tag: 'ud' });
    return 0;
  }
  // 等了 | 九天 | 才: nine days, not the ninth heaven; 也 | 想来: wanting to come, not "presumably";
  // 回 | 想起: recalling (回想), then 起.
  if (seg.text === '九天' && (prev.text === '了' || /^v/.test(prev.tag)) && !/^(?:揽月|之上|仙女|玄女)/u.test(segs[i + 1]?.text ?? '')) {
    segs.splice(i, 1, { text: '九', tag: 'm' }, { text: '天', tag: 'q' });
    return 0;
  }
  if (seg.text === '想来' && /^(?:也|都|还|很|不|没|真|就|又|也很|挺|特别)$/u.test(prev.text)) {
    segs.splice(i, 1, { text: '想', tag: 'v' }, { text: '来', tag: 'v' });
    return 0;
  }
  if (prev.text === '回' && seg.text === '想起' && hasWord('回想')) {
    segs.splice(i - 1, 2, { text: '回想', tag: 'v' }, { text: '起', tag: 'v' });
    return 0;
  }
  // 吃 | 面的 | 阿乐: noodles, then 的 (not the minivan taxi 面的).
  if (seg.text === '面的' && /^(?:吃|爱吃|煮|做|下|拉|卖|这碗|那碗|一碗)$/u.test(prev.text)) {
    segs.splice(i, 1, { text: '面', tag: 'n' }, { text: '的', tag: 'uj' });
    return 0;
  }
  // 的阿 | 乐: 阿 and one character is someone familiarly called so (阿乐, 阿强), before what they do or the end.
  const does = segs[i + 1];
  // (Not the start of a name spelt from another language, 阿纳特, 阿布达: 阿 and a sound.)
  if (prev.text === '阿' && seg.text.length === 1 && givenNameOk([seg.text]) && !TRANSLITERATION.has(seg.text) && !(does !== undefined && (TRANSLITERATION.has(does.text.charAt(0)) || /^[·•・]/u.test(does.text))) && (does === undefined || !allHan(does.text) || actsNext(does) || FOLLOW_CUES.has(does.text) || (does.text.length === 1 && hasVerbSense(does.text)))) {
    segs.splice(i - 1, 2, { text: `阿${seg.text}`, tag: 'nr' });
    return 1;
  }
  // 线路连/nr 起来: a verb and its direction, not the surname Lian.
  if (seg.text.length === 2 && POTENTIAL_DIRECTIONS.has(seg.text) && prev.text.length === 1 && NAME_TAGS.has(prev.tag) && hasVerbSense(prev.text)) {
    segs[i - 1] = { text: prev.text, tag: 'v' };
    return 0;
  }
  // 合 | 称为, 统 | 称为: jointly called (合称, a word), then 为 wéi "as".
  // (Not 人 | 称为, 并 | 称为: people, and "and", before 称为 "to be called".)
  if (seg.text === '称为' && prev.text.length === 1 && '合统简俗通尊昵别总戏'.includes(prev.text) && hasWord(`${prev.text}称`)) {
    segs[i - 1] = { text: `${prev.text}称`, tag: 'v' };
    segs[i] = { text: '为', tag: 'p' };
    return 0;
  }
  // 最 | 多时, 最 | 少时: at the most or the fewest (最多), then 时 "when", not 多时 "a long time".
  if (prev.text === '最' && (seg.text === '多时' || seg.text === '少时')) {
    segs[i - 1] = { text: `最${seg.text.charAt(0)}`, tag: 'd' };
    segs[i] = { text: '时', tag: 'n' };
    return 0;
  }
  // 带 | 我去 | 吃: me, then going, not the exclamation 我去 "what the…!", which stands alone.
  // 车 | 坏了 | 也: the car broke (坏 + 了), not "oh no!", which opens what is said.
  // (坏了的门锁 stays whole: "broken", which its sense in context says.)
  if ((seg.text === '我去' || (seg.text === '坏了' && segs[i + 1]?.text !== '的')) && allHan(prev.text) && HAN_AFTER.test(segs[i + 1]?.text ?? '')) {
    segs.splice(i, 1, { text: seg.text.charAt(0), tag: seg.text === '我去' ? 'r' : 'v' }, { text: seg.text.charAt(1), tag: seg.text === '我去' ? 'v' : 'ul' });
    return 0;
  }
  if (seg.text === '坏了' && allHan(prev.text) && /^[nr]/.test(prev.tag)) {
    segs.splice(i, 1, { text: '坏', tag: 'v' }, { text: '了', tag: 'ul' });
    return 0;
  }
  // 从江 | 上, 在田 | 里: a preposition and a river or field the dictionary knows only as a place
  // (从江 Congjiang county), before where on it: "from" and "on the river".
  if (prev.text.length === 2 && /^[从在向往到自于]$/u.test(prev.text.charAt(0)) && /^(?:ns|nr)$/.test(prev.tag) && /^[上里边中面畔旁]$/u.test(seg.text) && sharedEntries(prev.text).every((e) => /^[A-Z]/.test(e.pinyin))) {
    segs.splice(i - 1, 2, { text: prev.text.charAt(0), tag: 'p' }, { text: prev.text.charAt(1) + seg.text, tag: 's' });
    return 0;
  }
  // 山 | 西北部: a province jieba cut (山西), then its northern part.
  if (seg.text.length === 3 && /^[东南西北][东南西北中]部$/u.test(seg.text) && prev.text.length === 1 && knownPlace(prev.text + seg.text.charAt(0)) && allHan(prev.text)) {
    segs.splice(i - 1, 2, { text: prev.text + seg.text.charAt(0), tag: 'ns' }, { text: seg.text.slice(1), tag: 'f' });
    return 0;
  }
  // 小 | 面 | 馆: a shop or hall the dictionary knows (面馆 "noodle shop"), which jieba cut.
  // (…or food and the place that serves it, 面馆, 粉店, which the dictionary lacks.)
  if ((seg.text === '馆' || seg.text === '店') && prev.text.length === 1 && allHan(prev.text) && (hasWord(prev.text + seg.text) || /^[面粉饭茶酒菜粥饼包饺肉鱼]$/u.test(prev.text)) && !/^[pcdurmq]/.test(prev.tag)) {
    segs.splice(i - 1, 2, { text: prev.text + seg.text, tag: 'n' });
    return 1;
  }
  // 在河 | 坊 | 街附近: a street's name of two characters jieba left one by one, then 街 or 路.
  const first = segs[i - 2];
  if ((seg.text === '街' || seg.text === '路') && first !== undefined && prev.text.length === 1 && first.text.length === 1 && allHan(first.text + prev.text) && [first, prev].some((x) => /^(?:ns|ng|nr|x)$/.test(x.tag)) && ![first, prev].some((x) => /^[pcdurmqvf]/.test(x.tag) || FUNCTION_CHARS.has(x.text) || NUMERAL_CHARS.has(x.text)) && !isCommonWord(first.text + prev.text)) {
    segs.splice(i - 2, 3, { text: first.text + prev.text + seg.text, tag: 'ns' });
    return 1;
  }
  // 越 | 冬候鸟: a word (越冬 "to overwinter") and a word (候鸟 "migratory birds") jieba cut across,
  // guessing a name or noun of the last three CC-CEDICT lacks.
  if (seg.text.length === 3 && /^(?:nz|nr|x)$/.test(seg.tag) && allHan(prev.text + seg.text) && !hasWord(seg.text) && hasWord(prev.text + seg.text.charAt(0)) && isCommonWord(seg.text.slice(1)) && (rankOf(seg.text.slice(1)) <= FREQUENT_RANK || jiebaFrequency(seg.text.slice(1)) >= 50) && isCommonWord(prev.text + seg.text.charAt(0)) && !/^[pcurmq]/.test(prev.tag) && !FUNCTION_CHARS.has(prev.text) && !isCue(seg.text) && !transliterated(seg.text)) {
    const word = prev.text + seg.text.charAt(0);
    // (jieba's own tag for the word, unless a name's: 越冬 is "nr" to it.)
    const tag = forcedTag(word);
    segs.splice(i - 1, 2, { text: word, tag: NAME_TAGS.has(tag) ? (hasVerbSense(word) ? 'v' : 'n') : tag }, { text: seg.text.slice(1), tag: forcedTag(seg.text.slice(1)) });
    return 0;
  }
  // 的占 | 比, 经过比 | 对，: after 的 or a verb that takes an action as its object, two characters
  // jieba left apart that the dictionary has as one word (占比 "proportion", 比对 "comparison").
  const then = segs[i + 1];
  // (Not 比…的好 | 多了: much better.)
  if (seg.text.length === 1 && OBJECT_BEFORE.has(segs[i - 2]?.text ?? '') && !NUMERAL_CHARS.has(prev.text) && !(seg.text === '多' && then?.text === '了') && allHan(prev.text + seg.text) && hasWord(prev.text + seg.text) && (then === undefined || !allHan(then.text) || /^(?:v|d|c|uj|ul)/.test(then.tag)) && isCommonWord(prev.text + seg.text)) {
    segs.splice(i - 1, 2, { text: prev.text + seg.text, tag: forcedTag(prev.text + seg.text) });
    return 1;
  }
  // 连/nr 喝了两碗, 连/nr 下两局: in a row (an adverb), before a verb, not the surname Lian; 五连胜/nr: a winning streak.
  // (Not a company of soldiers, 防空连.)
  if (prev.text === '连' && NAME_TAGS.has(prev.tag) && !/^(?:n|vn|nz)$/.test(segs[i - 2]?.tag ?? '') && (/^v/.test(seg.tag) || (seg.text.length === 1 && hasVerbSense(seg.text)))) {
    segs[i - 1] = { text: '连', tag: 'd' };
    return 0;
  }
  if ((seg.text === '连胜' || seg.text === '连败' || seg.text === '连冠') && NAME_TAGS.has(seg.tag)) {
    segs[i] = { text: seg.text, tag: 'v' };
    return 0;
  }
  // 于/p 老师说: the surname Yu before a title, opening what is said (not 于会上: "at").
  const speaks = segs[i + 1];
  if (prev.text === '于' && isCue(seg.text) && (segs[i - 2] === undefined || /^[\p{P}\s]+$/u.test(segs[i - 2]?.text ?? '') || segs[i - 2]?.text === '的') && speaks !== undefined && (actsNext(speaks) || SPEECH_CUES.has(speaks.text))) {
    segs[i - 1] = { text: '于', tag: 'nr' };
    return 0;
  }
  // 学生：乐/乐, 女儿：晓/雯: a given name signing a letter after who the writer is and a colon.
  if (seg.text.length === 1 && prev.text.length === 1 && allHan(prev.text + seg.text) && /^[：:]$/u.test(segs[i - 2]?.text ?? '') && (prev.text === seg.text || isCue(segs[i - 3]?.text ?? '')) && (segs[i + 1] === undefined || !allHan(segs[i + 1]?.text ?? '')) && givenNameOk([prev.text, seg.text]) && !hasWord(prev.text + seg.text)) {
    segs.splice(i - 1, 2, { text: prev.text + seg.text, tag: 'nr' });
    return 1;
  }
  // 省长李炳/nr 军代表: a name jieba cut before its last character, glued to the verb after it (代表 "on behalf of").
  if (prev.text.length === 2 && seg.text.length === 3 && NAME_TAGS.has(prev.tag) && /^(?:代表|主持|表示|介绍|指出|强调|宣布|发言|讲话|出席)$/u.test(seg.text.slice(1)) && givenNameOk([prev.text.charAt(1), seg.text.charAt(0)]) && isCommonSurname(prev.text.charAt(0))) {
    segs.splice(i - 1, 2, { text: prev.text + seg.text.charAt(0), tag: 'nr' }, { text: seg.text.slice(1), tag: 'v' });
    return 0;
  }
  // 该 | 项 | 目的: the event (项目) and 的, after a determiner, not 目的 "purpose".
  if (seg.text === '目的' && prev.text === '项' && /^(?:该|这|那|此|各|本|每|这个|那个|一)$/u.test(segs[i - 2]?.text ?? '')) {
    segs.splice(i - 1, 2, { text: '项目', tag: 'n' }, { text: '的', tag: 'uj' });
    return 0;
  }
  // 击败了陈幸/nr 同，: a name's last character that is also "with" (同, 和), where nothing follows it.
  const closing = segs[i + 1];
  if (seg.text.length === 1 && prev.text.length === 2 && NAME_TAGS.has(prev.tag) && /^[同和与]$/u.test(seg.text) && (closing === undefined || CLAUSE_MARKS.has(closing.text)) && isCommonSurname(prev.text.charAt(0)) && givenNameOk([prev.text.charAt(1), seg.text])) {
    segs.splice(i - 1, 2, { text: prev.text + seg.text, tag: 'nr' });
    return 1;
  }
  // ，张/q 雨/n 霏/z 展现: opening a clause, one of the commonest surnames and two characters jieba
  // left one by one that make a given name, before what the person does.
  const given2 = segs[i + 1];
  if (seg.text.length === 1 && prev.text.length === 1 && given2 !== undefined && given2.text.length === 1 && CLAUSE_MARKS.has(segs[i - 2]?.text ?? '') && isTopSurname(prev.text) && allHan(seg.text + given2.text) && givenNameOk([seg.text, given2.text]) && !isCommonWord(seg.text + given2.text) && !hasWord(prev.text + seg.text) && actsNext(segs[i + 2])) {
    segs.splice(i - 1, 3, { text: prev.text + seg.text + given2.text, tag: 'nr' });
    return 1;
  }
  // 樟树/ns 下: a thing the dictionary also names a place after (樟树 "camphor tree", Zhangshu city),
  // then where at it: the thing.
  if (prev.tag === 'ns' && seg.tag === 'f' && /^[下上里旁边前后]$/u.test(seg.text) && prev.text.length === 2 && sharedEntries(prev.text).some((e) => /^[a-z]/.test(e.pinyin) && !/^(?:see |variant of )/.test(e.senses[0] ?? ''))) {
    segs[i - 1] = { text: prev.text, tag: 'n' };
    return 0;
  }
  // 把病 | 看好: treating the illness until it is well (看 + 好), not 看好 "to regard as promising".
  if (seg.text === '看好' && (prev.text === '病' || prev.text === '伤') && segs[i - 2]?.text === '把') {
    segs.splice(i, 1, { text: '看', tag: 'v' }, { text: '好', tag: 'a' });
    return 0;
  }
  // 宋 | 国有 | 一个农民: a state of old (宋国 "the State of Song"), then 有 "there was", not 国有 "state-owned".
  const had = segs[i + 1];
  if (seg.text === '国有' && OLD_STATES.has(prev.text) && had !== undefined && (/^m/.test(had.tag) || /^[一两几数许很好不个位名]/u.test(had.text))) {
    segs[i - 1] = { text: `${prev.text}国`, tag: 'ns' };
    segs[i] = { text: '有', tag: 'v' };
    return 0;
  }
  return -1;
}

/** Prepositions and complements jieba glues to the next word's first character (see shiftBoundaries). */
const SHIFTED_OFF = new Set([...'凭好把被给让']);

/**
 * Two neighbours jieba cut in the wrong place, each a word but not the words meant: 十分 | 钟 is
 * 十 | 分钟 "ten minutes", not "very" + "clock"; 上个星期 | 三 is 上个 | 星期三; 收下 | 来 is 收 | 下来.
 */
function shiftBoundaries(segs: Segment[]): Segment[] {
  // 在世界上, 在全国范围内: 在 "in, at" and where, which jieba glued into one phrase.
  // 正月初五: the month, then its day (初五 "the fifth"), not 正 "just" + 月初 + 五.
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const day = seg.text.length >= 4 && seg.text.charAt(seg.text.length - 2) === '初' ? /^(正月|腊月|冬月|[一二三四五六七八九十]月)(初[一二三四五六七八九十])$/u.exec(seg.text) : null;
    if (day?.[1] && day[2]) segs.splice(i, 1, { text: day[1], tag: 't' }, { text: day[2], tag: 't' });
    if (seg.text.length >= 3 && seg.text.charAt(0) === '在' && /[上里中内外下]$/u.test(seg.text) && allHan(seg.text) && !hasWord(seg.text) && (hasWord(seg.text.slice(1)) || hasWord(seg.text.slice(1, -1)))) segs.splice(i, 1, { text: '在', tag: 'p' }, { text: seg.text.slice(1), tag: 's' });
  }
  for (let i = 1; i < segs.length; i++) {
    const prev = segs[i - 1];
    const seg = segs[i];
    if (!prev || !seg) continue;
    // (Most pairs start none of these: one look at the characters first.)
    if (mayMoveEdge(segs, i, prev, seg)) {
      const edge = wordEdges(segs, i, prev, seg);
      if (edge === 1) i--;
      if (edge >= 0) continue;
    }
    // 好 | 几个月, 好 | 几天: 好几 "quite a few", then the measure.
    if (prev.text === '好' && /^几./u.test(seg.text) && hasWord('好几')) {
      segs[i - 1] = { text: '好几', tag: 'm' };
      segs[i] = { text: seg.text.slice(1), tag: 'q' };
      continue;
    }
    // 前 | 天下 | 大雨, 昨 | 天下午: the day (前天 "the day before yesterday"), then rain falling.
    if (seg.text === '天下' && /^[前昨今明后]$/.test(prev.text) && /^(?:[大小暴中阵]?[雨雪]|冰雹|了)/.test(segs[i + 1]?.text ?? '') && hasWord(`${prev.text}天`)) {
      segs[i - 1] = { text: `${prev.text}天`, tag: 't' };
      segs[i] = { text: '下', tag: 'v' };
      continue;
    }
    // 地 | 上铺 | 了, 桌 | 上放 | 着: on the ground or table (地上, 桌上), then what was done there.
    const placed = seg.text.length === 2 && seg.text.charAt(0) === '上' ? /^上(.)$/u.exec(seg.text) : null;
    if (placed?.[1] && prev.text.length === 1 && /^(?:了|着|满|有)$/.test(segs[i + 1]?.text ?? '') && hasWord(`${prev.text}上`) && isVerb(placed[1])) {
      segs[i - 1] = { text: `${prev.text}上`, tag: 's' };
      segs[i] = { text: placed[1], tag: 'v' };
      continue;
    }
    // 两 | 国外 | 长 → 两国 | 外长: the two countries' foreign ministers, not "two abroad long".
    const parties = prev.text.length === 1 && seg.text.length === 2 && /^[两各双多本]$/u.test(prev.text) && /^[国方]./u.test(seg.text) ? segs[i + 1] : undefined;
    if (parties?.text.length === 1 && allHan(parties.text) && isCommonWord(prev.text + seg.text.charAt(0)) && isCommonWord(seg.text.charAt(1) + parties.text) && rankOf(seg.text.charAt(1) + parties.text) <= FREQUENT_RANK) {
      segs.splice(i - 1, 3, { text: prev.text + seg.text.charAt(0), tag: 'n' }, { text: seg.text.charAt(1) + parties.text, tag: forcedTag(seg.text.charAt(1) + parties.text) });
      continue;
    }
    // 人很和 | 气。: after a degree word, two characters jieba cut that are one word describing (和气 "amiable"), closing the clause.
    const degree = segs[i - 2];
    if (seg.text.length === 1 && prev.text.length === 1 && degree !== undefined && DEGREE_WORDS.has(degree.text) && !PARTICLES.has(seg.text) && /^[\p{P}\s]/u.test(segs[i + 1]?.text ?? '。') && isCommonWord(prev.text + seg.text) && (/^a/.test(jiebaTag(prev.text + seg.text) ?? '') || /^(?:very )?[a-z-]+(?:ly|ous|ful|ive|ent|ant|ic|ible|able|less|ed|al|y)(?:[;,]|$)/.test(everydaySense(prev.text + seg.text)))) {
      segs.splice(i - 1, 2, { text: prev.text + seg.text, tag: 'a' });
      i--;
      continue;
    }
    // 第二天一 | 早就: early in the morning (一早), then 就, not 早就 "long ago".
    if (prev.text === '一' && seg.text === '早就') {
      segs.splice(i - 1, 2, { text: '一早', tag: 't' }, { text: '就', tag: 'd' });
      continue;
    }
    // 点 | 一点 | 就行: a verb said again around 一 (点一点 "just tap"), not 一点 "a little".
    if (seg.text.length === 2 && seg.text.charAt(0) === '一' && prev.text === seg.text.charAt(1) && allHan(prev.text) && /^[，。！？、就再吧啊呀]/u.test(segs[i + 1]?.text ?? '。')) {
      segs.splice(i, 1, { text: '一', tag: 'm' }, { text: prev.text, tag: prev.tag });
      continue;
    }
    // 八日上午: the day of the month, then the time of day, which jieba glued.
    const dated = seg.text.length >= 4 && seg.text.includes('日') ? /^([一二三四五六七八九十]+日)(上午|下午|晚上|早上|凌晨|中午|夜里|傍晚)$/u.exec(seg.text) : null;
    if (dated?.[1] && dated[2]) {
      segs.splice(i, 1, { text: dated[1], tag: 't' }, { text: dated[2], tag: 't' });
      continue;
    }
    // 五号 | 线: a metro or bus line by its number (五号线 "Line 5").
    if (seg.text === '线' && /^(?:[一二三四五六七八九十]+|[0-9０-９]+)号$/u.test(prev.text)) {
      segs.splice(i - 1, 2, { text: `${prev.text}线`, tag: 'n' });
      i--;
      continue;
    }
    // 五月 | 初 | 五: the month, then its day (初五 "the fifth").
    if (prev.text === '初' && /^(?:[一二三四五六七八九十]|十[一二三四五六七八九])$/u.test(seg.text) && /月$/u.test(segs[i - 2]?.text ?? '')) {
      segs.splice(i - 1, 2, { text: `初${seg.text}`, tag: 't' });
      i--;
      continue;
    }
    // 倒 | 回锅 | 里: pouring back (倒 | 回) into the pot (锅里), not 回锅 "to cook again".
    const back = segs[i + 1];
    if (seg.text.length === 2 && seg.text.charAt(0) === '回' && prev.text.length === 1 && /^v/.test(prev.tag) && back !== undefined && /^(?:里|中|内|上)$/u.test(back.text) && /^n/.test(jiebaTag(seg.text.charAt(1)) ?? '')) {
      // (The verb and its direction stay two, so each reads as what it is: 倒 "to pour", 回 "back".)
      const word = seg.text.charAt(1) + back.text;
      segs.splice(i, 2, { text: seg.text.charAt(0), tag: 'v' }, { text: word, tag: forcedTag(word) });
      continue;
    }
    // 第一 | 天桥 | 上: the first day (第一天), then on the bridge, not 天桥 "overhead walkway".
    if (seg.text.length === 2 && seg.text.charAt(0) === '天' && /^第[一二三四五六七八九十]+$/u.test(prev.text) && /^(?:上|下|里|边|头|面|旁)$/u.test(segs[i + 1]?.text ?? '') && /^n/.test(jiebaTag(seg.text.charAt(1)) ?? '')) {
      const rest = seg.text.charAt(1) + (segs[i + 1]?.text ?? '');
      segs.splice(i - 1, 3, { text: `${prev.text}天`, tag: 'm' }, { text: rest, tag: forcedTag(rest) });
      continue;
    }
    // 太仓促/nz: "too" and a word (仓促 "hurried"), not the city 太仓.
    if (seg.text.length === 3 && seg.text.charAt(0) === '太' && KEEP_WHOLE_TAGS.has(seg.tag) && !hasWord(seg.text) && isCommonWord(seg.text.slice(1)) && /^[avdzb]/.test(forcedTag(seg.text.slice(1)))) {
      segs.splice(i, 1, { text: '太', tag: 'd' }, { text: seg.text.slice(1), tag: forcedTag(seg.text.slice(1)) });
      continue;
    }
    // 开通线 | 上 | 预约: online (线上) before what is done or offered there, not a thread and "on".
    if (prev.text === '线' && (seg.text === '上' || seg.text === '下') && /^(?:预约|服务|办理|购物|教学|课程|会议|平台|直播|活动|销售|支付|咨询|申请|报名|问诊|培训|渠道|业务|交流|答疑|学习|展览|模式|门店|实体店|消费)/u.test(segs[i + 1]?.text ?? '') && hasWord(`线${seg.text}`)) {
      segs.splice(i - 1, 2, { text: `线${seg.text}`, tag: 'n' });
      i--;
      continue;
    }
    // 第七十/m 分 | 钟: minutes (分钟), which jieba left as a measure and a bell.
    if (prev.text === '分' && seg.text === '钟') {
      segs.splice(i - 1, 2, { text: '分钟', tag: 'q' });
      i--;
      continue;
    }
    // 被换上 | 场。: taking the field (上场), closing the clause, not 上 and a measure word.
    if (prev.text === '上' && seg.text === '场' && (segs[i + 1] === undefined || /^(?:[，。！；,.!;]|了|后|时|的|比赛|打球|参赛)$/u.test(segs[i + 1]?.text ?? '')) && (/^v/.test(segs[i - 2]?.tag ?? '') || hasVerbSense(segs[i - 2]?.text ?? '')) && hasWord('上场')) {
      segs.splice(i - 1, 2, { text: '上场', tag: 'v' });
      i--;
      continue;
    }
    // 凭证 | 件, 约好过 | 年: a preposition or complement glued to the first character of a word
    // more common than what the glue made (凭 | 证件 "by showing ID", 好 | 过年).
    if (seg.text.length === 1 && prev.text.length === 2 && SHIFTED_OFF.has(prev.text.charAt(0)) && allHan(prev.text + seg.text) && !PARTICLES.has(seg.text)) {
      const word = prev.text.charAt(1) + seg.text;
      if (isCommonWord(word) && rankOf(word) < rankOf(prev.text) && rankOf(word) <= FREQUENT_RANK) {
        segs.splice(i - 1, 2, { text: prev.text.charAt(0), tag: forcedTag(prev.text.charAt(0)) }, { text: word, tag: forcedTag(word) });
        continue;
      }
    }
    // 请您稍 | 等。: a moment's wait (稍等), one word jieba cut, before the clause's end or 一下.
    if (prev.text === '稍' && seg.text === '等' && (segs[i + 1] === undefined || /^(?:[。！，,.!]|一下|一会儿|片刻)$/u.test(segs[i + 1]?.text ?? ''))) {
      segs.splice(i - 1, 2, { text: '稍等', tag: 'v' });
      i--;
      continue;
    }
    // 保修期 | 内经 | 两次: within (内) the period, then 经 "after", not the Inner Canon (内经).
    if (seg.text === '内经' && /期$/u.test(prev.text) && /^m/.test(segs[i + 1]?.tag ?? '')) {
      segs.splice(i, 1, { text: '内', tag: 'f' }, { text: '经', tag: 'p' });
      continue;
    }
    // 当 | 面向 | 您: face to face (当面), then 向 "to", not 面向 "geared towards".
    if (prev.text === '当' && seg.text === '面向' && (/^(?:r|nr)/.test(segs[i + 1]?.tag ?? '') || /^(?:您|你|我|他|她|大家|老师|父母|领导)/u.test(segs[i + 1]?.text ?? ''))) {
      segs[i - 1] = { text: '当面', tag: 'd' };
      segs[i] = { text: '向', tag: 'p' };
      continue;
    }
    // 跑 | 完了 | 全程, 看 | 完了 | 告诉我: finished doing (跑完) and 了, not 完了 "done for".
    if (seg.text === '完了' && prev.text.length === 1 && allHan(prev.text) && hasVerbSense(prev.text) && /^(?:v|vg)/.test(prev.tag) && allHan(segs[i + 1]?.text ?? '')) {
      segs[i - 1] = { text: `${prev.text}完`, tag: 'v' };
      segs[i] = { text: '了', tag: 'ul' };
      continue;
    }
    // 扔 | 进水 | 里: thrown in (扔进) the water (水里), not 进水 "to let water in".
    if (seg.text === '进水' && prev.text.length === 1 && hasVerbSense(prev.text) && /^(?:里|中)$/u.test(segs[i + 1]?.text ?? '')) {
      segs[i - 1] = { text: `${prev.text}进`, tag: 'v' };
      segs[i] = { text: `水${segs[i + 1]?.text ?? ''}`, tag: 's' };
      segs.splice(i + 1, 1);
      continue;
    }
    // 探 | 出头 | 来: stuck (探出) the head (头) out, not 出头 "to get out of a predicament".
    if (seg.text === '出头' && prev.text.length === 1 && /^(?:来|去)$/u.test(segs[i + 1]?.text ?? '') && hasVerbSense(prev.text) && allHan(prev.text)) {
      segs[i - 1] = { text: `${prev.text}出`, tag: 'v' };
      segs[i] = { text: '头', tag: 'n' };
      continue;
    }
    // 好 | 好玩 | 一 | 玩: properly (好好), then the verb said with 一 (玩一玩), not 好玩 "amusing".
    if (prev.text === '好' && seg.text.length === 2 && seg.text.charAt(0) === '好' && segs[i + 1]?.text === '一' && segs[i + 2]?.text === seg.text.charAt(1)) {
      segs[i - 1] = { text: '好好', tag: 'd' };
      segs[i] = { text: seg.text.charAt(1), tag: 'v' };
      continue;
    }
    // 回乡 | 下 | 看: back to the countryside (回 + 乡下), not 回乡 "home" + 下 "below".
    if (seg.text === '下' && prev.text.length === 2 && /^[回去到来下]$/u.test(prev.text.charAt(0)) && hasWord(`${prev.text.charAt(1)}下`) && isCommonWord(`${prev.text.charAt(1)}下`) && !/^(?:来|去)$/u.test(segs[i + 1]?.text ?? '')) {
      segs[i - 1] = { text: prev.text.charAt(0), tag: 'v' };
      segs[i] = { text: `${prev.text.charAt(1)}下`, tag: 's' };
      continue;
    }
    // 工作 | 日内: within (内) so many working days (工作日), not 日内 "in a few days".
    if (seg.text === '日内' && hasWord(`${prev.text}日`)) {
      segs[i - 1] = { text: `${prev.text}日`, tag: 'n' };
      segs[i] = { text: '内', tag: 'f' };
      continue;
    }
    // 滚得满 | 地 | 都是: all over the ground (满地), not 满 + the adverbial 地.
    if (prev.text === '满' && seg.text === '地' && segs[i - 2]?.text !== '满' && /^(?:都|是|的|乱|跑|打滚|爬|上|，|。)/u.test(segs[i + 1]?.text ?? '') && hasWord('满地')) {
      segs.splice(i - 1, 2, { text: '满地', tag: 'n' });
      i--;
      continue;
    }
    // 几 | 十位 | 村民: several dozen (几十) people (位), not "the tens place".
    if (seg.text === '十位' && /^[几数一二三四五六七八九]$/u.test(prev.text)) {
      segs[i - 1] = { text: `${prev.text}十`, tag: 'm' };
      segs[i] = { text: '位', tag: 'q' };
      continue;
    }
    // 吃得开 | 心 → 吃 | 得 | 开心: a verb, 得, and a complement that makes a word with what follows.
    const glued = prev.text.length === 3 && prev.text.charAt(1) === '得' ? /^(.)得(.)$/u.exec(prev.text) : null;
    // (Not 不得不, nor a word that ends in 得 itself: 记得, 觉得, 值得.)
    if (glued?.[1] && glued[2] && glued[1] !== '不' && !hasWord(`${glued[1]}得`) && seg.text.length === 1 && hasWord(glued[2] + seg.text) && rankOf(glued[2] + seg.text) <= FREQUENT_RANK) {
      segs.splice(i - 1, 2, { text: glued[1], tag: 'v' }, { text: '得', tag: 'ud' }, { text: glued[2] + seg.text, tag: forcedTag(glued[2] + seg.text) });
      i++;
      continue;
    }
    // 技术 | 上下 | 了 | 很大功夫 → 上 | 下: on (the technique), put in (the effort).
    if (seg.text === '上下' && segs[i + 1]?.text === '了' && segs.slice(i + 2, i + 6).some((x) => /(?:功夫|工夫|力气|决心|苦功)$/u.test(x.text))) {
      segs.splice(i, 1, { text: '上', tag: 'f' }, { text: '下', tag: 'v' });
      i++;
      continue;
    }
    // 每份 | 三元: three (三) yuan (元), not the top three of the imperial exams.
    if (seg.text.length === 2 && seg.text.charAt(1) === '元' && /^[一二两三四五六七八九十]元$/u.test(seg.text) && (prev.tag === 'q' || /[份个斤张次人价费]$/u.test(prev.text) || /^(?:仅|只要|才|花)$/u.test(prev.text))) {
      segs.splice(i, 1, { text: seg.text.charAt(0), tag: 'm' }, { text: '元', tag: 'q' });
      i++;
      continue;
    }
    // 二年至五年 | 不 | 等。: varying (不等), closing a range, not "do not wait" (and 三年至八年不等的刑期).
    if (prev.text === '不' && seg.text === '等' && (!/[\p{Script=Han}]/u.test(segs[i + 1]?.text ?? '') || segs[i + 1]?.text === '的') && segs.slice(Math.max(0, i - 8), i).some((x) => /^(?:至|到|～|~|-|—)$/u.test(x.text)) && hasWord('不等')) {
      segs.splice(i - 1, 2, { text: '不等', tag: 'a' });
      i--;
      continue;
    }
    // 算了 | 一笔账, 算了 | 三遍: did the sums (算 + 了), before an amount, not 算了 "forget it".
    if (prev.text === '算了' && /^m/.test(seg.tag)) {
      segs.splice(i - 1, 1, { text: '算', tag: 'v' }, { text: '了', tag: 'ul' });
      i++;
      continue;
    }
    // 要紧 | 盯, 要紧 | 抓: must (要) keep a tight watch (紧盯), not 要紧 "important".
    if (prev.text === '要紧' && seg.text.length === 1 && /^[vp]/.test(seg.tag) && hasWord(`紧${seg.text}`)) {
      segs[i - 1] = { text: '要', tag: 'v' };
      segs[i] = { text: `紧${seg.text}`, tag: 'v' };
      continue;
    }
    // 23.6 | 万人 | 次: ten thousand (万) person-times (人次), not 万人 "ten thousand people" and 次.
    if (prev.text === '万人' && seg.text === '次' && hasWord('人次')) {
      segs[i - 1] = { text: '万', tag: 'm' };
      segs[i] = { text: '人次', tag: 'q' };
      continue;
    }
    // 不少 | 于 | 两小时: not (不) less (少) than (于) an amount, not 不少 "many".
    if (prev.text === '不少' && seg.text === '于' && /^m/.test(segs[i + 1]?.tag ?? '')) {
      segs.splice(i - 1, 1, { text: '不', tag: 'd' }, { text: '少', tag: 'a' });
      i++;
      continue;
    }
    // 滑梯 | 前排 | 起了长队: in front (前) a queue lined up (排起…队), not the front row.
    if (prev.text === '前排' && /^[起着成]/u.test(seg.text) && segs.slice(i, i + 4).some((x) => x.text.endsWith('队'))) {
      segs.splice(i - 1, 1, { text: '前', tag: 'f' }, { text: '排', tag: 'v' });
      i++;
      continue;
    }
    // 北大 | 湖: a lake, hill or island named with what jieba took for an abbreviation (北大湖 ski resort).
    if (prev.tag === 'j' && prev.text.length === 2 && /^[湖山岛]$/u.test(seg.text) && !hasWord(prev.text + seg.text)) {
      segs.splice(i - 1, 2, { text: prev.text + seg.text, tag: 'ns' });
      i--;
      continue;
    }
    // 八点 | 十 | 分: ten minutes past the hour, not 十分 "very".
    if (seg.text === '十分' && /^[点點]$/u.test(prev.text) && /^m/.test(segs[i - 2]?.tag ?? '')) {
      segs.splice(i, 1, { text: '十', tag: 'm' }, { text: '分', tag: 'q' });
      i++;
      continue;
    }
    // 不 | 许多 | 做: not allowed (不许) to do more (多), when a verb follows; 许多 "many" counts a noun.
    if (prev.text === '不' && seg.text === '许多' && /^v/.test(segs[i + 1]?.tag ?? '') && segs[i + 1]?.tag !== 'vn' && hasWord('不许')) {
      segs[i - 1] = { text: '不许', tag: 'v' };
      segs[i] = { text: '多', tag: 'd' };
      continue;
    }
    // 要 | 不要, 能 | 不能: asking yes or no (A-not-A), 不 + the word again, not 不要 "don't!".
    if (/^[不没]/u.test(seg.text) && seg.text.length >= 2 && seg.text.slice(1) === prev.text) {
      segs.splice(i, 1, { text: seg.text.charAt(0), tag: 'd' }, { text: prev.text, tag: prev.tag });
      i++;
      continue;
    }
    // Every other rule wants a one-character word after one of two or more: most pairs stop here.
    if (seg.text.length !== 1 || prev.text.length < 2) continue;
    let pair: [Segment, Segment] | undefined;
    // 排长 | 队: queueing (排) in a long line (长队), not a platoon leader.
    if (prev.text === '排长' && seg.text === '队' && hasWord('长队')) pair = [{ text: '排', tag: 'v' }, { text: '长队', tag: 'n' }];
    // 并处罚 | 金, 单处罚 | 金: the sentence imposes a fine (处 "to punish" + 罚金), not gold punished.
    if (prev.text === '处罚' && seg.text === '金' && hasWord('罚金')) pair = [{ text: '处', tag: 'v' }, { text: '罚金', tag: 'n' }];
    // 市场处 | 处长, 财务处 | 处长: an office named by a noun, then its head; 山上处处 | 长着 stays
    // "everywhere" + growing.
    if (prev.text === '处处' && seg.text === '长' && /^(?:n|vn|nz|j|nt)$/.test(segs[i - 2]?.tag ?? '') && !/^[着了满出得大成在起高过到]/u.test(segs[i + 1]?.text ?? '') && hasWord('处长')) {
      pair = [{ text: '处', tag: 'n' }, { text: '处长', tag: 'n' }];
    }
    // 家门 | 口, 校门 | 口: at the doorway (门口) of home or school, not 口 "classifier for mouths".
    if (seg.text === '口' && prev.text.length === 2 && prev.text.endsWith('门') && hasWord('门口')) pair = [{ text: prev.text.charAt(0), tag: 'n' }, { text: '门口', tag: 's' }];
    if (prev.text === '十分' && /^钟/.test(seg.text) && hasWord(`分${seg.text}`)) pair = [{ text: '十', tag: 'm' }, { text: `分${seg.text}`, tag: 'q' }];
    const week = /[期拜]$/.test(prev.text) ? WEEK_WORDS.exec(prev.text) : null;
    if (week?.[1] && /^[一二三四五六日天]$/u.test(seg.text)) pair = [{ text: week[1], tag: forcedTag(week[1]) }, { text: (week[2] ?? '') + seg.text, tag: 't' }];
    const chars = prev.text.length === 2 ? codePoints(prev.text) : [];
    // (Only before 的, describing what was done to it: 收下来的玉米; 留下 | 来 "to stay" elsewhere.)
    if (chars.length === 2 && DIRECTIONS.has(chars[1] ?? '') && /^[来去]$/.test(seg.text) && segs[i + 1]?.text === '的' && /^v/.test(prev.tag) && hasWord((chars[1] ?? '') + seg.text)) {
      pair = [{ text: chars[0] ?? '', tag: 'v' }, { text: (chars[1] ?? '') + seg.text, tag: 'v' }];
    }
    if (pair) {
      segs[i - 1] = pair[0];
      segs[i] = pair[1];
    }
  }
  return segs;
}

/**
 * A character jieba gave to the wrong neighbour: 打|造成 "to cause" is 打造 "to build" + 成 (改造成,
 * 塑造成 alike), 大|地上 is 大地 "the land" + 上, where the first two make a word.
 */
const REGLUED: ReadonlyMap<string, { head: string; verb: boolean }> = new Map([
  ['造成', { head: '造', verb: true }],
  // Only a noun (大地, 草地, 工地): 扫|地上 is sweeping what is on the ground.
  ['地上', { head: '地', verb: false }],
]);

/** Whether CC-CEDICT's common entry for `word` is a verb ("to build", "to sweep the floor"). */
function isVerb(word: string): boolean {
  return sharedEntries(word).some((e) => /^[a-z]/.test(e.pinyin) && (e.senses[0] ?? '').startsWith('to '));
}

function reglue(segs: Segment[]): Segment[] {
  if (!segs.some((s) => REGLUED.has(s.text))) return segs;
  const out: Segment[] = [];
  for (const s of segs) {
    const prev = out[out.length - 1];
    const glue = REGLUED.get(s.text);
    const word = glue && prev ? prev.text + glue.head : '';
    if (glue && prev && codePointCount(prev.text) === 1 && allHan(prev.text) && !/^[pcdru]/.test(prev.tag) && isCommonWord(word) && isVerb(word) === glue.verb) {
      const rest = s.text.slice(glue.head.length);
      out[out.length - 1] = { text: word, tag: forcedTag(word) };
      out.push({ text: rest, tag: forcedTag(rest) });
    } else out.push(s);
  }
  return out;
}

/**
 * Given names of Tibetans, Uyghurs and Mongols as Chinese writes them, which jieba cuts into
 * characters (买|买|提 "buy, buy, carry") or calls words: a name is one or two of these, with a ·
 * between a Uyghur's names (买买提·吐尔逊). Only names: 才让, 格桑 and the like need the name after.
 */
const MINORITY_NAMES = new Set([
  // Tibetan
  '次仁', '卓玛', '扎西', '格桑', '达瓦', '央金', '尼玛', '多吉', '旺堆', '普布', '拉姆', '边巴', '顿珠', '德吉', '白玛', '丹增', '措姆', '旦增', '平措', '曲珍', '洛桑', '索朗', '巴桑', '米玛', '强巴', '罗布', '才让', '卓嘎', '拉巴', '次旦', '仁青', '央宗',
  // Uyghur
  '买买提', '阿依古丽', '吐尔逊', '艾力', '古丽', '热依拉', '阿不都', '艾买提', '努尔', '阿迪力', '热合曼', '艾尼瓦尔', '吾买尔', '阿布都', '帕提古丽', '迪丽',
  // Mongol
  '巴特尔', '乌力吉', '其其格', '额尔敦', '斯琴', '萨仁', '敖登', '格日勒', '苏和', '朝鲁', '宝音', '那日苏', '图雅',
]);
const MINORITY_LIST = [...MINORITY_NAMES];
/** The first characters of those names: a segment starting with none of them starts no name. */
const MINORITY_FIRST = new Set(MINORITY_LIST.map((n) => n.charAt(0)));
/** Minority names that are Chinese words or other names as well: names only beside another. */
const PARTNERED_NAMES = new Set(['才让', '尼玛', '拉巴', '努尔', '苏和', '迪丽', '罗布', '图雅', '宝音', '古丽']);
const MINORITY_TEXT = /次仁|卓玛|扎西|格桑|达瓦|央金|多吉|旺堆|普布|拉姆|边巴|顿珠|德吉|白玛|丹增|措姆|旦增|平措|曲珍|洛桑|索朗|巴桑|米玛|强巴|罗布|才让|卓嘎|次旦|仁青|央宗|买买提|古丽|吐尔逊|艾力|热依拉|阿不都|艾买提|努尔|阿迪力|热合曼|艾尼瓦尔|吾买尔|阿布都|迪丽|巴特尔|乌力吉|其其格|额尔敦|斯琴|萨仁|敖登|格日勒|苏和|朝鲁|宝音|那日苏|图雅/u;

/** The longest run of segments from `i` that spells one or two minority given names (with · between), as a length in segments. */
function minorityNameAt(segs: readonly Segment[], i: number): number {
  const start = segs[i]?.text ?? '';
  // (Most segments start no name at all: one look at the list first.)
  if (!MINORITY_LIST.some((n) => n.startsWith(start) || start.startsWith(n))) return 0;
  let text = '';
  let best = 0;
  for (let k = i; k < segs.length && k < i + 8; k++) {
    const seg = segs[k] as Segment;
    if (!allHan(seg.text) && !/^[·•・]$/u.test(seg.text)) break;
    text += seg.text;
    if (text.length > 10) break;
    const parts = text.split(/[·•・]/u);
    const whole = (p: string): boolean => MINORITY_NAMES.has(p) || MINORITY_LIST.some((a) => p.startsWith(a) && MINORITY_NAMES.has(p.slice(a.length)));
    // (才让, 尼玛, 罗布 alone are words too, 他才让我去, 罗布泊: a name only with another after them.)
    const alone = parts.length === 1 && PARTNERED_NAMES.has(parts[0] ?? '');
    if (parts.length <= 2 && parts.every((p) => p.length > 0 && whole(p)) && !alone) best = k - i + 1;
  }
  return best;
}

function minorityNames(segs: Segment[], text: string): Segment[] {
  if (!MINORITY_TEXT.test(text)) return segs;
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const n = MINORITY_FIRST.has(seg.text.charAt(0)) ? minorityNameAt(segs, i) : 0;
    // (Not 格桑花 "the Galsang flower": a name followed by what it names as a thing.)
    const flower = /^(?:花|梅朵)/u.test(segs[i + n]?.text ?? '');
    if (n > 0 && !flower && !(n === 1 && seg.tag === 'nr')) {
      (out ??= segs.slice(0, i)).push({ text: segs.slice(i, i + n).map((x) => x.text).join(''), tag: 'nr' });
      i += n - 1;
      continue;
    }
    out?.push(seg);
  }
  return out ?? segs;
}

/**
 * Two neighbours jieba cut at the wrong character, cut again where the words are: 看|台上 →
 * 看台|上 "in the stands", 挂彩|带 → 挂|彩带 "to hang ribbons", 开班|会 → 开|班会 "to hold a
 * class meeting", 轮|到 → 轮到 "to be someone's turn". Each with the neighbourhood that
 * decides it.
 */
const RECUTS: readonly { prev: string; seg: string; parts: readonly string[]; when: (before: Segment | undefined, after: Segment | undefined) => boolean }[] = [
  { prev: '看', seg: '台上', parts: ['看台', '上'], when: (before) => before === undefined || !/^(?:r|nr|n)$/.test(before.tag) || /^(?:听见|听到|看见|坐在|站在)$/u.test(before.text) },
  { prev: '挂彩', seg: '带', parts: ['挂', '彩带'], when: () => true },
  { prev: '开班', seg: '会', parts: ['开', '班会'], when: (_b, after) => after === undefined || !/^v/.test(after.tag) },
  { prev: '轮', seg: '到', parts: ['轮到'], when: (_b, after) => after !== undefined && /^(?:r|n|nr|m)/.test(after.tag) },
  { prev: '上网', seg: '课', parts: ['上', '网课'], when: () => true },
  // 开|通过 “学生贷”: opened (开通) and 过 of experience, not 通过 "by means of".
  { prev: '开', seg: '通过', parts: ['开通', '过'], when: () => true },
  // 非|要塞 给他: insisting (非要) on stuffing (塞) it on someone, not 要塞 "fortress".
  { prev: '非', seg: '要塞', parts: ['非要', '塞'], when: (_b, after) => after !== undefined && /^(?:给|进|到|了|满|过|上)/u.test(after.text) },
  // 上周|末: last (上) weekend (周末), not last week's end.
  { prev: '上周', seg: '末', parts: ['上', '周末'], when: () => true },
  // 撒尿|素: spreading (撒) urea (尿素), not 撒尿 "to pee".
  { prev: '撒尿', seg: '素', parts: ['撒', '尿素'], when: () => true },
  // 着|力保 就业: putting effort (着力) into keeping (保) jobs, not the particle 着 and 力保.
  { prev: '着', seg: '力保', parts: ['着力', '保'], when: () => true },
  // 堵住|过|道: the aisle (过道), not the particle 过 and a classifier.
  { prev: '过', seg: '道', parts: ['过道'], when: (before, after) => before !== undefined && /^v/.test(before.tag) && (after === undefined || !/^\p{Script=Han}/u.test(after.text) || /^(?:里|上|中|两边|旁)/u.test(after.text)) },
  // 一|共用 了九十年: altogether (一共) it took (用), not 共用 "shared".
  { prev: '一', seg: '共用', parts: ['一共', '用'], when: (_b, after) => after !== undefined && /^(?:了|过|掉|去)$/u.test(after.text) },
  // 手|心里 全是汗: the palm (手心) and 里 "in"; 全年|级 平均分: the whole (全) grade (年级); 挠|挠头: scratched (挠挠) the head.
  { prev: '手', seg: '心里', parts: ['手心', '里'], when: () => true },
  { prev: '全年', seg: '级', parts: ['全', '年级'], when: () => true },
  { prev: '挠', seg: '挠头', parts: ['挠挠', '头'], when: () => true },
  // 同|时段 "the same time slot", 将近 "nearly" before a number.
  { prev: '同时', seg: '段', parts: ['同', '时段'], when: () => true },
  { prev: '将', seg: '近', parts: ['将近'], when: (_b, after) => after !== undefined && (after.tag === 'm' || /^[0-9０-９一二两三四五六七八九十百千万]/u.test(after.text)) },
  // 大煮|干|丝: shredded dried tofu (干丝), a Yangzhou dish.
  { prev: '干', seg: '丝', parts: ['干丝'], when: (before) => before === undefined || /^(?:煮|大煮|烫|拌|的|盘|碗|份)$/u.test(before.text) },
  { prev: '从', seg: '小吃', parts: ['从小', '吃'], when: (_b, after) => after !== undefined && /^(?:到|了|过|着|惯)/u.test(after.text) },
  { prev: '初', seg: '一清早', parts: ['初一', '清早'], when: () => true },
  { prev: '不', seg: '和', parts: ['不和'], when: (_b, after) => after === undefined || /^[，。！？；、]$/u.test(after.text) },
  { prev: '把', seg: '门锁', parts: ['把', '门', '锁'], when: (_b, after) => after !== undefined && /^(?:了|上|好|住|起来)$/u.test(after.text) },
  // 一起开黑。: teaming up to play (开黑), closing the clause, not opening the black.
  { prev: '开', seg: '黑', parts: ['开黑'], when: (_b, after) => after === undefined || /^(?:[，。！？；、”]|了|吧|吗|呢|啊)$/u.test(after.text) },
  // 眯着眼, 睁着眼: eyes narrowed or open (着 the aspect), not 着眼 "to have one's eyes on".
  ...[...'眯睁闭瞪眨'].map((verb) => ({ prev: verb, seg: '着眼', parts: [verb, '着', '眼'], when: () => true })),
];
const RECUTS_BY_SEG = new Map<string, (typeof RECUTS)[number][]>();
for (const r of RECUTS) RECUTS_BY_SEG.set(r.seg, [...(RECUTS_BY_SEG.get(r.seg) ?? []), r]);
const SHAPED_RECUT_SEGS = new Set(['人为', '内向', '上火', '长老', '处长', ...[...'一二三四五六七八九'].map((n) => `${n}号线`)]);

/**
 * Recuts by shape: 继承|人为 配偶 → 继承人|为 (a word for a person, then 为 "is"), 一年|内向 法院 →
 * 年|内|向 (within a year, towards the court), not 人为 "artificial" or 内向 "introverted".
 */
function shapedRecut(prev: Segment, seg: Segment, after: Segment | undefined): { parts: readonly string[] } | undefined {
  if (seg.text === '人为' && isCommonWord(`${prev.text}人`) && after !== undefined && allHan(after.text) && !/^(?:的|地|造成|因素|破坏|操纵|干预|制造)/u.test(after.text)) return { parts: [`${prev.text}人`, '为'] };
  if (seg.text === '内向' && /^[年月天日周]$/u.test(prev.text.slice(-1)) && after !== undefined && /^(?:n|nt|ns|r)/.test(after.tag)) return { parts: [prev.text, '内', '向'] };
  // 在抖音上火了: on (上) the platform, went viral (火了), not 上火 "to get angry".
  if (seg.text === '上火' && after?.text === '了' && /^(?:n|nz|nt|ns|x)$/.test(prev.tag) && prev.text.length >= 2) return { parts: [prev.text, '上', '火'] };
  // 没有|人为|我 做年糕: nobody (没有人) for (为) me, not 人为 "artificial", before whom it is for.
  if (seg.text === '人为' && /^(?:没有|没|有)$/u.test(prev.text) && after !== undefined && /^(?:我|你|他|她|我们|你们|他们|大家|孩子|自己)$/u.test(after.text)) return { parts: [prev.text, '人', '为'] };
  // 一|处长 约十五米: a place (一处) long (长) so many metres, not a department head.
  if (seg.text === '处长' && /^[一两几这那每某]$/u.test(prev.text) && after !== undefined && /^(?:约|达|近|超过|有|[0-9０-９〇零一二三四五六七八九十百两几])/u.test(after.text)) return { parts: [`${prev.text}处`, '长'] };
  // 店|长老|赵: the shop's manager (店长) and Old Zhao (老赵), not 长老 "elder", before a surname.
  if (seg.text === '长老' && codePointCount(prev.text) === 1 && HEAD_OF_PLACES.has(prev.text) && after !== undefined && after.text.length === 1 && isCommonSurname(after.text)) return { parts: [`${prev.text}长`, '老'] };
  // 十|二号线: Line 12, not ten and Line 2.
  if (/^[一二三四五六七八九]号线$/u.test(seg.text) && /^[一二三四五六七八九]?十$/u.test(prev.text)) return { parts: [prev.text + seg.text] };
  return undefined;
}
/** What a head (长) is head of in one character: 店长, 班长, 队长, 村长. */
const HEAD_OF_PLACES = new Set([...'店班队组校院村厂站局处科部社所馆车船营连排团师军镇乡县市区省司室']);
const RECUT_TEXT = /着力保|过道|一共用|撒尿素|非要塞|上周末|没有人为|[一两几这那每某]处长|开通过|手心里|全年级|挠挠头|.长老|十[一二三四五六七八九]号线|同时段|将近|干丝|开黑|上火了|看台上|挂彩带|开班会|轮到|上网课|[眯睁闭瞪眨]着眼|从小吃|初一清早|不和|把门锁|人为|[年月天日周]内向/u;

function recuts(segs: Segment[], text: string): Segment[] {
  if (!RECUT_TEXT.test(text)) return segs;
  // (Copied only once something is cut: most texts that match have nothing to cut.)
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const rules = RECUTS_BY_SEG.get(seg.text);
    const prev = out ? out[out.length - 1] : segs[i - 1];
    const before = out ? out[out.length - 2] : segs[i - 2];
    const cut = prev && (rules || SHAPED_RECUT_SEGS.has(seg.text)) ? (rules?.find((r) => r.prev === prev.text && r.when(before, segs[i + 1])) ?? shapedRecut(prev, seg, segs[i + 1])) : undefined;
    if (cut) {
      out ??= segs.slice(0, i);
      out.pop();
      for (const part of cut.parts) out.push({ text: part, tag: forcedTag(part) });
      continue;
    }
    out?.push(seg);
  }
  return out ?? segs;
}

/** Verbs that take 着 before where they point or what they face (对着, 朝着, 顺着). */
const FACING_VERBS = new Set([...'对朝向冲顺沿望盯看指靠']);
/** Offices whose short name ends in 政 before 局 (渔政局, 船政局, 民政局). */
const TITLE_AFTER_UNIT = /^(?:科长|处长|所长|局长|队长|站长|股长|室主任)$/u;

/**
 * Where jieba put the boundary one character off, by the shape of the words around it:
 * - 这|封信, 那|张纸: a demonstrative and a classifier jieba glued to the noun (封信 is no word): 这|封|信;
 *   这|次数|了: a classifier glued to a verb that 了, 过 or 着 follows: 这次|数|了.
 * - 对|着床, 朝|着门: a verb of facing, its 着, then the thing (着床 "implantation" is no object): 对|着|床.
 * - 带弟弟|一|起来 吗: 一起 "together" and 来, where no 就 follows (一起来就… is "as soon as he got up").
 * - 少|抽|点烟: smoking a bit (点 "a bit") of cigarettes, not 点烟 "to light a cigarette".
 * - 把父母|接过|来: the verb and 过来 "over here", not 接过 "to take from someone's hands" and 来.
 * - 退还给: 退还 "to return" and 给 "to", not 退 and 还给.
 * - 监测|科科长: the section (监测科) and its chief (科长).
 * - 渔|政局: the fishery administration (渔政) and its bureau, not 政局 "the political situation".
 * - 年|味儿: a word CC-CEDICT has (年味) said with 儿: 年味儿.
 */
function boundariesShifted(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  const replace = (i: number, drop: number, parts: readonly string[]): void => {
    out ??= segs.slice(0, i);
    out.splice(out.length - drop, drop);
    for (const part of parts) out.push({ text: part, tag: forcedTag(part) });
  };
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const prev = out ? out[out.length - 1] : segs[i - 1];
    // (Every rule looks at two or three characters: most segments stop here.)
    if (seg.text.length < 2 || seg.text.length > 3) {
      out?.push(seg);
      continue;
    }
    const next = segs[i + 1];
    const chars = codePoints(seg.text);
    const [a = '', b = ''] = chars;
    // 山越|砍|越|秃: the more… the more… (越…越), not a place 山越 (wherever it stands).
    if (chars.length === 2 && b === '越' && allHan(seg.text) && (segs[i + 2]?.text === '越' || segs[i + 3]?.text === '越') && /^v/.test(next?.tag ?? '')) {
      replace(i, 0, [a, '越']);
      continue;
    }
    if (prev === undefined || chars.length < 2 || !allHan(seg.text)) {
      out?.push(seg);
      continue;
    }
    // ，并|称这是…: and (并) said (称), opening a clause, not 并称 "joint name".
    if (seg.text === '并称' && /^[，,；;]$/u.test(prev.text) && next !== undefined && (/^(?:r|d|p|v)/.test(next.tag) || /^(?:这|其|此|该|将|已|要|会)/u.test(next.text))) {
      replace(i, 0, ['并', '称']);
      continue;
    }
    // 这|封信, 这|次数|了
    if (chars.length === 2 && /^[这那哪每某]$/u.test(prev.text) && isClassifier(a) && !/^[个位]$/u.test(a) && (!hasWord(seg.text) || (/^(?:了|过|着)$/u.test(next?.text ?? '') && hasVerbSense(b) && (hasWord(prev.text + a) || jiebaTag(prev.text + a) !== undefined) && !/^v/.test(seg.tag))) && isCommonWord(b)) {
      replace(i, 1, hasWord(prev.text + a) ? [prev.text + a, b] : [prev.text, a, b]);
      continue;
    }
    // 对|着床
    if (chars.length === 2 && a === '着' && FACING_VERBS.has(prev.text) && /^n/.test(jiebaTag(b) ?? '') && isCommonWord(b)) {
      replace(i, 0, ['着', b]);
      continue;
    }
    // 一|起来 吗
    if (seg.text === '起来' && prev.text === '一' && !segs.slice(i + 1, i + 4).some((x) => /^(?:就|便|才)$/u.test(x.text)) && (next === undefined || !allHan(next.text) || /^(?:吗|吧|呢|了|啊|玩|吃|看|走|去|参加|过|住)$/u.test(next.text))) {
      replace(i, 1, ['一起', '来']);
      continue;
    }
    // 抽|点烟
    if (seg.text === '点烟' && /^[抽吸买]$/u.test(prev.text)) {
      replace(i, 0, ['点', '烟']);
      continue;
    }
    // 接过|来, 走过|去
    if (chars.length === 2 && b === '过' && /^(?:来|去)$/u.test(next?.text ?? '') && /^v/.test(jiebaTag(a) ?? '') && !/^(?:经|通|超|度|路|错|难|不|越|穿)$/u.test(a)) {
      out ??= segs.slice(0, i);
      out.push({ text: a, tag: 'v' }, { text: `过${next?.text ?? ''}`, tag: 'v' });
      i++;
      continue;
    }
    // 退还给
    if (chars.length === 3 && chars[2] === '给' && !hasWord(seg.text) && isCommonWord(chars.slice(0, 2).join('')) && /^v/.test(jiebaTag(chars.slice(0, 2).join('')) ?? '')) {
      replace(i, 0, [chars.slice(0, 2).join(''), '给']);
      continue;
    }
    // 监测|科科长
    if (chars.length === 3 && TITLE_AFTER_UNIT.test(b + (chars[2] ?? '')) && a === chars[1] && allHan(prev.text) && prev.text.length >= 2) {
      replace(i, 1, [prev.text + a, b + (chars[2] ?? '')]);
      continue;
    }
    // 渔|政局
    if (seg.text === '政局' && prev.text.length === 1 && (hasWord(`${prev.text}政`) || /^n/.test(jiebaTag(`${prev.text}政`) ?? ''))) {
      replace(i, 1, [`${prev.text}政`, '局']);
      continue;
    }
    // 一圈又一圈|地滑|着, 慢慢|地球…: after a phrase said twice over, 地 is the adverbial particle and
    // what follows it the verb, not 地滑 "landslide".
    if (chars.length === 2 && a === '地' && hasVerbSense(b)) {
      const done = (out ?? segs.slice(0, i)).slice(-6).map((x) => x.text).join('');
      if (/(一\p{Script=Han}{1,2})又?\1$|(\p{Script=Han})\2$/u.test(done)) {
        replace(i, 0, ['地', b]);
        continue;
      }
    }
    // 辗转于重庆/ns: the literary preposition and the place jieba glued it to.
    // (After a verb, where a place goes: 局长于乐平 is the person after his title.)
    if (a === '于' && chars.length >= 3 && /^v/.test(prev.tag) && !NAME_TAGS.has(seg.tag) && !isCue(prev.text) && !hasWord(seg.text) && knownPlace(seg.text.slice(1))) {
      replace(i, 0, ['于', seg.text.slice(1)]);
      continue;
    }
    // 一|拨接|一|拨: one group after another (拨 and 接 "to follow"), not 拨接 "dial-up".
    if (chars.length === 2 && b === '接' && prev.text === '一' && isClassifier(a) && next?.text === '一' && segs[i + 2]?.text === a) {
      replace(i, 0, [a, '接']);
      continue;
    }
    // 磕|个头: a verb and 头 with 个 between them (磕头 "to kowtow", 点个头), not 个头 "height".
    if (seg.text === '个头' && prev.text.length === 1 && hasWord(`${prev.text}头`) && hasVerbSense(prev.text)) {
      replace(i, 0, ['个', '头']);
      continue;
    }
    // 吃|顿饭: a verb, then a classifier glued to its noun in a word CC-CEDICT lacks (吃|顿|饭 "have a meal").
    // (Only what is eaten, drunk, sung or played by the meal, cup, song or game: 有|客商 stays.)
    if (chars.length === 2 && /^[吃喝做煮打看听唱跳洗泡点]$/u.test(prev.text) && /^[顿杯碗盘场首部本件张支壶瓶]$/u.test(a) && !hasWord(seg.text) && isCommonWord(b) && /^n/.test(jiebaTag(b) ?? '')) {
      replace(i, 0, [a, b]);
      continue;
    }
    // 年|味儿
    // (Only the 儿 said as r, 味儿 wèir, not the 儿 of 女儿 "daughter".)
    if (chars.length === 2 && b === '儿' && prev.text.length <= 2 && allHan(prev.text) && sharedEntries(seg.text).some((e) => /\br5$/.test(e.pinyin)) && hasWord(prev.text + a) && /^n/.test(jiebaTag(prev.text + a) ?? '') && !hasWord(prev.text + seg.text)) {
      replace(i, 1, [prev.text + seg.text]);
      continue;
    }
    out?.push(seg);
  }
  return out ?? segs;
}

/**
 * 单奶奶为|人|和|气, 为|人 实在: 为人 "as a person, in character" (wéirén) before what someone is
 * like, and that description whole (和气 "amiable"); not 为人所知 "known to people" or 为人民.
 */
function asAPerson(segs: Segment[], text: string): Segment[] {
  if (!text.includes('为人')) return segs;
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const like = seg.text === '为' && segs[i + 1]?.text === '人' ? describedAs(segs, i + 2) : 0;
    if (like > 0) {
      const list = (out ??= segs.slice(0, i));
      list.push({ text: '为人', tag: 'n' });
      const words = segs.slice(i + 2, i + 2 + like);
      const joined = words.map((w) => w.text).join('');
      list.push(like > 1 ? { text: joined, tag: 'a' } : (words[0] as Segment));
      i += 1 + like;
      continue;
    }
    out?.push(seg);
  }
  return out ?? segs;
}

/** How many segments from `at` say what someone is like (实在/v; 和|气, one word split), or 0. */
function describedAs(segs: readonly Segment[], at: number): number {
  const a = segs[at];
  const b = segs[at + 1];
  if (!a || !allHan(a.text)) return 0;
  const character = (word: string): boolean => sharedEntries(word).some((e) => /^[a-z]/.test(e.pinyin) && e.senses.some((x) => CHARACTER_SENSE.test(x)));
  if (a.text.length === 1 && b !== undefined && b.text.length === 1 && allHan(b.text) && character(a.text + b.text)) return 2;
  return a.text.length >= 2 && (/^(?:a|ad|an|i|l)$/.test(a.tag) || character(a.text)) ? 1 : 0;
}
/** Senses that say what a person is like (amiable, honest, generous …). */
const CHARACTER_SENSE = /^(?:\([^)]*\) )?(?:friendly|polite|amiable|kind|kindly|honest|sincere|upright|generous|modest|humble|warm|enthusiastic|straightforward|frank|reliable|dependable|trustworthy|low-key|easygoing|gentle|good-natured|decent|simple and honest|loyal|strict|fair|cheerful|upright|forthright|tolerant|magnanimous|open-minded|cautious|careful|prudent)\b/i;

/** 对了，… opening a clause is 对了 "by the way" (CC-CEDICT has it), not 对 "towards" + 了. */
function byTheWay(segs: Segment[]): Segment[] {
  const at = segs.findIndex((s, i) => s.text === '对' && segs[i + 1]?.text === '了' && /^[，！,!]$/u.test(segs[i + 2]?.text ?? '') && (i === 0 || segs[i - 1]?.tag === 'x'));
  if (at < 0 || !hasWord('对了')) return segs;
  return [...segs.slice(0, at), { text: '对了', tag: 'l' }, ...byTheWay(segs.slice(at + 2))];
}

/**
 * 各乡镇, 全县城, 本赛季: a determiner jieba glued to a word into a "place" or word CC-CEDICT lacks;
 * the word stands alone (本 "this", not 本 "root" + 赛季). Not an idiom or a name.
 */
function determinersOff(segs: Segment[], text: string): Segment[] {
  if (!/[各每全该本这那哪]/u.test(text) || !segs.some((s) => s.text.length >= 3 && /^[各每全该本这那哪]/u.test(s.text))) return segs;
  const out: Segment[] = [];
  for (const s of segs) {
    // (Most segments stop at the first look: fewer than three characters, or another first one.)
    if (s.text.length < 3 || !'各每全该本这那哪'.includes(s.text.charAt(0)) || s.tag === 'i' || NAME_TAGS.has(s.tag)) {
      out.push(s);
      continue;
    }
    const chars = codePoints(s.text);
    // 那本书, 这张纸: this or that, the measure word and the thing, which jieba glued (本书 "this book").
    if ('这那哪'.includes(chars[0] ?? '')) {
      const thing = chars.slice(2).join('');
      if (chars.length === 3 && allHan(s.text) && !hasWord(s.text) && isClassifier(chars[1] ?? '') && hasWord(thing)) out.push({ text: chars[0] ?? '', tag: 'r' }, { text: chars[1] ?? '', tag: 'q' }, { text: thing, tag: forcedTag(thing) });
      else out.push(s);
      continue;
    }
    const rest = chars.slice(1).join('');
    if (chars.length >= 3 && allHan(s.text) && !hasWord(s.text) && hasWord(rest)) {
      out.push({ text: chars[0] ?? '', tag: 'r' }, { text: rest, tag: forcedTag(rest) });
    } else out.push(s);
  }
  return out;
}

/** A measure word said twice at `i` (阵/阵, 一行/行, 一/行/行): the one segment and how many segments it takes. */
function measureTwice(segs: readonly Segment[], i: number): { segment: Segment; used: number } | undefined {
  const seg = segs[i];
  const next = segs[i + 1];
  // 一/串串: 一 and a measure said twice that CC-CEDICT also has as a word (串串 "skewers"): after
  // 一 it is the measure, one after another (一串串 "string upon string").
  const c = next?.text.charAt(0) ?? '';
  if (seg?.text === '一' && next?.text.length === 2 && next.text.charAt(1) === c && allHan(c) && isClassifier(c)) {
    return { segment: { text: `一${next.text}`, tag: 'm' }, used: 2 };
  }
  if (!seg || !next || next.text.length !== 1) return undefined;
  // 一行/行, 一层/层: jieba's 一 and measure, then the measure again (after 一 whatever else the
  // doubled measure is: 层层 "layer upon layer").
  if (seg.text.length === 2 && seg.text.charAt(0) === '一' && next.text === seg.text.charAt(1) && (doubledMeasure(next.text) || (allHan(next.text) && isClassifier(next.text)))) {
    return { segment: { text: seg.text + next.text, tag: 'm' }, used: 2 };
  }
  if (seg.text === '一' && segs[i + 2]?.text === next.text && doubledMeasure(next.text)) return { segment: { text: `一${next.text}${next.text}`, tag: 'm' }, used: 3 };
  return seg.text === next.text && doubledMeasure(seg.text) ? { segment: { text: seg.text + seg.text, tag: 'q' }, used: 2 } : undefined;
}

/** A measure word CC-CEDICT has no doubled word for, and no verb (看看): 阵, 行, 排, 层, 片, 串. */
function doubledMeasure(char: string): boolean {
  return allHan(char) && isClassifier(char) && !hasWord(char + char) && !/^to /.test(everydaySense(char)) && !/^v/.test(jiebaTag(char) ?? '');
}

/**
 * 平平安安, 高高兴兴: a word said twice over (AABB) is a description (jieba's z), not the place or
 * name jieba's guess makes of it; so is an adjective said twice before 的 or 地 (厚厚的, 长长的).
 */
function doubledWords(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    if (!seg) continue;
    const next = segs[i + 1];
    // 阵/阵 欢呼, 一行/行: a measure word said twice, one after another, is one word (阵阵 "burst
    // upon burst"), and with 一 before it one phrase (一行行 "row upon row"). (Not a word CC-CEDICT
    // has, 天天, nor a verb that is a measure too, 看看.)
    const measure = measureTwice(segs, i);
    if (measure) {
      out ??= segs.slice(0, i);
      out.push(measure.segment);
      i += measure.used - 1;
      continue;
    }
    // 厚/a 厚/a 的棉衣, 红/a 红/a 的: an adjective said twice before 的 or 地 is one word.
    if (seg.text.length === 1 && seg.tag === 'a' && next?.text === seg.text && /^[的地]$/.test(segs[i + 2]?.text ?? '') && allHan(seg.text)) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text + seg.text, tag: 'z' });
      i++;
      continue;
    }
    // 高高的/nz, 大大的: an adjective said twice and its 的 that jieba's dictionary keeps as one word.
    const [a3, b3, c3] = seg.text.length === 3 ? codePoints(seg.text) : [];
    if (a3 !== undefined && a3 === b3 && (c3 === '的' || c3 === '地') && allHan(seg.text) && !hasWord(seg.text) && /^a/.test(jiebaTag(a3) ?? '')) {
      out ??= segs.slice(0, i);
      out.push({ text: `${a3}${a3}`, tag: 'z' }, { text: c3, tag: c3 === '的' ? 'uj' : 'uv' });
      continue;
    }
    // 暖暖/ns 的: an adjective said twice before 的 or 地 that jieba took for a place or name.
    if (seg.text.length === 2 && seg.text.charAt(0) === seg.text.charAt(1) && KEEP_WHOLE_TAGS.has(seg.tag) && /^[的地]$/.test(next?.text ?? '') && /^a/.test(jiebaTag(seg.text.charAt(0)) ?? '')) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text, tag: 'z' });
      continue;
    }
    // 十岁的乐/a 乐/a 兴奋地, 我和豆/豆 去: a given name said twice (a child's pet name) that jieba
    // cut in two, where a person stands: after 的, 和 or a clause's start, before what they do.
    if (seg.text.length === 1 && next?.text === seg.text && petNameHere(segs, i)) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text + seg.text, tag: 'nr' });
      i++;
      continue;
    }
    // 收购商|早/a 早/a 等着: an adjective said twice before what is done, how it is done (early).
    if (seg.text.length === 1 && next?.text === seg.text && MANNER_TWICE.has(seg.text) && (/^(?:v|d)/.test(segs[i + 2]?.tag ?? '') || segs[i + 2]?.text === '等') && allHan(seg.text) && !hasWord(seg.text + seg.text)) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text + seg.text, tag: 'z' });
      i++;
      continue;
    }
    // 五岁的豆豆/n 突然, 叫“豆豆”的小狗: a pet name said twice that jieba keeps as one word no
    // dictionary has, where a person stands, or named in quotes after 叫 (not 朵朵 "every flower").
    const p1 = seg.text.length === 2 && seg.text.charAt(0) === seg.text.charAt(1) ? seg.text.charAt(0) : undefined;
    if (p1 !== undefined && !hasWord(seg.text) && !MANNER_TWICE.has(p1) && !NUMERAL_CHARS.has(p1) && !isClassifier(p1) && givenNameOk([p1]) && allHan(seg.text) && (quotedName(segs, i) || (petNameAt(segs, i) && !/^(?:a|v)/.test(jiebaTag(p1) ?? '') && !/^[的地得着]$/u.test(segs[i + 1]?.text ?? '')))) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text, tag: 'nr' });
      continue;
    }
    // 孩子早早/nr 就来, 收购商早早/nr 等着: an adjective said twice after who does it, before what
    // they do, is how they do it ("early"), not a name.
    const manner = NAME_TAGS.has(seg.tag) ? mannerNotName(seg, out ? out[out.length - 1] : segs[i - 1], next) : undefined;
    if (manner) {
      out ??= segs.slice(0, i);
      if (manner.glued) out[out.length - 1] = manner.glued;
      out.push(manner.word);
      continue;
    }
    if (seg.text.length === 4 && KEEP_WHOLE_TAGS.has(seg.tag) && seg.tag !== 'i') {
      const [a, b, c, d] = seg.text;
      if (a === b && c === d && a !== c && allHan(seg.text) && hasWord(`${a}${c}`) && !hasWord(seg.text)) {
        out ??= segs.slice(0, i);
        out.push({ text: seg.text, tag: 'z' });
        continue;
      }
    }
    out?.push(seg);
  }
  return out ?? segs;
}

/** Where a person stands before a pet name said twice (see doubledWords): 的, 和, 跟, 叫, a clause's start. */
const BEFORE_PET_NAME = /^(?:的|和|跟|与|同|叫|让|给|陪|带|帮|对|被|把|找|请|喊|是|像)$/u;

/** Adverbs jieba glues to the end of a name (王婶常, 李叔也): see recutPairs. */
const ADVERBS_AFTER_NAMES = new Set(Array.from('常也就都又还才先正便再已曾却总刚'));

/** What follows an adjective's 得 (白得像, 高得多, 好得很, 快得要命): how much or what like. */
const HOW_AFTER_ADJECTIVE_DE = /^[像多很要不出惊发吓直]$/u;

/** One-character verbs jieba's guesses glue to the end of a name (尉迟刚告, 司马骏约, 欧阳明远住): never a given name's last character there. */
const VERBS_GLUED_TO_NAMES = new Set(Array.from('告约说笑问答讲叹喊叫哭想看听走来去到拿把给带接送住买坐跑跟和找请让被对向从在是发'));

/** Given names of one character that jieba takes for an adverb, verb or adjective after a double surname (尉迟刚, 诸葛晴, 司马骏). */
const GIVEN_AFTER_DOUBLE = new Set(Array.from('刚晴勇强明亮静敏杰峰伟忠诚安平宁康健华清扬飞'));

/** Who is introduced by a pet name (男孩乐乐, 小女儿豆豆, 好朋友乐乐). */
const PET_NAME_BEARERS = /(?:男孩|女孩|女儿|儿子|孙子|孙女|小孩|孩子|宝宝|朋友|同学|闺女|侄子|侄女|妹妹|弟弟|哥哥|姐姐|邻居|小狗|小猫)$/u;

/** Adjectives said twice as how something is done (早早, 慢慢, 悄悄): see doubledWords. */
const MANNER_TWICE = new Set(Array.from('早慢快轻静悄偷远紧满细深稳牢足饱暖默'));

/** 乐|乐 at `at`: a pet name said twice, cut in two, between where a person stands and what they do. */
function petNameHere(segs: readonly Segment[], at: number): boolean {
  const seg = segs[at];
  if (!seg || !allHan(seg.text) || NUMERAL_CHARS.has(seg.text) || MANNER_TWICE.has(seg.text) || isClassifier(seg.text) || hasWord(seg.text + seg.text) || !givenNameOk([seg.text])) return false;
  return personStands(segs[at - 1], segs[at + 2], /^(?:v|d|t|p|c)/);
}

/** The pet name of one segment at `at` (豆豆) where a person stands: see petNameHere. */
function petNameAt(segs: readonly Segment[], at: number): boolean {
  const prev = segs[at - 1];
  return personStands(prev, segs[at + 1], /^(?:v|d|t|p|c|ad)/) && !(prev !== undefined && allHan(prev.text) && prev.tag === 'm');
}

/** Between `prev` and `after`, where a person stands: after 的, 和, a clause's start or who they are, before what they do (`acts`: the tags of doing). */
function personStands(prev: Segment | undefined, after: Segment | undefined, acts: RegExp): boolean {
  const start = prev === undefined || !allHan(prev.text) || BEFORE_PET_NAME.test(prev.text) || PET_NAME_BEARERS.test(prev.text);
  return start && (after === undefined || !allHan(after.text) || acts.test(after.tag) || /^(?:今年|也|都|还|就|说|是|的|和)$/u.test(after.text));
}

/** 叫“豆豆”, 取名“乐乐”: a name in quotes after what gives it. */
function quotedName(segs: readonly Segment[], at: number): boolean {
  return /^[“"「‘]$/u.test(segs[at - 1]?.text ?? '') && /^[”"」’]$/u.test(segs[at + 1]?.text ?? '') && /^(?:叫|名叫|取名|起名|叫做|取名叫|外号|小名|绰号)$/u.test(segs[at - 2]?.text ?? '');
}

/**
 * 早早 (jieba's nr) after a noun or pronoun, before an adverb or verb: an adjective said twice, how
 * something is done. `glued`: the word before when jieba glued its last character on (收购|商早早).
 */
function mannerNotName(seg: Segment, prev: Segment | undefined, next: Segment | undefined): { word: Segment; glued?: Segment } | undefined {
  if (!NAME_TAGS.has(seg.tag) || !allHan(seg.text) || next === undefined || !/^(?:d|v|p)/.test(next.tag)) return undefined;
  const chars = codePoints(seg.text);
  const [a, b] = chars.slice(-2);
  if (a === undefined || a !== b || !MANNER_TWICE.has(a) || hasWord(`${a}${a}`) || chars.length > 3) return undefined;
  if (prev === undefined || !/^(?:n|r|nr|v|vn)/.test(prev.tag)) return undefined;
  const word = { text: `${a}${a}`, tag: 'z' };
  if (chars.length === 2) return /^(?:n|r|nr)/.test(prev.tag) ? { word } : undefined;
  const joined = prev.text + (chars[0] ?? '');
  return hasWord(joined) || jiebaTag(joined) !== undefined ? { word, glued: { text: joined, tag: 'n' } } : undefined;
}

/** Verbs of saying whose object 的话 is (他说的话, 老师讲过的话), and what a clause about those words goes on with. */
const SAID = /(?:说|讲|听|问|写|告诉|嘱咐|叮嘱|交代|回答|喊|骂|答应)(?:过|了)?$/;
const ABOUT_THE_WORDS = /^(?:很|是|都|也|还|让|令|使|深深|一直|不|没|太|真|我|你|他|她|要|在|对)/;
/** Someone whose words 的话 are (妈妈的话, 听我的话): a person, not a state of affairs (有时间的话). */
const SPEAKER = /^(?:[我你他她您]|[我你他她咱]们|大家|别人|人家|妈妈|爸爸|父母|父亲|母亲|家长|孩子|朋友|领导|专家|群众)$/;
/** Words that open a condition closed by 的话 "if" (如果你去的话). */
const CONDITION = /^(?:如果|要是|假如|倘若|假使|假设|万一|若是|若|要|如|设若|只要)$/;

/**
 * 他说的话很有道理: 的 + 话 "words", not 的话 "if", which closes a condition (如果下雨的话). Split
 * after a verb of saying, or before what a clause says about those words, unless the clause opens
 * a condition.
 */
function splitDeHua(segs: Segment[]): Segment[] {
  const at = segs.findIndex((s) => s.text === '的话');
  if (at < 0) return segs;
  const out = segs.slice(0, at);
  let clauseStart = 0;
  for (let i = 0; i < at; i++) if (segs[i]?.tag === 'x') clauseStart = i + 1;
  for (let i = at; i < segs.length; i++) {
    const s = segs[i];
    if (!s) continue;
    if (s.tag === 'x') clauseStart = i + 1;
    if (s.text !== '的话') {
      out.push(s);
      continue;
    }
    const prev = segs[i - 1];
    const next = segs[i + 1];
    let conditional = false;
    for (let k = clauseStart; k < i && !conditional; k++) conditional = CONDITION.test(segs[k]?.text ?? '');
    const words =
      (prev !== undefined && (SAID.test(prev.text) || SPEAKER.test(prev.text) || prev.tag.startsWith('nr') || isAddressTerm(prev.text))) ||
      // (After something done, 搬家的话我…, 的话 is "if" whoever comes next.)
      // (Before someone, 妈妈的话我都记得, only a person's words; 有时间的话我们去 is "if".)
      (next !== undefined && next.tag !== 'x' && ABOUT_THE_WORDS.test(next.text) && !/^(?:v|a|d)/.test(prev?.tag ?? '') && (!/^[我你他她]/u.test(next.text) || (prev !== undefined && isCue(prev.text))));
    if (words && !conditional) out.push({ text: '的', tag: 'uj' }, { text: '话', tag: 'n' });
    else out.push(s);
  }
  return out;
}

/** Verbs of motion that are also measure words (一出戏, 一进院子): after 一 and before a place and a comma, the verb. */
const ONCE_VERBS = new Set(Array.from('出进到回上下'));

/** Units of power and energy, and person-times, counted after a number (千瓦 "kilowatt", 人次). */
const COUNTED_UNIT = /^(?:千瓦时?|万千瓦|兆瓦|度|人次|架次|车次|户次|吨|亩|公顷|元|美元|平方米|立方米|户|人|家|名|个|辆|台|套|头|株|棵)$/u;

/**
 * 80/余万千瓦, 680/余万人次, 600/余家: after a number in digits, "more", ten thousand or a hundred
 * million, and the unit or measure word, which jieba's guess glued into one "number"; 500/万/千/瓦:
 * the kilowatt, not a thousand and a roof tile.
 */
function unitsAfterDigits(segs: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const prev = out[out.length - 1];
    // (Most segments follow no number and are no 千: kept as they are.)
    if (prev === undefined || (seg.text !== '千' && !/[0-9０-９余多]$/u.test(prev.text))) {
      out.push(seg);
      continue;
    }
    const lastCode = prev.text.charCodeAt(prev.text.length - 1);
    const afterDigits = (lastCode >= 0x30 && lastCode <= 0x39) || (lastCode >= 0xff10 && lastCode <= 0xff19);
    const glued = afterDigits && codePointCount(seg.text) >= 2 ? /^([余多]?[万亿]?[余多]?)(\p{Script=Han}+)$/u.exec(seg.text) : null;
    const head = glued?.[1] ?? '';
    const unit = glued?.[2] ?? '';
    if (head && unit && (COUNTED_UNIT.test(unit) || (codePointCount(unit) === 1 && isClassifier(unit)))) {
      out.push(...codePoints(head).map((c) => ({ text: c, tag: 'm' })), { text: unit, tag: 'q' });
      continue;
    }
    // 600/余/家: a measure word after a number and "more".
    if (prev !== undefined && /^[余多]$/u.test(prev.text) && /[0-9０-９]$/u.test(out[out.length - 2]?.text ?? '') && seg.tag !== 'q' && codePointCount(seg.text) === 1 && isMeasure(seg.text)) {
      out.push({ text: seg.text, tag: 'q' });
      continue;
    }
    // 万/千/瓦(时): after ten thousand or a hundred million, the kilowatt (-hour).
    const next = segs[i + 1];
    if (seg.text === '千' && next && /^瓦时?$/u.test(next.text) && prev !== undefined && /[万亿0-9０-９]$/u.test(prev.text)) {
      out.push({ text: `千${next.text}`, tag: 'q' });
      i++;
      continue;
    }
    out.push(seg);
  }
  return out;
}

/**
 * 第三/届, 三/成: a character after a number that can be a measure word (or counts tenths, 成) is
 * one here (jieba: 届/d, 项/n, 成/n).
 */
function measureAfterNumbers(segs: Segment[]): Segment[] {
  for (let i = 1; i < segs.length; i++) {
    const seg = segs[i];
    const prev = segs[i - 1];
    // 一出车站，…: "as soon as" and a verb of motion with its place, not the classifier for plays.
    if (seg && prev?.text === '一' && ONCE_VERBS.has(seg.text) && segs[i + 2]?.text === '，') {
      segs[i] = { text: seg.text, tag: 'v' };
      continue;
    }
    // 五十来岁, 十来个: 来 after a round number is "about", and the measure word follows it.
    if (seg?.text === '来' && prev?.tag === 'm' && NUMBER.test(prev.text) && segs[i + 1] && isMeasure(segs[i + 1]?.text ?? '')) {
      segs[i] = { text: '来', tag: 'm' };
      const unit = segs[i + 1] as Segment;
      segs[i + 1] = { text: unit.text, tag: 'q' };
      i++;
      continue;
    }
    // 朝着家/q 的方向, 在家/q: not counted, 家 is home.
    if (seg?.text === '家' && seg.tag === 'q' && prev && !counts(prev) && prev.tag !== 'q') {
      segs[i] = { text: '家', tag: 'n' };
      continue;
    }
    if (!seg || !prev || seg.text.length !== 1 || seg.tag === 'q' || !counts(prev)) continue;
    // 转一转, 看一看: the verb again, not a measure word.
    if (prev.text === '一' && segs[i - 2]?.text === seg.text) continue;
    if (allHan(seg.text) && isMeasure(seg.text)) segs[i] = { text: seg.text, tag: 'q' };
  }
  return segs;
}

/** What a measure word follows: a number (二十多, 第二), or 这, 那, 每, 多, 几, 各… (这款, 每门, 首场, 多家). */
function counts(prev: Segment): boolean {
  if (/^(?:[这那每哪某首多几数各该整]|好几|若干|许多|很多)$/u.test(prev.text)) return true;
  return prev.tag === 'm' && (NUMBER.test(prev.text) || /^第?[〇零一二三四五六七八九十百千万两]+[多余几]?$/u.test(prev.text));
}

/** A Chinese decimal (五点二, 零点三), not a time (六点二十分, 三点半). */
// (Not 八点一直忙到: eight o'clock, then 一直 "all the way"; nor 一起, 一定, 一样, 一般, 一下.)
const DECIMAL = /[〇零一二三四五六七八九十百千万两]+点(?:[〇零二三四五六七八九][〇零一二三四五六七八九]*|一(?![直起定样般下切共些边旦致律向同]|到[，,。！!；]|[〇零一二三四五六七八九]*[十分刻半钟点滴])[〇零一二三四五六七八九]*)(?![十分刻半钟点滴])/gu;

const NUMBER_UNIT = /[十百千万亿]$/u;
const NUMBER_DIGIT = /^[〇零一二三四五六七八九两]/u;

/** A classifier or a unit of measure (米 "meter (unit of length)", 元). */
function isMeasure(char: string): boolean {
  return isClassifier(char) || sharedEntries(char).some((e) => e.senses.some((x) => /\bunit\b|\bcatty\b|^\(PRC\) weight/.test(x)));
}

/**
 * Whether `next` goes on the number `prev` (both all numerals): after a power of ten, the digits
 * below it (六十 | 八, 三百 | 五十), or a power of ten after one digit (三 | 百). Not 十一 | 二 "eleven
 * or twelve", nor 一 | 二 "one or two": those are ranges.
 */
function continuesNumber(prev: string, next: string): boolean {
  if (!CHINESE_NUMBER.test(prev) || !CHINESE_NUMBER.test(next)) return false;
  // 三千二百 | 万: the ten-thousands or hundred-millions of what came before.
  if ((next === '万' && !/[万亿]/u.test(prev)) || (next === '亿' && !prev.includes('亿'))) return true;
  if (NUMBER_UNIT.test(prev)) return NUMBER_DIGIT.test(next) && chineseNumberParses(prev + next);
  // 三千二 | 百, 五百一 | 十, 四万二 | 千: the unit below the last one, which jieba left behind.
  const below: Record<string, string> = { 亿: '千', 万: '千', 千: '百', 百: '十' };
  const unit = prev.length >= 2 ? prev.charAt(prev.length - 2) : '';
  if (below[unit] !== undefined && NUMBER_DIGIT.test(prev.charAt(prev.length - 1)) && next === below[unit]) return true;
  // 五百零 | 一, 三千零 | 二十: the digit or tens after 零.
  if (/[零〇]$/u.test(prev) && /^[一二三四五六七八九]十?$/u.test(next)) return true;
  // 三亿零 | 五百万: what follows 零, below the unit it skips.
  const before = /([十百千万亿])[零〇]$/u.exec(prev)?.[1];
  if (before && /^[一二三四五六七八九]/u.test(next) && Math.max(...Array.from(next, (c) => UNIT_RANK[c] ?? 0)) <= (UNIT_RANK[before] ?? 0) - 2 && chineseNumberParses(prev + next)) return true;
  // 一千零五 | 十: the tens of the digit after 零 (1,050); 一万零六 | 百八十, 两万零三 | 百: its hundreds
  // (10,680), where 零 stands for a unit skipped between (not 一千零五 | 百).
  if (/[零〇][一二三四五六七八九]$/u.test(prev) && next === '十') return true;
  const skipped = /([十百千万亿])[零〇][一二三四五六七八九]$/u.exec(prev)?.[1];
  if (skipped && /^[十百千]/u.test(next) && (UNIT_RANK[next.charAt(0)] ?? 0) <= (UNIT_RANK[skipped] ?? 0) - 2 && chineseNumberParses(prev + next)) return true;
  return prev.length === 1 && NUMBER_DIGIT.test(prev) && /^[十百千万亿]/u.test(next);
}

/** Powers of ten by their exponent. */
const UNIT_RANK: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 };

/** A number, its -odd (多, 余, 几) and the measure word or unit jieba glued to it (二十亿元, 十几户, 一百多公里). */
const COUNTED = /^([〇零一二三四五六七八九十百千万亿两]+(?:[多余]|(?<=[十百千万])几)?)(\p{Script=Han}|公[里斤顷尺]|[平立]方(?:公里|米)|[千厘毫]米|千克)$/u;
/** Units written with more than one character. */
const UNIT_WORD = /^(?:公[里斤顷尺]|[平立]方(?:公里|米)|[千厘毫]米|千克)$/u;
const DIGITS_ONLY = /^[〇零一二三四五六七八九]+$/u;
/** The characters regroupNumbers looks for in a segment before anything else. */
const NUMBER_RELATED = /[〇零一二三四五六七八九十百千万亿两多余人月]/u;

/** A number whose last digit follows a place (五千三: 3 of the hundreds): the place, and the digit. */
const LOWER_PLACE = /^[一二两三四五六七八九十百千万亿]*([十百千万亿])([一二三四五六七八九])$/u;
/** The place one below (the hundreds after the thousands). */
const NEXT_PLACE: Readonly<Record<string, string>> = { 千: '百', 万: '千', 亿: '千', 百: '十' };

/**
 * `prev` and `next` as one number where `next` goes on `prev` (see continuesNumber), `prev` also
 * an ordinal (第二 | 十三) or 数 "several" (数 | 十万), `next` also with its -odd (二百 | 三十余).
 */
function joinedNumber(prev: string, next: string): string | undefined {
  const odd = /^(.+?)((?:[多余]|(?<=[十百千万])几)?)$/u.exec(next);
  const digits = odd?.[1] ?? next;
  if ((prev === '数' || prev === '几') && /^[十百千万]/u.test(next)) return CHINESE_NUMBER.test(digits) ? prev + next : undefined;
  const lead = /^[第数]./u.test(prev) ? 1 : 0;
  return continuesNumber(prev.slice(lead), digits) ? prev + next : undefined;
}

/** Powers of ten in falling order, each at most once within a section: 三百五十 yes, 五十三百 no. */
function chineseNumberParses(text: string): boolean {
  let lastUnit = Infinity;
  const value: Record<string, number> = { 十: 1, 百: 2, 千: 3 };
  for (const c of text) {
    if (c === '万' || c === '亿') {
      lastUnit = Infinity;
      continue;
    }
    const v = value[c];
    if (v === undefined) continue;
    if (v >= lastUnit) return false;
    lastUnit = v;
  }
  return true;
}

/**
 * Numbers jieba cuts apart or glues to what follows: a decimal is one number (百分之五点 | 二 →
 * 百分之 | 五点二; 零点 | 三个 → 零点三 | 个), 四季 | 度 is 四 | 季度 "fourth quarter", and
 * 一千多元 is 一千多 | 元, not 一千 + 多元 "poly-".
 */
const SMALL_NUMBERS = '一二三四五六七八九';

/** A measure word or a unit of time a number counts (个, 次, 天, 年; not 月: 七八月 are July and August). */
function isCountUnit(text: string): boolean {
  return isMeasure(text) || /^(?:[年天周]|小时|分钟|星期|个月)$/u.test(text);
}

/** 一两, 两三, 五六, 七八: two neighbouring numbers said together for "one or two", "five or six". */
export function isApproximatePair(text: string): boolean {
  const [a = '', b = ''] = Array.from(text.replace('两', '二'));
  return text.length === 2 && SMALL_NUMBERS.indexOf(b) === SMALL_NUMBERS.indexOf(a) + 1 && SMALL_NUMBERS.includes(a);
}

function regroupNumbers(text: string, segs: Segment[]): Segment[] {
  let out = segs;
  for (const m of text.matchAll(DECIMAL)) out = forceSpan(out, m.index ?? 0, m[0].length, 'm');
  const regrouped: Segment[] = [];
  for (let i = 0; i < out.length; i++) {
    const seg = out[i];
    if (!seg) continue;
    // Every case below has a numeral, 多/余, 人次 or 月 in this segment: most segments have none.
    if (!NUMBER_RELATED.test(seg.text)) {
      regrouped.push(seg);
      continue;
    }
    const next = out[i + 1];
    const before = regrouped[regrouped.length - 1];
    // 五千三 | 百年, 一万三 | 千年: the place of a number's last digit cut off with the word after it
    // (5,300 years, not 5,003 centuries).
    const place = before !== undefined ? LOWER_PLACE.exec(before.text) : null;
    if (before && place && seg.text.length >= 2 && seg.text.charAt(0) === NEXT_PLACE[place[1] ?? '']) {
      regrouped[regrouped.length - 1] = { text: before.text + seg.text.charAt(0), tag: 'm' };
      const rest = seg.text.slice(1);
      regrouped.push({ text: rest, tag: isMeasure(rest) || /^[年天月周]$/u.test(rest) ? 'q' : forcedTag(rest) });
      continue;
    }
    // 一百六 | 七, 一万三 | 四头: a last digit and the next one are "160 or 170", one rough number.
    if (before && place && seg.text.length === 1 && isApproximatePair((place[2] ?? '') + seg.text) && (next === undefined || !allHan(next.text) || isCountUnit(next.text) || /^(?:左右|上下|岁)$/u.test(next.text))) {
      regrouped[regrouped.length - 1] = { text: before.text + seg.text, tag: 'm' };
      continue;
    }
    // 十二支/m 服务队: a number of two characters or more and its measure word before what it counts,
    // whatever else CC-CEDICT calls the three (十二支 "the earthly branches").
    const measured = /^([〇零一二三四五六七八九十百千万两]{2,})(.)$/u.exec(seg.text);
    if (measured?.[1] && measured[2] && /^[支个只条张位名件台辆架座所家项批队]$/u.test(measured[2]) && /^(?:n|nz|vn|nt)$/.test(next?.tag ?? '') && codePointCount(next?.text ?? '') >= 2) {
      regrouped.push({ text: measured[1], tag: 'm' }, { text: measured[2], tag: 'q' });
      continue;
    }
    // 第一 | 六 | 一 中学: a number read digit by digit after 第 (No. 161 Middle School).
    if (/^第[〇零一二三四五六七八九]$/u.test(seg.text)) {
      let k = i + 1;
      while (/^[〇零一二三四五六七八九]$/u.test(out[k]?.text ?? '')) k++;
      if (k >= i + 3 && /^n/.test(out[k]?.tag ?? '')) {
        regrouped.push({ text: out.slice(i, k).map((x) => x.text).join(''), tag: 'm' });
        i = k - 1;
        continue;
      }
    }
    if (seg.text.length === 2 && seg.text.charAt(1) === '季' && '一二三四'.includes(seg.text.charAt(0)) && next?.text === '度') {
      regrouped.push({ text: seg.text.charAt(0), tag: 'm' }, { text: '季度', tag: 'n' });
      i++;
      continue;
    }
    // 四十二名, 一千多元: a number and the measure word jieba glued to it, unless CC-CEDICT has
    // the whole (一个, 第一名, 十分 "very").
    const last = regrouped[regrouped.length - 1];
    // 五 | 六个, 三 | 四天: two neighbouring numbers before a measure word are "five or six".
    if (last && /^[一两二三四五六七八九]$/u.test(last.text) && isApproximatePair(last.text + seg.text.charAt(0)) && (seg.text.length === 1 ? isCountUnit(next?.text ?? '') : isCountUnit(seg.text.slice(1)))) {
      regrouped[regrouped.length - 1] = { text: last.text + seg.text.charAt(0), tag: 'm' };
      if (seg.text.length > 1) regrouped.push({ text: seg.text.slice(1), tag: 'q' });
      continue;
    }
    // 九百多年, 三十多个: a number, "-odd" and its measure word or time unit glued into one.
    const oddGlued = /^([〇零一二三四五六七八九十百千万亿两]+[多余])(.+)$/u.exec(seg.text);
    if (oddGlued?.[1] && oddGlued[2] && (isMeasure(oddGlued[2]) || /^[年天月周]$/u.test(oddGlued[2])) && !hasWord(seg.text)) {
      // (二百 | 三十余件: the number's first part joins it.)
      const joined = last ? joinedNumber(last.text, oddGlued[1]) : undefined;
      if (joined) regrouped[regrouped.length - 1] = { text: joined, tag: 'm' };
      else regrouped.push({ text: oddGlued[1], tag: 'm' });
      regrouped.push({ text: oddGlued[2], tag: 'q' });
      continue;
    }
    // A number cut in two before it (五百 | 二十亿元, 三 | 十几户) joins its first part.
    const counted = CHINESE_NUMBER.test(seg.text.charAt(0)) ? COUNTED.exec(seg.text) : null;
    if (counted?.[1] && counted[2] && (isMeasure(counted[2]) || UNIT_WORD.test(counted[2])) && !hasWord(seg.text)) {
      const joined = last ? joinedNumber(last.text, counted[1]) : undefined;
      if (joined) regrouped[regrouped.length - 1] = { text: joined, tag: 'm' };
      else regrouped.push({ text: counted[1], tag: 'm' });
      regrouped.push({ text: counted[2], tag: 'q' });
      continue;
    }
    // 两万人次: a number and 人次 "person-times".
    const times = seg.text.endsWith('人次') ? seg.text.slice(0, -2) : '';
    if (times && CHINESE_NUMBER.test(times)) {
      regrouped.push({ text: times, tag: 'm' }, { text: '人次', tag: 'q' });
      continue;
    }
    // 八十 | 余, 八 | 百余, 四十 | 多年: "-odd" belongs to the number (四十多年 is forty-odd years, not
    // forty + 多年 "many years"), and what follows it is its measure word.
    const odd = /^([多余])(.?)$/u.exec(seg.text);
    if (last && odd && NUMBER_UNIT.test(last.text) && CHINESE_NUMBER.test(last.text) && (odd[2] === '' || isMeasure(odd[2] ?? '') || '年天月周'.includes(odd[2] ?? ''))) {
      regrouped[regrouped.length - 1] = { text: last.text + odd[1], tag: 'm' };
      if (odd[2]) regrouped.push({ text: odd[2], tag: 'q' });
      continue;
    }
    // 三千多 | 万元: "-odd" ten-thousands, one number (三千多万 "30-odd million").
    if (last && /^[万亿]/u.test(seg.text) && /[十百千][多余]$/u.test(last.text) && CHINESE_NUMBER.test(last.text.slice(0, -1))) {
      regrouped[regrouped.length - 1] = { text: last.text + seg.text.charAt(0), tag: 'm' };
      const rest = seg.text.slice(1);
      if (rest) regrouped.push({ text: rest, tag: forcedTag(rest) });
      continue;
    }
    const oddAfter = /^([百千万])([多余])$/u.exec(seg.text);
    if (last && oddAfter && /^[一二三四五六七八九两]$/u.test(last.text)) {
      regrouped[regrouped.length - 1] = { text: last.text + seg.text, tag: 'm' };
      continue;
    }
    // 二 | 月底: the month and its end (二月 + 底), not 二 + 月底.
    if (last && /^(?:[一二三四五六七八九十]|十[一二])$/u.test(last.text) && /^月[底初中末]$/u.test(seg.text)) {
      regrouped[regrouped.length - 1] = { text: last.text + '月', tag: 't' };
      regrouped.push({ text: seg.text.charAt(1), tag: 'f' });
      continue;
    }
    // 一百五十三 | 万人 | 次: the ten-thousands of the number, then 人次 "person-times" (or 人).
    // (And 万人次 in one: 一千零五十 | 万人次.)
    if (last && /^[〇零一二三四五六七八九十百千两]+(?:点[〇零一二三四五六七八九]+)?$/u.test(last.text) && (seg.text === '万人次' || seg.text === '亿人次')) {
      regrouped[regrouped.length - 1] = { text: last.text + seg.text.charAt(0), tag: 'm' };
      regrouped.push({ text: '人次', tag: 'q' });
      continue;
    }
    if (last && /^[〇零一二三四五六七八九十百千两]+(?:点[〇零一二三四五六七八九]+)?$/u.test(last.text) && (seg.text === '万人' || seg.text === '亿人')) {
      regrouped[regrouped.length - 1] = { text: last.text + seg.text.charAt(0), tag: 'm' };
      if (next?.text === '次') {
        regrouped.push({ text: '人次', tag: 'q' });
        i++;
      } else regrouped.push({ text: '人', tag: 'n' });
      continue;
    }
    // 第 | 九次: the ordinal and its number.
    if (last?.text === '第' && CHINESE_NUMBER.test(seg.text)) {
      regrouped[regrouped.length - 1] = { text: `第${seg.text}`, tag: 'm' };
      continue;
    }
    // 三 | 百, 六十 | 八, 第二 | 十三, 数 | 十万: one number jieba cut in two.
    const joined = last && CHINESE_NUMBER.test(seg.text.charAt(0)) ? joinedNumber(last.text, seg.text) : undefined;
    if (joined) {
      regrouped[regrouped.length - 1] = { text: joined, tag: 'm' };
      continue;
    }
    // 二 | 〇 | 二 | 二 | 年, 一一 | 零: a year or a phone number said digit by digit.
    if (last && DIGITS_ONLY.test(last.text) && DIGITS_ONLY.test(seg.text)) {
      let digits = last.text + seg.text;
      let k = i + 1;
      while (DIGITS_ONLY.test(out[k]?.text ?? '')) digits += out[k++]?.text ?? '';
      if (digits.length >= 3 && ((out[k]?.text === '年' && digits.length === 4) || /[〇零]/u.test(digits))) {
        regrouped[regrouped.length - 1] = { text: digits, tag: 'm' };
        i = k - 1;
        continue;
      }
    }
    regrouped.push(seg);
  }
  return numbersReadOn(regrouped);
}

/**
 * 三百 | 二十万: one number cut in two (3,200,000, not 300 and 200,000): a number ending in a power
 * of ten, then one starting with a digit, where the two read on as one number (not 三百 | 五百).
 */
function numbersReadOn(segs: Segment[]): Segment[] {
  // (Copied only once something joins: most texts have no such number.)
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const last = out ? out[out.length - 1] : segs[i - 1];
    const whole = last && seg.tag === 'm' && last.tag === 'm' && /^[一二三四五六七八九两]/u.test(seg.text) && /[百千万亿]$/u.test(last.text) && CHINESE_NUMBER.test(last.text) && CHINESE_NUMBER.test(seg.text) ? last.text + seg.text : undefined;
    if (whole && chineseNumberParses(whole)) {
      out ??= segs.slice(0, i);
      out[out.length - 1] = { text: whole, tag: 'm' };
    } else out?.push(seg);
  }
  return out ?? segs;
}

/** `segs` with the text at UTF-16 offsets [at, at + length) as one segment, its neighbours cut at its edges. */
function forceSpan(segs: readonly Segment[], at: number, length: number, tag: string): Segment[] {
  const out: Segment[] = [];
  let pos = 0;
  let spanText = '';
  for (const seg of segs) {
    const start = pos;
    const end = pos + seg.text.length;
    pos = end;
    if (end <= at || start >= at + length) {
      if (start >= at + length && spanText) {
        out.push({ text: spanText, tag });
        spanText = '';
      }
      out.push(seg);
      continue;
    }
    if (start < at) out.push({ text: seg.text.slice(0, at - start), tag: seg.tag });
    spanText += seg.text.slice(Math.max(0, at - start), Math.min(seg.text.length, at + length - start));
    if (end > at + length) {
      out.push({ text: spanText, tag }, { text: seg.text.slice(at + length - start), tag: seg.tag });
      spanText = '';
    }
  }
  if (spanText) out.push({ text: spanText, tag });
  return out;
}

/** Suffixes of villages, towns and townships, which jieba often cuts from their names. */
const PLACE_SUFFIXES = new Set(['村', '镇', '乡', '屯', '鎮', '鄉']);

/** Tags of a name before such a suffix: a place, a name, or jieba's unknown. */
const BEFORE_PLACE_SUFFIX = new Set(['ns', 'nr', 'nrt', 'nz', 'x']);

/** How the name of a province, city or region ends (吉林省, 延边朝鲜族自治州). */
const ADMINISTRATIVE_NAME = /(?:省|市|自治区|地区|州)$/u;

/** Words a city's name follows (都城开封, 家乡高密). */
const HOMES_OF_PLACES = new Set(['都城', '古都', '首都', '故乡', '家乡', '老家']);

/** Provinces named without 省, after which a county or city stands (山东高密). */
const PROVINCES = new Set(['河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏', '宁夏', '新疆']);

/**
 * 来京/ns, 赴沪, 返粤: coming or going to a place named by its short name, a verb (not a place).
 * 山西省|平遥/a: right after its province or city, a word CC-CEDICT knows only as a place is that place.
 * 李家庄/nr: a family's village is a place.
 */
function goingToPlaces(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i] as Segment;
    // (Only words of two or three characters: places and names, and what follows a province or city.)
    if (s.text.length < 2 || s.text.length > 3) continue;
    const name = NAME_TAGS.has(s.tag);
    const before = segs[i - 1];
    const afterPlace = s.tag !== 'ns' && before !== undefined && (before.tag === 'ns' || (before.text.length === 2 && HOMES_OF_PLACES.has(before.text)));
    if (!name && !afterPlace && s.tag !== 'ns') continue;
    let changed: Segment | undefined;
    if (s.tag === 'ns' && s.text.length === 2 && /^[来赴返离进回抵驻在留]$/u.test(s.text.charAt(0)) && !hasWord(s.text)) changed = { text: s.text, tag: 'v' };
    // 一棵树/ns: a number, its measure word and a thing are no place.
    else if (s.tag === 'ns' && s.text.length === 3 && /^[一二两三四五六七八九十几]$/u.test(s.text.charAt(0)) && isClassifier(s.text.charAt(1)) && !hasWord(s.text)) {
      out ??= segs.slice();
      out.splice(out.length - (segs.length - i), 1, { text: s.text.charAt(0), tag: 'm' }, { text: s.text.charAt(1), tag: 'q' }, { text: s.text.charAt(2), tag: forcedTag(s.text.charAt(2)) });
      continue;
    }
    // 李家庄/nr, 王家村: a family's village, not a person.
    else if (name && s.text.length === 3 && s.text.charAt(1) === '家' && /^\p{Script=Han}家[庄村屯湾沟堡寨营窝铺岭洼坡]$/u.test(s.text)) changed = { text: s.text, tag: 'ns' };
    else if (afterPlace && (s.text.length === 2 || s.text.length === 3) && allHan(s.text) && (ADMINISTRATIVE_NAME.test(before?.text ?? '') || HOMES_OF_PLACES.has(before?.text ?? '') || PROVINCES.has(before?.text ?? ''))) {
      const entries = sharedEntries(s.text);
      // (After 省 or 市 only a word CC-CEDICT knows just as a place; after a province named bare or a
      // capital, one it knows as a place among other things: 山东高密, 都城开封 "to unseal".)
      // (…but not, after a bare province, a word that is also a verb: 吉林振兴 is Jilin revitalising.)
      const said = before?.text ?? '';
      const bare = !ADMINISTRATIVE_NAME.test(said) && !(PROVINCES.has(said) && entries.some((e) => /^[a-z]/.test(e.pinyin) && /^to /.test(e.senses[0] ?? '')));
      // (Or one CC-CEDICT sends to the city or county: 高密 "see 高密市".)
      const place = (e: Readonly<DictEntry>): boolean => /^[A-Z]/.test(e.pinyin) && (/\b(?:county|city|district|town|township|prefecture)\b/i.test(e.senses[0] ?? '') || /^see [^\s[]*[市县区州]/u.test(e.senses[0] ?? ''));
      if (entries.length > 0 && (bare ? entries.some(place) : entries.every(place))) changed = { text: s.text, tag: 'ns' };
    }
    if (changed) {
      out ??= segs.slice();
      // (Where segs[i] stands in out, after any split before it.)
      out[out.length - (segs.length - i)] = changed;
    }
  }
  return out ?? segs;
}

/**
 * B超, T恤, U盘, 卡拉OK: a word CC-CEDICT writes with Latin letters and characters, which the
 * segmenter cut where the script changes. Joined with one or two characters either side.
 */
function lettersAndCharacters(segs: Segment[], text: string): Segment[] {
  if (!/[A-Za-z]/.test(text)) return segs;
  let out: Segment[] | undefined;
  for (let i = 0; i < (out ?? segs).length; i++) {
    const seg = (out ?? segs)[i] as Segment;
    // (Only letters are looked at: most segments stop at their tag.)
    if (seg.tag !== 'eng' || seg.text.length > 3 || !/^[A-Za-z]+$/.test(seg.text)) continue;
    const list = (out ??= segs.slice());
    const next = list[i + 1];
    const prev = list[i - 1];
    // Letters and the start of the next segment: the whole of it (B超, U盘), or its first character (T恤 of T恤衫).
    const first = next !== undefined && allHan(next.text) ? (codePoints(next.text)[0] ?? '') : '';
    const joined = next === undefined || !first ? undefined : [next.text, first].find((h) => codePointCount(h) <= 2 && hasWord(seg.text + h));
    if (joined !== undefined && next !== undefined) {
      const rest = next.text.slice(joined.length);
      list.splice(i, 2, { text: seg.text + joined, tag: 'n' }, ...(rest ? [{ text: rest, tag: forcedTag(rest) }] : []));
      continue;
    }
    // The end of the segment before and the letters (卡拉OK).
    if (prev !== undefined && allHan(prev.text) && codePointCount(prev.text) <= 2 && hasWord(prev.text + seg.text)) {
      list.splice(i - 1, 2, { text: prev.text + seg.text, tag: 'n' });
      i--;
    }
  }
  return out ?? segs;
}

/**
 * 平江/ns 路, 平江/ns 路北/s 口, 平江/ns 路往西/nr: a place and 路 or 街 is a road or street named
 * after it (平江路 "Pingjiang Road"), whatever jieba glued the 路 to: its side (北), its mouth (口)
 * or the way on from it (往西). Not a word that starts with 路 (路线, 路过) or 街道 (a subdistrict).
 */
function streets(segs: Segment[], text: string): Segment[] {
  if (!text.includes('路') && !text.includes('街')) return segs;
  // Copied only once something changes: most texts with a 路 name no road jieba cut.
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const next = segs[i + 1];
    // (Most segments stop here: neither a road's end nor before one.)
    const endsRoad = seg.text.endsWith('路');
    // 文三路/nz: a road named by a character or two and its number (Wensan Road), jieba's guess.
    if (endsRoad && seg.tag !== 'ns' && /^\p{Script=Han}{1,2}[一二三四五六七八九十]路$/u.test(seg.text) && !hasWord(seg.text) && !NUMERAL_CHARS.has(seg.text.charAt(0))) {
      (out ??= segs.slice(0, i)).push({ text: seg.text, tag: 'ns' });
      continue;
    }
    const road = next?.text.charAt(0) ?? '';
    if (!endsRoad && road !== '路' && road !== '街') {
      out?.push(seg);
      continue;
    }
    const list = (out ??= segs.slice(0, i));
    const last = list[list.length - 1];
    // 麓 | 山南路, 虹梅 | 南路: the road's name jieba cut, before its side and 路 (Lushan South Road).
    // (Not a circuit of the Song, 江南东路转运判官, 广东东路经略使, nor a dialect, 南充西路话.)
    // (A word of two characters may name it whatever it is, 光复/v 北路, 解放/v 南路.)
    if (endsRoad && last !== undefined && /^(?:.?[东南西北中])路$/u.test(seg.text) && allHan(last.text) && codePointCount(last.text) <= 2 && (!/^[pcdruvmqf]/.test(last.tag) || (codePointCount(last.text) === 2 && /^v/.test(last.tag))) && !FUNCTION_CHARS.has(last.text) && !/^(?:转运|经略|安抚|提点|制置|招讨|都监|路分|话|兵马|提刑|漕)/u.test(next?.text ?? '')) {
      // (…or two characters jieba left one by one: 虹 | 梅 | 南路.)
      const first = list[list.length - 2];
      const both = codePointCount(last.text) === 1 && first !== undefined && codePointCount(first.text) === 1 && allHan(first.text) && !/^[pcdruvmqf]/.test(first.tag) && !FUNCTION_CHARS.has(first.text);
      const name = both ? (first?.text ?? '') + last.text : last.text;
      if (codePointCount(name) + codePointCount(seg.text) >= 4) {
        list.splice(list.length - (both ? 2 : 1), both ? 2 : 1, { text: name + seg.text, tag: 'ns' });
        continue;
      }
    }
    // 枫林一路与…: a numbered road (一路 "No. 1 Road") before the road it meets or its junction.
    if (endsRoad && last !== undefined && /^[一二三四五六七八九十]路$/u.test(seg.text) && codePointCount(last.text) === 2 && allHan(last.text) && /^(?:n|ns|nz|x)$/.test(last.tag) && /^(?:与|和|交叉口|路口|、|以|段|上|附近|口)$/u.test(next?.text ?? '')) {
      list[list.length - 1] = { text: last.text + seg.text, tag: 'ns' };
      continue;
    }
    const rest = next?.text.slice(1) ?? '';
    // (A place jieba took for a name, 玉林/nr 路: the road named after it.)
    const named = (seg.tag === 'ns' || (NAME_TAGS.has(seg.tag) && knownPlace(seg.text))) && allHan(seg.text) && codePointCount(seg.text) >= 2 && codePointCount(seg.text) <= 3 && !/[省市县区镇乡村路街]$/u.test(seg.text);
    if (!named || next === undefined || (road !== '路' && road !== '街') || !allHan(next.text) || next.text === '街道' || next.text === '路口' || /^[东南西北]+$/u.test(seg.text)) {
      list.push(seg);
      continue;
    }
    // (The rest is where on the road, 北 of 路北, or jieba's guess that runs on, 往西 of 路往西.)
    const where = /^[东南西北口上边旁]$/u.test(rest);
    const guess = (next.tag === 'x' || NAME_TAGS.has(next.tag)) && !isCommonWord(next.text);
    if (rest && !where && !guess) {
      list.push(seg);
      continue;
    }
    list.push({ text: seg.text + road, tag: 'ns' });
    if (rest) {
      if (codePointCount(rest) === 1 || hasWord(rest)) list.push({ text: rest, tag: forcedTag(rest) });
      else for (const c of codePoints(rest)) list.push({ text: c, tag: forcedTag(c) });
    }
    i++;
  }
  return out ?? segs;
}

/**
 * A village, town or township jieba cut from its suffix (朝阳/村, 东风/镇) is one place: a reader
 * taps 朝阳村 and learns it is a village, not that 朝阳 is a city in Liaoning.
 */
function joinPlaceSuffixes(segs: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const seg of segs) {
    // (Every case ends in a place's suffix, alone or a two-character place: most segments stop here.)
    if (!PLACE_SUFFIXES.has(seg.text) && !(seg.text.length === 2 && seg.tag === 'ns' && PLACE_SUFFIXES.has(seg.text.slice(-1))) && !/^[村镇乡屯市县区]$/u.test(seg.text)) {
      out.push(seg);
      continue;
    }
    // 双流|区, 新都|区: a county or district CC-CEDICT names, and the district it now is, one place.
    const known = out[out.length - 1];
    if (seg.text === '区' && known !== undefined && codePointCount(known.text) === 2 && allHan(known.text) && !hasWord(known.text + seg.text)) {
      const entries = sharedEntries(known.text);
      if (entries.length > 0 && entries.every((e) => /^[A-Z]/.test(e.pinyin) && /\b(?:county|district)\b/i.test(e.senses[0] ?? ''))) {
        out[out.length - 1] = { text: known.text + seg.text, tag: 'ns' };
        continue;
      }
    }
    // 东宁/ns 市: a place jieba knows and the city or county it is, one place (not a major one's abbreviation).
    const last = out[out.length - 1];
    if ((seg.text === '市' || seg.text === '县') && last?.tag === 'ns' && codePointCount(last.text) === 2 && allHan(last.text) && !hasWord(last.text + seg.text) && sharedEntries(last.text).length === 0) {
      out[out.length - 1] = { text: last.text + seg.text, tag: 'ns' };
      continue;
    }
    const prev = out[out.length - 1];
    const before = out[out.length - 2];
    // 喇嘛|甸|镇, 八里|庙|村: a two-character word and one more character before the suffix.
    if (
      prev &&
      before &&
      PLACE_SUFFIXES.has(seg.text) &&
      codePointCount(before.text) === 2 &&
      codePointCount(prev.text) === 1 &&
      allHan(before.text + prev.text) &&
      /^(?:n|ns|nz|nr|x)$/.test(before.tag) &&
      // (A verb's character too after a place jieba knows, 龙泉|关|镇.)
      (/^(?:n|ng|ns|nz|x|zg)$/.test(prev.tag) || (/^(?:ns|nz)$/.test(before.tag) && prev.tag === 'v' && !hasWord(before.text + prev.text))) &&
      !NOT_GIVEN.has(prev.text) &&
      // Not a city or province naming where the place is (南京|浦镇).
      !sharedEntries(before.text).some((e) => /^[A-Z]/.test(e.pinyin) && e.senses.some((x) => /\b(?:province|capital|prefecture-level|subprovincial|municipality)\b/.test(x)))
    ) {
      out.splice(out.length - 2, 2, { text: before.text + prev.text + seg.text, tag: 'ns' });
      continue;
    }
    // 东辽县|安|石镇: after a county or city, one character and a town of two are a town of three.
    const twoCharPlace = codePointCount(seg.text) === 2 && PLACE_SUFFIXES.has(seg.text.slice(-1)) && seg.tag === 'ns';
    if (prev && before && twoCharPlace && codePointCount(prev.text) === 1 && allHan(prev.text) && !NOT_GIVEN.has(prev.text) && before.tag === 'ns' && /[县市区旗]$/u.test(before.text) && !/^[pcdu]/.test(prev.tag)) {
      out[out.length - 1] = { text: prev.text + seg.text, tag: 'ns' };
      continue;
    }
    // 卢|家|村, 王|家|屯: a family's name, 家 and a village is the village named after them.
    // (Not after a number or measure word: 三家村 is a joke's name, 一家 a household.)
    if (prev && before && /^[村屯庄堡]$/u.test(seg.text) && prev.text === '家' && before.text.length === 1 && isCommonSurname(before.text) && !/^[mq]/.test(out[out.length - 3]?.tag ?? '')) {
      out.splice(out.length - 2, 2, { text: before.text + prev.text + seg.text, tag: 'ns' });
      continue;
    }
    if (prev && /^[村屯庄堡]$/u.test(seg.text) && codePointCount(prev.text) === 2 && prev.text.endsWith('家') && isCommonSurname(prev.text.charAt(0)) && /^(?:nr|x|nz|ns)$/.test(prev.tag)) {
      out[out.length - 1] = { text: prev.text + seg.text, tag: 'ns' };
      continue;
    }
    // 东丰县|三|合|村: after a county or city, two single characters and a village or town are one place.
    const county = out[out.length - 3];
    if (
      prev &&
      before &&
      county &&
      /^[村镇乡屯]$/u.test(seg.text) &&
      codePointCount(prev.text) === 1 &&
      codePointCount(before.text) === 1 &&
      allHan(before.text + prev.text) &&
      county.tag === 'ns' &&
      /[县市区旗]$/u.test(county.text) &&
      !/^[pcdu]/.test(before.tag) &&
      !/^[pcdu]/.test(prev.tag) &&
      !isCommonWord(before.text + prev.text + seg.text)
    ) {
      out.splice(out.length - 2, 2, { text: before.text + prev.text + seg.text, tag: 'ns' });
      continue;
    }
    // 黑|崖|沟|村, 篁|岭|村, 车|江|一|村: two or three characters jieba left single, none a function
    // word, between where a clause or a place name ends (or 至, 到, 在…) and a village's or town's
    // suffix, are its name (not 到|了|村, 小|山|村 "a small mountain village").
    const run = /^[村镇乡屯]$/u.test(seg.text) ? singlesBeforeSuffix(out) : 0;
    if (run > 0) {
      const name = out.splice(out.length - run, run).map((s) => s.text).join('');
      out.push({ text: name + seg.text, tag: 'ns' });
      continue;
    }
    // A common noun of two characters names a village too (柳树村, 杏花村), not a county (省市/县).
    const stem = prev && (BEFORE_PLACE_SUFFIX.has(prev.tag) || (prev.tag === 'n' && codePointCount(prev.text) === 2 && seg.text !== '乡'));
    if (prev && stem && PLACE_SUFFIXES.has(seg.text) && allHan(prev.text) && [2, 3].includes(codePointCount(prev.text))) {
      out[out.length - 1] = { text: prev.text + seg.text, tag: 'ns' };
    } else {
      out.push(seg);
    }
  }
  return out;
}

/** What a village's or town's name may follow: where it is reached from or along (镇区至柳家湾村). */
const BEFORE_VILLAGE = new Set(['至', '到', '在', '从', '往', '去', '经', '自', '、', '和', '与']);

/**
 * How many of the last segments of `out` (three or two) are single Han characters that can name a
 * village (none a function word, nor 小, 该, 本 … that say which), after a boundary: nothing, a
 * mark, a place, where a town or county ends, or BEFORE_VILLAGE. 0 when there are none such.
 */
function singlesBeforeSuffix(out: readonly Segment[]): number {
  for (const run of [3, 2]) {
    if (out.length < run) continue;
    const pieces = out.slice(out.length - run);
    if (!pieces.every((p, k) => p.text.length === 1 && allHan(p.text) && !NOT_IN_TOWN.has(p.text) && !(k === 0 ? /^[pcudrq]/ : /^[pcudr]/).test(p.tag))) continue;
    // (Nor what says which, when or where to: 小|山|村, 今|西头|乡 "today's", 6月|蕉溪乡, 驻|石码镇,
    // 分|两|乡 "two townships"; nor a place's own suffix inside, 撤|乡|建|镇, 靖安|州|云屯.)
    if (/^[小大老新该本全每各邻外整上下前后里中今原旧年月日号时驻住去回进出离过赴抵返来]$/u.test(pieces[0]?.text ?? '') || pieces.slice(0, -1).some((p) => /^[村镇乡屯州县市区省]$/u.test(p.text)) || /^[两几数诸多]$/u.test(pieces[pieces.length - 1]?.text ?? '')) continue;
    const before = out[out.length - run - 1];
    const boundary = before === undefined || !allHan(before.text) || before.tag === 'ns' || /[镇乡县市区]$/u.test(before.text) || BEFORE_VILLAGE.has(before.text);
    if (boundary && !isCommonWord(pieces.map((p) => p.text).join(''))) return run;
  }
  return 0;
}

/** Words no town's name is made of: particles, pronouns, prepositions, measure words of people. */
const NOT_IN_TOWN = new Set([...'的了是在说和与也都就又还将把被对从向到为以及等着过给让要会能可这那个们我你您咱俺他她它之其而且但或每各全该此本']);

/** Last characters of the places after which a town or village is named (县, 市, 区, 旗, 镇, 乡). */
const TOWN_CUE_ENDS = new Set([...'县市区旗镇乡']);

/** Words after which a town or village is named: where something is (在, 位于) or comes from. */
const TOWN_CUES = new Set(['在', '到', '来到', '位于', '来自', '住在', '家住', '走进', '前往', '赶到']);

/**
 * 乾安县|大|布苏镇, 珲春市|东盛|涌|镇, 在|孟|家|岭|镇, 敦化市|大石头|镇: after a county or city, or
 * after 在, 到 and the like, the pieces before a town's, township's or village's suffix are its name,
 * two to five characters of it, whatever jieba made of them (一, 大 "big", 涌 "to gush").
 */
function townsAfterCounty(segs: Segment[], text: string): Segment[] {
  if (!/[镇乡村屯区]|街道|社区|小区/u.test(text) || !segs.some((s) => /[镇乡村屯区]$|^(?:街道|社区|小区)$/u.test(s.text))) return segs;
  // (Copied only once something changes: most texts name no such place.)
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    let cue = segs[i] as Segment;
    const end = cue.text.charAt(cue.text.length - 1);
    // 吉林市|船营区/n: right after its city, a district is a place (and then a cue itself).
    const city = out ? out[out.length - 1] : segs[i - 1];
    if (end === '区' && city !== undefined && cue.tag !== 'ns' && city.tag === 'ns' && /[市州]$/u.test(city.text) && codePointCount(cue.text) >= 3 && allHan(cue.text) && !isCommonWord(cue.text)) {
      cue = { text: cue.text, tag: 'ns' };
      out ??= segs.slice(0, i);
    }
    out?.push(cue);
    // (Most segments are no cue: neither a county, city or town nor 在 and the like.)
    if (!TOWN_CUE_ENDS.has(end) && !TOWN_CUES.has(cue.text)) continue;
    // (A town or township before its village is such a place too: 孤家子镇|陈家店村.)
    const town0 = cue.tag === 'ns' && (end === '镇' || end === '乡') && codePointCount(cue.text) >= 3;
    const county = (cue.tag === 'ns' && /[县市区旗]$/u.test(cue.text) && codePointCount(cue.text) >= 3) || town0;
    if (!county && !TOWN_CUES.has(cue.text)) continue;
    const town = townAfter(segs, i, county, town0);
    if (town > i) {
      out ??= segs.slice(0, i + 1);
      out.push({ text: segs.slice(i + 1, town + 1).map((x) => x.text).join(''), tag: 'ns' });
      i = town;
      continue;
    }
    // 通化县|快大茂镇/x: a guess after a county that ends in a town's suffix is that town.
    const next = segs[i + 1];
    if (county && next && next.tag === 'x' && /[镇乡村]$/u.test(next.text) && codePointCount(next.text) >= 3 && codePointCount(next.text) <= 5 && allHan(next.text)) {
      out ??= segs.slice(0, i + 1);
      out.push({ text: next.text, tag: 'ns' });
      i++;
    }
  }
  return out ?? segs;
}

/**
 * 王|乐乐开|了, 钱|多|多端|着: a surname, then a doubled given name (乐乐, 多多) and a one-character verb
 * jieba glued on, before its aspect particle or an object: the name and the verb (or just the name
 * before what the person does). Undefined when segs[at] starts no such name.
 */
function doubledGivenName(segs: readonly Segment[], at: number): { name: string; segments: Segment[]; skip: number } | undefined {
  const surname = segs[at]?.text ?? '';
  let text = '';
  for (let j = at + 1; j < segs.length && j <= at + 2; j++) {
    text += segs[j]?.text ?? '';
    if (text.length < 2) continue;
    const given = text.charAt(0);
    // (Nor a kinship term, 蒲婆婆, nor a verb said twice, 千学万学学做.)
    if (text.charAt(1) !== given || !givenNameOk([given]) || !allHan(text) || KIN_DOUBLED.has(given) || /^v/.test(jiebaTag(given) ?? '')) return undefined;
    const rest = text.slice(2);
    const after = segs[j + 1];
    // (Not 汤|往往, 常常: a doubled adverb or time word the dictionary knows is a word after the "surname" too.)
    if (hasWord(given + given) && /^(?:d|t|a|ad|z|v|r|c|p|f)$/.test(jiebaTag(given + given) ?? '')) return undefined;
    if (rest === '' && after !== undefined && (FOLLOW_CUES.has(after.text) || actsNext(after) || /^[，。！？、]$/u.test(after.text))) return j === at + 1 && NAME_TAGS.has(segs[j]?.tag ?? '') ? undefined : { name: surname + text, segments: [], skip: j - at };
    if (rest.length === 1 && /^v/.test(jiebaTag(rest) ?? '') && after !== undefined && (/^[了着过]$/u.test(after.text) || /^n/.test(after.tag))) return { name: surname + given + given, segments: [{ text: rest, tag: 'v' }], skip: j - at };
  }
  return undefined;
}

/** Characters a nickname after 小 is made of (小胖 "Chubby", 小乐, 小鹿): what a person is like, or a pet name. */
const NICKNAME_CHARS = new Set([...'胖瘦黑白乐美宝虎龙鹿兔熊猫鱼豆米糖帅乖萌亮雨雪军伟芳丽红花强明飞杰满慧静敏燕玲娟丹刚磊涛东林可爱']);

/** Kinship terms said twice (婆婆, 爸爸, 宝宝): what a surname before them calls someone, not a doubled given name. */
const KIN_DOUBLED = new Set([...'婆爷奶妈爸姐哥弟妹叔伯舅姑姥公宝太嫂娘婶姨']);

/** Verbs of noticing after 一 "as soon as": 一听, 一看. */
const NOTICED = /^(?:听|看|想|问|见|瞧|摸|尝|闻|查|算)$/u;

/** 记者, 本报记者, 新华社记者, 通讯员, 实习生: who signs a byline. */
const BYLINE_TITLE = /(?:记者|通讯员|实习生)$/u;
const BYLINE_ENDS = /^(?:报道|摄|讯|采写|整理|发自|撰文|文|图|摄影|摄影报道|综合报道|通讯员|实习生|记者|见习记者|特约记者|摄影记者|实习记者)$/u;

/**
 * The index of the segment that ends a reporter's name in a byline starting at segs[at] (记者|向|天明|报道),
 * or -1: two to four Han characters, a surname and given-name characters, and then 报道, 摄 or the
 * next byline (after a space or 、 too). Not a verb or an adverb on its own (记者|连线|报道, 记者|跟踪|报道).
 */
/** How a reporter reports, between the title and 报道: 记者连线报道, 记者蹲点采写. */
const BYLINE_MANNERS = /^(?:今天|昨天|今日|昨日|近日|日前|当天|当日|近期|此前|早前|连日|连线|现场|独家|跟踪|追踪|深入|实地|蹲点|调查|综合|专访|采访|联合|特别|持续|暗访|探访|走访|随访|前方|一线|实习|见习|特约|首席|摄影)$/u;

function bylineNameEnd(segs: readonly Segment[], at: number): number {
  let text = '';
  for (let j = at; j < segs.length && j < at + 3; j++) {
    const part = segs[j] as Segment;
    if (!allHan(part.text)) return -1;
    text += part.text;
    const chars = codePoints(text);
    if (chars.length > 4) return -1;
    let next = segs[j + 1];
    if (next !== undefined && (SPACE.test(next.text) || next.text === '、')) next = segs[j + 2];
    if (next === undefined || !BYLINE_ENDS.test(next.text) || chars.length < 2) continue;
    if (j === at && (/^(?:v|vd|vn|d|ad|p|c|u|r|f|q)$/.test(part.tag) || BYLINE_MANNERS.test(part.text))) return -1;
    const surname = surnameLength(chars);
    return surname > 0 && chars.length - surname >= 1 && chars.length - surname <= 2 && givenNameOk(chars.slice(surname)) && !isCue(text) ? j : -1;
  }
  return -1;
}

/** The index of the segment that ends a town's name after segs[at] (see townsAfterCounty), or -1. */
function townAfter(segs: readonly Segment[], at: number, county: boolean, villagesOnly = false): number {
  let length = 0;
  // (After 在 and the like, characters jieba left one by one and took for verbs, 在查|干|花|镇,
  // 在旧|站|镇: a name no dictionary knows, before a town or township only.)
  let singles = false;
  for (let k = at + 1; k < segs.length && k <= at + 4; k++) {
    const s = segs[k] as Segment;
    const n = codePointCount(s.text);
    if (!allHan(s.text)) return -1;
    // 朝阳区|红旗|街道, 光明|小区: a subdistrict, community or housing estate after its district,
    // named by a common word as often as not.
    const quarter = county && !villagesOnly && /^(?:街道|社区|小区)$/u.test(s.text);
    // (…or two characters jieba left one by one, 观|湖|街道.)
    const twoSingles = k === at + 3 && codePointCount(segs[at + 1]?.text ?? '') === 1 && codePointCount(segs[at + 2]?.text ?? '') === 1;
    if (quarter && (k === at + 2 || twoSingles) && length >= 2 && length <= 4 && !/^(?:老旧|新建|周边|附近|城市|农村|部分|城区|全区|全市|各个)$/u.test(segs[at + 1]?.text ?? '')) {
      return k;
    }
    // (Not a common word that ends so, 农村, 乡村, 城镇: 农业农村局 is a bureau.)
    const town = (villagesOnly ? /[村屯]$/u : /[镇乡村屯]$/u).test(s.text) && (n === 1 || /^(?:ns|x|n|nz)$/.test(s.tag)) && !(n === 2 && isCommonWord(s.text));
    if (town && (k > at + 1 || n >= 3) && length + n >= 3 && length + n <= 6) {
      if (singles && !/^[镇乡]$/u.test(s.text)) return -1;
      const name = segs.slice(at + 1, k + 1).map((x) => x.text).join('');
      // (A village's name may be a common word after its town: 孤家子镇|新立村.)
      return isCommonWord(name) || (!villagesOnly && isCommonWord(name.slice(0, -1))) ? -1 : k;
    }
    // (Not a pronoun, a particle, a word of place or a county of its own: 在这个村, 到了镇上, 附近村, 在乾安县.)
    // (A numeral of one character begins many a name: 五道江镇, 三合村, 二道白河镇.)
    // (…or so many li, 八里|庙|村.)
    const numeral = /^(?:[一二三四五六七八九十]|[一二三四五六七八九十头]道|[一二三四五六七八九十]+里)$/u.test(s.text);
    const single = !county && n === 1 && /^v/.test(s.tag) && segs.slice(at + 1, k).every((x) => codePointCount(x.text) === 1);
    if (single) singles = true;
    const allowed = (numeral || single || (county ? !/^[pcurdmf]/.test(s.tag) : /^(?:n|ns|nz|nr|x|zg|ng|a|q|o)$/.test(s.tag))) && !(n >= 3 && /[县市区旗省州]$/u.test(s.text));
    if (!allowed || NOT_IN_TOWN.has(s.text) || n > 3 || town) return -1;
    length += n;
  }
  return -1;
}

/**
 * 青石|县、, 云雾|峡等景区, 桃花|岭段, 白鹭|湖湿地公园: a word of two characters and a county,
 * gorge, ridge or lake after it name a place where the text treats it as one: in a list of places,
 * before 景区, 段 or 一带, or after 通往, 前往, 途经.
 */
function namedPlaces(segs: Segment[]): Segment[] {
  if (!segs.some((s) => SIGHT_SUFFIXES.has(s.text))) return segs;
  // (Copied once a name joins: most suffixes stand alone.)
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const list = out ?? segs;
    const at = out ? out.length : i;
    const prev = list[at - 1];
    if (prev && SIGHT_SUFFIXES.has(seg.text) && /^(?:n|nz|ns|x)$/.test(prev.tag) && codePointCount(prev.text) === 2 && allHan(prev.text)) {
      const next = segs[i + 1];
      const context = (next !== undefined && PLACE_AFTER.test(next.text)) || PLACE_BEFORE.test(list[at - 2]?.text ?? '');
      if (context) {
        out ??= segs.slice(0, i);
        out[out.length - 1] = { text: prev.text + seg.text, tag: 'ns' };
        continue;
      }
    }
    out?.push(seg);
  }
  return out ?? segs;
}

/** What a river, lake, mountain or island's name ends with, after the character jieba cut off. */
const FEATURE_ENDS = new Set([...'河湖江溪山岛峰岭湾泉潭']);

/**
 * 遇|龙河, 梅|溪湖: jieba knows a shorter place (溪湖, a district of Benxi) and cuts a local
 * river, lake or mountain's first character off. A lone character that rarely stands alone (a
 * bound form, or a noun far rarer than 山, 水 or 县) before a place of two characters ending in
 * 河, 湖, 山 … belongs to that name.
 */
function featuresCutShort(segs: Segment[]): Segment[] {
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const next = segs[i + 1];
    // (Not a verb and a river, 渡江 "to cross the river", that jieba calls a place.)
    if (next !== undefined && next.tag === 'ns' && next.text.length === 2 && FEATURE_ENDS.has(next.text.charAt(1)) && seg.text.length === 1 && !/^v/.test(jiebaTag(next.text.charAt(0)) ?? '') && startsAlone(seg, segs[i - 1])) {
      (out ??= segs.slice(0, i)).push({ text: seg.text + next.text, tag: 'ns' });
      i++;
      continue;
    }
    out?.push(seg);
  }
  return out ?? segs;
}

/** Whether one character `seg`, after `prev`, could begin a place's name jieba cut short. */
function startsAlone(seg: Segment, prev: Segment | undefined): boolean {
  if (!allHan(seg.text) || FUNCTION_CHARS.has(seg.text) || PLACE_SUFFIXES.has(seg.text) || /[省市县区州旗於于]/u.test(seg.text)) return false;
  // (Not inside a run of lone characters: 芭|堤|雅 is another matter.)
  if (prev !== undefined && prev.text.length === 1 && allHan(prev.text) && !/^[pcuv]/.test(prev.tag)) return false;
  const bound = sharedEntries(seg.text).some((e) => !/^[A-Z]/.test(e.pinyin) && (e.senses[0] ?? '').startsWith('(bound form)'));
  if (/^[pcdrumqfy]/.test(seg.tag) || (/^v/.test(seg.tag) && !bound)) return false;
  return bound || jiebaFrequency(seg.text) < 5000;
}

/** Kinds of school a name goes before (育才小学, 阳光实验小学). */
const SCHOOL_KINDS = /^(?:小学|中学|大学|学校|幼儿园|初中|高中|中心校|职业学校|技校)$/u;
/** Words before a kind of school that say what sort it is, not its name (农村小学 "rural primary schools"). */
const SCHOOL_SORTS = /^(?:农村|城市|乡村|山区|城镇|城区|公立|私立|民办|公办|重点|普通|全国|当地|附近|本地|寄宿|全日制|国际|女子|男子|其他|各个|所有|这些|那些|我们|他们|你们|一些|许多|很多|不少|多所|一所|这所|那所|每所|新建|知名|著名|名牌|优质|薄弱|周边|全市|全县|全省|全区|市区|县城|乡镇|贫困|偏远|希望工程|特殊|职业|体育|艺术|外地|省内|国内|国外|海外|美国|英国|日本)$/u;

/**
 * 育才小学, 阳光实验小学: one or two words right before a kind of school, where a school is
 * named (after 在, 去, 来自, or where a clause starts), are its name: one organisation.
 */
function namedSchools(segs: Segment[], text: string): Segment[] {
  if (!/小学|中学|大学|学校|幼儿园|初中|高中|中心校|技校/u.test(text)) return segs;
  // Copied only once a school is named.
  let copy: Segment[] | undefined;
  for (let k = 0; k < segs.length; k++) {
    const seg = segs[k] as Segment;
    if (!SCHOOL_KINDS.test(seg.text)) {
      copy?.push(seg);
      continue;
    }
    const out = (copy ??= segs.slice(0, k));
    // The name: up to two words of two characters before the kind.
    let from = out.length;
    while (from > 0 && out.length - from < 2) {
      const w = out[from - 1] as Segment;
      if (codePointCount(w.text) !== 2 || !allHan(w.text) || !(/^(?:n|nz|vn|an|ns|j|b|nr)$/.test(w.tag) || /^第[一二三四五六七八九十]$/u.test(w.text)) || SCHOOL_SORTS.test(w.text) || TIME_WORD.test(w.text) || hasWord(w.text + seg.text) || /^to /.test(everydaySense(w.text))) break;
      from--;
    }
    const before = out[from - 1];
    // (After a place, institutions joins the place, the name and the school as one.)
    const where = before === undefined || /^[\p{P}\s]+$/u.test(before.text) || /^(?:在|去|到|来自|就读于|考上|考入|考进|叫|是|和|与|、)$/u.test(before.text);
    // (One word that says a sort of school is no name: 实验学校 "an experimental school".)
    const sortOnly = out.length - from === 1 && /^(?:实验|示范|附属|中心|模范|寄宿|重点|戏剧|艺术|体育|外语|职业|技工|师范|医学|农业|工业|商业)$/u.test(out[from]?.text ?? '');
    if (from === out.length || !where || sortOnly) {
      out.push(seg);
      continue;
    }
    const name = out.splice(from).map((w) => w.text).join('');
    out.push({ text: name + seg.text, tag: 'nt' });
  }
  return copy ?? segs;
}

/**
 * 七中, 东城一中: a numbered middle school (第七中学), as a school is named in its town: after a
 * place or 在/来自, or before what a school has or does (的, 主教练, 学生, 将 …). 七 | 中将 | 迎战 is
 * 七中 + 将 "will", not a lieutenant general.
 */
function numberedSchools(segs: Segment[], text: string): Segment[] {
  if (!text.includes('中') || !segs.some((s) => s.text === '中' || s.text === '中将')) return segs;
  const out: Segment[] = [];
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    if (seg.text !== '中' && seg.text !== '中将') {
      out.push(seg);
      continue;
    }
    const prev = out[out.length - 1];
    const before = out[out.length - 2];
    const next = segs[i + 1];
    const numbered = prev !== undefined && prev.tag === 'm' && SCHOOL_NUMBER.test(prev.text);
    if (numbered && seg.text === '中将' && next !== undefined && /^v/.test(next.tag)) {
      out[out.length - 1] = { text: `${prev.text}中`, tag: 'nt' };
      out.push({ text: '将', tag: 'd' });
      continue;
    }
    const where = before !== undefined && (/^ns/.test(before.tag) || /^(?:在|来自|考上|考进|就读于|去|到)$/.test(before.text));
    if (numbered && seg.text === '中' && (where || (next !== undefined && SCHOOL_AFTER.test(next.text)))) {
      out[out.length - 1] = { text: `${prev.text}中`, tag: 'nt' };
      continue;
    }
    out.push(seg);
  }
  return out;
}

/** A school's number: 一 to 九十九 in characters. */
const SCHOOL_NUMBER = /^(?:[一二三四五六七八九十]|十[一二三四五六七八九]|[二三四五六七八九]十[一二三四五六七八九]?)$/u;
/** What follows a school's name. */
const SCHOOL_AFTER = /^(?:的|主|主教练|教练|队|篮球队|足球队|校队|队长|队员|学生|学子|老师|校长|校园|将|一度|上学|读书|毕业|高三|初三|和|与|、|。)$/u;

/** What ends the name of a county or a sight (县, 峡, 岭, 湖 …). */
const SIGHT_SUFFIXES = new Set([...'县峡岭湖岛寺峰湾潭泉谷桥塔洞坪寨']);
/** What follows a place's name in the text: a list, a scenic area, a stretch of road. */
const PLACE_AFTER = /^(?:、|等|景区|风景区|风景名胜区|湿地|公园|段|路段|一带|附近|景点|方向|水库|境内|地区)/u;
/** What comes before one: a list, or a verb of going there. */
const PLACE_BEFORE = /^(?:、|通往|前往|途经|直达|抵达|到达|经过)$/u;

/** dictionaryParts of a Han word, remembered per word (see KnownWord); words recur constantly. */
function phraseParts(word: string): readonly string[] | undefined {
  // Single characters (的, 是, punctuation: a third of all words) never split: no look-up at all.
  if (word.length < 2) return undefined;
  const known = knownWord(word);
  if (known.parts === undefined) known.parts = (allHan(word) ? dictionaryParts(word, word.length >= 4 ? 2 : 1) : undefined) ?? null;
  return known.parts ?? undefined;
}

/**
 * The word as 2+ dictionary words of at least `min` characters, or undefined: the fewest pieces,
 * and among as many the likeliest by word frequency, as jieba itself weighs a cut (冻得直发抖:
 * 直 + 发抖, not the rare 直发 "straight hair" + 抖; 主教练: 主 + 教练, not 主教 "bishop" + 练).
 */
function dictionaryParts(word: string, min: number): string[] | undefined {
  if (hasWord(word)) return undefined;
  const chars = codePoints(word);
  const n = chars.length;
  // 点点头, 摇摇头: a verb said twice before its object is the verb and the word it makes with the
  // object (点 + 点头 "to nod"), not 点点 "a speck" + 头.
  if (n === 3 && chars[0] === chars[1] && hasWord(`${chars[1]}${chars[2]}`) && hasVerbSense(`${chars[1]}${chars[2]}`)) return [chars[0] ?? '', `${chars[1]}${chars[2]}`];
  // best[i]: the best split of chars[i..] and its cost, Σ log rank (Zipf: a word's probability
  // falls as 1 / rank).
  const best: ({ parts: string[]; cost: number } | undefined)[] = new Array(n + 1);
  best[n] = { parts: [], cost: 0 };
  for (let i = n - 1; i >= 0; i--) {
    for (let j = Math.min(n, i + 8); j >= i + min; j--) {
      if (j - i === n) continue;
      const rest = best[j];
      if (!rest) continue;
      const piece = chars.slice(i, j).join('');
      if (!hasWord(piece)) continue;
      const candidate = { parts: [piece, ...rest.parts], cost: rest.cost + Math.log(rankOf(piece)) };
      const current = best[i];
      if (!current || candidate.parts.length < current.parts.length || (candidate.parts.length === current.parts.length && candidate.cost < current.cost)) {
        best[i] = candidate;
      }
    }
  }
  const parts = best[0]?.parts;
  return parts && parts.length >= 2 ? parts : undefined;
}

/** A word's rank in the corpus frequency list (1 = most common); unlisted words rank after all. */
const UNLISTED_RANK = 1_000_000;

export function rankOf(word: string): number {
  let rank = UNLISTED_RANK;
  for (const e of sharedEntries(word)) if (e.frequency !== undefined && e.frequency < rank) rank = e.frequency;
  return rank;
}

/**
 * Joins the pieces of other occurrences of recognised names (李鹏/飞 → 李鹏飞). A name must start
 * where a segment starts; if it ends inside a segment, the rest of that segment is re-tagged.
 */
/**
 * The names to keep whole through a text: those recognised, every name jieba found whole (朋友陈静
 * here, 陈/静 later), and the given name of a three-character name (刘小东, then 小东), unless
 * that is a word (王建国's 建国 "to found a state").
 */
function withShortNames(segs: readonly Segment[], recognised: ReadonlySet<string>): Set<string> {
  const names = new Set(recognised);
  for (const s of segs) {
    // (Not one the dictionary knows: jieba tags places and plants as names too, 蓬莱, 翠雀.)
    if (s.tag !== 'nr' || s.text.length < 2 || s.text.length > 3 || !looksLikeName(s.text) || hasWord(s.text)) continue;
    names.add(s.text);
  }
  for (const name of [...names]) {
    const chars = codePoints(name);
    const given = chars.slice(1).join('');
    if (chars.length === 3 && surnameLength(chars) === 1 && !hasWord(given)) names.add(given);
    // (欧阳晓峰 … 晓峰说: a double surname's given name alone.)
    if (chars.length === 4 && surnameLength(chars) === 2 && !hasWord(chars.slice(2).join(''))) names.add(chars.slice(2).join(''));
  }
  return names;
}

/**
 * 李文静 … 文静不好意思地笑了: the given name of a three-character name the text uses, when it is
 * a word too (文静 "gentle and quiet", 明亮 "bright"), is the person where it stands as one: where
 * a clause starts, before what the person does (not 明亮的灯光, 建国以来).
 */
function givenNamesAlone(segs: Segment[], names: ReadonlySet<string>): Segment[] {
  const given = new Set<string>();
  for (const name of names) {
    const chars = codePoints(name);
    if (chars.length === 3 && surnameLength(chars) === 1 && hasWord(name.slice(1))) given.add(name.slice(1));
    // (司马秀英 … 秀英奶奶: a double surname's given name, a word or a place too.)
    if (chars.length === 4 && surnameLength(chars) === 2 && hasWord(chars.slice(2).join(''))) given.add(chars.slice(2).join(''));
  }
  if (given.size === 0) return segs;
  let out: Segment[] | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const prev = segs[i - 1];
    const next = segs[i + 1];
    // (Or called, opening what is said to the person: “大海，那你来说说。”)
    const called = prev !== undefined && /^[“「‘：:]$/u.test(prev.text) && next !== undefined && /^[，,！!？?]$/u.test(next.text);
    // (…or after when, before how the person is called: 如今秀英奶奶, “明亮哥”.)
    const opens = prev === undefined || /^[\p{P}\s]+$/u.test(prev.text) || (prev.tag === 't' && isAddressTerm(next?.text ?? ''));
    const alone = given.has(seg.text) && opens && next !== undefined && next.text !== '的' && (called || FOLLOW_CUES.has(next.text) || /^d/.test(next.tag) || actsNext(next) || isAddressTerm(next.text) || KIN_AFTER_SURNAME.has(next.text));
    if (alone) {
      out ??= segs.slice(0, i);
      out.push({ text: seg.text, tag: 'nr' });
      // (A person here, whatever else the dictionary calls the characters: 秀英 is a district of Haikou too.)
      peopleByCue.add(seg.text);
    } else out?.push(seg);
  }
  return out ?? segs;
}

/**
 * 小将向天明在, 棋手薛为民在: right after a title, one of the common surnames and two characters
 * jieba cut as a word or one by one (天明 "dawn", 为 | 民), before what the person does: the end
 * (exclusive) of that name, or `i` where there is none.
 */
function nameAfterTitle(segs: readonly Segment[], i: number): { end: number; rest: string } {
  const end = Math.max(nameAfterTitleEnd(segs, i), wordlikeSurnameBeforeSpeech(segs, i));
  if (end > i) return { end, rest: '' };
  // 研究生端木|晓雪说/x: the given name and the verb after it, which jieba guessed as one.
  const surname = segs[i];
  const glued = segs[i + 1];
  if (surname === undefined || glued === undefined || glued.tag !== 'x' || codePointCount(glued.text) !== 3 || !GLUED_AFTER_NAME.has(glued.text.charAt(2)) || (!nameData().doubleSurnames.has(surname.text) && !(surname.text.length === 1 && isCommonSurname(surname.text)))) return { end: i, rest: '' };
  const given = glued.text.slice(0, 2);
  return codePoints(given).every((c) => nameData().givenNameChars.has(c)) && !hasWord(given) ? { end: i + 2, rest: glued.text.charAt(2) } : { end: i, rest: '' };
}

/** Surnames that are everyday words too (曾 "once", 解 "to untie", 查 "to check", 单 "single", 盖 "lid", 何 "what", 仇 "hatred"), never prepositions. */
const WORDLIKE_SURNAMES = new Set([...'曾解查单盖何仇']);

/**
 * 主任医师曾|卫东 介绍, 主管解|长春 说, 教授查明|远 表示: right after a title, a surname that is an
 * everyday word too and a given name jieba took for a noun or a place (卫东, 长春), or glued to the
 * surname as a verb (查明 "to find out"), then speech: the end (exclusive) of that name, or `i`.
 * (Not 局长曾|明确 表示 or 书记曾|多次 强调: an adverb and what it modifies.)
 */
function wordlikeSurnameBeforeSpeech(segs: readonly Segment[], i: number): number {
  const a = segs[i];
  const b = segs[i + 1];
  if (a === undefined || b === undefined || !SPEECH_CUES.has(segs[i + 2]?.text ?? '') || !allHan(b.text)) return i;
  const surname = a.text.charAt(0);
  if (!WORDLIKE_SURNAMES.has(surname) || !isCommonSurname(surname)) return i;
  const given = codePoints(a.text.slice(1) + b.text);
  if (given.length !== 2 || !givenNameOk(given) || NOT_GIVEN.has(given[1] ?? '') || hasWord(a.text + b.text)) return i;
  const nounGiven = a.text.length === 1 && /^(?:n|nr|nrt|ns|nz)$/.test(b.tag) && !isCue(b.text) && !isAddressTerm(b.text);
  const gluedGiven = a.text.length === 2 && b.text.length === 1 && !/^[dcuyrpmq]/.test(b.tag);
  return nounGiven || gluedGiven ? i + 2 : i;
}

function nameAfterTitleEnd(segs: readonly Segment[], i: number, closing = false): number {
  const surname = segs[i];
  const a = segs[i + 1];
  // (Not a modal or a verb that is a surname too: 甲方应全额退还.)
  // (A double surname too, 研究生端木|晓|雪说.)
  const double = surname !== undefined && nameData().doubleSurnames.has(surname.text);
  if (!surname || !a || (surname.text.length !== 1 && !double) || (!double && (!isCommonSurname(surname.text) || /^v/.test(surname.tag) || VERB_SURNAMES.has(surname.text)))) return i;
  const { givenNameChars } = nameData();
  const acts = (after: Segment | undefined): boolean => (closing && (after === undefined || /^[，。！？；、,.!?;]$/u.test(after.text))) || (after !== undefined && (SPEECH_CUES.has(after.text) || /^(?:在|是|也|都|就|又|还|正|已|曾|将)$/u.test(after.text) || (actsNext(after) && after.text.length >= 2)));
  const b = a.text.length === 1 ? segs[i + 2] : undefined;
  // 研究员宿|兵 带领: a given name of one character, then what the person does.
  if (a.text.length === 1 && b !== undefined && b.text.length >= 2 && allHan(a.text) && givenNameChars.has(a.text) && !NOT_GIVEN.has(a.text) && !/^[dcuyrpmqx]/.test(a.tag) && acts(b) && !hasWord(surname.text + a.text)) return i + 2;
  const given = b ? a.text + b.text : a.text;
  const end = i + (b ? 3 : 2);
  if (codePointCount(given) !== 2 || !allHan(given) || (b !== undefined && (b.text.length !== 1 || /^[dcuyrpvmqx]/.test(b.tag))) || /^[dcuyrmqx]/.test(a.tag) || EVERYONE.test(given) || TIME_WORD.test(given) || isCue(given) || isAddressTerm(given)) return i;
  // (Given-name characters, those that are mostly words elsewhere too: 为 of 为民 after a title.)
  if (!codePoints(given).every((c) => givenNameChars.has(c)) || addressOrPlace(codePoints(given))) return i;
  return acts(segs[end]) && !hasWord(surname.text + given) ? end : i;
}

/**
 * What a would-be name is instead, where what comes before shows it: 看黑板时|总爱, "when" after
 * what is being done (not someone surnamed Shi); 钟华|副 主任医师, the title's "deputy" after the name.
 */
function noNameAfter(name: string, doing: Segment | undefined): Segment[] | undefined {
  if (name.startsWith('时') && codePointCount(name) >= 2 && doing !== undefined && /^(?:n|v|vn)$/.test(doing.tag) && !isCue(doing.text) && !NAMED_BY.has(doing.text)) return [{ text: '时', tag: 'n' }, ...tagHan(name.slice(1))];
  if (name.endsWith('副') && codePointCount(name) >= 3) return [{ text: name.slice(0, -1), tag: 'nr' }, { text: '副', tag: 'b' }];
  // (常|拿 她当榜样: "often takes", an adverb that is a surname too and a verb of one character.)
  if (name.length === 2 && /^[常总都还也就才又再更最很]$/u.test(name.charAt(0)) && /^v/.test(jiebaTag(name.charAt(1)) ?? '') && /^to /.test(everydaySense(name.charAt(1))) && !hasWord(name)) return [{ text: name.charAt(0), tag: 'd' }, { text: name.charAt(1), tag: 'v' }];
  return undefined;
}

/** A name after 叫 (calledName) or right after a title (nameAfterTitle): its end (exclusive) and what jieba glued on. */
function namedAfter(segs: readonly Segment[], i: number, prev: Segment | undefined, namer: Segment | undefined): { end: number; rest: string } {
  const called = calledName(segs, i, prev, namer);
  if (called > i) return { end: called, rest: '' };
  return prev !== undefined && isCue(prev.text) ? nameAfterTitle(segs, i) : { end: i, rest: '' };
}

/**
 * 厨师叫万/m 和平/nz。: after someone and 叫 (or 名叫), a surname and two characters jieba cut as
 * words, closing the clause or before what the person does: the end (exclusive) of that name (Wan
 * Heping), or `i`.
 */
function calledName(segs: readonly Segment[], i: number, prev: Segment | undefined, namer: Segment | undefined): number {
  if (prev === undefined || !(NAMED_BY.has(prev.text) || NAMED_ORIGINALLY.has(prev.text)) || namer === undefined) return i;
  if (prev.text === '叫' && !(/^(?:r|nr)$/.test(namer.tag) || isCue(namer.text) || RELATIONS_NAMED.has(namer.text) || /名字$/u.test(namer.text))) return i;
  // (After 原名 and the like, which places have too, 永陵原名兴京陵: one of the commonest surnames.)
  if (prev.text !== '叫' && !isTopSurname(segs[i]?.text.charAt(0) ?? '')) return i;
  return nameAfterTitleEnd(segs, i, true);
}

/** Prepositions and conjunctions jieba glues to the name after them (由马骏, 和李红, 对张伟). */
const NAME_LEADS = new Set([...'由和与对给跟向被让叫请把同及或为从']);

function mergeKnownNames(segs: readonly Segment[], names: ReadonlySet<string>): Segment[] {
  // Keyed by the first UTF-16 unit as a number: charAt() would allocate a string per segment.
  const byFirst = new Map<number, string[]>();
  for (const n of names) {
    const first = n.charCodeAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), n].sort((a, b) => b.length - a.length));
  }
  const out: Segment[] = [];
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    if (!seg) continue;
    // The name itself, as jieba's guess (陈静/x): the name.
    if (seg.tag !== 'nr' && names.has(seg.text)) {
      out.push({ text: seg.text, tag: 'nr' });
      continue;
    }
    // 由马骏/nr 负责: a preposition or conjunction jieba glued to the front of a known name.
    const glued = seg.text.length >= 3 && seg.text.length <= 5 && NAME_LEADS.has(seg.text.charAt(0)) ? seg.text.slice(1) : '';
    if (glued && names.has(glued) && !names.has(seg.text) && !hasWord(seg.text)) {
      out.push({ text: seg.text.charAt(0), tag: seg.text.charAt(0) === '和' || seg.text.charAt(0) === '与' ? 'c' : 'p' }, { text: glued, tag: 'nr' });
      continue;
    }
    // 建起了解/v 玉书/nr 艺术馆: a word whose second character starts a known name of three or more
    // (了解 "to understand" swallowing 解 of 解玉书): the first character, then the name.
    const tail = seg.text.length === 2 ? byFirst.get(seg.text.charCodeAt(1)) : undefined;
    const tailName = tail?.find((name) => name.length >= 3 && (seg.text.charAt(1) + segs.slice(i + 1, i + 4).map((x) => x.text).join('')).startsWith(name));
    if (tailName !== undefined) {
      let joined = seg.text.charAt(1);
      let j = i;
      while (joined.length < tailName.length && j + 1 < segs.length) joined += segs[++j]?.text ?? '';
      out.push({ text: seg.text.charAt(0), tag: forcedTag(seg.text.charAt(0)) }, { text: tailName, tag: 'nr' });
      const rest = joined.slice(tailName.length);
      if (rest) out.push(...(allHan(rest) ? tagHan(rest) : segmentFree(rest)));
      i = j;
      continue;
    }
    // (A known name may start a longer one the text names too: 欧阳明/nr 远 is 欧阳明远.)
    const candidates = byFirst.get(seg.text.charCodeAt(0));
    // Most segments start no known name: kept as they are, without a loop over nothing.
    if (!candidates) {
      out.push(seg);
      continue;
    }
    let merged = false;
    for (const name of candidates) {
      if (name.length <= seg.text.length) continue;
      // Collect following segments until the name is covered.
      let joined = seg.text;
      let j = i;
      while (joined.length < name.length && j + 1 < segs.length) joined += segs[++j]?.text ?? '';
      if (!joined.startsWith(name)) continue;
      out.push({ text: name, tag: 'nr' });
      const rest = joined.slice(name.length);
      if (rest) out.push(...(allHan(rest) ? tagHan(rest) : segmentFree(rest)));
      i = j;
      merged = true;
      break;
    }
    if (!merged) out.push(seg);
  }
  return out;
}

