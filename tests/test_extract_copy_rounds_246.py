"""Copies of rounds 245 and 246 mended after their first look (rows of our own sentences, beyond those of
tests/test_extract_copy_rounds_245.py). People found: "Secretary for Administration Cde X said" whose next sentence is
"Cde X was speaking after meeting the Chinese Ambassador"; "X was speaking at the opening in Maputo of a three-day
seminar"; "received on Monday 15 October at the party's headquarters the Ambassador of the People's Republic of China
to Lebanon, H.E. Y"; "The Chairman of the A, X, will pay an official visit to the People's Republic of China" (X is no
Chinese official: the words after the comma are his predicate, not his title). Kept out: "the agreements reached in the
telephone conversation between First Secretary X and General Secretary Xi Jinping last December", "Morena, which leads
Mexico under President X", and the party's "Women's and Youth Leagues" read as a name. Parties: "the Moderate Party
(Moderaterna)" (the name in its own language is no part of it)."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("lead, later, expected", [
    ("HARARE \u2013 The Example Party (EP) and the Communist Party of China have agreed to extend their exchange programme "
     "to the party's Women's and Youth Leagues, Secretary for Administration Cde Tom Poe said in Harare on Thursday, "
     "October 15.", "Cde Poe was speaking after meeting the Chinese Ambassador to Zimbabwe, Mr Wang Dewei, at the party's "
     "headquarters.", ["Tom Poe"]),
    ("Maputo, 22 Jun (AIM) \u2013 The ruling Example Party (EP) plans to open a national cadre school by 2012, with "
     "technical assistance from the Communist Party of China (CPC), EP Secretary-General Tom Poe announced on Tuesday.",
     "Poe was speaking at the opening in Maputo of a three-day seminar on party building, organised jointly by the EP "
     "and the CPC.", ["Tom Poe"]),
    (f"HAVANA, March 23 (Xinhua) -- Tom Poe, head of the EP's International Relations Department, held a video call with "
     f"{MA}.", "They reviewed the agreements reached in the telephone conversation between First Secretary Sam Roe and "
     "General Secretary Xi Jinping last December.", ["Tom Poe"]),
    (f"MEXICO CITY, Jan. 19 (Xinhua) -- Tom Poe, president of the Example Party, met here on Monday with {MA}.", "Poe "
     "said the EP, which leads Mexico under President Sam Roe, attaches importance to its relations with the CPC.",
     ["Tom Poe"]),
])
def test_people_of_this_contact_and_of_others(lead, later, expected):
    assert _read("EP and CPC", "2009.10.16", lead, later)["foreign"] == expected


def test_a_predicate_after_the_comma_is_no_title():
    got = _read("EP leader to visit China", "2007.10.04", "Tirana, 4 October (ATA) \u2013 The Chairman of the Example "
                "Party, Tom Poe, will pay an official visit to the People\u2019s Republic of China next week at the "
                "invitation of the International Department of the Central Committee of the Communist Party of China, the "
                "party\u2019s press office announced on Thursday.", "Poe will hold talks in Beijing.")
    assert (got["foreign"], got["cpc"]) == (["Tom Poe"], [])


def test_an_ambassador_received_on_a_weekday_and_date():
    got = _read("EP leader receives Chinese envoy", "2018.10.16", "Beirut (NNA) \u2013 The Secretary General of the Example "
                "Party, Tom Poe, received on Monday 15 October at the party\u2019s headquarters the Ambassador of the "
                "People\u2019s Republic of China to Lebanon, H.E. Wang Dewei, in the presence of Sam Roe, member of the "
                "Party\u2019s Political Bureau.", "They discussed relations.")
    assert got["cpc"] == ["Wang Dewei"]


def test_a_party_named_also_in_its_own_language():
    got = _read("EP delegation visits China", "2006.10.17", "Stockholm, 17 October \u2013 Tom Poe, Party Secretary of the "
                f"Moderate Party (Moderaterna), held talks in Beijing on 14 October with {MA}.", "They discussed trade.")
    assert got["parties"] == ["Moderate Party"]
