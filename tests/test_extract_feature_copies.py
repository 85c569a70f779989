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


@pytest.mark.parametrize("title, lead, later, etype, city", [
    ("Example Party, CPC to keep up dialogue online", "MOSCOW, November 24. /TASS/. The Example Party and the CPC "
     "will continue their consultations in a remote format, Secretary Tom Poe told reporters on Tuesday.",
     "He made the remarks after talks via video link with Ma Lin, head of the International Department of the CPC "
     "Central Committee.", "call", None),
    ("Party delegation holds talks in Beijing", "Budapest, May 23 (MTI) \u2013 A delegation of the Example Party held "
     "talks with leaders of the International Department of the CPC Central Committee in Beijing on Tuesday.",
     "The delegation, headed by deputy leader Tom Poe, was received by Ma Lin, the head of the department.",
     "meeting", "Beijing"),
    ("Party delegation meets Ma Lin", "RAMALLAH, Monday, February 26, 2024 (WAFA) \u2013 A delegation of the Example "
     "Party headed by Tom Poe met today in Beijing with Ma Lin, head of the IDCPC.", "Both sides exchanged views.",
     "meeting", "Beijing"),
])
def test_where_and_how_copies_tell_the_contact(title, lead, later, etype, city):
    e = _event(title, "2020.11.24", lead, later)
    assert (e.event_type, e.location_city) == (etype, city)


@pytest.mark.parametrize("lead, later, foreign", [
    ("ISLAMABAD, Mar 17 (APP): Party leaders and the CPC on Wednesday held a meeting of their consultation "
     "mechanism via video link.", "Speakers included Tom Poe, Secretary General of the Example Party, while Chinese "
     "Ambassador Ma Lin joined the session from Islamabad.", ["Tom Poe"]),
    ("Sofia, October 19 (BTA) - The Example Party and the Communist Party of China held a joint seminar at the "
     "party headquarters on Tuesday.", "The seminar was opened by Party Chairman Tom Poe. The CPC delegation is led by "
     "Ma Lin, Vice Minister of the IDCPC.", ["Tom Poe"]),
    ("DHAKA, Sept 9 (BSS) - Party General Secretary Tom Poe today held a video call with Ma Lin, Minister of the "
     "IDCPC.", "Party International Affairs Secretary Ann Roe also joined the discussion.", ["Tom Poe", "Ann Roe"]),
    ("NNA - Party Chief Tom Poe received on Thursday, November 15, at the party headquarters in Mirna Chalouhi, "
     "Chinese Ambassador to Lebanon Ma Lin, with whom he discussed relations.", "Both sides exchanged views.",
     ["Tom Poe"]),
    ("Colombo, July 7 (LP) - A delegation of the CPC led by Ma Lin, Vice Minister of the IDCPC, called on General "
     "Secretary of the Example Party and Minister of Agriculture Development and Agrarian Services Tom Poe today.",
     "Both sides exchanged views.", ["Tom Poe"]),
    ("Phnom Penh, May 8 AKP -- Samdech Thipadei Tom Poe, President of the Example Party, received a delegation of "
     "the CPC led by Ma Lin, Vice Minister of the IDCPC.", "Speaking to reporters after the meeting, H.E. Ann Roe, "
     "Personal Assistant to the President, said the talks went well.", ["Tom Poe"]),
    ("Ulaanbaatar /MONTSAME/. Secretary General of the Example Party Tom Poe held a phone conversation with Ma Lin, "
     "Head of the IDCPC, on February 16.", "Poe congratulated the Chinese side on the opening of the Winter Games, "
     "which was attended by Prime Minister and Party Chairman Ann Roe.", ["Tom Poe"]),
])
def test_people_of_agency_copies_in_later_sentences(lead, later, foreign):
    assert _side(_event("Copy", "2021.03.17", lead, later), "foreign") == foreign


def test_a_death_told_last_friday_does_not_date_the_seminar():
    e = _event("Seminar opens", "2016.11.29", "Beijing, Nov 29 (Prensa Latina) The theoretical seminar between the "
               "Example Party and the CPC opened here today with a minute of silence for the late leader, who passed "
               "away last Friday in Havana.")
    assert e.event_date.isoformat() == "2016-11-29"


@pytest.mark.parametrize("lead, later, party", [
    ("DHAKA (BSS) - Awami League General Secretary Tom Poe today held a video call with Ma Lin, Minister of the "
     "IDCPC.", "He hoped exchanges between the Bangladesh Awami League and the CPC would grow.", "Bangladesh Awami League"),
    ("RAMALLAH (WAFA) \u2013 A delegation of the Fatah movement headed by Tom Poe met today in Beijing with Ma Lin, "
     "head of the IDCPC.", "Poe conveyed the greetings of the Chairman of the Palestinian National Liberation "
     "Movement (Fatah).", "Palestinian National Liberation Movement"),
])
def test_a_fuller_form_written_later_names_the_party(lead, later, party):
    assert [p.name for p in _event("Copy", "2020.09.09", lead, later).parties] == [party]
