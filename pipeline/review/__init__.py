"""`pipeline review`: a small local web app where staff check and correct records before a report.

- `app.create_app(url)`: the Flask app (pages, actions, security hooks);
- `queue`: the document list with its filters; `highlight`: the text with records marked;
- `accounts`: named accounts (argon2 hashes) for serving a network;
- `server.serve(...)`: what the command runs (waitress, 127.0.0.1 by default).

Every change goes through `pipeline.archive.review_ops` as a correction; the
pages read records through `pipeline.archive.corrections`, the same effective
records reports and exports read.
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
