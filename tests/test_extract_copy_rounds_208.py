"""Copies of rounds 208 and 209 mended after their first look: "a department spokesman said" then "..., spokesman X
said.", the hosts of an earlier stop ("arrived from Kinshasa, where it had held talks with ...", "after a visit to South
Sudan at the invitation of", "after a working trip to Laos, where"), "also drew delegates from A, B and C", an initial
opening the second of a pair ("A and S. B were also present"), ", with Chinese Ambassador X delivering the keynote
address", an announcer who "said in a statement today that the visit", "Accompanying Wee will be A and B", a source
("According to a statement issued ... by the Secretary for Publicity, Comrade X"), a plan's remarks "made while
receiving a delegation", "during a virtual seminar", "following a videoconference held on August 14 between", "Taking
part in the exchange were", "announced the decision at a session of the inter-party dialogue", "who visited China in April
and held talks with X", "the Red Cross, chaired by X", "on Thursday, 13 July 2023, hosted" and "was also addressed by"
(rows of our own sentences)."""
from __future__ import annotations

import pytest

from tests.release_text import release
from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "..., a department spokesman said here Monday." then "..., spokesman X said.": the department's spokesman
    ("Senior CPC official to visit Example Land", "2012.01.09", "BEIJING, Jan. 9 (Xinhua) -- Zhao Gang, head of the International "
     "Department of the CPC Central Committee, will lead a CPC delegation on a visit to Example Land from Jan. 14, a department "
     "spokesman said here Monday.", "The visit is made at the invitation of the Example Party (EP), spokesman Hu Bin said.", "cpc",
     ["Zhao Gang", "Hu Bin"]),
    # "The Polit Bureau members A and S. B were also present": an initial opening the second name
    ("CPC delegation calls on EP leader", "2010.03.12", f"New Delhi, March 11 -- {MA}, called on EP General Secretary Tom Poe "
     "at the party headquarters.", "Polit Bureau members Bob Roe and S. Jim Doe were also present.", "foreign",
     ["Bob Roe", "S. Jim Doe", "Tom Poe"]),
    # "..., with Chinese Ambassador X delivering the keynote address": a speaker of the seminar
    ("EP hosts seminar on CPC congress", "2022.11.17", "COLOMBO, Nov 16 \u2013 The Example Party (EP) hosted a seminar on the "
     "outcome of the CPC congress at the party's headquarters today, with Chinese Ambassador Chen Hua delivering the keynote "
     "address.", "EP leader Tom Poe spoke.", "cpc", ["Chen Hua"]),
    # an announcement's "X said in a statement today that the visit was aimed at ...", then "Accompanying Poe will be A and B."
    ("EP delegation to visit China", "2019.11.07", "KUALA LUMPUR, Nov 7 (Bernama) -- EP president Tom Poe will lead a party "
     "delegation on a working visit to China from Nov 11 at the invitation of the CPC.", "EP secretary-general Bob Roe said in "
     "a statement today that the visit was aimed at strengthening ties. Accompanying Poe will be EP deputy president Jim Doe and "
     "vice-president Ann Loe.", "foreign", ["Ann Loe", "Bob Roe", "Jim Doe", "Tom Poe"]),
    # "According to a statement issued in Dar es Salaam by the Secretary for Publicity, Comrade X, the two leaders ...": a source
    ("EP leader receives Chinese envoy", "2023.05.12", "Dar es Salaam, May 11 -- EP Secretary General Tom Poe received Chinese "
     "Ambassador Chen Hua at the party's offices on Thursday.", "According to a statement issued in Dar es Salaam by the EP "
     "Secretary for Ideology, Publicity and Training, Comrade Bob Roe, the two leaders discussed cooperation.", "foreign", ["Tom Poe"]),
    # "... the annual theoretical workshop ..., a senior official said on April 16." then "X made the statement while receiving a delegation"
    ("EP, CPC urged to use exchange mechanisms", "2019.04.17", "Hanoi (VNA) \u2013 The Example Party (EP) and the CPC should make "
     "fuller use of their exchange mechanisms, particularly the annual theoretical workshop, a senior EP official said on April 16.",
     f"Tom Poe made the statement while receiving a CPC delegation led by {MA}, who is on a working visit.", "type", ("visit", "in_person")),
    # "... agreed on Thursday to hold regular exchanges ..., during a virtual seminar on ...": the seminar, held over video
    ("Parties and CPC agree to deepen dialogue", "2022.11.25", "Havana, Nov 24 (Prensa Latina) Left-wing parties of the region and "
     "the CPC agreed on Thursday to hold regular exchanges on development paths, during a virtual seminar on the outcomes of the "
     "CPC congress.", "Tom Poe of the Example Party (EP) spoke.", "type", ("conference", "video")),
    # "... agreed to broaden cooperation, following a videoconference held on August 14 between the heads of ...": a call
    ("EP and CPC agree to broaden training", "2023.08.15", "Havana, Aug 15 (Prensa Latina) The Example Party (EP) and the CPC "
     "agreed to broaden their cooperation, following a videoconference held on August 14 between the heads of their international "
     "departments.", "Taking part in the exchange were the head of the International Department of the EP, Tom Poe, and the head "
     f"of the International Department of the CPC Central Committee, {MA.split(',')[0]}.", "type", ("call", "video")),
    ("EP and CPC agree to broaden training", "2023.08.15", "Havana, Aug 15 (Prensa Latina) The Example Party (EP) and the CPC "
     "agreed to broaden their cooperation, following a videoconference held on August 14 between the heads of their international "
     "departments.", "Taking part in the exchange were the head of the International Department of the EP, Tom Poe, and the head "
     f"of the International Department of the CPC Central Committee, {MA.split(',')[0]}.", "foreign", ["Tom Poe"]),
    # a plan first, then "X announced the decision at a session of the inter-party dialogue ..., which opened in Moscow"
    ("EP, CPC to set up working group", "2012.07.13", "MOSCOW, July 12 (Itar-Tass) -- The Example Party (EP) and the CPC will set "
     "up a joint working group on party building, Chairman of the EP Council Tom Poe said on Thursday.", "Poe announced the "
     "decision at a session of the inter-party dialogue between the EP and the CPC, which opened in Moscow on Thursday.", "type",
     ("conference", "in_person")),
    # "Chairman Y, who visited China in April and held talks with General Secretary X, thanked ...": an earlier contact
    ("Envoy tells EP chairman of China's wishes", "2013.11.27", "Kathmandu, Nov 26 (RSS): China wishes to see a stable Nepal, "
     "Chinese Ambassador to Nepal Chen Hua said on Tuesday.", "Ambassador Chen said so while paying a courtesy call "
     "on Example Party (EP) Chairman Tom Poe at the latter's residence. Chairman Poe, who visited China in April and held talks "
     "with General Secretary Xi Jinping, thanked the Chinese side.", "cpc", ["Chen Hua"]),
    # "the Red Cross, chaired by Lok Chumteav X, announced ...": who chairs a body, no sender of the messages
    ("EP leaders send condolences", "2008.05.14", "Phnom Penh, May 13 (AKP) -- EP President Tom Poe sent a message of condolence "
     "to Zhao Gang, General Secretary of the CPC Central Committee, over the earthquake.", "In a separate move, the Example Red "
     "Cross, chaired by Lok Chumteav Bob Roe, announced a fundraising campaign.", "foreign", ["Tom Poe"]),
    # "EP Secretary-General X on Thursday, 13 July 2023, hosted a delegation": the date with its year before the verb
    ("EP hosts CPC delegation", "2023.07.14", f"Johannesburg - EP Secretary-General Tom Poe on Thursday, 13 July 2023, hosted a "
     f"delegation of the CPC led by {MA}, at the party headquarters.", "Both sides exchanged views.", "foreign", ["Tom Poe"]),
    # "The seminar was also addressed by EP Vice Chairman (Mainland) X and ...": a speaker
    ("EP hosts CPC seminar", "2014.03.25", f"Dodoma, March 24 -- EP Secretary General Tom Poe and {MA}, opened a seminar on party "
     "building here today.", "The seminar was also addressed by EP Vice Chairman (Mainland) Bob Roe and the Chinese Ambassador to "
     "Example Land, Chen Hua.", "foreign", ["Bob Roe", "Tom Poe"]),
])
def test_people_and_types_of_rounds_208_and_209(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("lead, later, codes", [
    # "..., at the invitation of the A, arrived from Kinshasa, where it had held talks with officials of the UDPS": the earlier stop's
    ("Brazzaville, Oct 3 (ACI) -- A CPC delegation led by Ma Lin held talks with the Congolese Party of Labour (PCT) on Tuesday.",
     "The Chinese delegation, which is on a visit to the Republic of Congo at the invitation of the PCT, arrived from Kinshasa, "
     "where it had held talks with officials of the Union for Democracy and Social Progress (UDPS).", {"CG"}),
    # "The delegation, which came to Khartoum from Juba after a visit to South Sudan at the invitation of the SPLM, ...": the earlier stop's
    ("Khartoum, May 3 (SUNA) -- A CPC delegation led by Ma Lin held talks with the National Congress Party (NCP) on Tuesday.",
     "The delegation, which came to Khartoum from Juba after a visit to the Republic of South Sudan at the invitation of the Sudan "
     "People's Liberation Movement (SPLM), is on a three-day visit.", {"SD"}),
    # "The delegation arrived in Hanoi after a working trip to Laos, where it had met leaders of the LPRP": the earlier stop's
    ("Hanoi (VNA) \u2013 A CPC delegation led by Ma Lin held talks with the Communist Party of Vietnam (CPV) on April 10.",
     "The Chinese delegation arrived in Hanoi on April 9 after a working trip to Laos, where it had met leaders of the Lao "
     "People's Revolutionary Party.", {"VN"}),
    # "The three-day seminar ... also drew delegates from Ethiopia, Kenya and Uganda": countries taking part
    ("Windhoek, May 3 -- The SWAPO Party and the CPC opened a seminar on party building here on Tuesday.",
     "The three-day seminar also drew delegates from Ethiopia, Kenya and Uganda.", {"ET", "KE", "NA", "UG"}),
])
def test_countries_of_rounds_208_and_209(lead, later, codes):
    assert set(release("Party and CPC", "2019.05.04", lead, later).events[0].countries) == codes
