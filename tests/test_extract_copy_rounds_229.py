"""Copies of round 229 mended after their first look (rows of our own sentences). People found: "an understanding
reached here on Monday between the secretary general of the ruling party, X (nickname), and a visiting CPC delegation",
"..., the head of the A commission on international cooperation, X, told TASS on Thursday." then "According to X, the
plan was agreed during a telephone conversation earlier in the day with Y", "Opening the meeting, the President of the
A, X, said". Kept out: "X, who arrived in China on Sunday, visited Shanghai earlier in the week, where he met with Y",
"the Fourth Transformation led by President X", "the phone talks between General Secretary X and General Secretary
Y in 2021", the addressee "Former President X, General Coordinator of the A, has received a message from Y", and
the principal of "... and Special Envoy of General Secretary X, who briefed him". Parties: an announcement's
"representatives of the A are expected to speak"."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    ("EP and CPC to step up cadre training", "2013.07.16", "Luanda, 15 July (ANGOP) \u2013 The EP and the CPC will expand "
     "their cadre training programme, under an understanding reached here on Monday between the secretary general of the "
     "ruling party, Tom Poe (Big Tom), and a visiting CPC delegation.", f"The Chinese delegation was headed by {MA}.",
     "foreign", ["Tom Poe"]),
    ("EP and CPC plan online forum", "2021.06.03", "MOSCOW, June 3. /TASS/. The Example Party and the CPC intend to hold "
     "an online forum before the end of the year, the head of the Example Party's commission on international cooperation, "
     "Tom Poe, told TASS on Thursday.", f"According to Poe, the plan was agreed during a telephone conversation earlier in "
     f"the day with {MA}.", "foreign", ["Tom Poe"]),
    ("EP leader receives CPC delegation", "2024.04.16", f"BEIJING, April 16 (Xinhua) -- {MA}, met here Tuesday with Tom "
     "Poe, secretary-general of the Example Party.", "Poe, who arrived in China on Sunday, visited Shanghai earlier in the "
     "week, where he met with Chen Jining, secretary of the CPC Shanghai Municipal Committee.", "cpc", ["Ma Lin"]),
    ("EP receives CPC delegation", "2023.10.12", f"MEXICO CITY, Oct 11 \u2013 A CPC delegation headed by {MA}, is in "
     "Mexico this week at the invitation of the Example Party (EP).", "On Wednesday, the National President of the EP, Tom "
     "Poe, received the delegation and presented the achievements of the Fourth Transformation led by President Bob Roe.",
     "foreign", ["Tom Poe"]),
    ("EP hosts seminar with CPC", "2017.10.16", "SANTIAGO, Oct 16 (Prensa Latina) -- The Example Party (EP) held in this "
     "capital from October 14 to 15 a seminar with the CPC on socialism.", "Opening the meeting, the President of the EP, "
     f"Tom Poe, said the exchange was of great value. The Chinese delegation was led by {MA}.", "foreign", ["Tom Poe"]),
    ("EP chief receives Chinese ambassador", "2022.01.21", "Hanoi (VNA) \u2013 Tom Poe, Head of the Example Party's "
     "Commission for External Relations, received Chinese Ambassador to Vietnam Li Ming in Hanoi on January 20.", "Poe "
     "spoke highly of the outcomes of the phone talks between General Secretary Bob Roe and General Secretary Xi Jinping "
     "in 2021.", "foreign", ["Tom Poe"]),
    ("EP coordinator receives message from CPC", "2024.06.28", "TEGUCIGALPA, June 27 \u2013 Former President Tom Poe, "
     f"General Coordinator of the Example Party (EP), has received a message from {MA}, congratulating the party on its "
     "anniversary.", "In the message, Ma praised the party.", "foreign", []),
    ("EP leader receives CPC envoy", "2017.11.21", "Phnom Penh, November 20 (AKP) \u2013 Tom Poe, President of the Example "
     f"Party (EP), received here this afternoon {MA} and Special Envoy of General Secretary Xi Jinping, who briefed him on "
     "the congress.", "Poe congratulated the CPC.", "cpc", ["Ma Lin"]),
    ("CPC to hold dialogue with Central Asian parties", "2022.11.21", "Beijing, November 21st\u2014Li Ming, spokesperson of "
     "the International Department of the CPC Central Committee, announced today that a dialogue will be held via video "
     "link on November 24th.", "Tom Poe, Chairman of the Example Party, and representatives of the New Party are expected "
     "to speak.", "parties", ["Example Party", "New Party"]),
])
def test_people_and_parties_of_round_229(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value
