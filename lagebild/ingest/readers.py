"""Readers for .txt, .html/.htm and .jsonl files and folders, with metadata sidecars.

Metadata precedence, lowest first: what the file itself carries (JSONL fields,
HTML metadata) < a ``meta.jsonl`` sidecar in the file's folder (or a folder
above it, up to the folder given) < a ``--meta`` file; command-line overrides
(``--outlet/--published/--url``) only fill what is still missing.

Article text is capped at ``MAX_TEXT_CHARS`` characters (setting:
``$LAGEBILD_MAX_TEXT_CHARS``): longer inputs fail with a one-line error instead of
tying up the analysis for minutes. Text and HTML files whose size alone shows they
exceed it are refused before they are decoded or parsed.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from lagebild.ingest.dates import normalize_published
from lagebild.ingest.language import detect_language
from lagebild.ingest.text import BINARY_MAGIC, NotText, declared_charset, decode_bytes, guess_title, normalize_text
from lagebild.model import Article

FILE_KINDS = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
SIDECAR_NAME = "meta.jsonl"
MAX_ID_LENGTH = 255  # the store's id column
META_FIELDS = ("published", "outlet", "url", "title", "language")
JSONL_STRING_FIELDS = ("url", "outlet", "title", "published", "language")
# Other names exports and scrapers give the same fields; the first one present is read.
FIELD_SYNONYMS = {
    "text": ("text", "body", "content"),
    "published": ("published", "date", "published_at", "publication_date", "pubdate", "datePublished"),
    "outlet": ("outlet", "publisher", "sitename", "site"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
}
MAX_TEXT_CHARS = 100_000  # about 15 pages; news articles are rarely over 30,000 characters
# Bytes a file may take per character of text: UTF-8 text needs at most 4, HTML carries markup.
MAX_BYTES_PER_CHAR = {"text": 4, "html": 50}

Note = Callable[[str], None]
_log = logging.getLogger("lagebild.ingest")


@dataclass(slots=True)
class Overrides:
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    meta: Path | None = None  # a metadata file (records with file/id, no text) applied on top of sidecars


class BadInput(ValueError):
    """One input (file or JSONL line) that cannot become an article."""


@dataclass(slots=True)
class MetaTable:
    """Metadata records from a sidecar, keyed by file (resolved path and bare name) and by id."""

    by_path: dict[Path, dict[str, Any]] = field(default_factory=dict)
    by_name: dict[str, dict[str, Any]] = field(default_factory=dict)
    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)

    def lookup(self, path: Path, article_id: str, match_names: bool) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for record in (self.by_name.get(path.name) if match_names else None,
                       self.by_path.get(path.resolve()), self.by_id.get(article_id)):
            if record:
                found.update({k: v for k, v in record.items() if v is not None})
        return found


def load_meta(path: Path) -> tuple[MetaTable, list[tuple[str, str]]]:
    """Read a metadata JSONL file; returns the table and (source, reason) per bad record."""
    table, errors = MetaTable(), []
    try:
        text, _note = decode_bytes(path.read_bytes())
    except (OSError, NotText) as error:
        return table, [(str(path), f"cannot read metadata ({_reason(error)})")]
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = _json_object(line)
            fields = {name: _optional_string(record, name) for name in META_FIELDS}
            file_name, record_id = _optional_string(record, "file"), _optional_id(record)
            if not file_name and not record_id:
                raise BadInput("metadata record needs 'file' or 'id'")
        except BadInput as error:
            errors.append((f"{path}:{number}", str(error)))
            continue
        if file_name:
            table.by_path[(path.parent / file_name).resolve()] = fields
            table.by_name[Path(file_name).name] = fields
        if record_id:
            table.by_id[record_id] = fields
    return table, errors


class Reader:
    """Turns paths into `Article`s or error lines; caches sidecars per folder."""

    def __init__(self, overrides: Overrides, on_note: Note | None = None) -> None:
        from lagebild.ingest import IngestError

        self._error = IngestError
        self.overrides = overrides
        self.on_note = on_note or (lambda message: _log.warning("%s", message))
        self._sidecars: dict[Path, MetaTable | None] = {}
        self._pending_errors: list[tuple[str, str]] = []
        self.explicit: MetaTable | None = None
        if overrides.meta is not None:
            self.explicit, self._pending_errors = load_meta(Path(overrides.meta))

    def read(self, path: Path) -> Iterator:
        yield from self._flush_errors()
        if path.is_dir():
            for child in self._walk(path):
                yield from self._read_file(child, root=path)
        elif path.exists() or path.is_symlink():
            yield from self._read_file(path, root=path.parent)
        else:
            yield self._error(str(path), "no such file or directory")

    def _walk(self, folder: Path) -> Iterator[Path]:
        for child in sorted(folder.rglob("*")):
            relative = child.relative_to(folder).parts
            if any(part.startswith(".") for part in relative) or child.is_dir():
                continue
            if child.name == SIDECAR_NAME or child.suffix.lower() not in FILE_KINDS:
                continue
            yield child

    def _read_file(self, path: Path, root: Path) -> Iterator:
        kind = FILE_KINDS.get(path.suffix.lower())
        if kind is None:
            yield self._error(str(path), f"unsupported file type {path.suffix or '(none)'!r} "
                                         "(expected .txt, .html, .htm or .jsonl)")
            return
        sidecars = self._sidecars_for(path, root)
        yield from self._flush_errors()
        if kind == "jsonl":
            yield from self._read_jsonl(path, sidecars)
            return
        try:
            _check_regular_file(path)
            if kind != "jsonl" and path.stat().st_size > max_text_chars() * MAX_BYTES_PER_CHAR[kind]:
                raise BadInput(_too_long(f"{path.stat().st_size:,} bytes"))
            data = path.read_bytes()
            if not data.strip():
                raise BadInput("empty file")
            text, note = decode_bytes(data, declared_charset(data) if kind == "html" else None)
        except (OSError, NotText, BadInput) as error:
            yield self._error(str(path), _reason(error))
            return
        if note:
            self.on_note(f"{path}: {note}")
        reader = _from_text if kind == "text" else _from_html
        yield self._finish(lambda: reader(text, path), str(path), path, sidecars)

    def _read_jsonl(self, path: Path, sidecars: list[MetaTable]) -> Iterator:
        """One article or error per line, read line by line: a JSONL file may hold a whole corpus."""
        number = 0
        try:
            _check_regular_file(path)
            lines, note = _jsonl_lines(path)
            if note:
                self.on_note(f"{path}: {note}")
            for number, line in enumerate(lines, 1):
                if line.strip():
                    yield self._finish(lambda: _from_jsonl_line(line, path), f"{path}:{number}", path, sidecars)
        except (OSError, NotText, BadInput, UnicodeDecodeError) as error:
            # before the first line: the file; later (it changed while read): the line that failed
            yield self._error(f"{path}:{number + 1}" if number else str(path), _reason(error))

    def _finish(self, build: Callable[[], Article], source: str, path: Path, sidecars: list[MetaTable]):
        try:
            article = build()
            article.source_path = source
            meta: dict[str, Any] = {}
            for table in sidecars:
                meta.update(table.lookup(path, article.id, match_names=False))
            if self.explicit:
                meta.update(self.explicit.lookup(path, article.id, match_names=True))
            for name, value in meta.items():
                setattr(article, name, value)
            article.outlet = article.outlet or self.overrides.outlet
            article.url = article.url or self.overrides.url
            article.published = article.published or self.overrides.published
            return complete_article(article)
        except (BadInput, ValueError) as error:
            return self._error(source, _reason(error))
        except Exception as error:  # noqa: BLE001 - e.g. the HTML parser choking: report, never crash
            return self._error(source, f"cannot read: {describe(error)}")

    def _sidecars_for(self, path: Path, root: Path) -> list[MetaTable]:
        """Sidecars from the folder given down to the file's folder (nearest applied last)."""
        folders = [path.parent]
        while folders[-1] != root and root in folders[-1].parents:
            folders.append(folders[-1].parent)
        tables = []
        for folder in reversed(folders):
            if folder not in self._sidecars:
                sidecar = folder / SIDECAR_NAME
                table = None
                if sidecar.is_file():
                    table, errors = load_meta(sidecar)
                    self._pending_errors.extend(errors)
                self._sidecars[folder] = table
            if self._sidecars[folder] is not None:
                tables.append(self._sidecars[folder])
        return tables

    def _flush_errors(self) -> Iterator:
        while self._pending_errors:
            yield self._error(*self._pending_errors.pop(0))


def max_text_chars() -> int:
    """The longest article text accepted: $LAGEBILD_MAX_TEXT_CHARS, else MAX_TEXT_CHARS."""
    value = os.environ.get("LAGEBILD_MAX_TEXT_CHARS", "").strip()
    return int(value) if value.isdigit() and int(value) > 0 else MAX_TEXT_CHARS


def _too_long(size: str) -> str:
    return (f"too long ({size}; the limit is {max_text_chars():,} characters of text, "
            "setting LAGEBILD_MAX_TEXT_CHARS)")


def _check_regular_file(path: Path) -> None:
    """Refuse what would block or fail on reading: FIFOs, devices, broken symbolic links."""
    if not path.exists():  # gone since the folder was listed, or a link to nothing
        raise BadInput("broken symbolic link" if path.is_symlink() else "no such file or directory")
    if not path.is_file():
        raise BadInput("not a regular file")


def _jsonl_lines(path: Path) -> tuple[Iterator[str], str | None]:
    """(lines, decoding note) of a JSONL file; plain UTF-8 (the usual case) is streamed.

    A first pass checks the file is UTF-8 and not blank without keeping it; other
    files (UTF-16/32, binary, damaged or legacy encodings) are decoded whole by
    `decode_bytes`, as other text files are, to keep its fallbacks and messages.
    """
    with path.open("rb") as handle:
        head = handle.read(8192)
        if head.startswith(_UTF8_BOM) or not _needs_whole_decoding(head):
            decoder, blank = codecs.getincrementaldecoder("utf-8")(), True
            try:
                chunk = head
                while chunk:
                    blank = blank and not chunk.strip()
                    decoder.decode(chunk)
                    chunk = handle.read(1 << 20)
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                pass
            else:
                if blank:
                    raise BadInput("empty file")
                return _streamed_lines(path), None
    data = path.read_bytes()
    if not data.strip():
        raise BadInput("empty file")
    text, note = decode_bytes(data)
    return iter(text.splitlines()), note


_UTF8_BOM = b"\xef\xbb\xbf"


def _needs_whole_decoding(head: bytes) -> bool:
    """A byte-order mark, a binary signature or NUL bytes: for `decode_bytes` to judge."""
    return head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")) or b"\x00" in head or any(
        head.startswith(magic) for magic, _kind in BINARY_MAGIC)


def _streamed_lines(path: Path) -> Iterator[str]:
    # utf-8-sig drops a leading byte-order mark; lines end at \n, \r\n or \r
    with path.open(encoding="utf-8-sig", newline=None) as handle:
        for line in handle:
            yield line.rstrip("\n")


def _from_text(text: str, path: Path) -> Article:
    clean = normalize_text(text)
    if not clean:
        raise BadInput("no text (only whitespace or markup)")
    return Article(id=path.stem, text=clean, title=guess_title(clean))


def _from_html(html: str, path: Path) -> Article:
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # we report problems ourselves
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = getattr(document, "text", None) if document is not None else None
    if not body or not body.strip():
        raise BadInput(_nesting_problem(html) or "no article text found in the HTML")
    title = normalize_text(document.title) if document.title else None
    text = normalize_text("\n\n".join(line for line in body.split("\n")))
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return Article(id=path.stem, text=text, title=title or guess_title(text), url=document.url,
                   outlet=document.sitename or document.hostname, published=document.date)


PARSER_MAX_DEPTH = 255  # libxml2 drops what lies deeper than this
_HTML_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*?(/?)>")
_VOID_TAGS = frozenset("area base br col embed hr img input link meta source track wbr".split())


def _nesting_problem(html: str) -> str | None:
    """Why the parser saw no text when the page nests elements deeper than it follows."""
    depth = deepest = 0
    for match in _HTML_TAG.finditer(html):
        closing, name, self_closing = match.groups()
        if self_closing or name.lower() in _VOID_TAGS:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        deepest = max(deepest, depth)
    if deepest <= PARSER_MAX_DEPTH:
        return None
    return f"HTML nested {deepest:,} levels deep; the parser reads only {PARSER_MAX_DEPTH} levels"


def complete_article(article: Article) -> Article:
    """The checks and fill-ins every reader applies last: a normalised date, a text that is there
    and not too long, the language when the input did not say. BadInput or ValueError otherwise."""
    if article.published:
        article.published = normalize_published(article.published)
    if not article.text:
        raise BadInput("no text")
    if len(article.text) > max_text_chars():
        raise BadInput(_too_long(f"{len(article.text):,} characters"))
    article.language = article.language or detect_language(article.text)
    return article


def _from_jsonl_line(line: str, path: Path) -> Article:
    return article_from_record(_json_object(line))


def article_from_record(record: dict[str, Any]) -> Article:
    """An `Article` from one JSON record, each field under its own name or a common synonym
    (FIELD_SYNONYMS); BadInput when the record has no usable text or a field of the wrong type."""
    text_key = _present_name(record, "text")
    raw_text = record.get(text_key)
    if not isinstance(raw_text, str):
        raise BadInput("missing 'text'" if raw_text is None else
                       f"field {text_key!r} must be a string, not {type(raw_text).__name__}")
    text = normalize_text(raw_text)
    if not text:
        raise BadInput("empty 'text'")
    fields = {name: _optional_string(record, name) for name in JSONL_STRING_FIELDS}
    article_id = _optional_id(record) or hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return Article(id=article_id, text=text, **fields)


def _json_object(line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise BadInput(f"invalid JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise BadInput("invalid JSON (nested too deeply)") from None
    if not isinstance(record, dict):
        raise BadInput(f"expected a JSON object, got {type(record).__name__}")
    return record


def _present_name(record: dict[str, Any], name: str) -> str:
    """The key `record` gives field `name` under: the name itself or its first synonym present."""
    return next((key for key in FIELD_SYNONYMS.get(name, ()) if record.get(key) is not None), name)


def _optional_string(record: dict[str, Any], name: str) -> str | None:
    key = _present_name(record, name)
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadInput(f"field {key!r} must be a string, not {type(value).__name__}")
    return value.strip() or None


def _optional_id(record: dict[str, Any]) -> str | None:
    value = record.get("id")
    if isinstance(value, bool) or not isinstance(value, (str, int, type(None))):
        raise BadInput(f"field 'id' must be a string or an integer, not {type(value).__name__}")
    if value is None:
        return None
    text = str(value).strip()
    if len(text) > MAX_ID_LENGTH:
        raise BadInput(f"field 'id' is longer than {MAX_ID_LENGTH} characters")
    return text or None


def describe(error: Exception) -> str:
    """An unexpected exception as one line: its type and its message."""
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _reason(error: Exception) -> str:
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error)
