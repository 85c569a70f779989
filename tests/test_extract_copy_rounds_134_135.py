"""Copies and announcements of rounds 134 and 135: the type of a contact told after a plan or a quote, announced
hosts and departures, leaders named in past consensus or in a mandate, and shortened names (rows of our own
sentences)."""
from __future__ import annotations

import pytest

from parsers.release import parse_release
from tests.release_text import REL
from tests.test_extract_copy_agreements import MA, _read

_LEAD_134 = ("Parties agree to hold webinar", "2021.03.11", "DHAKA, March 10, 2021 (BSS) - The Example Party (EP) and the "
             "CPC will jointly organise a webinar on poverty alleviation next month, EP General Secretary Tom Poe said "
             "today.")


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "In recent years, General Secretary A and Samdech B have reached important consensus": named in the remarks
    ("CPC official meets delegation", "2025.01.15", f"Beijing, January 14th\u2014{MA}, met here today with a delegation "
     "of the Example Party led by Tom Poe, Vice-President of the Example Party.", "Ma said that in the new era the two "
     "parties should work together.\n\nIn recent years, General Secretary Xi Jinping and Samdech Bob Roe, President "
     "of the Example Party, have reached important consensus on building a community with a shared future.",
     "foreign", ["Tom Poe"]),
    # "..., according to a congratulatory message received by the party here Saturday": a message
    ("CPC congratulates party", "2008.04.27", "KATHMANDU, April 26 (Xinhua) -- The CPC hopes that the Example Party will "
     "lead the country toward lasting peace, according to a congratulatory message received by the party here "
     f"Saturday.", f"The message was signed by {MA}.", "type", ("message", "written")),
    # "X said in Beijing on Wednesday after he and Y met with Z": a meeting in China
    ("Relations never better, party leader says", "2019.04.25", "BELGRADE, April 24 (Tanjug) - Relations between the "
     "two countries have never been better, EP leader Tom Poe said in Beijing on Wednesday after he and OP Executive "
     f"Board Chairman Bob Roe met with {MA}.", "Both sides exchanged views.", "type", ("meeting", "in_person")),
    # an announcement: "General Secretary X is expected to receive the special envoy in Hanoi"
    ("CPC envoy to visit", "2016.11.09", f"Beijing, November 8th\u2014{MA}, will visit two countries from November "
     "10th to 14th as special envoy, the IDCPC announced here today.", "General Secretary of the Example Party Tom "
     "Poe is expected to receive the special envoy in Hanoi.", "foreign", ["Tom Poe"]),
    # a report: "X is expected to receive the delegation on Thursday": still to come
    (*("CPC delegation visits", "2012.06.13", f"VIENTIANE, June 12 (KPL) -- A CPC delegation led by {MA}, held talks "
       "here on Tuesday with EP Politburo member Tom Poe."), "EP Secretary General Bob Roe is expected to receive the "
     "Chinese delegation on Thursday.", "foreign", ["Tom Poe"]),
    # "A and B were among some 300 delegates attending the forum which opened here today"
    ("Forum opens", "2019.06.16", "KUNMING, June 15 (Bernama) -- EP president Datuk Seri Dr Tom Poe and OP "
     "secretary-general Tan Sri Bob Roe were among some 300 delegates attending the forum which opened here today.",
     f"{MA}, delivered the keynote address.", "foreign", ["Bob Roe", "Tom Poe"]),
    # an announcement: "a delegation led by X will depart for the People's Republic of China this week"
    ("Party delegation to visit China", "2023.10.10", "Johannesburg, 09 October 2023 \u2014 The Example Party wishes to "
     "announce that a delegation led by Secretary General Tom Poe will depart for the People's Republic of China this "
     f"week.", f"During the visit the delegation will hold talks with {MA}.\n\nEP President Bob Roe has mandated the "
     "delegation to deepen cooperation.", "foreign", ["Tom Poe"]),
    (*("Party delegation to visit China", "2023.10.10", "Johannesburg, 09 October 2023 \u2014 The Example Party wishes to "
       "announce that a delegation led by Secretary General Tom Poe will depart for the People's Republic of China "
       "this week for a programme of political exchanges with the CPC."), "Both sides will exchange views.", "type",
     ("other", None)),
    # "X made the announcement after talks at the party headquarters with a visiting CPC delegation": a visit
    ("Party to send leaders on China study tour", "2006.09.15", "JOHANNESBURG, Sept. 14 (Xinhua) -- The Example Party "
     "will send a group of its provincial leaders to China early next year, EP Secretary General Tom Poe said on "
     "Thursday.", "Poe made the announcement after talks at the party headquarters with a visiting delegation of the "
     f"CPC led by {MA}.", "type", ("visit", "in_person")),
    # "..., the party said on Tuesday after a video call between its general secretary X and Y": a call
    ("Parties keep talking despite pandemic", "2020.06.10", "BERLIN, June 9 (dpa) - The Example Party and the CPC "
     "have agreed to keep up their regular dialogue despite the pandemic, the party said on Tuesday after a video "
     f"call between its general secretary Tom Poe and {MA}.", "Both sides exchanged views.", "type", ("call", "video")),
    # "..., X said today." then "X ... said this after a video call with Y": a call
    (*_LEAD_134, f"Poe said this after a video call with {MA}, from the party's office this afternoon.", "type",
     ("call", "video")),
    # "its vice-president Datuk Seri Dr X said today"; "said X, who is also Defence Minister": the short form
    ("Party to send young leaders to China", "2013.09.21", "BEIJING, Sept 20 (Bernama) -- The Example Party will send "
     "young leaders to China for short courses, its vice-president Datuk Seri Dr Tom Ann Poe said today.", "He said the "
     f"programme was agreed during his meeting here with {MA}.\n\n\"There is much to learn,\" said Tom Ann, who is "
     "also Defence Minister.", "foreign", ["Tom Ann Poe"]),
    # "In his meeting with Estivallet de Mesquita, ...": a later short form of "Paulo Estivallet de Mesquita"
    ("CPC official meets ambassadors", "2022.11.30", f"Beijing, November 29th\u2014{MA}, met here today with Paulo "
     "Estivallet de Mesquita, Brazilian Ambassador to China.", "In his meeting with Estivallet de Mesquita, Ma said "
     "that China views its relations with Brazil from a strategic perspective.", "foreign",
     ["Paulo Estivallet de Mesquita"]),
])
def test_copies_of_rounds_134_and_135(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "Russia's Siberia and Far East, as the third meeting ... opened": a region, no person
    ("Parties open dialogue", "2011.09.28", "CHENGDU, Sept. 27 (Xinhua) -- The CPC and the Example Party pledged on "
     "Tuesday to promote cooperation between China's western regions and Russia's Siberia and Far East, as the third "
     "meeting of their inter-party dialogue mechanism opened in this capital of southwest China's Sichuan province.",
     f"{MA}, delivered a keynote speech.", "cpc", ["Ma Lin"]),
    # "Chairman of the State Duma Committee on CIS Affairs, Eurasian Integration and Relations with Compatriots"
    ("Party delegation to visit China", "2021.04.09", "Beijing, April 8th\u2014A delegation of the Example Party headed "
     "by Tom Poe, Chairman of the EP Central Committee, will pay a visit to China from April 14th to 20th, the IDCPC "
     "announced here today.", "Members of the delegation include Bob Roe, Deputy Chairman of the EP Central Committee, "
     "and Jim Doe, Chairman of the State Duma Committee on CIS Affairs, Eurasian Integration and Relations with "
     "Compatriots.", "foreign", ["Bob Roe", "Jim Doe", "Tom Poe"]),
])
def test_names_of_left_out_releases(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_dateline_with_an_agency_before_the_date():
    # "Phnom Penh (FN), March 9 \u2013 ...": the agency between the city and the day
    r = parse_release(REL.format(title="Party leader receives delegation", pub="2019.03.10", lead="Phnom Penh (FN), March "
                                 f"9 \u2013 Samdech Tom Poe received {MA}.", body="Both sides exchanged views."))
    assert (r.dateline_city, r.events[0].event_date.isoformat()) == ("Phnom Penh", "2019-03-09")
