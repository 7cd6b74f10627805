/* fuzz_spool.c: libFuzzer target for the spool file reader: any bytes on
 * disk must give a checked item or an error saying what is damaged. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ss_hash.h"
#include "ss_mem.h"
#include "ss_spool.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *copy = ss_xmalloc(size + 1);
	memcpy(copy, data, size);
	copy[size] = '\0';
	struct ss_spool_item it;
	struct ss_err err;
	if (ss_spool_parse(copy, size, &it, &err) == SS_OK) {
		if (!it.op || !it.id || !it.court || !it.ticket || it.body[it.body_len] != '\0')
			__builtin_trap();
		char sha[65];
		ss_sha256_hex(it.body, it.body_len, sha);
		if (strcmp(sha, json_string_value(json_object_get(it.hdr, "sha256"))) != 0)
			__builtin_trap();
		ss_spool_item_release(&it);
	} else if (err.msg[0] == '\0') {
		__builtin_trap();
	}
	return 0;
}
