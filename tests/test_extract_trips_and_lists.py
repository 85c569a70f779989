"""Other stops of a trip, earlier contacts, and who a gathering's lists name, read on whole releases
(our own sentences)."""
from __future__ import annotations

import pytest

from tests.release_text import one_event as _event, side as _side

VISIT = ("On August 6th, Ma Lin, Vice-minister of the International Department of the CPC Central Committee, who is "
         "leading a CPC delegation on a visit to Ethiopia, met in Addis Ababa with Tom Poe, Member of the Executive "
         "Committee of the Ethiopian People's Revolutionary Democratic Front (EPRDF).")


@pytest.mark.parametrize("later, parties, countries", [
    # the next stop's hosts take no part in this contact ...
    ("After Ethiopia, it will go on to Sudan at the invitation of the National Congress Party (NCP).",
     ["Ethiopian People's Revolutionary Democratic Front"], ("ET",)),
    ("The delegation will then travel to Sudan at the invitation of the National Congress Party.",
     ["Ethiopian People's Revolutionary Democratic Front"], ("ET",)),
    # ... while this stop's hosts do
    ("The delegation is visiting Ethiopia at the invitation of the EPRDF.",
     ["Ethiopian People's Revolutionary Democratic Front"], ("ET",)),
])
def test_the_hosts_of_a_trips_next_stop_take_no_part(later, parties, countries):
    e = _event("Ma Lin meets EPRDF leader", "2014.08.08", VISIT, later)
    assert [p.name for p in e.parties] == parties and e.countries == countries


def test_an_announced_trip_keeps_the_hosts_of_its_stops():
    e = _event("CPC delegation to visit Sudan", "2014.08.01",
               "Beijing, July 31st--At the invitation of the National Congress Party (NCP), a CPC delegation led by Ma "
               "Lin, Vice-minister of the IDCPC, will visit Sudan from August 8th to 12th.", "The visit will go on.")
    assert e.event_type == "other" and [p.name for p in e.parties] == ["National Congress Party"]


@pytest.mark.parametrize("later", [
    "Prior to its stay in Beijing, the delegation visited Xinjiang, where Wang Ming, Secretary of the CPC Xinjiang "
    "Uygur Autonomous Regional Committee, met with it.",
    "The meeting came a week after a CPC delegation led by Wang Ming, Vice-minister of the International Department "
    "of the CPC Central Committee, concluded a four-day visit to Pakistan.",
])
def test_contacts_of_another_stop_or_an_earlier_week_take_no_part(later):
    e = _event("Ma Lin holds talks with PML-N delegation", "2024.07.03",
               "Beijing, July 2nd--Ma Lin, Minister of the International Department of the CPC Central Committee, held "
               "talks here today with a delegation of the Pakistan Muslim League (N) led by Tom Poe, Secretary General "
               "of the PML-N.", later)
    assert _side(e, "cpc") == ["Ma Lin"] and _side(e, "foreign") == ["Tom Poe"]
    assert (e.event_type, e.modality) == ("meeting", "in_person")


def test_a_chinese_commission_whose_name_holds_and_before_a_verb():
    e = _event("IDCPC holds briefing for envoys", "2016.01.04",
               "Beijing, December 29th--The IDCPC held here today a briefing session on the plan. Ma Lin, Minister of "
               "the IDCPC, attended.", "Wang Ming, Deputy Director of the National Development and Reform Commission, "
               "briefed the envoys on the plan.")
    assert [(p.name, p.side, p.title) for p in e.participants if p.name == "Wang Ming"] == [
        ("Wang Ming", "cpc", "Deputy Director of the National Development and Reform Commission")]


BRIEFING = ("Beijing, July 28th--The IDCPC held here today a thematic briefing in a combination of online and offline "
            "formats. Ma Lin, Minister of the IDCPC, attended and addressed the briefing. {guests}")


@pytest.mark.parametrize("guests, modality", [
    # some guests at the venue: in person; every guest remote: by video
    ("Diplomatic envoys of more than 60 countries attended at the venue, while leaders of political parties from "
     "more than 30 countries joined online.", "in_person"),
    ("Chinese officials attended at the venue, while all the foreign guests joined via video link.", "video"),
])
def test_a_hybrid_gathering_with_guests_at_the_venue_is_in_person(guests, modality):
    e = _event("IDCPC holds thematic briefing", "2021.07.29", BRIEFING.format(guests=guests))
    assert (e.event_type, e.modality) == ("conference", modality)


@pytest.mark.parametrize("lead, countries", [
    ("Beijing, November 21st--Ma Lin, Vice-minister of the IDCPC, met here today with a study group of young leaders "
     "of Ghanaian, Kenyan and Zambian political parties, led by Tom Poe, Member of the National Executive Committee "
     "of Chama Cha Mapinduzi (CCM) of Tanzania.", ("GH", "KE", "TZ", "ZM")),
    ("Beijing, June 11th--The China-South Asia Political Parties Forum opened here today. Ma Lin, Minister of the "
     "IDCPC, attended. Nearly 70 representatives of Bangladeshi, Nepali and Sri Lankan political parties attended "
     "the forum.", ("BD", "LK", "NP")),
])
def test_countries_listed_by_their_adjectives(lead, countries):
    assert _event("Ma Lin meets study group", "2023.11.22", lead).countries == countries


def test_countries_of_party_members_and_officials_in_a_study_group():
    e = _event("Study group for Pacific parties opens", "2026.03.17",
               "BEIJING, March 16 -- A study group for members of political parties of Pacific Island countries opened "
               "here today. Ma Lin, Vice-minister of the IDCPC, attended.",
               "The study group brings together more than 30 party members and officials from Fiji, Papua New Guinea, "
               "Samoa and Tonga.\n\nTom Poe of Fiji's People's Alliance spoke on behalf of the participants.")
    assert (e.event_type, e.countries) == ("conference", ("FJ", "PG", "TO", "WS"))


def test_officials_of_parties_who_are_taking_part_in_a_seminar():
    e = _event("Ma Lin attends opening of seminar", "2010.11.17",
               "Beijing, November 16th--Ma Lin, Minister of the IDCPC, attended here today the opening ceremony of a "
               "seminar for party officials from Southern African countries. About 40 officials of the South West "
               "Africa People's Organization (SWAPO) of Namibia, the Mozambique Liberation Front (FRELIMO) and Chama "
               "Cha Mapinduzi (CCM) of Tanzania are taking part in the ten-day seminar.")
    assert e.event_type == "conference" and e.countries == ("MZ", "NA", "TZ")
    assert {p.name for p in e.parties} == {"South West Africa People's Organization", "Mozambique Liberation Front",
                                           "Chama Cha Mapinduzi"}


def test_two_parties_that_sent_congratulations_together():
    e = _event("Foreign parties congratulate the CPC", "2021.06.29",
               "BEIJING, June 28 (Xinhua) -- Leaders of political parties from around the world have sent "
               "congratulatory messages to the Central Committee of the CPC ahead of its centenary.",
               "Tom Poe, President of the Party of the European Left, also sent a message.\n\nThe Portuguese Communist "
               "Party and the Communist Party of Chile sent congratulations as well.")
    assert e.event_type == "message" and e.countries == ("CL", "PT")
    assert [p.name for p in e.parties] == ["Party of the European Left", "Portuguese Communist Party", "Communist Party of Chile"]


def test_a_hybrid_gathering_whose_guests_named_one_by_one_all_joined_by_video():
    e = _event("Ma Lin attends dialogue", "2025.05.21",
               "Beijing, May 20th--The Dialogue between the CPC and Political Parties of Central and Eastern European "
               "Countries was held here today in a combination of online and offline formats. Ma Lin, Minister of the "
               "IDCPC, attended the event in Beijing and delivered a keynote speech, while Tom Poe, Chairwoman of the "
               "Communist Party of Bohemia and Moravia, and Ann Roe, Chairman of the Bulgarian Socialist Party, all "
               "joined via video link.")
    assert (e.event_type, e.modality) == ("conference", "video")
