"""Copies and announcements of rounds 120 and 121: contacts told after a plan or a quote, a same day's
earlier talks, second offices and senders after an addressee, members an announcement lists, and people
or places named in passing (rows of our own sentences)."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read

_HANOI = ("Party leader receives delegation", "2007.11.21", "Hanoi (VNA) \u2013 The country regards its relations "
          "with China as a top priority, Party General Secretary Tom Poe told a visiting delegation of the CPC in "
          "Hanoi on November 20.")
_PHNOM_PENH = ("Party leader to visit China", "2009.03.17", "PHNOM PENH, March 16 (Xinhua) -- Example Party "
               "Chairman Tom Poe will visit China next week, the party's spokesman said Monday.")
_DHAKA = ("Parties hold video conference", "2020.06.11", "Dhaka, June 10 (BSS) - Example Party (EP) General Secretary "
          f"Tom Poe today held a video conference with {MA}, discussing cooperation between the two parties.")


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "Earlier the same day, Wang held talks with X": another contact of this day's stop, so X takes part
    (*_HANOI, f"The delegation is led by {MA}.\n\nEarlier the same day, Ma held talks with Bob Roe, Politburo member "
     "of the Example Party.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "In the message to X, Title, Y, Title, expressed": Y sent it
    ("Party leader sends condolences", "2008.05.15", "MOSCOW, May 14 (Xinhua) -- The ruling Example Party is ready to "
     "help the Chinese people, a senior party leader said in a message of condolence released here Wednesday.", "In "
     "the message to Li Hua, general secretary of the CPC Central Committee, Tom Poe, chairman of the Example Party's "
     "Supreme Council, expressed deep sorrow.", "foreign", ["Tom Poe"]),
    # "The Jubilee Party, led by President X, won the elections": the party's leader, cited
    ("Party delegation to visit China", "2019.06.10", "BEIJING, June 10 (Xinhua) -- A delegation of the Example Party "
     "led by Tom Poe will visit China from June 12 to 19, a spokesperson for the CPC said Monday.", "The Example "
     "Party, led by President Bob Roe, won the 2017 general elections.", "foreign", ["Tom Poe"]),
    # "the delegation, which also includes A, would hold talks in Beijing with B": an announcement's members
    ("Party delegation to visit China", "2018.03.20", "Islamabad, March 19 (APP): A delegation of the Example Party "
     "(EP) led by its Vice Chairman Tom Poe will visit China from March 22 to 27, EP spokesman Bob Roe said on "
     "Monday.", "Talking to APP, Roe said the delegation would hold talks in Beijing with Song Tao, Minister of the "
     "International Department of the CPC Central Committee.", "cpc", ["Song Tao"]),
    # "Mr U.Enkhtuvshin": the honorific is neither title nor name
    ("Chairman receives delegation", "2013.06.21", "Ulaanbaatar, June 20 /MONTSAME/ The Chairman of the Example Party "
     f"(EP) Mr U.Poeba on Thursday received a delegation of the CPC headed by Mr {MA}.", "Both sides exchanged "
     "views.", "foreign", ["U.Poeba"]),
    # "the Deputy Secretary General (Mainland), Comrade X, and ..."
    ("Parties hold talks", "2016.05.19", "Beijing, May 18 \u2014 The Secretary General of the Example Party (EP), Comrade "
     f"Tom Poe, today held talks with Comrade {MA}.", "Comrade Poe was accompanied by the EP Deputy Secretary "
     "General (Mainland), Comrade Bob Roe, and Tanzania's Ambassador to China, Jim Doe.", "foreign",
     ["Bob Roe", "Jim Doe", "Tom Poe"]),
    # "Also in attendance were A, B and the Chinese embassy's political counsellor, C"
    ("Party leader meets delegation", "2012.03.15", f"Harare, March 14 \u2014 Tom Poe received {MA}.", "Also in "
     "attendance were EP Secretary for External Relations Bob Roe and the Chinese embassy's political counsellor, "
     "Li Hua.", "cpc", ["Ma Lin", "Li Hua"]),
    # "joined Quader from the party president's political office"; "In a press release issued this evening, X said"
    (*_DHAKA, "EP Presidium "
     "member Bob Roe joined Poe from the party president's political office.\n\nIn a press release issued this "
     "evening, EP Office Secretary Jim Doe said the two parties had agreed to hold online exchanges.", "foreign",
     ["Bob Roe", "Tom Poe"]),
    (*_DHAKA, "Both sides "
     "exchanged views.", "type", ("call", "video")),
    # "X was joined at the party headquarters in Yeouido by A and B"
    ("Parties hold talks", "2025.11.13", f"Seoul, Nov. 12 (Yonhap) -- Party leader Tom Poe held talks with {MA}.", "Poe "
     "was joined at the party headquarters in Yeouido by EP Secretary-General Bob Roe.", "foreign",
     ["Bob Roe", "Tom Poe"]),
    # past visits and a past call: "the trip to China made last year by X", "X made an official visit to China in
    # September last year", "X and Y held a telephone conversation earlier this year"
    (*_PHNOM_PENH, "The visit follows the trip to China made last "
     "year by Samdech Bob Roe, EP Vice-President, the spokesman recalled.", "foreign", ["Tom Poe"]),
    (*_PHNOM_PENH, "His son, Prime Minister Bob Roe, made an "
     "official visit to China in September last year.", "foreign", ["Tom Poe"]),
    ("Minister holds video calls", "2021.07.15", f"Beijing, July 14th\u2014{MA}, held a video call today with Tom Poe, "
     "Head of the Example Party's Commission for External Relations.", "Ma said that General Secretary Li Hua and "
     "General Secretary Bob Roe held a telephone conversation earlier this year.\n\nMa held a separate video call "
     "with Jim Doe, Head of the Other Party's External Relations Commission.", "foreign", ["Jim Doe", "Tom Poe"]),
])
def test_people_of_rounds_120_and_121(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "receiving in Beijing a delegation": a meeting in China whatever the dateline
    ("Delegation received by Vice President", "2010.04.16", "Ulaanbaatar, April 16 /MONTSAME/ China attaches great "
     "importance to its relations, Vice President Li Hua said on Friday, receiving in Beijing a delegation of the "
     "Example Party headed by its Secretary General Tom Poe.", "Both sides exchanged views.", "type",
     ("meeting", "in_person")),
    # "X made the announcement when meeting with Chinese Ambassador Y" after a plan to co-host a workshop
    ("Parties to co-host cadre training workshop", "2016.08.11", "JOHANNESBURG, Aug. 10 (Xinhua) -- The Example Party "
     "and the CPC will jointly hold a workshop on cadre training later this year, EP Secretary-General Tom Poe said "
     "on Wednesday.", "Poe made the announcement when meeting with Chinese Ambassador to South Africa Li Hua at the "
     "party headquarters.", "type", ("meeting", "in_person")),
    # "agreed ... during a videoconference between A and B"; "following a telephone conversation on Wednesday between"
    ("Parties agree to boost exchanges", "2020.12.11", "Mexico City, Dec 10 (Prensa Latina) The Example Party (EP) and "
     "the CPC agreed on Thursday to organize joint seminars next year, during a videoconference between EP "
     f"president Tom Poe and {MA}.", "Both sides exchanged views.", "type", ("call", "video")),
    ("Parties to hold seminar", "2022.09.15", "Vientiane, September 14 (KPL) \u2013 The Example Party (EP) and the CPC "
     "will hold a theoretical seminar before the end of this year, following a telephone conversation on Wednesday "
     f"between Tom Poe, Head of the EP External Relations Commission, and {MA}.", "Both sides exchanged views.",
     "type", ("call", "phone")),
    # "pledge to keep dialogue going": a plan in the headline; the visit is the contact
    ("Parties pledge to keep dialogue going", "2026.04.16", "PARIS, April 15 (Xinhua) -- The Example Party (EP) and "
     "the CPC agreed on Wednesday to resume regular exchanges, a visiting CPC delegation said.", "The delegation, "
     f"led by {MA}, held talks with EP First Secretary Tom Poe at the party's headquarters.", "type",
     ("visit", "in_person")),
    # "wrote in a message sent on July 1 to X"
    ("Leader: CPC has changed the destiny of a nation", "2021.07.02", "\u201cThe CPC has changed the destiny of a "
     "nation,\u201d Tom Poe, First Secretary of the Example Party, wrote in a message sent on July 1 to Li Hua.",
     "The message was published on Friday.", "type", ("message", "written")),
    # a visiting delegation's earlier stop: "the tour, which began in Madrid, where"; "arrived on June 3rd from Hanoi, where"
    ("Parties pledge dialogue", "2026.04.16", f"PARIS, April 15 (Xinhua) -- A CPC delegation led by {MA}, held talks "
     "here on Wednesday with Example Party First Secretary Tom Poe.", "Paris is the second stop of the delegation's "
     "European tour, which began in Madrid, where Ma held talks with leaders of the Spanish Socialist Workers' Party "
     "(PSOE) of Prime Minister Bob Roe.", "foreign", ["Tom Poe"]),
    ("Delegation visits Laos", "2009.06.05", f"Vientiane, June 4 (KPL) \u2013 {MA}, held talks with Tom Poe of the "
     "Example Party here on Thursday.", "The delegation arrived in Vientiane on June 3rd from Hanoi, where it had "
     "held talks with Bob Roe, Head of the Commission for External Relations of the Communist Party of Vietnam.",
     "foreign", ["Tom Poe"]),
    # "Federal Minister X, representing the A Party (AP), addressed"; "Other speakers ... included"
    ("Parties vow joint efforts", "2021.08.27", "ISLAMABAD, Aug 26 (APP): Parties resolved on Thursday to deepen "
     "cooperation, at a virtual conference hosted by the IDCPC.", "Federal Minister for Planning, Development and "
     "Special Initiatives Tom Poe, representing the Pakistan Tehreek-e-Insaf (PTI), addressed the conference, which "
     "was also attended by leaders of the Nepali Congress.", "parties", ["Nepali Congress", "Pakistan Tehreek-e-Insaf"]),
    ("Dialogue held", "2017.12.02", "BEIJING, Dec 1 -- The high-level meeting opened here today.", "Other speakers at "
     "the plenary included State Counsellor and Chairperson of the National League for Democracy (NLD) Daw Ann "
     "Roe.", "parties", ["National League for Democracy"]),
    # "by the Chairman of the EP Executive Board A and by the Ambassador of the PRC to Serbia, B"
    ("Party leader receives delegation", "2019.04.20", f"Belgrade, April 19 (Tanjug) - Tom Poe received {MA}.", "The "
     "meeting was also attended by the Chairman of the SNS Executive Board Bob Roe and by the Ambassador of the "
     "People's Republic of China to Serbia, Li Manchang.", "cpc", ["Ma Lin", "Li Manchang"]),
])
def test_contacts_of_rounds_120_and_121(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_parties_in_words_a_lead_reports_make_no_conference():
    # "Political parties should ..., a senior official of the CPC said Tuesday during a video call with ...": one counterpart
    assert _read("CPC, Hungary's Fidesz vow closer cooperation against COVID-19", "2020.05.13", "BEIJING, May 12 (Xinhua) -- Political "
                 "parties should put people's lives first and reject attempts to politicize the pandemic, a senior "
                 "official of the Communist Party of China (CPC) said Tuesday during a video call with a leader of "
                 "Hungary's ruling party.", f"{MA}, held the video call with Tom Poe, head of the parliamentary group of "
                 "the Example Party.")["type"] == ("call", "video")


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "X told reporters on Tuesday after talks with a visiting Chinese delegation": the plan's occasion
    ("Parties to hold dialogue in autumn", "2016.06.08", "MOSCOW, June 7. /TASS/. The Example Party and the CPC will "
     "hold the next round of their dialogue in the autumn, EP Secretary Tom Poe told reporters on Tuesday after talks "
     "with a visiting Chinese delegation.", f"The Chinese delegation is headed by {MA}.", "type", ("visit", "in_person")),
    # a headline's "voices sympathy" told "in a telephone conversation with": a call
    ("Senior CPC official voices sympathy to party over quake", "2011.03.15", "BEIJING, March 14 (Xinhua) -- China is "
     "ready to offer further help, a senior official of the CPC told a leader of the ruling party on Monday.", f"{MA}, "
     "expressed sympathy and condolences in a telephone conversation with Tom Poe, secretary general of the Example "
     "Party.", "type", ("call", "phone")),
    # "He said this during a meeting with Chinese Ambassador X, who called on him"
    ("Party to send lawmakers to China", "2018.12.06", "ISLAMABAD, Dec 5 (APP): Example Party (EP) Chairman Tom Poe on "
     "Wednesday said his party would send a delegation of young parliamentarians to China.", "He said this during a "
     "meeting with Chinese Ambassador to Pakistan Li Hua, who called on him here.", "cpc", ["Li Hua"]),
    # "Party General Secretary X has urged ..., while receiving a delegation of the CPC"
    ("Party leader receives official", "2009.05.21", "Hanoi, May 20 (VNA) - Party General Secretary Tom Poe has urged the "
     "two Parties to strengthen exchanges of experience, while receiving a delegation of the Communist Party of China "
     f"(CPC) in Hanoi on May 20.", f"The delegation, led by {MA}, is paying a working visit.", "foreign", ["Tom Poe"]),
    # "On Tuesday, 8 September 2015, the Secretary General of the A, X, received"; "X, ..., announced here today"
    ("Party receives ambassador", "2015.09.09", "On Tuesday, 8 September 2015, the Secretary General of the Example "
     "Party (EP), Tom Poe, received the Ambassador of the People's Republic of China to South Africa, Li Hua.", "Both "
     "sides exchanged views.", "foreign", ["Tom Poe"]),
    ("Party delegation to visit China", "2013.03.12", "Dar es Salaam, March 11 \u2014 Example Party (EP) Secretary General "
     "Tom Poe will lead a delegation on a visit to China next Monday, the party's Secretary for Ideology and "
     "Publicity, Bob Roe, announced here today.", "The delegation will also include officials of the Youth Wing and "
     "the Women's Union.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "also sat in on the meeting", "are accompanying X", "joined the DP chairman at the party's headquarters"
    ("Party leader meets Chinese official", "2007.03.06", f"Beijing, March 5 \u2014 Tom Poe met with {MA}.", "Poe was "
     "accompanied by Bob Roe, secretary general of the party. Japanese Ambassador to China Ann Roe also sat in on the "
     "meeting.", "foreign", ["Ann Roe", "Bob Roe", "Tom Poe"]),
    ("Party leader visits China", "2013.04.10", f"Beijing, April 9 \u2014 {MA}, held talks with Tom Poe, General "
     "Secretary of the Example Party.", "EP Presidium Member Bob Roe and International Affairs Secretary Ann Roe are "
     "accompanying Poe.", "foreign", ["Ann Roe", "Bob Roe", "Tom Poe"]),
    ("Parties hold video call", "2022.03.03", f"Seoul, March 2 -- Example Party chairman Tom Poe held a video call with {MA}.",
     "Chinese Ambassador to South Korea Li Hua joined the EP chairman at the party's headquarters.", "cpc",
     ["Ma Lin", "Li Hua"]),
    # "The statement quoted X, Chairman of the A, as saying": the statement's source
    ("Party delegation to visit China", "2018.09.05", "MOSCOW, Sept. 4 -- A delegation of the Example Party led by Tom "
     "Poe will visit China next week, the party's press service said in a statement.", "The statement quoted Bob Roe, "
     "Chairman of the Example Party, as saying that contacts had become a pillar.", "foreign", ["Tom Poe"]),
])
def test_copies_and_announcements_of_round_122(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_unnamed_speakers_parties_take_part():
    got = _read("Parties pledge cooperation", "2019.06.12", "KUNMING, June 11 (Xinhua) -- Political parties from six "
                "countries on Tuesday adopted a joint initiative at a dialogue held in Kunming.", f"{MA}, delivered a "
                "keynote speech.\n\nOther speakers included a member of the Standing Committee of the Cambodian "
                "People's Party and a vice chairman of the Commission for External Relations of the Communist Party of "
                "Vietnam Central Committee.")
    assert got["parties"] == ["Cambodian People's Party", "Communist Party of Vietnam"]


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "participants at a seminar ... said here Tuesday"; "move annual seminar online", then "reached in a video call"
    ("Parties seek know-how", "2009.08.25", "BEIJING, Aug. 24 (Xinhua) -- Political parties from across Africa want to "
     "learn from China's experience, participants at a seminar on party building said here Tuesday.", "The one-day "
     "seminar, organized by the International Department of the CPC Central Committee, brought together more than 40 "
     "party officials from countries including Angola, Ethiopia and Kenya.", "type", ("conference", "in_person")),
    ("Parties move annual seminar online", "2020.06.17", "Havana, Jun 16 (Prensa Latina) The Example Party (EP) and "
     "the CPC agreed on Tuesday to hold their annual theoretical seminar online this year.", "The agreement was "
     f"reached in a video call between Tom Poe, head of the EP International Relations Department, and {MA}.", "type",
     ("call", "video")),
    # "TOKYO, Jan. 20 Kyodo --" and "said Tuesday after returning from Beijing, where he met"
    ("Party leader urges revival of exchanges", "2015.01.21", "TOKYO, Jan. 20 Kyodo -- The two countries should revive "
     "the exchange mechanism of their ruling parties, party leader Tom Poe said Tuesday after returning from Beijing, "
     "where he met a senior Chinese Communist Party official on Jan. 19.", "Both sides exchanged views.", "type",
     ("meeting", "in_person")),
    ("Party leader urges revival of exchanges", "2015.01.21", "TOKYO, Jan. 20 Kyodo -- The two countries should revive "
     "the exchange mechanism of their ruling parties, party leader Tom Poe said Tuesday after returning from Beijing, "
     "where he met a senior Chinese Communist Party official on Jan. 19.", "Bob Roe and Chinese President Li Hua held "
     "their first formal talks in Beijing in November.", "cpc", []),
])
def test_copies_of_round_123(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("later, foreign, cpc", [
    # another occasion: "will visit China later this year", "is expected to attend a forum later this year", "follows
    # the official visit to China by X, ..., in June last year"
    ("President Bob Roe, a founder of the EP, will visit China later this year.", ["Tom Poe"], ["Ma Lin"]),
    ("Prime Minister Bob Roe, who is also EP vice-president, is expected to attend a regional forum later this year.",
     ["Tom Poe"], ["Ma Lin"]),
    ("The talks follow the official visit to China by Prime Minister Bob Roe, the party's other co-chairman, in June "
     "last year.", ["Tom Poe"], ["Ma Lin"]),
    # "Attending the talks at the Hanoi end was Chinese Ambassador X"; "opened with a keynote speech by X"
    ("Attending the talks at the Hanoi end was Chinese Ambassador to Vietnam Li Hua.", ["Tom Poe"], ["Ma Lin", "Li Hua"]),
])
def test_other_occasions_and_remote_ends(later, foreign, cpc):
    got = _read("Parties hold talks", "2020.06.18", f"Hanoi, June 17 (VNA) - Example Party leader Tom Poe held talks "
                f"via video link with {MA}.", later)
    assert (got["foreign"], got["cpc"]) == (foreign, cpc)


def test_a_summit_opened_with_a_keynote_speech_by_its_host():
    got = _read("Leaders attend summit", "2021.07.07", "Kathmandu, July 6 (RSS): Example Party Chairman Tom Poe addressed "
                "the CPC and World Political Parties Summit on Tuesday.", "The summit, held in virtual format, opened "
                "with a keynote speech by Li Hua, General Secretary of the CPC Central Committee, from Beijing.")
    assert got["cpc"] == ["Li Hua"]
