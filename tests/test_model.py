import pytest

from lagebild.model import Article, Span


def test_span_rejects_inverted_offsets():
    with pytest.raises(ValueError):
        Span(5, 3)


def test_span_text_and_overlap():
    text = "Laut NIS wurden 300 Soldaten getötet."
    span = Span(16, 28)
    assert span.text(text) == "300 Soldaten"
    assert span.overlaps(Span(20, 40))
    assert not span.overlaps(Span(28, 30))
    assert Span(0, 40).contains(span)


@pytest.mark.parametrize("published,precision", [("2025", "year"), ("2025-02", "month"), ("2025-02-14", "day"), (None, None)])
def test_published_precision(published, precision):
    assert Article(id="a", text="x", published=published).published_precision == precision


def test_records_carry_the_articles_spellings_of_their_names_only_when_asked():
    from lagebild.model import Analysis, Claim, Mention, Statement, claim_record, statement_record, written_names

    article = Article(id="a", text="Kiew meldet 12 Tote. Laut Kyjiw und Selenskyj ...")
    analysis = Analysis(article=article, mentions=[
        Mention(Span(0, 4), "Kiew", "place", "Kyiv"),
        Mention(Span(27, 32), "Kyjiw", "place", "Kyiv"),
        Mention(Span(37, 46), "Selenskyj", "person", "Volodymyr Zelenskyy"),
        Mention(Span(0, 4), "Kiew", "place", "Kyiv"),
    ])
    written = written_names(analysis)
    assert written == {"Kyiv": ["Kiew", "Kyjiw"], "Volodymyr Zelenskyy": ["Selenskyj"]}
    claim = Claim(doc="a", measure="killed", evidence=Span(12, 19), evidence_text="12 Tote",
                  low=12, high=12, location="Kyiv", source="Unknown body")
    assert "as_written" not in claim_record(claim)
    assert claim_record(claim, written)["as_written"] == {"location": ["Kiew", "Kyjiw"]}
    said = Statement(doc="a", span=Span(21, 47), speaker="Volodymyr Zelenskyy", speaker_span=Span(37, 46),
                     content_span=Span(21, 47), content="Laut Kyjiw und Selenskyj ...")
    assert statement_record(said, written)["as_written"] == {"speaker": ["Selenskyj"]}


@pytest.mark.parametrize("text,expected", [
    # a place after a preposition, a genitive with its kind, a capitalised adjective before the body
    ("Vier Menschen starben, wie die Polizei von Perak mitteilte.", ["Polizei", "Polizei von Perak"]),
    ("Das meldete die Polizei des Bundesstaates Jalisco am Morgen.",
     ["Polizei", "Polizei des Bundesstaates Jalisco"]),
    ("Laut der Föderalen Polizei gab es zwei Tote.", ["Polizei", "Föderalen Polizei"]),
    # a name ends at a comma; lowercase words and a bare article go on no further
    ("Die Polizei in Tarma, die zwei Tote meldete, ermittelt.", ["Polizei", "Polizei in Tarma"]),
    ("Die Polizei in der Nacht meldete zwei Tote.", ["Polizei"]),
])
def test_a_bodys_name_as_the_article_writes_it_on_is_another_spelling_of_it(text, expected):
    from lagebild.model import Analysis, Mention, written_names

    start = text.index("Polizei")
    analysis = Analysis(article=Article(id="a", text=text),
                        mentions=[Mention(Span(start, start + 7), "Polizei", "org", "police")])
    assert written_names(analysis) == {"police": expected}


def test_a_persons_or_places_name_gets_no_longer_spelling():
    from lagebild.model import Analysis, Mention, written_names

    text = "Maria Lopez von Radio Sur sagte, in Tarma von Montag an ..."
    analysis = Analysis(article=Article(id="a", text=text), mentions=[
        Mention(Span(0, 11), "Maria Lopez", "person", "Maria Lopez"),
        Mention(Span(36, 41), "Tarma", "place", "Tarma")])
    assert written_names(analysis) == {"Maria Lopez": ["Maria Lopez"], "Tarma": ["Tarma"]}


def test_a_name_right_after_a_bodys_word_is_a_spelling_of_the_body():
    from lagebild.model import Analysis, Mention, written_names

    text = "Der Rettungsdienst Samur teilte mit, 20 Menschen seien verletzt worden."
    analysis = Analysis(article=Article(id="a", text=text),
                        mentions=[Mention(Span(4, 18), "Rettungsdienst", "org", "rescue service")])
    assert written_names(analysis) == {"rescue service": ["Rettungsdienst", "Rettungsdienst Samur"]}


@pytest.mark.parametrize("text,word,canonical,expected", [
    # "für" opens a ministry's complement, "und" joins its capitalised words
    ("Das Ministerium für Katastrophenschutz und Flüchtlinge sprach von 11.000 Menschen.", "Ministerium",
     "ministry", ["Ministerium", "Ministerium für Katastrophenschutz und Flüchtlinge"]),
    # a slash and a capitalised word in parentheses go on with the name
    ("Die Polizeiinspektion Lüneburg/Uelzen ermittelt.", "Polizeiinspektion Lüneburg", "Polizeiinspektion Lüneburg",
     ["Polizeiinspektion Lüneburg", "Polizeiinspektion Lüneburg/Uelzen"]),
    ("Die Kommunistische Partei Indiens (Maoisten) widersprach.", "Kommunistische Partei", "Kommunistische Partei",
     ["Kommunistische Partei", "Kommunistische Partei Indiens", "Kommunistische Partei Indiens (Maoisten)"]),
    # a genitive's longer name is a spelling in the nominative too
    ("Nach Zahlen des Polizeipräsidiums Oberbayern Süd krachte es.", "Polizeipräsidiums Oberbayern",
     "Polizeipräsidium Oberbayern", ["Polizeipräsidiums Oberbayern", "Polizeipräsidiums Oberbayern Süd",
                                     "Polizeipräsidium Oberbayern Süd"]),
])
def test_a_bodys_name_goes_on_through_links_slashes_and_parentheses(text, word, canonical, expected):
    from lagebild.model import Analysis, Mention, written_names

    start = text.index(word)
    analysis = Analysis(article=Article(id="a", text=text),
                        mentions=[Mention(Span(start, start + len(word)), word, "org", canonical)])
    assert written_names(analysis) == {canonical: expected}
