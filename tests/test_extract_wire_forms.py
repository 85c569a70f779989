"""Forms of wire copy and of gatherings read on whole releases of our own sentences: agencies'
datelines, an agency's initials that a party shares, a gathering's mode told only in a later
paragraph, and party names holding "and" inside a title."""
from __future__ import annotations

import pytest

from tests.release_text import one_event as _event, side as _side


def test_a_sender_named_title_first_after_a_slashed_agency():
    e = _event("Party leader congratulates Xi", "2022.10.26",
               "Bucharest, Oct 24 /Agerpres/ - Social Democratic Party (PSD) National Leader Tom Poe on Monday sent "
               "a congratulatory message to Xi Jinping on his re-election as General Secretary.")
    assert (e.event_type, e.event_date.isoformat(), _side(e, "foreign")) == ("message", "2022-10-24", ["Tom Poe"])


def test_an_agencys_initials_are_not_the_party_that_shares_them():
    e = _event("Video call with Polish party", "2022.09.23",
               "Warsaw, September 21 (PAP) - Tom Poe, co-chairman of Nowa Lewica, held a video call on Wednesday "
               "with Ma Lin, head of the International Department of the CPC Central Committee, PAP learned from "
               "the party.")
    assert ([p.name for p in e.parties], e.countries) == (["Nowa Lewica"], ("PL",))


LEAD = ("On September 17th, a seminar on recovery was held between the CPC and political parties of South Asian "
        "countries. Ma Lin, Minister of the IDCPC, attended and delivered a keynote speech.")


@pytest.mark.parametrize("later, modality", [
    ("Tom Poe, Chairman of the Nepali Congress, spoke.\n\nThe seminar was held via video link.", "video"),
    ("Tom Poe, Chairman of the Nepali Congress, spoke.\n\nThe session combined online and offline formats: Ma "
     "attended at the venue, while the leaders of more than 20 parties all joined via video link.", "video"),
    # guests at the venue keep it a gathering in person
    ("Tom Poe, Chairman of the Nepali Congress, spoke.\n\nThe seminar combined online and offline formats, with "
     "some guests attending at the venue and others addressing it via video link.", "in_person"),
    ("Tom Poe, Chairman of the Nepali Congress, spoke.", "in_person"),
    ("Tom Poe, Chairman of the Nepali Congress, spoke, while representatives of the Example Party joined via video "
     "link.", "in_person"),
])
def test_a_gatherings_mode_told_in_a_later_paragraph(later, modality):
    e = _event("CPC holds seminar with parties of South Asia", "2020.09.18", LEAD, later)
    assert (e.event_type, e.modality) == ("conference", modality)


def test_a_party_holding_and_in_a_title_before_is():
    e = _event("Ma Lin attends seminar for study group", "2019.05.15",
               "Beijing, May 14th\u2014A seminar for a study group of parties of Pacific Island countries was held "
               "here today. Ma Lin, Vice-minister of the IDCPC, attended. The study group, headed by Tom Poe, "
               "President of Vanuatu's Land and Justice Party, is made up of members of parties from Fiji and Samoa.")
    poe = next(p for p in e.participants if p.name == "Tom Poe")
    assert (poe.title, [p.name for p in e.parties]) == ("President of Vanuatu's Land and Justice Party",
                                                         ["Land and Justice Party"])


@pytest.mark.parametrize("text, party", [
    ("Ma Lin met Tom Poe, Chairman of the Islamic Supreme Council of Iraq (ISCI).", "Islamic Supreme Council of Iraq"),
])
def test_parties_the_dictionary_knows(text, party):
    e = _event("Ma Lin meets party leader", "2018.04.13", "Beijing, April 12th--" + text)
    assert [p.name for p in e.parties] == [party]


def test_a_title_first_office_keeps_its_party_before_who_is_also():
    e = _event("Ma Lin leads CPC delegation to visit Malaysia", "2024.07.17",
               "KUALA LUMPUR, July 16 (Bernama) -- Tom Poe, president of the Malaysian Chinese Association (MCA), "
               "received a CPC delegation led by Ma Lin, Minister of the IDCPC, here today.",
               "During the visit, the CPC delegation also called on Democratic Action Party (DAP) secretary-general "
               "Jim Doe Siew Fook, who is also Transport Minister, to discuss cooperation.")
    doe = next(p for p in e.participants if p.name == "Jim Doe Siew Fook")
    assert (doe.party, [p.name for p in e.parties]) == (
        "Democratic Action Party", ["Malaysian Chinese Association", "Democratic Action Party"])


def test_a_vietnamese_name_after_to_is_whole():
    e = _event("Ma Lin visits Viet Nam", "2018.03.30",
               "Hanoi, March 29th\u2014Ma Lin, Minister of the IDCPC, held talks here today with Tom Poe, Head of the "
               "Commission for External Relations of the CPV Central Committee.",
               "During the meeting, Ma first conveyed the cordial greetings of General Secretary Xi Jinping to Nguyen "
               "Van Binh, and briefed him on the plenary session.")
    assert _side(e, "foreign") == ["Tom Poe"]


@pytest.mark.parametrize("title, lead, etype", [
    ("Tom Poe Phones Ma Lin to Express Sympathy over Earthquake",
     "Beijing, May 15th--Ma Lin, Minister of the IDCPC, received a telephone call here today from Tom Poe, Chairman "
     "of the Social Democratic Party of Germany (SPD). Poe expressed deep sympathy over the earthquake.", "call"),
    ("Tom Poe Sends Message to Express Sympathy over Earthquake",
     "Beijing, May 15th--Tom Poe, Chairman of the Social Democratic Party of Germany (SPD), sent a message to Ma Lin, "
     "Minister of the IDCPC, expressing deep sympathy over the earthquake.", "message"),
])
def test_a_call_made_to_express_sympathy(title, lead, etype):
    assert _event(title, "2008.05.16", lead).event_type == etype


@pytest.mark.parametrize("lead, later, foreign, parties", [
    # a nickname of two words after a title-first name
    ("BEIJING, May 20 (Xinhua) -- Ma Lin, head of the IDCPC, met here Tuesday with a delegation of the People's "
     "Movement for the Liberation of Angola (MPLA) led by its Secretary General Tom Poe Doe (Dino Matross).",
     "Both sides exchanged views.", ["Tom Poe Doe"], ["People's Movement for the Liberation of Angola"]),
    # a party's name and its bracketed acronym before a title-first senator in a list of speakers
    ("ISLAMABAD, March 19 (APP) -- A seminar on the corridor was held here today. Ma Lin, Vice-Minister of the "
     "IDCPC, addressed it.", "Pakistan Muslim League-Nawaz (PML-N) Senator Tom Poe, Pakistan Tehreek-e-Insaf (PTI) "
     "Secretary General Jim Doe and Pakistan Peoples Party (PPP) Vice President Ann Roe also addressed the meeting.",
     ["Tom Poe", "Jim Doe", "Ann Roe"],
     ["Pakistan Muslim League-Nawaz", "Pakistan Tehreek-e-Insaf", "Pakistan Peoples Party"]),
    # a coalition partner named after the senior party
    ("TOKYO, Nov. 24 (Kyodo) -- Tom Poe, secretary general of the Liberal Democratic Party, held talks by video link "
     "with senior officials of the CPC.", "Jim Doe, secretary general of the LDP's coalition partner Komeito, took "
     "part from Tokyo.", ["Tom Poe", "Jim Doe"], ["Liberal Democratic Party", "Komeito"]),
    # a gathering's name is no person; a speaker of a party the dictionary knows
    ("NAIROBI, Kenya, March 15 (KBC) -- Leaders of Kenyan political parties on Wednesday joined their counterparts "
     "at the CPC in Dialogue with World Political Parties High-level Meeting, which was held via video link.",
     "Tom Poe, Secretary General of the Palestinian National Initiative, spoke at the meeting.", ["Tom Poe"],
     ["Palestinian National Initiative"]),
])
def test_names_and_parties_of_agency_copies(lead, later, foreign, parties):
    e = _event("Parties meet", "2023.03.16", lead, later)
    assert (_side(e, "foreign"), [p.name for p in e.parties]) == (foreign, parties)
    assert all(p.name.count(" ") < 4 for p in e.participants)


@pytest.mark.parametrize("lead, later, foreign, parties", [
    # a professor's glued initials, in a clause opened by "where"
    ("COLOMBO, March 12 (Daily Mirror) -- A CPC delegation led by Ma Lin, Vice-Minister of the IDCPC, held "
     "discussions with the leadership of the Sri Lanka Podujana Peramuna (SLPP) at the party headquarters, where SLPP "
     "Chairman Prof. G.L. Peiris and the party's National Organiser Tom Poe received the visitors.", "Both sides agreed.",
     ["G.L. Peiris", "Tom Poe"], ["Sri Lanka Podujana Peramuna"]),
    # a minister's portfolios set apart by commas, then his party office with its faction and acronym
    ("ISLAMABAD: A CPC delegation headed by Ma Lin, Vice-Minister of the IDCPC, called on Jamiat Ulema-e-Islam "
     "(Fazl) (JUI-F) chief Maulana Tom Poe at his residence on March 11.", "Later, the delegation met Federal "
     "Minister for Planning, Development and Special Initiatives Jim Doe, a senior leader of the Pakistan Muslim "
     "League (Nawaz) (PML-N), at the Planning Commission.", ["Tom Poe", "Jim Doe"],
     ["Jamiat Ulema-e-Islam (Fazl)", "Pakistan Muslim League (Nawaz)"]),
])
def test_names_and_parties_of_south_asian_copies(lead, later, foreign, parties):
    e = _event("CPC delegation visits", "2019.03.13", lead, later)
    assert (_side(e, "foreign"), [p.name for p in e.parties]) == (foreign, parties)


def test_he_before_a_title_and_a_meeting_attended_by_an_ambassador():
    e = _event("Speaker meets CPC delegation", "2024.11.14",
               "Doha, November 12 (QNA) - HE Speaker of the Shura Council Tom Poe met on Tuesday with a delegation of "
               "the CPC headed by Vice-Minister of the IDCPC HE Ma Lin. The meeting dealt with cooperation, and was "
               "attended by HE Chinese Ambassador to Qatar Li Ming.")
    assert (_side(e, "cpc"), _side(e, "foreign")) == (["Ma Lin", "Li Ming"], ["Tom Poe"])


@pytest.mark.parametrize("later", [
    "Ma said that the late Mr. Jim Doe, founding Prime Minister of Singapore, was an old friend of the Chinese people.",
    # a directory official, found by his name alone
    "Among the guests were diplomats who had also attended the briefing given by former Minister Wang Jiarui last year.",
])
def test_the_late_and_a_name_with_its_time_are_in_passing(later):
    e = _event("CPC delegation visits Singapore", "2016.11.10",
               "Singapore, November 9th\u2014Ma Lin, Vice-minister of the IDCPC, met here today with Tom Poe, Member of "
               "the Central Executive Committee of the People's Action Party (PAP).", later)
    assert (_side(e, "cpc"), _side(e, "foreign")) == (["Ma Lin"], ["Tom Poe"])


@pytest.mark.parametrize("title, lead, later, etype, cpc, foreign", [
    # a place holding a lower-case particle puts the contact abroad
    ("Tom Poe meets CPC delegation", "On October 16th, Tom Poe, Chairman of Chama Cha Mapinduzi (CCM), met in Dar es "
     "Salaam with a delegation of the CPC led by Ma Lin, Vice-minister of the IDCPC.", "Both sides agreed.", "visit",
     ["Ma Lin"], ["Tom Poe"]),
    # an ambassador who "accompanied Liu during the meetings"; a glued Mongolian initial before its title
    ("CPC delegation visits Mongolia", "ULAANBAATAR, May 5 (MONTSAME) -- Ma Lin, Vice-Minister of the IDCPC, met here "
     "today with Tom Poe, Chairman of the MPP. On the same day, Ma held talks with U.Khurelsukh, Secretary General of "
     "the MPRP.", "Chinese Ambassador to Mongolia He Wei accompanied Ma during the meetings.", "visit",
     ["Ma Lin", "He Wei"], ["Tom Poe", "U.Khurelsukh"]),
    # the lead's second sentence telling an earlier leg in Beijing
    ("Provincial secretary meets USDP delegation", "Chengdu, July 9th\u2014Ma Lin, Secretary of the CPC Sichuan "
     "Provincial Committee, met here today with the delegation of the Union Solidarity and Development Party (USDP) "
     "led by U Tom Poe, Vice Chairman of the USDP. Earlier in Beijing, the delegation held talks with Wang Jiarui, "
     "Minister of the International Department of the CPC Central Committee.", "Both sides agreed.", "meeting",
     ["Ma Lin"], ["Tom Poe"]),
])
def test_places_with_particles_company_and_earlier_legs(title, lead, later, etype, cpc, foreign):
    e = _event(title, "2018.10.18", lead, later)
    assert (e.event_type, _side(e, "cpc"), _side(e, "foreign")) == (etype, cpc, foreign)


@pytest.mark.parametrize("lead, later, foreign", [
    # a title set off by commas before a name with an honorific, then "and Y, Title, were present"
    ("BEIJING, Nov. 26 (The Herald) -- Ma Lin, Minister of the IDCPC, on Tuesday met with a delegation of ZANU-PF "
     "led by Comrade Tom Poe, the ruling party's Secretary for External Affairs.",
     "Zimbabwe's Ambassador to China, Cde Jim Doe, and Wang Ke, Vice-minister of the IDCPC, were present.",
     ["Tom Poe", "Jim Doe"]),
    # a statement's quoted words telling who was also at the meeting
    ("Abuja, Sept. 4, 2019 (NAN) - The All Progressives Congress (APC) says a delegation of the party led by its "
     "National Chairman, Mr Tom Poe, met with Ma Lin, Minister of the IDCPC, in Beijing on Sept. 3.",
     "\"Nigeria's Ambassador to China, Jim Doe, was also at the meeting,\" the statement added.",
     ["Tom Poe", "Jim Doe"]),
    # a president whose words someone reports is in passing
    ("LUSAKA, Feb. 4 (Zambia Daily Mail) -- PF Secretary General Tom Poe has said after a video call held on "
     "February 3 with Ma Lin, Minister of the IDCPC, that the parties would intensify exchanges.",
     "He said President Jim Doe had asked the party to deepen relations with China.", ["Tom Poe"]),
    # received "by its President, X"; an accented name closing the sentence
    ("Abidjan, Aug. 9 (AIP) -- The Ambassador of China to C\u00f4te d'Ivoire, H.E. Ma Lin, was received on Tuesday at "
     "the headquarters of the PDCI-RDA, the main opposition party, by its President, Tom Poe B\u00e9di\u00e9.",
     "Both sides agreed.", ["Tom Poe B\u00e9di\u00e9"]),
])
def test_people_of_african_copies(lead, later, foreign):
    assert _side(_event("Party meets CPC", "2019.11.27", lead, later), "foreign") == foreign


@pytest.mark.parametrize("title, lead, published, etype, day", [
    # a topic of cooperation in the headline is no gathering
    ("NRM, CPC Agree to Boost Cadre Training", "KAMPALA, Sept. 24 (New Vision) -- Tom Poe, Secretary General of the "
     "NRM, on Tuesday held talks with a CPC delegation led by Ma Lin, Minister of the IDCPC, in Kampala.",
     "2013.09.25", "visit", "2013-09-24"),
    # the date and year before the city, then the agency
    ("Hun Sen meets CPC delegation", "March 30, 2012, Phnom Penh (Xinhua) -- Tom Poe, vice president of the "
     "Cambodian People's Party, met on Friday with a CPC delegation led by Ma Lin, vice minister of the IDCPC.",
     "2012.04.01", "visit", "2012-03-30"),
    # "today" in the lead, and a congress's own date in a clause of its own
    ("Ma Lin congratulates MPRP chairman", "Beijing, October 29th\u2014Ma Lin, Minister of the IDCPC, sent a message "
     "today to Tom Poe, congratulating him on his election as Chairman of the MPRP at the party's 25th Congress, which "
     "closed in Ulaanbaatar on October 26th.", "2007.10.30", "message", "2007-10-29"),
    # a day and month between slashes after the city
    ("Moroccan parties attend seminar", "Rabat, 14/06/2023 (MAP) - Leaders of Moroccan parties took part on Wednesday "
     "in a seminar organized in Rabat by the Embassy of China.", "2023.06.15", "conference", "2023-06-14"),
])
def test_types_and_days_of_agency_copies(title, lead, published, etype, day):
    e = _event(title, published, lead)
    assert (e.event_type, e.event_date.isoformat()) == (etype, day)


def test_a_communist_party_of_colombia_beside_the_cuban_acronym():
    e = _event("Forum opens", "2023.11.10", "Shenzhen, November 9th\u2014A forum opened here today. Tom Poe, President "
               "of the Colombian Communist Party (PCC), spoke at the opening ceremony.")
    assert ([p.name for p in e.parties], e.countries) == (["Colombian Communist Party"], ("CO",))


@pytest.mark.parametrize("opening, day", [
    ("On the twenty-second of September", "2011-09-22"),
    ("On the first of September", "2011-09-01"),
    ("On the thirtieth of August", "2011-08-30"),
])
def test_a_day_written_in_words(opening, day):
    e = _event("Ma Lin meets ZANU-PF delegation", "2011.09.26",
               f"{opening}, Ma Lin, Vice-minister of the IDCPC, met in Beijing with a delegation of ZANU-PF led by Tom "
               "Poe, Secretary for Administration of ZANU-PF.")
    assert e.event_date.isoformat() == day
