import itertools
import json
import random
from pathlib import Path

import pytest

from lagebild.evaluation.scorer import (
    Aliases, EvaluationError, Records, _max_weight_matching, load_gold, read_texts, score,
    split_records,
)

DATA = Path(__file__).parent / "data" / "scorer"

TEXT = ("Nach Angaben der Polizei wurden 12 Menschen getötet. Etwa 40 Menschen wurden verletzt. "
        "Im Mai 2024 waren 300 Soldaten im Einsatz.")


def claim(evidence, measure="killed", low=12, high=12, doc="d", **attributes):
    return {"doc": doc, "evidence": evidence, "measure": measure, "low": low, "high": high, **attributes}


def statement(speaker, content, doc="d", **attributes):
    return {"doc": doc, "speaker": speaker, "content": content, **attributes}


def run(gold_claims=(), system_claims=(), gold_statements=(), system_statements=(), texts=None,
        aliases=None):
    return score(Records(list(gold_claims), list(gold_statements)),
                 Records(list(system_claims), list(system_statements)),
                 texts if texts is not None else {"d": TEXT}, aliases)


def all_scores_are_one(report):
    values = [report.claims.precision, report.claims.recall, report.claims.f1,
              report.statements.precision, report.statements.recall, report.statements.f1]
    values += [r.value for r in report.attributes.values() if r.total]
    values += [r.value for r in report.statement_attributes.values() if r.total]
    return all(value == 1.0 for value in values)


# ---------------------------------------------------------------- gold against itself

def _self_score(gold_dir, article_paths):
    warnings = []
    gold, aliases = load_gold(gold_dir, warnings)
    texts = {doc: article.text for doc, article in read_texts(article_paths, warnings).items()}
    system = split_records([*gold.claims, *gold.statements], warnings)
    return gold, score(gold, system, texts, aliases)


def test_shared_gold_against_itself_scores_one_everywhere(shared):
    gold, report = _self_score(shared / "gold", [shared / "seeds"])
    required = sum(not c.get("optional") for c in gold.claims)
    assert report.claims.matched == report.claims.gold == report.claims.system == required
    assert report.statements.matched == len(gold.statements) > 0
    assert all(report.attributes[name].total == required for name in
               ("source", "qualifier", "certainty", "future", "time", "location"))
    assert all_scores_are_one(report)
    assert not [w for w in report.warnings if "not found" in w]


def test_own_gold_against_itself_scores_one_everywhere():
    gold, report = _self_score(DATA / "gold", [DATA / "articles"])
    assert report.claims.gold == 8 and report.optional_gold == 2 and report.optional_matched == 2
    assert report.statements.gold == 6
    assert report.statement_attributes["mode"].total == 6
    assert all_scores_are_one(report)
    assert report.warnings == []


# ---------------------------------------------------------------- claim matching

def test_missing_claim_lowers_recall_only():
    gold = [claim("12 Menschen getötet"), claim("Etwa 40 Menschen wurden verletzt", "wounded", 40, 40)]
    report = run(gold, [claim("12 Menschen getötet")])
    assert (report.claims.precision, report.claims.recall) == (1.0, 0.5)
    assert [m["measure"] for m in report.claim_misses] == ["wounded"]


def test_extra_claim_lowers_precision_only():
    gold = [claim("12 Menschen getötet")]
    system = [claim("12 Menschen getötet"), claim("300 Soldaten", "troops", 300, 300)]
    report = run(gold, system)
    assert (report.claims.precision, report.claims.recall) == (0.5, 1.0)
    assert report.claims.f1 == pytest.approx(2 / 3)
    assert [f["measure"] for f in report.claim_false_hits] == ["troops"]


@pytest.mark.parametrize("change", [{"low": 13, "high": 13}, {"high": 14}, {"measure": "wounded"},
                                    {"doc": "other"}])
def test_wrong_value_measure_or_doc_does_not_match(change):
    texts = {"d": TEXT, "other": TEXT}
    report = run([claim("12 Menschen getötet")], [{**claim("12 Menschen getötet"), **change}], texts=texts)
    assert report.claims.matched == 0
    assert report.claims.system == 1 and report.claims.gold == 1


def test_numbers_compare_numerically_and_null_only_with_null():
    gold = [claim("12 Menschen getötet", low=12, high=None)]
    assert run(gold, [claim("12 Menschen", low=12.0, high=None)]).claims.matched == 1
    assert run(gold, [claim("12 Menschen", low=12, high=12)]).claims.matched == 0
    assert run([claim("12 Menschen")], [claim("12 Menschen", low="12", high=12.0)]).claims.matched == 1


def test_evidence_must_overlap():
    gold = [claim("12 Menschen getötet")]
    start = TEXT.index("12 Menschen getötet")
    touching = {**claim("der Polizei wurden "), "start": start - 8, "end": start}
    one_character = {**claim("der Polizei wurden 1"), "start": start - 8, "end": start + 1}
    elsewhere = claim("Etwa 40")
    assert run(gold, [touching]).claims.matched == 0
    assert run(gold, [one_character]).claims.matched == 1
    assert run(gold, [elsewhere]).claims.matched == 0


def test_system_offsets_win_over_evidence_text():
    text = "Am Montag wurden 5 Menschen verletzt. Am Dienstag wurden 5 Menschen verletzt."
    gold = [claim("Dienstag wurden 5 Menschen verletzt", "wounded", 5, 5)]
    second = text.rindex("5 Menschen")
    by_offsets = {**claim("5 Menschen", "wounded", 5, 5), "start": second, "end": second + 10}
    by_text = claim("5 Menschen", "wounded", 5, 5)  # first occurrence: the Monday one
    assert run(gold, [by_offsets], texts={"d": text}).claims.matched == 1
    assert run(gold, [by_text], texts={"d": text}).claims.matched == 0


def test_optional_gold_matched_is_left_out_and_unmatched_is_no_miss():
    gold = [claim("12 Menschen getötet"), claim("300 Soldaten", "troops", 300, 300, optional=True)]
    matched = run(gold, [claim("12 Menschen getötet"), claim("300 Soldaten", "troops", 300, 300)])
    assert (matched.claims.matched, matched.claims.system, matched.claims.gold) == (1, 1, 1)
    assert matched.optional_matched == 1 and matched.claim_false_hits == []
    unmatched = run(gold, [claim("12 Menschen getötet")])
    assert (unmatched.claims.precision, unmatched.claims.recall) == (1.0, 1.0)
    assert unmatched.claim_misses == []


def test_a_required_gold_claim_wins_over_an_optional_one():
    text = "Ein Bericht nannte 12 Tote, der zweite Bericht ebenfalls 12 Tote."
    gold = [claim("Bericht nannte 12 Tote", optional=True), claim("12 Tote, der zweite")]
    system = [{**claim("12 Tote"), "start": text.index("12 Tote"), "end": text.index("12 Tote") + 7}]
    report = run(gold, system, texts={"d": text})
    assert report.claims.matched == 1 and report.optional_matched == 0


def test_two_identical_system_claims_for_one_gold_give_one_false_hit():
    report = run([claim("12 Menschen getötet")], [claim("12 Menschen"), claim("12 Menschen")])
    assert (report.claims.matched, report.claims.system) == (1, 2)
    assert len(report.claim_false_hits) == 1


def test_matching_is_maximal_not_greedy():
    text = "Zuerst 5 Tote in A, dann 5 Tote in B."
    gold = [claim("5 Tote in A", low=5, high=5), claim("5 Tote in B", low=5, high=5)]
    spanning = {**claim("x", low=5, high=5), "start": text.index("A"), "end": text.index("B") + 1}
    only_first = claim("5 Tote in A", low=5, high=5)
    report = run(gold, [spanning, only_first], texts={"d": text})
    assert report.claims.matched == 2


def test_matching_prefers_the_pair_with_more_agreement():
    gold = [claim("12 Menschen getötet", source="police")]
    system = [claim("12 Menschen", source="army"), claim("12 Menschen getötet", source="police")]
    report = run(gold, system)
    assert report.attributes["source"].value == 1.0
    assert report.claim_false_hits[0]["source"] == "army"


def test_system_claims_in_a_document_without_gold_claims_are_false_hits():
    texts = {"d": TEXT, "empty": "Heute wurden 7 Menschen gerettet."}
    report = run([claim("12 Menschen getötet")],
                 [claim("12 Menschen getötet"), claim("7 Menschen", "other", 7, 7, doc="empty")], texts=texts)
    assert (report.claims.matched, report.claims.system) == (1, 2)
    empty = next(d for d in report.documents if d.doc == "empty")
    assert (empty.claims.system, empty.claims.gold, empty.claims.precision) == (1, 0, 0.0)


def test_gold_for_an_unknown_document_and_unfound_evidence_are_warned_and_ignored():
    gold = [claim("12 Menschen getötet"), claim("12 Menschen getötet", doc="elsewhere"),
            {**claim("13 Menschen getötet"), "_origin": "claims.jsonl:3"}]
    report = run(gold, [claim("12 Menschen getötet")])
    assert (report.claims.recall, report.claims.gold) == (1.0, 1)
    assert any("'elsewhere'" in w for w in report.warnings)
    assert any(w.startswith("claims.jsonl:3: evidence not found") for w in report.warnings)


# ---------------------------------------------------------------- attributes

def test_attributes_compare_through_aliases_case_insensitively():
    aliases = {"police": ["Polizei"], "Kursk": ["Region Kursk"]}
    gold = [claim("12 Menschen getötet", source="Polizei", location="kursk")]
    system = [claim("12 Menschen", source="POLICE", location="region kursk")]
    report = run(gold, system, aliases=aliases)
    assert report.attributes["source"].value == 1.0
    assert report.attributes["location"].value == 1.0
    wrong = run(gold, [claim("12 Menschen", source="army", location=None)], aliases=aliases)
    assert wrong.attributes["source"].value == 0.0 and wrong.attributes["location"].value == 0.0


def test_a_name_also_agrees_through_the_articles_spelling_and_is_counted_apart():
    aliases = {"Hodeidah": ["Hudaida"], "health ministry": ["Gesundheitsministerium"]}
    gold = [claim("12 Menschen getötet", source="health ministry", location="Hodeidah")]
    spelled = claim("12 Menschen", source="Ministry of Health", location="Al Hudaydah",
                    as_written={"location": ["Hudaida"], "source": ["Ministerium"]})
    report = run(gold, [spelled], aliases=aliases)
    assert report.attributes["location"].value == 1.0
    assert report.attributes["source"].value == 0.0  # a spelling that is no alias does not help
    assert report.written_only == {"location": 1}
    assert report.as_dict()["names_agreeing_only_as_written"] == {"location": 1}
    bare = claim("12 Menschen", source="Ministry of Health", location="Al Hudaydah")
    assert run(gold, [bare], aliases=aliases).attributes["location"].value == 0.0
    # a spelling never stands in for a missing name
    unnamed = claim("12 Menschen", location=None, as_written={"location": ["Hudaida"]})
    assert run(gold, [unnamed], aliases=aliases).attributes["location"].value == 0.0


def test_a_statement_speaker_also_matches_through_the_articles_spelling():
    aliases = {"Anna Roth": ["Roth"]}
    gold = [statement("Anna Roth", "die Brücke werde im Herbst wieder")]
    system = statement("A. Roth", "die Brücke werde im Herbst wieder", as_written={"speaker": ["Roth"]})
    report = run(gold_statements=gold, system_statements=[system], texts={"d": SAID}, aliases=aliases)
    assert report.statements.matched == 1 and report.written_only == {"speaker": 1}
    system.pop("as_written")
    assert run(gold_statements=gold, system_statements=[system], texts={"d": SAID},
               aliases=aliases).statements.matched == 0


def test_null_attribute_equals_only_null():
    gold = [claim("12 Menschen getötet", source=None, time=None)]
    assert run(gold, [claim("12 Menschen", source=None, time=None)]).attributes["source"].value == 1.0
    report = run(gold, [claim("12 Menschen", source="police", time="2024")])
    assert report.attributes["source"].value == 0.0 and report.attributes["time"].value == 0.0


@pytest.mark.parametrize("gold_time,system_time,agrees", [
    ("2024", "2024-11-05", True), ("2024-11", "2024-11-05", True), ("2024-11-05", "2024-11-05", True),
    ("2024-11", "2024", False), ("2024-11", "2024-12", False), ("2024", None, False), (None, None, True),
])
def test_times_compare_on_the_gold_precision(gold_time, system_time, agrees):
    report = run([claim("12 Menschen getötet", time=gold_time)], [claim("12 Menschen", time=system_time)])
    assert report.attributes["time"].value == (1.0 if agrees else 0.0)


def test_absent_gold_attributes_are_not_scored_but_absent_flags_mean_false():
    report = run([claim("12 Menschen getötet")], [claim("12 Menschen", source="x", additional=True)])
    assert report.attributes["source"].total == 0
    assert report.attributes["additional"].value == 0.0
    assert report.attributes["future"].value == 1.0


def test_optional_pairs_do_not_count_for_attributes():
    report = run([claim("12 Menschen getötet", optional=True, source="police")],
                 [claim("12 Menschen", source="army")])
    assert report.attributes["source"].total == 0 and report.optional_matched == 1


# ---------------------------------------------------------------- statements

SAID = "Der Minister sagte, die Brücke werde im Herbst wieder für den Verkehr geöffnet."


@pytest.mark.parametrize("system_content,matches", [
    ("die Brücke werde", True),            # 3 tokens, all inside the gold content
    ("sagte, die Brücke werde", True),     # 4 tokens, 3 inside
    ("Minister sagte, die Brücke", True),  # 4 tokens, 2 inside: exactly half
    ("Der Minister sagte, die", False),    # 4 tokens, 1 inside
    ("Der Minister sagte, die Brücke", False),  # 5 tokens, 2 inside: just below half
    ("Der Minister sagte, die Brücke werde", True),  # 6 tokens, 3 inside: just half
])
def test_statement_contents_must_overlap_by_half_of_the_shorter(system_content, matches):
    gold = [statement("Anna Roth", "die Brücke werde im Herbst wieder für den Verkehr geöffnet")]
    report = run(gold_statements=gold, system_statements=[statement("Anna Roth", system_content)],
                 texts={"d": SAID})
    assert report.statements.matched == (1 if matches else 0)


def test_statement_content_falls_back_to_token_overlap_when_gold_is_not_in_the_text():
    gold = [statement("Anna Roth", "die Brücke wird bald geöffnet")]
    half = run(gold_statements=gold, system_statements=[statement("Anna Roth", "Brücke werde geöffnet")],
               texts={"d": SAID})
    assert half.statements.matched == 1
    assert any("content not found" in w for w in half.warnings)
    below = run(gold_statements=gold, system_statements=[statement("Anna Roth", "Herbst Verkehr Brücke")],
                texts={"d": SAID})
    assert below.statements.matched == 0


def test_statement_speaker_compares_through_aliases_and_one_to_one():
    aliases = {"Anna Roth": ["Roth", "Ministerin Roth"]}
    gold = [statement("Anna Roth", "die Brücke werde im Herbst wieder", mode="indirect", cue="sagte")]
    system = [statement("roth", "Brücke werde im Herbst", mode="indirect", cue="Sagte"),
              statement("ROTH", "die Brücke werde im Herbst wieder", mode="direct", cue="sagte")]
    report = run(gold_statements=gold, system_statements=system, texts={"d": SAID}, aliases=aliases)
    assert (report.statements.matched, report.statements.system) == (1, 2)
    assert report.statement_attributes["mode"].value == 1.0
    assert report.statement_attributes["cue"].value == 1.0
    other = run(gold_statements=gold, system_statements=[statement("Minister", "die Brücke werde")],
                texts={"d": SAID}, aliases=aliases)
    assert other.statements.matched == 0


def test_statements_of_unnamed_sources_are_outside_the_gold_format():
    # the gold holds statements with a named speaker; a system statement without one is no false hit
    gold = [statement("Anna Roth", "die Brücke werde im Herbst wieder", mode="indirect", cue="sagte")]
    system = [statement("Anna Roth", "die Brücke werde im Herbst wieder"),
              statement(None, "die Brücke werde im Herbst", cue="zufolge")]
    report = run(gold_statements=gold, system_statements=system, texts={"d": SAID})
    assert (report.statements.matched, report.statements.system, report.statements.gold) == (1, 1, 1)


@pytest.mark.parametrize("gold_cue, system_cue, agrees", [
    ("teilte mit", "teilte", True),  # a separable verb by its finite part
    ("teilte", "teilte mit", True),
    ("nach Angaben", "nach", True),
    ("Sagte", "sagte", True),
    ("sagte", "erklärte", False),
    ("teilte mit", "gab bekannt", False),
    ("sagte", None, False),
])
def test_statement_cues_agree_when_one_names_part_of_the_other(gold_cue, system_cue, agrees):
    gold = [statement("Anna Roth", "die Brücke werde im Herbst wieder", cue=gold_cue)]
    system = [statement("Anna Roth", "die Brücke werde im Herbst wieder", cue=system_cue)]
    report = run(gold_statements=gold, system_statements=system, texts={"d": SAID})
    assert report.statements.matched == 1
    assert report.statement_attributes["cue"].value == (1.0 if agrees else 0.0)


def test_system_statement_offsets_are_used():
    text = "Sie sagte: „Wir bleiben.“ Er sagte: „Wir bleiben.“"
    first, later = text.index("Wir"), text.rindex("Wir")
    gold = [{**statement("Anna Roth", "Wir bleiben."), "content_start": first, "content_end": first + 12}]
    system = {**statement("Anna Roth", "Wir bleiben."), "content_start": later, "content_end": later + 12}
    assert run(gold_statements=gold, system_statements=[system], texts={"d": text}).statements.matched == 0
    system.update(content_start=first, content_end=first + 12)
    assert run(gold_statements=gold, system_statements=[system], texts={"d": text}).statements.matched == 1


# ---------------------------------------------------------------- reading

def test_load_gold_without_statements_and_aliases(tmp_path):
    lines = [json.dumps(claim("12 Menschen getötet", note="extra field")), "{not json", "[1]"]
    (tmp_path / "claims.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    warnings = []
    gold, aliases = load_gold(tmp_path, warnings)
    assert len(gold.claims) == 1 and gold.statements == [] and aliases == {}
    assert any(w.startswith("claims.jsonl:2: not valid JSON") for w in warnings)
    assert any(w.startswith("claims.jsonl:3: not a JSON object") for w in warnings)
    assert run(gold.claims, [claim("12 Menschen")]).claims.f1 == 1.0


def test_load_gold_rejects_a_folder_without_gold(tmp_path):
    with pytest.raises(EvaluationError, match="neither claims.jsonl nor statements.jsonl"):
        load_gold(tmp_path, [])
    with pytest.raises(EvaluationError, match="not a folder"):
        load_gold(tmp_path / "missing", [])


def test_split_records_uses_kind_or_fields():
    warnings = []
    records = split_records([{"kind": "claim", "measure": "x"}, {"speaker": "A", "kind": "person"},
                             {"measure": "killed"}, {"foo": 1}], warnings)
    assert (len(records.claims), len(records.statements), len(warnings)) == (2, 1, 1)


def test_aliases_map_every_name_to_its_canonical():
    aliases = Aliases({"North Korea": ["Nordkorea", "DPRK"], "CNN": []})
    assert aliases.same("nordkorea", "dprk") and aliases.same("North  Korea", "DPRK")
    assert aliases.same("cnn", "CNN") and not aliases.same("CNN", None) and aliases.same(None, "")
    assert not aliases.same("Nordkorea", "Südkorea")


# ---------------------------------------------------------------- the matching itself

def _best_total(weights, rows, cols):
    best = 0
    for size in range(1, min(len(rows), len(cols)) + 1):
        for chosen in itertools.combinations(rows, size):
            for image in itertools.permutations(cols, size):
                pairs = list(zip(chosen, image))
                if all(p in weights for p in pairs):
                    best = max(best, sum(weights[p] for p in pairs))
    return best


def test_max_weight_matching_agrees_with_brute_force():
    rng = random.Random(7)
    for _ in range(150):
        rows, cols = range(rng.randint(1, 4)), range(rng.randint(1, 5))
        weights = {(r, c): rng.randint(1, 9) for r in rows for c in cols if rng.random() < 0.6}
        pairs = _max_weight_matching(weights)
        assert len({r for r, _ in pairs}) == len(pairs) == len({c for _, c in pairs})
        assert sum(weights[p] for p in pairs) == _best_total(weights, rows, cols)


def test_gold_evidence_is_found_across_normalised_whitespace():
    text = "Details\nVerletzte 2700\nOrt Kursk"
    gold = [claim("Verletzte\t2700", "wounded", 2700, 2700), claim("Verletzte\t2700\nOrt  Berlin", "wounded", 1, 1)]
    report = run(gold, [claim("2700", "wounded", 2700, 2700)], texts={"d": text})
    assert (report.claims.matched, report.claims.gold) == (1, 1)
    assert any("not found" in w and "Berlin" in w for w in report.warnings)


def test_flags_written_as_strings_are_read_as_booleans():
    report = run([claim("12 Menschen getötet", future="false", additional="true")],
                 [claim("12 Menschen", future=False, additional=True)])
    assert report.attributes["future"].value == report.attributes["additional"].value == 1.0
