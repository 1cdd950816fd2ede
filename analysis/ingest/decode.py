"""From the bytes of an article file to its text, or a reason why the file is not a usable article.

Accepted: UTF-8, with or without a byte-order mark. Refused, with what to do: empty files, UTF-16/32,
other encodings (named when charset_normalizer recognises them), binary files, HTML pages saved as .txt,
and files over `MAX_BYTES`.
"""

from __future__ import annotations

import hashlib
import re
import stat
from pathlib import Path

MAX_BYTES = 5 * 1024 * 1024
"""Largest article accepted, in bytes: news articles are far smaller; a bigger file is almost surely not one."""


class ArticleProblem(Exception):
    """Why one file is not a usable article (message and advice)."""

    def __init__(self, problem: str, hint: str):
        super().__init__(problem)
        self.problem, self.hint = problem, hint


_HTML = re.compile(r"<\s*(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)


def _utf16_without_bom(data: bytes) -> bool:
    """True when every other byte is NUL, as in UTF-16 text of Latin letters saved without a byte-order mark."""
    head = data[:8192]
    if len(head) < 8:
        return False
    even, odd = head[0::2], head[1::2]
    return max(even.count(0) / len(even), odd.count(0) / len(odd)) > 0.4


def _decode(data: bytes) -> tuple[str, str]:
    """Text of an article file and the encoding it was read as; raises ArticleProblem.

    A UTF-8 byte-order mark is accepted and dropped (encoding "utf-8-sig"), so offsets index the text after it.
    """
    if not data.strip():
        raise ArticleProblem("the file is empty.", "Delete it or paste the article's text into it.")
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise ArticleProblem(
            "the file is UTF-32 text (it starts with a UTF-32 byte-order mark), not UTF-8.",
            "Re-save it as UTF-8, e.g. `iconv -f UTF-32 -t UTF-8 IN > OUT`, and replace the file.",
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleProblem(
            "the file is UTF-16 text (it starts with a UTF-16 byte-order mark), not UTF-8.",
            "Re-save it as UTF-8, e.g. `iconv -f UTF-16 -t UTF-8 IN > OUT`, and replace the file.",
        )
    if b"\x00" in data[:8192]:
        if _utf16_without_bom(data):
            raise ArticleProblem(
                "the file looks like UTF-16 text without a byte-order mark (every other byte is zero), not UTF-8.",
                "Re-save it as UTF-8, e.g. `iconv -f UTF-16LE -t UTF-8 IN > OUT` (or UTF-16BE), and replace the file.",
            )
        raise ArticleProblem(
            "the file is binary (it contains NUL bytes), not a text article.",
            "Remove it from the folder, or save the article as plain UTF-8 text.",
        )
    enc = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as exc:
        guess = _guess_encoding(data)
        raise ArticleProblem(
            f"the file is not valid UTF-8 (byte {exc.start} cannot be decoded)"
            + (f"; it looks like {guess}" if guess else "")
            + ".",
            f"Re-save it as UTF-8, e.g. `iconv -f {guess.upper() if guess else 'ENCODING'} -t UTF-8 IN > OUT`, "
            "and replace the file.",
        ) from None
    ctrl = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\t\n\r\f")
    if ctrl > max(8, len(text[:8192]) // 50):
        raise ArticleProblem(
            "the file holds control characters, so it looks binary rather than a text article.",
            "Remove it from the folder, or save the article as plain UTF-8 text.",
        )
    if _HTML.search(text[:4096]) and len(re.findall(r"<[a-zA-Z/][^>]{0,200}>", text)) > 5:
        raise ArticleProblem(
            "the file is an HTML page saved as .txt, not the article's text.",
            "Open the page in a browser and save it as text (or copy the article's text into the file).",
        )
    if not text.replace("\ufeff", "").strip():
        raise ArticleProblem("the file holds only whitespace.", "Delete it or paste the article's text into it.")
    return text, enc


def _guess_encoding(data: bytes) -> str:
    """The encoding charset_normalizer recognises in the first 64 KiB, or ""."""
    from charset_normalizer import from_bytes  # deferred: start-up cost (only a file that is not UTF-8 needs it)

    best = from_bytes(data[:65536]).best()
    return best.encoding if best is not None else ""


def read_article(path: Path) -> tuple[str, str, str]:
    """Text, encoding and sha256 of one article file; raises ArticleProblem."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(info.st_mode):
            raise ArticleProblem("this is not a regular file (a pipe, socket or device).", "Remove it from the folder.")
        size = info.st_size
        if size > MAX_BYTES:
            raise ArticleProblem(
                f"the file is {size / 2**20:.1f} MB ({size:,} bytes), over the {MAX_BYTES // 2**20} MB "
                f"({MAX_BYTES:,} bytes) limit for one article.",
                "Check that it is a single article; split it or remove it from the folder.",
            )
        data = path.read_bytes()
    except PermissionError:
        raise ArticleProblem(
            "the file cannot be read (permission denied).", "Make it readable, e.g. `chmod a+r FILE`."
        ) from None
    except IsADirectoryError:
        raise ArticleProblem("this is a folder, not a file.", "Rename it so it does not end in .txt.") from None
    except OSError as exc:
        raise ArticleProblem(f"the file cannot be read ({exc.strerror}).", "Check the file and try again.") from None
    text, enc = _decode(data)
    return text, enc, hashlib.sha256(data).hexdigest()
