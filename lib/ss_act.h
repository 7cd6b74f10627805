/* ss_act.h: one court decision as sotsearch receives it (docs/act-schema.md):
 * parsing and validating the JSON, with a message that names the field.
 * Used by the indexer (files, spool) and by searchd's ingest API. */
#ifndef SS_ACT_H
#define SS_ACT_H

#include <stddef.h>

#include <jansson.h>

#include "ss_status.h"

#ifdef __cplusplus
extern "C" {
#endif

#define SS_ACT_MAX_TEXT (16u << 20)	/* 16 MiB of text per act */
#define SS_ACT_MAX_FIELD 1024		/* bytes for short string fields */
#define SS_ACT_MAX_PARTIES 200

struct ss_act {
	json_t *json;		/* the validated object (owned) */
	/* Borrowed from json; valid while the act lives. */
	const char *id, *court, *court_name, *case_number, *date, *case_type,
		*instance, *act_type, *judge, *lang, *outcome, *text;
	size_t text_len;
	json_t *parties;	/* array or NULL */
};

/* Parses and validates one act from JSON text.  On error *act is left
 * empty and err names the field: "field 'date': '2021-13-01' is not a
 * date (YYYY-MM-DD)".  Release with ss_act_release(). */
enum ss_status ss_act_parse(const char *json, size_t len, struct ss_act *act,
			    struct ss_err *err);
/* Validates an already-decoded object; takes a new reference to it. */
enum ss_status ss_act_from_json(json_t *obj, struct ss_act *act,
				struct ss_err *err);
void ss_act_release(struct ss_act *act);

/* Replaces the act's text (the object keeps its own copy). */
void ss_act_set_text(struct ss_act *act, const char *text, size_t len);
/* Sets the language ("ru"/"ky"). */
void ss_act_set_lang(struct ss_act *act, const char *lang);

/* True for a valid YYYY-MM-DD calendar date from 1900 to 2100. */
int ss_date_valid(const char *s);

#ifdef __cplusplus
}
#endif

#endif
