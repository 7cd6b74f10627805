/* xw_search.cc: read-only index handles, the query language (prefixes,
 * date ranges, bilingual stems) and result sets with snippets. */
#include "xw_internal.h"

#include <cstdlib>
#include <algorithm>
#include <cstring>
#include <map>
#include <memory>

extern "C" {
#include "norm.h"
#include "ss_key.h"
}

/* Throwing from inside Xapian's parser leaks its state (seen under ASan),
 * so our field and range processors record the first error here and
 * return a query that matches nothing; xw_search raises it after
 * parse_query has returned. */
struct XwParseErrors {
	std::string first;
	void note(const std::string &msg)
	{
		if (first.empty())
			first = msg;
	}
};

/* judge:<name> → XJ<key>: the key of the whole name ("Асанова Г.Т.") and
 * of a lone surname ("Асанова") are both indexed. */
class XwJudgeField : public Xapian::FieldProcessor {
  public:
	explicit XwJudgeField(XwParseErrors &errors) : errors_(errors) {}
	Xapian::Query operator()(const std::string &str) override
	{
		char *k = NULL;
		struct ss_err err;
		if (ss_key_name(str.data(), str.size(), &k, &err) != SS_OK) {
			errors_.note("judge: name is not valid text");
			return Xapian::Query::MatchNothing;
		}
		std::string term = std::string("XJ") + k;
		free(k);
		return Xapian::Query(term);
	}

  private:
	XwParseErrors &errors_;
};

/* norm:<any human reference or canonical id> → XN terms, through the same
 * parser the indexer uses, so norm:"ч.2 ст.166 УК" and norm:УК-166-2 meet.
 * An article matches acts citing any of its parts (terms exist at every
 * level). */
class XwNormField : public Xapian::FieldProcessor {
  public:
	explicit XwNormField(XwParseErrors &errors) : errors_(errors) {}
	Xapian::Query operator()(const std::string &str) override
	{
		struct norm_list l = {NULL, 0};
		struct ss_err err;
		if (norm_parse_query(str.data(), str.size(), &l, &err) != SS_OK || l.n == 0) {
			norm_list_release(&l);
			errors_.note("norm: '" + str.substr(0, 80) +
				     "' is not a reference to a norm of law (try norm:УК-166-2 or norm:\"ч.2 ст.166 УК\")");
			return Xapian::Query::MatchNothing;
		}
		std::vector<Xapian::Query> terms;
		for (size_t i = 0; i < l.n; i++)
			terms.emplace_back(std::string("XN") + l.refs[i].id);
		norm_list_release(&l);
		return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
	}

  private:
	XwParseErrors &errors_;
};

/* date:2020-01-01..2020-12-31, date:2020..2021, date:20200101.. — the
 * ends become yyyymmdd strings compared against value slot 0. */
class XwDateRange : public Xapian::RangeProcessor {
  public:
	explicit XwDateRange(XwParseErrors &errors)
		: Xapian::RangeProcessor(XW_SLOT_DATE, "date:"), errors_(errors) {}

	static bool normalise(const std::string &in, bool upper, std::string &out)
	{
		std::string d;
		for (char c : in) {
			if (c >= '0' && c <= '9')
				d += c;
			else if (c != '-' && c != '.' && c != '/')
				return false;
		}
		if (d.size() == 4)
			d += upper ? "1231" : "0101";
		else if (d.size() == 6)
			d += upper ? "31" : "01";
		if (d.size() != 8)
			return false;
		out = d;
		return true;
	}

	Xapian::Query operator()(const std::string &b, const std::string &e) override
	{
		std::string lo, hi;
		if (!b.empty() && !normalise(b, false, lo)) {
			errors_.note("date range start '" + b + "' is not a date (use YYYY-MM-DD)");
			return Xapian::Query::MatchNothing;
		}
		if (!e.empty() && !normalise(e, true, hi)) {
			errors_.note("date range end '" + e + "' is not a date (use YYYY-MM-DD)");
			return Xapian::Query::MatchNothing;
		}
		if (lo.empty())
			return Xapian::Query(Xapian::Query::OP_VALUE_LE, XW_SLOT_DATE, hi);
		if (hi.empty())
			return Xapian::Query(Xapian::Query::OP_VALUE_GE, XW_SLOT_DATE, lo);
		return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, XW_SLOT_DATE, lo, hi);
	}

  private:
	XwParseErrors &errors_;
};

static const Xapian::doccount XW_EXACT_TOTAL = 1000;

struct xw_db {
	Xapian::Database db;
	Xapian::QueryParser qp;
	XwParseErrors parse_errors;
	Xapian::Stem russian{"russian"};
	/* Snippets stem every word of every hit: long-lived stemmers keep
	 * their caches warm across requests (one handle per thread). */
	Xapian::Stem snippet_ru{new XwDocStemmer(false)};
	Xapian::Stem snippet_ky{new XwDocStemmer(true)};
};

struct xw_mset {
	Xapian::MSet mset;
	std::string suggestion;
	xw_db *db;
};

static void setup_parser(xw_db *h)
{
	Xapian::QueryParser &qp = h->qp;
	qp.set_database(h->db);
	qp.set_default_op(Xapian::Query::OP_AND);
	qp.set_stemmer(Xapian::Stem(new XwIdentityStemmer));
	qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
	qp.set_max_expansion(500, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT,
			     Xapian::QueryParser::FLAG_WILDCARD |
			     Xapian::QueryParser::FLAG_PARTIAL);
	qp.add_boolean_prefix("court", "XC");
	qp.add_boolean_prefix("type", "XT");
	qp.add_boolean_prefix("instance", "XI");
	qp.add_boolean_prefix("lang", "L");
	qp.add_boolean_prefix("year", "Y");
	qp.add_boolean_prefix("outcome", "XO");
	qp.add_boolean_prefix("judge", (new XwJudgeField(h->parse_errors))->release());
	qp.add_boolean_prefix("norm", (new XwNormField(h->parse_errors))->release());
	qp.add_rangeprocessor((new XwDateRange(h->parse_errors))->release());
}

extern "C" enum ss_status xw_db_open(const char *path, struct xw_db **out,
				     struct ss_err *err)
{
	*out = NULL;
	xw_db *h = NULL;
	try {
		h = new xw_db;
		h->db = Xapian::Database(path);
		setup_parser(h);
		*out = h;
		return SS_OK;
	} catch (...) {
		delete h;
		char what[300];
		snprintf(what, sizeof(what), "cannot open index '%s'", path);
		return xw_fail(err, what);
	}
}

extern "C" enum ss_status xw_db_reopen(struct xw_db *h, bool *changed,
				       struct ss_err *err)
{
	try {
		bool c = h->db.reopen();
		if (changed)
			*changed = c;
		return SS_OK;
	} catch (...) {
		return xw_fail(err, "cannot reopen index");
	}
}

extern "C" void xw_db_close(struct xw_db *h)
{
	delete h;
}

extern "C" uint64_t xw_db_doccount(struct xw_db *h)
{
	try {
		return h->db.get_doccount();
	} catch (...) {
		return 0;
	}
}

static char *dup_string(const std::string &s, size_t *len)
{
	char *p = (char *)malloc(s.size() + 1);
	if (!p)
		throw std::bad_alloc();
	memcpy(p, s.data(), s.size());
	p[s.size()] = '\0';
	if (len)
		*len = s.size();
	return p;
}

/* Retries once when a concurrent commit overwrote the revision being read
 * (Xapian's DatabaseModifiedError), after moving to the newest revision. */
template <class F>
static enum ss_status with_retry(xw_db *h, const char *what, struct ss_err *err, F f)
{
	for (int attempt = 0;; attempt++) {
		try {
			f();
			return SS_OK;
		} catch (const Xapian::DatabaseModifiedError &) {
			if (attempt == 0) {
				try {
					h->db.reopen();
					continue;
				} catch (...) {
					return xw_fail(err, what);
				}
			}
			return xw_fail(err, what);
		} catch (...) {
			return xw_fail(err, what);
		}
	}
}

extern "C" enum ss_status xw_db_get(struct xw_db *h, const char *uid,
				    char **data, size_t *len,
				    struct ss_err *err)
{
	*data = NULL;
	bool found = false;
	enum ss_status st = with_retry(h, "cannot read document", err, [&]() {
		Xapian::PostingIterator p = h->db.postlist_begin(uid);
		if (p == h->db.postlist_end(uid))
			return;
		*data = dup_string(h->db.get_document(*p).get_data(), len);
		found = true;
	});
	if (st)
		return st;
	if (!found)
		return ss_err_set(err, SS_ERR_NOTFOUND, "no act with this id");
	return SS_OK;
}

extern "C" enum ss_status xw_db_get_meta(struct xw_db *h, const char *key,
					 char **val, struct ss_err *err)
{
	*val = NULL;
	std::string v;
	enum ss_status st = with_retry(h, "cannot read index metadata", err, [&]() {
		v = h->db.get_metadata(key);
	});
	if (st)
		return st;
	size_t n;
	*val = dup_string(v, &n);
	return SS_OK;
}

/* A suggestion that replaces each word absent from the index by the
 * spelling table's nearest word.  Xapian's own corrected-query string looks
 * words up after stemming, and our query-time stems are the words
 * themselves, so it would "correct" words that are in the index. */
static std::string suggest(Xapian::Database &db, const std::string &q)
{
	std::string out;
	bool changed = false;
	Xapian::Utf8Iterator it(q), end;
	while (it != end) {
		const char *start = it.raw();
		if (!Xapian::Unicode::is_wordchar(*it)) {
			++it;
			out.append(start, it.raw() - start);
			continue;
		}
		bool upper = false;
		while (it != end && Xapian::Unicode::is_wordchar(*it)) {
			upper |= Xapian::Unicode::get_category(*it) == Xapian::Unicode::UPPERCASE_LETTER;
			++it;
		}
		std::string word(start, it.raw() - start);
		/* Leave operators, field names and numbers alone. */
		bool field = it != end && *it == ':';
		bool digit = word[0] >= '0' && word[0] <= '9';
		if (!upper && !field && !digit && word.size() >= 6 && !db.term_exists(word)) {
			std::string s = db.get_spelling_suggestion(word, 2);
			if (!s.empty() && s != word) {
				word = s;
				changed = true;
			}
		}
		out += word;
	}
	return changed ? out : std::string();
}

static Xapian::Query build_filters(const struct xw_search_req *req)
{
	/* Groups are small and few: OR the terms of each group, AND the groups. */
	std::vector<Xapian::Query> groups;
	std::vector<unsigned> seen;
	for (size_t i = 0; i < req->n_filters; i++) {
		unsigned g = req->filter_groups[i];
		bool done = false;
		for (unsigned s : seen)
			done |= s == g;
		if (done)
			continue;
		seen.push_back(g);
		std::vector<Xapian::Query> terms;
		for (size_t j = i; j < req->n_filters; j++)
			if (req->filter_groups[j] == g)
				terms.emplace_back(req->filters[j]);
		groups.emplace_back(Xapian::Query::OP_OR, terms.begin(), terms.end());
	}
	if (req->date_from || req->date_to) {
		if (req->date_from && req->date_to)
			groups.emplace_back(Xapian::Query::OP_VALUE_RANGE, XW_SLOT_DATE,
					    req->date_from, req->date_to);
		else if (req->date_from)
			groups.emplace_back(Xapian::Query::OP_VALUE_GE, XW_SLOT_DATE, req->date_from);
		else
			groups.emplace_back(Xapian::Query::OP_VALUE_LE, XW_SLOT_DATE, req->date_to);
	}
	if (groups.empty())
		return Xapian::Query();
	return Xapian::Query(Xapian::Query::OP_AND, groups.begin(), groups.end());
}

/* The whole query of a request: the parsed text (bilingual stems) filtered
 * by the parameters' terms and dates. */
static Xapian::Query build_query(xw_db *h, const struct xw_search_req *req)
{
	unsigned flags = Xapian::QueryParser::FLAG_DEFAULT |
			 Xapian::QueryParser::FLAG_WILDCARD |
			 Xapian::QueryParser::FLAG_PURE_NOT;
	Xapian::Query q;
	if (req->q && *req->q) {
		h->parse_errors.first.clear();
		q = h->qp.parse_query(req->q, flags);
		if (!h->parse_errors.first.empty())
			throw Xapian::QueryParserError(h->parse_errors.first);
		q = xw_query_bilingual(q, h->russian);
	}
	if (q.empty())
		q = Xapian::Query::MatchAll;
	Xapian::Query f = build_filters(req);
	if (!f.empty())
		q = Xapian::Query(Xapian::Query::OP_FILTER, q, f);
	return q;
}

extern "C" enum ss_status xw_search(struct xw_db *h,
				    const struct xw_search_req *req,
				    struct xw_mset **out, struct ss_err *err)
{
	*out = NULL;
	xw_mset *m = new (std::nothrow) xw_mset;
	if (!m)
		return ss_err_set(err, SS_ERR_NOMEM, "out of memory");
	enum ss_status st = with_retry(h, "search failed", err, [&]() {
		Xapian::Query q = build_query(h, req);
		if (req->spelling && req->q && *req->q)
			m->suggestion = suggest(h->db, req->q);
		Xapian::Enquire enq(h->db);
		enq.set_query(q);
		switch (req->sort) {
		case XW_SORT_RELEVANCE:
			break;
		case XW_SORT_DATE_DESC:
			enq.set_sort_by_value_then_relevance(XW_SLOT_DATE, true);
			break;
		case XW_SORT_DATE_ASC:
			enq.set_sort_by_value_then_relevance(XW_SLOT_DATE, false);
			break;
		}
		/* Counts matter to researchers: totals are exact up to this many
		 * matches past the page, estimated (total_exact false) beyond. */
		m->mset = enq.get_mset(req->offset, req->limit, req->offset + req->limit + XW_EXACT_TOTAL);
	});
	if (st) {
		delete m;
		return st;
	}
	m->db = h;
	*out = m;
	return SS_OK;
}

extern "C" size_t xw_mset_size(const struct xw_mset *m)
{
	return m->mset.size();
}

extern "C" void xw_mset_totals(const struct xw_mset *m, uint64_t *estimate,
			       uint64_t *lower, uint64_t *upper)
{
	*estimate = m->mset.get_matches_estimated();
	*lower = m->mset.get_matches_lower_bound();
	*upper = m->mset.get_matches_upper_bound();
}

extern "C" const char *xw_mset_suggestion(const struct xw_mset *m)
{
	return m->suggestion.empty() ? NULL : m->suggestion.c_str();
}

extern "C" enum ss_status xw_mset_data(struct xw_mset *m, size_t i,
				       char **data, size_t *len,
				       struct ss_err *err)
{
	*data = NULL;
	try {
		Xapian::MSetIterator it = m->mset[(Xapian::doccount)i];
		*data = dup_string(it.get_document().get_data(), len);
		return SS_OK;
	} catch (...) {
		return xw_fail(err, "cannot read hit");
	}
}

extern "C" enum ss_status xw_mset_snippet(struct xw_mset *m,
					  const char *text, size_t len,
					  const char *doc_lang,
					  size_t max_chars, char **out,
					  struct ss_err *err)
{
	*out = NULL;
	try {
		bool ky = doc_lang && strcmp(doc_lang, "ky") == 0;
		const Xapian::Stem &stem = ky ? m->db->snippet_ky : m->db->snippet_ru;
		std::string s = m->mset.snippet(std::string(text, len), max_chars, stem,
						Xapian::MSet::SNIPPET_BACKGROUND_MODEL |
						Xapian::MSet::SNIPPET_EXHAUSTIVE,
						"<mark>", "</mark>", "…");
		*out = dup_string(s, NULL);
		return SS_OK;
	} catch (...) {
		return xw_fail(err, "cannot make snippet");
	}
}

extern "C" void xw_mset_free(struct xw_mset *m)
{
	delete m;
}

/* Counts the values of one slot over the matches; values holding several
 * entries separated by '\n' (the norms slot) count each entry. */
class XwValueSpy : public Xapian::MatchSpy {
  public:
	explicit XwValueSpy(Xapian::valueno slot) : slot_(slot) {}
	void operator()(const Xapian::Document &doc, double) override
	{
		const std::string v = doc.get_value(slot_);
		size_t start = 0;
		while (start < v.size()) {
			size_t end = v.find('\n', start);
			if (end == std::string::npos)
				end = v.size();
			if (end > start)
				counts_[v.substr(start, end - start)]++;
			start = end + 1;
		}
	}
	std::string name() const override { return "XwValueSpy"; }
	std::map<std::string, uint64_t> counts_;

  private:
	Xapian::valueno slot_;
};

extern "C" enum ss_status xw_facets(struct xw_db *h,
				    const struct xw_search_req *req,
				    const enum xw_slot *slots, size_t nslots,
				    size_t max, uint64_t *total,
				    struct xw_facet *out, struct ss_err *err)
{
	memset(out, 0, nslots * sizeof(*out));
	*total = 0;
	std::vector<std::unique_ptr<XwValueSpy>> spies;
	try {
		for (size_t i = 0; i < nslots; i++)
			spies.emplace_back(new XwValueSpy(slots[i]));
	} catch (...) {
		return xw_fail(err, "cannot count");
	}
	enum ss_status st = with_retry(h, "cannot count", err, [&]() {
		Xapian::Enquire enq(h->db);
		enq.set_query(build_query(h, req));
		enq.set_weighting_scheme(Xapian::BoolWeight());
		for (auto &s : spies) {
			s->counts_.clear();
			enq.add_matchspy(s.get());
		}
		Xapian::doccount all = h->db.get_doccount();
		Xapian::MSet m = enq.get_mset(0, 0, all);
		*total = m.get_matches_estimated();
	});
	if (st)
		return st;
	try {
		for (size_t i = 0; i < nslots; i++) {
			std::vector<std::pair<uint64_t, std::string>> v;
			for (auto &kv : spies[i]->counts_)
				v.emplace_back(kv.second, kv.first);
			/* Most frequent first; ties by value, so output is stable. */
			std::sort(v.begin(), v.end(), [](const auto &a, const auto &b) {
				return a.first != b.first ? a.first > b.first : a.second < b.second;
			});
			if (v.size() > max)
				v.resize(max);
			out[i].slot = slots[i];
			out[i].counts = (struct xw_count *)calloc(v.size() + 1, sizeof(struct xw_count));
			if (!out[i].counts)
				throw std::bad_alloc();
			for (auto &e : v) {
				out[i].counts[out[i].n].value = dup_string(e.second, NULL);
				out[i].counts[out[i].n].count = e.first;
				out[i].n++;
			}
		}
		return SS_OK;
	} catch (...) {
		xw_facets_release(out, nslots);
		return xw_fail(err, "cannot count");
	}
}

extern "C" void xw_facets_release(struct xw_facet *f, size_t nslots)
{
	for (size_t i = 0; i < nslots; i++) {
		for (size_t k = 0; k < f[i].n; k++)
			free(f[i].counts[k].value);
		free(f[i].counts);
		f[i].counts = NULL;
		f[i].n = 0;
	}
}
