"""People named inside another's sentence but said to be there (used by parsers.people):
"expressed appreciation to Chinese Ambassador to South Africa X, who took part in the conversation
from Pretoria", "He thanked the Chinese embassy, whose Ambassador X was also present at the talks",
"Speaking after him, the province's Governor X presented ...", "Also present at the opening ceremony was the
city's Mayor X".

The contact-verb readers see a title-first name only as the subject of its own verb; here the name
is the object of someone else's words, and only the relative clause ("who was also present") or a
presenting verb tells that the person took part.
"""
from __future__ import annotations

import re

from parsers.mention import Mention
from parsers.names import HONORIFIC_RE, NAME, TITLE_NOUN, clean_name, strip_acronyms
from parsers.title_first import title_then_name

__all__ = ["present_too", "WHO_WAS_THERE_RE"]

# the relative clause that puts the person there
WHO_WAS_THERE_RE = re.compile(r",\s*who\s+(?:(?:was|were)\s+(?:also\s+)?present\b|(?:also\s+)?(?:took\s+part|participated)\s+in\s+the\s+"
                              r"(?:meeting|talks|conversation|call|video\s+call|event)\b|(?:also\s+)?joined\s+the\s+"
                              r"(?:meeting|talks|conversation|call|video\s+call)\b)")
_OBJECT_RE = re.compile(r"(?:(?<=\bto\s)|(?<=\bthanked\s)|(?<=\bthanking\s)|(?<=\bwith\s))(?P<subject>[A-Z][^,.;\n]{3,160}?)(?=" +
                        WHO_WAS_THERE_RE.pattern + ")")
_WHOSE_RE = re.compile(r",\s+whose\s+(?P<subject>[A-Z][^,.;\n]{3,120}?)\s+(?:was|were)\s+(?:also\s+)?present\b")
# "Also present at the opening ceremony was the city's Mayor X", "Also attending was ..."
_ALSO_PRESENT_WAS_RE = re.compile(r"\bAlso\s+(?:present|attending|in\s+attendance|(?=at\s+the\s+(?:talks|meeting|call)\s+(?:was|were)\b))\b[^.;\n]{0,80}?\s+(?:was|were)\s+"
                                  # (one person: a list "A and B" is the list readers')
                                  # (an honorific's full stop ends nothing: "Dato' Sri Dr. X")
                                  r"(?P<subject>[A-Za-z](?:(?!\sand\s)(?:[^,.;\n]|,(?=\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){1,3}\.)|(?<=\bDr)\.|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.|(?<=\bProf)\.)){3,120}?)"
                                  r"(?=(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bProf)[.;]|$)", re.M)
# "the province's Governor X presented the progress ...": a host province's official at the event
_PROVINCE_RE = re.compile(r"(?:^|(?<=,\s)|(?<=[.\n]\s)|(?<=\n))(?P<subject>(?:[Tt]he\s+)?(?:province|city|municipality|region)['\u2019]s\s+"
                          r"[A-Z][^,.;\n]{3,100}?)\s+(?:also\s+)?(?:presented|introduced|briefed|spoke|said|met|attended|delivered)\b")

# "Head of the A's Commission for External Relations X; B, Member of ...; and C, ..., spoke at the opening session": a
# speakers' list set apart by semicolons, whose title-first items the appositive readers miss
_SEMICOLON_SPEAKERS_RE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?]\s))(?P<list>[A-Z][^.;\n]{10,300};[^.\n]{3,600}?),?\s+"
                                    r"(?:spoke|addressed|delivered\s+(?:speeches|remarks)|took\s+the\s+floor)\b")
# "Representing the Party of the European Left, its vice-president X called ...", "Speaking on behalf of the A (ACR)
# of Uruguay, its secretary for international relations, X, said ...": a speaker for a body named before
_ON_BEHALF_RE = re.compile(rf"(?:Representing|(?:Speaking\s+)?[Oo]n\s+behalf\s+of)\s+(?:the\s+)?(?P<org>[A-Z][^,;\n]{{3,100}}?),\s+its\s+"
                           rf"(?P<title>[a-z][\w\-]*(?:\s+[\w\-]+){{0,5}}?),?\s+(?P<name>{NAME}),?\s+"
                           r"(?:said|says|called|stressed|noted|spoke|addressed|delivered|expressed|praised|added)\b")


def present_too(text: str, found: list[Mention], taken: list, known_officials) -> None:
    """Append the mentions above to `found` (and their spans to `taken`)."""
    for rx in (_OBJECT_RE, _WHOSE_RE, _PROVINCE_RE, _ALSO_PRESENT_WAS_RE):
        for m in rx.finditer(text):
            s0, s1 = m.start("subject"), m.end("subject")
            if any(a <= s0 < b or a < s1 <= b for a, b in taken):
                continue
            hit = title_then_name(m.group("subject"), known_officials)
            if hit is None and rx is _ALSO_PRESENT_WAS_RE and ", " in m.group("subject"):
                # "Also at the talks was the National Secretary of the A, X.": the title, then the name between commas
                t, n = m.group("subject").rsplit(", ", 1)
                n = HONORIFIC_RE.sub("", n)
                hit = (t, n) if re.fullmatch(NAME, n) and re.search(TITLE_NOUN, t, re.IGNORECASE) else None
            if hit is None or not hit[0] or any(x.name == hit[1] for x in found):
                continue
            title, name = hit
            start = s0 + max(0, m.group("subject").rfind(name))
            found.append(Mention(re.sub(r"^[Tt]he\s+", "", name), re.sub(r"^[Tt]he\s+", "", title), start, s1,
                                 "participant", s0))
            taken.append((s0, s1))
    for m in (_SEMICOLON_SPEAKERS_RE.finditer(text) if ";" in text else ()):
        pos = m.start("list")
        for part in m.group("list").split(";"):
            s0, item = pos + len(part) - len(part.lstrip()), part.strip()
            pos += len(part) + 1
            hit = title_then_name(item, known_officials) if "," not in item else None
            if hit and hit[0] and not any(a <= s0 < b for a, b in taken) and not any(x.name == hit[1] for x in found):
                start = s0 + item.rfind(hit[1])
                found.append(Mention(hit[1], strip_acronyms(hit[0]), start, start + len(hit[1]), "participant", s0))
                taken.append((s0, start + len(hit[1])))
    for m in (_ON_BEHALF_RE.finditer(text) if "ehalf" in text or "Representing" in text else ()):
        s0, s1 = m.start("name"), m.end("name")
        if not any(a <= s0 < b for a, b in taken) and not any(x.name == clean_name(m.group("name")) for x in found):
            found.append(Mention(clean_name(m.group("name")), f"{m.group('title')} of the {strip_acronyms(m.group('org'))}",
                                 s0, s1, "participant", m.start("org")))
            taken.append((s0, s1))
