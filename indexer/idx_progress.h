/* idx_progress.h: a one-line progress display for long imports (acts/s,
 * MB/s, ETA), redrawn at most twice a second, only on a terminal. */
#ifndef IDX_PROGRESS_H
#define IDX_PROGRESS_H

#include <stdbool.h>
#include <stdint.h>

struct idx_progress {
	double start, last_draw;
	uint64_t acts, rejected, bytes, total_bytes;
	bool tty;
};

void idx_progress_init(struct idx_progress *p, uint64_t total_bytes);
/* Counts one act (bytes of input consumed) and redraws if due. */
void idx_progress_step(struct idx_progress *p, uint64_t bytes, bool rejected);
/* Clears the line and prints the summary. */
void idx_progress_finish(struct idx_progress *p);
double idx_now(void);

#endif
