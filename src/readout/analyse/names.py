"""States and organisations by code and name: what analysts type, and what they read.

A filter takes ``CHN``, ``chn``, ``China`` or ``People's Republic of China`` alike; tables
show codes, and exports that want names (GraphML labels, GDELT place names) get them here.
Read from the data files (``countries.tsv``, ``orgs.tsv``) on first use.
"""

from __future__ import annotations

from functools import cache

from readout.gazetteer import data_rows, fold, split_list


class UnknownParty(ValueError):
    """A name or code that is neither a state nor a listed organisation."""


@cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """(code -> name, folded name/alias/code -> code) for every state and organisation."""
    names: dict[str, str] = {}
    lookup: dict[str, str] = {}
    for table, key in (("countries.tsv", "iso3"), ("orgs.tsv", "code")):
        for row in data_rows(table):
            code = row[key]
            names[code] = row["name"]
            for phrase in (code, row["name"], *split_list(row.get("aliases", ""))):
                lookup.setdefault(fold(phrase), code)
    return names, lookup


def party_code(text: str) -> str:
    """The code of a state or organisation given by code or by name (case and accents ignored)."""
    phrase = " ".join(text.split())
    if phrase.lower().startswith("the "):
        phrase = phrase[4:]
    code = _tables()[1].get(fold(phrase))
    if code is None:
        raise UnknownParty(f"{text!r} is not a known state or organisation (give an ISO alpha-3 code or a name)")
    return code


def party_name(code: str) -> str:
    """The usual English name of a state or organisation; the code itself when unknown."""
    return _tables()[0].get(code, code)


def is_org(code: str) -> bool:
    """Whether ``code`` is an international organisation's (``orgs.tsv``) rather than a state's."""
    return code in _org_codes()


@cache
def _org_codes() -> frozenset[str]:
    return frozenset(row["code"] for row in data_rows("orgs.tsv"))
