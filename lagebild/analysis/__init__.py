"""Per-article analysis: a pure function from an `Article` to an `Analysis`.

Like a spaCy pipeline, small named steps annotate one `Doc` in order. Each step
reads what earlier steps left and adds its own layer; none does any I/O beyond
reading the packaged language data.
"""

from __future__ import annotations

import gc
from typing import Callable

from lagebild import lang
from lagebild.analysis import attribution, claims, entities, numbers, quote_tagger, sentences, speaker_model, \
    statement_model, times
from lagebild.analysis.doc import Doc
from lagebild.lang.gazetteer import gazetteer
from lagebild.model import Analysis, Article

Step = Callable[[Doc], None]

# (no tokens step: claims tokenizes the sentences it reads, see sentences.tokens_in)
PIPELINE: tuple[tuple[str, Step], ...] = (
    ("sentences", sentences.split_sentences),
    ("quantities", numbers.find_quantities),
    ("times", times.find_times),
    ("mentions", entities.find_mentions),
    ("attribution", attribution.attribute),
    ("claims", claims.build_claims),
    # after claims, so a changed speaker never changes a figure's source
    ("speaker model", speaker_model.rerank),
    # after claims, so dropping a statement never changes a figure's source
    ("statement model", statement_model.filter_statements),
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


_prepared: set[str] = set()
# Allocations between two collections of the youngest generation (Python's default is 700): an
# article makes tens of thousands of short-lived tokens, spans and tuples, so at 700 the collector
# ran every few hundred tokens and promoted live ones to be walked again by older collections
# (same output, 4-6% less CPU on 10kGNAD and WMT articles measured in one process)
YOUNG_COLLECTION_THRESHOLD = 10_000


def prepare(language: str = "de") -> None:
    """For a process about to analyse many articles: load the language data and its gazetteer
    now, then gc.freeze() them, so that full garbage collections no longer walk those hundreds
    of thousands of long-lived objects (about 50 ms a collection), and collect the youngest
    generation less often (YOUNG_COLLECTION_THRESHOLD). Once per process; entry points call it
    (the CLI, ingest workers, Spark partitions), importing this package never does.
    """
    language = lang.best_supported(language)
    if language in _prepared:
        return
    gazetteer(lang.load(language))
    gc.collect()  # what is garbage now is never frozen
    gc.freeze()
    young, *older = gc.get_threshold()
    if 0 < young < YOUNG_COLLECTION_THRESHOLD:  # (0: the process turned collection off)
        gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, *older)
    _prepared.add(language)
