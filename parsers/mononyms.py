"""One-word names: many Indonesians bear a single name ("Sugiono, Secretary General of PAN",
"led by Mardiono, Acting Chairman of the PPP"), and so do some Chinese officials of minorities. Every
other reader asks for two words, which keeps places and bodies out; here a single word counts only in an
Indonesian text (or before a CPC provincial committee's office), right after a list or contact opener, and
only when a title follows its comma. Used by parsers.appositives.
"""
from __future__ import annotations

import re

from parsers.data.cities import CITIES
from parsers.gazetteer import country_code
from parsers.mention import Mention
from parsers.names import ORG_WORD_RE, TITLE_START_RE, TITLE_TAIL
from parsers.parties import lookup_party
from parsers.title_extent import already_found, titled_mention

__all__ = ["one_word_names"]

_INDONESIAN_RE = re.compile(r"\bIndonesia(?:n|'s)?\b")
# the word opens an item of a list of people or the object of a contact
_ONE_NAME_RE = re.compile(r"(?:(?<=;\s)|(?<=;\sand\s)|(?<=,\sand\s)|(?<=\bincluded\s)|(?<=\bincluding\s)|(?<=\bwith\s)"
                          r"|(?<=\bby\s)|(?<=\bwere\s)|(?<=:\s))(?P<name>[A-Z][a-z]{3,14})(?=,\s)")
# (or a Chinese official of a minority who bears one name: "led by Bayanqolu, secretary of the CPC Jilin Provincial
# Committee")
_CPC_OFFICE_RE = re.compile(r"[^,.;\n]{0,60}\b(?:CPC|Communist\s+Party\s+of\s+China)\s+(?:[A-Z][a-z]+\s+){1,3}(?:Provincial|Regional|Municipal)\s+Committee\b")
_NOT_NAMES = frozenset("Also Both During However Meanwhile Later Today Yesterday Then Moreover Furthermore "
                       "Indonesia Jakarta Beijing Party Chairman Chairwoman Secretary President Minister Speaker".split())


def one_word_names(text: str, found: list[Mention]) -> list[Mention]:
    """`Word, Title` mentions of one-word names not already among `found`."""
    indonesian = bool(_INDONESIAN_RE.search(text))
    if not indonesian and not re.search(r"(?:Provincial|Regional|Municipal)\s+Committee", text):
        return []
    out: list[Mention] = []
    for m in _ONE_NAME_RE.finditer(text):
        name, t0 = m.group("name"), m.end() + 2
        if not indonesian and not _CPC_OFFICE_RE.match(text, t0):
            continue
        if (name in _NOT_NAMES or name in CITIES or country_code(name) or ORG_WORD_RE.match(name)
                or TITLE_TAIL.match(name) or lookup_party(name) or not TITLE_START_RE.match(text[t0:t0 + 80])
                or already_found(found, m.start())):
            continue
        out.append(titled_mention(text, name, m.start(), t0))
    return out
