"""Copies, announcements and reports of rounds 128 and 136 to 146: gatherings in person with some guests on screen,
plans told at the close of a council, senders of several messages, principals on whose behalf greetings came, sources
elsewhere, names glued to their initials, hosts an announcement schedules, and earlier stops (rows of our own
sentences)."""
from __future__ import annotations

import pytest

from parsers.release import parse_release
from tests.release_text import REL
from tests.test_extract_copy_agreements import MA, _read

_CONF = ("Parties dialogue held in Chengdu", "2023.06.16", "Chengdu, June 15th\u2014The Example Parties Dialogue was "
         f"held here today in a combination of online and offline formats. {MA}, attended and delivered a keynote "
         "speech.")
_ANNOUNCED = ("Party leader to visit China", "2007.05.29", "Beijing, May 28th\u2014A foreign ministry spokesperson "
              "announced today that at the invitation of Hu Jintao, General Secretary of the CPC Central Committee, Tom "
              "Poe, General Secretary of the Example Party, will pay an official goodwill visit to China from June 3rd "
              "to 7th.")


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "..., while some guests joined via video link": most were in the room, so in person
    (*_CONF[:2], _CONF[2] + " Nearly 100 representatives attended the event in Chengdu, while some guests joined via "
     "video link.", "Tom Poe, General Secretary of the Example Party, delivered a speech.", "type",
     ("conference", "in_person")),
    # "..., some of whom attended in person in Beijing while others joined online": in person
    ("Party leader addresses seminar", "2022.09.21", "KUALA LUMPUR, Sept 20 (Bernama) -- Rural areas can gain much "
     "from the experience of other countries, EP president Tom Poe said today.", "Poe, who leads the Example "
     "Party, said this in an address delivered online to a seminar on rural development between the CPC and political "
     "parties of Southeast Asian countries, held in Beijing in a combination of online and offline formats.\n\n"
     "The seminar was opened by "
     f"{MA}, and brought together representatives of parties from Cambodia, Laos, Singapore and Viet Nam, some of whom attended in person in "
     "Beijing while others joined online.", "type", ("conference", "in_person")),
    # a plan "agreed on Friday, as the ruling parties ... wrapped up the third meeting of their exchange council"
    ("Parties agree to expand exchanges", "2008.02.23", "BEIJING, Feb. 22 (PDO) -- Young cadres of the two countries "
     "will visit each other in larger numbers this year under a plan agreed on Friday, as the ruling parties of the "
     "two countries wrapped up the third meeting of their exchange council in Beijing.", f"The meeting was co-chaired "
     f"by {MA}, and Tom Poe, secretary-general of the Example Party.", "type", ("conference", "in_person")),
    # "..., X said after receiving a CPC delegation on June 26, the party's press service reported on Friday"
    ("Party leader plans joint event", "2019.06.29", "MOSCOW, June 28 (TASS) -- The Example Party and the CPC will "
     "hold a joint round table in October, EP Chairman Tom Poe said after receiving a CPC delegation on June 26, the "
     "party's press service reported on Friday.", f"The delegation was headed by {MA}.", "type",
     ("visit", "in_person")),
    (*("Party leader plans joint event", "2019.06.29", "MOSCOW, June 28 (TASS) -- The Example Party and the CPC will "
       "hold a joint round table in October, EP Chairman Tom Poe said after receiving a CPC delegation on June 26, the "
       "party's press service reported on Friday."), f"The delegation was headed by {MA}.", "date", "2019-06-26"),
    # a headline "agree on youth exchange programme": the plan, not a gathering; the lead's meeting is the contact
    ("Parties agree on youth leadership exchange programme", "2023.11.15", "BEIJING, Nov 14 (Bernama) -- The Example "
     "Party and the CPC have agreed to set up a youth leadership exchange programme beginning next year, said EP "
     "president Tom Poe.", f"He said the agreement was reached during his meeting with {MA}, here today.", "type",
     ("meeting", "in_person")),
    # "He was speaking after an online meeting, held via video link, with X": a call
    ("Parties to hold consultation", "2026.01.22", "ISLAMABAD, Jan 21 (APP): The Example Party and the CPC will convene "
     "the next round of their consultation later this year, EP Secretary General Tom Poe said on Wednesday.", "He was "
     f"speaking after an online meeting, held via video link, with {MA}.", "type", ("call", "video")),
    # "... will also visit Sichuan Province, the spokesperson said": a province, no person
    ("Party chairman to visit China", "2018.08.17", "BEIJING, Aug. 16 (Xinhua) -- A delegation of the Example Party "
     "led by its chairman Tom Poe will visit China from Aug. 20 to 26, a spokesperson for the IDCPC announced here "
     "Thursday.", "The delegation will exchange views with the CPC, and will also visit Sichuan Province, the "
     "spokesperson said.", "foreign", ["Tom Poe"]),
    # "EP Chairman X, who did not attend the session, told a newspaper": not there
    ("Parties open dialogue", "2010.06.16", "Berlin, 15 June \u2013 The Example Party and the CPC opened the fourth "
     f"round of their party dialogue today. EP General Secretary Tom Poe and {MA}, opened the dialogue.",
     "EP Chairman Bob Roe, who did not attend the session, told a newspaper that the dialogue had proved its worth.",
     "foreign", ["Tom Poe"]),
    # "X of the Republic of Korea, Chairman of the ... Standing Committee, also addressed": the country a locator
    ("Assembly opens", "2014.09.20", "Colombo, Sept. 19 \u2013 The General Assembly of the Example Conference was "
     "opened in Colombo on Friday by Tom Poe, Chairman of the Example Party.", "Bob Roe of the Republic of Korea, "
     f"Chairman of the Example Conference Standing Committee, also addressed the opening ceremony. {MA}, spoke.",
     "foreign", ["Bob Roe", "Tom Poe"]),
    # "..., and Prime Minister X cabled a message to Premier Y": X sends one too
    ("Leaders send sympathies", "2015.08.15", "Hanoi, August 14 (VNA) \u2013 General Secretary of the Example Party "
     "Tom Poe on August 14 sent a message of sympathy to General Secretary Xi Jinping.", "The same day, President "
     "Bob Roe sent a message of sympathy to President Xi Jinping, and Prime Minister Jim Doe cabled a message to "
     "Premier Li Keqiang.", "foreign", ["Bob Roe", "Jim Doe", "Tom Poe"]),
    # "X today joined leaders of more than 40 African political parties at the opening of the seminar"
    ("Party joins seminar", "2018.07.18", "SHENZHEN, July 17 \u2013 Example Party (EP) Secretary General Dr Tom Poe "
     "today joined leaders of more than 40 African political parties at the opening of the Example Seminar in this "
     f"city.", f"{MA}, delivered the keynote speech.", "foreign", ["Tom Poe"]),
    # "In Dodoma, EP Secretary for Publicity X said the party would ...": a source in another city
    (*("Party joins seminar", "2018.07.18", "SHENZHEN, July 17 \u2013 Example Party (EP) Secretary General Dr Tom Poe "
       "today attended the opening of the Example Seminar in this city."), f"{MA}, delivered the keynote speech.\n\n"
     "In Dodoma, EP Secretary for Ideology and Publicity Bob Roe said the party would send more cadres for training.",
     "foreign", ["Tom Poe"]),
    # "On behalf of Samdech A, President of the EP, and Samdech Moha Borvor Thipadei B, ...": both sent the greetings
    ("Delegation holds talks", "2026.01.22", "Beijing, January 21 \u2013 H.E. Tom Poe, Deputy Prime Minister, led a "
     f"delegation of the Example Party in talks with {MA}, here on January 20.", "On behalf of Samdech Bob Roe, "
     "President of the EP, and Samdech Moha Borvor Thipadei Jim Doe, Vice-President of the EP, H.E. Tom Poe conveyed "
     "warm greetings to General Secretary Xi Jinping.", "foreign", ["Tom Poe"]),
    # a foreign dateline, but "led a delegation in talks with H.E. X, ..., in Beijing on January 20": a meeting
    ("Delegation holds talks", "2026.01.22", "Phnom Penh, January 21 (AKP) \u2013 H.E. Tom Poe led a delegation of the "
     "Example Party in talks with H.E. Ma Lin, Minister of the International Department of the CPC Central "
     "Committee, in Beijing on January 20.", "Both sides exchanged views.", "type", ("meeting", "in_person")),
    # an announcement: "and to pay a courtesy call on EP General Secretary X"
    ("CPC delegation to visit", "2009.01.06", f"HANOI, Jan. 5 (Xinhua) -- A CPC delegation led by {MA}, will pay an "
     "official visit from Jan. 7 to 11, the Example Party said here Monday.", "During his stay, Ma is scheduled to "
     "hold talks with Tom Poe, member of the Political Bureau, and to pay a courtesy call on EP General Secretary "
     "Bob Roe.", "foreign", ["Bob Roe", "Tom Poe"]),
    # a report: "the delegation is scheduled to pay a courtesy call on General Secretary X": still to come
    ("Workshop opens", "2014.12.10", f"Ha Long, December 9th\u2014A workshop of the Example Party and the CPC opened "
     f"today. {MA}, led the Chinese delegation, and Tom Poe, Head of the EP Commission, led the other.", "Before "
     "returning home, the Chinese delegation is scheduled to pay a courtesy call on Party General Secretary Bob Roe.",
     "foreign", ["Tom Poe"]),
    # "Ma said that ... . Chinese Ambassador to Germany X was present.": a sentence of its own
    ("CPC delegation visits Germany", "2018.06.16", f"Berlin, June 12th\u2014{MA}, met here today with Tom Poe, "
     "General Secretary of the Example Party.", "Ma said that the CPC hopes to deepen exchanges with the party. "
     "Chinese Ambassador to Germany Wu Ken was present.", "cpc", ["Ma Lin", "Wu Ken"]),
    # an announcement: "A, ..., and B, ..., are among the African guests who will address the seminar"
    ("Spokesperson announces seminar", "2021.12.07", "Beijing, December 7th\u2014Hu Zhaoming, Spokesperson of the "
     "IDCPC, announced today that the Example Seminar will be held via video link on December 14th.", "Tom Poe, "
     "Secretary-General of the Example Party, and Bob Roe, Secretary-General of the Other Party, are among the "
     "African guests who will address the seminar, Hu said.", "foreign", ["Bob Roe", "Tom Poe"]),
    # the inviter "Xi Jinping, ..." named in full only as such, then "During the visit, Xi will hold talks with X"
    ("Leader to pay state visit", "2022.11.25", "BEIJING, Nov. 25 (Xinhua) -- Tom Poe, general secretary of the "
     "Example Party, will pay a state visit to China from Nov. 29 to Dec. 2, Foreign Ministry spokesperson Bob Roe "
     "announced Friday.", "The visit is made at the invitation of Xi Jinping, general secretary of the CPC Central "
     "Committee and Chinese president, Roe said.\n\nDuring the visit, Xi will hold talks with Poe, while Premier Li Keqiang "
     "will meet with him, according to the spokesperson.", "cpc", ["Xi Jinping", "Li Keqiang"]),
    # "Liu said that during the visit ..., while A, ..., and Premier B will meet with him": hosts announced
    (*_ANNOUNCED, "Speaking at a press conference, the spokesperson said that during the visit President Hu Jintao "
     "will hold talks with Poe, while Wu Bangguo, Chairman of the NPC Standing Committee, and Premier Wen Jiabao will "
     "meet with him respectively.", "cpc", ["Hu Jintao", "Wu Bangguo", "Wen Jiabao"]),
    # "In a congratulatory message sent on Friday to the Congress of the EP, ...": a message
    ("Chinese party hails party", "2007.12.01", "WINDHOEK, Nov. 30 (NAMPA) -- China's ruling party has wished the "
     "Example Party success as it prepares to elect a new leadership.", "In a congratulatory message sent on Friday "
     "to the Fourth Congress of the Example Party, the CPC Central Committee said relations had grown stronger.",
     "type", ("message", "written")),
    # "... would be signed when party president X visits Beijing later this year": another occasion
    ("Party looks to Chinese party school", "2010.03.25", "JOHANNESBURG, March 24 (Xinhua) -- The Example Party plans "
     "to send leaders to a party school, Secretary-General Tom Poe said on Wednesday after receiving a delegation of "
     f"the CPC led by {MA}.", "EP spokesman Jim Doe said a formal agreement would be signed when party president Bob "
     "Roe visits Beijing later this year.", "foreign", ["Tom Poe"]),
    # "Minister Poe said President X, who is also the leader of the EP, valued ...": his words
    ("Parties to strengthen ties", "2014.07.23", "Colombo, July 22 \u2013 The two parties have agreed to exchange "
     f"delegations. {MA}, called on EP General Secretary and Health Minister Tom Poe at the party headquarters in "
     "Colombo on July 21.", "Minister Poe said President Bob Roe, who is also the leader of the EP, valued China's "
     "support.", "foreign", ["Tom Poe"]),
    # a headline "urges party to build on Xi-Kishida summit": the summit is the topic; the contact is told below
    ("Party diplomacy chief urges party to build on Xi-Kishida summit", "2023.11.23", "BEIJING, Nov. 22 (Kyodo) -- A "
     "senior Chinese party official urged lawmakers on Wednesday to help turn the understanding reached by the two "
     "leaders into concrete action.", f"{MA}, made the request in a meeting in Beijing with a delegation of the "
     "Example Party led by Tom Poe.", "type", ("meeting", "in_person")),
    # "... a statement released by the Chinese side, which said vice minister X also sat in on the talks"
    ("Party diplomacy chief meets delegation", "2023.11.23", f"BEIJING, Nov. 22 (Kyodo) -- {MA}, met in Beijing on "
     "Wednesday with a delegation of the Example Party led by Tom Poe.", "Ma said the two countries should keep their "
     "ties stable, according to a statement released by the Chinese side, which said vice minister Sun Haiyan also "
     "sat in on the talks.", "cpc", ["Ma Lin", "Sun Haiyan"]),
    # a foreign dateline; "X, who is leading an EP delegation on a visit to China, signed ... after talks with Y"
    ("Parties sign memorandum in Beijing", "2026.01.15", "BELGRADE, Jan 14 (Tanjug) - The Example Party and the CPC "
     "on Wednesday signed a memorandum of understanding, EP president Tom Poe said.", "Poe, who is leading an EP "
     f"delegation on a visit to China, signed the document after talks with {MA}, the party said.", "type",
     ("meeting", "in_person")),
    # "Conveying the greetings of EP Chairman and Prime Minister of Mongolia X, the Secretary-General briefed ..."
    ("Party holds online meeting", "2024.01.02", "Ulaanbaatar, December 29 (MONTSAME). Secretary-General of the "
     f"Example Party D.Tumur held an online meeting via video link on Friday with {MA}.", "Conveying the greetings of "
     "EP Chairman and Prime Minister of Mongolia L.Sukhbat, the Secretary-General briefed the Chinese side on the "
     "party's plans.", "foreign", ["D.Tumur"]),
    # "Head of the EP Foreign Relations Department Ts.Bat-Erdene took part in the meeting": a glued two-letter initial
    ("Party holds online meeting", "2024.01.02", "Ulaanbaatar, December 29 (MONTSAME). Secretary-General of the "
     f"Example Party D.Tumur held an online meeting via video link on Friday with {MA}.", "Head of the EP Foreign "
     "Relations Department Ts.Bat-Erdene took part in the meeting.", "foreign", ["D.Tumur", "Ts.Bat-Erdene"]),
    # '"...," X, press adviser to the Prime Minister, told RSS': a source
    ("CPC official calls on Prime Minister", "2016.12.13", f"Kathmandu, 12 Dec (RSS) \u2013 {MA}, met with Prime "
     "Minister Tom Poe here on Monday.", '"The meeting was held in a cordial environment," Bob Roe, press adviser to '
     "the Prime Minister, told RSS.", "foreign", ["Tom Poe"]),
    # "Ma was accompanied at both meetings by A, ..., and Chinese Ambassador to Nepal B"
    (*("CPC official calls on Prime Minister", "2016.12.13", f"Kathmandu, 12 Dec (RSS) \u2013 {MA}, met with Prime "
       "Minister Tom Poe here on Monday."), "Ma was accompanied at both meetings by Guo Ken, Vice-minister of the "
     "International Department, and Chinese Ambassador to Nepal Wu Ken.", "cpc", ["Ma Lin", "Guo Ken", "Wu Ken"]),
    # "A delegation of the EP led by its Secretary General X called on Y": "called on" ends the led-by list
    ("Delegation calls on CPC official", "2019.11.22", "BEIJING, Nov 21 (APP): A delegation of the Example Party (EP) "
     f"led by its Secretary General Tom Poe called on {MA}, here on Thursday.", "The delegation comprised Federal "
     "Minister for Human Rights Dr. Bob Roe and Senator Jim Doe.", "foreign", ["Bob Roe", "Jim Doe", "Tom Poe"]),
    # "He said he had been briefed on ... by Kenya's Ambassador to China, X": another occasion
    ("Parties hold virtual talks", "2020.06.18", "Nairobi, June 17 (KNA) \u2013 Example Party Secretary General Tom Poe "
     f"on Wednesday held a video call with {MA}.", "He said he had been briefed on the support extended to students "
     "by Kenya's Ambassador to China, Bob Roe.", "foreign", ["Tom Poe"]),
    # "Later, Federal Minister for Information and Broadcasting X said on Twitter that ...": a source
    ("Prime Minister addresses summit", "2021.07.07", "ISLAMABAD, July 6 (APP): Prime Minister Tom Poe on Tuesday "
     f"addressed the Example Parties Summit by video link, hosted by the CPC. {MA}, spoke.", "Later, Federal Minister "
     "for Information and Broadcasting Bob Roe said on Twitter that the speech had been strong.", "foreign",
     ["Tom Poe"]),
    # "Speeches were also delivered by representatives of the A, the B and the C": their parties take part
    ("Forum opens in Moscow", "2023.11.15", "MOSCOW, November 14. /TASS/. An international inter-party forum opened in "
     f"Moscow on Tuesday at the initiative of the Example Party. {MA}, addressed the session by video link.",
     "Speeches were also delivered by representatives of the Communist Party of Vietnam and the Lao People's "
     "Revolutionary Party.", "parties", ["Communist Party of Vietnam", "Example Party",
                                         "Lao People's Revolutionary Party"]),
    # "Preparations were discussed last month when EP leaders met Chinese Ambassador to Cambodia X"
    ("Delegation to visit China", "2026.02.11", "Phnom Penh, February 10 (AKP) \u2013 A delegation of the Example "
     "Party led by Tom Poe will pay an official visit to China from February 24 to 28, EP spokesman Bob Roe "
     f"announced here today.", f"During the visit, it is scheduled to hold talks with {MA}.\n\nPreparations for the "
     "trip were discussed last month when EP leaders met Chinese Ambassador to Cambodia Wu Ken in Phnom Penh.", "cpc",
     ["Ma Lin"]),
])
def test_copies_of_rounds_128_and_136(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "during online talks on June 11 between Head of the EP Commission X and Y": both sides of the talks
    ("Party agencies hold online talks", "2020.06.12", "Hanoi (VNA) \u2013 The external relations agencies of the "
     "Example Party and the CPC have agreed to coordinate closely.", "The agreement was reached during online talks "
     f"on June 11 between Head of the EP Commission for External Relations Tom Poe and {MA}.", "foreign", ["Tom Poe"]),
    ("Party to send leaders to China", "2016.05.26", "BEIJING \u2014 THE ruling Example Party (EP) will send 200 of its "
     "leaders to China for training, under a programme agreed here on May 24.", "The agreement was reached during "
     f"talks between EP Secretary General Tom Poe and {MA}.", "foreign", ["Tom Poe"]),
    # "X, who is leading a delegation of Kenya's United Democratic Alliance (UDA), made the remarks as ... met"
    ("CPC official meets delegation", "2023.11.08", "BEIJING, Nov. 7 (Xinhua) -- Kenya's ruling party hopes to send "
     "more young leaders to China, its secretary-general Tom Poe said in Beijing on Tuesday.", "Poe, who is leading a "
     f"delegation of Kenya's United Democratic Alliance (UDA), made the remarks as {MA}, met with the delegation.",
     "parties", ["United Democratic Alliance"]),
    # "conveyed the best regards of Samdech A, ..., and of Samdech B, ...": both principals sent them
    ("Party leader meets CPC official", "2009.06.18", f"Phnom Penh, June 18 AKP -- Samdech Tom Poe met with {MA}, in "
     "Beijing on June 16.", "Samdech Tom Poe conveyed the best regards of Samdech Bob Roe, President of the EP, and "
     "of Samdech Techo Jim Doe, Vice President of the EP, to the Chinese leaders.", "foreign", ["Tom Poe"]),
    # "Papers were presented by the head of the EP Foreign Relations Department Ts. Bold, ...": a speaker
    ("Parties hold seminar", "2011.09.08", "Ulaanbaatar, September 7 /MONTSAME/ A theoretical seminar of the Example "
     f"Party and the CPC opened Wednesday. {MA}, spoke.", "Papers were presented by the head of the EP Foreign "
     "Relations Department Ts. Bold, members of parliament and researchers.", "foreign", ["Ts. Bold"]),
    # an announcement: "X, ..., has confirmed she will attend the meeting, Guo said"
    ("Parties to attend dialogue", "2017.11.22", "BEIJING, Nov. 21 (Xinhua) -- More than 200 parties will attend the "
     "High-Level Meeting in Beijing from Nov. 30 to Dec. 3, a senior CPC official told a press conference Tuesday.",
     "Daw Ann Lee, chairperson of the Example Party, has confirmed she will attend the meeting, Guo said.", "foreign",
     ["Ann Lee"]),
    # "The conversation, which lasted more than an hour, was also attended by the EP's Secretary of ..., X, and by ..."
    ("Parties discuss cooperation", "2020.08.05", "Bras\u00edlia \u2013 The national president of the Example Party, Tom "
     f"Poe, held a video call this Tuesday (4) with {MA}.", "The conversation, which lasted more than an hour, was "
     "also attended by the EP's Secretary of International Relations, Bob Roe, and by the Ambassador of China to "
     "Brazil, Wu Ken.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "Poe said the Example Party, led by Prime Minister X, attaches ...": who leads the party
    ("Leaders address video conference", "2021.09.03", "Kathmandu, Sept 2 (RSS): Leaders of the country's parties today "
     "addressed a video conference between the CPC and parties of South Asian countries.", f"{MA}, delivered the "
     "keynote address. Chairman of the Example Party Tom Poe spoke.\n\nPoe said the Other Party, led by Prime "
     "Minister Bob Roe, attaches high importance to its relations with the CPC.", "foreign", ["Tom Poe"]),
    # an announcement: "He is scheduled to meet with EP President Samdech X in Phnom Penh"
    ("CPC leader to visit", "2009.09.01", "BEIJING, Sept. 1 (Xinhua) -- Ma Lin, a member of the Political Bureau of the "
     "CPC Central Committee, will lead a CPC delegation on a goodwill visit from Sept. 6 to 13.", "During the trip, Ma "
     "is scheduled to meet with EP President Samdech Tom Poe in Phnom Penh, the spokesperson said.", "foreign",
     ["Tom Poe"]),
    # an announcement: "While in Hanoi, Ma is scheduled to call on EP General Secretary X"
    ("CPC official to visit as envoy", "2018.03.16", "Beijing, March 15th\u2014A spokesperson of the IDCPC announced "
     f"today that {MA}, will visit from March 18th to 20th as special envoy.", "While in Hanoi, Ma is scheduled to "
     "call on EP General Secretary Tom Poe.", "foreign", ["Tom Poe"]),
    # an announcement: "... have confirmed their participation, among them A, President of ..., and B, ..."
    ("Spokesperson announces summit", "2021.07.03", "Beijing, July 2nd\u2014Hu Zhaoming, spokesperson of the IDCPC, "
     "announced today that the Example Summit will be held via video link on July 6th.", "Hu said that leaders of "
     "more than 500 parties have confirmed their participation, among them Tom Poe, President of the Example Party, "
     "and Bob Roe, Chairman of the Other Party, who will address the summit.", "foreign", ["Bob Roe", "Tom Poe"]),
    # a report: "the delegation is also scheduled to meet with Vice President X": still to come
    ("CPC official meets delegation", "2010.05.12", f"Beijing, May 11th\u2014{MA}, met here today with a delegation "
     "of the Example Party led by Tom Poe.", "During its stay, the delegation is also scheduled to meet with Vice "
     "President Xi Jinping.", "cpc", ["Ma Lin"]),
    # an announcement's source who goes too: "In a statement issued here, Secretary-General Dr. X, who will accompany ..."
    ("Delegation to visit China", "2024.05.21", "Kuala Lumpur, May 20th\u2014The Example Party announced today that its "
     "President, Tom Poe, will lead a party delegation on a visit to China from May 27th to 31st.", "In a statement "
     "issued here, EP Secretary-General Dato' Sri Dr. Bob Roe, who will accompany the party president, said that the "
     f"delegation will hold talks with {MA}.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "Before arriving in Beijing, the delegation visited Yunnan province, where it was received by Mr. X"
    ("Delegation holds talks", "2012.10.18", "Vientiane, October 17 (KPL) -- A delegation of the Example Party led by "
     f"Mr. Tom Poe held talks in Beijing on October 16 with Mr. {MA}.", "Before arriving in Beijing, the delegation "
     "visited Yunnan province, where it was received by Mr. Qin Ken, Secretary of the CPC Yunnan Provincial "
     "Committee.", "cpc", ["Ma Lin"]),
    # a message: "Information Secretary Senator X said in a statement on Wednesday that ... appreciated the message"
    ("CPC felicitates party", "2013.05.16", f"LAHORE, May 15 (APP): {MA}, has sent a message of felicitations to Tom "
     "Poe, President of the Example Party, on his party's success in the general elections.", "EP Information "
     "Secretary Senator Bob Roe said in a statement on Wednesday that the party leadership appreciated the message.",
     "foreign", []),
    # "the visit was agreed upon when A, ..., met with General Secretary B in Beijing in early September": then
    ("Delegation to visit China", "2015.10.20", "Phnom Penh, October 19th--The Example Party said in a statement today "
     "that a delegation led by Samdech Tom Poe will pay a visit to China from October 25th to 31st.", "According to "
     "the statement, the visit was agreed upon when Samdech Bob Roe, President of the EP, met with General Secretary "
     f"Xi Jinping in Beijing in early September.\n\nDuring the visit, Poe will hold talks with {MA}.", "foreign",
     ["Tom Poe"]),
])
def test_copies_of_rounds_137_and_138(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, value", [
    # a plan first, then "X made the remarks during talks at the party's headquarters with a visiting delegation"
    ("Party wants more cadres trained in China", "2010.03.24", "JOHANNESBURG, March 23 (Xinhua) -- The Example Party "
     "hopes to send more of its cadres to China for training, EP Secretary-General Tom Poe said here Tuesday.", "Poe "
     "made the remarks during talks at the party's Luthuli House headquarters with a visiting delegation of the CPC "
     f"led by {MA}.", ("visit", "in_person")),
    # "... said while receiving Vice Minister ... X in Hanoi": the text's title, not the directory's, tells the trip
    ("Party official receives Chinese delegation", "2023.04.13", "Hanoi (VNA) \u2013 The two parties should make full "
     "use of the Party channel, Chairman of the EP Commission for External Relations Tom Poe said while receiving Vice "
     "Minister of the International Department of the Communist Party of China (CPC) Central Committee Sun Haiyan in "
     "Hanoi on April 12.", "Poe said the visit to China by the party's leader last October had opened a new period.\n\n"
     "Sun, who is leading a CPC delegation on a working visit, spoke.", ("visit", "in_person")),
    # "held talks here with X ... at the start of a ten-day study tour": the guests' tour, not a gathering
    ("Parties pledge closer ties", "2007.05.23", "BEIJING \u2014 EP national chairman Cde Tom Poe and a party "
     f"delegation on Monday, May 21, held talks here with {MA}, at the start of a ten-day study tour of the People's "
     "Republic.", "Both sides exchanged views.", ("meeting", "in_person")),
])
def test_types_of_rounds_137_and_138(title, pub, lead, later, value):
    assert _read(title, pub, lead, later)["type"] == value


def test_an_earlier_stop_names_no_country():
    # "Ma, who arrived here on Sunday from Jakarta after meeting leaders of Indonesia's Gerindra party, said ..."
    r = parse_release(REL.format(title="Party keen to learn from CPC", pub="2024.08.13", lead="KUALA LUMPUR, Aug 12 "
                                 f"(Bernama) -- EP president Tom Poe said this after receiving a visiting CPC delegation "
                                 f"led by {MA}, here today.", body="Ma, who arrived here on Sunday from Jakarta after "
                                 "meeting leaders of Indonesia's Gerindra party, said the CPC was ready to share its "
                                 "experience."))
    assert "ID" not in r.events[0].countries


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "a session of the council held in Tokyo and attended by A, B and C": all three attended
    ("Parties agree on channel", "2008.02.24", "TOKYO, Feb. 23 Kyodo - The ruling parties and the CPC agreed Saturday to "
     "open a regular channel for consultations, participants in a meeting of the parties' exchange council said.",
     "The agreement came at a session of the exchange council held in Tokyo and attended by Example Party Secretary "
     f"General Tom Poe, Other Party Secretary General Bob Roe and {MA}.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "... received the delegation at Temple Trees, his official residence": a place
    ("Party to send cadres to China", "2014.07.11", f"COLOMBO, July 10 (Xinhua) -- EP general secretary Tom Poe met {MA}, "
     "here Thursday.", "President Bob Roe, who is also the EP chairman, received the delegation at Temple Trees, his "
     "official residence, in the evening.", "foreign", ["Bob Roe", "Tom Poe"]),
    # a message: "..., General Secretary of the EP Central Committee X affirmed in a message of congratulations sent to Y"
    ("Party chief congratulates Xi", "2022.10.24", "Hanoi (VNA) \u2013 The two countries are close neighbours, General "
     "Secretary of the Example Party Central Committee Tom Poe affirmed in a message of congratulations sent on October "
     "23 to Xi Jinping on his re-election.", "Xi was re-elected on the same day.", "foreign", ["Tom Poe"]),
    # a message: "X recalled the warm reception accorded to the delegation which visited Beijing last year and held talks with Y"
    ("Party sends condolences", "2008.05.15", "Damascus, May 14 (SANA) \u2013 Assistant Secretary of the Example Party "
     "Tom Poe sent a cable of condolences to Hu Jintao, General Secretary of the CPC Central Committee.", "Poe recalled "
     f"the warm reception accorded to the EP delegation which visited Beijing last year and held talks with {MA}.",
     "cpc", []),
    # "Taking part from Vientiane alongside X was Chinese Ambassador to Laos Y, while ..."
    ("Parties hold video talks", "2020.06.17", "Vientiane, June 16 (KPL) \u2013 Tom Poe, Secretary of the EP Central "
     f"Committee, held talks via video link on Tuesday with {MA}.", "Taking part from Vientiane alongside Poe was "
     "Chinese Ambassador to Laos Jiang Ken, while Lao Ambassador to China Bob Roe joined from Beijing.", "cpc",
     ["Ma Lin", "Jiang Ken"]),
    # "... as the ruling alliance led by Prime Minister X and the opposition prepare for the elections": who leads it
    ("CPC official meets party leaders", "2022.06.10", f"Kathmandu, June 9 (RSS) \u2013 {MA}, met separately with EP "
     "Chairman Tom Poe and OP Chairman Bob Roe here today.", "The meetings come as the ruling alliance led by Prime "
     "Minister Jim Doe and the opposition prepare for the elections.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "X highlighted the ties and recalled the state visit paid last July by Y, during which he held talks with Z"
    ("Party receives delegation", "2015.05.20", f"Havana, May 19 (PL) Tom Poe, member of the EP Political Bureau, "
     f"received {MA}, here today.", "Poe highlighted the historic ties between the two parties and recalled the state "
     "visit paid last July by Chinese President Xi Jinping, during which he held talks with Army General Bob Roe, "
     "First Secretary of the EP.", "foreign", ["Tom Poe"]),
    # "X also welcomed the meeting between A and Chinese President B in Jakarta on April 23": another contact
    ("Party leader meets CPC official", "2005.05.11", f"TOKYO, May 10 Kyodo - EP leader Tom Poe met with {MA}, in "
     "Tokyo on Tuesday.", "Poe also welcomed the meeting between Bob Roe and Chinese President Hu Jintao in Jakarta "
     "on April 23.", "cpc", ["Ma Lin"]),
    # "the party's National Political Commissar, Retired Lieutenant-General X": a rank is no part of the name
    ("Ambassador calls on party", "2017.12.29", "HARARE, December 28 \u2014 Chinese Ambassador to Zimbabwe Wu Ken today "
     "paid a courtesy call on the Example Party at its headquarters, where he was received by Secretary for "
     "Administration Bob Roe and the party's National Political Commissar, Retired Lieutenant-General Tom Poe.", "Both "
     "sides exchanged views.", "foreign", ["Bob Roe", "Tom Poe"]),
])
def test_copies_of_round_140(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, value", [
    # a plan first, "under a memorandum of understanding signed here on Tuesday between A and the CPC": the trip
    ("Parties sign cadre training accord", "2011.05.11", "Addis Ababa, May 10 (ENA) - Some 200 officials will attend "
     "courses in China under a memorandum of understanding signed here on Tuesday between the Example Party (EP) and "
     f"the CPC.", f"The document was signed by EP Deputy Chairman Tom Poe and {MA}, who is leading a delegation of the "
     "Chinese party on a four-day visit.", ("visit", "in_person")),
    # "The session, held both online and offline, was attended by more than 30 diplomats ..., while ... joined via video link"
    ("CPC briefs diplomats and parties", "2024.08.23", "BEIJING, Aug. 22 (Xinhua) -- The decision will bring new "
     f"opportunities to the world, {MA}, said Thursday at a briefing session in Beijing.", "The session, held both "
     "online and offline, was attended by more than 30 diplomats from foreign embassies in Beijing, while "
     "representatives of political parties from countries including Kenya, Laos and Uruguay joined via video link.",
     ("conference", "in_person")),
    # a plan first, "it was agreed during a video call held today between A and B": a call
    ("Parties to hold joint seminar", "2025.03.12", "Ulaanbaatar, March 12 (MONTSAME). The Example Party and the CPC "
     "will hold a joint seminar later this year, it was agreed during a video call held today between Chairman of the "
     f"EP Tom Poe and {MA}.", "Both sides exchanged views.", ("call", "video")),
])
def test_types_of_round_140(title, pub, lead, later, value):
    assert _read(title, pub, lead, later)["type"] == value


def test_a_dateline_with_an_accented_agency_after_a_day_month_date():
    # "Bras\u00edlia, 8 November (Ag\u00eancia Brasil) \u2013 ..."
    r = parse_release(REL.format(title="Parties agree to link schools", pub="2023.11.09", lead="Bras\u00edlia, 8 November "
                                 f"(Ag\u00eancia Brasil) \u2013 EP president Tom Poe received {MA}.", body="Both sides "
                                 "exchanged views."))
    assert (r.dateline_city, r.events[0].event_date.isoformat()) == ("Bras\u00edlia", "2023-11-08")


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # 'under the theme "Deepening Reform and Building a Clean and Honest Party"': a theme, no party
    ("Parties to hold seminar", "2014.10.09", "Beijing, October 8th\u2014The ninth seminar between the CPC and the "
     "Example Party (EP) will be held in Hangzhou from October 15th to 17th under the theme \"Deepening Reform and "
     "Building a Clean and Honest Party\", an official of the IDCPC said here today.", "Both sides will take part.",
     "parties", ["Example Party"]),
    # "Ma said that the meeting between President A and Prime Minister B on the sidelines of ... was a first step"
    ("CPC official meets party leader", "2014.11.25", f"Beijing, November 24th\u2014{MA}, met here today with Tom Poe, "
     "Chairman of the General Council of the Example Party.", "Ma said that the meeting between President Xi Jinping "
     "and Prime Minister Bob Roe on the sidelines of the APEC meeting earlier this month was a first step.", "cpc",
     ["Ma Lin"]),
    # "following an agreement reached in Beijing on April 20 between EP Secretary General X and a senior official"
    ("Party to send leaders to China", "2010.04.23", "DODOMA, April 22 \u2014 The Example Party (EP) will send 40 "
     "district leaders to China for training this year, following an agreement reached in Beijing on April 20 between "
     "EP Secretary General Tom Poe and a senior CPC official.", f"Mr Poe held talks with {MA}.", "foreign",
     ["Tom Poe"]),
    # "The EP is chaired by Prime Minister X.": who leads the party
    ("Delegation visits", "2010.01.04", f"MOSCOW, Dec 28 (TASS) -- Tom Poe, EP Secretary, met a CPC delegation led by "
     f"{MA}, here today.", "Both sides exchanged views.\n\nUnited Russia is chaired by Prime Minister Bob Roe.",
     "foreign", ["Tom Poe"]),
    # "... told AKP after ...": the Cambodian news agency, no party
    ("Parties to train officials", "2023.11.22", "Phnom Penh, November 21 (AKP) \u2014 The Example Party (EP) and the CPC "
     "will jointly train officials, EP spokesman Bob Roe told AKP after Samdech Tom Poe, President of the EP, received "
     f"{MA}, here this afternoon.", "Both sides exchanged views.", "parties", ["Example Party"]),
    # "The delegation further comprised Treasurer General A and NEC member B"
    ("Party leader meets CPC official", "2008.05.22", f"JOHANNESBURG, May 21 \u2013 EP Secretary-General Tom Poe met {MA}, "
     "in Beijing on May 20.", "The EP delegation further comprised Treasurer General Bob Roe and NEC member Jim Doe.",
     "foreign", ["Bob Roe", "Jim Doe", "Tom Poe"]),
    # a message: "EP General Secretary X said in a statement that the party deeply appreciated the message"
    ("CPC congratulates party", "2011.09.03", f"COLOMBO, Sept 2 \u2013 {MA}, has sent a congratulatory message to the "
     "Example Party on its anniversary.", "EP General Secretary Tom Poe said in a statement that the party deeply "
     "appreciated the message.", "foreign", []),
    # "the policy launched by the government of Prime Minister X, the party's President"
    ("CPC official meets delegation", "2016.06.16", f"Beijing, June 15th\u2014{MA}, met here today with Tom Poe, Vice "
     "President of the Example Party.", "The two sides reviewed the policy launched by the government of Prime "
     "Minister Bob Roe, the party's President.", "foreign", ["Tom Poe"]),
    # an announcement: "X said the delegation, which will be in China from June 14 to 21, also includes Y"
    ("Party delegation to visit China", "2010.06.09", "Dodoma, June 8 \u2013 A delegation of the Example Party (EP) led "
     "by Secretary General Tom Poe will visit China next week, the party announced today.", "Addressing reporters, EP "
     "spokesman Bob Roe said the delegation, which will be in China from June 14 to 21, also includes EP Deputy "
     "Secretary General (Zanzibar) Jim Doe.", "foreign", ["Bob Roe", "Jim Doe", "Tom Poe"]),     # (the announcer too)
    # an announcement: "Last year, X, General Secretary of ..., paid an official visit to China": another time
    ("CPC delegation to visit", "2008.06.03", f"Beijing, June 2nd\u2014{MA}, will visit two countries from June 5th to "
     "12th, the IDCPC announced here today.", "Last year, Tom Poe, General Secretary of the Example Party, paid an "
     "official visit to China.", "foreign", []),
    # an announcement: "A and Vietnamese Ambassador to China B will accompany Trung during the talks"
    ("Party official to visit China", "2024.04.10", "Hanoi (VNA) \u2013 Tom Poe, Chairman of the EP Commission for "
     f"External Relations, will hold talks with {MA}, in Beijing next week, the commission announced today.", "Vice "
     "Chairman of the Commission Bob Roe and Vietnamese Ambassador to China Jim Doe will accompany Poe during the "
     "talks in Beijing.", "foreign", ["Bob Roe", "Jim Doe", "Tom Poe"]),
    # "X, now the party's acting president, led a delegation ... to Beijing in December 2007": another time
    ("CPC sends message to party", "2009.05.18", f"TOKYO, May 17 Kyodo - {MA}, met EP President Tom Poe in Tokyo on "
     "Sunday.", "Bob Roe, now the party's acting president, led a delegation of some 400 EP lawmakers to Beijing in "
     "December 2007.", "foreign", ["Tom Poe"]),
])
def test_copies_of_rounds_140_to_142(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, value", [
    # "The CPC has described the EP as '...' in a congratulatory message on the 90th anniversary": a message
    ("CPC congratulates party", "2011.03.02", "ULAANBAATAR, March 1 (MONTSAME) -- The CPC has described the Example "
     "Party as \"a trusted partner\" in a congratulatory message on the 90th anniversary of its founding.", "The "
     "two parties have close ties.", ("message", "written")),
    # a headline "agree to step up inter-party dialogue": the plan, not a gathering
    ("Parties agree to step up inter-party dialogue", "2025.03.19", "BEIJING, March 18. /TASS/. Secretary of the "
     f"General Council of the Example Party Tom Poe held talks in Beijing on Tuesday with {MA}.", "Both sides "
     "exchanged views.", ("meeting", "in_person")),
])
def test_types_of_rounds_140_to_142(title, pub, lead, later, value):
    assert _read(title, pub, lead, later)["type"] == value


def test_the_leaders_earlier_stop_names_no_country():
    # "The delegation is led by X, ..., who arrived in Phnom Penh from Singapore, where he had met with leaders of ..."
    r = parse_release(REL.format(title="Parties to train officials", pub="2023.11.22", lead="Phnom Penh, November 21 "
                                 "\u2014 Samdech Tom Poe, President of the Example Party, received a CPC delegation "
                                 "here this afternoon.", body=f"The delegation is led by {MA}, who arrived in Phnom "
                                 "Penh from Singapore, where he had met with leaders of the People's Action Party."))
    assert "SG" not in r.events[0].countries


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # a message: "X was elected ..., defeating incumbent Y, who remains president": Y is named in passing
    ("CPC congratulates new party leader", "2007.12.20", f"BEIJING, Dec. 19 (Xinhua) -- {MA}, has sent a message to "
     "Tom Poe congratulating him on his election as President of the Example Party.", "Poe was elected on Tuesday at "
     "the party's national conference, defeating incumbent Bob Roe, who remains president of the country.", "foreign",
     []),
    # "Tanzanian Prime Minister X opened the meeting."
    ("Parties hold seminar", "2008.07.09", "ARUSHA, Tanzania, July 8 \u2013 A seminar on agriculture co-hosted by the "
     f"Example Party and the CPC opened here today. {MA}, spoke.", "Tanzanian Prime Minister Tom Poe opened the "
     "meeting.", "foreign", ["Tom Poe"]),
    # "Russian Ambassador A and Pakistani Ambassador B were among the diplomats who put questions to the speakers"
    ("CPC briefs diplomats", "2014.10.31", f"Beijing, October 30th\u2014{MA}, briefed foreign diplomats here today on "
     "the Fourth Plenary Session.", "Russian Ambassador to China Tom Poe and Pakistani Ambassador Bob Roe were among "
     "the diplomats who put questions to the speakers.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "the agenda championed by Prime Minister X, President of the EP": who leads it
    ("Party to send cadres to China", "2023.05.10", f"Addis Ababa, May 9 (ENA) - EP Vice President Tom Poe met {MA}, "
     "here today.", "Poe said the training would cover sectors prioritized in the agenda championed by Prime Minister "
     "Bob Roe, President of the Example Party.", "foreign", ["Tom Poe"]),
    # "conveyed the warm greetings of EP President A to General Secretary Xi Jinping and the leadership of the CPC"
    ("CPC official meets delegation", "2019.09.18", f"Beijing, September 17th\u2014{MA}, met here today with Tom Poe, "
     "Secretary-General of the Example Party.", "The Secretary-General conveyed the warm greetings of EP President Bob "
     "Roe to General Secretary Xi Jinping and the leadership of the CPC.", "foreign", ["Tom Poe"]),
    # a message: "..., the newly elected EP Secretary-General, Comrade X, said in a statement on Thursday that ..."
    ("CPC congratulates party", "2017.12.22", f"JOHANNESBURG, Dec 21 \u2013 {MA}, has sent a message to the Example "
     "Party congratulating it on its national conference.", "Welcoming the message, the newly elected EP "
     "Secretary-General, Comrade Tom Poe, said in a statement on Thursday that the organisation was humbled.",
     "foreign", []),
    # "EP chief X has expressed his hope to visit China at an early date, the party said": still to come
    ("Party holds online meeting with CPC", "2022.09.22", "TOKYO, Sept. 21 (Kyodo) -- Tom Poe, secretary general of "
     f"the Example Party, held an online meeting Wednesday with {MA}.", "EP chief Bob Roe has expressed his hope to "
     "visit China at an early date, the party said.", "foreign", ["Tom Poe"]),
    # "X on Wednesday expressed condolences over the earthquake in a telephone conversation with Y"
    ("Party leader phones CPC official", "2008.05.15", "TOKYO, May 14 (Kyodo) -- Example Party leader Tom Poe on "
     f"Wednesday expressed condolences over the earthquake in a telephone conversation with {MA}.", "Poe offered to "
     "send relief supplies.", "foreign", ["Tom Poe"]),
    # an announcement: "During the meeting, Ma will exchange views with EP Secretary-General A and OP Secretary-General B"
    ("CPC official to attend council", "2008.02.19", "BEIJING, Feb. 18 (Xinhua) -- Ma Lin, head of the IDCPC, will "
     "attend the exchange council in Tokyo from Feb. 22 to 24, a spokesperson said Monday.", "During the meeting, Ma "
     "will exchange views with EP Secretary-General Tom Poe and OP Secretary-General Bob Roe, the spokesperson said.",
     "foreign", ["Bob Roe", "Tom Poe"]),
    # an announcement: "Representatives of the A and the B will also attend and speak."
    ("Spokesperson announces session", "2021.06.22", "Beijing, June 21st\u2014Hu Zhaoming, spokesperson of the IDCPC, "
     "announced today that a video session with parties of Pakistan will be held on June 24th.", "Representatives of "
     "the Pakistan Tehreek-e-Insaf (PTI) and the Pakistan Peoples Party (PPP) will also attend and speak.", "parties",
     ["Pakistan Peoples Party", "Pakistan Tehreek-e-Insaf"]),
    # "The visit, approved last week by party President X, will be the first by a senior team": who approved it
    ("Party delegation to visit China", "2023.04.18", "Kathmandu, April 17 (RSS) \u2013 A delegation of the Example "
     "Party led by Tom Poe will visit China from April 20 to 27, the party announced today.", "The visit, approved "
     "last week by party President Bob Roe, will be the first by a senior team since the pandemic.", "foreign",
     ["Tom Poe"]),
    # a message story's source: "EP Secretary for Information X said the party was touched by the many messages"
    ("CPC mourns founding leader", "2025.02.12", f"BEIJING, Feb. 11 \u2013 {MA}, has sent a message of condolence to "
     "the Example Party on the death of its founding president.", "EP Secretary for Information Tom Poe said the party "
     "was touched by the many messages received from fraternal parties.", "foreign", []),
])
def test_copies_of_rounds_143_and_144(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, value", [
    # a plan first, then "X announced after meeting Chinese Ambassador Y at the party's headquarters on Monday"
    ("Party cadres to train in China", "2018.03.14", "WINDHOEK \u2013 Thirty party cadres will travel to China for "
     "training this year, EP Secretary General Tom Poe announced after meeting Chinese Ambassador Wu Ken at the party's "
     "headquarters on Monday, 12 March.", "Wu said the CPC regards the party as an old friend.",
     ("meeting", "in_person")),
    # "The next round of the dialogue ... will be held in China in October, X told reporters after talks with a delegation"
    ("Parties to hold next dialogue in autumn", "2019.06.25", "MOSCOW, June 25. /TASS/. The next round of the "
     "dialogue between the Example Party and the CPC will be held in China in October, EP Secretary Tom Poe told "
     "reporters on Tuesday after talks with a visiting CPC delegation.", f"The delegation was led by {MA}.",
     ("visit", "in_person")),
    # a headline "urges A and B to settle disputes through dialogue": no gathering
    ("China urges two countries to settle disputes through dialogue", "2011.08.24", "BEIJING, Aug. 23 (Xinhua) -- "
     "China hopes the two countries will resolve their outstanding issues, a senior CPC official said here Tuesday.",
     f"{MA}, made the remarks during a meeting with a delegation of the Example Party led by Tom Poe.",
     ("meeting", "in_person")),
    # "made the remarks during a meeting in Beijing with a delegation of ..."
    ("CPC to train more cadres at leadership school", "2024.06.19", "BEIJING, June 18 (Xinhua) -- The CPC will help "
     "train more than 300 cadres of the Example Party this year, a senior CPC official said on Tuesday.", f"{MA}, made "
     "the remarks during a meeting in Beijing with a delegation of the Example Party led by Tom Poe.",
     ("meeting", "in_person")),
])
def test_types_of_rounds_143_and_144(title, pub, lead, later, value):
    assert _read(title, pub, lead, later)["type"] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # '"...," Poe said, referring to President X, the party's First Secretary': named in passing
    ("Party delegation to visit China", "2019.07.16", "HARARE, July 15 \u2014 A delegation of the Example Party led by "
     "Tom Poe will visit China next week, the party announced today.", "\"This visit is about learning,\" Bob Roe "
     "said, referring to President Jim Doe, the party's First Secretary.", "foreign", ["Tom Poe"]),
    # "He wished South Africa success in hosting the upcoming FIFA World Cup": no person
    ("CPC official meets party delegation", "2010.03.10", f"Beijing, March 9th\u2014{MA}, met here today with Tom Poe, "
     "Deputy Secretary General of the Example Party.", "Ma said that exchanges between the two parties are an important "
     "part of relations. He wished South Africa complete success in hosting the upcoming FIFA World Cup, the first ever "
     "held on the African continent, and said that the Chinese side is willing to work with the party.", "foreign",
     ["Tom Poe"]),
    # "Xi Jinping, General Secretary ..., received congratulatory messages from leaders of foreign parties, among them A"
    ("Foreign party leaders send messages to Xi", "2021.07.01", "On June 30th, Xi Jinping, General Secretary of the CPC "
     "Central Committee, received congratulatory messages from leaders of foreign political parties, among them Tom "
     "Poe, General Secretary of the Example Party.", "The messages praised the CPC.", "cpc", []),
    # the lead's "Before coming to Shenzhen, the delegation visited Guangzhou, where it was received by X": another stop
    ("CPC official meets delegation", "2019.05.26", f"Shenzhen, May 25th\u2014{MA}, met here this morning with a "
     "delegation of the Example Party led by Tom Poe. Before coming to Shenzhen, the delegation visited Guangzhou, "
     "where it was received by Li Ken, Secretary of the CPC Guangdong Provincial Committee.", "Both sides exchanged "
     "views.", "cpc", ["Ma Lin"]),
])
def test_copies_of_rounds_145_and_146(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later", [
    # a foreign party's announcement of its own delegation: "X will next week lead a senior party delegation to ..."
    ("Party to send delegation to China", "2019.07.16", "HARARE, July 15 \u2014 The Secretary-General of the Example "
     "Party, Tom Poe, will next week lead a senior party delegation to the People's Republic of China at the invitation "
     "of the CPC, the party's spokesperson Bob Roe announced today.", "Roe said the delegation will hold talks in "
     f"Beijing with {MA}."),
    # "A delegation of the EP led by X is leaving for Beijing on September 5 at the invitation of ..."
    ("Party delegation leaves for China", "2019.09.03", "Kathmandu, Sept 2 (RSS): A five-member delegation of the "
     "Example Party led by Tom Poe is leaving for Beijing on September 5 at the invitation of the CPC, party "
     "spokesperson Bob Roe said.", "The delegation also includes Jim Doe."),
    # "The EP will send a 15-member delegation headed by its Secretary General X to China later this month"
    ("Party to send delegation to China", "2019.10.09", "Johannesburg, October 8th\u2014The Example Party will send a "
     "15-member delegation headed by its Secretary General Tom Poe to China later this month at the invitation of the "
     "CPC, EP national spokesperson Bob Roe told journalists here today.", "The delegation will study party schools."),
])
def test_announced_delegations_of_rounds_143_and_144(title, pub, lead, later):
    assert _read(title, pub, lead, later)["type"] == ("other", None)
