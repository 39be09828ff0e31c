"""A learned choice of a claim's location among the places its article names.

The rules of `claims.Builder._location` pick one place per claim; they were tuned on the gold
folders and score far lower on text nobody tuned them on (about 0.48 on session 6's outside
batches against 0.8-0.99 on their tuning folders). This step describes every candidate of a claim
(each place the article names, the country of each, "no place") by where and how the article
names it relative to the figure (same sentence or paragraph, headline, lead, dateline, scene
preposition, how often, whether the text puts it inside another named place, what kind of place)
and a listwise logistic regression (weights in `lagebild/models/location_model.json`, trained by
`scripts/train_location_model.py` on the project's gold folders) scores them; the best one becomes
the claim's location. The shipped file does not see the rules' own choice (`rule_features` false
in the file): a model that knows it learns to trust it as much as it deserves on the folders the
rules were tuned on, which is more than it deserves on new text (lagebild/models/README.md).

It runs at the end of the claims step, after every rule (so no rule reads a changed location), and
changes nothing but `Claim.location`. **Off by default**: `LAGEBILD_LOCATION_MODEL=1` switches it
on, a path loads another file; a missing or unreadable file warns once and keeps the rules' places.
Inference is plain Python over the JSON weights.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lagebild.analysis.model_files import Switched, read_json

if TYPE_CHECKING:
    from lagebild.analysis.claims import Builder
    from lagebild.model import Claim

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "location_model.json"


class LocationModelError(ValueError):
    """The model file cannot be used."""


@dataclass(frozen=True)
class LocationModel:
    weights: dict[str, float]
    rule_features: bool  # whether the candidates are described with the rules' choice
    meta: dict[str, Any]

    def score(self, features: dict[str, float]) -> float:
        weights = self.weights
        total = 0.0
        for key, value in features.items():
            if value and key in weights:
                total += weights[key] * value
        return total


def parse(data: Any, origin: str = "location model") -> LocationModel:
    try:
        weights = {str(f): float(w) for f, w in data["weights"].items()}
        rule_features = data["rule_features"]
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise LocationModelError(f"{origin}: not a location model ({type(error).__name__}: {error})") from None
    if not isinstance(rule_features, bool):
        raise LocationModelError(f"{origin}: rule_features must be true or false")
    return LocationModel(weights, rule_features, dict(data.get("meta") or {}))


def load(path: str | Path = MODEL_PATH) -> LocationModel:
    return parse(read_json(path, "location model", LocationModelError), str(path))


_SWITCH = Switched("LAGEBILD_LOCATION_MODEL", MODEL_PATH, load, LocationModelError, on_by_default=False,
                   fallback="claim locations come from the rules alone")


def active_model() -> LocationModel | None:
    """The model the claims step uses: none unless `$LAGEBILD_LOCATION_MODEL` is "1" (the packaged
    file) or a path (another file)."""
    return _SWITCH.active()


def relocate(builder: Builder, claims: list[Claim], model: LocationModel) -> None:
    """Give every claim the candidate place the model scores highest (ties: the earlier candidate,
    "no place" first). All choices are made before any is written, so each claim is described
    with the rules' places of the others."""
    if not claims:
        return
    places = ArticlePlaces(builder, claims)
    fixed: dict[str | None, float] = {}  # the score of what a place is, whatever the claim
    chosen = []
    for claim in claims:
        names, parts = places.candidate_parts(claim, model.rule_features)
        best, best_score = 0, None
        for k, (name, (own, here)) in enumerate(zip(names, parts)):
            if name not in fixed:
                fixed[name] = model.score(own)
            score = fixed[name] + model.score(here)
            if best_score is None or score > best_score:
                best, best_score = k, score
        chosen.append(names[best])
    for claim, name in zip(claims, chosen):
        claim.location = name


def _kind(builder: Builder, name: str, texts: list[str]) -> str:
    """Where the name comes from: country, region (also an area), city, local (a place noun or a
    bare preposition announced it, the gazetteer lacks it) or other."""
    from lagebild.analysis.claims import _safely, gazetteer

    if builder._is_country(name):
        return "country"
    if name in builder._local_names:
        return "local"
    gaz = _safely(gazetteer, builder.doc.data)
    if gaz is not None:
        for text in texts:
            entry = gaz.exact.get(tuple(text.split()))
            if entry is not None and entry.kind == "place":
                return "region" if entry.source in ("region", "area") else entry.source
    return "other"


class ArticlePlaces:
    """What one article says about its places, computed once for all its claims."""

    def __init__(self, builder: Builder, claims: list[Claim]) -> None:
        from lagebild.analysis.claims import _country_of

        self.builder = builder
        doc = builder.doc
        self.by_name: dict[str, list] = {}
        for mention in builder.places:
            self.by_name.setdefault(mention.canonical, []).append(mention)
        self.sentence_of = {name: [doc.sentence_index(m.span.start) for m in mentions]
                            for name, mentions in self.by_name.items()}
        self.kinds = {name: _kind(builder, name, [m.text for m in mentions]) for name, mentions in self.by_name.items()}
        self.country = {name: (name if self.kinds[name] == "country" else _country_of(name)) for name in self.by_name}
        lead = builder._paragraph(0) if doc.sentences else frozenset()
        self.headline = lead
        after = max(lead) + 1 if lead else 0
        self.body_lead = builder._paragraph(after) if after < len(doc.sentences) else frozenset()
        total = sum(len(m) for m in self.by_name.values()) or 1
        self.share = {name: len(m) / total for name, m in self.by_name.items()}
        places = [n for n in self.by_name if self.kinds[n] != "country"]
        self.main = max(places, key=lambda n: (len(self.by_name[n]), -self.by_name[n][0].span.start)) if places else None
        countries = [n for n in self.by_name if self.kinds[n] == "country"]
        self.main_country = max(countries, key=lambda n: (len(self.by_name[n]), -self.by_name[n][0].span.start)) \
            if countries else None
        self.first = next((m.canonical for m in builder.places if not builder._dateline(m)), None)
        self.chosen: dict[str | None, int] = {}
        for claim in claims:
            self.chosen[claim.location] = self.chosen.get(claim.location, 0) + 1
        self.countries = len(countries)
        self.locative = frozenset(builder.lex.locative)
        # "im Dorf Tulabolo im Bezirk Bone Bolango", "Bansko in der Region Blagoewgrad": which named
        # place the text itself puts inside which
        self.inside: set[tuple[str, str]] = set()
        places_list = builder.places
        for i, mention in enumerate(places_list):
            for after in places_list[i + 1:i + 3]:
                if after.span.start - mention.span.end > 40:
                    break
                if after.canonical != mention.canonical and builder._lies_in(mention, after):
                    self.inside.add((mention.canonical, after.canonical))
                    break
        text = doc.text
        settlements = builder.lex.settlement_nouns
        nouns = set(builder.lex.place_nouns)
        self.settlement: set[str] = set()
        self.area: set[str] = set()
        for mention in places_list:
            before = text[max(0, mention.span.start - 30):mention.span.start].split()
            words = mention.text.split(" ", 1)[:1] + before[-2:][::-1]
            for word in words:
                stem = word[:-1] if word.endswith("s") and word[:-1] in nouns else word
                if stem in settlements or stem.endswith(tuple(builder.lex.place_noun_ends)):
                    self.settlement.add(mention.canonical)
                    break
                if stem in nouns:
                    self.area.add(mention.canonical)
                    break
        self.scenes: dict[int, set[str]] = {}
        self.named: dict[int, set[str]] = {}
        self.around: dict[int, tuple[frozenset[int], set[str], set[str], set[str], set[str]]] = {}
        self.own: dict[str, tuple[str, dict[str, float]]] = {}  # name -> its kind and claim-free features
        self.lead_scenes: set[str] | None = None

    def scene_names(self, index: int) -> set[str]:
        if index not in self.scenes:
            self.scenes[index] = {m.canonical for m in self.builder._scene_mentions(index, self.locative)}
        return self.scenes[index]

    def named_names(self, index: int) -> set[str]:
        if index not in self.named:
            self.named[index] = {m.canonical for m in self.builder._named_places(index)}
        return self.named[index]

    def sentence(self, here: int) -> tuple[frozenset[int], set[str], set[str], set[str], set[str]]:
        """Around sentence `here` (shared by its claims): its paragraph, the scenes of this sentence
        and of the paragraph's sentences before it, the places place nouns announce in this
        sentence and in the paragraph."""
        if here not in self.around:
            paragraph = self.builder._paragraph(here)
            before = set().union(*(self.scene_names(i) for i in paragraph if i < here))
            named = set().union(*(self.named_names(i) for i in paragraph))
            self.around[here] = (paragraph, self.scene_names(here), before, self.named_names(here), named)
        return self.around[here]

    def of_name(self, name: str) -> dict[str, float]:
        """The features of a place that do not depend on the claim."""
        if name not in self.own:
            builder = self.builder
            kind = self.kinds.get(name) or ("country" if builder._is_country(name) else "derived")
            f = {f"kind={kind}": 1.0}
            mentions = self.by_name.get(name)
            if not mentions:
                f["unmentioned"] = 1.0
                if self.main and name == self.country.get(self.main):
                    f["country_of_main"] = 1.0
            else:
                if self.lead_scenes is None:
                    self.lead_scenes = set().union(*(self.scene_names(i) for i in self.headline | self.body_lead))
                indices = self.sentence_of[name]
                headline = float(any(i in self.headline for i in indices))
                settlement = float(name in self.settlement)
                f.update({
                    "headline": headline,
                    "lead": float(any(i in self.body_lead for i in indices)),
                    "dateline": float(any(builder._dateline(m) for m in mentions)),
                    "count": math.log1p(len(mentions)),
                    "share": self.share[name],
                    "main": float(name == self.main),
                    "main_country": float(name == self.main_country),
                    "first": float(name == self.first),
                    "scene_lead": float(name in self.lead_scenes),
                    "settlement": settlement,
                    "area_noun": float(name in self.area),
                    "inside_another": float(any(a == name for a, _b in self.inside)),
                    "holds_another": float(any(b == name for _a, b in self.inside)),
                    "scenes": math.log1p(sum(name in self.scene_names(i) for i in set(indices))),
                    "headline_settlement": headline * settlement,
                })
                if kind != "country" and self.country.get(name) is None:
                    f["no_country"] = 1.0
            self.own[name] = (kind, f)
        return self.own[name][1]

    def candidates(self, claim: Claim, rule_features: bool = True) -> tuple[list[str | None], list[dict[str, float]]]:
        """The claim's candidate locations (None first) and each one's features; without
        `rule_features` none of the features that know the rules' choice (every key holding "rule")."""
        names, parts = self.candidate_parts(claim, rule_features)
        return names, [{**own, **here} for own, here in parts]

    def candidate_parts(self, claim: Claim, rule_features: bool = True
                        ) -> tuple[list[str | None], list[tuple[dict[str, float], dict[str, float]]]]:
        """The claim's candidate locations (None first), each one's features in two parts: what the
        place is in its article (`of_name`, the same for every claim; empty for "no place") and
        where it stands to this claim."""
        builder, doc = self.builder, self.builder.doc
        rule = claim.location
        here = doc.sentence_index(claim.evidence.start)
        paragraph, scene_here, scene_before, named_here, named_paragraph = self.sentence(here)
        names: list[str | None] = [None] + sorted(self.by_name)
        names += sorted({c for c in self.country.values() if c and c not in self.by_name})
        if rule is not None and rule not in names:
            names.append(rule)
        measure = claim.measure
        rule_country = self.country.get(rule) if rule in self.country else None
        parts = []
        for name in names:
            f: dict[str, float] = {}
            if name is None:
                own: dict[str, float] = {}
                sentence_countries = {self.country[n] for n, idx in self.sentence_of.items()
                                      if here in idx and self.country[n]}
                f["none"] = 1.0
                if rule_features:
                    f["none:rule"] = float(rule is None)
                f["none:countries_in_sentence>1"] = float(len(sentence_countries) > 1)
                f["none:countries_in_article"] = math.log1p(self.countries)
                f[f"none:measure={measure}"] = 1.0
                f["none:no_places"] = float(not self.by_name)
            else:
                own = self.of_name(name)
                kind = self.own[name][0]
                f[f"kind={kind}:measure={measure}"] = 1.0
                if name not in self.by_name:
                    if rule_features and name == rule_country:
                        f["country_of_rule"] = 1.0
                else:
                    indices = self.sentence_of[name]
                    distances = [i - here for i in indices]
                    before = [-d for d in distances if d <= 0]
                    after = [d for d in distances if d > 0]
                    f["same_sentence"] = float(0 in distances)
                    f["same_paragraph"] = float(any(i in paragraph for i in indices))
                    f["before_distance"] = min(before) / 10 if before else 1.0
                    f["after_distance"] = min(after) / 10 if after else 1.0
                    f["only_after"] = float(not before)
                    f["scene_here"] = float(name in scene_here)
                    f[f"scene_here:kind={kind}"] = f["scene_here"]
                    f["scene_paragraph_before"] = float(name in scene_before)
                    f["named_here"] = float(name in named_here)
                    f["named_paragraph"] = float(name in named_paragraph)
                    if rule_features:
                        if name == rule_country and name != rule:
                            f["country_of_rule"] = 1.0
                        if rule is not None and self.country.get(name) == rule and name != rule:
                            f["inside_rule_country"] = 1.0
                        if rule is not None and rule in self.country and self.country.get(name) \
                                and self.country.get(name) == self.country.get(rule) and name != rule \
                                and kind != "country" and self.kinds.get(rule) != "country":
                            f["beside_rule"] = 1.0
                        if rule is not None:
                            f["inside_rule"] = float((name, rule) in self.inside or self.country.get(name) == rule != name)
                            f["holds_rule"] = float((rule, name) in self.inside or self.country.get(rule) == name != rule)
                        rule_kind = self.kinds.get(rule, "none" if rule is None else "derived")
                        f[f"rule_kind={rule_kind}:kind={kind}"] = 1.0
            if rule_features:
                f["rule"] = float(name == rule)
                f["rule_elsewhere"] = math.log1p(max(0, self.chosen.get(name, 0) - (name == rule)))
            parts.append((own, f))
        return names, parts
