"""Copies of rounds 223 and 224 mended after their first look (rows of our own sentences): datelines "Ulaanbaatar, April
16, 2024 /MONTSAME/." and "Beijing, 15 October. A delegation"; a letter "dated July 4"; "made the remarks when meeting
separately in Beijing with" after a plan for an "upcoming summit"; "spoke over the telephone with ... and conveyed the
deep condolences" (a call); "the agreement had been reached during a telephone conversation he held earlier in the day";
"said a message the A sent to"; "briefed leaders of the A, the B and the C on the outcome" and "The secretaries general of
the six former liberation movements ... met in" (gatherings); a briefing first in the headline before "Party leader
receives"; "is determined to maintain regular theoretical dialogue" (a standing tie, not a gathering); "said on June 11
at a video conference"; "said in a letter released here on Tuesday" and a letter "addressed to X" (no contact). People
found: "(Prachanda) also extended", "was joined in the virtual session by", "conveyed the message to X ... during a
meeting", "was also addressed by" a round table, ", A spokesman H.E. X told AKP this morning.", "received this Wednesday
at ... the Ambassador of ..., X", "delivered to X by Chinese Ambassador Y during a courtesy call", "presented a paper",
"on the afternoon of May 15 held", "... Tranquility Daw X", "Also taking part in the conversation was"; named in passing:
"has on several occasions expressed", "follows the delegation's stop in Brussels, where", "recalled the visit ..., during
which X met with H.E. Y", "the talks held in Beijing in September between", "referring to the meeting between"; the
parties of "was represented by a member of its Political Commission" and the PPPP apart from the PPP."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    ("EP and CPC to expand exchanges", "2024.04.16", "Ulaanbaatar, April 16, 2024 /MONTSAME/. The Example Party (EP) will "
     "work with the CPC on party building, EP Secretary General Tom Poe said on Tuesday when receiving a CPC delegation.",
     f"The Chinese delegation, headed by {MA}, is in Examplia from April 15 to 18.", "date", "2024-04-16"),
    ("CPC delegation meets EP", "2024.10.17", f"Beijing, 15 October. A delegation of the Example Party (EP) headed by Tom Poe "
     f"held talks with {MA}.", "The two sides discussed relations.", "date", "2024-10-15"),
    ("CPC congratulates EP on election victory", "2016.07.05", "Ulaanbaatar /MONTSAME/. The CPC is ready to work with the "
     f"Example Party (EP), {MA}, said in a congratulatory letter addressed to EP Chairman Tom Poe.", "The letter, dated July 4, "
     "congratulates the EP on its victory in the election held on June 29.", "date", "2016-07-04"),
    ("Senior CPC official meets party leaders", "2024.05.22", "BEIJING, May 21 (Xinhua) -- China is ready to deepen exchanges "
     "and prepare for the upcoming summit of the FOCAC, a senior official of the CPC said Tuesday.", f"{MA}, made the remarks "
     "when meeting separately in Beijing with Tom Poe, secretary general of the Example Party (EP).", "type",
     ("meeting", "in_person")),
    ("EP leader speaks to CPC leader, conveys condolences", "2008.05.18", f"On May 14, EP General Secretary Tom Poe spoke over the telephone with {MA}, "
     "and conveyed the deep condolences of the Example Party (EP) over the earthquake.", "He offered help.", "type",
     ("call", "phone")),
    ("EP, CPC to hold next dialogue round", "2013.10.03", "MOSCOW, October 2 (Itar-Tass) -- The next round of the dialogue "
     "between the Example Party (EP) and the CPC will take place in China next year, EP Secretary Tom Poe said on Wednesday.",
     "Poe told reporters that the agreement had been reached during a telephone conversation he held earlier in the day "
     f"with {MA}.", "type", ("call", "phone")),
    ("EP wishes CPC congress success", "2012.11.09", "KHARTOUM, Nov. 8 (Xinhua) -- The Example Party (EP) is confident that "
     "the congress of the CPC will lead China to new achievements, said a message the EP sent to the CPC on Thursday.", "The "
     "message was signed by Tom Poe, deputy chairman of the EP.", "type", ("message", "written")),
    ("CPC team briefs parties", "2013.01.15", f"Kathmandu, Jan. 14 (RSS): A CPC delegation led by {MA}, on Monday briefed "
     "leaders of the Example Party, the Nepali Congress and the New Party on the outcome of the 18th National Congress of the "
     "CPC at a programme organised in Kathmandu.", "Yu spoke first.", "type", ("conference", "in_person")),
    ("Former liberation movements review co-operation", "2013.05.27", "WINDHOEK \u2013 The secretaries general of the six former liberation "
     "movements of Southern Africa met in Windhoek from 24 to 25 May to review co-operation among the parties, with a CPC "
     "delegation attending as special guest.", f"The CPC delegation was led by {MA}.", "type", ("conference", "in_person")),
    ("Officials attend CPC briefing, Party leader receives Chinese delegation", "2025.12.10", "Vientiane, Dec 9 (KPL) \u2013 "
     "More than 200 officials of the Example Party (EP) attended a briefing in Vientiane today on the outcomes of the plenary "
     f"session of the CPC Central Committee, presented by a CPC delegation led by {MA}.", "The event was chaired by Tom Poe.",
     "type", ("conference", "in_person")),
    ("CPC to continue dialogue with EP", "2013.10.09", "BEIJING, October 9 (Itar-Tass) -- The CPC is determined to maintain "
     f"regular theoretical dialogue with the Example Party (EP), {MA}, told EP leader Tom Poe during talks in Beijing on "
     "Wednesday.", "Poe is visiting China.", "type", ("meeting", "in_person")),
    ("CPC pledges support to African parties", "2020.06.12", "The CPC will continue to provide supplies to African parties and "
     f"share its experience, {MA}, said on June 11 at a video conference with political parties of eastern and southern "
     "Africa.", "Tom Poe, Secretary General of the Example Party (EP), spoke at the conference.", "type",
     ("conference", "video")),
    ("EP eager to build ties with CPC", "2018.05.08", "SANTO DOMINGO, May 8 (Xinhua) -- The Example Party (EP) is ready to "
     "develop relations with the CPC, EP Secretary General Tom Poe said in a letter released here on Tuesday.", "In the "
     f"letter, addressed to {MA}, Poe said the ties set up between the two countries on May 1 had opened a new chapter.",
     "type", ("message", "written")),
    ("EP eager to build ties with CPC", "2018.05.08", "SANTO DOMINGO, May 8 (Xinhua) -- The Example Party (EP) is ready to "
     "develop relations with the CPC, EP Secretary General Tom Poe said in a letter released here on Tuesday.", "In the "
     f"letter, addressed to {MA}, Poe said the ties set up between the two countries on May 1 had opened a new chapter.",
     "date", "2018-05-08"),
])
def test_types_and_dates_of_rounds_223_and_224(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    ("Leaders greet CPC on anniversary", "2011.07.01", "Kathmandu, June 30 (RSS): Chairman of the Example Party (EP) Tom Poe "
     "has sent a congratulatory message to Hu Jintao on the CPC anniversary.", "In a separate message, Chairman of the New "
     "Party (NP) Bob Roe (Ace) also extended warm congratulations to the CPC leadership.", "foreign", ["Bob Roe", "Tom Poe"]),
    ("EP holds virtual session with CPC", "2020.06.24", f"Johannesburg \u2013 EP President Tom Poe held a virtual session with "
     f"{MA}, on Tuesday.", "The EP President was joined in the virtual session by EP National Chairperson Bob Roe.",
     "foreign", ["Bob Roe", "Tom Poe"]),
    ("CPC tells EP delegation", "2013.11.09", "Beijing, Nov 8 (ANI): China is ready to work with India, a senior CPC leader "
     f"told a visiting Example Party (EP) delegation here on Friday.", f"{MA}, conveyed the message to EP president Tom Poe, "
     "who was accompanied by party vice-president Bob Roe, during a meeting at the Diaoyutai State Guesthouse.", "foreign",
     ["Bob Roe", "Tom Poe"]),
    ("EP and CPC hold round table", "2014.06.20", f"MOSCOW, June 19 (Itar-Tass) -- {MA}, opened a round table of the Example "
     "Party (EP) and the CPC on Thursday.", "The round table was also addressed by Deputy Secretary "
     "of the EP General Council Bob Roe.", "foreign", ["Bob Roe"]),
    ("EP leader to attend CPC meeting", "2017.11.28", "Phnom Penh, November 27, 2017 AKP -- Tom Poe, President of the Example "
     "Party (EP), will lead a delegation to Beijing later this week, EP spokesman H.E. Bob Roe told AKP this morning.",
     "The meeting is organised by the CPC.", "foreign", ["Bob Roe", "Tom Poe"]),
    ("EP seminar on CPC experience", "2016.09.12", f"Kathmandu, Sept 11 (RSS): {MA}, addressed a seminar of the Example "
     "Party (EP) and the CPC here on Sunday.", "EP Vice Chairman Tom Poe presented a paper on the party's reform.", "foreign",
     ["Tom Poe"]),
    ("EP leader phones CPC head", "2008.05.16", "Vientiane, May 15 (KPL) \u2013 General Secretary of the Example Party (EP) "
     f"Central Committee Tom Poe on the afternoon of May 15 held a telephone conversation with {MA}.", "He conveyed sympathy.",
     "foreign", ["Tom Poe"]),
    ("CPC delegation meets EP leaders", "2012.12.06", f"NAY PYI TAW, 5 Dec\u2014A CPC delegation led by {MA}, met separately "
     "with Vice-Chairman of the Example Party (EP) U Tom Poe and with Chairperson of the New Party (NP) and Chairperson of the "
     "Committee for the Rule of Law and Tranquility Daw Ann Loe at the Hluttaw building on 4 December.", "Both sides spoke.",
     "foreign", ["Ann Loe", "Tom Poe"]),
    ("EP president addresses seminar", "2017.05.25", f"Windhoek, 24 May \u2013 EP Secretary General Ann Loe opened a seminar "
     f"with a CPC delegation led by {MA}, on Tuesday.", "EP President Bob Roe, who is also the Head of State, has on several "
     "occasions expressed appreciation for China's support.", "foreign", ["Ann Loe"]),
    ("CPC delegation visits Zambia", "2012.11.02", f"Lusaka, November 1 \u2013 {MA}, held talks with EP Secretary General Tom "
     "Poe on Thursday.", "The Zambian leg follows the delegation's stop in Brussels, where Ma held talks with Bob Roe, "
     "president of the New Group.", "foreign", ["Tom Poe"]),
    ("EP leader receives Chinese delegation", "2020.02.20", "PHNOM PENH, Feb. 19 (AKP) \u2013 EP President Tom Poe received "
     "a CPC delegation on Wednesday.", "Poe recalled the visit of President Bob Roe to Beijing on Feb. 5, during which Roe met "
     "with H.E. Xi Jinping and expressed support.", "cpc", []),
    ("CPC official meets EP delegation", "2013.11.26", f"Beijing, Nov. 25 \u2013 {MA}, met with Tom Poe, head of the Example "
     "Party (EP), here on Monday.", "Ma said the talks held in Beijing in September between Xi Jinping, general secretary of "
     "the CPC Central Committee, and Bob Roe, general secretary of the EP, had charted the course.", "foreign", ["Tom Poe"]),
    ("EP secretary meets Chinese ambassador", "2009.01.02", "Pyongyang, December 30 (KCNA) -- Tom Poe, secretary of the "
     "Central Committee of the Example Party (EP), met Li Ming, ambassador of the People's Republic of China to the DPRK.",
     "Li Ming, referring to the meeting between General Secretary Hu Jintao and Comrade Bob Roe, said relations would grow.",
     "foreign", ["Tom Poe"]),
])
def test_people_of_rounds_223_and_224(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "received this Wednesday at the Casa Nacional of the party the Ambassador of ... to the Dominican Republic, X"
    ("EP secretary receives Chinese ambassador", "2018.11.15", "Santo Domingo, November 14. The Secretary General of the "
     "Example Party (EP), Tom Poe, received this Wednesday at the Casa Nacional of the party the Ambassador of the People's "
     "Republic of China to the Dominican Republic, Li Ming, with whom he discussed relations.", "Both spoke.", "cpc",
     ["Li Ming"]),
    # "The message was delivered to A Secretary General X by Chinese Ambassador to Kenya Y during a courtesy call"
    ("CPC congratulates EP", "2017.11.01", "NAIROBI, Oct 31 \u2013 The CPC has congratulated the Example Party (EP) on its "
     "election victory.", "The message was delivered to EP Secretary General Tom Poe by Chinese Ambassador to Kenya Li Ming "
     "during a courtesy call at the party headquarters.", "cpc", ["Li Ming"]),
    ("CPC congratulates EP", "2017.11.01", "NAIROBI, Oct 31 \u2013 The CPC has congratulated the Example Party (EP) on its "
     "election victory.", "The message was delivered to EP Secretary General Tom Poe by Chinese Ambassador to Kenya Li Ming "
     "during a courtesy call at the party headquarters.", "foreign", ["Tom Poe"]),
    # "Also taking part in the conversation was the Chinese Ambassador to Examplia, X"
    ("EP holds video conference with CPC", "2020.06.10", "Maputo, 10 Jun (AIM) \u2013 The Secretary-General of the Example "
     f"Party (EP), Tom Poe, on 9 June held a video conference with {MA}.", "Also taking part in the conversation was the "
     "Chinese Ambassador to Mozambique, Li Ming, who joined Poe at the party headquarters.", "cpc", ["Ma Lin", "Li Ming"]),
    # "The A (AP) was represented by a member of its Political Commission": its party
    ("Former liberation movements review co-operation", "2013.05.27", "WINDHOEK \u2013 The secretaries general of the six "
     "former liberation movements of Southern Africa met in Windhoek to review co-operation, with a CPC delegation attending.",
     "Tom Poe, Secretary General of the Example Party (EP), chaired the meeting. The Mozambique Liberation Front (FRELIMO) "
     "was represented by a member of its Political Commission.", "parties", ["Example Party", "Mozambique Liberation Front"]),
    # "X, who heads the Pakistan Peoples Party Parliamentarians (PPPP)": its own party
    ("CPC delegation meets Pakistani leaders", "2019.03.20", f"Islamabad, March 19 (APP): {MA}, met Chairman Pakistan Peoples "
     "Party Bilawal Bhutto Zardari on Tuesday.", "Former President Asif Ali Zardari, who heads the Pakistan Peoples Party "
     "Parliamentarians (PPPP), also attended the meeting.", "parties", ["Pakistan Peoples Party",
                                                                      "Pakistan Peoples Party Parliamentarians"]),
])
def test_sides_and_parties_of_rounds_223_and_224(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value
