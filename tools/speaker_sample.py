#!/usr/bin/env python3
"""Samples quotes of real news whose speaker is a clitic or pronoun, for judging by hand.

    entitas -input jsonl -format jsonl < articles.jsonl > out.jsonl
    speaker_sample.py keys ARTICLES OUT.jsonl SEED N [EXCLUDE.keys] > sample.keys
    speaker_sample.py keys-named ARTICLES OUT.jsonl SEED N [EXCLUDE.keys] > sample.keys
    speaker_sample.py show ARTICLES sample.keys OUT.jsonl [OUT2.jsonl] > sample.txt

"keys" draws, with a fixed seed, N quotes (document id and the quote's byte offset) whose
speaker mention is "nya", "ia", "dia" or "beliau", or is missing although a cue of
entity/lexicon/cues.tsv follows the closing mark ("…,” katanya"); quotes listed in EXCLUDE
(another sample's keys) are left out. "keys-named" draws instead among the quotes whose
speaker is named after the closing mark by a full phrase, a name or a title and name
("…,” kata Menteri Keuangan Sri Mulyani"), not a pronoun or clitic. "show" prints each with the six sentences before it,
the words after it to the end of its sentence, and the speaker each output chose, so that
one sample can be judged before and after a change. ARTICLES is JSON Lines with "id" and
"text" (IndoSum's articles.jsonl); all offsets are bytes of the UTF-8 text.
"""
import json
import os
import random
import re
import sys

PRONOUNS = {'nya', 'ia', 'dia', 'beliau'}
CUES = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'entity', 'lexicon', 'cues.tsv')


def post_cues():
    cues = set()
    for line in open(CUES, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        word, kind = line.rstrip('\n').split('\t')[:2]
        if kind in ('post', 'postonly'):
            cues.add(word)
    return cues


def cue_after(text, end, cues):
    m = re.match(r'[\s,]*([A-Za-z]+)', text[end:end + 40].decode('utf-8', 'replace'))
    if not m:
        return False
    w = m.group(1).lower()
    return w in cues or w.endswith('nya') and w[:-3] in cues


def articles(path, want=None):
    texts = {}
    for line in open(path, encoding='utf-8'):
        d = json.loads(line)
        if want is None or d['id'] in want:
            texts[d['id']] = d['text'].encode('utf-8')
    return texts


def keys(art, out, seed, n, exclude=None, named=False):
    texts, cues = articles(art), post_cues()
    pool = []
    for line in open(out, encoding='utf-8'):
        d = json.loads(line)
        for q in d.get('quotes') or []:
            sp = q.get('speaker') or {}
            said = sp.get('text') or ''
            if named:
                if said and said.lower() not in PRONOUNS and (sp.get('start') or 0) >= q['end']:
                    pool.append((d['id'], q['start']))
            elif said.lower() in PRONOUNS or not said and cue_after(texts[d['id']], q['end'], cues):
                pool.append((d['id'], q['start']))
    if exclude:
        skip = {(a, int(b)) for a, b in (l.rstrip('\n').split('\t') for l in open(exclude) if l.strip())}
        pool = [k for k in pool if k not in skip]
    pool.sort()
    for doc, start in random.Random(seed).sample(pool, n):
        print('%s\t%d' % (doc, start))


def show(art, keyfile, outs):
    ks = [(a, int(b)) for a, b in (l.rstrip('\n').split('\t') for l in open(keyfile) if l.strip())]
    want = {a for a, _ in ks}
    texts = articles(art, want)
    found = []
    for f in outs:
        m = {}
        for line in open(f, encoding='utf-8'):
            d = json.loads(line)
            if d['id'] in want:
                for q in d.get('quotes') or []:
                    m[(d['id'], q['start'])] = q
        found.append(m)
    for i, (doc, start) in enumerate(ks, 1):
        tb = texts[doc]
        t = tb.decode('utf-8')
        q = found[0][(doc, start)]
        c = len(tb[:start].decode('utf-8', 'replace'))
        starts = sorted({0} | {m.end() for m in re.finditer(r'(?<=[.!?])["”’]?\s+(?=["“A-Z0-9])|\n+', t)})
        starts = [x for x in starts if x <= c]
        before = t[starts[-7] if len(starts) >= 7 else 0:c]
        after = tb[q['end']:q['end'] + 200].decode('utf-8', 'replace')
        m = re.search(r'[.!?](\s|$)|\n', after)
        if m:
            after = after[:m.end()]
        quote = q['text'] if len(q['text']) <= 240 else q['text'][:120] + ' [...] ' + q['text'][-120:]
        print('=' * 100)
        print('#%d %s @%d' % (i, doc, start))
        print(before.replace('\n', ' ¶ '))
        print('  >>> ' + quote + ' <<< ' + after.replace('\n', ' ¶ '))
        for j, o in enumerate(found):
            sp = (o.get((doc, start)) or {}).get('speaker') or {}
            print('  [%s] speaker: %r @%s -> %s' % (outs[j], sp.get('text'), sp.get('start'), sp.get('name')))


if __name__ == '__main__':
    a = sys.argv[1:]
    if len(a) >= 5 and a[0] in ('keys', 'keys-named'):
        keys(a[1], a[2], int(a[3]), int(a[4]), a[5] if len(a) > 5 else None, a[0] == 'keys-named')
    elif len(a) >= 4 and a[0] == 'show':
        show(a[1], a[2], a[3:])
    else:
        sys.exit(__doc__)
