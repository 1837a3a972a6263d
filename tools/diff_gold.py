#!/usr/bin/env python3
"""Show, per document, where predicted records differ from a gold set (events, stances, topics)."""

import json
import sys


def party(p):
    return p.get("country") or p.get("org") or "?"


def ev(e):
    loc = e.get("location") or {}
    names = ",".join(f"{p.get('name')}/{party(p)}" for p in e.get("participants") or [])
    return f"{e['kind']} {e.get('date')} {loc.get('name')}/{loc.get('country')} {e.get('mode')} [{names}]"


def main(gold_path, pred_path, only=None):
    with open(pred_path, encoding="utf-8") as fh:
        preds = {rec["doc_id"]: rec for rec in map(json.loads, filter(str.strip, fh))}
    with open(gold_path, encoding="utf-8") as fh:
        gold_docs = [json.loads(line) for line in fh if line.strip()]
    for d in gold_docs:
        if only and d["id"] not in only:
            continue
        g, p = d["gold"], preds.get(d["id"], {})
        ge = sorted(ev(e) for e in g.get("events") or [])
        pe = sorted(ev(e) for e in p.get("events") or [])
        gs = {(s["holder"], s.get("target"), s["issue"], s["alignment"]) for s in g.get("stances") or []}
        ps = {(s["holder"], s.get("target"), s["issue"], s["alignment"]) for s in p.get("stances") or []}
        gt, pt = set(g.get("topics") or []), set(p.get("topics") or [])
        if ge == pe and gs == ps and gt == pt and g.get("is_readout", True) == p.get("is_readout"):
            continue
        print(f"=== {d['id']} {d.get('publisher')} | {d.get('title')}")
        if g.get("is_readout", True) != p.get("is_readout"):
            print(f"  readout gold={g.get('is_readout', True)} pred={p.get('is_readout')}")
        if ge != pe:
            for x in ge:
                print("  G", x)
            for x in pe:
                print("  P", x)
        for s in sorted(gs - ps):
            print("  missing stance", s)
        for s in sorted(ps - gs):
            print("  extra stance  ", s)
        if gt != pt:
            print("  topics missing", sorted(gt - pt), "extra", sorted(pt - gt))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], set(sys.argv[3:]) or None)
