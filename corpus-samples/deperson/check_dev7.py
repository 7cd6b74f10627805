#!/usr/bin/env python3
"""check.py: consistency checks for the blind6 depersonify set.

Parses .ann files the way tests/eval/eval_deperson.c does (passage = text after a
line "@@ <id> <lang>" up to the next "\n@@ ", trailing newlines dropped; a span is
"{" + tag + "|" + text + "}" where the first "|" and the first "}" after the "{" are
used and the tag is shorter than 16 bytes counting the "{"), then checks:

  format   valid tags, no stray { } | in the plain text, spans trimmed, non-empty
  ids      unique, sequential (prefix + 3 digits), language as expected per file
  PERn     numbered 1..n in order of first appearance
  PIN      14 digits, first digit 1 or 2, digits 2-9 a valid DDMMYYYY date,
           equal to the passage's DOB when both are given
  leaks    an annotated string, a capitalised word of a PER span, or a suffixed
           form of that word, appearing again outside spans in the same passage;
           outside spans: 12-16-digit runs, patronymics, уулу/кызы/тегин/оглы names,
           phone-like numbers, e-mails and @handles, birth-date phrases next to an
           untagged date, house/flat fragments, plate-like strings
Deliberate traps are allowed through ALLOW (passage id -> words or rule names),
each listed in README.md.

usage: check.py [--selftest] [--caps] FILE...
  --caps      list every capitalised word left outside spans (for a check by eye)
  --selftest  inject one error of each kind into a clean passage and show each is caught
"""
import re
import sys
import datetime

TAG_RE = re.compile(r'^(PER[1-9][0-9]*|(ADDR|DOB|PIN|DOC|PHONE|PLATE|ACCOUNT|EMAIL|REALESTATE)([1-9][0-9]*)?|KEEP)$')
FILE_LANG = {'fr': 'ru', 'fk': 'ky'}

# deliberate traps: passage id -> set of allowed outside words / rule names
ALLOW = {
    'fk034': {'Чолпон'},            # city Чолпон-Ата next to a witness named Чолпон
    'fr101': {'digits'},            # IMEI is not annotated (guide: Not annotated)
    'fk060': {'addr'},              # «ушёл из дома 3 марта»: a date after "дома", not an address
}

L = r'[A-Za-zА-Яа-яЁёӨөҮүҢңІіҰұҚқӘәҒғҺһIıİŞşÇçĞğÖöÜü]'
WORD_RE = re.compile(L + r'+')

MONTHS = [('янв', 1), ('фев', 2), ('мар', 3), ('апр', 4), ('ма', 5), ('июн', 6), ('июл', 7),
          ('авг', 8), ('сен', 9), ('окт', 10), ('ноя', 11), ('дек', 12)]


def parse_file(path):
    b = open(path, 'rb').read().decode('utf-8')
    out = []
    p = 0
    while True:
        p = b.find('@@ ', p)
        if p < 0:
            break
        head = b[p + 3:b.find('\n', p) if b.find('\n', p) >= 0 else len(b)].split()
        pid = head[0] if head else ''
        lang = head[1] if len(head) > 1 else 'auto'
        nl = b.find('\n', p)
        if nl < 0:
            break
        body = nl + 1
        nxt = b.find('\n@@ ', body)
        bl = (nxt if nxt >= 0 else len(b)) - body
        src = b[body:body + bl].rstrip('\n')
        out.append((pid, lang, src, b.count('\n', 0, p) + 1))
        p = nxt + 1 if nxt >= 0 else body + bl
    return out


def parse_spans(src):
    """Return plain text, list of (tag, start, end, text), list of errors (as eval does)."""
    plain = []
    spans = []
    errs = []
    i = 0
    pl = 0
    while i < len(src):
        if src[i] == '{':
            bar = src.find('|', i)
            close = src.find('}', i)
            if bar >= 0 and close >= 0 and bar < close and len(src[i:bar].encode()) < 16:
                tag = src[i + 1:bar]
                text = src[bar + 1:close]
                spans.append((tag, pl, pl + len(text), text))
                plain.append(text)
                pl += len(text)
                i = close + 1
                continue
        plain.append(src[i])
        pl += 1
        i += 1
    return ''.join(plain), spans, errs


def masked(plain, spans):
    """Plain text with every span replaced by spaces-bounded placeholder of same length."""
    m = list(plain)
    for tag, s, e, _ in spans:
        for k in range(s, e):
            m[k] = '\u2588'  # full block: not a letter, digit or space
    return ''.join(m)


def valid_date(d, mo, y):
    try:
        datetime.date(y, mo, d)
    except ValueError:
        return False
    return 1900 <= y <= 2026


def parse_dob(t):
    t = t.strip().lower()
    m = re.fullmatch(r'(\d{1,2})\.(\d{1,2})\.(\d{4})', t)
    if m:
        return int(m[1]), int(m[2]), int(m[3])
    m = re.fullmatch(r'(\d{4})(-жылы|-жылдын)?', t)
    if m:
        return None, None, int(m[1])
    y = re.search(r'(\d{4})', t)
    for m in re.finditer(r'(?<!\d)(\d{1,2})[ -]([а-яё]+)', t):
        if not y:
            break
        for pre, n in MONTHS:
            if m[2].startswith(pre) and not (pre == 'ма' and m[2].startswith('мар')):
                return int(m[1]), n, int(y[1])
    if y:
        return None, None, int(y[1])
    return None


def stem_of(w):
    lw = w.lower()
    if len(lw) <= 4:
        return lw, True
    return lw[:max(4, len(lw) - 3)], False


OUTSIDE_RULES = [
    ('digits', re.compile(r'(?<!\d)\d{12,16}(?!\d)|(?<!\d)\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}(?!\d)')),
    ('patronymic', re.compile(r'(?<!\w)[A-ZА-ЯЁӨҮҢ]' + L + r'+(?i:ович|евич|ьич|овн[аыеу]|евн[аыеу]|ичн[аыеу])' + L + r'*')),
    ('kyrgyz-name', re.compile(r'(?<!\w)[A-ZА-ЯЁӨҮҢ]' + L + r'*\s+(уулу|кызы|тегин|оглы|оглу|улы|ұлы)' + L + r'*')),
    ('phone', re.compile(r'\+\s?\d{1,3}[\s(]|(?<![\d.])0\s?\(?\d{3,4}\)?[\s-]?\d{1,3}[\s-]\d{2}[\s-]?\d{2}(?!\d)'
                         r'|(?<![\d./-])\d{2,3}-\d{2}-\d{2}(?![\d/])|(?<![\d.])0\d{3}[\s-]\d{2,3}[\s-]\d{2,3}(?!\d)')),
    ('email', re.compile(r'\S+@\S+\.\w+|(?<![\w.])@\w+')),
    ('addr', re.compile(r'(?<![\w.])(кв|д|комн)\.\s?№?\s?\d|(?<!\w)дом[аеу]?\s+№?\s?\d|\d+\s?-?(үй|батир)')),
    ('plate', re.compile(r'(?<!\w)\d{2}\s?(KG)?\s?\d{3}\s?[A-ZАВЕКМНОРСТХ]{3}(?!\w)|(?<!\w)[A-ZА-Я]\s?\d{4}\s?[A-ZА-Я]{2}(?!\w)')),
]
BIRTH_RE = re.compile(r'года рождения|г\.\s?р\.|туулган|ж\.\s?т\.|рожд[её]н')
DATEISH = re.compile(r'\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4}')


def check_passage(pid, lang, src, file_lang, errs):
    def err(msg):
        errs.append(f'{pid}: {msg}')
    allow = ALLOW.get(pid, set())
    plain, spans, _ = parse_spans(src)
    for ch in '{}|':
        if ch in plain:
            err(f'stray {ch!r} in text')
    if lang != file_lang:
        err(f'language {lang} != {file_lang}')
    per_order = []
    dobs, pins = [], []
    for tag, s, e, text in spans:
        if not TAG_RE.match(tag):
            err(f'bad tag {tag!r}')
        edge = ',;:()"' if text.count('«') == text.count('»') else ',;:«»()"'
        if not text or text != text.strip() or text[0] in edge or text[-1] in edge:
            err(f'span not trimmed: {tag}|{text!r}')
        if re.fullmatch(r'PER\d+', tag):
            n = int(tag[3:])
            if n not in per_order:
                per_order.append(n)
        if tag.startswith('PIN'):
            pins.append(text)
            if not re.fullmatch(r'[12]\d{13}', text):
                err(f'PIN not 14 digits starting 1/2: {text}')
            elif not valid_date(int(text[1:3]), int(text[3:5]), int(text[5:9])):
                err(f'PIN date invalid: {text}')
        if tag.startswith('DOB'):
            dobs.append(text)
            if parse_dob(text) is None:
                err(f'DOB not parsable: {text}')
    if per_order != list(range(1, len(per_order) + 1)):
        err(f'PER numbering by first appearance is {per_order}')
    if len(pins) == 1 and len(dobs) == 1 and re.fullmatch(r'[12]\d{13}', pins[0]):
        d = parse_dob(dobs[0])
        if d:
            pd_, pm, py = int(pins[0][1:3]), int(pins[0][3:5]), int(pins[0][5:9])
            if d[2] != py or (d[0] is not None and (d[0], d[1]) != (pd_, pm)):
                err(f'PIN {pins[0]} does not match DOB {dobs[0]}')
    elif len(pins) > 1 or (pins and len(dobs) > 1):
        err('several PIN/DOB in one passage: match them by hand')

    mk = masked(plain, spans)
    # 1. annotated strings again outside spans
    for tag, s, e, text in spans:
        t = text.strip()
        if len(t) < 2:
            continue
        for m in re.finditer(r'(?<!\w)' + re.escape(t) + r'(?!\w)', mk):
            err(f'annotated {tag} string {t!r} also outside spans at {m.start()}')
    # 2. capitalised words of PER spans and their suffixed forms
    outside_tokens = [(m.group(), m.start()) for m in WORD_RE.finditer(mk)]
    for tag, s, e, text in spans:
        if not re.fullmatch(r'PER\d+', tag):
            continue
        for w in WORD_RE.findall(text):
            if len(w) < 2 or not w[0].isupper():
                continue
            st, exact = stem_of(w)
            for tok, pos in outside_tokens:
                if not tok[0].isupper() or tok in allow:
                    continue
                lt = tok.lower()
                if (exact and lt == st) or (not exact and lt.startswith(st)):
                    err(f'{tag} word {w!r} reappears outside as {tok!r}')
    # 3. outside-span patterns
    for name, rx in OUTSIDE_RULES:
        if name in allow:
            continue
        for m in rx.finditer(mk):
            err(f'outside spans, {name}: {m.group()!r}')
    for m in BIRTH_RE.finditer(mk):
        win = mk[max(0, m.start() - 30):m.start()]
        if DATEISH.search(win):
            err(f'birth phrase next to an untagged date: {win + m.group()!r}')
    return plain, spans, mk


def check_file(path, errs, caps=None):
    base = path.rsplit('/', 1)[-1]
    pas = parse_file(path)
    prefix = None
    seen = set()
    for k, (pid, lang, src, line) in enumerate(pas, 1):
        m = re.fullmatch(r'(f[rk])(\d{3})', pid)
        if not m:
            errs.append(f'{base}:{line}: bad id {pid!r}')
            continue
        prefix = prefix or m[1]
        if m[1] != prefix or int(m[2]) != k:
            errs.append(f'{base}:{line}: id {pid} out of sequence (expected {prefix}{k:03d})')
        if pid in seen:
            errs.append(f'{base}:{line}: duplicate id {pid}')
        seen.add(pid)
        plain, spans, mk = check_passage(pid, lang, src, FILE_LANG.get(m[1], '?'), errs)
        if caps is not None:
            for t in WORD_RE.finditer(mk):
                if t.group()[0].isupper():
                    caps.setdefault(t.group(), []).append(pid)
    return pas


def stats(paths):
    rows = {}
    for path in paths:
        c = dict(passages=0, PERm=0, PERe=0, nopd=0)
        for pid, lang, src, _ in parse_file(path):
            _, spans, _ = parse_spans(src)
            c['passages'] += 1
            pers = set()
            ents = set()
            pd = False
            for tag, s, e, t in spans:
                cat = re.match(r'[A-Z]+', tag).group()
                if cat == 'PER':
                    c['PERm'] += 1
                    pers.add(tag)
                    pd = True
                    continue
                if cat == 'KEEP':
                    c['KEEP'] = c.get('KEEP', 0) + 1
                    continue
                pd = True
                if tag != cat:
                    if tag in ents:
                        continue
                    ents.add(tag)
                c[cat] = c.get(cat, 0) + 1
            c['PERe'] += len(pers)
            c['nopd'] += not pd
        rows[path.rsplit('/', 1)[-1]] = c
    return rows


def selftest():
    good = ('@@ fr001 ru\nИстец {PER1|Петренко Ольга} ({DOB|05.06.1990} г.р., ПИН {PIN|10506199000123}) '
            'и судья {KEEP|Орлов К.}; {PER2|Зиновьев} живёт по {ADDR|ул. Кирова, д. 3, кв. 4}.\n')
    cases = {
        'bad tag': good.replace('{PER2|', '{PERSON2|'),
        'tag too long': good.replace('{KEEP|', '{KEEPKEEPKEEPKEEP|'),
        'stray brace': good.replace('судья', 'судья }'),
        'stray bar': good.replace('судья', 'судья |'),
        'bad id': good.replace('fr001', 'fr002'),
        'wrong lang': good.replace('fr001 ru', 'fr001 ky'),
        'PER order': good.replace('{PER1|Петренко', '{PER3|Петренко'),
        'untrimmed': good.replace('{PER2|Зиновьев}', '{PER2|Зиновьев }'),
        'PIN length': good.replace('10506199000123', '1050619900012'),
        'PIN first digit': good.replace('10506199000123', '30506199000123'),
        'PIN date': good.replace('10506199000123', '13113199000123').replace('05.06.1990', '31.13.1990'),
        'PIN vs DOB': good.replace('05.06.1990', '06.06.1990'),
        'repeat exact': good.replace('живёт', 'живёт (Зиновьев)'),
        'repeat suffixed': good.replace('живёт', 'с Петренком живёт'),
        'digit run': good.replace('живёт', 'счёт 123456789012 живёт'),
        'patronymic': good.replace('живёт', 'Олегович живёт'),
        'kyrgyz name': good.replace('живёт', 'Талант уулу живёт'),
        'phone': good.replace('живёт', 'тел. 0555 12 34 99 живёт'),
        'email': good.replace('живёт', 'x.y@mail.kg живёт'),
        'handle': good.replace('живёт', '@zinov живёт'),
        'dob untagged': good.replace('живёт', 'сын 12.01.2015 года рождения живёт'),
        'addr fragment': good.replace('{ADDR|ул. Кирова, д. 3, кв. 4}', 'ул. Кирова, {ADDR|д. 3}, кв. 4'),
        'plate': good.replace('живёт', 'на авто 01 555 ABK живёт'),
    }
    errs = []
    check_passage_text(good, errs)
    ok = not errs
    print(f'clean sample: {"0 errors" if ok else errs}')
    for name, text in cases.items():
        e = []
        check_passage_text(text, e)
        print(f'  {name:16s} -> {"caught: " + e[0] if e else "MISSED"}')
        ok &= bool(e)
    print('selftest', 'passed' if ok else 'FAILED')
    return ok


def check_passage_text(text, errs):
    import tempfile
    with tempfile.NamedTemporaryFile('w', suffix='.ann', delete=False, encoding='utf-8') as f:
        f.write(text)
    check_file(f.name, errs)


def main():
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest() else 1)
    caps = {} if '--caps' in args else None
    paths = [a for a in args if not a.startswith('--')]
    errs = []
    for p in paths:
        check_file(p, errs, caps)
    for e in errs:
        print(e)
    print(f'{len(errs)} errors')
    for name, c in stats(paths).items():
        print(name, c)
    if caps is not None:
        for w in sorted(caps):
            print(f'CAP {w}: {" ".join(sorted(set(caps[w])))}')
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
