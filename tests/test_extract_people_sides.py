"""Which side a person is on: Chinese offices named without a CPC body, foreign envoys to
China, Vietnamese and Lao local party offices (our own titles)."""
from __future__ import annotations

import pytest

from parsers.chinese_offices import is_chinese_title, local_party_office


@pytest.mark.parametrize("title,cpc", [
    # an office of a Chinese province, municipality or city
    ("deputy secretary of the provincial Party committee", True),
    ("Secretary of the Jiangsu Provincial Party Committee", True),
    ("Vice Governor of Yunnan Province", True),
    ("Mayor of Chongqing", True),
    ("Chairman of the Inner Mongolia Autonomous Region", True),
    ("President of the Shanghai Institutes for International Studies", True),
    # Chinese national institutions and explicit "Chinese"/"of China"
    ("Vice President of the Chinese Academy of Social Sciences", True),
    ("Director of the China Institute of International Studies", True),
    ("Dean of the School of International Studies of Peking University", True),
    ("Ambassador of China to Uruguay", True),
    ("Counsellor of the Chinese Embassy in Laos", True),
    ("Vice Chairman of the Standing Committee of the National People's Congress", True),
    ("Vice Chairwoman of the CPPCC National Committee", True),
    ("Chinese Vice President", True),
    ("Deputy Director General of the International Example Center in China", True),
    ("Director-General of the Department of Development Planning of the National Development and Reform Commission", True),
    # foreign: envoys to China, missions in Chinese cities, Vietnamese and Lao committees
    ("Pakistani Ambassador to China", False),
    ("Ambassador of Laos to the People's Republic of China", False),
    ("Counsellor of the Vietnamese Embassy in China", False),
    ("Consul General of Viet Nam in Guangzhou", False),
    ("Secretary of the Quang Ninh Provincial Party Committee", False),
    ("Deputy Secretary of the Luang Prabang Provincial Party Committee", False),
    ("Secretary of the Hanoi Party Committee", False),
    ("President of the Vietnam-China Friendship Association", False),
    ("Secretary-General of the Shanghai Cooperation Organisation", False),
])
def test_chinese_office_without_a_cpc_body(title, cpc):
    assert is_chinese_title(title) is cpc


def test_unnamed_local_committee_abroad_is_the_hosts():
    assert is_chinese_title("Secretary of the provincial Party committee", abroad=True) is False


@pytest.mark.parametrize("title,expected", [
    ("Secretary of the Quang Ninh Provincial Party Committee", ("Communist Party of Vietnam", "VN")),
    ("Politburo member of the CPV and Secretary of the Ho Chi Minh City Party Committee",
     ("Communist Party of Vietnam", "VN")),
    ("Deputy Secretary of the Champasak Provincial Party Committee", ("Lao People's Revolutionary Party", "LA")),
    # not a party office: the People's Committee is the provincial government
    ("Vice Chairwoman of the Quang Ninh Provincial People's Committee", None),
    ("Secretary of the Jiangsu Provincial Party Committee", None),
])
def test_vietnamese_and_lao_local_party_offices(title, expected):
    assert local_party_office(title) == expected


@pytest.mark.parametrize("title,cpc", [
    ("Special Representative of the Chinese Government on African Affairs", True),
    # a central body whose name carries no "Chinese" or "CPC"
    ("Deputy Director of the Office of the Central Leading Group for Financial and Economic Affairs", True),
    ("Chairman of the Mongolian-Chinese Friendship Society", False),
    ("President of the Pakistan-China Institute", False),
    ("Chairman of the Nepal China Friendship Society", False),
])
def test_explicitly_chinese(title, cpc):
    assert is_chinese_title(title) is cpc


@pytest.mark.parametrize("text,name,side", [
    # a Pinyin-named official met at the CPC's headquarters, his title naming no Chinese body
    ("More specifically, N. Roe met at the headquarters of the Communist Party of China (CPC) with the Assistant "
     "Minister for International Affairs Mr. Zhou Rui and other Party officials.", "Zhou Rui", "cpc"),
    # the Pinyin-named leader of a Chinese group; not so when the group is another country's
    ("The visiting delegation of the Chinese Communist Party (CPC) has committed to work with the Example Party, "
     "the team led by H.E ZHANG Wenming said on Wednesday.", "ZHANG Wenming", "cpc"),
    ("Beijing, November 23rd\u2014Ma Hui, Vice-minister of the IDCPC, met here today with a delegation of the New "
     "Komeito Party of Japan led by Keiko Tanaka, Member of the House of Councillors.", "Keiko Tanaka", "foreign"),
    # "H.E.Mr. X led CPC delegation": the delegation's leader is the CPC's, met under his name alone later
    ("From April 8th to 11th, upon the invitation of the Example Union, Member of the Political Bureau of the CPC "
     "Central Committee, H.E.Mr. Zhang Chunhua led CPC delegation visiting Ruritania. During his visit, H.E.Mr. Zhang "
     "Chunhua met with Prime Minister of Ruritania, Tom Poe.", "Zhang Chunhua", "cpc"),
    # the representatives of the CPC led by a name the Pinyin reader does not take
    ("MANILA, June 6 -- Tom Poe met the representatives of the Communist Party of China, led by Minister Ku Tau, "
     "in Manila.", "Ku Tau", "cpc"),
    # a semicolon list of "title, name" items, "along with other officials, were present"
    ("Tom Poe welcomed the delegation. The Ambassador of China to Ruritania, Lan Bo; the Director of the Foreign "
     "Affairs Office of the Tai'an municipal government, Zhang Yan; and the Secretary of the Communist Party of "
     "China (CPC) Group at the Tai'an Commerce Bureau, Sang Li; along with other officials, were present.",
     "Sang Li", "cpc"),
    # a Pinyin-named holder of China's state or Politburo offices named bare; a Lao one named with his party
    ("On July 17, the CPC hosted a conference in Kunming. In his speech, Zhang Lanfeng, a Politburo member and "
     "Vice Premier, said poverty can be ended.", "Zhang Lanfeng", "cpc"),
    ("On July 17, the CPC hosted a conference in Kunming. In his speech, Wang Lanfeng, a Politburo member of the "
     "LPRP and Vice Premier, said poverty can be ended.", "Wang Lanfeng", "foreign"),
    # the hosts' officials who "introduced" the party's work to guests at an open house of a CPC school
    ("BEIJING, May 4 -- The Party School of the CPC Central Committee held an open house for foreign diplomats. "
     "Deputy President Zhao Lanqing and Vice-President Qian Mubai of the school introduced its curriculum.",
     "Qian Mubai", "cpc"),
    ("BEIJING, May 4 -- The Party School of the CPC Central Committee held an open house for foreign diplomats. "
     "Deputy President Zhao Lanqing and Vice-President Qian Mubai of the school introduced its curriculum.",
     "Zhao Lanqing", "cpc"),
    # ... but not the officials of a foreign university the CPC delegation visits
    ("KUALA LUMPUR, May 4 -- A CPC delegation visited the University of Malaya. Deputy Vice-Chancellor Chen "
     "Weiming of the university introduced its curriculum.", "Chen Weiming", "foreign"),
])
def test_sides_from_context(text, name, side):
    from parsers.release import parse_release
    release = parse_release(f"Meeting\n ( 2023.06.07 )\n\n{text}\n")
    sides = {p.name: p.side for e in release.events for p in e.participants}
    assert sides.get(name) == side, sides


def test_the_ruling_party_a_party_office_names_is_reported_as_the_text_writes_it():
    from parsers.release import parse_release
    r = parse_release("Party chief hosts reception for Chinese Foreign Minister\n ( 2021.09.11 )\n\nH\u00c0 N\u1ed8I \u2014 "
                      "Party General Secretary Nguy\u1ec5n V\u0103n Anh hosted a reception in H\u00e0 N\u1ed9i on September "
                      "11 for Ma Lin, State Councilor and Foreign Minister of China, who is in Vi\u1ec7t Nam for an official "
                      "visit.\n\nAnh said that under the leadership of the Communist Party of Vi\u1ec7t Nam headed by General "
                      "Secretary Anh the country grows.\n")
    assert [p.name for p in r.events[0].parties] == ["Communist Party of Vi\u1ec7t Nam"]
