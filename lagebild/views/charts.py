"""Timeline charts as inline SVG: no JavaScript library, works offline.

Points are coloured by origin; ranges and open-ended figures are bars; forecasts
are hollow and dashed; denials are crosses. Every mark carries `data-claim` (for
the page's click handler) and an SVG <title> with the evidence (hover).
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

from markupsafe import Markup, escape

from lagebild.picture import Track
from lagebild.picture.points import Point, describe_value

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2",
           "#7f7f7f", "#bcbd22")
WIDTH, HEIGHT = 760, 260
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 16, 40
# A figure this many times the median is drawn clipped at the top, so one outlier
# (often a misread figure) does not flatten everyone else's.
OUTLIER_FACTOR = 5
OPEN_BOUND_PX = 26  # length of the arrow drawn for "at least" / "up to"


def origin_colour(origin: str) -> str:
    digest = hashlib.sha1(origin.encode("utf-8")).digest()
    return PALETTE[digest[0] % len(PALETTE)]


def claim_dom_id(point: Point) -> str:
    return point_dom_id(point.id)


def point_dom_id(point_id: str) -> str:
    """The DOM id for a point id ("doc:start-end:measure"), so a claim record gets the same one."""
    return "claim-" + hashlib.sha1(point_id.encode("utf-8")).hexdigest()[:12]


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= value:
            return step * magnitude
    return 10 * magnitude


def timeline_svg(track: Track) -> Markup:
    points = [p for p in track.points if p.when and (p.low is not None or p.high is not None)]
    if not points:
        return Markup('<p class="empty">No dated figures.</p>')
    first = min(p.when[0] for p in points)
    last = max(p.when[1] for p in points)
    if (last - first).days < 30:
        first, last = first - timedelta(days=15), last + timedelta(days=15)
    top_value = _nice_max(_scale_top(points) * 1.1)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x_of(day: date) -> float:
        return LEFT + plot_w * (day - first).days / max(1, (last - first).days)

    def y_of(value: float) -> float:
        return TOP + plot_h * (1 - min(value, top_value) / top_value)

    parts = [f'<svg class="timeline" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
             f'aria-label="{escape(track.label)}" xmlns="http://www.w3.org/2000/svg">']
    for i in range(5):
        value = top_value * i / 4
        y = y_of(value)
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>'
                     f'<text class="axis" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{value:,.0f}</text>')
    for tick in _month_ticks(first, last):
        x = x_of(tick)
        parts.append(f'<text class="axis" x="{x:.1f}" y="{HEIGHT - BOTTOM + 16}" text-anchor="middle">'
                     f'{tick.strftime("%Y-%m")}</text>')
    for point in points:
        parts.append(_mark(point, x_of, y_of, TOP, TOP + plot_h, top_value))
    parts.append("</svg>")
    return Markup("".join(parts))


def _scale_top(points: list[Point]) -> float:
    values = sorted(p.value for p in points if p.value is not None)
    finite = [v for p in points for v in (p.low, p.high) if v is not None]
    if len(values) >= 3:
        ceiling = values[len(values) // 2] * OUTLIER_FACTOR
        kept = [v for v in finite if v <= ceiling]
        if kept:
            return max(kept)
    return max(finite)


def _month_ticks(first: date, last: date, most: int = 8) -> list[date]:
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    step = max(1, -(-months // most))
    ticks, year, month = [], first.year, first.month
    for index in range(months):
        if index % step == 0:
            ticks.append(date(year, month, 1))
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return [t for t in ticks if first <= t <= last] or [first]


def _mark(point: Point, x_of, y_of, y_top: float, y_bottom: float, top_value: float) -> str:
    middle = point.when[0] + (point.when[1] - point.when[0]) / 2
    x = x_of(middle)
    colour = origin_colour(point.origin)
    style = "forecast" if point.future else "denied" if point.certainty == "denied" else "stock"
    tooltip = escape(f"{describe_value(point.low, point.high, point.qualifier)} — {point.origin} "
                     f"({point.when_text}, {point.certainty}): {point.evidence}")
    attrs = (f'class="mark {style}" data-claim="{claim_dom_id(point)}" tabindex="0" '
             f'style="--c:{colour}"')
    shapes = []
    value = point.value if point.value is not None else 0
    clipped = value > top_value
    y = y_of(value)
    if (point.when[1] - point.when[0]).days > 31:  # a figure for a whole season or year
        shapes.append(f'<line class="span" x1="{x_of(point.when[0]):.1f}" x2="{x_of(point.when[1]):.1f}" '
                      f'y1="{y:.1f}" y2="{y:.1f}"/>')
    if point.low is not None and point.high is not None and point.low != point.high:
        y1, y2 = y_of(point.high), y_of(point.low)
        shapes.append(f'<rect x="{x - 3:.1f}" y="{y1:.1f}" width="6" height="{max(2.0, y2 - y1):.1f}" rx="2"/>')
    elif point.low is None or point.high is None:
        # an open bound: a short arrow from the figure towards the open side
        up = point.high is None
        tip = max(y_top, y - OPEN_BOUND_PX) if up else min(y_bottom, y + OPEN_BOUND_PX)
        head = 5 if up else -5
        shapes.append(f'<path class="open" d="M{x:.1f},{y:.1f}L{x:.1f},{tip:.1f}M{x - 4:.1f},{tip + head:.1f}'
                      f'L{x:.1f},{tip:.1f}L{x + 4:.1f},{tip + head:.1f}"/>')
    if point.certainty == "denied":
        shapes.append(f'<path d="M{x - 5:.1f},{y - 5:.1f}L{x + 5:.1f},{y + 5:.1f}M{x - 5:.1f},{y + 5:.1f}'
                      f'L{x + 5:.1f},{y - 5:.1f}"/>')
    else:
        shapes.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{4 if point.optional else 6}"/>')
    if clipped:
        anchor = "end" if x > WIDTH / 2 else "start"
        shift = -8 if anchor == "end" else 8
        shapes.append(f'<text class="clipped" x="{x + shift:.1f}" y="{y_top + 10:.1f}" '
                      f'text-anchor="{anchor}">▲ {value:,.0f}</text>')
    return f"<g {attrs}><title>{tooltip}</title>{''.join(shapes)}</g>"
