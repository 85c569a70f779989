"""Copies of round 237 mended after their first look (rows of our own sentences). Types: a plan "X announced on
Tuesday after receiving Chinese Ambassador to France Y" (a meeting with the envoy). People found: a speaker who
"disclosed after receiving a visiting Chinese party delegation", an opener named in "took the floor after the opening
remarks of X", a list's last item closing its sentence ("agreed here today A, ..., and the Chinese ambassador to Cuba,
X."), "..., where the party's Secretary-General, X, received", a gathering's openers ("held a seminar ... on
Wednesday, opened by X and by Y"). Kept out: "a European tour which has already taken him to Spain, where he met X".
Parties: "by its president, X, who is also mayor of ..." (the party he presides), "Liberal Party Director X" after
"The Colombian Liberal Party" (one party)."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read

_VICE = "Wang Dewei, Vice-Minister of the International Department of the CPC Central Committee"


def test_a_plan_announced_after_receiving_the_chinese_ambassador():
    got = _read("EP to send mayors to China", "2019.10.16", "Paris, October 15 \u2013 The Example Party (EP) will send a "
                "delegation of its mayors to China next spring to study rural renewal, National Secretary Tom Poe "
                "announced on Tuesday after receiving Chinese Ambassador to France Wang Dewei at the party's headquarters.",
                "The meeting also covered trade.")
    assert got["type"] == ("meeting", "in_person")


@pytest.mark.parametrize("lead, later, field, name", [
    ("Dakar, May 9 (APS) \u2013 The Example Party (EP) and the Communist Party of China have agreed to train EP youth "
     "leaders, the party's Secretary-General, Tom Poe, disclosed after receiving a visiting Chinese party delegation at "
     "the EP headquarters on Monday.", f"The delegation was led by {_VICE}.", "foreign", "Tom Poe"),
    ("Lisbon, May 9 (Lusa) Left-wing parties of three countries undertook today to widen their exchanges with the CPC, "
     "during a video conference organized from Beijing.", "Tom Poe, Secretary General of the Example Party (EP), and Jan "
     f"Roe, Chair of the Sample Party (SP), took the floor after the opening remarks of {_VICE}.", "cpc", "Wang Dewei"),
    ("Havana, May 9 (Prensa Latina) The Example Party (EP) and the Communist Party of China will widen the exchange of "
     "cadres next year, agreed here today Tom Poe, Second Secretary of the EP Central Committee, and the Chinese "
     "ambassador to Cuba, Wang Dewei.", "The meeting was held at the EP headquarters.", "cpc", "Wang Dewei"),
    ("Maputo, 9 May (AIM) \u2013 The Example Party (EP) and the Communist Party of China intend to widen cooperation in "
     "cadre training, it was announced in Maputo on Tuesday.", "The commitment was made at the EP headquarters, where the "
     f"party\u2019s Secretary-General, Tom Poe, received a CPC delegation headed by {MA}.", "foreign", "Tom Poe"),
    ("Quito, 9 May \u2013 The Example Party (EP) and the Communist Party of China (CPC) held a seminar on local "
     f"government at the party's headquarters in Quito on Wednesday, opened by EP Director Tom Poe and by {_VICE}.",
     "Poe said the party wanted to learn from China.", "foreign", "Tom Poe"),
])
def test_people_of_round_237(lead, later, field, name):
    assert name in _read("EP and CPC agree on exchanges", "2016.05.10", lead, later)[field]


def test_the_earlier_leg_of_a_tour_that_has_already_taken_him_elsewhere():
    got = _read("EP values ties with CPC", "2008.10.22", f"ROME, Oct. 22 (Xinhua) -- The Example Party (EP) hopes to widen "
                f"exchanges with the CPC, EP leader Tom Poe said here Wednesday in talks with visiting {MA}.", "Ma arrived in "
                "Rome on Tuesday on the second leg of a European tour which has already taken him to Spain, where he met "
                "Socialist Party leader Jan Roe.")
    assert "Jan Roe" not in got["foreign"]


@pytest.mark.parametrize("lead, later, party", [
    ("Buenos Aires, June 7 (T\u00e9lam) \u2013 The president of the Sample Party (SP), Jan Roe, received on Tuesday a "
     f"delegation of the Communist Party of China (CPC) led by {MA}.",
     "Later in the day, the Chinese delegation was received separately at the national committee of the Radical Civic Union "
     "(UCR) by its president, Tom Poe, who is also mayor of the city of Rosario.", "Radical Civic Union"),
])
def test_parties_of_round_237(lead, later, party):
    assert party in _read("CPC delegation in Argentina", "2016.06.08", lead, later)["parties"]


def test_a_party_named_with_and_without_its_country_adjective_is_one():
    got = _read("Liberals and CPC hold seminar", "2010.11.11", "BOGOT\u00c1, 10 November \u2013 The Colombian Liberal "
                f"Party and the Communist Party of China (CPC) held a seminar on party renewal in Bogot\u00e1 on Wednesday with {MA}.",
                "Liberal Party Director Tom Poe said the party wanted to learn how China trains its leaders.")
    assert got["parties"] == ["Colombian Liberal Party"]
