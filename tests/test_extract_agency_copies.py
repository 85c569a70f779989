"""Agency copies the site reposts (AP, CP, AAP, Bernama, RSS, Reuters styles), read on whole releases of our
own sentences: their datelines, speakers named around quotes, delegates and company."""
from __future__ import annotations

import pytest

from parsers.dateline import parse_dateline
from tests.release_text import one_event as _event, side as _side


@pytest.mark.parametrize("lead, city, month, day", [
    ('HANOI, Vietnam (AP) -- "We want this relationship', "Hanoi", None, None),
    ("TORONTO, Ontario (CP) -- The leader of the party", "Toronto", None, None),
    ("SYDNEY, NSW, Aug 19 AAP - A visiting delegation", "Sydney", 8, 19),
    # an agency's name with an accent, in lower case, or before the city
    ("BUENOS AIRES, June 30 (T\u00e9lam) -- Argentina's Justicialist Party", "Buenos Aires", 6, 30),
    ("Beijing (dpa) - A senior official of the party", "Beijing", None, None),
    ("Shenzhen, China (dpa) - Politicians from 20 countries", "Shenzhen", None, None),
    ('(ANSA) - ROME, NOV 8 - "Italy has everything to gain', "Rome", 11, 8),
    # EFE's ".-" after the agency; a Prensa Latina agency before an opening quote
    ("Madrid, Mar 3 (EFE).- The Spanish Socialist Workers' Party", "Madrid", 3, 3),
    ("Havana, Oct 3 (Prensa Latina) \u201cOver the past six decades", "Havana", 10, 3),
    # Kazinform's full stops after the city and the day
    ("BEIJING. May 17. KAZINFORM - Ma Lin, Head of the International Department", "Beijing", 5, 17),
    # Montsame's full stop after the agency
    ("Ulaanbaatar, October 19 (MONTSAME). Secretary General of the party", "Ulaanbaatar", 10, 19),
    # the agency between slashes with spaces, or glued before a dash; in capitals after the day; after the year
    ("Bishkek, December 30 / Kabar /. Chairman of the Example Party Tom Poe held", "Bishkek", 12, 30),
    ("Bucharest, Oct 24 /Agerpres/ - Example Party (EP) President Tom Poe sent", "Bucharest", 10, 24),
    ("YEREVAN, MAY 14, ARMENPRESS. President of the National Assembly Tom Poe received", "Yerevan", 5, 14),
    ("Addis Ababa, September 27/2022 (ENA) Example Party Deputy President Tom Poe held", "Addis Ababa", 9, 27),
])
def test_agency_datelines_with_a_country_or_state(lead, city, month, day):
    dl = parse_dateline(lead)
    assert (dl.city, dl.month, dl.day) == (city, month, day)


def test_a_datelines_province_gives_the_country():
    e = _event("Party leader holds video talks with Chinese official", "2021.09.16",
               "TORONTO, Ontario (CP) -- Tom Poe, leader of the Communist Party of Canada, held a video call with Ma "
               "Lin, head of the International Department of the CPC Central Committee, on Sept. 14.")
    assert (e.event_type, e.countries) == ("call", ("CA",))


MCA = ('KUALA LUMPUR: "Party-to-party ties are the quiet foundation of our friendship," says Datuk Seri Dr Tom Poe.')


def test_a_quotes_speaker_named_by_honorifics_takes_the_role_the_next_sentence_gives():
    e = _event("MCA, CPC pledge closer ties", "2023.08.15", MCA,
               "The Malaysian Chinese Association (MCA) president said this after receiving a delegation of the "
               "Communist Party of China (CPC) led by Ma Lin, Vice-Minister of the International Department of the CPC "
               "Central Committee, here on Monday (Aug 14).\n\nAlso present was the party's international affairs "
               "bureau chairman Datin Paduka Ann Roe.\n\nThe delegation had earlier called on Umno president Datuk "
               "Seri Dr Jim Doe on Sunday (Aug 13).")
    assert {p.name: p.party for p in e.participants if p.side == "foreign"} == {
        "Tom Poe": "Malaysian Chinese Association", "Ann Roe": None}
    assert _side(e, "cpc") == ["Ma Lin"]


def test_a_party_chief_who_told_a_visiting_official():
    e = _event("Party chief receives Chinese envoy", "2023.11.24",
               'HANOI, Vietnam (AP) -- "We want this relationship to stay steady," Vietnam\'s Communist Party chief Tom '
               "Poe told a visiting Chinese official in Hanoi on Thursday, Nov. 23.",
               "Poe, general secretary of the Communist Party of Vietnam, received Ma Lin, who heads the Chinese "
               "Communist Party's International Department.")
    assert [(p.name, p.party) for p in e.participants if p.side == "foreign"] == [("Tom Poe", "Communist Party of Vietnam")]


def test_a_speakers_company_and_a_topic_in_the_headline():
    e = _event("CCM, Chinese envoy discuss cadre training, party ties", "2022.03.08",
               "DODOMA, March 7 -- Chama Cha Mapinduzi (CCM) Secretary General Tom Poe has commended the Communist "
               "Party of China (CPC) for its support in training the ruling party's leaders.",
               "Mr Poe said this here on Monday when he held talks with Chinese Ambassador to Tanzania Ma Lin at the "
               "party's head office.\n\n\"CCM values its friendship with the CPC,\" said Mr Poe, who was flanked by CCM "
               "Deputy Secretary General Ann Roe and Publicity Secretary Jim Doe.")
    assert (e.event_type, e.modality) == ("meeting", "in_person")
    assert _side(e, "foreign") == ["Tom Poe", "Ann Roe", "Jim Doe"]


@pytest.mark.parametrize("later, name", [
    ("With Poe were Rep. Ann Roe, the party's vice president, Gov. Jim Doe of Davao del Norte, and Dr. Kay Moe, head "
     "of the party's policy institute.", "Jim Doe"),
    ("Speaking on behalf of the party, senior vice-chairman Jim Doe said the party wanted more scholarships.", "Jim Doe"),
])
def test_company_listed_after_with_and_a_speaker_on_behalf_of_a_party(later, name):
    e = _event("Party leaders hold talks with CPC officials", "2018.09.11",
               "BEIJING, Sept. 10 -- Tom Poe, President of the Partido Demokratiko Pilipino-Lakas ng Bayan (PDP-Laban), "
               "met Ma Lin, head of the CPC's International Department, here on Monday.", later)
    assert name in _side(e, "foreign") and _side(e, "cpc") == ["Ma Lin"]


@pytest.mark.parametrize("text, name", [
    # a gloss in brackets after the party's own name is the same party
    ("held talks with Tom Poe, General Secretary of the Janatha Vimukthi Peramuna (JVP, People's Liberation Front) "
     "of Sri Lanka.", "Janatha Vimukthi Peramuna"),
    ("held a video call with Tom Poe, President of the Frente Amplio (Broad Front) of Uruguay.", "Frente Amplio"),
    ("met a delegation of the Komunistická strana Čech a Moravy (KSČM, Communist Party of Bohemia and Moravia) "
     "headed by Tom Poe.", "Komunistická strana Čech a Moravy"),
])
def test_a_gloss_in_brackets_is_no_party_of_its_own(text, name):
    e = _event("Ma Lin meets party leader", "2019.10.09", f"Beijing, October 9th--Ma Lin, Minister of the IDCPC, {text}")
    assert [p.name for p in e.parties] == [name]


def test_a_quoted_theme_holding_ruling_party_is_no_party():
    e = _event("CPC and CPV hold theoretical seminar", "2013.10.23",
               'Nanning, October 22nd--A theoretical seminar between the Communist Party of China (CPC) and the '
               'Communist Party of Vietnam (CPV) opened here today under the theme of "Building a Clean and Strong '
               'Ruling Party in the New Period". Tom Poe, Secretary of the CPV Central Committee, addressed it.')
    assert [p.name for p in e.parties] == ["Communist Party of Vietnam"]


def test_a_member_after_and_included_and_a_bare_name_in_contact_with_a_known_official():
    e = _event("Senior CPC official meets U.S. lawmakers", "2026.04.15",
               "BEIJING (AP) -- A bipartisan group of U.S. lawmakers met on April 14 with Liu Jianchao, head of the "
               "Chinese Communist Party's International Department.",
               "The delegation was led by Reps. Tom Poe and Ann Roe, co-chairs of the U.S.-China Working Group in the "
               "House of Representatives, and included former Gov. Jim Doe of New Mexico.")
    assert _side(e, "foreign") == ["Tom Poe", "Ann Roe", "Jim Doe"]
    e = _event("Party leader holds video talks with Chinese party official", "2021.09.16",
               "TORONTO, Ontario (CP) -- The leader of the Communist Party of Canada says her party wants more dialogue "
               "with China after a video call with the head of the Chinese Communist Party's international arm.",
               "Ann Roe spoke for about an hour with Liu Jianchao, head of the International Department of the Central "
               "Committee of the Communist Party of China.")
    assert _side(e, "foreign") == ["Ann Roe"] and _side(e, "cpc") == ["Liu Jianchao"]


def test_a_title_never_ends_in_a_french_article():
    e = _event("Ma Lin attends dialogue", "2024.06.13",
               "Changsha, June 12th--The dialogue opened here today. Ma Lin, Minister of the IDCPC, attended. Tom Poe, "
               "Secretary General of the Conseil National pour la Défense de la Démocratie-Forces pour la Défense de la "
               "Démocratie (CNDD-FDD) of Burundi, and Ann Roe, Secretary General of the Central Committee of the "
               "Rassemblement Démocratique du Peuple Camerounais (RDPC), spoke at the dialogue.")
    assert _side(e, "foreign") == ["Tom Poe", "Ann Roe"]


@pytest.mark.parametrize("later, foreign", [
    # a title, a comma, then the name (Portuguese- and African-agency style)
    ("The audience was also attended by the MPLA Secretary for International Relations, Ann Roe.", ["Tom Poe", "Ann Roe"]),
    ("The seminar was addressed by the MPLA Secretary General, Ann Roe, the MPLA Deputy Secretary General, Jim Doe, and "
     "Ma Lin, Vice-minister of the International Department of the CPC Central Committee.", ["Tom Poe", "Ann Roe", "Jim Doe"]),
    # a portfolio closes a title before an honorific without a dot
    ("Ma also called on the MPLA Secretary for Administration Dr Ann Roe.", ["Tom Poe", "Ann Roe"]),
    # a place after the name is no pair: "..., White House."
    ("Poe said this when he held talks with Chinese Ambassador to Angola Wang Ming at the party's head office, White "
     "House.", ["Tom Poe"]),
    # "which included" a title and a name; a leader remembered in a friendship is not there
    ("Meeting the MPLA team, which included the party's General Secretary, Mr Ann Roe, Mr Ma said the CPC values its "
     "ties with the party. Ma recalled the friendship between Chairman Mao Zedong and Dr Jim Doe, founder of the MPLA.",
     ["Tom Poe", "Ann Roe"]),
])
def test_titles_before_names_and_company_in_african_agency_copies(later, foreign):
    e = _event("MPLA receives CPC delegation", "2023.11.15",
               "LUANDA, Nov. 14 (ANGOP) -- The Vice-President of the Popular Movement for the Liberation of Angola "
               "(MPLA), Tom Poe, received on Tuesday a delegation of the Communist Party of China (CPC) led by Ma Lin, "
               "Vice-minister of the International Department of the CPC Central Committee.", later)
    assert _side(e, "foreign") == foreign
    assert "Wang Ming" in _side(e, "cpc") or "White House" not in later


def test_a_pinyin_named_minister_of_no_country_and_addressees_of_long_titles():
    e = _event("Ma Lin meets PCC delegation", "2024.05.21",
               "Beijing, May 20th--Ma Lin, Minister of the IDCPC, met here today with a delegation of the Communist Party "
               "of Cuba led by Tom Poe, Head of the International Relations Department of the PCC Central Committee.",
               "On the same day, Wang Ming, Minister of Commerce, met separately with the delegation.")
    assert _side(e, "cpc") == ["Ma Lin", "Wang Ming"] and _side(e, "foreign") == ["Tom Poe"]
    e = _event("Ma Lin sends messages of sympathy", "2024.09.12",
               "Beijing, September 11th--Ma Lin, Minister of the International Department of the CPC Central Committee, "
               "sent messages of sympathy respectively to Tom Poe, Secretary of the Central Committee of the Communist "
               "Party of Vietnam (CPV) and Head of its Commission for External Relations, and to Ann Roe, Head of the "
               "External Relations Commission of the Central Committee of the Lao People's Revolutionary Party (LPRP), "
               "over the heavy losses caused by the typhoon.")
    assert _side(e, "foreign") == [] and e.countries == ("LA", "VN")
    e = _event("Ma Lin sends condolences", "2020.11.17",
               "ACCRA, Nov. 16, GNA - Ma Lin, Minister of the IDCPC, has sent a message of condolence to Mr Tom Poe, "
               "General Secretary of the National Democratic Congress (NDC), on the passing of former President Jim "
               "Roe Doe, founder of the party.")
    assert _side(e, "foreign") == [] and _side(e, "cpc") == ["Ma Lin"]


ZANU = ("HARARE, March 18 -- Zimbabwe African National Union-Patriotic Front (ZANU PF) Secretary General Cde Tom Poe on "
        "Tuesday received a visiting delegation of the Communist Party of China (CPC) led by Ma Lin, Vice Minister of the "
        "International Department of the CPC Central Committee, at the party's headquarters in Harare.")


def test_comrades_a_political_commissar_and_an_envoy_in_attendance():
    e = _event("ZANU PF receives CPC delegation", "2025.03.19", ZANU,
               "Cde Poe was flanked by the party's National Political Commissar Cde Ann Roe and Secretary for External "
               "Affairs Cde Jim Doe, while Chinese Ambassador to Zimbabwe Wang Ming was also in attendance.")
    assert _side(e, "foreign") == ["Tom Poe", "Ann Roe", "Jim Doe"] and _side(e, "cpc") == ["Ma Lin", "Wang Ming"]


def test_a_hosted_envoy_between_commas_and_a_stop_before_this_one():
    e = _event("Jubilee, CPC to deepen cooperation", "2021.06.23",
               "NAIROBI, Kenya, Jun 22 (KNA) -- The Jubilee Party of Kenya and the Communist Party of China will deepen "
               "cooperation, Jubilee Secretary General Tom Poe has said.",
               "Poe spoke on Tuesday when he hosted the Chinese Ambassador to Kenya, Wang Ming, at the party's "
               "headquarters in Nairobi.")
    assert _side(e, "cpc") == ["Wang Ming"]
    e = _event("MCA, CPC widen cooperation", "2019.09.24", ZANU,
               "The delegation arrived in Harare on Saturday after a three-day visit to Zambia, where it held talks in "
               "Lusaka with Patriotic Front secretary-general Ann Roe.")
    assert _side(e, "foreign") == ["Tom Poe"] and e.countries == ("ZW",)


@pytest.mark.parametrize("lead, day", [
    ("BEIJING (AP) -- The head of the party's International Department said on Thursday, Jan. 15, that the party "
     "would widen its contacts, speaking at a news conference in Beijing.", "2026-01-15"),
    ("BEIJING (AP) -- The head of the party's International Department told a news conference in Beijing that the "
     "party would widen its contacts.", "2026-01-16"),
])
def test_a_news_conference_under_an_undated_dateline_takes_the_day_the_lead_states(lead, day):
    e = _event("Party says it will widen contacts with foreign parties", "2026.01.16", lead,
               "Ma Lin, who heads the department, told reporters that party channels mattered.")
    assert (e.event_type, str(e.event_date)) == ("other", day)


@pytest.mark.parametrize("lead, etype, countries", [
    # a Moscow copy of talks held in Beijing: a meeting on Chinese soil
    ("MOSCOW, October 12. /TASS/. Secretary of the General Council of United Russia Tom Poe held talks in Beijing on "
     "October 11 with Ma Lin, head of the International Department of the CPC Central Committee, the party said.",
     "meeting", ("RU",)),
    # a Seoul copy of talks held in Pyongyang: the dateline's country takes no part
    ("SEOUL, May 9 (Yonhap) -- A senior official of North Korea's ruling Workers' Party of Korea (WPK) held talks in "
     "Pyongyang on May 8 with a visiting delegation of the Chinese Communist Party led by Ma Lin, vice minister of "
     "the International Department of the CPC Central Committee.", "visit", ("KP",)),
    # the city after the counterpart's appositive: "held talks with X, Minister of ..., in Beijing on April 9"
    ("ULAANBAATAR, April 10 (MONTSAME) -- Secretary General of the Mongolian People's Party (MPP) B. Tsogt, who is paying "
     "a working visit to China, held talks with Ma Lin, Minister of the IDCPC, in Beijing on April 9.", "meeting", ("MN",)),
    ("KATHMANDU, DEC 31 - Tom Poe, Politburo member of the Communist Party of Nepal (Maoist), met Ma Lin, Minister of "
     "the International Department of the CPC Central Committee, in Beijing on December 30.", "meeting", ("NP",)),
    # the day before the month: "in Beijing on 28 September"
    ("NAY PYI TAW, 3 Oct \u2014 A delegation of the Union Solidarity and Development Party (USDP) led by Party Chairman "
     "U Tom Poe met Mr Ma Lin, Minister of the IDCPC, in Beijing on 28 September.", "meeting", ("MM",)),
    ("Addis Ababa, June 15/2024 (ENA) -- Prosperity Party Vice President Tom Poe held discussions with Ma Lin, "
     "Minister of the IDCPC, in Beijing on June 14, 2024.", "meeting", ("ET",)),
])
def test_talks_held_in_another_country_than_the_datelines(lead, etype, countries):
    e = _event("Parties hold talks", "2023.10.13", lead)
    assert (e.event_type, e.countries) == (etype, countries)


@pytest.mark.parametrize("lead, later, foreign", [
    # a subject written title, comma, name after a date; company "joined on the call by" a title of "the party"
    ("On September 7, the National Chairman of the New Patriotic Party (NPP), Mr Tom Poe, held a video call with Ma Lin, "
     "Assistant Minister of the International Department of the CPC Central Committee.",
     "Mr Poe, who was joined on the call by the General Secretary of the party, Mr Jim Doe, said the NPP valued the support.",
     ["Tom Poe", "Jim Doe"]),
    # a speaker after "said", title first and set off by commas
    ("AMMAN, Nov. 27 (Petra) -- The Chinese Embassy held a briefing session attended by Jordanian parties. Chinese "
     "Ambassador to Jordan Ma Lin introduced the session.",
     "Deeper planning deserves attention, said the Secretary-General of the Jordanian Democratic Popular Unity Party, "
     "Tom Poe, who also addressed the session.", ["Tom Poe"]),
    # a title first holding a bracketed gloss with a comma; "former premier" before the name; "after receiving"
    ("BELGRADE, March 2 (Tanjug) -- The president of the Example napredna stranka (ENS, Example Progressive Party), "
     "Tom Poe, received Chinese Ambassador to Serbia Ma Lin at the party's headquarters on Wednesday.", "", ["Tom Poe"]),
    ("(ANSA) - ROME, OCT 16 - The president of the Movimento Esempio (ME, Example Movement), former Italian premier "
     "Tom Poe, met in Beijing on Wednesday with Ma Lin, Minister of the IDCPC.", "", ["Tom Poe"]),
    ("LISBON, Nov. 4 (Lusa) -- \"Relations rest on mutual respect,\" said the Secretary-General of the Example "
     "Communist Party (ECP), Tom Poe, after receiving on Monday a delegation of the CPC led by Ma Lin, Vice-minister "
     "of the IDCPC.", "", ["Tom Poe"]),
    # a speaker after a quote, title first, "said ... after receiving"; "by the party's Secretary General, Dr X"
    ("MADRID, Nov 9 (EFE).- \"China is a partner we cannot do without,\" the secretary general of the Example Party "
     "(EP), Tom Poe, said here Tuesday after receiving a delegation of the CPC headed by Ma Lin, Vice-Minister of the "
     "IDCPC.", "", ["Tom Poe"]),
    ("DODOMA, June 18 (Daily News) -- A delegation of the CPC led by Ma Lin, Vice Minister of the IDCPC, was received "
     "on Tuesday at the headquarters of the ruling Example Party in Dodoma by the party's Secretary General, Dr Tom "
     "Poe.", "", ["Tom Poe"]),
    # those "who also took part in the meeting"; a meeting "attended by" titles first with honorifics
    ("JAKARTA, Nov. 9 (ANTARA) -- EP Secretary General Tom Poe received a CPC delegation led by Ma Lin, "
     "Vice-Minister of the IDCPC.", "EP chairman for foreign affairs Jim Doe, who also took part in the meeting, said "
     "his party would send cadres to China.", ["Tom Poe", "Jim Doe"]),
    ("HARARE, May 3 -- A CPC delegation led by Ma Lin, Vice-Minister of the IDCPC, held talks with Tom Poe, President "
     "of the Example Party.", "The meeting was attended by Example Party National Political Commissar Cde Jim Doe and "
     "Chinese Ambassador to Zimbabwe Mr Li Wen.", ["Tom Poe", "Jim Doe"]),
    # a host who "opened an international video conference"; a shortened Malay name after the full one
    ("MOSCOW, October 27. /TASS/. Chairman of the United Russia party Tom Poe on Wednesday opened an international "
     "video conference of political parties. Ma Lin, head of the IDCPC, also addressed the conference.", "",
     ["Tom Poe"]),
    ("KUALA LUMPUR, Aug 30 (Bernama) -- President of the Example National Organisation (ENO) Dato' Sri Ahmad Tom "
     "Poe today held a video call with Ma Lin, Minister of the IDCPC.", "Ahmad Tom, who is also Deputy Prime "
     "Minister, said in a statement that the discussion touched on rural development.", ["Ahmad Tom Poe"]),
    # a second office naming the party before the verb; a speaker "on behalf of" a body, "its" title and name
    ("BELGRADE, Sept. 15 -- Serbian Prime Minister Tom Poe received a CPC delegation led by Ma Lin, Vice-Minister of "
     "the IDCPC.", "On the same day, Serbian First Deputy Prime Minister and Foreign Minister Jim Doe, chairman of "
     "the Example Party of Serbia (EPS), held talks with the delegation.", ["Tom Poe", "Jim Doe"]),
    ("MONTEVIDEO, June 17 (EFE).- Parties of Latin America held a video conference with the CPC. Ma Lin, head of "
     "the IDCPC, spoke.", "Speaking on behalf of the Broad Front (FA) of Uruguay, its secretary for international "
     "relations, Ann Roe, said that the exchange is of great value.", ["Ann Roe"]),
    # a plural title first before two names; a seminar "attended by" a title first
    ("DAMASCUS, May 3 (SANA) -- The Example Party held a seminar with a CPC delegation led by Ma Lin, Vice-Minister "
     "of the IDCPC.", "Members of the Party's Central Leadership Tom al-Poe and Jim al-Doe took part in the seminar.",
     ["Tom al-Poe", "Jim al-Doe"]),
    ("VIENTIANE, Dec. 29 (KPL) -- A theoretical seminar between the LPRP and the CPC opened here.", "The seminar was "
     "attended by Politburo member of the LPRP Central Committee and Standing Deputy Prime Minister Tom Poe and by a "
     "CPC delegation led by Ma Lin, Vice-Minister of the IDCPC.", ["Tom Poe"]),
    # "a video call held on Tuesday between" a title with "and" and the CPC's minister
    ("ADDIS ABABA, March 10 (ENA) -- The parties agreed to broaden cooperation, following a video call held on "
     "Tuesday between Deputy President and General Secretary of the Prosperity Party Tom Poe and Ma Lin, Minister "
     "of the IDCPC.", "", ["Tom Poe"]),
    # a quote's opening words are no name; a party office closed by ", who said"
    ("BEIJING, May 16 (T\u00e9lam) -- \"For Peronism, China is a strategic partner,\" Tom Poe, President of the "
     "Justicialist Party (PJ), said here on Tuesday after meeting with Ma Lin, Minister of the IDCPC.", "", ["Tom Poe"]),
    ("PORT MORESBY, Sept. 26 -- Prime Minister Tom Poe received a CPC delegation led by Ma Lin, Vice-Minister of the "
     "IDCPC.", "During the visit, the delegation also held talks with former Prime Minister Jim Doe, Leader of the Example "
     "National Congress (ENC), who said that his party supports the ties.", ["Tom Poe", "Jim Doe"]),
    # a meeting "which was also attended by" a title first; an honorific's stops inside a list of pairs
    ("NEW DELHI, April 12 (PTI) -- Tom Poe, general secretary of the Example Party, met Ma Lin, Vice-Minister of the "
     "IDCPC.", "\"We discussed the border,\" Poe told PTI after the meeting at the party headquarters, which was also "
     "attended by party Polit Bureau member Jim Doe.", ["Tom Poe", "Jim Doe"]),
    ("Kampala, August 21st -- The Secretary General of Uganda's ruling Example Movement (EM), Hon. Tom Poe, on Wednesday "
     "hosted the Chinese Ambassador to Uganda, H.E. Li Wen, at the party headquarters.", "", ["Tom Poe"]),
    # Filipino names holding abbreviations
    ("BEIJING, Sept. 7 -- Ma Lin, Minister of the IDCPC, met here today with a delegation of the Example Party of the "
     "Philippines co-led by Tom Poe, President of the EP, and Ma. Ann Sta. Roe, Secretary-General of the EP.", "",
     ["Tom Poe", "Ma. Ann Sta. Roe"]),
    ("BEIJING, Sept. 10 -- Ma Lin, Minister of the IDCPC, met here today with Tom Poe, President of the Example Party "
     "of the Philippines.", "Philippine Ambassador to China Jose Jim Sta. Roe and Li Wen, vice minister of the "
     "IDCPC, also joined the meeting.", ["Tom Poe", "Jose Jim Sta. Roe"]),
    # "who is part of the 12-member delegation"; "talks held today between"; a long party name before a title
    ("HARARE, Nov. 22 (The Herald) -- A ZANU-PF delegation led by Cde Tom Poe, the party's Secretary for External "
     "Relations, met Ma Lin, Vice-Minister of the IDCPC, in Beijing on Wednesday.", "Politburo member and Senate "
     "President Cde Jim Doe, who is part of the 12-member delegation, said the Women's League would welcome ties.",
     ["Tom Poe", "Jim Doe"]),
    ("Addis Ababa, November 6/2024 (ENA) -- The parties agreed to deepen their partnership, during talks held today "
     "between PP Vice President Ato Tom Poe and a CPC delegation led by Ma Lin, Vice-Minister of the IDCPC.", "",
     ["Tom Poe"]),
    ("LUSAKA, Oct. 11 (Times of Zambia) -- \u201cWe want our cadres to learn,\u201d United Party for National "
     "Development (UPND) Secretary General Tom Poe said on Tuesday during a video call with Ma Lin, Minister of the "
     "IDCPC.", "", ["Tom Poe"]),
    # an ambassador who "gave a detailed introduction"; a spokesperson who "also addressed the session"; a founder
    # recalled in a friendship is no participant
    ("HARARE, April 18 (The Herald) -- The Chinese Embassy held a briefing session for parties of the region.",
     "Chinese Ambassador to Zimbabwe Li Wen gave a detailed introduction to the report. Example Party spokesperson Cde "
     "Tom Poe also addressed the session. Poe recalled the friendship between Zimbabwe's first President, Dr Jim "
     "Doe, and the leaders of China.", ["Tom Poe"]),
    # a title first set off by commas, "conveyed the thanks ... during a video call with"
    ("MAPUTO, June 19 (AIM) -- The Example Party thanked the CPC for its help against the pandemic.", "The Secretary "
     "General of the Example Party (EP), Tom Poe, conveyed the thanks on Thursday during a video call with Ma Lin, "
     "Minister of the IDCPC.", ["Tom Poe"]),
    # pairs of titles and names opening a sentence, or after "in which"
    ("MADRID, July 20 (EFE).- Parties of Europe held a video conference with the CPC on the recovery.", "The secretary "
     "of international relations of the EP, Tom Poe, the secretary general of the SP, Jim Doe, and the secretary "
     "general of the CP, Ann Roe, also spoke during the event.", ["Tom Poe", "Jim Doe", "Ann Roe"]),
    ("MADRID, Mar 3 (EFE).- The Example Party (EP) and the CPC held a video call today in which the EP's Secretary "
     "for International Relations, Tom Poe, and the head of the International Department of the CPC Central "
     "Committee, Ma Lin, discussed the pandemic.", "", ["Tom Poe"]),
])
def test_titles_set_off_by_commas_before_names(lead, later, foreign):
    assert _side(_event("Parties hold talks", "2023.09.08", lead, later or "Both sides agreed."), "foreign") == foreign


def test_an_agency_dateline_with_the_year_after_a_slash():
    assert parse_dateline("Beijing, November 8/2023 (ENA) -- The party").day == 8


@pytest.mark.parametrize("later", [
    "Chinese Ambassador to Nepal Tom Poe accompanied the delegation.",
    "China's ambassador to Nepal, Tom Poe, accompanied the delegation.",
])
def test_an_envoy_who_accompanied_the_delegation_takes_part(later):
    e = _event("CPC delegation visits Nepal", "2019.05.06",
               "KATHMANDU, May 5 -- A CPC delegation led by Ma Lin, Vice-Minister of the International Department of the "
               "CPC Central Committee, met with Jim Doe, Chairman of the Nepali Congress.", later)
    assert _side(e, "cpc") == ["Ma Lin", "Tom Poe"]


@pytest.mark.parametrize("lead, later, foreign", [
    # a date with its weekday set off by commas between the subject and its verb
    ("Zimbabwe African National Union-Patriotic Front (ZANU-PF) Secretary-General Dr Tom Poe on Tuesday, June 18, held "
     "talks in Harare with a visiting delegation of the CPC led by Ma Lin, Vice-Minister of the IDCPC.",
     "Both sides agreed.", ["Tom Poe"]),
    # a capitals dateline with a full stop; a host who "opened the seminar"
    ("KAMPALA. The ruling National Resistance Movement (NRM) and the CPC on Tuesday, March 15, held a joint seminar on "
     "party building.", "NRM secretary general Tom Poe opened the seminar at the party's headquarters. Ma Lin, Vice "
     "Minister of the International Department of the CPC Central Committee, addressed it by video link.", ["Tom Poe"]),
    # speakers of a conference: a title first and set off by commas in a list of speakers; a subject with "in
    # his video address" set off by commas before "said"
    ("KUALA LUMPUR, June 8 (Bernama) -- Parties of ASEAN and China held a video conference on the recovery. Ma Lin, "
     "Vice-Minister of the IDCPC, delivered a keynote speech.", "Among the other speakers were the president of the "
     "Example National Organisation (ENO), Datuk Seri Dr Tom Poe, and Jim Doe, chairman of the Example Party of "
     "Laos.", ["Tom Poe", "Jim Doe"]),
    ("KUALA LUMPUR, June 8 (Bernama) -- Parties of ASEAN and China held a video conference on the recovery. Ma Lin, "
     "Vice-Minister of the IDCPC, delivered a keynote speech.", "Example National Organisation (ENO) president "
     "Datuk Seri Tom Poe, in his video address, said closer cooperation would speed up growth.", ["Tom Poe"]),
    # a clause of the subject's set off by commas: where it speaks from, who accompanies it
    ("JAKARTA, Nov. 18 (ANTARA) -- Parties of Asia held a video conference with the CPC on vaccines. Ma Lin, "
     "Minister of the IDCPC, delivered a keynote speech.", "EPP Secretary-General Tom Poe, speaking from the party's "
     "office in Menteng, Central Jakarta, said parties carried a responsibility.", ["Tom Poe"]),
    ("JAKARTA, June 10 (ANTARA) -- The Example Party and the CPC held a video conference with many parties on "
     "vaccines.", "EPP secretary general Tom Poe, accompanied by Jim Doe, a member of the party's central board, "
     "spoke from the party's headquarters with Ma Lin, head of the IDCPC, who joined from Beijing.",
     ["Tom Poe", "Jim Doe"]),
])
def test_subjects_with_dates_set_off_and_hosts_who_open_a_seminar(lead, later, foreign):
    assert _side(_event("Parties hold talks", "2022.03.16", lead, later), "foreign") == foreign


def test_a_capitals_dateline_with_a_full_stop():
    assert parse_dateline("KAMPALA. The ruling party").city == "Kampala"
