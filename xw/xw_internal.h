/* xw_internal.h: what the wrapper's C++ files share and C never sees: the
 * exception-to-status mapping and the bilingual stemmers. */
#ifndef XW_INTERNAL_H
#define XW_INTERNAL_H

#include <string>
#include <unordered_map>

#include <xapian.h>

#include "xw.h"

/* Call only inside a catch block: classifies the exception in flight into a
 * status and a message prefixed with what was being done. */
enum ss_status xw_fail(struct ss_err *err, const char *what);

/* Index-time stemmer: a word with Kyrgyz-only letters goes to the Kyrgyz
 * stemmer, any other word to the stemmer of the document's language.
 * Word frequencies are Zipfian, so a bounded cache per language answers
 * most words without stemming them again (one stemmer per thread, so no
 * locking). */
class XwDocStemmer : public Xapian::StemImplementation {
  public:
	explicit XwDocStemmer(bool kyrgyz_doc) : kyrgyz_doc_(kyrgyz_doc) {}
	void set_kyrgyz_doc(bool k) { kyrgyz_doc_ = k; }
	std::string operator()(const std::string &word) override;
	std::string get_description() const override { return "sotsearch ru+ky"; }

  private:
	static const size_t CACHE_MAX = 1 << 18;
	bool kyrgyz_doc_;
	Xapian::Stem russian_{"russian"};
	std::unordered_map<std::string, std::string> ru_cache_, ky_cache_;
};

/* Query-time stemmer: returns the word itself, so that each Z-term of a
 * parsed query still holds the word the user typed; xw_query_bilingual()
 * then replaces it by the synonym of its Russian and Kyrgyz stems. */
class XwIdentityStemmer : public Xapian::StemImplementation {
  public:
	std::string operator()(const std::string &word) override { return word; }
	std::string get_description() const override { return "identity"; }
};

/* Rewrites every "Z<word>" leaf of q into OP_SYNONYM(Z<ru stem>, Z<ky stem>). */
Xapian::Query xw_query_bilingual(const Xapian::Query &q,
				 const Xapian::Stem &russian);

/* The Kyrgyz stem of a lower-case word. */
std::string xw_ky_stem(const std::string &word);

#endif
