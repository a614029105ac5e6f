package main

import (
	"encoding/json"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/entitas-id/entitas/entity"
	"github.com/entitas-id/entitas/gazetteer"
)

// infoDoc is the answer of GET /v1/info.
type infoDoc struct {
	Name      string   `json:"name"`
	Version   string   `json:"version"`  // the module version, "(devel)" for a build from a checkout
	Revision  string   `json:"revision"` // the VCS revision built, "" when unknown
	Go        string   `json:"go"`
	Types     []string `json:"types"`
	Gazetteer struct {
		Entries int            `json:"entries"`
		ByType  map[string]int `json:"by_type"`
		Files   []infoFile     `json:"files"`
	} `json:"gazetteer"`
	Limits struct {
		MaxBytes       int64   `json:"max_bytes"`
		TimeoutSeconds float64 `json:"timeout_seconds"`
		Concurrency    int     `json:"concurrency"`
	} `json:"limits"`
}

// infoFile is one gazetteer file in /v1/info: how many entries it defines (an entry that
// a later file extends counts for the first), and the as-of date most of them have.
type infoFile struct {
	File    string `json:"file"`
	Entries int    `json:"entries"`
	AsOf    string `json:"as_of"`
}

// serviceInfo returns the JSON of GET /v1/info for extractor x and the limits of c.
func serviceInfo(x *entity.Extractor, c serveConfig) []byte {
	var v infoDoc
	v.Name = "entitas"
	v.Version = "(unknown)"
	v.Go = runtime.Version()
	if bi, ok := debug.ReadBuildInfo(); ok {
		v.Version = bi.Main.Version
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" {
				v.Revision = s.Value
			}
		}
	}
	for _, t := range gazetteer.Types() {
		v.Types = append(v.Types, t.String())
	}
	g := x.Gazetteer()
	v.Gazetteer.ByType = map[string]int{}
	for t, n := range g.Counts() {
		v.Gazetteer.ByType[t.String()] = n
		v.Gazetteer.Entries += n
	}
	v.Gazetteer.Files = gazetteerFiles(g.Entries())
	v.Limits.MaxBytes = c.maxBytes
	v.Limits.TimeoutSeconds = c.timeout.Seconds()
	v.Limits.Concurrency = c.concurrency
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		panic(err) // plain strings and numbers; a bug
	}
	return append(b, '\n')
}

// gazetteerFiles groups entries by the file that defined them, in the order files first
// appear. An entry's Source is "FILE:LINE", followed by ", FILE:LINE" for each line that
// extended it.
func gazetteerFiles(entries []*gazetteer.Entry) []infoFile {
	var files []infoFile
	dates := map[string]map[string]int{} // file → as-of → entries
	for _, e := range entries {
		first := e.Source[0]
		name := first
		if i := strings.LastIndexByte(first, ':'); i >= 0 {
			name = first[:i]
		}
		if dates[name] == nil {
			dates[name] = map[string]int{}
			files = append(files, infoFile{File: name})
		}
		dates[name][e.AsOf]++
		for i := range files {
			if files[i].File == name {
				files[i].Entries++
			}
		}
	}
	for i := range files {
		best := 0
		for d, n := range dates[files[i].File] {
			if d != "" && (n > best || n == best && d > files[i].AsOf) {
				files[i].AsOf, best = d, n
			}
		}
	}
	return files
}
