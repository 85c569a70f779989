"""Party names found by their party word ("... Party", "Front for ...", "Parti ..."): the fallback
for names the party dictionary does not hold. Used by parsers.party_spans, which re-exports `PartySpan`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.data.party_pattern import without_country_adjective
from parsers.gazetteer import find_countries
from parsers.model import Party
from parsers.party_bodies import not_a_party as _not_a_party

__all__ = ["CAP", "GENERIC", "PARTY_WORD", "PartySpan", "country_in", "word_spans"]


@dataclass(frozen=True)
class PartySpan:
    start: int
    end: int
    party: Party


PARTY_WORD = (r"(?:Party|Parti|Partido|Partei|Front|Movement|Mouvement|Movimiento|Movimento|Congress|Union|League|Alliance|Rally|Coalition|"
              r"Association|International(?!\s+(?:Department|[A-Z]))|Peramuna|Mapinduzi|Bloc|Platform|"
              r"Convention|Fidesz|Linke|Komeito)")
CAP = r"[A-Z\u00C0-\u00DE\u0100-\u024F][\w'\u2019\-&]*"
GENERIC = frozenset("""socialist social democratic communist labour labor liberal people's peoples workers' workers
revolutionary national progressive republican green greens united popular radical christian civic unity justice
development democracy conservative new patriotic independence freedom reform left social-democratic agrarian
islamic federal constitutional nationalist solidarity alliance front movement party congress union league
the of and for marxist-leninist marxist leninist renewal people citizens' citizens democrats youth""".split())

_WORD_PARTY_RE = re.compile(
    # ("the Central Party School of the Syrian Baath Party": a party's school is no party)
    rf"(?P<core>(?:{CAP}[^\S\n]+(?:and[^\S\n]+)?){{0,6}}?{CAP}[^\S\n]+)?(?P<word>{PARTY_WORD}|party)\b(?![^\S\n]+School\b)"
    # ("(Maoist)", not "(CCP)", nor the name in its own language: "(Moderaterna)", "(Det Konservative Folkeparti)")
    rf"(?P<paren>\s\((?![A-Z]+\))(?![^()]*(?:erna|urinn|parti|partiet|partei|puolue)\))(?:[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)*)\))?"
    rf"(?P<tail>(?:[^\S\n]+(?:of|for)[^\S\n]+(?:the[^\S\n]+)?{CAP}(?:[^\S\n]+(?:and[^\S\n]+)?{CAP}){{0,5}}){{0,3}})"
    rf"(?P<paren2>\s\((?![A-Z]{{2}})(?![^()]*(?:erna|urinn|parti|partiet|partei|puolue)\))[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)*\)|\s[\"\u201c][A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?[\"\u201d])?")


# French, Spanish, Portuguese, Italian and German names open with the party word.
_WORD_FIRST = frozenset(("Parti", "Partido", "Partito", "Partei", "Mouvement", "Movimiento", "Movimento"))
# (and the Filipino "ng": "Partido Demokratiko ng Pilipino-Lakas ng Bayan")
_ROMANCE_LINK = r"(?:de|del|de\s+la|de\s+los|des|du|dos|das|da|do|al|pour|per|della|dei|et|y|e|ng)"
_WORD_FIRST_REST_RE = re.compile(rf"(?:[^\S\n]+{_ROMANCE_LINK})?[^\S\n]+{CAP}(?:[^\S\n]+(?:{_ROMANCE_LINK}[^\S\n]+)?{CAP}){{0,5}}")


_ORDINAL = r"(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|\w+teenth|\w+tieth)\b"


def word_spans(text: str, countries: list) -> list[PartySpan]:
    out: list[PartySpan] = []
    for m in _WORD_PARTY_RE.finditer(text):
        core = (m.group("core") or "").strip()
        word = m.group("word")
        if re.match(r"(?:The\s+)?Chinese\s", core) and word.lower() != "party":
            continue                       # "Chinese People's Association for Peace and Disarmament": a Chinese body
        # (and a number opening a sentence: "Sixty Swapo Party cadres will attend ...")
        core = re.sub(r"^(?:(?:The|A|An|Both|Two|Its|His|Her|Their|Our|This|That|Ruling|Opposition|Chinese|CPC"
                      r"|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Fifteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundreds|Dozens)\s+)+", "", core)
        # "Australia's Coalition": a country's possessive is the writer's locator
        core = re.sub(r"^(\S+)['\u2019]s(?:\s+|$)", lambda p: "" if find_countries(p.group(1)) else p.group(0), core)
        if word == "party" and (not core or re.fullmatch(r"(?:(?:West|East|North|South|Central|Southern|Northern|Eastern|Western)\s+)?"
                                                         r"(?:African|Asian|European|American|Latin\s+American|Arab|Caribbean|Pacific|Nordic|Balkan)", core)):
            continue                       # ("a seminar for West African party officials": a region's parties)
        if re.match(r"(?:\S+['\u2019]s\s+)?" + _ORDINAL, core) or re.search(_ORDINAL + r"\s+$", text[max(0, m.start() - 14):m.start()]):
            continue                       # "its Seventh National Congress", "the Party's Ninth National Congress": a party's congress
        if not core and not m.group("tail") and word in _WORD_FIRST:
            # "leader of Mouvement Patriotique", "the Parti Socialiste": the party word comes first
            rest = _WORD_FIRST_REST_RE.match(text, m.end("word"))
            if rest:
                s0 = m.start("word")
                out.append(PartySpan(s0, rest.end(), Party(word + rest.group(0), None,
                                                           country_in(countries, s0, rest.end()))))
            continue
        if not core and not m.group("tail") or re.search(r"\b(?:Deputy|Vice|Acting|Former|Assistant)$", core):
            continue                       # "the Party", "both Parties"; "Deputy Party Leader" is a title
        if word == "Party" and not m.group("tail") and text.startswith(" Committee", m.end()):
            continue                       # "Secretary of the Hanoi Party Committee": a ruling party's local committee
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip())) + (m.group(0).find(core) if core else m.group(0).find(word))
        tail = m.group("tail") or ""
        paren = m.group("paren") or ""
        # the last "of <Country>" of the tail is a locator the writer added unless the
        # name is generic words only ("Socialist Party of Serbia" keeps it).
        loc_cc = None
        kept_tail = tail
        parts = re.split(r"(?=\s+(?:of|for)\s+)", tail)
        if parts and parts[-1].strip():
            last = parts[-1]
            tail_start = m.end() - len(last)
            lc = country_in(countries, tail_start, m.end())
            if lc:
                loc_cc = lc
                core_words = [w.lower() for w in (core + " " + word + " " + "".join(parts[:-1])).split()]
                if word == "party" or any(w not in GENERIC for w in core_words):
                    kept_tail = "".join(parts[:-1])
                if not core and not "".join(parts[:-1]).strip():
                    continue               # "Party of Japan" left over after "New Komeito": no name

        if word == "party":
            name = core
        else:
            name = f"{core} {word}".strip() + paren + kept_tail + (m.group("paren2") or "")
        name = re.sub(r"\s+", " ", name).strip()
        name = without_country_adjective(name)     # "the Workers Party of Brazil and Brazilian president"
        if not name or _not_a_party(name) or name.startswith(("and ", "or ")):
            continue        # ("Chinese and German party officials": two countries' adjectives, no name)
        if len(name.split()) < 2 and word not in ("Fidesz", "Linke", "Komeito"):
            continue
        end = m.end()
        cc = loc_cc or country_in(countries, start, end)
        out.append(PartySpan(start, end, Party(name, None, cc)))
    return out


def country_in(countries: list, start: int, end: int) -> str | None:
    for c in countries:
        if start <= c.start and c.end <= end and c.code != "CN":
            return c.code
    return None

