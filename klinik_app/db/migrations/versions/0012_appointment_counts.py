"""appointment counts

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-23

Issue 5, absence statistics at region scale: R-AB-6's answer kept on the appointment
(absence_counted, with a partial index), the day a counted absence was re-offered (reoffered_on) and
the monthly counts (appointment_month). The rows already there are filled the way
services.appointment_counts keeps them, with the same pure rules (domain.absence) and the clinic's
rule set of today; the migration reads and writes through its own table definitions, not the models.
"""

from collections import defaultdict
from datetime import datetime

import sqlalchemy as sa
from alembic import op

from klinik_app.domain.absence import contribution, counts_as_absence, listed_on, reoffered_on
from klinik_app.domain.local_time import STOCKHOLM, local_day
from klinik_app.domain.ruleset import default_rules_dir, load_rule_sets, rule_set_for

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

CHUNK = 5000  # patients per read

_APPOINTMENT = sa.table(
    'appointment', sa.column('id', sa.Integer), sa.column('patient_id', sa.Integer),
    sa.column('starts_at', sa.DateTime(timezone=True)), sa.column('kind', sa.String), sa.column('status', sa.String),
    sa.column('agreed', sa.Boolean), sa.column('fee_sek', sa.Integer),
    sa.column('created_at', sa.DateTime(timezone=True)), sa.column('absence_counted', sa.Boolean),
    sa.column('reoffered_on', sa.Date))
_LISTING = sa.table('listing', sa.column('patient_id', sa.Integer), sa.column('status', sa.String),
                    sa.column('start_date', sa.Date), sa.column('end_date', sa.Date))
_PATIENT = sa.table('patient', sa.column('id', sa.Integer), sa.column('birth_date', sa.Date))
_CLINIC = sa.table('clinic', sa.column('rule_set_id', sa.String))
_COUNTS = ('due', 'late_cancellations', 'fees', 'fee_sum')


def upgrade() -> None:
    # Plain ALTER TABLE, not batch mode: a region's book is millions of rows, and SQLite adds a
    # column with a constant default in place where a batch would copy the table.
    op.add_column('appointment', sa.Column('absence_counted', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column('appointment', sa.Column('reoffered_on', sa.Date(), nullable=True))
    month = op.create_table('appointment_month',
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('birth_year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('due', sa.Integer(), nullable=False),
    sa.Column('late_cancellations', sa.Integer(), nullable=False),
    sa.Column('fees', sa.Integer(), nullable=False),
    sa.Column('fee_sum', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('month', 'kind', 'birth_year', name=op.f('pk_appointment_month'))
    )
    _fill(op.get_bind(), month)
    op.create_index('ix_appointment_counted_start', 'appointment', ['starts_at'], unique=False,
                    sqlite_where=sa.text('absence_counted = 1'), postgresql_where=sa.text('absence_counted'))


def _fill(conn, month_table) -> None:
    """absence_counted, reoffered_on and the monthly counts of the appointments already stored."""
    rule_set = conn.execute(sa.select(_CLINIC.c.rule_set_id)).scalars().first() or 'vasterbotten'
    rules = rule_set_for(rule_set, datetime.now(STOCKHOLM).date(), load_rule_sets(default_rules_dir())).absence
    a, li, p = _APPOINTMENT.c, _LISTING.c, _PATIENT.c
    patients = conn.execute(sa.select(a.patient_id).distinct().order_by(a.patient_id)).scalars().all()
    totals: dict[tuple, list[int]] = defaultdict(lambda: [0] * len(_COUNTS))
    for low in range(0, len(patients), CHUNK):
        ids = patients[low:low + CHUNK]
        births = dict(conn.execute(sa.select(p.id, p.birth_date).where(p.id.in_(ids))).all())
        listings = defaultdict(list)
        for pid, *listing in conn.execute(sa.select(li.patient_id, li.status, li.start_date, li.end_date)
                                          .where(li.patient_id.in_(ids))):
            listings[pid].append(tuple(listing))
        times = defaultdict(list)
        for row in conn.execute(sa.select(a.id, a.patient_id, a.starts_at, a.kind, a.status, a.agreed, a.fee_sek,
                                          a.created_at).where(a.patient_id.in_(ids))):
            times[row.patient_id].append(row)
        counted = []
        for pid, mine in times.items():
            later = [(t.starts_at, t.kind, t.created_at) for t in mine]
            for t in mine:
                if (counts_as_absence(t.status, t.kind, t.agreed, True, rules)  # then the listing that day
                        and listed_on(listings[pid], local_day(t.starts_at))):
                    counted.append({'b_id': t.id, 'v_day': reoffered_on(t.starts_at, later)})
                if (part := contribution(t, births[pid].year)) is not None:
                    for n, value in enumerate(part.counts):
                        totals[part.key][n] += value
        if counted:
            conn.execute(sa.update(_APPOINTMENT).where(a.id == sa.bindparam('b_id'))
                         .values(absence_counted=True, reoffered_on=sa.bindparam('v_day')), counted)
    rows = [{'month': m, 'kind': kind, 'birth_year': year, **dict(zip(_COUNTS, counts, strict=True))}
            for (m, kind, year), counts in sorted(totals.items())]
    if rows:
        conn.execute(month_table.insert(), rows)


def downgrade() -> None:
    op.drop_table('appointment_month')
    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.drop_index('ix_appointment_counted_start', sqlite_where=sa.text('absence_counted = 1'),
                            postgresql_where=sa.text('absence_counted'))
        batch_op.drop_column('reoffered_on')
        batch_op.drop_column('absence_counted')
