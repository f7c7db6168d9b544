"""Charts as inline SVG, drawn in Python from the same data the JSON API returns.

Every piece of text that goes into the SVG passes through `_esc`; links are ours (built from
ids), never taken from article text. No style attributes: the page's CSP forbids inline styles,
so colours are SVG presentation attributes and classes from the static stylesheet.
"""

from __future__ import annotations

import html
import math
from datetime import date
from typing import Any

from markupsafe import Markup

TYPE_COLOURS = {"visit": "#2e6fb7", "meet": "#d1495b", "talks": "#b5179e", "call": "#1b998b",
                "agree": "#43aa8b", "concern": "#e07a1f", "demand": "#f3722c", "attend": "#577590",
                "appoint": "#8d6a2f", "establish": "#6a4c93", "sanction": "#222222"}


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _svg_open(css: str, width: int, height: int, extra: str = "") -> str:
    return f'<svg class="{css}" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img"{extra}>'


def _link(href: str | None, inner: str, title: str) -> str:
    body = f"<title>{_esc(title)}</title>{inner}"
    return f'<a href="{_esc(href)}">{body}</a>' if href else f"<g>{body}</g>"


def bar_chart(items: list[dict[str, Any]], *, label: str, value: str, height: int = 170,
              title: str = "") -> Markup:
    """Vertical bars (e.g. events by month), each a link when the item has an `href`."""
    if not items:
        return Markup('<p class="muted">no data</p>')
    left, bottom = 34, 22
    step = min(36.0, max(6.0, 900 / len(items)))
    width = int(left + step * len(items) + 6)
    top = max(item[value] for item in items) or 1
    every = max(1, math.ceil(len(items) / 14))
    parts = [_svg_open("chart", width, height, f' aria-label="{_esc(title)}"')]
    for tick in _ticks(top):
        y = height - bottom - (height - bottom - 10) * tick / top
        parts.append(f'<line class="grid" x1="{left}" x2="{width}" y1="{y:.1f}" y2="{y:.1f}"/>'
                     f'<text class="tick" x="{left - 4}" y="{y + 3:.1f}" text-anchor="end">{tick}</text>')
    for index, item in enumerate(items):
        bar = (height - bottom - 10) * item[value] / top
        x = left + index * step
        rect = (f'<rect class="bar" x="{x + 1:.1f}" y="{height - bottom - bar:.1f}" width="{max(step - 2, 1):.1f}"'
                f' height="{bar:.1f}"/>')
        parts.append(_link(item.get("href"), rect, f"{item[label]}: {item[value]}"))
        if index % every == 0:
            parts.append(f'<text class="tick" x="{x + step / 2:.1f}" y="{height - 6}" text-anchor="middle">'
                         f"{_esc(item[label])}</text>")
    parts.append("</svg>")
    return Markup("".join(parts))


def _ticks(top: int) -> list[int]:
    step = max(1, 10 ** int(math.log10(top)) if top >= 10 else 1)
    while top / step > 5:
        step *= 2
    return list(range(0, top + 1, step))


def hbar_chart(items: list[dict[str, Any]], *, label: str, value: str, width: int = 360) -> Markup:
    """Horizontal bars with their labels and counts (e.g. events by type)."""
    if not items:
        return Markup('<p class="muted">no data</p>')
    row, left = 20, 96
    top = max(item[value] for item in items) or 1
    height = row * len(items) + 4
    parts = [_svg_open("chart", width, height)]
    for index, item in enumerate(items):
        y = index * row + 2
        length = (width - left - 44) * item[value] / top
        colour = TYPE_COLOURS.get(str(item[label]), "#577590")
        inner = (f'<text class="label" x="{left - 6}" y="{y + 13}" text-anchor="end">{_esc(item[label])}</text>'
                 f'<rect x="{left}" y="{y + 3}" width="{max(length, 1):.1f}" height="{row - 7}" fill="{colour}"/>'
                 f'<text class="tick" x="{left + length + 5:.1f}" y="{y + 13}">{_esc(item[value])}</text>')
        parts.append(_link(item.get("href"), inner, f"{item[label]}: {item[value]}"))
    parts.append("</svg>")
    return Markup("".join(parts))


class _Axis:
    """A linear time scale from the first to the last day onto [left, right] pixels."""

    def __init__(self, first: str, last: str, left: float, right: float) -> None:
        self.first, self.last = date.fromisoformat(first), date.fromisoformat(last)
        self.left, self.right = left, right
        self.days = max((self.last - self.first).days, 1)

    def x(self, day: str) -> float:
        offset = (date.fromisoformat(day) - self.first).days
        return self.left + (self.right - self.left) * min(max(offset, 0), self.days) / self.days

    def grid(self, top: float, bottom: float, label_y: float) -> list[str]:
        """A vertical grid line from `top` to `bottom` and its label at every tick."""
        return [f'<line class="grid" x1="{self.x(day):.1f}" x2="{self.x(day):.1f}" y1="{top}" y2="{bottom}"/>'
                f'<text class="tick" x="{self.x(day) + 2:.1f}" y="{label_y}">{_esc(label)}</text>'
                for day, label in self.ticks()]

    def ticks(self) -> list[tuple[str, str]]:
        """(ISO day, label) at years, or months for short spans."""
        months = self.days < 800
        found, year, month = [], self.first.year, self.first.month
        while True:
            day = date(year, month if months else 1, 1)
            if day > self.last:
                break
            if day >= self.first:
                found.append((day.isoformat(), day.strftime("%Y-%m") if months else str(year)))
            month, year = (month % 12 + 1, year + (month == 12)) if months else (1, year + 1)
        step = max(1, math.ceil(len(found) / 12))
        return found[::step]


def timeline_chart(data: dict[str, Any], *, width: int = 1280) -> Markup:
    """Events on a time axis, one lane per type; ranges as bars, days as dots; each links to its event."""
    items, axis = data["items"], data["axis"]
    if not items or not axis:
        return Markup('<p class="muted">no dated events in this window</p>')
    lanes = [t for t in TYPE_COLOURS if any(i["type"] == t for i in items)]
    lane_height, left, top = 34, 78, 24
    height = top + lane_height * len(lanes) + 8
    scale = _Axis(axis["first"], axis["last"], left, width - 12)
    parts = [_svg_open("chart timeline", width, height), *scale.grid(top - 6, height, top - 10)]
    for lane, kind in enumerate(lanes):
        y = top + lane * lane_height + lane_height / 2
        parts.append(f'<text class="label" x="{left - 8}" y="{y + 4:.1f}" text-anchor="end">{_esc(kind)}</text>'
                     f'<line class="lane" x1="{left}" x2="{width - 12}" y1="{y:.1f}" y2="{y:.1f}"/>')
        for index, item in enumerate(i for i in items if i["type"] == kind):
            parts.append(_marker(item, scale, y + (index % 3 - 1) * 7, TYPE_COLOURS[kind]))
    parts.append("</svg>")
    return Markup("".join(parts))


def _marker(item: dict[str, Any], scale: _Axis, y: float, colour: str) -> str:
    x1, x2 = scale.x(item["first"]), scale.x(item["last"])
    hollow = ' fill-opacity="0.35"' if item["status"] != "occurred" else ""
    shape = (f'<rect x="{x1:.1f}" y="{y - 4:.1f}" width="{x2 - x1:.1f}" height="8" rx="3" fill="{colour}"{hollow}/>'
             if x2 - x1 > 6 else f'<circle cx="{x1:.1f}" cy="{y:.1f}" r="5" fill="{colour}"{hollow}/>')
    title = f"{item['date_label']} {item['type']} ({item['status']}): {'、'.join(item['participants'])}"
    return _link(item["href"], shape, title + (f" @ {item['place']}" if item.get("place") else ""))


def network_chart(data: dict[str, Any]) -> Markup:
    """Nodes on a circle coloured by country, edges as wide as the number of meetings; nodes link to pages."""
    nodes = {n["id"]: n for n in data["nodes"]}
    if not nodes:
        return Markup('<p class="muted">no meetings in this range</p>')
    size = data["size"]
    parts = [f'<svg class="chart network" viewBox="-120 -40 {size + 240} {size + 80}" role="img">']
    top = max((e["weight"] for e in data["edges"]), default=1)
    for edge in sorted(data["edges"], key=lambda e: e["weight"]):
        a, b = nodes[edge["a"]], nodes[edge["b"]]
        width = 1 + 5 * math.sqrt(edge["weight"] / top)
        parts.append(f'<line class="edge" x1="{a["x"]}" y1="{a["y"]}" x2="{b["x"]}" y2="{b["y"]}"'
                     f' stroke-width="{width:.1f}"><title>{_esc(a["name"])} – {_esc(b["name"])}:'
                     f' {edge["weight"]}</title></line>')
    for node in nodes.values():
        parts.append(_network_node(node, size))
    parts.append("</svg>")
    return Markup("".join(parts))


def _network_node(node: dict[str, Any], size: int) -> str:
    out = node["x"] >= size / 2
    dx = node["r"] + 4 if out else -node["r"] - 4
    inner = (f'<circle cx="{node["x"]}" cy="{node["y"]}" r="{node["r"]}" fill="{_esc(node["colour"])}"/>'
             f'<text class="label" x="{node["x"] + dx:.1f}" y="{node["y"] + 4}"'
             f' text-anchor="{"start" if out else "end"}">{_esc(node["name"])}</text>')
    title = f"{node['name']} ({node.get('name_en') or ''}, {node['country']}): {node['weight']}"
    return _link(node.get("href"), inner, title)


def posts_chart(posts: list[dict[str, Any]], *, width: int = 760) -> Markup:
    """A person's posts as bars on a time axis (open-ended posts run to today)."""
    dated = [p for p in posts if p.get("start")]
    if not dated:
        return Markup("")
    first = min(p["start"][:4] for p in dated) + "-01-01"
    last = date.today().isoformat()
    row, left = 22, 220
    scale = _Axis(first, last, left, width - 10)
    height = row * len(dated) + 24
    parts = [_svg_open("chart", width, height), *scale.grid(14, height, 10)]
    for index, post in enumerate(dated):
        y = 18 + index * row
        x1, x2 = scale.x(_day(post["start"])), scale.x(_day(post.get("end") or last))
        parts.append(f'<text class="label" x="{left - 6}" y="{y + 12}" text-anchor="end">{_esc(post["post"])}</text>'
                     f'<rect class="post" x="{x1:.1f}" y="{y + 2}" width="{max(x2 - x1, 2):.1f}" height="{row - 8}">'
                     f'<title>{_esc(post["post"])}: {_esc(post["start"])} – {_esc(post.get("end") or "")}</title></rect>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _day(value: str) -> str:
    return value if len(value) == 10 else (value + "-01-01")[:10] if len(value) == 4 else (value + "-01")[:10]
