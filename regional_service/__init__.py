"""Reference regional listing service (regional-listing-api.md), for tests, demos and training.

A separate package from the desktop application: `klinik_app` never imports it, and it is not part
of the desktop build. It reuses the pure rules of `klinik_app.domain` (dates, target group, rule
sets, HSA-ID) so the region and the clinic apply the same rule set.

    from regional_service import create_app
    app = create_app("region.sqlite")          # FastAPI app, base path /fhir

Command line: `python -m regional_service --help` (serve, make-certs, seed, simulate, add-clinic).
"""

from regional_service.app import create_app

__all__ = ["create_app"]
