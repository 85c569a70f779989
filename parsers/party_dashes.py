"""Unknown party names in two parts joined by a spaced dash, one pair of initials for both.

Lusophone and hispanophone parties often carry a second name after a dash, and their
initials say so with a hyphen or slash: "the Movement for the Liberation of São Tomé and
Príncipe – Social Democratic Party (MLSTP-PSD)", "the Broad Convergence for the Salvation of
Angola – Electoral Coalition (CASA-CE)". Read word by word, the second part alone ("Electoral
Coalition") or both parts as two parties would be taken; the two-part initials tell that the
writer names one party. Dictionary rows ("ZANU–PF") are read before this and never joined.
"""
from __future__ import annotations

import re

from parsers.names import TITLE_NOUN
from parsers.party_mention import PartyMention

# initials in two parts: "MLSTP-PSD", "CASA-CE", "MLSTP/PSD" (not "G17 Plus", not "PS")
_TWO_PART_RE = re.compile(r"[A-Z][A-Za-z]{1,7}[-/][A-Z][A-Za-z]{0,7}")
_DASH_RE = re.compile(r"[^\S\n]+[-\u2013\u2014][^\S\n]+$")
_GLUED_RE = re.compile(r"([A-Z][\w'\u2019]*)-(?=[A-Z])")
_WORD_RE = re.compile(r"[A-Z\u00C0-\u00DE][\w'\u2019\-]*")
_CONNECT = ("of", "for", "and", "the", "de", "del", "da", "do", "la", "in")
_TITLE_RE = re.compile(TITLE_NOUN, re.IGNORECASE)


def _first_part(head: str) -> int | None:
    """Where the name that ends `head` starts: the longest run of capitalised words and
    connectors that opens on a capitalised word after "the" or "of" and opens with no title
    ("President of the Broad Convergence for the Salvation of Angola" -> "Broad ...")."""
    words = list(re.finditer(r"\S+", head[-200:]))
    base = max(0, len(head) - 200)
    run: list[re.Match] = []
    for w in reversed(words):
        if _WORD_RE.fullmatch(w.group(0)) or w.group(0) in _CONNECT:
            run.insert(0, w)
        else:
            break
    if run and run[-1].group(0).lower() in _CONNECT:
        return None                       # "... of the – X": no name before the dash
    for i, w in enumerate(run):
        if w.group(0).lower() in _CONNECT or _TITLE_RE.fullmatch(w.group(0)):
            continue
        if i == 0 or run[i - 1].group(0).lower() in ("the", "of"):
            rest = [x.group(0) for x in run[i:]]
            if sum(1 for x in rest if x.lower() not in _CONNECT) >= 2:
                return base + w.start()
    return None


def dash_joined(text: str, found: list[tuple[PartyMention, int, int]]) -> list[tuple[PartyMention, int, int]]:
    """`found` (mention, end of its initials, dictionary row or -1), sorted by start, with each
    unknown second part carrying two-part initials joined to the name before its dash."""
    out: list[tuple[PartyMention, int, int]] = []
    for p, acr_end, idx in found:
        dash = _DASH_RE.search(text, max(0, p.start - 4), p.start) if p.start else None
        glued = _GLUED_RE.match(p.text) if not dash else None
        if idx >= 0 or p.known or not p.acronym or not _TWO_PART_RE.fullmatch(p.acronym) or not (dash or glued):
            out.append((p, acr_end, idx))
            continue
        if glued:
            # "the Alliance for Democracy in Mali-African Party for Solidarity and Justice (ADEMA-PASJ)": the hyphen
            # glued to the first part's last word
            start = _first_part(text[:p.start + glued.end(1)])
            if start is None or start >= p.start:
                out.append((p, acr_end, idx))
                continue
            out.append((PartyMention(start, p.end, text[start:p.end], text[start:p.start] + p.name, p.acronym, p.country_code,
                                     False), acr_end, idx))
            continue
        prev = out[-1] if out else None
        if prev and prev[0].end == dash.start() and not prev[0].known and prev[2] < 0 and not prev[0].acronym:
            first, start = prev[0].name, prev[0].start
            cc = prev[0].country_code or p.country_code
            out.pop()
        else:
            start = _first_part(text[:dash.start()])
            if start is None:
                out.append((p, acr_end, idx))
                continue
            first, cc = text[start:dash.start()], p.country_code
        name = f"{first} \u2013 {p.name}"
        out.append((PartyMention(start, p.end, text[start:p.end], name, p.acronym, cc, False), acr_end, idx))
    for m in _SECOND_PART_RE.finditer(text):
        # a second part with no party word of its own: "the Communist Party of Peru – Red Fatherland (PCP-PR)"
        if any(q.start < m.end(1) and m.start(1) < q.end for q, _, _ in out):
            continue
        prev = [f for f in out if f[0].end == m.start() and not f[0].known and f[2] < 0 and not f[0].acronym]
        if prev:
            out.remove(prev[0])
            start, first, cc = prev[0][0].start, prev[0][0].name, prev[0][0].country_code
        elif (start := _first_part(text[:m.start()])) is not None and _PARTY_WORD_RE.search(text, start, m.start()):
            first, cc = text[start:m.start()], None
        else:
            continue
        name = f"{first} \u2013 {m.group(1)}"
        out.append((PartyMention(start, m.end(1), text[start:m.end(1)], name, m.group(2), cc, False), m.end(), -1))
    return sorted(out, key=lambda f: f[0].start)


_SECOND_PART_RE = re.compile(r"[^\S\n]+[-\u2013\u2014][^\S\n]+((?:[A-Z][\w'\u2019]*[^\S\n]+(?:(?:of|the|and|for|de|del|la|do|da)[^\S\n]+)*){0,4}"
                             r"[A-Z][\w'\u2019]*)[^\S\n]*\((" + _TWO_PART_RE.pattern + r")\)")
_PARTY_WORD_RE = re.compile(r"\b(?:Party|Front|Movement|Union|Congress|Alliance|League|Organi[sz]ation|Coalition|Convergence)\b")
