"""Copies of the kinds rounds 262 and 263 read wrong at 0.22.346 on first sight (rows of our own sentences): the
mourned "following the death of Prime Minister X", a message "he sent to", a speaker who "announced at a ... seminar
held in", one who "spoke to journalists after receiving", an agency with a Czech letter in the dateline, a plan told to
journalists with no contact, the Polynesian glottal stop in a name and the evaluation's keys, the Kiribati president's
style, "Responsible for International Relations", and a bilateral compound's second country read as a party."""
from __future__ import annotations

import pytest

from parsers.evaluate import name_key, party_key
from tests.release_text import release
from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "Ma first expressed the condolences of the CPC following the death of Prime Minister X": the mourned
    ("EP and CPC hold talks by video link", "2020.07.23", f"Abidjan, July 22 (AIP) \u2013 The Executive Director of the "
     f"Example Party (EP), Tom Poe, on Wednesday held talks via video link with {MA}.", "Ma Lin first expressed the "
     "condolences of the CPC following the death of Prime Minister Sam Roe, the EP\u2019s candidate for the presidential "
     "election, and paid tribute to a statesman who had worked for cooperation.", "cpc", ["Ma Lin"]),
    # "X set out the proposal in a message of congratulations he sent to Y": a message
    ("EP proposes consultations with CPC", "2012.11.16", "MOSCOW, November 15 (Itar-Tass) -- The Example Party intends to "
     "open a standing channel of consultations with the CPC, party chairman Tom Poe said on Thursday.", "Poe set out the "
     "proposal in a message of congratulations he sent to Sam Roe on his election, the party's press service said.",
     "type", ("message", "written")),
    # "..., EP Chairman X announced at a Belarusian-Chinese inter-party seminar held in Minsk on 21 January."
    ("EP and CPC to set up joint centre", "2025.01.22", "MINSK, 21 January (BelTA) \u2013 The Example Party and the CPC will "
     "set up a joint centre for the study of party building, EP Chairman Tom Poe announced at a Belarusian-Chinese "
     "inter-party seminar held in Minsk on 21 January.", f"The Chinese delegation was led by {MA}.", "foreign", ["Tom Poe"]),
    # "... X said today." then "X spoke to journalists after receiving a CPC delegation led by Y"
    ("\u0160SD and Chinese Communists to sign agreement", "2006.10.19", "Prague, Oct 18 (CTK) \u2013 The Example Party "
     "(\u0160SD) and the CPC intend to sign a framework agreement on cooperation next year, \u0160SD chairman Tom Poe said "
     "today.", "Poe spoke "
     f"to journalists after receiving a CPC delegation led by {MA}, at the party\u2019s headquarters.", "foreign", ["Tom Poe"]),
    # an agency with a Czech letter: "Prague, Oct 18 (\u010cTK) \u2013": the dateline's day
    ("EP and Chinese Communists to sign agreement", "2006.10.19", "Prague, Oct 18 (\u010cTK) \u2013 The Example Party (EP) "
     "and the CPC intend to sign a framework agreement, EP chairman Tom Poe said today.", "Poe spoke to journalists after "
     f"receiving a CPC delegation led by {MA}.", "date", "2006-10-18"),
    # "will send 40 district chairpersons ... to China later this month", then "Addressing journalists at ..., X said": a
    # plan told to the press, no contact
    ("EP to send 40 cadres to China for training", "2015.07.09", "Kampala, July 8 \u2013 The ruling Example Party (EP) will "
     "send 40 district chairpersons and mobilisers to China later this month for a three-week course, the party's Deputy "
     "Secretary General, Tom Poe, announced on Wednesday.", "Addressing journalists at the party's secretariat, Poe said "
     "the group will be led by the party's Secretary General, Sam Roe.", "type", ("other", None)),
    # a name opening on the glottal stop: "Prime Minister \u02bbAkilisi Pohiva"
    ("Prime Minister welcomes CPC delegation", "2017.05.12", "NUKU'ALOFA, May 11 \u2013 The Prime Minister of Tonga and "
     f"Leader of the Example Party, \u02bbAkilisi Pohiva, received a delegation of the CPC led by {MA}, this afternoon.",
     "Both sides exchanged views.", "foreign", ["\u02bbAkilisi Pohiva"]),
    # "His Excellency Te Beretitenti X, Leader of the EP": the president's style is no part of the name
    ("Te Beretitenti holds video call with CPC", "2024.03.15", "Tarawa, March 14 \u2013 His Excellency Te Beretitenti Tom "
     f"Poe, Leader of the Example Party (EP), held a video call with {MA}, on Thursday.", "Both sides exchanged views.",
     "foreign", ["Tom Poe"]),
    # "X, Responsible for International Relations of the PD, attended and addressed the opening session"
    ("Seminar held in Rome", "2016.06.13", f"Rome, June 12th\u2014A seminar of the CPC and the Example Party (EP) opened "
     f"here today. {MA}, and Tom Poe, Responsible for International Relations of the EP, attended and addressed the "
     "opening session.", "Both sides exchanged views.", "foreign", ["Tom Poe"]),
    # "the Seminar on China\u2013Italy Political Party Exchanges": no party of Italy named
    ("Seminar on China\u2013Italy Political Party Exchanges Held in Rome", "2016.06.13", "Rome, June 12th\u2014The Seminar "
     "on China\u2013Italy Political Party Exchanges, co-hosted by the IDCPC and the Democratic Party (PD) of Italy, opened "
     f"here today, addressed by {MA}.", "Both sides exchanged views.", "parties", ["Democratic Party"]),
])
def test_round_262_rows(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_a_tamil_party_in_the_dictionary():
    r = release("Seminar held", "2025.06.10", f"COLOMBO \u2013 A seminar was opened by {MA}.", "Leaders of the Ilankai "
                "Tamil Arasu Kachchi also spoke at the session.")
    assert [(p.name, p.country_code) for e in r.events for p in e.parties] == [("Ilankai Tamil Arasu Kachchi", "LK")]


@pytest.mark.parametrize("written, gold", [
    ("Faatuatua i le Atua Samoa ua Tasi Party", "Fa\u02bbatuatua i le Atua Samoa ua Tasi"),
    ("Vanua'aku Pati", "Vanua\u2018aku Pati"),
])
def test_the_glottal_stop_and_apostrophes_fold_away_in_party_keys(written, gold):
    assert party_key(written) == party_key(gold)


def test_the_glottal_stop_folds_away_in_name_keys():
    assert name_key("\u02bbAkilisi P\u014dhiva") == name_key("Akilisi Pohiva") != name_key("Akilisi Pohiv")
