"""PLOVER and CAMEO codes for an event, from the ontology table of the event contract."""

from __future__ import annotations

import re
from typing import Any

_PLOVER = {
    "visit": ("CONSULT", "visit"), "meet": ("CONSULT", None), "talks": ("CONSULT", None),
    "call": ("CONSULT", "phone"), "agree": ("AGREE", None), "concern": ("ACCUSE", "disapprove"),
    "demand": ("REQUEST", None), "attend": ("CONSULT", "multilateral"), "appoint": (None, None),
    "establish": (None, None), "sanction": ("SANCTION", None),
}
_CAMEO = {
    "visit": "042", "meet": "040", "talks": "046", "call": "041", "agree": "030", "concern": "111",
    "demand": "10", "attend": "04", "appoint": None, "establish": None, "sanction": "163",
}
_CONTEXTS = (
    ("economic", ("经济", "经贸", "贸易", "金融", "关税", "投资", "财政", "市场", "企业", "产业", "出口")),
    ("military", ("军", "国防", "防务", "导弹", "核")),
    ("security", ("安全", "反恐", "网络安全")),
    ("environment", ("气候", "环境", "减排", "能源")),
    ("health", ("卫生", "疫情", "疫苗", "健康")),
)
# One scan for all contexts: no word of one context overlaps a word of another, so a match never
# hides another context's word.
_CONTEXT_OF = {word: name for name, words in _CONTEXTS for word in words}
_CONTEXT_WORDS = re.compile("|".join(sorted(_CONTEXT_OF, key=len, reverse=True)))
_PROTEST_CUES = ("抗议", "交涉", "严正交涉", "提出交涉", "提出严正交涉", "强烈抗议")


def codes_for(kind: str, *, signing: bool, cue: str, sentence: str, actors, recipients,
              location) -> tuple[dict[str, Any], str | None]:
    plover_type, mode = _PLOVER[kind]
    cameo = _CAMEO[kind]
    if kind == "agree" and signing:
        cameo = "057"
    if kind == "concern" and cue in _PROTEST_CUES:
        cameo = "114"
    if kind == "meet" and location is not None and location.country:
        sides = {p.country for p in (*actors, *recipients) if p.country}
        if sides and location.country not in sides:
            cameo, mode = "044", "third-party"
        elif len(sides) > 1:
            mode = "visit"
    if kind == "attend" and not any(w in sentence for w in ("峰会", "领导人", "首脑", "论坛", "峰会", "大会")):
        mode = None
    if kind == "establish":
        countries = {p.country for p in (*actors, *recipients) if p.country}
        if len(countries) >= 2 or "双方" in sentence or "两国" in sentence:
            plover_type = "COOPERATE"
    found = {_CONTEXT_OF[m.group()] for m in _CONTEXT_WORDS.finditer(sentence)}
    context = ["diplomatic"] + [name for name, _ in _CONTEXTS if name in found]
    if kind == "appoint":
        context = ["executive"]
    return {"type": plover_type, "mode": mode, "context": context}, cameo
