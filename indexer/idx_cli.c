/* idx_cli.c: option parsing shared by the indexer's commands. */
#include "idx_cli.h"

#include <stdio.h>
#include <stdlib.h>

long idx_parse_count(const char *name, const char *arg, long lo, long hi)
{
	char *end;
	long v = strtol(arg, &end, 10);
	if (*arg == '\0' || *end || v < lo || v > hi) {
		fprintf(stderr, "indexer: --%s '%s' must be a number from %ld to %ld\n", name, arg, lo, hi);
		return -1;
	}
	return v;
}
