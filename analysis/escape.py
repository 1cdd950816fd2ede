"""Escape untrusted article text for each place it can go: HTML, Markdown, LaTeX and matplotlib text."""
from __future__ import annotations

import html as _html
import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$&])")
_LATEX = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&", "#": r"\#",
    "^": r"\textasciicircum{}", "_": r"\_", "%": r"\%", "~": r"\textasciitilde{}",
}


def html(text: object) -> str:
    """Text safe inside HTML elements and quoted attributes."""
    return _html.escape(str(text), quote=True)


def markdown(text: object) -> str:
    """Text that Markdown renders literally (no links, images, emphasis, math or raw HTML)."""
    return _MD_SPECIAL.sub(r"\\\1", str(text))


def latex(text: object) -> str:
    """Text that LaTeX typesets literally."""
    return "".join(_LATEX.get(c, c) for c in str(text))


def mpl(text: object) -> str:
    """Text for matplotlib labels: `$` would start mathtext."""
    return str(text).replace("$", r"\$")
