"""The outbox in the Wagtail admin: what did not arrive, and sending it again.

In production the coordinator sees only undelivered e-mails and never their contents
(a password reset link is not theirs to read); on a developer's machine the admin also
lists what was sent, with its text, so the join flow can be tried without a mail server.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from mailing.models import OutboxEmail, OutboxStatus
from mailing.services import outbox_resend


def visible_emails(queryset):
    return queryset if settings.MAILING_ADMIN_SHOWS_SENT else queryset.unsent()


def can_resend(email: OutboxEmail) -> bool:
    return email.status != OutboxStatus.SENT and email.body_purged_at is None


class OutboxIndexView(generic.IndexView):
    def get_base_queryset(self):
        return visible_emails(super().get_base_queryset())


class OutboxInspectView(generic.InspectView):
    resend_url_name = None

    def get_object(self, queryset=None):
        return get_object_or_404(visible_emails(OutboxEmail.objects.all()), pk=self.pk)

    def get_fields(self):
        fields = ["recipients", "subject", "status", "attempts", "last_error", "created_at"]
        fields += ["next_attempt_at", "sent_at", "kind", "message_id"]
        return [*fields, "body"] if settings.MAILING_ADMIN_SHOWS_SENT else fields

    def get_field_label(self, field_name, field):
        if field_name == "recipients":
            return capfirst(_("to"))
        return super().get_field_label(field_name, field)

    def get_body_display_value(self):
        if self.object.body_purged_at:
            return _("Removed after the retention period.")
        return format_html('<pre class="ck-email-body">{}</pre>', self.object.body)

    @cached_property
    def header_buttons(self):
        if can_resend(self.object) and self.user_has_permission("change"):
            url = reverse(self.resend_url_name, args=[self.object.pk])
            return [HeaderButton(_("Send again"), url=url, icon_name="mail")]
        return []


class OutboxResendView(WagtailAdminTemplateMixin, TemplateView):
    """Confirm, then queue an undelivered e-mail for a fresh round of attempts."""

    template_name = "mailing/admin/resend.html"
    page_title = _("Send again")
    permission_policy = None
    index_url_name = None
    inspect_url_name = None

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        queryset = visible_emails(OutboxEmail.objects.all())
        self.object = get_object_or_404(queryset, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": capfirst(_("e-mails"))},
            {"url": self._inspect_url(), "label": str(self.object)},
            {"url": "", "label": self.page_title},
        ]

    def _inspect_url(self):
        return reverse(self.inspect_url_name, args=[self.object.pk])

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            object=self.object,
            can_resend=can_resend(self.object),
            cancel_url=self._inspect_url(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if can_resend(self.object):
            outbox_resend(self.object)
            messages.success(request, _("The e-mail is queued to be sent again."))
        return redirect(self._inspect_url())


class OutboxViewSet(ModelViewSet):
    model = OutboxEmail
    icon = "mail"
    menu_label = _("E-mails")
    menu_order = 260
    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    # An e-mail is no content: it must not appear as a "usage" of what it is about.
    add_to_reference_index = False
    index_view_class = OutboxIndexView
    inspect_view_class = OutboxInspectView
    list_display = [
        "subject",  # the title column: it links to the e-mail
        Column("recipients", label=_("To")),
        StatusTagColumn("status", accessor="get_status_display", primary=False, label=_("Status")),
        Column("attempts", label=_("Attempts")),
        Column("last_error", label=_("Last error")),
        DateColumn("created_at", label=_("Created")),
    ]
    list_filter = ["status"]
    search_fields = ["subject"]
    search_backend_name = None

    def get_common_view_kwargs(self, **kwargs):
        # Read-only: e-mails are written by the portal, never added or edited by hand.
        return {
            **super().get_common_view_kwargs(**kwargs),
            "add_url_name": None,
            "edit_url_name": None,
            "delete_url_name": None,
        }

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            resend_url_name=self.get_url_name("resend"), **kwargs
        )

    @property
    def resend_view(self):
        return self.construct_view(
            OutboxResendView,
            permission_policy=self.permission_policy,
            inspect_url_name=self.get_url_name("inspect"),
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("resend/<int:pk>/", self.resend_view, name="resend"),
        ]
