/* xw.h: the pure-C face of the Xapian wrapper.  Only the xw C++ files include
 * <xapian.h>; every entry point catches every exception and returns a status
 * with a message, so no C++ exception ever crosses into C.  Objects are
 * opaque and none is thread-safe: each thread owns its own handles.
 *
 * Index schema (ARCHITECTURE.md): Q<id> unique term, X*-prefixed boolean
 * filter terms, values 0..4, document data = the act as JSON. */
#ifndef XW_H
#define XW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ss_status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Value slots. */
enum xw_slot {
	XW_SLOT_DATE = 0,	/* yyyymmdd, sorts as a string */
	XW_SLOT_COURT = 1,
	XW_SLOT_TYPE = 2,
	XW_SLOT_YEAR = 3,
	XW_SLOT_NORMS = 4,	/* canonical norm ids joined by '\n' */
	XW_SLOT_OUTCOME = 5,
};

/* ---- stemming ------------------------------------------------------- */

/* Stems one word with the stemmer for lang: "ky" (ours), "ru", "tr", or any
 * other Snowball language Xapian knows; "none" returns the word unchanged.
 * word should be case-folded (ss_text_fold).  *out is malloc'd (free()). */
enum ss_status xw_stem(const char *lang, const char *word, size_t len,
		       char **out, struct ss_err *err);

/* ---- building documents (any thread, one analyser per thread) -------
 * A document built in one thread may be handed to another (the writer):
 * the analyser keeps no reference to it once xw_analyzer_index returns. */

struct xw_analyzer;
struct xw_doc;

/* New analyser (term generator + bilingual stemmer).  Free with
 * xw_analyzer_free(). */
enum ss_status xw_analyzer_new(struct xw_analyzer **out, struct ss_err *err);
void xw_analyzer_free(struct xw_analyzer *a);

struct xw_doc *xw_doc_new(void);
void xw_doc_free(struct xw_doc *d);

/* Indexes text (prepared: NFC, ё→е) into d with positions, each word stemmed
 * by the stemmer of its language (Kyrgyz letters → Kyrgyz, else doc_lang
 * "ru"/"ky"); weight multiplies within-document frequency.  Successive
 * calls on one document leave a positional gap so phrases do not span
 * fields. */
enum ss_status xw_analyzer_index(struct xw_analyzer *a, struct xw_doc *d,
				 const char *text, size_t len,
				 const char *doc_lang, unsigned weight,
				 struct ss_err *err);
/* Adds a boolean (filter) term; terms over 240 bytes are dropped. */
void xw_doc_add_term(struct xw_doc *d, const char *term);
void xw_doc_set_value(struct xw_doc *d, enum xw_slot slot, const char *val,
		      size_t len);
void xw_doc_set_data(struct xw_doc *d, const char *data, size_t len);

/* ---- the single writer ---------------------------------------------- */

struct xw_writer;

/* Opens (creating if needed) the index at path for writing.
 * SS_ERR_DB_LOCKED when another process writes it. */
enum ss_status xw_writer_open(const char *path, struct xw_writer **out,
			      struct ss_err *err);
/* Replaces the document whose unique term is uid (e.g. "Q<id>") or adds
 * it; adds its words to the spelling table when spelling is on. */
enum ss_status xw_writer_replace(struct xw_writer *w, const char *uid,
				 struct xw_doc *d, struct ss_err *err);
enum ss_status xw_writer_delete(struct xw_writer *w, const char *uid,
				struct ss_err *err);
enum ss_status xw_writer_commit(struct xw_writer *w, struct ss_err *err);
/* Index metadata (key/value, committed with the documents): progress
 * cursors and withdrawal records live here so they change atomically with
 * the documents they describe.  An empty value deletes the key.  Keys are
 * at most 200 bytes. */
enum ss_status xw_writer_set_meta(struct xw_writer *w, const char *key,
				  const char *val, struct ss_err *err);
/* The writer's view of a metadata value: *val malloc'd ("" when absent). */
enum ss_status xw_writer_get_meta(struct xw_writer *w, const char *key,
				  char **val, struct ss_err *err);
/* How many documents carry term (e.g. "Q<id>"), as the writer sees them. */
uint64_t xw_writer_termfreq(struct xw_writer *w, const char *term);
void xw_writer_set_spelling(struct xw_writer *w, bool on);
/* Closes the writer; Xapian commits what is pending. */
void xw_writer_close(struct xw_writer *w);

/* ---- reading and searching ------------------------------------------ */

struct xw_db;
struct xw_mset;

enum xw_sort { XW_SORT_RELEVANCE = 0, XW_SORT_DATE_DESC, XW_SORT_DATE_ASC };

struct xw_search_req {
	const char *q;			/* prepared query text; "" browses */
	const char *const *filters;	/* boolean terms, e.g. "XTcriminal" */
	const unsigned *filter_groups;	/* per filter: OR within a group,
					   AND across groups */
	size_t n_filters;
	const char *date_from;		/* "yyyymmdd" or NULL */
	const char *date_to;		/* "yyyymmdd" or NULL (inclusive) */
	enum xw_sort sort;
	unsigned offset;
	unsigned limit;
	bool spelling;			/* compute a suggestion */
};

/* Opens the index read-only.  SS_ERR_NOTFOUND when there is none. */
enum ss_status xw_db_open(const char *path, struct xw_db **out,
			  struct ss_err *err);
/* Moves the handle to the newest committed revision; *changed (if given)
 * says whether it moved. */
enum ss_status xw_db_reopen(struct xw_db *db, bool *changed,
			    struct ss_err *err);
void xw_db_close(struct xw_db *db);
uint64_t xw_db_doccount(struct xw_db *db);

/* The data of the document whose unique term is uid.  *data malloc'd
 * (free()); SS_ERR_NOTFOUND when absent. */
enum ss_status xw_db_get(struct xw_db *db, const char *uid, char **data,
			 size_t *len, struct ss_err *err);
/* A metadata value (see xw_writer_set_meta): *val malloc'd, "" when absent. */
enum ss_status xw_db_get_meta(struct xw_db *db, const char *key, char **val,
			      struct ss_err *err);

/* Runs a search.  A query the parser rejects is SS_ERR_INVAL with a message
 * for the user.  Free the result with xw_mset_free(), before db. */
enum ss_status xw_search(struct xw_db *db, const struct xw_search_req *req,
			 struct xw_mset **out, struct ss_err *err);
size_t xw_mset_size(const struct xw_mset *m);
/* Estimated total and its bounds (equal when exact). */
void xw_mset_totals(const struct xw_mset *m, uint64_t *estimate,
		    uint64_t *lower, uint64_t *upper);
/* Spelling suggestion for the query, or NULL. */
const char *xw_mset_suggestion(const struct xw_mset *m);
/* Document data of hit i; *data malloc'd (free()). */
enum ss_status xw_mset_data(struct xw_mset *m, size_t i, char **data,
			    size_t *len, struct ss_err *err);
/* An HTML snippet of text (≈ max_chars) with the query's words wrapped in
 * <mark>…</mark> and everything else escaped.  *out malloc'd (free()). */
enum ss_status xw_mset_snippet(struct xw_mset *m, const char *text,
			       size_t len, const char *doc_lang,
			       size_t max_chars, char **out,
			       struct ss_err *err);
void xw_mset_free(struct xw_mset *m);

/* ---- facet counts ---------------------------------------------------- */

struct xw_count {
	char *value;		/* malloc'd */
	uint64_t count;
};

struct xw_facet {
	enum xw_slot slot;
	struct xw_count *counts;	/* most frequent first */
	size_t n;
};

/* Counts, over every act that matches req (offset/limit/sort ignored), the
 * values of each slot in slots[] (multi-valued slots such as XW_SLOT_NORMS
 * count each value), keeping the max most frequent per slot.  *total is the
 * exact number of matching acts.  out has nslots entries; release with
 * xw_facets_release(). */
enum ss_status xw_facets(struct xw_db *db, const struct xw_search_req *req,
			 const enum xw_slot *slots, size_t nslots, size_t max,
			 uint64_t *total, struct xw_facet *out,
			 struct ss_err *err);
void xw_facets_release(struct xw_facet *f, size_t nslots);

#ifdef __cplusplus
}
#endif

#endif
