"""Marks a service's Swedish message so the window can show it translated (pure Python, no Qt).

`QT_TRANSLATE_NOOP("services", "Mappen {folder} är inte tom. ...")` returns the text unchanged; its
name is what pyside6-lupdate looks for, so scripts/translations lists every marked text in the .ts
files (context "services"). The error keeps the template and its values (ServiceError(template,
folder=folder)); klinik_app/ui/errors.py `translated` shows it in the chosen language, the CLI the
Swedish `message`. The marker itself lives in the lowest layer (klinik_app/domain/messages.py), where
the domain (context "domain") and the sync (context "sync") mark their refusals too.
"""

from __future__ import annotations

from klinik_app.domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "services"

__all__ = ["CONTEXT", "QT_TRANSLATE_NOOP"]
