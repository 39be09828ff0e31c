"""Features of a claim's candidate locations, for scripts/location_ranker_cv.py.

The rules of `claims.Builder._location` pick one place per claim; this module describes every
candidate (each place the article names, the country of each, the rules' choice and "no place")
by where and how the article names it relative to the figure and by what the rules chose. It
reads the Builder's own helpers (paragraphs, datelines, scenes), so it runs after the claims step.
An experiment, not part of the analysis: the ranker did not beat the rules by enough (see the
script's docstring).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lagebild.analysis.claims import Builder
    from lagebild.model import Claim

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

    def scene_names(self, index: int) -> set[str]:
        if index not in self.scenes:
            self.scenes[index] = {m.canonical for m in self.builder._scene_mentions(index, self.locative)}
        return self.scenes[index]

    def named_names(self, index: int) -> set[str]:
        if index not in self.named:
            self.named[index] = {m.canonical for m in self.builder._named_places(index)}
        return self.named[index]

    def candidates(self, claim: Claim) -> tuple[list[str | None], list[dict[str, float]]]:
        """The claim's candidate locations (None first) and each one's features."""
        builder, doc = self.builder, self.builder.doc
        rule = claim.location
        start = claim.evidence.start
        here = doc.sentence_index(start)
        paragraph = builder._paragraph(here)
        names: list[str | None] = [None] + sorted(self.by_name)
        derived = sorted({c for n, c in self.country.items() if c and c not in self.by_name})
        names += derived
        if rule is not None and rule not in names:
            names.append(rule)
        measure = claim.measure
        rule_country = self.country.get(rule) if rule in self.country else None
        sentence_countries = {self.country[n] for n, idx in self.sentence_of.items() if here in idx and self.country[n]}
        rows = []
        for name in names:
            f: dict[str, float] = {}
            if name is None:
                f["none"] = 1.0
                f["none:rule"] = float(rule is None)
                f["none:countries_in_sentence>1"] = float(len(sentence_countries) > 1)
                f["none:countries_in_article"] = math.log1p(self.countries)
                f[f"none:measure={measure}"] = 1.0
                f["none:no_places"] = float(not self.by_name)
            else:
                mentions = self.by_name.get(name, [])
                kind = self.kinds.get(name, "country" if builder._is_country(name) else "derived")
                f[f"kind={kind}"] = 1.0
                f[f"kind={kind}:measure={measure}"] = 1.0
                if not mentions:
                    f["unmentioned"] = 1.0
                    if name == rule_country:
                        f["country_of_rule"] = 1.0
                    if name == self.country.get(self.main) if self.main else False:
                        f["country_of_main"] = 1.0
                else:
                    indices = self.sentence_of[name]
                    distances = [i - here for i in indices]
                    before = [-d for d in distances if d <= 0]
                    after = [d for d in distances if d > 0]
                    f["same_sentence"] = float(0 in distances)
                    f["same_paragraph"] = float(any(i in paragraph for i in indices))
                    f["headline"] = float(any(i in self.headline for i in indices))
                    f["lead"] = float(any(i in self.body_lead for i in indices))
                    f["dateline"] = float(any(builder._dateline(m) for m in mentions))
                    f["before_distance"] = min(before) / 10 if before else 1.0
                    f["after_distance"] = min(after) / 10 if after else 1.0
                    f["only_after"] = float(not before)
                    f["count"] = math.log1p(len(mentions))
                    f["share"] = self.share[name]
                    f["main"] = float(name == self.main)
                    f["main_country"] = float(name == self.main_country)
                    f["first"] = float(name == self.first)
                    f["scene_here"] = float(name in self.scene_names(here))
                    f["scene_paragraph_before"] = float(any(name in self.scene_names(i) for i in paragraph if i < here))
                    f["scene_lead"] = float(any(name in self.scene_names(i) for i in self.headline | self.body_lead))
                    f["named_here"] = float(name in self.named_names(here))
                    f["named_paragraph"] = float(any(name in self.named_names(i) for i in paragraph))
                    if name == rule_country and name != rule:
                        f["country_of_rule"] = 1.0
                    if rule is not None and self.country.get(name) == rule and name != rule:
                        f["inside_rule_country"] = 1.0
                    if rule is not None and rule in self.country and self.country.get(name) \
                            and self.country.get(name) == self.country.get(rule) and name != rule \
                            and kind != "country" and self.kinds.get(rule) != "country":
                        f["beside_rule"] = 1.0
                    if kind != "country" and self.country.get(name) is None:
                        f["no_country"] = 1.0
                    f[f"scene_here:kind={kind}"] = f["scene_here"]
                    f["settlement"] = float(name in self.settlement)
                    f["area_noun"] = float(name in self.area)
                    f["inside_another"] = float(any(a == name for a, _b in self.inside))
                    f["holds_another"] = float(any(b == name for _a, b in self.inside))
                    if rule is not None:
                        f["inside_rule"] = float((name, rule) in self.inside or self.country.get(name) == rule != name)
                        f["holds_rule"] = float((rule, name) in self.inside or self.country.get(rule) == name != rule)
                    f["scenes"] = math.log1p(sum(name in self.scene_names(i) for i in set(indices)))
                    f["headline_settlement"] = f["headline"] * f["settlement"]
                    rule_kind = self.kinds.get(rule, "none" if rule is None else "derived")
                    f[f"rule_kind={rule_kind}:kind={kind}"] = 1.0
            f["rule"] = float(name == rule)
            f["rule_elsewhere"] = math.log1p(max(0, self.chosen.get(name, 0) - (name == rule)))
            rows.append(f)
        return names, rows


