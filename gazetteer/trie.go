package gazetteer

import (
	"strings"

	"github.com/entitas-id/entitas/tokenize"
)

// trie is the token trie of every form, flattened once built: nodes, forms and their tokens
// live in a few slices, and every edge is one entry of one map whose keys share one string.
// A gazetteer is long-lived, and a garbage collector that traces a few large objects instead
// of tens of thousands of small ones costs every program that uses it less.
type trie struct {
	// next maps an edge to the child node: the key is the parent's index in 4 bytes
	// (big-endian) followed by the token key
	next    map[string]int32
	nodes   []tnode // nodes[0] is the root
	forms   []tform
	toks    []string // the token texts of each form, form by form
	exact   []bool   // parallel to toks: the token must match as written (PBB, AS)
	entries []*Entry // the distinct entries of each node's forms, node by node
	// firsts lists the edges that leave the root: the first keys of all forms
	firsts []firstKey
}

// firstKey is the key of a form's first token, and whether a word written with a small
// first letter may begin some form that starts with it.
type firstKey struct {
	key   string
	lower bool
}

// tnode is a state of the trie.
type tnode struct {
	forms, formsEnd     int32 // forms[forms:formsEnd] end here
	entries, entriesEnd int32 // entries[entries:entriesEnd] are their distinct entries
	inner               bool  // some edge leaves the node
}

// tform is one name or alias of an entry, kept with its tokens for the case checks.
type tform struct {
	entry         *Entry
	toks, toksEnd int32 // toks[toks:toksEnd] and exact[toks:toksEnd]
	upperFirst    bool  // the first token is capitalised, so the text's must be too
}

// trieBuilder is a trie under construction, one object per node, with the counts that
// flatten needs to size its slices.
type trieBuilder struct {
	root                        builder
	nodes, forms, toks, entries int
}

// builder is a node of a trie under construction.
type builder struct {
	id      int32 // the node's index, set by flatten
	lower   bool  // below the root: some form through here may begin with a small letter
	next    map[string]*builder
	forms   []bform
	entries []*Entry
}

// bform is a form under construction.
type bform struct {
	entry      *Entry
	toks       []string
	exact      []bool
	upperFirst bool
}

// insert adds the form s of entry e. It returns the lookup key of the form's first token and
// whether a text token starting with a small letter can begin it (the form does not start
// with a capital).
func (tb *trieBuilder) insert(e *Entry, s string) (string, bool) {
	d := tokenize.Tokenize(s)
	if len(d.Tokens) == 0 {
		return "", false
	}
	f := bform{entry: e, toks: make([]string, len(d.Tokens)), exact: make([]bool, len(d.Tokens))}
	f.upperFirst = d.Tokens[0].IsCapitalized()
	cur := &tb.root
	for i, t := range d.Tokens {
		f.toks[i] = t.Text
		f.exact[i] = exactCase(t.Text)
		k := key(t.Text)
		if cur.next == nil {
			cur.next = map[string]*builder{}
		}
		nx := cur.next[k]
		if nx == nil {
			nx = &builder{}
			cur.next[k] = nx
			tb.nodes++
		}
		cur = nx
	}
	first, lower := key(d.Tokens[0].Text), !f.upperFirst && !f.exact[0]
	if lower {
		tb.root.next[first].lower = true
	}
	for _, g := range cur.forms {
		if g.entry == e && equalStrings(g.toks, f.toks) {
			return first, lower
		}
	}
	cur.forms = append(cur.forms, f)
	tb.forms++
	tb.toks += len(f.toks)
	for _, x := range cur.entries {
		if x == e {
			return first, lower
		}
	}
	cur.entries = append(cur.entries, e)
	tb.entries++
	return first, lower
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// flatten turns the built trie into a trie, numbering nodes breadth first.
func (tb *trieBuilder) flatten() *trie {
	t := &trie{
		nodes:   make([]tnode, 0, tb.nodes+1),
		forms:   make([]tform, 0, tb.forms),
		toks:    make([]string, 0, tb.toks),
		exact:   make([]bool, 0, tb.toks),
		entries: make([]*Entry, 0, tb.entries),
	}
	queue := make([]*builder, 1, tb.nodes+1)
	queue[0] = &tb.root
	type pending struct {
		parent int32
		key    string
		child  *builder
	}
	edges := make([]pending, 0, tb.nodes) // every node but the root has one edge in
	keyBytes := 0
	for q := 0; q < len(queue); q++ {
		b := queue[q]
		n := tnode{forms: int32(len(t.forms)), entries: int32(len(t.entries)), inner: len(b.next) > 0}
		for _, f := range b.forms {
			t.forms = append(t.forms, tform{entry: f.entry, toks: int32(len(t.toks)), toksEnd: int32(len(t.toks) + len(f.toks)), upperFirst: f.upperFirst})
			t.toks = append(t.toks, f.toks...)
			t.exact = append(t.exact, f.exact...)
		}
		t.entries = append(t.entries, b.entries...)
		n.formsEnd, n.entriesEnd = int32(len(t.forms)), int32(len(t.entries))
		t.nodes = append(t.nodes, n)
		for k, c := range b.next {
			c.id = int32(len(queue))
			queue = append(queue, c)
			edges = append(edges, pending{parent: int32(q), key: k, child: c})
			keyBytes += 4 + len(k)
		}
	}
	// the edge keys, written into one string
	var sb strings.Builder
	sb.Grow(keyBytes)
	var buf [4]byte
	for _, e := range edges {
		sb.Write(appendEdge(buf[:0], e.parent))
		sb.WriteString(e.key)
	}
	arena := sb.String()
	t.next = make(map[string]int32, len(edges))
	t.firsts = make([]firstKey, 0, len(tb.root.next))
	off := 0
	for _, e := range edges {
		end := off + 4 + len(e.key)
		t.next[arena[off:end]] = e.child.id
		if e.parent == 0 {
			t.firsts = append(t.firsts, firstKey{key: arena[off+4 : end], lower: e.child.lower})
		}
		off = end
	}
	return t
}

// appendEdge appends the 4-byte prefix of the edges that leave node n.
func appendEdge(buf []byte, n int32) []byte {
	return append(buf, byte(n>>24), byte(n>>16), byte(n>>8), byte(n))
}

// longestAt returns the longest match starting at token i; buf is scratch for keys. With
// fold, the case rules are not applied (see AppendMatchesFold).
func (t *trie) longestAt(toks []tokenize.Token, i int, buf []byte, fold bool) (Match, bool) {
	var best Match
	found := false
	cur := int32(0)
	for j := i; j < len(toks) && t.nodes[cur].inner; j++ {
		tok := &toks[j]
		edge := appendEdge(buf[:0], cur)
		// the stem without a clitic can end a name here but never continue it
		if tok.Suffix > 0 {
			if st, ok := t.next[string(appendKey(edge, tok.Stem()))]; ok && t.nodes[st].formsEnd > t.nodes[st].forms {
				if es := t.accept(st, toks[i:j+1], true, fold); es != nil {
					best = Match{Start: toks[i].Start, End: tok.End - int(tok.Suffix), First: i, Last: j + 1, Entries: es}
					found = true
				}
			}
		}
		nx, ok := t.next[string(appendKey(edge, tok.Text))]
		if !ok {
			break
		}
		if t.nodes[nx].formsEnd > t.nodes[nx].forms {
			if es := t.accept(nx, toks[i:j+1], false, fold); es != nil {
				best = Match{Start: toks[i].Start, End: tok.End, First: i, Last: j + 1, Entries: es}
				found = true
			}
		}
		cur = nx
	}
	return best, found
}

// accept returns the entries of the forms at node n whose case rules the text tokens
// meet; stem says the last token matched without its clitic. With fold every form is
// accepted, whatever its case.
func (t *trie) accept(n int32, toks []tokenize.Token, stem, fold bool) []*Entry {
	nd := &t.nodes[n]
	forms := t.forms[nd.forms:nd.formsEnd]
	all := true
	if fold {
		return t.entries[nd.entries:nd.entriesEnd:nd.entriesEnd]
	}
	for i := range forms {
		if !t.caseOK(&forms[i], toks, stem) {
			all = false
			break
		}
	}
	if all {
		return t.entries[nd.entries:nd.entriesEnd:nd.entriesEnd] // shared, read-only
	}
	var es []*Entry
	for i := range forms {
		f := &forms[i]
		if !t.caseOK(f, toks, stem) {
			continue
		}
		dup := false
		for _, e := range es {
			dup = dup || e == f.entry
		}
		if !dup {
			es = append(es, f.entry)
		}
	}
	return es
}

func (t *trie) caseOK(f *tform, toks []tokenize.Token, stem bool) bool {
	ftoks, exact := t.toks[f.toks:f.toksEnd], t.exact[f.toks:f.toksEnd]
	for k, ft := range ftoks {
		text := toks[k].Text
		if stem && k == len(ftoks)-1 {
			text = toks[k].Stem()
		}
		switch {
		case exact[k]:
			if text != ft {
				return false
			}
		case k == 0 && f.upperFirst:
			if !toks[k].IsCapitalized() {
				return false
			}
		}
	}
	return true
}
