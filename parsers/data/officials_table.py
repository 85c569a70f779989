"""CPC officials who appear in IDCPC releases, one row per tenure.

Rows: (name, title, start "YYYY-MM-DD", end "YYYY-MM-DD" or None). Titles are written the
way the releases write them. Where the exact day of an appointment is not known the
boundary is the first day of a month or year (marked "approx."); `officials.official_title`
tolerates that by falling back to the nearest tenure within a year.
"""

_ID = "of the International Department of the CPC Central Committee"
MIN = "Minister " + _ID
VM = "Vice-minister " + _ID
AM = "Assistant Minister " + _ID
PSC = "Member of the Standing Committee of the Political Bureau of the CPC Central Committee"

OFFICIALS: list[tuple[str, str, str, str | None]] = [
    # --- IDCPC ministers ---
    ("Dai Bingguo", MIN, "1997-08-01", "2003-03-01"),          # approx.
    ("Wang Jiarui", MIN, "2003-03-01", "2015-11-01"),          # approx. months
    ("Song Tao", MIN, "2015-11-01", "2022-06-01"),             # approx.
    ("Liu Jianchao", MIN, "2022-06-01", "2025-09-01"),         # approx.
    ("Liu Haixing", MIN, "2025-09-01", None),                  # approx.; appointed late 2025
    # --- IDCPC vice-ministers (approx. year boundaries unless stated) ---
    ("Cai Wu", VM, "1997-01-01", "2005-08-01"),
    ("Ma Wenpu", VM, "1999-01-01", "2009-01-01"),
    ("Zhang Zhijun", VM, "2001-01-01", "2009-01-01"),
    ("Liu Hongcai", VM, "2003-01-01", "2010-03-01"),
    ("Ai Ping", VM, "2008-01-01", "2016-07-01"),
    ("Chen Fengxiang", VM, "2008-01-01", "2015-01-01"),
    ("Liu Jieyi", VM, "2009-01-01", "2013-08-01"),
    ("Li Jinjun", VM, "2009-01-01", "2015-09-01"),
    ("Yu Hongjun", VM, "2009-01-01", "2016-01-01"),
    ("Shen Beili", VM, "2011-01-01", "2016-01-01"),            # uncertain
    ("Xu Lvping", VM, "2015-01-01", "2018-01-01"),             # approx.; seen 2016
    ("Zhou Li", VM, "2013-01-01", "2018-01-01"),               # uncertain
    ("Guo Yezhou", VM, "2013-01-01", "2023-07-01"),
    ("Li Jun", VM, "2014-01-01", "2021-01-01"),
    ("Qian Hongshan", VM, "2015-06-01", "2024-01-01"),
    ("Wang Yajun", AM, "2015-01-01", "2021-01-01"),
    ("Wang Yajun", "Chinese Ambassador to the DPRK", "2021-01-01", None),   # approx.
    ("Li Mingxiang", VM, "2018-01-01", None),                  # uncertain start; still Vice-minister in Oct 2025
    ("Chen Zhou", VM, "2019-01-01", None),
    ("Sun Haiyan", "Chinese Ambassador to Singapore", "2022-05-01", "2023-06-01"),   # approx.
    ("Sun Haiyan", VM, "2023-06-01", None),                    # approx.
    ("Ma Hui", VM, "2023-01-01", None),
    ("Zhu Rui", AM, "2022-01-01", None),                       # approx.; seen 2023
    ("Zhao Shitong", AM, "2023-01-01", None),                  # approx.; seen 2024
    ("Hu Zhaoming", "Spokesperson of the International Department of the CPC Central Committee",
     "2018-01-01", "2025-01-01"),                              # approx.
    # --- top leaders and other Chinese office-holders met in releases ---
    ("Hu Jintao", "General Secretary of the CPC Central Committee and Chinese President",
     "2003-03-15", "2012-11-15"),
    ("Xi Jinping", PSC + " and Chinese Vice President", "2008-03-15", "2012-11-15"),
    ("Xi Jinping", "General Secretary of the CPC Central Committee", "2012-11-15", "2013-03-14"),
    ("Xi Jinping", "General Secretary of the CPC Central Committee and Chinese President",
     "2013-03-14", None),
    ("Wen Jiabao", "Chinese Premier", "2003-03-16", "2013-03-15"),
    ("Wu Bangguo", "Chairman of the Standing Committee of the National People's Congress",
     "2003-03-15", "2013-03-14"),
    ("Jia Qinglin", "Chairman of the National Committee of the Chinese People's Political "
     "Consultative Conference", "2003-03-13", "2013-03-11"),
    ("Zeng Qinghong", "Chinese Vice President", "2003-03-15", "2008-03-15"),
    ("Li Changchun", PSC, "2002-11-15", "2012-11-15"),
    ("He Guoqiang", PSC, "2007-10-22", "2012-11-15"),
    ("Zhou Yongkang", PSC, "2007-10-22", "2012-11-15"),
    ("Wu Guanzheng", PSC, "2002-11-15", "2007-10-22"),
    ("Luo Gan", PSC, "2002-11-15", "2007-10-22"),
    ("Li Keqiang", "Chinese Vice Premier", "2008-03-17", "2013-03-15"),
    ("Li Keqiang", "Chinese Premier", "2013-03-15", "2023-03-11"),
    ("Liu Yunshan", "Head of the Publicity Department of the CPC Central Committee",
     "2002-10-01", "2012-11-15"),                              # approx.
    ("Liu Yunshan", PSC, "2012-11-15", "2017-10-25"),
    ("Li Jingtian", "Executive Vice President of the Party School of the CPC Central Committee",
     "2007-01-01", "2013-04-01"),                              # uncertain
    ("Li Yuanchao", "Chinese Vice President", "2013-03-14", "2018-03-17"),
    ("Zhang Dejiang", "Chairman of the Standing Committee of the National People's Congress",
     "2013-03-14", "2018-03-17"),
    ("Yu Zhengsheng", "Chairman of the National Committee of the Chinese People's Political "
     "Consultative Conference", "2013-03-11", "2018-03-14"),
    ("Wang Qishan", "Chinese Vice President", "2018-03-17", "2023-03-10"),
    ("Li Zhanshu", "Chairman of the Standing Committee of the National People's Congress",
     "2018-03-17", "2023-03-10"),
    ("Wang Yang", "Chairman of the National Committee of the Chinese People's Political "
     "Consultative Conference", "2018-03-14", "2023-03-10"),
    ("Wang Huning", PSC + " and Secretary of the Secretariat of the CPC Central Committee",
     "2017-10-25", "2022-10-23"),
    ("Wang Huning", PSC, "2022-10-23", "2023-03-10"),
    ("Wang Huning", "Chairman of the National Committee of the Chinese People's Political "
     "Consultative Conference", "2023-03-10", None),
    ("Zhao Leji", "Chairman of the Standing Committee of the National People's Congress",
     "2023-03-10", None),
    ("Cai Qi", "Secretary of the CPC Beijing Municipal Committee", "2017-05-27", "2022-10-30"),
    ("Cai Qi", PSC + " and Secretary of the Secretariat of the CPC Central Committee",
     "2022-10-23", None),
    ("Li Qiang", "Secretary of the CPC Shanghai Municipal Committee", "2017-10-29", "2022-10-28"),
    ("Li Qiang", "Chinese Premier", "2023-03-11", None),
    ("Han Zheng", "Secretary of the CPC Shanghai Municipal Committee", "2012-11-20", "2017-10-29"),
    ("Han Zheng", "Chinese Vice Premier", "2018-03-19", "2023-03-12"),
    ("Han Zheng", "Chinese Vice President", "2023-03-10", None),
    ("Ding Xuexiang", "Chinese Vice Premier", "2023-03-12", None),
    ("Li Hongzhong", "Member of the Political Bureau of the CPC Central Committee and Vice Chairman of the "
     "Standing Committee of the National People's Congress", "2023-03-10", None),
    ("Li Xi", "Secretary of the Central Commission for Discipline Inspection", "2022-10-23", None),
    ("Yang Jiechi", "Chinese Foreign Minister", "2007-04-27", "2013-03-16"),
    ("Yang Jiechi", "Director of the Office of the Central Foreign Affairs Commission",
     "2018-03-01", "2023-01-01"),                              # approx.
    ("Wang Yi", "Chinese Foreign Minister", "2013-03-16", "2022-12-30"),
    ("Wang Yi", "Director of the Office of the Central Foreign Affairs Commission and Chinese "
     "Foreign Minister", "2023-07-25", None),
    ("Chen Jining", "Mayor of Beijing", "2017-05-27", "2022-10-28"),   # approx.
    ("Chen Jining", "Secretary of the CPC Shanghai Municipal Committee", "2022-10-28", None),
    ("Wang Ning", "Secretary of the CPC Yunnan Provincial Committee", "2021-11-01", None),  # approx.
    ("Zhou Pingjian", "Chinese Ambassador to Kenya", "2019-11-01", "2025-01-01"),  # approx.
    ("Li Junhua", "Chinese Ambassador to Italy", "2019-01-01", "2022-08-01"),      # approx.
    ("Liu Yantao", "Chinese Ambassador to Cyprus", "2021-01-01", None),           # approx.
    # Politburo members who lead CPC delegations abroad (publicity, organisation work)
    ("Huang Kunming", "Member of the Political Bureau of the CPC Central Committee and Head of the "
     "Publicity Department of the CPC Central Committee", "2017-10-25", "2022-10-23"),
    ("Huang Kunming", "Secretary of the CPC Guangdong Provincial Committee", "2022-10-28", None),   # approx.
    ("Li Shulei", "Member of the Political Bureau of the CPC Central Committee and Head of the "
     "Publicity Department of the CPC Central Committee", "2022-10-23", None),
    ("Meng Xiangfeng", "Deputy Director of the General Office of the CPC Central Committee",
     "2017-01-01", "2022-01-01"),                              # approx.
    ("Zhang Qingwei", "Vice Chairman of the Standing Committee of the National People's Congress",
     "2023-03-10", None),
    # ambassadors who join CPC delegations abroad (approx. year boundaries)
    ("Chen Xi", "Chinese Ambassador to Cuba", "2017-01-01", "2021-01-01"),  # not the Organization Dept head
    ("Hou Yanqi", "Chinese Ambassador to Nepal", "2018-05-01", "2022-03-01"),
    ("Wu Peng", "Chinese Ambassador to South Africa", "2023-01-01", None),
]

# Provinces, autonomous regions and municipalities (for is_chinese_office).
CHINESE_PROVINCES = (
    "Anhui", "Beijing", "Chongqing", "Fujian", "Gansu", "Guangdong", "Guangxi", "Guizhou",
    "Hainan", "Hebei", "Heilongjiang", "Henan", "Hubei", "Hunan", "Inner Mongolia", "Jiangsu",
    "Jiangxi", "Jilin", "Liaoning", "Ningxia", "Qinghai", "Shaanxi", "Shandong", "Shanghai",
    "Shanxi", "Sichuan", "Tianjin", "Tibet", "Xizang", "Xinjiang", "Yunnan", "Zhejiang",
    "Hong Kong", "Macao", "Macau",
)
