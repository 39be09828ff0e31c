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
