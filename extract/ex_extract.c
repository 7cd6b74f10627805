/* ex_extract.c: the entry point of extract.h: picks the reader for the
 * format, then hands its raw text to ex_tidy so every format comes out in
 * the same shape.  Also the process-wide libxml2 set-up. */
#include "extract.h"

#include <pthread.h>
#include <stdlib.h>

#include <libxml/parser.h>

#include "ex_int.h"

static pthread_once_t xml_once = PTHREAD_ONCE_INIT;

static void xml_init_once(void)
{
	xmlInitParser();
}

/* xmlInitParser is not safe to race; every reader calls this first.  We
 * never call xmlCleanupParser: other threads may still be parsing. */
void ex_xml_init(void)
{
	pthread_once(&xml_once, xml_init_once);
}

enum ss_status ex_too_large(struct ss_err *err)
{
	return ss_err_set(err, SS_ERR_TOO_LARGE,
			  "the document's text is longer than %u MB; split it into several files",
			  EX_MAX_TEXT >> 20);
}

enum ss_status ex_extract(enum ex_format f, const char *data, size_t len,
			  char **out, size_t *out_len, struct ss_err *err)
{
	*out = NULL;
	*out_len = 0;
	if (!data || len == 0)
		return ss_err_set(err, SS_ERR_INVAL, "the file is empty");

	struct ss_buf raw;
	ss_buf_init(&raw, EX_MAX_TEXT);
	enum ss_status st;
	switch (f) {
	case EX_TEXT:
		st = ex_text_read(data, len, &raw, err);
		break;
	case EX_HTML:
		st = ex_html_read(data, len, &raw, err);
		break;
	case EX_DOCX:
		st = ex_docx_read(data, len, &raw, err);
		break;
	case EX_PDF:
		st = ex_pdf_read(data, len, &raw, err);
		break;
	case EX_UNKNOWN:
	default:
		st = ss_err_set(err, SS_ERR_INVAL,
				"unsupported file format; send the act as DOCX, PDF with text, HTML or plain text");
		break;
	}
	if (st == SS_OK)
		st = ex_tidy(raw.data, raw.len, out, out_len, err);
	ss_buf_release(&raw);
	return st;
}
