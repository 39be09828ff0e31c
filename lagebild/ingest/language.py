"""Language identification with py3langid, limited to languages news arrives in."""

from __future__ import annotations

from functools import cache

# Restricting the candidates keeps short German texts from being read as, say, Luxembourgish.
CANDIDATES = ("de", "en", "fr", "es", "it", "nl", "pl", "pt", "ru", "uk", "tr", "ar", "cs", "da", "sv")
SAMPLE_CHARS = 2000  # the opening of an article is enough and keeps long texts fast


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(list(CANDIDATES))
    return identifier


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, None when there is nothing to judge."""
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None
    code, _score = _identifier().classify(sample)
    return code
