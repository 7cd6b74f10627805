/* httpbench.c: a small closed-loop HTTP load generator for `make bench`.
 * Each of --conns threads holds one keep-alive connection to 127.0.0.1 and
 * sends GET requests for the paths in --paths (one per line, round robin)
 * until --requests in total are done; prints p50/p90/p99 latency and
 * requests per second.  Loopback only, bounded in count and time.
 *   httpbench --port N --paths FILE [--conns 4] [--requests 20000] */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "ss_buf.h"
#include "ss_mem.h"

static int port;
static char **paths;
static size_t npaths;
static atomic_long next_req;
static atomic_long done_reqs;
static long total_reqs;
static double *lat_ms;
static atomic_long errors;

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int connect_local(void)
{
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	int one = 1;
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	struct timeval tv = {10, 0};
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	if (connect(fd, (struct sockaddr *)&sa, sizeof(sa)) != 0) {
		close(fd);
		return -1;
	}
	return fd;
}

/* Reads one response (Content-Length framed); returns the status or -1. */
static int read_response(int fd, struct ss_buf *in)
{
	ss_buf_reset(in);
	char chunk[65536];
	for (;;) {
		char *hdr_end = strstr(in->data, "\r\n\r\n");
		if (hdr_end) {
			char *cl = strcasestr(in->data, "content-length:");
			if (!cl || cl > hdr_end)
				return -1;
			size_t body = strtoul(cl + 15, NULL, 10);
			size_t need = (size_t)(hdr_end - in->data) + 4 + body;
			if (in->len >= need)
				return atoi(in->data + 9);
		}
		ssize_t n = read(fd, chunk, sizeof(chunk));
		if (n <= 0)
			return -1;
		ss_buf_add(in, chunk, (size_t)n);
	}
}

static void *worker(void *arg)
{
	(void)arg;
	struct ss_buf in, req;
	ss_buf_init(&in, 0);
	ss_buf_init(&req, 0);
	int fd = connect_local();
	long i;
	if (fd < 0)
		atomic_fetch_add(&errors, 1);
	while (fd >= 0 && (i = atomic_fetch_add(&next_req, 1)) < total_reqs) {
		ss_buf_reset(&req);
		ss_buf_addf(&req, "GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", paths[(size_t)i % npaths]);
		double t0 = now_ms();
		if (write(fd, req.data, req.len) != (ssize_t)req.len || read_response(fd, &in) != 200) {
			atomic_fetch_add(&errors, 1);
			close(fd);
			fd = connect_local();
		}
		lat_ms[i] = now_ms() - t0;
		atomic_fetch_add(&done_reqs, 1);
	}
	if (fd >= 0)
		close(fd);
	ss_buf_release(&in);
	ss_buf_release(&req);
	return NULL;
}

static int cmp_d(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	const char *paths_file = NULL;
	int conns = 4;
	total_reqs = 20000;
	for (int i = 1; i + 1 < argc; i += 2) {
		if (!strcmp(argv[i], "--port"))
			port = atoi(argv[i + 1]);
		else if (!strcmp(argv[i], "--paths"))
			paths_file = argv[i + 1];
		else if (!strcmp(argv[i], "--conns"))
			conns = atoi(argv[i + 1]);
		else if (!strcmp(argv[i], "--requests"))
			total_reqs = atol(argv[i + 1]);
	}
	if (!port || !paths_file || conns < 1 || conns > 256 || total_reqs < 1 || total_reqs > 10000000) {
		fprintf(stderr, "usage: httpbench --port N --paths FILE [--conns 1-256] [--requests N]\n");
		return 2;
	}
	FILE *f = fopen(paths_file, "r");
	if (!f) {
		fprintf(stderr, "httpbench: cannot open '%s': %s\n", paths_file, strerror(errno));
		return 2;
	}
	char line[4096];
	while (fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\r\n")] = '\0';
		if (!line[0])
			continue;
		paths = ss_xrealloc(paths, (npaths + 1) * sizeof(char *));
		paths[npaths++] = ss_xstrdup(line);
	}
	fclose(f);
	if (!npaths) {
		fprintf(stderr, "httpbench: no paths in '%s'\n", paths_file);
		return 2;
	}
	lat_ms = ss_xcalloc((size_t)total_reqs, sizeof(double));
	pthread_t *th = ss_xcalloc((size_t)conns, sizeof(pthread_t));
	double t0 = now_ms();
	for (int i = 0; i < conns; i++)
		pthread_create(&th[i], NULL, worker, NULL);
	for (int i = 0; i < conns; i++)
		pthread_join(th[i], NULL);
	double secs = (now_ms() - t0) / 1e3;
	if (atomic_load(&done_reqs) < total_reqs) {
		fprintf(stderr, "httpbench: only %ld of %ld requests completed (cannot connect to port %d?)\n",
			(long)atomic_load(&done_reqs), total_reqs, port);
		return 1;
	}
	qsort(lat_ms, (size_t)total_reqs, sizeof(double), cmp_d);
	printf("requests=%ld conns=%d errors=%ld  p50=%.2f ms  p90=%.2f ms  p99=%.2f ms  max=%.2f ms  %.0f req/s\n",
	       total_reqs, conns, (long)atomic_load(&errors), lat_ms[total_reqs / 2],
	       lat_ms[total_reqs * 9 / 10], lat_ms[total_reqs * 99 / 100], lat_ms[total_reqs - 1],
	       (double)total_reqs / secs);
	for (size_t i = 0; i < npaths; i++)
		free(paths[i]);
	free(paths);
	free(lat_ms);
	free(th);
	return atomic_load(&errors) ? 1 : 0;
}
