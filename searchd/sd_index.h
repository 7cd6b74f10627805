/* sd_index.h: each worker thread's own read-only index handle (Xapian
 * objects are not thread-safe), opened on first use and moved to the newest
 * committed revision before each request, so new acts appear without a
 * restart. */
#ifndef SD_INDEX_H
#define SD_INDEX_H

#include "ss_status.h"
#include "xw.h"

/* The calling thread's handle on the index at path.  Owned by the thread
 * registry: do not close it. */
enum ss_status sd_index_get(const char *path, struct xw_db **out,
			    struct ss_err *err);
/* Closes every thread's handle; call after all worker threads stopped. */
void sd_index_close_all(void);

#endif
