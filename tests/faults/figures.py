"""The figures the fault suite reports (issue note: runs per fault, lost changes, corrupt databases)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Figures:
    runs: int = 0
    killed: int = 0  # runs where the kill landed inside the stream (not after its end)
    checked: int = 0  # journalled (committed) changes checked after the kills
    lost: int = 0
    corrupt: int = 0
    half_done: int = 0  # imports with some rows and not others
    other: int = 0  # outbox, access log, schema or foreign-key findings

    def add(self, killed: bool, verdict) -> None:
        self.runs += 1
        self.killed += killed
        self.checked += verdict.journalled
        self.lost += len(verdict.lost)
        self.corrupt += verdict.corrupt
        self.half_done += len(verdict.half_done)
        self.other += len(verdict.violations)


TABLE: dict[str, Figures] = {}


def figures_for(fault: str) -> Figures:
    return TABLE.setdefault(fault, Figures())


def table_lines() -> list[str]:
    head = "| fault | runs | killed mid-stream | committed changes checked | lost changes | corrupt databases " \
           "| half-done imports | other findings |"
    lines = [head, "|" + "---|" * 8]
    for fault, f in TABLE.items():
        lines.append(f"| {fault} | {f.runs} | {f.killed} | {f.checked} | {f.lost} | {f.corrupt} | {f.half_done} "
                     f"| {f.other} |")
    return lines
