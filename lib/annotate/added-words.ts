/**
 * Everyday words of school notices, shopping, sport, games and flood reports that CC-CEDICT lacks,
 * found by the review rounds: without them the engine cut 家委会 into 家 "home" + 委 + 会 "can" and
 * glossed 二传手 as "two + to pass on + hand". The dictionary build adds them as entries in
 * CC-CEDICT's shape (see ./brand-entries for the companies and apps), so they stay whole, read as
 * said and show their English. Only words jieba's dictionary or the texts use as one word, and no
 * everyday phrase besides.
 */
import type { BrandEntry } from './brand-entries';

export const ADDED_WORDS: readonly BrandEntry[] = [
  // school and neighbourhood
  ['家委会', '家委會', 'jia1 wei3 hui4', "parents' committee (of a school or class) (abbr. for 家長委員會|家长委员会)"],
  ['学委', '學委', 'xue2 wei3', 'class study monitor (abbr. for 學習委員|学习委员)'],
  ['宿管员', '宿管員', 'su4 guan3 yuan2', 'dormitory supervisor'],
  ['消保委', '消保委', 'xiao1 bao3 wei3', "consumer protection committee (abbr. for 消費者權益保護委員會|消费者权益保护委员会)"],
  ['家长里短', '家長裡短', 'jia1 chang2 li3 duan3', 'domestic trivia; small talk about everyday family matters'],
  // online shopping
  ['大促', '大促', 'da4 cu4', 'big sales promotion (an online shopping festival)'],
  ['满减', '滿減', 'man3 jian3', 'discount once a spending threshold is reached ("spend X, save Y")'],
  ['自提', '自提', 'zi4 ti2', 'to pick up (goods) oneself; self-collection'],
  ['收纳盒', '收納盒', 'shou1 na4 he2', 'storage box'],
  // sport
  ['二传手', '二傳手', 'er4 chuan2 shou3', '(volleyball) setter'],
  ['正手', '正手', 'zheng4 shou3', 'forehand (in table tennis, tennis etc)'],
  ['惜败', '惜敗', 'xi1 bai4', 'to lose narrowly'],
  ['告负', '告負', 'gao4 fu4', 'to lose (a match or game)'],
  // games and their news
  ['新晋', '新晉', 'xin1 jin4', 'newly promoted; newly risen (a team, a champion, a star)'],
  ['打野', '打野', 'da3 ye3', '(gaming) jungler; to play the jungle in a MOBA game'],
  ['中单', '中單', 'zhong1 dan1', '(gaming) mid laner (in a MOBA game)'],
  ['五杀', '五殺', 'wu3 sha1', '(gaming) pentakill (one player kills all five opponents)'],
  ['抽卡', '抽卡', 'chou1 ka3', '(gaming) to draw cards or characters (in a gacha game)'],
  ['手速', '手速', 'shou3 su4', 'hand speed (how fast one clicks or types)'],
  // food, pets, cars and screens
  ['杨枝甘露', '楊枝甘露', 'yang2 zhi1 gan1 lu4', 'mango pomelo sago (a Hong Kong dessert)'],
  ['双皮奶', '雙皮奶', 'shuang1 pi2 nai3', 'double-skin milk pudding (a Cantonese dessert)'],
  ['红汤', '紅湯', 'hong2 tang1', 'spicy red broth (of a hot pot)'],
  ['腊汁肉', '臘汁肉', 'la4 zhi1 rou4', 'pork stewed in a spiced sauce (Shaanxi, filling of 肉夾饃|肉夹馍)'],
  ['泰迪', '泰迪', 'tai4 di2', 'teddy (a toy poodle; a teddy bear)'],
  ['异宠', '異寵', 'yi4 chong3', 'exotic pet (reptiles, insects and the like)'],
  ['试驾', '試駕', 'shi4 jia4', 'to test-drive'],
  ['充电桩', '充電樁', 'chong1 dian4 zhuang1', 'charging post (for electric vehicles)'],
  ['影史', '影史', 'ying3 shi3', 'film history'],
  ['春节档', '春節檔', 'chun1 jie2 dang4', 'Spring Festival film season (films released for Chinese New Year)'],
  ['暑期档', '暑期檔', 'shu3 qi1 dang4', 'summer film season'],
  ['国庆档', '國慶檔', 'guo2 qing4 dang4', 'National Day film season'],
  // floods
  ['管涌', '管湧', 'guan3 yong3', 'piping (water seeping up through the ground behind a dike in a flood)'],
];
