"""Who takes part and who is only mentioned, read on whole releases (our own sentences): stops of a
trip told as background, a message's own words, lists of addressees, lists of those taking part."""
from __future__ import annotations

import pytest

from parsers.release import parse_release
from tests.release_text import REL, one_event as _event


def _foreign(e):
    return {p.name for p in e.participants if p.side == "foreign"}


VISIT = ("Colombo, May 3rd\u2014Tom Poe, President of the Sri Lanka Freedom Party (SLFP), met here today with a "
         "delegation of the Communist Party of China (CPC) led by Ma Lin, Vice-minister of the International "
         "Department of the CPC Central Committee.")


@pytest.mark.parametrize("background, absent_person, absent_party, absent_country", [
    ("Before arriving in Sri Lanka, the delegation paid a visit to Bangladesh, where it was received by Ann Roe, "
     "President of the Bangladesh Awami League.", "Ann Roe", "Bangladesh Awami League", "BD"),
    ("Prior to arriving in Colombo, the delegation visited Mexico, where it met with leaders of the "
     "Institutional Revolutionary Party.", None, "Institutional Revolutionary Party", "MX"),
    ("Before coming to Colombo, it held talks in Kathmandu with Ann Roe, Chairman of the Nepali Congress.",
     "Ann Roe", "Nepali Congress", "NP"),
    ("Sri Lanka is the second stop of the tour. Earlier in Dar es Salaam, the delegation met with leaders of "
     "Chama Cha Mapinduzi, Tanzania's ruling party.", None, "Chama Cha Mapinduzi", "TZ"),
    ("Prior to Sri Lanka, the delegation visited South Africa, where it held talks with Ann Roe, secretary general "
     "of the African National Congress.", "Ann Roe", "African National Congress", "ZA"),
])
def test_a_stop_told_as_background_takes_no_part(background, absent_person, absent_party, absent_country):
    e = _event("CPC Delegation Visits Sri Lanka", "2015.05.04", VISIT, "Both sides exchanged views.\n\n" + background)
    assert "Tom Poe" in _foreign(e) and absent_person not in _foreign(e)
    assert absent_party not in {p.name for p in e.parties} and absent_country not in e.countries
    assert [p.name for p in e.parties] == ["Sri Lanka Freedom Party"] and e.countries == ("LK",)


def test_the_same_stop_told_in_its_own_right_still_takes_part():
    e = _event("CPC Delegation Visits Sri Lanka", "2015.05.04", VISIT, "Both sides exchanged views.\n\nDuring its "
               "stay in Colombo, the delegation also held talks with Ann Roe, General Secretary of the SLFP.")
    assert _foreign(e) == {"Tom Poe", "Ann Roe"}


@pytest.mark.parametrize("lead, passing", [
    # a letter's own words in the lead paragraph: "the ANC led by its President X"
    ("Beijing, April 27th\u2014Ma Lin, Minister of the International Department of the CPC Central Committee "
     "(IDCPC), sent a congratulatory letter today to Ann Roe, Secretary General of the African National Congress "
     "(ANC), on the ANC's election victory. In the letter, Ma said that the result shows the trust the people "
     "place in the ANC led by its President Tom Poe.", "Tom Poe"),
    # what a letter of thanks "wrote" of a contact of the past
    ("On April 2nd, Ann Roe, Secretary General of the Example Party, sent a letter to Ma Lin, Minister of the "
     "International Department of the CPC Central Committee (IDCPC), thanking the CPC for receiving a cadre "
     "delegation.\n\nIn the letter, Roe wrote that the delegation's talks in Hangzhou with Zhou Bin, Secretary of "
     "the CPC Zhejiang Provincial Committee, were fruitful.", "Zhou Bin"),
])
def test_names_in_a_messages_own_words_take_no_part(lead, passing):
    e = _event("Letter", "2019.04.28", lead, "The letter was warm.")
    assert e.event_type == "message"
    assert passing not in {p.name for p in e.participants}
    assert {p.name for p in e.participants} & {"Ma Lin", "Ann Roe"}


def test_every_addressee_of_one_list_is_addressed_whatever_closes_the_titles():
    e = _event("Ma Lin Sends Messages of Sympathy to Nepali Leaders", "2015.04.28",
               "Beijing, April 27th\u2014Ma Lin, Minister of the International Department of the CPC Central Committee "
               "(IDCPC), sent messages of sympathy separately today to Ann Roe, President of the Nepali Congress (NC), "
               "Tom Poe, Chairman of the Communist Party of Nepal (Unified Marxist-Leninist) (CPN (UML)), and Jan Dee, "
               "Chairman of the Unified Communist Party of Nepal (Maoist), over the earthquake.")
    assert [p.name for p in e.participants] == ["Ma Lin"]
    assert len(e.parties) == 3 and e.countries == ("NP",)


def test_a_newspaper_named_after_its_editor_is_no_person():
    e = _event("Ma Lin Visits Brazil", "2024.03.15",
               "Brasilia, March 14th\u2014Ma Lin, Minister of the International Department of the CPC Central "
               "Committee, held a roundtable here today with Brazilian media representatives, including Ann Roe, "
               "Director of the Asia Studies Center, and Tom Poe, Editor-in-Chief of the newspaper Correio do Planalto.")
    people = {p.name: p.title for p in e.participants}
    assert "Correio do Planalto" not in people
    assert people["Tom Poe"] == "Editor-in-Chief of the newspaper Correio do Planalto"


@pytest.mark.parametrize("how, modality", [
    ("was held today in a combination of online and offline formats", "in_person"),
    ("was held today in a combination of online and offline formats. Ma Lin attended at the venue in Beijing, "
     "while representatives of political parties of Russia and Pakistan all joined via video link", "video"),
    ("was held today in a combination of online and offline formats. The Chinese participants gathered at the main "
     "venue in Beijing, while all the Russian and Pakistani guests joined via video link", "video"),
])
def test_a_hybrid_gathering_is_remote_only_when_every_guest_is(how, modality):
    e = _event("Seminar Held", "2022.09.29", f"BEIJING, Sept. 28 -- A seminar of political parties of the SCO "
               f"member states, attended by Ma Lin, Vice-minister of the IDCPC, {how}.")
    assert (e.event_type, e.modality) == ("conference", modality)


def test_ambassadors_who_raised_questions_and_members_from_parties_take_part():
    e = _event("Briefing Held", "2014.11.21", "Beijing, November 20th -- The IDCPC held a briefing session here "
               "today. Ma Lin, Vice-minister of the IDCPC, presided over the session.",
               "During the question-and-answer session, the ambassadors of Cuba, Kenya and Kazakhstan to China "
               "raised questions.\n\nMembers of the German Bundestag from the CDU/CSU and Alliance 90/The Greens "
               "took part in the session.")
    assert set(e.countries) == {"CU", "DE", "KE", "KZ"}
    assert {p.name for p in e.parties} == {"CDU/CSU", "Alliance 90/The Greens"}


def test_a_country_inside_the_inviting_partys_name_is_no_host():
    e = _event("CPC Delegation Visits Guinea-Bissau", "2016.11.21",
               "From November 14th to 17th, a CPC delegation led by Ma Lin, Vice-minister of the International "
               "Department of the CPC Central Committee (IDCPC), paid a visit to Guinea-Bissau at the invitation of the "
               "African Party for the Independence of Guinea and Cape Verde (PAIGC).",
               "During the visit, the delegation held talks with Tom Poe, President of the PAIGC.")
    assert e.countries == ("GW",)


def test_a_contact_recalled_by_a_speaker_takes_no_part():
    e = _event("Ma Lin Holds Talks via Video Link with Tom Poe", "2025.11.08",
               "BEIJING, Nov. 7 -- Ma Lin, Minister of the International Department of the CPC Central Committee "
               "(IDCPC), held talks via video link on Friday with Tom Poe, Chairman of the Example Party.",
               "Recalling the video talks he held with Song Tao in 2021, Poe said that exchanges have grown richer.")
    assert {p.name for p in e.participants} == {"Ma Lin", "Tom Poe"}


TALKS = "Ma Lin Talks with Tom Poe"


@pytest.mark.parametrize("title, lead, later, expected", [
    # a lead with no word of where, and a later sentence telling how
    (TALKS, "Beijing, April 17th\u2014Ma Lin, Vice-minister of the IDCPC, talked today with Tom Poe, Head of the External "
     "Relations Commission of the Example Party.", "As travel remains suspended, the conversation was held over the "
     "telephone.", ("call", "phone")),
    (TALKS, "Beijing, April 17th\u2014Ma Lin, Vice-minister of the IDCPC, talked today with Tom Poe, Head of the External "
     "Relations Commission of the Example Party.", "The talks were held via video link.", ("call", "video")),
    # ... not when the lead tells a meeting in the room
    (TALKS, "Beijing, April 17th\u2014Ma Lin, Vice-minister of the IDCPC, met here today with Tom Poe, Head of the External "
     "Relations Commission of the Example Party.", "A phone call with his deputy was held by phone last week, "
     "Poe recalled.", ("meeting", "in_person")),
    # a video conference between the two parties: two sides, a call
    ("IDCPC and Mongolian People's Party Hold Video Conference on Epidemic Control",
     "Beijing, May 14th--The IDCPC and the Mongolian People's Party (MPP) held a video conference between the two "
     "parties here today on epidemic control. Ma Lin, Vice-minister of the IDCPC, and Tom Poe, Secretary-General of "
     "the MPP, attended and addressed the video conference.", "Experts then held discussions.", ("call", "video")),
])
def test_a_remote_contact_told_after_the_headline_and_first_sentence(title, lead, later, expected):
    e = _event(title, "2020.05.15", lead, later)
    assert (e.event_type, e.modality) == expected


@pytest.mark.parametrize("later, passing", [
    # a contact a speaker recalls, worded as "his talks"
    ("Recalling his talks in Hanoi in 2008 with Jan Dee, then General Secretary of the Example Party, Ma noted "
     "that contacts have grown.", "Jan Dee"),
    # the speaker's story goes on in a sentence whose subject is someone named inside the speech
    ("Meeting with Poe, Ma said that in October President Xi Jinping paid a state visit to Ruritania. Xi also held "
     "talks with Prime Minister Jan Dee, Co-chairman of the Example Party. Ma added that ties are good.", "Jan Dee"),
    # people a speaker thanked
    ("Poe said that the party values its ties. He thanked the Chinese side, including the Chinese Embassy in Germany "
     "headed by Ambassador Zhou Bin, for helping German states obtain protective equipment.", "Zhou Bin"),
])
def test_people_of_a_speakers_story_take_no_part(later, passing):
    e = _event("Ma Lin Meets with Tom Poe", "2019.12.10", "Beijing, December 9th\u2014Ma Lin, Minister of the International "
               "Department of the CPC Central Committee (IDCPC), met here today with Tom Poe, Chairman of the Example Party.",
               later)
    names = {p.name for p in e.participants}
    assert {"Ma Lin", "Tom Poe"} <= names and passing not in names


def test_one_who_recently_received_a_letter_is_its_addressee():
    e = _event("Ma Lin Recieves Letter from Tom Poe", "2018.11.27", "Beijing, November 26th\u2014Ma Lin, Minister of the "
               "International Department of the CPC Central Committee (IDCPC), recently received a letter from Tom Poe, "
               "Secretary General of the Example Party.")
    assert e.event_type == "message" and [p.name for p in e.participants] == ["Tom Poe"]


def test_a_misspelt_month_of_a_stated_date():
    e = _event("Ma Lin Holds Telephone Conversation with Tom Poe", "2020.02.27", "On Febuary 26th, Ma Lin, Minister of "
               "the IDCPC, held a telephone conversation with Tom Poe, Head of the Example Party.")
    assert e.event_date.isoformat() == "2020-02-26"


def test_an_envoy_and_his_embassy_staff_meeting_a_party_of_the_host_country_is_a_meeting():
    e = _event("Chinese Ambassador to Nepal Meets with Tom Poe", "2021.06.16", "Kathmandu, June 15th\u2014Chinese "
               "Ambassador to Nepal Ma Lin met here today with Tom Poe, Chairman of the Nepali Congress. Jan Dee, "
               "Vice-chairman of the Nepali Congress, and Zhou Bin, Political Counsellor of the Chinese Embassy in Nepal, "
               "were present.")
    assert e.event_type == "meeting"


def test_a_title_first_official_after_as_well_as_in_a_list_of_those_present():
    e = _event("Ma Lin Visits Laos", "2017.11.25", "Vientiane, November 24th\u2014Ma Lin, Vice-minister of the IDCPC, "
               "held talks here today with Tom Poe, Head of the External Relations Committee of the LPRP Central Committee.",
               "Members of the delegation, including Zhou Bin, Director-General of a Bureau of the IDCPC, and Yang Lin, "
               "Deputy Secretary of the CPC Zhejiang Provincial Commission for Discipline Inspection, as well as Chinese "
               "Ambassador to Laos Wang Ming, were present.")
    cpc = [p.name for p in e.participants if p.side == "cpc"]
    assert cpc == ["Ma Lin", "Zhou Bin", "Yang Lin", "Wang Ming"]


def test_remarks_made_at_a_press_conference_are_no_contact():
    e = _event("CPC has ties with over 600 parties, official says", "2012.11.09", "BEIJING, Nov. 8 (Xinhua) -- The CPC has "
               "contacts with more than 600 political parties, a senior official of the Party said here on Thursday.",
               "Ma Lin, vice minister of the IDCPC, made the remarks at a press conference.\n\nOver the past five years, "
               "the department has received more than 1,000 delegations, Ma said.")
    assert (e.event_type, e.modality) == ("other", None)


@pytest.mark.parametrize("later", [
    "Ma recalled that General Secretary Xi Jinping has pointed out that reform is the key.",
    "Quoting General Secretary Xi Jinping, who has said that green is gold, Ma said that ties are good.",
])
def test_a_leader_a_speaker_recalls_or_quotes_takes_no_part(later):
    e = _event("Ma Lin Attends Seminar", "2021.06.18", "On June 17th, the IDCPC held an online seminar for party cadres. "
               "Ma Lin, Vice-minister of the IDCPC, delivered a keynote speech.", later)
    assert "Xi Jinping" not in {p.name for p in e.participants}


def test_a_reply_goes_to_its_addressee():
    e = _event("Ma Lin Replies to Letter from Tom Poe", "2014.10.18", "Beijing, October 17th -- Ma Lin, General Secretary "
               "of the CPC Central Committee, sent a reply today to M. Poe, Chairman of the Mongolian People's Party (MPP), "
               "thanking him for his letter.")
    assert [p.name for p in e.participants] == ["Ma Lin"]
    assert [p.name for p in e.parties] == ["Mongolian People's Party"] and e.countries == ("MN",)


def test_a_roundups_senders_named_by_an_organ_a_card_or_an_initial():
    e = _event("Foreign Political Parties Send Greetings to the CPC", "2024.02.08", "Beijing, February 7th\u2014Political "
               "parties of many countries have sent greeting cards to Ma Lin, Minister of the IDCPC.",
               "The Central Committee of the Workers' Party of Korea (WPK) also sent a greeting card, wishing happiness.\n\n"
               "The Executive Secretariat of the Sao Paulo Forum expressed its appreciation.\n\n"
               "The National Executive Committee of the African National Congress (ANC) of South Africa said that the ANC "
               "shares the joy.\n\nL. Oyun-Erdene, Chairman of the Mongolian People's Party (MPP), said that the MPP is "
               "ready to work with the CPC.")
    assert {p.name for p in e.parties} == {"Workers' Party of Korea", "Sao Paulo Forum", "African National Congress",
                                           "Mongolian People's Party"}
    assert [p.name for p in e.participants] == ["L. Oyun-Erdene"] and e.countries == ("KP", "MN", "ZA")


def test_countries_of_states_listed_and_speakers_titled_in_parentheses():
    e = _event("IDCPC Holds Briefing for Political Parties of Arab States via Video Link", "2021.03.26",
               "Beijing, March 25th\u2014The IDCPC held here today a thematic briefing via video link for political "
               "parties of Arab states. Ma Lin, Vice-minister of the IDCPC, attended and delivered a speech. More than 120 "
               "representatives of nearly 50 political parties from 16 Arab states, including Algeria, Egypt and Jordan, "
               "joined the briefing online.",
               "Speakers included Tom Poe (First Vice-President of the United Socialist Party of Venezuela) and Ann Roe "
               "(President of the Socialist Party of Chile). They praised the CPC.")
    assert set(e.countries) == {"CL", "DZ", "EG", "JO", "VE"}
    assert {p.name: p.title for p in e.participants if p.side == "foreign"} == {
        "Tom Poe": "First Vice-President of the United Socialist Party of Venezuela",
        "Ann Roe": "President of the Socialist Party of Chile"}


@pytest.mark.parametrize("title, lead, expected", [
    # China's envoy to the EU meeting a party where he is posted
    ("Head of the Chinese Mission to the EU Meets with EPP Secretary General", "Brussels, June 10th\u2014Ma Lin, Head "
     "of the Mission of the People's Republic of China to the European Union, met here today with Tom Poe, Secretary "
     "General of the European People's Party (EPP).", ("meeting", "in_person")),
    # a body's name holding "Forum" makes no multi-party format
    ("Ma Lin Holds a Video Call with Tom Poe, Executive Secretary of the Sao Paulo Forum", "Beijing, September 15th "
     "--Ma Lin, Minister of the IDCPC, held a video call here today with Tom Poe, Executive Secretary of the Sao Paulo "
     "Forum.", ("call", "video")),
])
def test_types_of_an_envoys_meeting_and_a_call_with_a_forums_officer(title, lead, expected):
    e = _event(title, "2022.09.16", lead)
    assert (e.event_type, e.modality) == expected


def test_the_sites_own_pages_are_no_releases():
    from parsers.errors import NotARelease
    with pytest.raises(NotARelease):
        parse_release(REL.format(title="Links", pub="2014.06.27", lead="Central Party and State Organs",
                                 body="General Office of the CPC Central Committee | Ministry of Foreign Affairs"))


@pytest.mark.parametrize("lead, expected", [
    ("Beijing, August 23rd\u2014Ma Lin, Minister of the IDCPC, met here today with a delegation of the Workers' Party of "
     "Korea (WPK) led by Kim Yong-il Secretary of the WPK Central Committee.",
     {"Kim Yong-il": "Secretary of the WPK Central Committee"}),
    ("Beijing, April 9th\u2014Ma Lin, Minister of the IDCPC, met here today with Ann Roe President of the Workers' Party "
     "(PT) of Brazil and Tom Poe Secretary for International Relations of the PT.",
     {"Ann Roe": "President of the Workers' Party of Brazil", "Tom Poe": "Secretary for International Relations of the PT"}),
])
def test_a_title_after_a_name_with_no_comma(lead, expected):
    e = _event("Ma Lin Meets with Delegation", "2011.08.24", lead)
    assert {p.name: p.title for p in e.participants if p.side == "foreign"} == expected


def test_the_day_of_a_disaster_a_message_is_about_is_not_its_date():
    e = _event("Ma Lin Sends Message of Sympathy over Earthquake", "2010.03.02", "Beijing, March 1st--Ma Lin, Minister "
               "of the IDCPC, sent a message of sympathy today to Tom Poe, President of the Socialist Party of Chile (PS), "
               "over the strong earthquake that struck Chile on February 27th.")
    assert e.event_date.isoformat() == "2010-03-01"


@pytest.mark.parametrize("lead, name", [
    ("KUALA LUMPUR, Sept 16 (Bernama) -- The parties pledged closer ties during a video call between MCA president "
     "Dato' Sri Dr. Tom Poe and Ma Lin, Minister of the International Department of the CPC Central Committee.", "Tom Poe"),
    ("Kathmandu, Feb. 9 (RSS) -- Chinese Ambassador to Nepal Ma Lin paid a courtesy call on Prime Minister and Chairman "
     "of the Communist Party of Nepal (Maoist Centre) Pushpa Kamal Dahal (Prachanda) at his residence on Thursday.",
     "Pushpa Kamal Dahal"),
])
def test_title_first_counterparts_of_agency_copies(lead, name):
    e = _event("Talks Held", "2023.02.10", lead)
    assert name in {p.name for p in e.participants if p.side == "foreign"}


def test_a_roundups_sender_after_while_and_organs_of_two_parties_sending_together():
    e = _event("Foreign Political Parties Congratulate the CPC", "2011.07.01", "BEIJING, June 30 (Xinhua) -- Leaders "
               "of political parties from many countries have sent messages to the CPC Central Committee.",
               "Tom Poe, President of the Example Freedom Party (EFP), noted that the EFP cherishes its ties with the "
               "CPC, while Jim Doe, General Coordinator of the Farabundo Marti National Liberation Front (FMLN), the "
               "ruling party of El Salvador, said that China's development has given hope.\n\nThe Central Committee of "
               "the Workers' Party of Korea and the Central Committee of the Lao People's Revolutionary Party also sent "
               "messages of congratulations.")
    assert [p.name for p in e.participants] == ["Tom Poe", "Jim Doe"]
    assert {"Farabundo Marti National Liberation Front", "Workers' Party of Korea",
            "Lao People's Revolutionary Party"} <= {p.name for p in e.parties}


@pytest.mark.parametrize("title, lead, later, expected", [
    # a deputy consul general with a Pinyin name and no country is the CPC side's
    ("Chinese Consul General in Kolkata Meets with Party Leaders", "On February 10th, Li Wen, Chinese Consul General "
     "in Kolkata, met with Tom Poe, Secretary of the State Committee of the Example Party.",
     "Deputy Consul General Zha Liyou was present.", ("meeting", ["Li Wen", "Zha Liyou"])),
    # a region's head with a Pinyin name and no country, at a meeting in the region
    ("Delegation of Awami League Visits Xizang", "LHASA, May 22 -- Li Wen, Secretary of the CPC Xizang Autonomous "
     "Regional Committee, met here today with Tom Poe, General Secretary of the Bangladesh Awami League.",
     "Yan Jinhai, chairman of the regional government, was present at the meeting.", ("meeting", ["Li Wen", "Yan Jinhai"])),
    # a "thematic exchange" that opened is a gathering
    ("Thematic Exchange Opens in Shenzhen", "Shenzhen, May 28th\u2014A thematic exchange between the CPC and foreign "
     "political parties opened here today. Ma Lin, Minister of the IDCPC, attended and delivered a speech.",
     "Guests from many countries attended.", ("conference", ["Ma Lin"])),
])
def test_a_deputy_consul_general_and_a_thematic_exchange(title, lead, later, expected):
    e = _event(title, "2018.05.29", lead, later)
    assert (e.event_type, [p.name for p in e.participants if p.side == "cpc"]) == expected


def test_countries_of_party_leaders_in_attendance():
    e = _event("Dialogue with Central Asian Parties Opens", "2024.09.12", "URUMQI (AKIpress) - A dialogue between the CPC "
               "and political parties of Central Asian countries opened in Urumqi on September 10, with party leaders and "
               "lawmakers from Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan in attendance.",
               "Ma Lin, Minister of the IDCPC, delivered a keynote speech.")
    assert e.countries == ("KG", "KZ", "TJ", "TM", "UZ")


def test_representatives_also_present_and_a_chinese_envoy_who_chaired():
    e = _event("Chinese Embassy Briefs Ghanaian Parties", "2022.11.16", "ACCRA, Nov. 15 (GNA) -- The Chinese Embassy "
               "held a briefing session for Ghanaian political parties on the outcome of the CPC's congress.",
               "The General Secretary of the National Democratic Congress (NDC), Mr Tom Poe, attended and spoke. "
               "Representatives of the Convention People's Party (CPP) and the People's National Convention (PNC) "
               "were also present.\n\nThe Chinese Ambassador to Ghana, H.E. Li Wen, who chaired the session, "
               "introduced the congress.")
    assert {p.name for p in e.parties} == {"National Democratic Congress", "Convention People's Party",
                                           "People's National Convention"}
    assert [p.name for p in e.participants if p.side == "cpc"] == ["Li Wen"]


@pytest.mark.parametrize("lead, expected", [
    # "during a working visit to the Asian country" in a Beijing copy: a meeting in China
    ("BEIJING.\u2014 Tom Poe, Head of the International Relations Department of the Example Party, held talks on "
     "January 19 with Ma Lin, Minister of the IDCPC, during a working visit to the Asian country.",
     ("meeting", ["Tom Poe"])),
    # a message on the victory of "the party's candidate, X, in the second round": X is no participant
    ("Beijing, December 1st\u2014The CPC Central Committee today sent a congratulatory message to Uruguay's Frente "
     "Amplio (FA) on the victory of the party's candidate, Tom Poe, in the second round of the presidential election.",
     ("message", [])),
])
def test_a_visit_to_the_asian_country_and_a_candidate_in_a_message(lead, expected):
    e = _event("Party Officials Meet", "2026.01.21", lead)
    assert (e.event_type, [p.name for p in e.participants if p.side == "foreign"]) == expected


def test_scholars_from_listed_countries_and_a_senior_fellow():
    e = _event("Think Tanks Discuss Global Governance", "2016.10.12", "BEIJING, Oct. 11 (Xinhua) -- More than 150 "
               "scholars and former politicians from think tanks in over 20 countries, including Germany, Egypt and "
               "Brazil, gathered in Beijing on Tuesday for a dialogue hosted by the IDCPC. Ma Lin, head of the "
               "IDCPC, addressed the opening.", "Tom Poe, senior fellow at the Department of Politics of the "
               "University of Cambridge, also spoke.")
    assert e.countries == ("BR", "DE", "EG") and [p.name for p in e.participants if p.side == "foreign"] == ["Tom Poe"]


def test_a_chinese_official_of_one_name_and_an_addressee_after_addressed_to():
    e = _event("Ri Su Yong Meets CPC Delegation", "2019.05.23", "PYONGYANG, May 22 (Xinhua) -- Tom Poe, vice-chairman "
               "of the Central Committee of the Workers' Party of Korea (WPK), met here on Wednesday with a delegation of "
               "the CPC led by Bayanqolu, secretary of the CPC Jilin Provincial Committee.")
    assert [p.name for p in e.participants if p.side == "cpc"] == ["Bayanqolu"]
    e = _event("CPC Sends Condolences", "2012.07.30", "Beijing, July 28th\u2014The CPC Central Committee sent a message "
               "of condolence to the Example Democratic Congress (EDC) on the death of the country's President.",
               "The message, signed by Ma Lin, Minister of the IDCPC, and addressed to the EDC National Chairman, Dr "
               "Tom Poe, described the late President as a good friend.")
    assert [p.name for p in e.participants] == ["Ma Lin"]


@pytest.mark.parametrize("lead, later, cpc, foreign", [
    # a leader cited for what he "has pointed out", and a body's head "under the leadership of" it: neither takes part
    ("Beijing, November 17th\u2014The IDCPC held a video conference with political parties of Southeast Asian "
     "countries. Ma Lin, Minister of the IDCPC, attended and delivered a speech.", "In his speech, Ma said that "
     "poverty can be overcome. General Secretary Xi Jinping has pointed out that poverty is not predestined.",
     ["Ma Lin"], []),
    ("Beijing, December 30th\u2014Ma Lin, Minister of the IDCPC, sent a message of condolence to the Example Party.",
     "Ma said in the message that the people had suffered a great loss. Under the leadership of the Party's Central "
     "Committee headed by First Secretary Tom Poe, the people will turn their grief into strength.", ["Ma Lin"], []),
])
def test_a_leader_cited_or_named_as_a_bodys_head_takes_no_part(lead, later, cpc, foreign):
    e = _event("Example Headline", "2020.12.31", lead, later)
    assert ([p.name for p in e.participants if p.side == "cpc"], [p.name for p in e.participants if p.side == "foreign"]) == (cpc, foreign)


@pytest.mark.parametrize("later, parties", [
    ("Members of the group also come from the Lao People's Revolutionary Party (LPRP) and the Communist Party of "
     "Vietnam (CPV).", {"Example Party", "Lao People's Revolutionary Party", "Communist Party of Vietnam"}),
    ("Senators from the Institutional Revolutionary Party (PRI) and the Party of the Democratic Revolution (PRD) were "
     "also members of the delegation.", {"Example Party", "Institutional Revolutionary Party",
                                         "Party of the Democratic Revolution"}),
])
def test_parties_of_a_delegations_members(later, parties):
    e = _event("Ma Lin Meets Study Group", "2013.04.17", "Beijing, April 16th--Ma Lin, Vice-minister of the IDCPC, met "
               "here today with a delegation led by Tom Poe, Member of the Central Committee of the Example Party.", later)
    assert {p.name for p in e.parties} == parties
