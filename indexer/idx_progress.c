/* idx_progress.c: terminal progress for imports (see idx_progress.h). */
#include "idx_progress.h"

#include <stdio.h>
#include <time.h>
#include <unistd.h>

double idx_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void idx_progress_init(struct idx_progress *p, uint64_t total_bytes)
{
	p->start = p->last_draw = idx_now();
	p->acts = p->rejected = p->bytes = 0;
	p->total_bytes = total_bytes;
	p->tty = isatty(STDERR_FILENO);
}

static void draw(struct idx_progress *p, double now)
{
	double secs = now - p->start > 1e-6 ? now - p->start : 1e-6;
	double mbs = (double)p->bytes / 1e6 / secs;
	fprintf(stderr, "\r%10llu acts  %7.0f acts/s  %6.1f MB/s",
		(unsigned long long)p->acts, (double)p->acts / secs, mbs);
	if (p->total_bytes && p->bytes && p->bytes <= p->total_bytes) {
		double eta = (double)(p->total_bytes - p->bytes) / ((double)p->bytes / secs);
		fprintf(stderr, "  %3.0f%%  ETA %d:%02d",
			100.0 * (double)p->bytes / (double)p->total_bytes,
			(int)eta / 60, (int)eta % 60);
	}
	fflush(stderr);
}

void idx_progress_step(struct idx_progress *p, uint64_t bytes, bool rejected)
{
	p->acts++;
	p->rejected += rejected;
	p->bytes += bytes;
	if (!p->tty || (p->acts & 63))
		return;
	double now = idx_now();
	if (now - p->last_draw >= 0.5) {
		p->last_draw = now;
		draw(p, now);
	}
}

void idx_progress_finish(struct idx_progress *p)
{
	double secs = idx_now() - p->start;
	if (secs < 1e-6)
		secs = 1e-6;
	if (p->tty)
		fprintf(stderr, "\r%78s\r", "");
	fprintf(stderr, "indexer: %llu acts indexed, %llu rejected, in %.2f s (%.0f acts/s, %.1f MB/s)\n",
		(unsigned long long)(p->acts - p->rejected),
		(unsigned long long)p->rejected, secs,
		(double)(p->acts - p->rejected) / secs, (double)p->bytes / 1e6 / secs);
}
