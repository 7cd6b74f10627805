/* xw_index.cc: building documents (analyser, doc) and the single writer.
 * Analysis is separate from writing so that several threads can build
 * documents while one thread owns the WritableDatabase (Xapian allows one
 * writer per index). */
#include "xw_internal.h"

#include <cstring>

struct xw_analyzer {
	Xapian::TermGenerator tg;
	XwDocStemmer *stemmer;	/* owned by the Xapian::Stem inside tg */
};

struct xw_doc {
	Xapian::Document doc;
	bool has_text = false;
};

struct xw_writer {
	Xapian::WritableDatabase db;
	bool spelling = true;
};

static const size_t XW_MAX_TERM = 240;	/* Xapian's hard limit is 245 */

extern "C" enum ss_status xw_analyzer_new(struct xw_analyzer **out,
					  struct ss_err *err)
{
	*out = NULL;
	try {
		xw_analyzer *a = new xw_analyzer;
		a->stemmer = new XwDocStemmer(false);
		a->tg.set_stemmer(Xapian::Stem(a->stemmer));
		a->tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
		a->tg.set_max_word_length(64);
		*out = a;
		return SS_OK;
	} catch (...) {
		return xw_fail(err, "cannot create analyser");
	}
}

extern "C" void xw_analyzer_free(struct xw_analyzer *a)
{
	delete a;
}

extern "C" struct xw_doc *xw_doc_new(void)
{
	return new xw_doc;
}

extern "C" void xw_doc_free(struct xw_doc *d)
{
	delete d;
}

extern "C" enum ss_status xw_analyzer_index(struct xw_analyzer *a,
					    struct xw_doc *d, const char *text,
					    size_t len, const char *doc_lang,
					    unsigned weight, struct ss_err *err)
{
	try {
		a->stemmer->set_kyrgyz_doc(doc_lang && strcmp(doc_lang, "ky") == 0);
		a->tg.set_document(d->doc);
		if (d->has_text)
			a->tg.increase_termpos(100);
		a->tg.index_text(Xapian::Utf8Iterator(text, len), weight ? weight : 1);
		/* set_document copies a handle; take the updated document back,
		 * then let go of it: Xapian's reference counts are not atomic,
		 * and the document is about to belong to the writer's thread. */
		d->doc = a->tg.get_document();
		a->tg.set_document(Xapian::Document());
		d->has_text = true;
		return SS_OK;
	} catch (...) {
		return xw_fail(err, "cannot index text");
	}
}

extern "C" void xw_doc_add_term(struct xw_doc *d, const char *term)
{
	size_t n = strlen(term);
	if (n == 0 || n > XW_MAX_TERM)
		return;
	d->doc.add_boolean_term(std::string(term, n));
}

extern "C" void xw_doc_set_value(struct xw_doc *d, enum xw_slot slot,
				 const char *val, size_t len)
{
	d->doc.add_value(slot, std::string(val, len));
}

extern "C" void xw_doc_set_data(struct xw_doc *d, const char *data, size_t len)
{
	d->doc.set_data(std::string(data, len));
}

extern "C" enum ss_status xw_writer_open(const char *path,
					 struct xw_writer **out,
					 struct ss_err *err)
{
	*out = NULL;
	try {
		xw_writer *w = new xw_writer;
		try {
			w->db = Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
		} catch (...) {
			delete w;
			throw;
		}
		*out = w;
		return SS_OK;
	} catch (...) {
		char what[300];
		snprintf(what, sizeof(what), "cannot open index '%s' for writing", path);
		return xw_fail(err, what);
	}
}

/* Words of the document go to the spelling table, so that a mistyped query
 * can be answered with a suggestion. */
static void add_spelling(Xapian::WritableDatabase &db, const Xapian::Document &doc)
{
	for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
		const std::string &term = *t;
		unsigned char c = (unsigned char)term[0];
		/* Skip prefixed terms (ASCII capitals) and numbers. */
		if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || term.size() < 6)
			continue;
		db.add_spelling(term, t.get_wdf());
	}
}

extern "C" enum ss_status xw_writer_replace(struct xw_writer *w,
					    const char *uid, struct xw_doc *d,
					    struct ss_err *err)
{
	try {
		d->doc.add_boolean_term(uid);
		w->db.replace_document(uid, d->doc);
		if (w->spelling)
			add_spelling(w->db, d->doc);
		return SS_OK;
	} catch (...) {
		return xw_fail(err, "cannot add document");
	}
}

extern "C" enum ss_status xw_writer_delete(struct xw_writer *w,
					   const char *uid, struct ss_err *err)
{
	try {
		w->db.delete_document(uid);
		return SS_OK;
	} catch (...) {
		return xw_fail(err, "cannot delete document");
	}
}

extern "C" enum ss_status xw_writer_commit(struct xw_writer *w,
					   struct ss_err *err)
{
	try {
		w->db.commit();
		return SS_OK;
	} catch (...) {
		return xw_fail(err, "cannot commit index");
	}
}

extern "C" enum ss_status xw_writer_set_meta(struct xw_writer *w,
					     const char *key, const char *val,
					     struct ss_err *err)
{
	try {
		w->db.set_metadata(key, val);
		return SS_OK;
	} catch (...) {
		return xw_fail(err, "cannot write index metadata");
	}
}

extern "C" enum ss_status xw_writer_get_meta(struct xw_writer *w,
					     const char *key, char **val,
					     struct ss_err *err)
{
	*val = NULL;
	try {
		std::string v = w->db.get_metadata(key);
		*val = strdup(v.c_str());
		if (!*val)
			abort();
		return SS_OK;
	} catch (...) {
		return xw_fail(err, "cannot read index metadata");
	}
}

extern "C" uint64_t xw_writer_termfreq(struct xw_writer *w, const char *term)
{
	try {
		return w->db.get_termfreq(term);
	} catch (...) {
		return 0;
	}
}

extern "C" void xw_writer_set_spelling(struct xw_writer *w, bool on)
{
	w->spelling = on;
}

extern "C" void xw_writer_close(struct xw_writer *w)
{
	if (!w)
		return;
	try {
		/* Xapian commits pending changes on close; callers commit
		 * before anything that depends on durability. */
		w->db.close();
	} catch (...) {
	}
	delete w;
}
