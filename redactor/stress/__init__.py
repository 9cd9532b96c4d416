"""Generated test documents (stress suites) with gold annotations."""
