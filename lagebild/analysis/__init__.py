"""Per-article analysis: a pure function from an `Article` to an `Analysis`.

Like a spaCy pipeline, small named steps annotate one `Doc` in order. Each step
reads what earlier steps left and adds its own layer; none does any I/O beyond
reading the packaged language data.
"""

from __future__ import annotations

from typing import Callable

from lagebild import lang
from lagebild.analysis import attribution, claims, entities, numbers, quote_tagger, sentences, times
from lagebild.analysis.doc import Doc
from lagebild.model import Analysis, Article

Step = Callable[[Doc], None]

PIPELINE: tuple[tuple[str, Step], ...] = (
    ("tokens", sentences.tokenize),
    ("sentences", sentences.split_sentences),
    ("quantities", numbers.find_quantities),
    ("times", times.find_times),
    ("mentions", entities.find_mentions),
    ("attribution", attribution.attribute),
    ("claims", claims.build_claims),
    # after claims, so model statements never lend a figure a source
    ("quote model", quote_tagger.add_statements),
)


def make_doc(article: Article) -> Doc:
    language = lang.best_supported(article.language)
    return Doc(article=article, language=language, data=lang.load(language))


def analyze(article: Article, steps: tuple[tuple[str, Step], ...] = PIPELINE) -> Analysis:
    doc = make_doc(article)
    for _name, step in steps:
        step(doc)
    return Analysis(
        article=article,
        sentences=doc.sentences,
        mentions=doc.mentions,
        times=doc.times,
        quantities=doc.quantities,
        statements=doc.statements,
        claims=doc.claims,
    )
