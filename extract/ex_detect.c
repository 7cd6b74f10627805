/* ex_detect.c: which reader a file goes to (see extract.h).  The sender's
 * MIME type wins, then the file name, then the first bytes.  Formats we
 * know and cannot read (Word 97 .doc, RTF, images) are recognised on
 * purpose: read as plain text they would index as garbage. */
#include "extract.h"

#include <stdbool.h>
#include <string.h>
#include <strings.h>

#define DOCX_MIME "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

/* A known type, or "look further" (browsers and mail clients label
 * uploads they do not recognise with these). */
enum verdict { FALL_THROUGH = -1 };

static const struct {
	const char *name;
	int format;	/* enum ex_format or FALL_THROUGH */
} mime_types[] = {
	{ DOCX_MIME, EX_DOCX },
	{ "text/html", EX_HTML },
	{ "application/xhtml+xml", EX_HTML },
	{ "application/pdf", EX_PDF },
	{ "application/x-pdf", EX_PDF },
	{ "text/plain", EX_TEXT },
	{ "application/octet-stream", FALL_THROUGH },
	{ "binary/octet-stream", FALL_THROUGH },
	{ "application/zip", FALL_THROUGH },
	{ "application/x-zip-compressed", FALL_THROUGH },
	{ "application/force-download", FALL_THROUGH },
	{ "application/download", FALL_THROUGH },
	{ "application/unknown", FALL_THROUGH },
};

static const struct {
	const char *ext;
	int format;	/* enum ex_format; EX_UNKNOWN = known but unsupported */
} extensions[] = {
	{ "docx", EX_DOCX }, { "html", EX_HTML }, { "htm", EX_HTML },
	{ "xhtml", EX_HTML }, { "pdf", EX_PDF }, { "txt", EX_TEXT },
	{ "text", EX_TEXT },
	{ "doc", EX_UNKNOWN }, { "docm", EX_UNKNOWN }, { "dot", EX_UNKNOWN },
	{ "rtf", EX_UNKNOWN }, { "odt", EX_UNKNOWN }, { "xls", EX_UNKNOWN },
	{ "xlsx", EX_UNKNOWN }, { "zip", EX_UNKNOWN }, { "rar", EX_UNKNOWN },
	{ "7z", EX_UNKNOWN }, { "jpg", EX_UNKNOWN }, { "jpeg", EX_UNKNOWN },
	{ "png", EX_UNKNOWN }, { "gif", EX_UNKNOWN }, { "bmp", EX_UNKNOWN },
	{ "tif", EX_UNKNOWN }, { "tiff", EX_UNKNOWN }, { "webp", EX_UNKNOWN },
	{ "heic", EX_UNKNOWN }, { "djvu", EX_UNKNOWN }, { "json", EX_UNKNOWN },
	{ "xml", EX_UNKNOWN },
};

/* The MIME type without parameters, matched case-insensitively. */
static int from_mime(const char *ct)
{
	while (*ct == ' ' || *ct == '\t')
		ct++;
	size_t n = strcspn(ct, "; \t");
	if (n == 0)
		return FALL_THROUGH;
	for (size_t i = 0; i < sizeof(mime_types) / sizeof(mime_types[0]); i++)
		if (strlen(mime_types[i].name) == n &&
		    strncasecmp(ct, mime_types[i].name, n) == 0)
			return mime_types[i].format;
	return EX_UNKNOWN;
}

/* The extension of the last path component; FALL_THROUGH when there is
 * none or it is not one we know (court file names such as "№12.2024"). */
static int from_name(const char *name)
{
	const char *base = name;
	for (const char *p = name; *p; p++)
		if (*p == '/' || *p == '\\')
			base = p + 1;
	const char *dot = strrchr(base, '.');
	if (!dot || dot == base)
		return FALL_THROUGH;
	for (size_t i = 0; i < sizeof(extensions) / sizeof(extensions[0]); i++)
		if (strcasecmp(dot + 1, extensions[i].ext) == 0)
			return extensions[i].format;
	return FALL_THROUGH;
}

static bool starts(const char *p, size_t len, const char *magic, size_t n)
{
	return len >= n && memcmp(p, magic, n) == 0;
}

/* True when p (len bytes, just after '<') opens one of the tags that only
 * HTML starts with. */
static bool html_tag(const char *p, size_t len)
{
	static const char *const tags[] = {
		"!doctype html", "html", "head", "body", "meta", "title", "p",
		"div", "span", "table", "br", "h1", "h2", "h3", "h4", "h5",
		"h6", "b", "i", "font", "center", "article", "section", "!--",
	};
	for (size_t i = 0; i < sizeof(tags) / sizeof(tags[0]); i++) {
		size_t n = strlen(tags[i]);
		if (len < n || strncasecmp(p, tags[i], n) != 0)
			continue;
		if (tags[i][0] == '!' && tags[i][1] == '-')
			return true;
		if (len == n || (p[n] && strchr(" \t\r\n>/", p[n])))
			return true;
	}
	return false;
}

static bool sniff_html(const char *p, size_t len)
{
	if (starts(p, len, "\xEF\xBB\xBF", 3)) {
		p += 3;
		len -= 3;
	}
	while (len && *p && strchr(" \t\r\n\f", *p)) {
		p++;
		len--;
	}
	if (len < 2 || p[0] != '<')
		return false;
	if (starts(p, len, "<?xml", 5)) {
		/* XHTML: an html element near the top. */
		size_t look = len < 1024 ? len : 1024;
		for (size_t i = 0; i + 5 <= look; i++)
			if (p[i] == '<' && strncasecmp(p + i + 1, "html", 4) == 0)
				return true;
		return false;
	}
	return html_tag(p + 1, len - 1);
}

static enum ex_format sniff(const char *p, size_t len)
{
	if (starts(p, len, "PK\3\4", 4))
		return EX_DOCX;
	/* PDF readers accept the header anywhere in the first KiB. */
	size_t look = len < 1024 ? len : 1024;
	for (size_t i = 0; i + 5 <= look; i++)
		if (p[i] == '%' && memcmp(p + i, "%PDF-", 5) == 0)
			return EX_PDF;
	if (starts(p, len, "\xD0\xCF\x11\xE0", 4) ||	/* Word 97 */
	    starts(p, len, "{\\rtf", 5) ||
	    starts(p, len, "\x89PNG", 4) || starts(p, len, "\xFF\xD8\xFF", 3) ||
	    starts(p, len, "GIF8", 4) || starts(p, len, "II*\0", 4) ||
	    starts(p, len, "MM\0*", 4) || starts(p, len, "AT&TFORM", 8) ||
	    starts(p, len, "Rar!", 4) || starts(p, len, "7z\xBC\xAF", 4))
		return EX_UNKNOWN;
	if (sniff_html(p, len))
		return EX_HTML;
	return EX_TEXT;
}

enum ex_format ex_detect(const char *data, size_t len,
			 const char *content_type, const char *filename)
{
	int f;
	if (content_type && (f = from_mime(content_type)) != FALL_THROUGH)
		return (enum ex_format)f;
	if (filename && (f = from_name(filename)) != FALL_THROUGH)
		return (enum ex_format)f;
	if (!data)
		len = 0;
	return sniff(data, len);
}

static const char *const format_names[] = {
	[EX_UNKNOWN] = "unknown",
	[EX_TEXT] = "text",
	[EX_HTML] = "html",
	[EX_DOCX] = "docx",
	[EX_PDF] = "pdf",
};

const char *ex_format_name(enum ex_format f)
{
	if ((unsigned)f >= sizeof(format_names) / sizeof(format_names[0]))
		return "unknown";
	return format_names[f];
}

enum ex_format ex_format_parse(const char *name)
{
	if (!name)
		return EX_UNKNOWN;
	for (size_t i = EX_TEXT; i < sizeof(format_names) / sizeof(format_names[0]); i++)
		if (strcmp(name, format_names[i]) == 0)
			return (enum ex_format)i;
	return EX_UNKNOWN;
}
