"""CPC officials directory and Chinese offices (parsers/officials.py)."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from parsers.data.officials_table import OFFICIALS
from parsers.officials import is_chinese_office, is_cpc_official, official_title
from tests.devset_gold import gold_text

FIX = Path(__file__).parent / "fixtures"
MIN = "Minister of the International Department of the CPC Central Committee"
VM = "Vice-minister of the International Department of the CPC Central Committee"


@pytest.mark.parametrize("name, on, title", [
    ("Wang Jiarui", date(2005, 3, 15), MIN),
    ("Song Tao", date(2018, 12, 18), MIN),
    ("Liu Jianchao", date(2023, 6, 8), MIN),
    ("Liu Haixing", date(2026, 1, 21), MIN),
    ("Liu Haixing", None, MIN),
    ("Qian Hongshan", date(2020, 5, 27), VM),
    ("Ai Ping", date(2012, 5, 17), VM),
    ("Wang Yajun", date(2018, 6, 12), "Assistant Minister of the International Department of the CPC Central Committee"),
    ("Xi Jinping", date(2012, 12, 19), "General Secretary of the CPC Central Committee"),
    ("Xi Jinping", date(2021, 7, 6), "General Secretary of the CPC Central Committee and Chinese President"),
    ("Han Zheng", date(2024, 5, 1), "Chinese Vice President"),
    ("Chen Jining", date(2024, 11, 6), "Secretary of the CPC Shanghai Municipal Committee"),
    ("wang  jiarui", date(2010, 1, 1), MIN),          # case and spacing tolerated
    ("Wang Jiarui", date(1990, 1, 1), None),          # long before any tenure
    ("Nguyen Phu Trong", date(2018, 1, 1), None),
])
def test_official_title(name, on, title):
    assert official_title(name, on) == title


def test_ministers_succeed_each_other():
    ministers = sorted((s, n) for n, t, s, e in OFFICIALS if t == MIN)
    assert [n for _, n in ministers] == ["Dai Bingguo", "Wang Jiarui", "Song Tao", "Liu Jianchao", "Liu Haixing"]
    for name, _title, start, end in OFFICIALS:
        assert end is None or start < end, name


def test_is_cpc_official():
    assert is_cpc_official("Song Tao") and is_cpc_official("Sun Haiyan")
    assert not is_cpc_official("Lars Klingbeil")


@pytest.mark.parametrize("title, expected", [
    ("Minister of the International Department of the CPC Central Committee", True),
    ("Vice-minister of the IDCPC", True),
    ("head of the International Department of the Communist Party of China Central Committee", True),
    ("Chinese Ambassador to Kenya", True),
    ("Executive Vice President of the Party School of the CPC Central Committee", True),
    ("Secretary of the CPC Yunnan Provincial Committee", True),
    ("Mayor of Shanghai", True),
    ("Governor of Yunnan Province", True),
    ("Vice Chairman of the Standing Committee of the National People's Congress", True),
    ("Vice Chairman of the CPPCC National Committee", True),
    ("Chinese Vice President", True),
    ("Vietnamese Ambassador to China", False),
    ("President of the Malaysian Chinese Association", False),
    ("Head of the International Department of the CPV Central Committee", False),
    ("Secretary of the Hanoi Party Committee", False),
    ("Secretary General of the Jubilee Party", False),
    ("", False),
])
def test_is_chinese_office(title, expected):
    assert is_chinese_office(title) is expected


def test_golden_participants_sides():
    """Every CPC-side golden participant is a known official or holds a Chinese office;
    no foreign participant's title is taken for a Chinese office."""
    cpc, wrong = 0, []
    for j in sorted((FIX / "releases").glob("*.json")):
        d = json.loads(j.read_text())
        for e in d.get("events", ()):
            for p in e["participants"]:
                chinese = is_chinese_office(p["title"] or "")
                if p["side"] == "cpc":
                    cpc += 1
                    if not (chinese and (is_cpc_official(p["name"]) or "Ambassador" in p["title"]
                                         or "Provincial" in p["title"])):
                        wrong.append(p["name"])
                elif chinese or is_cpc_official(p["name"]):
                    wrong.append(p["name"])
    assert cpc > 30 and not wrong


# Two devset officials are deliberately invented and kept out of the directory: their side
# must come from the Chinese office in the text alone ("Deputy Director-General X of Bureau
# VIII of the International Department ...", "Chinese Ambassador to Bolivia X").
OUTSIDE_DIRECTORY = {"Zhao Ming", "Wang Dong",
                      # r200-r224: local and national Chinese offices with no CPC body named
                      "Zhou Jianping", "Tan Weiming", "Li Zhenhua", "Yang Minghui", "Zheng Jianbang", "Guo Fang",
                      "Chen Dongxu", "Ma Qingshan", "Wu Hanming", "Zhao Hongyu", "Deng Lishan",
                      # r276: state ministers on the CPC side only as members of a CPC leader's entourage
                      "Li Zhaoxing", "Yi Xiaozhun",
                      # r295: a CPC department head whose side comes from "of the CPC Central Committee"
                      "Liu Qibao",
                      # r321: a Political Bureau member abroad, "a senior official of the Communist Party of China (CPC)"
                      "Zhang Gaoli",
                      # r336: "assistant minister of the International Department", the department named bare
                      "Wu Jie",
                      # r352, r358: a provincial Party secretary abroad and a Political Bureau member, by their titles
                      "Luo Zhijun", "Zhao Hongzhu",
                      # r365-r369: provincial and municipal officials, a friendship association's vice president
                      "Li Bin", "Wang Dongming", "Peng Qinghua", "Guo Jinlong", "Chen Quanguo", "Zhou Ming",
                      # r384, r389, r392: "led by <title>, Name,", KCNA's "of the C.C., the CPC", an ambassador who joined
                      "Tan Weiping", "Zhou Jinhu", "Luo Zhaohui",
                      # r398, r402, r404: an official of the "CCP", a bureau director general, a municipal secretary
                      "Wen Haoran", "Peng Xiubin", "Yuan Jiajun",
                      # r408: members listed in "The Chinese delegation included ..."
                      "Liang Wei", "Hu Bin", "Xu Tao",
                      # r415: a deputy head of the Organization Department, hosted abroad
                      "Jiang Xinzhi",
                      # r418-r420: envoys named by title alone or by "Chinese Ambassador to", a delegation's leader
                      "Niu Qingbao", "Zheng Mingyuan", "Zhang Lizhong",
                      # r424: a provincial Party secretary abroad
                      "Shen Yiqin",
                      # r430, r434, r436: envoys received by parties in their own countries
                      "Li Ming", "Zhang Qiyue", "Yu Jun", "Guo Shaochun",
                      # r445, r447: ambassadors named with a title-first office
                      "Feng Biao", "Jiang Yan",
                      # r448: a Chinese minister counsellor received by a party abroad
                      "Wang Weiming",
                      # r469: an ambassador titled "of China to Iraq"
                      "Cui Wei",
                      # r487: an envoy titled only "Ambassador"
                      "Chen Li",
                      # r494: members of a CPC delegation, named bare
                      "Liu Jiang", "Sun Wei",
                      # r498: the head of China's office to Palestine
                      "Zhang Lei",
                      # r500: an office of the All-China Women's Federation
                      "Huang Xiaowei", "Chen Song",
                      # r513: a regional party secretary, an ambassador and a deputy mayor sharing a list
                      "Ma Xingrui", "Yang Ming", "Zhao Lin",
                      # r514-r516: a Chinese body's delegation leader and China's ambassadors in foreign outlets
                      "Wen Jiahao", "Li Bijian", "Zhou Ping", "Guo Haiyan",
                      # r524: IDCPC staff accompanying guests, named bare
                      "Zhang Wei", "Li Na",
                      # r526: a delegation head and members named in a foreign agency's report
                      "Ma Lin", "Li Hong", "Zhou Bin",
                      # r529: a surname in capitals, as a Kenyan outlet writes it
                      "ZHANG Wenming",
                      # r530-r704 (written by writers who never saw the parser): provincial and municipal
                      # leaders, envoys, spokesmen and heads of Chinese bodies, each with a Chinese office
                      "Zhou Qiang", "Qin Guangrong", "Qiu Xiaoqi", "Xia Baolong", "Zhang Chunxian", "Su Jian",
                      "Guan Huabing", "Xiong Bo", "Li Manchang", "Qi Zhenhong", "Wang Wenbin", "Fang Hong",
                      "Jiang Wei", "Li Lin", "Yu Weiguo", "Xian Hui", "Huang Chengwei", "Zhao Gang", "Xu Hongchen",
                      "Hu Qianwen", "Hong Liang", "Shen Minjuan", "Yang Xingping", "Tian Xuejun", "Li Jiheng",
                      "You Quan", "Yuan Shuhong", "Ge Huijun", "Lu Xinshe", "Chen Min'er", "Tang Liangzhi",
                      "Chen Hao", "Chen Hai", "Gong Zheng", "Zhou Zuyi", "Wang Hao", "Hu Henghua", "Chen Gang",
                      "Bai Enpei", "Xu Rongkai", "Guo Shengkun", "Ma Biao", "Yang Xiuping", "Yu Hong",
                      # r705-r782, written the same way
                      "Lu Kang", "Zhang Bolun", "Zhang Yiming", "Zhu Jing", "Xu Lin", "Liu Guchang", "Kong Chuizhu",
                      "Li Beihai", "Wu Hongbo", "Chai Xi", "Liu Guozhong", "Yang Wanming", "Nong Rong", "Zhang Hanhui",
                      # r783-r861, written the same way
                      "Li Changhua", "Wang Min", "Zhang Jungao", "Yuan Nansheng", "Zhang Tuo", "Xu Lyuping", "Duan Jielong",
                      "Wu Haitao", "Lu Shaye", "Xin Changxing", "Liu Zhiming", "Zhang Zuo", "Cheng Xueyuan", "Liao Liqiang",
                      "Chen Chuandong", "Hong Xiaoyong",
                      # r862-r940, written the same way
                      "Ji Bingxuan", "Xu Qin", "Zhang Limin", "Qian Bo", "Xue Bing", "Huang Xilian", "Shi Zhihong",
                      "Zheng Bijian", "Li Jianhua", "Jiang Jinquan",
                      # r941-r1020, written the same way
                      "Che Jun", "Chen Daojiang", "Han Qingxiang", "Kong Xuanyou", "Li Jie", "Liu Shaobin", "Yang Houlan",
                      # r1021-r1100, written the same way (scholars of a Party School, governors, mayors, envoys)
                      "Chen Wu", "Gong Tao", "Li Wenhui", "Liang Yanshun", "Liu Jun", "Tsering Dorje", "Wang Menghui",
                      "Wang Yong", "Zhang Guohua", "Zhang Li", "Zhang Run", "Zhang Xiaoqin", "Zhao Hong", "Zhao Yide",
                      "Zhou Xinming",
                      # r1101-r1180, written the same way
                      "Li Chengwen", "Li Junru", "Xie Chuntao", "Zhou Ding", "Zhou Hao", "Zhu Qingqiao",
                      # r1181-r1260, written the same way
                      "Hu Wenrong", "Jiang Zaidong", "Liu Xiaoming", "Pang Sen", "Qi Yu", "Qian Minjian", "Shen Chunyao",
                      "Wang Wentian", "Yu Hongyang",
                      # r1261-r1340, written the same way
                      "Chen Mingjian", "Lin Wu", "Liu Ning", "Lou Qinjian", "Xin Shunkang",
                      # r1341-r1420, written the same way
                      "Wang Jun", "Yang Weimin",
                      # r1421-r1500, written the same way
                      "Chen Bo", "He Wei", "Huang Huikang", "Li Hui", "Lu Hao", "Pan Guangxue", "Shen Xiaoming",
                      "Shi Mingde", "Zhao Chenxin", "Zheng Xianglin",
                      # r1501-r1580, written the same way (provincial secretaries and governors leading delegations)
                      "Du Jiahao", "Hu Chunhua", "Lou Yangsheng", "Shi Taifeng", "Sun Zhigang",
                      # r1581-r1660, written the same way (envoys abroad, a provincial secretary)
                      "Chai Wenrui", "Chao Xiaoliang", "Ruan Chengfa", "Wang Hejun", "Wang Hua",
                      # r1661-r1740, written the same way (delegation members: bureau heads, provincial and
                      # municipal officials, envoys and their staff)
                      "Chen Weijun", "Chen Zhenggao", "Hu Changchun", "Hu Changsheng", "Li Jiming", "Li Zhongjie",
                      "L\u00fc Youqing", "Qiu Guohong", "Wang Xin", "Wu Qiang", "Yang Ning", "Yao Jing",
                      "Zhang Chunxiang", "Zhang Jianjun", "Zheng Xiaosong", "Zhu Jinfeng",
                      # r1741-r1820, written the same way (an envoy, a provincial governor)
                      "Bai Tian", "Meng Fanli",
                      # r1821-r1900, written the same way (envoys, a minister, NPC and CPPCC officials)
                      "Jiang Jianguo", "Li Jinjin", "Liang Jianyong", "Ouyang Yujing", "Tang Renjian", "Wang Xiaolong",
                      "Xin Chunying", "Zhang Xun", "Zhang Yesui",
                      # r1901-r1980, written the same way (envoys, a provincial official)
                      "Gao Kexiang", "Jia Guide", "Lin Songtian", "Zhang Ming", "Zhao Rongxian",
                      # r1981-r2058, written the same way
                      "Wang Weizhong", "Zhao Weiping",
                      # r2059-r2299, written the same way (envoys, provincial and city leaders, NPC and CPPCC
                      # officials, Party School and Party history heads)
                      "Chen Xiaodong", "Chen Xinghai", "Cong Peiwu", "Du Xiaohui", "Han Wenxiu", "He Yiting",
                      "Huang Qifan", "Huang Yazhong", "Huang Zhiming", "Jiang Chaoliang", "Lan Tianli", "Li Li",
                      "Qin Rugang", "Qu Qingshan", "Wang Chen", "Wang Ke", "Wang Xiaodong", "Wang Xiaohui", "Wei Hua",
                      "Yang Jinhua", "Yin Li", "Zhang Gong", "Zhao Guofeng",
                      # r2300-r2532, written the same way (envoys, provincial and regional officials)
                      "Cui Jianchun", "Deng Weiping", "He Yongping", "Huang Songfu", "Jiang Lin", "Li Shuhua",
                      "Qin Guowen", "Sun Weidong", "Tan Jian", "Tan Weimin", "Wang Jingmin", "Wei Tao", "Xiao Qian",
                      "Xu Feihong", "Xu Jianguo", "Yang Yanyi", "Zhang Hongyun", "Zhou Haibing",
                      # r2534-r2775, written the same way (envoys, provincial leaders, ministers, an NDRC official)
                      "Cui Tiankai", "Fei Gaoyun", "Hu Guangjie", "Hua Xin", "La Yifan", "Mao Weiming", "Ning Jizhe",
                      "Sun Guoxiang", "Tian Peiyan", "Wu Jianghao", "Wu Ken", "Xu Dazhe", "Xu Shaoshi", "Xu Shousheng",
                      "Yi Lianhong", "Zheng Shanjie", "Zhong Jianhua",
                      # r2776-r2855, written the same way (envoys, a minister, provincial leaders)
                      "Hu Zhongxiong", "Li Lianhe", "Liu Yuhe", "Wang Wentao", "Wang Yubo", "Yin Hong",
                      # r2933-r3296, written the same way (envoys, provincial leaders, a CPPCC vice-chairman, an
                      # invented regional official; "Lu Youqing" and "Lü Youqing" as each release writes him)
                      "Cai Run", "Chang Hua", "Chen Jianguo", "Chen Yuming", "Du Qinglin", "Gu Chaoxi", "Gu Xiaojie",
                      "Li Baorong", "Li Ruiyu", "Lu Youqing", "Luo Baoming", "L\u00fc Youqing", "Rao Hongwei",
                      "Tian Guangfeng", "Tian Wen", "Wang Lutong", "Wu Chuntai", "Wu Sike", "Xin Ming", "Yao Wen",
                      "Zhu Bangzao",
                      # r3297-r3369, written the same way (an envoy, a city mayor, an NPC vice-chairman, two invented
                      # officials: a consul general and a vice-governor)
                      "Ge Honglin", "Li Jinzhang", "Lin Wenjun", "Ma Jianmin", "Wan Exiang",
                      # r3373-r3622, written the same way (envoys and consuls, provincial and regional leaders, a
                      # friendship association's head, a Party School official, invented city and bureau officials)
                      "Bu Xiaolin", "Chen Haosu", "Gong Xiaosheng", "Hua Yuan", "Huang Shiyong", "Liu Bin", "Liu Xinsheng",
                      "Lu Kun", "Ma Zhanwu", "Qi Qianjin", "Sun Zhengcai", "Xie Xiaoyan", "Xing Haiming", "Zha Liyou",
                      "Zhang Wentao", "Zhang Xiao", "Zhou Weimin",
                      # r3623-r4033, written the same way (envoys, regional and provincial leaders of Xinjiang,
                      # Xizang, Guangdong and Jilin, a state minister, an invented city official)
                      "Bayanqolu", "Cheng Yonghua", "Huang Huahua", "Ismail Tiliwaldi", "Padma Choling", "Shohrat Zakir",
                      "Song Yang", "Wang Junzheng", "Wang Lequan", "Xie Zhenhua", "Yan Jinhai", "Yang Ningbo", "Zhang Bin",
                      "Zhang Ping", "Zhang Qingli", "Zhao Zhengyong", "Zheng Zhuqiang", "Zou Xiaoli",
                      # r4034-r4910, written the same way (envoys and consuls general, provincial, regional and city
                      # leaders, a former IDCPC vice-minister, Party School and research officials, invented consuls)
                      "Bu Jianguo", "Cao Xiaolin", "Cheng Jingye", "Erkin Tuniyaz", "Hu Heping", "Hu Yuting", "Huang Qiang",
                      "Jin Xin", "Jin Yonghe", "Li Changlin", "Li Huaxin", "Liang Baohua", "Liu Haitao", "Liu Yuqin",
                      "Qin Rupei", "Sun Baohong", "Sun Chunlan", "Sun Heping", "Tan Jialin", "Tang Dengjie", "Tang Wenbo",
                      "Tian Qi", "Wang Di", "Wang Lixia", "Wang Xiankui", "Wei Hong", "Xu Ruoyu", "Yu Hongyao",
                      "Zhang Baoshun", "Zhang Junsai", "Zhao Jianhua", "Zhao Yali", "Zhao Zhiyuan", "Zhu Xiaodan",
                      # r4912-r5338, written the same way (envoys, provincial leaders, Party School and research
                      # officials)
                      "Chen Baosheng", "Chen Duqing", "Gao Shumao", "Jiang Yikang", "Leng Rong", "Li Chuncheng", "Ma Jia",
                      "Qian Yunlu", "Wang Kejian", "Zhang Bo", "Zhang Yan",
                      # r5339-r5448, written the same way (envoys, a city and a provincial official, a research head)
                      "Qi Jianguo", "Wang Weiguang", "Zeng Fanhua", "Zhang Wanxue",
                      # r5449-r5605, written the same way (three envoys)
                      "Han Chunlin", "Lin Lin", "Liu Xianfa",
                      # r5606-r5681 (an embassy counsellor, a provincial official, an economist, a state official)
                      "Chen Xiwen", "Li Song", "Lin Tao", "Liu Yongxing",
                      # r5682-r5760 (envoys, embassy counsellors, provincial officials, scholars)
                      "Chen Wenhua", "Feng Zhili", "Huang Ping", "Huang Yuanjun", "Li Chunhua", "Liu Guijin", "Wang Hongyan",
                      "Wang Xuefeng", "Xu Chen", "Zhao Hongwei",
                      # r5761-r5834 (a provincial party secretary)
                      "Wu Yingjie",
                      # r5983-r6131 (provincial officials, a minister counsellor of an embassy)
                      "Deng Xiaogang", "Fei Zhirong", "Zhao Kezhi", "Zhu Xiangzhong",
                      # r6132-r6362 (envoys, provincial leaders, a spokesperson, a united front official, a Politburo member)
                      "Huang Huaguang", "Liang Yinzhu", "Liu Qi", "Lü Zushan", "Nur Bekri", "Wu Donghe", "Zhang Yijiong",
                      # r6438-r6506 (an ambassador)
                      "Zhang Jinfeng",
                      # r6507-r6737 (an ambassador, a consul general, a planning official)
                      "Jiang Yuande", "Yu Peng", "Zhu Zhixin",
                      # r6738-r6974 (an ambassador)
                      "Zhou Yuxiao",
                      # r6975-r7054 (an embassy counsellor)
                      "Liu Bo",
                      # r7055-r7212 (three ambassadors or embassy officials, a provincial Party secretary)
                      "Dai Bing", "Qi Dayu", "Zhao Baogang", "Luo Qingquan",
                      # r7450-r7608 (two ambassadors, a provincial vice-governor)
                      "Cao Zhongming", "Yin Hengmin", "Gao Shuxun",
                      # r7609-r7757 (an ambassador, a chargé d'affaires)
                      "Gong Jianzhong", "Li Xuhang",
                      # r7758-r7834 (an embassy counsellor)
                      "Xu Yi",
                      # r7987-r8133 (an ambassador, a provincial Party secretary)
                      "Ma Canrong", "Lin Duo",
                      # r8440-r8594 (an ambassador)
                      "Liu Jian",
                      # r8595-r8824 (two ambassadors, an embassy's counsellor)
                      "Zhang Xianyi", "Pang Chunxue", "Zhao Lijian",
                      # r9116-r9352 (ambassadors, a consul general, a ministry official)
                      "Yi Xianliang", "Chen Peijie", "Wang Zhenyao", "Li Baodong",
                      # r9503-r9799 (two ambassadors)
                      "Wu Chunhua", "Tong Defa",
                      # r9800-r10192 (an embassy counsellor)
                      "Wang Tao",
                      # r10193-r10508 (three ambassadors and an embassy counsellor)
                      "Li Xiaosi", "Ye Dabo", "Zheng Qingdian", "Yao Fei",
                      # r10514-r10675 (a regional vice chairman)
                      "Ren Yaping",
                      # r10676-r10835 (two ambassadors and a department bureau's deputy director-general)
                      "Wang Zhiqiang", "Wang Gang", "Li Jian",
                      # r10836-r10997 (a consul general)
                      "Long Dingbin",
                      # r10998-r11156 (a provincial party secretary)
                      "Chen Run'er",
                      # r11303-r11381 (an ambassador to the Congo)
                      "Ma Fulin",
                      # r11382-r11540 (ambassadors to Sudan, the DRC and South Sudan)
                      "Luo Xiaoguang", "Zhao Bin", "Hua Ning",
                      # r11541-r11699 (an ambassador to South Sudan)
                      "Li Zhiguo",
                      # r11700-r11858 (ambassadors to South Sudan, Niger and Dominica; a deputy head of the Policy Research Office)
                      "He Xiangdong", "Zhang Lijun", "Lin Xianjiang", "Zheng Xinli",
                      # r12323-r12630 (an assistant minister of the department, ambassadors to Laos and India, a regional Party secretary)
                      "He Jun", "Guan Hua", "Le Yucheng", "Chu Bo",
                      # r12631-r12704 (an ambassador to Nigeria)
                      "Yu Dunhai",
                      # r12705-r12864 (ambassadors to India and the Republic of the Congo)
                      "Wei Wei", "Li Yan",
                      # r13181-r13707 (an ambassador to the Republic of the Congo; a Politburo member)
                      "An Qing", "Yang Xiaodu",
                      # r13708-r13858 (a state councillor; a head of the Organization Department)
                      "Tang Jiaxuan", "Li Ganjie",
                      # r13859-r14253 (a deputy director-general of the department; a provincial party secretary;
                      # the head of a national administration)
                      "Wang Xinfeng", "Qiang Wei", "Wang Zhengpu",
                      # r14254-r14412 (a provincial party secretary)
                      "Yuan Chunqing",
                      # r14413-r14807 (two ambassadors and a city party secretary)
                      "Guan Jian", "Ma Qiang", "Wang Rong",
                      # r14808-r15283 (two ambassadors)
                      "Wu Dawei", "Xia Huang",
                      # r15284-r15595 (ambassadors and envoys at their posts, a provincial secretary)
                      "Chen Xingzhong", "Li Shuli", "Ma Mingqiang", "Song Aiguo", "Sun Yuxi", "Wang Yunkun", "Zhang Xinsen",
                      # r15596-r16045 (ambassadors at their posts, provincial secretaries)
                      "Cai Ge", "Shi Zongyuan", "Wang Sanyun", "Zhou Jian",
                      # r16046-r16352: envoys and provincial secretaries of rounds 237-240
                      "Ji Ping", "Ni Ruchi", "Ou Jianhong", "Wu Zexian", "Yin Yicui", "Zhao Jiangping",
                      # r16353-r16797: envoys and provincial secretaries of rounds 241-246
                      "Chen Xu", "Cui Aimin", "Cui Zhiwei", "Du Qiwen", "Fu Huaqiang", "Gao Yanping", "Lan Lijun",
                      "Li Qinfeng", "Liu Hongyang", "Wang Jingqing", "Xiao Jianguo", "Xu L\u00fcping", "Yang Min", "Yue Bin",
                      "Zhou Qian",
                      # r16798-r17028: envoys of rounds 247, 248 and 250
                      "Guo Min", "Su Rong", "Yu Bo", "Zhai Jun",
                      # r17029-r17100: an envoy of the held round 249
                      "Zhu Jingyang",
                      # r17101-r17493: envoys and provincial officials of rounds 252 to 256
                      "Du Dewen", "Fu Jijun", "He Yong", "Liu Jinsong", "Sun Shuzhong", "Wu Xi", "Xie Xiaoyong",
                      "Yang Xiaoguang", "Zhang Xuezhong",
                      # r17494-r17562: an envoy of the held round 251
                      "Pan Weifang",
                      # r17563-r18159: envoys, provincial leaders and scholars of rounds 257-264
                      "Bian Jianqiang", "Chen Luning", "Ding Wei", "Gao Zhengyue", "Li Shenming", "Wang Xiaoyuan",
                      "Wang Yulin", "Wei Jinghua", "Wei Qiang", "Zhang Yanhui", "Zhao Yanbo"}


def test_golden_cpc_people_are_in_the_directory():
    names = set()
    for line in gold_text().splitlines():
        names.update(json.loads(line).get("cpc_people", []))
    assert OUTSIDE_DIRECTORY <= names
    assert not any(is_cpc_official(n) for n in OUTSIDE_DIRECTORY)
    assert {n for n in names if not is_cpc_official(n)} == OUTSIDE_DIRECTORY
