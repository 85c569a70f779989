"""Each side's people in copies and announcements written the less common ways: a side's list ("The ANC
side included ..."), a venue or an honorific inside a list, a glued or dotted initial after a title, names
with Latin Extended letters, sources and leaders named in passing (rows of our own sentences)."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read

_HOSTED = ("Party hosts delegation", "2016.08.17", "Johannesburg, August 16 -- Party Secretary-General Tom Poe on "
           f"Tuesday hosted a delegation of the Communist Party of China (CPC) led by {MA}, at the House.")
_RECEIVED = ("Party leader receives delegation", "2015.04.22", "Belgrade, April 21 (Tanjug) - Prime Minister and "
             "Example Party (EP) President Tom Poe received on Tuesday a delegation of the Communist Party of China "
             f"(CPC) led by {MA}.")
_DODOMA = ("Secretary General to Lead Delegation", "2013.06.12", "Dodoma, June 11 -- Example Party (EP) Secretary "
           "General Tom Poe will lead a high-level delegation of the ruling party on a ten-day visit to China from "
           "June 17, the party's spokesman announced here today.")


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "The EP side included A and the chairperson of the NEC Subcommittee on International Relations, B"
    (*_HOSTED, "The EP side included Treasurer-General Bob Roe and the chairperson of the NEC Subcommittee on "
     "International Relations, Ann Roe, while the General Secretary of the Other Party, Jim Doe, joined the talks.",
     "foreign", ["Ann Roe", "Bob Roe", "Jim Doe", "Tom Poe"]),
    # "Chinese Ambassador X accompanied Ma.": the sentence ends on the one accompanied
    (*_HOSTED, "Chinese Ambassador Li Hua accompanied Ma.", "cpc", ["Ma Lin", "Li Hua"]),
    # "The meeting at the Government of Serbia was also attended by": the venue between; names with "ć"
    (*_RECEIVED, "The meeting at the Government of Serbia was also attended by EP Vice-Presidents Ana Marković and "
     "Igor Roević and Chinese Ambassador to Serbia Li Hua.", "foreign", ["Ana Marković", "Igor Roević", "Tom Poe"]),
    (*_RECEIVED, "The meeting at the party's headquarters in Belgrade was also attended by Jim Doe, head of the EP "
     "parliamentary group, and Chinese Ambassador to Serbia Li Hua.", "cpc", ["Ma Lin", "Li Hua"]),
    (*_RECEIVED, "Poe was accompanied at the meeting by Jim Doe, head of the EP parliamentary group, and Serbian "
     "Ambassador to China Maja Stefanović. Li Hua, Vice Minister of the IDCPC, also attended.", "foreign",
     ["Jim Doe", "Maja Stefanović", "Tom Poe"]),
    # "held a video call today with Secretary General of the Example Party (EP) D. Poeba": a dotted initial
    ("Video call", "2020.06.30", "Beijing, June 30th\u2014Minister of the International Department of the CPC Central "
     "Committee (IDCPC) Ma Lin held a video call today with Secretary General of the Example Party (EP) D. Poeba.",
     "Ma congratulated the EP.", "foreign", ["D. Poeba"]),
    # "secretary Dr. A, Bangladesh Ambassador to China M Fazlul Karim and B, ..., were also present"
    ("Parties agree", "2016.01.01", "BEIJING, Dec 31 (BSS) - The Example Party and the CPC have agreed to exchange "
     "delegations, a press release said today.", "The understanding was reached at a meeting between EP presidium "
     f"member Dr. Tom Poe and {MA}, in Beijing on Thursday.\n\nEP international affairs secretary Dr. Ann Roe, "
     "Bangladesh Ambassador to China M Fazlul Karim and Li Hua, Vice-minister of the International Department, were "
     "also present.", "foreign", ["Ann Roe", "M Fazlul Karim", "Tom Poe"]),
    # "member Daw A, Myanmar Ambassador to China U B and Mr. C were also present"
    ("Delegation meets minister", "2017.09.21", "Nay Pyi Taw, 21 Sept \u2014 A delegation of the Example Party (EP) led "
     f"by Party Chairman U Tom Poe met Mr. {MA}, in Beijing on 18 September.", "Also present at the meeting were EP "
     "Central Executive Committee member Daw Ann Roe, Myanmar Ambassador to China U Bob Roe and Mr. Li Hua, "
     "Vice-Minister of the International Department.", "foreign", ["Ann Roe", "Bob Roe", "Tom Poe"]),
    # "Toshihiro Nikai and Yoshihisa Inoue, the secretaries general of A and B, held talks"; "a visit to Japan by X"
    ("Parties agree", "2018.05.22", "BEIJING, May 21 (Kyodo) -- Japan's ruling coalition and the Chinese Communist "
     "Party agreed Monday to hold the next session of their exchange council in Tokyo, party officials said.",
     "The agreement came as Tom Poe and Bob Roe, the secretaries general of the Liberal Democratic Party and its "
     f"junior coalition partner Komeito, held talks in Beijing with {MA}.\n\nPoe said the exchanges would help pave "
     "the way for a visit to Japan by Chinese President Li Hua.", "foreign", ["Bob Roe", "Tom Poe"]),
    (*_RECEIVED, "The delegation will travel to Sichuan Province, according to the spokesperson.", "foreign",
     ["Tom Poe"]),
    # past deeds and a party's leader in passing
    (*_RECEIVED, "Song held a separate video call with Jim Doe, President of the Executive Board of the Example Party "
     "(EP). Doe said that the people will not forget China's help, recalling that EP President Bob Roe had "
     "personally welcomed the Chinese medical team at the airport.", "foreign", ["Jim Doe", "Tom Poe"]),
    (*_RECEIVED, "The EP is preparing for the general election to be held in October under the leadership of its "
     "Chairperson, President Bob Roe, and is willing to learn.", "foreign", ["Tom Poe"]),
    ("CPC sends condolences", "2016.11.27", "Havana, Nov 27 (Prensa Latina) On November 26, Ma Lin, head of the "
     "International Department of the CPC Central Committee, sent a message of condolence to the Example Party (EP).",
     "The text reiterates the support of the CPC for the Example Party, led by its First Secretary, Army General "
     "Bob Roe, in the updating of the model.", "foreign", []),
])
def test_each_sides_people_of_rounds_110_and_114(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # a coming delegation's spokesperson (acronym with its own parentheses) and the members he lists
    ("Chairman to visit China", "2008.06.03", "KATHMANDU, June 3 (Xinhua) -- Tom Poe, Chairman of the Example Party "
     "(Maoist), will lead a party delegation to China later this month, a senior party official said here on "
     "Tuesday.", "Bob Roe, spokesperson of the EP (Maoist), told reporters at the party's headquarters that the "
     "chairman would hold talks with CPC leaders in Beijing.", "foreign", ["Bob Roe", "Tom Poe"]),
    (*_DODOMA, "Speaking to journalists at the EP headquarters, the party's Secretary for Ideology and Publicity, Bob "
     "Roe, said the delegation would include the Deputy Secretary General (Zanzibar), Jim Doe, and the Secretary for "
     "Politics and International Relations, Ann Roe.", "foreign", ["Ann Roe", "Bob Roe", "Jim Doe", "Tom Poe"]),
    # "..., the party's spokesman, Secretary of the NEC for Ideology, Publicity and Training X, told reporters"
    ("Secretary-General to Lead Delegation", "2024.08.12", "DODOMA, Aug 12 — Example Party (EP) Secretary-General "
     "Tom Poe will lead a party delegation on a working visit to China next week, the party's spokesman, Secretary "
     "of the National Executive Committee for Ideology, Publicity and Training Bob Roe, told reporters here today.",
     "Roe said the visit is at the invitation of the CPC.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "Former Prime Minister X, a senior leader of the EP, told reporters that the visit would help": a commentator
    (*_DODOMA, "Former Prime Minister Bob Roe, a senior leader of the EP, told reporters in Dodoma that the visit "
     "would help deepen the friendship.", "foreign", ["Tom Poe"]),
    # sources: an outlet, reports, a government's press conference, a message's story closed by a source
    ("Party sends condolences", "2008.05.16", "Athens, 14 May\u2014The General Secretary of the Example Party (EP), Tom "
     "Poe, sent today a message to the Central Committee of the Communist Party of China.", "According to reports "
     "from the region, Premier Li Hua arrived in the disaster zone.\n\nSpeaking to Rizospastis, the newspaper of the "
     "Party, Bob Roe, member of the Political Bureau of the EP, said the people stand by China.", "foreign", ["Tom Poe"]),
    ("Party official meets CPC head", "2019.08.28", "TOKYO, Aug. 27 (Kyodo) -- Tom Poe, secretary general of the "
     f"Example Party, met Tuesday in Tokyo with {MA}.", "Chief Cabinet Secretary Bob Roe, the government's top "
     "spokesman, told a regular press conference that the government welcomed dialogue.", "foreign", ["Tom Poe"]),
    ("Minister congratulates chairman", "2021.12.07", "Kathmandu, Dec 7 (RSS): Ma Lin, Minister of the International "
     "Department of the CPC Central Committee, sent a letter on December 3 congratulating Tom Poe on his "
     "re-election as Chairman of the Example Party.", "The letter reached the party through the Chinese Embassy, "
     "chief of the EP Department of Foreign Affairs Bob Roe said.", "foreign", []),
    # "according to X, a deputy secretary general of the EP who sat in on the meeting": a source who was there
    ("CPC Official Tells Lawmakers", "2009.11.18", "BEIJING, Nov. 18 Kyodo - Ma Lin, head of the Chinese Communist "
     "Party's International Liaison Department, met Wednesday with lawmakers of the Example Party led by Tom Poe, "
     "chairman of the EP caucus.", "Ma told the delegation that exchanges matter, according to Bob Roe, a deputy "
     "secretary general of the EP who sat in on the meeting.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "..., as did the Chinese Ambassador to Germany, X"; "On the Chinese side, the Ambassador of China to Brazil, Y"
    ("Video call", "2020.05.13", "Berlin, 12 May 2020\u2014Tom Poe, General Secretary of the Example Party (EP), today "
     f"exchanged views via video link with {MA}.", "Bob Roe, foreign policy spokesman of the EP group, also took "
     "part, as did the Chinese Ambassador to Germany, Li Hua.", "cpc", ["Ma Lin", "Li Hua"]),
    ("Video call", "2022.11.09", "S\u00e3o Paulo, November 9 \u2014 The national president of the Example Party (EP), "
     f"Tom Poe, held a video call on November 8 with {MA}.", "Also taking part in the conversation were the EP "
     "Secretary of International Relations, Bob Roe, and EP Vice-President Ann Roe. On the Chinese side, the "
     "Ambassador of China to Brazil, Li Hua, joined the call.", "cpc", ["Ma Lin", "Li Hua"]),
    ("Video call", "2022.11.09", "S\u00e3o Paulo, November 9 \u2014 The national president of the Example Party (EP), "
     f"Tom Poe, held a video call on November 8 with {MA}.", "Also taking part in the conversation were the EP "
     "Secretary of International Relations, Bob Roe, and EP Vice-President Ann Roe.", "foreign",
     ["Ann Roe", "Bob Roe", "Tom Poe"]),
    # the lead's speaker named in lower case ("its president X said", "party leader X told a senior official ...")
    ("Party to set up desk", "2008.12.05", "BEIJING, Dec 4 (Bernama) -- The Example Party (EP) will set up a special "
     "desk to coordinate its exchanges with the Communist Party of China (CPC), its president Dato' Sri Tom Poe said "
     f"here Thursday.", f"Poe, who is also Transport Minister, said this after meeting {MA}.", "foreign", ["Tom Poe"]),
    ("Party to send lawmakers", "2025.02.14", "TOKYO (Kyodo) -- The Example Party plans to send a delegation to "
     "China this spring, party leader Tom Poe told a senior official of the Chinese Communist Party in a telephone "
     "conversation on Feb. 13, a party source said.", f"Poe spoke for about 30 minutes with {MA}.", "foreign",
     ["Tom Poe"]),
    # "X, who is leading a delegation ..., made the remarks in talks with Y"; "joined the summit together with"
    ("Party plans training", "2010.06.16", "BEIJING, June 15 (Xinhua) -- The Example Party plans to send about 50 "
     "cadres to China for training this year, the party's secretary-general said here Tuesday.", "Tom Poe, who is "
     f"leading an EP delegation on a visit to China, made the remarks in talks with {MA}.", "foreign", ["Tom Poe"]),
    ("Chairman addresses summit", "2021.07.07", "Ulaanbaatar, July 7 (MONTSAME). Chairman of the Example Party (EP) "
     "Tom Poe delivered remarks on July 6 at the CPC and World Political Parties Summit, held via video link.",
     "EP Secretary-General D. Roeba joined the summit together with the Chairman from the party headquarters.",
     "foreign", ["D. Roeba", "Tom Poe"]),
])
def test_sources_speakers_and_announcers_of_rounds_110_to_114(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value
