"""What needs the panel's attention this month, most severe first: one rule for every output.

The pack's first page, the dashboard's overview, ``scorecard summary`` (and its JSON for
Power BI) and the Excel summary sheet all list the indicators this module selects, in its
order, so they cannot disagree.

An indicator needs attention when its latest month shows any of:

- **special cause of concern**: an SPC signal in the direction that is worse;
- **failing assurance**: the target lies beyond the control limits on the wrong side, so the
  process as it runs will not meet it without a change;
- **a missed target**: RAG red, i.e. the figure misses its target by more than the tolerance.
  Amber (missed, but within the tolerance the council set) is not enough on its own: the
  tolerance is there to say which misses are worth the panel's time, and an amber figure that
  is getting worse is caught by its special cause of concern;
- **a change with no better direction**: an SPC signal on an indicator whose polarity is
  "neither" and which the configuration watches (``watch_changes``; the shipped file watches
  referrals). Neither higher nor lower is better, so it is not a concern, but a real change in
  demand at the front door is what the panel most needs to know about and plan for. Changes
  on the other "neither" indicators (contacts, children in need, children looked after, the
  placement mix) mostly follow from that demand; listing each of them would bury the few
  indicators that need a decision, so they show on the scorecard with their icon only.

Improvement, common cause, "hit and miss" assurance and passing assurance never bring an
indicator in by themselves.

Most severe first:

1. more reasons first (a special cause of concern on an indicator that also misses its
   target and fails its assurance comes before one that only misses its target);
2. then by the most severe reason: special cause of concern, then missed target, then failing
   assurance (a signal says the figure changed now; a red RAG says where it is; failing
   assurance says where it will stay), then a change with no better direction;
3. then in catalogue order, so the list reads by service area.

How far a figure misses its target is deliberately not used to order the list: it would order
indicators by a figure that disclosure control may hide.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from csc_scorecard.analysis.judgement import RED
from csc_scorecard.analysis.spc import CONCERN, FAIL, NEITHER
from csc_scorecard.analysis.summary import IndicatorSummary

SPECIAL_CAUSE_OF_CONCERN = "special cause of concern"
MISSED_TARGET = "missed target"
FAILING_ASSURANCE = "failing assurance"
CHANGE = "change with no better direction"

SEVERITY = (SPECIAL_CAUSE_OF_CONCERN, MISSED_TARGET, FAILING_ASSURANCE, CHANGE)
"""The reasons, most severe first (see the module docstring)."""

JUDGED = frozenset({SPECIAL_CAUSE_OF_CONCERN, MISSED_TARGET, FAILING_ASSURANCE})
"""The reasons that judge the figure worse or off target (counted for the order)."""


@dataclass(frozen=True)
class Attention:
    """One indicator that needs attention, and why (most severe reason first)."""

    summary: IndicatorSummary
    reasons: tuple[str, ...]


def reasons(summary: IndicatorSummary) -> tuple[str, ...]:
    """Why the indicator needs attention this month, most severe first (empty: it does not)."""
    found = {
        SPECIAL_CAUSE_OF_CONCERN: summary.variation == CONCERN,
        MISSED_TARGET: summary.rag == RED,
        FAILING_ASSURANCE: summary.assurance == FAIL,
        CHANGE: summary.variation == NEITHER and summary.watched,
    }
    return tuple(reason for reason in SEVERITY if found[reason])


def needs_attention(summary: IndicatorSummary) -> bool:
    """Whether the indicator is in "What needs attention" this month."""
    return bool(reasons(summary))


def attention(summaries: Sequence[IndicatorSummary]) -> list[Attention]:
    """The indicators that need attention, most severe first.

    ``summaries`` are in catalogue order (as ``summarise`` returns them); ties keep it.
    """
    chosen = [Attention(s, r) for s in summaries if (r := reasons(s))]
    return sorted(chosen, key=_severity)  # sorted() is stable: catalogue order breaks ties


def _severity(item: Attention) -> tuple[int, int]:
    judged = sum(reason in JUDGED for reason in item.reasons)
    return -judged, SEVERITY.index(item.reasons[0])
