"""District health-meeting facts: extraction, tidy frames, official series and checks.

Data flows one way: data/raw texts -> extraction (pure functions over one text)
-> tidy frames -> analysis -> notebooks and reports.
"""

__all__ = ["__version__"]
__version__ = "0.1.0"
