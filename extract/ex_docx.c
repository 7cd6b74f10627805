/* ex_docx.c: the text of word/document.xml in a DOCX.  The zip is opened
 * from memory and the part inflated in chunks under a hard cap, whatever
 * size the zip header claims (a bomb lies there).  The XML is read with a
 * SAX parser: no tree for a 64 MB part, and a DTD stops the parse at its
 * first line, so no entity is ever declared, let alone expanded (Word
 * never writes one). */
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <zip.h>

#include "ex_int.h"
#include "ss_mem.h"

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define W_NS_STRICT "http://purl.oclc.org/ooxml/wordprocessingml/main"
#define MC_NS "http://schemas.openxmlformats.org/markup-compatibility/2006"

#define MAX_ENTRIES 10000
#define CHUNK 65536

/* Opens the archive and inflates word/document.xml into xml. */
static enum ss_status docx_inflate(const char *data, size_t len,
				   struct ss_buf *xml, struct ss_err *err)
{
	zip_error_t zerr;
	zip_error_init(&zerr);
	zip_source_t *src = zip_source_buffer_create(data, len, 0, &zerr);
	if (!src) {
		ss_err_set(err, SS_ERR_INVAL, "the file is not a DOCX (zip archive unreadable: %s)",
			   zip_error_strerror(&zerr));
		zip_error_fini(&zerr);
		return SS_ERR_INVAL;
	}
	zip_t *za = zip_open_from_source(src, ZIP_RDONLY, &zerr);
	if (!za) {
		zip_source_free(src);
		ss_err_set(err, SS_ERR_INVAL, "the file is not a DOCX (zip archive unreadable: %s)",
			   zip_error_strerror(&zerr));
		zip_error_fini(&zerr);
		return SS_ERR_INVAL;
	}
	zip_error_fini(&zerr);

	enum ss_status st = SS_OK;
	zip_int64_t n = zip_get_num_entries(za, 0);
	zip_file_t *zf = NULL;
	if (n > MAX_ENTRIES) {
		st = ss_err_set(err, SS_ERR_INVAL,
				"the DOCX has %lld files inside (more than %d); re-save it in Word",
				(long long)n, MAX_ENTRIES);
		goto out;
	}
	zip_int64_t idx = zip_name_locate(za, "word/document.xml", 0);
	if (idx < 0)
		idx = zip_name_locate(za, "word/document.xml", ZIP_FL_NOCASE);
	if (idx < 0) {
		st = ss_err_set(err, SS_ERR_INVAL,
				"the DOCX has no word/document.xml (is it a Word document?)");
		goto out;
	}
	zf = zip_fopen_index(za, (zip_uint64_t)idx, 0);
	if (!zf) {
		st = ss_err_set(err, SS_ERR_INVAL,
				"the DOCX's document.xml cannot be opened: %s",
				zip_strerror(za));
		goto out;
	}
	char *chunk = ss_xmalloc(CHUNK);
	for (;;) {
		zip_int64_t r = zip_fread(zf, chunk, CHUNK);
		if (r < 0) {
			st = ss_err_set(err, SS_ERR_INVAL,
					"the DOCX is damaged or truncated (document.xml: %s)",
					zip_file_strerror(zf));
			break;
		}
		if (r == 0)
			break;
		if (ss_buf_add(xml, chunk, (size_t)r) != SS_OK) {
			st = ss_err_set(err, SS_ERR_TOO_LARGE,
					"the DOCX's document.xml inflates to more than %zu MB (a zip bomb?)",
					EX_MAX_XML >> 20);
			break;
		}
	}
	free(chunk);
out:
	if (zf)
		zip_fclose(zf);
	zip_discard(za);
	return st;
}

struct docx_state {
	struct ss_buf *out;
	int in_t;	/* inside w:t */
	int in_tabs;	/* inside w:tabs (tab stops, not tab characters) */
	int skip;	/* inside deleted/moved-away text or a duplicate fallback */
	int p_depth;	/* w:p nesting (a text box's paragraphs sit in one) */
	bool nested;	/* the outermost w:p held another */
	bool dtd;
	bool too_large;
};

static struct docx_state *state_of(void *ctx)
{
	return ((xmlParserCtxtPtr)ctx)->_private;
}

static void docx_add(void *ctx, const char *s, size_t len)
{
	struct docx_state *ds = state_of(ctx);
	if (ds->too_large)
		return;
	if (ss_buf_add(ds->out, s, len) != SS_OK) {
		ds->too_large = true;
		xmlStopParser(ctx);
	}
}

static bool is_w(const xmlChar *uri)
{
	return uri && (strcmp((const char *)uri, W_NS) == 0 ||
		       strcmp((const char *)uri, W_NS_STRICT) == 0);
}

/* Elements whose content is not part of the current text: deleted and
 * moved-from revisions, and the VML copy Word writes of every text box
 * next to its DrawingML one. */
static bool skipped(const xmlChar *local, const xmlChar *uri)
{
	const char *l = (const char *)local;
	if (is_w(uri))
		return strcmp(l, "del") == 0 || strcmp(l, "moveFrom") == 0;
	return uri && strcmp((const char *)uri, MC_NS) == 0 &&
	       strcmp(l, "Fallback") == 0;
}

static void docx_start(void *ctx, const xmlChar *local, const xmlChar *prefix,
		       const xmlChar *uri, int nb_ns, const xmlChar **ns,
		       int nb_attr, int nb_defaulted, const xmlChar **attrs)
{
	(void)prefix; (void)nb_ns; (void)ns; (void)nb_attr;
	(void)nb_defaulted; (void)attrs;
	struct docx_state *ds = state_of(ctx);
	if (skipped(local, uri)) {
		ds->skip++;
		return;
	}
	if (ds->skip || !is_w(uri))
		return;
	const char *l = (const char *)local;
	if (strcmp(l, "t") == 0)
		ds->in_t++;
	else if (strcmp(l, "p") == 0)
		ds->nested |= ++ds->p_depth > 1;
	else if (strcmp(l, "tabs") == 0)
		ds->in_tabs++;
	else if (strcmp(l, "tab") == 0 && !ds->in_tabs)
		docx_add(ctx, "\t", 1);
	else if (strcmp(l, "br") == 0 || strcmp(l, "cr") == 0)
		docx_add(ctx, "\n", 1);
	else if (strcmp(l, "noBreakHyphen") == 0)
		docx_add(ctx, "-", 1);
}

/* A paragraph is a line; the one around a text box adds no empty line
 * after the box's own. */
static void docx_p_end(void *ctx, struct docx_state *ds)
{
	bool outer = --ds->p_depth == 0;
	bool after_nested = outer && ds->nested;
	if (outer)
		ds->nested = false;
	if (after_nested && ds->out->len && ds->out->data[ds->out->len - 1] == '\n')
		return;
	docx_add(ctx, "\n", 1);
}

static void docx_end(void *ctx, const xmlChar *local, const xmlChar *prefix,
		     const xmlChar *uri)
{
	(void)prefix;
	struct docx_state *ds = state_of(ctx);
	if (skipped(local, uri)) {
		if (ds->skip)
			ds->skip--;
		return;
	}
	if (ds->skip || !is_w(uri))
		return;
	const char *l = (const char *)local;
	if (strcmp(l, "t") == 0 && ds->in_t)
		ds->in_t--;
	else if (strcmp(l, "tabs") == 0 && ds->in_tabs)
		ds->in_tabs--;
	else if (strcmp(l, "p") == 0 && ds->p_depth)
		docx_p_end(ctx, ds);
}

static void docx_chars(void *ctx, const xmlChar *s, int len)
{
	struct docx_state *ds = state_of(ctx);
	if (ds->in_t && !ds->skip && len > 0)
		docx_add(ctx, (const char *)s, (size_t)len);
}

/* Any DTD, internal or external, ends the parse before its declarations
 * are read. */
static void docx_dtd(void *ctx, const xmlChar *name, const xmlChar *ext_id,
		     const xmlChar *sys_id)
{
	(void)name; (void)ext_id; (void)sys_id;
	state_of(ctx)->dtd = true;
	xmlStopParser(ctx);
}

static void docx_entity(void *ctx, const xmlChar *name, int type,
			const xmlChar *public_id, const xmlChar *system_id,
			xmlChar *content)
{
	(void)name; (void)type; (void)public_id; (void)system_id; (void)content;
	state_of(ctx)->dtd = true;
	xmlStopParser(ctx);
}

/* Errors are read from the context after the parse; nothing is printed. */
static void docx_error(void *ctx, xmlErrorPtr e)
{
	(void)ctx; (void)e;
}

static enum ss_status docx_parse(const char *xml, size_t len, struct ss_buf *out,
				 struct ss_err *err)
{
	ex_xml_init();
	xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(xml, (int)len);
	if (!ctxt)
		return ss_err_set(err, SS_ERR_INVAL,
				  "the DOCX's document.xml is empty or unreadable");
	xmlSAXHandler sax;
	memset(&sax, 0, sizeof(sax));
	sax.initialized = XML_SAX2_MAGIC;
	sax.startElementNs = docx_start;
	sax.endElementNs = docx_end;
	sax.characters = docx_chars;
	sax.ignorableWhitespace = docx_chars;
	sax.cdataBlock = docx_chars;
	sax.internalSubset = docx_dtd;
	sax.externalSubset = docx_dtd;
	sax.entityDecl = docx_entity;
	sax.serror = docx_error;
	memcpy(ctxt->sax, &sax, sizeof(sax));
	struct docx_state ds = { .out = out };
	ctxt->_private = &ds;
	xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOERROR |
				XML_PARSE_NOWARNING);
	xmlParseDocument(ctxt);

	enum ss_status st = SS_OK;
	if (ds.too_large) {
		st = ex_too_large(err);
	} else if (ds.dtd) {
		st = ss_err_set(err, SS_ERR_INVAL,
				"the DOCX's document.xml declares a DTD, which Word never writes; re-save the document in Word");
	} else if (!ctxt->wellFormed) {
		const xmlError *e = &ctxt->lastError;
		const char *msg = e->message ? e->message : "unknown error";
		size_t n = strlen(msg);
		while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
			n--;
		st = ss_err_set(err, SS_ERR_INVAL,
				"the DOCX's document.xml is not well-formed XML (line %d: %.*s); the file may be damaged or truncated",
				e->line, (int)n, msg);
	}
	if (ctxt->myDoc)
		xmlFreeDoc(ctxt->myDoc);
	xmlFreeParserCtxt(ctxt);
	return st;
}

enum ss_status ex_docx_read(const char *data, size_t len, struct ss_buf *raw,
			    struct ss_err *err)
{
	struct ss_buf xml;
	ss_buf_init(&xml, EX_MAX_XML);
	enum ss_status st = docx_inflate(data, len, &xml, err);
	if (st == SS_OK && xml.len == 0)
		st = ss_err_set(err, SS_ERR_INVAL, "the DOCX's document.xml is empty");
	if (st == SS_OK)
		st = docx_parse(xml.data, xml.len, raw, err);
	ss_buf_release(&xml);
	return st;
}
