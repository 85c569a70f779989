"""Copies whose lead tells an agreement, a plan or an announcement and the contact only after it, and
copies told from the foreign party's side with people named in passing (rows of our own sentences)."""
from __future__ import annotations

import pytest

from parsers.release import parse_release
from tests.release_text import REL, side as _side

MA = "Ma Lin, Minister of the International Department of the CPC Central Committee"


def _read(title, pub, lead, later):
    """The fields of a release's first event that a row checks, with the parties of all its events."""
    r = parse_release(REL.format(title=title, pub=pub, lead=lead, body=later))
    e = r.events[0]
    return {"type": (e.event_type, e.modality), "date": e.event_date.isoformat(), "cpc": _side(e, "cpc"),
            "foreign": sorted({p.name for ev in r.events for p in ev.participants if p.side == "foreign"}),
            "parties": sorted({p.name for ev in r.events for p in ev.parties})}


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # the plan first, then "He was talking to a delegation ...": the contact is a meeting
    ("Chinese party to host young politicians", "2014.05.24", "BEIJING, May 23 (APP): The CPC will host 200 young "
     "leaders of Pakistan's political parties over the next two years, Ma Lin, Vice Minister of the International "
     "Department of the CPC Central Committee, said on Friday.", "He was talking to a delegation of young politicians "
     "led by Senator Tom Poe of the Example Party.", "type", ("meeting", "in_person")),
    # "X signed the document after talks in Beijing on 11 June with Y": a meeting, on its own day
    ("Example Party and CPC sign cadre-training pact", "2018.06.12", "Beijing - The Example Party and the CPC have "
     "signed a memorandum under which party leaders will attend courses at Chinese party schools, Example Party "
     "Secretary General Tom Poe said on Monday. Poe signed the document after talks in Beijing on 11 June with "
     f"{MA}.", "Both sides exchanged views.", "type", ("meeting", "in_person")),
    ("Example Party and CPC sign cadre-training pact", "2018.06.12", "Beijing - The Example Party and the CPC have "
     "signed a memorandum under which party leaders will attend courses at Chinese party schools, Example Party "
     "Secretary General Tom Poe said on Monday. Poe signed the document after talks in Beijing on 11 June with "
     f"{MA}.", "Both sides exchanged views.", "date", "2018-06-11"),
    # "The plan was signed by A and B after talks at the department's headquarters": seminars planned, a meeting held
    ("Example Party and Chinese Communists sign cooperation plan", "2024.05.09", "The Example Party and the CPC "
     "signed a three-year cooperation plan in Beijing on Wednesday, May 8, covering cadre training and joint seminars "
     "on the fight against hunger, the party said in a statement. The plan was signed by Party President Ann Roe and "
     f"{MA}, after talks at the department's headquarters.", "Both sides exchanged views.", "type",
     ("meeting", "in_person")),
    # "The agreement was reached when A and B held a video call on May 19": an online course planned, a call held
    ("Example Party and CPC to hold online training", "2020.05.20", "Ulaanbaatar, May 20 (MONTSAME) \u2013 The "
     "Example Party and the CPC have agreed to organize an online training course on COVID-19 prevention for party "
     "officials. The agreement was reached when Party Secretary General Tom Poe and "
     f"{MA}, held a video call on May 19.", "Both sides exchanged views.", "type", ("call", "video")),
    ("Example Party and CPC to hold online training", "2020.05.20", "Ulaanbaatar, May 20 (MONTSAME) \u2013 The "
     "Example Party and the CPC have agreed to organize an online training course on COVID-19 prevention for party "
     "officials. The agreement was reached when Party Secretary General T.Poebaatar and "
     f"{MA}, held a video call on May 19.", "Both sides exchanged views.", "foreign", ["T.Poebaatar"]),
    # "a senior leader of the CPC told X over telephone": a call; the signer of the press release is a source
    ("China to stand by Bangladesh, CPC leader tells Poe", "2023.08.18", "DHAKA, Aug 17, 2023 (BSS) - China will "
     "continue to stand by Bangladesh, a senior leader of the CPC told Example Party General Secretary Tom Poe over "
     f"telephone today. {MA}, spoke to Poe this afternoon, according to a press release signed by Party Deputy "
     "Office Secretary Bob Roe.", "Both sides exchanged views.", "type", ("call", "phone")),
    ("China to stand by Bangladesh, CPC leader tells Poe", "2023.08.18", "DHAKA, Aug 17, 2023 (BSS) - China will "
     "continue to stand by Bangladesh, a senior leader of the CPC told Example Party General Secretary Tom Poe over "
     f"telephone today. {MA}, spoke to Poe this afternoon, according to a press release signed by Party Deputy "
     "Office Secretary Bob Roe.", "Both sides exchanged views.", "foreign", ["Tom Poe"]),
    # the day of the reception, not the first day of the visit named after it
    ("Party Chief Receives CPC Delegation", "2006.03.15", "Hanoi, March 14 (VNA) -- General Secretary of the Example "
     f"Party Central Committee Tom Poe received in Hanoi on March 14 a delegation of the CPC led by {MA}, who is on "
     "a working visit to Vietnam from March 13 to 17 at the invitation of the party.", "Both sides exchanged views.",
     "date", "2006-03-14"),
    # "X had met Y at Z last week": an earlier contact, not this one
    ("Chinese Ambassador calls on Party Chair", "2021.08.04", "Kathmandu, Aug 3 (RSS): Chinese Ambassador to Nepal "
     "Ma Lin called on Chairman of the Example Party Tom Poe at his residence on Tuesday.", "The two sides discussed "
     "bilateral relations.\n\nAmbassador Ma had met "
     "Chairman of the Other Party Bob Roe at Khumaltar last week.", "foreign", ["Tom Poe"]),
    # a long title before the name and "as special envoy of" after it
    ("Special envoy informs Chinese side", "2026.02.03", "Beijing (VNA) \u2013 A delegation of the Example Party, "
     "led by Secretary of the Party Central Committee and Head of its Commission for Policies Tom Poe as special "
     f"envoy of General Secretary Ann Roe, met with {MA}, in Beijing on February 2.", "Both sides exchanged views.",
     "foreign", ["Tom Poe"]),
    # the party another is the partner of is named in passing
    ("Party chief meets CPC official", "2014.09.26", "BEIJING, Sept. 25 (Kyodo) -- Tom Poe, leader of the Example "
     "Party, the junior coalition partner of Prime Minister Ann Roe's Liberal Democratic Party, met Thursday with "
     f"{MA}.", "Both sides exchanged views.", "parties", ["Example Party"]),
    # "after X held talks here with a visiting CPC delegation": the title-first subject took part
    ("Party to send officials to China", "2007.08.15", "WINDHOEK, Aug. 14 (Xinhua) -- The Example Party will send a "
     "group of officials to China for training before the end of the year, under an agreement reached with the CPC on "
     "Tuesday. The arrangement was announced after Example Party Secretary-General Tom Poe held talks here with a "
     f"visiting CPC delegation led by {MA}.", "Both sides exchanged views.", "foreign", ["Tom Poe"]),
    # envoys who "took the floor" at a briefing spoke at it
    ("IDCPC Briefs Foreign Diplomats", "2019.11.09", "Beijing, November 8th\u2014The IDCPC held a briefing session here "
     f"today for foreign diplomatic envoys in China. {MA}, introduced the main contents.", "Russian Ambassador to China "
     "Tom Poe and Cuban Ambassador Bob Roe took the floor during the exchange session.", "foreign", ["Bob Roe", "Tom Poe"]),
])
def test_copies_of_round_105(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("later, cpc", [
    # "the warm greetings sent by A, title, to B, title": neither took part
    ("Ma conveyed to Poe the warm greetings sent by Hu Jintao, general secretary of the C.C., CPC, to Ann Roe, general "
     "secretary of the Example Party.", ["Ma Lin"]),
    # the envoy named between commas after "The Ambassador of ... to ...", before "accompanied"
    ("The Ambassador of the People's Republic of China to South Africa, Bob Lee, accompanied the visitors.",
     ["Ma Lin", "Bob Lee"]),
    # an envoy with a long title before the name, "together with"
    ("Member of the Party Leadership Council Ann Roe took part in the meeting from the party headquarters together "
     "with Ambassador Extraordinary and Plenipotentiary of the People's Republic of China to Mongolia Bob Lee.",
     ["Ma Lin", "Bob Lee"]),
])
def test_people_of_copies_of_round_105(later, cpc):
    lead = f"Ulaanbaatar, June 10 (MONTSAME). Party Secretary General Tom Poe met with {MA}, on June 9."
    got = _read("Party chief meets CPC delegation", "2010.06.10", lead, later)
    assert (got["cpc"], got["foreign"]) == (cpc, sorted(["Tom Poe"] + (["Ann Roe"] if "Council Ann Roe" in later else [])))


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "conveyed an invitation from X": X sent it
    ("CPC delegation calls on party chair", "2009.07.22", f"Kathmandu, July 21 (RSS) - A delegation led by {MA}, called "
     "on Example Party Chairman Tom Poe on Tuesday.", "Both sides exchanged views.\n\nIn a statement, spokesman Bob Roe "
     "said Ma had also conveyed an invitation from Li Hua, Minister of the CPC International Department, for a delegation "
     "to visit China.", "cpc", ["Ma Lin"]),
    # "the upcoming visit to China by Army General X, First Secretary ...": a visit to come, told in passing
    ("Party official receives Chinese ambassador", "2012.04.18", "Havana, Apr 17 (Prensa Latina) Example Party "
     "Secretary Tom Poe received on Tuesday the ambassador of the People's Republic of China, Ma Lin, at the Party "
     "headquarters.", "During the meeting, the two sides discussed preparations for the upcoming visit to China by "
     "Army General Bob Roe, First Secretary of the Example Party Central Committee.", "foreign", ["Tom Poe"]),
    # "... and Ambassador X were among those attending the event"
    ("Parties hold theoretical seminar", "2015.11.25", "Beijing, November 24 (VNA) \u2013 The 11th theoretical seminar "
     "between the Example Party and the CPC took place in Beijing on November 24. Politburo member Tom Poe led the "
     f"Vietnamese delegation, while the Chinese side was headed by {MA}.", "Ann Roe, deputy head of the Commission, and Vietnamese "
     "Ambassador to China Bob Roe were among those attending the event.", "foreign", ["Ann Roe", "Bob Roe", "Tom Poe"]),
    # "conveyed greetings from the party's National Chairman, President X, to Y": neither took part
    ("Party receives CPC delegation", "2018.03.27", "Dar es Salaam, 26 March 2018 \u2013 The Vice Chairman of the "
     f"Example Party, Tom Poe, today received a delegation of the CPC led by {MA}.", "Poe conveyed greetings from the "
     "party's National Chairman, President Bob Roe, to General Secretary Li Hua.", "foreign", ["Tom Poe"]),
    # "Also present ... were A and the Ambassador of the People's Republic of China to Tanzania, X." ending a paragraph
    ("Party receives CPC delegation", "2018.03.27", "Dar es Salaam, 26 March 2018 \u2013 The Vice Chairman of the "
     f"Example Party, Tom Poe, today received a delegation of the CPC led by {MA}.", "Also present at the talks were "
     "Party Secretary General Ann Roe, Deputy Secretary General (Mainland) Sam Doe and the Ambassador of the People's "
     "Republic of China to Tanzania, Wang Ke.\n\nHe said the two parties share a long history.", "cpc",
     ["Ma Lin", "Wang Ke"]),
    # "was also attended by member of the Presidium X, who ...": a lower-case title before the name
    ("Party holds online meeting with CPC", "2020.06.19", "Moscow, 18 June 2020 \u2014 Secretary of the General Council "
     f"of the Example Party Tom Poe held an online meeting today with {MA}.", "On the Russian side, the conversation was "
     "also attended by member of the Presidium of the General Council Bob Roe, who coordinates the party's "
     "international work.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "came to Sichuan after concluding its programme in Beijing, where X held talks with it": an earlier stop
    ("Provincial leader meets delegation in Chengdu", "2011.05.25", "Chengdu, May 24th\u2014Ma Lin, Secretary of the CPC "
     "Sichuan Provincial Committee, met here today with a delegation of the Example Party led by Tom Poe, Member of "
     "its Standing Committee.", "Both sides exchanged views.\n\nThe delegation came to Sichuan after concluding its "
     "programme in Beijing, where Li Hua, Minister of the IDCPC, held talks with it on May 20th.", "cpc", ["Ma Lin"]),
    # a standing council "held a meeting" co-chaired by both sides: a conference
    ("Exchange Council Meets in Beijing", "2018.06.12", "Beijing, June 11th\u2014The China-Japan Ruling Parties "
     f"Exchange Council held a meeting here today. {MA}, co-chaired the meeting with Tom Poe, Secretary-General of the "
     "Liberal Democratic Party (LDP) of Japan.", "Both sides exchanged views.", "type", ("conference", "in_person")),
    # an announcement: "According to Hu, X, Minister of the IDCPC, will hold talks with the delegation"
    ("Delegation to Visit China", "2017.09.21", "Beijing, September 20th\u2014Bob Lee, spokesperson of the International "
     "Department of the CPC Central Committee, announced here today that a delegation of the Example Party led by Tom "
     "Poe, First Vice President of the Example Party, will visit China from September 23rd to 28th.", f"According to "
     f"Lee, {MA}, will hold talks with the delegation during its stay in Beijing.", "cpc", ["Bob Lee", "Ma Lin"]),
    # an announcement: "The delegation also includes X, Hu said."
    ("Delegation to visit China", "2024.07.16", "BEIJING, July 15 (Xinhua) -- A delegation of the Example Party led by "
     "its Secretary General Tom Poe will visit China from July 17 to 23, Bob Lee, spokesperson for the International "
     "Department of the CPC Central Committee, announced here Monday.", "The delegation also includes Example Party "
     "First Deputy Secretary General Ann Roe, Lee said.", "foreign", ["Ann Roe", "Tom Poe"]),
    # "the party's Secretary for Administration, X, said on Tuesday." then "X was speaking after holding talks with"
    ("Party to send officials to China", "2009.03.11", "HARARE, March 10 (New Ziana) - The Example Party is to send 40 "
     "officials to China this year for training, the party's Secretary for Administration, Tom Poe, said on Tuesday.",
     "Poe was speaking after holding talks at the party's headquarters in Harare with a visiting delegation of the CPC "
     f"led by {MA}.", "foreign", ["Tom Poe"]),
    # "The agreement came during talks in Tokyo between A and B"
    ("Parties agree to resume youth exchanges", "2018.09.06", "TOKYO, Sept. 5 Kyodo - The Example Party and the CPC "
     "agreed Wednesday to send delegations of young lawmakers to each other's country next year.", "The agreement came "
     f"during talks in Tokyo between Party Secretary General Tom Poe and {MA}, who is leading a delegation.", "foreign",
     ["Tom Poe"]),
    # an announcement: "Premier X and Y, chairman of ..., will meet with him respectively"
    ("Leader to visit China", "2024.08.17", "BEIJING, Aug. 16 (Xinhua) -- At the invitation of Xi Jinping, General "
     "Secretary of the CPC Central Committee, Tom Poe, General Secretary of the Example Party, will pay a state visit to "
     "China from Aug. 18 to 20, IDCPC spokesperson Bob Lee announced on Friday.", "During the visit, Xi will hold talks with "
     "Poe, and Premier Li Qiang and Zhao Leji, chairman of the National People's Congress Standing Committee, will meet "
     "with him respectively, Lee said.", "cpc", ["Xi Jinping", "Bob Lee", "Li Qiang", "Zhao Leji"]),
])
def test_copies_of_round_106(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # a title-first party office before honorifics, then "who is also" a second office: the party stays his
    ("Prime Minister receives CPC delegation", "2026.01.14", "KUALA LUMPUR, Jan 13 (Bernama) -- Prime Minister Tom "
     f"Poe, President of the Example Party, received a delegation of the CPC led by {MA}, today.", "Poe said the party "
     "was keen to learn from China.\n\nDuring the visit, Ma also met separately with United Malays National Organisation (UMNO) President Datuk Seri Dr Ahmad Zahid Hamidi, who is "
     "also Deputy Prime Minister.", "parties", ["Example Party", "United Malays National Organisation"]),
    # "acting Secretary-General X said during an online meeting held on 18 May with Y"
    ("Party leaders to resume study trips to China", "2022.05.20", "The Example Party will resume sending its leaders "
     "to China, acting Secretary-General Tom Poe said during an online meeting held on 18 May with "
     f"{MA}.", "Both sides exchanged views.", "foreign", ["Tom Poe"]),
    # "The delegation, which includes A, B and C, is in China"; a party spokesperson quoted after the contact
    ("Party delegation received in Beijing", "2010.06.04", "Johannesburg, 4 June 2010 \u2013 The delegation of the "
     f"Example Party led by Secretary General Tom Poe was received in Beijing on 2 June by {MA}.", "The delegation, "
     "which includes Party National Chairperson Ann Roe, Deputy Secretary General Sam Doe and NEC member Kim Dee, is in "
     "China at the invitation of the CPC.\n\n\"These talks open a new chapter,\" said Party National Spokesperson Bob "
     "Roe.", "foreign", ["Ann Roe", "Kim Dee", "Sam Doe", "Tom Poe"]),
    # a headline telling a meeting and then a video call: the lead's meeting comes first
    ("Senior CPC official meets party delegation, holds video call with French leader", "2025.11.13", "BEIJING, Nov. 12 "
     "(Xinhua) -- The CPC is ready to work with political parties in Malaysia and France, a senior CPC official said on "
     f"Wednesday.", f"{MA}, made the remarks when meeting with a delegation led by Tom Poe, president of the Example "
     "Party, in Beijing.", "type", ("meeting", "in_person")),
    # a foreign party's announcement: "will arrive in the country on Thursday for a four-day working visit", and the
    # people the delegation "would be received by" and "would hold talks with"
    ("CPC delegation due this week", "2019.08.06", "Dodoma, August 5 \u2014 Example Party Secretary for Publicity Tom Poe "
     f"announced here today that a delegation of the CPC led by {MA}, will arrive in the country on Thursday for a "
     "four-day working visit.", "Poe said the delegation would be received by Party National Chairman and President "
     "Ann Roe at the State House, and would hold talks with Party Secretary General Bob Roe on cadre training.",
     "type", ("other", None)),
    ("CPC delegation due this week", "2019.08.06", "Dodoma, August 5 \u2014 Example Party Secretary for Publicity Tom Poe "
     f"announced here today that a delegation of the CPC led by {MA}, will arrive in the country on Thursday for a "
     "four-day working visit.", "Poe said the delegation would be received by Party National Chairman and President "
     "Ann Roe at the State House, and would hold talks with Party Secretary General Bob Roe on cadre training.",
     "foreign", ["Ann Roe", "Bob Roe", "Tom Poe"]),
])
def test_copies_told_by_the_partys_side(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # ", and General Secretary Xi Jinping will attend the opening ceremony": a coming participant
    ("IDCPC Briefs Media on the Dialogue", "2017.11.21", "Beijing, November 21st\u2014The Dialogue will be held in "
     "Beijing from November 30th to December 3rd, and General Secretary Xi Jinping will attend the opening ceremony and "
     f"deliver a keynote speech, {MA}, told a press conference here today.", "Both sides exchanged views.", "cpc",
     ["Xi Jinping", "Ma Lin"]),
    # "Speaking to reporters ..., X said the delegation would hold talks with Y": the announced contact
    ("Party Leader to Visit China", "2015.03.09", "PHNOM PENH, March 9 (Xinhua) -- Tom Poe, chairman of the Example "
     "Party, said Monday that he will lead a delegation to China from March 15 to 21.", "Speaking to reporters after a "
     f"meeting here, Poe said the delegation would hold talks with {MA}, and visit Yunnan.", "cpc", ["Ma Lin"]),
    # "said in a statement issued here today that its Secretary-General X will lead a delegation"
    ("Party Leader to Lead Delegation to China", "2019.08.06", "Johannesburg, August 5th\u2014The Example Party said in "
     "a statement issued here today that its Secretary-General Tom Poe will lead a delegation on a visit to China from "
     "August 10th to 17th.", f"The delegation will hold talks with {MA}.", "foreign", ["Tom Poe"]),
    # a portfolio "..., Rural Development and Cooperatives" is no person
    ("Minister Meets Delegation", "2013.05.22", f"Beijing, May 21st\u2014{MA}, held talks here today with a delegation "
     "of the Example Party led by its General Secretary Tom Poe, Minister of Local Government, Rural Development and "
     "Cooperatives.", "Both sides exchanged views.", "foreign", ["Tom Poe"]),
    # "Ambassador X attended the talks." after a paragraph of speech is a sentence of its own
    ("CPC Delegation Visits Indonesia", "2024.05.18", f"Jakarta, May 14th\u2014{MA}, held talks here today with Tom Poe, "
     "Secretary-General of the Example Party.", "Ma said that the two parties enjoy a long friendship. Poe said that "
     "the party values its ties with the CPC. Chinese Ambassador to Indonesia Bob Lee attended the talks.\n\nOn May "
     "16th, the delegation left for Dili.", "cpc", ["Ma Lin", "Bob Lee"]),
    # "Prime Minister X, President of the A Party (AP), met ...": the office after the name gives his party
    ("CPC Delegation Visits Indonesia and Timor-Leste", "2024.05.18", f"Jakarta, May 14th\u2014{MA}, held talks here "
     "today with Tom Poe, Secretary-General of the Example Party.", "Both sides exchanged views.\n\nOn May 16th, Prime "
     "Minister Bob Roe, President of the National Congress for Timorese Reconstruction (CNRT), met with the delegation "
     "in Dili.", "parties", ["Example Party", "National Congress for Timorese Reconstruction"]),
])
def test_announcements_and_second_stops(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    ("CPC ready to work with party, official says", "2022.12.31", "BEIJING, Dec. 30 (Xinhua) -- The CPC is ready to work "
     f"with the Example Party, {MA}, said Friday during a video call with Party co-chair Tom Poe.", "Both sides "
     "exchanged views.", "foreign", ["Tom Poe"]),
    ("Party reviews cooperation via video link", "2022.03.10", "Caracas, March 9 (VTV).- The First Vice President of the "
     f"Example Party, Tom Poe, met via video link on Wednesday with {MA}.", "Poe was accompanied at the party "
     "headquarters by the Party Vice President for International Affairs, Ann Roe, and by the Chinese Ambassador to "
     "Venezuela, Bob Lee.", "foreign", ["Ann Roe", "Tom Poe"]),
    ("CPC Delegation to Brief Vietnam", "2007.10.30", "Hanoi, Oct. 29 (VNA) - A delegation of the CPC led by "
     f"{MA}, will pay a working visit to Vietnam from Nov. 1 to 5, the Commission for External Relations announced on "
     "Oct. 29.", "During the visit, the delegation is scheduled to be received by Party General Secretary Tom Poe and "
     "will hold talks with Bob Roe, Head of the Commission.", "foreign", ["Bob Roe", "Tom Poe"]),
    ("CPC, party agree to expand cadre training programme", "2009.08.28", "BEIJING, Aug. 27 (Xinhua) -- The CPC and "
     "the Example Party agreed here Thursday to expand a cadre training programme that has brought 100 officials to "
     f"China.", f"The agreement came as {MA}, met with Party Secretary-General Tom Poe and his delegation.", "type",
     ("meeting", "in_person")),
    ("Parties to deepen dialogue, says Poe", "2024.03.19", "BUDAPEST, March 18 (MTI) \u2013 The Example Party and the "
     "CPC will hold a second round of their party dialogue in Budapest later this year, party group leader Tom Poe said "
     f"after talks with {MA}, in the parliament building on Monday.", "Both sides exchanged views.", "type",
     ("visit", "in_person")),
    ("Party Delegation Joins CPC Dialogue", "2017.12.02", "BEIJING, Dec 1 (BSS) - A delegation of the Example Party led "
     "by its Joint General Secretary Dr Tom Poe joined the CPC in Dialogue with World Political Parties High-Level "
     "Meeting here today.", f"{MA}, presided over the opening session.", "foreign", ["Tom Poe"]),
    ("Party joins CPC dialogue with liberation movements", "2021.05.28", "On Thursday, 27 May 2021, the African National "
     "Congress took part in a virtual dialogue between the CPC and six former liberation movements, hosted online by "
     "the International Department of the CPC Central Committee.", "Alongside the ANC, the dialogue brought together "
     "Chama Cha Mapinduzi (CCM) of Tanzania, the Mozambique Liberation Front (FRELIMO) and the SWAPO Party.", "parties",
     ["African National Congress", "Chama Cha Mapinduzi", "Mozambique Liberation Front", "SWAPO Party"]),
])
def test_copies_of_round_107(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value
