"""The client of the regional listing service (shared/regional-listing-api.md, issue 7).

Offline first: changes wait in the outbox (services.outbox) and a sync cycle pushes them, then pulls
what the region changed. The package sits under the services layer: it knows the database models,
FHIR and HTTP, never Qt; services.sync is the use case the command and the window call.

| module | what |
|---|---|
| `codes.py` | the contract's identifier systems, code systems, error codes and their Swedish meaning |
| `fhir_map.py` | outbound: outbox item -> validated transaction Bundle (R-TG-4 refused here); inbound: Patient, EpisodeOfCare, Flag -> plain data |
| `client.py` | HTTPS with the clinic's certificate (httpx2): metadata, transactions, `_history`; answers classified |
| `push.py` | drain the outbox: one transaction per item, per-patient order, results in one DB transaction each |
| `pull.py` | `_history` since the watermark, applied idempotently by resource id and version |
| `state.py` | watermark, last successful sync, next attempt; the counts the status bar shows |
"""
