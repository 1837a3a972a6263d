"""Text, title and date of an HTML page: trafilatura first, a plain flattening as fallback."""

from __future__ import annotations

import re
from typing import Any

_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def extract_html(html: str) -> tuple[str, str | None, str | None]:
    """Main text, title and date (YYYY-MM-DD) as trafilatura reads them; empty text on failure."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html,
            include_comments=False,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # trafilatura raises assorted errors on broken markup; fall back
        return "", None, None
    if result is None:
        return "", None, None
    fields: dict[str, Any] = result if isinstance(result, dict) else {}

    def field(name: str) -> Any:
        return fields.get(name) if fields else getattr(result, name, None)

    text = field("text") or ""
    title = (field("title") or "").strip() or None
    date = field("date")
    published = date if isinstance(date, str) and _ISO_DATE.fullmatch(date) else None
    return text, title, published


def _parse_html(html: str) -> Any:
    """An lxml tree of the page, or None; lxml rejects str input with an XML declaration."""
    import lxml.html
    from lxml.etree import ParserError

    cleaned = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    try:
        return lxml.html.fromstring(cleaned) if cleaned.strip() else None
    except (ParserError, ValueError):
        return None


# Elements that end a line of text when a page is flattened.
_BLOCKS: tuple[str, ...] = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th")
_BLOCKS += ("section", "article", "blockquote", "pre")


def plain_html_text(html: str) -> str:
    """Visible text of the page, one block a line, without scripts, styles or navigation."""
    tree = _parse_html(html)
    if tree is None:
        return ""
    for bad in tree.xpath("//script|//style|//noscript|//nav|//header|//footer|//form|//head"):
        bad.drop_tree()
    for block in tree.iter(*_BLOCKS):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in tree.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def html_title(html: str) -> str | None:
    """The page's <title>, else its first <h1>."""
    tree = _parse_html(html)
    if tree is None:
        return None
    for xpath in ("//title", "//h1"):
        for node in tree.xpath(xpath):
            title = " ".join(node.text_content().split())
            if title:
                return title
    return None
