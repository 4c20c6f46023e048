"""Identifier systems, code systems and business-rule error codes of regional-listing-api.md.

One place for every URI and code the contract names, so the validation, the resource builders and
the tests cannot drift apart. Swedish texts are for the clinic user (they end up in
OperationOutcome.issue.details.text); the rule ids are rules.md's.
"""

from __future__ import annotations

FHIR_VERSION = "4.0.1"
FHIR_JSON = "application/fhir+json"

# Identifiers ------------------------------------------------------------------------------------
PERSONNUMMER = "http://electronichealth.se/identifier/personnummer"
SAMORDNINGSNUMMER = "http://electronichealth.se/identifier/samordningsnummer"
PERSON_SYSTEMS = (PERSONNUMMER, SAMORDNINGSNUMMER)
HSA = "urn:oid:1.2.752.29.4.19"
CLINIC_URI = "urn:ietf:rfc:3986"

# Extensions and code systems of the region -------------------------------------------------------
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

CHOICE, ASSIGNED = "val", "icke-val"
LISTNINGSTYP = {CHOICE: "Eget val", ASSIGNED: "Icke-val"}
SAMTYCKESGIVARE = {"patient": "Patienten", "vardnadshavare": "Vårdnadshavare"}
SAMTYCKESMETOD = {"pa-plats": "På plats", "telefon": "Telefon", "papper": "Papper", "e-tjanst": "E-tjänst"}
UNDERSOKNINGSTYP = {
    "revision-tandlakare": "Revisionsundersökning av tandläkare",
    "revision-tandhygienist": "Revisionsundersökning av tandhygienist",
}
DENTIST, HYGIENIST, NURSE = "tandlakare", "tandhygienist", "tandskoterska"
YRKESROLL = {DENTIST: "Tandläkare", HYGIENIST: "Tandhygienist", NURSE: "Tandsköterska"}
EXAM_TYPE_OF_ROLE = {DENTIST: "revision-tandlakare", HYGIENIST: "revision-tandhygienist"}
RISK_DOMAINS = ("risk-karies", "risk-parodontit", "risk-allman", "risk-teknisk")
RISKGRUPP_CODE = "riskgrupp"
TANDHALSODATA = {
    "risk-karies": "Risk karies",
    "risk-parodontit": "Risk parodontit",
    "risk-allman": "Risk allmän",
    "risk-teknisk": "Risk teknisk",
    "riskgrupp": "Riskgrupp (sammanvägd)",
    "deft": "deft (primära tänder)",
    "DFT": "DFT (permanenta tänder)",
    "tobak": "Tobaksvanor",
    "bettutvecklingskontroll": "Bettutvecklingskontroll",
}
RISKGRUPP = {"0": "Riskgrupp 0", "1": "Riskgrupp 1", "2": "Riskgrupp 2"}
TOBAK = {"ingen": "Ingen", "rokning": "Rökning", "snus": "Snus", "rokning-och-snus": "Rökning och snus"}
FLAGGTYP = {"listningsstopp": "Listningsstopp"}
AVSLUTSORSAK = {
    "omval": "Omval till annan klinik",
    "eget-val": "Eget val av samma klinik",
    "utflyttad-lan": "Utflyttad från länet",
    "avliden": "Avliden",
    "aldersgrans": "Åldersgräns",
    "omflyttad-icke-val": "Omflyttad inom länet (icke-val)",
    "skyddad-identitet": "Skyddad identitet",
    "felregistrering": "Felregistrering",
}

# HL7 code systems the contract uses --------------------------------------------------------------
CONSENTSCOPE = "http://terminology.hl7.org/CodeSystem/consentscope"
LOINC = "http://loinc.org"
CONSENT_CATEGORY = "59284-0"
V3_ACTCODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
V3_ROLECODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
V3_PARTICIPATIONTYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"

# Business-rule error codes, in the order they are checked (the first that applies is answered) ---
OKAND_PATIENT = "okand-patient"
AVLIDEN = "avliden"
SKYDDAD_IDENTITET = "skyddad-identitet"
EJ_FOLKBOKFORD = "ej-folkbokford-i-lanet"
UTANFOR_MALGRUPP = "utanfor-malgrupp"
SAMTYCKE_SAKNAS = "samtycke-saknas"
LISTNINGSSTOPP = "listningsstopp"
REDAN_LISTAD = "redan-listad-har"
OGILTIG_UNDERSOKNING = "ogiltig-undersokning"
FELKOD_ORDER = (
    OKAND_PATIENT,
    AVLIDEN,
    SKYDDAD_IDENTITET,
    EJ_FOLKBOKFORD,
    UTANFOR_MALGRUPP,
    SAMTYCKE_SAKNAS,
    LISTNINGSSTOPP,
    REDAN_LISTAD,
    OGILTIG_UNDERSOKNING,
)
FELKOD = {
    OKAND_PATIENT: "Patienten finns inte i befolkningsregistret.",
    AVLIDEN: "Patienten är avliden.",
    SKYDDAD_IDENTITET: "Patienten har skyddade personuppgifter och får inte registreras i listningssystemet (R-TG-4).",
    EJ_FOLKBOKFORD: "Patienten är inte folkbokförd i länet (R-TG-1, R-TG-2).",
    UTANFOR_MALGRUPP: "Patienten är utanför målgruppens ålder (R-TG-1).",
    SAMTYCKE_SAKNAS: "Giltigt samtycke saknas (R-LI-1).",
    LISTNINGSSTOPP: "Kliniken har listningsstopp, eller för få listade för att införa listningsstopp (R-LI-5).",
    REDAN_LISTAD: "Patienten är redan listad genom eget val på kliniken.",
    OGILTIG_UNDERSOKNING: "Revisionsrapporten kan inte lagras (R-RV-8).",
}
