"""Forms of the paragraphs after a lead, read on whole releases of our own sentences: people told of
as background (what they "have said" on another occasion) are mentions in passing."""
from __future__ import annotations

import pytest

from tests.release_text import one_event as _event, side as _side

LEAD = ("WINDHOEK, June 11 (NAMPA) -- SWAPO Secretary-General Tom Poe on Tuesday received a delegation of the "
        "Communist Party of China led by Ma Lin, Vice-minister of the IDCPC.")


@pytest.mark.parametrize("later, foreign", [
    ("The party's treasurer, Ann Roe, has said that SWAPO will host a fundraising dinner next month.", ["Tom Poe"]),
    ("SWAPO Treasurer Ann Roe has said that the party will host a fundraising dinner next month.", ["Tom Poe"]),
    ("SWAPO Treasurer Ann Roe has also stated that the party's books are in order.", ["Tom Poe"]),
])
def test_a_speaker_who_has_said_after_the_lead_spoke_elsewhere(later, foreign):
    e = _event("SWAPO receives CPC delegation", "2019.06.12", LEAD, later)
    assert _side(e, "foreign") == foreign


def test_has_said_in_the_lead_keeps_the_speaker():
    e = _event("SWAPO values ties with CPC", "2019.06.12",
               "WINDHOEK, June 11 (NAMPA) -- SWAPO Secretary-General, Tom Poe, has said the party values its ties "
               "with the Communist Party of China. Poe said this on Tuesday when she received a delegation of the "
               "CPC led by Ma Lin, Vice-minister of the IDCPC.")
    assert (_side(e, "foreign"), _side(e, "cpc")) == (["Tom Poe"], ["Ma Lin"])


@pytest.mark.parametrize("lead, countries", [
    ("Beijing, June 11th\u2014A briefing session was held here today for scholars from think tanks in Kenya, Uganda "
     "and Tanzania. Ma Lin, Vice-minister of the IDCPC, attended and briefed them.", ("KE", "TZ", "UG")),
    ("Beijing, June 11th\u2014Ma Lin, Vice-minister of the IDCPC, met here today with a delegation of experts from "
     "research institutes of Laos and Cambodia.", ("KH", "LA")),
    # institutions of a topic, not of those taking part
    ("Beijing, June 11th\u2014Ma Lin, Vice-minister of the IDCPC, met here today with Tom Poe, Chairman of the Kenya "
     "African National Union, who talked about researchers from universities in Germany and France.", ("KE",)),
])
def test_countries_of_the_institutions_of_those_taking_part(lead, countries):
    assert _event("Briefing for scholars", "2019.06.12", lead).countries == countries


@pytest.mark.parametrize("later, foreign, cpc", [
    ("Speaking to AIM, Party spokesperson Ann Roe said the message was welcome.", ["Tom Poe"], ["Ma Lin"]),
    ("Poe said the delegation would pay a courtesy call on President Ann Roe, First Secretary of the Example Party.",
     ["Tom Poe"], ["Ma Lin"]),
    ("Chinese Ambassador to Namibia Bob Lee joined from the embassy in Windhoek.", ["Tom Poe"], ["Ma Lin", "Bob Lee"]),
    ("Poe was accompanied by Deputy Secretary-General Ann Roe, while Chinese Ambassador to Namibia Bob Lee was part of "
     "the visiting delegation.", ["Tom Poe", "Ann Roe"], ["Ma Lin", "Bob Lee"]),
])
def test_people_of_later_paragraphs_of_copies(later, foreign, cpc):
    e = _event("SWAPO receives CPC delegation", "2019.06.12", LEAD, later)
    assert (_side(e, "foreign"), _side(e, "cpc")) == (foreign, cpc)
