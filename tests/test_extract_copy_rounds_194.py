"""Copies of the held round 188 and of round 194: a message's "contributions X, the outgoing general secretary, had
made", a letter signed with initials ("I.P. Petrov"), results "reported to party chairman X", an earlier stop "from St.
Petersburg, where ... it held consultations with X", the SCO's name and acronym, a past summit "which was attended by the
party's Chairman, Dr. X", "the passing of the late President of ... and President of the party, Dr. X", "the
forthcoming visit to China of the Head of State, X", a Chinese title ending "for Discipline Inspection", a plan-first
host "head of the ... Commission X said while receiving", a speaker "according to" whose next sentence tells the
contact, a visitor who "is leaving for China next week" and the spokesperson who "said that President X would be in
China"; from round 194: "and to hold talks with X" in an announcement (after an initial's "L."), "who led a delegation to
Beijing in April last year and held talks there with X", ", in a written interview given to", "The previous meeting of
the dialogue mechanism was chaired ... by party chairman X", "told a senior ... official" with "made the remarks in a
telephone conversation with", and a headline that agrees "on Next Round of Inter-Party Dialogue" (rows of our own
sentences)."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # a message's "contributions X, the outgoing general secretary, had made": credited, not a party to it
    ("Xi congratulates Tom Poe on election", "2021.01.16", "BEIJING, Jan. 15 (Xinhua) -- Xi Jinping, general secretary of "
     "the Communist Party of China (CPC) Central Committee, on Friday sent a congratulatory message to Tom Poe on his election "
     "as general secretary of the Example Party (EP).", "He also spoke highly of the contributions Bob Roe, the outgoing "
     "general secretary, had made to the friendship between the two parties.", "foreign", []),
    # the letter's signature "I.P. Petrov, Chairman ..." is its sender, named in full before
    ("Ivan Petrov sends greetings to the CPC", "2022.10.17", "On 16 October, Ivan Petrov, Chairman of the Example Party (EP), "
     "sent a message of greetings to the CPC on the opening of its congress.", "\"We wish the Congress fruitful work!\"\n\n"
     "I.P. Petrov, Chairman of the EP Central Committee", "foreign", ["Ivan Petrov"]),
    # results "would be reported to party chairman X": told afterwards, not at the talks
    ("EP, CPC agree on regional contacts", "2014.06.19", "MOSCOW, June 18 (Itar-Tass) -- The Example Party (EP) and the CPC "
     "have agreed to set up direct contacts between regional branches, Tom Poe, secretary of the EP General Council, said on "
     f"Wednesday after talks with a CPC delegation led by {MA}.", "He said the results of the talks would be reported to party "
     "chairman Bob Roe, who had asked for practical projects.", "foreign", ["Tom Poe"]),
    # "arrived in Moscow from St. Petersburg, where on Monday it held consultations with X": the earlier stop's host
    ("EP, CPC agree on regional contacts", "2014.06.19", "MOSCOW, June 18 (Itar-Tass) -- The Example Party (EP) and the CPC "
     "have agreed to set up direct contacts between regional branches, Tom Poe, secretary of the EP General Council, said on "
     f"Wednesday after talks with a CPC delegation led by {MA}.", "The Chinese delegation arrived in Moscow from St. "
     "Petersburg, where on Monday it held consultations with Bob Roe, secretary of the party's branch in the city.",
     "foreign", ["Tom Poe"]),
    # the SCO named with its acronym is no party
    ("EP delegation takes part in SCO forum", "2025.04.24", "Astana, 24 April 2025 - A delegation of the Example Party took "
     "part in the Shanghai Cooperation Organisation (SCO) Political Parties Forum, held in Urumqi, China, on 22 April at the "
     "initiative of the Communist Party of China (CPC).", f"The forum was opened by {MA}.", "parties", ["Example Party"]),
    # a past summit "which was attended by the CCM National Chairman, Dr. X": another gathering's guest
    ("EP Secretary General hosts Chinese Ambassador", "2024.10.16", "Dar es Salaam, October 15, 2024 - The Secretary General "
     "of the Example Party (EP), Dr. Tom Poe, today received the Chinese Ambassador, H.E. Ma Lin, at the party's office.",
     "He also commended the outcome of the summit held in Beijing in September, which was attended by the EP National "
     "Chairman, Dr. Bob Roe, President of the Republic.", "foreign", ["Tom Poe"]),
    # "the passing of the late President of the Republic and President of the EP, Dr. X": however long the titles
    ("EP receives condolences from the CPC", "2024.02.09", "Windhoek, 8 February 2024 - The Example Party (EP) has received a "
     f"message of condolence from Comrade {MA}, following the passing of the late President of the Republic of Namibia and "
     "President of the EP, Dr. Bob Roe.", "The message is dated 5 February 2024.", "foreign", []),
    # "the forthcoming visit to China of the Head of State, X, the EP leader": a visit still to come
    ("EP Secretary General receives the Chinese Ambassador", "2023.03.08", "Kinshasa, March 7, 2023 (ACP) - The Secretary "
     "General of the Example Party (EP), Tom Poe, received on Tuesday at the party headquarters the Ambassador of the "
     "People's Republic of China, Chen Hua.", "Ambassador Chen also spoke of the forthcoming visit to China of the Head of State, Bob Roe, the EP leader.", "foreign",
     ["Tom Poe"]),
    # a title ending "Commission for Discipline Inspection" before the name
    ("Senior CPC official to visit Example Land", "2023.06.17", "BEIJING, June 16 (Xinhua) -- At the invitation of the "
     "Example Party (EP), Member of the Political Bureau of the CPC Central Committee and Secretary of the CPC Central "
     "Commission for Discipline Inspection Zhao Gang will lead a CPC delegation to visit Laos from June 19 to 22, a "
     "spokesperson announced on Friday.", "During the visit, Zhao is expected to meet with EP leaders.", "cpc", ["Zhao Gang"]),
    # a plan first, then "..., head of the Party Central Committee's Commission for External Relations X said while receiving"
    ("EP, CPC to step up exchanges", "2016.03.23", "Hanoi (VNA) \u2013 The two parties should expand cooperation between "
     "their agencies, head of the Party Central Committee\u2019s Commission for External Relations Tran Van Binh said while "
     "receiving Chinese Ambassador Ma Lin in Hanoi on March 22.", "Ambassador Ma congratulated the party.", "foreign",
     ["Tran Van Binh"]),
    # "..., according to EP General Secretary and President of the Republic X." then "X made the remark when receiving"
    ("EP, CPC to boost training", "2018.10.17", "Vientiane, Oct 16 (KPL) \u2013 The Example Party (EP) and the CPC will "
     "strengthen cooperation in training cadres, according to EP General Secretary and President of the Republic Bob Roe.",
     f"Bob Roe made the remark when receiving a delegation of the CPC led by {MA} on Tuesday.", "foreign", ["Bob Roe"]),
    # a visitor who "is leaving for China next week", and the spokesperson "said that President X would be in China"
    ("EP President to visit China", "2024.09.09", "KATHMANDU, Sept 8: Example Party (EP) President Tom Poe is leaving for "
     "China next week on an official visit at the invitation of the CPC.", "Speaking to reporters on Sunday, EP spokesperson "
     "Bob Roe said that President Poe would be in China from September 15 to 21.", "foreign", ["Bob Roe", "Tom Poe"]),
    # an announcement's "is scheduled to meet A and to hold talks with PT President B"
    ("Senior CPC official to visit Example Land", "2010.08.31", "BEIJING, Aug. 30 (Xinhua) -- Zhao Gang, head of the "
     "Organization Department of the CPC Central Committee, will lead a CPC delegation to Example Land from Sept. 5 to 16, a "
     "spokesman announced here Monday.", "During his stay, Zhao is scheduled to meet President Ann Doe and to hold talks "
     "with EP President Tom Poe.", "foreign", ["Ann Doe", "Tom Poe"]),
    # "is expected to meet with L. X, ..., and to hold talks with D. Y, ..., Hu said": an initial's dot ends no sentence
    ("Senior CPC official to visit Mongolia", "2024.04.09", "BEIJING, April 8 (Xinhua) -- Zhao Gang, head of the "
     "International Department of the CPC Central Committee, will visit Mongolia from April 10 to 13 at the invitation of the "
     "Example Party (EP), Hu Ming, spokesperson for the department, announced here Monday.", "During the visit, Zhao is "
     "expected to meet with L. Tom-Poe, chairman of the EP, and to hold talks with D. Bob-Roe, secretary general of the EP, "
     "Hu said.", "foreign",
     ["D. Bob-Roe", "L. Tom-Poe"]),
    # "X, who led a delegation to Beijing in April last year and held talks there with Y, said": another occasion
    ("EP and CPC hold virtual talks", "2020.06.17", f"NAIROBI, June 16 (KNA) \u2013 EP Secretary General Tom Poe on Tuesday "
     f"held talks via video link with {MA}.", "Poe, who led an EP delegation to Beijing in April last year and held talks "
     "there with Zhao Gang, a Vice Minister of the department, said the party remained committed.", "cpc", ["Ma Lin"]),
    # ", in a written interview given to the People's Daily": written words, not the past visit told later
    ("EP lauds CPC's experience", "2025.06.30", "Addis Ababa, June 30/2025 (ENA) \u2013 Vice President of the Example Party "
     "(EP), Tom Poe, has said the CPC offers valuable lessons, in a written interview given to the People's Daily.", "Poe, who "
     "held talks with Zhao Gang during a visit to Beijing last October, said the two parties agreed to expand training.",
     "type", ("message", "written")),
    # "The previous meeting of the dialogue mechanism was chaired on the Russian side by party chairman X": another occasion
    ("EP and CPC discuss plans by video link", "2026.01.21", "MOSCOW, January 21. /TASS/. Secretary of the EP General Council "
     f"Tom Poe held talks via video link on Wednesday with {MA}.", "The previous meeting of the dialogue mechanism was "
     "chaired on the Russian side by party chairman Bob Roe.", "foreign", ["Tom Poe"]),
    # "X told a senior CPC official on Thursday" then "X made the remarks in a telephone conversation with Y"
    ("EP offers condolences in phone call", "2008.05.15", "BEIJING, May 15 (Xinhua) -- The Example Party (EP) stands ready "
     "to help China, EP Secretary General Ibuki Taro told a senior Communist Party of China (CPC) official on Thursday.",
     f"Ibuki made the remarks in a telephone conversation with {MA}.", "foreign", ["Ibuki Taro"]),
    # a headline "Agree on Next Round of Inter-Party Dialogue": a plan, the talks of a visit held
    ("EP, CPC Agree on Next Round of Inter-Party Dialogue", "2016.05.19", "MOSCOW, May 18. /TASS/. The EP and the CPC will "
     "hold the next session of their dialogue next year, Secretary of the EP General Council Tom Poe told reporters on "
     "Wednesday after talks with a visiting delegation of the Chinese party.", f"The delegation is led by {MA}.", "type",
     ("visit", "in_person")),
])
def test_people_types_and_parties_of_rounds_188_and_194(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "... announced by the EP Secretary General U.X after he held talks ... with a delegation": "after he" ends the list
    ("EP and CPC to broaden exchanges", "2009.08.27", "Ulaanbaatar, August 26 /MONTSAME/ The Example Party (EP) and the CPC "
     "have agreed to expand exchanges of young cadres.", "This was announced by the EP Secretary General U.Tompoe after he "
     f"held talks on Wednesday at the party headquarters with a delegation of the CPC led by {MA}.", "foreign", ["U.Tompoe"]),
    # "Foreign Ministry Spokeswoman X announced": the title word, and the ministry's spokeswoman is no party to the visit
    ("Senior CPC official to visit Example Land", "2024.11.28", "Hanoi (VNA) - Zhao Gang, head of the International "
     "Department of the CPC Central Committee, will pay a working visit to Example Land from December 3 to 5, Foreign "
     "Ministry Spokeswoman Tran Thi Hoa announced at a press briefing on November 28.", "During the visit, Zhao will hold "
     "talks with EP General Secretary Tom Poe.", "foreign", ["Tom Poe"]),
    # "..., while Premier A and B, chairman of ..., will meet with him respectively": the pair after "while"
    ("EP leader to visit China", "2015.06.24", "BEIJING, June 23 (Xinhua) -- Tom Poe, general secretary of the Example Party "
     "(EP), will pay a state visit to China from June 25 to 28, spokesperson Hua Ming announced on Tuesday.", "During the visit, "
     "Xi Jinping will hold talks with Poe, while Premier Li Keqiang and Zhang Dejiang, chairman of the Standing Committee of "
     "the National People's Congress, will meet with him respectively, Hua said.", "cpc", ["Li Keqiang", "Zhang Dejiang"]),
    # "Premier A, top legislator B and top political advisor C will meet with him": two people, not one's title
    ("EP leader to visit China", "2015.04.02", "BEIJING, April 1 (Xinhua) -- Tom Poe, general secretary of the Example Party "
     "(EP), will pay an official visit to China from April 7 to 12, spokesperson Hong Ming announced on Wednesday.",
     "Hong said that during the visit Xi Jinping will hold talks with Poe, and Premier Li Keqiang, top legislator Zhang "
     "Dejiang and top political advisor Yu Zhengsheng will meet with him respectively.", "cpc",
     ["Yu Zhengsheng", "Zhang Dejiang"]),
])
def test_left_outs_of_rounds_190_to_193_mended(title, pub, lead, later, field, value):
    got = _read(title, pub, lead, later)[field]
    # (the CPC leaders the announcement names are among its CPC people)
    assert set(value) <= set(got) if field == "cpc" else got == value
