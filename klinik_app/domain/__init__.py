"""Pure rules of the dental choice system: no Qt, no SQL, no I/O beyond reading rule-set files."""
