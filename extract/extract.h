/* extract.h: the text of a court act delivered as a file: DOCX (libzip +
 * libxml2), HTML (libxml2's HTML parser), PDF with a text layer
 * (poppler-glib) or plain text.  Output is UTF-8 with one paragraph per
 * line ("\n"), no NUL bytes, nothing else normalised (the pipeline does
 * NFC).  Layout is tidied the same way for every format: "\r\n" and "\r"
 * become "\n", lines lose trailing spaces and tabs, runs of more than two
 * empty lines shrink to two, and there are no empty lines (nor a final
 * "\n") at either end (docs/extract.md).  Every limit is enforced: a zip
 * bomb, an XML entity bomb or a truncated file is an error with a message
 * a court clerk can act on, never a crash. */
#ifndef EXTRACT_H
#define EXTRACT_H

#include <stddef.h>

#include "ss_status.h"

enum ex_format {
	EX_UNKNOWN = 0,
	EX_TEXT,
	EX_HTML,
	EX_DOCX,
	EX_PDF,
};

/* Largest text any extractor returns, and largest uncompressed DOCX part
 * it will inflate. */
#define EX_MAX_TEXT (16u << 20)

/* The format named by a MIME type ("application/pdf", "text/html;
 * charset=...", the DOCX type, "text/plain") or a file name's extension
 * (.docx .html .htm .pdf .txt), else sniffed from the first bytes (PK zip,
 * %PDF-, <html or <!DOCTYPE, else text).  content_type and filename may be
 * NULL.  An explicit but unsupported type (e.g. .doc, image/png) is
 * EX_UNKNOWN. */
enum ex_format ex_detect(const char *data, size_t len,
			 const char *content_type, const char *filename);

/* "text", "html", "docx", "pdf" ("unknown" for EX_UNKNOWN); and back
 * (EX_UNKNOWN for any other string). */
const char *ex_format_name(enum ex_format f);
enum ex_format ex_format_parse(const char *name);

/* Extracts the text.  *out is malloc'd and NUL-terminated, *out_len its
 * length.  SS_ERR_INVAL (message says what is wrong with the file: "the
 * DOCX has no word/document.xml", "the PDF has no text layer (a scan?)..."),
 * SS_ERR_TOO_LARGE past EX_MAX_TEXT or the inflate limit.  Plain text that
 * is not UTF-8 is read as Windows-1251 (the common legacy encoding of
 * Kyrgyz court systems); HTML honours its declared charset. */
enum ss_status ex_extract(enum ex_format f, const char *data, size_t len,
			  char **out, size_t *out_len, struct ss_err *err);

#endif
