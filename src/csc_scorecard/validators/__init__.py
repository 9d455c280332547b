"""The DfE's own validators, run in isolated environments, and our checks shown beside theirs.

``dfe903`` and ``dfecin`` run the DfE validators; ``compare903`` and ``comparecin`` put what
our loaders would quarantine beside what the DfE validators flag (``scorecard validate``).
This package sits above ``ingest`` (it reads files with the loaders' own readers); ``ingest``
never imports it.
"""
