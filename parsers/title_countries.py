"""Country names at the end of a title-first phrase: "Chinese Ambassador to South Africa Wu Peng"
(a country of several words closes the title), "Minister of Nepal" (a country word never opens a
name). Used by parsers.title_first.
"""
from __future__ import annotations

from parsers.data.cities import CITIES
from parsers.gazetteer import country_code, find_countries

__all__ = ["is_country_word", "past_country"]


def past_country(subject: str, tokens: list, k: int) -> int:
    """"Chinese Ambassador to South Africa Wu Peng": a country name of several words ends the title."""
    if 1 < k < len(tokens) - 1 and tokens[k - 1].group() == "and":
        # "Chinese Ambassador to Bosnia and Herzegovina Ji Ping": a country's name holding "and" (the run
        # of capitalised words from the right stops at it)
        for j in range(k - 2, max(-1, k - 5), -1):
            head = next((c for c in find_countries(subject[tokens[j].start():]) if c.start == 0 and c.kind == "name"), None)
            if head and tokens[j].start() + head.end >= tokens[k].end():
                stop = tokens[j].start() + head.end
                while k < len(tokens) and tokens[k].end() <= stop:
                    k += 1
                return k
    if k >= len(tokens) - 2 or (k > 0 and tokens[k - 1].group().lower() == "the"
                                and not (k > 1 and tokens[k - 2].group() in ("to", "in"))):
        # "of the Sri Lanka Podujana Peramuna" is a party named after its country; "Ambassador to the
        # United States Cui Tiankai" is a post
        return k
    try:
        hits = find_countries(subject[tokens[k].start():])
    except Exception:
        return k
    head = next((c for c in hits if c.start == 0 and c.kind == "name"), None)
    if head is None:
        # "Mayor of Novi Sad Milos Vucevic": a city of two words after "of" or "in" ends the title too
        two = " ".join(t.group() for t in tokens[k:k + 2])
        if k > 0 and tokens[k - 1].group() in ("of", "in") and len(tokens) - k >= 4 and two in CITIES:
            return k + 2
        return k
    stop = tokens[k].start() + head.end
    while k < len(tokens) and tokens[k].end() <= stop:
        k += 1
    return k


def is_country_word(tok: str) -> bool:
    try:
        return country_code(tok) is not None
    except Exception:
        return False
