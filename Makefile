# Shortcuts for developers; the README's two commands work without make.
.PHONY: run test setup lint ci lock bench bundle

run:
	bash packaging/bootstrap.sh run

test:
	bash packaging/bootstrap.sh test

setup:
	bash packaging/bootstrap.sh setup

lint: setup
	.venv/bin/ruff check vp_desktop tests setup.py
	.venv/bin/ruff format --check vp_desktop tests setup.py
	.venv/bin/mypy
	.venv/bin/lint-imports

ci:
	bash .ci/run

lock:
	pip-compile --extra test --extra lint --strip-extras --no-emit-index-url --no-emit-find-links \
		-o packaging/requirements.lock pyproject.toml

bench: setup
	QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/benchmarks -p no:randomly -o testpaths=tests/benchmarks -s

bundle: setup
	bash packaging/build_linux.sh
