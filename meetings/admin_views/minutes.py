"""The minutes in the admin: a snippet with revisions, edited until they are approved,
with the buttons that send and approve them (``meetings.admin_views.meeting``)."""

from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel, ObjectList
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.views.snippets import EditView, SnippetViewSet

from meetings.models import MeetingPage, Minutes, MinutesStatus


class MinutesForm(WagtailAdminModelForm):
    """The meeting is chosen once, when the minutes are made; approved minutes are frozen."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "meeting" in self.fields:
            meeting = self.fields["meeting"]
            meeting.queryset = MeetingPage.objects.filter(
                minutes=None
            ) | MeetingPage.objects.filter(pk=self.instance.meeting_id or 0)
            meeting.disabled = bool(self.instance.pk)
        if self.instance.is_frozen:
            for field in self.fields.values():
                field.disabled = True


class MinutesEditView(EditView):
    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        minutes = self.object
        step = {
            MinutesStatus.DRAFT: ("meetings_minutes_publish", _("Send the minutes")),
            MinutesStatus.PUBLISHED: ("meetings_minutes_approve", _("Approve the minutes")),
        }.get(minutes.status)
        if step:
            url = reverse(step[0], args=[minutes.meeting_id])
            buttons.append(HeaderButton(step[1], url=url, icon_name="mail", priority=10))
        return buttons


class MinutesViewSet(SnippetViewSet):
    model = Minutes
    icon = "doc-full"
    menu_label = _("Minutes")
    add_to_admin_menu = True
    menu_order = 265
    list_display = ["meeting", "status"]
    list_filter = ["status"]
    edit_view_class = MinutesEditView
    copy_view_enabled = False
    inspect_view_enabled = False

    edit_handler = ObjectList(
        [
            FieldPanel("meeting"),
            FieldPanel("public_summary"),
            InlinePanel("items", heading=_("Per agenda item"), label=_("agenda item")),
            InlinePanel("actions", heading=_("Actions"), label=_("action")),
        ],
        base_form_class=MinutesForm,
    )
