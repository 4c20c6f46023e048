"""Identifier systems, code systems and error codes of regional-listing-api.md, client side.

The client keeps its own copy (klinik_app never imports the reference service): the code tables are
what outbound resources are checked against before they are sent (fhir.resources checks structure,
not code values, design.md), and the error codes carry the Swedish meaning shown in "needs
attention".
"""

from __future__ import annotations

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

CONFLICT_TEXT = "Uppgiften har ändrats i regionen sedan den hämtades. Jämför klinikens och regionens version och välj."


def meaning(code: str | None) -> str | None:
    """The Swedish meaning of a region error code or of the client's own reason."""
    if code is None:
        return None
    return FELKOD.get(code) or LOCAL.get(code)
