from click.testing import CliRunner

import huiwu
from huiwu.cli import main
from huiwu.lexicon import Lexicon
from huiwu.lexicon.learn import candidates_from_events, decide, decisions

ARTICLE = (
    "2023-09-02 10:00 来源：新华网\n\n"
    "新华社北京9月1日电 9月1日，国务院副总理何立峰在北京会见新加坡贸工部长李敬文。\n\n"
    "当天，商务部副部长兼国际贸易谈判副代表王受文同李敬文举行会谈。\n"
)


def test_unknown_officials_become_candidates_and_accepting_one_teaches_the_lexicon(tmp_path, lexicon):
    events = huiwu.extract(ARTICLE)
    found = candidates_from_events(events, lexicon)
    names = {c.name: c for c in found}
    assert "李敬文" in names
    candidate = names["李敬文"]
    assert candidate.kind == "person" and candidate.count == 2 and candidate.evidence
    assert candidate.start == "2023-09-01"

    home = tmp_path / "home"
    decide(candidate, "accepted", folder=home, author="tester")
    assert decisions(home)[candidate.id]["verdict"] == "accepted"
    learned = Lexicon.load(user_dir=home)
    [person] = learned.find_entities("李敬文", kind="person")
    assert person.id.startswith("person/user-")
    assert candidates_from_events(events, learned, decided=set(decisions(home))) == [] or all(
        c.name != "李敬文" for c in candidates_from_events(events, learned, decided=set(decisions(home))))


def test_a_rejected_candidate_does_not_come_back(tmp_path, lexicon):
    events = huiwu.extract(ARTICLE)
    candidate = next(c for c in candidates_from_events(events, lexicon) if c.name == "李敬文")
    decide(candidate, "rejected", folder=tmp_path)
    again = candidates_from_events(events, lexicon, decided=set(decisions(tmp_path)))
    assert candidate.id not in {c.id for c in again}


def test_shipped_files_are_never_written(tmp_path, lexicon):
    from huiwu.lexicon import DATA_DIR

    before = {p.name: p.stat().st_mtime for p in DATA_DIR.glob("*.tsv")}
    candidate = candidates_from_events(huiwu.extract(ARTICLE), lexicon)[0]
    decide(candidate, "accepted", folder=tmp_path)
    assert {p.name: p.stat().st_mtime for p in DATA_DIR.glob("*.tsv")} == before


def test_candidates_command_reads_a_database(tmp_path, monkeypatch):
    monkeypatch.setenv("HUIWU_HOME", str(tmp_path / "home"))
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "h.db"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(article), "--db", str(db)]).exit_code == 0
    listed = runner.invoke(main, ["lexicon", "candidates", "--db", str(db), "--format", "json"])
    assert listed.exit_code == 0 and "李敬文" in listed.output
    import json

    ident = next(c["id"] for c in json.loads(listed.output) if c["name"] == "李敬文")
    result = runner.invoke(main, ["lexicon", "reject", ident, "--db", str(db)])
    assert result.exit_code == 0 and "rejected" in result.output
    listed = runner.invoke(main, ["lexicon", "candidates", "--db", str(db), "--format", "json"])
    assert ident not in listed.output
    assert runner.invoke(main, ["lexicon", "accept", "nope", "--db", str(db)]).exit_code == 2


def test_titles_come_from_the_posts_held_on_the_event_date(lexicon):
    def titles_of_wang(day: str) -> tuple[str, ...]:
        events = huiwu.extract(f"{day}，王毅在北京会见美国总统气候问题特使克里。", published=day)
        return next(p.titles for e in events for p in (*e.actors, *e.recipients) if p.name == "王毅")

    assert "外交部长" in titles_of_wang("2023-07-26")
    assert "外交部长" not in titles_of_wang("2023-07-20")
