"""Where a person's title ends: the appositive after a name (`Name, Title of X, ...`) runs to a
clause boundary, the next person, or a verb; a comma continues it when another title phrase of
the same person follows ("..., Speaker of the National Assembly"). Used by parsers.people.
"""
from __future__ import annotations

import re

from parsers.mention import Mention
from parsers.names import ENUM_AFTER_RE, ENUM_BEFORE_RE, HONORIFIC, NAME, TITLE_START_RE, strip_acronyms
from parsers.party_dictionary import full_names
from parsers.person_roles import context_role
from parsers.title_first import title_then_name

__all__ = ["APPOSITIVE_RE", "already_found", "full_title", "title_end", "titled_mention"]

APPOSITIVE_RE = re.compile(
    # the title follows a comma, or a spaced dash ("led by Huang Kunming \u2013 member of ..."); a nickname
    # between them ("X (Y),", "X, also known as Y,") is no part of either
    rf"(?<![\w\u2019'\-.])(?:{HONORIFIC}\s+)*(?P<name>{NAME})(?P<nick>\s*\([^()]{{2,40}}\)|,\s+(?:also\s+known\s+as|alias|a\.k\.a\.)\s+[A-Z][\w\-'\u2019 ]{{1,40}}?(?=,))?(?:\s?,|\s[\u2013\u2014])\s+(?=\S)"
)
_VERB_AHEAD_RE = re.compile(
    r" (?:met|meets|held|holds|had|has\s+(?:met|held)|sent|sends|attended|attends|visited|visits|received|receives|"
    r"called\s+on|paid|presided|addressed|delivered|spoke|said|led|arrived|co-chaired|chaired|hosted|was|were|"
    r"will|who|which|on\s+(?:behalf|the\s+invitation)|here|today|yesterday|this\s+(?:morning|afternoon|evening)|presented|briefed|introduced|gave|"
    r"noted|stressed|expressed|congratulated|thanked|and\s+others|and\s+other\s+(?:officials|members|leaders|representatives|guests))\b")
_HONORIFIC_AHEAD_RE = re.compile(r" (?:Mr|Mrs|Ms|Dr)\.? (?=[A-Z][a-z]+ [A-Z])")
# ("Chairman of Voice \u2013 Social Democracy (Hlas-SD)": a spaced dash inside a party's name, its acronym after)
_DASHED_NAME_RE = re.compile(r"\u2013 (?:[A-Z][\w\-]*\s){1,4}\([A-Z][\w\-]*\)")
_NEXT_PERSON_RE = re.compile(rf"(?:{HONORIFIC}\s+)*{NAME},\s+")


def title_end(text: str, i: int) -> int:
    """End offset of a title starting at i: a clause boundary, the next person, or a verb."""
    depth = 0
    n = len(text)
    j = i
    while j < n:
        c = text[j]
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return j
            depth -= 1
        elif depth == 0:
            if c in "\u201c\"" and text[max(0, j - 6):j] == "Party ":
                close = re.compile(r"[\"\u201d]").search(text, j + 1, j + 40)
                if close:           # 'Social Democratic Party "Harmony"': the quoted name is the party's
                    j = close.end()
                    continue
            if c in ";\n\u2014\u201c\"" or (c == "\u2013" and text[j - 1:j] == " " and not _DASHED_NAME_RE.match(text, j)) \
                    or c == ":" and text[j + 1:j + 2] in (" ", "\n", ""):
                return j        # (a roundup's "Name, Title: <his words>")
            if c == " " and (_VERB_AHEAD_RE.match(text, j) or _HONORIFIC_AHEAD_RE.match(text, j)):
                return j        # "..., Deputy Chairman - Head of the Office Mr. Y": Y's own title
            if c == " " and re.match(r" and (?:the )?Chinese (?:Ambassador|ambassador|envoy)\b", text[j:j + 30]):
                return j        # "..., members of the A Political Bureau and the Chinese Ambassador to B, X": X's own title
            nxt = _NEXT_PERSON_RE.match(text, j + 5) if c == " " and text.startswith(" and ", j) else None
            if nxt and TITLE_START_RE.match(text[nxt.end():nxt.end() + 80]) and not _VERB_AHEAD_RE.match(text, nxt.end() - 1) \
                    and not re.search(r"\b(?:Party|Pati|Front|Movement)\s*,\s*$", nxt.group()):
                return j        # "... Health Commission and Diosdado Cabello, First Vice President of ..."
                                # (not "... Development and Reform Commission, briefed the envoys", nor "... of
                                # Vanuatu's Land and Justice Party, is made up of")
            if c == "." and (j + 1 >= n or text[j + 1] in " \n\"\u201d\u2019)") and not _abbrev_before(text, j):
                return j
            if c == ",":
                form = _comma_form_at(text, j)
                if form:
                    j = form        # "President of the National United Front for an Independent, Neutral, ...": one party
                    continue
                kcna = re.match(r",\s+the\s+[A-Z]{2,6}\b", text[j:j + 16]) if text[max(0, j - 4):j] == "C.C." else None
                if kcna is None:
                    return j
                j += kcna.end()     # KCNA's "of the C.C., the CPC" names one body
                continue
        j += 1
    return n


def _comma_forms() -> list[tuple[str, str]]:
    names = [n for n in full_names() if ", " in n]
    return [(n.split(",")[0], n) for n in sorted(names, key=len, reverse=True)]


# party names the dictionary knows that hold a comma, keyed by the words before it
_COMMA_FORMS = _comma_forms()


def _comma_form_at(text: str, j: int) -> int | None:
    """The end of a known party name holding the comma at j, if one does."""
    for head, form in _COMMA_FORMS:
        k = j - len(head)
        if k >= 0 and text.startswith(form, k):
            return k + len(form)
        # ("the Ownership, Unity and Responsibility (OUR) Party": its acronym before the last word)
        acr = re.search(r"\s\([A-Z][\w\-]{0,10}\)(?=\s)", text[j:k + len(form) + 16]) if k >= 0 else None
        if acr and j + acr.start() < k + len(form) and (text[k:j + acr.start()] + text[j + acr.end():]).startswith(form):
            return k + len(form) + acr.end() - acr.start()
    return None


def _abbrev_before(text: str, j: int) -> bool:
    """`U.S.` / `St.` style abbreviations do not end a title; a word of two or more lower-case letters does."""
    k = j - 1
    while k >= 0 and (text[k].isalpha()):
        k -= 1
    word = text[k + 1:j]
    if len(word) == 1 and k >= 1 and text[k] == "-" and text[k - 1].isupper():
        return False        # "Secretary-General of the PDI-P. Megawati recalled ...": an acronym's last letter ends it
    return len(word) == 1 or word in ("St", "Mt", "Jr", "Dr", "No")


def _continues_title(text: str, j: int) -> bool:
    """After a comma inside an appositive: another title phrase of the same person?"""
    rest = text[j + 1:j + 120].lstrip()
    if not rest or not rest[0].isupper():
        return False
    if ENUM_BEFORE_RE.search(text, max(0, j - 90), j) and ENUM_AFTER_RE.match(rest):
        return True                         # "Minister of Land, Infrastructure, Transport and Tourism"
    if re.search(r"\bparty$", text[max(0, j - 8):j]) and re.match(r"[A-Z][^,;.\n]{2,60}(?=[;.\n]|$)", rest):
        return True                         # "chairperson of the Ukrainian party, Servant of the People;"
    if re.search(r"\b(?:Bureau|Politburo|Committee|Secretariat|Commission|Department)$", text[max(0, j - 12):j]) and re.match(
            r"(?:the\s+)?(?:CPC|Communist\s+Party\s+of\s+[A-Z][\w\-]+|(?:[A-Z][\w\-]*\s+){1,4}(?:Party|Department))(?:\s+Central\s+Committee)?"
            r"(?=\s+and\s|\s+[a-z]|[,;.\n]|$)", rest):
        # "member of Standing Committee of Polit Bureau, Communist Party of China and ...", "Director General of
        # Organization Bureau, Organization Department, CPC Central Committee": the organs the office sits in
        return True
    if APPOSITIVE_RE.match(rest):          # "..., Nomvula Mokonyane, Head of ..." starts a new person
        return False
    # "..., Speaker of the National Assembly" continues; "..., Song said" does not, nor "..., Russian
    # Ambassador to China Igor Morgulov and ...": the next item, a title-first person
    if not (re.match(r"(?:\S+\s+){0,3}?(?:of|to|for|in)\b", rest) and TITLE_START_RE.match(rest)):
        return False
    hit = title_then_name(re.split(r",|;|(?<!\b[A-Z])\.\s|\s+and\s+", rest)[0], None)     # (not "... to China G. Batsukh")
    return not (hit and hit[0] and re.search(r"\b(?:[Aa]mbassador|Envoy|Consul)\b", hit[0]))     # ("..., Cuban ambassador to China X")


def full_title(text: str, i: int) -> int:
    end = title_end(text, i)
    while end < len(text) and text[end] == "," and _continues_title(text, end):
        end = title_end(text, end + 1)
    return end


def titled_mention(text: str, name: str, start: int, t0: int) -> Mention:
    """A `Name, Title` mention: the name at `start`, its title from `t0` to where it ends."""
    t1 = full_title(text, t0)
    return Mention(name, strip_acronyms(text[t0:t1]), start, t1, context_role(text, start, t1), t0)


def already_found(found: list[Mention], pos: int) -> bool:
    """`pos` lies inside a mention some reader already took (its name, or its name and title)."""
    return any(x.start <= pos < max(x.end, x.start + len(x.name)) for x in found)
