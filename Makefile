# chiso — `make site` builds the site from content/, `make example` the example province
# (examples/tinh-minh-hoa/content → public-example/), `make test` runs the test suite,
# `make install [PREFIX=/usr/local]` installs chiso and its default theme.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site example test deps build install install-files bench bench-check
PREFIX ?= /usr/local
BIN ?= .build/release/chiso

# libcmark, zlib and libxml2 are the system libraries chiso links; install them when they are missing.
deps:
	@dpkg -s libcmark-dev zlib1g-dev libxml2-dev >/dev/null 2>&1 || { \
	  echo "Installing libcmark-dev, zlib1g-dev and libxml2-dev…"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcmark-dev zlib1g-dev libxml2-dev pkg-config >/dev/null; }

build: deps
	$(SWIFT) build -c release --product chiso

site: build
	.build/release/chiso build --content content --output public

example: build
	.build/release/chiso build --content examples/tinh-minh-hoa/content --output public-example

# The serve tests time a live rebuild (a notes.md edit served within 2 s), so they run after the
# others, alone on the machine, not beside the suites that keep every core busy.
test: deps
	$(SWIFT) test --skip ServeTests
	CHISO_SERVE_TESTS=1 $(SWIFT) test --filter ServeTests

# `chiso` into PREFIX/bin and the default theme into PREFIX/share/chiso/site-templates, where
# `chiso build` finds it when neither --templates nor ./site-templates names one.
install: build
	$(MAKE) install-files PREFIX="$(PREFIX)" BIN=.build/release/chiso

# The copy alone, of the binary BIN (the tests install the debug build this way).
install-files:
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/chiso"
	install -m 755 "$(BIN)" "$(DESTDIR)$(PREFIX)/bin/chiso"
	rm -rf "$(DESTDIR)$(PREFIX)/share/chiso/site-templates"
	cp -R site-templates "$(DESTDIR)$(PREFIX)/share/chiso/site-templates"

bench: build
	bash Benchmarks/bench.sh
	bash Benchmarks/rebuild-bench.sh

bench-check: build
	bash Benchmarks/bench.sh --check
