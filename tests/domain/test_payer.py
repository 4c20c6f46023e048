"""Who pays for an emergency visit (R-EM-1, R-EM-3)."""

from __future__ import annotations

import pytest

from klinik_app.domain.payer import (
    AREA_CLINIC,
    LISTING_CLINIC,
    UNKNOWN,
    AreaRule,
    Clinic,
    ListedHere,
    area_clinic_for,
    decide_payer,
)

HERE = "SE2321000222-E12345"
SKELLEFTEA = Clinic("SE2321000222-E23456", "Folktandvården Skellefteå")
UMEA = Clinic("SE2321000222-E11111", "Folktandvården Umeå centrum")
HOLMSUND = Clinic("SE2321000222-E22222", "Folktandvården Holmsund")
RULES = [AreaRule("2480", None, UMEA), AreaRule("2480", "913", HOLMSUND), AreaRule("2480", "9133", SKELLEFTEA)]


def decide(listed_at, postal="903 26", **kw):
    return decide_payer(own_hsa_id=HERE, listed_at=listed_at, area_rules=RULES, municipality_code="2480",
                        postal_code=postal, **kw)


def test_r_em_1_listed_elsewhere_the_listing_clinic_pays():
    payer = decide([SKELLEFTEA])
    assert payer.kind == LISTING_CLINIC and payer.clinic == SKELLEFTEA


def test_r_em_1_not_listed_the_area_clinic_pays():
    payer = decide([])
    assert payer.kind == AREA_CLINIC and payer.clinic == UMEA


def test_r_em_1_the_most_specific_postcode_prefix_wins():
    assert area_clinic_for(RULES, "2480", "913 21").clinic == HOLMSUND
    assert area_clinic_for(RULES, "2480", "91332").clinic == SKELLEFTEA
    assert area_clinic_for(RULES, "2480", "90326").clinic == UMEA
    assert area_clinic_for(RULES, "2482", "93131") is None


def test_r_em_1_no_mapping_leaves_the_payer_unknown():
    payer = decide_payer(own_hsa_id=HERE, listed_at=[], area_rules=RULES, municipality_code="2482", postal_code="93131")
    assert payer.kind == UNKNOWN and "Områdesansvar" in payer.reason


def test_r_em_1_no_answer_from_the_region_leaves_the_payer_unknown():
    assert decide(None).kind == UNKNOWN


def test_a_patient_listed_here_is_no_emergency_visit_to_invoice():
    with pytest.raises(ListedHere):
        decide([Clinic(HERE, "Vi")])


def test_r_tg_4_protected_patient_without_a_look_up_goes_to_the_area_clinic():
    payer = decide(None, protected=True)
    assert payer.kind == AREA_CLINIC and "Skyddad identitet" in payer.reason


@pytest.mark.parametrize("residence", ["annat-lan", "tillfalligt-utanfor-lanet"])
def test_r_em_3_outside_the_county_the_named_listing_clinic_pays_never_the_area_clinic(residence):
    home = Clinic("SE2321000333-E00001", "Tandvården Luleå")
    assert decide([], residence=residence).kind == UNKNOWN
    payer = decide([], residence=residence, named_clinic=home)
    assert payer.kind == LISTING_CLINIC and payer.clinic == home and "R-EM-3" in payer.reason


def test_r_em_3_a_regional_listing_still_wins():
    assert decide([SKELLEFTEA], residence="annat-lan").clinic == SKELLEFTEA
