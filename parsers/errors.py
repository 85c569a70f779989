"""Typed parse errors: every refusal carries a machine-readable reason code."""
from __future__ import annotations


class ParseError(Exception):
    """A page or file that cannot be turned into a Release.

    `reason` is a short stable code stored in the quarantine table
    (e.g. "empty", "binary", "not_a_release", "no_date", "no_title", "too_large",
    "undecodable"); the message says what was wrong in words.
    """

    reason = "parse_error"

    def __init__(self, message: str, reason: str | None = None):
        super().__init__(message)
        if reason:
            self.reason = reason

    def __str__(self) -> str:  # "reason: message" reads well in the quarantine table
        return f"{self.reason}: {self.args[0]}"


class EmptyDocument(ParseError):
    reason = "empty"


class BinaryContent(ParseError):
    reason = "binary"


class NotARelease(ParseError):
    reason = "not_a_release"


class MissingDate(NotARelease):
    reason = "no_date"


class MissingTitle(NotARelease):
    reason = "no_title"


class Undecodable(ParseError):
    reason = "undecodable"
