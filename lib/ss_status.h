/* ss_status.h: the one status enum every sotsearch module returns, and the
 * error record (code + message) that travels with it.  Numbers never change:
 * they appear in logs and exit paths. */
#ifndef SS_STATUS_H
#define SS_STATUS_H

#include <stdarg.h>

#ifdef __cplusplus
extern "C" {
#endif

enum ss_status {
	SS_OK = 0,
	SS_ERR_NOMEM = 1,
	SS_ERR_INVAL = 2,
	SS_ERR_IO = 3,
	SS_ERR_NOTFOUND = 4,
	SS_ERR_UTF8 = 5,
	SS_ERR_CONFIG = 6,
	SS_ERR_XAPIAN = 7,
	SS_ERR_DB_LOCKED = 8,
	SS_ERR_TOO_LARGE = 9,
	SS_ERR_INTERNAL = 10,
};

/* An error: the status and a message for a person ("cannot open index
 * '/x': permission denied").  Callers own it, usually on the stack. */
struct ss_err {
	enum ss_status code;
	char msg[256];
};

/* Short constant name of a status ("invalid input"). */
const char *ss_status_str(enum ss_status code);

/* Fills err (if not NULL) with code and a printf-style message; returns code
 * so callers can write `return ss_err_set(err, SS_ERR_INVAL, "...")`. */
enum ss_status ss_err_set(struct ss_err *err, enum ss_status code,
			  const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Resets err to SS_OK with an empty message. */
void ss_err_clear(struct ss_err *err);

#ifdef __cplusplus
}
#endif

#endif
