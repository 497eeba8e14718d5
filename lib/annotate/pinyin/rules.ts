/**
 * Context rules for characters whose reading follows from grammar rather than from the word
 * they sit in: the dictionary cannot tell 得 de (structural) from 得 děi (must), or 为 wéi
 * (to be, to act as) from 为 wèi (for), because both stand alone as one-character words.
 * Each rule looks at the neighbouring segments and their jieba tags and returns a numbered
 * reading, or null to let the next source of evidence decide.
 */
import type { Segment } from '../types';
import { wordReadings } from './lexicon';
import type { Numbered } from './syllable';
import { everydaySense, jiebaTag, sharedEntries } from '../dictionary';
import { HEADED_UNITS, ILLNESS_CAUGHT, isAddressTerm, potentialParts } from '../segment';
import { pinyinProByOffset } from './alone';

export type RuleContext = {
  char: string;
  /** The segment the character is in, its tag, and the character's code-point index in it. */
  word: string;
  tag: string;
  index: number;
  /** Whether CC-CEDICT knows the segment as a word. */
  inDictionary: boolean;
  /** False when the unit is a later piece of a segment split into dictionary words (客|流量 → 量 is a suffix there). */
  startsSegment: boolean;
  /** False when the unit is an earlier piece of a segment split into dictionary words (儿 of 儿|茶|酚胺). */
  endsSegment: boolean;
  segIndex: number;
  segments: readonly Segment[];
  /** Neighbouring characters across segment boundaries ("" at the edges). */
  prev: string;
  next: string;
  prev2: string;
  next2: string;
  pp: Numbered | null;
};

const HAN = /\p{Script=Han}/u;
const NUMERAL = /^[〇零一二三四五六七八九十百千万亿两几数多0-9０-９]+$/u;
/** Modal verbs: after them 得 is dé (要得到), not the complement marker. */
const MODALS = new Set(['要', '能', '会', '想', '可以', '应该', '愿意', '需要', '必须', '能够', '可能', '应', '该', '敢', '肯', '将', '才能']);
const DEGREE = new Set(Array.from('很太更最挺真好多较')).add('非常').add('比较').add('十分').add('特别').add('越来越').add('相当');

function segAt(ctx: RuleContext, delta: number): Segment | undefined {
  return ctx.segments[ctx.segIndex + delta];
}

const has = (set: string, c: string): boolean => c !== '' && set.includes(c);
const isAlone = (ctx: RuleContext): boolean => Array.from(ctx.word).length === 1;
const isHanSeg = (s: Segment | undefined): s is Segment => s !== undefined && HAN.test(s.text);
const isVerb = (s: Segment | undefined): boolean => isHanSeg(s) && /^v/.test(s.tag);
/** b (distinguishing words) too: jieba files many adjectives there (高兴/b, 慢慢来/b). Not zg, a morpheme tag (块/zg). */
const isPredicate = (s: Segment | undefined): boolean => isHanSeg(s) && /^(v|a|i|l|b|z$)/.test(s.tag);

/** Segments after the current one up to the end of the clause (punctuation, Latin, end). */
/** Punctuation and spaces end a clause; digits and Latin words do not (为3户…办公). */
const inClause = (s: Segment | undefined): s is Segment => s !== undefined && /[\p{Script=Han}0-9A-Za-z０-９]/u.test(s.text);

/** Segments before the current one back to the sentence's start (。！？), commas included, nearest first. */
function sentenceBefore(ctx: RuleContext, limit: number): Segment[] {
  const out: Segment[] = [];
  for (let k = 1; k <= limit; k++) {
    const s = segAt(ctx, -k);
    if (!s || /^[。！？!?\n]/u.test(s.text)) break;
    out.push(s);
  }
  return out;
}

function clauseAfter(ctx: RuleContext, limit = 8, throughLists = false): Segment[] {
  const out: Segment[] = [];
  for (let k = 1; k <= limit; k++) {
    const s = segAt(ctx, k);
    // (A list's 、 does not end the clause: 为嫦娥四号、嫦娥六号等任务提供服务.)
    if (throughLists && s?.text === '、') continue;
    if (!inClause(s)) break;
    out.push(s);
  }
  return out;
}

/** Quotation marks inside a clause (以“解冻资金”为由): `throughQuotes` looks past them. */
const QUOTE = /^[“”‘’「」『』《》"']+$/u;

function clauseBefore(ctx: RuleContext, limit = 8, throughQuotes = false): Segment[] {
  const out: Segment[] = [];
  for (let k = 1; k <= limit; k++) {
    const s = segAt(ctx, -k);
    if (throughQuotes && s !== undefined && QUOTE.test(s.text)) continue;
    if (!inClause(s)) break;
    out.push(s);
  }
  return out;
}

/** After 得 these can only be a complement or a degree: 看得见, 规划得这么漂亮, 发展得很快. */
const COMPLEMENT_START = new Set(Array.from('很更太越较十非特极挺真还也都怎这那如不见住来去起动出完满通透清懂着好快慢高远多少大小早晚对准稳深实正格'));

/** Degree words that after 得 mark a complement even when a "noun" comes before: 理得很短. */
const DEGREE_AFTER_DE = new Set(Array.from('很更太越十非特极挺这那格'));
/** Words of guessing after which a lone 得 is the modal děi (可能得少放一点, 恐怕得等一会儿). */
const GUESSES = new Set(['可能', '也许', '恐怕', '大概', '估计', '看来', '看样子', '或许', '说不定']);
/** Adverbs after which a lone 得 is the modal děi, must (还得, 就得, 都得, 总得); degree words take dé (很得人心). */
const isPlainAdverb = (s: Segment | undefined): boolean => isHanSeg(s) && /^d/.test(s.tag) && !DEGREE.has(s.text);
/** Subjects: a pronoun or a noun before 得 is who must do something (你得早点来), never the verb 得 complements. */
const isSubject = (s: Segment | undefined): boolean => isHanSeg(s) && /^(r|n|nr|nrfg)$/.test(s.tag);
/** Errands a clause opens with, after which 得 is "must": 看病得坐车, 上学得走路. */
const ERRANDS = new Set(['看病', '上学', '上班', '办事', '买菜', '出门', '回家', '取钱', '挂号', '就医', '出行', '进城', '下地', '干活', '买药', '赶集', '上街']);
/** Verbs of winning before 得 and the prize (摘得金牌): dé. */
const WINNING = new Set(['摘', '斩', '夺', '揽', '捧', '博', '勇夺', '喜获']);

/** After 得 these make it the verb "get" (得了一场病, 得到, 得奖), not the modal. */
const DE_OBJECT_NEXT = new Set(Array.from('了到过奖分益以知失逞出票释救免胜'));

/**
 * 得: de after a predicate (看得见, 发展得好, 高兴得像个孩子), děi after a subject, an adverb or at
 * the start of a clause before a verb (另一方面得做好, 还得好好研究, 你得早点来, 得慢慢来), else dé.
 */
/** Verbs of getting: with 得 they are "to obtain by …" (拍得 at auction, 购得, 夺得). */
const ACQUIRING = new Set(['拍', '购', '夺', '抢', '换', '骗', '偷', '求', '取', '获', '博', '赚', '赢', '觅', '寻']);

function de(ctx: RuleContext): Numbered | null {
  const n = Array.from(ctx.word).length;
  if (n > 1 && ctx.index === n - 1 && ctx.inDictionary) {
    // 过得很幸福: CEDICT's guòdé is "passable"; before a complement it is the verb and its particle.
    return ctx.word === '过得' && COMPLEMENT_START.has(ctx.next) ? 'de5' : null; // 获得, 记得, 值得: the word decides
  }
  // 得其指点, 得其所: getting (dé) what is his, before the literary 其.
  if (n === 1 && ctx.next === '其') return 'de2';
  // 测得的数据, 求得的结果: obtained (dé) by measuring or working out, before 的 or what was got.
  if (n === 1 && /^(?:测|求|算|录|查|计|解)$/u.test(ctx.prev) && (ctx.next === '的' || /^(?:数据|结果|数值|答案)/u.test(segAt(ctx, 1)?.text ?? ''))) return 'de2';
  // 安得广厦: "how can one get" (dé), 安 the literary "how".
  if (ctx.prev === '安' && (n === 1 || ctx.index === 1) && !COMPLEMENT_START.has(ctx.next) && HAN.test(ctx.next) && (n === 1 ? segAt(ctx, -1)?.text === '安' && !isHanSeg(segAt(ctx, -2)) : ctx.word === '安得' && !isHanSeg(segAt(ctx, -1)))) return 'de2';
  // 照得/v 很亮: a verb and 得 jieba glued, the complement after them.
  if (n > 1 && ctx.index === n - 1 && !ctx.inDictionary && COMPLEMENT_START.has(ctx.next)) return 'de5';
  const before = segAt(ctx, -1);
  const after = segAt(ctx, 1);
  // 得不偿失, 得心应手: an idiom the dictionary knows says its own 得.
  if (n >= 4 && ctx.inDictionary && ctx.index === 0) return null;
  if (n > 1) {
    // A complement glued to 得 by the segmenter (招|得来, 做|得到): still the structural particle.
    // After a longer predicate 得到 and 得出 are verbs: 调查得出的结论, 研究得到.
    // 难得到, 容易得到: hard or easy to get.
    // A word of its own that starts with 得 and no complement (计较|得失, 患|得患失) is that word.
    const gets = ctx.next === '到' || ctx.next === '出';
    const glued = !ctx.inDictionary || gets || COMPLEMENT_START.has(ctx.next);
    if (ctx.index === 0 && glued && isPredicate(before) && before && !MODALS.has(before.text) && (Array.from(before.text).length === 1 ? !(gets && has('难易', before.text)) : !gets)) {
      return 'de5';
    }
    return null;
  }
  // 套得死死的, 看得清清楚楚: how so, a doubled description after 得 (the complement's 得).
  // (好好谢谢他 is "must": a doubled adverb before what is to be done; the description closes its clause.)
  if (isHanSeg(before) && after !== undefined && /^(\p{Script=Han})\1/u.test(after.text) && (after.text.endsWith('的') || segAt(ctx, 2)?.text === '的' || !HAN.test(segAt(ctx, 2)?.text ?? ''))) return 'de5';
  // 香得刚刚好, 腿酸得连楼梯都下不去: how so, a degree just right or 连…都 "even" (the complement's 得).
  if (isHanSeg(before) && after !== undefined && (/^(?:刚刚|刚好|正好|恰到好处|刚刚好)$/u.test(after.text) || (after.text === '连' && clauseAfter(ctx, 8).slice(1).some((x) => x.text === '都' || x.text === '也')))) return 'de5';
  // 测得43.5度, 记得分数: measured, recorded (dé), a number after it.
  if (before !== undefined && /^(?:测|实测|测量|检测|监测|称|量|算|记录|录)$/u.test(before.text) && after !== undefined && (/^m/.test(after.tag) || /^[0-9０-９]/u.test(after.text))) return 'de2';
  // 真得去理发店了: must, after 真 and before what is to be done.
  if (before?.text === '真' && after !== undefined && /^v/.test(after.tag)) return 'dei3';
  // 还容易得纹枯病, 得肺炎: catching an illness (dé).
  if (after !== undefined && /^\p{Script=Han}{0,3}?(?:病|症|炎)/u.test(clauseAfter(ctx, 4).map((x) => x.text).join('')) && !/^(?:很|太|非常|不|多)$/u.test(after.text) && !clauseAfter(ctx, 3).some((x) => x.text === '的')) return 'de2';
  // 淋得浑身湿透: the complement's 得 before the whole body.
  if (isHanSeg(before) && after !== undefined && /^(?:浑身|满身|满脸|全身|满头|一身)/u.test(after.text)) return 'de5';
  // 气得脸都红了, 急得直跺脚: a feeling of one character (jieba's noun 气), then what it did to someone.
  if (before !== undefined && STATES.has(before.text) && isHanSeg(after) && !DE_OBJECT_NEXT.has(ctx.next) && !/^(?:d|p)$/.test(segAt(ctx, -2)?.tag ?? '') && /^(?:脸|眼泪|眼睛|手|嘴|话|心|牙|头|腿|浑身|直|满|说不出|睡不着|跳|哭|笑|发)/u.test(after.text)) return 'de5';
  // 你得学会记账: must, after a pronoun and before a verb of learning or doing (jieba calls 学会 a noun).
  if (isHanSeg(before) && /^(?:r)$/.test(before.tag) && !/^(?:这|那|哪|怎么|什么)/u.test(before.text) && after !== undefined && /^(?:学会|学|想办法|注意|记住|小心|抓紧|赶紧|早点|多|少)/u.test(after.text)) return 'dei3';
  // 让群众得实惠, 得好处: getting (dé) a benefit.
  if (after !== undefined && /^(?:实惠|好处|利益|奖|奖金|分|冠军|第一)/u.test(after.text) && !isPredicate(before)) return 'de2';
  // 安静得多, 好得多: much more so, closing the clause (the complement's 得; 得多吃点 is "must").
  if (isHanSeg(before) && after !== undefined && /^(?:多|多了)$/u.test(after.text) && !HAN.test(segAt(ctx, 2)?.text ?? '')) return 'de5';
  // 以后得省着点儿, 回去得早点睡: must (děi), after when and before what is to be done.
  if (isHanSeg(before) && /^(?:以后|今后|往后|将来|回去|到时候|下次|这次|现在|明天|今晚|从此|以后就)$/u.test(before.text) && isHanSeg(after) && after.text !== '了') return 'dei3';
  // 每单可得百分之五: can get (dé), before an amount.
  if (before?.text === '可' && after !== undefined && (/^m/.test(after.tag) || /^(?:百分之|[0-9０-９])/u.test(after.text))) return 'de2';
  // 大人得以身作则: must (děi), after who must and before an idiom of what is to be done.
  if (before !== undefined && /^(?:n|nr|r)$/.test(before.tag) && after !== undefined && after.tag === 'i' && Array.from(after.text).length === 4 && !/^得/u.test(after.text)) return 'dei3';
  // 是不是得了失眠症, 得了感冒: caught an illness (dé).
  if (ctx.next === '了' && ILLNESS_CAUGHT.test(segAt(ctx, 2)?.text ?? '')) return 'de2';
  // 多得不行了, 热得要命: how much, a degree that only completes a predicate (before 深得人心's test).
  if (isHanSeg(before) && isHanSeg(after) && /^(?:要命|要死|不得了|不行|够呛)了?$/u.test(after.text)) return 'de5';
  // 过得开心, 日子过得好: living, and how (jieba tags that 过 the aspect particle, ug).
  if (before?.text === '过' && HAN.test(ctx.next)) return 'de5';
  if (!HAN.test(ctx.next)) {
    // 被一家企业拍得。, 终于赢得: a verb of getting, or a verb in a 被 clause, and 得 closing it is what
    // was got (dé); a structural 得 needs the complement after it.
    if (before && (ACQUIRING.has(before.text) || clauseBefore(ctx, 6).some((s) => s.text === '被'))) return 'de2';
    return isPredicate(before) ? 'de5' : null;
  }
  // 学/n 得 认真: a one-character verb jieba took for a noun, 得 and how it is done.
  // (等/u 得有点着急: 有点 "a bit", whatever jieba tags it.)
  if (before && Array.from(before.text).length === 1 && /^to /.test(everydaySense(before.text)) && (/^(?:a|ad|d)$/.test(after?.tag ?? '') || /^(?:有点|有点儿|有些)$/u.test(after?.text ?? '')) && segAt(ctx, -2)?.text !== '的') return 'de5';
  // 种得再好, 写得很好: a verb of one character (whatever jieba tagged it), 得, a degree and how well: the complement.
  if (before && Array.from(before.text).length === 1 && !/^(?:d|r|p|c|u)/.test(before.tag) && /^(?:再|很|非常|太|特别|更|这么|那么|真)$/u.test(after?.text ?? '') && /^a/.test(segAt(ctx, 2)?.tag ?? '') && sharedEntries(before.text).some((e) => /^[a-z]/.test(e.pinyin) && e.senses.some((x) => /^to /.test(x)))) return 'de5';
  // 热/n 得像蒸笼, 冷得发抖: a one-character adjective jieba took for a noun, then how much (像, 发, 直, 要命…).
  if (before && Array.from(before.text).length === 1 && /^(?:像|发|直|要命|不行|受不了|睡不着|满头|浑身|喘不过|说不出|跳起来|哭|笑)/u.test(after?.text ?? '') && isStateWord(before.text)) return 'de5';
  // 安静/nr 得只听得见: a state jieba took for a name or a noun, 得 and an adverb: how quiet it was.
  if (before && Array.from(before.text).length === 2 && /^n/.test(before.tag) && after?.tag === 'd' && isStateWord(before.text)) return 'de5';
  // 换一条得多少钱, 得几天: it will take (děi) so much money or time.
  if (after?.text === '多少' || after?.text === '几') {
    const then = segAt(ctx, 2)?.text ?? '';
    if (/^(?:钱|块|元|时间|天|年|月|个月|小时|分钟|斤|公斤|人)/u.test(then)) return 'dei3';
  }
  // 安静/n 得出奇, 疼得要命: a state, then how much it is, the complement (not 得 "to get").
  if (before && isHanSeg(before) && /^(?:出奇|要命|厉害|够呛|不行|不得了|发慌|发抖|直哭|直笑)$/u.test(after?.text ?? '') && !/^to /.test(everydaySense(before.text))) return 'de5';
  // 结得又多又大: 又…又 after 得 describes how, the complement.
  if (ctx.next === '又' && clauseAfter(ctx, 8).filter((s) => s.text === '又').length >= 2) return 'de5';
  // 可能得少放, 恐怕得等: after a guess, 得 is the modal "will have to".
  // (Not before what is got: 可能得奖, 可能得病.)
  if (before && GUESSES.has(before.text) && isHanSeg(after) && !DEGREE_AFTER_DE.has(ctx.next) && !DE_OBJECT_NEXT.has(ctx.next) && (/^(?:v|d|a|ad)/.test(after.tag) || has('少多先再', ctx.next))) return 'dei3';
  // 必须得做好: after 必须 a lone 得 doubles the modal (必须得到 is the verb, but that is one segment).
  if (before && MODALS.has(before.text) && before.text !== '必须') return 'de2';
  // 深得大家信任, 很得人心: a degree word, 得 and its object is the verb "win".
  if (before && (DEGREE.has(before.text) || has('深颇甚', before.text)) && /^(n|r)/.test(after?.tag ?? '')) return 'de2';
  // 还得过第二名, 得过冠军: having won (a place, a title), 得 and 过 before what was won.
  if ((ctx.next === '过' || ctx.next === '了') && /^(?:第|冠军|亚军|季军|金牌|银牌|铜牌|一等奖|二等奖|三等奖|奖)/u.test(segAt(ctx, 2)?.text ?? '')) return 'de2';
  // 再得一分, 只得三票: 得 before a number of points, votes or places scored is the verb dé.
  if (after?.tag === 'm' && NUMERAL.test(after.text) && has('分票名球', (segAt(ctx, 2)?.text ?? '').charAt(0))) return 'de2';
  // 说话得大声一点, 吃饭得慢点: after a verb that has its object already (说话 = 说 + 话), 得 is the
  // modal; its complement would need the verb again (说话说得很大声).
  if (before && VERB_OBJECT.has(before.text) && isHanSeg(after) && !DEGREE_AFTER_DE.has(ctx.next)) return 'dei3';
  // 这事得大家一起操心, 还是得去: must, before who must (and what they do) or after 还是.
  if (!isPredicate(before) && after && /^(?:大家|我们|你们|他们|咱们|咱)$/u.test(after.text) && (/^(?:v|d)/.test(segAt(ctx, 2)?.tag ?? '') || /^(?:一起|一块|一块儿|共同|都)$/u.test(segAt(ctx, 2)?.text ?? ''))) return 'dei3';
  if (before && /^(?:还是|总是|可是|但是|只是|总归|终归)$/u.test(before.text) && after && /^v/.test(after.tag)) return 'dei3';
  // 还得好好研究, 大家都得出力: the modal after an adverb, whatever follows.
  // …unless a mis-tagged verb comes before 得很 (相处/d 得很融洽).
  // 还得了一大笔奖金, 又得了第一: 得 and the perfective 了 is "got", whatever adverb comes first.
  if (ctx.next === '了' && isPlainAdverb(before) && !isPredicate(after)) return 'de2';
  // (相处/d 得也不错: a verb jieba took for an adverb, by CC-CEDICT's "to be in contact", and its complement.)
  if (isPlainAdverb(before) && !(before && Array.from(before.text).length > 1 && (DEGREE_AFTER_DE.has(ctx.next) || (COMPLEMENT_START.has(ctx.next) && /^to /.test(everydaySense(before.text)))))) return 'dei3';
  // 热得要命, 急得不得了: a degree that only completes a predicate.
  if (isHanSeg(after) && /^(?:要命|要死|不得了|不行|慌|够呛|厉害|发慌|发抖|直哭)了?$/.test(after.text)) return 'de5';
  // 过得红红火火, 长得胖乎乎: a vivid description (AABB, jieba's z) after 得 is its complement.
  const vivid = after ? Array.from(after.text) : [];
  if (isHanSeg(after) && (after.tag === 'z' || (vivid.length === 4 && vivid[0] === vivid[1] && vivid[2] === vivid[3]))) return 'de5';
  // 病得不算重, 睡得不太好: a weakened degree after 得 is a complement, whatever jieba tagged before it.
  if (isHanSeg(before) && /^不(?:算|太|大|怎么|够|很)/.test((after?.text ?? '') + (segAt(ctx, 2)?.text ?? ''))) return 'de5';
  // 下一场得好好总结, 这件事得赶紧办: after a thing or a time, an adverb of two or more characters
  // and a verb (jieba tags 总结 a noun) make 得 the modal (but 活得好好的: nothing done after the adverb).
  const then = segAt(ctx, 2);
  // (墙面得全部铲掉: 全部 "all of it", jieba's noun, is such an adverb there.)
  if (before && /^(?:q|m|t|n|f)$/.test(before.tag) && after && (after.tag === 'd' || /^(?:全部|全都|统统|一律)$/u.test(after.text)) && Array.from(after.text).length >= 2 && isHanSeg(then) && /^(?:v|vn|n)$/.test(then.tag)) return 'dei3';
  // 这次真得好好谢谢他: must, before 好好, 赶紧 or 马上 and what is to be done (not 活得好好的).
  if (!isPredicate(before) && after && /^(?:好好|赶紧|马上|赶快|尽快|立刻|立即|抓紧)$/u.test(after.text) && isHanSeg(then) && /^v/.test(then.tag)) return 'dei3';
  // A pronoun before 得 is its subject (我们得更加努力); a "noun" before 得很 is a verb jieba mis-tagged (理/n 得很短).
  const pronoun = isHanSeg(before) && /^r/.test(before.tag);
  if (HAN.test(ctx.prev) && COMPLEMENT_START.has(ctx.next) && !pronoun && (!isSubject(before) || DEGREE_AFTER_DE.has(ctx.next))) return 'de5';
  // 看病得往长春跑, 这事得找他: 得 then 往, 向, 把 or 找 and what is to be done is "must" (not
  // 说得跟真的一样, a complement of likeness).
  // (Not after a feeling: 激动得把嗓子都喊哑了, the complement.)
  if (/^(?:往|向|把|找)$/.test(after?.text ?? '') && clauseAfter(ctx, 6).slice(1).some((x) => /^v/.test(x.tag)) && !(isPredicate(before) && (isStateWord(before?.text ?? '') || /^a/.test(before?.tag ?? '')))) return 'dei3';
  // 看病得坐大半天汽车, 上学得走十里路: an errand, then what it takes.
  if (before && ERRANDS.has(before.text) && isVerb(after)) return 'dei3';
  // 摘得金牌, 斩得冠军: won (dé), a verb of winning and what was won.
  if (before && WINNING.has(before.text) && /^n/.test(after?.tag ?? '')) return 'de2';
  // 上下楼得歇好几回: must, before a verb of one character and how many times or how long.
  // (来回得走两个多小时: the number and its measure word may be two segments.)
  if (isHanSeg(after) && Array.from(after.text).length === 1 && (/^v/.test(after.tag) || /^to /.test(everydaySense(after.text))) && isHanSeg(segAt(ctx, 2)) && /^(?:好几|几|一会|半天|半个|很久|[一二两三四五六七八九十]+[次回趟遍个天])/u.test((segAt(ctx, 2)?.text ?? '') + (segAt(ctx, 3)?.text ?? ''))) return 'dei3';
  if (isPredicate(before)) return 'de5';
  // 把冰城照/n 得通亮, 把鸡翅炸得金黄: after 把 or 被 and its object comes the verb, whatever jieba tagged it.
  if (HAN.test(ctx.next) && before && Array.from(before.text).length === 1 && clauseBefore(ctx, 5).slice(1).some((s) => s.text === '把' || s.text === '被')) return 'de5';
  // 你得早点来, (，)得慢慢来: a subject or nothing before, a verb phrase after.
  // 让老百姓得实惠, 使群众得好处: someone is made to get something.
  if (isSubject(before) && has('让使令', segAt(ctx, -2)?.text ?? '') && /^(n|vn)/.test(after?.tag ?? '')) return 'de2';
  // 辣得我受不了, 热得他满头大汗: a state so strong that someone reacts, the particle (not 这事得我来办 "must").
  if (before && STATES.has(before.text) && isHanSeg(after) && /^(?:我|你|他|她|它|人|我们|你们|他们|她们|大家|孩子们)$/u.test(after.text)) return 'de5';
  // 孩子得病: a noun straight after 得 is its object, the verb dé.
  if ((isSubject(before) || !inClause(before)) && !DE_OBJECT_NEXT.has(ctx.next) && !(after && /^n/.test(after.tag) && after.tag !== 'nr')) return 'dei3';
  if (isVerb(after) || after?.tag === 'd') return 'dei3';
  return null;
}

/** A lone 漂 floats, piāo (漂着一层油, 漂在水面上); bleaching, piǎo, before 白 or 洗. */
function piao(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  return ctx.next === '白' || ctx.next === '洗' ? 'piao3' : 'piao1';
}

/** Verbs with their object built in (说话, 吃饭, 开车): a complement after 得 needs the verb said again. */
const VERB_OBJECT = new Set(['说话', '吃饭', '睡觉', '走路', '开车', '上班', '下班', '做饭', '洗澡', '上学', '写字', '跑步', '唱歌', '跳舞', '看书', '买菜', '做事', '办事', '干活', '出门', '花钱', '存钱', '排队', '上课', '读书', '做饭', '刷牙', '洗碗', '骑车', '打字', '游泳', '考试']);

/**
 * 圩 xū, a country market in the south (圩日, 赶圩, 散圩); wéi a dike elsewhere (圩堤, 圩田) and in
 * the names of towns (六圩镇, 公平圩镇: CPP reads them wéi).
 */
function xu(ctx: RuleContext): Numbered | null {
  const word = ctx.segments[ctx.segIndex]?.text ?? ctx.word;
  if (/圩(?:日|期|场)|[赶趁逢散歌]圩/u.test(word) || /^(?:日|期|场)/u.test(ctx.next) || /[赶趁逢散歌]$/u.test(ctx.prev)) return 'xu1';
  return null;
}

/** Whether a word's everyday senses describe a state (hot, tired, quiet): an adjective, whatever jieba tags it. */
function isStateWord(word: string): boolean {
  return sharedEntries(word).some((e) => /^[a-z]/.test(e.pinyin) && e.senses.some((x) => STATE_SENSE.test(x)));
}
const STATE_SENSE = /^(?:\([^)]*\) )?(?:hot|cold|warm|cool|tired|hungry|thirsty|busy|happy|sad|angry|scared|afraid|nervous|anxious|painful|sore|itchy|dry|wet|sleepy|fat|thin|red|pale|fast|slow|bright|dark|quiet|noisy)\b/;

/** 地: the adverbial particle after an adverb, adjective, idiom or reduplication (悄然地, 认真地) or before a verb (有计划地推进); dì after a measure word (这块地里). */
function di(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  const before = segAt(ctx, -1);
  // “扑通、扑通”地掉了下来: a sound or word quoted, then how something is done: the particle.
  // (“嘭”地一闪: 一 and the sudden action after the sound.)
  if (/^[”」』]$/u.test(before?.text ?? '') && (isVerb(segAt(ctx, 1)) || wordMayBeVerb(segAt(ctx, 1)?.text ?? '') || /^一[闪跳响声下]$/u.test(segAt(ctx, 1)?.text ?? '') || (segAt(ctx, 1)?.text === '一' && isVerb(segAt(ctx, 2))))) return 'de5';
  if (!isHanSeg(before)) return 'di4';
  // 一遍遍地喊, 一次次地: one time after another, the adverbial particle (however the units fall).
  if (/一(\p{Script=Han})\1$/u.test(`${segAt(ctx, -3)?.text ?? ''}${segAt(ctx, -2)?.text ?? ''}${before.text}`)) return 'de5';
  // 放心地回家, 认真地说: how (an adjective or a feeling of two characters), then what is done.
  if (Array.from(before.text).length >= 2 && /^(?:a|ad|z|v|d|i|l)/.test(before.tag) && (/^v/.test(segAt(ctx, 1)?.tag ?? '') || /^(?:回家|说|走|笑|看|问|答|点头|摇头|离开|跑|跳|哭)$/u.test(segAt(ctx, 1)?.text ?? '')) && !/(?:[在从到往上下里外])$/u.test(before.text)) return 'de5';
  // 止不住地往下流, 忍不住地笑: a verb that cannot be held back, then how it goes on.
  if (/[不得](?:住|了|下|停)$/u.test(before.text) && Array.from(before.text).length === 3 && HAN.test(ctx.next)) return 'de5';
  // 一厘米一厘米地清理, 一步一步地: a measure said twice, the adverbial particle.
  if (/(一\p{Script=Han}{1,3})\1$/u.test(`${segAt(ctx, -4)?.text ?? ''}${segAt(ctx, -3)?.text ?? ''}${segAt(ctx, -2)?.text ?? ''}${before.text}`)) return 'de5';
  if (!HAN.test(ctx.next)) {
    // 慢慢地，…: an adverb said twice closing its phrase still takes the particle (地，alone is the ground).
    const said = Array.from(before.text);
    return (said.length === 2 && said[0] === said[1]) || /^(d|ad|z)$/.test(before.tag) ? 'de5' : 'di4';
  }
  // 一块地一块地|地 采样: plot by plot, the repeated phrase (its 地 the ground), then the particle.
  if (before.text === '地' && /^(?:q|m)$/.test(segAt(ctx, -2)?.tag ?? '') && clauseBefore(ctx, 8).filter((x) => x.text === '地').length >= 2) return 'de5';
  // 静/静/地: a character said twice, which jieba left one by one, then 地: how it is done.
  if (Array.from(before.text).length === 1 && segAt(ctx, -2)?.text === before.text) return 'de5';
  // 一个一个地, 一步一步地: a repeated measure phrase is adverbial; so is 一X一Y (一蹦一跳地).
  if (/^(q|m)$/.test(before.tag) && segAt(ctx, -2)?.text === before.text) return 'de5';
  // 一朵接一朵地, 一个又一个地: one after another.
  if (/^(q|m)$/.test(before.tag) && has('接又连挨', segAt(ctx, -3)?.text ?? '') && segAt(ctx, -4)?.text === before.text) return 'de5';
  if (segAt(ctx, -2)?.text === '一' && segAt(ctx, -4)?.text === '一' && Array.from(before.text).length === 1) return 'de5';
  const chars = Array.from(before.text);
  // 越来越多地生产, 更多地关注: more and more, an adverbial before the verb.
  if (before.text === '多' && /(?:越来越|更|较|越)$/u.test(segAt(ctx, -2)?.text ?? '') && isVerb(segAt(ctx, 1))) return 'de5';
  // 一味/m 地要求: jieba's "numeral" for an adverb that only starts with 一 is no number.
  // (三三两两地: a pair of numbers said twice over, how people go, takes the particle.)
  if (chars.length === 4 && chars[0] === chars[1] && chars[2] === chars[3]) return 'de5';
  const counted = before.tag === 'm' ? NUMERAL.test(before.text) || chars.length === 1 : /^(q|zg)$/.test(before.tag);
  // (吉林等地: and other places.)
  if (counted || has('这那每哪各该本此', before.text) || before.text === '等') return 'di4';
  const reduplicated = chars.length >= 2 && (chars[0] === chars[1] || chars[chars.length - 1] === chars[chars.length - 2]);
  // 悄然地, 预见性地, 鳞次栉比地: adverbial endings and four-character phrases take the particle.
  if (/^(d|ad|a|i|l|b|z$)/.test(before.tag) || reduplicated || before.text.endsWith('然') || before.text.endsWith('性') || chars.length === 4) return 'de5';
  // 有计划地推进, 合理地安排: a word then 地 then a verb is an adverbial phrase.
  const after = segAt(ctx, 1);
  // 头也不抬地说, 头也不回地走了: a negated one-character verb before 地 and a verb after it.
  if (chars.length === 1 && /^v/.test(before.tag) && has('不没', segAt(ctx, -2)?.text ?? '') && isHanSeg(after) && /^v/.test(after.tag)) return 'de5';
  if (isHanSeg(after) && /^v/.test(after.tag) && after.tag !== 'vn' && chars.length > 1) return 'de5';
  // 辛勤/n 地 劳动/vn: a word CC-CEDICT describes as a quality (hardworking, careful…), then an action.
  if (isHanSeg(after) && /^(?:v|vn)$/.test(after.tag) && chars.length === 2 && DESCRIBES.test(everydaySense(before.text))) return 'de5';
  // 热情地为游客讲解, 耐心地向群众解释: …or before a preposition and the verb it leads to.
  if (isHanSeg(after) && after.tag === 'p' && chars.length > 1 && clauseAfter(ctx).slice(1).some((s) => /^v/.test(s.tag))) return 'de5';
  // 错误/n 地/uv 大肆侵入, 好心地给了他: jieba's own tag for the adverbial particle, after a word of
  // two characters and before an adverb, a preposition or a verb (not 水源地的, 安徽地矿局, 开采地地处).
  // (大声/m 地 数: a "numeral" of jieba's that is no number describes the manner.)
  // (Not land counted, 一块地和一头牛: after a number, or before 和 joining things.)
  const numbered = /^(?:m|q|mq)$/.test(before.tag) && /^[一二两三四五六七八九十几半数每0-9]/u.test(before.text);
  if (ctx.tag === 'uv' && chars.length >= 2 && isHanSeg(after) && !numbered && !/^(?:ns|nt|s)$/.test(before.tag) && !/^[和与及跟同或]$/u.test(after.text) && (/^(?:d|p|v|vn|ad)$/.test(after.tag) || (before.tag === 'm' && !NUMERAL.test(before.text)) || (DESCRIBES.test(everydaySense(before.text).replace(/^\([^)]*\) /, '')) && wordMayBeVerb(after.text)))) return 'de5';
  // 生动/vn 地 记录/n 了: a describing word jieba calls a verbal noun, then a verb it calls a noun with its aspect.
  if (ctx.tag === 'uv' && before.tag === 'vn' && chars.length === 2 && isHanSeg(after) && wordMayBeVerb(after.text) && /^[了着过]$/u.test(segAt(ctx, 2)?.text ?? '')) return 'de5';
  return 'di4';
}

/** A first sense that describes a quality: hardworking, careful, diligent, quiet… */
const DESCRIBES = /^(?:very )?[a-z-]+(?:ous|ful|ive|ent|ant|ing|ic|ible|able|less|ly)(?:[;,]|$)/;

/** States of one character a degree complement with its own subject follows (辣得我受不了). */
const STATES = new Set(Array.from('辣热冷累饿渴急气疼痛忙吓笑哭乐美香甜酸苦咸困烦闷晒冻烫挤吵馋臭脏乱难'));

/** One-character verbs that take 为 as "into, as" (列为, 评为, 改为, 视为) when the segmenter splits them off. */
const RESULT_VERBS = new Set(Array.from('列评选改分化定称视转变译奉尊立封拜任命认作成划设编合并升降缩扩调归誉推聘授追结排折换贬'));

const ROLE_AFTER_WEI = new Set(Array.from('官政师伍伴生邻敌友荣'));

/** Verbs that make someone something (推选他为组长, 称他为英雄, 聘请她为顾问): 为 after their object is wéi. */
const APPOINTING_VERBS = new Set([
  '选', '推选', '选举', '推举', '选派', '任命', '委任', '聘', '聘请', '聘任', '封', '尊', '尊称', '称', '称呼', '叫', '视',
  '认', '认定', '立', '评', '列', '拜', '奉', '追认', '誉', '任用', '重用', '起用', '提拔', '册封', '追封', '封赐',
]);

/** Whom something is done for (为患者节省, 为企业节约): people, or a firm or family. */
const BENEFICIARY = /(?:[民人员者户们]|企业|群众|百姓|学生|孩子|家庭|游客|客户|乘客|社会|基层)$/u;

/** Whether CC-CEDICT gives `word` a verb's sense ("to save") among its senses. */
function wordMayBeVerb(word: string): boolean {
  return sharedEntries(word).some((e) => e.senses.some((x) => x.startsWith('to ')));
}

/** How words for people end (村民, 老人, 学员, 患者, 农户, 孩子们). */
const PEOPLE_END = /[民人员者户们]$/u;

/** 为: wéi in 以…为…, after a verb (列为, 评为) and as a copula; wèi before an object and its verb. */
/** Feelings one has for someone or something (为他高兴): jieba tags most of them adjectives. */
const FEELINGS = new Set(['高兴', '骄傲', '自豪', '担心', '担忧', '难过', '开心', '着急', '感动', '惋惜', '欣慰', '惭愧', '伤心', '心疼', '激动', '庆幸', '遗憾', '揪心', '痛心', '喝彩', '祝福', '加油', '捏把汗']);

/** An adjective, or a set phrase that does not start with a verb (热情好客, not 排忧解难: doing). */
function startsWithAdjective(s: Segment | undefined): boolean {
  if (!isHanSeg(s)) return false;
  if (/^a/.test(s.tag)) return true;
  const head = Array.from(s.text).slice(0, 2).join('');
  // (The reading units may hold the phrase's first word only: 热情|好客, tagged as the phrase.)
  return /^[il]$/.test(s.tag) && Array.from(s.text).length >= 2 && !/^v/.test(jiebaTag(head) ?? 'v');
}

/**
 * 煎好以后, 做好了, 落实好以旧换新政策: done well (hǎo), the result of the verb before it: one of one
 * character before what closes or follows the doing, or one of two characters before more of the
 * clause (by jieba's tag, or by CC-CEDICT's sense where jieba calls it an adjective).
 */
function haoDone(ctx: RuleContext): Numbered | null {
  const verb = segAt(ctx, -1);
  const n = Array.from(verb?.text ?? '').length;
  if (n === 1 && isVerb(verb) && /^(?:以后|之后|后|了|的|再|就|没|没有|以下|各项|各|这|每|[，。！？；、])/u.test(segAt(ctx, 1)?.text ?? '。')) return 'hao3';
  if (n === 2 && ((isVerb(verb) && verb?.tag !== 'vn') || (/^(?:v|a)/.test(verb?.tag ?? '') && wordMayBeVerb(verb?.text ?? '') && HAN.test(ctx.next)))) return 'hao3';
  return null;
}

/** 啊？读书笔记不是下周交吗: 啊 alone opening what is said, asked, is surprise (á), not the particle. */
function ah(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  const before = segAt(ctx, -1);
  const opens = before === undefined || /^[\p{P}\s]+$/u.test(before.text);
  return opens && /^[？?]/u.test(segAt(ctx, 1)?.text ?? '') ? 'a2' : null;
}

/** Verbs of having that open a description (带斜坡墓道的, 有潜在危险的, 具有…的). */
const HAVING = /^(?:带|带有|有|具有|含|含有|拥有|设有|配有|长有|呈)$/u;

function wei(ctx: RuleContext): Numbered | null {
  // 为人正直 wéirén (how one conducts oneself); wèi rén only before a verb (为人排忧).
  if (ctx.word === '为人' && ctx.index === 0) {
    const after = segAt(ctx, 1);
    return after && /^v/.test(after.tag) && after.tag !== 'vn' ? 'wei4' : 'wei2';
  }
  // 执法为民, 执政为民: a verb of two characters, then for the people (wèi), in one phrase.
  if (isAlone(ctx) && segAt(ctx, 1)?.text === '民' && Array.from(segAt(ctx, -1)?.text ?? '').length === 2 && !/^[成作认称视化变]$/u.test(ctx.prev)) return 'wei4';
  if (!isAlone(ctx)) return null;
  // 本品为白色片, 租金为人民币三千元(整): after its subject, before a noun phrase that ends the clause
  // with no verb in it, 为 is "to be" (为学生提供服务 has its verb: "for"; so has 为村民免费测量血压,
  // people and what is done for them, where jieba calls the verbs nouns, vn).
  const subject = segAt(ctx, -1);
  const rest = clauseAfter(ctx, 8);
  if (isHanSeg(subject) && /^(?:n|nr|ns|nz|r|vn)$/.test(subject.tag) && rest.length > 0 && rest.filter((x) => !NUMERAL.test(x.text)).length <= 6 && /^(?:n|nz|ns|m|b|a|r)/.test(rest[0]?.tag ?? '') && !rest.some((x) => (/^v/.test(x.tag) && x.tag !== 'vn' && x.text !== '整') || x.text === '了') && !(PEOPLE_END.test(rest[0]?.text ?? '') && rest.slice(1).some((x) => /^v/.test(x.tag) || wordMayBeVerb(x.text))) && !rest.some((x) => /^u[lgz]/.test(x.tag)) && !HAN.test(segAt(ctx, rest.length + 1)?.text ?? '')) return 'wei2';
  // 为主教练续约, 为国家多出一份力: for someone, before what is done for them (renewing a contract, effort).
  if (clauseAfter(ctx, 10).some((x, k, all) => /^(?:续约|续签|加油|庆祝|祝贺|鼓掌|欢呼|送行|点赞|出力|效力|捐款|奉献|献力)$/u.test(x.text) || (x.text === '力' && /份$/u.test(all[k - 1]?.text ?? '')))) return 'wei4';
  // 评分为7.4分, 使用期限为领取之日起7天内: a measure that "is" an amount or a span.
  if (isHanSeg(subject) && /^(?:n|vn|nz)$/.test(subject.tag) && (/^(?:m)$/.test(rest[0]?.tag ?? '') || /^[0-9０-９]/u.test(rest[0]?.text ?? '') || rest.some((x) => /^(?:之日起|以内|之内)$/u.test(x.text)) || rest.some((x, k) => x.text === '日' && rest[k + 1]?.text === '起'))) return 'wei2';
  // 降水过程为今年入汛以来最强的一次: after its subject, 为 before a superlative that 的 closes is "to be".
  const most = rest.findIndex((x) => x.text === '最' || x.text.startsWith('最'));
  if (isHanSeg(subject) && /^(?:n|nr|ns|nz|r|vn)$/.test(subject.tag) && most >= 0 && rest.slice(most + 1).some((x) => x.text === '的') && !clauseAfter(ctx, 16, true).some((x) => BENEFACTIVE_VERBS.has(x.text))) return 'wei2';
  // 增长了18%，为近十年来最高: opening a clause, 为 before the superlative that closes it is "to be".
  const prevSeg = segAt(ctx, -1);
  const opensClause = prevSeg === undefined || /^[，,；;]$/u.test(prevSeg.text);
  const whole = clauseAfter(ctx, 16);
  const closing = whole[whole.length - 1];
  const closesText = !HAN.test(segAt(ctx, whole.length + 1)?.text ?? '');
  if (opensClause && closesText && closing !== undefined && closing.text.length >= 2 && closing.text.startsWith('最') && !whole.some((x) => /^v/.test(x.tag) && x.tag !== 'vn' && !x.text.startsWith('最') && !/^(?:来|以来)$/u.test(x.text))) return 'wei2';
  // 规模最大，为带斜坡墓道的竖穴土坑墓, 是…试剂，为有潜在危险的…试剂: after a clause, 为 straight
  // before "having" (带, 有, 具有), in a phrase that 的 and a noun close, is "to be" (what the thing
  // is). (Other verbs there say what is done for a purpose: ，为揣摩…的眼神和动作, wèi.)
  if (opensClause && prevSeg !== undefined && closesText && HAVING.test(whole[0]?.text ?? '') && whole.some((x) => x.text === '的') && /^n/.test(closing?.tag ?? '') && !whole.some((x) => BENEFACTIVE_VERBS.has(x.text) || x.text === '了')) return 'wei2';
  // 为一点小事生气, 为孩子担心: because of (what upsets or worries), a feeling a few words on.
  if (clauseAfter(ctx, 6).slice(1).some((x) => /^(?:生气|发火|发愁|担心|着急|难过|伤心|操心|苦恼|烦恼|发脾气|争吵|吵架|吵|哭|高兴|骄傲|自豪|感动)$/u.test(x.text))) return 'wei4';
  // 继承人为配偶, 负责人为张明: who holds a role (a word ending in 人) "is" someone, closing the clause.
  if (isHanSeg(subject) && Array.from(subject.text).length >= 3 && subject.text.endsWith('人') && rest.length > 0 && rest.length <= 3 && !HAN.test(segAt(ctx, rest.length + 1)?.text ?? '')) return 'wei2';
  // 跑步不为名次, 不为钱: not for (a prize, money), a noun closing the clause after 不.
  if (segAt(ctx, -1)?.text === '不' && /^n/.test(segAt(ctx, 1)?.tag ?? '') && !/^(?:人|所)/u.test(ctx.next) && !HAN.test(segAt(ctx, 2)?.text ?? '')) return 'wei4';
  // 为/人 热情好客: split, 为人 is still how someone is when a description follows (its first word an adjective).
  if (segAt(ctx, 1)?.text === '人' && startsWithAdjective(segAt(ctx, 2))) return 'wei2';
  const before = clauseBefore(ctx, 6, true);
  if (before.some((s) => s.text === '以' || s.text === '以此')) return 'wei2';
  // 为方便边民交易，为确保安全: opening a clause, 为 and what is to be achieved is "in order to".
  if ((prevSeg === undefined || /^[\p{P}\s]+$/u.test(prevSeg.text)) && PURPOSES.has(segAt(ctx, 1)?.text ?? '')) return 'wei4';
  // (以秸秆覆盖还田、免耕播种为核心: a list between them, past the 、.)
  for (let k = 1; k <= 16; k++) {
    const s = segAt(ctx, -k);
    if (!s || /^[，。；：！？,.;:!?]$/u.test(s.text)) break;
    if (s.text === '以') return 'wei2';
  }
  const prev = before[0];
  // (Not 并 "and" before 为 "for": 并为学生提供辅导.)
  if (prev && RESULT_VERBS.has(prev.text) && !/^[cd]$/.test(prev.tag)) return 'wei2';
  // 任命为, 确定为, 认定为: a two-character verb ending in one of those verbs.
  if (prev && Array.from(prev.text).length === 2 && /^(v|n)/.test(prev.tag) && RESULT_VERBS.has(Array.from(prev.text)[1] ?? '') && before[1]?.text === '被') return 'wei2';
  // 推选他为组长, 称这里为家乡: a verb of appointing or naming, its object, then 为 and the role.
  if (prev && /^(r|nr|n)/.test(prev.tag) && before[1] && APPOINTING_VERBS.has(before[1].text)) return 'wei2';
  // 为官, 为政, 为伍: 为 as "act as, be" with a one-character object CEDICT does not list.
  if (ROLE_AFTER_WEI.has(ctx.next)) return 'wei2';
  // 为老年人、重点旅客提供服务, 为研究…的关系提供了资料, 为山区教育注入了活力: whoever or whatever
  // it is for, however long, then a verb of providing: "for".
  const benefit = clauseAfter(ctx, 16, true);
  const giving = benefit.findIndex((x) => BENEFACTIVE_VERBS.has(x.text));
  if (giving > 0 && !benefit.slice(0, giving).some((x) => x.text === '所' || RESULT_VERBS.has(x.text))) return 'wei4';
  // (A list closed by 等 runs on past its 、: 为嫦娥四号、嫦娥六号等任务提供服务. Other lists after 为
  // are what something is: 召他为中书舍人、散骑侍郎.)
  const plain = clauseAfter(ctx);
  const listed = clauseAfter(ctx, 12, true);
  const etc = listed.findIndex((s) => s.text === '等' || s.text === '等等');
  const after = etc >= 0 && listed.length > plain.length && /^n/.test(listed[etc + 1]?.tag ?? '') && listed.slice(etc + 2).some((s) => s.tag === 'v') ? listed : plain;
  if (after.some((s) => s.text === '所')) return 'wei2';
  const first = after[0];
  // 集购物、休闲为一体, 连为一体: become one whole.
  if (!first || first.text === '一体') return 'wei2';
  // 周期为24小时的轨道: an amount and its unit describing what follows 的 is what something is.
  if ((/^m/.test(first.tag) || /^[0-9０-９]/.test(first.text)) && (after[1]?.text === '的' || after[2]?.text === '的')) return 'wei2';
  // 项目为王、招商为要的理念: a one-character predicate closing the phrase is the copula's object.
  const second = after[1];
  if (Array.from(first.text).length === 1 && (!second || second.text === '的') && !/^(m|r)/.test(first.tag)) return 'wei2';
  // 为自己铺路, 为大家服务: a person as its object, then more, is "for" (whatever jieba tagged the rest;
  // not 为自己的藏人, the role one is made).
  if (after.length >= 2 && first.tag === 'r' && after[1]?.text !== '的' && /^(?:自己|我|你|您|他|她|它|我们|你们|他们|她们|大家|咱们|人家|别人|他人)$/.test(first.text)) return 'wei4';
  // 为 + object + verb is "for" (为企业提供, 为3户…办公); 为 + a bare object is the copula (压缩为1个工作日).
  let nominal = false;
  const last = after[after.length - 1];
  for (const [k, s] of after.entries()) {
    // 为他高兴, 为祖国骄傲: feeling something for someone.
    if (nominal && FEELINGS.has(s.text)) return 'wei4';
    if (nominal && /^(v|l|i)/.test(s.tag)) {
      // 为舌蛭科拟小蛭属的动物: a verb inside a relative clause ending in 的 + noun is still the
      // copula's object; not a verb with its aspect particle, which is the clause's own (为车企提供了…的利润).
      const aspect = after[k + 1] !== undefined && ['了', '着', '过'].includes(after[k + 1]?.text ?? '');
      const relative = !aspect && after.slice(k + 1).some((x) => x.text === '的') && last !== undefined && /^n/.test(last.tag) && after.length <= 8;
      return relative ? 'wei2' : 'wei4';
    }
    // 为患者节省时间, 为企业节约成本: people and what is done for them, with a verb both taggers call
    // a noun (节省 "saving", or "to save").
    if (k > 0 && BENEFICIARY.test(after[0]?.text ?? '') && s.tag === 'n' && wordMayBeVerb(s.text)) return 'wei4';
    if (!nominal && /^v/.test(s.tag) && s.tag !== 'vn') return 'wei4';
    // (为这个秋夜画/n 上了句号: a character jieba calls a noun, done with its direction or aspect, is the verb.)
    if (nominal && k > 0 && s.text.length === 1 && !/^[mqpcudr]/.test(s.tag) && /^[上了着过出好完]$/u.test(after[k + 1]?.text ?? '') && wordMayBeVerb(s.text)) return 'wei4';
    if (/^(n|r|vn|s|t|m|q|nr|ns|nt|nz|a|b)/.test(s.tag)) nominal = true;
  }
  return nominal ? 'wei2' : null;
}

/** What is done for someone after 为 + the one it is for (提供 "to provide", 注入 "to inject"). */
/** What a clause opening with 为 sets out to achieve (为方便…, 为确保…). */
const PURPOSES = new Set(['方便', '确保', '保障', '保证', '满足', '促进', '推动', '加快', '提高', '防止', '避免', '减少', '降低', '帮助', '解决', '缓解', '改善', '加强', '进一步', '更好', '更好地', '充分', '切实', '有效', '让', '使']);

const BENEFACTIVE_VERBS = new Set(['牵线搭桥', '牵线', '搭桥', '铺路', '搭建', '看病', '治病', '诊治', '会诊', '义诊', '开药', '授课', '讲课', '上课', '办事', '演出', '表演', '加油', '鼓劲', '撑腰', '买单', '做饭', '答疑', '理发', '提供', '服务', '带来', '注入', '作出', '做出', '创造', '营造', '打造', '搭建', '铺平', '开辟', '奠定', '争取', '赢得', '节省', '节约', '解决', '减轻', '送去', '送来', '捐赠', '捐款', '出谋划策', '保驾护航', '争光', '操心', '着想', '骄傲', '自豪', '祈福', '祝福', '效力', '效劳', '献身', '奉献', '奋斗', '牺牲', '点赞', '喝彩', '鼓掌', '欢呼', '庆祝', '默哀', '捐献', '筹款', '募捐', '担忧', '发愁', '着急']);

const HUAN_NEXT = new Set(Array.from('给钱款债清本贷'));

/** 还 returning something is huán (还钱, 还给, 把书还回); elsewhere a lone 还 is the adverb hái. */
function huan(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  const object = segAt(ctx, 1)?.text ?? '';
  // 应还日期, 应还金额: due to be returned (huán), between 应 and what is due.
  if (segAt(ctx, -1)?.text === '应' && /^(?:日期|金额|款|款项|本金|利息|书|图书|时间)$/u.test(object)) return 'huan2';
  // 还给我们讲了: also, for us (给 the preposition; see 还给 in ../segment).
  if (object === '给' && segAt(ctx, 1)?.tag === 'p') return 'hai2';
  // 还书, 还房贷, 还车贷: returning a book, a loan, a debt.
  // (Not where 清 starts a word of its own: 比老师还清楚 "even clearer".)
  const word = ctx.next === '清' && object.length > 1 ? '' : ctx.next;
  // (还信用卡: paying off the card.)
  // (不敢还嘴, 还手: answering back, hitting back.)
  if (HUAN_NEXT.has(word) || object === '书' || object === '嘴' || object === '手' || /(?:[贷款债账]|信用卡|花呗|白条)$/u.test(object)) return 'huan2';
  // 还不上, 还不起, 还得上: can or cannot pay back.
  // (Not 还得了奖 "also won", nor 这还得了 "outrageous!".)
  // 还上借来的钱, 还清欠款: paying back in full, before the money owed.
  if (/^(?:上|清|完)$/u.test(object) && clauseAfter(ctx, 6).some((x) => /(?:钱|债|贷|款|账|信用卡|花呗|借呗)$/u.test(x.text))) return 'huan2';
  if (/^(?:不上|不起|不清|得上|得起|得清)$/u.test(object) || (/^[不得]$/u.test(object) && /^(?:上|起|清)$/u.test(segAt(ctx, 2)?.text ?? ''))) return 'huan2';
  // 每月大约还五千八百元, 每个月还得一样多, 要还到七十岁: repaying a loan, where the sentence is about
  // one (贷款, 房贷, 月供, 利息), before a sum, how much or until when.
  const loan = () => {
    const near = ctx.segments.slice(Math.max(0, ctx.segIndex - 40), ctx.segIndex + 12);
    return near.some((x) => /(?:贷款|房贷|车贷|网贷|月供|利息|本息|本金|欠款|借款|信贷|还款|首付|房子)$/u.test(x.text)) && near.some((x) => /贷|月供|本息|欠|借/u.test(x.text));
  };
  if ((/^m/.test(segAt(ctx, 1)?.tag ?? '') || /^(?:得|到|多少|完|了)$/u.test(object)) && loan()) return 'huan2';
  // 还了上个月的信用卡: paid back (what is owed), 了 between.
  if (object === '了' && clauseAfter(ctx, 6).some((x) => /(?:信用卡|贷款|房贷|钱|欠款|借款|债|账|花呗)$/u.test(x.text))) return 'huan2';
  // 还了几次价: haggled (还价 with 了 and how many times between); 要还的房贷: the loan to repay.
  const clause = clauseAfter(ctx, 5).map((x) => x.text);
  if (ctx.next === '了' && (clause.slice(1, 4).some((x) => x === '价') || /^(?:书|钱|款|贷款|房贷|车贷|欠款|债|账|车|东西|伞)$/u.test(clause[1] ?? ''))) return 'huan2';
  if (ctx.next === '的' && /(?:[贷款债账钱]|信用卡)$/u.test(clause[1] ?? '')) return 'huan2';
  // 每月要还五千七百多元: repaying so much money, after a modal or how often.
  if (/^(?:要|得|需要|需|应|该|每月|每个月|按月)$/u.test(segAt(ctx, -1)?.text ?? '') && /^m/.test(segAt(ctx, 1)?.tag ?? '') && clauseAfter(ctx, 10).some((x) => /(?:元|块|万)/u.test(x.text))) return 'huan2';
  // 用完请及时还回来, 记得还回去: giving back, after when or a request (not 他还回来吗 "still").
  if (/^(?:回来|回去|回)$/u.test(object) && /^(?:及时|按时|准时|请|要|得|记得|必须|赶紧|快|马上|尽快|早点|按期|如期)$/u.test(segAt(ctx, -1)?.text ?? '')) return 'huan2';
  // 明天还你。: 还 with only a person after it, closing the clause, gives back.
  const rest = clauseAfter(ctx, 3);
  if (rest.length === 1 && /^(你|我|他|她|你们|我们|他们|她们|人家)$/.test(rest[0]?.text ?? '')) return 'huan2';
  // 按时还。: the adverb hái never closes a clause.
  if (!HAN.test(ctx.next) && HAN.test(ctx.prev)) return 'huan2';
  // 退耕还林, 退耕还湿, 退牧还草, 退渔还湿: land or water given back to forest, wetland or grass.
  if (ctx.prev === '耕' || ctx.prev === '牧' || ctx.prev === '田' || (segAt(ctx, -2)?.text === '退' && HAN.test(ctx.prev))) return 'huan2';
  // 每月要还将近九千元: repaying about so much money.
  if (/^(?:将近|近|大约|差不多|足足|整整)$/u.test(object) && clauseAfter(ctx, 4).some((x) => /(?:元|块|钱)$/u.test(x.text))) return 'huan2';
  // 秸秆还田: straw returned to the field (not 还田里 "still in the field").
  if (ctx.next === '田' && !has('里间野地埂头', ctx.next2.charAt(1))) return 'huan2';
  // In a 把 sentence the verb comes after the object: 请把借的书按时还回图书馆.
  if (clauseBefore(ctx, 5).some((s) => s.text === '把')) return 'huan2';
  return 'hai2';
}

function zhao(ctx: RuleContext): Numbered | null {
  // CEDICT reads 穿着 as the noun "attire" (chuānzhuó); before a quantity it is the verb with 着: 穿着一件大衣.
  if (!isAlone(ctx)) {
    const n = Array.from(ctx.word).length;
    const after = segAt(ctx, 1);
    return n === 2 && ctx.index === 1 && after && (/^(m|q)/.test(after.tag) || after.text.startsWith('一')) ? 'zhe5' : null;
  }
  // 着急, 着了凉, 着了迷: catching (a cold, a fire, a fancy), with or without 了 between.
  // (Not holding a torch or sitting round a fire, 举着火把, 围着火堆: the aspect, before a word of fire.)
  const fireWord = (segAt(ctx, 1)?.text ?? '').startsWith('火') && Array.from(segAt(ctx, 1)?.text ?? '').length >= 2;
  if ((('急火迷凉'.includes(ctx.next) && ctx.next) || (ctx.next === '了' && '凉火迷'.includes(ctx.next2.charAt(1)) && ctx.next2.length === 2)) && !fireWord) return 'zhao2';
  // 你着什么急: 着急 "to worry" with 什么 or 啥 inside it.
  if (/^(?:什么|啥|哪门子)$/u.test(segAt(ctx, 1)?.text ?? '') && segAt(ctx, 2)?.text === '急') return 'zhao2';
  // (喝着了水, 买着了, 见着了: managed to drink, buy, meet.)
  if ('睡找猜点喝吃买见摸够借'.includes(ctx.prev) && ctx.prev && (ctx.next === '了' || !HAN.test(ctx.next))) return 'zhao2';
  // 没钓着, 没找着: did not manage to (catch, find), a verb of one character after 没 closing the clause.
  if (/^(?:没|没有|还没|还没有)$/u.test(segAt(ctx, -2)?.text ?? '') && Array.from(ctx.prev).length === 1 && /^v/.test(segAt(ctx, -1)?.tag ?? '') && !HAN.test(ctx.next)) return 'zhao2';
  // 别摔着了, 冻着了, 吓着孩子: getting hurt (cold, a fright), zháo, closing the clause or before who.
  // (Not a state that goes on, 还冻着: still frozen.)
  if (/^(?:还|仍|仍然|都|正|一直|依然)$/u.test(segAt(ctx, -2)?.text ?? '')) return 'zhe5';
  if ('摔冻累吓烫碰伤饿冻晒撞砸淋'.includes(ctx.prev) && ctx.prev && (ctx.next === '了' || !HAN.test(ctx.next))) return 'zhao2';
  return 'zhe5';
}

/** 了 liǎo only as a potential complement (吃不了, 受得了), with 不/得 standing on their own. */
function le(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  // 上了当: the aspect inside 上当 (not 了当 liǎodàng "frank").
  if (ctx.prev === '上' && ctx.next === '当') return 'le5';
  const particle = segAt(ctx, -1);
  const verb = segAt(ctx, -2);
  // Not after 得 the verb "to obtain" (他得了第一名: dé le).
  if (particle && (particle.text === '不' || (particle.text === '得' && particle.tag !== 'v')) && isHanSeg(verb)) return 'liao3';
  // 终于|了|却: a 了 no verb precedes, opening a liǎo word with the next character (了却, 了结).
  // (Not the first character of a word of its own: 记录了|当时 is le, whatever 了当 is.)
  if (HAN.test(ctx.next) && Array.from(segAt(ctx, 1)?.text ?? '').length === 1 && !isPredicate(particle) && wordReadings(`了${ctx.next}`).some((w) => w.syllables[0] === 'liao3')) return 'liao3';
  return 'le5';
}

/**
 * 待 dāi "to stay" with a length of time or its aspect after it (在吉林待了三天, 一待就是一整天),
 * or at a clause's end after a place (在家里待着); dài "to treat, to await" elsewhere (待人, 有待).
 */
function dai(ctx: RuleContext): Numbered | null {
  // 待在家里 (one segment or two): staying somewhere.
  if (ctx.index === 0 && ctx.next === '在') return 'dai1';
  if (!isAlone(ctx)) return null;
  const after = segAt(ctx, 1);
  if (ctx.next === '了' || ctx.next === '着' || ctx.next === '过') return 'dai1';
  // 待久了, 待太久, 待不住: how long one stays.
  if (/^(?:久|太久|很久|不住|得住|不下去|够)$/u.test(after?.text ?? '')) return 'dai1';
  // 待上一个星期: staying for a while (待上级批准 is awaiting).
  if (ctx.next === '上' && /^m/.test(segAt(ctx, 2)?.tag ?? '')) return 'dai1';
  // 在咖啡馆待到半夜: staying somewhere until a time (待到春暖花开时, with no place, is "by the time").
  if (ctx.next === '到' && clauseBefore(ctx, 6).some((x) => x.text === '在')) return 'dai1';
  if (ctx.prev === '一' && (after?.text === '就' || after?.text === '就是')) return 'dai1';
  if (after && /^m/.test(after.tag) && /^[天年月周会]|^小时|^个/.test(segAt(ctx, 2)?.text ?? '')) return 'dai1';
  // 在滩涂上待一个星期: staying so long (一个 glued to the number, the span after it).
  if (after && /^(?:一个|两个|几个|半个|整整|好几)$/u.test(after.text) && /^(?:星期|月|礼拜|小时|钟头|晚上|冬天|夏天)/u.test(segAt(ctx, 2)?.text ?? '')) return 'dai1';
  return null;
}

/** 攒 zǎn "to save up" where money or saving follows (攒钱, 攒不下, 攒了); cuán "to gather" elsewhere. */
function zan(ctx: RuleContext): Numbered | null {
  // 攒尖顶 (a pointed roof), 攒动 and other gatherings stay cuán (the dictionary and learned contexts decide).
  return isAlone(ctx) && ctx.next !== '' && '钱下不了够着起'.includes(ctx.next) ? 'zan3' : null;
}

/** 切 alone is qiē "to cut" (切肉, 切成块); qiè "be sure to" only before 记, 勿, 忌, 莫 and 不可, 不要. */
function qie(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  return (ctx.next !== '' && '记勿忌莫'.includes(ctx.next)) || /^不[可要能]$/u.test(ctx.next2) ? 'qie4' : 'qie1';
}

/** Verbs of going across or past, after which 过 is the direction (冲过终点), not the aspect. */
const ACROSS_VERBS = new Set(Array.from('冲跨越穿渡闯翻绕驶飞蹚趟晃飘掠吹漂淌漫'));
/** Verbs of getting through a hard time (熬过寒冬, 挺过难关): 过 after them is guò. */
const ENDURE_VERBS = new Set(Array.from('熬挺撑扛'));
/** Verbs of getting past someone or something, whatever is counted after them (晃过两名队员). */
const PAST_VERBS = new Set(Array.from('晃绕闪躲越穿'));

/** 过 as the aspect particle after a verb (吃过晚饭, 去过北京) is light; jieba tags it ug. */
function guo(ctx: RuleContext): Numbered | null {
  // 日子过得红红火火, 过得很好: living, the verb before its 得 (never the particle of experience).
  if (isAlone(ctx) && ctx.next === '得') return 'guo4';
  // 过深过浅, 过快过慢: too (guò), before a quality said in parallel.
  if (isAlone(ctx) && /^[深浅高低大小多少快慢早晚长短厚薄宽窄重轻浓淡密稀热冷干湿肥瘦]$/u.test(segAt(ctx, 1)?.text ?? '') && (segAt(ctx, 2)?.text === '过' || segAt(ctx, -2)?.text === '过')) return 'guo4';
  // 过不了四五个小时, 过不去: can (not) get past, the verb with its potential complement.
  if (isAlone(ctx) && /^(?:不了|得了|不去|得去|不来)$/u.test(segAt(ctx, 1)?.text ?? '')) return 'guo4';
  // 涨得过快, 来得过早: too (guò), after the complement's 得 and before how.
  if (isAlone(ctx) && ctx.prev === '得' && /^(?:快|多|高|低|大|小|早|晚|猛|急|热|冷|重|长|短|久|少|于)/u.test(ctx.next)) return 'guo4';
  // 用力过猛, 期望过高: too (guò), between what is done or hoped and how, closing the clause.
  if (isAlone(ctx) && /^(?:猛|高|低|快|急|大|重|早|晚|多|严|浓|深)$/u.test(segAt(ctx, 1)?.text ?? '') && !HAN.test(segAt(ctx, 2)?.text ?? '') && Array.from(segAt(ctx, -1)?.text ?? '').length === 2 && /^(?:v|vn|n)$/.test(segAt(ctx, -1)?.tag ?? '')) return 'guo4';
  // 开车过了桥, 过了河: crossing (guò), before 了 and what is crossed.
  if (isAlone(ctx) && ctx.next === '了' && /^(?:桥|大桥|河|江|马路|路口|隧道|关|山|海|境|界|线|街|红绿灯|收费站|安检)$/u.test(segAt(ctx, 2)?.text ?? '')) return 'guo4';
  // 等过了年, 过了春节: when the new year (a festival) has passed.
  if (isAlone(ctx) && ctx.next === '了' && /^(?:年|春节|节|元旦|十五|中秋|国庆|冬|夏天|生日)$/u.test(segAt(ctx, 2)?.text ?? '')) return 'guo4';
  // 不用过什么生日, 回家过年, 一起过中秋: celebrating, after what is no verb done before it
  // (看过春节晚会 is having watched).
  if (isAlone(ctx) && celebrated(segAt(ctx, 1), segAt(ctx, 2)) && (!/^v/.test(segAt(ctx, -1)?.tag ?? '') || /^(?:用|不用|要|回家|回去|回来|一起|去|在|来|好好|怎么|准备|打算|不能|能|没法|没有)$/u.test(segAt(ctx, -1)?.text ?? ''))) return 'guo4';
  // 过上好日子, 过上了幸福生活: coming to live (guò) a life.
  if (isAlone(ctx) && ctx.next === '上' && clauseAfter(ctx, 5).slice(1).some((x) => /(?:日子|生活)$/u.test(x.text))) return 'guo4';
  // 曾被盗过，: the aspect after what was done (a passive jieba calls a noun), closing the clause.
  if (isAlone(ctx) && !HAN.test(ctx.next) && (/^被./u.test(segAt(ctx, -1)?.text ?? '') || segAt(ctx, -2)?.text === '被')) return 'guo5';
  // 要过两到三周才, 再过几天: time to pass (guò), after a modal or 再 and before how long.
  if (isAlone(ctx) && /^(?:要|再|还要|得|需要|需|又|才|将|等|还得)$/u.test(segAt(ctx, -1)?.text ?? '') && /^(?:几|[一二两三四五六七八九十半]+|[0-9０-９]+)(?:到[一二两三四五六七八九十]+)?(?:年|天|周|月|个月|会儿|小时|分钟|星期|个星期)/u.test(clauseAfter(ctx, 5).map((x) => x.text).join(''))) return 'guo4';
  // 抢着过马路, 过红绿灯: crossing (a road, a river); 日子还得照样过: living on as before.
  if (isAlone(ctx) && /^(?:马路|路口|路|河|桥|街|红绿灯|斑马线|隧道)$/u.test(segAt(ctx, 1)?.text ?? '')) return 'guo4';
  if (isAlone(ctx) && /^(?:照样|照常|好好|慢慢|凑合|继续)$/u.test(segAt(ctx, -1)?.text ?? '') && !HAN.test(ctx.next)) return 'guo4';
  // 樱桃季节快过了, 年就要过了: nearly over (guò), after "soon" and before 了 closing the clause.
  if (isAlone(ctx) && /^(?:快|快要|就要|要|马上就要)$/u.test(segAt(ctx, -1)?.text ?? '') && ctx.next === '了' && !HAN.test(ctx.next2.charAt(1))) return 'guo4';
  // 没过几年, 不过三天: time passing (guò), before how long.
  if (isAlone(ctx) && /^(?:没|没有|还没|不到|未)$/u.test(segAt(ctx, -1)?.text ?? '') && /^(?:几|[一二两三四五六七八九十半]+)?(?:年|天|月|个月|会儿|一会儿|多久|几天|几年|几个月|几分钟|分钟|小时)/u.test(clauseAfter(ctx, 3).map((x) => x.text).join(''))) return 'guo4';
  // 熬过漫长的寒冬, 挺过难关: getting through (guò) what follows.
  if (isAlone(ctx) && ENDURE_VERBS.has(segAt(ctx, -1)?.text ?? '') && isHanSeg(segAt(ctx, 1)) && !/^[了的]$/u.test(ctx.next)) return 'guo4';
  // 从来没有间断过。: the aspect after a verb of two characters, closing the clause.
  if (isAlone(ctx) && !HAN.test(ctx.next)) {
    const done = segAt(ctx, -1);
    if (isHanSeg(done) && Array.from(done.text).length === 2 && (/^(?:v|d|ad|vn)/.test(done.tag) || wordMayBeVerb(done.text)) && !/^[mq]/.test(done.tag)) return 'guo5';
  }
  if (!isAlone(ctx) || ctx.tag !== 'ug') return null;
  // 没过了膝盖: coming up over it (mò guò), not "have not".
  if (submerges(ctx, -1)) return 'guo4';
  const verb = segAt(ctx, -1);
  // 冲过终点, 跨过河, 穿过马路: across or past what follows, after a verb of crossing (not 去过北京).
  const past = segAt(ctx, 1);
  // 下过一场大雨: after 下 (jieba's locative), what fell, the aspect.
  if (verb?.text === '下' && isHanSeg(past) && /^m/.test(past.tag)) return 'guo5';
  // 坐船过江, 开车过桥: riding across a river or a bridge.
  if (verb && /(?:船|车|马|舟|筏)$/u.test(verb.text) && isHanSeg(past) && /^(?:江|河|海|湖|桥|马路|街|山|关|境|海峡|大桥|长江|黄河)$/u.test(past.text)) return 'guo4';
  // (湖|面: the reading units may cut what is crossed; a noun and more of it counts.)
  if (verb && ACROSS_VERBS.has(verb.text) && isHanSeg(past) && (Array.from(past.text).length >= 2 || (/^n/.test(past.tag) && isHanSeg(segAt(ctx, 2)))) && !/^[vmqpu]/.test(past.tag) && !/^[很几一多好两]/u.test(past.text)) return 'guo4';
  // 晃过两名防守队员, 绕过三道关卡: past so many of them (not 晃过两次, how often).
  const counted = segAt(ctx, 2);
  if (verb && PAST_VERBS.has(verb.text) && isHanSeg(past) && /^m/.test(past.tag) && isHanSeg(counted) && !/^(?:次|回|遍|下|趟)/u.test(counted.text)) return 'guo4';
  // (装修/vn 过的房子: a verb jieba calls a noun, done before, describing what follows.)
  if (verb && verb.tag === 'vn' && segAt(ctx, 1)?.text === '的') return 'guo5';
  // (问/n 过司机: a one-character verb jieba's dictionary calls a noun, too.)
  // (主张/n 过权利: a verb of two characters jieba calls a noun, before what was done.)
  // (当/t 过兵: having served as, whatever jieba tags 当.)
  return /^v/.test(verb?.tag ?? '') || verb?.text === '当' || (isHanSeg(verb) && Array.from(verb.text).length <= 2 && !/^(?:d|p|c|r|m|q|f|t)/.test(verb.tag) && wordMayBeVerb(verb.text)) ? 'guo5' : null;
}

/** Verbs of going or being after which a closing 哪 asks "where" (你去哪, 放在哪, 这是哪): see na. */
export const WHERE_AFTER = /(?:去|在|到|是|住|放|往|回|搬|躲|藏|坐|停|丢|逛|跑|走|来|飞|开)$/u;

/** What follows 重读 when it is reading again, chóng (重读了, 重读一遍, 重读这本书). */
export const READ_AGAIN_NEXT = /^(?:了|过|一遍|一下|一次|这|那)/u;

/** What is celebrated or spent (过生日, 过年, 过什么节): see guo. */
export function celebrated(next: Segment | undefined, then: Segment | undefined): boolean {
  if (!next) return false;
  // (泼水节, 那达慕节, 火把节: any festival by its name.)
  return CELEBRATED.test(next.text) || /^\p{Script=Han}{1,4}节$/u.test(next.text) || (next.text === '什么' && /^(?:生日|节|年)/u.test(then?.text ?? ''));
}
const CELEBRATED = /^(?:生日|年|春节|新年|节|节日|中秋|中秋节|国庆|国庆节|元旦|圣诞|圣诞节|周末|暑假|寒假|假期|大年)$/u;

function na(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx) || HAN.test(ctx.next) || ctx.prev === '') return null;
  // 你去哪？, 钥匙放在哪, 这是哪: "where", closing a question after a verb of going or being; the
  // particle na follows what is exclaimed (天哪, 好难哪).
  if (WHERE_AFTER.test(segAt(ctx, -1)?.text ?? '')) return 'na3';
  return 'na5';
}

/** Things that are dry or wet (嗓子干 gān), rather than people who do (工人干得好 gàn). */
const DRY_THINGS = new Set(['表土', '土壤', '盆土', '嗓子', '喉咙', '嘴', '嘴唇', '嘴巴', '舌头', '皮肤', '眼睛', '鼻子', '空气', '天气', '土', '土地', '地面', '衣服', '毛巾', '头发', '油漆', '墨水', '河', '井', '田', '海', '湖', '池塘', '塘', '池', '泉', '河水', '湖水', '河床', '水', '眼泪', '泪', '汗', '血', '颜料', '水泥', '胶水']);

function gan(ctx: RuleContext): Numbered | null {
  // 查干湖, 干河: in a place's name 干 is "dry" (and often Mongolian 查干 "white").
  if (ctx.tag === 'ns') return 'gan1';
  // 这活我干不了 gàn "to do"; 衣服晾了三天也干不了, 晒得干: dry, where the clause hangs or names what dries.
  if (ctx.index === 0 && /^干[不得]/u.test(ctx.word)) {
    const clause = clauseBefore(ctx, 8);
    return clause.some((x) => DRY_THINGS.has(x.text) || /^(?:晾|晒|烘|吹|阴|晾晒|风|湿|淋湿|洗)/u.test(x.text)) ? 'gan1' : 'gan4';
  }
  if (!isAlone(ctx)) return null;
  // 庄稼都干死了: dried up and died (crops, grass, a pond), not "to do".
  if (ctx.next === '死' && clauseBefore(ctx, 6).some((x) => /(?:庄稼|苗|草|花|树|叶|叶子|地|田|河|井|塘|湖|禾苗|玉米|麦子|水稻)$/u.test(x.text))) return 'gan1';
  // 干塘: draining a fish pond dry.
  if (ctx.next === '塘') return 'gan1';
  // 衣服晒了一天，已经干了; 衣服晾三天都不干: dry, closing its clause, where the sentence hangs, airs or
  // washes what dries (across its commas).
  const closes = !HAN.test(ctx.next) || (ctx.next === '了' && !HAN.test(segAt(ctx, 2)?.text ?? ''));
  if (closes && sentenceBefore(ctx, 14).some((x) => DRY_THINGS.has(x.text) || /^(?:晾|晒|烘|晾晒|淋湿|湿透|洗好|洗完)/u.test(x.text))) return 'gan1';
  // 干蒸, 干炒牛河, 干锅: cooked dry (gān), before how.
  if (has('蒸煸炒烧锅拌炸', ctx.next) && (!/^(?:v|d)$/.test(segAt(ctx, -1)?.tag ?? '') || /^(?:是|叫|点|来|做)$/u.test(segAt(ctx, -1)?.text ?? ''))) return 'gan1';
  // 湿了干、干了又湿: dry, beside wet.
  if (clauseBefore(ctx, 3).some((x) => x.text.includes('湿')) || clauseAfter(ctx, 3).some((x) => x.text.includes('湿'))) return 'gan1';
  // 干了两碗, 干了这杯: drinking up (bottoms up), so many bowls or this cup.
  if (ctx.next === '了' && /^(?:[一两三四五六七八九十几半这那]+)?[碗杯盅]/u.test((segAt(ctx, 2)?.text ?? '') + (segAt(ctx, 3)?.text ?? ''))) return 'gan1';
  const before = segAt(ctx, -1);
  // 很干, 晒干, 干了 at a clause end: dry. Elsewhere a lone 干 is the verb "to do" (干字当先, 大干),
  // as after 多 and 少 with more of the clause to come (多干实事, 少干蠢事).
  if (before && (before.text === '多' || before.text === '少') && HAN.test(ctx.next) && ctx.next !== '了') return 'gan4';
  if (before && DEGREE.has(before.text)) return 'gan1';
  // (控干水分: drained dry, the water left to drip off.)
  if (has('晒烘吹擦风阴拧晾烤吸榨抽沥控口舌唇', ctx.prev)) return 'gan1';
  // 用干布擦, 干毛巾, 干茶: a dry cloth or towel, dried tea.
  // (干海参, 干贝, 干鱿鱼: dried seafood.)
  if (/^(?:布|抹布|毛巾|纸巾|手巾|衣服|袜子|树叶|稻草|柴|柴火|草|茶|茶叶|辣椒|香菇|木耳|粮|海参|鱿鱼|虾|虾仁|鱼|海带|紫菜|枣|红枣|果|豆腐|面条|粉|米粉|馒头|电池)$/u.test(segAt(ctx, 1)?.text ?? '')) return 'gan1';
  // 又干又冷: dry, paired with another adjective; 红薯干, 牛肉干: dried food.
  if (ctx.prev === '又' && ctx.next === '又') return 'gan1';
  // 嗓子发干, 嘴唇发干: feeling dry (发 + 干 closing the clause).
  if (ctx.prev === '发' && (!HAN.test(ctx.next) || ctx.next === '了')) return 'gan1';
  // 又黑又干: the second of 又…又, closing the clause.
  if (ctx.prev === '又' && !HAN.test(ctx.next) && clauseBefore(ctx, 4).slice(1).some((x) => x.text === '又')) return 'gan1';
  // (Whatever is then said of it: 林蛙干是特产.)
  if (has('薯肉鱼果菜卜腐笋枣蛙虾菇豆杏柿', ctx.prev) && (!isVerb(segAt(ctx, 1)) || /^(?:是|很|都|也|就|比|最)$/.test(segAt(ctx, 1)?.text ?? ''))) return 'gan1';
  // 嗓子干, 衣服还没干: what can be dry (adverbs between), then 干 closing the clause or before 了/得.
  let thing = before;
  for (let k = -2; thing && (/^d/.test(thing.tag) || thing.text === '没' || thing.text === '没有') && k >= -4; k--) thing = segAt(ctx, k);
  if (thing && DRY_THINGS.has(thing.text) && (!HAN.test(ctx.next) || ctx.next === '了' || ctx.next === '得')) return 'gan1';
  return 'gan4';
}

function chu(ctx: RuleContext): Numbered | null {
  // 不足之处, 相似之处: the point or the place (之处 chù), inside a phrase too.
  if (ctx.prev === '之') return 'chu4';
  if (!isAlone(ctx)) return null;
  // 处暂扣六个月, 处罚金, 处以罚款: imposing a penalty (chǔ).
  if (/^(?:暂扣|罚款|罚金|拘役|有期|无期|死刑|警告|以|五|十|一|二|三|两|吊销)/.test((segAt(ctx, 1)?.text ?? '') + (segAt(ctx, 2)?.text ?? ''))) return 'chu3';
  // 处50元以上200元以下罚款, 可处5万元罚款: imposing a fine of so much, the fine a few words on.
  if (/^(?:m|mq)$/.test(segAt(ctx, 1)?.tag ?? '') && clauseAfter(ctx, 8).some((x) => /^(?:罚款|罚金|拘留|罚)$/u.test(x.text))) return 'chu3';
  const before = segAt(ctx, -1);
  if (before && (NUMERAL.test(before.text) || /^m/.test(before.tag) || '各此该某何多几一两每'.includes(before.text))) return 'chu4';
  if ('在于'.includes(ctx.next) && ctx.next) return 'chu3';
  // 在细微处, 关键处: a place, after the word for where (an adjective or a noun) and 在 before it.
  if (before && /^(?:a|n|f)$/.test(before.tag) && clauseBefore(ctx, 4).some((s) => s.text === '在' || s.text === '于' || s.text === '从')) return 'chu4';
  return null;
}

function zhi(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  // 一度只剩下三个人: only (so few) left.
  if (ctx.next === '剩') return 'zhi3';
  // 一个只会抱怨的人: "only", after a classifier that counted already (个, 位, 种).
  if (/(?:个|位|种|名|家)$/u.test(segAt(ctx, -1)?.text ?? '') && /^(?:会|能|有|是|要|顾|知道|想|剩|在)$/u.test(segAt(ctx, 1)?.text ?? '')) return 'zhi3';
  // 单只耳机仅重4.8克: a single one (of a pair), the classifier zhī.
  if (ctx.prev === '单' && segAt(ctx, -1)?.text === '单' && HAN.test(ctx.next)) return 'zhi1';
  const before = segAt(ctx, -1);
  // 每个月只拿出, 前几年只买到, 一天只睡: after a span of time 只 is "only" (a month counts no birds).
  if (before && /(?:[月天年周日]|小时|分钟|星期|礼拜|钟头)$/u.test(before.text) && !/^[一二两三四五六七八九十几0-9０-９]+$/u.test(before.text)) return 'zhi3';
  // 一度只考了, 一直只用: an adverb of 一 is no number (数学一度只考了九十多分); nor is a lifetime or a whole day (一辈子只画了).
  if (before && /^(?:一度|一直|一向|一共|一时|一般|一再|一律|一定|一起|一心|一辈子|一生|一世|一整天|一上午|一下午|一晚上|一早上)$/u.test(before.text)) return 'zhi3';
  // 四十五万头（只）: the measure word for sheep beside the one for cattle, in brackets.
  if (before && /^[（(]$/u.test(before.text) && /^[头匹条]$/u.test(segAt(ctx, -2)?.text ?? '') && /^[）)]$/u.test(segAt(ctx, 1)?.text ?? '')) return 'zhi1';
  if (before && (NUMERAL.test(before.text) || /^m/.test(before.tag) || '这那每几哪两整'.includes(before.text))) return 'zhi1';
  // 成千上万只候鸟: a set phrase of numbers counts too, before the noun counted.
  if (before && /^[il]$/.test(before.tag) && /[十百千万]$/u.test(before.text) && /^n/.test(segAt(ctx, 1)?.tag ?? '')) return 'zhi1';
  // As a measure word 只 needs a numeral or demonstrative before it; otherwise it is "only".
  return 'zhi3';
}

/** 种: zhǒng as a measure word or "kind" after a numeral or demonstrative; a lone 种 with an object is zhòng, to plant. */
function zhong(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  const before = segAt(ctx, -1);
  // 我们就接着种, 继续种: planting (zhòng), closing the clause after an adverb of going on.
  if (before !== undefined && /^(?:接着|继续|再|还|又|先|就|没|不|都|也|得|要|想|能|会)$/u.test(before.text) && !HAN.test(ctx.next)) return 'zhong4';
  // 选种, 用种量, 留种: the seed (zhǒng), chosen, used or kept.
  if (before !== undefined && /^(?:选|用|留|良|育|引|换|备|浸|拌|晒|购)$/u.test(before.text) && !/^(?:了|过|着|[一二两三四五六七八九十几]|树|花|菜|地|田)/u.test(ctx.next)) return 'zhong3';
  // 一米种一棵: 种 with a number and measure word after it is the verb, whatever precedes.
  const after = segAt(ctx, 1);
  if (after && /^m/.test(after.tag) && /^q/.test(segAt(ctx, 2)?.tag ?? '')) return 'zhong4';
  // 种出来, 种下去, 种好: planting, before where it goes or how it turns out.
  if (/^(?:出|下|上|好|满|活|成)/.test(after?.text ?? '') && !(before && '这那每几哪各某此该同本多'.includes(before.text))) return 'zhong4';
  if (before && (NUMERAL.test(before.text) || /^(m|q)/.test(before.tag) || '这那每几哪各某此该同本多何'.includes(before.text) || before.text === '何种')) return 'zhong3';
  // 种业, 种源: seeds and breeds (the seed industry), not planting.
  if (has('业源质', ctx.next) && !HAN.test(segAt(ctx, 1)?.text.charAt(1) ?? '')) return 'zhong3';
  if (HAN.test(ctx.next)) return 'zhong4';
  // 只会种，不会卖; 怎么种?: closing a clause after a modal, an adverb or 怎么, it is the verb.
  if (before && (MODALS.has(before.text) || /^(?:d|ad)$/.test(before.tag) || /^(?:怎么|如何|怎样)$/.test(before.text))) return 'zhong4';
  return null;
}

/** What is said of a number (游客数增加): it grows, falls, reaches or is something. */
const COUNT_CHANGES = new Set(['增加', '减少', '增长', '下降', '上升', '达到', '超过', '突破', '不足', '为', '是', '已', '约', '有', '有所', '创']);

/** 数: shù before a numeral (数千, 数十) or as "the number of" after a noun, otherwise a lone 数 is the verb shǔ (数一数, 数风流人物). */
function shu(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  // 数天, 数个, 数千: "several" before a number, measure word or time unit.
  if (ctx.next2 === '一数' || ctx.next2 === '不清') return 'shu3';
  // 数着数: counting (shǔ) numbers (shù), the second after 着.
  if (ctx.prev === '着' && segAt(ctx, -2)?.text === '数') return 'shu4';
  if ('十百千万亿个天年月日次人名种家件位项条倍周秒米'.includes(ctx.next) && ctx.next) return 'shu4';
  // 两位数, 个位数: digits (位数 "number of digits").
  if (ctx.prev === '位' && /^[两一二三四五六七八九十个多]$/u.test(ctx.prev2.charAt(0))) return 'shu4';
  // 白细胞数偏高, 游客数增加, 统计车辆数。: the number of what the noun before names, followed by what
  // is said of it (not 老师数学生: something counted after it).
  const before = segAt(ctx, -1);
  const after = segAt(ctx, 1);
  const said = !HAN.test(ctx.next) || (after !== undefined && (/^(?:a|ad|d)$/.test(after.tag) || COUNT_CHANGES.has(after.text)));
  // 星星数都数不清: counted (数 then 都 or 也, and 数 again).
  if ((ctx.next === '都' || ctx.next === '也') && clauseAfter(ctx, 3).slice(1).some((s) => s.text.startsWith('数'))) return 'shu3';
  // 大声地数, 用手指头数: counting, done in some manner or with something.
  if (before?.text === '地' || clauseBefore(ctx, 3).slice(1).some((s) => s.text === '用')) return 'shu3';
  if (isHanSeg(before) && /^(?:n|vn|nz)$/.test(before.tag) && Array.from(before.text).length >= 2 && said) return 'shu4';
  // 户数达到三百, 票数过半: the number of households or votes, before what it reaches.
  if (isHanSeg(before) && has('户票字页件次', before.text) && after !== undefined && (COUNT_CHANGES.has(after.text) || /^(?:达到|达|超过|为|是|已|已达|共|约|不足)$/.test(after.text))) return 'shu4';
  return HAN.test(ctx.next) ? 'shu3' : null;
}

/** A lone 教 is the verb jiāo (教我们唱歌); jiào lives in words (教育, 教室, 宗教). */
function jiao(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  // 教委, 教研, 教辅: teaching as a field (教育), jiào, in words CC-CEDICT lacks and cut in two.
  return has('委研改辅务龄', ctx.next) && !HAN.test(segAt(ctx, 1)?.text.charAt(1) ?? '') ? 'jiao4' : 'jiao1';
}

/** 藏 hiding something is cáng (藏着, 藏在); zàng is Tibet (西藏, 藏族, 藏人, 援藏) and scripture (大藏经). */
function cang(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  if (('西青入援驻康卫'.includes(ctx.prev) && ctx.prev) || ('族语文区传医药羚獒北南东人军巴经历民'.includes(ctx.next) && ctx.next)) return 'zang4';
  // 藏在, 藏起来, 藏得快, 藏一枚硬币: hiding (something).
  if ('着在了起于有进入好下到身匿一两几得'.includes(ctx.next) && ctx.next) return 'cang2';
  // 闭藏, 收藏 in two pieces, “藏” quoted as what one does: storing away.
  if ('闭收储潜深隐'.includes(ctx.prev) && ctx.prev) return 'cang2';
  if (/^[“"‘「]$/u.test(ctx.prev) && /^[”"’」]$/u.test(ctx.next)) return 'cang2';
  // 藏粮于地: storing something somewhere (a noun, then 于 or 在).
  if (/^n/.test(segAt(ctx, 1)?.tag ?? '') && /^(?:于|在)$/.test(segAt(ctx, 2)?.text ?? '')) return 'cang2';
  // 该藏针, 别藏着, 偷偷藏钱: after a modal or an adverb, the verb.
  const before = segAt(ctx, -1);
  return before && HAN.test(ctx.next) && (MODALS.has(before.text) || /^(?:d|ad)$/.test(before.tag) || before.text === '别') ? 'cang2' : null;
}

/** A lone 觉 after 睡, 好, 个, 午 is sleep, jiào (睡了一个好觉). */
function jue(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  // 睡不着觉, 睡得着觉.
  if (ctx.prev2 === '不着' || ctx.prev2 === '得着') return 'jiao4';
  // 老人觉少, 觉轻: sleep, how much or how lightly one sleeps.
  if (/^(?:少|多|轻|浅|沉|足|不够)$/u.test(segAt(ctx, 1)?.text ?? '') && !HAN.test(segAt(ctx, 2)?.text ?? '')) return 'jiao4';
  // 睡起觉来, 睡了一觉: sleep, with 睡 a few words before.
  if (clauseBefore(ctx, 4).slice(1).some((s) => s.text === '睡')) return 'jiao4';
  // 把觉补回来, 补觉: sleep made up for.
  if (ctx.next === '补' || ctx.prev === '补') return 'jiao4';
  // 连觉都睡不好, 觉也睡不着: sleep put first, with 睡 a few words after.
  if (clauseAfter(ctx, 4).slice(1).some((s) => s.text.startsWith('睡'))) return 'jiao4';
  return '好个睡午一场大'.includes(ctx.prev) && ctx.prev ? 'jiao4' : null;
}

/** 弄 as a verb with its complement is nòng (弄潮儿, 弄清); lòng is a lane (弄堂, 里弄, 40弄). */
function nong(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  // 武康路40弄: an alley number in a Shanghai address.
  if (/[0-9０-９]/.test(ctx.prev) || has('里小巷家', ctx.prev) || has('堂口社', ctx.next)) return 'long4';
  return HAN.test(ctx.next) ? 'nong4' : null;
}

/** A lone 长: long (cháng) after a degree word (很长) or closing a clause after a noun (时间长); grow (zhǎng) before 大, 高, 得, 成. */
function zhang(ctx: RuleContext): Numbered | null {
  // 矿长, 船长 of a word CC-CEDICT lacks: the head (zhǎng) of a mine, a unit or a place.
  if ((!ctx.inDictionary && ctx.index === 1 && Array.from(ctx.word).length === 2 && HEADED_UNITS.has(ctx.prev)) || (isAlone(ctx) && !ctx.startsSegment && HEADED_UNITS.has(ctx.prev))) return 'zhang3';
  if (!isAlone(ctx)) return null;
  const before = segAt(ctx, -1);
  // 越跑越长, 又陡又长: longer and longer, steep and long, the second 越 of 越…越 or 又 of 又…又
  // (越长越高 "grows taller" is the first).
  if (before !== undefined && (before.text === '越' || before.text === '又') && clauseBefore(ctx, 4).slice(1).some((x) => x.text === before.text)) return 'chang2';
  // 年纪最长, 年龄稍长: the eldest, the older (of age, not length).
  if (before && /^(?:最|稍|较|略|年|年岁|年纪|年龄)$/u.test(before.text) && clauseBefore(ctx, 4).some((x) => /^(?:年纪|年龄|岁数|年岁|辈分)$/u.test(x.text))) return 'zhang3';
  if (before && DEGREE.has(before.text)) return 'chang2';
  // 麦子长不起来, 长不大: growing (zhǎng), before whether it can.
  if (/^(?:不起来|不大|不高|不好|得快|得慢|起来|出来|大了|高了)$/u.test(segAt(ctx, 1)?.text ?? '') || (segAt(ctx, 1)?.text === '不' && /^(?:起来|大|高|好|出来)$/u.test(segAt(ctx, 2)?.text ?? ''))) return 'zhang3';
  // 耳机柄偏长, 时间稍长: on the long side, after 偏, 稍, 略 or 过 and closing the clause.
  if (before && /^(?:偏|稍|略|过|太过|稍微|略微|较为)$/u.test(before.text) && !HAN.test(ctx.next)) return 'chang2';
  // 不会长腿跑了, 长翅膀飞了: growing (zhǎng) legs or wings, after 会 or before a body part that runs or flies off.
  if (/^(?:腿|翅膀|脚|翅)$/u.test(segAt(ctx, 1)?.text ?? '') && (/^(?:会|不会|能|要|又|还)$/u.test(before?.text ?? '') || /^(?:跑|飞|走)/u.test(segAt(ctx, 2)?.text ?? ''))) return 'zhang3';
  // 眼轴变长, 变得更长: becoming long (not growing).
  if (before && /^(?:变|变得|拉|放)$/u.test(before.text)) return 'chang2';
  // 胆囊里长了结石, 脸上长了痘: something grew inside or on (a place, then 了).
  if (before && /^(?:里|上|中|内|头上|身上|脸上|哪里|这里|那里|地里|田里|树上)$/u.test(before.text) && /^(?:了|着|出|满)$/u.test(ctx.next)) return 'zhang3';
  // 长胖, 只长叶子, 长虫: growing (zhǎng) fat or growing leaves, insects, weeds.
  // (免得长口疮, 长冻疮, 长白发: a sore, a rash, grey hair growing.)
  if (/^(?:胖|肉|膘|叶子|草|虫|苗|芽|个子|个儿|痘|斑|口疮|疮|冻疮|疹|湿疹|瘤|肿瘤|疙瘩|痱子|水泡|白发|皱纹|老年斑|青苔|霉|结石|息肉)/u.test(segAt(ctx, 1)?.text ?? '')) return 'zhang3';
  // 用得长, 东北的冬天长: long (lasting), after the complement's 得 or a season or span, closing the clause.
  if (before && (before.text === '得' || /(?:冬天|夏天|春天|秋天|冬季|夏季|白天|夜|时间|日子|假期|寿命|路)$/u.test(before.text)) && !HAN.test(ctx.next)) return 'chang2';
  // 路还长着呢: still long, 着呢 stressing how long (not growing).
  if (ctx.next === '着' && ctx.next2.charAt(1) === '呢') return 'chang2';
  // 长到四公斤, 长了记性: grew to a weight or size; grew wiser (见识, 记性).
  if (ctx.next === '到' && /[0-9０-９〇零一二两三四五六七八九十百半]/u.test(segAt(ctx, 2)?.text ?? '')) return 'zhang3';
  if (/^(?:记性|见识|知识|本事|本领|经验|教训|脾气)/u.test(ctx.next === '了' ? (segAt(ctx, 2)?.text ?? '') : (segAt(ctx, 1)?.text ?? ''))) return 'zhang3';
  // 长出一口气: a long sigh of relief (not growing).
  if (ctx.next === '出' && /^一口/u.test((segAt(ctx, 2)?.text ?? '') + (segAt(ctx, 3)?.text ?? ''))) return 'chang2';
  // 长大, 长高, 长得, 长出, and 长在树上 (grows on the tree).
  if (has('大高得成出满着在', ctx.next)) return 'zhang3';
  // 种啥长啥, 长出来: growing what; 林下长十几年: growing so many years (长十米 is long, cháng).
  if (/^(?:啥|什么)$/.test(segAt(ctx, 1)?.text ?? '') || (/^m/.test(segAt(ctx, 1)?.tag ?? '') && /^(?:年|个月|天|月)/.test(segAt(ctx, 2)?.text ?? ''))) return 'zhang3';
  // 长什么样, 长得像: how someone looks (zhǎng).
  if (/^(?:什么样|啥样|怎么样|这样|那样|这么|那么)/u.test(segAt(ctx, 1)?.text ?? '') && segAt(ctx, 1)?.text !== '那么长') return 'zhang3';
  // 长了不少, 长了很多: grew a lot; 长了三百多年, 长了五斤: grew for so long, or by so much weight.
  if (ctx.next === '了' && /^(?:不少|很多|许多|好多|一大截|一岁)$/u.test(segAt(ctx, 2)?.text ?? '')) return 'zhang3';
  if (ctx.next === '了' && /^[〇零一二三四五六七八九十百千万两几多半0-9]+(?:年|个月|天|斤|公斤)/u.test(clauseAfter(ctx, 6).slice(1).map((x) => x.text).join(''))) return 'zhang3';
  // 长不大, 长不好: cannot grow (长不了 is "will not last long").
  if (/^不[大高好出]/u.test(ctx.next2)) return 'zhang3';
  // 河长制, 市级河长, 总林长: the chief put in charge of a river or a forest.
  const rank = segAt(ctx, -2)?.text ?? '';
  // (副关长: the deputy head of the customs, whatever jieba tags 关.)
  if (ctx.next === '制' || (before && Array.from(before.text).length === 1 && (/^n/.test(before.tag) || rank === '副') && (rank.endsWith('级') || rank === '总' || rank === '副'))) return 'zhang3';
  // 林场场长说, 厂长: the head of the farm, works or school named just before, then what they do.
  // (楼长很热心: 很 is tagged zg by jieba, an adverb all the same.)
  // (班组长, 宿舍长负责: a team's or a dormitory's.)
  if (before && has('场厂站所馆社团科处室园楼队令组舍', Array.from(before.text).at(-1) ?? '') && isHanSeg(segAt(ctx, 1)) && (/^(?:v|p|d|nr)/.test(segAt(ctx, 1)?.tag ?? '') || /^[很也都就还又正已]/u.test(segAt(ctx, 1)?.text ?? ''))) return 'zhang3';
  // 河长杨春发: a river's or a road's chief, named after the title (河长约三百公里 is long).
  if (before && has('河湖林路街', Array.from(before.text).at(-1) ?? '') && /^nr/.test(segAt(ctx, 1)?.tag ?? '')) return 'zhang3';
  // 持续时间长，: a noun and 长 closing the clause is "long".
  if (!HAN.test(ctx.next) && before && /^n/.test(before.tag)) return 'chang2';
  // 十几米长, 三尺长的: so many units long.
  if (before && (/(?:米|厘米|毫米|公里|千米|里|尺|寸|丈|公分|英尺)$/u.test(before.text) || (/^m/.test(before.tag) && /[米尺寸丈里]$/u.test(before.text))) && (!HAN.test(ctx.next) || ctx.next === '的')) return 'chang2';
  return null;
}

/** 中 followed by 了 is hitting or winning, zhòng (中了大奖); otherwise a lone 中 is zhōng (发展中). */
function zhongMiddle(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  if (ctx.next === '了') return 'zhong4';
  // 考中进士, 射中目标, 罚中两球: hitting or passing, after a verb of aiming (考|中 split from a name before it).
  if (/^(?:考|射|猜|投|押|选|罚|命)$/.test(segAt(ctx, -1)?.text ?? '')) return 'zhong4';
  // 两罚全中, 三投全中: every shot hit, closing its clause.
  if (/^(?:全|皆|均|都)$/.test(segAt(ctx, -1)?.text ?? '') && !HAN.test(ctx.next) && /[罚投射发]/u.test(segAt(ctx, -2)?.text ?? '')) return 'zhong4';
  // 五投只中一球, 各中两记: hitting (a shot), so many of them, after "only", "each" or "in all".
  const before = segAt(ctx, -1);
  const after = segAt(ctx, 1);
  return after !== undefined && /^m/.test(after.tag) && before !== undefined && /^(?:只|各|共|连|都|才|仅|又|再|还)$/.test(before.text) ? 'zhong4' : null;
}

/** 屏 holding back breath is bǐng (屏住呼吸, 屏息); píng is a screen, in words. */
function bing(ctx: RuleContext): Numbered | null {
  return ctx.index === 0 && '住息气'.includes(ctx.next) && ctx.next ? 'bing3' : null;
}

/** A lone 载 carries, zài (载着十吨货物); zǎi counts years after a numeral (三载). */
function zai(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  const before = segAt(ctx, -1);
  return before && (NUMERAL.test(before.text) || /^m/.test(before.tag)) ? 'zai3' : 'zai4';
}

/** 卡 stuck, qiǎ: a bone or a thing caught somewhere (骨头卡在食道里, 卡在门缝里); kǎ (a card) elsewhere. */
function qia(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  const before = segAt(ctx, -1);
  return ctx.next === '在' && before !== undefined && /^n/.test(before.tag) && !/卡$/u.test(before.text) && clauseAfter(ctx, 6).some((x) => /(?:里|中|上|缝|喉咙|嗓子|食道)$/u.test(x.text)) ? 'qia3' : null;
}

/** 看店, 看摊, 看孩子: minding (kān) a shop, a stall, a child; not 看孩子的作业 (looking at). */
function kan(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  return /^(?:店|摊|摊子|铺子|仓库|大门|场子|孩子|小孩|家)$/u.test(segAt(ctx, 1)?.text ?? '') && segAt(ctx, 2)?.text !== '的' && !/^(?:去|来|到|回)$/u.test(segAt(ctx, -1)?.text ?? '') ? 'kan1' : null;
}

/** 划 rowing or scratching is huá (划着小船); huà divides and plans, in words (划分, 计划). */
function hua(ctx: RuleContext): Numbered | null {
  // 划船, 划破, 划两刀 (cutting strokes): huá; 划分, 计划 are words.
  // (拼命地划。: rowing, the verb after its manner, closing the clause.)
  if (isAlone(ctx) && ctx.prev === '地' && !HAN.test(ctx.next)) return 'hua2';
  if (!isAlone(ctx) || !ctx.next) return null;
  // 划个十字, 划散, 划几刀: cutting or stirring apart (huá).
  if (/^(?:散|开|破|个|几|一刀|两刀|十字)/u.test(segAt(ctx, 1)?.text ?? '')) return 'hua2';
  // 划了固定摊位, 划了红线: marking off (huà) a stall, a line, an area.
  if (ctx.next === '了' && clauseAfter(ctx, 4).slice(1).some((x) => /(?:摊位|地盘|界线|范围|区域|红线|片区|车位|停车位|线|区)$/u.test(x.text))) return 'hua4';
  // (划手们: the rowers of a dragon boat, 划 and who does it.)
  // (划龙舟, 划竹排: rowing a boat.)
  return '着船桨水破伤了开'.includes(ctx.next) || /^(?:龙舟|龙船|竹排|小船|皮划艇|木筏)/u.test(segAt(ctx, 1)?.text ?? '') || (ctx.next === '手' && /^[们，。]/u.test(segAt(ctx, 2)?.text ?? '')) || (/^[一两几三四五]/.test(ctx.next) && /刀|道|下/.test(ctx.next2)) ? 'hua2' : null;
}

/** 倒 pouring or reversing is dào (倒掉, 倒水, 倒车); falling over is dǎo. */
function dao(ctx: RuleContext): Numbered | null {
  if (ctx.index !== 0) return null;
  // 我倒不怕, 这倒是, 倒也好: "actually, though", an adverb before 不, 是, 也, 还 or 挺.
  if (isAlone(ctx) && /^(?:不|是|也|还|挺|很|没|蛮|真|并|要|觉得|愿意)/u.test(segAt(ctx, 1)?.text ?? '') && /^(?:r|nr|n|d)/.test(segAt(ctx, -1)?.tag ?? 'x')) return 'dao4';
  // 现在倒好, 这下倒好: "well, now" (ironic), before 好 closing the clause.
  if (isAlone(ctx) && ctx.next === '好' && /^(?:现在|这下|这回|你|他|她|这|那)$/u.test(segAt(ctx, -1)?.text ?? '') && !HAN.test(segAt(ctx, 2)?.text ?? '')) return 'dao4';
  // 倒着贴, 倒过来: upside down, back to front (not falling).
  if (isAlone(ctx) && (ctx.next === '着' || ctx.next2 === '过来') && /^(?:贴|挂|放|写|走|念|背|数|骑|拿|看|插|立)/u.test(clauseAfter(ctx, 3).map((x) => x.text).join('').replace(/^(?:着|过来)/u, ''))) return 'dao4';
  // 边倒边搅: pouring while stirring, the first of 边…边 in a kitchen.
  if (isAlone(ctx) && ctx.prev === '边' && ctx.next === '边' && /[搅拌锅碗水油汤]/u.test(clauseAfter(ctx, 6).concat(clauseBefore(ctx, 6)).map((x) => x.text).join(''))) return 'dao4';
  // 倒掉, 倒入, 倒水, 倒油, 倒少量油: pouring (a liquid, or a small amount of one).
  // (给客人倒龙井, 倒咖啡: pouring a drink.)
  if (has('掉出入进水茶酒满退车油醋汤奶垃', ctx.next) || /^(?:少量|适量|一些|点)/.test(ctx.next2 + (segAt(ctx, 2)?.text ?? '')) || (isAlone(ctx) && /^(?:龙井|咖啡|饮料|可乐|果汁|牛奶|开水|热水|凉水|红酒|白酒|啤酒|绿茶|红茶)/u.test(segAt(ctx, 1)?.text ?? ''))) return 'dao4';
  // 给每个长辈都倒上: pouring (a glass) for someone, 上 after it closing the clause.
  if (isAlone(ctx) && ctx.next === '上' && (!HAN.test(segAt(ctx, 2)?.text ?? '') || /^(?:一杯|一碗|酒|茶|了)/u.test(segAt(ctx, 2)?.text ?? '')) && clauseBefore(ctx, 6).some((x) => /^(?:给|为|替|帮)$/u.test(x.text))) return 'dao4';
  // 倒回锅里, 倒在碗里: pouring back into a pot or a bowl (倒在地上 is falling).
  if (isAlone(ctx) && /^(?:回|在)/.test(ctx.next) && /(?:锅|碗|盆|杯|盘|壶|桶|瓶|盒)/.test(clauseAfter(ctx, 4).map((x) => x.text).join(''))) return 'dao4';
  // 倒在床上, 倒在地上: falling (dǎo) onto where one lands.
  if (isAlone(ctx) && ctx.next === '在' && /^(?:在)?(?:床|地|沙发|椅子|血泊|路边|草地|雪地|床上|地上|沙发上)/u.test(clauseAfter(ctx, 3).map((x) => x.text).join('').replace(/^在/u, ''))) return 'dao3';
  const liquid = clauseAfter(ctx, 3).some((s) => /(?:水|油|酒|汤|醋|奶|茶|酱油|饮料|咖啡)$/.test(s.text));
  if (isAlone(ctx) && liquid && !/^(?:下|了下)/.test(ctx.next)) return 'dao4';
  // 倒了一杯茶: pouring a cup of something.
  return isAlone(ctx) && /^了?[一两半几]?[杯碗盆壶瓶勺桶盅]/.test(clauseAfter(ctx, 4).map((s) => s.text).join('')) ? 'dao4' : null;
}

/** 冲 as blunt or facing is chòng (很冲, 冲着); rushing is chōng. */
function chong(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  const before = segAt(ctx, -1);
  // 冲过路的人吆喝, 冲他笑: towards (chòng) someone, before what is said or shown to them.
  if (clauseAfter(ctx, 7).slice(1).some((x) => /^(?:吆喝|喊|大喊|叫|笑|说|嚷|嚷嚷|发火|点头|招手|摆手|挥手|瞪|眨眼|吼)$/u.test(x.text)) && /^(?:r|n|nr|v|a)/.test(segAt(ctx, 1)?.tag ?? '')) return 'chong4';
  // 冲您这么爽快, 冲他那句话: because of (chòng) someone's way or words.
  if (/^(?:你|您|他|她|你们|他们|咱|咱们|大家)$/u.test(segAt(ctx, 1)?.text ?? '') && /^(?:这么|那么|这份|那份|这句|那句|这句话|那句话|这个|这点)$/u.test(segAt(ctx, 2)?.text ?? '')) return 'chong4';
  return (before && DEGREE.has(before.text)) || ctx.next === '着' ? 'chong4' : null;
}

/** 铺 spreading or paving is pū (铺上柏油, 铺开); pù is a shop or plank bed, in words (店铺, 床铺). */
function pu(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  // (铺到西头, 铺向远方, 铺进村: laid as far as somewhere.)
  if ('上设开满好成路着了在平展垫盖到向进往'.includes(ctx.next) && ctx.next) return 'pu1';
  // 铺地砖, 铺地板, 铺床: laying (tiles, a floor), making a bed.
  if (/^(?:地砖|瓷砖|地板|地毯|木地板|床|被子|褥子|桌布|草坪|草皮|轨道|管道|路面|沥青|石板|红毯)/u.test(segAt(ctx, 1)?.text ?? '')) return 'pu1';
  // 新铺的沥青路, 刚铺: what jieba calls a verb after an adverb of time is laid, paved (pù is a shop or bunk).
  return ctx.tag === 'v' && '新刚已再又重才正要'.includes(ctx.prev) && ctx.prev ? 'pu1' : null;
}

/**
 * A lone 吧 closing a clause or tagged a modal particle is the light ba (借几本书吧？), whatever word
 * pinyin-pro makes of it with the character before (书吧 "book bar").
 */
function ba(ctx: RuleContext): Numbered | null {
  return isAlone(ctx) && ctx.startsSegment && ctx.endsSegment && (ctx.tag === 'y' || !HAN.test(ctx.next)) ? 'ba5' : null;
}

/** 解难, 救难, 遇难 split by the segmenter (纾困|解|难): a calamity or trouble relieved or met, nàn. */
function nanTrouble(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  return ctx.prev !== '' && '解救遇罹殉避逃落蒙患受'.includes(ctx.prev) && (!HAN.test(ctx.next) || '、和与'.includes(ctx.next)) ? 'nan4' : null;
}

/** 蒙 for Mongolia among countries named together (中蒙两国, see countriesNamed in ../segment): Měng, as in 蒙古. */
function mengMongolia(ctx: RuleContext): Numbered | null {
  // 蒙|顶|甘露: Mengding Mountain and its teas, méng.
  if (isAlone(ctx) && ctx.next === '顶') return 'meng2';
  return isAlone(ctx) && ctx.tag === 'nsj' ? 'meng3' : null;
}

/** 照张相, 拍了个相: a photo taken (照相 zhàoxiàng) with a measure word between, xiàng. */
function xiangPhoto(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  // (照了好几张相: a few words back, past the number and 了.)
  const before = clauseBefore(ctx, 5).map((x) => x.text);
  // 起用王安石为相, 拜相: made chief minister (xiàng), closing the phrase.
  const segsBefore = clauseBefore(ctx, 5);
  if (/^(?:为|拜)$/u.test(before[0] ?? '') && !HAN.test(segAt(ctx, 1)?.text ?? '') && (before[0] === '拜' || segsBefore.slice(1).some((x) => APPOINTING_VERBS.has(x.text) || x.tag === 'nr'))) return 'xiang4';
  return /^(?:张|个|幅|了个|张合)$/.test(before[0] ?? '') && before.slice(1).some((t) => /^[照拍]了?$/.test(t)) ? 'xiang4' : null;
}


/** A lone 脏 is dirty, zāng (又脏又乱); zàng (organ) lives in words (心脏, 内脏). */
function zang(ctx: RuleContext): Numbered | null {
  return isAlone(ctx) ? 'zang1' : null;
}

/** A lone 少 is "few, less", shǎo; shào (young) lives in words (少年, 少女, 少将). */
function shao(ctx: RuleContext): Numbered | null {
  if (ctx.word === '多少' && ctx.index === 1) return duoshao(ctx);
  return isAlone(ctx) ? 'shao3' : null;
}

/**
 * 多少 is duōshao "how many" (多少钱, 吃多少), but duōshǎo "more or less" as an adverb: after its
 * subject or at the start of a clause, before a verb or 有点 (他多少有点紧张, 多少能理解).
 */
function duoshao(ctx: RuleContext): Numbered | null {
  const before = segAt(ctx, -1);
  const after = segAt(ctx, 1);
  if (before && inClause(before) && !/^(r|n|nr|d)/.test(before.tag)) return null;
  if (!after || ['都', '也', '就', '是'].includes(after.text)) return null;
  return /^(v|a|l)/.test(after.tag) || /^有[点些]/.test(after.text) ? 'shao3' : null;
}

/** 地方 is dìfang "place", but dìfāng "local" before what it qualifies (地方政府) or beside 中央. */
function fang(ctx: RuleContext): Numbered | null {
  if (ctx.word !== '地方' || ctx.index !== 1) return null;
  const before = segAt(ctx, -1);
  // (Not 全年/m 地方财政收入: a time, not a count of places.)
  const counted = /^(r|q|mq)$/.test(before?.tag ?? '') || (before?.tag === 'm' && !/[年月季度期]$/u.test(before.text));
  if (before && inClause(before) && (counted || has('个些种块处的', Array.from(before.text).at(-1) ?? ''))) return null;
  if (clauseBefore(ctx, 4).some((s) => s.text === '中央')) return 'fang1';
  const after = segAt(ctx, 1);
  return after && inClause(after) && (/^(n|nz|nt|vn|j)$/.test(after.tag) || after.text === '上') ? 'fang1' : null;
}

/** 当年 is dāngnián "in those years", but dàngnián "that same year" before 就 or after a year (2023年当年). */
function dangInDangnian(ctx: RuleContext): Numbered | null {
  if (ctx.index !== 0) return null;
  const after = segAt(ctx, 1)?.text ?? '';
  const before = segAt(ctx, -1)?.text ?? '';
  return /^(?:就|即|便|当月|投产|见效|收回|回本|实现|建成)/.test(after) || /[0-9０-９〇零一二三四五六七八九]年$/u.test(before) ? 'dang4' : null;
}

/** 调配 is diàopèi "to allocate" (machines, goods, people), tiáopèi "to blend" (colours, medicine). */
function diaoInDiaopei(ctx: RuleContext): Numbered | null {
  if (ctx.index !== 0) return null;
  const rest = clauseAfter(ctx, 4).map((x) => x.text).join('');
  if (/^(?:了)?(?:颜色|颜料|药|比例|口味|酱|汁|剂|色|光)/.test(rest)) return 'tiao2';
  // (A modifier may come first: 调配医疗资源, 调配应急物资.)
  return /^(?:了|给|到|(?:\p{Script=Han}{2})?(?:资源|物资|车辆|人员|人力|力量|运力|资金|警力|医护|专家|设备|机|农机))/u.test(rest) ? 'diao4' : null;
}

/** 结果 "result" is jiéguǒ; bearing fruit, after a modal or 开花, or before 了, it is jiēguǒ (三年就能结果). */
function jieInJieguo(ctx: RuleContext): Numbered | null {
  if (ctx.index !== 0) return null;
  const before = segAt(ctx, -1)?.text ?? '';
  // (有结果了, 没结果了: there is a result, jiéguǒ.)
  return MODALS.has(before) || before === '开花' || (segAt(ctx, 1)?.text === '了' && !/^(?:有|没|没有|出|等|看|问)$/u.test(before)) ? 'jie1' : null;
}

/**
 * 正当 is zhèngdàng "legitimate" before what it qualifies (正当权益, 正当理由) and after 是, 的, 不 or
 * 合法; zhèngdāng "just when" before a time (正当春耕时节, 正当…之际).
 */
function dangInZhengdang(ctx: RuleContext): Numbered | null {
  if (ctx.index !== 1) return null;
  const after = segAt(ctx, 1);
  const rest = clauseAfter(ctx, 6).map((x) => x.text).join('');
  if (/(?:时|时节|时候|之际|季节|年华|盛年|之时)/u.test(rest)) return 'dang1';
  const before = segAt(ctx, -1)?.text ?? '';
  if (/^(?:是|的|不|合法|完全|并不|更加)$/u.test(before) || !isHanSeg(after)) return 'dang4';
  return /^(?:n|vn)/.test(after.tag) && after.tag !== 'nr' && after.tag !== 't' ? 'dang4' : null;
}

/** 分子 is fēnzǐ, a molecule or numerator, but fènzǐ for members of a group of people (犯罪分子, 知识分子). */
const GROUP_MEMBERS = /(?:犯罪|首要|恐怖|不法|违法|极端|腐败|黑恶|积极|骨干|知识|反动|落后|先进|危险|激进|敌对|右派|左派|坏|涉案|黑社会|分裂|暴力|投机|贪腐)$/u;

function fenInFenzi(ctx: RuleContext): Numbered | null {
  if (ctx.index !== 0) return null;
  return GROUP_MEMBERS.test(segAt(ctx, -1)?.text ?? '') ? 'fen4' : null;
}

/** 朝阳 is the morning sun, zhāoyáng, when one faces it or it rises (迎着朝阳, 初升的朝阳); Cháoyáng, the place, elsewhere. */
function zhaoInZhaoyang(ctx: RuleContext): Numbered | null {
  if (ctx.index !== 0) return null;
  const before = clauseBefore(ctx, 3).reverse().map((x) => x.text).join('');
  const after = clauseAfter(ctx, 2).map((x) => x.text).join('');
  return /(?:迎着|迎|沐浴着|沐浴|初升的|一轮|升起的|东升的|像)$/u.test(before) || /^(?:初升|升起|东升|冉冉|照在|映照|洒在)/u.test(after) ? 'zhao1' : null;
}

/** 人行 is the People's Bank (Rénháng), but 人行天桥, 人行横道 are for people walking, rénxíng. */
function xingInRenxing(ctx: RuleContext): Numbered | null {
  if (ctx.index !== 1) return null;
  return /^(?:天桥|横道|通道|地道|便道|步道|过街)/u.test(segAt(ctx, 1)?.text ?? '') ? 'xing2' : null;
}

/** 大意 is dàyì "main idea", but dàyi "careless" after 一时, 粗心, 太 or before 了 and 失 (大意失荆州). */
function yiInDayi(ctx: RuleContext): Numbered | null {
  if (ctx.index !== 1) return null;
  const before = segAt(ctx, -1)?.text ?? '';
  return CARELESS_BEFORE.test(before) || /^(?:了|失)/.test(segAt(ctx, 1)?.text ?? '') ? 'yi5' : null;
}

/** What 大意 "careless" follows (一时大意, 粗心大意); shared with its sense in ../context-senses. */
export const CARELESS_BEFORE = /^(?:一时|粗心|麻痹|疏忽|太|很|有点|有些|别|不能|不可|千万|千万不能|切莫|切勿|稍有|稍微|马虎|不敢|敢|可别|不要|千万别)$/;

/** 人家 is rénjia "other people", but rénjiā "household" when counted (几户人家, 这户人家). */
function renjia(ctx: RuleContext): Numbered | null {
  if (ctx.word !== '人家' || ctx.index !== 1) return null;
  const before = segAt(ctx, -1);
  return before && (/^(m|q|mq)$/.test(before.tag) || before.text.endsWith('户')) ? 'jia1' : null;
}

/** 买卖 is mǎimai "business" (做买卖), but the verb mǎimài before what is traded (买卖房屋). */
function maimai(ctx: RuleContext): Numbered | null {
  if (ctx.word !== '买卖' || ctx.index !== 1) return null;
  const after = segAt(ctx, 1);
  return after && inClause(after) && /^(n|nz|vn)/.test(after.tag) ? 'mai4' : null;
}

/** 量 as a verb takes a noun object (量血压) or reduplicates (量一量): liáng; after a noun it is the amount, liàng (计算量, 水资源量). */
function liang(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  const after = segAt(ctx, 1);
  // 量一量, 量了量, 量出, 量好: measuring.
  if (ctx.next === '一' || ctx.next2 === '了量' || ctx.prev2 === '量了' || has('出好完过', ctx.next)) return 'liang2';
  // 用滴管量取, 量体温, 量血压: measuring (a dose, a temperature).
  if (/^(?:取|体温|血压|身高|体重|尺寸|一下)/u.test(segAt(ctx, 1)?.text ?? '')) return 'liang2';
  // 一把尺子量到底, 用尺量: measuring with a ruler, or through to the end.
  if (/^(?:到底|到)$/.test(after?.text ?? '') || /(?:尺子|尺|秤|卷尺)$/.test(segAt(ctx, -1)?.text ?? '')) return 'liang2';
  // 量了体温: measured something.
  const object = segAt(ctx, 2);
  if (ctx.next === '了' && isHanSeg(object) && /^n/.test(object.tag) && object.tag !== 'nr') return 'liang2';
  // 量了一下胸围: measured a bit.
  if (ctx.next === '了' && /^(?:一下|一下儿|一次|几次|两次)$/u.test(object?.text ?? '')) return 'liang2';
  if (ctx.startsSegment && after && /^n/.test(after.tag) && after.tag !== 'nr' && Array.from(after.text).length > 1) return 'liang2';
  return HAN.test(ctx.prev) ? 'liang4' : null;
}

/** 将 after an ancient state, 参 or 敌 is a general, jiàng (魏将, 参将, 敌将); elsewhere "will", jiāng (韩将举行大选). */
function jiang(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx) || !ctx.prev || !'参敌魏蜀吴秦楚'.includes(ctx.prev)) return null;
  const after = segAt(ctx, 1);
  return after && /^v/.test(after.tag) ? null : 'jiang4';
}

function cha(ctx: RuleContext): Numbered | null {
  // 色差, 价差 of a word CC-CEDICT lacks: a difference (chā) in what the first character measures.
  if (!ctx.inDictionary && ctx.index === 1 && Array.from(ctx.word).length === 2 && has('色价温时误偏分压高位落级', ctx.prev)) return 'cha1';
  if (isAlone(ctx) && !ctx.startsSegment && has('色价温时误偏分压高位落级', ctx.prev)) return 'cha1';
  if (!isAlone(ctx)) return null;
  // 分差, 误差 written apart: the difference in points or the error, chā.
  if (ctx.prev !== '' && '分误偏'.includes(ctx.prev)) return 'cha1';
  return 'cha4';
}

/** A lone 夹 holding something fast is jiā (夹住, 夹着, 夹起); jiá is the lined garment (夹袄). */
function jia(ctx: RuleContext): Numbered | null {
  // 夹住, 夹菜, 夹了一块肉: picking up or gripping (jiā); jiá is a lined garment.
  // (锅盔里夹的是大头菜: what is held inside, 的 and 是.)
  return isAlone(ctx) && ctx.next !== '' && ('住着起紧在上了菜肉给到走出进'.includes(ctx.next) || ctx.next2 === '的是') ? 'jia1' : null;
}

/** 七服中药, 每天一服: a dose of herbal medicine counted is fù (服 "clothes, to take" is fú). */
function fu(ctx: RuleContext): Numbered | null {
  const before = segAt(ctx, -1);
  return before !== undefined && (NUMERAL.test(before.text) || /^(?:上百|上千|几十|好几)$/u.test(before.text)) ? 'fu4' : null;
}

function juan(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  const before = segAt(ctx, -1);
  // 一卷纸, 两卷胶带: a roll is juǎn; a volume of a book juàn (三卷, 第一卷).
  // (一卷卷: rolls one after another, said twice; books are counted otherwise.)
  if (ctx.next === '卷' || (ctx.prev === '卷' && segAt(ctx, -2)?.text === '一')) return 'juan3';
  // 煎饼卷大葱, 卷起袖子: rolling (wrapping) something, before it.
  if (/^(?:大葱|葱|菜|肉|饼|袖子|裤腿|起|着|成|好|进|上)/u.test(segAt(ctx, 1)?.text ?? '') && !/^m/.test(before?.tag ?? '')) return 'juan3';
  // (一卷羊皮地图: a roll of what is rolled, a map or a scroll, a word or two later.)
  if (before && (NUMERAL.test(before.text) || /^m/.test(before.tag))) return has('纸布胶带铺钢线毛毯被席画图绳草皮', ctx.next) || /(?:纸|布|胶带|地图|图|画|绳|线|毯|席|皮|卫生纸|胶卷)$/u.test(clauseAfter(ctx, 3).slice(0, 2).map((x) => x.text).join('')) ? 'juan3' : 'juan4';
  if ('起入走成着了上进'.includes(ctx.next) && ctx.next) return 'juan3';
  // 卷袖子, 卷裤腿: rolling up what one wears.
  if (/^(?:袖子|袖口|裤腿|裤脚|衣袖|铺盖|头发|舌头)/u.test(segAt(ctx, 1)?.text ?? '')) return 'juan3';
  // 打卷, 打了卷: curling up (leaves, paper).
  if (ctx.prev === '打' || (ctx.prev === '了' && segAt(ctx, -2)?.text === '打')) return 'juan3';
  // 不卷, 太卷了, 卷不动了: competing too hard (the slang of 内卷), after a negation or a degree, or before 不动.
  if ((/^(?:不|太|很|好|真|都在|越来越|那么|这么|没那么)$/u.test(before?.text ?? '') && !HAN.test(ctx.next)) || /^(?:不动|不过|赢)$/u.test(segAt(ctx, 1)?.text ?? '')) return 'juan3';
  return null;
}

function ji(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  // (系五彩绳, 系红绳, 系安全带: tying what is a cord or a belt, however long its name.)
  if (/(?:绳|带|扣|结|围巾|领结|丝巾)$/u.test(segAt(ctx, 1)?.text ?? '') || /(?:绳|带)$/u.test(clauseAfter(ctx, 3).slice(0, 2).map((x) => x.text).join(''))) return 'ji4';
  return '上好着紧鞋领带扣绳'.includes(ctx.next) && ctx.next ? 'ji4' : null;
}

/** 背 carrying something (背着书包, 背起): bēi; the dictionary lists 背着 both ways. */
function bei(ctx: RuleContext): Numbered | null {
  if (ctx.index !== 0 || !ctx.next) return null;
  // 把茶青背下山, 背回家: carrying on one's back, where it is carried.
  if (isAlone(ctx) && /^(?:下山|上山|回家|回来|回去|下来|上来|出来|出去|进来|进去|过来|过去|到|进|出|回|起)$/u.test(segAt(ctx, 1)?.text ?? '')) return 'bei1';
  // 骆驼背上坐着, 背上的伤: on someone's back (a noun before, no object after); 背上书包 carries it.
  // 扎在背上, 趴在背上: on the back, after 在.
  if (ctx.next === '上' && segAt(ctx, -1)?.text === '在') return 'bei4';
  if (ctx.next === '上' && isHanSeg(segAt(ctx, -1)) && /^[nr]/.test(segAt(ctx, -1)?.tag ?? '')) {
    const after = segAt(ctx, ctx.word === '背上' ? 1 : 2);
    // (背上长满了刺: what grows or lies there, jieba's adjective 长满 too.)
    if (!inClause(after) || /^(v|u|p|d|a|z)/.test(after.tag) || after.text === '有') return 'bei4';
  }
  // 背几首唐诗, 背一段课文: reciting what is counted next (poems, texts, words).
  if (ctx.word === '背' && /^m/.test(segAt(ctx, 1)?.tag ?? '') && clauseAfter(ctx, 4).some((s) => /(?:首|段|篇|课文|诗|词|单词|句|遍|台词|公式)/u.test(s.text))) return 'bei4';
  // 背一个书包, 背了一个书包: carrying what is counted next, or a load or someone named after 了.
  if (ctx.word === '背' && /^m/.test(segAt(ctx, 1)?.tag ?? '')) return 'bei1';
  // 像背了一座小山: carrying what is counted after 了 (reciting is of poems and texts, above).
  if (ctx.word === '背' && ctx.next === '了' && /^m/.test(segAt(ctx, 2)?.tag ?? '') && !clauseAfter(ctx, 5).some((s) => /(?:首|段|篇|课文|诗|词|单词|句|遍|台词|公式)/u.test(s.text))) return 'bei1';
  // 肩挑背扛: beside other ways of carrying.
  if (isAlone(ctx) && (has('挑扛抬驮拎提', ctx.prev) || has('扛抬驮拎提肩', ctx.next))) return 'bei1';
  // (帮我背了一段路: helping by carrying me.)
  if (ctx.word === '背' && /^(?:我|他|她|你|孩子|老人)$/u.test(segAt(ctx, -1)?.text ?? '') && segAt(ctx, -2)?.text === '帮') return 'bei1';
  if (ctx.word === '背' && ctx.next === '了' && clauseAfter(ctx, 4).some((s) => /(?:包|孩子|娃|人|篓|筐|袋|柴|粮|行李|老人|奶奶|爷爷|我|他|她)$/u.test(s.text))) return 'bei1';
  return '着起上包负走'.includes(ctx.next) ? 'bei1' : null;
}

/** 拧 níng wringing or twisting together (拧成一股绳, 拧干); nǐng screwing (拧螺丝, 拧紧); nìng stubborn (脾气很拧). */
function ning(ctx: RuleContext): Numbered | null {
  // 脾气很拧: stubborn, after a degree word.
  if (isAlone(ctx) && DEGREE.has(segAt(ctx, -1)?.text ?? '')) return 'ning4';
  return ctx.index === 0 && '成干毛'.includes(ctx.next) && ctx.next ? 'ning2' : null;
}

/** 劲 as effort after a verb or adjective is jìn (巧劲, 使劲, 干劲); jìng is strong (劲敌, 劲旅, 劲骑). */
function jin(ctx: RuleContext): Numbered | null {
  // 王劲松: a given name "sturdy pine" (劲松 jìngsōng) inside the name.
  if (ctx.next === '松' && /^nr/.test(ctx.tag)) return 'jing4';
  if (!isAlone(ctx)) return null;
  if ('敌旅松风草骑'.includes(ctx.next) && ctx.next) return 'jing4';
  // 搅上劲, 得劲, 使劲, 没劲: strength, effort (jìn).
  // (缓过劲来, 缓过劲儿: getting one's strength back.)
  if (/^(?:上|起|得|使|费|有|没|带|来|用|较|过)$/u.test(segAt(ctx, -1)?.text ?? '')) return 'jin4';
  // 劲往一处使, 劲儿: the strength that is used (使 a few words after).
  if (ctx.next === '往' || ctx.next === '儿' || clauseAfter(ctx, 4).some((x) => x.text === '使' || x.text === '使劲')) return 'jin4';
  return '使巧干有没费用加带卯较暗后冲拼'.includes(ctx.prev) && ctx.prev ? 'jin4' : null;
}

/** 不 between a verb and its complement is light (吃不了, 看不起, 慢不得); sandhi reads this 'bu5'. */
function bu(ctx: RuleContext): Numbered | null {
  // 说不出话来: CEDICT reads the phrase bù but its core 说不出 bu; the verb-complement core decides.
  if (ctx.index === 1 && Array.from(ctx.word).length > 3 && wordReadings(Array.from(ctx.word).slice(0, 3).join('')).some((w) => w.syllables[1] === 'bu5')) return 'bu5';
  // 学不会, 看不到: inside a verb that cannot reach its result (see potentialParts in ../segment).
  if (ctx.index > 0 && potentialParts(ctx.word)?.negative === true) return 'bu5';
  const before = segAt(ctx, -1);
  // 想不出来, 想不起来, 想不通: thinking, and whether it gets there (想 is a modal elsewhere: 想不想).
  if (ctx.index === 0 && before?.text === '想' && '出起通到开'.includes(ctx.next) && ctx.next) return 'bu5';
  if (ctx.index !== 0 || !before || Array.from(before.text).length !== 1 || MODALS.has(before.text) || before.text === '是') return null;
  // 等 is tagged as "etc." by jieba but is the verb "wait" in 等不起.
  if (!/^(v|a)/.test(before.tag) && before.text !== '等') return null;
  // 睡不着, 找不着 (zháo); not 不着急, 不着想 where 着 starts a word of its own.
  if (ctx.next === '着') return /^着[急想迷凉火手重眼实]/.test(ctx.next2) ? null : 'bu5';
  return '了起住下到见动开完出来去上清懂成通得'.includes(ctx.next) && ctx.next ? 'bu5' : null;
}


/** 累 as tired is lèi (他累了, 又累又饿); lěi (accumulate, repeatedly) lives in words (积累, 累计). */
function lei(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  const before = segAt(ctx, -1);
  // 所有的累, 不怕累: tiredness, after 的 or 怕.
  if (before && (before.text === '的' || before.text === '怕' || before.text === '喊')) return 'lei4';
  return has('了得坏死着极又', ctx.next) || (before !== undefined && (DEGREE.has(before.text) || before.text === '又' || before.text === '不')) ? 'lei4' : null;
}

/** 晕 fainting is yūn (晕了过去, 晕倒); yùn is a halo or motion sickness, in words (光晕, 晕车). */
function yun(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  if (has('了倒过厥迷', ctx.next)) return 'yun1';
  // 头有点儿晕, 好晕, 打晕: dizzy after a degree word or the head, knocked out after a verb
  // (not a halo after a noun or 的: 银河系晕, 黑洞的晕).
  const before = segAt(ctx, -1);
  // (头不晕: the head, and not dizzy.)
  return before && (DEGREE.has(before.text) || /^(?:有点儿?|好|头|一阵)$/.test(before.text) || (before.text === '不' && segAt(ctx, -2)?.text === '头') || (isVerb(before) && Array.from(before.text).length === 1)) ? 'yun1' : null;
}

/**
 * A lone 削 paring or whittling is xiāo (削成薄片, 削苹果, 削去); xuē lives in words (削弱, 削减,
 * 剥削) and in taking away rank or title (削籍, 削爵, 削亲王品级).
 */
function xiao(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx) || !HAN.test(ctx.next)) return null;
  return has('籍爵藩职夺除权官亲王', ctx.next) ? 'xue1' : 'xiao1';
}

/** A lone 塞 stuffing something in is sāi (塞紧, 塞进, 塞给他); sài is a frontier pass and sè a blockage, in words (要塞, 堵塞). */
function sai(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  // 往纸箱里塞泡沫, 塞钱: stuffing something in (sāi), after where it goes (里, 进) or before a thing.
  if (has('紧进满住给到入上好了着在不得够回', ctx.next) || (/^(?:里|中|内|进|往|给|偷偷|硬|又|再)$/u.test(segAt(ctx, -1)?.text ?? '') && /^n/.test(segAt(ctx, 1)?.tag ?? ''))) return 'sai1';
  // 往大爷兜里一塞就跑了: one quick shove (一 and the verb), somewhere or something before it.
  if (ctx.prev === '一' && sentenceBefore(ctx, 6).slice(1).some((x) => /(?:里|中|内|手上|怀里|兜里|往|把|给)$/u.test(x.text))) return 'sai1';
  return null;
}

/** A lone 吐 putting something out of the mouth is tǔ (吐出硬币, 吐痰, 吐字); tù is vomiting (吐了一地). */
function tu(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  // 想吐, 恶心得要吐, 吐了一地: throwing up, tù, after wanting or feeling sick, or closing its clause.
  if (/^(?:想|要|恶心|直|又|还|总是|老是|一直|常常|经常)$/.test(segAt(ctx, -1)?.text ?? '') && !has('出掉痰口核字舌露气籽骨刺泡', ctx.next)) return 'tu4';
  // 吐了好几回, 吐了一地: throwing up so many times, or all over.
  if (ctx.next === '了' && /^(?:好几|几|一地|满地|一身|两|三|[一二两三四五六七八九十]+[次回])/u.test(segAt(ctx, 2)?.text ?? '')) return 'tu4';
  // 吐出来一个毛球, 吐出来的东西: throwing up (tù), 出来 and what came up (not 吐出 "to spit out", 吐出一口气).
  if (segAt(ctx, 1)?.text === '出来' && /(?:毛球|食物|东西|饭|奶|黄水|胆汁|血|虫)/u.test(clauseAfter(ctx, 5).map((x) => x.text).join(''))) return 'tu4';
  return has('出掉痰口核字舌露气籽骨刺泡', ctx.next) ? 'tu3' : null;
}

/** A lone 缝 with an object is the verb féng (缝衣服, 缝好); fèng is a seam or crack, in words (缝隙, 门缝). */
function feng(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  // 用针缝一下, 缝好, 缝上: sewing, before how it is done (针 before is the needle, not a crack).
  if (/^(?:一下|一缝|上|好|补|起来|了|几针|得)/u.test(segAt(ctx, 1)?.text ?? '')) return 'feng2';
  if (has('石双门裂夹墙牙针细岩指砖板', ctx.prev)) return 'feng4';
  // 开一条缝, 留道缝: a crack, counted.
  if (/^(?:[一两几]?[条道个丝])$/u.test(segAt(ctx, -1)?.text ?? '')) return 'feng4';
  return HAN.test(ctx.next) && !has('的里中儿或之', ctx.next) ? 'feng2' : null;
}

/** 撒 scattering is sǎ (撒在, 撒上); sā (let go) lives in words (撒手, 撒谎). */
function sa(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  // 撒谎, 撒娇, 撒野, 撒手, 撒腿, 撒网: sā; scattering something (撒盐, 撒葱花, 撒在): sǎ.
  if (has('谎娇野手腿网欢泼气开', ctx.next)) return 'sa1';
  // 上面撒着葱花: scattered over it (sǎ), 着 and what lies there; 撒着欢儿, 撒着娇 are sā.
  if (ctx.next === '着') return has('欢娇野谎泼', ctx.next2.slice(1)) ? 'sa1' : 'sa3';
  // 撒尿素, 撒化肥, 撒种子: spreading (sǎ) a fertiliser or seed (撒尿 "to pee" is a word of its own).
  if (/^(?:尿素|化肥|肥料|种子|石灰|农药|药|盐|糖)/u.test(segAt(ctx, 1)?.text ?? '')) return 'sa3';
  const after = segAt(ctx, 1)?.text ?? '';
  // (撒一把米: a handful of something scattered.)
  return has('在上下到满入进了向些点一', ctx.next) || /^(?:盐|糖|葱|芝麻|胡椒|种子|花瓣|香菜|面粉|孜然|辣椒|調料|调料|米|谷|沙|土|灰|水|花|纸|鱼食|饲料)/.test(after) ? 'sa3' : null;
}

/** 粘: zhān sticking to something (粘锅, 粘在, 粘上, 粘住); nián sticky (很粘, 粘米). */
function zhan(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  const before = segAt(ctx, -1);
  if (before && DEGREE.has(before.text)) return 'nian2';
  return has('锅在上住到了贴牙手衣', ctx.next) ? 'zhan1' : null;
}

/** 结: jiē bearing fruit (结了很多果子, 结果实 in a tree's clause); elsewhere the dictionary decides. */
function jie(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  // (Or what bears comes first, before how: 苹果梨结得又多又大.)
  // (结满了红彤彤的枣子: what is borne may come a few words on.)
  const fruit = (s: Segment): boolean => /(?:果|果子|果实|松果|籽|瓜|桃|杏|梨|枣|苹果|果树|枣子|桃子|梨子|李子|柿子|橘子|栗子|杏子)$/.test(s.text);
  // (枣树今年结得特别多: a fruit tree bearing, 得 and how much.)
  const tree = (s: Segment): boolean => /(?:果树|枣树|桃树|梨树|苹果树|杏树|柿子树|石榴树|核桃树|橘子树|果园)$/u.test(s.text);
  return clauseAfter(ctx, 6).some(fruit) || (ctx.next === '得' && clauseBefore(ctx, 4).some((s) => fruit(s) || tree(s))) ? 'jie1' : null;
}

/**
 * 儿 right after a word (门儿, 一块儿蛋糕, 小孩儿 split) is the rhotic suffix, r: not 儿 "child",
 * which stands after a pronoun or in words of its own (儿子, 女儿, 吾儿).
 */
function rhotic(ctx: RuleContext): Numbered | null {
  // (A segment of its own: not a piece of 儿茶酚胺, 儿皇帝 or 莫卧儿.)
  if (!ctx.startsSegment || !ctx.endsSegment) return null;
  const before = segAt(ctx, -1);
  if (!isHanSeg(before) || /^(?:吾|我|你|他|她|您|其|孤|幼|婴|男|女|小|健|胎|育|托)$/.test(before.text)) return null;
  // (After an everyday word, not a foreign name's syllables: 塔塔儿 Tatar, 铁木儿, 莫卧儿.)
  // Nouns, measure words and place words take it (门儿, 一块儿, 这儿); a verb before it is more often
  // a foreign name's syllable than 玩儿.
  const chars = Array.from(before.text);
  // 歇会儿, 等会儿: 会 "a while" takes it too.
  if (before.text === '会' && /^(?:歇|等|玩|坐|待|聊|躺|睡|休息|站|一)$/u.test(segAt(ctx, -2)?.text ?? '')) return 'r5';
  // 慢慢儿, 好好儿: an adjective said twice as an adverb takes it too.
  if (chars.length === 2 && chars[0] === chars[1] && /^(?:d|z|a|ad)$/.test(before.tag)) return 'r5';
  // (One character is the word itself; a longer word must be a common one.)
  if (!/^(?:n|q|m|r|f|s|t|k|zg)$/.test(before.tag) || (chars.length === 2 && chars[0] === chars[1]) || (chars.length > 1 && !wordReadings(before.text).some((r) => !r.proper))) return null;
  // (Nor the first character of a word with what follows: 儿茶 of 儿茶酚胺.)
  return /^(?:子|女|童|孙|科|歌|时|媳)/.test(ctx.next) || (HAN.test(ctx.next) && wordReadings(`儿${ctx.next}`).length > 0) ? null : 'r5';
}

/** 啦 closing a clause is the sentence-final particle la (好啦，走啦！); lā is a sound (啦啦队). */
function laParticle(ctx: RuleContext): Numbered | null {
  return HAN.test(ctx.next) ? null : 'la5';
}

/** 扎 tying or binding something into shape is zā (扎制走马灯, 扎灯笼, 扎紧); pricking and rooting are zhā (扎针, 扎根). */
function zaTie(ctx: RuleContext): Numbered | null {
  return /^(?:制|成|紧|灯笼|风筝|彩|花圈|起来|好|捆|骨架|辫子|马尾|头发|竹|架子|个)/u.test(segAt(ctx, 1)?.text ?? '') ? 'za1' : null;
}

/** A lone 挑 carries on a pole or picks (挑水, 挑毛病): tiāo; tiǎo stirs up, in words (挑战, 挑拨) and before 起 (挑起争端). */
function tiao(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  return has('起拨衅逗唆明', ctx.next) ? null : 'tiao1';
}

/** 担 after a number is the measure of a shoulder-pole load, dàn (一担水); elsewhere dān, to carry. */
function danMeasure(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  return NUMERAL.test(segAt(ctx, -1)?.text ?? '') ? 'dan4' : null;
}

/** 假 as time off is jià: 请了三天假, 放了假, 休假 split by the segmenter. Elsewhere a lone 假 is false, jiǎ. */
function jiaHoliday(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  const before = clauseBefore(ctx, 5);
  return before.some((s) => /^(?:请|放|休|请了|放了|休了|度)$/u.test(s.text)) || /^(?:天|日|周|个月|星期)$/u.test(before[0]?.text ?? '') ? 'jia4' : null;
}

/** 和面 is kneading dough, huó (一边和面一边聊): a lone 和 before a lone 面 that no noun follows. */
function huoKnead(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  // 把面和好, 面和匀了: the dough, then kneading it.
  if (segAt(ctx, -1)?.text === '面' && /^(?:好|匀|了|成|得|开)$/.test(segAt(ctx, 1)?.text ?? '')) return 'huo2';
  // 和好的面, 和好面: the dough, once kneaded.
  if (segAt(ctx, 1)?.text === '好' && (segAt(ctx, 2)?.text === '面' || (segAt(ctx, 2)?.text === '的' && /^(?:面|面团)$/u.test(segAt(ctx, 3)?.text ?? '')))) return 'huo2';
  if (segAt(ctx, 1)?.text !== '面') return null;
  const after = segAt(ctx, 2);
  return !isHanSeg(after) || !/^(?:n|f|s)/.test(after.tag) ? 'huo2' : null;
}

/** 炸: zhá frying (炸鸡翅, 油炸, 炸得金黄); zhà exploding, the dictionary's first. */
function zha(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  // (炸灌肠, 炸鸡, 炸油条: frying a food.)
  if (has('油煎烹', ctx.prev) || has('酥', ctx.next) || /^(?:灌肠|鸡|鸡腿|鸡翅|鱼|小鱼|丸子|薯条|油条|春卷|带鱼|排骨|肉|虾|年糕|豆腐|茄子|糕)/u.test(segAt(ctx, 1)?.text ?? '')) return 'zha2';
  // 外皮炸得脆脆的, 炸得金黄: fried so crisp or golden, the complement after 得 (炸得粉碎 is exploding).
  if (ctx.next === '得' && /^(?:脆|酥|金黄|焦|香|外焦|外酥|焦黄|微黄)/u.test(segAt(ctx, 2)?.text ?? '')) return 'zha2';
  // 炸至金黄, 炸两遍, 炸好捞出: frying, before how long or how golden.
  if (/^(?:至|到|成|好|熟|透|两遍|一遍|一下|几分钟|金黄|焦)/u.test(segAt(ctx, 1)?.text ?? '') || clauseAfter(ctx, 5).some((x) => /^(?:金黄|金黄色|捞出|出锅|酥脆|油温|复炸)$/u.test(x.text))) return 'zha2';
  // 下油锅炸一下, 放进锅里炸: frying, with the oil or the pan earlier in the clause.
  // (…or the batter it is coated in: 挂上淀粉糊炸两遍.)
  if (clauseBefore(ctx, 5).some((s) => /油锅|油温|热油|锅里|锅中|^油$|^糊$|面糊|淀粉|裹|挂浆/.test(s.text))) return 'zha2';
  const after = clauseAfter(ctx, 4).map((s) => s.text).join('');
  return /^(?:[一两几]?[块片个条根盘只份碗]?整?)?(?:鸡|鱼|虾|薯|丸|油条|春卷|排骨|茄子|豆腐|乳扇|馒头|花生|肉|酱|糕|年糕|带鱼|蘑菇|藕|茄盒|饼|麻花|馓子|糍粑|里脊|猪排|小酥肉)|金黄|酥脆|焦黄/.test(after) ? 'zha2' : null;
}

/** Colloquial thin is báo after a degree word or with 了 (更薄, 薄了); bó is literary and in words. */
function bao(ctx: RuleContext): Numbered | null {
  // 薄薄的一层: thin, said twice (báobáo), as the adjective is.
  // (薄薄 is no dictionary word: each 薄 is read alone, beside the other.)
  if (ctx.next === '薄' || ctx.prev === '薄') return 'bao2';
  if (!isAlone(ctx)) return null;
  const before = segAt(ctx, -1);
  // 刷一层薄油, 切成片薄片: thin, after a layer or a slice counted and before what it is of.
  if ((/^(?:[一两几]?层|[一两几]片|[一两几]张)$/u.test(before?.text ?? '') || (before?.text === '层' && NUMERAL.test(segAt(ctx, -2)?.text ?? ''))) && isHanSeg(segAt(ctx, 1))) return 'bao2';
  // 擀得薄一点, 切得很薄: thin, as the complement of how something is made.
  return (before && (DEGREE.has(before.text) || before.text === '得')) || ctx.next === '了' || has('些点', ctx.next2.slice(1)) && ctx.next === '一' ? 'bao2' : null;
}

/** 钻 boring or squeezing through is zuān (钻出来, 钻进); zuàn is a drill, in words (钻石, 电钻). */
function zuan(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  // 往车底下钻, 朝洞里钻: burrowing (zuān) somewhere, closing the clause after where it goes.
  if (!HAN.test(ctx.next) && clauseBefore(ctx, 6).some((x) => /^(?:往|向|朝)$/u.test(x.text))) return 'zuan1';
  return has('出进入过来去到研', ctx.next) ? 'zuan1' : null;
}

/** 降 after 乞, 迎, 投, 劝, 招, 纳 is surrender, xiáng; elsewhere falling, jiàng. */
function jiangFall(ctx: RuleContext): Numbered | null {
  // 不升反降, 有升有降: falling, against rising in the same phrase.
  if (ctx.word.includes('升') || ctx.prev === '升' || (ctx.segments[ctx.segIndex]?.text ?? '').includes('升')) return 'jiang4';
  if (!isAlone(ctx)) return null;
  if (has('乞迎投请劝归招纳', ctx.prev)) return 'xiang2';
  // 还会再降, 降了两度, 降到零下, 价格下调后又降: prices and temperatures fall (jiàng), after 再, 又, 会
  // or before 了, 到, 至 (喝其早降, 不降: the old "surrender" is left to the statistics).
  return has('再又会将还已骤略稍渐', ctx.prev) || has('了到至为低温价息', ctx.next) ? 'jiang4' : null;
}

/** 弹 after a weapon word is a bullet or bomb, dàn (汽油弹, 导弹); playing or springing is tán (弹琴, 弹起). */
function dan(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  if (has('油炸卡子导炮枪核氢原燃烟毒霰', ctx.prev)) return 'dan4';
  return has('琴奏起跳出', ctx.next) ? 'tan2' : null;
}

/** A lone 应 before a verb (adverbs between allowed) is the modal yīng, should (最早应追溯至, 应尽早就医); yìng answers and responds, mostly in words. */
/** Nouns and adjectives that stand as adverbials before a verb (应重点关注, 要全面推进). */
const MANNER_WORDS = new Set(['重点', '主要', '优先', '着重', '适当', '尽量', '尽快', '及时', '全面', '认真', '切实', '严格', '积极', '妥善', '统一', '集中', '分别', '共同', '依法', '按时', '如实']);

function ying(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  // 应立即报告, 应及时就医: "should", before an adverb of how soon or how (whatever jieba tags what follows).
  if (/^(?:立即|及时|马上|尽快|尽早|主动|按时|认真|严格|切实|如实|依法|提前|首先|当即|迅速|自觉)$/u.test(segAt(ctx, 1)?.text ?? '')) return 'ying1';
  // 应由您负责, 应以…为准, 应按规定: who should do it or how (yīng), before the preposition.
  if (/^(?:由|以|按|按照|依照|根据|当)$/u.test(segAt(ctx, 1)?.text ?? '')) return 'ying1';
  // 应还日期, 应付金额, 应缴费用: what is due to be paid or returned (yīng), before a verb of paying.
  if (/^(?:还|付|缴|交|收|退|补)$/u.test(segAt(ctx, 1)?.text ?? '') && /^(?:n|t|m)/.test(segAt(ctx, 2)?.tag ?? '')) return 'ying1';
  // 应国家主席习近平邀请, 应…之邀: at someone's invitation or request (yìng), whoever is named between.
  if (clauseAfter(ctx, 10).some((x) => /^(?:邀请|之邀|邀|要求|请求|约)$/u.test(x.text))) return 'ying4';
  // 应尽早就医, 应进一步降低, 应及时/c 处理, 不应简单地加以指责, 应向他学习: adverbials (and a
  // preposition's object) may come between the modal and its verb.
  let preposition = false;
  for (const s of clauseAfter(ctx, 6)) {
    if (/^v/.test(s.tag) && s.tag !== 'vn') return 'ying1';
    if (/^(i|l)$/.test(s.tag)) return 'ying1';
    // (将 and 把 are prepositions here, whatever jieba tags them: 应将温度调至.)
    if (s.tag === 'p' || s.text === '将' || s.text === '把') preposition = true;
    // (重点, 主要: adverbials whatever jieba tags them, 应重点关注.)
    else if (!/^(d|c|ad|a|uv)$/.test(s.tag) && s.text !== '地' && !MANNER_WORDS.has(s.text) && !(preposition && /^(n|r|nr|ns|m|q|s|f|t)/.test(s.tag))) break;
  }
  // 之间应间隔/n 四到六个小时: a word that may be the verb, then how much (应了一声 is answering).
  const next = segAt(ctx, 1);
  const then = segAt(ctx, 2);
  if (isHanSeg(next) && Array.from(next.text).length === 2 && wordMayBeVerb(next.text) && isHanSeg(then) && /^m/.test(then.tag)) return 'ying1';
  // 乙方应于每季度…支付, 甲方应全额退还: who shall do something, however long the adverbial. (Answering is said with 了, 着, 声, 道, or closes the clause: 喊了半天没人应。)
  const before = segAt(ctx, -1);
  return isHanSeg(next) && isHanSeg(before) && /^(?:n|r|nr|nt|nz)/.test(before.tag) && !/^[了着过声道得]/u.test(next.text) ? 'ying1' : null;
}

/** A lone 重 before a verb is again, chóng (重录旁白, 重写); before 达/量/于 and elsewhere it is heavy, zhòng. */
function chongAgain(ctx: RuleContext): Numbered | null {
  // 重重地摔: heavily, zhòngzhòng; CEDICT's other reading chóngchóng is "layer upon layer" (困难重重).
  // (重重的行李箱: heavy, before 的 and a thing; 重重的困难 stays layer upon layer.)
  if (ctx.word === '重重' && (segAt(ctx, 1)?.text === '地' || (segAt(ctx, 1)?.text === '的' && /(?:箱|包|袋|箱子|行李|担子|书包|石头|东西|一拳|一脚|脚步|门)$/u.test(segAt(ctx, 2)?.text ?? '')))) return 'zhong4';
  if (!isAlone(ctx)) return null;
  const after = segAt(ctx, 1);
  // 人重口感, 重质量: valuing (taste, quality), zhòng.
  if (after && /^(?:口感|质量|实效|感情|细节|品质|口味|形式|结果|过程|面子|义气|情义)$/u.test(after.text)) return 'zhong4';
  // 重污染天气, 重度污染: heavy (pollution).
  if (after && /^(?:污染|度污染|霾|灾|灾区|伤|病号|刑|罪|金属|工业|量级)$/u.test(after.text)) return 'zhong4';
  if (!after || has('达量于要视大', ctx.next)) return null;
  // 重审批、轻监管: weighing one thing over another, zhòng, with 轻 opposite it.
  if (clauseAfter(ctx, 8, true).some((s) => s.text === '轻')) return 'zhong4';
  return /^v/.test(after.tag) && Array.from(after.text).length <= 2 ? 'chong2' : null;
}

/** 都会 before a verb is "will all", dōu huì (每年都会举办); the noun dūhuì (metropolis) stands alone. */
function dou(ctx: RuleContext): Numbered | null {
  // 他们大都是年轻人: 大都 before a verb is "mostly", dàdōu, whatever tag the segmenter gave it.
  if (ctx.word === '大都' && ctx.index === 1) {
    const after = segAt(ctx, 1);
    return isHanSeg(after) && /^(v|a|d|p)/.test(after.tag) ? 'dou1' : null;
  }
  // 雾凇之都, 汽车之都: the capital of something, dū, closing its phrase.
  if (isAlone(ctx) && ctx.prev === '之' && (!HAN.test(ctx.next) || '的和与'.includes(ctx.next))) return 'du1';
  // 称为“瓷都”: a noun's capital, closing a quotation; the adverb "all" always has more to say.
  if (isAlone(ctx) && HAN.test(ctx.prev) && /^[”」』》）)]/u.test(ctx.next)) return 'du1';
  // A lone 都 the segmenter calls an adverb is "all", dōu (松果都被雪盖住了), whatever noun comes before.
  if (isAlone(ctx) && ctx.tag === 'd' && isHanSeg(segAt(ctx, 1))) return 'dou1';
  if (ctx.word !== '都会' || ctx.index !== 0) return null;
  const after = segAt(ctx, 1);
  return isHanSeg(after) && /^(v|a|d|p|c|l|i|b|r|m)/.test(after.tag) ? 'dou1' : null;
}

/** 一行 after a demonstrative or a verb of arranging or working is a row or a trade, háng (排成一行, 这一行, 干一行爱一行); a travelling party is yìxíng. */
function xingRow(ctx: RuleContext): Numbered | null {
  // A lone 行 before 行长 is the bank whose president it is (该行行长): háng; so is 该行, 本行 "this
  // bank" or "this line of work" and 各行 (each trade).
  if (isAlone(ctx) && ((segAt(ctx, 1)?.text ?? '').startsWith('行长') || /^(?:该|本|各)$/.test(segAt(ctx, -1)?.text ?? ''))) return 'hang2';
  // 我行提醒广大储户, 我行将: a bank speaking of itself, before what it does (我行不行, 我行！ are "OK").
  const does = segAt(ctx, 1);
  if (isAlone(ctx) && segAt(ctx, -1)?.text === '我' && isHanSeg(does) && (/^v/.test(does.tag) || /^(?:将|已|已经|特此|郑重|再次|现|正式)$/u.test(does.text)) && !/^[不吗了呢吧啊]/u.test(does.text)) return 'hang2';
  // 我行亦将, 我行客服热线: the bank again, in a text a bank writes (its customers, branches, cards).
  if (isAlone(ctx) && segAt(ctx, -1)?.text === '我' && isHanSeg(does) && !/^[不吗了呢吧啊]/u.test(does.text) && ctx.segments.some((x) => /银行|储户|网点|信用卡|存款|贷款|理财/u.test(x.text))) return 'hang2';
  // 排成六行, 在这行干了三十年: rows (after a number, closing the clause) and a line of work (after 这 or 那).
  if (isAlone(ctx) && ((/^(?:几|两|二|三|四|五|六|七|八|九|十|[0-9０-９]+)$/u.test(segAt(ctx, -1)?.text ?? '') && segAt(ctx, -2)?.text.endsWith('成') === true) || (/^(?:这|那|这一|那一|哪)$/u.test(segAt(ctx, -1)?.text ?? '') && /^(?:干|做|待|混|里|的|有|当|入|上)/u.test(segAt(ctx, 1)?.text ?? '')))) return 'hang2';
  // 一行行: row upon row, the measure word said twice.
  if ((ctx.prev === '一' && ctx.next === '行') || ctx.prev2 === '一行') return 'hang2';
  // 这几行字, 两行热泪, 一行长长的脚印: lines and rows, counted, of writing, tears or footprints.
  const counted = isAlone(ctx) && /^(?:几|两|三|四|五|六|七|八|九|十|这几|那几|好几|[0-9０-９]+)$/u.test(segAt(ctx, -1)?.text ?? '');
  if (counted && /^(?:字|小字|诗|诗句|泪|热泪|眼泪|文字|代码|树|柳树|白鹭|大雁|脚印|数字|英文)/u.test(segAt(ctx, 1)?.text ?? '')) return 'hang2';
  if (ctx.word === '一行' && ctx.index === 1 && /^(?:长长|整齐|歪歪|脚印|足迹|大雁|白鹭)/u.test(clauseAfter(ctx, 3).map((x) => x.text).join(''))) return 'hang2';
  if (ctx.word !== '一行' || ctx.index !== 1) return null;
  return has('这那哪每成列干爱', Array.from(ctx.prev2)[0] ?? '') || has('字诗泪', ctx.next) ? 'hang2' : null;
}

/** 当 with 把 or 拿 earlier in the clause is "treat as", dàng (拿木棍当拐杖, 把他当朋友). */
function dang(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  // 当存款来用, 当自己家看待: to treat as (dàng), before 来用 or 看待.
  if (clauseAfter(ctx, 5).slice(1).some((x) => /^(?:来用|用|来看|看待|对待|回事|一回事)$/u.test(x.text)) && /^(?:n|r|nr|vn)/.test(segAt(ctx, 1)?.tag ?? '')) return 'dang4';
  // 上了当: 上当 split by 了, "was taken in".
  if (ctx.prev === '了' && segAt(ctx, -2)?.text === '上') return 'dang4';
  // 上了它的当, 上坏人的当: 上当 split by whose trick it was, "to be taken in".
  if (ctx.prev === '的' && !HAN.test(ctx.next) && clauseBefore(ctx, 6).some((x) => x.text === '上' || x.text === '上了')) return 'dang4';
  // 就当是意外之喜, 权当没看见: taking it as, treating as (not 就当上 "became").
  if (/^(?:就|权|只|全)$/u.test(segAt(ctx, -1)?.text ?? '') && /^(?:是|没|作|做)/u.test(segAt(ctx, 1)?.text ?? '')) return 'dang4';
  return clauseBefore(ctx, 6).some((s) => s.text === '把' || s.text.startsWith('拿')) ? 'dang4' : null;
}

/** 调 moving someone or something (调到省里, 调往) is diào; tuning to a number is tiáo (调到二十六度). */
function diao(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  // 调往, 调任, 调水 (moving water from one basin to another), 调兵.
  // 调来两台吊车, 调走: sent for or sent away.
  // (调出 records or staff: retrieved, transferred out.)
  if (has('往任入离回派运水兵来走进出', ctx.next)) return 'diao4';
  // 调看沿街监控, 调取录像: retrieving footage or records (diào).
  if (/^[看取阅查]$/u.test(ctx.next) && clauseAfter(ctx, 6).some((x) => /(?:监控|录像|视频|档案|记录|病历|资料|画面)$/u.test(x.text))) return 'diao4';
  // 调了包: swapped (调包 said apart).
  if (ctx.next === '了' && segAt(ctx, 2)?.text === '包') return 'diao4';
  // 奉调, 借调, 抽调, 选调: posted by order, on loan, picked out.
  if (has('奉借抽选', ctx.prev) && ctx.prev !== '') return 'diao4';
  // 歌的调太高, 这个调: the tune or key, a noun (调子), after 的 or a measure word.
  if (ctx.prev === '的' || (has('个种首段', ctx.prev) && ctx.prev !== '' && !HAN.test(ctx.next))) return 'diao4';
  if (ctx.next !== '到') return null;
  const after = clauseAfter(ctx, 3).filter((s) => !/^[到了]+$/.test(s.text));
  return after[0] && (/^m/.test(after[0].tag) || /^[0-9０-９]/.test(after[0].text)) ? 'tiao2' : 'diao4';
}

/** A lone 率 after a word is a rate, lǜ (绿化率; after one character it is mostly literary, 大率 shuài); leading is shuài (率团, 率队). */
function lv(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  if (has('团队部军众兵师领先', ctx.next)) return 'shuai4';
  // 率大军南下, 率群臣: leading (shuài) an army or a court.
  if (/^(?:大军|大兵|部下|部众|军队|部队|全军|三军|百官|群臣|诸将|残部|家人|全家|众人|亲兵|精兵|骑兵|水师|船队)$/u.test(segAt(ctx, 1)?.text ?? '')) return 'shuai4';
  const before = segAt(ctx, -1);
  // 翻|台|率能达到六次: a rate jieba cut from its noun, before what the rate does or is.
  if (isHanSeg(before) && /^(?:能|达|达到|为|是|高|低|提升|提高|下降|超过|约|在|仅|只|已|不|也|都|从|由|均|达成)$/u.test(segAt(ctx, 1)?.text ?? '')) return 'lv4';
  return isHanSeg(before) && Array.from(before.text).length > 1 && !/^(r|nr|nrfg|nrt|ns|nt)$/.test(before.tag) ? 'lv4' : null;
}

/** Parts of the body a person turns (转动 zhuǎndòng). */
const BODY_PARTS = /^(?:脖子|脖颈|头|脑袋|腰|身子|身体|手腕|脚踝|眼珠|眼珠子|眼睛|胳膊|肩膀|手臂|颈部|腰部|关节|手指|脚)$/u;

/** 转 going round is zhuàn (风车转着, 转了一圈); turning and passing on is zhuǎn, mostly in words. */
function zhuan(ctx: RuleContext): Numbered | null {
  // 脖子能转动了, 转动手腕: turning a part of the body, zhuǎn (a wheel or the earth rotating is zhuàn).
  if (ctx.word === '转动' && ctx.index === 0) return clauseBefore(ctx, 4).some((s) => BODY_PARTS.test(s.text)) || BODY_PARTS.test(segAt(ctx, 1)?.text ?? '') ? 'zhuan3' : null;
  if (!isAlone(ctx)) return null;
  // 脑子转得快, 轮子转得慢: how fast it spins (or a mind works), zhuàn.
  if (ctx.next === '得' && /^(?:快|慢|飞快|很快|太快|挺快|真快|很慢|飞起)/u.test(segAt(ctx, 2)?.text ?? '')) return 'zhuan4';
  // 转着, 转圈, 转了一圈: going round.
  if (has('着圈', ctx.next) || /^了?(?:好几|[一两几半])?[圈周]/.test(clauseAfter(ctx, 3).map((s) => s.text).join(''))) return 'zhuan4';
  // 会转的走马灯, 一直转, 不停地转: spinning, after a modal or an adverb of going on, before 的 or the clause's end.
  if ((ctx.next === '的' || !HAN.test(ctx.next)) && /^(?:会|能|在|一直|不停|不停地|老|还在|正在|慢慢|飞快地|呼呼)$/u.test(segAt(ctx, -1)?.text ?? '')) return 'zhuan4';
  // 转一转, 转转: a stroll round.
  // (转了转: strolled round, the verb said twice with 了 between.)
  if (ctx.next2 === '一转' || ctx.prev2 === '转一' || ctx.next === '转' || ctx.prev === '转' || ctx.next2 === '了转' || ctx.prev2 === '转了') return 'zhuan4';
  // 绕着太阳转, 围着他团团转: going round something, at the end of the clause.
  return !HAN.test(ctx.next) && clauseBefore(ctx, 6).some((s) => /[绕围]|团团/.test(s.text)) ? 'zhuan4' : null;
}

/** 盛 filling a bowl is chéng (盛了一碗汤, 盛饭, 盛到碗里); shèng (flourishing) lives in words. */
function cheng(ctx: RuleContext): Numbered | null {
  // 盛饭, 盛出来, 盛一碗汤: ladling out.
  return isAlone(ctx) && has('了饭汤满碗粥菜到进在出上一着', ctx.next) ? 'cheng2' : null;
}

/** Having (no) time: 空 after 有 or 没有 closing the clause, or before what one would do then, is kòng (我没有空, 有空再来). */
function kong(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  // 把时间空出来, 空出一间房: freeing up (time, room), kòng.
  if (/^(?:出来|出|出了|下来)$/u.test(segAt(ctx, 1)?.text ?? '')) return 'kong4';
  const before = segAt(ctx, -1)?.text ?? '';
  if (!['有', '没有', '没', '有没有', '都有', '才有'].includes(before)) return null;
  return !HAN.test(ctx.next) || has('吗吧呢啊了再就来去时', ctx.next) ? 'kong4' : null;
}

/**
 * 血 on its own in speech is xiě: an amount of it (一口血, 不少血) or at a clause's end (流了很多血).
 * xuè lives in words (血液, 流血) and in set phrases (血的教训, 血与火), which this leaves alone.
 */
function xue(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  const before = segAt(ctx, -1);
  const amount = before !== undefined && (/^(m|q|mq)$/.test(before.tag) || has('口滴摊身些少多', Array.from(before.text).at(-1) ?? ''));
  return amount || !HAN.test(ctx.next) ? 'xie3' : null;
}

/** 宿 counting nights is xiǔ (住了一宿, 两宿没睡); sù (lodging) and xiù (constellation) live in words. */
function xiu(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  const before = segAt(ctx, -1);
  // (好几宿, 一连三宿: so many nights.)
  return before !== undefined && (NUMERAL.test(before.text) || /^(?:好几|几|整|一连|半)$/u.test(before.text)) ? 'xiu3' : null;
}

/** A lone 扇 is the verb shān (扇了一巴掌, 扇扇子) unless counted (一扇门, 两扇窗: shàn). */
function shan(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  const before = segAt(ctx, -1);
  if (before !== undefined && (NUMERAL.test(before.text) || /^m/.test(before.tag) || has('这那哪每几此该', Array.from(before.text).at(-1) ?? ''))) return 'shan4';
  return has('了着过起动风扇', ctx.next) || isPlainAdverb(before) || ctx.prev === '地' ? 'shan1' : null;
}

/** 过去 after a verb is its complement, guòqu (找过去, 走过去); elsewhere "the past", guòqù. */
function qu(ctx: RuleContext): Numbered | null {
  if (ctx.word !== '过去' || ctx.index !== 1) return null;
  return isVerb(segAt(ctx, -1)) ? 'qu5' : null;
}

/**
 * A spell of something that comes and goes, counted by 场 cháng: rain or snow, an illness, a dream
 * (一场大雨, 首场暴雪, 一场病). Battles and storms are left to the other evidence: CPP reads 这场战斗
 * and 这场风暴 chǎng.
 */
const SPELL_AFTER_CHANG = /^(?:[大暴小中透春秋冬夏阵雷]?[雨雪]|[大重]?病|梦|误会|冰雹|降[雨雪]|空欢喜|虚惊)/u;

/** 场: cháng counting what happens (一场大雨, 一场病), chǎng counting shows and matches (一场电影, 一场比赛). */
function chang(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  const before = segAt(ctx, -1);
  // 下了场大雨, 生了场病: a bout (of rain, an illness), counted after the verb and 了.
  if (before?.text === '了' && /^(?:大雨|雨|暴雨|雪|大雪|病|大病|重病|战争|恶战|大战|梦|风波|官司|火|大火|球)/u.test(segAt(ctx, 1)?.text ?? '')) return 'chang2';
  if (!before || !(/^(m|r|q)/.test(before.tag) || before.text === '首')) return null;
  const after = clauseAfter(ctx, 3).map((s) => s.text).join('');
  return SPELL_AFTER_CHANG.test(after) ? 'chang2' : null;
}

/** 地道: dìdao "authentic" describing something (地道的美食, 很地道); dìdào "tunnel" otherwise. */
function daoInDidao(ctx: RuleContext): Numbered | null {
  if (ctx.word !== '地道' || ctx.index !== 1) return null;
  const before = segAt(ctx, -1);
  // (便宜又地道, 也很地道: after 又, 也, 还 too, as one of what something is like.)
  // (地道小吃, 地道的川菜: authentic food.)
  return ctx.next === '的' || /^(?:小吃|美食|菜|口味|风味|川菜|粤菜|湘菜|做法|味道)/u.test(segAt(ctx, 1)?.text ?? '') || (before !== undefined && (DEGREE.has(before.text) || /^(?:不|又|也|还|都|够|挺|正宗)$/u.test(before.text))) ? 'dao5' : null;
}


/** 所长: suǒzhǎng, the head of an institute or a police station (派出所所长); suǒcháng, one's strong point, after 尽, 发挥 or 各 (各尽所长, 发挥所长). */
function zhangInSuozhang(ctx: RuleContext): Numbered | null {
  if (ctx.word !== '所长' || ctx.index !== 1) return null;
  const before = segAt(ctx, -1)?.text ?? '';
  // (有|所|所长 "strong points", but 科研|所 所长: the institute's head, the last piece of an unknown word.)
  return /^(?:尽|各尽|发挥|扬|避|取|其|用|展|各展|施展|有)$/u.test(before) || (before === '所' && /^(?:有|各有|无|一无)$/u.test(segAt(ctx, -2)?.text ?? '')) ? 'chang2' : 'zhang3';
}

/** 调拨: diàobō, allocating supplies or funds (已调拨帐篷); tiáobō "to sow discord" only before 是非 or 离间. */
function diaoInDiaobo(ctx: RuleContext): Numbered | null {
  if (ctx.word !== '调拨' || ctx.index !== 0) return null;
  return /^(?:是非|离间|关系|矛盾)/u.test(segAt(ctx, 1)?.text ?? '') ? 'tiao2' : 'diao4';
}

/** 应付金额, 应付账款: yīngfù "payable", before what is owed; yìngfu "to cope with" elsewhere. */
function yingInYingfu(ctx: RuleContext): Numbered | null {
  if (ctx.word !== '应付' || !/^(?:金额|款|账款|款项|利息|工资|费用|票据|租金|总额|数额)/u.test(segAt(ctx, 1)?.text ?? '')) return null;
  return ctx.index === 0 ? 'ying1' : 'fu4';
}

/** 有的人家, 几户人家: rénjiā, households (after 有的 or a count of them); rénjia "other people" elsewhere. */
function jiaInRenjia(ctx: RuleContext): Numbered | null {
  if (ctx.word !== '人家' || ctx.index !== 1) return null;
  const before = segAt(ctx, -1)?.text ?? '';
  // (一户姓单的人家: a household counted earlier in the clause.)
  return /^(?:有的|几户|户|农|山里|好多|很多|许多|每户|家家|千家万户|各)$/u.test(before) || /户$/u.test(before) || (before === '的' && clauseBefore(ctx, 6).some((x) => /户$/u.test(x.text) && x.text !== '住户')) ? 'jia1' : null;
}

/** 一时兴起: xìngqǐ, on a sudden whim (兴 "interest"); xīngqǐ "to rise" elsewhere. */
function xingInXingqi(ctx: RuleContext): Numbered | null {
  return ctx.word === '兴起' && ctx.index === 0 && /^(?:一时|乘|随)$/u.test(segAt(ctx, -1)?.text ?? '') ? 'xing4' : null;
}

/** 为人: wéirén, what someone is like (为人和气, 为人正直); wèirén "for others" only before 民 (为人民). */
function weiInWeiren(ctx: RuleContext): Numbered | null {
  if (ctx.word !== '为人' || ctx.index !== 0) return null;
  return ctx.next === '民' || (segAt(ctx, 1)?.text ?? '').startsWith('民') ? 'wei4' : 'wei2';
}

/** 同行: tóngxíng travelling together (同行的小周, 结伴同行); tóngháng a peer in one's trade (和同行交流), the dictionary's. */
function xingInTongxing(ctx: RuleContext): Numbered | null {
  if (ctx.word !== '同行' || ctx.index !== 1) return null;
  const after = segAt(ctx, 1);
  const then = segAt(ctx, 2);
  if (after?.text === '的' && then !== undefined && (/^nr/.test(then.tag) || /^(?:小|老|阿)./u.test(then.text) || /(?:人|朋友|伙伴|同学|同事|队友|游客|家人|记者|导游|老师|妻子|丈夫)$/u.test(then.text))) return 'xing2';
  return !inClause(after) && /^(?:结伴|一路|一同|一起|与|和|跟|同|相伴|随|陪|陪同)$/u.test(segAt(ctx, -1)?.text ?? '') ? 'xing2' : null;
}

/** A lone 喝 is drinking, hē (喝一杯, 喝了); hè is a shout (大喝一声, 喝令, 喝止), and 喝彩 a word. */
function he(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  return has('令止斥道问退', ctx.next) || ctx.next2 === '一声' || has('大怒厉断呼吆', ctx.prev) ? 'he4' : 'he1';
}

/** A lone 鲜 is fresh, xiān (鲜果, 鲜叶, 鲜肉); xiǎn "rare" before 为, 有, 见, 少 (鲜为人知, 鲜有). */
function xian(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx)) return null;
  // 汤头特别鲜。: fresh, savoury, after a degree word closing the clause.
  // (“鲜”指…: the character quoted, as it is read in the dish it names: fresh.)
  if (!HAN.test(ctx.next)) return DEGREE.has(segAt(ctx, -1)?.text ?? '') || /^(?:好|真|可|挺|多)$/u.test(segAt(ctx, -1)?.text ?? '') || (/^[“「‘]$/u.test(ctx.prev) && /^[”」’]$/u.test(ctx.next)) ? 'xian1' : null;
  return has('为有见少矣能', ctx.next) ? 'xian3' : 'xian1';
}

/** 圈 a pen for animals is juàn (圈舍, 猪圈 is a word); elsewhere quān, the dictionary's first. */
function quanPen(ctx: RuleContext): Numbered | null {
  return isAlone(ctx) && ctx.next === '舍' ? 'juan4' : null;
}

/** 嗯 answering, before a pause (嗯，思路挺清楚的), is the "OK, yeah" of èn; ēn is a groan. */
function en(ctx: RuleContext): Numbered | null {
  return isAlone(ctx) && /^[，,。！!…]/u.test(ctx.next || '。') && ctx.prev !== '嗯' ? 'en4' : null;
}

/** 哦 closing a sentence after what is said (晒图哦！) is the light, friendly particle o; alone it is ò "oh". */
function o(ctx: RuleContext): Numbered | null {
  return isAlone(ctx) && HAN.test(ctx.prev) && !HAN.test(ctx.next) ? 'o5' : null;
}

/** 嘞 closing a sentence (好嘞, 走嘞) is the light particle lei; lē is only in 嘞嘞 "to chatter". */
function lei5(ctx: RuleContext): Numbered | null {
  return isAlone(ctx) && ctx.next !== '嘞' && ctx.prev !== '嘞' ? 'lei5' : null;
}

/** 精神 after 没, 有, 很 or 挺 (没精神, 很精神), or said of someone (精神不好), is vigour, jīngshen; the spirit or mind is jīngshén. */
function shenInJingshen(ctx: RuleContext): Numbered | null {
  if (ctx.index !== 1) return null;
  const before = segAt(ctx, -1);
  const closes = !HAN.test(ctx.next) || ctx.next === '了' || ctx.next === '的';
  if (closes && before !== undefined && /^(?:没|没有|有|很|挺|真|不|特别|更|多|怪)$/.test(before.text)) return 'shen5';
  // 精神不好, (孩子)精神也还行: how lively someone is, said of them (not 会议精神很好, a meeting's spirit).
  const after = segAt(ctx, 1);
  const then = segAt(ctx, 2);
  const said = /^(?:不好|不错|很好|还行|还好|挺好|好|差|很差|不佳|头|头儿|足|十足)$/u.test(after?.text ?? '') || (/^(?:也|还|很|挺|都|不|有点|不太)$/u.test(after?.text ?? '') && /^(?:好|行|还|还行|不错|差|好多了|足)$/u.test(then?.text ?? ''));
  const whose = before === undefined || !HAN.test(before.text) || /^(?:他|她|它|我|你|孩子|宝宝|老人|病人|患者|狗|猫|兔子|人|但|但是|可|可是|不过|而且|就是|只是)$/u.test(before.text);
  return said && whose ? 'shen5' : null;
}

/** 喜条达而恶抑郁, 好逸而恶劳: disliking (wù), set against liking earlier in the clause. */
function wuDislike(ctx: RuleContext): Numbered | null {
  if (!isAlone(ctx) || !/^(?:而|且|又|却)$/u.test(segAt(ctx, -1)?.text ?? '') || !isHanSeg(segAt(ctx, 1))) return null;
  return sentenceBefore(ctx, 6).slice(1).some((x) => /^(?:喜|喜欢|爱|好|喜好)$/u.test(x.text)) ? 'wu4' : null;
}

/** 流行乐, 摇滚乐, 民乐: music (yuè), after the kind of music it is. */
function yueMusic(ctx: RuleContext): Numbered | null {
  return isAlone(ctx) && /^(?:流行|古典|摇滚|民族|爵士|交响|管弦|电子|器|声|轻|民|打击|说唱|嘻哈|乡村|宫廷|雅|礼)$/u.test(segAt(ctx, -1)?.text ?? '') ? 'yue4' : null;
}

/** 给: gěi alone; jǐ only in words (供给, 给予, 补给), which the dictionary reads. */
function gei(ctx: RuleContext): Numbered | null {
  return isAlone(ctx) ? 'gei3' : null;
}

const RULE_TABLE: Readonly<Record<string, (ctx: RuleContext) => Numbered | null>> = {
  漂: piao,
  圩: xu,
  都: dou,
  行: xingRow,
  当: dang,
  调: diao,
  率: lv,
  转: zhuan,
  啊: ah,
  盛: cheng,
  空: kong,
  去: qu,
  方: fang,
  家: renjia,
  卖: maimai,
  得: de,
  地: di,
  为: wei,
  還: huan,
  还: huan,
  着: zhao,
  著: zhao,
  了: le,
  过: guo,
  切: qie,
  待: dai,
  攒: zan,
  哪: na,
  干: gan,
  处: chu,
  只: zhi,
  种: zhong,
  数: shu,
  差: cha,
  夹: jia,
  卷: juan,
  系: ji,
  背: bei,
  拧: ning,
  教: jiao,
  藏: cang,
  恶: wuDislike,
  乐: yueMusic,
  觉: jue,
  少: shao,
  脏: zang,
  铺: pu,
  吧: ba,
  相: xiangPhoto,
  蒙: mengMongolia,
  难: nanTrouble,
  长: zhang,
  中: zhongMiddle,
  将: jiang,
  累: lei,
  晕: yun,
  缝: feng,
  撒: sa,
  削: xiao,
  吐: tu,
  塞: sai,
  薄: bao,
  钻: zuan,
  降: jiangFall,
  弹: dan,
  应: ying,
  重: chongAgain,
  屏: bing,
  载: zai,
  划: hua,
  倒: dao,
  冲: chong,
  弄: nong,
  量: liang,
  劲: jin,
  不: bu,
  血: xue,
  宿: xiu,
  扇: shan,
  粘: zhan,
  结: jie,
  炸: zha,
  场: chang,
  给: gei,
  喝: he,
  鲜: xian,
  圈: quanPen,
  嘞: lei5,
  嗯: en,
  哦: o,
};

/**
 * RULE_TABLE as a Map: the engine asks about every character of every new word, and an object
 * looked up by a character fresh from a word makes V8 intern the string first.
 */
const RULES: ReadonlyMap<string, (ctx: RuleContext) => Numbered | null> = new Map(Object.entries(RULE_TABLE));

/** Rules that must beat the dictionary: the segmenter glues a particle into a word (招|得来, 吃|不了). */
export const BEFORE_DICTIONARY = new Set(['得', '不', '着']);

/** Words whose dictionary reading a rule may overturn (都会 dōu huì before a verb, 大都 as a name tag, 这一行 háng). */
/** Rules for one word only, asked before its dictionary entry; their characters keep no rule elsewhere (味道 wèidao). */
const WORD_RULES: ReadonlyMap<string, (ctx: RuleContext) => Numbered | null> = new Map([
  ['地道', daoInDidao],
  // 劲道 (of noodles) springy, chewy: jìndao, as its variant 筋道 jīndao.
  ['劲道', (ctx) => (ctx.index === 0 ? 'jin4' : 'dao5')],
  // 特困供养, 供养老人: supporting (gōngyǎng) those one provides for; offerings (gòngyǎng) to gods elsewhere.
  ['供养', (ctx) => (ctx.index === 0 && (/^(?:特困|五保|集中|分散|赡养)$/u.test(segAt(ctx, -1)?.text ?? '') || /^(?:人员|对象|老人|父母|孩子|子女|标准|金|服务)$/u.test(segAt(ctx, 1)?.text ?? '')) ? 'gong1' : null)],
  // 当日发货, 当日有效: the same day (dàngrì), before what happens on it.
  ['当日', (ctx) => (ctx.index === 0 && /^(?:发货|发出|到账|到达|送达|达|有效|退款|出票|办结|往返|返回|下单|结算|取件)/u.test(segAt(ctx, 1)?.text ?? '') ? 'dang4' : null)],
  // 婆婆和媳妇, 娶媳妇 for a son: the daughter-in-law (xífù) beside the in-laws; one's wife (xífu) elsewhere.
  ['媳妇', (ctx) => (ctx.index === 1 && sentenceBefore(ctx, 12).concat(clauseAfter(ctx, 10, true)).some((x) => /^(?:婆婆|公公|婆家|公婆|儿子|婆媳)$/u.test(x.text)) ? 'fu4' : null)],
  // 股价回调, 大盘回调: a pullback in prices (huítiáo), not a program's callback (huídiào).
  ['回调', (ctx) => (ctx.index === 1 && clauseBefore(ctx, 6).concat(clauseAfter(ctx, 6)).some((x) => MARKET_WORDS.test(x.text)) ? 'tiao2' : null)],
  ['所长', zhangInSuozhang],
  // 一定要看好孩子, 看好行李: looking after (kān) what is watched over, not rating its prospects.
  ['看好', (ctx) => (/^(?:孩子|小孩|娃|家|门|东西|行李|自己的|老人|宠物|狗|店|摊)$/u.test(segAt(ctx, 1)?.text ?? '') ? (ctx.index === 0 ? 'kan1' : 'hao3') : null)],
  // 刚教会一批新人, 教会了他: teaching until one can (jiāohuì), before whom; the church (jiàohuì) elsewhere.
  ['教会', (ctx) => (/^(?:m|r|nr)/.test(segAt(ctx, 1)?.tag ?? '') || /^(?:了|他们|我们|学生|徒弟|孩子)/u.test(segAt(ctx, 1)?.text ?? '') || /^(?:刚|已经|要|能|没|没有|才|终于|慢慢)$/u.test(segAt(ctx, -1)?.text ?? '') ? (ctx.index === 0 ? 'jiao1' : 'hui4') : null)],
  ['为人', weiInWeiren],
  ['调拨', diaoInDiaobo],
  ['应付', yingInYingfu],
  ['人家', jiaInRenjia],
  ['兴起', xingInXingqi],
  ['同行', xingInTongxing],
  ['精神', shenInJingshen],
  ['当年', dangInDangnian],
  ['调配', diaoInDiaopei],
  ['大意', yiInDayi],
  ['结果', jieInJieguo],
  ['正当', dangInZhengdang],
  ['分子', fenInFenzi],
  ['朝阳', zhaoInZhaoyang],
  ['人行', xingInRenxing],
  // 东西多少, 不在多少: the amount (duōshǎo), closing a clause after what is counted; 多少钱 asks "how much".
  ['多少', (ctx) => (ctx.index === 1 && !HAN.test(ctx.next) && !/[？?]/u.test(ctx.next) && /^(?:n|ns|nz)$/.test(segAt(ctx, -1)?.tag ?? '') && segAt(ctx, -2)?.text !== '是' ? 'shao3' : null)],
  // 重读了这本小说: reading again (chóng), not 重读 zhòngdú "stress on a syllable".
  ['重读', (ctx) => (ctx.index === 0 && READ_AGAIN_NEXT.test(segAt(ctx, 1)?.text ?? '') ? 'chong2' : null)],
  // (补上落下的课: lessons missed, left behind.)
  ['落下', (ctx) => (ctx.index === 0 && (/^(?:不|没|别)$/.test(segAt(ctx, -1)?.text ?? '') || (segAt(ctx, 1)?.text === '的' && /^(?:课|功课|作业|进度|内容|东西|知识)$/.test(segAt(ctx, 2)?.text ?? ''))) ? 'la4' : null)],
  ['地方', fangInDifang],
  // 种种菜, 种种花: planting a little, the verb said twice (zhòngzhong), not 种种 "all kinds of".
  ['种种', (ctx) => (PLANTED.test(segAt(ctx, 1)?.text ?? '') ? (ctx.index === 0 ? 'zhong4' : 'zhong5') : null)],
]);

/** What is planted, one character after 种种 (种种菜): then 种种 is the verb said twice. */
const PLANTED = /^[菜花树草瓜豆苗地田粮]$/u;

/**
 * 地方政府, 地方政权, 地方特色: local, dìfāng, before the noun it describes; a place, dìfang, after a
 * determiner or a measure word (这个地方, 找个地方) and elsewhere.
 */
function fangInDifang(ctx: RuleContext): Numbered | null {
  if (ctx.index !== 1) return null;
  const after = segAt(ctx, 1);
  const before = segAt(ctx, -1)?.text ?? '';
  return isHanSeg(after) && /^(?:n|vn)$/.test(after.tag) && !/^(?:这|那|哪|个|这个|那个|哪个|什么|有|没有|好|的|些|一些|许多|很多|多|不少)$/u.test(before) ? 'fang1' : null;
}

/**
 * Rules for characters standing alone only: not in RULES, so the words they are part of (挑战,
 * 承担, 假期, 和尚) keep their dictionary reading without a rule being asked.
 */
/** Words of the stock market (股价回调). */
const MARKET_WORDS = /(?:股|股价|指数|盘|板块|行情|涨|跌|涨幅|跌幅|点位|均线|市场|短线|反弹|回落)$/u;

/** What follows a place's name (美呗市, 羽咋町, 美呗停车场线): 市, 町, a station, a road. */
const PLACE_AFTER = /^(?:市|町|村|郡|县|站|停车场|线|川|岳)/u;

const ALONE_RULES: ReadonlyMap<string, (ctx: RuleContext) => Numbered | null> = new Map([
  ['卡', qia],
  // 嘀嘀嘀: a horn's beep (dī) said over and over.
  ['嘀', (ctx) => (ctx.prev === '嘀' || ctx.next === '嘀' ? 'di1' : null)],
  // 吃了么？, “吃了么”: the question particle ma where 么 closes what is asked (什么, 这么 are words).
  ['么', (ctx) => (!HAN.test(ctx.next) && /^(?:了|的|好|是|有|对|行|去|来|过|没|在)$/u.test(ctx.prev) ? 'ma5' : null)],
  // 钉掌, 钉扣子, 钉在墙上: nailing or sewing on (dìng), the verb before what is fixed; 钉子 is the nail.
  ['钉', (ctx) => (/^(?:掌|马掌|扣子|扣|钉子|纽扣|上|在|住|牢|好|到|进|了|着)/u.test(segAt(ctx, 1)?.text ?? '') ? 'ding4' : null)],
  // 帮我看着孩子, 看好行李, 看住门: looking after (kān) what is watched over, not looking at it.
  // (看店, 看孩子: see kan.)
  ['看', (ctx) => ((/^[着好住]$/u.test(ctx.next) && /^(?:孩子|小孩|娃|家|门|店|摊|摊子|东西|行李|仓库|羊|牛|鸡|鸭|场子|犯人|俘虏|大门|家门|房子|菜园|果园)$/u.test(segAt(ctx, 2)?.text ?? '')) || (ctx.next === '住' && segAt(ctx, 1)?.text === '住') ? 'kan1' : kan(ctx))],
  ['挑', tiao],
  // 掖好被子, 掖进: tucking in (yē); 掖 yè "to support by the arm" is literary.
  ['掖', (ctx) => (/^(?:好|进|着|上|紧|在|了|到)/u.test(segAt(ctx, 1)?.text ?? '') ? 'ye1' : null)],
  // 咋办, 咋样: how, why (zǎ, northeastern speech); 咋舌 zé is a word of its own.
  // (Not in a Japanese place's name, 羽咋市: before 市, 町 or a station.)
  ['咋', (ctx) => (PLACE_AFTER.test(segAt(ctx, 1)?.text ?? '') ? null : 'za3')],
  // 去呗, 走呗: the modal particle (bei).
  ['呗', (ctx) => (PLACE_AFTER.test(segAt(ctx, 1)?.text ?? '') ? null : 'bei5')],
  // 唠会儿嗑: chatting (唠嗑 said apart), kē.
  ['嗑', (ctx) => (clauseBefore(ctx, 4).some((x) => x.text.startsWith('唠')) ? 'ke1' : null)],
  // 挨了一顿打, 挨骂, 挨饿: suffering (ái), before what is suffered; 挨家挨户, 挨着 are āi.
  ['挨', (ctx) => (/^(?:打|骂|批|批评|揍|饿|冻|罚|训|了|过|一点|点|一顿|一回)/u.test(segAt(ctx, 1)?.text ?? '') && (/^(?:打|骂|批|批评|揍|饿|冻|罚|训)/u.test(segAt(ctx, 1)?.text ?? '') || clauseAfter(ctx, 5).some((x) => /(?:打|骂|批评|揍|饿|冻|罚|训|处分|耳光|巴掌)$/u.test(x.text))) ? 'ai2' : null)],
  // 一沓红包, 几沓钞票: a pile, counted (dá); 纷至沓来 is tà.
  ['沓', (ctx) => (NUMERAL.test(segAt(ctx, -1)?.text ?? '') ? 'da2' : null)],
  ['好', haoDone],
  ['服', fu],
  ['担', danMeasure],
  ['假', jiaHoliday],
  ['和', huoKnead],
  ['扎', zaTie],
  ['啦', laParticle],
  ['儿', rhotic],
  ['参', shenGinseng],
  ['剥', () => 'bao1'],
  // 告诉你咯！, 走咯: the particle lo closing what is said (咯咯, 咯吱 are gē).
  ['咯', (ctx) => (!HAN.test(ctx.next) && HAN.test(ctx.prev) && ctx.prev !== '咯' ? 'lo5' : null)],
  ['唠', () => 'lao4'],
  // 抡起锤子, 抡着胳膊: swinging, lūn, before what is swung or how; lún (to select) in names.
  ['没', (ctx) => (submerges(ctx, 0) ? 'mo4' : null)],
  ['抡', (ctx) => (ctx.next !== '' && '起着了开动圆锤刀拳斧棍'.includes(ctx.next) ? 'lun1' : null)],
  ['落', laLeave],
  // 小散弱, 小散乱: scattered (of small firms), sǎn, between 小 and what else they are.
  // 还图啥哩？: the particle (li) closing what is said, not the mile.
  ['哩', (ctx) => (/^[？！。，…～~?!,]/u.test(ctx.next) && HAN.test(ctx.prev) && !/^[方英公里]$/u.test(ctx.prev) && !/[0-9０-９]/u.test(clauseBefore(ctx, 3).map((x) => x.text).join('')) ? 'li5' : null)],
  // 庭中有柏一株, 松|柏: the cypress (bǎi) beside other trees or counted; bó transcribes names (卡鲁柏亚).
  ['柏', (ctx) => (has('松翠苍古侧', ctx.prev) || /^(?:[一两几数]?[株棵]|树|木|枝|叶|子)$/u.test(segAt(ctx, 1)?.text ?? '') || (/^[一两三四五六七八九十几数]$/u.test(ctx.next) && /^[株棵]/u.test(segAt(ctx, 2)?.text ?? '')) ? 'bai3' : null)],
  ['散', (ctx) => (ctx.prev === '小' && '弱乱差'.includes(ctx.next) && ctx.next !== '' ? 'san3' : null)],
  // 不粘锅, 粘上, 粘在: sticking to (zhān); 很粘, 太粘: sticky (nián).
  ['粘', (ctx) => (has('很太真挺特好', ctx.prev) ? 'nian2' : has('不易防别没会', ctx.prev) || has('锅上住在到了贴牢', ctx.next) ? 'zhan1' : null)],
]);

/** 把钱包落在车上, 落下东西: leaving something behind, là, with 把 earlier in the clause; luò elsewhere. */
function laLeave(ctx: RuleContext): Numbered | null {
  // (不落下一户, 一个都不落下: leaving no one behind.)
  if (ctx.next === '下' && /^(?:不|没|别)$/.test(segAt(ctx, -1)?.text ?? '')) return 'la4';
  return (ctx.next === '在' || ctx.next === '下') && clauseBefore(ctx, 6).some((s) => s.text === '把') ? 'la4' : null;
}

/** Water, and pouring it in, before 没过 "to come up over" (倒入没过排骨的开水, 洪水没过了膝盖). */
const WATER = /水|汤|洪|淹|浸|倒|加入|雪/u;

/**
 * Whether the lone 没 at `offset` from the unit (0: the unit itself, -1: the one before) is mò,
 * "to come up over": 没 过 (了) and what is covered, with water in the clause before.
 */
function submerges(ctx: RuleContext, offset: number): boolean {
  if (segAt(ctx, offset)?.text !== '没' || segAt(ctx, offset + 1)?.text !== '过') return false;
  const after = segAt(ctx, segAt(ctx, offset + 2)?.text === '了' ? offset + 3 : offset + 2);
  if (!isHanSeg(after) || !/^n/.test(after.tag) || /^(?:多久|几天|一会)/.test(after.text)) return false;
  const before = clauseBefore(ctx, 6);
  return WATER.test(before.map((s) => s.text).join('')) || /^(?:膝盖|腰|脚踝|小腿|大腿|胸口|头顶|脖子|车轮|路面|桥面)$/.test(after.text);
}

/**
 * 参 alone next to a word of growing, trading or tasting it (鲜参, 种参, 参农, 参园) is ginseng,
 * shēn; the verb cān lives in words (参加, 参观), and 参 alone is rarely it.
 */
function shenGinseng(ctx: RuleContext): Numbered | null {
  // (八亩参, 两斤参: ginseng counted by the field, weight or root.)
  return (ctx.prev !== '' && '鲜种采挖起品山野园林红白生晒干海卖收好棵下亩斤根支株'.includes(ctx.prev)) || (ctx.next !== '' && '农园业香茸片汤酒籽地田价市龄'.includes(ctx.next)) ? 'shen1' : null;
}

const RULE_WORDS = new Set(['都会', '大都', '一行', ...WORD_RULES.keys()]);

/** Whether `word` has a rule of its own (都会, 地道), asked before its dictionary entry. */
export function isRuleWord(word: string): boolean {
  return RULE_WORDS.has(word);
}

/** Whether the rule for `char` must be asked before the dictionary entry of `word`. */
export function ruleBeforeDictionary(char: string, word: string): boolean {
  return BEFORE_DICTIONARY.has(char) || isRuleWord(word);
}

export function hasRule(char: string): boolean {
  return RULES.has(char);
}

/** Whether a rule reads `char` where it stands alone (嘀嘀, 挨饿): the engine then asks the rules, whatever pinyin-pro knows of it. */
export function hasAloneRule(char: string): boolean {
  return ALONE_RULES.has(char);
}

function surnameBeforeAddress(ctx: RuleContext): boolean {
  // (单老先生: 老 and the form of address after it.)
  const first = segAt(ctx, 1)?.text ?? '';
  const next = first === '老' && /^(?:先生|太太|师傅)$/u.test(segAt(ctx, 2)?.text ?? '') ? `老${segAt(ctx, 2)?.text ?? ''}` : first;
  if (!isAddressTerm(next) && !/^老(?:先生|太太|师傅)$/u.test(next)) return false;
  if (ctx.tag === 'nr') return true;
  // (Only a form of address proper: 为/p 市民 is "for the residents".)
  if (!/^(?:先生|小姐|女士|太太|老师|师傅|阿姨|大爷|大妈|大姐|大哥|大叔|大婶|老板|经理|主任|书记|校长|医生|教授|律师|警官|老先生|老太太|老师傅)$/u.test(next)) return false;
  const before = segAt(ctx, -1);
  // (…or after whoever is called so: 大家都叫他朴大叔.)
  return !isHanSeg(before) || /^(?:同事|同学|邻居|朋友|老乡|的|位|这位|那位|叫|喊|称|称呼)$/u.test(before.text) || (/^(?:他|她)$/u.test(before.text) && /^(?:叫|喊|称|称呼|管)$/u.test(segAt(ctx, -2)?.text ?? ''));
}

/**
 * Surnames pinyin-pro's surname mode reads otherwise than people do: 宁 Níng (宁泽涛, 宁浩; nìng is
 * the rare 甯), 种 Chóng (种师道), 秘 Bì.
 */
export const SURNAME_READINGS: ReadonlyMap<string, Numbered> = new Map([
  ['宁', 'ning2'],
  ['柏', 'bai3'],
  ['种', 'chong2'],
  ['秘', 'bi4'],
]);

export function contextRule(ctx: RuleContext): Numbered | null {
  // A surname before a title or form of address (曾老师 Zēng, 单师傅 Shàn, 解主任 Xiè), whatever jieba
  // tags it when nothing in the clause comes before it or a colleague is introduced (解/v 先生是…,
  // 同事区/n 小姐); and after 姓 (他姓曾).
  if (isAlone(ctx) && (surnameBeforeAddress(ctx) || (segAt(ctx, -1)?.text ?? '').endsWith('姓'))) {
    const surname = SURNAME_READINGS.get(ctx.char) ?? pinyinProByOffset(ctx.char, true).get(0);
    if (surname) return surname;
  }
  const wordRule = WORD_RULES.get(ctx.word)?.(ctx);
  if (wordRule) return wordRule;
  const aloneRule = isAlone(ctx) ? ALONE_RULES.get(ctx.char)?.(ctx) : undefined;
  if (aloneRule) return aloneRule;
  const rule = RULES.get(ctx.char);
  return rule ? rule(ctx) : null;
}
