/* idx_workers.h: parallel analysis for imports.  Acts are submitted in
 * input order with a sequence number; N worker threads (each with its own
 * pipeline) build documents; results come back strictly in submission order,
 * so the single writer applies them exactly as a sequential run would (a
 * later version of an id still wins).  A bounded window keeps memory flat. */
#ifndef IDX_WORKERS_H
#define IDX_WORKERS_H

#include <stdbool.h>
#include <stddef.h>

#include "idx_pipeline.h"

struct idx_workers;

/* One finished act, handed back in order. */
struct idx_result {
	char *where;			/* file name (malloc'd) */
	unsigned long lineno;
	size_t len;			/* input bytes */
	enum ss_status st;
	struct ss_err err;
	struct idx_built built;
};

enum ss_status idx_workers_new(unsigned nthreads, const char *dp_policy,
			       struct idx_workers **out, struct ss_err *err);
/* Submits one act (copies json).  Only the caller takes results, so it must
 * make room first (take a result while idx_workers_full); submitting into a
 * full window is a programming error and aborts. */
void idx_workers_submit(struct idx_workers *w, const char *where,
			unsigned long lineno, const char *json, size_t len);
/* The next result in submission order.  With wait, blocks until it is
 * ready; returns false when none is ready (or none is pending).  Release
 * with idx_result_release(). */
bool idx_workers_next(struct idx_workers *w, bool wait, struct idx_result *out);
/* True when the window is full and a result must be taken first. */
bool idx_workers_full(struct idx_workers *w);
void idx_result_release(struct idx_result *r);
/* Stops the threads (after taking every pending result). */
void idx_workers_free(struct idx_workers *w);

#endif
