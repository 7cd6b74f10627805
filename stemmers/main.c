/* main.c: `stem --lang ru|ky|auto`, the stemmer on the command line.  Reads
 * words one per line on stdin, folds each (ss_text_fold: NFC, case fold,
 * ё→е) and prints `word<TAB>stem`.  ky uses ky_stem, ru Xapian's Snowball
 * Russian (xw_stem), auto picks Kyrgyz for words lang_word_is_kyrgyz()
 * accepts and Russian otherwise.  Exit 0, or 1 when a line was not valid
 * UTF-8 (reported with its number and skipped), or 2 on usage errors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ky_stem.h"
#include "lang.h"
#include "ss_buf.h"
#include "ss_mem.h"
#include "ss_text.h"
#include "xw.h"

enum stem_mode { STEM_RU, STEM_KY, STEM_AUTO };

static int usage(void)
{
	fprintf(stderr, "usage: stem --lang ru|ky|auto < words\n"
			"  reads one word per line, prints word<TAB>stem\n");
	return 2;
}

/* Stems one folded word; returns a malloc'd string or NULL (err set). */
static char *stem_word(enum stem_mode mode, const char *w, size_t len,
		       struct ss_err *err)
{
	if (mode == STEM_KY || (mode == STEM_AUTO && lang_word_is_kyrgyz(w, len))) {
		char *out = ss_xmalloc(len + 1);
		ky_stem(w, len, out, len + 1);
		return out;
	}
	char *out = NULL;
	if (xw_stem("ru", w, len, &out, err) != SS_OK)
		return NULL;
	return out;
}

int main(int argc, char **argv)
{
	enum stem_mode mode;
	const char *lang = NULL;
	struct ss_buf line;
	unsigned long lineno = 0;
	int rc = 0, c;

	for (int k = 1; k < argc; k++) {
		if (!strcmp(argv[k], "--lang") && k + 1 < argc)
			lang = argv[++k];
		else if (!strncmp(argv[k], "--lang=", 7))
			lang = argv[k] + 7;
		else if (!strcmp(argv[k], "-h") || !strcmp(argv[k], "--help"))
			return usage(), 0;
		else {
			fprintf(stderr, "stem: unknown argument '%s'\n", argv[k]);
			return usage();
		}
	}
	if (!lang) {
		fprintf(stderr, "stem: --lang is required\n");
		return usage();
	}
	if (!strcmp(lang, "auto"))
		mode = STEM_AUTO;
	else if (lang_code_parse(lang) == LANG_KY)
		mode = STEM_KY;
	else if (lang_code_parse(lang) == LANG_RU)
		mode = STEM_RU;
	else {
		fprintf(stderr, "stem: unknown language '%s' (ru, ky, auto)\n",
			lang);
		return usage();
	}

	ss_buf_init(&line, 1 << 20);
	for (;;) {
		bool eof = false, too_long = false;
		ss_buf_reset(&line);
		while ((c = getchar()) != EOF && c != '\n')
			if (ss_buf_addc(&line, (char)c) != SS_OK)
				too_long = true;
		if (c == EOF) {
			eof = true;
			if (line.len == 0 && !too_long)
				break;
		}
		lineno++;
		if (line.len > 0 && line.data[line.len - 1] == '\r')
			line.data[--line.len] = '\0';
		size_t bad;
		if (too_long) {
			fprintf(stderr, "stem: line %lu: longer than 1 MiB, "
					"skipped\n", lineno);
			rc = 1;
		} else if (!ss_utf8_valid(line.data, line.len, &bad)) {
			fprintf(stderr, "stem: line %lu: invalid UTF-8 at byte "
					"%zu, skipped\n", lineno, bad + 1);
			rc = 1;
		} else {
			char *folded = NULL, *stem;
			size_t flen;
			struct ss_err err;
			ss_err_clear(&err);
			if (ss_text_fold(line.data, line.len, &folded, &flen,
					 &err) != SS_OK) {
				fprintf(stderr, "stem: line %lu: %s\n", lineno,
					err.msg);
				rc = 1;
			} else if (!(stem = stem_word(mode, folded, flen,
						      &err))) {
				fprintf(stderr, "stem: line %lu: %s\n", lineno,
					err.msg);
				free(folded);
				ss_buf_release(&line);
				return 1;
			} else {
				printf("%s\t%s\n", folded, stem);
				free(stem);
			}
			free(folded);
		}
		if (eof)
			break;
	}
	ss_buf_release(&line);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "stem: cannot write output\n");
		return 1;
	}
	return rc;
}
