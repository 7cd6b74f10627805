/* idx_pull_run.h: the pull engine: one pass over a portal listing (per
 * court id), page by page, each page's new or changed acts committed
 * together with the cursor that says the page is done, so a crash at any
 * moment resumes at the first page not committed and no act is indexed
 * twice.  Unchanged acts are recognised by a SHA-256 of their mapped
 * source record kept in index metadata, before any extraction work. */
#ifndef IDX_PULL_RUN_H
#define IDX_PULL_RUN_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ss_status.h"

#define IDX_PULL_MAX_COURTS 64

struct idx_pull_opts {
	const char *from;		/* the listing endpoint URL */
	const char *index;		/* index directory */
	const long *court_ids;		/* court_id filters, one listing each */
	size_t ncourts;			/* 0: one unfiltered listing */
	const char *start_date, *end_date;	/* YYYY-MM-DD or NULL */
	unsigned per_page;
	long timeout_s;			/* per request */
	unsigned max_retries;		/* per page */
	const char *audit;		/* private redaction report or NULL */
	const char *dp_policy;		/* depersonification policy or NULL */
	bool quiet;			/* no per-act lines */
	volatile sig_atomic_t *stop;	/* set by SIGTERM/SIGINT */
};

struct idx_pull_stats {
	uint64_t pages, acts;		/* pages fetched; acts with text seen */
	uint64_t added, changed;	/* indexed: new ids, and new versions */
	uint64_t unchanged;		/* same hash as indexed: skipped */
	uint64_t rejected, quarantined;	/* quarantined ⊂ rejected */
	uint64_t no_text;		/* case_acts without inline HTML */
	uint64_t type_guessed;		/* case type unknown: default used */
	unsigned long retries;		/* HTTP retries */
	bool resumed;			/* started after a committed page */
	bool stopped;			/* ended early on a signal */
};

struct idx_pull;

/* Prepares a puller (HTTP handle, pipeline, audit file); the index is
 * opened for each pass only.  Free with idx_pull_free(). */
enum ss_status idx_pull_new(const struct idx_pull_opts *o, struct idx_pull **out,
			    struct ss_err *err);
void idx_pull_free(struct idx_pull *p);

/* One pass over every listing; stats are reset first.  Errors after all
 * retries are returned with every earlier page committed. */
enum ss_status idx_pull_pass(struct idx_pull *p, struct idx_pull_stats *stats,
			     struct ss_err *err);

#endif
