"""A corpus of bad and awkward inputs, written by code into a folder (no binaries in git).

Each `Case` writes one input into a folder and says what ingesting it must give:
`stored` articles (with their ids) or a failure whose one-line error names the
file (`source`, with ":line" for JSONL) and contains `reason`. Good articles sit
beside the bad ones so a test can check that the batch goes on.
"""

from __future__ import annotations

import json
import os
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

# A plain German report with figures: what a good article looks like.
GOOD = (
    "Bei einem Angriff auf einen Grenzposten sind nach Angaben des Innenministeriums mindestens "
    "{n} Soldaten getötet worden. Etwa {m} weitere wurden verletzt, teilte ein Sprecher am Montag mit."
)


def good_text(n: int) -> str:
    return GOOD.format(n=12 + n, m=30 + n)


@dataclass(slots=True)
class Case:
    name: str
    write: Callable[[Path], Path]  # writes the input into a folder, returns its path
    stored: tuple[str, ...] = ()  # article ids that must be stored
    errors: tuple[tuple[str, str], ...] = ()  # (source relative to the folder, reason fragment)
    check: Callable[[dict], None] | None = field(default=None)  # extra check on one stored article row


def _text(name: str, content: str, encoding: str = "utf-8") -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(content.encode(encoding))
        return path
    return write


def _bytes(name: str, content: bytes | Callable[[], bytes]) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(content() if callable(content) else content)
        return path
    return write


def png_bytes() -> bytes:
    """A real 1x1 PNG image."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
            + chunk(b"IEND", b""))


def zip_bytes() -> bytes:
    import io
    import zipfile
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("artikel.txt", good_text(0))
    return buffer.getvalue()


def huge_text(megabytes: int) -> str:
    """German prose with figures, `megabytes` MB, in paragraphs."""
    paragraph = good_text(1) + "\n\n"
    return paragraph * (megabytes * 1_000_000 // len(paragraph) + 1)


def many_numbers(count: int) -> str:
    """One article with `count` figures: a casualty table in prose, eight figures a sentence."""
    sentences = []
    for i in range(0, count, 8):
        figures = [str((i + k) % 997 + 2) for k in range(8)]
        sentences.append(f"Bezirk {figures[0]} meldet {', '.join(figures[1:7])} und {figures[7]} Verletzte.")
    return "Bilanz der Behörden\n\n" + " ".join(sentences)


def _jsonl(name: str, records: list) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        path = folder / name
        lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
        path.write_text("\n".join(lines) + "\n", "utf-8")
        return path
    return write


def _nested_html(depth: int) -> str:
    return ("<html><head><title>Tief</title></head><body>" + "<div>" * depth
            + f"<p>{good_text(3)}</p>" + "</div>" * depth + "</body></html>")


def _fifo(name: str) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        path = folder / name
        os.mkfifo(path)
        return path
    return write


def _dangling(name: str) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        path = folder / name
        path.symlink_to(folder / "gibt-es-nicht.txt")
        return path
    return write


def _directory(name: str) -> Callable[[Path], Path]:
    """A folder with an article name: cannot be read as a file (root can read anything else)."""
    def write(folder: Path) -> Path:
        path = folder / name
        path.mkdir()
        (path / "drinnen.txt").write_text(good_text(9), "utf-8")
        return path
    return write


def _assert_text(expected_fragment: str) -> Callable[[dict], None]:
    def check(row: dict) -> None:
        assert expected_fragment in row["text"], row["text"][:200]
    return check


def _assert_no_controls(row: dict) -> None:
    assert not any(ch in row["text"] for ch in "\x00\x01\x07\x1b\x7f"), repr(row["text"][:200])


CASES: list[Case] = [
    Case("empty", _bytes("leer.txt", b""), errors=(("leer.txt", "empty file"),)),
    Case("whitespace", _text("leerzeichen.txt", " \n\t\r\n  \u00a0\n"), errors=(("leerzeichen.txt", "only whitespace"),)),
    Case("png named .txt", _bytes("bild.txt", png_bytes), errors=(("bild.txt", "PNG image"),)),
    Case("zip named .html", _bytes("archiv.html", zip_bytes), errors=(("archiv.html", "ZIP archive"),)),
    Case("invalid utf-8", _bytes("kaputt.txt", (good_text(4) + " Größere Schäden über Nacht.").encode("utf-8")
                                          .replace(b"\xc3\xb6", b"\xc3(", 1)),
         stored=("kaputt",), check=_assert_text("\ufffd")),
    Case("latin-1", _text("latin.txt", good_text(5) + " Größere Schäden.", "latin-1"), stored=("latin",),
         check=_assert_text("Größere Schäden")),
    Case("utf-16 with BOM", _text("utf16.txt", "\ufeff" + good_text(6) + " Über Nacht.", "utf-16-le"),
         stored=("utf16",), check=_assert_text("Über Nacht")),
    Case("50 MB text", _text("riesig.txt", huge_text(50)), errors=(("riesig.txt", "too long"),)),
    Case("one 5 MB line", _text("zeile.txt", "Wort " * 1_000_000), errors=(("zeile.txt", "too long"),)),
    Case("malformed jsonl lines", _jsonl("gemischt.jsonl", [
        {"id": "json-gut-1", "text": good_text(7)},
        '{"id": "halb", "text": "abgeschnitten',
        "[1, 2, 3]",
        "kein json",
        {"id": "json-gut-2", "text": good_text(8)},
    ]), stored=("json-gut-1", "json-gut-2"),
        errors=(("gemischt.jsonl:2", "invalid JSON"), ("gemischt.jsonl:3", "expected a JSON object"),
                ("gemischt.jsonl:4", "invalid JSON"))),
    Case("wrong field types", _jsonl("typen.jsonl", [
        {"id": "zahl-text", "text": 42},
        {"id": 7, "text": good_text(10)},
        {"id": ["liste"], "text": good_text(11)},
        {"id": "gestern", "text": good_text(12), "published": "yesterday"},
        {"id": "outlet-zahl", "text": good_text(13), "outlet": 5},
        {"id": "ohne-text"},
    ]), stored=("7",),
        errors=(("typen.jsonl:1", "'text' must be a string"), ("typen.jsonl:3", "'id' must be"),
                ("typen.jsonl:4", "invalid published date"), ("typen.jsonl:5", "'outlet' must be a string"),
                ("typen.jsonl:6", "missing 'text'"))),
    Case("deeply nested JSON", _jsonl("tief.jsonl", ["[" * 100_000, '{"text": ' * 5_000 + '"x"' + "}" * 5_000,
                                                    {"id": "flach-json", "text": good_text(22)}]),
         stored=("flach-json",), errors=(("tief.jsonl:1", "nested too deeply"), ("tief.jsonl:2", "nested too deeply"))),
    Case("lone surrogate in JSON", _jsonl("surrogat.jsonl", ['{"id": "surrogat", "text": "' + good_text(14)
                                                             + ' \\ud800 Ende."}']),
         stored=("surrogat",), check=_assert_text("Ende.")),
    Case("html without body", _text("ohne-body.html", "<html><head><title>Nur ein Titel</title></head></html>"),
         errors=(("ohne-body.html", "no article text"),)),
    Case("script-only html", _text("skript.html", "<html><body><script>var x = '" + good_text(15)
                                    + "';</script><style>p{}</style></body></html>"),
         errors=(("skript.html", "no article text"),)),
    Case("html nested 10,000 levels", _text("tief.html", _nested_html(10_000)),
         errors=(("tief.html", "HTML nested 10,003 levels deep"),)),
    Case("html nested 200 levels", _text("flach.html", _nested_html(200)), stored=("flach",),
         check=_assert_text("Grenzposten")),
    Case("10,000 numbers", _text("zahlen.txt", many_numbers(10_000)), stored=("zahlen",)),
    Case("control characters", _text("steuer.txt", "Eilmeldung\x07\n\n" + good_text(16).replace(" ", " \x01", 3)
                                     + "\x1b[31m Ende\x7f.\x0b"), stored=("steuer",), check=_assert_no_controls),
    Case("right-to-left text", _text("rtl.txt", "Bericht aus Gaza \u202bمرحبا بالعالم\u202c und שלום. "
                                     + good_text(17)), stored=("rtl",), check=_assert_text("שלום")),
    Case("emoji", _text("emoji.txt", "🚨 Eilmeldung 🚨\n\n" + good_text(18) + " 😢👍🏽 🇺🇦"), stored=("emoji",),
         check=_assert_text("😢👍🏽")),
    Case("mixed languages", _text("sprachen.txt", good_text(19) + " Officials said at least 40 people died. "
                                  "По данным властей, погибли 12 человек. 当局称有 7 人死亡。"),
         stored=("sprachen",), check=_assert_text("当局")),
    Case("fifo", _fifo("rohr.txt"), errors=(("rohr.txt", "not a regular file"),)),
    Case("dangling symlink", _dangling("verwaist.txt"), errors=(("verwaist.txt", "broken symbolic link"),)),
    Case("folder named like an article", _directory("ordner.txt"), stored=("drinnen",)),
    Case("markup only", _text("markup.txt", "<p></p><div>&nbsp;</div><!-- nichts -->"), errors=(("markup.txt", "no text"),)),
    Case("nul bytes late in text", _bytes("nul.txt", (good_text(20) + " " * 9000).encode() + b"\x00\x00Ende."),
         stored=("nul",), check=_assert_no_controls),
    Case("html with bogus charset", _bytes("charset.html", b'<html><head><meta charset="klingon-8"></head><body><p>'
                                           + good_text(21).encode("utf-8") + b"</p></body></html>"),
         stored=("charset",), check=_assert_text("Grenzposten")),
]


def write_corpus(folder: Path, cases: list[Case] = CASES, good: int = 3) -> tuple[list[str], list[tuple[str, str]]]:
    """Write every case and `good` plain articles into `folder`; returns (ids to store, expected errors)."""
    folder.mkdir(parents=True, exist_ok=True)
    stored, errors = [], []
    for i in range(good):
        (folder / f"gut_{i}.txt").write_text(good_text(100 + i), "utf-8")
        stored.append(f"gut_{i}")
    for case in cases:
        case.write(folder)
        stored.extend(case.stored)
        errors.extend(case.errors)
    return stored, errors
