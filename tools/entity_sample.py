#!/usr/bin/env python3
"""Samples entities of real news, stratified by the family of their source, for judging by hand.

    entitas -input jsonl -format jsonl < articles.jsonl > out.jsonl
    entity_sample.py keys ARTICLES OUT.jsonl SEED N [EXCLUDE.keys] > sample.keys
    entity_sample.py show ARTICLES sample.keys OUT.jsonl [OUT2.jsonl] > sample.txt

"keys" draws, with a fixed seed, N entities (document id and the entity's byte offsets),
N/4 from each family of the "source" field (model:…, rule:…, gazetteer:…, link:…; the
remainder goes to the first families in that order); entities listed in EXCLUDE (another
sample's keys) are left out. Each line also names the family, so that per-family precision
can be weighed back by the family's share of the output (printed on stderr). "show" prints
each entity with its sentence, its type, id and source in each output (or "absent" when an
output has no entity at those offsets, e.g. after a rule dropped it), so one sample can be
judged before and after a change. ARTICLES is JSON Lines with "id" and "text" (IndoSum's
articles.jsonl); all offsets are bytes of the UTF-8 text.
"""
import collections
import json
import random
import re
import sys

from speaker_sample import articles  # (the articles' texts by id, as bytes; beside this script)

FAMILIES = ('model', 'rule', 'gazetteer', 'link')


def family(source):
    return source.split(':', 1)[0]


def readkeys(path):
    ks = []
    for l in open(path):
        if l.strip():
            f = l.rstrip('\n').split('\t')
            ks.append((f[0], int(f[1]), int(f[2]), f[3] if len(f) > 3 else ''))
    return ks


def keys(out, seed, n, exclude=None):
    pools = collections.defaultdict(list)
    for line in open(out, encoding='utf-8'):
        d = json.loads(line)
        for e in d.get('entities') or []:
            pools[family(e['source'])].append((d['id'], e['start'], e['end']))
    total = sum(len(p) for p in pools.values())
    for f in FAMILIES:
        print('%s\t%d\t%.3f' % (f, len(pools[f]), len(pools[f]) / total), file=sys.stderr)
    skip = set()
    if exclude:
        skip = {(a, b, c) for a, b, c, _ in readkeys(exclude)}
    rng = random.Random(seed)
    for i, f in enumerate(FAMILIES):
        pool = sorted(k for k in pools[f] if k not in skip)
        take = n // len(FAMILIES) + (1 if i < n % len(FAMILIES) else 0)
        for doc, start, end in rng.sample(pool, take):
            print('%s\t%d\t%d\t%s' % (doc, start, end, f))


def show(art, keyfile, outs):
    ks = readkeys(keyfile)
    want = {k[0] for k in ks}
    texts = articles(art, want)
    found = []
    for f in outs:
        m = {}
        for line in open(f, encoding='utf-8'):
            d = json.loads(line)
            if d['id'] in want:
                for e in d.get('entities') or []:
                    m[(d['id'], e['start'], e['end'])] = e
        found.append(m)
    for i, (doc, start, end, fam) in enumerate(ks, 1):
        tb = texts[doc]
        a = tb.rfind(b'\n', 0, start) + 1
        ends = [m.end() for m in re.finditer(rb'[.!?]["\xe2\x80\x9d]?\s+', tb[a:start])]
        if ends:
            a += ends[-1]
        z = len(tb)
        m = re.search(rb'[.!?](\s|$)|\n', tb[end:])
        if m:
            z = end + m.end()
        sent = (tb[a:start].decode('utf-8', 'replace') + '[[' + tb[start:end].decode('utf-8', 'replace') +
                ']]' + tb[end:z].decode('utf-8', 'replace')).replace('\n', ' ')
        if len(sent) > 400:
            j = sent.index('[[')
            sent = ('…' if j > 200 else '') + sent[max(0, j - 200):j + 200] + '…'
        print('=' * 100)
        print('#%d %s @%d-%d (%s)' % (i, doc, start, end, fam))
        print('  ' + sent)
        for j, o in enumerate(found):
            e = o.get((doc, start, end))
            if e is None:
                print('  [%s] absent' % outs[j])
            else:
                print('  [%s] %s %r id=%s role=%r src=%s' % (outs[j], e['type'], e['text'], e.get('id'),
                                                           e.get('role'), e['source']))


if __name__ == '__main__':
    a = sys.argv[1:]
    if len(a) >= 5 and a[0] == 'keys':
        keys(a[2], int(a[3]), int(a[4]), a[5] if len(a) > 5 else None)
    elif len(a) >= 4 and a[0] == 'show':
        show(a[1], a[2], a[3:])
    else:
        sys.exit(__doc__)
