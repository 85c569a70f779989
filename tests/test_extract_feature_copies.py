"""Feature-style agency copies read on whole releases of our own sentences: a lead about a plan, a
consignment or a statement, and the contact told a paragraph or two further down."""
from __future__ import annotations

import pytest

from tests.release_text import one_event as _event, side as _side


@pytest.mark.parametrize("title, lead, later, etype, modality", [
    # a plan for a gathering still to come is no gathering; the contact it was announced after is the event
    ("Party to send coordinators to China for training", "WINDHOEK, 21 AUG (NAMPA) \u2013 The ruling Example Party "
     "will send a group of its coordinators to China for a training course later this year, the party's "
     "Secretary-General Tom Poe announced here on Tuesday.",
     "Poe made the announcement after meeting a delegation of the Communist Party of China led by Ma Lin, Vice "
     "Minister of the International Department of the CPC Central Committee.", "visit", "in_person"),
    ("Example Party, CPC plan joint forum to mark anniversary", "MOSCOW, December 29. /TASS/. The Example Party and "
     "the Communist Party of China intend to hold a joint forum next year, Tom Poe, deputy secretary of the party's "
     "General Council, told TASS on Tuesday.",
     "\"We want to mark it with substance,\" Poe said.\n\nAccording to him, the plans were discussed earlier on "
     "Tuesday in a video call with Ma Lin, vice minister of the International Department of the CPC Central "
     "Committee.", "call", "video"),
    # a headline's "talks to" over a lead about a consignment: the call told two paragraphs down
    ("Party sends supplies to China, Poe talks to Ma Lin", "Kathmandu, Feb 12 (RSS): The Example Party has dispatched "
     "a consignment of face masks to China to support its fight against the outbreak.",
     "The supplies were collected by the party's provincial committees.\n\nParty Co-chair Tom Poe on Wednesday held "
     "a telephone conversation with Ma Lin, Head of the International Department of the CPC Central Committee.",
     "call", "phone"),
    # "X has sent a letter" opening the paragraph after a feature lead is the news
    ("Party writes to the CPC", "LUSAKA, Oct 3 (ZNBC) -- Relations between the Example Party and the Communist Party "
     "of China have grown steadily over five decades, party officials say.",
     "Party Secretary General Tom Poe has sent a letter to Ma Lin, Minister of the IDCPC, congratulating the CPC on "
     "the anniversary.", "message", "written"),
])
def test_the_contact_told_after_a_feature_lead(title, lead, later, etype, modality):
    e = _event(title, "2019.10.04", lead, later)
    assert (e.event_type, e.modality, _side(e, "foreign")) == (etype, modality, ["Tom Poe"])


def test_a_paragraph_without_a_contact_makes_no_trip():
    e = _event("Party sends supplies to China", "2020.02.13",
               "Kathmandu, Feb 12 (RSS): The Example Party has dispatched a consignment of face masks to China.",
               "The supplies were collected by the party's provincial committees. Prime Minister Ann Roe had earlier "
               "expressed solidarity with the Chinese people.\n\nParty Co-chair Tom Poe on Wednesday held a "
               "telephone conversation with Ma Lin, Head of the International Department of the CPC Central Committee.")
    assert (e.event_type, _side(e, "foreign")) == ("call", ["Tom Poe"])


@pytest.mark.parametrize("lead, later, foreign", [
    # the speaker told last in the lead, whose next sentence frames the remarks
    ("Beijing - The Example Party intends to send more cadres to China for training, its secretary general, Tom "
     "Poe, said on Wednesday in Beijing.",
     "Tom Poe, who is heading a delegation of the party on a visit to China, was speaking at the end of a meeting "
     "with the minister of the International Department of the CPC Central Committee, Ma Lin.\n\nThe secretary "
     "general conveyed to his host the greetings of the party's president, Ann Roe, and thanked the CPC.",
     ["Tom Poe"]),
    # "A said B also took part in the meeting"
    ("KUALA LUMPUR, Aug 24 (Bernama) -- The Example Party will send young leaders to China for a study programme "
     "once travel resumes, said its president Datuk Seri Tom Poe.",
     "He said the programme was agreed during his online meeting with the Minister of the International Department "
     "of the CPC Central Committee, Ma Lin, today.\n\nPoe said Example Party secretary-general Datuk Seri Ann Roe "
     "also took part in the meeting.", ["Tom Poe", "Ann Roe"]),
    # a stop before: "arrived in A on Sunday from B, where it held talks with ..."
    ("WINDHOEK, 21 AUG (NAMPA) \u2013 The ruling Example Party Secretary-General Tom Poe on Tuesday met a delegation "
     "of the Communist Party of China led by Ma Lin, Vice Minister of the IDCPC.",
     "The delegation arrived in Windhoek on Sunday from Lusaka, where it held talks with leaders of Zambia's ruling "
     "Patriotic Front, among them Secretary General Ann Roe.", ["Tom Poe"]),
])
def test_people_of_feature_copies(lead, later, foreign):
    e = _event("Copy of a contact", "2023.06.15", lead, later)
    assert _side(e, "foreign") == foreign and "ZM" not in e.countries


def test_a_speaker_dated_in_brackets_at_an_online_summit():
    e = _event("Leader calls for fair access to vaccines at CPC summit", "2021.07.07",
               "Jakarta (ANTARA) - Example Party chairperson Tom Poe on Tuesday (July 6, 2021) urged political "
               "parties worldwide to ensure fair access to vaccines.",
               "Poe delivered the call virtually at the CPC and World Political Parties Summit, an online gathering "
               "hosted by the Communist Party of China to mark its centenary.")
    assert (e.event_type, e.modality, _side(e, "foreign")) == ("conference", "video", ["Tom Poe"])


def test_co_chairs_after_a_dated_letter_share_their_title():
    e = _event("Co-Chairs reply to Ma Lin", "2022.01.11",
               "Beijing, January 10th\u2014In a letter dated January 6th, Tom Poe and Ann Roe, Co-Chairs of the Social "
               "Democratic Party of Germany (SPD), thanked Ma Lin, Minister of the IDCPC, for his message.")
    assert [(p.name, p.title) for p in e.participants if p.side == "foreign"] == [
        ("Tom Poe", "Co-Chair of the Social Democratic Party of Germany"),
        ("Ann Roe", "Co-Chair of the Social Democratic Party of Germany")]


def test_the_day_someone_passed_away_in_a_city_is_not_the_messages():
    e = _event("Cambodia mourns former leader", "2022.12.02",
               "Phnom Penh, December 1 (AKP) -- The government has decided to fly the flag at half-mast for three days "
               "starting today, in memory of the late leader, who passed away in Shanghai on Wednesday.",
               "On the same day, Samdech Tom Poe, President of the Cambodian People's Party (CPP), sent a message of "
               "condolences to Ma Lin.")
    assert (e.event_type, e.event_date.isoformat()) == ("message", "2022-12-01")


def test_a_council_meeting_that_opened_is_a_conference():
    e = _event("Second Meeting of the Exchange Council Opens in Beijing", "2007.11.20",
               "On November 19th, the second meeting of the exchange council between the Communist Party of China "
               "(CPC) and the ruling parties of Japan opened in Beijing. Ma Lin, Minister of the IDCPC, and Tom Poe, "
               "Secretary General of the Liberal Democratic Party (LDP) of Japan, attended and delivered speeches.")
    assert (e.event_type, e.modality) == ("conference", "in_person")
