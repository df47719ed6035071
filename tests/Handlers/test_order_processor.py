"""The order processor against stubbed DynamoDB, S3 and SES: every AWS call is expected exactly, with its parameters."""
import copy
import json
import logging
from decimal import Decimal

import pytest
from botocore.stub import ANY
from jinja2 import Environment, meta

from conftest import ENVIRONMENT, TEMPLATES, Capture, real_template, sqs_event, template_body

ORDERS_TABLE = ENVIRONMENT["ORDERS_TABLE_NAME"]
BUCKET = ENVIRONMENT["TEMPLATES_BUCKET_NAME"]
SENDER = ENVIRONMENT["FROM_EMAIL"]
INTERNAL = ["orders@bigbeard.co.za", "ops@bigbeard.co.za"]
SIMULATOR = "success@simulator.amazonses.com"
NOT_VERIFIED = "Email address is not verified. The following identities failed the check in region EU-WEST-1: noreply@bigbeard.co.za"

ORDER = {
    "orderId": "ord-1001",
    "customerEmail": "jane@example.org",
    "items": [{"productName": "Wide-brim hat", "quantity": 2, "unitPrice": "150.00", "totalPrice": "300.00"}],
    "totalAmount": "300.00",
    "currency": "ZAR",
    "createdAt": "2026-12-01T10:00:00Z",
}


def order(number, **changes):
    result = copy.deepcopy(ORDER)
    result["orderId"] = f"ord-{number}"
    result.update(changes)
    return result


def expect_store(stubs, item, error=None):
    params = {"TableName": ORDERS_TABLE, "Item": item, "ConditionExpression": "attribute_not_exists(orderId)"}
    if error:
        stubs.dynamodb.add_client_error("put_item", service_error_code=error, service_message="refused", expected_params=params)
    else:
        stubs.dynamodb.add_response("put_item", {}, params)


def expect_template(stubs, name, text=None):
    stubs.s3.add_response("get_object", {"Body": template_body(real_template(name) if text is None else text)},
                          {"Bucket": BUCKET, "Key": f"email-templates/{name}"})


def expect_send(stubs, recipients, subject, html=ANY, error=None, message=NOT_VERIFIED):
    params = {
        "FromEmailAddress": SENDER,
        "Destination": {"ToAddresses": recipients},
        "Content": {"Simple": {"Subject": {"Data": subject}, "Body": {"Html": {"Data": html}}}},
    }
    if error:
        stubs.ses.add_client_error("send_email", service_error_code=error, service_message=message, http_status_code=400, expected_params=params)
    else:
        stubs.ses.add_response("send_email", {"MessageId": f"ses-{len(recipients)}-{subject}"}, params)


def expect_emails(stubs, item, internal_html=ANY, customer_html=ANY):
    expect_template(stubs, "internal_notification.html")
    expect_send(stubs, INTERNAL, f"New order {item['orderId']}", internal_html)
    expect_template(stubs, "customer_confirmation.html")
    expect_send(stubs, [item["customerEmail"]], f"Your order {item['orderId']}", customer_html)


def metric_lines(captured):
    return [json.loads(line) for line in captured.out.splitlines() if line.startswith("{") and '"_aws"' in line]


def test_a_good_batch_stores_every_order_and_reports_no_failure(order_processor, order_stubs, context, capsys):
    for number in (1, 2):
        expect_store(order_stubs, order(number))
        expect_emails(order_stubs, order(number))

    result = order_processor.lambda_handler(sqs_event(order(1), order(2)), context)

    assert result == {"batchItemFailures": []}, "a batch whose orders were all stored must report no failure"
    assert metric_lines(capsys.readouterr()) == [], "no e-mail failed, so no failure metric may be written"


@pytest.mark.parametrize("bad", ["not json", "missing field", "not an object", "table throttled"])
def test_a_batch_with_one_bad_order_reports_exactly_that_message(order_processor, order_stubs, context, bad):
    bodies = {
        "not json": "{oops",
        "missing field": {k: v for k, v in order(2).items() if k != "customerEmail"},
        "not an object": json.dumps(["orderId", "customerEmail", "items", "totalAmount"]),
        "table throttled": order(2),
    }
    expect_store(order_stubs, order(1))
    expect_emails(order_stubs, order(1))
    if bad == "table throttled":
        expect_store(order_stubs, order(2), error="ProvisionedThroughputExceededException")
    expect_store(order_stubs, order(3))
    expect_emails(order_stubs, order(3))

    result = order_processor.lambda_handler(sqs_event(order(1), bodies[bad], order(3)), context)

    assert result == {"batchItemFailures": [{"itemIdentifier": "msg-1"}]}, f"only the message with the bad order ({bad}) may be retried"


def test_a_redelivered_order_already_stored_is_not_a_failure(order_processor, order_stubs, context):
    expect_store(order_stubs, order(1), error="ConditionalCheckFailedException")
    expect_emails(order_stubs, order(1))

    result = order_processor.lambda_handler(sqs_event(order(1)), context)

    assert result == {"batchItemFailures": []}, "an order that exists already was processed before: retrying it would loop"


def test_fractional_amounts_are_stored_as_dynamodb_numbers(order_processor, order_stubs, context):
    stored = order(1, totalAmount=Decimal("12.5"))
    expect_store(order_stubs, stored)
    expect_emails(order_stubs, stored)

    result = order_processor.lambda_handler(sqs_event(json.dumps(order(1, totalAmount=12.5))), context)

    assert result == {"batchItemFailures": []}, "a JSON number with a fraction must be stored (boto3 refuses floats)"


def test_the_emails_are_rendered_from_the_s3_templates_with_the_order(order_processor, order_stubs, context):
    internal, customer = Capture(), Capture()
    expect_store(order_stubs, order(1))
    expect_emails(order_stubs, order(1), internal, customer)

    order_processor.lambda_handler(sqs_event(order(1)), context)

    internal_html, customer_html = internal.values[-1], customer.values[-1]
    for value in ("ord-1", "jane@example.org", "300.00 ZAR", "Wide-brim hat", "<td>2</td>"):
        assert value in internal_html, f"the internal notification must show {value!r} from the order"
    for value in ("ord-1", "300.00 ZAR"):
        assert value in customer_html, f"the customer confirmation must show {value!r} from the order"
    assert "{{" not in internal_html + customer_html, "every placeholder must be rendered"


@pytest.mark.parametrize("template", sorted(p.name for p in TEMPLATES.glob("*.html")))
def test_every_variable_a_template_uses_is_given_by_the_renderer(order_processor, order_stubs, template):
    used = meta.find_undeclared_variables(Environment().parse(real_template(template)))
    assert used, f"{template} uses no variable: the test would prove nothing"
    probe = "".join(f"[{name}={{{{ {name} is defined }}}}]" for name in sorted(used))
    expect_template(order_stubs, template, probe)

    rendered = order_processor._email.render(template, order(1))

    missing = sorted(name for name in used if f"[{name}=True]" not in rendered)
    assert missing == [], f"{template} uses {missing}, which the renderer does not give: they would render empty"


def test_an_ses_failure_is_logged_counted_and_does_not_fail_the_order(order_processor, order_stubs, context, caplog, capsys):
    expect_store(order_stubs, order(1))
    expect_template(order_stubs, "internal_notification.html")
    expect_send(order_stubs, INTERNAL, "New order ord-1", error="MessageRejected")
    expect_template(order_stubs, "customer_confirmation.html")
    expect_send(order_stubs, ["jane@example.org"], "Your order ord-1")

    with caplog.at_level(logging.WARNING):
        result = order_processor.lambda_handler(sqs_event(order(1)), context)

    assert result == {"batchItemFailures": []}, "an e-mail failure must not fail an order that was stored"
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("ord-1" in w and "MessageRejected" in w for w in warnings), f"the failure must be logged with the order and SES's error, got {warnings}"
    metrics = metric_lines(capsys.readouterr())
    assert len(metrics) == 1, f"one failed e-mail must write one metric line, got {metrics}"
    directive = metrics[0]["_aws"]["CloudWatchMetrics"][0]
    assert directive["Namespace"] == "BBWS/OrderProcessor", "the metric must be in the order processor's namespace"
    assert directive["Metrics"] == [{"Name": "EmailSendFailures", "Unit": "Count"}], "the metric must be EmailSendFailures, a count"
    assert directive["Dimensions"] == [["FunctionName"]] and metrics[0]["FunctionName"] == ENVIRONMENT["AWS_LAMBDA_FUNCTION_NAME"], "the metric must be per function"
    assert metrics[0]["EmailSendFailures"] == 1, "the metric value must count the failed e-mail"
    assert isinstance(metrics[0]["_aws"]["Timestamp"], int), "Embedded Metric Format needs a millisecond timestamp"


def test_a_missing_template_is_an_email_failure_not_an_order_failure(order_processor, order_stubs, context, capsys):
    expect_store(order_stubs, order(1))
    order_stubs.s3.add_client_error("get_object", service_error_code="NoSuchKey", http_status_code=404,
                                    expected_params={"Bucket": BUCKET, "Key": "email-templates/internal_notification.html"})
    expect_template(order_stubs, "customer_confirmation.html")
    expect_send(order_stubs, ["jane@example.org"], "Your order ord-1")

    result = order_processor.lambda_handler(sqs_event(order(1)), context)

    assert result == {"batchItemFailures": []}, "a template that cannot be read must not fail a stored order"
    assert [m["EmailSendFailures"] for m in metric_lines(capsys.readouterr())] == [1], "the unsent e-mail must be counted"


def smoke_store(stubs, error="ConditionalCheckFailedException"):
    item = Capture()
    params = {"TableName": ORDERS_TABLE, "Item": item, "ConditionExpression": "attribute_exists(orderId)"}
    if error:
        stubs.dynamodb.add_client_error("put_item", service_error_code=error, service_message="refused", expected_params=params)
    else:
        stubs.dynamodb.add_response("put_item", {}, params)
    return item


def smoke_sends(stubs, error=None):
    subject = Capture()
    for template in ("internal_notification.html", "customer_confirmation.html"):
        expect_template(stubs, template)
        expect_send(stubs, [SIMULATOR], subject, error=error)
    return subject


def test_a_direct_smoke_invocation_stores_nothing_and_mails_only_the_simulator(order_processor, order_stubs, context):
    item = smoke_store(order_stubs)
    smoke_sends(order_stubs)

    result = order_processor.lambda_handler({"smoke": {"runId": "run-42"}}, context)

    smoke = result["smoke"]
    assert smoke["ok"] is True, f"a refused probe and two accepted sends must pass: {smoke}"
    assert smoke["stored"] is False, "the smoke test must store nothing"
    key = item.values[0]["orderId"]
    key = key.get("S") if isinstance(key, dict) else key  # botocore may show the item typed ({"S": ...})
    assert key.startswith("smoke-run-42-"), "the probe must use a smoke key no real order has"
    sends = [c for c in smoke["checks"] if c["name"].startswith("email ")]
    assert [(c["to"], c["ok"]) for c in sends] == [(SIMULATOR, True)] * 2, "both e-mails must go to the SES simulator and be reported"
    assert all(c["messageId"] for c in sends), "the smoke result must carry SES's message ids"
    assert smoke["from"] == SENDER, "the smoke result must name the sender, whose identity SES checked"


def test_the_smoke_result_fails_when_ses_refuses_the_sender(order_processor, order_stubs, context):
    smoke_store(order_stubs)
    smoke_sends(order_stubs, error="MessageRejected")

    smoke = order_processor.lambda_handler({"smoke": {}}, context)["smoke"]

    assert smoke["ok"] is False, "a refused send must fail the smoke result (the order path swallows it)"
    failed = [c for c in smoke["checks"] if not c["ok"]]
    assert [c["code"] for c in failed] == ["MessageRejected"] * 2, f"each refused send must carry SES's error code: {failed}"
    assert "not verified" in failed[0]["detail"], "the detail must carry SES's message"


@pytest.mark.parametrize("error", ["AccessDeniedException", "ResourceNotFoundException"])
def test_the_smoke_result_fails_when_the_orders_table_refuses_the_request(order_processor, order_stubs, context, error):
    smoke_store(order_stubs, error)
    smoke_sends(order_stubs)

    smoke = order_processor.lambda_handler({"smoke": {}}, context)["smoke"]

    store = next(c for c in smoke["checks"] if c["name"] == "store")
    assert (smoke["ok"], store["ok"], store["code"]) == (False, False, error), f"a table that cannot take an order must fail the smoke test: {smoke}"


def test_a_smoke_probe_that_wrote_is_reported_as_a_failure(order_processor, order_stubs, context):
    smoke_store(order_stubs, error=None)
    smoke_sends(order_stubs)

    smoke = order_processor.lambda_handler({"smoke": {}}, context)["smoke"]

    assert (smoke["ok"], smoke["stored"]) == (False, True), "a probe whose condition held wrote a record: that must fail, and say so"


def test_a_smoke_marker_in_an_order_body_is_processed_as_a_real_order(order_processor, order_stubs, context):
    marked = order(1, smoke={"runId": "x"}, smokeTest=True)
    expect_store(order_stubs, marked)
    expect_emails(order_stubs, marked)

    result = order_processor.lambda_handler(sqs_event(marked), context)

    assert result == {"batchItemFailures": []}, "an order that calls itself a smoke test is an order: it must be stored and mailed as one"


def test_an_sqs_event_with_a_smoke_key_beside_its_records_is_a_batch(order_processor, order_stubs, context):
    event = sqs_event(order(1))
    event["smoke"] = {}
    expect_store(order_stubs, order(1))
    expect_emails(order_stubs, order(1))

    result = order_processor.lambda_handler(event, context)

    assert result == {"batchItemFailures": []}, "only an event that is nothing but the smoke marker is a smoke test"


@pytest.mark.parametrize("event", [{"smoke": True}, {"smoke": "yes"}, {"Records": []}])
def test_events_that_are_not_the_smoke_marker_touch_nothing(order_processor, order_stubs, context, event):
    result = order_processor.lambda_handler(event, context)

    assert result == {"batchItemFailures": []}, f"{event} holds no order and is no smoke test: nothing to do, nothing to fail"


def test_without_internal_recipients_only_the_customer_is_mailed(order_processor, order_stubs, context, monkeypatch):
    monkeypatch.setattr(order_processor._email, "internal_emails", [])
    expect_store(order_stubs, order(1))
    expect_template(order_stubs, "customer_confirmation.html")
    expect_send(order_stubs, ["jane@example.org"], "Your order ord-1")

    result = order_processor.lambda_handler(sqs_event(order(1)), context)

    assert result == {"batchItemFailures": []}, "an empty INTERNAL_EMAILS means no internal notification, not a failure"
