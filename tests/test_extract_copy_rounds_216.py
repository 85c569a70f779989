"""Copies of the held round 211, mended after its measure: a plan told first and its contact after "X told journalists
on Tuesday after his talks with Y" or "told a visiting EP delegation here on Wednesday"; "during talks here between First
Vice President X and Y"; "conveyed the sympathy of the CPC to X, secretary general of ..." in a telephone conversation;
"X yesterday (16) had a telephone conversation with"; a dateline "September 18. \u2013"; a video call beside "The CPC has
kept friendly exchanges with various political parties of Myanmar"; the parties of "parties that have confirmed they will
send delegations include A, B and C", of "the workshop has drawn participants from A, B and C" and of "Also speaking at the
session were X, ..., and representatives of A, B and C"; and a roundup's "the A, in a message signed by its Secretary
General X, praised" (rows of our own sentences)."""
from __future__ import annotations

import pytest

from tests.release_text import release
from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # a plan first, then "X told journalists on Tuesday after his talks with Y": the talks are the contact
    ("EP, CPC to hold regular inter-party consultations", "2008.05.27", "BEIJING, May 27 (Itar-Tass) -- The Example Party (EP) "
     "and the CPC have agreed to hold regular consultations on party building, EP Chairman Tom Poe told journalists on Tuesday "
     "after his talks with Li Ming, a member of the Standing Committee of the Political Bureau of the CPC Central Committee.",
     "Poe said the first round could be held in the autumn.", "type", ("meeting", "in_person")),
    # a pledge first, "Chinese Vice President X told a visiting EP delegation here on Wednesday": a meeting
    ("China pledges continued support for Examplia", "2010.04.22", "Beijing, April 21 (KPL) \u2013 China will continue to "
     "support Examplia in its development and the Example Party (EP) in preparing its congress, Chinese Vice President Li Ming "
     "told a visiting EP delegation here on Wednesday.", "The delegation is led by Tom Poe, Vice President of the EP.", "type", ("meeting", "in_person")),
    # "agreed on Tuesday to ..., during talks here between First Vice President X and Y": the full name, not the surnames
    ("EP and CPC agree to widen exchange of experiences", "2009.06.10", "Havana, Jun 9 (Prensa Latina) The Example Party (EP) "
     "and the CPC agreed on Tuesday to broaden the exchange of experiences, during talks here between First Vice President Tom "
     f"Ramon Poe Vega and {MA}.", "Poe Vega described relations between the two parties as excellent.", "foreign",
     ["Tom Ramon Poe Vega"]),
    # a call: "X conveyed the sympathy of the CPC to Y, secretary general of the EP": the one spoken to
    ("CPC pledges help in phone talks with EP leader", "2011.03.17", "BEIJING, March 16 (Xinhua) -- The CPC stands ready to "
     "provide further assistance after the earthquake, a senior CPC official told a leader of the Example Party in a telephone "
     "conversation on Wednesday.", f"{MA}, conveyed the sympathy of the CPC to Tom Poe, secretary general of the Example Party "
     "(EP), and to the people in the stricken areas.", "foreign", ["Tom Poe"]),
    # "EP Chairman Prof. X yesterday (16) had a telephone conversation with": the day in brackets after "yesterday"
    ("EP Chairman, CPC's Ma Lin discuss cooperation over phone", "2020.04.17", "Example Party (EP) Chairman Prof. Tom Poe "
     f"yesterday (16) had a telephone conversation with {MA}, on relations between the two parties.", "Prof. Poe thanked the "
     "CPC.", "foreign", ["Tom Poe"]),
    # "Santo Domingo, September 18. \u2013 ... held talks today in Beijing": a full stop and a space before the dash
    ("EP leader meets CPC leaders in Beijing", "2018.09.19", "Santo Domingo, September 18. \u2013 The Secretary General of the "
     f"Example Party (EP), Tom Poe, held talks today in Beijing with {MA}.", "Poe conveyed the greetings of the EP.", "date",
     "2018-09-18"),
    # "The CPC has kept friendly exchanges with various political parties of Myanmar": standing ties, not many parties met
    ("Ma Lin holds video call with EP Chairman", "2025.03.05", f"Beijing, March 4th\u2014{MA}, held a video call here today with "
     "U Tom Poe, Chairman of the Example Party (EP) of Myanmar.", "Ma said this year marks the 75th anniversary of ties. The CPC "
     "has kept friendly exchanges with various political parties of Myanmar, and is willing to work with the EP.", "type", ("call", "video")),
])
def test_people_and_types_of_round_211(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, value", [
    # an announcement: "parties that have confirmed they will send delegations include the A of South Africa, the B and the C"
    ("CPC to host party forum in Shenzhen", "2018.07.10", "BEIJING, July 10 (Xinhua) -- Representatives of more than 40 "
     "political parties will gather in Shenzhen next week for a forum with the CPC, Ma Lin, vice minister of the International "
     "Department of the CPC Central Committee, told a press conference on Tuesday.", "Ma said parties that have confirmed they "
     "will send delegations include the African National Congress of South Africa, the Example Party and Chama Cha Mapinduzi of "
     "Tanzania.", ["African National Congress", "Chama Cha Mapinduzi", "Example Party"]),
    # "the workshop has drawn participants from the A, the B and the C, whose representatives delivered remarks"
    ("Parties and CPC open leadership workshop", "2023.06.28", "KIBAHA, June 27 \u2014 Example Party (EP) Secretary General "
     "Comrade Tom Poe today officially opened a five-day workshop on party building, bringing together cadres of six parties "
     "and the CPC.", "Besides the EP, the workshop has drawn participants from the African National Congress (ANC) of South "
     "Africa, the SWAPO Party of Namibia and the Mozambique Liberation Front (FRELIMO), whose representatives delivered "
     "solidarity remarks at the opening session.",
     ["African National Congress", "Example Party", "Mozambique Liberation Front", "SWAPO Party"]),
    # "Also speaking at the session were Dato' Dr. X, Secretary-General of the A, and representatives of the B, C and D"
    ("EP President attends party forum in Kunming", "2024.05.23", "KUNMING, 22 May 2024 \u2013 Example Party (EP) President "
     "Tom Poe led an EP delegation to a political parties forum, held here from 21 to 22 May, and spoke at the opening "
     "session.", "Also speaking at the session were Dato' Dr. Ann Loe, Secretary-General of the United Malays National "
     "Organisation (UMNO), and representatives of the Cambodian People's Party, the Lao People's Revolutionary Party and the "
     "Communist Party of Vietnam.", ["Cambodian People's Party", "Communist Party of Vietnam", "Example Party",
                                     "Lao People's Revolutionary Party", "United Malays National Organisation"]),
])
def test_parties_of_round_211(title, pub, lead, later, value):
    r = release(title, pub, lead, later)
    assert sorted({p.name for e in r.events for p in e.parties}) == value


def test_a_roundup_sender_party_named_with_its_signer():
    # a roundup: "..., while the A of South Africa, in a message signed by its Secretary General X, praised the CPC"
    e = release("Foreign parties congratulate CPC on anniversary", "2011.07.02", "BEIJING, July 1 (Xinhua) -- Leaders of "
                "political parties in many countries have sent messages to the CPC Central Committee, congratulating the CPC "
                "on its 90th founding anniversary.", "Tom Poe, chairman of the Example Party, wrote that the CPC's 90 years "
                "have proved the vitality of socialism, while the African National Congress of South Africa, in a message "
                "signed by its Secretary General Ann Loe, praised the CPC for its support.").events[0]
    assert e.event_type == "message"
    assert {p.name for p in e.participants if p.side == "foreign"} == {"Tom Poe", "Ann Loe"}
    assert {"African National Congress", "Example Party"} <= {p.name for p in e.parties} and "ZA" in e.countries
