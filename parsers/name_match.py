"""When two written names are one person: the same words in any order ("Kocsis Máté", "Máté Kocsis"), an initial
before the given name dropped ("J. Luther Tarpeh"), or initials for the given names ("G.A. Zyuganov" signing a letter
from "Gennady Zyuganov"). Used by parsers.people to merge a release's mentions.
"""
from __future__ import annotations

import re

from parsers.names import fold

__all__ = ["same_person"]


def same_person(a: str, b: str) -> bool:
    ta, tb = fold(a).split(), fold(b).split()
    if ta == tb or (len(ta) >= 2 and sorted(ta) == sorted(tb)):
        return True
    # "J. Luther Tarpeh" and "Luther Tarpeh": an initial before the given name adds nothing
    ta, tb = [t for t in ta if len(t) > 1], [t for t in tb if len(t) > 1]
    return len(ta) >= 2 and ta == tb and fold(a) != fold(b) or _initials_of(a, b) or _initials_of(b, a)


def _initials_of(short: str, full: str) -> bool:
    """"G.A. Zyuganov" signing a letter after "Gennady Zyuganov": initials and the same surname."""
    m = re.fullmatch(r"((?:[A-Z]\.\s?){1,3})\s*([A-Z][\w'\-]+)", short.strip())
    tf = fold(full).split()
    return bool(m) and len(tf) >= 2 and tf[-1] == fold(m.group(2)) and tf[0][:1] == fold(m.group(1)[0])
