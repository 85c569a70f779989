"""Copies, announcements and roundups of rounds 181 to 184: gatherings told from a plan-first lead ("agreed today at
the opening of a forum", "made the statement at the opening of a meeting of the dialogue mechanism", "spoke after talks
with", "reached the agreement during a video call he held"), parties "together with representatives of", "co-organized
by" or "have confirmed their attendance", contacts of other occasions ("stayed in St. Petersburg, where", "the informal
summit between", "visited China several times", "had exchanged letters with", "came less than two months after"), a
negated list ("No representative of ... attended"), announced people ("is scheduled to inaugurate", "will also be in the
team", "would be received by ... for bilateral talks", "will also meet the leadership of ..., including"), senders ("On
the same occasion, Samdech X ... sent a separate message", "said Monday in a congratulatory message"), and dates and
datelines ("on his re-election as ... on Wednesday", "Ulaanbaatar /MONTSAME/. \"..."); from rounds 183 and 184: "In October,
X ... led a delegation to Pyongyang", '"...," X said after a video call with Y', "passed away in Accra on November 12",
"..., X, has said." framed by "X spoke ... during a video call with", "including the work of", "the National League
for Democracy led by", "conveyed the fraternal greetings of X to", and "the visit to China earlier this year of a
delegation led by" (rows of our own sentences)."""
from __future__ import annotations

import pytest

from tests.release_text import release as _release
from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "..., delegates agreed today at the opening of a forum in this southern Chinese city": the forum
    ("Parties to turn ties into results", "2018.12.04", "Shenzhen, China, Dec 3 (Prensa Latina) Political parties from "
     "Latin America will work with the Communist Party of China (CPC) to turn good relations into concrete results, "
     "delegates agreed today at the opening of a forum in this southern Chinese city.", f"{MA}, opened the forum.",
     "type", ("conference", "in_person")),
    # "A, B and C also addressed the plenary session, together with representatives of the D and the E"
    ("Parties hold forum", "2018.12.04", "Shenzhen, Dec 3 (Prensa Latina) A forum of political parties opened here today.",
     "Tom Poe, president of the Example Party (EP), also addressed the plenary session, together with representatives of "
     "the Example League (EL) and the Example Union (EU).", "parties", ["Example League", "Example Party", "Example Union"]),
    # '"...," X told Itar-Tass on Tuesday.' then "X spoke after talks with a delegation of the CPC led by Y"
    ("Young communists to study in China", "2013.04.17", 'MOSCOW, April 16 (Itar-Tass) -- "We have agreed that next year '
     'a large group of young communists will go to China to study," Tom Poe, chairman of the Example Party (EP), told '
     "Itar-Tass on Tuesday.", f"Poe spoke after talks with a delegation of the CPC led by {MA}, which is visiting Russia.",
     "type", ("visit", "in_person")),
    # "Before arriving in Moscow, the delegation stayed in St. Petersburg, where it was received by X": an earlier stop
    ("CPC delegation visits Russia", "2013.04.17", f"Moscow, April 16th\\u2014A CPC delegation led by {MA}, held talks here "
     "today with Tom Poe, chairman of the Example Party (EP).", "Before arriving in Moscow, the Chinese delegation stayed "
     "in St. Petersburg, where it was received by Bob Roe, chairman of the city's Legislative Assembly.", "foreign",
     ["Tom Poe"]),
    # "..., X told TASS on Tuesday." then "According to him, the sides reached the agreement during a video call he held
    # earlier in the day with Y"
    ("EP, Communist Party of China to hold joint seminar in 2024 \u2014 Poe", "2023.10.18", "MOSCOW, October 17. /TASS/. "
     "The Example Party and the Communist Party of China (CPC) plan to hold a joint seminar next year, which will mark the 75th anniversary of their relations, EP "
     "Central Committee Deputy Chairman Tom Poe told TASS on Tuesday.", f"According to him, the sides reached the "
     f"agreement during a video call he held earlier in the day with {MA}.", "type", ("call", "video")),
    ("Parties plan joint seminar", "2023.10.18", "MOSCOW, October 17. /TASS/. The Example Party and the Communist Party "
     "of China (CPC) plan to hold a joint seminar next year, EP Central Committee Deputy Chairman Tom Poe told TASS on "
     f"Tuesday.", f"According to him, the sides reached the agreement during a video call he held earlier in the day "
     f"with {MA}.", "foreign", ["Tom Poe"]),
    # an announcement: "EP Chairman and Prime Minister X is scheduled to inaugurate the symposium, while Co-chairman Y
    # will chair its first working session, he said."
    ("Parties to hold symposium", "2019.09.20", "Kathmandu, Sept 20 (RSS): The Example Party (EP) and the CPC will hold a "
     "joint symposium in the capital next week, EP spokesperson Ann Doe said on Friday.", "EP Chairman and Prime "
     "Minister Tom Poe is scheduled to inaugurate the symposium, while Co-chairman Bob Roe will chair its first working "
     "session, he said.", "foreign", ["Ann Doe", "Bob Roe", "Tom Poe"]),
    # "... the informal summit between Prime Minister A and President Xi Jinping held in Mamallapuram": another occasion
    ("Envoy calls on EP leader", "2020.01.10", "New Delhi [India], January 10 (ANI): China is keen to expand exchanges "
     "with Indian parties, Chinese Ambassador to India Sun Weidong said on Friday after calling on Example Party (EP) "
     "general secretary Tom Poe.", "During the meeting, the two sides discussed the anniversary of their relations, as "
     "well as the informal summit between Prime Minister Bob Roe and President Xi Jinping held in Mamallapuram last "
     "October, sources said.", "cpc", ["Sun Weidong"]),
    # "Former President X, one of the party's founders, visited China several times during his two terms"
    ("EP delegation visits China", "2021.06.10", f"Beijing, June 9th\\u2014{MA}, met here today with Tom Poe, President "
     "of the Example Party (EP).", "Founded in 1980, the EP governed from 2003 to 2016. Former President Bob Roe, one of "
     "the party's founders, visited China several times during his two terms in office.", "foreign", ["Tom Poe"]),
    # "... said on Monday." then "X made the statement at the opening of a meeting of the dialogue mechanism between ..."
    ("EP, CPC intend to make inter-party dialogue annual", "2010.11.16", "MOSCOW, November 15 (Itar-Tass) -- The Example Party and the "
     "Communist Party of China (CPC) intend to hold their inter-party dialogue every year and to bring regional party "
     "organisations into it, Chairman of the party's Supreme Council Tom Poe said on Monday.", "Poe made the statement "
     "at the opening of a meeting of the dialogue mechanism between the two ruling parties, which brought together "
     f"party functionaries and experts from both countries in Moscow. The Chinese delegation is led by {MA}.", "type",
     ("conference", "in_person")),
    # a roundup: "On the same occasion, Samdech X, ..., sent a separate message to Xi Jinping": a sender
    ("EP leaders congratulate CPC on founding anniversary", "2021.07.02", "Phnom Penh, July 1 (AKP) -- \u201cThe achievements of the Chinese people are "
     "the fruit of the leadership of the CPC,\u201d Samdech Tom Poe, President of the Example Party (EP), stated in his "
     "message.", "In the message addressed to Xi Jinping, Poe expressed the EP's gratitude.\n\n\u201cThe EP stands ready to "
     "strengthen its exchanges with the CPC,\u201d the message read.\n\nOn the same occasion, Samdech Bob Roe, Honorary President of the EP and President of the National "
     "Assembly, sent a separate message to Xi Jinping, wishing the CPC new successes in building a moderately prosperous "
     "society in all respects.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "No representative of India's ruling A or of the opposition B attended the forum, which came less than two months
    # after Prime Minister X and Chinese President Xi Jinping held their informal summit in Wuhan"
    ("Parties meet in Kunming", "2018.06.13", f"Kunming, June 12 (ANI): {MA}, opened a forum of South Asian parties here "
     "today. Tom Poe, chairman of the Example Party (EP) of Nepal, spoke at the forum.", "No representative of India's "
     "ruling Bharatiya Janata Party (BJP) or of the opposition Congress party attended the forum, which came less than "
     "two months after Prime Minister Narendra Modi and Chinese President Xi Jinping held their informal summit in "
     "Wuhan.", "parties", ["Example Party"]),
    ("Parties meet in Kunming", "2018.06.13", f"Kunming, June 12 (ANI): {MA}, opened a forum of South Asian parties here "
     "today. Tom Poe, chairman of the Example Party (EP) of Nepal, spoke at the forum.", "No representative of India's "
     "ruling Bharatiya Janata Party (BJP) or of the opposition Congress party attended the forum, which came less than "
     "two months after Prime Minister Narendra Modi and Chinese President Xi Jinping held their informal summit in "
     "Wuhan.", "cpc", ["Ma Lin"]),
    # "..., a senior CPC official said Monday in a congratulatory message": a message
    ("CPC ready to deepen ties with EP", "2020.01.02", "BEIJING, Dec. 30 (Xinhua) -- The CPC is ready to work with the "
     "Example Party (EP) to carry forward their friendship, a senior CPC official said Monday in a congratulatory "
     "message.", f"{MA}, sent the message to Tom Poe on his election as secretary-general of the EP.", "type",
     ("message", "written")),
    # "..., X said on Tuesday after a video conversation with Y": a call
    ("Parties to hold conference", "2024.04.17", "MOSCOW, April 16. /TASS/. The Example Party and the CPC will hold a "
     "joint conference this autumn, EP leader Tom Poe said on Tuesday after a video conversation with Ma Lin, head of the "
     "International Department of the CPC Central Committee.", "Poe said the conference will take place in Moscow.",
     "type", ("call", "video")),
    # "the party's other chairman, Prime Minister X, had exchanged letters with President Xi Jinping earlier this year"
    ("EP leader talks with CPC", "2020.06.10", f"Kathmandu, June 9: EP Chairman Tom Poe held a video call with {MA}, on "
     "Tuesday.", "Poe said the party's other chairman, Prime Minister Bob Roe, had exchanged letters with President Xi "
     "Jinping earlier this year.", "foreign", ["Tom Poe"]),
    # "On 13 September 2011 the Secretary General of the EP (EP), Cde X, and the Deputy Secretary General, Cde Y, received"
    ("EP receives CPC delegation", "2011.09.14", "On 13 September 2011 the Secretary General of the Example Party (EP), "
     "Cde Tom Poe, and the Deputy Secretary General, Cde Ann Doe, received a delegation of the Communist Party of China "
     f"(CPC) led by {MA}, at the party headquarters in Johannesburg.", "They discussed cooperation.", "foreign",
     ["Ann Doe", "Tom Poe"]),
    # "The ruling EP will next week send a delegation ... to China": an announcement
    ("EP delegation to China", "2024.06.19", "KAMPALA, June 18 - The ruling Example Party (EP) will next week send a "
     "delegation of 40 senior party leaders to China for a study programme at the invitation of the CPC, the party's "
     "Director of Communications, Tom Poe, has announced.", "Poe said the delegation will be led by the party's Secretary "
     "General, Bob Roe.", "type", ("other", None)),
    # an announcement: "EP Joint General Secretary X and several members of ... will also be in the team"
    ("EP delegation to visit China", "2017.01.09", "DHAKA, Jan 8 (BSS) - Example Party (EP) General Secretary Tom Poe "
     "today said a delegation of the party will visit China next week at the invitation of the CPC.", "EP Joint General "
     "Secretary Bob Roe and several members of the party's working committee will also be in the team.", "foreign",
     ["Bob Roe", "Tom Poe"]),
    # an announcement: "The forum is co-organized by the CPC, the A (A) and the B (B)"
    ("CPC delegation to attend forum", "2014.06.10", f"BEIJING, June 9 (Xinhua) -- {MA}, will lead a CPC delegation to "
     "Brussels to attend the China-Europe Political Parties Forum from June 16 to 18, the department said Monday.",
     "The forum is co-organized by the CPC, the European People's Party (EPP) and the Party of European Socialists "
     "(PES), according to the press release.", "parties", ["European People's Party", "Party of European Socialists"]),
    # "Later in the day, Ma met separately with a cadre study delegation of the A (ACR)"
    ("Ma Lin meets delegations", "2015.03.26", f"Beijing, March 25th\\u2014{MA}, met here today with Tom Poe, President "
     "of the Example Party (EP).", "Later in the day, Ma met separately with a cadre study delegation of the Example "
     "League (EL), exchanging views with the guests.", "parties", ["Example League", "Example Party"]),
    # "... in a combination of online and offline formats." then "Leaders and representatives of more than 20 parties
    # from A, B and C all joined the dialogue via video link"
    ("Parties hold dialogue", "2022.08.26", "Urumqi, August 25th\\u2014The dialogue between the CPC and political parties "
     f"of Central Asian countries was held here today in a combination of online and offline formats. {MA}, delivered a "
     "keynote speech. Leaders and representatives of more than 20 political parties from Kazakhstan, Kyrgyzstan and "
     "Uzbekistan all joined the dialogue via video link.", "The parties agreed to deepen cooperation.", "type",
     ("conference", "video")),
    # "leaders of the A, the B and the C have confirmed their attendance"
    ("CPC briefs press on meeting", "2017.11.22", "Beijing, November 21st\\u2014The IDCPC held a press conference here "
     f"today, at which {MA}, briefed journalists on a high-level meeting to be held in Beijing.", "Ma said leaders of the "
     "Example Party, the Example League and the Example Union have confirmed their attendance.", "parties",
     ["Example League", "Example Party", "Example Union"]),
    # "congratulating him on his re-election as general secretary ... on Wednesday": the election's day
    ("Foreign party leaders congratulate Xi", "2017.10.28", "BEIJING, Oct. 27 (Xinhua) -- Leaders of political parties "
     "from many countries have sent messages to Xi Jinping, congratulating him on his re-election as general secretary "
     "of the CPC Central Committee on Wednesday.", "Tom Poe, president of the Example Party (EP), said in his message "
     "that the congress will lead China to new achievements.", "date", "2017-10-27"),
    # an announcement: "... that the delegation would be received by Secretary General X for bilateral talks", "The
    # Chinese delegation will also meet the leadership of the A (ACR), including its General Secretary Y"
    ("EP to host CPC delegation", "2023.07.18", f"JOHANNESBURG, 17 July 2023 - The Example Party (EP) will this week host "
     f"a delegation of the CPC led by {MA}, the party announced today.", "EP national spokesperson Ann Doe told a media "
     "briefing at Luthuli House that the delegation would be received by Secretary General Tom Poe for bilateral talks.\\n\\n"
     "The Chinese delegation will also meet the leadership of the Example League (EL), including its General Secretary "
     "Bob Roe, before proceeding to a seminar.", "foreign", ["Ann Doe", "Bob Roe", "Tom Poe"]),
    ("EP to host CPC delegation", "2023.07.18", f"JOHANNESBURG, 17 July 2023 - The Example Party (EP) will this week host "
     f"a delegation of the CPC led by {MA}, the party announced today.", "EP national spokesperson Ann Doe told a media "
     "briefing at Luthuli House that the delegation would be received by Secretary General Tom Poe for bilateral talks.\\n\\n"
     "The Chinese delegation will also meet the leadership of the Example League (EL), including its General Secretary "
     "Bob Roe, before proceeding to a seminar.", "parties", ["Example League", "Example Party"]),
    # "In October, X, ..., led a Chinese party and government delegation to Pyongyang": another occasion
    ("CPC official meets WPK leader", "2025.11.21", f"Beijing, November 20th\u2014{MA}, met here today "
     "with Tom Poe, Director of the International Department of the Example Party (EP).", "In October, Li Qiang, Member "
     "of the Standing Committee of the Political Bureau of the CPC Central Committee and Premier of the State Council, led "
     "a Chinese party and government delegation to Pyongyang for the celebrations.", "cpc", ["Ma Lin"]),
    # '"...," X said after a video call with Y': the call the quote came out of
    ("EP, CPC to hold dialogue in autumn", "2021.06.03", "MOSCOW, June 2. /TASS/. The Example Party and the Communist "
     "Party of China (CPC) will hold the next round of their dialogue in the autumn, Chairman of the Supreme Council of the "
     "Example Party Tom Poe said on Wednesday.", '"We have agreed that the dialogue will go ahead in the second half of the '
     'year," Poe said after a video call with Ma Lin, head of the International Department of the CPC Central Committee.',
     "type", ("call", "video")),
    ("EP, CPC to hold dialogue in autumn", "2021.06.03", "MOSCOW, June 2. /TASS/. The Example Party and the Communist "
     "Party of China (CPC) will hold the next round of their dialogue in the autumn, Chairman of the Supreme Council of the "
     "Example Party Tom Poe said on Wednesday.", '"We have agreed that the dialogue will go ahead in the second half of the '
     'year," Poe said after a video call with Ma Lin, head of the International Department of the CPC Central Committee.',
     "cpc", ["Ma Lin"]),
    # "... the death of Mr X, who passed away in Accra on November 12": the death's day
    ("CPC mourns former president", "2020.11.20", "Accra, Nov. 19, GNA - The CPC will always cherish the contribution of "
     f"former President Tom Poe, {MA}, has said in a message of condolence to the Example Party (EP).", "In the message, "
     "addressed to Mr Bob Roe, General Secretary of the EP, Mr Ma said he was deeply saddened to learn of the death of Mr "
     "Poe, who passed away in Accra on November 12 at the age of 73.", "date",
     "2020-11-19"),
    # "..., the EP National Chairman, X, has said." then "X spoke on Wednesday in Abuja during a video call with Y"
    ("EP to train young leaders with CPC", "2022.09.15", "Abuja, Sept. 14, 2022 (NAN) The Example Party (EP) will work "
     "with the CPC to train more of its young leaders, the EP National Chairman, Tom Poe, has said.", "Poe spoke on "
     f"Wednesday in Abuja during a video call with Mr {MA}.", "foreign", ["Tom Poe"]),
    # "... its constructive role on the Darfur issue, including the work of X, the special representative": praised
    ("CPC official meets EP delegation", "2009.06.10", f"Beijing, June 9th\u2014{MA}, met here today with Tom Poe, "
     "Assistant to the President of Sudan and Deputy Chairman of the Example Party (EP).", "Poe said the EP appreciates "
     "China's constructive role on the Darfur issue, including the work of Liu Guijin, the Chinese government's special "
     "representative on African affairs.", "cpc", ["Ma Lin"]),
    # "the political dialogue with the National League for Democracy led by Daw X": who leads a party
    ("CPC official meets USDP delegation", "2012.06.10", f"Beijing, June 9th\u2014{MA}, met here today with Tom Poe, "
     "Vice-chairman of the Example Party (EP).", "Poe briefed Ma on the reforms, including the political dialogue with "
     "the National League for Democracy led by Daw Aung San Suu Kyi.", "foreign", ["Tom Poe"]),
    # "X conveyed the fraternal greetings of Y to General Secretary Xi Jinping": neither takes part
    ("CPC official meets EP delegation", "2025.12.31", f"Beijing, December 30th\u2014{MA}, met here today with Tom Poe, "
     "head of the International Relations Department of the Example Party (EP).", "Poe, who is on a working visit to "
     "China, conveyed the fraternal greetings of the First Secretary of the EP Central Committee and President of the "
     "Republic, Bob Roe, to General Secretary Xi Jinping, and thanked the Chinese party, government and people for the "
     "donations of rice and solar energy equipment delivered to the island this year.", "cpc", ["Ma Lin"]),
    # "The party recalls the visit to China earlier this year of an EP delegation led by Second Deputy General Secretary X"
    ("EP congratulates CPC", "2021.07.02", "Johannesburg, 1 July - The Example Party (EP) has sent a message of "
     "congratulations to the CPC on its centenary, signed by General Secretary Tom Poe.", "The party recalls the visit "
     "to China earlier this year of an EP delegation led by Second Deputy General Secretary Bob Roe, which it says has "
     "strengthened understanding.", "foreign", ["Tom Poe"]),
])
def test_people_types_and_dates_of_rounds_181_to_184(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_countries_of_a_negated_list_are_left_out():
    # "No representative of India's ruling A or of the opposition B attended the forum"
    r = _release("Parties meet in Kunming", "2018.06.13", f"Kunming, June 12 (ANI): {MA}, opened a forum of South Asian "
                 "parties here today. Tom Poe, chairman of the Communist Party of Nepal, spoke at the forum.", "No "
                 "representative of India's ruling Bharatiya Janata Party (BJP) or of the opposition Congress party "
                 "attended the forum.")
    assert sorted({c for e in r.events for c in e.countries}) == ["NP"]


def test_a_dateline_of_an_agency_before_a_quote():
    # 'Ulaanbaatar /MONTSAME/. "Under the leadership of the CPC, ..."'
    r = _release("EP congratulates CPC", "2021.07.01", 'Ulaanbaatar /MONTSAME/. "Under the leadership of the CPC, China '
                 'has achieved a historic transformation," EP Chairman Tom Poe said in a message.', "He wished the CPC well.")
    assert r.dateline_city == "Ulaanbaatar"
