"""Names that gloss a party rather than name another (used by parsers.party_spans): an English
gloss in brackets ("Janatha Vimukthi Peramuna (JVP, People's Liberation Front)"), one after "or"
("Pakistan Tehreek-e-Insaf (PTI), or the Pakistan Movement for Justice"), and an unknown name set
off after the party ("Chama Cha Mapinduzi (CCM), the Party of the Revolution of Tanzania.").
"""
from __future__ import annotations

import re
from dataclasses import replace

from parsers.parties import lookup_party

__all__ = ["without_glosses"]

_GLOSS_OPEN_RE = re.compile(r"\s*\((?:[A-Z][\w&\-.\u00C0-\u017F]{1,12},\s*|Our\s+|The\s+)?")     # "(Our Land Party, VP)"
_OR_GLOSS_RE = re.compile(r"\s*(?:\([A-Z][\w&\-]{1,12}\))?,\s+(?:or|also\s+known\s+as|known\s+as)\s+(?:the\s+)?")
_GLOSS_CLOSE_RE = re.compile(r"(?:,\s*[A-Z][\w&\-]{1,12})?\)")


def without_glosses(text: str, spans: list) -> list:
    """`spans` (in text order) without the glosses above; an unknown glossing name takes its party."""
    # "Janatha Vimukthi Peramuna (JVP, People's Liberation Front)": a gloss in brackets is no party of its own
    spans = [s for i, s in enumerate(spans) if not (i and _GLOSS_CLOSE_RE.match(text, s.end) and (_GLOSS_OPEN_RE.fullmatch(
        text, spans[i - 1].end, s.start) or text[spans[i - 1].start - 1] == "(" and re.fullmatch(r",\s*", text[spans[i - 1].end:s.start]))
        # "Pakistan Tehreek-e-Insaf (PTI), or the Pakistan Movement for Justice": an English gloss after "or"
        or i and _OR_GLOSS_RE.fullmatch(text, spans[i - 1].end, s.start) and not s.party.acronym)]
    # "... Chama Cha Mapinduzi (CCM), the Party of the Revolution of Tanzania.": an unknown name glossing the one
    # before it, wherever the text uses it again, is that party
    gloss = {s.party.name: spans[i - 1].party for i, s in enumerate(spans) if i and not s.party.acronym
             and re.fullmatch(r"\s*(?:\([A-Z]{2,8}\))?,\s+the\s+", text[spans[i - 1].end:s.start])
             and re.match(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?\s*[.;]", text[s.end:s.end + 40])
             and lookup_party(s.party.name) is None}
    return [replace(s, party=gloss[s.party.name]) if s.party.name in gloss else s for s in spans]
