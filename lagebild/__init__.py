"""lagebild: evidence-linked situation pictures from news articles."""

__version__ = "0.1.0"
