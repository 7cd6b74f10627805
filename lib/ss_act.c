/* ss_act.c: act validation (see ss_act.h).  The schema lives in one table
 * so docs/act-schema.md, the indexer and the ingest API agree. */
#include "ss_act.h"

#include <string.h>

#include "ss_text.h"

enum field_kind { F_STRING, F_ENUM, F_DATE, F_ID, F_CODE, F_TEXT };

struct field_rule {
	const char *name;
	enum field_kind kind;
	int required;
	const char *const *allowed;	/* for F_ENUM, NULL-terminated */
	size_t offset;			/* where the borrowed pointer goes */
};

static const char *const case_types[] = {"criminal", "civil", "administrative",
					 "economic", "offence", NULL};
static const char *const instances[] = {"first", "appeal", "cassation",
					"supervisory", NULL};
static const char *const langs[] = {"ru", "ky", NULL};

#define AT(f) offsetof(struct ss_act, f)
static const struct field_rule rules[] = {
	{"id", F_ID, 1, NULL, AT(id)},
	{"court", F_CODE, 1, NULL, AT(court)},
	{"court_name", F_STRING, 1, NULL, AT(court_name)},
	{"case_number", F_STRING, 1, NULL, AT(case_number)},
	{"date", F_DATE, 1, NULL, AT(date)},
	{"case_type", F_ENUM, 1, case_types, AT(case_type)},
	{"instance", F_ENUM, 1, instances, AT(instance)},
	{"act_type", F_STRING, 1, NULL, AT(act_type)},
	{"judge", F_STRING, 1, NULL, AT(judge)},
	{"lang", F_ENUM, 0, langs, AT(lang)},
	{"outcome", F_CODE, 0, NULL, AT(outcome)},
	{"text", F_TEXT, 1, NULL, AT(text)},
};

int ss_date_valid(const char *s)
{
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return 0;
	int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	int m = (s[5] - '0') * 10 + (s[6] - '0');
	int d = (s[8] - '0') * 10 + (s[9] - '0');
	if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return 0;
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return !(m == 2 && d == 29 && !leap);
}

/* Ids and codes become index terms and URL path segments: keep them to a
 * safe ASCII alphabet. */
static int ascii_token(const char *s, const char *extra)
{
	if (!*s)
		return 0;
	for (const char *p = s; *p; p++) {
		char c = *p;
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		      (c >= '0' && c <= '9') || strchr(extra, c)))
			return 0;
	}
	return 1;
}

static enum ss_status check_field(const struct field_rule *r, json_t *v,
				  const char **slot, struct ss_err *err)
{
	if (!json_is_string(v))
		return ss_err_set(err, SS_ERR_INVAL, "field '%s': must be a string", r->name);
	const char *s = json_string_value(v);
	size_t len = json_string_length(v);
	if (len != strlen(s))
		return ss_err_set(err, SS_ERR_INVAL, "field '%s': contains a NUL character", r->name);
	if (r->kind != F_TEXT && len > SS_ACT_MAX_FIELD)
		return ss_err_set(err, SS_ERR_INVAL, "field '%s': longer than %u bytes", r->name, SS_ACT_MAX_FIELD);
	switch (r->kind) {
	case F_STRING:
		if (len == 0)
			return ss_err_set(err, SS_ERR_INVAL, "field '%s': must not be empty", r->name);
		break;
	case F_TEXT:
		if (len == 0)
			return ss_err_set(err, SS_ERR_INVAL, "field '%s': must not be empty", r->name);
		if (len > SS_ACT_MAX_TEXT)
			return ss_err_set(err, SS_ERR_TOO_LARGE, "field '%s': %zu bytes is more than the limit of %u",
					  r->name, len, SS_ACT_MAX_TEXT);
		break;
	case F_ID:
		if (len > 128 || !ascii_token(s, "-_.:"))
			return ss_err_set(err, SS_ERR_INVAL,
					  "field '%s': must be 1-128 characters of A-Z a-z 0-9 - _ . :", r->name);
		break;
	case F_CODE:
		if (len > 128 || !ascii_token(s, "-_"))
			return ss_err_set(err, SS_ERR_INVAL,
					  "field '%s': must be 1-128 characters of a-z 0-9 - _", r->name);
		break;
	case F_DATE:
		if (!ss_date_valid(s))
			return ss_err_set(err, SS_ERR_INVAL,
					  "field '%s': '%.20s' is not a date (YYYY-MM-DD)", r->name, s);
		break;
	case F_ENUM: {
		int ok = 0;
		for (const char *const *a = r->allowed; *a; a++)
			ok |= strcmp(*a, s) == 0;
		if (!ok)
			return ss_err_set(err, SS_ERR_INVAL, "field '%s': '%.40s' is not one of the allowed values",
					  r->name, s);
		break;
	}
	}
	*slot = s;
	return SS_OK;
}

static enum ss_status check_parties(json_t *parties, struct ss_err *err)
{
	if (!json_is_array(parties))
		return ss_err_set(err, SS_ERR_INVAL, "field 'parties': must be an array of {\"role\", \"name\"}");
	if (json_array_size(parties) > SS_ACT_MAX_PARTIES)
		return ss_err_set(err, SS_ERR_INVAL, "field 'parties': more than %d entries", SS_ACT_MAX_PARTIES);
	size_t i;
	json_t *p;
	json_array_foreach(parties, i, p) {
		json_t *role = json_object_get(p, "role");
		json_t *name = json_object_get(p, "name");
		if (!json_is_object(p) || !json_is_string(role) || !json_is_string(name) ||
		    json_string_length(name) == 0 || json_string_length(name) > SS_ACT_MAX_FIELD)
			return ss_err_set(err, SS_ERR_INVAL,
					  "field 'parties[%zu]': must be {\"role\": string, \"name\": non-empty string}", i);
	}
	return SS_OK;
}

enum ss_status ss_act_from_json(json_t *obj, struct ss_act *act,
				struct ss_err *err)
{
	memset(act, 0, sizeof(*act));
	if (!json_is_object(obj))
		return ss_err_set(err, SS_ERR_INVAL, "an act must be a JSON object");
	for (size_t i = 0; i < sizeof(rules) / sizeof(rules[0]); i++) {
		const struct field_rule *r = &rules[i];
		json_t *v = json_object_get(obj, r->name);
		const char **slot = (const char **)((char *)act + r->offset);
		if (!v || json_is_null(v)) {
			if (r->required)
				return ss_err_set(err, SS_ERR_INVAL, "field '%s': missing", r->name);
			continue;
		}
		enum ss_status st = check_field(r, v, slot, err);
		if (st) {
			memset(act, 0, sizeof(*act));
			return st;
		}
	}
	json_t *parties = json_object_get(obj, "parties");
	if (parties && !json_is_null(parties)) {
		enum ss_status st = check_parties(parties, err);
		if (st) {
			memset(act, 0, sizeof(*act));
			return st;
		}
		act->parties = parties;
	}
	act->text_len = strlen(act->text);
	act->json = json_incref(obj);
	return SS_OK;
}

enum ss_status ss_act_parse(const char *text, size_t len, struct ss_act *act,
			    struct ss_err *err)
{
	json_error_t jerr;
	memset(act, 0, sizeof(*act));
	json_t *obj = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
	if (!obj)
		return ss_err_set(err, SS_ERR_INVAL, "malformed JSON at line %d column %d: %s",
				  jerr.line, jerr.column, jerr.text);
	enum ss_status st = ss_act_from_json(obj, act, err);
	json_decref(obj);
	return st;
}

void ss_act_release(struct ss_act *act)
{
	if (act->json)
		json_decref(act->json);
	memset(act, 0, sizeof(*act));
}

void ss_act_set_text(struct ss_act *act, const char *text, size_t len)
{
	json_object_set_new(act->json, "text", json_stringn(text, len));
	act->text = json_string_value(json_object_get(act->json, "text"));
	act->text_len = len;
}

void ss_act_set_lang(struct ss_act *act, const char *lang)
{
	json_object_set_new(act->json, "lang", json_string(lang));
	act->lang = json_string_value(json_object_get(act->json, "lang"));
}
