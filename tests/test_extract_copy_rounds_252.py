"""Copies of the kind round 252 read wrong at 0.22.343 on first sight (rows of our own sentences): a seminar told as
the occasion of a plan's remarks ("X made the remark while opening a two-day seminar"), a participant "among more than
600 representatives ... who gathered in Beijing", "General Manager" closing a title, a party named in full with its
country ("New Zealand National Party") and later by its bare name, a trade agreement after an en dash, a dateline with
a hyphenated outlet, the department's spokesperson announced in the lead and named after it, talks of another day
told after the name ("held talks with X, head of ..., on Tuesday") and an earlier stop in a city of three words ("In
Dar es Salaam, Ma was received by X")."""
from __future__ import annotations

from tests.release_text import release, side
from tests.test_extract_copy_agreements import MA, _read


def test_remarks_made_while_opening_a_seminar_tell_a_conference():
    got = _read("EP to apply Chinese experience", "2007.03.15", "Addis Ababa, March 14 (ENA) \u2013 The Example Party "
                "(EP) will apply lessons drawn from China's rural reform, EP Deputy Chairman Tom Poe said on Wednesday.",
                "Poe made the remark while opening a two-day seminar on party building, which the EP organized jointly "
                f"with a visiting delegation of the Communist Party of China (CPC) headed by {MA}.")
    assert got["type"] == ("conference", "in_person")


def test_one_among_hundreds_of_representatives_who_gathered():
    got = _read("EP chair attends Beijing meeting", "2017.12.07", "NEW YORK \u2014 Example Party National Chair Tom Poe "
                "was among more than 600 representatives of nearly 300 political parties from over 120 countries who "
                "gathered in Beijing from Nov. 30 to Dec. 3 for the CPC in Dialogue with World Political Parties "
                "High-Level Meeting.", "Poe spoke in a session on the role of political parties.")
    assert got["foreign"] == ["Tom Poe"]


def test_general_manager_closes_a_title_and_a_bare_party_name_joins_the_full_one():
    got = _read("EP president meets Chinese ambassador", "2019.09.12", "AUCKLAND, 12 September \u2013 New Zealand "
                "National Party President Tom Poe met with Ma Lin, Ambassador of the People\u2019s Republic of China to "
                "New Zealand, in Auckland today.", "National Party General Manager Sam Roe also attended the meeting.")
    assert (got["foreign"], got["parties"]) == (["Sam Roe", "Tom Poe"], ["New Zealand National Party"])


def test_a_trade_agreement_after_an_en_dash_names_no_one():
    got = _read("EP president returns from China", "2008.04.15", "WELLINGTON, 14 April \u2013 Example Party President "
                f"Tom Poe has returned from China, where on 8 April he held talks in Beijing with {MA}.", "Mr Poe "
                "travelled to Beijing in the week that Prime Minister Ann Doe signed the New Zealand\u2013China Free Trade "
                "Agreement, the first such agreement China has concluded with a developed country.")
    assert got["foreign"] == ["Tom Poe"]


def test_a_day_month_dateline_with_a_hyphenated_outlet():
    r = release("PM receives CPC delegation", "2026.03.20", "PORT MORESBY, 19 March (Post-Courier) \u2013 Prime Minister "
                f"Tom Poe on Thursday received a delegation of the Communist Party of China led by {MA}.")
    assert (r.dateline_city, r.events[0].countries) == ("Port Moresby", ("PG",))


def test_the_departments_spokesperson_announced_in_the_lead_and_named_after_it():
    r = release("CPC to brief Southeast Asian parties", "2021.11.19", "BEIJING, Nov. 19 (Xinhua) -- The International "
                "Department of the Communist Party of China (CPC) Central Committee will hold a virtual briefing on Nov. 23 "
                "for political parties of Southeast Asian countries, a spokesperson for the department said Friday.",
                "Ma Lin, head of the department, will attend the briefing and deliver a keynote speech, spokesperson Tom "
                "Poe said in a statement.")
    assert side(r.events[0], "cpc") == ["Ma Lin", "Tom Poe"]


def test_talks_of_another_day_told_after_the_name():
    got = _read("Provincial chief meets EP delegation", "2012.08.17", "HARBIN, Aug. 16 (Xinhua) -- China's Heilongjiang "
                "province hopes to deepen cooperation with Russia's Far East, the province's top official said here "
                "Thursday.", "Ma Lin, secretary of the Heilongjiang Provincial Committee of the CPC, made the remarks "
                "during a meeting with a delegation of the Example Party led by Tom Poe, first deputy chairman of the "
                "party. The delegation arrived in Beijing on Monday and held talks with Sam Roe, head of the "
                "International Department of the CPC Central Committee, on Tuesday.")
    assert got["cpc"] == ["Ma Lin"]


def test_an_earlier_stop_in_a_city_of_three_words():
    got = _read("CPC delegation visits Mozambique", "2007.12.11", "Maputo, December 11th\u2014A delegation of the CPC "
                f"led by {MA}, held talks here today with Tom Poe, Secretary-General of the Example Party.", "Mozambique is "
                "the second stop of the delegation\u2019s African tour. In Dar es Salaam, Ma was received by Sam Roe, "
                "Secretary-General of Chama Cha Mapinduzi (CCM) of Tanzania.")
    assert (got["foreign"], got["parties"]) == (["Tom Poe"], ["Example Party"])
