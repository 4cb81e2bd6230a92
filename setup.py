"""For scrapyd-deploy, which builds the egg it uploads with ``python setup.py bdist_egg``.

Everything about the package is in pyproject.toml, including the ``scrapy`` entry point
through which scrapyd finds the settings in the egg. Without this file scrapyd-deploy
writes a setup.py of its own into the clone, whose ``entry_points`` setuptools ignores
(pyproject.toml declares the project): that egg has no settings entry point and scrapyd
refuses it ("RunnerError" from addversion.json).
"""

from setuptools import setup

setup()
