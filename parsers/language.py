"""Is the body English? liaison reads English releases; a page in another language parses
into empty, wrong rows (no contact verb, no titles), so it is loaded with a warning saying so.

The test is the share of English function words among the words of the body. On the real
pages measured it is 0.18 or more for every English text and 0.00 for every text in Spanish,
French or Italian, so one low threshold separates them with a wide margin. Function words
that other European languages share ("a", "in", "no") are left out of the list.
"""
from __future__ import annotations

import re

_ENGLISH = frozenset(
    "the of and to with for that on was is by said has his will from at as which its are be "
    "have were this an their".split())
_WORD_RE = re.compile(r"[^\W\d_]+")
_MIN_WORDS = 30        # a shorter body says too little to judge
_MIN_SHARE = 0.05


def english_share(text: str) -> float | None:
    """Share of English function words among the words; None when there are too few words."""
    words = _WORD_RE.findall(text.lower())
    if len(words) < _MIN_WORDS:
        return None
    return sum(w in _ENGLISH for w in words) / len(words)


def language_warning(text: str) -> str | None:
    share = english_share(text)
    if share is None or share >= _MIN_SHARE:
        return None
    return (f"not_english: {share:.0%} of the body's words are English function words "
            f"(English releases have 18% or more); its rows are unreliable")
