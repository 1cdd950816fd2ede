"""Escape untrusted article text for each place it goes: HTML and matplotlib text."""

from __future__ import annotations

import html as _html


def html(text: object) -> str:
    """Text safe inside HTML elements and quoted attributes."""
    return _html.escape(str(text), quote=True)


def mpl(text: object) -> str:
    """Text for matplotlib labels: `$` would start mathtext."""
    return str(text).replace("$", r"\$")
