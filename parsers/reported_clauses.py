"""Reported speech: whether a name after the lead stands inside what someone said or inside a story of the past
("Liu said ... President X and Prime Minister Y held talks in Lima last year"), and where a sentence begins (a
title's abbreviation, an initial or a date's abbreviated month ends none). Used by parsers.person_roles, which
re-exports `reported`, `speech_story` and `sentence_start`.
"""
from __future__ import annotations

import re

__all__ = ["CONTACT_ING", "reported", "sentence_start", "speech_story"]

_REPORTED_RE = re.compile(
    r"\b(?:said|says|noted|stressed|recalled|pointed\s+out|added|expressed|hoped|believes?|that|when|since|"
    r"ago|last\s+(?:year|month|week)|in\s+(?:19|20)\d\d|previously|once|"
    # "former president Mahinda Rajapaksa" is a title, not a past contact
    r"former(?!\s+(?:\w+\s+)?(?:president|prime|premier|minister|speaker|chair\w*|leader|secretary|head|"
    r"general|vice|deputy|governor|mayor)\b))\b", re.IGNORECASE)


CONTACT_ING = r"(?:meeting|receiving|holding|talking|hosting|paying)\b"
_CONTACT_ING_RE = re.compile(CONTACT_ING)


# "Song noted that ... . President Xi Jinping and leaders of Vanuatu held meetings and ...": a
# paragraph opened by a speaker's "noted that" goes on in the speaker's words after its first stop.
# (the department's own style: "Liu said, Rwanda is China's good partner. ... President Xi Jinping has
# maintained close contacts with President Paul Kagame")
# A message's words run on the same way: "The message said that ... . He visited China and met with
# Chinese leaders including X", "In his message, Deuba said that ... . Recalling his meeting with Y".
_SPEECH_PARAGRAPH_RE = re.compile(
    # ("Meeting with Dahal, Song said that ...": one of the release's meetings, then the speech)
    r"(?:(?:In\s+(?:his|her|their|its|the)\s+(?:[\w\-]+\s+)?(?:message|letter)s?,\s+|(?:When\s+)?[Mm]eeting\s+(?:with\s+)?[A-Z][\w\-]+,\s+)?"
    r"[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?"
    r"|(?:The|Its|His|Her|Their)\s+(?:[\w\-]+\s+)?(?:message|letter)s?)"
    r"\s+(?:said|noted|stressed|pointed\s+out|recalled|emphasi[sz]ed|expressed|added)(?:\s+that\s|,\s)[^\n]*?\.\s")


def _in_speech_paragraph(text: str, pos: int) -> bool:
    m = _speech_opening(text, pos)
    if m is None:
        return False
    start, stop = sentence_start(text, pos), text.find(". ", pos)
    sentence = text[start:stop if stop >= 0 else len(text)]
    speaker = re.match(r"\s*([A-Z][\w\-]+)", text[text.rfind("\n", 0, pos) + 1:])
    if start >= m.end() - 1 and speaker and re.match(rf"\s*{speaker.group(1)}\s+and\s", sentence) and not re.search(r"\bsaid\b", sentence):
        return False    # "Zahid said that ... . Zahid and Secretary-General X briefed Liu on ...": the speaker's own act
    # "Vice Minister X also met the delegation", "Ambassador X attended the talks.", "... X was present.": a sentence of its own
    if re.match(r"[^.\n]*?\b(?:attended\s+the\s+(?:talks|meeting)|(?:was|were)\s+(?:also\s+)?present(?:\s+at\s+the\s+(?:talks|meeting))?)\s*\.", text[pos:]):
        return False
    return not re.search(r"\balso\b", sentence) or speech_story(text, pos)


def speech_story(text: str, pos: int) -> bool:
    """In a speech paragraph, a sentence "Xi also held talks with Y" whose subject is a surname
    named earlier inside the speech: still the speaker's story, not a contact of this release."""
    m = _speech_opening(text, pos)
    start = sentence_start(text, pos)
    told = re.match(r"\s*([A-Z][a-z]+)\s+also\b", text[start:pos])
    return bool(m and told and re.search(rf"\b{told.group(1)}\b", text[text.rfind("\n", 0, pos) + 1:start]))


def _speech_opening(text: str, pos: int):
    m = _SPEECH_PARAGRAPH_RE.match(text, text.rfind("\n", 0, pos) + 1)
    return m if m and m.end() <= pos else None


def reported(text: str, pos: int) -> bool:
    """After the lead, a contact told inside reported speech or about the past is a mention in passing."""
    if _in_speech_paragraph(text, pos):
        return True
    before = text[max(0, pos - 300):pos]
    cut = max(before.rfind(". "), before.rfind("\n"))
    sentence = before[cut + 1:] if cut >= 0 else before
    # '"A party close to the people never loses its way," X quoted Xi as saying': X's own words
    sentence = re.sub(r'^\s*["\u201c][^"\u201c\u201d]*[,.!?]["\u201d]\s*$', "", sentence)
    # "Liu ... said at a meeting with X": the speaker's own meeting, not reported speech
    sentence = re.sub(r"\bsaid\s+(?:at|in|during|when)\s+(?:a|the|his|her|their)(?:\s+(?:meeting|talks)\s+with)?\s*$", "", sentence)
    # ("X said the understanding was reached at his meeting with Y here today": the speaker's own meeting)
    sentence = re.sub(r"\bsaid\s+(?:that\s+)?the\s+(?:understanding|agreement|consensus|decision)\s+was\s+(?:reached|made)\s+(?:at|during|in)\s+"
                      r"(?:his|her|their)\s+(?:(?:meeting|talks)\s+with\s+)?$", "", sentence)
    # "Speaking when she welcomed a UPND delegation led by X, Ms Zhang said": the speaker's own contact
    sentence = re.sub(r"\b(?:said|[Ss]peaking|spoke)\s+(?:as|when|while)\s+(?:he|she|they)\s+(?=(?:met|received|held|welcomed|hosted)\b)",
                      "", sentence)
    # "made the remarks when meeting with a delegation ... headed by X", "Falco said that when meeting
    # with ... X": the contact of this release
    sentence = re.sub(r"\bsaid\s+(?:that|this|so)\s+(?=when\s+" + CONTACT_ING + ")", "", sentence)
    sentence = re.sub(r"\bwhen\s+(?=" + CONTACT_ING + ")", "", sentence)
    # "X said this on Tuesday in Abuja when the Chinese Ambassador, Y, paid him a courtesy visit": the speaker's own contact
    # ("X made the disclosure on Friday when the Chinese Ambassador, Y, paid a courtesy visit on the party's leadership")
    if (frame := re.search(r"\b(?:said\s+this|made\s+the\s+(?:disclosure|remarks?|announcement|statement))\b[^.]{0,80}?\bwhen\s+[^.]*$", sentence)) \
            and re.match(r"[^.;]{0,60}?\bpaid\s+(?:(?:him|her|them)\s+)?a\s+(?:courtesy\s+)?(?:visit|call)\b", text[pos:]):
        sentence = sentence[:frame.start()]
    # "Xinhua reported that Li ... met on Friday with the delegation led by X": the news agency's
    # report of this contact, not speech about another one
    sentence = re.sub(r"^.*\b(?:news\s+agency|Xinhua|media|newspaper)\s+(?:\w+\s+)?reported\s+that\s+", "", sentence)
    if re.match(r"(?:paid|met|received|held|welcomed|hosted)\b", text[pos:pos + 10]):
        # "Mr Hu said this yesterday when he paid a courtesy call on X": the speaker's own contact
        sentence = re.sub(r"\b(?:said|[Ss]peaking|spoke)\s+(?:(?:this|so)\s+)?(?:(?:yesterday|today|on\s+\w+day)\s+)?"
                          r"(?:as|when|while)\s+(?:he|she|they)\s+$", "", sentence)
    if re.search(r"\bhad\s+(?:(?:also|earlier|already|previously)\s+)?$", sentence) and re.match(r"(?:met|received|held|called|visited)\b", text[pos:pos + 10]):
        return True     # "Ambassador Hou had met X at Khumaltar last week": an earlier contact
    if _CONTACT_ING_RE.match(text, pos):
        sentence = re.sub(r"\bwhen\s+$", "", sentence)
    elif re.match(r"(?:met|held\s+talks|received)\b", text[pos:pos + 12]) \
            or re.match(r"(?:led|headed)\s+by\b", text[pos:pos + 12]) \
            and re.search(r"\bwhen\s+[A-Z][^.;]{0,200}?\b(?:received|met|held\s+talks\s+with)\s+(?:a|the)\s+[^.;]{0,160}$", sentence):
        # "The two sides expressed their willingness when Lu Kang, ..., met respectively with": the
        # clause after "when" tells this release's contact ("... when X received a delegation ... led by its head, Y")
        w = list(re.finditer(r"\bwhen\s+(?=[A-Z])", sentence))
        sentence = sentence[w[-1].end():] if w else sentence
    # '"...," said X, who was flanked by A and B': the speaker's company at this contact
    sentence = re.sub(r"^.*\bwho\s+(?:was|were)\s+(?:(?:flanked|accompanied)\s+by\s+|$)", "", sentence) \
        if re.match(r"(?:flanked|accompanied)\s+by\b|[A-Z]", text[pos:pos + 20]) else sentence
    # "Expressing confidence that the congress will ..., President X said": the subject's own act
    sentence = re.sub(r"^\s*(?:Expressing|Extending|Conveying|Voicing|Noting|Hailing|Praising)\b[^;]*,\s*$", "", sentence)
    # "X expressed this commitment during separate meetings here with A, B and C": where the speaker said it
    sentence = re.sub(r"\b(?:expressed|stressed|noted)\s+(?:this|these|the|his|her|their)\s+\w+\s*$", "", sentence) \
        if re.match(r"(?:during|at|in)\s", text[pos:pos + 8]) else sentence
    return bool(_REPORTED_RE.search(sentence))


# "Xi Jinping, ..., and Raul Castro, ..., have reached important consensus on ..., Liu added.": the
# attribution closes the sentence, so everyone named before it is inside the speaker's words.


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` begins (after ". " or a line break; not after "Rep. ", "Gov. ")."""
    line, dot = text.rfind("\n", 0, pos), text.rfind(". ", 0, pos)
    while dot > line and (_TITLE_ABBREVIATION_RE.search(text, max(0, dot - 5), dot)
                          or _MONTH_ABBREVIATION_RE.search(text, max(0, dot - 5), dot) and text[dot + 2:dot + 3].isdigit()):
        dot = text.rfind(". ", 0, dot)
    return max(dot, line) + 1


# (and honorifics: "Speaking to reporters after the meeting, H.E. X, Personal Assistant to ..., said")
# (and a lone initial after a lower-case word: "is expected to meet with L. Oyun-Erdene")
# ("beginning from Sept. 15, the party's ...": a date's month ends no sentence)
_MONTH_ABBREVIATION_RE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$")
_TITLE_ABBREVIATION_RE = re.compile(r"\b(?:Rep|Sen|Gov|Lt|Reps|Sens|H\.E|St|Dr|Mr|Mrs|Ms|Prof|Cde)$|[a-z]\s[A-Z]$|\b[A-Z]\.[A-Z]$")     # ("St. Petersburg", "Chairman Dr. X")
