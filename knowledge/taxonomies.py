"""The fixed lists a case is described by: what the law and the R-ladder name, not the
coordinator (the product groups and instruments, which the coordinator manages, are
snippets in ``knowledge.models.taxonomies``)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ContractType(models.TextChoices):
    WORKS = "works", _("Works")
    SUPPLIES = "supplies", _("Supplies")
    SERVICES = "services", _("Services")


class Procedure(models.TextChoices):
    """The procedures of the Dutch Public Procurement Act (Aanbestedingswet 2012)."""

    EUROPEAN_OPEN = "european_open", _("European open procedure")
    EUROPEAN_RESTRICTED = "european_restricted", _("European restricted procedure")
    COMPETITIVE_DIALOGUE = "competitive_dialogue", _("Competitive dialogue")
    COMPETITIVE_NEGOTIATION = "competitive_negotiation", _("Competitive procedure with negotiation")
    INNOVATION_PARTNERSHIP = "innovation_partnership", _("Innovation partnership")
    NATIONAL_OPEN = "national_open", _("National open procedure")
    MULTIPLE_PRIVATE = "multiple_private", _("Multiple private procedure")
    SINGLE_PRIVATE = "single_private", _("Single private procedure")
    OTHER = "other", _("Other procedure")


class ValueBand(models.TextChoices):
    """Estimated contract value in bands: exact amounts are often confidential, and a band
    is what a buyer compares. The bounds (euros, excluding VAT) are for the open data."""

    BELOW_50K = "below_50k", _("Less than € 50,000")
    FROM_50K = "50k_250k", _("€ 50,000 to € 250,000")
    FROM_250K = "250k_1m", _("€ 250,000 to € 1 million")
    FROM_1M = "1m_5m", _("€ 1 million to € 5 million")
    FROM_5M = "5m_plus", _("More than € 5 million")

    @property
    def bounds(self) -> tuple[int | None, int | None]:
        return VALUE_BAND_BOUNDS[self]


VALUE_BAND_BOUNDS = {
    ValueBand.BELOW_50K: (None, 50_000),
    ValueBand.FROM_50K: (50_000, 250_000),
    ValueBand.FROM_250K: (250_000, 1_000_000),
    ValueBand.FROM_1M: (1_000_000, 5_000_000),
    ValueBand.FROM_5M: (5_000_000, None),
}


class CriterionKind(models.TextChoices):
    SELECTION = "selection", _("Selection criterion")
    REQUIREMENT = "requirement", _("Requirement")
    AWARD = "award", _("Award criterion")
    CONTRACT_CLAUSE = "contract_clause", _("Contract clause")


class AmbitionLevel(models.IntegerChoices):
    """The three ambition levels of the national MVI criteria."""

    BASIC = 1, _("1 – basic")
    SIGNIFICANT = 2, _("2 – significant")
    AMBITIOUS = 3, _("3 – ambitious")


class CircularStrategy(models.TextChoices):
    """The R-ladder of circular strategies, from most to least circular."""

    R0 = "R0", _("R0 Refuse")
    R1 = "R1", _("R1 Rethink")
    R2 = "R2", _("R2 Reduce")
    R3 = "R3", _("R3 Reuse")
    R4 = "R4", _("R4 Repair")
    R5 = "R5", _("R5 Refurbish")
    R6 = "R6", _("R6 Remanufacture")
    R7 = "R7", _("R7 Repurpose")
    R8 = "R8", _("R8 Recycle")
    R9 = "R9", _("R9 Recover")
