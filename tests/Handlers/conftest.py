"""Loads the Lambda handlers as the runtime would (their folder on sys.path) with stubbed AWS clients.

Each handler builds its boto3 clients at import, so the environment the functions get is set first. HANDLERS_ROOT
points the tests at another copy of infra/Handlers (test_handler_tests_bite.py runs them on broken copies).
"""
import importlib.util
import io
import json
import os
import sys
from pathlib import Path

import pytest
from botocore.response import StreamingBody
from botocore.stub import Stubber

# Importing a handler must not leave __pycache__ beside it: the folder is the function's package.
sys.dont_write_bytecode = True

REPOSITORY = Path(__file__).resolve().parents[2]
HANDLERS = Path(os.environ.get("HANDLERS_ROOT") or REPOSITORY / "infra" / "Handlers")
TEMPLATES = REPOSITORY / "infra" / "email-templates"

ENVIRONMENT = {
    "AWS_DEFAULT_REGION": "eu-west-1",
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SESSION_TOKEN": "testing",
    "AWS_CONFIG_FILE": os.devnull,
    "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
    "AWS_LAMBDA_FUNCTION_NAME": "2-1-bbws-order-processor-dev",
    "ORDERS_TABLE_NAME": "2-1-bbws-orders-dev",
    "PRODUCTS_TABLE_NAME": "2-1-bbws-products-dev",
    "TEMPLATES_BUCKET_NAME": "2-1-bbws-order-templates-536580886816-dev",
    "FROM_EMAIL": "noreply@bigbeard.co.za",
    "INTERNAL_EMAILS": "orders@bigbeard.co.za, ops@bigbeard.co.za",
}
os.environ.pop("AWS_PROFILE", None)
os.environ.update(ENVIRONMENT)


def _load(folder, name):
    path = HANDLERS / folder / "handler.py"
    sys.path.insert(0, str(path.parent))
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    return module


_order_processor = _load("order_processor", "order_processor_handler")
_product_api = _load("product_api", "product_api_handler")


class LambdaContext:
    aws_request_id = "c0ffee00-0000-4000-8000-000000000001"
    function_name = ENVIRONMENT["AWS_LAMBDA_FUNCTION_NAME"]


def template_body(text):
    data = text.encode("utf-8")
    return StreamingBody(io.BytesIO(data), len(data))


def real_template(name):
    return (TEMPLATES / name).read_text(encoding="utf-8")


def sqs_event(*bodies):
    """An event as the SQS event source mapping delivers it: message i has id msg-i."""
    return {"Records": [{
        "messageId": f"msg-{i}",
        "receiptHandle": f"handle-{i}",
        "body": body if isinstance(body, str) else json.dumps(body),
        "attributes": {"ApproximateReceiveCount": "1"},
        "messageAttributes": {},
        "eventSource": "aws:sqs",
        "eventSourceARN": "arn:aws:sqs:eu-west-1:536580886816:2-1-bbws-orders-dev",
        "awsRegion": "eu-west-1",
    } for i, body in enumerate(bodies)]}


class Stubs:
    """One Stubber per client; at the end of a test every expected call must have happened."""

    def __init__(self, **clients):
        self._stubbers = {name: Stubber(client) for name, client in clients.items()}
        for name, stubber in self._stubbers.items():
            setattr(self, name, stubber)
            stubber.activate()

    def close(self):
        for stubber in self._stubbers.values():
            stubber.deactivate()
        for stubber in self._stubbers.values():
            stubber.assert_no_pending_responses()


class Capture:
    """Matches any parameter value and keeps it, so a test can look at what the handler sent."""

    def __init__(self):
        self.values = []

    def __eq__(self, other):
        self.values.append(other)
        return True

    def __hash__(self):
        return id(self)


@pytest.fixture
def order_processor():
    return _order_processor


@pytest.fixture
def product_api():
    return _product_api


@pytest.fixture
def context():
    return LambdaContext()


@pytest.fixture
def order_stubs():
    stubs = Stubs(dynamodb=_order_processor._table.meta.client, s3=_order_processor._email.s3, ses=_order_processor._email.ses)
    yield stubs
    stubs.close()


@pytest.fixture
def product_stubs():
    stubs = Stubs(dynamodb=_product_api._table.meta.client)
    yield stubs
    stubs.close()
