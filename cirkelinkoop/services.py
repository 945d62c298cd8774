"""Writes of the site shell: the coordinators' role and the site's page tree."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

COORDINATORS_GROUP = "Coördinatoren"

# What a coordinator does in the admin: edit and publish pages, manage images and
# documents, and change the site settings (the footer, and their own contact details).
COORDINATOR_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
]
COORDINATOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
COORDINATOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("cirkelinkoop", "change_sitesettings"),
    ("members", "change_coordinatorsettings"),
    ("wagtailredirects", "add_redirect"),
    ("wagtailredirects", "change_redirect"),
    # The members app: organisations, people, invitations and the requests to review.
    ("members", "add_organisation"),
    ("members", "change_organisation"),
    ("members", "view_organisation"),
    ("members", "add_membership"),
    ("members", "change_membership"),
    ("members", "delete_membership"),
    ("members", "view_membership"),
    ("members", "add_invitation"),
    ("members", "change_invitation"),
    ("members", "view_invitation"),
    ("members", "change_joinrequest"),
    ("members", "view_joinrequest"),
    ("members", "change_contactrequest"),
    ("members", "view_contactrequest"),
    # The case library's lists: product groups and instruments.
    ("knowledge", "add_productgroup"),
    ("knowledge", "change_productgroup"),
    ("knowledge", "delete_productgroup"),
    ("knowledge", "view_productgroup"),
    ("knowledge", "add_instrument"),
    ("knowledge", "change_instrument"),
    ("knowledge", "delete_instrument"),
    ("knowledge", "view_instrument"),
    # The meetings: the series the coordinator plans from (the meetings are pages),
    ("meetings", "add_meetingseries"),
    ("meetings", "change_meetingseries"),
    ("meetings", "delete_meetingseries"),
    ("meetings", "view_meetingseries"),
    # Their minutes, and the registrations (personal data: who comes, who came).
    ("meetings", "add_minutes"),
    ("meetings", "change_minutes"),
    ("meetings", "view_minutes"),
    ("meetings", "view_registration"),
    ("meetings", "change_registration"),
    # The outbox: see what did not arrive, and send it again ("change").
    ("mailing", "view_outboxemail"),
    ("mailing", "change_outboxemail"),
]


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def coordinators_group_ensure(*, root_page: Page) -> Group:
    """Create or complete the coordinators' group, with rights on ``root_page`` and below."""
    group, _created = Group.objects.get_or_create(name=COORDINATORS_GROUP)
    group.permissions.add(*(_permission(app, code) for app, code in COORDINATOR_MODEL_PERMISSIONS))
    for codename in COORDINATOR_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group, page=root_page, permission=_permission("wagtailcore", codename)
        )
    collection = Collection.get_first_root_node()
    for app_label, codename in COORDINATOR_COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=_permission(app_label, codename)
        )
    return group
