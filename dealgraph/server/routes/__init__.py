"""HTTP routes, split by area. Each module has a ``router``; API routes live under /api."""

from dealgraph.server.routes import claims, documents, entities, graph, pages

ROUTERS = [claims.router, documents.router, graph.router, entities.router, pages.router]

__all__ = ["ROUTERS"]
