"""Copies of the held round 217, mended at its measure: a plan "agreed Wednesday to keep their dialogue going" before a
video call (a call, not a gathering); a vice-minister a speaker talked to "after a video call held earlier in the day
with", past a quote's "the sides will meet"; a minister "for Climate Change"; "The A side at the talks also included
first deputy chairman ... X"; initials "D.E.W."; "Earlier, the delegation was hosted to lunch by X" (the hosts' table, part
of the visit); an announcement's guests "expected to attend online, among them X, ..., as well as senior officials of the
A and the B"; "the Caretaker and Extraordinary Convention Planning Committee of the A" (a committee, not a party); and
the JUI-F written "Jamiat Ulema-e-Islam-Fazl" (rows of our own sentences). Round 222 adds a plan told before "The consensus
was reached when X held talks with Y" or "This was agreed upon at online talks on March 21 between", "held a videoconference
this Tuesday (9) with", a foreign delegation that "visited the People's Republic of China from 14 to 21 October" under
its own dateline, "leader of Thailand's A Party", "the Head of State, who is also the leader of the A", ", opened by the
president of the A, Dr. X", "when A Vice Chair X held talks", a party's announcer "Addressing journalists ..., X said the
delegation would", a counterpart told in the announcer's quote, "Also on the line was X"; named in passing: "the momentum
created when President X hosted President Y ... in March" and "He cited Prime Minister X ... as saying"; the Alliance of
Vojvodina Hungarians is Serbian, and "the agreements ... including on the corridor between China, Mongolia and Russia"
lists no country taking part."""
from __future__ import annotations

import pytest

from tests.release_text import release
from tests.test_extract_copy_agreements import MA, _read

_LI = "Li Ming, Deputy Minister of the International Department of the CPC Central Committee"


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # a plan "agreed Wednesday to keep their dialogue going", then "The agreement was reached as X held a video call with Y"
    ("CPC, EP agree to keep up dialogue online", "2021.01.02", "BEIJING, Dec. 30 (Xinhua) -- The CPC and the Example Party "
     "(EP) agreed Wednesday to keep their dialogue going through online channels while travel stays restricted.", "The "
     f"agreement was reached as {MA}, held a video call with EP President Tom Poe.", "type", ("call", "video")),
    # '"..., so the sides will meet in a videoconference format," X said after a video call held earlier in the day with Y'
    ("EP, CPC to hold dialogue online this year", "2020.06.16", "MOSCOW, June 16. /TASS/. The Example Party (EP) and the CPC "
     "will hold the next round of their dialogue online, EP Deputy Secretary Tom Poe told TASS on Tuesday.", "\"We have agreed "
     "that the pandemic must not stop our dialogue, so the sides will meet in a videoconference format soon,\" Poe said after "
     f"a video call held earlier in the day with {_LI}.", "cpc", ["Li Ming"]),
    # "Federal Minister for Climate Change X of the A addressed the meeting": the portfolio's two words end the title
    ("Examplian parties, CPC meet online", "2022.07.24", "Islamabad [Pakistan], July 23 (ANI): Examplian parties and the CPC "
     f"held a virtual meeting on Saturday co-chaired by {MA}, and Tom Poe, chairman of the Example Party (EP).", "Federal "
     "Minister for Climate Change Ann Loe of the New Example Party (NEP) addressed the meeting.", "foreign",
     ["Ann Loe", "Tom Poe"]),
    # "The EP side at the talks also included first deputy chairman of the party Central Committee X"
    ("EP, CPC to sign new cooperation plan", "2012.10.18", "MOSCOW, October 17 (Itar-Tass) - Leader of the Example Party (EP) "
     f"Tom Poe said on Wednesday after talks with a delegation of the CPC headed by {MA}, that ties were close.", "The EP side "
     "at the talks also included first deputy chairman of the party Central Committee Bob Roe.", "foreign",
     ["Bob Roe", "Tom Poe"]),
    # "General Secretary D.E.W. X ... also addressed the opening session": three glued initials
    ("EP-CPC seminar opens", "2012.11.07", f"Colombo, November 6 \u2013 A seminar of the Example Party (EP) and the CPC opened "
     f"today. The Chinese delegation was led by {MA}.", "Example Party General Secretary D.E.W. Poe also addressed the "
     "opening session.", "foreign", ["D.E.W. Poe"]),
    # "Earlier, the delegation was hosted to lunch by EP deputy president X": part of the visit
    ("EP president receives CPC delegation", "2011.11.22", "KUALA LUMPUR: Example Party (EP) president Tom Poe received a "
     f"delegation of the CPC led by {MA}, at the party headquarters on Monday (Nov 21).", "Earlier, the delegation was hosted "
     "to lunch by EP deputy president Datuk Seri Bob Roe, who is also Health Minister.", "foreign", ["Bob Roe", "Tom Poe"]),
])
def test_people_and_types_of_held_round_217(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, value", [
    # an announcement: "... are expected to attend online, among them X, President of the A, as well as senior officials of B and C"
    ("IDCPC announces briefing for African parties", "2021.11.17", "On November 16th, Li Ming, Spokesperson of the IDCPC, "
     "announced that the CPC will hold a briefing for African parties via video link on November 19th.", "Leaders of more "
     "than 40 parties are expected to attend online, among them Tom Poe, President of the Example Party (EP), as well as "
     "senior officials of the Mozambique Liberation Front (FRELIMO) and the Prosperity Party of Ethiopia.",
     ["Example Party", "Mozambique Liberation Front", "Prosperity Party"]),
    # "Chairman of the Caretaker and Extraordinary Convention Planning Committee of the A": the committee is no party
    ("Ma Lin holds video call with APC leader", "2020.07.23", f"Beijing, July 22nd\u2014{MA}, held a video call here today "
     "with Tom Poe, Chairman of the Caretaker and Extraordinary Convention Planning Committee of the All Progressives Congress "
     "(APC) of Nigeria.", "The two sides exchanged views.", ["All Progressives Congress"]),
    # the JUI-F written "Jamiat Ulema-e-Islam-Fazl": its own form, from the dictionary
    ("Examplian parties, CPC meet online", "2022.07.24", "Islamabad [Pakistan], July 23 (ANI): Examplian parties and the CPC "
     f"held a virtual meeting on Saturday co-chaired by {MA}, and Tom Poe, chairman of the Example Party (EP).", "Leaders of "
     "the Jamiat Ulema-e-Islam-Fazl (JUI-F) also spoke.", ["Example Party", "Jamiat Ulema-e-Islam-Fazl"]),
])
def test_parties_of_held_round_217(title, pub, lead, later, value):
    assert _read(title, pub, lead, later)["parties"] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # a plan, then "The consensus was reached when X held talks in Beijing with Y": a meeting, not the plan's seminar
    ("CPC, EP vow to deepen exchanges", "2016.04.13", "BEIJING, April 12 (Xinhua) -- The CPC and the Example Party (EP) "
     "agreed on Tuesday to widen their exchanges and to make better use of their annual theoretical seminar.", "The consensus "
     f"was reached when {MA}, held talks in Beijing with Tom Poe, head of the EP International Department.", "type",
     ("meeting", "in_person")),
    # "This was agreed upon at online talks on March 21 between A and B": a call
    ("EP, CPC agencies to step up coordination", "2023.03.22", "Hanoi (VNA) \u2013 The external relations agencies of the "
     "Example Party (EP) and the CPC will step up coordination to carry out the perceptions reached during the EP Chairman's "
     "official visit to China late last year.", "This was "
     "agreed upon at online talks on March 21 between EP Chairman Tom Poe and Minister of the International Department of "
     "the CPC Central Committee Ma Lin.", "type", ("call", "video")),
    # "held a videoconference this Tuesday (9) with X": a call
    ("EP president and CPC official discuss cooperation", "2022.08.09", "The national president of the Example Party (EP), "
     "Ann Loe, held a videoconference this Tuesday (9) with Ma Lin, minister of the International Department of the Central "
     "Committee of the Communist Party of China (CPC).", "Loe presented the political scenario to the Chinese leader.",
     "type", ("call", "video")),
    # "A delegation of the A ... visited the People's Republic of China from 14 to 21 October": guests in China
    ("EP delegation concludes visit to China", "2008.10.24", "Lisbon, 23 October 2008 \u2014 A delegation of the Example "
     "Party (EP), headed by its General Secretary, Tom Poe, visited the People's Republic of China from 14 to 21 October at "
     "the invitation of the CPC.", f"During the visit, the delegation held talks with {MA}.", "type", ("meeting", "in_person")),
    # "Opened by the president of the A, Dr. X": the seminar's opener
    ("EP and CPC hold seminar", "2012.11.08", "SANTO DOMINGO, Nov. 7.\u2013 The Example Party (EP) and the CPC held this "
     "Thursday a seminar on governance at the party headquarters, opened by the president of the EP, Dr. Tom Poe.", "The "
     f"Chinese delegation was headed by {MA}.", "foreign", ["Tom Poe"]),
    # "The seminar builds on the momentum created when President X hosted President Y in Durban ... in March": the past
    ("EP and CPC hold seminar", "2013.08.20", "Johannesburg, 19 August \u2013 Example Party (EP) Secretary General Tom Poe on "
     f"Monday opened a seminar with a CPC delegation led by {MA}.", "The seminar builds on the momentum created when "
     "President Bob Roe hosted President Xi Jinping in Durban on the margins of a summit in March.", "foreign", ["Tom Poe"]),
    # "He cited Prime Minister X, the party's leader, as saying": cited
    ("EP, CPC hold forum", "2010.07.15", f"MOSCOW, July 14 (Itar-Tass) -- {MA}, and EP Chairman Tom Poe opened a forum of the "
     "Example Party (EP) and the CPC on Wednesday.", "Poe cited Prime Minister Bob Roe, the party's leader, as saying that "
     "relations were at their highest level.", "foreign", ["Tom Poe"]),
    # "... agreed to hold regular exchanges when EP Vice Chair X held talks with Y": the title after "when"
    ("EP and CPC agree to exchange views", "2008.10.15", "The Example Party and the Communist Party of China agreed to hold "
     "regular exchanges of views when EP Vice Chair Ogata Yasuo held talks with CPC International Department Head Ma Lin in "
     "Beijing on October 7.", "The two sides discussed the financial turmoil.", "foreign", ["Ogata Yasuo"]),
    # a party's announcer: "Addressing journalists at the party headquarters ..., A Secretary for Information X said the delegation would"
    ("EP delegation to visit China", "2024.05.15", "HARARE, May 14 (New Ziana) \u2013 A delegation of the Example Party (EP) "
     "led by its Secretary General, Cde Bob Roe, will leave for China this weekend at the invitation of the CPC.", "Addressing "
     "journalists at the party headquarters in Harare on Tuesday, EP Secretary for Information and Publicity Cde Tom Poe said "
     "the delegation would include senior party officials.", "foreign", ["Bob Roe", "Tom Poe"]),
    # the coming counterpart told in the announcer's quote: '"..., the delegation will hold talks with X, ...," Y said'
    ("EP delegation to visit China", "2024.05.15", "HARARE, May 14 (New Ziana) \u2013 A delegation of the Example Party (EP) "
     "led by its Secretary General, Cde Bob Roe, will leave for China this weekend at the invitation of the CPC.", "\"While "
     f"in Beijing, the delegation will hold talks with {MA}, and visit training institutions,\" Cde Roe said.", "cpc", ["Ma Lin"]),
    # "Also on the line was A secretary-general Tan Sri X"
    ("EP president speaks with CPC official", "2020.04.09", f"Kuala Lumpur, April 8 \u2013 Example Party (EP) president Tom "
     f"Poe had a telephone conversation with {MA}, on Wednesday.", "Also on the line was EP secretary-general Tan Sri Bob Roe.",
     "foreign", ["Bob Roe", "Tom Poe"]),
])
def test_people_and_types_of_round_222(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "Former Thai Prime Minister X, leader of Thailand's A Party, has confirmed that he will attend": his party
    ("CPC to host forum", "2018.08.17", "BEIJING, Aug. 16 (Xinhua) -- The CPC will host party representatives from Southeast "
     f"Asia at a forum next week, {MA}, told a press conference.", "Former Thai Prime Minister Tom Poe, leader of Thailand's "
     "Example Party, has confirmed that he will attend and address the opening session, Ma said.", "parties", ["Example Party"]),
    # "the Head of State, who is also the leader of the A (AP), welcomed the delegation": the host's party
    ("Head of State receives CPC delegation", "2012.02.16", "Conakry, 15 February (AGP) \u2013 The President of the Republic, "
     f"Professor Tom Poe, on Wednesday received a delegation of the CPC led by {MA}.", "During the audience, the Head of State, "
     "who is also the leader of the Example Party (EP), welcomed the delegation.", "parties", ["Example Party"]),
])
def test_parties_of_round_222(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("lead, later, codes", [
    # "the Alliance of Vojvodina Hungarians (SVM)": a Serbian party, whatever its name's demonym
    ("Belgrade, October 15 \u2013 A seminar on party building, jointly organised by the Serbian Progressive Party (SNS) and "
     f"the CPC, opened in Belgrade on Tuesday. {MA}, addressed it.", "The seminar, which was attended by SNS officials and "
     "representatives of the Socialist Party of Serbia (SPS) and the Alliance of Vojvodina Hungarians (SVM), discussed "
     "governance.", {"RS"}),
    # "the agreements reached by the leaders of the two countries, including on the corridor between China, Mongolia and Russia"
    (f"Ulaanbaatar, April 10 (Montsame) \u2013 MPP Secretary General Tom Poe received {MA}, on Tuesday.", "Ma expressed "
     "readiness to implement the agreements reached by the leaders of the two countries, including on the development of the "
     "economic corridor between China, Mongolia and Russia.", {"MN"}),
])
def test_countries_of_round_222(lead, later, codes):
    e = release("Party leader meets CPC delegation", "2019.10.16", lead, later).events[0]
    assert set(e.countries) == codes
