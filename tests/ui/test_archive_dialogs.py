"""Arkiv → Exportera/Importera klinikarkiv… and Gallring av journaler… (issue 13), by keyboard."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from klinik_app.db.models import Examination, Patient
from klinik_app.ui.retention_dialog import CONFIRM_WORD


def test_archive_export_from_the_menu_writes_the_archive_and_says_where(window, messages, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path)))
    window.archive_export_action.trigger()
    folder = tmp_path / f"klinikarkiv-{window.ctx.today:%Y-%m-%d}"
    assert (folder / "manifest.json").is_file()
    kind, _, text = messages.pop()
    assert kind == "information" and str(folder) in text


def test_archive_import_from_the_menu_loads_into_a_new_file_only(window, messages, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path)))
    window.archive_export_action.trigger()
    messages.clear()
    folder = tmp_path / f"klinikarkiv-{window.ctx.today:%Y-%m-%d}"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder)))
    existing = tmp_path / "finns.sqlite"
    existing.write_bytes(b"")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(existing), "")))
    window.archive_import_action.trigger()
    kind, _, text = messages.pop()
    assert kind == "warning" and "finns redan" in text
    new = tmp_path / "ny.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(new), "")))
    window.archive_import_action.trigger()
    kind, _, text = messages.pop()
    assert kind == "information" and "Klinikarkivet är inläst" in text and str(new) in text


def _old_record(ctx) -> int:
    """A demo patient without listing whose records all lie 20 years back."""
    with ctx.begin() as s:
        pid = s.scalar(select(Patient.id).order_by(Patient.id.desc()).limit(1))
        s.add(Patient(personnummer="198001019876", id_kind="personnummer", first_name="Gammal", last_name="Journal",
                      birth_date=date(1980, 1, 1), protected_identity=False, sort_name="journal gammal",
                      search_name="gammal journal", created_at=ctx.now().replace(year=2004), created_by="t",
                      modified_at=ctx.now(), modified_by="t", id=pid + 1))
        s.flush()
        s.add(Examination(uuid=str(uuid.uuid4()), patient_id=pid + 1, examined_on=date(2005, 3, 1),
                          examiner_role="tandskoterska", origin="local", created_at=ctx.now(), created_by="t",
                          modified_at=ctx.now(), modified_by="t"))
    return pid + 1


def test_retention_review_by_keyboard_needs_a_tick_a_note_and_the_typed_word(window, messages, qtbot):
    old = _old_record(window.ctx)
    window.retention_action.trigger()
    dialog = window.retention_dialog
    row = next(r for r, p in enumerate(dialog.found) if p.patient_id == old)
    assert not dialog.remove_button.isEnabled()
    dialog.table.setFocus()
    dialog.table.setCurrentCell(row, 0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.ticked() == [old]
    qtbot.keyClicks(dialog.note, "Årlig granskning")
    qtbot.keyClicks(dialog.confirm, CONFIRM_WORD.lower())
    assert not dialog.remove_button.isEnabled()  # the word exactly
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, CONFIRM_WORD)
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.setFocus()
    qtbot.keyClick(dialog.remove_button, Qt.Key.Key_Space)
    kind, title, text = messages.pop()
    assert kind == "information" and title == "Kvitto på gallring" and text.startswith("1 journaler har tagits bort")
    with window.ctx.sessions() as s:
        assert s.get(Patient, old) is None
