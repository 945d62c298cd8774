from django.urls import reverse
from wagtail import hooks
from wagtail.admin.ui.components import Component

from mailing.admin_views import OutboxViewSet
from mailing.models import OutboxEmail, OutboxStatus


@hooks.register("register_admin_viewset")
def register_outbox_viewset():
    return OutboxViewSet("outbox")


class UndeliveredEmailsPanel(Component):
    """On the admin's home page, only when something did not arrive: how many, and where."""

    name = "undelivered_emails"
    order = 40
    template_name = "mailing/admin/undelivered_panel.html"

    def __init__(self, count: int):
        self.count = count

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["count"] = self.count
        context["url"] = reverse("outbox:index") + f"?status={OutboxStatus.FAILED}"
        return context


@hooks.register("construct_homepage_panels")
def add_undelivered_emails_panel(request, panels):
    if not request.user.has_perm("mailing.view_outboxemail"):
        return
    count = OutboxEmail.objects.filter(status=OutboxStatus.FAILED).count()
    if count:
        panels.append(UndeliveredEmailsPanel(count))
