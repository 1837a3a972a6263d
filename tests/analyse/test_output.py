"""CSV cells a spreadsheet would run as formulas are escaped; numbers and other text are not."""

from __future__ import annotations

import io

from readout.analyse.output import Column, Result, Table, spreadsheet_cell, write_csv


def test_formulas_get_an_apostrophe_numbers_do_not() -> None:
    for text in ("=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", '=HYPERLINK("http://x")', "-", "+"):
        assert spreadsheet_cell(text) == "'" + text
    for value in ("-3.5", "+7", "-1e-3", "12", "a=b", "", None, -4, 2.5, "'=x"):
        assert spreadsheet_cell(value) == value


def test_csv_output_escapes_its_cells() -> None:
    rows = [{"name": "=cmd|' /C calc'!A0", "score": -2.5, "tags": ["-x", "y"]}]
    table = Table("t", [Column("name", "name"), Column("score", "score"), Column("tags", "tags")], rows)
    out = io.StringIO()
    write_csv(Result(data=rows, tables=[table]), out)
    assert out.getvalue().splitlines()[1] == "'=cmd|' /C calc'!A0,-2.5,'-x; y"
