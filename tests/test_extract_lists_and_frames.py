"""Lists of those present that mix titles before and after names, remarks framed by the meeting
they were made at, and agency leads that tell the contact late; read on whole releases of our
own sentences."""
from __future__ import annotations

import pytest

from tests.release_text import one_event as _event, side as _side

LEAD = ("Beijing, May 14th\u2014Ma Lin, Minister of the IDCPC, held a video call here today with Tom Poe, Chairman of "
        "the Example Party of Russia.")


@pytest.mark.parametrize("later, cpc, foreign", [
    ("Wang Ke, Vice-minister of the IDCPC, Russian Ambassador to China Jim Doe and Ann Roe, Secretary of the CPRF "
     "Central Committee, were present.", ["Ma Lin", "Wang Ke"], ["Tom Poe", "Jim Doe", "Ann Roe"]),
    ("Wang Ke, Vice-minister of the IDCPC, Chinese Ambassador to Russia Li Ming, Ann Roe, Chairperson of the "
     "Sub-committee of the CPRF, and Jim Doe, Russian Ambassador to China, took part in the video call.",
     ["Ma Lin", "Wang Ke", "Li Ming"], ["Tom Poe", "Ann Roe", "Jim Doe"]),
    # a department of the foreign party that deals with China is no Chinese office
    ("Jim Doe, Director-General of the Commission's Department of Chinese Affairs, was present.", ["Ma Lin"],
     ["Tom Poe", "Jim Doe"]),
])
def test_lists_of_those_present_with_titles_on_both_sides(later, cpc, foreign):
    e = _event("Ma Lin holds video call", "2021.05.15", LEAD, later)
    assert (_side(e, "cpc"), _side(e, "foreign")) == (cpc, foreign)


def test_a_chinese_envoys_meeting_framed_by_remarks_in_the_host_country():
    e = _event("Cuban party official and Chinese ambassador review agenda", "2023.03.11",
               "Havana, Mar 10 (Prensa Latina) Relations between the Communist Party of Cuba (PCC) and its Chinese "
               "counterpart are going through an excellent moment, the head of the PCC Central Committee's "
               "International Relations Department, Tom Poe, said here on Friday. Poe made the assessment during a "
               "meeting with the ambassador of the People's Republic of China in Havana, Ma Lin, at the party's "
               "headquarters.")
    assert (e.event_type, _side(e, "cpc"), _side(e, "foreign")) == ("meeting", ["Ma Lin"], ["Tom Poe"])


@pytest.mark.parametrize("title, lead, etype, foreign", [
    # a written interview under an "Interview:" headline is a message
    ("Interview: ANC official hails partnership with CPC", "JOHANNESBURG, Oct. 9 (Xinhua) -- The ANC regards its "
     "relationship with the CPC as a pillar of ties, Tom Poe, secretary-general of the ANC, said in a written "
     "interview with Xinhua.", "message", ["Tom Poe"]),
    # the agency between slashes and a full stop; the subject after "when"
    ("MPP and CPC hold talks by video call", "Ulaanbaatar /MONTSAME/. The Mongolian People's Party (MPP) and the CPC "
     "exchanged views during a video call on March 4. MPP Secretary General Tom Poe held the call with Ma Lin, "
     "Minister of the IDCPC.", "call", ["Tom Poe"]),
    ("CCM, CPC pledge to deepen ties", "DODOMA, March 19 \u2014 Chama Cha Mapinduzi (CCM) and the CPC have agreed to "
     "step up cooperation in cadre training. The agreement was reached here on Tuesday when CCM Secretary General Dr "
     "Tom Poe received a CPC delegation led by Ma Lin, Assistant Minister of the IDCPC.", "visit", ["Tom Poe"]),
    # "agree to strengthen dialogue" in a headline is no gathering
    ("PS and CPC agree to strengthen dialogue", "Lisbon, 18 Oct. 2019 (Lusa) - Portugal's Socialist Party (PS) and the "
     "CPC agreed today to deepen exchanges. The commitment was made at a meeting between the president of the PS, "
     "Tom Poe, and a CPC delegation headed by Ma Lin, vice minister of the IDCPC, which is visiting Portugal.",
     "visit", ["Tom Poe"]),
])
def test_agency_leads_that_tell_the_contact_late(title, lead, etype, foreign):
    e = _event(title, "2023.10.10", lead)
    assert (e.event_type, _side(e, "foreign")) == (etype, foreign)


def test_a_predecessor_paid_tribute_to_in_a_message_is_in_passing():
    e = _event("Xi congratulates new LPRP leader", "2016.01.23",
               "Beijing, January 22nd\u2014Xi Jinping, General Secretary of the CPC Central Committee, sent a "
               "congratulatory message today to Tom Poe on his election as General Secretary of the LPRP.",
               "Xi paid tribute to Jim Doe, the outgoing General Secretary, for his contributions "
               "to the friendship between the two Parties.")
    assert (e.event_type, _side(e, "cpc"), _side(e, "foreign")) == ("message", ["Xi Jinping"], [])


def test_an_envoy_hosted_by_a_party_that_awaits_a_delegation():
    e = _event("ANC Secretary-General meets Chinese ambassador", "2011.11.12",
               "JOHANNESBURG, Nov. 10 (SAnews) -- African National Congress (ANC) Secretary-General Tom Poe on Thursday "
               "hosted the Chinese Ambassador to South Africa, Ma Lin, at Luthuli House.",
               "Poe briefed the ambassador on the centenary, and said the organisation looked forward to welcoming a "
               "delegation of the Communist Party of China (CPC) to the occasion.")
    assert (e.event_type, _side(e, "cpc"), _side(e, "foreign")) == ("meeting", ["Ma Lin"], ["Tom Poe"])


def test_a_chairwoman_whose_greetings_are_reported_is_in_passing():
    e = _event("CPC delegation visits Indonesia", "2017.05.20",
               "JAKARTA, May 19 (Antara) -- Tom Poe, Secretary-General of the Indonesian Democratic Party of Struggle "
               "(PDI-P), received a CPC delegation led by Ma Lin, Vice-Minister of the IDCPC, here on Friday.",
               "He said party Chairwoman Jim Doe had asked him to convey her greetings to the CPC leadership.")
    assert _side(e, "foreign") == ["Tom Poe"]


@pytest.mark.parametrize("country, lead, party", [
    ("UY", "MONTEVIDEO, Aug. 13 -- Ma Lin, Vice-Minister of the IDCPC, called on Tom Poe, leader of the Movimiento de "
     "Participaci\u00f3n Popular (MPP), the largest faction within the Broad Front.",
     "Movimiento de Participaci\u00f3n Popular"),
    ("MN", "ULAANBAATAR, May 5 (MONTSAME) -- Ma Lin, Vice-Minister of the IDCPC, met here today with Tom Poe, "
     "Secretary General of the MPP.", "Mongolian People's Party"),
])
def test_an_acronym_two_countries_share(country, lead, party):
    e = _event("Ma Lin visits", "2012.08.17", lead)
    poe = next(p for p in e.participants if p.name == "Tom Poe")
    assert (poe.party, e.countries) == (party, (country,))


@pytest.mark.parametrize("lead, later, foreign", [
    ("JOHANNESBURG, Aug. 21 (SAnews) -- ANC Secretary General Tom Poe on Wednesday held talks with a CPC delegation "
     "led by Ma Lin, Vice-Minister of the IDCPC.", "Poe was accompanied at the talks by ANC Treasurer General Jim Doe.",
     ["Tom Poe", "Jim Doe"]),
    # an aide who briefs the press later; a party's chairman told of in passing
    ("PHNOM PENH, April 4 (AKP) -- Samdech Tom Poe, President of the Cambodian People's Party, received a CPC "
     "delegation led by Ma Lin, Vice-Minister of the IDCPC.", "Speaking to reporters at a press briefing later in the "
     "day, Jim Doe, personal assistant to the Prime Minister, said both sides agreed to deepen ties. The party is "
     "chaired by President Ann Roe.", ["Tom Poe"]),
    # a host who spoke "as she received" the delegation, named after a quote
    ("BRASILIA, Sept. 12 -- \"Brazil and China are building a partnership,\" the President of the Workers' Party (PT), "
     "Tom Poe, said on Tuesday as she received a delegation of the CPC led by Ma Lin.", "Both sides agreed.",
     ["Tom Poe"]),
])
def test_company_sources_and_hosts_of_agency_copies(lead, later, foreign):
    assert _side(_event("Party receives CPC delegation", "2023.09.13", lead, later), "foreign") == foreign


def test_who_chaired_the_meeting_that_elected_an_addressee_is_in_passing():
    e = _event("Ma Lin congratulates new CCM Secretary General", "2024.01.17",
               "Beijing, January 16th\u2014Ma Lin, Minister of the IDCPC, sent a congratulatory message today to Tom "
               "Poe on his election as Secretary General of Chama Cha Mapinduzi (CCM).",
               "Poe was elected at a meeting of the CCM National Executive Committee chaired by CCM Chairperson and "
               "President Jim Doe Hassan.")
    assert (e.event_type, _side(e, "foreign")) == ("message", [])


def test_every_guest_on_screen_told_after_a_hybrid_lead():
    e = _event("CPC holds seminar with African parties", "2021.11.19",
               "BEIJING, Nov. 18 (Xinhua) -- The CPC on Thursday held a seminar with African political parties, in a "
               "combination of online and offline formats.", "Ma Lin, head of the IDCPC, addressed the seminar from "
               "Beijing, while representatives of more than 40 parties from over 30 African countries all joined via "
               "video link.")
    assert (e.event_type, e.modality) == ("conference", "video")


def test_a_headline_announcing_a_gathering_to_host():
    e = _event("IDCPC to Host Video Dialogue with Political Parties of Latin America", "2022.07.12",
               "BEIJING, July 12 -- Ma Lin, spokesperson of the IDCPC, announced here today that the IDCPC will soon "
               "host a dialogue with political parties of Latin American countries via video link.")
    assert (e.event_type, e.modality) == ("other", None)


@pytest.mark.parametrize("lead, later, foreign, parties", [
    # a party's name before its acronym and a title-first office; a stop on the way, told with "where"
    ("WINDHOEK, April 11 (NAMPA) -- South West Africa People's Organisation (SWAPO) Secretary General Tom Poe on "
     "Thursday received a CPC delegation led by Ma Lin, Assistant Minister of the IDCPC, at the party headquarters.",
     "The Chinese delegation arrived in Windhoek from Zambia, where it had held talks earlier this week in Lusaka with "
     "Jim Doe, Secretary General of the Patriotic Front.", ["Tom Poe"], ["South West Africa People's Organisation"]),
    # an official who told reporters what the party received is a source
    ("ACCRA, Dec. 30 -- Ma Lin, Minister of the IDCPC, sent a message to the New Patriotic Party (NPP) of Ghana on its "
     "victory.", "Jim Doe, director of communications of the NPP, told reporters in Accra that the party valued its "
     "ties with the CPC.", [], ["New Patriotic Party"]),
    # parties in their own language
    ("Beijing, June 6th\u2014Ma Lin, Minister of the IDCPC, met here today with Tom Poe, Secretary General of Hizb "
     "al-Istiqlal, and "
     "Jim Doe, Vice President of Harakat Ennahda.", "Both sides agreed.", ["Tom Poe", "Jim Doe"],
     ["Hizb al-Istiqlal", "Harakat Ennahda"]),
])
def test_parties_and_sources_of_african_and_arab_copies(lead, later, foreign, parties):
    e = _event("Party meets CPC", "2017.01.03", lead, later)
    assert (_side(e, "foreign"), [p.name for p in e.parties]) == (foreign, parties)


def test_envoys_at_the_venue_keep_a_hybrid_seminar_in_person():
    e = _event("Seminar on party building held", "2021.11.26",
               "Beijing, November 25th\u2014A seminar between the CPC and Latin American parties was held here today "
               "in a combination of online and offline formats.", "Diplomatic envoys of Argentina and Cuba to China "
               "attended the seminar at the venue in Beijing, while leaders of political parties all joined via video "
               "link.")
    assert (e.event_type, e.modality) == ("conference", "in_person")


@pytest.mark.parametrize("title, lead, later, etype, foreign", [
    # an envoy who met a leader and handed over a letter: a meeting, under a headline that he "Delivers" it
    ("Chinese Ambassador Delivers CPC Central Committee's Letter to CPV", "HANOI, Feb. 3 -- Ma Lin, Chinese Ambassador "
     "to Viet Nam, met here today with Tom Poe, Member of the Political Bureau of the CPV, and handed over a letter "
     "from the CPC Central Committee.", "Both sides agreed.", "meeting", ["Tom Poe"]),
    # a reply to a letter; the one written back to is its addressee
    ("Ma Lin Writes Back to MSZP President", "On November 22nd, Ma Lin, Minister of the IDCPC, wrote back to Tom Poe, "
     "President of the Hungarian Socialist Party (MSZP), thanking the MSZP for its warm congratulations.",
     "Both sides agreed.", "message", []),
    # a leader whose support a speaker reports, with an honorific between title and name
    ("UMNO president holds phone talks with Ma Lin", "KUALA LUMPUR, Dec. 15 (Bernama) -- UMNO president Tom Poe held a "
     "telephone conversation today with Ma Lin, Minister of the IDCPC.", "He said Prime Minister Datuk Seri Jim Doe "
     "had given his full support to deepening the partnership.", "call", ["Tom Poe"]),
])
def test_letters_handed_over_replies_and_reported_support(title, lead, later, etype, foreign):
    e = _event(title, "2017.11.24", lead, later)
    assert (e.event_type, _side(e, "foreign")) == (etype, foreign)


@pytest.mark.parametrize("title, lead, later, etype, foreign", [
    # a feature lead: a leader's earlier trip "to visit China since ..." and "who will lead" announce nothing
    ("Senior CPC official holds video call with SPD co-chairman", "BEIJING, Nov. 29 (Xinhua) -- Three weeks after the "
     "Chancellor became the first leader of a Group of Seven country to visit China since the pandemic began, officials "
     "of the two countries' leading parties have picked up the conversation.", "On Tuesday, Ma Lin, Minister of the "
     "IDCPC, held a video call with Tom Poe, Co-Chairman of the Social Democratic Party of Germany (SPD).", "call",
     ["Tom Poe"]),
    ("Nepali party leaders meet visiting CPC delegation", "KATHMANDU, Dec. 30 (Xinhua) -- With the parties still "
     "bargaining over who will lead the next government, leaders of the two largest parties set aside time for a "
     "visiting CPC delegation.", "Ma Lin, Vice-Minister of the IDCPC, who is leading the delegation, met with Tom Poe, "
     "President of the Nepali Congress (NC).", "visit", ["Tom Poe"]),
    # leaders told of as a time, or by what they have described
    ("Hungarian party meets CPC delegation", "BUDAPEST, April 9 (MTI) -- A week after Chancellor Jim Doe wrapped up her "
     "latest visit to China, Tom Poe, head of the Fidesz parliamentary group, met Ma Lin, Minister of the IDCPC.",
     "Prime Minister Ann Roe has described the Eastern Opening as a pillar of foreign policy.", "visit", ["Tom Poe"]),
    # a newspaper's editorial writer leads a delegation: his title is no name
    ("Ma Lin meets Japanese journalists", "Beijing, August 26th\u2014Ma Lin, Vice-minister of the IDCPC, met here today "
     "with a delegation of senior journalists from Japan led by Tom Poe, Chief Editorial Writer of the Mainichi "
     "Shimbun.", "Both sides agreed.", "meeting", ["Tom Poe"]),
])
def test_feature_leads_and_people_told_of_in_them(title, lead, later, etype, foreign):
    e = _event(title, "2022.11.30", lead, later)
    assert (e.event_type, _side(e, "foreign")) == (etype, foreign)


def test_a_crowd_present_names_no_one():
    e = _event("Forum opens", "2019.05.15", "Beijing, May 14th\u2014A forum opened here today. Ma Lin, Minister of the "
               "IDCPC, addressed it.", "About 300 people, including leaders of political parties from Southeast Asian "
               "and South Asian countries, Chinese and foreign experts and scholars, were present.")
    assert (_side(e, "cpc"), _side(e, "foreign")) == (["Ma Lin"], [])
