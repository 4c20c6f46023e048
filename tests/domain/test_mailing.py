"""One letter per household (R-LI-7, used by the summons letters too); protected identity by hand (R-TG-4)."""

from datetime import date

from klinik_app.domain.mailing import Address, GuardianContact, PatientContact, plan_mailing

HOME = Address("Storgatan 1", "903 26", "Umeå")
OTHER = Address("Lillgatan 9", "931 30", "Skellefteå")
TODAY = date(2026, 11, 22)


def child(pid, birth, *, guardians=(("Anna Lind", None), ("Per Lind", None)), protected=False, address=HOME):
    return PatientContact(pid, f"Barn{pid} Lind", birth, protected, address,
                          tuple(GuardianContact(n, a) for n, a in guardians))


def test_r_li_7_siblings_at_one_address_get_one_letter_to_both_guardians():
    plan = plan_mailing([child(2, date(2016, 1, 1)), child(1, date(2012, 1, 1))], TODAY)
    assert len(plan.letters) == 1
    letter = plan.letters[0]
    assert letter.name_lines == ["Anna Lind", "Per Lind"] and letter.address_lines == ("Storgatan 1", "903 26 Umeå")
    assert letter.concerning == ["Barn1 Lind", "Barn2 Lind"]  # eldest first


def test_r_li_7_guardians_who_live_apart_get_one_letter_each():
    plan = plan_mailing([child(1, date(2014, 5, 5), guardians=(("Anna Lind", None), ("Per Lind", OTHER)))], TODAY)
    assert sorted(tuple(m.name_lines) for m in plan.letters) == [("Anna Lind",), ("Per Lind",)]
    assert {m.address_lines for m in plan.letters} == {HOME.lines(), OTHER.lines()}


def test_r_li_7_a_patient_of_18_gets_their_own_letter_from_the_birthday():
    eighteen_today = child(1, date(2008, 11, 22))
    seventeen = child(2, date(2008, 11, 23))
    plan = plan_mailing([eighteen_today, seventeen], TODAY)
    own = [m for m in plan.letters if m.name_lines == ["Barn1 Lind"]]
    assert own and own[0].concerning == []
    assert any(m.concerning == ["Barn2 Lind"] for m in plan.letters)


def test_r_tg_4_protected_identity_and_missing_addresses_are_handled_by_hand():
    protected = child(1, date(2015, 1, 1), protected=True)
    homeless = child(2, date(2009, 1, 1), guardians=(), address=Address(None, None, None))
    plan = plan_mailing([protected, homeless], TODAY)
    assert plan.letters == [] and sorted(p.patient_id for p in plan.manual) == [1, 2]
