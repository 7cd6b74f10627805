/* dp_chars.c: the character tables of dp_chars.h. */
#include "dp_chars.h"

#include <pthread.h>

uint8_t dp_ch_flags[DP_CH_N];
uint16_t dp_ch_lower[DP_CH_N];

static pthread_once_t once = PTHREAD_ONCE_INIT;

static void build(void)
{
	for (int c = 0; c < DP_CH_N; c++) {
		dp_ch_flags[c] = (uint8_t)((u_isupper(c) ? DP_CH_UPPER : 0) | (u_islower(c) ? DP_CH_LOWER : 0) |
					   (u_isalpha(c) ? DP_CH_ALPHA : 0));
		dp_ch_lower[c] = (uint16_t)u_tolower(c);
	}
}

void dp_chars_init(void)
{
	pthread_once(&once, build);
}
