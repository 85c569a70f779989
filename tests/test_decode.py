"""Bytes to text: BOMs, declared and wrongly declared charsets, binary and empty input."""
from __future__ import annotations

import codecs
import gzip
import io
import zipfile

import pytest

from parsers.decode import decode_bytes, normalize_charset, sniff_declared_charset
from parsers.errors import BinaryContent, EmptyDocument, Undecodable

LATIN = "Song Tao met \u201cM\u00fcller\u201d \u2014 the Soci\u00e9t\u00e9 \u2018X\u2019 of Gen\u00e8ve."
CHINESE = "\u4e2d\u8054\u90e8\u4f1a\u89c1 Song Tao met \u201cguests\u201d \u2014 \u53cb\u597d\u4ea4\u6d41\u3002"
QUOTES = "The Party\u2019s role in C\u00f4te d\u2019Ivoire\u2019s politics"
ENGLISH_GB = "Beijing, May 5th\u2013Song Tao met \u201cguests\u201d from abroad."
HTML_GBK = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>' + CHINESE


@pytest.mark.parametrize("raw, declared, expected", [
    (b"plain ascii", None, "plain ascii"),
    (LATIN.encode("utf-8"), None, LATIN),
    (LATIN.encode("utf-8"), "utf-8", LATIN),
    (LATIN.encode("utf-8"), "iso-8859-1", LATIN),          # header lies: says latin-1, is UTF-8
    (LATIN.encode("cp1252"), None, LATIN),
    (LATIN.encode("cp1252"), "utf-8", LATIN),              # says utf-8, is windows-1252
    (LATIN.encode("cp1252"), "ISO-8859-1", LATIN),
    (CHINESE.encode("gb18030"), "gb18030", CHINESE),
    (CHINESE.encode("gbk"), "GBK", CHINESE),
    (CHINESE.encode("gb18030"), "gb2312", CHINESE),        # GB2312 label widened to GB18030
    (CHINESE.encode("gb18030"), "utf-8", CHINESE),         # says utf-8, is GB18030
    (CHINESE.encode("gb18030"), None, CHINESE),
    (ENGLISH_GB.encode("gb18030"), "iso-8859-1", ENGLISH_GB),
    (ENGLISH_GB.encode("gb18030"), None, ENGLISH_GB),
    (HTML_GBK.encode("gbk"), None, HTML_GBK),              # <meta http-equiv> charset
    (HTML_GBK.encode("gbk"), "utf-8", HTML_GBK),           # header wrong, meta right
    (LATIN.encode("cp1252"), "gbk", LATIN),                # says GBK, is windows-1252
    (('<?xml version="1.0" encoding="GBK"?><r>' + CHINESE).encode("gbk"), None,
     '<?xml version="1.0" encoding="GBK"?><r>' + CHINESE),
    (('<meta charset="utf-8"><p>' + CHINESE).encode("gb18030"), None, '<meta charset="utf-8"><p>' + CHINESE),
    (codecs.BOM_UTF8 + LATIN.encode("utf-8"), "gbk", LATIN),
    (CHINESE.encode("utf-16"), None, CHINESE),             # BOM decides
    (codecs.BOM_UTF16_BE + CHINESE.encode("utf-16-be"), None, CHINESE),
    (CHINESE.encode("utf-32"), None, CHINESE),
    (LATIN.encode("utf-16-le"), None, LATIN),              # no BOM: NUL pattern gives it away
    (QUOTES.encode("cp1252"), "utf-8", QUOTES),            # GB18030 would read "Party抯"
    (QUOTES.encode("cp1252"), None, QUOTES),
    (LATIN.encode("utf-8") + "\u201c".encode("utf-8")[:2], None, LATIN),  # cut mid-character
    (LATIN.encode("utf-8").replace(b"Gen", b"G\xffn"), "iso-8859-1", LATIN.replace("Gen", "G\ufffdn")),
    (LATIN.encode("utf-8"), "no-such-charset", LATIN),
    (LATIN.encode("utf-8"), "utf-16", LATIN),
])
def test_decodes(raw, declared, expected):
    assert decode_bytes(raw, declared) == expected


@pytest.mark.parametrize("raw, error, reason", [
    (b"", EmptyDocument, "empty"),
    (b"  \r\n\t \n", EmptyDocument, "empty"),
    (codecs.BOM_UTF8, EmptyDocument, "empty"),
    (codecs.BOM_UTF8 + "\u00a0 \u3000\n".encode("utf-8"), EmptyDocument, "empty"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", BinaryContent, "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryContent, "binary"),
    (gzip.compress(b"<html>release</html>"), BinaryContent, "binary"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", BinaryContent, "binary"),
    (b"Title\x00\x01\x02\x03 some \x00 text with NULs \x07\x08", BinaryContent, "binary"),
    (bytes(range(1, 9)) * 50 + b"some text", BinaryContent, "binary"),
    (codecs.BOM_UTF8 + b"\xff\xfe\xfa", Undecodable, "undecodable"),
    (bytes([0x81, 0x8d, 0x90, 0x9d]) * 20 + b"\xff" * 40, Undecodable, "undecodable"),
])
def test_refuses(raw, error, reason):
    with pytest.raises(error) as info:
        decode_bytes(raw)
    assert info.value.reason == reason
    assert str(info.value).startswith(reason + ": ")


def test_zip_archive_is_binary():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("release.txt", "Song Tao Meets Guests\n( 2019.01.02 )\n\nText.")
    with pytest.raises(BinaryContent, match="ZIP"):
        decode_bytes(buf.getvalue())


@pytest.mark.parametrize("label, expected", [
    ("GB2312", "gb18030"), ("gbk", "gb18030"), ("x-gbk", "gb18030"), ("cp936", "gb18030"),
    ("ISO-8859-1", "cp1252"), ("us-ascii", "cp1252"), ("UTF8", "utf-8"), ("'utf-8'", "utf-8"),
    ("big5", "big5"), ("bogus", None), ("", None), (None, None),
])
def test_normalize_charset(label, expected):
    assert normalize_charset(label) == expected


@pytest.mark.parametrize("head, expected", [
    (b'<html><head><meta charset="GBK"></head>', "GBK"),
    (b"<meta http-equiv='Content-Type' content='text/html; charset=gb2312'>", "gb2312"),
    (b'<?xml version="1.0" encoding="ISO-8859-1"?><html>', "ISO-8859-1"),
    (b"<html><head><title>x</title></head>", None),
])
def test_sniff_declared_charset(head, expected):
    assert sniff_declared_charset(head) == expected
