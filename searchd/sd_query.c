/* sd_query.c: query text preparation (see sd_query.h). */
#include "sd_query.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "ss_buf.h"
#include "ss_text.h"

static bool is_operator(const char *w, size_t n)
{
	static const char *const ops[] = {"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"};
	/* Strip grouping and love/hate marks around the word. */
	while (n && (*w == '(' || *w == '+' || *w == '-')) {
		w++;
		n--;
	}
	while (n && w[n - 1] == ')')
		n--;
	for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		size_t m = strlen(ops[i]);
		if (n >= m && memcmp(w, ops[i], m) == 0 && (n == m || w[m] == '/'))
			return true;
	}
	return false;
}

static bool is_binary(const char *w, size_t n)
{
	static const char *const ops[] = {"AND", "OR", "XOR", "NEAR", "ADJ"};
	for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		size_t m = strlen(ops[i]);
		if (n >= m && memcmp(w, ops[i], m) == 0 && (n == m || w[m] == '/'))
			return true;
	}
	return false;
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

enum ss_status sd_query_check(const char *q, size_t len, struct ss_err *err)
{
	int depth = 0;
	bool quoted = false, prev_binary = true, any = false;
	const char *prev_word = NULL;
	size_t prev_len = 0;
	for (size_t i = 0; i < len;) {
		char c = q[i];
		if (c == '"') {
			quoted = !quoted;
			prev_binary = false;
			any = true;
			i++;
			continue;
		}
		if (quoted || is_space(c)) {
			i++;
			continue;
		}
		if (c == '(') {
			depth++;
			if (i + 1 < len && q[i + 1] == ')')
				return ss_err_set(err, SS_ERR_INVAL, "empty parentheses '()' in the query");
			prev_binary = true;
			i++;
			continue;
		}
		if (c == ')') {
			if (--depth < 0)
				return ss_err_set(err, SS_ERR_INVAL, "a ')' has no matching '('");
			if (prev_binary && prev_word)
				return ss_err_set(err, SS_ERR_INVAL, "'%.*s' has nothing after it", (int)prev_len, prev_word);
			i++;
			continue;
		}
		size_t start = i;
		while (i < len && !is_space(q[i]) && q[i] != '(' && q[i] != ')' && q[i] != '"')
			i++;
		bool binary = is_binary(q + start, i - start);
		if (binary && prev_binary)
			return ss_err_set(err, SS_ERR_INVAL, "'%.*s' needs a word or phrase before it",
					  (int)(i - start), q + start);
		prev_binary = binary;
		prev_word = q + start;
		prev_len = i - start;
		any = true;
	}
	if (quoted)
		return ss_err_set(err, SS_ERR_INVAL, "a phrase is not closed: add the closing '\"'");
	if (depth > 0)
		return ss_err_set(err, SS_ERR_INVAL, "a '(' has no matching ')'");
	if (any && prev_binary && prev_word)
		return ss_err_set(err, SS_ERR_INVAL, "'%.*s' has nothing after it", (int)prev_len, prev_word);
	return SS_OK;
}

enum ss_status sd_query_prepare(const char *q, size_t len, char **out,
				struct ss_err *err)
{
	char *prep = NULL;
	size_t plen = 0;
	*out = NULL;
	enum ss_status st = ss_text_prepare(q, len, &prep, &plen, err);
	if (st)
		return st;
	struct ss_buf b;
	ss_buf_init(&b, 0);
	size_t i = 0;
	while (i < plen && !st) {
		size_t start = i;
		bool space = prep[i] == ' ' || prep[i] == '\t' || prep[i] == '\n' || prep[i] == '\r';
		while (i < plen && space == (prep[i] == ' ' || prep[i] == '\t' ||
					     prep[i] == '\n' || prep[i] == '\r'))
			i++;
		if (space || is_operator(prep + start, i - start)) {
			ss_buf_add(&b, prep + start, i - start);
			continue;
		}
		char *folded = NULL;
		size_t flen = 0;
		st = ss_text_fold(prep + start, i - start, &folded, &flen, err);
		if (!st)
			ss_buf_add(&b, folded, flen);
		free(folded);
	}
	free(prep);
	if (st) {
		ss_buf_release(&b);
		return st;
	}
	*out = ss_buf_detach(&b, NULL);
	return SS_OK;
}
