import io
import json

from newsgraph.io import read_paths
from newsgraph.model import Article, Failure


def _items(*paths, **kw):
    return list(read_paths([str(p) for p in paths], **kw))


def test_txt_is_read_exactly_as_decoded(tmp_path):
    raw = "First line\r\nSecond “line” with café\n\nThird\u00a0end"
    p = tmp_path / "story-1.txt"
    p.write_bytes(raw.encode("utf-8"))
    [a] = _items(p)
    assert isinstance(a, Article)
    assert a.id == "story-1" and a.text == raw


def test_txt_bom_is_dropped_and_defaults_applied(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"\xef\xbb\xbfHello world.")
    [a] = _items(p, published="2023-03-20", source="Wire")
    assert a.text == "Hello world." and a.published == "2023-03-20" and a.source == "Wire"


def test_non_utf8_falls_back_with_a_warning(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Caf\u00e9 owner said it was fine.".encode("cp1252"))
    [a] = _items(p)
    assert a.text == "Café owner said it was fine."
    assert a.warnings and "not valid UTF-8" in a.warnings[0]


def test_empty_and_binary_files_fail_cleanly(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 4)
    empty, blob = _items(tmp_path / "empty.txt", tmp_path / "blob.txt")
    assert isinstance(empty, Failure) and empty.type == "EmptyArticleError"
    assert isinstance(blob, Failure) and blob.type == "BinaryInputError"


def test_too_large_article_is_an_error(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("word " * 1000)
    [f] = _items(p, max_chars=100)
    assert isinstance(f, Failure) and f.type == "ArticleTooLargeError"


def test_missing_path_is_an_error(tmp_path):
    [f] = _items(tmp_path / "nope.txt")
    assert isinstance(f, Failure) and "no such file" in f.message


def test_jsonl_good_and_bad_lines_keep_order(tmp_path):
    p = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Alpha said hi.", "published": "2023-01-02", "source": "X"}),
        "{not json",
        json.dumps({"id": "c", "text": 42}),
        "",
        json.dumps({"id": "d"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "No id here."}),
    ]
    p.write_text("\n".join(lines) + "\n")
    items = _items(p)
    assert [type(x).__name__ for x in items] == ["Article", "Failure", "Failure", "Failure", "Failure", "Article"]
    assert items[0].published == "2023-01-02" and items[0].source == "X"
    assert items[1].id == "corpus:2" and "not valid JSON" in items[1].message
    assert items[2].id == "c" and "not a string" in items[2].message
    assert items[5].id == "corpus:7"


def test_jsonl_html_field(tmp_path):
    html = ("<html><head><title>T</title></head><body><article><p>The mayor said the bridge "
            "would reopen on Friday after repairs were finished by the city crews.</p>"
            "<script>alert(1)</script></article></body></html>")
    p = tmp_path / "pages.jsonl"
    p.write_text(json.dumps({"id": "h1", "html": html}) + "\n")
    [a] = _items(p)
    assert isinstance(a, Article)
    assert "bridge would reopen" in a.text and "alert" not in a.text


def test_html_file(tmp_path):
    p = tmp_path / "page.html"
    p.write_text("<html><head><title>Head</title><meta property='article:published_time' "
                 "content='2023-03-20'></head><body><article><h1>Head</h1><p>A long enough "
                 "paragraph of article text for the extractor to keep it as the main body.</p>"
                 "</article></body></html>")
    [a] = _items(p)
    assert a.id == "page" and "long enough paragraph" in a.text
    assert a.published == "2023-03-20"


def test_directory_is_recursive_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("two")
    (tmp_path / "a.txt").write_text("one")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "three", "text": "three"}) + "\n")
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    items = _items(tmp_path)
    assert [x.id for x in items] == ["a", "2", "three"]


def test_stdin_text_and_jsonl(monkeypatch):
    class Stdin:
        def __init__(self, data):
            self.buffer = io.BytesIO(data)
    monkeypatch.setattr("sys.stdin", Stdin(b"Plain text from a pipe."))
    [a] = _items("-")
    assert a.id == "stdin" and a.text == "Plain text from a pipe."
    monkeypatch.setattr("sys.stdin", Stdin(b'{"id": "j", "text": "x"}\n{"id": "k", "text": "y"}\n'))
    assert [x.id for x in _items("-")] == ["j", "k"]


def test_warc_html_responses_are_articles(tmp_path):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        html = ("<html><head><title>T</title><meta property='article:published_time' content='2023-03-20'>"
                "</head><body><article><p>The council said the new library would open in the spring "
                "after two years of building work.</p></article></body></html>").encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record("https://example.org/a", "response",
                                                      payload=BytesIO(html), http_headers=headers))
        img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record("https://example.org/i.png", "response",
                                                      payload=BytesIO(b"\x89PNG"), http_headers=img))
    items = _items(path)
    assert len(items) == 1
    a = items[0]
    assert isinstance(a, Article) and "library would open" in a.text
    assert a.url == "https://example.org/a" and a.published == "2023-03-20"


PAGE = ("<!doctype html><html><head><title>Bridge to reopen</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav>"
        "<article><p>Mayor Ann Lee said on Monday that the old bridge would reopen in June, "
        "after two years of repairs that cost the city more than it had planned.</p></article>"
        "</body></html>")


def test_html_given_as_text_is_read_as_html_with_a_warning(tmp_path):
    from newsgraph.io.html import SNIFFED, looks_like_html
    assert looks_like_html(PAGE) and not looks_like_html("A <b>bold</b> claim, she said.")
    hostile = "<script>alert(1)</script> Mayor <b>Ann</b> Lee said the <img src=x onerror=alert(1)> bridge reopened."
    assert not looks_like_html(hostile)        # text with a few tags, shown escaped, never parsed
    (tmp_path / "page.txt").write_text(PAGE)
    [art] = list(read_paths([tmp_path / "page.txt"]))
    assert "<" not in art.text and "Ann Lee" in art.text and art.title == "Bridge to reopen"
    assert SNIFFED in art.warnings
    jsonl = tmp_path / "c.jsonl"
    jsonl.write_text(json.dumps({"id": "p", "text": PAGE, "title": "Own title"}) + "\n")
    [art] = list(read_paths([jsonl]))
    assert "<" not in art.text and art.title == "Own title" and SNIFFED in art.warnings


def test_html_on_stdin_is_read_as_html(monkeypatch):
    import io
    import sys
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode("utf-8"))))
    [art] = list(read_paths(["-"]))
    assert art.id == "stdin" and "<nav" not in art.text and "Ann Lee" in art.text


def test_sidecar_metadata_and_a_broken_sidecar(tmp_path):
    (tmp_path / "a.txt").write_text("Mayor Ann Lee said the bridge would reopen.")
    (tmp_path / "a.json").write_text('{"title": "Bridge", "published": "2024-02-01", "source": "Herald", "x": 1}')
    (tmp_path / "b.txt").write_text("Port chief Bo Chan said the strike was over.")
    (tmp_path / "b.json").write_text("{not json")
    a, b = list(read_paths([tmp_path]))
    assert (a.title, a.published, a.source) == ("Bridge", "2024-02-01", "Herald")
    assert b.title is None and any("b.json ignored" in w for w in b.warnings)


def test_articles_are_counted_without_reading_them(tmp_path):
    from newsgraph.io.count import count_articles
    (tmp_path / "a.txt").write_text("One.")
    (tmp_path / "notes.md").write_text("not an article")
    (tmp_path / "c.jsonl").write_text('{"id": 1, "text": "x"}\n{"id": 2, "text": "y"}\n{"id": 3, "text": "z"}')
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.html").write_text("<html></html>")
    assert count_articles([tmp_path]) == 5          # 1 text + 3 JSONL lines + 1 page
    assert count_articles([tmp_path / "a.txt", "-"]) is None


def test_a_byline_comes_from_jsonl_and_from_a_metadata_table(tmp_path):
    from newsgraph.io.metadata import load_metadata
    from newsgraph.io.readers import article_from_dict
    a = article_from_dict({"id": "x", "text": "Some text here.", "author": "Grace Okafor"}, default_id="x")
    assert a.author == "Grace Okafor"
    table = tmp_path / "metadata.tsv"
    table.write_text("filename\tpublication_date\tauthor\nop1.txt\t2016-03-11\tKofi Mensah\nop2.txt\t2016-03-12\tNone\n",
                     encoding="utf-8")
    meta = load_metadata(table)
    assert meta["op1"]["author"] == "Kofi Mensah" and "author" not in meta["op2"]

