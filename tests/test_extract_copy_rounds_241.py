"""Copies of round 241 mended after their first look, and rules met in earlier rounds' left-outs (rows of our own
sentences). Types: "it was agreed on Thursday at the close of a one-day seminar between the two parties" (a
conference). People found: "Head of the Foreign Relations Office at the National Command X" (an office "at" a party
organ is part of the title); a plan's speaker told last whose next sentence is "The opposition leader was speaking to
the press after receiving Y", "X made the announcement after talks at the A Headquarters with Y" or "X was speaking at
a seminar on party governance held at ..."; "The understanding was announced by the A Secretary-General, X, after a
meeting with"; "A X and the party's Director of Publicity, Reverend Y, were also present"; "made the pledge on Thursday
when he hosted Chinese Ambassador Y"; "X told Y, vice-minister of ..., that President Z still spoke warmly of the trip
he had made ... in January 2006" (Y is told here; Z's trip is the past); "a message of congratulations sent Monday by
the party's president, X, to"; "party spokesman X told Xinhua on Tuesday." Kept out: "The delegation came to Riga from
Tallinn. During its stay in Estonia, it held talks with X". Parties: "president of the Chilean party" (the one party
the release names), "the Social Democrats (SD) of Slovenia" (party words, an acronym and the writer's locator),
"Chairman of Voice \u2013 Social Democracy (Hlas-SD)" (a spaced dash inside the name), "Secretary of the Hanoi Party
Committee" (the CPV's local committee, no party of its own), and Madagascar's HVM and Latvia's Harmony Centre added to
the dictionary."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read

_PLAN = ("EXAMPLETOWN, 14 SEP (NAMPA) \u2013 The Example Party (EP) and the Communist Party of China (CPC) have agreed to "
         "set up a regular exchange of party cadres")


def test_an_office_at_a_party_organ_is_part_of_the_title():
    got = _read("EP official receives CPC delegation", "2007.04.18", "Damascus, April 17 (SANA) \u2013 Assistant Secretary "
                "General of the Example Party Tom Poe received on Tuesday a delegation of the Communist Party of China "
                f"headed by {MA}.", "The meeting was attended by Head of the Foreign Relations Office at the National "
                "Command Sam Roe and Chinese Ambassador in Damascus Li Huaxin.")
    assert (got["foreign"], "Li Huaxin" in got["cpc"]) == (["Sam Roe", "Tom Poe"], True)


@pytest.mark.parametrize("lead, later", [
    (f"{_PLAN}, the party's president, Tom Poe, said on Tuesday in Exampletown.", "The opposition leader was speaking to "
     "the press after receiving the Chinese ambassador to Angola, Wang Dewei, at the party's headquarters."),
    (f"{_PLAN}, EP Secretary-General Tom Poe announced here on Wednesday.", "Poe made the announcement after talks at "
     f"the EP Party Headquarters with a three-member CPC delegation led by {MA}."),
    (f"{_PLAN}, the Secretary General of the ruling Example Party, Tom Poe, said Monday.", "Poe was speaking at a "
     "seminar on party governance held at the party school and co-organized by the EP and the CPC."),
    (_PLAN + ".", f"The understanding was announced by the EP Secretary-General, Tom Poe, after a meeting with a CPC "
     f"delegation headed by {MA}, which arrived on Monday."),
])
def test_a_plans_speaker_whose_contact_is_told_next(lead, later):
    assert _read("EP and CPC agree on exchanges", "2011.09.15", lead, later)["foreign"] == ["Tom Poe"]


def test_a_pair_whose_second_title_is_set_off_by_commas():
    got = _read("EP leader receives Chinese envoy", "2019.09.13", "EXAMPLETOWN, Sept 12 (MANA) \u2013 EP President Tom Poe "
                "received Chinese Ambassador to Malawi Wang Dewei at the party's headquarters on Thursday.", "EP Secretary "
                "General Sam Roe and the party's Director of Publicity, Reverend Ann Doe, were also present.")
    assert got["foreign"] == ["Ann Doe", "Sam Roe", "Tom Poe"]


def test_a_pledge_made_on_a_weekday_when_he_hosted_the_ambassador():
    got = _read("EP pledges closer ties with CPC", "2019.09.13", "EXAMPLETOWN, Sept 12 (MANA) \u2013 The opposition Example "
                "Party (EP) has pledged to strengthen its relationship with the Communist Party of China (CPC), EP President "
                "Dr Tom Poe has said.", "Dr Poe made the pledge on Thursday when he hosted Chinese Ambassador to Malawi "
                "Wang Dewei at the party's headquarters.")
    assert "Wang Dewei" in got["cpc"]


def test_the_one_told_is_no_past_contact_of_the_reported_clause():
    got = _read("EP hopes to learn from CPC", "2007.05.17", "LA PAZ, May 17 (Xinhua) -- The governing Example Party (EP) "
                "hopes to learn from the Communist Party of China (CPC) in poverty reduction, Vice President Tom Poe said on "
                "Thursday while meeting with a visiting CPC delegation.", "Poe told Wang Dewei, vice-minister of the "
                "International Department of the CPC Central Committee and head of the delegation, that President Sam Roe "
                "still spoke warmly of the trip he had made to China in January 2006.")
    assert got["cpc"] == ["Wang Dewei"]


def test_a_seminar_at_whose_close_the_plan_was_agreed():
    got = _read("EP and CPC to keep seminars", "2017.05.18", "Havana, May 18 \u2013 The Example Party (EP) and the Communist "
                "Party of China (CPC) will keep holding their theoretical seminars on a regular basis, it was agreed on "
                "Thursday at the close of a one-day seminar between the two parties at the party school in Havana.",
                f"Tom Poe, head of the EP's International Relations Department, and {MA}, headed their delegations.")
    assert got["type"] == ("conference", "in_person")


@pytest.mark.parametrize("lead, later, expected", [
    ("Luanda, 24 Oct (ANGOP) \u2013 The EP is ready to further strengthen its ties with the Communist Party of China, reads "
     "a message of congratulations sent Monday by the party's president, Tom Poe, to Xi Jinping on his re-election.",
     "He wished the Chinese leader good health.", ["Tom Poe"]),
    ("BRATISLAVA, Aug. 30 (Xinhua) -- A delegation of the Example Party (EP), headed by its vice-chairman Sam Roe, will "
     "visit China from Sept. 5 to 11 at the invitation of the Communist Party of China (CPC), party spokesman Tom Poe "
     "told Xinhua on Tuesday.", "Poe said the delegation would meet officials in Beijing.", ["Sam Roe", "Tom Poe"]),
    ("Riga, May 19th\u2014Tom Poe, Chairman of the Example Party, met here today with a delegation of the Communist Party "
     f"of China (CPC) led by {MA}.", "The delegation came to Riga from Tallinn. During its stay in Estonia, it held talks "
     "with Sam Roe, Chairman of the Estonian Centre Party.", ["Tom Poe"]),
])
def test_senders_announcers_and_an_earlier_stay(lead, later, expected):
    assert _read("EP and CPC", "2022.10.25", lead, later)["foreign"] == expected


@pytest.mark.parametrize("lead, later, expected", [
    ("BEIJING, Sept. 13 (Xinhua) -- The CPC is willing to work with the Socialist Party of Chile to deepen exchanges, "
     f"{MA}, said here Tuesday when meeting with Tom Poe, president of the Chilean party.", "Both sides exchanged views.",
     ["Socialist Party of Chile"]),
    ("BEIJING, June 8 (Xinhua) -- Ma Lin will lead a CPC delegation to Slovenia at the invitation of the Social Democrats "
     "(SD) of Slovenia, a spokesperson announced here Monday.", "In Ljubljana, he will meet Tom Poe, president of the SD.",
     ["Social Democrats"]),
    ("Beijing, November 18th\u2014Ma Lin held a video call today with Example Party Chairman Sam Roe.", "On the same "
     "day, Ma held a separate video call with Tom Poe, Chairman of Voice \u2013 Social Democracy (Hlas-SD) and former "
     "Prime Minister of Slovakia.", ["Example Party", "Voice-Social Democracy"]),
    ("Hanoi (VNA) \u2013 Hanoi and Beijing will step up exchanges, Politburo member and Secretary of the Hanoi Party "
     f"Committee Tom Poe said on November 19 while receiving a delegation led by {MA}.", "He said relations between the "
     "Communist Party of Vietnam (CPV) and the CPC have been consolidated.", ["Communist Party of Vietnam"]),
    ("ANTANANARIVO, Dec. 6 (Xinhua) -- Madagascar's ruling party Hery Vaovao ho an'i Madagasikara (HVM) will send a "
     "delegation to China, the party's national president Tom Poe said on Wednesday after meeting with Chinese "
     "Ambassador to Madagascar Wang Dewei.", "The meeting was cordial.", ["Hery Vaovao ho an'i Madagasikara"]),
    (f"Riga, May 19th\u2014Tom Poe, Chairman of the Board of Harmony Centre, met here today with {MA}.", "They talked.",
     ["Harmony Centre"]),
])
def test_parties_named_in_rarer_shapes(lead, later, expected):
    assert _read("Party news", "2012.11.20", lead, later)["parties"] == expected
