"""The session editor's tabs, one widget each.

Two kinds of tab, one save model for the editor:
- the plan, attendance and minutes tabs hold what the editor's Save (Ctrl+S) writes and
  a draft keeps: each gives `payload()` (its part), `fill(payload)` and
  `set_read_only()`, and registers its fields with the editor for inline errors;
- the presentations, evaluation and survey tabs list records of their own (a
  presentation, an evaluation, a survey answer), each written at once by its button:
  they are shown a saved session with `show(...)` and emit `changed` when they wrote
  something, so the editor reads the session again.
"""

from minga.ui.sessions.tabs.attendance import AttendanceTab
from minga.ui.sessions.tabs.evaluation import EvaluationTab
from minga.ui.sessions.tabs.minutes import MinutesTab
from minga.ui.sessions.tabs.plan import PlanTab
from minga.ui.sessions.tabs.presentations import PresentationsTab
from minga.ui.sessions.tabs.survey import SurveyTab

__all__ = [
    "ATTENDANCE_TAB",
    "EVALUATION_TAB",
    "MINUTES_TAB",
    "PLAN_TAB",
    "PRESENTATIONS_TAB",
    "SURVEY_TAB",
    "AttendanceTab",
    "EvaluationTab",
    "MinutesTab",
    "PlanTab",
    "PresentationsTab",
    "SurveyTab",
]

# Tabs, in order.
PLAN_TAB, PRESENTATIONS_TAB, EVALUATION_TAB, ATTENDANCE_TAB, MINUTES_TAB, SURVEY_TAB = range(6)
