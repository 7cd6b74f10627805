/* ex_html.c: the visible text of an HTML page or fragment (portal.sot.kg
 * sends acts as bare "<p>...</p>" runs).  libxml2's HTML parser recovers
 * from anything and decodes entities; we walk its tree without recursion
 * (nesting depth is the sender's choice), turn block elements into line
 * ends and collapse whitespace the way a browser would. */
#include <limits.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <unicode/ucnv.h>

#include "ex_int.h"

/* Elements whose content a reader never sees. */
static const char *const skip_tags[] = {
	"script", "style", "head", "noscript", "template", "title", "iframe",
	"object", "embed", "svg", "math",
};

/* Elements that start and end a line of their own. */
static const char *const block_tags[] = {
	"address", "article", "aside", "blockquote", "body", "caption",
	"center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
	"fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
	"h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
	"main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
	"tbody", "tfoot", "thead", "tr", "ul",
};

static bool in_list(const xmlChar *name, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp((const char *)name, list[i]) == 0)
			return true;
	return false;
}

#define IN(name, list) in_list(name, list, sizeof(list) / sizeof(list[0]))

struct html_state {
	struct ss_buf *out;
	bool line_empty;	/* nothing but whitespace since the last "\n" */
	bool space;		/* whitespace seen and not yet written */
	int pre;		/* inside <pre>: whitespace is kept */
	bool too_large;
};

static void put(struct html_state *hs, const char *s, size_t len)
{
	if (!hs->too_large && ss_buf_add(hs->out, s, len) != SS_OK)
		hs->too_large = true;
}

static void line_end(struct html_state *hs, bool always)
{
	hs->space = false;
	if (always || !hs->line_empty)
		put(hs, "\n", 1);
	hs->line_empty = true;
}

/* Length of the HTML whitespace (NBSP included: court HTML indents and
 * glues "ст.&nbsp;201" with it) at s, 0 if none. */
static size_t space_len(const char *s, size_t left)
{
	if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f')
		return 1;
	if (left >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0)
		return 2;
	return 0;
}

static void text(struct html_state *hs, const char *s, size_t len)
{
	if (hs->pre) {
		if (len) {
			put(hs, s, len);
			hs->line_empty = s[len - 1] == '\n';
			hs->space = false;
		}
		return;
	}
	size_t i = 0;
	while (i < len) {
		size_t w = space_len(s + i, len - i);
		if (w) {
			hs->space = true;
			i += w;
			continue;
		}
		size_t j = i;
		while (j < len && !space_len(s + j, len - j))
			j++;
		if (hs->space && !hs->line_empty)
			put(hs, " ", 1);
		hs->space = false;
		put(hs, s + i, j - i);
		hs->line_empty = false;
		i = j;
	}
}

/* Returns whether to walk into the node's children. */
static bool enter(struct html_state *hs, xmlNodePtr n)
{
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		if (n->content)
			text(hs, (const char *)n->content,
			     strlen((const char *)n->content));
		return false;
	}
	if (n->type != XML_ELEMENT_NODE || !n->name || IN(n->name, skip_tags))
		return false;
	const char *name = (const char *)n->name;
	if (strcmp(name, "br") == 0) {
		line_end(hs, true);
	} else if (strcmp(name, "td") == 0 || strcmp(name, "th") == 0) {
		if (!hs->line_empty)
			put(hs, "\t", 1);
		hs->space = false;
	} else if (IN(n->name, block_tags)) {
		line_end(hs, false);
		if (strcmp(name, "pre") == 0)
			hs->pre++;
	}
	return true;
}

static void leave(struct html_state *hs, xmlNodePtr n)
{
	if (n->type != XML_ELEMENT_NODE || !n->name || IN(n->name, skip_tags) ||
	    !IN(n->name, block_tags))
		return;
	if (strcmp((const char *)n->name, "pre") == 0 && hs->pre)
		hs->pre--;
	line_end(hs, false);
}

static void walk(struct html_state *hs, xmlNodePtr root)
{
	xmlNodePtr n = root;
	while (n && !hs->too_large) {
		if (enter(hs, n) && n->children) {
			n = n->children;
			continue;
		}
		for (;;) {
			leave(hs, n);
			if (n == root)
				return;
			if (n->next) {
				n = n->next;
				break;
			}
			n = n->parent;
		}
	}
}

/* Finds a charset declared in a <meta> tag (either form: charset=... or
 * http-equiv's content="text/html; charset=...").  Returns its value's
 * start and sets *vlen, or NULL. */
static const char *meta_charset(const char *s, size_t len, size_t *vlen)
{
	for (size_t i = 0; i + 5 < len; i++) {
		if (s[i] != '<' || strncasecmp(s + i + 1, "meta", 4) != 0)
			continue;
		size_t end = i + 5;
		while (end < len && s[end] != '>')
			end++;
		for (size_t k = i + 5; k + 7 <= end; k++) {
			if (strncasecmp(s + k, "charset", 7) != 0)
				continue;
			size_t v = k + 7;
			while (v < end && s[v] && strchr(" \t\r\n=\"'", s[v]))
				v++;
			size_t e = v;
			while (e < end && s[e] && !strchr(" \t\r\n;\"'/>", s[e]))
				e++;
			if (e > v) {
				*vlen = e - v;
				return s + v;
			}
		}
		i = end;
	}
	return NULL;
}

/* Parses UTF-8 (any <meta> charset is ignored: the bytes are already
 * decoded) and appends the visible text to raw. */
static enum ss_status html_parse(const char *data, size_t len,
				 struct ss_buf *raw, struct ss_err *err)
{
	if (len > EX_MAX_XML || len > INT_MAX)
		return ss_err_set(err, SS_ERR_TOO_LARGE,
				  "the HTML file is larger than %zu MB", EX_MAX_XML >> 20);
	ex_xml_init();
	htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
	if (!ctxt)
		return ss_err_set(err, SS_ERR_NOMEM, "out of memory parsing HTML");
	htmlDocPtr doc = htmlCtxtReadMemory(ctxt, data, (int)len, NULL, "UTF-8",
					    HTML_PARSE_IGNORE_ENC | HTML_PARSE_NONET |
					    HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
					    HTML_PARSE_RECOVER);
	/* libxml2 stops (keeping what it has) at a text run over 10 MB or an
	 * allocation failure; a silently shortened act is worse than none. */
	bool cut = ctxt->errNo == XML_ERR_NO_MEMORY;
	htmlFreeParserCtxt(ctxt);
	if (cut) {
		xmlFreeDoc(doc);
		return ss_err_set(err, SS_ERR_TOO_LARGE,
				  "the HTML has a block of text too large to read; split the document");
	}
	if (!doc)
		return ss_err_set(err, SS_ERR_INVAL, "the HTML could not be parsed");
	struct html_state hs = { .out = raw, .line_empty = true };
	xmlNodePtr root = xmlDocGetRootElement(doc);
	if (root)
		walk(&hs, root);
	xmlFreeDoc(doc);
	if (hs.too_large)
		return ex_too_large(err);
	return SS_OK;
}

/* The charset a <meta> declares, as a NUL-terminated ICU name in buf, or
 * NULL when there is none, ICU does not know it, or it names UTF-8 or
 * UTF-16 (not valid UTF-8, so the declaration is wrong). */
static const char *declared_charset(const char *data, size_t len, char *buf,
				    size_t size)
{
	size_t vlen;
	const char *v = meta_charset(data, len, &vlen);
	if (!v || vlen >= size || (vlen >= 3 && strncasecmp(v, "utf", 3) == 0))
		return NULL;
	memcpy(buf, v, vlen);
	buf[vlen] = '\0';
	UErrorCode uerr = U_ZERO_ERROR;
	UConverter *cnv = ucnv_open(buf, &uerr);
	if (U_FAILURE(uerr))
		return NULL;
	ucnv_close(cnv);
	return buf;
}

/* The encoding is settled here and libxml2 always gets UTF-8.  Valid
 * UTF-8 is UTF-8 whatever the page declares: CMS templates carry stale
 * "windows-1251" metas, while real Windows-1251 Cyrillic is practically
 * never valid UTF-8.  Otherwise the declared charset, else Windows-1251
 * (libxml2's own fallback, Latin-1, would turn a court's page into
 * mojibake). */
enum ss_status ex_html_read(const char *data, size_t len, struct ss_buf *raw,
			    struct ss_err *err)
{
	const char *charset;
	size_t bom = ex_bom(data, len, &charset);
	data += bom;
	len -= bom;
	char name[64];
	if (!charset || strcmp(charset, "UTF-8") == 0) {
		if (ex_utf8_ok(data, len))
			charset = "UTF-8";
		else if (!(charset = declared_charset(data, len, name, sizeof(name))))
			charset = "windows-1251";
	}
	struct ss_buf utf8;
	ss_buf_init(&utf8, EX_MAX_XML);
	enum ss_status st = SS_OK;
	if (strcmp(charset, "UTF-8") == 0) {
		if (ex_add_no_nul(&utf8, data, len) != SS_OK)
			st = ss_err_set(err, SS_ERR_TOO_LARGE,
					"the HTML file is larger than %zu MB",
					EX_MAX_XML >> 20);
	} else {
		/* Decoded UTF-16 may hold U+0000; the decoder's output is
		 * capped far below utf8's cap. */
		struct ss_buf dec;
		ss_buf_init(&dec, EX_MAX_TEXT);
		if (strncmp(charset, "UTF-16", 6) == 0)
			len &= ~(size_t)1;
		st = ex_decode(charset, data, len, &dec, err);
		if (st == SS_OK)
			ex_add_no_nul(&utf8, dec.data, dec.len);
		ss_buf_release(&dec);
	}
	if (st == SS_OK)
		st = html_parse(utf8.data, utf8.len, raw, err);
	ss_buf_release(&utf8);
	return st;
}
