"""Shapes of rounds 228 and 232 mended before round 233's first look (rows of our own sentences). Types: an
agreement "reached here Tuesday when a senior CPC official met with visiting EP leader X" (a meeting), a delegation
that "will leave here for Beijing tomorrow on a week-long visit" (an announcement). People found: a Chinese region's
"party secretary" written title first in a foreign copy (CPC side, and no party), "Chairman of the A X, on a visit to
China at the head of a party delegation, met", "the delegation would also include party vice-chairman X", "and to call
on Chinese Vice-President X", "party leader and Prime Minister X told the Chinese ambassador here Monday", "The talks via
video link were held between A and B", "received this morning at the Peace Palace H.E. X, Ambassador of ...",
"Opening the debate, A national president X highlighted", "Spokesperson X said" opening a paragraph of an announcement.
Parties: "Umno" for the UMNO. Countries: a tour's coming legs ("a tour that will also take it to A and B") are not
this stop's."""
from __future__ import annotations

import pytest

from parsers.release import parse_release
from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    ("CPC, EP agree on regular dialogue", "2005.11.08", "BEIJING, Nov. 8 (Xinhua) -- The Communist Party of China (CPC) "
     "and the Example Party (EP) will hold regular exchanges of views on employment, under an understanding reached here "
     "Tuesday when a senior CPC official met with visiting EP leader Tom Poe.", f"{MA}, told Poe that the CPC valued "
     "the contacts.", "type", ("meeting", "in_person")),
    ("EP delegation leaves for China tomorrow", "2014.05.18", "DHAKA, May 18 (BSS) - A ten-member delegation of the "
     "Example Party (EP) led by its Joint General Secretary Tom Poe will leave here for Beijing tomorrow on a week-long "
     "visit at the invitation of the Communist Party of China (CPC).", "Poe disclosed this while talking to newsmen.",
     "type", ("other", None)),
])
def test_types_of_rounds_228_and_232(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, name", [
    ("EP, CPC to step up youth exchanges", "2019.08.20", "KUALA LUMPUR, Aug 20 (Bernama) -- The Example Party (EP) and "
     "the Communist Party of China (CPC) have agreed to expand exchanges between their youth wings, said EP president "
     "Tom Poe.", "He said the understanding was reached when he received a CPC delegation led by Guangxi Zhuang "
     "Autonomous Region party secretary Zhang Dewei at the party's headquarters here today.", "cpc", "Zhang Dewei"),
    ("Poe meets CPC official in Beijing", "2019.06.10", "Prague, June 10 \u2013 Chairman of the Example Party (EP) Tom "
     f"Poe, on a visit to China at the head of a party delegation, met in Beijing on June 7 with {MA}.",
     "Poe returned to Prague on Sunday.", "foreign", "Tom Poe"),
    ("Poe to lead EP delegation to China", "2010.09.08", "KATHMANDU, Sept 8 (RSS): Chairman of the Example Party (EP) "
     "Tom Poe will leave for China on Sunday on a week-long visit at the invitation of the Communist Party of China "
     "(CPC), party spokesperson Bob Roe said on Wednesday.", "Talking to reporters, Roe said the six-member delegation "
     "would also include party vice-chairman Ann Lee and central committee member Sam Orr.", "foreign", "Ann Lee"),
    ("Poe to lead EP delegation to China", "2010.09.08", "KATHMANDU, Sept 8 (RSS): Chairman of the Example Party (EP) "
     "Tom Poe will leave for China on Sunday on a week-long visit at the invitation of the Communist Party of China "
     "(CPC), party spokesperson Bob Roe said on Wednesday.", f"During the visit, Poe is scheduled to hold talks with "
     f"{MA}, and to call on Chinese Vice-President Xi Jinping.", "cpc", "Xi Jinping"),
    ("EP to send young cadres to China", "2020.01.02", "ROSEAU, Dec. 30 (Xinhua) -- The ruling Example Party (EP) plans "
     "to send a group of its young cadres to China next year, party leader and Prime Minister Tom Poe told the Chinese "
     "ambassador here Monday.", "Poe made the remarks during a meeting with Chinese Ambassador to Dominica Wang Dewei.",
     "foreign", "Tom Poe"),
    ("EP, CPC to sign new memorandum", "2020.10.15", "NUR-SULTAN. KAZINFORM \u2013 The Example Party and the Communist "
     "Party of China intend to sign an updated memorandum of cooperation, it was agreed during online talks held on 15 "
     "October.", "The talks via video link were held between First Deputy Chairman of the Example Party Tom Poe and "
     f"{MA}.", "foreign", "Tom Poe"),
    ("EP leader receives Chinese Ambassador", "2010.11.03", "Phnom Penh, Nov. 3 (AKP) -- Tom Poe, President of the "
     "Example Party (EP), received this morning at the Peace Palace H.E. Wang Dewei, Ambassador of the People's "
     "Republic of China to Cambodia.", "The Chinese diplomat briefed Poe on the plenum.", "cpc", "Wang Dewei"),
    ("EP and the CPC hold online seminar", "2023.09.15", "S\u00e3o Paulo, September 14 \u2013 The Example Party (EP) and "
     "the Communist Party of China (CPC) held an online seminar on Thursday on development.", "Opening the debate, EP "
     f"national president Tom Poe highlighted the new phase of relations.\n\n{MA}, presented the CPC's experience.",
     "foreign", "Tom Poe"),
    ("EP leader to visit China", "2019.10.15", "BEIJING, Oct. 15 (Xinhua) -- Tom Poe, political leader of the Example "
     "Party (EP), will visit China from Oct. 20 to 26 at the invitation of the Communist Party of China (CPC), a "
     "spokesperson for the International Department of the CPC Central Committee said Tuesday.", "Spokesperson Hu "
     "Zhaoming said Chinese leaders will meet with Poe during his stay in Beijing.", "cpc", "Hu Zhaoming"),
])
def test_people_of_rounds_228_and_232(title, pub, lead, later, field, name):
    assert name in _read(title, pub, lead, later)[field]


def test_a_chinese_region_named_before_party_secretary_is_no_party():
    got = _read("EP, CPC to step up youth exchanges", "2019.08.20", "KUALA LUMPUR, Aug 20 (Bernama) -- EP president Tom "
                "Poe received a CPC delegation led by Guangxi Zhuang Autonomous Region party secretary Zhang Dewei at the "
                "headquarters of the Example Party (EP) here today.", "Poe said the talks went well.")
    assert got["parties"] == ["Example Party"]


def test_umno_is_the_united_malays_national_organisation():
    got = _read("Umno leader receives CPC delegation", "2014.11.07", "KUALA LUMPUR, Nov 6 (Bernama) -- Umno deputy "
                f"president Tan Sri Tom Poe today received a visiting delegation of the CPC led by {MA}, at his office.",
                "Poe said the two parties should share experience.")
    assert got["parties"] == ["United Malays National Organisation"]


def test_a_tours_coming_legs_are_not_this_stops_countries():
    text = ("CPC delegation tours Chile\n ( 2012.03.29 )\n\nSANTIAGO, March 28 \u2014 A delegation of the Communist Party "
            "of China (CPC) headed by Zhang Dewei, Secretary of the CPC Gansu Provincial Committee, is in Chile this week "
            "at the invitation of the Communist Party of Chile (PCCh), as part of a Latin American tour that will also "
            "take it to Argentina and Uruguay.\n\nOn Wednesday, the party's president, Tom Poe, received the visitors at "
            "the PCCh headquarters.\n")
    assert parse_release(text).events[0].countries == ("CL",)


# Round 233's first look (rows of our own sentences).
@pytest.mark.parametrize("title, pub, lead, later, value", [
    ("EP, CPC to hold joint seminar", "2008.11.18", "Damascus, November 17 (SANA) \u2013 The Example Party (EP) and the "
     "Communist Party of China (CPC) agreed to hold a joint seminar in Damascus next year.", "The agreement came on "
     f"Monday during talks between EP Secretary Tom Poe and a visiting CPC delegation headed by {MA}.",
     ("visit", "in_person")),
    ("EP to deepen ties with CPC, Poe tells Chinese official", "2009.09.04", "Kathmandu, Sept 3 (RSS) \u2013 The Example "
     "Party (EP) will send a delegation of its central leaders to China next month, EP President Tom Poe said on "
     f"Thursday.", f"Poe said this in a telephone conversation with {MA}, who called him.", ("call", "phone")),
    ("EP to send legislators to China", "2012.06.14", "Jakarta, June 13 (ANTARA) - The Example Party (EP) plans to send "
     "a team of its legislators to China later this year, EP chairman Tom Poe said here on Wednesday.", "Poe, who is also "
     "the Manpower Minister, made the statement after receiving Chinese Ambassador to Indonesia Liu Jianchao at the EP "
     "office.", ("meeting", "in_person")),
    ("EP, CPC to co-organise forum", "2015.08.20", "KUALA LUMPUR, Aug 20 (Bernama) -- The Example Party (EP) and the "
     "Communist Party of China (CPC) will jointly organise a forum here in December on business opportunities, said EP "
     "president Tom Poe.", "He said the forum was agreed on when he received a delegation of the CPC International "
     f"Department led by {MA}, at the party headquarters today.", ("visit", "in_person")),
    ("EP delegation concludes visit to China", "2006.11.22", "Lisbon, 22 November \u2013 A delegation of the Example "
     "Party (EP) headed by its Secretary-General, Tom Poe, was in the People\u2019s Republic of China from 13 to 20 "
     "November at the invitation of the Communist Party of China, and returned to Lisbon this Wednesday.", "In Beijing, "
     f"the EP delegation held talks with a CPC delegation headed by {MA}.", ("meeting", "in_person")),
    ("EP and CPC sign memorandum", "2024.03.15", "MINSK, 15 March (BelTA) \u2013 Chairman of the Example Party Tom Poe and "
     f"{MA} met in Beijing today and signed a memorandum of cooperation.", "Poe praised the CPC.", ("meeting", "in_person")),
    ("EP takes part in online conference hosted by the CPC", "2020.06.11", "Chi\u0219in\u0103u, 11 June \u2013 The "
     "Executive Secretary of the Example Party (EP), Tom Poe, on Thursday took part via video link in an international "
     "online conference on cooperation against COVID-19, organised by the International Department of the Central "
     f"Committee of the Communist Party of China.", f"The conference was opened by {MA}.", ("conference", "video")),
])
def test_types_of_round_233(title, pub, lead, later, value):
    assert _read(title, pub, lead, later)["type"] == value


@pytest.mark.parametrize("title, pub, lead, later, field, name", [
    ("EP and CPC agree on cadre exchanges", "2006.11.09", "Montevideo, Nov 8 (Prensa Latina) The Example Party (EP) and "
     "the Communist Party of China (CPC) agreed on Wednesday to exchange study delegations.", "The accord came out of "
     "talks at the EP headquarters between the coalition\u2019s president, Tom Poe, and a CPC delegation headed by "
     f"{MA}.", "foreign", "Tom Poe"),
    ("EP, CPC set up exchange mechanism", "2018.09.14", "SANTO DOMINGO, Sept. 13 (Xinhua) -- EP President Tom Poe "
     f"received a CPC delegation led by {MA}.", "EP Secretary General Bob Roe later joined the Chinese delegation for a "
     "working lunch at the party's headquarters.", "foreign", "Bob Roe"),
    ("EP congratulates CPC", "2009.09.30", "ULAANBAATAR, September 30 (MONTSAME) -- The Chairman of the Example Party (EP) "
     "S. Poe has sent a message of congratulations to Hu Jintao, General Secretary of the Central Committee of the "
     "Communist Party of China.", f"A similar message was sent by EP Secretary General U. Roe to {MA}.", "foreign",
     "U. Roe"),
    ("EP leader receives Chinese envoy", "2013.05.14", "Ramallah, May 14 (WAFA) \u2013 Member of the Central Committee of "
     "the Example Party (EP), Tom Poe, received today at his office in Ramallah the Director of the Office of China to the "
     "State of Palestine, Wang Dewei.", "Poe thanked China.", "cpc", "Wang Dewei"),
])
def test_people_of_round_233(title, pub, lead, later, field, name):
    assert name in _read(title, pub, lead, later)[field]


@pytest.mark.parametrize("title, pub, lead, later, field, name", [
    ("EP congratulates CPC", "2009.09.30", "ULAANBAATAR, September 30 (MONTSAME) -- The Chairman of the Example Party (EP) "
     "S. Poe has sent a message of congratulations to Hu Jintao, General Secretary of the Central Committee of the "
     "Communist Party of China.", "A similar message was sent by EP Secretary General U. Roe to Wang Jiarui, Head of the "
     "International Department of the CPC Central Committee.", "cpc", "Wang Jiarui"),
    ("EP greets the CPC", "2011.07.01", "London, 1 July \u2013 The general secretary of the Example Party, Tom Poe, has "
     "sent a message of warm congratulations to Hu Jintao, General Secretary of the Central Committee of the Communist "
     "Party of China.", f"The message recalls the fraternal discussions held in Beijing in 2009 between an EP delegation "
     f"and {MA}.", "cpc", "Ma Lin"),
    ("Poe receives CPC delegation", "2008.06.03", "Damascus, 3 June (SANA) \u2013 EP Secretary Tom Poe received today a "
     f"delegation of the Communist Party of China headed by {MA}.", "The Chinese delegation arrived in Damascus on Sunday "
     "coming from Beirut, where it had held talks with Lebanese Parliament Speaker Bob Roe.", "foreign", "Bob Roe"),
])
def test_kept_out_in_round_233(title, pub, lead, later, field, name):
    assert name not in _read(title, pub, lead, later)[field]


@pytest.mark.parametrize("text, city, day", [
    ("EP leader receives CPC delegation\n ( 2017.03.09 )\n\nAPIA, 09 MARCH 2017 (Samoa Government Press Secretariat) "
     f"\u2013 EP Leader Tom Poe this morning received at his office a delegation of the CPC led by {MA}.\n", "Apia",
     "2017-03-09"),
    ("EP delegation holds talks in Beijing\n ( 2005.10.19 )\n\nYEREVAN, OCTOBER 19, ARMENPRESS: A delegation of the "
     f"Example Party (EP) led by Tom Poe was received on October 18 in Beijing by {MA}.\n", "Yerevan", "2005-10-18"),
])
def test_datelines_of_round_233(text, city, day):
    r = parse_release(text)
    assert (r.dateline_city, r.events[0].event_date.isoformat()) == (city, day)
