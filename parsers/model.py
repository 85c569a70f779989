"""The parsed shape of a press release: frozen dataclasses, no behaviour beyond views.

These types are the contract between `parsers` (which produce them) and
`warehouse` (which stores them). Field names follow the warehouse columns.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

EVENT_TYPES = ("meeting", "visit", "conference", "call", "message", "other")
MODALITIES = ("in_person", "video", "phone", "written")
SIDES = ("cpc", "foreign")


@dataclass(frozen=True)
class Party:
    name: str                       # full name as the release gives it, e.g. "Social Democratic Party of Germany"
    acronym: str | None = None      # e.g. "SPD"
    country_code: str | None = None  # ISO 3166-1 alpha-2; None for supranational bodies / unknown


@dataclass(frozen=True)
class Participant:
    name: str                       # as written, honorifics removed ("Dmitry Medvedev", "Nguyen Phu Trong")
    side: str                       # "cpc" | "foreign"
    title: str | None = None        # "Chairman of the United Russia Party"
    party: str | None = None        # full party name when known
    country_code: str | None = None  # ISO alpha-2 ("CN" for the CPC side)


@dataclass(frozen=True)
class Event:
    seq: int                        # 0-based order of the event within its release
    event_type: str                 # one of EVENT_TYPES
    modality: str | None            # one of MODALITIES, None for "other"
    event_date: date | None
    location_city: str | None = None
    location_country: str | None = None  # ISO alpha-2
    participants: tuple[Participant, ...] = ()
    parties: tuple[Party, ...] = ()      # foreign parties taking part
    countries: tuple[str, ...] = ()      # foreign countries taking part (ISO alpha-2, sorted, unique)


@dataclass(frozen=True)
class Document:
    """The layout-independent text of a page: what every layout reduces to."""
    title: str
    published_date: date
    paragraphs: tuple[str, ...]
    section_label: str | None = None   # 2023 layout header, e.g. "IDCPC News"
    source_label: str | None = None    # 2023 layout "Source: ..." value
    layout: str = "text"               # "text", "html", "html-2023", ...
    # "code: message" for a page read despite a defect (a lost headline): kept with the release
    # so analysts can find such rows, where a refusal would have lost the event.
    warnings: tuple[str, ...] = ()

    @property
    def body_text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class Release:
    document: Document
    dateline_city: str | None
    events: tuple[Event, ...] = field(default=())
    parser_version: str = ""
    warnings: tuple[str, ...] = ()      # the document's own, then the release's ("not_english: ...")

    # Convenience views so callers need not reach into `document`.
    @property
    def title(self) -> str:
        return self.document.title

    @property
    def published_date(self) -> date:
        return self.document.published_date

    @property
    def body_text(self) -> str:
        return self.document.body_text
