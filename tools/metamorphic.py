#!/usr/bin/env python3
"""Metamorphic checks: does the engine read what a text says, or what its tables already know?

    .venv/bin/python tools/metamorphic.py KIND GOLD.jsonl... [--seed N] [--out DIR] [--show N]

Every gold document is rewritten in a way that leaves its gold record true, and the engine codes the
original and the rewrite; a rule that holds for the genre scores the same on both. KIND is one of
- names: every participant's name becomes a made-up one (in text, title and gold), so no office-holder
  table knows the people: their states must come from the words around them;
- verbs: each interaction is told with another common phrasing ("conferred with" for "met with");
- offices: each office with another common name ("Minister of Foreign Affairs" for "Foreign Minister");
- dates: each full date in another common format ("04.03.2025", "4th of March, 2025");
- notitle: the page without its title field.
It prints the shared scorer's metrics for the originals and the rewrites (only documents the rewrite
changed) and the documents whose rewrite scores worse. The word pools are in tools/metamorphic.tsv. A
gold set that was never read stays unread: use this on read sets, and score unread ones only in aggregate.
"""

from __future__ import annotations

import argparse
import calendar
import importlib.util
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from readout.extract.pipeline import code_document
from readout.model import Document

ROOT = Path(__file__).resolve().parent.parent
MONTHS = list(calendar.month_name)[1:]
DATE = re.compile(
    rf"\b(?:(?P<m1>{'|'.join(MONTHS)})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{'|'.join(MONTHS)}),?\s+(?P<y2>(?:19|20)\d\d))\b"
)
Doc = dict[str, Any]


def pools() -> dict[str, list[list[str]]]:
    """The word pools of metamorphic.tsv by kind (a kind may have several rows)."""
    out: dict[str, list[list[str]]] = {}
    for line in (ROOT / "tools" / "metamorphic.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", "kind\t")):
            kind, values = line.split("\t")
            out.setdefault(kind, []).append(values.split("|"))
    return out


def scorer() -> ModuleType:
    """The shared scorer (``../shared/eval/score.py``), imported as a module."""
    path = ROOT.parent / "shared" / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None or not path.exists():
        sys.exit(f"metamorphic: {path}: the shared scorer is needed")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rename_people(doc: Doc, rng: random.Random, particles: set[str]) -> Doc | None:
    """Every gold participant's name (and each of its words used alone) becomes a made-up name of as many
    words; particles ("bin", "al") stay. None when no gold name is written in the text."""
    pool = pools()
    given, family = pool["given"][0], pool["family"][0]
    used = set(re.findall(r"[A-Z][a-z]+", doc["text"]))

    def pick(words: list[str]) -> str:
        free = [w for w in words if w not in used] or words
        word = rng.choice(free)
        used.add(word)
        return word

    names = {p["name"] for e in doc["gold"]["events"] for p in e["participants"] if p.get("name")}
    whole: dict[str, str] = {}
    single: dict[str, str] = {}
    for name in sorted(names, key=lambda n: (-len(n), n)):  # ties in name order: the same rewrite every run
        if name not in doc["text"]:
            continue
        words = []
        for i, word in enumerate(name.split()):
            if word.lower().strip(".") in particles or len(word) <= 2:
                words.append(word)
                continue
            words.append(pick(given if i == 0 else family))
            if word[:1].isupper():
                single.setdefault(word, words[-1])
        whole[name] = " ".join(words)
    if not whole:
        return None

    def rewrite(text: str) -> str:
        for old, new in sorted(whole.items(), key=lambda kv: -len(kv[0])):
            text = text.replace(old, new)
        for old, new in sorted(single.items(), key=lambda kv: -len(kv[0])):
            text = re.sub(rf"(?<![\w-]){re.escape(old)}(?![\w-])", new, text)
        return text

    gold = json.loads(json.dumps(doc["gold"]))
    for e in gold["events"]:
        for p in e["participants"]:
            p["name"] = whole.get(p.get("name"), p.get("name"))
    return {**doc, "text": rewrite(doc["text"]), "title": doc.get("title") and rewrite(doc["title"]), "gold": gold}


def rephrase(groups: list[list[str]], rng: random.Random) -> Callable[[str], str]:
    """A rewrite that says each phrase of a group with another of the same group."""

    def rewrite(text: str) -> str:
        for group in groups:
            pattern = "|".join(re.escape(p) for p in sorted(group, key=len, reverse=True))

            def other(_m: re.Match[str], group: list[str] = group) -> str:
                return rng.choice(group)

            text = re.sub(rf"(?<![\w-])(?:{pattern})(?![\w-])(?=\s+[A-Z]|\s+(?:his|her|the)\b)", other, text)
        return text

    return rewrite


def redate(rng: random.Random) -> Callable[[str], str]:
    """A rewrite of each full date in another common format."""

    def render(m: re.Match[str]) -> str:
        day = int(m.group("d1") or m.group("d2"))
        month = m.group("m1") or m.group("m2")
        year = m.group("y1") or m.group("y2")
        nth = f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"
        forms = [f"{month} {day}, {year}", f"{day} {month} {year}", f"{nth} {month}, {year}",
                 f"{nth} of {month} {year}", f"{day:02d}.{MONTHS.index(month) + 1:02d}.{year}"]  # fmt: skip
        return rng.choice(forms)

    return lambda text: DATE.sub(render, text)


def rewrite_text(doc: Doc, rewrite: Callable[[str], str]) -> Doc | None:
    """The document with its text (and the same words of its title) rewritten; None when nothing changed."""
    title: str | None = doc.get("title")
    text: str = doc["text"]
    new_title: str | None
    if title and title in text:  # the headline line and the title field stay one string
        new_title = rewrite(title)
        cut = text.index(title) + len(title)
        new_text = text[:cut].replace(title, new_title) + rewrite(text[cut:])
    else:
        new_title, new_text = (rewrite(title) if title else title), rewrite(text)
    return None if new_text == text else {**doc, "text": new_text, "title": new_title}


def perturb(kind: str, doc: Doc, rng: random.Random, particles: set[str]) -> Doc | None:
    """The rewritten document of ``kind``, or None when the rewrite leaves it as it was."""
    if kind == "names":
        return rename_people(doc, rng, particles)
    if kind == "notitle":
        return {**doc, "title": None} if doc.get("title") else None
    if kind == "dates":
        return rewrite_text(doc, redate(rng))
    return rewrite_text(doc, rephrase(pools()["verb" if kind == "verbs" else "office"], rng))


def code(docs: list[Doc]) -> dict[str, Doc]:
    out = {}
    for d in docs:
        doc = Document(d["id"], d["text"], d.get("title"), d.get("published"), d.get("publisher"), d.get("url"))
        out[d["id"]] = code_document(doc).to_dict()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("kind", choices=["names", "verbs", "offices", "dates", "notitle"])
    ap.add_argument("gold", nargs="+", type=Path)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, help="write the rewritten gold documents here (JSONL)")
    ap.add_argument("--show", type=int, default=20, help="documents that got worse to list")
    args = ap.parse_args(argv)
    score = scorer()
    rng = random.Random(args.seed)
    originals, rewrites = [], []
    for path in args.gold:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                doc = json.loads(line)
                new = perturb(args.kind, doc, rng, set(score.PARTICLES))
                if new is not None:
                    originals.append(doc)
                    rewrites.append(new)
    if args.out:
        args.out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in rewrites), encoding="utf-8")
    before, after = code(originals), code(rewrites)
    keys = ("event_f1", "strict_event_f1", "name_f1", "date_acc", "loc_country_acc", "readout_acc")
    print(f"{args.kind}: {len(rewrites)} documents rewritten")
    for label, gold, pred in (("original", originals, before), ("rewritten", rewrites, after)):
        m = score.score(gold, pred)
        print(f"{label:10s} " + " ".join(f"{k}={m[k]:.3f}" for k in keys))
    worse = []
    for old, new in zip(originals, rewrites, strict=True):
        a, b = score.score([old], before), score.score([new], after)
        (tp_a, pred_a), (tp_b, pred_b) = ((m["counts"]["ev_tp"], m["counts"]["ev_pred"]) for m in (a, b))
        if (tp_b, b["name_f1"]) < (tp_a, a["name_f1"]) or pred_b > pred_a:
            worse.append(f"  {old['id']}: events matched {tp_a} -> {tp_b}, predicted {pred_a} -> {pred_b}")
    print(f"worse after the rewrite: {len(worse)}")
    print("\n".join(worse[: args.show]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
