/* idx_workers.c: ordered parallel analysis (see idx_workers.h).  A ring of
 * slots indexed by sequence number; workers claim the next unclaimed slot,
 * the consumer takes slots in order.  One mutex, two condition variables:
 * analysis dominates, so the lock is never the bottleneck. */
#include "idx_workers.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ss_mem.h"

enum slot_state { SLOT_FREE, SLOT_QUEUED, SLOT_BUSY, SLOT_DONE };

struct slot {
	enum slot_state state;
	char *json;
	struct idx_result res;
};

struct idx_workers {
	pthread_mutex_t lock;
	pthread_cond_t work;	/* a slot was queued, or stopping */
	pthread_cond_t done;	/* a slot finished */
	struct slot *ring;
	size_t cap;
	size_t next_submit, next_claim, next_take;
	bool stopping;
	unsigned nthreads, started;
	pthread_t *threads;
	struct idx_pipeline **pipes;
};

struct worker_arg {
	struct idx_workers *w;
	struct idx_pipeline *pipe;
};

static void *worker_main(void *p)
{
	struct worker_arg *a = p;
	struct idx_workers *w = a->w;
	pthread_mutex_lock(&w->lock);
	for (;;) {
		while (!w->stopping && w->next_claim == w->next_submit)
			pthread_cond_wait(&w->work, &w->lock);
		if (w->next_claim == w->next_submit)
			break; /* stopping and nothing left */
		struct slot *s = &w->ring[w->next_claim % w->cap];
		w->next_claim++;
		s->state = SLOT_BUSY;
		pthread_mutex_unlock(&w->lock);

		ss_err_clear(&s->res.err);
		s->res.st = idx_pipeline_build(a->pipe, s->json, s->res.len, &s->res.built, &s->res.err);
		free(s->json);
		s->json = NULL;

		pthread_mutex_lock(&w->lock);
		s->state = SLOT_DONE;
		pthread_cond_broadcast(&w->done);
	}
	pthread_mutex_unlock(&w->lock);
	free(a);
	return NULL;
}

enum ss_status idx_workers_new(unsigned nthreads, const char *dp_policy,
			       struct idx_workers **out, struct ss_err *err)
{
	*out = NULL;
	struct idx_workers *w = ss_xcalloc(1, sizeof(*w));
	w->nthreads = nthreads ? nthreads : 1;
	w->cap = 64 * (size_t)w->nthreads;
	w->ring = ss_xcalloc(w->cap, sizeof(*w->ring));
	w->threads = ss_xcalloc(w->nthreads, sizeof(pthread_t));
	w->pipes = ss_xcalloc(w->nthreads, sizeof(*w->pipes));
	pthread_mutex_init(&w->lock, NULL);
	pthread_cond_init(&w->work, NULL);
	pthread_cond_init(&w->done, NULL);
	for (unsigned i = 0; i < w->nthreads; i++) {
		enum ss_status st = idx_pipeline_new(dp_policy, &w->pipes[i], err);
		if (st) {
			idx_workers_free(w); /* no thread started yet */
			return st;
		}
	}
	for (unsigned i = 0; i < w->nthreads; i++) {
		struct worker_arg *a = ss_xmalloc(sizeof(*a));
		a->w = w;
		a->pipe = w->pipes[i];
		if (pthread_create(&w->threads[i], NULL, worker_main, a) != 0) {
			free(a);
			idx_workers_free(w);
			return ss_err_set(err, SS_ERR_INTERNAL, "cannot start analysis thread %u", i);
		}
		w->started++;
	}
	*out = w;
	return SS_OK;
}

bool idx_workers_full(struct idx_workers *w)
{
	pthread_mutex_lock(&w->lock);
	bool full = w->next_submit - w->next_take >= w->cap;
	pthread_mutex_unlock(&w->lock);
	return full;
}

void idx_workers_submit(struct idx_workers *w, const char *where,
			unsigned long lineno, const char *json, size_t len)
{
	pthread_mutex_lock(&w->lock);
	if (w->next_submit - w->next_take >= w->cap) {
		/* Waiting here could never end: see idx_workers.h. */
		fprintf(stderr, "idx_workers_submit: window full; take a result first\n");
		abort();
	}
	struct slot *s = &w->ring[w->next_submit % w->cap];
	memset(s, 0, sizeof(*s));
	s->json = ss_xstrndup(json, len);
	s->res.where = ss_xstrdup(where);
	s->res.lineno = lineno;
	s->res.len = len;
	s->state = SLOT_QUEUED;
	w->next_submit++;
	pthread_cond_signal(&w->work);
	pthread_mutex_unlock(&w->lock);
}

bool idx_workers_next(struct idx_workers *w, bool wait, struct idx_result *out)
{
	pthread_mutex_lock(&w->lock);
	struct slot *s = &w->ring[w->next_take % w->cap];
	while (w->next_take < w->next_submit && s->state != SLOT_DONE && wait)
		pthread_cond_wait(&w->done, &w->lock);
	bool ready = w->next_take < w->next_submit && s->state == SLOT_DONE;
	if (ready) {
		*out = s->res;
		s->state = SLOT_FREE;
		w->next_take++;
	}
	pthread_mutex_unlock(&w->lock);
	return ready;
}

void idx_result_release(struct idx_result *r)
{
	free(r->where);
	idx_built_release(&r->built);
	memset(r, 0, sizeof(*r));
}

void idx_workers_free(struct idx_workers *w)
{
	if (!w)
		return;
	struct idx_result r;
	while (idx_workers_next(w, true, &r))
		idx_result_release(&r);
	pthread_mutex_lock(&w->lock);
	w->stopping = true;
	pthread_cond_broadcast(&w->work);
	pthread_mutex_unlock(&w->lock);
	for (unsigned i = 0; i < w->started; i++)
		pthread_join(w->threads[i], NULL);
	for (unsigned i = 0; i < w->nthreads; i++)
		idx_pipeline_free(w->pipes[i]);
	pthread_mutex_destroy(&w->lock);
	pthread_cond_destroy(&w->work);
	pthread_cond_destroy(&w->done);
	free(w->pipes);
	free(w->threads);
	free(w->ring);
	free(w);
}
