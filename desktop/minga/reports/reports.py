"""Reports on paper: the advisor's period report and a teacher's portfolio.

The data they print (`minga.reports.report_data`, plain values gathered by
`minga.services.printing`), the period report (`minga.reports.period_report`) and the
portfolio (`minga.reports.portfolio`), re-exported here.
"""

from __future__ import annotations

from minga.reports.period_report import (
    period_report_title,
    render_period_report,
)
from minga.reports.portfolio import (
    portfolio_title,
    render_portfolio,
)
from minga.reports.report_data import (
    CONTINUE_LABELS,
    CYCLE_DECISIONS,
    STAGE_LABELS,
    STATE_LABELS,
    CycleSheet,
    DecreeMonth,
    DecreeSession,
    PeriodReport,
    Portfolio,
    PortfolioAdoption,
    PortfolioApplication,
    PortfolioPractice,
    PortfolioSelfAssessment,
    SchoolFigures,
    SharedPractice,
    TeacherFigures,
)

__all__ = [
    "CONTINUE_LABELS",
    "CYCLE_DECISIONS",
    "STAGE_LABELS",
    "STATE_LABELS",
    "CycleSheet",
    "DecreeMonth",
    "DecreeSession",
    "PeriodReport",
    "Portfolio",
    "PortfolioAdoption",
    "PortfolioApplication",
    "PortfolioPractice",
    "PortfolioSelfAssessment",
    "SchoolFigures",
    "SharedPractice",
    "TeacherFigures",
    "period_report_title",
    "portfolio_title",
    "render_period_report",
    "render_portfolio",
]
