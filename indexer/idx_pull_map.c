/* idx_pull_map.c: portal listing and case records → acts (see
 * idx_pull_map.h).  Every lookup tries the names seen in public clients
 * of portal.sot.kg first, then plausible Django-REST spellings; the list
 * is in docs/pull.md. */
#include "idx_pull_map.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ss_act.h"
#include "ss_mem.h"
#include "ss_text.h"

#define KEYS(...) ((const char *const[]){__VA_ARGS__, NULL})

enum ss_status idx_pull_page_read(json_t *root, struct idx_pull_page *pg,
				  struct ss_err *err)
{
	pg->cases = NULL;
	pg->next = -1;
	pg->total = -1;
	if (json_is_array(root)) {
		pg->cases = root;
		return SS_OK;
	}
	if (!json_is_object(root))
		return ss_err_set(err, SS_ERR_INVAL, "the listing is neither an object nor an array");
	json_t *obj = root;
	/* {"data": {"items": [...], "total": N}} is one level deeper. */
	json_t *data = json_object_get(root, "data");
	if (json_is_object(data))
		obj = data;
	for (const char *const *k = KEYS("results", "items", "data", "cases"); *k && !pg->cases; k++)
		if (json_is_array(json_object_get(obj, *k)))
			pg->cases = json_object_get(obj, *k);
	if (!pg->cases)
		return ss_err_set(err, SS_ERR_INVAL,
				  "the listing has no array of cases ('results', 'items' or 'data')");
	json_t *next = json_object_get(obj, "next");
	if (!next && obj != root)
		next = json_object_get(root, "next");
	if (next)
		pg->next = json_is_string(next) && json_string_length(next) > 0;
	for (const char *const *k = KEYS("count", "total", "total_count"); *k; k++) {
		json_t *t = json_object_get(obj, *k);
		if (json_is_integer(t)) {
			pg->total = json_integer_value(t);
			break;
		}
	}
	return SS_OK;
}

json_t *idx_pull_case_acts(json_t *c)
{
	json_t *a = json_object_get(c, "case_act");
	if (!json_is_array(a))
		a = json_object_get(c, "case_acts");
	if (!json_is_array(a))
		a = json_object_get(c, "acts");
	return json_is_array(a) ? a : NULL;
}

void idx_pull_act_release(struct idx_pull_act *m)
{
	json_decref(m->act);
	memset(m, 0, sizeof(*m));
}

/* A non-empty string or an integer as text; NULL otherwise. */
static const char *scalar(json_t *v, char *buf, size_t n)
{
	if (json_is_string(v)) {
		const char *s = json_string_value(v);
		while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
			s++;
		return *s ? s : NULL;
	}
	if (json_is_integer(v)) {
		snprintf(buf, n, "%lld", (long long)json_integer_value(v));
		return buf;
	}
	return NULL;
}

/* A scalar, or the display name of a {id, name...} object. */
static const char *name_of(json_t *v, char *buf, size_t n)
{
	if (!json_is_object(v))
		return scalar(v, buf, n);
	for (const char *const *k = KEYS("name_ru", "name", "title", "name_kg", "name_ky", "value", "code"); *k; k++) {
		const char *s = scalar(json_object_get(v, *k), buf, n);
		if (s)
			return s;
	}
	return NULL;
}

/* The first of keys in o with a usable name. */
static const char *pick(json_t *o, const char *const *keys, char *buf, size_t n)
{
	for (; *keys; keys++) {
		const char *s = name_of(json_object_get(o, *keys), buf, n);
		if (s)
			return s;
	}
	return NULL;
}

/* Case-folded copy (malloc'd) for keyword tests; "" when not UTF-8. */
static char *folded(const char *s)
{
	char *f = NULL;
	size_t len;
	if (!s || ss_text_fold(s, strlen(s), &f, &len, NULL) != SS_OK) {
		free(f);
		return ss_xstrdup("");
	}
	return f;
}

struct rule {
	const char *word, *code;
};

/* The code of the first rule whose word occurs in s (folded), or NULL. */
static const char *classify(const char *s, const struct rule *rules)
{
	char *f = folded(s);
	const char *code = NULL;
	for (const struct rule *r = rules; r->word && !code; r++)
		if (strstr(f, r->word))
			code = r->code;
	free(f);
	return code;
}

/* Offences before administrative: "административное правонарушение". */
static const struct rule type_rules[] = {
	{"criminal", "criminal"}, {"civil", "civil"}, {"administrative", "administrative"},
	{"economic", "economic"}, {"offence", "offence"},
	{"уголов", "criminal"}, {"кылмыш", "criminal"}, {"жазык", "criminal"},
	{"правонаруш", "offence"}, {"проступ", "offence"}, {"укук бузуу", "offence"},
	{"административ", "administrative"},
	{"экономическ", "economic"}, {"экономикалык", "economic"}, {"хозяйствен", "economic"},
	{"граждан", "civil"}, {"жарандык", "civil"},
	{NULL, NULL},
};

/* Case-number markers: "05-354/26-ГД", "УД-1234/21". */
static const struct rule number_rules[] = {
	{"уд", "criminal"}, {"гд", "civil"}, {"ад", "administrative"}, {"эд", "economic"},
	{NULL, NULL},
};

static const struct rule instance_rules[] = {
	{"first", "first"}, {"appeal", "appeal"}, {"cassation", "cassation"},
	{"supervis", "supervisory"},
	{"перв", "first"}, {"биринчи", "first"}, {"апелляц", "appeal"}, {"втор", "appeal"},
	{"экинчи", "appeal"}, {"кассац", "cassation"}, {"трет", "cassation"},
	{"үчүнчү", "cassation"}, {"надзор", "supervisory"}, {"көзөмөл", "supervisory"},
	{NULL, NULL},
};

static const struct rule lang_rules[] = {
	{"kg", "ky"}, {"ky", "ky"}, {"кыргыз", "ky"}, {"мамлекеттик", "ky"}, {"государствен", "ky"},
	{"ru", "ru"}, {"рус", "ru"}, {"орус", "ru"}, {"официальн", "ru"},
	{NULL, NULL},
};

/* A case-number marker stands alone between separators. */
static const char *type_from_number(const char *num)
{
	char *f = folded(num);
	const char *code = NULL;
	for (char *tok = strtok(f, " -/.,()№"); tok && !code; tok = strtok(NULL, " -/.,()№"))
		for (const struct rule *r = number_rules; r->word && !code; r++)
			if (strcmp(tok, r->word) == 0)
				code = r->code;
	free(f);
	return code;
}

/* YYYY-MM-DD from "YYYY-MM-DD[T ...]" or "DD.MM.YYYY[ ...]"; false if neither. */
static bool to_date(const char *s, char out[11])
{
	if (!s)
		return false;
	size_t n = strlen(s);
	if (n >= 10 && s[4] == '-' && s[7] == '-' && (n == 10 || s[10] == 'T' || s[10] == ' ')) {
		memcpy(out, s, 10);
	} else if (n >= 10 && s[2] == '.' && s[5] == '.' && (n == 10 || s[10] == ' ')) {
		snprintf(out, 11, "%.4s-%.2s-%.2s", s + 6, s + 3, s);
	} else {
		return false;
	}
	out[10] = '\0';
	return ss_date_valid(out);
}

/* A person's name from a string or a {surname, first, patronymic} object. */
static const char *person(json_t *v, char *buf, size_t n)
{
	if (!json_is_object(v))
		return scalar(v, buf, n);
	const char *s = pick(v, KEYS("full_name", "fio", "name_ru", "name"), buf, n);
	if (s)
		return s;
	char a[256], b[256], c[256];
	const char *last = pick(v, KEYS("last_name", "surname", "name_last"), a, sizeof(a));
	const char *first, *mid;
	if (last) {
		first = pick(v, KEYS("first_name", "name_first"), b, sizeof(b));
		mid = pick(v, KEYS("middle_name", "patronymic", "name_third"), c, sizeof(c));
	} else {
		/* The portal's client joins name_first, name_second (and, we
		 * assume, name_third) in that order. */
		last = pick(v, KEYS("name_first"), a, sizeof(a));
		first = pick(v, KEYS("name_second"), b, sizeof(b));
		mid = pick(v, KEYS("name_third"), c, sizeof(c));
	}
	if (!last)
		return NULL;
	int len = snprintf(buf, n, "%s%s%s%s%s", last, first ? " " : "", first ? first : "", mid ? " " : "",
			   mid ? mid : "");
	if (len < 0 || (size_t)len >= n)
		return NULL;	/* never a name cut in the middle of a letter */
	return buf;
}

/* The party list guides depersonification; the pipeline never stores it. */
static void add_parties(json_t *act, json_t *c)
{
	json_t *src = NULL;
	for (const char *const *k = KEYS("cc_take_parties", "parties", "sides", "participants"); *k && !src; k++)
		if (json_is_array(json_object_get(c, *k)))
			src = json_object_get(c, *k);
	if (!src)
		return;
	json_t *out = json_array();
	size_t i;
	json_t *p;
	json_array_foreach(src, i, p) {
		char nb[1024], rb[256];
		const char *name = person(p, nb, sizeof(nb));
		if (!name || strlen(name) > SS_ACT_MAX_FIELD || json_array_size(out) >= SS_ACT_MAX_PARTIES)
			continue;
		const char *role = pick(p, KEYS("role", "side", "party_type", "type"), rb, sizeof(rb));
		if (role && strlen(role) > 64)
			role = NULL;
		json_array_append_new(out, json_pack("{s:s,s:s}", "role", role ? role : "party", "name", name));
	}
	if (json_array_size(out))
		json_object_set_new(act, "parties", out);
	else
		json_decref(out);
}

static void set_str(json_t *act, const char *key, const char *val)
{
	json_object_set_new(act, key, json_string(val));
}

enum ss_status idx_pull_act_map(json_t *c, json_t *a, size_t index,
				struct idx_pull_act *out, struct ss_err *err)
{
	memset(out, 0, sizeof(*out));
	char b1[1024], b2[1024];
	json_t *html = NULL;
	if (json_is_object(a))
		for (const char *const *k = KEYS("file_html", "html", "text_html", "content_html"); *k && !html; k++)
			if (scalar(json_object_get(a, *k), b1, sizeof(b1)) && json_is_string(json_object_get(a, *k)))
				html = json_object_get(a, *k);
	if (!json_is_object(c) || !html) {
		out->no_html = true;
		return SS_OK;
	}
	/* id: the case_act's own id is stable; a case id + position is not, but
	 * better than nothing. */
	const char *aid = scalar(json_object_get(a, "id"), b2, sizeof(b2));
	if (aid) {
		snprintf(out->id, sizeof(out->id), "portal-%.140s", aid);
	} else {
		const char *cid = scalar(json_object_get(c, "id"), b2, sizeof(b2));
		if (!cid)
			return ss_err_set(err, SS_ERR_INVAL, "case_act %zu: no 'id' and no case 'id'", index);
		snprintf(out->id, sizeof(out->id), "portal-%.120s-%zu", cid, index);
	}
	json_t *act = out->act = json_object();
	set_str(act, "id", out->id);
	json_object_set(act, "html", html);

	/* Court: {"court": {"id", "name"}} or flat court_id / court_name. */
	json_t *court = json_object_get(c, "court");
	const char *court_id = json_is_object(court) ? scalar(json_object_get(court, "id"), b1, sizeof(b1))
						     : scalar(json_object_get(c, "court_id"), b1, sizeof(b1));
	if (!court_id && json_is_integer(court))
		court_id = scalar(court, b1, sizeof(b1));
	if (!court_id)
		return ss_err_set(err, SS_ERR_INVAL, "field 'court': the case names no court id");
	char code[160];
	snprintf(code, sizeof(code), "portal-%.140s", court_id);
	set_str(act, "court", code);
	const char *court_name = json_is_object(court) ? name_of(court, b1, sizeof(b1)) : NULL;
	if (!court_name)
		court_name = pick(c, KEYS("court_name", "court_name_ru", "court_name_kg"), b1, sizeof(b1));
	if (!court_name)
		return ss_err_set(err, SS_ERR_INVAL, "field 'court_name': the case names no court");
	set_str(act, "court_name", court_name);

	const char *num = pick(a, KEYS("case_number"), b1, sizeof(b1));
	if (!num)
		num = pick(c, KEYS("case_number", "number", "third_instance_number", "second_instance_number"),
			   b1, sizeof(b1));
	if (!num)
		return ss_err_set(err, SS_ERR_INVAL, "field 'case_number': the case has no number");
	set_str(act, "case_number", num);

	char date[11];
	bool dated = false;
	for (const char *const *k = KEYS("act_date", "date", "create_date", "publish_date"); *k && !dated; k++) {
		/* A date that is there but unreadable is an error, not a gap. */
		const char *s = scalar(json_object_get(a, *k), b2, sizeof(b2));
		if (s && !(dated = to_date(s, date)))
			return ss_err_set(err, SS_ERR_INVAL, "field 'date': '%s' is '%.40s', not a date", *k, s);
	}
	for (const char *const *k = KEYS("act_date", "date", "in_date"); *k && !dated; k++)
		dated = to_date(scalar(json_object_get(c, *k), b2, sizeof(b2)), date);
	if (!dated)
		return ss_err_set(err, SS_ERR_INVAL, "field 'date': the act has no readable date");
	set_str(act, "date", date);

	const char *tname = pick(c, KEYS("case_type", "case_category", "category", "case_kind", "type"), b2, sizeof(b2));
	const char *type = tname ? classify(tname, type_rules) : NULL;
	if (!type)
		type = type_from_number(num);
	if (!type) {
		type = IDX_PULL_DEFAULT_TYPE;
		out->type_guessed = true;
	}
	set_str(act, "case_type", type);

	const char *inst = pick(a, KEYS("instance"), b2, sizeof(b2));
	if (!inst)
		inst = pick(c, KEYS("instance", "instance_type", "court_instance"), b2, sizeof(b2));
	const char *icode = inst ? classify(inst, instance_rules) : NULL;
	if (!icode && inst && strcmp(inst, "1") == 0)
		icode = "first";
	if (!icode && inst && strcmp(inst, "2") == 0)
		icode = "appeal";
	if (!icode && inst && strcmp(inst, "3") == 0)
		icode = "cassation";
	if (!icode)
		icode = pick(c, KEYS("third_instance_number"), b2, sizeof(b2)) ? "cassation"
			: pick(c, KEYS("second_instance_number"), b2, sizeof(b2)) ? "appeal" : "first";
	set_str(act, "instance", icode);

	const char *atype = pick(a, KEYS("act_type", "production_type", "type", "act_type_name", "name"), b2, sizeof(b2));
	if (atype) {
		char *f = folded(atype);
		set_str(act, "act_type", *f ? f : atype);
		free(f);
	} else {
		set_str(act, "act_type", IDX_PULL_DEFAULT_ACT_TYPE);
		out->act_type_default = true;
	}

	const char *judge = person(json_object_get(a, "judge"), b2, sizeof(b2));
	if (!judge)
		judge = person(json_object_get(c, "judge"), b2, sizeof(b2));
	if (!judge)
		judge = pick(c, KEYS("judge_name", "judge_fio"), b2, sizeof(b2));
	if (!judge)
		return ss_err_set(err, SS_ERR_INVAL, "field 'judge': the case names no judge");
	set_str(act, "judge", judge);

	const char *lang = pick(a, KEYS("lang", "language"), b2, sizeof(b2));
	if (!lang)
		lang = pick(c, KEYS("lang", "language", "case_language"), b2, sizeof(b2));
	const char *lcode = lang ? classify(lang, lang_rules) : NULL;
	if (lcode)
		set_str(act, "lang", lcode);

	add_parties(act, c);
	return SS_OK;
}
