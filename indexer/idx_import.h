/* idx_import.h: `indexer import`: acts from JSONL files, single-act JSON
 * files and directories of them, into the index, committed in batches.
 * A rejected act is reported (file:line: why) and skipped; the rest go in. */
#ifndef IDX_IMPORT_H
#define IDX_IMPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ss_status.h"

struct idx_import_opts {
	const char *index;		/* index directory */
	const char *const *paths;	/* files, directories, or "-" (stdin) */
	size_t npaths;
	unsigned batch;			/* acts per commit */
	unsigned threads;		/* analysis threads (the writer is one more) */
	bool spelling;			/* fill the spelling table */
	bool quiet;			/* no per-act rejection lines */
	const char *dp_policy;		/* depersonification policy file or NULL */
	const char *audit;		/* private redaction report (JSONL, 0600) or NULL */
};

struct idx_import_stats {
	uint64_t indexed, rejected, quarantined;	/* quarantined ⊂ rejected */
};

enum ss_status idx_import(const struct idx_import_opts *o,
			  struct idx_import_stats *stats, struct ss_err *err);

#endif
