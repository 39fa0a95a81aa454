"""Strip a saved web page down to its content: no scripts, site chrome, hidden or consent UI."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

# Never text a reader sees as part of the document.
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "nav",
    "head",
    "iframe",
    "object",
    "embed",
    "canvas",
    "audio",
    "video",
    "map",
    "button",
    "select",
    "input",
    "textarea",
)
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "search"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Consent-platform names: an element named after one is always its banner.
_CONSENT_VENDOR = re.compile(
    r"onetrust|optanon|cookiebot|cybotcookiebot|didomi|usercentrics|truste|qc-cmp|osano"
    r"|cookieyes|termly|iubenda|cc-banner|cc-window|cc-revoke|cmp-banner",
    re.IGNORECASE,
)
# Generic words: a policy's own "Cookies" section matches too, so it also has to look like a
# banner (a button, a dialog role, or banner-ish naming) and carry no headings.
_CONSENT_WORD = re.compile(r"cookie|consent|gdpr", re.IGNORECASE)
_BANNER_WORD = re.compile(
    r"banner|bar\b|notice|popup|pop-up|modal|overlay|dialog|wall|prompt|toast|alert",
    re.IGNORECASE,
)
_CONTENT_ROOTS = ("main", "article")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_SUBSTANTIAL = 0.3  # share of the page's text a <main>/<article> must hold to be the page


def clean(soup: BeautifulSoup | Tag, *, whole_page: bool = True) -> None:
    """Remove, in place, everything that is not document text."""
    # Judge first: a consent banner is recognised by its buttons, which are dropped too.
    # Containers of <main>/<article> are never noise (some sites class <body> "cookie-open").
    keep = {id(parent) for root in soup.find_all(_CONTENT_ROOTS) for parent in root.parents}
    doomed = [
        tag for tag in soup.find_all(True) if id(tag) not in keep and _is_noise(tag, whole_page)
    ]
    doomed += soup.find_all(_DROP_TAGS)
    for tag in doomed:
        if not tag.decomposed:
            tag.decompose()


def content_root(soup: BeautifulSoup) -> Tag | BeautifulSoup:
    """The <main> or largest <article> when it holds a substantial part of the page."""
    page = soup.body or soup
    total = _text_length(page)
    candidates = soup.find_all(_CONTENT_ROOTS) + soup.find_all(attrs={"role": "main"})
    best = max(candidates, key=_text_length, default=None)
    if best is not None and _text_length(best) >= _SUBSTANTIAL * total:
        return best
    return page


def _is_noise(tag: Tag, whole_page: bool) -> bool:
    if tag.name in ("html", "body", *_CONTENT_ROOTS):
        return False
    if tag.has_attr("hidden") or _HIDDEN_STYLE.search(str(tag.get("style", ""))):
        return True
    if tag.get("aria-hidden") == "true" and not tag.find(_HEADINGS):
        return True  # a page hidden behind an open dialog keeps its headed content
    if str(tag.get("role", "")).lower() in _CHROME_ROLES:
        return True
    if whole_page and tag.name in ("header", "footer") and not _inside_content(tag):
        return True
    return _is_consent_banner(tag)


def _inside_content(tag: Tag) -> bool:
    return tag.find_parent(["article", "main", "section", "aside"]) is not None


def _is_consent_banner(tag: Tag) -> bool:
    names = " ".join([str(tag.get("id", "")), *_classes(tag)])
    if _CONSENT_VENDOR.search(names):
        return True
    if not _CONSENT_WORD.search(names) or tag.find(_HEADINGS):
        return False
    role = str(tag.get("role", "")).lower()
    return bool(
        role in ("dialog", "alertdialog")
        or tag.get("aria-modal") == "true"
        or _BANNER_WORD.search(names)
        or tag.find(["button", "input"])
    )


def _classes(tag: Tag) -> list[str]:
    value = tag.get("class") or []
    return [value] if isinstance(value, str) else list(value)


def _text_length(tag: Tag | BeautifulSoup) -> int:
    return len("".join(tag.get_text().split()))
