"""Copies of rounds 205 and 206 mended after their first look: another leader's visit ("The visit to China by
Chancellor X in May"), a lead of more than 260 characters before "when Politburo member ... X received", plural titles
("NCP Co-chairs A and B"), "was moderated by", a "virtual meet" headline, "when meeting separately with" beside an
upcoming summit, "Mayor of Ulaanbaatar M.Enkhbold", a leader spoken of ("He said that President X, ..., attaches"), a
past host after "the C.C., CPC", a building's name ("Casa Nacional"), "on behalf of the A, X, chairman of its Central
Committee", "Leaders of A, B and C will address", "addressed the previous meeting", "Issuing a press statement, X
said", "will accompany the party chairman", "said on Tuesday after talks with", "as a senior CPC official met with a
delegation", "when X received a delegation ... led by its head, Mr Y", "on August 3 received a message", "will next week
lead", "the Governor of Niger State", "have received a large number of messages", "was in Beijing in July ..., during
which he held talks with", and an announced guests' next stop "After leaving China" (rows of our own sentences)."""
from __future__ import annotations

import pytest

from tests.release_text import release
from tests.test_extract_copy_agreements import MA, _read

_LEAD = f"BEIJING, May 5 (Xinhua) -- {MA}, met with a delegation of the Example Party (EP) led by its chairman Tom Poe on Monday."


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "The visit to China by Chancellor X in May opened up new prospects": another leader's visit
    ("CPC leader meets EP delegation", "2006.09.13", _LEAD, "Ma welcomed the delegation and said the two parties have kept up "
     "exchanges. The visit to China by Chancellor Bob Roe in May opened up new prospects for the partnership.", "foreign",
     ["Tom Poe"]),
    # a lead of more than 260 characters before "when Politburo member and ... X received a CPC delegation"
    ("EP, CPC agree to intensify exchanges", "2019.05.15", "Hanoi (VNA) \u2013 The Example Party (EP) and the Communist Party of "
     "China (CPC) agreed to intensify the exchange of delegations at all levels and to share experience in Party building and "
     "socio-economic management when Politburo member and permanent member of the EP Central Committee's Secretariat Tran "
     "Van Binh received a CPC delegation in Hanoi on May 14.", f"The delegation was led by {MA}.", "foreign", ["Tran Van Binh"]),
    # an announcement's "the delegation will hold talks with EP Co-chairs A and B (Prachanda)": a plural title
    ("CPC delegation to visit Example Land", "2019.06.12", f"Kathmandu, June 12 (RSS): A CPC delegation led by {MA}, will visit "
     "Example Land next week, EP spokesperson Bob Roe said.", "During the visit, the delegation will hold talks with EP Co-chairs "
     "Tom Poe and Jim Doe (Prachanda) and with other senior leaders of the party, he said.", "foreign", ["Bob Roe", "Jim Doe", "Tom Poe"]),
    # "The discussion on ... was moderated by Deputy Secretary of the A Council X"
    ("EP, CPC hold forum", "2018.06.20", f"MOSCOW, June 19 -- The Example Party (EP) and the CPC opened a forum here on Tuesday. {MA}, "
     "spoke.", "The discussion on the development of the Far East was moderated by Deputy Secretary of the EP General Council "
     "Tom Poe.", "foreign", ["Tom Poe"]),
    # "Parties, CPC hold virtual meet on CPEC": a noun, and the gathering a video conference
    ("Example Land parties, CPC hold virtual meet on corridor", "2021.11.05", "Islamabad, November 4 (ANI): Example Land's major "
     "political parties have pledged to keep the corridor insulated from politics, during a virtual meeting of the Political "
     "Parties Joint Consultation Mechanism with the CPC held on Thursday.", f"Tom Poe of the Example Party (EP) and {MA}, spoke.",
     "type", ("conference", "video")),
    # "..., a senior CPC official said Tuesday when meeting separately with party leaders ... ahead of the upcoming summit"
    ("Senior CPC official meets party leaders", "2024.09.04", "BEIJING, Sept. 3 (Xinhua) -- China is willing to work with African "
     "countries to turn the outcomes of the upcoming summit into results, a senior CPC official said Tuesday when meeting "
     "separately with party leaders from Example Land.", f"{MA}, met separately with Tom Poe, chairman of the Example Party (EP).",
     "type", ("meeting", "in_person")),
    # "the Chairman of the A and Mayor of Ulaanbaatar M.Enkhbold, who is visiting China ..., was received": one word
    ("EP Chairman received in Beijing", "2005.11.15", "Ulaanbaatar /MONTSAME/ On November 14, the Chairman of the Example Party "
     "(EP) and Mayor of Ulaanbaatar M.Tomkhuu, who is visiting China at the invitation of the CPC, was received in Beijing by "
     f"{MA}.", "Both sides exchanged views.", "foreign", ["M.Tomkhuu"]),
    # "He said that President X, the Leader of the A, attaches great importance to ...": spoken of
    ("EP receives Chinese Ambassador", "2013.01.23", "Colombo, January 22 -- Example Party (EP) General Secretary Tom Poe "
     "received Chinese Ambassador Chen Hua at the party headquarters today.", "Poe thanked China. He said that President Bob "
     "Roe, the Leader of the EP, attaches great importance to the relationship.\n\nAmbassador Chen later met separately with "
     "Jim Doe, Leader of the Other Party (OP), at the OP office.", "foreign", ["Jim Doe", "Tom Poe"]),
    # "X held talks with Y, minister of the International Department of the C.C., CPC, when the latter was in Pyongyang in August"
    ("EP delegation to visit China", "2013.01.02", "Pyongyang, December 31 (KCNA) -- A delegation of the Workers' Party of "
     "Korea (WPK) headed by Tom Poe will visit China at the invitation of the CPC.", "The WPK and the CPC have maintained close "
     "contacts. Bob Roe held talks with Wang Jiarui, minister of the International Department of the C.C., CPC, when the "
     "latter was in Pyongyang in August, and the two parties exchanged several delegations of officials.", "cpc", []),
    # "received at the party's headquarters, Casa Nacional, a delegation of the CPC": a building, no person
    ("EP receives CPC delegation", "2018.10.18", "SANTO DOMINGO, Oct. 17 - The Secretary General of the Example Party (EP), Tom "
     "Poe, on Wednesday received at the party's headquarters, Casa Nacional, a delegation of the CPC led by Zhao Gang.",
     "Both sides exchanged views.", "foreign", ["Tom Poe"]),
    # "X, chairman of A, addressed the previous meeting of the mechanism by video link": an earlier round
    ("EP, CPC to hold dialogue", "2024.05.10", f"BEIJING, May 10 -- The CPC and the Example Party (EP) will hold the 11th "
     f"meeting of their dialogue mechanism next week, a spokesperson said.", "Tom Poe, chairman of the EP, addressed the previous "
     "meeting of the mechanism by video link.", "foreign", []),
    # "Issuing a press statement on Sunday, head of the party's Foreign Department X said": the announcer
    ("EP chairman leaving for China", "2012.04.09", "Kathmandu, April 8 (RSS) - Chairman of the Example Party (EP) Tom Poe is "
     "leaving for China on Tuesday on a week-long visit at the invitation of the CPC.", "Issuing a press statement on Sunday, "
     "head of the party's Foreign Department Bob Roe said the visit is aimed at strengthening relations.", "foreign",
     ["Bob Roe", "Tom Poe"]),
    # "A and B will accompany the party chairman.": members of the coming delegation
    ("EP chairman leaving for China", "2012.04.09", "Kathmandu, April 8 (RSS) - Chairman of the Example Party (EP) Tom Poe is "
     "leaving for China on Tuesday on a week-long visit at the invitation of the CPC.", "EP Secretary Bob Roe and Central "
     "Committee member Jim Doe will accompany the party chairman.", "foreign", ["Bob Roe", "Jim Doe", "Tom Poe"]),
    # a dialogue planned, then "X said on Tuesday after talks with a visiting CPC delegation": the talks
    ("EP, CPC to launch dialogue", "2009.11.11", "MOSCOW, November 10 (Itar-Tass) -- The Example Party (EP) and the CPC will "
     "hold the first round of a regular inter-party dialogue in China next spring, Chairman of the EP Council Tom Poe said on "
     "Tuesday after talks with a visiting CPC delegation.", "Both sides exchanged views.", "type", ("visit", "in_person")),
    # "... the outcomes of the recent Beijing Summit ..., as a senior CPC official met with a delegation of ...": a meeting
    ("China, Example Land agree to boost cooperation", "2018.09.13", "BEIJING, Sept. 12 (Xinhua) -- China and Example Land agreed "
     "on Wednesday to turn the outcomes of the recent Beijing Summit into projects, as a senior CPC official met with a "
     "delegation of the ruling Example Party (EP).", f"{MA}, met with the delegation led by Tom Poe.", "type", ("meeting", "in_person")),
    # "The agreement was reached when X received a delegation of ... led by its head, Mr Y, according to a report"
    ("EP, CPC agree to expand training", "2013.05.20", "Vientiane, May 20 (KPL) -- The Example Party (EP) and the CPC have agreed "
     "to expand training, at a meeting held in Beijing on May 17.", f"The agreement was reached when {MA}, received a delegation "
     "of the EP Central Committee's Inspection Commission led by its head, Mr Tom Poe, according to a report.", "foreign",
     ["Tom Poe"]),
    # "General Secretary of the A and State President X on August 3 received a message of congratulations from Y"
    ("EP chief receives congratulations", "2024.08.04", "Hanoi (VNA) \u2013 General Secretary of the Example Party (EP) Central "
     f"Committee and State President Tom Poe on August 3 received a message of congratulations from {MA}.",
     "The message praised the EP.", "foreign", []),
    # "X will next week lead a delegation of the ruling party on a working visit to China": the coming guest
    ("EP leader to lead delegation to China", "2017.03.15", "Dar es Salaam, 14 March 2017 \u2013 Example Party (EP) Secretary "
     "General Tom Poe will next week lead a delegation of the ruling party on a working visit to China, the party said.",
     f"He is expected to hold talks with {MA}.", "foreign", ["Tom Poe"]),
])
def test_people_and_types_of_rounds_205_and_206(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("lead, later, codes, parties", [
    # "the Governor of Niger State, X" is Nigerian: no Niger
    ("Abuja, Feb 5 (NAN) -- The All Progressives Congress (APC) received a CPC delegation led by Ma Lin on Monday.",
     "Present at the meeting were the National Secretary of the APC, Senator Tom Poe, and the Governor of Niger State, Bob Roe.",
     {"NG"}, {"All Progressives Congress"}),
    # "In a message on behalf of the A, X, chairman of its Central Committee, said": the party he speaks for
    ("BEIJING, July 3 (Xinhua) -- Leaders of foreign parties have sent messages to the CPC on its centenary.",
     "Bob Roe, general secretary of the Example Party (EP), said the CPC has led China to success.\n\nIn a message on behalf of the Communist Party of the Russian Federation, Tom Poe, chairman of its Central Committee, said "
     "the CPC's experience matters.", {"RU"}, {"Example Party", "Communist Party of the Russian Federation"}),
    # an announcement's "Leaders of the A of Ethiopia, the B of Namibia and the C will address the opening session"
    ("BEIJING, May 10 -- The CPC will host a seminar with African parties in Hunan next week, spokesperson Hu Bin said.",
     "Leaders of the Prosperity Party of Ethiopia, the South West Africa People's Organization (SWAPO) of Namibia and the "
     "Zimbabwe African National Union-Patriotic Front (ZANU-PF) will address the opening session, Hu said.", {"ET", "NA", "ZW"},
     {"Prosperity Party", "South West Africa People's Organization", "Zimbabwe African National Union-Patriotic Front"}),
    # guests announced: "After leaving China, the delegation will travel on to Viet Nam ... at the invitation of the CPV"
    ("BEIJING, May 10 -- A delegation of the Ethiopian People's Revolutionary Democratic Front (EPRDF) will visit China from "
     "May 12 at the invitation of the CPC, a spokesperson said.", "After leaving China, the delegation will travel on to Viet Nam "
     "for a visit at the invitation of the Communist Party of Vietnam.", {"ET"}, {"Ethiopian People's Revolutionary Democratic Front"}),
])
def test_countries_and_parties_of_rounds_205_and_206(lead, later, codes, parties):
    e = release("Parties and the CPC", "2024.05.11", lead, later).events[0]
    assert (set(e.countries), {p.name for p in e.parties}) == (codes, parties)


@pytest.mark.parametrize("lead, later, people", [
    # "the CPC Central Committee and General Secretary X have received a large number of messages": the addressee
    ("Beijing, May 18th\u2014In the days since the earthquake, the CPC Central Committee and General Secretary Zhao Gang have "
     "received a large number of messages of sympathy from leaders of foreign parties.", "Tom Poe, chairman of the Example "
     "Party (EP), said in his message that the EP stands with China.", ["Tom Poe"]),
    # "X was in Beijing in July to attend ..., during which he held talks with President Y": another time
    ("BEIJING, Dec. 20 -- Zhao Gang, head of the International Department of the CPC Central Committee, sent a message to Tom Poe, chairman of the Example Party (EP), congratulating him on his "
     "re-election.", "Poe was in Beijing in July to attend the opening of a ministerial conference, during which he held talks "
     "with President Zhou Bin.", ["Zhao Gang"]),
])
def test_addressees_and_past_hosts_of_messages_are_named_in_passing(lead, later, people):
    e = release("CPC leader sends message", "2008.12.21", lead, later).events[0]
    assert [p.name for p in e.participants] == people
