"""Copies of rounds 196 and 197: "X expressed this commitment during separate meetings here on Tuesday with A, B and C",
a roundup that "also sent congratulatory messages to the A of Namibia ..., and to the B", a party's name with a comma
and its acronym inside ("the Ownership, Unity and Responsibility (OUR) Party"), "Those sending messages include ...;
and President of the B X", "The visit follows the state visit ... late last month, during which X", "headed by senior
leader X, was not represented", "conveyed the solidarity of X", "after a visit to the Democratic Republic of the
Congo, where it had been received by X", a plan "said when receiving a delegation", "said on Wednesday as he opened a
forum", "said Tuesday at a thematic briefing for", "X, now leading a ... delegation to China, met separately with",
"Lok Chumteav X", "Later, A and B, Dr X, received", "X coordinated the debates" and an announced "delegation led by
SLPP founder and National Organiser X would visit China" (rows of our own sentences)."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "X expressed this commitment during separate meetings here on Tuesday with A, B and C": where he said it
    ("China to support Example Land's peace process", "2010.12.14", "Kathmandu, Dec. 14 (RSS): China will continue to support "
     "Example Land's peace process, visiting Chinese Communist Party leader Ma Lin has said.", "Ma, Vice-Minister of the "
     "International Department of the CPC Central Committee, expressed this commitment during separate meetings here on "
     "Tuesday with Chairman of the Example Party Tom Poe and Example League President Bob Roe.", "foreign", ["Bob Roe", "Tom Poe"]),
    # a roundup's "also sent congratulatory messages to the SWAPO of Namibia on ..., and to the ZANU-PF on ...": its parties
    ("CPC sends congratulatory messages", "2022.12.21", f"Beijing, December 20th\u2014{MA}, sent a message to Tom Poe, "
     "congratulating him on his election as Secretary General of the Example Party.", "Recently, the CPC Central Committee "
     "also sent congratulatory messages to the South West Africa People's Organization (SWAPO) of Namibia on the convening of "
     "its Congress, and to the Zimbabwe African National Union-Patriotic Front (ZANU-PF) on the convening of its Congress.",
     "parties", ["Example Party", "South West Africa People's Organization", "Zimbabwe African National Union-Patriotic Front"]),
    # "Leader of the Ownership, Unity and Responsibility (OUR) Party": one party, its comma and acronym inside
    ("CPC holds video conference with Pacific parties", "2022.04.28", f"Beijing, April 27th\u2014{MA}, held a video "
     "conference today with political parties of Pacific island countries.", "Tom Poe, Prime Minister of Solomon Islands and "
     "Leader of the Ownership, Unity and Responsibility (OUR) Party, addressed the conference.", "parties",
     ["Ownership, Unity and Responsibility Party"]),
    # "Those sending messages include A, ...; B, ...; and President of the C Party X": the last item title-first
    ("Foreign party leaders congratulate PRC anniversary", "2024.10.03", "BEIJING, Oct. 2 (Xinhua) -- Leaders of political "
     "parties in a number of countries have sent messages to the CPC Central Committee, extending congratulations on the "
     "anniversary.", "Those sending messages include Tom Poe, general secretary of the Example Party; Ann Doe, chairwoman of "
     "the Example League; and President of the Example Front Bob Roe.", "foreign", ["Ann Doe", "Bob Roe", "Tom Poe"]),
    # "The visit follows the state visit to China by President U. X late last month, during which Y ... held talks with him"
    ("CPC delegation visits Mongolia", "2023.11.10", f"Ulaanbaatar, Nov 9 -- A CPC delegation led by {MA}, met with Example "
     "Party Secretary General Tom Poe on Thursday.", "The visit follows the state visit to China by Mongolian President U. "
     "Bob Roe late last month, during which Zhao Gang, general secretary of the CPC Central Committee, held talks with him.",
     "cpc", ["Ma Lin"]),
    # "The party's Foreign Affairs Department, headed by senior leader X, was not represented": not there
    ("EP joins CPC online event", "2021.03.16", f"Kathmandu, March 15: EP Chairman Tom Poe took part in an online event with {MA} "
     "on Monday.", "The party's Foreign Affairs Department, headed by senior leader Bob Roe, was not represented at the event.",
     "foreign", ["Tom Poe"]),
    # "X conveyed the solidarity of Y, First Secretary of ...": Y sent it, he was not there
    ("CPC and EP hold phone talks", "2020.03.05", f"BEIJING, March 4 -- {MA}, held phone talks with Tom Poe, a senior leader of "
     "the Example Party (EP), on Wednesday at the latter's request.", "Poe conveyed the solidarity of Bob Roe, First Secretary "
     "of the EP Central Committee, to the Chinese people.", "foreign", ["Tom Poe"]),
    # "arrived in Brazzaville ... after a visit to the Democratic Republic of the Congo, where it had been received by X"
    ("CPC delegation visits Congo", "2006.07.14", f"Brazzaville, July 13 -- A CPC delegation led by {MA}, held talks with Example "
     "Party Secretary General Tom Poe on Thursday.", "The delegation arrived in Brazzaville on July 11th after a visit to the "
     "Democratic Republic of the Congo, where it had been received by Bob Roe, Secretary General of the Example League.",
     "foreign", ["Tom Poe"]),
    # a plan first, then "..., EP Secretary General X said when receiving a delegation ... led by Y on May 14": a visit
    ("EP and CPC to hold joint seminar", "2019.05.15", "Ulaanbaatar /MONTSAME/. The Example Party (EP) and the CPC will hold a "
     "joint theoretical seminar in the second half of this year, EP Secretary General D.Tompoe said when receiving a "
     "delegation of the International Department of the CPC Central Committee led by its Vice Minister Ma Lin on May 14.",
     "Both sides exchanged views.", "type", ("visit", "in_person")),
    # "..., X said on Wednesday as he opened a forum of the two parties": the forum
    ("EP, CPC to hold regular consultations", "2009.07.15", "MOSCOW, July 15 (Itar-Tass) -- The Example Party and the CPC will "
     "hold regular consultations on party building, Tom Poe, chairman of the EP Supreme Council, said on Wednesday as he "
     "opened a forum of the two parties.", "Both sides exchanged views.", "type", ("conference", "in_person")),
    # '"...," X said Tuesday at a thematic briefing for political parties of ...': the briefing
    ("CPC briefs Central Asian parties", "2025.12.10", "Beijing, Dec. 9 (People's Daily Online) -- \"Modernization will bring "
     f"new opportunities,\" {MA}, said Tuesday at a thematic briefing for political parties of Central Asian countries.",
     "Both sides exchanged views.", "type", ("conference", "in_person")),
    # "A General Secretary and LGRD Minister X, now leading a ten-member party delegation to China, met separately with"
    ("EP delegation meets CPC leaders", "2009.11.11", "DHAKA, Nov 11 (BSS) - Example Party (EP) General Secretary and LGRD "
     "Minister Tom Poe, now leading a ten-member party delegation to China, met separately with {0} in Beijing "
     "yesterday.".format(MA), "Both sides exchanged views.", "foreign", ["Tom Poe"]),
    # "Lok Chumteav X": a Khmer honorific, not part of the name
    ("CPP hosts CPC seminar", "2010.06.24", f"AKP Phnom Penh, June 24, 2010 -- A seminar was held here today with a CPC "
     f"delegation led by {MA}.", "The delegation was briefed by Lok Chumteav Ann Doe, member of the EP Permanent Committee, on "
     "the EP's work.", "foreign", ["Ann Doe"]),
    # "Later, EP National Chairman and President of the Republic, Dr X, received the delegation at State House"
    ("CPC delegation visits Example Land", "2008.05.20", f"Dar es Salaam, May 19 -- A CPC delegation led by {MA}, held talks "
     "with EP Secretary General Tom Poe on Monday.", "Later, EP National Chairman and President of the Republic, Dr Bob Roe, "
     "received the delegation at State House.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "The EP Secretary for International Relations, X, coordinated the debates": a speaker's part in the seminar
    ("EP and CPC hold seminar", "2018.05.22", f"Sao Paulo, May 21 -- The Example Party (EP) and the CPC held a seminar on "
     f"governance on Monday, attended by {MA}.", "The EP Secretary for International Relations, Tom Poe, coordinated the "
     "debates.", "foreign", ["Tom Poe"]),
    # an announced "delegation led by EP founder and National Organiser X would visit China later this month"
    ("EP delegation to visit China", "2023.07.05", "COLOMBO, July 4 - Example Party (EP) General Secretary Tom Poe told a press "
     "conference today that a party delegation led by EP founder and National Organiser Bob Roe would visit China later this "
     "month at the invitation of the CPC.", "Both sides exchanged views.", "foreign", ["Bob Roe", "Tom Poe"]),
])
def test_people_types_and_parties_of_rounds_196_and_197(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value
