"""The command line: ``routing`` (also ``python -m routing``).

Errors print one line and exit with a code of their own, never a traceback (unless --debug):

==  =================================================================
0   done
1   done, but the check or evaluation found errors (or a missed acute case)
2   the command was used wrongly (click's own usage errors)
3   the question is not valid
4   a data or rule file is broken
5   another error of this package (for example, an engine failed)
==  =================================================================
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from ._batch import run_batch
from ._cards import card, evidence
from ._exceptions import DataError, QuestionError, RoutingError
from ._models import Question, RoutingResult
from ._router import Router

EXIT_FINDINGS, EXIT_QUESTION, EXIT_DATA, EXIT_OTHER = 1, 3, 4, 5
F = TypeVar("F", bound=Callable[..., Any])


class _Group(click.Group):
    """Turns the package's errors into one line and an exit code of their own."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except BrokenPipeError:
            # The reader went away (`routing table | head`): nothing left to say to it.
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 -- Python flushes it at exit
            ctx.exit(0)
        except RoutingError as error:
            if ctx.meta.get("debug"):
                raise
            code = (
                EXIT_QUESTION if isinstance(error, QuestionError)
                else EXIT_DATA if isinstance(error, DataError)
                else EXIT_OTHER
            )  # fmt: skip
            click.echo(f"routing: error: {error}", err=True)
            ctx.exit(code)
        except Exception as error:
            if ctx.meta.get("debug"):
                raise
            # Only the type: the message of an unexpected error might quote a question.
            click.echo(
                f"routing: internal error ({type(error).__name__}); run again with --debug "
                "to see the traceback, and report it",
                err=True,
            )
            ctx.exit(EXIT_OTHER)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show the full traceback of an error.")
@click.option("--data", type=click.Path(path_type=Path), help="Another routing table file.")
@click.option("--rules", type=click.Path(path_type=Path), help="Another folder of rule files.")
@click.option(
    "--overlay", type=click.Path(path_type=Path), help="A municipality's overlay of local contacts."
)
@click.option(
    "--engine", type=click.Choice(["auto", "durable-rules", "builtin"]), default="auto",
    show_default=True, help="The rule engine.",
)  # fmt: skip
@click.version_option(package_name="routing")
@click.pass_context
def cli(
    ctx: click.Context,
    debug: bool,
    data: Path | None,
    rules: Path | None,
    overlay: Path | None,
    engine: str,
) -> None:
    """Whom a municipality contacts about social tension and radicalisation, and why."""
    ctx.meta["debug"] = debug
    ctx.obj = {"data": data, "rules": rules, "overlay": overlay, "engine": engine}


def _router(ctx: click.Context) -> Router:
    options = ctx.find_root().obj
    return Router(
        data=options["data"],
        rules=options["rules"],
        overlay=options["overlay"],
        engine=options["engine"],
    )


def _question(text: str, facts: Sequence[str]) -> Question | str:
    """The question of `ask` and `explain`: a text, plus any --fact name[=value] given."""
    if not facts:
        return text
    given: dict[str, object] = {"text": text}
    for item in facts:
        name, _, value = item.partition("=")
        given[name] = value if name in ("asker", "question_type") else value.lower() != "false"
    from ._question import as_question

    return as_question(given)


_FACT = click.option(
    "--fact", "facts", multiple=True, metavar="NAME[=VALUE]",
    help="An explicit fact (--fact suspected_travel, --fact asker=school); wins over the text.",
)  # fmt: skip


@cli.command()
@click.argument("text")
@_FACT
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON, for machines.")
@click.pass_context
def ask(ctx: click.Context, text: str, facts: tuple[str, ...], as_json: bool) -> None:
    """Route one question and show whom to contact, and why."""
    result = _router(ctx).route(_question(text, facts))
    if as_json:
        click.echo(result.model_dump_json(indent=2))
        return
    width = min(shutil.get_terminal_size((80, 24)).columns, 100)
    click.echo(card(result, width=width, links=sys.stdout.isatty()))


@cli.command()
@click.argument("text")
@_FACT
@click.pass_context
def explain(ctx: click.Context, text: str, facts: tuple[str, ...]) -> None:
    """Show the evidence: words, negations, rules that fired, and why others did not."""
    router = _router(ctx)
    result = router.route(_question(text, facts))
    click.echo(evidence(result, text, router.rules))


@cli.command()
@click.option("--format", "kind", type=click.Choice(["markdown", "json", "csv"]),
              default="markdown", show_default=True)  # fmt: skip
@click.pass_context
def table(ctx: click.Context, kind: str) -> None:
    """Print the routing table: type, contacts with their channels, and explanation."""
    from ._tabledoc import table_csv, table_json, table_markdown  # only this command

    render = {"markdown": table_markdown, "json": table_json, "csv": table_csv}[kind]
    click.echo(render(_router(ctx).table), nl=False)


@cli.command()
@click.option("--phase", type=click.Choice(["no_signals", "signals"]), default=None,
              help="Only the points for this phase.")  # fmt: skip
@click.pass_context
def checklist(ctx: click.Context, phase: str | None) -> None:
    """Print the ten points of the one-pager: what to prepare, and what to do with signals."""
    titles = {"no_signals": "Als er nog geen signalen zijn", "signals": "Als er signalen zijn"}
    width = min(shutil.get_terminal_size((80, 24)).columns, 100)
    shown = None
    for point in _router(ctx).points:
        if phase is not None and point.phase != phase:
            continue
        if point.phase != shown:
            shown = point.phase
            click.echo(click.style(f"\n{titles[point.phase]}:", bold=True))
        click.echo(click.style(f"{point.number}. {point.title}", bold=True))
        click.echo(
            textwrap.fill(point.text, width=width, initial_indent="   ", subsequent_indent="   ")
        )


@cli.command()
@click.option("--overlay", type=click.Path(path_type=Path), help="Check this overlay too.")
@click.option("--max-age", type=int, default=730, show_default=True,
              help="Warn about data verified longer ago than this many days.")  # fmt: skip
@click.pass_context
def check(ctx: click.Context, overlay: Path | None, max_age: int) -> None:
    """Check the rules and data (and an overlay): exit 1 when there are errors."""
    from ._checks import check_paths  # only this command
    from ._findings import exit_code, format_findings

    options = ctx.find_root().obj
    findings = check_paths(
        data=options["data"],
        rules=options["rules"],
        overlay=overlay or options["overlay"],
        max_age_days=max_age,
    )
    if findings:
        click.echo(format_findings(findings))
    errors = sum(f.level == "error" for f in findings)
    click.echo(f"{errors} errors, {len(findings) - errors} warnings", err=True)
    ctx.exit(exit_code(findings))


@cli.command()
@click.pass_context
def register(ctx: click.Context) -> None:
    """Print this algorithm's description for the Dutch Algoritmeregister, as JSON."""
    from ._register import algorithm_register, dumps  # only this command

    click.echo(dumps(algorithm_register(_router(ctx).rule_base)))


@cli.command()
def schema() -> None:
    """Print the JSON Schema of Question and RoutingResult, for other languages."""
    schemas = {
        "Question": Question.model_json_schema(),
        "RoutingResult": RoutingResult.model_json_schema(),
    }
    click.echo(json.dumps(schemas, indent=2, ensure_ascii=False, sort_keys=True))


@cli.command()
@click.argument("source", type=click.File("r", encoding="utf-8"))
@click.option("--out", type=click.File("w", encoding="utf-8"), default="-", help="JSON Lines out.")
@click.option(
    "--format", "kind", type=click.Choice(["auto", "jsonl", "csv"]), default="auto",
    show_default=True, help="The input's format; auto goes by the file's name.",
)  # fmt: skip
@click.pass_context
def batch(ctx: click.Context, source: Any, out: Any, kind: str) -> None:
    """Route every line of a JSON Lines or CSV file (a `text` field, optional facts).

    One JSON line out per line in; a bad line becomes an error record with its line number and
    the batch goes on. A summary goes to stderr at the end.
    """
    if kind == "auto":
        kind = "csv" if str(getattr(source, "name", "")).endswith(".csv") else "jsonl"
    progress = sys.stderr.isatty()
    summary = run_batch(_router(ctx), source, out, csv_input=kind == "csv", progress=progress)
    click.echo(summary.line(), err=True)


@cli.command()
@click.argument("corpus", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def evaluate(ctx: click.Context, corpus: Path) -> None:
    """Print how well the rules route a corpus of questions with known answers, per type."""
    from ._evaluate import evaluate as run
    from ._evaluate import load_corpus

    report = run(_router(ctx), load_corpus(corpus))
    click.echo("\n".join(report.lines()))
    if report.missed_acute:
        ctx.exit(EXIT_FINDINGS)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return its exit code."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="routing")
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    return 0
