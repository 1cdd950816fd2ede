"""Turn an executed notebook into a self-contained HTML page and print that page to PDF with chromium.

HTML: nbconvert's lab template without CDN scripts, code cells hidden. PDF: Debian's chromium, driven
through Playwright with `executable_path` (no browser download), one browser shared by all reports.
Both outputs are normalised so the same notebook gives the same bytes.
"""

from __future__ import annotations

import re
import shutil
from importlib import resources
from pathlib import Path

from analysis.errors import BuildError

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--font-render-hinting=none",
]


def chromium_path() -> str:
    """Path of the system chromium; BuildError with the install command if missing."""
    for c in CHROMIUM_CANDIDATES:
        if Path(c).exists():
            return c
    found = shutil.which("chromium")
    if found:
        return found
    raise BuildError(
        "chromium is not installed, so PDFs cannot be printed.",
        hint="Run `make setup` (it installs Debian's chromium and the fonts), or build with --no-pdf.",
    )


def _template_dir() -> str:
    return str(resources.files(__package__).joinpath("templates"))


def report_css() -> str:
    return resources.files(__package__).joinpath("templates/report.css").read_text(encoding="utf-8")


def to_html(nb, title: str) -> str:
    """Self-contained HTML of an executed notebook, code cells and prompts hidden."""
    import nbformat  # deferred: start-up cost (a no-op build renders nothing)
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_name="report",
        extra_template_basedirs=[_template_dir()],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
        anchor_link_text="",
    )
    nb = nbformat.from_dict(nb)
    nb.metadata["title"] = title
    body, _ = exporter.from_notebook_node(nb, resources={"report_css": report_css()})
    return normalise_html(body)


_CELL_ID = re.compile(r'\s(?:id|data-jp-cell-id)="cell-id=[^"]*"')


def normalise_html(html: str) -> str:
    """Drop cell ids (random in papermill's injected cell) and trailing spaces."""
    html = _CELL_ID.sub("", html)
    return "\n".join(line.rstrip() for line in html.splitlines()) + "\n"


_PDF_DATE = re.compile(rb"/(CreationDate|ModDate) \(D:(\d{14})([^)]*)\)")


def normalise_pdf(data: bytes, epoch_date: str) -> bytes:
    """Replace the PDF's creation and modification dates (same length, so xref offsets stay valid)."""
    stamp = epoch_date.encode()
    assert len(stamp) == 14

    def sub(m: re.Match) -> bytes:
        tail = m.group(3)
        return b"/" + m.group(1) + b" (D:" + stamp + b"+00'00'"[: len(tail)].ljust(len(tail), b" ") + b")"

    return _PDF_DATE.sub(sub, data)


# A PDF travels without the files beside its HTML, and chromium would write their absolute paths into it:
# links that leave the page go to their `data-print-href` (a citation's Sources entry) or become plain text.
_LOCAL_LINKS = """() => document.querySelectorAll('a[href]:not([href^="#"])').forEach(a => {
    if (a.dataset.printHref) a.setAttribute('href', a.dataset.printHref); else a.removeAttribute('href');
})"""


class PdfPrinter:
    """One headless chromium for many pages; use as a context manager."""

    def __init__(self) -> None:
        self._pw = None
        self._browser = None

    def __enter__(self) -> "PdfPrinter":
        path = chromium_path()
        from playwright.sync_api import sync_playwright  # deferred: start-up cost

        self._pw = sync_playwright().start()
        try:
            self._browser = self._pw.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        except Exception as exc:
            self._pw.stop()
            raise BuildError(
                f"chromium at {path} did not start: {str(exc).splitlines()[0]}",
                hint="Run `make setup` to reinstall it, or build with --no-pdf.",
            ) from None
        return self

    def __exit__(self, *exc) -> None:
        if self._browser is not None:
            self._browser.close()
        if self._pw is not None:
            self._pw.stop()

    def print_pdf(self, html_path: Path, epoch_date: str) -> bytes:
        """PDF bytes of a local HTML file (A4, backgrounds, no header or footer)."""
        page = self._browser.new_page()
        try:
            page.goto(Path(html_path).resolve().as_uri(), wait_until="load")
            page.evaluate(_LOCAL_LINKS)
            page.emulate_media(media="print")
            data = page.pdf(format="A4", print_background=True, prefer_css_page_size=True, display_header_footer=False)
        finally:
            page.close()
        return normalise_pdf(data, epoch_date)
