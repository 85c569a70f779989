"""Copies and announcements of rounds 126 and 127: people who joined a contact in words of their own ("alongside",
"Joining X was", "opened by", "told a seminar"), announced guests and parties, and the type of a contact told
after a plan (rows of our own sentences)."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read

_BRASILIA = ("Party president holds video call", "2020.05.29", "Brasilia, May 28 (Prensa Latina) -- The president of "
             "the Example Party (EP), Ann Roe, on Thursday rejected attempts to blame China for the pandemic, during a "
             f"video call with {MA}.")
_KIBAHA = ("Parties resolve to expand training", "2026.01.22", "Kibaha, January 21 (Daily News) - Former liberation "
           "movements have resolved to expand joint training of their cadres, at the end of a seminar held from "
           "January 20 to 21 at the leadership school in Kibaha.")
_BELGRADE = ("Party to host CPC delegation", "2025.10.22", "BELGRADE, Oct 21 (Tanjug) \u2013 Example Party (EP) "
             f"President Tom Poe announced on Tuesday that a delegation of the CPC led by {MA}, will visit Serbia next "
             "week at the invitation of the EP.")


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "The president of A, X, on Thursday rejected ..., during a video call with Y"
    (*_BRASILIA, "Both sides exchanged views.", "foreign", ["Ann Roe"]),
    # "Vice President Dr X officially opened the seminar"; "Secretary General Dr Y told the participants"
    (*_KIBAHA, "Vice President Dr Tom Poe officially opened the seminar on Tuesday.\n\nEP Secretary General Dr Ann Roe "
     f"told the participants that the parties must prepare a new generation of leaders.\n\n{MA}, who led the Chinese "
     "delegation, spoke.", "foreign", ["Ann Roe", "Tom Poe"]),
    # "addressed the session alongside the Ambassador of the People's Republic of China to South Africa, X"
    ("Party hosts briefing", "2022.10.28", "On Thursday, 27 October 2022, the Example Party hosted a briefing session "
     "on the congress of the CPC in Pretoria.", "EP Treasurer-General Tom Poe addressed the session alongside the "
     f"Ambassador of the People's Republic of China to South Africa, Li Hua. {MA}, delivered a keynote address by "
     "video link.", "cpc", ["Li Hua", "Ma Lin"]),
    # "Joining X from the party's national headquarters was Y"
    ("Party president holds video call", "2024.03.13", "S\u00e3o Paulo, March 12 \u2014 The national president of the "
     f"Example Party (EP), Ann Roe, held a video call on Tuesday with {MA}.", "Joining Roe from the party's national "
     "headquarters was EP Secretary of International Relations Bob Roe.", "foreign", ["Ann Roe", "Bob Roe"]),
    # "The conference was opened by A", "The discussion was moderated by B"
    ("Parties hold video conference", "2025.05.21", "MOSCOW, May 20. /TASS/. The Example Party and the CPC on Tuesday "
     "co-hosted an international inter-party conference via video link.", "The conference was opened by EP Chairman "
     f"Tom Poe. {MA}, said in his address that parties should cooperate.\n\nThe discussion was moderated by "
     "Secretary of the EP General Council Bob Roe.", "foreign", ["Bob Roe", "Tom Poe"]),
    # an announcement: "Chinese Ambassador to Serbia X will also take part in the talks, he said."
    (*_BELGRADE, "Poe told a news conference that the delegation would hold talks with the EP Presidency. Chinese "
     "Ambassador to Serbia Li Hua will also take part in the talks, he said.", "cpc", ["Ma Lin", "Li Hua"]),
    # "X told a seminar of political parties held in Beijing on June 18"
    ("Parties must design own models", "2013.06.20", "AFRICAN political parties must design their own development "
     "models, Example Party (EP) Secretary General Tom Poe told a seminar of political parties held in Beijing on "
     f"June 18.", f"Opening the seminar, the department's Minister, {MA}, said China and Africa shared a common "
     "destiny.", "foreign", ["Tom Poe"]),
    # "said Wednesday he hopes ..., after holding telephone talks earlier in the day with": a phone call
    ("Party leader hopes to visit China", "2022.11.30", "TOKYO, Nov. 30 (Kyodo) -- Tom Poe, leader of the Example "
     "Party, said Wednesday he hopes to visit China early next year, after holding telephone talks earlier in the "
     f"day with {MA}.", "Both sides exchanged views.", "type", ("call", "phone")),
    # "will hold regular exchanges, the two sides agreed Thursday as a CPC delegation led by X held talks with Y here"
    ("Parties to hold regular exchanges", "2014.06.13", "BERLIN, June 12 (Xinhua) -- The Example Party and the CPC will "
     f"hold regular exchanges of younger party officials, the two sides agreed Thursday as a CPC delegation led by {MA}, "
     "held talks with EP Secretary General Tom Poe here.", "Both sides exchanged views.", "type", ("visit", "in_person")),
    # "A and B agreed on Tuesday during a video call"
    ("Party to send young officials to China", "2025.03.04", "BELGRADE, March 4 (Tanjug) \u2013 The Example Party (EP) "
     f"will send young officials to China for training, EP President Tom Poe and {MA}, agreed on Tuesday during a "
     "video call, the EP said in a statement.", "Both sides exchanged views.", "foreign", ["Tom Poe"]),
    # "told TASS after talks on Tuesday with X": a meeting
    ("Parties agree to hold dialogue", "2026.03.10", "BEIJING, March 10. /TASS/. The Example Party and the CPC have "
     "agreed to hold the next round of their dialogue in Vladivostok this summer, Secretary of the General Council of "
     f"the Example Party Tom Poe told TASS after talks on Tuesday with {MA}.", "Both sides exchanged views.", "type",
     ("meeting", "in_person")),
    # "held separate video calls today with A and B": calls, not a conference
    ("CPC official holds video calls", "2022.11.16", f"Beijing, November 15th\u2014{MA}, held separate video calls "
     "today with Tom Poe, Secretary-General of the Example Party, and Bob Roe, Secretary-General of the Other Party, "
     "briefing them on the congress.", "Both sides exchanged views.", "type", ("call", "video")),
    # an announcement told in the present: "arrives in the country on Sunday for a four-day visit"
    ("CPC delegation due in Harare", "2015.11.21", f"Harare, Nov. 20 (New Ziana) -- A CPC delegation led by {MA}, "
     "arrives in the country on Sunday for a four-day visit at the invitation of the ruling Example Party, the party's "
     "national spokesperson Tom Poe announced on Friday.", "Both sides will exchange views.", "type", ("other", None)),
    # a title-first speaker whose portfolio holds commas: "Federal Minister for Planning, Development and Special
    # Initiatives X said on Wednesday." then "He said this while talking to Y"
    ("Parties agree to accelerate corridor", "2022.08.11", "ISLAMABAD, Aug 10 (APP): The two countries have agreed to "
     "accelerate work on the corridor, Federal Minister for Planning, Development and Special Initiatives Tom Poe said "
     f"on Wednesday.\n\nHe said this while talking to {MA}, during a virtual meeting.", "Both sides exchanged views.",
     "foreign", ["Tom Poe"]),
])
def test_joined_in_rounds_126_and_127(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_announced_speakers_parties():
    # "Leaders of the A, the B of South Africa and the C are among those who will address the summit"
    got = _read("IDCPC holds press conference", "2021.07.02", "Beijing, July 2nd\u2014Li Hua, spokesperson of the IDCPC, "
                "announced that a summit will be held via video link on July 6th.", "Leaders of the United Russia "
                "Party, the African National Congress of South Africa and the Cambodian People's Party are among those "
                "who will address the summit.")
    assert got["parties"] == ["African National Congress", "Cambodian People's Party", "United Russia Party"]
