/* idx_cli.h: option parsing shared by the indexer's commands. */
#ifndef IDX_CLI_H
#define IDX_CLI_H

/* A whole number from lo to hi for option --name, or -1 after a message
 * on stderr. */
long idx_parse_count(const char *name, const char *arg, long lo, long hi);

#endif
