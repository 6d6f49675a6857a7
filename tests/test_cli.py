"""The command line, in-process and as a real program: output, exit codes, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner

import routing
from routing._batch import run_batch
from routing._cli import cli

TEXT = "Een leerling van 15 heeft verteld dat hij naar Syrië wil om te vechten."


def _run(*args: str) -> tuple[int, str, str]:
    """Run the command in-process; return its exit code, stdout and stderr."""
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_ask_prints_a_card_with_the_police_first() -> None:
    """`ask` shows the type, the urgency and each contact with its channels."""
    code, out, _ = _run("ask", TEXT)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Vermoeden van uitreis of terroristische dreiging  (rij 4)"
    assert lines[1].startswith("ACUUT")
    assert "1. Politie" in lines
    assert "   tel  112  (Bij acuut gevaar)" in lines
    assert max(len(line) for line in lines) <= 80


def test_ask_json_is_the_result_and_fits_the_schema() -> None:
    """`ask --json` prints the result's JSON, which validates against `routing schema`."""
    jsonschema = pytest.importorskip("jsonschema")
    code, out, _ = _run("ask", "--json", TEXT)
    assert code == 0
    printed = json.loads(out)
    assert printed["question_type"] == "travel_or_threat"
    _, schema_out, _ = _run("schema")
    jsonschema.validate(printed, json.loads(schema_out)["RoutingResult"])


def test_ask_takes_explicit_facts() -> None:
    """--fact sets explicit facts that win over the text."""
    code, out, _ = _run("ask", "--json", "--fact", "asker=school", "--fact", "severe", "Hoi")
    assert code == 0
    facts = json.loads(out)["trace"]["facts"]
    assert (facts["asker"], facts["severe"]) == ("school", True)


def test_explain_shows_words_negations_and_unmet_conditions() -> None:
    """`explain` names the words that set facts, what was negated, and why rules did not fire."""
    code, out, _ = _run("explain", "Er is geen sprake van uitreis, wel van radicalisering bij hem.")
    assert code == 0
    assert "  suspected_travel       'uitreis' [22:29] door 'geen sprake van'" in out
    assert "  radicalisation_signal -> radicalisation_signal (prioriteit 50)" in out
    assert "  passport_measure: passport_measure is not the case" in out


@pytest.mark.parametrize(
    ("text", "heading", "line"),
    [
        ("Er is geen sprake van uitreis, wel van radicalisering bij hem.",
         "Genegeerd, want ontkend",
         "  suspected_travel       'uitreis' [22:29] door 'geen sprake van'"),
        ("Wij willen een training over extremistische ideeën voor onze jongerenwerkers.",
         "Genegeerd, want een algemene vraag: niemand genoemd",
         "  radicalisation_signal  'extremistische' [29:43] door 'een training'"),
        ("De man die een aanslag beraamde is inmiddels opgepakt. De pers belt: wie helpt met de "
         "woordvoering?", "Genegeerd, want de zaak is afgesloten (persvraag)",
         "  terrorist_threat       'aanslag' [15:22] door 'opgepakt'"),
        ("Onze webcare kreeg een bericht van een vader: zijn dochter zit diep in een extreme "
         "groep en de familie zoekt steun.", "Genegeerd, want het noemt wie de vraag doorgeeft",
         "  communications         'webcare' [5:12] door 'zijn dochter'"),
        ("Ik maak bezwaar tegen de aanslag onroerendezaakbelasting.",
         "Genegeerd, want een uitzondering geeft het een andere betekenis",
         "  terrorist_threat       'aanslag' [25:32] door 'bezwaar tegen de aanslag'"),
        ("Met echte TNT ga ik zaterdag de moskee opblazen, net als in Minecraft.",
         "Doelwit en moment in één zin: geen uitzondering telt",
         "  terrorist_threat       'moskee' [32:38] en 'zaterdag' [20:28]"),
        ("Met echte TNT ga ik zaterdag de moskee opblazen, net als in Minecraft.",
         "Doelwit en moment in één zin: geen uitzondering telt",
         "  opzij gezet: 'opblazen, net als in Minecraft' [39:69]"),
        ("Geen grap, hij wil een aanslag plegen.",
         "Uitzondering ontkend: de dreigwoorden erin tellen",
         "  terrorist_threat       'grap, hij wil een aanslag' [5:30] door 'Geen' [0:4]"),
        ("mein bruder will nach syrien zum IS, er geht am freitag. was machen wir",
         "Gelezen in het Duits, woord voor woord in het Nederlands",
         "  de termen hieronder zijn Nederlands; de woorden staan er zoals geschreven"),
    ],
)  # fmt: skip
def test_explain_names_why_a_word_was_ignored(text: str, heading: str, line: str) -> None:
    """Ignored words stand under their cue's kind: negation, general, a case over, a messenger.

    So do a word an except phrase explains away, with that phrase; a threat scene, with the
    except phrases it set aside; and an except phrase a negation undid, with its cue. A German
    text decided by its Dutch reading says so above its words.
    """
    code, out, _ = _run("explain", text)
    assert code == 0
    below = out.split(heading + "\n", 1)
    assert len(below) == 2, out
    assert line in below[1].split("\n\n", 1)[0].splitlines(), out


def test_explain_shows_the_words_that_say_a_question_is_not_acute() -> None:
    """Where the text says it is not acute, `explain` quotes those words, and `ask` says so."""
    text = "Ter info, niet acuut: een inwoner wil op termijn naar een strijdgebied reizen."
    code, out, _ = _run("explain", text)
    assert code == 0
    below = out.split("De vraag zegt zelf dat het niet acuut is\n", 1)
    assert len(below) == 2, out
    assert below[1].splitlines()[0] == "  'niet acuut' [10:20] via 'niet acuut|urgent|spoedeisend'"
    code, out, _ = _run("ask", text)
    assert code == 0
    assert "ACUUT" not in out
    assert "De vraag zegt zelf dat het niet acuut is" in " ".join(out.split())  # wrapped


def test_explain_shows_the_scorecard_that_made_a_question_acute() -> None:
    """Where only the scorecard makes a text acute, `explain` shows its points and words."""
    text = (
        "Mijn neef verkoopt al zijn spullen, neemt afscheid van vrienden en zegt dat hij "
        "binnenkort vertrekt en niet terugkomt."
    )
    code, out, _ = _run("explain", text)
    assert code == 0
    below = out.split("Scorekaart voor acuut gevaar\n", 1)
    assert len(below) == 2, out
    lines = below[1].split("\n\n", 1)[0].splitlines()
    # No word of the lexicon is about the subject here: the higher threshold applies.
    assert lines[0].endswith("punten, drempel -0.25: maakt de vraag acuut"), out
    assert "'binnenkort' [80:90]" in lines[1], out


def test_explain_shows_the_topic_card_that_took_a_question_off_the_subject() -> None:
    """Where the topic card overrules the words, `explain` says so and shows its words."""
    code, out, _ = _run(
        "explain", "Onze school organiseert een reis naar Berlijn; wie regelt de bus?"
    )
    assert code == 0
    below = out.split("Scorekaart: gaat de vraag over het onderwerp?\n", 1)
    assert len(below) == 2, out
    lines = below[1].split("\n\n", 1)[0].splitlines()
    assert lines[0].endswith(
        "drempel -1.00: de woorden zeggen wel over het onderwerp; de scorekaart zegt van niet"
    ), out
    assert len(lines) > 1, out  # its words, each with its weight and span


def test_explain_shows_the_type_card_that_chose_the_type() -> None:
    """Where the type card decides, `explain` says over which type, with the words that did."""
    code, out, _ = _run(
        "explain",
        "Ouders uit de wijk vragen of er een plek is waar gezinnen met een radicaliserend kind "
        "terechtkunnen voor advies en steun. Hun zoon is 19 en gaat steeds verder mee in een "
        "extremistische ideologie. Ze willen niet meteen naar de politie.",
    )
    assert code == 0
    below = out.split("Typekaart: bij welk type wegen de woorden het zwaarst?\n", 1)
    assert len(below) == 2, out
    lines = below[1].split("\n\n", 1)[0].splitlines()
    assert lines[0].startswith("  family_support (kans "), out
    assert lines[0].endswith(
        "drempel 80%): wordt het hoofdtype (de regels: 'radicalisation_signal')"
    )
    assert len(lines) > 1, out  # its words, each with its weight and span
    assert "Besluit: the type card: the text's words weigh most for 'family_support'" in out


def test_explain_says_where_the_type_card_put_a_question_on_the_subject() -> None:
    """`routing explain` says the card put the question on the subject, against 'unknown'."""
    code, out, _ = _run(
        "explain",
        "Via een ketenpartner horen we dat een man zich steeds verder afsluit en online extreme "
        "content deelt. Waar leggen we dit neer?",
    )
    assert code == 0
    below = out.split("Typekaart: bij welk type wegen de woorden het zwaarst?\n", 1)
    assert len(below) == 2, out
    first = below[1].splitlines()[0]
    assert first.startswith("  radicalisation_signal (kans "), out
    assert first.endswith("zet de vraag op het onderwerp, als dit type (de regels: 'unknown')")
    assert "drempel 95%" in first
    assert "which puts it on the subject where its words did not" in out


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("ask", "   "), 3, "routing: error: the question's text is empty; send the question in "
                           "words, or a Question with facts such as {'suspected_travel': True}\n"),
        (("ask", "--fact", "asker=teacher", "hoi"), 3,
         "routing: error: the field 'asker' must be 'municipality', 'school', 'professional', "
         "'citizen' or 'family'\n"),
        (("--data", "/nonexistent.yaml", "ask", "hoi"), 4,
         "routing: error: /nonexistent.yaml: cannot be read (No such file or directory); check "
         "that the path is right\n"),
    ],
)  # fmt: skip
def test_errors_are_one_line_and_a_distinct_exit_code(
    args: tuple[str, ...], code: int, message: str
) -> None:
    """An error prints one plain line on stderr and exits with its own code, no traceback."""
    exit_code, out, err = _run(*args)
    assert (exit_code, out, err) == (code, "", message)


def test_schema_describes_both_models() -> None:
    """`schema` prints the JSON Schema of Question and RoutingResult."""
    code, out, _ = _run("schema")
    schemas = json.loads(out)
    assert code == 0
    assert sorted(schemas) == ["Question", "RoutingResult"]
    assert "suspected_travel" in schemas["Question"]["properties"]


def _write_jsonl(path: Path, lines: int, bad_every: int = 0) -> None:
    """A JSON Lines input of `lines` questions, with a bad line every `bad_every` lines.

    The texts cycle through 100 variants: the word memo (bounded, but it fills first) then
    stays the same size, so what is measured is whether the batch itself streams.
    """
    with path.open("w", encoding="utf-8") as handle:
        for number in range(1, lines + 1):
            if bad_every and number % bad_every == 0:
                handle.write("{not json\n")
            else:
                text = f"Vraag {number % 100}: hij wil uitreizen"
                handle.write(json.dumps({"text": text}) + "\n")


def test_batch_routes_10000_lines_and_reports_bad_ones_by_number(tmp_path: Path) -> None:
    """A bad line becomes an error record with its number; the batch goes on; a summary ends it."""
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write_jsonl(source, 10_000, bad_every=2_500)
    code, _, err = _run("batch", str(source), "--out", str(target))
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert code == 0
    assert len(records) == 10_000
    assert [r["line"] for r in records if "error" in r] == [2_500, 5_000, 7_500, 10_000]
    assert records[2_499]["error"] == (
        "not valid JSON (Expecting property name enclosed in double quotes, column 2); "
        "one object a line"
    )
    assert records[0]["result"]["question_type"] == "travel_or_threat"
    assert err == "10,000 lines: 9,996 routed (9,996 acute), 4 errors\n"


def test_batch_reads_csv_with_fact_columns(tmp_path: Path) -> None:
    """CSV input has a `text` column and optional fact columns with true, false or empty."""
    source, target = tmp_path / "in.csv", tmp_path / "out.jsonl"
    source.write_text(
        "text,asker,severe\nHoe richten we een signalenoverleg in?,school,\nHoi,,misschien\n",
        encoding="utf-8",
    )
    code, _, _ = _run("batch", str(source), "--out", str(target))
    first, second = (json.loads(line) for line in target.read_text(encoding="utf-8").splitlines())
    assert code == 0
    assert first["result"]["question_type"] == "school_question"
    assert second == {"line": 3, "error": "the column 'severe' must be true, false or empty"}


def test_batch_memory_stays_flat_as_input_grows(tmp_path: Path) -> None:
    """Routing 5x more lines does not take much more memory: the batch streams."""
    router = routing.Router()
    peaks = []
    for lines in (2_000, 10_000):
        source, target = tmp_path / f"in{lines}.jsonl", tmp_path / f"out{lines}.jsonl"
        _write_jsonl(source, lines)
        router.route("warm up: hij wil uitreizen")
        tracemalloc.start()
        with source.open(encoding="utf-8") as handle, target.open("w", encoding="utf-8") as out:
            run_batch(router, handle, out, csv_input=False, progress=False)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    assert peaks[1] < peaks[0] * 1.5, peaks


def test_the_program_runs_from_a_shell() -> None:
    """`python -m routing` works as a subprocess, with the same exit codes."""
    done = subprocess.run(
        [sys.executable, "-m", "routing", "ask", "--json", '{"a": 1}'],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0
    assert json.loads(done.stdout)["question_type"] == "unknown"
    failed = subprocess.run(
        [sys.executable, "-m", "routing", "ask", ""], capture_output=True, text=True, check=False
    )
    assert failed.returncode == 3
    assert "Traceback" not in failed.stderr


@pytest.mark.parametrize(
    ("kind", "first_line"),
    [
        ("markdown", "# The routing table"),
        ("csv", "row,question_type,label,contacts,explanation"),
        ("json", "["),
    ],
)
def test_table_prints_the_routing_table_in_each_format(kind: str, first_line: str) -> None:
    """`table` renders the table from the data, as Markdown, CSV or JSON."""
    code, out, _ = _run("table", "--format", kind)
    assert code == 0
    assert out.splitlines()[0] == first_line
    assert "radicalisering@vng.nl" in out


def test_checklist_lists_the_points_of_a_phase() -> None:
    """`checklist --phase signals` prints points 8 to 10 under their phase heading."""
    code, out, _ = _run("checklist", "--phase", "signals")
    numbered = [line.split(".")[0] for line in out.splitlines() if line[:1].isdigit()]
    assert code == 0
    assert "Als er signalen zijn:" in out
    assert numbered == ["8", "9", "10"]


CORPUS = Path(__file__).parent / "corpus" / "questions.yaml"


@pytest.mark.parametrize(
    ("args", "code", "expected"),
    [
        (["ask", TEXT], 0, "1. Politie"),
        (["explain", TEXT], 0, "Regels die vuurden"),
        (["table", "--format", "csv"], 0, "row,question_type,label,contacts,explanation"),
        (["checklist"], 0, "Als er nog geen signalen zijn:"),
        (["schema"], 0, '"RoutingResult"'),
        (["check"], 0, "WARNING"),
        (["register"], 0, '"description_short"'),
        (["evaluate", str(CORPUS)], 0, "primary type right"),
        (["ask", ""], 3, ""),
        (["--engine", "nonsense", "ask", TEXT], 2, ""),
    ],
)
def test_every_command_runs_as_a_program(args: list[str], code: int, expected: str) -> None:
    """Each command works from a shell, with the documented exit code and no traceback."""
    done = subprocess.run(
        [sys.executable, "-m", "routing", *args], capture_output=True, text=True, check=False
    )
    assert done.returncode == code, done.stderr
    assert expected in done.stdout
    assert "Traceback" not in done.stderr


def test_batch_runs_as_a_program(tmp_path: Path) -> None:
    """`routing batch` streams from a file to a file and prints its summary on stderr."""
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write_jsonl(source, 20, bad_every=10)
    done = subprocess.run(
        [sys.executable, "-m", "routing", "batch", str(source), "--out", str(target)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0
    assert done.stderr == "20 lines: 18 routed (18 acute), 2 errors\n"
    assert len(target.read_text(encoding="utf-8").splitlines()) == 20
