"""Copies and announcements of round 119: a trip's other stops and sessions, people a speech or a story
names in passing, announced members and parties, and leads that tell a plan before the contact (rows of
our own sentences)."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read
from tests.test_extract_copy_types import _countries

_ACCRA = ("CPC delegation visits", "2018.06.22", f"Accra, June 21st\u2014A CPC delegation led by {MA}, met here today "
          "with Tom Poe, National Chairman of the Example Party (EP).")
_HANOI = ("Party official receives delegation", "2023.09.15", "VOV.VN - Secretary of the Party Central Committee "
          "and Chairman of its Commission for External Relations Tom Poe received a delegation of the CPC led by "
          f"{MA}, in Hanoi on September 14.")
_IDCPC = ("IDCPC to host dialogue", "2019.06.11", "Beijing, June 11th\u2014Li Hua, spokesperson of the IDCPC, announced "
          "here today that a dialogue between the CPC and political parties of the region will be held in Kunming "
          "from June 24th to 26th.")


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "the delegation also held a working session with X": another contact of the trip
    (*_ACCRA, "During its stay in Accra, the delegation also held a working session with EP General Secretary Bob Roe "
     "and other party officials.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "In Nairobi, the first stop, the visitors held talks with X": an earlier stop, told as background
    ("Ruling party to send secretaries to China", "2005.09.22", "DODOMA, Sept. 20 -- The Example Party will send "
     "its regional secretaries to China next year, EP Secretary General Tom Poe said here Tuesday after talks with a "
     f"visiting delegation of the CPC led by {MA}.", "Tanzania is the second leg of the delegation's tour. In "
     "Nairobi, the first stop, the Chinese visitors held talks with Bob Roe, chairman of the Other Union.", "foreign",
     ["Tom Poe"]),
    # "a senior official of Ethiopia's A, X, said on Thursday at a video conference": the lead's speaker spoke at it
    ("Party calls for deeper cooperation", "2021.06.11", "Addis Ababa, June 10 (ENA) \u2013 Parties should turn "
     "friendship into joint action, a senior official of Ethiopia's Prosperity Party, Tom Poe, said on Thursday at a "
     "video conference between the CPC and African political parties.", "Tom, who heads the secretariat of the "
     "party, said Ethiopia had drawn lessons.", "foreign", ["Tom Poe"]),
    # a headline's plan "to widen cadre training exchanges" is no gathering; the lead's contact is a meeting
    ("Ruling parties to widen cadre training exchanges", "2009.10.21", "BEIJING, Oct. 20 (Xinhua) -- The ruling "
     "parties will send more officials to study in each other's party schools next year, a senior CPC official said "
     f"here Tuesday. {MA}, made the remarks when meeting with Tom Poe, head of the Example Party's commission.",
     "Both sides exchanged views.", "type", ("meeting", "in_person")),
    # "Last December, X travelled to Vientiane to brief ...": an earlier trip, told in passing
    ("Party chief to visit China", "2013.09.14", "BEIJING, Sept. 13 (Xinhua) -- Tom Poe, general secretary of the "
     "Example Party, will pay a state visit to China from Sept. 24 to 29, spokeswoman Ann Roe announced here "
     "Friday.", "It will be Poe's first visit since the new leadership took office. Last December, Ma Lin, head of "
     "the International Department of the CPC Central Committee, travelled to Vientiane to brief leaders on the "
     "outcome of the congress.", "cpc", []),
    # "Chinese Ambassador X said separately that ...": a comment of his own, not part of the message
    ("CPC congratulates party on election victory", "2017.08.15", "NAIROBI, Aug. 14 (Xinhua) -- The CPC on Monday "
     "congratulated the Example Party on its victory in the elections.", f"In a message to Tom Poe, secretary general "
     f"of the Example Party, {MA}, said the result reflected the people's support.\n\nChinese Ambassador to Kenya "
     "Li Hua said separately that the railway showed what the two countries could achieve.", "cpc", ["Ma Lin"]),
    # "PT president X announced after she met via video link on Thursday with Y"
    ("Parties to hold online seminar", "2020.09.25", "S\u00e3o Paulo, Sep 24 (Prensa Latina) The Example Party (EP) "
     "and the CPC agreed to hold an online seminar before the end of the year, EP president Ann Roe announced after "
     f"she met via video link on Thursday with {MA}.", "Bob Roe, the EP's secretary of international relations, also "
     "took part in the conversation.", "foreign", ["Ann Roe", "Bob Roe"]),
    ("Parties to hold online seminar", "2020.09.25", "S\u00e3o Paulo, Sep 24 (Prensa Latina) The Example Party (EP) "
     "and the CPC agreed to hold an online seminar before the end of the year, EP president Ann Roe announced after "
     f"she met via video link on Thursday with {MA}.", "Both sides exchanged views.", "type", ("call", "video")),
    # "it was announced here today during the visit of a Chinese party delegation headed by X": a visit
    ("Parties agree to expand exchange", "2012.06.15", "Havana, Jun 14 (Prensa Latina) The Example Party and the CPC "
     "will hold a new edition of their seminar next year, it was announced here today during the visit of a Chinese "
     f"party delegation headed by {MA}.", "Ma was received by Tom Poe, Second Secretary of the Example Party.",
     "type", ("visit", "in_person")),
    # "The meeting brought together A and B": talks, not a conference
    ("Parties agree to expand training", "2025.11.21", "Managua, Nov 20 (Prensa Latina) The Example Party and the "
     "CPC agreed to hold a seminar on rural development in 2026, according to a statement released here today on "
     "the talks held in Beijing on November 19 between the two parties.", "The meeting brought together Tom Poe, a "
     f"senior leader of the Example Party, and {MA}.", "type", ("meeting", "in_person")),
    # "X said on Tuesday after talks via video link with Y": a video call
    ("Parties to hold forum in 2026", "2026.01.02", "MOSCOW, December 30. /TASS/. The Example Party and the CPC will "
     "hold a joint forum in 2026, Secretary of the Example Party General Council Tom Poe said on Tuesday after talks "
     f"via video link with {MA}.", "Both sides exchanged views.", "type", ("call", "video")),
    # the title-first receiver with two offices joined by "and its"
    (*_HANOI, "Both sides exchanged views.", "foreign", ["Tom Poe"]),
    # "and included the Chinese Ambassador to Tanzania, X": the envoy was in the delegation
    ("Movements and CPC open workshop", "2024.05.15", "Kibaha, May 14 (NAMPA) \u2013 Secretaries-general of six "
     "parties today opened a workshop with the CPC, Example Party Secretary General Tom Poe said.", "The CPC "
     f"delegation in Kibaha was led by {MA}, and included the Chinese Ambassador to Tanzania, Li Hua.", "cpc",
     ["Ma Lin", "Li Hua"]),
    # "the agenda of President X, the party leader": named in a speech
    ("Party delegation meets city chief", "2019.08.22", "Shenzhen, August 21 (KNA) \u2013 A delegation of the "
     f"Example Party led by Secretary General Tom Poe on Wednesday met {MA}.", "Poe said the experience was relevant "
     "to the agenda of President Bob Roe, the party leader, and to the country's plans.", "foreign", ["Tom Poe"]),
    # "The message also praised the contributions of X, the former leader": named in a message
    ("CPC congratulates new leader", "2006.03.23", "Vientiane, March 22 (KPL) \u2013 The CPC has sent a message of "
     f"congratulations to Tom Poe on his election as Secretary General of the Example Party, signed by {MA}.", "The "
     "message also praised the contributions of Bob Roe, the former leader of the party, to the friendship.",
     "foreign", []),
    # an announcement: "is scheduled to be received by General Secretary X"
    ("CPC delegation to visit, party announces", "2007.08.04", f"HANOI, Aug. 3 (Xinhua) -- A CPC delegation led by "
     f"{MA}, will pay a working visit from Aug. 6 to 10, the Example Party announced here Friday.", "During its stay, "
     "the delegation is scheduled to be received by EP General Secretary Tom Poe and to hold working sessions with "
     "leaders of several commissions.", "foreign", ["Tom Poe"]),
    # an announcement: "X is also expected to attend"; "the B led by Prime Minister Y", in passing
    ("Party chair to attend dialogue", "2017.11.28", "Kathmandu, November 27 (RSS) \u2013 Chairman of the Example "
     "Party Tom Poe will attend a high-level meeting in Beijing later this week, the party announced today.",
     "Chairman of the Other Party Bob Roe is also expected to attend, according to sources.\n\nThe two parties are "
     "contesting the polls against the Nepali Congress led by Prime Minister Jim Doe.", "foreign",
     ["Bob Roe", "Tom Poe"]),
    # an announcement: "including senior officials of the A, the B and the C, are expected to take part"
    (*_IDCPC, "More than 80 party leaders, including senior officials of the Cambodian People's Party, the Lao "
     "People's Revolutionary Party and the Communist Party of Vietnam, are expected to take part.", "parties",
     ["Cambodian People's Party", "Communist Party of Vietnam", "Lao People's Revolutionary Party"]),
    (*_IDCPC, "Leaders of more than 30 parties, including the African National Congress of South Africa and Chama "
     "Cha Mapinduzi of Tanzania, have confirmed that they will join the conference online, Li said.", "parties",
     ["African National Congress", "Chama Cha Mapinduzi"]),
])
def test_copies_of_round_119(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_countries_helped_before_an_announced_conference_take_no_part():
    # "the CPC has sent supplies to parties in a number of countries, among them Zimbabwe and Namibia"
    assert _countries(*_IDCPC, "Leaders of 30 parties, including the African National Congress of South Africa, have "
                      "confirmed that they will join, Li said.\n\nLi noted that the CPC has sent supplies to political parties in a "
                      "number of African countries, among them Zimbabwe and Namibia, through inter-party "
                      "channels.") == ["ZA"]
