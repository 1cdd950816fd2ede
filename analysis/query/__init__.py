"""Questions asked of the facts: one query layer (DuckDB over the Parquet facts and documents tables) for the
build's planning and for every report.

Counts, rankings, initiatives, salience and near-duplicate articles are computed in the engine, out of core;
only the top rows and the passages a report cites reach pandas. Small corpora go through the same path.
"""
