# Conveniences over the scripts the README and docs/ name. Every target installs what it needs.
#   make build                      a stripped, statically linked release binary: .build/release/territory
#   make install PREFIX=/usr/local  that binary, its man page and bash/zsh/fish completions (DESTDIR too)
#   make uninstall PREFIX=…         removes exactly what install wrote
.PHONY: demo test bench bench-hook build man install uninstall corpus

PREFIX ?= /usr/local
DESTDIR ?=
BINDIR = $(DESTDIR)$(PREFIX)/bin
MANDIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
BINARY = .build/release/territory
MANPAGE = .build/man/territory.1
# The page carries the date of the last commit, so the same sources give the same page.
MANDATE := $(shell git log -1 --format=%cs 2>/dev/null)

demo:
	bash scripts/demo.sh
test:
	bash scripts/test.sh
bench:
	bash scripts/bench.sh
bench-hook:
	bash scripts/bench-hook.sh
corpus:
	bash scripts/corpus.sh $(DIR)

# The Swift runtime linked in (no toolchain needed where it runs), symbols stripped at link time.
build:
	scripts/bootstrap.sh && swift build -c release --static-swift-stdlib -Xlinker -s --product territory

# The man page, generated from the argument parser by swift-argument-parser's generate-manual:
# the tool behind `swift package plugin generate-manual`, run here on the binary `build` made,
# because the plugin rebuilds the whole package in release mode without --static-swift-stdlib
# (a second full release build); both write the same page.
man: build
	swift build --product generate-manual
	mkdir -p .build/man
	.build/debug/generate-manual "$(BINARY)" $(if $(MANDATE),--date $(MANDATE)) --output-directory .build/man

install: build man
	install -d "$(BINDIR)" "$(MANDIR)" "$(BASHDIR)" "$(ZSHDIR)" "$(FISHDIR)"
	install -m 755 "$(BINARY)" "$(BINDIR)/territory"
	install -m 644 "$(MANPAGE)" "$(MANDIR)/territory.1"
	"$(BINARY)" --generate-completion-script bash > "$(BASHDIR)/territory"
	"$(BINARY)" --generate-completion-script zsh > "$(ZSHDIR)/_territory"
	"$(BINARY)" --generate-completion-script fish > "$(FISHDIR)/territory.fish"

uninstall:
	rm -f "$(BINDIR)/territory" "$(MANDIR)/territory.1" "$(BASHDIR)/territory" "$(ZSHDIR)/_territory" "$(FISHDIR)/territory.fish"
