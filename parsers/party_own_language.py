"""Party names written in the party's own language, right before their acronym (used by
parsers.parties): "the Partido Africano da Independência de Cabo Verde (PAICV)", "the Rassemblement
National des Indépendants (RNI)", "the Patriotes africains du Sénégal pour le travail, l'éthique et
la fraternité (PASTEF)".

The English pattern of party-like names walks capitalised words around an English keyword, so it
never sees these names, or cuts them at the first lower-case word ("Partido Africano para a ...").
Here the acronym in parentheses marks where the name ends, and a party word of French, Spanish,
Portuguese or Italian where it starts; the words between are the name as written, which the
conventions report (the dictionary's English name only when the text gives no full name).
"""
from __future__ import annotations

import re

__all__ = ["own_language_names"]

# the words such a name opens with
_OPENING = (r"Parti|Partido|Partito|Rassemblement|Patriotes|Mouvement|Movimento|Movimiento|Frente|Front|"
            r"Union|Unión|União|Alliance|Alianza|Aliança|Convergence|Convergencia|Congrès|Coalición|Coligação|"
            r"Renouveau|Convention|Organisation|Organização|Organización")
# the short words of those languages that show a name is not English ("de", "des", "pour la")
_ROMANCE_WORD_RE = re.compile(r"\s(?:de|del|des|du|da|das|do|dos|della|dei|pour|para|per|et|e|y|la|le|les|los|las|"
                              r"l['\u2019]\w+|d['\u2019]\w+)\s", re.I)
# English words that show the run is an English sentence or name, not one own-language name
_ENGLISH_RE = re.compile(r"\s(?:of|the|for|and|with|led|by|in|on|at|to|from|said|met|who|which)\s")
_OPENING_RE = re.compile(rf"(?<![\w'\u2019-])(?:{_OPENING})\s")
_NAME_RE = re.compile(r"(?P<name>\S+\s[^()\n.;:\u2014]{3,140}?)\s\((?P<acr>[A-Z][A-Za-z\-]{1,9})\)")


def own_language_names(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name as written, acronym as written) of each such name."""
    out: list[tuple[int, int, str, str]] = []
    for o in _OPENING_RE.finditer(text):
        if out and o.start() < out[-1][1]:
            continue            # a party word inside the name just read
        m = _NAME_RE.match(text, o.start())
        if m is None:
            continue
        name = m.group("name")
        padded = f" {name} "
        if not _ROMANCE_WORD_RE.search(padded) or _ENGLISH_RE.search(padded):
            continue            # "Front for ... of ..." is English: the English readers have it
        out.append((m.start("name"), m.end("name"), name, m.group("acr")))
    return out
