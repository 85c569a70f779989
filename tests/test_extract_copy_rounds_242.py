"""Copies of the kind round 242 read wrong (rows of our own sentences): a plan told first whose occasion comes in
the next sentence in a wording of its own: "This was decided on Tuesday, June 4, during talks at", "The talks were
held between A and B", "Welcoming the delegation, X recalled", "X was speaking after he received Chinese Ambassador Y",
"X, the movement's commissioner for ..., spoke after receiving at the headquarters a delegation", "X made the
announcement after receiving", "X was speaking by video link from ... at the A Meeting". People: "The agreement was
reached in talks between EP Secretary-General X and", "This came when the EP Deputy Chairman for Party Affairs, Dr. X,
received", "EP President, Foreign Minister X, said", a speaker whose next sentence opens on the tail of his name ("Poe
Roe was speaking"), "the EP's secretary for information, X, announced"; kept out: "the party backing President X"."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read

AMB = "Chinese Ambassador Wang Dewei"


@pytest.mark.parametrize("title, lead, later, expected", [
    ("EP and CPC to hold joint seminar", "RABAT \u2013 The Example Party (EP) and the Communist Party of China (CPC) "
     "will organise a joint seminar in Rabat next autumn. This was decided on Tuesday, June 4, during talks at the EP "
     f"national headquarters between the party's Secretary-General, Tom Poe, and a CPC delegation led by {MA}.",
     "Poe presented the party's positions.", ("visit", "in_person")),
    ("EP, CPC agree to hold annual dialogue", "RAMALLAH, April 10 (WAFA) \u2013 The Example Party (EP) and the Communist "
     "Party of China agreed on Tuesday to hold an annual political dialogue, EP Central Committee member Tom Poe said.",
     "Poe, the party's Commissioner for Relations with China, spoke after receiving at the EP headquarters in Ramallah a "
     f"delegation of the CPC headed by {MA}.", ("visit", "in_person")),
    ("EP to send youth delegation to China", "BEIRUT, Jan 19 (NNA) - The Example Party will send a delegation of its "
     "youth cadres to China in the spring, EP President Tom Poe said on Tuesday.", "Poe was speaking after he received "
     f"{AMB} at the party's headquarters in Beirut.", ("meeting", "in_person")),
    ("EP, CPC to step up exchanges", "MANILA, Feb. 9 (PNA) -- The Example Party (EP) and the Communist Party of China "
     "will hold regular exchanges on local governance, Senate President Tom Poe said on Thursday.", "Poe, who is "
     f"president of the EP, made the announcement after receiving {AMB} at the Senate in Pasay City.",
     ("meeting", "in_person")),
    ("EP to deepen partnership with CPC", "Nouakchott, March 15 (AMI) \u2013 The Example Party intends to conclude a "
     "cooperation programme with the Communist Party of China before the end of the year, the party's president, Tom "
     "Poe, said on Wednesday.", "Poe was speaking by video link from the party's headquarters at the CPC in Dialogue "
     "with World Political Parties High-level Meeting, in which hundreds of parties took part online.",
     ("conference", "video")),
])
def test_a_plans_occasion_told_next(title, lead, later, expected):
    assert _read(title, "2016.04.11", lead, later)["type"] == expected


def test_the_talks_held_between_after_talks_closing_the_lead():
    got = _read("EP, CPC agree to boost exchanges", "2008.10.22", "Beijing (VNA) \u2013 The Example Party (EP) and the "
                "Communist Party of China (CPC) will hold their fifth theoretical seminar next year, it was agreed at "
                "talks in Beijing on October 21.", "The talks were held between Tom Poe, Secretary of the EP Central "
                f"Committee, who is leading an EP delegation on a working visit to China, and {MA}.")
    assert (got["type"], got["foreign"]) == (("meeting", "in_person"), ["Tom Poe"])


def test_welcoming_the_delegation_the_host_recalled():
    got = _read("EP and CPC to hold joint seminar", "2013.06.06", "RABAT \u2013 The Example Party (EP) and the Communist "
                "Party of China (CPC) will organise a joint seminar in Rabat next autumn, the party said on Wednesday.",
                "Welcoming the delegation, Tom Poe recalled that relations between the two parties went back decades.")
    assert got["type"] == ("visit", "in_person")


@pytest.mark.parametrize("lead, later, expected", [
    (f"ALGIERS, March 14 (Xinhua) -- The EP and the Communist Party of China (CPC) have agreed to exchange cadre "
     f"delegations every year, a party spokesman said here Tuesday. The agreement was reached in talks between EP "
     f"Secretary-General Tom Poe and a visiting CPC delegation headed by {MA}.", "Poe thanked China.", ["Tom Poe"]),
    ("Khartoum, Nov. 20 (SUNA) \u2013 The Example Party (EP) and the Communist Party of China (CPC) have agreed to launch "
     "a joint training programme. This came when the EP Deputy Chairman for Party Affairs, Dr. Tom Poe, received at the "
     f"party's headquarters on Sunday a CPC delegation led by {MA}.", "Poe briefed the delegation.", ["Tom Poe"]),
    ("BEIRUT, Jan 19 (NNA) - The Example Party will send a delegation of its youth cadres to China in the spring, EP "
     "President, Foreign Minister Tom Poe, said on Tuesday.", f"Poe was speaking after he received {AMB} at the party's "
     "headquarters.", ["Tom Poe"]),
    ("Nouakchott, March 15 (AMI) \u2013 The Example Party intends to conclude a cooperation programme with the Communist "
     "Party of China, the party's president, Tom Alan Poe Roe, said on Wednesday.", "Poe Roe was speaking by video link "
     "from the party's headquarters at the CPC in Dialogue with World Political Parties High-level Meeting. In his "
     "address, the president of the EP, the party backing President Sam Coe, said that his country looked to China.",
     ["Tom Alan Poe Roe"]),
    ("Luanda, July 2 (ANGOP) \u2013 The secretary-general of the Example Party (EP), Sam Roe, will lead a party delegation "
     "to China from 7 to 14 July, at the invitation of the Communist Party of China, the EP's secretary for information, "
     "Tom Poe, announced on Wednesday in Luanda.", "The delegation will visit two provinces.", ["Sam Roe", "Tom Poe"]),
])
def test_people_of_a_plans_occasion(lead, later, expected):
    assert _read("EP and CPC", "2011.11.21", lead, later)["foreign"] == expected
