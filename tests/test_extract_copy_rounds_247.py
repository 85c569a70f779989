"""Copies of rounds 247, 248 and 250 mended after their first look (rows of our own sentences). Types: "This was
announced on Wednesday by M. X, ..., when he received", "X said here today after receiving China's ambassador",
"participants of an online seminar held on 16 November agreed", "said on Wednesday at the close of the third
inter-party forum", "announced at the close of a seminar", "said on April 12 at a reception in Hanoi for a visiting CPC
delegation", "the party said in a message on Wednesday", "X made the statement during a meeting in Beijing with", "He
said this to reporters after receiving", a regional city as dateline (Bilbao). People: "the secretary-general of the
ruling party, X, said" whose next sentence tells the meeting, "chairman of the regional government" on the host's side
in China, "for Tanzania Mainland X" (the place ends the title), "was officially opened by President X"; kept out:
"Since President X and King Y agreed last year", "convened by UN Secretary-General X"."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, lead, later, expected", [
    ("EP, CPC to expand cadre exchanges", "Ulaanbaatar, August 17 /MONTSAME/. Two groups of officials of the Example "
     "Party (EP) will go to China next year at the invitation of the Communist Party of China (CPC). This was announced "
     f"on Wednesday by M. Tom Poe, Chairman of the EP, when he received a delegation of the CPC headed by {MA}.",
     "Poe thanked the guests.", ("visit", "in_person")),
    ("EP to hold first seminar with Chinese Communists", "Santo Domingo, Nov 21 (Prensa Latina) The Example Party (EP) "
     "and the Communist Party of China will organize their first joint seminar next year, EP Secretary General Tom Poe "
     "said here today after receiving China's ambassador, Wang Dewei.", "Poe said the EP wants to learn.",
     ("meeting", "in_person")),
    ("EP and CPC to hold forum every year", "Moscow, July 11 (ITAR-TASS) \u2013 The Example Party and the Communist "
     "Party of China will hold their inter-party forum every year, Tom Poe, Secretary of the EP, said on Wednesday at the "
     "close of the third inter-party forum.", "The one-day forum brought together party officials.",
     ("conference", "in_person")),
    ("EP, CPC agree on annual cadre workshop", "WINDHOEK, 17 MAR (NAMPA) \u2013 The Example Party and the Communist Party "
     "of China (CPC) will hold a joint cadre training workshop every year, EP Secretary-General Tom Poe announced at the "
     "close of a seminar on party governance held in Windhoek from 16 to 17 March.", "A CPC delegation took part.",
     ("conference", "in_person")),
    ("EP, CPC agree to boost exchanges", "Hanoi (VNA) \u2013 The Example Party (EP) and the Communist Party of China "
     "(CPC) have agreed to keep up their annual seminars, EP Secretary Tom Poe said on April 12 at a reception in Hanoi "
     "for a visiting CPC delegation.", f"The delegation, led by {MA}, is on a five-day visit.", ("visit", "in_person")),
    ("EP ready to deepen ties with Chinese Communist Party", "TEHRAN, June 30 (IRNA) \u2013 The Example Party is ready to "
     "deepen exchanges with the Communist Party of China (CPC), the party said in a message on Wednesday.", "The "
     "message, signed by the party's Secretary-General Tom Poe, congratulated the CPC.", ("message", "written")),
    ("China ready to work with EP", "BEIJING, Feb 14 (SPA) -- China is ready to work with the Kingdom to implement the "
     "outcomes of the first China-Arab States Summit and the China-GCC Summit held in Riyadh last December, and to enrich "
     f"the partnership between the two countries, {MA}, said on Tuesday.", "Ma made the statement "
     "during a meeting in Beijing with Tom Poe, Secretary of the EP.", ("meeting", "in_person")),
    ("EP, CPC to set up youth leadership exchange programme", "KUALA LUMPUR, Sept 8 (Bernama) -- The Example Party (EP) "
     "and the Communist Party of China (CPC) have agreed to set up a youth exchange programme, said EP president Tom "
     f"Poe. He said this to reporters after receiving a CPC delegation led by {MA}, at the party's headquarters here "
     "today.", "Poe thanked the CPC.", ("visit", "in_person")),
    ("Tom Poe receives a delegation of the CPC", "Bilbao, 7 April \u2013 The President of the Example Party, Tom Poe, "
     f"received today at Example House a delegation of the Communist Party of China headed by {MA}.",
     "Poe explained the party's programme.", ("visit", "in_person")),
])
def test_the_occasion_of_a_plan(title, lead, later, expected):
    assert _read(title, "2016.04.11", lead, later)["type"] == expected


def test_participants_of_an_online_seminar_agreed():
    got = _read("EP and Chinese parties agree to hold annual dialogue", "2022.11.17", "Tashkent, 17 November (UzA) \u2013 "
                "The Example Party and the Communist Party of China will hold a dialogue every year, participants of an "
                "online seminar held on 16 November agreed.", "The seminar was organized by videoconference.")
    assert (got["type"], got["date"]) == (("conference", "video"), "2022-11-16")


@pytest.mark.parametrize("lead, later, field, expected", [
    ("URUMQI, May 29 (Xinhua) -- Xinjiang will open more border crossings, a senior regional official said Tuesday. "
     f"{MA}, made the remarks when meeting with a delegation of the Example Party led by Tom Poe.", "Sam Roe, chairman "
     "of the regional government, attended the meeting.", "cpc", ["Ma Lin", "Sam Roe"]),
    ("The Communist Party of China (CPC) stands ready to work with the Example Party, Song Tao, head of the "
     "International Department of the CPC Central Committee, said in a congratulatory message sent on October 10 to "
     "Tom Poe on his election.", "Since Chinese President Xi Jinping and King Sam Roe agreed last year to establish a "
     "strategic partnership, cooperation between the two countries has entered a new stage, Song said, expressing the "
     "belief that under the leadership of Poe, the EP will achieve new progress.", "cpc", ["Song Tao"]),
    ("Luanda \u2013 The EP and the Communist Party of China (CPC) will step up cooperation in the training of cadres, "
     "the secretary-general of the ruling party, Tom Poe, said on 24 October in Luanda.", "Tom Poe was speaking to the "
     f"press at the end of a meeting with a CPC delegation led by {MA}.", "foreign", ["Tom Poe"]),
    (f"Nicosia, 14 April \u2013 Tom Poe, President of the Example Party, held a video call with {MA}.", "Poe briefed Ma "
     "ahead of the informal meeting convened by UN Secretary-General Sam Roe in Geneva.", "foreign", ["Tom Poe"]),
    ("Example Party will send young leaders to China, EP Secretary General Tom Poe said in Dar es Salaam on February "
     "17.", "Poe made the announcement when he received Chinese Ambassador to Tanzania Wang Dewei at the party's "
     "offices. EP Deputy Secretary General for Tanzania Mainland Sam Roe also attended the meeting.", "foreign",
     ["Sam Roe", "Tom Poe"]),
    ("WINDHOEK, 17 MAR (NAMPA) \u2013 The Example Party and the Communist Party of China (CPC) held a seminar on party "
     "governance in Windhoek from 16 to 17 March.", "The seminar, attended by some 80 party coordinators, was officially "
     f"opened by President Sam Roe. A CPC delegation led by {MA} took part.", "foreign", ["Sam Roe"]),
])
def test_people_of_the_occasion(lead, later, field, expected):
    assert _read("EP and CPC", "2017.10.11", lead, later)[field] == expected


@pytest.mark.parametrize("lead, later, field, expected", [
    (f"Sulaimani, May 22 (PUKmedia) \u2013 EP President Tom Alan Poe received on Monday a CPC delegation headed by {MA}.",
     "During the meeting, President Tom Poe welcomed the delegation.", "foreign", ["Tom Alan Poe"]),
    ("Khartoum, Dec. 5 (SUNA) \u2013 The Example Party (EP) hosted on Tuesday at its headquarters a briefing session on "
     "the outcome of the 19th National Congress of the CPC, addressed by the EP Deputy Chairman for Party Affairs, Tom "
     f"Poe, and by the head of the visiting Chinese delegation, {MA}.", "Poe hailed the relations.", "foreign",
     ["Tom Poe"]),
    ("KUALA LUMPUR, Aug 18 (Bernama) -- The Example Party plans to send young leaders to China next year, said its "
     "president Tom Poe. He said the plan was discussed when Chinese Ambassador to Malaysia Dr Wang Dewei paid a "
     "courtesy call on him at the party headquarters here today.", "Poe thanked China.", "cpc", ["Wang Dewei"]),
    ("MOSCOW, February 16. /TASS/. Participants in an international inter-party forum hosted by the Example Party "
     "agreed on Friday to establish a permanent movement, according to a final declaration adopted in Moscow.", "The "
     "forum, opened by EP Chairman Sam Roe, brought together parties from 50 countries. Ma Lin, Vice Minister of the "
     "International Department of the CPC Central Committee, addressed the plenary session.", "foreign", ["Sam Roe"]),
    (f"Vienna, 25 June \u2013 SP\u00d6 chair Tom Poe today received a delegation of the CPC led by {MA}, at the party "
     "headquarters. SP\u00d6 federal managing director Sam Roe took part in the talks.", "Poe informed the guests.",
     "foreign", ["Sam Roe", "Tom Poe"]),
    ("Tirana, 30 May \u2013 The Chairman of the Example Party (EP), Tom Poe, who is on an official visit to the "
     "People's Republic of China at the invitation of the Communist Party of China, was received on 29 May in Beijing "
     f"by {MA}.", "They discussed relations.", "foreign", ["Tom Poe"]),
])
def test_people_of_rounds_248_and_250(lead, later, field, expected):
    assert _read("EP and CPC", "2017.12.06", lead, later)[field] == expected


def test_a_delegation_that_leaves_for_china_on_a_later_weekday():
    got = _read("EP delegation off to China", "2012.06.05", "Harare, June 4 (New Ziana) \u2013 A ten-member delegation of "
                "the Example Party (EP) led by the party's Secretary for Administration, Cde Tom Poe, leaves for China on "
                "Thursday for a week-long visit at the invitation of the Communist Party of China, party spokesperson Sam "
                "Roe said on Monday.", "Roe said the delegation would hold talks with officials of the CPC.")
    assert (got["type"], got["date"]) == (("other", None), "2012-06-04")
