"""Copies of round 230 mended after their first look (rows of our own sentences). Types: a foreign agency's copy under
a Beijing dateline of one "who is paying an official visit to the People's Republic of China" (a meeting), "it was
agreed at a meeting in Beijing on July 6 between A and B" (a meeting), a delegation that "has returned to Lisbon
from an official visit to the People's Republic of China" (a meeting in China), "a joint proposal released at the
close of the seventh meeting of the A Mechanism" (a conference), a Chinese ambassador received at a party's office
whose remarks recall "the visit to Tanzania last year of a CPC delegation led by X" (a meeting; X not there). People
found: "The pledge was made by A Secretary General X in talks with", "Attorney-General X, who is also the party's
general secretary, said" (then "X was speaking at a meeting with"), "after holding discussions on the same day with
the Chinese Ambassador to Ethiopia, X, at", "A Secretary General X thanked the Chinese people", "A vice-president
Datuk X was among those present at the meeting", "Hajji" an honorific, "Mr X-Y, who is also the Foreign Minister"
(the full name told before). Parties: "held talks with A (AP) President, First Deputy Prime Minister and Foreign
Minister X" (a party office heading a chain of offices)."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    ("EP chairman holds talks with Ma Lin", "2005.11.25", "Beijing, November 24 /MONTSAME/ \u2013 Tom Poe, Chairman of the "
     "Example Party (EP), who is paying an official visit to the People\u2019s Republic of China at the invitation of the CPC, "
     f"held talks here today with {MA}.", "Both sides exchanged views.", "type", ("meeting", "in_person")),
    ("EP, CPC agree to step up exchanges", "2015.07.07", "Beijing (VNA) \u2013 The Example Party (EP) and the CPC will hold "
     f"their theoretical workshop later this year, it was agreed at a meeting in Beijing on July 6 between {MA}, and Tom Poe, "
     "head of the EP Commission for External Relations.", "Poe praised China.", "type", ("meeting", "in_person")),
    ("EP delegation concludes visit to China", "2011.11.22", "Lisbon, 22 November \u2013 A delegation of the Example Party "
     "(EP) led by its Secretary-General, Tom Poe, has returned to Lisbon from an official visit to the People\u2019s Republic "
     "of China, which took place from 14 to 21 November at the invitation of the Central Committee of the Communist Party of "
     "China (CPC).", "In Beijing, the delegation, which also included Bob Roe, member of the EP Political Committee, held talks with "
     f"{MA}.", "type",
     ("meeting", "in_person")),
    ("CPC, EP agree to expand exchanges", "2018.06.04", "TOKYO, June 3 \u2013 The CPC and the Example Party (EP) agreed to "
     "expand exchanges between young politicians, according to a joint proposal released at the close of the seventh "
     "meeting of the China-Japan Ruling Parties Exchange Mechanism in Tokyo on Sunday.", f"The meeting was co-chaired by {MA}, "
     "and Tom Poe, Secretary-General of the EP.", "type", ("conference", "in_person")),
    ("EP Secretary General hosts Chinese envoy", "2024.03.13", "Dodoma, March 12 \u2013 Example Party (EP) Secretary "
     "General Dr Tom Poe has received the Chinese Ambassador to Tanzania, Ms Li Ming, at the party\u2019s head office.",
     f"Ambassador Li said the visit to Tanzania last year of a CPC delegation led by {MA}, had opened new areas.", "type",
     ("meeting", "in_person")),
])
def test_types_of_round_230(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    ("EP pledges to protect Chinese investments", "2012.05.09", "JUBA, May 9 (Xinhua) -- The ruling Example Party (EP) "
     "pledged on Wednesday to ensure the safety of Chinese investments.", "The pledge was made by EP Secretary General Tom "
     f"Poe in talks with a visiting delegation of the CPC headed by {MA}.", "foreign", ["Tom Poe"]),
    ("EP looks to China", "2014.11.25", "SUVA, Nov. 25 (Xinhua) -- The ruling Example Party will work with the CPC to build "
     "a closer partnership, Attorney-General Tom Poe, who is also the party's general secretary, said here on Tuesday.",
     f"Poe was speaking at a meeting with a visiting CPC delegation led by {MA}.", "foreign", ["Tom Poe"]),
    ("EP, CPC agree to expand cadre training", "2025.01.02", "ADDIS ABABA, Dec. 30 (ENA) \u2013 The Example Party (EP) and "
     "the CPC have agreed to expand the training of party cadres, EP Vice President Tom Poe said on Monday.", "Poe made the "
     "remarks after holding discussions on the same day with the Chinese Ambassador to Ethiopia, Li Ming, at the party's "
     "head office.", "cpc", ["Li Ming"]),
    ("EP takes part in video conference with CPC", "2020.05.29", "Madrid, May 29 \u2013 The Example Party (EP) took part on "
     "Thursday, May 28, in a video conference with the CPC and left-wing parties from across Europe.", f"The session was "
     f"opened by {MA}. EP Secretary General Tom Poe thanked the Chinese people for the masks sent to Spain.", "foreign",
     ["Tom Poe"]),
    ("EP delegation meets CPC chief", "2008.12.12", f"BEIJING, Dec 11 (Bernama) -- EP president Datuk Seri Tom Poe today met "
     f"{MA}.", "EP vice-president Datuk Bob Roe was among those present at the meeting.", "foreign", ["Bob Roe", "Tom Poe"]),
    ("EP delegation to visit China", "2026.02.10", "Kampala, February 9 \u2013 The EP Secretary General, Tom Poe, has "
     "announced that a delegation of the Example Party led by the First National Vice Chairperson, Hajji Bob Roe, will "
     "travel to China next week.", f"Poe said the delegation will hold talks in Beijing with {MA}.", "foreign",
     ["Bob Roe", "Tom Poe"]),
    ("EP receives CPC delegation", "2016.12.06", "Belgrade, Dec 6 (Tanjug) \u2013 Example Party (EP) President Tom Poe on "
     f"Tuesday received a delegation of the CPC led by {MA}.", "Later on Tuesday, the Chinese delegation held talks with New "
     "Party (NP) President, First Deputy Prime Minister and Foreign Minister Bob Roe, who praised China.", "parties",
     ["Example Party", "New Party"]),
    # (a hyphenated surname after an honorific is the full name written before, whatever title follows)
    ("EP, CPC hold talks via video link", "2021.06.23", "SUVA \u2014 EP general secretary Tom Poe-Roe held talks via video "
     f"link with {MA}, on Tuesday, June 22.", "Mr Poe-Roe, who is also the Foreign Minister and Minister for Economy, said "
     "the discussion covered trade.", "foreign", ["Tom Poe-Roe"]),
])
def test_people_and_parties_of_round_230(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value
