package gazetteer

import (
	"iter"
	"slices"

	"github.com/entitas-id/entitas/internal/swar"
	"github.com/entitas-id/entitas/tokenize"
)

// Match is one gazetteer hit in a token sequence.
type Match struct {
	Start, End  int      // byte offsets into the text, half-open; End stops before a clitic
	First, Last int      // token indices, half-open
	Entries     []*Entry // every entry that has this surface form, in definition order; shared, do not modify
}

// Match finds gazetteer names in the tokens of d, leftmost-longest and non-overlapping, and returns
// them in text order. The case rules: a form's all-capitals tokens (PBB, AS) match only as
// written, so "as" is never the United States; a capitalised first word needs a capitalised
// or all-capitals word in the text (Jakarta, JAKARTA); other words match whatever their case
// ("Kementerian luar negeri" and "Kementerian Luar Negeri"). A clitic on the last word
// (Rusianya) is tolerated, and the match ends before it. Match allocates only its result.
func (g *Gazetteer) Match(d *tokenize.Document) []Match {
	return g.AppendMatches(nil, d)
}

// AppendMatches appends the matches in d (see Match) to dst and returns the extended
// slice, so that a caller can reuse one buffer over many texts.
func (g *Gazetteer) AppendMatches(dst []Match, d *tokenize.Document) []Match {
	out := dst
	var buf [64]byte
	text, toks := d.Text, d.Tokens
	for i := 0; i < len(toks); {
		if !g.mayStart(toks[i].Text(text), toks[i].Suffix) {
			i++
			continue
		}
		m, ok := g.trie.longestAt(text, toks, i, buf[:0], false)
		if !ok {
			i++
			continue
		}
		out = append(out, m)
		i = m.Last
	}
	return out
}

// AppendMatchesFrom is AppendMatches for a caller that knows where a match may start: it
// tries only the tokens whose indices from lists, in ascending order, and skips those
// inside a match already found. A caller that keeps its own table of words can mark the
// tokens whose key, or whose stem's key, is among FirstKeys (with their case rule), plus
// every token that is not all ASCII, and find the same matches as AppendMatches.
func (g *Gazetteer) AppendMatchesFrom(dst []Match, d *tokenize.Document, from []int32) []Match {
	return g.appendFrom(dst, d, from, nil, false, nil)
}

// AppendMatchesFromKeys is AppendMatchesFrom for a caller whose table of words also
// holds each first key's position in FirstKeys: firsts[k] is the position of the key of
// token from[k], or -1 when the token's own key is not a first key or is not known (its
// stem's may be). It finds the same matches as AppendMatchesFrom without looking up the
// keys it is given. It panics if firsts is shorter than from or names no first key.
func (g *Gazetteer) AppendMatchesFromKeys(dst []Match, d *tokenize.Document, from, firsts []int32) []Match {
	if len(firsts) < len(from) {
		panic("gazetteer: AppendMatchesFromKeys: fewer first-key positions than tokens")
	}
	return g.appendFrom(dst, d, from, firsts, false, nil)
}

// appendFrom tries the tokens of from in turn, skipping those inside a match already
// found: AppendMatchesFrom, with the first keys' positions when firsts is not nil
// (AppendMatchesFromKeys), and caseless with a judge of each match when fold is set
// (AppendMatchesFold; a match safe refuses is dropped and the search goes on).
func (g *Gazetteer) appendFrom(dst []Match, d *tokenize.Document, from, firsts []int32, fold bool, safe func(Match) bool) []Match {
	out := dst
	text, toks := d.Text, d.Tokens
	var buf [64]byte
	var m Match // the match at the token tried
	if firsts != nil {
		firsts = firsts[:len(from)] // (as long as from, so that firsts[k] needs no bounds check)
	}
	next := 0
	for k, i := range from {
		if int(i) < next || int(i) >= len(toks) {
			continue
		}
		first := int32(-1)
		if firsts != nil {
			// the trie finds the node of a first key by its number without reading
			// firsts, so a number past its end must be caught here
			if first = firsts[k]; int(first) >= len(g.trie.firsts) {
				panic("gazetteer: AppendMatchesFromKeys: no first key at that position")
			}
		}
		if g.trie.longestFrom(text, toks, int(i), buf[:0], fold, first, &m) && (safe == nil || safe(m)) {
			if len(out) == cap(out) {
				// room for what the rest of from will give if it gives as many as the part
				// tried so far, where append would grow a long slice by a quarter at a time
				// and leave four times its final size behind as garbage, and doubling
				// would leave up to as much again empty
				n := len(out) - len(dst)
				est := int(int64(n) * int64(len(from)) / int64(k+1))
				out = slices.Grow(out, max(min(est+est/16, n+len(from)-k)-n, 0)+16)
			}
			out = append(out, m)
			next = m.Last
		}
	}
	return out
}

// FirstKeys returns the lookup keys of the first tokens of all forms, each once, with
// whether a word written with a small first letter may begin a form there (see Match for
// the case rules). A key is the token's text in lowercase with diacritics folded, so an
// ASCII word's key is its lowercase form. See AppendMatchesFrom for a use.
func (g *Gazetteer) FirstKeys() iter.Seq2[string, bool] {
	return func(yield func(string, bool) bool) {
		for _, f := range g.trie.firsts {
			if !yield(f.key, f.lower) {
				return
			}
		}
	}
}

// mayStart is a quick test that spares most tokens a map lookup. An ASCII token's key is
// its text in lowercase, so it can begin a match only if some form's first key starts with
// that byte and has its length (or its stem's length); a token starting with a small letter
// needs a form that a lowercase word can begin. Tokens with other bytes take the slow path,
// since folding diacritics changes a key's length. Those that pass must still have their
// key, or their stem's, in the Bloom filter of first keys.
func (g *Gazetteer) mayStart(w string, suffix uint8) bool {
	lens := uint64(1) << min(len(w), 63)
	if suffix > 0 {
		lens |= 1 << min(len(w)-int(suffix), 63)
	}
	if g.startLens[w[0]]&lens == 0 {
		return !isASCII(w)
	}
	return g.inFilter(w, suffix)
}

// isASCII reports whether s is all ASCII, reading eight bytes at a time.
func isASCII(s string) bool {
	var or uint64
	for len(s) >= 8 {
		or |= swar.Load64(s)
		s = s[8:]
	}
	if len(s) >= 4 {
		or |= swar.Load32(s) | swar.Load32(s[len(s)-4:]) // (two reads that overlap)
	} else {
		for k := 0; k < len(s); k++ {
			or |= uint64(s[k])
		}
	}
	return or&swar.HighBits == 0
}

// inFilter reports whether the key of the token w with a clitic of suffix bytes, or of its stem, may be a first key (see
// firstKeys); tokens that are not all ASCII always may.
func (g *Gazetteer) inFilter(w string, suffix uint8) bool {
	// the hash runs over the stem and then the clitic, so that it yields both
	h := uint32(2166136261)
	stem := len(w) - int(suffix)
	for _, b := range []byte(w[:stem]) {
		c := foldASCII[b]
		if c == 0 {
			return true // not ASCII: the slow path
		}
		h = (h ^ uint32(c)) * 16777619
	}
	hs := h
	for _, b := range []byte(w[stem:]) {
		c := foldASCII[b]
		if c == 0 {
			return true
		}
		h = (h ^ uint32(c)) * 16777619
	}
	n := uint32(len(g.firstKeys))
	if g.firstKeys[h/64%n]&(1<<(h%64)) != 0 {
		return true
	}
	return suffix > 0 && g.firstKeys[hs/64%n]&(1<<(hs%64)) != 0
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
