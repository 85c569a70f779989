"""Where an appositive title stops because the next person of a list begins inside it.

"Communications Eamon Ryan, Secretary General of the Department of Foreign Affairs Joe Hackett and
Cathaoirleach of ... Eddie Fitzpatrick": the words after the comma are the next list items, each a
title followed by its own name, not a title of the name before the comma.
"""
from __future__ import annotations

import re

from parsers.names import ROLE_END_RE
from parsers.subject_names import looks_like_person
from parsers.title_first import title_then_name

# a lower-case title-first item inside a list ("..., former prime minister X,") followed by a
# capitalised title-first run closed by a comma: the list goes on after the comma
LIST_ITEM_ROLE_RE = re.compile(r"(?:,|\bwith)\s+(?:(?:former|then|deputy|vice|foreign|prime|acting|current|outgoing)\s+)*$")
NEXT_TITLE_FIRST_RE = re.compile(r"(?:[A-Z][\w\-]*\s+(?:(?:of|for|and|the)\s+)*){1,10}?[A-Z][\w\-]*,\s")
# abstract nouns end a body's name ("... Disaster Management and Social Affairs Committee"), never a person's
_ABSTRACT_RE = re.compile(r"(?:tion|sion|ment|ness|ship|ism|ity|ance|ence)$")


def next_person_at(title: str, after_role: bool) -> int | None:
    """The index of the " and "-separated piece of `title` that is itself a title-first person
    ("A, MP B and MP C", "... Affairs Joe Hackett"), or None when every piece is a title."""
    for i, piece in enumerate(re.split(r"\s+and\s+", title)):
        nested = title_then_name(piece, None)
        if nested is None or nested[0] is None:
            continue
        head, name = nested
        if ROLE_END_RE.search(head) or after_role or head in ("MP", "MPs", "Senator", "Hon."):
            return i
        if " of " in head and head[:1].isupper() and looks_like_person(name) \
                and not any(_ABSTRACT_RE.search(w) for w in name.split()):
            return i
    return None


def cut_before(title: str, piece: int) -> str:
    """The title up to the " and " that opens piece number `piece`."""
    parts = re.split(r"(\s+and\s+)", title)
    return "".join(parts[:2 * piece - 1])
