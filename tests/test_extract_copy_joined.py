"""Copies and announcements of rounds 126 and 127: people who joined a contact in words of their own ("alongside",
"Joining X was", "opened by", "told a seminar"), announced guests and parties, and the type of a contact told
after a plan (rows of our own sentences)."""
from __future__ import annotations

import pytest

from parsers.release import parse_release
from tests.release_text import REL
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


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "conveyed the deep sympathy of Samdech A, ..., and Samdech B": the senders of sympathy are not there
    ("CPC official meets delegation", "2008.05.28", f"Beijing, May 27th\u2014{MA}, met here today with a delegation of the "
     "Example Party led by Tom Poe, Member of the Standing Committee of the Example Party.", "Poe first conveyed to the "
     "Chinese people the deep sympathy of Samdech Bob Roe, President of the Example Party, and Samdech Jim Doe, "
     "Vice-President of the Example Party, over the losses caused by the earthquake.", "foreign", ["Tom Poe"]),
    # a press conference: "Guo said that the meeting will be held ... . General Secretary X will attend the opening"
    ("IDCPC holds press conference", "2017.11.28", "Beijing, November 28th\u2014The IDCPC held a press conference here "
     f"today on the dialogue. {MA}, briefed journalists on the preparations.", "Ma said that the meeting will be held "
     "in Beijing from November 30th to December 3rd. General Secretary Xi Jinping will attend the opening ceremony and "
     "deliver a keynote speech.", "cpc", ["Ma Lin", "Xi Jinping"]),
    # "..., a senior CPC official said here Tuesday after talks with a visiting delegation": a meeting
    ("Parties to hold seminar", "2006.04.12", "BEIJING, April 11 (Xinhua) -- The CPC and the Example Party will hold "
     "the next round of their seminar in the second half of this year, a senior CPC official said here Tuesday after "
     "talks with a visiting party delegation.", f"{MA}, told Tom Poe, head of the Example Party's commission, that the "
     "seminar had become an important platform.", "type", ("meeting", "in_person")),
    # '"...," said A, ..., during talks with B at the party's headquarters': the quoted speaker's counterpart
    ("CPC ready to share experience", "2008.11.06", "JOHANNESBURG, Nov. 5 (Xinhua) -- The CPC is ready to share its "
     "experience with the Example Party, a visiting senior CPC official said here Wednesday.", "\"Both our parties "
     f"lead countries that are going through change,\" said {MA}, during talks with EP Secretary General Tom Poe at "
     "the party's headquarters.", "foreign", ["Tom Poe"]),
    # "told China's top political advisor X here Tuesday"
    ("Party leader meets top advisor", "2012.09.19", "BEIJING, Sept. 18 (Xinhua) -- Cambodia will adhere to the "
     "one-China policy, Tom Poe, honorary president of the Example Party, told China's top political advisor Jia "
     "Qinglin here Tuesday.", "Both sides exchanged views.", "cpc", ["Jia Qinglin"]),
    # "Chinese President X on Saturday, 9 July, sent a message of condolence to"
    ("Xi sends condolences", "2022.07.10", "Chinese President Xi Jinping on Saturday, 9 July, sent a message of "
     "condolence to Tom Poe, Chairman of the Example Party, over the death of a former president.", "In the message, "
     "Xi expressed deep condolences.", "cpc", ["Xi Jinping"]),
    # "it was agreed here on Wednesday by the head of A, X, and the head of B, Y."
    ("Parties agree to broaden exchange", "2026.01.29", "Beijing, Jan 28 (Prensa Latina) The two parties will broaden "
     "their exchange of experience this year, it was agreed here on Wednesday by the head of the International "
     "Department of the CPC Central Committee, Ma Lin, and the head of the International Relations Department of the "
     "Example Party, Tom Poe.", "Both sides exchanged views.", "foreign", ["Tom Poe"]),
    # "Prime Minister and President of the A X on Tuesday opened in Belgrade a dialogue"
    ("Dialogue opens in Belgrade", "2024.10.23", "Belgrade, October 22 (Tanjug) \u2013 Prime Minister and President of "
     "the Example Party (EP) Tom Poe on Tuesday opened in Belgrade a dialogue between the CPC and political parties of "
     f"the region, attended by {MA}.", "Both sides exchanged views.", "foreign", ["Tom Poe"]),
    # "Taking part on the Brazilian side was the EP Secretary for International Relations, X."
    ("Party president holds video call", "2026.01.22", "Bras\u00edlia, January 21\u2014The national president of the "
     f"Example Party (EP), Tom Poe, held a video call on Wednesday with {MA}.", "Taking part on the Brazilian side was "
     "the EP Secretary for International Relations, Bob Roe.", "foreign", ["Bob Roe", "Tom Poe"]),
])
def test_joined_in_round_129(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_dateline_of_a_city_and_an_agency_run_into_the_lead():
    # "Hanoi (NDO)\u2014The seventh seminar ... opened in Hanoi on September 27": no space after the dash
    r = parse_release(REL.format(title="Parties hold seminar", pub="2011.09.28", lead="Hanoi (NDO)\u2014The seventh "
                                 "seminar between the Example Party and the CPC opened in Hanoi on September 27.",
                                 body="Both sides exchanged views."))
    assert (r.dateline_city, r.events[0].event_date.isoformat()) == ("Hanoi", "2011-09-27")
