"""Who each statement and figure is attributed to."""

from __future__ import annotations

from lagebild.analysis.doc import Doc


def attribute(doc: Doc) -> None:
    doc.attributions = []
    doc.statements = []
