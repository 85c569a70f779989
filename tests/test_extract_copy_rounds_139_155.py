"""Copies, announcements and reports of round 139 and of rounds 145 to 155: leads that tell talks in general and a
call in the next paragraph, plans agreed on a seminar or a dialogue, leaders named in passing, envoys and hosts listed
after a foreign title (rows of our own sentences)."""
from __future__ import annotations

import pytest

from parsers.release import parse_release
from tests.release_text import REL
from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "..., a senior CPC official said on Tuesday in separate talks with ...", then "X held a video call with Y": a call
    ("CPC ready to share experience with parties, says official", "2022.08.31", "BEIJING, Aug. 30 (Xinhua) -- The CPC "
     "stands ready to share its experience with political parties in the region, a senior CPC official said on "
     "Tuesday in separate talks with Kenyan and Ethiopian party leaders.", f"{MA}, held a video call with Tom Poe, "
     "secretary general of the Example Party.\n\nLater in the day, Ma held a separate phone call with Bob Roe.",
     "type", ("call", "video")),
    # "Zyuganov, top Chinese party diplomat agree on joint seminar": a plan; the talks were a meeting
    ("Poe, top Chinese party diplomat agree on joint seminar", "2018.06.14", "BEIJING, June 14. /TASS/. The Example "
     "Party and the CPC will hold a joint seminar on socialist theory in Moscow this autumn, EP leader Tom Poe told "
     f"TASS on Thursday after talks with {MA}.", "Bob Roe also took part in the talks.", "type",
     ("meeting", "in_person")),
    # "agreed Wednesday to hold the next round of their council in China early next year": a plan, not the place
    ("Parties agree to hold talks next year", "2019.08.29", "TOKYO, Aug. 28 (Kyodo) -- The Example Party and the CPC "
     "agreed Wednesday to hold the next round of their ruling-party exchange council in China early next year, party "
     f"officials said.\n\nThe agreement came as EP Secretary General Tom Poe met with {MA}, who is visiting Japan at "
     "the invitation of the EP.", "Both sides also discussed trade.", "type", ("visit", "in_person")),
    # "SPD and Chinese Communist Party agree to revive dialogue" over "agreed in a video call on January 15": a call
    ("EP and Chinese Communist Party agree to revive dialogue", "2026.01.16", "Berlin (dpa) - The Example Party and "
     "China's ruling Communist Party agreed in a video call on January 15 to resume their regular party dialogue, "
     "which has been on hold for several years.", f"According to a statement by the EP, General Secretary Tom Poe and "
     f"{MA}, discussed trade relations.", "type", ("call", "video")),
])
def test_plans_and_calls_of_round_139(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "..., in which President X, the party chairman, is seeking a second term": named in passing
    ("Party to draw on China's experience", "2020.08.12", "DODOMA, Aug. 11 (Xinhua) -- Tom Poe, secretary general of "
     "the Example Party, said on Tuesday that the party will draw on China's experience, during a video call with "
     f"{MA}.", "The party is preparing for the Oct. 28 general election, in which President Bob Roe, the party "
     "chairman, is seeking a second term.", "foreign", ["Tom Poe"]),
    # "in which the party's federal list is headed by President X": named in passing
    ("Party leaders receive CPC delegation", "2007.10.26", "Moscow, October 24 \u2013 Tom Poe, Secretary of the "
     "Example Party, held talks today at the party headquarters with a delegation of the CPC led by "
     f"{MA}.", "Poe spoke about the party's preparations for the elections on December 2, in which the party's "
     "federal list is headed by President Bob Roe.", "foreign", ["Tom Poe"]),
    # "Party co-leader X, who is also the finance minister, welcomed the agreement": not in the call
    ("EP and Chinese Communist Party agree to revive dialogue", "2026.01.16", "Berlin (dpa) - The Example Party and "
     "China's ruling Communist Party agreed in a video call on January 15 to resume their regular party dialogue.",
     f"General Secretary Tom Poe and {MA}, discussed trade relations.\n\nParty co-leader Bob Roe, who is also the "
     "country's finance minister, welcomed the agreement.", "foreign", ["Tom Poe"]),
    # "... also attended by CCM Vice-Chairman X and the Chinese Ambassador to Tanzania, Y": Y is on the CPC side
    ("Party hosts CPC delegation", "2011.08.17", "Dar es Salaam \u2014 CCM Secretary General Tom Poe on August 15 "
     f"hosted a visiting delegation of the CPC led by {MA}, at the party's head office.", "The talks were also "
     "attended by CCM Vice-Chairman (Mainland) Bob Roe and the Chinese Ambassador to Tanzania, Liu Xinsheng.", "cpc",
     ["Ma Lin", "Liu Xinsheng"]),
    # "led by Politburo member and Head of the Commission for Education and Popularisation To Huy Rua"
    ("Parties hold theoretical workshop", "2009.04.21", "Hanoi (VNA) \u2013 A theoretical workshop between the "
     "Communist Party of Vietnam and the CPC opened in Hanoi on April 20.", "The Vietnamese delegation was led by "
     "Politburo member and Head of the Commission for Education and Popularisation To Huy Rua, while the Chinese "
     f"side was headed by {MA}.", "foreign", ["To Huy Rua"]),
    # "..., while Bangladesh Ambassador to China X joined them at the opening session"
    ("Party delegation attends meeting in Beijing", "2017.12.03", "Dhaka, Dec 2 (BSS) - An Example Party delegation led "
     "by its General Secretary Tom Poe is taking part in the World Political Parties Meeting, being held in Beijing "
     "from December 1 to 3.", "Bob Roe is a member of the delegation, while Bangladesh Ambassador to China Jim Doe "
     "joined them at the opening session.", "foreign", ["Jim Doe", "Tom Poe"]),
    # an announcement's source: "EP national spokesperson X told a media briefing that the delegation ..."
    ("Party to send delegation to China", "2019.07.08", "JOHANNESBURG, July 8 (Xinhua) -- The Example Party said on "
     "Monday that its Secretary General Tom Poe will lead a delegation to China later this month at the invitation "
     "of the CPC.", "EP national spokesperson Bob Roe told a media briefing at the party's headquarters that the "
     "delegation will take part in a training programme.", "foreign", ["Bob Roe", "Tom Poe"]),
    # an announcement's second host: "in Singapore it will meet PAP Secretary-General and Prime Minister X"
    ("CPC delegation to visit two countries", "2026.03.02", f"Beijing, March 2nd\u2014A CPC delegation led by {MA}, "
     "will visit Cambodia and Singapore from March 8th to 14th, an IDCPC spokesperson announced today.", "In Phnom "
     "Penh the delegation is scheduled to call on CPP President Tom Poe, and in Singapore it will meet PAP "
     "Secretary-General and Prime Minister Bob Roe.", "foreign", ["Bob Roe", "Tom Poe"]),
])
def test_people_of_round_139(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "..., according to a message X, head of ..., sent on Tuesday to Y": a message
    ("China's Communist Party hails 50 years of ties", "2010.09.29", "Havana, Sep 28 (Prensa Latina) The friendship "
     f"between the two countries has withstood the test of time, according to a message {MA}, sent on Tuesday to Tom "
     "Poe, head of the International Relations Department of the Example Party.", "The message marks an anniversary.",
     "type", ("message", "written")),
    # a plan first, then "X ... said in a New Year message to Y": a message
    ("Party chief sends New Year greetings to Chinese counterpart", "2014.01.02", "Hanoi, Dec. 31 (VNA) \u2013 "
     "Relations between the two parties are expected to reach new heights in 2014, Tom Poe, head of the Example "
     f"Party's Commission for External Relations, said in a New Year message to {MA}.", "Poe highlighted the "
     "exchanges of 2013.", "type", ("message", "written")),
    # "..., ANC secretary general X said after meeting Chinese ambassador Y at Luthuli House on Thursday": a meeting
    ("Party, Chinese Communists to hold joint seminar", "2010.07.16", "JOHANNESBURG, July 15 (SAPA) - The Example "
     "Party and the CPC will hold a joint seminar on cadre training later this year, EP secretary general Tom Poe "
     "said after meeting Chinese ambassador Zhong Jianhua at the party's headquarters on Thursday.", "Both also "
     "discussed a state visit.", "type", ("meeting", "in_person")),
    # "..., it was agreed when X received a visiting CPC delegation here on Tuesday": the visit
    ("Parties to hold second theoretical seminar next year", "2008.05.21", "VIENTIANE, May 20 (KPL) \u2014 The Example "
     "Party and the CPC will hold their second seminar on socialist theory in Beijing next year, it was agreed when EP "
     "General Secretary Tom Poe received a visiting CPC delegation here on Tuesday.", f"The delegation is led by {MA}.",
     "type", ("visit", "in_person")),
    # "A and B on Thursday signed a memorandum of understanding under which ... will attend courses": the signing
    ("Party, CPC sign cadre training pact", "2018.08.17", "WINDHOEK, Aug. 16 (NAMPA) \u2014 The Example Party and the "
     "CPC on Thursday signed a memorandum of understanding under which up to 50 cadres a year will attend short courses "
     "in China.", f"The agreement was signed at the party's headquarters by EP Secretary General Tom Poe and {MA}, who "
     "is leading a CPC delegation on a four-day visit.", "type", ("visit", "in_person")),
    # the headline "Party chief, China's party liaison head discuss summit prospects": the summit is a topic
    ("Party chief, China's party liaison head discuss summit prospects", "2014.10.21", "BEIJING, Oct. 20 (Kyodo) -- A "
     "senior Chinese Communist Party official told the visiting leader of the Example Party on Monday that ties "
     "require trust, according to a member of the delegation.", f"Tom Poe, chief representative of the Example Party, "
     f"met {MA}, for about an hour at a state guesthouse.", "type", ("meeting", "in_person")),
    # a lead telling the gist, then "In a message addressed to A, ..., B, Chairman of ..., wished the congress success"
    ("Party hails achievements of Chinese comrades as CPC congress opens", "2007.10.16", "MOSCOW, Oct. 15 \u2014 The "
     "Example Party on Monday saluted the 17th National Congress of the CPC as an event of world significance.",
     "In a message addressed to Hu Jintao, General Secretary of the CPC Central Committee, Tom Poe, Chairman of the "
     "Example Party, wished the congress delegates success.\n\nBob Roe, first deputy chairman of the party, told "
     "Pravda that the party would study the documents.", "type", ("message", "written")),
    ("Party hails achievements of Chinese comrades as CPC congress opens", "2007.10.16", "MOSCOW, Oct. 15 \u2014 The "
     "Example Party on Monday saluted the 17th National Congress of the CPC as an event of world significance.",
     "In a message addressed to Hu Jintao, General Secretary of the CPC Central Committee, Tom Poe, Chairman of the "
     "Example Party, wished the congress delegates success.\n\nBob Roe, first deputy chairman of the party, told "
     "Pravda that the party would study the documents.", "foreign", ["Tom Poe"]),
    # a dateline abroad over talks "met separately with A ... on November 18, and with B ... on November 19 in Beijing"
    ("Party delegation meets senior CPC officials in Beijing", "2014.11.21", "Vientiane, Nov 21 (KPL)\u2014A "
     "delegation of the Example Party led by Tom Poe, member of its Political Bureau, met separately with Zhao Leji, "
     "member of the Political Bureau of the CPC Central Committee, on November 18, and with Wang Jiarui, Minister of "
     "the International Department of the CPC Central Committee, on November 19 in Beijing.", "Both sides exchanged "
     "views.", "type", ("meeting", "in_person")),
    # "Diplomatic envoys ... attended the seminar at the main venue in Beijing, while leaders ... joined via video link"
    ("Parties theoretical seminar held in Beijing", "2021.07.16", "Beijing, July 15th\u2014The Example Parties "
     "Theoretical Seminar was held here today in a combination of online and offline formats. "
     f"{MA}, attended and addressed the opening session. Diplomatic envoys in China attended the seminar at the main "
     "venue in Beijing, while leaders of more than 40 political parties joined via video link.", "Ma spoke.", "type",
     ("conference", "in_person")),
])
def test_types_of_rounds_147_and_148(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "Present were A, head of ..., Mongolia's Ambassador to China G. Batsukh and B, ...": three people
    ("Party delegation received in Beijing", "2009.04.22", "Ulaanbaatar, April 21 /MONTSAME/ A delegation of the "
     f"Example Party headed by its General Secretary Tom Poe was received on April 20 in Beijing by {MA}.", "Present at "
     "the meeting were B. Roe, head of the Foreign Relations Department of the EP, Mongolia's Ambassador to China G. "
     "Batsukh and Liu Hongcai, vice minister of the CPC International Department.", "foreign",
     ["B. Roe", "G. Batsukh", "Tom Poe"]),
    # "... and included the Chairperson of the A, X, and NEC member Y."
    ("Party holds virtual meeting with CPC", "2021.06.10", "The Example Party held a virtual bilateral meeting with "
     "the CPC on Tuesday, 8 June 2021.", "The EP delegation was led by Acting Secretary-General Tom Poe and included "
     "the Chairperson of the NEC Subcommittee on International Relations, Bob Roe, and NEC member Jim Doe. The CPC "
     f"delegation was led by {MA}.", "foreign", ["Bob Roe", "Jim Doe", "Tom Poe"]),
    # "Speaking at the opening session were PT national president X, the president of the A (PCdoB), Y, and ..."
    ("Parties hold seminar on governance", "2019.11.27", "S\u00e3o Paulo, November 26 \u2013 The Example Party and the "
     "CPC held on Tuesday in S\u00e3o Paulo a seminar on governance, which brought together a delegation headed by "
     f"{MA}.", "Speaking at the opening session were EP national president Tom Poe, the president of the Communist "
     "Party of Brazil (PCdoB), Bob Roe, and the president of the Brazilian Socialist Party (PSB), Jim Doe.", "foreign",
     ["Bob Roe", "Jim Doe", "Tom Poe"]),
    # "moderated by EP Secretary for International Relations X, and China's Consul General in Sao Paulo, Y, also attended"
    ("Parties hold seminar on governance", "2019.11.27", "S\u00e3o Paulo, November 26 \u2013 The Example Party and the "
     "CPC held on Tuesday in S\u00e3o Paulo a seminar on governance, which brought together a delegation headed by "
     f"{MA}.", "The seminar was moderated by EP Secretary for International Relations Tom Poe, and China's Consul "
     "General in S\u00e3o Paulo, Chen Peijie, also attended.", "foreign", ["Tom Poe"]),
    # "under the leadership of General Secretary and President X": named in passing
    ("Parties hold seminar by video link", "2022.05.12", "Vientiane, May 11 (KPL) \u2013 The Example Party and the CPC "
     f"held a theoretical seminar via video link today. {MA}, and Tom Poe, head of the EP's Commission, addressed it.",
     "Poe said the implementation of the resolution of the 11th Party Congress, under the leadership of General "
     "Secretary and President Bob Roe, requires Party organisations at all levels to raise their leadership capacity.",
     "foreign", ["Tom Poe"]),
    # "A UML team led by former general secretary X visited Beijing last year": an earlier visit
    ("CPC delegation to visit Nepal", "2009.03.09", "KATHMANDU, March 8 (RSS) \u2014 A delegation of the CPC will "
     "arrive here on March 15 for a goodwill visit at the invitation of the Example Party, EP chairman Tom Poe said on "
     f"Sunday.", f"Poe said the delegation would be led by {MA}.\n\nThe delegation is also scheduled to call on Prime "
     "Minister Bob Roe, Poe said.\n\nAn EP team led by former general secretary Jim Doe visited Beijing last year.",
     "foreign", ["Bob Roe", "Tom Poe"]),
    # "The agreement follows the talks President X held with Chinese President Y in early June": named in passing
    ("Parties agree to set up working group", "2007.07.11", "HARBIN, China, July 10 (ITAR-TASS) \u2014 The Example "
     "Party and the CPC have agreed to create a joint working group, it was announced at the end of the third dialogue "
     f"between the two parties, held here from July 9 to 10.", f"The dialogue was co-chaired by Tom Poe, Secretary of "
     f"the Example Party, and {MA}.\n\nThe agreement follows the talks President Bob Roe held with Chinese President "
     "Hu Jintao in Beijing in early June.", "foreign", ["Tom Poe"]),
    # "..., a senior leader of the CPC assured EP General Secretary X on Wednesday"
    ("China to share its experience", "2020.07.16", "DHAKA, July 15 (BSS) - China will continue to share its "
     "experience in containing COVID-19, a senior leader of the CPC assured Example Party General Secretary Tom Poe on "
     f"Wednesday.", f"{MA}, gave the assurance during a video call with Poe.", "foreign", ["Tom Poe"]),
    # "Wang Zhenyao, Director-General of the Department of ... of the Ministry of Civil Affairs": the CPC side
    ("Briefing held for diplomats", "2008.06.13", f"Beijing, June 12th\u2014{MA}, attended a briefing for foreign "
     "diplomats on the relief work held here today.", "Wang Zhenyao, Director-General of the Department of Disaster "
     "and Social Relief of the Ministry of Civil Affairs, gave a detailed account of the relief.", "cpc",
     ["Ma Lin", "Wang Zhenyao"]),
    # "Lao and Chinese Party theorists agreed ...": no party of that name
    ("Parties hold theoretical seminar", "2016.05.28", "Vientiane, May 27 (KPL) -- Lao and Chinese Party theorists "
     "agreed that deeper exchanges will help both countries, at a theoretical seminar between the Example Party and "
     "the CPC held here today.", f"The seminar was co-chaired by Tom Poe and {MA}.", "parties", ["Example Party"]),
    # "The SLPP, led by Prime Minister X, won a two-thirds majority": the party's leader, named in passing
    ("Party vows to deepen ties", "2021.02.10", "COLOMBO, Feb 9 -- The Example Party (EP) will deepen its ties with "
     f"the CPC, EP chairman Tom Poe said after a video call with {MA}.", "The EP, led by Prime Minister Bob Roe, won "
     "a two-thirds majority in elections last August.", "foreign", ["Tom Poe"]),
    # "EP Secretary General X made the remarks after holding talks in Nairobi with a visiting CPC delegation"
    ("Party, CPC agree to step up exchanges", "2023.07.21", "NAIROBI, July 20 (Xinhua) -- The Example Party and the "
     "CPC have agreed to step up exchanges of party cadres, a party official said Thursday.", "EP Secretary General "
     f"Tom Poe made the remarks after holding talks in Nairobi with a visiting CPC delegation led by {MA}.", "foreign",
     ["Tom Poe"]),
])
def test_people_of_rounds_147_and_148(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "Vice President X is scheduled to meet with the guests": an announcement's host
    ("Party delegation to visit China", "2005.03.22", "Beijing, March 21st\u2014At the invitation of the CPC, a "
     "delegation of the Example Party led by Tom Poe will visit China from March 26th to April 2nd, an IDCPC "
     f"spokesperson announced today.", f"The delegation will hold talks with {MA}. Vice President Zeng Qinghong is "
     "scheduled to meet with the guests.", "cpc", ["Ma Lin", "Zeng Qinghong"]),
    # "Its other co-chair, Prime Minister K.P. Sharma Oli, paid an official visit to China in June 2018": earlier
    ("CPC delegation to visit Nepal", "2019.04.18", "BEIJING, April 18 (Xinhua) -- A delegation of the Example Party "
     "led by its co-chair Tom Poe will visit China from April 22 to 28, an IDCPC spokesperson said Thursday.", "The "
     "EP was formed last year. Its other co-chair, Prime Minister K.P. Sharma Oli, paid an official visit to China in "
     "June 2018.", "foreign", ["Tom Poe"]),
    # "Secretary-General X will also be in the delegation"
    ("Party to send delegation to China", "2019.08.21", "Tokyo, August 20th\u2014The Example Party announced today "
     "that its Chief Representative Tom Poe will lead a party delegation to China from August 27th to 30th. "
     "Secretary-General Bob Roe will also be in the delegation.", "The delegation will meet CPC leaders.", "foreign",
     ["Bob Roe", "Tom Poe"]),
    # "Party spokesperson X made the announcement at a press conference": the announcer
    ("Party to send delegation to China", "2019.09.04", "Kathmandu, Sept 3 (RSS): A delegation of the Example Party "
     "led by Tom Poe will visit China from September 10 to 16 at the invitation of the CPC.", "Party spokesperson Bob "
     "Roe made the announcement at a press conference organised at the party's central office on Tuesday.",
     "foreign", ["Bob Roe", "Tom Poe"]),
    # "During the visit, the delegation will call on State Counsellor and EP Chairperson Daw X"
    ("CPC delegation to visit Myanmar", "2016.11.22", f"Beijing, November 22nd\u2014{MA}, will lead a CPC delegation "
     "on a visit to Myanmar from November 27th to December 1st, the IDCPC spokesperson announced here today.",
     "During the visit, the delegation will call on State Counsellor and EP Chairperson Daw Tom Poe and hold talks "
     "with leading members of the EP.", "foreign", ["Tom Poe"]),
    # "headed the Japanese side together with New Komeito Secretary General X"
    ("Parties hold exchange council", "2007.07.05", "TOKYO, July 4 (Kyodo) -- The ruling parties and the CPC held "
     "their exchange council here on Wednesday.", "EP Secretary General Tom Poe headed the Japanese side together with "
     f"New Komeito Secretary General Bob Roe, while the Chinese delegation was led by {MA}.", "foreign",
     ["Bob Roe", "Tom Poe"]),
    # "Y conveyed greetings from Army General A, First Secretary of ..., to Chinese leader Hu Jintao": not in the meeting
    ("CPC official meets party delegation", "2011.06.15", f"Beijing, June 14th\u2014{MA}, met here today with a "
     "delegation of the Example Party led by Tom Poe.", "Poe conveyed greetings from Army General Bob Roe, First "
     "Secretary of the EP Central Committee, to Chinese leader Hu Jintao, and informed his host about the party.",
     "cpc", ["Ma Lin"]),
])
def test_announcements_and_hosts_of_rounds_147_and_148(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "This was announced today by IDCPC spokesman X": the announcer
    ("CPC delegation to visit two countries", "2012.09.04", "Beijing, September 4th\u2014At the invitation of the "
     f"Example Party, a CPC delegation headed by {MA}, will visit the country from September 9th to 19th. This was "
     "announced today by IDCPC spokesman Huang Huaguang.", "Huang said the delegation will meet party leaders.",
     "cpc", ["Ma Lin", "Huang Huaguang"]),
    # "Among the guests who have confirmed their attendance is X, ..., who will speak at the opening session, Guo said"
    ("Parties dialogue to open in Beijing", "2016.10.11", f"Beijing, October 10th\u2014{MA}, told a press conference "
     "today that the dialogue will be held in Beijing from October 13th to 15th.", "Among the guests who have "
     "confirmed their attendance is Tom Poe, Secretary General of the Example Party (EP), who will speak at the "
     "opening session, Ma said.", "foreign", ["Tom Poe"]),
    # "The announcement follows the meeting between President Xi Jinping and Prime Minister X in San Francisco"
    ("Party to send delegation to China", "2023.11.21", "Tokyo, November 20th\u2014The Example Party announced today "
     "that its Secretary-General Tom Poe will lead a delegation to China next week.", "The announcement follows the "
     "meeting between President Xi Jinping and Prime Minister Bob Roe in San Francisco on November 16th.", "foreign",
     ["Tom Poe"]),
    # "Chinese and German party officials": two countries' adjectives, no party
    ("CPC holds dialogue with EP", "2012.05.16", f"Berlin, May 15th\u2014{MA}, and Tom Poe, Secretary General of the "
     "Example Party, co-chaired a dialogue here today.", "The dialogue brought together members of the Bundestag, "
     "Chinese and German party officials, and scholars.", "parties", ["Example Party"]),
    # "... settle problems through friendly consultation, X has said." then "X made the statement while receiving"
    ("Party chief urges stronger party ties", "2006.05.17", "Hanoi, May 17 (VNA) \u2013 The two countries should "
     "settle problems arising in bilateral relations through friendly consultation, Party General Secretary Tom Poe "
     f"has said. Poe made the statement while receiving a delegation of the CPC led by {MA}, in Hanoi on May 16.",
     "Poe thanked the CPC.", "type", ("visit", "in_person")),
    # "In the message, addressed to the party and its president, X, Song Tao, head of ..., expressed": Song sent it
    ("Chinese party sends condolences after deadly quake", "2016.04.20", "QUITO, April 19 (Xinhua) -- The CPC stands "
     "ready to help with relief, a senior CPC official said in a message of condolence sent Tuesday to the ruling "
     f"Example Party.", f"In the message, addressed to the party and its president, Tom Poe, {MA}, expressed deep "
     "grief.", "cpc", ["Ma Lin"]),
    # "X told a summit of world political parties on July 6"
    ("Party to keep working with CPC", "2021.07.07", "Vientiane, July 7 (KPL) \u2013 The Example Party will continue "
     "to work with the CPC, EP General Secretary and President Tom Poe told a summit of world political parties on "
     "July 6.", "Poe addressed the summit by video link.", "foreign", ["Tom Poe"]),
    # "during talks at the EP's headquarters between EP President X and a visiting CPC delegation headed by Y"
    ("Parties agree to expand exchanges", "2013.10.22", "MEXICO CITY, Oct. 21 (Xinhua) -- The Example Party and the "
     "CPC agreed on Monday to expand exchanges, the party said in a statement.", "The agreement was reached during "
     "talks at the EP's headquarters between EP President Tom Poe and a visiting CPC delegation headed by Chen "
     "Fengxiang, vice minister of the International Department of the CPC Central Committee.", "foreign",
     ["Tom Poe"]),
    # a lead about a leader's "upcoming state visit to China", then "X made the remarks in a video call with Y": a call
    ("Party eyes closer ties with CPC ahead of president's China trip", "2023.03.10", "BRASILIA, March 9 (Xinhua) -- "
     "The Example Party is ready to work with the CPC to make President Bob Roe's upcoming state visit to China a "
     "success, EP President Tom Poe said on Thursday.", f"Poe made the remarks in a video call with {MA}.", "type",
     ("call", "video")),
    # "The event ... was addressed by Chinese Ambassador to Namibia X, Y, secretary general of ..., and Z"
    ("Embassy holds briefing for parties", "2022.11.04", "WINDHOEK, Nov. 3 (NAMPA) \u2013 The Chinese Embassy held a "
     "briefing on the 20th CPC National Congress for Namibian political parties on Thursday.", "The event, held in a "
     "combination of online and offline formats, was addressed by Chinese Ambassador to Namibia Zhao Weiping, Tom Poe, "
     "secretary general of the Example Party (EP), and Bob Roe, president of the Popular Democratic Movement (PDM).",
     "cpc", ["Zhao Weiping"]),
    # an announcement: "Chinese President Xi Jinping will deliver a keynote speech at a high-level meeting ..."
    ("Xi to address world parties meeting", "2017.11.22", "BEIJING, Nov. 21 (Yonhap) -- Chinese President Xi Jinping "
     "will deliver a keynote speech at a high-level meeting of world political parties to be hosted by the CPC in "
     "Beijing later this month, a senior party official said Tuesday.", f"{MA}, told a press conference that leaders "
     "of nearly 300 parties had confirmed their attendance.", "cpc", ["Xi Jinping", "Ma Lin"]),
    # "Liu ... invited an EP delegation led by party chairman X to visit China": an invitation, not this call
    ("CPC official holds video call with party", "2021.06.17", f"MOSCOW, June 16. /TASS/. {MA}, held a video call on "
     "Wednesday with Tom Poe, Secretary of the Example Party.", "According to the press service, Ma invited an EP "
     "delegation led by party chairman Bob Roe to visit China.", "foreign", ["Tom Poe"]),
])
def test_contacts_of_rounds_150_and_151(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "The delegation arrived in Tanzania ... from Nairobi. In Kenya, it held talks with X": an earlier leg
    ("CPC delegation visits Tanzania", "2008.09.24", f"Dodoma, September 23rd\u2014A CPC delegation led by {MA}, met "
     "here today with Tom Poe, Secretary General of the Example Party.", "The delegation arrived in Tanzania on "
     "September 20th from Nairobi. In Kenya, it held talks with Bob Roe, Leader of the Orange Democratic Movement "
     "(ODM).", "foreign", ["Tom Poe"]),
    ("CPC delegation visits Hungary", "2024.05.10", f"Budapest, May 9th\u2014A CPC delegation led by {MA}, met here "
     "today with Tom Poe, Vice President of the Example Party.", "Budapest is the second leg of the delegation's "
     "European tour. In Belgrade, Ma met with Bob Roe, president of the Serbian Progressive Party (SNS).", "foreign",
     ["Tom Poe"]),
    # "Speaking on behalf of the diplomats, Pakistani Ambassador to China X thanked the IDCPC for the briefing"
    ("IDCPC briefs diplomats on plenary session", "2008.10.22", f"Beijing, October 21st\u2014{MA}, briefed foreign "
     "diplomats here today on the Third Plenary Session of the 17th CPC Central Committee.", "Speaking on behalf of "
     "the diplomats, Pakistani Ambassador to China Masood Khan thanked the IDCPC for the timely briefing.", "foreign",
     ["Masood Khan"]),
    # the lead's second sentence "X made the statement while receiving a delegation ... in Hanoi on May 16": its date
    ("Party chief urges stronger party ties", "2006.05.17", "Hanoi, May 17 (VNA) \u2013 The two countries should "
     "settle problems arising in bilateral relations through friendly consultation, Party General Secretary Tom Poe "
     f"has said. Poe made the statement while receiving a delegation of the CPC led by {MA}, in Hanoi on May 16.",
     "Poe thanked the CPC.", "date", "2006-05-16"),
])
def test_legs_and_days_of_rounds_150_and_151(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_participants_who_came_from_parties_in_listed_countries():
    # "Other participants came from political parties in A, B and C.": the countries took part
    r = parse_release(REL.format(title="Parties hold seminar in Kuala Lumpur", pub="2019.08.29", lead="Kuala Lumpur, "
                                 f"Aug 28 (Bernama) -- {MA}, addressed a seminar with political parties of the region "
                                 "here today.", body="Other participants came from political parties in Cambodia, "
                                 "Indonesia, Laos, Singapore and Thailand."))
    assert set(r.events[0].countries) >= {"ID", "KH", "LA", "SG", "TH"}


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "Vice-minister Lu Kang took part in the meeting": a Pinyin-named vice-minister is the IDCPC's
    ("CPC, party agree to deepen ties", "2025.06.04", f"Beijing, June 3rd\u2014{MA}, met here today with Tom Poe, "
     "Secretary General of the Example Party.", "Vice-minister Lu Kang took part in the meeting.", "cpc",
     ["Ma Lin", "Lu Kang"]),
    # "The message also wished X, the BJP's candidate for prime minister, success": named in passing
    ("CPC congratulates party on election win", "2014.05.17", f"Beijing, May 16th\u2014{MA}, sent a message today to "
     "Tom Poe, President of the Example Party, congratulating the party on its victory.", "The message also wished "
     "Bob Roe, the party's candidate for prime minister, success in leading the new government.", "foreign", []),
    # an announcement: "General Secretary of the CPV Central Committee X will receive Liu during his stay"
    ("CPC official to visit Vietnam", "2019.03.04", f"HANOI, March 4 -- {MA}, will pay a working visit to Vietnam from "
     "March 6 to 9, a CPV spokesperson announced on Monday.", "According to the spokesperson, General Secretary of "
     "the CPV Central Committee Tom Poe will receive Ma during his stay.", "foreign", ["Tom Poe"]),
    # a plan first, then "X disclosed the plan when meeting with a delegation led by Y": a meeting
    ("Parties to hold theory seminar", "2005.06.08", "BEIJING, June 7 (Xinhua) -- The CPC and the Example Party will "
     "hold their next joint theoretical seminar in the second half of this year, a senior CPC official said here "
     f"Tuesday.", f"{MA}, disclosed the plan when meeting with an EP delegation led by Tom Poe.", "type",
     ("meeting", "in_person")),
    # "Y takes over the leadership of the party from X": named in passing
    ("CPC leaders congratulate new party president", "2017.12.21", "Beijing, December 20th\u2014Xi Jinping, General "
     "Secretary of the CPC Central Committee, sent a message today to Tom Poe, congratulating him on his election as "
     "President of the Example Party.", "The messages were among many received at the party headquarters since the "
     "conference closed. Poe takes over the leadership of the party from Bob Roe, whose term as party president ended "
     "at the conference.", "foreign", []),
    # "Minister of Transport, Highways, Ports and Civil Aviation": no person "Civil Aviation"
    ("CPC official meets party delegation", "2025.05.21", f"Beijing, May 20th\u2014{MA}, met here today with a "
     "delegation of the Example Party led by its General Secretary Tom Poe.", "The delegation included Bob Roe, "
     "Member of the EP Political Bureau and Minister of Transport, Highways, Ports and Civil Aviation.", "foreign",
     ["Bob Roe", "Tom Poe"]),
    # "The delegation held talks with X, head of the department, in Beijing earlier this week": an earlier leg
    ("Party delegation visits Shanghai", "2010.04.16", "Shanghai, April 15 (KPL) -- A delegation of the Example Party "
     "led by Tom Poe visited Shanghai today and met with Yu Zhengsheng, Secretary of the CPC Shanghai Municipal "
     "Committee.", "The delegation held talks with Wang Jiarui, head of the department, in Beijing earlier this "
     "week.", "cpc", ["Yu Zhengsheng"]),
    # "..., in a message addressed to the Central Committee of the CPC": a message
    ("Party expresses solidarity after quake", "2008.05.15", "ATHENS, May 14 (ANA-MPA) -- The Example Party on "
     "Wednesday expressed its deep sorrow over the loss of life caused by the earthquake, in a message addressed to "
     "the Central Committee of the CPC.", "The message was signed by EP General Secretary Tom Poe.", "type",
     ("message", "written")),
    # "..., following a meeting on April 3 between EP Secretary General X and a CPC delegation led by Y"
    ("Parties agree to launch exchange program", "2024.04.05", "Ulaanbaatar, April 4 /MONTSAME/. The Example Party and "
     "the CPC agreed to launch an exchange program for young cadres this summer, following a meeting on April 3 "
     f"between EP Secretary General Tom Poe and a CPC delegation led by {MA}.", "Both sides discussed training.",
     "foreign", ["Tom Poe"]),
])
def test_contacts_of_rounds_152_and_153(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_an_agency_glued_to_its_dash_and_an_envoys_former_post():
    # "BEIJING, Feb. 22 Kyodo\u2014Senior members ...": the agency ends the dateline even with no space before the dash
    r = parse_release(REL.format(title="Ruling parties hold exchange council session", pub="2008.02.23",
                                 lead="BEIJING, Feb. 22 Kyodo\u2014Senior members of the ruling coalition and the CPC "
                                 "opened a two-day session of their exchange council in Beijing on Friday.",
                                 body=f"The session was co-chaired by {MA}, and Tom Poe of the Example Party."))
    assert r.dateline_city == "Beijing"
    # "a first-term lawmaker and former ambassador to Russia": the country of his post is not his
    r = parse_release(REL.format(title="Party delegation meets CPC official", pub="2025.07.02", lead="Seoul, July 1 "
                                 f"(Yonhap) -- A delegation of the Democratic Party of Korea met with {MA}, in Beijing on "
                                 "Tuesday.",
                                 body="The delegation was led by Tom Poe, a five-term lawmaker, and included Bob Roe, a "
                                 "first-term lawmaker and former ambassador to Russia."))
    assert r.events[0].countries == ("KR",)


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "This was agreed on February 11 by EP General Secretary X and Y, ..., in a video call"
    ("Party and CPC to resume dialogue forum", "2026.02.13", "Berlin, Feb 12 (dpa) - The Example Party and the CPC "
     f"want to resume their dialogue forum this autumn. This was agreed on February 11 by EP General Secretary Tom Poe "
     f"and {MA}, in a video call, the party said.", "Both sides discussed trade.", "foreign", ["Tom Poe"]),
    # an announcement's source: "ANC National Spokesperson X told reporters at Luthuli House that the delegation ..."
    ("Party to send delegation to China", "2024.05.21", "Johannesburg, May 20th\u2014The Example Party will send a "
     "delegation led by its Secretary General Tom Poe to China next week.", "EP National Spokesperson Bob Roe told "
     f"reporters at Luthuli House that the delegation will hold talks with {MA}.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "He spoke highly of the historic contributions of Comrade X": named in passing
    ("Hu sends congratulatory message", "2011.04.20", "Beijing, April 19th\u2014Hu Jintao, General Secretary of the "
     "CPC Central Committee, sent a message today to Tom Poe on his election as First Secretary of the Example "
     "Party.", "In the message, Hu spoke highly of the historic contributions of Comrade Bob Roe, the founder of the "
     "friendship between the two parties.", "foreign", []),
    # "Ambassador X had a working session with Song Tao ... in Beijing on August 9": a meeting
    ("Ambassador works with IDCPC head", "2017.08.10", "Beijing (VNA) \u2013 Vietnamese Ambassador to China Tom Poe "
     f"had a working session with {MA}, in Beijing on August 9.", "Officials of the embassy were also present.",
     "type", ("meeting", "in_person")),
    # "conveyed the warm greetings of H.E. Xi Jinping, ..., to Samdech Techo X": the greetings' addressee
    ("CPC official meets party leaders", "2024.06.05", f"Phnom Penh, June 4 (AKP) \u2013 {MA}, met here today with "
     "Samdech Thipadei Tom Poe, Vice President of the Example Party.", "H.E. Ma Lin conveyed the warm greetings of H.E. "
     "Xi Jinping, General Secretary of the CPC Central Committee, to Samdech Techo Bob Roe, President of the EP, and to "
     "Samdech Thipadei.", "foreign", ["Tom Poe"]),
    # "Wang asked X to convey his greetings to U Thein Sein, President of Myanmar": the honorific U looks ahead
    ("CPC official meets party delegation", "2013.09.11", f"Beijing, September 10th\u2014{MA}, met here today with a "
     "delegation of the Example Party led by Tom Poe.", "Ma asked Poe to convey his greetings to U Bob Roe, President "
     "of Myanmar and chairman of the EP.", "foreign", ["Tom Poe"]),
    # a foreign party's announcement: "Party Chairman X will take part in the ... Summit, which the CPC will hold"
    ("Party leader to take part in CPC summit", "2021.07.03", "MOSCOW, July 2. /TASS/. Example Party Chairman Tom Poe "
     "will take part in the CPC and World Political Parties Summit, which the CPC will hold via video link on July 6, "
     "the party's press service said on Friday.", "The summit will discuss development.", "foreign", ["Tom Poe"]),
    # "The vice-president of the EP, X, leaves Luanda on Sunday for a working visit to China"
    ("Party vice-president to visit China", "2018.03.15", "Luanda, March 14 (ANGOP) - The vice-president of the Example "
     "Party, Tom Poe, leaves Luanda on Sunday for a working visit to the People's Republic of China at the invitation "
     "of the CPC.", f"During the visit she will hold talks with {MA}.", "foreign", ["Tom Poe"]),
])
def test_people_of_rounds_154_and_155(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value
