"""What the admin's listings and forms share."""

from wagtail.admin.views import generic


def index_with_related(*fields):
    """An admin listing that fetches the rows' related objects in the same query."""

    class IndexView(generic.IndexView):
        def get_base_queryset(self):
            return super().get_base_queryset().select_related(*fields)

    return IndexView


class AddHandlerMixin:
    """A viewset whose add form (``add_handler``) differs from its edit form
    (``edit_handler``): fields set once, then read only, or set by a service."""

    def get_add_view_kwargs(self, **kwargs):
        panel = self.add_handler.bind_to_model(self.model)
        return super().get_add_view_kwargs(panel=panel, form_class=panel.get_form_class(), **kwargs)
