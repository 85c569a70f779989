"""Lists written title first, a comma between each title and its name.

Nepali and South Asian wire copy lists the people met as "discussed with Chairman of the
UCPN-Maoist, Pushpa Kamal Dahal, President of the Nepali Congress, Sushil Koirala, ...". Read
as `Name, Title` appositives, every title would land on the wrong person. When a contact's
object opens with a title phrase ("<Title> of <Body>") and at least two `Title, Name` pairs
follow one another, the pairs are read in that order; so is a single pair that ends the sentence
("met on Wednesday with Ambassador of the People's Republic of China, Jiang Yu."). Used by parsers.people.
"""
from __future__ import annotations

import re

from parsers.gazetteer import country_code
from parsers.mention import Mention
from parsers.names import HONORIFIC, NAME, TITLE_START_RE, clean_name, strip_acronyms
from parsers.person_roles import context_role
from parsers.title_first import title_then_name

__all__ = ["title_name_pairs"]

# ("..., said the Secretary-General of the A Party, X, who also addressed the session")
_OPENING_RE = re.compile(r"\b(?:(?:with|met|meeting|received|including)\s+(?=[A-Z])|(?:hosted|welcomed|by|included)\s+(?=(?:the\s+)?(?:party['\u2019]s\s+)?[A-Z])"
                         r"|said\s+(?=the\s+[A-Z])|\b[Aa]lso\s+in\s+attendance\s+(?:was|were)\s+(?=the\s+party['\u2019]s\s+[A-Z])"
                         # ("received on Tuesday at the headquarters of the ... the ambassador of the People's Republic of China, X.")
                         r"|received\s+(?:on\s+\w+day\s+)?at\s+[^,.;\n]{3,100}?\s+(?=the\s+(?:[Cc]hinese\s+)?(?:[Aa]mbassador|[Ee]nvoy)\s+(?:of|to)\s)"
                         # ("received on Thursday, 15 November, the ambassador of the People's Republic of China, X, at ...")
                         r"|received\s+on\s+\w+day,\s+\d{1,2}\s+[A-Z][a-z]+,\s+(?=the\s+(?:[Cc]hinese\s+)?(?:[Aa]mbassador|[Ee]nvoy)\s+(?:of|to)\s)"
                         # ("Among the other speakers were the president of the A (UMNO), X, and Y, chairman of ...")
                         r"|\b(?:speakers|participants|guests)\s+(?:were|included)\s+(?=the\s+[A-Z]|the\s+[a-z]+\s+of\s)"
                         r"|\bSpeaking\s+(?:at\s+[^,.;]{3,80}?\s+)?were\s+(?=the\s+[a-z]+\s+of\s|[A-Z])"
                         # ("The secretary general of the A, X, the secretary general of the B, Y, and ... also spoke")
                         r"|(?:^|(?<=\n)|(?<=[.;]\s))(?=The\s+(?:[a-z\-]+\s+){1,3}of\s)"
                         # ("held a video call in which the A's Secretary for ..., X, and the head of ..., Y, discussed")
                         r"|\bin\s+which\s+(?=the\s+[A-Z])"
                         # ("On September 7, the National Chairman of the A Party, Mr X, held a video call with ...")
                         r"|(?:^|(?<=\n))On\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s+(?=the\s+[A-Z]))")
_STOP_RE = re.compile(r";|(?<!\bH\.E)(?<!\b[A-Z])\.(?:\s|$)|\n")     # (not "H.E. X", "G. L. X")
_NAME_RE = re.compile(rf"(?:and\s+)?(?:{HONORIFIC}\s+)*(?P<name>{NAME})$")
# "hosted the Chinese Ambassador to Kenya, Zhou Pingjian at the Karen Residence on Thursday": the
# name, then where or when, closes the object
_CLOSING_NAME_RE = re.compile(rf"(?:and\s+)?(?P<name>{NAME})\s+(?:at|on|in|during|yesterday|today)\s.*$")
# ("... by the NRM Secretary General, X, the NRM Deputy Secretary General, Y", "the MPLA Secretary for
# International Relations, Z": a party's acronym and a role, or a portfolio after "for")
_TITLE_RE = re.compile(r"(?:and\s+)?(?:[Tt]he\s+(?=(?:[a-z\-]+\s+){1,3}of\s)[a-z]|(?:the\s+)?[A-Z])[^,;.\n]{2,120}?\s(?:of|to|for)\s+(?:the\s+)?(?:[A-Z][^,;.\n]{1,80}|party)$"
                       r"|(?:and\s+)?(?:the\s+)?[A-Z][\w\-]{1,12}\s+(?:(?:First|Deputy|Vice|Assistant|National|Acting)[\s\-])*"
                       r"(?:Secretary[\s\-]General|President|Chairman|Chairperson|Chairwoman|Treasurer|Spokesperson)$"
                       # ("received ... by the party's Secretary General, Dr X.")
                       r"|(?:and\s+)?the\s+party['\u2019]s\s+(?:(?:First|Deputy|Vice|Assistant|National|Acting)[\s\-])*"
                       r"(?:Secretary[\s\-]General|President|Chairman|Chairperson|Chairwoman|Treasurer|Spokesperson|Secretary\s+(?:for|of)\s+[A-Z][^,;.\n]{2,60})$")

_TITLED_PERSON_AND_RE = re.compile(r".+?\s((?-i:[A-Z][\w\-]+)\s+(?-i:[A-Z][\w\-]+))\s+and\s+(?=the\s+[A-Z])")


def _titled_person(item: str) -> bool:
    """A title-first person ("PT Secretary for International Relations Romênio Pereira"), not a title."""
    hit = title_then_name(re.sub(r"^(?:and\s+)?(?:[Tt]he\s+)?", "", item), None)
    return bool(hit and hit[0] and hit[1] and item.endswith(hit[1]) and len(hit[1].split()) >= 2)


def title_name_pairs(text: str) -> list[Mention]:
    """Mentions from runs of two or more `Title, Name` pairs after a contact word."""
    out: list[Mention] = []
    for m in _OPENING_RE.finditer(text):
        stop = _STOP_RE.search(text, m.end())
        end = stop.start() if stop else len(text)
        items, pos = [], m.end()
        for chunk in text[m.end():end].split(","):
            # ("attended by the Ambassador of China to Cameroon, X, and by the Deputy Secretary General of the A, Y")
            by = 7 if chunk.lstrip().startswith("and by the ") else 0
            items.append((chunk.strip()[by:], pos + len(chunk) - len(chunk.lstrip()) + by))
            pos += len(chunk) + 1
        pairs, closed, first = [], False, 0
        if len(items) >= 3 and _titled_person(items[0][0]) and not _NAME_RE.fullmatch(items[0][0]) and items[1][0].startswith("the ") \
                and _TITLE_RE.fullmatch(items[1][0]) and _NAME_RE.fullmatch(items[2][0]) and not items[2][0].startswith("and ") \
                and not _titled_person(items[2][0]):
            # (not "Politburo member X, Secretary of the A and Head of ..., and Y, ...": X's own titles run on)
            # ("Speaking were PT national president X, the president of the A (PCdoB), Y, and ...": a title-first
            # person opens the run of pairs)
            hit = title_then_name(items[0][0], None)
            h0 = items[0][1] + items[0][0].rfind(hit[1])
            pairs.append(Mention(clean_name(hit[1]), strip_acronyms(hit[0]), h0, h0 + len(hit[1]), context_role(text, items[0][1]), items[0][1]))
            first = 1
        for k in range(first, len(items) - 1, 2):
            (title, t0), (name, n0) = items[k], items[k + 1]
            nm = _NAME_RE.fullmatch(name)
            if nm is None and k == 0 and (nm := _CLOSING_NAME_RE.fullmatch(name)):
                closed = True
            if not (_TITLE_RE.fullmatch(title) and TITLE_START_RE.match(title) and nm) or _NAME_RE.fullmatch(title) or _titled_person(title) \
                    or first and _titled_person(name) \
                    or re.search(r"\s(?:at|in|on)\s+(?:the|a|its|his|her)\s", title):
                break       # ("with Ambassador X at the party's head office, White House.": a place)
            if (two := _TITLED_PERSON_AND_RE.match(title)) and not country_code(two.group(1)):
                # "attended by CCM Vice-Chairman (Mainland) X Y and the Chinese Ambassador to Tanzania, Z": the
                # title is Z's alone (X Y, a title-first person, is read elsewhere)
                title, t0 = title[two.end():], t0 + two.end()
            title = re.sub(r"^(?:and\s+)?(?:[Tt]he\s+)?", "", title)
            s0, nme = n0 + nm.start("name"), nm.group("name")
            if (two := title_then_name(nme, None)) and two[0]:
                s0, nme = s0 + nme.rfind(two[1]), two[1]     # "..., Ambassador X": a rank before the name
            pairs.append(Mention(clean_name(nme), strip_acronyms(title), s0, s0 + len(nme), context_role(text, t0), t0))
        if closed:
            pairs = pairs[:1]
        # ("hosted the Chinese Ambassador to Kenya, X, at the party's headquarters": a place or time closes the object)
        # (or a clause about the person: "by the General Secretary of the party, Mr X, said that ...", "..., X, after receiving")
        placed = len(pairs) == 1 and len(items) > 2 and re.match(r"(?:at|in|on|during|yesterday|today|who|said|says|held|met|received|sent|(?:after|before|when|while)\s+[a-z]+ing"
                                                                  r"|(?:will|would)\s+(?:also\s+)?(?:receive|meet|lead|head|attend))\b", items[2][0])
        # (or the next person of the list, named before their title: "..., X, and Y, chairman of the B")
        placed = placed or len(pairs) == 1 and len(items) > 3 and _NAME_RE.fullmatch(items[2][0]) \
            and items[2][0].startswith("and ") and TITLE_START_RE.match(items[3][0])
        # (or the list's last person, title first: "included the Chairperson of the A, X, and NEC member Y.")
        if not placed and len(pairs) == 1 and len(items) == 3 and items[2][0].startswith("and ") \
                and (last := title_then_name(items[2][0][4:], None)) is not None and last[0] is not None:
            placed, l0 = True, items[2][1] + items[2][0].rfind(last[1])
            pairs.append(Mention(clean_name(last[1]), strip_acronyms(last[0]), l0, l0 + len(last[1]), context_role(text, items[2][1]), items[2][1] + 4))
        if len(pairs) >= 2 or len(pairs) == 1 and (len(items) == 2 or closed or placed):     # "... with Ambassador of China, X."
            out += [p for p in pairs if not any(q.start == p.start for q in out)]
    return out
