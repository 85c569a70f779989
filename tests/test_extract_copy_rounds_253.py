"""Copies of the kinds rounds 253 and 254 read wrong at 0.22.343 on first sight (rows of our own sentences): plans and
announcements whose speaker, counterpart or occasion is told in shapes not read before, people of another time or
place, a region's adjective before "party", a generic party name whose acronym another country's row holds, and the
next stop of a trip."""
from __future__ import annotations

import pytest

from tests.release_text import release
from tests.test_extract_copy_agreements import MA, _read

ANN = "EP to send delegation to China"


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "following talks here between A and a visiting CPC delegation": A met it
    ("EP and CPC pledge closer ties", "2006.08.25", "MONROVIA, Aug. 24 (Xinhua) -- Liberia's ruling Example Party (EP) and "
     "the CPC pledged on Tuesday to broaden their exchanges, following talks here between EP Chairman Tom Poe and a "
     "visiting CPC delegation.", f"The delegation was led by {MA}.", "foreign", ["Tom Poe"]),
    # a plan announced "at the close of a visit ... by a CPC delegation"
    ("EP and CPC to step up exchanges", "2007.04.18", "Lom\u00e9, 17 April (ATP) \u2013 The Example Party (EP) and the CPC "
     "will step up exchanges between their cadres, EP Secretary General Tom Poe announced at the close of a visit to Togo "
     "by a CPC delegation from 14 to 17 April.", f"The delegation was led by {MA}.", "foreign", ["Tom Poe"]),
    # the speaker told last as "its National Chairman, Alhaji X, has said", then "X disclosed this ... when he led ..."
    ("EP to send officials to China", "2013.09.06", "Beijing, Sept. 5, 2013 (NAN) The Example Party (EP) will send 100 of "
     "its officials to China for training, its National Chairman, Alhaji Tom Poe, has said.", "Poe disclosed this on "
     f"Thursday in Beijing when he led a delegation of the party to a meeting with Mr {MA}.", "foreign", ["Tom Poe"]),
    # "X made the disclosure on Friday when the Chinese Ambassador to Liberia, Y, paid a courtesy visit on ..."
    ("EP to set up party school", "2019.12.28", "Monrovia, Dec. 28 (LINA) \u2013 The ruling Example Party (EP) says it "
     "will set up a party school with the help of the CPC.", "EP Chairman Tom Poe made the disclosure on Friday when the "
     "Chinese Ambassador to Liberia, Ma Lin, paid a courtesy visit on the party\u2019s leadership at its headquarters.",
     "cpc", ["Ma Lin"]),
    ("EP to set up party school", "2019.12.28", "Monrovia, Dec. 28 (LINA) \u2013 The ruling Example Party (EP) says it "
     "will set up a party school with the help of the CPC.", "EP Chairman Tom Poe made the disclosure on Friday when the "
     "Chinese Ambassador to Liberia, Ma Lin, paid a courtesy visit on the party\u2019s leadership at its headquarters.",
     "foreign", ["Tom Poe"]),
    # "X said Thursday in a message marking the 100th anniversary": a message
    ("EP vows to deepen ties with CPC", "2021.07.02", "BANJUL, July 1 (Xinhua) -- The Example Party (EP) will work with "
     "the CPC to take the friendship to a higher level, EP leader Tom Poe said Thursday in a message marking the 100th "
     "anniversary of the founding of the CPC.", "Poe extended warm congratulations.", "type", ("message", "written")),
    # an announcer "disclosed this in a statement"
    (ANN, "2019.08.13", "Abuja, Aug. 12, 2019 (NAN) The Example Party (EP) says its National Chairman, Tom Poe, will "
     "lead a delegation of the party to China later this month.", "The party\u2019s National Publicity Secretary, Sam Roe, "
     "disclosed this in a statement issued in Abuja on Monday.", "foreign", ["Sam Roe", "Tom Poe"]),
    # "President X, the party leader, is expected in Beijing in May for the ... Forum": another trip
    ("CPC delegation due", "2017.02.08", "NAIROBI, Feb 7 \u2013 A delegation of the CPC will arrive in the country on "
     "Sunday for a five-day visit, EP Secretary General Tom Poe announced on Tuesday.", "President Sam Roe, the party "
     "leader, is expected in Beijing in May for the Belt and Road Forum for International Cooperation.", "foreign",
     ["Tom Poe"]),
    # "will arrive in Zimbabwe next Monday for a four-day visit": announced, on the day it was said
    ("CPC delegation due next week", "2009.03.04", "HARARE, March 3 (Xinhua) -- A delegation of the CPC led by Ma Lin, "
     "secretary of the CPC Sichuan Provincial Committee, will arrive in Zimbabwe next Monday for a four-day visit, EP "
     "Secretary for Information Tom Poe said here on Tuesday.", "Poe told reporters at the party's headquarters that the "
     "Chinese guests would hold talks with the leadership of the Example Party (EP), led by National Chairman Sam Roe.",
     "type", ("other", None)),
    ("CPC delegation due next week", "2009.03.04", "HARARE, March 3 (Xinhua) -- A delegation of the CPC led by Ma Lin, "
     "secretary of the CPC Sichuan Provincial Committee, will arrive in Zimbabwe next Monday for a four-day visit, EP "
     "Secretary for Information Tom Poe said here on Tuesday.", "Poe told reporters at the party's headquarters that the "
     "Chinese guests would hold talks with the leadership of the Example Party (EP), led by National Chairman Sam Roe.",
     "foreign", ["Sam Roe", "Tom Poe"]),
    # "hosted in Windhoek a meeting of former liberation movements": a gathering of many parties
    ("CPC delegation attends meeting", "2010.08.28", "From August 24th to 26th, the Example Party hosted in Windhoek a "
     f"meeting of former liberation movements of Southern Africa. {MA}, attended the meeting.", "Tom Poe spoke at the "
     "meeting.", "type", ("conference", "in_person")),
    # "said the understanding was reached at his meeting with Y here today": the speaker's own meeting
    ("EP, CPC to hold dialogue", "2011.08.23", "BEIJING, Aug 23 (Bernama) -- The Example Party (EP) and the CPC have "
     "agreed to hold an annual dialogue between their senior leaders and to send more young cadres on study visits to "
     "each other's country.", "Deputy Prime Minister Tan Sri Tom Poe, who is also EP "
     "deputy president, said the understanding was reached at his meeting with CPC International Department Minister "
     "Ma Lin here today.", "cpc", ["Ma Lin"]),
])
def test_round_253_rows(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_a_party_backing_a_president_names_no_participant_and_a_region_no_party():
    got = _read("CPC delegation visits Benin", "2019.06.20", "COTONOU, June 19 (Xinhua) -- Tom Poe, president of the "
                f"Example Party, met here Wednesday with {MA}.", "Ma also held talks with Sam Roe, president of the Republican "
                "Bloc (BR), the other major party backing President Ben Coe. He later addressed a seminar for West African "
                "party officials.")
    assert (got["foreign"], got["parties"]) == (["Sam Roe", "Tom Poe"], ["Example Party", "Republican Bloc"])


def test_a_generic_name_with_another_countrys_acronym():
    r = release("CPC delegation visits Montenegro", "2008.09.25", "Podgorica, September 23rd\u2014Ma Lin, Member of the "
                "Secretariat of the CPC Central Committee, met separately here today with Tom Poe, President of the "
                "Social Democratic Party (SDP) and Speaker of the Parliament of Montenegro.", "Poe said that the SDP is "
                "willing to establish regular contacts with the CPC.")
    assert [(e.countries, [p.country_code for p in e.parties]) for e in r.events] == [(("ME",), ["ME"])]


def test_the_next_stop_after_the_invitation_takes_no_part():
    r = release("CPC delegation visits Serbia", "2007.06.13", "BELGRADE, June 12 (Xinhua) -- Tom Poe, president of the "
                f"Democratic Party of Serbia (DSS), met here Tuesday with a visiting CPC delegation led by {MA}.", "The CPC "
                "delegation arrived in Belgrade on Sunday at the invitation of the DSS and will leave for Montenegro on "
                "Thursday.")
    assert [e.countries for e in r.events] == [("RS",)]


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "In Montevideo earlier in the week, Yu held talks with X": an earlier stop
    ("CPC delegation visits Argentina", "2010.05.21", "BUENOS AIRES, May 20 (Xinhua) -- Tom Poe, president of the "
     f"Example Party, met here Thursday with a CPC delegation led by {MA}.", "In Montevideo earlier in the week, Ma held "
     "talks with Sam Roe, President of the Frente Amplio.", "foreign", ["Tom Poe"]),
    # "Chairman of the party's Political Council X announced on Thursday." then "He made the announcement at a seminar"
    ("EP to study poverty reduction", "2019.06.21", "TASHKENT, June 20 (UzA) \u2013 The Example Party (EP) will set up a "
     "working group to study China's experience in poverty reduction, Chairman of the party's Political Council Tom Poe "
     "announced on Thursday.", "He made the announcement at a seminar on poverty reduction that the EP held in Tashkent "
     "together with the CPC.", "foreign", ["Tom Poe"]),
    # "said Haji X, Second Deputy Chief Executive": the honorific is no part of the name
    ("Afghan parties to work with CPC", "2015.01.23", "BEIJING, Jan. 22 (Xinhua) -- Afghan political parties will work "
     "with the CPC to promote stability, said Haji Tom Poe, Second Deputy Chief Executive of Afghanistan and leader of "
     "the Example Party of Afghanistan, here on Thursday.", "Poe, who leads a delegation of Afghan party leaders on a "
     f"visit to China, made the pledge during a meeting with {MA}.", "foreign", ["Tom Poe"]),
    # "the MPLA secretary general, X, announced" then "X was speaking ... after receiving the ambassador of the PRC in Angola, Y,"
    ("EP and CPC to sign protocol", "2017.04.07", "Luanda \u2013 The Example Party (EP) and the CPC are to sign a new "
     "cooperation protocol covering cadre training, the exchange of delegations and party schools, the EP secretary "
     "general, Tom Poe, announced on 6 April in Luanda.", "Tom Poe was speaking to the press after receiving the "
     "ambassador of the People's Republic of China in Angola, Ma Lin, at the party headquarters.", "cpc", ["Ma Lin"]),
    ("EP and CPC to sign protocol", "2017.04.07", "Luanda \u2013 The Example Party (EP) and the CPC are to sign a new "
     "cooperation protocol covering cadre training, the exchange of delegations and party schools, the EP secretary "
     "general, Tom Poe, announced on 6 April in Luanda.", "Tom Poe was speaking to the press after receiving the "
     "ambassador of the People's Republic of China in Angola, Ma Lin, at the party headquarters.", "foreign", ["Tom Poe"]),
    # a Thai speaker named again by the given name: "Sudarat made the announcement during talks with"
    ("EP to send organizers to China", "2005.08.10", "BANGKOK, Aug. 9 (Xinhua) -- Thailand's ruling Example Party will "
     "send a group of its provincial organizers to China, the party's deputy leader Khunying Sudarat Poe said here "
     "Tuesday.", f"Sudarat made the announcement during talks with a visiting CPC delegation headed by {MA}.", "foreign",
     ["Sudarat Poe"]),
    # "X told Chinese Ambassador to Myanmar Y, who called on him at the party's headquarters"
    ("EP to support corridor", "2020.02.13", "NAY PYI TAW, Feb. 12 (Xinhua) -- Myanmar's Example Party (EP) will "
     "continue to support the economic corridor, EP Chairman U Tom Poe told Chinese Ambassador to Myanmar Ma Lin, who "
     "called on him at the party's headquarters here on Wednesday.", "Both sides exchanged views.", "cpc", ["Ma Lin"]),
    # "In a statement today, X said the delegation is scheduled to meet": the announcer
    (ANN, "2024.05.07", "KUALA LUMPUR, May 6 (Bernama) -- Example Party (EP) president Tom Poe will lead a delegation to "
     "China from May 10.", f"In a statement today, EP secretary-general Datuk Sam Roe said the delegation is scheduled to "
     f"meet {MA}, in Beijing.", "foreign", ["Sam Roe", "Tom Poe"]),
    # "national chairman X joined Lim in hosting a dinner for the visitors"
    ("EP receives CPC delegation", "2018.09.27", "KUALA LUMPUR, Sept 26 (Bernama) -- Finance Minister Tom Lim, who is "
     f"also Example Party (EP) secretary-general, today received a delegation of the CPC led by {MA}.", "EP national "
     "chairman Sam Roe joined Lim in hosting a dinner for the visitors in the evening.", "foreign", ["Sam Roe", "Tom Lim"]),
    # "would hold talks with A ..., and call on Chinese Vice President B"; "Former minister C would accompany Sharif, he added"
    (ANN, "2010.10.12", "ISLAMABAD, Oct 11 (APP): Example Party (EP) President Tom Sharif will lead a party delegation to "
     "China from October 18, EP spokesman Sam Roe announced here on Monday.", f"Talking to reporters, Roe said the "
     f"delegation would hold talks with {MA}, and call on Chinese Vice President Xi Jinping during the week-long visit. "
     "Former finance minister Ben Coe would accompany Sharif, he added.", "foreign", ["Ben Coe", "Sam Roe", "Tom Sharif"]),
    (ANN, "2010.10.12", "ISLAMABAD, Oct 11 (APP): Example Party (EP) President Tom Sharif will lead a party delegation to "
     "China from October 18, EP spokesman Sam Roe announced here on Monday.", f"Talking to reporters, Roe said the "
     f"delegation would hold talks with {MA}, and call on Chinese Vice President Xi Jinping during the week-long visit. "
     "Former finance minister Ben Coe would accompany Sharif, he added.", "cpc", ["Ma Lin", "Xi Jinping"]),
    # "X told reporters that EP co-chairs A and B would address the opening session"
    ("CPC delegation to attend symposium", "2019.09.17", "KATHMANDU, Sept. 16 (Xinhua) -- A delegation of the CPC led by "
     f"{MA}, will arrive here on Sept. 23 for a two-day symposium with the ruling Example Party (EP), EP spokesperson Tom "
     "Poe said on Monday.", "Poe told reporters that EP co-chairs Sam Roe and Ben Coe would address the opening session "
     "of the symposium.", "foreign", ["Ben Coe", "Sam Roe", "Tom Poe"]),
    # "... under a memorandum signed in Beijing on July 11": guests met in China, whatever the dateline
    ("EP and CPC sign memorandum", "2023.07.12", "ASTANA, July 12 (Kazinform) \u2013 The Example Party and the CPC will "
     "hold regular consultations under a memorandum of cooperation signed in Beijing on July 11, the party's press "
     f"service reports.", f"The document was signed by Chairman of the Example Party Tom Poe and {MA}, after talks between "
     "the two.", "type", ("meeting", "in_person")),
])
def test_round_254_rows(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("name, country", [("G17 Plus", "RS"), ("Hezb-e-Islami", "AF"),
                                           ("Ecological Party of Uzbekistan", "UZ"), ("Dhivehi Rayyithunge Party", "MV")])
def test_parties_added_to_the_dictionary(name, country):
    r = release("CPC delegation visits", "2009.06.12", f"A delegation of the CPC led by {MA}, held talks here today with "
                f"Tom Poe, president of {name}.")
    assert [(p.name, p.country_code) for p in r.events[0].parties] == [(name, country)]
