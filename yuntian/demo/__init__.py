"""Deterministic demo data: a demo profile for newcomers and the data sets benchmarks run on.

No Qt here. ``generator.STEPS`` lists the steps (staff, customers, ...), one module per area.
"""

from yuntian.demo.context import DemoOptions
from yuntian.demo.generator import DemoError, DemoResult, create_demo_profile, generate

__all__ = ["DemoError", "DemoOptions", "DemoResult", "create_demo_profile", "generate"]
