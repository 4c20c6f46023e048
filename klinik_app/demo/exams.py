"""A deterministic five-year examination history for the demo patients (R-RV-1..7, R-RV-10).

Pure: no database and no Qt. The demo service inserts the rows this module makes; the due dates
are then computed from them like from any other examinations (services.revision_due).

What a history holds (shares approximate):
- revisions by the demo staff's dentists and hygienists, dated on weekdays from five years before
  today up to today; nothing earlier is on record;
- a risk group per examination (R-RV-10): a patient's own level mostly, now and then one step
  off; most patients risk 0 (about 75 %), some 1 (20 %), few 2 (5 %); the highest of the four
  domains is the group, caries drives it most often;
- the planned interval from the risk (risk 0 -> the age cap, 24 or 36 months, sometimes a little
  shorter; risk 1 -> 12; risk 2 -> 6); 1 % of revisions are old records with an interval above the
  age cap (flagged R-RV-2); the next examination comes around the planned date, a few weeks
  early or late;
- the first examination, by a dentist, in the year of the 3rd birthday (R-RV-4); 2 % of the
  children whose year that was have not come yet, and the children turning 3 this year come
  during the year (some are still due);
- a dentist at ages 6-13 (R-RV-6), with the bite check (3 % of those records lack it, and 2 % of
  those revisions were done by a hygienist: flagged R-RV-6), and at least every 4 years up to 15
  and 6 years from 16 (R-RV-3); otherwise dentists and hygienists share the revisions;
- 8 % of patients stopped coming: their last revision is older than its interval (overdue);
- tobacco habits recorded from 13 (R-RV-7; 1 % of those records lack it, flagged); a patient's
  habit stays; deft (primary teeth, to 12) and DFT (permanent teeth, from 6) grow with the risk;
- now and then (5 % of the gaps) a tandhälsokontroll by a dental nurse between two revisions
  (never a revision, R-RV-5).
The same seed, today, staff and patients always give the same rows.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import date
from random import Random

from klinik_app.demo.population import DemoStaff
from klinik_app.domain.dates import add_years
from klinik_app.domain.ruleset import RuleSet

DENTIST, HYGIENIST, NURSE = "tandlakare", "tandhygienist", "tandskoterska"
HISTORY_YEARS = 5
# The row's fields, in this order (Examination's columns; the uuid and the stamp are the writer's).
FIELDS = ("patient_id", "examined_on", "examiner_role", "examiner_hsa_id", "risk_caries", "risk_periodontal",
          "risk_general", "risk_technical", "planned_interval_months", "deft", "dft", "tobacco", "bite_check",
          "flags")  # fmt: skip

BASE_RISK = ((0.75, 0), (0.95, 1), (1.0, 2))  # cumulative share -> the patient's own risk level
RISK_STEP = 0.10  # chance per examination to be one step above (and below) the own level
OVERDUE = 0.08
FIRST_EXAM_MISSED = 0.02
SHORTER_INTERVAL = 0.08  # risk 0 planned a little under the cap
ABOVE_CAP = 0.01  # old records with an interval above the age cap (R-RV-2)
EARLY_DAYS, LATE_DAYS = 20, 49  # the next examination comes this many days before/after the plan
NURSE_CHECK = 0.05
DENTIST_AT_6_13 = 0.98
BITE_CHECK_MISSING = 0.03
TOBACCO_MISSING = 0.01
DENTIST_UNDER_6, DENTIST_FROM_14 = 0.70, 0.45
OWN_DENTIST = 0.80  # a dentist's revision by the patient's responsible dentist
TOBACCO = ((0.88, "ingen"), (0.95, "snus"), (0.98, "rokning"), (1.0, "rokning-och-snus"))
DEFT_GROWTH = (0.06, 0.30, 0.55)  # chance per examination, by caries risk, of new decay
DFT_GROWTH = (0.04, 0.25, 0.50)
DAYS_PER_MONTH = 30.436875
# The domain that sets the risk group (R-RV-10): caries, periodontal, general, technical.
DRIVER = ((0.70, 0), (0.85, 1), (0.95, 2), (1.0, 3))

AGES = range(0, 30)  # the ages an examination in the history can have


class ExamGenerator:
    """`rows(patient_id, birth_date, responsible_dentist)` gives one patient's examinations."""

    def __init__(self, seed: int, today: date, staff: Sequence[DemoStaff], rules: RuleSet) -> None:
        self.random = Random(f"exams-{seed}").random  # its own stream: the population stays the same
        rv = rules.revision
        # The rule set's caps and ages by age (R-RV-2, R-RV-3, R-RV-6, R-RV-7), looked up per examination.
        self.general_cap = [rv.general_cap_months(a) for a in AGES]
        self.dentist_cap_days = [int(365.25 * rv.dentist_cap_years(a)) for a in AGES]
        self.bite_ages = range(rv.bite_check_min_age, rv.bite_check_max_age + 1)
        self.tobacco_from = rv.tobacco_from_age
        self.today = today.toordinal()
        self.window_start = add_years(today, -HISTORY_YEARS).toordinal()
        self.dentists = [s.hsa_id for s in staff if s.role == DENTIST] or [None]
        self.hygienists = [s.hsa_id for s in staff if s.role == HYGIENIST] or self.dentists
        self.nurses = [s.hsa_id for s in staff if s.role == NURSE] or self.hygienists
        self._birthdays: dict[date, list[int]] = {}
        self._iso: dict[int, str] = {}
        self._risks = {g: _risk_patterns(g) for g in (0, 1, 2)}

    def iso(self, ordinal: int) -> str:
        text = self._iso.get(ordinal)
        if text is None:
            text = self._iso[ordinal] = date.fromordinal(ordinal).isoformat()
        return text

    def birthdays(self, birth: date) -> list[int]:
        """Ordinals of the birthdays at ages 0..25 (29 February -> 28 February, as domain.dates)."""
        days = self._birthdays.get(birth)
        if days is None:
            if birth.month == 2 and birth.day == 29:
                days = [add_years(birth, n).toordinal() for n in range(26)]
            else:  # the same as add_years, without its month arithmetic
                days = [birth.replace(year=birth.year + n).toordinal() for n in range(26)]
            self._birthdays[birth] = days
        return days

    def weekday(self, ordinal: int) -> int:
        """Weekdays only: Saturday moves to Friday, Sunday to Monday (or Friday when Monday is after today)."""
        wd = (ordinal + 6) % 7  # 0 = Monday (date.fromordinal(1) is a Monday)
        if wd == 5:
            return ordinal - 1
        if wd == 6:
            return ordinal + 1 if ordinal + 1 <= self.today else ordinal - 2
        return ordinal

    def rows(self, patient_id: int, birth: date, own_dentist: str | None) -> list[tuple]:
        R = self.random
        today, window_start = self.today, self.window_start
        general_cap, bite_ages, tobacco_from = self.general_cap, self.bite_ages, self.tobacco_from
        birthdays = self.birthdays(birth)
        r = R()
        base = 0 if r < BASE_RISK[0][0] else 1 if r < BASE_RISK[1][0] else 2
        overdue = R() < OVERDUE
        year3 = date(birth.year + 3, 1, 1).toordinal()
        if year3 >= window_start:  # the first examination is in the history (R-RV-4)
            if R() < FIRST_EXAM_MISSED:
                return []
            day = year3 + 3 + int(R() * 352)  # a weekday of that year (R-RV-4), between the holidays
            last_dentist = None
        else:  # the history starts within one interval of its first day, with a dentist (R-RV-3)
            age = bisect_right(birthdays, window_start) - 1
            day = window_start + int(R() * _months(self.general_cap[age]) * (0.5 if base else 1.0))
            last_dentist = None  # the earlier ones are not on record: the first recorded one is a dentist's

        rows: list[tuple] = []
        kept = 0  # rows up to and including the last revision an overdue patient came to
        deft = dft = 0
        tobacco = None
        first = last_dentist is None
        while True:
            day = self.weekday(day)
            if day > today:
                break
            age = bisect_right(birthdays, day) - 1
            # The risk group of this examination: the patient's own, now and then a step off.
            r = R()
            risk = base + 1 if r < RISK_STEP and base < 2 else base - 1 if r < 2 * RISK_STEP and base else base
            # Who examines (R-RV-3, R-RV-4, R-RV-6).
            if first or day >= last_dentist + self.dentist_cap_days[bisect_right(birthdays, last_dentist) - 1] - 120:
                role = DENTIST
            elif age in bite_ages:
                role = DENTIST if R() < DENTIST_AT_6_13 else HYGIENIST
            elif age <= 5:
                role = DENTIST if R() < DENTIST_UNDER_6 else HYGIENIST
            else:
                role = DENTIST if R() < DENTIST_FROM_14 else HYGIENIST
            first = False
            if role == DENTIST:
                last_dentist = day
                hsa = own_dentist if own_dentist and R() < OWN_DENTIST else self.dentists[int(R() * len(self.dentists))]
            else:
                hsa = self.hygienists[int(R() * len(self.hygienists))]
            # The plan (R-RV-1, R-RV-2, R-RV-10).
            cap = general_cap[age]
            if risk == 0:
                months = cap - 6 if R() < SHORTER_INTERVAL else cap
            else:
                months = 12 if risk == 1 else 6
            if R() < ABOVE_CAP:
                months = cap + 12
            flags = "R-RV-2" if months > cap else ""
            # Findings.
            caries = self._risks[risk][int(R() * 20)]
            if age <= 12:
                if R() < DEFT_GROWTH[caries[0]]:
                    deft += 1 + int(R() * 3)
                deft_now = deft
            else:
                deft_now = None
            if age >= 6:
                if R() < DFT_GROWTH[caries[0]]:
                    dft += 1 + int(R() * 2)
                dft_now = dft
            else:
                dft_now = None
            bite = None
            if age in bite_ages:
                if role == DENTIST and R() >= BITE_CHECK_MISSING:
                    bite = 1
                else:
                    flags = f"{flags} R-RV-6" if flags else "R-RV-6"
            tob = None
            if age >= tobacco_from:
                if tobacco is None:
                    tobacco = _pick(TOBACCO, R())
                if R() >= TOBACCO_MISSING:
                    tob = tobacco
                else:
                    flags = f"{flags} R-RV-7" if flags else "R-RV-7"
            rows.append((patient_id, self.iso(day), role, hsa, *caries, months, deft_now, dft_now, tob, bite,
                         flags or None))
            # The next revision around the planned date (capped, R-RV-2), and before the dentist's
            # deadline (R-RV-3); an overdue patient stops coming.
            next_day = (day + int(min(months, cap) * DAYS_PER_MONTH) - EARLY_DAYS
                        + int(R() * (EARLY_DAYS + LATE_DAYS + 1)))
            dentist_due = last_dentist + self.dentist_cap_days[bisect_right(birthdays, last_dentist) - 1]
            if next_day > dentist_due - 30:
                next_day = max(day + 90, dentist_due - 30 - int(R() * 60))
            if not overdue or next_day + 30 <= today:
                kept = len(rows)
            if R() < NURSE_CHECK:
                check = self.weekday((day + next_day) // 2)
                if day < check <= today and check < next_day:
                    age = bisect_right(birthdays, check) - 1
                    tob = tobacco if age >= tobacco_from else None
                    if age >= tobacco_from and tob is None:
                        tob = tobacco = _pick(TOBACCO, R())
                    rows.append((patient_id, self.iso(check), NURSE, self.nurses[int(R() * len(self.nurses))],
                                 None, None, None, None, None, None, None, tob, None, None))
            day = next_day
        if overdue and rows:
            # The last revision kept is the one whose next date passed at least a month ago.
            del rows[max(kept, 1):]
        return rows


def _risk_patterns(group: int) -> list[tuple[int, int, int, int]]:
    """20 equally likely (caries, periodontal, general, technical) gradings with highest = group."""
    patterns = []
    for i in range(20):
        values = [0, 0, 0, 0]
        if group:
            driver = _pick(DRIVER, (i + 0.5) / 20)
            values[driver] = group
            if i % 7 == 3:  # now and then a second domain one step lower
                values[(driver + 1) % 4] = group - 1
        patterns.append(tuple(values))
    return patterns


def _pick(table, r: float):
    for share, value in table:
        if r < share:
            return value
    return table[-1][1]


def _months(months: int) -> int:
    return int(months * DAYS_PER_MONTH)
