import pytest

from meetings.models import MeetingIndexPage
from tests.factories import MembershipFactory


@pytest.fixture
def meetings_index(home):
    return MeetingIndexPage.objects.get()


@pytest.fixture
def member(home):
    return MembershipFactory(organisation__name="Gemeente Utrecht").user
