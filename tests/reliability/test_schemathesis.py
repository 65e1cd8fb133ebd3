"""The REST API against its own OpenAPI document: generated requests (bounded: 30 per
operation) find no server error and no response outside the document."""
import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402

pytestmark = pytest.mark.slow


def test_api_conforms_to_its_openapi_document(web_db):
    from newsgraph.web import create_app
    app = create_app(web_db, allowed_hosts=("testserver", "localhost"), timeout=20.0)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/api/quotes", "/api/extract", "/api/articles/{article_id}"}
    for operation in operations:
        @settings(max_examples=30, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case):
            case.call_and_validate()
        check()
