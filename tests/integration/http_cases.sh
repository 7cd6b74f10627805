# http_cases.sh: runs a jq-style case file against a live server at
# $BASE_URL.  Sourced after lib.sh.  Format (one case per "test:" line):
#
#   test: кража finds краже, кражу, кражи
#   get: /api/v1/search            (path; default /api/v1/search)
#   url: /api/v1/search?q=%ff      (alternative: raw path and query, sent as is)
#   q: кража                       (any other "key: value" is a query parameter)
#   status: 200                    (expected HTTP status; default 200)
#   assert: .total >= 3            (jq expressions that must all be true)
#
# Lines starting with # and blank lines are ignored.

run_case() {
	[ -z "$C_NAME" ] && return 0
	body="$WORK/body"
	if [ -n "$C_URL" ]; then
		code=$(curl -sS --max-time 10 -o "$body" -w '%{http_code}' "$BASE_URL$C_URL" 2>"$WORK/curl.err")
	else
		code=$(curl -sS -G --max-time 10 -o "$body" -w '%{http_code}' "${C_PARAMS[@]}" \
			"$BASE_URL${C_PATH:-/api/v1/search}" 2>"$WORK/curl.err")
	fi
	why=""
	if [ "$code" != "${C_STATUS:-200}" ]; then
		why="status $code, expected ${C_STATUS:-200}"
	elif ! jq -e . "$body" >/dev/null 2>&1; then
		why="reply is not JSON"
	else
		for a in "${C_ASSERTS[@]}"; do
			if ! jq -e "$a" "$body" >/dev/null 2>&1; then
				why="assert failed: $a"
				break
			fi
		done
	fi
	if [ -z "$why" ]; then
		ok "$C_NAME"
	else
		not_ok "$C_NAME: $why"
		echo "    reply: $(head -c 600 "$body")"
	fi
}

reset_case() {
	C_NAME=$1
	C_PATH=""
	C_URL=""
	C_STATUS=""
	C_PARAMS=()
	C_ASSERTS=()
}

run_case_file() {
	reset_case ""
	while IFS= read -r line || [ -n "$line" ]; do
		case "$line" in
		'#'* | '') continue ;;
		esac
		key=${line%%:*}
		val=${line#*:}
		val=${val# }
		case "$key" in
		test) run_case; reset_case "$val" ;;
		get) C_PATH=$val ;;
		url) C_URL=$val ;;
		status) C_STATUS=$val ;;
		assert) C_ASSERTS+=("$val") ;;
		*) C_PARAMS+=(--data-urlencode "$key=$val") ;;
		esac
	done <"$1"
	run_case
}
