/* fuzz_act.c: libFuzzer target for act validation (the ingest JSON parser):
 * any bytes must give SS_OK with a consistent act, or an error message. */
#include <stdint.h>
#include <string.h>

#include "ss_act.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ss_act act;
	struct ss_err err;
	if (ss_act_parse((const char *)data, size, &act, &err) == SS_OK) {
		/* Every required field is set and the text length is right. */
		if (!act.id || !act.text || strlen(act.text) != act.text_len)
			__builtin_trap();
		ss_act_release(&act);
	} else if (err.msg[0] == '\0') {
		__builtin_trap();
	}
	return 0;
}
