"""A seeded generator of news articles in the register of Chinese diplomatic reporting.

Every article is composed from the knowledge base: a Chinese official and a foreign one who both
held their posts on the day of the story (with their title chains), places and venues of the
right country, cue words of each event type from the cue vocabulary; around them datelines
(新华社北京6月19日电), remarks, attendees, signed documents, background paragraphs with their
own dates and noise lines. Some articles report an earlier article's event in other words (as
another outlet would), a few are reprints of an earlier one under another outlet, a few are in
traditional script.

Article `i` of seed `s` depends on nothing but `(s, i)`, so a corpus of any size is written as
JSON lines in constant memory, and any slice of it can be regenerated:

    python bench/corpus.py 10000 -o corpus.jsonl --seed 7
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import phrases

EARLIEST, LATEST = date(2017, 2, 1), date(2024, 12, 31)
REPRINT_SHARE, RETELLING_SHARE, TRADITIONAL_SHARE = 0.03, 0.15, 0.05
EVENT_WEIGHTS = {"meet": 28, "with": 8, "talks": 18, "call": 14, "visit": 14, "attend": 7, "concern": 7,
                 "demand": 4}
_CUES = {  # (type, frame) → cue words that read naturally in the templates below
    ("meet", "receive"): {"会见", "会见了", "亲切会见", "接见"},
    ("meet", "with"): {"会晤", "举行会晤", "会面", "共进晚餐", "茶叙", "举行会面"},
    ("talks", "with"): {"举行会谈", "会谈", "举行磋商", "举行正式会谈", "举行战略对话"},
    ("call", "with"): {"通电话", "通话", "视频通话", "举行视频会晤", "举行视频会谈"},
    ("visit", "visit"): {"国事访问", "正式访问", "工作访问", "正式友好访问", "友好访问"},
    ("attend", "attend"): {"出席", "出席并讲话", "出席开幕式", "出席并致辞"},
    ("concern", "express"): {"表达严重关切", "表示强烈不满", "提出严正交涉", "表示坚决反对"},
    ("demand", "demand"): {"敦促", "要求", "呼吁", "坚决要求"},
}


@dataclass(frozen=True, slots=True)
class Official:
    """A person holding a post over a span of days."""

    person: str
    post: str
    first: date
    last: date


class KnowledgeBase:
    """The parts of huiwu's knowledge base the articles are composed from."""

    def __init__(self, lexicon) -> None:
        self.lexicon = lexicon

    @cached_property
    def officials(self) -> dict[str, list[Official]]:
        """Holders of single-holder posts, Chinese (`CHN`) and foreign (`world`), inside the corpus years."""
        from huiwu.lexicon.dates import date_bounds

        found: dict[str, list[Official]] = defaultdict(list)
        for holding in self.lexicon.holdings:
            post, person = self.lexicon.posts.get(holding.post), self.lexicon.entity(holding.person)
            if post is None or person is None or not post.single:
                continue
            first = max(date_bounds(holding.start)[0] if holding.start else EARLIEST, EARLIEST)
            last = min(date_bounds(holding.end)[1] if holding.end else LATEST, LATEST)
            if first <= last:
                found["CHN" if post.country == "CHN" else "world"].append(
                    Official(holding.person, holding.post, first, last))
        return found

    @cached_property
    def places(self) -> dict[tuple[str, str], list[str]]:
        """Place names by (country, kind): cities and venues."""
        found: dict[tuple[str, str], list[str]] = defaultdict(list)
        for entity in self.lexicon.entities.values():
            if entity.kind == "place" and entity.country:
                found[(entity.country, entity.subkind)].append(entity.name)
        return found

    @cached_property
    def cues(self) -> dict[tuple[str, str], list[str]]:
        """Cue words of the cue vocabulary that fit each template (and words the templates compose
        around a vocabulary cue, such as 表达 + 严重关切)."""
        known = {(cue.type, cue.frame, cue.word) for cue in self.lexicon.cues}
        chosen: dict[tuple[str, str], list[str]] = {}
        for (kind, frame), words in _CUES.items():
            fitting = sorted(w for w in words if (kind, frame, w) in known or any(
                (kind, frame, w[i:]) in known for i in range(1, len(w) - 1)))
            chosen[(kind, frame)] = fitting or sorted(words)
        return chosen

    def official(self, rng: random.Random, side: str, day: date | None = None) -> Official:
        """A random official of one side, holding the post on `day` when given."""
        pool = self.officials[side]
        for _ in range(60):
            pick = rng.choice(pool)
            if day is None or pick.first <= day <= pick.last:
                return pick
        return rng.choice(pool)

    def name(self, person: str) -> str:
        return self.lexicon.entity(person).name

    def titled(self, official: Official, day: date) -> str:
        """The person with the title chain the register uses on that day: 中共中央政治局委员、外交部长王毅."""
        posts = [p for p in self.lexicon.posts_held(official.person, on=day) if p.country == "CHN"][:2]
        main = self.lexicon.posts[official.post]
        if main.country != "CHN":
            country = self.lexicon.countries.get(main.country)
            prefix = country.name if country and not main.name.startswith(country.name) else ""
            return f"{prefix}{main.name}{self.name(official.person)}"
        names = list(dict.fromkeys([*(p.name for p in posts if p.id != main.id), main.name]))[-2:]
        return f"{'、'.join(names)}{self.name(official.person)}"

    def country_of(self, official: Official) -> str:
        code = self.lexicon.posts[official.post].country
        country = self.lexicon.countries.get(code)
        return country.name if country else ""

    def city(self, rng: random.Random, official: Official) -> str:
        code = self.lexicon.posts[official.post].country
        return rng.choice(self.places.get((code, "city")) or self.places[("CHN", "city")])

    def venue(self, rng: random.Random) -> str:
        return rng.choice(self.places[("CHN", "venue")])


def article_rng(seed: int, index: int) -> random.Random:
    """The random source of one article: depends on the seed and the index only."""
    return random.Random(seed * 1_000_003 + index)


def generate(count: int, *, seed: int = 1, knowledge: KnowledgeBase | None = None,
             start: int = 0) -> Iterator[dict]:
    """JSON records `{id, title, text, url, outlet, published}` of articles start … start+count-1."""
    from bench.compose import compose

    if knowledge is None:
        from huiwu.lexicon import default_lexicon

        knowledge = KnowledgeBase(default_lexicon())
    for index in range(start, start + count):
        rng = article_rng(seed, index)
        base, told = index, index
        if index > 10 and rng.random() < REPRINT_SHARE:
            base = told = index - rng.randint(1, min(index, 200))
        elif index > 10 and rng.random() < RETELLING_SHARE:
            told = index - rng.randint(1, min(index, 200))
        record = compose(knowledge, article_rng(seed, base), ident=f"{seed}-{index}",
                         story_rng=article_rng(seed, told))
        if base != index:
            record.update(_reprint_address(rng, index, record["published"]))
        elif rng.random() < TRADITIONAL_SHARE:
            record = _traditional(record)
        yield record


def _reprint_address(rng: random.Random, index: int, published: str) -> dict:
    """Another outlet's copy of the same text: a new URL and outlet, one day later at most."""
    which = rng.randrange(len(phrases.OUTLETS))
    day = date.fromisoformat(published) + timedelta(days=rng.randint(0, 1))
    return {"outlet": phrases.OUTLETS[which], "published": day.isoformat(),
            "url": f"https://www.{phrases.OUTLET_HOSTS[which]}/{day:%Y%m/%d}/r_{index:08d}.htm"}


def _traditional(record: dict) -> dict:
    """The record in traditional script (as a Hong Kong or Taiwan outlet would print it)."""
    import opencc

    converter = _traditional.__dict__.setdefault("converter", opencc.OpenCC("s2t"))
    return {**record, "text": converter.convert(record["text"]), "title": converter.convert(record["title"])}


def write_jsonl(path: str | Path, count: int, *, seed: int = 1) -> int:
    """Write `count` articles to `path` as JSON lines; return the number of characters of text."""
    chars = 0
    with open(path, "w", encoding="utf-8") as out:
        for record in generate(count, seed=seed):
            chars += len(record["text"])
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return chars


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write a seeded corpus of generated articles as JSON lines.")
    parser.add_argument("count", type=int, help="number of articles")
    parser.add_argument("-o", "--output", required=True, help="the JSONL file to write")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same corpus)")
    args = parser.parse_args(argv)
    chars = write_jsonl(args.output, args.count, seed=args.seed)
    print(f"wrote {args.count} articles ({chars} characters) to {args.output}")


if __name__ == "__main__":
    main()
