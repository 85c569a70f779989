"""Copies and announcements read for their sources: a spokesman or a source speaking of the contact, an
announcement's own people, earlier stops and past visits named beside it, and agencies' less common datelines."""
from __future__ import annotations

import pytest

from parsers.dateline import parse_dateline
from tests.release_text import one_event as _event, side as _side

MA = "Ma Lin, Vice-minister of the International Department of the CPC Central Committee"


@pytest.mark.parametrize("title, lead, later, etype, foreign, cpc", [
    ("CPC greets Poe's election", "Havana, Apr 19 (Prensa Latina) Relations will rise to a higher level, the CPC Central "
     "Committee said in a message congratulating Tom Poe on his election as First Secretary of the Example Party.",
     "The text was released here by the Chinese embassy.", "message", [], []),
    ("Leader receives CPC delegation", "Phnom Penh, December 4, 2013 AKP -- China will send more experts, Mr. Ann Roe, "
     "personal assistant to the Prime Minister, told reporters after a meeting here this morning between Samdech Tom "
     "Poe and a visiting CPC delegation.", f"The delegation is led by H.E. {MA}.", "visit", ["Tom Poe"], ["Ma Lin"]),
    ("China to train more cadres, says envoy", "HARARE \u2013 China will host more party officials for training this "
     "year, Chinese Ambassador to Zimbabwe Ma Lin said on March 10 when he met Party Secretary Tom Poe at the party's "
     "headquarters.", "Both sides exchanged views.", "meeting", ["Tom Poe"], ["Ma Lin"]),
    ("Party delegation holds talks in Beijing", f"Beijing, 10 June \u2014 Party chairperson Tom Poe held talks with {MA}.",
     "The party delegation, which arrived in the Chinese capital on Wednesday, includes Central Executive Committee "
     "members U Ann Roe and Dr. Bob Dee, both of whom attended the talks.", "meeting", ["Tom Poe", "Ann Roe", "Bob Dee"], ["Ma Lin"]),
    ("Party officials hold online talks", "Hanoi (VNA) \u2013 The two Parties will coordinate closely, member of the Party "
     "Central Committee and head of its Commission for External Relations Tom Poe and head of the International "
     "Department of the CPC Central Committee Ma Lin agreed during online talks on July 20.", "Both sides exchanged "
     "views.", "call", ["Tom Poe"], ["Ma Lin"]),
])
def test_copies_of_round_102(title, lead, later, etype, foreign, cpc):
    e = _event(title, "2013.12.05", lead, later)
    assert (e.event_type, _side(e, "foreign"), _side(e, "cpc")) == (etype, foreign, cpc)


def test_types_of_round_102_party_site_copies():
    e = _event("Copy", "2020.06.11", f"Vientiane, June 10 (KPL) \u2013 Party official Tom Poe held a video conference "
               f"this afternoon with {MA}.", "Both sides exchanged views.")
    assert (e.event_type, e.modality) == ("call", "video")
    e = _event("Party chief to lead delegation to China", "2024.09.10", "Kathmandu, Sept 9 (RSS) -- Party Chair Tom Poe is "
               "leading a party delegation to China next week at the invitation of the CPC.", "Party spokesperson Ann Roe "
               "made this public at a press meet on Monday.")
    assert (e.event_type, e.modality) == ("other", None)


def test_an_announcements_coming_talks_name_its_people():
    e = _event("Party delegation to visit China", "2019.04.23", "Beijing, April 23rd\u2014Ann Roe, spokesperson of the "
               "IDCPC, announced today that a delegation of the Example Party led by Tom Poe, Member of its Political "
               "Bureau, will pay a visit to China from April 26th to May 2nd.", "During its stay in Beijing, the "
               f"delegation will hold talks with {MA}.")
    assert (e.event_type, _side(e, "cpc"), _side(e, "foreign")) == ("other", ["Ann Roe", "Ma Lin"], ["Tom Poe"])



@pytest.mark.parametrize("title, lead, later, etype, foreign, cpc", [
    ("Party thanks CPC", "DODOMA, March 12 \u2014 Party Secretary General Dr Tom Poe has written to the Minister of the "
     "International Department of the CPC Central Committee, Liu Jianchao, thanking the CPC for its support.",
     "Both sides exchanged views.", "message", ["Tom Poe"], []),
    ("China backs peace process, Poe says after Beijing talks", "KATHMANDU, May 11 \u2013 China will support the peace process, a senior Chinese "
     "official told Party chairman Tom Poe in Beijing on May 9, according to a statement issued by the party on "
     f"Wednesday.", f"{MA}, assured Poe of the support.", "meeting", [], ["Ma Lin"]),
    ("Party and CPC agree on training", "NAIROBI, Kenya, Jul 22 \u2013 The Example Party and the CPC have agreed to run an "
     "online training programme, Secretary General Tom Poe said on Wednesday.", f"Poe spoke after a video conference "
     f"with {MA}, which he joined from the party's headquarters.", "call", ["Tom Poe"], ["Ma Lin"]),
    ("Party, CPC agree on cadre training exchange", "JOHANNESBURG, June 12 (Sapa) - Party leaders will travel to China "
     "for training from next year under a programme agreed with the CPC on Tuesday, the ruling party said.", "The "
     "programme was agreed in talks at Luthuli House between Party secretary-general Tom Poe and a CPC delegation led "
     f"by {MA}, which is on a visit to South Africa.", "visit", ["Tom Poe"], None),
    ("Party and CPC to co-host seminar on rural development", "Ulaanbaatar, April 3 (MONTSAME). The Example Party and "
     "the CPC will co-host a seminar in Ulaanbaatar this autumn, under an understanding reached on Wednesday.", "The "
     "understanding came as Chairman of the party and Prime Minister of Mongolia U. Tom Poe received a CPC delegation "
     f"headed by {MA}.", "visit", [], None),
    ("Party leader backs China", "Vientiane, February 12 (KPL) - The Example Party stands with the Chinese people, Head "
     "of the party's External Relations Commission Tom Poe told a senior Chinese official by telephone on Wednesday.",
     f"Poe was holding a telephone conversation with {MA}.", "call", ["Tom Poe"], None),
    ("Party leader asks for support", "KATHMANDU, Sept 16: Nepali Congress President Tom Poe has sought China's support "
     "in ensuring vaccine access, party officials said.", "Poe made the "
     f"request during a video call with {MA}, on Wednesday. He was joined on the call by the party's central member "
     "Dr Ann Roe.", "call", ["Tom Poe", "Ann Roe"], None),
])
def test_types_of_agency_copies(title, lead, later, etype, foreign, cpc):
    e = _event(title, "2010.05.12", lead, later)
    got_cpc = _side(e, "cpc") if cpc is not None else None     # (None: the row checks the type and the foreign side)
    assert (e.event_type, all(n in _side(e, "foreign") for n in foreign), got_cpc) == (etype, True, cpc)


def test_a_party_spokesman_speaking_of_a_message_and_a_leader_who_passed_away():
    e = _event("Party leader congratulates Xi", "2022.10.26", "KATHMANDU, Oct 25 \u2013 Party President Tom Poe has sent a "
               "message to Xi Jinping congratulating him on his re-election.", "Party spokesperson Ann Roe said the message "
               "had been forwarded through the Chinese Embassy.")
    assert _side(e, "foreign") == ["Tom Poe"]
    e = _event("Xi sends condolences", "2024.07.20", "Beijing, July 19th\u2014Xi Jinping, General Secretary of the CPC "
               "Central Committee, sent a message of condolence to the Example Party.", "Xi said in the message that "
               "Comrade Tom Poe, who passed away recently, had made important contributions.")
    assert (_side(e, "cpc"), _side(e, "foreign")) == (["Xi Jinping"], [])


def test_a_speaker_who_called_for_something_at_a_forum():
    e = _event("Party calls for unity at Beijing party forum", "2016.10.13", "Beijing, Oct 12 (Prensa Latina) The head "
               "of the International Relations Department of the Central Committee of the Example Party (EP), Tom Poe, "
               "called here today for closer coordination between progressive forces, at the opening of the Forum of "
               "Political Parties of China and Latin America.", f"{MA}, addressed the opening.")
    assert _side(e, "foreign") == ["Tom Poe"]


def test_an_announcements_own_spokesperson_takes_part():
    e = _event("Party delegation to visit China", "2019.06.19", "Beijing, June 19th\u2014IDCPC spokesperson Li Wei "
               "announced here today that a delegation of the Example Party led by Tom Poe, Vice-President of the party, "
               "will pay a working visit to China.", "Both sides exchanged views.")
    assert (e.event_type, _side(e, "cpc"), _side(e, "foreign")) == ("other", ["Li Wei"], ["Tom Poe"])


@pytest.mark.parametrize("title, lead, later, foreign", [
    ("CPC asks party to help relations", "BEIJING, Nov. 27 (Kyodo) -- A senior Chinese Communist Party official on Monday "
     "asked Komeito, the junior partner in Japan's ruling coalition, to help put relations back on a stable footing, "
     "according to a source familiar with the talks.", "Liu Jianchao, head of the party's International Department, made "
     "the request when he met with Komeito Secretary General Tom Poe in Beijing, the source said.", ["Tom Poe"]),
    ("China backs peace process, Poe says after Beijing talks", "KATHMANDU, May 11 \u2013 China will support the peace "
     "process, a senior Chinese official told Example Party chairman Tom Poe in Beijing on May 9, according to a "
     "statement issued by the party.", f"{MA}, assured Poe of the support.", ["Tom Poe"]),
    ("Party eyes closer ties", "COLOMBO, Jan 10 -- Party General Secretary Tom Poe held talks with "
     f"{MA}, on Friday.", "President Ann Roe, who leads the party, paid a state visit to China in January last year.",
     ["Tom Poe"]),
])
def test_people_of_agency_copies_of_round_103(title, lead, later, foreign):
    assert _side(_event(title, "2023.11.28", lead, later), "foreign") == foreign


def test_round_104_datelines_earlier_stops_and_speakers_elsewhere():
    assert parse_dateline("NUR-SULTAN. KAZINFORM \u2013 Political parties pledged").city == "Nur-Sultan"
    e = _event("Party delegation visits Sichuan", "2014.06.10", f"Chengdu, June 9th\u2014{MA}, met here today with a "
               "delegation of the Example Party led by Tom Poe.", "The delegation arrived in Chengdu on Sunday after three "
               "days in Beijing, where it held talks with Wang Jiarui, head of the CPC International Department.")
    assert _side(e, "cpc") == ["Ma Lin"]
    e = _event("Party leader to visit China", "2014.07.14", "MOSCOW, July 14 (ITAR-TASS) -- Tom Poe, leader of the "
               "Example Party, will pay a working visit to China.", "Poe last travelled to China in 2012, when he was "
               "received by Xi Jinping, then vice-president of the People's Republic of China.")
    assert _side(e, "cpc") == []
