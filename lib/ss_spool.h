/* ss_spool.h: the private ingest spool shared by searchd (writes) and
 * `indexer watch` (reads).  A 202 means the act is durably here.
 *
 *   SPOOL/tmp/        files being written (never read)
 *   SPOOL/incoming/   accepted, waiting for the indexer; name = ticket
 *   SPOOL/done/       <ticket>.json status records of indexed/withdrawn acts
 *   SPOOL/failed/     <ticket> (the spool file) + <ticket>.json (why)
 *
 * A spool file is one header line of JSON, "\n", then exactly `length`
 * body bytes whose SHA-256 the header gives, so a truncated or corrupted
 * file is recognised.  Header: {"v":1, "op":"put"|"delete", "ticket",
 * "court", "id", "format":"json"|"docx"|"html"|"pdf"|"text", "received",
 * "length", "sha256", and for files "meta" (the act without text) and
 * "filename"; for deletes "reason"}.  Tickets sort in arrival order, so
 * the indexer applies a POST, a PUT and a DELETE of one act in order. */
#ifndef SS_SPOOL_H
#define SS_SPOOL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "ss_status.h"

#define SS_TICKET_LEN 32		/* "%012x-%06x-%012x" */
#define SS_SPOOL_MAX_HEADER (256u << 10)

struct ss_spool_item {
	json_t *hdr;			/* the header object (owned) */
	const char *op, *ticket, *court, *id, *format;	/* borrowed from hdr */
	char *body;			/* malloc'd, NUL-terminated */
	size_t body_len;
};

/* Creates the spool's directories (mode 0700) when missing. */
enum ss_status ss_spool_init(const char *dir, struct ss_err *err);

/* A new ticket, later than every ticket this process made before. */
void ss_spool_ticket(char out[SS_TICKET_LEN + 1]);
/* True when s has the shape of a ticket (so it is safe in a path). */
bool ss_spool_ticket_valid(const char *s);

/* Writes an entry durably: tmp/, fsync, rename into incoming/<ticket>,
 * fsync incoming/.  hdr is borrowed; "v", "ticket", "length", "sha256"
 * and "received" are set here. */
enum ss_status ss_spool_put(const char *dir, const char *ticket, json_t *hdr,
			    const void *body, size_t len, struct ss_err *err);

/* Reads and checks one spool file (header, length, checksum).  A damaged
 * file is SS_ERR_INVAL with a message saying what is wrong. */
enum ss_status ss_spool_read(const char *path, struct ss_spool_item *it,
			     struct ss_err *err);
/* The same for a file's contents: data (malloc'd, len bytes plus a NUL)
 * is taken over, kept in it->body or freed. */
enum ss_status ss_spool_parse(char *data, size_t len, struct ss_spool_item *it,
			      struct ss_err *err);
void ss_spool_item_release(struct ss_spool_item *it);

/* The tickets waiting in incoming/, oldest first (at most max; free each
 * name and the array). */
enum ss_status ss_spool_list(const char *dir, size_t max, char ***names,
			     size_t *n, struct ss_err *err);

/* Bytes and files waiting in incoming/ (for backpressure). */
enum ss_status ss_spool_usage(const char *dir, uint64_t *bytes, uint64_t *files,
			      struct ss_err *err);

/* Ends a ticket: writes the status record (done/ for "indexed" and
 * "withdrawn", failed/ otherwise, moving the spool file there too) and
 * then removes it from incoming/.  status is borrowed; "ticket" and "at"
 * are added.  Records are fsynced in batches by ss_spool_sync(). */
enum ss_status ss_spool_finish(const char *dir, const char *ticket,
			       json_t *status, struct ss_err *err);
/* fsyncs the status directories and incoming/ after a batch of finishes. */
enum ss_status ss_spool_sync(const char *dir, struct ss_err *err);

/* What is known of a ticket: {"ticket","status":"queued"|"indexed"|
 * "withdrawn"|"failed"|"quarantined", "id", "court", ...}.
 * SS_ERR_NOTFOUND for an unknown ticket. */
enum ss_status ss_spool_status(const char *dir, const char *ticket,
			       json_t **out, struct ss_err *err);

/* Deletes files in sub/ ("done": old ticket records; "tmp": writes a
 * killed process left behind) older than max_age_s seconds. */
void ss_spool_prune(const char *dir, const char *sub, long max_age_s);

/* "2026-11-23T10:58:00.123Z" for now. */
void ss_utc_now(char out[32]);

#endif
