package gazetteer

import "github.com/entitas-id/entitas/tokenize"

// AppendMatchesFold is AppendMatchesFrom for text written in one case only (all small
// letters, as social posts, transcripts and lowercased corpora are, or all capitals, as
// headlines are), where the case rules of Match would find nothing: every form matches
// whatever the case of the text and of the form, acronyms included. That is safe only for
// some forms ("korea utara" is the country, "as" is seldom the United States), which the
// caller judges: safe reports whether a match may stand. A match it refuses is dropped and
// the search goes on at the next token of from. Matches are leftmost-longest and do not
// overlap, as with AppendMatches; the case-sensitive methods are unchanged by this one.
func (g *Gazetteer) AppendMatchesFold(dst []Match, d *tokenize.Document, from []int32, safe func(Match) bool) []Match {
	return g.appendFrom(dst, d, from, nil, true, safe)
}

// IsAcronym reports whether e has a form of one token written in capitals only that is
// key, a lookup key (lowercase): "pbb" for PBB, "as" for AS.
func (e *Entry) IsAcronym(key string) bool {
	for _, f := range e.Forms() {
		if exactCase(f) && appendKeyEqual(f, key) {
			return true
		}
	}
	return false
}

// appendKeyEqual reports whether the lookup key of s is k.
func appendKeyEqual(s, k string) bool {
	var buf [32]byte
	return string(appendKey(buf[:0], s)) == k
}
