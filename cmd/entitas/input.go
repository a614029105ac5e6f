package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"unicode/utf8"

	"github.com/entitas-id/entitas/entity"
	"github.com/entitas-id/entitas/internal/jsonlines"
	"github.com/entitas-id/entitas/tokenize"
)

// An item is one input file after the command line's arguments are expanded: a named file,
// a file found under a named folder, or standard input ("-").
type item struct {
	name string // the path to open, "-" for standard input
	rel  string // the name for output files: the path below the named folder, or the base name
	size int64  // bytes, -1 when unknown
	err  error  // the file or folder could not be listed
	// inDir is set for a file found in a folder: it is read only if it is a regular file,
	// so that a named pipe or a device among the files never blocks the run.
	inDir bool
}

// expand turns the arguments into input files in order: a folder becomes the *.txt files
// below it (*.jsonl with -input jsonl) in name order; no argument means standard input.
// Files that cannot be found are kept as items with an error, so that they are reported in
// their place and the others are still read.
func expand(args []string, jsonl bool) []item {
	if len(args) == 0 {
		args = []string{"-"}
	}
	var items []item
	for _, a := range args {
		if a == "-" {
			items = append(items, item{name: "-", rel: "stdin", size: -1})
			continue
		}
		fi, err := os.Stat(a)
		if err != nil {
			items = append(items, item{name: a, size: -1, err: pathError(a, err)})
			continue
		}
		if !fi.IsDir() {
			items = append(items, item{name: a, rel: filepath.Base(a), size: fi.Size()})
			continue
		}
		err = filepath.WalkDir(a, func(p string, de fs.DirEntry, err error) error {
			if err != nil {
				items = append(items, item{name: p, size: -1, err: pathError(p, err)})
				return nil // go on with the rest of the folder
			}
			if de.IsDir() || !wanted(de.Name(), jsonl) {
				return nil
			}
			it := item{name: p, size: -1, inDir: true}
			info, err := os.Stat(p) // follows a symbolic link, as reading the file will
			switch {
			case err != nil:
				it.err = pathError(p, err)
			case !info.Mode().IsRegular():
				it.err = notRegular(p, info.Mode())
			default:
				it.size = info.Size()
			}
			if it.rel, err = filepath.Rel(a, p); err != nil {
				it.rel = filepath.Base(p)
			}
			items = append(items, it)
			return nil
		})
		if err != nil {
			items = append(items, item{name: a, size: -1, err: pathError(a, err)})
		}
	}
	return items
}

// wanted reports whether a file found in a folder is an input: *.txt files, except the
// gold-markup *.marked.txt files that sit beside articles; *.jsonl files for JSON Lines.
func wanted(name string, jsonl bool) bool {
	if jsonl {
		return strings.HasSuffix(name, ".jsonl")
	}
	return strings.HasSuffix(name, ".txt") && !strings.HasSuffix(name, ".marked.txt")
}

// notRegular is the error for a file in a folder that is not a regular file: a named pipe,
// a socket or a device, which may block or never end when read.
func notRegular(name string, mode fs.FileMode) error {
	kind := ""
	switch {
	case mode&fs.ModeNamedPipe != 0:
		kind = "a named pipe, "
	case mode&fs.ModeSocket != 0:
		kind = "a socket, "
	case mode&fs.ModeDevice != 0:
		kind = "a device, "
	case mode.IsDir():
		kind = "a folder, "
	}
	return fmt.Errorf("%s: %snot a regular file; skipped", name, kind)
}

// openRegular opens the file at name for reading if it is a regular file. It opens the
// file without blocking, so that a named pipe put in its place after the folder was listed
// is reported instead of waiting forever for a writer.
func openRegular(name string) (*os.File, fs.FileInfo, error) {
	f, err := os.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, nil, pathError(name, err)
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, pathError(name, err)
	}
	if !info.Mode().IsRegular() {
		f.Close()
		return nil, nil, notRegular(name, info.Mode())
	}
	return f, info, nil
}

// readRegular reads the whole file at name if it is a regular file; see openRegular.
func readRegular(name string) ([]byte, error) {
	f, info, err := openRegular(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b := make([]byte, 0, info.Size()+1)
	for {
		if len(b) == cap(b) { // the file grew since Stat
			b = append(b, 0)[:len(b)]
		}
		n, err := f.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return nil, pathError(name, err)
		}
	}
}

// pathError says what went wrong with a file as "NAME: reason".
func pathError(name string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%s: %w", name, err)
}

// A document is one text on its way through the pipeline: where it came from, its text,
// and what was found in it.
type document struct {
	item
	line int             // 1-based line of a JSON Lines record, 0 for a whole file
	id   json.RawMessage // the record's "id" field, nil when absent
	raw  []byte          // the JSON Lines record, decoded by a worker
	// field is the record's field that holds the text (-text-field).
	field     string
	text      string
	validText bool               // text is known to be valid UTF-8
	ent       *entity.Document   // the extraction, for every format but tokens
	tok       *tokenize.Document // the tokens, for -format tokens
	out       []byte             // the document's output, rendered by a worker
	done      chan struct{}      // closed when the worker is done with it
}

// where names the document in messages: FILE, or FILE:LINE for a JSON Lines record.
func (d *document) where() string {
	if d.line > 0 {
		return fmt.Sprintf("%s:%d", d.name, d.line)
	}
	return d.name
}

// idText returns the record's id as plain text: a string unquoted, a number as written.
func (d *document) idText() string {
	if len(d.id) == 0 {
		return ""
	}
	var s string
	if json.Unmarshal(d.id, &s) == nil {
		return s
	}
	return string(d.id)
}

// process reads and decodes the document if it has not been yet, then tokenizes it
// (tokensOnly) or extracts from it. Problems go into d.err.
func (d *document) process(x *entity.Extractor, tokensOnly bool) {
	if d.err != nil {
		return
	}
	switch {
	case d.raw != nil:
		d.err = d.decode()
		putBuffer(d.raw)
		d.raw = nil
	case d.inDir:
		b, err := readRegular(d.name)
		if err != nil {
			d.err = err
			return
		}
		d.text = string(b)
		d.size = int64(len(b))
	case d.name != "-":
		b, err := os.ReadFile(d.name)
		if err != nil {
			d.err = pathError(d.name, err)
			return
		}
		d.text = string(b)
		d.size = int64(len(b))
	}
	if d.err != nil {
		return
	}
	if !d.validText { // decode checks a record's UTF-8 as it reads it
		if i := invalidUTF8(d.text); i >= 0 {
			d.err = fmt.Errorf("%s: not valid UTF-8 (byte %d); skipped", d.where(), i)
			return
		}
	}
	if tokensOnly {
		d.tok = tokenize.Tokenize(d.text)
		return
	}
	d.ent = x.Extract(d.text)
}

// invalidUTF8 returns the offset of the first byte of s that is not valid UTF-8, or -1.
func invalidUTF8(s string) int {
	if utf8.ValidString(s) {
		return -1
	}
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				return i
			}
		}
	}
	return -1
}

// decode reads the text and id of a JSON Lines record, in one pass that also checks its
// syntax and its UTF-8.
func (d *document) decode() error {
	rec, err := jsonlines.Decode(d.raw, d.field)
	switch {
	case errors.Is(err, jsonlines.ErrUTF8):
		return fmt.Errorf("%s: %v; skipped", d.where(), err)
	case errors.Is(err, jsonlines.ErrNoField):
		return fmt.Errorf("%s: no %q field", d.where(), d.field)
	case errors.Is(err, jsonlines.ErrNull):
		return fmt.Errorf("%s: field %q is null, not a string", d.where(), d.field)
	case errors.Is(err, jsonlines.ErrNotString):
		return fmt.Errorf("%s: field %q is not a string", d.where(), d.field)
	case err != nil:
		return fmt.Errorf("%s: %v", d.where(), err)
	}
	d.id, d.text, d.validText = bytes.Clone(rec.ID), rec.Text, true // rec.ID is in d.raw, which is reused
	return nil
}

// readLine appends the next line of br to buf, with its "\n" if it has one.
func readLine(br *bufio.Reader, buf []byte) ([]byte, error) {
	for {
		chunk, err := br.ReadSlice('\n')
		buf = append(buf, chunk...)
		if err != bufio.ErrBufferFull {
			return buf, err
		}
	}
}

// A producer turns the input items into documents, in order.
type producer struct {
	items     []item
	stdin     io.Reader
	jsonl     bool
	textField string
}

// run hands each document to put, and stops early when put returns false.
func (p *producer) run(put func(*document) bool) {
	for _, it := range p.items {
		if it.err != nil {
			if !put(&document{item: it}) {
				return
			}
			continue
		}
		if p.jsonl {
			if !p.records(it, put) {
				return
			}
			continue
		}
		d := &document{item: it}
		if it.name == "-" { // standard input is read here: workers read named files
			b, err := io.ReadAll(p.stdin)
			if err != nil {
				d.err = fmt.Errorf("standard input: %w", err)
			}
			d.text, d.size = string(b), int64(len(b))
		}
		if !put(d) {
			return
		}
	}
}

// records streams the lines of a JSON Lines file as documents, without reading the whole
// file: a worker decodes each line. It returns false when put does.
func (p *producer) records(it item, put func(*document) bool) bool {
	var r io.Reader = p.stdin
	if it.name != "-" {
		var f *os.File
		var err error
		if it.inDir {
			f, _, err = openRegular(it.name)
		} else if f, err = os.Open(it.name); err != nil {
			err = pathError(it.name, err)
		}
		if err != nil {
			return put(&document{item: item{name: it.name, err: err}})
		}
		defer f.Close()
		r = f
	}
	br := bufio.NewReaderSize(r, 256<<10)
	for n := 1; ; n++ {
		line, err := readLine(br, getBuffer()) // the worker gives the buffer back
		if len(line) > 0 {
			size := int64(len(line))
			line = bytes.TrimRight(line, "\r\n")
			if len(bytes.TrimSpace(line)) > 0 {
				d := &document{item: it, line: n, raw: line, field: p.textField}
				d.size = size
				if !put(d) {
					return false
				}
			} else {
				putBuffer(line)
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			return put(&document{item: item{name: it.name, err: fmt.Errorf("%s:%d: %w", it.name, n, err)}})
		}
	}
}
