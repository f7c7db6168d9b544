"""Properties of extraction, date resolution and normalisation, fuzzed.

    .venv/bin/python tests/fuzz.py --examples 100000 [--workers 2] [--seed 0]

The properties and the generators live here. tests/test_fuzz.py runs each property under
hypothesis with a few hundred examples inside `make test` (failures shrink); this runner spends
a large budget on the same generators drawn from a seeded `random.Random` (hypothesis costs
about a millisecond an example, more than most checks). It prints one summary line (inputs run,
seconds taken) and exits 1 on the first failure, printing the input, the seed and the traceback.

Properties:
- extraction never raises, on any string and on sentences built from the knowledge base's own
  vocabulary (cues, markers, names, posts, places, dates, noise characters);
- every span it returns lies inside the raw text, and `raw[start:end]` is the span's text;
- every date it returns exists, ends no earlier than it starts, and an event reported as past
  with a year the text does not state is not dated after the publication date;
- `find_dates` + `resolve` obey the same three date rules for any anchor up to publication;
- `normalize`'s offset map is total (every normalised index, and the end) and strictly
  increasing, with and without Markdown.
"""

from __future__ import annotations

import argparse
import calendar
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from random import Random

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

DATA = Path(__file__).resolve().parents[1] / "huiwu" / "lexicon" / "data"
FUTURE_WORDS = ("明", "后天", "下周", "下星期", "下月", "下个月", "年内", "月内", "以来", "起", "开始")


# ---- the knowledge base's vocabulary ------------------------------------------------------------
def _column(pattern: str, *columns: str, split_aliases: bool = False) -> list[str]:
    """Values of the named columns of every TSV file matching `pattern` (comments skipped)."""
    values: list[str] = []
    for path in sorted(DATA.glob(pattern)):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
        header = lines[0].split("\t")
        for line in lines[1:]:
            row = dict(zip(header, line.split("\t"), strict=False))
            for column in columns:
                value = row.get(column) or ""
                values.extend(value.split("|") if split_aliases and column == "aliases" else [value])
    return sorted({v for v in values if v.strip()})


@dataclass(frozen=True)
class Vocabulary:
    """Words of the register, read from huiwu/lexicon/data."""

    cues: tuple[str, ...]
    markers: tuple[str, ...]
    persons: tuple[str, ...]
    posts: tuple[str, ...]
    countries: tuple[str, ...]
    places: tuple[str, ...]


@cache
def vocabulary() -> Vocabulary:
    return Vocabulary(
        cues=tuple(_column("cues.tsv", "cue")),
        markers=tuple(_column("markers.tsv", "word")),
        persons=tuple(_column("persons-*.tsv", "name", "aliases", split_aliases=True)),
        posts=tuple(_column("posts-*.tsv", "name", "aliases", split_aliases=True)),
        countries=tuple(_column("countries.tsv", "name", "short", "aliases", split_aliases=True)),
        places=tuple(_column("places.tsv", "name", "aliases", split_aliases=True)),
    )


# ---- generated text ------------------------------------------------------------------------------
# The grammar draws from a `random.Random`. Under pytest it is hypothesis's recording Random, so a
# failure shrinks choice by choice; the runner passes a true Random seeded by hypothesis, which
# costs one draw per input instead of a hundred (hypothesis spends ~50 µs on each draw).
_YEAR_WORDS = ("今年", "去年", "明年", "前年", "同年", "当年", "二〇二三年", "本月", "上月", "下个月")
_PARTS = ("上旬", "中旬", "下旬", "初", "底", "末", "年初", "年底", "春季")
_LINKS = ("至", "到", "-", "—", "~", "和", "、")
_SINCE = ("以来", "起", "开始")
_RELATIVE = ("昨天", "前天", "今天", "当天", "次日", "同日", "日前", "近日", "上周三", "周五", "本周", "今(5)日",
             "两个月前", "月内")
_JOINERS = ("，", "、", "和", "；", ",", "", " ", "：“", "”")
_ENDS = ("。", "！", "？", "\n", "", "。\n\n")
NOISE = ("\u200b", "\u200d", "\ufeff", "\u00ad", "\u202e", "\x00", "\x07", "\r", "\t", "\u3000", "\uff11",
         "\uff21", "😀", "👍🏽", "の", "カ", "ー", "Joe Biden", "(", ")", "（", "）", "**", "#", "[", "](x)", "<b>",
         "</div>", "\n", "\n\n", "。", "，", "、", "：", "“", "”", "…", "——", "‧", "·", "習", "會見", "總統")


def _chance(rng: Random, one_in: int) -> bool:
    return rng.randint(1, one_in) == 1


def _chinese(number: int) -> str:
    """0–99 in Chinese numerals: 〇, 七, 十二, 三十一, 九十九."""
    digits = "〇一二三四五六七八九"
    tens, ones = divmod(number, 10)
    if tens == 0:
        return digits[ones]
    return f"{digits[tens] if tens > 1 else ''}十{digits[ones] if ones else ''}"


def _number(rng: Random, high: int) -> str:
    """A month (high 12) or day (high 31) number as written: mostly possible, sometimes not (0, 13, 32,
    99), in digits or Chinese numerals."""
    number = rng.randint(1, high) if rng.randint(0, 3) else rng.randint(0, 99)
    return str(number) if rng.randint(0, 2) else _chinese(number)


def make_date_words(rng: Random, *, with_year: bool = True) -> str:
    """A date expression: year?, month?, day or part?, then maybe a range or list to a second
    day; or a relative word. Years run from 0 to 9999, mostly 1900–2100."""
    if _chance(rng, 4):
        return rng.choice(_RELATIVE)
    pieces: list[str] = []
    if with_year and _chance(rng, 2):
        kind = rng.randint(0, 2)
        year = rng.randint(1900, 2100) if rng.randint(0, 3) else rng.randint(0, 9999)
        pieces.append(f"{year:0{rng.randint(1, 4)}d}年" if kind == 0 else
                      f"民国{rng.randint(1, 200)}年" if kind == 1 else rng.choice(_YEAR_WORDS))
    if not _chance(rng, 5):
        pieces.append(_number(rng, 12) + "月")
    if not _chance(rng, 4):
        pieces.append(_number(rng, 31) + rng.choice("日号"))
    elif _chance(rng, 2):
        pieces.append(rng.choice(_PARTS))
    if _chance(rng, 2):
        pieces.append(rng.choice(_LINKS))
        if _chance(rng, 2):
            pieces.append(_number(rng, 12) + "月")
        pieces.append(_number(rng, 31) + "日")
    if _chance(rng, 6):
        pieces.append(rng.choice(_SINCE))
    return "".join(pieces)


def make_register_text(rng: Random) -> str:
    """Plausible-looking news text from the knowledge base's words: datelines, dates, titles,
    names, places, markers, cue words and punctuation, and now and then noise (invisible and
    control characters, full-width forms, kana, emoji, markup, traditional script)."""
    words = vocabulary()
    sentences: list[str] = []
    for _ in range(rng.randint(1, 4)):
        parts: list[str] = []
        if _chance(rng, 5):
            parts.append(f"新华社{rng.choice(words.places)}{make_date_words(rng, with_year=False)}电 ")
        for _ in range(rng.randint(1, 3)):
            optional = (
                lambda: make_date_words(rng), lambda: rng.choice(words.countries), lambda: rng.choice(words.posts))
            parts.extend(make() for make in optional if _chance(rng, 2))
            parts.append(rng.choice(words.persons))
            if _chance(rng, 2):
                parts.append("在" + rng.choice(words.places))
            if _chance(rng, 2):
                parts.append(rng.choice(words.markers))
            parts.append(rng.choice(words.cues))
            if _chance(rng, 2):
                parts.append(rng.choice(words.countries) + rng.choice(words.posts))
            parts.append(rng.choice(words.persons if _chance(rng, 2) else words.countries))
            parts.append(rng.choice(_JOINERS))
        parts.append(rng.choice(_ENDS))
        sentences.append("".join(parts))
    text = "".join(sentences)
    for _ in range(rng.randint(0, 3)):
        at = rng.randint(0, len(text))
        text = text[:at] + rng.choice(NOISE) + text[at:]
    return text


def make_date_text(rng: Random) -> str:
    """One to three date expressions joined by commas."""
    return "，".join(make_date_words(rng) for _ in range(rng.randint(1, 3)))


def from_random(make: Callable[[Random], str]) -> st.SearchStrategy[str]:
    """A hypothesis strategy of a generator: its Random records each choice, so failures shrink."""
    return st.randoms(note_method_calls=False, use_true_random=False).map(make)


# Every code point, lone surrogates included: no file decodes to one and ingest turns JSON's
# "\\ud83d" into U+FFFD, but `huiwu.extract` can be given any str.
CHARACTERS = st.characters()
_CJK_AND_DATES = "日月年至和在会见访问。，、\n 0123456789"
_MARKUP = ("**", "__", "*", "_", "# ", "## ", "> ", "![图](http://x/a.png)", "[链接](http://x)", "[", "]", "(", ")",
           "<b>", "</b>", "<div class=\"x\">", "\\[", "\r\n", "\n", " ", "\u200b", "\ufeff", "\x00", "\x1f", "\x85",
           "\u00ad", "\u202a", "\u3000", "Ａ", "１", "！", "習近平", "會見", "总统", "。", "abc", "😀")
# Code point ranges for the fast generator, by weight: ASCII and C0/C1 controls, CJK, the rest of the
# BMP, lone surrogates, and the astral planes.
_RANGES = ((0x00, 0x9F, 6), (0x4E00, 0x9FFF, 8), (0xA0, 0xFFFF, 5), (0xD800, 0xDFFF, 1), (0x10000, 0x10FFFF, 2))


def _character(rng: Random) -> str:
    low, high, _ = rng.choices(_RANGES, weights=[w for _, _, w in _RANGES])[0]
    return chr(rng.randint(low, high))


def make_any_text(rng: Random) -> str:
    """Any characters, half the time mixed with date and cue characters."""
    if rng.randint(0, 1):
        return "".join(_character(rng) for _ in range(rng.randint(0, 200)))
    return "".join(rng.choice(_CJK_AND_DATES) if rng.randint(0, 1) else _character(rng)
                   for _ in range(rng.randint(0, 300)))


def make_normalizable_text(rng: Random) -> str:
    """Markup, invisible and control characters, CRLF, full-width and traditional forms, and any
    character between them."""
    return "".join(rng.choice(_MARKUP) if rng.randint(0, 2) else _character(rng) for _ in range(rng.randint(0, 40)))


def any_text() -> st.SearchStrategy[str]:
    """Any string: every character, or CJK-heavy text with date and cue characters."""
    cjk = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
    mixed = st.one_of(cjk, st.sampled_from(_CJK_AND_DATES), CHARACTERS)
    return st.one_of(st.text(CHARACTERS, max_size=200), st.text(mixed, max_size=300))


def normalizable_text() -> st.SearchStrategy[str]:
    """Text rich in what normalisation deletes or rewrites: invisible and control characters,
    CRLF, full-width forms, traditional script, Markdown and HTML markup."""
    return st.one_of(st.text(CHARACTERS, max_size=120),
                     st.lists(st.one_of(st.sampled_from(_MARKUP), CHARACTERS), max_size=40).map("".join))


def published_dates() -> st.SearchStrategy[date | None]:
    return st.one_of(st.none(), st.dates(date(1950, 1, 1), date(2049, 12, 31)))


def _day_between(rng: Random, first: date, last: date) -> date:
    return date.fromordinal(rng.randint(first.toordinal(), last.toordinal()))


def make_published(rng: Random) -> date | None:
    return None if rng.randint(0, 2) == 0 else _day_between(rng, date(1950, 1, 1), date(2049, 12, 31))


# ---- properties -----------------------------------------------------------------------------------
def date_bounds(value: str, precision: str) -> tuple[date, date]:
    """First and last day of an ISO value cut to its precision; raises when the day does not exist."""
    if precision == "day":
        day = date.fromisoformat(value)
        return day, day
    if precision == "month":
        year, month = (int(part) for part in value.split("-"))
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    year = int(value)
    return date(year, 1, 1), date(year, 12, 31)


def check_date_value(value, *, where: str) -> tuple[date, date] | None:
    """The days a DateValue covers; asserts they exist and the end is not before the start."""
    if value.start is None:
        assert value.end is None, f"{where}: an end without a start: {value}"
        return None
    first, _ = date_bounds(value.start, value.precision)
    _, last = date_bounds(value.end or value.start, value.precision)
    assert last >= first, f"{where}: the end precedes the start: {value}"
    return first, last


def _spans(event) -> Iterator[tuple[str, object]]:
    for role in (*event.actors, *event.recipients):
        yield f"participant {role.name}", role.mention
    yield "date", event.date.mention
    if event.location is not None:
        yield "location", event.location.mention
    for source in event.sources:
        yield "sentence", source.sentence
        yield "trigger", source.trigger
        for span in source.evidence:
            yield "evidence", span


def check_extraction(raw: str, published: date | None, markup: str = "text") -> None:
    """Extraction of `raw` does not raise; its spans and dates obey the properties above."""
    import huiwu
    from huiwu.model import Article

    result = huiwu.extract_article(Article(text=raw, published=published, markup=markup))
    anchor = result.article.published
    for event in result.events:
        for what, span in _spans(event):
            if span is None:
                continue
            assert 0 <= span.start <= span.end <= len(raw), f"{what} span {span} outside 0..{len(raw)}"
            if span.text is not None:
                assert raw[span.start:span.end] == span.text, f"{what} span {span} is {raw[span.start:span.end]!r}"
        covered = check_date_value(event.date, where=f"{event.type} event")
        year_inferred = event.date.text and not any(word in event.date.text for word in ("年", *FUTURE_WORDS))
        if covered and anchor and event.status == "occurred" and year_inferred:
            assert covered[0] <= anchor, f"past {event.type} event dated {event.date} after publication {anchor}"


_EXPLICIT_YEAR = ("a_year", "a_roc", "a_rely", "a_relm")


def check_dates(text: str, published: date, back: int, past: bool) -> None:
    """Every date in `text`, resolved against an anchor `back` days before publication: real
    days, ordered ends, and a past date whose year is inferred is not after publication (a bare day
    not more than `_DAYS_AHEAD` days after it)."""
    from huiwu.extraction.dates import _DAYS_AHEAD, find_dates, resolve

    anchor = published - timedelta(days=back)
    context = None
    for expr in find_dates(text):
        value = resolve(expr, anchor=anchor, published=published, past=past, context=context)
        covered = check_date_value(value, where=f"{expr.text!r}")
        if covered is None:
            continue
        context = value
        inferred = expr.relative is None and not any(key in expr.parts for key in _EXPLICIT_YEAR)
        if past and inferred:
            bare_day = "a_day" in expr.parts and not expr.parts.keys() & {"a_month", "a_relm"}
            limit = published + timedelta(days=_DAYS_AHEAD) if bare_day else published
            assert covered[0] <= limit, f"{expr.text!r} (past) resolved to {value}, after {published}"


def check_normalize(raw: str, markdown: bool) -> None:
    """The offset map is total and strictly increasing, ends at len(raw), and keeps ASCII as is."""
    from huiwu.normalize import normalize

    result = normalize(raw, markdown=markdown)
    text = result.text
    if result.offsets is None:
        assert len(text) == len(raw), "identity map but the length changed"
    else:
        assert len(result.offsets) == len(text), "the map does not cover every character"
    previous = -1
    for index in range(len(text)):
        offset = result.raw_offset(index)
        assert previous < offset < len(raw), f"offset {offset} at {index} after {previous} (raw length {len(raw)})"
        if raw[offset].isascii() and raw[offset].isprintable():
            assert text[index] == raw[offset], f"{raw[offset]!r} at {offset} became {text[index]!r}"
        previous = offset
    assert result.raw_offset(len(text)) == len(raw), "the end of the text does not map to the end of raw"
    for start in range(0, len(text) + 1, max(1, len(text) // 7)):
        for end in (start, min(len(text), start + 1), len(text)):
            low, high = result.raw_span(start, max(start, end))
            assert 0 <= low <= high <= len(raw), f"raw_span({start}, {end}) = {(low, high)}"


# ---- the properties as hypothesis tests -------------------------------------------------------------
def _extraction_any(text: str, published: date | None) -> None:
    check_extraction(text, published)


def _extraction_register(text: str, published: date | None, markdown: bool) -> None:
    check_extraction(text, published, "markdown" if markdown else "text")


def _dates(text: str, published: date, back: int, past: bool) -> None:
    check_dates(text, published, back, past)


DATES_PUBLISHED = (date(1000, 3, 1), date(2999, 12, 31))


@dataclass(frozen=True)
class Property:
    """A check, its arguments as hypothesis strategies and as a seeded sample, and its share of
    the runner's budget."""

    check: Callable[..., None]
    strategies: Callable[[], dict[str, st.SearchStrategy]]
    sample: Callable[[Random], dict[str, object]]
    share: float


PROPERTIES: dict[str, Property] = {
    "extraction/any": Property(
        _extraction_any,
        lambda: {"text": any_text(), "published": published_dates()},
        lambda rng: {"text": make_any_text(rng), "published": make_published(rng)}, 0.25),
    "extraction/register": Property(
        _extraction_register,
        lambda: {"text": from_random(make_register_text), "published": published_dates(), "markdown": st.booleans()},
        lambda rng: {"text": make_register_text(rng), "published": make_published(rng),
                     "markdown": rng.randint(0, 1) == 1}, 0.35),
    "dates": Property(
        _dates,
        lambda: {"text": from_random(make_date_text), "published": st.dates(*DATES_PUBLISHED),
                 "back": st.integers(0, 400), "past": st.booleans()},
        lambda rng: {"text": make_date_text(rng), "published": _day_between(rng, *DATES_PUBLISHED),
                     "back": rng.randint(0, 400), "past": rng.randint(0, 1) == 1}, 0.2),
    "normalize": Property(
        check_normalize,
        lambda: {"raw": normalizable_text(), "markdown": st.booleans()},
        lambda rng: {"raw": make_normalizable_text(rng), "markdown": rng.randint(0, 1) == 1}, 0.2),
}


def hypothesis_test(name: str, examples: int) -> Callable[[], None]:
    """A hypothesis test of one property with `examples` examples; a failure names its input."""
    prop = PROPERTIES[name]

    def run(**arguments: object) -> None:
        try:
            prop.check(**arguments)
        except Exception as error:
            error.add_note(f"input: {arguments!r}")  # the text itself, not the Random that built it
            raise

    configured = settings(max_examples=examples, deadline=None, database=None,
                          phases=(Phase.explicit, Phase.generate, Phase.shrink),
                          suppress_health_check=list(HealthCheck))
    return configured(given(**prop.strategies())(run))


# ---- the runner ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Outcome:
    name: str
    seed: int
    ran: int
    error: str | None


def run_slice(name: str, examples: int, seed: int) -> Outcome:
    """Check one property on `examples` inputs drawn from Random(seed); stop at the first failure."""
    import huiwu

    huiwu.load_lexicon()
    prop, rng = PROPERTIES[name], Random(seed)
    for ran in range(1, examples + 1):
        arguments = prop.sample(rng)
        try:
            prop.check(**arguments)
        except Exception:  # any failure of the property: report it with its input
            return Outcome(name, seed, ran, f"input: {arguments!r}\n{traceback.format_exc()}")
    return Outcome(name, seed, examples, None)


def _slices(total: int, base_seed: int, size: int = 2500) -> list[tuple[str, int, int]]:
    """The budget cut into slices of `size` inputs, each with its own seed, spread over properties."""
    jobs: list[tuple[str, int, int]] = []
    for index, (name, prop) in enumerate(PROPERTIES.items()):
        budget = round(total * prop.share)
        for part in range(0, budget, size):
            jobs.append((name, min(size, budget - part), base_seed * 1_000_003 + 1000 * index + part // size))
    return jobs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=100_000, help="generated inputs in all (default 100000)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes (default: CPUs)")
    parser.add_argument("--seed", type=int, default=0, help="base seed; each slice of the budget adds to it")
    options = parser.parse_args(argv)
    started = time.monotonic()
    ran: dict[str, int] = dict.fromkeys(PROPERTIES, 0)
    failure: Outcome | None = None
    with ProcessPoolExecutor(max_workers=max(1, options.workers)) as pool:
        futures = [pool.submit(run_slice, *job) for job in _slices(options.examples, options.seed)]
        for future in as_completed(futures):
            if future.cancelled():
                continue
            outcome = future.result()
            ran[outcome.name] += outcome.ran
            if outcome.error and failure is None:
                failure = outcome
                for other in futures:
                    other.cancel()
    seconds = time.monotonic() - started
    detail = ", ".join(f"{name} {count}" for name, count in ran.items())
    if failure is not None:
        print(f"fuzz: FAILED {failure.name} (seed {failure.seed}) after {sum(ran.values())} inputs "
              f"in {seconds:.1f} s\n{failure.error}", file=sys.stderr)
        return 1
    print(f"fuzz: {sum(ran.values())} inputs in {seconds:.1f} s, no failure ({detail})")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main())
