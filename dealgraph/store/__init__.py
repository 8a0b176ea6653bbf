"""Storage: SQLAlchemy Core over SQLite (default) or PostgreSQL."""

from dealgraph.store.store import DEFAULT_URL, Added, Store, latest_reviews, open_store

__all__ = ["DEFAULT_URL", "Added", "Store", "latest_reviews", "open_store"]
