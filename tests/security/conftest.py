import pytest

from tests.factories import OrganisationFactory, UserFactory
from tests.security.world import world_build


@pytest.fixture
def world(home, coordinator):
    utrecht = OrganisationFactory(name="Gemeente Utrecht", domains=["utrecht.example"])
    outsider = UserFactory(email="iemand@elders.example")
    return world_build(home=home, utrecht=utrecht, coordinator=coordinator, outsider=outsider)


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
