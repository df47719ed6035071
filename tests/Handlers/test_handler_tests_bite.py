"""The handler tests fail when a handler breaks: each case breaks a copy of infra/Handlers in one known way and runs
the tests against the copy (HANDLERS_ROOT), expecting the named test to fail."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPOSITORY

HERE = Path(__file__).resolve().parent

BREAKAGES = [
    ("one bad order fails the whole batch", "order_processor/handler.py",
     'failures.append({"itemIdentifier": record["messageId"]})', "raise",
     "test_order_processor.py", "test_a_batch_with_one_bad_order_reports_exactly_that_message"),
    ("an e-mail failure fails the order", "order_processor/handler.py",
     "emit_metric(EMAIL_FAILURE_METRIC)", "raise",
     "test_order_processor.py", "test_an_ses_failure_is_logged_counted_and_does_not_fail_the_order"),
    ("an e-mail failure is not counted", "order_processor/handler.py",
     "emit_metric(EMAIL_FAILURE_METRIC)", "pass",
     "test_order_processor.py", "test_an_ses_failure_is_logged_counted_and_does_not_fail_the_order"),
    ("a template variable is renamed", "order_processor/email_service.py",
     "customer_email=order", "customer=order",
     "test_order_processor.py", "test_every_variable_a_template_uses_is_given_by_the_renderer"),
    ("the smoke marker is read from an order body", "order_processor/handler.py",
     "set(event) == {SMOKE_KEY}", "SMOKE_KEY in json.dumps(event)",
     "test_order_processor.py", "test_a_smoke_marker_in_an_order_body_is_processed_as_a_real_order"),
    ("the smoke test writes an order", "order_processor/handler.py",
     'ConditionExpression="attribute_exists(orderId)"', 'ConditionExpression="attribute_not_exists(orderId)"',
     "test_order_processor.py", "test_a_direct_smoke_invocation_stores_nothing_and_mails_only_the_simulator"),
    ("the smoke test swallows a failed send", "order_processor/handler.py",
     'ok = all(c["ok"] for c in checks)', "ok = True",
     "test_order_processor.py", "test_the_smoke_result_fails_when_ses_refuses_the_sender"),
    ("the product API takes a request carrying the marker for a smoke test", "product_api/handler.py",
     'set(event) == {"smoke"}', '"smoke" in event',
     "test_product_api.py", "test_an_api_gateway_event_carrying_the_marker_is_a_request"),
    ("a DynamoDB error leaks to the caller", "product_api/handler.py",
     '{"message": "internal error", "requestId": request_id}', '{"message": traceback.format_exc(), "requestId": request_id}',
     "test_product_api.py", "test_a_dynamodb_error_is_a_500_that_leaks_nothing"),
    ("a DynamoDB error crashes the function", "product_api/handler.py",
     "except (BotoCoreError, ClientError):", "except ZeroDivisionError:",
     "test_product_api.py", "test_a_dynamodb_error_is_a_500_that_leaks_nothing"),
    ("an unknown product is answered 200", "product_api/handler.py",
     "return _response(200, item) if item else _not_found(product_id)", "return _response(200, item or {})",
     "test_product_api.py", "test_getting_an_unknown_product_is_not_found"),
    ("a negative price is stored", "product_api/handler.py",
     "or price < 0", "or price is None",
     "test_product_api.py", "test_an_invalid_new_product_is_refused_with_400_and_not_stored"),
]


@pytest.mark.parametrize("what, file, original, broken, tests, failing", BREAKAGES, ids=[b[0] for b in BREAKAGES])
def test_the_handler_tests_fail_when_a_handler_breaks(tmp_path, what, file, original, broken, tests, failing):
    handlers = tmp_path / "Handlers"
    shutil.copytree(REPOSITORY / "infra" / "Handlers", handlers)
    source = handlers / file
    text = source.read_text(encoding="utf-8")
    assert text.count(original) == 1, f"{file} no longer holds {original!r} once: update this breakage to the code"
    source.write_text(text.replace(original, broken).replace("import json\n", "import json\nimport traceback\n", 1), encoding="utf-8")

    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts=", "-rf", str(HERE / tests)],
        cwd=HERE, env={**os.environ, "HANDLERS_ROOT": str(handlers), "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True, text=True, timeout=120)

    assert run.returncode == 1, f"with {what}, the handler tests must fail (exit 1), got {run.returncode}:\n{run.stdout[-2000:]}{run.stderr[-2000:]}"
    failed = [line for line in run.stdout.splitlines() if line.startswith("FAILED ")]
    assert any(f"::{failing}" in line for line in failed), f"with {what}, {failing} must be among the failures, got {failed}"
