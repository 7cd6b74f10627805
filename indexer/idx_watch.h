/* idx_watch.h: `indexer watch`: the daemon that indexes what courts post.
 * It takes spool files from incoming/ in arrival order (inotify, with a
 * periodic rescan as a safety net), runs each through the same pipeline as
 * `import`, commits small batches, and only after the commit records each
 * ticket's outcome and removes the file from incoming/.  A crash at any
 * point replays at most the uncommitted batch; replace-by-id makes that
 * harmless. */
#ifndef IDX_WATCH_H
#define IDX_WATCH_H

#include <stdbool.h>

#include "ss_status.h"

struct idx_watch_opts {
	const char *index;
	const char *spool;
	unsigned batch;		/* most acts per commit */
	unsigned rescan_ms;	/* rescan incoming/ at least this often */
	long keep_status_s;	/* delete done/ records older than this */
	bool once;		/* index what is waiting, then exit */
	bool spelling;
	const char *dp_policy;
	const char *audit;
};

/* The command (argv[0] is "watch"); returns the exit status. */
int idx_watch_cli(int argc, char **argv);

/* Runs until SIGTERM/SIGINT (or, with once, until incoming/ is empty). */
enum ss_status idx_watch_run(const struct idx_watch_opts *o, struct ss_err *err);

#endif
