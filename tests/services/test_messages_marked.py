"""Every refusal the services raise is a marked template, so the window can show it translated.

`raise ServiceError(f"Mappen {folder} är inte tom. ...")` would reach the English window in Swedish:
the message must be `QT_TRANSLATE_NOOP("services", "Mappen {folder} är inte tom. ..."), folder=folder`
(klinik_app/services/messages.py; scripts/translations lists it for the translators). Read from the
source (ast), so a new untranslated refusal fails here, named by file and line.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import string
from pathlib import Path

import pytest

import klinik_app.services
from klinik_app.db.errors import DatabaseError
from klinik_app.services.errors import ServiceError

ROOT = Path(__file__).resolve().parents[2]
CHECKED = [ROOT / "klinik_app" / "services", ROOT / "klinik_app" / "db"]
NOT_PARAMS = {"usage"}  # SyncSetupError's own keyword, not a value of the text
# Texts never shown to anyone: (file, start of the text, why).
NEVER_SHOWN = {("klinik_app/db/migrate.py", "foreign key check failed"):
               "English, for the log: caught at once and raised again as the marked MigrationFailed"}


def refusal_classes() -> set[str]:
    """The names of ServiceError and DatabaseError and of every subclass of them in the services."""
    for module in pkgutil.iter_modules(klinik_app.services.__path__):
        importlib.import_module(f"klinik_app.services.{module.name}")
    names, todo = {"SyncSetupError"}, [ServiceError, DatabaseError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo += cls.__subclasses__()
    return names


def called_name(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def is_marked(node: ast.expr) -> bool:
    return (isinstance(node, ast.Call) and called_name(node) == "QT_TRANSLATE_NOOP" and len(node.args) == 2
            and all(isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in node.args)
            and node.args[0].value == "services")


def is_text(node: ast.expr) -> bool:
    """A text written out here: a literal, an f-string, or pieces joined with + or chosen with if/else."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return is_text(node.left) or is_text(node.right)
    if isinstance(node, ast.IfExp):
        return is_text(node.body) or is_text(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return True  # "...".format(...): a finished text, not a template
    return False


def problems_in(source: str, where: str, classes: set[str]) -> list[str]:
    problems = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and called_name(node) in classes and node.args):
            continue
        first, line = node.args[0], f"{where}:{node.lineno}"
        written = ast.unparse(first)
        if any(where == file and text in written for file, text in NEVER_SHOWN):
            continue
        if is_text(first):
            problems.append(f"{line}: {called_name(node)}(...) is given a text that is not marked: use "
                            'QT_TRANSLATE_NOOP("services", "... {name} ..."), name=value')
        if is_marked(first) and not any(keyword.arg is None for keyword in node.keywords):
            given = {keyword.arg for keyword in node.keywords} - NOT_PARAMS
            problem = placeholder_problem(line, fields_of(first), given)
            if problem:
                problems.append(problem)
    return problems


def fields_of(node: ast.expr) -> set[str]:
    """The placeholders of a marked template (or of both templates chosen with if/else)."""
    templates = [node.body, node.orelse] if isinstance(node, ast.IfExp) else [node]
    return {name.split(".")[0].split("[")[0] for template in templates
            for _text, name, _spec, _conversion in string.Formatter().parse(template.args[1].value) if name}


def placeholder_problem(line: str, fields: set[str], given: set[str]) -> str | None:
    """What is wrong when a template's placeholders are not the values given with it (None: nothing)."""
    if fields == given:
        return None
    if not given:
        return f"{line}: the template has placeholders {sorted(fields)} but no values are given"
    return f"{line}: the template's placeholders {sorted(fields)} are not the values given {sorted(given)}"


def test_every_refusal_of_the_services_and_the_database_is_a_marked_template():
    classes = refusal_classes()
    assert {"ServiceError", "UsageError", "NotPermitted", "ClinicError", "MigrationFailed"} <= classes
    problems = []
    for folder in CHECKED:
        for path in sorted(folder.rglob("*.py")):
            problems += problems_in(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)), classes)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("source", [
    'raise ServiceError("Mappen är inte tom.")',
    'raise UsageError(f"Mappen {folder} är inte tom.")',
    'raise ServiceError("Tabeller (" + ", ".join(names) + ") saknas.")',
    'raise ServiceError("Skyddad." if protected else "Adress saknas.")',
    'raise ServiceError("Mappen {folder} är inte tom.".format(folder=folder))',
    'raise ServiceError(QT_TRANSLATE_NOOP("services", "Mappen {folder} är inte tom."), path=folder)',
    'raise ServiceError(QT_TRANSLATE_NOOP("services", "Mappen {folder} är inte tom."))',
])
def test_an_unmarked_or_mismatched_refusal_is_found(source):
    assert problems_in(source, "example.py", {"ServiceError", "UsageError"})


@pytest.mark.parametrize("source", [
    'raise ServiceError(QT_TRANSLATE_NOOP("services", "Mappen {folder} är inte tom."), folder=folder)',
    'raise ServiceError(QT_TRANSLATE_NOOP("services", "Tiden {start:%H:%M} krockar."), start=start)',
    'raise ServiceError(QT_TRANSLATE_NOOP("services", "Rummet finns inte längre."))',
    'raise UsageError(problem)',  # a domain's text, passed on
    'raise ValueError(f"unknown status {status!r}")',  # a programming error, never shown to the user
])
def test_a_marked_refusal_passes(source):
    assert not problems_in(source, "example.py", {"ServiceError", "UsageError"})


def test_the_template_is_kept_beside_the_finished_swedish_text():
    exc = ServiceError("Mappen {folder} är inte tom.", folder="C:/arkiv")
    assert (exc.message, str(exc), exc.template, exc.params) == (
        "Mappen C:/arkiv är inte tom.", "Mappen C:/arkiv är inte tom.", "Mappen {folder} är inte tom.",
        {"folder": "C:/arkiv"})
    plain = ServiceError("Ett {ord} utan värden lämnas som det är.")
    assert plain.message == plain.template == "Ett {ord} utan värden lämnas som det är."


# --- the results the window shows ------------------------------------------------------------------------

# A service's `summary()` is shown in the window (a message box, the status bar): a `Text` of marked templates
# (klinik_app/domain/messages.py), never an f-string of Swedish. Summaries the command alone prints: (file, why).
COMMAND_ONLY = {"klinik_app/services/recall_list.py": "klinik recall-list prints it; the window shows the list",
                "klinik_app/services/csv_import.py": "the CSV imports run from the command only"}


def written_texts(function: ast.FunctionDef) -> list[int]:
    """Lines where `function` writes out a text: an f-string with words, or a literal with Swedish letters, not
    marked."""
    marked = {id(arg) for node in ast.walk(function) if isinstance(node, ast.Call)
              and called_name(node) == "QT_TRANSLATE_NOOP" for arg in node.args}
    return sorted({node.lineno for node in ast.walk(function)
                   if isinstance(node, ast.JoinedStr) and any(isinstance(part, ast.Constant)
                                                               and any(c.isalpha() for c in part.value)
                                                               for part in node.values)
                   or isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in marked
                   and any(letter in node.value for letter in "åäöÅÄÖ")})


def test_the_summaries_the_window_shows_are_marked_templates():
    problems = []
    for path in sorted((ROOT / "klinik_app" / "services").rglob("*.py")):
        where = str(path.relative_to(ROOT))
        if where in COMMAND_ONLY:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name == "summary":
                problems += [f"{where}:{line}: summary() writes a text; return Text(QT_TRANSLATE_NOOP(\"services\", "
                             f"...), name=value)" for line in written_texts(node)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("source, found", [
    ('def summary(self):\n    return f"{self.rows} rader lästa."', True),
    ('def summary(self):\n    return "Inga rader lästa: " + self.file', True),
    ('def summary(self):\n    return "; ".join(self.parts)', False),
    ('def summary(self):\n    return "Ingenting ändrades på ön."', True),
    ('def summary(self):\n    return Text(QT_TRANSLATE_NOOP("services", "{rows} rader på ön."), rows=n)', False),
    ('def summary(self):\n    return f"{self.first}–{self.last}"', False),
])
def test_a_written_summary_is_found(source, found):
    function = ast.parse(source).body[0]
    assert bool(written_texts(function)) == found
