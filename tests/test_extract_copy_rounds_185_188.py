"""Copies of the held round 176 and of rounds 185 to 188, told from the foreign party's side: a lead closing "CPRF
leader X told Itar-Tass", a plan "shared ... when receiving", talks "between the Secretary General of the ruling party,
X, and a CPC delegation", a second session "Earlier the same day", KCNA's "had talks with ... in Beijing", a guest
received "at the CPP Headquarters H.E. X", a message "dated April 19" received by its addressee, a speaker who "told the
forum", a title whose portfolio is a list, an earlier leg "from Kinshasa, capital of ..., where it had held talks with",
speakers who "also delivered remarks", "The session on ... was also attended by", a leader's "measures announced by
President X", an announced host "will receive the delegation", and leaders who "have received congratulatory
messages" (rows of our own sentences)."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "..., EP leader X told Itar-Tass on Tuesday." then "X spoke after talks ... with a delegation led by Y"
    ("EP, CPC to share experience", "2010.06.09", "MOSCOW, June 8 (Itar-Tass) -- The Example Party (EP) and the Communist "
     "Party of China will step up exchanges of experience on the crisis, EP leader Tom Poe told Itar-Tass on Tuesday.",
     f"Poe spoke after talks at the EP Central Committee with a delegation of the CPC led by {MA}.", "foreign", ["Tom Poe"]),
    # a plan, then "He shared the plan when receiving Ambassador ... X at the EP headquarters"
    ("EP and CPC to hold consultation", "2018.10.10", "Ulaanbaatar, October 9 (MONTSAME). The Example Party (EP) and the "
     "CPC will hold the next round of their consultation in Beijing early next year, EP Secretary General Tom Poe said on "
     "Tuesday.", "He shared the plan when receiving Chinese Ambassador to Mongolia Ma Lin at the EP headquarters.", "type",
     ("meeting", "in_person")),
    # "... after talks at the EP headquarters between the Secretary General of the ruling party, X, and a CPC delegation"
    ("EP and CPC agree on exchanges", "2019.08.14", "Santo Domingo, Aug 13 (Prensa Latina) The Example Party (EP) and the "
     "CPC agreed today to launch a program of exchanges for young leaders.", "The agreement was announced after talks at the "
     f"EP headquarters between the Secretary General of the ruling party, Tom Poe, and a CPC delegation headed by {MA}.",
     "foreign", ["Tom Poe"]),
    # "Earlier the same day, the Chinese delegation held a working session with X": the day's second contact
    ("Party official receives CPC delegation", "2012.03.14", "Hanoi (VNA) \u2013 Tom Poe, Politburo member of the Example "
     f"Party (EP), received a visiting delegation of the CPC led by {MA}, in Hanoi on March 13.", "Earlier the same day, "
     "the Chinese delegation held a working session with Bob Roe, head of the EP Commission for External Relations.",
     "foreign", ["Bob Roe", "Tom Poe"]),
    # KCNA: "A delegation of the EP headed by X had talks with Y ... in Beijing on October 25": a meeting in China
    ("EP delegation has talks with CPC", "2018.10.27", "Pyongyang, October 27 (KCNA) -- A delegation of the Example Party "
     "(EP) headed by Tom Poe, vice-chairman of the EP Central Committee, had talks with Ma Lin, head of the International "
     "Liaison Department of the Central Committee of the Communist Party of China (CPC), in Beijing on October 25.",
     "Present there were members of the delegation including Bob Roe, ambassador to China, and other officials.", "type",
     ("meeting", "in_person")),
    # "received here this morning at the EP Headquarters H.E. X, Ambassador ...": the seat is no part of the name
    ("Senate President receives Chinese Ambassador", "2017.06.13", "AKP Phnom Penh, June 12, 2017 \u2014 Samdech Tom Poe, "
     "President of the Senate and Chairman of the Example Party (EP), received here this morning at the EP Headquarters "
     "H.E. Ma Lin, Ambassador Extraordinary and Plenipotentiary of the People's Republic of China to the Kingdom of Cambodia.",
     "The two sides discussed cooperation.", "cpc", ["Ma Lin"]),
    # "X, re-elected First Secretary ..., received a message of congratulations from Y, ..., dated April 19": X is its addressee
    ("Poe receives congratulations from Ma Lin", "2016.04.20", "HAVANA, April 20 (PL) -- Army General Tom Poe, re-elected "
     "First Secretary of the Central Committee of the Example Party (EP) at the close of the Party Congress, received a message "
     f"of congratulations from {MA}, dated April 19.", "In the text, published here on Wednesday, Ma extended warm "
     "congratulations.", "foreign", []),
    ("Poe receives congratulations from Ma Lin", "2016.04.20", "HAVANA, April 20 (PL) -- Army General Tom Poe, re-elected "
     "First Secretary of the Central Committee of the Example Party (EP) at the close of the Party Congress, received a message "
     f"of congratulations from {MA}, dated April 19.", "In the text, published here on Wednesday, Ma extended warm "
     "congratulations.", "date", "2016-04-19"),
    # "Secretary of the Presidium of the EP's General Council X told the forum that ...": a speaker there
    ("EP and CPC open forum", "2010.06.25", "MOSCOW, June 24 (Itar-Tass) -- Chairman of the Supreme Council of the Example "
     "Party (EP) Tom Poe on Thursday opened in Moscow a forum of the dialogue between the EP and the CPC.", f"{MA}, said the "
     "CPC regarded the EP as an important partner.\n\nSecretary of the Presidium of the EP's General Council Bob Roe told "
     "the forum that the EP would like to study the Chinese practice.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "The President of the EP and Minister of State for Foreign Affairs, Cooperation, African Integration and Nigeriens
    # Abroad, X, held talks": a title whose portfolio is a list
    ("EP President meets CPC chief", "2013.06.08", "NIAMEY, June 7 (ANP) - The President of the Example Party (EP) and "
     "Minister of State for Foreign Affairs, Cooperation, African Integration and Nigeriens Abroad, Tom Poe, held talks in "
     f"Beijing on Wednesday, June 5, with {MA}.", "The two sides agreed to strengthen cooperation.", "foreign", ["Tom Poe"]),
    # "The delegation arrived in A from B, capital of the neighbouring C, where it had held talks with X": an earlier leg
    ("EP receives CPC delegation", "2017.05.10", "BRAZZAVILLE, 9 May (ACI) \u2013 The Secretary-General of the Example "
     f"Party (EP), Tom Poe, received on Tuesday a delegation of the CPC led by {MA}.", "The Chinese delegation arrived in "
     "Brazzaville from Kinshasa, capital of the neighbouring Democratic Republic of Congo, where it had held talks with Bob "
     "Roe, Permanent Secretary of the Example League (EL).", "parties", ["Example Party"]),
    # "A, B and EP Secretary-General C also delivered remarks": speakers at the seminar
    ("Parties share notes on modernisation", "2023.08.30", f"DAR ES SALAAM, Aug 29 - A seminar of parties was opened by {MA}, "
     "on Monday.", "EL First Deputy Secretary General Tom Poe, EU Secretary General Bob Roe and EP Secretary-General Ann Doe "
     "also delivered remarks.", "foreign", ["Ann Doe", "Bob Roe", "Tom Poe"]),
    # "The session on the Third Plenary Session of the ... was also attended by A, B and C, as well as Ambassador D"
    ("CPC delegation briefs parties", "2024.12.05", "COLOMBO, Dec. 4 \u2013 Tom Poe, General Secretary of the Example "
     f"Party (EP), joined leaders of parties at a briefing held in Colombo on December 4 by a CPC delegation led by {MA}.",
     "The session on the Third Plenary Session of the 20th CPC Central Committee was also attended by EL General Secretary "
     "Bob Roe, as well as Chinese Ambassador Li Ming.", "cpc", ["Ma Lin", "Li Ming"]),
    # "He said the ruling party fully supported the measures announced by President X, the EP leader": a leader's acts
    ("Poe holds phone talks with CPC", "2020.04.10", "NAIROBI, Kenya, Apr 9 \u2013 Example Party Secretary General Tom Poe "
     f"on Thursday held a telephone conversation with {MA}.", "He said the ruling party fully supported the measures "
     "announced by President Bob Roe, the Example Party leader, including the curfew.", "foreign", ["Tom Poe"]),
    # an announcement: "X said the President of the Republic and EP Chairman, Field Marshal Y, will receive the delegation"
    ("CPC delegation to visit", "2015.01.02", "KHARTOUM, Dec. 31 (SUNA) \u2013 The Deputy Chairman of the Example Party "
     f"(EP), Prof. Tom Poe, announced Wednesday that a delegation of the CPC led by {MA}, will visit the country in January.",
     "In a press statement, Prof. Poe said the President of the Republic and EP Chairman, Field Marshal Bob Roe, will "
     "receive the Chinese delegation.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "the CPC Central Committee and General Secretary X have received congratulatory messages from ...": addressees
    ("Parties congratulate the CPC", "2016.07.04", "Beijing, July 1st\u2014On the occasion of the anniversary of the CPC, "
     "the CPC Central Committee and General Secretary Xi Jinping have received congratulatory messages from leaders of "
     "many foreign political parties.", "Tom Poe, General Secretary of the Example Party (EP), said in his message that "
     "the EP will learn from the CPC.", "cpc", []),
])
def test_people_types_and_dates_of_rounds_176_and_185_to_188(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_a_party_named_in_a_title_after_and():
    # "..., SLPP General Secretary X and Communist Party of Sri Lanka General Secretary Dr. Y": the dictionary names it
    r = _read("CPC delegation briefs parties", "2024.12.05", f"COLOMBO, Dec. 4 \u2013 A CPC delegation led by {MA}, held a "
              "briefing in Colombo on December 4.", "The session was also attended by SLPP General Secretary Tom Poe and "
              "Communist Party of Sri Lanka General Secretary Dr. G. Roe.")
    assert "Communist Party of Sri Lanka" in r["parties"]
