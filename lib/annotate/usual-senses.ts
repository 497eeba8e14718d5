/**
 * The everyday sense of frequent words whose CC-CEDICT entry lists an older, narrower or rarer
 * one first: 先生 "teacher" before "Mr.", 钱 "coin" before "money", 一般 "same" before
 * "ordinary". Found by reviewing the senses the reader showed for the 3,000 most frequent words
 * of the BCC corpus (chinese-lexicon's ranks); words whose context already decides (classifiers
 * after numbers, 越…越) are not listed. Each value is the start of the sense to put first, which
 * must be a sense of the reading heard (调 tiáo "to adjust" does nothing for diào). The word alone
 * only: as a part of another word a character keeps its first sense (行动 "to walk", 别人 "other").
 */
const USUAL_SENSES: ReadonlyMap<string, string> = new Map([
  // words
  ['先生', 'gentleman'],
  // an embassy or other diplomatic mission (a consulate is 领事馆)
  ['使馆', 'diplomatic mission'],
  // extracting (a substance, data); withdrawing money is said where money is (see context-senses)
  ['提取', 'to extract'],
  // the head of a troupe, a delegation, a group (regimental command is the army's)
  ['团长', 'head of a delegation'],
  // returning a ticket (not a bounced cheque)
  ['退票', 'to return a ticket'],
  // a fellow worker (a school's janitor is the older sense); steaming food; applying for a job
  // (accepting an offer comes after); shipping goods; passing a cost or blame on (a widow's
  // remarriage is history); the typhoon (stage presence is the theatre's); compatriots
  ['工友', 'fellow worker'],
  ['蒸', '(of cooking) to steam'],
  ['应聘', 'to apply for an advertised position'],
  ['出货', 'to ship goods'],
  ['转嫁', 'to pass on (blame'],
  ['台风', 'typhoon'],
  // caring about something (resting with something is literary); the cut-off score (a fraction's
  // line is the maths classroom's); adjusting or reassigning (variety in one's life is figurative);
  // being fit for a job or a field (performers' alternating is the stage's) (37th review)
  ['在乎', '(often used in the negative) to care about'],
  ['分数线', 'minimum passing score'],
  ['调剂', 'to adjust; to redistribute'],
  ['对口', 'to be fit for the purposes of a job or task'],
  // an old woman addressed with respect (a great-grandmother is the family tree's)
  ['老奶奶', 'respectful form of address for an old woman'],
  ['同胞', 'compatriot'],
  // protein (egg white is the kitchen's)
  ['蛋白', 'protein'],
  // recruiting staff (being infectious is said of a disease, rarely); bait (pastry is old)
  ['招人', 'to recruit'],
  // a daughter (a maiden is older writing); sending greetings (the insult is slang); an old man
  ['闺女', '(coll.) daughter'],
  ['问候', 'to send a greeting'],
  ['老爷子', 'polite appellation for an elderly male'],
  // next time (a novel's next chapter is older); a dog (the radical is the dictionary's)
  ['下回', 'next time'],
  ['犬', '(literary) dog'],
  // table tennis (the rattle is the sound's)
  ['乒乓', '(sports) ping-pong'],
  // only (the -ism of 唯心 is the suffix's, in words)
  ['惟', 'only'],
  // a doctor's follow-up (accompanying someone is rarer)
  ['随访', '(of a doctor etc) to do a follow-up'],
  // a stadium's stands (a terrace is the gardener's)
  ['看台', "spectator's grandstand"],
  ['饵', 'bait'],
  // reports: the top leader (not a member of a work team); projects that take root; a story's
  // twists and turns (not a calligraphic flourish, or the air plant); gasping (asthma is 哮喘)
  ['一把手', 'the boss'],
  // posting a parcel or a letter (entrusting something to someone is rarer)
  ['寄', 'to send by post'],
  // reports: earnestly (before a verb, nearly always), informing of something, the countryside,
  // installing or loading (装 alone is rarely "adornment")
  ['切实', 'earnestly'],
  // 踊跃报名, 踊跃发言: eagerly (leaping is rare).
  ['踊跃', 'eager'],
  // 木头 is wood (a log), before "blockhead".
  ['木头', 'log'],
  // the back seat of a car (not the empress's throne); rules (not the compass and square)
  ['后座', 'back seat'],
  ['骨干', 'fig. backbone'],
  // greening (not the slang "Islamization"); a product rolling off the line or going offline
  ['绿化', 'to make green'],
  ['下线', '(of a product) to roll off'],
  // a transition, a transition period (crossing by ferry is rarer)
  ['过渡', 'transition'],
  // sweeping the floor (a reputation reaching rock bottom is the figure of speech)
  ['扫地', 'to sweep the floor'],
  ['引领', 'to lead'],
  ['规矩', 'rule'],
  ['通报', 'to inform'],
  ['乡村', 'countryside'],
  ['装', 'to install'],
  ['落地生根', 'to put down roots'],
  ['一波三折', 'fig. many twists and turns'],
  ['气喘', 'to gasp for breath'],
  // a film (not a copy of one)
  ['影片', 'film; motion picture'],
  // hotels and offices: the reception desk, a suite (not the theatre's proscenium, an inner room)
  ['前台', 'front desk'],
  ['套房', 'suite; apartment; flat'],
  // calling the police (not a siren)
  ['报警', 'to report sth to the police'],
  // sport: a rising star and a veteran (not a young general of classical fiction, an old general)
  ['小将', '(in modern usage) rising star'],
  ['老将', 'veteran'],
  // news: the main event, a key problem tackled (not an opera role, a mountain pass stormed)
  ['重头戏', '(fig.) highlight'],
  ['攻关', 'fig. to tackle a key problem'],
  // making a decision or a judgment (not "to put out")
  ['作出', 'to make (a choice'],
  // the coach of a team (the verb "to coach" is rarer in prose)
  ['教练', 'instructor; sports coach'],
  ['上个', 'last (week etc)'],
  ['老', 'old (of people)'],
  ['身后', 'a place behind'],
  ['现场', '(at) the site'],
  ['一般', 'ordinary'],
  ['一起', 'together'],
  ['不会', 'will not'],
  ['不错', 'not bad'],
  ['当然', 'of course'],
  ['活动', '(outdoor etc) activity'],
  ['水平', 'a standard'],
  ['机构', 'organization'],
  ['机关', 'office'],
  ['回复', 'to reply'],
  ['运动', 'sports'],
  ['心里', 'heart; mind'],
  ['心中', 'in one'],
  ['值得', 'to merit'],
  ['不管', 'no matter'],
  ['开放', 'to open'],
  ['运行', '(fig.) to function'],
  ['提升', '(fig.) to elevate'],
  ['先后', 'in succession'],
  ['依法', 'according to law'],
  ['总体', 'overall'],
  ['使得', 'to make; to cause'],
  ['革命', 'revolution'],
  ['培训', 'to train'],
  ['落实', 'to implement'],
  ['学会', 'to learn'],
  ['家长', 'parent'],
  ['从事', 'to engage in'],
  ['酒店', 'hotel'],
  ['引进', 'to introduce'],
  ['渠道', '(fig.) channel'],
  ['沟通', 'to communicate'],
  ['局面', 'situation'],
  ['频道', '(television) channel'],
  ['前景', '(future) prospects'],
  ['幅度', 'extent'],
  ['整合', 'to integrate'],
  ['板块', '(fig.) sector'],
  ['纪念', 'to commemorate'],
  ['粉丝', 'fan'],
  ['山水', 'scenery'],
  ['可乐', '(loanword) cola'],
  ['锻炼', 'to engage in physical exercise'],
  // characters
  ['让', 'to let sb do sth'],
  ['话', 'spoken words'],
  ['应', 'should'],
  ['钱', 'money'],
  ['市', 'city'],
  ['省', 'province'],
  ['周', 'week'],
  ['电', 'electric'],
  ['项', 'item'],
  ['称', 'to state'],
  ['别', "don't"],
  ['行', 'all right; OK'],
  ['队', 'team'],
  ['度', 'degree (angles'],
  ['金', 'gold'],
  ['城', 'city'],
  ['较', '(before an adjective) relatively'],
  ['字', 'character'],
  ['王', 'king'],
  ['指', 'to point at'],
  ['克', 'gram'],
  ['店', '(bound form) shop'],
  ['带', 'to take along'],
  ['热', 'hot'],
  ['团', 'group'],
  ['表', 'a form'],
  ['令', 'to cause'],
  ['型', 'type'],
  ['利', 'benefit'],
  ['考', 'to take an exam'],
  ['调', 'to adjust'],
  ['朝', 'towards'],
  ['含', 'to contain'],
  ['镇', 'small town'],
  ['领', 'to lead'],
  ['蓝', 'blue'],
  ['语', 'language'],
  ['毛', 'hair'],
  ['种', 'kind'],
  ['回', 'to return'],
  ['属', 'to belong to'],
  ['帅', 'handsome'],
  ['望', 'to gaze'],
  ['关', 'to close'],
  ['韩', 'Korea'],
  ['核', 'nuclear'],
  ['游', 'to swim'],
  ['驻', 'to be stationed'],
  ['修', 'to repair'],
  ['戏', 'drama'],
  ['江', 'river'],
  ['富', 'rich'],
  ['叶', 'leaf'],
  ['钟', 'clock'],
  ['俄', 'Russia'],
  ['夏', 'summer'],
  ['奶', 'milk'],
  ['骑', 'to ride'],
  ['兰', 'orchid'],
  ['沙', 'sand'],
  ['券', 'voucher'],
  ['阳', 'sun'],
  ['谷', 'valley'],
  ['宫', 'palace'],
  ['组', 'group'],
  ['企', 'abbr. for 企业'],
  ['讯', '(bound form) news'],
  ['冲', 'to rush'],
  ['产', 'to produce'],
  ['款', 'funds'],
  ['赏', 'to appreciate'],
  ['促', '(bound form) to hasten'],
  ['答应', 'to answer positively; to agree'],
  ['大伯', "father's older brother"],
  ['吊销', 'to revoke'],
  ['正宗', 'authentic'],
  // yūn alone is feeling dizzy (头晕, 有点儿晕), not "confused"
  ['晕', 'dizzy'],
  ['应对', 'to handle; to deal with'],
  ['阿姨', "woman of similar age to one's parents"],
  ['配合', 'to coordinate with'],
  // gàn alone is the verb (干了四个小时, 一干就是六十年); the trunk lives in 树干, 骨干
  ['干', 'to do'],
  // zhèng alone is earning (挣了八十块钱); struggling is zhēng (挣扎)
  ['挣', 'to make (money)'],
]);

/** The sense to put first for `word`, if the review found one (see USUAL_SENSES). */
export function usualSense(word: string): string | undefined {
  return USUAL_SENSES.get(word);
}

/** Every word listed (tests check that each names a sense its entry has). */
export function usualSenseWords(): string[] {
  return [...USUAL_SENSES.keys()];
}
