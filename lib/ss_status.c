/* ss_status.c: names of statuses and the error-record setter. */
#include "ss_status.h"

#include <stdio.h>

const char *ss_status_str(enum ss_status code)
{
	/* No default: the compiler warns when a status has no text. */
	switch (code) {
	case SS_OK: return "ok";
	case SS_ERR_NOMEM: return "out of memory";
	case SS_ERR_INVAL: return "invalid input";
	case SS_ERR_IO: return "input/output error";
	case SS_ERR_NOTFOUND: return "not found";
	case SS_ERR_UTF8: return "invalid UTF-8";
	case SS_ERR_CONFIG: return "configuration error";
	case SS_ERR_XAPIAN: return "index error";
	case SS_ERR_DB_LOCKED: return "index locked by another writer";
	case SS_ERR_TOO_LARGE: return "too large";
	case SS_ERR_INTERNAL: return "internal error";
	}
	return "unknown status";
}

enum ss_status ss_err_set(struct ss_err *err, enum ss_status code,
			  const char *fmt, ...)
{
	if (err) {
		va_list ap;
		err->code = code;
		va_start(ap, fmt);
		vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
		va_end(ap);
	}
	return code;
}

void ss_err_clear(struct ss_err *err)
{
	if (err) {
		err->code = SS_OK;
		err->msg[0] = '\0';
	}
}
