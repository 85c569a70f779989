"""Copies of rounds 200 and 201 mended after their first look: a seminar "which took place in Hanoi on December 3", a
pledge told first and "The pledge was made at a seminar ..." next, and a meeting's guest whose title holds "spokesperson"
under a lead that tells only the remarks (rows of our own sentences)."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "at the theoretical seminar between A and B, which took place in Hanoi on December 3": the seminar's day
    ("EP, CPC share experience at seminar", "2024.12.05", "NDO \u2013 The two parties will step up exchanges, delegates agreed "
     "at the theoretical seminar between the Example Party (EP) and the Communist Party of China (CPC), which took place in "
     "Hanoi on December 3.", f"The Chinese delegation was led by {MA}.", "date", "2024-12-03"),
    # "... have pledged to ... ." then "The pledge was made at a seminar ... organised here on Tuesday": the seminar
    ("Parties vow to carry forward outcomes of leaders' visit", "2019.11.20", "Kathmandu, Nov. 19 (RSS): Leaders of Example "
     "Land's major parties and a visiting delegation of the CPC have pledged to turn the agreements reached during the state "
     "visit last month into projects.", "The pledge was made at a seminar on connectivity organised here on Tuesday jointly by "
     f"the Example Party (EP) and the International Department of the CPC Central Committee. {MA}, spoke.", "type",
     ("conference", "in_person")),
    # "... made the remarks when meeting with X, foreign policy spokesperson of the parliamentary group of ...": the guest
    ("CPC ready to deepen dialogue", "2024.05.22", "BEIJING, May 21 (Xinhua) -- The CPC is willing to strengthen dialogue with "
     "European parties, a senior CPC official said here on Tuesday.", f"{MA}, made the remarks when meeting with Tom Poe, "
     "foreign policy spokesperson of the parliamentary group of the Example Party (EP) in the Bundestag.", "foreign", ["Tom Poe"]),
])
def test_dates_types_and_people_of_rounds_200_and_201(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value
