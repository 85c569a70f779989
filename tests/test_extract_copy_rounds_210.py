"""Copies of rounds 203, 207 and 210 mended after they were scored: a semicolon list with "Gov.", Spanish forms of address
("Comandante", "Compañera") and "Makhdoom", "Port of Spain", leaders recalled meeting countries "including A and B", a
Central Committee "headed by" its new leader, "According to him, X also took part in the talks", "will this week lead",
an announcement signed "Issued by: X" over "National Spokesperson", the greetings "of the President of the Republic, X",
one who "returned to Brazzaville ... at the end of a visit", a message's addressee told again, a roundup sender who
"recalled that the late ... and said", a Chinese administration, "will lead the Chinese people", "at online talks ...
between", "the Dominican ambassador" of Dominica, a plan "to hold a joint conference", parties "also represented at" a
summit, "said X after receiving", "a courtesy call from", an announcer who "told reporters here on Monday.", a video
conference "with A and B leading the two sides", "In a letter dated 13 November", "exchanged views with senior members
of", speakers who "commended the achievements of the CPC and expressed the hope", and messages congratulating "on the
opening of the ... Congress on Wednesday" (rows of our own sentences)."""
from __future__ import annotations

import pytest

from tests.release_text import release
from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "accompanied by the National Secretary, Sen. A; Gov. B of Niger State and the Publicity Secretary, Mr C"
    ("EP and CPC agree to deepen cooperation", "2025.03.08", "Beijing, March 7, 2025 (NAN) The National Chairman of the "
     f"Example Party (EP), Dr Tom Poe, on Friday in Beijing held talks with Mr {MA}.", "Poe was accompanied by the National "
     "Secretary of the party, Sen. Bob Roe; Gov. Jim Doe of Niger State and the EP National Publicity Secretary, Mr Ann Loe.",
     "foreign", ["Ann Loe", "Bob Roe", "Jim Doe", "Tom Poe"]),
    # "Comandante X, Co-President ..., and Compañera Y, Co-President ..., sent a message": forms of address
    ("Co-Presidents send greetings to Xi Jinping", "2026.01.02", "Managua, December 31 \u2013 Comandante Tom Poe, Co-President "
     "of the Republic of Nicaragua and Secretary General of the Example Front (EF), and Compa\u00f1era Ann Loe, Co-President of "
     "the Republic, sent a message of greeting on Wednesday to Xi Jinping, General Secretary of the CPC Central Committee.",
     "The Co-Presidents wished the Chinese people success.", "foreign", ["Ann Loe", "Tom Poe"]),
    # "PTI Vice Chairman Makhdoom X, Y and Dr. Z were also present": an honorific
    ("Chinese envoy calls on EP chairman", "2012.02.21", "ISLAMABAD, Feb 20 (APP): Chinese Ambassador to Pakistan Li Ming on "
     "Monday called on Chairman Example Party (EP) Tom Poe at his residence.", "EP Vice Chairman Makhdoom Bob Roe Qasim, Jim Doe "
     "and Dr. Ann Loe were also present on the occasion.", "foreign", ["Ann Loe", "Bob Roe Qasim", "Jim Doe", "Tom Poe"]),
    # "the congress, which elected a new Central Committee headed by General Secretary X": the new leader, named in passing
    ("EP official receives CPC delegation", "2012.11.28", "HANOI, Nov. 27 (VNA) \u2013 Tom Poe, head of the Commission for "
     "External Relations of the Example Party (EP), on November 27 received a CPC delegation led by Chen Ming, Vice Minister of "
     "the International Department of the CPC Central Committee.", "Poe congratulated the Chinese Party on the congress held "
     "in Beijing earlier this month, which elected a new Central Committee headed by General Secretary Xi Jinping.", "cpc",
     ["Chen Ming"]),
    # "According to him, EP Deputy Chairman X also took part in the talks": a participant, told by the speaker
    ("EP and CPC to hold joint conference", "2021.06.04", "MOSCOW, June 3. /TASS/. The Example Party (EP) and the CPC will hold "
     "a joint online conference later this month, EP leader Tom Poe told reporters on Thursday after video talks with "
     f"{MA}.", "According to him, EP Deputy Chairman Bob Roe also took part in the talks, which focused on cooperation.",
     "foreign", ["Bob Roe", "Tom Poe"]),
    # "X will this week lead a delegation of the EP to China": an announcement, its people kept
    ("EP Secretary General to lead delegation to China", "2018.10.22", "Johannesburg, Monday 22 October 2018 \u2014 The "
     "Secretary General of the Example Party (EP), Cde Tom Poe, will this week lead a delegation of the EP to China at the "
     "invitation of the CPC.", "The delegation will include Cde Bob Roe.", "type", ("other", None)),
    # an announcement signed "Issued by: X" over "National Spokesperson": its announcer
    ("EP Secretary General to lead delegation to China", "2018.10.22", "Johannesburg, Monday 22 October 2018 \u2014 The "
     "Secretary General of the Example Party (EP), Cde Tom Poe, will lead a delegation of the EP to China next week at the "
     "invitation of the CPC.", "The EP looks forward to a productive visit.\n\nIssued by: Bob Roe\nNational Spokesperson\n"
     "Example Party", "foreign", ["Bob Roe", "Tom Poe"]),
    # "returned to Brazzaville on Friday at the end of a visit to China, during which ..." and "conveyed to his hosts the
    # greetings of the President of the Republic, X, founding chairman of the EP": the traveller, not the greeted
    ("EP leader back from Beijing", "2019.12.14", "Brazzaville, 13 December (ADIAC) \u2013 The Secretary General of the "
     "Example Party (EP), Tom Poe, returned to Brazzaville on Friday at the end of a working visit to China, during which his "
     f"delegation held talks on 10 December in Beijing with {MA}.", "During the talks, Tom Poe conveyed to his hosts the "
     "greetings of the President of the Republic, Bob Roe, founding chairman of the EP, to General Secretary Xi Jinping.",
     "foreign", ["Tom Poe"]),
    # the lead's addressee told again after it: "X, who is also Prime Minister, succeeds Y"
    ("Xi congratulates EP leader on election", "2021.01.18", "Vientiane, January 17 (KPL) \u2013 Xi Jinping, General "
     "Secretary of the CPC Central Committee, on January 15 sent a congratulatory message to Tom Poe on his election as "
     "General Secretary of the Example Party (EP).", "Tom Poe, who is also Prime Minister, succeeds Bob Roe, who led the party "
     "since 2016.", "foreign", []),
    # a roundup's sender who "recalled that the late EP leader X had visited China ..., and said ...": still a sender
    ("Foreign party leaders congratulate CPC", "2011.07.02", "BEIJING, July 1 (Xinhua) -- Leaders of political parties from a "
     "number of countries have sent messages to the CPC Central Committee, congratulating the CPC on its anniversary.",
     "Tom Poe, President of the Example Party (EP), recalled that the late EP leader Bob Roe had visited China during the "
     "liberation struggle, and said the EP is proud of its friendship with the CPC.", "foreign", ["Tom Poe"]),
    # "X, Director of the National Rural Revitalization Administration, gave an account of ...": a Chinese official
    ("IDCPC holds briefing on poverty reduction", "2021.04.28", "Beijing, April 27th\u2014The International Department of the "
     f"CPC Central Committee held a thematic briefing here today. {MA}, attended and addressed the event.", "Wang Ping, Director "
     "of the National Rural Revitalization Administration, gave an account of the strategy.", "cpc", ["Ma Lin", "Wang Ping"]),
    # "The CPC will lead the Chinese people to new heights ..., X has said." then "In a congratulatory message ...": a message
    ("EP leader congratulates Xi", "2017.10.26", "KATHMANDU, Oct 25 (RSS): The CPC will lead the Chinese people to new heights "
     "of prosperity, Chairman of the Example Party (EP) Tom Poe has said.", "In a congratulatory message sent on Wednesday to Xi "
     "Jinping on his re-election, Chairman Poe said the congress was a matter of joy.", "type", ("message", "written")),
    # "..., it was agreed at online talks on November 18 between Head of the EP Commission X and Head of the IDCPC Y"
    ("EP and CPC agencies hold online talks", "2021.11.19", "The external relations agencies of the Example Party (EP) and the CPC "
     "will work closely to prepare for high-level exchanges, it was agreed at online talks on November 18 between Head of the EP "
     "Central Committee\u2019s Commission for External Relations Tom Poe and Head of the CPC Central Committee\u2019s "
     "International Department Ma Lin.", "Poe thanked China for its vaccines.", "foreign", ["Tom Poe"]),
    # "have agreed to expand training and hold a joint conference in 2021, X told TASS after talks with Y": a meeting
    ("EP, CPC agree to expand training", "2019.04.24", "BEIJING, April 23. /TASS/. The Example Party (EP) and the CPC have "
     "agreed to expand joint training of young activists and hold a joint conference on the centenary of the Chinese party in "
     f"2021, EP leader Tom Poe told TASS on Tuesday after talks with {MA}.", "Poe said the contacts had become more intensive.",
     "type", ("meeting", "in_person")),
    # "said EP president Datuk Seri X after receiving a delegation of the IDCPC": the host who spoke
    ("EP, CPC to boost exchanges", "2008.12.03", "KUALA LUMPUR: The Example Party (EP) and the CPC have agreed to step up "
     "exchanges between their young leaders, said EP president Datuk Seri Tom Poe after receiving a delegation of the "
     "International Department of the CPC Central Committee, led by its vice-minister Chen Ming, on Tuesday (Dec 2).",
     "Poe said he had briefed the visitors.", "foreign", ["Tom Poe"]),
    # "He said this after receiving a courtesy call from Chinese Ambassador to Malaysia X": the envoy met
    ("EP keen to deepen ties with CPC", "2019.03.13", "KUALA LUMPUR, March 12 (Bernama) -- The Example Party (EP) will continue "
     "to strengthen its relations with the CPC, said its secretary-general Tan Sri Tom Poe.", "He said this after receiving a "
     "courtesy call from Chinese Ambassador to Malaysia Chen Ming at the party headquarters here today.", "cpc", ["Chen Ming"]),
    # "X will lead a delegation ..., the party's Secretary for Publicity, Y, told reporters here on Monday.": the announcer
    ("EP leader to lead delegation to China", "2013.05.14", "Dodoma, May 13 \u2013 Example Party (EP) Secretary General Tom Poe "
     "will lead a ten-member delegation of the ruling party on a working visit to China from May 20 to 28 at the invitation of "
     "the Communist Party of China (CPC), the party's Secretary for Ideology and Publicity, Bob Roe, told reporters here on Monday.", "Mr Roe said the "
     "delegation would learn from the CPC.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "held a video conference on Wednesday (23), with EP Chairman Prof. X and Y, Minister of ..., leading the two sides"
    ("EP, CPC hold video conference", "2020.09.24", "The Example Party (EP) and the CPC held a video conference on Wednesday "
     f"(23), with EP Chairman Prof. T.K. Poe and {MA}, leading the two sides.", "Prof. Poe thanked China.", "type",
     ("call", "video")),
    ("EP, CPC hold video conference", "2020.09.24", "The Example Party (EP) and the CPC held a video conference on Wednesday "
     f"(23), with EP Chairman Prof. T.K. Poe and {MA}, leading the two sides.", "Prof. Poe thanked China.", "foreign",
     ["T.K. Poe"]),
    # "Niamey, 14 November 2006 \u2013 In a letter dated 13 November, ... thanked X for the welcome extended to a delegation"
    ("EP thanks the CPC", "2006.11.15", "Niamey, 14 November 2006 \u2013 In a letter dated 13 November, the President of the "
     f"Example Party (EP), Tom Poe, thanked {MA}, for the warm welcome extended to a delegation of the party that visited China "
     "from 23 October to 2 November.", "In the letter, the EP leader praised the CPC.", "type", ("message", "written")),
    # "Speaking at the session, A, B and C commended the achievements of the CPC and expressed the hope ...": C spoke too
    ("Chinese Embassy briefs party leaders", "2012.12.06", "Colombo, 5 December \u2013 The Chinese Embassy in Colombo today held "
     "a briefing session on the outcome of the CPC congress for leaders of political parties at a city hotel.", "Speaking at the "
     "session, Example Party (EP) General Secretary Tom Poe and Sample Front (SF) General Secretary Bob Roe commended the "
     "achievements of the CPC and expressed the hope that the friendship would grow further.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "extending warm congratulations on the opening of the 19th CPC National Congress on Wednesday": dated by its dateline
    ("Foreign party leaders congratulate CPC", "2017.10.20", "BEIJING, Oct. 19 (Xinhua) -- Leaders of foreign political parties "
     "have sent messages to the CPC Central Committee, extending warm congratulations on the opening of the 19th CPC National "
     "Congress on Wednesday.", "In his message, Tom Poe, president of the Example Party (EP), praised the CPC.", "date",
     "2017-10-19"),
])
def test_people_and_types_of_rounds_203_to_210(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("lead, later, field, value", [
    # "The A and the B were also represented at the virtual summit": parties taking part
    ("Accra, July 7, GNA - The Example Party (EP) on Tuesday joined leaders of parties from around the world in a summit held "
     "by video link.", "The New Patriotic Party (NPP) and the Convention People's Party (CPP) were also represented at the virtual "
     "summit.", "parties", ["Convention People's Party", "Example Party", "New Patriotic Party"]),
    # "Coordinator of the Movement for Democratic Alternation Group of 15 (MADEM G-15)": the party's full name
    ("From May 18th to 21st, a CPC delegation led by Chen Ming, Vice-minister of the International Department of the CPC "
     "Central Committee, visited Guinea-Bissau.", "The delegation also met separately with Tom Poe, Coordinator of the Movement "
     "for Democratic Alternation Group of 15 (MADEM G-15).", "parties", ["Movement for Democratic Alternation Group of 15"]),
    # "exchanged views with senior members of the opposition EP": a party met
    ("From July 9th to 15th, a CPC delegation led by Chen Ming, Vice-minister of the International Department of the CPC "
     "Central Committee, paid a visit to Nigeria.", "In Abuja, the delegation called on Tom Poe, National Chairman of the All "
     "Progressives Congress (APC), and exchanged views with senior members of the opposition Example Party (EP).", "parties",
     ["All Progressives Congress", "Example Party"]),
])
def test_parties_of_rounds_207_and_210(lead, later, field, value):
    e = release("Party and CPC", "2021.07.07", lead, later).events[0]
    assert sorted(p.name for p in e.parties) == value


@pytest.mark.parametrize("title, lead, later, codes", [
    # "recalling that Chinese President X met leaders of Caribbean countries including A, B and C in Port of Spain last year"
    ("CPC seeks closer exchanges with EP", "BEIJING, Sept. 16 (Xinhua) -- The CPC hopes to expand exchanges with the Dominican "
     f"Liberation Party (PLD), a senior CPC official said here Tuesday. {MA}, made the remarks when meeting with a PLD delegation "
     "led by Tom Poe, secretary general of the party.", "Ma noted that relations have entered a new stage, recalling that Chinese "
     "President Xi Jinping met leaders of Caribbean countries including Dominica, Jamaica and Trinidad and Tobago in Port of "
     "Spain last year.", {"DO"}),
    # "CPC ready to deepen exchanges with Dominica's parties" and "the Dominican ambassador to China": Dominica
    ("CPC ready to deepen exchanges with Dominica's political parties", "BEIJING, Sept. 6 (Xinhua) -- The CPC is ready to work "
     "with the political parties of Dominica to enhance exchanges, a senior CPC official said Tuesday.", f"{MA}, made the "
     "remarks when meeting with Tom Poe, the Dominican ambassador to China.", {"DM"}),
])
def test_countries_of_rounds_203_and_207(title, lead, later, codes):
    assert set(release(title, "2022.09.07", lead, later).events[0].countries) == codes
