import json

from huiwu.ingest import read_path
from huiwu.model import Article, Failure

TEXT = "新华社北京11月9日电 国务院副总理何立峰在北京会见美国财政部长耶伦。"


def read_all(path):
    return list(read_path(str(path)))


def test_decodes_gb18030_big5_and_utf16(tmp_path):
    (tmp_path / "gb.txt").write_bytes(TEXT.encode("gb18030"))
    (tmp_path / "big5.txt").write_bytes("國務院副總理何立峰在北京會見美國財政部長葉倫。".encode("big5"))
    (tmp_path / "u16.txt").write_bytes(TEXT.encode("utf-16"))
    items = read_all(tmp_path)
    assert all(isinstance(i, Article) for i in items), items
    texts = {i.path.rsplit("/", 1)[-1]: i.text for i in items}
    assert texts["gb.txt"] == TEXT
    assert texts["big5.txt"].startswith("國務院副總理")
    assert texts["u16.txt"] == TEXT


def test_empty_and_binary_files_fail_alone_with_a_reason(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes(bytes(range(256)) * 8)
    items = read_all(tmp_path)
    failures = {i.doc.rsplit("/", 1)[-1]: i.reason for i in items if isinstance(i, Failure)}
    assert set(failures) == {"b.txt", "c.txt"}
    assert "empty" in failures["b.txt"]
    assert "binary" in failures["c.txt"] or "decode" in failures["c.txt"]
    assert sum(isinstance(i, Article) for i in items) == 1


def test_jsonl_lines_are_documents_and_bad_lines_are_reported(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": TEXT, "title": "会见", "url": "http://x/1", "outlet": "新华社",
                    "published": "2023-11-10"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "a3"}),
        json.dumps({"id": "a4", "text": TEXT, "published": "yesterday"}, ensure_ascii=False),
        json.dumps([1, 2]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all(path)
    articles = [i for i in items if isinstance(i, Article)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert len(articles) == 1 and articles[0].ident == "a1" and articles[0].published.isoformat() == "2023-11-10"
    assert [f.doc.rsplit(":", 1)[-1] for f in failures] == ["2", "3", "4", "5"]
    assert "JSON" in failures[0].reason and "text" in failures[1].reason and "published" in failures[2].reason


def test_html_main_text_title_and_date(tmp_path):
    page = f"""<html><head><title>何立峰会见耶伦</title>
    <meta property="article:published_time" content="2023-11-10T08:00:00+08:00"></head>
    <body><nav><a href="/">首页</a> <a href="/intl">国际</a></nav>
    <article><h1>何立峰会见耶伦</h1><p>{TEXT}</p><p>双方就中美经贸关系深入交换意见，同意保持沟通。</p></article>
    <footer>版权所有 联系我们</footer><script>alert(1)</script></body></html>"""
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    [article] = read_all(tmp_path / "page.html")
    assert isinstance(article, Article)
    assert "何立峰在北京会见" in article.text and "alert" not in article.text and "版权所有" not in article.text
    assert article.published.isoformat() == "2023-11-10"
    assert article.title == "何立峰会见耶伦"


def test_markdown_title_and_a_missing_path(tmp_path):
    (tmp_path / "a.md").write_text("# 何立峰访美\n\n**正文**。", encoding="utf-8")
    [article] = read_all(tmp_path / "a.md")
    assert article.title == "何立峰访美" and article.markup == "markdown"
    [failure] = read_all(tmp_path / "missing.txt")
    assert isinstance(failure, Failure) and "no such file" in failure.reason


def test_symlink_loops_are_walked_once(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path)
    items = read_all(tmp_path)
    assert len(items) == 1
