package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// A formatter writes documents in one output format, in two steps: render turns a
// document into its output, in the workers, concurrently; write puts that output out, in
// input order. Keeping write small keeps the ordered part of the pipeline from being the
// bottleneck.
type formatter interface {
	// render returns d's output. It must be safe for concurrent use.
	render(d *document) ([]byte, error)
	// write puts out d.out, the output render made. An error concerns this document only
	// and the run goes on, unless it is a *fatalError.
	write(d *document) error
	// close finishes the output after the last document.
	close() error
}

// stream is the write and close of the formats that print each document's output to
// standard output.
type stream struct{ w io.Writer }

func (s stream) write(d *document) error {
	_, err := s.w.Write(d.out)
	return err
}

func (s stream) close() error { return nil }

// outputConfig is what a formatter needs to know about where to write.
type outputConfig struct {
	stdout     io.Writer // buffered standard output
	outDir     string    // -out, "" if not given
	jsonlInput bool      // documents are JSON Lines records, with ids
}

// format is one value of -format.
type format struct {
	name       string
	tokensOnly bool // needs tokens only, not the extractor
	usesOut    bool // writes files, into -out DIR if given
	new        func(*outputConfig) (formatter, error)
}

// formats lists the output formats in the order -h shows them.
var formats = []format{
	{name: "text", new: newTextFormatter},
	{name: "json", new: func(c *outputConfig) (formatter, error) { return &jsonFormatter{stream{c.stdout}, true}, nil }},
	{name: "jsonl", new: func(c *outputConfig) (formatter, error) { return &jsonFormatter{stream{c.stdout}, false}, nil }},
	{name: "tokens", tokensOnly: true, new: func(c *outputConfig) (formatter, error) {
		return &tokensFormatter{stream{c.stdout}, c.jsonlInput}, nil
	}},
	{name: "conll", new: func(c *outputConfig) (formatter, error) { return conllFormatter{stream{c.stdout}}, nil }},
	{name: "brat", usesOut: true, new: newBratFormatter},
	{name: "html", usesOut: true, new: newHTMLFormatter},
}

func formatNames() []string {
	var names []string
	for _, f := range formats {
		names = append(names, f.name)
	}
	return names
}

func lookupFormat(name string) *format {
	for i := range formats {
		if formats[i].name == name {
			return &formats[i]
		}
	}
	return nil
}

// outputNames hands out file names under a folder, one per document, never the same twice.
type outputNames struct {
	used map[string]bool
}

var unsafeName = regexp.MustCompile(`[^\p{L}\p{N}._-]+`)

// outputBase returns the name of document d's output files, relative to the output
// folder and without extension: for a JSON Lines record its id, or else FILE-LINE; for a
// file its path below the folder named on the command line, without its extension.
func outputBase(d *document) string {
	if id := d.idText(); id != "" {
		return unsafeName.ReplaceAllString(id, "_")
	}
	base := strings.TrimSuffix(d.rel, filepath.Ext(d.rel))
	if d.line > 0 {
		base = fmt.Sprintf("%s-%d", base, d.line)
	}
	parts := strings.Split(filepath.ToSlash(base), "/")
	for i, p := range parts {
		parts[i] = unsafeName.ReplaceAllString(p, "_")
		if parts[i] == ".." || parts[i] == "." || parts[i] == "" {
			parts[i] = "_"
		}
	}
	return filepath.Join(parts...)
}

// name returns a file name for document d with the given extension: outputBase, and if
// that is already used, with "-2", "-3"… added.
func (n *outputNames) name(d *document, ext string) string {
	if n.used == nil {
		n.used = map[string]bool{}
	}
	base := outputBase(d)
	name := base
	for k := 2; n.used[name]; k++ {
		name = fmt.Sprintf("%s-%d", base, k)
	}
	n.used[name] = true
	return name + ext
}

// writeFile writes data to path, making its folder if needed. Any failure is a
// *fatalError: a write that fails in the output folder (a full disk, a folder made
// read-only) would fail for every document after it, so the run stops at the first with one
// message. A file left half-written is removed.
func writeFile(path string, data []byte) error {
	fail := func(err error) error { return &fatalError{pathError(path, err)} }
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fail(err)
	}
	f, err := createFile(path)
	if err != nil {
		return fail(err)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fail(err)
	}
	return nil
}

// createFile creates or truncates a file for writeFile; tests replace it to simulate a
// failing disk.
var createFile = func(path string) (io.WriteCloser, error) {
	return os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
}
