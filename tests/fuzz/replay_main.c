/* replay_main.c: runs a libFuzzer target's entry point over saved inputs
 * (files or directories of files) without libFuzzer, so `make test` replays
 * every seed and every crash ever found, under gcc and under ASan.  Prints
 * "N passed, 0 failed" — a crash ends the process, which the runner counts
 * as a failure. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "replay: cannot open %s\n", path);
		return -1;
	}
	size_t cap = 1 << 16, n = 0, r;
	uint8_t *buf = malloc(cap);
	while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
		n += r;
		if (n == cap) {
			cap *= 2;
			buf = realloc(buf, cap);
		}
	}
	fclose(f);
	if (!buf)
		return -1;
	LLVMFuzzerTestOneInput(buf, n);
	free(buf);
	return 0;
}

int main(int argc, char **argv)
{
	unsigned done = 0, bad = 0;
	for (int i = 1; i < argc; i++) {
		struct stat sb;
		if (stat(argv[i], &sb) != 0)
			continue;
		if (!S_ISDIR(sb.st_mode)) {
			replay_file(argv[i]) == 0 ? done++ : bad++;
			continue;
		}
		DIR *d = opendir(argv[i]);
		struct dirent *de;
		while (d && (de = readdir(d))) {
			if (de->d_name[0] == '.')
				continue;
			char path[4096];
			snprintf(path, sizeof(path), "%s/%s", argv[i], de->d_name);
			replay_file(path) == 0 ? done++ : bad++;
		}
		if (d)
			closedir(d);
	}
	printf("%u passed, %u failed\n", done, bad);
	return bad != 0;
}
