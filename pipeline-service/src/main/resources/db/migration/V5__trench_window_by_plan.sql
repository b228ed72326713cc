-- A plan's windows (the plan read, and every plan move's fact): the windows it opened, found by index rather than by
-- reading every window. Measured by PipelineWindowBenchmark (docs/benchmarks.md): at 100,000 windows the plan read
-- took 30 ms at the median with a sequential scan of trench_window.
CREATE INDEX trench_window_by_plan ON trench_window (opened_for);
