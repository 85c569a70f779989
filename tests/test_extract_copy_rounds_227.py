"""Copies of round 227 and of the held round 221, mended after their reading (rows of our own sentences).
Types: "X made the remarks during a courtesy call paid on him by Y" (a meeting, not a speech at a gathering).
People found: a plan-first lead's speaker "..., according to A General Secretary X." whose next sentence is "X made
the statement this morning when he received", "..., the party's secretary general, X, said here on Wednesday." then
"X was speaking during talks with Y", "Earlier the same day, Politburo member X also received the delegation". Kept
out: "The delegation, which arrived ... on Saturday, earlier called on President X" (an earlier stop), "follows up
on the agreements reached in Beijing in December 2024, when A Chairman X held talks with Y" (a past contact),
"arrived in Phnom Penh after concluding a visit to Malaysia, where X met with Y", and a title alone ("The
Attorney-General, who is also Minister for Economy, told")."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    ("EP to strengthen ties with CPC", "2013.06.05", "Phnom Penh, June 5 (AKP) \u2013 The Example Party (EP) will continue "
     "to strengthen its relations with the CPC, Samdech Tom Poe, Honorary President of the EP, stressed here this morning.",
     "Samdech Tom Poe made the remarks during a courtesy call paid on him by H.E. Li Ming, Chinese Ambassador to Cambodia, "
     "at the National Assembly.", "type", ("meeting", "in_person")),
])
def test_types_of_round_227(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    ("EP and CPC to step up cadre training", "2007.04.17", "Vientiane, April 17 (KPL) \u2013 The Example Party (EP) and the "
     "CPC will step up the training of cadres, according to EP General Secretary and State President Tom Poe.", "Poe made "
     f"the statement this morning when he received a delegation of the CPC led by {MA}.", "foreign", ["Tom Poe"]),
    ("EP keen on Chinese experience", "2011.09.15", "Beijing - The Example Party (EP) intends to draw on the experience of "
     "the CPC in rural development, the party\u2019s secretary general, Tom Poe, said here on Wednesday, 14 September.",
     f"Tom Poe was speaking during talks with {MA}.", "foreign", ["Tom Poe"]),
    ("EP hosts CPC delegation", "2011.06.15", "Johannesburg, 14 June \u2013 The EP Secretary General, Tom Poe, today "
     f"received a delegation of the CPC led by {MA}.", "The delegation, which arrived in South Africa on Saturday, earlier "
     "called on President Bob Roe at the Union Buildings in Pretoria.", "foreign", ["Tom Poe"]),
    ("EP delegation to visit China", "2026.02.03", "Moscow, February 3 \u2013 A delegation of the Example Party led by Tom "
     "Poe, Secretary of the General Council, will visit Beijing from February 9 to 12, the party\u2019s press service "
     "announced on Tuesday.", "The visit follows up on the agreements reached in Beijing in December 2024, when EP "
     "Chairman Bob Roe held talks with Xi Jinping, General Secretary of the CPC Central Committee.", "foreign", ["Tom Poe"]),
    ("EP welcomes CPC delegation", "2019.05.22", "Suva, May 21 \u2013 The Example Party General Secretary, Tom Poe, today "
     f"welcomed a delegation of the CPC led by {MA}, at the party office in Suva.", "The Attorney-General, who is also "
     "Minister for Economy, told the delegation that the party was proud of the friendship.", "foreign", ["Tom Poe"]),
    ("CPC delegation visits Cambodia", "2018.08.21", f"Phnom Penh, August 20 \u2013 A CPC delegation led by {MA}, arrived in "
     "Phnom Penh on Monday after concluding a visit to Malaysia, where Ma met with Bob Roe, president of the New Party.",
     "The delegation held talks with Tom Poe, Secretary General of the Example Party.", "foreign", ["Tom Poe"]),
    ("EP leader receives CPC delegation", "2019.03.15", f"Hanoi, March 14 (VNA) \u2013 Tom Poe, General Secretary of the "
     f"Example Party (EP), received a delegation led by {MA}, in Hanoi on Thursday.", "Earlier the same day, Politburo "
     "member and permanent member of the EP Secretariat Bob Roe also received the delegation.", "foreign", ["Bob Roe", "Tom Poe"]),
])
def test_people_of_round_227(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value
