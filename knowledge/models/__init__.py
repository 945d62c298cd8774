from knowledge.models.cases import (
    CaseCriterion,
    CaseDocument,
    CasePage,
    CaseResultFigure,
    CaseTag,
)
from knowledge.models.index import CaseIndexPage
from knowledge.models.taxonomies import Instrument, ProductGroup, Strategy
from knowledge.models.themes import ThemeIndexPage, ThemePage, ThemeResource

__all__ = [
    "CaseCriterion",
    "CaseDocument",
    "CaseIndexPage",
    "CasePage",
    "CaseResultFigure",
    "CaseTag",
    "Instrument",
    "ProductGroup",
    "Strategy",
    "ThemeIndexPage",
    "ThemePage",
    "ThemeResource",
]
