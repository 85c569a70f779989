"""Copies of rounds 212 and 213 mended after their first look: "SANTO DOMINGO, May 29.– The", "assistant to President X",
"the struggle for national liberation led by X", an earthquake that "jolted" a county, "In 1968, X ... put forward a
proposal", "a tour that earlier took the delegation to South Africa, where", "paid tribute to the outgoing General
Secretary, X, whom he met during his visits", a seminar recalled "together with representatives from A, B and C", "a
telephone conversation held this Tuesday between", a visit "on Thursday received" over a stay "from 12 to 15 September",
"who is expected to deliver the keynote speech", "who met the Minister of ..., X, in Beijing last year", "The dialogue was
opened by X", a summit "to be held" recalled, "agreed by video link", "The document was agreed as X held talks", "the NCP
is co-chaired by X", a written interview told in the second paragraph, a headline "agree to set up regular consultation
channel" and "..., Morena President X reported." (rows of our own sentences)."""
from __future__ import annotations

import pytest

from tests.release_text import release
from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "deputy chairman of the EP and assistant to President X": the principal, not there
    ("CPC official urges restraint in phone talks", "2012.04.27", "BEIJING, April 26 (Xinhua) -- A senior CPC official said on "
     "Thursday in a telephone conversation with a leader of the Example Party that China hopes for calm.", f"{MA}, told Tom "
     "Poe, deputy chairman of the Example Party (EP) and assistant to President Bob Roe, that the CPC is following the clashes.",
     "foreign", ["Tom Poe"]),
    # "the historical relations ..., which date back to the struggle for national liberation led by X": named in passing
    ("EP leader received in Beijing", "2018.09.15", "Bissau, 14 Sep (ANG) \u2013 The President of the Example Party (EP), Tom Poe, "
     f"was received on 12 September in Beijing by {MA}.", "The two leaders discussed the relations between the two parties, "
     "which date back to the struggle for national liberation led by Bob Roe.", "foreign", ["Tom Poe"]),
    # "In 1968, X, Honorary President of ..., put forward a proposal": another time's act
    ("Delegation of EP to visit China", "2008.11.04", "Beijing, November 4th\u2014At the invitation of the International "
     "Department of the CPC Central Committee, a delegation of the Example Party (EP) headed by Tom Poe, Chief Representative of "
     "the EP, will visit China from November 9th to 13th.", "In 1968, Bob Roe, Honorary President of the Example Society, the "
     "organization that founded the Party, put forward a proposal for normal relations.", "foreign", ["Tom Poe"]),
    # "an African tour that earlier took the delegation to South Africa, where it held talks in Pretoria with X": another stop
    ("CPC, EP pledge closer cooperation", "2019.03.15", "WINDHOEK, March 14 (Xinhua) -- The CPC is ready to share its experience "
     "with the Example Party (EP), a visiting CPC official said here Thursday. Chen Ming, deputy head of the International "
     "Department of the CPC Central Committee, made the remarks during talks with Tom Poe, secretary general of the EP.",
     "Namibia is the second leg of an African tour that earlier took the delegation to South Africa, where it held talks in "
     "Pretoria with Bob Roe, secretary general of the Sample Congress (SC).", "foreign", ["Tom Poe"]),
    # "paid tribute to the outgoing General Secretary, X, whom he met during his visits to Beijing": not a participant
    ("EP leader congratulates Xi", "2012.11.17", "ROSEAU, Dominica, November 16 (GIS) \u2013 Prime Minister and Political Leader "
     "of the Example Party (EP), Hon. Tom Poe, has sent a message of congratulations to Xi Jinping on his election as General "
     "Secretary of the Central Committee of the Communist Party of China.", "Prime Minister Poe also paid tribute to the outgoing "
     "General Secretary, Hu Jintao, whom he met during his visits to Beijing, for his contribution to the friendship.", "cpc", []),
    # "after a telephone conversation held this Tuesday between its secretary general, X, and the head of ..., Y"
    ("EP and CPC agree to expand training", "2025.03.12", "Santo Domingo, Mar 11 (Prensa Latina) The Example Party (EP) and the "
     "CPC agreed to expand their training programs, the EP reported after a telephone conversation held this Tuesday between its "
     "secretary general, Tom Poe, and the head of the CPC International Department, Liu Jianchao.", "Poe conveyed greetings.",
     "foreign", ["Tom Poe"]),
    # "X on Thursday received ... a delegation of the CPC" over "on a working visit to Congo from 12 to 15 September"
    ("EP receives CPC delegation", "2012.09.15", "Brazzaville, September 13 (ACI) - The Secretary General of the Example Party "
     "(EP), Tom Poe, on Thursday received at the party headquarters a delegation of the CPC led by the Vice-Minister of the "
     "International Department of the CPC Central Committee, Mr Chen Ming.", "The Chinese delegation, on a working visit to Congo "
     "from 12 to 15 September at the invitation of the EP, arrived from Kinshasa.", "date", "2012-09-13"),
    # an announcement: "would be opened by X, ..., who is expected to deliver the keynote speech" and "X, who met the
    # Minister of ..., Y, in Beijing last year, said ...": the announced speaker, not the past host
    ("EP to attend CPC dialogue", "2017.11.28", "Nairobi, November 27 (KNA) \u2013 EP Secretary General Tom Poe will lead a "
     "delegation of the ruling party to Beijing for a high-level meeting scheduled for November 30, the party has announced.",
     "Speaking to journalists at the party headquarters today, Poe said the meeting would be opened by Xi Jinping, General "
     "Secretary of the CPC Central Committee, who is expected to deliver the keynote speech.\n\nPoe, who met the Minister of the "
     "International Department of the CPC Central Committee, Ma Lin, in Beijing last year, said the EP wanted to learn from the "
     "CPC.", "cpc", ["Xi Jinping"]),
    # "The dialogue was opened by X, ..., who recalled ... the Summit ... to be held in September": the opener
    ("EP leader attends dialogue in Shenzhen", "2018.07.19", "Bissau, July 18 (ANG) - The President of the Example Party (EP), Tom "
     "Poe, took part on 17 July in Shenzhen, China, in a dialogue between the CPC and African political parties.", "The dialogue "
     f"was opened by {MA}, who recalled the anniversary of China's reform and the Summit of the Forum to be held in September.",
     "cpc", ["Ma Lin"]),
    # '"...," X said on Tuesday, after he and Y agreed by video link to hold the next session': a video call
    ("EP, CPC keep channel open", "2021.03.31", "MOSCOW, March 30. /TASS/. \"The pandemic has closed borders, but not the channel "
     "between our parties,\" EP Secretary Tom Poe said on Tuesday, after he and Ma Lin, head of the International Department of "
     "the CPC Central Committee, agreed by video link to hold the next session of the dialogue in the autumn.", "Poe said more.",
     "type", ("call", "video")),
    # "... under a memorandum agreed in Beijing on May 14. The document was agreed as EP Secretary-General X, who is ..., held talks"
    ("EP and CPC to exchange cadres", "2019.05.16", "Ulaanbaatar /MONTSAME/. The Example Party (EP) and the CPC will send groups of "
     "young cadres to each other's party schools, under a memorandum agreed in Beijing on May 14. The document was agreed as EP "
     "Secretary-General T.Poe, who is paying a working visit to China, held talks with Ma Lin, Minister of the International "
     "Department of the CPC Central Committee.", "Poe briefed his hosts.", "foreign", ["T.Poe"]),
    # an announcement: "the EP is co-chaired by X, Prime Minister of Nepal, and Dahal": who leads the party
    ("Spokesperson announces EP delegation's visit", "2019.09.05", "Beijing, September 5th\u2014Hu Bin, Spokesperson of the "
     "International Department of the CPC Central Committee, announced here today that a delegation of the Example Party (EP) "
     "led by Tom Poe, Co-chairman of the EP, will pay a visit to China from September 9th to 15th.", "Formed in May 2018 through "
     "a merger, the EP is co-chaired by B.K. Roe, Prime Minister of Nepal, and Poe.", "foreign", ["Tom Poe"]),
    # "..., X has said." then "..., X said in a recent written interview with Xinhua": a written interview
    ("EP leader praises CPC planning", "2026.01.09", "JOHANNESBURG, Jan. 8 (Xinhua) -- The CPC's experience in planning offers "
     "valuable lessons for African countries, Tom Poe, secretary general of the Example Party (EP), has said.", "\"A plan is a "
     "promise to the people,\" Poe said in a recent written interview with Xinhua.", "type", ("message", "written")),
    # a headline "agree to set up regular consultation channel" over "X said after his delegation met a senior CPC leader"
    ("EP, Chinese Communist Party agree to set up regular consultation channel", "2025.02.19", "Dhaka [Bangladesh], February 19 "
     "(ANI): The Example Party (EP) has agreed with the CPC to set up a regular channel of consultation, EP Standing Committee "
     "member Tom Poe said after his delegation met a senior CPC leader in Beijing on February 18.", f"The delegation met {MA}.",
     "type", ("meeting", "in_person")),
    # "..., Morena President X reported." closing a plan-first lead: the speaker who met the delegation
    ("EP and CPC agree to expand cooperation", "2024.11.13", "Mexico City, Nov 12 (Prensa Latina) The ruling Example Party (EP) "
     "and the CPC agreed on Tuesday to expand cooperation in political training, EP President Ana Luisa Poe reported.", "The "
     "agreement was reached during a meeting with a delegation of the CPC led by Chen Ming, Vice Minister of the International "
     "Department of the CPC Central Committee, who is on a working visit to Mexico.", "foreign", ["Ana Luisa Poe"]),
])
def test_people_and_types_of_rounds_212_and_213(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_a_full_stop_before_the_datelines_dash():
    # "SANTO DOMINGO, May 29.– The ...": the dateline, not a person named "SANTO DOMINGO"
    r = release("EP takes part in forum", "2018.05.30", "SANTO DOMINGO, May 29.\u2013 The Secretary General of the Example Party "
                f"(EP), Tom Poe, took part on May 28 in a forum held in Shenzhen, opened by {MA}.", "Poe spoke.")
    assert r.dateline_city == "Santo Domingo"
    assert [p.name for p in r.events[0].participants if p.side == "foreign"] == ["Tom Poe"]


def test_an_earthquake_that_jolted_a_county_dates_no_message():
    # "condolences over ... the earthquake that jolted Wenchuan County ... on May 12": the messages' day is the dateline's
    e = release("Foreign parties send condolences", "2008.05.19", "BEIJING, May 18 (Xinhua) -- Leaders of political parties have "
                "sent messages to the CPC Central Committee, expressing deep condolences over the earthquake that jolted Wenchuan "
                "County in Sichuan Province on May 12.", "Tom Poe, president of the Example Party (EP), mourned the victims.").events[0]
    assert e.event_date.isoformat() == "2008-05-18"


def test_a_seminar_recalled_with_other_countries_adds_none():
    # "X recalled that EP cadres had attended a seminar ... last year, together with representatives from A, B and C"
    e = release("EP and CPC hold phone talks", "2025.03.12", "Santo Domingo, Mar 11 (Prensa Latina) The Dominican Liberation Party "
                "(PLD) and the CPC agreed to expand training, the PLD reported after a telephone conversation between its secretary "
                "general, Tom Poe, and Liu Jianchao.", "Poe recalled that PLD cadres had attended a seminar for Caribbean parties "
                "organized by the CPC last year, together with representatives from Dominica, Grenada and Barbados.").events[0]
    assert set(e.countries) == {"DO"}
