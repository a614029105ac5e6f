package main

import (
	"cmp"
	"errors"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/entitas-id/entitas/entity"
	"github.com/entitas-id/entitas/gazetteer"
)

// htmlFormatter writes -format html: a self-contained page per document (no scripts, no
// external assets) with the entities highlighted by type, a legend with counts, the quotes
// marked with their speakers, tooltips with each entity's id, role and country, and a
// "who said what" list. One document is printed to standard output; with -out DIR every
// document gets a page in DIR and DIR/index.html lists them.
type htmlFormatter struct {
	stdout io.Writer
	outDir string
	names  outputNames
	single []byte       // without -out: the page of the one document, printed by close
	index  []indexEntry // with -out: a line of the index per page
}

// indexEntry is a document's line in index.html.
type indexEntry struct {
	page, title string
	counts      map[entity.Type]int
	quotes      int
}

func newHTMLFormatter(c *outputConfig) (formatter, error) {
	if c.outDir != "" {
		if err := os.MkdirAll(c.outDir, 0o755); err != nil {
			return nil, err
		}
	}
	return &htmlFormatter{stdout: c.stdout, outDir: c.outDir}, nil
}

func (f *htmlFormatter) render(d *document) ([]byte, error) {
	if f.outDir == "" {
		return []byte(htmlPage(d, "")), nil
	}
	// The page's name may get a suffix in write, but stays in the same folder.
	up := strings.Repeat("../", strings.Count(filepath.ToSlash(outputBase(d)), "/"))
	return []byte(htmlPage(d, up+"index.html")), nil
}

func (f *htmlFormatter) write(d *document) error {
	if f.outDir == "" {
		if f.single != nil {
			return &fatalError{errors.New("-format html with several documents needs -out DIR (an index and a page each)")}
		}
		f.single = d.out
		return nil
	}
	page := f.names.name(d, ".html")
	if err := writeFile(filepath.Join(f.outDir, page), d.out); err != nil {
		return fmt.Errorf("%s: %w", d.where(), err)
	}
	f.index = append(f.index, indexEntry{page: filepath.ToSlash(page), title: docTitle(d),
		counts: countTypes(d.ent.Entities), quotes: len(d.ent.Quotes)})
	return nil
}

func (f *htmlFormatter) close() error {
	if f.outDir == "" {
		if f.single == nil {
			return nil
		}
		_, err := f.stdout.Write(f.single)
		return err
	}
	return writeFile(filepath.Join(f.outDir, "index.html"), []byte(htmlIndex(f.index)))
}

// typeColors are the highlight colours of the entity types, light enough for black text.
var typeColors = map[entity.Type]string{
	entity.Country:      "#fdba74",
	entity.Location:     "#fde047",
	entity.Leader:       "#c4b5fd",
	entity.Person:       "#93c5fd",
	entity.Organization: "#86efac",
	entity.Weapon:       "#fca5a5",
}

const htmlStyle = `body{font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2937;max-width:60rem;margin:2rem auto;padding:0 1.5rem;background:#fff}
h1{font-size:1.4rem;margin:0 0 .25rem;word-break:break-all}h2{font-size:1.15rem;margin-top:2rem}
.sum{color:#6b7280;margin:0 0 1rem}
.legend{display:flex;flex-wrap:wrap;gap:.5rem;margin:0 0 1.5rem;padding:.75rem;border:1px solid #e5e7eb;border-radius:.5rem;font-size:.85rem}
.legend span{padding:.1rem .5rem;border-radius:.35rem}
.doc{white-space:pre-wrap;overflow-wrap:anywhere;line-height:2.3}
mark.e{padding:.15em .3em;border-radius:.35em;color:inherit;box-decoration-break:clone;-webkit-box-decoration-break:clone}
mark.e .l{font-size:.62em;font-weight:700;letter-spacing:.03em;margin-left:.35em;vertical-align:middle;opacity:.75}
.q{background:#f1f5f9;border-bottom:2px solid #64748b;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.who{display:inline-block;font-size:.75em;line-height:1.4;background:#334155;color:#fff;border-radius:.8em;padding:0 .6em;margin-left:.3em;vertical-align:middle;white-space:nowrap}
.who.none{background:#9ca3af}
.spk{text-decoration:underline dotted #334155 2px;text-underline-offset:.25em}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #e5e7eb;padding:.35rem .5rem;text-align:left}td.n{text-align:right}
ol.said li{margin:.4rem 0}ol.said .who{margin:0 .4em 0 0}
.legend .who{vertical-align:baseline;font-size:.85rem;line-height:inherit}
a{color:#1d4ed8}`

// typeStyles is the CSS of the entity types' colours.
func typeStyles() string {
	var b strings.Builder
	for _, t := range gazetteer.Types() {
		fmt.Fprintf(&b, ".t-%s{background:%s}\n", t, typeColors[t])
	}
	return b.String()
}

func htmlHead(b *strings.Builder, title string) {
	fmt.Fprintf(b, "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n"+
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"+
		"<title>%s — entitas</title>\n<style>\n%s\n%s</style>\n</head>\n<body>\n", esc(title), htmlStyle, typeStyles())
}

func esc(s string) string { return html.EscapeString(strings.ToValidUTF8(s, "\uFFFD")) }

func docTitle(d *document) string {
	if id := d.idText(); id != "" {
		return id
	}
	if d.name == "-" {
		return "standard input"
	}
	return d.where()
}

func countTypes(ents []entity.Entity) map[entity.Type]int {
	m := map[entity.Type]int{}
	for _, e := range ents {
		m[e.Type]++
	}
	return m
}

// legend writes the colour legend with the count of each type.
func legend(b *strings.Builder, counts map[entity.Type]int, quotes int) {
	b.WriteString(`<div class="legend">`)
	for _, t := range gazetteer.Types() {
		fmt.Fprintf(b, `<span class="t-%s">%s <b>%d</b></span>`, t, t, counts[t])
	}
	fmt.Fprintf(b, `<span class="q">“quote” <b>%d</b></span><span class="who">speaker</span>`, quotes)
	b.WriteString("</div>\n")
}

// htmlPage returns the page of document d; index, if not empty, is linked from it.
func htmlPage(d *document, index string) string {
	var b strings.Builder
	title := docTitle(d)
	htmlHead(&b, title)
	if index != "" {
		fmt.Fprintf(&b, "<p><a href=\"%s\">← all documents</a></p>\n", esc(index))
	}
	fmt.Fprintf(&b, "<h1>%s</h1>\n<p class=\"sum\">%s, %s</p>\n", esc(title),
		plural(len(d.ent.Entities), "entity", "entities"), plural(len(d.ent.Quotes), "quote", "quotes"))
	legend(&b, countTypes(d.ent.Entities), len(d.ent.Quotes))
	b.WriteString(`<div class="doc">`)
	renderText(&b, d.text, d.ent.Entities, d.ent.Quotes)
	b.WriteString("</div>\n")
	if len(d.ent.Quotes) > 0 {
		b.WriteString("<h2>Who said what</h2>\n<ol class=\"said\">\n")
		for i, q := range d.ent.Quotes {
			fmt.Fprintf(&b, `<li>%s<a href="#q%d">%s</a></li>`+"\n", whoBadge(q), i+1, esc(oneLine(q.Text, 160)))
		}
		b.WriteString("</ol>\n")
	}
	b.WriteString("</body>\n</html>\n")
	return b.String()
}

// whoBadge is the label shown after a quote: its speaker's name.
func whoBadge(q entity.Quote) string {
	s := q.Speaker
	if s == nil {
		return `<span class="who none" title="no speaker found">?</span>`
	}
	name := cmp.Or(s.Name, s.Text)
	tip := []string{"said by " + name}
	if s.Text != name {
		tip = append(tip, "written “"+s.Text+"”")
	}
	if q.Cue != "" {
		tip = append(tip, "cue: "+q.Cue)
	}
	if s.ID != "" {
		tip = append(tip, "id="+s.ID)
	}
	return fmt.Sprintf(`<span class="who" title="%s">%s</span>`, esc(strings.Join(tip, "\n")), esc(name))
}

// entityTip is an entity's tooltip.
func entityTip(e entity.Entity) string {
	lines := []string{typeName(e.Type) + ": " + e.Name}
	for _, kv := range [][2]string{{"id", e.ID}, {"role", e.Role}, {"country", e.Country}, {"source", e.Source}} {
		if kv[1] != "" {
			lines = append(lines, kv[0]+"="+kv[1])
		}
	}
	return strings.Join(lines, "\n")
}

// layer is one kind of span in the rendered text: quotes, entities or speaker mentions.
// Its spans are sorted and do not overlap.
type layer struct {
	spans []hspan
	open  int // index of the open span, -1 if none
	next  int // sweep position
}

type hspan struct {
	start, end int
	open       string // the opening tag
	close      string // the closing tag when the span ends here
	cut        string // the closing tag when the span is cut by an outer one
}

// active returns the index of the span covering offset a, or -1; a never decreases.
func (l *layer) active(a int) int {
	for l.next < len(l.spans) && l.spans[l.next].end <= a {
		l.next++
	}
	if l.next < len(l.spans) && l.spans[l.next].start <= a {
		return l.next
	}
	return -1
}

// renderText writes text as HTML with quotes, entities and speaker mentions as nested
// elements, in that order from the outside. Where spans of different layers cross, the
// inner element is closed and opened again, so the HTML is always well nested.
func renderText(b *strings.Builder, text string, ents []entity.Entity, quotes []entity.Quote) {
	var ql, el, sl layer
	for i, q := range quotes {
		ql.spans = append(ql.spans, hspan{start: q.Start, end: q.End,
			open:  fmt.Sprintf(`<span class="q" id="q%d">`, i+1),
			close: "</span>" + whoBadge(q), cut: "</span>"})
		if s := q.Speaker; s != nil {
			sl.spans = append(sl.spans, hspan{start: s.Start, end: s.End,
				open:  fmt.Sprintf(`<span class="spk" title="%s">`, esc(fmt.Sprintf("speaker of quote %d: %s", i+1, cmp.Or(s.Name, s.Text)))),
				close: "</span>", cut: "</span>"})
		}
	}
	for _, e := range ents {
		t := typeName(e.Type)
		el.spans = append(el.spans, hspan{start: e.Start, end: e.End,
			open:  fmt.Sprintf(`<mark class="e t-%s" title="%s">`, t, esc(entityTip(e))),
			close: fmt.Sprintf(`<span class="l">%s</span></mark>`, t), cut: "</mark>"})
	}
	layers := []*layer{&ql, &el, &sl}
	cuts := []int{0, len(text)}
	for _, l := range layers {
		l.spans = cleanSpans(text, l.spans)
		l.open = -1
		for _, s := range l.spans {
			cuts = append(cuts, s.start, s.end)
		}
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	for k := 0; k+1 < len(cuts); k++ {
		a, z := cuts[k], cuts[k+1]
		now := make([]int, len(layers))
		first := len(layers) // the outermost layer that changes at a
		for i, l := range layers {
			now[i] = l.active(a)
			if now[i] != l.open && first == len(layers) {
				first = i
			}
		}
		for i := len(layers) - 1; i >= first; i-- { // close from the inside out
			l := layers[i]
			if l.open >= 0 {
				if s := l.spans[l.open]; s.end == a {
					b.WriteString(s.close)
				} else {
					b.WriteString(s.cut)
				}
				l.open = -1
			}
		}
		for i := first; i < len(layers); i++ { // open from the outside in
			if l := layers[i]; now[i] >= 0 {
				b.WriteString(l.spans[now[i]].open)
				l.open = now[i]
			}
		}
		b.WriteString(esc(text[a:z]))
	}
	for i := len(layers) - 1; i >= 0; i-- {
		if l := layers[i]; l.open >= 0 {
			b.WriteString(l.spans[l.open].close)
		}
	}
}

// cleanSpans sorts spans and drops those that are empty, out of range, off character
// boundaries, or overlap an earlier one.
func cleanSpans(text string, spans []hspan) []hspan {
	slices.SortStableFunc(spans, func(x, y hspan) int { return cmp.Compare(x.start, y.start) })
	out := spans[:0]
	end := 0
	for _, s := range spans {
		if validSpan(text, s.start, s.end) && s.start >= end {
			out = append(out, s)
			end = s.end
		}
	}
	return out
}

// htmlIndex returns index.html, listing the pages with their counts.
func htmlIndex(entries []indexEntry) string {
	var b strings.Builder
	htmlHead(&b, "entitas")
	total := map[entity.Type]int{}
	quotes := 0
	for _, e := range entries {
		for t, n := range e.counts {
			total[t] += n
		}
		quotes += e.quotes
	}
	fmt.Fprintf(&b, "<h1>%s</h1>\n", plural(len(entries), "document", "documents"))
	legend(&b, total, quotes)
	b.WriteString("<table>\n<tr><th>document</th>")
	for _, t := range gazetteer.Types() {
		fmt.Fprintf(&b, `<th><span class="t-%s">%s</span></th>`, t, t)
	}
	b.WriteString("<th>QUOTES</th></tr>\n")
	for _, e := range entries {
		fmt.Fprintf(&b, `<tr><td><a href="%s">%s</a></td>`, esc(e.page), esc(e.title))
		for _, t := range gazetteer.Types() {
			fmt.Fprintf(&b, `<td class="n">%d</td>`, e.counts[t])
		}
		fmt.Fprintf(&b, "<td class=\"n\">%d</td></tr>\n", e.quotes)
	}
	b.WriteString("</table>\n</body>\n</html>\n")
	return b.String()
}
