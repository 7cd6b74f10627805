/* sd_index.c: per-thread index handles (see sd_index.h). */
#include "sd_index.h"

#include <pthread.h>
#include <stdlib.h>

#include "ss_mem.h"

struct handle {
	struct xw_db *db;
	struct handle *next;
};

static _Thread_local struct handle *mine;
static struct handle *all;
static pthread_mutex_t all_lock = PTHREAD_MUTEX_INITIALIZER;

enum ss_status sd_index_get(const char *path, struct xw_db **out,
			    struct ss_err *err)
{
	*out = NULL;
	if (!mine) {
		struct xw_db *db = NULL;
		enum ss_status st = xw_db_open(path, &db, err);
		if (st)
			return st;
		struct handle *h = ss_xcalloc(1, sizeof(*h));
		h->db = db;
		pthread_mutex_lock(&all_lock);
		h->next = all;
		all = h;
		pthread_mutex_unlock(&all_lock);
		mine = h;
	} else {
		enum ss_status st = xw_db_reopen(mine->db, NULL, err);
		if (st)
			return st;
	}
	*out = mine->db;
	return SS_OK;
}

void sd_index_close_all(void)
{
	pthread_mutex_lock(&all_lock);
	while (all) {
		struct handle *h = all;
		all = h->next;
		xw_db_close(h->db);
		free(h);
	}
	pthread_mutex_unlock(&all_lock);
	mine = NULL;
}
