"""Build one compact regex from many literal forms (a trie), for fast alternation."""
from __future__ import annotations

import re


def trie_pattern(words, *, space: str = r"\s+", apostrophe: str = "['’]") -> str:
    """A regex source matching any of `words` (longest alternatives tried first).

    Spaces match `space`, straight/curly apostrophes match either form.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def esc(ch: str) -> str:
        if ch == " ":
            return space
        if ch in "'’":
            return apostrophe
        return re.escape(ch)

    def build(node: dict) -> str:
        end = "" in node
        alts = [esc(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            body = "(?:" + body + ")?"
        return body

    return build(trie)
