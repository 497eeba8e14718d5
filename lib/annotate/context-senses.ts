/**
 * Senses chosen by a word's neighbours, after the tokens are built: paired constructions
 * (又…又, 越…越, 一边…一边) and single words whose context decides which of their senses is
 * meant (还会 "in addition", 七点 "o'clock", 暖和起来 the complement). Each only reorders a
 * token's senses, or adds those of another entry of the same word.
 */
import { definitionsForEntries, entriesFor } from './definitions';
import { everydaySense, hasWord } from './dictionary';
import { remember } from './remember';
import { CARELESS_BEFORE, celebrated, READ_AGAIN_NEXT, WHERE_AFTER } from './pinyin/rules';
import { COUNTRY_ABBREVIATIONS, COUNTRY_TAG, ILLNESS_CAUGHT } from './segment';
import type { Segment, Token } from './types';

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

/** Verbs whose result 住 holds fast (夹住, 抓住, 挡住, 记住, 愣住). */
const HELD_BY = new Set(Array.from('夹抓握拿捂堵拦挡按压困记站忍憋愣怔绊缠盯守顶扶揪捉套锁关止咬粘卡扣稳保'));

/*
 * Tokens may be shared with the engine's cache and frozen (see buildToken in ./annotate): these
 * passes never change one, they put a changed copy in its place.
 */

/** The token with the senses of its word's entry read `pinyin` (numbered) it lacks added after its own. */
function bringEntry(token: Token, pinyin: string): Token {
  const entries = entriesFor(token.text).filter((e) => e.pinyin === pinyin);
  const more = definitionsForEntries(entries).filter((d) => !token.definitions.includes(d));
  return more.length > 0 ? { ...token, definitions: [...token.definitions, ...more] } : token;
}

/** The token with the first of its senses that `sense` matches moved to the front. */
function leadWith(part: Token, sense: RegExp): Token {
  const at = part.definitions.findIndex((d) => sense.test(d));
  return at > 0 ? { ...part, definitions: [part.definitions[at] ?? '', ...part.definitions.filter((_d, k) => k !== at)] } : part;
}

export function pairedConstructions(tokens: Token[]): void {
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
      tokens[i] = leadWith(t, c.sense);
      tokens[j] = leadWith(second, sense);
      break;
    }
  }
}

/** Grandparents, parents and the like, whose "going" (外婆走了) is a death. */
/** Degree words before an adjective (很准, 太晚). */
const DEGREE_BEFORE = /^(?:很|太|更|最|挺|真|好|非常|比较|特别|十分|相当|越来越|有点|有点儿|不太)$/;

const KIN = /^(?:外婆|外公|奶奶|爷爷|姥姥|姥爷|父亲|母亲|爸爸|妈妈|老伴|祖母|祖父|老人|老人家)$/;

/** The segments up to the first punctuation mark. */
/** The segments up to and including the first punctuation mark (the clause and how it ends). */
function clauseWithMark(segments: readonly Segment[]): readonly Segment[] {
  const end = segments.findIndex((s) => /^[，。！？；：,.!?;:]+$/u.test(s.text));
  return end < 0 ? segments : segments.slice(0, end + 1);
}

function clauseOf(segments: readonly Segment[]): readonly Segment[] {
  const end = segments.findIndex((s) => /^[，。！？；：,.!?;:\s]+$/u.test(s.text));
  return end < 0 ? segments : segments.slice(0, end);
}

/** `before`: the clause before the word, nearest first; `rest`: the sentence after it. */
type Neighbours = { self: Segment | undefined; prev: Segment | undefined; next: Segment | undefined; before: () => Segment[]; rest: () => Segment[]; earlier: () => Segment[] };

/** Whether a 从 or 自 before (nearest first) still waits for its 起: 自去年以来 has closed it. */
function fromOpen(before: readonly Segment[]): boolean {
  for (const s of before) {
    if (s.text === '以来' || s.text === '以后') return false;
    if (s.text === '从' || s.text === '自') return true;
  }
  return false;
}

/** A one-character verb, by jieba's tag or, where jieba's dictionary calls it a noun (换/nz), by CC-CEDICT's first sense. */
function oneCharacterVerb(s: Segment): boolean {
  return s.text.length === 1 && actsAsVerb(s);
}

/**
 * A verb, by jieba's tag or, where jieba's dictionary calls it something else (换/nz, 整理/n,
 * 相处/d), by CC-CEDICT's first sense ("to …").
 */
function actsAsVerb(s: Segment): boolean {
  if (/^v/.test(s.tag) && s.tag !== 'vn') return true;
  // (A one-character adverb is none: 更 "more", whose first entry is gēng "to change".)
  if (!/^(?:n|nz|vn|d)$/.test(s.tag) || (s.tag === 'd' && s.text.length === 1)) return false;
  return verbBySense(s.text);
}

/**
 * Whether a common entry of `text` in CC-CEDICT starts with a verb's sense ("to …"; 树 "tree" does
 * not, whatever jieba tags it). Any entry's first sense: entries come in CC-CEDICT's order, not by use.
 */
function verbBySense(text: string): boolean {
  if (!/^\p{Script=Han}+$/u.test(text)) return false;
  let verb = firstSenseIsVerb.get(text);
  if (verb === undefined) {
    verb = entriesFor(text).some((e) => /^[a-z]/.test(e.pinyin) && /^(?:\(bound form\) )?to /.test(e.senses[0] ?? ''));
    remember(firstSenseIsVerb, text, verb, 5_000);
  }
  return verb;
}

/** Per word: a few thousand at most. */
const firstSenseIsVerb = new Map<string, boolean>();

/** Forgets what was worked out per character (benchmarks of unseen text). */
export function clearContextSenseCache(): void {
  firstSenseIsVerb.clear();
}

/** The dynasties a single character names (商周, 明清), and what follows a dynasty (唐朝, 宋代, 清初). */
const DYNASTIES = '夏商周秦汉晋隋唐宋元明清';
const DYNASTY_NEXT = /^(?:朝|代|时期|时代|年间|初|末|初年|末年|两代|王朝|以来|以前|以后)$/;

/**
 * Whether the clause before the word or the next `after` segments of its sentence contain a
 * segment matching `pattern` (the topic a sense belongs to: 球, 比赛 for 破门 "to score").
 */
/**
 * Whether the sentence names something `pattern` matches: back to its start across commas (which
 * holds the clause before too), or among the `after` segments after the word.
 */
function sentenceMentions({ earlier, rest }: Neighbours, pattern: RegExp, after: number): boolean {
  return earlier().some((x) => pattern.test(x.text)) || rest().slice(0, after).some((x) => pattern.test(x.text));
}

function mentions(before: () => Segment[], rest: () => Segment[], pattern: RegExp, after: number): boolean {
  return before().some((x) => pattern.test(x.text)) || rest().slice(0, after).some((x) => pattern.test(x.text));
}

/** What is done with a case, before 一起 "one (case)": 审结一起劳动争议案件, 发生一起车祸. */
const CASE_VERBS = /^(?:发生|有|是|又|再|这是|处理|受理|审结|审理|侦破|破获|调解|查处|办理|通报|曝光|出现)$/u;

/** Scores and rankings an overall 总 qualifies. */
const SCORES = /^(?:比分|积分|成绩|得分|排名|分|分数|冠军|奖牌榜)$/;

/** 一年比一年, 一天比一天: the same span on both sides of 比 (one segment or two each side). */
function sameBothSides(prev: Segment, next: Segment, before: () => Segment[], rest: () => Segment[]): boolean {
  return prev.text === next.text ? before()[1]?.text === rest()[1]?.text || prev.text.length > 1 : (before()[1]?.text ?? '') + prev.text === next.text + (rest()[1]?.text ?? '');
}

/** A number, in Chinese or in digits (30余起, 三十余起): what a classifier or "-odd" follows. */
function isNumber(s: Segment): boolean {
  return s.tag === 'm' || /[0-9０-９]$/.test(s.text);
}

/**
 * Senses a word's neighbours call for, where its part of speech alone cannot tell: 电 closing a
 * dateline (3月15日电) is the dispatch; 时 after a verb is "when" (出门时); 千万 before a
 * prohibition is "by all means" (千万不要); 还会 "in addition", 一百元左右 "approximately"…
 * `entry`: the numbered pinyin of another CC-CEDICT entry of the word whose senses the context
 * calls for, brought in when the reading heard chose a different entry (起来 qǐ lai "to stand up",
 * but after a verb the complement entry qi5 lai5).
 */
type ContextSense = { word: string; when: (n: Neighbours) => boolean; sense: RegExp; entry?: string; gloss?: string };
const CONTEXT_SENSES: readonly ContextSense[] = [
  // 单位: a body of people, an organisation (不少单位都在招, 文物保护单位), not the unit of measure unless one is
  // near. (First in the list: the rules for a workplace below come after it and lead.)
  { word: '单位', when: ({ self, prev, next, before }) => self?.text === '单位' && !/(?:度|量|率|值|数|价)$/u.test(prev?.text ?? '') && !/^(?:计量|面积|长度|重量|时间|货币|基本|国际|度量|为|以)$/u.test(prev?.text ?? '') && !/^(?:是|为|换算|面积|长度|重量)$/u.test(next?.text ?? '') && !before().slice(0, 4).some((x) => /^(?:计量|度量|换算|千克|公斤|米|厘米|毫升|摄氏度)$/u.test(x.text)), sense: /^unit \(group of people/ },
  { word: '电', when: ({ prev }) => prev?.text === '日', sense: /^phone call or telegram/ },
  // 出门时, 生病/n 时: when something happens (not after a number: 三时 "three o'clock").
  // (必要时, 江上时: after what is needed or a place too.)
  // (最多时, 最忙时: at the most, the busiest.)
  { word: '时', when: ({ prev }) => prev !== undefined && (/^(?:v|a|n|l|i|f|z|s)/.test(prev.tag) || (prev.tag === 't' && Array.from(prev.text).length >= 2 && !/[0-9０-９〇零一二三四五六七八九十点]/u.test(prev.text)) || /^(?:必要|需要|紧急|危急|关键)$/.test(prev.text) || /^最./u.test(prev.text)) && prev.tag !== 'nr', sense: /^when$/ },
  // 一百元左右: about, after a number or a measure.
  // (三十二摄氏度左右, 三个小时左右: after the unit of a number too.)
  {
    word: '左右',
    when: ({ prev, before }) =>
      prev !== undefined && (/^(?:m|q|mq)$/.test(prev.tag) || /[0-9０-９%]$/.test(prev.text) || /^[半一二两三四五六七八九十几]+(?:个)?(?:小时|分钟|天|年|月|周|星期)$/u.test(prev.text) || (/^n/.test(prev.tag) && /^(?:m|mq|q)$/.test(before()[1]?.tag ?? ''))),
    sense: /^approximately/,
  },
  // 从十六日起: starting from a time or place.
  // (自2024年3月1日起: a full date between.)
  // (签收之日起: from the day something is done.)
  { word: '起', when: ({ before }) => before().slice(0, 8).some((s) => s.text === '从' || s.text === '自') || (before()[0]?.text === '日' && before()[1]?.text === '之'), sense: /^starting from/ },
  // 靠砍树吃饭, 靠旅游致富: relying on what brings a living (not leaning on it).
  { word: '靠', when: ({ next, before, rest }) => next !== undefined && !/^(?:在|着|近|墙|边|岸|背)/.test(next.text) && mentions(before, rest, /^(?:吃饭|致富|生活|过日子|赚钱|养家|发展|维持|谋生|为生|吃)$/, 6), sense: /^to depend on/ },
  // 再过一个礼拜: a week, counted.
  { word: '礼拜', when: ({ prev }) => prev !== undefined && (/^(?:个|一个|两个|几个|这个|上个|下个|每个)$/.test(prev.text) || prev.tag === 'm'), sense: /week/ },
  // 大伙儿都信他: trusting someone.
  { word: '信', when: ({ next }) => next !== undefined && /^(?:他|她|我|你|您|他们|她们|我们|你们|人家|别人|自己)$/.test(next.text), sense: /^to trust/ },
  // 吉林石化, 石化公司, 石化产业: the petrochemical industry, not "to petrify".
  { word: '石化', when: ({ prev, next }) => (prev !== undefined && /^(?:ns|nt|n)$/.test(prev.tag)) || (next !== undefined && /^(?:公司|企业|产业|行业|基地|园区|项目|装置|工业|集团)$/.test(next.text)), sense: /^petrochemical/ },
  // 千亿元, 千亿级: a hundred billion, counted.
  { word: '千亿', when: ({ next }) => next !== undefined && (/^(?:元|美元|级|规模|产值)$/.test(next.text) || next.tag === 'q'), sense: /^hundred billion/ },
  // 废水排放, 排放量: giving off waste (not setting things in order).
  { word: '排放', when: ({ prev, next }) => (prev !== undefined && /(?:水|气|物|碳|烟|尘|污染|废)$/.test(prev.text)) || (next !== undefined && /^(?:量|标准|废|污|二氧化碳|温室|尾气)/.test(next.text)), sense: /^to emit/ },
  // 风电机组, 发电机组: a generating unit, not a flight crew.
  { word: '机组', when: ({ prev }) => prev !== undefined && /(?:电|风|核|火|水|燃气|发电|供热)$/.test(prev.text), sense: /^unit/ },
  // 另一头, 村子那一头: one end or side.
  { word: '一头', when: ({ prev, next }) => (prev !== undefined && /^(?:另|那|这)$/.test(prev.text)) || (next !== undefined && /^(?:是|有|站|走|连)/.test(next.text) && prev?.text === '另'), sense: /^one end/ },
  // 拧螺丝, 拧开瓶盖: twisting.
  { word: '拧', when: ({ next }) => next !== undefined && !/^(?:了|着)$/.test(next.text), sense: /^to twist/ },
  // 边境风情, 民俗风情: a region's customs and atmosphere.
  { word: '风情', when: ({ prev }) => prev !== undefined && /(?:边境|民俗|民族|异域|异国|地方|草原|水乡|海岛|田园|城市|乡村|民族|朝鲜族|东北|江南)$/.test(prev.text), sense: /^local conditions and customs/ },
  // 集…于一体: bringing together.
  { word: '集', when: ({ rest }) => rest().slice(0, 12).some((s) => s.text === '于一体' || s.text === '一体'), sense: /^to gather/ },
  // 切成小块, 蜷成一个圆球: a verb and what it makes of something, "into".
  { word: '成', when: ({ prev, next }) => prev !== undefined && next !== undefined && Array.from(prev.text).length === 1 && (/^v/.test(prev.tag) || /^to /.test(everydaySense(prev.text))) && /^(?:m|n|q|a)/.test(next.tag), sense: /^to become/ },
  // 点了一份毛肚, 点菜: ordering food.
  { word: '点', when: ({ next, rest }) => next !== undefined && (/^(?:菜|餐|单|外卖|饮料|酒|歌)$/.test(next.text) || (next.text === '了' && rest().slice(1, 4).some((s) => /^(?:一份|一碗|一盘|一杯|一瓶|份|碗|盘|杯|瓶|串|锅|斤)$/.test(s.text) || /^m/.test(s.tag)))), sense: /^to order/ },
  // 爷爷真行, 你很行: capable.
  { word: '行', when: ({ prev, next }) => prev !== undefined && /^(?:真|很|挺|太|最|也|都|就是|确实)$/.test(prev.text) && (next === undefined || !/^[\p{Script=Han}]/u.test(next.text) || /^(?:啊|呀|了|嘛|哦|呢)$/.test(next.text)), sense: /^capable/ },
  // 分量足, 空调开得太足, 做足功夫: plenty, or done fully (not "foot").
  { word: '足', when: ({ prev }) => prev !== undefined && (/^(?:很|太|够|挺|不|十|得|充|最|更)$/.test(prev.text) || (Array.from(prev.text).length === 1 && /^v/.test(prev.tag)) || /^n/.test(prev.tag)), sense: /^sufficient/ },
  // 派使者, 派人: sending someone.
  { word: '派', when: ({ prev, next }) => next !== undefined && prev?.text !== '的' && (next.tag === 'nr' || /(?:人|者|员|兵|军|队|代表|干部|专家|记者|医生|老师)$/.test(next.text)), sense: /^to send/ },
  // 一分多钟: minutes, interrupted by 多 (not a clock).
  { word: '钟', when: ({ prev, before }) => prev?.text === '多' && /分$/.test(before()[1]?.text ?? ''), sense: /^amount of time/ },
  // 总睡不好, 老咳嗽: always, before a verb, a negation or an adverb.
  // (Not after 的 or a name, where 总 heads a noun: 的总弄, 中部总会 "general association".)
  { word: '总', when: ({ prev, next }) => next !== undefined && !(prev !== undefined && (prev.text === '的' || /^(?:n|ns|nt|nz|f|j)$/.test(prev.tag))) && (/^(?:d|p|a)/.test(next.tag) || /^[不没是在要会能想爱]/u.test(next.text) || (next.tag === 'v' && (Array.from(next.text).length === 1 || /^.[不得].$/u.test(next.text)))), sense: /^in every case; always/ },
  { word: '老', when: ({ next, prev }) => next !== undefined && (/^(?:v|d)/.test(next.tag) || /^[不没是在要爱]/u.test(next.text)) && next.tag !== 'vn' && !(prev !== undefined && /^(?:很|太|越来越|变)$/.test(prev.text)), sense: /^always$/ },
  // 又累又困, 很困: sleepy.
  { word: '困', when: ({ prev, next }) => (prev !== undefined && /^(?:又|很|太|好|有点|有点儿|特别|真|挺)$/.test(prev.text)) || next?.text === '了' || next === undefined || !/^[\p{Script=Han}]/u.test(next.text), sense: /^sleepy/ },
  // 住在朝阳区: living somewhere.
  { word: '住', when: ({ next }) => next !== undefined && /^(?:在|进|到|着|了|过|的|哪)$/.test(next.text), sense: /^to live/ },
  // 夹住了, 抓住他, 愣住: the complement right after a verb that holds, stops or fixes (after the rule above:
  // 住 "to live" takes 在, and a person before it, 他住了三天).
  { word: '住', when: ({ prev }) => prev !== undefined && HELD_BY.has(prev.text), sense: /^\(suffix indicating firmness/ },
  // 中俄朝三国: Korea, one of the countries named by one character (not "towards").
  { word: '朝', when: ({ prev, next }) => prev !== undefined && /^[中美俄日韩蒙]+$/u.test(prev.text) && next !== undefined && /^(?:三|两|四|边境|关系|三国|两国|、)/.test(next.text), sense: /Korea/, entry: 'Chao2' },
  // 省时, 费时, 耗时: the time saved or spent (not "when").
  { word: '时', when: ({ prev }) => prev !== undefined && /^(?:省|费|耗|准|按|定|过|超)$/.test(prev.text), sense: /^time$/ },
  // 省时又省力, 省钱, 省下来: saving time, effort or money (not the province); 能省七百块, after a
  // modal or before how much.
  { word: '省', when: ({ prev, next }) => (next !== undefined && (/^(?:时|力|钱|事|电|水|心|油|工|料|下|了|着)$/.test(next.text) || /^(?:钱|事|时|力|下|了|掉|去|得|出)/u.test(next.text) || (isNumber(next) && !/^[0-9０-９]/.test(next.text)))) || (prev !== undefined && /^(?:能|可以|可|要|想|为了|节|少|多|很|真|更|最)$/u.test(prev.text)), sense: /^to save/ },
  // 喂，陈静: hello or hey, calling someone at the start of what is said (not feeding).
  { word: '喂', when: ({ prev, next }) => next !== undefined && /^[，,！!。？?～~]+$/u.test(next.text) && (prev === undefined || /^[\p{P}\s]+$/u.test(prev.text)), sense: /^hey/ },
  // 看了他好几眼, 瞪了一眼: a look, counted after a verb of looking.
  { word: '眼', when: ({ prev, before }) => prev !== undefined && (/^(?:一|几|两|三|好几)$/.test(prev.text) || /^m/.test(prev.tag)) && before().some((s) => /^(?:看|瞧|望|瞪|瞥|瞅|盯|扫|多看|回头看)/.test(s.text)), sense: /a look; a glance/ },
  // 按按钮, 按门铃, 按了一下: pressing (not "according to").
  { word: '按', when: ({ next, rest }) => next !== undefined && (rest().slice(0, 5).some((x) => /(?:钮|键|铃|开关|键盘|喇叭|手印|快门)$/.test(x.text)) || /^(?:了|下|住|着|一下)$/.test(next.text)), sense: /^to press/ },
  // 学会用微信, 学会了: learning, before what is learnt or 了 (not the learned society).
  { word: '学会', when: ({ next }) => next !== undefined && (/^(?:v|d|p|r)/.test(next.tag) || /^[了啦吗呢]$/u.test(next.text)), sense: /^to learn/ },
  // 数字技术, 数字经济: digital.
  { word: '数字', when: ({ next }) => next !== undefined && /^(?:技术|经济|化|平台|政府|中国|产业|货币|电视|时代|鸿沟|乡村|资源|人民币|媒体|服务)/.test(next.text), sense: /^digital/ },
  // 想找, 想麻烦您: wanting to do something.
  { word: '想', when: ({ next }) => next !== undefined && /^v/.test(next.tag) && next.tag !== 'vn' && !/^(?:到|起|出|通|好|过|着|了)/.test(next.text), sense: /^to desire; to want/ },
  // 过一段时间, 过几天: time passing.
  { word: '过', when: ({ next }) => next !== undefined && (/^(?:一段|几天|两天|几年|一会|一会儿|几个|一年|一天|半年|一周|片刻)/.test(next.text) || next.tag === 't'), sense: /^to pass \(time\)/ },
  // 为了证明药物的安全: proving something (a verb with its object).
  { word: '证明', when: ({ prev, next }) => (prev !== undefined && /^(?:为了|能|可以|已经|足以|要|来|可|才能|以)$/.test(prev.text)) || (next !== undefined && /^(?:了|自己|他|她|这|这一|其)/.test(next.text)), sense: /^to prove/ },
  // 药学系, 中文系: a university department after the discipline.
  { word: '系', when: ({ prev }) => prev !== undefined && /(?:学|文|语|科|工程|专业|物理|化学|数学|历史|哲学|新闻|法律|经济|医学)$/.test(prev.text), sense: /^department/ },
  // 挂号, 挂内科, 挂专家号: registering at a hospital.
  { word: '挂', when: ({ next, before, rest }) => next !== undefined && (/^(?:号|科|内科|外科|急诊|儿科|专家号|普通号|哪个)/.test(next.text) || mentions(before, rest, /^(?:医院|挂号|门诊|大夫|医生|看病|就诊)$/, 6)), sense: /^to register \(at a hospital\)/ },
  // 挂号费, 电费: a fee after what it is for.
  { word: '费', when: ({ prev, next }) => prev !== undefined && /^(?:n|vn|v)$/.test(prev.tag) && Array.from(prev.text).length >= 2 && (next === undefined || !/^v/.test(next.tag)), sense: /^fee/ },
  // 就诊卡, 银行卡: a card after what it is for.
  // (Not a name's syllable after a verb of naming: 称为卡扎拉.)
  { word: '卡', when: ({ prev }) => prev !== undefined && /^(?:n|vn|v)$/.test(prev.tag) && Array.from(prev.text).length >= 2 && !/[为是叫成作给]$/u.test(prev.text), sense: /card/ },
  // 给长辈或者领导敬酒: the leader, a person (after a possessive or beside other people).
  { word: '领导', when: ({ prev, next }) => (prev !== undefined && /^(?:和|或者|或|及|与|跟|给|向|请|让|、)$/.test(prev.text)) || (next !== undefined && /^(?:们|说|表示|讲话|批示|干部|班子)$/.test(next.text)), sense: /^leader$/ },
  // 请穿校服: please, opening an instruction.
  { word: '请', when: ({ prev, next }) => (prev === undefined || /^[\p{P}\s]+$/u.test(prev.text)) && next !== undefined && /^(?:v|d)/.test(next.tag), sense: /^please/ },
  // 神舟十六号, 7号坑: a number's "No." (not a date's day, 5月3号).
  { word: '号', when: ({ prev, before }) => prev !== undefined && (prev.tag === 'm' || /[0-9０-９]$/u.test(prev.text)) && !/月$/.test(before()[1]?.text ?? ''), sense: /^ordinal number/ },
  // 共调配了1200余名: in all, before a verb and its count.
  { word: '共', when: ({ next, rest }) => next !== undefined && /^v/.test(next.tag) && rest().slice(1, 5).some((s) => s.tag === 'm' || /^[0-9０-９]/u.test(s.text)), sense: /^altogether/ },
  // 城市司, 监测司: a department of a ministry, after what it deals with.
  { word: '司', when: ({ prev }) => prev !== undefined && /^(?:n|vn|ns)$/.test(prev.tag) && Array.from(prev.text).length >= 2, sense: /\bdepartment\b/ },
  // 客运处, 办公处: a department, after what it deals with.
  { word: '处', when: ({ prev }) => prev !== undefined && /(?:客运|货运|办公|教务|学生|科研|人事|外事|保卫|财务|训练|宣传|组织|管理|政策|法规|交通|信访|综合|计划|规划|审计|监察|后勤|基建|医务|护理|党政|招生|研究生|国际合作)$/.test(prev.text), sense: /\bdepartment\b/ },
  // 由县委书记任组长, 任县长: taking up a post.
  { word: '任', when: ({ next }) => next !== undefined && /(?:长|书记|主任|主席|经理|委员|组长|部长|局长|顾问|总监|教练|校长|院长)$/.test(next.text), sense: /^to take up a post/ },
  // 一抓到底, 量到底: through to the end, after a verb.
  { word: '到底', when: ({ prev }) => prev !== undefined && /^v/.test(prev.tag) && Array.from(prev.text).length === 1, sense: /^to the end/ },
  // 论斤卖, 论个算: by the unit (not "opinion").
  { word: '论', when: ({ next }) => next !== undefined && /^(?:斤|克|公斤|个|件|天|小时|吨|亩|只|头|张|次|年|月|页|字|米)$/.test(next.text), sense: /^by the/ },
  // 成了“金耳朵”, 成了老师: becoming something.
  { word: '成', when: ({ next, rest }) => next?.text === '了' && rest().slice(1, 3).some((s) => /^(?:n|nr|ns|nz|m)/.test(s.tag) || /^[“"‘]$/u.test(s.text)), sense: /^to become/ },
  // 两双鞋: a pair, counted.
  { word: '双', when: ({ prev }) => prev !== undefined && (prev.tag === 'm' || /^[一两二三四五六七八九十几每这那]$/u.test(prev.text)), sense: /^pair/ },
  // 一起盗窃案: the measure word for a case.
  { word: '起', when: ({ prev, next }) => prev?.text === '一' && next !== undefined && /(?:案|案件|事故|事件|纠纷|火灾|诈骗|盗窃|命案|车祸)$/.test(next.text), sense: /^classifier for occurrences/ },
  // 为期两个月: lasting a length of time (not "to be done by a date").
  { word: '为期', when: ({ next }) => next !== undefined && (/^m/.test(next.tag) || /^[半一二两三四五六七八九十几数0-9０-９]/u.test(next.text)), sense: /^lasting/ },
  // 创始人兼首席执行官: one person in two posts.
  { word: '兼', when: ({ prev, next }) => prev !== undefined && next !== undefined && POST.test(prev.text) && POST.test(next.text), sense: /^holding two or more/ },
  // 可卖家一直拖着, 可他不听: opening a clause before who does something, "but".
  { word: '可', when: ({ prev, next }) => (prev === undefined || /^[\p{P}\s]+$/u.test(prev.text)) && next !== undefined && (/^(?:r|nr)$/.test(next.tag) || /^[\p{Script=Han}]+[家方们]$/u.test(next.text)) && !/^(?:以|是|见|能)/.test(next.text), sense: /^but; however/ },
  // 经审理, 经调查: after going through (a procedure).
  // (经初步检查, 经反复核实: an adverb before the procedure.)
  { word: '经', when: ({ next, rest }) => next !== undefined && (/^(?:v|vn)$/.test(next.tag) || (/^(?:a|ad|d|b)$/.test(next.tag) && /^(?:v|vn)$/.test(rest()[1]?.tag ?? ''))), sense: /^to undergo/ },
  // 几小时内: a few; "how many" only in a question.
  // (跟几位家长商量，要不要…？: the question is a later clause's; only this clause's own mark counts.)
  { word: '几', when: ({ rest }) => !clauseWithMark(rest()).some((s) => /^[？?吗呢]$/u.test(s.text)), sense: /^several$|^a few$/ },
  // 吉林等地: places.
  { word: '地', when: ({ prev }) => prev?.text === '等', sense: /^place$/ },
  // 临时施工: temporary, before what is done or had.
  { word: '临时', when: ({ next }) => next !== undefined && /^(?:n|vn)$/.test(next.tag), sense: /^temporary$/ },
  // 受到一定影响: a certain (amount of), before a noun.
  { word: '一定', when: ({ next }) => next !== undefined && /^(?:n|vn)$/.test(next.tag), sense: /^a certain/ },
  // 牧民则要…: as for them, then (contrasting with the clause before).
  { word: '则', when: ({ self, prev }) => self !== undefined && /^[dc]$/.test(self.tag) && prev !== undefined && prev.tag !== 'm', sense: /conjunction used to express contrast/ },
  // 还会出现, 还将面临, 学校还专门邀请: also, in addition (not "still") before a modal or a manner.
  { word: '还', when: ({ next }) => next !== undefined && /^(?:将|会|要|打算|专门|可以|可能|能|能够|需要|应|应该|特别|积极|主动|先后|分别|同时|计划|准备|伴有|统一|给)$/.test(next.text), sense: /^in addition$/ },
  // 还会, 也会, 一定会 + verb: will, is likely to (not "can, knows how to").
  // (可能会降温: after a guess, before what jieba tags a noun too; not 都会区, a metropolitan area.)
  { word: '会', when: ({ prev, next }) => prev !== undefined && /^(?:还|也|就|将|一定|肯定|可能|都|又|总|往往|通常|经常|必然|势必|或许|也许|才)$/.test(prev.text) && next !== undefined && (/^(?:v|a|d|p)/.test(next.tag) || (/^(?:n|vn)$/.test(next.tag) && /^(?:可能|也许|或许|肯定|一定)$/.test(prev.text))), sense: /^to be likely to/ },
  // 炖的时候会缩, 糖炒过头会发苦: what a thing or a time will do (a skill needs someone who has it).
  // (Not the 会 of a society jieba cut off: 传教|会, 审议|会, 总|会.)
  {
    word: '会',
    when: ({ prev, next }) =>
      prev !== undefined && /^(?:n|vn|f|t|s)$/.test(prev.tag) && !/[人者员生们孩儿师家妈爸姐哥弟妹婆爷奶友]$/u.test(prev.text) && next !== undefined && /^(?:v|a)/.test(next.tag) && !hasWord(`${prev.text}会`) && !hasWord(`${prev.text.slice(-1)}会`),
    sense: /^to be likely to/,
  },
  // 为什么会选择, 车流量会比平时多, 会让人疲倦, 我们会在一周内通知你: what will or would happen
  // (not a skill: 会说中文, 会开车).
  {
    word: '会',
    when: ({ prev, next }) =>
      next !== undefined &&
      ((prev !== undefined && /^(?:为什么|怎么|怎么样|怎会|竟然|居然|早晚|迟早)$/.test(prev.text)) ||
        /^(?:有|比|让|使|被|影响|导致|引起|造成|出现|发生|变|变得|变成|更|越来越|感到|觉得|带来|成为|在|先|马上|立即|及时|尽快)$/.test(next.text)),
    sense: /^to be likely to/,
  },
  // 各地要做好准备, 盐要最后放: what a named subject should do (not 我要…, what someone wants).
  // (睡觉前要留意, 盐要最后放: after when, or before when.)
  { word: '要', when: ({ prev, next }) => prev !== undefined && (/^(?:n|ns|nt|nz|j|f)$/.test(prev.tag) || /^(?:各地|各级|各位|各方|大家|各单位|各部门)$/.test(prev.text)) && next !== undefined && /^(?:v|d|p|f|t)/.test(next.tag) && next.tag !== 'vn', sense: /^need to; should/ },
  // 还要写, 平时要保证, 则要储备: need to, should (after an adverb, before a verb; 还要奇怪 is "even more").
  { word: '要', when: ({ prev, next }) => prev !== undefined && /^(?:还|也|都|就|则|更|一定|必须|首先|平时|务必|更加|同时|尤其)$/.test(prev.text) && next !== undefined && /^(?:v|d|p)/.test(next.tag), sense: /^need to; should/ },
  // 主教练, 主体育场: main, before a noun (not 做主人, nor 郡主、 or 后主派, a ruler).
  { word: '主', when: ({ prev, next }) => next !== undefined && /^(?:n|vn|nz)$/.test(next.tag) && !/^v/.test(prev?.tag ?? ''), sense: /^main$/ },
  // 略显拖沓, 略有增加: slightly, before a verb or adjective.
  { word: '略', when: ({ next }) => next !== undefined && /^(?:v|a|d)/.test(next.tag) && next.tag !== 'vn', sense: /a bit; somewhat; slightly/ },
  // 却总在细节里, 总是: always, before a verb or preposition.
  // (Not 总罢工, 总得分, 总司令: a general strike, the total, the commander-in-chief.)
  { word: '总', when: ({ prev, next }) => next !== undefined && !/^(?:n|f|s|m)/.test(prev?.tag ?? '') && !SCORES.test(next.text) && (/^(?:p|d)$/.test(next.tag) || /^(?:是|有|会|要|能|得|说|想|觉得|爱|喜欢|让|把|被|比|算|可以|不|没|没有|记得|忘不了|担心|怕|在)$/.test(next.text)), sense: /always; invariably/ },
  // 总比分, 总积分: the overall score (jieba tags 比分 an adverb).
  { word: '总', when: ({ next }) => next !== undefined && SCORES.test(next.text), sense: /general; overall/ },
  // 现在就走, 第二天就, 六点就到了: at once, as early as, after a time.
  // (Not any time word: 谁吃到，明年就会 is the result of a condition, "then".)
  { word: '就', when: ({ prev, next }) => prev !== undefined && (/^(?:现在|马上|立刻|第二天|当天|一早|早就|很快|没多久|不久)$/.test(prev.text) || /[0-9一二三四五六七八九十]点$/.test(prev.text)) && next !== undefined && /^(?:v|d|p|a)/.test(next.tag), sense: /as soon as; immediately/ },
  // 就差结论, 就剩一个: only (this is missing or left).
  { word: '就', when: ({ next }) => /^(?:差|剩|剩下|只|只有|缺)$/.test(next?.text ?? ''), sense: /^only; as little as/ },
  // 就企业发展进行调研, 就…问题交换意见: about a matter, before what is done about it.
  { word: '就', when: ({ next, rest }) => next !== undefined && /^(?:n|b|vn)/.test(next.tag) && !/^(?:无|没|不|可|能|会|要)/u.test(next.text) && rest().slice(1, 8).some((s) => /^(?:进行|展开|开展|交换|发表|作出|提出|达成|听取|征求)$/.test(s.text)), sense: /^with regard to/ },
  // 就差结论: lacking.
  { word: '差', when: ({ prev, next }) => /^(?:就|只|还|就只)$/.test(prev?.text ?? '') && next !== undefined && /^(?:n|vn|m|r)/.test(next.tag), sense: /^to fall short; to lack/ },
  // 坐高铁, 坐飞机去, 坐公交车上班, 坐电梯, 坐5路: travelling by.
  { word: '坐', when: ({ next }) => next !== undefined && (/(?:车|铁|机|船|巴|轮|的|地铁|公交|火车|飞机|高铁|动车|航班|缆车|马车)$/.test(next.text) || /^(?:公交|公交车|地铁|火车|高铁|动车|飞机|船|车|大巴|出租车|的士|缆车|轮渡|游船|电梯|班车|轻轨|汽车|巴士|[0-9０-９]+路|专线)/u.test(next.text)), sense: /^to take \(a bus/ },
  // 手腕会酸, 腿都走酸了: sore, of the body.
  { word: '酸', when: ({ before }) => before().slice(0, 4).some((x) => /^(?:手|腿|腰|脚|胳膊|肩|肩膀|背|手腕|脖子|眼睛|眼|鼻子|身子|浑身|手臂|胳膊肘)$/.test(x.text)), sense: /^sore/ },
  // 65瓦快充, 一百瓦: watts, after a number.
  { word: '瓦', when: ({ prev }) => prev !== undefined && isNumber(prev), sense: /^abbr\. for 瓦特/ },
  // 拍照片, 拍视频: taking a photo or shooting a film.
  { word: '拍', when: ({ next }) => /^(?:照|照片|张照|几张|视频|电影|戏|短视频|合影|合照|下来|了张)/.test(next?.text ?? ''), sense: /^to take \(a photo\)/ },
  // 爬华山, 爬山, 爬楼梯: climbing.
  { word: '爬', when: ({ next }) => next !== undefined && (/(?:山|楼|梯|坡|树|墙|峰|岭)$/.test(next.text) || /^(?:上|到|上去|起来)$/.test(next.text)), sense: /^to climb/ },
  // 放风筝: flying a kite (letting it out); 放鞭炮: setting off.
  { word: '放', when: ({ next }) => /^(?:风筝|鞭炮|烟花|烟火|礼花|炮)$/.test(next?.text ?? ''), sense: /to let out|to set off/ },
  // 推到下周一, 推迟: putting off, to a later time.
  { word: '推', when: ({ next, rest }) => next?.text === '到' && /^(?:下|明|后|以后|月底|年底|周|星期)/.test(rest()[1]?.text ?? ''), sense: /^to put off/ },
  // 过了一会儿, 过了两天: time passing.
  { word: '过', when: ({ next, rest }) => next?.text === '了' && /^(?:一会儿|一会|几天|两天|三天|半天|好久|很久|不久|几年|一年|一个月|一阵|半个月|一周|几分钟)$/.test(rest()[1]?.text ?? ''), sense: /^to pass \(time\)/ },
  // 切好, 整理好, 准备好: done, completing a verb.
  { word: '好', when: ({ self, prev, next }) => self?.text === '好' && prev !== undefined && actsAsVerb(prev) && !/^(?:超|很|太|挺|真|特|蛮|最|更|超级|特别|非常|好)$/u.test(prev.text) && (next === undefined || /^(?:了|的|x|uj|ul)$/.test(next.tag) || /^(?:[了的，。！？]|以后|之后|后再|以下|各项|被子)/u.test(next.text)), sense: /^\(verb complement indicating completion\)/ },
  // 吃到, 买到: reaching, completing a verb.
  { word: '到', when: ({ self, prev, next }) => self?.text === '到' && prev !== undefined && prev.tag === 'v' && prev.text.length === 1 && next !== undefined && !/^(?:ns|s|f)/.test(next.tag) && !/[里上下边处家]$/.test(next.text), sense: /^\(verb complement indicating arriving/ },
  // 掰成两半, 切成小块: into, completing a verb.
  { word: '成', when: ({ prev, next }) => prev !== undefined && oneCharacterVerb(prev) && next !== undefined && /^(?:m|n|q|a)/.test(next.tag), sense: /^to turn into/ },
  // 六旬老人, 年过六旬: decades of age.
  { word: '旬', when: ({ prev, next }) => /^(?:老人|老翁|老太|老妇|老汉|夫妇|岁|开外|有余)$/.test(next?.text ?? '') || /^(?:年过|年逾|年近|已过)/.test(prev?.text ?? ''), sense: /^ten years/ },
  // 这条线, 一条线: a line (not thread).
  { word: '线', when: ({ prev }) => prev !== undefined && /^(?:条|根线|这条|那条|一条|哪条)$/.test(prev.text), sense: /^line/ },
  // 安置点, 服务点, 接种点: a place where it is done, closing its phrase.
  { word: '点', when: ({ prev, next }) => prev !== undefined && /^(?:v|vn|n)$/.test(prev.tag) && Array.from(prev.text).length === 2 && (next === undefined || next.tag === 'x' || /^(?:的|在|是|有|设|内|里|附近|前|旁|处|周围|附近)$/.test(next.text)), sense: /^point; dot; spot/ },
  // 被贬, 贬为, 贬到: demoted (an official).
  { word: '贬', when: ({ prev, next }) => prev?.text === '被' || /^(?:为|到|至|官|职|谪)/.test(next?.text ?? ''), sense: /^to demote/ },
  // 网红打卡, 打卡拍照: checking in at a place (not clocking on at work).
  { word: '打卡', when: ({ before, rest }) => mentions(before, rest, /^(?:网红|景点|拍照|游客|地标|打卡地|旅游|粉丝|必|博主|小红书|朋友圈)$/, 5), sense: /check in to a location/ },
  // 车票紧张, 供应紧张: in short supply.
  { word: '紧张', when: ({ before }) => before().slice(0, 4).some((x) => /(?:票|供应|货源|资源|床位|房源|电力|用水|运力|座位|号源)$/.test(x.text)), sense: /^in short supply/ },
  // 好莱坞大片, 国产大片: a blockbuster.
  { word: '大片', when: ({ before, rest }) => mentions(before, rest, /(?:电影|票房|好莱坞|国产|导演|主演|上映|院线|影片|影院|特效)/, 5), sense: /^blockbuster/ },
  // 热得要命, 累得要命: terribly.
  { word: '要命', when: ({ prev }) => prev?.text === '得', sense: /^extremely; terribly/ },
  // 射门, 破门得分: scoring in a game.
  { word: '破门', when: ({ before, rest }) => mentions(before, rest, /(?:球|分钟|比赛|进球|得分|射门|前锋|门将|比分|助攻|传中)/, 6), sense: /^to score a goal/ },
  { word: '中场', when: ({ before, rest }) => mentions(before, rest, /(?:球|比赛|前锋|后卫|门将|传球|休息|上半场|下半场|球员|队)/, 6), sense: /^\(sports\) midfield|^half-time/ },
  { word: '黄牌', when: ({ before, rest }) => mentions(before, rest, /(?:球|比赛|裁判|犯规|出示|吃到|红牌|球员|警告)/, 6), sense: /^\(sports\) yellow card/ },
  // 王维，字摩诘: the courtesy name, after a person and before the name.
  { word: '字', when: ({ prev, next }) => prev !== undefined && (/^(?:nr|nrfg|nrt)$/.test(prev.tag) || /^[，,]$/.test(prev.text)) && next !== undefined && /^(?:nr|nrfg|nrt|nz|x)$/.test(next.tag) && Array.from(next.text).length <= 3, sense: /^courtesy or style name/ },
  // 存着, 存进银行: keeping, depositing.
  { word: '存', when: ({ next }) => /^(?:着|了|在|进|入|下|起来|放|钱|款|折)$/.test(next?.text ?? ''), sense: /^to deposit|^to store/ },
  // 一天过去了: time going by.
  { word: '过去', when: ({ prev, next }) => next?.text === '了' || (prev !== undefined && /^(?:天|年|月|周|小时|时间|日子|冬天|夏天|一夜|几天|多年)$/.test(prev.text)), sense: /^to go over; to pass by/ },
  // 一头撞上, 一头扎进: headlong.
  { word: '一头', when: ({ next }) => next !== undefined && /^(?:撞|扎|栽|钻|冲|倒|跑|奔|撞上|扎进|栽倒)/.test(next.text), sense: /^headlong/ },
  // 荞麦面, 黄豆面, 一碗面: flour or noodles, after a grain or before 条, 粉.
  { word: '面', when: ({ prev, next }) => /^(?:荞麦|黄豆|玉米|小麦|白|豆|米|杂粮|拉|刀削|凉|冷|热干|碗|一碗|牛肉|炸酱|阳春|担担|手擀|和|揉)$/.test(prev?.text ?? '') || /^(?:条|粉|食|团|汤)$/.test(next?.text ?? ''), sense: /^flour|^noodles/ },
  // 边走边吃: while, before each of two verbs.
  { word: '边', when: ({ next, rest, before }) => next !== undefined && actsAsVerb(next) && (rest().slice(1, 3).some((x) => x.text === '边') || before().slice(1, 3).some((x) => x.text === '边')), sense: /^simultaneously/ },
  // 第三条, 第一条规定: an article of a law or contract.
  { word: '条', when: ({ prev, before }) => prev !== undefined && ((isNumber(prev) && before()[1]?.text === '第') || /^第[〇零一二三四五六七八九十百千0-9]+$/u.test(prev.text)), sense: /^clause \(of law|^article/ },
  // 现将, 现已, 现诚聘: now; 现做现卖, 现熬的汤: freshly, there and then, before what is done.
  { word: '现', when: ({ next }) => /^(?:将|已|已经|正|正在|在|有|就|把|予以|决定|任|做|熬|烤|炒|杀|磨|包|煮|切|榨|摘|拌|蒸|卖|煎|炸|调|泡|打|买|编|写|拍|诚聘|招聘|面向|推出|特|公开)$/u.test(next?.text ?? ''), sense: /^now|^current|^at present/ },
  // 用人单位: employing (staff).
  { word: '用人', when: ({ next }) => next?.text === '单位', sense: /^to employ/ },
  // 每十股派发, 股东: shares.
  { word: '股', when: ({ prev, before, rest }) => (prev !== undefined && (isNumber(prev) || prev.text === '每')) && mentions(before, rest, /(?:红利|派发|现金|股东|分红|送|转增|配股|每股|股票|股价|元)/, 5), sense: /^share|portion of a sum/ },
  // 新生报到, 录取新生: new students.
  { word: '新生', when: ({ before, rest }) => mentions(before, rest, /(?:学|校|报到|录取|入学|开学|军训|宿舍|学分|专业|学院|大学)/, 5), sense: /^new student/ },
  // 有权要求, 有权解除: entitled to, before what one may do.
  { word: '有权', when: ({ next }) => next !== undefined && /^v/.test(next.tag), sense: /^to have the right to/ },
  // 对本品过敏者, 药物过敏: allergic.
  { word: '过敏', when: ({ before, rest }) => mentions(before, rest, /(?:药|本品|成分|者|禁用|皮疹|花粉|青霉素|食物|症状|患者)/, 4), sense: /^\(medicine\) allergic/ },
  // 慢性病, 慢性心力衰竭: chronic.
  { word: '慢性', when: ({ next }) => next !== undefined && /(?:病|炎|症|衰竭|疾病|中毒|疼痛)/.test(next.text), sense: /^chronic/ },
  // 用人单位, 工作单位: the employer, an organisation.
  { word: '单位', when: ({ prev, next }) => /^(?:用人|工作|所在|本|各|相关|有关|施工|建设|责任|主管|事业|国有|企事业|行政)$/.test(prev?.text ?? '') || /^(?:领导|职工|负责人|名称|地址)$/.test(next?.text ?? ''), sense: /^unit \(group of people/ },
  // 投放垃圾, 分类投放: putting in (a bin).
  { word: '投放', when: ({ before, rest }) => mentions(before, rest, /(?:垃圾|废|桶|箱|回收)/, 4), sense: /^to throw in/ },
  // 废电池, 废纸: waste, before what is thrown away.
  // (Not 废奴 "to abolish slavery", 废赵善政 "to depose".)
  { word: '废', when: ({ next }) => /^(?:电池|纸|水|物|料|品|气|渣|铁|钢|塑料|油|旧|液|铜|电器|家电|玻璃|金属|轮胎|灯管)/.test(next?.text ?? ''), sense: /^waste/ },
  // 最高每年两万元, 最高可达: at most, before an amount.
  { word: '最高', when: ({ next }) => next !== undefined && (/^m/.test(next.tag) || /^(?:每|可|可达|达|为|不超过|奖励|补贴|限额)/.test(next.text)), sense: /^highest/ },
  // 修满学分, 修课: taking a course.
  { word: '修', when: ({ next }) => /^(?:满|完|学分|课|课程|学位|双学位)/.test(next?.text ?? ''), sense: /^to take \(a class\)|^to study/ },
  // 一日三次，一次一粒: each time, per dose (not "first").
  { word: '一次', when: ({ prev, next, rest }) => (next !== undefined && /^m/.test(next.tag) && /[粒片袋支丸克次滴]$/u.test(/^(?:[一二两三四五六七八九十半]|[0-9０-９]+)$/u.test(next.text) ? (rest()[1]?.text ?? '') : next.text)) || /^(?:每|每日|每天|一日|一天)$/.test(prev?.text ?? ''), sense: /^once/ },
  // 明天见: the farewell, not CC-CEDICT's jocular first entry (food that passes through undigested).
  { word: '明天见', when: () => true, sense: /^see you tomorrow/ },
  // 对俄, 中韩, 访韩: Russia and (South) Korea, as modern prose abbreviates them (not the literary
  // "suddenly", nor the empire of 1897). (CC-CEDICT files them under the proper-noun entry.)
  { word: '俄', when: () => true, sense: /^Russia$/ },
  { word: '韩', when: ({ next }) => !/^(?:愈|非子|信)/.test(next?.text ?? ''), sense: /^Korea, esp\. South Korea/ },
  // 该行表示, 本行: this bank (a firm), not a row.
  { word: '行', when: ({ prev, self }) => self?.text === '行' && /^(?:该|本|此|我|各)$/.test(prev?.text ?? ''), sense: /commercial firm/ },
  // 在会上, 这次会后: the meeting.
  { word: '会', when: ({ prev, next }) => /^(?:上|中|后|前|期间|结束)$/.test(next?.text ?? '') && prev !== undefined && /^(?:在|这次|本次|那次|此次|大|这个|开|次)$/.test(prev.text), sense: /meeting|gathering/ },
  // 会上, 大会上: at the meeting.
  { word: '上', when: ({ self, prev }) => self?.text === '上' && prev !== undefined && /会$/.test(prev.text) && /^(?:v|n)/.test(prev.tag), sense: /^\(noun suffix\) on; above/ },
  // 情况异常。, 异常的: unusual, closing a clause or before what it describes (异常寒冷: extremely).
  { word: '异常', when: ({ next }) => next === undefined || next.tag === 'x' || /^(?:的|情况|现象|行为|数据|波动|变化|状态)$/.test(next.text), sense: /^unusual/ },
  // 警戒水位, 警戒线: the warning level.
  { word: '警戒', when: ({ next }) => /^(?:水位|线|级别|状态|值|区)/.test(next?.text ?? ''), sense: /^to warn/ },
  // 方可施工, 方能: only then.
  { word: '方', when: ({ self, next }) => self?.text === '方' && /^(?:可|能|才|始|为|知|得)$/.test(next?.text ?? ''), sense: /^only or just/ },
  // 对答案, 对账: checking against.
  // (Not 对数据最有效的…: "for" the data, with more to come.)
  { word: '对', when: ({ prev, next, rest }) => /^(?:答案|账|账目|口径|暗号|台词)$/.test(next?.text ?? '') && prev !== undefined && /^(?:n|r|nr|d|v)/.test(prev.tag) && (rest()[1] === undefined || /^(?:[，。！？；]|了|一下|一遍)$/u.test(rest()[1]?.text ?? '')), sense: /^to check|to compare/ },
  // 等孩子好了, 等他回来再说: by the time, opening a clause (etc. closes a list).
  { word: '等', when: ({ prev, next, rest }) => (prev === undefined || /^[，。！？；：\s“”]+$/u.test(prev.text) || /^(?:那|就|先|再|要|得)$/.test(prev.text)) && next !== undefined && /^(?:r|nr|n)$/.test(next.tag) && rest().slice(1, 6).some((x) => /^(?:了|的时候|时|以后|再|之后)$/.test(x.text)), sense: /^by the time/ },
  // 不到一个星期, 不到三成: less than, before an amount.
  { word: '不到', when: ({ next }) => next !== undefined && /^m/.test(next.tag), sense: /less than/ },
  // 河两岸, 江两岸: both banks.
  { word: '两岸', when: ({ prev }) => /(?:河|江|溪|湖|运河)$/.test(prev?.text ?? ''), sense: /^both shores/ },
  // 掰了半天, 等了半天: a long time, after what is done.
  { word: '半天', when: ({ prev }) => prev !== undefined && (prev.text === '了' || /^v/.test(prev.tag)), sense: /^a long time/ },
  // 味道很特别: special, after a degree word (特别好: especially).
  { word: '特别', when: ({ prev, next }) => prev !== undefined && /^(?:很|非常|挺|太|真|比较|有点|十分|更|最)$/.test(prev.text) && (next === undefined || next.tag === 'x' || /^(?:的|了)$/.test(next.text)), sense: /^unusual; special/ },
  // 擀面皮, 包饺子的面皮: dumpling wrappers.
  { word: '面皮', when: ({ before, rest }) => mentions(before, rest, /^(?:擀|包|饺子|馄饨|包子|面粉|馅|馅儿|和面|皮)$/, 6), sense: /^dumpling skin/ },
  // 十一月十一号: the day of the month.
  { word: '号', when: ({ prev, before }) => prev !== undefined && isNumber(prev) && (before()[1]?.text ?? '').endsWith('月'), sense: /^day of a month/ },
  // 二等座, 靠窗的座: a seat.
  { word: '座', when: ({ prev }) => /^(?:一等|二等|商务|特等|硬|软|靠窗|靠过道|前排|后排|的)$/.test(prev?.text ?? ''), sense: /^seat/ },
  // 手腕会酸, 天会变冷: will (likely), before a state.
  { word: '会', when: ({ next }) => next !== undefined && (/^(?:a|ad|an|z)$/.test(next.tag) || /^(?:酸|疼|痛|累|冷|热|坏|下雨|下雪|变|越来越)$/.test(next.text)), sense: /^to be likely to/ },
  // 让我生气, 别生气: getting angry.
  { word: '生气', when: ({ prev, before }) => prev !== undefined && (/^(?:很|最|太|别|不要|不|非常|特别|有点|会|在|真)$/.test(prev.text) || before().slice(1, 3).some((x) => /^(?:让|使|惹|令|叫)$/.test(x.text))), sense: /^to get angry/ },
  // 用了不到一个星期, 用完: using, as the main verb.
  { word: '用', when: ({ self, next }) => self?.text === '用' && /^(?:了|过|完|光|坏|掉|着|上|惯|不了)$/.test(next?.text ?? ''), sense: /^to use/ },
  // 倒回锅里, 倒入: pouring.
  { word: '倒', when: ({ self, next }) => self?.text === '倒' && /^(?:回|入|进|出|满|掉|在碗|水|油)/.test(next?.text ?? ''), sense: /^to pour/ },
  // 越走越快: the more… the more, twice in a clause.
  // (Also each in its own clause: 温差越大，…叶子就越红, 你越着急，事情就越办不好.)
  { word: '越', when: ({ self, next, earlier, rest }) => self?.text === '越' && (mentions(earlier, rest, /^越$/, 5) || (next !== undefined && /^(?:a|ad|d|z)$/.test(next.tag))), sense: /^the more\.\.\. the more/ },
  // 它叫小白, 名字叫: to be called, before a name.
  // (叫熊伯伯来, 去叫他: calling someone over, after a verb of going or before 来.)
  {
    word: '叫',
    when: ({ prev, next, rest }) =>
      next !== undefined &&
      !(prev !== undefined && /^(?:去|快|来|赶紧|赶快|帮我|替我)$/.test(prev.text)) &&
      !rest().slice(1, 4).some((x) => /^(?:来|过来|去|起来)$/.test(x.text)) &&
      (/^(?:nr|nrt|nrfg)$/.test(next.tag) || ((/^(?:名字|名|就|他|她|它|我|这|这里|这个|那个|这种|那种|一种|种)$/.test(prev?.text ?? '') || /^(?:n|nz)$/.test(prev?.tag ?? '') || prev?.text === '种') && /^(?:n|nz|x)$/.test(next.tag))),
    sense: /^to be called/,
  },
  // 去叫熊伯伯来, 叫他过来: calling someone over.
  { word: '叫', when: ({ prev, rest }) => (prev !== undefined && /^(?:去|快|赶紧|赶快|帮我|替我)$/.test(prev.text)) || rest().slice(1, 4).some((x) => /^(?:来|过来|起来)$/.test(x.text)), sense: /^to call/ },
  // 好相处, 好办: easy to, before a verb.
  { word: '好', when: ({ self, prev, next }) => self?.text === '好' && next !== undefined && actsAsVerb(next) && Array.from(next.text).length === 2 && !/^(?:v|d)/.test(prev?.tag ?? '') && (prev === undefined || /^(?:很|不|挺|真|太|比较|特别|也|都|就)$/.test(prev.text) || prev.tag === 'r'), sense: /^\(before a verb\) easy to/ },
  // 小兔子一听: hearing, after 一 ("as soon as").
  // (母亲一听要做胃镜: before what is heard, too; 一听可乐 stays a can.)
  { word: '听', when: ({ prev, next }) => prev?.text === '一' && (next === undefined || next.tag === 'x' || /^(?:v|d|r|p|c)/.test(next.tag) || /^(?:到|就|说|见|吓|这)/.test(next.text)), sense: /^to listen to/ },
  // 将继续, 将于明年: will, before a verb or a time.
  // (Not after 现, 请, 应当…, where it marks the object as 把 does: 现将有关事项通知如下.)
  { word: '将', when: ({ prev, next }) => next !== undefined && (/^(?:v|d|t|p)/.test(next.tag) && next.tag !== 'vn') && !/^(?:其|它|他|她|这|那)/.test(next.text) && !/^(?:现|请|应|应当|须|需|需要|必须|要|可|并|遂|乃|特)$/.test(prev?.text ?? ''), sense: /^will/ },
  { word: '将', when: ({ prev }) => /^(?:现|请|应当|须|必须|遂|特)$/.test(prev?.text ?? ''), sense: /introduces object of main verb/ },
  // 加入适量盐, 加入鸡蛋: adding in (cooking), not joining.
  { word: '加入', when: ({ next }) => next !== undefined && (/^(?:适量|少许|少量|一点|一些|半勺|一勺|两勺)/.test(next.text) || /(?:盐|糖|水|油|酱油|醋|蛋|蛋液|葱|姜|蒜|粉|奶|汁|料|酒|香菜|番茄|抽|八角|桂皮|香料|调料|辣椒|花椒|冰糖)$/.test(next.text)), sense: /^to add in|^to mix into/ },
  // 翻炒几下, 敲了两下: times, after a number.
  { word: '下', when: ({ self, prev, next }) => self?.text === '下' && prev !== undefined && (isNumber(prev) || /^(?:几|两|好几|数)$/.test(prev.text)) && (next === undefined || next.tag === 'x' || /^(?:了|就|后|再|以后|之后)$/.test(next.text)), sense: /^measure word to show the frequency/ },
  // 简单又好吃: both… and…, between two descriptions.
  { word: '又', when: ({ prev, next }) => prev !== undefined && next !== undefined && /^(?:a|ad|z)$/.test(prev.tag) && /^(?:a|ad|z|v)/.test(next.tag), sense: /^both\.\.\. and/ },
  // 商周时期, 明清两代, 唐朝: the dynasty, beside another dynasty or before 朝, 代, 时期…
  ...[...'夏商周秦汉晋隋唐宋元明清'].map((d) => ({
    word: d,
    when: ({ prev, next }: Neighbours) => DYNASTY_NEXT.test(next?.text ?? '') || (next !== undefined && next.text.length === 1 && DYNASTIES.includes(next.text)) || (prev !== undefined && prev.text.length === 1 && DYNASTIES.includes(prev.text)),
    sense: /Dynasty|dynasty/,
  })),
  // 倒掉, 扔掉: away, completing a verb.
  { word: '掉', when: ({ prev }) => prev !== undefined && oneCharacterVerb(prev), sense: /^\(used after certain verbs/ },
  // 铸造出, 显示出: out, completing a verb.
  // (Not after a modal, 还能出什么: the verb itself.)
  { word: '出', when: ({ self, prev }) => self?.text === '出' && prev !== undefined && actsAsVerb(prev) && !/^(?:能|会|要|想|可以|应该|可能|得|敢|肯|愿意|进行|才|不|没|没有)$/.test(prev.text), sense: /^\(used after a verb to indicate an outward/ },
  // 延边冷面, 一碗冷面: the cold noodles.
  { word: '冷面', when: ({ before, rest }) => mentions(before, rest, /^(?:延边|朝鲜|朝鲜族|韩国|吃|碗|一碗|汤|面条|美食|小吃|拌饭|打糕)$/, 4), sense: /naengmyeon/ },
  // 扎制走马灯, 编制竹篮: making, after a verb of how (not 体制, a system, which is one word).
  { word: '制', when: ({ prev, next }) => prev !== undefined && (oneCharacterVerb(prev) || /^[扎编印绘烧酿雕缝织]$/.test(prev.text)) && next !== undefined && /^(?:n|nz|vn|m)/.test(next.tag), sense: /^to manufacture|^to make/ },
  // 试几十遍, 读了三遍: times, after a number.
  { word: '遍', when: ({ prev }) => prev !== undefined && (isNumber(prev) || /^(?:几|数|好几|几十|一|两|第)$/.test(prev.text)), sense: /^classifier for actions/ },
  // 剪纸展将持续一个月: a show of what comes before, at the end of a noun phrase.
  { word: '展', when: ({ prev, next }) => prev !== undefined && /^(?:n|nz|vn)$/.test(prev.tag) && (next === undefined || !/^(?:n|r|nr|ns|m)/.test(next.tag)), sense: /^exhibition/ },
  // 换上替补, 走上讲台, 告上法庭: up or on, completing a one-character verb, before its object
  // (not 会上，, 树上的: a place on something; not 是上缅甸: a copula).
  {
    word: '上',
    when: ({ self, prev, next }) =>
      self?.text === '上' && prev !== undefined && oneCharacterVerb(prev) && !/^[是有在为会赛学需要能可应敢想]$/.test(prev.text) && next !== undefined && /\p{Script=Han}|[“‘"]/u.test(next.text) && !/^(?:的|之|在|着)$/.test(next.text) && !(next.text.length === 1 && /^v/.test(next.tag)),
    sense: /^\(directional complement\)/,
  },
  // 告上法庭, 告到法院: suing.
  { word: '告', when: ({ rest }) => /^(?:上|到|至)?(?:法庭|法院)/.test(rest().slice(0, 2).map((x) => x.text).join('')), sense: /to sue/ },
  // 经多次催要, 经研究决定: after going through, before what was done.
  { word: '经', when: ({ next }) => next !== undefined && (/^(?:v|m|d)/.test(next.tag) || /^(?:多次|反复|过|专家|调查|鉴定|审查|批准|核实|查明)$/.test(next.text)) && next.tag !== 'vn' || /^(?:多次|反复|调查|鉴定|研究|审查|批准|核实|查明|协商|讨论)$/.test(next?.text ?? ''), sense: /^to undergo/ },
  // 熬了好几个通宵, 熬夜: staying up, enduring.
  { word: '熬', when: ({ rest }) => rest().slice(0, 4).some((x) => /^(?:夜|通宵|过|过去|日子|不住|下去)$/.test(x.text)), sense: /^to endure/ },
  // 冲着山歌节来的: because of, towards.
  { word: '冲', when: ({ next }) => next?.text === '着', sense: /towards|in view of/ },
  // 被订满, 订了机票: booking.
  { word: '订', when: ({ prev, next }) => prev?.text === '被' || prev?.text === '预' || /^(?:满|好|了|票|房|座|餐|位|机票|车票|酒店)$/.test(next?.text ?? ''), sense: /^to order/ },
  // 剪出一对喜鹊, 用剪刀剪开: cutting.
  { word: '剪', when: ({ prev, next }) => /^(?:出|下|开|断|成|掉|了|着|好|短|去)$/.test(next?.text ?? '') || /^(?:用|把|在|来|先|再)$/.test(prev?.text ?? ''), sense: /^to cut/ },
  // 全场比赛, 全场得到三十一分: the whole match.
  { word: '全场', when: ({ next, rest }) => next?.text === '比赛' || rest().slice(0, 6).some((x) => /^(?:得分|拿下|命中|篮板|助攻|进球|射门|投篮|比分|领先|落后|得到|拿到|砍下|贡献)$/.test(x.text)), sense: /whole duration/ },
  // 八次助攻, 送出助攻: an assist in a game.
  { word: '助攻', when: ({ prev, before, rest }) => (prev !== undefined && /^(?:次|个|记|送出|贡献|送)$/.test(prev.text)) || mentions(before, rest, /^(?:得分|篮板|分|进球|抢断|盖帽|比赛|三分球)$/, 6), sense: /^\(sports\)/ },
  // 理由不能成立, 指控成立: holding water.
  { word: '成立', when: ({ before }) => before().slice(0, 4).some((x) => /^(?:理由|说法|观点|指控|罪名|假设|结论|推论|论点|抗辩|主张|诉讼请求|请求)$/.test(x.text)), sense: /^to be tenable/ },
  // 医护人员将伤者送往医院: 将 marking the object, as 把 does, when a noun and then its verb follow
  // (将于, 将会, 将举行 stay "will"; jieba tags every 将 an adverb).
  {
    word: '将',
    when: ({ next, rest }) => next !== undefined && /^(?:n|r|nr|nz|ns|nt)$/.test(next.tag) && !/^(?:什么|谁|哪|哪里|哪儿)$/.test(next.text) && clauseOf(rest()).slice(1, 6).some((s) => /^v/.test(s.tag) && s.tag !== 'vn'),
    sense: /introduces object of main verb/,
  },
  // 大儿子, 大女儿, 大孙子: the eldest.
  { word: '大', when: ({ next }) => next !== undefined && /^(?:儿子|女儿|闺女|孙子|孙女|外孙|哥哥|姐姐|侄子|徒弟)$/.test(next.text), sense: /^eldest/ },
  // 小儿子, 小女儿: the youngest.
  { word: '小', when: ({ next }) => next !== undefined && /^(?:儿子|女儿|闺女|孙子|孙女|外孙|弟弟|妹妹)$/.test(next.text), sense: /^young/ },
  // 学会了怎么做, 学会游泳: to learn (not a learned society).
  { word: '学会', when: ({ next }) => next !== undefined && (/^(?:了|怎么|如何|怎样)$/.test(next.text) || (/^v/.test(next.tag) && next.tag !== 'vn')), sense: /^to learn/ },
  // 上夜班, 上课, 上初中, 后来我上了初中: going to work, class or school.
  {
    word: '上',
    when: ({ next, rest }) =>
      next !== undefined &&
      (/^(?:班|夜班|早班|晚班|白班|课|学|网课|晚自习|自习|初中|高中|小学|大学|中学|幼儿园|技校|职高|研究生)$/.test(next.text) ||
        (next.text === '了' && /^(?:初中|高中|小学|大学|中学|幼儿园)$/.test(rest()[1]?.text ?? ''))),
    sense: /^to attend/,
  },
  // 十点多, 一个多月, 80多家: after a number or measure, "-odd".
  // (Not after a year: 1990年多伊总统, a name.)
  // (Nor after a time that counts nothing: 比去年多了 "more than last year".)
  { word: '多', when: ({ prev, next }) => prev !== undefined && /^(?:m|mq|q|t)$/.test(prev.tag) && /[0-9０-９〇零一二三四五六七八九十百千万两点个岁年天斤米倍分]$/u.test(prev.text) && (prev.tag !== 't' || /[0-9０-９〇零一二三四五六七八九十百千万两几半]/u.test(prev.text)) && !/^[0-9０-９]+年$/u.test(prev.text) && (next === undefined || !/^(?:a|v|n)/.test(next.tag) || /^(?:钟|人|户|名|家|元|年|天|位|次|岁|吨|亩|小时|钟头|星期|礼拜|月|公里|米|斤|公斤|万)$/.test(next.text)), sense: /^\(after a numeral\)/ },
  // 比去年多了两百只, 比他多: more (than what 比 compared it with).
  { word: '多', when: ({ before, next }) => (next === undefined || /^(?:了|得|出|一些|一点|一点儿|不少|很多|许多)$/.test(next.text) || /^m/.test(next.tag) || !/^[\p{Script=Han}]/u.test(next.text)) && before().slice(1, 6).some((s) => s.text === '比'), sense: /^many; much; more/ },
  // 大幅缩减, 大幅提高: by a wide margin, before what changes (not "large-format").
  { word: '大幅', when: ({ self, next }) => self?.tag === 'd' || (next !== undefined && /^v/.test(next.tag)), sense: /^substantially/ },
  // 食品变质: going bad; "metamorphism" is the geologist's, with its rock (变质岩 is a word of its own).
  { word: '变质', when: ({ next }) => next === undefined || !/^(?:作用|带|程度)$/.test(next.text), sense: /^to degenerate/ },
  // 召开征求意见会一百余场, 座谈会: a meeting, after what it is about and before how many (not "can").
  // (Not before a quotation, 坏细菌会“同归于尽”: what will happen is quoted.)
  { word: '会', when: ({ prev, next }) => prev !== undefined && /^(?:n|vn|nz|j)$/.test(prev.tag) && (next === undefined || (!/^[\p{Script=Han}]/u.test(next.text) && !/^[“‘"「『《]/u.test(next.text)) || /^(?:m|mq|q)$/.test(next.tag)), sense: /^meeting; gathering/ },
  // 积四十五分, 领先第二名三分, 以二比一… 得分: points scored, after a number where a score is kept.
  // (Not a time, 以一分五十六秒: seconds follow.)
  { word: '分', when: ({ prev, next, before }) => prev !== undefined && (next === undefined || !/^(?:m|mq)$/.test(next.tag) && !/^[0-9０-９零一二三四五六七八九十半多钟秒]/u.test(next.text)) && /^(?:m|mq)$/.test(prev.tag) && /[0-9０-９一二三四五六七八九十两几百]$/u.test(prev.text) && before().slice(1, 6).some((s) => /^(?:积|得|领先|落后|赢|输|净胜|拿下|拿到|追回|追平|相差|差|得到|获得|取得|总分|共得|共积|积了|得了)$/.test(s.text)), sense: /^a point \(in sports/ },
  // 海港队中场贾博琰: a midfielder, before the player's name.
  { word: '中场', when: ({ next }) => next !== undefined && /^nr/.test(next.tag), sense: /^\(sports\) midfielder/ },
  // 切割成整齐的长方体, 加工成: a verb and what it makes of something, "into" (a verb of two characters too).
  { word: '成', when: ({ prev, next }) => prev !== undefined && next !== undefined && Array.from(prev.text).length === 2 && /^v/.test(prev.tag) && /^(?:切割|加工|分割|制作|制成|改造|打造|翻译|折叠|组合|编织|改编|分解|剪|雕刻|雕|磨|压|揉|搓|捏|搭|拼|画|写|排|堆|砌|修|建|做)$/.test(prev.text) && /^(?:m|n|q|a|d)/.test(next.tag), sense: /^to become/ },
  // 花上大半年, 花了三千元: spending time or money.
  { word: '花', when: ({ next, rest }) => next !== undefined && /^(?:上|了|掉|光|去|费|在|多少|不少|很多|大量|几|一|半)/.test(next.text) && rest().slice(0, 4).some((s) => /^(?:m|mq|t|q)$/.test(s.tag) || /(?:钱|元|块|时间|年|月|天|小时|工夫|功夫|精力|心思|心血)$/.test(s.text)), sense: /^to spend/ },
  // 装了五个大箱子, 装满, 装进箱子, 一趟能装两百多件: loading and packing (not installing).
  { word: '装', when: ({ next, rest }) => next !== undefined && (/^(?:满|进|上|到|入)/.test(next.text) || (/^(?:了|着)$/.test(next.text) && rest().slice(1, 4).some((s) => /^(?:m|mq)$/.test(s.tag) || /(?:箱|袋|车|筐|盒|包|瓶|桶|篮)/.test(s.text))) || (/^(?:m|mq)$/.test(next.tag) && rest().slice(1, 3).some((s) => s.tag === 'q' || /^(?:件|箱|袋|吨|斤|个|车)/u.test(s.text)))), sense: /^to load/ },
  // 光衣服就…, 光靠: only, a noun and then 就 or 都.
  { word: '光', when: ({ prev, rest }) => (prev === undefined || !/^(?:v|a|d|m|q)/.test(prev.tag) || /^[\p{P}]/u.test(prev.text)) && rest().slice(1, 5).some((s) => s.text === '就' || s.text === '都'), sense: /^only; merely/ },
  // 跟单位请了假, 回单位: one's workplace, not a unit of measure.
  { word: '单位', when: ({ prev, next }) => prev !== undefined && /^(?:跟|在|回|去|到|从|向|给|我|我们|你|他|她|他们|本|原|所在|工作|同一)$/.test(prev.text) && (next === undefined || !/^(?:面积|时间|长度|重量|价格|换算|体积|质量|产量|成本)$/.test(next.text)), sense: /^work unit/ },
  // 车票我来订, 订票, 订酒店: booking.
  { word: '订', when: ({ next, before, rest }) => [...before(), ...rest().slice(0, 4)].some((s) => /(?:票|房|酒店|宾馆|座|位|餐|饭|桌|蛋糕|机票|车票)/.test(s.text)) || /^(?:好|了|到)$/.test(next?.text ?? ''), sense: /^to order/ },
  // 没事儿，孩子 / 没事的: never mind, it's nothing.
  { word: '没事儿', when: ({ prev, next }) => (prev === undefined || /^[\p{P}\s]+$/u.test(prev.text) || /^(?:说|道|都|也|就|真)$/.test(prev.text)) && (next === undefined || /^[\p{P}\s]+$/u.test(next.text) || /^(?:的|了|吧|啦)$/.test(next.text)), sense: /^it's not important|^never mind|^it's nothing/ },
  // 代谢废物, 新陈代谢: metabolism.
  { word: '代谢', when: ({ prev, next }) => (next !== undefined && /^(?:废物|产物|物|率|功能|水平|速度|能力|疾病|综合征|紊乱)/.test(next.text)) || (prev !== undefined && /(?:新陈|身体|人体|能量|物质|细胞|糖|脂肪|基础)$/.test(prev.text)), sense: /^metabolism/ },
  // 屏幕发出的蓝光: blue light (not the disc).
  { word: '蓝光', when: ({ next }) => next === undefined || !/^(?:光盘|碟|播放|影碟|DVD)/.test(next.text), sense: /^blue light/, gloss: 'blue light' },
  // 老把摄像头对着天花板, 老跟我说: always, before a preposition that starts what is done.
  { word: '老', when: ({ next, prev }) => next !== undefined && /^(?:把|被|跟|给|往|和|让|叫|拿|在)$/.test(next.text) && (prev === undefined || /^(?:r|n|nr|d|[\p{P}])/u.test(prev.tag) || /^[\p{P}]/u.test(prev.text)), sense: /^always$/ },
  // 种种菜, 种种花: planting a little, the verb said twice (not "all kinds of").
  { word: '种种', when: ({ next }) => next !== undefined && /^[菜花树草瓜豆苗地田粮]$/u.test(next.text), sense: /^to plant a little/, gloss: 'to plant a little, do a bit of planting (种 zhòng said twice)' },
  // 站在山顶上, 站着, 站起来: standing (not "station").
  // (Not 该站在高峰时很拥挤, 到站了: the station after a determiner or a verb of arriving.)
  { word: '站', when: ({ prev, next }) => next !== undefined && /^(?:在|着|了|起|起来|到|出来|住|稳|直|好|成)$/.test(next.text) && !(prev !== undefined && (/^(?:该|这|那|此|本|每|各|一|到|进|出|过|下|在|车|m|q)$/.test(prev.text) || /^(?:m|q|mq)$/.test(prev.tag))), sense: /^to stand/ },
  // 下了班, 下起大雨: work or class over, rain or snow falling.
  { word: '下', when: ({ next, rest }) => next !== undefined && /^(?:了|起|着|过)$/.test(next.text) && /^(?:班|课|学|车|船|飞机|火车|雨|雪|大雨|大雪|小雨|小雪|暴雨|冰雹|山|楼)/.test(rest()[1]?.text ?? ''), sense: /^to go down/, gloss: 'to go down, get off; (of work or class) to finish; (of rain or snow) to fall' },
  // 钟声一响, 电话响了, 铃声响起: sounding, ringing (not "classifier for noises").
  { word: '响', when: ({ prev, next }) => (prev !== undefined && (prev.text === '一' || /(?:声|铃|钟|炮|枪|雷|电话|手机|闹钟)$/.test(prev.text))) || (next !== undefined && /^(?:了|起|着|起来|个不停|彻)/.test(next.text)), sense: /^to make a sound|^to ring/ },
  // 电话那头, 桥的另一头: the other end.
  // (Not 一头鹿, 这头牛: the measure word before the animal.)
  { word: '头', when: ({ prev, next }) => prev !== undefined && /^(?:那|这|另一|另)$/.test(prev.text) && (next === undefined || !/^n/.test(next.tag)), sense: /^end$/ },
  // 路走得很熟, 跟他很熟: familiar (not "ripe").
  { word: '熟', when: ({ prev, before }) => prev !== undefined && /^(?:很|挺|太|不太|特别|非常|比较|都|也|不)$/.test(prev.text) && !before().some((s) => /(?:饭|菜|肉|果|瓜|桃|米|蛋|面)$/.test(s.text)), sense: /^familiar/ },
  // 闪着光, 闪了一下: flashing, sparkling (not dodging).
  { word: '闪', when: ({ next, rest }) => next !== undefined && /^(?:着|了|出|烁|耀|亮)$/.test(next.text) && rest().slice(1, 3).some((s) => /(?:光|亮|电|金光|星)/.test(s.text)), sense: /^to flash; to sparkle/, gloss: 'to flash; to sparkle' },
  // 干体力活, 农活, 干活: work, a job (not "to live").
  { word: '活', when: ({ prev }) => prev !== undefined && /(?:体力|农|干|重|累|脏|细|粗|零|针线|这|那|手上|家务)$/.test(prev.text), sense: /^work$/ },
  // 方案顺利通过了, 一致通过: passed (adopted), not "by means of".
  { word: '通过', when: ({ prev, next, before }) => (prev !== undefined && /^(?:顺利|一致|全票|高票|表决|获得|得以)$/.test(prev.text)) || ((next === undefined || !/^[\p{Script=Han}]/u.test(next.text) || /^(?:了|审查|审议|考核|验收|检测|评审)$/.test(next.text)) && before().some((x) => /(?:方案|法案|决议|议案|草案|提案|申请|审查|考试|考核|审议|预算|规划|标准|计划|报告|论文|答辩)$/.test(x.text))), sense: /^to adopt|^to pass \(/ },
  // 销往全国各地: sold to.
  { word: '销往', when: () => true, sense: /^to be sold to/, gloss: 'to be sold to (a market)' },
  // 手把手地教: hand in hand, in person.
  { word: '手把手', when: () => true, sense: /^hand in hand/, gloss: 'hand in hand; in person, step by step (teaching by holding the learner\'s hand)' },
  // 注意以下几点, 提出三点建议: points, items of what is said.
  { word: '点', when: ({ prev, before, next }) => (next !== undefined && /^(?:建议|意见|要求|看法|希望|体会|原因|理由|做法|经验)$/.test(next.text)) || (prev?.text === '几' && before().slice(0, 3).some((s) => /^(?:以下|如下|下列|下面|以上)$/.test(s.text))), sense: /^point; dot/ },
  // 泡坏了, 被水泡了: soaked (not "bubble").
  { word: '泡', when: ({ prev, next }) => (next !== undefined && /^(?:坏|在|了|着|过|水|一|上|开|茶|脚|澡)$/.test(next.text)) || (prev !== undefined && /^(?:被|把|水|用|先|再)$/.test(prev.text)), sense: /^to soak/ },
  // 泡坏了, 累坏了, 吓坏了: spoiled, broken, done to the utmost after a verb.
  { word: '坏', when: ({ prev, next }) => prev !== undefined && prev.text.length === 1 && /^v/.test(prev.tag) && next?.text === '了', sense: /^spoiled/ },
  // 极大地方便了市民: making things easy for someone (a verb, after 地 or before its 了).
  { word: '方便', when: ({ prev, next }) => prev?.text === '地' || (next !== undefined && /^(?:了|着)$/.test(next.text)), sense: /^to facilitate/ },
  // 把车开进菜地, 开车: driving (after the vehicle, or 把 and it).
  { word: '开', when: ({ prev, before }) => (prev !== undefined && /(?:车|船|飞机|拖拉机|卡车|汽车|火车|货车|出租车)$/.test(prev.text)) || before().slice(0, 3).some((s) => /^(?:把|将)$/.test(s.text)) && before().slice(0, 3).some((s) => /车$/.test(s.text)), sense: /^to drive/, gloss: 'to drive (a vehicle)' },
  // 盖一座小院子, 盖房子, 盖了新楼: building (not "lid").
  { word: '盖', when: ({ next }) => next !== undefined && (/^(?:一座|一栋|一间|几间|房|房子|楼|新房|新楼|大楼|学校|厂房|了|起|起来|好|成)/.test(next.text) || /^m/.test(next.tag)), sense: /^to build/ },
  // 大桥建成通车, 过大桥: the bridge, not Da Qiao the beauty of the Three Kingdoms.
  { word: '大桥', when: ({ rest, before }) => ![...before(), ...rest().slice(0, 6)].some((s) => /^(?:小乔|小桥|二乔|周瑜|孙策)$/.test(s.text)), sense: /^big bridge/, gloss: 'big bridge, bridge (over a river)' },
  // 急得直哭, 直出汗, 直点头: continuously, over and over, before what is done.
  { word: '直', when: ({ prev, next }) => next !== undefined && (/^v/.test(next.tag) || /^(?:哭|笑|喊|叫|冒|流|出汗|发抖|点头|摇头|哆嗦|跺脚)/.test(next.text)) && (prev === undefined || prev.text === '得' || /^(?:d|v|a|r|n|nr)/.test(prev.tag)) && !/^(?:到|通|接|达|走|奔|飞|线)/.test(next.text), sense: /^\(indicates continuing motion or action\)/ },
  // 往前走, 往前开: forward, before going.
  { word: '往前', when: ({ next }) => next !== undefined && /^v/.test(next.tag), sense: /^ahead; forward/ },
  // 去逛逛老街: the old street (of a town), not Lao Cai in Vietnam, unless the text is about there.
  { word: '老街', when: ({ before, rest }) => ![...before(), ...rest()].some((s) => /^(?:越南|缅甸|老挝)$/.test(s.text)), sense: /^old street/, gloss: 'old street (of a town, its historic quarter)' },
  // 营商环境: doing business.
  { word: '营商', when: () => true, sense: /^doing business/, gloss: 'doing business (营商环境 business environment)' },
  // 急难愁盼: the people's most pressing concerns.
  { word: '急难愁盼', when: () => true, sense: /^urgent, difficult/, gloss: 'urgent, difficult, worrying and long-hoped-for (matters): the most pressing concerns of the people' },
  // 好不热闹: how very, before a description.
  { word: '好不', when: () => true, sense: /^how very/ },
  // 不比在外地差, 比他差: worse, not up to standard, closing a comparison.
  { word: '差', when: ({ next, before }) => (next === undefined || !/^[\p{Script=Han}]/u.test(next.text) || /^(?:了|多少|多|些|一些|一点|的)$/.test(next.text)) && before().some((s) => s.text === '比' || s.text === '不比'), sense: /^not up to standard/ },
  // 撒一把米, 淘米, 两斤米: rice (uncooked), not a meter.
  { word: '米', when: ({ prev, before }) => prev !== undefined && (/^(?:把|斤|袋|碗|粒|升|缸|锅|公斤|些|点)$/.test(prev.text) || before().slice(0, 4).some((s) => /^(?:撒|煮|淘|蒸|买|吃|洗|舂|碾)/.test(s.text))) && !/^[0-9０-９]/.test(prev.text) && prev.tag !== 'm', sense: /^uncooked rice/ },
  // 为毕业生和企业牵线搭桥: bringing people together.
  { word: '牵线搭桥', when: () => true, sense: /^to act as go-between/, gloss: 'to act as go-between; to bring two parties together (lit. to pull the thread and build the bridge)' },
  // 冒着小雨, 冒着生命危险: braving, risking.
  { word: '冒', when: ({ next, rest }) => next?.text === '着' && rest().slice(1, 4).some((s) => /(?:雨|雪|风|严寒|酷暑|高温|危险|生命|炮火|寒风|烈日|困难)/.test(s.text)), sense: /^to brave|^to risk/, gloss: 'to brave; to risk' },
  // 一声令下: at a word of command.
  { word: '一声令下', when: () => true, sense: /^at a word of command/, gloss: 'at a word of command; as soon as the order is given' },
  // 看了看表, 戴着表: a watch.
  { word: '表', when: ({ prev }) => prev !== undefined && /^(?:看|看了看|看看|瞧|瞧了瞧|戴|戴着|摘|摘下|手上的|新)$/.test(prev.text), sense: /\bwatch\b/ },
  // 往右拐弯: turning a corner.
  { word: '拐弯', when: ({ prev }) => prev === undefined || !/^(?:思想|观念|态度|政策|人生)/.test(prev.text), sense: /^to go round a curve/ },
  // 如有问题, 如需帮助: if (written), at the start of a condition.
  { word: '如', when: ({ prev, next }) => (prev === undefined || /^[\p{P}\s]+$/u.test(prev.text)) && next !== undefined && /^(?:有|需|遇|发现|果|出现|不|无|因|想|要)/.test(next.text), sense: /^if/, gloss: 'if (written)' },
  // 在一个多月的时间里: over a month.
  { word: '一个多月', when: () => true, sense: /^over a month/, gloss: 'over a month; a month and more' },
  // 积分兑换, 获得积分: points earned (not an integral), unless mathematics is the subject.
  { word: '积分', when: ({ before, rest }) => ![...before(), ...rest().slice(0, 6)].some((s) => /(?:微分|函数|数学|方程|导数|计算|形式|曲线|公式|变换|运算|符号|分部|向量|定理|区间|近似|求)/.test(s.text)), sense: /^accumulated points|^bonus points/ },
  // 一次查验, 一次办好: once (at one go), before what is done.
  { word: '一次', when: ({ next }) => next !== undefined && /^v/.test(next.tag), sense: /^once$/ },
  // 合我的口味, 合你的心意: suiting.
  { word: '合', when: ({ next, rest }) => next !== undefined && /^(?:我|你|他|她|大家|人|他们|我们|你们|您)$/.test(next.text) && rest().slice(1, 4).some((s) => /(?:口味|胃口|心意|意|身|适|要求|标准)/.test(s.text)), sense: /^to fit/ },
  // 经磨憨口岸出境, 经北京转机: via, before a place.
  { word: '经', when: ({ next }) => next !== undefined && /^(?:ns|nsj)$/.test(next.tag), sense: /^to pass through/ },
  // 垃圾填埋场, 停车场: a site for what is done there (not the classifier for matches).
  { word: '场', when: ({ prev, next }) => prev !== undefined && Array.from(prev.text).length === 2 && /^(?:v|vn|n)$/.test(prev.tag) && (next === undefined || !/^(?:n|vn|nz)$/.test(next.tag)), sense: /^large place used for a specific purpose/ },
  // 一家贸易公司, 一家医院: one (company, hospital), not "the whole family".
  // (…or further on in the clause, described first: 一家二十四小时营业的动物医院.)
  { word: '一家', when: ({ prev, next, rest }) => next !== undefined && !/^(?:我们|你们|他们|咱们|咱|全|他|她|我|你|他家|她家|老李)$/u.test(prev?.text ?? '') && clauseOf(rest()).slice(0, 8).some((s) => /(?:公司|企业|[国央外民私房]企|医院|银行|工厂|厂|店|餐厅|饭店|酒店|超市|商场|卖场|机构|单位|合作社|集团|学校|书店|商店|诊所|药店|网站|媒体|药房|门店|铺|铺子|馆|作坊|工作室|农庄|农场|民宿|客栈|养殖场|幼儿园|培训班|俱乐部)$/.test(s.text)) && !/^(?:人|老小|几口|三口|四口|团聚|团圆)/.test(next.text), sense: /^one \(company/, gloss: 'one (company, shop, hospital…): 一 one + 家 (classifier for businesses)' },
  // 开点儿药, 开了药方: prescribing.
  // (开了七服中药: the medicine a few words on.)
  { word: '开', when: ({ next, rest }) => next !== undefined && (/^(?:药|药方|处方|方子)/.test(next.text) || rest().slice(0, 4).some((s) => /^(?:药|药方|处方|中药|西药)$|(?:滴耳液|滴眼液|眼药水|药水|药膏|胶囊|退烧药|消炎药|止痛药|感冒药)$/u.test(s.text))), sense: /^to prescribe/, gloss: 'to prescribe (medicine)' },
  // 补上落下的课: missed, fallen behind in.
  { word: '落下', when: ({ next, rest }) => next?.text === '的' && /^(?:课|功课|作业|进度|内容|知识)$/.test(rest()[1]?.text ?? ''), sense: /^to fall behind/, gloss: 'to fall behind in; to miss (lessons)' },
  // 把面和好, 揉面: the dough, flour (not "face").
  { word: '面', when: ({ prev, next }) => (next !== undefined && /^(?:和|揉|发|擀|团|粉|条)$/.test(next.text)) || (prev !== undefined && /^(?:和|揉|擀|发|和好|买|一袋|一斤|白)$/.test(prev.text)), sense: /^flour/ },
  // 升得老高, 老远: very, before an adjective after 得 or said twice.
  { word: '老', when: ({ prev, next }) => next !== undefined && /^a/.test(next.tag) && next.text.length === 1 && (prev?.text === '得' || prev?.text === next.text), sense: /^very$/ },
  // 快到了, 快要下雨了: soon, almost (before a verb and its 了).
  { word: '快', when: ({ next, rest }) => next !== undefined && (/^(?:到|要)/.test(next.text) || ((/^(?:下|过|来|完|满|不行|没有|结束|开始)/.test(next.text) || /^[va]/.test(next.tag)) && rest().slice(0, 5).some((s) => s.text === '了'))), sense: /^soon/ },
  // 越走越远, 越往北走，天气越冷: the more… the more (the first 越 as well as the second, within
  // the clause or in the next one).
  { word: '越', when: ({ rest }) => rest().slice(1, 10).some((s) => s.text === '越'), sense: /^the more\.\.\. the more/ },
  // 十点就到家了, 刚到家: arriving home (not "perfect"), after when or how soon.
  // (结果到家一看: seeing, once home.)
  { word: '到家', when: ({ prev, next }) => (prev !== undefined && /^(?:就|才|刚|刚刚|已经|快|没|还没|回|能|要|先|一|到|都|等|直到|平安|结果|安全|顺利|早点|早点儿|早些|晚|按时|准时|总算|终于)$/.test(prev.text)) || /^(?:了|时|后|以后|的时候|之后|时候|的|一|就|已经|再)$/.test(next?.text ?? ''), sense: /^to arrive home/, gloss: 'to arrive home; to get home' },
  // 大网被拉出冰面: the passive, before what is done (not "quilt", jieba's tag for 被 cut from a guess).
  { word: '被', when: ({ next }) => next !== undefined && (/^[vp]/.test(next.tag) || /^(?:n|nr|r)/.test(next.tag)), sense: /^used to indicate passive voice/ },
  // 往下落, 往下看: downward.
  { word: '往下', when: () => true, sense: /^downward/, gloss: 'downward; down' },
  // 乡村游, 冰雪游, 自驾游: a kind of tour, after what it is about (not swimming).
  // (坐船游漓江, 三日游, 游西湖: a place toured or a trip too.)
  {
    word: '游',
    when: ({ prev, next }) =>
      (prev !== undefined && /^(?:n|ns|nz|vn|b|an)$/.test(prev.tag) && Array.from(prev.text).length >= 2 && !/[里中上内边]$/u.test(prev.text) && !/(?:河|湖|海|江|池|水|溪)$/u.test(prev.text) && (next === undefined || !/^(?:泳|水|过|到|向|去|来|了|着)/.test(next.text))) ||
      (next !== undefined && (/^ns/.test(next.tag) || /(?:江|湖|山|城|园|河|景区|古镇|古城)$/u.test(next.text))) ||
      (prev !== undefined && /(?:日|天|周|船|车|自驾|一日|两日|三日)$/u.test(prev.text)),
    sense: /^to tour|^to travel/,
  },
  // 把座位让给老人, 让座, 让路: yielding, giving up to someone.
  { word: '让', when: ({ next }) => next !== undefined && /^(?:给|出|座|位|路|开|步|了)$/.test(next.text), sense: /^to yield/ },
  // 让咱们过去吧, 我过去看看: going over there (not "the past"), after who goes or before what follows.
  { word: '过去', when: ({ prev, next }) => prev !== undefined && (/^(?:r|nr)$/.test(prev.tag) || /^(?:咱们|我们|你们|他们|我|你|他|她|大家|赶紧|马上|快|走|跑|跳|游|飞|爬|冲|递|扔|送|看|望|转|绕)$/.test(prev.text)) && (next === undefined || !/^[\p{Script=Han}]/u.test(next.text) || /^(?:吧|了|啊|呀|看看|看|瞧瞧|一趟|一下|帮忙|接|找|问问|拿)$/.test(next.text)), sense: /^to go over/ },
  // 别提多高兴了: you can't imagine how (happy).
  { word: '别提', when: ({ next }) => next?.text === '多', sense: /^you can't imagine how/, gloss: "you can't imagine how…; extremely (别提多…了)" },
  // 过上了好日子: a good life, lived.
  { word: '好日子', when: ({ before }) => before().slice(0, 3).some((s) => /^过/u.test(s.text)), sense: /^a good life/, gloss: 'a good life; comfortable days' },
  // 手也巧, 心灵手巧: skilful with the hands.
  { word: '巧', when: ({ prev, before }) => prev?.text === '手' || before().slice(0, 3).some((s) => s.text === '手'), sense: /^skillful/ },
  // 找来好多木头, 一根木头: wood, logs (not "blockhead").
  { word: '木头', when: ({ prev }) => prev !== undefined && (/^(?:m|q|mq|v)$/.test(prev.tag) || /^(?:好多|很多|一些|些|堆|根|块|的)$/.test(prev.text)), sense: /^log \(of wood/ },
  // 合作社流转了两千亩地: land-use rights passed on or leased (土地流转).
  { word: '流转', when: ({ before, rest }) => [...before(), ...rest().slice(0, 5)].some((s) => /(?:土地|亩|地块|耕地|承包|合作社|林地)/.test(s.text)), sense: /^\(of land-use rights\)/, gloss: '(of land-use rights) to transfer; to lease (土地流转)' },
  // 对付一口, 吃一口, 咬了一口: a mouthful, a bite.
  { word: '一口', when: ({ prev, next }) => prev !== undefined && /^(?:咬|吃|喝|尝|对付|吸|抿|舔|了|咬了|吃了|喝了|尝了|吸了)$/.test(prev.text) && (next === undefined || !/^(?:气|咬定|答应|回绝|拒绝|否认)/.test(next.text)), sense: /mouthful/, gloss: 'a mouthful; a bite' },
  // 开得不算快: not (really) considered so, before a description.
  { word: '不算', when: ({ next }) => next !== undefined && /^(?:a|ad|d|z)/.test(next.tag), sense: /^to not be considered/ },
  // 再普通不过: couldn't be more (after 再 + an adjective).
  { word: '不过', when: ({ before }) => before()[1]?.text === '再', sense: /^cannot be more/ },
  // 光靠卖原料, 光说不做: only, before a verb.
  { word: '光', when: ({ prev, next }) => next !== undefined && /^v/.test(next.tag) && next.tag !== 'vn' && !/^(?:n|v|uj)/.test(prev?.tag ?? ''), sense: /^only; merely/ },
  // 正忙着, 正说着: in the middle of doing, before a verb and its 着.
  { word: '正', when: ({ next, rest }) => next !== undefined && (/^v/.test(next.tag) || /着$/.test(next.text)) && (/着$/.test(next.text) || rest()[1]?.text === '着'), sense: /^just \(at that time\)/ },
  // 晚饭最好在七点前吃完: had better, before what one does.
  { word: '最好', when: ({ next }) => next !== undefined && /^(?:v|p|d)/.test(next.tag) && next.tag !== 'vn', sense: /^had better/ },
  // 一查才发现, 一看就知道: as soon as.
  // (从一开始就: from the very start.) 一出站，我就看见: 就 later in the sentence.
  {
    word: '一',
    when: ({ prev, next, rest }) =>
      prev?.text !== '从' &&
      next !== undefined &&
      /^v/.test(next.tag) &&
      next.tag !== 'vn' &&
      // (一下大雨，…: as soon as it rains.)
      (/^(?:就|才|便)$/.test(rest()[1]?.text ?? '') || rest().slice(2, 6).some((s) => s.text === '就') || (next.text === '下' && /^[大小暴]?[雨雪]$/u.test(rest()[1]?.text ?? ''))),
    sense: /^as soon as$/,
  },
  // 母亲一听要做胃镜, 他一看是我: as soon as (someone) hears or sees, before what is heard or seen.
  { word: '一', when: ({ prev, next, rest }) => prev !== undefined && /^(?:n|nr|r)/.test(prev.tag) && /^(?:听|看|瞧)$/u.test(next?.text ?? '') && /^(?:v|d|r|p|c|x)/.test(rest()[1]?.tag ?? 'x'), sense: /^as soon as$/ },
  // 原来是随从…: as it turns out (before 是 or 如此).
  // (Opening its clause: 蒙古人原来是游牧民族 is "originally".) 你的刺原来这么有用: before 这么 or 那么, anywhere.
  {
    word: '原来',
    when: ({ prev, next }) => next !== undefined && (/^(?:这么|那么|这样|如此|就)$/.test(next.text) || ((prev === undefined || prev.tag === 'x') && /^(?:是|就是)$/.test(next.text))),
    sense: /as it turns out/,
  },
  // 清明小长假, 清明节前后: the festival.
  { word: '清明', when: ({ prev, rest }) => /^(?:节|小长假|长假|假期|前后|时节|期间|扫墓|祭扫|当天|到了)/.test(rest().slice(0, 2).map((s) => s.text).join('')) || /^(?:过|今年|去年|明年|每年|每逢|又到|临近|正值|逢)$/u.test(prev?.text ?? ''), sense: /Tomb Sweeping Day/, entry: 'Qing1 ming2' },
  // 带便当, 吃便当: a packed lunch.
  { word: '便当', when: ({ prev }) => prev !== undefined && /^(?:带|吃|买|做|订|送|拿|热|盒)$/.test(prev.text), sense: /^bento/ },
  // 记得晒图哦！: the friendly particle closing a sentence.
  { word: '哦', when: ({ prev, next }) => prev !== undefined && prev.tag !== 'x' && (next === undefined || /^[。！!？?，,~～…]+$/u.test(next.text)), sense: /^sentence-final particle/, entry: 'o5' },
  // 下周一, 下个月, 下星期: next.
  { word: '下', when: ({ next }) => next !== undefined && /^(?:周|星期|礼拜|个月|个星期|学期|一站|一代|一届|半年|一次|次|回|一步)/.test(next.text), sense: /^next/ },
  // 明天起, 即日起: starting from a time (not 早上六点起 "to get up" closing the clause).
  { word: '起', when: ({ prev, next }) => prev !== undefined && prev.tag === 't' && next !== undefined && next.tag !== 'x' && !/^(?:床|来|身)/.test(next.text), sense: /^starting from/ },
  // 船行到江上: travelling (before 到, 至, 驶).
  { word: '行', when: ({ next }) => next !== undefined && /^(?:到|至|于|驶|进|经)$/.test(next.text), sense: /to walk; to go; to travel/ },
  // 四十出头: a little over (a round number).
  { word: '出头', when: ({ prev }) => prev !== undefined && /^m/.test(prev.tag), sense: /^a little more than/ },
  // 回头再说, 回头我发给你: later.
  { word: '回头', when: ({ next }) => next !== undefined && /^(?:再|我|你|大家|咱们|咱|我们|见|聊)$/.test(next.text), sense: /^later/ },
  // 到门口接你们: to meet someone, pick them up.
  { word: '接', when: ({ next }) => next !== undefined && next.tag === 'r' && /^(?:你|你们|我|我们|他|他们|她|她们|孩子|大家)$/.test(next.text), sense: /^to meet or welcome/ },
  // 我叫刘洋，, 名字叫豆豆: to be called, a name closing the clause after it or after 名字;
  // 这不叫勇敢, 这就叫: what something counts as.
  {
    word: '叫',
    when: ({ prev, next, rest }) =>
      /(?:名字|名|小名|外号|网名)$/.test(prev?.text ?? '') ||
      (next !== undefined && next.tag === 'nr' && (rest()[1] === undefined || rest()[1]?.tag === 'x')) ||
      (prev !== undefined && /^(?:不|就|才|这|那|也|这就|那就|这才|那才|不能|算)$/u.test(prev.text) && next !== undefined && /^(?:a|n|v|l|i|r)/.test(next.tag) && !/^(?:我|你|他|她|它|我们|你们|他们|她们|人|大家)$/u.test(next.text)),
    sense: /^to be called/,
  },
  // 我姓孙: to be surnamed.
  // (Not 先名后姓的, the surname itself.)
  { word: '姓', when: ({ prev, next }) => next !== undefined && !/^(?:x|uj)$/.test(next.tag) && next.text !== '名' && prev !== undefined && /^(?:r|nr|n|d)$/.test(prev.tag), sense: /^to be surnamed/ },
  // 自然难以入睡: naturally, opening its clause before what follows from it.
  // (自然落差: natural, before what it describes.)
  { word: '自然', when: ({ prev, next }) => (prev === undefined || prev.tag === 'x') && next !== undefined && (/^(?:d|p)$/.test(next.tag) || /^(?:会|不会|不|就|也|要|能|而然|是)$/.test(next.text)), sense: /^naturally$/ },
  // 光靠卖原料, 全靠大家: to depend on (something done or someone), not to lean.
  { word: '靠', when: ({ prev, next }) => (prev !== undefined && /^(?:光|全|就|只|主要|都|要|得|还|不能|不|也)$/.test(prev.text)) || (next !== undefined && /^v/.test(next.tag) && next.tag !== 'vn'), sense: /^to depend on/ },
  // 拍视频, 拍照片, 拍电影: to take (a photo) or shoot (a film).
  { word: '拍', when: ({ next, before }) => (next !== undefined && /^(?:视频|短视频|照片|照|相片|电影|戏|镜头|片子|纪录片|广告|写真|vlog)/.test(next.text)) || before().slice(0, 3).some((s) => s.text === '镜头'), sense: /^to (?:take \(a photo\)|shoot \(a film\))/ },
  // 热一热, 热一下: to warm up (food).
  { word: '热', when: ({ next, rest }) => next !== undefined && (/^(?:一下|好|了)$/.test(next.text) || (next.text === '一' && rest()[1]?.text === '热') || next.text === '热'), sense: /^to warm up/ },
  // 风浪大作, 雷声大作: to erupt, closing the clause after what erupts.
  { word: '大作', when: ({ prev, next }) => prev !== undefined && /^n/.test(prev.tag) && (next === undefined || next.tag === 'x'), sense: /^to erupt/ },
  // 迎来一次大范围降雨, 一次就成功: once, a single occurrence (not "first").
  // (一次成功, 一次就通过: at the first try.)
  { word: '一次', when: ({ prev, next }) => prev?.text !== '第' && next !== undefined && /^(?:a|b|n|vn|l)/.test(next.tag) && !/^(?:成功|通过|到位|完成|搞定|解决|命中|性)/.test(next.text), sense: /^once$/ },
  // 带点干粮, 买点水果: a little, between a one-character verb and its object (点菜 "to order" aside).
  { word: '点', when: ({ prev, next }) => prev !== undefined && prev.tag === 'v' && Array.from(prev.text).length === 1 && next !== undefined && /^n/.test(next.tag) && !/^(?:菜|餐|单|外卖|饮料|头|火|灯|名)/.test(next.text), sense: /^a small amount; a bit/ },
  // 冬天快到了, 快下雨了: soon, about to (快 … 了).
  // (…or a comparison, 都快比你爸高了; or a verb that has its 了 on, 票都快卖光了.)
  { word: '快', when: ({ prev, next, rest }) => next !== undefined && /^(?:v|m|t|d|p|l|i)/.test(next.tag) && next.tag !== 'vn' && prev?.text !== '得' && (next.text.endsWith('了') || clauseOf(rest()).slice(1, 6).some((s) => s.text === '了')), sense: /^soon$/ },
  // 等放暑假了, 等糖化开: when, by the time (opening a clause that ends in 了 or 的时候).
  { word: '等', when: ({ prev, next, rest }) => (prev === undefined || prev.tag === 'x') && next !== undefined && next.tag !== 'x' && clauseOf(rest()).slice(1).some((s) => /^(?:了|的时候|时|以后|后)$/.test(s.text)), sense: /^by the time; when/ },
  // 一个大包, 背着一个包: a bag, counted or described.
  { word: '包', when: ({ prev, next }) => prev !== undefined && (/^(?:m|q|a|mq)$/.test(prev.tag) || /[个只]$/.test(prev.text)) && (next === undefined || /^(?:x|uj|f)$/.test(next.tag)), sense: /^bag$/ },
  // 修了水泥路, 修桥: to build (a road, a bridge).
  { word: '修', when: ({ rest }) => clauseOf(rest()).slice(0, 3).some((s) => /(?:路|桥|公路|铁路|水库|大坝|房子|堤)$/.test(s.text)), sense: /^to build$/ },
  // 交朋友, 交到好朋友, 交了很多新网友: to make friends (交给朋友 a few words on is handing over).
  { word: '交', when: ({ next, rest }) => clauseOf(rest()).slice(0, 3).some((s) => /朋友$/.test(s.text)) || (next !== undefined && next.text !== '给' && rest().slice(0, 6).some((x) => /(?:朋友|好友|笔友|网友)$/u.test(x.text))), sense: /^to make friends$/ },
  // 往前走: ahead, forward, before a verb.
  { word: '往前', when: ({ next }) => next !== undefined && /^v/.test(next.tag), sense: /^ahead; forward/ },
  // 越打越准, 念得不太准: accurate (after a degree word, 越 or 得).
  { word: '准', when: ({ prev }) => prev !== undefined && (DEGREE_BEFORE.test(prev.text) || /^(?:越|得|不|不太|不够)$/.test(prev.text)), sense: /^accurate$/, entry: 'zhun3' },
  // 比较一下, 比较了两种: to compare, with what follows it.
  { word: '比较', when: ({ next }) => next !== undefined && /^(?:一下|了|过|着|两|这|那|一番)/.test(next.text), sense: /^to compare$/ },
  // 接下来大约二十分钟, 接下来我们: next, what follows (not taking something on).
  { word: '接下来', when: ({ prev, next }) => (prev === undefined || prev.tag === 'x') && next !== undefined && next.text !== '了', sense: /^next$/ },
  // 下面就从屏幕说起, 下面请: next, in what follows.
  { word: '下面', when: ({ prev, next }) => (prev === undefined || prev.tag === 'x') && next !== undefined && /^(?:就|我|我们|请|介绍|给|是|让|来|先)$/.test(next.text), sense: /^next$/ },
  // 只是跟着笑, 不只是: merely, inside a clause (opening one it is "but").
  { word: '只是', when: ({ prev }) => prev !== undefined && prev.tag !== 'x', sense: /^merely; only/ },
  // 只有春节才能回家: only if … (with 才 later; 只有9等 is "only" an amount).
  { word: '只有', when: ({ next, rest }) => next !== undefined && !/^m/.test(next.tag) && !/^[0-9０-９]/.test(next.text) && rest().slice(1, 10).some((s) => s.text.startsWith('才')), sense: /used in combination with 才/ },
  // 打了三次电话: three times.
  { word: '三次', when: ({ prev }) => prev !== undefined && (/^v/.test(prev.tag) || /^[了过]$/.test(prev.text)), sense: /^three times$/ },
  // 再晚一点儿, 太晚了: late.
  { word: '晚', when: ({ prev }) => prev !== undefined && /^(?:再|太|更|有点|有点儿|很|这么|那么|比较|越来越|都)$/.test(prev.text), sense: /^late$/ },
  // 背古诗, 背课文, 背下来: to recite from memory.
  // (《三字经》背得滚瓜烂熟: a book, or how well it is known by heart.)
  { word: '背', when: ({ next, prev, rest }) => next !== undefined && (/^(?:古诗|诗|课文|单词|书|台词|下来|熟|乘法表|公式|唐诗)/.test(next.text) || (next.text === '得' && (prev?.text === '》' || /^(?:滚瓜烂熟|熟|很熟|烂熟|流利)/.test(rest()[1]?.text ?? '')))), sense: /^to recite from memory/, entry: 'bei4' },
  // 没钓着, 找着了: 着 zháo after a verb, succeeding in it (not "to touch").
  { word: '着', when: ({ self, prev }) => self?.text === '着' && prev !== undefined && /^v/.test(prev.tag) && Array.from(prev.text).length === 1, sense: /^\(after a verb\) hitting the mark/ },
  // 还行, 还可以, 还不错: fairly, passably, closing the clause.
  { word: '还', when: ({ next, rest }) => next !== undefined && /^(?:行|可以|不错|凑合|好)$/.test(next.text) && (rest()[1] === undefined || /^(?:x|y|ul)$/.test(rest()[1]?.tag ?? '')), sense: /^fairly$/ },
  // 长得比我还高: even more, in a comparison with 比.
  { word: '还', when: ({ before, next }) => next !== undefined && /^(?:a|d)/.test(next.tag) && before().slice(0, 4).some((s) => s.text === '比'), sense: /^even more$/ },
  // 还差一分, 差两天: to fall short by an amount.
  { word: '差', when: ({ next }) => next !== undefined && /^m/.test(next.tag), sense: /^to fall short/ },
  // 最后请注意, 现在请: please, after when it is asked.
  { word: '请', when: ({ prev, next }) => prev !== undefined && /^(?:最后|现在|首先|然后|下面|接下来|另外)$/.test(prev.text) && next !== undefined && /^v/.test(next.tag), sense: /^please/ },
  // 习惯单手操作: to be used to doing.
  { word: '习惯', when: ({ next }) => next !== undefined && /^v/.test(next.tag) && next.tag !== 'vn', sense: /^to be used to/ },
  // 车站, 到站: the station, after arriving or leaving.
  { word: '站', when: ({ prev, next }) => prev !== undefined && /^(?:到|进|出|下|过|每|这|那|上一|下一|终点)$/.test(prev.text) && (next === undefined || next.tag === 'x' || /^[了的后时]$/.test(next.text)), sense: /^station$/ },
  // 睡不着, 找不着: after a verb, unable to (get there); CC-CEDICT's 不着 is only "no need", and it
  // lists none of these, so the reader gets the pattern spelt out.
  { word: '不着', when: ({ prev }) => prev !== undefined && /^v/.test(prev.tag) && Array.from(prev.text).length === 1 && prev.text !== '用' && prev.text !== '犯', sense: /^unable to/, gloss: 'unable to (after a verb: 睡不着 can\'t fall asleep, 找不着 can\'t find)' },
  // 贵酒店, 贵公司, 贵校: your (honorific), before the listener's institution.
  { word: '贵', when: ({ prev, next }) => next !== undefined && /^(?:酒店|公司|校|单位|方|店|院|台|刊|报社|国|司|行|厂|馆|中心|医院|宾馆|处|部门)$/.test(next.text) && !/^(?:很|太|不|挺|真|最|比较)$/.test(prev?.text ?? ''), sense: /\(honorific\) your/ },
  // 在网上订的, 订了房间, 订票: to book, to order.
  { word: '订', when: ({ prev, next }) => (next !== undefined && /^(?:的|了|好|房|房间|票|机票|车票|酒店|餐|座|位|外卖|座位|蛋糕)/.test(next.text)) || /^(?:网上|预|提前)$/.test(prev?.text ?? ''), sense: /^to order|to book/ },
  // 写信反映一下, 向上级反映情况: to report (a problem), not to mirror.
  { word: '反映', when: ({ next, before }) => (next !== undefined && /^(?:一下|情况|问题|给|过|意见)$/.test(next.text)) || before().slice(0, 6).some((s) => s.text === '向'), sense: /to report/ },
  // 长征八号, 长征系列运载火箭: the Long March rockets, named after the Long March.
  { word: '长征', when: ({ next }) => next !== undefined && (/^m/.test(next.tag) || /^(?:系列|火箭|运载)/.test(next.text)), sense: /^Long March/, entry: 'Chang2 zheng1' },
  // 近月制动, 环月轨道, 登月: the moon, after approaching, circling or landing.
  { word: '月', when: ({ prev }) => prev !== undefined && /^(?:近|环|登|探|绕|奔|揽|赏|望|明|新|满|残|落|地)$/.test(prev.text), sense: /^moon$/ },
  // 经市政府研究决定: after going through (a body's deliberation).
  { word: '经', when: ({ next, rest }) => next !== undefined && /^(?:n|nt|nz|j)$/.test(next.tag) && rest().slice(1, 4).some((s) => /^(?:研究|讨论|审议|批准|同意|决定|审核|审查|鉴定|检查|调查|协商)$/.test(s.text)), sense: /^to undergo/ },
  // 四比二, 十一比八: a score.
  { word: '比', when: ({ prev, next }) => prev !== undefined && next !== undefined && /^(?:m)$/.test(prev.tag) && /^m/.test(next.tag), sense: /^ratio/ },
  // 连得两分, 连胜三场: in succession.
  { word: '连', when: ({ next }) => next !== undefined && /^(?:得|胜|赢|输|下|续|夺|获)/.test(next.text), sense: /^in succession/ },
  // 十月底, 年底: the end of a period.
  { word: '底', when: ({ prev }) => prev !== undefined && /(?:[月年]|季度|学期)$/.test(prev.text), sense: /end of a year or month/ },
  // 下雨, 雨下得很大: rain or snow coming down.
  // (雪还在下: the rain or snow earlier in the clause, 下 closing it.)
  {
    word: '下',
    when: ({ prev, next, before }) =>
      (next !== undefined && /^[大小暴中]?[雨雪]/.test(next.text)) ||
      (prev !== undefined && /[雨雪]$/.test(prev.text)) ||
      ((next === undefined || next.tag === 'x' || next.text === '了' || next.text === '着' || next.text === '个') && before().slice(0, 5).some((s) => /[雨雪]$/.test(s.text))),
    sense: /^to go down$/,
  },
  // 质量很差, 成绩越来越差: poor, not up to standard (after a degree word or at the clause's end).
  { word: '差', when: ({ prev, next }) => prev !== undefined && /^(?:很|太|较|比较|非常|特别|越来越|有点|有点儿|更|最|真|挺|不算)$/.test(prev.text) && (next === undefined || next.tag === 'x' || /^[了的]$/.test(next.text)), sense: /^not up to standard/ },
  // 忙起来, 暖和起来, 看起来: after a verb or adjective, beginning (or judging), not "to stand up".
  { word: '起来', when: ({ prev }) => prev !== undefined && /^(?:v|a|ad|an|z)/.test(prev.tag), sense: /^\(after a verb\) indicating the beginning/, entry: 'qi5 lai5' },
  // 捞出来, 拿出去: after a one-character verb, the complement (its entry read chu5 lai5 in CC-CEDICT).
  { word: '出来', when: ({ prev }) => prev !== undefined && /^v/.test(prev.tag) && Array.from(prev.text).length === 1, sense: /^\(after a verb, indicates coming out/, entry: 'chu5 lai5' },
  // 仍在持续, 正在下雨, 还在睡觉: an action in progress, before a verb.
  { word: '在', when: ({ prev, next }) => prev !== undefined && /^(?:仍|还|正|一直|都|也|仍然|依然|始终|总|又)$/.test(prev.text) && next !== undefined && /^v/.test(next.tag), sense: /^\(used before a verb to indicate an action in progress\)/ },
  // 一般一周左右便能自愈, 一般来说: generally, before a number, a verb or 来说.
  { word: '一般', when: ({ next }) => next !== undefined && (/^(?:m|v|d|p)/.test(next.tag) || next.text === '来说'), sense: /^generally$/ },
  // 我想去, 想买, 将来想当老师: to want to, before a verb (not 我想他会来 "to think", nor 想出来, 想到 "to think of").
  {
    word: '想',
    when: ({ next }) => next !== undefined && (/^(?:当|做|成为|去|学|买|吃|要)$/.test(next.text) || (/^v/.test(next.tag) && next.tag !== 'vn' && !/^(?:出(?!去|门|国|发|差|游|行|来玩)|起|到|通|好|清|明|开|过|一想)/.test(next.text))),
    sense: /^to desire; to want/,
  },
  // 那我跟你一起去: then, in that case, opening a clause before its subject.
  // (那就这么定了, 那太麻烦你了: before 就, 太 or 还 too.)
  { word: '那', when: ({ prev, next }) => (prev === undefined || /^[，。！？；：\s“”]+$/u.test(prev.text)) && next !== undefined && ((/^(?:r|nr)$/.test(next.tag) && !/^[这那]/.test(next.text)) || /^(?:就|太|还|也|可|再)$/.test(next.text)), sense: /^then \(in that case\)/ },
  // 外婆走了。: a grandparent or parent who "went", died (the euphemism), the clause ending there.
  { word: '走', when: ({ prev, rest }) => prev !== undefined && KIN.test(prev.text) && rest()[0]?.text === '了' && /^[。！，；…]/u.test(rest()[1]?.text ?? '。'), sense: /^to die \(euph\.\)/ },
  // 连小孩子都知道: even (with 都 or 也 later in the clause).
  { word: '连', when: ({ rest }) => clauseOf(rest()).slice(1, 10).some((s) => s.text === '都' || s.text === '也'), sense: /^\(used with 也/ },
  // 市场部, 财务部: a department of an organisation, after what it deals with.
  { word: '部', when: ({ prev }) => prev !== undefined && /^(?:n|vn)$/.test(prev.tag) && !/^[一二三四五六七八九十几这那每]/.test(prev.text), sense: /^department$/ },
  // 现在才明白, 终于明白了: to understand (not "clear").
  { word: '明白', when: ({ prev, next }) => (prev !== undefined && /^(?:才|终于|不|没|没有|都|也|已经|就|一下子|我|你|他|她|我们|大家)$/.test(prev.text)) || next?.text === '了', sense: /^to understand/ },
  // 老企业, 老房子, 奶奶的老做法: of long standing (老 "old" leads for people, animals and trees: 老朋友, 老松树).
  { word: '老', when: ({ next }) => next !== undefined && /(?:做法|方法|手艺|味道|配方|工艺|口味|样子|腔调|行当|企业|工厂|厂|房子|房|城|城区|街|校区|院区|小区|基地|工业|品牌|字号|店|问题|毛病|办法|习惯|规矩|传统|关系|地方|照片|物件|家具|车站|机场|邻居|对手|街坊|乡亲|战友|搭档|客户|顾客|主顾|同事|同学|邻里|树|屋|井|桥|宅|墙|槐树|榆树|柳树|松树|枣树)$/.test(next.text), sense: /^of long standing$/ },
  // 锅里倒油, 倒入清水: pouring (a liquid), not turning upside down.
  { word: '倒', when: ({ next, rest }) => (next !== undefined && /^[入出掉满进]/.test(next.text)) || clauseOf(rest()).slice(0, 4).some((s) => /(?:水|油|酒|汤|醋|奶|茶|酱油|饮料|咖啡)$/.test(s.text)), sense: /^to pour/ },
  // 首场, 首次, 首批, 首日: the first.
  { word: '首', when: ({ next }) => next !== undefined && (next.tag === 'q' || /^(?:日|天|次|批|届|轮|站|家|位|个|部)/.test(next.text)), sense: /^first/ },
  // 主办方, 买方: the party (to an event, a deal).
  { word: '方', when: ({ prev, next }) => prev !== undefined && /^(?:v|vn|n|b)$/.test(prev.tag) && Array.from(prev.text).length === 2 && !/^(?:可|能|才|始|为|知|得)$/.test(next?.text ?? ''), sense: /^party \(to a contract/ },
  // 主灯, 主教练: main, before the noun it heads.
  { word: '主', when: ({ prev, next }) => next !== undefined && /^n/.test(next.tag) && !(prev !== undefined && /^(?:的|为|做|当|作)$/.test(prev.text)), sense: /^main$/ },
  // 停下来, 闲不下来, 留下来: the complement (settling, coming to a stop), after a verb.
  { word: '下来', when: ({ prev }) => prev !== undefined && /^(?:v|a|d)/.test(prev.tag) && !(/^d/.test(prev.tag) && /^(?:也|都|就|还|又|才|先|再|快|有时|马上|赶紧|一起|刚)$/u.test(prev.text)), sense: /^\(completed action marker\)/ },
  // 他也下来跟着学, 快下来: coming down (from upstairs), after an adverb of when or how.
  { word: '下来', when: ({ prev }) => prev !== undefined && /^(?:也|都|就|还|又|才|先|再|快|有时|马上|赶紧|一起|刚)$/u.test(prev.text), sense: /^to come down/ },
  // 蹲下来, 坐下来, 掉下来: down, after a verb of posture or motion.
  { word: '下来', when: ({ prev }) => prev !== undefined && /^(?:蹲|坐|躺|跪|趴|跳|走|跑|爬|掉|落|流|滚|摔|飞|滑|降|垂|拿|取|摘|放|停)$/.test(prev.text), sense: /^\(after verb of motion, indicates motion down/ },
  // 种子正在土里睡觉呢。: the state goes on (closing a statement, not a question).
  // (Not a question without its mark: 又有什么事情做不出来呢。)
  {
    word: '呢',
    when: ({ next, rest, before }) =>
      // (Or before an emoji or a space: 还差一半呢😭.)
      (next === undefined || /^[。！!…]/u.test(next.text) || !/[\p{Script=Han}A-Za-z0-9？?，,]/u.test(next.text)) &&
      !rest().some((s) => /^[？?]$/u.test(s.text)) &&
      !before().some((s) => /(?:什么|怎么|哪|谁|为什么|如何|多少|难道|岂|几)/.test(s.text)),
    sense: /^\(at the end of a declarative sentence\) particle indicating continuation/,
  },
  // 用心照顾, 很用心: attentively, before what is done or after a degree word.
  { word: '用心', when: ({ prev, next }) => (next !== undefined && /^v/.test(next.tag)) || (prev !== undefined && /^(?:很|更|非常|特别|要|不)$/.test(prev.text)), sense: /^to be diligent or attentive/ },
  { word: '千万', when: ({ next }) => next !== undefined && /^(?:不要|别|不能|不可|要|记住)$/.test(next.text), sense: /must by all means/ },
  { word: '原来', when: ({ prev, next }) => (prev === undefined || /^[，。！？；：\s]$/u.test(prev.text)) && next?.text === '，', sense: /^so, actually/ },
  // 五十来岁: the segmenter marks 来 between a number and its measure word as part of the number.
  { word: '来', when: ({ self }) => self?.tag === 'm', sense: /^\(after a round number\) approximately/ },
  { word: '长', when: ({ next }) => next !== undefined && /^[大高得成出满着在]/.test(next.text), sense: /^to grow/ },
  // 花了, 花点儿时间, 钱够不够花: spending (money or time), not a flower.
  {
    word: '花',
    when: ({ prev, next }) =>
      (next !== undefined && (/^(?:了|掉|光|完|过|在|钱|时间|点|点儿|不少|多少|大量|很多|太多|几)$/.test(next.text) || /^m/.test(next.tag))) ||
      (prev !== undefined && /^(?:够|不够|够不够|要|得|舍得|舍不得|别|少|乱|省着)$/.test(prev.text) && (next === undefined || next.tag === 'x')),
    sense: /^to spend/,
  },
  // 被盖住, 盖上被子, 盖好: covering, a verb with its complement or after 被.
  { word: '盖', when: ({ prev, next }) => prev?.text === '被' || (next !== undefined && /^(?:住|上|好|着|了|在|满)$/.test(next.text)), sense: /^to cover$/ },
  // 好长一段时间, 今天好冷: so, before an adjective (not after a degree word: 很好).
  {
    word: '好',
    when: ({ prev, next }) => next !== undefined && /^(?:a|ad)$/.test(next.tag) && !(prev !== undefined && /^(?:很|太|更|最|挺|真|不|没|非常|比较|特别)$/.test(prev.text)),
    sense: /^\(before an adjective for exclamatory effect\) so/,
  },
  // 他在看书, 孩子们在写作业: an action in progress after who does it (not 他在北京: a place after 在).
  // (Not 在…中, 在…上, 在…时: a verb jieba tags inside a place or time, 它在组织的构成中.)
  {
    word: '在',
    when: ({ prev, next, rest }) =>
      prev !== undefined &&
      /^(?:r|nr|nrfg)$/.test(prev.tag) &&
      next?.tag === 'v' &&
      rest()[1]?.text !== '的' &&
      !clauseOf(rest()).some((s) => /^(?:上|中|里|内|下|时|期间|之中|之下|以来|方面|过程中|之际|当中)$/.test(s.text)),
    sense: /^\(used before a verb to indicate an action in progress\)/,
  },
  // 她没有生气, 别生气, 生气地说: getting angry (jieba's noun tag would lead with "vitality").
  {
    word: '生气',
    when: ({ prev, next }) =>
      (prev !== undefined && /^(?:没有|没|不|别|很|太|非常|特别|有点|有点儿|会|就|又|都|在|真|更)$/.test(prev.text)) || next === undefined || /^(?:了|地|极了)$/.test(next.text) || next.tag === 'x',
    sense: /^to get angry/,
  },
  // 日子过得红红火火, 过得很好: living (one's days), the verb before its 得.
  { word: '过', when: ({ next }) => next?.text === '得', sense: /^to live$/ },
  // 坐地铁过去, 走过去: going over (there), after the verb of how.
  {
    word: '过去',
    when: ({ prev, next, before }) =>
      (next === undefined || next.tag === 'x' || /^(?:了|看|吧|吗)$/.test(next.text)) &&
      ((prev !== undefined && /^v/.test(prev.tag)) || before().slice(0, 3).some((s) => /^(?:坐|走|跑|开|飞|骑|游|搬|送|拿|带|赶|追|冲|爬|跳|转|打车)/.test(s.text))),
    sense: /^to go over/,
  },
  // 加油！, 大家加油吧: cheering on (not refuelling), said on its own.
  // (Not 劫机者要求加油: refuelling, asked for.)
  {
    word: '加油',
    when: ({ prev, next }) =>
      (next === undefined || /^(?:[！!，。]|吧|啊|哦|呀)$/u.test(next.text)) &&
      (prev === undefined || /^[，。！？“”\s]+$/u.test(prev.text) || /^(?:大家|你|你们|我们|咱们|一起|再|继续|给|为|好好|都)$/.test(prev.text)),
    sense: /^\(fig\.\) to make an extra effort/,
  },
  // 她还带我参加了婚礼, 还参观了, 还主演过: also, before a verb whose action was done (了 later in
  // the clause, or 了/过 right after a verb jieba tags as a noun; not 还没, 还在).
  {
    word: '还',
    when: ({ next, rest }) =>
      next !== undefined &&
      !/^(?:在|是|有|没|没有|要|会|能|可以)$/.test(next.text) &&
      (next.tag === 'v' ? clauseOf(rest()).slice(1, 6).some((s) => s.text === '了') : /^(?:vn|n)$/.test(next.tag) && /^[了过]$/.test(rest()[1]?.text ?? '')),
    sense: /^also$/,
  },
  // 一块钱: one yuan.
  { word: '一块', when: ({ next }) => next !== undefined && /^(?:钱|多|五|半)$/.test(next.text), sense: /^\(coll\.\) one yuan/ },
  // 还差得远, 差一点: falling short.
  { word: '差', when: ({ next }) => next !== undefined && /^(?:得|一点|一点儿|不多|点儿|多少)$/.test(next.text), sense: /^to fall short/ },
  // 挡得住, 记不住: the complement after 得 or 不 and a verb.
  { word: '住', when: ({ prev, before }) => prev !== undefined && /^[得不]$/.test(prev.text) && before()[1] !== undefined && Array.from(before()[1]?.text ?? '').length === 1, sense: /^\(suffix indicating firmness/ },
  // 弹了出来, 弹起来: springing back, bouncing.
  { word: '弹', when: ({ next }) => next !== undefined && /^(?:了|出|起|回|开|出来|起来|回来|回去|开来)$/.test(next.text), sense: /^to spring or leap/ },
  // 拿下十一分, 拿下冠军: winning (points, a set, a title).
  // (逆转拿下, 轻松拿下: how a set or a game was won.)
  { word: '拿下', when: ({ prev, next, rest }) => next?.tag === 'm' || /^(?:逆转|连续|顺利|轻松|最终|成功|艰难|先后|接连)$/.test(prev?.text ?? '') || rest().slice(0, 4).some((s) => /^(?:分|局|盘|冠军|比赛|胜利|金牌|第一|提名|奖项|大奖|订单|项目)$/.test(s.text)), sense: /^to win/ },
  // 一口吞下, 一口喝完: in one mouthful.
  { word: '一口', when: ({ next }) => next !== undefined && /^(?:吞|咬|喝|吃|吞下|咽|吃掉|喝光|喝完|吃完)/.test(next.text), sense: /^a mouthful/ },
  // 只见一条条生产线…: and there one sees, opening a description.
  { word: '只见', when: ({ prev }) => prev === undefined || /^[，。！？；：\s“”]+$/u.test(prev.text), sense: /^to see, to one's surprise/ },
  // 一千多公里以外: beyond a distance.
  { word: '以外', when: ({ prev }) => prev !== undefined && /(?:公里|千米|里|米|英里|海里)$/.test(prev.text), sense: /^beyond$/ },
  // 还要响, 很响: loud, after a degree word.
  {
    word: '响',
    when: ({ prev, before }) =>
      prev !== undefined && (/^(?:很|太|更|真|挺|非常|特别|还要|还|越来越|这么|那么|多)$/.test(prev.text) || (prev.text === '要' && before()[1]?.text === '还')),
    sense: /^loud$/,
  },
  // 声音低沉: a voice low and deep.
  { word: '低沉', when: ({ before }) => before().slice(0, 4).some((s) => /(?:声音|嗓音|声|语气|歌声|叫声)$/.test(s.text)), sense: /^\(of a voice\) low and deep/ },
  // 一起危险驾驶案件, 一起交通事故: a case of (not "together").
  { word: '一起', when: ({ prev, rest }) => (!/^(?:v|d)/.test(rest()[0]?.tag ?? '') || prev?.text === '了' || CASE_VERBS.test(prev?.text ?? '')) && clauseOf(rest()).slice(0, 4).some((s) => /(?:案件|案|事故|纠纷|火灾|事件|命案)$/.test(s.text)), sense: /^an instance of/ },
  // 被判拘役, 判了三年: sentenced.
  { word: '判', when: ({ prev, next }) => prev?.text === '被' || (next !== undefined && /^(?:处|刑|了|拘役|有期|无期|死刑|缓刑)/.test(next.text)), sense: /^\(of a judge\) to sentence/ },
  // 约了一位司机, 约好: arranging a meeting or a booking.
  { word: '约', when: ({ next }) => next !== undefined && /^(?:了|好|定|上|我|你|他|她|朋友)$/.test(next.text), sense: /^to make an appointment/ },
  // 又麻又辣, 麻辣: tingling (of Sichuan pepper), beside another taste; 嘴唇麻得说不出话, 有点麻: numb.
  { word: '麻', when: ({ prev, next }) => prev?.text === '又' || next?.text === '又' || (next !== undefined && /^(?:得|了|酥酥|辣)$/u.test(next.text)) || (prev !== undefined && /(?:嘴|嘴唇|舌头|手|脚|腿|胳膊|脸|有点|很|好|太|真|发)$/u.test(prev.text)), sense: /^to have pins and needles or tingling/ },
  // 处暂扣六个月, 处以罚款: punishing (a penalty after it).
  { word: '处', when: ({ rest }) => /^(?:暂扣|罚款|罚金|拘役|有期|无期|死刑|警告|以|吊销)/.test((rest()[0]?.text ?? '') + (rest()[1]?.text ?? '')), sense: /^to punish$/ },
  // 有一次, 我一次也没去过, 再一次: once, one time (not "first"), also before 也, 都 or 就 and after
  // 再, 又, 这 or 上.
  { word: '一次', when: ({ prev, next }) => prev?.text === '有' || next === undefined || next.tag === 'x' || /^[也都就还没又]/u.test(next.text) || /^(?:再|又|这|那|上|下|每|最后|哪)$/u.test(prev?.text ?? ''), sense: /^once$/ },
  // 成了好朋友: became (成 + 了 + what).
  { word: '成', when: ({ next, rest }) => next?.text === '了' && rest()[1] !== undefined && /^(?:n|r|nr|a|m|vn)/.test(rest()[1]?.tag ?? ''), sense: /^to become$/ },
  // 临时停泊, 临时调整: temporarily, before a verb.
  { word: '临时', when: ({ next }) => next !== undefined && next.tag === 'v', sense: /^temporary$/ },
  // 1至12号楼, 3号线: number (the ordinal of a building, a line).
  { word: '号', when: ({ prev, next }) => prev?.tag === 'm' && next !== undefined && /^(?:楼|线|门|馆|厅|房|床|车厢|窗口|公路|院)/.test(next.text), sense: /^ordinal number/ },
  // 点了七八个菜, 点菜: ordering food.
  { word: '点', when: ({ rest }) => rest().slice(0, 5).some((s) => /^(?:菜|饭|餐|单|外卖|饮料|一份|几个菜)$/.test(s.text)), sense: /^to order \(food/ },
  // 打八折: a discount of the tenths after it.
  // (享受七折优惠, 全场八折: a discount where one is enjoyed or a sale is said.)
  { word: '折', when: ({ prev, next, before }) => prev?.tag === 'm' && (before().slice(1, 3).some((s) => s.text === '打') || before().slice(1, 4).some((s) => /^(?:享受|全场|一律|会员|享|打)$/u.test(s.text)) || /^(?:优惠|出售|销售|起)$/u.test(next?.text ?? '')), sense: /^discount$/ },
  // 端上菜来, 端着碗: carrying (a dish) held level.
  { word: '端', when: ({ next }) => next !== undefined && /^(?:上|来|着|起|出|到|走|过|进|了)/.test(next.text), sense: /^to hold sth level/ },
  // 周日 is Sunday: CC-CEDICT files that sense under a capitalised reading and leads with "(dialect) weekday".
  { word: '周日', when: () => true, sense: /^Sunday$/ },
  // 早饭还是老样子: still, in a statement (not 你去还是我去？, 不知道是A还是B, 是继续…，还是留下: or).
  {
    word: '还是',
    when: ({ prev, before, rest }) =>
      prev !== undefined &&
      !/^[，、,]$/u.test(prev.text) &&
      !rest().some((s) => /^(?:[？?]|吗|呢)$/u.test(s.text)) &&
      !before().some((s) => /^(?:是|无论|不管|不论|知道|问|看看|决定)$/.test(s.text)),
    sense: /^still \(as before\)/,
  },
  // 挂了电话, 挂断电话: hanging up the phone.
  { word: '挂', when: ({ rest }) => rest().slice(0, 3).some((s) => s.text === '电话'), sense: /^to hang up \(the phone\)/ },
  // 当游客数量达到上限时: when, opening a clause that ends with 时 or 的时候.
  {
    word: '当',
    when: ({ prev, rest }) => (prev === undefined || /^[，。！？；：\s“”]+$/u.test(prev.text)) && clauseOf(rest()).some((s) => /^(?:时|的时候|时候|之时)$/.test(s.text)),
    sense: /^when$/,
  },
  // 可我做了好几次: but, opening a clause before its subject (not 可真好 "really").
  { word: '可', when: ({ prev, next }) => (prev === undefined || /^[，。！？；：\s“”]+$/u.test(prev.text)) && next !== undefined && /^(?:r|nr)$/.test(next.tag), sense: /^but; however/ },
  // 请司机朋友提前规划, 请勿吸烟: please, opening a clause (我请你吃饭 is an invitation).
  // (After a condition too: 遇到雷雨时请不要…; not 请他主持, 请周恩来吃饭: asking or inviting a third person.)
  {
    word: '请',
    when: ({ prev, next }) =>
      (prev === undefined || /^[，。！？；：\s“”]+$/u.test(prev.text) || /^(?:时|时候|之前|以前|之后|以后|的话)$/.test(prev.text)) &&
      next !== undefined &&
      next.tag !== 'x' &&
      !/^nr/.test(next.tag) &&
      !/^(?:他|她|它)/.test(next.text),
    sense: /^please/,
  },
  // 才五块钱, 才十岁: only, before an amount.
  { word: '才', when: ({ next }) => next !== undefined && /^m/.test(next.tag), sense: /^\(before an expression of quantity\) only/ },
  // 站了起来, 站在门口: standing, not a station (到站了 arrives at one).
  // (该站在…, 换乘站在…: the station, where 在 follows something other than who stands.)
  {
    word: '站',
    when: ({ prev, next }) =>
      next !== undefined && ((/^(?:了|着|起|起来|起身|住|好|满|成|直|稳|出来|到)$/.test(next.text) && !/^(?:到|进|出|过)$/.test(prev?.text ?? '')) || (next.text === '在' && prev !== undefined && /^(?:r|nr|d|n)$/.test(prev.tag) && !/^(?:该|本|此|这|那|每|各)$/.test(prev.text))),
    sense: /^to stand/,
  },
  // 连得八分, 落后三分: points scored, after a number in a clause about scoring.
  {
    word: '分',
    when: ({ prev, before }) => prev?.tag === 'm' && before().slice(1, 5).some((s) => /^(?:得|连得|拿|拿下|领先|落后|赢|输|投|丢|追|追回|比分|净胜|拿到|得到|罚|差距|分差|缩小|扩大|考|考了|考到|成绩|满分|总分|评)$/.test(s.text)),
    sense: /^a point \(in sports/,
  },
  // 七八分饱, 三分醉, 有几分把握: tenths of the way, after a small number and before how far.
  {
    word: '分',
    when: ({ prev, next }) =>
      prev !== undefined && /^(?:[一二两三四五六七八九十几]|[一二三四五六七八九][二三四五六七八九十])$/.test(prev.text) && next !== undefined && (/^(?:a|an|z)$/.test(next.tag) || /^(?:饱|熟|醉|把握|像|相似|满意|信心|力|力气|真|假)$/.test(next.text)),
    sense: /^one tenth/,
  },
  // 快于城镇, 好于预期: than, between an adjective of degree and what it is compared with.
  // (勤于动脑, 长于经商, 明于军事: good or keen at; 最早于1930年: the time when.)
  {
    word: '于',
    when: ({ prev, next, before }) =>
      prev !== undefined && /^[大小高低多少快慢好强弱早晚重轻优差贵远近深浅宽窄]$/.test(prev.text) && next !== undefined && /^(?:n|r|m|t|s|vn|an)/.test(next.tag) && before()[1]?.text !== '最',
    sense: /^\(used in comparison\) than/,
  },
  // 增速加快, 增速为6%, 经济增速: the growth rate, where it is what is spoken of (before how fast or
  // a verb about it, or after what grows).
  {
    word: '增速',
    when: ({ prev, next }) =>
      (next !== undefined && /^(?:快|慢|比|为|达|达到|回落|放缓|加快|提高|下降|高于|低于|位居|居|分别|较|同比|均|都|有所|明显|保持|继续|仍|由|从|超过|领先|在)$/.test(next.text)) ||
      (prev !== undefined && (/^(?:的|其|经济|收入|投资|消费|出口|进口|工业|产值|销售|利润|营收|营业收入|人口|物价|价格)$/.test(prev.text) || prev.tag === 'm')),
    sense: /growth rate/,
  },
  // 30余起, 200余人: "or more", after a number.
  { word: '余', when: ({ prev }) => prev !== undefined && isNumber(prev), sense: /^\(following numerical value\) or more/ },
  // 作案30余起, 事故12起: cases, counted after a number (自3日起, 1934年起 are "starting from").
  {
    word: '起',
    when: ({ prev, next, before }) =>
      prev !== undefined &&
      isNumber(prev) &&
      !/[年月日号时点周]$/u.test(prev.text) &&
      (next === undefined || next.tag === 'x' || /^(?:案件|案|事故|事件|火灾|纠纷|命案|诈骗案|交通事故)$/.test(next.text)) &&
      !fromOpen(before()),
    sense: /^classifier for occurrences/,
  },
  // 一时大意, 粗心大意了: careless (dàyi, see ./pinyin/rules), not the main idea.
  { word: '大意', when: ({ prev, next }) => CARELESS_BEFORE.test(prev?.text ?? '') || /^(?:了|失)/.test(next?.text ?? ''), sense: /^careless/ },
  // 36门课程, 这门手艺: counting subjects and skills (not large guns, unless a gun follows).
  { word: '门', when: ({ prev, next }) => prev !== undefined && (prev.tag === 'm' || /[0-9０-９]$/.test(prev.text) || /^(?:这|那|哪|每|几|某|各)$/.test(prev.text)) && !/炮/.test(next?.text ?? ''), sense: /^classifier for lessons/ },
  // 春秋两季, 每季: seasons (一季水稻 counts a crop's yields).
  { word: '季', when: ({ prev, next }) => prev !== undefined && (prev.tag === 'm' || /^(?:两|几|每|这|那|各|四)$/.test(prev.text)) && !/^(?:稻|水稻|作物|庄稼|粮|粮食|小麦|麦|收成)/.test(next?.text ?? ''), sense: /^season$/ },
  // 三年来, 近五年来: for the past (so long), after a span of time.
  // (连日来, 近年来 too; not 明天来, a day one comes.)
  { word: '来', when: ({ prev, next }) => prev !== undefined && /(?:年|月|天|周|星期|日)$/u.test(prev.text) && (/^(?:m|mq)$/.test(prev.tag) || /^(?:[近连多几数历长]|[0-9一二两三四五六七八九十百])/u.test(prev.text)) && (next === undefined || next.tag === 'x'), sense: /^for the past/ },
  // 全市共清理, 团队共获得: in all, before what was done.
  { word: '共', when: ({ next }) => next !== undefined && /^(?:v|a)/.test(next.tag) && next.tag !== 'vn' && !/^(?:同|享|建|商|创|治|赢|用|存|生|处)/.test(next.text), sense: /^altogether$/ },
  // 该院, 本院: this institution (a hospital, an academy, a court).
  { word: '院', when: ({ prev }) => prev !== undefined && /^(?:该|本|我|此|全|两|各)$/.test(prev.text), sense: /^institution$/ },
  // 学生们并没有, 政府并不: (not) at all, before a negation inside a clause (after a comma 并 may be "and").
  { word: '并', when: ({ prev, next }) => prev !== undefined && prev.tag !== 'x' && next !== undefined && /^(?:不|没|没有|未|非|无|不是|不会|不能|不像|不在)$/.test(next.text), sense: /^\(not\) at all/ },
  // 张大爷: an older man addressed by his surname.
  { word: '大爷', when: ({ prev }) => prev !== undefined && ((/^nr/.test(prev.tag) && Array.from(prev.text).length === 1) || /^(?:的|位|个|老|这位|那位|一位)$/u.test(prev.text)), sense: /^term of respect/ },
  // 省科技厅, 教育厅: a provincial department, after what it is in charge of (街机厅 is a hall).
  {
    word: '厅',
    when: ({ prev, before }) =>
      prev !== undefined &&
      (ADMINISTRATIVE_FIELDS.test(prev.text) ||
        before().slice(1, 4).some((x) => /^(?:省|自治区)$/.test(x.text))),
    sense: /^provincial government department/,
  },
  // 下课铃响后, 电话响了: a bell or a phone ringing.
  { word: '响', when: ({ prev, next }) => prev !== undefined && /^n/.test(prev.tag) && (next === undefined || next.tag === 'x' || /^(?:了|后|起|起来|着|个不停|过)$/.test(next.text)), sense: /^to make a sound/ },
  // 由本校教师授课, 由专家组成: by whom something is done.
  {
    word: '由',
    when: ({ next, rest }) =>
      next !== undefined &&
      /^(?:n|r|nr|nt|nz|j|s)/.test(next.tag) &&
      (clauseOf(rest()).slice(1, 10).some((x) => /^(?:负责|承担|授课|组成|主办|承办|主持|完成|提供|决定|担任|带领|牵头|组织|实施|讲授|执教|编写|设计|制作|管理|审核|发放|支付|出资|颁发|发布)$/.test(x.text)) ||
        // (须由家长打电话, 由宿管员没收: whoever it is, then what they do; not 由北京出发 "from".)
        // (Nor 由农业部划归, 由高架转入, 由此推出: from where it passes or what it comes from.)
        (!/^(?:ns|s)$/.test(next.tag) && !/^[这那此该本]/u.test(next.text) && !clauseOf(rest()).some((x) => x.text === '构成') && /^(?:v|l)/.test(rest()[1]?.tag ?? '') && !/^(?:出发|开往|前往|到|到达|去|来|经|经过|进入|转|转向|转为|转入|转到|划|划归|划入|改为|改成|升为|升格|生成|推出|得出|变|变成|变为|演变|发展|过渡|移交|引起|导致|造成|组成|构成|决定)/.test(rest()[1]?.text ?? ''))),
    sense: /^by; via/,
  },
  // 接孩子, 接老人: to pick someone up.
  { word: '接', when: ({ next }) => next !== undefined && /^(?:孩子|孙子|孙女|老人|客人|游客|学生|女儿|儿子|家人|父母|妈妈|爸爸|你|我|他|她|他们|你们|我们|人)$/.test(next.text), sense: /^to meet or welcome/ },
  // 财政收入, 人均收入, 收入增长: income (not "to take in").
  {
    word: '收入',
    when: ({ prev, next }) =>
      (prev !== undefined && (/^(?:的|财政|居民|人均|家庭|工资|农民|可支配|总|经济|营业|销售|旅游|全年|年|月|户均|村集体|集体|个人|税收|门票|平均|增加|提高|增收)$/.test(prev.text) || /^(?:n|m)$/.test(prev.tag))) ||
      (next !== undefined && /^(?:增长|达到|达|为|比|提高|增加|超过|突破|同比|不高|较|翻|来源|水平|差距|分配|结构)/.test(next.text)),
    sense: /^income/,
  },
  // 重大项目, 项目建设: a project (not an item), in the language of investment and building.
  {
    word: '项目',
    when: ({ prev, next }) =>
      /^(?:重大|重点|建设|投资|开工|招商|签约|落地|在建|新建|续建|产业|工程|亿元|合作|科研|扶贫|民生|示范|试点|研究|一批)$/.test(prev?.text ?? '') ||
      /^(?:建设|投资|开工|落地|签约|建成|投产|推进|实施|资金|总投资|达到|进展|审批|管理)/.test(next?.text ?? ''),
    sense: /^project$/,
  },
  // 分析会上, 座谈会上: at a meeting.
  // (会上大家…: opening the sentence, the meeting too.)
  { word: '会', when: ({ prev, self, next }) => (prev === undefined || prev.tag === 'x' || /^(?:n|vn|nz|j)$/.test(prev.tag)) && self?.tag !== 'd' && next?.text === '上' && next.tag === 'f', sense: /^meeting; gathering/ },
  // 心要静，手要稳: must be so, before a quality that closes the clause.
  // (比…都要高 compares.)
  { word: '要', when: ({ next, rest, before }) => next !== undefined && (/^a/.test(next.tag) || /^[静稳准快慢轻细狠实严真勤齐全净早]$/.test(next.text)) && (rest()[1] === undefined || rest()[1]?.tag === 'x') && !before().some((x) => x.text === '比'), sense: /^need to; should/ },
  // 滑雪节, 啤酒节: a festival, after what is celebrated (这节课, 三节 count lessons and sections).
  { word: '节', when: ({ prev, next }) => prev !== undefined && /^(?:n|vn|v|nz|ns)$/.test(prev.tag) && Array.from(prev.text).length >= 2 && !/^(?:课|车厢|电池|约|省|能|目|点)/.test(next?.text ?? ''), sense: /festival/ },
  // 积极成效, 积极作用: positive, before what came of something.
  { word: '积极', when: ({ next }) => /^(?:成效|作用|影响|意义|变化|进展|成果|态度|因素|效果|信号|评价)/.test(next?.text ?? ''), sense: /^positive/ },
  // 减税降费, 收费: fees, after what is done to them.
  { word: '费', when: ({ prev }) => /^(?:降|减|收|缴|交|免|退|乱收|付)$/.test(prev?.text ?? ''), sense: /^fee$/ },
  // 一派丰收景象: a scene (of).
  { word: '派', when: ({ prev }) => prev?.text === '一', sense: /^\(preceded by 一/ },
  // 投入大, 加大投入: the investment (not "to throw into").
  {
    word: '投入',
    when: ({ prev, next }) =>
      /^(?:大|多|少|高|低|不足|较大|很大|产出|力度|比|了)$/.test(next?.text ?? '') || /^(?:的|加大|资金|增加|总|前期|财政|研发|持续|加强)$/.test(prev?.text ?? '') || next === undefined || next.tag === 'x',
    sense: /^to invest in/,
  },
  // 挨家挨户做工作: to work on people, to persuade them.
  { word: '做工作', when: ({ prev, next }) => /^(?:挨家挨户|上门|耐心|反复|思想|逐户|一家家|一户户)$/.test(prev?.text ?? '') || next?.text === '说服', sense: /^to try to persuade/ },
  // 一笔账, 一笔资金: a sum of money.
  // (一笔禁牧补助: what the sum is for may come between.)
  { word: '笔', when: ({ prev, rest }) => prev !== undefined && (prev.tag === 'm' || /^(?:这|那|每|几)$/.test(prev.text)) && rest().slice(0, 3).some((x) => /^(?:账|钱|资金|款|生意|交易|收入|费用|开支|财富|投资|补贴|补助|奖金|债|贷款|存款|订单|补偿|赔偿|罚款|经费|善款)/.test(x.text)), sense: /^\(classifier\) sum of money/ },
  // 包大棚, 包了几亩地: to take on under contract.
  {
    word: '包',
    when: ({ next, rest }) => {
      const object = /^[了下]$/.test(next?.text ?? '') ? rest()[1] : next;
      return /^(?:大棚|地|山|工程|鱼塘|果园|土地|荒山|田|亩|几亩|个大棚)/.test(object?.text ?? '') || (object !== next && object?.tag === 'm');
    },
    sense: /^to contract/,
  },
  // 比打工强, 比去年强多了: better, in a comparison with 比.
  { word: '强', when: ({ next, before }) => (next === undefined || next.tag === 'x' || /^(?:多|了|得多|很多|一些|一点|不少)/.test(next.text)) && before().slice(0, 6).some((x) => x.text === '比'), sense: /^better$/ },
  // 翻了一番: doubled.
  { word: '翻', when: ({ rest }) => /^了?一番/.test(rest().slice(1, 4).map((x) => x.text).join('')), sense: /^to double$/ },
  // 过日子, 过上好日子: to live (a life).
  // (日子越过越红火: the days one lives.)
  { word: '过', when: ({ prev, next, before }) => /^(?:日子|生活|好日子|苦日子|穷日子)$/.test(next?.text ?? '') || (prev?.text === '越' && before().slice(0, 3).some((x) => x.text === '日子' || x.text === '生活')), sense: /^to live$/ },
  // 四千余例, 手术300例: cases, counted.
  { word: '例', when: ({ prev }) => prev !== undefined && (prev.tag === 'm' || /[0-9０-９]$/.test(prev.text) || /^(?:余|多)$/.test(prev.text)), sense: /^case$/ },
  // 银行流水: the money passing through an account.
  { word: '流水', when: ({ prev }) => /^(?:银行|账户|资金|交易|营业|经营|收支)$/.test(prev?.text ?? ''), sense: /^\(business\) turnover/ },
  // 家住红石镇: one's home is (in).
  { word: '家', when: ({ prev, next }) => next?.text === '住' && (prev === undefined || prev.tag === 'x' || /^(?:r|n|nr)$/.test(prev.tag)), sense: /^home$/ },
  // “吉林一号”卫星, 一号楼: No. 1, in the name of a craft, a building or a line.
  { word: '一号', when: ({ prev, next }) => (prev !== undefined && /^(?:ns|nz|nr|j|n)$/.test(prev.tag) && /^[\p{Script=Han}]/u.test(prev.text)) || /^(?:卫星|火箭|飞船|探测器|舰|机|楼|线|门|窗口|馆|厅|车厢|站台|选手|种子|文件|工程)/.test(next?.text ?? ''), gloss: 'No. 1 (in a name: 吉林一号 "Jilin-1")', sense: /^No\. 1/ },
  // 从几元到几十元不等: varying, closing a range.
  { word: '不等', when: ({ before }) => before().some((x) => /^(?:至|到|～|~|-|—)$/u.test(x.text)), sense: /^varied$/ },
  // 出口量, 产品出口到, 汽车出口: to export (not an exit).
  {
    word: '出口',
    when: ({ prev, next }) =>
      /^(?:进|汽车|产品|外贸|商品|货物|整车|企业|扩大|增加|鼓励|大量|主要)$/.test(prev?.text ?? '') ||
      /^(?:量|额|到|至|了|增长|海外|国外|欧洲|美国|产品|贸易|创汇|退税|国家|地区|市场|订单|业务|同比)/.test(next?.text ?? '') ||
      next?.tag === 'm',
    sense: /^to export/,
  },
  // 新车下线, 成功下线: rolling off the assembly line.
  { word: '下线', when: ({ prev, next, before }) => /^(?:成功|正式|车|汽车|整车|产品|量产|新车|辆|台|陆续|顺利|相继|依次|即将|每天|首批)$/.test(prev?.text ?? '') || /^(?:仪式|交付)/.test(next?.text ?? '') || next?.tag === 'm' || before().slice(0, 4).some((x) => /^(?:辆|台)$/.test(x.text)), sense: /^\(of a product\) to roll off/ },
  // 户外作业人员, 施工作业: work, an operation (not homework).
  {
    word: '作业',
    when: ({ prev, next }) =>
      /^(?:户外|高空|野外|施工|生产|机械|田间|农机|夜间|水下|带电|安全|井下|露天|联合|冬季|清雪|抢修|现场|连续|违规|室外)$/.test(prev?.text ?? '') ||
      /^(?:人员|区|区域|面|车|车辆|机械|队|现场|环境|标准|规范|方式)$/.test(next?.text ?? ''),
    sense: /^work$/,
  },
  // 二十四对: pairs, counted (三对三 is a match; 1917年对… is "towards").
  // (Not after a number and its measure word, 做一个对社会有用的人: "towards".)
  { word: '对', when: ({ prev, next }) => prev !== undefined && isNumber(prev) && !/[年月日号时点次遍回个位名种件条些本项]$/u.test(prev.text) && !prev.text.startsWith('第') && !/^[mr]/.test(next?.tag ?? ''), sense: /^classifier: couple; pair/ },
  // 桥隧比达80%: the ratio of what comes before.
  { word: '比', when: ({ prev, next }) => prev !== undefined && /^n/.test(prev.tag) && Array.from(prev.text).length >= 2 && /^(?:达|为|高达|超过|约为|约)$/.test(next?.text ?? ''), sense: /^ratio$/ },
  // 在专家的指导下: under the guidance of (not a coach).
  { word: '指导', when: ({ prev, next }) => next?.text === '下' || next?.text === '和' || /^(?:开展|进行|加强|给予|提供|接受|技术|专业|现场|上门|业务)$/.test(prev?.text ?? ''), sense: /^to guide/ },
  // 基因编辑, 视频编辑: editing (not an editor), after what is edited.
  { word: '编辑', when: ({ prev, next }) => /^(?:基因|视频|图片|文字|文本|图像|音频|在线|可|再)$/.test(prev?.text ?? '') && !/^(?:部|们|人员)/.test(next?.text ?? ''), sense: /^to edit/ },
  // 下了很大功夫, 花功夫: effort (not kung fu).
  { word: '功夫', when: ({ prev }) => /^(?:下|花|费|大|很大|不少|多少|真|苦|笨)$/.test(prev?.text ?? ''), sense: /^effort$/ },
  // 指间, 指尖: the fingers.
  { word: '指', when: ({ next }) => /^(?:间|尖|缝|头|甲|肚)/.test(next?.text ?? ''), sense: /^finger/ },
  // 前三季度, 前十名: the first so many.
  // (前两天, 前几年: so long ago, before a time.)
  { word: '前', when: ({ next, rest }) => next !== undefined && next.tag === 'm' && /^[一二两三四五六七八九十百千几0-9]/u.test(next.text) && !/(?:天|年|日|周|月|小时|分钟|晚|夜|星期|礼拜)$/u.test(next.text) && !/^(?:个)?(?:天|年|日|周|月|小时|分钟|晚|夜|阵|些|星期|礼拜)/.test(`${rest()[1]?.text ?? ''}${rest()[2]?.text ?? ''}`), sense: /^first$/ },
  // 一季度, 三季度: the first or third quarter of the year.
  { word: '一', when: ({ next }) => next?.text === '季度', gloss: 'first (一季度 "the first quarter")', sense: /^first \(一季度/ },
  { word: '二', when: ({ next }) => next?.text === '季度', gloss: 'second (二季度 "the second quarter")', sense: /^second \(二季度/ },
  { word: '三', when: ({ prev, next }) => next?.text === '季度' && prev?.text !== '前', gloss: 'third (三季度 "the third quarter")', sense: /^third \(三季度/ },
  { word: '四', when: ({ next }) => next?.text === '季度', gloss: 'fourth (四季度 "the fourth quarter")', sense: /^fourth \(四季度/ },
  // 复兴号动车组, “嫦娥”号: the name of a train, a craft or a ship (not a day of the month).
  { word: '号', when: ({ prev, next }) => prev !== undefined && /^(?:n|nz|vn|v|a|j|ns|nr|x)$/.test(prev.tag) && Array.from(prev.text).length >= 2 && /^(?:列车|动车|动车组|高铁|卫星|飞船|火箭|航母|舰|探测器|货轮|客轮|轮船|科考船|潜水器|机器人|战机|”|」)/.test(next?.text ?? ''), sense: /^ordinal number/ },
  // 中铁某局, 该局: a bureau (这局比赛 counts a round).
  { word: '局', when: ({ prev }) => /^(?:某|该|本|我|省|市|县|分|全|两|各)$/.test(prev?.text ?? ''), sense: /^office/ },
  // 下了很大功夫, 下决心: to put in (effort), to make up (one's mind).
  { word: '下', when: ({ next, rest }) => next !== undefined && (/^(?:功夫|工夫|决心|力气|苦功)/.test(next.text) || (next.text === '了' && rest().slice(1, 5).some((x) => /(?:功夫|工夫|决心|力气|苦功)$/u.test(x.text)))), gloss: 'to put in (下功夫 "to put in time and energy", 下决心 "to make up one\'s mind")', sense: /^to put in \(下功夫/ },
  // 长春正加快打造, 关秀兰正低头绣花: in the middle of doing, after who does it (这正说明 is "exactly").
  { word: '正', when: ({ prev, next }) => prev !== undefined && /^(?:n|nr|r|ns|nt|nz|t)/.test(prev.tag) && next !== undefined && next.tag === 'v' && !/^(?:是|好|在|确|如|因|相|编|比|负|说明|表明|反映|体现|符合|合|对|中|巧|式|常|规|当|值|意味|证明|应了)/.test(next.text), sense: /^just \(at that time\)/ },
  // 打破纪录, 全国纪录: a record in sport (not a written account).
  { word: '纪录', when: ({ prev, next }) => /^(?:打破|刷新|创造|创|平|保持|改写|世界|全国|亚洲|奥运会|赛会|个人|最好|新)$/.test(prev?.text ?? '') || /^(?:保持者|成绩)/.test(next?.text ?? ''), sense: /^record \(in sports/ },
  // 广大驾驶员, 广大群众: (of people) numerous, all.
  { word: '广大', when: ({ next }) => /^(?:n|r)/.test(next?.tag ?? '') && /(?:员|者|群众|人民|师生|市民|村民|居民|农民|职工|干部|党员|青年|读者|观众|用户|消费者|游客|家长|学生|患者|网友|妇女|官兵)$/.test(next?.text ?? ''), sense: /^\(of people\) numerous/ },
  // 代表中国, 代表全队: to represent, before whom.
  { word: '代表', when: ({ next }) => next !== undefined && /^(?:ns|nt|nr|r|n)/.test(next.tag) && !/^(?:团|们|大会|性|作)/.test(next.text), sense: /^to represent/ },
  // 独立运动, 五四运动, 群众运动: a (political) movement, not sports.
  { word: '运动', when: ({ prev }) => /^(?:独立|民主|革命|群众|社会|学生|抗议|爱国|五四|政治|改革|维权|环保|民族|解放|工人|农民|文化|新文化|宗教|和平|反战|整风|统一|复兴|启蒙)$/.test(prev?.text ?? ''), sense: /^movement$/ },
  // 课后服务, 课间: class (the lesson), before when.
  { word: '课', when: ({ next }) => /^(?:后|前|间|余|上|下|堂)$/.test(next?.text ?? ''), sense: /^class$/ },
  // 中学校长: a headmaster (a university's is its president).
  { word: '校长', when: ({ before }) => before().slice(0, 6).some((x) => /(?:中学|小学|学校|幼儿园|该校|本校|一中|二中|实验学校|附中|高中|初中)$/.test(x.text)), sense: /^headmaster/ },
  // 发出鸣叫声, 发出笑声: to produce a sound.
  { word: '发出', when: ({ rest }) => rest().slice(0, 5).some((x) => /(?:声|声音|叫声|响声|鸣叫|笑声|哭声|吼声|尖叫|嘶鸣|轰鸣|声响|信号)$/.test(x.text)), sense: /^to produce \(a sound\)/ },
  // 战成十八平: a tie after the score.
  { word: '平', when: ({ prev }) => prev?.tag === 'm', sense: /^to tie/ },
  // 一大把榛子: a handful.
  { word: '把', when: ({ prev, before }) => prev !== undefined && /^[大小]$/.test(prev.text) && /^m/.test(before()[1]?.tag ?? ''), sense: /^classifier: handful/ },
  // 这就对了, 你说得对。: right, correct, closing the clause.
  { word: '对', when: ({ prev, next, rest }) => (prev === undefined || !isNumber(prev)) && (next === undefined || /^[。！？，；…]/u.test(next.text) || (next.text === '了' && /^[。！，；…？]/u.test(rest()[1]?.text ?? '。'))), sense: /^right; correct/ },
  { word: '派', when: ({ prev, next }) => prev?.text === '被' || (next !== undefined && /^(?:到|去|往|出|人|他|她|我|你)/.test(next.text)), sense: /^to send/ },
  { word: '离', when: ({ next }) => next !== undefined && /^(?:n|r|ns|s|t|nr)/.test(next.tag), sense: /^\(in giving distances\) from/ },
  { word: '块', when: ({ prev, next }) => prev?.tag === 'm' && (next === undefined || next.text === '钱' || next.tag === 'x' || /^[一二三四五六七八九]$/.test(next.text)), sense: /money and currency/ },
  { word: '不得了', when: ({ prev }) => prev?.text === '得', sense: /^extremely/ },
  { word: '晚', when: ({ prev }) => prev !== undefined && /^(?:很|太|更|比较|有点|有点儿|这么|那么|多)$/.test(prev.text), sense: /^late$/ },
  { word: '习惯', when: ({ prev }) => prev !== undefined && /^(?:不|没|还不|已经|很|渐渐)$/.test(prev.text), sense: /^to be used to/ },
  { word: '因', when: ({ next }) => next !== undefined && next.tag !== 'x', sense: /^because/ },
  { word: '较', when: ({ next }) => next !== undefined && (/^t/.test(next.tag) || /^(?:去年|上年|同期|上月|上周|以前|过去|往年)/.test(next.text)), sense: /^compared to/ },
  { word: '排', when: ({ next }) => next !== undefined && /^(?:起|着|了|成|好|在|队|到)/.test(next.text), sense: /^to line up|^to arrange/ },
  // 读书节, 航空节: a festival named after what it celebrates, closing its phrase.
  { word: '节', when: ({ prev, next }) => prev !== undefined && /^(?:n|vn|nz)$/.test(prev.tag) && (next === undefined || next.tag === 'x' || /^(?:的|期间|开幕|活动|上)$/.test(next.text)), sense: /^seasonal festival/ },
  // 七点半, 七点起床, 到了八点。: o'clock (not 三点建议 "three points").
  {
    word: '点',
    when: ({ prev, next, rest, before }) =>
      prev?.tag === 'm' &&
      // (Nor a verb said again around 一: 点一点 "just tap".)
      !(prev.text === '一' && before()[1]?.text === '点') &&
      // (Not the points of a list: 注意以下几点.)
      !before().slice(0, 3).some((s) => /^(?:以下|如下|下列|下面|以上)$/.test(s.text)) &&
      // (After a time of day whatever follows: 晚上十点关门.)
      (/^(?:早上|上午|中午|下午|晚上|凌晨|夜里|傍晚|清晨|每天|明天|今天)$/.test(before()[1]?.text ?? '') ||
      next === undefined || next.tag === 'x' || /^(?:半|钟|整|多|左右|前|后|以前|以后|过|就|才|了)$/.test(next.text) || /^(?:m|v|t|p|r)/.test(next.tag) || (next.text === '的' && (/^(?:时候|时|钟声)$/.test(rest()[1]?.text ?? '') || before().some((s) => /^(?:早上|晚上|下午|上午|凌晨|中午|夜里|半夜|除夕|新年)$/.test(s.text))))),
    sense: /^\(after a number\) o'clock/,
  },
  // 小声点儿, 快点, 早点儿来: a bit (more), after an adjective or a verb, not after a number.
  { word: '点儿', when: ({ prev }) => prev !== undefined && !/^(?:m|q)$/.test(prev.tag) && /[\p{Script=Han}]$/u.test(prev.text), sense: /^a small amount; a bit/ },
  { word: '点', when: ({ prev, next }) => prev !== undefined && /^(?:a|d|z|ad)$/.test(prev.tag) && next !== undefined && /^(?:v|x|y|uj|ul)/.test(next.tag), sense: /^a small amount; a bit/ },
  // 桌子上, 墙上: on (the surface of) what comes before.
  // (Not before 了 or a school: 我上了初中 goes there.)
  { word: '上', when: ({ self, prev, next }) => self?.tag === 'f' && prev !== undefined && (/^(?:n|r|nr|ns|nz|s)/.test(prev.tag) || (prev.text.length === 1 && /^(?:f|d|zg|v)/.test(prev.tag) && !verbBySense(prev.text) && !/^[是有在为会就才都也又还更最很太]$/.test(prev.text) && !(/^v/.test(prev.tag) && /^n/.test(next?.tag ?? '')))) && !(oneCharacterVerb(prev) && /^(?:n|nz)$/.test(prev.tag)) && next?.text !== '了' && !/^(?:初中|高中|小学|大学|中学|幼儿园|班|课|学)$/.test(next?.text ?? ''), sense: /^\(noun suffix\) on; above/ },
  // 给孩子上六节课, 上了两节课: giving or attending a class (after the rule above, which reads 孩子 上 as "on").
  { word: '上', when: ({ next, rest }) => next !== undefined && /^(?:m|mq|q|ul)$/.test(next.tag) && rest().slice(0, 3).some((s) => /课$/.test(s.text)), sense: /^to attend \(class/ },
  // 现在好多了: much better, 好 "good" (see acrossWords in ./segment).
  { word: '好', when: ({ self, next, rest }) => self?.text === '好' && next?.text === '多' && rest()[1]?.text === '了', sense: /^good/ },
  { word: '对了', when: ({ next }) => next?.text === '，', sense: /^Oh, that's right/ },
  { word: '一定', when: ({ next }) => next?.text === '的', sense: /^a certain/ },
  // 等 "to wait for", not "etc.": before 一下 or 着; after a modal or an adverb (还得等, 请等,
  // 先等); before 了 or a person, where no list (、) comes first (等他 but 张三、李四等他们).
  {
    word: '等',
    when: ({ prev, next, before }) =>
      next !== undefined &&
      next.tag !== 'x' &&
      (/^(?:一下|一会|一会儿|一等|着|过)$/.test(next.text) ||
        (prev !== undefined && WAIT_AFTER.test(prev.text)) ||
        ((/^(?:了|你|我|他|她|您|我们|你们|他们|她们|咱们|大家)$/.test(next.text) || next.tag === 'nr') && !before().some((s) => s.text === '、'))),
    sense: /^to wait for/,
  },
  { word: '等', when: ({ prev, next }) => (prev === undefined || /^[，。！？；：\s]$/u.test(prev.text)) && next !== undefined && /^(?:r|nr|t)/.test(next.tag) && !/^其/.test(next.text), sense: /^by the time/ },
  // 等兔子醒来，…: by the time someone or something has done what follows, opening the sentence.
  { word: '等', when: ({ prev, next, rest }) => (prev === undefined || /^[，。！？；：\s“]$/u.test(prev.text)) && next !== undefined && /^n/.test(next.tag) && /^v/.test(rest()[1]?.tag ?? '') && /^(?:[，,]|了|以后|之后|的时候|再|就)$/u.test(rest()[2]?.text ?? ''), sense: /^by the time/ },
  // (护住头部, 挡住风: a one-character verb jieba calls something else too, 护/zg; not 居住 or 住在.)
  {
    word: '住',
    when: ({ prev, next }) =>
      prev !== undefined &&
      // (Not a modal or an adverb before living somewhere: 就能住进新房.)
      ((/^v/.test(prev.tag) && Array.from(prev.text).length === 1 && !/^(?:要|想|能|会|可|该|来|去)$/u.test(prev.text)) ||
        ((oneCharacterVerb(prev) || (prev.tag === 'zg' && prev.text.length === 1 && verbBySense(prev.text))) && !/^(?:居|来|去|要|想|能|会|可|还|都|也|就|只|再|又|常|同|租|借|暂|入|留|该)$/u.test(prev.text) && !/^(?:在|进|到|下|过|了|着|院|宿舍|酒店|宾馆|旅馆|家|这|那|哪|几|一|两|三)/u.test(next?.text ?? ''))),
    sense: /^\(suffix indicating firmness/,
  },
  // 也想你了, 想家, 想妈妈: missing someone or home, a person or 家 right after and then 了 or the clause's end.
  {
    word: '想',
    when: ({ next, rest }) => next !== undefined && (/^(?:你|我|他|她|您|你们|我们|他们|她们|家|家乡|老家|妈妈|爸爸|奶奶|爷爷|孩子|亲人)$/.test(next.text) || next.tag === 'nr') && (rest()[1] === undefined || /^(?:了|啦|呢|得|极了|x)$/.test(rest()[1]?.text ?? '') || rest()[1]?.tag === 'x'),
    sense: /^to miss/,
  },
  // 存多少钱, 存五千块: money put in the bank.
  { word: '存', when: ({ next, rest }) => next !== undefined && (/^(?:多少|一些|点|些)$/.test(next.text) || /^m/.test(next.tag)) && rest().slice(0, 4).some((s) => /^(?:钱|块|元|万|万元|美元|定期|活期)$/.test(s.text) || /[块元]$/u.test(s.text)), sense: /^to deposit/ },
  // 把新密码输两遍, 输密码: keyed in.
  { word: '输', when: ({ next, before }) => (next !== undefined && /^(?:密码|账号|验证码|号码|网址|数据|入)$/.test(next.text)) || before().slice(0, 4).some((s) => /(?:密码|账号|验证码|号码|网址)$/u.test(s.text)), sense: /to enter \(a password\)/ },
  // 下象棋, 下围棋, 下棋: playing a game of chess.
  { word: '下', when: ({ self, next }) => self?.text === '下' && next !== undefined && /棋$/u.test(next.text), sense: /^to play \(a game/, gloss: 'to play (a game of chess)' },
  // 多听多说, 听录音: listening; a can of drink only after a number.
  { word: '听', when: ({ prev, next }) => prev !== undefined && (/^(?:多|少|好好|认真|仔细)$/.test(prev.text) || !/^(?:m|q)/.test(prev.tag)) && !/^[一二两三四五六七八九十几每半0-9]/u.test(prev.text) && (next === undefined || !/^(?:啤酒|可乐|饮料|罐)/.test(next.text)), sense: /^to listen to/ },
  // 直接过去, 马上过去, 走过去: going over there, not "the past".
  { word: '过去', when: ({ prev, next }) => prev !== undefined && (/^(?:直接|马上|立刻|立即|赶紧|赶快|一起|亲自|先|再|这就|现在|跑|走|飞|游|爬|开|送|拿|带)$/.test(prev.text) || (/^v/.test(prev.tag) && Array.from(prev.text).length === 1)) && (next === undefined || /^(?:了|吧|啊|看看|找|帮|接|x)$/.test(next.text) || next.tag === 'x'), sense: /^to go over/ },
  // 照了好几张相, 照镜子: taking a photo, looking in a mirror; 阳光照着: shining.
  { word: '照', when: ({ self, next, rest }) => self?.text === '照' && next !== undefined && /^(?:了|过|张|几张|个)$/.test(next.text) && clauseOf(rest()).some((s) => /^(?:相|照片|合影|全家福|像)$/.test(s.text)), sense: /^to take \(a photo\)/ },
  // (What shines: 阳光照在身上, 灯照着; 照着孙子说的做 is "following what he said".)
  { word: '照', when: ({ self, next, before }) => self?.text === '照' && next !== undefined && (/^(?:亮|耀)/.test(next.text) || (/^(?:着|在|进|到|得)/.test(next.text) && before().slice(0, 3).some((s) => /(?:光|阳|灯|月亮|火|镜)$/u.test(s.text)))), sense: /^to shine/ },
  { word: '照', when: ({ self, next }) => self?.text === '照' && next?.text === '镜子', sense: /^to look at \(one's reflection\)/ },
  // 该院还在大厅设立了…, 还对大街进行了优化: "also", a further thing done (a preposition, then the
  // deed done, 了); 他还在睡觉 is still at it.
  { word: '还', when: ({ self, next, rest }) => self?.text === '还' && next !== undefined && /^(?:对|向|在|与|和|把|从|为|给|通过|针对|围绕|利用|组织|先后|陆续|专门)$/.test(next.text) && clauseOf(rest()).slice(2).some((s) => s.text === '了' || /^(?:进行|开展|设立|推出|举办|建立|成立|启动)$/.test(s.text)), sense: /^in addition$/ },
  // 苏轼，字子瞻，号东坡居士: the courtesy name and the literary name a biography gives.
  { word: '字', when: ({ prev, next }) => prev !== undefined && /^[，,]$/u.test(prev.text) && next?.tag === 'nr', sense: /^courtesy or style name/ },
  { word: '号', when: ({ prev, next }) => prev !== undefined && /^[，,]$/u.test(prev.text) && next?.tag === 'nr', sense: /^assumed name/ },
  // 2小时10分35秒, 九点十分: minutes of a time, not points.
  { word: '分', when: ({ prev, next, before }) => prev?.tag === 'm' && (next?.text === '秒' || before().slice(1, 4).some((s) => /^(?:小时|时|点|点钟)$/.test(s.text))), sense: /^minute \(unit of time/ },
  // 长了不少, 长大, 长高: growing (zhǎng), not the chief.
  { word: '长', when: ({ self, next, rest }) => self?.text === '长' && next !== undefined && (/^(?:大|高|出|胖|满|什么样|啥样|得)/.test(next.text) || (next.text === '了' && (/^(?:不少|很多|许多|好多|一大截|一岁)$/u.test(rest()[1]?.text ?? '') || /^[〇零一二三四五六七八九十百千万两几多半0-9]+(?:年|个月|天|斤|公斤)/u.test(rest().slice(1, 5).map((x) => x.text).join(''))))), sense: /^to grow/ },
  // 贡献21分12个篮板, 全队最高的28分: points in a game report.
  { word: '分', when: ({ prev, next, before, rest }) => prev?.tag === 'm' && next?.text !== '秒' && (before().slice(1, 5).some((s) => /^(?:贡献|砍下|砍|得|拿下|全队|最高|独得|轰下|攻下|领先|落后)$/.test(s.text)) || rest().slice(1, 5).some((s) => /^(?:篮板|助攻|抢断|盖帽|分差)$/.test(s.text))), sense: /^a point \(in sports/ },
  // 制冷差、噪音大, 质量差: not up to standard, said of a noun closing its part of the clause.
  { word: '差', when: ({ prev, next }) => prev !== undefined && /^(?:n|vn|v)$/.test(prev.tag) && Array.from(prev.text).length === 2 && (next === undefined || /^[、，。；！？,;]$/u.test(next.text)), sense: /^not up to standard/ },
  // 您的包裹, 一个包裹: the parcel, not wrapping.
  { word: '包裹', when: ({ prev, next }) => (prev !== undefined && (/^(?:的|个|件|这个|那个|这|那)$/.test(prev.text) || /^m/.test(prev.tag))) || (next !== undefined && /^(?:在|被|到|已|已经|丢|送|寄)/.test(next.text)), sense: /^parcel$/ },
  // 多了起来, 热闹了起来: a state coming about, after 了 too.
  // (A state, not a verb: 跳了起来 "jumped up", 埋了起来 "buried away".)
  { word: '起来', when: ({ prev, before }) => prev?.text === '了' && (/^(?:a|ad|an|z)$/.test(before()[1]?.tag ?? '') || /^(?:多|少|热闹|忙|好|红火|活跃|火|冷|热)$/u.test(before()[1]?.text ?? '')), sense: /^\(after a verb\) indicating the beginning/, entry: 'qi5 lai5' },
  // 可心里还是很高兴: "but" opening a clause before what is said of someone.
  { word: '可', when: ({ prev, next }) => (prev === undefined || /^[，,；;]$/u.test(prev.text)) && next !== undefined && (/^(?:心里|心|我|他|她|大家|还是|就是|又|却|偏偏|谁|这|那)$/.test(next.text)), sense: /^but; however/ },
  // 常常笑话乌龟: mocking someone (a being or a person after it).
  { word: '笑话', when: ({ prev, next }) => next !== undefined && (/^(?:r|nr|n)$/.test(next.tag) && !/^(?:集|大全|书|故事)$/.test(next.text)) && prev?.text !== '个' && prev?.text !== '的', sense: /^to laugh at/ },
  // 每天不超过四次, 试了三次: so many times (not "fourth", "cubic"), unless counted or in mathematics.
  { word: '四次', when: ({ prev, next }) => prev?.text !== '第' && (next === undefined || !/^(?:方程|函数|曲线|多项式|元|项|幂)/.test(next.text)), sense: /^four times/ },
  { word: '三次', when: ({ prev, next }) => prev?.text !== '第' && (next === undefined || !/^(?:方程|函数|曲线|多项式|元|项|幂)/.test(next.text)), sense: /^three times/ },
  // 12个篮板: rebounds in a basketball report.
  { word: '篮板', when: ({ prev, rest, before }) => (prev !== undefined && (/^(?:个|次)$/.test(prev.text) || /^m/.test(prev.tag))) || [...before().slice(0, 6), ...rest().slice(0, 6)].some((s) => /^(?:得分|助攻|抢断|分|前场|后场|进攻|防守)$/.test(s.text)), sense: /^rebound/, gloss: 'rebound (basketball, short for 篮板球)' },
  // 外援约翰·杰克逊贡献21分: a foreign player in a team's report.
  { word: '外援', when: ({ before, rest }) => [...before().slice(0, 8), ...rest().slice(0, 8)].some((s) => /(?:队|球|分|赛|替补|登场|进球|教练|联赛|俱乐部|得分|篮板)$/u.test(s.text)), sense: /^\(sports\) foreign player/ },
  // 该做的, 该走了: should, before a verb.
  // (A one-character verb closing its phrase, 该做的, 该哭时, 该走了; or two before 了, 该出发了:
  // jieba calls many nouns after 该 "the said" verbs, 该服务, 该组织, 该站每天开行.)
  { word: '该', when: ({ prev, next, rest }) => next !== undefined && /^v/.test(next.tag) && next.tag !== 'vn' && ((next.text.length === 1 && (rest()[1] === undefined || /^(?:的|了|时|就|也|都|呢|吗|吧|[，。！？,.!?])$/u.test(rest()[1]?.text ?? ''))) || rest()[1]?.text === '了') && (prev === undefined || !/^[mq]/.test(prev.tag)), sense: /^should$/ },
  // 为选手加油, 加油！: cheering on.
  { word: '加油', when: ({ prev, next, before }) => (next === undefined || /^[！!，,。]/u.test(next.text) || next.text === '鼓劲') && (prev === undefined || /^[\p{P}\s]+$/u.test(prev.text) || before().some((s) => /^(?:为|给|替)$/.test(s.text))) && !before().some((s) => /^(?:车|汽车|飞机|油箱|加油站)$/.test(s.text)), sense: /^\(fig\.\) to make an extra effort/ },
  // 撕名牌: the name tag torn off (a game).
  { word: '名牌', when: ({ prev }) => prev !== undefined && /^(?:撕|撕掉|戴|戴着|挂|挂着|贴|胸前)$/.test(prev.text), sense: /^name tag/ },
  // 门将: a goalkeeper, except at a palace or a city's gate.
  { word: '门将', when: ({ before }) => !before().slice(0, 4).some((s) => /(?:宫|城|皇|朝)$/u.test(s.text)), sense: /^goalkeeper/ },
  // 介绍个对象, 找对象: a partner to marry.
  { word: '对象', when: ({ prev, before }) => prev !== undefined && (/^(?:介绍|找|谈|处|有|没有|个)$/.test(prev.text) || before().slice(0, 3).some((s) => /^(?:介绍|找|谈|处)$/.test(s.text))), sense: /^partner/ },
  // 正式上线, 平台上线: going online, the sense of today's news.
  { word: '上线', when: ({ prev }) => prev === undefined || !/^(?:他的|她的|我的|你的|他们的)$/.test(prev.text), sense: /^to go online/ },
  // 累计引水4.2亿立方米, 引水灌溉: channelling water.
  { word: '引水', when: ({ prev, rest }) => rest().slice(0, 4).some((s) => /^(?:m|q)/.test(s.tag) || /^(?:灌溉|工程|渠|入|到|进)/.test(s.text)) || /^(?:累计|从|跨流域)$/.test(prev?.text ?? ''), sense: /^to channel water/ },
  // 6号线, 地铁二号线: a line of a metro or bus.
  { word: '线', when: ({ prev }) => prev !== undefined && /(?:号|地铁|轨道|公交|轻轨|高铁|专|环)$/u.test(prev.text), sense: /^line$/ },
  // 一期工程全线洞通: the whole length of a line being built.
  { word: '全线', when: ({ before, rest }) => [...before().slice(0, 6), ...rest().slice(0, 3)].some((s) => /(?:线|铁路|地铁|公路|高速|工程|通车|贯通|洞通|开通|运营|建成|铺轨)$/u.test(s.text)), sense: /^the whole length/ },
  // 往来穿梭, 往来于两地: going back and forth.
  { word: '往来', when: ({ next }) => next !== undefined && (/^(?:穿梭|于|奔波|运输|两地|其间)/.test(next.text) || /^v/.test(next.tag)), sense: /^to go back and forth/ },
  // 钱袋子越来越鼓: bulging.
  { word: '鼓', when: ({ prev, next }) => prev !== undefined && /^(?:越来越|很|真|更|鼓|太|特别|有点)$/.test(prev.text) && (next === undefined || !/^[\p{Script=Han}]/u.test(next.text) || /^[了的]$/u.test(next.text)), sense: /^to bulge/ },
  // 海上作业, 高空作业: work, operations, not homework.
  { word: '作业', when: ({ prev }) => prev !== undefined && /(?:海上|田间|野外|高空|井下|施工|现场|户外|水下|夜间|空中|农田|机械|带电|登高|安全|船|设备)$/u.test(prev.text), sense: /^work$/ },
  // 会晚一两天, 晚几天还你: late, later by so much.
  // (Not 一晚一百二十元, one night's price.)
  { word: '晚', when: ({ prev, next }) => next !== undefined && (prev === undefined || (!/^m/.test(prev.tag) && !/^(?:一|每|几|两|这|那|当|今|昨|前)$/u.test(prev.text))) && (/^m/.test(next.tag) || /^(?:了|点|一点|一些|些|几天|一天|一会儿)$/.test(next.text) || (/^v/.test(next.tag) && Array.from(next.text).length === 1 && (prev === undefined || /^(?:就|会|再|要|稍|还|也|，)$/.test(prev.text)))), sense: /^late$/ },
  // 用温水冲干净, 冲一下: rinsing.
  { word: '冲', when: ({ prev, next }) => (next !== undefined && /^(?:干净|洗|一下|一冲|掉|去|净)/.test(next.text)) || /水$/u.test(prev?.text ?? ''), sense: /^to rinse/ },
  // 很重的包, 背着包: a bag.
  { word: '包', when: ({ prev, next }) => prev !== undefined && (/^(?:的|着|了|书|背|拎|提)$/.test(prev.text)) && (next === undefined || !/^[\p{Script=Han}]/u.test(next.text) || /^(?:里|上|去|走|回)/.test(next.text)), sense: /^bag; pack/, gloss: 'bag; pack' },
  // 亲，您好！: the online shop's "dear".
  { word: '亲', when: ({ prev, next }) => (prev === undefined || /^[\p{P}\s]+$/u.test(prev.text)) && next !== undefined && /^[，,！!~～]$/u.test(next.text), sense: /^dear/, gloss: 'dear (online shops\' form of address, short for 亲爱的)' },
  // 资金非常紧张, 床位紧张: in short supply.
  { word: '紧张', when: ({ before }) => before().slice(0, 4).some((s) => /(?:资金|供应|床位|票|电力|用水|人手|资源|粮食|住房|货源|库存|经费|运力|车位|名额|时间)$/u.test(s.text)), sense: /^in short supply/ },
  // 汽车在山路上开了两个小时, 开车: driving (the vehicle before, or 车 after).
  { word: '开', when: ({ self, next, before }) => self?.text === '开' && ((next !== undefined && /^(?:车|汽车|出租|卡车|快车|慢车)/u.test(next.text)) || before().slice(0, 6).some((s) => /(?:汽车|车|卡车|司机|出租车|公交车|火车|拖拉机)$/u.test(s.text))) && !/^(?:门|窗|会|花|车窗|车门|车灯|车锁|车库|车厢|车盖|车顶|空调|暖风)/u.test(next?.text ?? ''), sense: /^to drive \(a vehicle\)/, gloss: 'to drive (a vehicle)' },
  // 就成了厂里的骨干: became something (了 and a noun after).
  { word: '成', when: ({ self, prev, next, rest }) => self?.text === '成' && next?.text === '了' && /\p{Script=Han}/u.test(rest()[1]?.text ?? '') && !/^(?:v|p|d|u|c|y)/.test(rest()[1]?.tag ?? '') && /^(?:就|便|也|都|已|已经|又|还|早|变|竟)$/u.test(prev?.text ?? ''), sense: /^to become/ },
  // 喝点儿什么, 快点儿, 多吃点儿: a little, after a verb or how.
  { word: '点儿', when: ({ prev }) => prev !== undefined && (/^v/.test(prev.tag) || /^(?:多|少|快|慢|早|晚|大|小|好|轻|高|低|近|远)$/u.test(prev.text)), sense: /^a small amount; a bit/ },
  // 别总熬夜, 总是: always, before a verb.
  // (After someone or a negation, before what they do: not 总会 "club", 总司令, 总罢工.)
  { word: '总', when: ({ prev, next }) => prev !== undefined && next !== undefined && (/^(?:r|nr)/.test(prev.tag) || /^(?:别|不要|不|老|也|又|还|却|就|怎么|为什么|可|但)$/u.test(prev.text)) && /^(?:v|d|p)/.test(next.tag) && next.tag !== 'vn' && !/^(?:会|部|站|局|厂|司令|指挥|经理|理|统|督|裁|编|工)$/u.test(next.text), sense: /^in every case; always/ },
  // 你先把房间收拾好，再说去哪儿: then we will see, putting it off until after what comes first (先).
  // (以后再说吧, 回头再说: later.)
  { word: '再说', when: ({ prev, next, earlier, before }) => (/^[，,]$/u.test(prev?.text ?? '') && earlier().some((s) => s.text === '先' || s.text === '等')) || (before().some((s) => s.text === '先') && (next === undefined || /^[。！，；]$/u.test(next.text))) || /^(?:以后|回头|改天|明天|到时候|将来|过几天|下次)$/u.test(prev?.text ?? '') || /^过(?:段时间|一段时间|阵子|一阵子|一阵|几天|两天)$/u.test(prev?.text ?? '') || (next?.text === '吧' && prev?.text !== '我'), sense: /^to put off a discussion/ },
  // 四时许, 五点左右: o'clock after a number, and 许 "about" after the hour.
  { word: '时', when: ({ self, prev }) => self?.text === '时' && prev !== undefined && /^(?:[一二两三四五六七八九十]+|[0-9０-９]+)$/u.test(prev.text), sense: /^o'clock/ },
  { word: '许', when: ({ self, prev }) => self?.text === '许' && prev !== undefined && /(?:时|点|分|点钟|岁|年|月|米|人|元)$/u.test(prev.text), sense: /^about, approximately/, gloss: 'about, approximately (after a time or an amount)' },
  // 以…为由: on the grounds (由 "cause, reason") of what comes between.
  { word: '由', when: ({ self, prev, earlier }) => self?.text === '由' && prev?.text === '为' && earlier().some((s) => s.text === '以'), sense: /^grounds, pretext/, gloss: 'grounds, pretext (以…为由: on the grounds that…)' },
  // 已过七天: past so many days.
  { word: '过', when: ({ self, prev, next }) => self?.text === '过' && /^(?:已|已经|早已|都)$/u.test(prev?.text ?? '') && /^(?:m|t)/.test(next?.tag ?? ''), sense: /^to pass \(time\)/ },
  // 他们划着船, 拼命地划: rowing.
  { word: '划', when: ({ self, prev, next }) => self?.text === '划' && ((next !== undefined && /^(?:着|船|桨|过|向|到)/u.test(next.text)) || prev?.text === '地'), sense: /^to row/ },
  // 背几首唐诗, 背了一首诗: reciting.
  { word: '背', when: ({ self, next, rest }) => self?.text === '背' && next !== undefined && (/^m/.test(next.tag) || next.text === '了') && rest().slice(0, 4).some((s) => /(?:首|篇|课文|诗|词|单词|句|遍|台词|公式)/u.test(s.text)), sense: /^to recite from memory/, entry: 'bei4' },
  // 背着书包, 帮我背了一段路: carrying on the back (bēi).
  { word: '背', when: ({ self, prev, next, rest, before }) => self?.text === '背' && ((next !== undefined && /^(?:着|起|上|走)$/u.test(next.text) && !/^(?:在)$/u.test(prev?.text ?? '')) || (before()[1]?.text === '帮' && /^(?:我|他|她|你)$/u.test(prev?.text ?? '')) || (next?.text === '了' && rest().slice(1, 5).some((s) => /(?:包|孩子|娃|篓|筐|袋|柴|粮|行李)$/u.test(s.text)))), sense: /^to carry on the back/, entry: 'bei1' },
  // 我倒不怕: actually, though.
  { word: '倒', when: ({ self, prev, next }) => self?.text === '倒' && next !== undefined && /^(?:不|是|也|还|挺|很|没|蛮|真|并|要|觉得|愿意)/u.test(next.text) && /^(?:r|nr|n|d)/.test(prev?.tag ?? 'x'), sense: /^contrary to what one might expect/, entry: 'dao4' },
  // 等的时候: while waiting.
  { word: '等', when: ({ self, next, rest }) => self?.text === '等' && next?.text === '的' && /^(?:时候|时|工夫|过程)/u.test(rest()[1]?.text ?? ''), sense: /^to wait for/ },
  // 派来了使者, 派人去: sending.
  { word: '派', when: ({ self, next }) => self?.text === '派' && next !== undefined && /^(?:来|去|出|了|往|到|人|遣)/u.test(next.text), sense: /^to send/ },
  // 小狗跟在后面: following.
  { word: '跟', when: ({ self, next, rest }) => self?.text === '跟' && next?.text === '在' && /^(?:后面|后头|身后|后边|左右|旁边|屁股后)/u.test(rest()[1]?.text ?? ''), sense: /^to follow closely/ },
  // 观众加油的声音: people cheering.
  { word: '加油', when: ({ prev }) => prev !== undefined && /(?:观众|大家|球迷|同学们|啦啦队|家长|群众|我们|他们)$/u.test(prev.text), sense: /^\(fig\.\) to make an extra effort/ },
  // 店里放着音乐, 放电影: playing.
  { word: '放', when: ({ self, next, rest }) => self?.text === '放' && (/^(?:音乐|电影|视频|歌|歌曲|录音|动画片)/u.test(next?.text ?? '') || (next?.text === '着' && /^(?:音乐|歌|电影|视频)/u.test(rest()[1]?.text ?? ''))), sense: /^to play \(music, a film\)/, gloss: 'to play (music, a film)' },
  // 照了好几张相, 拍个相: the photo taken (照相), after its measure word.
  { word: '相', when: ({ prev, before }) => prev !== undefined && /^(?:张|个|幅|了个)$/.test(prev.text) && before().slice(1, 5).some((s) => /^[照拍]了?$/u.test(s.text)), sense: /^photo, picture/, gloss: 'photo, picture (照相 zhàoxiàng, to take a photo)' },
  // 有一个人, 来了一个人: a person (counted), not "alone", where someone is introduced.
  { word: '一个人', when: ({ prev, next }) => prev !== undefined && /^(?:有|来|来了|住着|走来|出现|是|了|只有|剩下)$/.test(prev.text) && (next === undefined || /^(?:x|v|d|p)/.test(next.tag)), sense: /^a person$/, gloss: 'a person, someone (一个 + 人)' },
  // 干这一行, 每一行: a line of work (háng), not a travelling party.
  { word: '一行', when: ({ prev, next }) => prev !== undefined && /^(?:这|那|哪|每|干|爱|这个|那个)$/.test(prev.text) && (next === undefined || !/^(?:人|十|二|三|四|五)/.test(next.text)), sense: /^one line of work/, gloss: 'one line of work; a trade (行 háng)' },
  // 你去哪？, 钥匙放在哪: "where", closing a question after a verb of going or being (see na in ./pinyin/rules).
  { word: '哪', when: ({ prev, next }) => (next === undefined || !/^[\p{Script=Han}]/u.test(next.text)) && WHERE_AFTER.test(prev?.text ?? ''), sense: /^where\?/, gloss: 'where? (= 哪儿)' },
  // 约时间面谈, 约个时间: to arrange (a time, a meeting).
  { word: '约', when: ({ next }) => next !== undefined && /^(?:时间|个时间|见面|面谈|好时间)$/.test(next.text), sense: /^to make an appointment/ },
  // 医生开的证明, 开发票, 开证明: writing a certificate, an invoice or a receipt out.
  { word: '开', when: ({ prev, next, rest }) => next !== undefined && (/^(?:证明|发票|收据|介绍信|单子|条子|病假条|假条|诊断书|罚单)$/.test(next.text) || (next.text === '了' && rest().slice(1, 4).some((x) => /^(?:血常规|化验单|检查单|检查|CT|B超|心电图|尿常规|证明|发票|病假条)$/u.test(x.text))) || (/^(?:个|张|一张|一个|份|一份)$/u.test(next.text) && /^(?:证明|发票|收据|介绍信|病假条|假条|诊断书)$/.test(rest()[1]?.text ?? '')) || (next.text === '的' && /^(?:证明|发票|收据|介绍信|单子|条子|病假条|假条|诊断书|罚单|药|处方)$/.test(rest()[1]?.text ?? '') && /(?:医生|大夫|医院|老师|单位|公司)$/u.test(prev?.text ?? ''))), sense: /^to write out/ },
  // 每名学生最多报两项, 报了三个项目, 报兴趣班: signing up (for events, courses), not reporting.
  { word: '报', when: ({ next, rest }) => next !== undefined && ((/^m/.test(next.tag) && /^(?:项|个项目|门|科|个班|个兴趣班)$/u.test(rest()[1]?.text ?? '')) || /^(?:项目|兴趣班|培训班|辅导班|志愿|专业|课程|名)$/.test(next.text) || (/^m/.test(next.tag) && /[项门科]$/u.test(next.text))), sense: /^to sign up for/ },
  // 步行约十分钟即到, 扫码即可: then, at once.
  { word: '即', when: ({ next }) => next !== undefined && /^(?:到|可|达|可到|到达|生效|送达|返回|开始|出发|发车|开放)$/.test(next.text), sense: /^prompt; at once|^at once/ },
  // 平均分比上学期提高了六分, 考了九十分: marks in a test.
  // (平均|分, 满|分: the average or full mark. Not minutes, 4分52秒的成绩.) 录取线是六百三十八分: the admission line.
  { word: '分', when: ({ prev, next, before, rest }) => prev !== undefined && (/^(?:平均|满|总|及格|最高|最低)$/.test(prev.text) || (isNumber(prev) && !/^(?:[0-9０-９零一二三四五六七八九十]|秒|钟)/u.test(next?.text ?? '') && !before().slice(1, 4).some((x) => /^(?:小时|时|点|点钟)$/u.test(x.text)) && mentions(before, rest, /(?:成绩|考试|平均|分数|满分|及格|考了|测验|试卷|期中|期末|单元测|语文|数学|英语|打|评分|打分|评委|满意度|扣|驾照|记分|录取|分数线|高考|中考|一模|二模|总分)/, 4))), sense: /^point; mark/, gloss: 'point; mark (in a test)' },
  // 上证指数报3086.52点, 上涨35点: points of a stock index.
  { word: '点', when: ({ prev, before }) => prev !== undefined && isNumber(prev) && before().slice(0, 6).some((s) => /(?:指数|指|大盘|上证|深证|恒指|道指|纳指|报|收于|收报|上涨|下跌|涨|跌)$/u.test(s.text)), sense: /^point \(of an index\)/, gloss: 'point (of an index)' },
  // 净买入, 净流入, 净利润: net.
  { word: '净', when: ({ next }) => next !== undefined && /^(?:买入|卖出|流入|流出|利润|收入|资产|增加|减少|增长|值|赚|挣|亏|亏损|出口|进口|重|增|减)/.test(next.text), sense: /^net/ },
  // 券商股, 银行股, 科技股: shares of a kind of company.
  { word: '股', when: ({ prev }) => prev !== undefined && /(?:券商|银行|科技|医药|地产|保险|港|美|概念|蓝筹|权重|白马|题材|龙头|成长|周期|消费|军工|芯片|新能源|汽车|白酒|石油|煤炭|钢铁|有色|电力|传媒|游戏)$/u.test(prev.text), sense: /^\(finance\) stock/ },
  // 行业龙头, 板块龙头: the leading company.
  { word: '龙头', when: ({ prev, before }) => (prev !== undefined && /^(?:行业|板块|产业|市场|领域|细分|地方|区域|全国|全球|业内)$/.test(prev.text)) || before().slice(0, 4).some((s) => /^(?:企业|股|股票|业绩|上市公司)$/.test(s.text)), sense: /^\(referring to a company\) leader/ },
  // 二十度上下, 五十岁上下: about, after a quantity.
  { word: '上下', when: ({ prev, before }) => prev !== undefined && (isNumber(prev) || (/^(?:度|岁|元|米|斤|公斤|吨|人|个|分|%|％|厘米|毫米|千克|克|天|年|块|摄氏度)$/u.test(prev.text) && before()[1] !== undefined && isNumber(before()[1] as Segment))), sense: /approximately/ },
  // 种粮大户, 养殖大户: a household farming or trading on a large scale.
  { word: '大户', when: ({ prev, before }) => prev !== undefined && /(?:种粮|种植|养殖|养猪|养鸡|养牛|养羊|养鱼|纳税|用电|用水|种菜|种果|承包|经营|专业)$/u.test((before()[1]?.text ?? '') + prev.text), sense: /^large-scale/, gloss: 'large-scale producer (a household farming or trading on a large scale)' },
  // 大质量恒星, 小质量天体: mass, in physics.
  { word: '质量', when: ({ prev, next }) => (prev !== undefined && /^(?:大|小|总|引力|惯性|原子|分子|静止|相对)$/.test(prev.text)) || /^(?:恒星|天体|黑洞|行星|星系|物体|粒子)/.test(next?.text ?? ''), sense: /^\(physics\) mass/ },
  // ，等蛋液稍微凝固: waiting until (what is waited for, then what is then done).
  { word: '等', when: ({ prev, next, rest }) => (prev === undefined || /^[，。！？；：\s“]$/u.test(prev.text)) && next !== undefined && /^n/.test(next.tag) && clauseOf(rest()).slice(1, 4).some((s) => /^(?:d|v|a)/.test(s.tag) && s.tag !== 'vn'), sense: /^by the time/ },
  // 放入米和水, 淘米: uncooked rice, where water, washing or the pot are about.
  { word: '米', when: ({ prev, before, rest }) => (prev === undefined || !isNumber(prev)) && mentions(before, rest, /(?:水|淘|煮|饭|锅|内胆|蒸|粥|洗|电饭煲|大米|泡)/, 4), sense: /^uncooked rice/ },
  // 将淘洗好的米放入内胆: 将 marking what is then put somewhere (as 把), not "will".
  { word: '将', when: ({ rest }) => clauseOf(rest()).slice(1).some((s) => /^(?:放入|放进|倒入|倒进|加入|放在|放到|倒在|移到|移入|装入|装进|交给|送到|改为|视为|列为|分成|切成|调至|调到|调成|浸泡|放置)$/.test(s.text)), sense: /introduces object of main verb/ },
  // 本款电饭煲, 这款手机, 新款: this model (of a product).
  { word: '款', when: ({ prev, next }) => prev !== undefined && /^(?:本|这|那|该|此|新|同|哪|每|一|两|几|多|各)$/.test(prev.text) && next !== undefined && /^n/.test(next.tag), sense: /^classifier for versions or models/ },
  // 下番茄块翻炒, 下面条: putting food into the pot.
  { word: '下', when: ({ prev, next, before, rest }) => (prev === undefined || /^[，。；\s]$/u.test(prev.text) || /^(?:再|先|然后|后|接着|最后)$/.test(prev.text)) && next !== undefined && /^n/.test(next.tag) && mentions(before, rest, /(?:炒|翻炒|煮|炖|锅|油|火|煎|焯|烧开|沸)/, 4), sense: /^to put in/, gloss: 'to put in (food, into the pot)' },
  // 说想一起去看电影: wanting to (an adverb between, then the verb).
  { word: '想', when: ({ next, rest }) => next !== undefined && /^(?:一起|先|再|早点|赶紧|马上|好好|多|跟|和|去|出去|回|回家)$/.test(next.text) && /^v/.test(rest()[1]?.tag ?? ''), sense: /^to desire; to want/ },
  // 分别的时候, 分别时, 和他分别: parting.
  { word: '分别', when: ({ prev, next, rest }) => (next !== undefined && (/^(?:时|以后|之后|后|那天|那年|多年|了|已久|的时候)$/.test(next.text) || (next.text === '的' && /^(?:时候|时|那天|那一刻|日子)$/.test(rest()[1]?.text ?? '')))) || /^(?:和|跟|与|同)/u.test(prev?.text ?? '') && !isNumber(next ?? { text: '', tag: '' }), sense: /^to part/ },
  // 不用过什么生日, 过生日, 过年: celebrating (see guo in ./pinyin/rules).
  { word: '过', when: ({ next, rest }) => celebrated(next, rest()[1]), sense: /^to celebrate/ },
  // 钱包里装着工资: holding, containing.
  { word: '装', when: ({ next, before }) => next?.text === '着' && before().slice(0, 3).some((s) => /[里中内]$/u.test(s.text)), sense: /^to hold/, gloss: 'to hold; to contain' },
  // 闹病虫害, 闹肚子, 闹饥荒: suffering (an outbreak of).
  { word: '闹', when: ({ next }) => next !== undefined && /^(?:病|病虫害|虫害|虫灾|灾|旱|旱灾|水灾|饥荒|肚子|瘟疫|疫情|鼠患|蝗灾)/.test(next.text), sense: /^to suffer from|^to fall ill/, gloss: 'to suffer from; to have (an outbreak of)' },
  // 还没收完的农户, 收稻子: harvesting, where crops or farmers are about (多收二百元 is earning).
  { word: '收', when: ({ next, before, rest }) => (next === undefined || !isNumber(next)) && mentions(before, rest, /(?:稻|麦|玉米|庄稼|粮|农户|农民|秋收|收割|大豆|高粱|棉花|亩|田|地里|果子|苹果|菜)/u, 5), sense: /^to harvest/, gloss: 'to harvest (crops)' },
  // 七成熟, 八分熟: done (cooked) to so many tenths.
  { word: '熟', when: ({ prev }) => prev !== undefined && /^(?:成|分)$/u.test(prev.text), sense: /^thoroughly cooked/ },
  // 经呼气检测, 经调查: undergoing (a test, an inquiry), opening a clause before what was done.
  { word: '经', when: ({ prev, rest }) => (prev === undefined || /^[\p{P}\s]+$/u.test(prev.text)) && clauseOf(rest()).slice(0, 3).some((s) => /(?:检测|检查|调查|核实|鉴定|审理|批准|研究|讨论|协商|测试|检验|化验|诊断|抢救|治疗|审核|审查|查明|了解|评审|认定|测定|测算|统计|介绍|推荐|同意|允许|培训)$/u.test(s.text)), sense: /^to undergo/ },
  // 不过是…罢了: merely.
  // (Opening a clause it is still "but": ，不过是跟它等价的.)
  { word: '不过', when: ({ prev, next }) => prev !== undefined && !/^[\p{P}\s]+$/u.test(prev.text) && (next?.text === '是' || next?.text === '就是'), sense: /^only/ },
  // 市民反映, 群众反映: people reporting (a problem), not mirroring.
  { word: '反映', when: ({ prev, before }) => (prev !== undefined && /(?:市民|群众|居民|村民|网友|家长|学生|员工|职工|患者|游客|乘客|消费者|业主|读者|代表|有人|人们|大家)$/u.test(prev.text)) || before().slice(0, 3).some((s) => /^(?:向|给)$/u.test(s.text)), sense: /to report/ },
  // 干起活来, 干活: work (the job), not "to live".
  { word: '活', when: ({ prev, before }) => prev !== undefined && (/^(?:干|起|做|的|点|些|重|累|细|农|杂)$/u.test(prev.text) && before().slice(0, 3).some((s) => /^(?:干|干起|做)$/u.test(s.text) || s.text.startsWith('干'))), sense: /^work/ },
  // 划船, 划手们, 划龙舟: rowing.
  { word: '划', when: ({ next }) => next !== undefined && /^(?:船|小船|桨|龙舟|手|水|着)$/u.test(next.text), sense: /^to row/ },
  // 大人会给孩子发红包, 不会通过电话要求: will (a custom, a promise), before a preposition or after
  // how sure it is; 会游泳 is a skill.
  { word: '会', when: ({ prev, next }) => next !== undefined && ((next.tag === 'p' && /^(?:给|通过|在|把|被|对|向|跟|和|用|为|从|让)$/u.test(next.text)) || /^(?:一定|肯定|可能|也许|总|往往|通常|经常|大概|将|才|还|都|就|不会|绝不|决不|从来不|从不)$/u.test(prev?.text ?? '') && /^(?:v|p|d)/.test(next.tag)), sense: /^to be likely to/ },
  // 十来万, 二十来个: about (after a round number).
  { word: '来', when: ({ prev }) => prev !== undefined && /^(?:[一二两三四五六七八九]?十|[一二两三四五六七八九]?百|[一二两三四五六七八九]?千|[0-9]+0)$/u.test(prev.text), sense: /approximately/ },
  // 拍了照片, 拍视频, 拍雾凇: taking (a photo), shooting (a film).
  { word: '拍', when: ({ next, rest }) => next !== undefined && (/^(?:照|照片|视频|电影|戏|合影|合照|短视频|写真|广告|下|鸟|风景|星空|日出|日落|夜景|人像|雾凇|婚纱照|全家福|美景|雪景|花|纪录片)/u.test(next.text) || ((/^[了着过下]$/u.test(next.text) || /^m/.test(next.tag)) && clauseOf(rest()).slice(1, 5).some((x) => /^(?:照|照片|视频|电影|合影|合照|短视频|写真)$/u.test(x.text)))), sense: /^to take \(a photo\)/ },
  // 坏了的门锁: broken (a thing gone wrong), not the exclamation.
  { word: '坏了', when: ({ next }) => next?.text === '的', sense: /^broken/, gloss: 'broken (gone wrong)' },
  // 专家号, 挂号, 过号: a number in a queue (at a hospital), not a day of the month.
  { word: '号', when: ({ prev, next }) => (prev !== undefined && /^(?:专家|普通|挂|过|取|叫|排|预约|门诊|急诊|病|拿)$/u.test(prev.text)) || /^(?:费|单|条)$/u.test(next?.text ?? ''), sense: /^number in a queue/, gloss: 'number in a queue; appointment (at a hospital)' },
  // 制茶, 制药: making (tea, medicine), not a system.
  { word: '制', when: ({ next }) => next !== undefined && /^(?:茶|药|茶叶|作|成|衣|图|冰|糖|酒|醋|盐|陶|皂)/u.test(next.text), sense: /^to make/ },
  // 重读了莫言的小说: reading again.
  { word: '重读', when: ({ next }) => next !== undefined && READ_AGAIN_NEXT.test(next.text), sense: /^to reread/, gloss: 'to reread (重 chóng "again")' },
  // 明年早点回来: a bit earlier (早 + 点), before what is to be done sooner; 早点 alone is breakfast.
  { word: '早点', when: ({ next }) => next !== undefined && ((/^v/.test(next.tag) && next.tag !== 'vn') || /^(?:把|将|给|去|来|回)$/u.test(next.text)), sense: /^a bit earlier/, gloss: 'a bit earlier (早 "early" + 点 "a bit")' },
  // 上二年级, 上小学: attending (a grade, a school).
  { word: '上', when: ({ next, rest }) => next !== undefined && ((/(?:年级|小学|中学|初中|高中|大学|幼儿园|学|课|班|^初[一二三]|^高[一二三])$/u.test(next.text) && !/^(?:大学生|中学生|小学生|同学|同班)$/u.test(next.text)) || (/^m/.test(next.tag) && /^年级/u.test(rest()[1]?.text ?? ''))), sense: /^to attend/ },
  // 上周三, 上星期五: last (Wednesday, week).
  { word: '上', when: ({ self, next }) => self?.tag === 'f' && next !== undefined && /^(?:周[一二三四五六日天末]|星期[一二三四五六日天]|礼拜[一二三四五六日天])$/u.test(next.text), sense: /^last \(week/, gloss: 'last (week, Wednesday…); previous' },
  // 盖房子, 盖了一座新楼: building (a house), not a lid.
  { word: '盖', when: ({ next, rest, before }) => next !== undefined && ((next.text === '的' && before().slice(0, 6).some((x) => /^(?:用|拿|砖|木头|石头|青石|水泥|泥土|竹子)$/u.test(x.text))) || /^(?:房|房子|楼|新房|大楼|学校|工厂|宿舍|小屋|平房|楼房|高楼)/u.test(next.text) || (/^[了起好]$/u.test(next.text) && clauseOf(rest()).slice(1, 5).some((x) => /(?:房|楼|屋|校舍|厂房)/u.test(x.text)))), sense: /^to build/ },
  // 分解成, 变成, 切成: turning into (a result), after a verb.
  { word: '成', when: ({ prev }) => prev !== undefined && /^v/.test(prev.tag) && prev.tag !== 'vn' && Array.from(prev.text).length === 2, sense: /^to become/ },
  // 押一付三: paying (three months' rent), not a pair.
  { word: '付', when: ({ prev, next }) => (prev !== undefined && /^(?:押一|一|押|先|再|已|要|需|预)$/u.test(prev.text) && next !== undefined && /^(?:三|一|二|两|六|半|款|钱|清|完|费|租|全款|定金|房租)/u.test(next.text)) || (next !== undefined && /^(?:款|钱|费|房租|租金|定金|全款|工资)$/u.test(next.text)), sense: /^to pay/ },
  // 扣三分, 扣了二百元: deducting (points, money), not fastening.
  // (扣掉房租, 扣了我123块, 被扣分 too.)
  { word: '扣', when: ({ prev, next, rest }) => prev?.text === '被' || (next !== undefined && ((/^m/.test(next.tag) && /^(?:分|元|块|钱|工资)/u.test(rest()[1]?.text ?? '')) || /^(?:掉|了|除|钱|分|款|工资|费|我|你|他|她|押金|奖金)/u.test(next.text))), sense: /^to deduct/ },
  // 政策落地, 项目落地: a policy or project put into effect.
  { word: '落地', when: ({ prev }) => prev !== undefined && /(?:政策|措施|项目|举措|方案|计划|规定|制度|改革|工程|投资|服务|承诺)$/u.test(prev.text), sense: /^to be put into effect/, gloss: '(of a policy or project) to be put into effect; to take root' },
  // 如孩子身体不适…，请…: if, opening a clause about someone, before what may happen.
  { word: '如', when: ({ prev, next, rest }) => {
    if ((prev !== undefined && !/^[\p{P}\s]+$/u.test(prev.text)) || next === undefined || !/^(?:n|r|nr)$/.test(next.tag)) return false;
    // (A condition, then what to do after the comma: not "such as", 如刘瑾和魏忠贤有….)
    const after = rest();
    const comma = after.findIndex((x) => /^[，,]$/u.test(x.text));
    return comma > 1 && after.slice(1, comma).some((x) => /^(?:不适|不便|需要|出现|发生|超过|无法|不能|遇到|发现|逾期|未|没有|不|有)$/u.test(x.text)) && /^(?:请|应|须|需|可|要|将|则|必须|应当|务必)$/u.test(after[comma + 1]?.text ?? '');
  }, sense: /^if/, gloss: 'if (written)' },
  // 一坛酒, 酒坛: an earthen jar (of wine, pickles), not an altar.
  { word: '坛', when: ({ prev, next }) => (prev !== undefined && /^(?:一|两|几|好几|三|四|五|六|七|八|九|十|半|这|那|每)$/u.test(prev.text)) || /^(?:酒|子|里|中|口)$/u.test(next?.text ?? ''), sense: /jar/ },
  // 加油声, 为他加油: cheering (someone) on, not refuelling.
  { word: '加油', when: ({ prev, next, before }) => /^(?:声|呐喊|助威|鼓劲|喝彩|！|!)$/u.test(next?.text ?? '') || (prev !== undefined && /^(?:为|给|替|一起|大声|齐声)$/u.test(prev.text)) || before().slice(0, 4).some((x) => /^(?:为|给|观众|球迷|啦啦队|大家)$/u.test(x.text)), sense: /to cheer sb on/ },
  // 倒垃圾, 倒水, 倒茶: pouring out, dumping (dào).
  { word: '倒', when: ({ self, next }) => self !== undefined && next !== undefined && /^(?:垃圾|水|茶|酒|掉|出|进|入|满|油|醋|汤|牛奶|开水|热水|回)/u.test(next.text), sense: /^to pour out/ },
  // 给马钉掌, 钉扣子: nailing, sewing on.
  { word: '钉', when: ({ next }) => next !== undefined && /^(?:掌|马掌|扣子|扣|纽扣|上|在|住|牢|好|到|进)/u.test(next.text), sense: /^to join things together|to nail/ },
  // 派一人参加, 派了两名医生, 派人去: sending someone (to do something), not a faction.
  { word: '派', when: ({ prev, next, rest }) => next !== undefined && (/^(?:人|了|出|去|来|专人|车|兵|员)/u.test(next.text) || (/^m/.test(next.tag) && /^(?:人|名|位|个|辆|支)/u.test(rest()[1]?.text ?? next.text.slice(-1)))) && !/^(?:学|流|党|帮)$/u.test(prev?.text ?? ''), sense: /^to send/ },
  // 沿着盘山公路开一个半小时: driving (for so long), on a road.
  { word: '开', when: ({ self, next, before }) => self?.text === '开' && next !== undefined && /^m/.test(next.tag) && before().slice(0, 6).some((x) => /(?:公路|高速|路上|盘山|国道|山路)$/u.test(x.text)), sense: /^to drive/, gloss: 'to drive (a vehicle)' },
  // 在投放点值守: at the drop-off point (a spot), after a verb naming what is done there.
  { word: '点', when: ({ prev, before }) => prev !== undefined && /^(?:v|vn)$/.test(prev.tag) && Array.from(prev.text).length === 2 && before().slice(1, 4).some((x) => /^(?:在|到|去|从|设|建)$/u.test(x.text)), sense: /^point; dot; spot/ },
  // ，可到现在还没有人来, 可不少人发现: but (opening a clause), not "can".
  { word: '可', when: ({ prev, next }) => (prev === undefined || /^[，,。！？!?；;]$/u.test(prev.text)) && next !== undefined && /^(?:到|不|是|就|还|他|她|我|你|这|那|谁|没|没有|现在|如今|后来|最后|大家|不少|很多|许多|一直|偏偏|谁知|一|总|总是|又|却|偏|真正)$/u.test(next.text), sense: /^but; however/ },
  // 在湖上划了一圈, 划了一会儿: rowing (on water).
  { word: '划', when: ({ next, before }) => next !== undefined && /^(?:了|着|过|到|向|回)$/u.test(next.text) && before().slice(0, 5).some((x) => /(?:湖|河|江|海|水|船|湖上|河上|江上|水上|湖面|河面)$/u.test(x.text)), sense: /^to row/ },
  // 负责拖地, 扫地拖地: mopping the floor.
  { word: '拖地', when: () => true, sense: /^to mop the floor/ },
  // 打了卷, 打卷: curling up.
  { word: '卷', when: ({ prev, before }) => prev?.text === '打' || (prev?.text === '了' && before()[1]?.text === '打'), sense: /^to roll up/ },
  // 做事很干脆, 回答得干脆: straightforward (after a degree word or 得), not "might as well".
  { word: '干脆', when: ({ prev, next }) => prev !== undefined && /^(?:很|真|非常|特别|挺|比较|十分|得|太|更|最)$/u.test(prev.text) && (next === undefined || !/^v/.test(next.tag)), sense: /^candid/, gloss: 'candid; direct and to the point; straightforward' },
  // 辣得直流眼泪, 疼得直流汗: (tears) streaming, not direct current.
  { word: '直流', when: ({ prev, next }) => prev?.text === '得' || (next !== undefined && /^(?:眼泪|泪|汗|口水|鼻涕|鼻血|血|冷汗)/u.test(next.text)), sense: /^to flow steadily/ },
  // 挂个号, 挂呼吸科, 挂内科的号: registering at a hospital.
  { word: '挂', when: ({ next, rest }) => next !== undefined && (/^(?:个|一个|了)$/u.test(next.text) ? /^(?:号|专家号|普通号|急诊)/u.test(rest()[1]?.text ?? '') : (/^(?:[^学]科|号)$/u.test(next.text.slice(-2)) || /^\p{Script=Han}{1,3}科$/u.test(next.text + (rest()[1]?.text ?? '')))), sense: /^to register \(at a hospital\)/ },
  { word: '号', when: ({ prev, before }) => (prev?.text === '个' || prev?.text === '的') && before().slice(1, 5).some((x) => x.text === '挂' || x.text === '挂个'), sense: /^number in a queue/, gloss: 'number in a queue; registration (at a hospital)' },
  // 靠运气, 靠自己, 靠技术: depending on (not leaning against).
  { word: '靠', when: ({ next }) => next !== undefined && /^(?:运气|自己|技术|科技|实力|能力|努力|双手|劳动|大家|政府|父母|关系|天吃饭|山吃山|水吃水|卖|打工|种地|勤劳|智慧|创新|本事|脑子)/u.test(next.text), sense: /^to depend on/ },
  // 五百块押金, 三块钱: yuan, before money paid.
  { word: '块', when: ({ prev, next }) => prev !== undefined && isNumber(prev) && next !== undefined && /^(?:押金|定金|房租|租金|工资|零钱|现金|运费|车费|路费|门票|学费|话费|钱)/u.test(next.text), sense: /money and currency/ },
  // 八点的高铁, 十点的会: the time (o'clock), before 的 and what happens then.
  // (Not 两点的高差: between two points.)
  { word: '点', when: ({ prev, next, rest }) => prev !== undefined && /^(?:[一二三四五六七八九十两]|十[一二]|[0-9０-９]{1,2})$/u.test(prev.text) && ((next?.text === '的' && /^(?:高铁|火车|动车|飞机|航班|班车|大巴|车|会|会议|课|电影|票|比赛|约|新闻|节目)/u.test(rest()[1]?.text ?? '')) || next?.text === '钟' || next?.text === '半' || next?.text === '多'), sense: /o'clock/ },
  // 扫二维码, 扫一下码, 扫码: scanning.
  { word: '扫', when: ({ rest }) => rest().slice(0, 5).some((x) => /(?:二维码|码|条形码|健康码)$/u.test(x.text)), sense: /^to scan/, gloss: 'to scan (a QR code etc)' },
  // 一般半小时一块五: usually, before how much.
  { word: '一般', when: ({ prev, next }) => (prev === undefined || /^[\p{P}\s]+$/u.test(prev.text) || /^[nr]/.test(prev.tag)) && next !== undefined && (/^(?:[一二三四五六七八九十两半几]|[0-9０-９])/u.test(next.text) || /^(?:都|会|要|在|是|不|没|只|就)$/u.test(next.text)), sense: /^generally$/ },
  // 比加油省多了, 省不少: saves (a lot).
  { word: '省', when: ({ prev, next, before }) => next !== undefined && /^(?:多|不少|很多|一半|一大笔)/u.test(next.text) && (prev?.text !== '我' && prev?.text !== '本' && prev?.text !== '全') && before().slice(0, 6).some((x) => x.text === '比' || /^v/.test(x.tag)), sense: /^to save/ },
  // 科技圈, 娱乐圈, 朋友圈: a circle of people or a field.
  { word: '圈', when: ({ prev, next }) => prev !== undefined && /^n/.test(prev.tag) && Array.from(prev.text).length === 2 && (next === undefined || !/^m/.test(next.tag)), sense: /^circle; ring; loop/, gloss: 'circle; ring; loop; (social or professional) circle, world' },
  // 编程序, 写程序, 运行程序: a computer program.
  { word: '程序', when: ({ prev, before }) => (prev !== undefined && /^(?:编|写|编写|运行|开发|安装|下载|卸载|设计|调试|小)$/u.test(prev.text)) || before().slice(0, 5).some((x) => /^(?:电脑|计算机|手机|代码|软件|编程)$/u.test(x.text)), sense: /computer program/ },
  // 头两年, 头三天: the first (two years).
  { word: '头', when: ({ prev, next, rest }) => (prev === undefined || /^[\p{P}\s]+$/u.test(prev.text) || prev.text === '的' || /^v/.test(prev.tag)) && next !== undefined && /^(?:[两二三四五六七八九十几一]|[0-9０-９])/u.test(next.text) && /^(?:年|个|天|次|回|场|周|月|季|条|批)/u.test((Array.from(next.text).length > 1 ? next.text.slice(1) : rest()[1]?.text) ?? ''), sense: /^first$/ },
  // 第一笔三千万元的融资: a sum of money.
  { word: '笔', when: ({ prev, next, rest }) => prev !== undefined && isNumber(prev) && next !== undefined && isNumber(next) && rest().slice(1, 4).some((x) => /^(?:元|万元|亿元|美元|块|钱)/u.test(x.text)), sense: /sum of money/ },
  // 公司接下来将, 接下来，: next (not "to accept").
  { word: '接下来', when: ({ prev, next }) => next !== undefined && (/^[\p{P}\s]+$/u.test(next.text) || /^(?:将|会|要|就|还|又|的|几天|一段)/u.test(next.text) || /^(?:n|r|t)/.test(prev?.tag ?? 'x')), sense: /^next$/ },
  // 甲方将…住房…出租给乙方: 将 as 把 before the thing and what is done with it.
  { word: '将', when: ({ rest }) => clauseOf(rest()).slice(1).some((s) => /^(?:出租|租|转让|出售|卖|借|送|交|移交|赠送|退还|发)给$|^(?:出租|转让|出售|移交|交付)$/u.test(s.text) && s !== rest()[0]), sense: /introduces object of main verb/ },
  // 套餐变更, 流量套餐: a phone plan.
  { word: '套餐', when: ({ before, rest }) => [...before().slice(0, 6), ...rest().slice(0, 6)].some((x) => /(?:话费|流量|充值|通话|宽带|手机|资费|移动|联通|电信|营业厅|月租)/u.test(x.text)), sense: /service package/ },
  // 今年起，: starting from this year.
  { word: '起', when: ({ prev, next }) => prev !== undefined && /^(?:今年|明年|去年|今天|明天|本月|下月|即日|当日|次日|现在|今后|此后|目前|年初|月初)$/u.test(prev.text) && (next === undefined || /^[，,。；]$/u.test(next.text)), sense: /^starting from/ },
  // 由单位代为办理, 工作单位: an employer.
  { word: '单位', when: ({ prev, next }) => /^(?:由|工作|用人|所在|本|原|各|参保|接收|有关|相关|事业|机关|国有|用工)$/u.test(prev?.text ?? '') || /^(?:代为|缴纳|缴费|领导|同事|食堂|宿舍|里|上班|开具|证明|盖章|办理|组织|发放|报销)/u.test(next?.text ?? ''), sense: /^work unit/, gloss: 'work unit; employer; organisation (place of employment)' },
  // 保管本卡, 此卡: this card.
  { word: '卡', when: ({ prev }) => prev !== undefined && /^(?:本|此|该|这张|那张|一张|每张|会员|银行|公交|信用|储值|月)$/u.test(prev.text), sense: /card/ },
  // 月亮婆婆, 老婆婆: an old woman of a story, not a husband's mother.
  { word: '婆婆', when: ({ prev }) => prev !== undefined && /^(?:月亮|太阳|老|风|雪|冬|外|好心|白发)$/u.test(prev.text), sense: /^grandma/ },
  // 该睡觉啦, 该吃饭了: it is time to, should; 我该怎么办, 是该换了, 早该来: after who ought to (a
  // pronoun or an adverb) and before what is to be done; 该读书时 "when it is time to study".
  // (该公司, 该属 stay "that", the written determiner.)
  {
    word: '该',
    when: ({ prev, next, rest }) =>
      next !== undefined &&
      ((/^v/.test(next.tag) && /^(?:啦|了|吧|喽|咯)$/u.test(rest()[1]?.text ?? '')) ||
        /^(?:怎么|怎样|如何)/u.test(next.text) ||
        (/^v/.test(next.tag) && rest()[1]?.text === '时') ||
        (prev !== undefined && (/^(?:r|nr)$/.test(prev.tag) || /^(?:早|本|也|就|都|真|又|早就|应|是|才|倒|确实|实在|更|活)$/u.test(prev.text)) && (/^(?:v|d|p|c|l)/.test(next.tag) || actsAsVerb(next) || /^(?:多|了)$/u.test(next.text)))),
    sense: /^should/,
  },
  // 露出一口白牙, 说一口流利的英语: a whole set of teeth, a whole way of speaking.
  { word: '一口', when: ({ next, rest }) => next !== undefined && (/牙$/u.test(next.text) || /^(?:流利|地道|标准|纯正)/u.test(next.text) || rest().slice(0, 3).some((x) => /^(?:普通话|方言|英语|口音|话|牙)$/u.test(x.text))), sense: /^a mouthful/, gloss: 'a mouthful; a whole (set of teeth, a way of speaking)' },
  // 不过二十多年: only, before how much.
  { word: '不过', when: ({ next }) => next !== undefined && (isNumber(next) || /^(?:[二三四五六七八九十两几半]|[0-9０-９])/u.test(next.text)) && !/^一(?:直|定|样|般|起|切|些|旦|向|度|时)/u.test(next.text), sense: /^only/ },
  // 两朝, 三朝: reigns or dynasties counted.
  { word: '朝', when: ({ prev, next }) => prev !== undefined && /^(?:两|三|四|五|几|历|前|本|当|明|清|唐|宋|元|汉)$/u.test(prev.text) && (next === undefined || !/^(?:着|向|前|南|北|东|西|阳|上|下)/u.test(next.text)), sense: /^dynasty/, entry: 'chao2' },
  // 反清复明, 抗清, 入清: the Qing dynasty.
  { word: '清', when: ({ prev }) => prev !== undefined && /^(?:反|抗|灭|入|降|仕|归|明|晚|前|大|满)$/u.test(prev.text), sense: /^Qing \(Wade-Giles/, entry: 'Qing1' },
  // 多穿点, 快点, 少吃点: a little.
  { word: '点', when: ({ prev, before }) => prev !== undefined && /^(?:v|zg)/.test(prev.tag) && Array.from(prev.text).length === 1 && /^(?:多|少|快|慢|早|晚)$/u.test(before()[1]?.text ?? ''), sense: /^a small amount|a little|a bit/ },
  // 总装线, 生产线 cut apart: a production line.
  { word: '线', when: ({ prev }) => prev !== undefined && /^(?:总装|生产|流水|装配|组装|焊装|涂装|包装|自动化)$/u.test(prev.text), sense: /^line$/ },
  // 卖得很火, 火了: popular.
  // (一下子火了, 火起来, 火遍全网: taking off.)
  { word: '火', when: ({ prev, next }) => (prev !== undefined && /^(?:很|特别|挺|真|太|非常|越来越|超|这么|那么|得|最)$/u.test(prev.text) && (next === undefined || !/^n/.test(next.tag))) || (next !== undefined && /^(?:起来|遍|爆)/u.test(next.text)) || (next?.text === '了' && prev !== undefined && /^(?:一下子|突然|彻底|又|也|一夜|瞬间|终于|就|一下|彻底地|彻底的|上|最近|近来|这两年|这几年|今年|一下就)$/u.test(prev.text)), sense: /^hot \(popular\)/ },
  { word: '起来', when: ({ prev }) => prev !== undefined && /^v/.test(prev.tag) && Array.from(prev.text).length <= 2 && !/^(?:站|坐|爬|跳|抬|举|升|飞|立|挺|蹦)$/u.test(prev.text), sense: /^\(after a verb\)/, entry: 'qi5 lai5' },
  // 刻有文字, 刻着: carved (not a quarter of an hour).
  { word: '刻', when: ({ next }) => next !== undefined && /^(?:有|着|上|在|了|字|成|下)$/u.test(next.text), sense: /^to carve/ },
  // 拍到了老虎: filmed, photographed.
  { word: '拍', when: ({ next, rest }) => next?.text === '到' && rest().slice(1, 6).some((x) => /^(?:了|画面|照片|视频|镜头)$/u.test(x.text) || /^n/.test(x.tag)), sense: /^to take \(a photo\)/ },
  // 看展, 逛展, 特展: an exhibition.
  { word: '展', when: ({ prev }) => prev !== undefined && /^(?:看|逛|观|办|布|参|策|特|画|书)$/u.test(prev.text), sense: /^exhibition/ },
  // 部分湖区, 鄱阳湖湖区: the lake area (not England's Lake District).
  { word: '湖区', when: ({ before }) => !before().slice(0, 6).some((x) => /^(?:英国|英格兰|英格蘭)$/u.test(x.text)), sense: /^lake area/, gloss: 'lake area; the area of a lake' },
  // 数字对不上, 账对不上: not matching, not tallying.
  { word: '对不上', when: () => true, sense: /^not to match/, gloss: 'not to match; not to tally' },
  // 多得不行, 美到不行: extremely (after 得 or 到).
  { word: '不行', when: ({ prev }) => prev?.text === '得' || prev?.text === '到', sense: /^extremely/, gloss: 'extremely (after 得 or 到: 美到不行 "incredibly beautiful")' },
  { word: '不行了', when: ({ prev }) => prev?.text === '得' || prev?.text === '到', sense: /^extremely/, gloss: 'extremely (after 得 or 到)' },
  // 绝了！: superb, amazing.
  { word: '绝', when: ({ next, rest }) => next?.text === '了' && (rest()[1] === undefined || /^[\p{P}\s]/u.test(rest()[1]?.text ?? '')), sense: /^superb/, gloss: 'superb; amazing (绝了!)' },
  // 一碗面, 吃面, 面馆, 面里: noodles.
  // (做面, 一份面, 拉条子面; before 碗 too.)
  { word: '面', when: ({ prev, next }) => (prev !== undefined && (/^(?:碗|吃|煮|下|拉|拌|炒|牛肉|豌杂|小|这碗|那碗|一碗|汤|阳春|担担|刀削|油泼|热干|凉)$/u.test(prev.text) || /(?:碗|吃|煮|下|拉|做|碗儿|份|凉|汤|炸酱|牛肉|刀削|拉条子)$/u.test(prev.text))) || (next !== undefined && (/^(?:馆|条|汤|里|食|店|摊|粉)$/u.test(next.text) || /^(?:条|馆|店|汤|碗)/u.test(next.text))), sense: /^noodles/, gloss: 'noodles' },
  // 红油抄手, 一份抄手: wontons.
  { word: '抄手', when: ({ prev, next }) => (prev !== undefined && /^(?:红油|一份|一碗|鲜肉|清汤|份|碗|吃)$/u.test(prev.text)) || /^(?:店|馆)$/u.test(next?.text ?? ''), sense: /wonton/ },
  // 快四十分钟, 快一年了: almost (before how much).
  // (Not 最快十分钟: the fastest; nor 比城镇快1.2个百分点: faster by.)
  { word: '快', when: ({ prev, next, before }) => next !== undefined && !/^(?:最|更|很|越|较|比较|那么|这么|多)$/u.test(prev?.text ?? '') && !before().slice(0, 6).some((x) => x.text === '比') && (/^m/.test(next.tag) || /^(?:[一二两三四五六七八九十半几]|[0-9０-９])/u.test(next.text)) && !/^(?:一点|一些|些)/u.test(next.text), sense: /^almost$/ },
  // 五点五升: litres.
  { word: '升', when: ({ prev }) => prev !== undefined && (isNumber(prev) || /[〇零一二三四五六七八九十百千两半]$/u.test(prev.text)), sense: /^liter/ },
  // 两百块出头, 三十岁出头: a little more than.
  { word: '出头', when: ({ prev }) => prev !== undefined && (isNumber(prev) || /[块元岁万米斤公里分钟小时年]$/u.test(prev.text)), sense: /^a little more than/ },
  // 两百来块, 两百块出头: yuan, after a number and 来, or before 出头 or 左右.
  { word: '块', when: ({ prev, next, before }) => ((prev?.text === '来' || prev?.text === '多') && before()[1] !== undefined && isNumber(before()[1] as Segment)) || (prev !== undefined && isNumber(prev) && /^(?:出头|左右|上下)$/u.test(next?.text ?? '')), sense: /money and currency/ },
  // 被坑, 别被坑了: cheated.
  { word: '坑', when: ({ prev }) => prev !== undefined && /^(?:被|别|会|又|给|把人|坑人)$/u.test(prev.text), sense: /to cheat/ },
  // 听听轻音乐: listening a little, the verb said twice.
  { word: '听听', when: ({ next }) => next !== undefined && !/^m/.test(next.tag), sense: /^to listen a little/, gloss: 'to listen a little; to have a listen (听, said twice)' },
  // 光着脚: bare.
  { word: '光', when: ({ next, rest }) => next?.text === '着' && /^(?:脚|膀子|身子|头|脑袋|屁股|上身)/u.test(rest()[1]?.text ?? ''), sense: /^to leave \(a part of the body\) uncovered/ },
  // 慢走一会儿, 慢走半小时: walking slowly (not the host's "take care!").
  { word: '慢走', when: ({ next }) => next !== undefined && /^(?:一会儿|一会|几步|半小时|[一二两三四五六七八九十半几]|[0-9０-９])/u.test(next.text), sense: /^to walk slowly/, gloss: 'to walk slowly' },
  // 方子“土”, 太土了: rustic, unsophisticated.
  { word: '土', when: ({ prev, next }) => (prev !== undefined && /^(?:很|太|真|有点|有些|挺|特别|“|"|「)$/u.test(prev.text)) || /^(?:”|"|」)$/u.test(next?.text ?? ''), sense: /^unsophisticated/ },
  // 都会背, 背课文, 背单词: reciting from memory.
  { word: '背', when: ({ prev, next }) => (prev !== undefined && /^(?:会|能|要|得|都会|也会|全|先|再|多)$/u.test(prev.text) && (next === undefined || !/^n/.test(next.tag) || /^(?:课文|单词|诗|古诗|书|公式|台词|歌词|乘法表)$/u.test(next.text))) || /^(?:课文|单词|古诗|唐诗|公式|台词|歌词|乘法表|下来|熟|会了)$/u.test(next?.text ?? ''), sense: /^to recite from memory/ },
  // 结了一层霜, 结冰: forming (frost, ice).
  { word: '结', when: ({ next, rest }) => (next?.text === '了' && /^(?:一层|层|霜|冰|薄冰|厚厚)/u.test(rest()[1]?.text ?? '')) || /^(?:霜|冰)$/u.test(next?.text ?? ''), sense: /^to form/, gloss: 'to form (frost, ice); to congeal' },
  // 东北菜, 川菜馆: a region's dishes, its cuisine.
  { word: '菜', when: ({ prev }) => prev?.tag === 'ns' || /^(?:家常|地方|特色|农家|私房|东北|西北|西南|江南|北方|南方|家乡)$/u.test(prev?.text ?? ''), sense: /^dish/, gloss: 'dish; cuisine' },
  // 推射破门, 头球破门: scoring a goal.
  { word: '破门', when: ({ before }) => before().slice(0, 5).some((x) => /(?:射|头球|推射|抽射|吊射|球|点球|禁区|得分|门将)$/u.test(x.text)), sense: /^to score a goal/ },
  // 连下两局, 第三局: a game or set, after a number.
  { word: '局', when: ({ prev }) => prev !== undefined && (isNumber(prev) || /^(?:第.+|[一两二三四五六七八九十几]|这|那|每|首|末|决胜)$/u.test(prev.text)), sense: /^classifier for games/ },
  // 反手拧拉, 反手的相持: a backhand, where a ball is played.
  { word: '反手', when: ({ before, rest }) => [...before().slice(0, 6), ...rest().slice(0, 6)].some((x) => /(?:拉|拧|球|相持|正手|发球|接发|乒乓|羽毛|网球|得分|击球)/u.test(x.text)), sense: /^backhand/, gloss: 'backhand (in table tennis, tennis, badminton)' },
  // 一记三分, 底角三分, 命中三分: a three-pointer.
  { word: '三分', when: ({ before, rest }) => before().slice(0, 4).some((x) => /^(?:一记|底角|角|投中|命中|投进|外线|远投|篮球|投篮)$/u.test(x.text)) || rest().slice(0, 2).some((x) => /^(?:命中|投中|出手|球|线|远投)$/u.test(x.text)), sense: /^three-pointer/, gloss: 'three-pointer (a three-point shot in basketball)' },
  // 与去年同期持平, 基本持平: staying level.
  { word: '持平', when: () => true, sense: /^to stay level/ },
  // 依规依纪依法, 违规: rules.
  { word: '规', when: ({ prev, next }) => (prev !== undefined && /^(?:依|违|按|守|合)$/u.test(prev.text)) || (next !== undefined && /^(?:依|办)/u.test(next.text)), sense: /^a rule/ },
  // 衔起一颗石子, 衔着: holding in the beak or mouth.
  { word: '衔', when: ({ next }) => next !== undefined && (/^(?:起|着|住|来|在|回|了|走)/u.test(next.text) || isNumber(next)), sense: /^to hold in the mouth/ },
  // 都会背, 也会说: can, knowing how (before a skill and the clause's end).
  { word: '会', when: ({ next, rest }) => next !== undefined && /^(?:背|说|写|读|唱|跳|画|游泳|开车|骑车|弹|做饭|下棋|打字)$/u.test(next.text) && !/^[“"「：:]/u.test(rest()[1]?.text ?? '') && (rest()[1] === undefined || /^[\p{P}\s]|^(?:了|的|吗|呢)$/u.test(rest()[1]?.text ?? '') || /^n/.test(rest()[1]?.tag ?? '')), sense: /^can; to have the skill/ },
  // 为我们操了不少心: worrying (操心, said apart).
  { word: '操', when: ({ rest }) => clauseOf(rest()).slice(1, 5).some((x) => x.text === '心'), sense: /^to worry/, gloss: 'to worry about (操…心: 操心 said apart)' },
  // 排成人字, 连成一片: into (what it becomes), after a verb.
  { word: '成', when: ({ prev, next }) => prev !== undefined && Array.from(prev.text).length === 1 && /^v/.test(prev.tag) && next !== undefined && (isNumber(next) || /^(?:一|[“"「])/u.test(next.text) || /^n/.test(next.tag)), sense: /^to turn into/ },
  // 编程序, 编故事: writing (a program, a story), not weaving.
  { word: '编', when: ({ next }) => next !== undefined && /^(?:程序|代码|软件|剧本|故事|歌|谎话|瞎话|教材|词典|书|节目)/u.test(next.text), sense: /^to write/ },
  // 熬到凌晨, 熬夜, 熬了一夜: staying up, enduring.
  { word: '熬', when: ({ next, rest }) => next !== undefined && (/^(?:夜|通宵|过)/u.test(next.text) || (next.text === '到' && /^(?:凌晨|半夜|深夜|天亮|后半夜|[一二两三四五六七八九十]+点)/u.test(rest()[1]?.text ?? '')) || (next.text === '了' && /^(?:一夜|一宿|通宵|好几)/u.test(rest()[1]?.text ?? ''))), sense: /^to stay up/, gloss: 'to stay up (late); to endure' },
  // 把病看好, 看病: treating an illness.
  { word: '看', when: ({ prev, before }) => (prev?.text === '病' || prev?.text === '伤') && before().slice(1, 4).some((x) => x.text === '把'), sense: /^to treat \(a patient or illness\)/ },
  // 体重偏重: on the heavy side.
  { word: '偏重', when: ({ prev }) => prev !== undefined && /^(?:体重|分量|口味|份量)$/u.test(prev.text), sense: /^somewhat heavy/, gloss: 'somewhat heavy; on the heavy side (偏 somewhat + 重 heavy)' },
  // 起售价, 起步价, 起付线: starting (the lowest price or threshold); 268元起, 每晚300元起.
  { word: '起', when: ({ prev, next }) => (next !== undefined && /^(?:售价|步价|价|付线|售)$/u.test(next.text)) || (prev !== undefined && /(?:元|块|美元|万|千)$/u.test(prev.text) && (next === undefined || !HAN_TEXT.test(next.text))), sense: /^starting from/ },
  // 得了失眠症, 得了感冒: catching an illness.
  { word: '得', when: ({ next, rest }) => next?.text === '了' && ILLNESS_CAUGHT.test(rest()[1]?.text ?? ''), sense: /^to catch \(a disease\)/ },
  // 一出门就, 一出宿舍楼就: going out.
  { word: '出', when: ({ prev, rest }) => prev?.text === '一' && clauseOf(rest()).slice(1, 6).some((x) => x.text === '就'), sense: /^to go out/ },
  // 消息一出，: as soon as it came out, closing the clause (一出好戏 is the play's classifier).
  { word: '出', when: ({ prev, next }) => prev?.text === '一' && (next === undefined || !HAN_TEXT.test(next.text)), sense: /^to go out/ },
  // 违者将依法处理, 将于明天开幕, 将继续: will, before what is done (将书放下 is 把, before its object).
  // (依法, 首次: jieba's nouns that say how it will be done.)
  // (Not before a verb that describes its object, 将位于…的住房出租, 将淘洗好的米放入: that is 把.)
  { word: '将', when: ({ next, rest }) => next !== undefined && (/^(?:d|p|c)/.test(next.tag) || (/^v/.test(next.tag) && next.tag !== 'vn' && (next.text.length === 1 || verbBySense(next.text)) && !clauseOf(rest()).slice(1).some((x) => x.text === '的')) || /^(?:依法|依规|依照|按照|首次|正式|全面|严肃|从严|逐步|陆续|迎来|面临)$/u.test(next.text)), sense: /^will$/ },
  // 几十家媒体, 三家公司, 这家店: the classifier for businesses, after a number or a demonstrative.
  // (有家小店: 有 and a shop, 一 left unsaid.)
  { word: '家', when: ({ prev, next }) => prev !== undefined && next !== undefined && /^n/.test(next.tag) && ((isNumber(prev) && !prev.text.startsWith('第')) || /^(?:这|那|哪|每|各|几|好几|某)$/u.test(prev.text) || (prev.text === '有' && /(?:店|馆|铺|厂|公司|餐厅|饭店|医院|银行|超市|书店|面馆|小店|小吃店)$/u.test(next.text))), sense: /^classifier for families or businesses/ },
  // 下调10个基点: basis points, counted.
  { word: '基点', when: ({ prev }) => prev !== undefined && (isNumber(prev) || prev.text === '个'), sense: /basis point/ },
  // 图个安稳, 图个方便: for the sake of, seeking.
  { word: '图', when: ({ next }) => next?.text === '个' || next?.text === '的是', sense: /^to seek$/ },
  // 只要九块九, 就要两个小时: it costs or takes (so much), after "only" or "just" and before the amount.
  { word: '要', when: ({ prev, next }) => /^(?:只|就|才|也就|至少|起码|大概|得)$/.test(prev?.text ?? '') && next?.tag === 'm', sense: /^to cost; to take/, gloss: 'to cost; to take (so much money or time)' },
  // 为人实在, 这人挺实在的: honest, dependable (what someone is like), not "really".
  { word: '实在', when: ({ prev, next }) => /^(?:为人|人|很|挺|非常|特别|真|太|比较)$/.test(prev?.text ?? '') && (next === undefined || next.tag === 'x' || /^[的了]$/u.test(next.text)), sense: /^honest/ },
  // 每个月一次, 一周一次: once, after how often.
  { word: '一次', when: ({ prev }) => prev !== undefined && (/^(?:每|一)/u.test(prev.text) || /(?:月|周|年|天|星期|季度)$/u.test(prev.text)) && prev.tag !== 'x', sense: /^once$/ },
  // 打卡杭州, 来打卡网红店: checking in at a place (on social media), not clocking on at work.
  { word: '打卡', when: ({ prev, next, rest }) => /^(?:来|去|到|专程|前来|值得)$/u.test(prev?.text ?? '') || (next !== undefined && /^(?:ns|nz|n)$/.test(next.tag) && !/^(?:机|记录|时间|制度)/u.test(next.text)) || rest().slice(0, 4).some((x) => /^(?:景点|网红|拍照|美食|古镇|小店)$/u.test(x.text)), sense: /^\(on social media\) to check in/ },
  // 统一订, 订外卖, 再订一批: ordering, booking.
  { word: '订', when: ({ prev, next }) => /^(?:统一|提前|网上|再|帮|多|少|已经|已|先)$/u.test(prev?.text ?? '') || /^(?:餐|饭|票|机票|车票|外卖|房|房间|酒店|桌|位|座|午餐|蛋糕|一批|货|奶|报|杂志)/u.test(next?.text ?? ''), sense: /^to order$/ },
  // 带把伞, 一把钥匙: the measure word for things with a handle.
  { word: '把', when: ({ prev, next }) => next !== undefined && /^(?:伞|雨伞|刀|菜刀|剪刀|钥匙|锁|椅子|扇子|尺子|梳子|锤子|斧头|吉他|小提琴|手枪|枪|钳子|勺子|铁锹|扳手)$/u.test(next.text) && prev !== undefined && (/^v/.test(prev.tag) || isNumber(prev) || /^[这那每几哪]$/u.test(prev.text)), sense: /^classifier for things with handles/ },
  // 头灯一照, 阳光照在: shining (a light), not "according to".
  { word: '照', when: ({ prev, next }) => prev?.text === '一' || /^(?:在|进|到|亮|得)$/u.test(next?.text ?? ''), sense: /^to shine/ },
  // 背部呈浅褐色, 呈椭圆形: appearing as (a colour or shape), not presenting to a superior.
  { word: '呈', when: ({ rest }) => rest().slice(0, 3).some((x) => /(?:色|形|状)$/u.test(x.text)), sense: /^to be \(a certain color\)|^to assume/ },
  // 四乘一百米: times, between numbers.
  { word: '乘', when: ({ prev, next }) => prev !== undefined && next !== undefined && isNumber(prev) && isNumber(next), sense: /^to multiply/ },
  // 解方程, 解难题: solving.
  { word: '解', when: ({ self, next }) => self?.text === '解' && /^(?:方程|方程式|题|难题|数学题|谜|谜题|答)/u.test(next?.text ?? ''), sense: /^to solve/ },
  // 反映问题, 向社区反映: reporting (a problem to those in charge).
  { word: '反映', when: ({ prev, next }) => /^(?:问题|情况|意见|诉求|困难)/u.test(next?.text ?? '') || /^(?:向|及时|热线|积极|如实)$/u.test(prev?.text ?? ''), sense: /to report/ },
  // 露在水面上, 露出: showing, exposed.
  { word: '露', when: ({ self, next }) => self?.text === '露' && /^(?:在|出|着|了)$/u.test(next?.text ?? ''), sense: /^to show/ },
  // 老伴儿走了以后: died (a euphemism), someone old or a parent, gone.
  { word: '走', when: ({ prev, next, rest }) => /^(?:老伴|老伴儿|爷爷|奶奶|外公|外婆|姥姥|姥爷|父亲|母亲|老人|老人家|他爸|他妈)$/u.test(prev?.text ?? '') && next?.text === '了' && /^(?:以后|之后|后|那年|的时候|多年|好几年|[一二两三四五六七八九十几]+年)/u.test(rest()[1]?.text ?? ''), sense: /^to die \(euph/ },
  // 蒲婆婆, 王婆婆: an old woman so called, granny (not a mother-in-law).
  { word: '婆婆', when: ({ prev }) => prev !== undefined && (prev.tag === 'nr' || (/^\p{Script=Han}$/u.test(prev.text) && !/^[老的我你他她您和与跟是]$/u.test(prev.text) && /^(?:nr|n|ng)$/.test(prev.tag))), sense: /^grandma/ },
  // 两荤一素: a meat dish and a vegetable dish, counted.
  { word: '荤', when: ({ prev }) => prev !== undefined && isNumber(prev), sense: /^meat dish/, gloss: 'meat dish (counted: 两荤一素 "two meat dishes and one vegetable")' },
  { word: '素', when: ({ prev }) => prev !== undefined && isNumber(prev), sense: /^vegetable dish/, gloss: 'vegetable dish (counted: 两荤一素)' },
  // 菜要烧得软一点, 烧菜, 烧饭: cooking.
  { word: '烧', when: ({ next, before }) => /^(?:菜|饭|鱼|肉|几个菜|水|开水)/u.test(next?.text ?? '') || before().slice(0, 3).some((x) => /^(?:菜|饭|鱼|肉|汤)$/u.test(x.text)), sense: /^to cook/ },
  // 随便对付一口: making do.
  { word: '对付', when: ({ prev, next }) => /^(?:随便|凑合|将就|先)$/u.test(prev?.text ?? '') || /^(?:一口|一下|一顿|着)$/u.test(next?.text ?? ''), sense: /^to get by with/ },
  // 干劲足, 底气足: ample, closing what it says of a noun.
  { word: '足', when: ({ self, prev, next }) => self?.text === '足' && prev !== undefined && (/^n/.test(prev.tag) || (prev.tag === 'a' && prev.text.length === 2)) && (next === undefined || next.tag === 'x' || /^[得了的]$/u.test(next.text)), sense: /^sufficient; ample/ },
  // 打一个勾, 打勾: a tick.
  { word: '勾', when: ({ prev }) => /^(?:打|个|一个|画)$/u.test(prev?.text ?? ''), sense: /^to tick/ },
  // 上百支队伍, 一支球队: the measure word (for teams, troops, pens, songs).
  { word: '支', when: ({ prev }) => prev !== undefined && (isNumber(prev) || /^[这那每几哪百千万]$/u.test(prev.text)), sense: /^classifier for rods/ },
  // 经营下去, 坚持下去: going on (with it), after a verb.
  { word: '下去', when: ({ prev }) => prev !== undefined && /^v/.test(prev.tag) && Array.from(prev.text).length === 2, sense: /^to go on/ },
  // 团长 of a group buy, where the text buys together.
  { word: '团长', when: ({ earlier, rest }) => [...earlier(), ...rest()].some((x) => /^(?:团购|拼团|拼单|接龙|群|下单|自提)$/u.test(x.text)), sense: /^group buy organizer/ },
  // 乐坏了, 累坏了: to the utmost, after how someone feels.
  { word: '坏了', when: ({ prev }) => prev !== undefined && /^(?:乐|高兴|累|饿|急|气|渴|忙|吓|美|笑|冻|热|困)$/u.test(prev.text), sense: /^\(suffix\) to the utmost/ },
  // 快结束时, 快到了: about to, soon.
  { word: '快', when: ({ next }) => /^(?:结束|完|完成|到|开始|要|毕业|过年)/u.test(next?.text ?? ''), sense: /^soon/ },
  // 季节快过了: nearly over, time passing.
  { word: '过', when: ({ self, prev, next }) => self?.text === '过' && /^(?:快|快要|就要|马上就要)$/u.test(prev?.text ?? '') && next?.text === '了', sense: /^to pass \(time/ },
  // 三月初三, 九月初二: the third (second) day of a month that is named (CC-CEDICT has these as
  // school years only, or 初二 as New Year's; 初一 and 初四 on it gives as days).
  ...['二', '三'].map((n, k): ContextSense => {
    const ordinal = k === 0 ? '2nd' : '3rd';
    return { word: `初${n}`, when: ({ prev }) => prev !== undefined && /月$/u.test(prev.text), sense: new RegExp(`^${ordinal} day of the month`), gloss: `${ordinal} day of the month (in the lunar calendar)` };
  }),
  { word: '初一', when: ({ prev }) => prev !== undefined && /月$/u.test(prev.text), sense: /^first day of lunar month/ },
  // 上初一, 初一学生: the first (second, third) year of junior middle school.
  ...['一', '二', '三'].map((n): ContextSense => ({ word: `初${n}`, when: ({ prev, next }) => /^(?:上|读|念|在读|升|升入|是)$/u.test(prev?.text ?? '') || /^(?:学生|年级|新生|的学生|班)/u.test(next?.text ?? ''), sense: /junior middle school/ })),
  // 血压高达一百九十: reaching as high as (a number), not Gundam.
  { word: '高达', when: ({ next }) => next !== undefined && (next.tag === 'm' || /^[0-9０-９]/u.test(next.text)), sense: /^to attain/, entry: 'gao1 da2' },
  // 几两白酒, 二两米饭: the liang, a weight (50 g), after a number and before food or drink.
  { word: '两', when: ({ prev, next }) => prev !== undefined && /^(?:几|半|[一二三四五六七八九十]|[0-9０-９]+)$/u.test(prev.text) && next !== undefined && /^(?:白酒|酒|米饭|饭|肉|牛肉|猪肉|面条|茶叶|茶|黄金|金子|银子|酱油|醋|油)/u.test(next.text), sense: /^tael/ },
  // 挑了一件, 挑出来, 挑最好的: choosing.
  { word: '挑', when: ({ self, next }) => self?.text === '挑' && /^(?:了|一|几|出|中|好|最|个|选|件|些|来|去|到)/u.test(next?.text ?? ''), sense: /^to choose/ },
  // 让他赔钱, 要赔钱: paying for damages (not losing money), after who makes someone pay.
  // (判他赔钱: whom the court makes pay, between.)
  { word: '赔钱', when: ({ prev, before }) => /^(?:让|要|得|给|向|叫|要求|必须|负责|判)$/u.test(prev?.text ?? '') || (prev !== undefined && /^(?:r|nr)$/.test(prev.tag) && /^(?:判|让|要|叫|要求|逼)$/u.test(before()[1]?.text ?? '')), sense: /^to pay for damages/ },
  // 锁定嫌疑人, 锁定目标: focusing on a target (a suspect).
  { word: '锁定', when: ({ rest }) => rest().slice(0, 3).some((x) => /^(?:嫌疑人|目标|嫌犯|犯罪嫌疑人|位置|范围|对象|人选|胜局|胜利|冠军)/u.test(x.text)), sense: /^to focus at/ },
  // 打过仗, 打了一仗, 胜仗: a battle (fought, won or lost), not weaponry.
  { word: '仗', when: ({ prev, before }) => /^(?:打|打了|打过|打赢|打败|打完|胜|败|这场|一场|硬)$/u.test(prev?.text ?? '') || (/^(?:过|了)$/u.test(prev?.text ?? '') && before()[1]?.text === '打'), sense: /^battle$/ },
  // 第九个年头: the year counted (the ninth year of something).
  { word: '年头', when: ({ prev, before }) => prev?.text === '个' && /^第/u.test(before()[1]?.text ?? ''), sense: /^year \(counted/, gloss: 'year (counted: 第九个年头 "the ninth year")' },
  // 吃点苦, 买点菜: a little, between a verb of one character and what there is a little of.
  { word: '点', when: ({ prev, next }) => prev !== undefined && /^(?:吃|喝|买|带|放|加|拿|受|学|多|少|做|干|赚|挣|存|省|攒|弄|搞|整)$/u.test(prev.text) && next !== undefined && /^(?:n|a|vn)/.test(next.tag) && !/^(?:菜|餐|单|外卖|饮料|头|火|灯|名)$/u.test(next.text), sense: /^a little|^a small amount|^a bit/ },
  // 多分遗产, 平均分: a share divided out (of an estate), after more, less or evenly.
  { word: '分', when: ({ self, prev, rest }) => self?.text === '分' && /^(?:多|少|平均|均)$/u.test(prev?.text ?? '') && rest().slice(0, 3).some((x) => /^(?:遗产|财产|家产|钱|一些|一点|部分|份)/u.test(x.text)), sense: /^to distribute/ },
  // 傣历, 藏历, 农历: a calendar, after the people or the kind of it.
  { word: '历', when: ({ prev }) => /^(?:傣|藏|彝|农|阴|阳|公|旧|新|伊斯兰|回|夏|佛)$/u.test(prev?.text ?? ''), sense: /^calendar$/ },
  // 生萝卜, 生鸡蛋: raw (uncooked), before food.
  { word: '生', when: ({ self, next }) => self?.text === '生' && /^(?:萝卜|鸡蛋|蛋|肉|鱼|菜|葱|姜|蒜|黄瓜|西红柿|米|面|水|牛肉|猪肉|虾|海鲜|食)/u.test(next?.text ?? ''), sense: /^raw/ },
  // 解春困, 解渴, 解乏: relieving (drowsiness, thirst), before what is relieved.
  { word: '解', when: ({ self, next }) => self?.text === '解' && /^(?:春困|困|渴|乏|馋|暑|热|闷|忧|愁|气|恨|酒)/u.test(next?.text ?? ''), sense: /^to remove/ },
  // 只等来年开春, 等他回来: waiting for (a time or someone), after 只, 就, 正 or 在.
  { word: '等', when: ({ self, prev, next }) => self?.text === '等' && /^(?:只|就|正|在|还在|再|先|得|要|都)$/u.test(prev?.text ?? '') && next !== undefined && /^(?:t|r|nr|n|v|m)/.test(next.tag), sense: /^to wait for/ },
  // 修修农具, 修房子: repairing (tools, a house), not decorating.
  { word: '修', when: ({ self, next }) => self?.text === '修' && /^(?:修|农具|房子|房|车|自行车|路|桥|鞋|电脑|手机|机器|好|理|补|一下)/u.test(next?.text ?? ''), sense: /^to repair/ },
  // 昼夜平分, 平分秋色: divided evenly (not deuce).
  { word: '平分', when: ({ prev }) => prev === undefined || !/^(?:局|盘)$/u.test(prev.text), sense: /^to divide evenly/ },
  // 吃不腻, 看腻了: tired of, after a verb and 不 or before 了.
  // (肥而不腻 stays "greasy": no verb before.)
  { word: '腻', when: ({ prev, next, before }) => (/^(?:不|得)$/u.test(prev?.text ?? '') && /^(?:吃|看|听|玩|喝|读|唱|穿|住|待)$/u.test(before()[1]?.text ?? '')) || (next?.text === '了' && prev !== undefined && /^(?:吃|看|听|玩|喝|读|唱|穿|住|待)$/u.test(prev.text)), sense: /^tired of/ },
  // 有的人家, 几户人家: households, after a number or 有的 (rénjiā), not "other people".
  { word: '人家', when: ({ prev }) => prev !== undefined && (/^(?:有的|几户|户|农|山里|好多|很多|许多|每户|家家|千家万户|各)$/u.test(prev.text) || /户$/u.test(prev.text)), sense: /^household/, entry: 'ren2 jia1' },
  // 节前三天, 节后上班: the festival (before or after it).
  { word: '节', when: ({ self, next }) => self?.text === '节' && /^(?:前|后|期间|日|里|间|当天)$/u.test(next?.text ?? ''), sense: /^seasonal festival/ },
  // 自号“四明狂客”, 号东坡居士, 又字和仲: the names a scholar took, after 自, 又 or a comma.
  { word: '号', when: ({ self, prev, next }) => self?.text === '号' && (/^(?:自|又|别|晚|道)$/u.test(prev?.text ?? '') || ((prev === undefined || /^[，,；;：:]$/u.test(prev.text)) && next !== undefined && (/^[“"「]/u.test(next.text) || (Array.from(next.text).length >= 2 && /^(?:n|nr|ns|nz|x)/.test(next.tag))))), sense: /^assumed name/ },
  { word: '字', when: ({ self, prev, next }) => self?.text === '字' && (/^(?:又|表|小)$/u.test(prev?.text ?? '') || ((prev === undefined || /^[，,；;]$/u.test(prev.text)) && next !== undefined && Array.from(next.text).length === 2 && /^(?:n|nr|x|nz)/.test(next.tag))), sense: /^courtesy or style name/ },
  // 这两句诗, 最后两句: two lines (of a poem), not "a few words".
  { word: '两句', when: ({ prev, next }) => next?.text === '诗' || /^(?:这|那|最后|前|后|头|末|开头|结尾)$/u.test(prev?.text ?? ''), sense: /^two lines/, gloss: 'two lines (of a poem or text)' },
  // 红于二月花, 好于前作: redder (better) than, after an adjective of colour, size or quality (not
  // 勤于 "diligent in", 长于 "good at", 早于1930年 "in").
  { word: '于', when: ({ prev, next }) => prev !== undefined && /^(?:红|白|黑|绿|青|大|小|多|少|高|低|强|弱|快|慢|重|轻|深|浅|好|坏|美|冷|热|贵)$/u.test(prev.text) && next !== undefined && !/^[0-9０-９]/u.test(next.text) && !/年$/u.test(next.text), sense: /^\(used in comparison\) than/ },
  // 经霜的叶子, 经风雨: having gone through (frost, storms).
  { word: '经', when: ({ self, next }) => self?.text === '经' && /^(?:霜|风雨|雨|风|冬|火|水|年|月|千年|百年|历|受)/u.test(next?.text ?? ''), sense: /^to undergo/ },
  // 气得手都发抖, 气坏了: angry.
  { word: '气', when: ({ self, next }) => self?.text === '气' && /^(?:得|坏|死|哭|疯|炸|急)/u.test(next?.text ?? ''), sense: /^to make angry/ },
  // 一合计, 合计着: talking over (a plan), not adding up.
  { word: '合计', when: ({ prev, next }) => prev?.text === '一' || /^(?:着|一下|了一下|过)$/u.test(next?.text ?? ''), sense: /^to consider/ },
  // 家书抵万金: worth (so much), before an amount.
  { word: '抵', when: ({ self, next }) => self?.text === '抵' && next !== undefined && (next.tag === 'm' || /^(?:万金|千金|万|千|百)/u.test(next.text)), sense: /^to be equal to/ },
  // 八百元的票炒到三千: the ticket scalper, where tickets are sold.
  { word: '黄牛', when: ({ earlier, rest }) => [...earlier(), ...rest()].some((x) => /(?:票|门票|号|挂号|演唱会|车票|球票)$/u.test(x.text)), sense: /^scalper/ },
  // 刷短视频, 刷手机: scrolling through on a phone.
  { word: '刷', when: ({ self, next }) => self?.text === '刷' && /^(?:短视频|视频|手机|抖音|朋友圈|微博|剧|网页|新闻|直播|弹幕|屏)/u.test(next?.text ?? ''), sense: /^to scroll on/ },
  // 四个人平摊: sharing (a cost) equally.
  { word: '平摊', when: ({ before, rest }) => [...before(), ...rest()].some((x) => /(?:钱|费|元|块|人|租|账)/u.test(x.text)), sense: /share equally/ },
  // 准时开播, 直播间开播: starting a broadcast or a live stream.
  { word: '开播', when: ({ earlier, rest }) => ![...earlier(), ...rest()].some((x) => /^(?:小麦|玉米|种子|播种|田|地里)$/u.test(x.text)), sense: /to start broadcasting/ },
  // 每月保底两万: a guaranteed minimum (pay), before an amount.
  { word: '保底', when: ({ next }) => next !== undefined && (next.tag === 'm' || /^(?:工资|收入|薪资|月薪)/u.test(next.text)), sense: /^to guarantee a minimum/ },
  // 弹幕刷满了: comments on a video or a stream, not a barrage of fire.
  { word: '弹幕', when: ({ earlier, rest }) => ![...earlier(), ...rest()].some((x) => /^(?:炮火|火力|敌军|敌人|阵地|炮兵)$/u.test(x.text)), sense: /^"bullet screen"/ },
  // 根本不行, 根本没有: (not) at all, before a negation.
  { word: '根本', when: ({ next }) => /^(?:不|没|没有|无|无法|不会|不能|就不|就没|不是|别|用不着|谈不上)/u.test(next?.text ?? ''), sense: /^\(not\) at all/ },
  // 在路口掉头: turning round (a car), not turning one's head.
  { word: '掉头', when: ({ earlier, rest }) => [...earlier(), ...rest()].some((x) => /^(?:车|路口|开车|司机|车辆|掉头|调头|禁止|违章|路段|红绿灯)$/u.test(x.text)), sense: /^to turn round/ },
  // 叫“小黑”, 叫做: is called (a name in quotes).
  { word: '叫', when: ({ self, next }) => self?.text === '叫' && next !== undefined && /^[“"「『]/u.test(next.text), sense: /^to be called/ },
  // 喵喵直叫, 直发抖: on and on, before a verb of one character.
  { word: '直', when: ({ self, next }) => self?.text === '直' && next !== undefined && /^(?:叫|哭|笑|喊|抖|发抖|冒汗|流|跳|摇头|点头|咳嗽|打哆嗦)$/u.test(next.text), sense: /^\(indicates continuing motion or action\)/ },
  // 别怪他, 只怪自己: blaming.
  { word: '怪', when: ({ self, prev, next }) => self?.text === '怪' && /^(?:别|不要|不能|都|只|要|就|也|难)$/u.test(prev?.text ?? '') && next !== undefined && /^(?:r|nr|n|我|你|他|她)/u.test(next.tag), sense: /^to blame/ },
  // 一张卡, 信用卡里: a card (bank, credit, transport).
  { word: '卡', when: ({ self, prev }) => self?.text === '卡' && /^(?:张|这张|那张|一张|办|刷|新|旧|银行|补办|绑定|插)$/u.test(prev?.text ?? ''), sense: /card/ },
  // 存钱, 存进银行: depositing (money).
  { word: '存', when: ({ self, next }) => self?.text === '存' && /^(?:钱|款|进|入|定期|活期|银行|一笔|了|到|下|点|些)/u.test(next?.text ?? ''), sense: /^to deposit/ },
  // 一百二十平的房子, 每平两万: square metres of floor space (colloquial), after a number or 每 (1-1平 and 战成49平, a tie, stay).
  { word: '平', when: ({ self, prev, next, before }) => self?.text === '平' && prev !== undefined && ((prev.text === '每' && next !== undefined && isNumber(next)) || isNumber(prev) && !/(?:成|至|到|以|比|平)$/u.test(before()[1]?.text ?? '') && /^[0-9０-９一二三四五六七八九十百千两多]+$/u.test(prev.text) && /[十百千多0-9０-９]$/u.test(prev.text) && (next === undefined || /^(?:的|米|左右|出头|[一二三四]居|房|户型|大|小|[，。,.！？；])/u.test(next.text))), sense: /^square metre/, gloss: 'square metre (of floor space, colloquial for 平方米)' },
  // 一块八一斤: one yuan (and eight jiao), before the jiao.
  { word: '一块', when: ({ next }) => next !== undefined && /^[一二三四五六七八九]$/u.test(next.text), sense: /one yuan/ },
  // 其实不然: not so, closing the clause.
  { word: '不然', when: ({ prev, next }) => /^(?:其实|并非|则|却|恰恰|实则|事实)$/u.test(prev?.text ?? '') && (next === undefined || /^[，。！？；,.!?;]$/u.test(next.text)), sense: /^not so/ },
  // 轮到她们时, 问到“…”时: when, after a pronoun or a closing quotation too.
  { word: '时', when: ({ self, prev }) => self?.text === '时' && prev !== undefined && ((prev.tag === 'r' && Array.from(prev.text).length >= 2 && !/^(?:这|那|此|何|其|彼)/u.test(prev.text)) || /^[”」’》]$/u.test(prev.text)), sense: /^when$/ },
  // 可当对方问到…时, 可来了就觉得值了: but, opening a clause before 当 or a verb of coming and going.
  { word: '可', when: ({ self, prev, next }) => self?.text === '可' && (prev === undefined || /^[，,；;]$/u.test(prev.text)) && /^(?:当|来|去|等|到了|轮到|谁知|没想到|偏偏|实际上|事实上|每当|每次|真正|现在)$/u.test(next?.text ?? ''), sense: /^but; however/ },
  // 可当对方问到…时: when, opening a time clause that 时 closes.
  { word: '当', when: ({ self, prev, rest }) => self?.text === '当' && (prev === undefined || /^(?:[，,；;。]|可|但|而|每|正)$/u.test(prev.text)) && rest().slice(2, 20).some((x) => x.text === '时' || x.text === '的时候'), sense: /^when$/ },
  // 一周之内会给答复, 只给了他三百块: to give, before what is given or its aspect (嫁给了 stays "to").
  { word: '给', when: ({ self, prev, next, rest }) => self?.text === '给' && (!/^v/.test(prev?.tag ?? '') || /^(?:会|要|能|可以|应该|应当|愿意|肯|想|得|必须|没有|没|不)$/u.test(prev?.text ?? '')) && next !== undefined && (/^(?:了|过|答复|回复|意见|钱|机会|补偿|面子|建议)$/u.test(next.text) || rest().slice(1, 3).some((x) => /^(?:任何|什么|机会|钱|时间|压力|建议|帮助|答复|好处|面子)$/u.test(x.text)) || (/^(?:我|你|他|她|他们|她们|我们|你们)$/u.test(next.text) && rest().slice(1, 3).some((x) => isNumber(x)))), sense: /^to give$/ },
  // 用砂锅煎两次, 代煎, 煎药: decocting herbs, not frying.
  { word: '煎', when: ({ self, prev, next, before, rest }) => self?.text === '煎' && (/^(?:药|中药|汤药|好|两次|一次|半小时)/u.test(next?.text ?? '') || /^(?:代|砂锅)$/u.test(prev?.text ?? '')) && mentions(before, rest, /^(?:药|中药|汤药|药材|砂锅|大夫|医生|方子|一服|服)$/u, 8), sense: /^to decoct/, gloss: 'to decoct (medicinal herbs); to simmer (medicine)' },
  // 忌辛辣生冷: to avoid (a food), in a doctor's advice.
  { word: '忌', when: ({ self, next }) => self?.text === '忌' && /^(?:辛辣|生冷|油腻|烟酒|酒|烟|口|食|辣|甜食|海鲜|吃|喝|熬夜|劳累|生气)/u.test(next?.text ?? ''), sense: /^to avoid or abstain from/ },
  // 酸胀, 腰酸: aching, of the body.
  { word: '酸', when: ({ self, prev, next }) => self?.text === '酸' && (/^(?:胀|痛|疼|麻|软|沉)/u.test(next?.text ?? '') || /(?:腰|腿|背|肩|肩膀|脖子|胳膊|手臂|眼睛|脚|膝盖|有点儿|有点)$/u.test(prev?.text ?? '')), sense: /^sore/ },
  // 几味药: the ingredients of a prescription, counted.
  { word: '味', when: ({ self, prev, next }) => self?.text === '味' && prev !== undefined && isNumber(prev) && /^(?:药|中药|药材|草药)/u.test(next?.text ?? ''), sense: /^\(TCM\) classifier for ingredients/ },
  // 胃口也差, 睡眠很差: poor, of how something is.
  { word: '差', when: ({ self, prev, before }) => self?.text === '差' && prev !== undefined && (/^(?:很|太|比较|特别|也|都|越来越|更|较|极|非常|有点|有点儿)$/u.test(prev.text) || /^(?:胃口|睡眠|质量|成绩|服务|态度|视力|记性|身体|效果|信号|条件|环境)$/u.test(prev.text)) && before().slice(0, 3).some((x) => /^(?:胃口|睡眠|质量|成绩|服务|态度|视力|记性|身体|效果|信号|条件|环境|体质|口感|天气|卫生|精神)$/u.test(x.text)), sense: /^not up to standard/ },
  // 一边称药, 称一下: to weigh.
  { word: '称', when: ({ self, next }) => self?.text === '称' && /^(?:药|中药|药材|重|体重|一下|一称|了称|斤|两|好|一称)$/u.test(next?.text ?? ''), sense: /^to weigh/ },
  // 医保卡能直接刷, 刷卡: to swipe (a card).
  { word: '刷', when: ({ self, next, before, rest }) => self?.text === '刷' && (/^(?:卡|医保卡|身份证|码|脸|二维码)/u.test(next?.text ?? '') || (/^(?:一下|了|一刷)$/u.test(next?.text ?? '') && /^(?:卡|医保卡|身份证|码|脸|二维码)/u.test(rest()[1]?.text ?? '')) || before().slice(0, 4).some((x) => /(?:卡|身份证)$/u.test(x.text))) && !/^(?:牙|碗|墙|漆|鞋|锅)/u.test(next?.text ?? ''), sense: /^to swipe \(a card\)/ },
  // 扫一扫, 扫码: to scan (a code).
  { word: '扫', when: ({ self, prev, next, rest, before }) => self?.text === '扫' && ((prev?.text === '一' && before()[1]?.text === '扫') || /^(?:码|二维码|一扫)/u.test(next?.text ?? '') || (next?.text === '一' && rest()[1]?.text === '扫') || rest().slice(0, 3).some((x) => /^(?:二维码|码|条码|条形码)$/u.test(x.text))), sense: /^to scan \(a QR/, gloss: 'to scan (a QR code etc)' },
  // 3块2, 三百块的慰问金: yuan, before jiao written as a digit or before what the money is.
  { word: '块', when: ({ self, prev, next, rest }) => self?.text === '块' && prev !== undefined && isNumber(prev) && next !== undefined && (/^[0-9０-９]$/u.test(next.text) || (next.text === '的' && /^(?:慰问金|奖金|红包|工资|补贴|钱|押金|定金|路费|车费|学费|房租|零花钱|生活费|加班费|提成)/u.test(rest()[1]?.text ?? ''))), sense: /money and currency/ },
  // 外卖骑手: a delivery rider.
  { word: '骑手', when: ({ self, prev, before, rest }) => self?.text === '骑手' && (/^(?:外卖|快递|配送|美团|饿了么|众包|专送)$/u.test(prev?.text ?? '') || mentions(before, rest, /^(?:外卖|快递|配送|送餐|接单|单子|平台|跑单|站长)$/u, 12)), sense: /^delivery rider/, gloss: 'delivery rider (for a food or parcel delivery platform)' },
  // 有点心动, 让人心动: tempted, moved by an offer.
  { word: '心动', when: ({ self, prev }) => self?.text === '心动' && /^(?:有点|有点儿|很|挺|真|也|让人|令人|不|没|怦然|都)$/u.test(prev?.text ?? ''), sense: /^\(fig\.\) emotionally affected/ },
  // 去找…主任理论: to argue it out, after going to find someone.
  { word: '理论', when: ({ self, before, next }) => self?.text === '理论' && (next === undefined || /^[，。！？；]|^(?:一番|理论|了)$/u.test(next.text)) && before().slice(0, 6).some((x) => /^(?:找|去找|跟|和|同|与)$/u.test(x.text)), sense: /^to argue/ },
  // 数十万工人下岗: laid off (a guard comes off duty only where guards are).
  { word: '下岗', when: ({ self, before, rest }) => self?.text === '下岗' && !mentions(before, rest, /^(?:哨兵|站岗|岗哨|卫兵|值班|哨位|执勤)$/u, 6), sense: /laid off/ },
  // 这个方向是对的: right, said of something after 是 (是对的).
  { word: '对', when: ({ self, prev, next }) => self?.text === '对' && /^(?:是|都是|也是|不|没|说得|做得|完全|绝对)$/u.test(prev?.text ?? '') && /^(?:的|了|[，。！？])$/u.test(next?.text ?? '。'), sense: /^right; correct/ },
  // 我都四十六了: already, before an age or an amount that 了 closes.
  { word: '都', when: ({ self, next, rest }) => self?.text === '都' && next !== undefined && isNumber(next) && /^[0-9０-９一二三四五六七八九十两几]/u.test(next.text) && rest().slice(1, 4).some((x) => x.text === '了'), sense: /already/ },
  // 把老大的教育抓好: the eldest child, where children are spoken of.
  { word: '老大', when: ({ self, before, rest }) => self?.text === '老大' && mentions(before, rest, /^(?:老二|老三|孩子|俩孩子|两个孩子|儿子|女儿|二胎|老幺|弟弟|妹妹)$/u, 14), sense: /^eldest child/ },
  // 外婆疼外孙: to love dearly, before the one loved.
  { word: '疼', when: ({ self, next }) => self?.text === '疼' && /^(?:外孙|外孙女|孙子|孙女|孩子|儿子|女儿|老婆|媳妇|他|她|我|你|人|小孙子)$/u.test(next?.text ?? ''), sense: /^to love dearly/ },
  // 吃饭总要人哄, 哄孩子睡觉: to coax.
  { word: '哄', when: ({ self, prev, next }) => self?.text === '哄' && (/^(?:人|要人|大人|妈妈|爸爸|奶奶|我|你|他|她)$/u.test(prev?.text ?? '') || /^(?:孩子|他|她|宝宝|睡|着|好|了)/u.test(next?.text ?? '')), sense: /^to coax/ },
  // 发了一条语音: a voice message.
  { word: '语音', when: ({ self, prev, before }) => self?.text === '语音' && (/^(?:条|段|发|听|回)$/u.test(prev?.text ?? '') || before().slice(0, 3).some((x) => /^(?:微信|群里|一条|几条)$/u.test(x.text))), sense: /^voice message/ },
  // 幼儿园上大班: the top class of a kindergarten.
  { word: '大班', when: ({ self, prev, before }) => self?.text === '大班' && (/^(?:上|读|在|升)$/u.test(prev?.text ?? '') || before().slice(0, 6).some((x) => /幼儿园$/u.test(x.text))), sense: /^top class of kindergarten/ },
  // 冒着严寒, 冒雨: braving (the weather or a danger).
  { word: '冒', when: ({ self, next, rest }) => self?.text === '冒' && ((next?.text === '着' && /^(?:严寒|大雨|风雪|寒风|酷暑|高温|危险|风险|生命危险|暴雨|大雪|雨|雪|零下)/u.test(rest()[1]?.text ?? '')) || /^(?:雨|雪|险|风险|严寒)$/u.test(next?.text ?? '')), sense: /^to brave/ },
  // 路并不好走: easy to walk, of a road (not "bon voyage").
  { word: '好走', when: ({ self, prev }) => self?.text === '好走' && /^(?:不|并不|很|挺|难|比较|也不|都不|不太|太)$/u.test(prev?.text ?? ''), sense: /^easy to walk/, gloss: 'easy to walk; easy going (of a road)' },
  // 同村的律师, 同一个班: the same (village, class, unit).
  { word: '同', when: ({ self, prev, next }) => self?.text === '同' && (prev === undefined || /^(?:[，。、；]|是|的|和|与)$/u.test(prev.text)) && /^(?:村|乡|镇|班|校|宿舍|厂|组|车|屋|年级|单位|公司|一个|一天|一年|一所|一家)$/u.test(next?.text ?? ''), sense: /^same/ },
  // 心里直打鼓, 直往下掉: keep (doing), before a verb.
  { word: '直', when: ({ self, next }) => self?.text === '直' && next !== undefined && /^(?:打鼓|打哆嗦|哆嗦|发抖|冒汗|摇头|点头|叫|喊|叹气|往|掉|咳嗽|喊疼|叫好|夸|说|笑)/u.test(next.text), sense: /^\(indicates continuing motion or action\)/ },
  // 八核架构, 双核: core (of a processor).
  { word: '核', when: ({ self, prev }) => self?.text === '核' && /^(?:[一二两三四五六七八九十]|[0-9０-９]+|双|多|单)$/u.test(prev?.text ?? ''), sense: /^core \(of a processor/, gloss: 'core (of a processor)' },
  // 从拼规模转向拼应用: to compete on, to go all out for (a scale, a price, a skill).
  { word: '拼', when: ({ self, next }) => self?.text === '拼' && /^(?:规模|应用|价格|速度|体力|颜值|实力|成本|技术|服务|质量|流量|低价|命|经验|资源|背景|爹)$/u.test(next?.text ?? ''), sense: /^to compete on/, gloss: 'to compete on; to go all out on' },
  // 填志愿, 第一志愿: a choice listed on a university application.
  { word: '志愿', when: ({ self, prev, next }) => self?.text === '志愿' && (/^(?:填|填报|报|第一|第二|平行|改|报考)$/u.test(prev?.text ?? '') || /^(?:填报|表|指南)$/u.test(next?.text ?? '')), sense: /^choice of school/, gloss: 'choice of school or university (listed on an application form)' },
  // 来自云南的新生杨帆, 新生报到: a new student, where a school is spoken of.
  { word: '新生', when: ({ self, before, rest }) => self?.text === '新生' && mentions(before, rest, /^(?:大学|学校|学院|宿舍|报到|入学|军训|开学|学长|学姐|大一|校园|新生|社团|班主任|迎新)$/u, 10), sense: /^new student/ },
  // 一站就是四十分钟: to stand.
  { word: '站', when: ({ self, prev, next }) => self?.text === '站' && ((prev?.text === '一' && /^(?:就|就是)$/u.test(next?.text ?? '')) || /^(?:着|起来|了一|好了)$/u.test(next?.text ?? '')), sense: /^to stand/ },
  // 每学期排一部大戏, 排节目: to rehearse, to put on (a play).
  { word: '排', when: ({ self, next, rest }) => self?.text === '排' && next !== undefined && rest().slice(0, 4).some((x) => /^(?:戏|大戏|话剧|节目|舞蹈|舞台剧|小品|晚会|演出)$/u.test(x.text)), sense: /^to rehearse/, gloss: 'to rehearse; to put on (a play or show)' },
  // 报了个欧洲游, 报个补习班: to sign up for (a class, a tour, an exam).
  { word: '报', when: ({ self, rest }) => self?.text === '报' && rest().slice(0, 6).some((x) => /^(?:名|考试|志愿|培训)$|(?:班|课|游|团|课堂)$/u.test(x.text)) && !rest().slice(0, 3).some((x) => /^(?:警|案|道|告|纸|社|出|出了|给)$/u.test(x.text)), sense: /^to sign up for/ },
  // 背英语单词, 背课文: to learn by heart.
  { word: '背', when: ({ self, next }) => self?.text === '背' && /^(?:单词|公式|台词|稿子|英语|英文|乘法|口诀|生词|词汇)/u.test(next?.text ?? ''), sense: /^to learn by heart/ },
  // 刷新查分页面: to refresh (a page).
  { word: '刷新', when: ({ self, rest }) => self?.text === '刷新' && rest().slice(0, 4).some((x) => /(?:页面|网页|手机|屏幕|界面|页|链接|朋友圈|列表)$/u.test(x.text)), sense: /^to refresh \(a web/, gloss: 'to refresh (a web page or screen)' },
  // 晒出收益截图, 晒朋友圈: to share (online), show off.
  { word: '晒', when: ({ self, next, rest }) => self?.text === '晒' && rest().slice(0, 4).some((x) => /(?:截图|照片|图|朋友圈|收益|成绩|合影|视频|单|娃|幸福)$/u.test(x.text)) && !/^(?:太阳|被子|衣服)/u.test(next?.text ?? ''), sense: /^\(fig\.\) to expose and share/ },
  // 领了几次免费鸡蛋, 领工资: to receive (what is handed out).
  { word: '领', when: ({ self, prev, next, rest }) => self?.text === '领' && next !== undefined && (rest().slice(0, 5).some((x) => /(?:鸡蛋|工资|奖|礼品|补贴|钱|证|号|快递|红包|奖金|物资|礼物|福利|退款|薪水|养老金|退休金|工钱|香|清香|券|消费券|优惠券|张|支|块|元)$/u.test(x.text)) || /^(?:限|免费|可|可以)$/u.test(prev?.text ?? '')), sense: /^to receive/ },
  // 能治高血压: to treat (an illness).
  { word: '治', when: ({ self, next }) => self?.text === '治' && /(?:病|症|血压|血糖|癌|感冒|咳嗽|失眠|头疼|头痛|肿瘤|炎|伤|好了|好)$/u.test(next?.text ?? ''), sense: /^to treat \(a disease\)/ },
  // 看到一则兼职广告: a classifier for news items, notices and ads.
  { word: '一则', when: ({ self, rest }) => self?.text === '一则' && rest().slice(0, 3).some((x) => /(?:广告|新闻|消息|通知|公告|启事|故事|寓言|笑话|报道|视频|短信|帖子)$/u.test(x.text)), sense: /./, gloss: 'one (item of news, a notice or an ad: 则 is its classifier)' },
  // 把钱汇了过去, 走过去: over (to there), after a verb.
  { word: '过去', when: ({ self, prev, before }) => self?.text === '过去' && prev !== undefined && (/^v/.test(prev.tag) || (prev.text === '了' && (/^v/.test(before()[1]?.tag ?? '') || Array.from(before()[1]?.text ?? '').length === 1))), sense: /^to go over/ },
  // 通过验证, 通过审核: to pass (a check).
  { word: '通过', when: ({ self, next }) => self?.text === '通过' && /^(?:验证|审核|审批|考试|考核|检查|检测|面试|评审|测试|安检|答辩)/u.test(next?.text ?? ''), sense: /^to pass \(a test\)/ },
  // 真正的好米, 自家的米: rice, where rice is spoken of (a meter follows a number; 米 spells foreign names too).
  { word: '米', when: ({ self, prev, before, rest, earlier }) => self?.text === '米' && (prev === undefined || (!isNumber(prev) && !/^(?:平方|立方|厘|毫|千|百|公|海)$/u.test(prev.text) && !/[0-9０-９一二三四五六七八九十百千万两几多余]$/u.test(prev.text))) && (mentions(before, rest, /(?:大米|稻|米饭|饭|粥|煮|淘|蒸|吃|买|卖|斤|粮|米价|好米|新米|种|插秧|田|碗|粽|糯|漏|装|包)/u, 8) || earlier().slice(0, 12).some((x) => /(?:粽|糯米|米饭|煮|淘)/u.test(x.text))), sense: /^uncooked rice/ },
  // 光会吆喝可不行, 这可太好了: really (emphatic), inside a clause.
  { word: '可', when: ({ self, prev, next }) => self?.text === '可' && prev !== undefined && !/^[\p{P}\s]+$/u.test(prev.text) && /^(?:不行|真|太|别|千万|是个|不能|不敢|不好|多了|厉害|难|没有|没)$/u.test(next?.text ?? '') && /^(?:n|r|nr|v|a|l|i|vn)/.test(prev.tag), sense: /^\(particle used for emphasis\)/ },
  // 包邮到家, 送货到家: to (one's) home, after the verb that brings it.
  { word: '到家', when: ({ self, prev }) => self?.text === '到家' && /^(?:包邮|送|配送|送货|邮寄|寄|快递|送上门|直达|送餐|发货)$/u.test(prev?.text ?? ''), sense: /./, gloss: 'to (one\'s) home' },
  // 这钱花得值, 钱花了: to spend.
  { word: '花', when: ({ self, prev, next, rest }) => self?.text === '花' && (prev?.text === '钱' || /^(?:钱|了|掉|光|得|在|多少)/u.test(next?.text ?? '') && rest().slice(0, 4).some((x) => /(?:钱|元|块|万|时间|工夫|心思|精力)$/u.test(x.text))), sense: /^to spend/ },
  // 见什么拍什么, 拍照片: to take (a photo).
  { word: '拍', when: ({ self, prev, before, rest }) => self?.text === '拍' && (rest().slice(0, 4).some((x) => /(?:照片|照|视频|合影|风景|夜景|下来|短视频|什么)$/u.test(x.text)) || prev?.text === '什么' || before().slice(0, 5).some((x) => /^(?:手机|相机|镜头|照片)$/u.test(x.text))) && !/^(?:手|桌子|肩膀|马屁|卖|打)/u.test(rest()[0]?.text ?? ''), sense: /^to take \(a photo\)/ },
  // 合人民币八块钱: to be equal to (an amount in another currency).
  { word: '合', when: ({ self, next }) => self?.text === '合' && /^(?:人民币|美元|欧元|日元|港币|泰铢|新币|[0-9０-９一二三四五六七八九十两几])/u.test(next?.text ?? ''), sense: /^to be equal to/ },
  // 生怕漏了什么, 漏掉: to leave out by mistake.
  { word: '漏', when: ({ self, next, rest }) => self?.text === '漏' && (/^(?:掉|看|写|填|交|带|听|拿|掉了)/u.test(next?.text ?? '') || (next?.text === '了' && /^(?:什么|一个|一|几|东西|字|题)/u.test(rest()[1]?.text ?? ''))), sense: /^to leave out by mistake/ },
  // 录完指纹, 录视频: to record.
  { word: '录', when: ({ self, next }) => self?.text === '录' && /^(?:完|指纹|音|像|视频|下|了|好|入|取|制)/u.test(next?.text ?? ''), sense: /^to record \(/, gloss: 'to record (fingerprints, a video, a sound)' },
  // 注意防风保暖: to protect from wind.
  { word: '防风', when: ({ self, prev, next }) => self?.text === '防风' && (/^(?:注意|做好|加强|要|需|防寒|防雨)$/u.test(prev?.text ?? '') || /^(?:保暖|防寒|措施|加固|工作|林)/u.test(next?.text ?? '')), sense: /^to protect from wind/ },
  // 势头猛, 雨下得猛: fierce, said of a force.
  { word: '猛', when: ({ self, prev, next }) => self?.text === '猛' && (next === undefined || /^[\p{P}]/u.test(next.text)) && prev !== undefined && /^(?:n|a|d|v|ud|uj)/.test(prev.tag), sense: /^fierce/ },
  // 地铁站一度限流: limiting the flow of passengers.
  { word: '限流', when: ({ self, before, rest }) => self?.text === '限流' && mentions(before, rest, /(?:地铁|站|客流|乘客|游客|景区|高速|车站|机场|进站|出站|号线)$/u, 6), sense: /^to limit the flow of passengers/ },
  // 发现异常: anything unusual (the thing), not "extremely".
  { word: '异常', when: ({ self, prev, next }) => self?.text === '异常' && (/^(?:发现|出现|有|无|没有|察觉|存在|任何)$/u.test(prev?.text ?? '') || next === undefined || /^[\p{P}]|^(?:情况|现象|行为|天气|状况)/u.test(next.text)), sense: /^unusual; abnormal/ },
  // 土石方作业, 高空作业: work, operations (at a site).
  { word: '作业', when: ({ self, prev, before }) => self?.text === '作业' && (/(?:土石方|高空|户外|施工|露天|野外|水上|动火|带电|吊装|井下|农田|机械)$/u.test(prev?.text ?? '') || before().slice(0, 5).some((x) => /(?:工地|施工|工程|工人|车间|机械)$/u.test(x.text))), sense: /^work$/ },
  // 少受点罪: suffering.
  { word: '罪', when: ({ self, prev, before }) => self?.text === '罪' && (/^(?:受|遭|受点|遭点)$/u.test(prev?.text ?? '') || (prev?.text === '点' && /^(?:受|遭)$/u.test(before()[1]?.text ?? ''))), sense: /./, gloss: 'suffering; hardship (受罪 "to suffer")' },
  // 五常大米, 产自五常: Wuchang, the city in Heilongjiang known for its rice.
  { word: '五常', when: ({ self, prev, next }) => self?.text === '五常' && (/^(?:大米|市|稻花香|米|稻米|水稻)/u.test(next?.text ?? '') || /^(?:产自|自|来自|黑龙江|哈尔滨|去|到|在)$/u.test(prev?.text ?? '')), sense: /^see 五常市|^Wuchang/ },
  // 上半场踢得并不顺, 一切都很顺: going smoothly.
  { word: '顺', when: ({ self, prev, next }) => self?.text === '顺' && /^(?:不|并不|很|挺|太|比较|还算|都很|一直|特别|非常|不太)$/u.test(prev?.text ?? '') && (next === undefined || /^[\p{P}]|^(?:了|利)$/u.test(next.text)), sense: /^smooth; going well/, gloss: 'smooth; going well' },
  // 球队外线火力明显不足: outside the three-point line (basketball).
  { word: '外线', when: ({ self, before, rest }) => self?.text === '外线' && mentions(before, rest, /^(?:球队|三分|投篮|命中率|火力|篮板|内线|防守|进攻|球员|篮球)$/u, 6), sense: /^\(basketball\)/ },
  // 一笔转会, 一笔钱: a sum of money, a piece of business.
  { word: '笔', when: ({ self, prev, next }) => self?.text === '笔' && prev !== undefined && /^(?:[一两几这那每哪]|[0-9０-９]+|大|好几)$/u.test(prev.text) && /^(?:转会|交易|钱|生意|订单|款|费用|投资|账|开支|收入|买卖|存款|贷款|贷|资金|奖金|补偿)/u.test(next?.text ?? ''), sense: /sum of money/ },
  // 连进三球, 连中两元: in succession, before a verb and how many.
  { word: '连', when: ({ self, next, rest }) => self?.text === '连' && /^(?:进|中|胜|赢|输|夺|破|下|丢|拿)$/u.test(next?.text ?? '') && isNumber(rest()[1] ?? { text: '', tag: '' }), sense: /^in succession/ },
  // 新兵三连, 全连第一: a company (military unit).
  { word: '连', when: ({ self, prev, next }) => self?.text === '连' && ((/^(?:全|下|本|该|每|新兵|炮兵|侦察|警卫|我们)$/u.test(prev?.text ?? '') && !/^(?:都|也|着|续|忙|同|带)/u.test(next?.text ?? '')) || (/^[一二三四五六七八九十]$/u.test(prev?.text ?? '') && (next === undefined || /^(?:的|战士|官兵|士兵|全体|连长|指导员|[，。、；])/u.test(next.text)))), sense: /^company \(military\)/ },
  // 打进了制胜一球: to score (a goal).
  { word: '打进', when: ({ self, rest }) => self?.text === '打进' && rest().slice(0, 5).some((x) => /球$/u.test(x.text)), sense: /./, gloss: 'to score (a goal)' },
  // 空军某旅, 合成旅: a brigade.
  { word: '旅', when: ({ self, prev, next }) => self?.text === '旅' && (/^(?:某|该|本|全|合成|空军|陆军|海军|装甲|炮兵|步兵|机械化|航空兵|陆航|这个|一个|两个)$/u.test(prev?.text ?? '') || /^(?:里|长|部|政委|领导)$/u.test(next?.text ?? '')), sense: /^brigade/ },
  // 歼-10C: a fighter plane, in a model's name.
  { word: '歼', when: ({ self, next }) => self?.text === '歼' && /^[-－0-9０-９]/u.test(next?.text ?? ''), sense: /fighter plane/ },
  // 歼-10C战机: a fighter aircraft.
  { word: '战机', when: ({ self, prev, before, rest }) => self?.text === '战机' && (/[0-9０-９A-Z]$/u.test(prev?.text ?? '') || mentions(before, rest, /^(?:歼|飞行员|空军|起飞|滑出|架|一架|降落|机场|飞行|编队|战斗机)$/u, 6)), sense: /^fighter aircraft/ },
  // 班长王强, 新兵连的班长: a squad leader, among soldiers.
  { word: '班长', when: ({ self, before, rest }) => self?.text === '班长' && mentions(before, rest, /(?:新兵|新兵连|战士|部队|士兵|入伍|军营|武警|连长|排长|营长|军装|团长)$/u, 10), sense: /^squad leader/ },
  // 排成一行: a row.
  { word: '一行', when: ({ self, prev }) => self?.text === '一行' && /^(?:排成|成|站成|列成|写|排|站|一行)$/u.test(prev?.text ?? ''), sense: /./, gloss: 'a row; a line' },
  // 多出一份力: to put forth (effort).
  { word: '出', when: ({ self, rest }) => self?.text === '出' && /^(?:一份|份|点|把)$/u.test(rest()[0]?.text ?? '') && /^力/u.test(rest()[1]?.text ?? ''), sense: /./, gloss: 'to put forth (effort); to contribute' },
  // 请了县城的厨师, 请来的道士: to invite, to hire (someone).
  { word: '请', when: ({ self, next, rest }) => self?.text === '请' && /^(?:了|来|过|到)$/u.test(next?.text ?? '') && rest().slice(1, 5).some((x) => /(?:厨师|道士|师傅|律师|医生|老师|人|客|乐队|和尚|保姆|阿姨|工人|专家|演员|班子)$/u.test(x.text)), sense: /^to invite/ },
  // 经区住建局审核后, 经部门负责人审批: after going through (an approval).
  { word: '经', when: ({ self, rest }) => self?.text === '经' && rest().slice(0, 7).some((x) => /^(?:审核|审批|批准|同意|研究|讨论|检查|鉴定|核实|确认|审查|评审|核准|备案|签字|协商)$/u.test(x.text)), sense: /^to undergo/ },
  // 内场票炒到了六千: to speculate, to push up (a price).
  { word: '炒', when: ({ self, before, rest }) => self?.text === '炒' && mentions(before, rest, /(?:票|票价|价|房|房价|股|股票|热度|话题|黄牛|千|万|块|元)$/u, 5) && !mentions(before, rest, /(?:菜|锅|油|肉|蛋|饭|面|葱|姜)$/u, 5), sense: /^to speculate/ },
  // 做了一面三米长的横幅: 面, the classifier of flags, banners and mirrors.
  { word: '一面', when: ({ self, rest }) => self?.text === '一面' && rest().slice(0, 6).some((x) => /(?:旗|国旗|横幅|镜子|锦旗|墙|鼓|旗帜|红旗|镜)$/u.test(x.text)), sense: /./, gloss: 'one (面: classifier for flags, banners, mirrors and walls)' },
  // 真的绝了: (slang) amazing, the best.
  { word: '绝', when: ({ self, prev, next }) => self?.text === '绝' && /^(?:真|太|真的|简直|也太|真是)$/u.test(prev?.text ?? '') && next?.text === '了', sense: /./, gloss: '(slang) amazing; unbeatable' },
  // 在光明顶等日出, 等降价, 在线等: to wait (for).
  { word: '等', when: ({ self, prev, next }) => self?.text === '等' && (/^(?:在线|还在|正在|一直|耐心|慢慢|先|再|就|还|要|得|我|你|他|她|我们|大家|坐着|站着|一起)$/u.test(prev?.text ?? '') || /^(?:日出|日落|降价|消息|结果|通知|公交|地铁|车|着|一下|一会儿|你|我|他|她|红灯|绿灯)$/u.test(next?.text ?? '')), sense: /^to wait for/ },
  // 索道排了一个多小时, 排半小时队: to line up (queue).
  { word: '排', when: ({ self, next, rest }) => self?.text === '排' && (rest().slice(0, 5).some((x) => x.text === '队' || x.text === '长队') || (/^(?:了|着)$/u.test(next?.text ?? '') && isNumber(rest()[1] ?? { text: '', tag: '' }) && rest().slice(1, 5).some((x) => /(?:小时|分钟|天|钟头)$/u.test(x.text)))), sense: /^to line up/ },
  // 活全压我身上了, 干活: work (to be done).
  { word: '活', when: ({ self, prev, next }) => self?.text === '活' && (/^(?:干|的|这些|那些|家务|农|这点|那点|重|累|细)$/u.test(prev?.text ?? '') || /^(?:全|都|太多|多|干完|少)$/u.test(next?.text ?? '')) && !/^(?:着|下去|下来|了一辈子)$/u.test(next?.text ?? ''), sense: /^work$/ },
  // 头发都快掉光了: almost, about to (快…了).
  { word: '快', when: ({ self, next, rest }) => self?.text === '快' && next !== undefined && /^(?:v|zg)/.test(next.tag) && !/^(?:到|要)$/u.test(next.text) && rest().slice(0, 4).some((x) => x.text === '了'), sense: /^almost$/ },
  // 快掉光了, 花光了: used up, nothing left.
  { word: '光', when: ({ self, prev, next }) => self?.text === '光' && prev !== undefined && /^(?:v|zg)/.test(prev.tag) && (next === undefined || /^(?:了|[\p{P}])/u.test(next.text)), sense: /^used up/ },
  // 撑得走不动道: to be stuffed full (after eating).
  { word: '撑', when: ({ self, prev, next }) => self?.text === '撑' && (/^(?:吃|吃得|喝)$/u.test(prev?.text ?? '') || (next?.text === '得' && true)), sense: /^\(coll\.\) to be stuffed/, gloss: '(coll.) to be stuffed (after eating); to fill to bursting' },
  // 终于没白练, 白跑一趟: in vain.
  { word: '白', when: ({ self, prev, next }) => self?.text === '白' && next !== undefined && /^v/.test(next.tag) && Array.from(next.text).length <= 2 && (/^(?:没|不|又|也|算|可|就|都)$/u.test(prev?.text ?? '') || /^(?:跑|来|等|干|忙|费|练|花|学|说|活)/u.test(next.text)), sense: /^in vain/ },
  // 在大雄宝殿许过愿: to make (a vow, a wish).
  { word: '许', when: ({ self, next, rest }) => self?.text === '许' && (next?.text === '愿' || next?.text === '下' || (/^(?:过|了|个|一个)$/u.test(next?.text ?? '') && /^愿/u.test(rest()[1]?.text ?? ''))), sense: /^to make \(a vow/, gloss: 'to make (a vow or a wish)' },
  // 上午10点起分三批发放: starting from (a time).
  { word: '起', when: ({ self, prev, before }) => self?.text === '起' && /(?:[点时]|[日号]|月份|年|今天|明天|即日|本周|下周)$/u.test(prev?.text ?? '') && (/[0-9０-９一二三四五六七八九十半今明即本下]/u.test(prev?.text ?? '') || /^[0-9０-９一二三四五六七八九十]+$/u.test(before()[1]?.text ?? '')), sense: /^starting from/ },
  // 门前有一口池塘: 口, the classifier of wells, ponds and pots.
  { word: '一口', when: ({ self, rest }) => self?.text === '一口' && rest().slice(0, 5).some((x) => /(?:池塘|井|水井|锅|大锅|缸|水缸|塘|棺材|钟|箱子)$/u.test(x.text)), sense: /./, gloss: 'one (口: classifier for wells, ponds, pots and bells)' },
  // 工资一分没涨: a cent.
  { word: '分', when: ({ self, prev, next, before, rest }) => self?.text === '分' && prev?.text === '一' && /^(?:没|不|都|也|钱)$/u.test(next?.text ?? '') && mentions(before, rest, /(?:钱|工资|涨|元|块|价|奖金)$/u, 6), sense: /^0\.01 yuan/ },
  // 叫他“小胖”: to call (someone by a name), before the name in quotation marks.
  { word: '叫', when: ({ self, next, rest }) => self?.text === '叫' && next !== undefined && /^(?:r|n|nr)/.test(next.tag) && /^[“「‘"]/u.test(rest()[1]?.text ?? ''), sense: /^to call/ },
  // 转人工服务, 人工费: human (staff, labour), not "artificial".
  { word: '人工', when: ({ self, prev, next }) => self?.text === '人工' && (/^(?:服务|客服|费|成本|费用|工资|接听|审核)/u.test(next?.text ?? '') || /^(?:转|转接|找|要)$/u.test(prev?.text ?? '')), sense: /^manpower/ },
  // 含双早: breakfast, in a hotel booking.
  { word: '早', when: ({ self, prev }) => self?.text === '早' && /^(?:双|单|含|含双|含单|不含|无)$/u.test(prev?.text ?? ''), sense: /./, gloss: 'breakfast (in a hotel booking: 双早 "breakfast for two")' },
  // 退钱, 退了押金: to return (money), to refund.
  { word: '退', when: ({ self, next, rest }) => self?.text === '退' && (/^(?:钱|款|费|货|押金|票|订金|定金|回|给)/u.test(next?.text ?? '') || (/^(?:了|给)$/u.test(next?.text ?? '') && rest().slice(1, 4).some((x) => /(?:钱|款|费|押金|元|块)$/u.test(x.text)))), sense: /to return \(sth\)/ },
  // 法院判了, 被判三年: (of a court) to sentence, to rule.
  { word: '判', when: ({ self, prev }) => self?.text === '判' && /^(?:法院|法官|一审|二审|终审|被|最终|当庭|依法|改)$/u.test(prev?.text ?? ''), sense: /^\(of a judge\) to sentence/ },
  // 这个案子: a (court or police) case.
  { word: '案子', when: ({ self, before, rest }) => self?.text === '案子' && mentions(before, rest, /(?:法院|律师|警察|民警|判|办案|起诉|审理|开庭|侦破|破|当事人|法官)$/u, 8), sense: /^\(coll\.\) case/ },
  // 喝点酒, 穿厚点: a little, after a verb or how one is to be.
  { word: '点', when: ({ self, prev, before }) => self?.text === '点' && prev !== undefined && /^(?:喝|吃|买|穿|带|拿|多|少|加|快|慢|早|厚|薄|小|大|轻|近|远|注意|放)$/u.test(prev.text) && !isNumber(before()[1] ?? { text: '', tag: '' }), sense: /^a small amount/ },
  // 从房租里扣, 扣工资: to deduct (money).
  { word: '扣', when: ({ self, before, rest }) => self?.text === '扣' && mentions(before, rest, /(?:房租|工资|钱|费|分|押金|奖金|元|块|租金)$/u, 5), sense: /^to deduct/ },
  // 系里, 系主任: a department (of a university).
  { word: '系', when: ({ self, next }) => self?.text === '系' && /^(?:里|主任|办公室|领导|里面)$/u.test(next?.text ?? ''), sense: /^department/, entry: 'xi4' },
  // 住了几天院: a hospital (住院 said apart).
  { word: '院', when: ({ self, before }) => self?.text === '院' && before().slice(0, 4).some((x) => x.text === '住') , sense: /./, gloss: 'hospital (住院 "to be in hospital", said apart)' },
  // 防水层坏了: broken, gone wrong, after what broke (乐坏了, 累坏了: to the utmost, after a feeling).
  { word: '坏了', when: ({ self, prev }) => self?.text === '坏了' && prev !== undefined && /\p{Script=Han}$/u.test(prev.text) && !/^(?:v|a|d|z|ad|vd|i|l)/.test(prev.tag) && !/^(?:我|你|他|她|哎呀|哎|唉|啊)$/u.test(prev.text), sense: /^broken/, gloss: 'broken (gone wrong)' },
  // 一道口子, 一道菜, 一道题: 道, the classifier of cuts, dishes, questions and doors.
  { word: '一道', when: ({ self, rest }) => self?.text === '一道' && rest().slice(0, 3).some((x) => /(?:口子|伤口|疤|菜|题|门|光|彩虹|墙|闪电|命令|工序|坎|防线|关)$/u.test(x.text)), sense: /./, gloss: 'one (道: classifier for cuts, dishes, questions, doors and walls)' },
  // 贼便宜, 贼好看: (northeastern speech) very, before how something is.
  { word: '贼', when: ({ self, next }) => self?.text === '贼' && next !== undefined && /^(?:a|d|v|z)/.test(next.tag) && /^(?:好|便宜|贵|冷|热|快|慢|多|少|大|小|漂亮|好看|好吃|香|甜|辣|带劲|得劲|有意思|能|会|喜欢|爱|帅|难|累|远|近|高|亮|干净|厉害)/u.test(next.text), sense: /^\(coll\.\) extremely/ },
  // 整点东西, 整哭了, 咋整: (northeastern speech) to do, make or get.
  { word: '整', when: ({ self, prev, next }) => self?.text === '整' && (/^(?:咋|别|瞎|给|能|得|要|去|来|又|还|咱|我|你|他|她)$/u.test(prev?.text ?? '') || /^(?:点|了|啥|个|哭|得|一|这|那|东西)/u.test(next?.text ?? '')) && !/^(?:个|一)$/u.test(prev?.text ?? ''), sense: /./, gloss: '(coll., northeastern speech) to do; to make; to get' },
  // 大火烧开, 小火慢炖, 转中火: the heat of the stove.
  { word: '大火', when: ({ self, next, before }) => self?.text === '大火' && (/^(?:烧|煮|炒|翻炒|收汁|蒸|爆炒|烧开|煮开|快炒)/u.test(next?.text ?? '') || before().slice(0, 2).some((x) => /^(?:转|开|用|改)$/u.test(x.text))), sense: /./, gloss: 'high heat (in cooking)' },
  // 肉末, 蒜末: minced (into bits), after what is minced.
  { word: '末', when: ({ self, prev }) => self?.text === '末' && /^(?:肉|蒜|姜|葱|香菜|辣椒|花生|芝麻|牛肉|猪肉|胡萝卜)$/u.test(prev?.text ?? ''), sense: /^minced bits/, gloss: 'minced bits (肉末 "minced meat")' },
  // 涨得过快: too, excessively, after the complement's 得.
  { word: '过', when: ({ self, prev, next }) => self?.text === '过' && prev?.text === '得' && /^(?:快|多|高|低|大|小|早|晚|猛|急|热|冷|重|长|短|久|少)/u.test(next?.text ?? ''), sense: /./, gloss: 'too; excessively' },
  // 股价回调: a pullback (in prices).
  { word: '回调', when: ({ self, before, rest }) => self?.text === '回调' && mentions(before, rest, /(?:股|股价|指数|盘|板块|行情|涨|跌|涨幅|跌幅|点位|均线|市场|短线|反弹|回落)$/u, 6), sense: /./, gloss: 'to pull back; a pullback (of prices, after a rise)' },
  // 热量摄入, 消耗热量: calories, where food or exercise is spoken of.
  { word: '热量', when: ({ self, before, rest }) => self?.text === '热量' && mentions(before, rest, /(?:卡|大卡|千卡|摄入|消耗|减肥|食物|吃|饮食|运动|跑步|燃烧|控制|蛋白质|脂肪)$/u, 8), sense: /./, gloss: 'calories (energy in food or burned by exercise)' },
  // 节食: to go on a diet.
  { word: '节食', when: ({ self }) => self?.text === '节食', sense: /^to go on a diet/ },
  // 施肥, 追肥, 省肥: fertiliser.
  { word: '肥', when: ({ self, prev, next }) => self?.text === '肥' && (/^(?:施|追|底|化|有机|省|水|分蘖|农家|积|叶面|复合)$/u.test(prev?.text ?? '') || /^(?:料|力|效|水)/u.test(next?.text ?? '')), sense: /^fertilizer/ },
  // 每次服一片, 口服: to take (medicine).
  { word: '服', when: ({ self, prev, next }) => self?.text === '服' && (/^(?:口|每次|每日|一次|每天|饭后|饭前|睡前|温水|空腹|遵医嘱)$/u.test(prev?.text ?? '') || /^(?:[一两二三半][片粒袋支丸]|药|用|下)/u.test(next?.text ?? '')), sense: /^to take \(medicine\)/ },
  // 补充道, 感叹道: to say (before what is said).
  { word: '道', when: ({ self, prev }) => self?.text === '道' && /(?:补充|感叹|笑|问|答|叹|说|喊|骂|回答|解释|嘀咕|提醒|称赞|叮嘱|介绍)$/u.test(prev?.text ?? ''), sense: /^to say/ },
  // 千万不行, 千万要记住: by all means (never, always), before what must or must not be.
  { word: '千万', when: ({ self, next }) => self?.text === '千万' && /^(?:不行|不能|不可|不可以|别|要|记住|注意|小心|不要)/u.test(next?.text ?? ''), sense: /^one must by all means/ },
  // 三百到五百, 一点六到二克: to (a number), in a range.
  { word: '到', when: ({ self, prev, next }) => self?.text === '到' && prev !== undefined && next !== undefined && isNumber(prev) && isNumber(next), sense: /./, gloss: 'to (in a range of numbers: 三百到五百 "300 to 500")' },
  // 只长叶子, 长胖了: to grow (leaves, fat, weeds).
  { word: '长', when: ({ self, next }) => self?.text === '长' && /^(?:胖|肉|膘|叶子|草|虫|苗|芽|个子|个儿|痘|斑|口疮|疮|冻疮|疹|湿疹|瘤|肿瘤|疙瘩|痱子|水泡|白发|皱纹|老年斑|青苔|霉|结石|息肉)/u.test(next?.text ?? ''), sense: /^to grow/ },
  // 飞机安全落地: (of a plane) to land.
  { word: '落地', when: ({ self, before, rest }) => self?.text === '落地' && mentions(before, rest, /(?:飞机|航班|机场|客机|降落|起飞|航空)$/u, 6), sense: /^\(of a plane\) to land/ },
  // 打印登机牌, 打印出来: to print out.
  { word: '打印', when: ({ self }) => self?.text === '打印', sense: /^to print out/ },
  // G8605次列车: the train number (次 after a train's code).
  { word: '次', when: ({ self, prev }) => self?.text === '次' && /^[GDCZTKYL][0-9]+$/u.test(prev?.text ?? ''), sense: /./, gloss: '(train) number (G8605次 "train G8605")' },
  // 这帮孩子: a group (of people), after 这, 那 or a number.
  { word: '帮', when: ({ self, prev }) => self?.text === '帮' && /^(?:这|那|一|几|这一|那一|一大)$/u.test(prev?.text ?? ''), sense: /^group/ },
  // 下一盘棋, 下象棋: to play (a board game).
  { word: '下', when: ({ self, next, rest }) => self?.text === '下' && (/^(?:棋|象棋|围棋|跳棋|五子棋)$/u.test(next?.text ?? '') || (/^(?:一盘|几盘|盘|一局|几局|两盘)$/u.test(next?.text ?? '') && /棋/u.test(rest()[1]?.text ?? ''))), sense: /^to play \(a game of chess\)/ },
  // 下起棋来, 一直下到第八十三步 (of a game of chess): playing on, where the chess is named nearby.
  { word: '下', when: ({ self, next, before, rest }) => self?.text === '下' && /^(?:起|到|完|了|过|着)$/u.test(next?.text ?? '') && mentions(before, rest, /棋/u, 6), sense: /^to play \(a game of chess\)/, gloss: 'to play (a game of chess)' },
  // 七胜二和一负: a game drawn and a game lost, after their number, where wins are counted.
  { word: '和', when: ({ self, prev, before }) => self?.text === '和' && prev !== undefined && isNumber(prev) && before().slice(1, 4).some((x) => /胜$/u.test(x.text)), sense: /^\(sports\) to draw/ },
  { word: '负', when: ({ self, prev, before }) => self?.text === '负' && prev !== undefined && isNumber(prev) && before().slice(1, 6).some((x) => /[胜和平]$/u.test(x.text)), sense: /^to be defeated/ },
  // 很划算, 不划算: worthwhile, good value.
  { word: '划算', when: ({ self, prev }) => self?.text === '划算' && /^(?:很|不|挺|更|比较|太|最|真|多|也|还|不太|非常|特别)$/u.test(prev?.text ?? ''), sense: /^worthwhile/ },
  // 玩平板, 用平板上网课: a tablet (computer).
  { word: '平板', when: ({ self, before, rest }) => self?.text === '平板' && mentions(before, rest, /(?:玩|手机|电脑|看|用|上网|游戏|充电|屏幕|网课|视频)$/u, 5), sense: /^tablet \(computer/, gloss: 'tablet (computer)' },
  // 终年九十二岁: at the age of (death).
  { word: '终年', when: ({ self, next, rest }) => self?.text === '终年' && next !== undefined && isNumber(next) && rest().slice(0, 3).some((x) => x.text === '岁'), sense: /^age at death/ },
  // 真诚待人, 待学生如子女: to treat (people).
  { word: '待', when: ({ self, prev, next }) => self?.text === '待' && /^(?:人|学生|孩子|客人|朋友|他|她|我|你|大家|别人|病人|下属|员工)$/u.test(next?.text ?? '') && /^(?:善|真诚|热情|和气|耐心|好好|诚恳|宽厚|平等|友善|真心|这样|如此|亲切)$/u.test(prev?.text ?? ''), sense: /^to treat/ },
  // 该施肥了, 到底该吃多少: should, before what is to be done (该站, 该组织: that station, that organisation, whatever jieba tags them).
  { word: '该', when: ({ self, next, rest }) => self?.text === '该' && next !== undefined && (/^(?:吃|做|去|走|买|说|干|睡|看|学|写|来|回|给|打|洗|交|还|起|换|施肥|休息|睡觉|吃饭|起床|回家|出发|注意|考虑|干活|做饭|上学|上班|下班|买菜|收拾|准备|减肥|管管|退休|结婚|成家)$/u.test(next.text) || (/^v/.test(next.tag) && next.tag !== 'vn' && rest()[1]?.text === '了')), sense: /^should/ },
  // 航班加密, 加密班次: to run more often (flights, trains).
  { word: '加密', when: ({ self, before, rest }) => self?.text === '加密' && mentions(before, rest, /(?:航班|班次|列车|地铁|公交|线路|车次|发车|高铁|动车)$/u, 5), sense: /./, gloss: 'to run more often (of flights, trains or buses)' },
  // 时总爱眯着眼, 包里总装着: always, before what is done again and again.
  { word: '总', when: ({ self, next, rest }) => self?.text === '总' && next !== undefined && (/^(?:爱|是|喜欢|想|忘|忘记|觉得|说|把|让|被)$/u.test(next.text) || (/^v/.test(next.tag) && /^(?:着|了)$/u.test(rest()[1]?.text ?? ''))), sense: /^in every case; always/ },
  // 原系公司员工, 确系: "to be" in a court's or a notice's writing, after 原, 确, 实 or 均.
  { word: '系', when: ({ self, prev }) => self?.text === '系' && /^(?:原|确|实|均|乃|即|纯|皆|都)$/u.test(prev?.text ?? ''), sense: /^to be \(literary\)/ },
  // 包里, 书包中: a bag, with where in it.
  { word: '包', when: ({ self, next }) => self?.text === '包' && /^(?:里|中|内|里面)$/u.test(next?.text ?? ''), sense: /^bag$/ },
  // 歇会儿, 等会儿: a while (会 before the r of 儿, after resting or waiting), not "can".
  { word: '会', when: ({ prev, next }) => next?.text === '儿' && /^(?:歇|等|玩|坐|待|聊|躺|睡|休息|站)$/u.test(prev?.text ?? ''), sense: /a moment/ },
  // 报了名, 报个名: signing up, 报名 with 了 or 个 between (the name, not the measure word).
  { word: '名', when: ({ prev, before }) => /^(?:了|个|上)$/.test(prev?.text ?? '') && /^(?:报|点|签|留|排)$/.test(before()[1]?.text ?? ''), sense: /^name$/ },
  // 供种, 留种, 选种: seed (for sowing), after supplying, keeping or choosing it.
  { word: '种', when: ({ self, prev, next }) => self?.text === '种' && /^(?:供|留|选|播|育|良|引|换|制|传|下)$/.test(prev?.text ?? '') && (next === undefined || next.tag === 'x' || /^[和与的]$/u.test(next.text)), sense: /^seed/ },
  // 22比25, 以3比1获胜: "to" in a score, between its numbers.
  { word: '比', when: ({ prev, next, before, rest }) => prev !== undefined && next !== undefined && isNumber(prev) && isNumber(next) && !sameBothSides(prev, next, before, rest), sense: /^to \(in a score/, gloss: 'to (in a score or ratio: 3比1 "three to one")' },
  // 关键分, 决胜分: a point in a game.
  { word: '分', when: ({ prev }) => /^(?:关键|决胜|赛点|局点|制胜|失|丢)$/.test(prev?.text ?? ''), sense: /^a point \(in sports/ },
  // 明年会从中挑选, 今后会加强: will, after a time to come.
  { word: '会', when: ({ prev, next }) => prev !== undefined && /^(?:明年|明天|今后|以后|将来|未来|后天|下周|下个月|届时|到时|到时候)$/.test(prev.text) && next !== undefined && /^(?:v|p|d|a)/.test(next.tag), sense: /^to be likely to/ },
  // 每方用时, 双方: each side (of a game, a dispute).
  { word: '方', when: ({ self, prev }) => self?.text === '方' && /^(?:每|另一|任何|一|对)$/.test(prev?.text ?? ''), sense: /^side$/ },
  // 轮着休息, 轮班: taking turns.
  { word: '轮', when: ({ next }) => /^(?:着|流|班|换|番)$/.test(next?.text ?? ''), sense: /^to take turns/ },
  // 挤牛奶, 挤牙膏: squeezing (milk from a cow, toothpaste from its tube).
  { word: '挤', when: ({ next }) => /^(?:牛奶|奶|羊奶|牙膏|柠檬|汁|脓|痘痘)/.test(next?.text ?? ''), sense: /^to squeeze/ },
  // 相互照应: looking after one another (zhàoying), not corresponding.
  { word: '照应', when: ({ prev }) => /^(?:相互|互相|彼此|多|好好|帮忙|互)$/.test(prev?.text ?? ''), sense: /^to look after/, entry: 'zhao4 ying5' },
  // 硬化路, 路面硬化: hardening (a road's surface), not sclerosis.
  { word: '硬化', when: ({ prev, next }) => /^(?:路|路面|道路|公路|地面|村道|场地)/.test(next?.text ?? '') || /(?:路|路面|道路|地面|村道)$/.test(prev?.text ?? ''), sense: /^to harden/ },
  // 对口协作, 对口支援: paired, one region or unit with its counterpart.
  { word: '对口', when: ({ next }) => /^(?:协作|支援|帮扶|援助|扶贫|合作|援建|帮助|单位|地区|省份)/.test(next?.text ?? ''), sense: /^paired with a counterpart/, gloss: 'paired with a counterpart (of aid between regions or units)' },
  // 包了好几层, 包好, 包起来: wrapping.
  // (包了三栋大棚 is leasing them: after 了 only what wraps or is wrapped says so.)
  { word: '包', when: ({ next, rest }) => next !== undefined && (/^(?:好|起来|住|上|着|成|进)$/u.test(next.text) || (next.text === '了' && rest().slice(1, 6).some((x) => /(?:层|纸|布|袋|膜|报纸|饺子|包子|馄饨|粽子|伤口|纱布)$/u.test(x.text)))), sense: /^to wrap$/ },
  // 新1团团长, 任八路军某团团长: an army's regiment (the head of a troupe or delegation elsewhere, see usual-senses).
  { word: '团长', when: ({ before, rest, earlier }) => /[0-9０-９一二三四五六七八九十]团|军|旅|师|营|部队|战斗|政委|参谋长|连长|司令/u.test([...before()].reverse().map((x) => x.text).join('') + ' ' + [...earlier().slice(0, 12)].reverse().map((x) => x.text).join('') + ' ' + rest().slice(0, 6).map((x) => x.text).join('')), sense: /^regimental command/ },
  // 提取现金, 提取公积金: withdrawing money; otherwise 提取 extracts (see usual-senses).
  { word: '提取', when: ({ before, rest }) => mentions(before, rest, /(?:钱|现金|存款|公积金|款|资金|余额|工资|银行|取款机|ATM|元)$/u, 5), sense: /^to withdraw \(money\)/ },
  // 黄牛倒票, 防止黄牛: ticket scalpers, where tickets are about.
  { word: '黄牛', when: ({ before, rest }) => mentions(before, rest, /(?:票|号|抢购|倒卖|加价)/u, 3), sense: /^scalper/ },
  // 根本没听, 根本不知道: (not) at all, before a negation.
  { word: '根本', when: ({ next }) => next !== undefined && /^(?:没|不|无|未|谈不上|就)/u.test(next.text), sense: /^\(not\) at all/ },
  // 第5号车厢, 3号线, 8号房间: the number of a carriage, line or room (not a day of the month).
  { word: '号', when: ({ next }) => next !== undefined && /^(?:车厢|房间|座|楼|线|门|窗口|柜台|病房|床|车道|站台|机位|登机口|口|馆|厅|展位|队员|选手|球员|种子)/u.test(next.text), sense: /^ordinal number/ },
  // 涮羊肉, 在锅里涮一下: cooking in hotpot broth.
  { word: '涮', when: ({ before, rest }) => mentions(before, rest, /(?:锅|羊肉|牛肉|肥牛|毛肚|肉片|鸭肠|黄喉|汤底)/u, 3), sense: /^to cook by dipping/ },
  // 出口特区, 出口产品, 扩大出口: exporting.
  { word: '出口', when: ({ prev, next }) => (next !== undefined && /^(?:特区|商品|贸易|额|产品|企业|量|市场|加工|型|退税|到|至|国外|海外|欧洲|美国|日本|韩国|东南亚|创汇|增长|下降|订单)/u.test(next.text)) || (prev !== undefined && /^(?:扩大|促进|进|增加|减少|鼓励|大量|主要|对外|商品|产品|粮食)$/u.test(prev.text)), sense: /^to export/ },
  // 现就有关事项通知如下: with regard to (an official notice's 就).
  { word: '就', when: ({ next }) => next !== undefined && /^(?:有关|相关|上述|这一|这些|此事|此类|此项)/u.test(next.text), sense: /^with regard to/ },
  // 用人单位, 所在单位, 单位领导: the employer, a work unit (not a unit of measure).
  { word: '单位', when: ({ prev, next }) => (prev !== undefined && /^(?:用人|工作|所在|事业|本|各|相关|有关|政府|企事业|参保|建设|施工|主管|责任|接收|原|用工|国有|党政|机关|涉事|发证|签发|举办|主办|承办|协办|参与|成员)$/u.test(prev.text)) || (next !== undefined && /^(?:领导|职工|员工|食堂|宿舍|同事|组织|负责人|缴纳|缴费|名称|地址)/u.test(next.text)), sense: /^work unit/ },
  // 会后, 到会: the meeting (not "can"; 在会上 is read so above).
  { word: '会', when: ({ prev, next }) => (prev !== undefined && /^(?:到|与|参|散|休|开完|出席|列席|赴|入)$/u.test(prev.text)) || (next !== undefined && /^(?:后|前|间)$/u.test(next.text) && (prev === undefined || !HAN_TEXT.test(prev.text))), sense: /^meeting; gathering/ },
  // 如确有特殊情况, 如有疑问: if (a notice's conditions), opening its clause.
  // (乙方如需续租, 二是如无法找回: after the party it binds, or 是, as well.)
  {
    word: '如',
    when: ({ prev, next }) =>
      next !== undefined &&
      ((prev === undefined || !HAN_TEXT.test(prev.text)) ? /^(?:确|有|遇|需|需要|发现|出现|果|不|因|未|逾期|违反|对|无法|您|你|能)/u.test(next.text) : (/^(?:n|r|nr|nz|j)$/.test(prev.tag) || prev.text === '是') && /^(?:需|需要|有|无法|未|不|遇|发现|逾期|违反)$/u.test(next.text)),
    sense: /^if; in case/,
    gloss: 'if; in case',
  },
  // 上四个补习班, 上大学, 上网课: attending (a class, a school).
  { word: '上', when: ({ next, rest }) => next !== undefined && (/^(?:课|班|学|网课|补习班|辅导班|培训班|大学|小学|中学|初中|高中|幼儿园|夜校|早自习|晚自习|兴趣班)$/u.test(next.text) || (isNumber(next) && rest().slice(1, 4).some((x) => /(?:班|课)$/u.test(x.text)))), sense: /^to attend/ },
  // 点的是煤油灯, 点上蜡烛, 点了一支烟: lighting (a lamp, a candle, a cigarette).
  // (Not the hour, 十一点熄灯: after a number 点 is o'clock.)
  { word: '点', when: ({ prev, rest }) => !(prev !== undefined && (isNumber(prev) || /[0-9０-９一二三四五六七八九十两几]$/u.test(prev.text))) && rest().slice(0, 4).some((x) => /(?:灯|蜡烛|烛|烟|香烟|香|火把|篝火|柴火|炉子|鞭炮|爆竹|烟花)$/u.test(x.text)) && !rest().slice(0, 4).some((x) => /^(?:菜|外卖|歌|半|钟|多|左右|整)/u.test(x.text)), sense: /^to light \(a fire/ },
  // 往竹签上穿藕片, 穿成串: threading onto skewers or a string.
  { word: '穿', when: ({ before, rest }) => mentions(before, rest, /(?:签|竹签|串|针|绳|绳子|珠子)$/u, 4), sense: /^to thread$/ },
  // 摆了十二年摊, 摊前排队, 小摊: a vendor's stall.
  { word: '摊', when: ({ prev, next, before }) => (prev !== undefined && /(?:摆|出|收|练|小|地|货|菜|水果|早点|夜市|路边)$/u.test(prev.text)) || (next !== undefined && /^(?:前|主|位|上|边|旁|子|儿|点)/u.test(next.text)) || before().slice(0, 4).some((x) => x.text === '摆'), sense: /^vendor's stand/ },
  // 点了九宫格锅底: ordering, before a pot's broth or a dish.
  { word: '点', when: ({ rest }) => rest().slice(0, 4).some((x) => /(?:锅底|套餐|火锅|菜品|饮品|奶茶|咖啡|烤串|小菜)$/u.test(x.text)), sense: /^to order \(food/ },
  // 涮 in a red or clear broth.
  { word: '涮', when: ({ before, rest }) => mentions(before, rest, /(?:汤|锅底|火锅)$/u, 3), sense: /^to cook by dipping/ },
  // 吸了几口氧, 喝了两口水: mouthfuls, breaths.
  { word: '口', when: ({ prev, next }) => prev !== undefined && (isNumber(prev) || /^(?:几|一|两|半|好几)$/u.test(prev.text)) && next !== undefined && /^(?:氧|气|水|饭|茶|酒|烟|汤|粥|面|菜|肉|奶|咖啡|饮料)/u.test(next.text), sense: /^classifier for bites or mouthfuls/ },
  // 举着手机拍个不停: taking photos or filming, with a phone or camera before.
  { word: '拍', when: ({ before }) => before().slice(0, 6).some((x) => /(?:手机|相机|摄像机|镜头|无人机)$/u.test(x.text)), sense: /^to take \(a photo\)/ },
  // 太敷衍了, 很敷衍: perfunctory, after a degree word or closing the clause.
  { word: '敷衍', when: ({ prev, next }) => (prev !== undefined && /^(?:太|很|真|挺|有点|有些|过于|非常|特别|比较|那么|这么)$/u.test(prev.text)) || next?.text === '了', sense: /^perfunctory/ },
  // 退了我二十块钱, 退款, 退押金: refunding, returning what was paid.
  { word: '退', when: ({ rest }) => rest().slice(0, 5).some((x) => /(?:钱|款|费|押金|元|块|优惠券|订金|定金)$/u.test(x.text)), sense: /^to reject; to return/ },
  // 吸烟会触发报警, 会导致失眠, 我会继续: will, is likely to (not a skill), before what follows from something.
  { word: '会', when: ({ next }) => next !== undefined && /^(?:导致|造成|引起|引发|触发|影响|出现|发生|产生|增加|减少|降低|提高|变|被|让|使(?!用)|令|感到|觉得|下雨|下雪|继续|越来越|自动|逐渐|慢慢|损害|伤害|危害|加重|缓解|失去|消失|过期|死|生病|上涨|下跌|涨|跌|[“‘"「『])/u.test(next.text), sense: /^to be likely to/ },
  // 发行方, 主办方: the party (to a deal, an event), after what it does.
  // (Not 方可, 方能: "only then".)
  { word: '方', when: ({ self, prev, next }) => self?.tag === 'n' && prev !== undefined && /^(?:v|vn|n)$/.test(prev.tag) && prev.text.length === 2 && !/^(?:可|能|才|始|得|为|知|休|兴)/u.test(next?.text ?? ''), sense: /^party \(to a contract/ },
  // 均已构成, 均为, 均在: all, without exception, before what is said of them.
  // (Not an average per game, head or day: 场均, 人均, 日均.)
  { word: '均', when: ({ prev, next }) => next !== undefined && !/^(?:场|人|户|日|年|月|亩|次|单|平)$/u.test(prev?.text ?? '') && (/^(?:d|v|p)/.test(next.tag) || /^(?:已|为|在|有|无|未|不|可|须|应|属|达|超过|表示)/u.test(next.text)), sense: /^\(literary\) without exception/ },
  // 一律是诈骗, 一律免费: without exception, before what is said (not "identical").
  { word: '一律', when: ({ next }) => next !== undefined && HAN_TEXT.test(next.text), sense: /^uniformly; all; without exception/ },
  // 以承接工程为名: under the name (pretext) of.
  { word: '名', when: ({ prev, before }) => prev?.text === '为' && before().slice(1, 10).some((x) => x.text === '以'), sense: /^name$/ },
  // 疏导交通, 疏导客流: easing traffic, clearing the way.
  { word: '疏导', when: ({ next }) => next !== undefined && /^(?:交通|车辆|人流|客流|车流|游客|人群|拥堵)/u.test(next.text), sense: /^to remove obstructions/ },
  // 正月初二, 大年初二: the second (third…) day of the lunar New Year (not a school year).
  { word: '初二', when: ({ prev, next }) => (prev !== undefined && /^(?:正月|大年|腊月|农历|今年|年)$/u.test(prev.text)) || next?.text === '到' || next?.text === '至', sense: /^2nd day of lunar New Year/ },
  { word: '初三', when: ({ prev, next }) => (prev !== undefined && /^(?:正月|大年|腊月|农历|今年|年)$/u.test(prev.text)) || next?.text === '到' || next?.text === '至', sense: /^3rd day of lunar New Year/ },
  // 这对新人, 新人拜堂: the bride and groom, at a wedding.
  { word: '新人', when: ({ prev, before, rest }) => /^(?:这对|一对|对)$/u.test(prev?.text ?? '') || mentions(before, rest, /(?:婚礼|新郎|新娘|拜堂|白头偕老|百年好合|喜酒|婚车|洞房)/u, 6), sense: /^newlywed couple/ },
  // 金砖国家, 金砖扩员: BRICS.
  { word: '金砖', when: ({ next, before, rest }) => /^(?:国家|扩|峰会|机制|合作|成员|五国|十国)/u.test(next?.text ?? '') || mentions(before, rest, /(?:峰会|成员国|扩员|巴西|俄罗斯|南非)/u, 6), sense: /BRICS/ },
  // 有的老人反映看病难, 向社区反映问题: reporting, making known (not mirroring).
  { word: '反映', when: ({ prev, next }) => (prev !== undefined && (/(?:们|群众|居民|老人|村民|市民|家长|网友|有的|学生|员工|业主|乘客|消费者)$/u.test(prev.text) || /^(?:向|及时|如实|多次|纷纷)$/u.test(prev.text))) || (next !== undefined && /^(?:问题|情况|意见|说|给|看病|困难)/u.test(next.text)), sense: /^\(fig\.\) to report/ },
  // 没有过不去的坎: unable to make it through (a hardship).
  { word: '过不去', when: ({ next, rest }) => next?.text === '的' && /^(?:坎|坎儿|难关|关|事)/u.test(rest()[1]?.text ?? ''), sense: /^unable to make it through/ },
  // 干活也实在, 人很实在: honest, dependable, closing what is said of someone.
  { word: '实在', when: ({ prev, next }) => prev !== undefined && /^(?:也|很|挺|真|特别|非常|最|都|人|比较|太)$/u.test(prev.text) && (next === undefined || !HAN_TEXT.test(next.text) || /^(?:了|的|啊|呀)$/u.test(next.text)), sense: /^honest$/ },
  // 水阀, 总阀, 阀门: a valve.
  { word: '阀', when: ({ prev, next }) => (prev !== undefined && /(?:水|气|油|总|安全|进|出|减压|截止|燃气|煤气|暖气)$/u.test(prev.text)) || (next !== undefined && /^(?:门|芯)/u.test(next.text)), sense: /valve/ },
  // 对方挺爽快, 爽快地答应: frank and straightforward (of a person).
  { word: '爽快', when: ({ prev, next }) => (prev !== undefined && /^(?:挺|很|真|特别|非常|人|也|都|比较)$/u.test(prev.text)) || /^(?:地|答应)/u.test(next?.text ?? ''), sense: /^frank and straightforward/ },
  // 闻起来, 闻一闻, 闻到: smelling (not hearing).
  { word: '闻', when: ({ next }) => next !== undefined && /^(?:起来|着|到|了|一闻|闻|得到|不到|得见|得出|不出|得|不见)/u.test(next.text), sense: /^to smell$/ },
  // 加强中场的控制, 中场球员: the midfield (not a provincial exam's middle period).
  { word: '中场', when: ({ before, rest }) => mentions(before, rest, /(?:球|控制|进攻|防守|传球|组织|队|比赛|前锋|后卫|门将|上半场|下半场|休息)/u, 6), sense: /^\(sports\) midfield/ },
  // 初一新生, 新生入学: a new student.
  { word: '新生', when: ({ prev, next }) => (prev !== undefined && /(?:初一|高一|大一|年级|学校|学院|大学|中学|小学|本科|研究生|全体|一名|这批|每年)$/u.test(prev.text)) || /^(?:入学|报到|代表|军训|开学|家长)/u.test(next?.text ?? ''), sense: /^new student/ },
  // 一步妙手 (of chess): a brilliant move.
  { word: '妙手', when: ({ prev, before, rest }) => /^(?:一步|这步|步|一着|走出|下出)$/u.test(prev?.text ?? '') || mentions(before, rest, /棋/u, 6), sense: /^brilliant move/ },
  // 最后一轮, 新一轮: a round (not the first).
  { word: '一轮', when: ({ prev }) => prev !== undefined && /^(?:最后|新|又|这|下|上|另|再|第|每)$/u.test(prev.text), gloss: 'a round (of a match, talks…): 一 one + 轮 round', sense: /^a round/ },
  // 后手迎战 (of chess): playing second.
  { word: '后手', when: ({ before, rest }) => mentions(before, rest, /(?:棋|先手|执黑|执白|迎战|对局)/u, 6), gloss: '(chess) the second move; to play second', sense: /^\(chess\) the second move/ },
  // 赛会纪录: the competition, a sports meet (not a religious procession).
  { word: '赛会', when: ({ next, before, rest }) => /^(?:纪录|记录|期间|组委会|官方|冠军|史上)/u.test(next?.text ?? '') || mentions(before, rest, /(?:比赛|马拉松|选手|冠军|运动员|成绩|纪录)/u, 6), gloss: 'competition; sports meet (赛会纪录 "meet record")', sense: /^competition; sports meet/ },
  // 一方石碑, 两方印章: the classifier for square things (steles, seals), after a number.
  { word: '方', when: ({ self, prev, rest }) => self?.text === '方' && prev !== undefined && isNumber(prev) && rest().slice(0, 3).some((x) => /(?:碑|印|印章|图章|砚|砚台|手帕|手绢|丝巾|匾|石刻)$/u.test(x.text)), sense: /^classifier for square things/ },
  // 养头猪, 牵了头牛: the classifier for livestock, before the animal.
  { word: '头', when: ({ self, prev, next }) => self?.text === '头' && prev !== undefined && (isNumber(prev) || /^v/.test(prev.tag)) && /^(?:猪|牛|羊|驴|骡|骡子|马|象|大象|鲸|狮子|老虎|熊|骆驼|奶牛|黄牛|水牛|母猪|肥猪|小猪|牦牛)$/u.test(next?.text ?? ''), sense: /^classifier for pigs or livestock/ },
  // 於斯为盛, 斯人已逝, 逝者如斯: (literary) this, not Slovakia.
  { word: '斯', when: ({ self, prev, next }) => self?.text === '斯' && (/^(?:於|于|在|如|至|以|生于|长于|若)$/u.test(prev?.text ?? '') || /^(?:为|人|时|地|言|世|民|乃|则|亦)$/u.test(next?.text ?? '')), sense: /^this$/, entry: 'si1' },
  // 池水立涸: at once, before a verb of one character closing the clause.
  { word: '立', when: ({ self, prev, next, rest }) => self?.text === '立' && prev !== undefined && /^(?:n|r)/.test(prev.tag) && next !== undefined && next.text.length === 1 && /^(?:v|zg)$/.test(next.tag) && !/^[了着过在起正好下定足即刻马]$/u.test(next.text) && (rest()[1] === undefined || /^[，。！？；、]$/u.test(rest()[1]?.text ?? '')), sense: /^at once/ },
  // 多乎哉, 不亦乐乎: the classical final particle of a question or wonder.
  { word: '乎', when: ({ self, next }) => self?.text === '乎' && (next === undefined || /^(?:哉|[，。！？；?!])$/u.test(next.text)), sense: /^\(classical final particle/ },
  // 在墙上题了一首诗, 题字: inscribing.
  { word: '题', when: ({ self, prev, next }) => self?.text === '题' && (/^(?:了|过|着|上|下|写|字|诗|词|一首|首|匾|名|词一首)$/u.test(next?.text ?? '') || /上$/u.test(prev?.text ?? '')), sense: /^to inscribe/ },
  // 让他三尺: yielding (ground, a step) to someone.
  { word: '让', when: ({ self, rest }) => self?.text === '让' && rest().slice(0, 4).some((x, k) => /^[尺步寸分里]$/u.test(x.text) && k > 0 && isNumber(rest()[k - 1] ?? x)), sense: /^to yield/ },
  // 仗剑去国: holding a weapon.
  { word: '仗', when: ({ self, next }) => self?.text === '仗' && /^(?:剑|刀|枪|戟|戈|长剑|宝剑)$/u.test(next?.text ?? ''), sense: /^to hold \(a weapon\)/ },
  // 发帖子, 帖子一夜之间火了: an online post (not a visiting card).
  { word: '帖子', when: ({ before, rest, earlier }) => [...before(), ...earlier().slice(0, 12), ...rest().slice(0, 8)].some((x) => /(?:网|发|转发|评论|赞|点赞|论坛|微博|朋友圈|阅读|浏览|网友|平台|账号|粉丝|小红书|抖音)$/u.test(x.text)), sense: /\(forum\) post/ },
  // 十几万个赞, 点个赞: a like on social media.
  { word: '赞', when: ({ self, prev }) => self?.text === '赞' && prev !== undefined && (/^(?:个|点|点个|点了|万|千|百|几|收到|获得|多)$/u.test(prev.text) || /[个万千百]$/u.test(prev.text)), sense: /^a like/, gloss: 'a like (on social media)' },
  // 拍个片子, 拍张片: an X-ray (or a scan), a classifier between.
  { word: '拍', when: ({ self, next, rest }) => self?.text === '拍' && /^(?:个|张|了|一张|一个)$/u.test(next?.text ?? '') && /^(?:片子|片|CT|胸片|X光片)$/u.test(rest()[1]?.text ?? ''), sense: /^to take \(an X-ray/, gloss: 'to take (an X-ray, a scan)' },
  // 开了一盒甘草片: prescribing a drug, a few words on.
  { word: '开', when: ({ self, rest }) => self?.text === '开' && clauseOf(rest()).slice(0, 7).some((x) => x.text === '片' || /(?:[^照卡名相]片|药|胶囊|冲剂|颗粒|处方)$/u.test(x.text)), sense: /^to prescribe/, gloss: 'to prescribe (medicine)' },
  // 用水煎两次, 煎药: decocting herbs in water.
  { word: '煎', when: ({ self, prev, next, before, rest }) => self?.text === '煎' && (/水$/u.test(prev?.text ?? '') || /^(?:药|中药|汤药|服)$/u.test(next?.text ?? '') || mentions(before, rest, /(?:药|中药|汤药|剂|服)$/u, 4)), sense: /^to decoct/, gloss: 'to decoct (herbs, simmered in water)' },
  // 补一补, 补补身体: building the body up with food or a tonic.
  { word: '补', when: ({ self, next, before, rest }) => self?.text === '补' && (/^(?:一补|补|身体|身子|气血|血|钙|营养)$/u.test(next?.text ?? '') || (next?.text === '一' && rest()[1]?.text === '补')) && mentions(before, rest, /(?:吃|喝|汤|阿胶|营养|身体|身子|气血|炖|补品|鸡汤)/u, 6), sense: /^to nourish/, gloss: 'to nourish (the body, with food or a tonic)' },
  // 管他叫“欧阳大夫”, 管“膝盖”叫“波罗盖儿”: 管…叫 "to call someone something".
  { word: '管', when: ({ self, rest }) => self?.text === '管' && rest().slice(1, 6).some((x) => x.text === '叫'), sense: /^\(in 管…叫…\)/, gloss: '(in 管…叫…) to call (someone or something by a name)' },
  // 作文题不好写: hard to, before a verb of one character.
  { word: '不好', when: ({ next }) => next !== undefined && next.text.length === 1 && /^v/.test(next.tag) && !/^[了着过]$/u.test(next.text), sense: /^not easy to/, gloss: 'not easy to; hard to (不好写 "hard to write")' },
  // 吃了么？: the question particle (see ./pinyin/rules).
  { word: '么', when: ({ self, prev, next }) => self?.text === '么' && (next === undefined || !HAN_TEXT.test(next.text)) && /^(?:了|的|好|是|有|对|行|去|来|过|没|在)$/u.test(prev?.text ?? ''), sense: /^interrogative final particle/, entry: 'ma5' },
  // 包粽子, 包了三个 (粽子 named before): wrapping (dumplings, zongzi).
  { word: '包', when: ({ self, next, before, rest, earlier }) => self?.text === '包' && (/^(?:粽子|饺子|包子|馄饨|汤圆|春卷|云吞|扁食)/u.test(next?.text ?? '') || (/^(?:了|好|完)$/u.test(next?.text ?? '') && (mentions(before, rest, /(?:粽|饺|馄饨|汤圆|馅)/u, 6) || earlier().slice(0, 12).some((x) => /(?:粽|饺|馄饨|汤圆)/u.test(x.text))))), sense: /^to wrap/ },
  // 折叶子, 折成漏斗, 折纸: folding.
  { word: '折', when: ({ self, next }) => self?.text === '折' && /^(?:叶子|纸|成|好|起来|衣服|被子|纸鹤|纸船|千纸鹤|一折|两折|几下)/u.test(next?.text ?? ''), sense: /^to fold/ },
  // 米不能装得太满: filling (a bag, a leaf) with something.
  { word: '装', when: ({ self, next, rest }) => self?.text === '装' && next?.text === '得' && rest().slice(1, 4).some((x) => /^(?:太满|满|满满|很满|下|进|多|少)$/u.test(x.text)), sense: /^to load|^to pack/ },
  // 爽快的重庆人: frank and straightforward, of a person.
  { word: '爽快', when: ({ next, rest }) => next?.text === '的' && rest().slice(1, 3).some((x) => /(?:人|老板|姑娘|小伙|小伙子|性格|大姐|大哥|汉子)$/u.test(x.text)), sense: /^frank/ },
  // 发大财, 发了财: getting rich.
  { word: '发', when: ({ self, next, rest }) => self?.text === '发' && ((next?.text === '大' && rest()[1]?.text === '财') || next?.text === '财' || (next?.text === '了' && rest()[1]?.text === '财')), sense: /^to make a bundle of money/ },
  // 修起这么大的桥, 修起了大坝: building (a bridge, a dam) up, the thing a few words on.
  { word: '修', when: ({ self, next, rest }) => self?.text === '修' && /^(?:起|起来|起了|好了|通)$/u.test(next?.text ?? '') && clauseOf(rest()).slice(0, 6).some((x) => /(?:路|桥|公路|铁路|水库|大坝|坝|房子|房|楼|堤|渠|隧道|高速|地铁)$/u.test(x.text)), sense: /^to build$/ },
  // 根本开不进来, 根本睡不着: (not) at all, before a verb that cannot reach its result.
  { word: '根本', when: ({ next }) => next !== undefined && /^\p{Script=Han}+不\p{Script=Han}/u.test(next.text) && !/^不/u.test(next.text), sense: /^\(not\) at all/ },
  // 拼手速, 拼网速: racing, going all out at.
  { word: '拼', when: ({ self, next }) => self?.text === '拼' && /速$/u.test(next?.text ?? ''), sense: /^to compete on/, gloss: 'to compete on; to go all out on' },
  // 她算了半天: working it out, a while.
  { word: '算', when: ({ self, next, rest }) => self?.text === '算' && next?.text === '了' && /^(?:半天|好久|很久|一会儿|一晚上|一遍|几遍|又算|一夜)$/u.test(rest()[1]?.text ?? ''), sense: /^to calculate/ },
  // 靠在椅子上: leaning (on a chair, a wall).
  { word: '靠', when: ({ self, next, rest }) => self?.text === '靠' && next?.text === '在' && rest().slice(1, 4).some((x) => /(?:椅子|沙发|墙|门|窗|床|树|肩|怀里|背|栏杆|车)/u.test(x.text)), sense: /^to lean against/ },
  // 靠着几万块积蓄: living on (savings, a wage).
  { word: '靠', when: ({ self, next, rest }) => self?.text === '靠' && next?.text === '着' && rest().slice(1, 5).some((x) => /(?:积蓄|存款|工资|退休金|养老金|低保|补贴|收入|手艺|技术|关系|父母|家里|老本)$/u.test(x.text)), sense: /^to depend on/ },
  // 版本要八千多: costing so much.
  { word: '要', when: ({ self, prev, next, rest }) => self?.text === '要' && prev !== undefined && /^n/.test(prev.tag) && next?.tag === 'm' && (rest()[1] === undefined || !HAN_TEXT.test(rest()[1]?.text ?? '') || /^(?:元|块|万|钱|多|左右)/u.test(rest()[1]?.text ?? '')) && /[千万百元块]|多$/u.test(next.text), sense: /^to cost/, gloss: 'to cost; to take (so much money or time)' },
  // 道了歉, 道了谢, 道过别: saying (an apology, thanks, goodbye), the word 道歉 said apart.
  { word: '道', when: ({ self, next, rest }) => self?.text === '道' && /^(?:了|过|个|声)$/u.test(next?.text ?? '') && /^(?:歉|谢|别|喜|晚安)/u.test(rest()[1]?.text ?? ''), sense: /^to say/, gloss: 'to say; to express (道歉 "to apologize", 道谢 "to thank", said apart)' },
  // 没有理它, 不理他: paying attention to someone.
  { word: '理', when: ({ self, next }) => self?.text === '理' && /^(?:他|她|它|我|你|他们|她们|它们|我们|你们|人|谁)$/u.test(next?.text ?? ''), sense: /^to pay attention to/ },
  // 一朵花, 一束花: a flower, after its classifier.
  { word: '花', when: ({ self, prev }) => self?.text === '花' && /^(?:朵|束|盆|枝|株|丛|一朵|一束|一盆|一枝)$/u.test(prev?.text ?? ''), sense: /^flower/ },
  // 这笔旅游费, 一笔钱: a sum of money.
  { word: '笔', when: ({ self, prev, next, rest }) => self?.text === '笔' && prev !== undefined && (isNumber(prev) || /^(?:这|那|哪|每|几|一大|大)$/u.test(prev.text)) && /(?:费|钱|款|账|收入|开支|支出|交易|生意|投资|贷款|存款|资金|奖金|债|开销)/u.test((next?.text ?? '') + (rest()[1]?.text ?? '')), sense: /^\(classifier\) sum of money/ },
  // 存好了, 存钱, 存进银行: depositing money.
  { word: '存', when: ({ self, next, before, rest }) => self?.text === '存' && (/^(?:钱|款|进|入|到|定期|活期|银行|好|起来|了|着)/u.test(next?.text ?? '')) && mentions(before, rest, /(?:钱|元|万|块|费|银行|工资|存折|积蓄|账户)/u, 6), sense: /^to deposit/ },
  // 一眼望不到头, 走到头: the end.
  { word: '头', when: ({ self, prev, next }) => self?.text === '头' && (/^(?:到|不到|没有|没|尽)$/u.test(prev?.text ?? '') || /(?:不到|得到)$/u.test(prev?.text ?? '')) && (next === undefined || !HAN_TEXT.test(next.text) || /^(?:了|的)$/u.test(next.text)), sense: /^end$/ },
  // 一年比一年低, 一天比一天好: more and more (X 比 X).
  { word: '比', when: ({ self, prev, next, before, rest }) => self?.text === '比' && prev !== undefined && next !== undefined && sameBothSides(prev, next, before, rest) && /(?:年|天|月|次|个|代|届|回|场)$/u.test(prev.text), sense: /^\(followed by a noun and (?:an )?adjective\)/ },
  // 养殖塘, 鱼塘, 塘里: a pond.
  { word: '塘', when: ({ self, prev, next }) => self?.text === '塘' && (/(?:养殖|鱼|虾|蟹|荷|池|水)$/u.test(prev?.text ?? '') || /^(?:里|中|边|底|水)$/u.test(next?.text ?? '') || prev === undefined), sense: /^pool or pond/ },
  // 年过六旬: a decade of age.
  { word: '旬', when: ({ self, prev, before }) => self?.text === '旬' && prev !== undefined && isNumber(prev) && before().slice(0, 3).some((x) => /^(?:年过|年逾|年近|年届|年已|已过|年)$/u.test(x.text)), sense: /^ten years/ },
  // 常德会战: a battle of the war.
  { word: '会战', when: ({ prev, before, rest }) => (prev !== undefined && /^(?:ns|nr)/.test(prev.tag)) || mentions(before, rest, /(?:抗战|战役|日军|部队|军|师|团|战场|阵地|牺牲)/u, 6), sense: /^\(military\) battle/ },
  // 连里的文书: the company clerk, a person (after a unit or before what they write).
  { word: '文书', when: ({ prev, next }) => /(?:连里|部队|营里|团里|连队|军中|的)$/u.test(prev?.text ?? '') && /^(?:代写|写|帮|给|记|抄|说)/u.test(next?.text ?? ''), sense: /^secretary/, gloss: 'clerk; secretary (a person who writes for a unit)' },
  // 入朝作战, 赴朝: into Korea, where the text is about the Korean War (入朝 is entering the court too).
  { word: '朝', when: ({ self, prev, before, rest, earlier }) => self?.text === '朝' && /^(?:入|赴|援|出兵|抗美援)$/u.test(prev?.text ?? '') && [...before(), ...earlier().slice(0, 10), ...rest().slice(0, 6)].some((x) => /(?:作战|参战|志愿军|部队|军|抗美援朝|慰问|战士|前线|老兵|战场|195[0-3])/u.test(x.text)), sense: /Korea/, entry: 'Chao2' },
  // 近两年的流水, 银行流水: business turnover.
  { word: '流水', when: ({ before, rest }) => mentions(before, rest, /(?:银行|账户|贷款|收入|营业|营业额|生意|店|公司|月|年|证明|审核|账)/u, 6), sense: /^\(business\) turnover/ },
  // 民间借贷, 借贷纠纷: lending money (not a balance sheet's items).
  { word: '借贷', when: () => true, sense: /^to borrow or lend/ },
  // 成了香饽饽: something everyone wants.
  { word: '香饽饽', when: ({ prev }) => /^(?:成了|成为|是|变成|当|就是|成|了)$/u.test(prev?.text ?? ''), sense: /^sth that is in high demand/ },
  // 处50元以上罚款, 可处5万元罚款: imposing a fine of so much.
  { word: '处', when: ({ self, next, rest }) => self?.text === '处' && next !== undefined && isNumber(next) && clauseOf(rest()).slice(0, 8).some((x) => /^(?:罚款|罚金|拘留|罚)$/u.test(x.text)), sense: /^to punish|^to discipline/, gloss: 'to impose (a penalty or a fine)' },
  // 在这行干了三十年: a line of work.
  { word: '行', when: ({ self, prev, next }) => self?.text === '行' && /^(?:这|那|这一|那一|哪)$/u.test(prev?.text ?? '') && /^(?:干|做|待|混|里|的|有|当|入|上)/u.test(next?.text ?? ''), sense: /line of business/ },
  // 天下起了小雨: rain or snow beginning to fall.
  { word: '下', when: ({ self, next, rest }) => self?.text === '下' && /^(?:起|起了)$/u.test(next?.text ?? '') && rest().slice(1, 3).some((x) => /^(?:[大小暴中阵毛毛]*[雨雪]|冰雹)/u.test(x.text)), sense: /^to fall \(of rain/, gloss: 'to fall (of rain or snow); to go down' },
  // 不能独自下水, 禁止下水: going into the water (not downstream).
  { word: '下水', when: ({ prev }) => /^(?:独自|不能|不要|禁止|私自|严禁|勿|别|敢|会|就|擅自|随便|贸然|请勿|一起|先)$/u.test(prev?.text ?? ''), sense: /^to go into the water/ },
  // 背包别装太重: packing (a bag).
  { word: '装', when: ({ self, next, before }) => self?.text === '装' && next?.text !== '着' && before().slice(0, 4).some((x) => /(?:背包|包|行李|箱子|袋子|书包|口袋)$/u.test(x.text)), sense: /^to pack/ },
  // 过去一年, 过去的五年: the past (year, years).
  { word: '过去', when: ({ next, rest }) => /^(?:[一几两三四五六七八九十数多]|的|一段|这|那)/u.test(next?.text ?? '') && /^(?:年|几年|天|周|个月|段|的|时|日|些|阶段|时期|岁月|十|年来)/u.test((next?.text.length ?? 0) > 1 ? (next?.text.slice(1) ?? '') : (rest()[1]?.text ?? (next?.text ?? ''))), sense: /^\(in the\) past/, entry: 'guo4 qu4' },
  // 一定散场, 一定要: must, before what is to be done.
  { word: '一定', when: ({ prev, next }) => next !== undefined && !/^(?:有|没有|产生|受到|含有|具有|取得|得到|存在|达到|造成|起到|带来|形成)$/u.test(prev?.text ?? '') && (/^v$/.test(next.tag) || /^(?:要|会|能|得|是|不|没|别)$/u.test(next.text)), sense: /^surely/ },
  // 价钱也公道: fair (a price), not justice.
  { word: '公道', when: ({ prev, before }) => /^(?:也|很|挺|还|还算|都|比较|特别|非常|真|算|蛮)$/u.test(prev?.text ?? '') || before().slice(0, 4).some((x) => /价/u.test(x.text)), sense: /^fair$/, entry: 'gong1 dao5' },
  // 他一刀下去: a chop (the classifier for cuts).
  { word: '刀', when: ({ self, prev, next }) => self?.text === '刀' && /^(?:一|两|几|三)$/u.test(prev?.text ?? '') && /^(?:下去|下|切|砍|剁|就)/u.test(next?.text ?? ''), sense: /^classifier for knife cuts/ },
  // 说个事儿, 有件事儿: a matter to tell.
  { word: '事儿', when: ({ prev }) => /^(?:个|件|点|这|那|啥|什么|有|没|一件|这件|那件)$/u.test(prev?.text ?? ''), sense: /^matter that needs/ },
  // 爱面子, 就知道面子: face, prestige (not an outer surface).
  { word: '面子', when: ({ prev }) => /^(?:要|爱|给|丢|知道|顾|讲|没|有|留|争|的|死要|好)$/u.test(prev?.text ?? ''), sense: /^social prestige/ },
  // 想死你了, 想死我了: missing someone terribly.
  { word: '想', when: ({ self, next }) => self?.text === '想' && next?.text === '死', sense: /^to miss/ },
  // 就在老房子过, 过个好年: spending (the New Year, a festival).
  { word: '过', when: ({ self, before, rest, earlier }) => self?.text === '过' && (before().some((x) => /^(?:在|回|到|去)$/u.test(x.text)) || /^(?:年|节|生日|个)/u.test(rest()[0]?.text ?? '')) && [...before(), ...rest().slice(0, 3), ...earlier().slice(0, 8)].some((x) => /^(?:年|春节|新年|除夕|中秋|端午|生日|节|过年)$/u.test(x.text)) && (rest()[0] === undefined || !HAN_TEXT.test(rest()[0]?.text ?? '') || /^(?:年|节|生日|个)/u.test(rest()[0]?.text ?? '')), sense: /^to celebrate \(a holiday\)/ },
  // 一个人才花三百多, 一个人要交五十: per person, before what each pays (not "by oneself").
  { word: '一个人', when: ({ next, rest }) => /^(?:才|就|要|花|得|收|交|付|只要|只)$/u.test(next?.text ?? '') && rest().slice(1, 4).some((x) => isNumber(x)), sense: /^one person/, gloss: 'one person; per person (一个 one + 人 person)' },
  // 等得不耐烦, 等得心焦: waiting, and how it felt.
  { word: '等', when: ({ self, next }) => self?.text === '等' && next?.text === '得', sense: /^to wait for/ },
  // 又快又准: accurate, the second of two qualities (not 又准了一天假, "allowed").
  { word: '准', when: ({ prev, next }) => prev?.text === '又' && (next === undefined || !HAN_TEXT.test(next.text) || next.text === '又'), sense: /^accurate$/, entry: 'zhun3' },
  // 哼着评剧, 哼起小曲: humming a tune.
  { word: '哼', when: ({ self, next, rest }) => self?.text === '哼' && /^(?:着|起|了|起了|两句|几句)$/u.test(next?.text ?? '') && rest().slice(0, 4).some((x) => /(?:歌|曲|调|戏|剧|京剧|评剧|越剧|黄梅戏|小曲|小调|旋律)$/u.test(x.text)), sense: /^to hum/ },
  // 红的、黄的、粉的: pink, among colours.
  { word: '粉', when: ({ self, next, before }) => self?.text === '粉' && next?.text === '的' && before().some((x) => /^(?:红|黄|白|绿|蓝|紫|黑|橙|红色|黄色|白色)$/u.test(x.text)), sense: /^pink$/ },
  // 讨一点, 讨口饭吃, 讨个说法: asking for something.
  { word: '讨', when: ({ self, next }) => self?.text === '讨' && /^(?:一点|一点儿|点|些|一些|口|一口|碗|一碗|个|一个|杯|钱|饭|债|说法|公道|生活|工钱|薪)/u.test(next?.text ?? ''), sense: /^to demand or ask for/ },
  // 人称“老李头”: known as (not a grammatical person).
  { word: '人称', when: ({ next }) => next !== undefined && (/^[“"「‘]$/u.test(next.text) || /^nr/.test(next.tag)), sense: /^known as/ },
  // 味道确实地道, 做得很地道: authentic (not a tunnel).
  { word: '地道', when: ({ prev, next }) => prev !== undefined && (DEGREE_BEFORE.test(prev.text) || /^(?:确实|真|不|够|得|也|都|还|正宗|味道|口味)$/u.test(prev.text) || /(?:味道|口味|手艺|做法|口音)$/u.test(prev.text)) && (next === undefined || !/^n/.test(next.tag)), sense: /^authentic/, entry: 'di4 dao5' },
  // 黑洞的质量, 太阳质量: mass, in physics.
  { word: '质量', when: ({ before, rest, earlier }) => [...before(), ...earlier().slice(0, 10), ...rest().slice(0, 6)].some((x) => /(?:黑洞|引力|天体|恒星|太阳|星系|地球|物体|原子|粒子|千克|公斤|吨|密度|体积|光速|宇宙)$/u.test(x.text)), sense: /^\(physics\) mass/ },
  // 叶片变黄, 叶片里的叶绿素: a plant's leaf (not a propeller's blade).
  { word: '叶片', when: ({ before, rest }) => mentions(before, rest, /(?:叶绿素|树|植物|光合|秋天|变黄|变红|落叶|花|草|树叶|枫|银杏|叶子)/u, 6), sense: /^leaf$/ },
  // 满月的夜晚, 农历十五满月: the full moon (not a baby's first month).
  { word: '满月', when: ({ before, rest }) => mentions(before, rest, /(?:月亮|农历|十五|十六|潮|夜|月光|新月|天文|引力|海水|大潮)/u, 6), sense: /^the full moon/ },
  // 离我们最近的黑洞: nearest, after 离 (not "recently").
  { word: '最近', when: ({ before, next }) => next?.text === '的' && before().slice(0, 6).some((x) => x.text === '离' || x.text === '距离' || x.text === '距'), sense: /^nearest$/ },
  // 睡上铺, 下铺: the upper or lower bunk (a word CC-CEDICT lacks).
  { word: '上铺', when: () => true, sense: /^upper bunk/, gloss: 'upper bunk (上 upper + 铺 bed)' },
  { word: '下铺', when: () => true, sense: /^lower bunk/, gloss: 'lower bunk (下 lower + 铺 bed)' },
  { word: '中铺', when: () => true, sense: /^middle bunk/, gloss: 'middle bunk (中 middle + 铺 bed)' },
  // 这一点很重要: this point (in a discussion), not "a bit" (这一点钱 stays a bit).
  { word: '一点', when: ({ prev, next }) => prev !== undefined && /^(?:这|那|哪|第)$/u.test(prev.text) && (next === undefined || !HAN_TEXT.test(next.text) || /^(?:很|是|上|非常|也|都|就|我|我们|大家|来|而言|看|说|特别|尤其|十分)$/u.test(next.text)), sense: /^a point \(in a discussion/ },
  // 留得住, 留下来: staying (not leaving a message).
  // (把卫瓘留在身边 keeps someone there: not after 把.)
  { word: '留', when: ({ next, rest, before }) => next !== undefined && !before().slice(0, 6).some((x) => x.text === '把') && (/^(?:得住|不住|下来|住|在|到)$/u.test(next.text) || ((next.text === '得' || next.text === '不') && /^(?:住|下|下来)$/u.test(rest()[1]?.text ?? ''))), sense: /^to stay$/ },
  // 降雨偏多, 价格偏高: on the high (low) side, away from the usual.
  { word: '偏', when: ({ next }) => next !== undefined && /^(?:多|少|高|低|大|小|重|轻|贵|晚|早|弱|强|瘦|胖|干|湿|冷|热|快|慢|长|短|咸|淡|硬|软|紧|松)$/u.test(next.text), sense: /^to deviate from average/ },  // 审结了一起…纠纷, 发生一起车祸: one case (一 + the classifier 起), when the clause names the case (not "together").
  { word: '一起', when: ({ prev, rest }) => (prev?.text === '了' || CASE_VERBS.test(prev?.text ?? '')) && clauseOf(rest()).slice(0, 10).some((s) => /(?:案件|案|事故|纠纷|火灾|事件|命案|车祸|诈骗案)$/u.test(s.text)), sense: /^an instance of/ },
  // 这条路是他爷爷修的, 桥是去年修的: built, where the road or bridge was named before.
  { word: '修', when: ({ self, next, before }) => self?.text === '修' && /^(?:的|了|起来|成)$/u.test(next?.text ?? '') && before().slice(0, 8).some((s) => /(?:路|桥|公路|铁路|水库|大坝|堤|渠|水渠|房子|庙)$/u.test(s.text)), sense: /^to build$/ },
  // 起了点风, 吃了点东西: a little, between a verb with 了 and what there is a little of.
  { word: '点', when: ({ self, prev, next, before }) => self?.text === '点' && prev?.text === '了' && next !== undefined && /^n/.test(next.tag) && Array.from(before()[1]?.text ?? '').length === 1 && /^v/.test(before()[1]?.tag ?? ''), sense: /^a little; a bit|^a small amount/ },
  // 风越刮越大, 要刮台风: the wind blows (not scraping).
  { word: '刮', when: ({ self, next, before }) => self?.text === '刮' && (/风$/u.test(next?.text ?? '') || before().slice(0, 4).some((s) => /风$/u.test(s.text))), sense: /^to blow/ },
  // 货全坏了, 菜都坏了: went bad (坏 + 了), after an adverb or what went bad (not the exclamation "oh no!").
  { word: '坏了', when: ({ prev }) => prev !== undefined && (/^(?:全|都|已经|早|快|也|又|就|全都|差点|给|被|要|彻底|容易)$/u.test(prev.text) || /^(?:n|nz|ng|r)$/.test(prev.tag)), sense: /./, gloss: 'to go bad; broken (坏 huài to spoil + 了 le)' },
  // 开着小船, 开渔船出海: piloting a boat.
  { word: '开', when: ({ self, next, rest }) => self?.text === '开' && /(?:船|艇|舟)$/u.test((/^(?:着|上|了|起)$/u.test(next?.text ?? '') ? rest()[1]?.text : next?.text) ?? ''), sense: /./, gloss: 'to pilot; to steer (a boat)' },
  // 长得很慢, 长得飞快: grows slowly (fast), of plants and animals (not how someone looks).
  { word: '长得', when: ({ next, rest }) => /^(?:快|慢|飞快|很快|很慢|特别快|特别慢|太快|太慢|比较慢|比较快)$/u.test(next?.text ?? '') || (/^(?:很|太|特别|比较|非常|更)$/u.test(next?.text ?? '') && /^(?:快|慢)$/u.test(rest()[1]?.text ?? '')), sense: /./, gloss: 'to grow (长 zhǎng to grow + 得 de, how)' },
  // 四个半月, 三个月: month, counted (not the moon).
  { word: '月', when: ({ prev }) => prev?.text === '半' || prev?.text === '个', sense: /^month$/ },
  // 她还说, 他还表示: also (said), before a verb of saying.
  { word: '还', when: ({ self, next }) => self?.text === '还' && /^(?:说|表示|介绍|提到|指出|透露|强调|告诉|坦言|建议|提醒|补充|答应|教|教会|帮|帮忙|送|送了|请|带来|带着)$/u.test(next?.text ?? ''), sense: /^also$/ },
  // 几代人, 三代人, 第五代传人: generations (of people).
  { word: '代', when: ({ prev, next }) => prev !== undefined && ((prev.tag === 'm' || /^(?:几|一|两|数|好几|上|下|这|那|每|新|老|年轻)$/u.test(prev.text)) && /^(?:人|传人|人的|以来|相传|同堂|人之间|之后|之前)$/u.test(next?.text ?? '') || /^第[一二三四五六七八九十]+$/u.test(prev.text)), sense: /^generation/ },
  // 叫了起来, 吵了起来: began (to shout, to quarrel), after a verb and 了.
  { word: '起来', when: ({ prev, before }) => prev?.text === '了' && /^v/.test(before()[1]?.tag ?? '') && Array.from(before()[1]?.text ?? '').length <= 2 && !/^(?:站|坐|爬|跳|抬|举|升|飞|立|挺|蹦|扶|拉|提|拿|捡|收|藏|包|绑|捆|关|锁|堆|叠|卷|盖|建|搭)$/u.test(before()[1]?.text ?? ''), sense: /^\(after a verb\) indicating the beginning/, entry: 'qi5 lai5' },
  // 当地街道, 街道办事处, 街道出面: the subdistrict (the neighbourhood's office), not a street.
  { word: '街道', when: ({ prev, next }) => /^(?:当地|所在|辖区|属地|社区|该|各|所属|区|镇|乡)$/u.test(prev?.text ?? '') || /^(?:办事处|办|干部|工作人员|党工委|党委|书记|主任|牵头|组织|联合|出面|协调|出资|负责)$/u.test(next?.text ?? ''), sense: /^subdistrict/ },
  // 不光吃得好，还能: not only (CC-CEDICT's "not the only one" is the rarer use).
  { word: '不光', when: () => true, sense: /^not only$/ },
  // 给老人上课, 为学生上课: teaching the class (not attending one).
  { word: '上课', when: ({ before }) => before().slice(0, 6).some((x) => (x.text === '给' || x.text === '为') && x.tag === 'p'), sense: /^to go to teach/ },
  // 郜大娘, 几十位大妈: auntie, how an older woman is addressed or called (not the father's brother's wife, after a possessive).
  { word: '大娘', when: ({ prev, before }) => !/^(?:我|你|他|她|我们|你们|他们|咱|咱们)$/u.test(prev?.text ?? '') && !(prev?.text === '的' && /^(?:我|你|他|她|我们|你们|他们|咱|咱们|爸爸|父亲)$/u.test(before()[1]?.text ?? '')), sense: /^aunt \(polite address\)/ },
  { word: '大妈', when: ({ prev, before }) => !/^(?:我|你|他|她|我们|你们|他们|咱|咱们)$/u.test(prev?.text ?? '') && !(prev?.text === '的' && /^(?:我|你|他|她|我们|你们|他们|咱|咱们|爸爸|父亲)$/u.test(before()[1]?.text ?? '')), sense: /^aunt \(affectionate/ },
  // 算了算, 算一算, 算算: working out the sums.
  { word: '算', when: ({ self, prev, next, rest, before }) => self?.text === '算' && ((next?.text === '了' && (rest()[1]?.text === '算' || rest()[1]?.text === '一下' || (/^一?笔/u.test(rest()[1]?.text ?? '') || (rest()[1]?.text === '一' && /^笔/u.test(rest()[2]?.text ?? ''))))) || (prev?.text === '了' && before()[1]?.text === '算') || /^(?:一算|算|账|一下|过|出|好|清楚|下来)$/u.test(next?.text ?? '')), sense: /^to calculate/ },
  // 耳朵有点儿背: hard of hearing.
  { word: '背', when: ({ self, before }) => self?.text === '背' && before().slice(0, 4).some((x) => /^(?:耳朵|耳|耳朵眼)$/u.test(x.text)), sense: /^hard of hearing/ },
  // 给顾客称石斑鱼, 称完, 称了三斤: weighing (goods at a stall).
  { word: '称', when: ({ self, next, before, rest }) => self?.text === '称' && (/^(?:完|好|一称|了称|重|一下|斤|秤)$/u.test(next?.text ?? '') || (next?.text === '了' && /^(?:点|点儿|一点|些|[一二两三四五六七八九十半几]+[斤两克])/u.test(rest()[1]?.text ?? '')) || before().slice(0, 4).some((x) => /^(?:顾客|客人|摊主|秤|过秤)$/u.test(x.text)) || rest().slice(0, 4).some((x) => /^(?:[0-9０-９一二三四五六七八九十两半几]+)?(?:斤|公斤|两|克)$/u.test(x.text))), sense: /^to weigh/ },
  // 夸她有灵气, 老师夸孩子: praising someone (not boasting).
  { word: '夸', when: ({ self, next }) => self?.text === '夸' && next !== undefined && (/^(?:r|nr)$/.test(next.tag) || /^(?:孩子|学生|儿子|女儿|大家|别人|对方|徒弟|老师|好|得|了|过|赞|奖)/u.test(next.text)), sense: /^to praise/ },
  // 有灵气, 很有灵气: cleverness, flair (of a person or their work).
  { word: '灵气', when: ({ prev }) => /^(?:有|很有|没有|的|充满)$/u.test(prev?.text ?? ''), sense: /^cleverness/ },
  // 新编京剧, 新编历史剧: newly written (a play, a textbook).
  { word: '新编', when: ({ next }) => /(?:剧|戏|京剧|昆曲|话剧|教材|版|小说|故事|歌|舞剧)$/u.test(next?.text ?? ''), sense: /^to compile anew/ },
  // 学青衣, 唱青衣: the young female role of Peking opera.
  { word: '青衣', when: ({ before, rest }) => mentions(before, rest, /(?:京剧|戏|唱|花旦|老生|师父|剧团|戏曲|昆曲|行当|扮演|角色|学)/u, 6), sense: /role in Chinese opera/ },
  // 做青、杀青、揉捻: a step of making tea (not finishing a film).
  { word: '杀青', when: ({ before, rest, earlier }) => [...before(), ...earlier().slice(0, 10), ...rest().slice(0, 6)].some((x) => /(?:茶|做青|揉捻|萎凋|炒|烘|摇青|锅|鲜叶|茶青)/u.test(x.text)), sense: /^to kill-green/ },
  // 茶要慢慢品, 细细品: tasting, savouring.
  { word: '品', when: ({ self, prev, next }) => self?.text === '品' && (/^(?:慢慢|细细|仔细|好好|慢|细|来|去|再|一|品)$/u.test(prev?.text ?? '') || /^(?:茶|酒|尝|味|一品|出|着)$/u.test(next?.text ?? '')), sense: /^to taste/ },
  // 要刻三千多刀, 刻字, 刻章: carving.
  { word: '刻', when: ({ self, prev, next }) => self?.text === '刻' && ((next !== undefined && (next.tag === 'm' || /^(?:字|章|印|出|好|在|上|成|着|了|下|刀|记号|痕|线|花)/u.test(next.text))) || /^(?:要|会|在|正在|能|慢慢|精心|用|手工|亲手)$/u.test(prev?.text ?? '')), sense: /^to carve/ },
  // 刻三千多刀, 砍了两刀: so many cuts of a knife.
  { word: '刀', when: ({ self, prev, before }) => self?.text === '刀' && prev !== undefined && (isNumber(prev) || /[0-9０-９一二三四五六七八九十百千万几多]$/u.test(prev.text)) && before().slice(0, 4).some((x) => /^(?:刻|切|砍|剁|划|捅|割|雕|刺|刮)/u.test(x.text)), sense: /^classifier for knife cuts/ },
  // 唱下去, 传下去, 这样下去: going on (continuing).
  { word: '下去', when: ({ prev }) => prev !== undefined && (((/^v/.test(prev.tag) || oneCharacterVerb(prev)) && !/^(?:走|跑|跳|坐|掉|沉|滚|爬|跌|咽|吞|摔|落|降|蹲|躺|趴|倒|滑|冲|扑|流|踩|按|压|跪)$/u.test(prev.text)) || /^(?:这样|那样|再|继续|一直|长期|就这样|照这样|坚持|活|干)$/u.test(prev.text)), sense: /^to go on/ },
  // 一堵就是两个小时, 路上堵了: stuck in traffic (not a wall).
  { word: '堵', when: ({ self, prev, next, before }) => self?.text === '堵' && (prev?.text === '一' || /^(?:了|着|在|车|住|得)/u.test(next?.text ?? '') || before().slice(0, 4).some((x) => /(?:路|车|高速|交通|早高峰|晚高峰)/u.test(x.text))) && !/^(?:墙|围墙|高墙|矮墙)/u.test(next?.text ?? ''), sense: /^to block up/ },
  // 虽然累，可…: but (after a concession).
  { word: '可', when: ({ self, prev, earlier }) => self?.text === '可' && /^[，,]$/u.test(prev?.text ?? '') && earlier().slice(0, 8).some((x) => /^(?:虽然|虽|尽管|虽说)$/u.test(x.text)), sense: /^but; however/ },
  // 换了电车, 电车充电: an electric car (where charging or cars are spoken of).
  { word: '电车', when: ({ before, rest, earlier }) => [...before(), ...earlier().slice(0, 12), ...rest().slice(0, 8)].some((x) => /(?:充电|油车|油钱|加油|续航|电池|开车|新能源|车主|买车|换车|快充|电费|充电桩|燃油)/u.test(x.text)), sense: /^electric car/ },
  // 快充桩, 二十个桩: a charging post (a post, a stake), counted or charging.
  { word: '桩', when: ({ self, prev, before }) => self?.text === '桩' && ((prev !== undefined && /(?:充|电|充电|快充|慢充|木|石|树|拴马)$/u.test(prev.text)) || before().slice(0, 4).some((x) => /(?:充电|快充|慢充)/u.test(x.text))), sense: /^stump; stake; pile/ },
  // 一度电, 几度电: a kilowatt-hour.
  { word: '度', when: ({ self, prev, next }) => self?.text === '度' && next?.text === '电' && prev !== undefined && (isNumber(prev) || /^[一二两三四五六七八九十百千几多每]$/u.test(prev.text)), sense: /^kilowatt-hour/ },
  // 不用等, 得等, 等了半天: waiting.
  { word: '等', when: ({ self, prev, next }) => self?.text === '等' && ((/^(?:不用|不必|没|没有|别|再|先|要|得|还得|还要|只能|只好|耐心|一直|慢慢|都|也|就)$/u.test(prev?.text ?? '') && (next === undefined || !HAN_TEXT.test(next.text) || /^(?:了|着|到|一会儿|一下|半天|多久|很久|着急)/u.test(next.text))) || /^(?:一边|边)$/u.test(prev?.text ?? '') || /^(?:单|车|饭|你|我|他|她|公交|电梯|消息|通知|结果)$/u.test(next?.text ?? '')), sense: /^to wait for/ },
  // 拍了照, 照了张相: a photo.
  { word: '照', when: ({ self, prev, before }) => self?.text === '照' && (prev?.text === '了' || prev?.text === '张') && before().slice(0, 3).some((x) => /^(?:拍|照|合)$/u.test(x.text)), sense: /^photo$/ },
  // 连按了十几分钟, 连下了三天: continuously, before a verb with its aspect (not "even").
  { word: '连', when: ({ self, next, rest }) => self?.text === '连' && next !== undefined && /^v/.test(next.tag) && /^(?:了|着)$/u.test(rest()[1]?.text ?? ''), sense: /^continuously/ },
  // 没人理, 不理他: paying heed to someone.
  { word: '理', when: ({ self, prev }) => self?.text === '理' && /^(?:没人|没|不|别|谁也不|都不|懒得|爱理不)$/u.test(prev?.text ?? ''), sense: /^to pay attention to/ },
  // 不敢还嘴, 还手: answering (hitting) back.
  { word: '还', when: ({ self, next }) => self?.text === '还' && /^(?:嘴|手)$/u.test(next?.text ?? ''), sense: /./, gloss: 'to return; to give back (还嘴 huánzuǐ to answer back, 还手 to hit back)' },
  // 拍了片子, 拍片子: an X-ray.
  { word: '片子', when: ({ before }) => before().slice(0, 3).some((x) => /^(?:拍|照|拍了|照了|看)$/u.test(x.text)), sense: /^X-ray image/ },
  // 养了一条金毛: a golden retriever.
  { word: '金毛', when: ({ prev, before }) => /^(?:条|只|一条|一只|这条|那只|家的|的)$/u.test(prev?.text ?? '') || before().slice(0, 4).some((x) => /^(?:养|遛|狗)$/u.test(x.text)), sense: /golden retriever/ },
  // 只是个意思, 一点意思: a token (of goodwill).
  { word: '意思', when: ({ prev }) => /^(?:个|点|一点|一点儿|小)$/u.test(prev?.text ?? ''), sense: /^token of appreciation/ },
  // 各让一步, 让路, 让座: giving way.
  { word: '让', when: ({ self, next, rest }) => self?.text === '让' && (/^(?:一步|步|路|座|座位|位|行|开|出|给|利)$/u.test(next?.text ?? '') || (next?.text === '一' && rest()[1]?.text === '步')), sense: /^to yield/ },
  // 亲一个, 亲了一下: kissing.
  { word: '亲', when: ({ self, next }) => self?.text === '亲' && /^(?:一个|一下|一口|了|着|脸|嘴)$/u.test(next?.text ?? ''), sense: /^to kiss/ },
  // 请双方父母上台, 上台领奖: going up on the stage.
  { word: '上台', when: ({ prev, rest, before }) => /^(?:请|被请|邀请|走|一起|先后|依次|登|跑|我们|轮到)$/u.test(prev?.text ?? '') || before().slice(0, 4).some((x) => /^(?:请|邀请|轮到)$/u.test(x.text)) || rest().slice(0, 4).some((x) => /^(?:讲话|致辞|表演|领奖|演唱|发言|演出|献唱|致谢|合影|拨穗)/u.test(x.text)), sense: /^to go on stage/ },
  // 七斤二两: taels, after a number of catties.
  { word: '两', when: ({ self, prev, before }) => self?.text === '两' && prev !== undefined && isNumber(prev) && /斤$/u.test(before()[1]?.text ?? ''), sense: /^tael/ },
  // 早餐摊, 水果摊: a vendor's stall.
  { word: '摊', when: ({ self, prev, next }) => self?.text === '摊' && ((prev !== undefined && /(?:早餐|早点|水果|小吃|菜|地|路边|烧烤|报|煎饼|书|鱼|肉|夜市)$/u.test(prev.text)) || /^(?:位|主|子|点|前|上)$/u.test(next?.text ?? '')), sense: /^vendor's stand/ },
  // 裁缝铺, 杂货铺, 修车铺: a shop, after what it sells or does (not a bunk, 上铺, 卧铺, 床铺; the
  // verb pū, 铺着, has no "shop" to lead with).
  // (…before what a shop has or does, or where the clause ends: not 铺地, 铺有, 铺至, paving.)
  { word: '铺', when: ({ self, prev, next }) => self?.text === '铺' && prev !== undefined && (/(?:裁缝|杂货|肉|当|店|小|药|布|鞋|米|面|铁匠|豆腐|烟|茶|凉茶|包子|早点|烧饼|粮|书|饭|修车|修鞋|棺材|寿衣)$/u.test(prev.text) || (/\p{Script=Han}$/u.test(prev.text) && !/(?:上|下|中|卧|床|通|硬|软|地|一|了|着|在|把|要|来|去|再|又|就|都|也|密)$/u.test(prev.text) && (next === undefined || !HAN_TEXT.test(next.text) || /^(?:的|和|与|里|子|面|老板|主|掌柜|门|门口|前|后|旁|生意|关门|开张|开业|都|也|是|就|还|已经|早已|如今|现在)$/u.test(next.text)))), sense: /^shop$/ },
  // 拿手活, 干活, 农活: work.
  { word: '活', when: ({ self, prev }) => self?.text === '活' && prev !== undefined && /^(?:拿手|干|农|细|粗|累|重|针线|这|那|手头|手里|零)$/u.test(prev.text), sense: /^work$/ },
  // 香烟 is a cigarette, but where incense is burned for the ancestors.
  { word: '香烟', when: ({ before, rest, earlier }) => ![...before(), ...earlier().slice(0, 10), ...rest().slice(0, 6)].some((x) => /(?:烧香|香炉|祭|祖|庙|供|佛|祠|断了)/u.test(x.text)), sense: /^cigarette$/ },
  // 水电费, 房租水电一千多: water and electricity (the bills), not hydroelectric power.
  { word: '水电', when: ({ next, before, rest }) => /^(?:费|气|煤|暖)/u.test(next?.text ?? '') || mentions(before, rest, /(?:房租|租金|开销|物业|费|交)/u, 4), sense: /./, gloss: 'water and electricity (the bills); plumbing and electricity' },
  // 再熬一年, 熬过去: enduring (a hard time).
  { word: '熬', when: ({ self, next }) => self?.text === '熬' && next !== undefined && (next.tag === 'm' || /^(?:日子|过去|过来|下去|不住|不下去|出头)/u.test(next.text)) && !/^(?:粥|汤|药|夜|成|一锅|出|一碗|碗)/u.test(next.text), sense: /^to endure/ },
  // 油烟: cooking fumes (CC-CEDICT has only soot and lampblack).
  { word: '油烟', when: () => true, sense: /./, gloss: 'cooking fumes; oily smoke (also: soot, lampblack)' },
  // 连锁店, 连锁超市: a chain (of shops).
  { word: '连锁', when: ({ next }) => /(?:店|超市|酒店|品牌|餐厅|便利店|药店|企业|经营|门店|商店)$/u.test(next?.text ?? ''), sense: /^chain/ },
  // 剪一次十五块, 剪头发: cutting (hair).
  { word: '剪', when: ({ self, next }) => self?.text === '剪' && /^(?:一次|一下|头发|头|短|个|发|了|完|好|掉|断|开|指甲|纸|窗花)/u.test(next?.text ?? ''), sense: /^to cut as with scissors/ },
  // 剪一次十五块, 去一次: once (after a verb), not "the first time".
  { word: '一次', when: ({ prev, next }) => prev !== undefined && /^v/.test(prev.tag) && Array.from(prev.text).length === 1 && (next === undefined || !HAN_TEXT.test(next.text) || /^m/.test(next.tag) || /^(?:就|也|都|要|得|才|收|花)$/u.test(next.text)), sense: /^once$/ },
  // 豆豆的烧退了, 又烧起来了: a fever, where a temperature is spoken of.
  { word: '烧', when: ({ self, prev, next, before, rest, earlier }) => self?.text === '烧' && (/^(?:退|不退)/u.test(next?.text ?? '') || ((/^(?:起来|了|得|到)/u.test(next?.text ?? '') || /^(?:的|发|高|低)$/u.test(prev?.text ?? '')) && [...before(), ...earlier().slice(0, 12), ...rest().slice(0, 6)].some((x) => /(?:发烧|高烧|低烧|退烧|体温|度|烧退|烧起来|医院|感冒|药)/u.test(x.text)))), sense: /^fever/ },
  // 十二床的老人: bed number twelve (a hospital bed), not a quilt's classifier.
  { word: '床', when: ({ self, prev, next, before, rest }) => self?.text === '床' && prev !== undefined && isNumber(prev) && (/^(?:的|病人|老人|患者|病友)$/u.test(next?.text ?? '') || mentions(before, rest, /(?:病房|护士|医生|病人|患者|住院)/u, 6)), sense: /^bed; couch/ },
  // 给她点了赞: a "like" (点赞).
  { word: '赞', when: ({ self, prev, before }) => self?.text === '赞' && (prev?.text === '点' || (prev?.text === '了' && before()[1]?.text === '点') || /^(?:个|一个|点个)$/u.test(prev?.text ?? '')), sense: /./, gloss: 'a "like" (点赞 to like a post); praise' },
  // 天快亮的时候, 快到了: soon, almost.
  { word: '快', when: ({ self, prev, next, rest }) => self?.text === '快' && /^(?:都|也|就|已经|眼看|眼瞅着|马上|天|都已经)$/u.test(prev?.text ?? '') && next !== undefined && /^(?:v|a)/.test(next.tag) && (rest().slice(1, 3).some((x) => x.text === '了' || x.text === '的时候' || x.text === '时') || /^(?:亮|黑|到|完|好|满|放假|过年|下班|下雨|结束|开始)/u.test(next.text)), sense: /^soon$/ },
  // 可每当…, 可跑起来: but, where a clause starts.
  { word: '可', when: ({ self, prev, next }) => self?.text === '可' && (prev === undefined || /^[，,。！？；]$/u.test(prev.text)) && next !== undefined && HAN_TEXT.test(next.text) && /^(?:n|r|nr|ns|t|d|m|a|c|f)/.test(next.tag) && !/^(?:能|以|不|是|见|爱|怜|惜|口|乐|行|靠|观|怕|恶|笑|喜|贵|谓|在|于|向|到|从|凭|通过|直接|免费|自行|随时|自由|根据|按|拨打|登录|关注|扫码|前往|致电|供|将|把|使|让|令|优先|分别|同时)/u.test(next.text) && !/^p/.test(next.tag), sense: /^but; however/ },
  // 第一次上天, 送上天: flying into the sky (space).
  { word: '上天', when: ({ prev, before, rest }) => /^(?:次|第一次|飞|送|飞船|首次|再次)$/u.test(prev?.text ?? '') || mentions(before, rest, /(?:航天|飞船|太空|火箭|宇航员|航天员|神舟|发射)/u, 6), sense: /^to fly skywards/ },
  // 着了迷: became fascinated (着迷 with 了 between).
  { word: '着', when: ({ self, next, rest }) => self?.text === '着' && next?.text === '了' && rest()[1]?.text === '迷', sense: /./, gloss: '(着迷 zháomí, with 了 between) to be fascinated; to be captivated' },
  // 跳下水, 掉下水: into the water.
  { word: '下水', when: ({ prev }) => /^(?:跳|掉|跌|推|扑|走|不敢|敢|一起)$/u.test(prev?.text ?? ''), sense: /^to go into the water/ },
  // 春秋时, 春秋战国: the Spring and Autumn period.
  { word: '春秋', when: ({ next }) => /^(?:时|时期|时代|战国|末年|初年|五霸|之际)/u.test(next?.text ?? ''), sense: /^Spring and Autumn Period/ },
  // 齐读, 齐唱, 齐声: together, in unison.
  { word: '齐', when: ({ self, next }) => self?.text === '齐' && /^(?:读|唱|喊|声|念|诵|呼|鸣|飞|放|出|上|动手)/u.test(next?.text ?? ''), sense: /^all together/ },
  // 一壶龙井, 泡了杯龙井: Longjing tea.
  { word: '龙井', when: ({ prev, next }) => /(?:壶|杯|泡|喝|品|沏|买|斤|两|罐|盒|新|明前|西湖)$/u.test(prev?.text ?? '') || /^(?:茶|新茶)/u.test(next?.text ?? ''), sense: /^Longjing tea/ },
  // 一口一口喂: mouthful by mouthful.
  { word: '一口', when: ({ prev, next }) => next?.text === '一口' || prev?.text === '一口', sense: /./, gloss: 'a mouthful (一口一口 mouthful by mouthful)' },
  // 为秋风所破: by (为…所, the passive of written Chinese).
  { word: '为', when: ({ self, rest }) => self?.text === '为' && rest().slice(1, 4).some((x) => x.text === '所') && !rest().slice(0, 1).some((x) => x.text === '所'), sense: /./, gloss: 'by (为…所 + verb: the passive of written Chinese)' },
  { word: '所', when: ({ self, before, next }) => self?.text === '所' && before().slice(1, 4).some((x) => x.text === '为') && next !== undefined && /^v/.test(next.tag), sense: /./, gloss: '(particle of the passive 为…所 + verb, "…by")' },
  // 长了一块结石, 长到十斤: growing (where 长 is read zhǎng: its "to grow", not "chief").
  { word: '长', when: ({ self, next }) => self?.text === '长' && /^(?:了|到|出|满|着|大|高|胖|得|成)$/u.test(next?.text ?? ''), sense: /^to grow/ },
  // 前几年, 前两天: a few years (days) ago.
  { word: '前', when: ({ self, next }) => self?.text === '前' && /^(?:几年|几天|些年|些日子|些天|两年|两天|几个月|阵子|一阵子|段时间|一段时间|不久)$/u.test(next?.text ?? ''), sense: /^ago$/ },
  // 给八十六就行, 给他一百块: giving (paying) a sum.
  { word: '给', when: ({ self, next, rest }) => self?.text === '给' && next !== undefined && next.tag === 'm' && /^[0-9０-９零一二两三四五六七八九十百千万]+$/u.test(next.text) && (rest()[1] === undefined || /^(?:块|元|块钱|毛|万|就|就行|吧|了|好了|[。，！,!])$/u.test(rest()[1]?.text ?? '')), sense: /^to give/ },
  // 抹个零头, 抹零: knocking off the odd amount.
  { word: '抹', when: ({ self, next, rest }) => self?.text === '抹' && (/^(?:零头|零|掉)$/u.test(next?.text ?? '') || (next?.text === '个' && /^零/u.test(rest()[1]?.text ?? ''))), sense: /^to wipe/ },
  // 从八点一直忙到中午, 早上七点开始: o'clock, after an hour of the day and before what goes on.
  { word: '点', when: ({ self, prev, next, before }) => self?.text === '点' && prev !== undefined && /^(?:[一二两三四五六七八九十]|十[一二]|[0-9０-９]{1,2})$/u.test(prev.text) && !/^(?:点|看|试|想|说|等|问|查)$/u.test(before()[1]?.text ?? '') && (/^(?:从|到|早上|晚上|下午|上午|凌晨|中午|傍晚|每天|每晚|明天|今天|昨天|约|大约)$/u.test(before()[1]?.text ?? '') || /^(?:一直|开始|起|前|后|以前|以后|左右|钟|才|就|准时|整|出发|到)$/u.test(next?.text ?? '')), sense: /o'clock/ },
  // 像个家, 有个家: a home (not the classifier), closing what is said after 个.
  { word: '家', when: ({ self, prev, next }) => self?.text === '家' && /^(?:个|一个|温暖的|自己的)$/u.test(prev?.text ?? '') && (next === undefined || !HAN_TEXT.test(next.text) || /^(?:了|啊|呀|吧|的)$/u.test(next.text)), sense: /^home$/ },
  // 花这么多钱, 花了三个小时: spending (money, time).
  { word: '花', when: ({ self, prev, next, rest }) => self?.text === '花' && next !== undefined && !/^(?:朵|束|盆|枝|株|丛|一朵|一束|一盆|一枝)$/u.test(prev?.text ?? '') && (/^(?:钱|了|掉|光|费|完|在|这么|那么|多少|不少|大|大钱|时间|心思|工夫|力气|精力)/u.test(next.text) || /钱$/u.test(next.text) || next.tag === 'm' || (/^(?:将近|近|整整|足足|好几|大约|差不多|至少|上)$/u.test(next.text) && rest().slice(1, 4).some((x) => /(?:钱|元|块|万|小时|分钟|天|年|个月|周)$/u.test(x.text)))) && !/^(?:园|朵|瓣|开|香|草|盆|店|市|农|生|卉|样|钱包)/u.test(next.text) && (next.text !== '了' || rest().slice(1, 4).some((x) => x.tag === 'm' || /(?:钱|元|块|时间|小时|天|年|心思|工夫)$/u.test(x.text))), sense: /^to spend/ },
  // 未必划算, 不划算: worthwhile.
  { word: '划算', when: ({ prev, next }) => /^(?:不|未必|很|挺|更|比较|最|太|不太|还|蛮|才|也|都|就|并不)$/u.test(prev?.text ?? '') || next === undefined || !HAN_TEXT.test(next.text) || /^(?:吗|吧|呢|啊|得多|多了)$/u.test(next.text), sense: /^worthwhile/ },
  // 受到好的教育, 最好的朋友: good (before 的 and what is so).
  { word: '好', when: ({ self, prev, next }) => self?.text === '好' && next?.text === '的' && prev !== undefined && /^(?:受到|得到|有|是|最|很|非常|更|这么|那么|一个|一些|比较|挺)$/u.test(prev.text), sense: /^good$/ },
  // 入了股, 入股: shares.
  { word: '股', when: ({ self, prev, before }) => self?.text === '股' && (/^(?:入|持|参|炒|买|卖|控|配|分|认)$/u.test(prev?.text ?? '') || (prev?.text === '了' && /^(?:入|持|参|认)$/u.test(before()[1]?.text ?? ''))), sense: /^\(finance\) stock/ },
  // 这事儿, 有事儿: a matter.
  { word: '事儿', when: ({ prev }) => /^(?:这|那|啥|什么|有|没|这点|那点|一件|件|小|大|多大|正|好)$/u.test(prev?.text ?? ''), sense: /^matter that needs/ },
  // 来住过, 去住了几天: staying (living) somewhere.
  { word: '住', when: ({ self, prev, next }) => self?.text === '住' && /^(?:来|去|回来|想|要|没|常|再|都|也|还)$/u.test(prev?.text ?? '') && (next === undefined || /^(?:过|了|几|一|在|下|进|着|这|那|宾馆|酒店|民宿|的)/u.test(next.text) || !HAN_TEXT.test(next.text)), sense: /^to live/ },
  // 都由他包了: taking charge of all of it.
  { word: '包', when: ({ self, before, next }) => self?.text === '包' && before().slice(0, 3).some((x) => x.text === '由' || x.text === '都由') && (next === undefined || /^(?:了|下|揽|办)/u.test(next.text) || !HAN_TEXT.test(next.text)), sense: /^to take charge of/ },
  // 收割机来回作业: (machines) operating in the fields.
  { word: '作业', when: ({ before, prev }) => /^(?:来回|正在|在|连续|昼夜|日夜|同时|高空|田间|野外|水下|井下|施工)$/u.test(prev?.text ?? '') || before().slice(0, 4).some((x) => /(?:收割机|机械|农机|挖掘机|拖拉机)$/u.test(x.text)), sense: /^operation|^to operate/ },
  // 归村集体所有: owned (by), after 归.
  { word: '所有', when: ({ before, next }) => before().slice(0, 6).some((x) => x.text === '归') && (next === undefined || !HAN_TEXT.test(next.text)), sense: /^to have; to possess; to own/ },
  // 仇德胜拍板, 最后拍板: making the final decision.
  { word: '拍板', when: ({ prev, next }) => (prev !== undefined && (/^(?:nr|r)$/.test(prev.tag) || /^(?:最后|由|来|当场|领导|老板|村里|集体)$/u.test(prev.text))) || /^(?:了|决定|定|同意)/u.test(next?.text ?? ''), sense: /to make a decision/ },
  // 替他垫上, 先垫着: paying for someone, advancing the money.
  { word: '垫', when: ({ self, next, before }) => self?.text === '垫' && (/^(?:上|付|钱|着|了|一下)/u.test(next?.text ?? '') && before().slice(0, 4).some((x) => /^(?:替|帮|给|先|为)/u.test(x.text) || /钱$/u.test(x.text))), sense: /^to pay for sb/ },
  // 寄卡, 贺卡, 刷卡, 办卡: a card.
  { word: '卡', when: ({ self, prev }) => self?.text === '卡' && /^(?:寄|送|买|办|刷|充|插|拔|换|张|一张|这张|贺|会员|银行|这|那)$/u.test(prev?.text ?? ''), sense: /card/ },
  // 贷了一百二十万: borrowing (from a bank).
  { word: '贷', when: ({ self, next, rest }) => self?.text === '贷' && next?.text === '了' && rest().slice(1, 3).some((x) => x.tag === 'm' || /(?:万|元|款)$/u.test(x.text)), sense: /^to borrow/ },
  // 地铁站口, 村口, 巷口: the entrance (opening).
  { word: '口', when: ({ self, prev }) => self?.text === '口' && prev !== undefined && /(?:站|门|村|巷|路|街|洞|港|关|胡同|景区|隧道|小区|校门|车站|地铁站)$/u.test(prev.text), sense: /./, gloss: 'entrance; opening (站口 station entrance, 村口 the edge of the village)' },
  // 搬走, 搬走了: moving out (away).
  { word: '搬走', when: () => true, sense: /./, gloss: 'to move out; to move away; to carry away' },
  // 热情起来, 忙起来, 多起来: becoming so (a state jieba may call a noun), not standing up.
  { word: '起来', when: ({ prev }) => /^(?:热情|热闹|紧张|忙|高兴|兴奋|活跃|暖和|亮|多|好|快|慢|胖|瘦|红火|火|清楚|明白|严重|激动|认真|积极|富|富裕|强大|繁忙|冷清|安静|开心|难过|着急|轻松|干净|漂亮|年轻|成熟|重要|困难|流行|便宜|贵)$/u.test(prev?.text ?? ''), sense: /^\(after a verb\) indicating the beginning/, entry: 'qi5 lai5' },
  // 出口结构, 扩大出口: exports (not an exit).
  { word: '出口', when: ({ prev, next, before, rest }) => /^(?:结构|额|量|企业|产品|贸易|增长|总额|订单|商品|市场|国|退税|许可|型|导向)/u.test(next?.text ?? '') || /^(?:扩大|鼓励|限制|增加|减少|对|稳|促|的)$/u.test(prev?.text ?? '') && mentions(before, rest, /(?:贸易|进口|外贸|订单|经济|企业|美元|海外|市场)/u, 8), sense: /^to export/ },
  // 还得多比较几家, 比较一下: comparing.
  { word: '比较', when: ({ prev, next }) => /^(?:多|再|好好|仔细|认真|来|去|做|进行|互相|相互|对|可以|得|要)$/u.test(prev?.text ?? '') && (next === undefined || !HAN_TEXT.test(next.text) || next.tag === 'm' || /^(?:一下|几|了|过|着|一番|后)/u.test(next.text)), sense: /^to compare/ },
  // B轮融资, 本轮, 新一轮: a round (of financing, talks, a contest).
  { word: '轮', when: ({ self, prev, next }) => self?.text === '轮' && ((prev !== undefined && (/^[A-Za-zＡ-Ｚ]\+?$/u.test(prev.text) || /^(?:本|首|新一|这一|上一|下一|第[一二三四五六七八九十]+|几|多|一|两|三)$/u.test(prev.text))) || /^(?:融资|谈判|比赛|会谈|投资|降息|加息)/u.test(next?.text ?? '')), sense: /^classifier for big round objects/ },
  // 控制仓位, 加仓: a (trading) position.
  { word: '仓位', when: ({ before, rest }) => mentions(before, rest, /(?:股|基金|投资|市场|控制|加|减|满|轻|重|指数|行情)/u, 6), sense: /^\(finance\) position/ },
  // A股, 港股, B股: shares.
  { word: '股', when: ({ self, prev }) => self?.text === '股' && /^[A-Za-zＡ-Ｚ]$/u.test(prev?.text ?? ''), sense: /^\(finance\) stock/ },
  // 是否会持续, 能否会: will, in a question of whether.
  { word: '会', when: ({ self, prev }) => self?.text === '会' && /^(?:是否|能否|会不会|究竟|到底)$/u.test(prev?.text ?? ''), sense: /^to be likely to/ },
  // 处于烧钱阶段: burning through money (a business), not burning paper money.
  { word: '烧钱', when: ({ before, rest, next }) => /^(?:阶段|模式|大战|补贴)/u.test(next?.text ?? '') || mentions(before, rest, /(?:行业|公司|企业|融资|投资|亏损|补贴|赛道|资本|市场)/u, 6), sense: /./, gloss: 'to burn through money (of a business spending without profit); (lit.) to burn paper money for the dead' },
  // 较前一交易日, 前一天: the one before.
  { word: '前', when: ({ self, next, rest }) => self?.text === '前' && next?.text === '一' && /^(?:交易日|天|晚|年|周|个月|日|届|任|阵)/u.test(rest()[1]?.text ?? ''), sense: /^before$/ },
  // 四十多岁时得了腰椎间盘突出: caught (an illness).
  { word: '得了', when: ({ next, rest }) => next !== undefined && HAN_TEXT.test(next.text) && [next, ...rest().slice(1, 4)].some((x) => /(?:病|症|炎|突出|感冒|癌|瘤|结石|失眠|痛风|糖尿病|高血压)$/u.test(x.text)), sense: /./, gloss: 'caught; came down with (an illness) (得 dé to get + 了 le)' },
  // 四十多岁时, 轮到我时: when.
  { word: '时', when: ({ self, prev }) => self?.text === '时' && prev !== undefined && (/岁$/u.test(prev.text) || /^(?:我|你|他|她|它|咱)$/u.test(prev.text)), sense: /^when$/ },
  // 腰板挺得笔直, 挺起胸: straightening (the back, the chest).
  { word: '挺', when: ({ self, next, before }) => self?.text === '挺' && (/^(?:得|直|起|着|胸|腰|身)/u.test(next?.text ?? '') || before().slice(0, 2).some((x) => /(?:腰板|腰|胸|身子|脊梁|背)$/u.test(x.text))) && !/^(?:好|不错|多|大|高|难|累|贵|便宜)/u.test(next?.text ?? ''), sense: /^to \(physically\) straighten up/ },
  // 针尾点上艾条, 点着蜡烛: lighting (a fire, a candle, a moxa stick).
  { word: '点', when: ({ self, next, rest }) => self?.text === '点' && /^(?:上|着|燃|亮)$/u.test(next?.text ?? '') && rest().slice(1, 4).some((x) => /(?:艾条|艾|蜡烛|香|火|灯|烟|炉子|篝火|鞭炮|火把|油灯)$/u.test(x.text)), sense: /^to light/ },
  // 熬一碗姜汤, 熬粥: boiling, simmering (not enduring).
  { word: '熬', when: ({ self, next, rest }) => self?.text === '熬' && [next, ...rest().slice(1, 5)].some((x) => /(?:汤|粥|药|骨头|水|汁|糖|膏|油)$/u.test(x?.text ?? '')), sense: /^to cook on a slow fire/ },
  // 第二天准好, 准没错: surely.
  { word: '准', when: ({ self, prev, next }) => self?.text === '准' && (/^(?:第二天|明天|这次|那|他|她|你|我|保|一)$/u.test(prev?.text ?? '') || /^(?:没错|行|好|能|会|是|不)/u.test(next?.text ?? '')) && !/^(?:备|确|时|点|许)/u.test(next?.text ?? ''), sense: /^certainly/ },
  // 挂在嘴边的一句话: one sentence, a saying (not "in short").
  { word: '一句话', when: ({ prev }) => /^(?:的|这|那|说|一|第|同|了|就|只|留下|回了)$/u.test(prev?.text ?? ''), sense: /./, gloss: 'one sentence; a saying (also: in a word, in short)' },
  // 一样都不能少, 一样一样地: one item (of a list), not "the same".
  { word: '一样', when: ({ prev, next, rest }) => next?.text === '一样' || prev?.text === '一样' || (/^(?:都|也)$/u.test(next?.text ?? '') && /^不/u.test(rest()[1]?.text ?? '')), sense: /./, gloss: 'one item; one kind (一样一样 one by one; also: the same)' },
  // 武校有几十所: counting schools, houses, institutions.
  { word: '所', when: ({ self, prev }) => self?.text === '所' && prev !== undefined && (isNumber(prev) || /^(?:几十|几百|多|一|两|这|那|每|好几)$/u.test(prev.text)), sense: /^classifier for houses/ },
  // 扫地的老爷爷: an old man, grandpa (not one's great-grandfather).
  { word: '老爷爷', when: ({ prev }) => !/^(?:我|你|他|她|我的|你的|他的|她的|我们的)$/u.test(prev?.text ?? ''), sense: /./, gloss: 'old man; grandpa (polite address for an old man); (coll.) great-grandfather' },
  // “汪汪”的叫声: woof woof.
  { word: '汪汪', when: ({ prev, next, rest, before }) => /^[“"‘「]$/u.test(prev?.text ?? '') || /^(?:叫|直叫|地叫|的叫声|声)/u.test(next?.text ?? '') || rest().slice(0, 3).some((x) => /(?:叫|狗)/u.test(x.text)) || before().slice(0, 3).some((x) => /(?:狗|叫)/u.test(x.text)), sense: /^woof woof/ },
  // 连站的地方都没有: to stand (a place to stand), not a station.
  { word: '站', when: ({ self, next, rest }) => self?.text === '站' && next?.text === '的' && /^(?:地方|位置|空|人)/u.test(rest()[1]?.text ?? ''), sense: /^to stand/ },
  // 八菜一汤, 四个菜: dishes (of food), counted.
  { word: '菜', when: ({ self, prev }) => self?.text === '菜' && prev !== undefined && (isNumber(prev) || /^(?:[一二两三四五六七八九十几]+|个|道|盘|几个|几道|桌)$/u.test(prev.text)), sense: /^dish \(of food\)/ },
  // 为群众看病, 给老人看病: treating patients (the doctor's side).
  { word: '看病', when: ({ before }) => /^(?:为|给|帮)$/u.test(before()[1]?.text ?? ''), sense: /^to see a patient/ },
  // 出了问题, 出了事: (something) happened, went wrong.
  { word: '出', when: ({ self, next, rest }) => self?.text === '出' && next?.text === '了' && /^(?:问题|事|事故|意外|毛病|错|差错|故障|车祸|乱子|岔子|状况)/u.test(rest()[1]?.text ?? ''), sense: /^to arise; to occur/ },
  // 录个视频, 录了一段: recording.
  { word: '录', when: ({ self, next, rest }) => self?.text === '录' && (/^(?:个|了|下|下来|好|一段|音|像|视频|节目)/u.test(next?.text ?? '')) && !/^(?:取|用)/u.test(next?.text ?? '') && rest().length >= 0, sense: /^record$/ },
  // 赶紧退了, 退货, 退回去: returning (goods).
  { word: '退', when: ({ self, next, before }) => self?.text === '退' && (/^(?:货|回|了|掉|给|款|钱)/u.test(next?.text ?? '')) && before().slice(0, 6).some((x) => /(?:买|衣服|货|东西|商品|包裹|快递|网上|店|客服|订单|羽绒服|鞋)/u.test(x.text)), sense: /^to reject; to return/ },
  // 以为会送得很慢, 担心会: will (likely), after thinking or fearing.
  { word: '会', when: ({ self, prev }) => self?.text === '会' && /^(?:以为|担心|怕|估计|觉得|认为|相信|知道|没想到|想到|料到)$/u.test(prev?.text ?? ''), sense: /^to be likely to/ },
  // 外卖骑手, 骑手接单: a delivery rider.
  { word: '骑手', when: ({ before, rest, earlier }) => [...before(), ...earlier().slice(0, 10), ...rest().slice(0, 8)].some((x) => /(?:外卖|订单|平台|送餐|配送|接单|派单|顾客|餐|美团|饿了么|快递|跑单|头盔|电动车|电瓶车|电动自行车|交警|闯红灯|逆行)/u.test(x.text)), sense: /./, gloss: 'delivery rider (for takeaway food or parcels); (also) horse rider, jockey' },
  // 多发了奖金, 发工资: giving out (pay, a bonus).
  { word: '发', when: ({ self, next, rest }) => self?.text === '发' && [next, rest()[1], rest()[2]].some((x) => /^(?:奖金|工资|红包|钱|补贴|福利|年终奖|通知|消息|短信|微信|邮件|证书)$/u.test(x?.text ?? '')) && !/^(?:展|生|现|明|挥)/u.test(next?.text ?? ''), sense: /^to issue|^to send out/ },
  // 一包, 一大包: a package, a bag (counted).
  { word: '包', when: ({ self, prev, next, before }) => self?.text === '包' && (/^(?:一|两|三|几|一大|一小|每)$/u.test(prev?.text ?? '') || (/^[大小]$/u.test(prev?.text ?? '') && /^(?:一|两|三|几|每)$/u.test(before()[1]?.text ?? ''))) && next !== undefined && HAN_TEXT.test(next.text), sense: /^package/ },
  // 新修的公路: built (a road named after it).
  { word: '修', when: ({ self, prev, next, rest }) => self?.text === '修' && /^(?:新|刚|才|正在|重新)$/u.test(prev?.text ?? '') && (next?.text === '的' || next?.text === '了') && rest().slice(1, 4).some((x) => /(?:路|桥|公路|铁路|水库|大坝|房子|学校|广场)$/u.test(x.text)), sense: /^to build$/ },
  // 老头子走了, 父亲走得很安详: passed away (of a person), said gently.
  { word: '走', when: ({ self, prev, next, before }) => self?.text === '走' && (/^(?:老头子|老伴|老伴儿|父亲|母亲|爸爸|妈妈|爷爷|奶奶|外公|外婆|他爹|她娘)$/u.test(prev?.text ?? '') || before().slice(0, 3).some((x) => /^(?:老头子|老伴|老伴儿)$/u.test(x.text))) && /^(?:了|得)$/u.test(next?.text ?? ''), sense: /^to die \(euph\.\)/ },
  // 贵了点, 少了点: a bit, after an adjective and 了.
  { word: '点', when: ({ self, prev, before, next }) => self?.text === '点' && prev?.text === '了' && /^(?:贵|便宜|少|多|大|小|长|短|高|低|慢|快|晚|早|咸|淡|甜|辣|重|轻|紧|松|难)$/u.test(before()[1]?.text ?? '') && (next === undefined || !HAN_TEXT.test(next.text) || /^(?:儿|吧|啊)$/u.test(next.text)), sense: /^a small amount; a bit/ },
  // 阶梯水价, 阶梯电价: tiered (pricing).
  { word: '阶梯', when: ({ next }) => /^(?:水价|电价|价格|气价|计价|收费|式|电费|水费)/u.test(next?.text ?? ''), sense: /./, gloss: 'tiered (pricing in steps by amount used); (lit.) flight of steps' },
  // 由社区牵头, 牵头组织: taking the lead.
  { word: '牵头', when: ({ prev, next, before }) => /^(?:由|负责|主动|带头|来|出面)$/u.test(prev?.text ?? '') || before().slice(0, 3).some((x) => x.text === '由') || /^(?:组织|成立|负责|召开|举办|制定|推进|协调|单位|部门)/u.test(next?.text ?? ''), sense: /^to take the lead/ },
  // 图的是, 图个啥: seeking, aiming at.
  { word: '图', when: ({ self, next, rest }) => self?.text === '图' && (/^(?:的是|个|啥|什么|方便|便宜|省事|热闹|新鲜|清静|安稳|吉利)/u.test(next?.text ?? '') || (next?.text === '的' && rest()[1]?.text === '是')), sense: /^to seek/ },
  // 可不容易, 可真好: really (emphatic), before 不 or 真 and how it is.
  { word: '可', when: ({ self, next, rest }) => self?.text === '可' && ((next?.text === '不' && /^(?:容易|简单|一般|少|小|便宜|轻松)$/u.test(rest()[1]?.text ?? '')) || /^(?:真|太|好|够)$/u.test(next?.text ?? '')), sense: /^\(particle used for emphasis\)/ },
  // 说话带着口音: an accent.
  { word: '口音', when: () => true, sense: /^accent$/ },
  // 离答辩只剩下二十天, 离开场还有: from now until (a time), before what is left.
  { word: '离', when: ({ self, rest }) => self?.text === '离' && clauseOf(rest()).slice(1, 6).some((x) => /^(?:还有|只剩|只剩下|还剩|不到|还差|剩下|仅剩|只有)$/u.test(x.text)), sense: /^\(in giving distances\) from/ },
  // 论文答辩: defending a dissertation.
  { word: '答辩', when: ({ before, rest, earlier }) => [...before(), ...earlier().slice(0, 12), ...rest().slice(0, 8)].some((x) => /(?:论文|毕业|硕士|博士|导师|学位|开题)/u.test(x.text)), sense: /^to defend one's dissertation/ },
  // 还差最后一章, 差一点: lacking, short of.
  { word: '差', when: ({ self, next }) => self?.text === '差' && /^(?:最后|一点|一点儿|几|多少|一|两|三|不多|得远|十|五)/u.test(next?.text ?? ''), sense: /^to fall short; to lack/ },
  // 表演系, 中文系: a university department.
  { word: '系', when: ({ self, prev, before }) => self?.text === '系' && prev !== undefined && /^(?:n|vn|nz|v)/.test(prev.tag) && Array.from(prev.text).length >= 2 && before().slice(0, 6).some((x) => /(?:学院|大学|考进|考上|读|专业|毕业)/u.test(x.text)), sense: /^department/ },
  // 巡回演唱会长沙站: a stop (of a tour), after a place.
  { word: '站', when: ({ self, prev, next }) => self?.text === '站' && prev?.tag === 'ns' && !/^(?:着|起来|出来)/u.test(next?.text ?? ''), sense: /^station/ },
  // 腿都站麻了, 站了一天: standing.
  { word: '站', when: ({ self, prev, next }) => self?.text === '站' && /^(?:麻|累|酸|得|一天|一整天|起来|直|稳)/u.test(next?.text ?? '') && !/^(?:到|该|此|本|这|那|车|下|进|出)$/u.test(prev?.text ?? ''), sense: /^to stand/ },
  // 拿下总冠军, 拿下订单: winning, securing.
  { word: '拿下', when: ({ rest }) => rest().slice(0, 5).some((x) => /(?:冠军|比赛|金牌|订单|项目|胜利|第一|大奖|奖|分|市场|合同)/u.test(x.text)), sense: /^to win/ },
  // 该把舞台让给年轻人了, 该回家了: it is time to, should.
  { word: '该', when: ({ self, next }) => self?.text === '该' && /^(?:把|让|去|走|回|回家|轮到|睡|起床|休息|退|换|是时候|好好)/u.test(next?.text ?? ''), sense: /^should/ },
  // 总要闹一会儿, 总要有人: always has to.
  { word: '总要', when: () => true, sense: /./, gloss: 'always has to; invariably will (总 always + 要 must); nevertheless' },
  // 住在十五楼: living (somewhere).
  { word: '住', when: ({ self, next }) => self?.text === '住' && next?.text === '在', sense: /^to live/ },
  // 住在十八楼, 到一楼: a floor (of a building), numbered.
  { word: '楼', when: ({ self, prev, before }) => self?.text === '楼' && prev !== undefined && (isNumber(prev) || /^(?:[一二三四五六七八九十]+|顶|底)$/u.test(prev.text)) && before().slice(0, 4).some((x) => /^(?:住|在|到|上|下|住在|搬到|爬|回)$/u.test(x.text)), sense: /^floor$/ },
  // 电梯主板老化: a (control) circuit board.
  { word: '主板', when: ({ before, rest }) => mentions(before, rest, /(?:电梯|电脑|手机|维修|坏|老化|故障|更换|换)/u, 4), sense: /motherboard/ },
  // 大家都叫他王经理: calling someone by a name.
  { word: '叫', when: ({ self, next, rest }) => self?.text === '叫' && /^(?:r)$/.test(next?.tag ?? '') && /^(?:nr|n)/.test(rest()[1]?.tag ?? ''), sense: /^to call$/ },
  // 污水漫到了楼道里: overflowing, flooding.
  { word: '漫', when: ({ self, next }) => self?.text === '漫' && /^(?:到|过|进|出|上|了|延)/u.test(next?.text ?? ''), sense: /^to inundate/ },
  // 给大家一个交代: an explanation, an account (of what happened).
  { word: '交代', when: ({ prev }) => /^(?:个|一个|有|没有|有个|给个)$/u.test(prev?.text ?? ''), sense: /^to explain; to give an account/ },
  // 原来她也在等: as it turns out, where a clause starts.
  { word: '原来', when: ({ prev, next }) => (prev === undefined || /^[，。！？；：“"\s]$/u.test(prev.text)) && next !== undefined && (/^(?:r|nr)/.test(next.tag) || /^(?:是|这|那|他|她|我|你|如此|早就|竟然|就是)/u.test(next.text)) && !/^(?:的|只)/u.test(next.text), sense: /^so, actually, as it turns out/ },
  // 评上了“月度标兵”: a model, a pacesetter.
  { word: '标兵', when: ({ before, prev }) => /^[“"]$/u.test(prev?.text ?? '') || before().slice(0, 4).some((x) => /(?:评|当|选|先进|月度|年度)/u.test(x.text)), sense: /^example$/ },
  // 挑不出毛病, 挑毛病: finding (fault).
  { word: '挑', when: ({ self, next, rest }) => self?.text === '挑' && (/^(?:毛病|刺|错|不出)/u.test(next?.text ?? '') || rest().slice(0, 3).some((x) => x.text === '毛病')), sense: /^to nitpick|^to pick/ },
  // 她顿了顿: paused.
  { word: '顿', when: ({ self, next, rest, prev, before }) => self?.text === '顿' && ((next?.text === '了' && rest()[1]?.text === '顿') || (prev?.text === '了' && before()[1]?.text === '顿')), sense: /^to pause/ },
  // 检验岗, 上岗: a job, a post.
  { word: '岗', when: ({ self, prev }) => self?.text === '岗' && prev !== undefined && /^(?:检验|工作|上|下|转|待|在|换|关键|管理|技术|操作|保洁|值班)$/u.test(prev.text), sense: /^\(bound form\) job; post/ },
  // 五轴数控: axes.
  { word: '轴', when: ({ self, prev }) => self?.text === '轴' && prev !== undefined && (isNumber(prev) || /^[一二三四五六七八九十两]$/u.test(prev.text)), sense: /^axis$/ },
  // 这家伙: this thing, this guy.
  { word: '家伙', when: ({ prev }) => /^(?:这|那|这个|那个|小|大|老|好|傻|坏)$/u.test(prev?.text ?? ''), sense: /^\(coll\.\) guy/ },
  // 一百二十多号人: so many people.
  { word: '号', when: ({ self, prev, next }) => self?.text === '号' && next?.text === '人' && prev !== undefined && (isNumber(prev) || /[多十百千几]$/u.test(prev.text)), sense: /^classifier used to indicate number of people/ },
  // 跟夜班的班长交接: a shift's leader (in a factory).
  { word: '班长', when: ({ before, rest, earlier }) => [...before(), ...earlier().slice(0, 10), ...rest().slice(0, 6)].some((x) => /(?:夜班|白班|车间|工人|工厂|厂|产线|生产线|班组|交接|部队|连队)/u.test(x.text)), sense: /./, gloss: 'team leader; shift leader (in a factory, an army squad); class monitor (at school)' },
  // 跟班长交接: handing over (a shift, work).
  { word: '交接', when: ({ prev, next, before }) => /^(?:班|工作|手续|仪式)/u.test(next?.text ?? '') || next === undefined || !HAN_TEXT.test(next?.text ?? '') || before().slice(0, 4).some((x) => /(?:班长|夜班|白班|同事)/u.test(x.text)) && prev !== undefined, sense: /^to hand over to/ },
  // 点子多, 出点子: ideas.
  { word: '点子', when: ({ prev, next }) => /^(?:有|出|好|新|鬼|馊|想|的)$/u.test(prev?.text ?? '') || /^(?:多|少|好|不错)$/u.test(next?.text ?? ''), sense: /^idea$/ },
  // 一大笔采购费用: a large sum (of money).
  { word: '大笔', when: ({ prev, rest }) => /^(?:一|这|那|一个)$/u.test(prev?.text ?? '') || rest().slice(0, 3).some((x) => /(?:钱|费用|资金|开支|开销|收入|款|财富|遗产)$/u.test(x.text)), sense: /./, gloss: 'a large sum (of money); (formal) your writing' },
  // 茶叶长得越好: grows (better and better).
  { word: '长得', when: ({ next }) => /^(?:越|越来越|真快|真慢|好快)$/u.test(next?.text ?? ''), sense: /./, gloss: 'to grow (长 zhǎng to grow + 得 de, how)' },
  // 柳树刚冒出嫩芽: only just, before what happens.
  { word: '刚', when: ({ self, next }) => self?.text === '刚' && next !== undefined && /^(?:v|d|p)/.test(next.tag), sense: /^just$/ },
  // 刷完卡: a card (swiped).
  { word: '卡', when: ({ self, prev, before }) => self?.text === '卡' && /^(?:完|了|过)$/u.test(prev?.text ?? '') && /^(?:刷|插|办|充)$/u.test(before()[1]?.text ?? ''), sense: /card/ },
  // 三百块奖金: money (yuan).
  { word: '块', when: ({ self, prev, next }) => self?.text === '块' && prev !== undefined && isNumber(prev) && /^(?:奖金|钱|工资|补贴|钱的|红包|押金|房租|学费|积蓄|存款|储蓄|生活费|稿费|薪水|工钱|本钱)/u.test(next?.text ?? ''), sense: /^\(coll\.\) classifier for money/ },
  // 明天要下雨, 这两天要刮台风: will (weather, what is about to happen).
  { word: '要', when: ({ self, prev, next }) => self?.text === '要' && /^(?:下雨|下雪|刮|降温|升温|变天|起风|来|到|开始|结束|出发|下|打雷|涨|跌|降|变)/u.test(next?.text ?? '') && (prev?.tag === 't' || /^(?:这两天|明天|后天|今晚|今天|马上|快|就|眼看|即将|估计|看样子|天|天气)$/u.test(prev?.text ?? '')), sense: /^will; shall/ },
  // 可快了, 心里可想你了: really (so fast, missing you so), 可 stressing what 了 closes (last, so
  // that it outweighs the clause-opening 可 "but" above).
  { word: '可', when: ({ self, next, rest, before }) => self?.text === '可' && next !== undefined && /^(?:a|v)/.test(next.tag) && !before().slice(0, 3).some((x) => /^(?:有|没有|没|无|还有)$/u.test(x.text)) && next.text.length <= 2 && [1, 2].some((k) => /^(?:了|啦|呢|着呢|喽)$/u.test(rest()[k]?.text ?? '') && (rest()[k + 1] === undefined || !HAN_TEXT.test(rest()[k + 1]?.text ?? ''))) && !/^(?:以|能|是|见|不)$/u.test(next.text), sense: /^\(particle used for emphasis\)/ },
  // The 33rd review's contexts.
  // 我觉得我会喜欢这份工作的: 会 and a verb in a clause that 的 closes says what will be.
  { word: '会', when: ({ next, rest }) => next !== undefined && /^(?:v|a|d)/.test(next.tag) && clauseOf(rest()).length >= 3 && clauseOf(rest()).at(-1)?.text === '的', sense: /^to be likely to/ },
  // 下午快下班时: about to (do something) when something else happens.
  { word: '快', when: ({ next, rest }) => next !== undefined && /^v/.test(next.tag) && /^(?:时|的时候|时候|之际)$/u.test(rest()[1]?.text ?? ''), sense: /^soon/ },
  // 药没什么用, 有什么用, 没用: use, usefulness, closing the clause.
  { word: '用', when: ({ self, prev, next }) => self?.text === '用' && /^(?:什么|没什么|有什么|没|没有|有|无|不管|管|顶|中)$/u.test(prev?.text ?? '') && (next === undefined || !HAN_TEXT.test(next.text) || /^(?:了|的|啊|吗|呢|吧)$/u.test(next.text)), sense: /^usefulness/ },
  // 玩手机一次不超过半小时: at a time, before its limit.
  { word: '一次', when: ({ next }) => next !== undefined && /^(?:不|别|最多|至多|不要|不宜|不得|不能|限)/u.test(next.text), sense: /^at a time/, gloss: 'at a time; each time' },
  // 致家长的一封信: to (the people a letter is addressed to).
  { word: '致', when: ({ next, rest }) => next !== undefined && /^n/.test(next.tag) && rest().slice(0, 6).some((x) => /(?:信|函|书|词)$/u.test(x.text)), sense: /^\(literary\) to send/ },
  // 饭前便后: before meals and after the toilet.
  { word: '便', when: ({ prev, next }) => prev?.text === '前' && next?.text === '后', sense: /^to urinate or defecate/ },
  // 招聘以下岗位：, 注意以下几点: the following, before a list.
  { word: '以下', when: ({ next, rest }) => next !== undefined && (/^[：:]/u.test(next.text) || (/^(?:n|m|mq|q|vn)/.test(next.tag) && rest().slice(0, 4).some((x) => /^[：:]/u.test(x.text))) || /^(?:几点|几个方面|内容|事项|要求|问题|措施|条件|规定)$/u.test(next.text)), sense: /^the following/ },
  // 性格开朗: of character, cheerful.
  { word: '开朗', when: ({ prev }) => /^(?:性格|性情|为人|人|心情|脾气|个性|心胸|她|他)$/u.test(prev?.text ?? ''), sense: /^\(of character\) optimistic/ },
  // 做人要实在: honest, what one should be.
  { word: '实在', when: ({ prev, next, before }) => /^(?:要|得|应该)$/u.test(prev?.text ?? '') && before().some((x) => /^(?:做人|为人|待人|人)$/u.test(x.text)) && (next === undefined || !HAN_TEXT.test(next.text) || /^(?:些|点|一点|的|了)$/u.test(next.text)), sense: /^honest$/ },
  // 这几天总下小雨: always, after a stretch or a season of time (not a date: 1954年总罢工 is a general strike).
  { word: '总', when: ({ prev, next }) => prev !== undefined && next !== undefined && /(?:几天|些天|些年|阵子|最近|近来|平时|平常|每天|每年|每次|冬天|夏天|春天|秋天|晚上|早上|夜里|雨季|天天|年年|时候)$/u.test(prev.text) && (/^v/.test(next.tag) || /^(?:下|刮|来|去|说|想)$/u.test(next.text)) && next.tag !== 'vn' && !hasWord(`总${next.text}`), sense: /^in every case; always/ },
  // 较禁渔前增加了: compared to (a time before).
  { word: '较', when: ({ rest }) => rest().slice(0, 4).some((x) => /^(?:前|以前|之前|同期|去年|上年)$/u.test(x.text) || /前$/u.test(x.text)) && !/^(?:a|d)/.test(rest()[0]?.tag ?? ''), sense: /^compared to/ },
  // 找了家老字号: a classifier after a verb and 了, before a business.
  { word: '家', when: ({ prev, next }) => prev?.text === '了' && next !== undefined && /(?:店|馆|铺|厂|公司|餐厅|饭店|医院|银行|超市|书店|面馆|老字号|酒店|宾馆|旅馆|诊所|企业|火锅店|网吧)$/u.test(next.text), sense: /^classifier for families or businesses/ },
  // 结尾的几个小节: bars of music.
  { word: '小节', when: (n) => sentenceMentions(n, /(?:乐|曲|演奏|旋律|音乐|唱|奏|节拍|乐章|渐弱|渐强|乐团|指挥|琴|谱)/u, 8), sense: /^bar \(music\)/ },
  // 刻意渲染悲苦: to play up (a mood).
  { word: '渲染', when: ({ prev, next }) => /^(?:刻意|过分|过度|极力|大肆|着力|一味|故意|反复|有意)$/u.test(prev?.text ?? '') || /^(?:气氛|氛围|悲苦|悲情|情绪|紧张|恐慌|苦难|悲伤)/u.test(next?.text ?? ''), sense: /^to exaggerate/ },
  // 画展展期至明年: how long a show runs.
  { word: '展期', when: ({ before, earlier, next }) => /^(?:至|到|为|从|自)$/u.test(next?.text ?? '') || [...before(), ...earlier()].some((x) => /(?:展|展览|展会|博览会)$/u.test(x.text)), sense: /^exhibition period/, gloss: 'exhibition period; run of a show' },
  // 一号展厅, 一号线: number one of a series.
  { word: '一号', when: ({ next }) => next !== undefined && NUMBERED_THINGS.test(next.text), sense: /^No\. 1/, gloss: 'No. 1 (number one of a series)' },
  // 画面上大片留白: blank space left in a painting.
  { word: '留白', when: (n) => sentenceMentions(n, /(?:画|笔墨|水墨|构图|作品|山水|书法|设计|版面|纸)/u, 6), sense: /^to leave some empty space/ },
  // 挂科了就要重修: to retake a failed course.
  { word: '重修', when: (n) => sentenceMentions(n, /(?:挂科|考试|课程|学分|不及格|补考|高数|课|学期|成绩)/u, 6), sense: /^to retake a failed course/ },
  // 板下种草、板间养羊: planting grass, where land, trees and flocks are about.
  { word: '种草', when: (n) => sentenceMentions(n, /(?:树|羊|牛|沙|田|光伏|草场|草原|植被|绿化|治沙|荒山|坡|亩|土地)/u, 8), sense: /^to plant grass/, gloss: 'to plant grass' },
  // 开始磨豆腐、蒸馒头: grinding soybeans for tofu, among other cooking.
  { word: '磨豆腐', when: ({ prev, next, before, rest }) => prev?.text === '、' || next?.text === '、' || [...before(), ...rest().slice(0, 6)].some((x) => /(?:过年|腊月|年前|石磨|磨盘|黄豆|豆浆|馒头|饺子|年货|做饭)/u.test(x.text)), sense: /^to grind soybeans/, gloss: 'to grind soybeans to make tofu' },
  // 科考队员, 南极科考: a scientific expedition.
  { word: '科考', when: ({ prev, next }) => /^(?:队|队员|船|站|人员|活动|任务|工作|团队|考察)/u.test(next?.text ?? '') || /^(?:南极|北极|极地|海洋|深海|野外|综合|高原|冰川|湖泊)$/u.test(prev?.text ?? ''), sense: /^abbr\. for 科学考察/ },
  // 大模型已在各行业落地: a technology put to use in trades (as a policy or a project, above).
  { word: '落地', when: (n) => sentenceMentions(n, /(?:行业|应用|技术|模型|场景|产品|企业|领域)$/u, 6), sense: /^to be put into effect/, gloss: '(of a policy or project) to be put into effect; to take root' },
  // 在用人方面: employing people.
  { word: '用人', when: ({ prev, next }) => /^(?:方面|制度|机制|标准|单位|问题|之道|不当|唯贤|得当)/u.test(next?.text ?? '') || /^(?:在|善于|会|敢于|不拘一格)$/u.test(prev?.text ?? ''), sense: /^to employ sb for a job/ },
  // 怪谁, 别怪我, 只能怪自己: to blame (someone).
  { word: '怪', when: ({ self, prev, next }) => self?.text === '怪' && next !== undefined && (/^(?:r|nr)/.test(next.tag) || /^(?:自己|别人|人家|我们|你们|他们)$/u.test(next.text)) && !/^(?:很|太|真|好|挺|有点)$/u.test(prev?.text ?? ''), sense: /^to blame$/ },
  // 若持续疼痛，可间隔4小时再服: if…, one may….
  { word: '可', when: ({ prev, next, earlier }) => prev !== undefined && /^[，,]$/u.test(prev.text) && next !== undefined && /^(?:v|d|p|n)/.test(next.tag) && earlier().some((x) => /^(?:若|如|如果|如有|若有|假如|要是|倘若|必要时)$/u.test(x.text)), sense: /^\(prefix\) can; may/ },
  // 干点力所能及的家务: a bit of (what is done).
  { word: '点', when: ({ prev, next }) => prev !== undefined && prev.text.length === 1 && /^v/.test(prev.tag) && /^(?:干|做|帮|买|吃|喝|看|学|练|拿|带|准备|存|攒|挣|赚)$/u.test(prev.text) && next !== undefined && HAN_TEXT.test(next.text) && !/^(?:头|火|灯|烟|名|击|赞|菜|钟)$/u.test(next.text), sense: /^a small amount/ },
  // 将这项工作做好, 将会议推迟: the clause's one verb at its end, what it acts on before it (no
  // preposition, time or modal between, 将在北京举行 "will"): 将 is 把, the object marker.
  { word: '将', when: ({ rest }) => objectMarkerClause(clauseOf(rest())), sense: /introduces object of main verb/ },
  // 停车费要涨了, 物业费按月交: a fee for what comes before it, jieba's verb.
  { word: '费', when: ({ self, prev, next }) => self?.text === '费' && prev !== undefined && Array.from(prev.text).length >= 2 && /^(?:v|vn|n)$/.test(prev.tag) && (next === undefined || !HAN_TEXT.test(next.text) || /^(?:要|是|也|都|太|很|又|按|由|每|为|多少|涨|降|上涨|下调|怎么|已|已经|还|就|和|、)/u.test(next.text)), sense: /^fee/ },
  // 口味：5分: a score out of so many points, after a colon and a number.
  { word: '分', when: ({ prev, earlier }) => prev !== undefined && isNumber(prev) && /^[：:]$/u.test(earlier()[1]?.text ?? ''), sense: /^a point \(in sports or games\)/ },
  // The 34th review: sport, shopping and food.
  { word: '盘', when: ({ prev, before, rest }) => prev !== undefined && (isNumber(prev) || /^第/u.test(prev.text)) && mentions(before, rest, SPORT, 10), sense: /^classifier for games or matches/ },
  { word: '中场', when: (n) => sentenceMentions(n, SPORT, 8), sense: /^\(sports\) midfield/ },
  // 连扳三局, 连胜三场: in succession, a verb of one character and how many.
  { word: '连', when: ({ self, prev, next, rest }) => self?.text === '连' && !(prev !== undefined && (/^m/.test(prev.tag) || prev.text.startsWith('第'))) && next !== undefined && next.text.length === 1 && (/^v/.test(next.tag) || verbBySense(next.text)) && (/^m/.test(rest()[1]?.tag ?? '') || /^[一二两三四五六七八九十几0-9]/u.test(rest()[1]?.text ?? '')), sense: /^in succession/ },
  // 一分一分地拼, 敢打敢拼, 拼到底: going all out.
  { word: '拼', when: ({ self, prev, next }) => self?.text === '拼' && (/^(?:地|敢|要|就|去|得|还得|敢打敢)$/u.test(prev?.text ?? '') || /^(?:到底|一把|命|搏|了命)$/u.test(next?.text ?? '')), sense: /^to risk all; to go all out/ },
  { word: '反手', when: (n) => sentenceMentions(n, SPORT, 8) || sentenceMentions(n, /(?:练|正手|拍|发球|接发)/u, 8), sense: /^backhand/, gloss: 'backhand (in ball games)' },
  // 牛肉片得薄: to slice, before how.
  { word: '片', when: ({ self, next }) => self?.text === '片' && /^(?:得|成|好|开)$/u.test(next?.text ?? ''), sense: /^to slice/ },
  // 没封严, 封好口: to seal.
  { word: '封', when: ({ self, prev, next }) => self?.text === '封' && (/^(?:没|没有|不|未)$/u.test(prev?.text ?? '') || /^(?:严|好|紧|上|住|死)$/u.test(next?.text ?? '')), sense: /^to seal/ },
  // 不宜久泡, 泡茶, 泡一下: to steep.
  { word: '泡', when: ({ self, prev, next }) => self?.text === '泡' && (/^(?:久|多|冲|再|先|要|可以|能|别|不要)$/u.test(prev?.text ?? '') || /^(?:茶|开|着|一下|好|一会|一会儿|久|了)$/u.test(next?.text ?? '')), sense: /^to soak; to steep/ },
  { word: '吵', when: ({ self, prev }) => self?.text === '吵' && DEGREE_BEFORE.test(prev?.text ?? ''), sense: /^noisy/ },
  { word: '大气', when: ({ prev }) => DEGREE_BEFORE.test(prev?.text ?? '') || /^(?:也|都|又)$/u.test(prev?.text ?? ''), sense: /^imposing; impressive; stylish/ },
  // 来回比较, 比较一下: to compare.
  { word: '比较', when: ({ prev, next }) => /^(?:来回|反复|仔细|进行|做|相互|作|多方|认真|好好)$/u.test(prev?.text ?? '') || /^(?:一下|了|过|一番)$/u.test(next?.text ?? ''), sense: /^to compare/ },
  // 老人孩子都会用: to use, closing what one can do.
  { word: '用', when: ({ self, prev, next }) => self?.text === '用' && /^(?:会|能|可以|好|不会|都会|不好|难|好不好)$/u.test(prev?.text ?? '') && (next === undefined || !HAN_TEXT.test(next.text) || /^(?:了|的|吗|呢|啊)$/u.test(next.text)), sense: /^to use/ },
  // 收货后如发现质量问题，…: if (literary), before what may happen.
  { word: '如', when: ({ self, prev, next }) => self?.text === '如' && next !== undefined && /^(?:发现|有|遇|遇到|需|需要|出现|不|未|因|对|果)/u.test(next.text) && (prev === undefined || !HAN_TEXT.test(prev.text) || /(?:后|时|前)$/u.test(prev.text)), sense: /^if/, gloss: 'if; in case' },
  { word: '入口', when: ({ next }) => /^(?:鲜|甜|苦|香|即化|回甘|滑|软|顺|清|醇|绵|微)/u.test(next?.text ?? ''), sense: /^on entering the mouth/, gloss: 'on entering the mouth; on the palate' },
  { word: '牛油', when: ({ before, rest }) => mentions(before, rest, /(?:锅|火锅|麻辣|锅底|红汤)/u, 6), sense: /^beef tallow/ },
  { word: '骑手', when: (n) => sentenceMentions(n, /(?:外卖|送|小哥|订单|配送|美团|饿了么|送达|餐)/u, 8), sense: /^delivery rider/, gloss: 'delivery rider (of food or parcels)' },
  { word: '一口', when: ({ prev, next }) => /^(?:下去|咬|吃|喝|一口)/u.test(next?.text ?? '') || /^(?:吃|喝|咬|尝|抿|吸)$/u.test(prev?.text ?? ''), sense: /^a mouthful/ },
  { word: '正', when: ({ self, prev, next }) => self?.text === '正' && /^(?:味道|口味|味儿|颜色|味|茶味|香味)$/u.test(prev?.text ?? '') && (next === undefined || !HAN_TEXT.test(next.text) || /^(?:了|的|啊)$/u.test(next.text)), sense: /^authentic/, gloss: 'authentic; pure (of a taste or colour)' },
  { word: '纠结', when: ({ prev, next }) => /^(?:很|了|好|特别|挺|太|有点|非常|一直)$/u.test(prev?.text ?? '') || /^(?:了|很久|半天|于)$/u.test(next?.text ?? ''), sense: /^to struggle \(mentally\)/ },
  { word: '浑厚', when: ({ prev }) => /(?:声音|低音|嗓音|音色|歌声|声|音)$/u.test(prev?.text ?? ''), sense: /^\(music etc\) deep/ },
  // The 34th review: reports, plans and classical prose.
  { word: '单位', when: ({ next }) => /^(?:GDP|地区生产总值|地区|国内生产总值|面积|产量|能耗|时间|成本|价格|重量|体积|长度)/u.test(next?.text ?? ''), sense: /^unit \(of measure\)/ },
  { word: '作为', when: ({ prev }) => /^(?:担当|有所|大有|积极|主动|无所|有)$/u.test(prev?.text ?? ''), sense: /^accomplishment/ },
  { word: '谋划', when: ({ prev, next }) => /^(?:统筹|超前|精心|提前|科学|认真|深入)$/u.test(prev?.text ?? '') || (next !== undefined && /^(?:v|vn|n)/.test(next.tag) && HAN_TEXT.test(next.text)), sense: /^to plan/, gloss: 'to plan; to map out (a project or policy)' },
  { word: '净土', when: ({ prev, next, before }) => /^(?:保卫战|污染|防治)/u.test(next?.text ?? '') || prev?.text === '、' || before().some((x) => /^(?:蓝天|碧水)$/u.test(x.text)), sense: /^clean/, gloss: 'clean (unpolluted) soil' },
  { word: '有色', when: ({ next }) => /^(?:金属|冶金|行业|矿|产业)/u.test(next?.text ?? ''), sense: /^non-ferrous/ },
  { word: '主体', when: ({ prev }) => /^(?:市场|经营|责任|创新|投资|办学|实施)$/u.test(prev?.text ?? ''), sense: /^agent/, gloss: 'agent; entity (a market or business player)' },
  // 明日起行, 西行, 同行 in travels: going, travelling.
  { word: '行', when: ({ self, prev, next }) => self?.text === '行' && /^(?:起|西|东|南|北|远|同|步|夜|独|缓|前|北上|南下|上路)$/u.test(prev?.text ?? '') && (next === undefined || !HAN_TEXT.test(next.text) || /^(?:至|到|于|数|千|百|十|万)/u.test(next.text)), sense: /^\(bound form\) to walk; to go; to travel/ },
  // 此乃天意也。, 非人力所能为耳。: the classical final particles, closing the sentence.
  { word: '也', when: ({ self, prev, next }) => self?.text === '也' && next !== undefined && /^[。！；]$/u.test(next.text) && prev !== undefined && HAN_TEXT.test(prev.text) && !/^(?:我|你|他|她|它|我们|你们|他们|大家|谁)$/u.test(prev.text), sense: /^\(literary\) particle/ },
  { word: '耳', when: ({ self, prev, next }) => self?.text === '耳' && next !== undefined && /^[。！；，]$/u.test(next.text) && prev !== undefined && HAN_TEXT.test(prev.text) && !/^n/.test(prev.tag) && !/^(?:左|右|双|两|一只|的|和|、|叶|木|银)$/u.test(prev.text), sense: /^and that is all/ },
  // The 35th review: mines and works, phones and reviews.
  // 负340米水平, 负五度: minus, before a number.
  { word: '负', when: ({ self, next }) => self?.text === '负' && next !== undefined && (isNumber(next) || /^[0-9０-９零一二两三四五六七八九十百千]/u.test(next.text)), sense: /^negative/ },
  // 用手电照着顶板: shining (a light) on something.
  { word: '照', when: ({ self, next, before }) => self?.text === '照' && /^(?:着|在|到|亮|了|过)$/u.test(next?.text ?? '') && before().some((x) => /(?:手电|电筒|灯|光|阳光|月光|镜)/u.test(x.text)), sense: /^to shine/ },
  // 称了体重, 称一下: to weigh (the weight, or how many jin).
  { word: '称', when: ({ self, next, rest }) => self?.text === '称' && rest().slice(0, 3).some((x) => /^(?:体重|重量|一下|斤|公斤|多重|几斤)$/u.test(x.text) || /斤$/u.test(x.text)) && next?.text !== '为', sense: /^to weigh/ },
  // 所报专业, 所学知识: that which (is applied for, learnt), 所 before a verb of one character and a noun.
  { word: '所', when: ({ self, next, rest }) => self?.text === '所' && next !== undefined && next.text.length === 1 && (/^v/.test(next.tag) || verbBySense(next.text)) && /^n/.test(rest()[1]?.tag ?? ''), sense: /^that which/ },
  // 停止作业, 动火作业: work, an operation, where work is done (not school homework).
  { word: '作业', when: (n) => sentenceMentions(n, /(?:安全|施工|工人|矿|现场|机械|设备|动火|井下|高空|电钻|停止|冒险|违章|许可|通风|监护|隐患|岗位|班组)/u, 8) && !sentenceMentions(n, /(?:学生|老师|同学|写|布置|交|批改|家长|孩子|课)/u, 8), sense: /^work$/ },
  // 达到1.0%时: when (a reading reaches a level), after a percentage.
  { word: '时', when: ({ prev }) => /^[%％]$/u.test(prev?.text ?? ''), sense: /^when$/ },
  // 拍演唱会, 拍照片: taking photos or shooting (a show, a film).
  { word: '拍', when: ({ self, next }) => self?.text === '拍' && /^(?:演唱会|照片|照|视频|电影|戏|夜景|风景|人像|婚纱照|短视频|下来|了张|张)/u.test(next?.text ?? ''), sense: /^to take \(a photo\)/ },
  // 多花这个钱, 花了不少钱: spending (money, time).
  { word: '花', when: ({ self, rest }) => self?.text === '花' && rest().slice(0, 4).some((x) => /^(?:钱|这个钱|那个钱|冤枉钱|时间|工夫|功夫|心思|精力|力气|[几多少一两三四五六七八九十百千万]+[块元万])$/u.test(x.text)), sense: /^to spend/ },
  // 扣一星, 扣分, 扣工资: to deduct.
  { word: '扣', when: ({ self, next, rest }) => self?.text === '扣' && /^(?:[一二两三四五六七八九十几半]?[星分]|钱|工资|奖金|押金|费|掉|除)/u.test((next?.text ?? '') + (rest()[1]?.text ?? '')), sense: /^to deduct/ },
  // 青衣演员: the opera role.
  { word: '青衣', when: (n) => sentenceMentions(n, /(?:演员|京剧|戏|唱|花旦|老生|角色|行当|梅派|程派|昆曲|剧)/u, 6), sense: /^young woman role in Chinese opera/ },
  // The 36th review: forecasts and notices, markets and insurance, kitchens, film, fiction.
  // 天气会怎样: what will happen (not a skill), before how.
  { word: '会', when: ({ self, next }) => self?.text === '会' && /^(?:怎样|怎么样|如何)$/u.test(next?.text ?? ''), sense: /^to be likely to/ },
  // 除持有通行证的车辆外: except, with its 外 (以外, 之外) later in the clause.
  { word: '除', when: ({ self, rest }) => self?.text === '除' && clauseOf(rest()).slice(1, 14).some((x) => /^(?:外|以外|之外)$/u.test(x.text)), sense: /^except/ },
  // 开盘即一字跌停, 到站即下车: at once, after what happens and before what follows it.
  { word: '即', when: ({ self, prev, next }) => self?.text === '即' && prev !== undefined && /^(?:v|vn)$/.test(prev.tag) && next !== undefined && (/^v/.test(next.tag) || /^一字/u.test(next.text)), sense: /^at once/ },
  // 银行卡号, 手机号: the number of a card, an account, a phone (not a day of the month).
  { word: '号', when: ({ self, prev }) => self?.text === '号' && /(?:卡|电话|手机|门牌|账|帐|证件|身份证|订单|快递|车牌|房间|座位|工|学|编|单据|账户|微信|保单)$/u.test(prev?.text ?? ''), sense: /^number \(of a card/, gloss: 'number (of a card, an account, a phone)' },
  // 八十万手, 封单超过十万手: lots of shares traded.
  { word: '手', when: (n) => n.self?.text === '手' && n.prev !== undefined && (isNumber(n.prev) || /[万千百]$/u.test(n.prev.text)) && sentenceMentions(n, /(?:股|成交|封单|买单|卖单|盘|涨停|跌停|挂单|换手)/u, 6), sense: /^lot \(a trading unit/, gloss: 'lot (a trading unit of 100 shares)' },
  // 科技龙头, 白酒龙头: the leading company of a sector, where the sentence talks of shares.
  { word: '龙头', when: (n) => sentenceMentions(n, /(?:股|板块|涨|跌|指数|资金|行情|估值|市值|业绩|龙头股)/u, 8), sense: /^\(referring to a company\) leader/ },
  // 征信记录, 个人征信: credit reporting, as banks and apps speak of it.
  { word: '征信', when: ({ self }) => self?.text === '征信', sense: /^credit reporting/ },
  // 以自有资金, 自有品牌: one's own, before what is owned.
  { word: '自有', when: ({ self, next }) => self?.text === '自有' && next !== undefined && /^n/.test(next.tag), sense: /^one's own/ },
  // 先行赔款, 理赔款: paying compensation on an insurance claim.
  { word: '赔款', when: (n) => sentenceMentions(n, /(?:保险|理赔|保单|险|赔付|投保|出险|定损)/u, 8), sense: /^compensation; claim payment/, gloss: 'compensation; claim payment (from an insurer)' },
  // 粉丝一小把泡软切碎: bean vermicelli, among a dish's ingredients.
  { word: '粉丝', when: (n) => sentenceMentions(n, /(?:泡软|切碎|炒|煮|锅|汤|馅|蒸|凉拌|粉条|一把|一小把|扇贝|蒜蓉|白菜|肉末|葱|姜|蒜|酱油|盐)/u, 8), sense: /^bean vermicelli/ },
  // 把糖炒糊了, 糊了就发苦: scorched (of food).
  { word: '糊', when: ({ self, prev, next, rest }) => self?.text === '糊' && (/^(?:炒|烧|烤|煎|熬|炸|焦|煮|蒸)$/u.test(prev?.text ?? '') || (next?.text === '了' && rest().slice(1, 5).some((x) => /^(?:发苦|苦|焦|黑|味道|没法吃|不能吃)/u.test(x.text)))), sense: /scorched; burnt/ },
  // 用筷子搅成絮状, 搅匀: stirring, mixing.
  { word: '搅', when: ({ self, next, before }) => self?.text === '搅' && (/^(?:成|匀|拌|开|一搅|几下|动|散|碎|至|到)/u.test(next?.text ?? '') || before().slice(0, 4).some((x) => /^(?:筷子|勺|勺子|锅|碗|蛋|面粉|边)$/u.test(x.text))), sense: /^to stir/ },
  // 放上馅料对折: folding in two (not a sale).
  { word: '对折', when: (n) => !sentenceMentions(n, /(?:打折|价|元|钱|优惠|卖|促销|商品|出售)/u, 6), sense: /^to fold in two/ },
  // 醒半个小时, 醒一会儿: letting dough rest, in a kitchen.
  { word: '醒', when: (n) => n.self?.text === '醒' && sentenceMentions(n, /^(?:面团|面|保鲜膜|揉|擀|发酵|和面|醒面|揉面|面粉)$/u, 8) && !sentenceMentions(n, /(?:睡|梦|闹钟|叫醒|早上|半夜)/u, 8), sense: /^to let \(dough\) rest/, gloss: 'to let (dough) rest; to proof' },
  // 切勿涉水强行通过: getting through (a flooded road), closing the clause.
  { word: '通过', when: ({ self, prev, next }) => self?.text === '通过' && (next === undefined || !HAN_TEXT.test(next.text)) && /^(?:强行|安全|顺利地|缓慢|无法|禁止|不能|可以|快速|慢慢)$/u.test(prev?.text ?? ''), sense: /^to pass through/ },
  // 对于此类案件，可先行预付: may (do so), before how and what is done, where a clause starts.
  { word: '可', when: ({ self, prev, next, rest }) => self?.text === '可' && prev !== undefined && /^[，,；;：:]$/u.test(prev.text) && /^(?:先行|直接|自行|随时|立即|当场|另行|酌情|适当|凭|通过|向|在|于|按|依法|申请|选择|享受|免费|继续)$/u.test(next?.text ?? '') && rest().slice(1, 3).some((x) => /^v/.test(x.tag)), sense: /^\(prefix\) can; may/ },
  // 扩大大豆出口, 牛肉出口: exports, where the sentence trades in goods.
  { word: '出口', when: ({ self, prev, before, rest }) => self?.text === '出口' && prev !== undefined && /^n/.test(prev.tag) && mentions(before, rest, /(?:对华|贸易|进口|大豆|牛肉|粮食|农产品|商品|产品|矿产|石油|天然气|芯片|汽车|钢铁|订单|关税)/u, 6), sense: /^to export/ },
  // 话一出口就后悔了: the words once out of one's mouth.
  { word: '出口', when: ({ self, before }) => self?.text === '出口' && before().slice(0, 3).some((x) => x.text === '话' || x.text === '话刚'), sense: /^to be uttered/, gloss: "to be uttered; to come out of one's mouth (words)" },
  // 你到底签不签？, 到底怎么回事: on earth, in a question.
  { word: '到底', when: ({ self, rest }) => self?.text === '到底' && (rest().some((x) => /^[？?]/u.test(x.text)) || rest().slice(0, 6).some((x) => /^(?:什么|怎么|怎么样|为什么|为啥|哪|哪儿|哪里|谁|多少|几|是不是|有没有|能不能|要不要|行不行|咋|啥)$/u.test(x.text))), sense: /^on earth/, gloss: 'on earth; after all; exactly (in a question)' },
  // 得了三票, 投出一票: votes counted, where the sentence votes.
  { word: '票', when: (n) => n.self?.text === '票' && n.prev !== undefined && (isNumber(n.prev) || /^[一二两三四五六七八九十百千万几]+$/u.test(n.prev.text)) && sentenceMentions(n, /(?:投票|选|得票|赞成|反对|评委|观众|投|票数|淘汰|晋级|弃权)/u, 6), sense: /^vote; ballot/, gloss: 'vote; ballot' },
  // 豆瓣开分8.2分, 打了九十分: points, where the sentence scores or rates.
  // (Not minutes and seconds, 10分35秒, 4分52秒的成绩.)
  { word: '分', when: (n) => n.self?.text === '分' && n.prev !== undefined && (isNumber(n.prev) || /[0-9０-９]$/u.test(n.prev.text)) && n.next?.text !== '钟' && !n.rest().slice(0, 3).some((x) => x.text.includes('秒')) && !/^(?:小时|点|时)$/u.test(n.before()[1]?.text ?? '') && sentenceMentions(n, /(?:评分|打分|得分|分数|满分|评委|考试|成绩|豆瓣|猫眼|开分|比分|总分|高分|低分|考了|打了)/u, 8), sense: /^a point \(in sports|^point \(in a score/, gloss: 'point (in a score or rating)' },
  // 五分钱: fen, a hundredth of a yuan.
  { word: '分', when: ({ self, prev, next }) => self?.text === '分' && prev !== undefined && /^[一二两三四五六七八九几]$/u.test(prev.text) && next?.text === '钱', sense: /^0\.01 yuan/ },
  // 开火车, 开拖拉机: driving a vehicle.
  { word: '开', when: ({ self, next }) => self?.text === '开' && /^(?:火车|车|飞机|船|拖拉机|卡车|出租车|出租|公交|公交车|货车|汽车|大巴|轮船|摩托|摩托车|三轮车|挖掘机|铲车|吊车|地铁)$/u.test(next?.text ?? ''), sense: /^to drive \(a vehicle/, gloss: 'to drive (a vehicle); to operate' },
  // 人家给的, 给了他一本书: given, the verb itself.
  // (Not after a verb it completes, 嫁给了一位医生 "married to".)
  { word: '给', when: ({ self, prev, next, rest }) => self?.text === '给' && !/^v/.test(prev?.tag ?? '') && (next?.text === '的' || (next?.text === '了' && /^(?:r|n|nr|m)/.test(rest()[1]?.tag ?? ''))), sense: /^to give/ },
  // 豆瓣评分, 猫眼想看: the review site and the ticketing site, where films are rated and sold.
  { word: '豆瓣', when: (n) => sentenceMentions(n, /(?:评分|开分|打分|分$|电影|影片|剧|网友|用户|小组|短评|影评|书评|上映)/u, 8), sense: /^Douban/, gloss: 'Douban (Chinese website for rating films, books and music)' },
  { word: '猫眼', when: (n) => sentenceMentions(n, /(?:票房|评分|开分|想看|电影|影片|上映|购票|预售|排片)/u, 8), sense: /^Maoyan/, gloss: 'Maoyan (Chinese film-ticketing and box-office website)' },
  // 骚乱多发地区: prone to happen (see recutPairs in ./segment), a word only there (多发了一条 is "sent one more").
  { word: '多发', when: ({ self }) => self?.text === '多发', sense: /^frequently occurring/, gloss: 'frequently occurring; prone to (disasters, accidents, a disease)' },
  // 坚持到底, 奉陪到底: to the end, closing the clause after a verb.
  { word: '到底', when: ({ self, prev, next }) => self?.text === '到底' && prev !== undefined && /^v/.test(prev.tag) && (next === undefined || /^[\p{P}\s]/u.test(next.text)), sense: /^to the end/ },
  // 高度关注, 高度重视, 高度一致: highly, before a verb or what it qualifies.
  { word: '高度', when: ({ self, next }) => self?.text === '高度' && next !== undefined && ((/^v/.test(next.tag) && next.tag !== 'vn') || /^(?:关注|重视|评价|赞扬|赞赏|警惕|关切|一致|认可|肯定|契合|融合|集中)$/u.test(next.text)), sense: /^highly/ },
  // (给予…的高度评价: a high degree of it, named after 的.)
  { word: '高度', when: ({ self, prev, next }) => self?.text === '高度' && prev?.text === '的' && next !== undefined && /^(?:v|vn|n)/.test(next.tag), sense: /^high degree/ },
  // 巴西方面希望, 校方方面: the side of a party named before it.
  { word: '方面', when: ({ self, prev, next }) => self?.text === '方面' && next?.text !== '军' && prev !== undefined && (/^(?:ns|nt|nsj)$/.test(prev.tag) || /^(?:政府|警方|校方|官方|对方|我方|中方|美方|院方|厂方|资方|劳方|买方|卖方|双方|甲方|乙方|主办方|组委会)$/u.test(prev.text)) && !/^(?:的)$/u.test(prev.text), sense: /^side$/ },
  // 收音机正放着《沙家浜》: a radio or a television playing something.
  { word: '放', when: ({ self, next, before }) => self?.text === '放' && /^(?:着|了|的|起)$/u.test(next?.text ?? '') && before().slice(0, 4).some((x) => /^(?:收音机|电视|电视机|广播|喇叭|音响|唱机|录音机|大喇叭|手机|电台)$/u.test(x.text)), sense: /^to play \(music, a film\)/, gloss: 'to play (music, a film)' },
  // 被炒了, 炒鱿鱼: sacked.
  { word: '炒', when: ({ self, prev, next }) => self?.text === '炒' && (prev?.text === '被' || /^(?:鱿鱼|了鱿鱼)$/u.test(next?.text ?? '')), sense: /^to sack/ },
  // 点普洱: the tea (see everydayPhrasesNotNamed in ./segment), not the city.
  { word: '普洱', when: ({ self }) => self?.tag === 'n', sense: /^Pu'er tea/, gloss: "Pu'er tea (short for 普洱茶, named after Pu'er in Yunnan)" },
  // 连线中央气象台的记者: linking up live (by phone or video) in a broadcast.
  { word: '连线', when: (n) => sentenceMentions(n, /(?:记者|前方|现场|演播室|直播|视频|主持人|观众|台|节目)/u, 8), sense: /^to link up live/, gloss: 'to link up live (by phone or video, in a broadcast)' },
  // The 37th review.
  // 接下来会重点加强, 衣服会随着动作产生褶皱, 也会上下浮动: what will or is likely to happen, before a verb, an adverb or a preposition (not a skill, 会用电脑, below).
  { word: '会', when: ({ self, next }) => self?.text === '会' && next !== undefined && ((/^(?:v|d|p|ad|a)/.test(next.tag) && next.tag !== 'vn') || /^(?:重点|主要|进一步|继续|全面|逐步|持续|陆续|及时|第一时间)$/u.test(next.text)) && !SKILL_VERBS.test(next.text), sense: /^to be likely to/ },
  // 会用电脑, 会修车: knowing how, before a verb of skill and what it handles.
  { word: '会', when: ({ self, next, rest }) => self?.text === '会' && SKILL_VERBS.test(next?.text ?? '') && /^(?:n|vn|nz|eng)/.test(rest()[1]?.tag ?? ''), sense: /^can; to have the skill/ },
  // 将比赛拖入后期, 将所募资金用于购置豪车: the object (as 把 marks it), before a verb that puts it somewhere or makes it something.
  { word: '将', when: ({ self, next, rest }) => self?.text === '将' && next !== undefined && (/^(?:n|nr|ns|nt|nz|r|m|vn)/.test(next.tag) || next.text === '所') && !/^(?:其|它|他|她|这|那|依法|依规|依照|按照|按|严格|全面|逐步|统一|集中|共同|首次|正式)$/u.test(next.text) && objectPutSomewhere(clauseOf(rest())), sense: /introduces object of main verb/ },
  // 超过三十八度五再吃布洛芬, 等结果出来再说: then (and not until then), after a condition.
  { word: '再', when: ({ self, before }) => self?.text === '再' && before().slice(0, 5).some((x) => /^(?:超过|高于|低于|等|等到|之后|以后|后|过后|出来|确认|确定|好转)$/u.test(x.text)) && !before().slice(0, 5).some((x) => /^[，,。；;！？]$/u.test(x.text)), sense: /^then \(after sth/ },
  // 经物业查看, 经鉴定: after; through (an inspection), at the clause's start before who looked.
  { word: '经', when: ({ self, prev, rest }) => self?.text === '经' && (prev === undefined || /^[\p{P}\s]+$/u.test(prev.text)) && clauseOf(rest()).slice(0, 4).some((x) => /^(?:查看|检查|检测|鉴定|调查|核实|审查|诊断|确认|排查|协商|调解|测算|统计)$/u.test(x.text)), sense: /^to undergo/ },
  // ，系楼上住户…所致, 双方系合作关系: is (literary), opening a clause or between two parties and what they are.
  { word: '系', when: ({ self, prev, rest }) => self?.text === '系' && (prev === undefined || /^[，,；;]$/u.test(prev.text) || /^(?:双方|二人|两人|该|此|其|本案|该案|事故|火灾|起火原因|原因)$/u.test(prev.text)) && clauseOf(rest()).some((x) => /^(?:所致|造成|关系|引起|导致|同学|夫妻|朋友|亲戚|同事|邻居|母子|父子|所为)$/u.test(x.text)), sense: /^to be \(literary\)/ },
  // 一所好大学: a school counted (a classifier), a word or two before what is counted.
  { word: '所', when: ({ self, prev, rest }) => self?.text === '所' && prev !== undefined && (isNumber(prev) || /^(?:几|这|那|每|哪)$/u.test(prev.text)) && rest().slice(0, 3).some((x) => /(?:学|学校|大学|中学|小学|医院|房子|房屋|院校|高校|幼儿园|机构|名校|学院)$/u.test(x.text)), sense: /^classifier for houses/ },
  // 教你三招, 第一招: a trick or a move, counted.
  { word: '招', when: ({ self, prev }) => self?.text === '招' && prev !== undefined && (isNumber(prev) || /^(?:第[一二三四五六七八九十]+|几|这|那|哪|绝|高|妙|损|狠|杀手|一)$/u.test(prev.text)), sense: /^trick/ },
  // 该作, 本作, 新作: a work (a game, a film, a book).
  { word: '作', when: ({ self, prev }) => self?.text === '作' && /^(?:该|本|新|前|旧|遗|处女|成名|代表|此|上一|前一|续)$/u.test(prev?.text ?? ''), sense: /^writings; works/ },
  // 这代产品, 上一代: a generation of a product.
  { word: '代', when: ({ self, prev, next }) => self?.text === '代' && /^(?:这|那|上|下|新|前|每|哪|新一|上一|下一|第一|第二|第三)$/u.test(prev?.text ?? '') && next !== undefined && /^(?:n|vn|nz|eng|x)/.test(next.tag), sense: /^generation/ },
  // 豪华版, 标准版, 中文版: an edition or a version.
  { word: '版', when: ({ self, prev }) => self?.text === '版' && prev !== undefined && /^(?:豪华|标准|普通|典藏|收藏|珍藏|限量|限定|中文|英文|国际|简体|繁体|电子|纸质|网络|手机|电脑|正式|测试|精装|平装|新|旧|最新|升级|青春|加长|导演|高配|低配|顶配|黄金|白金|年度)$/u.test(prev.text), sense: /^edition/ },
  // 15分钟时, 第三局时: when, at a point counted in time.
  { word: '时', when: ({ self, prev }) => self?.text === '时' && prev !== undefined && /(?:分钟|秒|小时|局|回合|节|轮|圈|岁|年级)$/u.test(prev.text), sense: /^when/ },
  // 千年之约, 赴约: an appointment or a pact.
  { word: '约', when: ({ self, prev }) => self?.text === '约' && /^(?:之|赴|守|爽|践|失|毁)$/u.test(prev?.text ?? ''), sense: /^pact/ },
  // 轻若烟雾, 薄若蝉翼, 冷若冰霜: like, after a quality.
  { word: '若', when: ({ self, prev, next }) => self?.text === '若' && prev !== undefined && prev.text.length === 1 && /^(?:a|ad|z)/.test(prev.tag) && next !== undefined && /^n/.test(next.tag), sense: /^like/ },
  // 阳光照来, 迎面照来, 照在脸上: shining.
  { word: '照', when: ({ self, prev, next }) => self?.text === '照' && (/^(?:迎面|斜|光|阳光|月光|太阳|灯光|夕阳|斜阳|日光)$/u.test(prev?.text ?? '') || /^(?:来|进|在|着|亮|到|射)$/u.test(next?.text ?? '')), sense: /^to shine/ },
  // 连续烧三天, 烧到三十九度: having a fever.
  { word: '烧', when: ({ self, next, before }) => self?.text === '烧' && (/^(?:到|了|得)$/u.test(next?.text ?? '') || isNumber(next ?? { text: '', tag: '' })) && mentions(before, () => [], /^(?:发烧|体温|退烧|高烧|低烧|孩子|宝宝|连续|反复|一直)$/u, 0), sense: /^fever/ },
  // 症状又反复了, 病情反复: (of an illness) to return.
  { word: '反复', when: ({ self, prev, next }) => self?.text === '反复' && (next === undefined || /^(?:了|的)$/u.test(next.text) || /^[\p{P}\s]/u.test(next.text)) && /^(?:又|病情|症状|总是|容易|会|一直|老是|总)$/u.test(prev?.text ?? ''), sense: /^\(of an illness\) to return/ },
  // 容易上火, 吃辣上火: excessive internal heat (TCM), said of the body and food.
  { word: '上火', when: (n) => n.self?.text === '上火' && sentenceMentions(n, /(?:容易|吃|喝|辣|口干|咽|嗓子|喉咙|便秘|长痘|口腔|溃疡|湿热|体质|中医|食物|热气)/u, 6), sense: /^to suffer from excessive internal heat/ },
  // 该先找个小厂, 是不是该: should, before an adverb and a verb.
  { word: '该', when: ({ self, prev, next }) => self?.text === '该' && (/^(?:是不是|是否|不|也|就|都|早|真|又)$/u.test(prev?.text ?? '') || /^(?:先|怎么|如何|多|好好|继续)$/u.test(next?.text ?? '')), sense: /^should/ },
  // 现因开分店, 现有: now, opening a notice's clause before why or what.
  { word: '现', when: ({ self, prev, next }) => self?.text === '现' && (prev === undefined || /^[\p{P}\s]+$/u.test(prev.text)) && /^(?:因|由于|为|根据|按|经|面向|向|特|诚|急|拟|需|招|招聘|公开)/u.test(next?.text ?? ''), sense: /^now/ },
  // 分机号, 微信同号: a number (of a phone, an account).
  { word: '号', when: ({ self, prev }) => self?.text === '号' && /^(?:分机|同|账|手机|电话|座机|微信|QQ|会员|工作)$/u.test(prev?.text ?? ''), sense: /^number \(of a phone/, gloss: 'number (of a phone, an account)' },
  // 半天没说话: a long time, before what did not happen.
  { word: '半天', when: ({ self, next }) => self?.text === '半天' && /^(?:没|没有|都没|也没|才|还没|不)$/u.test(next?.text ?? ''), sense: /^a long time/ },
  // 按旷工半天计算, 请假半天: half a day, counted as leave or absence.
  { word: '半天', when: ({ self, before }) => self?.text === '半天' && before().slice(0, 3).some((x) => /^(?:旷工|请假|休假|工作|上班|休息|按|放假|调休)$/u.test(x.text)), sense: /^half of the day/ },
  // ，可过不了多久: but, opening a clause after a comma.
  { word: '可', when: ({ self, prev, next, earlier }) => self?.text === '可' && prev !== undefined && /^[，,]$/u.test(prev.text) && next !== undefined && HAN_TEXT.test(next.text) && (/^(?:d|ug|ul|uz)$/.test(next.tag) || /^(?:过|是|就|又|还|却|总|偏)$/u.test(next.text)) && !earlier().some((x) => /^(?:如|若|如果|凡|需要|如需|如有|后|之后|以后|时|届时)$/u.test(x.text)), sense: /^but; however/ },
  // 千万不可取, 千万别: by all means (not), before a negation.
  { word: '千万', when: ({ self, next }) => self?.text === '千万' && /^(?:不|不可|不可取|不能|不要|别|勿|莫|要|得|记住|注意)/u.test(next?.text ?? ''), sense: /^one must by all means/ },
  // 默认调音, 默认设置: the default (setting), before what is set.
  { word: '默认', when: ({ self, next }) => self?.text === '默认' && next !== undefined && /^(?:设置|调音|模式|状态|值|配置|选项|密码|浏览器|开启|关闭|打开|是|为|的|情况)/u.test(next.text), sense: /^default/ },
  // 公众号后台, 在后台留言, 后台运行: the back end of an app or an account.
  { word: '后台', when: (n) => n.self?.text === '后台' && sentenceMentions(n, /(?:公众号|留言|私信|运行|程序|软件|App|APP|app|系统|数据|账号|网站|平台|应用|手机)/u, 4), sense: /back-end/ },
  // 拼到最后, 拼一把, 跟他拼了: going all out.
  { word: '拼', when: ({ self, next }) => self?.text === '拼' && /^(?:到|一把|了|命|尽|搏|下去|一拼|出)$/u.test(next?.text ?? ''), sense: /^to risk all/ },
  // 充到满, 充满电, 充电: charging (a battery), before how full.
  { word: '充', when: ({ self, next, before }) => self?.text === '充' && /^(?:到|满|了|一次|一晚)/u.test(next?.text ?? '') && mentions(before, () => [], /(?:电|电池|电量|充电|续航|手机|从零|0|零)/u, 0), sense: /^to charge \(a battery\)/, gloss: 'to charge (a battery); to fill' },
  // 如果想报医学，就要提前查看: then (one) must, after a condition.
  { word: '就要', when: ({ self, prev, earlier }) => self?.text === '就要' && /^[，,]$/u.test(prev?.text ?? '') && earlier().some((x) => /^(?:如果|要是|若|假如|只要|一旦|若是|倘若|想|想要)$/u.test(x.text)), sense: /^then \(one\) must/, gloss: 'then (one) must' },
  // 先观察几点：, 注意以下几点: a few points, not "what time?".
  { word: '几点', when: ({ self, prev, next }) => self?.text === '几点' && (/^[：:]$/u.test(next?.text ?? '') || /^(?:以下|下面|如下|这|这么|观察|注意|说|提|讲|强调|总结|归纳|包括|有)$/u.test(prev?.text ?? '') || /^(?:建议|意见|要求|原因|看法|体会|想法|注意事项)$/u.test(next?.text ?? '')), sense: /^a few points/, gloss: 'a few points' },
  // 一手托住屁股，一手扶住: with one hand, before what it does.
  { word: '一手', when: ({ self, next }) => self?.text === '一手' && next !== undefined && /^v/.test(next.tag) && next.tag !== 'vn', sense: /^with one hand/, gloss: 'with one hand' },
  { word: '手', when: ({ self, prev, next }) => self?.text === '手' && prev?.text === '一' && next !== undefined && /^v/.test(next.tag) && next.tag !== 'vn', sense: /^hand/ },
  // 住得起, 买不起: can (not) afford to, after a verb and 得 or 不.
  { word: '起', when: ({ self, prev, before }) => self?.text === '起' && /^[得不]$/u.test(prev?.text ?? '') && /^(?:买|住|租|吃|用|养|看|穿|玩|付|花|请|读|上|坐|打|交|请得|开)$/u.test(before()[1]?.text ?? ''), sense: /^can \(not\) afford/, gloss: 'can (not) afford to (after a verb and 得 or 不)' },
  // 住房公积金, 公积金贷款: the housing provident fund.
  { word: '公积金', when: (n) => n.self?.text === '公积金' && (n.prev?.text === '住房' || sentenceMentions(n, /(?:贷款|缴存|缴纳|提取|购房|房贷|住房|社保|五险)/u, 4)), sense: /^housing provident fund/, gloss: 'housing provident fund (short for 住房公积金)' },
  // 烧心的感觉, 反酸烧心: heartburn.
  { word: '烧心', when: (n) => n.self?.text === '烧心' && sentenceMentions(n, /(?:感觉|胃|反酸|反流|半夜|食管|症状|吃完|饭后|嗳气)/u, 4), sense: /^heartburn/, gloss: 'heartburn' },
  // 出水了大量瓷器, 出水文物: (of relics) recovered from under water.
  { word: '出水', when: (n) => n.self?.text === '出水' && sentenceMentions(n, /(?:文物|瓷器|沉船|水下|考古|遗物|青花|铜钱|陶瓷)/u, 6), sense: /^\(of relics\)/, gloss: '(of relics) to be recovered from under water' },
  // 银印, 长安令印, 印文: a seal.
  { word: '印', when: ({ self, prev, next }) => self?.text === '印' && (/^(?:金|银|铜|玉|官|私|令|帝|王|国|龟钮|一枚|枚)$/u.test(prev?.text ?? '') || /^(?:文|章|钮|台|泥)$/u.test(next?.text ?? '')), sense: /^a seal/ },
  // 大厂的offer, 进大厂: a big (tech) company, among jobs.
  { word: '大厂', when: (n) => n.self?.text === '大厂' && sentenceMentions(n, /(?:offer|面试|程序员|互联网|跳槽|裁员|工作|实习|校招|秋招|春招|简历|996|加班|内卷|卷|工资|薪资)/iu, 6), sense: /^\(coll\.\) major tech company/ },
  // 和别人家的孩子比较。: comparing, with whom said before.
  { word: '比较', when: ({ self, next, before }) => self?.text === '比较' && (next === undefined || !HAN_TEXT.test(next.text)) && before().slice(0, 8).some((x) => /^(?:和|跟|与|同|相)$/u.test(x.text)), sense: /^to compare/ },
  // 该怎么报, 报什么专业, 报不了: applying (for a university, a major), where the text is about admissions.
  { word: '报', when: (n) => n.self?.text === '报' && sentenceMentions(n, /(?:志愿|专业|大学|院校|高校|高考|学校|分数|录取|填报|招生)/u, 6) && (/^(?:怎么|该|去|要|想|能|可以|不|都|就|先|再|没|敢|得|会|可|只能|还能)$/u.test(n.prev?.text ?? '') || /^(?:什么|哪|哪个|哪些|不了|得了|了|个|这|那|？|\?)$/u.test(n.next?.text ?? '')), sense: /^to sign up for/ },
  // 读名校, 读大学, 读研: attending a school.
  { word: '读', when: ({ self, next }) => self?.text === '读' && /(?:大学|名校|研|研究生|博士|硕士|高中|初中|小学|本科|专科|中专|大专|技校|职高|学校|中学|学院|幼儿园|几年级|年级|MBA)$/u.test(next?.text ?? ''), sense: /^to attend \(school\)/ },
  // 要勾, 勾选, 打勾: ticking (a box).
  { word: '勾', when: (n) => n.self?.text === '勾' && (sentenceMentions(n, /(?:勾选|选项|打勾|方框|填报|表格|一栏|同意|服从)/u, 6) || (/^(?:要|打|先|再|别|不要|不用|就|都|不)$/u.test(n.prev?.text ?? '') && (n.next === undefined || !HAN_TEXT.test(n.next.text)))), sense: /^to tick/ },
  // 排列志愿, 第一志愿, 填报志愿: choices on an admissions form.
  { word: '志愿', when: (n) => n.self?.text === '志愿' && sentenceMentions(n, /(?:填报|排列|第一|平行|录取|专业|院校|高校|大学|高考|分数|顺序|梯度|冲|稳|保)/u, 6) && !/^(?:者|服务|活动|队)/u.test(n.next?.text ?? ''), sense: /^choice \(of/, gloss: 'choice (of university or major, on an admissions form)' },
  // 下水施救, 下水游泳: going into the water.
  { word: '下水', when: ({ self, next }) => self?.text === '下水' && /^(?:施救|救人|游泳|捕捞|摸鱼|玩耍|玩|戏水|营救|搜救|打捞|洗澡)$/u.test(next?.text ?? ''), sense: /^to go into the water/ },
  // 闻一闻, 闻了闻, 闻到: smelling.
  { word: '闻', when: ({ self, prev, next, before }) => self?.text === '闻' && (/^(?:一|了|着|到|起来|闻|见|出|味|气味|味道)$/u.test(next?.text ?? '') || /^(?:闻|用鼻子|凑近|凑过去|低头)$/u.test(prev?.text ?? '') || (/^[一了]$/u.test(prev?.text ?? '') && before()[1]?.text === '闻')), sense: /^to smell/ },
  // 牙齿都在长, 一直在长: growing, closing the clause after 在 or 还.
  // 苦草长不起来: growing, before whether it can (the reading is zhǎng, see the 长 rule in ./pinyin/rules).
  { word: '长', when: ({ self, next, rest }) => self?.text === '长' && next?.text === '不' && /^(?:起来|大|高|出来)$/u.test(rest()[1]?.text ?? ''), sense: /^to grow/, entry: 'zhang3' },
  { word: '长', when: ({ self, prev, next }) => self?.text === '长' && /^(?:在|还在|正在|一直|不断|会|开始|都在)$/u.test(prev?.text ?? '') && (next === undefined || !HAN_TEXT.test(next.text) || /^(?:个|个子|身体|牙|肉|胖|高|大|出|得)$/u.test(next.text)), sense: /^to grow/, entry: 'zhang3' },
  // 去了家创业公司, 开了家店: a business counted (一 left out), before what it is.
  { word: '家', when: ({ self, prev, before, rest }) => self?.text === '家' && (/^(?:去了|开了|进了|找了|换了|到了)$/u.test(prev?.text ?? '') || (prev?.text === '了' && /^(?:去|开|进|找|换|到)$/u.test(before()[1]?.text ?? ''))) && rest().slice(0, 3).some((x) => /(?:公司|店|餐厅|饭店|医院|银行|工厂|厂|企业|机构|酒店|超市|单位|咖啡馆|书店)$/u.test(x.text)), sense: /^classifier for families or businesses/ },
  // 本报长沙电, 新华社北京电: a dispatch, after the place a dateline names.
  { word: '电', when: ({ self, prev, before }) => self?.text === '电' && prev !== undefined && /^ns/.test(prev.tag) && before().slice(1, 3).some((x) => /^(?:本报|新华社|中新社|记者|本报讯|讯)$/u.test(x.text)), sense: /^phone call or telegram/ },
  // “深海勇士”号: the suffix naming a vessel, after its name in quotes.
  { word: '号', when: ({ self, prev, next }) => self?.text === '号' && /^[”"’」]$/u.test(prev?.text ?? '') && !/^(?:为|曰|称|是|称为)$/u.test(next?.text ?? ''), sense: /^ship suffix/ },
  // 不卷, 太卷了, 卷不动了: competing too hard (the slang of 内卷), as its reading says (see the 卷 rule in ./pinyin/rules).
  { word: '卷', when: ({ self, prev, next }) => self?.text === '卷' && ((/^(?:不|太|很|好|真|都在|越来越|那么|这么|没那么)$/u.test(prev?.text ?? '') && (next === undefined || !HAN_TEXT.test(next.text) || next.text === '了')) || /^(?:不动|赢)$/u.test(next?.text ?? '')), sense: /^\(slang\) to compete/, entry: 'juan3' },
  // 暖心一幕, 这一幕: a scene (of what happened), counted.
  { word: '幕', when: ({ self, prev }) => self?.text === '幕' && /^(?:一|这|那|每|这一|那一)$/u.test(prev?.text ?? ''), sense: /^scene \(what one sees/, gloss: 'scene (what one sees happen: 一幕 "a scene")' },
  // 死活不要, 死活都不肯: no matter what, before a refusal.
  { word: '死活', when: ({ self, next }) => self?.text === '死活' && /^(?:不|不要|不肯|不让|不同意|都|也|就是|不愿|不愿意|不想)/u.test(next?.text ?? ''), sense: /^no matter what/ },
  // 贵得离谱, 新鲜到离谱: outrageous (today's everyday sense).
  { word: '离谱', when: ({ self }) => self?.text === '离谱', sense: /^\(coll\.\) outrageous/, gloss: '(coll.) outrageous; ridiculous; way off the mark' },
  // 基本就是凉了, 不一定凉: (slang) done for, hopeless.
  { word: '凉', when: ({ self, prev, next }) => self?.text === '凉' && /^(?:基本|就|就是|要|肯定|已经|不一定|彻底|怕是|估计|估计要|基本就是|算是|真)$/u.test(prev?.text ?? '') && (next === undefined || !HAN_TEXT.test(next.text) || next.text === '了'), sense: /^\(slang\) to be done for/, gloss: '(slang) to be done for; to be hopeless' },
  // 拿下五杀, 拿下小龙: winning (a kill, an objective) in a game.
  { word: '拿下', when: ({ self, rest }) => self?.text === '拿下' && rest().slice(0, 3).some((x) => /(?:杀|一血|小龙|大龙|MVP|团战|首胜|胜场|积分)$/u.test(x.text)), sense: /^to win/ },
  // 偶尔会糊片, 有时会卡顿: what happens now and then (会 "is likely to"), whatever follows.
  { word: '会', when: ({ self, prev, next, rest }) => self?.text === '会' && next !== undefined && (/^(?:偶尔|有时|有时候|经常|常常|总是|时不时|难免|往往|通常)$/u.test(prev?.text ?? '') || (/^(?:也|还|都|总)$/u.test(prev?.text ?? '') && /^(?:v|d|p|a|ad|c|f|l|i|u)/.test(next.tag))) && !SKILL_VERBS.test(next.text) && !(/^(?:上|后|前|中|间|议)$/u.test(next.text) && !/^[上下]$/u.test(rest()[1]?.text ?? '')), sense: /^to be likely to/ },
  // 关元穴, 按揉穴位: an acupuncture point.
  { word: '穴', when: (n) => n.self?.text === '穴' && sentenceMentions(n, /(?:穴位|按揉|按摩|艾灸|针灸|灸|经络|关元|足三里|合谷|涌泉|百会|中医)/u, 4), sense: /^acupuncture point/ },
  // 服从调剂, 调剂到其他专业: reassigned to another major (admissions).
  { word: '调剂', when: (n) => n.self?.text === '调剂' && sentenceMentions(n, /(?:专业|志愿|录取|服从|院校|高考|招生|退档)/u, 6), sense: /^to be reassigned/, gloss: 'to be reassigned (to another major, in university admissions); to adjust' },
  // 面了十几家, 面过三次: interviewed (面 short for 面试).
  { word: '面', when: ({ self, next, rest }) => self?.text === '面' && /^(?:了|过)$/u.test(next?.text ?? '') && /^(?:[0-9０-９一二两三四五六七八九十几]|好几|不少|很多)/u.test(rest()[1]?.text ?? ''), sense: /^\(coll\.\) to interview/, gloss: '(coll.) to interview (short for 面试)' },
  // 我们点的微辣, 必点: ordering (food), where the text eats.
  { word: '点', when: (n) => n.self?.text === '点' && /^(?:必|我们|我|你|他|她|先|再|还|又|想|要|都|就|可以|随便|单独|多)$/u.test(n.prev?.text ?? '') && sentenceMentions(n, /(?:菜|锅|份|吃|店|碗|杯|辣|毛肚|火锅|外卖|饮料|奶茶|咖啡|套餐|甜品|菜单|服务员|招牌)/u, 6), sense: /^to order \(food/ },
  // 点个赞, 点赞: giving a like.
  { word: '点', when: ({ self, next, rest }) => self?.text === '点' && (/^(?:个赞|赞|了赞|个关注)$/u.test(next?.text ?? '') || (/^[个了]$/u.test(next?.text ?? '') && /^(?:赞|关注)$/u.test(rest()[1]?.text ?? ''))), sense: /^to give \(a like\)/, gloss: 'to give (a like); to click' },
  // 不过两头都准备着: however, opening the sentence or a clause.
  { word: '不过', when: ({ self, prev, next }) => self?.text === '不过' && (prev === undefined || /^[。！？；，,\n“”]+$/u.test(prev.text)) && next !== undefined && HAN_TEXT.test(next.text) && !/^(?:[一二两三四五六七八九十几百千万]+[天年月个次分钟小时岁元块万人米斤]*|是|就是|才)$/u.test(next.text), sense: /^but/ },
  // 月薪八千: a monthly salary (the entry's "(in kind)" misleads).
  { word: '月薪', when: ({ self }) => self?.text === '月薪', sense: /^monthly salary/, gloss: 'monthly salary; monthly pay' },
  // 打法偏激进, 耳机柄偏长: rather, on the (too) … side, before a quality.
  { word: '偏', when: ({ self, next }) => self?.text === '偏' && next !== undefined && /^(?:a|ad|z)/.test(next.tag), sense: /^rather; on the/, gloss: 'rather; on the (too) … side (before a quality: 偏长 "on the long side")' },
  // 先拍个胸片再…, 停药一个月再复查: then (after that), after 先 or a span of time.
  { word: '再', when: ({ self, prev, before, earlier }) => self?.text === '再' && (earlier().slice(0, 8).some((x) => /^(?:先|首先|等|等到)$/u.test(x.text)) || /(?:[个一二两三四五六七八九十几半]+(?:月|天|周|星期|小时|分钟|年)|之后|以后|过后)$/u.test(prev?.text ?? '') || (/^(?:月|天|周|星期|小时|分钟|年)$/u.test(prev?.text ?? '') && /(?:个|[一二两三四五六七八九十几半])$/u.test(before()[1]?.text ?? ''))), sense: /^then \(after sth/ },
  // 冬至一阳生, 阴阳, 阳气: yang (of yin and yang), in the language of medicine and the seasons.
  { word: '阳', when: (n) => n.self?.text === '阳' && sentenceMentions(n, /^(?:阴|阳气|中医|养生|冬至|夏至|阴阳|补阳|气血|五行|经络|阴气|一阳生)$/u, 6) && !/^(?:光|台)/u.test(n.next?.text ?? ''), sense: /^Yang, opposite/ },
  // 中路选手, 中路对线: (gaming) the middle lane.
  { word: '中路', when: (n) => n.self?.text === '中路' && sentenceMentions(n, /(?:选手|上单|打野|下路|中单|团战|对线|辅助|射手|战队|英雄|野区|推塔)/u, 6), sense: /^\(gaming\)/, gloss: '(gaming) the middle lane (in a MOBA game); mid laner' },
  // 拿下小龙, 控下小龙: (gaming) the drake, a small dragon to slay.
  { word: '小龙', when: (n) => n.self?.text === '小龙' && sentenceMentions(n, /(?:拿下|控|团战|战队|选手|打野|大龙|比赛|分钟|经济)/u, 6), sense: /^\(gaming\)/, gloss: '(gaming) the drake, a small dragon objective (in a MOBA game)' },
  // 全场只死了一次: over the whole match.
  { word: '全场', when: (n) => n.self?.text === '全场' && !/^(?:观众|起立|鼓掌|欢呼|哗然|沸腾)/u.test(n.next?.text ?? '') && sentenceMentions(n, /(?:比赛|死|得分|拿下|助攻|进球|投篮|命中|篮板|射门|选手|球员|发挥|表现)/u, 6), sense: /^whole duration/ },
  // 同比增长7%，为年内首次转正: (of a growth rate) turning positive.
  { word: '转正', when: (n) => n.self?.text === '转正' && sentenceMentions(n, /(?:同比|环比|增速|增长|增幅|由负|下降|降幅|CPI|GDP|%)/u, 6), sense: /^\(of a growth rate\)/, gloss: '(of a growth rate) to turn positive' },
  // 提起上诉, 提起诉讼: to initiate (legal proceedings).
  { word: '提起', when: ({ self, next }) => self?.text === '提起' && /^(?:上诉|诉讼|公诉|仲裁|申诉|抗诉|起诉|行政诉讼|复议)/u.test(next?.text ?? ''), sense: /^to initiate \(legal proceedings\)/ },
  // 有一定提振作用, 具有一定的: a certain (extent).
  { word: '一定', when: ({ self, prev }) => self?.text === '一定' && /^(?:有|具有|具备|起到|存在|带来|产生|取得|获得|造成|有着|一定程度|在)$/u.test(prev?.text ?? ''), sense: /^a certain/ },
  // 并无, 并不, 并没有: (not) at all, before a negation.
  { word: '并', when: ({ self, next }) => self?.text === '并' && /^(?:无|不|没|没有|未|非|不是|无意|不会|不能)/u.test(next?.text ?? '') && !/^(?:不顾|不断|不时|不久|不停|不仅|不惜|未来)/u.test(next?.text ?? ''), sense: /^\(not\) at all/ },
  // 等结果出来再说: (we'll) see then, closing the clause after a wait.
  { word: '再说', when: ({ self, next, earlier }) => self?.text === '再说' && (next === undefined || !HAN_TEXT.test(next.text) || /^(?:吧|了|啊)$/u.test(next.text)) && earlier().slice(0, 8).some((x) => /^(?:等|先|到时|到时候|以后|回头|明天|过几天|等到)$/u.test(x.text)), sense: /^to put off a discussion/ },
  // 上片写景，下片抒情: the first and second stanzas of a ci poem.
  { word: '上片', when: (n) => n.self?.text === '上片' && sentenceMentions(n, /(?:下片|词|写景|抒情|上阕|下阕|诗|句)/u, 8), sense: /^first stanza/, gloss: 'first stanza (of a ci poem)' },
  { word: '下片', when: (n) => n.self?.text === '下片' && sentenceMentions(n, /(?:上片|词|写景|抒情|上阕|下阕|诗|句)/u, 8), sense: /^second stanza/, gloss: 'second stanza (of a ci poem)' },
  // 无所依托, 为…所…: 所 before a verb, making what is done a noun (or a passive).
  { word: '所', when: ({ self, prev, next }) => self?.text === '所' && next !== undefined && /^v/.test(next.tag) && /^(?:无|有|之|为|被|其|我|你|他|她|人|众|各|一无|无处)$/u.test(prev?.text ?? ''), sense: /^particle introducing a relative clause/ },
  // 登台, 上台 (of a terrace or a stage): the platform, not the classifier.
  { word: '台', when: ({ self, prev }) => self?.text === '台' && /^(?:登|上|下|高|楼|亭|露|平|独登)$/u.test(prev?.text ?? ''), sense: /^platform/ },
  // 书画散失, 文物散失: scattered and lost.
  { word: '散失', when: (n) => n.self?.text === '散失' && sentenceMentions(n, /(?:文物|书画|资料|典籍|古籍|金石|藏书|手稿|文献|档案|遗物)/u, 6), sense: /^lost/ },
  // 长安令, 县令: a magistrate (an old post), after the place or the county.
  { word: '令', when: ({ self, prev, next }) => self?.text === '令' && prev !== undefined && /^ns/.test(prev.tag) && (next === undefined || !HAN_TEXT.test(next.text) || /^(?:印|之)$/u.test(next.text)), sense: /^magistrate/, gloss: 'magistrate (an old government post)' },
  // 平面呈“甲”字形, 呈扇形: having a shape.
  { word: '呈', when: ({ self, rest }) => self?.text === '呈' && rest().slice(0, 5).some((x) => /(?:形|状)$/u.test(x.text)), sense: /^to assume \(a shape\)/ },
  // 请医生辨证: (TCM) differentiating the pattern of a disease.
  { word: '辨证', when: (n) => n.self?.text === '辨证' && sentenceMentions(n, /(?:中医|医生|论治|体质|寒|热|虚|实|湿|贴|方)/u, 6), sense: /^\(TCM\)/, gloss: '(TCM) to differentiate the pattern of a disease (before treating it)' },
  // 反超4分, 同分, 落后两分: points in a game.
  { word: '分', when: (n) => n.self?.text === '分' && n.prev !== undefined && (isNumber(n.prev) || /^(?:同|几|多|两|一)$/u.test(n.prev.text)) && !/^[0-9０-９秒钟许]/u.test(n.next?.text ?? '') && !/(?:点|时)$/u.test(n.before()[1]?.text ?? '') && !/^(?:剩余|还剩|最后|第)$/u.test(n.before()[1]?.text ?? '') && sentenceMentions(n, /(?:比分|领先|反超|得分|落后|分差|比赛|投篮|篮板|进球|三分|罚球|绝杀|主队|客队|球队|半场|单节)/u, 6), sense: /^a point \(in sports/ },
  // 自重训练, 自重深蹲: (fitness) one's own body weight.
  { word: '自重', when: (n) => n.self?.text === '自重' && sentenceMentions(n, /(?:训练|深蹲|俯卧撑|健身|器械|哑铃|负重|动作|练|组)/u, 6), sense: /^\(fitness\)/, gloss: "(fitness) one's own body weight (as the load)" },
  // 三十度时: when (it is so hot), after a measure.
  { word: '时', when: ({ self, prev }) => self?.text === '时' && /(?:度|公里|米|岁|点)$/u.test(prev?.text ?? ''), sense: /^when/ },
  // 省工又省药: saving (labour, money), said twice.
  { word: '省', when: ({ self, prev, next, rest }) => self?.text === '省' && next !== undefined && /^[工药钱时力心电水油事料肥地]$/u.test(next.text) && (/^(?:又|也|既|还)$/u.test(prev?.text ?? '') || rest().slice(1, 3).some((x) => x.text === '又' || x.text === '省')), sense: /^to save/ },
  // 过深过浅, 过快过慢: too (excessively), before a quality said in parallel.
  { word: '过', when: ({ self, next, rest, before }) => self?.text === '过' && next !== undefined && /^[深浅高低大小多少快慢早晚长短厚薄宽窄重轻浓淡密稀热冷干湿肥瘦]$/u.test(next.text) && (rest()[1]?.text === '过' || before()[1]?.text === '过'), sense: /^excessively/ },
  // 一芽一叶: a leaf (of tea).
  { word: '叶', when: ({ self, prev, before }) => self?.text === '叶' && prev?.text === '一' && before().slice(1, 4).some((x) => /^(?:芽|一芽)$/u.test(x.text)), sense: /^leaf/ },
  // Tech news: a computing cluster, calling a model, a chip's process, an app.
  { word: '集群', when: (n) => n.self?.text === '集群' && sentenceMentions(n, /(?:算力|GPU|服务器|计算|芯片|训练|模型|数据中心|节点)/u, 6), sense: /^\(computing\) cluster/, gloss: '(computing) cluster (of servers or chips)' },
  { word: '调用', when: (n) => n.self?.text === '调用' && sentenceMentions(n, /(?:接口|API|模型|函数|程序|应用|数据|工具|插件|服务)/u, 6), sense: /^\(computing\) to invoke/ },
  { word: '工艺', when: (n) => n.self?.text === '工艺' && sentenceMentions(n, /(?:纳米|芯片|制程|晶圆|良率|量产|半导体|nm|工厂)/iu, 6), sense: /^process \(technology\)/, gloss: 'process (technology), e.g. a chip-making process' },
  { word: '下线', when: (n) => n.self?.text === '下线' && sentenceMentions(n, /(?:工厂|量产|整车|车辆|汽车|生产线|产线|首台|第.+万辆|辆)/u, 6), sense: /^\(of a product\) to roll off/ },
  { word: '应用', when: ({ self, prev, next }) => self?.text === '应用' && (/^(?:手机|这款|该|一款|款|个|下载|安装|打开|卸载|热门|社交)$/u.test(prev?.text ?? '') || /^(?:商店|市场|程序|图标|内|里)$/u.test(next?.text ?? '')), sense: /^\(computing\) app/ },
  { word: '电门', when: (n) => n.self?.text === '电门' && sentenceMentions(n, /(?:车|踩|加速|油门|动力|电动|起步|刹车)/u, 6), sense: /^accelerator/, gloss: 'accelerator (of an electric car)' },
  // 在下一轮: next (the segmenter's 下一, which the dictionary lacks).
  { word: '下一', when: ({ self }) => self?.text === '下一', sense: /^next/, gloss: 'next (one)' },
  { word: '下个', when: ({ self }) => self?.text === '下个', sense: /^next/, gloss: 'next (one)' },
  // 下个版本, 下次: the next one, before a classifier.
  { word: '下', when: ({ self, next }) => self?.text === '下' && /^(?:个|次|回|场|轮|期|届|周|月|星期|礼拜|一个|一次|半年|半场)$/u.test(next?.text ?? ''), sense: /^next \(week etc\)/ },
  // 被雨水泡坏了: ruined, after what did it (not the exclamation "oh no!").
  { word: '坏了', when: ({ self, prev }) => self?.text === '坏了' && prev !== undefined && /^v/.test(prev.tag) && prev.text.length === 1, sense: /^\(after a verb\) broken/, gloss: '(after a verb) broken; ruined' },
  // 多一分保障, 少一分危险: a bit (one part) more or less of something.
  { word: '分', when: ({ self, prev, before, next }) => self?.text === '分' && prev?.text === '一' && /^(?:多|少|每|添|增|减)$/u.test(before()[1]?.text ?? '') && next !== undefined && HAN_TEXT.test(next.text), sense: /^a bit more/, gloss: 'a bit more (or less) of (多一分…, 少一分…); one part' },
  // 方向盘会有些虚: what is likely (会 before 有些, 有点, 更).
  { word: '会', when: ({ self, next }) => self?.text === '会' && /^(?:有些|有点|有点儿|有所|更|更加|比较|稍微|略)$/u.test(next?.text ?? ''), sense: /^to be likely to/ },
  // 单次充电, 单颗芯片: single, before a classifier.
  { word: '单', when: ({ self, next }) => self?.text === '单' && /^(?:次|颗|只|个|节|场|日|月|人|件|张|台|辆|条|块|车|手|曲|品|价)$/u.test(next?.text ?? ''), sense: /^single/ },
  // 在门口等妈妈, 等车: waiting for someone or something, before them (no list before it).
  { word: '等', when: ({ self, prev, next, earlier }) => self?.text === '等' && /^(?:妈妈|爸爸|你|我|他|她|他们|我们|你们|车|公交|公交车|朋友|孩子|奶奶|爷爷|老师|消息|结果|机会|通知|回复)$/u.test(next?.text ?? '') && !/^[、，,]$/u.test(prev?.text ?? '') && !/^nr/.test(prev?.tag ?? '') && !earlier().some((x) => x.text === '、'), sense: /^to wait for/ },
  // 小球滚下山坡, 滚来滚去: rolling.
  { word: '滚', when: ({ self, next }) => self?.text === '滚' && /^(?:下|进|出|来|去|到|动|落|过|着|了|下来|下去|出来|成)/u.test(next?.text ?? ''), sense: /^to roll/ },
  // 睡得很香: (of sleep) sound.
  { word: '香', when: ({ self, before }) => self?.text === '香' && before().slice(0, 3).some((x) => /^(?:睡|睡得|睡觉)$/u.test(x.text)), sense: /^\(of sleep\) sound/ },
  // 饺子皮, 擀皮: the wrapper of a dumpling.
  { word: '皮', when: (n) => n.self?.text === '皮' && (/^(?:饺子|馄饨|包子|春卷|面|擀|包)$/u.test(n.prev?.text ?? '') || sentenceMentions(n, /^(?:饺子|馄饨|包子|擀|馅|饺子馅)$/u, 4)), sense: /^wrapper/, gloss: 'wrapper (of a dumpling); skin' },
  // 再等等, 等等我: waiting a while (the verb said twice), not "and so on".
  { word: '等等', when: ({ self, prev, next }) => self?.text === '等等' && (/^(?:再|先|你|您|请|稍|就|要|得|你们)$/u.test(prev?.text ?? '') || /^(?:我|他|她|吧|看|再|呢)$/u.test(next?.text ?? '')), sense: /^wait a minute/ },
];

/** What a provincial department (厅) is in charge of: 科技厅, 教育厅, 公安厅. */
export const ADMINISTRATIVE_FIELDS = /^(?:科技|教育|财政|公安|民政|卫生|卫健|交通|交通运输|农业|农业农村|商务|文化|文旅|司法|人社|水利|审判|国税|税务|自然资源|生态环境|环保|住建|建设|工信|发改|统计|审计|外事|体育|林业|粮食|应急|人力资源|社会保障|政)$/;

/** Text that starts with a Han character (a word, not punctuation, digits or the end). */
const HAN_TEXT = /^\p{Script=Han}/u;

/** Words after which 等 is the verb "to wait" (还得等, 请等, 先等, 耐心等). */
const WAIT_AFTER = /^(?:得|要|在|正在|先|再|还|请|别|不|没|没有|会|想|必须|只能|只好|只得|耐心|一直|都|也|就|继续|慢慢|静静|默默|还要|还得|不用|不必|不要|愿意|肯|得先|干|终于|总算|苦苦|白白|一直在|排队|排着队|坐着|站着|守着|在家)$/;

/** Words that say a text is about a game or a match. */
const SPORT = /(?:比赛|赛|球|冠军|决赛|联赛|进球|局|教练|队|乒|棋|网球|羽毛球|奥运|世锦|主场|客场|射门|踢)/u;

/** What may follow the final verb of a 把/将 clause: its aspect or result (做好, 控制住, 推迟了). */
const AFTER_FINAL_VERB = /^(?:了|好|住|起来|下来|掉|完|过来|出来|到位)$/u;

/** Whether the clause after 将 is an object and then its only verb (将这项工作做好, 将会议推迟). */
function objectMarkerClause(clause: readonly Segment[]): boolean {
  let end = clause.length - 1;
  if (end >= 1 && AFTER_FINAL_VERB.test(clause[end]?.text ?? '')) end--;
  const verb = clause[end];
  if (end < 1 || verb === undefined || !/^(?:v|i|l)/.test(verb.tag) || verb.tag === 'vn') return false;
  const object = clause.slice(0, end);
  return object.some((x) => /^(?:n|nr|nz|ns|nt|r)/.test(x.tag)) && !object.some((x) => (/^v/.test(x.tag) && x.tag !== 'vn') || /^[pcd]/.test(x.tag) || /^(?:于|在|从|向|对|与|和|到|会|要|被|可|能|以|由|为|依法|依规|依照|按照|首次|正式|全面|严肃|从严|逐步|陆续|一律|统一|集中|共同|进一步)$/u.test(x.text));
}

/**
 * 将比赛拖入后期, 将资金用于购置: a clause whose first verb puts its object somewhere or makes it
 * something (…入, …于, …为, …到), with only the object before it (将 marks the object there).
 */
/** Verbs of a skill 会 may mean knowing how to do (会用电脑, 会说英语). */
const SKILL_VERBS = /^(?:用|使用|操作|修|开|开车|做|做饭|弹|拉|织|包|炒|编|画|算|讲|说|写|读|唱|跳|游|游泳|背|骑车|下棋|打字)$/u;

function objectPutSomewhere(clause: readonly Segment[]): boolean {
  for (let k = 1; k < clause.length; k++) {
    const x = clause[k] as Segment;
    // (A verb after 所 is the object's own, 所募资金.)
    if (/^v/.test(x.tag) && x.tag !== 'vn' && clause[k - 1]?.text !== '所') return (x.text.length >= 2 && /[入到为成给于进至回出向]$/u.test(x.text)) || /^[入到为成给于进至回出向]$/u.test(clause[k + 1]?.text ?? '');
    if (/^[pc]/.test(x.tag) || /^(?:会|要|可|能|于|在|继续|进一步)$/u.test(x.text)) return false;
  }
  return false;
}

/** The table by word: most tokens are no word of it, and the frequent ones (还, 会, 上) have one or two entries. */
/** How the name of a post ends (创始人, 院长, 首席执行官, 总经理, 党委书记). */
const POST = /(?:人|长|官|师|员|家|主任|书记|经理|总裁|主席|教授|院士|董事|总监|委员|主编|秘书)$/u;

/** A country named by one character among others (中、俄、朝三国): see countriesNamed in ./segment. */
const COUNTRY_SENSES: typeof CONTEXT_SENSES = [...COUNTRY_ABBREVIATIONS].map(([word, country]) => ({
  word,
  when: ({ self }: Neighbours) => self?.tag === COUNTRY_TAG,
  sense: new RegExp(`^${country.replace(/[()]/g, '\\$&')} \\(`),
  gloss: `${country} (short for its name)`,
}));

/** 美方, 俄方: a country's side in talks, one character for the country (see wordEdges in ./segment). */
const COUNTRY_SIDE_SENSES: typeof CONTEXT_SENSES = [...COUNTRY_ABBREVIATIONS].map(([short, country]) => ({
  word: `${short}方`,
  when: ({ self }: Neighbours) => self?.tag === COUNTRY_TAG,
  sense: /^the side of /,
  gloss: `the side of ${country} (in talks or a deal: ${short} for ${country} + 方 side)`,
}));

/**
 * 宁阿姨, 郑老师, 唐师傅: a surname CC-CEDICT lists after a place's or a state's short name (宁
 * "abbr. for Ningxia", 郑 the Zhou state), before a form of address or a title, is the surname.
 */
const SURNAME_BEFORE_ADDRESS = /^(?:阿姨|老师|师傅|大爷|大妈|大娘|大叔|大姐|大哥|奶奶|爷爷|叔叔|伯伯|先生|女士|小姐|太太|医生|大夫|护士|主任|经理|老板|校长|书记|局长|同学|老|总|工|教授|律师|警官|婶|姨|叔|哥|姐|嫂|伯|阿婆|阿公|阿伯|阿叔|阿嬷|婆婆|大婶)$/u;
const SURNAME_SENSES: typeof CONTEXT_SENSES = Array.from('宁郑沈唐宋秦晋鲁吴楚赵魏韩燕齐陈蔡曹许卫蒋黄金韦贺乐').map((word) => ({
  word,
  when: ({ self, next }: Neighbours) => self?.text === word && SURNAME_BEFORE_ADDRESS.test(next?.text ?? ''),
  sense: /^surname /,
}));

/** What is numbered in a series (一号展厅, 二号线, 三号墓): after 一号 … 十号 it is "No. 1" … "No. 10", not the day of the month. */
const NUMBERED_THINGS = /^(?:展厅|楼|线|门|馆|车间|厅|房|桌|窗口|站台|码头|航站楼|选手|种子|公路|机|楼梯|病房|会议室|教室|宿舍|仓库|井|厂房|楼道|球员|沉船|墓|坑|遗址|船|艇|舱|卫星|通信卫星|机组|高炉|隧道)/u;

/** 二号航站楼, 三号墓: No. 2, No. 3 of a series (一号 has its own rule, above). */
const NUMBERED_SENSES: typeof CONTEXT_SENSES = [...'二三四五六七八九十'].map((n, k) => ({
  word: `${n}号`,
  when: ({ next }: Neighbours) => next !== undefined && NUMBERED_THINGS.test(next.text),
  sense: /^No\. /,
  gloss: `No. ${k + 2} (of a series)`,
}));

const CONTEXT_BY_WORD = new Map<string, (typeof CONTEXT_SENSES)[number][]>();
for (const c of [...CONTEXT_SENSES, ...COUNTRY_SENSES, ...COUNTRY_SIDE_SENSES, ...SURNAME_SENSES, ...NUMBERED_SENSES]) CONTEXT_BY_WORD.set(c.word, [...(CONTEXT_BY_WORD.get(c.word) ?? []), c]);

/** The segments before `at` back to the clause's start, nearest first. */
/** The sentence before the word, across commas (nearest first, a dozen segments at most). */
function sentenceBefore(segments: readonly Segment[], at: number): Segment[] {
  const out: Segment[] = [];
  for (let k = at - 1; k >= 0 && k >= at - 12; k--) {
    const s = segments[k];
    if (!s || /^[。！？!?\n]+$/u.test(s.text)) break;
    out.push(s);
  }
  return out;
}

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

/** Reorders (and where needed completes) the senses of the words whose neighbours decide them. */
/**
 * 中巴建交 in a text about Brazil (巴西 named, and neither Pakistan nor Palestine): 巴 there is Brazil,
 * as a country named by one character and in 中巴, not Pakistan. Changed tokens are copies.
 */
function brazilShortened(tokens: Token[], segments: readonly Segment[]): void {
  if (!segments.some((x) => x.text.startsWith('巴西')) || segments.some((x) => /巴基斯坦|巴勒斯坦|巴铁/u.test(x.text))) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t?.text === '巴' && t.definitions[0]?.startsWith('Pakistan (short')) tokens[i] = { ...t, definitions: ['Brazil (short for its name)', ...t.definitions.slice(1)] };
    else if (t?.text === '中巴') tokens[i] = { ...t, kind: 'word', definitions: ['China and Brazil (中 for China + 巴 for Brazil)', ...t.definitions] };
  }
}

export function contextualSenses(tokens: Token[], segments: readonly Segment[]): void {
  if (tokens.length !== segments.length) return;
  // One neighbourhood for the whole text, moved from word to word: the clause before and the
  // sentence after are built once per word, and only if a rule asks (no closures per word).
  let at = 0;
  let before: Segment[] | undefined;
  let rest: Segment[] | undefined;
  let earlier: Segment[] | undefined;
  const around: Neighbours = {
    self: undefined,
    prev: undefined,
    next: undefined,
    before: () => (before ??= clauseBefore(segments, at)),
    rest: () => (rest ??= sentenceAfter(segments, at)),
    earlier: () => (earlier ??= sentenceBefore(segments, at)),
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const rules = t ? CONTEXT_BY_WORD.get(t.text) : undefined;
    if (!t || !rules) continue;
    at = i;
    before = undefined;
    rest = undefined;
    earlier = undefined;
    around.self = segments[i];
    around.prev = segments[i - 1];
    around.next = segments[i + 1];
    let changed = t;
    for (const c of rules) {
      if (!c.when(around)) continue;
      if (c.entry) changed = bringEntry(changed, c.entry);
      if (c.gloss && !changed.definitions.includes(c.gloss)) changed = { ...changed, definitions: [c.gloss, ...changed.definitions] };
      changed = leadWith(changed, c.sense);
    }
    tokens[i] = changed;
  }
  eatenFood(tokens);
  brazilShortened(tokens, segments);
  if (segments.some((x) => x.text === '还是')) stillNotOr(tokens, segments);
  if (segments.some((x) => CAPITAL_WORDS.has(x.text))) capitalsNamed(tokens, segments);
}

/** Words after which the next names a place: 老挝首都万象, 省会长春. */
const CAPITAL_WORDS = new Set(['首都', '首府', '省会', '州府', '县城', '首都城市']);

/** 首都万象: after 首都 or 省会, a word the dictionary also knows as a place leads with the place (Vientiane, not "every manifestation"). */
function capitalsNamed(tokens: Token[], segments: readonly Segment[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !CAPITAL_WORDS.has(segments[i - 1]?.text ?? '')) continue;
    const place = t.definitions.findIndex((d) => /\b(?:capital|city|county|town|province)\b/i.test(d) && /^[A-Z]/.test(d));
    if (place > 0) tokens[i] = { ...t, kind: 'place', definitions: [t.definitions[place] ?? '', ...t.definitions.filter((_d, k) => k !== place)] };
  }
}

/**
 * 还是挺值的, 戴上眼镜，还是看不清: 还是 "still", before how things are, where nothing offers a
 * choice: no question after it, no 是, 不管 or 无论 before it in the sentence (是继续…，还是留下; 不论
 * 是材料还是技术 are "or").
 */
function stillNotOr(tokens: Token[], segments: readonly Segment[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = segments[i + 1];
    if (t?.text !== '还是' || !next || !/^(?:a|ad|d|v|p|z)/.test(next.tag)) continue;
    if (sentenceAfter(segments, i).some((x) => /[？?]/u.test(x.text) || x.text === '呢')) continue;
    let choice = false;
    for (let k = i - 1; k >= 0 && k >= i - 20; k--) {
      const x = segments[k]?.text ?? '';
      if (/^[。！？!?]+$/u.test(x)) break;
      if (/^(?:是|不管|无论|不论|犹豫|要么|或是|是否)$/u.test(x)) choice = true;
    }
    if (!choice) tokens[i] = leadWith(t, /^still/);
  }
}

/** Verbs of eating, drinking and cooking: what follows is food (吃元宵, 煮汤圆). */
const EATING = new Set(['吃', '喝', '尝', '尝尝', '品尝', '煮', '蒸', '炸', '包', '吃上', '吃了', '吃过']);
/** A sense that is something eaten or drunk. */
const FOOD_SENSE = /\b(?:dumplings?|cakes?|noodles?|soup|buns?|rice|porridge|dish|food|snack|tea|wine|liquor|beer|fruit|meat|pork|beef|mutton|chicken|fish|eggs?|vegetables?|sweets?|candy|pastry|bread)\b/i;

/**
 * 吃元宵: after a verb of eating, a word leads with its sense as food ("sticky rice dumplings",
 * not the Lantern Festival), where it has one and leads with another.
 */
function eatenFood(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    // (A word, not a character: 吃|就 "then" has a food sense too.)
    if (!t || t.text.length < 2 || t.definitions.length < 2 || !EATING.has(tokens[i - 1]?.text ?? '') || FOOD_SENSE.test(t.definitions[0] ?? '')) continue;
    // (A food, not a verb about food: 喝点儿 is "a bit", not "to order (food)".)
    const food = t.definitions.find((d) => FOOD_SENSE.test(d) && !/^to /.test(d));
    if (food) tokens[i] = { ...t, definitions: [food, ...t.definitions.filter((d) => d !== food)] };
  }
}
