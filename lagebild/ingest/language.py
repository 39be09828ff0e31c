"""Language identification with py3langid, limited to languages news arrives in."""

from __future__ import annotations

from functools import cache

# Restricting the candidates keeps short German texts from being read as, say, Luxembourgish.
CANDIDATES = ("de", "en", "fr", "es", "it", "nl", "pl", "pt", "ru", "uk", "tr", "ar", "cs", "da", "sv")
SAMPLE_CHARS = 2000  # the opening of an article is enough and keeps long texts fast


@cache
def _identifier():
    """The identifier over the candidates only.

    Built from the model's arrays rather than with `set_languages`, which keeps the
    full feature-by-language table (97 languages, ~27 MB) beside the sliced one.
    """
    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    from py3langid.modelio import load_model

    per_class, prior, classes, nextmove, row, output = load_model(MODEL_DIR / MODEL_FILE)
    keep = [i for i, code in enumerate(classes) if code in CANDIDATES]
    return LanguageIdentifier(np.ascontiguousarray(per_class[:, keep]), prior[keep], [classes[i] for i in keep],
                              nextmove, output, tk_row=row)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, None when there is nothing to judge."""
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None
    code, _score = _identifier().classify(sample)
    return code
