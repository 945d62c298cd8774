import pytest

from knowledge.models import CaseIndexPage, ThemeIndexPage


@pytest.fixture
def library(home):
    return CaseIndexPage.objects.get()


@pytest.fixture
def theme_index(home):
    return ThemeIndexPage.objects.get()
