from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# The user's own knowledge-base folder: empty and private to the test run.
os.environ["HUIWU_HOME"] = tempfile.mkdtemp(prefix="huiwu-home-")

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SEED = ROOT.parent / "shared" / "seed" / "000_8756557a5472ce82.txt"


@pytest.fixture(scope="session")
def lexicon():
    from huiwu.lexicon import default_lexicon

    return default_lexicon()


@pytest.fixture
def failing_extraction(monkeypatch):
    """`failing_extraction(marker, error)`: from then on `huiwu.extract_article` raises `error` for an
    article whose text holds `marker`, and extracts the others as usual."""
    import huiwu

    real = huiwu.extract_article

    def install(marker: str, error: Exception) -> None:
        def extract(article):
            if marker in article.text:
                raise error
            return real(article)

        monkeypatch.setattr(huiwu, "extract_article", extract)

    return install


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("the seed article is not beside the project")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_events(seed_text):
    import huiwu

    return huiwu.extract(seed_text, published="2023-11-11", markup="markdown")


CORPORA = (DATA, DATA / "heldout")


def article_paths() -> list[Path]:
    """Every example article: the development set and the held-out set."""
    return sorted(p for corpus in CORPORA for p in (corpus / "articles").iterdir() if p.is_file())
