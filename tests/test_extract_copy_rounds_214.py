"""Copies of rounds 214 and 215 mended after their first look: "the sides agreed in Beijing on November 19 when X
received", "made the announcement in a keynote speech at the opening of a seminar", "said ... when meeting X" beside
"political parties of the two countries", "X, together with the First Deputy Secretary-General, Cde Y, today hosted", "led
by Dinh The Huynh will pay a visit", "briefed European leftist parties on", "after a videoconference of the two parties'
dialogue mechanism", "X told BSS this afternoon that the delegation would call on", "said President X, the party's First
Secretary, had directed", "after concluding its visit to Mozambique, where", "met X in Tokyo last December", "in April
2013, when he was received by X", "Opening the congress, President X said", another leg told after "the second leg of the
tour" and the Union for the Congolese Nation (rows of our own sentences). A roundup's "Those who sent messages also
include ...; and the Central Committee of the A" and "Among the more than 600 foreign guests will be X" are held by the
development set's releases of these rounds (`r14254` on), whose shapes our shorter rows did not reproduce."""
from __future__ import annotations

import pytest

from tests.release_text import release
from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "... will hold joint training courses from next year, the sides agreed in Beijing on November 19 when X received Y"
    ("EP and CPC to train local cadres jointly", "2008.11.21", "Ulaanbaatar /MONTSAME/ The Example Party (EP) and the CPC will "
     "hold joint training courses for their local cadres from next year, the sides agreed in Beijing on November 19 when Li "
     "Ming, member of the Political Bureau of the CPC Central Committee, received a delegation of the EP headed by its Secretary "
     "General T.Poe.", "Li said the CPC values its ties with the EP.", "type", ("meeting", "in_person")),
    # the plan first, then "X, vice minister ..., made the announcement in a keynote speech at the opening of a seminar"
    ("CPC to train more party officials", "2010.06.23", "BEIJING, June 22 (Xinhua) -- The CPC will invite some 500 officials of "
     "foreign political parties to China over the next three years, a senior CPC official said here Tuesday.", "Chen Ming, vice "
     "minister of the International Department of the CPC Central Committee, made the announcement in a keynote speech at the "
     "opening of a seminar for political parties.", "type", ("conference", "in_person")),
    # "..., X said on September 11 when meeting Y" beside "political parties of the two countries": a meeting
    ("Li Ming: China welcomes EP members' firms", "2014.09.12", "China hopes political parties of the two countries will play a "
     "bigger role in people-to-people exchanges, Li Ming, member of the Standing Committee of the Political Bureau of the CPC "
     "Central Committee, said on September 11 when meeting Tom Poe, president of the Example Party (EP), in Beijing.",
     "Poe said the EP is committed to closer ties.", "type", ("meeting", "in_person")),
    # "The Secretary-General of the EP, Cde A, together with the First Deputy Secretary-General, Cde B, today hosted"
    ("EP Secretary-General hosts Chinese Ambassador", "2025.03.18", "Johannesburg, 18 March 2025 \u2013 The Secretary-General of "
     "the Example Party (EP), Cde Tom Poe, together with the First Deputy Secretary-General, Cde Ann Loe, today hosted the "
     "Ambassador of the People's Republic of China to South Africa, His Excellency Chen Ming, at the party headquarters.",
     "Both parties agreed to strengthen cooperation.", "foreign", ["Ann Loe", "Tom Poe"]),
    # an announcement: "a delegation of the CPV led by Dinh The Huynh will pay a visit to China": a Vietnamese middle name
    ("Senior Vietnamese party official to visit China", "2015.05.08", "BEIJING, May 8 (Xinhua) -- At the invitation of the CPC "
     "Central Committee, a delegation of the Communist Party of Vietnam (CPV) led by Dinh The Huynh will pay a visit to China "
     "from May 12 to 17, a spokesperson for the International Department of the CPC Central Committee announced here Friday.",
     "Huynh is a member of the Political Bureau of the CPV Central Committee.", "foreign", ["Dinh The Huynh"]),
    # "after a videoconference of the two parties' dialogue mechanism": the plan's occasion, a gathering over video
    ("EP, CPC agree to hold next forum in person", "2022.04.14", "MOSCOW, April 14. /TASS/. The Example Party (EP) and the CPC have "
     "agreed to hold the next session of their dialogue in person, EP Secretary Tom Poe said on Thursday after a videoconference "
     "of the two parties' dialogue mechanism.", f"{MA}, also spoke.", "type", ("conference", "video")),
    # "EP General Secretary X told BSS this afternoon that the delegation would call on EP President Y": the announcer
    ("CPC delegation due in Dhaka tomorrow", "2012.03.14", "DHAKA, March 14 (BSS) - A delegation of the CPC led by Chen Ming, Vice "
     "Minister of the International Department of the CPC Central Committee, is scheduled to arrive here tomorrow on a visit at "
     "the invitation of the Example Party (EP).", "EP General Secretary Tom Poe told BSS this afternoon that the delegation "
     "would call on EP President Ann Loe during the visit.", "foreign", ["Ann Loe", "Tom Poe"]),
    # "Opening the seminar, Cde X said President Y, the party's First Secretary, had directed that ...": spoken of
    ("EP, CPC share notes at seminar", "2023.11.16", "HARARE, Nov 15 (New Ziana) \u2013 The Example Party (EP) and the CPC today "
     "held a seminar on party building in Harare, attended by senior party officials and a delegation of CPC cadres.", "Opening "
     "the seminar, EP Secretary General Cde Tom Poe said President Bob Roe, the party's First Secretary, had directed that the "
     "party should learn from the CPC.", "foreign", ["Tom Poe"]),
    # "The delegation arrived in Windhoek after concluding its visit to Mozambique, where it held talks with X": another stop
    ("EP leader meets CPC delegation", "2009.06.17", f"Windhoek, June 16th\u2014Tom Poe, President of the Example Party (EP), met "
     f"here today with the CPC delegation led by {MA}.", "The delegation arrived in Windhoek on June 14th after concluding its "
     "visit to Mozambique, where it held talks with Bob Roe, Secretary-General of the Sample Front (SF).", "foreign", ["Tom Poe"]),
    # an announcement: "He met Vice President X in Tokyo last December" and "..., when he was received by X": earlier contacts
    ("EP leader to visit China", "2010.06.03", "BEIJING, June 2 (Xinhua) -- Tom Poe, Chief Representative of the Example Party "
     "(EP), will lead a delegation of the party on a visit to China from June 8 to 11, a spokesperson for the department said "
     "Wednesday.", "Poe met Vice President Xi Jinping in Tokyo last December. He last came to China in April 2009, when he was "
     "received by Hu Jintao.", "cpc", []),
    # a message to a congress: "Opening the congress, President X said ...": the congress's own speaker
    ("CPC hopes for stronger ties with EP", "2011.07.27", "BRAZZAVILLE, July 26 (Xinhua) -- The CPC hopes to consolidate its "
     "friendship with the Example Party (EP), the CPC Central Committee said in a congratulatory message to the EP's congress, "
     "which opened here on Tuesday.", "Opening the congress, President Tom Poe said the party must renew its structures.",
     "foreign", []),
])
def test_people_and_types_of_rounds_214_and_215(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, lead, later, value", [
    # "Dominica is the second leg of the delegation's tour. In Santo Domingo, the delegation met with leaders of the A"
    ("CPC delegation in Dominica", "ROSEAU, Nov. 6 (Xinhua) -- The head of a visiting CPC delegation, Chen Ming, made the remarks "
     "while meeting with Tom Poe, political leader of the ruling Dominica Labour Party (DLP).", "Dominica is the second leg of the "
     "delegation's Caribbean tour. In Santo Domingo, the delegation met with leaders of the Dominican Liberation Party (PLD).",
     ["Dominica Labour Party"]),
])
def test_parties_of_rounds_214_and_215(title, lead, later, value):
    e = release(title, "2020.02.13", lead, later).events[0]
    assert sorted(p.name for p in e.parties) == value


def test_a_party_of_the_dr_congo_named_congolese():
    # "the Union for the Congolese Nation (UNC)" with no other sign of which Congo: the DRC's, from the dictionary
    e = release("CPC delegation visits the DR Congo", "2024.09.12", "Kinshasa, September 11th\u2014A CPC delegation led by Chen "
                "Ming called on Tom Poe, President of the Union for the Congolese Nation (UNC).").events[0]
    assert set(e.countries) == {"CD"}


def test_a_briefing_for_many_parties_is_a_conference():
    # "X briefed European leftist parties on the congress at a meeting held in Beijing", their guests all on video
    e = release("Senior CPC official briefs European leftist parties", "2022.11.17", f"BEIJING, Nov. 16 (Xinhua) -- {MA}, "
                "briefed European leftist parties on the congress at a meeting held in Beijing on Wednesday.", "Chinese officials "
                "attended at the venue, while leaders of more than 30 parties all joined via video link.").events[0]
    assert (e.event_type, e.modality) == ("conference", "video")
