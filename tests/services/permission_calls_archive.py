"""The service calls of test_permissions for issue 13's clinic archive and retention review.

`calls(ctx, w)` returns {Action: zero-argument callable}; `ctx` acts in the role under test."""

from __future__ import annotations

from klinik_app.domain import permissions as perm
from klinik_app.services import archive_export, archive_import, retention
from klinik_app.services.context import Actor, ServiceContext


def calls(ctx, w) -> dict:
    folder = w["csv"].with_name("arkiv")

    def load():  # another database's archive into a new one: a refused import leaves this log alone
        head = Actor("SE2321000222-V0001", roles=frozenset({perm.HEAD_OF_CLINIC}))
        source = ServiceContext.open(str(w["csv"].with_name("kalla.sqlite")), actor=head, today=ctx.today)
        try:
            archive_export.export_archive(source, folder)
        finally:
            source.close()
        return archive_import.import_archive(ctx, folder, into=str(w["csv"].with_name("ny.sqlite")))

    return {perm.ARCHIVE_EXPORT: lambda: archive_export.export_archive(ctx, folder),
            perm.ARCHIVE_IMPORT: load,
            perm.RETENTION_REVIEW: lambda: retention.records_past_retention(ctx)}
