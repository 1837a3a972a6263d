"""How the engine's cost grows with document length.

A readout is a page, but a batch holds odd inputs too: a whole archive pasted into one file,
a page with its comments. Coding must stay linear in the length of the text, or one such
file stalls a batch. This codes documents made of the seed readout repeated to 10 kB, 100 kB
and 1 MB, and prints seconds per MB for each and the ratio to the 10 kB rate (about 1 means
linear; a ratio that grows with size means a quadratic step crept in).

    .venv/bin/python bench/long_document.py [--sizes 10000,100000,1000000]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from readout.extract.pipeline import code_document
from readout.model import Document

SEED = Path(__file__).resolve().parents[2] / "shared" / "gold" / "dev.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=SEED, help="dev set whose first document is repeated")
    ap.add_argument("--sizes", default="10000,100000,1000000", help="document sizes in characters")
    args = ap.parse_args()
    if not args.gold.is_file():
        print(f"long_document: {args.gold} is absent (../shared holds the dev set)", file=sys.stderr)
        return 2
    first = json.loads(args.gold.read_text(encoding="utf-8").splitlines()[0])
    unit = first["text"].rstrip() + "\n\n"
    code_document(
        Document("warm-up", first["text"], first.get("title"), first.get("published"), first.get("publisher"))
    )
    base_rate = None
    print(f"{'chars':>10} {'seconds':>8} {'s per MB':>9} {'ratio':>6}")
    for size in (int(s) for s in args.sizes.split(",")):
        text = (unit * (size // len(unit) + 1))[:size]
        doc = Document(f"long-{size}", text, first.get("title"), first.get("published"), first.get("publisher"))
        start = time.perf_counter()
        code_document(doc)
        seconds = time.perf_counter() - start
        rate = seconds / (size / 1e6)
        base_rate = base_rate or rate
        print(f"{size:>10} {seconds:>8.2f} {rate:>9.2f} {rate / base_rate:>6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
