#!/usr/bin/env bash
# Code the dev gold set (and the examples' gold set) and score both with the shared scorer.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
out=${TMPDIR:-/tmp}/readout-dev.jsonl
.venv/bin/readout code -q "$shared/gold/dev.jsonl" -o "$out" || true
python3 "$shared/eval/score.py" --gold "$shared/gold/dev.jsonl" --pred "$out"
if [ -f examples/gold.jsonl ]; then
  ex=${TMPDIR:-/tmp}/readout-examples.jsonl
  .venv/bin/readout code -q examples/readouts.jsonl examples/txt examples/html -o "$ex" || true
  echo "--- examples"
  python3 "$shared/eval/score.py" --gold examples/gold.jsonl --pred "$ex"
fi
if [ -f examples/heldout/readouts.jsonl ]; then
  ho=${TMPDIR:-/tmp}/readout-heldout.jsonl
  .venv/bin/readout code -q examples/heldout/readouts.jsonl -o "$ho" || true
  echo "--- examples/heldout"
  python3 "$shared/eval/score.py" --gold examples/heldout/readouts.jsonl --pred "$ho"
fi
