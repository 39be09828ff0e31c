"""Layered highlighting of an article text, built server-side from character spans.

Annotations may nest or cross each other; the output is always well-formed HTML:
an annotation that crosses an outer one is split into pieces, every piece keeps
its classes and `data-*` attributes, only the first piece carries its `id`.
Every piece of text and every attribute value is escaped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape


@dataclass(frozen=True, slots=True)
class Annotation:
    start: int
    end: int
    rank: int  # lower ranks wrap higher ones (sentence < claim < cue < entity)
    tag: str
    classes: str
    attrs: tuple[tuple[str, str], ...] = ()  # on every piece
    anchor: str | None = None  # the id, on the first piece only
    order: int = field(default=0, compare=False)


def _nesting_key(annotation: Annotation) -> tuple:
    return annotation.rank, annotation.start, -annotation.end, annotation.order


def _open_tag(annotation: Annotation, first: bool) -> str:
    parts = [annotation.tag, f'class="{escape(annotation.classes)}"']
    if first and annotation.anchor:
        parts.append(f'id="{escape(annotation.anchor)}"')
    parts.extend(f'{name}="{escape(value)}"' for name, value in annotation.attrs)
    return "<" + " ".join(parts) + ">"


def highlight(text: str, annotations: list[Annotation]) -> Markup:
    """The text as HTML with every annotation wrapped around its span."""
    usable = sorted(
        (Annotation(max(0, a.start), min(len(text), a.end), a.rank, a.tag, a.classes, a.attrs, a.anchor, i)
         for i, a in enumerate(annotations) if a.start < len(text) and a.end > a.start),
        key=lambda a: a.start)
    bounds = sorted({0, len(text), *(a.start for a in usable), *(a.end for a in usable)})
    out: list[str] = []
    stack: list[Annotation] = []  # open elements, outermost first
    active: list[Annotation] = []
    started: set[int] = set()
    next_index = 0
    for left, right in zip(bounds, bounds[1:]):
        active = [a for a in active if a.end > left]
        while next_index < len(usable) and usable[next_index].start <= left:
            if usable[next_index].end > left:
                active.append(usable[next_index])
            next_index += 1
        wanted = sorted(active, key=_nesting_key)
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        for closing in reversed(stack[keep:]):
            out.append(f"</{closing.tag}>")
        for opening in wanted[keep:]:
            out.append(_open_tag(opening, first=opening.order not in started))
            started.add(opening.order)
        stack = wanted
        out.append(str(escape(text[left:right])))
    for closing in reversed(stack):
        out.append(f"</{closing.tag}>")
    return Markup("".join(out))
