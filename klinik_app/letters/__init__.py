"""Letters and documents as PDF (reportlab): plain data in, a printable file out.

Beside the domain: no Qt, no SQL, no database or services; the services gather the data.
"""

from klinik_app.letters.access_extract import AccessRow, access_extract_pdf
from klinik_app.letters.clinic_moving import clinic_moving_letters
from klinik_app.letters.invoice_basis import (
    InvoiceRow,
    Treatment,
    protected_invoice_basis_csv,
    protected_invoice_basis_pdf,
)
from klinik_app.letters.listing_stop import listing_stop_lifted_notice, listing_stop_notice
from klinik_app.letters.model import Letterhead, Recipient, Rendered
from klinik_app.letters.render import Cancelled
from klinik_app.letters.summons import ProposedTime, SummonedPatient, Summons, summons_letters
from klinik_app.letters.window import AddressDoesNotFit

__all__ = [
    "AccessRow",
    "AddressDoesNotFit",
    "Cancelled",
    "InvoiceRow",
    "Letterhead",
    "Recipient",
    "Rendered",
    "ProposedTime",
    "SummonedPatient",
    "Summons",
    "Treatment",
    "access_extract_pdf",
    "clinic_moving_letters",
    "listing_stop_lifted_notice",
    "listing_stop_notice",
    "protected_invoice_basis_csv",
    "protected_invoice_basis_pdf",
    "summons_letters",
]
