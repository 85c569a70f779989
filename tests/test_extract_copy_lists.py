"""Copies and site pages that list each side's people in less common ways ("led on the A side by X and on
the Chinese side by Y", "and, on the Chinese side, Z"), name a report's sources (a press adviser, a
statement issued later) and announce who will attend (rows of our own sentences)."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read


_AGREED_ON_A_CALL = ("Ruling party, CPC agree to strengthen exchanges", "2022.01.19", "CARACAS, Jan. 18 (Xinhua) -- The "
                     "Example Party and the CPC have agreed to deepen exchanges on governance and to hold a joint "
                     "seminar later this year, the party said in a statement on Tuesday. The agreement was reached "
                     "during a video call earlier in the day between Party First Vice President Tom Poe and "
                     f"{MA}.", "Both sides exchanged views.")


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # the lead speaker "told a visiting CPC delegation"; the press adviser who quoted him is the source
    ("Party keen to learn from CPC", "2008.12.03", "KATHMANDU, Dec. 2 (Xinhua) -- The Example Party hopes to draw on "
     "the experience of the CPC, party chairman and Prime Minister Tom Poe told a visiting CPC delegation here "
     "Tuesday.", '"We have a lot to learn," Poe was quoted as saying by his press adviser Bob Roe, who briefed '
     "reporters after the meeting.\n\nThe delegation, led by " + MA + ", arrived on Sunday.", "foreign", ["Tom Poe"]),
    # "A and B, speaking at the session, said the plenum sent a clear message": a figure of speech, no letter
    ("Foreign envoys briefed on plenum", "2019.11.15", "BEIJING, Nov. 14 (Xinhua) -- The plenum's decision charts the "
     "course for China's governance, a senior CPC official told a briefing session here Thursday.", f"{MA}, briefed "
     "more than 160 diplomatic envoys in China.\n\nKazakh Ambassador Tom Poe and Cuban Ambassador Bob Roe, speaking at "
     "the session, said the plenum sent a clear message of stability.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "will gather in Beijing next week": an announcement
    ("Parties to gather in Beijing", "2017.11.22", "BEIJING, Nov. 21 (Xinhua) -- Leaders of nearly 300 political "
     "parties from more than 120 countries will gather in Beijing next week for a high-level dialogue with the CPC.",
     f"The meeting will focus on the theme of a shared future, {MA}, said on Tuesday.", "type",
     ("other", None)),
    # "In a statement issued later, Director of Information X said": the party's source
    ("Party to send cadres to China", "2024.12.31", "HARARE, Dec. 31 (Xinhua) -- The Example Party plans to send more "
     "cadres to China, the party's Secretary General Tom Poe said here Tuesday.", "Poe made the remarks during a "
     "meeting with Chinese Ambassador to Zimbabwe Ma Lin.\n\nIn a statement issued later, Party Director of "
     "Information Bob Roe said the meeting had reaffirmed the friendship.", "foreign", ["Tom Poe"]),
    # "have agreed to deepen exchanges" is a plan; "during a video call earlier in the day between A and B"
    (*_AGREED_ON_A_CALL, "type", ("call", "video")),
    (*_AGREED_ON_A_CALL, "foreign", ["Tom Poe"]),
    # "the new Politburo led by General Secretary X": no contact of this release
    ("Delegation holds talks with Chinese counterparts", "2006.08.24", "Beijing, Aug. 23 (VNA) -- A delegation headed "
     f"by its Chairman Tom Poe held talks in Beijing on August 22 with {MA}.", "Poe briefed his hosts on the "
     "orientations laid down by the new Politburo led by General Secretary Bob Roe.", "foreign", ["Tom Poe"]),
    # "was received on June 14 in Beijing by": a meeting in China whatever the dateline
    ("Party Delegation Received in Beijing", "2011.06.16", "Ulaanbaatar, June 16 /MONTSAME/. A delegation of the "
     f"Example Party headed by its Secretary-General Tom Poe was received on June 14 in Beijing by {MA}.", "Both sides "
     "exchanged views.", "type", ("meeting", "in_person")),
    # "attended by A, B and, on the Chinese side, C"
    ("Delegation Meets CPC Department Head", "2016.05.11", f"Beijing, May 10 \u2014 A delegation led by Secretary "
     f"General Tom Poe met on Tuesday with {MA}.", "The meeting was also attended by Party Deputy Secretary General "
     "Ann Roe, Japanese Ambassador to China Bob Roe and, on the Chinese side, Li Hua, Vice Minister of the "
     "department.", "foreign", ["Ann Roe", "Bob Roe", "Tom Poe"]),
    # "led on the A side by X and on the Chinese side by Y"
    ("Parties Hold Virtual Bilateral Meeting", "2020.06.12", "Johannesburg, 11 June 2020 \u2013 The Example Party "
     "today held a virtual bilateral meeting with the CPC, led on the EP side by Secretary General Tom Poe and on "
     f"the Chinese side by {MA}.", "Both sides exchanged views.", "foreign", ["Tom Poe"]),
    # a press conference's later paragraph: "Guo said that X, Member of ..., will attend the opening ceremony"
    ("IDCPC Holds Press Conference on Forum", "2019.05.09", "Beijing, May 8th\u2014The IDCPC held a press conference here "
     f"today on the forum, which will open in Kunming on May 16th. {MA}, introduced the forum.", "Ma said that Li Hua, "
     "Member of the Standing Committee of the Political Bureau of the CPC Central Committee, will attend the opening "
     "ceremony and deliver a keynote speech.", "cpc", ["Ma Lin", "Li Hua"]),
])
def test_copies_of_round_108(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "at his residence in Naya Bazaar, Chairman of the A Party X told the Chinese delegation": a place, then a speaker
    ("CPC Delegation Calls on Party Chiefs", "2010.09.15", f"Kathmandu, Sept. 14 (RSS): A delegation led by {MA}, "
     "called on the chiefs of the three major parties separately here on Tuesday.", "During a meeting at his residence "
     "in Naya Bazaar, Chairman of the Example Party Tom Poe told the Chinese delegation that his party was committed "
     "to peace.\n\nLater in the day, the delegation met Chairman of the Other Party Ann Roe at the party headquarters "
     "at Balkhu, and acting President of the Third Party Bob Roe at his residence in Maharajgunj.", "foreign",
     ["Ann Roe", "Bob Roe", "Tom Poe"]),
    # a foreign party's announcement: who "will leave for Beijing", its spokesperson "Announcing the visit ..., X said",
    # and who "will be accompanied by" and "will hold talks with"
    ("Party Co-chair to Visit China", "2019.09.03", "Kathmandu, September 3 \u2013 Example Party (EP) Co-chair Tom Poe "
     "will leave for Beijing on September 9 on a week-long visit, the party announced on Tuesday.", "Announcing the "
     "visit at a press meet, EP spokesperson Bob Roe said that Poe will hold talks with Ma Lin, head of the CPC "
     "International Department.\n\nPoe will be accompanied by EP Standing Committee member Ann Roe, Roe said.",
     "foreign", ["Ann Roe", "Bob Roe", "Tom Poe"]),
    ('The dialogue, devoted to "...", was opened by A and B', "2014.06.18", "Berlin, June 17 \u2013 The Example Party "
     "and the CPC held the third round of their party dialogue in Berlin on Tuesday. The dialogue, devoted to "
     f"\"Urbanisation\", was opened by Party Secretary General Tom Poe and {MA}.", "Both sides exchanged views.",
     "foreign", ["Tom Poe"]),
    # a foreign agency's copy: "met with H.E. X, Minister of ..., in Beijing on September 12": a meeting in China
    ("Party Vice President Meets IDCPC Minister in Beijing", "2023.09.13", "Phnom Penh, September 13 (AKP) \u2013 "
     "Samdech Tom Poe, Vice President of the Example Party, met with H.E. Ma Lin, Minister of the International "
     "Department of the CPC Central Committee, in Beijing on September 12.", "Both sides exchanged views.", "type",
     ("meeting", "in_person")),
    # "a senior official of the Party's international department told reporters" then "made the remarks at a press
    # conference": a press conference
    ("CPC to keep expanding contacts, official tells press conference", "2017.10.22", "BEIJING, Oct. 21 (Xinhua) -- The "
     "CPC will keep expanding its exchanges with political parties, a senior official of the Party's international "
     f"department told reporters here Saturday.", f"{MA}, made the remarks at a press conference held at the press "
     "center of the congress.", "type", ("other", None)),
])
def test_copies_of_rounds_107_and_108(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    ("Exchange Council Meets in Tokyo", "2008.02.25", "Tokyo, February 24th\u2014The exchange council between the ruling "
     f"parties of China and Japan held a meeting here today. The Chinese side was led by {MA}, and the Japanese side by "
     "Tom Poe, Secretary-General of the Liberal Democratic Party.", "Both sides exchanged views.", "type",
     ("conference", "in_person")),
    ("Party joins dialogue with CPC", "2021.05.28", "On Thursday, 27 May 2021, the Example Party took part in a virtual "
     f"dialogue with the CPC, co-chaired by {MA}, and Party Secretary-General Tom Poe.", "Both sides exchanged views."
     "\n\nParty National Spokesperson Bob Roe said the dialogue had reaffirmed the resolve of the movements.",
     "foreign", ["Tom Poe"]),
    ("Party Delegation Joins CPC Dialogue", "2017.12.02", "BEIJING, Dec 1 (BSS) - A delegation of the Example Party led "
     "by its Joint General Secretary Tom Poe joined the CPC in Dialogue with World Political Parties here today.",
     f"{MA}, presided over the opening session.\n\nThe delegation also included Ann Roe, while Bangladesh Ambassador to "
     "China Bob Roe accompanied the team at the opening session.", "foreign", ["Ann Roe", "Bob Roe", "Tom Poe"]),
])
def test_copies_of_round_109(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


_MET = f"Ulaanbaatar, June 4 (MONTSAME). Party Chairman Tom Poe on Tuesday received a delegation headed by {MA}."


@pytest.mark.parametrize("later, foreign, cpc", [
    ("The briefing was delivered by Chinese Ambassador to Laos Bob Lee.", ["Tom Poe"], ["Ma Lin", "Bob Lee"]),
    ("Party Secretary Ann Roe and Party Treasurer Bob Roe were present during the talks, while Vice Minister Ai Ping "
     "attended from the Chinese side.", ["Ann Roe", "Bob Roe", "Tom Poe"], ["Ma Lin", "Ai Ping"]),
    ("Poe was accompanied by former Party Secretary Ann Roe, while Japanese Ambassador to China Bob Roe sat in on the "
     "talks.", ["Ann Roe", "Bob Roe", "Tom Poe"], ["Ma Lin"]),
    ("Poe was joined by party vice-president Ann Roe.", ["Ann Roe", "Tom Poe"], ["Ma Lin"]),
    ("Presidium Member Ann Roe and International Affairs Secretary Bob Roe were among the members of the delegation.",
     ["Ann Roe", "Bob Roe", "Tom Poe"], ["Ma Lin"]),
    ("Chinese Ambassador to Brazil Bob Lee followed the conversation from the embassy in Brasilia.", ["Tom Poe"],
     ["Ma Lin", "Bob Lee"]),
    ("Taking part on the Brazilian side were the Party Secretary of International Relations, Ann Roe, and Brazil's "
     "Ambassador to China, Bob Roe.", ["Ann Roe", "Bob Roe", "Tom Poe"], ["Ma Lin"]),
    ("Party National Organiser Ann Roe and Party Chairman Bob Roe joined the Prime Minister at Temple Trees for the "
     "online event, the Prime Minister's Media Division said.", ["Ann Roe", "Bob Roe", "Tom Poe"], ["Ma Lin"]),
    ("Both sides exchanged views.\n\nParty National Spokesperson Bob Roe said after the meeting that the bilateral had "
     "reaffirmed the relationship.", ["Tom Poe"], ["Ma Lin"]),
])
def test_each_sides_people_in_copies_of_round_109(later, foreign, cpc):
    got = _read("Party Chairman Receives CPC Delegation", "2019.06.05", _MET, later)
    assert (got["foreign"], got["cpc"]) == (foreign, cpc)


def test_a_foreign_partys_announcement_closed_by_its_spokesperson():
    got = _read("Party Delegation to Visit China", "2025.03.10", "Kathmandu, March 9 (RSS) \u2013 A delegation of the "
                "Example Party led by its General Secretary Tom Poe will visit China from March 16 to 22, party "
                "spokesperson Bob Roe said on Sunday.", "The delegation will also include Central Working Committee "
                "members Ann Roe and Sam Doe, Roe said.", )
    assert got["foreign"] == ["Ann Roe", "Bob Roe", "Sam Doe", "Tom Poe"]


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    ("Parties agree on annual youth leaders exchange", "2010.09.08", "BEIJING, Sept 7 (Bernama) -- The Example Party and "
     "the CPC have agreed to launch an annual exchange programme for their young leaders, party president Tom Poe said.",
     f"Poe made the remarks after meeting {MA}.", "type", ("meeting", "in_person")),
    ("Party and CPC discuss integration", "2014.06.11", "MOSCOW, June 10. /ITAR-TASS/. The Example Party and the CPC "
     "should coordinate more closely, participants in an inter-party dialogue said in Moscow on Tuesday.", "The fifth "
     "meeting of the dialogue mechanism between the two parties was opened by Chairman of the Party Council Tom Poe and "
     f"{MA}.", "foreign", ["Tom Poe"]),
    ("Leader: country will remain reliable partner of China", "2016.09.13", "BELGRADE, Sept 12 (Tanjug) - Serbia will "
     "remain a reliable partner of China, Prime Minister and Serbian Progressive Party (SNS) President Tom Poe told a "
     "delegation of the "
     "Communist Party of China on Monday.", f"The delegation was led by {MA}.", "foreign", ["Tom Poe"]),
    ("Parties hold video call", "2020.06.23", "Hanoi (VNA) \u2013 Head of the Party Central Committee's Commission for "
     "External Relations Tom Poe and head of the International Department of the CPC Central Committee Ma Lin reviewed "
     "the implementation of agreements on June 22 via video link.", "Both sides exchanged views.", "foreign", ["Tom Poe"]),
    ("Parties see opportunities in China's reform", "2024.08.29", "BEIJING, Aug. 28 (Xinhua) -- China's new round of "
     "reform will bring fresh opportunities for Southeast Asia, officials of political parties from the region said on "
     "Wednesday at a briefing session on the plenary session.", "The session was held in a combination of online and "
     f"offline formats: {MA}, briefed participants from Beijing, while representatives of political parties from "
     "Cambodia and Laos all joined via video link.", "type", ("conference", "video")),
    ("Delegation to visit China", "2008.06.05", "Pyongyang, June 4 -- A delegation of the Example Party led by Tom Poe "
     "will visit China next week, the party said.", f"The delegation will hold talks with {MA}.\n\nBob Roe, General "
     "Secretary of the Example Party, paid an unofficial visit to China in April last year.", "foreign", ["Tom Poe"]),
    ("Party delegation to visit China", "2014.06.03", "Dar es Salaam, June 2 \u2013 A delegation of the Example Party led "
     "by Tom Poe will visit China next week, the party announced today.", "A statement issued by the party headquarters "
     "said that the eight-member delegation would include Ann Roe, Party Secretary for Ideology.", "foreign",
     ["Ann Roe", "Tom Poe"]),
])
def test_copies_and_announcements_of_round_109(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("later, foreign", [
    # a glued initial's name closing a title-first item, then more title-first items
    ("Present at the meeting were Party Secretary-General D.Amarbayasgalan, Head of the Party Foreign Relations "
     "Department B.Enkhbayar and Chinese Ambassador to Mongolia Bob Lee.", ["B.Enkhbayar", "D.Amarbayasgalan", "Tom Poe"]),
    # a lower-case role before the name: "Standing Committee member X, chief of ... Y and ... Z were present"
    ("Standing Committee member Sam Doe, chief of the Party Department of Foreign Affairs Ann Roe and Nepal's "
     "Ambassador to China Bob Roe were present during the talks.", ["Ann Roe", "Bob Roe", "Sam Doe", "Tom Poe"]),
])
def test_title_first_lists_after_a_name(later, foreign):
    assert _read("Party Chairman Receives CPC Delegation", "2019.06.05", _MET, later)["foreign"] == foreign


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    ("Party salutes CPC on its anniversary", "2011.07.01", "Johannesburg, 01 July 2011 \u2013 The Example Party has "
     "congratulated the CPC on reaching ninety years of existence. Party Secretary General Tom Poe conveyed the message "
     "in a letter sent today to the General Secretary of the CPC.", "Both sides exchanged views.", "type",
     ("message", "written")),
    ("Senior CPC official calls for closer party dialogue", "2013.06.19", "BERLIN, June 18 (Xinhua) -- Political parties "
     "in China and Germany should step up dialogue on the transformation of their economies, a senior CPC official said "
     f"here on Tuesday.", f"{MA}, made the remarks during talks with Tom Poe, chairman of the Example Party.", "type",
     ("visit", "in_person")),
    ("Party pledges support", "2012.12.06", "Dar es Salaam - China will help the Example Party build a training centre, "
     f"{MA}, has said. Ma made the pledge when he paid a courtesy call on Party Secretary General Tom Poe on December 4.",
     "According to a statement issued yesterday by the Party Ideology and Publicity Secretary, Mr Bob Roe, the two "
     "discussed ways of strengthening the relationship.", "foreign", ["Tom Poe"]),
    ("Party conveys condolences to CPC", "2008.05.15", "On 14 May 2008, the Example Party conveyed its condolences to the "
     "CPC following the earthquake. In a letter addressed to Ma Lin, Minister of the International Department of the "
     "CPC Central Committee, Party Secretary General Tom Poe wrote that the movement had learnt with great sadness of "
     "the loss of life.", "Both sides exchanged views.", "foreign", ["Tom Poe"]),
    ("Party leader holds talks in Beijing", "2008.10.22", "BEIJING, October 21 (Itar-Tass) -- The Example Party and the "
     "CPC have agreed to hold regular consultations, party leader Tom Poe said on Tuesday after his talks with "
     f"{MA}.", "Poe, who arrived in the Chinese capital on Sunday, is expected to be received by Chinese Vice President "
     "Xi Jinping on Thursday, a source said.", "cpc", ["Ma Lin"]),
    ("Chinese ambassador meets party", "2019.06.21", "WINDHOEK, 20 JUN (NAMPA) - Chinese Ambassador to Namibia Ma Lin met "
     "Party Secretary-General Tom Poe here on Thursday.", "Ma said China is ready to implement the outcomes of the "
     "Beijing Summit, which Party President and Head of State Bob Roe attended in September last year.", "foreign",
     ["Tom Poe"]),
    ("Party Delegation to Visit China", "2017.05.02", "Beijing, May 1st\u2014Bob Lee, spokesperson of the International "
     "Department of the CPC Central Committee, announced here today that a delegation of the Example Party led by Tom "
     "Poe will visit China from May 8th to 14th.", f"{MA}, will also be a member of the delegation, Lee said.", "cpc",
     ["Bob Lee", "Ma Lin"]),
])
def test_copies_and_announcements_of_round_111(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_a_title_first_subject_before_an_abbreviated_month():
    got = _read("Party Chief Receives Chinese Party Delegation", "2007.08.04", "Hanoi, Aug. 3 (VNA) \u2013 General Secretary "
                f"of the Example Party Central Committee Tom Poe on Aug. 3 received in Hanoi a delegation led by {MA}.",
                "Both sides exchanged views.")
    assert got["foreign"] == ["Tom Poe"]


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    ("Parties' council meets in Tokyo", "2006.07.05", "TOKYO, July 4 Kyodo - The exchange council between the ruling "
     "parties of Japan and the CPC met in Tokyo on Tuesday.", f"Party Secretary General Tom Poe and Party Secretary "
     f"General Ann Roe headed the Japanese side, while the Chinese delegation was led by {MA}.", "foreign",
     ["Ann Roe", "Tom Poe"]),
    ("CPC delegation visits Laos", "2006.11.21", f"VIENTIANE, Nov. 20 -- A CPC delegation led by {MA}, held talks here on "
     "Monday with Party Secretary Tom Poe.", "Both sides exchanged views.\n\nIn Phnom Penh last week, Ma met with Bob "
     "Roe, deputy prime minister and a senior member of the Cambodian People's Party.", "foreign", ["Tom Poe"]),
    ("CPC delegation visits Cuba", "2012.06.09", f"Havana, June 8 -- A CPC delegation led by {MA}, held talks here with "
     "Party Secretary Tom Poe.", "Both sides exchanged views.\n\nThe Chinese delegation reached Havana on June 7 from "
     "Caracas, where it held talks with Bob Roe, First Vice-President of the Other Party.", "foreign", ["Tom Poe"]),
    ("CPC delegation visits party", "2012.06.09", f"Phnom Penh, June 8 -- A CPC delegation led by {MA}, held talks here "
     "with Party Secretary Tom Poe.", "Both sides exchanged views.\n\nIn a telephone interview with AKP later in the day, "
     "Party spokesman Bob Roe said the talks would help the party's cadres.", "foreign", ["Tom Poe"]),
    ("IDCPC briefs media on the coming dialogue", "2019.05.20", "Beijing, May 20th\u2014The IDCPC held a press "
     f"conference here today on the coming dialogue. {MA}, introduced it.", "Ma said that the Chinese side will be led "
     "by Li Hua, Member of the Political Bureau of the CPC Central Committee.", "cpc", ["Ma Lin", "Li Hua"]),
    ("IDCPC spokesperson announces visits", "2019.05.20", "Beijing, May 20th\u2014Bob Lee, spokesperson of the IDCPC, "
     "announced here today that a delegation of the Example Party led by Tom Poe will visit China next week.", "Lee "
     "added that a delegation of the Other Party, headed by Ann Roe, Deputy Secretary of the Other Party, will arrive "
     "in Beijing later this month.", "foreign", ["Ann Roe", "Tom Poe"]),
])
def test_copies_and_announcements_of_round_112(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_a_regional_party_chief_and_an_elliptical_other_side():
    got = _read("Region ready to expand cooperation", "2010.08.25", "HOHHOT, Aug. 24 (Xinhua) -- The region is ready to "
                "expand cooperation with Mongolia, regional Communist Party chief Bob Lee said Tuesday.", "Lee made the "
                "remarks when meeting a delegation of the Example Party led by Tom Poe, its secretary general.")
    assert (got["cpc"], got["foreign"]) == (["Bob Lee"], ["Tom Poe"])
    got = _read("IDCPC Holds Press Conference on Seminar", "2019.05.25", "Beijing, May 24th\u2014" + MA + ", announced at "
                "a press conference here today that a seminar between the CPC and the Example Party will be held in "
                "Chengdu in mid-June.", "Ma said that the Chinese side will be led by Li Hua, Member of the Political "
                "Bureau of the CPC Central Committee, and the Vietnamese side by Tom Poe, Director of the Academy.")
    assert got["foreign"] == ["Tom Poe"]
