# Shortcuts for developers; the README's two commands work without make.
.PHONY: run test setup lint bench bundle

run:
	bash packaging/bootstrap.sh run

test:
	bash packaging/bootstrap.sh test

setup:
	bash packaging/bootstrap.sh setup

lint: setup
	.venv/bin/ruff check vp_desktop tests
	.venv/bin/ruff format --check vp_desktop tests
	.venv/bin/mypy

bench: setup
	QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/benchmarks -p no:randomly -o testpaths=tests/benchmarks -s

bundle: setup
	bash packaging/build_linux.sh
