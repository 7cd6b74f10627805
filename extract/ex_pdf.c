/* ex_pdf.c: the text layer of a PDF, page by page, through poppler-glib.
 * A scanned decision has pages but no text; we say so rather than index
 * an empty act, since the clerk can usually send the DOCX instead.  Each
 * document object belongs to one call, which is all poppler's thread
 * safety asks. */
#include <string.h>

#include <glib.h>
#include <poppler.h>

#include "ex_int.h"

static bool has_text(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] && !strchr(" \t\r\n\f\v", s[i]))
			return true;
	return false;
}

enum ss_status ex_pdf_read(const char *data, size_t len, struct ss_buf *raw,
			   struct ss_err *err)
{
	GBytes *bytes = g_bytes_new(data, len);
	GError *gerr = NULL;
	PopplerDocument *doc = poppler_document_new_from_bytes(bytes, NULL, &gerr);
	g_bytes_unref(bytes);	/* the document keeps its own reference */
	if (!doc) {
		enum ss_status st = ss_err_set(err, SS_ERR_INVAL,
			"the PDF cannot be read (%s); it may be damaged, truncated or password-protected",
			gerr && gerr->message ? gerr->message : "unknown error");
		if (gerr)
			g_error_free(gerr);
		return st;
	}
	enum ss_status st = SS_OK;
	int pages = poppler_document_get_n_pages(doc);
	for (int i = 0; i < pages && st == SS_OK; i++) {
		PopplerPage *page = poppler_document_get_page(doc, i);
		if (!page)
			continue;
		char *t = poppler_page_get_text(page);
		if (i > 0 && ss_buf_addc(raw, '\n') != SS_OK)
			st = ex_too_large(err);
		else if (t && ss_buf_adds(raw, t) != SS_OK)
			st = ex_too_large(err);
		g_free(t);
		g_object_unref(page);
	}
	g_object_unref(doc);
	if (st == SS_OK && !has_text(raw->data, raw->len))
		st = ss_err_set(err, SS_ERR_INVAL,
				"the PDF has no text layer (a scan?); send the DOCX or a text PDF");
	return st;
}
