"""A learned choice of each statement's speaker mention among the phrases around it.

The attribution rules pick one speaker phrase per statement by their frames; on the Wikinews
quotation corpus about one matched quotation in six carries a wrong speaker span, each wrong in a
small construction of its own (the subject of another clause, a pronoun where the text names the
speaker, a noun of communication the corpus counts as the speaker). This step lists, for every
statement with a speaker phrase, the candidates a reader could link it to: the rules' own phrase,
every person, organisation, group or place mention, every noun that can speak (roles, bodies,
messages and reports, agent nouns; the attribution lexicon's word lists), personal, demonstrative
and relative pronouns, in the content's sentence and the two before it (and the one after it, for
a direct quotation). A listwise logistic regression (weights in
`lagebild/models/speaker_model.json`, trained by `scripts/train_speaker_ranker.py`) scores each by
where it stands against the content and the cue, the words around it, its kind and what the rules
made of the statement. The best candidate replaces the rules' phrase only when its score beats
theirs by the file's `margin`; the statement's name follows the new phrase (a pronoun its
antecedent, as the rules resolve one; a phrase what the entities step and the rules' naming make
of it).

It runs after the claims step, so claims never change. **Off by default**: cross-validated over the 700
Wikinews train articles it gains three speakers in two thousand, and on dev it loses two of the five it
changes (lagebild/models/README.md). Unset or `LAGEBILD_SPEAKER_MODEL=0`
gives the rules' speakers, `1` the packaged file, a path another file; a missing or unreadable file warns once and
leaves the rules' speakers. Inference is plain Python over the JSON weights.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from lagebild.analysis import attribution, speaker_names
from lagebild.analysis.doc import Doc
from lagebild.analysis.model_files import Switched, read_json
from lagebild.model import Span, Statement

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "speaker_model.json"
SPEAKING_KINDS = ("person", "org", "group", "place")


class SpeakerModelError(ValueError):
    """The model file cannot be used."""


@dataclass(frozen=True)
class SpeakerModel:
    weights: dict[str, float]
    margin: float  # how far a candidate's score must beat the rules' phrase's to replace it
    meta: dict[str, Any]

    def score(self, features: list[str]) -> float:
        weight = self.weights.get
        return sum(weight(f, 0.0) for f in features)


def parse(data: Any, origin: str = "speaker model") -> SpeakerModel:
    try:
        weights = {str(f): float(w) for f, w in data["weights"].items()}
        margin = float(data["margin"])
        if not math.isfinite(margin):
            raise ValueError("margin is not finite")
        model = SpeakerModel(weights, margin, dict(data.get("meta") or {}))
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise SpeakerModelError(f"{origin}: not a speaker model ({type(error).__name__}: {error})") from None
    return model


def load(path: str | Path = MODEL_PATH) -> SpeakerModel:
    return parse(read_json(path, "speaker model", SpeakerModelError), str(path))


_SWITCH = Switched("LAGEBILD_SPEAKER_MODEL", MODEL_PATH, load, SpeakerModelError, on_by_default=False,
                   fallback="speakers come from the rules alone")


def active_model() -> SpeakerModel | None:
    return _SWITCH.active()


# ---------------------------------------------------------------- candidates
@dataclass(slots=True)
class Candidate:
    span: Span
    kind: str  # "rule", "m_person", ..., "pron", "demo", "rel", "role", "body", "message", ...
    first: int  # token range in the Attributor's tokens
    last: int
    canonical: str | None = None  # a mention's canonical name


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-7" if n < 8 else "8-15" if n < 16 else "16+"


class Article:
    """The tokens, lexicon and mentions of one analysed article, for every statement's candidates."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.att = attribution.Attributor(doc)
        self.lex = self.att.lex
        lex = self.lex
        self.verb_forms = frozenset(w.lower() for w in lex.forms)
        self.message_words = frozenset(w.lower() for w in lex.message_nouns)
        self.news_words = frozenset(w.lower() for w in lex.news_nouns)
        # a word the text also writes in lower case is no noun ("Weiter sagte er ...")
        self.lower_words = frozenset(w for w in self.att.ttext if w[:1].islower())
        self._subjects: dict[int, tuple[tuple[int, int], int] | None] = {}
        self.mentions = sorted((m for m in doc.mentions if m.kind in SPEAKING_KINDS), key=lambda m: m.span.start)

    def noun_kind(self, k: int) -> str | None:
        """The class of a capitalised word that could speak, or None."""
        att, lex = self.att, self.lex
        if not att.tcap[k]:
            return None
        low = att.tlow[k]
        if low in lex.pronouns or low in self.lower_words:
            return None
        if attribution._is_role(lex, low):
            return "role"
        if low.endswith(lex.org_suffixes):
            return "body"
        if low in self.message_words or low.endswith(lex.message_endings):
            return "message"
        if low in lex.unnamed_heads:
            return "unnamed"
        if low in self.news_words:
            return "news"
        if len(low) > 4 and low.endswith(lex.agent_noun_endings) and low not in lex.determiners:
            return "agent"
        return None

    def subject(self, si: int) -> tuple[tuple[int, int], int] | None:
        """(subject tokens, finite verb) of sentence si's main clause, as the rules read it, once each."""
        if si not in self._subjects:
            a, b = self.att._tokens_of(si)
            self._subjects[si] = self.att._sentence_subject(a, b) if b - a >= 2 else None
        return self._subjects[si]

    def candidates(self, statement: Statement) -> list[Candidate]:
        """The rules' phrase first, then every other phrase that could be the statement's speaker."""
        att, doc, lex = self.att, self.doc, self.lex
        rule = statement.speaker_span
        out = [Candidate(rule, "rule", att._tok_at(rule.start), max(att._tok_at(rule.start) + 1, att._tok_at(rule.end)),
                         statement.speaker)]
        content = statement.content_span
        here = doc.sentence_index(content.start)
        last = doc.sentence_index(max(content.start, content.end - 1))
        sentences = att.sentences
        low = max(0, here - 2)
        high = min(len(sentences) - 1, last + (1 if statement.mode == "direct" else 0))
        if not sentences:
            return out
        start, end = sentences[low].start, sentences[high].end
        taken: list[Span] = [rule]
        for m in self.mentions:
            if m.span.start < start or m.span.end > end:
                continue
            if any(m.span.overlaps(t) for t in taken):
                continue
            a = att._tok_at(m.span.start)
            out.append(Candidate(m.span, "m_" + m.kind, a, max(a + 1, att._tok_at(m.span.end)), m.canonical))
            taken.append(m.span)
        a, b = att._tok_at(start), att._tok_at(end)
        tlow, tstart, tend = att.tlow, att.tstart, att.tend
        for k in range(a, b):
            word = tlow[k]
            if word in lex.pronouns:
                kind = "pron"
            elif word in lex.demonstrative_pronouns:
                kind = "demo"
            elif word in lex.relative_pronouns and k > a and tlow[k - 1] == "," and k + 1 < b and not att.tcap[k + 1]:
                # (", die Lage sei ernst": an article before its noun, no relative pronoun)
                kind = "rel"
            else:
                kind = self.noun_kind(k)
                if kind is None:
                    continue
            span = Span(tstart[k], tend[k])
            if any(span.overlaps(t) for t in taken):
                continue
            first = k
            if kind not in ("pron", "demo", "rel"):
                # the determiner and adjectives before the noun belong to its phrase (its name); the
                # determiner opens it ("erklärte die Fraktion": a verb before the article is no adjective)
                while first > a and first > k - 3 and (tlow[first - 1] in lex.determiners
                                                       or lex.is_adjective(att.ttext[first - 1])):
                    first -= 1
                    if tlow[first] in lex.determiners:
                        break
                span = Span(tstart[first], tend[k])
                if any(span.overlaps(t) for t in taken):
                    first, span = k, Span(tstart[k], tend[k])
            out.append(Candidate(span, kind, first, k + 1))
            taken.append(span)
        return out

    def features(self, statement: Statement, candidates: list[Candidate], previous: Statement | None) -> list[list[str]]:
        """What describes each candidate of one statement (a list of feature names per candidate)."""
        att, doc = self.att, self.doc
        tlow = att.tlow
        content = statement.content_span
        c0, c1 = att._tok_at(content.start), att._tok_at(content.end)
        here = doc.sentence_index(content.start)
        mode = statement.mode
        cue = (statement.cue or "").lower()
        cue_words = cue.split()
        if statement.cue_span is None:
            cue_class = "carried"
        elif cue_words and cue_words[0] in self.verb_forms or (cue_words and cue_words[-1] in self.verb_forms):
            cue_class = "verb"
        else:
            cue_class = "other"
        q0 = att._tok_at(statement.cue_span.start) if statement.cue_span is not None else None
        q1 = att._tok_at(statement.cue_span.end) if statement.cue_span is not None else None
        rule_kind = self._rule_kind(candidates[0])
        distances = []
        for c in candidates:
            if c.last <= c0:
                distances.append(("before", c0 - c.last))
            elif c.first >= c1:
                distances.append(("after", c.first - c1))
            else:
                distances.append(("inside", c.first - c0))
        # the nearest candidate before the content, and the nearest before the cue, by rank
        before_ranks = {k: r for r, (k, _d) in enumerate(sorted(
            ((k, d[1]) for k, d in enumerate(distances) if d[0] == "before"), key=lambda x: x[1]))}
        out = []
        sentence_starts = [att._tokens_of(s)[0] for s in range(len(att.sentences))]
        for k, c in enumerate(candidates):
            kind = rule_kind if k == 0 else c.kind
            f = [f"kind={kind}"]
            if k == 0:
                f += ["rule", f"rule&kind={kind}", f"rule&cue={cue_class}", f"rule&mode={mode}",
                      f"rule&cue_word={cue_words[0] if cue_words else '-'}"]
                if statement.speaker is None:
                    f.append("rule&unnamed")
            where, dist = distances[k]
            s_off = doc.sentence_index(c.span.start) - here
            s_off = max(-3, min(2, s_off))
            f += [f"where={where}", f"sent={s_off}", f"where&dist={where}&{_bucket(dist)}",
                  f"kind&where={kind}&{where}", f"kind&sent={kind}&{s_off}", f"kind&mode={kind}&{mode}",
                  f"where&mode={where}&{mode}", f"kind&cue={kind}&{cue_class}",
                  f"where&sent&mode={where}&{s_off}&{mode}"]
            if k in before_ranks:
                r = min(before_ranks[k], 3)
                f += [f"before_rank={r}", f"kind&before_rank={kind}&{r}"]
            if q0 is not None:
                if c.last <= q0:
                    cw, cd = "before", q0 - c.last
                elif c.first >= q1:
                    cw, cd = "after", c.first - q1
                else:
                    cw, cd = "overlap", 0
                f += [f"cue_at={cw}&{_bucket(cd)}", f"kind&cue_at={kind}&{cw}"]
                if cd <= 1:
                    f.append(f"next_to_cue&kind={kind}")
            if c.first in att.quote_of:
                f += ["quoted", f"quoted&kind={kind}"]
            prev = tlow[c.first - 1] if c.first > 0 else "<s>"
            nxt = tlow[c.last] if c.last < len(tlow) else "</s>"
            if c.first in sentence_starts:
                prev = "<s>"
            f += [f"prev={prev}", f"next={nxt}", f"kind&prev={kind}&{prev}"]
            if c.first > 1:
                f.append(f"prev2={tlow[c.first - 2]}_{prev}")
            if prev in self.verb_forms:
                f.append("after_speech_verb")
            if nxt in self.verb_forms:
                f.append("before_speech_verb")
            words = tlow[c.first:c.last]
            if words and words[-1].endswith("s") and c.canonical and not c.canonical.lower().endswith(words[-1]):
                f.append("genitive_s")
            if previous is not None and previous.speaker_span is not None:
                if c.span.overlaps(previous.speaker_span):
                    f.append("previous_speaker_span")
                if c.canonical is not None and c.canonical == previous.speaker:
                    f.append("previous_speaker_name")
            if k and c.canonical is not None and c.canonical == statement.speaker:
                f += [f"rule_name&kind={kind}", f"rule_name&where&sent={where}&{s_off}",
                      f"rule_name&cue={cue_class}"]
            if k == 0:
                f += [f"rule&sent&cue={s_off}&{cue_class}", f"rule&where&cue={where}&{cue_class}"]
                if c.first < len(tlow) and not att.tcap[c.first]:
                    f.append("rule&lower")
            own = doc.sentence_index(c.span.start)
            found = self.subject(own)
            if found is not None and found[0][0] < c.last and c.first < found[0][1]:
                verb = "speech" if tlow[found[1]] in self.verb_forms else "other"
                f += ["subject", f"subject&kind={kind}", f"subject&sent={s_off}", f"subject&verb={verb}",
                      f"subject&verb&where={verb}&{where}"]
            head = tlow[c.last - 1] if c.last - 1 < len(tlow) else ""
            f += [f"head={head}", f"kind&sent&cue={kind}&{s_off}&{cue_class}"]
            out.append(f)
        return out

    def _rule_kind(self, c: Candidate) -> str:
        att = self.att
        words = att.tlow[c.first:c.last]
        if len(words) == 1 and words[0] in self.lex.pronouns:
            return "pron"
        if len(words) == 1 and (words[0] in self.lex.demonstrative_pronouns or words[0] in self.lex.relative_pronouns):
            return "demo"
        kinds = {m.kind for m in att.overlapping_mentions(c.span) if m.kind in SPEAKING_KINDS}
        for kind in SPEAKING_KINDS:
            if kind in kinds:
                return "m_" + kind
        for k in range(c.last - 1, c.first - 1, -1):
            noun = self.noun_kind(k)
            if noun:
                return noun
        return "other"

    def name(self, statements: list[Statement], index: int, c: Candidate) -> tuple[str, str | None, str | None] | None:
        """The (name, kind, role) the rules would give the phrase as the statement's speaker, else None."""
        att, doc, lex = self.att, self.doc, self.lex
        statement = statements[index]
        words = att.tlow[c.first:c.last]
        if c.kind in ("pron", "demo", "rel"):
            spoken = [(s.speaker_span.start, (s.speaker, s.kind, s.role)) for s in statements
                      if s.speaker and s.speaker_span is not None and s.speaker_span.end <= c.span.start]
            frame = attribution.Frame(doc.sentence_index(c.span.start), statement.cue or "",
                                      statement.cue_span or c.span, statement.content_span, c.span)
            pronoun = words[0] if c.kind == "pron" else "er"
            return attribution._antecedent(doc, att, frame, spoken, pronoun)
        if words and (words[0] in lex.impersonal_subjects or attribution.unnamed_phrase(words, lex)):
            return None
        resolved = attribution._qualified_body(doc, lex, attribution._describe(doc, att, c.span))
        if not resolved or not resolved[0]:
            return None
        return speaker_names.refine(doc, c.span, resolved)


def rerank(doc: Doc) -> None:
    """Replace a statement's speaker phrase (and its name) when the model is sure enough another
    candidate is the one the text gives; a pipeline step after claims."""
    model = active_model()
    if model is None or not doc.statements:
        return
    choose(doc, model)


def choose(doc: Doc, model: SpeakerModel) -> None:
    original = doc.statements
    statements = list(original)
    if not any(s.speaker_span is not None for s in statements):
        return
    article = Article(doc)
    for index, statement in enumerate(statements):
        if statement.speaker_span is None:
            continue
        previous = original[index - 1] if index else None  # (as in training: the rules' statement before it)
        candidates = article.candidates(statement)
        if len(candidates) > 1:
            rows = article.features(statement, candidates, previous)
            scores = [model.score(f) for f in rows]
            order = sorted(range(1, len(candidates)), key=lambda k: -scores[k])
            for k in order:
                if scores[k] - scores[0] <= model.margin:
                    break
                named = article.name(statements, index, candidates[k])
                if named is None:
                    continue
                name, kind, role = named
                statement = replace(statement, speaker_span=candidates[k].span, speaker=name,
                                    kind=kind if kind in ("person", "org", "group") else None, role=role)
                statements[index] = statement
                break
    doc.statements = statements
    speaker_names.add_spellings(doc)
