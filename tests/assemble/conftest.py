"""Shared fixtures of the build tests."""

import pytest

from analysis.assemble import jobs, publish


class StandIn(list):
    """The stems the stand-in was asked to build; each report it builds says it cites the doc_ids of `cites`."""

    cites: tuple[str, ...] = ()


@pytest.fixture
def no_notebooks(monkeypatch):
    """Each planned report publishes a tiny HTML file and figure, and is recorded in the manifest as `run_jobs`
    records it (citing the doc_ids of `.cites`), instead of executing its notebook (which the build looks up when
    it runs); yields the stems the stand-in was asked to build. Everything else of the build (facts, data files,
    article pages, index, manifest, staging, publishing) is the real thing."""
    called = StandIn()

    def stand_in(todo, keys, out_dir, stage, manifest, **kw):
        for job in todo:
            called.append(job.stem)
            files = {f"{job.stem}.html": b"<p>new</p>\n", f"figures/{job.stem}/a.svg": b"<svg/>"}
            with publish.writes(out_dir):
                digests = publish.publish(out_dir, stage, files, manifest.outputs(job.stem))
            manifest.data["reports"][job.stem] = {
                "key": keys[job.stem],
                "params": job.params,
                "outputs": digests,
                "cited": sorted(called.cites),
            }
        return []

    monkeypatch.setattr(jobs, "run_jobs", stand_in)
    return called
