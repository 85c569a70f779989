"""Event types, parties and countries of copies whose lead tells a plan, a result or a message first, and of
foreign parties' announcements (rows of our own sentences)."""
from __future__ import annotations

import pytest

from parsers.release import parse_release
from tests.release_text import REL
from tests.test_extract_copy_agreements import MA, _read


def _countries(title, pub, lead, later):
    r = parse_release(REL.format(title=title, pub=pub, lead=lead, body=later))
    return sorted({c for e in r.events for c in e.countries})


@pytest.mark.parametrize("title, pub, lead, later, value", [
    # "have agreed to set up a regular exchange mechanism" (and a headline saying so): a plan, told after a meeting
    ("China, Japan parties agree to set up regular exchange mechanism", "2006.02.23", "BEIJING, Feb. 22 (Xinhua) -- "
     "The CPC and the Example Party have agreed to set up a regular exchange mechanism, sources said Wednesday.",
     f"The agreement was reached when {MA}, met here Wednesday afternoon with a delegation of the Example Party "
     "headed by Tom Poe.", ("meeting", "in_person")),
    # "..., following talks here on Thursday between A and a visiting CPC delegation"
    ("Parties agree to hold seminar", "2006.06.09", "VIENTIANE, June 8 (KPL) -- The Example Party (EP) and the CPC "
     "have agreed to hold their second joint seminar in Beijing next year, following talks here on Thursday "
     "between Politburo member Tom Poe and a visiting CPC delegation.", "The Chinese delegation is led by Ma Lin.",
     ("visit", "in_person")),
    # "will send a delegation to the celebrations", then "The plan was conveyed by Ambassador X when he met with Y"
    ("CPC to send delegation to EP celebrations", "2012.01.02", "JOHANNESBURG, Dec. 30 (Xinhua) -- The CPC will send "
     "a high-level delegation to the centenary celebrations of the Example Party (EP) next month, the Chinese "
     "embassy here said Friday.", "The plan was conveyed by Chinese Ambassador to South Africa Li Hua when he met "
     "with EP Secretary-General Tom Poe at the House.", ("meeting", "in_person")),
    # "X told MTI on Thursday after talks in Beijing with Y": the plan's occasion
    ("Parties to hold joint seminar", "2025.11.28", "Beijing, November 27 (MTI) \u2013 The Example Party and the CPC "
     "will hold a joint seminar in Budapest next spring, Tom Poe, head of the party's parliamentary group, told MTI "
     f"on Thursday after talks in Beijing with {MA}.", "Both sides exchanged views.", ("meeting", "in_person")),
    # "Interview: ..." whose next paragraph says "In a written interview with Xinhua"
    ("Interview: Plan to give fresh impetus to corridor, says minister", "2016.03.29", "ISLAMABAD, March 28 "
     "(Xinhua) -- China's plan will inject new momentum into the corridor, Minister Tom Poe has said.",
     "In a written interview with Xinhua, Poe, a senior leader of the Example Party, said the plan fits well.",
     ("message", "written")),
    ("Party leader lauds CPC", "2021.07.01", "KATHMANDU, June 30 (Xinhua) -- The CPC has set an example for "
     "developing countries, Example Party President Tom Poe said on Wednesday in a congratulatory message on the "
     "100th anniversary of the CPC's founding.", "Both sides exchanged views.", ("message", "written")),
    # "held talks via videoconference": two sides, a call
    ("Parties hold talks", "2021.06.30", "MOSCOW, June 29. /TASS/. Secretary of the Example Party Tom Poe and Head of "
     "the International Department of the CPC Central Committee Ma Lin held talks via videoconference on Tuesday.",
     "Both sides exchanged views.", ("call", "video")),
    # "have agreed to expand their cadre training programme, ... at the end of a visit by a CPC delegation"
    ("Parties to expand training", "2012.08.25", "DODOMA, Aug. 24 (Xinhua) -- The Example Party and the CPC have "
     "agreed to expand their cadre training programme, according to a statement issued at the end of a visit by a "
     "CPC delegation to the country from Aug. 19 to 23.", f"The delegation was led by {MA}.", ("visit", "in_person")),
    # "foreign diplomats and party representatives were told at a briefing session here Tuesday"
    ("Foreign diplomats briefed on plenum decisions", "2019.11.06", "BEIJING, Nov. 5 (Xinhua) -- China will press "
     "ahead with improving its governance, foreign diplomats and party representatives were told at a briefing "
     "session here Tuesday on the plenary session of the CPC Central Committee.", f"The session was presided over by "
     f"{MA}.", ("conference", "in_person")),
    # "received on June 14 in Beijing a delegation" and "met Mr. X, ..., at the guesthouse in Beijing on 18 September"
    ("Delegation Received at CPC International Department", "2005.06.16", "Ulaanbaatar, June 16 /MONTSAME/. "
     f"{MA}, received on June 14 in Beijing a delegation of the Example Party headed by Tom Poe.", "Both sides "
     "exchanged views.", ("meeting", "in_person")),
    ("Delegation meets minister", "2017.09.21", "Nay Pyi Taw, 21 Sept \u2014 A delegation of the Example Party led by "
     f"Party Chairman Tom Poe met Mr. {MA}, at the Diaoyutai State Guesthouse in Beijing on 18 September.",
     "Both sides exchanged views.", ("meeting", "in_person")),
    # a party's "Co-chair X" is an office, no co-chaired gathering
    ("Party Co-chair Poe, CPC Vice-Minister Ma Discuss Ties", "2018.07.10", "Kathmandu, July 10 (RSS): Example Party (EP) Co-chair "
     "Tom Poe and Vice-Minister of the International Department of the CPC Central Committee Ma Lin held a meeting "
     "at the former's residence in Lalitpur on Tuesday.", "Both sides exchanged views.", ("visit", "in_person")),
])
def test_types_of_rounds_110_to_114(title, pub, lead, later, value):
    assert _read(title, pub, lead, later)["type"] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # an office in a second party: "President of the PES and Chairman of the Bulgarian Socialist Party (BSP)"
    ("Forum opens", "2014.05.21", "Chongqing, May 20th\u2014The China-Europe Political Parties Forum opened here today. "
     f"{MA}, attended.", "Tom Poe, President of the Party of European Socialists (PES) and Chairman of the Bulgarian "
     "Socialist Party (BSP), addressed the opening ceremony.", "parties",
     ["Bulgarian Socialist Party", "Party of European Socialists"]),
    # "Prime Minister X, a senior leader of the A, B and C": the party set off after a title-first item
    ("Leaders assure delegation", "2009.06.16", "KATHMANDU, June 15 (Xinhua) -- Leaders assured a visiting CPC "
     "delegation here on Monday.", f"The delegation, led by {MA}, met separately with Prime Minister Tom Poe, a senior "
     "leader of the Communist Party of Nepal (Unified Marxist-Leninist), and Nepali Congress President Bob Roe.",
     "parties", ["Communist Party of Nepal (Unified Marxist-Leninist)", "Nepali Congress"]),
    # "President X, who leads the host Sri Lanka Freedom Party (SLFP), declared the assembly open"
    ("Assembly opens", "2014.09.20", "COLOMBO, Sept. 19 (Xinhua) -- Parties pledged on Friday to work together as the "
     "assembly opened in the Sri Lankan capital.", "President Tom Poe, who leads the host Sri Lanka Freedom Party "
     f"(SLFP), declared the assembly open.\n\n{MA}, said in his speech that the initiatives were open to all.",
     "parties", ["Sri Lanka Freedom Party"]),
    # "The document was signed at the PRI headquarters by PRI President X and Y"
    ("Parties sign memorandum", "2013.10.17", "MEXICO CITY, Oct. 16 (Xinhua) -- The Institutional Revolutionary Party "
     "(PRI) and the CPC signed a memorandum here on Wednesday.", "The document was signed at the PRI headquarters by "
     f"PRI President Tom Poe and {MA}.", "foreign", ["Tom Poe"]),
    # venues and acronyms: "the Lao National Convention Centre" is no party; "PML (Q)" is the League's (Q) wing
    ("Seminar opens", "2009.08.27", "Vientiane, August 26 (KPL) -- A seminar between the Example Party (EP) and the "
     "CPC opened here today at the Lao National Convention Centre.", f"{MA}, attended.", "parties", ["Example Party"]),
    ("Minister meets guests", "2013.07.10", f"Beijing, July 9th\u2014{MA}, met here today with a delegation of the "
     "Pakistan Muslim League (Q) led by Tom Poe, Secretary General of the Party.", "Bob Roe, Senator of the PML (Q), "
     "was present.", "parties", ["Pakistan Muslim League (Q)"]),
    ("Parties hold forum", "2024.05.24", "Addis Ababa, May 23 (ENA) \u2013 The Prosperity Party (PP) and the CPC today "
     "held a forum here.", "Representatives of the Oromo Federalist Congress (OFC), Ethiopian Citizens for Social "
     "Justice (EZEMA) and the National Movement of Amhara (NaMA) also delivered speeches.", "parties",
     ["Ethiopian Citizens for Social Justice", "National Movement of Amhara", "Oromo Federalist Congress",
      "Prosperity Party"]),
    # "A and B, the secretaries general of the A Party and its junior coalition partner Komeito": both parties
    ("Parties agree", "2018.05.22", "BEIJING, May 21 (Kyodo) -- Japan's ruling coalition and the Chinese Communist "
     "Party agreed Monday to hold the next session of their exchange council in Tokyo, party officials said.",
     "The agreement came as Tom Poe and Bob Roe, the secretaries general of the Liberal Democratic Party and its "
     f"junior coalition partner Komeito, held talks in Beijing with {MA}.", "parties",
     ["Komeito", "Liberal Democratic Party"]),
    # "Both were in Beijing for the meeting, which opened on Thursday and where X delivered a keynote speech"
    ("Official meets party leaders", "2017.12.02", f"BEIJING, Dec. 1 (Xinhua) -- {MA}, met separately on Friday with "
     "Tom Poe, secretary-general of the Example Party, and Bob Roe, secretary-general of the Other Party.", "Both "
     "were in Beijing for the World Political Parties High-Level Meeting, which opened on Thursday and where Chinese "
     "President Li Hua delivered a keynote speech.", "cpc", ["Ma Lin"]),
    # a briefing's second speaker: "A said ..., while Cuban Ambassador B said ..."
    ("Diplomats briefed on plenum", "2019.11.06", "BEIJING, Nov. 5 (Xinhua) -- China will press ahead with its "
     "reforms, foreign diplomats were told at a briefing session here Tuesday.", f"The session was presided over by "
     f"{MA}.\n\nSpeaking at the session, Pakistani Ambassador to China Tom Poe said the decisions showed foresight, "
     "while Cuban Ambassador Bob Roe said the experience was of great value.", "foreign", ["Bob Roe", "Tom Poe"]),
])
def test_parties_and_people_of_rounds_110_to_113(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_guests_an_announcing_party_received_earlier_take_no_part():
    assert _countries("Party delegation to visit China", "2023.11.06", "HANOI, Nov. 6 (Xinhua) -- Tom Poe of the "
                      "Communist Party of Vietnam (CPV) will lead a CPV delegation on a visit to China from Nov. 8 to "
                      "11, the CPV said on Monday.", "In recent weeks the CPV has also received party delegations "
                      "from Laos and Cambodia, Poe said.") == ["VN"]


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # the contact after a plan: "X made the remarks when meeting with", "during talks in Hanoi on May 15 between",
    # "agreed on May 28 during a video call between", "said in Beijing on Tuesday after talks with"
    ("Parties to deepen exchanges", "2005.04.13", "BEIJING, April 12 (Xinhua) -- The CPC and the Example Party will "
     "hold their next theoretical seminar later this year, a senior CPC official said here Tuesday.", f"{MA}, made the "
     "remarks when meeting with an EP delegation led by Tom Poe.", "type", ("meeting", "in_person")),
    ("Parties step up sharing of experience", "2012.05.16", "NDO \u2013 The Example Party (EP) and the CPC agreed to "
     "intensify the exchange of experience in Party building and cadre training during talks in Hanoi on May 15 "
     f"between Tom Poe, Head of the EP Commission for External Relations, and a CPC delegation led by {MA}.",
     "Both sides exchanged views.", "type", ("visit", "in_person")),
    ("Parties agree to hold online seminar", "2020.05.29", "The Example Party (EP) and the CPC will hold an online "
     "seminar on poverty eradication later this year, the two parties agreed on May 28 during a video call between "
     f"EP president Tom Poe and {MA}.", "Both sides exchanged views.", "type", ("call", "video")),
    ("Party to keep building bridges", "2026.01.14", "Budapest, January 13 (MTI) \u2013 The country will treat China as "
     "a partner, Tom Poe, head of the parliamentary group of the Example Party, said in Beijing on Tuesday after "
     f"talks with {MA}.", "Bob Roe, chairman of parliament's foreign affairs committee, also attended the talks, Poe "
     "told MTI.", "type", ("meeting", "in_person")),
    ("Party to keep building bridges", "2026.01.14", "Budapest, January 13 (MTI) \u2013 The country will treat China as "
     "a partner, Tom Poe, head of the parliamentary group of the Example Party, said in Beijing on Tuesday after "
     f"talks with {MA}.", "Bob Roe, chairman of parliament's foreign affairs committee, also attended the talks, Poe "
     "told MTI.", "foreign", ["Bob Roe", "Tom Poe"]),
    ("Party wants closer ties with China", "2022.12.07", "KUALA LUMPUR: The Example Party wants to learn from the "
     "CPC, says its president Tom Poe. Speaking on Tuesday (Dec 6) at a briefing session on the CPC National Congress "
     "for political parties of South-East Asian countries, Poe said the experience could help.", f"The session was "
     f"chaired by {MA}.", "type", ("conference", "in_person")),
    # "SACP General Secretary X announced today after meeting Chinese Ambassador Y"
    ("Parties to expand cadre training", "2014.10.29", "Johannesburg, 28 October 2014 \u2013 The Example Party will "
     "double the number of members trained in China next year, EP General Secretary Tom Poe announced today after "
     "meeting Chinese Ambassador Li Hua at the Party's head office.", "Both sides exchanged views.", "foreign",
     ["Tom Poe"]),
    # "According to X, Deputy Chairman Y, who oversees ..., also took part in the video conversation"
    ("Parties to sign plan", "2021.03.17", "MOSCOW, March 16. /TASS/. The Example Party (EP) and the CPC will sign a "
     "new cooperation plan, EP leader Tom Poe told TASS on Tuesday after an online meeting held earlier in the day "
     f"with {MA}.", "According to Poe, EP Deputy Chairman Bob Roe, who oversees the party's international contacts, "
     "also took part in the video conversation.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "Recalling that President X and the older generation ...": cited; "spokesman Ts. X told a press conference"
    ("Leaders send messages", "2021.07.02", "Beijing, July 1st\u2014Leaders of parties sent messages to the CPC "
     "Central Committee.", "Tom Poe, General Secretary of the Example Party, said in his message that the CPC has "
     "led the people. Recalling that President Bob Roe and the older generation of Chinese leaders cultivated the "
     "friendship, Poe said the party will carry it forward.", "foreign", ["Tom Poe"]),
    ("Party delegation to visit China", "2011.03.15", "Ulaanbaatar, March 15 /MONTSAME/ A delegation of the Example "
     "Party (EP) headed by its Secretary General Tom Poe will pay a working visit to China from March 21 to 26, EP "
     "spokesman Ts. Roeba told a press conference Tuesday.", "Both sides will exchange views.", "foreign",
     ["Tom Poe", "Ts. Roeba"]),
    # "the president of the Communist Party of Brazil (PCdoB), X, who is also Minister of ...": her party
    ("Leaders meet CPC head", "2024.04.17", f"Brasilia, April 16 \u2014 {MA}, met with Tom Poe, president of the "
     "Workers' Party (PT).", "Later in the day, Ma met separately with the president of the Communist Party of Brazil "
     "(PCdoB), Ann Roe, who is also Minister of Science, Technology and Innovation.", "parties",
     ["Communist Party of Brazil", "Workers' Party"]),
    # an announced dialogue's guests: "confirmed their attendance, among them delegations of the A and the B"
    ("IDCPC Holds Press Conference", "2017.06.05", "BEIJING, June 5 (Xinhua) -- The dialogue between the CPC and "
     "political parties of Central Asia will be held in Xi'an on June 8, IDCPC spokesperson Li Hua announced here "
     "today.", "Li said that more than 60 representatives have confirmed their attendance, among them delegations of "
     "the Nur Otan Party of Kazakhstan and the Social Democratic Party of Kyrgyzstan (SDPK).", "parties",
     ["Nur Otan Party", "Social Democratic Party of Kyrgyzstan"]),
])
def test_copies_and_announcements_of_round_115(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value
