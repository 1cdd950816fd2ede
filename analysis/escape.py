"""Escape untrusted article text for each place it can go: HTML, Markdown, LaTeX and matplotlib text."""
from __future__ import annotations

import html as _html
import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$&:@=\"'])")
_MD_SPACE = re.compile(r"\s+")
_LATEX = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&", "#": r"\#",
    "^": r"\textasciicircum{}", "_": r"\_", "%": r"\%", "~": r"\textasciitilde{}",
}


def html(text: object) -> str:
    """Text safe inside HTML elements and quoted attributes."""
    return _html.escape(str(text), quote=True)


def markdown(text: object) -> str:
    """Inline text that Markdown renders literally (no links or autolinks, images, emphasis, math or raw HTML).

    Line breaks become spaces, so the text cannot start a code block, heading, list or table.
    """
    return _MD_SPECIAL.sub(r"\\\1", _MD_SPACE.sub(" ", str(text)))


def latex(text: object) -> str:
    """Text that LaTeX typesets literally."""
    return "".join(_LATEX.get(c, c) for c in str(text))


def mpl(text: object) -> str:
    """Text for matplotlib labels: `$` would start mathtext."""
    return str(text).replace("$", r"\$")
