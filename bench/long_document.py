"""How the engine's cost grows with document length.

A readout is a page, but a batch holds odd inputs too: a whole archive pasted into one file,
a page with its comments. Coding must stay linear in the length of the text, or one such
file stalls a batch. This codes documents of each shape at 10 kB, 100 kB and 1 MB, and
prints seconds per MB for each and the ratio to the smallest size's rate (about 1 means
linear; a ratio that grows with size means a quadratic step crept in). Shapes:

- ``repeated``: the seed readout repeated;
- ``blank-lines``: the seed readout's sentences each followed by twenty blank lines;
- ``blank-block``: the seed readout twice, with one run of blank lines between;
- ``names``: one meeting of an ever longer coordinated list of named ministers
  ("Foreign Minister Anna Berg of Norway, Foreign Minister ... and ...");
- ``endless``: one sentence that never ends ("... and the two sides discussed trade and ...").

    .venv/bin/python bench/long_document.py [--sizes 10000,100000,1000000] [--shapes repeated,names]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from readout.extract.pipeline import code_document
from readout.model import Document

SEED = Path(__file__).resolve().parents[2] / "shared" / "gold" / "dev.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=SEED, help="dev set whose first document is repeated")
    ap.add_argument("--sizes", default="10000,100000,1000000", help="document sizes in characters")
    ap.add_argument("--shapes", default=",".join(SHAPES), help=f"any of {', '.join(SHAPES)}")
    args = ap.parse_args()
    if not args.gold.is_file():
        print(f"long_document: {args.gold} is absent (../shared holds the dev set)", file=sys.stderr)
        return 2
    first = json.loads(args.gold.read_text(encoding="utf-8").splitlines()[0])
    unit = first["text"].rstrip() + "\n\n"
    code_document(
        Document("warm-up", first["text"], first.get("title"), first.get("published"), first.get("publisher"))
    )
    print(f"{'shape':<12} {'chars':>10} {'seconds':>8} {'s per MB':>9} {'ratio':>6}")
    for shape in args.shapes.split(","):
        base_rate = None
        for size in (int(s) for s in args.sizes.split(",")):
            text = SHAPES[shape](unit, size)
            doc = Document(f"long-{size}", text, first.get("title"), first.get("published"), first.get("publisher"))
            start = time.perf_counter()
            code_document(doc)
            seconds = time.perf_counter() - start
            rate = seconds / (size / 1e6)
            base_rate = base_rate or rate
            print(f"{shape:<12} {size:>10} {seconds:>8.2f} {rate:>9.2f} {rate / base_rate:>6.2f}", flush=True)
    return 0


def _repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _blank_lines(unit: str, size: int) -> str:
    spaced = re.sub(r"(?<=[.!?])\s+", "\n" * 21, unit)
    return (spaced * (size // len(spaced) + 1))[:size]


_FIRST = ("Anna", "Pavel", "Maria", "Jonas", "Elif", "Kwame", "Lucia", "Tomas", "Ingrid", "Rafael")
_LAST = ("Berg", "Ostrov", "Lind", "Haas", "Demir", "Mensah", "Rossi", "Novak", "Dahl", "Vidal")
_STATES = ("Norway", "Poland", "Sweden", "Austria", "Turkey", "Ghana", "Italy", "Czechia", "Denmark", "Spain")


def _blank_block(unit: str, size: int) -> str:
    return unit + "\n" * max(0, size - 2 * len(unit)) + unit


def _names(unit: str, size: int) -> str:
    head = "On 3 March 2021, State Councilor and Foreign Minister Wang Yi met in Beijing with "
    people: list[str] = []
    length = len(head)
    i = 0
    while length < size:
        person = f"Foreign Minister {_FIRST[i % 10]} {_LAST[i // 10 % 10]} of {_STATES[(i + i // 10) % 10]}"
        people.append(person)
        length += len(person) + 2
        i += 1
    return head + ", ".join(people[:-1]) + " and " + people[-1] + "."


def _endless(unit: str, size: int) -> str:
    head = (
        "On 3 March 2021, Foreign Minister Wang Yi held talks in Beijing with Foreign Minister Penny Wong of Australia"
    )
    clause = " and the two sides discussed trade, energy and climate change"
    return (head + clause * (size // len(clause) + 1))[:size]


SHAPES: dict[str, Callable[[str, int], str]] = {
    "repeated": _repeated,
    "blank-lines": _blank_lines,
    "blank-block": _blank_block,
    "names": _names,
    "endless": _endless,
}


if __name__ == "__main__":
    sys.exit(main())
