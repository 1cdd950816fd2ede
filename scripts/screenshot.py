"""Screenshot of the top of a rendered report, for the README: `python scripts/screenshot.py REPORT.html OUT.png`."""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from analysis.assemble.render import CHROMIUM_ARGS, chromium_path


def main(html: str, out: str) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1000, "height": 1250}, device_scale_factor=1)
        page.goto(Path(html).resolve().as_uri(), wait_until="load")
        page.screenshot(path=out, full_page=False)
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
