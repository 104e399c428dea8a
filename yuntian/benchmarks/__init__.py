"""Benchmarks for `yuntian bench`: figures with goals and same-run baselines. No Qt here (the
start-up benchmark launches Qt processes; it does not load Qt itself).

Each later area adds its own module with a ``BENCHMARK`` and lists it in ``default_registry``.
"""

from __future__ import annotations

from yuntian.benchmarks.harness import Registry


def default_registry() -> Registry:
    from yuntian.benchmarks import demo_data, lookup, search, startup

    registry = Registry()
    for module in (startup, demo_data, lookup, search):
        registry.add(module.BENCHMARK)
    from yuntian.benchmarks import customer_io

    registry.add(customer_io.IMPORT_BENCHMARK)
    registry.add(customer_io.EXPORT_BENCHMARK)
    from yuntian.benchmarks import customer_list

    registry.add(customer_list.BENCHMARK)
    from yuntian.benchmarks import calls

    registry.add(calls.BENCHMARK)
    from yuntian.benchmarks import call_writers

    registry.add(call_writers.BENCHMARK)
    from yuntian.benchmarks import popup

    registry.add(popup.BENCHMARK)
    from yuntian.benchmarks import sales

    registry.add(sales.BENCHMARK)
    from yuntian.benchmarks import service_orders

    registry.add(service_orders.BENCHMARK)
    from yuntian.benchmarks import stations

    registry.add(stations.BENCHMARK)
    from yuntian.benchmarks import server_reads

    registry.add(server_reads.BENCHMARK)
    from yuntian.benchmarks import parts

    registry.add(parts.BENCHMARK)
    return registry
