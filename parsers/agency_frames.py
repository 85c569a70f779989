"""People named in two frames of agency copies that the title readers miss (used by parsers.people):
- a party's delegate named by what he represents: "co-chaired ... by former Maryland Gov. X,
  representing the Democratic Party, and former U.S. Trade Representative Y, representing the
  Republican Party" (the party goes into the title, so the person carries it);
- one plural role shared by names each followed by a country: "Ambassadors X of France and Y of
  Australia raised questions";
- a plan-first lead's speaker after "according to", whose next sentence tells the contact;
- delegates told by what they represent: "Former Sen. X represented the Democratic Party, while
  former Rep. Y attended on behalf of the Republican Party", "The Liberal Party was represented by
  Sen. A and B, a member of ...", "Whitcombe represented the Democratic Party and Benning the
  Republican Party" (each person then carries the party named).
"""
from __future__ import annotations

import re

from parsers.mention import Mention
from parsers.names import NAME
from parsers.person_roles import context_role, sentence_start
from parsers.subject_names import looks_like_person
from parsers.title_first import title_then_name

__all__ = ["agency_frames"]

_PARTY_WORD_RE = re.compile(r"\b(?:Party|Front|Movement|Congress|Union|League|Alliance|Morena)\b")
_REPRESENTING_RE = re.compile(r",\s+representing\s+(?P<org>[^,;\n]{3,100}?)(?=,|;|\.\s|\.$|\s+and\s)")
# what opens the subject inside its comma-bounded stretch: "... and on the American side by <subject>"
_SUBJECT_OPENER_RE = re.compile(r"^.*\b(?:by|with|and)\s+|^\s+")
_COUNTRY_ITEM = rf"(?:{NAME})\s+of\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){{0,2}}"
_PLURAL_ENVOYS_RE = re.compile(rf"\b(?P<role>Ambassadors|Envoys|Consuls\s+General)\s+(?P<list>{_COUNTRY_ITEM}(?:,\s+{_COUNTRY_ITEM})*"
                               rf",?\s+and\s+{_COUNTRY_ITEM})")
_ITEM_RE = re.compile(rf"(?P<name>{NAME})\s+(?P<of>of\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){{0,2}})")
_ORG = r"(?P<org>(?:the\s+)?[A-Z][^,;.\n]{2,80}?)(?:\s*\([^()]{1,20}\))?"
_ORG_END = r"(?=\s+(?:and|at|in|on|while|during)\b|\s*[,;.\n]|$)"
_ON_BEHALF_RE = re.compile(r"\s+(?:represented|(?:attended|spoke|took\s+part)\s+on\s+behalf\s+of)\s+" + _ORG + _ORG_END)
_AND_SURNAME_RE = re.compile(r"\s+and\s+(?P<surname>[A-Z][\w'\u2019\-]+)\s+(?P<org>the\s+[A-Z][^,;.\n]{2,60}?)" + _ORG_END)
_WAS_REPRESENTED_RE = re.compile(r"(?:^|(?<=[.;]\s)|(?<=\n)|(?<=,\s))" + _ORG + r"\s+(?:was|were)\s+represented\s+by\s+")
_DELEGATE_END_RE = re.compile(r",\s+(?:while|who|which)\b|(?<!Sen)(?<!Rep)(?<!Gov)(?<!Lt)(?<!Dr)(?<!Mr)(?<!Ms)(?<!Mrs)[.;\n](?:\s|$)|$")
# a party's own word, or an acronym ("on behalf of the ALP's national executive")
_PARTY_OR_ACRONYM_RE = re.compile(_PARTY_WORD_RE.pattern + r"|\b[A-Z]{2,6}\b")
# "Speaking on behalf of the Maoist Centre, senior vice-chairman X said ...": a party's speaker at this contact
_SPEAKING_FOR_RE = re.compile(r"(?:^|(?<=[.\n]\s)|(?<=\n))Speaking\s+(?:on\s+behalf\s+of|for)\s+(?:the\s+|its\s+|his\s+|her\s+)?(?:[A-Z][^,;.\n]{2,80}|party),\s+"
                              r"(?P<subject>[^,.;\n]{3,120}?)\s+(?:said|told|stressed|noted|expressed)\b")
# "Elizabeth Rowley spoke for about an hour with Song Tao, ...": a paragraph opened by a bare name in
# contact with a known CPC official (the lead named her by her role only)
_BARE_CONTACT_RE = re.compile(rf"(?:^|(?<=\n))(?P<name>{NAME})\s+(?:spoke|talked|met|held\s+talks)\b[^.;\n]{{0,40}}?\bwith\s+"
                              rf"(?P<obj>{NAME})\b")
_SINGULAR = {"Ambassadors": "Ambassador", "Envoys": "Envoy", "Consuls General": "Consul General"}


def agency_frames(text: str, found: list[Mention], taken: list, known_officials) -> None:
    """Append the mentions above to `found` (and their spans to `taken`)."""
    for m in _REPRESENTING_RE.finditer(text):
        stretch = max(text.rfind(",", 0, m.start()), text.rfind(";", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        opener = _SUBJECT_OPENER_RE.match(text[stretch:m.start()])
        s0, s1 = stretch + (opener.end() if opener else 0), m.end("org")
        subject = text[s0:m.start()]
        if not _PARTY_WORD_RE.search(m.group("org")) or any(a <= s0 < b or a < m.start() <= b for a, b in taken):
            continue
        hit = title_then_name(subject, known_officials)
        name = hit[1] if hit else (subject if re.fullmatch(NAME, subject) else None)
        if name is None or any(x.name == name for x in found):
            continue
        head = hit[0] if hit and hit[0] else None
        title = f"{head}, representing {m.group('org')}" if head else f"representing {m.group('org')}"
        found.append(Mention(name, title, s0 + max(0, subject.rfind(name)), s1, context_role(text, s0, s1), s0))
        taken.append((s0, s1))
    for m in _PLURAL_ENVOYS_RE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        for item in _ITEM_RE.finditer(text, m.start("list"), m.end("list")):
            if any(x.name == item.group("name") for x in found):
                continue
            found.append(Mention(item.group("name"), f"{_SINGULAR[m.group('role')]} {item.group('of')}", item.start(),
                                 item.end(), context_role(text, item.start(), item.end()), m.start()))
        taken.append((m.start(), m.end()))
    for m in _SPEAKING_FOR_RE.finditer(text):
        hit = title_then_name(m.group("subject"), known_officials, relaxed=True)
        if hit and hit[0] and not any(x.name == hit[1] for x in found):
            s0 = m.start("subject")
            found.append(Mention(hit[1], hit[0], s0 + m.group("subject").rfind(hit[1]), m.end("subject"),
                                 context_role(text, s0), s0))
    for m in _BARE_CONTACT_RE.finditer(text):
        name = m.group("name")
        if known_officials and known_officials(m.group("obj")) and not known_officials(name) and looks_like_person(name) \
                and not any(x.name == name for x in found):
            found.append(Mention(name, None, m.start("name"), m.end("name"), context_role(text, m.start("name")), -1))
    for m in _ACCORDING_SPEAKER_RE.finditer(text):
        hit = title_then_name(m.group("subject"), known_officials)
        if hit and hit[0] and set(hit[1].split()) & set(m.group("next").split()) and not any(x.name == hit[1] for x in found):
            s0 = m.start("subject")
            found.append(Mention(hit[1], hit[0], s0 + m.group("subject").rfind(hit[1]), m.end("subject"), "participant", s0))
    delegates(text, found, known_officials)


# a plan-first lead's speaker, "..., according to LPRP General Secretary X.", whose next sentence tells the contact
# ("X made the remark when receiving ..."): a host, not a source
_ACCORDING_SPEAKER_RE = re.compile(r",\s+according\s+to\s+(?P<subject>[A-Z][^,;.\n]{3,160}?)\.\s+(?P<next>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3})\s+"
                                   r"made\s+the\s+(?:remarks?|statement|pledge|comments?)\s+(?:(?:this|on\s+\w+)\s+(?:morning|afternoon|evening)\s+|"
                                   r"(?:today|yesterday|on\s+[A-Z][a-z]+day)\s+)?(?:when|while|during|at|after)\b")


def _delegate(text: str, found: list[Mention], item: str, pos: int, org: re.Match, known_officials) -> None:
    """The person named by `item` (at `pos`) carries the party of `org`; added when not yet found."""
    item = re.sub(r"^(?:while|whereas)\s+", "", item.strip())
    hit = title_then_name(item, known_officials)
    name = hit[1] if hit else (item if re.fullmatch(NAME, item) and looks_like_person(item) else None)
    one = item if re.fullmatch(r"[A-Z][\w'\u2019\-]+", item) else None     # a surname told before
    x = next((x for x in found if name and x.name == name or one and x.name.split()[-1] == one), None)
    if x is None and name is None:
        return
    if x is None:
        x = Mention(name, hit[0] if hit and hit[0] else None, pos + item.rfind(name), pos + len(item),
                    context_role(text, pos), pos)
        found.append(x)
    what = re.sub(r"^The\s", "the ", org.group("org"))
    x.title = f"{x.title}, representing {what}" if x.title else f"representing {what}"
    # the party is read in the stretch from title_start to end: make it the party's name alone
    x.title_start, x.end = org.start("org"), max(org.end("org"), x.start + len(x.name))


def _items(text: str, a: int, b: int):
    """(item, offset) of a list of people: "Sen. A and B, a member of ..." (a title after a comma is no item)."""
    pos = a
    for piece in re.split(r"(\s*,\s*|\s+and\s+)", text[a:b]):
        if piece and not re.fullmatch(r"\s*,\s*|\s+and\s+", piece) and not re.match(r"(?:a|an|the)\s", piece):
            yield piece, pos
        pos += len(piece)


def delegates(text: str, found: list[Mention], known_officials) -> None:
    """People whose party is what they represent (see the module's note)."""
    for m in _ON_BEHALF_RE.finditer(text):
        if not _PARTY_OR_ACRONYM_RE.search(m.group()):
            continue
        start = max(sentence_start(text, m.start()), text.rfind(", while ", 0, m.start()) + 8)
        for item, pos in _items(text, start, m.start()):
            _delegate(text, found, item, pos, m, known_officials)
        if (nxt := _AND_SURNAME_RE.match(text, m.end())) and _PARTY_WORD_RE.search(nxt.group("org")):
            _delegate(text, found, nxt.group("surname"), nxt.start("surname"), nxt, known_officials)
    for m in _WAS_REPRESENTED_RE.finditer(text):
        if _PARTY_WORD_RE.search(m.group("org")):
            end = _DELEGATE_END_RE.search(text, m.end()).start()
            for item, pos in _items(text, m.end(), end):
                _delegate(text, found, item, pos, m, known_officials)
