from __future__ import annotations

import shutil
import signal
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request
from scrapy.crawler import Crawler

from newscrawl.offline import project_settings
from newscrawl.spiders.dawn import DawnSpider
from tests.services import PostgresServer, RedisServer

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
#: Base URL of the Dawn spider the ``spider`` fixture builds (no server behind it).
SPIDER_BASE = "http://127.0.0.1:8999"


def pytest_configure(config: pytest.Config) -> None:
    """Give SIGINT back its default when this process was started with it ignored.

    The tests press Ctrl-C on the processes they start (``send_signal(SIGINT)``) as a
    terminal does on its foreground job. A shell starts a background job (``cmd &``
    without job control, as a CI runner or ``nohup`` may start the tests) with SIGINT
    ignored, every process it starts inherits that, and Python and Scrapy then rightly
    leave it ignored: the Ctrl-C tests would see a run that goes on to its end.
    """
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture
def spider() -> DawnSpider:
    """The Dawn spider on :data:`SPIDER_BASE`, built by a crawler of the project's
    settings without a reactor or crawl state: for callbacks on hand-made responses."""
    settings = project_settings({"TWISTED_REACTOR_ENABLED": False,
                                 "NEWSCRAWL_STATE_ENABLED": False})  # fmt: skip
    crawler = Crawler(DawnSpider, settings)
    crawler._apply_settings()
    built: DawnSpider = DawnSpider.from_crawler(crawler, base_url=SPIDER_BASE)
    crawler.spider = built
    return built


def request_urls(output: Iterable[Any]) -> list[str]:
    """The URLs of the requests among a callback's *output*."""
    return [r.url for r in output if isinstance(r, Request)]


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def redis_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """One private redis-server for the session (see tests/services.py)."""
    server = RedisServer(tmp_path_factory.mktemp("redis")).start()
    yield server
    server.stop()


@pytest.fixture
def redis_url(redis_service: RedisServer) -> str:
    """The session's Redis, emptied for this test."""
    import redis  # noqa: PLC0415 - only the tests that use Redis import it

    client = redis.Redis.from_url(redis_service.url)
    client.flushall()
    client.close()
    return redis_service.url


@pytest.fixture(scope="session")
def postgres_service() -> Iterator[PostgresServer]:
    """One private PostgreSQL server for the session (see tests/services.py)."""
    # Not under pytest's temporary folder: as root, the server runs as "postgres", which
    # cannot enter root's private folders.
    folder = Path(tempfile.mkdtemp(prefix="newscrawl-postgres-"))
    folder.chmod(0o755)
    server = PostgresServer(folder).start()
    yield server
    server.stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_service: PostgresServer) -> str:
    """A new, empty database on the session's PostgreSQL server."""
    return postgres_service.create_database()
