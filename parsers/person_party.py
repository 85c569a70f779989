"""The party of a foreign participant whose title names none, told around the name: an office set
off after a title-first name, a surname back-reference's appositive, the delegation the person leads,
the leader who sent the person as an envoy (used by parsers.participants)."""
from __future__ import annotations

import re

from parsers.mention import Mention
from parsers.model import Party
from parsers.party_spans import PartySpan
from parsers.person_roles import sentence_start

__all__ = ["party_spans_in", "party_told_around"]


def party_spans_in(spans: list[PartySpan], a: int, b: int) -> list[PartySpan]:
    # (a name's second part past a title cut at its dash: "Chairman of A Just Russia – For Truth")
    return [s for s in spans if a <= s.start and (s.end <= b + 1 or s.start < b - 3 and s.party.name.count("-") + s.party.name.count("\u2013") and s.end <= b + 30)]


def party_told_around(spans: list[PartySpan], text: str, m: Mention) -> Party | None:
    """The first of the shapes below that names a party for `m`."""
    return _office_after(spans, text, m) or _office_before(spans, text, m) or _backref_party(spans, text, m) \
        or _delegation_party(spans, text, m) or _envoy_party(spans, text, m) or _capacity_party(spans, text, m) \
        or _behalf_party(spans, text, m)


def _office_before(spans: list[PartySpan], text: str, m: Mention) -> Party | None:
    """"the president of the Communist Party of Brazil (PCdoB), X, who is also Minister of ...": the party office
    told before the name, when the title kept is the second office."""
    return next((s.party for s in spans if re.fullmatch(r"(?:\s\([^()]{1,12}\))?,\s", text[s.end:m.start]) and re.search(
        r"\b(?:with|by|met|[Tt]he)\s+(?:the\s+)?(?:president|chairman|chairwoman|chairperson|leader|secretary[\s-]general|general\s+secretary)"
        r"\s+of\s+(?:the\s+)?$", text[max(0, s.start - 48):s.start])), None)     # (not "A, Chairman of the B (BB), C, Director ...")


def _delegation_party(spans: list[PartySpan], text: str, m: Mention) -> Party | None:
    """The party of the delegation a person leads: nearest party before "led by <name>" in the sentence."""
    sent_start = max(sentence_start(text, m.start), m.start - 400)     # (not after "led by Rep. X")
    if not re.search(r"\b(?:led|headed)\s+by\s+(?:\S+\s+){0,3}$", text[sent_start:m.start]) \
            and not re.search(r"(?<!Chinese )(?<!CPC )\bdelegation\b", text[sent_start:m.start]):    # a foreign delegation
        return None
    cands = [s for s in spans if sent_start <= s.start < m.start]
    return cands[-1].party if cands else None


def _envoy_party(spans: list[PartySpan], text: str, m: Mention) -> Party | None:
    """"Asang Laoly, special envoy of LPRP Central Committee general secretary X": the party of the
    leader who sent the envoy."""
    e = re.compile(r",\s+(?:a\s+|the\s+)?(?:special\s+|personal\s+)?envoy\s+of\s+").match(text, m.end)
    inside = party_spans_in(spans, e.end(), e.end() + 120) if e else []
    return inside[0].party if inside else None


def _office_after(spans: list[PartySpan], text: str, m: Mention) -> Party | None:
    """"Prime Minister X, President of the A Party (AP), met ...": a party office set off after a title-first name."""
    # ("Prime Minister X, a senior leader of the A Party, ...", "President X, who leads the host A Party (AP), ...",
    # "Former Prime Minister X, leader of Examplia's A Party, ...")
    a = re.match(r",\s+(?:a\s+(?:senior\s+|top\s+)?(?:leader|member)\s+of\s+(?:the\s+)?|who\s+(?:leads|heads|chairs)\s+(?:the\s+)?(?:host\s+|ruling\s+)?|representing\s+(?:the\s+)?|(?!(?:and|or|a|an|who|which|whose)\b)(?:[\w\-]+\s+){1,4}?of\s+(?:the\s+)?)(?:ruling\s+|governing\s+)?(?:[A-Z][a-z]+['\u2019]s\s+)?",
                 text[m.end:m.end + 80])
    b = re.match(r",\s+[^,;.]{3,120}?\band\s+(?:a\s+)?(?:senior\s+|top\s+)?(?:leader|member|(?:[A-Z][\w\-]*\s+){1,2}?(?:General|President|Chairman))\s+of\s+(?:the\s+)?",
                 text[m.end:m.end + 200])
    # ("Senator X, Chairman of the Senate Defence Committee and a senior leader of the A Party (AP), ...")
    return next((s.party for s in spans if any(x and s.start == m.end + x.end() for x in (a, b))), None)


def _backref_party(spans: list[PartySpan], text: str, m: Mention) -> Party | None:
    """A party given later in a surname back-reference's appositive: "Cuban leader Raul Castro
    met ..." then "Castro, First Secretary of the Central Committee of the Communist Party of Cuba, said"."""
    words = m.name.split()
    if len(words) < 2:
        return None
    # the back-reference may be any part of the name: the surname ("Castro"), the first of two
    # Spanish surnames ("Salvador Valdes Mesa" -> "Valdes"), a Malay given name ("Najib")
    refs = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True) if len(w) >= 3 and (w[0].isupper() or "-" in w))
    if not refs:
        return None
    if m.title and re.search(r"\bPresident\s+of\s+the\s+Republic\b|\bHead\s+of\s+State\b", m.title):
        refs += r"|the\s+Head\s+of\s+State"      # "the Head of State, who is also the leader of the A (AP), welcomed"
    # "Al-Bashir, also chairman of Sudan's ruling NCP, said": the case of a particle may differ;
    # "Najib, who is also president of Malaysia's leading ruling party UMNO, agreed" (or closing the sentence)
    # ("said Gabriel, who has led the SPD since November, when ...", "Samdech Hun Sen is ... Vice President of the CPP.",
    # "Najib, who is also United Malays National Organisation (UMNO) deputy president, was")
    for b in re.finditer(r"\b(?i:" + refs + r")(?:,\s+(?:who\s+is\s+)?|\s+is\s+)(?:also\s+)?(?P<led>who\s+(?:has\s+)?(?:led|leads|headed|heads)\s+)?"
                         r"(?=[A-Za-z])([^.;]{3,160}?)(?:,\s+(?=[a-z])|\.(?:\s|$))", text[m.end:]):
        a0, a1 = m.end + b.start(2), m.end + b.end(2)
        # "Schulz, who is also a former leader of the German SPD, ...": a past office gives no party
        if (b.group("led") or re.match(r"(?:[\w\-]+\s+){0,4}?(?:[Ss]ecretary|[Pp]resident|[Cc]hair\w*|[Ll]eader|[Mm]ember|[Hh]ead)\b"
                                       r"|(?:[A-Z][\w\-]+\s+){1,5}\([A-Z]{2,8}\)\s+(?:deputy\s+|vice[\s-])?(?:president|chairman|leader|secretary)", b.group(2))) \
                and not re.match(r"(?:an?\s+)?former\b", b.group(2)):
            inside = party_spans_in(spans, a0, a1)
            if inside:
                return inside[0].party
    return None


_CAPACITY_RE = re.compile(r"(?:^|\n|\.\s)\s*(?:Speaking\s+)?in\s+(?:his|her)\s+capacity\s+as\s+(?:[\w\-]+\s+){1,4}?of\s+(?:the\s+)?$")


def _capacity_party(spans: list[PartySpan], text: str, m: Mention) -> Party | None:
    """"Speaking in his capacity as chairman of the A Party (AP), the prime minister said": the party
    of the person the sentence's subject names again by title or surname."""
    refs = [re.escape(m.name.split()[-1])] + ([r"the\s+" + re.escape(m.title)] if m.title else [])
    for s in spans:
        if s.start > m.end and _CAPACITY_RE.search(text, max(0, s.start - 90), s.start) and re.match(
                r"(?:\s*\([^()]{1,12}\))?,\s+(?i:" + "|".join(refs) + r")\b", text[s.end:s.end + 80]):
            return s.party
    return None


def _behalf_party(spans: list[PartySpan], text: str, m: Mention) -> Party | None:
    """"In a message on behalf of the A Party, X, chairman of its Central Committee, said": the party spoken for."""
    return next((s.party for s in spans if re.fullmatch(r"(?:\s\([^()]{1,12}\))?,\s", text[s.end:m.start])
                 and re.search(r"\bon\s+behalf\s+of\s+(?:the\s+)?$", text[max(0, s.start - 20):s.start])), None)

