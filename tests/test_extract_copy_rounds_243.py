"""Copies of round 243 mended after their first look, and one rule met in an earlier round's left-outs (rows of our own
sentences). Types: a delegation that "returned to the country on Sunday after visiting the People's Republic of China"
or "returned to Brazzaville on Saturday after a working visit to the People's Republic of China" (a meeting in China);
condolences "conveyed" by "A delegation of the A, now visiting China" (in person). People found: "held a seminar ... on
Thursday at the A headquarters, opened by X and by Y"; a plan's speaker whose next sentence says "X made the
announcement after holding talks via video link earlier in the day with" or "The A official was speaking to the press
at the end of a meeting at the party's headquarters with"; "Later on Wednesday, Y was received at the Executive Tower by
President X"; an announced delegation "led by party President X" in "said in a statement that the delegation of the A,
led by ..., will visit"; "X ... reached the agreement with Y during their talks"; "after an audience granted to China's
ambassador to Angola, Y"; "Also taking part from the A headquarters in Dodoma was the party's Secretary for ..., X";
"X joined Y for the talks"; a speaker who "briefed participants on the 19th National Congress of the CPC held last
month" (the congress's time, not his); "Labour MP X" and "MK X" (the role and the honorific are no part of the name).
Parties: "Slovenia's Social Democrats (SD)" (party words, an acronym and a country's possessive)."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read

_PLAN = ("Luanda - The Example Party (EP) and the Communist Party of China (CPC) will step up the training of cadres "
         "and the exchange of experience in party building")


@pytest.mark.parametrize("lead, later, expected", [
    ("SANTIAGO, Oct. 22 \u2013 The Example Party (EP) and the Communist Party of China (CPC) held a seminar on "
     "development "
     f"on Thursday at the EP headquarters, opened by EP President Tom Poe and by {MA}.", "Poe said the seminar showed "
     "the maturity of relations.", ["Tom Poe"]),
    ("LIMA, Nov. 17 \u2013 The Example Party and the Communist Party of China (CPC) have agreed to expand their "
     "exchanges, "
     "the party's National Secretary General, Tom Poe, said on Thursday.", "Poe made the announcement after holding "
     "talks "
     f"via video link earlier in the day with {MA}.", ["Tom Poe"]),
    ("MONTEVIDEO, Feb. 11 \u2013 The President of the Example Party (EP), Sam Roe, received on Wednesday at the "
     "party's "
     f"headquarters a delegation of the Communist Party of China (CPC) headed by {MA}.", "Later on "
     "Wednesday, Ma was received at the Executive Tower by President Tom Poe, who said his government wanted closer "
     "ties.", ["Sam Roe", "Tom Poe"]),
    (f"{_PLAN}, the secretary general of the EP, Tom Poe, said on Tuesday in Luanda.", "The EP official was speaking "
     "to the "
     f"press at the end of a meeting at the party's headquarters with a CPC delegation headed by {MA}.", ["Tom Poe"]),
    ("DODOMA, June 9 \u2013 EP Secretary General Sam Roe held talks via video link on Tuesday with Ma Lin.", "Also "
     "taking "
     "part from the EP headquarters in Dodoma was the party's Secretary for Political Affairs and International "
     "Relations, Tom Poe.", ["Sam Roe", "Tom Poe"]),
    (f"KAMPALA, Feb. 24 \u2013 EP Secretary General Sam Roe held talks via video link on Tuesday with {MA}.", "The EP "
     "Deputy Secretary General, Tom Poe, joined Roe for the talks from the party's headquarters.",
     ["Sam Roe", "Tom Poe"]),
    ("ULAANBAATAR, Sept. 6 (MONTSAME) -- The EP and the CPC will exchange cadres, the EP said.", "Secretary General of "
     "the Example Party Tom Poe, who is on a working visit to China, reached the agreement with Ma Lin, Head of the "
     "International Department of the CPC Central Committee, during their talks in Beijing on September 5.",
     ["Tom Poe"]),
])
def test_people_of_the_contact_in_rarer_shapes(lead, later, expected):
    assert _read("EP and CPC", "2015.10.23", lead, later)["foreign"] == expected


def test_an_announced_delegations_leader_told_in_a_spokespersons_statement():
    got = _read("EP delegation to visit China", "2019.09.26", "BEIJING, Sept. 26 (Xinhua) -- A ruling party will send "
                "a high-level delegation to China next week, the CPC said here Thursday.", "Hu Zhaoming, spokesperson "
                "of the International Department of the CPC Central Committee, said in a statement that the delegation "
                "of the Example Party (EP), led by party President Tom Poe, will visit China from Sept. 28 to Oct. 5.")
    assert got["foreign"] == ["Tom Poe"]


@pytest.mark.parametrize("later, name", [
    ("Poe was speaking to the press after an audience granted to China's ambassador to Angola, Wang Dewei, at the "
     "party's headquarters.", "Wang Dewei"),
    ("Wang Dewei, vice minister of the International Department, who led a CPC delegation to the seminar, briefed "
     "participants on the 19th National Congress of the CPC held last month.", "Wang Dewei"),
])
def test_chinese_people_of_the_contact(later, name):
    got = _read("EP and CPC", "2019.03.12", f"{_PLAN}, the secretary general of the ruling party, Tom Poe, announced "
                "on Tuesday, 12 March, in Luanda.", later)
    assert name in got["cpc"]


@pytest.mark.parametrize("title, pub, lead", [
    ("EP delegation back from China", "2009.11.09", "SANTO DOMINGO, Nov. 9 \u2013 A delegation of the Example Party "
     "(EP) headed by its Secretary General, Tom Poe, returned to the country on Sunday after visiting the People's "
     "Republic of China from October 29 to November 7."),
    ("EP delegation back from China", "2012.10.20", "Brazzaville, 20 October 2012 \u2013 A delegation of the Example "
     "Party (EP) led by its Secretary General, Tom Poe, returned to Brazzaville on Saturday after a working visit to "
     "the People\u2019s Republic of China from 10 to 18 October."),
    ("EP Leader Conveys Condolences over Earthquake", "2008.05.14", "Beijing, May 14th\u2014 A delegation of the "
     "Example Party (EP), now visiting China at the invitation of the CPC, conveyed the EP's deep condolences to the "
     "Chinese people over the earthquake."),
])
def test_contacts_in_china_told_from_the_visitors_side(title, pub, lead):
    got = _read(title, pub, lead, f"In Beijing, the delegation was received by {MA}.")
    assert got["type"] == ("meeting", "in_person")


@pytest.mark.parametrize("lead, field, expected", [
    ("Beijing, 23 May (STA) \u2013 Slovenia\u2019s Social Democrats (SD) and the Communist Party of China (CPC) agreed "
     f"on Monday to step up exchanges, SD President Tom Poe said after talks with {MA}.", "parties",
     ["Social Democrats"]),
    ("WELLINGTON, Nov. 2 (Xinhua) -- Example Party leader Sam Roe will visit China from Nov. 8 to 14, a party "
     "spokesman said on Monday. Roe will be accompanied by Labour MP Tom Poe, the party's foreign affairs "
     "spokesman.", "foreign", ["Sam Roe", "Tom Poe"]),
    ("TEL AVIV, Nov 6 \u2013 Example Party Secretary-General MK Tom Poe held a telephone conversation on Monday with "
     f"{MA}.", "foreign", ["Tom Poe"]),
])
def test_names_and_parties_as_written(lead, field, expected):
    assert _read("EP and CPC", "2009.11.03", lead, "Both sides exchanged views.")[field] == expected
