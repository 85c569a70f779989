"""Copies of rounds 126 and 127: people a story names in passing (an earlier leg, a past hand-over, a patron's
greetings, a leader congratulated, an institute's head) and words that are no person (rows of our own sentences)."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read

_CHENGDU = ("Provincial leader meets delegation", "2014.09.12", "Chengdu, September 11th\u2014Li Hua, Secretary of the "
            "CPC Sichuan Provincial Committee, met here today with a delegation of the Example Party led by Tom Poe, "
            "Deputy General Secretary of the Example Party.")
_HARARE = ("Party official hosts delegation", "2013.08.14", "Harare, 13 August (New Ziana) \u2013 The Secretary for "
           "Administration of the Example Party, Cde Tom Poe, on Tuesday hosted a visiting delegation of the CPC led "
           f"by {MA}, at the party's headquarters in Harare.")


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "While in Beijing, it was received by X": an earlier stop of the trip, not the dateline's city
    (*_CHENGDU, "The delegation arrived in China on September 7th. While in Beijing, it was received by Ma Lin, "
     "Member of the Standing Committee of the Political Bureau of the CPC Central Committee.", "cpc", ["Li Hua"]),
    # "The supplies were handed over in Harare last month by X": another time
    ("Party thanks CPC for supplies", "2020.05.07", "Beijing, May 6th\u2014Tom Poe, Secretary for Administration of "
     f"the Example Party, has written to {MA}, to thank the CPC for the supplies it donated.", "The supplies were "
     "handed over in Harare last month by Li Hua, Chinese Ambassador to Zimbabwe.", "cpc", []),
    # "the talks held between Prime Minister X and Chinese leaders in recent years"
    ("CPC official meets party delegation", "2010.01.02", f"Beijing, Dec. 30 (AKP) -- {MA}, told Tom Poe, honorary "
     "president of the Example Party, during their meeting here on Wednesday that China will support Cambodia.", "Ma "
     "also spoke highly of the talks held between Prime Minister Bob Roe and Chinese leaders in recent years.",
     "foreign", ["Tom Poe"]),
    # "the Pakistan-China Institute headed by Senator X": an institute's head, named in the speech
    ("Parties agree to accelerate corridor", "2022.08.11", "ISLAMABAD, Aug 10 (APP): Example Party Secretary General "
     f"Tom Poe held a virtual meeting on Wednesday with {MA}.", "Ma appreciated the role of the Pakistan-China "
     "Institute headed by Senator Bob Roe in promoting the corridor.", "foreign", ["Tom Poe"]),
    # "Koizumi's visits to Yasukuni Shrine": a shrine, no person
    ("Parties open exchange council", "2006.02.22", "BEIJING, Feb. 22 Kyodo - Senior officials of the Example Party "
     f"on Wednesday opened the first session of an exchange council with the CPC. {MA}, led the Chinese side.",
     "Opening the session, Ma repeated Beijing's objection to Prime Minister Bob Roe's visits to Yasukuni Shrine, "
     "which Chinese leaders regard as the main cause of the stalled diplomacy.",
     "cpc", ["Ma Lin"]),
    # "following the visits to China made this year by X": earlier visits
    ("CPC delegation to visit", "2010.10.07", f"Pyongyang, October 6 (KCNA) -- A CPC delegation led by {MA}, will "
     "pay a goodwill visit at the invitation of the Example Party.", "The visit will be another significant occasion, "
     "following the visits to China made this year by Tom Poe, General Secretary of the Example Party.", "foreign", []),
    # "Conveying the greetings of Prime Minister and party President X": the sender of greetings
    ("Parties hold talks", "2014.08.27", "BEIJING, Aug 26 (BSS) - A delegation of the Example Party led by its General "
     f"Secretary Tom Poe today held talks with {MA}, at the Department's office here.", "Conveying the greetings of "
     "Prime Minister and Example Party President Bob Roe, Poe said her visit had opened a new chapter.", "foreign",
     ["Tom Poe"]),
    # "Ai congratulated President X and the revolutionary party on their victory": congratulated, not there
    (*_HARARE, "Ma congratulated President Bob Roe and the revolutionary party on their victory in the elections of July "
     "31, saying the result showed that the people had chosen stability.",
     "foreign", ["Tom Poe"]),
    # "paid an official visit to China last July"
    ("Party delegation to visit China", "2014.04.15", "BEIJING, April 14 (Xinhua) -- A delegation of the Example "
     "Party will visit China from April 17 to 24, a spokesperson for the IDCPC said Monday.", "The delegation will be "
     "headed by Tom Poe, secretary general of the party.\n\nPrime Minister Bob Roe paid an official visit to China "
     "last July.", "foreign", ["Tom Poe"]),
    # "The phone talks came about two weeks after A and Chinese President B held their first summit"
    ("Party leader hopes to visit China", "2022.11.30", "TOKYO, Nov. 30 (Kyodo) -- Tom Poe, leader of the Example "
     "Party, said Wednesday he hopes to visit China early next year, after holding telephone talks earlier in the "
     f"day with {MA}.", "The phone talks came about two weeks after Prime Minister Bob Roe and Chinese President Li "
     "Hua held their first face-to-face summit.", "cpc", ["Ma Lin"]),
])
def test_named_in_passing_in_rounds_126_and_127(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value
