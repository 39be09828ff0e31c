"""Named entities (people with roles, organisations, places) with canonical names."""

from __future__ import annotations

from lagebild.analysis.doc import Doc


def find_mentions(doc: Doc) -> None:
    doc.mentions = []
