"""A learned second opinion on the claims step: is a number a claim, and of which measure?

The rules of `claims.Builder` decide every number; this module describes each number by what
the rules saw (their measure, the step that rejected it, the counted noun and its lexicon class,
the events of the clause) and by the words around it, and a multinomial logistic regression
(weights in `lagebild/models/claim_model.json`, trained by `scripts/train_claim_model.py` on the
project's gold batches) gives the probability of "none" and of every measure. A number the rules
rejected becomes a claim when the model is sure enough; the claim then gets its source, time,
place and actor from the Builder's own machinery, like any rule claim.

Inference is plain Python over the JSON weights. A missing or unreadable model file never stops
the analysis: the rules' claims stand, and the problem is reported once as a warning.

On by default (`LAGEBILD_CLAIM_MODEL=0` gives the rules alone): scored leave-one-batch-out with
the project's scorer (scripts/claim_model_cv.py) it raises claim F1 (recall) without lowering
any batch, and on five batches nobody here has read it raised every one (pooled claims F1
0.855 -> 0.871). A clause the language data says counts nothing (a strong "none" event) is
never reopened, nor an article in which the rules made no claim (`reopens`): that keeps its
cost at about 5% more analysis CPU on news at large (lagebild/models/README.md).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lagebild.analysis.model_files import Switched, read_json

if TYPE_CHECKING:
    from lagebild.analysis.claims import Builder

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "claim_model.json"
WINDOW = 4  # words either side of the number that describe it
NONE = "none"
# the rules' steps whose rejections the model may reopen: where no rule found a measure; never
# where a rule judged the number to be something else (money, a year, a restated part, speakers)
REOPENED = frozenset({"no_reading", "error"})


class ClaimModelError(ValueError):
    """The model file cannot be used."""


@dataclass(frozen=True)
class ClaimModel:
    labels: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]  # feature -> one weight per label
    bias: tuple[float, ...]
    add_threshold: float  # least probability of a measure that makes a rejected number a claim
    meta: dict[str, Any]

    def probabilities(self, features: list[str]) -> dict[str, float]:
        scores = list(self.bias)
        for feature in features:
            row = self.weights.get(feature)
            if row is not None:
                for k, w in enumerate(row):
                    scores[k] += w
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {label: e / total for label, e in zip(self.labels, exps)}


def parse(data: Any, origin: str = "claim model") -> ClaimModel:
    try:
        labels = tuple(data["labels"])
        width = len(labels)
        weights = {str(f): tuple(float(w) for w in row) for f, row in data["weights"].items()}
        bias = tuple(float(b) for b in data["bias"])
        threshold = float(data["add_threshold"])
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ClaimModelError(f"{origin}: not a claim model ({type(error).__name__}: {error})") from None
    if NONE not in labels or len(bias) != width or any(len(row) != width for row in weights.values()):
        raise ClaimModelError(f"{origin}: labels, bias and weights disagree in width")
    return ClaimModel(labels, weights, bias, threshold, dict(data.get("meta") or {}))


def load(path: str | Path = MODEL_PATH) -> ClaimModel:
    return parse(read_json(path, "claim model", ClaimModelError), str(path))


_SWITCH = Switched("LAGEBILD_CLAIM_MODEL", MODEL_PATH, load, ClaimModelError, on_by_default=True,
                   fallback="claims come from the rules alone")


def active_model() -> ClaimModel | None:
    """The model the analysis uses: the packaged file unless `$LAGEBILD_CLAIM_MODEL` is "0" (the
    rules alone) or a path (another file). On by default since session 5: leave-one-batch-out it
    gained +0.0047 claims F1 with no folder lower, and on five never-seen batches it raised every
    one (lagebild/models/README.md). An unusable file leaves the rules' claims and warns once."""
    return _SWITCH.active()


# ---------------------------------------------------------------- features
def _bucket(value: float | None) -> str:
    if value is None:
        return "open"
    if value <= 0:
        return "0"
    return str(min(7, int(math.log10(value)))) if value >= 1 else "frac"


def _article_memo(builder: Builder) -> dict[Any, Any]:
    """What the features of an article's numbers share, worked out once per article. Made anew
    when the rules' claims change (a number's features see the claims as they stand)."""
    key = (id(builder.step_claims), len(builder.step_claims))
    memo = builder.__dict__.get("_model_memo")
    if memo is None or memo["key"] != key:
        memo = builder.__dict__["_model_memo"] = {"key": key}
    return memo


def _rule_figures(builder: Builder) -> list[tuple[int, str, int | None]]:
    """The rules' claims as (number index, measure, sentence index)."""
    memo = _article_memo(builder)
    figures = memo.get("figures")
    if figures is None:
        doc = builder.doc
        figures = memo["figures"] = [
            (i, c.measure, None if c.sentence is None else doc.sentence_index(c.sentence.start))
            for i, c in builder.step_claims.items()]
    return figures


def _clause_reading(builder: Builder, found: Any, lo: int, hi: int) -> tuple[list[tuple[int, int, str, str]], bool]:
    """The events of a clause (`claims._events_in`) and whether it counts nothing
    (`claims.counts_nothing`), from one scan of the clause, once for all its numbers."""
    from lagebild.analysis import claims as rules

    memo = _article_memo(builder)
    key = ("clause", found.sentence.span.start, lo, hi)
    reading = memo.get(key)
    if reading is None:
        longest = rules._longest_events(found.sentence.tokens, lo, hi, builder.lex, None)
        reading = memo[key] = (rules._events_of(longest), any(e[2] == NONE for e in longest.values()))
    return reading


def features(builder: Builder, index: int) -> list[str]:
    """What describes the number `builder.found[index]`: only its own article, never others."""
    from lagebild.analysis import claims as rules

    found = builder.found[index]
    assert found is not None
    lex = builder.lex
    doc = builder.doc
    tokens = found.sentence.tokens
    quantity = found.quantity
    step = builder.steps[index]
    claim = builder.step_claims.get(index)
    out = [f"step={step}", f"rule={claim.measure if claim else NONE}", f"q={quantity.qualifier}",
           f"mag={_bucket(quantity.low if quantity.low is not None else quantity.high)}"]
    if claim is not None:
        noun_class, noun = builder.claim_nouns.get(id(claim), ("", None))
        out.append(f"rule_class={noun_class}")
        out.append(f"rule&step={claim.measure}&{step}")
        if claim.optional:
            out.append("rule_optional")
    if quantity.vague:
        out.append("vague")
    if quantity.low is not None and quantity.low == quantity.high and quantity.low == 1:
        out.append("one")
    if rules._year_like(quantity):
        out.append("year_like")
    if not quantity.text[:1].isdigit():
        out.append("written_out")
    if doc.sentence_index(quantity.span.start) == 0:
        out.append("headline")
    before_text = doc.text[found.sentence.span.start:quantity.span.start]
    if before_text.count("„") > before_text.count("“") or before_text.count("»") > before_text.count("«"):
        out.append("in_quotes")
    clause_lo, clause_hi = found.sentence.clause(found.first)
    # the words around the number
    for offset in range(1, WINDOW + 1):
        i = found.first - offset
        word = tokens[i].text.lower() if i >= clause_lo else "<c>" if i >= 0 else "<s>"
        if offset <= 2:
            out.append(f"w-{offset}={word}")
        out.append(f"L={word}")
        if i < clause_lo:
            break
    for offset in range(1, WINDOW + 1):
        i = found.last + offset
        word = tokens[i].text.lower() if i < clause_hi else "<c>" if i < len(tokens) else "<s>"
        if offset <= 2:
            out.append(f"w+{offset}={word}")
        out.append(f"R={word}")
        if i >= clause_hi:
            break
    # the counted noun after the number and its lexicon class
    noun, adjectives = rules._noun_after(tokens, found.last + 1, clause_hi, lex)
    if noun is not None:
        word = tokens[noun].text
        noun_class, measure = rules._classify_noun(word, lex)
        out += [f"noun={word.lower()}", f"noun_class={noun_class}", f"noun_measure={measure}",
                f"noun_end={word.lower()[-4:]}", f"noun_gap={min(noun - found.last, 4)}"]
        out += [f"adj={tokens[i].text.lower()}" for i in adjectives[:2]]
    else:
        out.append("no_noun")
    # the measure words of the clause: nouns of the lexicon and events, before and after the number
    for i in range(clause_lo, clause_hi):
        if found.first <= i <= found.last or i == noun:
            continue
        word = tokens[i].text
        if word[:1].isupper():
            noun_class, measure = rules._classify_noun(word, lex)
            if noun_class in ("fixed", "role"):
                out.append(f"clause_{noun_class}={measure}{'<' if i < found.first else '>'}")
    for first, _last, measure, strength in _clause_reading(builder, found, clause_lo, clause_hi)[0]:
        side = "<" if first < found.first else ">"
        out.append(f"event={measure}{side}")
        out.append(f"event_strength={measure}/{strength}")
    # the number's neighbours among the figures of its sentence
    previous = builder.found[index - 1] if index else None
    if previous is not None and previous.sentence is found.sentence:
        claim_before = builder.step_claims.get(index - 1)
        out.append(f"prev_in_sentence={claim_before.measure if claim_before else NONE}")
    # what the story is about: the rules' other figures in this article, near ones apart, and
    # whether its paragraph or lead names refugees or migration, or a sickness
    here = doc.sentence_index(quantity.span.start)
    story = set()
    for other_index, measure, sentence in _rule_figures(builder):
        if other_index == index:
            continue
        story.add(measure)
        if sentence is not None and abs(sentence - here) <= 1:
            out.append(f"near={measure}")
    out += [f"story={measure}" for measure in sorted(story)]
    if builder.story(here, "refugees"):
        out.append("story=refugees")
        story.add("refugees")
    if builder.story(here, "sickness"):
        out.append("story=sickness")
    # the noun's class with the story, and the word that closes the clause (often its verb)
    kind = "none" if noun is None else rules._classify_noun(tokens[noun].text, lex)[0]
    out += [f"{kind}&story={measure}" for measure in sorted(story)]
    closing = clause_hi - 1
    while closing > found.last and not tokens[closing].text[:1].isalpha():
        closing -= 1
    if closing > found.last:
        out.append(f"clause_end={tokens[closing].text.lower()}")
        out.append(f"{kind}&clause_end={tokens[closing].text.lower()}")
    return out


def reopens(builder: Builder) -> bool:
    """Whether the model may reopen an article's rejected numbers: only where the rules made a claim
    of their own. Of the 60 articles of the gold folders in which they make none (sport, budgets,
    elections), none has a required gold claim the rules miss, while a number of people in such
    an article ("75 neue Mitglieder aufgenommen") can look like a count of the rescued."""
    return bool(builder.step_claims)


def decide(builder: Builder, model: ClaimModel) -> list[tuple[int, str, float]]:
    """The rejected numbers the model makes claims: (index, measure, probability)."""
    if not reopens(builder):
        return []
    added = []
    for index, found in enumerate(builder.found):
        if found is None or builder.steps[index] not in REOPENED:
            continue
        clause_lo, clause_hi = found.sentence.clause(found.first)
        if _clause_reading(builder, found, clause_lo, clause_hi)[1]:
            continue  # the language data says this clause counts nothing ("zur Welt gekommen", "kamen zusammen")
        p = model.probabilities(features(builder, index))
        measure = max((label for label in model.labels if label != NONE), key=lambda label: p[label])
        if p[measure] >= model.add_threshold and p[measure] > p[NONE]:
            added.append((index, measure, p[measure]))
    return added
