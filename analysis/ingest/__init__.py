"""Reading articles: bytes to text, page noise removed with an offset map, and the metadata the text states."""
