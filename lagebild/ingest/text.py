"""Bytes → clean article text: decoding, binary detection and normalisation.

The normalised text is the article text every span refers to, so normalisation
is deliberately conservative: it never touches words, digits or tabs (tables such
as "Verletzte\t2700" keep their cells), only encodings, markup residue and
whitespace runs.
"""

from __future__ import annotations

import codecs
import html
import re
import unicodedata

# Leading bytes of common binary formats that sometimes land in article folders.
BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3", "SQLite database"),
)
BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


class NotText(ValueError):
    """The bytes are not a text file (an image, an archive, ...)."""


_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes, if Python knows it."""
    match = _DECLARED_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str | None]:
    """Decode a file's bytes; returns (text, note) where note says how a fallback was chosen.

    UTF-8 (with or without BOM) and UTF-16/32 with BOM are read as such; bytes that
    are not UTF-8 use the `declared` charset (an HTML meta tag), else fall back to cp1252 (a superset of latin-1 for printable text),
    then latin-1. Binary data raises `NotText`.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), None
            except UnicodeDecodeError as error:
                raise NotText(f"invalid {encoding} after byte-order mark (byte {error.start})") from None
    for magic, kind in BINARY_MAGIC:
        if data.startswith(magic):
            raise NotText(f"binary file, not text ({kind})")
    if b"\x00" in data[:8192]:
        raise NotText("binary file, not text (contains NUL bytes)")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        first_bad = error.start
    if declared and declared != "utf-8":
        try:
            return data.decode(declared), None
        except UnicodeDecodeError:
            pass
    if _looks_like_utf8(data):
        # Mostly UTF-8 with a few broken bytes: keep the good text, mark the bad bytes.
        return data.decode("utf-8", errors="replace"), f"invalid UTF-8 at byte {first_bad}; bad bytes replaced by U+FFFD"
    try:
        return data.decode("cp1252"), "not UTF-8; decoded as cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "not UTF-8; decoded as latin-1"


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def _looks_like_utf8(data: bytes) -> bool:
    """True when most non-ASCII bytes form valid UTF-8 sequences (a damaged UTF-8 file)."""
    high = len(_HIGH_BYTE.findall(data))
    in_sequences = sum(len(m) for m in _UTF8_MULTIBYTE.findall(data))
    return high > 0 and in_sequences >= 0.6 * high


# Markup residue: comments, then tags that start with a letter ("<ul style=...>", "</p>").
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|ul|ol|tr|table|h[1-6]|section|article|blockquote)\b[^<>]*>", re.I)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]*)?/?>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# Lone UTF-16 surrogates (from JSON escapes such as "\ud800") cannot be stored as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")
_ODD_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_SPACES = re.compile(r" {2,}")
_BLANK_LINES = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """Clean article text: NFC, markup residue and entities removed, whitespace runs tidied.

    Paragraph breaks (blank lines) survive as exactly one blank line; tabs inside
    a line are kept. Public so that other stages (e.g. the gold scorer) can apply
    the same normalisation to strings copied from raw files.
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _COMMENT.sub("", text)
    text = _BLOCK_TAG.sub("\n", text)
    text = _TAG.sub("", text)
    text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    text = _INVISIBLE.sub("", text)
    text = _SURROGATE.sub("\ufffd", text)
    text = _ODD_SPACE.sub(" ", text)
    text = _CONTROL.sub("", text.replace("\f", "\n").replace("\v", "\n"))
    lines = (_SPACES.sub(" ", line).strip(" \t") for line in text.split("\n"))
    text = "\n".join(lines)
    text = _BLANK_LINES.sub("\n\n", text)
    return unicodedata.normalize("NFC", text.strip())


def guess_title(text: str) -> str | None:
    """The first line when it reads like a headline (short and followed by more text)."""
    first, _, rest = text.partition("\n")
    first = first.strip()
    if first and rest.strip() and len(first) <= 200:
        return first
    return None
