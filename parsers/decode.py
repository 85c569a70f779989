"""Bytes to text for every page and file: BOM, declared charsets, detection.

Declared charsets are often wrong (a server saying iso-8859-1 for UTF-8 pages, a
page saying utf-8 while its bytes are GB18030), so a declaration is only a first
guess: a candidate wins when it decodes strictly and the result shows no
mojibake. GBK and GB2312 labels are widened to GB18030, their superset.
Called on every page, so pure-ASCII and valid UTF-8 input take a fast path.
"""
from __future__ import annotations

import codecs
import re

from parsers.errors import BinaryContent, EmptyDocument, Undecodable

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),   # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office/EPUB file)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"BZh91AY&SY", "bzip2-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"\x7fELF", "an ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE (old MS Office) document"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"\x00asm", "a WebAssembly module"),
)
# Control bytes that never occur in text (tab, LF, VT, FF, CR and ESC excluded).
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32), 127])
_CONTROL_RATIO = 0.02
_SAMPLE = 65536

# Labels that mean "Simplified Chinese"; GB18030 decodes all of them and more.
_GB_FAMILY = {"gb2312", "gbk", "cp936", "ms936", "x-gbk", "gb_2312-80", "gb_2312", "euc-cn",
              "euccn", "csgb2312", "chinese", "iso-ir-58", "gb18030", "windows-936"}
# WHATWG: these labels mean windows-1252 on the web.
_LATIN1_ALIASES = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii",
                   "ansi_x3.4-1968", "cp819", "ibm819", "iso_8859-1", "windows-1252", "cp1252"}

_META_RE = re.compile(rb"<meta[^>]{0,300}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)
_XML_RE = re.compile(rb"^\s*<\?xml[^>]{0,200}?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)", re.IGNORECASE)

# UTF-8 read as a single-byte charset ("â€œ", "Ã©", "Â "), and C1 controls.
_MOJIBAKE_RE = re.compile("[ÃÂâ][\u0080-\u00bf\u2018-\u203a\u20ac\u0152\u0153\u0160\u0161\u017d\u017e\u0178\u02c6\u02dc]|[\u0080-\u009f]|\ufffd")
# Two-byte CJK text read as a single-byte charset: runs of accented Latin letters.
_LATIN_RUN_RE = re.compile("[\u00a1-\u00ff]{2,}")
# A windows-1252 byte read as the lead byte of a GB pair swallows the next ASCII byte:
# "Party’s" becomes "Party抯". Real Chinese comes in runs of characters, so a lone CJK
# character glued to a Latin letter is a trace of the wrong charset; so is private use.
_CJK = "\u3400-\u9fff\uac00-\ud7af"
_CJK_IN_WORD_RE = re.compile(
    f"[A-Za-z][{_CJK}](?![{_CJK}])|(?<![{_CJK}])[{_CJK}][A-Za-z]|[\ue000-\uf8ff]"
)
# Scoring a prefix is enough to tell charsets apart and keeps huge pages cheap.
_SCORE_SAMPLE = 200_000


def normalize_charset(label: str | None) -> str | None:
    """A Python codec name for a charset label, widened as browsers do; None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _GB_FAMILY:
        return "gb18030"
    if label in _LATIN1_ALIASES:
        return "cp1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in ("gbk", "gb2312", "gb18030", "cp936", "hz"):
        return "gb18030"
    if name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return name


def sniff_declared_charset(raw: bytes) -> str | None:
    """The charset a page declares in a <meta> tag or XML declaration (first 4 KB)."""
    head = raw[:4096]
    m = _XML_RE.search(head) or _META_RE.search(head)
    return m.group(1).decode("ascii", "replace") if m else None


def _refuse_binary(raw: bytes) -> None:
    head = raw[:1024].lstrip()
    for magic, what in _MAGIC:
        if raw.startswith(magic) or head.startswith(magic):
            raise BinaryContent(f"binary content: the bytes are {what}")
    sample = raw[:_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if b"\x00" in sample:
        raise BinaryContent(f"binary content: {sample.count(0)} NUL bytes in the first {len(sample)} bytes")
    if controls > _CONTROL_RATIO * len(sample):
        raise BinaryContent(
            f"binary content: {controls} control bytes in the first {len(sample)} ({controls / len(sample):.1%})"
        )


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text without a BOM: NUL bytes sit in every other position."""
    sample = raw[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    # ASCII characters put a NUL in one parity only; CJK characters put none anywhere.
    for zeros, other, enc in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros >= max(2, 0.1 * half) and other <= 0.02 * half:
            text = _strict(raw, enc)
            if text is not None and _mojibake_score(text) == 0 and _looks_like_text(text):
                return text
    return None


# Scripts a release can be written in; UTF-16 read from random bytes lands mostly elsewhere.
_TEXT_CHARS_RE = re.compile("[\t\n\r\x20-\x7e\u00a0-\u024f\u2000-\u206f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def _looks_like_text(text: str) -> bool:
    sample = text[:4096]
    return bool(sample) and len(_TEXT_CHARS_RE.findall(sample)) >= 0.95 * len(sample)


def _utf8(raw: bytes) -> str | None:
    """Strict UTF-8, forgiving only a character cut at the very end (a capped download)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(raw) - 3:
            return _strict(raw[: exc.start], "utf-8")
    return None


def _damaged_utf8(raw: bytes) -> str | None:
    """UTF-8 with a few corrupted bytes: kept (with U+FFFD marking the damage) rather
    than refusing a whole release, but only when valid multi-byte characters outnumber
    the damage, which never happens for text in another charset."""
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - bad
    if bad <= max(2, len(text) // 2000) and multibyte >= 3 * bad:
        return text
    return None


def _strict(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _mojibake_score(text: str) -> int:
    """How many traces of a wrong charset the text shows; 0 means it reads clean."""
    text = text[:_SCORE_SAMPLE]
    score = len(_MOJIBAKE_RE.findall(text)) + len(_CJK_IN_WORD_RE.findall(text))
    runs = _LATIN_RUN_RE.findall(text)
    if runs:
        # Real Latin text has isolated accents ("Müller"); decoded CJK is nothing but runs.
        score += sum(len(r) // 2 for r in runs)
    return score


def _detect(raw: bytes) -> str | None:
    from charset_normalizer import from_bytes  # imported lazily: rarely needed, slow to import

    best = from_bytes(raw[:_SAMPLE]).best()
    return normalize_charset(best.encoding) if best is not None else None


def decode_bytes(raw: bytes, declared_charset: str | None = None) -> str:
    """Decode a page or file to text; raise EmptyDocument, BinaryContent or Undecodable.

    Order: BOM, strict UTF-8, the declared (HTTP header) charset, the <meta>/XML
    charset, GB18030, slightly damaged UTF-8, detection, windows-1252. The first
    candidate that decodes strictly with no mojibake wins; failing that, the least
    damaged strict decode.
    """
    if not isinstance(raw, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode_bytes needs bytes, not {type(raw).__name__}")
    raw = bytes(raw)
    if not raw.strip():
        raise EmptyDocument("the file is empty" if not raw else "the file holds only whitespace")
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            body = raw[len(bom):]
            text = _utf8(body) if enc == "utf-8" else _strict(body, enc)
            if text is None:
                raise Undecodable(f"the bytes start with a {enc} byte-order mark but do not decode as {enc}")
            return _non_empty(text)
    if b"\x00" in raw[:4096]:
        text = _utf16_without_bom(raw)
        if text is not None:
            return _non_empty(text)
    _refuse_binary(raw)
    if raw.isascii():
        return _non_empty(raw.decode("ascii"))

    # Valid UTF-8 with non-ASCII bytes is almost never an accident of another charset,
    # whatever the page declares: this is also the fast path for most pages.
    text = _utf8(raw)
    if text is not None:
        return _non_empty(text)

    declared = [normalize_charset(declared_charset), normalize_charset(sniff_declared_charset(raw))]
    tried: set[str] = set()
    best: tuple[int, str] | None = None

    def attempt(enc: str | None) -> str | None:
        nonlocal best
        if not enc or enc in tried or enc.startswith(("utf-16", "utf-32")):
            return None  # UTF-16/32 declared on ASCII-compatible bytes is always a mistake
        tried.add(enc)
        text = _strict(raw, enc)
        if text is None:
            return None
        score = _mojibake_score(text)
        if score == 0:
            return text
        if best is None or score < best[0]:
            best = (score, text)
        return None

    tried.add("utf-8")
    for enc in declared:
        text = attempt(enc)
        if text is not None:
            return _non_empty(text)
    # GB18030 before detection: the site is Chinese, and detectors guess Big5 or
    # EUC-KR for short GB texts that are mostly English.
    text = attempt("gb18030")
    if text is None:
        text = _damaged_utf8(raw)
    for enc in (None, "cp1252"):
        if text is not None:
            return _non_empty(text)
        text = attempt(enc or _detect(raw))
    if text is not None:
        return _non_empty(text)
    if best is not None and best[0] <= max(3, len(best[1]) // 200):
        return _non_empty(best[1])
    raise Undecodable(
        f"no charset decodes these {len(raw)} bytes cleanly (tried {', '.join(sorted(tried))}"
        + (f"; declared {declared_charset!r}" if declared_charset else "") + ")"
    )


def _non_empty(text: str) -> str:
    if not text.strip(" \t\r\n\u00a0\ufeff\u200b\u3000"):
        raise EmptyDocument("the file holds only whitespace")
    return text
