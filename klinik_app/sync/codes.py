"""Identifier systems, code systems and error codes of regional-listing-api.md, client side.

The client keeps its own copy (klinik_app never imports the reference service): the code tables are
what outbound resources are checked against before they are sent (fhir.resources checks structure,
not code values, design.md), and the error codes carry the Swedish meaning shown in "needs
attention".
"""

from __future__ import annotations

import re

from klinik_app.domain.messages import QT_TRANSLATE_NOOP, Text

FHIR_JSON = "application/fhir+json"
FHIR_VERSION_PREFIX = "4.0."

# Identifiers
PERSONNUMMER = "http://electronichealth.se/identifier/personnummer"
SAMORDNINGSNUMMER = "http://electronichealth.se/identifier/samordningsnummer"
PERSON_SYSTEMS = (PERSONNUMMER, SAMORDNINGSNUMMER)
HSA = "urn:oid:1.2.752.29.4.19"
CLINIC_URI = "urn:ietf:rfc:3986"

# The region's extensions and code systems
SD = "https://fhir.region.example/StructureDefinition/"
CS = "https://fhir.region.example/CodeSystem/"
EXT_KOMMUNKOD = SD + "kommunkod"
EXT_AVSLUTSORSAK = SD + "avslutsorsak"
EXT_SAMTYCKESGIVARE = SD + "samtyckesgivare"
EXT_SAMTYCKESMETOD = SD + "samtyckesmetod"
EXT_YRKESROLL = SD + "yrkesroll"
EXT_KONTAKTPERSON_PNR = SD + "kontaktperson-personnummer"

CS_KOMMUNKOD = CS + "kommunkod"
CS_LISTNINGSTYP = CS + "listningstyp"
CS_SAMTYCKESGIVARE = CS + "samtyckesgivare"
CS_SAMTYCKESMETOD = CS + "samtyckesmetod"
CS_UNDERSOKNINGSTYP = CS + "undersokningstyp"
CS_YRKESROLL = CS + "yrkesroll"
CS_TANDHALSODATA = CS + "tandhalsodata"
CS_RISKGRUPP = CS + "riskgrupp"
CS_TOBAK = CS + "tobak"
CS_FLAGGTYP = CS + "flaggtyp"
CS_AVSLUTSORSAK = CS + "avslutsorsak"
CS_FELKOD = CS + "felkod"

# HL7 code systems
CONSENTSCOPE = "http://terminology.hl7.org/CodeSystem/consentscope"
LOINC = "http://loinc.org"
CONSENT_CATEGORY = "59284-0"
V3_ACTCODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
V3_ROLECODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
V3_PARTICIPATIONTYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"

# Every code system the client sends, with its codes: outbound codings are checked against this.
CODES: dict[str, frozenset[str]] = {
    CS_LISTNINGSTYP: frozenset({"val", "icke-val"}),
    CS_SAMTYCKESGIVARE: frozenset({"patient", "vardnadshavare"}),
    CS_SAMTYCKESMETOD: frozenset({"pa-plats", "telefon", "papper", "e-tjanst"}),
    CS_UNDERSOKNINGSTYP: frozenset({"revision-tandlakare", "revision-tandhygienist"}),
    CS_YRKESROLL: frozenset({"tandlakare", "tandhygienist", "tandskoterska"}),
    CS_TANDHALSODATA: frozenset({"risk-karies", "risk-parodontit", "risk-allman", "risk-teknisk", "riskgrupp",
                                 "deft", "DFT", "tobak", "bettutvecklingskontroll"}),
    CS_RISKGRUPP: frozenset({"0", "1", "2"}),
    CS_TOBAK: frozenset({"ingen", "rokning", "snus", "rokning-och-snus"}),
    CS_FLAGGTYP: frozenset({"listningsstopp"}),
    CS_AVSLUTSORSAK: frozenset({"omval", "eget-val", "utflyttad-lan", "avliden", "aldersgrans", "omflyttad-icke-val",
                                "skyddad-identitet", "felregistrering"}),
    CONSENTSCOPE: frozenset({"treatment"}),
    LOINC: frozenset({CONSENT_CATEGORY}),
    V3_ACTCODE: frozenset({"AMB", "OPTIN"}),
    V3_PARTICIPATIONTYPE: frozenset({"PPRF"}),
}

RISK_DOMAINS = ("risk-karies", "risk-parodontit", "risk-allman", "risk-teknisk")
EXAM_TYPE_OF_ROLE = {"tandlakare": "revision-tandlakare", "tandhygienist": "revision-tandhygienist"}

# The region's business-rule error codes and what they mean for the clinic (shown in "needs attention").
FELKOD = {
    "okand-patient": "Patienten finns inte i befolkningsregistret. Kontrollera personnumret.",
    "avliden": "Patienten är avliden enligt befolkningsregistret.",
    "skyddad-identitet": "Patienten har skyddade personuppgifter och får inte registreras i listningssystemet (R-TG-4).",
    "ej-folkbokford-i-lanet": "Patienten är inte folkbokförd i länet och kan inte listas (R-TG-1, R-TG-2).",
    "utanfor-malgrupp": "Patienten är utanför målgruppens ålder (R-TG-1).",
    "samtycke-saknas": "Giltigt samtycke saknas. Kontrollera vem som samtyckte och när (R-LI-1).",
    "listningsstopp": "Kliniken har listningsstopp, eller för få listade för att införa listningsstopp (R-LI-5).",
    "redan-listad-har": "Patienten är redan listad genom eget val på kliniken.",
    "ogiltig-undersokning": "Revisionsrapporten kan inte lagras i regionen: kontrollera riskbedömning, undersökare "
                            "och revisionsintervall (R-RV-8).",
}

# Reasons found by the client itself, before anything is sent (also shown in "needs attention").
LOCAL = {
    "undersokare-saknas": "Undersökarens HSA-id saknas. Ange undersökaren, så skickas revisionsrapporten (R-RV-8).",
    "vardnadshavare-personnummer-saknas": "Vårdnadshavarens personnummer saknas, så samtycket kan inte skickas. "
                                          "Komplettera vårdnadshavaren och skicka igen (R-LI-1).",
    "personal-hsa-id-saknas": "Ändringen gjordes utan giltigt HSA-id för personalen och kan inte skickas med "
                              "uppgift om vem som gjorde den.",
    "okand-i-regionen": "Regionen känner inte till det som ska ändras med klinikens identifierare. "
                        "Rätta uppgiften direkt i listningssystemet.",
    "uppgifter-saknas": "Uppgifterna som ska skickas finns inte längre i registret.",
    "ogiltig-fhir": "Uppgifterna kunde inte göras om till ett giltigt meddelande till regionen.",
    "ogiltig": "Regionen kunde inte tolka meddelandet.",
    "saknas-i-regionen": "Det som skulle ändras finns inte i regionen.",
    "nekad": "Regionen tog inte emot ändringen.",
}

CONFLICT_TEXT = QT_TRANSLATE_NOOP("sync", "Uppgiften har ändrats i regionen sedan den hämtades. Jämför klinikens och "
                                         "regionens version och välj.")
# A meaning followed by the region's own words (push.py writes it so into an item's last_error).
REGION_SAID = QT_TRANSLATE_NOOP("sync", "{meaning} Regionen: {region}")


def meaning(code: str | None) -> str | None:
    """The Swedish meaning of a region error code or of the client's own reason."""
    if code is None:
        return None
    return FELKOD.get(code) or LOCAL.get(code)


# --- a stored answer, shown translated ---------------------------------------------------------------
# An outbox item keeps its answer as finished Swedish (last_error, the command prints it). The window shows
# it in its own language: the stored text is matched against the marked texts and templates it is made of
# (fhir_map.NotSendable, push.py), and given back as a `Text` that keeps the template and the values found.

_STORED_TEMPLATES = (  # the templates an item's last_error is written with; {meaning} is a known meaning
    REGION_SAID,
    QT_TRANSLATE_NOOP("sync", "{meaning} ({where}: {problem})"),
    QT_TRANSLATE_NOOP("sync", "{meaning} (okänd kod {coding})"),
    QT_TRANSLATE_NOOP("sync", "Okänd sorts ändring i utkorgen: {kind}."),
)


def _pattern(template: str) -> re.Pattern[str]:
    """A regular expression that matches what `template` makes, a group per placeholder."""
    parts = re.split(r"\{(\w+)\}", template)
    body = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts))
    return re.compile(body, re.DOTALL)


_PATTERNS = tuple((template, _pattern(template)) for template in _STORED_TEMPLATES)


def _meanings() -> set[str]:
    return {*FELKOD.values(), *LOCAL.values(), CONFLICT_TEXT}


def stored_text(text: str) -> str:
    """A stored Swedish answer (an item's last_error) as a `Text` that keeps its marked template and values,
    so the window can show it translated; the same Swedish str either way. A text made some other way (the
    region's own words alone, say) comes back as it is."""
    known = _meanings()
    if text in known:
        return Text(text)
    for template, pattern in _PATTERNS:
        found = pattern.fullmatch(text)
        if found is None:
            continue
        params: dict[str, str] = found.groupdict()
        if "meaning" in params:
            if params["meaning"] not in known:
                continue
            params["meaning"] = Text(params["meaning"])
        shown = Text(template, **params)
        if shown == text:
            return shown
    return text
