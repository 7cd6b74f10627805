/* qbench.c: the same queries as httpbench, run in-process through the
 * Xapian wrapper (search + snippets for every hit, as searchd does), for
 * the "HTTP within 1.2x of raw Xapian" comparison in `make bench`.
 *   qbench --index DIR --queries FILE [--rounds N] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ss_mem.h"
#include "xw.h"

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int cmp_d(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	const char *index = NULL, *qfile = NULL;
	int rounds = 5;
	for (int i = 1; i + 1 < argc; i += 2) {
		if (!strcmp(argv[i], "--index"))
			index = argv[i + 1];
		else if (!strcmp(argv[i], "--queries"))
			qfile = argv[i + 1];
		else if (!strcmp(argv[i], "--rounds"))
			rounds = atoi(argv[i + 1]);
	}
	if (!index || !qfile || rounds < 1) {
		fprintf(stderr, "usage: qbench --index DIR --queries FILE [--rounds N]\n");
		return 2;
	}
	struct xw_db *db;
	struct ss_err err;
	if (xw_db_open(index, &db, &err) != SS_OK) {
		fprintf(stderr, "qbench: %s\n", err.msg);
		return 1;
	}
	FILE *f = fopen(qfile, "r");
	if (!f) {
		fprintf(stderr, "qbench: cannot open '%s'\n", qfile);
		return 2;
	}
	char **qs = NULL, line[4096];
	size_t nq = 0;
	while (fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\r\n")] = '\0';
		qs = ss_xrealloc(qs, (nq + 1) * sizeof(char *));
		qs[nq++] = ss_xstrdup(line);
	}
	fclose(f);
	size_t total = nq * (size_t)rounds, k = 0;
	double *lat = ss_xcalloc(total ? total : 1, sizeof(double));
	double t0 = now_ms();
	for (int r = 0; r < rounds; r++) {
		for (size_t i = 0; i < nq; i++) {
			double s = now_ms();
			struct xw_search_req req = {.q = qs[i], .limit = 20};
			struct xw_mset *m = NULL;
			if (xw_search(db, &req, &m, &err) == SS_OK) {
				for (size_t h = 0; h < xw_mset_size(m); h++) {
					char *data = NULL, *snip = NULL;
					size_t len;
					if (xw_mset_data(m, h, &data, &len, &err) == SS_OK &&
					    xw_mset_snippet(m, data, len, "ru", 300, &snip, &err) == SS_OK)
						free(snip);
					free(data);
				}
			}
			xw_mset_free(m);
			lat[k++] = now_ms() - s;
		}
	}
	double secs = (now_ms() - t0) / 1e3;
	qsort(lat, total, sizeof(double), cmp_d);
	if (total)
		printf("in-process queries=%zu  p50=%.2f ms  p90=%.2f ms  p99=%.2f ms  %.0f queries/s (1 thread)\n",
		       total, lat[total / 2], lat[total * 9 / 10], lat[total * 99 / 100], (double)total / secs);
	for (size_t i = 0; i < nq; i++)
		free(qs[i]);
	free(qs);
	free(lat);
	xw_db_close(db);
	return 0;
}
