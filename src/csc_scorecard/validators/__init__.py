"""The DfE's own validators, run in isolated environments to check the files we write."""
