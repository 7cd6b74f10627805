/* sd_static.c: the web page from memory (see sd_static.h). */
#include "sd_static.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ss_buf.h"
#include "ss_log.h"
#include "ss_mem.h"

struct static_file {
	const char *url, *file, *type;
	char *data;
	size_t len;
};

static struct static_file files[] = {
	{"/", "index.html", "text/html; charset=utf-8", NULL, 0},
	{"/static/app.js", "app.js", "text/javascript; charset=utf-8", NULL, 0},
	{"/static/style.css", "style.css", "text/css; charset=utf-8", NULL, 0},
};
#define NFILES (sizeof(files) / sizeof(files[0]))

void sd_static_load(const char *dir)
{
	for (size_t i = 0; i < NFILES; i++) {
		char path[1200];
		snprintf(path, sizeof(path), "%s/%s", dir, files[i].file);
		FILE *f = fopen(path, "rb");
		if (!f) {
			ss_log(SS_LOG_WARN, "web page file '%s' not found: the page is off", path);
			continue;
		}
		struct ss_buf b;
		char chunk[8192];
		size_t n;
		ss_buf_init(&b, 4u << 20);
		while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
			ss_buf_add(&b, chunk, n);
		fclose(f);
		files[i].data = ss_buf_detach(&b, &files[i].len);
	}
}

void sd_static_free(void)
{
	for (size_t i = 0; i < NFILES; i++) {
		free(files[i].data);
		files[i].data = NULL;
	}
}

int sd_static_serve(const char *path, struct sd_reply *rep)
{
	for (size_t i = 0; i < NFILES; i++) {
		if (strcmp(path, files[i].url) != 0 || !files[i].data)
			continue;
		rep->status = 200;
		rep->content_type = files[i].type;
		rep->body = ss_xmalloc(files[i].len + 1);
		memcpy(rep->body, files[i].data, files[i].len);
		rep->len = files[i].len;
		rep->page = 1;
		return 1;
	}
	return 0;
}
