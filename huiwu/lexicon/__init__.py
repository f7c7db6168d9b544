"""The knowledge base: persons, posts and who held them when, places, organisations, countries,
and the cue vocabulary of the register — all read from plain data files.

    lexicon = Lexicon.load()
    lexicon.who_held("post/usa/secretary-of-state", on=date(2023, 11, 10))
    lexicon.scan(text)   # every surface form in one pass of one compiled automaton
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from operator import itemgetter
from pathlib import Path

from ..errors import LexiconError
from ..normalize import normalize_many, normalize_surface
from .dates import date_bounds
from .tables import Row, check_date, data_files, read_table

DATA_DIR = Path(__file__).with_name("data")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name: str
    name_en: str
    short: tuple[str, ...]
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation or place."""

    id: str
    kind: str  # person | org | place
    name: str
    name_en: str
    country: str | None
    aliases: tuple[str, ...] = ()
    subkind: str = ""  # place kind, org kind, or gender for persons
    within: str | None = None
    wikidata: str | None = None


@dataclass(frozen=True, slots=True)
class Post:
    id: str
    name: str
    name_en: str
    country: str
    single: bool
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Holding:
    person: str
    post: str
    start: str
    end: str
    note: str = ""
    source: str = ""

    def covers(self, day: date) -> bool:
        low, high = _holding_span(self.start, self.end)
        return low <= day <= high


@cache
def _holding_span(start: str, end: str) -> tuple[date, date]:
    low = date_bounds(start)[0] if start else date.min
    high = date_bounds(end)[1] if end else date.max
    return low, high


@dataclass(frozen=True, slots=True)
class Cue:
    type: str
    word: str
    frame: str
    object: str = ""  # for visit cues with a built-in destination (访美): the ISO3
    block_before: re.Pattern | None = None
    block_after: re.Pattern | None = None
    need_after: re.Pattern | None = None  # what must follow for the word to count (决定X为Y)


@dataclass(frozen=True, slots=True)
class Ref:
    """What a surface form in the text can stand for."""

    kind: str  # person | org | place | country | post | cue | side | pair | title | pronoun
    id: str
    extra: object = None


# Each kind of reference as one bit, so that a token's kinds are tested with one `&`.
KINDS = ("person", "org", "place", "country", "post", "cue", "side", "pair", "title", "pronoun", "he", "unknown")
KIND_BIT = {kind: 1 << i for i, kind in enumerate(KINDS)}


def kind_mask(kinds) -> int:
    mask = 0
    for kind in kinds:
        mask |= KIND_BIT[kind]
    return mask


@dataclass
class Lexicon:
    countries: dict[str, Country] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    posts: dict[str, Post] = field(default_factory=dict)
    holdings: list[Holding] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)
    markers: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    rows: list[Row] = field(default_factory=list)
    _by_post: dict[str, list[Holding]] = field(default_factory=lambda: defaultdict(list))
    _by_person: dict[str, list[Holding]] = field(default_factory=lambda: defaultdict(list))
    _surfaces: dict[str, list[Ref]] = field(default_factory=lambda: defaultdict(list))
    _post_surfaces: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    _matcher: object = None
    _patterns: list[str] = field(default_factory=list)
    _patterns_by_kind: dict = field(default_factory=dict)
    _pending: list = field(default_factory=list)
    _kinds: dict = field(default_factory=dict)
    _values_by_kind: dict = field(default_factory=dict)
    _held: dict = field(default_factory=dict)  # person → (first day, last day, post) of each holding
    _country_forms: dict = field(default_factory=dict)

    # ---- loading -------------------------------------------------------------------------
    @classmethod
    def load(cls, folders: list[Path] | None = None, *, user_dir: Path | None = None) -> Lexicon:
        """Read every data file of the shipped folder, any extra folders and the user's own folder
        (facts accepted from the news), then index them."""
        lexicon = cls()
        extra = [user_dir] if user_dir is not None and user_dir.is_dir() else []
        for folder in [DATA_DIR, *(folders or []), *extra]:
            for kind, path in data_files(folder):
                for row in read_table(path, kind):
                    lexicon._add(row)
        lexicon._index()
        return lexicon

    def _add(self, row: Row) -> None:
        self.rows.append(row)
        add = getattr(self, f"_add_{row.kind}")
        add(row)

    def _add_countries(self, row: Row) -> None:
        self.countries[row["iso3"]] = Country(
            row["iso3"], row["name"], row["name_en"], tuple(row.many("short")), tuple(row.many("aliases")),
        )

    def _add_entity(self, row: Row, kind: str, subkind: str) -> None:
        self.entities[row["id"]] = Entity(
            id=row["id"], kind=kind, name=row["name"], name_en=row["name_en"],
            country=row["country"] or None, aliases=tuple(row.many("aliases")), subkind=subkind,
            within=row["within"] or None, wikidata=row["wikidata"] or None,
        )

    def _add_places(self, row: Row) -> None:
        self._add_entity(row, "place", row["kind"])

    def _add_orgs(self, row: Row) -> None:
        self._add_entity(row, "org", row["kind"])

    def _add_persons(self, row: Row) -> None:
        self._add_entity(row, "person", row["gender"])

    def _add_posts(self, row: Row) -> None:
        self.posts[row["id"]] = Post(
            row["id"], row["name"], row["name_en"], row["country"], row["single"] == "1",
            tuple(row.many("aliases")),
        )

    def _add_holdings(self, row: Row) -> None:
        for key in ("start", "end"):
            if problem := check_date(row, key):
                raise LexiconError(row.path, row.line, problem)
        self.add_holding(Holding(row["person"], row["post"], row["start"], row["end"], row["note"], row.where))

    def add_holding(self, holding: Holding) -> None:
        self.holdings.append(holding)
        self._by_post[holding.post].append(holding)
        self._by_person[holding.person].append(holding)
        self._held.clear()

    def _add_cues(self, row: Row) -> None:
        before, after = row["block_before"], row["block_after"]
        self.cues.append(Cue(
            type=row["type"], word=normalize_surface(row["cue"]), frame=row["frame"], object=row["object"],
            block_before=re.compile(f"(?:{before})$") if before else None,
            block_after=re.compile(f"^(?:{after})") if after else None,
            need_after=re.compile(f"^(?:{row['need_after']})") if row["need_after"] else None,
        ))

    def _add_markers(self, row: Row) -> None:
        self.markers[row["kind"]].append((normalize_surface(row["word"]), row["value"]))

    # ---- indexing ------------------------------------------------------------------------
    def _surface(self, form: str, ref: Ref) -> None:
        """Queue a surface form; `_flush` normalises all of them in one pass."""
        self._pending.append((form, ref))

    def _flush(self) -> None:
        forms = normalize_many([form for form, _ in self._pending])
        seen: set[tuple[str, Ref]] = set()
        for form, (_, ref) in zip(forms, self._pending, strict=True):
            if (form, ref) in seen or len(form) < 2 or (
                    not _CJK.search(form) and (" " not in form or len(form) < 6)):
                continue
            seen.add((form, ref))
            self._surfaces[form].append(ref)
        self._pending = []

    def country_forms(self, iso3: str) -> tuple[list[str], list[str]]:
        """(full names, one-character forms) of a country, normalised."""
        if iso3 not in self._country_forms:
            country = self.countries.get(iso3)
            if not country:
                return [], []
            names = normalize_many([n for n in (country.name, *country.aliases) if _CJK.search(n)])
            self._country_forms[iso3] = (names, normalize_many(list(country.short)))
        return self._country_forms[iso3]

    def _index(self) -> None:
        for entity in self.entities.values():
            for form in (entity.name, *entity.aliases):
                self._surface(form, Ref(entity.kind, entity.id))
        shorts: dict[str, str] = {}
        for iso3 in self.countries:
            names, short = self.country_forms(iso3)
            for form in names:
                self._surface(form, Ref("country", iso3))
                self._surface(form + "方", Ref("side", iso3))
                self._surface(form + "政府", Ref("side", iso3))
            for s in short:
                shorts.setdefault(s, iso3)
                self._surface(s + "方", Ref("side", iso3))
        self._index_pairs(shorts)
        self.shorts = shorts  # one-character forms: 美 → USA, 华 → CHN
        # 巴 → 巴西, 巴拿马…: the other countries a one-character form may stand for
        self.short_rivals = {s: [c for c in self.countries if c != iso3 and self.countries[c].name.startswith(s)]
                             for s, iso3 in shorts.items() if iso3 != "CHN"}  # (中方 is always China)
        for post in self.posts.values():
            names, short = self.country_forms(post.country)
            for alias in normalize_many(sorted({post.name, *post.aliases})):
                self._post_surfaces[post.id].add(alias)
                self._surface(alias, Ref("post", post.id))
                for prefix in (*names, *short):
                    self._surface(prefix + alias, Ref("post", post.id, post.country))
        for cue in self.cues:
            self._surface(cue.word, Ref("cue", cue.word, cue))
            if cue.frame == "visit" and cue.word in ("访", "赴", "抵"):
                self._index_visit_forms(cue, shorts)
        for kind in ("pronoun", "title"):
            for word, value in self.markers.get(kind, []):
                self._surface(word, Ref(kind, word, value))
        self._flush()
        self._compile()

    def _index_visit_forms(self, cue: Cue, shorts: dict[str, str]) -> None:
        """访美, 访俄, 赴美, 赴美国: visit cues with their destination built in."""
        forms = {s: iso3 for s, iso3 in shorts.items()}
        if cue.word == "赴":
            for iso3 in self.countries:
                forms.update({name: iso3 for name in self.country_forms(iso3)[0]})
            for place in self.entities.values():  # 赴喀山, 赴旧金山: a city or a province
                if place.kind == "place" and place.subkind in ("city", "province") and place.country:
                    for name in (place.name, *place.aliases):
                        if _CJK.search(name) and len(name) >= 2:
                            forms.setdefault(name, place.country)
        for tail, iso3 in forms.items():
            word = cue.word + tail
            self._surface(word, Ref("cue", word, Cue(cue.type, word, "visit", iso3)))

    def _index_pairs(self, shorts: dict[str, str]) -> None:
        """中美, 美中, 中俄…: the two sides of a bilateral relation."""
        hubs = [s for s, iso3 in shorts.items() if iso3 in ("CHN", "USA") and s in ("中", "美")]
        for hub in hubs:
            for other, iso3 in shorts.items():
                if other == hub or iso3 == shorts[hub]:
                    continue
                pair = (shorts[hub], iso3)
                self._surface(hub + other, Ref("pair", f"{pair[0]}-{pair[1]}", pair))
                self._surface(other + hub, Ref("pair", f"{pair[1]}-{pair[0]}", (pair[1], pair[0])))
        for first, second in _OTHER_PAIRS:  # 俄乌冲突, 印巴两国, 朝韩关系: pairs without China or the US
            if first in shorts and second in shorts:
                for a, b in ((first, second), (second, first)):
                    pair = (_IN_PAIRS.get((a, b), shorts[a]), _IN_PAIRS.get((b, a), shorts[b]))
                    self._surface(a + b, Ref("pair", f"{pair[0]}-{pair[1]}", pair))

    def _compile(self) -> None:
        import ahocorasick_rs

        self._patterns = sorted(self._surfaces)
        self._matcher = ahocorasick_rs.AhoCorasick(self._patterns)
        self._is_cue = [any(r.kind == "cue" for r in self._surfaces[p]) for p in self._patterns]
        self._is_pair = [any(r.kind == "pair" for r in self._surfaces[p]) for p in self._patterns]
        self._kinds_of = [self.kinds(p) for p in self._patterns]
        self._masks_of = [kind_mask(kinds) for kinds in self._kinds_of]

    # ---- lookups -------------------------------------------------------------------------
    def scan(self, text: str) -> list[tuple[int, int, str, list[Ref], frozenset[str], int]]:
        """Every known surface form in `text`, leftmost-longest, without overlaps: (start, end, form,
        refs, kinds, kind mask).

        One difference from plain leftmost-longest: a cue word gives way to a longer name that
        starts inside it (同意大利 is 同 + 意大利, not 同意 + 大利), and any match to one at least two
        characters longer, except a pair (中俄外交部长会谈 is 中俄 + 外交部长, not 中 + 俄外交部长)."""
        patterns, surfaces, is_cue, is_pair = self._patterns, self._surfaces, self._is_cue, self._is_pair
        kinds, masks = self._kinds_of, self._masks_of
        matches = self._matcher.find_matches_as_indexes(text, overlapping=True)
        if "身份" in text or "身分" in text:
            # 首次以外交部长身份亮相, 以总统特使身份出访: 以 stands for "as" there, not for Israel
            matches = [m for m in matches if not (patterns[m[0]].startswith("以") and patterns[m[0]][1:2] != "色"
                                                  and _IN_CAPACITY.match(text, m[2]))]
        if "馆" in text:
            # 中国驻印度大使馆: an embassy, not the ambassador's post with 馆 left over
            matches = [m for m in matches if not (text.startswith("馆", m[2]) and patterns[m[0]].endswith(("大使", "领事")))]
        if "抵达" in text or "到达" in text:
            # 抵达哈尔滨: the place after the verb, not a name (达哈尔) starting in the verb's last character
            matches = [m for m in matches if not (text[m[1] - 1:m[1] + 1] in ("抵达", "到达") and not is_cue[m[0]])]
        matches.sort(key=_END, reverse=True)
        matches.sort(key=_START)  # stable: by start, and at each start from the longest
        out = []
        position = 0
        last = len(matches) - 1
        for i, (index, start, end) in enumerate(matches):
            if start < position:
                continue
            # when the next match starts after this one ends, nothing can overtake it (most often)
            if i < last and matches[i + 1][1] < end and not is_pair[index] \
                    and _overtaken(matches, i, start, end, is_cue[index], is_cue):
                continue
            form = patterns[index]
            out.append((start, end, form, surfaces[form], kinds[index], masks[index]))
            position = end
        return out

    def refs(self, form: str) -> list[Ref]:
        return self._surfaces.get(normalize_surface(form), [])

    def kinds(self, form: str) -> frozenset[str]:
        """The kinds of reference a surface form has (computed once per form)."""
        kinds = self._kinds.get(form)
        if kinds is None:
            kinds = self._kinds[form] = frozenset(r.kind for r in self._surfaces.get(form, ()))
        return kinds

    def surface_refs(self, form: str) -> list[Ref]:
        """`refs` for a form already normalised (taken from normalised text)."""
        return self._surfaces.get(form, [])

    def entity(self, ident: str) -> Entity | None:
        return self.entities.get(ident)

    def holdings_of(self, person: str) -> list[Holding]:
        return self._by_person.get(person, [])

    def holders(self, post: str) -> list[Holding]:
        return self._by_post.get(post, [])

    def who_held(self, post: str, *, on: date) -> list[Holding]:
        return [h for h in self._by_post.get(post, []) if h.covers(on)]

    def posts_held(self, person: str, *, on: date) -> list[Post]:
        spans = self._held.get(person)
        if spans is None:  # (first day, last day, post) of each holding, worked out once per person
            spans = self._held[person] = [(*_holding_span(h.start, h.end), self.posts[h.post])
                                          for h in self._by_person.get(person, []) if h.post in self.posts]
        return [post for low, high, post in spans if low <= on <= high]

    def find_posts(self, title: str, *, country: str | None = None) -> list[Post]:
        """Posts a title form can stand for (any script, with or without a country prefix, English)."""
        form = normalize_surface(title)
        found = [self.posts[r.id] for r in self._surfaces.get(form, []) if r.kind == "post"]
        if not found:
            lowered = title.strip().lower()
            found = [p for p in self.posts.values()
                     if lowered in {a.lower() for a in (p.name_en, *p.aliases)}]
        if country:
            found = [p for p in found if p.country == country]
        return sorted(set(found), key=lambda p: p.id)

    def find_entities(self, name: str, *, kind: str | None = None) -> list[Entity]:
        """Entities a name can stand for: any script, variant or English form."""
        form = normalize_surface(name)
        found = [self.entities[r.id] for r in self._surfaces.get(form, []) if r.id in self.entities]
        if not found:
            lowered = name.strip().lower()
            found = [e for e in self.entities.values()
                     if lowered == e.name_en.lower() or lowered in {a.lower() for a in e.aliases}
                     or lowered == e.id.lower()]
        if kind:
            found = [e for e in found if e.kind == kind]
        return sorted(set(found), key=lambda e: e.id)

    def marker_words(self, kind: str) -> list[str]:
        return [word for word, _ in self.markers.get(kind, [])]

    def marker_values(self, kind: str) -> dict[str, str]:
        """word → value of a marker kind (built once; callers read it, never change it)."""
        values = self._values_by_kind.get(kind)
        if values is None:
            values = self._values_by_kind[kind] = dict(self.markers.get(kind, []))
        return values

    def marker_pattern(self, kind: str, *, anchored: bool = False) -> re.Pattern | None:
        """One compiled alternation of a marker kind's words, longest first (cached)."""
        key = (kind, anchored)
        if key not in self._patterns_by_kind:
            words = sorted({w for w in self.marker_words(kind) if w}, key=len, reverse=True)
            body = "|".join(re.escape(w) for w in words)
            self._patterns_by_kind[key] = re.compile(("^(?:%s)" if anchored else "(?:%s)") % body) if words else None
        return self._patterns_by_kind[key]


_START, _END = itemgetter(1), itemgetter(2)
_IN_CAPACITY = re.compile(r"[^，,。；;以]{0,12}?身[份分]")


def _overtaken(matches, i: int, start: int, end: int, cue: bool, is_cue: list[bool]) -> bool:
    """Whether a match gives way to one that starts inside it and runs past its end: a cue to any
    name of three characters or more (同意大利 is 同 + 意大利), anything to a match at least two
    characters longer (中共中央外事工作委员会办公室主任 is one title, not 中共中央 + the rest)."""
    for j in range(i + 1, len(matches)):
        index, other_start, other_end = matches[j]
        if other_start >= end:
            return False
        if other_start <= start or other_end <= end:
            continue
        length = other_end - other_start
        if (cue and not is_cue[index] and length >= 3) or length >= end - start + 2:
            return True
    return False


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The shipped knowledge base and the user's accepted facts, loaded once per process."""
    from .learn import user_dir

    return Lexicon.load(user_dir=user_dir())


_OTHER_PAIRS = (("俄", "乌"), ("印", "巴"), ("巴", "以"), ("朝", "韩"), ("日", "韩"), ("日", "菲"), ("法", "德"),
                ("英", "法"), ("英", "德"), ("日", "欧"), ("俄", "朝"), ("沙", "伊"), ("日", "澳"), ("柬", "泰"),
                ("伊", "以"), ("俄", "白"), ("日", "俄"), ("英", "欧"), ("以", "叙"), ("土", "叙"), ("俄", "土"))
# A short that, next to the other one of a pair, stands for another country than alone: 巴以冲突 (Palestine)
_IN_PAIRS = {("巴", "以"): "PSE"}
