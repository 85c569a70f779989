"""Copies of the kinds rounds 255 and 256 read wrong at 0.22.343 on first sight (rows of our own sentences): a lead's
speaker told "according to" and then at his own contact, counterparts of "a meeting at the party's headquarters in ...
between", "an understanding reached in Maputo on Wednesday between" and "agreed A and B, ..., during a meeting held
in Beijing", guests who "have confirmed that they will address", an earlier stop before an arrival, initials that end
no sentence, "wa" and "Jr." in names, the mourned's second office, occasions told with their day or to an
agency, a virtual meeting with one counterpart, a video call over a background paragraph, a party whose written
country is not its acronym's row, and the parties of "Senior officials of all six parties attended"."""
from __future__ import annotations

import pytest

from tests.release_text import release
from tests.test_extract_copy_agreements import MA, _read

ANN = "CPC to hold dialogue with world parties"


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # ", according to ... Mr X." then "Mr X gave the assurance here today while receiving ..."
    ("EP and CPC to increase exchanges", "2009.05.15", "Vientiane, May 14 (KPL) \u2013 The Example Party and the CPC will "
     "further increase exchanges of cadres, according to Politburo member and Standing Deputy Prime Minister Mr Tom "
     "Poe.", f"Mr Tom gave the assurance here today while receiving a delegation of the CPC led by {MA}.", "foreign",
     ["Tom Poe"]),
    # "after a meeting at the party's headquarters in the Salvadoran capital between X and a visiting CPC delegation"
    ("EP and CPC pledge exchanges", "2011.08.22", "San Salvador, Aug 21 (Prensa Latina) The Example Party (EP) and the CPC "
     "pledged today to broaden their exchanges, after a meeting at the party\u2019s headquarters in the Salvadoran capital "
     f"between EP Secretary General Tom Poe and a visiting CPC delegation.", f"The delegation was led by {MA}.", "foreign",
     ["Tom Poe"]),
    # "under an understanding reached in Maputo on Wednesday between X and a visiting CPC delegation"
    ("EP and CPC to step up training", "2007.09.13", "Maputo, 12 Sep (AIM) \u2013 The Example Party (EP) and the CPC are to "
     "step up the training of party cadres, under an understanding reached in Maputo on Wednesday between EP General "
     "Secretary Tom Poe and a visiting CPC delegation.", f"The delegation was led by {MA}.", "foreign", ["Tom Poe"]),
    # "..., agreed A Secretary General X and Y, Minister of ..., during a meeting held in Beijing on April 9."
    ("EP and CPC to strengthen cooperation", "2024.04.10", "The Example Party (EP) and the CPC will strengthen "
     "cooperation in the political training of their members, agreed EP Secretary General Ann Doe and Ma Lin, Minister "
     "of the International Department of the CPC Central Committee, during a meeting held in Beijing on April 9.",
     "Both sides exchanged views.", "foreign", ["Ann Doe"]),
    # "The delegation arrived in Chongqing after holding talks in Beijing on Monday with X": the stop before
    ("Provincial chief meets EP delegation", "2017.06.22", "CHONGQING, June 21 (Xinhua) -- Kenya's Example Party hopes to "
     "learn from China's experience in urban planning, the party's Secretary General Tom Poe said here Thursday.", "Poe "
     "was speaking at a meeting with Ma Lin, secretary of the Chongqing Municipal Committee of the CPC. The EP delegation "
     "arrived in Chongqing after holding talks in Beijing on Monday with Sam Roe, head of the International Department "
     "of the CPC Central Committee.", "cpc", ["Ma Lin"]),
    # "A, Chairman of ..., and B, President of ..., are among the guests who have confirmed that they will address ..."
    (ANN, "2016.10.18", "BEIJING, Oct. 18 (Xinhua) -- The CPC will hold a dialogue with world political parties in "
     f"Chongqing next month, {MA}, told a press conference on Tuesday.", "Tom Poe, Chairman of the Example Party, and Ann "
     "Doe, President of the Other Example Party, are among the guests who have confirmed that they will address the "
     "plenary session, Ma said.", "foreign", ["Ann Doe", "Tom Poe"]),
    # "... call on Prime Minister and EP Co-chair K.P. Sharma Oli and hold talks with Co-chair X (Prachanda) ...": an
    # initial's dot ends no sentence
    ("CPC delegation to visit Nepal", "2018.05.07", "KATHMANDU, May 6 \u2013 A delegation of the CPC led by Ma Lin will "
     "arrive here on Friday, EP spokesperson Tom Poe said.", "During its stay, the delegation will call on Prime Minister "
     "and EP Co-chair K.P. Sharma Oli and hold talks with Co-chair Sam Roe (Prachanda) at the party headquarters, Poe "
     "told a press meet.", "foreign", ["K.P. Sharma Oli", "Sam Roe", "Tom Poe"]),
    # "on the passing of party Chairperson and former Prime Minister Begum X": the mourned
    ("EP receives CPC condolences", "2025.12.31", "Dhaka, Dec 31 \u2013 EP Secretary General Tom Poe has received a "
     f"condolence message from {MA}, on the passing of party Chairperson and former Prime Minister Begum Ann Doe, the "
     "party\u2019s media cell said on Wednesday.", "In the message, Ma expressed deep condolences.", "foreign", []),
    # "State President and EP leader Dr. Tom wa Poe has said." then "Dr. Poe said this ... when he received"
    ("EP to send cadres to China", "2008.11.19", "Lilongwe, November 18 (MANA) \u2013 The Example Party (EP) will send "
     "its young cadres to China for training next year, State President and EP leader Dr. Tom wa Poe has said.", "Dr. Poe "
     f"said this on Wednesday at the New State House in Lilongwe when he received a visiting CPC delegation led by {MA}.",
     "foreign", ["Tom wa Poe"]),
    # "Speaker Tom de Poe Jr., president of ..., co-chaired ...": a generational suffix closes the name
    ("EP leader co-chairs assembly", "2006.09.07", "MANILA, Sept. 6 (PNA) -- Speaker Tom de Poe Jr., president of the "
     "ruling Example Party, co-chaired the General Assembly of the ICAPP in Beijing from September 3 to 5 together with "
     f"{MA}.", "Both sides exchanged views.", "foreign", ["Tom de Poe Jr."]),
    # "He made the remarks on October 19 when receiving Ambassador X": a meeting, on its own day
    ("EP and CPC to hold joint seminar", "2017.10.20", "Ulaanbaatar, October 20 (MONTSAME) The Example Party (EP) and the "
     "CPC will exchange delegations of young members next year, EP Secretary General Tom Poe said. He made the remarks on "
     "October 19 when receiving Ambassador of the People\u2019s Republic of China to Mongolia Ma Lin at the party\u2019s "
     "headquarters.", "Both sides exchanged views.", "date", "2017-10-19"),
    # "the agreement was reached during a virtual meeting with the head of ..., X, this afternoon": a video call
    ("EP, CPC to co-organise exchange programme", "2022.08.19", "KUALA LUMPUR, Aug 19 (Bernama) -- The Example Party "
     "(EP) and the CPC have agreed to jointly organise an exchange programme for young political leaders, said EP "
     "president Datuk Seri Dr Tom Poe.", "He said the agreement was reached during a virtual meeting with the head of the "
     "International Department of the CPC Central Committee, Ma Lin, this afternoon.", "type", ("call", "video")),
    # "X spoke to TASS after talks in Beijing with Y": a meeting
    ("EP, CPC to hold next dialogue in Moscow", "2014.11.20", "BEIJING, November 20. /TASS/. The Example Party and the "
     "CPC will hold the next round of their inter-party dialogue in Moscow in 2015, Secretary of the Presidium of the "
     "General Council of the Example Party Tom Poe said on Thursday.", f"Poe spoke to TASS after talks in Beijing with "
     f"{MA}.", "type", ("meeting", "in_person")),
])
def test_round_255_rows(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_a_video_call_told_after_a_background_paragraph():
    r = release("Ma Lin Holds Video Call with President of the Example Party", "2020.06.19", "Since the outbreak of "
                "COVID-19, the CPC and political parties of Pacific island countries have kept in close contact through "
                "the inter-party channel.", f"On June 18th, {MA}, held a video call with Tom Poe, President of the "
                "Example Party and Prime Minister of Vanuatu.")
    e = r.events[0]
    assert (e.event_type, e.modality, e.event_date.isoformat()) == ("call", "video", "2020-06-18")


def test_a_written_country_other_than_the_acronyms_row():
    r = release("CPC official holds video call", "2023.06.21", "BEIJING, June 20 (Xinhua) -- The CPC is willing to "
                "deepen exchanges with Costa Rica's Broad Front (FA), a senior CPC official said on Tuesday.", f"{MA}, made "
                "the remarks during a video call with Tom Poe, head of the Broad Front's group in the Legislative Assembly.")
    assert [(p.name, p.country_code) for p in r.events[0].parties] == [("Broad Front", "CR")]


def test_the_parties_of_all_who_attended():
    r = release("Workshop opens", "2024.11.14", "KIBAHA, Tanzania, Nov. 13 (Xinhua) -- The CPC and four ruling parties "
                "in southern Africa have agreed to expand the training of young cadres, according to an initiative adopted "
                "at a workshop that opened here on Wednesday.", "The workshop is being held at the Leadership School, "
                "jointly founded by Tanzania's Chama Cha Mapinduzi (CCM), South Africa's African National Congress (ANC), "
                "the Mozambique Liberation Front (FRELIMO) and the Zimbabwe African National Union-Patriotic Front "
                "(ZANU-PF). Senior officials of all four parties attended.")
    assert r.events[0].countries == ("MZ", "TZ", "ZA", "ZW")


def test_a_guatemalan_party_in_the_dictionary():
    r = release("Seminar opens", "2015.06.10", f"A seminar of Central American parties opened here today, addressed by {MA}.",
                "Representatives of the Guatemalan National Revolutionary Unity also spoke at the opening session.")
    assert [(p.name, p.country_code) for e in r.events for p in e.parties] == [("Guatemalan National Revolutionary Unity", "GT")]
