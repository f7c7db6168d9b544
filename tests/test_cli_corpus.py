"""The corpus commands through click's runner, on a real database, and their documentation."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3

import click
import pytest
from click.testing import CliRunner

from huiwu.cli import main

from .conftest import ROOT

REPORTS = {
    "xinhua.txt": "新华社旧金山2023年11月9日电 国务院副总理何立峰9日在旧金山会见美国财政部长耶伦，双方就中美经贸关系交换意见。",
    "mingpao.txt": "【本報訊】國務院副總理何立峰2023年11月9日在三藩市會見美國財政部長葉倫。",
    "albanese.txt": "新华社北京2023年10月20日电 国家主席习近平20日在人民大会堂会见澳大利亚总理阿尔巴尼斯。",
}
SUMMARY = re.compile(r"(\d+) documents read: (\d+) new, (\d+) already known, (\d+) failed; (\d+) events")
CORPUS_COMMANDS = ("ingest", "failures", "events", "timeline", "network", "export")


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def summary(output: str) -> tuple[int, ...]:
    match = SUMMARY.search(output)
    assert match, output
    return tuple(int(n) for n in match.groups())


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"")
    db = str(folder / "huiwu.db")
    result = run("ingest", str(folder), "--db", db)
    return folder, db, result


def test_ingest_summarises_and_fails_with_1_when_a_document_failed(corpus):
    folder, db, result = corpus
    assert result.exit_code == 1
    read, new, known, failed, events = summary(result.stdout)
    assert (read, new, known, failed) == (4, 3, 0, 1) and events >= 3
    assert "huiwu failures" in result.stderr


def test_ingest_again_adds_nothing_and_a_copy_adds_only_its_path(corpus, tmp_path):
    folder, db, _ = corpus
    copy = tmp_path / "copy.txt"
    copy.write_text(REPORTS["xinhua.txt"], encoding="utf-8")
    result = run("ingest", str(folder / "xinhua.txt"), str(copy), "--db", db)
    assert result.exit_code == 0
    assert summary(result.stdout)[:4] == (2, 0, 2, 0)
    with sqlite3.connect(db) as connection:
        paths = [r[0] for r in connection.execute("SELECT address FROM document_urls ORDER BY address")]
    assert str(copy) in paths and len(paths) == 4


def test_failures_lists_the_document_and_its_reason(corpus):
    _, db, _ = corpus
    result = run("failures", "--db", db, "--format", "json")
    assert result.exit_code == 0
    [failure] = json.loads(result.stdout)
    assert failure["source"].endswith("broken.txt") and failure["step"] == "read" and failure["reason"]
    assert "broken.txt" in run("failures", "--db", db).stdout


def test_events_in_every_format_and_by_any_name_form(corpus):
    _, db, _ = corpus
    as_json = json.loads(run("events", "--db", db, "--format", "json").stdout)
    meeting = next(e for e in as_json if {p["id"] for p in e["actors"] + e["recipients"]} >= {
        "person/he-lifeng", "person/janet-yellen"})
    assert len(meeting["sources"]) == 2
    lines = run("events", "--db", db, "--format", "jsonl", "--actor", "葉倫", "--actor", "He Lifeng").stdout
    assert [json.loads(line)["id"] for line in lines.splitlines()] == [meeting["id"]]
    table = run("events", "--db", db, "--type", "meet", "--since", "2023-11").stdout
    assert meeting["id"] in table and "阿尔巴尼斯" not in table
    rows = list(csv.DictReader(io.StringIO(run("events", "--db", db, "--format", "csv").stdout)))
    assert len(rows) == len(as_json) and rows[0]["id"] == as_json[0]["id"]
    assert run("events", "--db", db, "--text", "三藩市", "--format", "json").stdout.count('"doc"') == 2


def test_explain_says_why_the_sources_were_merged(corpus):
    _, db, _ = corpus
    events = json.loads(run("events", "--db", db, "--actor", "耶伦", "--format", "json").stdout)
    result = run("events", "--db", db, "--explain", events[0]["id"])
    assert result.exit_code == 0
    assert "first report" in result.stdout and "score" in result.stdout and "person/he-lifeng" in result.stdout
    data = json.loads(run("events", "--db", db, "--explain", events[0]["id"], "--format", "json").stdout)
    assert data["sources"][1]["match"]["common"] == ["person/he-lifeng", "person/janet-yellen"]
    missing = run("events", "--db", db, "--explain", "ev_0000")
    assert missing.exit_code == 2 and "no event" in missing.stderr


def test_timeline_and_network(corpus):
    _, db, _ = corpus
    timeline = json.loads(run("timeline", "何立峰", "--db", db, "--format", "json").stdout)
    assert timeline and all("person/he-lifeng" in {p["id"] for p in e["actors"] + e["recipients"]} for e in timeline)
    assert "阿尔巴尼斯" in run("timeline", "Australia", "--db", db).stdout
    unknown = run("timeline", "Nobody Known", "--db", db)
    assert unknown.exit_code == 2 and "no person" in unknown.stderr
    ties = json.loads(run("network", "--db", db, "--format", "json").stdout)
    pair = next(t for t in ties if {t["a"], t["b"]} == {"person/he-lifeng", "person/janet-yellen"})
    assert pair["counts"] == {"meet": 1} and pair["first"] == "2023-11-09"
    assert "何立峰" in run("network", "--db", db, "--since", "2023-11").stdout
    assert json.loads(run("network", "--db", db, "--until", "2022", "--format", "json").stdout) == []


def test_export_writes_the_file_and_says_how_many(corpus, tmp_path):
    _, db, _ = corpus
    out = tmp_path / "events.plover.jsonl"
    result = run("export", "--format", "plover", "-o", str(out), "--db", db, "--actor", "阿尔巴尼斯")
    assert result.exit_code == 0 and "wrote 1 events" in result.stdout
    assert json.loads(out.read_text(encoding="utf-8"))["event"] == ["CONSULT"]
    bad = run("export", "--format", "pdf", "-o", str(out), "--db", db)
    assert bad.exit_code == 2


def test_reading_commands_need_a_database_and_good_dates(corpus, tmp_path):
    _, db, _ = corpus
    missing = run("events", "--db", str(tmp_path / "none.db"))
    assert missing.exit_code == 1 and "no database" in missing.stderr
    assert not (tmp_path / "none.db").exists()
    wrong = run("events", "--db", db, "--since", "yesterday")
    assert wrong.exit_code == 2 and "YYYY-MM-DD" in wrong.stderr


def test_ingest_of_good_documents_exits_0_and_uses_the_default_database(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(REPORTS["albanese.txt"], encoding="utf-8")
    result = run("ingest", "a.txt")
    assert result.exit_code == 0 and summary(result.stdout)[:4] == (1, 1, 0, 0)
    assert (tmp_path / "huiwu.db").exists()


# ---- the documentation describes every command, option, table and column ---------------------
def _sections(text: str, pattern: str) -> dict[str, str]:
    parts = re.split(pattern, text)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def test_every_corpus_command_and_option_is_documented():
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    sections = _sections(text, r"\n## `huiwu (\w+)")
    for name in CORPUS_COMMANDS:
        assert name in sections, f"huiwu {name} is not in docs/cli.md"
        command: click.Command = main.commands[name]
        documented = sections[name] + (text if name in ("events", "export") else "")
        for parameter in command.params:
            for option in getattr(parameter, "opts", []):
                if option.startswith("--"):
                    assert option in documented, f"{option} of huiwu {name} is not in docs/cli.md"


def test_every_table_view_and_column_is_documented(tmp_path):
    from huiwu.store import Store

    text = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    sections = _sections(text, r"\n### `(\w+)`")
    with Store(tmp_path / "huiwu.db") as store:
        objects = store.connection.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'documents_fts_%'").fetchall()
        for (name,) in objects:
            assert name in sections, f"{name} is not described in docs/schema.md"
            for column in store.connection.execute(f"PRAGMA table_info('{name}')").fetchall():
                assert f"`{column[1]}`" in sections[name], f"{name}.{column[1]} is not in docs/schema.md"
