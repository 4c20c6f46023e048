""""Om Klinik": what a support call needs: the versions, the rule set, the database and the log folder."""

from __future__ import annotations

import platform

import PySide6
import sqlalchemy
from PySide6.QtCore import qVersion
from sqlalchemy import create_engine

from klinik_app import __version__
from klinik_app.config import log_dir
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.ui.help_dialogs import AboutDialog, database_location


def test_the_about_dialog_shows_the_versions_the_rule_set_the_database_file_and_the_log_folder(qtbot, ctx, db_path):
    dialog = AboutDialog(None, ctx)
    qtbot.addWidget(dialog)
    lines = dialog.text_label.text().splitlines()

    assert lines[0] == f"Klinik {__version__}"
    for line in (f"Python: {platform.python_version()}", f"Qt: {qVersion()}", f"PySide6: {PySide6.__version__}",
                 f"SQLAlchemy: {sqlalchemy.__version__}", f"Regelverk: {ctx.rules.label}",
                 f"Databas: {db_path}", f"Loggar och felrapporter: {log_dir()}"):
        assert line in lines
    assert "Region Västerbotten" in ctx.rules.label


def test_a_database_server_is_shown_by_its_address_without_the_password():
    engine = create_engine("postgresql+psycopg://klinik:hemligt@dbserver:5432/klinik")  # never connected
    ctx = ServiceContext(engine, actor=Actor.system())
    try:
        assert database_location(ctx) == "postgresql+psycopg://klinik:***@dbserver:5432/klinik"
    finally:
        ctx.close()
