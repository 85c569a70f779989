"""The words of a title-first phrase, one token at a time: which capitalised token opens a name and which
closes a title ("Assembly", "Germany's", "Vice-Minister"), particles and patronymics inside a name, a dictionary party
or a portfolio that ends the title, a country that is a surname. Used by parsers.title_first.
"""
from __future__ import annotations

import re

from parsers.gazetteer import country_code, find_countries
from parsers.names import NAME_ABBREVIATIONS, ORG_WORD_RE, TITLE_NOUN, TITLE_TAIL, VIETNAMESE_SURNAMES, looks_like_org
from parsers.parties import lookup_party
from parsers.title_countries import is_country_word

__all__ = ["NAME_TOKEN_RE", "PATRONYMICS", "LOWER_TAIL", "PORTFOLIO", "REGION_RE", "after_connector", "bare_person",
           "country_surname", "ends_title", "inner_particle", "past_known_party"]

# a capitalised word, an initial, or an Arabic particle glued to a name ("el-Sharif", "al-Bashir")
NAME_TOKEN_RE = re.compile(r"^(?:[A-Z\u00C0-\u00DE\u0100-\u024F][\w'\u2019\-]*|[A-Z]\.(?:[A-Z]\.)*|" + "|".join(a + r"\." for a in NAME_ABBREVIATIONS)
                            + r"|(?:[A-Z]|Ts|Ch|Sh|Kh|Zh|Ya|Yu|Yo)\.[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?|(?:Ts|Ch|Sh|Kh|Zh|Ya|Yu|Yo)\."
                            r"|(?:el|al|ul|ed|ad|as|at|abu|bin|ben)-[A-Z\u00C0-\u00DE][\w'\u2019\-]*)$")


# lower-case particles inside a name: "Jeronimo de Sousa", "Frank van den Berg"
PARTICLES = frozenset("de da do dos das del della di du van von der den ter ten le la ul bin binti bint ibn wa "
                       "uulu kyzy ogly oglu qizi gizi".split())
# Kyrgyz and Azerbaijani patronymic words may also close the name: "Nurlanbek Turgunbek uulu"
PATRONYMICS = frozenset("uulu kyzy ogly oglu qizi gizi".split())


def inner_particle(tokens: list, i: int) -> bool:
    """Token i is a particle with a given name before it ("Frank van den Berg", not "van Berg")."""
    if tokens[i].group() not in PARTICLES:
        return False
    j = i - 1
    while j >= 0 and tokens[j].group() in PARTICLES:
        j -= 1
    return j >= 0 and bool(NAME_TOKEN_RE.match(tokens[j].group())) and not ends_title(tokens[j].group())


# Xinhua's lower-case roles before a name: "China's top political advisor Wang Huning",
# "Senior CPC official Cai Qi", "former president Mahinda Rajapaksa".
LOWER_TAIL = re.compile(r"^(?:advisor|adviser|aide|legislator|lawmaker|leader|envoy|president|chairman|chairwoman|"
                         r"premier|minister|secretary|spokesperson|spokesman|ambassador|official|chief|head|"
                         r"politician|senator|speaker|governor|mayor|general|secretary-general|vice-chairman|vice-president|chairperson|member|organiser|organizer|convener|convenor|coordinator|treasurer|"
                         r"counterpart|founder|co-founder)s?$")     # "X and his Chinese counterpart Y held phone talks"


def past_known_party(tokens: list, k: int) -> int:
    """"... of the French party Les Republicains Annie Genevard": a dictionary party opening the
    capitalised run ends the title."""
    for n in range(min(4, len(tokens) - k - 2), 0, -1):
        words = " ".join(t.group() for t in tokens[k:k + n])
        if " " in words and lookup_party(words) is not None:
            return k + n
    return k


def country_surname(tokens: list) -> bool:
    """The last token is a country's name, after two given names that are neither title nor country words."""
    words = [t.group() for t in tokens[-3:]]
    return len(tokens) >= 4 and is_country_word(words[2]) and all(
        NAME_TOKEN_RE.match(w) and not ends_title(w) and not find_countries(w) for w in words[:2]) \
        and not any(c.start == 0 for c in find_countries(" ".join(words[1:])))     # not "... South Sudan"


REGION_RE = re.compile(r"\b(?:Europe|Asia|Africa|America|Americas|Oceania|Caribbean|Pacific|Atlantic|Balkans|"
                        r"Middle\s+East|Gulf|Sahel|Maghreb|Scandinavia)\b")


TWO_LETTER_ROLES = frozenset({"MP", "PM", "VP", "UN", "EU", "US", "UK", "AU", "DG", "SG", "CM", "FM"})


def acronym_known(tok: str) -> bool:
    return lookup_party(tok) is not None or bool(country_code(tok))


def ends_title(tok: str) -> bool:
    """A token that closes a title rather than opening a name: a title or organisation word
    ("Assembly", "Foundation", "Prefecture", "Economy"), a possessive ("Germany's"), a country
    or a country word."""
    if re.fullmatch(r"(?:II|III|IV|VI|VII|VIII|IX)", tok):
        return False        # a regnal number closes a name ("King Tupou VI")
    if re.fullmatch(r"[A-Z]{2}", tok) and tok not in TWO_LETTER_ROLES and not acronym_known(tok):
        return False        # initials written without dots open a name ("Chairman KP Sharma Oli")
    if TITLE_TAIL.match(tok) or ORG_WORD_RE.match(tok) or re.search(r"['\u2019]s$", tok):
        return True
    if "-" in tok and any(re.fullmatch(TITLE_NOUN + "s?", part, re.IGNORECASE) for part in tok.split("-")):
        return True         # "Vice-Minister", "Director-General", "Co-chairs" (a name's hyphen joins names: "Akufo-Addo")
    # (cities are not tested: "San Francisco Mayor London Breed")
    return is_country_word(tok)


def after_connector(tokens: list, k: int) -> int:
    """"City of Trier Wolfram Leibe", "Head of Fatah Ahmad Abbas": right after a bare "of"/"to"
    the first capitalised word of a run of three or more names the place or body, not the person."""
    if 0 < k < len(tokens) and tokens[k - 1].group() in ("of", "to", "for", "and") \
            and not re.match(r"^[A-Z]\.", tokens[k].group()) \
            and not (len(tokens) - k == 3 and tokens[k].group() in VIETNAMESE_SURNAMES):    # "to Nguyen Phu Trong"
        if len(tokens) - k >= 4 and (tokens[k + 1].group() in PORTFOLIO or looks_like_org(tokens[k + 1].group())):
            return k + 2        # "Secretary of Housing and Urban Development Alphonso Jackson", "... and Special Initiatives X"
        if len(tokens) - k >= 3 and (tokens[k - 1].group() in ("of", "to") or tokens[k].group() in PORTFOLIO):
            return k + 1        # "Minister of State for Trade Mark Garnier"
    return k


# the portfolio closing a minister's title ("Secretary of State for Trade", "... and Sport")
PORTFOLIO = frozenset("""Trade Commerce Sport Sports Culture Defence Defense Health Finance Education Justice Labour
Labor Energy Transport Industry Agriculture Tourism Business Europe Development Affairs Security Economy Environment
Housing Media Science Technology Interior Youth Women Planning Services Resources Works Fisheries
Irrigation Welfare Communications Infrastructure Rights Information Broadcasting Popularisation Popularization
Propaganda Mobilisation Mobilization Publicity Ideology Aviation Highways Ports Shipping Change Government Relations
Cooperation""".split())


def bare_person(name: str) -> bool:
    from parsers.subject_names import looks_like_person     # it imports this module
    # (not "Presidential Candidate of the A Party": a role, capitalised)
    return looks_like_person(name) and not re.fullmatch(rf"(?:[A-Z][a-z]+\s+)?(?:{TITLE_NOUN}|candidate|nominee)", name, re.IGNORECASE)
