"""Copies of rounds 200 and 201 mended after their first look: a seminar "which took place in Hanoi on December 3", a
pledge told first and "The pledge was made at a seminar ..." next, and a meeting's guest whose title holds "spokesperson"
under a lead that tells only the remarks; from round 202: "X told NC President Y during a meeting at the latter's
residence", "said here today during a meeting with Chinese Ambassador X", "will leave for China on Sunday on a week-long
visit", "was received on Tuesday 4 September 2012 in Beijing by", a title listing portfolios ("Minister of Foreign Affairs,
Cooperation, African Integration and Nigeriens Abroad X"), "on 14 July 2015 held talks", "the sixth seminar, held in
Havana in October and attended by X", "During his first visit in August, he called on President X", "Messages were also
received from the A, B and C", "the A/Social Democratic Party (MLSTP/PSD)", a roundup's sender who "recalled the warm
reception given to ... and said", and "said the spokesman, X."; from round 204: "the national liberation struggle led by X",
"The Secretary General conveyed greetings from the Chairman, H.E. X, and thanked", "accompanied to the meeting by
Uganda's Ambassador to China, Dr. X", "held on Thursday a videoconference with", "followed the exchange alongside",
"held talks via video conference with", an announcement's "X, head of ..., told the press that during the visit Y is
scheduled to hold talks with", "on Wednesday, October 27, addressed", "on Thursday in Abuja declared open", a letter "on
his election as the party's new leader at the convention on November 9", "stated in a message of greetings for", "met X
in Hanoi last autumn", and "X, says ..." then "X said this on Tuesday when the Chinese Ambassador, Y, paid him a courtesy
visit" (rows of our own sentences)."""
from __future__ import annotations

import pytest

from tests.release_text import release
from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "at the theoretical seminar between A and B, which took place in Hanoi on December 3": the seminar's day
    ("EP, CPC share experience at seminar", "2024.12.05", "NDO \u2013 The two parties will step up exchanges, delegates agreed "
     "at the theoretical seminar between the Example Party (EP) and the Communist Party of China (CPC), which took place in "
     "Hanoi on December 3.", f"The Chinese delegation was led by {MA}.", "date", "2024-12-03"),
    # "... have pledged to ... ." then "The pledge was made at a seminar ... organised here on Tuesday": the seminar
    ("Parties vow to carry forward outcomes of leaders' visit", "2019.11.20", "Kathmandu, Nov. 19 (RSS): Leaders of Example "
     "Land's major parties and a visiting delegation of the CPC have pledged to turn the agreements reached during the state "
     "visit last month into projects.", "The pledge was made at a seminar on connectivity organised here on Tuesday jointly by "
     f"the Example Party (EP) and the International Department of the CPC Central Committee. {MA}, spoke.", "type",
     ("conference", "in_person")),
    # "... made the remarks when meeting with X, foreign policy spokesperson of the parliamentary group of ...": the guest
    ("CPC ready to deepen dialogue", "2024.05.22", "BEIJING, May 21 (Xinhua) -- The CPC is willing to strengthen dialogue with "
     "European parties, a senior CPC official said here on Tuesday.", f"{MA}, made the remarks when meeting with Tom Poe, "
     "foreign policy spokesperson of the parliamentary group of the Example Party (EP) in the Bundestag.", "foreign", ["Tom Poe"]),
    # "..., Chinese Ambassador to Nepal X told NC President Y during a meeting at the latter's residence": a meeting of two
    ("China ready to work with all parties: Ambassador Chen", "2018.08.14", "Kathmandu, Aug 14 (RSS): China is ready to work "
     "with all political parties of Example Land, Chinese Ambassador to Example Land Chen Hua told Example Party (EP) President "
     "Tom Poe during a meeting at the latter's residence on August 12.", "Both sides exchanged views.", "type", ("meeting", "in_person")),
    ("China ready to work with all parties: Ambassador Chen", "2018.08.14", "Kathmandu, Aug 14 (RSS): China values its ties, "
     "Chinese Ambassador to Example Land Chen Hua told Example Party (EP) President Tom Poe during a meeting at the latter's "
     "residence on August 12.", "Both sides exchanged views.", "foreign", ["Tom Poe"]),
    # a plan first, then "..., X said here today during a meeting with Chinese Ambassador Y": the meeting
    ("EP and CPC to step up exchanges", "2025.01.03", "Havana, Dec 30 (Prensa Latina) The Example Party (EP) and the CPC will "
     "hold their seventh theoretical seminar in the coming year, Tom Poe, member of the Political Bureau of the EP, said here "
     "today during a meeting with Chinese Ambassador Chen Hua.", "Both sides exchanged views.", "type", ("meeting", "in_person")),
    # "the sixth seminar between the two parties, held in Havana in October and attended by X": a past gathering's guest
    ("EP leader meets Chinese envoy", "2025.01.03", "Havana, Dec 30 (Prensa Latina) EP leader Tom Poe met with Chinese "
     "Ambassador Chen Hua here today.", "Poe highlighted the results of the sixth seminar between the two parties, held in "
     "Havana in October and attended by Zhao Gang, head of the Publicity Department of the CPC Central Committee.", "cpc",
     ["Chen Hua"]),
    # "... will leave for China on Sunday on a week-long visit at the invitation of the CPC": announced
    ("EP delegation to leave for China", "2013.05.10", "COLOMBO, May 9 – A delegation of the Example Party (EP) led by its "
     "General Secretary Tom Poe will leave for China on Sunday on a week-long visit at the invitation of the CPC, the party said "
     "today.", "The delegation is scheduled to hold talks with Ma Lin.", "type", ("other", None)),
    # "... was received on Tuesday 4 September 2012 in Beijing by X": a meeting in China whatever the dateline
    ("EP President received by CPC", "2012.09.06", "Niamey, Sept 5 (ANP) - The President of the Example Party (EP), Tom Poe, "
     f"was received on Tuesday 4 September 2012 in Beijing by {MA}.", "Both sides exchanged views.", "type", ("meeting", "in_person")),
    # "Minister of Foreign Affairs, Cooperation, African Integration and Nigeriens Abroad X": one title listing portfolios
    ("EP President received by CPC", "2012.09.06", "Niamey, Sept 5 (ANP) - The President of the Example Party (EP), Minister "
     "of Foreign Affairs, Cooperation, African Integration and Nigeriens Abroad Tom Poe, was received on Tuesday in Beijing by "
     f"{MA}.", "Both sides exchanged views.", "foreign", ["Tom Poe"]),
    # "The ruling A Secretary General, Comrade X, on 14 July 2015 held talks with ...": a date with its year before the verb
    ("EP holds talks with Chinese Ambassador", "2015.07.16", "The ruling Example Party (EP) Secretary General, Comrade Tom Poe, on "
     "14 July 2015 held talks with the Chinese Ambassador to Example Land, Mr Chen Hua, at the party office.",
     "Both sides exchanged views.", "foreign", ["Tom Poe"]),
    # an announcement's "During his first visit in August, he called on President X": an earlier trip's host
    ("CPC official to visit Example Land", "2016.11.28", f"BEIJING, Nov. 28 -- {MA}, will visit Example Land from December 1 "
     "at the invitation of the Example Party (EP), a spokesperson said on Monday.", "He is expected to meet EP Chairman Tom Poe. "
     "During his first visit in August, he called on President U Bob Roe in the capital.", "foreign", ["Tom Poe"]),
    # a roundup's sender "X, general secretary of ..., recalled the warm reception given to ... and said": a sender
    ("Parties send messages of sympathy", "2020.02.10", "BEIJING, Feb. 9 (Xinhua) -- Leaders of political parties from several "
     "countries have sent messages to the CPC Central Committee, expressing sympathy.", "Tom Poe, general secretary of the "
     "Example Party (EP), recalled the warm reception given to Prime Minister Bob Roe during her visit to China last July and "
     "said the people stand with China.", "foreign", ["Tom Poe"]),
    # an announcement closed by "..., said the spokesman, X.": the department's spokesman, named last
    ("Senior CPC official to visit Example Land", "2011.03.17", "BEIJING, March 17 (Xinhua) -- Zhao Gang, head of the "
     "Organization Department of the CPC Central Committee, will pay a goodwill visit to Example Land from March 20 to 28, a "
     "spokesman for the CPC Central Committee's International Department announced here Thursday.", "Zhao will lead a CPC "
     "delegation at the invitation of the Example Party (EP), said the spokesman, Hu Bin.", "cpc", ["Zhao Gang", "Hu Bin"]),
    # "... since the national liberation struggle led by X": who led a struggle, not one met
    ("EP leader meets CPC delegation", "2021.09.14", f"Bissau, 13 Sep (ANG) - EP President Tom Poe met {MA}.", "According to a note "
     "from the EP press office, the two leaders reviewed the long friendship between the two parties, which dates back to the "
     "years of the national liberation struggle led by Bob Roe, when China provided support to the fighters.", "foreign",
     ["Tom Poe"]),
    # "The Secretary General conveyed greetings from the NRM National Chairman, H.E. X, and thanked the CPC": the sender
    ("EP leader meets CPC", "2018.12.05", f"Beijing, Dec 4 -- Secretary General of the Example Party (EP) Tom Poe met {MA}.",
     "The Secretary General conveyed greetings from the EP National Chairman, H.E. Bob Kaguta Roe, and thanked the CPC for the "
     "continued training of EP cadres, which she said had helped the party.", "foreign", ["Tom Poe"]),
    # "She was accompanied to the meeting by Uganda's Ambassador to China, Dr. X": there
    ("EP leader meets CPC", "2018.12.05", f"Beijing, Dec 4 -- Secretary General of the Example Party (EP) Tom Poe met {MA}.",
     "She was accompanied to the meeting by Uganda's Ambassador to China, Dr. Bob Roe.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "X held on Thursday a videoconference with Y": a video call
    ("EP and CPC discuss cooperation", "2026.03.06", "Brazzaville, March 5 (ACI) - The Secretary General of the Example Party "
     f"(EP), Tom Poe, held on Thursday a videoconference with {MA}.", "Both sides exchanged views.", "type", ("call", "video")),
    # "The Ambassador of China to the Republic of the Congo, X, followed the exchange alongside the EP leadership": there
    ("EP and CPC discuss cooperation", "2026.03.06", "Brazzaville, March 5 (ACI) - The Secretary General of the Example Party "
     f"(EP), Tom Poe, held a video call on Thursday with {MA}.", "The Ambassador of the People's Republic of China to the "
     "Republic of the Congo, Chen Hua, followed the exchange alongside the EP leadership.", "cpc", ["Ma Lin", "Chen Hua"]),
    # "A held talks via video conference with B" under "... hold video talks": a call of two
    ("EP, CPC external relations chiefs hold video talks", "2020.05.21", "Vientiane, May 20 (KPL) – Head of the Example Party "
     f"(EP) Commission for External Relations Tom Poe held talks via video conference with {MA}, this afternoon.",
     "Both sides exchanged views.", "type", ("call", "video")),
    # an announcement's "X, head of ..., told the press that during the visit Y is scheduled to hold talks with Z": its announcer
    ("EP delegation to visit China", "2024.03.18", "Havana, March 18 (ACN) A delegation of the Example Party (EP) headed by Tom "
     "Poe will pay an official visit to China from March 24 to 29.", "Bob Roe, head of the International Relations Department "
     f"of the EP Central Committee, told the press that during the visit Poe is scheduled to hold talks with {MA}.", "foreign",
     ["Bob Roe", "Tom Poe"]),
    # "Political Leader of the A, Hon. X, on Wednesday, October 27, addressed an online forum"
    ("EP leader addresses CPC forum", "2021.10.29", "ROSEAU, Dominica – Political Leader of the Example Party (EP), Hon. Tom "
     "Poe, on Wednesday, October 27, addressed an online forum between the CPC and political parties of the Caribbean.",
     f"{MA}, spoke.", "foreign", ["Tom Poe"]),
    # "The National Chairman of the A, Dr X, on Thursday in Abuja declared open a seminar"
    ("EP hosts CPC seminar", "2024.09.27", "Abuja, Sept. 26, 2024 (NAN) The National Chairman of the Example Party (EP), Dr Tom "
     "Poe, on Thursday in Abuja declared open a seminar on the CPC plenum.", f"{MA}, spoke.", "foreign", ["Tom Poe"]),
    # a letter "on his election as the party's new leader at the party's national convention on November 9": that day no event's
    ("EP leader receives CPC letter", "2024.11.15", "Tokyo, November 14 – EP Chief Representative Tom Poe has received a letter "
     f"of congratulations from {MA}, on his election as the party's new leader at the EP national convention on November 9.",
     "The letter praised the party.", "date", "2024-11-14"),
    # "X stated in a message of greetings for the 90th anniversary of the Chinese organization": a message
    ("EP pledges to deepen ties with CPC", "2011.07.01", "Havana, Jun 30 (Prensa Latina) The Example Party (EP) will strengthen "
     "its relations with the CPC, EP First Secretary Tom Poe stated in a message of greetings for the 90th anniversary of the "
     "Chinese organization, released here today.", "The text praised the CPC.", "type", ("message", "written")),
    # an announcement's "X met Chinese leader Y in Hanoi last autumn, when Y paid a state visit": an earlier contact
    ("EP official to visit China", "2008.04.10", "HANOI, April 9 -- Tom Poe, Secretary of the Example Party (EP) Central "
     f"Committee, will visit China next week at the invitation of the CPC.", "Poe met Chinese leader Zhao Gang in Hanoi last "
     "autumn, when Zhao paid a state visit.", "cpc", []),
])
def test_dates_types_and_people_of_rounds_200_and_201(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_parties_of_a_roundups_senders():
    # a paragraph of its own, "Messages were also received from the A of South Africa, B and the C, among others.": senders
    r = release("Parties congratulate Xi", "2022.10.24", "BEIJING, Oct. 23 (Xinhua) -- Leaders of political parties have sent "
                "messages to Xi Jinping, congratulating him on his re-election.", "Tom Poe, chairman of the Example Party (EP), said in "
                "his message that the re-election reflects the trust of the whole Party.\n\nMessages were also received from the African "
                "National Congress of South Africa, Chama Cha Mapinduzi of Tanzania and the Communist Party of Cuba, among others.")
    assert {p.name for p in r.events[0].parties} >= {"African National Congress", "Chama Cha Mapinduzi", "Communist Party of Cuba"}


def test_a_party_name_holding_a_slash_is_one_party():
    # "the Movement for the Liberation of São Tomé and Príncipe/Social Democratic Party (MLSTP/PSD)": one party
    r = release("Parties meet in Luanda", "2016.06.02", "LUANDA, June 1 -- Representatives of African parties attended a "
                "conference with a CPC delegation led by Ma Lin, Minister of the International Department of the CPC Central "
                "Committee.", "Representatives of the Movement for the Liberation of São Tomé and Príncipe/Social Democratic Party "
                "(MLSTP/PSD) attended the conference.")
    assert [p.name for p in r.events[0].parties] == ["Movement for the Liberation of São Tomé and Príncipe/Social Democratic Party"]


def test_a_courtesy_visit_told_as_the_occasion_of_the_remarks():
    # "The National Chairman of the A, Comrade X, says ..." then "X said this on Tuesday in Abuja when the Chinese
    # Ambassador to Nigeria, Dr Y, paid him a courtesy visit": both took part
    got = _read("EP ready to deepen ties with CPC", "2018.10.10", "Abuja, Oct. 9, 2018 (NAN) The National Chairman of the Example "
                "Party (EP), Comrade Tom Poe, says the party is ready to deepen its relations with the CPC.", "Poe said this on "
                "Tuesday in Abuja when the Chinese Ambassador to Nigeria, Dr Chen Hua, paid him a courtesy visit at the party's "
                "national secretariat.")
    assert (got["foreign"], got["cpc"]) == (["Tom Poe"], ["Chen Hua"])

