"""Copies of the held round 176 and of rounds 185 to 188, told from the foreign party's side: a lead closing "CPRF
leader X told Itar-Tass", a plan "shared ... when receiving", talks "between the Secretary General of the ruling party,
X, and a CPC delegation", a second session "Earlier the same day", KCNA's "had talks with ... in Beijing", a guest
received "at the CPP Headquarters H.E. X", a message "dated April 19" received by its addressee, a speaker who "told the
forum", a title whose portfolio is a list, an earlier leg "from Kinshasa, capital of ..., where it had held talks with",
speakers who "also delivered remarks", "The session on ... was also attended by", a leader's "measures announced by
President X", an announced host "will receive the delegation", and leaders who "have received congratulatory
messages"; from rounds 185 to 187: a greeting card received by its addressee, "The annual Meeting of Secretaries-General of
... opened", "chaired by X and attended by A, B and senior officials of ...", "the agreements reached by A ... and B", a
message "dated 15 May" or "sent on 1 December" in the lead's second sentence, a disaster's day "in Xigaze, Xizang ... on
January 7th" or "yesterday", a lead's spokesperson named later, a nickname before a list's next title, "said a condolence
message ... over the death of", "is expected to meet with", "A delegation of the X also took part", "the Y (Maoist) led by",
an invitation "extended when Chinese Ambassador X paid a courtesy call ... in March", "told the Chinese leader that", a
portfolio list after a party office, "delivered speeches, among them", "while Chinese Ambassador X joined the EP leaders",
"have sent messages of condolence to General Secretary X", "agreed on September 8 when", "told X here on Wednesday", a
contact "in June" or "in late August, during which", "during separate meetings with", "participants in the fourth meeting
of the ... mechanism agreed", "conveyed an invitation ... for an EP delegation to visit China", a Pinyin-looking foreign
name beside a Chinese envoy's own clause, a second video call told later, "During its stay in the DRC" after the arrival
from there, "received messages of congratulations", "will preside over", and the SPLM of Sudan before July 2011; from
rounds 189 and 190: "said so during separate meetings with", "is scheduled to call on ... before leaving", "Joining the
Secretary General was the Chairperson of ..., Cde X", "made the announcement as he opened a round table", a plan's year
("proposing youth exchanges ... in 2013"), "Among the delegation members is", "held on 17 June a videoconference with", "is
leaving for China on September 5", "will accompany the Co-chair", "Also in attendance was the party's Secretary for ...",
a Higher Party School, "a delegation of Japan's ruling coalition led by", leaders who "have reached important consensus",
"affirmed on March 18", "had discussed relations ... with", "said X after a video call with the head of ..., Y", "the
second informal summit between", "the talks held in Ulaanbaatar last year between", "received on Thursday, 15 November,
the ambassador of ...", "chaired by X, and attended by Y", "the official visit to China in September, when he held talks
with X", and countries a gathering "is expected to bring together" or whose "participants from political parties, think
tanks and media" attended; from rounds 191 and 192: "X told Song Tao, special envoy of General Secretary ... Xi Jinping",
"it was agreed here today at a meeting between", "the agreements reached by the First Secretary ..., A, and the General
Secretary ..., B", '"...," party President X told Chinese Ambassador Y when she called on him', "Among the confirmed
guests are", "X, on 28 July joined leaders of ...", "also joined it", "has received New Year messages from", "while
meeting separately with", "said this after calling on", "online talks via video link between", a date "on Tuesday, 13
September 2005", "Also present during the talks was", "Speaking at the plenary session were", "accompanied the State
Counsellor", a nickname after a name before its comma, "the agreements reached during the visit to China of X ... last
year", and "in June this year, during which"; from round 193: "the government led by President X, leader of the
B", and "On Wednesday (May 26), the national president of the EP, X, took part" (rows of our own sentences)."""
from __future__ import annotations

import pytest

from tests.release_text import release as _release
from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "..., EP leader X told Itar-Tass on Tuesday." then "X spoke after talks ... with a delegation led by Y"
    ("EP, CPC to share experience", "2010.06.09", "MOSCOW, June 8 (Itar-Tass) -- The Example Party (EP) and the Communist "
     "Party of China will step up exchanges of experience on the crisis, EP leader Tom Poe told Itar-Tass on Tuesday.",
     f"Poe spoke after talks at the EP Central Committee with a delegation of the CPC led by {MA}.", "foreign", ["Tom Poe"]),
    # a plan, then "He shared the plan when receiving Ambassador ... X at the EP headquarters"
    ("EP and CPC to hold consultation", "2018.10.10", "Ulaanbaatar, October 9 (MONTSAME). The Example Party (EP) and the "
     "CPC will hold the next round of their consultation in Beijing early next year, EP Secretary General Tom Poe said on "
     "Tuesday.", "He shared the plan when receiving Chinese Ambassador to Mongolia Ma Lin at the EP headquarters.", "type",
     ("meeting", "in_person")),
    # "... after talks at the EP headquarters between the Secretary General of the ruling party, X, and a CPC delegation"
    ("EP and CPC agree on exchanges", "2019.08.14", "Santo Domingo, Aug 13 (Prensa Latina) The Example Party (EP) and the "
     "CPC agreed today to launch a program of exchanges for young leaders.", "The agreement was announced after talks at the "
     f"EP headquarters between the Secretary General of the ruling party, Tom Poe, and a CPC delegation headed by {MA}.",
     "foreign", ["Tom Poe"]),
    # "Earlier the same day, the Chinese delegation held a working session with X": the day's second contact
    ("Party official receives CPC delegation", "2012.03.14", "Hanoi (VNA) \u2013 Tom Poe, Politburo member of the Example "
     f"Party (EP), received a visiting delegation of the CPC led by {MA}, in Hanoi on March 13.", "Earlier the same day, "
     "the Chinese delegation held a working session with Bob Roe, head of the EP Commission for External Relations.",
     "foreign", ["Bob Roe", "Tom Poe"]),
    # KCNA: "A delegation of the EP headed by X had talks with Y ... in Beijing on October 25": a meeting in China
    ("EP delegation has talks with CPC", "2018.10.27", "Pyongyang, October 27 (KCNA) -- A delegation of the Example Party "
     "(EP) headed by Tom Poe, vice-chairman of the EP Central Committee, had talks with Ma Lin, head of the International "
     "Liaison Department of the Central Committee of the Communist Party of China (CPC), in Beijing on October 25.",
     "Present there were members of the delegation including Bob Roe, ambassador to China, and other officials.", "type",
     ("meeting", "in_person")),
    # "received here this morning at the EP Headquarters H.E. X, Ambassador ...": the seat is no part of the name
    ("Senate President receives Chinese Ambassador", "2017.06.13", "AKP Phnom Penh, June 12, 2017 \u2014 Samdech Tom Poe, "
     "President of the Senate and Chairman of the Example Party (EP), received here this morning at the EP Headquarters "
     "H.E. Ma Lin, Ambassador Extraordinary and Plenipotentiary of the People's Republic of China to the Kingdom of Cambodia.",
     "The two sides discussed cooperation.", "cpc", ["Ma Lin"]),
    # "X, re-elected First Secretary ..., received a message of congratulations from Y, ..., dated April 19": X is its addressee
    ("Poe receives congratulations from Ma Lin", "2016.04.20", "HAVANA, April 20 (PL) -- Army General Tom Poe, re-elected "
     "First Secretary of the Central Committee of the Example Party (EP) at the close of the Party Congress, received a message "
     f"of congratulations from {MA}, dated April 19.", "In the text, published here on Wednesday, Ma extended warm "
     "congratulations.", "foreign", []),
    ("Poe receives congratulations from Ma Lin", "2016.04.20", "HAVANA, April 20 (PL) -- Army General Tom Poe, re-elected "
     "First Secretary of the Central Committee of the Example Party (EP) at the close of the Party Congress, received a message "
     f"of congratulations from {MA}, dated April 19.", "In the text, published here on Wednesday, Ma extended warm "
     "congratulations.", "date", "2016-04-19"),
    # "Secretary of the Presidium of the EP's General Council X told the forum that ...": a speaker there
    ("EP and CPC open forum", "2010.06.25", "MOSCOW, June 24 (Itar-Tass) -- Chairman of the Supreme Council of the Example "
     "Party (EP) Tom Poe on Thursday opened in Moscow a forum of the dialogue between the EP and the CPC.", f"{MA}, said the "
     "CPC regarded the EP as an important partner.\n\nSecretary of the Presidium of the EP's General Council Bob Roe told "
     "the forum that the EP would like to study the Chinese practice.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "The President of the EP and Minister of State for Foreign Affairs, Cooperation, African Integration and Nigeriens
    # Abroad, X, held talks": a title whose portfolio is a list
    ("EP President meets CPC chief", "2013.06.08", "NIAMEY, June 7 (ANP) - The President of the Example Party (EP) and "
     "Minister of State for Foreign Affairs, Cooperation, African Integration and Nigeriens Abroad, Tom Poe, held talks in "
     f"Beijing on Wednesday, June 5, with {MA}.", "The two sides agreed to strengthen cooperation.", "foreign", ["Tom Poe"]),
    # "The delegation arrived in A from B, capital of the neighbouring C, where it had held talks with X": an earlier leg
    ("EP receives CPC delegation", "2017.05.10", "BRAZZAVILLE, 9 May (ACI) \u2013 The Secretary-General of the Example "
     f"Party (EP), Tom Poe, received on Tuesday a delegation of the CPC led by {MA}.", "The Chinese delegation arrived in "
     "Brazzaville from Kinshasa, capital of the neighbouring Democratic Republic of Congo, where it had held talks with Bob "
     "Roe, Permanent Secretary of the Example League (EL).", "parties", ["Example Party"]),
    # "A, B and EP Secretary-General C also delivered remarks": speakers at the seminar
    ("Parties share notes on modernisation", "2023.08.30", f"DAR ES SALAAM, Aug 29 - A seminar of parties was opened by {MA}, "
     "on Monday.", "EL First Deputy Secretary General Tom Poe, EU Secretary General Bob Roe and EP Secretary-General Ann Doe "
     "also delivered remarks.", "foreign", ["Ann Doe", "Bob Roe", "Tom Poe"]),
    # "The session on the Third Plenary Session of the ... was also attended by A, B and C, as well as Ambassador D"
    ("CPC delegation briefs parties", "2024.12.05", "COLOMBO, Dec. 4 \u2013 Tom Poe, General Secretary of the Example "
     f"Party (EP), joined leaders of parties at a briefing held in Colombo on December 4 by a CPC delegation led by {MA}.",
     "The session on the Third Plenary Session of the 20th CPC Central Committee was also attended by EL General Secretary "
     "Bob Roe, as well as Chinese Ambassador Li Ming.", "cpc", ["Ma Lin", "Li Ming"]),
    # "He said the ruling party fully supported the measures announced by President X, the EP leader": a leader's acts
    ("Poe holds phone talks with CPC", "2020.04.10", "NAIROBI, Kenya, Apr 9 \u2013 Example Party Secretary General Tom Poe "
     f"on Thursday held a telephone conversation with {MA}.", "He said the ruling party fully supported the measures "
     "announced by President Bob Roe, the Example Party leader, including the curfew.", "foreign", ["Tom Poe"]),
    # an announcement: "X said the President of the Republic and EP Chairman, Field Marshal Y, will receive the delegation"
    ("CPC delegation to visit", "2015.01.02", "KHARTOUM, Dec. 31 (SUNA) \u2013 The Deputy Chairman of the Example Party "
     f"(EP), Prof. Tom Poe, announced Wednesday that a delegation of the CPC led by {MA}, will visit the country in January.",
     "In a press statement, Prof. Poe said the President of the Republic and EP Chairman, Field Marshal Bob Roe, will "
     "receive the Chinese delegation.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "the CPC Central Committee and General Secretary X have received congratulatory messages from ...": addressees
    ("Parties congratulate the CPC", "2016.07.04", "Beijing, July 1st\u2014On the occasion of the anniversary of the CPC, "
     "the CPC Central Committee and General Secretary Xi Jinping have received congratulatory messages from leaders of "
     "many foreign political parties.", "Tom Poe, General Secretary of the Example Party (EP), said in his message that "
     "the EP will learn from the CPC.", "cpc", []),
    # "X, chairman of the EP, chairman of ... and supreme commander ..., received a New Year greeting card from Y"
    ("Poe receives New Year greeting card from Ma Lin", "2019.01.02", "Pyongyang, December 31 (KCNA) -- Tom Poe, chairman of "
     "the Example Party, chairman of the State Affairs Commission and supreme commander of the armed forces, received a New "
     f"Year greeting card from {MA}.", "The card wished the people prosperity.", "type", ("message", "written")),
    ("Poe receives New Year greeting card from Ma Lin", "2019.01.02", "Pyongyang, December 31 (KCNA) -- Tom Poe, chairman of "
     "the Example Party, chairman of the State Affairs Commission and supreme commander of the armed forces, received a New "
     f"Year greeting card from {MA}.", "The card wished the people prosperity.", "foreign", []),
    # "The annual Meeting of Secretaries-General of the ... opened here today, with a CPC delegation taking part"
    ("Secretaries-general meet", "2023.06.06", "KIBAHA, June 5 \u2013 The annual Meeting of Secretaries-General of the Former "
     "Liberation Movements of Southern Africa opened here today at the Leadership School, with a delegation of the CPC taking "
     "part as a special guest.", f"Leading the CPC delegation, {MA}, said the school embodied solidarity.", "type",
     ("conference", "in_person")),
    # "The meeting was chaired by A and attended by B, C and senior officials of the D, the E and the F"
    ("Secretaries-general meet", "2023.06.06", "KIBAHA, June 5 \u2013 The annual Meeting of Secretaries-General of the Former "
     "Liberation Movements of Southern Africa opened here today, with a delegation of the CPC taking part.", "The meeting was "
     "chaired by EP Secretary General Tom Poe and attended by EL Secretary General Bob Roe, EU Secretary General Ann Doe and "
     "senior officials of the Example Front (EF), the Example Movement (EM) and the Example Alliance (EA).", "foreign",
     ["Ann Doe", "Bob Roe", "Tom Poe"]),
    ("Secretaries-general meet", "2023.06.06", "KIBAHA, June 5 \u2013 The annual Meeting of Secretaries-General of the Former "
     "Liberation Movements of Southern Africa opened here today, with a delegation of the CPC taking part.", "The meeting was "
     "chaired by EP Secretary General Tom Poe and attended by EL Secretary General Bob Roe and senior officials of the Example "
     "Front (EF), the Example Movement (EM) and the Example Alliance (EA).", "parties",
     ["Example Alliance", "Example Front", "Example Movement"]),
    # "X received on Tuesday at the headquarters of the Party's Central Committee the ambassador of the People's Republic of China, Y."
    ("Party official receives Chinese ambassador", "2025.03.12", "HAVANA, Cuba, Mar 11 (ACN) Tom Poe, member of the Political "
     "Bureau of the Example Party (EP), received on Tuesday at the headquarters of the Party's Central Committee the ambassador "
     "of the People's Republic of China, Hua Lin.", "The two sides reviewed the implementation of the agreements reached by Bob "
     "Roe, First Secretary of the EP Central Committee and President of the Republic, and Xi Jinping, General Secretary of the "
     "CPC Central Committee.", "cpc", ["Hua Lin"]),
    ("Party official receives Chinese ambassador", "2025.03.12", "HAVANA, Cuba, Mar 11 (ACN) Tom Poe, member of the Political "
     "Bureau of the Example Party (EP), received on Tuesday at the EP's headquarters Chinese Ambassador Hua Lin.", "The two sides "
     "reviewed the implementation of the agreements reached by Bob Roe, First Secretary of the EP Central Committee and "
     "President of the Republic, and Xi Jinping, General Secretary of the CPC Central Committee.", "foreign", ["Tom Poe"]),
    # "... has received a message of congratulations from the CPC ... The message, dated 15 May, was signed by X"
    ("EP receives CPC congratulations", "2023.05.17", "JUBA, 17 May 2023 \u2013 The Example Party (EP) has received a message of "
     "congratulations from the Communist Party of China (CPC) on its 40th anniversary. The message, dated 15 May, was signed "
     f"by {MA}.", "It wished the party success.", "date", "2023-05-15"),
    ("EP leader sends condolences", "2022.12.03", "BISSAU, 2 December 2022 \u2013 The President of the Example Party (EP), Tom "
     "Poe, has sent a message of condolence to the CPC following the death of a former Chinese leader. The message was sent "
     "on 1 December, the party's communication office said.", "It expressed deep grief.", "date", "2022-12-01"),
    # "Following the earthquake that struck Dingri County in Xigaze, Xizang Autonomous Region on January 7th, ..."
    ("Parties send condolences over earthquake", "2025.01.10", "Beijing, January 9th\u2014Following the earthquake that struck "
     "Dingri County in Xigaze, Xizang Autonomous Region on January 7th, leaders of foreign political parties have sent "
     f"messages of condolence to {MA}.", "Tom Poe, Chairman of the Example Party (EP), expressed deep grief.", "date",
     "2025-01-09"),
    # an announcement by "a spokesperson for the International Department ...", named later: "..., spokesperson X said in a statement."
    ("EP leader to visit China", "2022.10.28", "BEIJING, Oct. 28 (Xinhua) -- Tom Poe, general secretary of the Example Party "
     "(EP), will pay an official visit to China from Oct. 30 to Nov. 1, a spokesperson for the International Department of "
     "the CPC Central Committee announced here Friday.", "Poe will be the first foreign leader to visit China after the "
     "congress, spokesperson Hu Zhaoming said in a statement.", "cpc", ["Hu Zhaoming"]),
    # "... while meeting separately with Prime Minister and Chairman of the A (Maoist Centre) X (Prachanda), Chairman of
    # the B (Unified Marxist-Leninist) KP Y Z and Nepali Congress President W"
    ("CPC official meets Nepali leaders", "2023.06.21", f"Kathmandu [Nepal], June 20 (ANI): {MA}, made the remarks while "
     "meeting separately with Prime Minister and Chairman of the Example Party (Maoist Centre) Tom Poe (Prachanda), Chairman "
     "of the Example League (Unified Marxist-Leninist) KP Sharma Roe and Nepali Congress President Sher Bahadur Doe.",
     "They discussed cooperation.", "foreign", ["KP Sharma Roe", "Sher Bahadur Doe", "Tom Poe"]),
    # "..., said a condolence message sent on Thursday over the death of Zambian President and EP leader X": the deceased
    ("CPC sends condolences", "2014.10.31", "BEIJING, Oct. 30 (Xinhua) -- The CPC will continue to work with the Example Party "
     "(EP) of Zambia, said a condolence message sent on Thursday over the death of Zambian President and EP leader Tom Poe.",
     f"In the message to Bob Roe, secretary general of the EP, {MA}, expressed deep grief.", "foreign", []),
    # an announcement: "Huang is expected to meet with Serbian President and EP President X and Greek Prime Minister Y"
    ("CPC official to visit Serbia, Greece", "2018.09.11", f"BEIJING, Sept. 11 (Xinhua) -- {MA}, will lead a CPC delegation to "
     "visit Serbia and Greece from Sept. 16 to 23.", "During the visit, Ma is expected to meet with Serbian President and EP "
     "President Tom Poe and Greek Prime Minister Bob Roe, the spokesperson said.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "A delegation of the EL of Guinea-Bissau also took part in the discussions."
    ("African officials at Beijing seminar", "2012.07.11", "BEIJING, July 10 (Xinhua) -- African parties are keen to draw on "
     "China's experience, senior party officials said at a seminar here on Tuesday.", f"{MA}, said in a keynote speech that "
     "the CPC is willing to share its experience. Tom Poe, secretary general of the Example Party (EP), spoke too.\n\nA "
     "delegation of the Example League (EL) of Guinea-Bissau also took part in the discussions.", "parties",
     ["Example League", "Example Party"]),
    # "... with the backing of the Unified Communist Party of Nepal (Maoist) led by X 'Prachanda'": who leads it
    ("CPC congratulates Poe", "2011.02.07", "Kathmandu, Feb 6 (RSS): The CPC Central Committee has said in a message of "
     "congratulations to Tom Poe, Chairman of the Example Party (EP), that it will support Nepal's peace process.",
     f"{MA}, sent a separate message to Poe.\n\nPoe was elected Prime Minister on Thursday with the backing of the Unified "
     "Communist Party of Nepal (Maoist) led by Bob Roe 'Prachanda'.", "foreign", []),
    # "He said the invitation was extended when Chinese Ambassador X paid a courtesy call on President Y ... in March."
    ("EP delegation leaves for China", "2010.05.15", "HARARE, May 14 \u2014 EP national chairman Cde Tom Poe will lead a party "
     "delegation to China on Sunday, the Example Party (EP) spokesman Cde Bob Roe said here today.", f"Cde Roe said the "
     f"delegation will hold talks with {MA}.\n\nHe said the invitation was extended when Chinese Ambassador Li Ming paid a "
     "courtesy call on President Ann Doe at the party headquarters in March.", "cpc", ["Ma Lin"]),
    # "X told the Chinese leader that EP Chairman and President Y had asked the party to learn from China": his words
    ("EP, CPC pledge closer cooperation", "2010.06.10", f"Example Party (EP) Secretary-General Tom Poe has held talks with {MA}, "
     "in Beijing on June 8.", "Mr Poe, who is leading an EP delegation on a visit to China, told the Chinese leader that EP "
     "Chairman and President Bob Roe had asked the party to learn from China's experience.", "foreign", ["Tom Poe"]),
    # "The President of the EP (EP), Minister of State for the Interior, Public Security, Decentralisation and Customary and
    # Religious Affairs, X, received": a portfolio list after the party office
    ("EP President receives CPC delegation", "2016.10.20", "Niamey, October 19 (ANP) - The President of the Example Party (EP), "
     "Minister of State for the Interior, Public Security, Decentralisation and Customary and Religious Affairs, Tom Poe, "
     f"received on Wednesday a delegation of the CPC led by {MA}.", "The two sides agreed to sign a memorandum.", "foreign",
     ["Tom Poe"]),
    # "Representatives of the A, the B and the C delivered speeches, among them EL Secretary General X and EU Secretary General Y"
    ("Movements, CPC share experience", "2018.07.18", "Dar es Salaam, July 17 \u2014 EP Secretary General Tom Poe today opened a "
     f"two-day seminar of the CPC and the former liberation movements. The CPC delegation is led by {MA}.", "Representatives "
     "of the Example League (EL), the Example Union (EU) and the Example Front (EF) delivered speeches, among them EL Secretary "
     "General Bob Roe and EU Secretary General Ann Doe.", "foreign", ["Ann Doe", "Bob Roe", "Tom Poe"]),
    # "..., while Chinese Ambassador to Sri Lanka X joined the EP leaders at the party headquarters"
    ("EP leaders hold talks with CPC via video link", "2021.03.26", "Colombo, March 25 \u2014 Example Party (EP) Chairman Prof. "
     f"Tom Poe held talks via video link with {MA}, on Thursday.", "EP National Organiser Bob Roe also took part in the "
     "discussion, while Chinese Ambassador to Sri Lanka Li Ming joined the EP leaders at the party headquarters.", "cpc",
     ["Ma Lin", "Li Ming"]),
    # "Leaders of political parties ... have sent messages of condolence to General Secretary X and the CPC Central Committee"
    ("Parties send condolences over earthquake", "2008.05.16", "Beijing, May 15th\u2014Leaders of political parties of many "
     "countries have sent messages of condolence to General Secretary Hu Jintao and the CPC Central Committee over the "
     "earthquake in Wenchuan County of Sichuan Province, the International Department of the CPC Central Committee said here "
     "today.", "Tom Poe, General Secretary of the Example Party (EP), said in his message that the party shares the grief.",
     "cpc", []),
    # a plan "..., the sides agreed on September 8 when the EP Chairman and Prime Minister X received Mr Y" under "to sign new
    # exchange programme": the visit
    ("EP and CPC to sign new exchange programme", "2009.09.10", "Ulaanbaatar /MONTSAME/ The Example Party (EP) and the CPC "
     "will sign a new programme of exchanges for 2010-2012, the sides agreed on September 8 when the EP Chairman and Prime "
     f"Minister S.Poe received Mr {MA}.", "Mr Ma is heading a CPC delegation that is visiting Mongolia.", "type",
     ("visit", "in_person")),
    # "..., X, member of ..., told Y here on Wednesday."
    ("CPC reaffirms support", "2010.04.15", "Beijing, Apr 14 (Prensa Latina) The CPC will continue to back the Example Party "
     f"(EP), {MA}, told Tom Poe here on Wednesday.", "Ma received Poe, head of the International Relations Department of the "
     "EP, at the Great Hall of the People.", "foreign", ["Tom Poe"]),
    # "Wang met a delegation of Sudan's ruling EL in Beijing in June.": an earlier contact
    ("China hopes for talks", "2012.08.16", "BEIJING, Aug. 15 (Xinhua) -- China hopes the two countries will settle their "
     "issues through negotiation, a senior CPC official told a visiting delegation on Wednesday.", f"{MA}, made the remarks "
     "when meeting with Tom Poe, secretary general of the Example Party (EP).\n\nMa met a delegation of Sudan's ruling Example "
     "League in Beijing in June.", "parties", ["Example Party"]),
    # "X ... paid an unofficial visit to northeast China in late August, during which he held talks with Y": then
    ("CPC official to attend EP celebrations", "2010.10.07", f"BEIJING, Oct. 6 (Xinhua) -- {MA}, will lead a CPC delegation to "
     "attend celebrations of the Example Party (EP), a spokesman of the International Department announced here Wednesday.",
     "Tom Poe, general secretary of the EP, paid an unofficial visit to northeast China in late August, during which he held "
     "talks with Hu Jintao, general secretary of the CPC Central Committee, in Changchun.", "cpc", ["Ma Lin"]),
    # "X gave the assurance during separate meetings with A, B and C here on Monday"
    ("China assures support", "2013.12.10", f"Kathmandu, Dec 9 (RSS): {MA}, gave the assurance during separate meetings with "
     "Example Party Chairman Tom Poe (Prachanda), Nepali Congress President Bob Roe and Example League Chairman Ann Doe here "
     "on Monday.", "They discussed the constitution.", "foreign", ["Ann Doe", "Bob Roe", "Tom Poe"]),
    # "..., participants in the fourth meeting of the inter-party dialogue mechanism agreed in Moscow on Tuesday": the meeting
    ("EP, CPC to hold joint seminars", "2013.06.26", "MOSCOW, June 25 (Itar-Tass) -- The Example Party (EP) and the CPC will hold "
     "joint seminars on regional development, participants in the fourth meeting of the inter-party dialogue mechanism agreed "
     "in Moscow on Tuesday.", f"The meeting was co-chaired by EP Chairman Tom Poe and {MA}.", "type", ("conference", "in_person")),
    # "... has sent a message of condolence to X following the earthquake that struck Yushu County ... yesterday": the disaster's day
    ("EP President sends condolences", "2010.04.16", "WINDHOEK, 15 April 2010 \u2013 The President of the Example Party (EP), "
     f"Tom Poe, has sent a message of condolence to {MA}, following the earthquake that struck Yushu County in Qinghai "
     "Province yesterday.", "It conveyed heartfelt condolences.", "date", "2010-04-15"),
    # "X met on Wednesday with Chinese Ambassador Y, who conveyed an invitation from the CPC for an EP delegation to visit China"
    ("Poe meets Chinese Ambassador", "2015.03.12", "BELGRADE, March 11 (Tanjug) \u2013 President of the Example Party (EP) Tom "
     "Poe met on Wednesday with Chinese Ambassador Li Ming, who conveyed an invitation from the Communist Party of China (CPC) "
     "for an EP delegation to visit China this year.", "Poe said the EP wants to learn from the CPC.", "type",
     ("meeting", "in_person")),
    # "The Secretary General was joined by ... Cde Lindiwe Zulu, Chairperson of ..., while China's Ambassador ... joined the call"
    ("EP and CPC hold video call", "2020.05.13", "Johannesburg, 12 May 2020 \u2013 The Secretary General of the Example Party "
     f"(EP), Cde Tom Poe, today held a video call with {MA}.", "The Secretary General was joined by Cde Lindiwe Zulu, "
     "Chairperson of the NEC Sub-Committee on International Relations, while China's Ambassador to South Africa, Chen Ming, "
     "joined the call from Pretoria.", "foreign", ["Lindiwe Zulu", "Tom Poe"]),
    # two video calls: "held a video call here today with X" then "Later in the day, Song held a separate video call with Y"
    ("Ma Lin Holds Video Calls with Leaders of Political Parties of Bangladesh and Nepal", "2020.06.09", f"Beijing, June 9th\u2014"
     f"{MA}, held a video call here today with Tom Poe, General Secretary of the Example Party (EP).", "Later in the day, Ma "
     "held a separate video call with Bob Roe, General Secretary of the Example League (EL).", "type", ("call", "video")),
    # "During its stay in the Democratic Republic of the Congo (DRC), the delegation held talks with X", after the arrival from there
    ("CPC delegation visits Congo", "2012.09.14", f"Brazzaville, September 13th\u2014{MA}, who is leading a CPC delegation, held "
     "talks here today with Tom Poe, Secretary General of the Example Party (EP).", "The CPC delegation arrived in Brazzaville "
     "on September 12th from Kinshasa. During its stay in the Democratic Republic of the Congo (DRC), the delegation held "
     "talks with Bob Roe, Secretary General of the Example League (EL).", "foreign", ["Tom Poe"]),
    # "the CPC Central Committee and General Secretary X received messages of congratulations from leaders of ..."
    ("Parties send messages", "2011.07.04", "On July 1st, the 90th anniversary of the founding of the CPC, the CPC Central "
     "Committee and General Secretary Hu Jintao received messages of congratulations from leaders of political parties of "
     "many countries.", "Tom Poe, General Secretary of the Example Party (EP), said in his message that the CPC has led the "
     "people well.", "cpc", []),
    # an announcement: "Hu said that A ... will attend the opening ceremony ..., and X, Minister of the IDCPC, will preside over"
    ("IDCPC holds press conference", "2016.10.10", "Beijing, October 10th\u2014The International Department of the CPC Central "
     "Committee (IDCPC) held a press conference here today. Hu Lin, spokesperson of the IDCPC, announced that the dialogue "
     "will be held in Fuzhou from October 13th to 15th.", "Hu said that Liu Ming, Member of the Political Bureau of the CPC "
     "Central Committee, will attend the opening ceremony, and Ma Lin, Minister of the IDCPC, will preside over the opening "
     "session.", "cpc", ["Hu Lin", "Liu Ming", "Ma Lin"]),
    # after the lead, "X said so during separate meetings with A, B and C here on Monday"
    ("China to keep supporting Nepal", "2013.01.01", "Kathmandu, Dec 31 (RSS): China will continue to support the peace "
     "process in Nepal, a visiting senior leader of the CPC has said.", f"{MA}, said so during separate meetings with Nepali "
     "Congress (NC) President Tom Poe, Example League Chairman Bob Roe and Example Party Chairman Ann Doe (Prachanda) here on "
     "Monday.", "foreign", ["Ann Doe", "Bob Roe", "Tom Poe"]),
    # "The delegation is scheduled to call on Prime Minister Dr. X on Tuesday before leaving for Beijing": still to come
    ("CPC delegation visits Nepal", "2013.01.01", f"Kathmandu, Dec 31 (RSS): {MA}, held talks here on Monday with Tom Poe, "
     "Chairman of the Example Party (EP).", "The delegation is scheduled to call on Prime Minister Dr. Bob Roe on Tuesday "
     "before leaving for Beijing.", "foreign", ["Tom Poe"]),
    # "Joining the Secretary General was the Chairperson of the EP NEC Sub-Committee ..., Cde X."
    ("EP holds virtual meeting with CPC", "2020.06.10", "The Secretary General of the Example Party (EP), Cde Tom Poe, on "
     f"Tuesday 9 June 2020 held a virtual meeting with {MA}.", "Joining the Secretary General was the Chairperson of the EP NEC "
     "Sub-Committee on International Relations, Cde Ann Doe.", "foreign", ["Ann Doe", "Tom Poe"]),
    # a plan, then "X made the announcement as he opened a Russian-Chinese round table on party building in Moscow"
    ("EP, CPC to set up joint group", "2012.10.16", "MOSCOW, October 16. /ITAR-TASS/. The Example Party (EP) and the CPC will "
     "set up a joint working group on social policy, Chairman of the EP Supreme Council Tom Poe said on Tuesday.", "Poe made "
     "the announcement as he opened a Russian-Chinese round table on party building in Moscow, which gathered party "
     f"functionaries. The Chinese participants were led by {MA}.", "type", ("conference", "in_person")),
    # "X also spoke at the round table, proposing youth exchanges between the two parties in 2013": a plan's year, not a past one
    ("EP, CPC hold round table", "2012.10.16", "MOSCOW, October 16. /ITAR-TASS/. Chairman of the EP Supreme Council Tom Poe "
     f"opened a forum of the Example Party (EP) and the CPC in Moscow on Tuesday. {MA}, led the Chinese side.",
     "Secretary of the Presidium of the EP General Council Bob Roe also spoke at the forum, proposing youth exchanges "
     "between the two parties in 2013.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "Among the delegation members is EP deputy president Dato' Sri Dr X."
    ("EP delegation calls on CPC official", "2014.10.14", "BEIJING: EP president Dato' Sri Tom Poe has called for closer ties "
     f"between the Example Party (EP) and the CPC. He said this after meeting {MA}, on Oct 13.", "Poe is leading a 25-member "
     "EP delegation on a visit to China. Among the delegation members is EP deputy president Dato' Sri Dr Bob Roe.",
     "foreign", ["Bob Roe", "Tom Poe"]),
    # "X held on 17 June a videoconference with Y": a call
    ("Poe holds videoconference with CPC", "2020.06.18", "Caracas, June 18 (EP) \u2013 The First Vice-President of the Example "
     f"Party (EP), Tom Poe, held on 17 June a videoconference with {MA}.", "They reviewed cooperation.", "type",
     ("call", "video")),
    # an announcement: "X is leaving for China on September 5 on a week-long visit" and "Y will accompany the Co-chair"
    ("EP Co-chair to visit China", "2018.08.29", "Kathmandu, Aug. 29 (RSS) \u2014 Co-chair of the ruling Example Party (EP) Tom "
     "Poe is leaving for China on September 5 on a week-long visit, EP spokesperson Bob Roe said on Wednesday.", "EP Standing "
     "Committee member Ann Doe will accompany the Co-chair.", "foreign", ["Ann Doe", "Bob Roe", "Tom Poe"]),
    # "Also in attendance was the party's Secretary for External Affairs, Cde X."
    ("EP, Chinese envoy pledge closer ties", "2019.11.13", "EP Secretary for Administration Cde Tom Poe on November 12 received "
     "the new Chinese Ambassador to Zimbabwe, Mr Li Ming, at the party's headquarters in Harare.", "Also in attendance was the "
     "party's Secretary for External Affairs, Cde Bob Roe.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "... opened today at the Nico Lopez Higher Party School": a school, not a party
    ("EP and CPC open seminar", "2013.10.23", "Havana, Oct 22 (Prensa Latina) A theoretical seminar between the Example Party "
     "(EP) and the CPC opened today at the Nico Lopez Higher Party School, with the participation of Tom Poe, head of the EP "
     f"International Relations Department, and {MA}.", "Poe opened it.", "parties", ["Example Party"]),
    # "met ... with a delegation of Japan's ruling coalition led by EP (EP) Secretary-General X and EL Secretary General Y"
    ("CPC official meets coalition delegation", "2023.10.18", f"BEIJING, Oct. 17 (Xinhua) -- {MA}, met on Tuesday in Beijing "
     "with a delegation of Japan's ruling coalition led by Example Party (EP) Secretary-General Tom Poe and Example League "
     "Secretary General Bob Roe.", "They talked.", "foreign", ["Bob Roe", "Tom Poe"]),
    # an announcement's last paragraph: "A, ..., and B, ..., have reached important consensus on ..., the spokesperson noted."
    ("EP delegation to visit China", "2025.11.25", "BEIJING, Nov. 24 (Xinhua) -- A delegation of the Example Party (EP) led by "
     "Tom Poe will visit China from Nov. 26 to Dec. 1, a spokesperson for the International Department announced Monday.",
     f"During the visit, {MA}, will hold talks with the delegation, the spokesperson said.\n\nXi Jinping, general secretary "
     "of the CPC Central Committee, and Bob Roe, first secretary of the EP Central Committee, have reached important "
     "consensus on building a community with a shared future, the spokesperson noted.", "cpc", ["Ma Lin"]),
    # "..., Secretary of the EP Central Committee ... X affirmed on March 18."
    ("EP, CPC pledge closer coordination", "2025.03.19", "Hanoi (VNA) \u2013 The Example Party (EP) always treasures its "
     "friendship with the CPC, Chairman of its Commission for External Relations Tom Poe affirmed on March 18.", "Poe made the "
     f"statement while receiving a delegation led by {MA}.", "foreign", ["Tom Poe"]),
    # "Chairman Poe had discussed relations between the two parties with X, ..., during a virtual interaction held in May"
    ("Poe congratulates CPC on centenary", "2021.07.01", "Kathmandu, June 30 (RSS): The friendship of the two parties will "
     "grow, Chairman of the Example Party (EP) Tom Poe has said in a congratulatory message sent to Xi Jinping, General "
     "Secretary of the CPC Central Committee.", f"Chairman Poe had discussed relations between the two parties with {MA}, "
     "during a virtual interaction held in May.", "cpc", []),
    # "..., said EP president Datuk Seri Dr X after a video call with the head of the International Department ..., Y, on Monday"
    ("EP, CPC agree to step up exchanges", "2023.05.16", "KUALA LUMPUR, May 16 (Bernama) -- The Example Party (EP) and the CPC "
     "have agreed to step up exchanges, said EP president Datuk Seri Dr Tom Poe after a video call with the head of the "
     "International Department of the CPC Central Committee, Ma Lin, on Monday (May 15).", "Dr Poe said the two sides also "
     "discussed trade.", "foreign", ["Tom Poe"]),
    # "The visit comes ahead of the second informal summit between Prime Minister A and Chinese President Xi Jinping"
    ("EP delegation to visit China", "2019.08.18", "New Delhi [India], Aug 18 (ANI): A delegation of the Example Party (EP) led "
     "by national general secretary Tom Poe will leave for China on Tuesday, the party said on Sunday.", f"The delegation is "
     f"expected to call on {MA}, in Beijing.\n\nThe visit comes ahead of the second informal summit between Prime Minister "
     "Narendra Modi and Chinese President Xi Jinping, which is expected to be held in India later this year.", "cpc",
     ["Ma Lin"]),
    # "The visit is a follow-up to the talks held in Ulaanbaatar last year between Ma Lin and U. X"
    ("CPC official to receive EP delegation", "2018.05.11", "BEIJING, May 10 (Xinhua) -- Tom Poe, Secretary General of the "
     f"Example Party (EP), will visit China next week, and {MA}, will hold talks with him, a spokesperson said Thursday.",
     "The visit is a follow-up to the talks held in Ulaanbaatar last year between Ma Lin and U. Bob Roe, now Chairman of the "
     "EP.", "foreign", ["Tom Poe"]),
    # "X received on Thursday, 15 November, the ambassador of the People's Republic of China, Y, at the party's National House"
    ("Poe receives Chinese ambassador", "2018.11.16", "SANTO DOMINGO. \u2013 The secretary general of the Example Party (EP), "
     "Tom Poe, received on Thursday, 15 November, the ambassador of the People's Republic of China, Li Ming, at the party's "
     "National House.", "They talked.", "cpc", ["Li Ming"]),
    # "The briefing session ... was chaired by the party's Secretary General, X, and attended by Deputy Secretary General Y"
    ("China briefs EP", "2013.01.02", "December 28, 2012 (JUBA) \u2013 China's ambassador to South Sudan, Li Ming, on Friday "
     "briefed leaders of the ruling Example Party (EP) on the congress.", "The briefing session was chaired by the party's "
     "Secretary General, Tom Poe, and attended by Deputy Secretary General Bob Roe and members of the EP Political Bureau.",
     "foreign", ["Bob Roe", "Tom Poe"]),
    # "... the understandings reached during the Prime Minister's official visit to China in September, when he held talks
    # with President X in Hangzhou"
    ("Chinese Ambassador calls on Prime Minister Poe", "2023.12.04", "Kathmandu, Dec 3: Chinese Ambassador to Nepal Li Ming on "
     "Sunday called on Prime Minister and Chairman of the Example Party (EP) Tom Poe at the party's central office.", "During "
     "the meeting, the two sides discussed the implementation of the understandings reached during the Prime Minister's "
     "official visit to China in September, when he held talks with President Xi Jinping in Hangzhou.", "cpc", ["Li Ming"]),
    # "..., General Secretary of the EP Central Committee X told Song Tao, special envoy of General Secretary ... and
    # President of China Xi Jinping, in Hanoi on November 3": the envoy's principal sent him
    ("Party chief receives special envoy", "2017.11.04", "Hanoi (VNA) \u2013 Vietnam attaches importance to its partnership with "
     "China, General Secretary of the Example Party (EP) Central Committee Tom Poe told Song Tao, special envoy of General "
     "Secretary of the Communist Party of China (CPC) Central Committee and President of China Xi Jinping, in Hanoi on "
     "November 3.", "Song is in Vietnam to brief the EP.", "foreign", ["Tom Poe"]),
    ("Party chief receives special envoy", "2017.11.04", "Hanoi (VNA) \u2013 Vietnam attaches importance to its partnership with "
     "China, General Secretary of the Example Party (EP) Central Committee Tom Poe told Song Tao, special envoy of General "
     "Secretary of the Communist Party of China (CPC) Central Committee and President of China Xi Jinping, in Hanoi on "
     "November 3.", "Song is in Vietnam to brief the EP.", "cpc", ["Song Tao"]),
    # a plan "..., it was agreed here today at a meeting between the head of ..., X, and the Chinese ambassador, Y"; then
    # "the agreements reached by the First Secretary ..., A, and the General Secretary ..., Xi Jinping, during ..."
    ("EP and CPC agree to expand exchanges", "2023.03.15", "Havana, Mar 14 (Prensa Latina) The Example Party (EP) and the CPC "
     "will hold a new edition of their seminar, it was agreed here today at a meeting between the head of the International "
     "Relations Department of the EP, Tom Poe, and the Chinese ambassador to Cuba, Li Ming.", "Both officials reviewed the "
     "agreements reached by the First Secretary of the EP Central Committee, Bob Roe, and the General Secretary of the CPC "
     "Central Committee, Xi Jinping, during the leader's visit to China last November.", "type", ("meeting", "in_person")),
    ("EP and CPC agree to expand exchanges", "2023.03.15", "Havana, Mar 14 (Prensa Latina) The Example Party (EP) and the CPC "
     "will hold a new edition of their seminar, it was agreed here today at a meeting between the head of the International "
     "Relations Department of the EP, Tom Poe, and the Chinese ambassador to Cuba, Li Ming.", "Both officials reviewed the "
     "agreements reached by the First Secretary of the EP Central Committee, Bob Roe, and the General Secretary of the CPC "
     "Central Committee, Xi Jinping, during the leader's visit to China last November.", "cpc", ["Li Ming"]),
    # '"...," party President X told Chinese Ambassador to Nepal Y when she called on him at his residence on Friday.'
    ("EP reaffirms commitment in meeting with Chinese envoy", "2019.05.04", 'Kathmandu [Nepal], May 3 (ANI): "The Example '
     'Party will never allow Nepal\'s territory to be used against our neighbour," party President Tom Poe told Chinese '
     "Ambassador to Nepal Li Ming when she called on him at his residence on Friday.", "Ambassador Li briefed him.", "foreign",
     ["Tom Poe"]),
    # an announcement: "Among the confirmed guests are A, secretary general of ..., and B, ..., Guo said."
    ("CPC to host dialogue", "2017.11.27", "BEIJING, Nov. 27 (Xinhua) -- The CPC will host a dialogue with world political "
     f"parties next week, {MA}, told a press conference on Monday.", "Among the confirmed guests are Tom Poe, secretary "
     "general of the Example Party (EP), and Bob Roe, secretary general of the Example League (EL), Ma said.", "foreign",
     ["Bob Roe", "Tom Poe"]),
    # "The Secretary General of the EP (EP), X, on 28 July joined leaders of African political parties in a video conference
    # organised by the International Department of the CPC": a foreign party's leader
    ("EP joins CPC video conference", "2020.07.29", "WINDHOEK \u2013 The Secretary General of the Example Party (EP), Ann Doe, on "
     "28 July joined leaders of African political parties in a video conference organised by the International Department of "
     "the Central Committee of the Communist Party of China (CPC).", f"{MA}, addressed it.", "foreign", ["Ann Doe"]),
    # "..., while Chinese Ambassador to Bangladesh X also joined it, said a press release of the party"
    ("EP holds virtual meeting with CPC", "2020.06.24", f"Dhaka, June 23 \u2013 EP General Secretary Tom Poe held a virtual "
     f"meeting with {MA}, on Tuesday.", "EP Presidium Member Bob Roe was present with the general secretary during the "
     "meeting, while Chinese Ambassador to Bangladesh Li Ming also joined it, said a press release of the party.", "cpc",
     ["Ma Lin", "Li Ming"]),
    # "X, Minister of ..., has received New Year messages from leaders of a number of foreign political parties": the addressee
    ("Foreign parties send New Year messages", "2025.12.31", f"Beijing, December 31st\u2014As the New Year approaches, {MA} "
     "(IDCPC), has received New Year messages from leaders of a number of foreign political parties.", "Tom Poe, Secretary "
     "General of the Example Party (EP), wished the CPC success.", "cpc", []),
    # "..., X said here on Thursday while meeting separately with A ... and B ..." under political parties of South Asian countries
    ("China keen to deepen party links", "2013.06.07", "Kunming, June 6 (ANI): China hopes to work with political parties of "
     f"South Asian countries, {MA}, said here on Thursday while meeting separately with Tom Poe, General Secretary of the "
     "Example Party (EP), and Bob Roe, Secretary General of the Example League (EL).", "Both leaders are in Kunming to attend "
     "an expo and a symposium of political parties.", "type", ("meeting", "in_person")),
    # a plan "..., says EP president X." then "X said this after calling on Y, ..., here today."
    ("EP, CPC agree to launch youth exchange", "2013.12.31", "BEIJING, Dec 30 (Bernama) -- The Example Party (EP) and the CPC "
     "have agreed to launch a youth leadership exchange programme, with the first group of 30 young EP leaders expected to "
     "visit China next year, says EP president Datuk Seri Tom Poe.", f"Poe said this after calling on {MA}, here today.",
     "type", ("meeting", "in_person")),
    # "..., it was agreed at online talks via video link between Head of ... X and Y, ..., on October 12"
    ("EP and CPC agencies to step up coordination", "2021.10.13", "Hanoi (VNA) \u2013 The external relations agencies of the "
     "Example Party (EP) and the CPC will step up coordination, it was agreed at online talks via video link between Head of "
     "the Party Central Committee's Commission for External Relations Tom Poe and Ma Lin, head of the CPC Central Committee's "
     "International Liaison Department, on October 12.", "They reviewed cooperation.", "foreign", ["Tom Poe"]),
    # "The Secretary General of the EP (EP), X, on Tuesday, 13 September 2005, held talks in Beijing with ..."
    ("EP Secretary General holds talks in Beijing", "2005.09.14", "The Secretary General of the Example Party (EP), Tom Poe, on "
     "Tuesday, 13 September 2005, held talks in Beijing with the Minister of the International Department of the Central "
     "Committee of the Communist Party of China (CPC), Ma Lin.", "They discussed cooperation.", "foreign", ["Tom Poe"]),
    # "Also present during the talks was the EP Secretary for Ideology and Publicity, Mr X, who said ..."
    ("EP holds talks with Chinese envoy", "2014.06.18", "Dar es Salaam, June 17 - EP Secretary General Tom Poe held talks here "
     "today with Li Ming, Chinese Ambassador to Tanzania.", "Also present during the talks was the EP Secretary for Ideology "
     "and Publicity, Mr Bob Roe, who said the party would send a team to China.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "Speaking at the plenary session were Mr X, ..., and representatives of the A party, the B (B) and the C of Japan."
    ("Parties meet in Ulaanbaatar", "2008.06.10", "ULAANBAATAR, June 9 (Montsame) - A conference of Asian political parties "
     "opened here today, hosted by the Example Party (EP).", f"Speaking at the plenary session were Mr {MA}, and "
     "representatives of the Example League party, the Example Union (EU) and the Example Front of Japan.", "parties",
     ["Example Front", "Example League", "Example Party", "Example Union"]),
    # "Union Minister for the Office of the State Counsellor U X and officials accompanied the State Counsellor at the ceremony."
    ("Parties summit opens", "2017.12.01", f"BEIJING, Nov 30 - State Counsellor Ann Doe attended a summit of political "
     f"parties opened by {MA}, in Beijing today.", "Union Minister for the Office of the State Counsellor U Tom Poe and "
     "officials accompanied the State Counsellor at the ceremony.", "foreign", ["Ann Doe", "Tom Poe"]),
    # an announcement: "The secretary general of the EP, X (Dino Matrosse), will lead a party delegation"
    ("EP delegation to visit China", "2013.03.13", "Luanda, 12 March 2013 (ANGOP) - The secretary general of the Example Party "
     "(EP), Tom Poe (Dino Matrosse), will lead a party delegation on a working visit to China from 17 to 24 March.",
     f"The delegation will hold talks with {MA}.", "foreign", ["Tom Poe"]),
    # "... the agreements reached during the visit to China of Samdech X, Vice President of the EP, last year"
    ("EP delegation to visit China", "2009.06.09", "Phnom Penh, June 8 (AKP) \u2013 Tom Poe, Chairman of the Permanent Committee "
     "of the Example Party (EP), will lead a delegation to China next week, EP spokesman Bob Roe said.", "The visit aims to "
     "follow up on the agreements reached during the visit to China of Samdech Akka Moha Sena Padei Techo Ann Doe, Vice "
     "President of the EP and Prime Minister, last year.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "Xi paid an official visit to Cuba in June this year, during which he held talks with X": another occasion
    ("EP delegation to visit China", "2011.11.28", "BEIJING, Nov. 27 (Xinhua) -- Tom Poe, second secretary of the Central "
     "Committee of the Example Party (EP), will pay an official visit to China, a spokesperson said Sunday.", f"{MA}, will "
     "hold talks with him.\n\nXi paid an official visit to Cuba in June this year, during which he held talks with Bob Roe, "
     "first secretary of the EP Central Committee.", "foreign", ["Tom Poe"]),
    # "He said the EP supports the efforts of the government led by President X, leader of the B, to stabilize the economy"
    ("EP, CPC hold phone talks", "2022.09.06", f"Colombo, Sept 5 \u2013 Example Party (EP) Chairman Tom Poe held phone talks "
     f"with {MA}, on Monday.", "He said the EP supports the efforts of the government led by President Bob Roe, leader of the "
     "Example League, to stabilize the economy.", "foreign", ["Tom Poe"]),
    # "On Wednesday (May 26), the national president of the EP (EP), X, took part in a video conference between ..."
    ("EP joins CPC video conference", "2021.05.27", "Sao Paulo, May 27 - On Wednesday (May 26), the national president of the "
     "Example Party (EP), Ann Doe, took part in a video conference between the CPC and political parties of Latin America.",
     f"{MA}, addressed it.", "foreign", ["Ann Doe"]),
])
def test_people_types_and_dates_of_rounds_176_and_185_to_188(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_a_party_named_in_a_title_after_and():
    # "..., SLPP General Secretary X and Communist Party of Sri Lanka General Secretary Dr. Y": the dictionary names it
    r = _read("CPC delegation briefs parties", "2024.12.05", f"COLOMBO, Dec. 4 \u2013 A CPC delegation led by {MA}, held a "
              "briefing in Colombo on December 4.", "The session was also attended by SLPP General Secretary Tom Poe and "
              "Communist Party of Sri Lanka General Secretary Dr. G. Roe.")
    assert "Communist Party of Sri Lanka" in r["parties"]


def _countries(title, pub, lead, later):
    r = _release(title, pub, lead, later)
    return sorted({c for e in r.events for c in e.countries})


def test_countries_of_an_announced_gathering_another_seminar_a_roundup_and_an_era():
    # "the dialogue will bring together ... representatives of parties and think tanks from A, B and C"
    assert _countries("Dialogue to open in Xi'an", "2024.09.03", "BEIJING, Sept. 3 (Xinhua) -- A dialogue of political parties "
                      "will be held in Xi'an from Sept. 10 to 12, a spokesperson of the International Department announced on "
                      "Tuesday.", "The dialogue will bring together more than 100 representatives of political parties and think "
                      "tanks from Kazakhstan, Kyrgyzstan and Tajikistan.") == ["KG", "KZ", "TJ"]
    # "A similar seminar for party officials from Nigeria and Kenya was held in Beijing in April.": another gathering
    assert _countries("CPC, parties share experience", "2007.06.19", f"BEIJING, June 18 (Xinhua) -- {MA}, made the remarks at "
                      "the opening of a seminar for party officials from Ghana and Togo.", "A similar seminar for party "
                      "officials from Nigeria and Kenya was held in Beijing in April.") == ["GH", "TG"]
    # "Messages were also received on Wednesday from political parties in Cambodia, Mongolia and Nepal."
    assert _countries("Parties send congratulations", "2007.10.25", "BEIJING, Oct. 24 (Xinhua) -- Leaders of political parties "
                      "continued on Wednesday to send messages to Hu Jintao, congratulating him on his re-election.", "Tom Poe, "
                      "general secretary of the Communist Party of Vietnam (CPV), said in his message that the congress was "
                      "significant.\n\nMessages were also received on Wednesday from political parties in Cambodia, Mongolia "
                      "and Nepal.") == ["KH", "MN", "NP", "VN"]
    # the SPLM before South Sudan's independence (9 July 2011): a party of Sudan
    assert _countries("Sudanese party delegations to visit China", "2010.03.16", "BEIJING, March 15 (Xinhua) -- A delegation "
                      "of the Sudan People's Liberation Movement (SPLM) headed by its secretary general Tom Poe will visit "
                      "China this month, a spokesperson of the International Department said here Monday.", "The delegation "
                      "will travel to provinces in eastern China.") == ["SD"]


def test_countries_listed_for_a_coming_dialogue_and_a_hybrid_one():
    # "the event is expected to bring together about 150 representatives of ... from A, B and C"
    assert _countries("CPC to host dialogue", "2024.05.09", "BEIJING, May 9 (Xinhua) -- The CPC will host a dialogue with "
                      "political parties of Mekong countries in Kunming from May 15 to 17, Hu Zhaoming, spokesperson for the "
                      "International Department, told a press conference on Thursday.", "The event is expected to bring "
                      "together about 150 representatives of political parties from Cambodia, Laos and Myanmar, Hu said.") \
        == ["KH", "LA", "MM"]
    # "More than 200 participants from political parties, think tanks and media of A, B and C attended."
    assert _countries("CPC official attends dialogue", "2024.06.15", "Kunming, June 14th\u2014A dialogue between the CPC and "
                      "political parties of South Asian countries opened here today. More than 200 participants from political "
                      "parties, think tanks and media of Bangladesh, Maldives and Pakistan attended.", f"{MA}, addressed "
                      "the opening ceremony.") == ["BD", "MV", "PK"]
