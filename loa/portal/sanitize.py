"""The HTML an article's body may hold: headings, paragraphs, lists, quotations, links and
pictures, nothing that runs or restyles the page (ADR 25). nh3 (the Ammonia sanitiser)
parses it as a browser would, so a tag split across quotes or an unclosed comment cannot
slip a script past it."""

import html as html_lib
import re

import nh3

TAGS = {"h2", "h3", "p", "ul", "ol", "li", "a", "strong", "em", "blockquote", "img", "br"}
ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt"}}
# no javascript:, data: or vbscript: addresses; a relative link stays on the site
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def clean_html(html: str) -> str:
    """`html` with only the allowed tags and attributes; links get rel="noopener"."""
    return nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    ).strip()


def text_of(html: str) -> str:
    """The words of `html` without any tag: for the folded search and the feed's summary."""
    words = nh3.clean(html.replace("<", " <"), tags=set())
    return " ".join(html_lib.unescape(words).split())


HAS_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")


def body_html(text: str) -> str:
    """What an officer typed, as the body's HTML. Plain text is set out by blank lines:
    each block a paragraph, a block whose lines start with "- " a list, one starting with
    "## " (or "### ") a heading. Text with tags in it is taken as HTML. Either way the result
    is then cleaned."""
    if HAS_TAG.search(text):
        return clean_html(text)
    parts = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip()):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        if all(line.startswith(("- ", "* ", "+ ")) for line in lines):
            items = "".join(f"<li>{html_lib.escape(line[2:].strip())}</li>" for line in lines)
            parts.append(f"<ul>{items}</ul>")
        elif len(lines) == 1 and lines[0].startswith("### "):
            parts.append(f"<h3>{html_lib.escape(lines[0][4:].strip())}</h3>")
        elif len(lines) == 1 and lines[0].startswith("## "):
            parts.append(f"<h2>{html_lib.escape(lines[0][3:].strip())}</h2>")
        else:
            parts.append("<p>" + "<br>".join(html_lib.escape(line) for line in lines) + "</p>")
    return clean_html("".join(parts))
