"""Copies of the kinds round 265 read wrong at 0.22.348 on first sight (rows of our own sentences): a plan whose
occasion is told as "This was decided at the first such seminar" or "He said this at the opening of the first seminar",
a message of condolence told as "said in a message of condolence sent on ...", the sender of "a message sent on
Thursday by the party's leader, X, on the occasion of", an earlier leg opened "In Beijing last Friday,", a speaker
framed by "The announcement came after a meeting", a guest who "returned home Monday after leading" a delegation, the
principal "on behalf of" whom a host welcomes guests, a trip's earlier stop after "arrived in the Dominican Republic
from Havana, where", a party name opening on "Congress for", and two names the party dictionary holds for one party."""
from __future__ import annotations

import pytest

from parsers.evaluate import score
from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "... will hold a seminar every year ... This was decided at the first such seminar, which took place Monday"
    ("EP and CPC to hold theoretical seminar every year", "2014.01.02", "Ulaanbaatar, December 30 /MONTSAME/ The "
     "Example Party (EP) and the CPC will hold a seminar on party building every year, alternately in Ulaanbaatar and "
     "Beijing. This was decided at the first such seminar, which took place Monday at the EP headquarters.", "The "
     f"seminar was opened by the EP Secretary General Tom Poe. The Chinese delegation was headed by {MA}.", "type",
     ("conference", "in_person")),
    # "..., X said on Wednesday." then "He said this at the opening of the first seminar of the two parties"
    ("EP and CPC to hold seminars every two years", "2005.10.05", "Ulaanbaatar, October 5 (MONTSAME) The Example Party "
     "(EP) and the CPC have agreed to hold joint theoretical seminars every two years, EP Chairman Tom Poe said on "
     "Wednesday.", "He said this at the opening of the first seminar of the two parties, which started today in "
     f"Ulaanbaatar. A CPC delegation headed by {MA}, is taking part in it.", "type", ("conference", "in_person")),
    # "..., X said in a message of condolence sent on July 17 on the death of EP leader Y": a message; Y mourned
    ("CPC vows to carry forward friendship with EP", "2019.07.18", "The CPC will always cherish the friendship with the "
     f"Example Party (EP), {MA}, said in a message of condolence sent on July 17 on the death of EP leader Tom Poe.",
     "In the message to Ann Roe, who has taken over the leadership of the EP, Ma expressed deep condolences.", "type",
     ("message", "written")),
    ("CPC vows to carry forward friendship with EP", "2019.07.18", "The CPC will always cherish the friendship with the "
     f"Example Party (EP), {MA}, said in a message of condolence sent on July 17 on the death of EP leader Tom Poe.",
     "In the message to Ann Roe, who has taken over the leadership of the EP, Ma expressed deep condolences.", "foreign",
     []),
    # "reads a message sent on Thursday by the party's leader, X, on the occasion of the centenary of the CPC"
    ("EP pledges to deepen ties with CPC", "2021.07.01", "Luanda, July 1 (ANGOP) \u2013 The EP intends to further "
     "strengthen its friendship with the Communist Party of China (CPC), reads a message sent on Thursday by the "
     "party\u2019s leader, Tom Poe, on the occasion of the centenary of the CPC.", "In the message, addressed to the "
     "General Secretary of the CPC Central Committee, Xi Jinping, the EP President congratulates the Chinese "
     "communists.", "foreign", ["Tom Poe"]),
    # "In Beijing last Friday, it held talks with X": the trip's earlier stop
    ("EP eyes closer ties with China's coastal regions", "2005.08.03", "TIANJIN, Aug. 3 (Xinhua) -- The Example Party "
     "(EP) hopes to boost cooperation with Chinese localities, EP Secretary-General Tom Poe said here Wednesday.",
     f"Poe made the remarks during a meeting with {MA}.\n\nThe EP delegation arrived in China on July 29. In Beijing "
     "last Friday, it held talks with Wang Jiarui, head of the International Department of the CPC Central Committee.",
     "cpc", ["Ma Lin"]),
    # "..., the secretary general of the ruling party, X, said here today." then "The announcement came after a meeting"
    ("EP and CPC agree to expand exchanges", "2015.03.10", "Santo Domingo, Mar 10 (Prensa Latina) The Example Party "
     "(EP) and the CPC agreed to expand exchanges of experience in party building, the secretary general of the "
     "ruling party, Tom Poe Roe, said here today.", "The announcement came after a meeting at the EP headquarters with "
     f"a CPC delegation headed by {MA}.\n\nPoe Roe, who is also president of the Senate, highlighted the ties.",
     "foreign", ["Tom Poe Roe"]),
    # "The Deputy Chairman of the EP ..., X, returned home Monday after leading the party's delegation to the Dialogue"
    ("EP Takes Part in Political Parties Dialogue", "2016.09.12", "Khartoum, Sept. 12 (SUNA) - The Deputy Chairman of "
     "the Example Party (EP) and Assistant of the President of the Republic, Tom Poe, returned home Monday after leading "
     "the party\u2019s delegation to the China-Arab States Political Parties Dialogue, held in Yinchuan from September "
     "7 to 9.", f"{MA}, addressed the opening session.", "foreign", ["Tom Poe"]),
    # "welcomed the delegation on behalf of the Chairman of the EP Central Committee, President X": the principal
    ("EP Secretary General Receives CPC Delegation", "2019.07.09", "Brazzaville, July 8 (ACI) \u2013 The Secretary "
     "General of the Example Party (EP), Tom Poe, received on Monday in Brazzaville a delegation of the CPC led by Ma "
     "Lin, Vice-Minister of the International Department of the CPC Central Committee.", "Tom Poe welcomed the "
     "delegation on behalf of the Chairman of the EP Central Committee, President Sam Roe, and recalled the ties.",
     "foreign", ["Tom Poe"]),
    # "The delegation arrived in the Dominican Republic from Havana, where it held talks with X": an earlier stop
    ("EP leaders meet visiting CPC delegation", "2013.08.09", "SANTO DOMINGO, Aug. 8 (Xinhua) -- Tom Poe, president of "
     "the ruling Example Party (EP), met here Thursday with a delegation of the CPC led by Ma Lin, vice minister of "
     "the International Department of the CPC Central Committee.", "The delegation arrived in the Dominican Republic "
     "from Havana, where it held talks with Sam Roe, head of the International Relations Department of the Communist "
     "Party of Cuba.", "foreign", ["Tom Poe"]),
    # a party whose name opens on "Congress for" is no congress of the CPC
    ("Burkinabe parties keen to learn from CPC", "2021.11.23", "OUAGADOUGOU, Nov. 23 (Xinhua) -- Political parties of "
     "Burkina Faso are ready to deepen exchanges with the CPC, party leaders said Tuesday at an online briefing held via "
     "video link between Beijing and Ouagadougou.", "Tom Poe, president of the opposition Congress for Democracy and "
     "Progress (CDP), said his party values dialogue with the CPC.", "parties", ["Congress for Democracy and Progress"]),
])
def test_round_265_rows(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def _one(parties):
    return {"a": {"id": "a", "published": "2021-07-01", "event_date": "2021-07-01", "dateline_city": None,
                  "event_type": "message", "modality": "written", "cpc_people": [], "foreign_people": [],
                  "foreign_parties": parties, "countries": ["AO"]}}


@pytest.mark.parametrize("gold, predicted, found", [
    # two names the dictionary holds for one party match; a different party does not
    ("People's Movement for the Liberation of Angola", "Popular Movement for the Liberation of Angola", 1),
    ("National Union for the Total Independence of Angola", "Popular Movement for the Liberation of Angola", 0),
])
def test_names_of_one_party_in_the_dictionary_match(gold, predicted, found):
    assert score(_one([gold]), _one([predicted])).counts["foreign_parties"][0] == found
