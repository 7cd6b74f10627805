/* fuzz_depersonify.c: libFuzzer target for dp_text_scrub: any bytes in, no
 * crash, no leak of memory, output and report always well-formed; valid
 * inputs are scrubbed twice to check idempotence does not crash.  The first
 * line (up to 80 bytes) is also passed as a party's name, alternately in a
 * removed and a kept role, so the party-list paths are fuzzed too. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "depersonify.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct dp_ctx *ctx;
	struct ss_err err;
	if (!ctx && dp_ctx_new(NULL, &ctx, &err) != SS_OK)
		abort();
	struct dp_result r;
	const char *lang = size && (data[0] & 1) ? "ky" : "auto";
	char name[81];
	size_t nl = 0;
	while (nl < size && nl < sizeof name - 1 && data[nl] != '\n' && data[nl] != '\0')
		nl++;
	memcpy(name, data, nl);
	name[nl] = '\0';
	struct dp_party party = { size > 1 && (data[1] & 1) ? "judge" : "witness", name };
	if (dp_text_scrub(ctx, (const char *)data, size, lang, &party, 1, &r, &err) != SS_OK)
		return 0;
	if (!r.text || !r.report_json)
		abort();
	struct dp_result r2;
	if (dp_text_scrub(ctx, r.text, r.len, lang, NULL, 0, &r2, &err) == SS_OK)
		dp_result_release(&r2);
	dp_result_release(&r);
	return 0;
}
