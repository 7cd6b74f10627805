/* test_extract.c: extract/ — format detection, and for each format that
 * Russian and Kyrgyz text (ң ө ү) survives with paragraphs as lines, that
 * legacy encodings decode, and that hostile or broken files (zip bomb,
 * entity bomb, truncation, scans) fail with a message instead of a crash.
 * DOCX fixtures are zipped here with libzip and the scanned PDF drawn with
 * cairo; the one binary fixture is a small PDF with Kyrgyz text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <zip.h>

#include "ex_int.h"
#include "extract.h"
#include "ss_buf.h"

/* ---- helpers ---- */

static char *extract_ok(enum ex_format f, const char *data, size_t len)
{
	char *out = NULL;
	size_t out_len = 0;
	struct ss_err err = { 0 };
	enum ss_status st = ex_extract(f, data, len, &out, &out_len, &err);
	if (st != SS_OK)
		fail_msg("ex_extract(%s) failed: %s", ex_format_name(f), err.msg);
	assert_non_null(out);
	assert_int_equal(strlen(out), out_len);
	return out;
}

static void expect_err(enum ex_format f, const char *data, size_t len,
		       enum ss_status code, const char *fragment)
{
	char *out = (char *)1;
	size_t out_len = 99;
	struct ss_err err = { 0 };
	enum ss_status st = ex_extract(f, data, len, &out, &out_len, &err);
	if (st != code)
		fail_msg("expected status %d, got %d (%s)", code, st, err.msg);
	assert_null(out);
	assert_int_equal(out_len, 0);
	if (!strstr(err.msg, fragment))
		fail_msg("message '%s' lacks '%s'", err.msg, fragment);
}

static void expect_text(enum ex_format f, const char *data, size_t len,
			const char *want)
{
	char *out = extract_ok(f, data, len);
	assert_string_equal(out, want);
	free(out);
}

#define S(lit) lit, sizeof(lit) - 1

struct zip_entry {
	const char *name;
	const char *data;
	size_t len;
};

/* A zip archive in memory holding the entries (deflated); malloc'd. */
static char *make_zip(const struct zip_entry *e, size_t n, size_t *len)
{
	zip_error_t zerr;
	zip_error_init(&zerr);
	zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &zerr);
	assert_non_null(src);
	zip_t *za = zip_open_from_source(src, ZIP_TRUNCATE, &zerr);
	assert_non_null(za);
	zip_source_keep(src);
	for (size_t i = 0; i < n; i++) {
		zip_source_t *s = zip_source_buffer(za, e[i].data, e[i].len, 0);
		assert_non_null(s);
		assert_true(zip_file_add(za, e[i].name, s, ZIP_FL_OVERWRITE) >= 0);
	}
	assert_int_equal(zip_close(za), 0);
	zip_stat_t st;
	assert_int_equal(zip_source_open(src), 0);
	assert_int_equal(zip_source_stat(src, &st), 0);
	char *buf = malloc(st.size ? st.size : 1);
	assert_non_null(buf);
	assert_int_equal(zip_source_read(src, buf, st.size), (zip_int64_t)st.size);
	zip_source_close(src);
	zip_source_free(src);
	zip_error_fini(&zerr);
	*len = st.size;
	return buf;
}

static const char content_types[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
	"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";

/* A DOCX whose word/document.xml is xml (document.xml goes first, so its
 * data starts at a known offset for the corruption test). */
static char *make_docx(const char *xml, size_t xml_len, size_t *len)
{
	struct zip_entry e[] = {
		{ "word/document.xml", xml, xml_len },
		{ "[Content_Types].xml", content_types, sizeof(content_types) - 1 },
	};
	return make_zip(e, 2, len);
}

#define W_DOC_OPEN \
	"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" \
	"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " \
	"xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>"
#define W_DOC_CLOSE "</w:body></w:document>"

/* ---- detection ---- */

static void test_detect(void **state)
{
	(void)state;
	const char *docx_mime =
		"application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	assert_int_equal(ex_detect(S("x"), docx_mime, NULL), EX_DOCX);
	assert_int_equal(ex_detect(S("x"), "text/html; charset=windows-1251", NULL), EX_HTML);
	assert_int_equal(ex_detect(S("x"), "Application/XHTML+XML", NULL), EX_HTML);
	assert_int_equal(ex_detect(S("x"), "application/pdf", "a.docx"), EX_PDF);
	assert_int_equal(ex_detect(S("x"), "text/plain;charset=utf-8", NULL), EX_TEXT);
	assert_int_equal(ex_detect(S("{}"), "application/json", "a.txt"), EX_UNKNOWN);
	assert_int_equal(ex_detect(S("x"), "image/png", NULL), EX_UNKNOWN);
	assert_int_equal(ex_detect(S("x"), "application/msword", NULL), EX_UNKNOWN);
	/* Generic types fall through to the name, then to the bytes. */
	assert_int_equal(ex_detect(S("x"), "application/octet-stream", "Решение.DOCX"), EX_DOCX);
	assert_int_equal(ex_detect(S("%PDF-1.7\n"), "application/octet-stream", NULL), EX_PDF);
	assert_int_equal(ex_detect(S("x"), "", "a.PDF"), EX_PDF);
	assert_int_equal(ex_detect(S("x"), NULL, "dir.v2/act.HTM"), EX_HTML);
	assert_int_equal(ex_detect(S("x"), NULL, "act.txt"), EX_TEXT);
	assert_int_equal(ex_detect(S("x"), NULL, "act.doc"), EX_UNKNOWN);
	assert_int_equal(ex_detect(S("x"), NULL, "act.rtf"), EX_UNKNOWN);
	assert_int_equal(ex_detect(S("x"), NULL, "scan.JPG"), EX_UNKNOWN);
	/* Sniffing. */
	assert_int_equal(ex_detect(S("PK\3\4rest"), NULL, NULL), EX_DOCX);
	assert_int_equal(ex_detect(S("PK\3\4rest"), NULL, "№12.2024"), EX_DOCX);
	assert_int_equal(ex_detect(S("%PDF-1.4"), NULL, NULL), EX_PDF);
	assert_int_equal(ex_detect(S("\xEF\xBB\xBF  <!DOCTYPE html><html>"), NULL, NULL), EX_HTML);
	assert_int_equal(ex_detect(S("\n <P>Текст</P>"), NULL, NULL), EX_HTML);
	assert_int_equal(ex_detect(S("<div class=x>"), NULL, NULL), EX_HTML);
	assert_int_equal(ex_detect(S("<body>"), NULL, NULL), EX_HTML);
	assert_int_equal(ex_detect(S("<?xml version=\"1.0\"?><html xmlns=\"x\">"), NULL, NULL), EX_HTML);
	assert_int_equal(ex_detect(S("<presumption> is not a tag"), NULL, NULL), EX_TEXT);
	assert_int_equal(ex_detect(S("Решение суда"), NULL, NULL), EX_TEXT);
	assert_int_equal(ex_detect(S("{\\rtf1\\ansi"), NULL, NULL), EX_UNKNOWN);
	assert_int_equal(ex_detect(S("\xD0\xCF\x11\xE0\xA1\xB1"), NULL, NULL), EX_UNKNOWN);
	assert_int_equal(ex_detect(S("\x89PNG\r\n"), NULL, NULL), EX_UNKNOWN);
	assert_int_equal(ex_detect(NULL, 0, NULL, NULL), EX_TEXT);
}

static void test_format_names(void **state)
{
	(void)state;
	for (int f = EX_UNKNOWN; f <= EX_PDF; f++)
		if (f != EX_UNKNOWN)
			assert_int_equal(ex_format_parse(ex_format_name((enum ex_format)f)), f);
	assert_string_equal(ex_format_name(EX_DOCX), "docx");
	assert_string_equal(ex_format_name(EX_UNKNOWN), "unknown");
	assert_int_equal(ex_format_parse("unknown"), EX_UNKNOWN);
	assert_int_equal(ex_format_parse("doc"), EX_UNKNOWN);
	assert_int_equal(ex_format_parse(NULL), EX_UNKNOWN);
	expect_err(EX_UNKNOWN, S("x"), SS_ERR_INVAL, "unsupported file format");
	expect_err(EX_TEXT, "", 0, SS_ERR_INVAL, "the file is empty");
}

/* ---- plain text ---- */

static void test_text_utf8(void **state)
{
	(void)state;
	expect_text(EX_TEXT,
		    S("\xEF\xBB\xBF\r\n\nСоттун чечими: ң ө ү Ң Ө Ү  \r\n"
		      "Вторая строка\t \r\n \r\n\r\n\r\n\r\n"
		      "конец\0 текста\rпоследняя\n\n"),
		    "Соттун чечими: ң ө ү Ң Ө Ү\n"
		    "Вторая строка\n\n\n"
		    "конец текста\nпоследняя");
	expect_err(EX_TEXT, S(" \r\n\t\n\0 \n"), SS_ERR_INVAL, "the document has no text");
}

static void test_text_cp1251(void **state)
{
	(void)state;
	/* "Решение суда\r\nг. Бишкек" in Windows-1251. */
	expect_text(EX_TEXT,
		    S("\xD0\xE5\xF8\xE5\xED\xE8\xE5 \xF1\xF3\xE4\xE0\r\n\xE3. \xC1\xE8\xF8\xEA\xE5\xEA"),
		    "Решение суда\nг. Бишкек");
}

static void test_text_utf16(void **state)
{
	(void)state;
	/* "Суд ң\nө" as UTF-16LE and BE with a BOM. */
	expect_text(EX_TEXT, S("\xFF\xFE\x21\x04\x43\x04\x34\x04\x20\x00\xA3\x04\n\x00\xE9\x04"),
		    "Суд ң\nө");
	expect_text(EX_TEXT, S("\xFE\xFF\x04\x21\x04\x43\x04\x34\x00\x20\x04\xA3\x00\n\x04\xE9"),
		    "Суд ң\nө");
	/* Without a BOM: NULs in every other byte. */
	expect_text(EX_TEXT, S("C\0o\0u\0r\0t\0 \0\x21\x04\x43\x04\x34\x04"), "Court Суд");
}

/* ---- HTML ---- */

static void test_html_page(void **state)
{
	(void)state;
	expect_text(EX_HTML,
		    S("<!DOCTYPE html>\n<html><head><title>Заголовок</title>"
		      "<style>p { color: red }</style>"
		      "<script>var x = '<p>нет</p>';</script></head>\n"
		      "<body><noscript>включите JS</noscript>"
		      "<h1>РЕШЕНИЕ</h1>\n<p>Именем   Кыргызской\n  Республики,"
		      " <b>суд</b>&nbsp;&laquo;рассмотрел&raquo; &amp; ң ө ү</p>"
		      "<div>ст.&nbsp;201 <span>УК</span><br>вторая<br><br>после двух</div>"
		      "<table><tr><td>Истец</td><td>А.</td></tr><tr><th>Ответчик</th><td>Б.</td></tr></table>"
		      "<script>document.write('x')</script>"
		      "<template><p>шаблон</p></template>"
		      "<ul><li>один</li><li>два</li></ul>"
		      "<pre>  код\n    с отступом</pre>"
		      "</body></html>"),
		    "РЕШЕНИЕ\n"
		    "Именем Кыргызской Республики, суд «рассмотрел» & ң ө ү\n"
		    "ст. 201 УК\nвторая\n\nпосле двух\n"
		    "Истец\tА.\nОтветчик\tБ.\n"
		    "один\nдва\n"
		    "  код\n    с отступом");
}

static void test_html_fragment(void **state)
{
	(void)state;
	/* portal.sot.kg's shape: bare paragraphs, no html or body. */
	expect_text(EX_HTML,
		    S("<p>Биринчи абзац</p>\n<p>Экинчи   абзац ң ө ү</p><p style=\"x\">Үчүнчү</p>"),
		    "Биринчи абзац\nЭкинчи абзац ң ө ү\nҮчүнчү");
	expect_text(EX_HTML, S("просто текст без тегов"), "просто текст без тегов");
	expect_err(EX_HTML, S("<p> </p><script>x</script>"), SS_ERR_INVAL, "no text");
}

static void test_html_charsets(void **state)
{
	(void)state;
	/* "Решение суда" in Windows-1251, declared three ways and not at all. */
	expect_text(EX_HTML,
		    S("<html><head><meta charset=\"windows-1251\"></head><body>"
		      "<p>\xD0\xE5\xF8\xE5\xED\xE8\xE5 \xF1\xF3\xE4\xE0</p></body></html>"),
		    "Решение суда");
	expect_text(EX_HTML,
		    S("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
		      "</head><body><p>\xD0\xE5\xF8\xE5\xED\xE8\xE5 \xF1\xF3\xE4\xE0</p></body></html>"),
		    "Решение суда");
	expect_text(EX_HTML, S("<p>\xD0\xE5\xF8\xE5\xED\xE8\xE5 \xF1\xF3\xE4\xE0</p>"),
		    "Решение суда");
	/* A page that claims UTF-8 but is not: read as Windows-1251. */
	expect_text(EX_HTML,
		    S("<meta charset=utf-8><p>\xD0\xE5\xF8\xE5\xED\xE8\xE5</p>"),
		    "Решение");
	/* UTF-8 declared and true; UTF-8 under a stale Windows-1251 meta. */
	expect_text(EX_HTML, S("<meta charset=utf-8><p>Сот ң</p>"), "Сот ң");
	expect_text(EX_HTML, S("<meta charset=\"windows-1251\"><p>Сот ң</p>"), "Сот ң");
	/* Another declared charset: "Решение" in KOI8-R. */
	expect_text(EX_HTML, S("<meta charset=koi8-r><p>\xF2\xC5\xDB\xC5\xCE\xC9\xC5</p>"),
		    "Решение");
	/* The title comes before the declaration. */
	expect_text(EX_HTML,
		    S("<html><head><title>\xD0\xE5\xF8</title><meta http-equiv=\"Content-Type\" "
		      "content=\"text/html; charset=windows-1251\"></head><body>"
		      "<p>\xD0\xE5\xF8\xE5\xED\xE8\xE5</p></body></html>"),
		    "Решение");
	/* UTF-16LE with a BOM: "<p>ө</p>". */
	expect_text(EX_HTML, S("\xFF\xFE<\0p\0>\0\xE9\x04<\0/\0p\0>\0"), "ө");
}

/* libxml2 would stop at a text run over 10 MB and keep the start. */
static void test_html_huge_text(void **state)
{
	(void)state;
	size_t n = 11u << 20;
	char *html = malloc(n);
	assert_non_null(html);
	memcpy(html, "<p>", 3);
	memset(html + 3, 'a', n - 3);
	expect_err(EX_HTML, html, n, SS_ERR_TOO_LARGE, "too large to read");
	free(html);
}

/* ---- DOCX ---- */

static void test_docx_text(void **state)
{
	(void)state;
	static const char xml[] =
		W_DOC_OPEN
		"<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
		"<w:r><w:t>Соттун </w:t></w:r><w:r><w:t xml:space=\"preserve\">чечими ң ө ү</w:t></w:r></w:p>"
		"<w:p><w:r><w:t>Истец</w:t><w:tab/><w:t>А. &amp; Б.</w:t><w:br/><w:t>вторая</w:t></w:r>"
		"<w:del w:id=\"1\"><w:r><w:delText>удалено</w:delText><w:tab/></w:r></w:del>"
		"<w:ins w:id=\"2\"><w:r><w:t>вставлено</w:t></w:r></w:ins></w:p>"
		"<w:p/><w:p/><w:p/><w:p/>"
		"<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:txbxContent>"
		"<w:p><w:r><w:t>в рамке</w:t></w:r></w:p></w:txbxContent></mc:Choice>"
		"<mc:Fallback><w:txbxContent><w:p><w:r><w:t>в рамке</w:t></w:r></w:p>"
		"</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>"
		"<w:p><w:r><w:instrText>PAGE</w:instrText><w:t>конец&#x4A3;</w:t></w:r></w:p>"
		W_DOC_CLOSE;
	size_t len;
	char *docx = make_docx(xml, sizeof(xml) - 1, &len);
	assert_int_equal(ex_detect(docx, len, NULL, NULL), EX_DOCX);
	expect_text(EX_DOCX, docx, len,
		    "Соттун чечими ң ө ү\n"
		    "Истец\tА. & Б.\nвтораявставлено\n\n\n"
		    "в рамке\n"
		    "конецң");
	free(docx);
}

static void test_docx_broken(void **state)
{
	(void)state;
	static const char xml[] = W_DOC_OPEN
		"<w:p><w:r><w:t>Текст решения, достаточно длинный, чтобы сжатые "
		"данные занимали несколько десятков байт в архиве.</w:t></w:r></w:p>"
		W_DOC_CLOSE;
	size_t len;
	char *docx = make_docx(xml, sizeof(xml) - 1, &len);

	/* Cut in half: no central directory. */
	expect_err(EX_DOCX, docx, len / 2, SS_ERR_INVAL, "the file is not a DOCX (zip archive unreadable: ");
	expect_err(EX_DOCX, S("PK\3\4 this is not a zip"), SS_ERR_INVAL, "the file is not a DOCX");

	/* Intact directory, damaged deflate data or CRC. */
	size_t data_at = 30 + strlen("word/document.xml");
	for (size_t i = data_at + 4; i < data_at + 24; i++)
		docx[i] ^= 0x5A;
	expect_err(EX_DOCX, docx, len, SS_ERR_INVAL, "the DOCX is damaged or truncated (document.xml: ");
	free(docx);

	/* Not well-formed. */
	static const char bad[] = W_DOC_OPEN "\n<w:p><w:r><w:t>текст</w:r></w:p>" W_DOC_CLOSE;
	docx = make_docx(bad, sizeof(bad) - 1, &len);
	expect_err(EX_DOCX, docx, len, SS_ERR_INVAL, "the DOCX's document.xml is not well-formed XML (line 3: ");
	free(docx);

	/* A zip, but not a Word document. */
	struct zip_entry e[] = { { "hello.txt", S("Салам") } };
	docx = make_zip(e, 1, &len);
	expect_err(EX_DOCX, docx, len, SS_ERR_INVAL, "the DOCX has no word/document.xml");
	free(docx);

	/* A document with no text. */
	static const char empty[] = W_DOC_OPEN "<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>" W_DOC_CLOSE;
	docx = make_docx(empty, sizeof(empty) - 1, &len);
	expect_err(EX_DOCX, docx, len, SS_ERR_INVAL, "the document has no text");
	free(docx);
}

static void test_docx_too_many_entries(void **state)
{
	(void)state;
	enum { N = 10001 };
	struct zip_entry *e = calloc(N, sizeof(*e));
	char (*names)[16] = calloc(N, sizeof(*names));
	assert_non_null(e);
	assert_non_null(names);
	for (size_t i = 0; i < N; i++) {
		snprintf(names[i], sizeof(names[i]), "f%zu", i);
		e[i] = (struct zip_entry){ names[i], "", 0 };
	}
	e[0].name = "word/document.xml";
	e[0].data = W_DOC_OPEN "<w:p><w:r><w:t>x</w:t></w:r></w:p>" W_DOC_CLOSE;
	e[0].len = strlen(e[0].data);
	size_t len;
	char *zip = make_zip(e, N, &len);
	expect_err(EX_DOCX, zip, len, SS_ERR_INVAL, "the DOCX has 10001 files inside");
	free(zip);
	free(names);
	free(e);
}

/* A small zip whose document.xml inflates past the cap. */
static void test_docx_zip_bomb(void **state)
{
	(void)state;
	size_t n = EX_MAX_XML + (1u << 20);
	char *xml = malloc(n);
	assert_non_null(xml);
	const char head[] = W_DOC_OPEN "<w:p><w:r><w:t>";
	memcpy(xml, head, sizeof(head) - 1);
	memset(xml + sizeof(head) - 1, 'a', n - (sizeof(head) - 1));
	size_t len;
	char *docx = make_docx(xml, n, &len);
	free(xml);
	assert_true(len < n / 100);
	expect_err(EX_DOCX, docx, len, SS_ERR_TOO_LARGE, "inflates to more than 64 MB");
	free(docx);
}

/* Billion laughs: a DTD is refused before any entity is declared. */
static void test_docx_entity_bomb(void **state)
{
	(void)state;
	static const char xml[] =
		"<?xml version=\"1.0\"?>\n"
		"<!DOCTYPE w:document [\n"
		" <!ENTITY a \"ha\">\n"
		" <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
		" <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
		" <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
		" <!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
		" <!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n"
		" <!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n"
		" <!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">\n"
		" <!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">\n"
		"]>\n"
		"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
		"<w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body></w:document>";
	size_t len;
	char *docx = make_docx(xml, sizeof(xml) - 1, &len);
	expect_err(EX_DOCX, docx, len, SS_ERR_INVAL, "declares a DTD");
	free(docx);

	/* An entity used without a declaration is simply not well-formed. */
	static const char undeclared[] = W_DOC_OPEN "<w:p><w:r><w:t>&i;</w:t></w:r></w:p>" W_DOC_CLOSE;
	docx = make_docx(undeclared, sizeof(undeclared) - 1, &len);
	expect_err(EX_DOCX, docx, len, SS_ERR_INVAL, "not well-formed");
	free(docx);
}

/* ---- PDF ---- */

static cairo_status_t pdf_write(void *closure, const unsigned char *data,
				unsigned int len)
{
	return ss_buf_add(closure, data, len) == SS_OK ? CAIRO_STATUS_SUCCESS
						       : CAIRO_STATUS_WRITE_ERROR;
}

/* A PDF of n pages holding only a drawing, as a scanner would make (an
 * image is a drawing to a text extractor). */
static char *make_scan_pdf(size_t n, size_t *len)
{
	struct ss_buf b;
	ss_buf_init(&b, 0);
	cairo_surface_t *s = cairo_pdf_surface_create_for_stream(pdf_write, &b, 595, 842);
	cairo_t *cr = cairo_create(s);
	for (size_t i = 0; i < n; i++) {
		cairo_rectangle(cr, 100, 100, 200, 300);
		cairo_fill(cr);
		cairo_show_page(cr);
	}
	cairo_destroy(cr);
	cairo_surface_finish(s);
	assert_int_equal(cairo_surface_status(s), CAIRO_STATUS_SUCCESS);
	cairo_surface_destroy(s);
	return ss_buf_detach(&b, len);
}

/* tests/fixtures/extract/kyrgyz-text.pdf: two pages drawn by cairo in
 * DejaVu Sans (see docs/extract.md).  A committed file rather than one
 * drawn here: drawing text needs fontconfig and an installed Cyrillic
 * font, and fontconfig's caches show up as leaks under LeakSanitizer. */
static char *read_fixture(const char *name, size_t *len)
{
	char path[256];
	snprintf(path, sizeof(path), "tests/fixtures/extract/%s", name);
	FILE *f = fopen(path, "rb");
	if (!f)
		fail_msg("cannot open %s (run the tests from the repository root)", path);
	struct ss_buf b;
	ss_buf_init(&b, 1 << 20);
	char chunk[4096];
	size_t r;
	while ((r = fread(chunk, 1, sizeof(chunk), f)) > 0)
		assert_int_equal(ss_buf_add(&b, chunk, r), SS_OK);
	fclose(f);
	return ss_buf_detach(&b, len);
}

static void test_pdf_text(void **state)
{
	(void)state;
	size_t len;
	char *pdf = read_fixture("kyrgyz-text.pdf", &len);
	assert_int_equal(ex_detect(pdf, len, NULL, NULL), EX_PDF);
	/* Page 1 has two lines, page 2 one; ө and ү stay whole letters. */
	expect_text(EX_PDF, pdf, len,
		    "Соттун чечими ң ө ү\nРешение суда г. Бишкек\nӨ Ү Ң тексти");

	/* Truncated: the page objects and cross-reference table are gone. */
	expect_err(EX_PDF, pdf, 200, SS_ERR_INVAL, "the PDF cannot be read (");
	free(pdf);
	expect_err(EX_PDF, S("%PDF-1.4\nnot really\n"), SS_ERR_INVAL, "the PDF cannot be read (");
}

static void test_pdf_scan(void **state)
{
	(void)state;
	size_t len;
	char *pdf = make_scan_pdf(2, &len);
	expect_err(EX_PDF, pdf, len, SS_ERR_INVAL,
		   "the PDF has no text layer (a scan?); send the DOCX or a text PDF");
	free(pdf);
}

/* ---- the shared output shape ---- */

static void test_tidy(void **state)
{
	(void)state;
	char *out;
	size_t n;
	struct ss_err err;
	assert_int_equal(ex_tidy(S("\n\na  \t\n\n\n\n\nb\r\rc\r\n"), &out, &n, &err), SS_OK);
	assert_string_equal(out, "a\n\n\nb\n\nc");
	assert_int_equal(n, strlen(out));
	free(out);
	assert_int_equal(ex_tidy(S("ok \xff"), &out, &n, &err), SS_ERR_INVAL);
	assert_null(out);
	assert_non_null(strstr(err.msg, "not valid UTF-8 (byte 3)"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_detect),
		cmocka_unit_test(test_format_names),
		cmocka_unit_test(test_text_utf8),
		cmocka_unit_test(test_text_cp1251),
		cmocka_unit_test(test_text_utf16),
		cmocka_unit_test(test_html_page),
		cmocka_unit_test(test_html_fragment),
		cmocka_unit_test(test_html_charsets),
		cmocka_unit_test(test_html_huge_text),
		cmocka_unit_test(test_docx_text),
		cmocka_unit_test(test_docx_broken),
		cmocka_unit_test(test_docx_too_many_entries),
		cmocka_unit_test(test_docx_zip_bomb),
		cmocka_unit_test(test_docx_entity_bomb),
		cmocka_unit_test(test_pdf_text),
		cmocka_unit_test(test_pdf_scan),
		cmocka_unit_test(test_tidy),
	};
	return cmocka_run_group_tests_name("extract", tests, NULL, NULL);
}
