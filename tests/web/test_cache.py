"""The views' cache (web/cache.py): a result is kept while the store's generation stays, and
computed anew after a write, in this process or another."""

from __future__ import annotations

import json
from pathlib import Path

from readout.cli import main
from readout.store import open_store
from readout.web import views
from readout.web.cache import CACHE
from readout.web.params import Filters, Paging

DATA = Path(__file__).resolve().parents[1] / "store" / "data"


def test_a_view_is_kept_until_the_store_changes(tmp_path: Path) -> None:
    store = str(tmp_path / "store.duckdb")
    assert main(["ingest", str(DATA / "cn-mfa-wang-yi-penny-wong-talks.txt"), "--db", store, "-q"]) == 0
    with open_store(store, create=False, read_only=True) as db:
        first = views.network(db, Filters())
        assert views.network(db, Filters()) is first  # kept
        assert views.network(db, Filters(kind="call")) is not first  # other arguments, another result
        people = views.people(db, Filters(), Paging(50, 0))
        assert people.data == views.people.__wrapped__(db, Filters(), Paging(50, 0)).data  # type: ignore[attr-defined]
    more = tmp_path / "more.jsonl"
    lines = [
        json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8")})
        for path in sorted(DATA.glob("*.txt"))
        if path.stem != "cn-mfa-wang-yi-penny-wong-talks"
    ]
    more.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["ingest", str(more), "--db", store, "-q"]) == 0  # another process could have done it
    with open_store(store, create=False, read_only=True) as db:
        after = views.network(db, Filters())
        assert after is not first and after.data == views.network.__wrapped__(db, Filters()).data  # type: ignore[attr-defined]
        assert after.data != first.data
        again = views.people(db, Filters(), Paging(50, 0))
        assert again is not people and again.data != people.data  # the same two people, seen in more documents
    CACHE.clear()
