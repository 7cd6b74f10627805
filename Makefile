# sotsearch: the one build.  `make` builds every program into bin/; `make test`
# runs every test; `make run` indexes the corpus samples and serves them.
# Modules are discovered: every .c in a module directory except main.c goes
# into one static library, each <module>/main.c becomes a program, and each
# tests/unit/test_<x>.c becomes a cmocka test binary.

CC  ?= cc
CXX ?= c++
BUILD ?= build
BINDIR ?= bin
PORT ?= 8080
SAN ?=

PKGS := xapian-core icu-uc icu-i18n libmicrohttpd jansson libpcre2-8 inih \
	libzip libxml-2.0 poppler-glib libcurl libcrypto
MODULES := lib stemmers norms depersonify extract indexer searchd

OPT := -O2 -g
WARN := -Wall -Wextra -Wformat=2 -Wshadow -Wvla
CWARN := $(WARN) -Wstrict-prototypes -Wmissing-prototypes
ifeq ($(DEVELOPER),1)
  CWARN += -Werror
  WARN += -Werror
endif
ifeq ($(FUZZ),1)
  OPT := -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
  BUILD := build-fuzz
  BINDIR := build-fuzz/bin
endif
ifeq ($(SAN),1)
  OPT := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
  BUILD := build-asan
  BINDIR := build-asan/bin
endif

PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
INCLUDES := $(addprefix -I,$(MODULES) xw)
CPPFLAGS += -D_GNU_SOURCE $(INCLUDES)
CFLAGS += -std=c11 -pthread $(OPT) $(CWARN) $(PKG_CFLAGS)
CXXFLAGS += -std=c++17 -pthread $(OPT) $(WARN) $(PKG_CFLAGS)
LDFLAGS += -pthread $(OPT)
LDLIBS += $(PKG_LIBS) -lm

LIB_C := $(filter-out %/main.c,$(wildcard $(addsuffix /*.c,$(MODULES))))
LIB_CC := $(wildcard xw/*.cc)
LIB_OBJ := $(LIB_C:%.c=$(BUILD)/%.o) $(LIB_CC:%.cc=$(BUILD)/%.o)
LIBSS := $(BUILD)/libsotsearch.a

# Program name for each <module>/main.c; stemmers/main.c is `stem`.
prog_name = $(if $(filter stemmers,$(1)),stem,$(1))
MAINS := $(wildcard $(addsuffix /main.c,$(MODULES)))
PROGS := $(foreach m,$(MAINS),$(BINDIR)/$(call prog_name,$(patsubst %/main.c,%,$(m))))

UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
TOOL_SRC := $(wildcard bench/*.c tests/eval/*.c tests/tools/*.c)
TOOL_BIN := $(patsubst %.c,$(BUILD)/tools/%,$(notdir $(TOOL_SRC)))
DEPS_STAMP := $(BUILD)/.deps-ok

# Fuzz targets: tests/fuzz/fuzz_<x>.c.  `make test` replays their saved
# inputs (tests/fuzz/corpus/<x>/) through a plain driver; `make fuzz` runs
# libFuzzer on each for FUZZ_SECONDS.
FUZZ_SRC := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_NAMES := $(FUZZ_SRC:tests/fuzz/fuzz_%.c=%)
REPLAY_BIN := $(FUZZ_NAMES:%=$(BUILD)/fuzz/replay_%)
FUZZ_SECONDS ?= 60

.PHONY: all deps test test-asan run bench fuzz clean eval-%
# Keep object files make considers intermediate, so nothing rebuilds twice.
.SECONDARY:
all: $(LIBSS) $(PROGS) $(UNIT_BIN) $(TOOL_BIN) $(REPLAY_BIN)

# Install missing Debian packages before anything compiles.
$(DEPS_STAMP): deploy/deps.sh
	@sh deploy/deps.sh
	@mkdir -p $(@D) && touch $@
deps: $(DEPS_STAMP)

$(BUILD)/%.o: %.c | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c $< -o $@
$(BUILD)/%.o: %.cc | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CXX) $(CPPFLAGS) $(CXXFLAGS) -MMD -MP -c $< -o $@

$(LIBSS): $(LIB_OBJ)
	@rm -f $@
	@ar rcs $@ $^

define PROG_RULE
$(BINDIR)/$(call prog_name,$(1)): $(BUILD)/$(1)/main.o $(LIBSS)
	@mkdir -p $$(@D)
	$$(CXX) $$(LDFLAGS) $$^ $$(LDLIBS) -o $$@
endef
$(foreach m,$(MAINS),$(eval $(call PROG_RULE,$(patsubst %/main.c,%,$(m)))))

$(BUILD)/tests/%: $(BUILD)/tests/unit/%.o $(LIBSS)
	@mkdir -p $(@D)
	$(CXX) $(LDFLAGS) $^ $(LDLIBS) -lcmocka -o $@

$(BUILD)/tools/%: $(BUILD)/bench/%.o $(LIBSS)
	@mkdir -p $(@D)
	$(CXX) $(LDFLAGS) $^ $(LDLIBS) -o $@
$(BUILD)/tools/%: $(BUILD)/tests/eval/%.o $(LIBSS)
	@mkdir -p $(@D)
	$(CXX) $(LDFLAGS) $^ $(LDLIBS) -o $@
$(BUILD)/tools/%: $(BUILD)/tests/tools/%.o $(LIBSS)
	@mkdir -p $(@D)
	$(CXX) $(LDFLAGS) $^ $(LDLIBS) -o $@

$(BUILD)/fuzz/replay_%: $(BUILD)/tests/fuzz/fuzz_%.o $(BUILD)/tests/fuzz/replay_main.o $(LIBSS)
	@mkdir -p $(@D)
	$(CXX) $(LDFLAGS) $^ $(LDLIBS) -o $@

# libFuzzer binaries, built by clang in build-fuzz/ (FUZZ=1).
build-fuzz/fuzz/fuzz_%: $(BUILD)/tests/fuzz/fuzz_%.o $(LIBSS)
	@mkdir -p $(@D)
	$(CXX) $(LDFLAGS) -fsanitize=fuzzer $^ $(LDLIBS) -o $@

fuzz:
	@$(MAKE) --no-print-directory FUZZ=1 CC=clang CXX=clang++ $(FUZZ_NAMES:%=build-fuzz/fuzz/fuzz_%)
	@for n in $(FUZZ_NAMES); do \
		mkdir -p tests/fuzz/corpus/$$n build-fuzz/new/$$n build-fuzz/crashes; \
		echo "fuzz $$n for $(FUZZ_SECONDS) s"; \
		build-fuzz/fuzz/fuzz_$$n -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 \
			-artifact_prefix=build-fuzz/crashes/$$n- build-fuzz/new/$$n tests/fuzz/corpus/$$n \
			2>&1 | tail -n 3 || exit 1; \
	done
	@echo "crashes (copy into tests/fuzz/corpus/<name>/ once fixed):"; ls build-fuzz/crashes 2>/dev/null || true

test: all
	@BINDIR=$(BINDIR) BUILD=$(BUILD) sh tests/run.sh

test-asan:
	@$(MAKE) --no-print-directory SAN=1 test

# Exit 3 from the indexer means some acts were rejected or quarantined and
# the rest indexed: serve what was published.  `indexer watch` runs beside
# searchd so acts can be POSTed too (court "demo", token in var/demo-token).
run: all
	@rm -rf var/index var/spool && mkdir -p var
	$(BINDIR)/indexer import --index var/index --audit var/audit.jsonl corpus-samples || [ $$? -eq 3 ]
	@[ -s var/demo-token ] || head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n' >var/demo-token
	@printf 'demo sha256:%s\n' "$$(tr -d '\n' <var/demo-token | sha256sum | cut -d' ' -f1)" >var/tokens
	@echo "ingest: POST acts of court 'demo' with 'Authorization: Bearer $$(cat var/demo-token)' (docs/ingest.md)"
	@$(BINDIR)/indexer watch --index var/index --spool var/spool --audit var/audit.jsonl & \
	watch=$$!; trap 'kill $$watch 2>/dev/null; wait $$watch' EXIT INT TERM; \
	$(BINDIR)/searchd --listen 127.0.0.1:$(PORT) --index var/index --spool var/spool --ingest-tokens var/tokens

bench: all
	@BINDIR=$(BINDIR) BUILD=$(BUILD) sh bench/run.sh

eval-%: all
	@BINDIR=$(BINDIR) BUILD=$(BUILD) sh tests/eval/eval-$*.sh

clean:
	rm -rf build build-asan build-fuzz bin var

-include $(LIB_OBJ:.o=.d) $(MAINS:%.c=$(BUILD)/%.d) $(UNIT_SRC:%.c=$(BUILD)/%.d) $(FUZZ_SRC:%.c=$(BUILD)/%.d) \
	$(TOOL_SRC:%.c=$(BUILD)/%.d)
