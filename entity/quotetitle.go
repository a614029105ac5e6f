package entity

import "github.com/entitas-id/entitas/tokenize"

// maxTitleWords bounds, in words, a quoted title.
const maxTitleWords = 6

// quotedTitle reports whether the closed quote from the opening mark at token open to the
// closing mark at token close quotes a title rather than speech: outlets put the titles of
// films, songs, albums, shows and tours in quotation marks ("Suara dari Sumur Tua", lagu
// "Blue Hour", fan meeting bertajuk "Starlight Road"), and such a title is no one's words.
// It is one to six words, each capitalised or a number, save the small words a title
// leaves in small letters after its first ("dari", "ke", "di", "dan", "yang", "untuk",
// "of", "the"), with no punctuation at all, so a quoted sentence or a partial quote in small
// letters (“komitmen tegas”, “Kami siap!”, “Tidak,”) stays a quote; so does any quote in
// text written in one case only. The first question is the span's length.
func (s *state) quotedTitle(open, close int) bool {
	if close-open-1 > maxTitleWords || close-open < 2 {
		return false
	}
	for i := open + 1; i < close; i++ {
		t := &s.toks[i]
		if s.anyUni && s.isUni(i) {
			return false // text in one case only, where every quoted word looks capitalised
		}
		switch t.Kind {
		case tokenize.Number:
			if i == open+1 {
				return false
			}
			continue
		case tokenize.Word:
		default:
			return false
		}
		if t.IsCapitalized(s.text) {
			continue
		}
		if i == open+1 || !titleSmallWord(t.Text(s.text)) {
			return false
		}
	}
	return true
}

// titleSmallWord reports whether w is one of the small words a title leaves in small
// letters after its first word.
func titleSmallWord(w string) bool {
	switch w {
	case "dari", "ke", "di", "dan", "yang", "untuk", "dengan", "tanpa", "pada", "of", "the", "and", "in", "on", "to", "a", "for", "with":
		return true
	}
	return false
}

// dropGuessesIn drops the names that only the context guessed (source.guessed) lying wholly
// inside the quoted title between the marks at tokens open and close: a title's words are
// no person's or place's name ("Pulang ke Sunyi", "Bad Liar", "The Road Called Life"),
// while a name the gazetteer knows stays ("Maung Bandung", "Indonesia"); so is a place's
// name read off its head word that is the whole title, not after a place's preposition
// (lagu "Pantai Losari Jam Dua", single "Gunung Kawi"; see placeHeadTitle). It runs after
// the spans are final, so a dropped span is made weak, which emit leaves out, and loses
// its tokens, so that no speaker is read off it.
func (s *state) dropGuessesIn(open, close int) {
	for i := open + 1; i < close; i++ {
		o := s.owner[i]
		if o < 0 {
			continue
		}
		sp := &s.spans[o]
		if sp.first > open && sp.last <= close && sp.source.guessed() || sp.first == open+1 && sp.last == close && s.placeHeadTitle(sp, open) {
			sp.weak = true
			s.removeSpan(int(o))
		}
	}
}

// placeHeadTitle reports whether span sp, which fills a quoted title whose opening mark is
// token open, is a place's name that a head word gave and the gazetteer does not know, and
// the word before the mark is no preposition of place: the title of a work named after a
// place (lagu "Pantai Losari Jam Dua"), not a place quoted after "di" or "ke".
func (s *state) placeHeadTitle(sp *span, open int) bool {
	return sp.source.rule == rulePlaceHead && sp.source.link == linkNone && sp.entry == nil && open > 0 &&
		s.toks[open-1].Kind == tokenize.Word && !s.is(open-1, fPlacePrep)
}
