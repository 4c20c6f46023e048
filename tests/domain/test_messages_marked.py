"""Every refusal the domain and the sync raise for the user is a marked template, so the window can show
it translated (the domain's and the sync's side of tests/services/test_messages_marked.py).

`raise DeviationRefused(f"Åtgärd {n}: ...")` would reach the English window in Swedish: the message must be
`QT_TRANSLATE_NOOP("domain", "Åtgärd {number}: ..."), number=n` (context "sync" in klinik_app/sync;
klinik_app/domain/messages.py). Read from the source (ast), so a new untranslated refusal fails here, named
by file and line. Besides the known refusal classes, any raise given a written Swedish text (å, ä, ö) that
is not marked fails too.
"""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest

from klinik_app.domain.deviations import DeviationRefused, PlannedAction, check_actions
from klinik_app.domain.identity import parse_identity_number
from klinik_app.domain.messages import QT_TRANSLATE_NOOP, Refusal, Text
from tests.services.test_messages_marked import called_name, fields_of, is_text, placeholder_problem

ROOT = Path(__file__).resolve().parents[2]
CONTEXTS = {"domain": "domain", "sync": "sync"}  # folder -> the context its texts are marked in
# The refusal classes (and helpers that make them) and the position of their message among the arguments.
MESSAGE_AT = {"DeviationRefused": 0, "FeeScheduleError": 0, "CopyRefused": 0, "RetentionRefused": 0,
              "NotATarget": 0, "ListedHere": 0, "Refusal": 0, "Text": 0, "SyncSetupError": 0, "RegionRefused": 0,
              "RegionUnreachable": 0, "RuleSetError": 0, "ListingRefused": 1, "_bad": 1, "bad_key": 1,
              "NotSendable": 1}
NOT_PARAMS = {"usage", "withdraw", "path", "key"}  # the classes' own keywords, not values of the text
SWEDISH = re.compile(r"[åäöÅÄÖ]")
# Texts left unmarked on purpose: (file, start of the text, why).
NOT_SHOWN: dict[tuple[str, str], str] = {}


def is_marked(node: ast.expr, context: str) -> bool:
    return (isinstance(node, ast.Call) and called_name(node) == "QT_TRANSLATE_NOOP" and len(node.args) == 2
            and all(isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in node.args)
            and node.args[0].value == context)


def marked_choice(node: ast.expr, context: str) -> bool:
    """A marked template, or one of two chosen with if/else."""
    if isinstance(node, ast.IfExp):
        return marked_choice(node.body, context) and marked_choice(node.orelse, context)
    return is_marked(node, context)


def swedish_text(node: ast.expr) -> bool:
    return is_text(node) and any(isinstance(part, ast.Constant) and isinstance(part.value, str)
                                 and SWEDISH.search(part.value) for part in ast.walk(node))


def problems_in(source: str, where: str, context: str) -> list[str]:
    if any(where == file for file, _start in NOT_SHOWN):
        return []
    problems = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
            first = node.exc.args[0]
            if swedish_text(first):
                problems.append(f"{where}:{node.lineno}: raises a Swedish text that is not marked: use "
                                f'QT_TRANSLATE_NOOP("{context}", "... {{name}} ..."), name=value')
        if not isinstance(node, ast.Call) or called_name(node) not in MESSAGE_AT:
            continue
        at = MESSAGE_AT[called_name(node)]
        if len(node.args) <= at:
            continue
        message, line = node.args[at], f"{where}:{node.lineno}"
        if is_text(message):
            problems.append(f"{line}: {called_name(node)}(...) is given a text that is not marked: use "
                            f'QT_TRANSLATE_NOOP("{context}", "... {{name}} ..."), name=value')
        elif isinstance(message, (ast.Call, ast.IfExp)) and not marked_choice(message, context) and (
                called_name(message) == "QT_TRANSLATE_NOOP" or isinstance(message, ast.IfExp)):
            problems.append(f"{line}: the template is not marked in the context {context!r}")
        if marked_choice(message, context) and not any(keyword.arg is None for keyword in node.keywords):
            given = {keyword.arg for keyword in node.keywords} - NOT_PARAMS
            problem = placeholder_problem(line, fields_of(message), given)
            if problem:
                problems.append(problem)
    return problems


def test_every_refusal_of_the_domain_and_the_sync_is_a_marked_template():
    problems = []
    for folder, context in CONTEXTS.items():
        for path in sorted((ROOT / "klinik_app" / folder).rglob("*.py")):
            problems += problems_in(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)), context)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("source", [
    'raise DeviationRefused("Beskriv vad som hände.")',
    'raise DeviationRefused(f"Åtgärd {n}: skriv vem som ansvarar.")',
    'raise ListingRefused("samtycke-saknas", f"Patienten var {age} år.")',
    'raise ValueError(f"”{text}” är inget tal.")',
    'return Text(f"Okänd status {new}.")',
    'raise DeviationRefused(QT_TRANSLATE_NOOP("services", "Beskriv vad som hände."))',
    'raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Åtgärd {number}: skriv."), n=n)',
    'raise _bad("fel", QT_TRANSLATE_NOOP("domain", "{number} har fel."))',
    'raise RuleSetError(f"Regeluppsättningen {path} finns inte.", path=path)',
    'raise RuleSetError(QT_TRANSLATE_NOOP("domain", "Regeluppsättningen {path} finns inte."), path=path)',
    'raise t.bad_key(name, "saknas")',
    'raise t.bad_key(name, Text(f"ska vara minst {minimum}"))',
])
def test_an_unmarked_or_mismatched_refusal_is_found(source):
    assert problems_in(source, "example.py", "domain")


@pytest.mark.parametrize("source", [
    'raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Åtgärd {number}: skriv vem."), number=n)',
    'raise _bad("fel", QT_TRANSLATE_NOOP("domain", "{number} har fel."), number=raw)',
    'raise RuleSetError(QT_TRANSLATE_NOOP("domain", "Regeluppsättningen {file} finns inte."), path=p, file=p)',
    'raise t.bad_key(name, Text(QT_TRANSLATE_NOOP("domain", "ska vara minst {minimum}"), minimum=minimum))',
    'raise NotSendable("uppgifter-saknas")',  # the code's meaning, a label listed for translation
    'raise ValueError(f"unknown status {status!r}")',  # a programming error, never shown to the user
    'raise InboundError("Patient without birthDate")',  # English, for the log
])
def test_a_marked_refusal_passes(source):
    assert not problems_in(source, "example.py", "domain")


def test_a_refusal_keeps_its_template_beside_the_unchanged_swedish_text():
    with pytest.raises(DeviationRefused) as caught:
        check_actions([PlannedAction("Rutin", "", date(2030, 1, 1))], date(2026, 1, 1))
    exc = caught.value
    assert (exc.message, exc.template, exc.params, exc.context) == (
        "Åtgärd 1: skriv vem som ansvarar.", "Åtgärd {number}: skriv vem som ansvarar.", {"number": 1}, "domain")
    with pytest.raises(ValueError) as caught:
        parse_identity_number("19121212-1213", date(2026, 1, 1))
    assert caught.value.message == "'19121212-1213' har fel kontrollsiffra. Kontrollera numret."
    assert caught.value.params == {"number": "19121212-1213"}


def test_a_text_is_the_swedish_str_and_keeps_its_template():
    text = Text(QT_TRANSLATE_NOOP("domain", "Rad {line}"), line=3)
    assert (text, f"{text}: fel", text.template, text.params) == ("Rad 3", "Rad 3: fel", "Rad {line}", {"line": 3})
    refusal = Refusal(text)
    assert (refusal.message, refusal.template, refusal.params) == ("Rad 3", "Rad {line}", {"line": 3})
