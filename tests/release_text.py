"""A release of our own sentences, laid out as the site's text pages, and its single event."""
from __future__ import annotations

from parsers.release import parse_release

REL = "{title}\n ( {pub} )\n\n{lead}\n\n{body}"


def release(title, pub, lead, body="Both sides exchanged views."):
    """The parsed release built from a headline, a publication date, a lead and a body."""
    return parse_release(REL.format(title=title, pub=pub, lead=lead, body=body))


def one_event(title, pub, lead, body="Both sides exchanged views."):
    """The one event of a release built from a headline, a publication date, a lead and a body."""
    r = release(title, pub, lead, body)
    assert len(r.events) == 1
    return r.events[0]


def side(e, which):
    """Names of the event's participants on one side ("cpc" or "foreign"), in order."""
    return [p.name for p in e.participants if p.side == which]
