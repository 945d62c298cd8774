"""The steps a coordinator takes on a request or invitation: a button, a confirm page, a service.

Each viewset lists its ``actions``. An action's button appears in the header of the
edit page (Wagtail's own header buttons) only while the object allows the step; for a
request that is the model's TRANSITIONS table, which the services enforce too.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton


@dataclass(frozen=True)
class Action:
    """One step as the admin offers it; ``name`` is its URL name and its TRANSITIONS key."""

    name: str
    # The URL segment, ``<pk>/<path>/``: Dutch, as links to it already exist.
    path: str
    label: str
    # Takes the step: ``take(obj, user, cleaned_data)``, through a service.
    take: Callable[[Any, Any, dict], Any]
    # The message once the step is taken.
    done: str
    form_class: type[forms.Form] | None = None
    # What taking the step will cause, shown on the confirm page.
    explain: Callable[[Any], str] | None = None
    # Whether the object allows the step; by default its model's TRANSITIONS decide.
    allowed: Callable[[Any], bool] | None = None
    icon: str | None = None
    permission: str = "change"

    def is_allowed(self, obj) -> bool:
        return self.allowed(obj) if self.allowed else obj.transition_allowed(self.name)


class ActionsEditView(generic.EditView):
    """The edit page, with a header button for each step the object allows now."""

    actions: list[Action] = []
    action_url_names: dict[str, str] = {}

    def get_extra_header_buttons(self) -> list[HeaderButton]:
        return []

    @cached_property
    def header_buttons(self):
        buttons = [*super().header_buttons, *self.get_extra_header_buttons()]
        for priority, action in enumerate(self.actions, start=10):
            if action.is_allowed(self.object) and self.user_has_permission(action.permission):
                url = reverse(self.action_url_names[action.name], args=[self.object.pk])
                buttons.append(
                    HeaderButton(action.label, url=url, icon_name=action.icon, priority=priority)
                )
        return buttons


class ActionsMixin:
    """For a ModelViewSet: a confirm-and-act view per action, and their buttons."""

    actions: list[Action] = []
    edit_view_class = ActionsEditView

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(
            actions=self.actions,
            action_url_names={
                action.name: self.get_url_name(action.name) for action in self.actions
            },
            **kwargs,
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            *(
                path(
                    f"<int:pk>/{action.path}/",
                    self.construct_view(
                        TransitionView, action=action, permission_policy=self.permission_policy
                    ),
                    name=action.name,
                )
                for action in self.actions
            ),
        ]


class TransitionView(WagtailAdminTemplateMixin, FormView):
    """Confirm one step (with a reason where one is needed), then take it."""

    template_name = "members/admin/transition.html"
    action: Action = None
    model = None
    index_url_name = None
    edit_url_name = None
    permission_policy = None

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, self.action.permission):
            raise PermissionDenied
        self.object = get_object_or_404(self.model, pk=kwargs["pk"])
        if not self.action.is_allowed(self.object):
            # An old link or a second tab: say so, rather than confirm what cannot be done.
            messages.error(request, _("This step is no longer possible in the current status."))
            return redirect(self._edit_url())
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return self.action.label

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(self.index_url_name),
                "label": capfirst(self.model._meta.verbose_name_plural),
            },
            {"url": self._edit_url(), "label": str(self.object)},
            {"url": "", "label": self.action.label},
        ]

    def get_form_class(self):
        return self.action.form_class or forms.Form

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            object=self.object,
            action=self.action,
            explanation=self.action.explain(self.object) if self.action.explain else "",
            cancel_url=self._edit_url(),
            **kwargs,
        )

    def _edit_url(self):
        return reverse(self.edit_url_name, args=[self.object.pk])

    def form_valid(self, form):
        try:
            self.action.take(self.object, self.request.user, form.cleaned_data)
        except ValidationError as error:
            messages.error(self.request, " ".join(error.messages))
            return redirect(self._edit_url())
        messages.success(self.request, self.action.done)
        return redirect(self._edit_url())
