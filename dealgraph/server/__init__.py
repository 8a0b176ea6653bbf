"""The web app and REST API over a store: ``create_app(store, settings)``."""

from dealgraph.server.app import create_app
from dealgraph.server.config import ServerSettings

__all__ = ["ServerSettings", "create_app"]
