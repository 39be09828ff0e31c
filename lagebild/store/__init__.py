"""Claims in the store: SQLAlchemy Core over SQLite by default (any SQLAlchemy URL later).

    from lagebild.store import open_store
    with open_store("lagebild.db") as store:
        store.add(article, analysis)          # "new" | "unchanged" | "updated"
        store.claims(measure="killed")        # claim records + article outlet/published
"""

from lagebild.store.engine import StoreError, database_url
from lagebild.store.store import Store, fingerprint, open_store, text_hash

__all__ = ["Store", "StoreError", "database_url", "fingerprint", "open_store", "text_hash"]
