# test_privacy.sh: no personal data reaches the public index.  Plants acts
# whose people are known (some with the court's party list, some without),
# indexes them with the real indexer, and proves that no planted name,
# birth date, ПИН or phone is findable: not by search, not in any stored
# act, not in a snippet.  Then the same for every party of every act in
# corpus-samples.  Judges and prosecutors stay findable.
. tests/integration/lib.sh

cat >"$WORK/planted.jsonl" <<'ACTS'
{"id":"priv-1","court":"bishkek-leninsky","court_name":"Ленинский районный суд города Бишкек","case_number":"УД-77/24","date":"2024-04-02","case_type":"criminal","instance":"first","act_type":"приговор","judge":"Жолдошева Н.К.","lang":"ru","parties":[{"role":"defendant","name":"Курманалиев Эрлан Турсунбекович"},{"role":"victim","name":"Сагындыкова Жылдыз Маратовна"}],"text":"Ленинский районный суд города Бишкек в составе председательствующего судьи Жолдошевой Н.К., при секретаре Абакировой Д.С., с участием государственного обвинителя Осмонова Т.Б., защитника – адвоката Лебедевой И.П., подсудимого Курманалиева Эрлана Турсунбековича, 12.03.1990 года рождения, ПИН 21203199001234, проживающего по адресу: г. Бишкек, ул. Токтогула, д. 15, кв. 8, тел. +996 555 123 456, рассмотрел уголовное дело.\nУСТАНОВИЛ:\nКурманалиев Э.Т. 5 января 2024 года тайно похитил телефон у потерпевшей Сагындыковой Ж.М. Задержан на пересечении ул. Токтогула и ул. Киевской. Потерпевшая Сагындыкова показала, что Курманалиева ранее не знала. Вина Курманалиева подтверждается показаниями свидетеля Тилекова Азамата.\nПРИГОВОРИЛ:\nКурманалиева Эрлана Турсунбековича признать виновным по ч. 1 ст. 201 УК КР."}
{"id":"priv-2","court":"osh-city","court_name":"Ошский городской суд","case_number":"ГД-12/23","date":"2023-09-14","case_type":"civil","instance":"first","act_type":"решение","judge":"Маматов У.С.","lang":"ru","text":"Ошский городской суд в составе председательствующего судьи Маматова У.С., при секретаре Ниязовой А.А., рассмотрев гражданское дело по иску Эшматовой Гулнары Абдукаримовны к Эшматову Бахтияру Рустамовичу о взыскании алиментов, УСТАНОВИЛ: истица Эшматова Г.А. просит взыскать с ответчика Эшматова Б.Р. алименты на содержание сына. Ответчик Эшматов Бахтияр Рустамович, 1985 г.р., иск признал. РЕШИЛ: взыскать с Эшматова Бахтияра Рустамовича алименты."}
{"id":"priv-3","court":"naryn-district","court_name":"Нарын райондук соту","case_number":"ЖИ-5/22","date":"2022-06-01","case_type":"criminal","instance":"first","act_type":"өкүм","judge":"Бообеков Т.А.","lang":"ky","parties":[{"role":"defendant","name":"Токтосун уулу Нурлан"}],"text":"Нарын райондук соту, төрагалык кылуучу судья Бообеков Т.А., катчы Асанова Б.К., айыпталуучу Токтосун уулу Нурландын, 1988-жылдын 3-мартында туулган, кылмыш ишин карап чыгып, ТОКТОМ КЫЛДЫ: Токтосун уулу Нурлан күнөөлүү деп табылсын. Нурланга жаза дайындалсын."}
ACTS

serve_samples --audit "$WORK/audit.jsonl" "$WORK/planted.jsonl"
check "no planted act is quarantined" sh -c "! grep -q \"priv-\" '$WORK/import.log'"
check "the audit file is private (0600)" test "$(stat -c %a "$WORK/audit.jsonl")" = 600

total() { curl -sS -G --max-time 10 "$BASE_URL/api/v1/search" --data-urlencode "q=$1" | jq .total; }

for name in Курманалиев Курманалиева Курманалиевым Эрлан Турсунбекович Сагындыкова Сагындыковой Жылдыз \
	Тилекова Азамата Эшматова Эшматову Эшматов Гулнары Бахтияр Бахтияра Абдукаримовны Рустамович \
	Нурлан Нурландын Нурланга '"Токтосун уулу"' 21203199001234 '"555 123 456"' '"12.03.1990"'; do
	n=$(total "$name")
	check "planted «$name» is not findable (found $n)" test "$n" = 0
done

# The stored acts and their snippets hold none of it either.
for id in priv-1 priv-2 priv-3; do
	curl -sS --max-time 10 "$BASE_URL/api/v1/acts/$id" >"$WORK/$id.json"
	check "$id is published" test "$(jq -r .id "$WORK/$id.json")" = "$id"
	leaked=$(jq -r .text "$WORK/$id.json" | grep -o -E 'Курманали|Сагындык|Эрлан|Жылдыз|Тилеков|Эшмат|Гулнар|Бахтияр|Нурлан|Токтосун|21203199001234|555 123|12\.03\.1990|Токтогула, д' | head -3 | tr '\n' ' ')
	check "$id's stored text holds no planted personal data [$leaked]" test -z "$leaked"
done
curl -sS -G --max-time 10 "$BASE_URL/api/v1/search" --data-urlencode "q=алиментов" --data-urlencode "per_page=100" >"$WORK/snip.json"
check "snippets hold no planted name" sh -c "! grep -q -E 'Эшмат|Гулнар|Бахтияр' '$WORK/snip.json'"
check "the party list is not stored" sh -c "! jq -e 'has(\"parties\")' '$WORK/priv-1.json' >/dev/null"

# Officials stay: the judge, the secretary, the prosecutor, the advocate.
for name in Жолдошевой Абакировой Осмонова Лебедевой '"ул. Токтогула"'; do
	n=$(total "$name")
	check "official or place «$name» stays findable" test "$n" -ge 1
done
check "the judge filter finds the planted act" test "$(curl -sS -G --max-time 10 "$BASE_URL/api/v1/search" --data-urlencode 'judge=Жолдошева Н.К.' | jq .total)" = 1

# Every party of every corpus act: the party's own name (surname with their
# first name or initial, or their initials before the surname) is not in
# that act's published text.  A surname alone is not enough evidence: the
# presiding judge may share it.  Representatives act in role and are kept.
export LC_ALL=C.UTF-8
jq -r 'select(.parties) | .id as $id | .parties[] | select(.role != "representative") |
	(.name | split(" ")) as $w | select(($w | length) >= 2 and ($w[1] != "уулу") and ($w[1] != "кызы")) |
	[$id, $w[0], $w[1], ($w[2] // "")] | @tsv' corpus-samples/*.jsonl >"$WORK/parties.tsv"
leaks=0
checked=0
fetched=""
while IFS="$(printf '\t')" read -r id surname first patronymic; do
	if [ "$id" != "$fetched" ]; then
		curl -sS --max-time 10 "$BASE_URL/api/v1/acts/$id" | jq -r '.text // empty' >"$WORK/t.txt"
		fetched=$id
	fi
	[ -s "$WORK/t.txt" ] || continue # quarantined: not published at all
	checked=$((checked + 1))
	# Character (not byte) slices: bash's are locale-aware, cut -c is not.
	stem=${surname:0:$((${#surname} - 1))}
	ini=${first:0:1}
	first4=${first:0:4}
	inis="$ini\\. ?${patronymic:0:1}\\."
	pat="$stem[[:alpha:]]* +($first4|$inis)|$inis ?$stem"
	if grep -q -E -- "$pat" "$WORK/t.txt"; then
		leaks=$((leaks + 1))
		echo "leak: $id: $(grep -o -E -- ".{0,30}($pat).{0,10}" "$WORK/t.txt" | head -1)"
	fi
done <"$WORK/parties.tsv"
check "no corpus party's name remains in its published act ($checked checked, $leaks leaked)" test "$leaks" = 0 -a "$checked" -gt 1000

check "searchd stops cleanly" stop_searchd
finish
