"""Parties round 251 read wrong at 0.22.345 (rows of our own sentences): two-part names joined by a dash with
two-part initials ("... – Social Democratic Party (MLSTP-PSD)"), an acronym the text defines for its own
country's party though the dictionary gives it to another country's ("the Paraguayan Communist Party (PCP)"),
and a conference's theme in quotation marks that opens with a word and a comma."""
from __future__ import annotations

import pytest

from tests.release_text import release
from tests.test_extract_copy_agreements import MA


def _parties(title, pub, lead, later):
    return [(p.name, p.country_code) for e in release(title, pub, lead, later).events for p in e.parties]


@pytest.mark.parametrize("lead, later, value", [
    # the first part found as a name of its own, the second by its party word
    ("Praia, 12 Mar (Inforpress) \u2013 The President of the Movement for the Renewal of Cabo Verde \u2013 Social "
     f"Democratic Party (MRCV-PSD), Tom Poe, held talks in Beijing on 11 March with {MA}.",
     "Poe said the MRCV-PSD values the friendship.",
     [("Movement for the Renewal of Cabo Verde \u2013 Social Democratic Party", "CV")]),
    # the first part with no party word, after a title: only the name after "the" is the party's
    ("Luanda, 12 Mar (ANGOP) \u2013 The President of the Wide Convergence for the Renewal of Angola \u2013 Electoral "
     f"Coalition (CARA-CE), Tom Poe, held talks in Beijing on 11 March with {MA}.",
     "Poe said CARA-CE values its ties with the CPC.",
     [("Wide Convergence for the Renewal of Angola \u2013 Electoral Coalition", "AO")]),
])
def test_a_name_in_two_parts_with_two_part_initials(lead, later, value):
    assert _parties("EP leader holds talks with CPC", "2019.03.13", lead, later) == value


def test_a_spaced_dash_without_two_part_initials_keeps_two_names():
    got = _parties("Parties meet", "2019.03.13", "Luanda, 12 Mar (ANGOP) \u2013 The Popular Movement for the Liberation "
                   f"of Angola \u2013 Party of Labour (MPLA) and the CPC held talks in Beijing on 11 March, led by {MA}.",
                   "Both sides exchanged views.")
    assert ("Party of Labour", "AO") not in got and not any("\u2013" in n for n, _ in got)


def test_an_acronym_defined_for_the_texts_own_country():
    got = _parties("CPC congratulates the Paraguayan Communist Party", "2018.02.20", "Asuncion, Feb 19 (Prensa Latina) The "
                   "CPC is willing to work with the Paraguayan Communist Party (PCP) to strengthen exchanges, the CPC "
                   "Central Committee said in a message of congratulations made public here on Monday.", "In the message "
                   "addressed to Tom Poe, general secretary of the PCP, the Chinese party recalled the PCP's struggle.")
    assert got == [("Paraguayan Communist Party", "PY")]


def test_the_acronym_still_names_its_row_when_the_text_names_that_country():
    got = _parties("CPC delegation visits Portugal", "2018.02.20", f"Lisbon, Feb 19 \u2013 A CPC delegation led by {MA}, "
                   "held talks with leaders of the Portuguese Communist Party (PCP) on Monday.", "The PCP thanked the CPC.")
    assert got == [("Portuguese Communist Party", "PT")]


def test_a_quoted_theme_opening_with_a_word_and_a_comma():
    got = _parties("Dialogue opens", "2019.05.24", "Beijing, May 24th\u2014The China-Nordic Political Parties Dialogue, "
                   "themed \u201cInnovation, Green Growth and Party Governance\u201d, opened here today, addressed by "
                   f"{MA}.", "Tom Poe, leader of the Norwegian Labour Party, also spoke.")
    assert got == [("Norwegian Labour Party", "NO")]


@pytest.mark.parametrize("lead, value", [
    ("a senator of Paraguay's Frente Guasu, Tom Poe, spoke at the event", [("Frente Guasu", "PY")]),
    ("a delegation of Popular Action (AP), led by its president Tom Poe, also met him", [("Popular Action", "PE")]),
])
def test_dictionary_rows(lead, value):
    got = _parties("Seminar held", "2021.06.10", f"{MA}, addressed a seminar on Thursday; {lead}.", "More were there.")
    assert got == value
