"""Benchmarks for `yuntian bench`: figures with goals and same-run baselines. No Qt here (the
start-up benchmark launches Qt processes; it does not load Qt itself).

Each later area adds its own module with a ``BENCHMARK`` and lists it in ``default_registry``.
"""

from __future__ import annotations

from yuntian.benchmarks.harness import Registry


def default_registry() -> Registry:
    from yuntian.benchmarks import demo_data, startup

    registry = Registry()
    for module in (startup, demo_data):
        registry.add(module.BENCHMARK)
    return registry
