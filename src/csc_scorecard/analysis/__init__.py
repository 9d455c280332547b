"""The analysis layer: SPC, judgement against targets and comparators, and the narrative.

``summary.summarise`` brings them together, one ``IndicatorSummary`` per indicator, for the
pack.
"""
