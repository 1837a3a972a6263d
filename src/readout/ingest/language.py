"""A cheap English detector: the extraction rules only work on English text.

Two tests, no model: most letters must be Latin (rejects Chinese, Russian, Arabic, ...),
and common English function words must make up a fair share of the words (rejects
French, Spanish, German, ...). English prose runs at 30-45% function words; other Latin
languages score near zero because their function words differ.
"""

from __future__ import annotations

import re

# Frequent English function words that are rare as words in other Latin-script languages
# (so "a", "in", "die", "en" are left out).
# fmt: off
_ENGLISH = frozenset(
    {
        "the", "of", "and", "to", "with", "that", "is", "was", "for", "on", "by", "as", "at", "from",
        "his", "her", "he", "she", "said", "be", "has", "have", "had", "this", "which", "will", "are",
        "were", "its", "their", "it", "an", "not", "both", "two", "sides", "they", "would", "also",
        "who", "or", "but", "been", "these", "those", "our", "we", "you", "after", "between", "over",
        "into",
    }
)
# fmt: on
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
MIN_WORDS = 12  # below this a text is too short to judge and passes on its script alone
MIN_SHARE = 0.12  # share of English function words a judged text must reach
MAX_FOREIGN_LETTERS = 0.3  # share of non-Latin letters above which a text is not English


def _is_latin(ch: str) -> bool:
    """Latin letters live below U+0250 (Basic Latin to Latin Extended-B)."""
    return ord(ch) < 0x250


def english_share(text: str) -> float:
    """Share of Latin-script words that are English function words (0.0 when none). Capitalised words
    other than function words are left out: names and titles ("Foreign Minister Thordis Kolbrun R.
    Gylfadottir") belong to no language, and a short English readout is mostly made of them."""
    words = [w.lower() for w in _WORD.findall(text) if _is_latin(w[0]) and (w.islower() or w.lower() in _ENGLISH)]
    if not words:
        return 0.0
    return sum(1 for w in words if w in _ENGLISH) / len(words)


def looks_english(text: str) -> bool:
    """True when ``text`` reads as English; short Latin-script texts get the benefit of doubt."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    foreign = sum(1 for ch in letters if not _is_latin(ch))
    if foreign / len(letters) > MAX_FOREIGN_LETTERS:
        return False
    words = [w for w in _WORD.findall(text) if _is_latin(w[0])]
    if len(words) < MIN_WORDS:
        return True
    return english_share(text) >= MIN_SHARE
