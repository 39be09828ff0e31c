"""A trained quotation tagger that adds the statements the attribution rules miss.

A linear-chain CRF (python-crfsuite) labels the tokens of a sentence as quotation
CONTENT, CUE or SPEAKER (BIO). It is trained by ``scripts/train_quote_tagger.py``
from the train split of the German Wikinews quotation corpus and shipped as
``lagebild/models/quote_tagger.crfsuite`` (see ``lagebild/models/README.md``).

The rules stay in charge: the model only adds statements whose content no rule
statement overlaps, and never touches attributions (which give claims their
sources). Only sentences that carry a sign of speech (a verb of saying, a quote
mark, a Konjunktiv-I form, a hearsay "soll", "laut"/"zufolge") are tagged, which keeps
the step cheap. Word lists come from ``lang/<code>/attribution.toml`` and
``lang/<code>/quote_tagger.toml``. The step is off unless ``LAGEBILD_QUOTE_MODEL=1``.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from lagebild import lang
from lagebild.analysis import entities
from lagebild.analysis.attribution import lexicon, unnamed_phrase
from lagebild.analysis.doc import Doc, Token
from lagebild.model import Span, Statement

MODEL_FILE = Path(__file__).resolve().parents[1] / "models" / "quote_tagger.crfsuite"
# Off by default: its gated additions (worth_adding) are net positive on the Wikinews corpus and
# not lower on our own gold, but by a few statements, at +23-34% analysis CPU, and its weights
# carry the corpus's non-commercial licence (lagebild/models/README.md). "1" switches the shipped
# model on, a path loads another model file.
SETTING = "LAGEBILD_QUOTE_MODEL"
LABELS = ("CONTENT", "CUE", "SPEAKER")
MIN_CONTENT_TOKENS = 4  # shorter runs are names or scare quotes
# mean marginal probability a content run needs; tuned on the dev split by the training script
MIN_CONFIDENCE = 0.6
SPEAKER_REACH = 2  # sentences back a speaker without a phrase of its own may come from
GATE_REACH = 2  # sentences back a sign of speech lets Konjunktiv I or a hearsay modal alone count
SPEAKER_CHANCE = 0.35  # marginal probability of a speaker token when the best labelling has none
NEIGHBOURS = (-2, -1, 1, 2)
# signs of speech a token or sentence may carry, as bits
CUE, MARK, KONJ, PREP, MODAL, SPLIT = 1, 2, 4, 8, 16, 32
GATE = CUE | MARK | KONJ | PREP | MODAL
FRAME = CUE | MARK | PREP  # signs that can name a speaker
SIGN_NAMES = ((CUE, "c"), (MARK, "q"), (KONJ, "k"), (PREP, "p"), (MODAL, "m"), (SPLIT, "s"))


# --------------------------------------------------------------------------- language data

@dataclass(frozen=True, slots=True)
class Words:
    cue_verbs: frozenset[str]
    konjunktiv: frozenset[str]
    prepositions: frozenset[str]  # "laut", "zufolge", "gemäß", first words of "nach Angaben ..."
    circum_nouns: frozenset[str]
    pronouns: frozenset[str]
    possessives: frozenset[str]
    complementizers: frozenset[str]
    openers: Mapping[str, tuple[str, ...]]
    marks: frozenset[str]
    carry: frozenset[str]
    modals: frozenset[str]
    opener_re: re.Pattern[str]
    bits: Mapping[str, int]  # lower-cased word -> its signs of speech (CUE | MARK | ...)
    # a form that is a verb of saying only beside other words -> those words ("gibt" -> "bekannt",
    # "ist" -> "Meinung", "Ansicht", ...)
    particles: Mapping[str, frozenset[str]]


def _build_words(data: Mapping[str, Any]) -> Words:
    lex = lexicon(data)
    preps = {phrase[0] for phrase in lex.before if len(phrase) == 1} | set(lex.after) | set(lex.according_relatives)
    return Words(
        cue_verbs=frozenset(lex.forms), konjunktiv=frozenset(lex.konjunktiv), prepositions=frozenset(preps),
        circum_nouns=frozenset(w.lower() for w in lex.circum_nouns), pronouns=lex.pronouns,
        possessives=lex.possessives, complementizers=lex.complementizers, openers=lex.quotes,
        marks=lex.quote_marks, carry=frozenset(lex.carry_first_words),
        modals=frozenset(w.lower() for w in data.get("quote_tagger", {}).get("reportive_modals", ())),
        bits=_bits(lex, data),
        particles=_needs(lex),
        opener_re=re.compile("|".join(re.escape(mark) for mark in lex.quotes) or "(?!)"),
    )


def _needs(lex: Any) -> dict[str, frozenset[str]]:
    """Forms that are verbs of saying only beside other words: their particle ("gibt ... bekannt")
    or the words the lexicon requires ("ist der Meinung", "spricht von")."""
    needs: dict[str, frozenset[str]] = {}
    for form, verbs in lex.forms.items():
        words: set[str] = set()
        for verb in verbs:
            required = lex.verb_requires.get(verb.lemma)
            if verb.kind == "split":
                words.add(verb.particle)
            elif required:
                words |= {w.lower() for w in required}
            else:
                break  # a verb of saying on its own
        else:
            needs[form.lower()] = frozenset(words)
    return needs


def _bits(lex: Any, data: Mapping[str, Any]) -> dict[str, int]:
    """One lookup per token for all signs of speech."""
    bits: dict[str, int] = {}
    # "gibt", "ist": a verb of saying only with its particle or the words it needs
    needs = _needs(lex)
    alone = {form for form in lex.forms if form.lower() not in needs}
    for form in needs:
        bits[form] = SPLIT
    groups = ((CUE, alone), (MARK, lex.quote_marks), (KONJ, lex.konjunktiv),
              (PREP, {phrase[0] for phrase in lex.before if len(phrase) == 1} | set(lex.after)
               | set(lex.according_relatives)),
              (MODAL, data.get("quote_tagger", {}).get("reportive_modals", ())))
    for bit, group in groups:
        for word in group:
            bits[word.lower()] = bits.get(word.lower(), 0) | bit
    return bits


def words(data: Mapping[str, Any]) -> Words:
    return lang.compiled(data, _build_words)


# --------------------------------------------------------------------------- features

def quote_regions(text: str, w: Words) -> list[Span]:
    """Inner spans of quotations, as the attribution step finds them (no blank line inside)."""
    regions: list[Span] = []
    end = 0
    for match in w.opener_re.finditer(text):
        i = match.start()
        if i < end:
            continue
        limit = min(len(text), i + 3000)
        best = -1
        for closer in w.openers[match.group()]:
            j = text.find(closer, i + 1, limit)
            if j != -1 and (best == -1 or j < best):
                best = j
        if best != -1 and text.find("\n\n", i + 1, best) == -1:
            regions.append(Span(i + 1, best))
            end = best + 1
    return regions


def _shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if word.isalpha():
        if word.isupper() and len(word) > 1:
            return "X"
        return "Xx" if word[0].isupper() else "x"
    return "p" if len(word) == 1 else "m"


@dataclass(slots=True)
class Sentence:
    index: int
    a: int  # first token
    b: int  # one past the last token
    features: list[list[str]]


class Featurizer:
    """Token features of one document; sentences are featurized only when asked for."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.w = w = words(doc.data)
        if not doc.tokens:
            from lagebild.analysis.sentences import TOKEN_RE
            doc.tokens = [Token(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(doc.text)]
        self.toks = doc.tokens
        self.starts = [t.start for t in self.toks]
        self.texts = [t.text for t in self.toks]
        self.low = [t.lower() for t in self.texts]
        bits_of = w.bits
        self.sign = [bits_of.get(lw, 0) for lw in self.low]
        sentences = doc.sentences or [Span(0, len(doc.text))]
        self.ranges = [(bisect_left(self.starts, s.start), bisect_left(self.starts, s.end)) for s in sentences]
        self.signs = []
        for a, b in self.ranges:
            bits = 0
            for k in range(a, b):
                bits |= self.sign[k]
            if bits & SPLIT:
                for k in range(a, b):
                    if self.sign[k] & SPLIT and not self.sign[k] & CUE and any(
                            self.low[j] in w.particles[self.low[k]] for j in range(a, b) if j != k):
                        self.sign[k] |= CUE
                        bits |= CUE
            self.signs.append(bits)
        # token -> id of the quotation it lies in (0: none)
        self.in_quote = [0] * len(self.toks)
        for number, region in enumerate(quote_regions(doc.text, w), 1):
            for k in range(bisect_left(self.starts, region.start), bisect_left(self.starts, region.end)):
                self.in_quote[k] = number
        self.mention_kind: dict[int, str] = {}
        for mention in doc.mentions:
            for k in range(bisect_left(self.starts, mention.span.start), bisect_left(self.starts, mention.span.end)):
                self.mention_kind[k] = mention.kind
        # what the rules already said: the tagger learns what is left around it
        self.ruled: dict[int, str] = {}
        self.ruled_sentences: set[int] = set()
        for statement in doc.statements + doc.dropped_statements:  # (the rules' statements, as trained)
            for part, span in (("c", statement.content_span), ("s", statement.speaker_span),
                               ("q", statement.cue_span)):
                if span is not None:
                    for k in range(bisect_left(self.starts, span.start), bisect_left(self.starts, span.end)):
                        self.ruled[k] = part
            self.ruled_sentences.add(doc.sentence_index(statement.content_span.start) if doc.sentences else 0)
        self._static: dict[int, list[str]] = {}

    def gated(self, si: int) -> bool:
        """A sentence with a sign of speech; Konjunktiv I or a hearsay modal alone counts only
        right after a sentence of speech, whose speaker free indirect speech needs."""
        a, b = self.ranges[si]
        signs = self.signs[si]
        if b - a < 3 or not signs & GATE:
            return False
        return bool(signs & FRAME) or any(self.signs[j] & FRAME for j in range(max(0, si - GATE_REACH), si))

    def _signs_name(self, bits: int) -> str:
        return "".join(name for bit, name in SIGN_NAMES if bits & bit)

    def static(self, k: int) -> list[str]:
        """Features of a token on its own."""
        found = self._static.get(k)
        if found is None:
            word, text, w = self.low[k], self.texts[k], self.w
            found = ["w=" + word, "s3=" + word[-3:], "sh=" + _shape(text)]
            bits = self.sign[k]
            if bits:
                found.extend("t" + name for bit, name in SIGN_NAMES if bits & bit)
            if self.in_quote[k]:
                found.append("inq")
            if word in w.circum_nouns:
                found.append("circ")
            if word in w.pronouns or word in w.possessives:
                found.append("pron")
            kind = self.mention_kind.get(k)
            if kind:
                found.append("m=" + kind)
            ruled = self.ruled.get(k)
            if ruled:
                found.append("r=" + ruled)
            self._static[k] = found
        return found

    def sentence(self, si: int) -> Sentence:
        a, b = self.ranges[si]
        w, low, texts, in_quote, kinds, sign = self.w, self.low, self.texts, self.in_quote, self.mention_kind, self.sign
        context = ["S:" + self._signs_name(self.signs[si])]
        if si > 0:
            pa, pb = self.ranges[si - 1]
            context.append("P:" + self._signs_name(self.signs[si - 1]))
            if pb > pa and texts[pb - 1] == ":":
                context.append("P:colon")
            if pb > pa and in_quote[pb - 1] and in_quote[pb - 1] == in_quote[a]:
                context.append("P:samequote")
        else:
            context.append("P:none")
        if low[a] in w.carry:
            context.append("S:carry")
        if si in self.ruled_sentences:
            context.append("R:S")
        if si - 1 in self.ruled_sentences:
            context.append("R:P")
        elif si - 2 in self.ruled_sentences:
            context.append("R:PP")
        n = b - a
        first_cue = next((k for k in range(a, b) if sign[k] & CUE), None)
        last_cue = next((k for k in range(b - 1, a - 1, -1) if sign[k] & CUE), None)
        out: list[list[str]] = []
        seen = ""
        for k in range(a, b):
            f = self.static(k) + context
            f.append("pos=%d" % min(4, (k - a) * 5 // n))
            if k == a:
                f.append("first")
            if k == b - 1:
                f.append("last")
            if first_cue is not None:
                f.append("cue<" if first_cue < k else ("cue=" if first_cue == k else "cue>"))
                if last_cue < k:
                    f.append("lastcue<")
            if seen:
                f.append("seen=" + seen)
            for d in NEIGHBOURS:
                j = k + d
                if a <= j < b:
                    f.append("w%+d=%s" % (d, low[j]))
                    if d == -1 or d == 1:
                        if sign[j]:
                            f.append("t%+d=%d" % (d, sign[j]))
                        jk = kinds.get(j)
                        if jk:
                            f.append("m%+d=%s" % (d, jk))
                        if in_quote[j]:
                            f.append("inq%+d" % d)
                else:
                    f.append("w%+d=<>" % d)
            out.append(f)
            text = texts[k]
            if text == ":" and ":" not in seen:
                seen += ":"
            elif text == "," and "," not in seen:
                seen += ","
            elif low[k] in w.complementizers and "d" not in seen:
                seen += "d"
        return Sentence(si, a, b, out)


# --------------------------------------------------------------------------- the model

_TAGGERS: dict[str, Any] = {}


_PATHS: dict[str, Path | None] = {}


def model_path() -> Path | None:
    """The model file the setting names ("1": the shipped one); None when off (the default) or missing."""
    setting = os.environ.get(SETTING, "").strip()
    if setting not in _PATHS:
        path = MODEL_FILE if setting.lower() in ("1", "on", "true", "yes") else Path(setting)
        _PATHS[setting] = None if setting.lower() in ("", "0", "off", "false", "no") or not path.is_file() else path
    return _PATHS[setting]


def tagger(path: Path) -> Any:
    """The CRF tagger for a model file, opened once per process."""
    key = str(path)
    found = _TAGGERS.get(key)
    if found is None:
        import pycrfsuite  # only when the step runs: importing lagebild stays light
        found = pycrfsuite.Tagger()
        found.open(key)
        _TAGGERS[key] = found
    return found


@dataclass(slots=True)
class Run:
    label: str
    a: int  # token indices [a, b)
    b: int
    confidence: float


def runs(labels: list[str], probability: list[float], offset: int) -> list[Run]:
    """Labelled token runs (BIO) with their mean marginal probability."""
    found: list[Run] = []
    current: Run | None = None
    total = 0.0
    for i, label in enumerate(labels):
        kind = label[2:] if label != "O" else ""
        if current is not None and (label[:1] != "I" or kind != current.label):
            current.confidence = total / (current.b - current.a)
            current = None
        if kind and current is None:
            current, total = Run(kind, offset + i, offset + i + 1, 0.0), 0.0
            found.append(current)
        elif kind:
            current.b = offset + i + 1
        if kind:
            total += probability[i]
    if current is not None:
        current.confidence = total / (current.b - current.a)
    return found


def tag_sentence(model: Any, sentence: Sentence) -> list[Run]:
    model.set(sentence.features)
    labels = model.tag()
    probability = [model.marginal(label, i) if label[2:] == "CONTENT" else 1.0 for i, label in enumerate(labels)]
    return runs(labels, probability, sentence.a)


# --------------------------------------------------------------------------- statements

@dataclass(slots=True)
class Found:
    """One quotation the model found in a sentence, before its speaker is resolved."""

    sentence: int
    content: tuple[int, int]
    confidence: float
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    quote: int  # quotation id the content lies in (0: none)


def _merge_content(feat: Featurizer, found: list[Run]) -> list[Run]:
    """Content pieces split only by their own frame ("„...“, sagte er, „...“", or a Reported
    sentence with its speaker inside) are one quotation."""
    merged: list[Run] = []
    for run in found:
        if run.label != "CONTENT":
            continue
        if merged:
            last = merged[-1]
            between = range(last.b, run.a)
            frame = [r for r in found if r.label != "CONTENT" and last.b <= r.a and r.b <= run.a]
            covered = {k for r in frame for k in range(r.a, r.b)}
            if all(k in covered or not feat.toks[k].text[:1].isalnum() for k in between):
                size_a, size_b = last.b - last.a, run.b - run.a
                last.confidence = (last.confidence * size_a + run.confidence * size_b) / (size_a + size_b)
                last.b = run.b
                continue
        merged.append(Run(run.label, run.a, run.b, run.confidence))
    return merged


def _nearest(found: list[Run], label: str, content: Run) -> tuple[int, int] | None:
    """The frame part of a label nearest to the content (outside it when possible)."""
    best = None
    for run in found:
        if run.label != label:
            continue
        distance = 0 if content.a <= run.a < content.b else min(abs(run.a - content.b), abs(content.a - run.b))
        key = (distance, run.a)
        if best is None or key < best[0]:
            best = (key, (run.a, run.b))
    return best[1] if best else None


def find_quotations(feat: Featurizer, model: Any, min_confidence: float | None = None,
                    covered: list[Span] = ()) -> list[Found]:
    """Quotations in the gated sentences that are not mostly `covered` already."""
    if min_confidence is None:
        min_confidence = MIN_CONFIDENCE
    found: list[Found] = []
    for si in range(len(feat.ranges)):
        if not feat.gated(si) or _mostly_covered(feat, si, covered):
            continue
        sentence = feat.sentence(si)
        tagged = tag_sentence(model, sentence)
        for content in _merge_content(feat, tagged):
            words = sum(1 for k in range(content.a, content.b) if feat.toks[k].text[:1].isalnum())
            if words < MIN_CONTENT_TOKENS or content.confidence < min_confidence:
                continue
            first = next(k for k in range(content.a, content.b) if feat.texts[k][:1].isalnum())
            quote = feat.in_quote[first] if feat.in_quote[first] == feat.in_quote[content.b - 1] else 0
            previous = found[-1] if found else None
            if (previous is not None and quote and previous.quote == quote and previous.sentence == si - 1
                    and _nearest(tagged, "SPEAKER", content) is None):
                previous.content = (previous.content[0], content.b)  # a quotation over several sentences
                continue
            speaker = _nearest(tagged, "SPEAKER", content)
            if speaker is None and not quote:
                speaker = _likely_speaker(feat, model, sentence, content)
            found.append(Found(si, (content.a, content.b), content.confidence,
                               _nearest(tagged, "CUE", content), speaker, quote))
    return found


def _likely_speaker(feat: Featurizer, model: Any, sentence: Sentence, content: Run) -> tuple[int, int] | None:
    """The likeliest speaker phrase of a sentence whose best labelling names none (the tagger
    still holds the sentence): the tokens around the one most probably a speaker."""
    def chance(k: int) -> float:
        i = k - sentence.a
        return model.marginal("B-SPEAKER", i) + model.marginal("I-SPEAKER", i)

    best, best_k = SPEAKER_CHANCE, None
    for k in range(sentence.a, sentence.b):
        if feat.texts[k][:1].isalnum():
            p = chance(k)
            if p > best:
                best, best_k = p, k
    if best_k is None:
        return None
    a = b = best_k
    while a > sentence.a and chance(a - 1) > SPEAKER_CHANCE / 2:
        a -= 1
    while b + 1 < sentence.b and chance(b + 1) > SPEAKER_CHANCE / 2:
        b += 1
    return a, b + 1


def _mostly_covered(feat: Featurizer, si: int, covered: list[Span]) -> bool:
    """A sentence the rules already made (nearly) all of into statement content: nothing to add."""
    a, b = feat.ranges[si]
    start, end = feat.starts[a], feat.toks[b - 1].end
    return any(2 * (min(end, c.end) - max(start, c.start)) >= end - start for c in covered)


def _span(feat: Featurizer, tokens: tuple[int, int]) -> Span:
    return Span(feat.toks[tokens[0]].start, feat.toks[tokens[1] - 1].end)


def _content_span(feat: Featurizer, tokens: tuple[int, int]) -> Span:
    """The content without enclosing quote marks and final punctuation outside them."""
    a, b = tokens
    while b - a > 1 and not feat.toks[b - 1].text[:1].isalnum() and feat.toks[b - 1].text not in "!?":
        b -= 1
    while b - a > 1 and feat.toks[a].text in feat.w.marks:
        a += 1
    return _span(feat, (a, b))


def _who(doc: Doc, feat: Featurizer, span: Span, before: int, earlier: list[Statement],
         cue: str | None) -> tuple[str, str | None, str | None] | None:
    """(name, kind, role) of a speaker phrase; a pronoun is the last fitting name before."""
    text = doc.text[span.start:span.end]
    first = text.split()[0].lower() if text.split() else ""
    if first in feat.w.pronouns or first in feat.w.possessives:
        if first.startswith(("sie", "ihr")) and cue and cue.split()[0].endswith("en"):
            kinds: tuple[str, ...] = ("group", "org")  # "Sie befürchten": they, never one person
        elif first.startswith(("sie", "ihr")):
            kinds = ("person", "org")
        else:
            kinds = ("person",)
        named = [m for m in doc.mentions if m.kind in kinds and m.span.end <= before]
        said = [s for s in earlier if s.speaker_span is not None and s.speaker_span.end <= before
                and s.kind in kinds]
        candidates = [(m.span.start, (m.canonical, m.kind, m.role)) for m in named[-1:]]
        candidates += [(s.speaker_span.start, (s.speaker, s.kind, s.role)) for s in said[-1:] if s.speaker]
        return max(candidates, key=lambda c: c[0])[1] if candidates else None
    mention = entities.mention_at(doc, span)
    if mention is not None and mention.kind in ("person", "org", "group"):
        return mention.canonical, mention.kind, mention.role
    if mention is not None and mention.kind == "place" and 2 * len(mention.span) < len(span):
        return None  # "einer Gasexplosion in der Provinz Shanxi": a phrase about a place, no speaker
    named = entities.canonical_name(doc, text)
    if named:
        return named[0], ("org" if named[1] == "place" else named[1]), None
    kept = [word for word in text.split() if word.lower() not in lexicon(doc.data).determiners]
    if not kept:
        return None
    return " ".join(kept), "person" if all(word[:1].isupper() for word in kept) else "group", None


def _latest_reference(doc: Doc, feat: Featurizer, last: Statement, speaker_span: Span, before: int) -> Span:
    """The speaker's latest mention before the content: their name again, or "er"/"sie" outside
    quotation marks (the phrase a reader links the free indirect speech to)."""
    latest = speaker_span
    for mention in doc.mentions:
        if latest.end <= mention.span.start and mention.span.end <= before and mention.canonical == last.speaker:
            latest = mention.span
    if last.kind == "person":
        k = bisect_left(feat.starts, latest.end)
        end = bisect_left(feat.starts, before)
        for j in range(k, end):
            if feat.toks[j].text in feat.w.pronouns and not feat.in_quote[j]:
                latest = Span(feat.toks[j].start, feat.toks[j].end)
    return latest


def _is_cue(feat: Featurizer, tokens: tuple[int, int]) -> bool:
    """A cue the lexicon knows a word of: a verb of saying, "laut", "Angaben", ... ("Nach einer
    Gasexplosion" is no "nach Angaben")."""
    return any(feat.sign[k] & (CUE | PREP) or feat.low[k] in feat.w.circum_nouns for k in range(*tokens))


def _unnamed(doc: Doc, span: Span) -> bool:
    """"Quellen", "Berichten", "Experten", "man": no speaker of their own (as the rules judge it)."""
    return unnamed_phrase(doc.text[span.start:span.end].lower().split(), lexicon(doc.data))


def worth_adding(feat: Featurizer, item: Found) -> bool:
    """Only quotations whose own sentence names their speaker, in a sentence without a hearsay
    modal. Out of fold on Wikinews train the model's other additions are right about their
    speaker too seldom to pay (a speaker carried from the statement before: 8 of 55), and a
    "soll" sentence is mostly a reported plan or rumour that our gold does not count as a
    statement (lagebild/models/README.md)."""
    return item.speaker is not None and not feat.signs[item.sentence] & MODAL


def statements(doc: Doc, feat: Featurizer, found: list[Found]) -> list[Statement]:
    """Statements for the quotations found, each with a speaker: its own phrase, else the speaker
    of the statement just before (free indirect speech goes on in the speaker's voice)."""
    made: list[Statement] = []
    for item in found:
        content = _content_span(feat, item.content)
        sentence_start = feat.toks[feat.ranges[item.sentence][0]].start
        earlier = sorted((s for s in doc.statements + made if s.content_span.end <= content.start),
                         key=lambda s: s.content_span.end)
        cue_span = _span(feat, item.cue) if item.cue and _is_cue(feat, item.cue) else None
        if item.speaker is not None:
            speaker_span = _span(feat, item.speaker)
            who = _who(doc, feat, speaker_span, sentence_start, earlier,
                       doc.text[cue_span.start:cue_span.end] if cue_span else None)
        else:
            reach = feat.toks[feat.ranges[max(0, item.sentence - SPEAKER_REACH)][0]].start
            last = next((s for s in reversed(earlier) if s.speaker and s.content_span.end >= reach), None)
            if last is None:
                continue
            speaker_span, who = last.speaker_span, (last.speaker, last.kind, last.role)
            if speaker_span is not None:
                speaker_span = _latest_reference(doc, feat, last, speaker_span, content.start)
        if who is None or (item.speaker is not None and _unnamed(doc, speaker_span)):
            continue
        name, kind, role = who
        parts = [content] + [s for s in (cue_span,) if s is not None]
        if item.speaker is not None:
            parts.append(speaker_span)
        mode = "direct" if item.quote else "indirect"
        made.append(Statement(
            doc=doc.article.id, span=Span(min(p.start for p in parts), max(p.end for p in parts)),
            speaker=name, speaker_span=speaker_span, content_span=content,
            content=doc.text[content.start:content.end],
            kind=kind if kind in ("person", "org", "group") else None, role=role,
            cue=doc.text[cue_span.start:cue_span.end] if cue_span else None, cue_span=cue_span, mode=mode))
    return made


def rule_spans(doc: Doc) -> list[Span]:
    """What the rules attributed, statement or not: an attribution without a statement is one
    the rules found no named speaker for ("Berichten zufolge"), and the model must not name one."""
    # (a statement the statement model dropped is still the rules' speech: no model statement over it)
    return [s.content_span for s in doc.statements + doc.dropped_statements] \
        + [a.scope for a in doc.attributions if a.speaker is None]


def add_statements(doc: Doc) -> None:
    """The pipeline step: model statements where no rule statement's content lies."""
    path = model_path()
    if path is None or not doc.text.strip():
        return
    feat = Featurizer(doc)
    ruled = rule_spans(doc)
    found = [item for item in find_quotations(feat, tagger(path), covered=ruled) if worth_adding(feat, item)]
    if not found:
        return
    kept = [s for s in statements(doc, feat, found) if not any(s.content_span.overlaps(r) for r in ruled)]
    if kept:
        doc.statements = sorted(doc.statements + kept, key=lambda s: (s.content_span.start, s.content_span.end))
