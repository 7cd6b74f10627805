/* ex_int.h: what the extract/ files share and nobody else sees.  Each
 * format's reader appends raw UTF-8 (paragraphs as "\n") to a capped
 * buffer; ex_tidy then turns that into the one output shape extract.h
 * promises, so the rules about NULs, line ends and blank lines live in one
 * place. */
#ifndef EX_INT_H
#define EX_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "extract.h"
#include "ss_buf.h"
#include "ss_status.h"

/* The largest document.xml we inflate: Word's markup is several times the
 * size of its text, so four times the text cap. */
#define EX_MAX_XML ((size_t)EX_MAX_TEXT * 4)

/* Readers: append the document's text to raw (cap EX_MAX_TEXT) and return
 * SS_OK, or set err.  raw may hold partial text on error; the caller
 * releases it either way. */
enum ss_status ex_text_read(const char *data, size_t len, struct ss_buf *raw,
			    struct ss_err *err);
enum ss_status ex_html_read(const char *data, size_t len, struct ss_buf *raw,
			    struct ss_err *err);
enum ss_status ex_docx_read(const char *data, size_t len, struct ss_buf *raw,
			    struct ss_err *err);
enum ss_status ex_pdf_read(const char *data, size_t len, struct ss_buf *raw,
			   struct ss_err *err);

/* The shared message for a reader whose buffer refused more text. */
enum ss_status ex_too_large(struct ss_err *err);

/* Converts len bytes in charset (an ICU converter name: "windows-1251",
 * "UTF-16LE") to UTF-8, appending to out.  Undecodable bytes become
 * U+FFFD, so the result is always valid UTF-8. */
enum ss_status ex_decode(const char *charset, const char *data, size_t len,
			 struct ss_buf *out, struct ss_err *err);

/* True when s[0..len) is UTF-8 apart from NUL bytes (which ex_tidy drops). */
bool ex_utf8_ok(const char *s, size_t len);

/* Appends s[0..len) without its NUL bytes. */
enum ss_status ex_add_no_nul(struct ss_buf *b, const char *s, size_t len);

/* The byte-order mark at the start of data: its length (0 if none) and the
 * ICU name of its encoding ("UTF-8", "UTF-16LE", "UTF-16BE"). */
size_t ex_bom(const char *data, size_t len, const char **charset);

/* Normalises raw text into the output shape: no NULs, "\r\n" and "\r" as
 * "\n", trailing blanks cut from each line, no leading or trailing empty
 * lines, at most two empty lines in a row, no final newline.  Checks UTF-8,
 * emptiness and EX_MAX_TEXT.  *out is malloc'd (free()). */
enum ss_status ex_tidy(const char *raw, size_t len, char **out,
		       size_t *out_len, struct ss_err *err);

/* Initialises libxml2 once per process (safe from any thread). */
void ex_xml_init(void);

#endif
