"""Who takes part, read on whole releases (our own sentences): people named in frames the contact
verbs do not cover, such as an official who "also joined the call" or a spokesperson who "told a
press conference"."""
from __future__ import annotations

import pytest

from tests.release_text import one_event as _event, side as _side

CALL = ("KUALA LUMPUR, Sept 16 (Bernama) -- The MCA and the CPC pledged closer ties during a video call between MCA "
        "president Tom Poe and Ma Lin, Minister of the International Department of the CPC Central Committee.")


@pytest.mark.parametrize("later", [
    "Ma said the CPC values its ties with the MCA. Chinese Ambassador to Malaysia Wang Ming also joined the call.",
    "Chinese Ambassador to Malaysia Wang Ming joined the video call.",
])
def test_an_envoy_who_joined_the_call_takes_part(later):
    e = _event("MCA, CPC hold video call", "2021.09.17", CALL, later)
    assert _side(e, "cpc") == ["Ma Lin", "Wang Ming"] and _side(e, "foreign") == ["Tom Poe"]


@pytest.mark.parametrize("lead, title", [
    ("BEIJING, Jan. 14 (Xinhua) -- The department kept close contact with parties abroad in 2020, the department's "
     "spokesperson Hu Zhaoming told a press conference on Thursday.", "department's spokesperson"),
    ("BEIJING, Jan. 14 (Xinhua) -- The department kept in touch with more than 600 parties last year, spokesperson "
     "Hu Zhaoming told a news conference on Thursday.", "spokesperson"),
    ("BEIJING, Jan. 18 (Xinhua) -- The department held a press conference on Tuesday, at which the department's "
     "spokesperson Hu Zhaoming reviewed its work over the past year.", "department's spokesperson"),
])
def test_a_spokesperson_who_told_a_press_conference_is_its_cpc_speaker(lead, title):
    e = _event("Department reviews its work in 2020", "2021.01.15", lead, "Hu said the work would go on.")
    assert (e.event_type, e.modality) == ("other", None)
    assert [(p.name, p.side, p.title) for p in e.participants] == [("Hu Zhaoming", "cpc", title)]


def test_a_delegation_for_relations_with_china_and_the_countries_its_members_come_from():
    e = _event("Ma Lin Meets S&D Delegation", "2018.05.25", "Beijing, May 24th --Ma Lin, Vice-minister of the IDCPC, "
               "met here today with a delegation of the Group of the Progressive Alliance of Socialists and Democrats in "
               "the European Parliament (S&D Group) led by Tom Poe, Chair of the European Parliament's Delegation for "
               "Relations with the People's Republic of China. The delegation is composed of Members of the European "
               "Parliament from Germany, Italy and Portugal.")
    assert _side(e, "foreign") == ["Tom Poe"] and _side(e, "cpc") == ["Ma Lin"]
    assert e.countries == ("DE", "IT", "PT")


@pytest.mark.parametrize("later, name, title", [
    # thanked, but said to be there
    ("Tom Poe thanked Zhou Bin, Vice-minister of the IDCPC, who was also present at the meeting, for his work.",
     "Zhou Bin", "Vice-minister of the IDCPC"),
    ("Tom Poe expressed appreciation to Chinese Ambassador to Laos Wang Ming, who took part in the conversation "
     "from Vientiane, for his help.", "Wang Ming", "Chinese Ambassador to Laos"),
    ("Tom Poe thanked the Chinese embassy, whose Ambassador Wang Ming was also present at the talks, for its support.",
     "Wang Ming", "Ambassador"),
    # a host province's official named by a possessive
    ("Speaking after him, the province's Governor Wang Hao presented the progress made in the mountains.",
     "Wang Hao", "province's Governor"),
    ("The province's Party chief Wang Hao also met with the delegation here on the same day.", "Wang Hao",
     "province's Party chief"),
    ("Also present at the meeting was the city's Mayor Wang Hao.", "Wang Hao", "city's Mayor"),
    ("The delegation included the region's Vice Chairman Wang Hao.", "Wang Hao", "region's Vice Chairman"),
])
def test_officials_named_inside_anothers_sentence_who_were_there(later, name, title):
    e = _event("Ma Lin Meets Lao Guests", "2019.10.23", "Kunming, October 22nd\u2014Ma Lin, Vice-minister of the "
               "International Department of the CPC Central Committee, met here today with Tom Poe, Head of the "
               "External Relations Commission of the LPRP Central Committee.", later)
    assert (name, "cpc", title) in [(p.name, p.side, p.title) for p in e.participants]
    assert _side(e, "foreign") == ["Tom Poe"]


@pytest.mark.parametrize("lead, later, expected", [
    # a party's delegate named by what he represents; abbreviated American roles
    ("BEIJING, Dec. 4 (Xinhua) -- A dialogue between the CPC and the two main parties of the United States opened here "
     "on Tuesday.", "It was co-chaired by Ma Lin, head of the IDCPC, and on the American side by former Maryland Gov. "
     "Tom Poe, representing the Democratic Party, and former U.S. Trade Representative Ann Roe, representing the "
     "Republican Party.", {"Tom Poe": "Democratic Party", "Ann Roe": "Republican Party"}),
    ("BEIJING, April 9 (Xinhua) -- Ma Lin, head of the IDCPC, met here Tuesday with a delegation led by former Iowa "
     "Gov. Tom Poe and former Sen. Ann Roe, both former U.S. ambassadors to China.", "Both sides spoke.",
     {"Tom Poe": None, "Ann Roe": None}),
    # one plural role shared by names each followed by its country
    ("Beijing, August 22nd\u2014The IDCPC held a briefing for foreign diplomats here today. Ma Lin, Minister of the IDCPC, "
     "addressed the briefing.", "Ambassadors Tom Poe of France and Ann Roe of Australia raised questions.",
     {"Tom Poe": None, "Ann Roe": None}),
    # two names sharing a plural title after "a letter from"
    ("Beijing, February 12th\u2014Ma Lin, Minister of the IDCPC, recently received a letter from Tom Poe and Ann Roe, "
     "Co-Chairs of the Communist Party USA (CPUSA), expressing solidarity.", "Ma thanked them.",
     {"Tom Poe": "Communist Party USA", "Ann Roe": "Communist Party USA"}),
])
def test_people_in_frames_of_agency_copies(lead, later, expected):
    e = _event("Dialogue Opens", "2024.08.23", lead, later)
    assert {p.name: p.party for p in e.participants if p.side == "foreign"} == expected
    assert "US" in e.countries or "FR" in e.countries


def test_a_theme_of_party_to_party_cooperation_is_no_party():
    e = _event("Online Seminar Held", "2021.06.18", "On June 17th, the IDCPC held an online seminar with parties of "
               "Central and Eastern European countries themed \u201cthe CPC at 100 and the Future of Party-to-Party "
               "Cooperation\u201d. Ma Lin, Vice-minister of the IDCPC, addressed the seminar.",
               "Tom Poe, Chairman of the Bulgarian Socialist Party, spoke.")
    assert [p.name for p in e.parties] == ["Bulgarian Socialist Party"]


@pytest.mark.parametrize("lead, name, side", [
    ("BEIJING, April 8 (Xinhua) -- The department will host a forum on green development later this month, department "
     "spokesperson Hu Zhaoming told a press conference on Wednesday.", "Hu Zhaoming", "cpc"),
    # a title-first speaker right after the quote that opens the lead
    ("NAIROBI, Nov. 12 (KNA) -- \"Our two parties should be the first to talk,\" Chinese Ambassador to Kenya Ma Lin said "
     "on Tuesday when he met Jubilee Party Secretary General Tom Poe at the party's headquarters.", "Ma Lin", "cpc"),
    # a bare name after a plural title shares it
    ("\"We came to listen,\" Tom Poe, Deputy Leader of the New Democratic Party, said on May 22nd in Beijing, where she "
     "and fellow NDP Members of Parliament Ann Roe and Linda Okafor met with Ma Lin, Vice-Minister of the IDCPC.",
     "Linda Okafor", "foreign"),
    ("Beijing, May 20th\u2014Ma Lin, Vice-minister of the IDCPC, met here today with Tom Poe, Leader of the New Democratic "
     "Party. NDP MPs Ann Roe and Peter Julian also took part in the talks.", "Peter Julian", "foreign"),
])
def test_speakers_of_agency_leads(lead, name, side):
    e = _event("Talks Held", "2019.11.13", lead, "Both sides spoke.")
    assert (name, side) in [(p.name, p.side) for p in e.participants]


@pytest.mark.parametrize("lead, later, names", [
    # a known party's own-language name after a title is no title-first person
    ("Beijing, June 17th\u2014The IDCPC held a seminar with Malaysian parties by video link today. Ma Lin, "
     "Vice-minister of the IDCPC, addressed it.", "Ann Roe, Secretary-General of Parti Keadilan Rakyat (PKR), Tom Poe, "
     "President of Parti Amanah Negara (AMANAH), and Wee Ka Siong, President of the MCA, delivered speeches via video link.",
     ["Ann Roe", "Tom Poe", "Wee Ka Siong"]),
    # a lone initial after a comma opens a name
    ("Beijing, May 31st\u2014Ma Lin, Vice-minister of the IDCPC, addressed a dialogue with Indian parties here today.",
     "Tom Poe, General Secretary of the Communist Party of India (Marxist) (CPI(M)), D. Raja, National Secretary of the "
     "Communist Party of India (CPI), and Ann Roe, General Secretary of the All India Forward Bloc (AIFB), spoke at the "
     "dialogue.", ["Tom Poe", "D. Raja", "Ann Roe"]),
])
def test_speakers_listed_with_their_parties(lead, later, names):
    assert _side(_event("Dialogue Held", "2019.06.01", lead, later), "foreign") == names


def test_a_co_chair_of_a_party_makes_no_gathering():
    call = _event("Ma Lin Holds Online Meeting with CPUSA Co-Chair", "2020.06.03", "Beijing, June 2nd -- Ma Lin, "
                  "Vice-minister of the IDCPC, held an online meeting today with Ann Roe, Co-Chair of the Communist Party "
                  "USA (CPUSA).")
    assert (call.event_type, call.modality) == ("call", "video")


@pytest.mark.parametrize("later, foreign", [
    # the lead tells the outcome and names no one; the next paragraph tells the contact
    ("MCA president Dato' Sri Dr. Tom Poe said this after receiving a visiting CPC delegation led by Ma Lin, "
     "Vice-Minister of the International Department of the CPC Central Committee, here today.", ["Tom Poe"]),
])
def test_an_agency_lead_of_outcomes_and_the_contact_in_the_next_paragraph(later, foreign):
    e = _event("MCA, CPC agree to deepen cooperation", "2019.11.22",
               "KUALA LUMPUR, Nov. 20 (Bernama) -- The Malaysian Chinese Association (MCA) and the Communist Party of "
               "China (CPC) have agreed to step up exchanges on party building and youth work.", later)
    assert _side(e, "foreign") == foreign and _side(e, "cpc") == ["Ma Lin"]


def test_a_speaker_after_a_lead_that_tells_its_own_act_is_no_participant():
    e = _event("Ma Lin sends condolence message", "2010.01.19",
               "Beijing, January 18th--Ma Lin, Minister of the IDCPC, sent a message of condolence today to Tom Poe, "
               "General Secretary of the Communist Party of India (Marxist), over the passing of Comrade Jim Roe.",
               "In the message, Ma said that during his visits to China, Comrade Roe met with Deng Xiaoping.")
    assert "Deng Xiaoping" not in _side(e, "foreign") + _side(e, "cpc")


DIALOGUE = ("WASHINGTON, Dec. 5 (Xinhua) -- A new round of the dialogue between the Communist Party of China (CPC) and "
            "the two major U.S. political parties opened here Thursday, with Ma Lin, head of the International "
            "Department of the CPC Central Committee, leading the Chinese side.")


@pytest.mark.parametrize("later, foreign, parties", [
    ("Former Sen. Tom Poe represented the Democratic Party, while former Rep. Ann Roe attended on behalf of the "
     "Republican Party.", {"Tom Poe": "Democratic Party", "Ann Roe": "Republican Party"}, ["Democratic Party", "Republican Party"]),
    ("The Democratic Party was represented by Sen. Tom Poe and Jim Doe, a member of the House of Representatives, "
     "while Sen. Ann Roe and Kay Moe attended on behalf of the Republican Party.",
     {"Tom Poe": "Democratic Party", "Jim Doe": "Democratic Party", "Ann Roe": "Republican Party", "Kay Moe": "Republican Party"},
     ["Democratic Party", "Republican Party"]),
    # surnames told before: the full names carry the parties
    ("The delegation was led by Reps. Tom Poe and Ann Roe, co-chairs of the U.S.-China Working Group in the House of "
     "Representatives. Poe represented the Democratic Party and Roe the Republican Party at the meeting.",
     {"Tom Poe": "Democratic Party", "Ann Roe": "Republican Party"}, ["Democratic Party", "Republican Party"]),
])
def test_delegates_told_by_what_they_represent(later, foreign, parties):
    e = _event("CPC opens dialogue with U.S. parties", "2013.12.07", DIALOGUE, later)
    assert {p.name: p.party for p in e.participants if p.side == "foreign"} == foreign
    assert [p.name for p in e.parties] == parties and e.countries == ("US",)


@pytest.mark.parametrize("lead, name, title", [
    ('DES MOINES, Iowa, May 17 (Xinhua) -- "Iowa and China have been friends for a long time," Gov. Tom Poe said here '
     "Tuesday as he received a delegation of the Communist Party of China led by Ma Lin, vice minister of the "
     "International Department of the CPC Central Committee.", "Tom Poe", "Gov."),
    ('BRISBANE, Queensland, Aug. 9 (AAP) -- "China sits right at the front of that story," state Labor MP Tom Poe said '
     "on Wednesday after hosting a delegation of the Communist Party of China led by Ma Lin, vice-minister of the "
     "International Department of the CPC Central Committee.", "Tom Poe", "state Labor MP"),
])
def test_a_speaker_after_an_opening_quote_with_an_abbreviated_or_lower_case_role(lead, name, title):
    e = _event("Governor receives CPC delegation", "2016.05.19", lead)
    assert [(p.name, p.title) for p in e.participants if p.side == "foreign"] == [(name, title)]
    assert (e.event_type, e.countries) == ("visit", ("AU",) if "BRISBANE" in lead else ("US",))


@pytest.mark.parametrize("later, cpc, foreign", [
    ("Chinese Ambassador to the United States Wang Ming attended the opening session.", ["Ma Lin", "Wang Ming"], []),
    # another stop of the trip, its person named after an abbreviated role
    ("Earlier in Washington, D.C., the delegation held talks with Rep. Tom Poe, co-chair of the U.S.-China Working "
     "Group.", ["Ma Lin"], []),
])
def test_a_post_in_a_country_named_with_the_and_another_stop_after_an_abbreviation(later, cpc, foreign):
    e = _event("CPC opens dialogue with U.S. parties", "2013.12.07", DIALOGUE, later)
    assert _side(e, "cpc") == cpc and _side(e, "foreign") == foreign


@pytest.mark.parametrize("later, name, party", [
    ("The National Resistance Movement (NRM) of Uganda was represented by its Secretary General Tom Poe, who said that "
     "the session offers useful lessons.", "Tom Poe", "National Resistance Movement"),
    ("Tom Poe represented Chama Cha Mapinduzi (CCM).", "Tom Poe", "Chama Cha Mapinduzi"),
])
def test_a_delegate_named_by_his_party_or_bare(later, name, party):
    e = _event("CPC, ZANU-PF co-host seminar", "2023.10.16",
               "HARARE, Zimbabwe, Oct. 14 -- A two-day seminar on party building co-hosted by the Zimbabwe African "
               "National Union-Patriotic Front (ZANU-PF) and the Communist Party of China opened on Saturday. Ma Lin, "
               "Vice-minister of the International Department of the CPC Central Committee, attended.", later)
    assert {p.name: p.party for p in e.participants if p.side == "foreign"} == {name: party}


def test_a_title_first_sender_with_a_nickname():
    e = _event("Nepali party leaders send condolences", "2022.12.03",
               "KATHMANDU, Dec. 2 (RSS) -- Chairman of the Communist Party of Nepal (Maoist Centre) Tom Poe Roe "
               "(Prachanda) has sent a message of condolence to Ma Lin over the passing of Comrade Jim Doe.")
    assert [(p.name, p.party) for p in e.participants if p.side == "foreign"] == [
        ("Tom Poe Roe", "Communist Party of Nepal (Maoist Centre)")]


def test_a_guest_who_calls_on_the_department_in_beijing_meets_it():
    e = _event("MCA President Calls on IDCPC, Pledges Closer Party Ties", "2019.09.11",
               'BEIJING, Sept. 10 (Bernama) -- "There is still a lot of room for our two parties to work together," '
               "Malaysian Chinese Association (MCA) president Tom Poe said after meeting Ma Lin, Minister of the "
               "International Department of the CPC Central Committee, here today.")
    assert (e.event_type, e.modality) == ("meeting", "in_person")


@pytest.mark.parametrize("later, name", [
    ("Ma was accompanied at the meeting by Wang Ming, Vice Governor of Jiangsu Province, and Li Hua, Chinese Ambassador "
     "to Germany.", "Wang Ming"),
    ("Wang Ming, who has served as Chinese Ambassador to Germany since last year, attended the talks.", "Wang Ming"),
])
def test_chinese_officials_who_accompanied_or_have_served_as(later, name):
    e = _event("Ma Lin meets SPD General Secretary", "2019.10.24",
               "Berlin, October 22nd--Ma Lin, Secretary of the CPC Jiangsu Provincial Committee, who is leading a CPC "
               "delegation on a visit to Germany, met here today with Tom Poe, General Secretary of the Social "
               "Democratic Party of Germany (SPD).", later)
    assert name in _side(e, "cpc") and _side(e, "foreign") == ["Tom Poe"]
