package gazetteer

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Sentinel errors, wrapped by the *Error values the parser returns.
var (
	ErrSyntax    = errors.New("gazetteer: syntax error")
	ErrType      = errors.New("gazetteer: unknown type")
	ErrDuplicate = errors.New("gazetteer: duplicate")
	ErrReference = errors.New("gazetteer: unresolved reference")
)

// Error is a problem in a data file, with the place where it was found.
type Error struct {
	File string // the name given to Parse
	Line int    // 1-based line number, 0 when the problem concerns no single line
	Err  error  // what went wrong; wraps one of the sentinel errors
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// ParseFile reads entries from the file at path; see Parse.
func ParseFile(path string) ([]Entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Parse(f, path)
}

// Parse reads entries in the gazetteer's text format from r; name is used in errors and in
// each entry's Source. The format is one entry a line, five fields separated by tabs:
//
//	TYPE	ID	NAME	ALIASES	ATTRIBUTES
//
// ALIASES are separated by "|"; ATTRIBUTES are key=value pairs separated by ";" with keys
// country, role, parent, asof and former. Lines starting with "#" and blank lines are
// skipped; a comment line "# as-of: DATE" sets the default AsOf of the entries after it.
// A UTF-8 byte order mark at the start of r is skipped. A line longer than MaxLine bytes is
// an error, and the lines after it are still checked.
// Parse returns every problem it finds, joined, and no entries when there is any.
func Parse(r io.Reader, name string) ([]Entry, error) {
	var (
		entries []Entry
		errs    []error
		asOf    string
		ids     = map[string]int{}
	)
	fail := func(line int, format string, args ...any) {
		errs = append(errs, &Error{File: name, Line: line, Err: fmt.Errorf(format, args...)})
	}
	lr := lineReader{r: bufio.NewReaderSize(r, 64<<10)}
	for n := 1; ; n++ {
		line, tooLong, ok := lr.next()
		if !ok {
			break
		}
		if n == 1 {
			line = strings.TrimPrefix(line, bom)
		}
		line = strings.TrimSuffix(line, "\r")
		if tooLong {
			fail(n, "%w: line longer than %d bytes", ErrSyntax, MaxLine)
			continue
		}
		if !utf8.ValidString(line) {
			fail(n, "%w: invalid UTF-8", ErrSyntax)
			continue
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		if strings.HasPrefix(line, "#") {
			if v, ok := strings.CutPrefix(line, "# as-of:"); ok {
				asOf = strings.TrimSpace(v)
			}
			continue
		}
		// the fields, cut without a slice for them
		if c := strings.Count(line, "\t") + 1; c != 5 {
			fail(n, "%w: %d tab-separated fields, want 5 (TYPE ID NAME ALIASES ATTRIBUTES)", ErrSyntax, c)
			continue
		}
		var f [5]string
		rest := line
		for i := range 4 {
			f[i], rest, _ = strings.Cut(rest, "\t")
		}
		f[4] = rest
		for i, v := range f {
			if v != strings.TrimSpace(v) {
				fail(n, "%w: field %d has leading or trailing space", ErrSyntax, i+1)
			}
		}
		typ, err := ParseType(f[0])
		if err != nil {
			fail(n, "%w", err)
			continue
		}
		e := Entry{Type: typ, ID: f[1], Name: f[2], AsOf: asOf, Source: []string{name + ":" + strconv.Itoa(n)}}
		if e.ID == "" {
			fail(n, "%w: empty id", ErrSyntax)
			continue
		}
		if !validID(e.ID) {
			fail(n, "%w: id %q: use lowercase letters, digits, ':' and '-' (countries: ISO alpha-2)", ErrSyntax, e.ID)
		}
		if prev, dup := ids[e.ID]; dup {
			fail(n, "%w id %q (first on line %d)", ErrDuplicate, e.ID, prev)
			continue
		}
		ids[e.ID] = n
		if e.Name == "" && typ != Country {
			fail(n, "%w: empty name", ErrSyntax)
		}
		if f[3] != "" {
			// the name and the aliases so far are looked through for a duplicate, or,
			// past a few, looked up in a set of them
			var seen map[string]bool
			for a := range strings.SplitSeq(f[3], "|") {
				dup := a == e.Name
				if !dup && seen == nil && len(e.Aliases) >= 16 {
					seen = make(map[string]bool, 2*len(e.Aliases))
					for _, x := range e.Aliases {
						seen[x] = true
					}
				}
				if !dup && seen != nil {
					dup = seen[a]
				} else if !dup {
					dup = slices.Contains(e.Aliases, a)
				}
				switch {
				case a == "" || a != strings.TrimSpace(a):
					fail(n, "%w: empty alias or alias with surrounding space in %q", ErrSyntax, f[3])
				case dup:
					fail(n, "%w alias %q", ErrDuplicate, a)
				default:
					if seen != nil {
						seen[a] = true
					}
					e.Aliases = append(e.Aliases, a)
				}
			}
		}
		if err := parseAttrs(&e, f[4]); err != nil {
			fail(n, "%w", err)
		}
		entries = append(entries, e)
	}
	if lr.err != nil {
		errs = append(errs, &Error{File: name, Line: lr.n + 1, Err: lr.err})
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return entries, nil
}

// MaxLine is the longest line Parse accepts, in bytes.
const MaxLine = 1 << 20

// bom is the UTF-8 byte order mark some editors put at the start of a file.
const bom = "\uFEFF"

// lineReader reads lines of any length, keeping at most MaxLine bytes of each.
type lineReader struct {
	r   *bufio.Reader
	buf []byte
	n   int   // lines read
	err error // the read error that ended the input, other than io.EOF
}

// next returns the next line without its "\n"; tooLong when it had more than MaxLine
// bytes (line is then empty). ok is false at the end of the input or on a read error.
func (lr *lineReader) next() (line string, tooLong, ok bool) {
	lr.buf = lr.buf[:0]
	for {
		chunk, err := lr.r.ReadSlice('\n')
		if !tooLong && len(lr.buf)+len(chunk) > MaxLine+1 { // +1: the "\n"
			tooLong = true
			lr.buf = lr.buf[:0]
		}
		if !tooLong {
			lr.buf = append(lr.buf, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && err != io.EOF {
			lr.err = err
			return "", false, false
		}
		if err == io.EOF && len(lr.buf) == 0 && !tooLong {
			return "", false, false
		}
		lr.n++
		line = strings.TrimSuffix(string(lr.buf), "\n")
		return line, tooLong || len(line) > MaxLine, true
	}
}

func parseAttrs(e *Entry, s string) error {
	if s == "" {
		return nil
	}
	for kv := range strings.SplitSeq(s, ";") {
		if kv == "" {
			continue
		}
		k, v, ok := strings.Cut(kv, "=")
		if !ok || v == "" {
			return fmt.Errorf("%w: attribute %q is not key=value", ErrSyntax, kv)
		}
		switch k {
		case "country":
			if len(v) != 2 || strings.ToUpper(v) != v {
				return fmt.Errorf("%w: country %q is not an ISO 3166-1 alpha-2 code", ErrSyntax, v)
			}
			e.Country = v
		case "role":
			e.Role = v
		case "parent":
			e.Parent = v
		case "asof":
			e.AsOf = v
		case "former":
			e.Former = v == "1" || v == "true"
		default:
			return fmt.Errorf("%w: unknown attribute %q", ErrSyntax, k)
		}
	}
	return nil
}

func validID(id string) bool {
	if len(id) == 2 && 'A' <= id[0] && id[0] <= 'Z' && 'A' <= id[1] && id[1] <= 'Z' {
		return true
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == ':' || c == '-') {
			return false
		}
	}
	return strings.Contains(id, ":")
}
