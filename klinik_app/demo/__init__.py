"""Demo data: a deterministic, realistic population for trying the application (no database here)."""

from klinik_app.demo.population import (
    DemoAddress,
    DemoGuardian,
    DemoHousehold,
    DemoPatient,
    DemoStaff,
    generate_households,
    generate_staff,
)

__all__ = [
    "DemoAddress",
    "DemoGuardian",
    "DemoHousehold",
    "DemoPatient",
    "DemoStaff",
    "generate_households",
    "generate_staff",
]
