/* ss_log.c: level-gated stderr logging (see ss_log.h). */
#include "ss_log.h"

#include <stdarg.h>
#include <stdio.h>

enum ss_log_level ss_log_threshold = SS_LOG_INFO;
static const char *ss_log_prog = "sotsearch";

void ss_log_set_prog(const char *prog)
{
	ss_log_prog = prog;
}

void ss_log_msg(enum ss_log_level level, const char *fmt, ...)
{
	static const char *names[] = {"error", "warning", "info", "debug"};
	char line[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	/* One fprintf so concurrent threads do not interleave within a line. */
	fprintf(stderr, "%s: %s: %s\n", ss_log_prog, names[level], line);
}
