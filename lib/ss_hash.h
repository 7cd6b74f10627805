/* ss_hash.h: SHA-256 (libcrypto) for spool checksums, token hashes and
 * change detection, and a constant-time comparison for secrets. */
#ifndef SS_HASH_H
#define SS_HASH_H

#include <stdbool.h>
#include <stddef.h>

/* SHA-256 of data as 64 lower-case hex digits (+ NUL). */
void ss_sha256_hex(const void *data, size_t len, char out[65]);
/* Constant-time equality of two equal-length byte strings. */
bool ss_const_eq(const void *a, const void *b, size_t len);

#endif
