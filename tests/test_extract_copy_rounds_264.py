"""Copies of the kinds round 264 read wrong at 0.22.346 on first sight (rows of our own sentences), most of them leads
that tell a plan first: the speaker's occasion told with a place and a day ("made the statement in Hanoi on May 17
while receiving", "said this in Abuja when receiving"), "told reporters this after talks with", a commitment made at a
seminar, "Also at the talks was <title>, X.", "will head a party delegation to", a guest leader who "is paying a working
visit to" China, a guest "on an official visit to this Asian country", an agreement on a mechanism in the headline,
leaders who "told a video conference", a plan announced "at the fourth meeting of the dialogue mechanism", a party in two
parts glued by a hyphen, a party's second part past a title cut at its dash, and Costa Rica's Broad Front."""
from __future__ import annotations

import pytest

from tests.release_text import release
from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "..., a senior EP official has said." then "Head of ... X made the statement in Hanoi on May 17 while receiving"
    ("EP, CPC to step up exchanges", "2008.05.18", "Hanoi (VNA) \u2013 The Example Party (EP) and the CPC should step up the "
     "exchange of experience in theoretical research, a senior EP official has said.", "Head of the EP Central "
     "Committee\u2019s Commission for External Relations Tom Poe made the statement in Hanoi on May 17 while receiving a "
     f"CPC delegation led by {MA}.", "foreign", ["Tom Poe"]),
    # "..., the party's national chairman X said on Tuesday." then "X said this in Abuja when receiving a CPC delegation"
    ("EP wants to expand cooperation with CPC", "2024.06.19", "ABUJA, June 18 (Xinhua) -- Nigeria\u2019s ruling Example "
     "Party (EP) wants to expand cooperation with the CPC in cadre training, the party\u2019s national chairman Tom Poe said "
     f"on Tuesday.", f"Poe said this in Abuja when receiving a CPC delegation led by {MA}.", "foreign", ["Tom Poe"]),
    # "..., X, said on Wednesday." then "X told reporters this after talks with a CPC delegation led by Y"
    ("EP and CPC to sign plan", "2009.03.25", "MOSCOW, March 24 (Itar-Tass) -- The Example Party and the CPC intend to sign "
     "a new plan of cooperation before the end of the year, the secretary of the Presidium of the Example Party\u2019s "
     "General Council, Tom Poe, said on Wednesday.", f"Poe told reporters this after talks with a CPC delegation led by "
     f"{MA}.", "foreign", ["Tom Poe"]),
    # "EP National Chairman X made the commitment on Thursday at a one-day seminar on governance held at a resort"
    ("EP to draw on China's experience", "2020.01.17", "Monrovia, Jan. 16 (LINA) \u2013 Liberia\u2019s ruling Example Party "
     "(EP) says it will draw on the experience of the CPC in poverty alleviation.", "EP National Chairman Tom Poe made the "
     "commitment on Thursday at a one-day seminar on governance and development held at a resort in Monrovia, which the "
     f"party co-organised with the CPC. {MA}, also spoke.", "type", ("conference", "in_person")),
    ("EP to draw on China's experience", "2020.01.17", "Monrovia, Jan. 16 (LINA) \u2013 Liberia\u2019s ruling Example Party "
     "(EP) says it will draw on the experience of the CPC in poverty alleviation.", "EP National Chairman Tom Poe made the "
     "commitment on Thursday at a one-day seminar on governance and development held at a resort in Monrovia, which the "
     f"party co-organised with the CPC. {MA}, also spoke.", "foreign", ["Tom Poe"]),
    # "Also at the talks was the National Secretary of the EP, X."
    ("EP to sign cooperation agreement", "2005.11.11", "Beijing, Nov. 10, 2005 (NAN) \u2013 The Example Party (EP) will sign "
     "a cooperation agreement with the Communist Party of China (CPC) to promote regular exchange of visits, the National "
     "Chairman of the party, Dr Tom Poe, has said.", "Poe, who is leading an EP delegation on a week-long visit to China, "
     f"said this on Thursday in Beijing during talks with Mr {MA}.\n\nAlso at the talks was the National Secretary of "
     "the EP, Sam Roe.", "foreign", ["Sam Roe", "Tom Poe"]),
    # "X announced today that he will head a party delegation to the People's Republic of China at the end of the month"
    ("EP Delegation to Travel to China", "2023.05.15", "Tegucigalpa, May 15 \u2013 The General Coordinator of the Example "
     "Party (EP), Tom Poe, announced today that he will head a party delegation to the People\u2019s Republic of China at "
     "the end of the month at the invitation of the CPC.", "Poe said the trip would open a channel of dialogue.", "type",
     ("other", None)),
    # "The agreement was reached during a meeting between A and B, who is on an official visit to this Asian country."
    ("China and Cuba to intensify exchanges", "2016.06.08", "Beijing, Jun 8 (Prensa Latina) The CPC and the Example Party "
     "agreed here today to intensify their exchanges on theoretical work.", f"The agreement was reached during a meeting "
     f"between {MA}, and Tom Poe, head of the International Relations Department of the Example Party, who is on an "
     "official visit to this Asian country.", "type", ("meeting", "in_person")),
    # a headline telling an agreement on a mechanism, over talks held abroad: a visit, no gathering
    ("CPC, EP agree on regular exchange mechanism", "2017.08.25", "MANILA, Aug. 24 (Xinhua) -- The CPC and the Example "
     "Party (EP), the ruling party of the Philippines, have agreed to set up a mechanism for regular exchanges between "
     f"their leaders.", f"The agreement was reached on Thursday as {MA}, held talks here with Senate President Tom Poe, "
     "who is also president of the EP. Ma is leading a CPC delegation on a visit to the Philippines.", "type",
     ("visit", "in_person")),
    # "Chairman of the Example Party (EP) M.Tomor is paying a working visit to the People's Republic of China"
    ("EP Chairman Holds Talks in Beijing", "2015.04.08", "Ulaanbaatar, April 8 /MONTSAME/ Chairman of the Example Party (EP) "
     "M.Tomor is paying a working visit to the People's Republic of China at the invitation of the CPC, at the head of a "
     f"delegation of the party's leadership.", f"Today M.Tomor held talks in Beijing with {MA}.", "foreign", ["M.Tomor"]),
    # "..., their leaders told a video conference with the CPC on Thursday": a conference held, not one to come
    ("Example parties, CPC pledge to share experience", "2020.05.29", "Example political parties will work with the CPC "
     "to share experience in post-pandemic recovery, their leaders told a video conference with the CPC on Thursday "
     f"(May 28).", f"The online meeting brought together {MA}, and leaders of nine Example parties, among them Tom Poe.",
     "type", ("conference", "video")),
    # a plan, then "X announced the decision at the fourth meeting of the dialogue mechanism between the two ruling parties"
    ("EP, CPC to hold forum of young political leaders", "2013.06.04", "MOSCOW, June 4 (ITAR-TASS) -- The Example Party and "
     "the CPC will hold a joint forum of young political leaders in Beijing next year, Tom Poe, Secretary of the General "
     "Council of the Example Party, said on Tuesday.", "Poe announced the decision at the fourth meeting of the dialogue "
     f"mechanism between the two ruling parties, which opened in Moscow on Tuesday. The Chinese side is represented by {MA}.",
     "type", ("conference", "in_person")),
])
def test_round_264_rows(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_a_party_in_two_parts_glued_by_a_hyphen():
    r = release("Chinese leader meets EP delegation", "2006.04.12", f"BEIJING, April 11 (Xinhua) -- {MA}, made the remarks "
                "when meeting with a delegation of the Alliance for Renewal in Mali-African Party for Labour and Justice "
                "(ARM-APLJ) led by Tom Poe.", "Both sides exchanged views.")
    assert [p.name for e in r.events for p in e.parties] == ["Alliance for Renewal in Mali-African Party for Labour and Justice"]


def test_a_second_part_past_a_title_cut_at_its_dash():
    r = release("Ma Lin Leads CPC Delegation to Russia", "2026.03.14", "Moscow, March 13th\u2014 A CPC delegation led by "
                f"{MA}, paid a visit to Russia from March 10th to 13th.", "In Moscow, Ma met separately with Tom Poe, "
                "Secretary of the General Council of United Russia, and Sam Roe, Chairman of A Just Russia \u2013 For Truth.")
    assert {p.name for e in r.events for p in e.parties} == {"United Russia", "A Just Russia-For Truth"}


def test_costa_ricas_broad_front_in_a_text_about_costa_rica():
    r = release("EP receives CPC delegation", "2007.11.28", "San Jose, November 27 \u2013 Tom Poe, President of the Frente "
                f"Amplio (FA) and deputy to the Legislative Assembly, received today a delegation of the CPC headed by {MA}.",
                "Ai said the CPC was ready to develop exchanges with Costa Rican political parties.")
    assert [(p.name, p.country_code) for e in r.events for p in e.parties] == [("Frente Amplio", "CR")]
