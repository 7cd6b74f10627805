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

PKGS := xapian-core icu-uc icu-i18n libmicrohttpd jansson libpcre2-8 inih
MODULES := lib stemmers norms depersonify indexer searchd

OPT := -O2 -g
WARN := -Wall -Wextra -Wformat=2 -Wshadow -Wvla
CWARN := $(WARN) -Wstrict-prototypes -Wmissing-prototypes
ifeq ($(DEVELOPER),1)
  CWARN += -Werror
  WARN += -Werror
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
LDLIBS += $(PKG_LIBS) -lzip -lxml2 -lm

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
TOOL_SRC := $(wildcard bench/*.c tests/eval/*.c)
TOOL_BIN := $(patsubst %.c,$(BUILD)/tools/%,$(notdir $(TOOL_SRC)))
DEPS_STAMP := $(BUILD)/.deps-ok

.PHONY: all deps test test-asan run bench fuzz clean eval-%
all: $(LIBSS) $(PROGS) $(UNIT_BIN) $(TOOL_BIN)

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
	ar rcs $@ $^

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

test: all
	@BINDIR=$(BINDIR) BUILD=$(BUILD) sh tests/run.sh

test-asan:
	@$(MAKE) --no-print-directory SAN=1 test

run: all
	@rm -rf var/index && mkdir -p var
	$(BINDIR)/indexer import --index var/index corpus-samples
	$(BINDIR)/searchd --listen 127.0.0.1:$(PORT) --index var/index

bench: all
	@BINDIR=$(BINDIR) BUILD=$(BUILD) sh bench/run.sh

eval-%: all
	@BINDIR=$(BINDIR) BUILD=$(BUILD) sh tests/eval/eval-$*.sh

clean:
	rm -rf build build-asan bin var

-include $(LIB_OBJ:.o=.d) $(MAINS:%.c=$(BUILD)/%.d) $(UNIT_SRC:%.c=$(BUILD)/%.d)
