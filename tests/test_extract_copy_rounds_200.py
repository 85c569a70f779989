"""Copies of rounds 200 and 201 mended after their first look: a seminar "which took place in Hanoi on December 3", a
pledge told first and "The pledge was made at a seminar ..." next, and a meeting's guest whose title holds "spokesperson"
under a lead that tells only the remarks; from round 202: "X told NC President Y during a meeting at the latter's
residence", "said here today during a meeting with Chinese Ambassador X", "will leave for China on Sunday on a week-long
visit", "was received on Tuesday 4 September 2012 in Beijing by", a title listing portfolios ("Minister of Foreign Affairs,
Cooperation, African Integration and Nigeriens Abroad X"), "on 14 July 2015 held talks", "the sixth seminar, held in
Havana in October and attended by X", "During his first visit in August, he called on President X", "Messages were also
received from the A, B and C", "the A/Social Democratic Party (MLSTP/PSD)", a roundup's sender who "recalled the warm
reception given to ... and said", and "said the spokesman, X." (rows of our own sentences)."""
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

