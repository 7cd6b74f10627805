#!/usr/bin/env python3
"""check.py: consistency checker for the blind5 depersonify evaluation set.

Parses blind5-ru.ann / blind5-ky.ann the way tests/eval/eval_deperson.c does
(passages start at "@@ ", the body ends at the next "\n@@ ", trailing newlines
are dropped; a span is "{TAG|text}" when a '|' and a '}' follow the '{', the
'|' comes first and fewer than 16 bytes separate '{' from '|') and checks the
annotation for the errors listed in README.md.

usage: python3 check.py [--stats] [FILE...]     (default: both set files)
exit status 0 when no error is found.
"""
import calendar
import os
import re
import sys
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = [("blind5-ru.ann", "ru", "er"), ("blind5-ky.ann", "ky", "ek")]

TAG_RE = re.compile(r"^(PER[1-9]\d*|(ADDR|DOB|PIN|DOC|PHONE|PLATE|ACCOUNT|EMAIL|REALESTATE)(\d*)|KEEP)$")
CATS = ["PER", "ADDR", "DOB", "PIN", "DOC", "PHONE", "PLATE", "ACCOUNT", "EMAIL", "REALESTATE"]

# Deliberate traps: a word of a PER span that may appear outside spans in that
# passage (lower-case common word, town named like the person...). Listed in README.md.
TRAPS = {
    "er034": {"чолпон"},       # witness Чолпон vs the town Чолпон-Ата
    "er100": {"роза"},          # witness Роза vs the common noun "розу" (stem check)
    "ek059": {"эркин"},         # witness Эркин vs the adverb "эркин түрдө"
}
# Outside-span capitalised words allowed to share a 6-letter stem with a PER word.
STEM_OK = {
    "er101": {"раззак"},        # street ул. Раззакова (KEEP) vs party Раззаков
}

UP = "А-ЯЁӨҮҢA-Z"
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
KY_MONTHS = ["январ", "феврал", "март", "апрел", "май", "июн", "июл", "август",
             "сентябр", "октябр", "ноябр", "декабр"]

OUTSIDE_PATTERNS = [
    ("digit run 12-16", re.compile(r"(?<!IMEI )(?<!\d)\d{12,16}(?!\d)")),  # IMEI is not annotated (guide)
    ("card-like digit groups", re.compile(r"(?<!\d)\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}(?!\d)")),
    ("patronymic", re.compile(r"\b[%s]\w*(?:(?:ович|евич|ОВИЧ|ЕВИЧ)(?:а|у|ем|е|А|У|ЕМ|Е)?"
                              r"|(?:овн|евн|ичн|ОВН|ЕВН|ИЧН)(?:а|ы|е|у|ой|ою|А|Ы|Е|У|ОЙ))"
                              r"(?:тин|ти|тен|ке|те|нын|га|ны|дан|да|ТИН|НЫН)?\b" % UP)),
    ("уулу/кызы/тегин/оглы name",
     # a capitalised word before the particle, except "<role word>-GEN кызы/уулу" (his daughter/son)
     re.compile(r"\b(?!(?:[Жж]оопкер|[Дд]оогер|[Сс]оттолуучу|[Жж]абырлануучу|[Кк]үбө|[Аа]йыпталуучу"
                r"|[Кк]арызкор|[Өө]ндүрүүчү|[Мм]ураскор|[Аа]рыздануучу)\w*(?:нын|нин|нун|нүн|дын|дин|дун|дүн"
                r"|тын|тин|тун|түн)\b)[%s]\w*\s+(?:уулу|кызы|тегин|оглы|улы)\w*" % UP)),
    ("уулу/кызы/тегин/оглы + name", re.compile(r"\b(?:уулу|кызы|тегин|оглы)\w*\s+[%s]" % UP)),
    ("phone +country", re.compile(r"\+\s?\d{1,3}[\s(]*\d{2,3}")),
    ("phone 0XXX", re.compile(r"(?<![\d.,/])0\s?\(?\d{3,4}\)?[\s-]?\d{2,3}[\s-]?\d{2}[\s-]?\d{2}(?![\d/])")),
    ("phone (code)", re.compile(r"\(\d{3,5}\)\s*\d")),
    ("phone NN-NN-NN", re.compile(r"(?<![\d/.-])\d{1,3}-\d{2}-\d{2}(?![\d/.-])")),
    ("e-mail / handle", re.compile(r"@\w|\w@")),
    ("address кв./д./дом N", re.compile(r"(?<![а-яёА-ЯЁ.])(?:кв\.|д\.|дом)\s*№?\s*\d")),
    ("address N-үй/N-батир", re.compile(r"\d+\s*[а-яА-Я]?\s*-\s*(?:үй|батир)")),
    ("address street, N", re.compile(r"(?:ул\.|мкр\.|пр\.|көчөсү|проспектиси|кичи району)[^,;.()]{0,30},\s*\d")),
    ("plate new", re.compile(r"(?<![\w-])\d{2}\s?\d{3}\s?[A-ZА-Я]{3}(?!\w)")),
    ("plate old", re.compile(r"(?<![\w-])[A-ZА-Я]\s?\d{4}\s?[A-ZА-Я]{2}(?!\w)")),
    ("passport-like", re.compile(r"(?<!\w)(?:[A-Z]{2}|ID)\s?№?\s?\d{7,8}(?!\d)")),
    ("real-estate code", re.compile(r"\d-\d{2}-\d{2}-\d{4}")),
]
DOB_KEY = re.compile(r"года рождения|г\.\s?р\.|г\.\s?рожд|рождения|туулган|ж\.\s?т\.")

errors = []


def err(pid, msg):
    errors.append("%s: %s" % (pid, msg))


def passages(raw):
    """Yield (id, lang, body) exactly as eval_file() in eval_deperson.c."""
    p = 0
    while True:
        p = raw.find(b"@@ ", p)
        if p < 0:
            return
        head = raw[p + 3:].split(b"\n", 1)[0].split()
        pid = head[0].decode() if head else ""
        lang = head[1].decode()[:7] if len(head) > 1 else "auto"
        nl = raw.find(b"\n", p)
        if nl < 0:
            return
        body = nl + 1
        nxt = raw.find(b"\n@@ ", body)
        end = nxt if nxt >= 0 else len(raw)
        bl = end
        while bl > body and raw[bl - 1:bl] == b"\n":
            bl -= 1
        yield pid, lang, raw[body:bl]
        p = nxt + 1 if nxt >= 0 else bl


def parse(src):
    """eval_passage(): returns plain text (str) and spans [(tag, start, end)] in characters."""
    plain = bytearray()
    spans = []
    i = 0
    n = len(src)
    while i < n:
        if src[i:i + 1] == b"{":
            bar = src.find(b"|", i)
            close = src.find(b"}", i)
            if bar >= 0 and close >= 0 and bar < close and bar - i < 16:
                tag = src[i + 1:bar]
                s = len(plain)
                plain += src[bar + 1:close]
                spans.append((tag, s, len(plain)))
                i = close + 1
                continue
        plain += src[i:i + 1]
        i += 1
    text = plain.decode("utf-8")
    # byte offsets -> character offsets
    out = []
    for tag, s, e in spans:
        cs = len(plain[:s].decode("utf-8"))
        ce = len(plain[:e].decode("utf-8"))
        out.append((tag.decode("utf-8", "replace"), cs, ce))
    return text, out


def valid_date(d, m, y):
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1] and 1900 <= y <= 2026


def dob_value(s):
    """(d, m, y) with None for unknown parts, or None if not parsed."""
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", s)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    m = re.fullmatch(r"(\d{1,2}) (\w+) (\d{4})", s)
    if m and m.group(2) in RU_MONTHS:
        return int(m.group(1)), RU_MONTHS.index(m.group(2)) + 1, int(m.group(3))
    m = re.fullmatch(r"(\d{4})-жылдын (\d{1,2})-(\w+)", s)
    if m:
        for k, st in enumerate(KY_MONTHS):
            if m.group(3).startswith(st):
                return int(m.group(2)), k + 1, int(m.group(1))
    m = re.fullmatch(r"(\d{4})(?:-жылы)?", s)
    if m:
        return None, None, int(m.group(1))
    return None


def check_passage(pid, lang, body, stats):
    text, spans = parse(body)
    if "@@ " in body.decode("utf-8"):
        err(pid, "'@@ ' inside body")
    # stray braces and bars
    for ch in "{}|":
        if ch in text:
            err(pid, "stray %r in text: ...%s..." % (ch, text[max(0, text.index(ch) - 30):text.index(ch) + 30]))
    mask = [False] * len(text)
    per_order = []
    groups = OrderedDict()
    for tag, s, e in spans:
        span = text[s:e]
        if len(tag.encode()) >= 15:
            err(pid, "tag too long: %s" % tag)
        if not TAG_RE.match(tag):
            err(pid, "invalid tag %r" % tag)
        if not span:
            err(pid, "empty span %s" % tag)
            continue
        bad_lead = span[0] in ",;:)«»\"'-" or (span[0] == "(" and ")" not in span)
        bad_tail = span[-1] in ",;:(«»\"'-" or (span[-1] == ")" and "(" not in span)
        if span != span.strip() or bad_lead or bad_tail:
            err(pid, "span not trimmed: %s|%r" % (tag, span))
        if "\n" in span and not re.search(r"-\n", span):
            err(pid, "line break inside span without hyphen: %r" % span)
        for k in range(s, e):
            mask[k] = True
        if tag.startswith("PER"):
            n = int(tag[3:])
            if n not in per_order:
                per_order.append(n)
        if tag == "PIN" or tag.startswith("PIN"):
            if not re.fullmatch(r"[12]\d{13}", span):
                err(pid, "PIN not 14 digits starting 1/2: %r" % span)
            elif not valid_date(int(span[1:3]), int(span[3:5]), int(span[5:9])):
                err(pid, "PIN with invalid date: %r" % span)
        if tag.startswith("DOB"):
            v = dob_value(span)
            if v is None:
                err(pid, "DOB not parsed: %r" % span)
            elif v[0] is not None and not valid_date(*v):
                err(pid, "DOB invalid date: %r" % span)
        if tag != "KEEP":
            cat = re.match(r"[A-Z]+", tag).group(0)
            key = tag if (re.search(r"\d", tag)) else "%s#%d" % (tag, s)
            groups.setdefault(key, (cat, []))[1].append(span)
    if per_order != list(range(1, len(per_order) + 1)):
        err(pid, "PER numbering by first appearance is %s" % per_order)
    # PIN date must match a DOB of the passage when the passage has DOBs
    dobs = [dob_value(text[s:e]) for t, s, e in spans if t.startswith("DOB")]
    dobs = [d for d in dobs if d]
    for t, s, e in spans:
        if t.startswith("PIN") and dobs and re.fullmatch(r"[12]\d{13}", text[s:e]):
            pd = (int(text[s + 1:s + 3]), int(text[s + 3:s + 5]), int(text[s + 5:s + 9]))
            if not any((d[0] is None and d[2] == pd[2]) or d == pd for d in dobs):
                err(pid, "PIN %s matches no DOB %s" % (text[s:e], dobs))
    masked = "".join("\u25a0" if mask[k] else text[k] for k in range(len(text)))
    outside_words = [(w, w.lower()) for w in re.findall(r"\w+", masked)]
    outside_lc = {lw for _, lw in outside_words}
    traps = TRAPS.get(pid, set())
    stem_ok = STEM_OK.get(pid, set())
    # annotated strings again, unannotated
    for tag, s, e in spans:
        if tag == "KEEP":
            continue
        span = text[s:e]
        if len(span) >= 3 and re.search(r"(?<!\w)%s(?!\w)" % re.escape(span), masked) \
                and span.lower() not in traps:
            err(pid, "annotated %s %r also appears unannotated" % (tag, span))
        if tag.startswith("PER"):
            for w in re.findall(r"\w+", span):
                if len(w) < 3 or not w[0].isupper():
                    continue
                lw = w.lower()
                if lw in outside_lc and lw not in traps:
                    err(pid, "PER word %r appears outside spans" % w)
                if len(lw) >= 6:
                    for ow, olw in outside_words:
                        if (ow[0].isupper() and len(olw) >= 6 and olw[:6] == lw[:6] and olw != lw
                                and olw[:6] not in stem_ok and lw not in traps):
                            err(pid, "outside word %r shares the stem of PER word %r" % (ow, w))
    # forbidden patterns outside spans
    for name, rx in OUTSIDE_PATTERNS:
        for m in rx.finditer(masked):
            err(pid, "outside spans, %s: %r" % (name, m.group(0)))
    for m in DOB_KEY.finditer(masked):
        left = masked[:m.start()]
        cut = max(left.rfind(c) for c in ",;()\n:")
        seg = left[cut + 1:] if cut >= 0 else left
        seg = seg[-40:]
        if re.search(r"\d", seg):
            err(pid, "date next to %r is not tagged DOB: %r" % (m.group(0), seg + m.group(0)))
    # statistics
    st = stats
    st["passages"] += 1
    has_pd = False
    for tag, s, e in spans:
        if tag == "KEEP":
            st["KEEP"] += 1
            continue
        has_pd = True
        cat = re.match(r"[A-Z]+", tag).group(0)
        st[cat + " mentions"] = st.get(cat + " mentions", 0) + 1
    for key, (cat, ms) in groups.items():
        st[cat] = st.get(cat, 0) + 1
    if not has_pd:
        st["no personal data"] += 1
        st.setdefault("no-PD ids", []).append(pid)


def check_file(path, lang, prefix, stats):
    raw = open(path, "rb").read()
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(path, "not UTF-8: %s" % e)
        return
    ids = []
    for pid, plang, body in passages(raw):
        if plang != lang:
            err(pid, "language %r, expected %r" % (plang, lang))
        ids.append(pid)
        check_passage(pid, plang, body, stats)
    want = ["%s%03d" % (prefix, k) for k in range(1, len(ids) + 1)]
    if ids != want:
        bad = [(a, b) for a, b in zip(ids, want) if a != b][:3]
        err(path, "ids not unique/sequential: first differences %s" % bad)
    for line in raw.decode("utf-8").split("\n"):
        if line.startswith("@@") and not re.fullmatch(r"@@ %s\d{3} %s" % (prefix, lang), line):
            err(path, "bad header line %r" % line)


def new_stats():
    return {"passages": 0, "KEEP": 0, "no personal data": 0}


# --selftest: inject one error of each kind into a copy of the real sets and
# make sure the checker reports it (and that the clean sets give no error).
INJECT = [
    # (file, old text, new text, expected message fragment)
    ("ru", "{PER2|Кравченко Ольге Викторовне}", "{NAME2|Кравченко Ольге Викторовне}", "invalid tag"),
    ("ru", "{PIN|21408199600417}", "{PINPINPINPINPIN|21408199600417}", "stray"),
    ("ru", "сумку стоимостью", "сумку} стоимостью", "stray '}'"),
    ("ru", "сумку стоимостью", "сумку { стоимостью", "stray '{'"),
    ("ru", "тайно похитил", "тайно | похитил", "stray '|'"),
    ("ru", "@@ er002 ru", "@@ er001 ru", "ids not unique"),
    ("ky", "@@ ek002 ky", "@@ ek002 ru", "language"),
    ("ru", "{PER1|Эсенгулов Нурбек}", "{PER2|Эсенгулов Нурбек}", "PER numbering"),
    ("ru", "{PER2|Кравченко О.В.} в суде", "{PER2|Кравченко О.В. } в суде", "not trimmed"),
    ("ru", "{PER2|Кравченко О.В.} в суде", "{PER2|Кравченко О.В.,} в суде", "not trimmed"),
    ("ru", "{PIN|21408199600417}", "{PIN|21431199600417}", "invalid date"),
    ("ru", "{PIN|21408199600417}", "{PIN|31408199600417}", "not 14 digits"),
    ("ru", "{PIN|21408199600417}", "{PIN|2140819960041}", "not 14 digits"),
    ("ru", "{PIN|21408199600417}", "{PIN|21508199600417}", "matches no DOB"),
    ("ru", "{DOB|14 августа 1996}", "{DOB|31 июня 1996}", "DOB invalid"),
    ("ru", "сотрудников по номеру телефона {PHONE|0770 41 88 03}.",
     "сотрудников по номеру телефона {PHONE|0770 41 88 03}, повторно 0770 41 88 03.", "appears unannotated"),
    ("ru", "Потерпевшая {PER2|Кравченко О.В.}", "Потерпевшая Кравченко О.В.", "PER word"),
    ("ky", "({DOB|2017-жылы} туулган)", "(2017-жылы туулган)", "not tagged DOB"),
    ("ru", "{DOB|14 августа 1996} года рождения", "14 августа 1996 года рождения", "not tagged DOB"),
    ("ru", "{DOB|1991} г.р.", "1991 г.р.", "not tagged DOB"),
    ("ru", "ПИН {PIN|21408199600417}", "ПИН 21408199600417", "digit run"),
    ("ru", "{ACCOUNT|4169 5853 2047 6610}", "4169 5853 2047 6610", "card-like"),
    ("ru", "{PER1|Андрей Константинович} выехал", "Андрей Константинович выехал", "patronymic"),
    ("ru", "{PER1|Андрей Константинович} выехал", "Андрей КОНСТАНТИНОВИЧ выехал", "patronymic"),
    ("ky", "{PER1|Улан Нурдин уулу} сот", "Улан Нурдин уулу сот", "уулу"),
    ("ky", "Доогер {PER1|Сейитали кызы Бурул}", "Доогер Сейитали кызы Бурул", "кызы"),
    ("ru", "{PHONE|0770 41 88 03}", "0770 41 88 03", "phone 0XXX"),
    ("ru", "{PHONE|+996 (555) 73-19-40}", "+996 (555) 73-19-40", "phone +country"),
    ("ru", "{PHONE|0(3422) 5-23-71}", "0(3422) 5-23-71", "phone"),
    ("ru", "{EMAIL|v.schmidt64@gmail.com}", "v.schmidt64@gmail.com", "e-mail"),
    ("ru", "«{PER1|@farrukh_dush}»", "«@farrukh_dush»", "e-mail / handle"),
    ("ru", "{ADDR|мкр. Джал-29, д. 18, кв. 71}", "мкр. Джал-29, д. 18, кв. 71", "address"),
    ("ky", "{ADDR|Курманжан датка көчөсү, 214-үй, 7-батирде}", "Курманжан датка көчөсү, 214-үй, 7-батирде", "N-үй"),
    ("ru", "{ADDR|ул. Ленина, 87}", "ул. Ленина, 87", "street, N"),
    ("ru", "{PLATE|01 517 AEZ}", "01 517 AEZ", "plate new"),
    ("ru", "{PLATE|В 4721 ВК}", "В 4721 ВК", "plate old"),
    ("ru", "{DOC|AN 3150278}", "AN 3150278", "passport-like"),
    ("ru", "{REALESTATE|1-02-07-0018-0944-01-031}", "1-02-07-0018-0944-01-031", "real-estate"),
    ("ky", "{PER2|Турсунбаевага} кайтарылсын.", "{PER2|Турсунбаевага} кайтарылсын, Турсунбаеванын доосу канааттандырылсын.", "stem"),
    ("ky", "{PER1|Абдыкалыков Ж.Ө.} 2024", "{PER1|Абдыкалыков Ж.Ө.}\n2024", None),  # harmless: no error expected
]


def selftest():
    import tempfile
    global errors
    ok = True
    src = {lang: open(os.path.join(HERE, f), "rb").read().decode() for f, lang, _ in FILES}
    errors = []
    for f, lang, prefix in FILES:
        check_file(os.path.join(HERE, f), lang, prefix, new_stats())
    if errors:
        print("selftest: the clean sets have %d error(s)" % len(errors))
        ok = False
    for lang, old, new, want in INJECT:
        text = src[lang]
        if old not in text:
            print("selftest: injection anchor not found: %r" % old)
            ok = False
            continue
        text = text.replace(old, new.replace("\\n", "\n"), 1)
        f, _, prefix = [x for x in FILES if x[1] == lang][0]
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, f)
            open(path, "w").write(text)
            errors = []
            check_file(path, lang, prefix, new_stats())
        hit = [e for e in errors if want and want in e]
        if want is None:
            status = "ok" if not errors else "FAIL (unexpected: %s)" % errors[:2]
            ok &= not errors
        else:
            status = "ok" if hit else "FAIL (got %s)" % errors[:3]
            ok &= bool(hit)
        print("selftest %-4s %-32s -> %s" % (lang, (want or "no error expected")[:32], status if not hit else "ok: " + hit[0][:90]))
    errors = []
    print("selftest:", "PASSED" if ok else "FAILED")
    return 0 if ok else 1


def main():
    if "--selftest" in sys.argv:
        return selftest()
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = "--stats" in sys.argv
    todo = []
    if args:
        for a in args:
            for f, lang, prefix in FILES:
                if os.path.basename(a).endswith(f[-7:]):
                    todo.append((a, lang, prefix))
    else:
        todo = [(os.path.join(HERE, f), lang, prefix) for f, lang, prefix in FILES]
    allstats = {}
    for path, lang, prefix in todo:
        st = new_stats()
        check_file(path, lang, prefix, st)
        allstats[lang] = st
    for e in errors:
        print("ERROR", e)
    if show:
        rows = ["passages", "PER mentions", "PER"] + CATS[1:] + ["KEEP", "no personal data"]
        print("| | " + " | ".join(allstats) + " | total |")
        for r in rows:
            vals = [allstats[l].get(r, 0) for l in allstats]
            print("| %s | %s | %d |" % (r, " | ".join(str(v) for v in vals), sum(vals)))
        for l in allstats:
            print(l, "no-PD:", " ".join(allstats[l].get("no-PD ids", [])))
    print("%d error(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
