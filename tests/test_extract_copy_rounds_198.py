"""Copies of rounds 198 and 199: the honorifics "Ndugu" and "Samdech Akka Moha Ponhea Chakrey", "Cde B, National
Political Commissar, together with officials from ...", "following up on his meeting with X", "In December, a delegation
headed by X will take part in the ... Meeting", "X opened today in Belgrade the dialogue", ", hosted by Chinese
Ambassador to Pakistan X", "an agreement reached at online talks on May 20 between A and B", "a senior leader of the
Communist Party of China (CPC) told Chairman of the A Party X", guests who "returned from a visit to the People's
Republic of China" or "met with Mr. X, ..., in Beijing on Wednesday" under a foreign dateline, a seminar "which opened on
November 20th, concluded here today", a message sent "ahead of the anniversary on March 22", a dateline "Ulaanbaatar,
/MONTSAME/", and countries of "officials from ruling and other major parties of A, B and C are attending" and of
"representatives of ... from A and B are expected to attend"; from round 200: "as a member of the entourage of X"; from round 201:
"the Comprehensive Peace Agreement (CPA)", "Saint Vincent and the Grenadines' Unity Labour Party" and a "Since" clause with
"measuring 8.0" (rows of our own sentences)."""
from __future__ import annotations

import pytest

from parsers.party_spans import party_spans
from tests.release_text import release
from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "Ndugu X": a Swahili honorific, not part of the name
    ("EP hosts Chinese Ambassador", "2019.12.31", f"Dar es Salaam, December 30 -- EP Secretary General Tom Poe received {MA}, "
     "on Monday.", "The meeting was also attended by EP Secretary for Ideology Ndugu Bob Roe.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "Samdech Akka Moha Ponhea Chakrey X": a Khmer honorific string
    ("EP leader receives CPC delegation", "2012.12.29", "Phnom Penh, December 28 (AKP) -- Samdech Akka Moha Ponhea Chakrey Tom "
     f"Poe, Honorary President of the Example Party (EP), received a CPC delegation led by {MA}.", "Both sides exchanged views.",
     "foreign", ["Tom Poe"]),
    # "... Cde A, Secretary for External Relations, and Cde B, National Political Commissar, together with officials from ..."
    ("EP delegation meets CPC", "2024.05.10", f"Beijing, May 9 -- {MA}, met with an Example Party (EP) delegation on Thursday.",
     "The EP delegation comprises Politburo members Cde Tom Poe, Secretary for External Relations, and Cde Bob Roe, National "
     "Political Commissar, together with officials from the party school.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "following up on his meeting with X, head of ...": an earlier contact
    ("EP president receives Chinese envoy", "2011.03.15", "Kuala Lumpur, March 14 -- EP president Tom Poe received a courtesy "
     "call from China's Ambassador Chen Hua on Monday.", "Poe accepted an invitation to lead a delegation to China, following up "
     "on his meeting with Zhao Gang, head of the CPC International Department.", "cpc", ["Chen Hua"]),
    # "In December, a delegation headed by ... X will take part in the High-Level Meeting ...": another gathering, to come
    ("EP leader meets Chinese Ambassador", "2017.11.10", f"Moscow, Nov 9 -- EP Chairman Tom Poe met with {MA}, on Thursday.",
     "In December, an EP delegation headed by First Deputy Chairman of the EP Central Committee I.I. Roe will take part in "
     "the High-Level Meeting of the CPC with world political parties in Beijing.", "foreign", ["Tom Poe"]),
    # "X opened today in Belgrade the dialogue between the CPC and ...": the host
    ("EP leader opens dialogue", "2024.09.12", "Belgrade, 12 September 2024 \u2013 President of the Example Party (EP) Tom Poe "
     "opened today in Belgrade the dialogue between the Communist Party of China (CPC) and political parties of the region.",
     f"{MA}, addressed the dialogue.", "foreign", ["Tom Poe"]),
    # "..., hosted by Chinese Ambassador to Pakistan X at the Chinese Embassy here": the host of the briefing
    ("Parties briefed on CPC plenum", "2014.01.16", "ISLAMABAD, Jan. 15 (APP) -- Leaders of Pakistan's political parties on "
     "Wednesday attended a briefing session on the decisions of the CPC plenum, hosted by Chinese Ambassador to Pakistan Chen "
     "Hua at the Chinese Embassy here.", "Both sides exchanged views.", "cpc", ["Chen Hua"]),
    # "under an agreement reached at online talks on May 20 between Head of ... A and Head of ... B"
    ("EP, CPC to share experience", "2020.05.21", "Hanoi (VNA) \u2013 The Example Party (EP) and the CPC will share experience in "
     "party building, under an agreement reached at online talks on May 20 between Head of the EP Commission for External "
     f"Relations Tran Van Binh and Head of the International Department of the CPC Central Committee Ma Lin.",
     "Both sides exchanged views.", "foreign", ["Tran Van Binh"]),
    # "..., a senior leader of the Communist Party of China (CPC) told Chairman of the A Party X in Beijing on August 24"
    ("China to respect Example Land's choice", "2010.08.25", "Kathmandu, Aug. 25 -- China will not interfere in Example Land's "
     "internal affairs, a senior leader of the Communist Party of China (CPC) told Chairman of the Example Party Tom Poe in "
     "Beijing on August 24.", f"The leader was {MA}.", "foreign", ["Tom Poe"]),
    # guests who "returned from a visit to the People's Republic of China": a meeting there (convention)
    ("EP delegation returns from China", "2009.07.21", "Johannesburg, 20 July 2009 \u2014 A delegation of the Example Party (EP) "
     "led by its General Secretary, Dr Tom Poe, has returned from a visit to the People's Republic of China at the invitation "
     "of the CPC.", f"In Beijing the delegation met {MA}.", "type", ("meeting", "in_person")),
    # a foreign dateline, and "met with Mr. X, Minister of ..., in Beijing on Wednesday": a meeting there
    ("EP leader meets head of CPC International Department", "2007.09.14", "ROSEAU, Friday, September 14th, 2007 (GIS) - "
     "Political Leader of the Example Party (EP), Hon. Tom Poe, met with Mr. Ma Lin, Minister of the International Department "
     "of the CPC Central Committee, in Beijing on Wednesday, September 12th.", "Both sides exchanged views.", "type",
     ("meeting", "in_person")),
    # "The Fourth Theoretical Seminar ..., which opened on November 20th, concluded here today": its first day
    ("Theoretical seminar concludes", "2007.11.22", "Hangzhou, November 21st\u2014The Fourth Theoretical Seminar between the "
     "CPC and the Example Party (EP), which opened on November 20th, concluded here today.", f"{MA}, addressed the seminar.",
     "date", "2007-11-20"),
    # a message sent "ahead of the anniversary on March 22": the dateline's day, not the anniversary's
    ("Xi congratulates EP on anniversary", "2025.03.22", "Vientiane, March 21 (KPL) -- The CPC is ready to work with the "
     f"Example Party (EP), {MA}, said in a congratulatory message on the 70th founding anniversary of the EP. The message was "
     "addressed to EP General Secretary Tom Poe, ahead of the anniversary on March 22.", "Both sides exchanged views.", "date",
     "2025-03-21"),
    # from round 200: "X, who is in Beijing as a member of the entourage of Y, ..., on his official visit": Y's own visit
    ("CPC and EP officials meet", "2015.04.09", f"BEIJING, April 8 (Xinhua) -- {MA}, met here on Wednesday with Tran Van Binh, "
     "head of the Commission for External Relations of the Example Party (EP).", "Tran, who is in Beijing as a member of the "
     "entourage of Bob Roe, general secretary of the EP, on his official visit to China, said the EP values its ties with the "
     "CPC.", "foreign", ["Tran Van Binh"]),
    # "Political Leader of Saint Vincent and the Grenadines' Unity Labour Party (ULP)": the country's possessive is no part of it
    ("CPC holds video conference with Caribbean parties", "2021.07.07", f"Beijing, July 6 -- {MA}, held a video conference "
     "today with political parties of Caribbean countries.", "Tom Poe, Political Leader of Saint Vincent and the Grenadines' "
     "Unity Labour Party (ULP), addressed the conference.", "parties", ["Unity Labour Party"]),
    # "Since a violent earthquake measuring 8.0 on the Richter scale struck ... on May 12th, parties ... have sent messages"
    ("Foreign parties send condolences", "2008.05.17", "Beijing, May 16th\u2014Since a violent earthquake measuring 8.0 on the "
     "Richter scale struck Wenchuan County of Sichuan Province on May 12th, political parties from more than 60 countries have "
     f"sent messages of condolence to {MA}.", "Both sides exchanged views.", "date", "2008-05-16"),
])
def test_people_types_and_dates_of_rounds_198_and_199(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_a_montsame_dateline_after_a_comma():
    r = release("EP Chairman receives CPC delegation", "2008.05.14", "Ulaanbaatar, /MONTSAME/ The Chairman of the Example "
                f"Party (EP) Tom Poe on May 13 received a delegation of the CPC headed by {MA}.")
    assert r.dateline_city == "Ulaanbaatar"


@pytest.mark.parametrize("lead, codes", [
    # "Some 30 officials from ruling and other major parties of A, B and C are attending the seminar"
    ("Beijing, Nov 20 -- Some 30 officials from ruling and other major parties of Congo, the Democratic Republic of the "
     "Congo, Niger, Guinea-Bissau and Uganda are attending a seminar organized by the CPC.", {"CD", "CG", "GW", "NE", "UG"}),
    # "representatives of political parties, think tanks and media outlets from A, B and C are expected to attend"
    ("Beijing, June 3 -- More than 100 representatives of political parties, think tanks and media outlets from Kazakhstan, "
     "Kyrgyzstan and Uzbekistan are expected to attend a dialogue hosted by the CPC, a spokesperson said.", {"KG", "KZ", "UZ"}),
])
def test_countries_of_a_seminar_and_an_announced_dialogue(lead, codes):
    r = release("CPC hosts parties", "2019.11.21", lead)
    assert set(r.events[0].countries) == codes


def test_an_accord_defined_by_its_initials_is_no_party():
    # "the Comprehensive Peace Agreement (CPA)", then "the CPA": neither the accord nor the party those initials spell elsewhere
    text = ("China hopes that all parties in Sudan will implement the Comprehensive Peace Agreement (CPA) in earnest. The Sudan "
            "People's Liberation Movement (SPLM) is committed to the full implementation of the CPA, he added.")
    assert [s.party.name for s in party_spans(text)] == ["Sudan People's Liberation Movement"]
