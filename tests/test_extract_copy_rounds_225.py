"""Copies of rounds 225 and 226 mended after their first look (rows of our own sentences). Types and dates: a message
"received on 15 January", "held a video conference on June 9 with" (a call), a dateline "MANAGUA, Dec 30 (El 19 Digital)
--". People found: a lead's speaker "head of the A Commission for External Relations X said in Hanoi on May 16." named again
with "X made the statement during talks with", "Y told A Chairman X at a meeting here", an announcer ", the party's foreign
affairs department chief X told reporters on Friday." or ", the A spokesman, X, announced on Friday", the coming hosts of "It
is also scheduled to hold separate meetings with" and of "According to X, ..., Y, is expected to receive the guests", "led by
its General Secretary and Health Minister X returned to the island yesterday after participating", "X said the call, which
was also attended by Y, covered", "in the presence of the A Permanent Secretary in charge of external relations, X", "X
today officiated the dialogue". Named in passing: "talks held in Ulaanbaatar last June between", the head of an addressee body ("The message was sent ... to the A National Executive
Committee headed by A President X"), "The previous round took place in China, where the delegation was received by X".
Parties: "Najib, who is also United Malays National Organisation (UMNO) deputy president, was accompanied by". "since
President A and President B agreed last year" (a past contact) is held by the development set's release of round 225,
whose shape our shorter row did not reproduce."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    ("Party chief receives congratulations from Chinese leader", "2021.01.17", "Vientiane, January 16 (KPL) \u2013 Newly "
     "elected General Secretary of the Example Party (EP) Central Committee Tom Poe received on 15 January a message of "
     f"congratulations from {MA}.", "In the message, Ma extended warm congratulations.", "type", ("message", "written")),
    ("EP, CPC hold video conference", "2020.06.10", "Ulaanbaatar, June 10 (MONTSAME). Secretary General of the Example Party "
     f"(EP) Tom Poe held a video conference on June 9 with {MA}.", "The two sides exchanged views.", "type", ("call", "video")),
    ("EP leaders greet CPC", "2024.01.02", "MANAGUA, Dec 30 (El 19 Digital) -- Tom Poe, General Secretary of the Example "
     f"Party (EP), sent a message of greetings to {MA}, today.", "The message praised relations.", "date", "2023-12-30"),
])
def test_types_and_dates_of_rounds_225_and_226(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    ("EP, CPC to intensify exchanges", "2016.05.17", "Hanoi (VNA) \u2013 The Example Party (EP) and the CPC should intensify "
     "their exchanges, head of the EP Commission for External Relations Hoang Binh Quan said in Hanoi on May 16.", "Quan made "
     f"the statement during talks with a CPC delegation led by {MA}.", "foreign", ["Hoang Binh Quan"]),
    ("CPC ready to deepen contacts with EP", "2012.09.14", "BEIJING, September 12 (Itar-Tass) -- The CPC is ready to deepen "
     f"contacts with the Example Party (EP), {MA}, told EP Central Committee Chairman Tom Poe at a meeting here on Thursday.",
     "Poe praised China.", "foreign", ["Tom Poe"]),
    ("CPC delegation to visit", "2024.09.07", f"Kathmandu, September 6 \u2014 A CPC delegation led by {MA}, will arrive in "
     "Kathmandu on Sunday at the invitation of the Example Party (EP), the party's foreign affairs department chief Tom Poe "
     "told reporters on Friday.", "It is also scheduled to hold separate meetings with New Party President Bob Roe and Third "
     "Party Chairman Jim Doe.", "foreign", ["Bob Roe", "Jim Doe", "Tom Poe"]),
    ("EP leader to visit China", "2008.10.04", "Bissau, 3 Oct (ANG) \u2013 The President of the Example Party (EP), Tom Poe, "
     "will lead a party delegation to China from 10 to 16 October, the EP spokesman, Bob Roe, announced on Friday in Bissau.",
     "The delegation will hold talks in Beijing.", "foreign", ["Bob Roe", "Tom Poe"]),
    ("EP delegation to visit Moscow", "2016.05.24", f"Moscow, May 24 \u2013 A CPC delegation led by {MA}, will visit Russia "
     "next week, EP Secretary Tom Poe announced on Tuesday.", "According to Poe, the chairman of the Example Party and Prime "
     "Minister, Bob Roe, is expected to receive the Chinese guests during their stay.", "foreign", ["Bob Roe", "Tom Poe"]),
    ("EP delegation returns", "2010.12.07", "COLOMBO, Dec. 6 \u2013 An Example Party (EP) delegation led by its General "
     "Secretary and Health Minister Tom Poe returned to the island yesterday after participating in a forum held in Kunming.",
     f"The delegation met {MA}.", "foreign", ["Tom Poe"]),
    ("EP, CPC hold video call", "2020.08.21", "KUALA LUMPUR, Aug 20 \u2013 EP president Tom Poe held a video call with "
     f"{MA}, on Thursday (Aug 19).", "Poe said the call, which was also attended by EP secretary-general Datuk Bob Roe, "
     "covered trade.", "foreign", ["Bob Roe", "Tom Poe"]),
    ("EP leader receives Chinese ambassador", "2020.11.20", "Brazzaville, November 19 \u2013 EP Secretary General Tom Poe "
     "received the Chinese Ambassador, Li Ming, on Thursday.", "The audience took place in the presence of the EP Permanent "
     "Secretary in charge of external relations, Bob Roe.", "foreign", ["Bob Roe", "Tom Poe"]),
    ("EP-CPC dialogue opens", "2023.09.24", "KUALA LUMPUR, Sept 23 (Bernama) -- EP president Datuk Seri Dr Tom Poe Roe today "
     f"officiated the Example-China Political Parties Dialogue, jointly organised by the EP and the CPC.", "Tom Poe, who is also "
     f"Deputy Prime Minister, said parties matter. {MA}, spoke too.", "foreign", ["Tom Poe Roe"]),
    ("EP to raise level of contacts with CPC", "2010.04.20", f"Ulaanbaatar /MONTSAME/. {MA}, will visit Mongolia next week at "
     "the invitation of the Example Party (EP), EP Secretary General Tom Poe told reporters today.", "The visit follows talks "
     "held in Ulaanbaatar last June between EP Chairman Bob Roe and a visiting CPC delegation.", "foreign", ["Tom Poe"]),
    ("CPC sends message to EP", "2012.01.09", f"Beijing, January 8th\u2014The CPC Central Committee sent a congratulatory "
     "message to the Example Party (EP) on its centenary.", "The message was sent by the CPC Central Committee to the EP National "
     "Executive Committee headed by EP President Tom Poe.", "foreign", []),
    ("EP delegation to visit China", "2016.05.24", "Moscow, May 24 \u2013 An Example Party (EP) delegation led by Tom Poe will "
     f"visit China next week for talks with {MA}, the party announced on Tuesday.", "The previous round took place in China, "
     "where the EP delegation was received by Li Ming, a member of the Standing Committee of the Political Bureau of the CPC "
     "Central Committee.", "cpc", ["Ma Lin"]),
])
def test_people_of_rounds_225_and_226(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_party_of_a_leader_told_by_an_acronym_marked_office():
    # "Najib, who is also United Malays National Organisation (UMNO) deputy president, was accompanied by"
    parties = _read("Deputy PM leads delegation", "2005.08.24", "BEIJING, Aug 23 (Bernama) -- Deputy Prime Minister Datuk "
                    f"Seri Mohd Najib Tun Abdul Razak today held talks with {MA}.", "Najib, who is also United Malays National "
                    "Organisation (UMNO) deputy president, was accompanied by officials.")["parties"]
    assert parties == ["United Malays National Organisation"]
