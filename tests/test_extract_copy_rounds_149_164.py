"""Copies, announcements and reports of round 149 and rounds 157 to 164: a contact of another weekday told after the
lead, a party told in a speaker's capacity, guests named in an announcement, leaders named under whose guidance,
instructions or agenda others act, people listed title first after "The participants are" or after a plural title,
and contacts told in new words ("as agreed by A and B during their talks", "a bilateral video conference") (rows of
our own sentences)."""
from __future__ import annotations

import pytest

from parsers.release import parse_release
from tests.release_text import REL
from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # the lead tells Tuesday; "arrived on Sunday and held talks on Monday with X" is another day's contact
    ("Senior CPC leader pledges to share experience", "2013.06.05", "BEIJING, June 4 (Xinhua) -- The CPC is ready to "
     "share its experience with the Example Party, a senior CPC leader said here Tuesday.", f"{MA}, made the pledge "
     "when meeting with Tom Poe, secretary general of the Example Party.\n\nThe EP delegation arrived in Beijing on "
     "Sunday and held talks on Monday with Li Ming, head of the Organization Department of the CPC Central Committee.",
     "cpc", ["Ma Lin"]),
    # ('"...," M. Enkhbold, chairman of ..., said'): an initial opens a name after a closing quotation mark
    ("Party leader eyes closer ties with CPC", "2005.11.09", "BEIJING, Nov. 8 (Xinhua) -- \"Good-neighbourly relations "
     "with China are our choice,\" T. Poe, chairman of the Example Party (EP), said here Tuesday.", f"Poe made the "
     f"remarks in a meeting with {MA}.", "foreign", ["T. Poe"]),
    # "..., adding that party chairman and former President X had personally asked him to ...": his words
    ("Party seeks deeper exchanges with CPC", "2008.09.11", "BUENOS AIRES, Sept. 10 (Xinhua) -- The Example Party "
     "plans to send officials to China, a senior party official said here on Wednesday.", f"Tom Poe, vice-president of "
     f"the Example Party, announced the plan during talks with a CPC delegation led by {MA}.\n\n\"We admire China,\" "
     "Poe told reporters after the talks, adding that party chairman and former President Bob Roe had personally asked "
     "him to strengthen the dialogue.", "foreign", ["Tom Poe"]),
    # "Among the guests will be X, ..., Hu said": a guest the announcement names
    ("Xi to address CPC dialogue with world political parties", "2017.11.22", "BEIJING, Nov. 21 (Xinhua) -- Chinese "
     "President Xi Jinping will attend the opening ceremony of the high-level meeting on Dec. 1, a spokesman for the "
     "International Department of the CPC Central Committee said Tuesday.", "Among the guests will be Daw Tom Poe, "
     "Chairperson of the Example League (EL), Hu said.", "foreign", ["Tom Poe"]),
    # "... noted with satisfaction that President X, Co-Chairman of the EP, was on his first state visit": his words
    ("EP delegation calls on CPC department chief", "2008.10.16", f"BEIJING, Oct 15 (APP): {MA}, on Wednesday met a "
     "visiting delegation of the Example Party (EP) headed by its Secretary General Tom Poe.", "Ma noted with "
     "satisfaction that President Bob Roe, Co-Chairman of the EP, was on his first state visit to China this week.",
     "foreign", ["Tom Poe"]),
    # "an invitation from the International Department ..., headed by X, for an MCA delegation": the inviter's head
    ("China's envoy calls on party president", "2016.08.11", "KUALA LUMPUR, Aug 10 (Bernama) -- Chinese Ambassador "
     "to Malaysia Huang Huikang today paid a courtesy call on Example Party president Tom Poe here.", "Huang conveyed "
     "an invitation from the International Department of the CPC Central Committee, headed by Song Tao, for an EP "
     "delegation to visit China.", "cpc", ["Huang Huikang"]),
    ("China's envoy calls on party president", "2016.08.11", "KUALA LUMPUR, Aug 10 (Bernama) -- Chinese Ambassador "
     "to Malaysia Huang Huikang today paid a courtesy call on Example Party president Tom Poe here.", "Huang conveyed "
     "an invitation from the International Department of the CPC Central Committee, headed by Song Tao, for an EP "
     "delegation to visit China.", "type", ("meeting", "in_person")),
    # "The Nepali participants are A, Vice-chairman of the B (Maoist Centre) C and ...": title-first people listed
    ("Party leaders attend CPC dialogue", "2017.12.02", "Beijing, Dec 1 (RSS)\u2014Leaders of two parties of Nepal "
     "are attending the CPC in Dialogue with World Political Parties High-Level Meeting, which opened today.", "The "
     "Nepali participants are Example Congress (EC) Vice-President Tom Poe and Vice-chairman of the Example Party "
     "(Maoist Centre) Bob Roe.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "Head of the ... Department Ts.X and Chinese Ambassador to Mongolia Y attended the talks": a glued initial
    ("Parties hold talks via video conference", "2020.06.10", "Ulaanbaatar, June 9 /MONTSAME/. Secretary-General of "
     f"the Example Party (EP) D.Poe held talks via video conference today with {MA}.", "Head of the EP Foreign "
     "Relations Department Ts.Roe and Chinese Ambassador to Mongolia Chai Wenrui attended the talks.", "foreign",
     ["D.Poe", "Ts.Roe"]),
    # "X today joined the CPC and World Political Parties Summit, held virtually"
    ("Leaders join CPC summit online", "2021.07.07", "DHAKA, July 6, 2021 (BSS) - Example League (EL) General "
     "Secretary and Road Transport Minister Tom Poe today joined the CPC and World Political Parties Summit, held "
     "virtually.", "Chinese Ambassador to Bangladesh Li Jiming joined Poe at the party office to follow the "
     "proceedings.", "foreign", ["Tom Poe"]),
    ("Leaders join CPC summit online", "2021.07.07", "DHAKA, July 6, 2021 (BSS) - Example League (EL) General "
     "Secretary and Road Transport Minister Tom Poe today joined the CPC and World Political Parties Summit, held "
     "virtually.", "Chinese Ambassador to Bangladesh Li Jiming joined Tom Poe at the EL President's office in "
     "Dhanmondi to follow the proceedings.", "cpc", ["Li Jiming"]),
    # "under the guidance of President Xi Jinping and President X, the partnership has kept a sound momentum"
    ("Minister meets party leaders", "2016.11.09", f"Beijing, November 8th\u2014{MA}, met here today with a "
     "delegation of the Example Party (EP) led by Tom Poe, President of the EP.", "Ma said that under the guidance of "
     "President Xi Jinping and President Bob Roe, the partnership has kept a sound momentum.\n\nOn the same day, Ma met separately with Rui Roe, "
     "President of the Workers' Party (PT) of Brazil.", "foreign", ["Rui Roe", "Tom Poe"]),
    # "Choe's visit follows that of X, a senior CPC leader who attended ...": an earlier visit's leader
    ("Party delegation to visit China", "2010.10.21", "BEIJING, Oct. 21 (Xinhua) -- A delegation of the Example Party "
     "led by Tom Poe, secretary of the EP Central Committee, will visit China from Oct. 24 to 29, Foreign Ministry "
     f"spokesman Ma Zhaoxu said here Thursday.\n\nMa told a regular press briefing that {MA}, will hold talks with the "
     "delegation.", "Poe's visit follows that of Li Ming, a senior CPC leader who attended the celebrations in "
     "Pyongyang earlier this month.", "cpc", ["Ma Lin"]),
])
def test_people_and_types_of_round_149(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_a_party_told_in_a_speakers_capacity_and_behind_an_abbreviated_role():
    r = parse_release(REL.format(title="Leaders join CPC summit", pub="2021.07.07", lead="ISLAMABAD, July 6 (APP): Prime "
                                 "Minister Tom Poe on Tuesday addressed the CPC and World Political Parties Summit via "
                                 "video link.", body="Speaking in his capacity as chairman of the Example Movement (EM), "
                                 "the prime minister said his country wanted to learn from the CPC."))
    assert [p.name for p in r.events[0].parties] == ["Example Movement"]
    r = parse_release(REL.format(title="Party official meets lawmakers", pub="2016.08.09", lead="SEOUL, Aug. 9 (Yonhap) -- "
                                 "A senior CPC official met visiting opposition lawmakers in Beijing on Tuesday, one of the "
                                 f"lawmakers said.", body=f"{MA}, received six lawmakers of the main opposition Example "
                                 "Party of Korea led by Rep. Tom Poe, according to the delegation."))
    assert [p.name for p in r.events[0].parties] == ["Example Party of Korea"]


def test_a_country_of_the_stop_the_delegation_arrived_from():
    r = parse_release(REL.format(title="Parties sign training agreement", pub="2011.06.16", lead="Addis Ababa, June 15 "
                                 "(ENA) - The Example Front (EF) and the CPC signed a memorandum here on Wednesday.",
                                 body=f"EF member Tom Poe and {MA}, signed the agreement.\n\nThe delegation arrived from "
                                 "Kampala, where it held talks with leaders of Uganda's ruling Example Movement."))
    assert r.events[0].countries == ("ET",)


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "will hold an online seminar ..., under an agreement reached during a video call on May 28 between A and B"
    ("Parties agree to share experience online", "2020.05.29", "The Example Party (EP) and the CPC will hold an online "
     "seminar later this year, under an agreement reached during a video call on May 28 between Tom Poe, Head of the EP "
     f"External Relations Commission, and {MA}, KPL reported.", "Poe thanked China for its help.", "type",
     ("call", "video")),
    # "The ambassador extended congratulations on behalf of the Central Committee ... headed by General Secretary X"
    ("Party secretary meets Chinese ambassador", "2013.10.11", "Pyongyang, October 10 (KCNA)\u2014Tom Poe, secretary of "
     "the Central Committee of the Example Party, met Liu Hongcai, ambassador of the People's Republic of China to the "
     "DPRK, who paid a courtesy call on him on Thursday.", "The ambassador extended warm congratulations on behalf of "
     "the Central Committee of the Communist Party of China headed by General Secretary Xi Jinping.", "cpc",
     ["Liu Hongcai"]),
    ("Party secretary meets Chinese ambassador", "2013.10.11", "Pyongyang, October 10 (KCNA)\u2014Tom Poe, secretary of "
     "the Central Committee of the Example Party, met Liu Hongcai, ambassador of the People's Republic of China to the "
     "DPRK, who paid a courtesy call on him on Thursday.", "The ambassador extended warm congratulations on behalf of "
     "the Central Committee of the Communist Party of China headed by General Secretary Xi Jinping.", "type",
     ("meeting", "in_person")),
    # "Earlier in the morning, H.E. X ... held talks with the Chinese delegation": the same day's contact
    ("Prime Minister receives CPC delegation", "2010.11.23", "Phnom Penh, November 22 (AKP)\u2014Tom Poe, Vice President "
     "of the Example Party (EP), received here this afternoon a delegation of the CPC led by H.E. Ma Lin, Vice-minister "
     "of the International Department of the CPC Central Committee.", "Earlier in the morning, H.E. Bob Roe, Member of "
     "the Permanent Committee of the EP Central Committee, held talks with the Chinese delegation.", "foreign",
     ["Bob Roe", "Tom Poe"]),
    # "X, deputy head of ..., told Prensa Latina that the message ...": a message's story, told by a source
    ("Xi congratulates party leader on re-election", "2016.04.21", "Havana, April 20 (Prensa Latina)\u2014Xi Jinping, "
     "General Secretary of the CPC Central Committee, on April 19 sent a message of congratulations to Tom Poe on his "
     "re-election as First Secretary of the Example Party (EP).", "Bob Roe, deputy head of the International Relations "
     "Department of the EP, told Prensa Latina that the message was among the first to arrive.", "foreign", []),
    # "A and B held a videoconference on Wednesday on the development of cooperation between the two parties"
    ("Party and CPC officials hold videoconference", "2022.11.24", "Belgrade, November 23 (Tanjug)\u2014Example Party "
     "(EP) Vice-President Tom Poe and Liu Jianchao, head of the International Department of the CPC Central Committee, "
     "held a videoconference on Wednesday on the development of cooperation between the two parties.", "Both "
     "ambassadors also took part.", "type", ("call", "video")),
    # "The delegation will include party Vice-Chairperson X": a title, not a party
    ("Party chairman to visit China next week", "2014.12.03", "Kathmandu, Dec 2 (RSS)\u2014EP Chairman Tom Poe will lead "
     "a delegation of the Example Party (EP) on an official visit to China from December 9 to 15, party spokesperson "
     "Bob Roe announced here today.", "The delegation will include party Vice-Chairperson Ann Doe Lee and Sam Moe, "
     "Chief of the party's Foreign Affairs Department, Roe told a press conference.", "parties", ["Example Party"]),
    # "The delegation comprised A and B, while C, D and E were also present at the meeting"
    ("Party chairman meets Liu", "2026.01.21", "ISLAMABAD, Jan 20 (APP): Example Party (EP) Chairman Tom Poe held a "
     f"meeting with {MA}, in Beijing on Tuesday.", "The EP delegation comprised Senator Bob Roe, Vice President of the "
     "party, and Senator Sam Moe, while Pakistan's Ambassador to China Ann Lee, Chinese Ambassador to Pakistan Jiang "
     "Zaidong and IDCPC Vice Minister Ma Hui were also present at the meeting.", "foreign",
     ["Ann Lee", "Bob Roe", "Sam Moe", "Tom Poe"]),
    # "..., the party's chief spokesperson X said Monday": the announcer
    ("Ruling party to send delegation to China", "2025.09.23", "SEOUL, Sept. 22 (Xinhua) -- A delegation of the ruling "
     "Example Party (EP) will visit China from Oct. 14 to 17 at the invitation of the CPC, the party's chief "
     "spokesperson Tom Poe said Monday.", "The delegation will be led by Bob Roe, the EP's floor leader, Poe said.",
     "foreign", ["Bob Roe", "Tom Poe"]),
    # "the leader will also meet with A, Title, and Premier B": both hosts of the coming visit
    ("Party announces leader's visit to China", "2011.05.17", "Vientiane, May 16th\u2014Tom Poe, Head of the EP External "
     "Relations Committee, announced at a press briefing here today that Bob Roe, General Secretary of the EP, will pay "
     "an official visit to China from May 22nd to 27th.", "Poe said that the leader will also meet with Wu Bangguo, "
     "Chairman of the Standing Committee of the National People's Congress, and Premier Wen Jiabao.", "cpc",
     ["Wu Bangguo", "Wen Jiabao"]),
    # "In the letter, X wrote that ... . The commemorations, which President Y attends, ...": still the letter's words
    ("Party chairman sends letter to Xi Jinping", "2025.09.03", "Beijing, September 2nd\u2014Tom Poe, Chairman of the "
     "Central Committee of the Example Party (EP), sent a congratulatory letter to Xi Jinping, General Secretary of the "
     "CPC Central Committee, on the anniversary.", "In the letter, Poe wrote that the two peoples fought shoulder to "
     "shoulder. The commemorations in Beijing, which President Bob Roe attends, show the determination of the two "
     "countries.", "foreign", ["Tom Poe"]),
    # "in a message signed by X and dated 27 September": the day the message bears
    ("Party salutes China on anniversary", "2019.09.30", "The Example Party (EP) has congratulated the CPC on the 70th "
     "anniversary of the founding of the People's Republic of China, in a message signed by EP Secretary-General Tom "
     "Poe and dated 27 September.", "The message describes China's success.", "date", "2019-09-27"),
    # "the delegation met with President A, who is also leader of the B, and with former president C, leader of the D"
    ("Parties reaffirm commitment as CPC delegation wraps up visit", "2024.03.22", "COLOMBO, March 21 (Xinhua) -- "
     "Leaders of the country's major political parties met a CPC delegation that was in the country from March 18 to 21.",
     f"Led by {MA}, the delegation met with President Tom Poe, who is also leader of the Example Party (EP), and with "
     "former president Bob Roe, leader of the Sample Front (SF).", "foreign", ["Bob Roe", "Tom Poe"]),
    # "Pakistan's Ambassador to China Moin-ul-Haque and China's Ambassador to Pakistan Nong Rong also joined the session"
    ("Parties reaffirm commitment at joint mechanism", "2021.07.29", "ISLAMABAD, Jul 28 (APP): The third meeting of the "
     "Example Parties Joint Consultation Mechanism was held via video link on Wednesday, bringing together the CPC and "
     "the major political parties of Pakistan.", "Pakistan's Ambassador to China Tom-ul-Poe and China's Ambassador to "
     "Pakistan Nong Rong also joined the session.", "foreign", ["Tom-ul-Poe"]),
    # "met separately with Example Party (EP) Chairmen K.P. A and B C": a plural title shared by two names
    ("CPC delegation calls on party chairmen", "2019.06.19", "Kathmandu, June 18 (RSS) -- A delegation of the CPC led "
     "by Ma Lin, Vice-Minister of the International Department of the CPC Central Committee, met separately with "
     "Example Party (EP) Chairmen K.P. Tom Poe and Bob Kamal Roe here today.", "Both sides talked.", "foreign",
     ["Bob Kamal Roe", "K.P. Tom Poe"]),
    # "following talks held by video link on Tuesday, June 15, between A and B"
    ("Parties agree to expand cooperation", "2021.06.16", "DODOMA \u2014 The Example Party (EP) and the CPC have agreed "
     "to expand cooperation following talks held by video link on Tuesday, June 15, between EP Secretary General Tom "
     f"Poe and {MA}.", "Poe thanked the CPC.", "foreign", ["Tom Poe"]),
])
def test_people_and_types_of_rounds_157_and_158(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_countries_of_those_a_dialogue_is_bringing_together():
    r = parse_release(REL.format(title="Party leader addresses dialogue", pub="2025.06.20", lead="Kunming, June 19 \u2013 The "
                                 "Example Political Parties Dialogue opened here today, bringing together more than 100 "
                                 "representatives of political parties and think tanks from Bangladesh, Maldives and "
                                 "Nepal.", body=f"{MA}, addressed the opening session."))
    assert r.events[0].countries == ("BD", "MV", "NP")


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "Secretary General of the EP ... X on 9 August received ...": a title-first subject before a day-month date
    ("Party chief receives CPC delegation", "2006.08.11", "Vientiane, 10 August (KPL) \u2013 Secretary General of the "
     "Example Party (EP) Central Committee and President of the Republic Tom Poe on 9 August received at the "
     f"Presidential Palace a visiting CPC delegation headed by {MA}.", "Both sides talked.", "foreign", ["Tom Poe"]),
    # "arrived in Vientiane on 8 August from Hanoi, where Minister Ma was received by X": an earlier stop
    ("Party chief receives CPC delegation", "2006.08.11", "Vientiane, 10 August (KPL) \u2013 EP Secretary General Tom Poe "
     f"received a visiting CPC delegation headed by {MA}.", "The Chinese delegation arrived in Vientiane on 8 August "
     "from Hanoi, where Minister Ma was received by Bob Roe, General Secretary of the Sample Party.", "foreign",
     ["Tom Poe"]),
    # "... were cultivated largely by X, the party's acting president, who has led several large delegations": past
    ("Chinese party congratulates EP on election win", "2009.09.01", "TOKYO, Aug. 31 Kyodo - The CPC has sent a message "
     "congratulating the Example Party of Japan (EPJ) on its victory, EPJ officials said Monday.", "The EPJ's channels "
     "with the Chinese party were cultivated largely by Bob Roe, the party's acting president, who has led several "
     "large delegations of lawmakers to Beijing.", "foreign", []),
    # "X, the ruling party's vice-president, told MTI after talks with Y": his own contact, not a source's remark
    ("Parties to hold forum", "2019.04.25", "Beijing, April 24 (MTI) \u2013 The Example Party and the CPC will hold a "
     "joint forum in Budapest this autumn, Tom Poe, the ruling party's vice-president, told MTI after talks with Song "
     "Tao, head of the CPC's International Department, in Beijing on Wednesday.", "Poe is leading a delegation.",
     "foreign", ["Tom Poe"]),
    # "..., after its founder X held talks via video link on September 28 with Y"
    ("Party to send cadres to China after video talks", "2020.09.30", "COLOMBO, Sept. 29 \u2013 The ruling Example Party "
     "(EP) will send young members to China for training, the party said on Tuesday, after its founder Tom Poe held "
     f"talks via video link on September 28 with {MA}.", "Both sides talked.", "foreign", ["Tom Poe"]),
    # "... as agreed by Head of ... A and Head of ... B during their talks in Hanoi on April 20": the talks
    ("Parties agree to step up sharing of experience", "2023.04.21", "Hanoi (VNA) \u2013 The Example Party (EP) and the "
     "CPC will hold their 18th theoretical seminar later this year, as agreed by Head of the EP Commission for External "
     "Relations Tom Poe and Head of the International Department of the CPC Central Committee Liu Jianchao during their "
     "talks in Hanoi on April 20.", "Liu is leading a CPC delegation on a working visit.", "type", ("visit", "in_person")),
    ("Parties agree to step up sharing of experience", "2023.04.21", "Hanoi (VNA) \u2013 The Example Party (EP) and the "
     "CPC will hold their 18th theoretical seminar later this year, as agreed by Head of the EP Commission for External "
     "Relations Tom Poe and Head of the International Department of the CPC Central Committee Liu Jianchao during their "
     "talks in Hanoi on April 20.", "Liu is leading a CPC delegation on a working visit.", "foreign", ["Tom Poe"]),
    # "Party Secretary X" of a foreign party: a Chinese office only for a Chinese name
    ("Party chairman holds talks in Beijing", "2009.07.09", "A delegation of the Example Party (EP) led by party "
     f"Chairman Tom Poe held talks with {MA}, in Beijing on 7 July, the party said.", "Party Secretary Bob Roe and "
     "Deputy Chief of the Department of Foreign Affairs Sam Moe took part in the talks.", "foreign",
     ["Bob Roe", "Sam Moe", "Tom Poe"]),
    # "President X has welcomed the visit as a further step ...": a leader commenting, not there
    ("Party delegation holds talks with CPC", "2013.05.23", "Beijing, 22 May 2013 \u2014 The delegation of the Example "
     f"Party (EP) led by Secretary-General Tom Poe today held talks with {MA}.", "President Bob Roe has welcomed the "
     "visit as a further step in consolidating the partnership.", "foreign", ["Tom Poe"]),
    # "X on Monday hosted Chinese Ambassador to Kenya Y at the party's headquarters"; "the agenda of President Z"
    ("Party hosts Chinese ambassador", "2018.03.13", "Nairobi, March 12 \u2014 Example Party Secretary-General Tom Poe on "
     "Monday hosted Chinese Ambassador to Kenya Sun Baohong at the party's headquarters.", "He said the Big Four "
     "agenda of President Bob Roe, the party leader, would benefit from closer cooperation.", "cpc", ["Sun Baohong"]),
    ("Party hosts Chinese ambassador", "2018.03.13", "Nairobi, March 12 \u2014 Example Party Secretary-General Tom Poe on "
     "Monday hosted Chinese Ambassador to Kenya Sun Baohong at the party's headquarters.", "He said the Big Four "
     "agenda of President Bob Roe, the party leader, would benefit from closer cooperation.", "foreign", ["Tom Poe"]),
    # "Ma conveyed to the President, and to Army General X, First Secretary ..., the greetings of Y"
    ("President receives CPC delegation", "2019.04.24", f"Tom Poe, President of the Republic, received on April 23 {MA}, "
     "who is heading a delegation on an official visit.", "Ma conveyed to the President, and to Army General Bob Roe, "
     "First Secretary of the Central Committee, the fraternal greetings of Xi Jinping.", "foreign", ["Tom Poe"]),
    # "X was joined at Luthuli House by First Deputy Secretary-General Y"
    ("Party leaders hold virtual talks", "2025.03.15", "Johannesburg, 14 March 2025 \u2014 The Secretary-General of the "
     f"Example Party (EP), Tom Poe, held an online meeting with {MA}, on Thursday, 13 March.", "Poe was joined at "
     "Luthuli House by First Deputy Secretary-General Bob Roe.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "Deputy Minister of Foreign Affairs and Foreign Employment X": a title holding "and"
    ("Party leader meets CPC department head", "2026.02.11", "Beijing, February 10 \u2014 EP General Secretary Tom Poe "
     f"held talks today with {MA}.", "The delegation includes Deputy Minister of Foreign Affairs and Foreign Employment "
     "Bob Roe and Dr. Sam Moe, a member of the EP National Executive Council.", "foreign",
     ["Bob Roe", "Sam Moe", "Tom Poe"]),
])
def test_people_and_types_of_round_159(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_a_party_named_after_a_number_and_parties_among_the_participants():
    r = parse_release(REL.format(title="Parties sign cadre training pact", pub="2015.07.15", lead="WINDHOEK \u2013 Sixty "
                                 "Swapo Party cadres will attend short courses in China under a memorandum signed at the "
                                 "Swapo headquarters on Monday, July 13.", body=f"The agreement was signed by Swapo "
                                 f"Secretary-General Tom Poe and {MA}.\n\nPoe said the South West Africa People's "
                                 "Organisation (Swapo) valued the solidarity of China."))
    assert [p.name for p in r.events[0].parties] == ["South West Africa People's Organisation"]
    r = parse_release(REL.format(title="Foreign guests hail reform blueprint", pub="2024.08.21", lead="BEIJING, Aug. 20 "
                                 "(Xinhua) -- Foreign party leaders said Tuesday at a briefing session in Beijing that the "
                                 "reform blueprint brings opportunities.", body=f"{MA}, delivered a keynote speech.\n\n"
                                 "Representatives of the Example Party of Germany and the Communist Party of Greece were "
                                 "also among the more than 300 participants."))
    assert sorted(p.name for p in r.events[0].parties) == ["Communist Party of Greece", "Example Party"]


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "X revealed the plan after meeting Chinese Ambassador to Zimbabwe Y"
    ("Party to train cadres in China", "2019.05.10", "HARARE - The ruling Example Party will send 50 cadres to China "
     "for training this year.", "Party Secretary-General Tom Poe revealed the plan after meeting Chinese Ambassador to "
     "Zimbabwe Zhou Ding at the party headquarters in Harare yesterday.", "foreign", ["Tom Poe"]),
    # "Example Peramuna (EP) National Organiser X held a telephone conversation": a Sinhala party word opens the title
    ("Party leader holds phone talks with CPC", "2020.04.01", "COLOMBO, March 31 \u2013 Sri Lanka Example Peramuna (SLEP) "
     f"National Organiser Tom Poe held a telephone conversation today with {MA}.", "Both sides talked.", "foreign",
     ["Tom Poe"]),
    # "Also present at the virtual meeting were EP deputy president Dato' Sri Dr. X and Chinese Ambassador Y"
    ("Party holds video talks with CPC", "2021.01.20", f"KUALA LUMPUR - EP president Tom Poe held a video meeting "
     f"today with {MA}.", "Also present at the virtual meeting were EP deputy president Dato' Sri Dr. Bob Roe and "
     "Chinese Ambassador to Malaysia Bai Tian.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "Pakistan's Ambassador to China X joined the proceedings from Beijing"
    ("Parties hold video conference", "2021.03.10", f"ISLAMABAD - EP Secretary General Tom Poe held a video call "
     f"today with {MA}.", "Pakistan's Ambassador to China Bob ul Roe joined the proceedings from Beijing.", "foreign",
     ["Bob ul Roe", "Tom Poe"]),
    # "EP Co-chair X (Nickname) is leaving for China on Sunday on a week-long visit": an announced guest
    ("Party co-chair to visit China", "2019.09.06", "Kathmandu, Sept 5 (RSS): Example Party (EP) Co-chair Tom Poe "
     "(Prachanda) is leaving for China on Sunday on a week-long visit at the invitation of the International Department "
     "of the CPC Central Committee, party spokesperson Bob Roe said.", "The visit will strengthen ties.", "foreign",
     ["Bob Roe", "Tom Poe"]),
    # "... were EP vice-president Datuk Seri A, Malaysian Ambassador to China Datuk B and IDCPC vice-minister C"
    ("Party delegation meets CPC minister", "2023.08.10", f"BEIJING - EP secretary-general Tom Poe met {MA}, in Beijing "
     "today.", "Also present at the meeting were EP vice-president Datuk Seri Bob Roe, Malaysian Ambassador to China "
     "Datuk Sam Moe and IDCPC vice-minister Sun Haiyan.", "foreign", ["Bob Roe", "Sam Moe", "Tom Poe"]),
    # "... its five-year Growth and Transformation Plan, a senior party leader said here Wednesday": a plan, no person
    ("Party eyes China's experience", "2012.03.29", "ADDIS ABABA, March 28 (Xinhua) -- The ruling party wants to draw "
     "on China's experience as the country implements its five-year Growth and Transformation Plan, a senior party "
     f"leader said here Wednesday.", f"Tom Poe, chairman of the Example Party, made the remarks when meeting {MA}.",
     "foreign", ["Tom Poe"]),
    # "... as it prepares for the 2022 General Election, Secretary General X has said."
    ("Party to send officials to China", "2021.06.16", "NAIROBI, Kenya, Jun 15 \u2013 The Example Party will send "
     "officials to China as it prepares for the 2022 General Election, Secretary General Tom Poe has said. Poe spoke "
     f"after a video call on Tuesday with {MA}.", "Both sides talked.", "foreign", ["Tom Poe"]),
    # '"...," EP spokesman X told Xinhua after the talks at the party headquarters': a source
    ("Parties agree to send more delegations", "2007.11.09", "JOHANNESBURG, Nov. 8 (Xinhua) -- The Example Party (EP) "
     "and the CPC agreed on Wednesday to send more delegations to each other.", "The agreement was reached during talks "
     f"here on Wednesday between EP Secretary-General Tom Poe and {MA}.\n\n\"We exchange notes on how to govern,\" EP "
     "spokesman Bob Roe told Xinhua after the talks at the party headquarters.", "foreign", ["Tom Poe"]),
    # "The EP was founded in 2008 by current President X, who received ...": the founder, cited
    ("Party leader meets CPC delegation", "2024.06.12", f"BELGRADE - EP Vice-President Tom Poe met {MA}, here today.",
     "The EP was founded in 2008 by current President Bob Roe, who received Chinese President Xi Jinping in May.",
     "foreign", ["Tom Poe"]),
    # "The offer was made during a video call on Monday, May 11, between A and B"
    ("China offers to share experience", "2020.05.12", "JOHANNESBURG, May 12 (ANA) \u2013 China has offered to share its "
     "experience with the governing party, the EP said on Tuesday. The offer was made during a video call on Monday, "
     f"May 11, between EP secretary-general Tom Poe and {MA}.", "Both sides talked.", "date", "2020-05-11"),
    ("China offers to share experience", "2020.05.12", "JOHANNESBURG, May 12 (ANA) \u2013 China has offered to share its "
     "experience with the governing party, the EP said on Tuesday. The offer was made during a video call on Monday, "
     f"May 11, between EP secretary-general Tom Poe and {MA}.", "Both sides talked.", "foreign", ["Tom Poe"]),
    # "..., according to an EP press release received here today. The agreement was reached on August 19 in Beijing"
    ("Parties agree to expand training", "2011.08.22", "Phnom Penh, August 22, 2011 AKP -- The Example Party (EP) and "
     "the CPC have agreed to expand the training of young cadres, according to an EP press release received here today. "
     f"The agreement was reached on August 19 in Beijing during a meeting between H.E. Tom Poe and {MA}.",
     "Both sides talked.", "date", "2011-08-19"),
    # "According to the statement issued by the party's foreign department chief X, A and B held talks with Liu"
    ("Parties agree to expand training", "2024.05.08", "Kathmandu, May 7 (RSS): The Example Party (EP) and the CPC have "
     "agreed to expand training programmes, the EP said on Tuesday. The understanding was reached at a meeting in "
     f"Beijing on Monday, May 6, between an EP delegation led by General Secretary Tom Poe and {MA}.", "According to "
     "the statement issued by the party's foreign department chief Bob Roe, Poe held talks with Ma.", "foreign",
     ["Tom Poe"]),
    # "X, head of the International Relations Department ..., told this newspaper that ...": a message's source
    ("Leaders congratulate Hu Jintao on his re-election", "2007.10.24", "Havana, October 23 \u2014 Tom Poe, First "
     "Secretary of the Central Committee of the Example Party, today sent a message of congratulations to Hu Jintao on "
     "his re-election.", "Bob Roe, head of the International Relations Department of the Party's Central Committee, "
     "told this newspaper that relations are going through their best moment.", "foreign", ["Tom Poe"]),
    # "A delegation led by X will leave for China next week at the invitation of the CPC": announced
    ("Leader to lead delegation to China", "2010.05.11", "JOHANNESBURG, May 10 (SAPA) - A high-level Example Party "
     "delegation led by secretary general Tom Poe will leave for China next week at the invitation of the CPC, EP "
     "spokesman Bob Roe said on Monday.", "The delegation will hold talks in Beijing.", "type", ("other", None)),
    # "Eng. X ... held talks"; "conveyed the greetings of the President of the Republic and Chairman of the EP, Field
    # Marshal Y, to President Xi Jinping": a rank before a name, and the sender of greetings not there
    ("Party official holds talks in Beijing", "2016.11.17", "Khartoum, Nov. 16 (SUNA) - The Deputy Chairman of the "
     f"Example Party (EP) for Party Affairs, Eng. Tom Poe, held talks in Beijing on November 15 with {MA}.", "Poe "
     "conveyed the greetings of the President of the Republic and Chairman of the EP, Field Marshal Bob Roe, to President "
     "Xi Jinping.", "foreign", ["Tom Poe"]),
    # "Talking to reporters, she said that Senator X, EP Vice President, would also be part of the delegation"
    ("Party chairman to lead delegation to China", "2025.10.15", "ISLAMABAD, Oct 14 (APP): Example Party (EP) Chairman "
     "Tom Poe will lead a party delegation to China next week at the invitation of the CPC, EP spokesperson Ann Lee "
     "announced on Tuesday.", "Talking to reporters at the party office, she said that Senator Bob Roe, EP Vice "
     "President, would also be part of the delegation.", "foreign", ["Ann Lee", "Bob Roe", "Tom Poe"]),
    # "Foreign Minister X welcomed the exchange in a post on social media"; "X, in a statement, said"
    ("Party officials hold video call", "2026.01.22", f"On January 21, Tom Poe, head of the EP International Relations "
     f"Department, held a video call with {MA}.", "Foreign Minister Bob Roe welcomed the exchange in a post on social "
     "media.\n\nEP spokesman Sam Moe, in a statement, said the call went well.", "foreign", ["Tom Poe"]),
    # "..., while Cuba's Ambassador to China, X, joined Liu in Beijing"
    ("Party officials hold video call", "2026.01.22", f"On January 21, Tom Poe, head of the EP International Relations "
     "Department, held a video call with Liu Haixing, Minister of the International Department of the CPC Central "
     "Committee.", "Taking part from Havana was Hua Xin, the Chinese Ambassador, while Cuba's Ambassador to China, Bob "
     "Roe, joined Liu in Beijing.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "... held talks with X, Secretary-General of the EP-P. Megawati recalled ...": an acronym's last letter ends the title
    ("CPC delegation visits Indonesia", "2019.07.12", f"JAKARTA - A CPC delegation led by {MA}, visited Indonesia this "
     "week.", "In Jakarta, Ma called on Ann Lee, Chairperson of the EP-P, and held talks with Tom Poe, Secretary-General "
     "of the EP-P. Lee recalled her friendship with Chinese leaders.", "foreign", ["Ann Lee", "Tom Poe"]),
    # "EP spokesman X told reporters at the party's headquarters that the delegation would ...": the announcer
    ("Party announces visit to China", "2010.06.17", "Phnom Penh, June 16th\u2014The Example Party (EP) announced here "
     "today that an EP delegation led by H.E. Tom Poe, Member of the EP Central Committee, will pay a working visit to "
     "China from June 22nd to 28th.", "EP spokesman Bob Roe told reporters at the party's headquarters that the "
     "delegation would study the CPC's experience.", "foreign", ["Bob Roe", "Tom Poe"]),
])
def test_people_types_and_dates_of_rounds_161_and_162(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "The visit was arranged in May during talks in Beijing between officials ... and X": an earlier contact
    ("CPC delegation visits Ethiopia", "2010.08.12", f"ADDIS ABABA - A CPC delegation led by {MA}, held talks here on "
     "Wednesday with Tom Poe, deputy chairman of the Example Front.", "The visit was arranged in May during talks in "
     "Beijing between officials of the CPC International Department and Bob Roe, Ethiopia's Ambassador to China.",
     "foreign", ["Tom Poe"]),
    # "... elections in October, in which the Front's candidate, X, is running for president"
    ("CPC delegation visits Uruguay", "2009.07.15", f"MONTEVIDEO - A CPC delegation led by {MA}, met Tom Poe, president "
     "of the Example Front, on Tuesday.", "Poe briefed Ma on the elections in October, in which the Front's candidate, "
     "Bob Roe, is running for president.", "foreign", ["Tom Poe"]),
    # "... while Pakistan's Ambassador to China X joined it from the embassy in Beijing"
    ("Party leader holds video call with CPC", "2021.06.10", f"ISLAMABAD - EP Secretary General Tom Poe held a video call "
     f"today with {MA}.", "Senator Sam Moe also attended the meeting, while Pakistan's Ambassador to China Bob Roe joined "
     "it from the embassy in Beijing.", "foreign", ["Bob Roe", "Sam Moe", "Tom Poe"]),
    # "Samdech Krolahom X": a Cambodian honorific chain
    ("Parties sign memorandum", "2013.04.20", f"PHNOM PENH - The EP and the CPC signed a memorandum here today.",
     f"The memorandum was signed by Samdech Krolahom Tom Poe, Vice President of the EP, and by {MA}.", "foreign",
     ["Tom Poe"]),
    # "EP President X, who will be sworn in next month, has called on the nation to mourn": no contact
    ("CPC mourns founding president", "2025.02.12", "WINDHOEK, 12 FEB (NAMPA) \u2013 The CPC has sent a message of "
     "condolence to the Example Party (EP) dated 10 February.", f"The message was signed by {MA}.\n\nEP President Bob "
     "Roe, who will be sworn in as head of state next month, has called on the nation to mourn him.", "foreign", []),
    # "He said this at a briefing session on ..., held here today by a visiting CPC delegation led by X"
    ("Parties can learn from China's reform drive", "2024.09.05", "KUALA LUMPUR, Sept 5 (Bernama) -- Political parties "
     "can draw lessons from China's reform, said EP president Tom Poe.", "He said this at a briefing session on the "
     f"plenary session, held here today by a visiting CPC delegation led by {MA}.", "type", ("conference", "in_person")),
    # "The session, held in a hybrid format, was also attended by A and Chinese Ambassador B"
    ("Parties can learn from China's reform drive", "2024.09.05", "KUALA LUMPUR, Sept 5 (Bernama) -- EP president Tom "
     f"Poe attended a briefing session held here today by a visiting CPC delegation led by {MA}.", "The session, held in "
     "a hybrid format, was also attended by SP secretary-general Bob Roe and Chinese Ambassador to Malaysia Ouyang "
     "Yujing.", "foreign", ["Bob Roe", "Tom Poe"]),
    # an announcement: "The party is also seeking a meeting with Xi Jinping, ..., but none had been arranged"; "Chief
    # Cabinet Secretary X told a news conference that ...": neither takes part
    ("Party delegation to visit China", "2013.01.19", "TOKYO, Jan. 18 Kyodo - A delegation of the Example Party led by "
     "Tom Poe will visit China from Jan. 22 to 25, party officials said Friday.", "The party is also seeking a meeting "
     "with Xi Jinping, who became general secretary in November, but none had been arranged.\n\nChief Cabinet "
     "Secretary Bob Roe told a news conference that the government welcomes exchanges.", "foreign", ["Tom Poe"]),
    ("Party delegation to visit China", "2013.01.19", "TOKYO, Jan. 18 Kyodo - A delegation of the Example Party led by "
     "Tom Poe will visit China from Jan. 22 to 25, party officials said Friday.", "The party is also seeking a meeting "
     "with Xi Jinping, who became general secretary in November, but none had been arranged.", "cpc", []),
    # "X, the outgoing General Secretary, did not seek re-election to the Central Committee"
    ("Xi congratulates new party leader", "2021.01.16", "BEIJING - Xi Jinping, General Secretary of the CPC Central "
     "Committee, sent a message on Friday to Tom Poe, congratulating him on his election as General Secretary of the "
     "Example Party.", "Bob Roe, the outgoing General Secretary, did not seek re-election to the Central Committee.",
     "foreign", []),
    # "Meeting X, Liu said the successful visit to China by General Secretary Y ...": an earlier visit's leader
    ("CPC minister meets party official", "2023.04.10", f"HANOI - {MA}, met Tom Poe, head of the Example Party "
     "commission, here today.", "Meeting Poe, Ma said the successful visit to China by General Secretary Bob Roe, the first foreign "
     "leader received after the Congress, has opened a new chapter.", "foreign", ["Tom Poe"]),
    # "Earlier in the day the Chinese guests held working talks with X": the same day's contact
    ("Party leader receives CPC delegation", "2008.12.20", f"VIENTIANE - A CPC delegation led by {MA}, arrived here on "
     "Friday.", "EP General Secretary Tom Poe received the delegation at the Presidential Palace. Earlier in the day the "
     "Chinese guests held working talks with Politburo member and Deputy Prime Minister Bob Roe.", "foreign",
     ["Bob Roe", "Tom Poe"]),
    # '"...," said the spokesperson, Hu Zhaoming.': the announcement's spokesperson, named last
    ("Party leader to visit China", "2022.10.29", "BEIJING, Oct. 29 (Xinhua) -- Tom Poe, general secretary of the "
     "Example Party, will pay an official visit to China from Oct. 30 to Nov. 2, a spokesperson for the International "
     "Department of the CPC Central Committee announced Saturday.", "The visit is made at the invitation of Xi "
     "Jinping, said the spokesperson, Hu Zhaoming.", "cpc", ["Hu Zhaoming"]),
    # '"...," Chinese President Xi Jinping told leaders of political parties from around the world on Friday'
    ("Xi calls on parties to work together", "2017.12.01", "BEIJING, Dec. 1 (Xinhua) -- \"No country can retreat into "
     "self-isolation,\" Chinese President Xi Jinping told leaders of political parties from around the world on "
     "Friday.", "Tom Poe, president of the Example Party, also spoke.", "cpc", ["Xi Jinping"]),
    # "..., X told TASS on Wednesday after talks with a CPC delegation": a visit, not the dialogue planned
    ("Parties to hold next dialogue in China", "2016.06.08", "MOSCOW, June 8. /TASS/. The next round of the dialogue "
     "between the Example Party and the CPC will take place in China in the autumn, Tom Poe, secretary of the party, "
     "told TASS on Wednesday after talks with a CPC delegation.", "Poe said the sides agreed.", "type",
     ("visit", "in_person")),
    # "Respected Comrade X": an honorific
    ("Party congratulates CPC", "2021.07.01", "Pyongyang, July 1 (KCNA) -- The Example Party (EP) extends the warmest "
     "congratulations to the CPC on its centenary.", "The message was sent by Respected Comrade Tom Poe, general "
     "secretary of the EP.", "foreign", ["Tom Poe"]),
    # "..., where presidium member X joined him"; "attended the meeting, alongside Chinese Ambassador X"
    ("CPC delegation visits Bangladesh", "2010.03.18", f"DHAKA - A CPC delegation led by {MA}, met EP President Tom Poe "
     "here today.", "Later in the afternoon, EP General Secretary Bob Roe hosted talks with the Chinese delegation at "
     "the party office, where presidium member Sam Moe joined him.", "foreign", ["Bob Roe", "Sam Moe", "Tom Poe"]),
    ("Party receives CPC delegation", "2024.03.12", f"DODOMA - EP Chairman Tom Poe received a CPC delegation led by "
     f"{MA}, here today.", "The EP Secretary General, Dr. Bob Roe, attended the meeting, alongside Chinese Ambassador to "
     "Tanzania Chen Mingjian.", "cpc", ["Ma Lin", "Chen Mingjian"]),
    # "... attended by A, who joined from Belgrade, and by Serbian Ambassador to China B, who was with Liu in Beijing"
    ("Parties hold video talks", "2022.11.24", f"BELGRADE - EP Vice-President Tom Poe and Liu Jianchao, head of the "
     "International Department of the CPC Central Committee, held video talks on Wednesday.", "The talks were also "
     "attended by Chinese Ambassador to Serbia Li Ming, who joined from Belgrade, and by Serbian Ambassador to China "
     "Bob Roe, who was with Liu in Beijing.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "Foreign Minister Dr. Dipu Moni and Chinese Ambassador Y were present": a Pinyin-looking name given "Dr."
    ("Prime Minister receives CPC delegation", "2009.06.20", f"DHAKA - Prime Minister Tom Poe received a CPC "
     f"delegation led by {MA}, here today.", "Foreign Minister Dr. Dipu Moni and Chinese Ambassador Zheng Qingdian were "
     "present.", "foreign", ["Dipu Moni", "Tom Poe"]),
    # "... that the delegation, which will include Treasurer-General X, is expected to hold talks with Y"
    ("Party delegation to visit China", "2024.05.20", "JOHANNESBURG - An EP delegation led by Secretary-General Tom Poe "
     "will visit China next week, the party said on Monday.", "EP national spokesperson Ann Lee told a media briefing "
     "that the delegation, which will include Treasurer-General Bob Roe, is expected to hold talks in Beijing.",
     "foreign", ["Ann Lee", "Bob Roe", "Tom Poe"]),
    # "Representatives ... are meeting in Vladivostok at a forum ..., which opened on June 17": its first day
    ("Parties meet at forum", "2024.06.18", "VLADIVOSTOK, June 18. /TASS/. Representatives of political parties are "
     "meeting in Vladivostok at an international inter-party forum organised by the Example Party, which opened on "
     "June 17.", f"{MA}, addressed the forum.", "date", "2024-06-17"),
])
def test_people_types_and_dates_of_rounds_163_and_164(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_the_parties_a_seminar_brought_together_after_a_clause():
    r = parse_release(REL.format(title="Movements pledge to strengthen exchanges", pub="2023.07.26", lead="KIBAHA, Tanzania, "
                                 "July 25 (Xinhua) -- Former liberation movements on Tuesday pledged to strengthen "
                                 "exchanges at a seminar co-organized with the CPC.", body="The seminar, held in a "
                                 "combination of online and offline formats, brought together senior officials of the "
                                 "parties that jointly run the school: the Example Party of Angola, the Sample Front of "
                                 f"Namibia and the Model Union (MU) of Zimbabwe.\n\n{MA}, addressed the opening."))
    assert [p.name for p in r.events[0].parties] == ["Example Party", "Sample Front", "Model Union"]
