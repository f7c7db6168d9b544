"""Every output format from the same stored events.

    export(store, "plover", "events.jsonl", actor="习近平", since="2023")

Formats: `jsonl` (the events.md JSON, one event per line, with `conflicts` when the sources
disagree), `plover` (PLOVER JSON lines: id, date, enddate, source, recipient, event, mode,
context, quad_code, event_loc, event_text, link, text_info, cite_info), `csv` (GDELT-like
columns with CAMEO codes), `parquet` (one row per event, lists as list columns),
`gexf` (a dynamic GEXF 1.3 graph of who met whom, for Gephi) and `timelinejs`
(TimelineJS3 JSON with partial dates). docs/cli.md describes each field.
"""

from __future__ import annotations

import csv
import html
import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from . import __version__
from .errors import HuiwuError, UsageError
from .merge import date_interval
from .model import INTERNATIONAL_BODIES, Event, Participant

FORMATS = ("jsonl", "plover", "csv", "parquet", "gexf", "timelinejs")
GEXF_NAMESPACE = "http://gexf.net/1.3"
XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance"
NETWORK_TYPES = ("meet", "talks", "call", "visit")
# PLOVER quad categories: 1 verbal cooperation … 4 material conflict.
PLOVER_QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
               "INVESTIGATE": 2, "DEMAND": 3, "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3,
               "THREATEN": 3, "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}
# PLOVER sector codes from the organisation kinds of the knowledge base.
ORG_SECTORS = {"government": "GOV", "ministry": "GOV", "military": "MIL", "legislature": "LEG",
               "party": "PTY", "media": "JRN", "company": "BUS"}
# Slide headlines for TimelineJS.
TYPE_LABELS = {"visit": "访问", "meet": "会见", "talks": "会谈", "call": "通话", "agree": "达成共识",
               "concern": "表达关切", "demand": "要求", "attend": "出席", "appoint": "任职",
               "establish": "成立", "sanction": "制裁"}
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "Actor1Code", "Actor1Name", "Actor1CountryCode",
    "Actor1Type1Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "IsRootEvent",
    "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "NumMentions", "NumSources", "NumArticles",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "SOURCEURL",
    "type", "status", "date_precision", "date_start", "date_end", "actors", "recipients", "confidence",
)


@dataclass(frozen=True, slots=True)
class Item:
    """One event to export: its record, its stored JSON and the rows of its source documents."""

    event: Event
    data: dict[str, Any]
    documents: tuple[dict[str, Any], ...] = field(default=())


def export(store, fmt: str, out_path: str | Path, **filters: Any) -> int:
    """Write the events matching `filters` (as `Store.events` takes them) in `fmt`; return
    how many events were written (formats that need a date or a PLOVER category skip the rest)."""
    writer = WRITERS.get(fmt)
    if writer is None:
        raise UsageError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    items = [Item(Event.from_dict(data), data, tuple(store.sources(data["id"])))
             for data in store.records(**filters)]
    path = Path(out_path)
    if path.parent and not path.parent.exists():
        raise UsageError(f"the folder {path.parent} does not exist")
    return writer(store, items, path)


# ---- jsonl ----------------------------------------------------------------------------------
def write_jsonl(store, items: list[Item], path: Path) -> int:
    with path.open("w", encoding="utf-8") as out:
        for item in items:
            out.write(json.dumps(item.data, ensure_ascii=False) + "\n")
    return len(items)


# ---- plover ---------------------------------------------------------------------------------
def write_plover(store, items: list[Item], path: Path) -> int:
    """PLOVER JSON lines; events with no PLOVER category (appoint, establish) are left out."""
    written = 0
    with path.open("w", encoding="utf-8") as out:
        for item in items:
            record = plover_record(store, item)
            if record is not None:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
    return written


def plover_record(store, item: Item) -> dict[str, Any] | None:
    event = item.event
    category = (event.plover or {}).get("type")
    if not category:
        return None
    first, last = _days(event)
    citations = [_citation(store, item, source) for source in event.sources]
    record = {
        "id": event.id, "date": first, "enddate": last if last != first else None,
        "source": [_plover_actor(store, p) for p in event.actors],
        "recipient": [_plover_actor(store, p) for p in event.recipients],
        "event": [category], "mode": (event.plover or {}).get("mode"),
        "context": list((event.plover or {}).get("context") or []), "quad_code": PLOVER_QUAD.get(category),
        "event_loc": _plover_location(event), "event_text": [c["text"] for c in citations if c["text"]],
        "link": event.parent, "text_info": {"start": event.sources[0].sentence.start,
                                            "end": event.sources[0].sentence.end} if event.sources else None,
        "cite_info": citations[0] if citations else None, "coder": f"huiwu {__version__}",
        # huiwu fields beyond the PLOVER names
        "date_precision": event.date.precision, "status": event.status, "huiwu_type": event.type,
        "cameo": event.cameo, "confidence": round(event.confidence, 3), "num_sources": len(event.sources),
        "citations": citations, "conflicts": item.data.get("conflicts") or [],
    }
    return record


def _plover_actor(store, person: Participant) -> dict[str, Any]:
    entity = store.lexicon.entity(person.id) if person.kind != "country" else None
    is_igo = (entity is not None and entity.kind == "org" and entity.subkind == "international") \
        or person.country in INTERNATIONAL_BODIES  # 联合国秘书长古特雷斯 acts for the body
    return {
        "code": "IGO" if is_igo else person.country, "sector": _sector(person, entity),
        "actor_text": person.name, "identifier_id": (entity.wikidata if entity else None) or person.id,
        "identifier_text": person.name_en or person.name, "office": "、".join(person.titles) or None,
        "huiwu_id": person.id,
    }


def _sector(person: Participant, entity: Any) -> str | None:
    """GOV for states and office holders, else from the organisation's kind."""
    if person.kind == "country" or (person.kind == "person" and person.titles):
        return "GOV"
    if entity is not None and entity.kind == "org":
        return ORG_SECTORS.get(entity.subkind)
    return None


def _plover_location(event: Event) -> dict[str, Any] | None:
    place = event.location
    if place is None:
        return None
    return {"name": place.name, "asciiname": place.name_en, "cc3": place.country, "huiwu_id": place.id}


def _citation(store, item: Item, source) -> dict[str, Any]:
    document = next((d for d in item.documents if d["document"] == source.doc), {})
    return {"url": source.url or document.get("url"), "title": document.get("title"),
            "publication": source.outlet or document.get("outlet"), "language": "zh",
            "published": source.published or document.get("published"), "document": source.doc,
            "path": document.get("path"), "start": source.sentence.start, "end": source.sentence.end,
            "text": store.source_text(source)}


# ---- csv (GDELT-like) -----------------------------------------------------------------------
def write_csv(store, items: list[Item], path: Path) -> int:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=GDELT_COLUMNS)
        writer.writeheader()
        for item in items:
            writer.writerow(gdelt_row(store, item))
    return len(items)


def gdelt_row(store, item: Item) -> dict[str, Any]:
    event = item.event
    first, _ = _days(event)
    one, two = _two_sides(event)
    code = _cameo(event.cameo)
    urls = [s.url for s in event.sources if s.url] + [d["url"] for d in item.documents if d.get("url")]
    outlets = {s.outlet or f"doc:{s.doc}" for s in event.sources}
    row = {
        "GLOBALEVENTID": event.id, "SQLDATE": first.replace("-", "") if first else "",
        "MonthYear": first[:7].replace("-", "") if first else "", "Year": first[:4] if first else "",
        **_gdelt_actor(store, "Actor1", one), **_gdelt_actor(store, "Actor2", two), "IsRootEvent": 1,
        "EventCode": code, "EventBaseCode": code[:3], "EventRootCode": code[:2], "QuadClass": _quad_class(code),
        "NumMentions": len(event.sources), "NumSources": len(outlets),
        "NumArticles": len({s.doc for s in event.sources}),
        "ActionGeo_FullName": event.location.name if event.location else "",
        "ActionGeo_CountryCode": event.location.country if event.location else "",
        "SOURCEURL": urls[0] if urls else "", "type": event.type, "status": event.status,
        "date_precision": event.date.precision, "date_start": event.date.start or "",
        "date_end": event.date.end or "", "actors": "、".join(p.name for p in event.actors),
        "recipients": "、".join(p.name for p in event.recipients), "confidence": round(event.confidence, 3),
    }
    return row


def _two_sides(event: Event) -> tuple[Participant | None, Participant | None]:
    """Actor1 is the first actor; Actor2 the first recipient, else a second actor."""
    one = event.actors[0] if event.actors else None
    two = event.recipients[0] if event.recipients else (event.actors[1] if len(event.actors) > 1 else None)
    return one, two


def _gdelt_actor(store, prefix: str, person: Participant | None) -> dict[str, str]:
    if person is None:
        return {f"{prefix}Code": "", f"{prefix}Name": "", f"{prefix}CountryCode": "", f"{prefix}Type1Code": ""}
    entity = store.lexicon.entity(person.id) if person.kind != "country" else None
    sector = _sector(person, entity) or ""
    if person.country in INTERNATIONAL_BODIES:  # IGOUNO: an international body is no country
        return {f"{prefix}Code": f"IGO{person.country}", f"{prefix}Name": person.name_en or person.name,
                f"{prefix}CountryCode": "", f"{prefix}Type1Code": sector}
    return {f"{prefix}Code": f"{person.country or ''}{sector}", f"{prefix}Name": person.name_en or person.name,
            f"{prefix}CountryCode": person.country or "", f"{prefix}Type1Code": sector}


def _cameo(code: str | None) -> str:
    """A CAMEO code of at least three digits (a two-digit root means "not specified": 04 → 040)."""
    if not code:
        return ""
    return code if len(code) >= 3 else code + "0"


def _quad_class(code: str) -> int | str:
    if not code:
        return ""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


# ---- parquet --------------------------------------------------------------------------------
def write_parquet(store, items: list[Item], path: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ModuleNotFoundError:
        raise HuiwuError("Parquet export needs pyarrow: pip install 'huiwu[export]' (or pip install pyarrow)") from None
    strings, lists = pa.string(), pa.list_(pa.string())
    schema = pa.schema([
        ("id", strings), ("type", strings), ("status", strings), ("date_start", strings), ("date_end", strings),
        ("date_precision", strings), ("first_day", pa.date32()), ("last_day", pa.date32()),
        ("actors", lists), ("actor_ids", lists), ("recipients", lists), ("recipient_ids", lists),
        ("countries", lists), ("place", strings), ("place_country", strings), ("cameo", strings),
        ("plover_type", strings), ("plover_mode", strings), ("plover_context", lists),
        ("sources", pa.int32()), ("documents", lists), ("urls", lists), ("confidence", pa.float64()),
        ("flags", lists), ("conflicts", strings), ("json", strings),
    ])
    table = pa.Table.from_pylist([parquet_row(item) for item in items], schema=schema)
    pq.write_table(table, path)
    return len(items)


def parquet_row(item: Item) -> dict[str, Any]:
    event = item.event
    first, last = _days(event)
    everyone = (*event.actors, *event.recipients)
    plover = event.plover or {}
    return {
        "id": event.id, "type": event.type, "status": event.status, "date_start": event.date.start,
        "date_end": event.date.end, "date_precision": event.date.precision,
        "first_day": date.fromisoformat(first) if first else None,
        "last_day": date.fromisoformat(last) if last else None,
        "actors": [p.name for p in event.actors], "actor_ids": [p.id for p in event.actors],
        "recipients": [p.name for p in event.recipients], "recipient_ids": [p.id for p in event.recipients],
        "countries": sorted({p.country for p in everyone if p.country}),
        "place": event.location.name if event.location else None,
        "place_country": event.location.country if event.location else None, "cameo": event.cameo,
        "plover_type": plover.get("type"), "plover_mode": plover.get("mode"),
        "plover_context": list(plover.get("context") or []), "sources": len(event.sources),
        "documents": list(dict.fromkeys(s.doc for s in event.sources)),
        "urls": sorted({s.url for s in event.sources if s.url} | {d["url"] for d in item.documents if d.get("url")}),
        "confidence": event.confidence, "flags": list(event.flags),
        "conflicts": json.dumps(item.data.get("conflicts") or [], ensure_ascii=False),
        "json": json.dumps(item.data, ensure_ascii=False),
    }


# ---- gexf -----------------------------------------------------------------------------------
def write_gexf(store, items: list[Item], path: Path) -> int:
    """A dynamic, undirected GEXF 1.3 graph: participants of meet/talks/call/visit events that
    occurred; an edge per pair, weighted by the number of events, with a spell per event date."""
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    used = 0
    for item in items:
        event = item.event
        if event.type not in NETWORK_TYPES or event.status != "occurred":
            continue
        used += _add_to_graph(event, nodes, edges)
    ET.ElementTree(_gexf_tree(nodes, edges)).write(path, encoding="utf-8", xml_declaration=True)
    return used


def _add_to_graph(event: Event, nodes: dict, edges: dict) -> int:
    people = list({p.id: p for p in (*event.actors, *event.recipients)}.values())
    if len(people) < 2:
        return 0
    first, last = _days(event)
    spell = (first, last) if first else None
    for person in people:
        node = nodes.setdefault(person.id, {"participant": person, "spells": []})
        if spell:
            node["spells"].append(spell)
    for index, a in enumerate(people):
        for b in people[index + 1:]:
            key = tuple(sorted((a.id, b.id)))
            edge = edges.setdefault(key, {"weight": 0, "types": {}, "spells": []})
            edge["weight"] += 1
            edge["types"][event.type] = edge["types"].get(event.type, 0) + 1
            if spell:
                edge["spells"].append(spell)
    return 1


def _gexf_tree(nodes: dict, edges: dict) -> ET.Element:
    ET.register_namespace("", GEXF_NAMESPACE)
    ET.register_namespace("xsi", XSI_NAMESPACE)
    q = _qualified
    root = ET.Element(q("gexf"), {"version": "1.3",
                                  f"{{{XSI_NAMESPACE}}}schemaLocation": f"{GEXF_NAMESPACE} {GEXF_NAMESPACE}/gexf.xsd"})
    meta = ET.SubElement(root, q("meta"), {"lastmodifieddate": date.today().isoformat()})
    ET.SubElement(meta, q("creator")).text = f"huiwu {__version__}"
    ET.SubElement(meta, q("description")).text = "Who met, talked with, called or visited whom"
    graph = ET.SubElement(root, q("graph"), {"mode": "dynamic", "defaultedgetype": "undirected",
                                             "timeformat": "date"})
    _declare(graph, "node", [("country", "string"), ("kind", "string"), ("name_en", "string")])
    _declare(graph, "edge", [("types", "string"), ("events", "integer")])
    node_list = ET.SubElement(graph, q("nodes"), {"count": str(len(nodes))})
    for ident, node in sorted(nodes.items()):
        person = node["participant"]
        element = ET.SubElement(node_list, q("node"), {"id": ident, "label": person.name})
        _values(element, {"country": person.country or "", "kind": person.kind, "name_en": person.name_en or ""})
        _spells(element, node["spells"])
    edge_list = ET.SubElement(graph, q("edges"), {"count": str(len(edges))})
    for number, ((a, b), edge) in enumerate(sorted(edges.items())):
        types = " ".join(f"{kind}:{count}" for kind, count in sorted(edge["types"].items()))
        element = ET.SubElement(edge_list, q("edge"), {"id": f"e{number}", "source": a, "target": b,
                                                       "weight": f"{edge['weight']:.1f}", "label": types})
        _values(element, {"types": types, "events": str(edge["weight"])})
        _spells(element, edge["spells"])
    ET.indent(root)
    return root


def _qualified(tag: str) -> str:
    return f"{{{GEXF_NAMESPACE}}}{tag}"


def _declare(graph: ET.Element, kind: str, attributes: list[tuple[str, str]]) -> None:
    block = ET.SubElement(graph, _qualified("attributes"), {"class": kind})
    for name, type_name in attributes:
        ET.SubElement(block, _qualified("attribute"), {"id": name, "title": name, "type": type_name})


def _values(element: ET.Element, values: dict[str, str]) -> None:
    block = ET.SubElement(element, _qualified("attvalues"))
    for name, value in values.items():
        ET.SubElement(block, _qualified("attvalue"), {"for": name, "value": value})


def _spells(element: ET.Element, spells: list[tuple[str, str]]) -> None:
    """Spells with overlapping or touching intervals joined (Gephi rejects overlapping ones)."""
    merged: list[list[str]] = []
    for start, end in sorted(spells):
        if merged and date.fromordinal(date.fromisoformat(merged[-1][1]).toordinal() + 1).isoformat() >= start:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    if merged:
        block = ET.SubElement(element, _qualified("spells"))
        for start, end in merged:
            ET.SubElement(block, _qualified("spell"), {"start": start, "end": end})


# ---- timelinejs -----------------------------------------------------------------------------
def write_timelinejs(store, items: list[Item], path: Path) -> int:
    """TimelineJS3 JSON: one slide per dated event; month and day only as precise as known."""
    slides = [slide for item in items if (slide := timeline_slide(store, item)) is not None]
    document = {"title": {"text": {"headline": "huiwu", "text": f"{len(slides)} diplomatic events"}},
                "events": slides}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(slides)


def timeline_slide(store, item: Item) -> dict[str, Any] | None:
    event = item.event
    start = _partial_date(event.date.start, event.date.precision)
    if start is None:
        return None
    slide: dict[str, Any] = {"start_date": start, "group": event.type, "unique_id": event.id,
                             "text": {"headline": _headline(event), "text": _slide_text(store, item)}}
    end = _partial_date(event.date.end, event.date.precision)
    if end is not None:
        slide["end_date"] = end
    if event.date.approximate:
        slide["display_date"] = f"~{event.date.start}"
    return slide


def _partial_date(value: str | None, precision: str) -> dict[str, int] | None:
    """{"year", "month"?, "day"?}: only the parts the precision knows."""
    if not value or precision == "unknown":
        return None
    parts = [int(p) for p in value.split("-")[:3]]
    depth = {"year": 1, "month": 2, "day": 3}.get(precision, len(parts))
    return dict(zip(("year", "month", "day"), parts[:depth], strict=False))


def _headline(event: Event) -> str:
    """"习近平 会见 拜登": the sides and what they did, in the words of the register."""
    actors = "、".join(p.name for p in event.actors)
    recipients = "、".join(p.name for p in event.recipients)
    verb = TYPE_LABELS.get(event.type, event.type)
    return " ".join(part for part in (actors, verb, recipients) if part)


def _slide_text(store, item: Item) -> str:
    event = item.event
    parts = [html.escape(event.location.name)] if event.location else []
    for source in event.sources:
        document = next((d for d in item.documents if d["document"] == source.doc), {})
        label = html.escape(document.get("title") or source.outlet or document.get("path") or source.doc)
        url = source.url or document.get("url")
        link = f'<a href="{html.escape(url, quote=True)}">{label}</a>' if url else label
        parts.append(f"{link}: {html.escape(store.source_text(source) or '')}")
    return "<br>".join(parts)


# ---- shared ---------------------------------------------------------------------------------
def _days(event: Event) -> tuple[str | None, str | None]:
    """First and last ISO day the event's (stated) date covers."""
    interval = date_interval(replace(event.date, approximate=False))
    return (interval[0].isoformat(), interval[1].isoformat()) if interval else (None, None)


Writer = Callable[[Any, list[Item], Path], int]
WRITERS: dict[str, Writer] = {
    "jsonl": write_jsonl, "plover": write_plover, "csv": write_csv, "parquet": write_parquet,
    "gexf": write_gexf, "timelinejs": write_timelinejs,
}
