"""Building the reports: plan, keys and manifest, lock, execution, rendering, publishing, the index page, verify."""
