"""Pure parsing of IDCPC press releases: text/HTML in, frozen dataclasses out.

No IO, no Prefect, no DuckDB, no HTTP here. The public entry points are
`parse_release` (text or HTML to Release) and the identity helpers in `identity`.
"""
from parsers.errors import ParseError  # noqa: F401
from parsers.model import Document, Event, Participant, Party, Release  # noqa: F401

# Bump when extraction output can change: `reparse` uses it to find stale rows.
PARSER_VERSION = "0.22.349"
