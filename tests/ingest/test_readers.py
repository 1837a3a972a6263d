"""read_documents: one Document per document, one IngestError per bad input, batch goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readout.ingest.readers import read_documents
from readout.model import Document, IngestError

from ._support import READOUT, shared_file

FRENCH = (
    "Le ministre des Affaires étrangères a rencontré son homologue dans la capitale. Les deux "
    "parties ont échangé leurs vues sur les relations bilatérales et sur les questions "
    "régionales d'intérêt commun. Il a déclaré que son pays est prêt à renforcer la coopération."
)
CHINESE = "2021年3月3日，外交部长在首都会见了来访的北国外交部长。双方就双边关系和共同关心的地区问题交换了意见。"


def read(*paths: str | Path, max_bytes: int = 10_000_000) -> list[Document | IngestError]:
    return list(read_documents(paths, max_bytes=max_bytes))


def docs(items: list[Document | IngestError]) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def errors(items: list[Document | IngestError]) -> list[IngestError]:
    return [item for item in items if isinstance(item, IngestError)]


def only_error(items: list[Document | IngestError], where: str) -> IngestError:
    """The single error of a batch for ``where``; fails if there are none or several."""
    found = [e for e in errors(items) if e.where == where]
    assert len(found) == 1, (where, errors(items))
    assert "\n" not in found[0].reason
    return found[0]


def page(title: str = "Foreign Minister Berg Meets with Foreign Minister Ostrov") -> str:
    return f"Home > Headlines\n{title}\n2021-03-04 10:33\n\n{READOUT}\n\nSuggest to a friend:\n"


# --- good inputs -------------------------------------------------------------------------


def test_txt_document(tmp_path: Path) -> None:
    path = tmp_path / "berg_ostrov.txt"
    path.write_text(page(), encoding="utf-8")
    [doc] = read(path)
    assert isinstance(doc, Document)
    assert doc.id == "berg_ostrov"
    assert doc.text == page()  # untouched, furniture and all
    assert doc.title == "Foreign Minister Berg Meets with Foreign Minister Ostrov"
    assert doc.published == "2021-03-04"
    assert doc.source == str(path)


def test_txt_keeps_exact_characters_and_drops_bom(tmp_path: Path) -> None:
    text = "Envoy\u00a0Meets \u201cMinister\u201d\r\n\r\n" + READOUT
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    [doc] = read(path)
    assert isinstance(doc, Document)
    assert doc.text == text
    assert doc.title == "Envoy\u00a0Meets \u201cMinister\u201d"
    assert doc.published is None


def test_html_document(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Berg Meets Ostrov | Ministry</title>"
        '<meta property="article:published_time" content="2021-03-04T10:00:00Z"></head>'
        "<body><nav><a href='/'>Home</a> | <a href='/news'>News</a></nav>"
        "<article><h1>Berg Meets Ostrov</h1>"
        + "".join(f"<p>{sentence}.</p>" for sentence in READOUT.split(". "))
        + "</article><footer>Copyright Ministry of Foreign Affairs</footer></body></html>"
    )
    path = tmp_path / "berg.html"
    path.write_text(html, encoding="utf-8")
    [doc] = read(path)
    assert isinstance(doc, Document)
    assert doc.id == "berg"
    assert "exchanged views on bilateral" in doc.text
    assert "Copyright" not in doc.text and "<p>" not in doc.text
    assert doc.title and "Berg Meets Ostrov" in doc.title
    assert doc.published == "2021-03-04"


def test_html_published_from_header_text_when_no_metadata(tmp_path: Path) -> None:
    html = f"<html><body><div><p>Updated: July 16, 2020 08:42</p><p>{READOUT}</p></div></body></html>"
    path = tmp_path / "dated.htm"
    path.write_text(html, encoding="utf-8")
    [doc] = read(path)
    assert isinstance(doc, Document)
    assert doc.published == "2020-07-16"


def test_malformed_html_still_extracted(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text(f"<html><body><div><p><b>Envoy Meets Minister<p>{READOUT}<td><span", encoding="utf-8")
    [doc] = read(path)
    assert isinstance(doc, Document), doc
    assert "exchanged views on bilateral relations" in doc.text
    assert "<" not in doc.text


def test_jsonl_documents(tmp_path: Path) -> None:
    rows = [
        {
            "id": "a1",
            "title": "T1",
            "text": READOUT,
            "published": "2021-03-04",
            "publisher": "MFA",
            "url": "https://example.org/a1",
            "gold": {"events": []},
        },
        {"id": "a2", "text": READOUT},
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps(rows[0]) + "\n\n" + json.dumps(rows[1]) + "\n", encoding="utf-8")
    first, second = read(path)
    assert first == Document(
        id="a1",
        text=READOUT,
        title="T1",
        published="2021-03-04",
        publisher="MFA",
        url="https://example.org/a1",
        source=f"{path}:1",
    )
    assert second == Document(id="a2", text=READOUT, source=f"{path}:3")


def test_folder_recursive_sorted_and_argument_order(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    (folder / "b" / "deep").mkdir(parents=True)
    (folder / "a.txt").write_text(page(), encoding="utf-8")
    (folder / "b" / "c.TXT").write_text(page(), encoding="utf-8")
    (folder / "b" / "deep" / "d.txt").write_text(page(), encoding="utf-8")
    (folder / "b" / "notes.md").write_text(READOUT, encoding="utf-8")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (folder / "z.jsonl").write_text(json.dumps({"id": "z1", "text": READOUT}) + "\n", encoding="utf-8")
    single = tmp_path / "first.txt"
    single.write_text(page(), encoding="utf-8")
    out = read(single, folder)
    assert errors(out) == []
    assert [d.id for d in docs(out)] == ["first", "a", "c", "d", "z1"]
    assert out == read(single, folder)  # stable


# --- bad inputs: one error each, the batch goes on ---------------------------------------


def test_bad_inputs_each_give_one_error_and_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "00_good.txt").write_text(page(), encoding="utf-8")
    (folder / "01_empty.txt").write_bytes(b"")
    (folder / "02_blank.txt").write_text(" \n\t\n  ", encoding="utf-8")
    (folder / "03_binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 4)
    latin1 = ("Envoy Meets Minister\n" + READOUT.replace("Norland", "Norl\u00e4nd")).encode("latin-1")
    (folder / "04_latin1.txt").write_bytes(latin1)
    with (folder / "05_huge.txt").open("wb") as handle:  # 50 MB, sparse: fast to make
        handle.truncate(50 * 1024 * 1024)
    (folder / "06_french.txt").write_text(FRENCH, encoding="utf-8")
    (folder / "07_chinese.txt").write_text(CHINESE, encoding="utf-8")
    (folder / "08_nothing.html").write_text(
        "<html><head><script>var a = 1;</script></head><body><div></div>", encoding="utf-8"
    )
    (folder / "09_furniture.txt").write_text("Home > Headlines\nPrint\nSuggest to a friend:\n", encoding="utf-8")
    lines = [
        json.dumps({"id": "j1", "text": READOUT}),
        '{"id": "j2", "text": "On March 3, 2021, Foreign Minister Anna Berg met',  # truncated
        json.dumps(["j3", READOUT]),
        json.dumps({"text": READOUT}),
        json.dumps({"id": "j5"}),
        json.dumps({"id": "j6", "text": 42}),
        json.dumps({"id": "j7", "text": "   "}),
        json.dumps({"id": "j8", "text": FRENCH}),
        json.dumps({"id": "j9", "text": READOUT}),
    ]
    (folder / "10_batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "11_good.html").write_text(f"<html><body><p>{READOUT}</p></body></html>", encoding="utf-8")
    missing = tmp_path / "not_there.txt"

    out = read(folder, missing)

    assert [d.id for d in docs(out)] == ["00_good", "j1", "j9", "11_good"]
    jsonl = folder / "10_batch.jsonl"
    reasons = {
        folder / "01_empty.txt": "empty",
        folder / "02_blank.txt": "whitespace",
        folder / "03_binary.txt": "binary",
        folder / "04_latin1.txt": "not UTF-8",
        folder / "05_huge.txt": "52,428,800 bytes, over the limit of 10,000,000",
        folder / "06_french.txt": "English",
        folder / "07_chinese.txt": "English",
        folder / "08_nothing.html": "no extractable text",
        folder / "09_furniture.txt": "furniture",
        f"{jsonl}:2": "not valid JSON",
        f"{jsonl}:3": "JSON array, not an object",
        f"{jsonl}:4": "missing 'id'",
        f"{jsonl}:5": "missing 'text'",
        f"{jsonl}:6": "'text' must be a string",
        f"{jsonl}:7": "empty",
        f"{jsonl}:8": "English",
        missing: "no such file",
    }
    for where, expected in reasons.items():
        assert expected in only_error(out, str(where)).reason
    assert len(errors(out)) == len(reasons)


def test_not_utf8_names_the_byte_offset(tmp_path: Path) -> None:
    head = ("Envoy Meets Minister\n" + READOUT).encode("utf-8")
    path = tmp_path / "cp1252.txt"
    path.write_bytes(head + b" caf\xe9 " + head)
    error = only_error(read(path), str(path))
    assert f"byte offset {len(head) + 4:,}" in error.reason
    assert "0xe9" in error.reason


def test_legacy_encoding_is_not_utf8_rather_than_binary(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes(CHINESE.encode("gbk"))
    error = only_error(read(path), str(path))
    assert error.reason.startswith("not UTF-8") and "byte offset 4 (line 1)" in error.reason  # after "2021"


def test_not_utf8_in_jsonl_line_goes_on(tmp_path: Path) -> None:
    good = json.dumps({"id": "ok", "text": READOUT}).encode("utf-8")
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"id": "bad", "text": "caf\xe9"}\n' + good + b"\n")
    out = read(path)
    assert "not UTF-8" in only_error(out, f"{path}:1").reason
    assert [d.id for d in docs(out)] == ["ok"]


def test_size_limit_is_a_parameter(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(page(), encoding="utf-8")
    assert "over the limit of 100 bytes" in only_error(read(path, max_bytes=100), str(path)).reason


def test_size_limit_applies_per_jsonl_line(tmp_path: Path) -> None:
    small = json.dumps({"id": "s", "text": READOUT})
    big = json.dumps({"id": "b", "text": READOUT * 20})
    path = tmp_path / "lines.jsonl"
    path.write_text(f"{big}\n{small}\n", encoding="utf-8")
    out = read(path, max_bytes=len(small) + 10)
    assert "over the limit" in only_error(out, f"{path}:1").reason
    assert [(d.id, d.source) for d in docs(out)] == [("s", f"{path}:2")]


def test_binary_jsonl_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "blob.jsonl"
    path.write_bytes(bytes(range(256)) * 64)
    out = read(path)
    assert out == [IngestError(str(path), "binary file, not text")]


def test_whitespace_only_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "blank.jsonl"
    path.write_text("\n  \n\n", encoding="utf-8")
    assert "whitespace" in only_error(read(path), str(path)).reason


def test_unsupported_file_named_explicitly(tmp_path: Path) -> None:
    path = tmp_path / "readout.pdf"
    path.write_bytes(b"%PDF-1.4")
    assert "unsupported file type" in only_error(read(path), str(path)).reason


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ({"id": "", "text": READOUT}, "'id' must be a non-empty string"),
        ({"id": 7, "text": READOUT}, "'id' must be a non-empty string"),
        ({"id": "x", "text": READOUT, "published": "04/03/2021"}, "'published' must be YYYY-MM-DD"),
        ({"id": "x", "text": READOUT, "title": ["a"]}, "'title' must be a string or null"),
        ({"id": "x", "text": READOUT, "published": "2024-02-30"}, "'published' is not a date: 2024-02-30"),
        ({"id": "x", "text": READOUT, "published": "2023-13-01"}, "'published' is not a date"),
        ({"id": "x", "text": READOUT + "\x00"}, "text holds a NUL character at character 396"),
        ({"id": "x", "text": READOUT, "title": "a\x00b"}, "'title' holds a NUL character at character 1"),
        ({"id": "x", "text": "\ud83d" + READOUT}, "text holds a lone surrogate (U+D83D) at character 0"),
        ({"id": "x\udc00", "text": READOUT}, "'id' holds a lone surrogate (U+DC00)"),
    ],
)
def test_jsonl_field_checks(tmp_path: Path, row: dict[str, object], expected: str) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert expected in only_error(read(path), f"{path}:1").reason


def test_hostile_jsonl_lines_are_one_error_each_and_the_rest_is_read(tmp_path: Path) -> None:
    good = [json.dumps({"id": f"g{i}", "text": READOUT}) for i in range(3)]
    path = tmp_path / "hostile.jsonl"
    lines = [
        good[0],
        '{"id": "deep", "text": "x", "extra": ' + "[" * 200_000 + "]" * 200_000 + "}",
        good[1],
        '{"id": "huge", "text": ' + json.dumps(READOUT) + ', "ignored": ' + "9" * 5000 + "}",
        '{"id": ' + "9" * 5000 + ', "text": "x"}',
        good[2],
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path)
    assert [d.id for d in docs(items)] == ["g0", "g1", "huge", "g2"]
    assert "nested too deeply" in only_error(items, f"{path}:2").reason
    assert "'id' must be a non-empty string" in only_error(items, f"{path}:5").reason


def test_utf16_is_decoded_not_called_binary(tmp_path: Path) -> None:
    for encoding in ("utf-16", "utf-16-le", "utf-16-be"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(READOUT.encode(encoding))
        (doc,) = read(path)
        assert isinstance(doc, Document) and doc.text == READOUT, (encoding, doc)
    odd = tmp_path / "odd.txt"
    odd.write_bytes(b"\xff\xfe" + READOUT.encode("utf-16-le")[:-1])
    assert "not UTF-16" in only_error(read(odd), str(odd)).reason
    blob = tmp_path / "blob.txt"
    blob.write_bytes(bytes(range(256)) * 8)
    assert only_error(read(blob), str(blob)).reason == "binary file, not text"


def test_an_unreadable_folder_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder that cannot be listed is one error, not a silent skip (simulated: root reads anything)."""
    import os

    top = tmp_path / "corpus"
    locked = top / "locked"
    locked.mkdir(parents=True)
    (top / "a.txt").write_text(READOUT, encoding="utf-8")
    real = os.scandir

    def scandir(path: object) -> object:
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(locked))
        return real(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", scandir)
    items = read(top)
    assert [d.id for d in docs(items)] == ["a"]
    assert only_error(items, str(locked)).reason == "cannot read folder: Permission denied"


def test_error_str_names_place() -> None:
    assert str(IngestError("a.jsonl:3", "not valid JSON")) == "a.jsonl:3: not valid JSON"


# --- shared dev set ----------------------------------------------------------------------


def test_dev_set_reads_32_documents() -> None:
    path = shared_file("gold/dev.jsonl")
    out = read(path)
    assert errors(out) == []
    documents = docs(out)
    assert len(documents) == 32
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert [d.id for d in documents] == [row["id"] for row in rows]
    assert all(
        d.text == row["text"] and d.published == row["published"] for d, row in zip(documents, rows, strict=True)
    )
    assert documents[0].source == f"{path}:1"
