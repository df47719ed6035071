"""Order processor: consumes order events from SQS, stores each order, then e-mails about it.

Failed orders are reported in batchItemFailures so that only they are retried (the event source mapping uses
ReportBatchItemFailures); an e-mail failure is logged and never fails the order (playbook Lesson 9).
"""
import json
import logging
import os

import boto3

from email_service import EmailSendError, EmailService

logger = logging.getLogger()
logger.setLevel(os.getenv("LOG_LEVEL", "INFO"))

_table = boto3.resource("dynamodb").Table(os.environ["ORDERS_TABLE_NAME"])
_email = EmailService()


class OrderError(Exception):
    """An order that cannot be stored; its message is retried and, after maxReceiveCount, dead-lettered."""


def store_order(order):
    for field in ("orderId", "customerEmail", "items", "totalAmount"):
        if field not in order:
            raise OrderError(f"order is missing {field}")
    try:
        _table.put_item(Item=order, ConditionExpression="attribute_not_exists(orderId)")
    except _table.meta.client.exceptions.ConditionalCheckFailedException:
        # A redelivered message: the order exists already, so processing it again is a success.
        logger.info("order %s already stored", order["orderId"])


def lambda_handler(event, context):
    failures = []
    for record in event.get("Records", []):
        try:
            order = json.loads(record["body"])
            store_order(order)
        except (OrderError, ValueError, KeyError) as error:
            logger.error("order in message %s failed: %s", record.get("messageId"), error)
            failures.append({"itemIdentifier": record["messageId"]})
            continue

        try:
            _email.send_internal_notification(order)
            _email.send_customer_confirmation(order)
            logger.info("order %s: email sent successfully", order["orderId"])
        except EmailSendError as error:
            logger.warning("order %s stored, but the email failed: %s", order["orderId"], error)

    return {"batchItemFailures": failures}
