"""Length-preserving text clean-up: plain characters and site furniture masked.

Evidence spans are offsets into the text as published. ``normalize`` therefore never
inserts or deletes a character: it maps characters one to one and blanks site furniture
(breadcrumbs, share and print buttons, photo credits) with spaces, keeping newlines, so
an offset found in its output indexes the original text too.
"""

from __future__ import annotations

import re

from readout.ingest._chars import clean_chars
from readout.ingest.header import is_date_line

Span = tuple[int, int]

_SEP = r"(?:\s*(?:>|›|»|→|/|\|)\s*)"
_CRUMB = r"[^>›»→|/\s](?:[^>›»→|/\n]{0,78}[^>›»→|/\s])?"  # one breadcrumb, trimmed
# Lines that are furniture as a whole (matched against the stripped, cleaned line).
_FURNITURE_LINES = [
    # Breadcrumbs: "Home > Headlines", "You are here: Home > News > Africa".
    rf"(?:(?:you are here|current location|location|position)\s*[:：]\s*)?home(?:page)?"
    rf"(?:{_SEP}{_CRUMB}){{1,6}}{_SEP}?",
    r"suggest (?:this )?to a friend\s*:?",
    r"(?:font|text) size\s*[:：]?(?:\s*(?:[a-z][+-]?|large|medium|small|big|bigger|smaller|[+-])(?![a-z]))*",
    # "Source: Xinhua", "Source:MFA 2022-03-21" (credit lines; the date is read from raw text).
    r"source\s*[:：]\s*[a-z][\w .&'()-]{0,40}?\s*[|,·/-]?\s*"
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d\d(?::\d\d)?)?)?",
    r"back to top|top of page|\[?\s*top\s*\]?",
    # Site chrome of government portals ("Skip to main content", "GOV.UK", "Cookies on GOV.UK").
    r"skip to (?:main )?content|gov\.uk|cookies on [\w.]+|menu|search|navigation|main menu",
    # A citation or credit line that ends in the page's address ("X, Readout of ... Online by A and B, The
    # American Presidency Project https://..."); its names and cues are the archive's, not the readout's.
    r"[^\n]{0,200}?\bhttps?://\S+",
]
_MAX_FURNITURE_LINE = 200  # longer lines are prose, whatever words they hold
_LINE_RE = re.compile("|".join(f"(?:{pattern})" for pattern in _FURNITURE_LINES), re.IGNORECASE)

# Button rows ("Print | Close", "Share on: Facebook Twitter", "Email this page"): every word
# is a button word or a filler, and at least one is a button word.
_BUTTON_WORDS = re.compile(
    r"home|print|share|close|e-?mail|tweet|facebook|twitter|linkedin|weibo|wechat|whatsapp|"
    r"telegram|reddit|pinterest|bookmark",
    re.IGNORECASE,
)
_FILLER_WORDS = re.compile(r"this|page|article|story|on|to|via|copy|link", re.IGNORECASE)
_BUTTON_PUNCT = re.compile(r"[\[\]【】()|/·•,;:：]")
_MAX_BUTTONS = 12


def _is_button_row(content: str) -> bool:
    """True for a line made only of share/print/close buttons and their separators."""
    words = _BUTTON_PUNCT.sub(" ", content).split()
    if not words or len(words) > _MAX_BUTTONS:
        return False
    if not all(_BUTTON_WORDS.fullmatch(w) or _FILLER_WORDS.fullmatch(w) for w in words):
        return False
    return any(_BUTTON_WORDS.fullmatch(w) for w in words)


# Furniture inside a line: photo credits and bracketed buttons.
_INLINE_RE = re.compile(
    r"[\[【]\s*(?:photo|photos|file photo|video|image)\s*(?:/|:|by)\s*[^\]】\n]{1,40}[\]】]"
    r"|(?:【\s*(?:print|close|share|top|back)\s*】\s*)+",
    re.IGNORECASE,
)
# Masthead lines: not furniture to mask (publishers are told by them) but never a title.
_MASTHEAD_RE = re.compile(
    r"(?:the white house|office of the (?:press secretary|spokesperson)|for immediate release|"
    r"media note|press release|readout|by (?:the )?ministry of [\w' ]+|"
    r"the (?:below|following) is attributable to [\w .'-]+:)",
    re.IGNORECASE,
)


def _lines(text: str) -> list[Span]:
    """(start, end) of each line's content, newline excluded."""
    spans: list[Span] = []
    start = 0
    for match in re.finditer(r"\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _stripped(text: str, start: int, end: int) -> Span:
    """Narrow a span to its non-whitespace content (empty span when blank)."""
    segment = text[start:end]
    left = len(segment) - len(segment.lstrip())
    right = len(segment.rstrip())
    return (start + left, start + right) if right > left else (start, start)


# A line that opens a news page's list of other stories: everything after it is other pages' headlines.
_OTHER_STORIES = re.compile(
    r"(?:related(?: (?:articles|news|stories|posts))?|more like this|you may also like|read more|popular|"
    r"most read|latest news|also read|more stories|recommended(?: for you)?|trending)\s*:?",
    re.IGNORECASE,
)
_MIN_BODY_BEFORE_STORIES = 300  # characters of text before such a line, so a headline "Related" is not taken


def furniture_spans(text: str) -> list[Span]:
    """Spans ``[start, end)`` of site furniture in ``text``, sorted, never across a newline.

    Date lines ("Updated: July 16, 2020 08:42") are kept: they carry the publication date
    (a "Source:MFA 2022-03-21" credit line is furniture; ``published_from_text`` reads the
    unmasked text).
    """
    cleaned = clean_chars(text)
    spans: list[Span] = []
    for line_start, line_end in _lines(cleaned):
        start, end = _stripped(cleaned, line_start, line_end)
        if start == end:
            continue
        content = cleaned[start:end]
        if start >= _MIN_BODY_BEFORE_STORIES and _OTHER_STORIES.fullmatch(content):
            rest = [_stripped(cleaned, a, b) for a, b in _lines(cleaned) if a >= start]
            spans.extend(span for span in rest if span[0] < span[1])
            break
        length = len(re.sub(r"https?://\S+", "", content))  # an address is furniture's, whatever its length
        if length <= _MAX_FURNITURE_LINE and (_LINE_RE.fullmatch(content) or _is_button_row(content)):
            spans.append((start, end))
            continue
        for match in _INLINE_RE.finditer(content):
            inner = _stripped(cleaned, start + match.start(), start + match.end())
            if inner[0] < inner[1]:
                spans.append(inner)
    return spans


def normalize(text: str) -> str:
    """Clean characters and blank furniture; the result has exactly ``len(text)`` characters."""
    chars = list(clean_chars(text))
    for start, end in furniture_spans(text):
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def title_line(text: str) -> str | None:
    """The headline: the first non-empty line that is not furniture, a date or a masthead.

    Returned as published (original characters), stripped of surrounding whitespace.
    """
    normalized = normalize(text)
    for line_start, line_end in _lines(normalized):
        start, end = _stripped(normalized, line_start, line_end)
        if start == end:
            continue
        content = normalized[start:end]
        if is_date_line(content) or _MASTHEAD_RE.fullmatch(content):
            continue
        return text[start:end].strip()
    return None
