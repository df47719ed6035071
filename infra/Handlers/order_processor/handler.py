"""Order processor: consumes order events from SQS, stores each order, then e-mails about it.

Failed orders are reported in batchItemFailures so that only they are retried (the event source mapping uses
ReportBatchItemFailures); an e-mail failure is logged, counted as the EmailSendFailures metric and never fails the
order (playbook Lesson 9).

A smoke test is a direct invocation whose whole event is {"smoke": {...}}: it checks every step of an order without
the irreversible ones (nothing is stored, e-mail goes to the SES mailbox simulator) and returns what each step did.
"""
import json
import logging
import os
import re
import time
import uuid
from datetime import datetime, timezone
from decimal import Decimal

import boto3
from botocore.exceptions import BotoCoreError, ClientError

from email_service import CUSTOMER_TEMPLATE, INTERNAL_TEMPLATE, EmailSendError, EmailService

logger = logging.getLogger()
logger.setLevel(os.getenv("LOG_LEVEL", "INFO"))

_table = boto3.resource("dynamodb").Table(os.environ["ORDERS_TABLE_NAME"])
_email = EmailService()

REQUIRED_FIELDS = ("orderId", "customerEmail", "items", "totalAmount")
METRIC_NAMESPACE = "BBWS/OrderProcessor"
EMAIL_FAILURE_METRIC = "EmailSendFailures"
SMOKE_KEY = "smoke"
# SES accepts mail to its simulator even in the sandbox and delivers it nowhere: a send that succeeds here proves
# the identity, the permission and the templates without e-mailing anyone.
SMOKE_RECIPIENT = "success@simulator.amazonses.com"


class OrderError(Exception):
    """An order that cannot be stored; its message is retried and, after maxReceiveCount, dead-lettered."""


def validate_order(order):
    if not isinstance(order, dict):
        raise OrderError("the message body is not a JSON object")
    for field in REQUIRED_FIELDS:
        if field not in order:
            raise OrderError(f"order is missing {field}")


def store_order(order):
    validate_order(order)
    try:
        _table.put_item(Item=order, ConditionExpression="attribute_not_exists(orderId)")
    except _table.meta.client.exceptions.ConditionalCheckFailedException:
        # A redelivered message: the order exists already, so processing it again is a success.
        logger.info("order %s already stored", order["orderId"])


def emit_metric(name, value=1):
    """Writes one CloudWatch Embedded Metric Format line: Lambda's log stream turns it into a metric, no API call or permission needed."""
    print(json.dumps({
        "_aws": {
            "Timestamp": int(time.time() * 1000),
            "CloudWatchMetrics": [{"Namespace": METRIC_NAMESPACE, "Dimensions": [["FunctionName"]], "Metrics": [{"Name": name, "Unit": "Count"}]}],
        },
        "FunctionName": os.getenv("AWS_LAMBDA_FUNCTION_NAME", "order-processor"),
        name: value,
    }))


def send_order_emails(order):
    # Each e-mail on its own: a broken internal notification must not cost the customer the confirmation.
    for template, send in ((INTERNAL_TEMPLATE, _email.send_internal_notification), (CUSTOMER_TEMPLATE, _email.send_customer_confirmation)):
        try:
            send(order)
            logger.info("order %s: %s sent", order["orderId"], template)
        except EmailSendError as error:
            logger.warning("order %s stored, but the email %s failed: %s", order["orderId"], template, error)
            emit_metric(EMAIL_FAILURE_METRIC)


def is_smoke_invocation(event):
    """True only for a direct invocation whose whole event is {"smoke": {...}}.

    The SQS event source always delivers {"Records": [...]}, and a message body is a string inside one record, so
    nothing a client puts in an order can make it a smoke test (and skip storage).
    """
    return isinstance(event, dict) and set(event) == {SMOKE_KEY} and isinstance(event[SMOKE_KEY], dict)


def _smoke_order(marker):
    run_id = re.sub(r"[^A-Za-z0-9-]", "", str(marker.get("runId", "")))[:40] or "run"
    return {
        # A key no real order has: the store probe below must find nothing under it.
        "orderId": f"smoke-{run_id}-{uuid.uuid4()}",
        "customerEmail": SMOKE_RECIPIENT,
        "items": [{"productName": "Smoke test item", "quantity": 1, "unitPrice": Decimal("0.00"), "totalPrice": Decimal("0.00")}],
        "totalAmount": Decimal("0.00"),
        "currency": "ZAR",
        "createdAt": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def _error_code(error):
    return error.response.get("Error", {}).get("Code") if isinstance(error, ClientError) else type(error).__name__


def run_smoke_test(marker):
    order = _smoke_order(marker)
    checks = []
    stored = False
    try:
        validate_order(order)
        # The real write with a condition that cannot hold for a fresh key: DynamoDB checks the table, the key
        # schema and the permission, then refuses to write.
        _table.put_item(Item=order, ConditionExpression="attribute_exists(orderId)")
        stored = True
        checks.append({"name": "store", "ok": False, "detail": f"the probe found an existing item {order['orderId']}: the condition must refuse the write"})
    except _table.meta.client.exceptions.ConditionalCheckFailedException:
        checks.append({"name": "store", "ok": True, "detail": "the orders table accepted the request and its condition refused the write: nothing stored"})
    except (OrderError, BotoCoreError, ClientError) as error:
        checks.append({"name": "store", "ok": False, "code": _error_code(error), "detail": str(error)})

    for template, send in ((INTERNAL_TEMPLATE, _email.send_internal_notification), (CUSTOMER_TEMPLATE, _email.send_customer_confirmation)):
        try:
            message_id = send(order, [SMOKE_RECIPIENT])
            checks.append({"name": f"email {template}", "ok": True, "to": SMOKE_RECIPIENT, "messageId": message_id})
        except EmailSendError as error:
            checks.append({"name": f"email {template}", "ok": False, "to": SMOKE_RECIPIENT, "code": error.code, "detail": str(error)})

    ok = all(c["ok"] for c in checks)
    logger.info("smoke test %s: %s", order["orderId"], "passed" if ok else "failed")
    return {SMOKE_KEY: {"ok": ok, "orderId": order["orderId"], "stored": stored, "from": _email.from_email, "checks": checks}}


def lambda_handler(event, context):
    if is_smoke_invocation(event):
        return run_smoke_test(event[SMOKE_KEY])

    failures = []
    for record in event.get("Records", []):
        try:
            order = json.loads(record["body"], parse_float=Decimal)
            store_order(order)
        except (OrderError, ValueError, KeyError, BotoCoreError, ClientError) as error:
            logger.error("order in message %s failed: %s", record.get("messageId"), error)
            failures.append({"itemIdentifier": record["messageId"]})
            continue

        send_order_emails(order)

    return {"batchItemFailures": failures}
