"""Subjects of a contact that the title-based readers miss (used by parsers.people):
- untitled names: "To Lam met with ...", "Xi Jinping and To Lam held talks": a short name with
  no title (often a surname-first Vietnamese, Lao or Cambodian name) as the whole subject of a
  contact verb, or joined by "and" to a known leader (`untitled_subjects`);
- a title-first name opening a sentence before "and" and an appositive: "Ambassador X of China
  to Argentina and Y, Director of ..., were present" (`title_first_before_appositive`).
A name must look like one: no word of it may be a title, body, country, city or sentence word.
"""
from __future__ import annotations

import re
from functools import lru_cache

from parsers.mention import Mention
from parsers.names import HONORIFIC, NAME, ORG_WORD_RE, TITLE_NOUN, TITLE_TAIL, clean_name
from parsers.person_lists import add_title_first
from parsers.past_contacts import past_contact
from parsers.person_roles import context_role, reported
from parsers.object_lists import split_items
from parsers.title_first import looks_like_org, title_then_name


__all__ = ["idcpc_leader_mentions", "looks_like_person", "title_first_before_appositive", "untitled_subjects"]

# A two-sided contact: the subject of these verbs took part (not "said", "sent", "pointed out").
_CONTACT_VERB = (r"(?:met|meets|held\s+talks|had\s+talks|holds\s+talks|received|receives|talked|called\s+on|"
                 r"held\s+(?:a\s+)?(?:video\s+|phone\s+|telephone\s+)?(?:call|conversation|meeting)s?|"
                 r"spoke\s+(?:by|on|over)\s+(?:the\s+)?(?:phone|telephone)|"
                 # "X, who is leading a delegation ..., made the remarks in talks with Y": the lead's speaker
                 r"made\s+the\s+(?:remarks|comments)\s+(?:in|during)\s+(?:his\s+|her\s+|the\s+)?(?:talks|a\s+meeting)\s+with"
                 r"|made\s+the\s+announcement\b[^.;]{0,60}?\bwhile\s+holding\s+talks\s+with"
                 # ("X, who coordinates the international contacts of A, joined the talks and proposed ...")
                 r"|joined\s+the\s+(?:talks|meeting|discussions?|conversation))")
_ONE = rf"(?:{HONORIFIC}\s+)?{NAME}"
_SUBJECT_NAMES_RE = re.compile(
    rf"(?:^|(?<=\n)|(?<=[.;:]\s)|(?<=\u2014)|(?<=--))[ \t]*"
    rf"(?P<names>{_ONE}(?:\s*,\s*{_ONE})*(?:,?\s+and\s+{_ONE})?)"
    rf"(?:,\s+who\s+(?:(?:is|was)\s+leading|coordinates|heads|leads|chairs|oversees)\s[^,.;]{{3,120}},)?"
    rf"\s+(?:(?:also|jointly|separately|here|today|yesterday)\s+)*{_CONTACT_VERB}\b")
_NOT_NAME_WORD = re.compile(
    r"^(?:The|A|An|Both|Two|Three|All|Each|These|Those|This|That|Its|His|Her|Their|Our|During|After|Before|"
    r"Later|Then|When|While|On|In|At|Today|Yesterday|Also|Meanwhile|Chinese|Leaders?|Delegations?|Parties|Sides|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[A-Z]{2,}[\w\-]*)$")


def looks_like_person(name: str) -> bool:
    """A bare candidate of two to four words, none of them a title, body, place or sentence word."""
    from parsers.gazetteer import city_country, country_code, find_countries
    words = name.split()
    if not 2 <= len(words) <= 4 or looks_like_org(name) or find_countries(name):
        return False
    for w in words:
        if _NOT_NAME_WORD.match(w) or TITLE_TAIL.match(w) or ORG_WORD_RE.match(w) \
                or re.fullmatch(TITLE_NOUN, w, re.IGNORECASE) or country_code(w) or city_country(w, fuzzy=False):
            return False
    return not city_country(name)



def untitled_subjects(text: str, known_officials, found: list[Mention], taken: list,
                      lead_end: int | None) -> None:
    """Add untitled subject names of a contact verb: the whole subject when it is one name, or
    every name of an "A and B" subject when one of them is a known official."""
    for m in _SUBJECT_NAMES_RE.finditer(text):
        s0 = m.start("names")
        if lead_end is not None and s0 >= lead_end and reported(text, s0):
            continue
        parts, pos = [], s0
        for raw in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("names")):
            i = text.find(raw, pos)
            pos = i + len(raw)
            parts.append((clean_name(raw), i))
        known = any(known_officials and known_officials(n) for n, _ in parts)
        if len(parts) > 1 and not known:
            continue
        for name, i in parts:
            if any(a <= i < b for a, b in taken) or not (looks_like_person(name) or
                                                      (known_officials and known_officials(name))):
                continue
            found.append(Mention(name, None, i, i + len(name), context_role(text, i), -1))
            taken.append((i, i + len(name)))


_AND_BEFORE_RE = re.compile(r"\s+and\s+$")


# a sentence stop, but not a middle initial's period ("... Ambassador to China Kirill V. Rudy and")
_STOP_RE = re.compile(r"(?<![a-z]\s[A-Z])(?<!\sSta)(?<!\sSto)\.\s|\n|;\s")


def title_first_before_appositive(text: str, found: list[Mention], taken: list, lead_end: int | None) -> None:
    """"Ambassador X of China to Argentina and Y, Director of ..., were present": the title-first
    name that opens the sentence before "and" and an appositive is a person of the same list."""
    for m in list(found):
        if m.title_start < 0:
            continue
        b = _AND_BEFORE_RE.search(text, max(0, m.start - 200), m.start)
        if b is None:
            continue
        head = text[max(0, b.start() - 200):b.start()]
        cut = max((s.start() for s in _STOP_RE.finditer(head)), default=-1)
        i0 = b.start() - len(head) + cut + 1 if cut >= 0 else b.start() - len(head)
        while i0 < b.start() and text[i0].isspace():
            i0 += 1
        chunk = text[i0:b.start()]
        if cut < 0 and i0 > 0 or "," in chunk:
            continue            # a single title-first item opening the sentence, nothing else
        hit = title_then_name(chunk, None)
        if hit is not None and hit[0] is not None:
            add_title_first(found, taken, text, split_items(text, i0, b.start()), lead_end=lead_end)


def idcpc_leader_mentions(text: str, found: list[Mention], taken: list, lead_end: int | None) -> None:
    """An IDCPC minister or vice-minister named in full in a shape no reader takes ("a courtesy call
    on the CPC's International Liaison Department Minister, Liu Jianchao", "led by the Song Tao –
    the Director of ...", "discussed ... with Minister ... Song Tao ways to ...") is a participant:
    the department's leaders are named in a report for the contact they hold. Not when the context
    makes the mention a citation (a greeting conveyed, a past contact, reported speech)."""
    done: set[str] = {x.name for x in found}
    for m in _leaders_re().finditer(text):
        name, i = m.group(), m.start()
        if name in done or any(a <= i < b for a, b in taken) or context_role(text, i, m.end()) != "participant":
            continue
        if lead_end is not None and i >= lead_end and (reported(text, i) or past_contact(text, i)):
            continue
        found.append(Mention(name, None, i, m.end(), "participant", -1))
        taken.append((i, m.end()))
        done.add(name)


@lru_cache(maxsize=1)
def _leaders_re() -> re.Pattern:
    """One pattern for every IDCPC leader's full name (one scan of the text, not one per name)."""
    from parsers.officials import idcpc_leaders

    names = sorted(idcpc_leaders(), key=len, reverse=True)
    return re.compile(r"(?<![\w\-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w\-])")
