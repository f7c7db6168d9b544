"""Bad input, through the library (`read_paths`, `extract_article`) and the command line.

Each case holds the same three promises: the bad document gets one message naming it and the
reason, the exit code is 1 when anything failed (0 otherwise), and every other document is
processed.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path
from random import Random

import pytest
from click.testing import CliRunner

import huiwu
from huiwu.cli import main
from huiwu.ingest import MAX_DOCUMENT_BYTES, read_paths
from huiwu.model import Article, Failure
from huiwu.store import Store

from .fuzz import check_date_value, check_extraction

GOOD = "新华社北京11月9日电 国务院副总理何立峰9日在北京会见美国财政部长耶伦，双方就中美经贸关系交换意见。"
SUMMARY = re.compile(r"(\d+) documents read: (\d+) new, (\d+) already known, (\d+) failed; (\d+) events")
HUIWU = Path(sys.executable).with_name("huiwu")


# ---- helpers ------------------------------------------------------------------------------------
def read(*paths: Path, timeout: float = 30) -> tuple[list[Article], dict[str, str]]:
    """read_paths in a thread that must end in time: the articles, and failures by file name."""
    found: list[Article | Failure] = []
    reader = threading.Thread(target=lambda: found.extend(read_paths([str(p) for p in paths])), daemon=True)
    reader.start()
    reader.join(timeout)
    assert not reader.is_alive(), f"reading {paths} did not end within {timeout} s"
    articles = [item for item in found if isinstance(item, Article)]
    failures = {_short(item.doc): item.reason for item in found if isinstance(item, Failure)}
    return articles, failures


def _short(doc: str) -> str:
    """`/tmp/x/feed.jsonl:3` → `feed.jsonl:3`."""
    return doc.rsplit("/", 1)[-1]


def cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def ingest(db: Path, *paths: Path):
    """`huiwu ingest` in this process: the result and its summary numbers."""
    result = cli("ingest", *map(str, paths), "--db", str(db))
    match = SUMMARY.search(result.stdout)
    assert match, result.output
    return result, tuple(int(n) for n in match.groups())


def reported(stderr: str) -> dict[str, str]:
    """The per-document lines on standard error (`huiwu: FILE: [STEP: ]REASON`), by file name."""
    lines = {}
    for line in stderr.splitlines():
        match = re.match(r"huiwu: (/\S+?): (?:(?:read|extract|store): )?(.+)$", line)
        if match:
            lines[_short(match[1])] = match[2]
    return lines


def assert_cli(tmp_path: Path, target: Path, failures: dict[str, str], *, new: int) -> None:
    """`huiwu ingest` and `huiwu extract` name each failure with its reason, exit 1 exactly when
    something failed, and process every other document."""
    result, (read_count, new_count, known, failed, _) = ingest(tmp_path / "cli.db", target)
    assert result.exit_code == (1 if failures else 0), result.output
    assert (new_count, failed) == (new, len(failures)), result.output
    for name, reason in failures.items():
        assert re.search(reason, reported(result.stderr).get(name, "")), (name, result.stderr)
    with Store(tmp_path / "cli.db", readonly=True) as store:
        assert store.integrity() == "ok"
        assert {_short(f.source) for f in store.failures()} == set(failures)
        with_events = {row[0] for row in store.connection.execute("SELECT DISTINCT document FROM mentions")}
    extracted = cli("extract", str(target), "--format", "jsonl")
    assert extracted.exit_code == (1 if failures else 0), extracted.output
    for name, reason in failures.items():
        assert re.search(reason, reported(extracted.stderr).get(name, "")), (name, extracted.stderr)
    events = [json.loads(line) for line in extracted.stdout.splitlines()]
    assert {source["doc"] for event in events for source in event["sources"]} == with_events


def names(article: Article) -> set[str]:
    return {p.name for e in huiwu.extract_article(article).events for p in (*e.actors, *e.recipients)}


# ---- empty, binary and encoded files ------------------------------------------------------------
def test_empty_and_blank_files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_text(" \n\t\r\n\u3000\n", encoding="utf-8")
    (folder / "bom-only.txt").write_bytes(b"\xef\xbb\xbf")
    articles, failures = read(folder)
    assert [a.path for a in articles] == [str(folder / "good.txt")]
    assert set(failures) == {"empty.txt", "blank.md", "bom-only.txt"}
    assert all("empty" in reason or "no text" in reason for reason in failures.values()), failures
    assert {"何立峰", "耶伦"} <= names(articles[0])
    assert_cli(tmp_path, folder, {"empty.txt": "empty", "blank.md": "empty|no text", "bom-only.txt": "empty|no text"},
               new=1)


def test_binary_files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + Random(1).randbytes(3000))
    (folder / "program").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 20)
    (folder / "noise.md").write_bytes(bytes(b | 0x80 for b in Random(2).randbytes(5000)))  # high bytes, no NUL
    articles, failures = read(folder)
    assert len(articles) == 1 and set(failures) == {"image.txt", "program", "noise.md"}
    assert all("binary" in reason or "cannot decode" in reason for reason in failures.values()), failures
    assert_cli(tmp_path, folder, dict.fromkeys(failures, "binary|cannot decode"), new=1)
    piped = CliRunner().invoke(main, ["extract", "-"], input=b"\x00\x01\x02binary\xff\xfe\xfd" * 100)
    assert piped.exit_code == 1 and "<stdin>: binary data" in piped.stderr


ENCODED = {
    "gb18030.txt": ("gb18030", "新华社北京11月9日电 国家主席习近平9日在北京会见美国总统拜登。"),
    "big5.txt": ("big5", "國務院副總理何立峰在北京會見美國財政部長葉倫。"),
    "utf16-bom-le.txt": ("utf-16", "外交部长王毅在北京会见新加坡外长维文。"),
    "utf16-bom-be.txt": ("utf-16-be-bom", "外交部长王毅在雅加达会见印尼外长蕾特诺。"),
    "utf16-le.txt": ("utf-16-le", "新华社北京3月5日电 国家主席习近平5日会见法国总统马克龙。"),
    "utf16-be.txt": ("utf-16-be", "国家主席习近平在北京会见德国总理朔尔茨。"),
    "utf8-bom.md": ("utf-8-sig", "# 会见\n\n国家主席习近平在北京会见巴西总统卢拉。"),
}


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-16-be-bom":
        return b"\xfe\xff" + text.encode("utf-16-be")
    return text.encode(encoding)


def test_gb18030_big5_and_utf16_with_and_without_bom(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (encoding, text) in ENCODED.items():
        (folder / name).write_bytes(_encode(text, encoding))
    articles, failures = read(folder)
    assert failures == {}
    assert {Path(a.path).name: a.text for a in articles} == {name: text for name, (_, text) in ENCODED.items()}
    for article in articles:
        assert len(names(article)) >= 2, article.text
    assert_cli(tmp_path, folder, {}, new=len(ENCODED))


def test_mislabelled_encodings(tmp_path):
    """The bytes decide: an HTML page whose <meta charset> lies, Big5 text named .md, GB18030 in a
    page that declares UTF-8."""
    folder = tmp_path / "in"
    folder.mkdir()
    body = "<p>新华社北京11月9日电 国务院副总理何立峰在北京会见美国财政部长耶伦。</p><p>双方就中美经贸关系深入交换意见，同意保持沟通。</p>"
    (folder / "says-big5.html").write_bytes(
        f'<html><head><meta charset="big5"><title>何立峰会见耶伦</title></head><body><article>{body}'
        "</article></body></html>".encode())
    (folder / "says-utf8.html").write_bytes(
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><article>'
        f"{body.replace('耶伦', '布林肯').replace('财政部长', '国务卿')}</article></body></html>".encode("gb18030"))
    (folder / "big5.md").write_bytes("國家主席習近平在北京會見美國總統拜登。雙方進行了會談。".encode("big5"))
    articles, failures = read(folder)
    assert failures == {}
    by_name = {Path(a.path).name: a for a in articles}
    assert "会见美国财政部长耶伦" in by_name["says-big5.html"].text
    assert "会见美国国务卿布林肯" in by_name["says-utf8.html"].text
    assert by_name["big5.md"].text.startswith("國家主席習近平")
    assert {"习近平", "拜登"} <= names(by_name["big5.md"])
    assert {"何立峰", "耶伦"} <= names(by_name["says-big5.html"])
    assert_cli(tmp_path, folder, {}, new=3)


# ---- hostile and broken HTML ------------------------------------------------------------------------
def test_html_with_scripts_iframes_styles_and_broken_markup(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "hostile.html").write_text(f"""<!DOCTYPE html><html><head><title>何立峰会见耶伦</title>
<style>p {{ color: red }} .x::after {{ content: "样式里的文字" }}</style>
<script>var s = "脚本里的文字"; document.write("<p>写入的文字</p>");</script></head>
<body><div><div><iframe src="javascript:alert(1)"><p>框架里的文字</p></iframe>
<article><h1>何立峰会见耶伦</h1><p>{GOOD}<p>第二段没有闭合<b>粗体 </div></div></span></td>
<script>alert('x')</script><img src=x onerror=alert(1)></body>""", encoding="utf-8")
    (folder / "broken.htm").write_text(f"<html><body><div><p>{GOOD}</div></div></div><p><p><table><tr><td>",
                                       encoding="utf-8")
    (folder / "only-script.html").write_text("<html><body><script>only()</script><style>x{}</style></body></html>",
                                             encoding="utf-8")
    (folder / "garbage.html").write_text("<<<>>></></><!-- <html <body", encoding="utf-8")
    articles, failures = read(folder)
    by_name = {Path(a.path).name: a for a in articles}
    assert set(failures) == {"only-script.html"} and "no article text" in failures["only-script.html"]
    for article in by_name.values():
        for hidden in ("脚本", "样式", "框架", "写入", "alert", "onerror", "<"):
            assert hidden not in article.text or article.path.endswith("garbage.html"), (hidden, article.text)
    assert {"何立峰", "耶伦"} <= names(by_name["hostile.html"]) and {"何立峰", "耶伦"} <= names(by_name["broken.htm"])
    assert_cli(tmp_path, folder, {"only-script.html": "no article text"}, new=2 + ("garbage.html" in by_name))


# ---- sizes --------------------------------------------------------------------------------------------
def test_a_50_mb_document_is_refused_at_once_and_the_others_are_read(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    line = (GOOD + "\n").encode()
    with (folder / "huge.txt").open("wb") as handle:
        for _ in range(50 * 2**20 // (len(line) * 1000) + 1):
            handle.write(line * 1000)
    size = (folder / "huge.txt").stat().st_size
    assert size >= 50 * 2**20
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    feed = folder / "feed.jsonl"
    with feed.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "a", "text": "外交部长王毅在北京会见新加坡外长维文。"}, ensure_ascii=False) + "\n")
        handle.write(json.dumps({"id": "big", "text": "长" * (MAX_DOCUMENT_BYTES // 3 + 10)}) + "\n")
        handle.write(json.dumps({"id": "c", "text": GOOD}, ensure_ascii=False) + "\n")
    started = time.monotonic()
    articles, failures = read(folder, timeout=10)
    assert time.monotonic() - started < 5
    assert re.fullmatch(r"the document is 50(\.\d)? MB, over the 16 MB limit for one document", failures["huge.txt"])
    assert "over the 16 MB limit" in failures["feed.jsonl:2"]
    assert sorted(a.ident or Path(a.path).name for a in articles) == ["a", "c", "good.txt"]
    started = time.monotonic()
    assert_cli(tmp_path, folder, {"huge.txt": r"is 50(\.\d)? MB, over the 16 MB limit", "feed.jsonl:2": "16 MB limit"},
               new=2)
    assert time.monotonic() - started < 20


COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得"


def _line_of(size: int) -> str:
    """`size` bytes of UTF-8 Chinese with no punctuation and no line break: a meeting, then
    common characters in a seeded random order."""
    rng = Random(size)
    head = "国家主席习近平在北京会见美国总统拜登"
    return head + "".join(rng.choice(COMMON) for _ in range(size // 3 - len(head)))


def test_a_long_single_line_is_read_whole_and_extracted(tmp_path):
    """A 64 KB line without punctuation: one document, its spans sound, in seconds."""
    path = tmp_path / "line.txt"
    path.write_text(_line_of(64 * 1024), encoding="utf-8")
    started = time.monotonic()
    [article], failures = read(path)
    assert failures == {} and "\n" not in article.text
    check_extraction(article.text, date(2023, 11, 10))
    result = cli("extract", str(path), "--format", "json", "--published", "2023-11-10")
    assert result.exit_code == 0
    assert time.monotonic() - started < 20
    assert "习近平" in result.stdout


_EXTRACT_FILE = "import sys, huiwu; huiwu.extract(open(sys.argv[1], encoding='utf-8').read(), published='2023-11-10')"
LINE_BUDGET = 8  # seconds for a 1 MB line, library and command line running side by side


def test_a_1_mb_line_without_punctuation_is_extracted_in_reasonable_time(tmp_path):
    path = tmp_path / "line.txt"
    path.write_text(_line_of(2**20), encoding="utf-8")
    [article], _ = read(path)  # reading it is quick
    runs = [subprocess.Popen([sys.executable, "-c", _EXTRACT_FILE, str(path)]),
            subprocess.Popen([str(HUIWU), "extract", str(path), "--format", "json"], stdout=subprocess.DEVNULL)]
    deadline = time.monotonic() + LINE_BUDGET
    try:
        codes = [run.wait(timeout=max(0.1, deadline - time.monotonic())) for run in runs]
    except subprocess.TimeoutExpired:
        pytest.fail(f"extracting a 1 MB line took more than {LINE_BUDGET} s")
    finally:
        for run in runs:
            run.kill()
            run.wait()
    assert codes == [0, 0]


# ---- JSON lines ----------------------------------------------------------------------------------
def test_jsonl_with_bad_lines(tmp_path):
    feed = tmp_path / "feed.jsonl"
    two_mb = GOOD + " " * (2 * 2**20)
    lines = [
        "\ufeff" + json.dumps({"id": "bom", "text": GOOD}, ensure_ascii=False),                    # 1
        "",                                                                                      # 2
        "   ",                                                                                   # 3
        '{"id": "x", "text": "没有结束',                                                          # 4
        json.dumps({"id": "no-text", "title": "会见"}, ensure_ascii=False),                       # 5
        json.dumps({"id": "number", "text": 42}),                                                # 6
        json.dumps({"id": "list-date", "text": GOOD, "published": ["2023-11-10"]}, ensure_ascii=False),  # 7
        json.dumps({"id": {"nested": 1}, "text": GOOD}, ensure_ascii=False),                     # 8
        json.dumps({"id": "two-mb", "text": two_mb, "published": "2023-11-10"}, ensure_ascii=False),  # 9
        json.dumps({"id": "impossible", "text": GOOD, "published": "2023-02-30"}, ensure_ascii=False),  # 10
        "[" * 50000 + "]" * 50000,                                                               # 11
        json.dumps(["not", "an", "object"]),                                                     # 12
        json.dumps({"id": True, "text": GOOD}, ensure_ascii=False),                              # 13
        '{"id": "surrogate", "text": "国家主席习近平\\ud83d在北京会见美国总统拜登。"}',                # 14
        json.dumps({"id": "last", "text": "外交部长王毅在北京会见新加坡外长维文。"}, ensure_ascii=False),  # 15
    ]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, failures = read(feed)
    expected = {
        "feed.jsonl:4": "not valid JSON", "feed.jsonl:5": "'text' is missing",
        "feed.jsonl:6": "'text' must be a string, not a number", "feed.jsonl:7": "'published' is not a date",
        "feed.jsonl:8": "'id' must be a string, not an object", "feed.jsonl:10": "'published' is not a date",
        "feed.jsonl:11": "not valid JSON", "feed.jsonl:12": "must be a JSON object, not a list",
        "feed.jsonl:13": "'id' must be a string, not true or false",
    }
    assert set(failures) == set(expected)
    for where, reason in expected.items():
        assert reason in failures[where], (where, failures[where])
    assert [a.ident for a in articles] == ["bom", "two-mb", "surrogate", "last"]
    two = articles[1]
    assert two.text == two_mb and two.published == date(2023, 11, 10)
    assert articles[2].text == "国家主席习近平\ufffd在北京会见美国总统拜登。"
    assert {"习近平", "拜登"} <= names(articles[2])
    assert_cli(tmp_path, feed, {where: re.escape(reason) for where, reason in expected.items()}, new=4)


# ---- dates -----------------------------------------------------------------------------------------
IMPOSSIBLE = {
    "feb30.txt": "新华社北京2月30日电 国家主席习近平2月30日在北京会见美国总统拜登。",
    "month13.txt": "国家主席习近平13月5日在北京会见法国总统马克龙。",
    "day32.txt": "国家主席习近平12月32日在北京会见德国总理朔尔茨。",
    "feb29.txt": "国家主席习近平2023年2月29日在北京会见巴西总统卢拉。",
    "zero.txt": "国家主席习近平0月0日在北京会见南非总统拉马福萨。",
    "chinese.txt": "国家主席习近平十三月三十二日在北京会见印尼总统佐科。",
}


def test_impossible_dates_give_real_days_or_none(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in IMPOSSIBLE.items():
        (folder / name).write_text(text, encoding="utf-8")
    articles, _ = read(folder)
    for article in articles:
        for published in (date(2023, 3, 3), date(2023, 12, 20), None):
            check_extraction(article.text, published)
        result = huiwu.extract_article(Article(text=article.text, published=date(2023, 12, 20)))
        assert result.events, article.text
    assert_cli(tmp_path, folder, {}, new=len(IMPOSSIBLE))
    exported = cli("events", "--db", str(tmp_path / "cli.db"), "--format", "jsonl")
    for line in exported.stdout.splitlines():
        check_date_value(huiwu.DateValue.from_dict(json.loads(line)["date"]), where=line[:80])


REVERSED = "新华社北京12月10日电 国家主席习近平12月5日至3日对美国进行国事访问。"


def test_a_range_whose_end_precedes_its_start_is_never_reversed(tmp_path):
    path = tmp_path / "reversed.txt"
    path.write_text(REVERSED, encoding="utf-8")
    [article], _ = read(path)
    check_extraction(article.text, date(2023, 12, 10))
    for event in huiwu.extract(REVERSED, published="2023-12-10"):
        check_date_value(event.date, where=REVERSED)
    assert_cli(tmp_path, path, {}, new=1)


# ---- invisible characters and mixed scripts ----------------------------------------------------------
def test_zero_width_and_control_characters_inside_names(tmp_path):
    text = ("\ufeff新华社北京11月9日电 国家主席习\u200b近平9日在北京会见美国总统拜\u200d登。"
            "外交部长王\x07毅同日会见美国国务卿布\u00ad林\u202e肯。")
    path = tmp_path / "invisible.txt"
    path.write_text(text, encoding="utf-8")
    [article], _ = read(path)
    assert article.text == text[1:]  # the byte-order mark is the encoding's, not the text's
    text = text[1:]
    events = huiwu.extract_article(Article(text=text, published=date(2023, 11, 9))).events
    mentions = {p.name: p.mention for e in events for p in (*e.actors, *e.recipients)}
    assert {"习近平", "拜登", "王毅", "布林肯"} <= set(mentions)
    assert text[mentions["习近平"].start:mentions["习近平"].end] == "习\u200b近平"
    assert text[mentions["王毅"].start:mentions["王毅"].end] == "王\x07毅"
    check_extraction(text, date(2023, 11, 9))
    assert_cli(tmp_path, path, {}, new=1)
    with Store(tmp_path / "cli.db", readonly=True) as store:
        [stored] = store.events(actor="习近平")
        [doc] = {s.doc for s in stored.sources}
        raw = store.document(doc).text
        xi = next(p for p in (*stored.actors, *stored.recipients) if p.name == "习近平")
        assert raw == text and raw[xi.mention.start:xi.mention.end] == "习\u200b近平"


def test_mixed_scripts(tmp_path):
    text = ("國家主席習近平11月15日在舊金山會見美國總統拜登（Joe Biden）。"
            "岸田文雄首相は習近平国家主席と会談した🇯🇵🇨🇳。"
            "国家主席习近平同日会见日本首相岸田文雄 👍🏽，双方进行了会谈。")
    path = tmp_path / "mixed.txt"
    path.write_text(text, encoding="utf-8")
    [article], _ = read(path)
    found = names(Article(text=text, published=date(2023, 11, 16)))
    assert {"习近平", "拜登", "岸田文雄"} <= found
    check_extraction(text, date(2023, 11, 16))
    check_extraction(text, None, "markdown")
    assert_cli(tmp_path, path, {}, new=1)


# ---- what is not a readable file --------------------------------------------------------------------
def _unreadable_folder(root: Path) -> Path:
    folder = root / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "notes.txt").mkdir()  # a folder named like a file: walked like any folder
    (folder / "notes.txt" / "inner.txt").write_text("外交部长王毅在北京会见新加坡外长维文。", encoding="utf-8")
    (folder / "broken.txt").symlink_to(folder / "missing-target.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "back").symlink_to(folder)  # a folder loop
    os.mkfifo(folder / "pipe.txt")
    return folder


UNREADABLE = {"broken.txt": "broken symbolic link", "loop.txt": "symbolic-link loop",
              "pipe.txt": r"not a regular file \(a named pipe\)"}


def test_broken_links_loops_and_pipes_fail_alone_without_hanging(tmp_path):
    folder = _unreadable_folder(tmp_path)
    articles, failures = read(folder, timeout=20)
    assert sorted(Path(a.path).name for a in articles) == ["good.txt", "inner.txt"]
    assert set(failures) == set(UNREADABLE)
    for name, reason in UNREADABLE.items():
        assert re.search(reason, failures[name]), failures[name]
    _, direct = read(folder / "pipe.txt", folder / "loop.txt", folder / "broken.txt", folder / "nothing.txt")
    assert set(direct) == {"pipe.txt", "loop.txt", "broken.txt", "nothing.txt"}
    run = subprocess.run([str(HUIWU), "ingest", str(folder), "--db", str(tmp_path / "sub.db")],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1 and SUMMARY.search(run.stdout).groups()[1:4] == ("2", "0", "3"), run.stdout
    for name, reason in UNREADABLE.items():
        assert re.search(reason, reported(run.stderr)[name]), run.stderr
    assert_cli(tmp_path, folder, UNREADABLE, new=2)


def test_unreadable_files_and_folders(tmp_path, monkeypatch):
    """Permission errors (simulated: the tests run as root, whom chmod 000 does not stop)."""
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "inside.txt").write_text(GOOD, encoding="utf-8")
    (folder / "denied.txt").write_text(GOOD, encoding="utf-8")
    (folder / "good.txt").write_text("外交部长王毅在北京会见新加坡外长维文。", encoding="utf-8")
    real_open, real_scandir = os.open, os.scandir

    def guarded_open(path, *args, **kwargs):
        if str(path).endswith("denied.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    def guarded_scandir(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)
    monkeypatch.setattr(os, "open", guarded_open)
    monkeypatch.setattr(os, "scandir", guarded_scandir)
    articles, failures = read(folder)
    assert [Path(a.path).name for a in articles] == ["good.txt"]
    assert failures == {"denied.txt": "permission denied", "locked": "cannot list the folder: permission denied"}
    assert_cli(tmp_path, folder, {"denied.txt": "permission denied", "locked": "cannot list the folder"}, new=1)


def test_a_document_whose_extraction_raises_fails_alone(tmp_path, failing_extraction):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "boom.txt").write_text("国家主席习近平在北京会见美国总统拜登。炸", encoding="utf-8")
    (folder / "c.txt").write_text("外交部长王毅在北京会见新加坡外长维文。", encoding="utf-8")
    failing_extraction("炸", RuntimeError("exploded"))
    assert_cli(tmp_path, folder, {"boom.txt": "RuntimeError: exploded"}, new=2)


# ---- inputs on which extraction once failed ----------------------------------------------------------
def test_reversed_range_is_not_rolled_a_year_into_the_future():
    [event] = huiwu.extract(REVERSED, published="2023-12-10")
    assert event.status == "occurred"
    assert event.date.end is None or event.date.end <= "2023-12-10", event.date


@pytest.mark.parametrize(("text", "published"), [
    ("国家主席习近平9999年12月30日至1月2日在北京会见美国总统拜登。", "2023-12-10"),
    ("国家主席习近平2024年3月5日至2月29日在北京会见美国总统拜登。", "2024-04-01"),
    ("国家主席习近平2024年3月、2月29日两次会见美国总统拜登。", "2024-04-01"),
])
def test_a_range_rolled_into_a_year_without_its_day_does_not_raise(text, published):
    assert huiwu.extract(text, published=published)


def test_year_zero_does_not_raise():
    events = huiwu.extract("习近平0000年3月在北京会见拜登。", published="2023-12-10")
    assert events


REPORTED_FUTURE = [  # (text, published): every one has a reporting word (据报道, 据报, 消息人士, 外媒报道)
    ("据报道，外交部长王毅明天在北京会见美国国务卿布林肯。", "2023-11-01"),
    ("据报道，外交部长王毅今（5）日在北京会见美国国务卿布林肯。", "2023-11-01"),
    ("外交部长王毅定于12月访问美国。据报，王毅与新加坡外长维文共进工作午餐。", "2023-11-10"),
    ("新华社北京昨天电。消息人士说，中方一致同意美方、次日美方一致同意中方。", "2000-01-01"),
    ("外交部长王毅下个月出席东盟外长会。同日，外媒报道中美双方达成一致。", "2023-11-10"),
]


@pytest.mark.parametrize(("text", "published"), REPORTED_FUTURE)
def test_a_reported_event_is_not_past_and_after_publication(text, published):
    for event in huiwu.extract(text, published=published):
        assert event.status != "occurred" or event.date.start is None or event.date.start <= published, event


def test_a_lone_surrogate_does_not_raise():
    assert huiwu.extract("国家主席习近平\ud83d在北京会见美国总统拜登。", published="2023-11-10")
