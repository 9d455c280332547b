"""The analysis layer: SPC, judgement against targets and comparators, and the narrative.

``summary.summarise_figures`` brings them together, one ``IndicatorSummary`` per indicator,
for the pack and the dashboard. The layer works on frames, never on a store:
``publish.reads`` and the dashboard read the figures (``indicators.values``) and hand them over.
"""
