"""People named in two frames of agency copies that the title readers miss (used by parsers.people):
- a party's delegate named by what he represents: "co-chaired ... by former Maryland Gov. X,
  representing the Democratic Party, and former U.S. Trade Representative Y, representing the
  Republican Party" (the party goes into the title, so the person carries it);
- one plural role shared by names each followed by a country: "Ambassadors X of France and Y of
  Australia raised questions".
"""
from __future__ import annotations

import re

from parsers.mention import Mention
from parsers.names import NAME
from parsers.person_roles import context_role
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
