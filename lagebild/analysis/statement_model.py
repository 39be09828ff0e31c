"""A learned keep/drop decision over the attribution rules' named statements.

The rules of `attribution` find statements by their frames; on text nobody tuned them on a third
of what they print is not a statement the gold format counts (an opinion verb with its subject
inside the content, "Hilfsorganisationen warnen vor ...", a reported act, a quoted term, a speaker
resolved to a role word or an age). This step describes each named statement by what the rules
left in it (cue and where it stands, mode, how the speaker is written against the name it was
resolved to, content length and shape, Konjunktiv, quotation marks, position, figures inside) and
a logistic regression (weights in `lagebild/models/statement_model.json`, trained by
`scripts/train_statement_model.py` on the project's gold folders) gives the probability that the
gold would count it; below the file's threshold the statement is dropped.

It runs after the claims step, so claims never change; statements without a speaker (unnamed
sources) are never touched. A statement it drops leaves `doc.statements` (the analysis result, the
store, the views, `lagebild eval`) for `doc.dropped_statements`: speech all the same, which the
Wikinews quotation corpus counts (role-only speakers, reported acts), so `Doc.quotations()` and
`lagebild eval-quotes` keep it, as they keep the quotations nested in a statement. **On by
default** (leave-one-batch-out over the gold folders raises statement F1 pooled and in each folder
group, and Wikinews is the rules' by construction); `LAGEBILD_STATEMENT_MODEL=0` gives the rules
alone, a path loads another file; a missing or unreadable file warns once and keeps every statement.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lagebild.analysis.attribution import lexicon
from lagebild.analysis.doc import Doc
from lagebild.analysis.model_files import Switched, read_json
from lagebild.model import Statement

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "statement_model.json"
WORD = re.compile(r"\w+(?:-\w+)*")


class StatementModelError(ValueError):
    """The model file cannot be used."""


@dataclass(frozen=True)
class StatementModel:
    weights: dict[str, float]
    bias: float
    threshold: float  # least probability of "the gold counts it" that keeps a statement
    meta: dict[str, Any]

    def probability(self, features: list[str]) -> float:
        weight = self.weights.get
        score = self.bias
        for feature in features:
            score += weight(feature, 0.0)
        return 1.0 / (1.0 + math.exp(-score)) if score > -500 else 0.0


def parse(data: Any, origin: str = "statement model") -> StatementModel:
    try:
        weights = {str(f): float(w) for f, w in data["weights"].items()}
        model = StatementModel(weights, float(data["bias"]), float(data["threshold"]), dict(data.get("meta") or {}))
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise StatementModelError(f"{origin}: not a statement model ({type(error).__name__}: {error})") from None
    return model


def load(path: str | Path = MODEL_PATH) -> StatementModel:
    return parse(read_json(path, "statement model", StatementModelError), str(path))


_SWITCH = Switched("LAGEBILD_STATEMENT_MODEL", MODEL_PATH, load, StatementModelError, on_by_default=True,
                   fallback="statements come from the rules alone")


def active_model() -> StatementModel | None:
    """The packaged model unless `$LAGEBILD_STATEMENT_MODEL` is "0" (the rules alone) or a path (that file)."""
    return _SWITCH.active()


# ---------------------------------------------------------------- features
def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-7" if n < 8 else "8-15" if n < 16 else "16-31" if n < 32 else "32+"


def _words(text: str) -> list[str]:
    return WORD.findall(text)


class _Article:
    """What every statement of one article is compared with, counted once."""

    def __init__(self, doc: Doc, statements: list[Statement]) -> None:
        # (a speaker's free words kept as its name's spelling are no mention the model was trained with)
        free = {(m.span, m.canonical) for m in doc.free_word_spellings}
        self.mentions = Counter(m.canonical for m in doc.mentions if (m.span, m.canonical) not in free)
        self.speakers = Counter(s.speaker for s in statements)
        self.claims = sorted((c.evidence.start, c.evidence.end) for c in doc.claims)
        self.claim_starts = [start for start, _end in self.claims]
        self.nested = sorted((s.content_span.start, s.content_span.end) for s in doc.nested_statements)
        self.nested_starts = [start for start, _end in self.nested]

    def claims_inside(self, span) -> int:
        k = bisect_left(self.claim_starts, span.start)
        inside = 0
        for start, end in self.claims[k:]:
            if start >= span.end:
                break
            inside += end <= span.end
        return inside

    def holds_nested(self, span) -> bool:
        """Whether a quotation of the speaker is nested in this statement ("Er sagte, die Lage sei „ruhig“"):
        the quotations nested in another statement are out of `doc.statements` (`Doc.nested_statements`)."""
        for start, end in self.nested[bisect_left(self.nested_starts, span.start):]:
            if start >= span.end:
                return False
            if end <= span.end:
                return True
        return False


def features(doc: Doc, statements: list[Statement], index: int, article: _Article | None = None) -> list[str]:
    """What describes the named statement `statements[index]` of `doc`: only its own article."""
    s = statements[index]
    article = article or _Article(doc, statements)
    text = doc.text
    lang = _language(doc.data)
    lex_pronouns, konjunktiv, quote_chars, quote_re = lang.pronouns, lang.konjunktiv, lang.quote_chars, lang.quote_re
    out = [f"mode={s.mode}", f"kind={s.kind}"]
    cue = (s.cue or "").lower()
    cue_words = cue.split()
    cue_class = "none"
    out.append(f"cue={cue}" if cue else "no_cue")
    if cue_words:
        lemma = lang.lemma(cue_words)
        if lemma is not None:
            out.append(f"lemma={lemma}")
            cue_class = "report" if lemma in lang.report_verbs else "speech"
        else:
            cue_class = "other"
        out.append(f"cue_class={cue_class}")
        out.append(f"cue_end={cue_words[-1][-3:]}")
    content = s.content_span
    here = doc.sentence_index(content.start)
    last = doc.sentence_index(max(content.start, content.end - 1))
    # where the cue stands against the content
    if s.cue_span is None:
        out.append("cue_at=none")
    else:
        cue_sentence = doc.sentence_index(s.cue_span.start)
        where = "before" if s.cue_span.end <= content.start else "after" if s.cue_span.start >= content.end \
            else "inside"
        out.append(f"cue_at={where}")
        if cue_sentence != here and where != "inside":
            out.append("cue_other_sentence")
    # how the speaker is written against the name it was resolved to
    speaker = s.speaker or ""
    name_parts = _words(speaker)
    name_words = {w.casefold() for w in name_parts if len(w) > 2}
    if s.speaker_span is None:
        out.append("speaker_at=none")
    else:
        written = text[s.speaker_span.start:s.speaker_span.end]
        words = _words(written)
        first = words[0].lower() if words else ""
        if first in lex_pronouns:
            how = "pronoun"
        elif name_words & {w.casefold() for w in words}:
            how = "name"
        elif any(w[:1].isupper() for w in words):
            how = "other_name"
        else:
            how = "lower"
        out.append(f"speaker_how={how}")
        if content.contains(s.speaker_span):
            out.append("speaker_in_content")
        where = "before" if s.speaker_span.end <= content.start else "after" \
            if s.speaker_span.start >= content.end else "inside"
        out.append(f"speaker_at={where}")
        if doc.sentence_index(s.speaker_span.start) != here and where != "inside":
            out.append("speaker_other_sentence")
        if s.cue_span is not None and s.cue_span.overlaps(s.speaker_span):
            out.append("speaker_is_cue")
        out.append(f"how&mode={how}&{s.mode}")
        out.append(f"how&kind={how}&{s.kind}")
    if any(w[:1].isdigit() for w in name_parts):
        out.append("name_digit")
    if speaker[:1].islower():
        out.append("name_lower")
    if s.role:
        out.append("role")
        if s.role.casefold() == speaker.casefold():
            out.append("role_is_name")
    if s.relay:
        out.append("relay")
    if s.denial:
        out.append("denial")
    # the content
    words = WORD.findall(text, content.start, content.end)
    length = _bucket(len(words))
    out.append(f"len&mode={length}&{s.mode}")
    out.append(f"sentences={min(last - here + 1, 3)}")
    sentence = doc.sentences[here] if doc.sentences else content
    from_start = content.start <= sentence.start + 1
    to_end = last < len(doc.sentences) and content.end >= doc.sentences[last].end - 1
    if from_start:
        out.append("from_sentence_start")
    if to_end:
        out.append("to_sentence_end")
    if not konjunktiv.isdisjoint(words):
        out.append("konjunktiv")
        out.append(f"konjunktiv&mode={s.mode}")
    before = text[max(0, content.start - 1):content.start]
    after = text[content.end:content.end + 1]
    if before in quote_chars and after in quote_chars:
        out.append("quoted")
    if quote_re.search(text, content.start, content.end):
        out.append("quote_inside")
    if words and words[0][:1].isupper():
        out.append("starts_upper")
    if words and words[0].lower() in lex_pronouns:
        out.append("starts_pronoun")
    if text.find("?", content.start, content.end) >= 0:
        out.append("question")
    # where in the article
    # (a text of one sentence has no headline)
    out.append("headline" if here == 0 and len(doc.sentences) > 1 else f"pos={min(here, 6) if here < 6 else 'late'}")
    # figures inside
    inside = article.claims_inside(content)
    out.append(f"claims={min(inside, 2)}")
    out.append(f"len&mode&claims={length}&{s.mode}&{min(inside, 1)}")
    out.append(f"whole&cue_class={from_start and to_end}&cue_class={cue_class}")
    # the statement among the others: a quotation nested in it, its place in a run of reported speech
    # (the first sentence or one that continues a report through its Konjunktiv), the speaker's count
    if article.holds_nested(content):
        out.append("holds_nested")
    if s.run_start is not None:
        run = "first" if s.run_start == content.start else "continues"
        out.append(f"run={run}")
        out.append(f"run&cue_class={run}&{cue_class}")
    out.append(f"speaker_statements={_bucket(article.speakers[s.speaker])}")
    mentions = article.mentions[s.speaker]
    out.append(f"name_words&mentions={min(len(name_parts), 4)}&{_bucket(mentions)}")
    return out


class _Language:
    """The attribution lexicon's words the features ask about, compiled once per language."""

    def __init__(self, data: Any) -> None:
        table = data.get("attribution", {})

        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in table.get(key, ()))

        self.pronouns = words("pronouns") | words("possessives") | words("demonstrative_pronouns")
        self.konjunktiv = frozenset(table.get("konjunktiv", ()))
        quotes = table.get("quotes", {}) or {}
        self.quote_chars = frozenset(set(quotes) | {c for v in quotes.values() for c in v})
        self.quote_re = re.compile("[" + "".join(map(re.escape, sorted(self.quote_chars))) + "]") \
            if self.quote_chars else re.compile(r"(?!)")
        self.report_verbs = frozenset(table.get("report_verbs", ()))
        self.forms = lexicon(data).forms

    def lemma(self, cue_words: list[str]) -> str | None:
        """The verb of saying a cue phrase is a form of, as the attribution lexicon lists it."""
        for word in cue_words:
            found = self.forms.get(word)
            if found:
                return found[0].lemma
        return None


_LANGUAGES: dict[int, tuple[Any, _Language]] = {}


def _language(data: Any) -> _Language:
    cached = _LANGUAGES.get(id(data))
    if cached is None or cached[0] is not data:
        cached = _LANGUAGES[id(data)] = (data, _Language(data))
    return cached[1]


def filter_statements(doc: Doc) -> None:
    """Move the named statements the model says the gold would not count out of `doc.statements` into
    `doc.dropped_statements` (a pipeline step after claims, so no figure loses or gains a speaker by it):
    out of the analysis result, the store and the views, still speech for `Doc.quotations()`."""
    model = active_model()
    if model is None or not doc.statements:
        return
    statements = doc.statements
    article = _Article(doc, statements)
    kept, dropped = [], []
    for k, s in enumerate(statements):
        # (an interview's answer has no cue, no frame made it: the model reads a frame, it has nothing to judge)
        keep = s.speaker is None or s.cue is None \
            or model.probability(features(doc, statements, k, article)) >= model.threshold
        (kept if keep else dropped).append(s)
    doc.statements, doc.dropped_statements = kept, dropped
