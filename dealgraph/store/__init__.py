"""Storage: SQLAlchemy Core over SQLite (default) or PostgreSQL."""

from dealgraph.store.store import DEFAULT_URL, Added, Store, open_store

__all__ = ["DEFAULT_URL", "Added", "Store", "open_store"]
