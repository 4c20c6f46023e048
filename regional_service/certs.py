"""Test certificates for mutual TLS (`python -m regional_service make-certs`).

A test CA, a server certificate for 127.0.0.1 and localhost, and one client certificate per clinic
whose common name is the clinic's HSA-ID (the test set-up's mapping; in production the clinic's
SITHS function certificate). Made with `cryptography`; EC P-256 keys, unencrypted PEM.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


@dataclass(frozen=True)
class Issued:
    cert: Path
    key: Path


def _key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _name(cn: str, org: str = "Klinik test") -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.ORGANIZATION_NAME, org)])


def _write(out: Path, stem: str, cert: x509.Certificate, key: ec.EllipticCurvePrivateKey) -> Issued:
    cert_path, key_path = out / f"{stem}.pem", out / f"{stem}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    key_path.chmod(0o600)
    return Issued(cert_path, key_path)


class CertificateAuthority:
    def __init__(self, name: str = "Klinik test CA", days: int = 365) -> None:
        self.key = _key()
        now = datetime.now(timezone.utc)
        self.name = _name(name)
        self.cert = (
            x509.CertificateBuilder()
            .subject_name(self.name).issuer_name(self.name)
            .public_key(self.key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(hours=1)).not_valid_after(now + timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                         content_commitment=False, key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(self.key.public_key()), critical=False)
            .sign(self.key, hashes.SHA256())
        )

    @classmethod
    def load(cls, cert: Path | str, key: Path | str) -> CertificateAuthority:
        """A CA written before (to issue more certificates from it)."""
        ca = cls.__new__(cls)
        ca.cert = x509.load_pem_x509_certificate(Path(cert).read_bytes())
        ca.key = serialization.load_pem_private_key(Path(key).read_bytes(), None)  # type: ignore[assignment]
        ca.name = ca.cert.subject
        return ca

    def write(self, out: Path, stem: str = "ca") -> Issued:
        return _write(out, stem, self.cert, self.key)

    def issue(self, cn: str, *, server: bool, days: int = 365, expired: bool = False,
              hosts: tuple[str, ...] = ("127.0.0.1", "localhost")) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
        key = _key()
        now = datetime.now(timezone.utc)
        start, end = (now - timedelta(days=10), now - timedelta(days=1)) if expired else (
            now - timedelta(hours=1), now + timedelta(days=days))
        builder = (
            x509.CertificateBuilder()
            .subject_name(_name(cn)).issuer_name(self.name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(end)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, key_encipherment=False, key_cert_sign=False,
                                         crl_sign=False, content_commitment=False, data_encipherment=False,
                                         key_agreement=True, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH if server
                                                  else ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()), critical=False)
        )
        if server:
            names: list[x509.GeneralName] = []
            for host in hosts:
                try:
                    names.append(x509.IPAddress(ipaddress.ip_address(host)))
                except ValueError:
                    names.append(x509.DNSName(host))
            builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
        return builder.sign(self.key, hashes.SHA256()), key

    def issue_to(self, out: Path, stem: str, cn: str, **kwargs: object) -> Issued:
        cert, key = self.issue(cn, **kwargs)  # type: ignore[arg-type]
        return _write(out, stem, cert, key)


def client_stem(hsa_id: str) -> str:
    return f"clinic-{hsa_id}"


def make_certs(out: Path | str, clinics: list[str], *, days: int = 365,
               hosts: tuple[str, ...] = ("127.0.0.1", "localhost")) -> dict[str, Issued]:
    """Write ca.pem/.key, server.pem/.key and clinic-<HSA-ID>.pem/.key into `out`."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    ca = CertificateAuthority(days=days)
    issued = {"ca": ca.write(out), "server": ca.issue_to(out, "server", hosts[0], server=True, days=days, hosts=hosts)}
    for hsa_id in clinics:
        issued[hsa_id] = ca.issue_to(out, client_stem(hsa_id), hsa_id, server=False, days=days)
    return issued
