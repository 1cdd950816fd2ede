"""Facts with provenance from news articles on China–UK health cooperation and GBA health reforms."""

__version__ = "0.1.0"
