"""Agency and party-site copies whose contact is told as the occasion of an agreement or a remark, with
people named in programmes, lists and back-references: the contact's type, day and place, and who took part."""
from __future__ import annotations

import pytest

from parsers.release import parse_release
from tests.release_text import REL, one_event as _event, side as _side

MA = "Ma Lin, Vice-minister of the International Department of the CPC Central Committee"


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    ("Parties agree to step up exchanges ahead of Wen visit", "2007.02.23", "BEIJING, Feb. 23 Kyodo - The ruling "
     "coalition and the CPC agreed Friday to expand exchanges, participants said.", "The agreement came at a meeting of "
     f"the China-Japan Ruling Parties Exchange Council held in Beijing and attended by Tom Poe and {MA}.",
     "type_city", ("conference", "Beijing")),
    ("Parties agree to set up expert council", "2014.05.29", "BEIJING, May 29. /TASS/. The Example Party and the CPC "
     "have agreed to set up a joint expert council, Tom Poe, secretary of the party's council, told TASS on Thursday.",
     "Poe spoke on the sidelines of the inter-party dialogue between the Example Party and the CPC, which opened in "
     "the Chinese capital on Thursday.", "type_city", ("conference", "Beijing")),
    ("Delegation received in Beijing", "2016.06.16", "Pyongyang, June 16 (KCNA) -- The two parties agreed to "
     "strengthen exchanges, when a delegation led by Tom Poe was received by Ma Lin, head of the International "
     "Department of the CPC Central Committee, in Beijing on June 14.", "Both sides exchanged views.", "type_date",
     ("meeting", "2016-06-14")),
    ("Party, CPC agree on youth programme", "2026.01.20", "WINDHOEK, 20 JAN (NAMPA) - The Example Party and the CPC "
     "have agreed to run a joint programme, Secretary-General Tom Poe said after meeting the head of the CPC's "
     "International Department, Ma Lin, in Beijing on 19 January.", "Both sides exchanged views.", "type_date",
     ("meeting", "2026-01-19")),
    ("Party and CPC to share experience", "2020.07.08", "Ulaanbaatar /MONTSAME/. The two parties agreed to share "
     "experience, General Secretary Tom Poe said after holding a video conference with Ma Lin, Minister of the "
     "International Department of the CPC Central Committee, on July 8.", "Both sides exchanged views.",
     "type_modality", ("call", "video")),
    ("Party and CPC to boost cadre training", "2025.03.12", "Maputo, 12 Mar (AIM) - The Example Party and the CPC have "
     "agreed to expand cadre training, according to a statement issued on Wednesday. The agreement was reached in a "
     "video call held on 11 March between Party General Secretary Tom Poe and Ma Lin, head of the International "
     "Department of the CPC Central Committee.", "Both sides exchanged views.", "type_date", ("call", "2025-03-11")),
    ("Party delegation holds talks in Beijing", "2024.04.25", "Ulaanbaatar, April 24 /MONTSAME/. A delegation of the "
     "Example Party headed by its Secretary-General D. Poe is paying a working visit to the People's Republic of China. "
     "On April 23, the delegation was received in Beijing by Ma Lin, Minister of the International Department of the "
     "CPC Central Committee.", "Both sides exchanged views.", "type_date", ("meeting", "2024-04-23")),
    ("Leader sends condolences", "2008.05.14", "Kathmandu, May 13 (RSS) - Party President Tom Poe has sent a message "
     "of condolence to Ma Lin over the loss of life in the earthquake that struck Sichuan province on Monday.",
     "Both sides exchanged views.", "type_date", ("message", "2008-05-13")),
])
def test_contacts_of_copies_of_round_100(title, pub, lead, later, field, value):
    e = _event(title, pub, lead, later)
    got = {"type_city": (e.event_type, e.location_city), "type_date": (e.event_type, e.event_date.isoformat()),
           "type_modality": (e.event_type, e.modality)}[field]
    assert got == value



def test_the_party_a_speaker_has_led_and_countries_of_anothers_summit():
    e = _event("Leader seeks dialogue", "2010.04.13", "Beijing, April 13 (dpa) - Social Democrats want a dialogue, party "
               f"chairman Tom Poe said Tuesday after talks with {MA}.", '"We talk seriously," said Poe, who has led the '
               "Social Democratic Party of Germany (SPD) since November, when he succeeded Bob Dee.")
    assert [p.name for p in e.parties] == ["Social Democratic Party of Germany"]
    e = _event("Party receives Chinese Ambassador", "2011.04.15", "Johannesburg, 14 April 2011 \u2013 Party Secretary "
               "General Tom Poe today received Chinese Ambassador to South Africa Ma Lin.", "The meeting took place as "
               "President Ann Roe joins the leaders of Brazil, Russia and India at the summit in Sanya.")
    assert list(e.countries) == ["ZA"]


def test_calling_on_and_a_party_name_with_two_words_in_brackets():
    r = parse_release(REL.format(title="Copy", pub="2013.08.28", lead=f"Kathmandu, Aug 28 (RSS): {MA}, expressed this "
                                 "view while calling on Party Chairman Tom Poe at his residence.", body="The delegation "
                                 "also held separate meetings with Nepali Congress President Ann Roe and Communist Party "
                                 "of Nepal (Unified Marxist-Leninist) Chairman Bob Dee during the day."))
    assert [p.name for e in r.events for p in e.participants if p.side == "foreign"] == ["Tom Poe", "Ann Roe", "Bob Dee"]


@pytest.mark.parametrize("lead", [
    "MANILA -- The Example Party is looking at setting up its own school, following talks between party leaders and "
    "senior CPC officials in Beijing on Dec. 6, Senate President Tom Poe said.",
    "Ulaanbaatar /MONTSAME/ The Example Party and the CPC will sign an exchange plan when a CPC delegation visits "
    "Mongolia this summer. This was agreed on February 15 in Beijing, when Party Secretary General Tom Poe was received "
    f"by {MA}.",
    "VIENTIANE, April 13 (KPL) -- A delegation of the Example Party led by Tom Poe, Member of the Political Bureau, "
    "returned home last night after a working visit to the People's Republic of China from 7 to 12 April.",
])
def test_an_agencys_copy_of_a_contact_held_in_china_is_a_meeting(lead):
    e = _event("Copy", "2016.12.08", lead, f"Poe held talks with {MA}.")
    assert (e.event_type, e.location_country) == ("meeting", "CN")


def test_a_delegation_still_to_come_is_not_in_an_envoys_meeting():
    e = _event("Chinese Ambassador meets party leader", "2012.03.16", "Johannesburg, March 15th\u2014Chinese Ambassador "
               "to South Africa Ma Lin met today with Party Secretary General Tom Poe.", "Ma briefed Poe on the "
               "preparations for the visit to South Africa of a CPC delegation led by Wang Jiarui, Minister of the "
               "IDCPC, later this year.")
    assert (e.event_type, _side(e, "cpc")) == ("meeting", ["Ma Lin"])


@pytest.mark.parametrize("title, lead, later, etype, modality", [
    ("Party greeted by CPC Central Committee", 'Pyongyang, October 10 (KCNA) -- "The CPC will work with the Example '
     'Party," says a message of greetings sent by the CPC Central Committee to the Example Party.', "The message extends "
     "warm congratulations.", "message", "written"),
    ("Foreign parties send greetings: official", "BEIJING, June 28 (Xinhua) -- More than 300 parties have sent messages "
     "congratulating the CPC on its anniversary, a senior official said Tuesday.", f"{MA}, told a press conference that "
     "more were expected.", "other", None),
    ("Parties agree to link up think tanks", "BUDAPEST, Nov. 14 (Xinhua) -- The Example Party and the CPC have agreed to "
     "launch regular exchanges between their think tanks, a senior party lawmaker said on Thursday.", "Tom Poe told "
     f"reporters that the agreement was reached during his talks here with {MA}, who is visiting Hungary at the head of "
     "a CPC delegation.", "visit", "in_person"),
    ("Ma Lin Expresses Sympathy in Telephone Talks", f"Beijing, March 15th\u2014{MA}, held telephone talks this evening "
     "with Tom Poe, Chief Representative of the Example Party, to express sympathy over the earthquake.",
     "Both sides exchanged views.", "call", "phone"),
    ("Party to share experience", "KUALA LUMPUR, Aug 20 (Bernama) -- The Example Party and the CPC have agreed to share "
     "experience, said party president Tom Poe.", f"He said the matter was discussed during a virtual meeting with {MA}, "
     "today.", "call", "video"),
    ("Parties open second round of exchange council talks", "BEIJING, July 3 (Kyodo) -- Senior members of the Example "
     "Party opened two days of talks with the CPC in Beijing on Tuesday, the second session of an exchange council the "
     "parties set up last year.", f"Party Secretary General Tom Poe heads the Japanese side, while {MA}, leads the "
     "Chinese side.", "conference", "in_person"),
])
def test_types_of_copies_of_round_101(title, lead, later, etype, modality):
    e = _event(title, "2011.03.16", lead, later)
    assert (e.event_type, e.modality) == (etype, modality)


def test_people_and_parties_of_copies_of_round_101():
    e = _event("Party to send cadres to China", "2014.03.27", "DODOMA, Tanzania, March 26 (Xinhua) -- The Example Party "
               "plans to send cadres to China, the party's Secretary General Tom Poe said here Wednesday.", "Poe disclosed "
               f"the plan when holding talks with a visiting CPC delegation led by {MA}.")
    assert _side(e, "foreign") == ["Tom Poe"]
    e = _event("CPC ready to work with parties", "2024.03.13", "BEIJING, Mar 12 (APP): The CPC is ready to work with the "
               "Pakistan Muslim League-Nawaz (PML-N), the Pakistan Peoples Party (PPP) and other parties, Ma Lin, Minister "
               "of the International Department of the CPC Central Committee, said on Tuesday.", "Ma made the remarks when "
               "meeting Pakistan's Ambassador to China Tom Poe.")
    assert [p.name for p in e.parties] == []
    e = _event("Party and CPC discuss cooperation", "2022.04.13", "Brasilia, April 12 -- The Example Party and the CPC "
               "held a video call on Tuesday.", f"{MA}, held the video call with Party President Tom Poe.")
    assert _side(e, "foreign") == ["Tom Poe"]


@pytest.mark.parametrize("lead, later, foreign, cpc", [
    ("Phnom Penh, July 1 (AKP) \u2014 Samdech Tom Poe, President of the Example Party, has sent a message of "
     "congratulations to Ma Lin.", "Commenting on the message, party spokesman Ann Roe said it reflected trust.",
     ["Tom Poe"], []),
    ("Bras\u00edlia, August 22 \u2013 The national president of the Example Party, federal deputy Tom Poe, received on "
     f"Tuesday a CPC delegation led by {MA}.", "Also taking part in the meeting were the party's Secretary of "
     "International Relations, Ann Roe; the president of the Other Party and Minister of Science, Technology and "
     "Innovation, Bob Dee; and the Chinese Ambassador to Brazil, Li Wei.", ["Tom Poe", "Ann Roe", "Bob Dee"],
     ["Ma Lin", "Li Wei"]),
    ("ISLAMABAD, June 12 (APP): Ambassador of the People's Republic of China Ma Lin called on Party President Tom Poe "
     "here on Tuesday.", "Party Secretary General Ann Roe and Counsellor of the Chinese Embassy Li Wei were also present.",
     ["Tom Poe", "Ann Roe"], ["Ma Lin", "Li Wei"]),
    (f"BELGRADE, June 10 (Tanjug) \u2013 Party Vice-President Tom Poe held a video call on Wednesday with {MA}.",
     "The call was also attended by the president of the party's Executive Board, Ann Roe, by Vice-Minister of the CPC "
     "International Department Qian Hongshan and by Chinese Ambassador to Serbia Li Wei, who joined from Belgrade.",
     ["Tom Poe", "Ann Roe"], ["Ma Lin", "Qian Hongshan", "Li Wei"]),
    (f"Maputo, 16 May (AIM) \u2013 Party Secretary-General Tom Poe today received a CPC delegation led by {MA}.",
     "Present at the meeting, held at the party headquarters in Maputo, were the party's Secretary for Foreign "
     "Relations, Ann Roe, and the Chinese ambassador, Li Wei.", ["Tom Poe", "Ann Roe"], ["Ma Lin", "Li Wei"]),
    (f"DHAKA, Sept 15 (BSS) - A party delegation led by Tom Poe held a meeting with {MA}, in Beijing on Tuesday.",
     "AL Presidium Member Ann Roe, Bangladesh Ambassador to China Bob Dee and CPC International Department "
     "Vice-Minister Qian Hongshan were present.", ["Tom Poe", "Ann Roe", "Bob Dee"], ["Ma Lin", "Qian Hongshan"]),
    (f"New Delhi, January 14th\u2014A CPC delegation led by {MA}, met here today with leaders of two parties: R. Tarun "
     "Desai, Member of the Polit Bureau of the Communist Party of India (Marxist) (CPI(M)), and D. Roe, General Secretary "
     "of the Communist Party of India (CPI).", "Both sides exchanged views.", ["R. Tarun Desai", "D. Roe"], ["Ma Lin"]),
    (f"Hanoi, April 10 (VNA) \u2013 Party General Secretary Tom Poe on April 10 received a CPC delegation led by {MA}.",
     "Present at the reception were Ann Roe, head of the party's Commission for External Relations, and Chinese "
     "Ambassador to Vietnam Li Wei./.", ["Tom Poe", "Ann Roe"], ["Ma Lin", "Li Wei"]),
    (f"Johannesburg, 14 July 2010 \u2013 Party Secretary-General Tom Poe today received a CPC delegation led by {MA}.",
     "The meeting also discussed preparations for the state visit of President Ann Roe to the People's Republic of "
     "China next month.", ["Tom Poe"], ["Ma Lin"]),
    (f"Ulaanbaatar, September 15 (MONTSAME). Party Secretary General Tom Poe held a video call today with {MA}.",
     "Attending the talks were Head of the International Relations Department of the party Ts.Tsolmon and Chinese "
     "Ambassador to Mongolia Li Wei, who joined the Mongolian side.", ["Tom Poe", "Ts.Tsolmon"], ["Ma Lin", "Li Wei"]),
    (f"Vientiane, June 10 (KPL) \u2013 Tom Poe, Head of the party's Commission for External Relations, held a video "
     f"conference this afternoon with {MA}.", "Joining the Lao side at the office of the Commission in Vientiane was "
     "Chinese Ambassador to the Lao PDR Li Wei.", ["Tom Poe"], ["Ma Lin", "Li Wei"]),
    (f"Beijing, Dec 12 (APP): Party Chairman Tom Poe met {MA}, here on Wednesday.", "The delegation included Senator Ann "
     "Roe, Parliamentary Leader of the Pakistan Peoples Party (PPP) in the Senate, and Senator Bob Dee of Pakistan "
     "Tehreek-e-Insaf (PTI). Pakistan's Ambassador to China Cy Woo was also present.",
     ["Tom Poe", "Ann Roe", "Bob Dee", "Cy Woo"], ["Ma Lin"]),
    ("Dhaka, Dec 4 (BSS) - A delegation of the Example Party led by its General Secretary Tom Poe took part in the CPC "
     "in Dialogue with World Political Parties High-Level Meeting held in Beijing.", f"{MA}, addressed the meeting.",
     ["Tom Poe"], ["Ma Lin"]),
    ("Beijing, April 13 (dpa) - The Example Party wants a dialogue with the CPC, party chairman Tom Poe said Tuesday "
     f"after separate talks with Vice President Xi Jinping and {MA}.", "Both sides exchanged views.", ["Tom Poe"],
     ["Xi Jinping", "Ma Lin"]),
    ("KUALA LUMPUR, Jan 9 (Bernama) -- The party will send young leaders to China, said its president Tom Poe.",
     f"He said this after attending a briefing delivered by a CPC delegation led by {MA}, here today. Also speaking at "
     "the session, which drew some 300 party members, were Other Party president Datuk Seri Ann Roe and Third Party "
     "president Bob Dee.", ["Tom Poe", "Ann Roe", "Bob Dee"], ["Ma Lin"]),
    ("NAIROBI, July 9 (Xinhua) -- The Example Party plans to open a school, the party's Secretary-General Tom Poe said "
     f"on Tuesday.", f"Poe made the announcement after holding talks in Nairobi with a CPC delegation led by {MA}.",
     ["Tom Poe"], ["Ma Lin"]),
    ("Ulaanbaatar /MONTSAME/. The two parties agreed to share experience, General Secretary Tom Poe said after holding "
     f"a video conference with {MA}.", "Ma wished success to the new Government headed by Prime Minister Ann Roe. "
     "Poe was elected last year, replacing Bob Dee, who now heads the State.", ["Tom Poe"], ["Ma Lin"]),
    ("Johannesburg, 14 April 2011 \u2013 Party Secretary General Tom Poe today received the Ambassador of the People's "
     "Republic of China to South Africa, H.E. Ma Lin.", "The Ambassador was accompanied by Mr Li Wei, Political "
     "Counsellor at the Embassy.", ["Tom Poe"], ["Ma Lin", "Li Wei"]),
    ("Beijing, Dec 1 (RSS) - Nepal is represented at the meeting by Communist Party of Nepal (Maoist Centre) Chairman "
     f"Tom Poe (Nick).", f"{MA}, addressed the meeting. Poe followed it with Ann Roe, the party's Secretary-General, "
     "who followed the proceedings from Kathmandu.", ["Tom Poe", "Ann Roe"], ["Ma Lin"]),
    (f"BEIJING, April 17 (Tanjug) \u2013 Party Vice-President and Mayor of Novi Sad Tom Poe met on Wednesday in Beijing "
     f"with {MA}.", "Both sides exchanged views.", ["Tom Poe"], ["Ma Lin"]),
    (f"Hanoi, June 15 (VNA) \u2013 Politburo member Tom Poe received in Hanoi on June 15 a delegation led by {MA}.",
     "Ma congratulated Vietnam on its achievements under the leadership of the CPV headed by General Secretary Ann Roe.",
     ["Tom Poe"], ["Ma Lin"]),
    (f"Beijing, June 3 -- Party Secretary-General Tom Poe held talks with {MA}, here today.", "The party delegation, "
     "which is in China for a study tour at the invitation of the CPC, includes Deputy Secretary-General Ann Roe and the "
     "head of the party's International Relations Department, Bob Dee.", ["Tom Poe", "Ann Roe", "Bob Dee"], ["Ma Lin"]),
    ("ADDIS ABABA, June 8 -- The Example Party and the CPC held a seminar on governance.", "Party Vice President Tom Poe "
     f"opened the seminar. The Chinese side was led by {MA}, who attended in person together with the Chinese "
     "Ambassador to Ethiopia, Li Wei.", ["Tom Poe"], ["Ma Lin", "Li Wei"]),
    ("On June 4, Tom Poe, Secretary of the General Council of the Example Party, and Ma Lin, Minister of the "
     "International Department of the CPC Central Committee, held talks in a videoconference format.", "Chinese Ambassador to Russia Li Wei connected to the talks "
     "from Moscow.", ["Tom Poe"], ["Ma Lin", "Li Wei"]),
])
def test_people_of_agency_and_party_site_copies(lead, later, foreign, cpc):
    e = _event("Copy", "2023.08.23", lead, later)
    assert (_side(e, "foreign"), _side(e, "cpc")) == (foreign, cpc)


def test_types_of_round_101_site_pages():
    e = _event("Delegation holds meeting in Beijing", "2010.09.16", f"DHAKA, Sept 15 (BSS) - A party delegation led by "
               f"Tom Poe held a meeting with {MA}, in Beijing on Tuesday.", "Both sides exchanged views.")
    assert (e.event_type, e.location_city) == ("meeting", "Beijing")
    r = parse_release(REL.format(title="Ma Lin Holds Video Call with Party President and Phone Conversation with Party "
                                 "Chairman", pub="2020.09.17", lead=f"Beijing, September 17th\u2014{MA}, held a video "
                                 "call today with Tom Poe, President of the Example Party. On the same day, Ma also had a "
                                 "telephone conversation with Ann Roe, Chairman of the Other Party.", body="Both sides "
                                 "exchanged views."))
    assert (r.events[0].event_type, r.events[0].modality) == ("call", "video")
