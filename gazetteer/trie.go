package gazetteer

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode"

	"github.com/entitas-id/entitas/internal/swar"
	"github.com/entitas-id/entitas/tokenize"
)

// trie is the token trie of every form, flattened once built: nodes, forms, their tokens
// and the edges live in a few slices. A gazetteer is long-lived, and a garbage collector
// that traces a few large objects instead of tens of thousands of small ones costs every
// program that uses it less.
type trie struct {
	// edges is an open-addressing table of the edges whose token key has 1 to maxPacked
	// bytes, which are nearly all: a lookup packs the key into two integers and mostly
	// reads one slot, where a map of string keys hashes the key's bytes and then reads a
	// control word, a slot and the key's bytes, each apart in memory. Each slot is
	// edgeSlotSize bytes of a string (see writeEdges), so that the default gazetteer's
	// table is read where it lies in its compact form, without a copy (compact.go)
	edges     string
	edgeShift uint   // 64 - log2(the number of slots)
	edgeMask  uint64 // the number of slots - 1
	// long holds the other edges: the key is the parent's index in 4 bytes (big-endian)
	// followed by the token key
	long map[string]int32
	// nodes holds the nodes, nodeSize bytes each (see node; the root is the first), and
	// forms the forms, formSize bytes each (see form): strings, like edges, so that those
	// of the default gazetteer are read in place
	nodes string
	forms string
	// exact says of each token of each form, form by form, whether it must match as
	// written (PBB, AS), a byte each, 1 or 0; toks holds the texts of those tokens, the
	// only ones the case checks compare, form by form
	exact   string
	toks    []string
	entries []*Entry // the distinct entries of each node's forms, node by node
	all     []*Entry // the gazetteer's entries, which forms name by index
	// firsts lists the edges that leave the root: the first keys of all forms. The child
	// the key number k leads to is node k+1, so that a caller who knows k (see
	// AppendMatchesFromKeys) finds the node without reading anything
	firsts []firstKey
	// kidsOf holds each node's kids (see tnode), and endBits has bit n set when some form
	// ends at node n: what a walk of the trie reads of every node it passes (kids, ends),
	// in 4 bytes and a bit a node instead of a node's 24, so that the walks, one for each
	// token where a name may start, mostly find them in the processor's caches (setWalk)
	kidsOf  []uint32
	endBits []uint64
	// endsOf holds each node's case rule and the bounds of its distinct entries: what accept
	// reads of most nodes where a form ends, in a few loads instead of a node's decoding
	// (setWalk)
	endsOf []nodeEnds
	// keyKids holds each node's keyBits of the keys of the edges that leave it, so that most
	// tokens after a name's first word that continue no form are turned away by their first
	// byte and length, before their key is packed and hashed (setKeyKids)
	keyKids []uint64
}

// nodeEnds is what accept reads of a node first: its case rule and its distinct entries,
// entries[entries:entriesEnd] of the trie.
type nodeEnds struct {
	entries, entriesEnd int32
	rule                caseRule
}

// setWalk fills kidsOf, endBits and endsOf from the nodes.
func (t *trie) setWalk() {
	n := len(t.nodes) / nodeSize
	t.kidsOf, t.endBits, t.endsOf = make([]uint32, n), make([]uint64, (n+63)/64), make([]nodeEnds, n)
	for i := range int32(n) {
		nd := t.node(i)
		t.kidsOf[i] = nd.kids
		t.endsOf[i] = nodeEnds{entries: nd.entries, entriesEnd: nd.entriesEnd, rule: nd.rule}
		if nd.formsEnd > nd.forms {
			t.endBits[i/64] |= 1 << (i % 64)
		}
	}
}

// setKeyKids fills keyKids from the edges, those of the table and the long ones.
func (t *trie) setKeyKids() {
	t.keyKids = make([]uint64, len(t.nodes)/nodeSize)
	for i := 0; i < len(t.edges); i += edgeSlotSize {
		e := t.edges[i : i+edgeSlotSize]
		if b := swar.Load64(e[8:]); b != 0 {
			// a packed key's first byte is the lowest of a, its length the top byte of b
			t.keyKids[swar.Load32(e[16:])] |= keyBits(byte(swar.Load64(e)), int(b>>56))
		}
	}
	for k := range t.long {
		if len(k) > 4 { // (no token's key is empty)
			p := int32(k[0])<<24 | int32(k[1])<<16 | int32(k[2])<<8 | int32(k[3])
			t.keyKids[p] |= keyBits(k[4], len(k)-4)
		}
	}
}

// keyBits returns the two bits of a node's keyKids that an edge whose key starts with the
// byte c and is n bytes long sets: one of c's five low bits, which a capital shares with
// its small letter, in the low half, and one of n, up to 31, in the high half. An ASCII
// token's text has its key's first byte so (and its length), whatever its case.
func keyBits(c byte, n int) uint64 {
	return 1<<(c&31) | 1<<(32+min(n, 31))
}

// keyMiss reports whether no edge leaves node p for a key that starts with the byte c and
// is n bytes long, by keyKids. An ASCII token's text gives its key's (see keyBits), so that
// no edge leaves p for an ASCII text w when keyMiss(p, w[0], len(w)).
func (t *trie) keyMiss(p int32, c byte, n int) bool {
	kb := keyBits(c, n)
	return t.keyKids[p]&kb != kb
}

// edgeSlotSize is the size of a slot of trie.edges, one edge: the token key packed by
// packKey, a and b (b is 0 in an empty slot), then the parent node and the child, each
// little-endian, in 8, 8, 4 and 4 bytes.
const edgeSlotSize = 24

// edgeTable is trie.edges under construction: the edges in the order they were put, and
// which of them each slot holds, so that the table can be written out slot by slot into a
// string without a copy of it.
type edgeTable struct {
	edges []edgeRec
	slots []int32 // the index in edges of the edge a slot holds plus one, 0 if none
	shift uint
	mask  uint64
}

// edgeRec is an edge of an edgeTable: its packed key, parent and child.
type edgeRec struct {
	a, b          uint64
	parent, child int32
}

// newEdgeTable returns an empty table for n edges.
func newEdgeTable(n int) *edgeTable {
	size, shift := 64, uint(58)
	for size < 2*n {
		size, shift = size*2, shift-1
	}
	return &edgeTable{edges: make([]edgeRec, 0, n), slots: make([]int32, size), shift: shift, mask: uint64(size - 1)}
}

// put adds the edge e, of hash h (trie.edgeHash).
func (et *edgeTable) put(h uint64, e edgeRec) {
	et.edges = append(et.edges, e)
	i := h >> et.shift
	for et.slots[i] != 0 {
		i = (i + 1) & et.mask
	}
	et.slots[i] = int32(len(et.edges))
}

// writeEdges sets the trie's edge table to et. The slots are written a few kilobytes at a
// time into a strings.Builder, which then holds them without a copy.
func (t *trie) writeEdges(et *edgeTable) {
	var sb strings.Builder
	sb.Grow(len(et.slots) * edgeSlotSize)
	buf := make([]byte, 0, 4096/edgeSlotSize*edgeSlotSize)
	for _, i := range et.slots {
		if i == 0 {
			buf = append(buf, emptySlot[:]...)
		} else {
			e := &et.edges[i-1]
			buf = binary.LittleEndian.AppendUint64(buf, e.a)
			buf = binary.LittleEndian.AppendUint64(buf, e.b)
			buf = binary.LittleEndian.AppendUint32(buf, uint32(e.parent))
			buf = binary.LittleEndian.AppendUint32(buf, uint32(e.child))
		}
		if len(buf) == cap(buf) {
			sb.Write(buf)
			buf = buf[:0]
		}
	}
	sb.Write(buf)
	t.edges, t.edgeShift, t.edgeMask = sb.String(), et.shift, et.mask
}

// emptySlot is an empty slot of trie.edges.
var emptySlot [edgeSlotSize]byte

// maxPacked is the length of the longest token key a slot of trie.edges holds.
const maxPacked = swar.MaxPacked

// firstKey is the key of a form's first token, and whether a word written with a small
// first letter may begin some form that starts with it.
type firstKey struct {
	key   string
	lower bool
}

// tnode is a state of the trie, as node reads it from trie.nodes.
type tnode struct {
	forms, formsEnd     int32 // forms[forms:formsEnd] end here
	entries, entriesEnd int32 // entries[entries:entriesEnd] are their distinct entries
	// kids is a one-word Bloom filter of the edges that leave the node, two bits of each
	// one's edgeHash (0 if none leaves), so that most lookups of an edge that does not
	// exist, the word after a name's first word mostly, end at the node, which is read
	// anyway, instead of probing the large table of edges
	kids uint32
	rule caseRule // what the forms ending here ask of the text's case
}

// caseRule sums up the case rules of the forms that end at a node. Most nodes' forms all
// ask the same thing, nothing or a capitalised first word, and accept then decides for all
// of them at once instead of reading each form's tokens, which lie far apart in memory.
type caseRule uint8

const (
	caseAny   caseRule = iota // no form asks anything: every text matches all of them
	caseFirst                 // every form asks for a capitalised first word, and no more
	caseEach                  // the forms differ, or some token must match as written
)

// nodeSize is the size of a node in trie.nodes: forms, formsEnd, entries, entriesEnd and
// kids, each 4 bytes little-endian, then rule and 3 bytes of padding.
const nodeSize = 24

// appendNode appends nd to the nodes b, as trie.nodes holds them.
func appendNode(b []byte, nd tnode) []byte {
	for _, v := range [...]uint32{uint32(nd.forms), uint32(nd.formsEnd), uint32(nd.entries), uint32(nd.entriesEnd), nd.kids} {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return append(b, byte(nd.rule), 0, 0, 0)
}

// node returns node n.
func (t *trie) node(n int32) tnode {
	s := t.nodes[int(n)*nodeSize : int(n+1)*nodeSize]
	// three 8-byte loads, each two fields (the last kids and rule, then padding)
	a, b, c := swar.Load64(s), swar.Load64(s[8:]), swar.Load64(s[16:])
	return tnode{forms: int32(a), formsEnd: int32(a >> 32), entries: int32(b), entriesEnd: int32(b >> 32),
		kids: uint32(c), rule: caseRule(c >> 32)}
}

// ruleEntries returns the case rule of node n and its distinct entries (shared, read-only):
// all that accept reads of most nodes.
func (t *trie) ruleEntries(n int32) (caseRule, []*Entry) {
	e := &t.endsOf[n]
	return e.rule, t.entries[e.entries:e.entriesEnd:e.entriesEnd]
}

// kids returns the kids of node n (see tnode).
func (t *trie) kids(n int32) uint32 {
	return t.kidsOf[n]
}

// ends reports whether some form ends at node n.
func (t *trie) ends(n int32) bool {
	u := uint32(n) // (no node's number is negative: unsigned, n/64 and n%64 are a shift and a mask)
	return t.endBits[u/64]&(1<<(u%64)) != 0
}

// tform is one name or alias of an entry, kept with its tokens for the case checks, as
// form reads it from trie.forms.
type tform struct {
	entry         int32 // the entry's index in trie.all
	toks, toksEnd int32 // exact[toks:toksEnd]
	exactToks     int32 // toks[exactToks:] are the texts of the form's exact tokens
	upperFirst    bool  // the first token is capitalised, so the text's must be too
}

// formSize is the size of a form in trie.forms: entry, toks, toksEnd and exactToks, each 4
// bytes little-endian, then upperFirst, 0 or 1, and 3 bytes of padding.
const formSize = 20

// appendForm appends f to the forms b, as trie.forms holds them.
func appendForm(b []byte, f tform) []byte {
	for _, v := range [...]int32{f.entry, f.toks, f.toksEnd, f.exactToks} {
		b = binary.LittleEndian.AppendUint32(b, uint32(v))
	}
	if f.upperFirst {
		return append(b, 1, 0, 0, 0)
	}
	return append(b, 0, 0, 0, 0)
}

// form returns form i.
func (t *trie) form(i int32) tform {
	s := t.forms[int(i)*formSize : int(i+1)*formSize]
	a, b := swar.Load64(s), swar.Load64(s[8:]) // two fields each
	return tform{entry: int32(a), toks: int32(a >> 32), toksEnd: int32(b), exactToks: int32(b >> 32), upperFirst: s[16] == 1}
}

// trieBuilder is a trie under construction. Like the trie it becomes, it keeps its edges in
// one map keyed by the parent's index and the token key, and its nodes and forms in slices,
// so that building costs a few allocations per form rather than a map per node.
type trieBuilder struct {
	edges map[string]int32 // 4-byte parent index + token key → child index
	order []bedge          // the edges in the order they were made
	nodes []bnode          // nodes[0] is the root
	forms []bform          // in the order they were inserted
	toks  []string         // the token texts of every form, form by form
	exact []bool           // parallel to toks
	buf   []byte           // scratch for edge keys
	words []string         // scratch for the tokens of a form
}

// bedge is an edge of a trie under construction.
type bedge struct {
	parent, child int32
	key           string // the edge's map key: 4-byte parent index + token key
}

// bnode is a node of a trie under construction.
type bnode struct {
	key   string // the map key of the edge into the node: 4-byte parent index + token key
	lower bool   // below the root: some form through here may begin with a small letter
}

// bform is a form under construction; its tokens are toks[toks:toksEnd] of the builder.
type bform struct {
	node          int32
	entry         *Entry
	index         int32 // the entry's index among the gazetteer's entries
	toks, toksEnd int32
	upperFirst    bool
}

// newTrieBuilder returns a builder sized for about n forms, so that its map and slices are
// not grown step by step.
func newTrieBuilder(n int) *trieBuilder {
	return &trieBuilder{
		edges: make(map[string]int32, 2*n),
		order: make([]bedge, 0, 2*n),
		nodes: append(make([]bnode, 0, 2*n+1), bnode{}),
		forms: make([]bform, 0, n),
		toks:  make([]string, 0, 2*n),
		exact: make([]bool, 0, 2*n),
	}
}

// insert adds the form s of entry e, the index-th of the gazetteer. It returns the lookup key of the form's first token and
// whether a text token starting with a small letter can begin it (the form does not start
// with a capital).
func (tb *trieBuilder) insert(e *Entry, index int32, s string) (string, bool) {
	tb.words = formWords(tb.words[:0], s)
	if len(tb.words) == 0 {
		return "", false
	}
	if tb.edges == nil {
		tb.edges = map[string]int32{}
		tb.nodes = append(tb.nodes[:0], bnode{})
	}
	f := bform{entry: e, index: index, toks: int32(len(tb.toks)), upperFirst: tokenize.IsCapitalized(tb.words[0])}
	cur := int32(0)
	var first string
	var firstChild int32
	for i, w := range tb.words {
		tb.toks = append(tb.toks, w)
		tb.exact = append(tb.exact, exactCase(w))
		tb.buf = appendKey(appendEdge(tb.buf[:0], cur), w)
		nx, ok := tb.edges[string(tb.buf)]
		if !ok {
			k := string(tb.buf)
			nx = int32(len(tb.nodes))
			tb.nodes = append(tb.nodes, bnode{key: k})
			tb.edges[k] = nx
			tb.order = append(tb.order, bedge{parent: cur, child: nx, key: k})
		}
		if i == 0 {
			firstChild, first = nx, tb.nodes[nx].key[4:]
		}
		cur = nx
	}
	f.node, f.toksEnd = cur, int32(len(tb.toks))
	lower := !f.upperFirst && !tb.exact[f.toks]
	if lower {
		tb.nodes[firstChild].lower = true
	}
	tb.forms = append(tb.forms, f)
	return first, lower
}

// flatten turns the built trie into a trie. The forms of a node keep the order they were
// inserted in, and so do its distinct entries; a form given twice to one entry is kept once.
// The nodes are numbered anew: the root, then its children in the order of firsts, then the
// rest in the order they were made. all are the gazetteer's entries, which the forms
// name by index.
func (tb *trieBuilder) flatten(all []*Entry) *trie {
	n := len(tb.nodes)
	if n == 0 {
		n = 1
		tb.nodes = []bnode{{}}
	}
	// the new number of each node, and the old number of each new one
	renum := make([]int32, n)
	old := make([]int32, 1, n)
	for _, e := range tb.order {
		if e.parent == 0 {
			renum[e.child] = int32(len(old))
			old = append(old, e.child)
		}
	}
	for i := int32(1); i < int32(n); i++ {
		if renum[i] == 0 {
			renum[i] = int32(len(old))
			old = append(old, i)
		}
	}
	// group the forms by node, keeping their order: a counting sort
	start := make([]int32, n+1)
	for _, f := range tb.forms {
		start[f.node+1]++
	}
	for i := 1; i <= n; i++ {
		start[i] += start[i-1]
	}
	byNode := make([]int32, len(tb.forms))
	fill := make([]int32, n)
	copy(fill, start[:n])
	for i, f := range tb.forms {
		byNode[fill[f.node]] = int32(i)
		fill[f.node]++
	}
	t := &trie{entries: make([]*Entry, 0, len(tb.forms)), all: all}
	// the edges first, for the nodes' kids: in the table, or with the parent's new number
	// in long
	kids := make([]uint32, n)
	et := newEdgeTable(len(tb.order))
	t.long = map[string]int32{}
	for _, e := range tb.order {
		p, c, k := renum[e.parent], renum[e.child], e.key[4:]
		if p == 0 {
			t.firsts = append(t.firsts, firstKey{key: k, lower: tb.nodes[e.child].lower})
		}
		if len(k) == 0 || len(k) > maxPacked {
			t.long[string(appendEdge(nil, p))+k] = c
			kids[p] |= 1 // never 0: the edge lies outside the table
			continue
		}
		a, b := packKey(k)
		h := t.edgeHash(p, a, b)
		kids[p] |= kidBits(h)
		et.put(h, edgeRec{a: a, b: b, parent: p, child: c})
	}
	t.writeEdges(et)
	// the nodes and forms, written as they are made into strings, which then hold them
	// without a copy
	var nb, fb strings.Builder
	nb.Grow(n * nodeSize)
	fb.Grow(len(tb.forms) * formSize)
	var rec [nodeSize]byte
	var forms []tform // the forms of a node
	nforms := int32(0)
	allExact := make([]byte, 0, len(tb.toks))
	for node, was := range old {
		nd := tnode{forms: nforms, entries: int32(len(t.entries)), kids: kids[node]}
		forms = forms[:0]
		fs := byNode[start[was]:start[was+1]]
		for k, fi := range fs {
			f := &tb.forms[fi]
			toks := tb.toks[f.toks:f.toksEnd]
			dup := false
			for _, gi := range fs[:k] {
				g := &tb.forms[gi]
				if g.entry == f.entry && equalStrings(tb.toks[g.toks:g.toksEnd], toks) {
					dup = true
					break
				}
			}
			if dup {
				continue
			}
			tf := tform{entry: f.index, toks: int32(len(allExact)), toksEnd: int32(len(allExact) + len(toks)),
				exactToks: int32(len(t.toks)), upperFirst: f.upperFirst}
			forms = append(forms, tf)
			fb.Write(appendForm(rec[:0], tf))
			nforms++
			for i, w := range toks {
				if tb.exact[int(f.toks)+i] {
					allExact = append(allExact, 1)
					t.toks = append(t.toks, w)
				} else {
					allExact = append(allExact, 0)
				}
			}
			seen := false
			for _, x := range t.entries[nd.entries:] {
				if x == f.entry {
					seen = true
					break
				}
			}
			if !seen {
				t.entries = append(t.entries, f.entry)
			}
		}
		nd.formsEnd, nd.entriesEnd = nforms, int32(len(t.entries))
		nd.rule = caseRuleOf(forms, allExact)
		nb.Write(appendNode(rec[:0], nd))
	}
	t.nodes, t.forms, t.exact = nb.String(), fb.String(), string(allExact)
	t.setWalk()
	t.setKeyKids()
	return t
}

// caseRuleOf returns the rule that sums up the case rules of forms, whose tokens' exact
// bytes are in exact.
func caseRuleOf(forms []tform, exact []byte) caseRule {
	if len(forms) == 0 {
		return caseAny
	}
	for i := range forms {
		if slices.Contains(exact[forms[i].toks:forms[i].toksEnd], 1) || forms[i].upperFirst != forms[0].upperFirst {
			return caseEach
		}
	}
	if forms[0].upperFirst {
		return caseFirst
	}
	return caseAny
}

// packKey packs a token key of 1 to maxPacked bytes into two integers that tell it from
// every other such key (swar.Pack).
func packKey[S ~string | ~[]byte](k S) (a, b uint64) {
	return swar.Pack(k)
}

// packText is packKey of the key of the token text w when w is ASCII and 1 to maxPacked
// bytes long: an ASCII word's key is its lowercase form, and packKey only places bytes, so
// the packed text is lowercased eight bytes at a time. ok is false for any other w, whose
// key takes appendKey.
func packText(w string) (a, b uint64, ok bool) {
	if len(w) == 0 || len(w) > maxPacked {
		return 0, 0, false
	}
	a, b = packKey(w)
	if (a|b)&swar.HighBits != 0 {
		return 0, 0, false
	}
	return swar.Lower(a), swar.Lower(b), true // b's top byte, the length, is below 'A'
}

// edgeHash hashes the edge from node p by the packed key (a, b): its top bits choose the
// edge's slot in t.edges, and its low ten the bits it sets in the parent's kids.
func (t *trie) edgeHash(p int32, a, b uint64) uint64 {
	h := (a ^ b*0x9e3779b97f4a7c15 ^ uint64(p)*0xd6e8feb86659fd93) * 0xbf58476d1ce4e5b9
	return (h ^ h>>31) * 0x94d049bb133111eb
}

// kidBits returns the two bits that an edge of hash h sets in its parent's kids.
func kidBits(h uint64) uint32 {
	return 1<<(h&31) | 1<<(h>>5&31)
}

// child returns the node that the token text w leads to from node p, and whether there is
// one; buf is scratch for keys that packText cannot pack.
func (t *trie) child(p int32, w string, buf []byte) (int32, bool) {
	a, b, ok := packText(w)
	if !ok {
		k := appendKey(appendEdge(buf[:0], p), w)
		if n := len(k) - 4; n == 0 || n > maxPacked {
			c, ok := t.long[string(k)]
			return c, ok
		}
		a, b = packKey(k[4:])
	}
	h := t.edgeHash(p, a, b)
	if kb := kidBits(h); t.kids(p)&kb != kb {
		return 0, false
	}
	for i := h >> t.edgeShift; ; i = (i + 1) & t.edgeMask {
		e := t.edges[i*edgeSlotSize : (i+1)*edgeSlotSize]
		eb := swar.Load64(e[8:])
		switch {
		case swar.Load64(e) == a && eb == b && int32(swar.Load32(e[16:])) == p:
			return int32(swar.Load32(e[20:])), true
		case eb == 0:
			return 0, false
		}
	}
}

// appendEdge appends the 4-byte prefix of the edges that leave node n.
func appendEdge(buf []byte, n int32) []byte {
	return append(buf, byte(n>>24), byte(n>>16), byte(n>>8), byte(n))
}

// longestAt returns the longest match starting at token i of toks, read from text; buf is scratch for keys. With
// fold, the case rules are not applied (see AppendMatchesFold).
func (t *trie) longestAt(text string, toks []tokenize.Token, i int, buf []byte, fold bool) (m Match, ok bool) {
	ok = t.longestFrom(text, toks, i, buf, fold, -1, &m)
	return m, ok
}

// longestFrom is longestAt when the key of token i is known to be first key number first
// (an index into t.firsts), which spares the lookup of the first edge; -1 if not known. It
// reports whether there is a match and sets *best to it, leaving *best alone if there is
// none, so that a caller that tries many tokens copies out only the matches.
func (t *trie) longestFrom(text string, toks []tokenize.Token, i int, buf []byte, fold bool, first int32, best *Match) bool {
	found := false
	cur := int32(0)
	for j := i; j < len(toks) && t.kids(cur) != 0; j++ {
		tok := &toks[j]
		// the stem without a clitic can end a name here but never continue it
		if tok.Suffix > 0 {
			if st, ok := t.child(cur, tok.Stem(text), buf); ok && t.ends(st) { // (rare: no quick no by keyMiss)
				if es := t.accept(st, text, toks[i:j+1], true, fold); es != nil {
					*best = Match{Start: int(toks[i].Start), End: int(tok.End) - int(tok.Suffix), First: i, Last: j + 1, Entries: es}
					found = true
				}
			}
		}
		var nx int32
		if j == i && first >= 0 {
			nx = first + 1
		} else {
			// most words after a name's first word continue none of its forms: keyMiss says
			// so of most of those in ASCII, without packing their keys
			var ok bool
			if w := tok.Text(text); t.keyMiss(cur, w[0], len(w)) && isASCII(w) {
				break
			} else if nx, ok = t.child(cur, w, buf); !ok {
				break
			}
		}
		if t.ends(nx) {
			if es := t.accept(nx, text, toks[i:j+1], false, fold); es != nil {
				*best = Match{Start: int(toks[i].Start), End: int(tok.End), First: i, Last: j + 1, Entries: es}
				found = true
			}
		}
		cur = nx
	}
	return found
}

// accept returns the entries of the forms at node n whose case rules the text tokens
// meet; stem says the last token matched without its clitic. With fold every form is
// accepted, whatever its case.
func (t *trie) accept(n int32, text string, toks []tokenize.Token, stem, fold bool) []*Entry {
	rule, shared := t.ruleEntries(n)
	switch {
	case fold || rule == caseAny:
		return shared
	case rule == caseFirst:
		// (an ASCII first byte answers in place: IsCapitalized decodes the rune of any other)
		if c := text[toks[0].Start]; 'A' <= c && c <= 'Z' || c >= 0x80 && toks[0].IsCapitalized(text) {
			return shared
		}
		return nil
	}
	nd := t.node(n)
	all := true
	for i := nd.forms; i < nd.formsEnd; i++ {
		if f := t.form(i); !t.caseOK(&f, text, toks, stem) {
			all = false
			break
		}
	}
	if all {
		return shared // read-only
	}
	var es []*Entry
	for i := nd.forms; i < nd.formsEnd; i++ {
		f := t.form(i)
		if !t.caseOK(&f, text, toks, stem) {
			continue
		}
		e := t.all[f.entry]
		dup := false
		for _, x := range es {
			dup = dup || x == e
		}
		if !dup {
			es = append(es, e)
		}
	}
	return es
}

func (t *trie) caseOK(f *tform, text string, toks []tokenize.Token, stem bool) bool {
	exact, ft := t.exact[f.toks:f.toksEnd], t.toks[f.exactToks:]
	for k := range len(exact) {
		switch {
		case exact[k] == 1:
			w := toks[k].Text(text)
			if stem && k == len(exact)-1 {
				w = toks[k].Stem(text)
			}
			if w != ft[0] {
				return false
			}
			ft = ft[1:]
		case k == 0 && f.upperFirst:
			if !toks[k].IsCapitalized(text) {
				return false
			}
		}
	}
	return true
}

// formWords appends the token texts of the form s to dst, as tokenize.Tokenize would give
// them. A form made of words of letters or of digits only, separated by single spaces, is
// split on the spaces without running the tokenizer; most forms are, and a gazetteer with
// tens of thousands of forms builds the faster for it.
func formWords(dst []string, s string) []string {
	start, letters, digits := 0, false, false
	for i, r := range s {
		switch {
		case r == ' ':
			if i == start || letters == digits { // an empty piece, or one mixing the two
				return tokenWords(dst[:0], s)
			}
			dst = append(dst, s[start:i])
			start, letters, digits = i+1, false, false
		case unicode.Is(unicode.Latin, r):
			letters = true
		case '0' <= r && r <= '9':
			digits = true
		default:
			return tokenWords(dst[:0], s)
		}
	}
	if start == len(s) || letters == digits {
		return tokenWords(dst[:0], s)
	}
	return append(dst, s[start:])
}

// tokenWords appends the texts of the tokens tokenize.Tokenize finds in s.
func tokenWords(dst []string, s string) []string {
	d := tokenize.Tokenize(s)
	for i := range d.Tokens {
		dst = append(dst, d.TokenText(i))
	}
	return dst
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
