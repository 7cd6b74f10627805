#!/usr/bin/env python3
"""mkgaz.py: builds the depersonify gazetteers.

  mkgaz.py lists SRC_NAMES_DIR [HUNSPELL_RU_DIC]
                                 -> depersonify/data/{first_names,surnames}.txt
  mkgaz.py csource               -> depersonify/dp_gazdata.c (lists embedded)

SRC_NAMES_DIR is the shared names folder (natasha-dicts MIT, russiannames
BSD-3-Clause, npm russian_name ISC); licences are copied next to the lists.
HUNSPELL_RU_DIC (default /usr/share/hunspell/ru_RU.dic, Debian package
hunspell-ru) prunes the given-name list: an entry that is also a Russian
common word or a place in that dictionary ("совет", "луна", "хотя", "киев")
stays only when it is a known name (natasha's curated list, a russiannames
count of 100 or more, the Kyrgyz list, or NAMES_THAT_ARE_WORDS).
Run from the repository root.  Only the csource step is needed after editing
the .txt files by hand (e.g. adding Kyrgyz names)."""
import json, os, re, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PRODUCTIVE = re.compile(r'(ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая|ович|евич|овна|евна)$')
# capitalised words of court texts that the name lists contain as rare names
STOP = set('''суд мир роза вера слава надежда любовь кара ак ала дата закон право
иск истец акт суть том дом ул район город ош нарын талас баткен чуй ысык
май март июнь июль август сентябрь октябрь ноябрь декабрь январь февраль апрель
россия кыргызстан азия европа бишкек мая марта кодекс статья республика
аль бен ибн оглы кызы уулу тегин ван фон де ла ли лу на по да не ни то
сот мамлекет банк ооо оао осоо гп зао'''.split())

# rare but real given names that the dictionary also holds as a word or a
# place (kept against the pruning): old Russian names and diminutives
NAMES_THAT_ARE_WORDS = set('''аверкий аверьян ардалион галактион гурьян дорофей зенон
куприян люба ника никон нил парфен пимен питирим федосей филарет ювеналий виола
домна нора феня лейб ежи макс майк питер женя коля костя леня петя толя света
поль касьян селиван силантий онуфрий ферапонт маврикий гораций амвросий бонифатий
евстахий илиодор артамон аксен'''.split())

def norm(w):
    return w.strip().lower().replace('ё', 'е')

def counted_names(src, least):
    """russiannames given names seen at least `least` times."""
    out = set()
    with open(os.path.join(src, 'russiannames/names.tsv'), encoding='utf-8') as f:
        next(f)
        for l in f:
            p = l.rstrip('\n').split('\t')
            if len(p) >= 3 and p[2].isdigit() and int(p[2]) >= least:
                out.add(norm(p[0]))
    return out

def kyrgyz_extra():
    with open(os.path.join(HERE, 'kyrgyz_names_extra.txt'), encoding='utf-8') as f:
        return {norm(l) for l in f if l.strip() and not l.startswith('#')}

def prune_common(first, src, dic):
    """Drops given names that are only a common word or a place (see above)."""
    with open(dic, encoding='utf-8') as f:
        next(f)
        words = {norm(l.split('/')[0]) for l in f if l.strip()}
    with open(os.path.join(src, 'natasha-dicts/first.txt'), encoding='utf-8') as f:
        known = {norm(l) for l in f if l.strip()}
    known |= counted_names(src, 100) | kyrgyz_extra() | NAMES_THAT_ARE_WORDS
    # the lists also hold inflected forms ("совета"): a case ending off, a word
    ends = ('а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'ом', 'ем', 'ой', 'ей', 'ью', 'ам', 'ах')

    def is_word(w):
        return w in words or any(w.endswith(e) and len(w) - len(e) >= 3 and w[:-len(e)] in words
                                 and w[:-len(e)] not in known for e in ends)
    drop = {w for w in first if is_word(w) and w not in known}
    print('pruned', len(drop), 'given names that are words or places')
    return first - drop

def lists(src, dic):
    first = set()
    for rel in ('natasha-dicts/first.txt', 'npm-russian_name/names_male.txt',
                'npm-russian_name/names_female.txt'):
        with open(os.path.join(src, rel), encoding='utf-8') as f:
            first.update(norm(l) for l in f if l.strip())
    first |= counted_names(src, 3) | kyrgyz_extra()
    first = {w for w in first if len(w) >= 2 and w not in STOP and re.fullmatch(r'[а-яөүң-]+', w)}
    unpruned = first
    first = prune_common(first, src, dic)
    # surnames: those both lists know and that no productive suffix catches
    def load(rel):
        with open(os.path.join(src, rel), encoding='utf-8') as f:
            return {norm(l) for l in f if l.strip()}
    npm = load('npm-russian_name/surnames_male.txt') | load('npm-russian_name/surnames_female.txt')
    nat = load('natasha-dicts/last.txt')
    sur = {w for w in (npm & nat) if len(w) >= 3 and not PRODUCTIVE.search(w)
           and w not in STOP and w not in unpruned and re.fullmatch(r'[а-яөүң-]+', w)}
    for name, data in (('first_names.txt', first), ('surnames.txt', sur)):
        with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
            f.write('\n'.join(sorted(data)) + '\n')
        print(name, len(data))
    for lic, dst in (('natasha-dicts/LICENSE', 'LICENSE.natasha-MIT'),
                     ('russiannames/LICENSE', 'LICENSE.russiannames-BSD-3-Clause'),
                     ('npm-russian_name/package.json', 'LICENSE.npm-russian_name-ISC.package.json'),
                     ('npm-russian_name/README.md', 'README.npm-russian_name.md')):
        shutil.copy(os.path.join(src, lic), os.path.join(HERE, dst))

def csource():
    out = os.path.join(HERE, '..', 'dp_gazdata.c')
    with open(out, 'w', encoding='utf-8') as o:
        o.write('/* dp_gazdata.c: GENERATED by depersonify/data/mkgaz.py from\n'
                ' * the lists in depersonify/data/ (see data/README.md for sources and\n'
                ' * licences).  Lower-case names, one per line, embedded so that the\n'
                ' * library needs no data file at run time.  Do not edit. */\n'
                '#include "dp_int.h"\n\n')
        for var, name in (('dp_gaz_first', 'first_names.txt'), ('dp_gaz_surname', 'surnames.txt')):
            with open(os.path.join(HERE, name), encoding='utf-8') as f:
                words = [l.strip() for l in f if l.strip()]
            o.write('const char %s[] =\n' % var)
            line = ''
            for w in words:
                line += w + '\\n'
                if len(line) > 60:
                    o.write('\t"%s"\n' % line)
                    line = ''
            o.write('\t"%s";\n' % line)
            o.write('const size_t %s_len = sizeof %s - 1;\n\n' % (var, var))

if __name__ == '__main__':
    if len(sys.argv) >= 3 and sys.argv[1] == 'lists':
        dic = sys.argv[3] if len(sys.argv) >= 4 else '/usr/share/hunspell/ru_RU.dic'
        if not os.path.exists(dic):
            sys.exit('mkgaz.py: %s missing (apt-get install hunspell-ru)' % dic)
        lists(sys.argv[2], dic)
        csource()
    elif len(sys.argv) >= 2 and sys.argv[1] == 'csource':
        csource()
    else:
        sys.exit(__doc__)
