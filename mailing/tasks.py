from celery import shared_task

from mailing.services import OutgoingEmail, email_send_now


@shared_task(
    autoretry_for=(OSError,),
    retry_backoff=30,
    retry_backoff_max=60 * 60,
    retry_jitter=True,
    max_retries=8,
)
def send_email(email: dict) -> None:
    """Deliver one rendered e-mail; a mail server that is down is retried with back-off."""
    email_send_now(OutgoingEmail(**email))
