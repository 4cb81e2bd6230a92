"""What watches a run: the run log, the report behind it, the monitors that fail a broken
run, the Prometheus metrics and the HTML dashboard."""
