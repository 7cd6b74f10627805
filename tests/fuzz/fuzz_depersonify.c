/* fuzz_depersonify.c: libFuzzer target for dp_text_scrub: any bytes in, no
 * crash, no leak of memory, output and report always well-formed; valid
 * inputs are scrubbed twice to check idempotence does not crash. */
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
	if (dp_text_scrub(ctx, (const char *)data, size, lang, NULL, 0, &r, &err) != SS_OK)
		return 0;
	if (!r.text || !r.report_json)
		abort();
	struct dp_result r2;
	if (dp_text_scrub(ctx, r.text, r.len, lang, NULL, 0, &r2, &err) == SS_OK)
		dp_result_release(&r2);
	dp_result_release(&r);
	return 0;
}
