/* main.c: the depersonify filter.  Reads a court act on stdin, writes the
 * depersonified text on stdout and, with --report, the private JSON audit
 * report to a file.  Exit 0: text written; 3: the residual-leak scanner fired
 * (text still written, report says why: quarantine the act); 2: usage or
 * input error; 1: internal error.  --bench N times N passes over the input. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "depersonify.h"
#include "ss_buf.h"
#include "ss_mem.h"

static void usage(FILE *f)
{
	fputs("usage: depersonify [--lang ru|ky|auto] [--parties FILE.json] [--report FILE.json]\n"
	      "                   [--policy FILE] [--bench N] < in.txt > out.txt\n"
	      "exit: 0 ok, 3 residual leak (quarantine), 2 usage or input error, 1 internal error\n", f);
}

static int read_all(FILE *f, struct ss_buf *b)
{
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		if (ss_buf_add(b, chunk, n) != SS_OK)
			return -1;
	return ferror(f) ? -1 : 0;
}

int main(int argc, char **argv)
{
	const char *lang = "auto", *parties_file = NULL, *report_file = NULL, *policy = NULL;
	long bench = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			usage(stdout);
			return 0;
		}
		if (i + 1 >= argc) {
			fprintf(stderr, "depersonify: option '%s' needs a value or is unknown\n", a);
			usage(stderr);
			return 2;
		}
		if (!strcmp(a, "--lang"))
			lang = argv[++i];
		else if (!strcmp(a, "--parties"))
			parties_file = argv[++i];
		else if (!strcmp(a, "--report"))
			report_file = argv[++i];
		else if (!strcmp(a, "--policy"))
			policy = argv[++i];
		else if (!strcmp(a, "--bench"))
			bench = strtol(argv[++i], NULL, 10);
		else {
			fprintf(stderr, "depersonify: unknown option '%s'\n", a);
			usage(stderr);
			return 2;
		}
	}
	if (strcmp(lang, "ru") && strcmp(lang, "ky") && strcmp(lang, "auto")) {
		fprintf(stderr, "depersonify: unknown language '%s' (ru, ky or auto)\n", lang);
		return 2;
	}
	struct ss_err err = { SS_OK, "" };
	struct dp_party *parties = NULL;
	size_t nparties = 0;
	if (parties_file) {
		FILE *f = fopen(parties_file, "rb");
		struct ss_buf pb;
		ss_buf_init(&pb, 16 << 20);
		if (!f || read_all(f, &pb) < 0) {
			fprintf(stderr, "depersonify: cannot read parties file '%s'\n", parties_file);
			if (f)
				fclose(f);
			ss_buf_release(&pb);
			return 2;
		}
		fclose(f);
		if (dp_parties_parse(pb.data, pb.len, &parties, &nparties, &err) != SS_OK) {
			fprintf(stderr, "depersonify: %s\n", err.msg);
			ss_buf_release(&pb);
			return 2;
		}
		ss_buf_release(&pb);
	}
	struct dp_ctx *ctx;
	if (dp_ctx_new(policy, &ctx, &err) != SS_OK) {
		fprintf(stderr, "depersonify: %s\n", err.msg);
		free(parties);
		return err.code == SS_ERR_INTERNAL ? 1 : 2;
	}
	struct ss_buf in;
	ss_buf_init(&in, (size_t)64 << 20);
	if (read_all(stdin, &in) < 0) {
		fprintf(stderr, "depersonify: cannot read standard input (over 64 MiB?)\n");
		return 2;
	}
	struct dp_result res;
	if (bench > 0) {
		struct timespec t0, t1;
		clock_gettime(CLOCK_MONOTONIC, &t0);
		for (long k = 0; k < bench; k++) {
			if (dp_text_scrub(ctx, in.data, in.len, lang, parties, nparties, &res, &err) != SS_OK) {
				fprintf(stderr, "depersonify: %s\n", err.msg);
				return 2;
			}
			dp_result_release(&res);
		}
		clock_gettime(CLOCK_MONOTONIC, &t1);
		double sec = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
		double mb = (double)in.len * (double)bench / 1e6;
		printf("bench: %ld x %zu bytes in %.3f s = %.2f MB/s (one thread)\n", bench, in.len, sec,
		       sec > 0 ? mb / sec : 0.0);
		dp_ctx_free(ctx);
		ss_buf_release(&in);
		free(parties);
		return 0;
	}
	enum ss_status st = dp_text_scrub(ctx, in.data, in.len, lang, parties, nparties, &res, &err);
	if (st != SS_OK) {
		fprintf(stderr, "depersonify: %s\n", err.msg);
		dp_ctx_free(ctx);
		ss_buf_release(&in);
		free(parties);
		return st == SS_ERR_INTERNAL || st == SS_ERR_NOMEM ? 1 : 2;
	}
	int rc = 0;
	if (fwrite(res.text, 1, res.len, stdout) != res.len || fflush(stdout) != 0) {
		fprintf(stderr, "depersonify: cannot write standard output\n");
		rc = 1;
	}
	if (report_file) {
		FILE *f = fopen(report_file, "wb");
		if (!f || fputs(res.report_json, f) < 0 || fputc('\n', f) < 0) {
			fprintf(stderr, "depersonify: cannot write report '%s'\n", report_file);
			rc = 2;
		}
		if (f)
			fclose(f);
	}
	if (res.leak && rc == 0) {
		fprintf(stderr, "depersonify: residual leak, quarantine the act: %s\n", res.leak_reason);
		rc = 3;
	}
	dp_result_release(&res);
	dp_ctx_free(ctx);
	ss_buf_release(&in);
	free(parties);
	return rc;
}
