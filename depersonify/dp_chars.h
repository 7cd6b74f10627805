/* dp_chars.h: letter case, letterhood and lower case of the code points
 * court text is written in (Latin and Cyrillic with their extensions, below
 * U+0530) from one table built from ICU at the first dp_ctx_new; the
 * tokenizer asks these for every character, and an ICU call each was a
 * tenth of the run time.  Other code points still go to ICU. */
#ifndef DP_CHARS_H
#define DP_CHARS_H

#include <stdint.h>

#include <unicode/uchar.h>

#define DP_CH_N 0x530
enum { DP_CH_UPPER = 1, DP_CH_LOWER = 2, DP_CH_ALPHA = 4 };

extern uint8_t dp_ch_flags[DP_CH_N];
extern uint16_t dp_ch_lower[DP_CH_N];

/* Fills the tables once, whatever the number of threads calling. */
void dp_chars_init(void);

static inline int dp_isupper(int c)
{
	return (unsigned)c < DP_CH_N ? dp_ch_flags[c] & DP_CH_UPPER : u_isupper(c);
}

static inline int dp_islower(int c)
{
	return (unsigned)c < DP_CH_N ? dp_ch_flags[c] & DP_CH_LOWER : u_islower(c);
}

static inline int dp_isalpha(int c)
{
	return (unsigned)c < DP_CH_N ? dp_ch_flags[c] & DP_CH_ALPHA : u_isalpha(c);
}

static inline int dp_tolower(int c)
{
	return (unsigned)c < DP_CH_N ? dp_ch_lower[c] : (int)u_tolower(c);
}

#endif
