"""Copies of the kinds rounds 260 and 261 read wrong at 0.22.346 on first sight (rows of our own sentences), most of
them told from the foreign party's side: party words inside a title ("Federal Party Chairman of the ..."), a name in two
parts whose second part has no party word ("... of Peru \u2013 Red Fatherland (PCP-PR)"), "Pole" in an alliance's name,
"was later joined by", "The seminar was opened on Monday by",
a movement's officer as the announcer who received the delegation, a party named only by its acronym, a meeting "at
State House with a CPC delegation", a possessive after a name, a lead's speaker told last after the date and the
place, "The call was held between A and B", and a portfolio read as a name."""
from __future__ import annotations

import pytest

from tests.release_text import release
from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "The meeting was later joined by EP national deputy X"
    ("EP receives CPC delegation", "2005.06.10", "Caracas, June 9 \u2013 The Secretary General of the Example Party (EP), "
     f"Tom Poe, received on Thursday at the party\u2019s national headquarters a delegation of the CPC headed by {MA}.",
     "The meeting was later joined by EP national deputy Sam Roe, who briefed the guests.", "foreign", ["Sam Roe", "Tom Poe"]),
    # "The seminar was opened on Monday by the Vice-President of the EP, X, and by Y"
    ("Seminar held in Cochabamba", "2009.09.08", "Cochabamba, September 8 \u2013 A seminar on party building organised by "
     "the Example Party (EP) and the CPC was held in Cochabamba from September 7 to 8.", "The seminar was opened on Monday "
     f"by the Vice-President of the EP, Tom Poe, and by {MA}.", "foreign", ["Tom Poe"]),
    # "..., the movement's Executive Secretary, X, announced on Wednesday." then "X made the announcement after receiving
    # at the movement's headquarters in Quito a delegation of the CPC"
    ("EP to open party school", "2009.11.19", "Quito, November 18 \u2013 The Example Alliance (EA) will open a national "
     "school for the political training of its cadres in 2010, drawing on the experience of sister parties in Latin "
     "America and Asia, the movement\u2019s Executive Secretary, Tom Poe, announced on Wednesday.", "Poe made the announcement after receiving at the movement\u2019s headquarters in Quito a delegation "
     f"of the CPC led by {MA}.", "foreign", ["Tom Poe"]),
    # "X made the remarks during a meeting at State House with a CPC delegation": a meeting abroad, no conference
    ("EP ready to work with CPC", "2012.11.07", "VICTORIA, Nov. 6 (Xinhua) -- Seychelles' ruling Example Party is ready to "
     "work with the CPC, President Tom Poe, who also leads the party, said here Tuesday.", "Poe made the remarks during a "
     f"meeting at State House with a CPC delegation headed by {MA}.", "type", ("visit", "in_person")),
    # "..., said on Tuesday, 14 July, in Luanda the secretary general of the EP, X (Nick)." then "The party official was
    # speaking at the end of a meeting with ...": the lead's speaker
    ("EP and CPC to reinforce cooperation", "2015.07.15", "Luanda \u2013 The Example Party (EP) and the CPC will reinforce "
     "their cooperation in the training of cadres, said on Tuesday, 14 July, in Luanda the secretary general of the EP, "
     "Tom Poe (Sam).", "The party official was speaking at the end of a meeting with a delegation of the CPC led by "
     f"{MA}.", "foreign", ["Tom Poe"]),
    # "The call was held between EP Secretary General X and Y"
    ("EP and CPC to step up exchanges", "2021.08.12", "WINDHOEK \u2013 The Example Party (EP) and the CPC will step up "
     "exchanges between their youth wings, the two sides agreed during a video call on 10 August.", "The call was held "
     f"between EP Secretary General Tom Poe and {MA}.", "foreign", ["Tom Poe"]),
    # "..., Secretary-General of the EP and South Sudan's Minister of Peace and CPA Implementation, the spokesperson said."
    ("EP delegation to visit China", "2007.03.20", "BEIJING, March 20 (Xinhua) -- A delegation of the Example Party (EP) "
     "will visit China next week, a spokesperson for the International Department of the CPC Central Committee said on "
     "Tuesday.", "The delegation will be led by Tom Poe, Secretary-General of the EP and South Sudan's Minister of Peace "
     "and CPA Implementation, the spokesperson said.", "cpc", []),
])
def test_round_260_rows(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def _parties(lead, later="Both sides exchanged views.", pub="2019.03.19"):
    return [(p.name, p.country_code) for e in release("Parties meet", pub, lead, later).events for p in e.parties]


@pytest.mark.parametrize("lead, later, value", [
    # "Federal Party Chairman of the Social Democratic Party of Austria": party words of a title
    (f"{MA}, held a video call today with Tom Poe, Federal Party Chairman of the Social Democratic Party of Austria (SPO).",
     "Both sides exchanged views.", [("Social Democratic Party of Austria", "AT")]),
    # "the Communist Party of Peru \u2013 Red Banner (PCP-RB)": one party, and no Portuguese PCP inside its initials
    (f"Lima, June 6 \u2013 Tom Poe, President of the Communist Party of Peru \u2013 Red Banner (PCP-RB), announced that "
     f"a CPC delegation headed by {MA}, will arrive in Lima on June 12.", "The Central Committee of the PCP-RB met.",
     [("Communist Party of Peru \u2013 Red Banner", "PE")]),
    # "Pole" in an alliance's name is no Pole; the Colombian "Alternative Democratic Pole (PDA)" in the dictionary
    (f"Bogota, September 27 \u2013 A delegation of the Alternative Democratic Pole (PDA) led by its President, Tom Poe, "
     f"returned home after a visit to China, where it met {MA}.", "Poe said the Great Patriotic Pole of Venezuela was a model.",
     [("Alternative Democratic Pole", "CO")]),
    # a party named only by its acronym takes the dictionary's full name
    (f"Tom Poe, Secretary-General of FRETILIN of Timor-Leste, spoke at the conference opened by {MA}.", "More spoke.",
     [("Revolutionary Front for an Independent East Timor", "TL")]),
    # "a member of Parti Lepep's central executive committee": the possessive is no part of the name
    (f"VICTORIA, Nov. 6 (Xinhua) -- {MA}, met Tom Poe, a member of Parti Lepep's central executive committee.",
     "Both sides exchanged views.", [("Parti Lepep", "SC")]),
    # dictionary rows
    (f"Lima, July 7 \u2013 The President of Juntos por el Per\u00fa (JP), Tom Poe, took part by video link in a summit "
     f"addressed by {MA}.", "Both sides exchanged views.", [("Juntos por el Per\u00fa", "PE")]),
    (f"VICTORIA \u2013 Tom Poe, leader of Linyon Demokratik Seselwa, received a message from {MA}.", "Both sides exchanged "
     "views.", [("Linyon Demokratik Seselwa", "SC")]),
])
def test_round_260_parties(lead, later, value):
    assert _parties(lead, later) == value
