"""Copies of round 245 mended after their first look (rows of our own sentences). Types: a plan whose next sentence
says "X's remarks came during an online seminar held between the two parties" (a video conference) or "X's stance came
during a video call with" (a call); "X stated this after receiving at the party's headquarters a CPC delegation", "X
... was speaking as he received a CPC delegation", "He said this after receiving a courtesy call from Chinese
Ambassador Y", "X gave the news after receiving the Chinese ambassador", "X made the announcement at the Casa del
Pueblo, the party's headquarters, after receiving a delegation" and "made the remarks during a meeting here this
morning with" (the contact); "Y made the pledge in a message of congratulations addressed to X" (a message); datelines
of Banja Luka and Seixal (a visit abroad). People found: a plan's speaker told last, named "the first vice president of
the Venezuelan ruling party, X", "the movement's Secretary General Dr. X" or "Hafedh Caid X", whose next sentence is
"The UPR president was speaking at the end of talks at the party's headquarters in Nouakchott with", "The MPLA
vice-president was speaking to the press after a meeting with" or one of the above."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read

_PLAN = ("The Example Party (EP) and the Communist Party of China (CPC) will step up the exchange of experience in party "
         "building")
_HOLD = ("The Example Party (EP) and the Communist Party of China (CPC) have agreed to hold a joint forum next year on "
         "rural development")


@pytest.mark.parametrize("title, lead, later, kind", [
    ("EP, CPC to step up sharing of experience",
     f"Damascus, March 17 (SANA) \u2013 {_PLAN}, Assistant Secretary General Tom Poe affirmed on Thursday.",
     "Poe\u2019s remarks came during an online seminar held between the two parties under the title \u201cParties and "
     f"Development\u201d, with the participation of {MA}.", ("conference", "video")),
    ("Poe: EP keen on deeper dialogue with Chinese Communist Party",
     "Beirut, Nov 14 (NNA) \u2013 The Example Party (EP) is keen to develop its relations with the Communist Party of "
     "China (CPC), EP head Tom Poe affirmed on Tuesday.",
     f"Poe\u2019s stance came during a video call with {MA}, in which the two sides discussed bilateral relations.",
     ("call", "video")),
    ("EP, CPC agree to hold joint forum on development",
     f"Khartoum, Nov. 7 (SUNA) \u2013 {_HOLD}, the EP Deputy Chairman, Dr. Tom Poe, said Monday.",
     f"Poe stated this after receiving at the party\u2019s headquarters a CPC delegation led by {MA}, which is currently "
     "visiting the Sudan.", ("visit", "in_person")),
    ("EP to hold annual consultations with CPC",
     f"ADDIS ABABA, Dec. 30 (Xinhua) -- {_HOLD}, Deputy Prime Minister Tom Poe said here Monday.",
     f"Poe, who is also deputy chairman of the EP, was speaking as he received a CPC delegation led by {MA}.",
     ("visit", "in_person")),
    ("EP, CPC to hold joint youth programme",
     f"KUALA LUMPUR, Sept 3 (Bernama) -- {_HOLD}, said EP secretary-general Tom Poe.",
     "He said this after receiving a courtesy call from Chinese Ambassador to Malaysia Wang Dewei at the party "
     "headquarters here today.", ("meeting", "in_person")),
    ("EP, CPC to boost cooperation",
     f"Phnom Penh, August 12 (AKP) \u2013 {_PLAN}, said Tom Poe, Member of the Permanent Committee of the EP Central "
     "Committee.", "Poe made the remarks during a meeting here this morning with H.E. Wang Dewei, Ambassador of the "
     "People's Republic of China to the Kingdom of Cambodia.", ("meeting", "in_person")),
    ("CPC pledges continued support to EP",
     "WINDHOEK, April 17 (NAMPA) \u2013 The Communist Party of China (CPC) will continue to support the EP, the head of "
     "the CPC's International Department, Wang Dewei, has said.", "Wang made the pledge in a message of congratulations "
     "addressed to EP Secretary-General Tom Poe on the occasion of the party's anniversary.", ("message", "written")),
    ("Poe Receives Delegation of the Communist Party of China",
     "Banja Luka, May 21 (SRNA) \u2013 The President of the Example Party (EP), Tom Poe, received today a delegation of "
     f"the Communist Party of China led by {MA}.", "Poe said the EP wants closer ties.", ("visit", "in_person")),
    ("CPC Delegation Received by EP Secretary-General",
     "Seixal, September 3 \u2013 A delegation of the Communist Party of China (CPC), headed by Wang Dewei, was among the "
     "more than forty foreign delegations present at the 40th edition of the Festa do Avante! at Quinta da Atalaia.",
     "In the afternoon, the Chinese delegation was received by the Secretary-General of the Example Party (EP), Tom "
     "Poe.", ("visit", "in_person")),
])
def test_a_contact_told_as_the_occasion(title, lead, later, kind):
    assert _read(title, "2016.09.04", lead, later)["type"] == kind


@pytest.mark.parametrize("lead, later", [
    (f"Caracas, Feb 12 (Prensa Latina) {_PLAN}, the first vice president of the Venezuelan ruling party, Tom Poe, "
     "announced today.", "Poe gave the news after receiving the Chinese ambassador in Caracas, Wang Dewei, at the party "
     "headquarters."),
    (f"Lima, Aug. 24 (ANDINA). {_PLAN}, EP secretary general Tom Poe announced today.",
     "Poe made the announcement at the Casa del Pueblo, the party\u2019s headquarters, after receiving a delegation of the "
     f"CPC headed by {MA}."),
    (f"Nouakchott, Dec 30 (AMI) \u2013 {_PLAN}, the party\u2019s president, Tom Poe, said on Tuesday.",
     "The EP president was speaking at the end of talks at the party\u2019s headquarters in Nouakchott with a delegation "
     f"of the CPC led by {MA}."),
    (f"Luanda, Nov. 20 (ANGOP) \u2013 {_PLAN}, the party\u2019s vice-president, Tom Poe, said on Tuesday in Luanda.",
     "The EP vice-president was speaking to the press after a meeting with China\u2019s ambassador to Angola, Wang "
     "Dewei, at the party\u2019s headquarters."),
    (f"Ramallah, March 8 (WAFA) \u2013 {_PLAN}, the movement\u2019s Secretary General Dr. Tom Poe said on Wednesday.",
     "Poe disclosed the plan to reporters after he received in Ramallah Wang Dewei, Director of the Office of the "
     "People\u2019s Republic of China to the State of Palestine."),
])
def test_a_plans_speaker_whose_contact_is_told_next(lead, later):
    assert _read("EP and CPC", "2016.09.04", lead, later)["foreign"] == ["Tom Poe"]
