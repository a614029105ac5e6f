package gazetteer

import (
	"github.com/entitas-id/entitas/tokenize"
)

// Match is one gazetteer hit in a token sequence.
type Match struct {
	Start, End  int      // byte offsets into the text, half-open; End stops before a clitic
	First, Last int      // token indices, half-open
	Entries     []*Entry // every entry that has this surface form, in definition order; shared, do not modify
}

// node is a state of the token trie: each edge is a token key.
type node struct {
	next    map[string]*node
	forms   []form   // forms that end at this node
	entries []*Entry // the distinct entries of forms, returned when every form's case fits
}

// form is one name or alias of an entry, kept with its tokens for the case checks.
type form struct {
	entry      *Entry
	toks       []string // the form's token texts as written in the data
	exact      []bool   // toks[k] must match as written (all capitals: PBB, AS)
	upperFirst bool     // the first token is capitalised, so the text's must be too
}

func newNode() *node { return &node{} }

// insert adds the form s of entry e below n. It returns the lookup key of the form's first
// token and whether a text token starting with a small letter can begin it (the form does
// not start with a capital).
func (n *node) insert(e *Entry, s string) (string, bool) {
	d := tokenize.Tokenize(s)
	if len(d.Tokens) == 0 {
		return "", false
	}
	f := form{entry: e, toks: make([]string, len(d.Tokens)), exact: make([]bool, len(d.Tokens))}
	f.upperFirst = d.Tokens[0].IsCapitalized()
	cur := n
	for i, t := range d.Tokens {
		f.toks[i] = t.Text
		f.exact[i] = exactCase(t.Text)
		k := key(t.Text)
		if cur.next == nil {
			cur.next = map[string]*node{}
		}
		nx := cur.next[k]
		if nx == nil {
			nx = newNode()
			cur.next[k] = nx
		}
		cur = nx
	}
	first, lower := key(d.Tokens[0].Text), !f.upperFirst && !f.exact[0]
	for _, g := range cur.forms {
		if g.entry == e && equalStrings(g.toks, f.toks) {
			return first, lower
		}
	}
	cur.forms = append(cur.forms, f)
	for _, x := range cur.entries {
		if x == e {
			return first, lower
		}
	}
	cur.entries = append(cur.entries, e)
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

// Match finds gazetteer names in toks, leftmost-longest and non-overlapping, and returns
// them in text order. The case rules: a form's all-capitals tokens (PBB, AS) match only as
// written, so "as" is never the United States; a capitalised first word needs a capitalised
// or all-capitals word in the text (Jakarta, JAKARTA); other words match whatever their case
// ("Kementerian luar negeri" and "Kementerian Luar Negeri"). A clitic on the last word
// (Rusianya) is tolerated, and the match ends before it. Match allocates only its result.
func (g *Gazetteer) Match(toks []tokenize.Token) []Match {
	return g.AppendMatches(nil, toks)
}

// AppendMatches appends the matches in toks (see Match) to dst and returns the extended
// slice, so that a caller can reuse one buffer over many texts.
func (g *Gazetteer) AppendMatches(dst []Match, toks []tokenize.Token) []Match {
	out := dst
	var buf [64]byte
	for i := 0; i < len(toks); {
		if !g.mayStart(&toks[i]) {
			i++
			continue
		}
		m, ok := g.longestAt(toks, i, buf[:0])
		if !ok {
			i++
			continue
		}
		out = append(out, m)
		i = m.Last
	}
	return out
}

// mayStart is a quick test that spares most tokens a map lookup. An ASCII token's key is
// its text in lowercase, so it can begin a match only if some form's first key starts with
// that byte and has its length (or its stem's length); a token starting with a small letter
// needs a form that a lowercase word can begin. Tokens with other bytes take the slow path,
// since folding diacritics changes a key's length.
func (g *Gazetteer) mayStart(t *tokenize.Token) bool {
	c := t.Text[0]
	var bits uint64
	switch {
	case c >= 0x80:
		return true
	case 'a' <= c && c <= 'z':
		bits = g.lowerStarts[c]
	case 'A' <= c && c <= 'Z':
		bits = g.starts[c+'a'-'A']
	default:
		bits = g.starts[c]
	}
	n := min(len(t.Text), 63)
	if t.Suffix > 0 {
		bits &= 1<<n | 1<<min(len(t.Text)-int(t.Suffix), 63)
	} else {
		bits &= 1 << n
	}
	if bits == 0 {
		for k := 1; k < len(t.Text); k++ {
			if t.Text[k] >= 0x80 {
				return true
			}
		}
		return false
	}
	// the text's key, or its stem's, must be in the filter; the hash runs over the stem
	// and then the clitic, so that it yields both
	h := uint32(2166136261)
	stem := len(t.Text) - int(t.Suffix)
	for _, b := range []byte(t.Text[:stem]) {
		c := foldASCII[b]
		if c == 0 {
			return true // not ASCII: the slow path
		}
		h = (h ^ uint32(c)) * 16777619
	}
	hs := h
	for _, b := range []byte(t.Text[stem:]) {
		c := foldASCII[b]
		if c == 0 {
			return true
		}
		h = (h ^ uint32(c)) * 16777619
	}
	n2 := uint32(len(g.firstKeys))
	if g.firstKeys[h/64%n2]&(1<<(h%64)) != 0 {
		return true
	}
	return t.Suffix > 0 && g.firstKeys[hs/64%n2]&(1<<(hs%64)) != 0
}

// foldASCII maps each ASCII byte to its key byte (the lowercase letter) and every other
// byte to 0.
var foldASCII = func() (t [256]byte) {
	for c := 1; c < 0x80; c++ {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// keyHash is the FNV-1a hash of a key.
func keyHash(k string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(k); i++ {
		h = (h ^ uint32(k[i])) * 16777619
	}
	return h
}

// longestAt returns the longest match starting at token i.
func (g *Gazetteer) longestAt(toks []tokenize.Token, i int, buf []byte) (Match, bool) {
	var best Match
	found := false
	cur := g.root
	for j := i; j < len(toks) && cur.next != nil; j++ {
		t := toks[j]
		// the stem without a clitic can end a name here but never continue it
		if t.Suffix > 0 {
			if st := cur.next[string(appendKey(buf, t.Stem()))]; st != nil && len(st.forms) > 0 {
				if es := st.accept(toks[i:j+1], true); es != nil {
					best = Match{Start: toks[i].Start, End: t.End - int(t.Suffix), First: i, Last: j + 1, Entries: es}
					found = true
				}
			}
		}
		nx := cur.next[string(appendKey(buf, t.Text))]
		if nx == nil {
			break
		}
		if len(nx.forms) > 0 {
			if es := nx.accept(toks[i:j+1], false); es != nil {
				best = Match{Start: toks[i].Start, End: t.End, First: i, Last: j + 1, Entries: es}
				found = true
			}
		}
		cur = nx
	}
	return best, found
}

// accept returns the entries of the forms at n whose case rules the text tokens meet;
// stem says the last token matched without its clitic.
func (n *node) accept(toks []tokenize.Token, stem bool) []*Entry {
	all := true
	for i := range n.forms {
		if !n.forms[i].caseOK(toks, stem) {
			all = false
			break
		}
	}
	if all {
		return n.entries // shared, read-only
	}
	var es []*Entry
	for _, f := range n.forms {
		if !f.caseOK(toks, stem) {
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

func (f *form) caseOK(toks []tokenize.Token, stem bool) bool {
	for k, ft := range f.toks {
		text := toks[k].Text
		if stem && k == len(f.toks)-1 {
			text = toks[k].Stem()
		}
		switch {
		case f.exact[k]:
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
