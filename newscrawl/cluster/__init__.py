"""Distributed crawls: queue glue, workers, coordinator and cluster-wide politeness."""
