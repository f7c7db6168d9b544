"""Extraction: text and lexicon in, events out. Pure: no I/O, no global state."""

from .pipeline import Extractor, doc_id_for

__all__ = ["Extractor", "doc_id_for"]
