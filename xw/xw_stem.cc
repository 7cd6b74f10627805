/* xw_stem.cc: the stemmers Xapian calls: per-word language choice at index
 * time, both languages at query time, and xw_stem() for the command line and
 * evaluations. */
#include "xw_internal.h"

#include <cstdlib>
#include <cstring>
#include <vector>

extern "C" {
#include "ky_stem.h"
#include "lang.h"
}

std::string xw_ky_stem(const std::string &word)
{
	std::vector<char> out(word.size() + 1);
	size_t n = ky_stem(word.data(), word.size(), out.data(), out.size());
	return std::string(out.data(), n);
}

std::string XwDocStemmer::operator()(const std::string &word)
{
	bool ky = kyrgyz_doc_;
	if (!ky) {
		auto hit = ru_cache_.find(word);
		if (hit != ru_cache_.end())
			return hit->second;
		ky = lang_word_is_kyrgyz(word.data(), word.size());
	}
	auto &cache = ky ? ky_cache_ : ru_cache_;
	if (ky) {
		auto hit = ky_cache_.find(word);
		if (hit != ky_cache_.end())
			return hit->second;
	}
	if (cache.size() >= CACHE_MAX)
		cache.clear();
	std::string stem = ky ? xw_ky_stem(word) : russian_(word);
	cache.emplace(word, stem);
	return stem;
}

/* Leaves Xapian's QueryParser makes for stemmed words are "Z<word>" terms;
 * only rebuild the subtrees that hold one, so everything else (phrases,
 * NEAR windows, value ranges, weights) keeps its exact original form. */
static bool has_z_term(const Xapian::Query &q)
{
	for (auto t = q.get_terms_begin(); t != q.get_terms_end(); ++t)
		if (!(*t).empty() && (*t)[0] == 'Z')
			return true;
	return false;
}

static bool rebuildable(Xapian::Query::op op)
{
	switch (op) {
	case Xapian::Query::OP_AND:
	case Xapian::Query::OP_OR:
	case Xapian::Query::OP_AND_NOT:
	case Xapian::Query::OP_XOR:
	case Xapian::Query::OP_AND_MAYBE:
	case Xapian::Query::OP_FILTER:
	case Xapian::Query::OP_SYNONYM:
	case Xapian::Query::OP_MAX:
		return true;
	default:
		return false;
	}
}

Xapian::Query xw_query_bilingual(const Xapian::Query &q,
				 const Xapian::Stem &russian)
{
	if (!has_z_term(q))
		return q;
	Xapian::Query::op op = q.get_type();
	if (op == Xapian::Query::LEAF_TERM) {
		std::string word = (*q.get_terms_begin()).substr(1);
		std::string ru = "Z" + russian(word);
		std::string ky = "Z" + xw_ky_stem(word);
		if (ru == ky)
			return Xapian::Query(ru);
		Xapian::Query pair[] = {Xapian::Query(ru), Xapian::Query(ky)};
		return Xapian::Query(Xapian::Query::OP_SYNONYM, pair, pair + 2);
	}
	if (!rebuildable(op))
		return q;
	std::vector<Xapian::Query> subs;
	for (size_t i = 0; i < q.get_num_subqueries(); i++)
		subs.push_back(xw_query_bilingual(q.get_subquery(i), russian));
	return Xapian::Query(op, subs.begin(), subs.end());
}

extern "C" enum ss_status xw_stem(const char *lang, const char *word,
				  size_t len, char **out, struct ss_err *err)
{
	*out = NULL;
	try {
		std::string w(word, len), s;
		if (strcmp(lang, "ky") == 0)
			s = xw_ky_stem(w);
		else if (strcmp(lang, "none") == 0)
			s = w;
		else
			s = Xapian::Stem(strcmp(lang, "ru") == 0 ? "russian" : lang)(w);
		*out = strdup(s.c_str());
		if (!*out)
			return ss_err_set(err, SS_ERR_NOMEM, "out of memory");
		return SS_OK;
	} catch (const Xapian::InvalidArgumentError &e) {
		return ss_err_set(err, SS_ERR_INVAL, "unknown stemmer language '%s'", lang);
	} catch (...) {
		return xw_fail(err, "cannot stem");
	}
}
