"""Copies of round 239 mended after their first look (rows of our own sentences). Types: "it was agreed at talks in
Hanoi on July 10 between A and B" (the talks), "The commitment came out of talks at the A headquarters between X and a
CPC delegation" (the talks), a delegation that "has returned to the Netherlands after visiting China from 6 to 13
September" (a meeting in China). People found: a memorandum "signed Wednesday in Luanda by the vice-president of the
ruling party, X, and ...", "Chinese Ambassador to Bosnia and Herzegovina X joined the conversation", "The letter,
addressed to A President X, was signed by Y" (Y sent it). Kept out: "the reform process initiated by President X".
Parties and countries: "Speakers from A's B Party, C's D Party and ... also addressed the forum"; Indonesia's
"Democratic Party (PD)" in a Jakarta copy. Datelines: "N'DJAMENA" is N'Djamena."""
from __future__ import annotations

import pytest

from parsers.release import parse_release
from tests.test_extract_copy_agreements import MA, _read

_VICE = "Wang Dewei, Vice-Minister of the International Department of the CPC Central Committee"


@pytest.mark.parametrize("title, pub, lead, later, value", [
    ("EP, CPC to boost theoretical exchanges", "2012.07.11", "Hanoi (VNA) \u2013 The Example Party (EP) and the Communist "
     "Party of China (CPC) will hold their next theoretical workshop in China later this year, it was agreed at talks in "
     f"Hanoi on July 10 between Tom Poe, head of the EP Commission for External Relations, and {_VICE}.",
     "Wang is leading a CPC delegation on a working visit.", ("visit", "in_person")),
    ("EP and CPC to broaden cadre training", "2007.11.15", "Havana, Nov 14 (Prensa Latina) The Example Party (EP) and the "
     "Communist Party of China (CPC) will expand the exchange of cadres next year, it was agreed here on Wednesday.",
     "The commitment came out of talks at the EP headquarters between Tom Poe, head of its International Department, and "
     f"a CPC delegation headed by {_VICE}.", ("visit", "in_person")),
    ("EP delegation back from China", "2006.09.15", "Amsterdam, 14 September \u2013 A delegation of the Example Party (EP) "
     "led by party chairman Tom Poe has returned to the Netherlands after visiting China from 6 to 13 September at the "
     "invitation of the Communist Party of China (CPC).", f"In Beijing the delegation held talks with {MA}.",
     ("meeting", "in_person")),
])
def test_types_of_round_239(title, pub, lead, later, value):
    assert _read(title, pub, lead, later)["type"] == value


@pytest.mark.parametrize("lead, later, field, name", [
    ("Luanda \u2013 The Example Party (EP) and the Communist Party of China (CPC) will widen their exchanges, under a "
     "memorandum signed Wednesday in Luanda by the vice-president of the ruling party, Maria Soares, and the vice-minister of "
     "the International Department of the CPC Central Committee, Wang Dewei.", "The document was signed after talks.",
     "foreign", "Maria Soares"),
    ("BANJA LUKA, March 17 (SRNA) \u2013 EP President Tom Poe held talks via video link today with Ma Lin, Minister of the "
     "International Department of the CPC Central Committee.", "Chinese Ambassador to Bosnia and Herzegovina Wang Dewei "
     "joined the conversation from Sarajevo.", "cpc", "Wang Dewei"),
    ("Bern, 22 October \u2013 The Example Party (EP) has received a letter of congratulations from the Communist Party of "
     "China (CPC) on its anniversary. The letter, addressed to EP President Tom Poe, was signed by Wang Dewei, Minister of "
     "the International Department of the CPC Central Committee.", "The EP thanked the CPC.", "cpc", "Wang Dewei"),
])
def test_people_of_round_239(lead, later, field, name):
    assert name in _read("EP and CPC", "2016.05.10", lead, later)[field]


def test_the_author_of_a_reform_process_is_spoken_of():
    got = _read("EP receives CPC delegation", "2008.12.10", "TUNIS, December 9 (TAP) \u2014 Mr. Tom Poe, Secretary General "
                f"of the Example Party (EP), received on Tuesday a delegation of the CPC led by {MA}.", "Mr. Poe presented "
                "the reform process initiated by President Jan Roe, Chairman of the EP, and the role of the party.")
    assert got["foreign"] == ["Tom Poe"]


def test_parties_of_the_speakers_from_a_list():
    got = _read("Parties of China, Central Asia agree on dialogue", "2023.08.17", "URUMQI, Aug. 17 (Xinhua) -- Political "
                "parties of China and Central Asia agreed on Thursday to hold a party dialogue every two years, according "
                f"to an initiative adopted at a forum held here, which {MA} addressed.", "Speakers from Kazakhstan's Amanat "
                "Party, the People's Democratic Party of Tajikistan and the Liberal Democratic Party of Uzbekistan also "
                "addressed the forum, which drew about 80 party officials.")
    assert {"Amanat Party", "People's Democratic Party of Tajikistan", "Liberal Democratic Party of Uzbekistan"} <= set(got["parties"])


def test_indonesias_democratic_party_in_a_jakarta_copy():
    r = parse_release("Golkar chairman receives CPC delegation\n ( 2011.07.13 )\n\nJakarta, July 12 (ANTARA) - Golkar Party "
                      f"chairman Tom Poe on Tuesday received a delegation of the CPC led by {MA}.\n\nIn a separate meeting on "
                      "the same day, the delegation also met with the chairman of the Democratic Party (PD), Jan Roe, at "
                      "the PD office in Central Jakarta.\n")
    assert set(r.events[0].countries) == {"ID"}


def test_a_dateline_city_after_an_apostrophe_keeps_its_capital():
    r = parse_release("EP, CPC agree\n ( 2018.05.25 )\n\nN'DJAMENA, May 25 (Xinhua) -- The Example Party (EP) and the "
                      f"CPC agreed to step up exchanges during talks between Tom Poe and {MA}.\n")
    assert r.dateline_city == "N'Djamena"
