"""Copies and site pages whose contact, place, date or people are framed in less common ways: the
contact told as the occasion of an agreement, the speaker who "said after" the contact, people named
in passing in a predicate or an earlier trip, guests' formats at a hybrid gathering."""
from __future__ import annotations

import pytest

from parsers.dateline import parse_dateline
from tests.release_text import one_event as _event, side as _side

MA = "Ma Lin, Vice-minister of the International Department of the CPC Central Committee"


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    ("Party group leader holds talks in Beijing", "2026.01.14", "Budapest, January 14 (MTI) \u2013 The two countries "
     "are partners, Tom Poe, head of the Example Party's parliamentary group, said after holding talks in Beijing on "
     f"January 13 with {MA}, the group's press office said on Wednesday.", "Both sides exchanged views.",
     "type_city", ("meeting", "Beijing")),
    ("Parties agree to expand cadre training", "2015.09.10", "Phnom Penh, September 10 (AKP) \u2013 The Example Party "
     "and the CPC have agreed to expand cooperation in cadre training, according to a press release issued this "
     "morning. The agreement was reached in Beijing on September 8, when Tom Poe, Member of the Standing Committee of "
     f"the Example Party, met with {MA}.", "Both sides exchanged views.", "type_date", ("meeting", "2015-09-08")),
    ("Example Party vows closer ties with CPC at virtual meeting of African parties", "2021.10.29", "ADDIS ABABA, "
     "Oct. 28 (ENA) -- The Example Party will deepen experience sharing with the CPC, party Vice President Tom Poe "
     "said on Thursday at a meeting between African political parties and the CPC.", "The meeting took place in a "
     "combination of online and offline formats: Chinese officials gathered in Beijing, while leaders of all the "
     "African parties joined via video link.", "type_modality", ("conference", "video")),
    ("Example Party signs cadre training memorandum with CPC", "2024.04.17", "BRASILIA, April 16 (Prensa Latina) \u2013 "
     "The Example Party and the CPC signed a memorandum of understanding here on Tuesday on the training of party "
     "cadres.", "The document was signed by Party President Tom Poe and Ma Lin, head of the International Department "
     "of the CPC Central Committee, who is leading a CPC delegation on a visit to Brazil.", "type_modality",
     ("visit", "in_person")),
    ("Chinese Ambassador Meets with Tom Poe", "2012.03.09", "Vientiane, March 7th\u2014Ma Lin, Chinese Ambassador to "
     "Laos, met here today with Tom Poe, Member of the Political Bureau of the Example Party, and exchanged views on "
     "preparations for the visit to Laos of a high-level CPC delegation.", "Both sides exchanged views.",
     "type_modality", ("meeting", "in_person")),
    ("Party, CPC to step up exchanges", "2009.04.04", "KUALA LUMPUR, April 3 (Bernama) -- Example Party president "
     "Tom Poe met Chinese Ambassador to Malaysia Ma Lin at the party's headquarters here today.", "Poe said the two "
     "sides agreed to send more delegations this year, following the visit to Malaysia of a CPC delegation led by Bob "
     "Lee, head of the CPC's International Department, last year.", "type_cpc", ("meeting", ["Ma Lin"])),
    ("IDCPC holds seminar with African parties", "2021.06.09", "Beijing, June 8th\u2014The International Department "
     "of the CPC Central Committee (IDCPC) held a seminar here today, in a combination of online and offline formats. "
     f"{MA}, addressed the opening session. Diplomatic envoys of more than 20 African countries to China attended the "
     "seminar in Beijing, while leaders of over 30 African political parties joined via video link.",
     "Tom Poe, Secretary-General of the Example Party, spoke at the seminar.", "type_modality",
     ("conference", "in_person")),
])
def test_contacts_framed_in_less_common_ways(title, pub, lead, later, field, value):
    e = _event(title, pub, lead, later)
    got = {"type_city": (e.event_type, e.location_city), "type_date": (e.event_type, e.event_date.isoformat()),
           "type_modality": (e.event_type, e.modality), "type_cpc": (e.event_type, _side(e, "cpc"))}[field]
    assert got == value


@pytest.mark.parametrize("lead, later, foreign, cpc", [
    # a title-first person and the next person's title before his name between commas
    (f"Brasilia, April 16 \u2013 Party President Ann Roe met {MA}.", "Party Secretary of International Relations Tom "
     "Poe and the Chinese Ambassador to Brazil, Bob Lee, attended the ceremony.", ["Ann Roe", "Tom Poe"],
     ["Ma Lin", "Bob Lee"]),
    # a past state visit, a predicate after the name
    (f"Brasilia, April 16 \u2013 Party President Tom Poe met {MA}.", "Poe recalled the state visit that President Ann "
     "Roe, a founder of the party, made to China last year.", ["Tom Poe"], ["Ma Lin"]),
    (f"Tokyo, Sept. 17 \u2013 Party Secretary General Tom Poe met {MA}.", "The party won the election, and its "
     "president, Ann Roe, was elected prime minister by the parliament on Wednesday.", ["Tom Poe"], ["Ma Lin"]),
    (f"Beijing, April 9 (TASS) \u2013 Example Party leader Tom Poe met {MA}, in Beijing on Tuesday.", "The meeting "
     "took place as Foreign Minister Ann Roe was wrapping up a two-day visit to China.", ["Tom Poe"], ["Ma Lin"]),
    (f"Phnom Penh, March 24th\u2014Tom Poe, President of the Example Party, met a CPC delegation led by H.E. {MA}.",
     "Poe asked H.E. Ma Lin to convey his best regards to H.E. Hu Jintao, General Secretary of the CPC Central "
     "Committee.", ["Tom Poe"], ["Ma Lin"]),
    # the speaker who "said after" the contact, and one who "exchanged views" after an appositive
    ("Lisbon, 17 Oct (Lusa) \u2013 The two parties will hold regular consultations, party deputy secretary-general "
     "Tom Poe told Lusa on Wednesday after meeting a CPC delegation.", f"The delegation was led by {MA}.", ["Tom Poe"],
     ["Ma Lin"]),
    ("MEXICO CITY, April 12 -- The Example Party will send cadres to China, party president Tom Poe said on Tuesday "
     "after an online meeting via video link with leaders of the CPC.", f"Poe held the meeting with {MA}.",
     ["Tom Poe"], ["Ma Lin"]),
    ("The CPC and the Example Party will step up online exchanges, the two parties said after a video call on June 9.",
     f"During the call, {MA}, and Party Secretary General Tom Poe exchanged views on the pandemic.", ["Tom Poe"],
     ["Ma Lin"]),
    # a plural title shared by a list, and a subject who "inaugurated" the gathering
    (f"Kathmandu, Sept 23 (RSS): A symposium jointly organised by the Example Party and {MA}, was held here today.",
     "Party Chairman Tom Poe (Nick) inaugurated the symposium. Senior party leaders Ann Roe, Bob Dee and Cy Woo also "
     "addressed the programme.", ["Tom Poe", "Ann Roe", "Bob Dee", "Cy Woo"], ["Ma Lin"]),
])
def test_people_framed_in_less_common_ways(lead, later, foreign, cpc):
    e = _event("Copy", "2010.06.30", lead, later)
    assert (_side(e, "foreign"), _side(e, "cpc")) == (foreign, cpc)


def test_the_parties_participants_come_from():
    e = _event("Seminar for party cadres opens in Beijing", "2010.08.25", "Beijing, August 24th\u2014A seminar for "
               f"senior party cadres opened here today. {MA}, delivered a speech.", "The 25 participants come from the "
               "African National Congress (ANC) of South Africa, the South West Africa People's Organization (SWAPO) of "
               "Namibia and the Botswana Democratic Party (BDP).")
    assert (sorted(p.name for p in e.parties), list(e.countries)) == (
        ["African National Congress", "Botswana Democratic Party", "South West Africa People's Organization"],
        ["BW", "NA", "ZA"])


def test_a_leader_cited_with_has_pointed_out_is_not_there():
    e = _event("Seminar Opens in Beijing", "2010.08.25", "Beijing, August 24th\u2014A seminar for party cadres opened "
               "here today. Ma Lin, Vice-minister of the IDCPC, attended the opening ceremony and delivered a speech.",
               "In his speech, Ma said that the friendship has deep roots. As General Secretary Hu Jintao has pointed "
               "out, the two regions share interests.\n\nTom Poe, Chairman of the Example Party, spoke on behalf of "
               "the participants.")
    assert (_side(e, "cpc"), _side(e, "foreign")) == (["Ma Lin"], ["Tom Poe"])


@pytest.mark.parametrize("title, lead, later, etype, modality", [
    ("Party, CPC plan joint online forum after video talks", "MOSCOW, June 10. /TASS/. The Example Party and the CPC "
     "will hold a joint online forum in the autumn, Party Secretary Tom Poe said on Wednesday after video talks with "
     f"{MA}.", "Both sides exchanged views.", "call", "video"),
    ("Parties agree to hold seminar this year", "Ulaanbaatar /MONTSAME/. The Example Party and the CPC will hold a joint "
     "seminar this year, following an agreement reached on February 10 in a video call between Party Secretary "
     f"General Tom Poe and {MA}.", "Both sides exchanged views.", "call", "video"),
    ("Asian parties to gather in Kunming", "BEIJING, June 24 (Xinhua) -- More than 300 representatives of political "
     "parties are expected to attend the General Assembly of the Example Conference in Kunming next month, a senior "
     "CPC official said here Thursday.", f"{MA}, told a press conference that the gathering would be the largest ever "
     "hosted by the CPC. According to Ma, Tom Poe, founding chairman of the Example Conference, has praised the "
     "preparatory work.", "other", None),
    ("CPC delegation due in Dhaka Friday", "DHAKA, Nov 5, 2019 (BSS) - A delegation of the CPC will arrive here on "
     "Friday on a four-day visit at the invitation of the Example Party, the party's office said today.",
     "The delegation is scheduled to tour an export processing zone.", "other", None),
    ("Party keen to learn from CPC, says Poe", "The Example Party hopes to set up a regular mechanism for exchanges with "
     "the CPC, Party General Secretary Tom Poe said in Beijing on June 15.", f"Poe made the proposals in a meeting "
     f"with {MA}.", "meeting", "in_person"),
    ("Party delegation holds talks in Beijing", "BELGRADE, April 21 (Tanjug) - A delegation of the Example Party led by "
     f"party vice-president Tom Poe met on Tuesday in Beijing with {MA}, the party said.", "Both sides exchanged views.",
     "meeting", "in_person"),
])
def test_types_of_copies_of_round_99(title, lead, later, etype, modality):
    e = _event(title, "2019.11.06", lead, later)
    assert (e.event_type, e.modality, "Tom Poe" in _side(e, "foreign")) == (etype, modality, etype != "other")


@pytest.mark.parametrize("lead, later, foreign, cpc", [
    (f"Kathmandu, Sept 4 (RSS): Party Chairman Tom Poe met {MA}, on Tuesday.", "Vice-chairperson of the party Ann Roe "
     "Bee was also present at the meeting.", ["Tom Poe", "Ann Roe Bee"], ["Ma Lin"]),
    (f"NAY PYI TAW, March 8 -- State Counsellor Daw Ann Roe Bee met {MA}, here on Wednesday.", "Roe Bee, also "
     "chairperson of the Example Party, made the remarks.", ["Ann Roe Bee"], ["Ma Lin"]),
    ("Hanoi (VNA) \u2013 The two parties will form a working group, under an agreement reached in phone talks on "
     "November 15 between Head of the Commission for External Relations Tom Poe and Ma Lin, head of the International "
     "Department of the CPC Central Committee.", "Both sides exchanged views.", ["Tom Poe"], ["Ma Lin"]),
    (f"Harare, May 20\u2014Zanu-PF secretary for administration Tom Poe on Tuesday received a delegation led by {MA}.",
     "Reached by telephone in Phnom Penh, party spokesman Ann Roe told AKP that the visit went well.", ["Tom Poe"],
     ["Ma Lin"]),
    ("Johannesburg, June 30\u2014The Example Party today held a bilateral meeting with the CPC by video link.", "The "
     "party's delegation was led by Secretary-General Tom Poe. The CPC side was led by Ma Lin, Minister of the IDCPC, "
     "while the Chinese Ambassador to South Africa, Bob Lee, joined the meeting from the embassy. Poe said the party "
     "supported the role played by Party President Ann Roe, as Chairperson of the African Union.", ["Tom Poe"],
     ["Ma Lin", "Bob Lee"]),
    (f"Jakarta (ANTARA) - Party Secretary-General Tom Poe received a delegation led by {MA}, on Tuesday.", "Poe was "
     "accompanied by the chairman of the party's foreign relations division, Ann Roe, while Chinese Ambassador to "
     "Indonesia Bob Lee was also present. Poe conveyed the greetings of party chairman Cy Woo and said the party "
     "welcomed closer ties.", ["Tom Poe", "Ann Roe"], ["Ma Lin", "Bob Lee"]),
    (f"ASTANA. KAZINFORM \u2013 Party Chairman Tom Poe held a video call with {MA}, on January 20.", "The Kazakh side "
     "was also represented by Ambassador of Kazakhstan to China Ann Roe, who joined the conversation from Beijing.",
     ["Tom Poe", "Ann Roe"], ["Ma Lin"]),
])
def test_people_of_copies_of_round_99(lead, later, foreign, cpc):
    e = _event("Copy", "2020.07.01", lead, later)
    assert (_side(e, "foreign"), _side(e, "cpc")) == (foreign, cpc)


def test_a_second_message_sent_the_same_day_and_senders_before_have():
    e = _event("CPC congratulates Poe", "2007.12.20", "BEIJING, Dec. 19 (Xinhua) -- The CPC looks forward to closer "
               "exchanges with the Example Party, the CPC Central Committee said Wednesday in a message congratulating "
               "Tom Poe on his election as president of the party.", "In the message, the CPC Central Committee said "
               "relations have grown steadily.\n\nThe CPC is willing to join hands with the party, the message said."
               f"\n\n{MA}, also sent a message on the same day to Ann Roe, congratulating her.")
    assert (_side(e, "cpc"), _side(e, "foreign")) == (["Ma Lin"], [])
    e = _event("Leaders congratulate Xi", "2022.10.25", "Beijing, October 25th\u2014General Secretary of the Example "
               "Party Tom Poe, and General Secretary of the Workers' Party of Korea Kim Jong Un have sent messages to Xi "
               "Jinping.", "Both wished him success.")
    assert _side(e, "foreign") == ["Tom Poe", "Kim Jong Un"]


def test_a_list_of_countries_stops_at_its_verb():
    e = _event("Forum opens in Hangzhou", "2013.11.20", f"HANGZHOU, Nov. 19 (Xinhua) -- {MA}, spoke at a forum of "
               "political parties that opened here.", "Representatives of political parties from countries including "
               "Argentina, Colombia and Uruguay attended the forum, the idea of which was raised during a trip to "
               "Trinidad and Tobago, Costa Rica and Mexico in June.")
    assert list(e.countries) == ["AR", "CO", "UY"]


@pytest.mark.parametrize("lead, city, month, day", [
    ('Addis Ababa June 4/2015 (ENA) "No single model fits every nation," the party said.', "Addis Ababa", 6, 4),
    ("Denpasar, Bali (ANTARA News) - Messages of congratulations arrived at the congress.", "Denpasar", None, None),
])
def test_datelines_of_agencies_without_a_comma_or_with_an_island(lead, city, month, day):
    dl = parse_dateline(lead)
    assert (dl.city, dl.month, dl.day) == (city, month, day)


def test_no_person_opens_with_alongside_and_no_party_with_deputy():
    e = _event("Forum held in Beijing", "2021.07.07", f"Beijing, July 6th\u2014{MA}, addressed a summit of parties.",
               "Alongside Poe, party leaders from Cambodia and Mongolia spoke at the plenary session. The delegation "
               "also called on Tom Poe, Deputy President of Kenya and Deputy Party Leader of the Jubilee Party.")
    assert ("Alongside Poe" not in _side(e, "foreign"), [p.name for p in e.parties]) == (True, ["Jubilee Party"])


def test_a_title_first_envoy_before_an_appositive_one():
    e = _event("IDCPC holds briefing for envoys", "2013.11.22", f"Beijing, November 21st\u2014{MA}, presided over a "
               "briefing session here today for diplomatic envoys.", "In the question-and-answer session, Pakistani "
               "Ambassador to China Tom Poe and Ann Roe, Ambassador of the Russian Federation to China, raised questions.")
    assert (_side(e, "foreign"), list(e.countries)) == (["Tom Poe", "Ann Roe"], ["PK", "RU"])


def test_names_sharing_a_plural_title_after_a_nickname():
    e = _event("Co-chairmen send congratulatory message", "2019.10.01", "Beijing, September 30th\u2014Tom Poe and Ann "
               "Roe (Nick), Co-chairmen of the Nepal Communist Party (NCP), sent a joint message to Ma Lin.",
               "In the message, Poe and Nick said the friendship is deep.")
    assert _side(e, "foreign") == ["Tom Poe", "Ann Roe"]


def test_countries_of_guests_who_are_attending():
    e = _event("Seminar opens in Xi'an", "2015.04.23", f"Xi'an, April 22nd\u2014A seminar opened here today. {MA}, "
               "delivered a speech.", "Nearly 60 representatives of political parties, think tanks and media from "
               "Kazakhstan, Kyrgyzstan and Uzbekistan are attending the two-day seminar.")
    assert list(e.countries) == ["KG", "KZ", "UZ"]


def test_a_contact_earlier_in_the_day_is_this_stops():
    e = _event("Leader meets CPC delegation", "2013.09.13", f"Vientiane, September 12th\u2014Tom Poe, General Secretary "
               f"of the Example Party, met here today with a CPC delegation led by {MA}.", "Poe welcomed the delegation."
               "\n\nEarlier in the day, Ann Roe, Head of the party's External Relations Commission, held talks with Ma.")
    assert _side(e, "foreign") == ["Tom Poe", "Ann Roe"]

