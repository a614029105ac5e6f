// Package tokenize splits Indonesian news text into tokens and sentences, the first stage of
// entitas:
//
//	text ──▶ tokenize ──▶ gazetteer (names) ──▶ entity (rules, linking, quotes) ──▶ spans
//
// Offsets: every Token and Sentence carries Start and End, half-open byte offsets into the
// original text, and t.Text(text) is always text[t.Start:t.End]: a token holds no text of its
// own, so the token slice is free of pointers. A Token's offsets are int32s, a Sentence's
// ints: a text can hold a token a byte, and a Token of 12 bytes keeps its tokens at 12 bytes
// a byte; texts longer than MaxLen (2 GiB − 1) are read up to that length. The input is
// never rewritten or normalised; later stages normalise only their lookup keys.
//
// Indonesian rules: numbers keep their thousands dots and decimal commas (1.000.000, 2,5,
// Rp1.000, 19,5%), dates and times stay whole (13/10/2023, 10.30), abbreviations and titles
// keep their period (Dr., Jl., Tbk., S.H., a.n., initials), hyphenated words stay whole
// (Kim Jong-un, negara-negara, Covid-19), quotation marks are tokens of their own whose
// direction is decided by position, not glyph (Indonesian outlets often open with ”), and
// URLs, e-mail addresses, hashtags and mentions are single tokens. Clitics stay inside the
// word; Token.Suffix and Token.Prefix say where one could be split off, and Token.Stem gives
// the word without it ("Rusianya" → "Rusia").
//
// Sentences end at . ! ? … outside abbreviations and numbers, and at every line break; a
// closing quote after the final mark belongs to the sentence it closes, and an attribution
// after a quoted "!" or "?" continues it. A period a few tokens before an open bracket
// closes ("(SSK. II)") is an abbreviation's, not a sentence end. A dateline ("JAKARTA –", "SEOUL, KumpalanNEWS –") at
// the start of a paragraph is a sentence of its own, so it never swallows the first sentence.
//
// Tokenize never fails and never panics on any input, including invalid UTF-8, and runs in
// time linear in the input. It keeps no state between calls and is safe for concurrent use.
package tokenize
