"""Product API: list, get, create, update and delete products in DynamoDB, behind an API Gateway proxy integration.

A request the API cannot serve is a 4xx naming what is wrong; a failure of DynamoDB is logged in full and answered
500 with the request id only, so no table name, key or AWS message reaches the caller.

A smoke test is a direct invocation whose whole event is {"smoke": {...}}: it runs the read path (a one-item scan
and a get of a key no product has) and returns each step's result; it writes nothing.
"""
import json
import logging
import os
import re
import uuid
from decimal import Decimal

import boto3
from botocore.exceptions import BotoCoreError, ClientError

logger = logging.getLogger()
logger.setLevel(os.getenv("LOG_LEVEL", "INFO"))

_table = boto3.resource("dynamodb").Table(os.environ["PRODUCTS_TABLE_NAME"])
_FIELDS = ("name", "description", "price", "currency", "stock")


class ValidationError(Exception):
    """A request body the API refuses with 400; its message is shown to the caller."""


def _json_value(value):
    # DynamoDB gives every number as a Decimal: a whole number (stock) is answered as a number, any other (a price)
    # as its exact digits in a string, never rounded through a float.
    if isinstance(value, Decimal):
        return int(value) if value.is_finite() and value.as_tuple().exponent >= 0 else str(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _response(status, body=None):
    return {
        "statusCode": status,
        "headers": {"Content-Type": "application/json"},
        "body": "" if body is None else json.dumps(body, default=_json_value),
    }


def _parse(event):
    """The known fields of the request body, validated; raises ValidationError naming the first bad one."""
    try:
        data = json.loads(event.get("body") or "{}", parse_float=Decimal)
    except ValueError:
        raise ValidationError("the body is not JSON") from None
    if not isinstance(data, dict):
        raise ValidationError("the body must be a JSON object")
    product = {k: data[k] for k in _FIELDS if k in data}
    for field in ("name", "description", "currency"):
        if field in product and (not isinstance(product[field], str) or not product[field].strip()):
            raise ValidationError(f"{field} must be a non-empty string")
    if "price" in product:
        price = product["price"]
        if isinstance(price, bool) or not isinstance(price, (int, Decimal)) or price < 0:
            raise ValidationError("price must be a number of at least 0")
    if "stock" in product and (isinstance(product["stock"], bool) or not isinstance(product["stock"], int) or product["stock"] < 0):
        raise ValidationError("stock must be a whole number of at least 0")
    return product


def list_products(event):
    items, kwargs = [], {}
    while True:
        page = _table.scan(**kwargs)
        items.extend(page.get("Items", []))
        if "LastEvaluatedKey" not in page:
            return _response(200, {"products": items})
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def get_product(product_id):
    item = _table.get_item(Key={"productId": product_id}).get("Item")
    return _response(200, item) if item else _not_found(product_id)


def create_product(event):
    product = _parse(event)
    if "name" not in product or "price" not in product:
        raise ValidationError("a product needs at least a name and a price")
    product["productId"] = str(uuid.uuid4())
    _table.put_item(Item=product)
    return _response(201, product)


def update_product(product_id, event):
    changes = _parse(event)
    if not changes:
        raise ValidationError(f"give at least one of {', '.join(_FIELDS)}")
    names = {f"#{k}": k for k in changes}
    values = {f":{k}": v for k, v in changes.items()}
    try:
        result = _table.update_item(
            Key={"productId": product_id},
            UpdateExpression="SET " + ", ".join(f"#{k} = :{k}" for k in changes),
            ConditionExpression="attribute_exists(productId)",
            ExpressionAttributeNames=names,
            ExpressionAttributeValues=values,
            ReturnValues="ALL_NEW",
        )
    except _table.meta.client.exceptions.ConditionalCheckFailedException:
        return _not_found(product_id)
    return _response(200, result["Attributes"])


def delete_product(product_id):
    try:
        _table.delete_item(Key={"productId": product_id}, ConditionExpression="attribute_exists(productId)")
    except _table.meta.client.exceptions.ConditionalCheckFailedException:
        return _not_found(product_id)
    return _response(204)


def _not_found(product_id):
    return _response(404, {"message": f"product {product_id} not found"})


def _route(event):
    method = event.get("httpMethod")
    product_id = (event.get("pathParameters") or {}).get("id")
    if product_id is None:
        routes = {"GET": list_products, "POST": create_product}
        return routes[method](event) if method in routes else _response(405, {"message": f"{method} not allowed"})
    if method == "GET":
        return get_product(product_id)
    if method == "PUT":
        return update_product(product_id, event)
    if method == "DELETE":
        return delete_product(product_id)
    return _response(405, {"message": f"{method} not allowed"})


def is_smoke_invocation(event):
    """True only for a direct invocation whose whole event is {"smoke": {...}}; an API Gateway event never has that shape."""
    return isinstance(event, dict) and set(event) == {"smoke"} and isinstance(event["smoke"], dict)


def run_smoke_test(marker):
    run_id = re.sub(r"[^A-Za-z0-9-]", "", str(marker.get("runId", "")))[:40] or "run"
    missing = f"smoke-{run_id}-{uuid.uuid4()}"
    checks = []
    try:
        _table.scan(Limit=1)
        checks.append({"name": "list", "ok": True})
    except (BotoCoreError, ClientError) as error:
        checks.append({"name": "list", "ok": False, "code": _error_code(error), "detail": str(error)})
    try:
        found = _table.get_item(Key={"productId": missing}).get("Item")
        checks.append({"name": "get", "ok": found is None, "detail": "not found, as expected" if found is None else f"found a product under {missing}"})
    except (BotoCoreError, ClientError) as error:
        checks.append({"name": "get", "ok": False, "code": _error_code(error), "detail": str(error)})
    return {"smoke": {"ok": all(c["ok"] for c in checks), "stored": False, "checks": checks}}


def _error_code(error):
    return error.response.get("Error", {}).get("Code") if isinstance(error, ClientError) else type(error).__name__


def lambda_handler(event, context):
    if is_smoke_invocation(event):
        return run_smoke_test(event["smoke"])
    logger.info("%s %s", event.get("httpMethod"), event.get("resource"))
    try:
        return _route(event)
    except ValidationError as error:
        return _response(400, {"message": str(error)})
    except (BotoCoreError, ClientError):
        # The caller learns only that it failed and the id to quote; the log has the whole error.
        request_id = getattr(context, "aws_request_id", "")
        logger.exception("request %s failed", request_id)
        return _response(500, {"message": "internal error", "requestId": request_id})
