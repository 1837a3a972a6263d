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
# Frequent function words of the other Latin-script languages readouts come in, that are not English words
# ("son", "per", "die", "do", "a", "in" left out): a headline-style English lede has few English function words
# but none of these.
_FOREIGN = frozenset(
    {
        "le", "la", "les", "des", "du", "et", "est", "une", "pour", "dans", "par", "sur", "avec", "au", "aux",
        "qui", "ont", "été", "leurs", "el", "los", "las", "del", "y", "que", "por", "para", "con", "una", "se",
        "su", "sus", "al", "fue", "como", "os", "da", "das", "dos", "com", "uma", "não", "ao", "pelo", "pela",
        "der", "und", "mit", "von", "zu", "dem", "ist", "für", "auf", "nicht", "ein", "eine", "sich", "aus", "im",
        "il", "di", "che", "della", "delle", "dei", "sono", "nel", "alla", "het", "een", "van", "en", "met",
        "voor", "niet", "zijn",
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


def english_share(text: str, function_words: frozenset[str] = _ENGLISH) -> float:
    """Share of Latin-script words that are English function words (0.0 when none). Capitalised words
    other than function words are left out: names and titles ("Foreign Minister Thordis Kolbrun R.
    Gylfadottir") belong to no language, and a short English readout is mostly made of them."""
    words = [w.lower() for w in _WORD.findall(text) if _is_latin(w[0]) and (w.islower() or w.lower() in function_words)]
    if not words:
        return 0.0
    return sum(1 for w in words if w in function_words) / len(words)


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
    share = english_share(text)
    # "North Korean leader X and Russian President Y signed a comprehensive strategic partnership agreement in
    # Pyongyang on Wednesday, pledging ...": a news lede is thin in function words, but they are all English.
    return share >= MIN_SHARE or (share >= MIN_SHARE / 2 and english_share(text, _FOREIGN) < share / 3)
