"""Report content: what the notebooks call to turn the facts table into findings, tables, charts and citations."""
