"""A report's length does not grow with the corpus: page bounds on the 200-article corpus."""

import re

import pytest
from corpora import repeated

from analysis.assemble.run import build

pytestmark = pytest.mark.slow
BOUNDS = {"01-corpus-overview": 8, "02-china-uk-cooperation": 12, "03-gba-health-reforms": 14, "04-entity-profile": 5}


def pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("scale")
    corpus = repeated(root / "corpus", 200)
    out = root / "reports"
    assert build(corpus, out, quiet=True) == 0
    return out


def test_every_report_stays_within_its_page_bound(built):
    counted = {p.stem: pages(p.read_bytes()) for p in sorted(built.glob("*.pdf"))}
    assert len(counted) == 7
    over = {stem: n for stem, n in counted.items() if n > BOUNDS[re.sub(r"^(04-entity-profile).*", r"\1", stem)]}
    assert over == {}, counted


def test_sources_list_each_passage_once(built):
    for html in built.glob("*.html"):
        entries = re.findall(r'<li id="src-\d+">(.*?), characters ', html.read_text(encoding="utf-8"), re.S)
        assert len(entries) == len(set(entries)), html.name
