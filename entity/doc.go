// Package entity extracts typed entity spans and direct quotes with their speakers from
// Indonesian news text. It is the library's main entry point:
//
//	d := entity.Default().Extract(text)
//	for _, e := range d.Entities { … e.Type, e.Text, e.Start, e.End, e.ID, e.Role … }
//	for _, q := range d.Quotes   { … q.Text, q.Speaker.Name … }
//
// # Pipeline
//
//	text
//	 │ tokenize.Tokenize          tokens and sentences with byte offsets
//	 ▼
//	prepare                      lowercase forms, word lists, shapes, where names may start
//	 │ gazetteer matches          known names: countries, places, people, bodies, weapons
//	 │ headWordSpans              Kementerian …, Partai …, Kabupaten …, Gunung …
//	 │ selectSpans                flat, outermost, non-overlapping
//	 │ adjustBoundaries           PT … Tbk, Pixar Animation Studio, not US$
//	 │ placePairs, aliasSpans     China-AS; Muara Tebing after Kabupaten Muara Tebing
//	 │ acronyms, settleOther      Dewan Keamanan PBB (DK PBB) → one id, two spans
//	 │ weaponFamilies             Hwasong-20 after Hwasong-19
//	 │ titleSpans                 Presiden Rusia Vladimir Putin → role, country, LEADER
//	 │ contextSpans               other capitalised names: rules, then the name typer
//	 │ link                       Lim → Lim Soo-suk; ids for every mention
//	 │ findQuotes                 “…,” kata X / X mengatakan, “…” / katanya → speaker
//	 │   speaker.go, discourse.go the cue's phrase; whom -nya, ia, a bare title points at
//	 ▼
//	Document{Entities, Quotes}
//
// Each step has its own file and table tests; every entity's Source names the gazetteer
// line or rule that produced it (a typed value inside the package, see source.go), so a
// wrong result explains itself. Word lists live under lexicon/ and are read on first use;
// the token tests the rules share are in tokens.go. Names no rule decides go to a small
// learned name typer (typer.go, package internal/typer), whose Source says
// "model:name-typer+rule:…". The conventions for
// types and spans (titles outside the span, flat outermost spans, acronym and long form as
// two entities) are the project's annotation conventions.
//
// # Text without capitals
//
// Social posts, transcripts, lowercased corpora and ALL-CAPS headlines carry no capitals
// to go by. A document in which almost no word has the minority case is read caselessly
// (Document.Unicase), and so is an ALL-CAPS first line over a cased body: its words get
// the capitals cased text would have given them (unicase.go) — gazetteer names matched
// whatever their case where that is safe (names of two words or more, single words and
// acronyms of three letters or more that are no ordinary word), ranks, titles and head
// words with the words after them, and unknown words that are neither Indonesian nor
// English ordinary words — and the rules above run as usual. WithCase forces either
// reading. Title Case is the opposite fault, capitals on every word: in a headline of an
// online outlet or a link to another article ("Baca juga: …") the ordinary words are read
// as small words, so that names end at them (titlecase.go).
//
// # Speed
//
// Each token is looked up once, in a table that joins the word lists with the gazetteer's
// first keys; rules that start at a capitalised word walk a list of them; per-call scratch
// (slices, maps) comes from a pool; and every rule's reach is bounded, so extraction is
// linear in the text; references to speakers are resolved through per-document tables, a
// binary search each. One core extracts news text at about 21–22 MB/s on the machine the
// README's figures come from (see there).
//
// # Offsets
//
// Start and End are byte offsets into the original text, half-open: text[e.Start:e.End] ==
// e.Text for every entity, quote and speaker. The text is never rewritten; only lookup keys
// are normalised. Entities are sorted and do not overlap.
//
// # Concurrency
//
// An Extractor is immutable once built and safe for concurrent use; each Extract call keeps
// its scratch state to itself. Default builds the shared default once. Extract never
// panics and never loops forever, whatever the input, invalid UTF-8 included.
package entity
