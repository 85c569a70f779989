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


_KAMPALA = ("Party to send leaders to China", "2024.07.11", "KAMPALA, July 10 \u2014 The Example Party will send 40 "
            "district chairpersons to China for training, the party's Secretary General, Tom Poe, has said.")
_BEIJING_LINK = ("Party leaders hold talks via video link", "2020.06.19", "DODOMA, June 18 -- Example Party Secretary "
                 f"General Dr Tom Poe on Thursday held talks via video link with {MA}.")


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "X made the pledge during talks with a visiting CPC delegation": the speaker held the talks
    ("Ruling party, CPC vow to deepen cooperation", "2018.07.13", "NAIROBI, July 12 (Xinhua) -- The Example Party and "
     "the CPC on Thursday pledged to deepen exchanges.", "Example Party Secretary-General Tom Poe made the pledge "
     f"during talks with a visiting CPC delegation led by {MA}.", "foreign", ["Tom Poe"]),
    # "On March 16, the national president of the A, X, held a telephone conversation with"; "Also on the line were
    # the A's Secretary of International Relations, Y, and, on the Chinese side, Vice-minister Z"
    ("Party president holds phone talks", "2022.03.17", "On March 16, the national president of the Example Party "
     f"(EP), Ann Roe, held a telephone conversation with {MA}. Also on the line were the EP's Secretary of "
     "International Relations, Bob Roe, and, on the Chinese side, Vice-minister Chen Zhou.", "Both sides exchanged views.",
     "foreign", ["Ann Roe", "Bob Roe"]),
    # "strengthened under President X, the party's First Secretary": named in the speech
    ("Parties pledge to deepen cooperation", "2024.07.10", f"HARARE, July 9 \u2014 EP Secretary General Dr Tom Poe on "
     f"Tuesday received a delegation of the CPC led by {MA}, at the party's headquarters in Harare.", "Dr Poe said the "
     "relationship between the two parties dates back to the liberation struggle and has been strengthened under "
     "President Bob Roe, the party's First Secretary.", "foreign", ["Tom Poe"]),
    # an announcement: "the delegation will be led by A and will include Deputy Secretary General B"
    ("Party delegation to visit China", "2010.08.04", "Johannesburg, August 3rd\u2014The Example Party announced today "
     "that a delegation will visit China from August 9th to 18th.", "Speaking at a media briefing, EP Spokesperson "
     "Jim Doe said that the delegation will be led by EP Secretary General Tom Poe and will include Deputy Secretary "
     "General Ann Roe and members of the NEC.", "foreign", ["Ann Roe", "Jim Doe", "Tom Poe"]),
    # an announcement: "have confirmed their attendance, among them senior leaders of the A of Tanzania and the B"
    ("Seminar to be held in Beijing", "2019.07.16", "Beijing, July 15th\u2014A spokesperson of the IDCPC announced "
     "here today that a seminar will be held in Beijing on July 18th and 19th.", "The spokesperson said that more "
     "than 100 party leaders have confirmed their attendance, among them senior leaders of Chama Cha Mapinduzi (CCM) "
     "of Tanzania and the Jubilee Party of Kenya.", "parties", ["Chama Cha Mapinduzi", "Jubilee Party"]),
    # an announcement: "will hold talks with A in Brasilia and with B in Montevideo"
    ("Senior CPC official to visit", "2026.02.28", f"BEIJING, Feb. 27 (Xinhua) -- {MA}, will lead a CPC delegation to "
     "visit two countries from March 8 to 15, a spokesperson for the department announced on Friday.", "During the "
     "visit, Ma will hold talks with EP President Tom Poe in Brasilia and with OP President Bob Roe in Montevideo, the "
     "spokesperson said.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "X announced the plan while meeting with a CPV delegation led by Y": a meeting
    ("Parties agree to hold joint seminar", "2005.09.07", "BEIJING, Sept. 6 (Xinhua) -- The CPC and the Example Party "
     "will hold a joint seminar in Hanoi early next year, a senior CPC official said here Tuesday. Ma Lin, head of "
     "the International Department of the CPC Central Committee, announced the plan while meeting with a delegation "
     "led by Tom Poe, head of the Example Party's commission.", "Both sides exchanged views.", "type",
     ("meeting", "in_person")),
    # "Earlier in the day, Political Bureau member and First Vice President of ... X received the visitors"
    ("Parties sign cadre training plan", "2010.05.21", "Havana, May 20 (Prensa Latina) The Example Party and the CPC "
     "will train 200 cadres, under an agreement signed here on Thursday.", "The document was signed by Tom Poe, head "
     f"of the party's International Relations Department, and {MA}.\n\nEarlier in the day, Political Bureau member "
     "and First Vice President of the Councils of State and Ministers Bob Roe received the visitors at the Palace of "
     "the Revolution.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "X said the party's National Chairman, President Y, had directed": named in the speech
    (*_KAMPALA, f"Poe made the announcement on Wednesday, when he hosted a delegation of the CPC led by {MA}.\n\nPoe said "
     "the party's National Chairman, President Bob Roe, had directed that cadre training become a priority.",
     "foreign", ["Tom Poe"]),
    # an announcement: "spokesperson X told the press that during the visit, Y will hold talks with IDCPC head Z"
    ("Party official to visit China", "2023.03.28", "Beijing, March 27 (VNA) \u2013 A delegation of the Example Party "
     "led by Tom Poe will pay a working visit to China from April 10 to 14, the IDCPC announced on March 27.", "IDCPC "
     "spokesperson Li Hua told the press in Beijing that during the visit, Poe will meet Chinese leaders and hold "
     "talks with IDCPC head Ma Lin on implementing the common perceptions.", "cpc", ["Li Hua", "Ma Lin"]),
    # "the party's Secretary General, Dr X, said on Wednesday after a telephone conversation with Y"
    ("Parties agree to expand cadre training", "2026.01.15", "Dar es Salaam, January 14 \u2014 THE ruling Example Party "
     "will send a delegation to China in April, the party's Secretary General, Dr Ann Roe, said on Wednesday after a "
     f"telephone conversation with {MA}.", "Both sides exchanged views.", "foreign", ["Ann Roe"]),
    # a spokesperson's comment: "said the participation of the movement reflected"
    ("Party delegation takes part in dialogue", "2017.12.04", "From 30 November to 3 December 2017, a delegation of "
     "the Example Party led by Tom Poe, Chairperson of the EP Sub-Committee on International Relations, participated "
     f"in the dialogue held in Beijing, China. {MA}, delivered the keynote address.", "EP National Spokesperson Bob "
     "Roe said the participation of the movement reflected the party's commitment to internationalism.", "foreign",
     ["Tom Poe"]),
    # an announcement: "spokesperson X said the delegation would take part in a symposium"
    ("Party announces visit by CPC delegation", "2019.09.20", f"Kathmandu, Sept. 19 (RSS) -- A CPC delegation led by {MA}, "
     "will arrive here on Sunday for a four-day visit at the invitation of the ruling Example Party, the party "
     "announced on Thursday.", "Addressing a press conference at the party's central office, EP spokesperson Tom Poe "
     "said the delegation would take part in a two-day symposium.", "foreign", ["Tom Poe"]),
    # "Chinese Ambassador to Tanzania X joined Dr Y at the party headquarters"
    (*_BEIJING_LINK, "Chinese Ambassador to Tanzania Li Hua joined Dr Poe at the EP headquarters in Dodoma.", "cpc",
     ["Ma Lin", "Li Hua"]),
    # "attended at the Hanoi end together with Vice Chairman of the commission X"
    (*_BEIJING_LINK, "Chinese Ambassador Li Hua attended at the Dodoma end together with Vice Chairman of the "
     "commission Bob Roe.", "foreign", ["Bob Roe", "Tom Poe"]),
    # the dictionary knows "Muttahida Qaumi Movement-Pakistan (MQM-P)" as written
    ("Parties hold joint consultation", "2024.06.22", f"ISLAMABAD, Jun 21 (APP): The CPC and parties on Friday held a "
     f"meeting of their consultation mechanism here, with {MA}, leading the Chinese side.", "Representatives of the "
     "Muttahida Qaumi Movement-Pakistan (MQM-P) also spoke.", "parties", ["Muttahida Qaumi Movement-Pakistan"]),
])
def test_copies_of_rounds_124_and_125(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("later, value", [
    # "Delegations from A, B and C are also taking part"
    ("Delegations from Venezuela, Bolivia and Viet Nam are also taking part in the three days of debates.",
     ["BO", "MX", "VE", "VN"]),
    # a coming summit "which will bring the leaders of A, B and C together": no country of this meeting
    ("The two sides exchanged views on preparations for the BRICS Summit, which will bring the leaders of Brazil, "
     "Russia, India, China and South Africa together in Johannesburg in August.", ["MX"]),
])
def test_countries_of_rounds_124_and_125(later, value):
    assert _countries("Seminar opens", "2010.03.27", "Mexico City, March 26 (Notimex) -- Representatives of parties "
                      "gathered here on Friday for the seminar hosted by Mexico's Labor Party (PT). Tom Poe, National "
                      f"Coordinator of the PT, opened it, and {MA}, spoke.", later) == value
