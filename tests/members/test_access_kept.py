"""What an account may do is kept between its requests, and never outlives a change.

Every page a member opens asks whether they are a member and what their account may do
(Wagtail's user bar asks for admin access). The answers are kept in the shared cache, so
a member's second page asks the database neither; a change by the coordinator (a
membership ended, an organisation that stops, a group or permission taken away) holds
from the very next request, in every web process.
"""

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cirkelinkoop.services import coordinators_group_ensure
from members.kept import kept_for_account
from members.services.memberships import membership_remove

pytestmark = pytest.mark.django_db

DIRECTORY = "/deelnemers/leden/"
# The permissions of the account and its groups; whether it has a membership.
ACCESS_QUERIES = ('"auth_permission"."codename"', 'SELECT 1 AS "a" FROM "members_membership"')


def access_reads(client, path: str) -> tuple[int, list[str]]:
    """The answer's status and the queries that asked about the account's access."""
    with CaptureQueriesContext(connection) as captured:
        status = client.get(path).status_code
    asked = [q["sql"] for q in captured if any(part in q["sql"] for part in ACCESS_QUERIES)]
    return status, asked


def test_a_members_second_page_asks_nothing_about_their_access(client, home, member):
    client.force_login(member)

    status, first = access_reads(client, DIRECTORY)
    assert status == 200 and len(first) == 2  # the permissions, the membership
    assert access_reads(client, DIRECTORY) == (200, [])
    assert access_reads(client, "/account/gegevens/") == (200, [])


def test_an_ended_membership_closes_the_directory_at_once(client, home, member):
    client.force_login(member)
    assert client.get(DIRECTORY).status_code == 200

    membership_remove(member.membership)

    assert client.get(DIRECTORY).status_code == 403


def test_an_organisation_that_stops_closes_the_directory_at_once(client, home, member, utrecht):
    client.force_login(member)
    assert client.get(DIRECTORY).status_code == 200

    utrecht.is_active = False
    utrecht.save()

    assert client.get(DIRECTORY).status_code == 403


def test_a_coordinator_taken_out_of_the_group_loses_the_admin_at_once(client, coordinator):
    client.force_login(coordinator)
    assert client.get("/beheer/").status_code == 200

    coordinator.groups.clear()

    assert client.get("/beheer/").status_code == 302


def test_a_permission_taken_from_the_group_is_gone_at_once(client, home, coordinator):
    client.force_login(coordinator)
    assert client.get("/beheer/").status_code == 200

    group = coordinators_group_ensure(root_page=home)
    group.permissions.remove(Permission.objects.get(codename="access_admin"))

    assert client.get("/beheer/").status_code == 302


def test_a_permission_given_is_there_at_once(client, home, outsider):
    client.force_login(outsider)
    assert client.get(DIRECTORY).status_code == 403

    readers = Group.objects.create(name="Lezers van de ledenlijst")
    readers.permissions.add(Permission.objects.get(codename="view_membership"))
    outsider.groups.add(readers)

    assert client.get(DIRECTORY).status_code == 200


def test_a_deleted_group_takes_its_permissions_along(client, home, outsider):
    readers = Group.objects.create(name="Lezers van de ledenlijst")
    readers.permissions.add(Permission.objects.get(codename="view_membership"))
    outsider.groups.add(readers)
    client.force_login(outsider)
    assert client.get(DIRECTORY).status_code == 200

    readers.delete()

    assert client.get(DIRECTORY).status_code == 403


def test_an_answer_kept_before_the_change_was_committed_is_retired_with_the_commit(
    member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        membership_remove(member.membership)
        # Another web process, between the change and its commit, still reads the
        # membership from the database, and keeps that answer.
        kept_for_account(member, "membership", lambda: True)

    assert kept_for_account(member, "membership", lambda: False) is False
