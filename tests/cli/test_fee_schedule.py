"""`klinik fee-schedule load|list`: the region's own price list is loaded from the command line
(issue 5: "the region's own file can be loaded"); a broken file is refused and nothing is stored."""

from __future__ import annotations

from klinik_app.cli import main

REGION_2027 = """# typ: regional
# version: 2027
# namn: Tandvårdstaxa Region Västerbotten 2027
# giltig_fran: 2027-01-01
kod;benamning;pris
101;Basundersökning, tandläkare;1 080,00
401;Tandextraktion, enkel;1080
"""


def test_the_region_s_csv_is_loaded_and_listed(ctx, db_path, tmp_path, capsys):
    path = tmp_path / "taxa-2027.csv"
    path.write_text(REGION_2027, encoding="utf-8")
    assert main(["--db", str(db_path), "fee-schedule", "load", str(path)]) == 0
    assert capsys.readouterr().err.strip() == ("Regionens tandvårdstaxa 2027 inläst: 2 koder, gäller från "
                                               "2027-01-01.")
    assert main(["--db", str(db_path), "fee-schedule", "list"]) == 0
    out, err = capsys.readouterr()
    assert "Regionens tandvårdstaxa\t2027\t2027-01-01\ttills vidare\t2 koder" in out.splitlines()
    assert err.strip() == f"{len(out.splitlines())} inlästa versioner."


def test_a_broken_file_is_refused_with_its_line_and_nothing_is_stored(ctx, db_path, tmp_path, capsys):
    path = tmp_path / "taxa-2027.csv"
    path.write_text(REGION_2027.replace("1080\n", "12.345\n"), encoding="utf-8")
    assert main(["--db", str(db_path), "fee-schedule", "load", str(path)]) == 1
    assert "Rad 7" in capsys.readouterr().err
    main(["--db", str(db_path), "fee-schedule", "list"])
    assert "2027" not in capsys.readouterr().out


def test_loading_the_same_version_twice_is_refused(ctx, db_path, tmp_path, capsys):
    path = tmp_path / "taxa-2027.csv"
    path.write_text(REGION_2027, encoding="utf-8")
    assert main(["--db", str(db_path), "fee-schedule", "load", str(path)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "fee-schedule", "load", str(path)]) == 1
    assert "redan inläst" in capsys.readouterr().err
