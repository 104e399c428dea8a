"""Developer tooling that drives the Qt UI: `yuntian snapshot` (every page and dialog to PNG) and
the latency probes the benchmarks run. Not part of the running application.

May import: yuntian.ui, services, db."""
