"""Indicadores: the year's figures of the microcentre, or one's own (`IndicatorsPage`)."""

from minga.ui.indicators.page import IndicatorsPage

__all__ = ["IndicatorsPage"]
