"""Copies of the kinds round 266 read wrong at 0.22.348 on first sight (rows of our own sentences): announcements of a
trip that "will leave for Beijing on September 12 on a week-long visit" or of leaders who "will address the ... Summit
to be held via video link", the delegation's members "would also include central working committee members A and B"
or come as "An eight-member team, including A and B, will accompany her", a leader who "was received by Song in
Beijing last year", a second host who "joined the Chinese guests", a party's initials that spell a country ("United Seychelles (US)"), an agency between slashes
before a dash ("Ulaanbaatar, /MONTSAME/ \u2013"), and a Malagasy party the dictionary lacked."""
from __future__ import annotations

import pytest

from tests.release_text import release
from tests.test_extract_copy_agreements import MA, _read

_KC = ("EP Team to Leave for China Next Week", "2011.09.08", "Kathmandu, Sept. 7 \u2013 A ten-member delegation of the "
       "Example Party (EP) led by Vice-president Tom Poe will leave for Beijing on September 12 on a week-long visit at "
       "the invitation of the CPC, party spokesperson Sam Roe said on Wednesday.", "Briefing journalists at the "
       "party's central office, Roe said the delegation would also include central working committee members Ann Lee "
       "and Bob Kay.")
_TEAM = ("Poe to Visit China from October 14", "2012.10.11", "Dhaka, Oct 10 (UNB) \u2013 Example Party (EP) "
         "Chairperson Tom Poe will pay a week-long visit to China from October 14, the party's Acting Secretary General "
         "Sam Roe said on Wednesday.", "An eight-member team, including EP Standing Committee member Ann Lee and "
         "Vice-chairman Bob Kay, will accompany her, Roe said.")


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    (*_KC, "type", ("other", None)),
    (*_KC, "foreign", ["Ann Lee", "Bob Kay", "Sam Roe", "Tom Poe"]),
    (*_TEAM, "foreign", ["Ann Lee", "Bob Kay", "Sam Roe", "Tom Poe"]),
    # "A and B will address the CPC and World Political Parties Summit to be held via video link on July 6"
    ("Poe, Roe to address CPC summit with world parties", "2021.07.01", "Kathmandu, June 30 \u2013 Example Party (EP) "
     "Chairman Tom Poe and Other Party Chairman Sam Roe will address the CPC and World Political Parties Summit to be "
     "held via video link on July 6, Ann Lee, head of the EP's foreign affairs department, said on Wednesday.",
     "Leaders of more than 500 parties are expected to join online.", "type", ("other", None)),
    # "X, leader of the EP, was received by Song in Beijing last year.": another time's contact
    ("EP Delegation to Visit China", "2019.08.20", "Beijing, August 20th\u2014At the invitation of the IDCPC, a "
     "delegation of the Example Party (EP) led by Tom Poe, Chairman of the party, will visit China from August 25th to "
     "31st, Hu Zhaoming, Spokesperson of the IDCPC, announced today.", "The EP has maintained close exchanges with the "
     "CPC. Sam Roe, leader of the EP, was received by Ma in Beijing last year.", "foreign", ["Tom Poe"]),
    # "In the afternoon, EP Vice-President X joined the Chinese guests for a working lunch": a second host
    ("EP leadership holds talks with CPC delegation", "2008.06.17", "Bucharest, 17 June \u2013 Tom Poe, President of the "
     "Example Party (EP), held talks on Tuesday at the EP headquarters with a delegation of the CPC led by Ma Lin, "
     "Member of the Political Bureau of the CPC Central Committee.", "In the afternoon, EP Vice-President Ann Lee joined "
     "the Chinese guests for a working lunch devoted to cooperation in education.", "foreign", ["Ann Lee", "Tom Poe"]),
])
def test_round_266_rows(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_a_partys_initials_that_spell_a_country_name_no_country():
    r = release("EP leader joins CPC dialogue", "2023.03.16", "Victoria, March 15 (SNA) \u2013 The Leader of United "
                "Seychelles (US), Tom Poe, on Wednesday joined via video link the CPC in Dialogue with World Political "
                "Parties High-level Meeting.", "More than 500 parties took part.")
    assert r.events[0].countries == ("SC",)


def test_an_agency_between_slashes_before_a_dash():
    r = release("EP and CPC to expand training", "2009.05.13", "Ulaanbaatar, /MONTSAME/ \u2013 The Example Party "
                f"will expand the training of its cadres in China. This was agreed on May 12 in Beijing, where the EP "
                f"Secretary General Tom Poe met with {MA}.")
    assert r.dateline_city == "Ulaanbaatar"


def test_a_malagasy_party_the_dictionary_lacked():
    value = _read("Rajoelina receives a CPC delegation", "2022.12.07", "Antananarivo, December 6th \u2013 The President "
                  "of the Republic, Tom Poe, also leader of the Tanora malaGasy Vonona (TGV) party, received this Tuesday "
                  f"a delegation of the CPC led by {MA}.", "The TGV thanked China.")["parties"]
    assert value == ["Tanora malaGasy Vonona"]
