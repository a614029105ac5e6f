package gazetteer

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// parseReference is Parse as it was before it was made faster, kept to check that Parse
// still returns the same entries and the same errors.
func parseReference(r io.Reader, name string) ([]Entry, error) {
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
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			fail(n, "%w: %d tab-separated fields, want 5 (TYPE ID NAME ALIASES ATTRIBUTES)", ErrSyntax, len(f))
			continue
		}
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
		seen := map[string]bool{e.Name: true}
		if f[3] != "" {
			for _, a := range strings.Split(f[3], "|") {
				switch {
				case a == "" || a != strings.TrimSpace(a):
					fail(n, "%w: empty alias or alias with surrounding space in %q", ErrSyntax, f[3])
				case seen[a]:
					fail(n, "%w alias %q", ErrDuplicate, a)
				default:
					seen[a] = true
					e.Aliases = append(e.Aliases, a)
				}
			}
		}
		if err := parseAttrsReference(&e, f[4]); err != nil {
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

func parseAttrsReference(e *Entry, s string) error {
	if s == "" {
		return nil
	}
	for _, kv := range strings.Split(s, ";") {
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

// checkSameParse fails unless Parse and parseReference agree on in.
func checkSameParse(t *testing.T, in string) {
	t.Helper()
	got, gotErr := Parse(strings.NewReader(in), "user.tsv")
	want, wantErr := parseReference(strings.NewReader(in), "user.tsv")
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: entries\n%#v\nwant\n%#v", in, got, want)
	}
	if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
		t.Fatalf("%q: error\n%v\nwant\n%v", in, gotErr, wantErr)
	}
	for _, sentinel := range []error{ErrSyntax, ErrType, ErrDuplicate, ErrReference} {
		if errors.Is(gotErr, sentinel) != errors.Is(wantErr, sentinel) {
			t.Fatalf("%q: errors.Is(%v) differs", in, sentinel)
		}
	}
}

// parseSamples are lines of every kind Parse accepts or refuses.
var parseSamples = []string{
	"", "\n", "# c\n", "# as-of: 2026-01-02\nPERSON\tper:x\tX\t\t\n", "\uFEFFPERSON\tper:x\tX\t\t\r\n",
	"ORGANIZATION\torg:x\tX\n", "ORGANIZATION\torg:x\tX\t\t\t\n", "THING\tx:y\tX\t\t\n", "person\tper:x\tX\t\t",
	"PERSON\tper:x\t\t\t\n", "COUNTRY\tXK\t\t\t\n", "PERSON\tper:x\tX\t\t\nPERSON\tper:x\tY\t\t\n",
	"PERSON\tper:x\tX\t\tcountry=Indonesia\n", "PERSON\tper:x\tX\t\tcolour=red\n", "PERSON\tper:x\t X\t\t\n",
	"PERSON\tPer X\tX\t\t\n", "PERSON\tper:x\tX\xff\t\t\n", "PERSON\t\tX\t\t\n", " PERSON\tper:x\tX\t\t\n",
	"PERSON\tper:x\tX\tA|B|C\tcountry=ID;role=Presiden;parent=org:y;asof=2020;former=1\n",
	"PERSON\tper:x\tX\tA||B\t\n", "PERSON\tper:x\tX\tA| B\t\n", "PERSON\tper:x\tX\tA|A\t\n", "PERSON\tper:x\tX\tX\t\n",
	"PERSON\tper:x\tX\t|\t\n", "PERSON\tper:x\tX\tA|\t\n", "COUNTRY\tXK\t\tKosovo|\t\n",
	"PERSON\tper:x\tX\t\tcountry=ID;;former=true\n", "PERSON\tper:x\tX\t\t;\n", "PERSON\tper:x\tX\t\tcountry\n",
	"PERSON\tper:x\tX\t\tcountry=\n", "PERSON\tper:x\tX\t\tcountry=id\n", "PERSON\tper:x\tX\t\tformer=0;role=a=b\n",
	"PERSON\tper:x\tX \t\t \n", "PERSON\tper:x\tX\t\t\nPERSON\tper:y\tY\t\t\n\uFEFFPERSON\tper:z\tZ\t\t\n",
	"PERSON\tper:x\tX\t" + strings.Repeat("A|", 100) + "B\t\n", "PERSON\tper:x\tX\t" + strings.Repeat("A", 30) + "|" + strings.Repeat("A", 30) + "\t\n",
	"PERSON\tper:x\t" + strings.Repeat("x", 2*MaxLine) + "\t\t\nBAD\tper:z\tZ\t\t\n",
}

// TestParseSame checks Parse against parseReference over the embedded data files and
// lines of every kind.
func TestParseSame(t *testing.T) {
	for _, name := range DataFiles() {
		b, err := dataFS.ReadFile("data/" + name)
		if err != nil {
			t.Fatal(err)
		}
		checkSameParse(t, string(b))
	}
	for _, in := range parseSamples {
		checkSameParse(t, in)
	}
	for i, a := range parseSamples {
		checkSameParse(t, a+parseSamples[(i+1)%len(parseSamples)])
	}
	var many []string
	for i := range 40 {
		many = append(many, "A"+strconv.Itoa(i%35))
	}
	checkSameParse(t, "PERSON\tper:x\tX\t"+strings.Join(many, "|")+"\t\n")
}

func FuzzParseSame(f *testing.F) {
	for _, s := range parseSamples {
		if len(s) < 10000 {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkSameParse(t, in)
	})
}
