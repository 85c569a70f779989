"""Names inside someone's reported words (used by parsers.mention_roles): after "X said that", inside a
quotation left open, or in an announcement's own first sentence. Such a name is the speaker's content, not
necessarily one of the contact's people; the caller decides with what else it knows.
"""
from __future__ import annotations

import re

from parsers.person_roles import CONTACT_ING, sentence_start

__all__ = ["announced_in_lead", "in_quotation", "in_said_that"]


def announced_in_lead(text: str, pos: int, lead_par_end: int | None) -> bool:
    """The lead's first sentence announcing a contact ("X will meet with Y via video link on Friday,
    the spokesperson said"): the announcement's own content, not a later step of a reported trip."""
    if lead_par_end is None or pos >= lead_par_end:
        return False
    start = text.rfind("\n", 0, pos) + 1
    return ". " not in text[start:pos] and text[start:lead_par_end].strip() != "" and start <= lead_par_end


def in_said_that(text: str, pos: int) -> bool:
    """After the lead, a name inside "the message said that ..." / "X said that ...": quoted words."""
    start = sentence_start(text, pos)
    if (w := re.search(r",\s+while\s+$", text[start:pos])) and text[pos:pos + 1].isupper():
        start += w.end()    # "A noted that ..., while X, General Coordinator of the B, said": a subject of its own
    if re.search(r"\b(?:said|noted|stressed|added|recalled)\s*,\s*$", text[start:pos]) or re.search(
            r"^\s*(?:He|She|They|(?:Minister|Mr|Ms|Dr)\.?\s+[A-Z][\w\-]+|[A-Z][a-z]+)\s+(?:said|noted|added)\s+(?:(?:the\s+)?party\s+|the\s+)?(?:[A-Z][\w\-]*\s+){1,5}$", text[start:pos]) or re.search(
            r"^\s*[A-Z][\w\-]+\s+(?:said|noted|added)\s+(?:that\s+)?the\s+party['\u2019]s\s+(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*,\s+(?:[A-Z][\w\-]*\s+){0,3}$", text[start:pos]):
        return True     # "Song said, Xi Jinping, general secretary ..., pointed out that"; "He said President X had asked"
    if re.search(r"\b(?:said|noted|stressed|added)\s+(?:the|his|her|their|its)\s+(?:[\w\-]+\s+){0,3}?(?:was|is|were|are|would|will)\s+"
                 r"(?:(?!\b(?:received|met|attended|joined|talks|meeting|led|headed|accompanied|visit\w*)\b)[^.;,\n]){0,80}?\b(?:of|to|by)\s+(?:[A-Z][\w\-]*\s+){0,3}$", text[start:pos]):
        return True     # "Tuju said the experience was relevant to the agenda of President X": his words
    if re.search(r"\b(?:said|noted|added)\s+(?:that\s+)?(?:he|she|they)\s+had\s+been\s+(?:briefed|told|informed)\b", text[start:pos]):
        return True     # "He said he had been briefed on ... by Kenya's Ambassador to China, X": another occasion
    # "Falco said that when meeting with X": the speaker's own contact, told by the release
    return bool(re.search(r"\b(?:said|noted|stressed|stated|added|adding|pointed\s+out|addressed|emphasi[sz]ed|reiterated|"
                          r"underlined|highlighted|believed|hoped|maintained|agreed|wrote|recalled|reminded"
                          r"|told\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:news|press)\s+(?:conference|briefing)"
                          # ("X told the Chinese leader that CCM Chairman Y had asked the party to ...": his words)
                          r"|told\s+(?:the|his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:leader|hosts?|guests?|visitors))"
                          r"(?:\s+with\s+(?:great\s+)?(?:satisfaction|pleasure|appreciation|concern|regret))?\s+that\b"     # ("noted with satisfaction that")
                          r"(?!\s+when\s+" + CONTACT_ING + ")", text[start:pos]))


def in_quotation(text: str, pos: int) -> bool:
    """A name inside a quotation its paragraph opens before it and has not closed ("“Mustafa Kemal
    Ataturk, your party's founder, is very famous in China.”"): the speaker's words."""
    before = text[text.rfind("\n", 0, pos) + 1:pos]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1
