"""Generated batches of good and hostile JSON lines through `readout code` and `readout ingest`.

Each generated line is good (a readout that must be coded and stored) or bad by construction
(a date that is none, a NUL or a lone surrogate, deep nesting, a huge number where a string
belongs, broken JSON, a non-object). The invariants: no traceback, one error line per bad
line naming it, every good document coded (in order) and stored, and the counts add up.
Hypothesis runs derandomized with a fixed number of examples, so CI sees the same cases.
"""

from __future__ import annotations

import json
import tempfile
from itertools import count
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readout.cli import main
from stores import fresh_store
from texts import READOUT

INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202c\u2066\u2069"
_ids = count()

# Fields readout ignores: any JSON, huge numbers included (written raw, beyond Python's int limit).
ignored = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=8,
)
valid_dates = st.dates().map(lambda d: f"{d.year:04d}-{d.month:02d}-{d.day:02d}")
invalid_dates = st.sampled_from(["2024-02-30", "2023-02-29", "2024-00-10", "2024-13-01", "2024-04-31", "0000-01-01"])
junk = st.text(alphabet=st.characters(categories=["Lu", "Ll", "Nd", "Zs", "Po", "Sm"]), max_size=20)


@st.composite
def good_line(draw: st.DrawFn) -> tuple[str, str | None]:
    """A readout with its own text (so the store keeps each), perhaps with invisible characters
    inside names, extra fields of any JSON and a huge number among them."""
    doc_id = f"doc-{next(_ids)}-{draw(st.text(alphabet='abcxyz?#/ é', max_size=6))}"
    text = READOUT
    for name in draw(st.lists(st.sampled_from(["Wang Yi", "Penny Wong", "Australia"]), max_size=2)):
        cut = draw(st.integers(1, len(name) - 1))
        text = text.replace(name, name[:cut] + draw(st.sampled_from(INVISIBLE)) + name[cut:])
    text += f"\n\nReference {doc_id}. {draw(junk)}"
    record: dict[str, object] = {"id": doc_id, "text": text, "extra": draw(ignored)}
    if draw(st.booleans()):
        record["published"] = draw(valid_dates)
    line = json.dumps(record, ensure_ascii=draw(st.booleans()))
    if draw(st.booleans()):
        line = line[:-1] + ', "n": ' + "7" * draw(st.integers(4000, 6000)) + "}"
    return line, doc_id


@st.composite
def bad_line(draw: st.DrawFn) -> tuple[str, str | None]:
    doc_id = f"bad-{next(_ids)}"
    base = {"id": doc_id, "text": READOUT + f" Reference {doc_id}."}
    kind = draw(st.sampled_from(["date", "nul", "surrogate", "deep", "huge-id", "broken", "array", "empty", "title"]))
    if kind == "date":
        line = json.dumps({**base, "published": draw(invalid_dates)})
    elif kind == "nul":
        at = draw(st.integers(0, len(READOUT)))
        line = json.dumps({**base, "text": READOUT[:at] + "\x00" + READOUT[at:]})
    elif kind == "surrogate":
        line = json.dumps({**base, "text": READOUT + draw(st.sampled_from(["\ud800", "\udfff", "\udc00x"]))})
    elif kind == "deep":
        depth = draw(st.integers(5_000, 50_000))
        line = json.dumps(base)[:-1] + ', "x": ' + "[" * depth + "]" * depth + "}"
    elif kind == "huge-id":
        line = '{"id": ' + "1" * 5000 + ', "text": ' + json.dumps(READOUT) + "}"
    elif kind == "broken":
        whole = json.dumps(base)
        line = whole[: draw(st.integers(1, len(whole) - 1))]
    elif kind == "array":
        line = json.dumps([base])
    elif kind == "empty":
        line = json.dumps({**base, "text": draw(st.sampled_from(["", "   ", "\u200b\u200b"]))})
    else:
        line = json.dumps({**base, "title": "a\x00b"})
    return line, None


batches = st.lists(st.one_of(good_line(), bad_line()), min_size=1, max_size=4)
SETTINGS = settings(
    derandomize=True,
    max_examples=12,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _write(folder: Path, lines: list[tuple[str, str | None]]) -> Path:
    path = folder / "batch.jsonl"
    path.write_text("".join(line + "\n" for line, _ in lines), encoding="utf-8")
    return path


def _errors(err: str, path: Path) -> list[int]:
    """The line numbers named by the error lines; fails on anything that is not one."""
    assert "Traceback" not in err, err
    numbers = []
    for line in err.splitlines():
        if line.startswith("readout: error: "):
            where = line.removeprefix("readout: error: ").split(": ", 1)[0]
            assert where.startswith(f"{path}:"), line
            numbers.append(int(where.rsplit(":", 1)[1]))
    return numbers


@SETTINGS
@given(lines=batches)
def test_code_codes_every_good_line_and_names_every_bad_one(
    lines: list[tuple[str, str | None]], capsys: pytest.CaptureFixture[str]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = _write(Path(tmp), lines)
        out = Path(tmp) / "out.jsonl"
        status = main(["code", str(path), "-o", str(out), "--workers", "1", "-q"])
        bad = [n for n, (_, doc_id) in enumerate(lines, 1) if doc_id is None]
        assert _errors(capsys.readouterr().err, path) == bad
        assert status == (1 if bad else 0)
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert [r["doc_id"] for r in records] == [doc_id for _, doc_id in lines if doc_id]
        for record in records:  # names split by an invisible character are still found whole
            names = {p["name"] for e in record["events"] for p in e["participants"]}
            assert {"Wang Yi", "Penny Wong"} <= names, (record["doc_id"], names)


@pytest.mark.parametrize("kind", ["duckdb", "postgres"])
def test_ingest_stores_every_good_line_on_both_backends(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with fresh_store(kind, tmp_path) as url:

        @SETTINGS
        @given(lines=batches)
        def batch(lines: list[tuple[str, str | None]]) -> None:
            with tempfile.TemporaryDirectory() as tmp:
                path = _write(Path(tmp), lines)
                status = main(["ingest", str(path), "--db", url, "--workers", "1"])
                err = capsys.readouterr().err
                bad = [n for n, (_, doc_id) in enumerate(lines, 1) if doc_id is None]
                assert _errors(err, path) == bad
                assert status == (1 if bad else 0)
                good = [doc_id for _, doc_id in lines if doc_id]
                summary = err.splitlines()[-1]
                assert f": {len(good)} coded, 0 skipped (already stored), {len(bad)} failed;" in summary, summary
            assert main(["sql", "SELECT doc_id FROM documents", "--db", url, "--json"]) == 0
            stored = {row["doc_id"] for row in json.loads(capsys.readouterr().out)}
            assert set(good) <= stored

        batch()
