"""Copies of round 236 mended after their first look (rows of our own sentences). Types: "X made the statement after
talks in Moscow with Y" (the talks), "This was agreed on Tuesday in a video call between A and B" (a call, whatever
training the headline names), a delegation that "came back home on Saturday from China, where it paid a working visit"
(a meeting in China). People found: a plan's speaker "the ruling party's secretary general, X, said on Wednesday." when
the next sentence opens "The party leader was speaking to the press after an audience he granted ... to the ambassador
of the People's Republic of China to Angola, Y" (both), "said after talks in Kunming on June 12 with Yunnan Provincial
Party Committee Secretary X". Datelines: "Bishkek, 14 June / AKIpress / \u2013"."""
from __future__ import annotations

import pytest

from parsers.release import parse_release
from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, value", [
    ("EP, CPC to hold next round of dialogue", "2024.03.14", "MOSCOW, March 14. /TASS/ \u2013 The Example Party and the "
     "Communist Party of China (CPC) plan to hold the next round of their dialogue this autumn, EP Chairman Tom Poe told "
     f"reporters on Thursday.", f"Poe made the statement after talks in Moscow with {MA}, who is in Russia on a working "
     "visit.", ("visit", "in_person")),
    ("EP and CPC to move cadre training online", "2020.06.24", "Maputo, 23 Jun (AIM) \u2013 The ruling Example Party (EP) "
     "and the Communist Party of China (CPC) will step up cooperation in the training of cadres, with online courses "
     "replacing the visits of EP members to Chinese party schools.", "This was agreed on Tuesday in a video call between "
     f"the EP General Secretary, Tom Poe, and {MA}.", ("call", "video")),
    ("EP Delegation Returns from China", "2008.11.15", "Ulaanbaatar, November 15 /MONTSAME/. A delegation of the Example "
     "Party (EP) headed by its Secretary General Tom Poe came back home on Saturday from China, where it paid a working "
     "visit from November 9 to 14 at the invitation of the Communist Party of China.", f"In Beijing, Poe held talks with "
     f"{MA}.", ("meeting", "in_person")),
])
def test_types_of_round_236(title, pub, lead, later, value):
    assert _read(title, pub, lead, later)["type"] == value


@pytest.mark.parametrize("field, name", [("foreign", "Tom Poe"), ("cpc", "Wang Dewei")])
def test_a_speaker_named_by_his_role_in_the_next_sentence(field, name):
    got = _read("EP and CPC plan seminar", "2014.11.05", "Luanda \u2013 The EP and the Communist Party of China (CPC) "
                "intend to hold a joint seminar on party governance in Luanda next year, the ruling party\u2019s secretary "
                "general, Tom Poe, said on Wednesday.", "The party leader was speaking to the press after an audience he "
                "granted at the EP headquarters to the ambassador of the People\u2019s Republic of China to Angola, Wang "
                "Dewei.")
    assert name in got[field]


def test_talks_in_a_city_on_a_day_with_a_provincial_secretary():
    got = _read("Laos, Yunnan agree to link roads", "2006.06.14", "Vientiane, June 14 (KPL) \u2013 The Example Party (EP) "
                "and China's Yunnan Province will draw up a joint plan this year to upgrade the roads, Deputy Prime "
                "Minister Tom Poe said after talks in Kunming on June 12 with Yunnan Provincial Party Committee Secretary "
                "Wang Dewei.", "Poe led a delegation of the EP to Yunnan.")
    assert got["cpc"] == ["Wang Dewei"]


def test_an_agency_between_slashes_after_day_and_month():
    r = parse_release("EP leader meets CPC delegation\n ( 2011.06.14 )\n\nBishkek, 14 June / AKIpress / \u2013 EP Chairman "
                      f"Tom Poe met today with a delegation of the Communist Party of China headed by {MA}.\n")
    assert r.dateline_city == "Bishkek"
