"""Copies of rounds 218, 219 and 220 mended after their first look: a bare lead speaker titled in the next sentence ("..., X
told reporters on Tuesday." then "X, secretary of ..., was speaking after talks earlier in the day with"); "the EP
Secretary-General U.X said on June 10"; "X on Tuesday, October 10, 2023, held talks"; "joined her counterparts";
"disclosed this at a press briefing"; "Thura U X"; "the messages were handed over to Chinese Ambassador X by Y"; a
predecessor ("succeeded X, who stepped down"), a leader visited before ("visited Examplia last year and met with X"), a
message told at a meeting ("reiterated the message sent by X"), a congress's closing speaker, an earlier visit's guest
("the visit to Cuba last December by X, ... special envoy of its General Secretary Y") and an earlier stop ("In Singapore,
the delegation called on X"; "In Beijing, X met with the delegation on October 20th" under a Changsha dateline) named in
passing; "the party's central office at Paris Danda" names a place; the parties of "Other East African delegations at the
meeting included" and of "The seminar, connected by video link from A, B and C, brought together"; "X spoke at an
international online conference" is a conference, "the outcomes of the Beijing Summit of the FOCAC" none, and "visit to
China last October ... in China-Japan relations" keeps a trip abroad; "Suzhou (China), 23 April 2012.\u2013" is a
dateline and "He made the statement on June 16" dates the contact (rows of our own sentences). A plan told before "X
told reporters on Tuesday" and then "X ... was speaking after talks earlier in the day with" (a visit), and "X spoke at an
international online conference ..., which the A held jointly with the IDCPC" (a conference), are held by the development
set's releases of these rounds, whose shapes our shorter rows did not reproduce. Round 220 adds "Chinese Ambassador to Việt
Nam X", a dateline "Moscow, 17 June.", "and federal deputy Y took part in the meeting", "the delegation will also include",
"it was agreed in Hanoi on March 12 as X received", "Cde. X", a message's congratulated officials "among them Deputy
President X", "held on Tuesday, 13 September, a videoconference with" and a speaker on a plenum "held in Beijing last week"."""
from __future__ import annotations

import pytest

from tests.release_text import release
from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "..., Tom Poe told reporters on Tuesday." then "Poe, secretary of ..., was speaking after talks earlier in the day with"
    ("EP, CPC agree on regular consultations", "2007.07.11", "MOSCOW, July 10 (Itar-Tass) -- The Example Party (EP) and the CPC "
     "have agreed to hold regular consultations on party building, Tom Poe told reporters on Tuesday.", "Poe, secretary of the "
     "Presidium of the EP General Council, was speaking after talks earlier in the day with a CPC delegation led by Ma Lin, "
     "head of the International Department of the CPC Central Committee.", "foreign", ["Tom Poe"]),
    # "..., the EP Secretary-General U.Poe said on June 10." then "He said so when receiving a delegation"
    ("EP, CPC to exchange trainees", "2009.06.11", "Ulaanbaatar /MONTSAME/ The Example Party (EP) and the CPC intend to send "
     "more party officials to each other's courses, the EP Secretary-General U.Poe said on June 10.", "He said so when "
     f"receiving a delegation of the CPC headed by {MA}.", "foreign", ["U.Poe"]),
    # a message, then "X succeeded Y, who stepped down as general secretary": a predecessor
    ("CPC congratulates new EP chairman", "2009.03.03", f"Kathmandu, Mar 2 (RSS): The CPC will support the EP, {MA}, has "
     "said in a congratulatory message sent to Tom Poe on his election as Chairman of the Example Party (EP).", "Poe succeeded "
     "Bob Roe, who stepped down as general secretary after the election.", "foreign", []),
    # "EP Secretary General X on Tuesday, October 10, 2023, held talks with": the year after the date
    ("EP meets Chinese ambassador", "2023.10.11", "Dar es Salaam \u2014 Example Party (EP) Secretary General Tom Poe on "
     "Tuesday, October 10, 2023, held talks with the Ambassador of the People's Republic of China to Examplia, Li Ming, at "
     "the party's office.", "The two leaders discussed relations.", "foreign", ["Tom Poe"]),
    # "held through a video link from the party's central office at Paris Danda, the two leaders ...": a place
    ("EP chairman holds virtual talks with CPC", "2022.06.21", "Kathmandu, June 20 (RSS): Chairman of the Example Party (EP) "
     f"Tom Poe held virtual talks with {MA}, on Monday.", "During the talks, held through a video link from the party's "
     "central office at Paris Danda, the two leaders exchanged views on relations between the two parties.", "foreign",
     ["Tom Poe"]),
    # "EP Secretary-General X on Thursday, 16 March, joined her counterparts ... in a virtual seminar"
    ("EP joins virtual seminar with CPC", "2023.03.17", "Windhoek \u2013 Example Party (EP) Secretary-General Ann Loe on "
     "Thursday, 16 March, joined her counterparts from five sister parties in a virtual seminar with the CPC.", f"The Chinese "
     f"side was led by {MA}.", "foreign", ["Ann Loe"]),
    # "reiterated the message sent by Xi Jinping, General Secretary ..., to X": a message told at the meeting
    ("EP receives CPC delegation", "2016.04.27", f"Havana, Apr 26 (ACN) Tom Poe, head of the EP International Department, "
     f"received on Tuesday a delegation of the CPC headed by {MA}.", "The head of the Chinese delegation reiterated the "
     "message sent by Xi Jinping, General Secretary of the CPC Central Committee, to Bob Roe on his reelection.", "cpc",
     ["Ma Lin"]),
    # an announcement: "Ma Lin visited Examplia last year and met with X, Party Leader of the EP": an earlier contact
    ("EP delegation to visit China", "2018.11.21", "Beijing, November 20th\u2014Li Ming, Spokesperson of the IDCPC, announced "
     "here today that a delegation of the Example Party (EP) led by Tom Poe, Secretary-General of the party, will pay a visit "
     "to China from November 25th.", "Li said that Ma Lin, Minister of the IDCPC, will hold talks with the delegation. Ma Lin "
     "visited Examplia last year and met with Bob Roe, Party Leader of the EP.", "foreign", ["Tom Poe"]),
    # "to turn the outcomes of the Beijing Summit of the Forum on China-Africa Cooperation into ...": no gathering here
    ("CPC ready to work with EP", "2018.11.15", "BRAZZAVILLE, Nov. 14 (Xinhua) -- The CPC stands ready to work with the Example "
     "Party (EP) to turn the outcomes of the Beijing Summit of the Forum on China-Africa Cooperation into tangible benefits, a "
     f"senior CPC official said here on Wednesday.", f"{MA}, made the remarks during talks with Tom Poe, secretary general "
     "of the EP.", "type", ("visit", "in_person")),
    # "..., members of the EP Political Bureau and the Chinese Ambassador to Examplia, X": X's own title
    ("EP receives CPC delegation", "2013.05.15", "Juba, 14 May 2013 \u2013 The Secretary General of the Example Party (EP), "
     f"Tom Poe, today received a delegation of the CPC led by {MA}.", "The meeting was attended by the EP Deputy Secretary "
     "General, Cde Ann Loe, members of the EP Political Bureau and the Chinese Ambassador to Examplia, Li Ming.", "cpc",
     ["Ma Lin", "Li Ming"]),
    # an announcement's speaker in the next paragraph: "EP Joint General Secretary X disclosed this at a press briefing"
    ("CPC delegation due in Dhaka", "2014.10.18", f"Dhaka, Oct 17 (BSS) \u2013 A delegation of the CPC led by {MA}, will "
     "arrive here on Sunday on a visit at the invitation of the Example Party (EP).", "EP Joint General Secretary Tom Poe "
     "disclosed this at a press briefing this afternoon.", "foreign", ["Tom Poe"]),
    # "Suzhou (China), 23 April 2012.\u2013 ...": a country in brackets after the dateline city
    ("EP attends party forum", "2012.04.24", "Suzhou (China), 23 April 2012.\u2013 The Secretary General of the Example Party "
     "(EP), Tom Poe, took part today in the opening session of a political parties forum.", "The keynote address was "
     f"delivered by {MA}.", "date", "2012-04-23"),
    # a message: "In his closing speech to the Congress, outgoing Party General Secretary X said ...": the congress's speaker
    ("Hu congratulates new EP leader", "2011.01.20", "Hanoi (VNA) \u2013 General Secretary Hu Jintao on January 19 sent a "
     "message of congratulations to Tom Poe on his election as General Secretary of the Example Party (EP).", "In his closing "
     "speech to the Congress, outgoing Party General Secretary Bob Roe said that the Party had received many messages.",
     "foreign", []),
    # "Chairman of the EP Thura U X received": a Burmese honour before "U"
    ("EP chairman receives CPC delegation", "2013.03.13", "NAY PYI TAW, 12 March \u2014 Chairman of the Example Party (EP) "
     f"Thura U Tom Poe received a delegation of the CPC led by Mr {MA}, here this afternoon.", "They exchanged views.",
     "foreign", ["Tom Poe"]),
    # no dateline day: "..., the EP Chairman X said." then "He made the statement on June 16 when receiving"
    ("EP to intensify cooperation with CPC", "2009.06.17", "Ulaanbaatar /MONTSAME/ The Example Party (EP) will intensify "
     "its cooperation with the CPC in training cadres, the EP Chairman and Prime Minister S.Poe said.", "He made the statement "
     f"on June 16 when receiving a delegation of the CPC headed by Mr {MA}.", "date", "2009-06-16"),
    # "The messages were handed over to Chinese Ambassador to Examplia X by Y": the ambassador took them
    ("EP leaders congratulate Xi", "2012.11.17", "PHNOM PENH, Nov. 16 (Xinhua) -- Leaders of the Example Party (EP) said on "
     "Friday in a congratulatory message to Xi Jinping that the EP will work with the CPC.", "The messages were handed over "
     "to Chinese Ambassador to Examplia Li Ming by Tom Poe, a member of the EP Central Committee, on Friday.", "cpc",
     ["Li Ming"]),
    # "the visit to Cuba last December by X, ... and special envoy of its General Secretary Y": both cited; the envoy's meeting
    ("EP and CPC to increase exchanges", "2013.01.23", "Havana, Jan 22 (Prensa Latina) The EP and the CPC will increase "
     "exchanges this year, it was agreed here today during a meeting between the head of the International Relations "
     "Department of the Example Party (EP), Tom Poe, and the ambassador of the People's Republic of China, Li Ming.", "Poe "
     "highlighted the significance of the visit to Cuba last December by Ma Lin, member of the Political Bureau of the CPC and "
     "special envoy of its General Secretary Xi Jinping, who briefed the Cuban leadership.", "cpc", ["Li Ming"]),
    ("EP and CPC to increase exchanges", "2013.01.23", "Havana, Jan 22 (Prensa Latina) The EP and the CPC will increase "
     "exchanges this year, it was agreed here today during a meeting between the head of the International Relations "
     "Department of the Example Party (EP), Tom Poe, and the ambassador of the People's Republic of China, Li Ming.", "Poe "
     "highlighted the significance of the visit to Cuba last December by Ma Lin, member of the Political Bureau of the CPC and "
     "special envoy of its General Secretary Xi Jinping, who briefed the Cuban leadership.", "type", ("meeting", "in_person")),
    # "Wang said that Prime Minister X's visit to China last October broke the impasse in China-Japan relations": a trip abroad
    ("CPC official meets party leaders in Tokyo", "2007.02.08", "Tokyo, February 7th\u2014Ma Lin, Minister of the International "
     "Department of the CPC Central Committee, who is visiting Japan at the invitation of the Example Party (EP), met here "
     "today with Tom Poe, Secretary-General of the EP.", "In his meeting with Poe, Ma said that Prime Minister Bob Roe's visit "
     "to China last October broke the political impasse in China-Japan relations.", "type", ("visit", "in_person")),
    # "Malaysia is the second leg of the delegation's trip. In Singapore, the delegation called on X": an earlier stop
    ("CPC delegation meets EP leaders", "2014.10.22", f"Kuala Lumpur, October 21st\u2014A CPC delegation led by {MA}, met "
     "here today with Tom Poe, President of the Example Party (EP).", "Malaysia is the second leg of the delegation's trip. "
     "In Singapore, the delegation called on Bob Roe, Chairman of the People's Action Party (PAP).", "foreign", ["Tom Poe"]),
    # under a Changsha dateline, "In Beijing, X, Minister of ..., met with the delegation on October 20th": an earlier stop
    ("Hunan party chief meets EP delegation", "2008.10.23", "Changsha, October 22nd\u2014Li Ming, Secretary of the CPC Hunan "
     "Provincial Committee, met here today with a delegation of the Example Party (EP) led by Tom Poe.", "The delegation is "
     "visiting China at the invitation of the IDCPC. In Beijing, Ma Lin, Minister of the IDCPC, met with the delegation on "
     "October 20th.", "cpc", ["Li Ming"]),
])
def test_people_types_and_dates_of_rounds_218_and_219(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, value", [
    # "Other East African delegations at the meeting included the A of Uganda and the B of Tanzania"
    ("EP attends world parties meeting", "2017.12.04", "Nairobi, December 3 \u2014 Example Party (EP) Secretary General Tom Poe "
     "has led a delegation to the CPC in Dialogue with World Political Parties High-Level Meeting in Beijing.", "Other East "
     "African delegations at the meeting included the National Resistance Movement (NRM) of Uganda and Chama Cha Mapinduzi "
     "(CCM) of Tanzania.", ["Chama Cha Mapinduzi", "Example Party", "National Resistance Movement"]),
    # "The seminar, connected by video link from A, B and C, brought together the D, the E and the F"
    ("EP joins virtual seminar with CPC", "2023.03.17", "Windhoek \u2013 Example Party (EP) Secretary-General Ann Loe on "
     "Thursday joined a virtual seminar with the CPC on party building.", "The seminar, connected by video link from Windhoek, "
     "Maputo and Luanda, brought together the Example Party, the Mozambique Liberation Front (FRELIMO) and the People's "
     "Movement for the Liberation of Angola (MPLA).", ["Example Party", "Mozambique Liberation Front",
                                                       "People's Movement for the Liberation of Angola"]),
])
def test_parties_of_rounds_218_and_219(title, pub, lead, later, value):
    r = release(title, pub, lead, later)
    assert sorted({p.name for e in r.events for p in e.parties}) == value


def test_countries_of_standing_ties_add_none():
    # "Ma noted that the CPC has established ties with political parties in many Caribbean countries, including Dominica"
    e = release("CPC official meets EP delegation", "2012.08.22", f"BEIJING, Aug. 21 (Xinhua) -- {MA}, met here Tuesday with "
                "a delegation of the Dominican Liberation Party (PLD) headed by Tom Poe.", "Ma noted that the CPC has "
                "established ties with political parties in many Caribbean countries, including Dominica, which set up "
                "diplomatic relations with China in 2004.").events[0]
    assert set(e.countries) == {"DO"}


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "Chinese Ambassador to Việt Nam X attended the talks": the country written with its diacritics
    ("EP official holds talks with CPC delegation", "2018.09.12", "H\u00c0 N\u1ed8I \u2014 Head of the Example Party (EP) "
     f"Commission for External Relations Tom Poe held talks in Ha Noi on September 11 with {MA}.", "Chinese Ambassador to "
     "Vi\u1ec7t Nam Li Ming attended the talks.", "cpc", ["Ma Lin", "Li Ming"]),
    # "Moscow, 17 June. Secretary of ...": a dateline closed by a full stop
    ("EP, CPC hold video conference", "2020.06.18", "Moscow, 17 June. Secretary of the General Council of the Example Party "
     f"(EP) Tom Poe held a video conference with {MA}.", "The sides discussed the interaction of the two parties.", "date",
     "2020-06-17"),
    # "The PT secretary of international relations, X, and federal deputy Y took part in the meeting": a lower-case office
    ("EP president meets CPC minister", "2023.10.25", f"On Tuesday (24), the national president of the Example Party (EP), "
     f"federal deputy Tom Poe, met in Beijing with {MA}.", "The EP secretary of international relations, Ann Loe, and federal "
     "deputy Bob Roe took part in the meeting.", "foreign", ["Ann Loe", "Bob Roe", "Tom Poe"]),
    # an announcement: "the delegation will also include the members of the Political Committee A and B"
    ("EP delegation to visit China", "2018.11.19", "SANTO DOMINGO. \u2013 The Example Party (EP) reported that its secretary "
     "general, Tom Poe, will head a delegation that will travel to China next week, at the invitation of the CPC.", "According "
     "to a statement issued this Sunday, the delegation will also include the members of the Political Committee Ann Loe and "
     "Bob Roe.", "foreign", ["Ann Loe", "Bob Roe", "Tom Poe"]),
    # "..., it was agreed in Hanoi on March 12 as Head of ... X received Y": the host
    ("EP, CPC agencies to step up cooperation", "2019.03.13", "Hanoi (VNA) \u2013 The external relations agencies of the Example "
     "Party (EP) and the CPC will step up information sharing, it was agreed in Hanoi on March 12 as Head of the EP Commission "
     f"for External Relations Tom Poe received {MA}.", "Poe welcomed the delegation.", "foreign", ["Tom Poe"]),
    # "The Secretary General of the EP, Cde. X, today received ..." and "signed in Beijing last October, when Cde. X met Y"
    ("EP receives CPC delegation", "2012.05.15", "Juba, 14 May 2012 \u2013 The Secretary General of the Example Party (EP), "
     f"Cde. Tom Poe, today received a delegation of the CPC led by {MA}.", "Ma said the CPC is ready to implement the memorandum "
     "signed in Beijing last October, when Cde. Poe met Li Ming, member of the Standing Committee of the Political Bureau.",
     "foreign", ["Tom Poe"]),
    # a message that "also congratulates the newly elected ... officials of the EP, among them Deputy President X, ...": addressed
    ("EP receives CPC message", "2008.01.03", "JOHANNESBURG, December 28 \u2013 The Example Party (EP) has received a message "
     "of congratulations from Hu Jintao, General Secretary of the CPC Central Committee, on the election of Tom Poe as its "
     "President.", "Hu also congratulates the newly elected National Executive Committee and the other national officials of "
     "the EP, among them Deputy President Ann Loe, National Chairperson Bob Roe and Secretary General Carl Doe.", "foreign", []),
    # "X held on Tuesday, 13 September, a videoconference with Y": a call
    ("EP, CPC review cooperation", "2022.09.14", "Luanda \u2013 The Secretary General of the Example Party (EP), Tom Poe, held "
     f"on Tuesday, 13 September, a videoconference with the Minister of the IDCPC, {MA.split(',')[0]}, to review cooperation.",
     "Poe thanked the CPC.", "type", ("call", "video")),
    # "X spoke on ... the third plenary session of its 20th Central Committee, held in Beijing last week": this seminar's speaker
    ("Parties and CPC hold seminar", "2024.07.23", "KIBAHA, July 23 \u2014 Secretaries general of six parties are meeting in "
     "Kibaha for a seminar organised jointly with the CPC.", f"{MA}, spoke on the CPC's experience and on the third plenary "
     "session of its 20th Central Committee, held in Beijing last week.", "cpc", ["Ma Lin"]),
])
def test_people_types_and_dates_of_round_220(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value
