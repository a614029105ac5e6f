package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/entitas-id/entitas/tokenize"
)

// article is a test article of the repository.
const article = "../../testdata/articles/01-rudal-korut.txt"

// runCmd runs the command line with args and stdin and returns its exit status and output.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(stdin), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// jsonLines decodes -format jsonl output.
func jsonLines(t *testing.T, out string) []jsonDoc {
	t.Helper()
	var docs []jsonDoc
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var d jsonDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("bad JSON line %q: %v", sc.Text(), err)
		}
		docs = append(docs, d)
	}
	return docs
}

// writeFiles makes files under dir from a map of relative path to content.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func files(docs []jsonDoc) []string {
	var names []string
	for _, d := range docs {
		names = append(names, filepath.ToSlash(d.File))
	}
	return names
}

func TestRunArticleFormats(t *testing.T) {
	data, err := os.ReadFile(article)
	if err != nil {
		t.Skip(err)
	}
	text := string(data)
	t.Run("jsonl", func(t *testing.T) {
		code, out, errs := runCmd(t, "", "-format", "jsonl", article)
		if code != 0 || errs != "" {
			t.Fatalf("exit %d: %s", code, errs)
		}
		docs := jsonLines(t, out)
		if len(docs) != 1 || docs[0].File != article || len(docs[0].Entities) == 0 {
			t.Fatalf("got %+v", docs)
		}
		for _, e := range docs[0].Entities {
			if text[e.Start:e.End] != e.Text || e.Type == "" || e.ID == "" || e.Source == "" {
				t.Errorf("bad entity %+v", e)
			}
		}
		for _, q := range docs[0].Quotes {
			if text[q.Start:q.End] != q.Text {
				t.Errorf("bad quote %+v", q)
			}
		}
	})
	t.Run("json", func(t *testing.T) {
		code, out, _ := runCmd(t, "", "-format", "json", article, article)
		dec := json.NewDecoder(strings.NewReader(out))
		n := 0
		for dec.More() {
			var d jsonDoc
			if err := dec.Decode(&d); err != nil {
				t.Fatal(err)
			}
			n++
		}
		if code != 0 || n != 2 || !strings.HasPrefix(out, "{\n  \"file\": ") {
			t.Errorf("exit %d, %d objects, output starts %.30q", code, n, out)
		}
	})
	t.Run("text", func(t *testing.T) {
		code, out, _ := runCmd(t, "", article) // the default format
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if code != 0 || !strings.HasPrefix(lines[0], article+": ") {
			t.Fatalf("exit %d: %s", code, out)
		}
		entry := regexp.MustCompile(`^  [A-Z]+ +\S.*  \[\d+:\d+\]`)
		for _, l := range lines[1:] {
			if !entry.MatchString(l) {
				t.Errorf("line %q", l)
			}
		}
	})
	t.Run("conll", func(t *testing.T) {
		code, out, _ := runCmd(t, "", "-format", "conll", article)
		doc := tokenize.Tokenize(text)
		var toks, blanks int
		for _, l := range strings.Split(out, "\n")[1:] {
			switch {
			case l == "":
				blanks++
			case regexp.MustCompile(`^\S+\t(O|[BI]-[A-Z]+)$`).MatchString(l):
				toks++
			default:
				t.Errorf("line %q", l)
			}
		}
		if code != 0 || toks != len(doc.Tokens) || blanks != len(doc.Sentences)+1 {
			t.Errorf("exit %d, %d tokens (want %d), %d blank lines (want %d)", code, toks, len(doc.Tokens), blanks, len(doc.Sentences)+1)
		}
	})
	t.Run("brat", func(t *testing.T) {
		dir := t.TempDir()
		txt := filepath.Join(dir, "a.txt")
		writeFiles(t, dir, map[string]string{"a.txt": text})
		if code, _, errs := runCmd(t, "", "-format", "brat", txt); code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		ann, err := os.ReadFile(filepath.Join(dir, "a.ann"))
		if err != nil || !strings.HasPrefix(string(ann), "T1\t") {
			t.Fatalf("a.ann: %v %.40q", err, ann)
		}
		out := filepath.Join(dir, "out")
		if code, _, errs := runCmd(t, "", "-format", "brat", "-out", out, txt); code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		for _, f := range []string{"a.txt", "a.ann", "annotation.conf"} {
			if _, err := os.Stat(filepath.Join(out, f)); err != nil {
				t.Error(err)
			}
		}
	})
	t.Run("html", func(t *testing.T) {
		code, out, _ := runCmd(t, "", "-format", "html", article)
		if code != 0 || !strings.HasPrefix(out, "<!DOCTYPE html>") || !strings.Contains(out, `class="e t-COUNTRY"`) {
			t.Errorf("exit %d, page %.60q", code, out)
		}
		if code, _, errs := runCmd(t, "", "-format", "html", article, article); code != 2 || !strings.Contains(errs, "-out") {
			t.Errorf("two documents without -out: exit %d, %s", code, errs)
		}
		dir := t.TempDir()
		if code, _, errs := runCmd(t, "", "-format", "html", "-out", dir, article, article); code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		names, _ := filepath.Glob(filepath.Join(dir, "*.html"))
		if len(names) != 3 {
			t.Errorf("pages %v, want index and two", names)
		}
	})
}

// TestTokensFormat pins -format tokens, which ../shared/tools/ud_eval.py reads.
func TestTokensFormat(t *testing.T) {
	code, out, _ := runCmd(t, "Halo, “dunia”.", "-format", "tokens")
	want := `{"file":"-","tokens":[{"text":"Halo","start":0,"end":4,"kind":"word"},{"text":",","start":4,"end":5,"kind":"punct"},` +
		`{"text":"“","start":6,"end":9,"kind":"open_quote"},{"text":"dunia","start":9,"end":14,"kind":"word"},` +
		`{"text":"”","start":14,"end":17,"kind":"close_quote"},{"text":".","start":17,"end":18,"kind":"punct"}],` +
		`"sentences":[{"start":0,"end":18}]}` + "\n"
	if code != 0 || out != want {
		t.Errorf("exit %d\ngot  %s\nwant %s", code, out, want)
	}
}

func TestRunDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b/2.txt":        "Presiden Joko Widodo tiba di Surabaya.",
		"a/1.txt":        "Menlu Sugiono bertemu Menlu Singapura.",
		"c.txt":          "Warga Jakarta menonton.",
		"a/x.marked.txt": "⟦LOCATION|Jakarta⟧",
		"a/notes.md":     "Jakarta",
	})
	code, out, errs := runCmd(t, "", "-format", "jsonl", "-j", "3", dir)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d: %s", code, errs)
	}
	got := strings.Join(files(jsonLines(t, out)), " ")
	want := strings.Join([]string{dir + "/a/1.txt", dir + "/b/2.txt", dir + "/c.txt"}, " ")
	if got != filepath.ToSlash(want) {
		t.Errorf("files\ngot  %s\nwant %s", got, want)
	}
}

func TestRunStdin(t *testing.T) {
	for _, args := range [][]string{{"-format", "jsonl"}, {"-format", "jsonl", "-"}} {
		code, out, _ := runCmd(t, "Presiden Rusia Vladimir Putin tiba di Jakarta.", args...)
		docs := jsonLines(t, out)
		if code != 0 || len(docs) != 1 || docs[0].File != "-" || len(docs[0].Entities) == 0 {
			t.Errorf("%v: exit %d, %s", args, code, out)
		}
	}
}

func TestRunErrorsContinue(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"good1.txt": "Warga Jakarta menonton.",
		"bad.txt":   "Warga \xff\xfe Jakarta",
		"good2.txt": "Warga Surabaya menonton.",
	})
	p := func(n string) string { return filepath.Join(dir, n) }
	code, out, errs := runCmd(t, "", "-format", "jsonl", p("good1.txt"), p("missing.txt"), p("bad.txt"), p("good2.txt"))
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if got := files(jsonLines(t, out)); len(got) != 2 || got[0] != filepath.ToSlash(p("good1.txt")) || got[1] != filepath.ToSlash(p("good2.txt")) {
		t.Errorf("processed %v", got)
	}
	for _, want := range []string{p("missing.txt") + ": no such file or directory", p("bad.txt") + ": not valid UTF-8 (byte 6)"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
}

func TestRunJSONL(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "c.jsonl")
	writeFiles(t, dir, map[string]string{"c.jsonl": `{"id": "a", "text": "Warga Jakarta menonton."}` + "\n" +
		`{"id": "b", "text": ` + "\n" + // malformed
		"\n" + // blank: skipped
		`{"id": 7, "body": "Warga Surabaya."}` + "\n" + // no text field
		`{"text": "Presiden Joko Widodo."}` + "\r\n" + // no id, CRLF
		`{"id": "e", "text": "Warga Medan."}`, // no final newline
	})
	code, out, errs := runCmd(t, "", "-input", "jsonl", "-format", "jsonl", "-j", "2", corpus)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{corpus + ":2: malformed JSON", corpus + `:4: no "text" field`} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("want 3 documents, got %q", out)
	}
	for i, prefix := range []string{`{"file":"` + corpus + `","id":"a",`, `{"file":"` + corpus + `","entities"`, `{"file":"` + corpus + `","id":"e",`} {
		if !strings.HasPrefix(lines[i], prefix) {
			t.Errorf("line %d = %.80s, want prefix %s", i+1, lines[i], prefix)
		}
	}
	// -text-field, and standard input.
	code, out, _ = runCmd(t, `{"id": 7, "body": "Warga Surabaya."}`+"\n", "-input", "jsonl", "-text-field", "body", "-format", "jsonl")
	if code != 0 || !strings.HasPrefix(out, `{"file":"-","id":7,`) {
		t.Errorf("exit %d: %s", code, out)
	}
}

func TestRunOrder(t *testing.T) {
	dir := t.TempDir()
	var args, want []string
	for i := range 60 {
		name := filepath.Join(dir, fmt.Sprintf("%02d.txt", i))
		// Sizes vary so that workers finish out of order.
		text := strings.Repeat("Presiden Joko Widodo tiba di Surabaya. ", 1+(i*37)%50)
		writeFiles(t, dir, map[string]string{filepath.Base(name): text})
		args = append(args, name)
		want = append(want, filepath.ToSlash(name))
	}
	code, out, _ := runCmd(t, "", append([]string{"-format", "jsonl", "-j", "4"}, args...)...)
	if got := files(jsonLines(t, out)); code != 0 || strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("exit %d, order %v", code, got)
	}
}

func TestRunTypes(t *testing.T) {
	if _, err := os.Stat(article); err != nil {
		t.Skip(err)
	}
	code, out, _ := runCmd(t, "", "-format", "jsonl", "-types", "LEADER,person", article)
	docs := jsonLines(t, out)
	if code != 0 || len(docs) != 1 || len(docs[0].Entities) == 0 {
		t.Fatalf("exit %d: %s", code, out)
	}
	for _, e := range docs[0].Entities {
		if e.Type != "LEADER" && e.Type != "PERSON" {
			t.Errorf("-types LEADER,PERSON kept %s %q", e.Type, e.Text)
		}
	}
	if code, _, errs := runCmd(t, "", "-types", "LEADER,KING", article); code != 2 || !strings.Contains(errs, `"KING"`) {
		t.Errorf("bad type: exit %d, %s", code, errs)
	}
}

func TestRunGazetteer(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"good.tsv": "# test\nPERSON\tper:budi-santoso-x\tBudi Santosoputra\t\trole=Kepala Desa\n",
		"bad.tsv":  "# test\nPERSON\tper:a\tA\n",
	})
	code, out, errs := runCmd(t, "Kemarin Budi Santosoputra datang.", "-format", "jsonl", "-gazetteer", filepath.Join(dir, "good.tsv"))
	docs := jsonLines(t, out)
	if code != 0 || len(docs) != 1 {
		t.Fatalf("exit %d: %s %s", code, out, errs)
	}
	found := false
	for _, e := range docs[0].Entities {
		found = found || e.ID == "per:budi-santoso-x"
	}
	if !found {
		t.Errorf("user entry not found: %+v", docs[0].Entities)
	}
	bad := filepath.Join(dir, "bad.tsv")
	code, out, errs = runCmd(t, "Jakarta", "-gazetteer", filepath.Join(dir, "good.tsv"), "-gazetteer", bad)
	if code != 2 || out != "" || !strings.Contains(errs, bad+":2: ") {
		t.Errorf("bad gazetteer: exit %d, stdout %q, stderr %s", code, out, errs)
	}
	if code, _, errs := runCmd(t, "Jakarta", "-gazetteer", filepath.Join(dir, "none.tsv")); code != 2 || !strings.Contains(errs, "none.tsv") {
		t.Errorf("missing gazetteer: exit %d, %s", code, errs)
	}
}

func TestRunUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"-h"}, 0, "usage: entitas"},
		{[]string{"-format", "xml"}, 2, `unknown -format "xml"`},
		{[]string{"-input", "csv"}, 2, `unknown -input "csv"`},
		{[]string{"-j", "0"}, 2, "-j 0"},
		{[]string{"-nosuchflag"}, 2, "flag provided but not defined"},
		{[]string{"-out", "/tmp/x", "-format", "jsonl"}, 2, "-out is for"},
		{[]string{"-input", "jsonl", "-format", "brat"}, 2, "needs -out"},
		{[]string{"eval"}, 2, "usage: entitas eval"},
		{[]string{"eval", "-h"}, 0, "usage: entitas eval"},
	} {
		code, _, errs := runCmd(t, "", tc.args...)
		if code != tc.code || !strings.Contains(errs, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tc.args, code, errs, tc.code, tc.want)
		}
	}
}

// TestUsageDocumentsEveryFlag checks that -h explains each flag with an example command.
func TestUsageDocumentsEveryFlag(t *testing.T) {
	var o options
	var types string
	var gaz listFlag
	fs := newFlagSet(&o, &types, &gaz, &bytes.Buffer{})
	n := 0
	fs.VisitAll(func(f *flag.Flag) {
		n++
		i := strings.Index(usage, "\n  -"+f.Name+" ")
		if i < 0 {
			t.Errorf("-h does not document -%s", f.Name)
			return
		}
		rest := usage[i+1:]
		if j := strings.Index(rest[1:], "\n  -"); j >= 0 {
			rest = rest[:j+1]
		}
		if !strings.Contains(rest, "e.g. entitas ") {
			t.Errorf("-h gives no example for -%s", f.Name)
		}
	})
	if n < 7 {
		t.Errorf("only %d flags", n)
	}
}
