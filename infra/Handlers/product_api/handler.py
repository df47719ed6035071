"""Product API: list, get, create, update and delete products in DynamoDB, behind an API Gateway proxy integration."""
import json
import logging
import os
import uuid
from decimal import Decimal

import boto3

logger = logging.getLogger()
logger.setLevel(os.getenv("LOG_LEVEL", "INFO"))

_table = boto3.resource("dynamodb").Table(os.environ["PRODUCTS_TABLE_NAME"])
_FIELDS = ("name", "description", "price", "currency", "stock")


def _response(status, body=None):
    return {
        "statusCode": status,
        "headers": {"Content-Type": "application/json"},
        "body": "" if body is None else json.dumps(body, default=lambda v: str(v) if isinstance(v, Decimal) else v),
    }


def _parse(event):
    try:
        data = json.loads(event.get("body") or "{}", parse_float=Decimal)
    except ValueError:
        return None
    return {k: data[k] for k in _FIELDS if k in data} if isinstance(data, dict) else None


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
    return _response(200, item) if item else _response(404, {"message": f"product {product_id} not found"})


def create_product(event):
    product = _parse(event)
    if not product or "name" not in product or "price" not in product:
        return _response(400, {"message": "a product needs at least a name and a price"})
    product["productId"] = str(uuid.uuid4())
    _table.put_item(Item=product)
    return _response(201, product)


def update_product(product_id, event):
    changes = _parse(event)
    if not changes:
        return _response(400, {"message": f"give at least one of {', '.join(_FIELDS)}"})
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
        return _response(404, {"message": f"product {product_id} not found"})
    return _response(200, result["Attributes"])


def delete_product(product_id):
    _table.delete_item(Key={"productId": product_id})
    return _response(204)


def lambda_handler(event, context):
    method = event.get("httpMethod")
    product_id = (event.get("pathParameters") or {}).get("id")
    logger.info("%s %s", method, event.get("resource"))
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
