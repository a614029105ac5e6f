package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/entitas-id/entitas/entity"
)

// formatDocs runs the formatter of -format name over documents and returns its output.
func formatDocs(t *testing.T, name string, c outputConfig, docs ...*document) string {
	t.Helper()
	var buf bytes.Buffer
	c.stdout = &buf
	f, err := lookupFormat(name).new(&c)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		var err error
		if d.out, err = f.render(d); err != nil {
			t.Fatal(err)
		}
		if err := f.write(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestFormatsGolden(t *testing.T) {
	for _, tc := range []struct{ format, file string }{
		{"text", "sample.text.golden"},
		{"json", "sample.json.golden"},
		{"jsonl", "sample.jsonl.golden"},
		{"conll", "sample.conll.golden"},
		{"html", "sample.html.golden"},
	} {
		t.Run(tc.format, func(t *testing.T) {
			golden(t, tc.file, formatDocs(t, tc.format, outputConfig{}, sampleDoc(t)))
		})
	}
	t.Run("brat", func(t *testing.T) {
		d := sampleDoc(t)
		golden(t, "sample.ann.golden", bratAnn(d.text, d.ent.Entities, d.ent.Quotes))
	})
}

func TestJSONShape(t *testing.T) {
	d := sampleDoc(t)
	d.ent.Quotes[1].Speaker = nil
	d.ent.Entities[0].Role = ""
	line := formatDocs(t, "jsonl", outputConfig{}, d)
	if strings.Count(line, "\n") != 1 || !strings.HasSuffix(line, "\n") {
		t.Fatalf("jsonl wants one line, got %q", line)
	}
	var v map[string]any
	if err := json.Unmarshal([]byte(line), &v); err != nil {
		t.Fatal(err)
	}
	keys := func(m map[string]any) string {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		return strings.Join(sortedStrings(ks), ",")
	}
	if got := keys(v); got != "entities,file,quotes" {
		t.Errorf("document keys %s", got)
	}
	e := v["entities"].([]any)[0].(map[string]any)
	if got := keys(e); got != "country,end,id,name,role,source,start,text,type" {
		t.Errorf("entity keys %s", got)
	}
	q := v["quotes"].([]any)
	if got := keys(q[0].(map[string]any)); got != "cue,end,speaker,start,text" {
		t.Errorf("quote keys %s", got)
	}
	if got := keys(q[0].(map[string]any)["speaker"].(map[string]any)); got != "end,id,name,start,text,type" {
		t.Errorf("speaker keys %s", got)
	}
	if q[1].(map[string]any)["speaker"] != nil {
		t.Errorf("a quote without speaker wants \"speaker\": null, got %v", q[1])
	}
	// No entities: arrays, never null; a JSON Lines record carries its id.
	empty := &document{item: item{name: "c.jsonl"}, line: 3, id: json.RawMessage(`"a-1"`), ent: &entity.Document{}}
	if got, want := formatDocs(t, "jsonl", outputConfig{}, empty), `{"file":"c.jsonl","id":"a-1","entities":[],"quotes":[]}`+"\n"; got != want {
		t.Errorf("got %s want %s", got, want)
	}
}

func sortedStrings(s []string) []string {
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if s[j] < s[i] {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
	return s
}

// TestBratOffsets checks that every T line's character offsets give back its text.
func TestBratOffsets(t *testing.T) {
	d := sampleDoc(t)
	ann := bratAnn(d.text, d.ent.Entities, d.ent.Quotes)
	runes := []rune(d.text)
	tline := regexp.MustCompile(`^T(\d+)\t(\S+) ([\d ;]+)\t(.*)$`)
	n := 0
	for _, line := range strings.Split(strings.TrimSpace(ann), "\n") {
		m := tline.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		n++
		var parts []string
		for _, frag := range strings.Split(m[3], ";") {
			se := strings.Fields(frag)
			s, _ := strconv.Atoi(se[0])
			e, _ := strconv.Atoi(se[1])
			parts = append(parts, string(runes[s:e]))
		}
		if got := strings.Join(parts, " "); got != m[4] {
			t.Errorf("%s: offsets give %q", line, got)
		}
	}
	if want := len(d.ent.Entities) + len(d.ent.Quotes) + 1; n != want { // + the SPEAKER "Ia"
		t.Errorf("%d T lines, want %d:\n%s", n, want, ann)
	}
	if !strings.Contains(ann, "QUOTE 176 186;187 196\t“tidak ada masalah.”") {
		t.Errorf("the two-line quote is not split into fragments:\n%s", ann)
	}
	if got := strings.Count(ann, "\tSpeaker Arg1:"); got != 3 {
		t.Errorf("%d Speaker relations, want 3", got)
	}
}

// TestHTMLWellFormed checks that the page nests its elements, escapes the text and loads
// nothing from outside.
func TestHTMLWellFormed(t *testing.T) {
	page := formatDocs(t, "html", outputConfig{}, sampleDoc(t))
	for _, bad := range []string{"<dan>", "<script", "src=", "http://", "https://", "@import"} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q", bad)
		}
	}
	if !strings.Contains(page, "&lt;dan&gt; ASEAN") && !strings.Contains(page, "&lt;dan&gt; <mark") {
		t.Errorf("text not escaped")
	}
	var stack []string
	tag := regexp.MustCompile(`<(/?)(span|mark|div|ol|li|a|table|tr|td|th|b|h1|h2|p)\b[^>]*>`)
	for _, m := range tag.FindAllStringSubmatch(page, -1) {
		if m[1] == "" {
			stack = append(stack, m[2])
			continue
		}
		if len(stack) == 0 || stack[len(stack)-1] != m[2] {
			t.Fatalf("</%s> closes %v", m[2], stack)
		}
		stack = stack[:len(stack)-1]
	}
	if len(stack) > 0 {
		t.Errorf("unclosed %v", stack)
	}
	for _, want := range []string{`class="who"`, "Vladimir Putin", `id="q3"`, "Who said what", `class="spk"`} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
}

// TestRenderCrossing checks that spans of different layers that cross are cut and opened
// again, and that bad spans are dropped, never panicking.
func TestRenderCrossing(t *testing.T) {
	text := "ab “cd ef” gh"
	q := entity.Quote{Start: 3, End: 14, Text: text[3:14]}
	ents := []entity.Entity{
		{Type: entity.Person, Start: 7, End: 16, Text: text[7:16]}, // crosses the quote's end
		{Type: entity.Person, Start: 0, End: 99},                   // out of range
		{Type: entity.Person, Start: 4, End: 5},                    // inside “: not a boundary
	}
	var b strings.Builder
	renderText(&b, text, ents, []entity.Quote{q})
	got := b.String()
	want := `ab <span class="q" id="q1">“c<mark class="e t-PERSON" title="PERSON: ">d ef”</mark></span><span class="who none" title="no speaker found">?</span><mark class="e t-PERSON" title="PERSON: "> g<span class="l">PERSON</span></mark>h`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestHTMLIndex(t *testing.T) {
	dir := t.TempDir()
	a, b := sampleDoc(t), sampleDoc(t)
	b.rel = "sub/other.txt"
	formatDocs(t, "html", outputConfig{outDir: dir}, a, b)
	index, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`href="sample.html"`, `href="sub/other.html"`, "2 documents"} {
		if !strings.Contains(string(index), want) {
			t.Errorf("index lacks %s", want)
		}
	}
	page, err := os.ReadFile(filepath.Join(dir, "sub", "other.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), `href="../index.html"`) {
		t.Errorf("page in a subfolder does not link back to ../index.html")
	}
}

func TestConllTags(t *testing.T) {
	out := formatDocs(t, "conll", outputConfig{}, sampleDoc(t))
	for _, want := range []string{"# file = sample.txt\n", "Vladimir\tB-LEADER\nPutin\tI-LEADER\n", "menerima\tO\n", "Rusia\tB-COUNTRY\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("conll output lacks %q", want)
		}
	}
	if !strings.Contains(out, "Kremlin\tB-LOCATION\n.\tO\n\n“\tO\n") {
		t.Errorf("no blank line between sentences")
	}
}

func TestOutputNames(t *testing.T) {
	var n outputNames
	for _, tc := range []struct {
		d    *document
		want string
	}{
		{&document{item: item{rel: "a/b.txt"}}, "a/b.html"},
		{&document{item: item{rel: "a/b.txt"}}, "a/b-2.html"},
		{&document{item: item{rel: "../x y.txt"}}, "_/x_y.html"},
		{&document{item: item{rel: "c-3"}, id: json.RawMessage(`"id/with:odd*chars"`)}, "id_with_odd_chars.html"},
		{&document{item: item{rel: "c-4"}, id: json.RawMessage(`42`)}, "42.html"},
		{&document{item: item{rel: "corpus.jsonl"}, line: 7}, "corpus-7.html"},
	} {
		if got := filepath.ToSlash(n.name(tc.d, ".html")); got != tc.want {
			t.Errorf("name(%q, %s) = %q, want %q", tc.d.rel, tc.d.id, got, tc.want)
		}
	}
}

func TestOneLine(t *testing.T) {
	if got := oneLine("a\n\n  b", 10); got != "a b" {
		t.Errorf("got %q", got)
	}
	long := strings.Repeat("é", 50) + strings.Repeat("x", 50) + "END"
	got := oneLine(long, 30)
	if n := len([]rune(got)); n > 30 || !strings.HasSuffix(got, "END") || !strings.HasPrefix(got, "éé") {
		t.Errorf("got %q (%d chars)", got, n)
	}
}
