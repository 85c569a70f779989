"""Copies of round 232 mended after their first look (rows of our own sentences). Types: guests in China told under
their own dateline, "returned to Lima after an official visit to the People's Republic of China from September 2 to 9"
and "X, visiting Beijing at the head of a party delegation, held talks on July 30 with Y" (meetings in China). Kept out:
a building's name ("the new Windsor Park Sports Stadium")."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    ("EP delegation back from China", "2008.09.12", "LIMA, Sept. 11 \u2014 A delegation of the Example Party (EP) led by its "
     "Secretary General, Tom Poe, returned to Lima after an official visit to the People's Republic of China from "
     "September 2 to 9 at the invitation of the Communist Party of China (CPC).", f"In Beijing, the delegation, which "
     f"included Bob Roe, was received by {MA}.", "type", ("meeting", "in_person")),
    ("EP leader meets CPC chief in Beijing", "2013.08.02", "Tokyo, August 2 \u2014 EP Secretary General Tom Poe, visiting "
     f"Beijing at the head of a party delegation, held talks on July 30 with {MA}, at the Diaoyutai State Guesthouse.",
     "Poe praised China.", "type", ("meeting", "in_person")),
])
def test_types_of_round_232(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_a_stadium_is_no_person():
    got = _read("EP leader welcomes CPC delegation", "2015.06.05", "ROSEAU, Dominica, June 4 (GIS) -- Political Leader of "
                f"the Example Party (EP), Hon. Tom Poe, on Thursday welcomed a delegation of the CPC led by {MA}.",
                "Prime Minister Poe expressed the appreciation of the government and people of Dominica for China's "
                "support over the past decade, pointing to the new Windsor Park Sports Stadium, the State House and the "
                "ongoing work on the hospital.")
    assert got["foreign"] == ["Tom Poe"]
