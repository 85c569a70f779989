"""Copies of the kinds rounds 269 and 270 read wrong at 0.22.348 on first sight (rows of our own sentences): a plan of a
forum or of cadre training told "after talks with" or "at a meeting with" (the contact, no gathering), a host who met
guests "as" the plans "were discussed", a speaker "Speaking from Luanda", a leader who "joined, by video link on
Tuesday, the ... Summit", "the consensus reached at an online theoretical seminar", "at the opening of an online
training course", a pledge "made at a meeting held at the party's headquarters", a speaker named after the day and
place ("said on 13 March in Luanda the secretary-general of the A (B), X."), an ambassador who "said in his speech", an
earlier leg opened "In Stockholm on June 11th,", and a leader who "discussed with Chinese Ambassador X"."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # a forum proposed, told to journalists "after talks with" the CPC's man: the talks
    ("EP to propose youth forum \u2014 Poe", "2007.09.11", "BEIJING, September 11 /ITAR-TASS/. The Example Party (EP) "
     "will propose holding a regular forum of young parliamentarians of the two countries, EP leader Tom Poe told "
     f"journalists on Tuesday after talks with {MA}.", "Poe said the parties can do much.", "type", ("meeting", "in_person")),
    # a plan "covering cadre training ...", told "today at a meeting with a CPC delegation" abroad: the visit
    ("EP and CPC to sign cooperation plan", "2011.03.15", "ASTANA. March 15. KAZINFORM \u2013 The Example Party (EP) and the "
     "CPC will sign a plan of inter-party cooperation covering cadre training and joint research, First Deputy Chairman "
     "of the EP Tom Poe said today at a meeting with a CPC delegation headed by Ma Lin, Vice-Minister of the "
     "International Department of the CPC Central Committee.", "Poe said the document will give a new impetus.", "type",
     ("visit", "in_person")),
    # "The plans were discussed in Minsk today as First Secretary of the EP Central Committee X met with a delegation"
    ("EP and CPC to sign memorandum", "2016.03.22", "MINSK, 22 March (BelTA) \u2013 The Example Party (EP) and the CPC "
     "intend to sign a new cooperation memorandum this year, BelTA learned from the press service of the EP.", "The "
     "plans were discussed in Minsk today as First Secretary of the EP Central Committee Tom Poe met with a delegation "
     f"of the CPC led by {MA}.", "foreign", ["Tom Poe"]),
    # "Speaking from Luanda, the Secretary General of the EP, X, said" at an online seminar
    ("EP and CPC agree to hold regular exchanges", "2021.07.09", "Luanda - The Example Party (EP) and the CPC agreed to "
     "hold regular exchanges on party building, it was announced at an online seminar held on 8 July.", "Speaking from "
     "Luanda, the Secretary General of the EP, Tom Poe, said the party values the experience of the CPC.\n\nThe Chinese "
     f"side was represented by {MA}.", "foreign", ["Tom Poe"]),
    # "X joined, by video link on Tuesday, the CPC and World Political Parties Summit"
    ("EP leader joins CPC summit", "2021.07.07", "Nassau, July 6 \u2014 Example Party (EP) Leader Tom Poe joined, by video "
     "link on Tuesday, the CPC and World Political Parties Summit, which brought together leaders of more than 500 "
     "political parties.", "The summit was addressed by Xi Jinping.", "foreign", ["Tom Poe"]),
    # "..., according to the consensus reached at an online theoretical seminar between the two Parties on November 23"
    ("EP, CPC to step up theoretical research", "2021.11.24", "The Example Party (EP) and the CPC will continue to exchange "
     "theoretical research on Party building, according to the consensus reached at an online theoretical seminar "
     "between the two Parties on November 23.", f"The seminar was co-chaired by Tom Poe and {MA}.", "type",
     ("conference", "video")),
    # "..., a senior party official said Tuesday at the opening of an online training course organized with the CPC"
    ("EP to send more cadres for Chinese training", "2021.11.17", "JUBA, Nov. 16 (Xinhua) -- The ruling Example Party "
     "(EP) plans to send more of its cadres to learn from China's experience, a senior party official said Tuesday at the "
     "opening of an online training course organized with the CPC.", f"Tom Poe, acting secretary general of the EP, told "
     f"the opening session that the party needed well-trained cadres. {MA}, spoke by video.", "type",
     ("conference", "video")),
    # "The Ambassador made the pledge at a meeting held at the party's headquarters in Mogadishu with ..."
    ("China to host young members of EP", "2023.03.13", "Mogadishu, 12 March 2023 (SONNA) \u2013 The CPC will host 20 "
     "young members of the Example Party (EP) for a training course in China later this year, H.E. Ma Lin, the "
     "Ambassador of the People's Republic of China to Somalia, said on Sunday.", "The Ambassador made the pledge at a "
     "meeting held at the party's headquarters in Mogadishu with the Secretary General of the EP, Tom Poe.", "type",
     ("meeting", "in_person")),
    # "..., said on 13 March in Luanda the secretary-general of the A (EP), X." then "The party official was speaking at"
    ("EP and Chinese party to deepen exchange", "2025.03.14", "Luanda - The EP intends to deepen cooperation with the CPC "
     "in the training of party cadres, said on 13 March in Luanda the secretary-general of the Example Party of Angola "
     "(EP), Tom Poe.", "The party official was speaking at the opening of a seminar on governance organised jointly by "
     "the EP and the Chinese Embassy in Angola.\n\nChina's ambassador to Angola, Zhang Bin, said in his speech that the "
     "CPC is ready to share its experience.", "foreign", ["Tom Poe"]),
    ("EP and Chinese party to deepen exchange", "2025.03.14", "Luanda - The EP intends to deepen cooperation with the CPC "
     "in the training of party cadres, said on 13 March in Luanda the secretary-general of the Example Party of Angola "
     "(EP), Tom Poe.", "The party official was speaking at the opening of a seminar on governance organised jointly by "
     "the EP and the Chinese Embassy in Angola.\n\nChina's ambassador to Angola, Zhang Bin, said in his speech that the "
     "CPC is ready to share its experience.", "cpc", ["Zhang Bin"]),
    # "Finland is the second leg ... In Stockholm on June 11th, Wang held talks with X": the earlier leg
    ("Ma Lin Meets with Leaders of Finnish Parties", "2005.06.15", "Helsinki, June 14th\u2014A delegation of the CPC led by "
     f"{MA}, met here today with Tom Poe, Chairman of the Example Party (EP).", "Finland is the second leg of the "
     "delegation\u2019s visit to Northern Europe. In Stockholm on June 11th, Ma held talks with Sam Roe, Party Secretary of "
     "the Other Party.", "foreign", ["Tom Poe"]),
    # "Head of the EP X discussed with Chinese Ambassador to Egypt Y in a phone call on Wednesday"
    ("Poe, Chinese Ambassador discuss cooperation in phone call", "2020.04.16", "CAIRO, April 15 (MENA) - Head of the "
     "Example Party Tom Poe discussed with Chinese Ambassador to Egypt Liao Liqiang in a phone call on Wednesday "
     "cooperation between the two countries.", "Poe lauded the measures taken by China.", "cpc", ["Liao Liqiang"]),
])
def test_round_269_rows(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value
