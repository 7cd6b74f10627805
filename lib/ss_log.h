/* ss_log.h: one line per event on stderr, gated by level (journald adds the
 * time).  Never log decision text or raw queries: ids, counts, lengths. */
#ifndef SS_LOG_H
#define SS_LOG_H

#ifdef __cplusplus
extern "C" {
#endif

enum ss_log_level { SS_LOG_ERROR = 0, SS_LOG_WARN, SS_LOG_INFO, SS_LOG_DEBUG };

extern enum ss_log_level ss_log_threshold;

void ss_log_set_prog(const char *prog);
void ss_log_msg(enum ss_log_level level, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#define ss_log(level, ...)                                                    \
	do {                                                                  \
		if ((level) <= ss_log_threshold)                              \
			ss_log_msg((level), __VA_ARGS__);                     \
	} while (0)

#ifdef __cplusplus
}
#endif

#endif
