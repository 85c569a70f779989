"""Copies of the kinds rounds 258 and 259 read wrong at 0.22.346 on first sight (rows of our own sentences): a
message told "according to a message of sympathy sent today by", coming arrivals and departures with a date
before the month ("on 21 March") or a city ("will leave Kinshasa on Thursday"), a videoconference "held this
Tuesday between", a dialogue's round opened by the speaker, a speaker referred back to as "The politician", two
titled people who "agreed ... during a phone conversation", a coming courtesy call in a visit's programme, a
party located after its acronym, "Also at the talks was", an announcer "said on Monday in Abuja", a descriptive
name of members with its country, a place before a name, a plan told "said X, ..., during a meeting here on
Wednesday with", a meeting headline over a later leg, separate video calls, and a two-word surname that stands
for the full name written before."""
from __future__ import annotations

import pytest

from tests.release_text import release
from tests.test_extract_copy_agreements import MA, _read

VL = "Vientiane, May 16 (KPL) \u2013 "


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "according to a message of sympathy sent today by X": the message is the news
    ("EP pledges support after quake", "2008.05.16", f"{VL}The Example Party stands ready to help the Chinese people "
     "overcome the consequences of the earthquake, according to a message of sympathy sent today by Tom Poe, Secretary "
     "General of the Example Party.", "In the message addressed to Sam Roe, General Secretary of the CPC Central "
     "Committee, Poe expressed his deep sorrow.", "type", ("message", "written")),
    # "will arrive in Libreville on 21 March for a four-day working visit": a visit still to come
    ("CPC delegation expected next week", "2012.03.16", f"Libreville, March 15 (AGP) \u2013 A delegation of the CPC led by "
     f"{MA}, will arrive in Libreville on 21 March for a four-day working visit at the invitation of the Example Party "
     "(EP), the party\u2019s Secretary General, Tom Poe, announced on Thursday.", "Poe said he would hold talks with the "
     "guests.", "type", ("other", None)),
    # "will leave Kinshasa on Thursday for a ten-day visit to the People's Republic of China"
    ("EP delegation to leave for China", "2008.07.22", "Kinshasa, July 22 (ACP) \u2013 A delegation of the Example Party "
     "(EP) led by its Secretary General, Tom Poe, will leave Kinshasa on Thursday for a ten-day visit to the People\u2019s "
     "Republic of China, according to a press release issued on Tuesday.", f"In Beijing, Poe is expected to be received "
     f"by {MA}.", "type", ("other", None)),
    # "during a videoconference held this Tuesday between leaders of both political organizations"
    ("EP and CPC agree to deepen exchanges", "2021.06.09", "Havana, Jun 8 (Prensa Latina) -- The Example Party and the "
     "CPC agreed to deepen the exchange of experiences, during a videoconference held this Tuesday between leaders of "
     "both political organizations.", f"On the Cuban side, the meeting was headed by Tom Poe, while {MA}, spoke for the "
     "Chinese side.", "type", ("call", "video")),
    # '"...," X said, opening a regular round of the interparty dialogue': the dialogue, not a trip
    ("EP, CPC to expand contacts", "2026.01.02", "MOSCOW, December 29. /TASS/. The Example Party and the CPC will expand "
     "contacts between their regional branches, Example Party Chairman Tom Poe said on Monday.", "\u201cOur parties have "
     "built a reliable channel of dialogue,\u201d Poe said, opening a regular round of the interparty dialogue between the "
     f"Example Party and the CPC in Moscow. The Chinese delegation was led by {MA}.", "type", ("conference", "in_person")),
    # "..., the secretary general of the ruling A (EP), X, said here on Tuesday." then "The politician was speaking to
    # the press after receiving a delegation of the CPC"
    ("EP and CPC to reinforce cooperation", "2005.08.24", "Luanda, Aug. 23 (ANGOP) \u2013 The EP and the CPC will "
     "reinforce cooperation in the training of cadres, the secretary general of the ruling Example Party (EP), Tom "
     "Poe, said here on Tuesday.", f"The politician was speaking to the press after receiving a delegation of the CPC led "
     f"by {MA}.", "foreign", ["Tom Poe"]),
    # "..., agreed Secretary General of the EP D.Tomor and Head of ... Ma Lin during a phone conversation on Tuesday."
    ("EP and CPC to resume exchanges", "2023.04.12", "Ulaanbaatar, April 12 (MONTSAME). The Example Party (EP) and the "
     "CPC will resume the regular exchange of delegations, agreed Secretary General of the EP D.Tomor and Head of the "
     "International Department of the CPC Central Committee Ma Lin during a phone conversation on Tuesday.", "Both sides "
     "exchanged views.", "foreign", ["D.Tomor"]),
    # "The delegation's programme also includes a courtesy call on the President of the National Assembly, X"
    ("CPC delegation expected next week", "2012.03.16", f"Libreville, March 15 (AGP) \u2013 A delegation of the CPC led by "
     f"{MA}, will arrive in Libreville on 21 March for a working visit at the invitation of the Example Party (EP), the "
     "party\u2019s Secretary General, Tom Poe, announced on Thursday.", "The delegation\u2019s programme also includes a courtesy call on the President of the National Assembly, Sam Roe, "
     "and a visit to a port.", "foreign", ["Sam Roe", "Tom Poe"]),
    # "Also at the talks was the party's Deputy General Secretary, Mr X."
    ("EP to deepen cooperation with CPC", "2026.01.21", "Accra, Jan. 21, GNA \u2013 The Example Party (EP) will send "
     "officers to China for training, its General Secretary, Mr Tom Poe, said after talks with senior officials of the "
     f"CPC in Beijing on January 20.", f"The talks were with {MA}. Also at the talks was the party\u2019s Deputy General "
     "Secretary, Mr Sam Roe.", "foreign", ["Sam Roe", "Tom Poe"]),
    # "..., the party's National Publicity Secretary, Mr X, said on Monday in Abuja.": the announcer
    ("EP chairman to lead party delegation to China", "2019.10.14", "Abuja, Oct. 14, 2019 (NAN) The Example Party (EP) "
     "National Chairman, Mr Tom Poe, will lead a delegation of the party to China this week, the party\u2019s National "
     "Publicity Secretary, Mr Sam Roe, said on Monday in Abuja.", "Roe said the visit was at the invitation of the CPC.",
     "foreign", ["Sam Roe", "Tom Poe"]),
    # "received at the State Duma X, Ambassador ... of the People's Republic of China to the Russian Federation"
    ("EP leader receives Chinese ambassador", "2006.02.15", "Moscow, February 14 \u2013 The leader of the Example Party, "
     "Tom Poe, today received at the State Duma Ma Lin, Ambassador Extraordinary and Plenipotentiary of the People\u2019s "
     "Republic of China to the Russian Federation.", "Both sides exchanged views.", "cpc", ["Ma Lin"]),
    # "..., said X, head of ..., during a meeting here on Wednesday with Chinese Ambassador Y."
    ("EP and Chinese communists to hold seminar", "2006.03.15", "Havana, Mar 15 (Prensa Latina) The Example Party and "
     "the CPC will hold a second theoretical seminar in Beijing later this year, said Tom Poe, head of the International "
     "Relations Department of the Example Party, during a meeting here on Wednesday with Chinese Ambassador Ma Lin.",
     "Both sides exchanged views.", "type", ("meeting", "in_person")),
    # "Ma Lin Meets with EP Delegation" over "... is paying a visit to China. Besides Beijing, the delegation will travel"
    ("Ma Lin Meets with EP Delegation", "2015.03.11", "Beijing, March 10th\u2014At the invitation of the CPC, a "
     "delegation of the Example Party headed by Tom Poe, Secretary General of the party, is paying a visit to China. "
     "Besides Beijing, the delegation will travel to Sichuan Province.", f"{MA}, met with the delegation here today.",
     "type", ("meeting", "in_person")),
    # a title about leaders of several parties over "held separate video calls with A and B": calls, not a conference
    ("Ma Lin Holds Video Calls with Leaders of Nepali Political Parties", "2022.08.11", f"On August 9th, {MA}, held a "
     "video call with Tom Poe, General Secretary of the Example Party. On August 10th, Ma held separate video calls with "
     "Sam Roe, General Secretary of the Other Party, and Ann Doe, General Secretary of the Third Party.", "Ma said that the two "
     "countries are good neighbours. The CPC values its friendly exchanges with all major political parties of Nepal.", "type", ("call", "video")),
    # "EP General Secretary Johnson Tom Poe announced ..." then "held talks with EP National Chairman Sam Roe and Tom Poe"
    ("EP to send study team to China", "2010.06.12", "The Example Party (EP) will send a team to China before the end "
     "of the year, EP General Secretary Johnson Tom Poe announced during a visit to Ghana by a CPC delegation.",
     f"The delegation, led by {MA}, held talks with EP National Chairman Sam Roe and Tom Poe at the party\u2019s "
     "headquarters in Accra.", "foreign", ["Johnson Tom Poe", "Sam Roe"]),
    # a later paragraph's "On Monday, they were received by X" under a lead of Wednesday: another day of the trip
    ("China ready to share experience with EP", "2006.05.18", "BEIJING, May 17 (Xinhua) -- The CPC is willing to share "
     "its experience with the Example Party (EP), a senior CPC official said here on Wednesday.", f"{MA}, made the "
     "remarks when meeting with an EP delegation led by Tom Poe.\n\nPoe and his delegation arrived in Beijing on Saturday. "
     "On Monday, they were received by Chinese Vice President Sam Roe.", "cpc", ["Ma Lin"]),
])
def test_round_258_rows(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def _parties(lead, later="Both sides exchanged views."):
    return [(p.name, p.country_code) for e in release("Parties meet", "2019.03.19", lead, later).events for p in e.parties]


@pytest.mark.parametrize("lead, value", [
    # "the Social Democratic Front (SDF) of Cameroon": a locator after the acronym of a party not in the dictionary
    (f"{MA}, met separately here today with a delegation of the Union for Democracy and Social Progress (UDPS) of the "
     "Democratic Republic of the Congo led by Tom Poe, and a delegation of the Example Democratic Front (EDF) of Cameroon "
     "led by Sam Roe.", [("Union for Democracy and Social Progress", "CD"), ("Example Democratic Front", "CM")]),
    # "the Party of Communists of Kyrgyzstan (PCK)": a name of members and party words keeps its country
    (f"Tom Poe, Chairman of the Party of Communists of Kyrgyzstan (PCK), received here a delegation led by {MA}.",
     [("Party of Communists of Kyrgyzstan", "KG")]),
    # dictionary rows and forms
    (f"{MA}, met Tom Poe, Chairman of Bahrain's National Unity Gathering, in Beijing.", [("National Unity Gathering", "BH")]),
    (f"{MA}, met a delegation of the National Unity of Hope (UNE) of Guatemala led by Tom Poe.",
     [("National Unity of Hope", "GT")]),
    (f"Tom Poe, Chairperson of the Adolat Social Democratic Party of Uzbekistan, met today with {MA}.",
     [("Adolat Social Democratic Party of Uzbekistan", "UZ")]),
    (f"The leaders of the Movement of Entrepreneurs and Businesspeople \u2013 Liberal Democratic Party of Uzbekistan met {MA}.",
     [("Movement of Entrepreneurs and Businesspeople-Liberal Democratic Party of Uzbekistan", "UZ")]),
])
def test_round_258_parties(lead, value):
    assert _parties(lead) == value
