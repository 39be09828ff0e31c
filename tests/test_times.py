"""German time expressions: detection, resolution against the anchor, iso_prefix."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild.analysis import make_doc
from lagebild.analysis.times import find_times, infer_publication_date, iso_prefix
from lagebild.model import Article, Span, TimeRef


def times(text: str, anchor: str | None = "2025-02-14", narrative: bool = False) -> list[TimeRef]:
    doc = make_doc(Article(id="t", text=text, published=anchor))
    find_times(doc, narrative=narrative)
    return doc.times


def only(text: str, anchor: str | None = "2025-02-14") -> TimeRef:
    found = times(text, anchor)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


@pytest.mark.parametrize("text, expression, value", [
    ("Der Angriff begann am 3. Oktober 2024 um Mitternacht.", "3. Oktober 2024", "2024-10-03"),
    ("Der Angriff begann am 03.10.2024 in der Nacht.", "03.10.2024", "2024-10-03"),
    ("Datum des Berichts: 2024-10-03.", "2024-10-03", "2024-10-03"),
    ("Der Angriff begann am 3. Okt. 2024 früh.", "3. Okt. 2024", "2024-10-03"),
    ("Die Truppen kamen im November 2024 an.", "November 2024", "2024-11"),
    ("Die Truppen kamen im Nov. 2024 an.", "Nov. 2024", "2024-11"),
    ("Sie wurden im Jahr 2023 verlegt.", "Jahr 2023", "2023"),
    ("Bis Ende des Jahres 2023 blieb es ruhig.", "Ende des Jahres 2023", "2023"),
    ("Das Abkommen stammt aus 2023, als beide Seiten verhandelten.", "2023", "2023"),
])
def test_absolute_dates(text: str, expression: str, value: str) -> None:
    ref = only(text)
    assert (ref.text, ref.value, ref.relative) == (expression, value, False)
    assert text[ref.span.start:ref.span.end] == expression


def test_month_without_year_in_past_sentence_is_the_latest_not_after_the_anchor() -> None:
    assert only("Im Januar schätzte der Dienst die Verluste.").value == "2025-01"
    assert only("Im März schätzte der Dienst die Verluste.").value == "2024-03"


def test_month_without_year_in_future_sentence_lies_ahead() -> None:
    assert only("Im März könnte die Offensive beginnen.").value == "2025-03"


def test_anfang_mitte_ende_narrow_the_month_but_keep_its_value() -> None:
    ref = only("Die Truppen wurden Anfang Februar 2025 umgruppiert.")
    assert (ref.value, ref.precision, ref.start, ref.end) == ("2025-02", "month", "2025-02-01", "2025-02-10")
    ref = only("Ende Februar 2025 zogen sie ab.")
    assert (ref.value, ref.start, ref.end) == ("2025-02", "2025-02-21", "2025-02-28")
    assert only("Mitte Mai kam es zu Gefechten.").start.endswith("-05-11")


def test_years_and_year_ranges() -> None:
    found = times("Die Saison 2024/25 war lang.")
    assert [t.value for t in found] == ["2024", "2025"]
    assert [t.value for t in times("Von 1939 bis 1945 dauerte der Krieg.")] == ["1939", "1945"]


@pytest.mark.parametrize("text, value", [
    ("Das im vergangenen Juni geschlossene Abkommen gilt.", "2024-06"),
    ("Die Zahl stieg seit Mitte letzten Jahres.", "2024"),
    ("Das war im vergangenen Jahr.", "2024"),
    ("Vergangenes Jahr kamen sie.", "2024"),
    ("Im letzten Jahr schätzte der Dienst 11.000 Soldaten.", "2024"),
    ("Im Oktober dieses Jahres soll gewählt werden.", "2025-10"),
    ("Die Lieferung ist für Anfang nächsten Jahres geplant.", "2026"),
])
def test_relative_years_and_months(text: str, value: str) -> None:
    ref = only(text)
    assert ref.value == value and ref.relative


def test_seasons() -> None:
    spring = only("Im Frühjahr griffen sie an.")
    assert (spring.value, spring.precision, spring.start, spring.end) == ("2024-SP", "season", "2024-03-01",
                                                                          "2024-05-31")
    late = only("Im Spätsommer zogen sie ab.")
    assert (late.value, late.start, late.end) == ("2024-SU", "2024-08-01", "2024-08-31")
    assert only("Frühherbst brachte Regen.").start == "2024-09-01"
    assert only("Das geht auf den Sommer letzten Jahres zurück.").value == "2024-SU"
    winter = only("Im Winter 2024/25 froren viele.")
    assert (winter.value, winter.start, winter.end) == ("2024-WI", "2024-12-01", "2025-02-28")


def test_half_years_and_quarters() -> None:
    half = only("Die Zusammenarbeit wuchs in der zweiten Jahreshälfte 2023 stark.")
    assert (half.value, half.precision, half.start, half.end) == ("2023-H2", "halfyear", "2023-07-01", "2023-12-31")
    quarter = only("Im ersten Quartal 2025 sanken die Zahlen.")
    assert (quarter.value, quarter.precision, quarter.start, quarter.end) == ("2025-Q1", "quarter", "2025-01-01",
                                                                              "2025-03-31")


def test_future_windows_start_after_the_anchor() -> None:
    months = only("Weitere Truppen könnten in den kommenden Monaten folgen.")
    assert months.relative and months.start == "2025-02-15" and months.end == "2025-05-14"
    weeks = only("In den nächsten Wochen soll entschieden werden.")
    assert weeks.start == "2025-02-15" and weeks.end > weeks.start


def test_weekdays_resolve_to_the_most_recent_on_or_before_the_anchor_day() -> None:
    # 2025-02-14 is a Friday
    assert only("Am Montag griffen sie an.").value == "2025-02-10"
    assert only("Am Freitag griffen sie an.").value == "2025-02-14"
    assert only("Am Montag griffen sie an.", anchor="2025-02").value is None


@pytest.mark.parametrize("text, value", [
    ("Heute meldete das Ministerium neue Zahlen.", "2025-02-14"),
    ("Gestern meldete das Ministerium neue Zahlen.", "2025-02-13"),
    ("Das Ministerium meldete vorgestern neue Zahlen.", "2025-02-12"),
    ("Das Ministerium will morgen neue Zahlen melden.", "2025-02-15"),
])
def test_deictic_days(text: str, value: str) -> None:
    assert only(text).value == value


def test_gestern_needs_a_day_precise_anchor() -> None:
    ref = only("Gestern meldete das Ministerium neue Zahlen.", anchor="2025-02")
    assert ref.value is None and ref.text == "Gestern"


def test_morgen_as_a_noun_is_no_tomorrow() -> None:
    assert times("Am Morgen fielen Schüsse.") == []


def test_ago() -> None:
    ref = only("Vor drei Wochen begann die Offensive.")
    assert (ref.value, ref.precision) == ("2025-W04", "week")
    assert only("Vor zwei Jahren begann die Offensive.").value == "2023"
    assert only("Vor 5 Tagen begann die Offensive.").value == "2025-02-09"


def test_decades() -> None:
    ref = only("In den 1990er Jahren war das anders.")
    assert (ref.value, ref.precision, ref.start, ref.end) == ("199", "decade", "1990-01-01", "1999-12-31")


def test_anaphoric_days_count_from_the_last_mention() -> None:
    found = times("Am 3. Oktober 2024 begann der Angriff. Zwei Tage später fiel die Stadt.")
    assert [t.value for t in found] == ["2024-10-03", "2024-10-05"]


def test_narrative_mode_takes_the_year_of_the_last_mention() -> None:
    found = times("Am 1. September 1939 begann der Krieg. Am 17. September folgte die Sowjetunion. "
                  "Im Herbst war Polen besetzt.", anchor="2011-02-16", narrative=True)
    assert [t.value for t in found] == ["1939-09-01", "1939-09-17", "1939-FA"]


@pytest.mark.parametrize("text", [
    "Die Hälfte der Soldaten kehrte zurück.",
    "Der Konvoi kam mit 2.700 Verletzten an.",
    "Der Konvoi kam mit 2700 Verletzten an.",
    "Mai Thi Nguyen sagte das im Fernsehen.",
    "Bis zu 2000 Soldaten wurden verlegt.",
    "Die Resolution 2231 gilt weiter.",
    "Die meisten kamen mit dem Bus.",
])
def test_negatives(text: str) -> None:
    assert times(text) == []


def test_no_anchor_keeps_relative_expressions_unresolved() -> None:
    found = times("Im Januar und im vergangenen Jahr kamen Truppen.", anchor=None)
    assert [t.text for t in found] == ["Januar", "vergangenen Jahr"]
    assert all(t.value is None for t in found)


def test_anchor_from_published_or_inferred() -> None:
    doc = make_doc(Article(id="a", text="Gestern kamen sie.", published="2025-02"))
    find_times(doc)
    assert doc.anchor == ("2025-02", False)
    doc = make_doc(Article(id="b", text="Berlin, 14. Februar 2025\nGestern kamen sie."))
    find_times(doc)
    assert doc.anchor == ("2025-02-14", True)
    assert doc.times[-1].value == "2025-02-13"


def test_infer_publication_date() -> None:
    assert infer_publication_date("Stand: 14.02.2025\nDie Lage bleibt angespannt.") == "2025-02-14"
    assert infer_publication_date("Am 3. Oktober 2024 begann es. Am 5. November 2024 endete es.") == "2024-11-05"
    assert infer_publication_date("Die Lage bleibt angespannt.") is None


def test_iso_prefix() -> None:
    def ref(value, precision, start=None, end=None):
        return TimeRef(Span(0, 1), "x", value, precision, start, end)

    assert iso_prefix(ref("2024-10-03", "day")) == "2024-10-03"
    assert iso_prefix(ref("2024-10", "month")) == "2024-10"
    assert iso_prefix(ref("2023-H2", "halfyear", "2023-07-01", "2023-12-31")) == "2023"
    assert iso_prefix(ref("2024-SU", "season", "2024-08-01", "2024-08-31")) == "2024-08"
    assert iso_prefix(ref("2024-WI", "season", "2024-12-01", "2025-02-28")) == "2025"
    assert iso_prefix(ref(None, "day")) is None


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80),
                st.lists(st.sampled_from(list("0123456789 .,/-–aeimnrtuzAEJMNOSVWäöüßHQ\n")
                                         + ["Mai", "Juni", "im ", "am ", "Jahr", "Ende ", "vor ", "er",
                                            "Montag", "gestern", "letzten ", "Sommer", "Quartal", "Winter "]),
                         max_size=40).map("".join)),
       st.sampled_from([None, "2025", "2025-02", "2025-02-14"]))
def test_find_times_never_raises_and_spans_lie_in_the_text(text: str, anchor: str | None) -> None:
    for ref in times(text, anchor):
        assert 0 <= ref.span.start < ref.span.end <= len(text)
        assert text[ref.span.start:ref.span.end] == ref.text


def test_month_of_the_previous_year_and_compound_names() -> None:
    assert only("Seit Mai des Vorjahres ist er Weltmeister.", anchor="2016-05-10").value == "2015-05"
    assert [t.text for t in times("Die Heute-Show lief gestern.", anchor="2016-05-10")] == ["gestern"]


def test_headings_and_day_lists() -> None:
    found = times("Balkanfeldzug 1941\nZwischen dem 18. und dem 23. September kämpften sie.", anchor="2011-02-16",
                  narrative=True)
    assert [(t.text, t.value) for t in found] == [("1941", "1941"), ("18.", "1941-09-18"),
                                                  ("23. September", "1941-09-23")]


def test_weekends_nights_and_genitive_months() -> None:
    weekend = only("Am Wochenende kam es zu Protesten.")  # anchor Friday 2025-02-14
    assert (weekend.start, weekend.end, weekend.precision) == ("2025-02-08", "2025-02-09", "week")
    assert only("Am kommenden Wochenende soll gewählt werden.").start == "2025-02-15"
    assert only("In der Nacht auf Sonntag brannte es.").value == "2025-02-09"
    assert only("Am Mittag des 9. Februars 1904 griffen sie an.").value == "1904-02-09"
    assert times("Der Anbau des Mais lohnt sich.") == []


def test_a_published_date_that_was_inferred_stays_marked_inferred() -> None:
    doc = make_doc(Article(id="c", text="Gestern kamen sie.", published="2025-02-14", published_inferred=True))
    find_times(doc)
    assert doc.anchor == ("2025-02-14", True) and doc.times[0].value == "2025-02-13"


def test_police_report_phrasing() -> None:
    end_of_week = only("Ende vergangener Woche kam es zu Festnahmen.")
    assert (end_of_week.value, end_of_week.start, end_of_week.end) == ("2025-W06", "2025-02-07", "2025-02-09")
    assert only("Vor knapp zwei Wochen brannte es.").value == "2025-W05"
    assert only("In der Nacht zu Samstag brannte es.").value == "2025-02-08"
    assert only("Am frühen Sonntagmorgen brannte es.").value == "2025-02-09"


def test_a_weekday_in_past_tense_text_is_the_last_such_day_before_the_anchor() -> None:
    # anchor Wednesday 2025-10-08: last Friday, not next Friday
    assert only("Am Freitag wurden drei Menschen festgenommen.", "2025-10-08").value == "2025-10-03"
    assert only("Am Samstagnachmittag griff ein Mann Passanten an.", "2025-05-19").value == "2025-05-17"
    assert only("In der Nacht zu Mittwoch schlugen Raketen ein.", "2025-06-11").value == "2025-06-11"


def test_a_weekday_of_a_named_week() -> None:
    # anchor Wednesday 2025-10-08
    ref = only("Am Dienstagabend vergangener Woche kam sie an.", "2025-10-08")
    assert (ref.text, ref.value) == ("Dienstagabend vergangener Woche", "2025-09-30")
    assert only("Am Montag nächster Woche soll es beginnen.", "2025-10-08").value == "2025-10-13"
    assert only("Am Freitag der vergangenen Woche ging er.", "2025-10-08").value == "2025-10-03"


# ---- months without a year, by the tense of their sentence

@pytest.mark.parametrize("text, anchor, expected", [
    # past sentences: the nearest such month that has begun by the publication date
    ("Mitte Oktober wurden bei Gefechten 40 Soldaten getötet.", "2025-10-10", "2025-10"),
    ("Ende März kamen die ersten Familien in der Stadt an.", "2025-03-02", "2025-03"),
    ("Im November wurden die Lager geräumt.", "2025-03-10", "2024-11"),
    # hearsay about the past with "soll ... worden sein" is no plan
    ("Im Oktober sollen dort 300 Soldaten getötet worden sein.", "2025-03-10", "2024-10"),
    # future sentences: the next such month not over before the publication date
    ("Im Oktober sollen weitere Soldaten eintreffen.", "2025-03-10", "2025-10"),
    ("Mitte Januar will die Regierung neue Truppen schicken.", "2025-03-10", "2026-01"),
])
def test_month_without_year_follows_the_tense(text: str, anchor: str, expected: str) -> None:
    assert only(text, anchor).value == expected


def test_a_weekday_joined_to_another_is_a_time() -> None:
    doc = make_doc(Article(id="t", text="Die Kämpfe dauerten am Sonntag und Montag an.", published="2025-10-28"))
    find_times(doc)
    assert [(t.text, t.value) for t in doc.times] == [("Sonntag", "2025-10-26"), ("Montag", "2025-10-27")]
