"""The product API's routes against a stubbed DynamoDB, with API Gateway proxy events."""
import json
import logging
from decimal import Decimal

import pytest
from botocore.stub import ANY

from conftest import ENVIRONMENT, Capture

TABLE = ENVIRONMENT["PRODUCTS_TABLE_NAME"]
HAT = {"productId": "p-1", "name": "Wide-brim hat", "price": Decimal("150.00"), "currency": "ZAR", "stock": 4}


def request(method, product_id=None, body=None):
    return {
        "httpMethod": method,
        "resource": "/products/{id}" if product_id else "/products",
        "path": f"/products/{product_id}" if product_id else "/products",
        "pathParameters": {"id": product_id} if product_id else None,
        "body": body if body is None or isinstance(body, str) else json.dumps(body),
    }


def answer(response):
    return response["statusCode"], json.loads(response["body"]) if response["body"] else None


def test_listing_reads_every_page_of_the_table(product_api, product_stubs, context):
    second = {"productId": "p-2", "name": "Sun cream", "price": Decimal("89.99")}
    product_stubs.dynamodb.add_response("scan", {"Items": [{"productId": {"S": "p-1"}, "name": {"S": "Wide-brim hat"}}], "LastEvaluatedKey": {"productId": {"S": "p-1"}}},
                                        {"TableName": TABLE})
    product_stubs.dynamodb.add_response("scan", {"Items": [{"productId": {"S": "p-2"}, "name": {"S": "Sun cream"}, "price": {"N": str(second["price"])}}]},
                                        {"TableName": TABLE, "ExclusiveStartKey": {"productId": "p-1"}})

    status, body = answer(product_api.lambda_handler(request("GET"), context))

    assert status == 200, "listing must answer 200"
    assert [p["productId"] for p in body["products"]] == ["p-1", "p-2"], "every page of the scan must be listed"
    assert body["products"][1]["price"] == "89.99", "a price must keep its exact decimal digits"


def test_getting_a_product_answers_it(product_api, product_stubs, context):
    product_stubs.dynamodb.add_response("get_item", {"Item": {"productId": {"S": "p-1"}, "name": {"S": "Wide-brim hat"}, "price": {"N": "150.00"}}},
                                        {"TableName": TABLE, "Key": {"productId": "p-1"}})

    status, body = answer(product_api.lambda_handler(request("GET", "p-1"), context))

    assert (status, body) == (200, {"productId": "p-1", "name": "Wide-brim hat", "price": "150.00"}), "an existing product must be answered as stored"


def test_getting_an_unknown_product_is_not_found(product_api, product_stubs, context):
    product_stubs.dynamodb.add_response("get_item", {}, {"TableName": TABLE, "Key": {"productId": "nope"}})

    status, body = answer(product_api.lambda_handler(request("GET", "nope"), context))

    assert (status, body) == (404, {"message": "product nope not found"}), "an unknown product must be a 404 naming it"


def test_creating_a_product_stores_it_under_a_new_id(product_api, product_stubs, context):
    product_stubs.dynamodb.add_response("put_item", {}, {"TableName": TABLE, "Item": ANY})

    status, body = answer(product_api.lambda_handler(request("POST", body='{"name": "Wide-brim hat", "price": 150.00, "stock": 4, "colour": "red"}'), context))

    assert status == 201, "a created product must answer 201"
    assert body["name"] == "Wide-brim hat" and body["price"] == "150.00" and body["stock"] == 4, f"the answer must be the stored product: {body}"
    assert len(body["productId"]) == 36, "the product must get a generated id"
    assert "colour" not in body, "fields the API does not know must not be stored"


@pytest.mark.parametrize("body, message", [
    ("{oops", "the body is not JSON"),
    ("[1]", "the body must be a JSON object"),
    ({"price": 1}, "a product needs at least a name and a price"),
    ({"name": "Hat"}, "a product needs at least a name and a price"),
    ({"name": "", "price": 1}, "name must be a non-empty string"),
    ({"name": "Hat", "price": -1}, "price must be a number of at least 0"),
    ({"name": "Hat", "price": "cheap"}, "price must be a number of at least 0"),
    ({"name": "Hat", "price": True}, "price must be a number of at least 0"),
    ({"name": "Hat", "price": 1, "stock": 1.5}, "stock must be a whole number of at least 0"),
    ({"name": "Hat", "price": 1, "stock": -2}, "stock must be a whole number of at least 0"),
])
def test_an_invalid_new_product_is_refused_with_400_and_not_stored(product_api, product_stubs, context, body, message):
    status, answered = answer(product_api.lambda_handler(request("POST", body=body), context))

    assert (status, answered) == (400, {"message": message}), f"{body!r} must be refused naming what is wrong"


def test_updating_a_product_sets_only_the_given_fields(product_api, product_stubs, context):
    product_stubs.dynamodb.add_response("update_item", {"Attributes": {"productId": {"S": "p-1"}, "name": {"S": "Wide-brim hat"}, "stock": {"N": "9"}}}, {
        "TableName": TABLE,
        "Key": {"productId": "p-1"},
        "UpdateExpression": "SET #stock = :stock",
        "ConditionExpression": "attribute_exists(productId)",
        "ExpressionAttributeNames": {"#stock": "stock"},
        "ExpressionAttributeValues": {":stock": 9},
        "ReturnValues": "ALL_NEW",
    })

    status, body = answer(product_api.lambda_handler(request("PUT", "p-1", {"stock": 9}), context))

    assert (status, body["stock"]) == (200, 9), "an update must answer the updated product"


def test_updating_an_unknown_product_is_not_found(product_api, product_stubs, context):
    product_stubs.dynamodb.add_client_error("update_item", service_error_code="ConditionalCheckFailedException", expected_params=None)

    status, body = answer(product_api.lambda_handler(request("PUT", "nope", {"stock": 1}), context))

    assert (status, body) == (404, {"message": "product nope not found"}), "updating an unknown product must not create it"


def test_an_update_without_a_known_field_is_refused(product_api, product_stubs, context):
    status, body = answer(product_api.lambda_handler(request("PUT", "p-1", {"colour": "red"}), context))

    assert status == 400 and "give at least one of" in body["message"], "an update that changes nothing must be a 400"


def test_deleting_a_product_answers_204(product_api, product_stubs, context):
    product_stubs.dynamodb.add_response("delete_item", {}, {"TableName": TABLE, "Key": {"productId": "p-1"}, "ConditionExpression": "attribute_exists(productId)"})

    response = product_api.lambda_handler(request("DELETE", "p-1"), context)

    assert (response["statusCode"], response["body"]) == (204, ""), "a delete must answer 204 with no body"


def test_deleting_an_unknown_product_is_not_found(product_api, product_stubs, context):
    product_stubs.dynamodb.add_client_error("delete_item", service_error_code="ConditionalCheckFailedException")

    status, body = answer(product_api.lambda_handler(request("DELETE", "nope"), context))

    assert (status, body) == (404, {"message": "product nope not found"}), "deleting an unknown product must say it was not there"


@pytest.mark.parametrize("method, product_id", [("PATCH", None), ("DELETE", None), ("POST", "p-1"), ("PATCH", "p-1")])
def test_a_method_a_route_does_not_have_is_405(product_api, product_stubs, context, method, product_id):
    status, body = answer(product_api.lambda_handler(request(method, product_id, {"name": "x"}), context))

    assert (status, body) == (405, {"message": f"{method} not allowed"}), f"{method} on this route must be refused, touching nothing"


@pytest.mark.parametrize("method, product_id, operation", [
    ("GET", None, "scan"),
    ("GET", "p-1", "get_item"),
    ("POST", None, "put_item"),
    ("PUT", "p-1", "update_item"),
    ("DELETE", "p-1", "delete_item"),
])
@pytest.mark.parametrize("error", ["ProvisionedThroughputExceededException", "AccessDeniedException", "ResourceNotFoundException"])
def test_a_dynamodb_error_is_a_500_that_leaks_nothing(product_api, product_stubs, context, caplog, method, product_id, operation, error):
    secret = f"Requested resource not found: Table: {TABLE} in account 536580886816"
    product_stubs.dynamodb.add_client_error(operation, service_error_code=error, service_message=secret, http_status_code=400)

    with caplog.at_level(logging.ERROR):
        response = product_api.lambda_handler(request(method, product_id, {"name": "Hat", "price": 1}), context)

    status, body = answer(response)
    assert status == 500, f"a DynamoDB {error} on {method} must be a 500, not a client error or a crash"
    assert body == {"message": "internal error", "requestId": context.aws_request_id}, "the caller must get only the request id to quote"
    for leak in (TABLE, "536580886816", error, operation, "Traceback"):
        assert leak not in response["body"], f"the answer leaks {leak!r}"
    assert any(error in r.getMessage() or (r.exc_info and error in str(r.exc_info[1])) for r in caplog.records), "the log must keep the whole error for the operator"


def test_a_direct_smoke_invocation_runs_the_read_path_and_writes_nothing(product_api, product_stubs, context):
    key = Capture()
    product_stubs.dynamodb.add_response("scan", {"Items": []}, {"TableName": TABLE, "Limit": 1})
    product_stubs.dynamodb.add_response("get_item", {}, {"TableName": TABLE, "Key": {"productId": key}})

    smoke = product_api.lambda_handler({"smoke": {"runId": "run-42"}}, context)["smoke"]

    assert (smoke["ok"], smoke["stored"]) == (True, False), f"a readable table must pass, and nothing may be written: {smoke}"
    assert [c["name"] for c in smoke["checks"]] == ["list", "get"], "the smoke test must list and get"
    assert str(key.values[0]).find("smoke-run-42-") >= 0, "the get must ask for a key no product has"


def test_the_smoke_result_fails_when_the_table_cannot_be_read(product_api, product_stubs, context):
    product_stubs.dynamodb.add_client_error("scan", service_error_code="AccessDeniedException", service_message="not authorized")
    product_stubs.dynamodb.add_client_error("get_item", service_error_code="AccessDeniedException", service_message="not authorized")

    smoke = product_api.lambda_handler({"smoke": {}}, context)["smoke"]

    assert smoke["ok"] is False, "a table the API cannot read must fail the smoke test"
    assert [c["code"] for c in smoke["checks"]] == ["AccessDeniedException"] * 2, "each failed read must carry DynamoDB's error code"


def test_an_api_gateway_event_carrying_the_marker_is_a_request(product_api, product_stubs, context):
    event = request("GET", "p-1")
    event["smoke"] = {}
    product_stubs.dynamodb.add_response("get_item", {}, {"TableName": TABLE, "Key": {"productId": "p-1"}})

    status, _ = answer(product_api.lambda_handler(event, context))

    assert status == 404, "a request is routed as a request whatever keys it carries; only the marker alone is a smoke test"
