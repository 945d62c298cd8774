"""Reading a page's privacy once per request, in one query, and between requests not at all."""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from members.kept import kept


class ViewRestrictionsReadOnce:
    """A page whose view restrictions are read in one query, once per page object.

    Serving a page asks for them twice (Wagtail's check and ``members.access``), and
    Wagtail's own method needs two queries each time (ancestors, then restrictions).
    Here one query reads the restrictions of the page and of its ancestors, or of their
    originals where they are aliases, as Wagtail's method does. The answer is kept on
    this page object, which lives as long as the request that loaded it, and between
    requests as ``members.kept`` keeps answers about access: by the page's place in the
    tree (a page moved is at another path), until any restriction changes.
    """

    def get_view_restrictions(self):
        cached = self.__dict__.get("_view_restrictions")
        if cached is None:
            key = f"view-restrictions:{self.pk}:{self.path}:{self.alias_of_id}"
            found = kept(key, lambda: list(self._view_restrictions_query()))
            # Most pages have none; a query made from the answer (the admin's privacy
            # dialog orders it) asks the database for the same rows.
            if found:
                cached = PageViewRestriction.objects.filter(pk__in=[r.pk for r in found])
            else:
                cached = PageViewRestriction.objects.none()
            cached._result_cache = found
            self.__dict__["_view_restrictions"] = cached
        return cached

    def _view_restrictions_query(self):
        steplen = Page.steplen
        paths = [self.path[:end] for end in range(steplen, len(self.path) + 1, steplen)]
        pages = Page.objects.filter(path__in=paths)
        # Of an alias, its original's: not those Wagtail copied onto the alias itself.
        return PageViewRestriction.objects.filter(
            Q(page_id__in=pages.filter(alias_of__isnull=True).values("pk"))
            | Q(page_id__in=pages.filter(alias_of__isnull=False).values("alias_of_id"))
            | Q(page_id=self.alias_of_id or self.pk)
        )
