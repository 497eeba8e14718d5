/**
 * Companies, apps and brands that Chinese news and shopping talk name every day but CC-CEDICT
 * lacks (it has 京东, 淘宝, 拼多多, 华为 …): without them jieba cuts 美团 into 美 "beautiful" +
 * 团 "group" and 顺丰 into 顺 "along" + 丰 "abundant". The dictionary build adds them as entries
 * in CC-CEDICT's shape, so that they segment whole, read right and show as organizations.
 *
 * Only names that are no everyday word or name as well: not 中通 (会议中|通知), 小鹏 (a given
 * name), 去哪儿 ("where to?"), 物美 (物美价廉), 伊利 (伊利沙伯 "Elizabeth"); nor those jieba's
 * dictionary calls verbs (安踏, 当当网), which would read as phrases first.
 */
export type BrandEntry = readonly [simplified: string, traditional: string, pinyin: string, sense: string];

export const BRAND_ENTRIES: readonly BrandEntry[] = [
  ['美团', '美團', 'Mei3 tuan2', 'Meituan, Chinese company running food-delivery and local-services apps'],
  ['美团外卖', '美團外賣', 'Mei3 tuan2 Wai4 mai4', 'Meituan Waimai, the food-delivery app of the Chinese company Meituan 美團|美团[Mei3 tuan2]'],
  ['饿了么', '餓了麼', 'E4 le5 me5', 'Ele.me, Chinese food-delivery app and company (owned by Alibaba)'],
  ['大众点评', '大眾點評', 'Da4 zhong4 Dian3 ping2', 'Dianping, Chinese app and company for reviews of restaurants and local services'],
  ['顺丰', '順豐', 'Shun4 feng1', 'SF Express, Chinese courier company (abbr. for 順豐速運|顺丰速运[Shun4 feng1 Su4 yun4])'],
  ['顺丰速运', '順豐速運', 'Shun4 feng1 Su4 yun4', 'SF Express, Chinese courier company'],
  ['韵达', '韻達', 'Yun4 da2', 'Yunda Express, Chinese courier company'],
  ['极兔', '極兔', 'Ji2 tu4', 'J&T Express, courier company'],
  ['丰巢', '豐巢', 'Feng1 chao2', 'Hive Box, Chinese company running self-service parcel lockers'],
  ['菜鸟驿站', '菜鳥驛站', 'Cai4 niao3 Yi4 zhan4', 'Cainiao Post, parcel pick-up points of the Chinese logistics company Cainiao (Alibaba)'],
  ['京东物流', '京東物流', 'Jing1 dong1 Wu4 liu2', 'JD Logistics, the delivery company of the Chinese e-commerce company JD.com'],
  ['天猫', '天貓', 'Tian1 mao1', 'Tmall, Chinese online shopping platform of the company Alibaba'],
  ['闲鱼', '閒魚', 'Xian2 yu2', 'Xianyu, Chinese app for selling second-hand goods (company Alibaba)'],
  ['唯品会', '唯品會', 'Wei2 pin3 hui4', 'Vipshop, Chinese online discount retailer (company)'],
  ['盒马', '盒馬', 'He2 ma3', 'Freshippo (Hema), Chinese supermarket chain and app (company Alibaba)'],
  ['苏宁易购', '蘇寧易購', 'Su1 ning2 Yi4 gou4', 'Suning.com, Chinese electronics and appliance retailer (company)'],
  ['东方证券', '東方證券', 'Dong1 fang1 Zheng4 quan4', 'Orient Securities, Chinese brokerage (company)'],
  ['红杉中国', '紅杉中國', 'Hong2 shan1 Zhong1 guo2', 'HongShan (formerly Sequoia Capital China), venture capital firm (company)'],
  ['鞍钢', '鞍鋼', 'An1 gang1', 'Ansteel (Anshan Iron and Steel Group), Chinese steel company'],
  ['马迭尔', '馬迭爾', 'Ma3 die2 er3', 'Modern (Madieer), historic hotel on Central Street in Harbin, and its ice-lolly brand (company)'],
  ['马卡报', '馬卡報', 'Ma3 ka3 Bao4', 'Marca, Spanish sports newspaper (company)'],
  ['浙里办', '浙裡辦', 'Zhe4 li3 ban4', 'Zheliban, the Zhejiang provincial government services app'],
  ['金鸡奖', '金雞獎', 'Jin1 ji1 Jiang3', 'Golden Rooster Awards, China\'s main film awards'],
  ['贵州茅台', '貴州茅台', 'Gui4 zhou1 Mao2 tai2', 'Kweichow Moutai, Chinese maker of the liquor Moutai (company)'],
  ['泸州老窖', '瀘州老窖', 'Lu2 zhou1 Lao3 jiao4', 'Luzhou Laojiao, Chinese liquor maker (company)'],
  ['中芯国际', '中芯國際', 'Zhong1 xin1 Guo2 ji4', 'SMIC (Semiconductor Manufacturing International Corporation), Chinese chip maker (company)'],
  ['东方财富', '東方財富', 'Dong1 fang1 Cai2 fu4', 'East Money, Chinese financial information and brokerage company'],
  ['周大福', '周大福', 'Zhou1 Da4 fu2', 'Chow Tai Fook, Hong Kong jewellery company'],
  ['瑞幸', '瑞幸', 'Rui4 xing4', 'Luckin Coffee, Chinese coffee chain (company)'],
  ['喜茶', '喜茶', 'Xi3 cha2', 'Heytea, Chinese tea-drink chain (company)'],
  ['蜜雪冰城', '蜜雪冰城', 'Mi4 xue3 Bing1 cheng2', 'Mixue Bingcheng, Chinese ice-cream and tea-drink chain (company)'],
  ['链家', '鏈家', 'Lian4 jia1', 'Lianjia, Chinese real-estate agency (company)'],
  ['安居客', '安居客', 'An1 ju1 ke4', 'Anjuke, Chinese property-listing app and company'],
  ['飞猪', '飛豬', 'Fei1 zhu1', 'Fliggy, Chinese online travel agency of the company Alibaba'],
  ['途牛', '途牛', 'Tu2 niu2', 'Tuniu, Chinese online travel agency (company)'],
  ['高德地图', '高德地圖', 'Gao1 de2 Di4 tu2', 'Amap (Gaode Map), Chinese map and navigation app (company Alibaba)'],
  ['娃哈哈', '娃哈哈', 'Wa2 ha1 ha1', 'Wahaha, Chinese beverage company and brand'],
  ['蔚来', '蔚來', 'Wei4 lai2', 'NIO, Chinese electric-car company'],
  ['宁德时代', '寧德時代', 'Ning2 de2 Shi2 dai4', 'CATL (Contemporary Amperex Technology), Chinese battery company'],
  ['长城汽车', '長城汽車', 'Chang2 cheng2 Qi4 che1', 'Great Wall Motor, Chinese car company'],
  ['凯美瑞', '凱美瑞', 'Kai3 mei3 rui4', 'Camry (Toyota car model, brand)'],
  ['中国移动', '中國移動', 'Zhong1 guo2 Yi2 dong4', 'China Mobile, Chinese state telecommunications company'],
  ['中石油', '中石油', 'Zhong1 shi2 you2', 'PetroChina (China National Petroleum Corporation), Chinese state oil company'],
  ['国家电网', '國家電網', 'Guo2 jia1 Dian4 wang3', 'State Grid, Chinese state electric-power company'],
  ['戴森', '戴森', 'Dai4 sen1', 'Dyson, British home-appliance company (vacuum cleaners, hair dryers)'],
  ['三只松鼠', '三隻松鼠', 'San1 zhi1 Song1 shu3', 'Three Squirrels, Chinese snack-food company (nuts, dried fruit)'],
  ['中国平安', '中國平安', 'Zhong1 guo2 Ping2 an1', 'Ping An Insurance, Chinese insurance and financial-services company'],
  ['保利发展', '保利發展', 'Bao3 li4 Fa1 zhan3', 'Poly Developments, Chinese property-development company'],
];
