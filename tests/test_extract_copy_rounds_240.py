"""Copies of round 240 mended after their first look (rows of our own sentences). Types: a plan whose next sentence
says "X announced the agreement when he held talks with a visiting CPC delegation" or "X made the announcement
following a meeting at the movement's headquarters in Ramallah with a visiting delegation" (the contact). People found:
the announcer of that agreement; a plan's speaker told last, "..., the ruling party's secretary for administration X
said.", whose next sentence opens "X was speaking on Tuesday after meeting Chinese Ambassador to Zimbabwe Y". Kept out:
an earlier leg told "In Belgrade on May 14, the delegation was received by X". Parties: Mali's Union for the Republic
and Democracy (URD), not Mauritania's Union for the Republic."""
from __future__ import annotations

import pytest

from parsers.release import parse_release
from tests.test_extract_copy_agreements import MA, _read

_VICE = "Wang Dewei, Vice Minister of the International Department of the CPC Central Committee"


@pytest.mark.parametrize("lead, later", [
    ("Lusaka, 8 April (ZANIS) \u2013 The ruling Example Party (EP) and the Communist Party of China (CPC) have agreed to "
     "launch a cadre exchange programme under which 30 EP officials will attend courses in China every year.",
     f"EP Secretary General Tom Poe announced the agreement when he held talks with a visiting CPC delegation led by {_VICE}, "
     "at the party secretariat in Lusaka today."),
    ("RAMALLAH, May 6, 2015 (WAFA) \u2013 The Example Party (EP) and the Communist Party of China will hold a joint seminar "
     "in Beijing later this year, EP Central Committee member Tom Poe said today.", "Poe, who is in charge of the EP's "
     "relations with China, made the announcement following a meeting at the movement's headquarters in Ramallah with a "
     f"visiting delegation of the Communist Party of China headed by {_VICE}."),
])
def test_a_plan_announced_at_a_meeting_told_next(lead, later):
    got = _read("EP and CPC agree", "2015.05.06", lead, later)
    assert (got["type"], "Tom Poe" in got["foreign"]) == (("visit", "in_person"), True)


def test_a_speaker_told_last_whose_next_sentence_tells_his_meeting():
    got = _read("EP to send officials to China", "2020.01.02", "HARARE, Dec. 31 (New Ziana) \u2013 The Example Party (EP) "
                "will send 100 of its officials to China for training next year under an agreement with the Communist "
                "Party of China, the ruling party's secretary for administration Tom Poe said.", "Poe was speaking on "
                "Tuesday after meeting Chinese Ambassador to Zimbabwe Wang Dewei at the party headquarters in Harare.")
    assert got["foreign"] == ["Tom Poe"]


def test_an_earlier_leg_told_with_its_day():
    got = _read("CPC delegation meets EP leader", "2018.05.17", f"Podgorica, May 16 \u2013 A CPC delegation led by {MA} met "
                "today with Tom Poe, President of the Example Party (EP).", "Montenegro is the second leg of the "
                "delegation's visit. In Belgrade on May 14, the delegation was received by Jan Roe, President of the "
                "Sample Party (SP).")
    assert "Jan Roe" not in got["foreign"]


def test_malis_union_for_the_republic_and_democracy():
    r = parse_release("CPC delegation visits Mali\n ( 2008.03.21 )\n\nBamako, March 20th\u2014A delegation of the CPC "
                      f"headed by {MA} met here today with Tom Poe, President of the Union for the Republic and Democracy "
                      "(URD).\n")
    e = r.events[0]
    assert ([p.name for p in e.parties], e.countries) == (["Union for the Republic and Democracy"], ("ML",))
