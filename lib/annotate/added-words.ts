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
  // hospitals and Chinese medicine
  ['心衰', '心衰', 'xin1 shuai1', 'heart failure (abbr. for 心力衰竭)'],
  ['气短', '氣短', 'qi4 duan3', 'short of breath; (fig.) disheartened'],
  ['主治医生', '主治醫生', 'zhu3 zhi4 yi1 sheng1', 'attending physician; the doctor in charge (of a patient)'],
  ['中药房', '中藥房', 'zhong1 yao4 fang2', 'Chinese herbal pharmacy; dispensary of traditional Chinese medicine'],
  ['换药', '換藥', 'huan4 yao4', 'to change a (wound) dressing'],
  ['起针', '起針', 'qi3 zhen1', 'to withdraw the (acupuncture) needles; (knitting) to cast on'],
  ['肝郁', '肝鬱', 'gan1 yu4', '(TCM) liver qi stagnation'],
  ['藿香正气水', '藿香正氣水', 'Huo4 xiang1 zheng4 qi4 shui3', 'Huoxiang Zhengqi liquid (a patent Chinese medicine for summer colds and upset stomachs)'],
  ['意外险', '意外險', 'yi4 wai4 xian3', 'accident insurance'],
  // technology
  ['流片', '流片', 'liu2 pian4', '(semiconductors) tape-out; to tape out (send a chip design for its first fabrication run)'],
  ['空域', '空域', 'kong1 yu4', 'airspace'],
  // roads, railways, towns and villages
  ['省道', '省道', 'sheng3 dao4', 'provincial highway'],
  ['班列', '班列', 'ban1 lie4', 'scheduled (freight) train service'],
  ['中欧班列', '中歐班列', 'Zhong1 Ou1 Ban1 lie4', 'China–Europe Railway Express (scheduled freight trains between China and Europe)'],
  ['街角', '街角', 'jie1 jiao3', 'street corner'],
  ['街口', '街口', 'jie1 kou3', 'street corner; the end of a street where it meets another'],
  ['开园', '開園', 'kai1 yuan2', 'to open (a park, zoo or garden) to the public'],
  ['寨子', '寨子', 'zhai4 zi5', '(stockaded) village'],
  ['吊脚楼', '吊腳樓', 'diao4 jiao3 lou2', 'stilt house (a wooden house on stilts, built on a slope or over water)'],
  ['苗年', '苗年', 'Miao2 nian2', 'Miao New Year (festival of the Miao people)'],
  // food, tea, industry, school
  ['明前茶', '明前茶', 'ming2 qian2 cha2', 'pre-Qingming tea (spring tea picked before the Qingming festival)'],
  ['冷面馆', '冷麵館', 'leng3 mian4 guan3', 'cold-noodle restaurant (serving naengmyeon)'],
  ['黑烟', '黑煙', 'hei1 yan1', 'black smoke'],
  ['上百', '上百', 'shang4 bai3', 'up to a hundred; hundreds of'],
  ['一年级', '一年級', 'yi1 nian2 ji2', 'first grade (of primary school); first year (of a school)'],
  ['查分', '查分', 'cha2 fen1', "to check one's (exam) scores"],
  ['错题本', '錯題本', 'cuo4 ti2 ben3', 'notebook of mistakes (where a student copies out the questions answered wrongly)'],
  ['周考', '週考', 'zhou1 kao3', 'weekly test'],
  ['中小学生', '中小學生', 'zhong1 xiao3 xue2 sheng1', 'primary and secondary school pupils'],
  ['四人间', '四人間', 'si4 ren2 jian1', 'four-person room (in a dormitory, hotel or hospital)'],
  ['上床下桌', '上床下桌', 'shang4 chuang2 xia4 zhuo1', 'bed above, desk below (a dormitory loft bed)'],
  ['话剧社', '話劇社', 'hua4 ju4 she4', 'drama club'],
  // work, money and offices
  ['日结', '日結', 'ri4 jie2', 'paid daily; settled at the end of each day'],
  ['院方', '院方', 'yuan4 fang1', 'the hospital (or museum, institute) as a party; the management'],
  ['三防办', '三防辦', 'san1 fang2 ban4', 'flood, drought and typhoon control office (of a local government)'],
  ['涉水', '涉水', 'she4 shui3', 'to wade through water; to ford'],
  // museums
  ['神坛', '神壇', 'shen2 tan2', 'altar (to the gods); (fig.) pedestal'],
  ['现藏', '現藏', 'xian4 cang2', 'now kept in (a museum or collection)'],
  ['擂鼓墩', '擂鼓墩', 'Lei2 gu3 dun1', 'Leigudun, a hill in Suizhou city, Hubei, site of the tomb of Marquis Yi of Zeng'],
  // travel abroad
  ['新币', '新幣', 'xin1 bi4', 'Singapore dollar (abbr.); new currency'],
  ['道顿堀', '道頓堀', 'Dao4 dun4 ku1', 'Dōtonbori, an entertainment district along a canal in Osaka'],
  ['心斋桥', '心齋橋', 'Xin1 zhai1 qiao2', 'Shinsaibashi, a shopping district of Osaka'],
  ['伏见稻荷大社', '伏見稻荷大社', 'Fu2 jian4 Dao4 he2 Da4 she4', 'Fushimi Inari Taisha, a Shinto shrine in Kyoto city'],
  ['环球影城', '環球影城', 'Huan2 qiu2 Ying3 cheng2', 'Universal Studios (theme park)'],
  ['斗兽场', '鬥獸場', 'dou4 shou4 chang3', 'arena for animal fights; the Colosseum (in Rome)'],
  ['万神殿', '萬神殿', 'Wan4 shen2 dian4', 'the Pantheon (in Rome)'],
  ['乌菲兹', '烏菲茲', 'Wu1 fei1 zi1', 'Uffizi (the Uffizi Gallery in Florence)'],
  ['牛车水', '牛車水', 'Niu2 che1 shui3', "Chinatown (Kreta Ayer), a district of Singapore"],
  // sport and entertainment
  ['混双', '混雙', 'hun4 shuang1', 'mixed doubles (in badminton, table tennis, tennis)'],
  ['国羽', '國羽', 'guo2 yu3', 'the Chinese national badminton team'],
  ['梅开二度', '梅開二度', 'mei2 kai1 er4 du4', 'to score twice in one match; (of a woman) to marry a second time'],
  ['铿锵玫瑰', '鏗鏘玫瑰', 'keng1 qiang1 mei2 gui1', 'Steel Roses (nickname of the Chinese women\'s football team)'],
  ['首播', '首播', 'shou3 bo1', 'premiere; first broadcast'],
  ['口型', '口型', 'kou3 xing2', 'mouth shape; lip movements (in dubbing or lip-syncing)'],
  ['书迷', '書迷', 'shu1 mi2', 'book lover; fan of a novel or a writer'],
  ['一抢而空', '一搶而空', 'yi1 qiang3 er2 kong1', 'snapped up in no time; sold out at once'],
  // government notices
  ['参保', '參保', 'can1 bao3', 'to be insured (under a social insurance scheme)'],
  ['特困', '特困', 'te4 kun4', 'in extreme poverty'],
  ['人社', '人社', 'ren2 she4', 'human resources and social security (abbr. for 人力資源和社會保障|人力资源和社会保障)'],
  ['住建局', '住建局', 'zhu4 jian4 ju2', 'housing and urban-rural development bureau (of a city or district)'],
  ['逐户', '逐戶', 'zhu2 hu4', 'household by household; door to door'],
  ['补正', '補正', 'bu3 zheng4', 'to supplement and correct (documents)'],
  ['所称', '所稱', 'suo3 cheng1', 'referred to (in a regulation: 本办法所称 "as used in these measures")'],
  ['次年', '次年', 'ci4 nian2', 'the following year'],
  ['优亲厚友', '優親厚友', 'you1 qin1 hou4 you3', 'to favour one\'s relatives and friends (in handing out benefits)'],
  // temples, customs and snacks
  ['敬香', '敬香', 'jing4 xiang1', 'to offer incense respectfully (at a temple)'],
  ['梅花桩', '梅花樁', 'mei2 hua1 zhuang1', 'plum-blossom stakes (poles for martial arts practice or lion dances)'],
  ['卤煮', '滷煮', 'lu3 zhu3', 'Beijing-style stewed pork offal with bread (a snack); to stew in spiced broth'],
  ['驴打滚', '驢打滾', 'lü2 da3 gun3', 'glutinous rice rolls coated in soybean flour (a Beijing snack)'],
  ['坐北朝南', '坐北朝南', 'zuo4 bei3 chao2 nan2', '(of a building) to face south with its back to the north'],
  ['托人', '託人', 'tuo1 ren2', 'to ask someone to do something for one'],
  // the army
  ['向右看齐', '向右看齊', 'xiang4 you4 kan4 qi2', 'Right, dress! (drill command)'],
  ['课目', '課目', 'ke4 mu4', 'subject (of training or study)'],
  ['转场', '轉場', 'zhuan3 chang3', 'to redeploy (to another airfield or site); to change scenes'],
  ['指挥所', '指揮所', 'zhi3 hui1 suo3', 'command post'],
  ['合成旅', '合成旅', 'he2 cheng2 lü3', 'combined-arms brigade'],
  // online talk
  ['班味', '班味', 'ban1 wei4', '(slang) the jaded look of an office worker'],
  ['肉疼', '肉疼', 'rou4 teng2', '(coll.) to feel the pinch (of spending money); to grudge'],
  ['宝子', '寶子', 'bao3 zi5', '(slang) dear; babe (a friendly way to address someone online)'],
  // northeastern speech
  ['得劲', '得勁', 'de2 jin4', '(dialect) comfortable; feeling good; just right'],
  ['嘎哈', '嘎哈', 'ga2 ha2', '(northeastern dialect) what are you doing?; what for?'],
  // the stock market
  ['降准', '降準', 'jiang4 zhun3', 'to cut the reserve requirement ratio (of banks)'],
  ['盘中', '盤中', 'pan2 zhong1', 'during the trading session'],
  ['早盘', '早盤', 'zao3 pan2', 'morning trading session'],
  ['归母', '歸母', 'gui1 mu3', 'attributable to shareholders of the parent company'],
  ['放量', '放量', 'fang4 liang4', '(of trading volume) to swell; to rise on heavy volume'],
  ['落袋为安', '落袋為安', 'luo4 dai4 wei2 an1', 'to take one\'s profits and feel safe (cash in gains)'],
  ['深证成指', '深證成指', 'Shen1 zheng4 Cheng2 zhi3', 'Shenzhen Component Index'],
  ['创业板指', '創業板指', 'Chuang4 ye4 ban3 zhi3', 'ChiNext Index (of the Shenzhen stock exchange)'],
  // flats, fitness
  ['主卧', '主臥', 'zhu3 wo4', 'master bedroom'],
  ['次卧', '次臥', 'ci4 wo4', 'second bedroom'],
  ['精装修', '精裝修', 'jing1 zhuang1 xiu1', 'fully fitted and decorated (of a flat)'],
  ['有氧', '有氧', 'you3 yang3', 'aerobic; cardio (exercise)'],
  ['年卡', '年卡', 'nian2 ka3', 'annual pass; yearly membership card'],
  ['平台期', '平台期', 'ping2 tai2 qi1', 'plateau (a stage where weight loss or progress stalls)'],
  // streets and sights
  ['春熙路', '春熙路', 'Chun1 xi1 Lu4', 'Chunxi Road, a shopping street of Chengdu'],
  ['太古里', '太古里', 'Tai4 gu3 Li3', 'Taikoo Li, an open-air shopping quarter of Chengdu and Beijing'],
  ['光明顶', '光明頂', 'Guang1 ming2 ding3', 'Bright Summit, a peak of the Huangshan mountains'],
  ['郫都区', '郫都區', 'Pi2 du1 Qu1', 'Pidu District of Chengdu city'],
  ['中储粮', '中儲糧', 'Zhong1 chu3 liang2', 'Sinograin (China Grain Reserves Corporation), a state company'],
  ['陆家嘴', '陸家嘴', 'Lu4 jia1 zui3', 'Lujiazui, the financial district of Pudong, Shanghai'],
  ['东方明珠', '東方明珠', 'Dong1 fang1 Ming2 zhu1', 'the Oriental Pearl Tower, a TV tower in Pudong, Shanghai'],
  ['长兴岛', '長興島', 'Chang2 xing1 Dao3', 'Changxing Island, an island in the Yangtze estuary, part of Shanghai'],
  // streets named after a date, found in many cities (jieba cut 八|一路 "all the way")
  ['八一路', '八一路', 'Ba1 yi1 Lu4', 'Bayi Road (August 1st Road, a street name in many Chinese cities)'],
  ['五一路', '五一路', 'Wu3 yi1 Lu4', 'Wuyi Road (May 1st Road, a street name in many Chinese cities)'],
  ['五四路', '五四路', 'Wu3 si4 Lu4', 'Wusi Road (May 4th Road, a street name in several Chinese cities)'],
  ['七一路', '七一路', 'Qi1 yi1 Lu4', 'Qiyi Road (July 1st Road, a street name in several Chinese cities)'],
  // sights
  ['解放碑', '解放碑', 'Jie3 fang4 bei1', 'Jiefangbei (the Liberation Monument), a square and shopping district in central Chongqing'],
  ['洪崖洞', '洪崖洞', 'Hong2 ya2 dong4', 'Hongyadong, a scenic area of stilt houses on the cliffs of the Jialing River in Chongqing'],
];
