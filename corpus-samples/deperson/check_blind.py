#!/usr/bin/env python3
"""check_blind.py: consistency checker for the depersonify sets written to the
annotation guide as blind sets #7–#10 (now dev8–dev11); also for new ones.

Parses the .ann files the way tests/eval/eval_deperson.c does (passages start at
"@@ <id> <lang>", the body runs to the next "\\n@@ ", trailing newlines dropped;
a span is "{TAG|text}" when a "|" and a "}" follow, the "|" first and under 16
bytes after the "{") and checks the annotation against
docs/deperson-annotation.md.

usage: python3 check_blind.py [--stats] [--selftest] [FILE...]   (default: dev8-*.ann to dev14-*.ann
next to this script).  Exit status 1 when there is any error.
"""
import datetime
import os
import re
import sys

TAG_RE = re.compile(r'^(PER\d+|(ADDR|DOB|PIN|DOC|PHONE|PLATE|ACCOUNT|EMAIL|REALESTATE)\d*|KEEP)$')
CATS = ['PER', 'ADDR', 'DOB', 'PIN', 'DOC', 'PHONE', 'PLATE', 'ACCOUNT', 'EMAIL', 'REALESTATE']
PARTICLES = {'уулу', 'кызы', 'тегин', 'оглы', 'улы', 'уулуна', 'уулунун', 'уулун', 'уулунан',
             'уулунда', 'кызына', 'кызынын', 'кызын', 'кызынан', 'кызында'}
# words that may stand before "уулу/кызы" as kinship nouns ("анын кызы" = "her daughter")
KIN_OWNERS = {'анын', 'алардын', 'менин', 'сенин', 'сиздин', 'биздин', 'өзүнүн', 'ал', 'тараптардын'}
RU_MONTHS = {'января': 1, 'февраля': 2, 'марта': 3, 'апреля': 4, 'мая': 5, 'июня': 6, 'июля': 7,
             'августа': 8, 'сентября': 9, 'октября': 10, 'ноября': 11, 'декабря': 12}
WORD = r'[^\W\d_]+'


def parse_file(path):
    """Yields (id, lang, src, line) exactly as eval_file() cuts the file."""
    data = open(path, 'rb').read().decode('utf-8')
    out = []
    p = 0
    while True:
        p = data.find('@@ ', p)
        if p < 0:
            break
        head_end = data.find('\n', p)
        if head_end < 0:
            break
        fields = data[p + 3:head_end].split()
        pid = fields[0] if fields else ''
        lang = fields[1] if len(fields) > 1 else 'auto'
        body = head_end + 1
        nxt = data.find('\n@@ ', body)
        bl = (nxt if nxt >= 0 else len(data)) - body
        src = data[body:body + bl].rstrip('\n')
        out.append((pid, lang, src, data.count('\n', 0, p) + 1, p))
        p = nxt + 1 if nxt >= 0 else body + bl
    return data, out


def parse_passage(src):
    """Plain text and mentions [(start, end, tag)], plus format problems."""
    plain, ments, errs = [], [], []
    i, pl = 0, 0
    b = src.encode('utf-8')
    # work on characters but measure the tag limit in bytes, like the C code
    while i < len(src):
        c = src[i]
        if c == '{':
            bar, close = src.find('|', i), src.find('}', i)
            if bar >= 0 and close >= 0 and bar < close and len(src[i:bar].encode('utf-8')) < 16:
                tag, text = src[i + 1:bar], src[bar + 1:close]
                if '{' in text:
                    errs.append('"{" inside span text: %r' % src[i:close + 1])
                ments.append((pl, pl + len(text), tag))
                plain.append(text)
                pl += len(text)
                i = close + 1
                continue
            errs.append('stray "{" at %r' % src[i:i + 30])
        elif c in '}|':
            errs.append('stray %r near %r' % (c, src[max(0, i - 20):i + 10]))
        plain.append(c)
        pl += 1
        i += 1
    return ''.join(plain), ments, errs


def valid_date(d, m, y):
    try:
        datetime.date(y, m, d)
    except ValueError:
        return False
    return 1900 <= y <= 2025


def pin_date(pin):
    """Birth date embedded in a ПИН (14 digits) or a Kazakh ИИН (12 digits); None if invalid."""
    if len(pin) == 14 and pin[0] in '12':
        d, m, y = int(pin[1:3]), int(pin[3:5]), int(pin[5:9])
        return (d, m, y) if valid_date(d, m, y) else None
    if len(pin) == 12 and pin[6] in '123456':
        y = int(pin[0:2]) + (1800 if pin[6] in '12' else 1900 if pin[6] in '34' else 2000)
        m, d = int(pin[2:4]), int(pin[4:6])
        return (d, m, y) if valid_date(d, m, y) else None
    return None


KY_MONTHS = [('январ', 1), ('феврал', 2), ('март', 3), ('апрел', 4), ('май', 5), ('июн', 6), ('июл', 7),
             ('август', 8), ('сентябр', 9), ('октябр', 10), ('ноябр', 11), ('декабр', 12)]


def dob_date(text):
    m = re.fullmatch(r'(\d{1,2})\.(\d{2})\.(\d{4})', text)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    m = re.fullmatch(r'(\d{1,2}) (\w+) (\d{4})', text)
    if m and m.group(2) in RU_MONTHS:
        return int(m.group(1)), RU_MONTHS[m.group(2)], int(m.group(3))
    # Kyrgyz: "1990-жылдын 12-мартында", "1990-жылы 5-апрелде"
    m = re.fullmatch(r'(\d{4})-жыл\w*\s+(\d{1,2})-(\w+)', text)
    if m:
        for stem, mon in KY_MONTHS:
            if m.group(3).lower().startswith(stem):
                return int(m.group(2)), mon, int(m.group(1))
    return None


def stem_of(tok):
    t = tok.lower().replace('ё', 'е')
    if len(t) <= 4:
        return t, len(t) + 4
    if len(t) <= 6:
        return t[:-2], 99
    return t[:-3], 99


def masked(plain, ments):
    """Plain text with every span replaced by '§' (so only unannotated text is left)."""
    s = list(plain)
    for a, e, _ in ments:
        for k in range(a, e):
            if s[k] != '\n':
                s[k] = '§'
    return ''.join(s)


OUTSIDE = [
    ('12-16 digit run', re.compile(r'(?<![\d§])(?<!IMEI )(?<!VIN )\d{12,16}(?![\d§])')),
    ('grouped card number', re.compile(r'\b\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}\b')),
    ('patronymic', re.compile(r'\b[А-ЯЁӨҮҢ][а-яёөүңА-ЯЁӨҮҢ]*(?:ович|евич|овна|евна|инична|ична|ОВИЧ|ЕВИЧ|ОВНА|ЕВНА|ИЧНА)[а-яёөүң]*\b')),
    # the particle and its case forms only, not "кызыкчылыгын" (interests)
    ('уулу/кызы/тегин/оглы/улы name', re.compile(r'\b([А-ЯЁӨҮҢІҚҰ][\w-]*)\s+(?:уулу|кызы|тегин|оглы|улы)(?:н|на|нын|нан|нда|нун|ну|нү|га|дан|да)?\b')),
    ('attached -улы/-кызы name', re.compile(r'\b[А-ЯЁӨҮҢІҚҰ]\w+(?:ұлы|қызы|улы|кызы)\b')),
    ('phone', re.compile(r'\+\s?\d[\d\s()\-]{7,}\d')),
    ('phone', re.compile(r'(?<![\d/.,§-])0\s?\(?\d{3}\)?(?:[\s-]?\d){6}(?![\d/])')),
    ('e-mail', re.compile(r'[\w.+-]+@[\w-]+\.[\w.]+')),
    ('birth date', re.compile(r'\d(?:[\d.]*|\s+\w+\s+\d{4})\s*(?:года рождения|г\.\s?р\.|г\.р\b|-?ж\.\s?т\.)')),
    ('birth date', re.compile(r'рожд\w*\s*:?\s*\d')),
    ('birth date', re.compile(r'\d{4}-жыл\w*\s+(?:\d{1,2}-\w+\s+)?(?:[^\s,]+\s+){0,6}?туулган')),
    ('house/flat', re.compile(r'(?<![\w.])(?:д\.|дом|кв\.|квартира|корп\.|уч\.|участок)\s*№?\s*\d')),
    ('house/flat', re.compile(r'\d+\s*-\s*(?:үй|батир|участок)\w*')),
    ('house/flat', re.compile(r'\bүй\s*№\s*\d')),
]


def check_file(path, prefix, lang, stats):
    errors, warns = [], []
    data, passages = parse_file(path)
    for m in re.finditer('@@ ', data):
        if m.start() and data[m.start() - 1] != '\n':
            errors.append('%s: "@@ " inside a line at offset %d' % (path, m.start()))
    if data and not data.startswith('@@ '):
        errors.append('%s: text before the first passage' % path)
    for n, (pid, plang, src, line, _) in enumerate(passages, 1):
        where = '%s:%d %s' % (os.path.basename(path), line, pid)
        want = '%s%03d' % (prefix, n)
        if pid != want:
            errors.append('%s: id should be %s' % (where, want))
        if plang != lang:
            errors.append('%s: lang %s, want %s' % (where, plang, lang))
        if not src.strip():
            errors.append('%s: empty passage' % where)
            continue
        plain, ments, errs = parse_passage(src)
        errors += ['%s: %s' % (where, e) for e in errs]
        # tags, trimming, PER numbering
        seen_per = []
        pins, dobs = [], []
        for a, e, tag in ments:
            text = plain[a:e]
            if not TAG_RE.match(tag):
                errors.append('%s: bad tag %r' % (where, tag))
            if not text.strip():
                errors.append('%s: empty span %s' % (where, tag))
                continue
            if text != text.strip() or re.match(r'[,;:()«»"\'—]', text) or re.search(r'[,;:()«»"\'—]$', text):
                errors.append('%s: untrimmed span %s|%r' % (where, tag, text))
            if text.endswith('.') and not re.search(r'(?:^|[\s.])[A-ZА-ЯЁӨҮҢ]\.$|Дж\.$', text) and tag != 'KEEP':
                errors.append('%s: span ends with a full stop that is not an initial: %r' % (where, text))
            # a name glued to a role word in front of it ("потерпевшийКадыров") is a text accident,
            # not a left-out suffix: lower-case letter outside, capital letter opening the span
            glued_left = a > 0 and plain[a - 1].isalnum() and not (
                plain[a - 1].islower() and plain[a].isupper() and tag.startswith('PER'))
            if glued_left or (e < len(plain) and plain[e].isalnum()):
                errors.append('%s: span %s|%r glued to a letter outside it (a suffix left out?)' % (where, tag, text))
            if '\n' in text and not tag.startswith('PER') and tag != 'KEEP':
                errors.append('%s: line break inside %s span' % (where, tag))
            if tag.startswith('PER'):
                k = int(tag[3:] or 0)
                if k not in seen_per:
                    if k != len(seen_per) + 1:
                        errors.append('%s: %s appears before PER%d' % (where, tag, len(seen_per) + 1))
                    seen_per.append(k)
                if re.search(r'(?:[-\s])(?:ака|эже|апа|байке|эжеке|агай|Mr\.?)$', text):
                    errors.append('%s: honorific inside %s|%r' % (where, tag, text))
            if tag.startswith('PIN'):
                # a PIN may be written in groups ("2 1504 1989 00123"); validate its digits
                digits = re.sub(r'[ -]', '', text)
                if not re.fullmatch(r'\d{14}|\d{12}', digits):
                    errors.append('%s: PIN %r is not 14 (or a 12-digit ИИН) digits' % (where, text))
                elif pin_date(digits) is None:
                    errors.append('%s: PIN %r has no valid embedded birth date' % (where, text))
                else:
                    pins.append(pin_date(digits))
            if tag.startswith('DOB'):
                d = dob_date(text)
                if d:
                    dobs.append(d)
                if not re.search(r'\d{4}', text):
                    errors.append('%s: DOB without a year %r' % (where, text))
            if tag.startswith('PLATE') and not re.search(r'\d', text):
                errors.append('%s: plate without digits %r' % (where, text))
            if tag.startswith('EMAIL') and '@' not in text:
                errors.append('%s: e-mail without @ %r' % (where, text))
        if len(pins) == 1 and len(dobs) == 1 and pins[0] != dobs[0]:
            errors.append('%s: PIN date %s differs from DOB %s' % (where, pins[0], dobs[0]))
        elif len(pins) == len(dobs) > 1 and sorted(pins) != sorted(dobs):
            errors.append('%s: PIN dates %s differ from DOBs %s' % (where, sorted(pins), sorted(dobs)))
        for a, e, tag in ments:
            if tag.startswith('DOB') and re.search(r'\d{4}-жыл\w*\s+\d', plain[a:e]) and not dob_date(plain[a:e]):
                errors.append('%s: Kyrgyz DOB %r not understood (month?)' % (where, plain[a:e]))
        # outside spans
        out = masked(plain, ments)
        for what, rx in OUTSIDE:
            for m in rx.finditer(out):
                if what.startswith('уулу') and m.group(1).lower() in KIN_OWNERS:
                    continue
                errors.append('%s: %s outside spans: %r' % (where, what, m.group(0)))
        for m in re.finditer(r'(?<![\d§+])\d(?:[ -]?\d)+(?![\d§])', out):
            digits = re.sub(r'[ -]', '', m.group(0))
            if len(digits) == 14 and digits != m.group(0) and pin_date(digits):
                errors.append('%s: split PIN outside spans: %r' % (where, m.group(0)))
        # a name annotated once must be annotated everywhere in the passage
        words = [(m.start(), m.group(0)) for m in re.finditer(WORD, out)]
        for a, e, tag in ments:
            if not tag.startswith('PER'):
                continue
            for tok in re.findall(WORD, plain[a:e]):
                if len(tok) < 2 or tok.lower() in PARTICLES or (len(tok) <= 2 and tok.isupper()):
                    continue
                st, maxlen = stem_of(tok)
                for pos, w in words:
                    if w[0].isupper() and w.lower().replace('ё', 'е').startswith(st) and len(w) <= maxlen:
                        errors.append('%s: %r (from %s|%s) left unannotated' % (where, w, tag, plain[a:e]))
        # statistics
        pd = [m for m in ments if m[2] != 'KEEP']
        st = stats
        st['passages'] += 1
        st['no_pd'] += not pd
        st['KEEP'] += sum(1 for m in ments if m[2] == 'KEEP')
        seen = set()
        for a, e, tag in pd:
            cat = re.match(r'[A-Z]*', tag).group(0)
            if cat not in CATS:
                continue
            st['ment_' + cat] += 1
            numbered = bool(re.search(r'\d', tag))
            if numbered and tag in seen:
                continue
            seen.add(tag)
            st['ent_' + cat] += 1
    return errors, warns


def new_stats():
    d = {'passages': 0, 'no_pd': 0, 'KEEP': 0}
    for c in CATS:
        d['ment_' + c] = d['ent_' + c] = 0
    return d


SELFTEST = """@@ mr001 ru
Истец {PER2|Иванов Пётр} и {PER1|Сидорова} против Иванова, Петром Сергеевичем, ПИН {PIN|23113199000123}, телефон 0555 123 456, e-mail a.b@mail.kg, 12.03.1990 года рождения, г. Бишкек, ул. Киевская, д. 5, кв. 7, счёт 1234567890123456.
@@ mr003 ky
{PER1| Абдыкеримов } Азамат Эркин уулу, {ADDR|Мира 5,}, {PER2|Марат-ака} stray } and |, {BAD|x}, 1990-жылы туулган, 12-үйдө, +996 (555) 12-34-56, {PER3|Бакыт}ты, {DOB|12.03.1991} ЖСН {PIN|21203199000111}, ПИН 1 0102 1985 00457
@@ mr004 ky
{PER1|Бакыт} {DOB|1990-жылдын 12-мартында} туулган, ЖСН {PIN|21203199100111}; {PER2|Айгүл} {DOB|1985-жылы 3-майда} туулган, ЖСН {PIN|10305198600222}; {PER3|Эрмек} {DOB|1977-жылы 4-бугуда} туулган; {PER4|Ай}дын.
@@ mr004 ru
Паспорт {DOC|ID 0412345}, ПИН {PIN|2 3112 1999 00123}, родился {DOB|31.12.1999}; потерпевшая{PER1|Кадырова} пояснила.
"""
SELFTEST_EXPECT = ['PER2 appears before PER1', 'no valid embedded birth date', '12-16 digit run', 'patronymic',
                   'e-mail', 'birth date outside', 'house/flat', "'Иванова'", "'Петром'", 'id should be mr002',
                   'lang ky', "stray '}'", "stray '|'", 'untrimmed span PER1', 'untrimmed span ADDR',
                   'honorific inside', "bad tag 'BAD'", 'differs from DOB', 'уулу/кызы', 'phone outside spans: \'0555',
                   'phone outside spans: \'+996', "'1990-жылы туулган'", "'12-үйдө'", 'glued to a letter', 'split PIN outside spans',
                   'differ from DOBs', "Kyrgyz DOB '1977-жылы 4-бугуда' not understood", "PER4|'Ай'"]


def selftest():
    import tempfile
    with tempfile.NamedTemporaryFile('w', suffix='-ru.ann', delete=False, encoding='utf-8') as f:
        f.write(SELFTEST)
    errors, _ = check_file(f.name, 'mr', 'ru', new_stats())
    os.unlink(f.name)
    text = '\n'.join(errors)
    missing = [x for x in SELFTEST_EXPECT if x not in text]
    last = [e for e in errors if '-ru.ann:7 ' in e]
    if last:  # the last passage (line 7) is correct (a PIN written in groups, a name glued to a role word) and must pass
        missing.append('no error in the last passage, got: %s' % last)
    print('selftest: %d errors found in the broken sample; %s' % (
        len(errors), 'all expected kinds caught' if not missing else 'NOT caught: %s' % missing))
    return 1 if missing else 0


def main():
    if '--selftest' in sys.argv:
        return selftest()
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    show = '--stats' in sys.argv
    here = os.path.dirname(os.path.abspath(__file__))
    files = args or [os.path.join(here, 'dev%d-%s.ann' % (n, l)) for n in (8, 9, 10, 11, 12, 13, 14) for l in ('ru', 'ky')]
    total_err = 0
    per = {}
    for f in files:
        lang = 'ky' if f.endswith('-ky.ann') else 'ru'
        # the id prefix is the first passage's ("mr", "jk", …)
        with open(f, encoding='utf-8') as fh:
            first = re.search(r'^@@ ([a-z]+)\d', fh.read(), re.M)
        prefix = first.group(1) if first else ('mk' if lang == 'ky' else 'mr')
        st = per.setdefault(lang, new_stats())
        before = st['passages']
        errors, warns = check_file(f, prefix, lang, st)
        for e in errors:
            print('ERROR', e)
        for w in warns:
            print('warning', w)
        print('%s: %d passages, %d errors' % (os.path.basename(f), st['passages'] - before, len(errors)))
        total_err += len(errors)
    if show:
        langs = [l for l in ('ru', 'ky') if l in per]
        tot = new_stats()
        for l in langs:
            for k in tot:
                tot[k] += per[l][k]
        rows = [('passages', 'passages'), ('PER mentions', 'ment_PER'), ('PER entities', 'ent_PER')]
        rows += [('%s spans' % c, 'ment_' + c) for c in CATS[1:]]
        rows += [('KEEP spans', 'KEEP'), ('passages without personal data', 'no_pd')]
        print('| | ' + ' | '.join(langs) + ' | total |')
        print('|---|' + '---:|' * (len(langs) + 1))
        for name, key in rows:
            print('| %s | %s | %d |' % (name, ' | '.join(str(per[l][key]) for l in langs), tot[key]))
        print('(numbered non-PER entities: %s)' % ', '.join(
            '%s %d/%d' % (c, tot['ent_' + c], tot['ment_' + c]) for c in CATS[1:] if tot['ent_' + c] != tot['ment_' + c]))
    print('total errors: %d' % total_err)
    return 1 if total_err else 0


if __name__ == '__main__':
    sys.exit(main())
