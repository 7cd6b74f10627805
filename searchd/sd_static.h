/* sd_static.h: the web page's few files, read once at start-up from the
 * web directory and served from memory.  A fixed list: no path from a
 * request ever reaches the file system. */
#ifndef SD_STATIC_H
#define SD_STATIC_H

#include "sd_http.h"

/* Loads the files under dir; a missing dir only disables the page. */
void sd_static_load(const char *dir);
void sd_static_free(void);
/* Fills rep and returns 1 when path is one of the page's files. */
int sd_static_serve(const char *path, struct sd_reply *rep);

#endif
