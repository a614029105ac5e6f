package main

import (
	"errors"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"z.txt": "z", "d/b.txt": "b", "d/a.txt": "a", "d/e/c.txt": "c", "d/a.marked.txt": "m",
		"d/c.jsonl": "{}", "d/skip.tsv": "x",
	})
	items := expand([]string{filepath.Join(dir, "z.txt"), filepath.Join(dir, "d"), "-", filepath.Join(dir, "none")}, false)
	var got []string
	for _, it := range items {
		s := filepath.ToSlash(it.rel)
		if it.err != nil {
			s = "ERR"
			if !errors.Is(it.err, fs.ErrNotExist) {
				t.Errorf("error %v", it.err)
			}
		}
		got = append(got, s)
	}
	if want := "z.txt a.txt b.txt e/c.txt stdin ERR"; strings.Join(got, " ") != want {
		t.Errorf("got %v, want %s", got, want)
	}
	if items[0].size != 1 || items[4].size != -1 {
		t.Errorf("sizes %d %d", items[0].size, items[4].size)
	}
	jl := expand([]string{filepath.Join(dir, "d")}, true)
	if len(jl) != 1 || jl[0].rel != "c.jsonl" {
		t.Errorf("jsonl: %+v", jl)
	}
	if got := expand(nil, false); len(got) != 1 || got[0].name != "-" {
		t.Errorf("no arguments: %+v", got)
	}
}

func TestInvalidUTF8(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"", -1}, {"abc", -1}, {"“é”", -1}, {"ab\xff", 2}, {"\xe2\x80", 0}, {"a“\xe2\x80", 4}, {"\uFFFD ok", -1},
	} {
		if got := invalidUTF8(tc.s); got != tc.want {
			t.Errorf("invalidUTF8(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

func TestDecodeRecord(t *testing.T) {
	for _, tc := range []struct {
		raw, id, text, err string
	}{
		{`{"id":"x","text":"halo"}`, "x", "halo", ""},
		{`{"id":12,"text":"halo"}`, "12", "halo", ""},
		{`{"id":null,"text":"halo"}`, "", "halo", ""},
		{`{"text":""}`, "", "", ""},
		{`{"text":5}`, "", "", `f.jsonl:3: field "text" is not a string`},
		{`["text"]`, "", "", "f.jsonl:3: malformed JSON"},
		{`{"id":"x"}`, "x", "", `f.jsonl:3: no "text" field`},
		{"{\"text\":\"a\xff\"}", "", "", "f.jsonl:3: not valid UTF-8"},
	} {
		d := &document{item: item{name: "f.jsonl"}, line: 3, raw: []byte(tc.raw), field: "text"}
		err := d.decode()
		if tc.err != "" {
			if err == nil || !strings.HasPrefix(err.Error(), tc.err) {
				t.Errorf("%s: err %v, want %s", tc.raw, err, tc.err)
			}
			continue
		}
		if err != nil || d.idText() != tc.id || d.text != tc.text {
			t.Errorf("%s: id %q text %q err %v", tc.raw, d.idText(), d.text, err)
		}
	}
}
