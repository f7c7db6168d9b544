"""The command line: thin commands over the library; every HuiwuError becomes one clean line."""

from __future__ import annotations

import sys

import click

from ..errors import HuiwuError, UsageError


class _Group(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except UsageError as error:
            click.echo(f"huiwu: {error}", err=True)
            sys.exit(2)
        except HuiwuError as error:
            click.echo(f"huiwu: {error}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("huiwu: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            sys.exit(0)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="huiwu")
def main() -> None:
    """huiwu (会晤): who met whom, when, where, in what capacity — from Chinese news, source-linked."""


def _register() -> None:
    from . import extract as _extract  # noqa: F401
    from . import kb as _kb  # noqa: F401

    for name in ("corpus", "web"):
        try:
            __import__(f"{__name__}.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"{__name__}.{name}":
                raise


_register()
