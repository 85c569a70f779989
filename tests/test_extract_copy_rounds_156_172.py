"""Copies, announcements and reports of round 156 and rounds 165 to 172: people named as one side of "discussions
between" or "talks between", a Nepali surname that reads like a post-nominal, a retired rank, a group of officials
listed before a foreign envoy, announced arrivals told with a week or a day, headlines that tell a meeting before a
video call, sources who told a newspaper or "said later", other senders' messages and their countries, contacts of
another leg or time ("before traveling to Yunnan", "The visit comes a year after"), and contacts told in new words
("under the co-chairmanship of", "which he co-chaired with", "as was", ", joined by") (rows of our own sentences)."""
from __future__ import annotations

import pytest

from parsers.release import parse_release
from tests.release_text import REL
from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "during discussions between EP Vice President X and a CPC delegation led by Y": both sides
    ("Parties agree on cadre exchanges", "2025.05.13", "Addis Ababa, May 12 (ENA) \u2014 The Example Party (EP) and "
     "the Communist Party of China (CPC) have agreed to launch a programme of cadre exchanges.", "The agreement was "
     f"reached today during discussions between EP Vice President Tom Poe and a CPC delegation led by {MA}, who is on "
     "a working visit to Ethiopia.", "foreign", ["Tom Poe"]),
    # "have agreed to expand exchanges in party cadre training": a topic, not a training course
    ("EP, CPC agree to deepen cooperation", "2024.05.15", "BEIJING, May 14 (Bernama) -- The Example Party (EP) and "
     "the Communist Party of China (CPC) have agreed to expand exchanges in party cadre training, said party president "
     "Tom Poe.", f"Poe said this after meeting {MA}, at the Diaoyutai State Guesthouse here today.", "type",
     ("meeting", "in_person")),
    # "party spokesman Ram Bahadur KC": in a Nepali story "KC" is a surname, not a King's Counsel
    ("Party chief to visit China", "2014.08.20", "KATHMANDU, Aug. 19 (Xinhua) -- Tom Poe, president of the Example "
     "Congress (EC), will leave for Beijing on Saturday for a week-long visit at the invitation of the CPC, the party's "
     "spokesman Ram Bahadur KC said here on Tuesday.", "KC said the visit would help Nepal.", "foreign",
     ["Ram Bahadur KC", "Tom Poe"]),
    # "X Meets an Ambassador and Holds Video Call with a Party Leader": the lead's first contact is a meeting
    ("Ma Lin Meets with Ethiopian Ambassador to China and Holds Video Call with EP Leader", "2021.06.10", "Beijing, "
     f"June 9th\u2014{MA}, met here this morning with Abebe Kebede, Ambassador of Ethiopia to China. In the afternoon, "
     "Ma held a video call with Tom Poe, Vice-president of the Example Party (EP) of Ethiopia.", "Ma said the IDCPC is "
     "ready to facilitate exchanges.", "type", ("meeting", "in_person")),
    # "will arrive in Sri Lanka next week on a four-day visit": an announcement
    ("CPC delegation to arrive next week", "2017.04.18", "Colombo, April 18 (Lankapuvath) - A delegation of the "
     f"Communist Party of China (CPC) led by {MA}, will arrive in Sri Lanka next week on a four-day visit at the "
     "invitation of the Example Party (EP), party General Secretary Tom Poe said today.", "Poe said the delegation "
     "would call on the party's chairman.", "type", ("other", None)),
    # "will arrive here on September 2 on a five-day visit ... This was stated by EP Secretary General Senator X"
    ("CPC delegation due on five-day visit", "2005.08.30", "ISLAMABAD, Aug 29 (APP): A delegation of the Communist "
     f"Party of China (CPC) headed by {MA}, will arrive here on September 2 on a five-day visit to Pakistan at the "
     "invitation of the Example League (EL).", "This was stated by EL Secretary General Senator Tom Poe, who will host "
     "the delegation, while talking to APP here on Monday.", "foreign", ["Tom Poe"]),
    ("CPC delegation due on five-day visit", "2005.08.30", "ISLAMABAD, Aug 29 (APP): A delegation of the Communist "
     f"Party of China (CPC) headed by {MA}, will arrive here on September 2 on a five-day visit to Pakistan at the "
     "invitation of the Example League (EL).", "This was stated by EL Secretary General Senator Tom Poe, who will host "
     "the delegation, while talking to APP here on Monday.", "type", ("other", None)),
    # "Deputy Head X and other officials of the ... Department and DPRK Ambassador to China Y": a group, then an envoy
    ("Senior DPRK official meets CPC leader", "2009.09.15", f"Beijing, Sept. 14 (KCNA) -- Kim Chol Su, secretary of "
     f"the Central Committee of the Workers' Party of Korea, met {MA}, here on Monday.", "Present there were Deputy "
     "Head Liu Jieyi and other officials of the International Liaison Department of the CPC Central Committee and DPRK "
     "Ambassador to China Pak Yong Nam.", "foreign", ["Kim Chol Su", "Pak Yong Nam"]),
    # "..., with EP General Secretary and Transport Minister X and Y, Minister of ..., leading the two sides"
    ("Parties discuss pandemic response", "2020.07.17", "DHAKA, July 16, 2020 (BSS) - The Example Party (EP) and the "
     "Communist Party of China (CPC) today held a meeting via video link to exchange views on the fight against "
     f"COVID-19, with EP General Secretary and Road Transport Minister Tom Poe and {MA}, leading the two sides.",
     "Poe thanked China for its help.", "foreign", ["Tom Poe"]),
    # "EP Presidium Member Lt Col (retd) X and ... Y joined Poe from his official residence": a retired rank's mark
    ("Parties discuss pandemic response", "2020.07.17", "DHAKA, July 16, 2020 (BSS) - Example Party (EP) General "
     f"Secretary Tom Poe today held a meeting via video link with {MA}.", "EP Presidium Member Lt Col (retd) Bob Roe "
     "and International Affairs Secretary Ann Doe joined Poe from his official residence.", "foreign",
     ["Ann Doe", "Bob Roe", "Tom Poe"]),
    # "Member of the State Great Khural L.X is part of the EP delegation": an acronym before "delegation"
    ("Party leaders hold talks", "2019.04.10", "Ulaanbaatar, April 9 /MONTSAME/. Secretary-General of the Example "
     f"Party (EP) D.Poe held talks today with {MA}, in Beijing.", "Member of the State Great Khural L.Roe is part of the "
     "EP delegation.", "foreign", ["D.Poe", "L.Roe"]),
    # "... the speech delivered ... at the ceremony marking the CPC's centenary on July 1": the briefing's own day
    ("Party leaders join CPC briefing", "2021.07.21", "Kathmandu, July 20: Leaders of Nepal's parties today took part "
     "in an online briefing organised by the International Department of the Communist Party of China (CPC) on the "
     "speech delivered by General Secretary Xi Jinping at the ceremony marking the CPC's centenary on July 1.",
     f"{MA}, briefed the participants from Beijing.", "date", "2021-07-20"),
    # "Speaking on the occasion, EP Chairman X and EL General Secretary Y congratulated the CPC": the briefing's speakers
    ("Party leaders join CPC briefing", "2021.07.21", "Kathmandu, July 20: Leaders of Nepal's parties today took part "
     "in an online briefing organised by the International Department of the Communist Party of China (CPC).",
     f"{MA}, briefed the participants from Beijing.\n\nSpeaking on the occasion, Example Party (EP) Chairman Tom Poe "
     "and Example League (EL) General Secretary Bob Roe congratulated the CPC on its 100th anniversary.", "foreign",
     ["Bob Roe", "Tom Poe"]),
])
def test_people_types_and_dates_of_round_156(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "will never seek hegemony, a senior official told representatives of foreign parties ... at a briefing session
    # here Thursday": the briefing was held, whatever the official said would be
    ("Senior CPC official briefs foreign parties", "2007.11.02", "BEIJING, Nov. 1 (Xinhua) -- China will never seek "
     "hegemony, a senior official of the Communist Party of China (CPC) told representatives of foreign political "
     "parties and diplomats at a briefing session here Thursday.", f"{MA}, briefed nearly 100 participants.", "type",
     ("conference", "in_person")),
    # "During the talks, A and B also exchanged greetings": both leaders of the phone talks
    ("Party leaders hold phone talks", "2017.01.24", "HANOI, Jan. 24 (VNA) -- The leaders of the Example and Chinese "
     "Parties agreed to carry out the agreements signed earlier this month, in phone talks on January 23.", "During the "
     "talks, General Secretary of the Example Party (EP) Tom Poe and General Secretary of the Communist Party of China "
     "(CPC) Central Committee Xi Jinping also exchanged greetings on the occasion of the Lunar New Year.", "foreign",
     ["Tom Poe"]),
    # "EP spokesperson X, who was also present at the meeting, told RSS that ...": a source who was there
    ("Envoy calls on party leader", "2019.09.25", "KATHMANDU, Sept 24 (RSS): China will continue to support Nepal's "
     "development, Chinese Ambassador to Nepal Hou Yanqi has said.", "Ambassador Hou said so during a courtesy call on "
     "Example Party (EP) Chair Tom Poe at his residence on Tuesday.\n\nEP spokesperson Bob Roe, who was also present at "
     "the meeting, told RSS that the two sides had agreed to strengthen relations.", "foreign", ["Bob Roe", "Tom Poe"]),
    # a message to a party leader; "Former President X addressed the congress": the congress's speaker
    ("Ma Lin Congratulates Tom Poe on His Reelection", "2019.11.25", f"Beijing, November 24th\u2014{MA}, sent a message "
     "today to Tom Poe, congratulating him on his reelection as President of the Example Party (EP) of Brazil.", "The EP "
     "held its congress in Sao Paulo from November 22nd to 24th. Former President Bob Roe addressed the congress.",
     "foreign", []),
    # "Issued by: X, Head of Communications, Example Congress": the statement's author
    ("EC delegation meets CPC leaders", "2006.04.13", "Beijing, 12 April 2006 - A delegation of the Example Congress "
     f"(EC) led by its Secretary General Tom Poe met {MA}, today.", "Poe thanked the CPC for its hospitality.\n\nIssued "
     "by: Bob Roe, Head of Communications, Example Congress", "foreign", ["Tom Poe"]),
    # "Front for the Liberation of Example (FLE) Secretary-General X addressed the opening session": a body's name first
    ("Parties meet in Windhoek", "2023.05.16", f"WINDHOEK, May 15 (NAMPA) -- {MA}, addressed a seminar of six former "
     "liberation movements of southern Africa here on Monday.", "Example Party (EP) Secretary-General Tom Poe and Front "
     "for the Liberation of Mozambique (FRELIMO) Secretary-General Bob Roe addressed the opening session.", "foreign",
     ["Bob Roe", "Tom Poe"]),
    # "A group from the Example Front (EF) led by X also attended the session": "also" ends the list
    ("Envoy briefs party cadres", "2015.11.13", "Phnom Penh, Nov. 12 (AKP) -- The Chinese Ambassador to Cambodia Bu "
     "Jianguo today briefed some 200 officials of the Example Party (EP) on the plenary session of the CPC.", "The session "
     "was presided over by EP President Tom Poe. A group from the Example Front (EF) led by Bob Roe also attended the "
     "session.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "joined from the party's office along with EP Presidium Member Lt Col (retd) X and EP ... Secretary Y"
    ("EP joins CPC online dialogue", "2021.10.22", "Dhaka, Oct 21 (BSS) - Example Party (EP) General Secretary Tom Poe "
     "today addressed an online dialogue between the CPC and political parties of South Asian countries.", "Poe joined "
     "from the party's office along with EP Presidium Member Lt Col (retd) Bob Roe and EP International Affairs "
     "Secretary Ann Doe.", "foreign", ["Ann Doe", "Bob Roe", "Tom Poe"]),
])
def test_people_and_types_of_round_165(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "X, the party's spokesperson, who was briefed on the call, told the Post": a source
    ("Parties hold video call", "2020.05.21", "KATHMANDU, May 21 - The Example Party (EP) and the CPC agreed to share "
     f"experience in fighting the pandemic during a video call on May 20 between EP General Secretary Tom Poe and {MA}.",
     "\"We found that very relevant,\" Bob Roe, the party's spokesperson, who was briefed on the call, told the Post.",
     "foreign", ["Tom Poe"]),
    # "..., the party said on Tuesday after Chinese Ambassador X called on party President Y here": the plan's contact
    ("EP to send young leaders to China", "2024.02.21", "ISLAMABAD, Feb 20 (APP): The Example Party (EP) will send a "
     "delegation of its young parliamentarians to China later this year, the party said on Tuesday after Chinese "
     "Ambassador Jiang Zaidong called on party President Tom Poe here.", "Jiang congratulated the EP on its performance.",
     "type", ("meeting", "in_person")),
    ("EP to send young leaders to China", "2024.02.21", "ISLAMABAD, Feb 20 (APP): The Example Party (EP) will send a "
     "delegation of its young parliamentarians to China later this year, the party said on Tuesday after Chinese "
     "Ambassador Jiang Zaidong called on party President Tom Poe here.", "Jiang congratulated the EP on its performance.",
     "cpc", ["Jiang Zaidong"]),
    # "X told Itar-Tass on Tuesday after talks with a visiting Chinese party delegation": the plan's contact
    ("Parties to hold joint seminar", "2008.07.16", "MOSCOW, July 15 (Itar-Tass) -- The Example Party (EP) and the "
     "Communist Party of China (CPC) will hold a joint seminar in Beijing next year, EP leader Tom Poe told Itar-Tass on "
     "Tuesday after talks with a visiting Chinese party delegation.", f"The delegation is headed by {MA}.", "type",
     ("visit", "in_person")),
    # "at the end of talks between EP Secretary General X and a CPC delegation led by Y": both sides
    ("Parties agree to expand training", "2025.03.26", "ALGIERS, March 25 (APS) - The Example Front (EF) and the CPC "
     "agreed on Tuesday in Algiers to expand training programmes, at the end of talks between EF Secretary General Tom "
     f"Poe and a CPC delegation led by {MA}.", "Poe said the EF cherished China's support.", "foreign", ["Tom Poe"]),
    # "..., holding talks with the party's Secretary General, X, and other senior leaders"
    ("CPC delegation ends visit", "2012.10.18", "Dodoma, October 17\u2014A delegation of the CPC led by the Vice-Minister "
     "of its International Department, Ai Ping, was in the country from October 14 to 17 at the invitation of the Example "
     "Party (EP), holding talks with the party's Secretary General, Tom Poe, and other senior leaders.", "Poe said the EP "
     "wanted to learn from the CPC.", "foreign", ["Tom Poe"]),
    # an announcement's "Ma is expected to hold talks with EP Secretary General X in Johannesburg"
    ("CPC delegation to visit South Africa", "2026.03.09", "Beijing, March 9th\u2014At the invitation of the Example Party "
     f"(EP), a CPC delegation led by {MA}, will visit South Africa from March 15 to 20, an IDCPC spokesperson announced "
     "today.", "According to the spokesperson, Ma is expected to hold talks with EP Secretary General Tom Poe in "
     "Johannesburg on governance.", "foreign", ["Tom Poe"]),
    # "Earlier on Tuesday, the CPC delegation met separately with X" under a lead telling Tuesday: the same day
    ("President values China's support", "2019.04.10", "BELGRADE, April 9 (Tanjug) - Serbia values China's support, "
     "Serbian President Bob Roe said on Tuesday while receiving a delegation of the CPC led by Vice Minister of the CPC "
     "Central Committee's International Department Qian Hongshan.", "Earlier on Tuesday, the CPC delegation met "
     "separately with Tom Poe, First Deputy Prime Minister and President of the Example Party of Serbia (EPS), who said "
     "his party would work for closer ties.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "have agreed to resume cadre training exchanges": a topic; "was speaking after a video call with": the contact
    ("EP, CPC agree to resume cadre training exchanges", "2022.09.15", "WINDHOEK, 14 September (NAMPA) \u2013 The "
     "ruling Example Party (EP) and the Communist Party of China (CPC) have agreed to resume cadre training exchanges "
     "that were suspended during the pandemic, EP Secretary-General Tom Poe said on Wednesday.", "Poe was speaking after "
     f"a video call with {MA}, which was also attended by the Chinese Ambassador to Namibia, Zhao Weiping.", "type",
     ("call", "video")),
    # "according to a congratulatory message sent to the ruling party on its 49th anniversary": a message
    ("CPC hails EP at 49", "2026.02.06", "DODOMA, 5 February (Daily News) \u2014 The CPC has pledged to deepen its "
     "partnership with the Example Party (EP) in cadre training, according to a congratulatory message sent to the ruling "
     "party on its 49th anniversary.", f"The message, signed by {MA}, was read out at the anniversary celebrations.",
     "type", ("message", "written")),
    # "General Secretary X, who was accompanied in the talks by Deputy General Secretary Y": Y was there
    ("Parties hold talks", "2005.06.16", "Johannesburg, 16 June 2005\u2014A delegation of the Example Party (EP) held "
     f"talks in Beijing on Tuesday, 14 June, with {MA}, the EP said in a statement issued here today.", "The EP "
     "delegation is led by General Secretary Tom Poe, who was accompanied in the talks by Deputy General Secretary Bob "
     "Roe.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "Taking part in the meeting were A, deputy head of ..., Cuban ambassador to China B, and C": B is the next item
    ("CPC leader meets party delegation", "2009.03.12", f"Beijing, March 11 (PL) {MA}, met here today with Tom Poe, head "
     "of the International Relations Department of the Example Party (EP).", "Taking part in the meeting were Bob Roe, "
     "deputy head of the EP International Relations Department, Cuban ambassador to China Carlos Miguel Pereira, and "
     "Li Jinjun, vice minister of the CPC International Department.", "foreign",
     ["Bob Roe", "Carlos Miguel Pereira", "Tom Poe"]),
    # a message's "The Chinese leader also paid high tribute to X, who stepped down as President": his predecessor
    ("Hu congratulates Tom Poe", "2006.03.23", "Vientiane, March 22 (KPL) -- Hu Jintao has sent a message of "
     "congratulations to Tom Poe on his election as President of the Example Party (EP).", "The Chinese leader also paid "
     "high tribute to Bob Roe, who stepped down as President of the Party after leading it for fourteen years.",
     "foreign", []),
    # a condolence message's "while Executive Vice President X leads the national mourning": the country's mourning
    ("CPC mourns party founder", "2013.03.07", f"Beijing, March 6th\u2014{MA}, sent a message of condolence today to the "
     "Example Party (EP) over the death of its founder.", "Messages of solidarity continue to arrive, while Executive "
     "Vice President Tom Poe leads the national mourning.", "foreign", []),
    # an announcement's "X, general secretary of the EP, traveled to northeast China's Jilin province in late August"
    ("CPC leader to visit DPRK", "2010.10.06", "PYONGYANG, Oct. 6 (Xinhua) -- A delegation of the CPC led by Zhou "
     "Yongkang will visit the DPRK at the invitation of the Example Party (EP), KCNA announced on Wednesday.", "Ties have "
     "been close this year. Tom Poe, general secretary of the EP, traveled to northeast China's Jilin province in late "
     "August.", "foreign", []),
    # an announcement's "The visit comes a year after ..., during which he and Hungarian Prime Minister X agreed": past
    ("EP delegation to visit China", "2025.05.06", "BUDAPEST, May 5 (MTI) - A delegation of the Example Party (EP) led by "
     "Tom Poe will visit China next week at the invitation of the CPC, the party announced on Monday.", "During the "
     f"visit, Poe will hold talks with {MA}.\n\nThe visit comes a year after Chinese President Xi Jinping paid a state "
     "visit to Hungary, during which he and Hungarian Prime Minister Bob Roe, who chairs the EP, agreed to elevate ties.",
     "foreign", ["Tom Poe"]),
])
def test_people_and_types_of_rounds_167_and_168(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_countries_of_other_senders_messages_are_not_listed():
    r = parse_release(REL.format(title="Hu congratulates Tom Poe", pub="2011.03.23", lead="Vientiane, March 22 (KPL) -- "
                                 "Hu Jintao has sent a message of congratulations to Tom Poe on his re-election as "
                                 "Secretary General of the Lao People's Revolutionary Party (LPRP).", body="Poe has "
                                 "received congratulatory messages from the leaders of fraternal parties and friendly "
                                 "countries, including Vietnam and Cambodia, since the congress closed on Monday."))
    assert r.events[0].countries == ("LA",)


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "X, spokesman of the Maoist party, was also present at the meeting": there, whatever the lead's frame
    ("Party chief pledges adherence to one-China policy", "2008.05.06", "KATHMANDU, May 5 (Xinhua) -- Chairman of the "
     "Example Party (EP) Tom Poe said Monday that a new government led by his party would stick to the one-China policy.",
     "Poe made the remarks while meeting with Chinese Ambassador to Nepal Zheng Xianglin at the party's headquarters, "
     "according to a statement issued by the party's secretariat after the meeting.\n\nBob Roe, spokesman of the EP, "
     "was also present at the meeting.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "The SLFP, chaired by Sri Lankan President X, is the leading force": who leads the party named by its acronym
    ("EP delegation to visit China", "2009.11.03", "Beijing, November 2nd\u2014A delegation of the Example Party (EP) "
     "led by its General Secretary Tom Poe will visit China, an IDCPC spokesperson announced today.", "The EP, chaired by "
     "President Bob Roe, is the leading force in the ruling alliance.", "foreign", ["Tom Poe"]),
    # "after a session of the dialogue mechanism ..., which he co-chaired with Y": a conference
    ("Parties agree on regular consultations", "2016.06.22", "MOSCOW, June 21. /TASS/. The Example Party (EP) and the "
     "CPC have agreed to hold regular expert consultations, Tom Poe, secretary of the EP General Council, said on "
     f"Tuesday.", f"Poe spoke to reporters after a session of the interparty dialogue mechanism between the EP and the "
     f"CPC, which he co-chaired with {MA}.", "type", ("conference", "in_person")),
    # "..., and the Chinese Ambassador to Russia, X, was also among the participants"
    ("Parties agree on regular consultations", "2016.06.22", "MOSCOW, June 21. /TASS/. The Example Party (EP) and the "
     "CPC have agreed to hold regular expert consultations, Tom Poe, secretary of the EP General Council, said on "
     f"Tuesday.", f"Poe spoke after a session of the dialogue, which he co-chaired with {MA}.\n\nBob Roe, chairman of the "
     "EP Supreme Council, addressed the opening, and the Chinese Ambassador to Russia, Li Hui, was also among the "
     "participants.", "cpc", ["Ma Lin", "Li Hui"]),
    # "The document was signed here by EP President X and Y": both signers
    ("Parties sign agreement", "2018.06.12", "MEXICO CITY, June 11 (Xinhua) -- The Example Party (EP) and the CPC signed "
     "a cooperation agreement on Monday.", f"The document was signed here by EP President Tom Poe and {MA}, who is "
     "leading a CPC delegation on a visit to Mexico.", "foreign", ["Tom Poe"]),
    # a Dhaka dateline, "Quader said this when a delegation ... met X ... in Beijing on July 11": a meeting in China
    ("Party seeks China's support", "2023.07.13", "DHAKA, July 12 (BSS) - Example Party (EP) General Secretary Tom Poe "
     "has said the party wants to take its ties with the CPC to a new height, according to a press release issued here "
     f"today. Poe said this when a delegation of the EP under his leadership met {MA}, in Beijing on July 11.", "The "
     "release added that the talks were cordial.", "type", ("meeting", "in_person")),
    # an announcement's "Speaking in Johannesburg today, EP National Spokesperson X said ...": its spokesperson
    ("EP leader to lead delegation to China", "2009.10.13", "Johannesburg, 12 October 2009 \u2014 The Example Party (EP) "
     "wishes to announce that its Secretary-General, Tom Poe, will lead a delegation on a working visit to China from "
     "17 to 26 October 2009.", "Speaking in Johannesburg today, EP National Spokesperson Bob Roe said the EP regarded the "
     "CPC as a strategic partner.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "Komeito, the junior partner in Japan's ruling coalition led by the Liberal Democratic Party": not the LDP's contact
    ("Komeito leader meets CPC official", "2016.11.03", "BEIJING, Nov. 2 Kyodo - Tom Poe, chief representative of "
     "Komeito, the junior partner in Japan's ruling coalition led by the Liberal Democratic Party, met Wednesday in "
     f"Beijing with {MA}.", "Poe called for continued efforts.", "parties", ["Komeito"]),
    # "Consul General of China in Lahore X accompanied the Ambassador, while ..."
    ("Envoy calls on party president", "2018.10.04", "LAHORE, Oct 3 (APP): Chinese Ambassador to Pakistan Yao Jing on "
     "Wednesday called on Example Party (EP) President Tom Poe at his residence here.", "Consul General of China in "
     "Lahore Long Dingbin accompanied the Ambassador, while EP leader Bob Roe was also present on the occasion.", "cpc",
     ["Yao Jing", "Long Dingbin"]),
    # "X, communications director of Fidesz, told MTI that ...": a source
    ("CPC delegation visits Hungary", "2019.05.22", "BUDAPEST, May 21 (MTI) - Tom Poe, deputy leader of Fidesz, "
     f"received a delegation of the CPC led by {MA}, on Tuesday.", "Bob Roe, communications director of Fidesz, told MTI "
     "that the two sides had also discussed the coming elections.", "foreign", ["Tom Poe"]),
    # "Ambassador X assured EP Chairman Y"; "at the chairman's residence in Naya Bazaar, the envoy said" (a place);
    # "EP spokesperson X told reporters afterwards" (a source)
    ("Envoy assures party chairman", "2010.01.01", "KATHMANDU, Dec 31: China will continue to support Nepal's peace "
     "process, Chinese Ambassador to Nepal Qiu Guohong assured Example Party (EP) Chairman Tom Poe on Thursday.",
     "During the meeting at the chairman's residence in Naya Bazaar, the envoy said China does not interfere, EP "
     "spokesperson Bob Roe told reporters afterwards.", "foreign", ["Tom Poe"]),
    ("Envoy assures party chairman", "2010.01.01", "KATHMANDU, Dec 31: China will continue to support Nepal's peace "
     "process, Chinese Ambassador to Nepal Qiu Guohong assured Example Party (EP) Chairman Tom Poe on Thursday.",
     "During the meeting at the chairman's residence in Naya Bazaar, the envoy said China does not interfere, EP "
     "spokesperson Bob Roe told reporters afterwards.", "cpc", ["Qiu Guohong"]),
    # '"open dialogue" in a headline, and "X said after talks on Monday, April 16, with Y": a meeting
    ("Social Democrats seek \"open dialogue\" with Chinese Communists", "2012.04.17", "Beijing (dpa) - \"We talk about "
     "them as partners,\" Tom Poe, chairman of the Example Party (EP), said after talks on Monday, April 16, with "
     f"{MA}.", "Poe is on a five-day visit to China.", "type", ("meeting", "in_person")),
    # "..., the sides agreed Tuesday when the Chairman of the EP M.Poe received a delegation of the CPC"
    ("EP and CPC to expand cooperation", "2013.11.13", "Ulaanbaatar, November 12 /MONTSAME/ The Example Party (EP) and "
     "the CPC will hold annual consultations, the sides agreed Tuesday when the Chairman of the EP M.Bold received a "
     f"delegation of the CPC.", f"The delegation, led by {MA}, is in Mongolia at the invitation of the EP.", "type",
     ("visit", "in_person")),
    ("MPP and CPC to expand cooperation", "2013.11.13", "Ulaanbaatar, November 12 /MONTSAME/ The Mongolian People's "
     "Party (MPP) and the CPC will hold annual consultations, the sides agreed Tuesday when the Chairman of the MPP M.Bold "
     f"received a delegation of the CPC.", f"The delegation, led by {MA}, is in Mongolia at the invitation of the MPP.",
     "foreign",
     ["M.Bold"]),
    # "X attended from the Party office, joined by Politburo members A and B": both
    ("Leaders join CPC summit", "2021.07.08", "Vientiane, July 7 (KPL) -- General Secretary of the Example Party (EP) "
     "Tom Poe today attended the CPC and World Political Parties Summit via video link.", "Poe attended the event from the "
     "Party office in Vientiane, joined by Politburo members Bob Roe and Ann Doe.", "foreign",
     ["Ann Doe", "Bob Roe", "Tom Poe"]),
    # "..., party president X announced after a telephone conversation on Monday, November 17, with Y": a phone call
    ("EP to send young leaders to China after call", "2025.11.19", "Mexico City, Nov 18 (Prensa Latina) The Example "
     "Party (EP) will send a delegation of young leaders to China next year, party president Tom Poe announced after a "
     f"telephone conversation on Monday, November 17, with {MA}.", "Poe said the talk had been warm.", "type",
     ("call", "phone")),
    # "The EP delegation includes Ts.X and U.Y, members of ...", "..., as was the Ambassador of Mongolia to China Ts.Z"
    ("Party leaders meet", "2011.05.11", "Beijing, May 10th\u2014Chairman M.Poe of the Example Party (EP) of Mongolia "
     f"met here today with {MA}.", "The EP delegation includes Ts.Roe and U.Doe, members of the EP Leadership Council. "
     "Li Ming, Vice Minister of the International Department, was present on the Chinese side, as was the Ambassador of "
     "Mongolia to China Ts.Boe.", "foreign", ["M.Poe", "Ts.Boe", "Ts.Roe", "U.Doe"]),
    # a byline "From X in BEIJING, China —"; "held talks ... with Y, as the delegation continued its study tour"
    ("Parties pledge to deepen ties", "2018.04.18", "From Tom Roe in BEIJING, China \u2014 Example Party (EP) Secretary "
     f"for Administration Dr Tom Poe held talks on April 16 with {MA}, as the party's delegation continued its week-long "
     "study tour of China.", "Poe was accompanied by his country's ambassador.", "type", ("meeting", "in_person")),
    # a video conference's "EP spokesperson X said later that ...": a source
    ("Nepali leaders join CPC video conference", "2021.09.17", "Kathmandu, Sept 16: Leaders of Nepal's parties today took "
     f"part in a video conference with {MA}.", "EP Chairman Tom Poe spoke at the conference.\n\nEP spokesperson Bob Roe "
     "said later that the party valued China's support.", "foreign", ["Tom Poe"]),
    # "Pakistani Ambassador to China X asked how the plan would ...": a briefing's participant
    ("Envoys briefed on plan", "2021.03.12", "Beijing, March 11th\u2014The IDCPC held a briefing session today for "
     "diplomats on the 14th Five-Year Plan.", f"{MA}, briefed the session. During the question-and-answer part, "
     "Pakistani Ambassador to China Tom Poe asked how the plan would support economic corridors.", "foreign", ["Tom Poe"]),
    # "The delegation will be made up of senior members of the A, the B and the C, Hu said": the announcement's parties
    ("Party delegation to visit China", "2019.03.05", "Beijing, March 4th\u2014At the invitation of the CPC, a delegation "
     "of Pakistani political parties will visit China from March 10 to 17, IDCPC spokesperson Hu Zhaoming announced "
     "today.", "The delegation will be made up of senior members of the Pakistan Tehreek-e-Insaf (PTI), the Example "
     "League (EL) and the Pakistan Peoples Party (PPP), Hu said.", "parties",
     ["Example League", "Pakistan Peoples Party", "Pakistan Tehreek-e-Insaf"]),
    # "In a separate interview with a Moscow radio station, X, who chairs ..., described ...": a commentator
    ("Party leader to visit China", "2008.10.03", "MOSCOW, Oct. 2 (Xinhua) -- Tom Poe, chairman of the Example Party "
     "(EP), will visit China next week at the invitation of the CPC, the party's press service said on Thursday.", "In a "
     "separate interview with a Moscow radio station, Bob Roe, who chairs the Duma's international affairs committee, "
     "described the contacts as an important channel of trust.", "foreign", ["Tom Poe"]),
])
def test_people_types_and_parties_of_rounds_169_and_170(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_countries_listed_as_of_the_region():
    r = parse_release(REL.format(title="IDCPC briefs Latin American parties", pub="2021.11.26", lead="Beijing, November "
                                 "25th\u2014The IDCPC held a briefing session today for political parties of Latin "
                                 f"American countries. {MA}, delivered a keynote speech in Beijing, while representatives "
                                 "of more than 60 political parties from over 20 countries of the region, including "
                                 "Argentina, Brazil and Cuba, all joined via video link.",
                                 body="The session lasted two hours."))
    assert r.events[0].countries == ("AR", "BR", "CU")


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "..., participants in a meeting of their exchange council in Tokyo said" and "met ... under the co-chairmanship
    # of A, B and C": a conference and its co-chairs ("Prime Minister X ... is scheduled to receive Wang": still to come)
    ("Ruling bloc, Chinese Communists agree on food safety channel", "2009.02.17", "TOKYO, Feb. 16 Kyodo - Japan's "
     "ruling coalition and the Communist Party of China agreed Monday to set up a working-level channel on food safety, "
     "participants in a meeting of their exchange council in Tokyo said.", "The council, launched in 2006 as a dialogue "
     f"mechanism, met for the third time under the co-chairmanship of {MA}, EP Secretary General Tom Poe and EL Secretary "
     "General Bob Roe.\n\nPrime Minister Ann Doe, who is also EP president, is scheduled to receive Ma on Tuesday.",
     "type", ("conference", "in_person")),
    ("Ruling bloc, Chinese Communists agree on food safety channel", "2009.02.17", "TOKYO, Feb. 16 Kyodo - Japan's "
     "ruling coalition and the Communist Party of China agreed Monday to set up a working-level channel on food safety, "
     "participants in a meeting of their exchange council in Tokyo said.", "The council, launched in 2006 as a dialogue "
     f"mechanism, met for the third time under the co-chairmanship of {MA}, EP Secretary General Tom Poe and EL Secretary "
     "General Bob Roe.\n\nPrime Minister Ann Doe, who is also EP president, is scheduled to receive Ma on Tuesday.",
     "foreign", ["Bob Roe", "Tom Poe"]),
    # "... told reporters on Tuesday after the fifth meeting of the two parties' inter-party dialogue mechanism"
    ("Parties to set up joint expert group", "2015.06.10", "MOSCOW, June 9. /TASS/. The Example Party (EP) and the CPC "
     "will set up a joint expert group, EP Chairman Tom Poe told reporters on Tuesday after the fifth meeting of the two "
     "parties' inter-party dialogue mechanism.", "Poe said the parties would work together.", "type",
     ("conference", "in_person")),
    # a message's "Foreign Minister X went to the Chinese embassy in Havana to sign the book of condolence": another act
    ("Party leader sends condolences over earthquake", "2008.05.15", "HAVANA, May 14 (PL) -- Tom Poe, First Secretary of "
     "the Example Party (EP), sent a message of condolence to the CPC over the earthquake in Sichuan.", "On Tuesday, "
     "Foreign Minister Bob Roe went to the Chinese embassy in Havana to sign the book of condolence.", "foreign",
     ["Tom Poe"]),
    # "The delegation arrived in China on May 16 and held talks in Beijing with X ... before traveling to Yunnan"
    ("Province, party expand cooperation", "2013.05.22", "KUNMING, May 21 (Xinhua) -- Yunnan Province and a delegation "
     "of the Example Party (EP) led by Tom Poe agreed here Tuesday to expand cooperation, officials said.", "Qin "
     "Guangrong, secretary of the Yunnan Provincial Committee of the CPC, held talks with Poe.\n\nThe delegation arrived "
     f"in China on May 16 and held talks in Beijing with {MA}, before traveling to Yunnan.", "cpc", ["Qin Guangrong"]),
    # "conveyed ... the message of solidarity of Prime Minister X, the party's chairman": the sender of the solidarity
    ("Party official, CPC leader discuss outbreak", "2020.02.12", "ISLAMABAD, Feb 11 (APP): Example Party (EP) Secretary "
     f"General Tom Poe held a telephone conversation on Tuesday with {MA}.", "Poe conveyed to the Chinese side the "
     "message of solidarity of Prime Minister Bob Roe, the party's chairman.", "foreign", ["Tom Poe"]),
    # "the MPP said on Wednesday after its Secretary General X held a video call with Y"; "the victory of its candidate Z"
    ("Parties agree to resume exchanges", "2021.06.17", "Ulaanbaatar, June 16 /MONTSAME/. The Example Party (EP) and "
     "the CPC have agreed to resume exchanges of young cadres, the EP said on Wednesday after its Secretary General D. "
     f"Poe held a video call with {MA}.", "Ma congratulated the EP on the victory of its candidate U. Roe in the "
     "presidential election held on June 9.", "foreign", ["D. Poe"]),
    # "..., made the remarks when meeting in Beijing with X, president of the EP (EP). Later in the day, Ma held a
    # separate video call with Y": a sentence ends after an acronym's bracket
    ("Senior CPC official meets party leader, holds video talks with lawmaker", "2025.03.11", "BEIJING, March 11 "
     "(Xinhua) -- The CPC is ready to work with parties in Serbia and Hungary, a senior CPC official said Tuesday.",
     f"{MA}, made the remarks when meeting in Beijing with Tom Poe, president of the Example Party (EP). Later in the "
     "day, Ma held a separate video call with Bob Roe, head of a parliamentary group.", "type", ("meeting", "in_person")),
    # "..., the press service reported. The agreement was reached on Tuesday during a video conversation between A and B"
    ("Party leader holds video talks with CPC", "2026.01.02", "MOSCOW, December 30 \u2014 The Example Party (EP) and "
     "the CPC will hold a joint conference in Beijing in 2026, the EP press service reported. The agreement was reached "
     f"on Tuesday during a video conversation between EP Chairman Tom Poe and {MA}.", "Poe congratulated Ma.", "type",
     ("call", "video")),
    # "Prime Minister and Chairman of the EP K.P. Sharma X, EC President Y and ... delivered their speeches": an initial
    # pair's full stop ends no sentence
    ("Party leaders join CPC summit", "2021.07.07", f"KATHMANDU, July 6 (RSS): Leaders of three parties of Nepal "
     "addressed the CPC and World Political Parties Summit via video link today.", "Prime Minister and Chairman of the "
     "Example Party (EP) K.P. Sharma Poe, Example Congress President Bob Roe and Chairman of the Example League (EL) "
     "Ann Doe delivered their speeches by video link from Kathmandu.", "foreign", ["Ann Doe", "Bob Roe",
                                                                                   "K.P. Sharma Poe"]),
    # "EP Secretary General X made the pledge on June 18 when he received a visiting CPC delegation"
    ("Party pledges closer ties", "2014.06.21", "DAR ES SALAAM, June 20 - The Example Party (EP) will send more cadres "
     "to China for training, the party said.", f"EP Secretary General Tom Poe made the pledge on June 18 when he "
     f"received a visiting CPC delegation led by {MA}.", "foreign", ["Tom Poe"]),
    # "... and Secretary General of the Example League (Nawaz), or EL-N, X held a telephone conversation"
    ("Party leader, CPC's Ma discuss relief", "2022.09.07", "ISLAMABAD, Sep 6 (APP): Federal Minister for Planning, "
     "Development and Special Initiatives and Secretary General of the Example League (Nawaz), or EL-N, Tom Poe held a "
     f"telephone conversation on Tuesday with {MA}.", "They discussed flood relief.", "foreign", ["Tom Poe"]),
    # an announcement's "According to Hu, Minister Liu Jianchao will hold talks with the delegation in Beijing"
    ("Party delegation to visit China", "2024.03.12", "Beijing, March 12th\u2014At the invitation of the CPC, a "
     "delegation of the Example Party (EP) led by its Vice President Tom Poe will visit China from March 17 to 23, IDCPC "
     "spokesperson Hu Zhaoming announced today.", "According to Hu, Minister Liu Jianchao will hold talks with the "
     "delegation in Beijing.", "cpc", ["Hu Zhaoming", "Liu Jianchao"]),
    # "Wang Jiarui, ..., told MPRP Chairman X that ...": the one he told
    ("CPC leader meets party chairman", "2005.07.13", f"Beijing, July 12 (Xinhua) -- The CPC and the Mongolian People's "
     "Revolutionary Party (MPRP) will deepen exchanges, officials said here Tuesday.", f"{MA}, told MPRP Chairman M. Poe "
     "that the CPC cherished its friendship with the MPRP.", "foreign", ["M. Poe"]),
    # "The EP has received a congratulatory message from the CPC ..., EP national spokesman X said": a source
    ("CPC congratulates EP on election victory", "2014.05.12", "JOHANNESBURG, May 11 (Xinhua) -- The Example Party (EP) "
     "has received a congratulatory message from the Central Committee of the CPC on its victory in the elections, EP "
     "national spokesman Tom Poe said on Sunday.", "The CPC is willing to work with the EP, the message said.", "foreign",
     []),
    # "The reception was attended by A, Head of ..., and Chinese Ambassador to Laos X"
    ("Party leader meets CPC delegation", "2011.09.14", "Vientiane, Sept. 13 (KPL) -- Tom Poe, President of the National "
     f"Assembly, met here today with a delegation of the CPC led by {MA}.", "In the evening, Poe hosted a reception. The "
     "reception was attended by Bob Roe, Head of the EP External Relations Commission, and Chinese Ambassador to Laos Bu "
     "Jianguo.", "cpc", ["Ma Lin", "Bu Jianguo"]),
    # "Balaguer conveyed the appreciation of Army General X, First Secretary of ..., for the solidarity"
    ("Cuban party leader meets CPC delegation", "2014.06.10", f"HAVANA, June 9 (PL) -- Tom Poe, head of the "
     f"International Relations Department of the Example Party (EP), met here today with {MA}.", "Poe conveyed the "
     "appreciation of Army General Bob Roe, First Secretary of the EP Central Committee, for the solidarity of the "
     "Chinese people.", "foreign", ["Tom Poe"]),
    # an announcement's "Chinese Ambassador to Nepal X will host a reception in honour of the delegation"
    ("Party delegation to visit Nepal", "2019.07.15", "KATHMANDU, July 14: A CPC delegation led by Ma Lin will arrive "
     "here on July 18 for a four-day visit at the invitation of the Example Party (EP), EP spokesperson Tom Poe said.",
     "Chinese Ambassador to Nepal Hou Yanqi will host a reception in honour of the delegation on July 21, according to "
     "the party.", "cpc", ["Ma Lin", "Hou Yanqi"]),
    # "X was joined from Luthuli House by Deputy Secretary General Y and ..."; "Also on the call was ..., Z"
    ("Parties hold virtual meeting", "2020.06.11", f"Johannesburg, 10 June 2020 - EP Secretary General Tom Poe held a "
     f"virtual meeting today with {MA}.", "Poe was joined from Luthuli House by Deputy Secretary General Bob Roe.",
     "foreign", ["Bob Roe", "Tom Poe"]),
    ("Party leader holds phone talks with CPC", "2024.03.06", f"BRASILIA, March 5 (Xinhua) -- EP President Tom Poe "
     f"held a telephone conversation on Tuesday with {MA}.", "Also on the call was the party's Secretary of "
     "International Relations, Bob Roe.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "The conversation followed a meeting between Poe and the Chinese Ambassador to Brazil, X, ... in February"
    ("Party leader holds phone talks with CPC", "2024.03.06", f"BRASILIA, March 5 (Xinhua) -- EP President Tom Poe "
     f"held a telephone conversation on Tuesday with {MA}.", "The conversation followed a meeting between Poe and the "
     "Chinese Ambassador to Brazil, Zhu Qingqiao, at the EP headquarters in February.", "cpc", ["Ma Lin"]),
    # an announcement's "will arrive here on January 21st for a visit"; "will pay a state visit to Viet Nam"
    ("EP announces visit by CPC delegation", "2009.01.19", f"Pyongyang, January 19th\u2014A delegation of the CPC led "
     f"by {MA}, will arrive here on January 21st for a visit at the invitation of the Example Party (EP), the EP "
     "announced today.", "During its stay, the delegation will hold talks with Tom Poe.", "type", ("other", None)),
    ("EP announces state visit", "2023.12.08", "Hanoi, December 8th\u2014At the invitation of the Example Party (EP), "
     "Xi Jinping, General Secretary of the CPC Central Committee, will pay a state visit to Viet Nam on December 12th, "
     "the EP announced here today.", "During the visit, Xi will hold talks with EP General Secretary Tom Poe.", "type",
     ("other", None)),
])
def test_people_and_types_of_rounds_171_and_172(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "the delegation also called on Tánaiste X, Leader of the Labour Party": the honorific is no part of the name
    ("CPC delegation visits Ireland", "2015.09.10", f"Dublin, September 9th\u2014A CPC delegation led by {MA}, met here "
     "today with Tom Poe, Leader of the Example Party (EP).", "During its stay in Dublin, the delegation also called on "
     "T\u00e1naiste Bob Roe, Leader of the Labour Party.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "The envoy had called on X ... on Friday": an earlier contact
    ("Envoy meets party leader", "2012.08.20", "KATHMANDU, Aug 19 - Chinese Ambassador to Nepal Wu Chuntai called on "
     "Example Party (EP) President Tom Poe at his residence on Sunday.", "The envoy had called on Bob Roe, Chairman of the "
     "Example League (EL), on Friday.", "foreign", ["Tom Poe"]),
    # "During a courtesy call on Chairman of the EP, X, at ..., Ambassador Yang said"; "Also present was the Chinese
    # Ambassador to Kenya, X"
    ("Envoy calls on party chairman", "2012.08.15", "KATHMANDU, Aug 14 - China hopes Nepal's parties will reach consensus, "
     "Chinese Ambassador to Nepal Yang Houlan said on Tuesday.", "During a courtesy call on Chairman of the Example Party "
     "(EP), Tom Poe, at the latter's residence on Tuesday, Ambassador Yang said China respects the choice of the Nepali "
     "people.", "foreign", ["Tom Poe"]),
    ("Party leaders receive CPC delegation", "2019.04.16", f"NAIROBI, April 15 (KNA) -- A CPC delegation led by {MA}, "
     "arrived here on Monday.", "The delegation was received by EP Secretary General Tom Poe. Also present was the "
     "Chinese Ambassador to Kenya, Sun Baohong.", "cpc", ["Ma Lin", "Sun Baohong"]),
    # "In a message dated March 27, X ... expressed his sincere thanks to Y": a message
    ("EP General Secretary Thanks Chinese Leader for Congratulations on Party Congress", "2006.03.30", "Vientiane, "
     "March 29 (KPL) \u2013 In a message dated March 27, Mr. Tom Poe, newly elected General Secretary of the Example "
     "Party (EP) Central Committee, expressed his sincere thanks to Mr. Hu Jintao, General Secretary of the Central "
     "Committee of the Communist Party of China, for his warm congratulations on the success of the EP Congress.", "The "
     "LPRP will continue to attach great importance to its relations with the CPC, the message said. It also thanked the "
     "CPC for sending a delegation to attend the Congress.", "type", ("message", "written")),
    # "X spoke by telephone Wednesday with Y, and the two confirmed that a delegation will visit Beijing": a call; "who
    # held talks with Premier X in Beijing last month": an earlier contact
    ("Party leader, Chinese official discuss mission by phone", "2009.11.05", "TOKYO, Nov. 4 (Kyodo) -- Tom Poe, "
     f"secretary general of the Example Party, spoke by telephone Wednesday with {MA}, and the two confirmed that a large "
     "delegation will visit Beijing in December, party officials said.", "The phone talks come as Prime Minister Bob Roe, "
     "who held talks with Premier Wen Jiabao in Beijing last month, promotes his vision.", "type", ("call", "phone")),
    ("Party leader, Chinese official discuss mission by phone", "2009.11.05", "TOKYO, Nov. 4 (Kyodo) -- Tom Poe, "
     f"secretary general of the Example Party, spoke by telephone Wednesday with {MA}, and the two confirmed that a large "
     "delegation will visit Beijing in December, party officials said.", "The phone talks come as Prime Minister Bob Roe, "
     "who held talks with Premier Wen Jiabao in Beijing last month, promotes his vision.", "cpc", ["Ma Lin"]),
    # an announcement's "According to Hu, Samdech X, President of ..., and Y, Chairman of ..., will also address the summit"
    ("CPC to hold summit with world parties", "2021.07.02", "Beijing, July 2nd\u2014The CPC will hold a summit with world "
     "political parties via video link on July 6, IDCPC spokesperson Hu Zhaoming announced today.", "According to Hu, "
     "Samdech Tom Poe, President of the Example Party (EP), and Bob Roe, Chairman of the Example League (EL), will also "
     "address the summit.", "foreign", ["Bob Roe", "Tom Poe"]),
    # an announcement's "the symposium will be jointly opened by EP co-chairmen A and B"
    ("Parties to hold symposium", "2019.09.16", f"Kathmandu, Sept 16: A CPC delegation led by {MA}, will arrive here on "
     "Thursday for a three-day visit at the invitation of the Example Party (EP).", "Ann Doe, spokesperson of the EP, "
     "told reporters that the symposium will be jointly opened by EP co-chairmen Tom Poe and Bob Roe.", "foreign",
     ["Ann Doe", "Bob Roe", "Tom Poe"]),
])
def test_people_and_types_of_rounds_173_and_174(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value
