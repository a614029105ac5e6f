package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/entitas-id/entitas/entity"
	"github.com/entitas-id/entitas/entitytest"
	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/internal/conll"
	"github.com/entitas-id/entitas/internal/newscorpus"
)

// sharedDir returns ../shared beside the repository, or skips the test.
func sharedDir(t *testing.T) string {
	t.Helper()
	p, ok := newscorpus.SharedPath("tools")
	if !ok {
		t.Skip("../shared is absent")
	}
	return filepath.Dir(p)
}

func python(t *testing.T) string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is absent")
	}
	return py
}

// pyScore runs a Python scorer and returns its --json output as a map.
func pyScore(t *testing.T, args ...string) map[string]any {
	t.Helper()
	out, err := exec.Command(python(t), args...).Output()
	if err != nil {
		t.Fatalf("python3 %v: %v\n%s", args, err, out)
	}
	var v map[string]any
	if err := json.Unmarshal(out, &v); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	return v
}

// asMap turns a report into the map its JSON decodes to.
func asMap(t *testing.T, v any) map[string]any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func sameFigures(t *testing.T, what string, goFig, pyFig map[string]any) {
	t.Helper()
	if !reflect.DeepEqual(goFig, pyFig) {
		t.Errorf("%s: Go and Python disagree\nGo     %v\nPython %v", what, goFig, pyFig)
	}
}

// fakeExtractor writes a program that prints canned predictions, keyed by file base name,
// in -format jsonl, for the Python scorers to run instead of entitas.
func fakeExtractor(t *testing.T, preds map[string]jsonDoc) string {
	t.Helper()
	dir := t.TempDir()
	b, _ := json.Marshal(preds)
	if err := os.WriteFile(filepath.Join(dir, "preds.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	script := fmt.Sprintf(`#!%s
import json, os, sys
preds = json.load(open(%q))
for f in sys.argv[3:]:
    print(json.dumps(preds.get(os.path.basename(f), {"entities": [], "quotes": []})))
`, python(t), filepath.Join(dir, "preds.json"))
	p := filepath.Join(dir, "fake")
	if err := os.WriteFile(p, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

// fromJSON turns predictions in the output's JSON form back into an extraction.
func fromJSON(t *testing.T, v jsonDoc) *entity.Document {
	d := &entity.Document{}
	for _, e := range v.Entities {
		typ, err := gazetteer.ParseType(e.Type)
		if err != nil {
			t.Fatal(err)
		}
		d.Entities = append(d.Entities, entity.Entity{Type: typ, Text: e.Text, Start: e.Start, End: e.End})
	}
	for _, q := range v.Quotes {
		eq := entity.Quote{Text: q.Text, Start: q.Start, End: q.End}
		if s := q.Speaker; s != nil {
			eq.Speaker = &entity.Speaker{Text: s.Text, Name: s.Name}
		}
		d.Quotes = append(d.Quotes, eq)
	}
	return d
}

// TestMarkedScoreLikePython scores canned predictions, with every case the scorer treats
// specially, in Go and with score_marked.py, and compares the figures.
func TestMarkedScoreLikePython(t *testing.T) {
	shared := sharedDir(t)
	dir := t.TempDir()
	marked := "⟦LOCATION|JAKARTA⟧ – ⟪Retno Marsudi|“⟦COUNTRY|Rusia⟧ dan ⟦?ORGANIZATION|Uni Eropa⟧ kuat,”⟫ kata " +
		"Menlu ⟦LEADER|Retno Marsudi⟧. ⟪Retno Marsudi|“Kami siap.”⟫\n\n⟪Lim Soo-suk|“Tidak,”⟫ ujar ⟦PERSON|Lim Soo-suk⟧ " +
		"dari ⟦ORGANIZATION|Kementerian Luar Negeri⟧. ⟪pernyataan|“Cukup.”⟫ ⟦WEAPON|ICBM⟧ ⟦COUNTRY|Korea Utara⟧"
	path := filepath.Join(dir, "case.marked.txt")
	writeFiles(t, dir, map[string]string{"case.marked.txt": marked})
	d, err := entitytest.Parse(marked)
	if err != nil {
		t.Fatal(err)
	}
	d.Name = path
	span := func(s string, n int) (int, int) { return at(t, d.Text, s, n) }
	ent := func(typ, s string, n int) jsonEntity {
		a, b := span(s, n)
		return jsonEntity{Type: typ, Text: s, Start: a, End: b}
	}
	quote := func(a, b int, name, text string) jsonQuote {
		q := jsonQuote{Start: a, End: b, Text: d.Text[a:b]}
		if name != "" || text != "" {
			q.Speaker = &jsonSpeaker{Name: name, Text: text}
		}
		return q
	}
	q1a, q1b := span("“Rusia", 0)
	_, q1e := span("kuat,”", 0)
	q2a, q2b := span("“Kami siap.”", 0)
	q3a, q3b := span("“Tidak,”", 0)
	q4a, _ := span("“Cukup.”", 0)
	bad := ent("PERSON", "Lim", 0)
	bad.Text = "Lin" // a text that is not text[start:end]
	pred := jsonDoc{
		Entities: []jsonEntity{
			ent("LOCATION", "JAKARTA", 0),     // right
			ent("COUNTRY", "Rusia", 0),        // right
			ent("ORGANIZATION", "Eropa", 0),   // inside an optional span: ignored
			ent("PERSON", "Retno Marsudi", 0), // LEADER as PERSON: lenient only
			bad,                               // wrong span, bad offset
			ent("ORGANIZATION", "Kementerian Luar Negeri", 0), // right
			ent("ORGANIZATION", "Kementerian Luar Negeri", 0), // twice: a set counts it once
			ent("LOCATION", "Korea", 0),                       // wrong span
		},
		Quotes: []jsonQuote{
			quote(q1a, q1b, "", "nya"),           // far too short for quote 1: no match
			quote(q1a, q1e, "Retno Marsudi", ""), // quote 1, right speaker
			quote(q2a, q2b, "", "Marsudi"),       // quote 2, right speaker by its text
			quote(q3a, q3b-2, "Lim Soo-suk", ""), // quote 3, head "soo-suk" never matches
			quote(q4a, q4a+4, "", ""),            // quote 4 is not found: too short
		},
	}
	var rep entitytest.Report
	rep.Add(d, fromJSON(t, pred))
	goFig := asMap(t, rep.Summary())
	fake := fakeExtractor(t, map[string]jsonDoc{"case.marked.txt": pred})
	pyFig := pyScore(t, filepath.Join(shared, "tools", "score_marked.py"), fake, path, "--json")
	sameFigures(t, "canned predictions", goFig, pyFig)
	if goFig["bad_offsets"] != 1.0 || goFig["quote_recall"] != 0.75 {
		t.Errorf("figures %v", goFig)
	}
}

// TestConllScoreLikePython does the same for conll_eval.py.
func TestConllScoreLikePython(t *testing.T) {
	shared := sharedDir(t)
	dir := t.TempDir()
	goldText := "Presiden NOUN O\nJoko PROPN B-PER\nWidodo PROPN I-PER\ndi ADP O\nJawa PROPN B-LOC\nTimur PROPN I-LOC\n\n" +
		"\r\nKPK B-ORG\nmemeriksa O\nBank B-ORG\nIndonesia I-ORG\n.\tO\n\n\n" +
		"Warga O\nAmerika B-LOC\nSerikat I-LOC\nS-X I-LOC\n"
	path := filepath.Join(dir, "gold.conll")
	writeFiles(t, dir, map[string]string{"gold.conll": goldText})
	text, err := readGold(path)
	if err != nil {
		t.Fatal(err)
	}
	sents := conll.Parse(text)
	if len(sents) != 3 {
		t.Fatalf("%d sentences", len(sents))
	}
	e := func(typ, text, s string, n int) jsonEntity {
		a, b := at(t, text, s, n)
		return jsonEntity{Type: typ, Text: s, Start: a, End: b}
	}
	texts := make([]string, len(sents))
	for i, s := range sents {
		texts[i] = s.Text()
	}
	preds := []jsonDoc{
		{Entities: []jsonEntity{e("LEADER", texts[0], "Joko Widodo", 0), e("LOCATION", texts[0], "Jawa", 0), e("WEAPON", texts[0], "Timur", 0)}},
		{Entities: []jsonEntity{e("ORGANIZATION", texts[1], "KPK", 0), e("PERSON", texts[1], "Bank Indonesia", 0), e("ORGANIZATION", texts[1], "ank", 0), e("ORGANIZATION", texts[1], "ank I", 0), e("ORGANIZATION", texts[1], "ndonesia", 0)}},
		{Entities: []jsonEntity{e("COUNTRY", texts[2], "Amerika Serikat S-X", 0)}},
	}
	var ev conllEval
	k := 0
	ev.score(path, sents, 0, func(string) []entity.Entity {
		k++
		return fromJSON(t, preds[k-1]).Entities
	}, nil)
	goFig := asMap(t, ev.tally.Report(ev.sentences))
	canned := map[string]jsonDoc{}
	for i, p := range preds {
		canned[fmt.Sprintf("%05d.txt", i)] = p
	}
	fake := fakeExtractor(t, canned)
	pyFig := pyScore(t, filepath.Join(shared, "tools", "conll_eval.py"), path, "--json", "--", fake)
	sameFigures(t, "canned predictions", goFig, pyFig)
}

// TestEvalAgreesWithPython runs entitas eval and the Python scorers, over the real
// extractor, on the seed article and the first 200 sentences of the idner-news-2k dev set.
func TestEvalAgreesWithPython(t *testing.T) {
	shared := sharedDir(t)
	python(t)
	bin := filepath.Join(t.TempDir(), "entitas")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	goEval := func(args ...string) map[string]any {
		out, err := exec.Command(bin, append([]string{"eval", "-json"}, args...)...).Output()
		if err != nil {
			t.Fatalf("entitas eval %v: %v", args, err)
		}
		var v map[string]map[string]any
		if err := json.Unmarshal(out, &v); err != nil {
			t.Fatal(err)
		}
		for _, fig := range v {
			return fig
		}
		return nil
	}
	seed := filepath.Join(shared, "seed", "seed-article.marked.txt")
	sameFigures(t, "seed article", goEval(seed),
		pyScore(t, filepath.Join(shared, "tools", "score_marked.py"), bin, seed, "--json"))
	dev := filepath.Join(shared, "eval", "idner-news-2k", "dev.txt")
	sameFigures(t, "idner-news-2k dev, 200 sentences", goEval("-limit", "200", dev),
		pyScore(t, filepath.Join(shared, "tools", "conll_eval.py"), dev, "--json", "--limit", "200", "--", bin))
}

func TestEvalCommand(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.marked.txt": "Presiden ⟦COUNTRY|Rusia⟧ ⟦LEADER|Vladimir Putin⟧ tiba di ⟦LOCATION|Jakarta⟧.",
		"b.conll":      "Presiden O\nRusia B-LOC\nVladimir B-PER\nPutin I-PER\n",
		"c.txt":        "no columns here\n",
		"d.marked.txt": "⟦COUNTRY|Rusia",
	})
	p := func(n string) string { return filepath.Join(dir, n) }
	code, out, errs := runCmd(t, "", "eval", p("a.marked.txt"), p("b.conll"))
	if code != 0 || !strings.Contains(out, "CoNLL ") || !strings.Contains(out, "marked ") || !strings.Contains(out, "macro F1") {
		t.Errorf("exit %d: %s %s", code, out, errs)
	}
	code, out, _ = runCmd(t, "", "eval", "-json", "-show", p("a.marked.txt"))
	if code != 0 || !strings.Contains(out, `{"marked":{"entity_p":`) {
		t.Errorf("exit %d: %s", code, out)
	}
	code, out, errs = runCmd(t, "", "eval", p("a.marked.txt"), p("c.txt"), p("d.marked.txt"), p("none.conll"))
	if code != 1 || out != "" {
		t.Errorf("bad gold files: exit %d, stdout %q", code, out)
	}
	for _, want := range []string{p("c.txt") + ": neither", p("d.marked.txt") + ": byte 0: markup left open", p("none.conll") + ": no such file"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	var buf bytes.Buffer
	if code := run([]string{"eval", "-limit", "-1", p("b.conll")}, nil, &buf, &buf); code != 2 {
		t.Errorf("-limit -1: exit %d", code)
	}
}
