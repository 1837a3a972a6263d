"""One-to-one character clean-up shared by normalization and header parsing.

Every mapping replaces one code point by one code point, so offsets computed on the
cleaned text index the original text unchanged. Guillemets stay: English pages use them
as breadcrumb separators more often than as quotes.

Invisible characters (zero-width and bidirectional controls) inside a word would split it
("Pen\u200dny" -> "Pen ny") where a reader sees one word: the word's visible characters
move left over them and the freed places at the word's end become spaces ("Penny  "), so
the text keeps its length and only offsets inside that one word shift.
"""

from __future__ import annotations

import re
import unicodedata

_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u2035\u00b4\u02bc\uff07"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u2036\uff02"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_BIDI = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_INVISIBLE = _ZERO_WIDTH + _BIDI + "\u2061\u2062\u2063\u2064\u180e"
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
_WORD_RE = re.compile(r"\S+")
_DROP_INVISIBLE = {ord(ch): None for ch in _INVISIBLE}
_LINE_BREAKS = "\u2028\u2029\x85"


def _build_table() -> dict[int, str]:
    """Map quotes, odd spaces, invisible and control characters to plain ones."""
    table: dict[int, str] = {}
    for ch in _SINGLE_QUOTES:
        table[ord(ch)] = "'"
    for ch in _DOUBLE_QUOTES:
        table[ord(ch)] = '"'
    for ch in _INVISIBLE:
        table[ord(ch)] = " "
    for ch in _LINE_BREAKS:
        table[ord(ch)] = "\n"
    # Unicode space separators (NBSP, thin, ideographic, ...) read as plain spaces.
    for cp in range(0x80, 0x3001):
        if unicodedata.category(chr(cp)) == "Zs":
            table[cp] = " "
    # C0 controls other than tab, newline and carriage return carry no text.
    for cp in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]:
        table[cp] = " "
    return table


_TABLE = _build_table()


def clean_chars(text: str) -> str:
    """Return ``text`` with quotes straightened and odd spaces plain, same length."""
    if _INVISIBLE_RE.search(text):
        text = _WORD_RE.sub(_close_up, text)
    return text.translate(_TABLE)


def _close_up(word: re.Match[str]) -> str:
    """A word without its invisible characters, padded with spaces to its length."""
    text = word.group()
    visible = text.translate(_DROP_INVISIBLE)
    return visible + " " * (len(text) - len(visible))
