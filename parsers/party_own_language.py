"""Party names written in the party's own language, right before their acronym (used by
parsers.parties): "the Partido Africano da Independência de Cabo Verde (PAICV)", "the Rassemblement
National des Indépendants (RNI)", "the Patriotes africains du Sénégal pour le travail, l'éthique et
la fraternité (PASTEF)", "the Sozialdemokratische Partei Deutschlands (SPD)", "the Pertubuhan
Kebangsaan Melayu Bersatu (UMNO)", "the Adalet ve Kalkınma Partisi (AK Parti)".

The English pattern of party-like names walks capitalised words around an English keyword, so it
never sees these names, or cuts them at the first lower-case word ("Partido Africano para a ...").
Here the acronym in parentheses marks where the name ends; the name runs back from it over
capitalised words and the short words of its language, up to an English word or a comma. Only a run
that shows its language (a party word such as "Partido", "Partei", "Partai", "Partisi", or a short
word such as "de", "van", "ve") is kept: the English readers have the rest. A name that opens with a
party word of French, Spanish or Portuguese may hold commas and lower-case words ("pour le travail,
l'éthique et la fraternité"). The conventions report such a name as written.
"""
from __future__ import annotations

import re

from parsers.data.party_words import EXCLUDE, FOREIGN_PARTY_WORDS

__all__ = ["own_language_names"]

# party words of other languages
_PARTY_WORDS = FOREIGN_PARTY_WORDS | frozenset("""Partisi Partiya Partiet Partia Strana Stranka
Patriotes Bewegung Beweging Unión União Alianza Aliança
Coligação Coalición Congrès Convergencia Renouveau Organização Organización Organisation Sozialdemokratische Puolue
Puolueen Párt Párty Partidul Partiyasi Partiyası Harakat Hizb Hezb Szövetség Savez Stranka
Komma Synaspismos Kinima Sojusz Platforma Stronnictwo""".split())
# lower-case party words inside a name ("Socijalistička partija Srbije")
_PARTY_WORDS_LOWER = frozenset("partija partiya partiyasi stranka strana párt partiet partidul".split())
# lower-case words of those languages before such a party word ("Balgarska sotsialisticheska partiya"), never English ones
_ENGLISH_LOWER = frozenset("the of and for with a an in on at to by from party its his her their ruling led as".split())
# one-word names: "Arbeiderpartiet (Ap)", "Socialdemokraterna"
# ("Minshutō (Democratic Party of Japan, DPJ)", "Kōmeitō (New Komeito Party)": Japanese names end in "-tō")
# (Korean names end in "-dang": "Saenuri-dang", "Deobureo Minjudang"; romanised Japanese "Rikken Minshuto")
_ONE_WORD_RE = re.compile(r"[A-ZÀ-Þ][\w\-]*(?:partiet|partij|partei|partiya|demokraterna|tō|dang|inshuto|iminto|yosanto)")
# the short words of those languages inside a name ("de", "des", "van de", "ve", "für")
_LINKS = frozenset("""de del des du da das do dos della dei di pour para per et e y la le les los las l' d' van voor
en der die und für ve ile a al i""".split())
# French, Spanish and Portuguese names that open with a party word: lower-case words and commas allowed
_OPENING_RE = re.compile(r"(?<![\w'\u2019-])(?:Parti|Partido|Partito|Rassemblement|Patriotes|Mouvement|Movimento|Movimiento|"
                         r"Frente|Union|Unión|União|Alliance|Alianza|Aliança|Convergence|Congrès|Coalición|Coligação)\s")
_ENGLISH_RE = re.compile(r"\s(?:of|the|for|and|with|led|by|in|on|at|to|from|said|met|who|which)\s")
# ... or an English gloss, with or without the acronym: "Partido dos Trabalhadores (Workers' Party, PT)",
# "Hizb Mostaqbal Watan (Nation's Future Party)" (the gloss or the acronym then chooses the dictionary row)
_GLOSS = r"[A-Z][\w'\u2019\-\u2013 ]{2,80}?"
_ACRONYM_RE = re.compile(r"\s\((?:" + _GLOSS + r",\s*)?(?P<acr>[A-Za-z\u010c\u0160][\w.\-/\u010c\u0160]{0,11}(?:\s[A-Z][a-z]{1,8})?)\)"
                         r"|\s\((?P<gloss>" + _GLOSS + r")\)")
_WORD_RE = re.compile(r"[^\s]+")
_SLAVIC_LOWER_RE = re.compile(r"[a-z]*[áéěíýůčřšžńśćźłą][a-záéěíýůčřšžńśćźłą]*")


def _backward_start(text: str, end: int) -> int | None:
    """Where a name ending at `end` starts, reading back over capitalised words and link words."""
    floor = max(text.rfind("\n", 0, end), text.rfind("(", 0, end), end - 160) + 1
    start, lower_tail = None, False
    for w in reversed(list(_WORD_RE.finditer(text, floor, end))):
        word = w.group()
        if start is None:
            lower_tail = word in _PARTY_WORDS_LOWER
        if word[-1] in ",;:" or word.endswith((".", "'s", "\u2019s")) and not re.fullmatch(r"[A-Z]\.", word):
            break
        # ("Česká strana sociálně demokratická (ČSSD)": lower-case words with their language's letters)
        if word[0].isupper() or word[0].isdigit() or word in _PARTY_WORDS_LOWER or word in ("\u2013", "-") \
                or _SLAVIC_LOWER_RE.fullmatch(word) \
                or lower_tail and word.isalpha() and word.islower() and word not in _ENGLISH_LOWER \
                or re.match(r"(?:al|el|ad|ash|as|at)-\w", word) or (word.lower() in _LINKS and start is not None):
            start = w.start()
            continue
        break
    while start is not None:    # a name opens with no link word
        first = _WORD_RE.match(text, start)
        if first and first.group().lower() in _LINKS:
            start = text.find(" ", start) + 1
            continue
        break
    return start


def own_language_names(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name as written, acronym as written) of each such name."""
    out: list[tuple[int, int, str, str]] = []
    for m in _ACRONYM_RE.finditer(text):
        end = m.start()
        start = _backward_start(text, end)
        opening = [o for o in _OPENING_RE.finditer(text, max(0, end - 160), end)
                   if not _ENGLISH_RE.search(f" {text[o.start():end]} ") and not re.search(r"[.;()\n]", text[o.start():end])]
        if opening and (start is None or opening[0].start() < start):
            start = opening[0].start()      # "Patriotes africains du Sénégal pour le travail, l'éthique ..."
        if start is None:
            continue
        name = text[start:end]
        words = name.split()
        if len(words) == 1 and _ONE_WORD_RE.fullmatch(name):
            pass
        elif len(words) < 2 or not (any(w in _PARTY_WORDS or w in _PARTY_WORDS_LOWER or _ONE_WORD_RE.fullmatch(w) for w in words)
                                    or any(w.lower() in _LINKS for w in words[1:])):
            continue            # an English name ("Democratic Action Party"): the English readers have it
        if _ENGLISH_RE.search(f" {name} ") or name in EXCLUDE:
            continue            # (nor a body that is no party: "the Shanghai Cooperation Organisation (SCO)")
        out.append((start, end, name, m.group("acr") or m.group("gloss")))
    return out
