"""Distributed crawls: one site's spider run by N workers on one Redis queue.

- :mod:`newscrawl.cluster.queue`: the request queue and seen-set (scrapy-redis, wrapped so
  that a pop moves the request into the worker's ``taken`` list in one step and a
  request is marked seen and queued in one step);
- :mod:`newscrawl.cluster.worker`: worker mode of the spider, pipelines and commit;
- :mod:`newscrawl.cluster.coordinator`: creates, seeds, watches and commits a run;
- :mod:`newscrawl.cluster.commands`: ``newscrawl cluster`` and ``newscrawl worker``;
- :mod:`newscrawl.cluster.politeness`: a site's request rate and concurrency held across
  every worker (a per-host budget in Redis).

Redis holds only the queue, the seen-set and coordination flags, under per-run keys
(:class:`newscrawl.cluster.keys.RunKeys`) deleted when the run is committed or settled;
the crawl state (what was exported, by which worker) is in PostgreSQL.
"""
