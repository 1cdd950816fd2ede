"""The facts table: its schema, canonical entities, the per-article cache, and its export as files."""
