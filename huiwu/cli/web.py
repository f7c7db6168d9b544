"""`huiwu serve`: the web pages, the JSON API and the review forms over a database."""

from __future__ import annotations

import click

from ..errors import UsageError
from . import main
from .corpus import db_option


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default serves this machine only.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--token", envvar="HUIWU_TOKEN", default=None,
              help="Token that allows corrections (or $HUIWU_TOKEN); without one the server is read-only.")
def serve(db: str, host: str, port: int, token: str | None) -> None:
    """Browse, search and review the events of a database in a web browser."""
    try:
        import uvicorn

        from ..web import create_app
    except ModuleNotFoundError as error:
        raise UsageError(f"the web interface needs {error.name}: pip install 'huiwu[web]'") from None
    app = create_app(db, token=token or None)
    mode = "review enabled (token set)" if token else "read-only (no token)"
    click.echo(f"huiwu: serving {db} on http://{host}:{port}/ — {mode}", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
