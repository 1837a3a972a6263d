"""Property tests from the OpenAPI spec (schemathesis): whatever the parameters, no route answers 500.

Each route of the spec gets valid (positive) and invalid (negative) generated requests, and
every answer must also match the spec: status code, content type, JSON schema, invalid data
refused. One check is left out: that every schema-valid request is accepted, since the spec
cannot list which strings name a state (``country=Narnia`` is a valid string and a 422).
Bounded and repeatable: a few examples per route and mode, derandomized, no example database.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

from readout.web.app import create_app

EXAMPLES = 10
ROUTES = [
    ("GET", "/api/summary"),
    ("GET", "/api/documents"),
    ("POST", "/api/documents"),
    ("GET", "/api/documents/{doc_id}"),
    ("GET", "/api/events"),
    ("GET", "/api/interactions"),
    ("GET", "/api/interactions/{interaction_id}"),
    ("GET", "/api/people"),
    ("GET", "/api/people/{person_id}"),
    ("GET", "/api/places"),
    ("GET", "/api/stances"),
    ("GET", "/api/stances/sentences"),
    ("GET", "/api/topics"),
    ("GET", "/api/network"),
    ("GET", "/api/timeline"),
    ("GET", "/api/countries/{code}"),
]


@pytest.fixture(scope="module")
def api_schema(duck_store: str) -> Any:
    return schemathesis.openapi.from_asgi("/api/openapi.json", create_app(duck_store))


def test_every_route_is_covered(duck_store: str) -> None:
    spec = create_app(duck_store).openapi()
    routes = {(method.upper(), path) for path, ops in spec["paths"].items() for method in ops}
    assert routes == set(ROUTES)


# Invalid requests need something to get wrong: a parameter or a body (/api/summary has neither).
CASES = [(m, p, GenerationMode.POSITIVE) for m, p in ROUTES] + [
    (m, p, GenerationMode.NEGATIVE) for m, p in ROUTES if p != "/api/summary"
]


@pytest.mark.parametrize(
    ("method", "path", "mode"),
    CASES,
    ids=[f"{m} {p} {'valid' if g == GenerationMode.POSITIVE else 'invalid'}" for m, p, g in CASES],
)
def test_no_server_errors(api_schema: Any, method: str, path: str, mode: GenerationMode) -> None:
    operation = api_schema[path][method]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case: schemathesis.Case) -> None:
        response = case.call()
        assert response.status_code < 500, (case.path, case.query, response.text[:300])
        case.validate_response(response, excluded_checks=[positive_data_acceptance])

    check()
