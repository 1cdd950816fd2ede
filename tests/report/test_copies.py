"""Five copies of a corpus (a press release republished by several outlets) give the reports of one copy: the same
key findings with the same numbers, every count made once."""

from reportcorpus import Articles, plain, two_articles

from analysis.ingest.signature import text_signature
from analysis.report import cooperation, overview, reforms


def _signed(a: Articles) -> Articles:
    for doc_id, text in a.texts.items():  # near-duplicate signatures, as the ingest stage writes them
        a.docs[doc_id].update(text_signature(text * 20))
    return a


def _copies(one: Articles, tmp, n: int) -> Articles:
    """`n` copies of every article of `one`, each after the first with a closing line of its own outlet."""
    many = Articles(tmp)
    for doc_id, text in one.texts.items():
        row = one.docs[doc_id]
        for k in range(n):
            copy = doc_id if k == 0 else f"{doc_id}-copy{k}"
            body = text if k == 0 else text + f"Republished by the Outlet Number {k} newsroom.\n"
            many.article(copy, body, published=row.get("published"), publisher=row.get("publisher"))
            for f in one.facts:
                if f["doc_id"] == doc_id:
                    many.facts.append(dict(f, doc_id=copy, fact_id=None) | {"fact_id": f"{f['fact_id']}-{k}"})
    return _signed(many)


def _findings(a: Articles, name: str, module, **params) -> list[str]:
    return [plain(f.render()) for f in module.key_findings(a.report(name, **params))]


def test_five_copies_state_the_key_findings_of_one(tmp_path):
    one = _signed(two_articles(tmp_path / "one"))
    five = _copies(two_articles(tmp_path / "src"), tmp_path / "five", 5)
    for name, module in (("02-china-uk-cooperation", cooperation), ("03-gba-health-reforms", reforms)):
        assert _findings(five, name, module, focus="all") == _findings(one, name, module, focus="all"), name
    # the overview says how many copies it folded, and counts the distinct articles as one copy does
    got = _findings(five, "01-corpus-overview", overview)
    assert got[0] == (
        "The corpus holds 10 articles; eight are republished copies of others, so two distinct articles remain: two "
        "concern China–UK cooperation."
    )
    # the rest say the same of the distinct articles ("two of two distinct articles" where copies were folded)
    assert [g.replace(" distinct articles", " articles") for g in got[1:]] == _findings(
        one, "01-corpus-overview", overview
    )[1:]
