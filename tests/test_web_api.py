"""The web API in-process (FastAPI's TestClient) over a real SQLite file built by ingesting
articles written for these tests: pages and JSON from the same data, one error shape, escaping,
bound SQL parameters, static files only from the package, the token, the body cap."""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from huiwu.ingest import read_paths  # noqa: E402
from huiwu.store import Store  # noqa: E402
from huiwu.web import create_app  # noqa: E402

TOKEN = "t0ken-for-tests"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
EVIL_TITLE = "<script>alert(1)</script>王毅会见维文<img src=x onerror=alert(1)>"
EVIL_TEXT = ("新华社北京2023年8月1日电 外交部长王毅8月1日在北京会见新加坡外长维文。"
             "<script>alert(1)</script><img src=x onerror=alert(1)> 详情见<a href=\"javascript:alert(1)\">这里</a>。")
ARTICLES = {
    "xinhua-meeting.txt": (
        "习近平会见美国国务卿布林肯\n\n"
        "新华社北京2023年6月19日电 国家主席习近平6月19日下午在北京人民大会堂会见美国国务卿布林肯。\n\n"
        "习近平指出，中美关系稳定发展是两国人民的共同期待。布林肯表示，美方致力于推动双边关系。\n"),
    "hk-meeting.txt": (
        "習近平會見布林肯\n\n"
        "【香港電】2023年6月19日，國家主席習近平在北京人民大會堂會見美國國務卿布林肯。雙方就中美關係交換意見。\n"),
    "lavrov-call.txt": (
        "王毅同俄罗斯外长拉夫罗夫通电话\n\n"
        "新华社北京2023年7月5日电 中共中央政治局委员、外交部长王毅7月5日应约同俄罗斯外长拉夫罗夫通电话。\n"),
    "evil.jsonl": json.dumps({"id": "evil", "title": EVIL_TITLE, "published": "2023-08-01", "text": EVIL_TEXT},
                             ensure_ascii=False) + "\n",
}
UNKNOWN_OFFICIAL = ("unknown-official.txt",
                    "新华社北京2023年9月1日电 外交部副部长林晓明9月1日在北京会见新西兰外交贸易部秘书长苏睿。\n")
LATE_REPORT = ("chinanews-meeting.txt",
               "习近平会见布林肯\n\n中新网北京6月19日电 中国国家主席习近平2023年6月19日在北京会见美国国务卿布林肯。\n")
INJECTIONS = ["' OR 1=1 --", "\"; DROP TABLE clusters; --", "习近平' UNION SELECT json FROM clusters --",
              "%' OR '%'='", "1) OR (1=1", "\\x00'"]


def write_articles(folder: Path, articles: dict[str, str] = ARTICLES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def build_db(folder: Path, articles: dict[str, str] = ARTICLES) -> Path:
    """A database from the test articles (ingested like `huiwu ingest`)."""
    written = write_articles(folder / "articles", articles)
    path = folder / "huiwu.db"
    with Store(path) as store:
        summary = store.ingest(read_paths([str(written)]))
    assert summary.failed == 0 and summary.new == len(articles)
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return build_db(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return TestClient(create_app(db), raise_server_exceptions=False)


@pytest.fixture
def writable(tmp_path) -> TestClient:
    return TestClient(create_app(build_db(tmp_path), token=TOKEN, kb_dir=tmp_path / "kb"),
                      raise_server_exceptions=False)


def meeting(client: TestClient) -> dict:
    [found] = client.get("/api/events", params={"type": "meet", "actor": "布林肯"}).json()["events"]
    return found


# ---- pages and their JSON --------------------------------------------------------------------
PAGES = ["/", "/events", "/events?type=meet", "/timeline?a=CHN&b=USA", "/timeline?a=习近平", "/network",
         "/network?kind=all", "/review", "/entity/person/xi-jinping", "/entity/country/USA"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_and_has_its_json(client, path):
    page = client.get(path)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "content-security-policy" in page.headers
    api = "/api/home" if path == "/" else "/api" + path
    data = client.get(api)
    assert data.status_code == 200 and isinstance(data.json(), dict)


def test_summary_counts_the_corpus(client):
    data = client.get("/api/home").json()
    assert data["documents"] == 4 and data["events"] == 3
    assert {row["type"] for row in data["by_type"]} == {"meet", "call"}
    assert [row["month"] for row in data["by_month"]] == ["2023-06", "2023-07", "2023-08"]
    assert "<svg" in client.get("/").text


def test_the_two_reports_of_one_meeting_are_one_event_with_both_sources(client):
    event = meeting(client)
    assert event["sources"] == 2 and event["date_label"] == "2023-06-19"
    assert [p["name"] for p in event["actors"]] == ["习近平"] and "国家主席" in event["actors"][0]["titles"]
    page = client.get(f"/api/events/{event['id']}").json()
    assert len(page["sources"]) == 2 and page["event"]["cameo"] and page["event"]["plover"]["type"] == "CONSULT"
    assert "review" in page["event"] or page["review"] == {"state": None, "corrections": []}


def test_event_page_marks_the_spans_in_each_source(client):
    event = meeting(client)
    html = client.get(f"/events/{event['id']}").text
    assert re.search(r'<mark class="m-recipient"[^>]*><a href="/entity/person/antony-blinken">布林肯</a></mark>', html)
    assert re.search(r'<mark class="m-actor"[^>]*><a href="/entity/person/xi-jinping">習近平</a></mark>', html)
    assert re.search(r'<mark class="m-cue"[^>]*>會見</mark>', html)
    data = client.get(f"/api/events/{event['id']}").json()
    for source in data["sources"]:
        for mark in source["marks"]:
            document = client.get(f"/api/documents/{source['document']}").json()
            assert document["text"][mark["start"]:mark["end"]]


def test_filters_search_and_pagination(client):
    assert client.get("/api/events", params={"text": "會見"}).json()["total"] == 2
    assert client.get("/api/events", params={"actor": "Wang Yi"}).json()["total"] == 2
    assert client.get("/api/events", params={"country": "rus"}).json()["total"] == 1
    assert client.get("/api/events", params={"since": "2023-07", "until": "2023-07-31"}).json()["total"] == 1
    assert client.get("/api/events", params={"status": "planned"}).json()["total"] == 0
    data = client.get("/api/events", params={"page": 9}).json()
    assert data["page"] == 1 and data["pages"] == 1 and data["next"] is None


def test_person_country_timeline_and_network(client):
    person = client.get("/api/entity/person/wang-yi").json()
    assert person["entity"]["name_en"] == "Wang Yi" and person["posts"] and person["events"] == 2
    assert {c["name"] for c in person["counterparts"]} == {"拉夫罗夫", "维文"}
    country = client.get("/api/entity/country/USA").json()
    assert country["counterparts"][0]["name"] == "习近平"
    timeline = client.get("/api/timeline", params={"a": "CHN", "b": "USA"}).json()
    assert [i["type"] for i in timeline["items"]] == ["meet"] and timeline["zoom"]["in"].startswith("/timeline?")
    zoomed = client.get("/api/timeline", params={"a": "王毅", "since": "2023-07", "until": "2023-07"}).json()
    assert [i["type"] for i in zoomed["items"]] == ["call"]
    network = client.get("/api/network").json()
    names = {n["name"]: n for n in network["nodes"]}
    assert {"习近平", "布林肯", "王毅", "拉夫罗夫", "维文"} <= set(names)
    assert names["习近平"]["href"] == "/entity/person/xi-jinping" and names["习近平"]["colour"] != names["布林肯"]["colour"]
    assert '<a href="/entity/person/xi-jinping">' in client.get("/network").text


def test_article_page_links_every_mention_and_event(client):
    event = meeting(client)
    doc = client.get(f"/api/events/{event['id']}").json()["sources"][0]["document"]
    html = client.get(f"/documents/{doc}").text
    assert f'href="/events/{event["id"]}"' in html and 'href="/entity/person/antony-blinken"' in html


# ---- hostile content ---------------------------------------------------------------------
def _evil_doc(client: TestClient) -> str:
    [row] = client.get("/api/events", params={"actor": "维文"}).json()["events"]
    return client.get(f"/api/events/{row['id']}").json()["sources"][0]["document"], row["id"]


def test_malicious_article_is_escaped_everywhere(client):
    doc, event = _evil_doc(client)
    pages = [f"/documents/{doc}", f"/events/{event}", "/", "/events", "/events?text=script",
             "/entity/person/wang-yi", "/timeline?a=王毅"]
    for path in pages:
        html = client.get(path).text
        assert "<script>alert" not in html and "<img src=x" not in html, path
        assert 'href="javascript:' not in html.lower(), path
        assert not re.search(r"<[a-z]+[^>]*\sonerror=", html, re.I), path
    html = client.get(f"/documents/{doc}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert client.get(f"/api/documents/{doc}").json()["document"]["title"] == EVIL_TITLE


def test_hostile_query_parameters_are_echoed_escaped(client):
    html = client.get("/events", params={"actor": '"><script>alert(1)</script>', "text": "<img src=x onerror=alert(1)>"}).text
    assert "<script>alert(1)" not in html and "<img src=x" not in html


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_strings_are_only_data(client, value):
    for params in ({"actor": value}, {"text": value}, {"country": value}):
        answer = client.get("/api/events", params=params)
        assert answer.status_code == 200 and answer.json()["total"] == 0, params
    assert client.get("/api/timeline", params={"a": value, "b": value}).json()["items"] == []
    assert client.get(f"/api/events/{value}").status_code == 404
    assert client.get("/api/home").json()["events"] == 3


@pytest.mark.parametrize("path", [
    "/static/../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd", "/static/..%2f..%2fetc%2fpasswd",
    "/static/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/static/....//....//etc/passwd", "/static/%252e%252e%252fetc%252fpasswd",
    "/static/..\\..\\pyproject.toml", "/static/../app.py", "/static/", "/static/%00style.css", "/static/.hidden",
])
def test_no_file_outside_the_static_folder(client, path):
    answer = client.get(path)
    assert answer.status_code == 404 and "root:" not in answer.text


def test_static_files_are_served(client):
    assert client.get("/static/style.css").headers["content-type"].startswith("text/css")


# ---- errors ------------------------------------------------------------------------------
@pytest.mark.parametrize(("method", "path", "kwargs", "status"), [
    ("get", "/api/events?since=yesterday", {}, 400),
    ("get", "/api/events?type=party", {}, 400),
    ("get", "/api/events/ev_missing", {}, 404),
    ("get", "/api/nowhere", {}, 404),
    ("get", "/api/events?page=zero", {}, 422),
    ("get", "/api/network?limit=0", {}, 422),
    ("post", "/api/events/ev_x/review", {"json": {"action": "confirm"}}, 403),
    ("post", "/api/events/ev_x/review", {"content": b"x" * 70_000, "headers": {"content-type": "application/json"}}, 413),
])
def test_one_error_shape(client, method, path, kwargs, status):
    answer = getattr(client, method)(path, **kwargs)
    assert answer.status_code == status
    assert answer.json() == {"error": {"status": status, "message": answer.json()["error"]["message"]}}
    assert answer.json()["error"]["message"]


def test_html_errors_are_pages(client):
    answer = client.get("/events/ev_missing")
    assert answer.status_code == 404 and "<h1>404</h1>" in answer.text


def test_unexpected_errors_are_500_in_the_same_shape(db):
    app = create_app(db)

    @app.get("/api/boom")
    def boom() -> None:
        raise RuntimeError("secret detail")
    answer = TestClient(app, raise_server_exceptions=False).get("/api/boom")
    assert answer.status_code == 500 and "secret" not in answer.text
    assert answer.json()["error"]["status"] == 500


def test_openapi_documents_the_api(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/home", "/api/events", "/api/events/{ident}", "/api/entity/{kind}/{slug}", "/api/timeline",
                 "/api/network", "/api/documents/{doc_id}", "/api/review", "/api/events/{ident}/review",
                 "/api/kb/{candidate}"):
        assert path in spec["paths"], path
    assert not any(p.startswith("/events") for p in spec["paths"])
    assert client.get("/docs").status_code == 404


def test_every_route_and_option_is_documented():
    from huiwu.cli import main

    text = (Path(__file__).resolve().parents[1] / "docs" / "web.md").read_text(encoding="utf-8")
    for parameter in main.commands["serve"].params:
        for option in getattr(parameter, "opts", []):
            assert option in text, option
    for path in ("/api/home", "/api/events", "/api/events/{id}", "/api/entity/{kind}/{slug}", "/api/timeline",
                 "/api/network", "/api/documents/{id}", "/api/review", "/api/events/{id}/review", "/api/kb/{candidate}"):
        assert f"`{path}`" in text or f"`GET {path}`" in text or f"`POST {path}`" in text, path


# ---- writes ------------------------------------------------------------------------------
def test_without_a_configured_token_every_write_is_refused(client):
    event = meeting(client)
    for headers in ({}, AUTH, {"Authorization": "Bearer "}):
        answer = client.post(f"/api/events/{event['id']}/review", json={"action": "confirm"}, headers=headers)
        assert answer.status_code == 403 and "read-only" in answer.json()["error"]["message"]
    form = client.post(f"/events/{event['id']}/review", data={"token": TOKEN, "do": "confirm"})
    assert form.status_code == 403 and "<h1>403</h1>" in form.text


def test_a_wrong_token_is_refused_and_nothing_changes(writable):
    event = meeting(writable)
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"},
                    {"Authorization": f"Bearer {TOKEN}x"}):
        answer = writable.post(f"/api/events/{event['id']}/review", json={"action": "reject"}, headers=headers)
        assert answer.status_code == 403
    form = writable.post(f"/events/{event['id']}/review", data={"token": "nope", "do": "reject"})
    assert form.status_code == 403
    assert writable.get(f"/api/events/{event['id']}").json()["review"]["corrections"] == []


def test_corrections_through_the_api_show_on_the_event(writable):
    event = meeting(writable)["id"]
    post = lambda body: writable.post(f"/api/events/{event}/review", json=body, headers=AUTH)  # noqa: E731
    assert post({"action": "confirm", "author": "ana", "note": "checked <b>both</b>"}).status_code == 200
    assert post({"action": "edit", "field": "date", "value": {"start": "2023-06-18"}}).status_code == 200
    assert post({"action": "edit", "field": "type", "value": "talks"}).status_code == 200
    assert post({"action": "edit", "field": "location", "value": "钓鱼台国宾馆"}).status_code == 200
    assert post({"action": "edit", "field": "date", "value": {"start": "2023-02-30"}}).status_code == 400
    assert post({"action": "edit", "field": "status", "value": "maybe"}).status_code == 400
    data = writable.get(f"/api/events/{event}").json()["event"]
    assert data["review"]["state"] == "confirmed" and data["date"]["start"] == "2023-06-18"
    assert data["type"] == "talks" and data["cameo"] == "046" and data["location"]["name"] == "钓鱼台国宾馆"
    assert [c["author"] for c in data["review"]["corrections"]] == ["ana", "reviewer", "reviewer", "reviewer"]
    assert writable.get("/api/events", params={"type": "talks"}).json()["total"] == 1
    html = writable.get(f"/events/{event}").text
    assert "checked &lt;b&gt;both&lt;/b&gt;" in html and "review-confirmed" in html


def test_the_review_form_needs_the_token_field(writable):
    event = meeting(writable)["id"]
    answer = writable.post(f"/events/{event}/review", data={"token": TOKEN, "do": "reject", "author": "bo"},
                           follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == f"/events/{event}#review"
    assert writable.get(f"/api/events/{event}").json()["event"]["review"]["state"] == "rejected"
    bad = writable.post(f"/events/{event}/review", data={"token": TOKEN, "do": "explode"})
    assert bad.status_code == 400


def test_split_and_merge_from_the_api(writable):
    event = meeting(writable)
    sources = writable.get(f"/api/events/{event['id']}").json()["sources"]
    split = writable.post(f"/api/events/{event['id']}/review", json={"action": "split", "value": sources[1]["document"]},
                          headers=AUTH)
    assert split.status_code == 200
    rows = writable.get("/api/events", params={"actor": "布林肯"}).json()["events"]
    assert sorted(r["sources"] for r in rows) == [1, 1]
    other = next(r["id"] for r in rows if r["id"] != event["id"])
    merged = writable.post(f"/api/events/{event['id']}/review", json={"action": "merge", "value": other}, headers=AUTH)
    assert merged.status_code == 200
    [row] = writable.get("/api/events", params={"actor": "布林肯"}).json()["events"]
    assert row["sources"] == 2
    assert writable.post(f"/api/events/{event['id']}/review", json={"action": "merge", "value": event["id"]},
                         headers=AUTH).status_code == 400


def test_knowledge_base_candidates_are_accepted_or_rejected_with_the_token(tmp_path):
    path = build_db(tmp_path, {**ARTICLES, UNKNOWN_OFFICIAL[0]: UNKNOWN_OFFICIAL[1]})
    client = TestClient(create_app(path, token=TOKEN, kb_dir=tmp_path / "kb"), raise_server_exceptions=False)
    candidates = {c["name"]: c for c in client.get("/api/review").json()["candidates"]}
    assert {"林晓明", "苏睿"} <= set(candidates)
    assert candidates["林晓明"]["post"] == "post/chn/vice-foreign-minister"
    assert "林晓明" in client.get("/review").text
    ident = candidates["林晓明"]["id"]
    assert client.post(f"/api/kb/{ident}", json={"verdict": "accepted"}).status_code == 403
    answer = client.post(f"/api/kb/{ident}", json={"verdict": "accepted", "author": "ana"}, headers=AUTH)
    assert answer.status_code == 200 and answer.json()["verdict"] == "accepted"
    form = client.post(f"/review/kb/{candidates['苏睿']['id']}", data={"token": TOKEN, "verdict": "rejected"},
                       follow_redirects=False)
    assert form.status_code == 303
    data = client.get("/api/review").json()
    assert not {"林晓明", "苏睿"} & {c["name"] for c in data["candidates"]}
    assert [(d["data"]["name"], d["verdict"], d["author"]) for d in data["decisions"]] == [
        ("苏睿", "rejected", "reviewer"), ("林晓明", "accepted", "ana")]
    assert "林晓明" in (tmp_path / "kb" / "persons-user.tsv").read_text(encoding="utf-8")
    assert client.post(f"/api/kb/{ident}", json={"verdict": "accepted"}, headers=AUTH).status_code == 404


def test_pages_answer_while_an_ingest_writes(tmp_path):
    """Reads during a running ingest: never an error, never older than the last commit."""
    path = build_db(tmp_path)
    client = TestClient(create_app(path), raise_server_exceptions=False)
    # enough documents that the ingest outlasts several reads even on a loaded machine
    more = {f"more-{month}-{day:02d}.txt": f"新华社北京2023年{month}月{day}日电 外交部长王毅{day}日在北京会见新加坡外长维文。"
            f"第{day}次。\n" for month in (9, 10, 11) for day in range(1, 29)}
    folder = write_articles(tmp_path / "more", more)
    seen: list[int] = []
    statuses: set[int] = set()

    def ingest() -> None:
        with Store(path) as store:
            store.ingest(read_paths([str(folder)]))
    writer = threading.Thread(target=ingest)
    writer.start()
    while writer.is_alive():
        answer = client.get("/api/home")
        statuses.add(answer.status_code)
        statuses.add(client.get("/api/events", params={"actor": "维文"}).status_code)
        if answer.status_code == 200:
            seen.append(answer.json()["documents"])
    writer.join()
    assert statuses == {200} and seen == sorted(seen) and len(set(seen)) > 1
    assert client.get("/api/home").json()["documents"] == len(ARTICLES) + len(more)
