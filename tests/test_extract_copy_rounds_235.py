"""Copies of round 235 mended after their first look (rows of our own sentences). Types: a plan's speaker "was speaking
after a meeting at the party's headquarters in Nicosia with a CPC delegation" (a visit), "made the pledge while
receiving Chinese Ambassador X" (a meeting, whatever summit the plan names), "during a working visit to China by a A
delegation" (a meeting in China), "In a cable of congratulations sent to X" (a message), "According to X, the decision
was made during his video call with Y" after a quote (a call), "This was confirmed on November 12 in a meeting at A
headquarters in Tokyo between" (the contact), "held a telephone conversation with X, who congratulated the party" (a
call, not a message), "held a meeting by videoconference today with" (a call), '"...," X said after talks with a CPC
delegation' (a visit). People found: "an understanding reached here yesterday between A and B", "received a courtesy
call from the Ambassador of the People's Republic of China to Dominica, X", "opened in the Great Hall of the People
with a keynote speech by X". Parties: "The A was represented at the dialogue by its Treasurer-General, X", "X spoke for
the ruling A", "the Belarusian party Belaya Rus" (the party's own name). Kept out: "X, who held talks with President Y
on Thursday, told Z" (another day's contact)."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, value", [
    ("EP and CPC agree on regular exchange of views", "2016.10.12", "Nicosia, Oct 12 (CNA) \u2013 The EP will host a "
     "delegation of young cadres of the Communist Party of China next spring, EP General Secretary Tom Poe said on "
     "Wednesday.", "Poe, who leads the Example Party (EP), was speaking after a meeting at the party\u2019s headquarters "
     f"in Nicosia with a CPC delegation headed by {MA}.", ("visit", "in_person")),
    ("Ruling party vows to deliver on FOCAC outcomes", "2026.01.02", "BRAZZAVILLE, Dec. 30 (Xinhua) -- The Example Party "
     "(EP) is ready to work with the Communist Party of China (CPC) to turn the outcomes of the 2024 Beijing Summit of the "
     "Forum on China-Africa Cooperation into concrete projects, EP Secretary General Tom Poe said here Tuesday.", "Poe made "
     "the pledge while receiving Chinese Ambassador to Congo Wang Dewei at the party's headquarters.",
     ("meeting", "in_person")),
    ("EP and CPC agree to hold workshop", "2013.06.25", "Beijing (VNA) \u2013 The Example Party (EP) and the Communist "
     "Party of China (CPC) agreed to organise their tenth workshop later this year, during a working visit to China by an "
     "EP delegation led by Tom Poe, from June 24 to 28.", f"In talks on June 24 with {MA}, Poe said the two sides should "
     "work closely.", ("meeting", "in_person")),
    ("EP keen on deepening relations with CPC", "2017.10.18", "Damascus, SANA \u2013 The Example Party is keen on "
     "developing its relations with the Communist Party of China, Assistant Secretary General of the Party Tom Poe "
     "affirmed on October 18.", "In a cable of congratulations sent to General Secretary of the CPC Central Committee Xi "
     "Jinping on the opening of the 19th National Congress, Poe said that his country appreciates China's stances.",
     ("message", "written")),
    ("EP, CPC agree to hold online forum", "2021.05.26", "MOSCOW, May 26. /TASS/. The Example Party and the Communist "
     "Party of China (CPC) have agreed to hold an online forum this autumn, Secretary of the EP General Council Tom Poe "
     "told TASS on Wednesday.", "\u201cWe have agreed that the forum will bring together many parties,\u201d he said.\n\n"
     f"According to Poe, the decision was made during his video call with {MA}, earlier on Wednesday.", ("call", "video")),
    ("EP leader speaks by phone with CPC official", "2020.10.23", "LA PAZ, Oct 23 (ABI) \u2013 The President of the "
     f"Example Party (EP), Tom Poe, held a telephone conversation on October 22 with {MA}, who congratulated the party on "
     "its victory in last Sunday\u2019s general elections.", "Poe thanked the CPC.", ("call", "phone")),
    ("EP leader holds videoconference with CPC official", "2025.03.12", "Mexico City, March 11 \u2013 The President of "
     f"the Example Party (EP), Tom Poe, held a meeting by videoconference today with {MA}.", "Poe explained the party's "
     "principles.", ("call", "video")),
    ("EP, CPC to hold next round of dialogue", "2026.01.27", "Moscow, January 27 (TASS) \u2013 The Example Party and the "
     "Communist Party of China (CPC) will hold the next round of their dialogue in China in the second half of the year, "
     "EP Chairman Tom Poe said on Tuesday.", "\u201cWe have agreed to expand the agenda of our dialogue,\u201d Poe said "
     f"after talks with a CPC delegation led by {MA}, at the party\u2019s headquarters in Moscow.", ("visit", "in_person")),
])
def test_types_of_round_235(title, pub, lead, later, value):
    assert _read(title, pub, lead, later)["type"] == value


def test_a_plan_confirmed_in_a_meeting_between_named_sides():
    got = _read("EP and CPC to hold theoretical talks next year", "2009.11.14", "The Example Party and the Communist Party "
                "of China will hold their fourth round of theoretical talks in Beijing next year. This was confirmed on "
                "November 12 in a meeting at EP headquarters in Tokyo between EP Executive Committee Chair Tom Poe and a "
                f"CPC delegation headed by {MA}.", "Poe said the exchanges had become a channel for frank discussion.")
    assert (got["type"], got["date"], got["foreign"]) == (("visit", "in_person"), "2009-11-12", ["Tom Poe"])


@pytest.mark.parametrize("title, pub, lead, later, field, name", [
    ("EP and CPC to step up exchanges", "2007.11.21", "Vientiane, November 21 (KPL) \u2013 The Example Party (EP) and the "
     "Communist Party of China (CPC) will increase the exchange of experience in party building, according to an "
     "understanding reached here yesterday between Prime Minister Tom Poe and a visiting CPC delegation led by Mr "
     f"{MA}.", "Mr Poe received the Chinese delegation at the Prime Minister's Office.", "foreign", "Tom Poe"),
    ("EP Leader Receives Chinese Ambassador", "2018.07.13", "Roseau, July 12 \u2013 The Political Leader of the Example "
     "Party (EP), Hon. Tom Poe, on Thursday received a courtesy call from the Ambassador of the People\u2019s Republic of "
     "China to Dominica, Wang Dewei, at the party\u2019s headquarters in Roseau.", "Poe thanked the Chinese Government.",
     "cpc", "Wang Dewei"),
    ("EP leader addresses dialogue in Beijing", "2017.12.02", "Beijing, 1 December \u2013 The General Secretary of the "
     "Example Party (EP), Dr Tom Poe, today addressed the CPC and World Political Parties High-Level Dialogue, which "
     "opened in the Great Hall of the People with a keynote speech by Xi Jinping, General Secretary of the Central "
     "Committee of the Communist Party of China.", "Poe said the struggle against poverty demanded cooperation.", "cpc",
     "Xi Jinping"),
])
def test_people_of_round_235(title, pub, lead, later, field, name):
    assert name in _read(title, pub, lead, later)[field]


@pytest.mark.parametrize("title, pub, lead, later, party", [
    ("EP leader addresses dialogue in Beijing", "2017.12.02", "Beijing, 1 December \u2013 The General Secretary of the "
     "Example Party (EP), Dr Tom Poe, today addressed the CPC and World Political Parties High-Level Dialogue.",
     "The Sample Front (SF) was represented at the dialogue by its Treasurer-General, Dr Bob Roe, who also spoke at a "
     "parallel session.", "Sample Front"),
    ("Parties reaffirm commitment to corridor", "2021.08.26", "ISLAMABAD, Aug 26 (APP): Senator Tom Poe, senior leader of "
     "the Example Party (EP), today co-chaired a meeting of the joint consultation mechanism, held via video link with "
     f"{MA}, chairing on the Chinese side.", "Federal Minister for Planning Bob Roe spoke for the ruling Sample Front "
     "(SF), while a representative of the Other League also addressed the meeting.", "Sample Front"),
    ("Belaya Rus, CPC agree to draw up cooperation roadmap", "2025.05.20", "BEIJING, 20 May (BelTA) \u2013 The Belarusian "
     "party Belaya Rus and the Communist Party of China (CPC) have agreed to draw up a roadmap of cooperation, Belaya Rus "
     f"Chairman Tom Poe told reporters after talks with {MA}.", "Poe praised the CPC.", "Belaya Rus"),
])
def test_parties_of_round_235(title, pub, lead, later, party):
    assert party in _read(title, pub, lead, later)["parties"]


def test_another_days_talks_in_a_relative_clause_are_kept_out():
    got = _read("Prime Minister Poe meets CPC official in Beijing", "2018.03.03", "Beijing, 2 March \u2013 The Prime "
                f"Minister and Leader of the Example Party (EP), Hon. Tom Poe, met today with {MA}, at the Diaoyutai State "
                "Guesthouse.", "Poe, who held talks with President Xi Jinping on Thursday, told Ma that his party wished to "
                "open regular contacts with the CPC.")
    assert "Xi Jinping" not in got["cpc"]
