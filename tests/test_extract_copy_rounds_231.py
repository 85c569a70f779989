"""Copies of round 231 mended after their first look (rows of our own sentences). A plan told first, then the
speaker's own contact closing the sentence: "..., X told visiting Uzbek party leader Y here Thursday", "..., X said on
Monday during a meeting in Ramallah with Y, Director of the Office of China to the State of Palestine" (an envoy's
meeting in his host country), "..., X said in a letter dated February 24 to Y" (a message of that day). People found:
"according to a statement issued by the party after its President, X, held talks in Beijing on June 9 with Y",
"..., Y told A leader X in a phone call on Wednesday". Kept out: "Malaysia's Energy" of "X, who is also Malaysia's
Energy, Water and Communications Minister" (a possessive opens no name)."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    ("Xinjiang to train Uzbek farm technicians", "2010.09.02", "URUMQI, Sept. 2 (Xinhua) -- Xinjiang will open a training "
     "base for agricultural technicians from Uzbekistan next year, Li Ming, Secretary of the Xinjiang Uygur Autonomous "
     "Regional Committee of the CPC, told visiting Uzbek party leader Tom Poe here Thursday.", "Poe praised China.", "type",
     ("meeting", "in_person")),
    ("EP to join China seminar", "2016.01.18", "RAMALLAH, Jan. 18 (WAFA) \u2013 The Example Party (EP) will send a "
     "delegation to a seminar on governance to be held in China this spring, EP Secretary-General Tom Poe said on Monday "
     "during a meeting in Ramallah with Li Ming, Director of the Office of China to the State of Palestine.",
     "Poe praised China.", "type", ("meeting", "in_person")),
    ("EP chief pledges to work with CPC", "2018.02.26", "Aden, Feb. 26 \u2013 The Example Party (EP) is ready to work with "
     "the CPC for a political settlement, EP Secretary-General Tom Poe said in a letter dated February 24 to "
     f"{MA}.", "The letter praised China.", "type", ("message", "written")),
    ("EP chief pledges to work with CPC", "2018.02.26", "Aden, Feb. 26 \u2013 The Example Party (EP) is ready to work with "
     "the CPC for a political settlement, EP Secretary-General Tom Poe said in a letter dated February 24 to "
     f"{MA}.", "The letter praised China.", "date", "2018-02-24"),
])
def test_types_of_round_231(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    ("EP, CPC agree on cadre training", "2015.06.12", "Bissau, June 12 (ANG) \u2013 The Example Party (EP) and the CPC have "
     "agreed to hold regular training courses, according to a statement issued by the party after its President, Tom Poe, "
     f"held talks in Beijing on June 9 with {MA}.", "Poe thanked China.", "foreign", ["Tom Poe"]),
    ("China to send supplies, CPC official tells EP leader", "2020.08.12", "BEIRUT, Aug. 12 (NNA) \u2013 China will send "
     f"a further batch of medical supplies to Lebanon, {MA}, told Example Party (EP) leader Tom Poe in a phone call on "
     "Wednesday.", "Poe thanked China.", "foreign", ["Tom Poe"]),
    ("EP leader holds talks with Ma Lin", "2005.06.20", f"BEIJING, June 20 (Bernama) -- EP president Datuk Seri Tom Poe met "
     f"here today with {MA}.", "Poe, who is also Malaysia\u2019s Energy, Water and Communications Minister, told Ma that the "
     "party treasured its friendship with the CPC.", "foreign", ["Tom Poe"]),
])
def test_people_of_round_231(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value
