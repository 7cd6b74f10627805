/* idx_pull.h: `indexer pull`: acts pulled from a court system's JSON API
 * (portal.sot.kg's paged /api/v1/cc_court_case/ shape) into the index. */
#ifndef IDX_PULL_H
#define IDX_PULL_H

/* The command: parses its own options (argv[0] is "pull"); returns the
 * exit status (0 done, 3 some acts rejected, 1 fatal, 2 usage). */
int idx_pull_cli(int argc, char **argv);

#endif
