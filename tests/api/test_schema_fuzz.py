"""Schemathesis: generated requests from the OpenAPI schema never cause a server error."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error


@pytest.fixture
def api_schema(app: Any) -> Any:
    return schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_generated_requests_never_cause_a_server_error(case: Any) -> None:
    response = case.call()
    case.validate_response(response, checks=[not_a_server_error])
