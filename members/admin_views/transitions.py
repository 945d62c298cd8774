"""A confirm-and-act page per step of a request or invitation, taken through its service."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.text import capfirst
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


class Action:
    def __init__(self, slug, label, service, *, form_class=None, done, permission="change"):
        self.slug, self.label, self.service = slug, label, service
        self.form_class, self.done, self.permission = form_class, done, permission


class TransitionsMixin:
    """Adds a confirm-and-act view per action, at ``<pk>/<slug>/`` named ``<slug>``."""

    actions: list[Action] = []

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            *(
                path(
                    f"<int:pk>/{action.slug}/",
                    self.construct_view(
                        TransitionView, action=action, permission_policy=self.permission_policy
                    ),
                    name=action.slug,
                )
                for action in self.actions
            ),
        ]


class TransitionView(WagtailAdminTemplateMixin, FormView):
    """Confirm one step of a request (with a reason where one is needed), then take it."""

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
            object=self.object, action=self.action, cancel_url=self._edit_url(), **kwargs
        )

    def _edit_url(self):
        return reverse(self.edit_url_name, args=[self.object.pk])

    def form_valid(self, form):
        try:
            self.action.service(self.object, self.request.user, form.cleaned_data)
        except ValidationError as error:
            messages.error(self.request, " ".join(error.messages))
            return redirect(self._edit_url())
        messages.success(self.request, self.action.done)
        return redirect(self._edit_url())
