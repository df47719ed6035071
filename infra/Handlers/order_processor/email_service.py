"""Renders the order e-mail templates from S3 and sends them through SES."""
import os

import boto3
from botocore.exceptions import BotoCoreError, ClientError
from jinja2 import Template

TEMPLATE_PREFIX = "email-templates/"
INTERNAL_TEMPLATE = "internal_notification.html"
CUSTOMER_TEMPLATE = "customer_confirmation.html"


class EmailSendError(Exception):
    """A template could not be read or an e-mail could not be sent; code is SES's or S3's error code when there is one."""

    def __init__(self, message, code=None):
        super().__init__(message)
        self.code = code


def _code(error):
    return error.response.get("Error", {}).get("Code") if isinstance(error, ClientError) else type(error).__name__


class EmailService:
    def __init__(self):
        # The names must match the function's environment exactly (the playbook's NoSuchBucket incident).
        self.templates_bucket = os.environ["TEMPLATES_BUCKET_NAME"]
        self.from_email = os.environ["FROM_EMAIL"]
        self.internal_emails = [e.strip() for e in os.environ["INTERNAL_EMAILS"].split(",") if e.strip()]
        self.s3 = boto3.client("s3")
        self.ses = boto3.client("sesv2")

    def render(self, template_name, order):
        try:
            body = self.s3.get_object(Bucket=self.templates_bucket, Key=TEMPLATE_PREFIX + template_name)["Body"].read()
        except (BotoCoreError, ClientError) as error:
            raise EmailSendError(f"template {template_name}: {error}", _code(error)) from error
        return Template(body.decode("utf-8")).render(
            order_id=order["orderId"],
            customer_email=order["customerEmail"],
            total_amount=order["totalAmount"],
            currency=order.get("currency", "ZAR"),
            items=order.get("items", []),
            created_at=order.get("createdAt", ""),
        )

    def send(self, recipients, subject, html):
        """Sends one e-mail and returns SES's message id."""
        try:
            answer = self.ses.send_email(
                FromEmailAddress=self.from_email,
                Destination={"ToAddresses": recipients},
                Content={"Simple": {"Subject": {"Data": subject}, "Body": {"Html": {"Data": html}}}},
            )
        except (BotoCoreError, ClientError) as error:
            raise EmailSendError(f"send to {recipients}: {error}", _code(error)) from error
        return answer.get("MessageId", "")

    def send_internal_notification(self, order, recipients=None):
        recipients = self.internal_emails if recipients is None else recipients
        if recipients:
            return self.send(recipients, f"New order {order['orderId']}", self.render(INTERNAL_TEMPLATE, order))
        return None

    def send_customer_confirmation(self, order, recipients=None):
        recipients = [order["customerEmail"]] if recipients is None else recipients
        return self.send(recipients, f"Your order {order['orderId']}", self.render(CUSTOMER_TEMPLATE, order))
