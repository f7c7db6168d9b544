import json

from click.testing import CliRunner

from huiwu.cli import main

from .conftest import DATA, ROOT

EXAMPLE = ROOT / "huiwu" / "examples" / "xinhua-wang-yi-blinken.txt"


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_extract_table_names_the_events():
    result = run("extract", str(EXAMPLE))
    assert result.exit_code == 0, result.output
    assert "meet" in result.output and "布林肯" in result.output and "秦刚" in result.output


def test_extract_jsonl_follows_the_contract_and_reads_stdin():
    text = EXAMPLE.read_text(encoding="utf-8")
    result = run("extract", "-", "--format", "jsonl", input=text.encode("utf-8"))
    assert result.exit_code == 0
    events = [json.loads(line) for line in result.output.splitlines()]
    assert events and all(e["sources"][0]["published"] == "2023-06-19" for e in events)
    assert {"meet", "talks"} <= {e["type"] for e in events}


def test_a_bad_file_is_one_line_and_the_others_still_run(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    result = run("extract", str(bad), str(EXAMPLE), "--format", "json")
    assert result.exit_code == 1
    assert f"huiwu: {bad}: the file is empty" in result.output
    payload = result.output[result.output.index("["):]
    assert len(json.loads(payload)) >= 3


def test_a_missing_publication_date_is_said_not_guessed(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("19日，国家主席习近平会见美国国务卿布林肯。", encoding="utf-8")
    result = run("extract", str(path), "--format", "jsonl")
    assert "no publication date" in result.output
    result = run("extract", str(path), "--format", "jsonl", "--published", "2023-06-20")
    event = json.loads(result.output.splitlines()[-1])
    assert event["date"]["start"] == "2023-06-19"


def test_bad_published_option_is_a_usage_error():
    result = run("extract", str(EXAMPLE), "--published", "June")
    assert result.exit_code == 2 and "published" in result.output


def test_eval_prints_scores_and_json():
    result = run("eval", "--gold", str(DATA / "gold"), "--texts", str(DATA / "articles"), "--format", "json")
    assert result.exit_code == 0
    report = json.loads(result.output)
    assert report["overall"]["gold"] > 200
    assert 0 < report["overall"]["f1"] <= 1
    table = run("eval", "--gold", str(DATA / "gold"), "--texts", str(DATA / "articles"))
    assert "core recall" in table.output and "precision" in table.output


def test_who_and_person():
    result = run("who", "国务卿", "--on", "2023-11-10")
    assert result.exit_code == 0 and "布林肯" in result.output
    result = run("who", "外长", "--country", "CHN", "--on", "2023-07-01")
    assert "秦刚" in result.output and "王毅" not in result.output
    result = run("person", "葉倫")
    assert "Janet Yellen" in result.output and "财政部长" in result.output
    assert run("who", "没有这个职务").exit_code == 2


def test_lexicon_check_is_clean():
    result = run("lexicon", "check")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("0 problems")
