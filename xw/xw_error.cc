/* xw_error.cc: maps whatever Xapian (or the C++ runtime) threw into our
 * status codes, so no exception crosses into C (the dovecot fts-xapian
 * crashes came from exactly that). */
#include "xw_internal.h"

#include <new>

enum ss_status xw_fail(struct ss_err *err, const char *what)
{
	try {
		throw;
	} catch (const Xapian::DatabaseLockError &e) {
		return ss_err_set(err, SS_ERR_DB_LOCKED,
				  "%s: index is locked by another writer (is another indexer running?): %s",
				  what, e.get_msg().c_str());
	} catch (const Xapian::DatabaseOpeningError &e) {
		return ss_err_set(err, SS_ERR_NOTFOUND, "%s: %s", what,
				  e.get_msg().c_str());
	} catch (const Xapian::QueryParserError &e) {
		return ss_err_set(err, SS_ERR_INVAL, "cannot parse query: %s",
				  e.get_msg().c_str());
	} catch (const Xapian::DocNotFoundError &e) {
		return ss_err_set(err, SS_ERR_NOTFOUND, "%s: %s", what,
				  e.get_msg().c_str());
	} catch (const Xapian::Error &e) {
		return ss_err_set(err, SS_ERR_XAPIAN, "%s: %s", what,
				  e.get_description().c_str());
	} catch (const std::bad_alloc &) {
		return ss_err_set(err, SS_ERR_NOMEM, "%s: out of memory", what);
	} catch (const std::exception &e) {
		return ss_err_set(err, SS_ERR_INTERNAL, "%s: %s", what, e.what());
	} catch (...) {
		return ss_err_set(err, SS_ERR_INTERNAL, "%s: unknown exception", what);
	}
}
