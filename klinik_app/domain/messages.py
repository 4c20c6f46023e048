"""Marks a Swedish text for translation, and the refusal that keeps it as a template (pure Python, no Qt).

`QT_TRANSLATE_NOOP("domain", "Åtgärd {number}: skriv vem som ansvarar.")` returns the text unchanged;
its name is what pyside6-lupdate looks for, so scripts/translations lists every marked text in the .ts
files under its context ("domain" here, "sync" in klinik_app/sync, "services" in the services and the
database). A `Refusal` keeps the marked template, its values and its context beside the finished
Swedish `message`: the command line prints the Swedish, the window (klinik_app/ui/errors.py `translated`)
translates the template in `context` and fills it in.

This is the lowest layer: klinik_app.db, .sync and .services import the marker from here.
"""

from __future__ import annotations

from typing import Any

CONTEXT = "domain"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark `text` for translation (lupdate lists it under `context`); returns it unchanged."""
    return text


class Refusal(Exception):
    """A refusal whose `message` is for the user, in Swedish.

    `Refusal(QT_TRANSLATE_NOOP("domain", "Åtgärd {number}: ..."), number=2)`: `message` is the finished
    Swedish text (`template.format(**params)`), `template` the marked source text and `params` its values;
    `context` is the translation context of the template. Without params the text is used as it is.
    """

    context = CONTEXT

    def __init__(self, message: str, **params: Any) -> None:
        if isinstance(message, Text) and not params:  # a finished text that keeps its template
            message, params = message.template, dict(message.params)
        text = message.format(**params) if params else message
        super().__init__(text)
        self.message = text
        self.template = message
        self.params = params

    @classmethod
    def passing_on(cls, exc: BaseException) -> Refusal:
        """This kind of refusal with the Swedish text, template, values and context of `exc` (a refusal of
        a lower layer), so the window still shows it translated. For classes whose constructor takes
        the message and its values only."""
        template, params, context = template_of(exc)
        refusal = cls(template, **params)
        if context:
            refusal.context = context
        return refusal


def keep_template(exc: BaseException, template: str, params: dict[str, Any], context: str) -> None:
    """Give `exc` (an exception whose constructor takes other arguments) the finished `message`, the
    template, its values and its context, as a Refusal has them."""
    exc.message = template.format(**params) if params else template
    exc.template = template
    exc.params = params
    exc.context = context


def template_of(exc: BaseException) -> tuple[str, dict[str, Any], str | None]:
    """(template, params, context) kept by `exc`; a finished text with no params (and no context) when it
    keeps none."""
    template, params = getattr(exc, "template", None), getattr(exc, "params", None)
    context = getattr(exc, "context", None)
    if isinstance(template, str) and isinstance(params, dict):
        return template, params, context if isinstance(context, str) else None
    message = getattr(exc, "message", None)
    return (message if isinstance(message, str) else str(exc)), {}, None


class Text(str):
    """A finished Swedish text (it is a str: formats, compares and prints as the Swedish) that keeps its
    marked template and values, for a part of a message given as a value of another template
    ("Rad {line}" in "{where}: ..."): the window translates both (klinik_app/ui/errors.py)."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Text:
        text = super().__new__(cls, template.format(**params) if params else template)
        text.template = template
        text.params = params
        return text


def text_of(exc: BaseException) -> Text:
    """The finished Swedish text of `exc` (a refusal) as a `Text` that keeps its template and values, for a
    result that passes the refusal on as a part of what it says (the same str as `exc.message`)."""
    template, params, _context = template_of(exc)
    return Text(template, **params)


def joined(parts: list[str], separator: str = ", ") -> Text:
    """Texts (each perhaps a `Text`) joined with `separator`, as one `Text` that keeps each part, so the
    window translates every part of a list ("2 nya patienter, 1 avslutad listning")."""
    values = {f"part{i}": part for i, part in enumerate(parts)}
    return Text(separator.join("{" + name + "}" for name in values), **values)
