"""Upgrading a database from before the outbox loses no e-mail it still owed."""

from datetime import timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE = [("members", "0003_coordinator_settings"), ("mailing", "0001_initial")]
AFTER = [("members", "0004_outbox_and_hashed_tokens")]


@pytest.mark.django_db(transaction=True)
def test_the_emails_the_old_flags_still_owed_become_outbox_rows(site_with_coordinator):
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    try:
        old = executor.loader.project_state(BEFORE).apps
        organisation = old.get_model("members", "Organisation").objects.create(
            name="Gemeente Oud", slug="gemeente-oud", kind="municipality"
        )
        join_requests = old.get_model("members", "JoinRequest").objects
        request = dict(
            organisation_name="Gemeente Nieuw",
            organisation_kind="municipality",
            contact_name="Nina Nieuw",
            role="buyer",
            motivation="Wij willen meedoen.",
        )
        sent = timezone.now()
        owed = join_requests.create(email="nina@nieuw.example", **request)
        join_requests.create(  # declined, the decision still owed; the rest went out
            email="dirk@afgewezen.example",
            status="declined",
            decision_reason="Buiten de regio.",
            coordinator_notified_at=sent,
            requester_notified_at=sent,
            **request,
        )
        join_requests.create(  # everything sent: nothing owed
            email="klaar@nieuw.example",
            coordinator_notified_at=sent,
            requester_notified_at=sent,
            **request,
        )
        old.get_model("members", "ContactRequest").objects.create(
            email="vraag@bedrijf.example", name="Vera", subject="Een vraag", message="Hoe?"
        )
        invitations = old.get_model("members", "Invitation").objects
        invitations.create(
            email="uitgenodigd@oud.example",
            organisation=organisation,
            token="open-token",
            expires_at=sent + timedelta(days=3),
        )
        invitations.create(  # expired: its link would not work any more
            email="te-laat@oud.example",
            organisation=organisation,
            token="old-token",
            expires_at=sent - timedelta(days=1),
        )

        executor = MigrationExecutor(connection)
        executor.migrate(AFTER)

        new = executor.loader.project_state(AFTER).apps
        rows = new.get_model("mailing", "OutboxEmail").objects.all()
        queued = sorted((row.kind.rsplit("/", 1)[1], row.to[0]) for row in rows)
        coordinator = "coordinator@coalitie.example"
        assert queued == [
            ("contact_request_received_coordinator", coordinator),
            ("invitation", "uitgenodigd@oud.example"),
            ("join_request_declined", "dirk@afgewezen.example"),
            ("join_request_received", "nina@nieuw.example"),
            ("join_request_received_coordinator", coordinator),
        ]
        invitation = rows.get(kind__endswith="/invitation")
        assert "/account/uitnodiging/open-token/" in invitation.body
        assert {row.status for row in rows} == {"queued"}  # the sweep sends them
        about = rows.get(kind__endswith="join_request_received")
        assert about.object_id == str(owed.pk) and about.reply_to == [coordinator]
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
