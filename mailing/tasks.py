from celery import shared_task

from mailing.services import OutgoingEmail, email_send_now

# How every task that talks to the mail server retries when it is down: back-off from
# 30 seconds up to an hour, 8 times. Other apps' e-mail tasks use it too.
EMAIL_RETRY = {
    "autoretry_for": (OSError,),
    "retry_backoff": 30,
    "retry_backoff_max": 60 * 60,
    "retry_jitter": True,
    "max_retries": 8,
}


@shared_task(**EMAIL_RETRY)
def send_email(email: dict) -> None:
    """Deliver one rendered e-mail; a mail server that is down is retried with back-off."""
    email_send_now(OutgoingEmail(**email))
