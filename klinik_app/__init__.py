"""Klinik: the clinic's own register for Hälsoval tandvård (ages 3-23)."""

__version__ = "0.1.0"
