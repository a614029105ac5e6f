package gazetteer

import (
	_ "embed" // default.bin
	"errors"
	"hash/crc32"
	"io"
	"io/fs"
	"math/bits"
	"strings"

	"github.com/entitas-id/entitas/internal/swar"
)

// The compact form is the default gazetteer as New builds it from the embedded data files,
// entries and trie, written out by go generate (see TestCompactCurrent) so that Default
// only reads it back: that takes a few milliseconds, where parsing the files and building
// the trie takes tens. The data files stay the source of truth: the compact form records a
// checksum of them, and Default parses them instead when it does not match, as after an
// edit without go generate; TestCompactCurrent fails then.
//
// The form is a header, a string table and then numbers, each an unsigned varint, with
// strings given as their offset in the table and their length:
//
//	magic, checksum of the data files, their total length in bytes, the string table
//	entries: count, number of aliases, of sources; each: type, ID, Name, aliases
//	    (count+1, 0 for none), Country, Role, Parent, AsOf, Former, sources (count,
//	    then each)
//	nodes, forms and the exact bytes of the forms' tokens: count, then as trie.nodes,
//	    trie.forms and trie.exact hold them (bytes, not numbers)
//	the exact tokens' texts: count; each
//	trie entries: count; each: entry index
//	edges: the number of slots of the edge table and the table itself, as trie.edges
//	    holds it (not numbers: bytes); the first keys: count; each: the key with its
//	    length shifted left by one and the lower bit; the long edges: count; each:
//	    parent, child and key
//
// The nodes' kids and case rules, the edge table and the first keys are as New makes them;
// startLens and firstKeys are derived again by the code that New uses. The tables of
// nodes, forms and edges are not copied: the trie reads them where they lie in the compact
// form, in the program's read-only data, which costs a program far less to load than
// memory it fills (decodeCompact reads each once, to check that it names no node, form or
// entry that is not there).

//go:embed default.bin
var compactDefault string

// compactMagic begins the compact form; it changes with the layout.
const compactMagic = "entitas gazetteer compact 1\n"

// dataSum returns the CRC-32C of the embedded data files' names and contents, in name
// order, and their total length, which the compact form records.
func dataSum() (uint32, uint64, error) {
	names, err := fs.Glob(dataFS, "data/*.tsv")
	if err != nil {
		return 0, 0, err
	}
	tab := crc32.MakeTable(crc32.Castagnoli)
	var sum uint32
	var n uint64
	buf := make([]byte, 32<<10)
	for _, name := range names {
		sum = crc32.Update(sum, tab, []byte(name+"\x00"))
		f, err := dataFS.Open(name)
		if err != nil {
			return 0, 0, err
		}
		for {
			k, err := f.Read(buf)
			sum = crc32.Update(sum, tab, buf[:k])
			n += uint64(k)
			if err == io.EOF {
				break
			}
			if err != nil {
				f.Close()
				return 0, 0, err
			}
		}
		f.Close()
	}
	return sum, n, nil
}

// errCompact is the error of a compact form that cannot be read.
var errCompact = errors.New("gazetteer: malformed compact form")

// compactReader reads the numbers and strings of a compact form.
type compactReader struct {
	s     string // the numbers
	i     int    // the offset of the next one in s
	table string // the string table
	bad   bool   // a read went past the end or out of the table
}

// num reads an unsigned varint.
func (r *compactReader) num() uint64 {
	var x uint64
	for shift := uint(0); shift < 64 && r.i < len(r.s); shift += 7 {
		c := r.s[r.i]
		r.i++
		x |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return x
		}
	}
	r.bad = true
	return 0
}

// index reads a number that must be below n.
func (r *compactReader) index(n int) int {
	x := r.num()
	if x >= uint64(n) {
		r.bad = true
		return 0
	}
	return int(x)
}

// strFlag reads a string of the table given by its offset and then its length, of which
// the lowest bit is a flag when flagged is set; it returns the string and the flag.
func (r *compactReader) strFlag(flagged bool) (string, bool) {
	off, n := r.num(), r.num()
	flag := false
	if flagged {
		flag, n = n&1 == 1, n>>1
	}
	if off > uint64(len(r.table)) || n > uint64(len(r.table))-off {
		r.bad = true
		return "", false
	}
	return r.table[off : off+n], flag
}

// str reads a string of the table.
func (r *compactReader) str() string {
	s, _ := r.strFlag(false)
	return s
}

// decodeCompact reads a gazetteer from its compact form s, which must be of data files of
// checksum sum and length n (see dataSum).
func decodeCompact(s string, sum uint32, n uint64) (*Gazetteer, error) {
	rest, ok := strings.CutPrefix(s, compactMagic)
	if !ok {
		return nil, errCompact
	}
	r := &compactReader{s: rest}
	if uint32(r.num()) != sum || r.num() != n {
		return nil, errors.New("gazetteer: the compact form is not of the data files")
	}
	tl := r.num()
	if r.bad || tl > uint64(len(r.s)-r.i) {
		return nil, errCompact
	}
	r.table = r.s[r.i : r.i+int(tl)]
	r.i += int(tl)

	// the entries, with their aliases and sources in two shared arrays
	ne, na, ns := r.index(len(r.s)), r.index(len(r.s)), r.index(len(r.s))
	if r.bad {
		return nil, errCompact
	}
	es := make([]Entry, ne)
	g := &Gazetteer{entries: make([]*Entry, ne)}
	aliases, sources := make([]string, na), make([]string, ns)
	for i := range es {
		e := &es[i]
		e.Type = Type(r.num())
		e.ID, e.Name = r.str(), r.str()
		if k := r.index(len(aliases) + 2); k > 0 {
			k--
			for j := range k {
				aliases[j] = r.str()
			}
			e.Aliases, aliases = aliases[:k:k], aliases[k:]
		}
		e.Country, e.Role, e.Parent, e.AsOf = r.str(), r.str(), r.str(), r.str()
		e.Former = r.num() == 1
		if k := r.index(len(sources) + 1); k > 0 {
			for j := range k {
				sources[j] = r.str()
			}
			e.Source, sources = sources[:k:k], sources[k:]
		}
		g.entries[i] = e
	}
	if r.bad || len(aliases) != 0 || len(sources) != 0 {
		return nil, errCompact
	}

	// the nodes, forms and exact bytes as they lie in s, the exact tokens' texts and the
	// nodes' entries
	t := &trie{all: g.entries}
	raw := func(size int) string {
		n := r.index(len(r.s))
		if r.bad || n > (len(r.s)-r.i)/size {
			r.bad = true
			return ""
		}
		v := r.s[r.i : r.i+n*size]
		r.i += len(v)
		return v
	}
	t.nodes, t.forms, t.exact = raw(nodeSize), raw(formSize), raw(1)
	nn, nf := len(t.nodes)/nodeSize, len(t.forms)/formSize
	t.toks = make([]string, r.index(len(r.s)))
	for i := range t.toks {
		t.toks[i] = r.str()
	}
	t.entries = make([]*Entry, r.index(len(r.s)))
	for i := range t.entries {
		t.entries[i] = g.entries[r.index(ne)]
	}
	if r.bad || nn == 0 {
		return nil, errCompact
	}
	// the nodes and forms are checked, so that a damaged compact form fails here and not
	// in a match
	for i := range int32(nn) {
		nd := t.node(i)
		if nd.forms < 0 || nd.forms > nd.formsEnd || int(nd.formsEnd) > nf || nd.entries < 0 ||
			nd.entries > nd.entriesEnd || int(nd.entriesEnd) > len(t.entries) || nd.rule > caseEach {
			return nil, errCompact
		}
	}
	t.setWalk()
	for i := range int32(nf) {
		f := t.form(i)
		if f.entry < 0 || int(f.entry) >= ne || f.toks < 0 || f.toks > f.toksEnd || int(f.toksEnd) > len(t.exact) ||
			f.exactToks < 0 || int(f.exactToks) > len(t.toks) {
			return nil, errCompact
		}
	}

	// the edge table as it lies in s, the first keys and the long edges
	slots := r.num()
	if r.bad || slots < 64 || slots&(slots-1) != 0 || slots > uint64(len(r.s)-r.i)/edgeSlotSize {
		return nil, errCompact
	}
	t.edges = r.s[r.i : r.i+int(slots)*edgeSlotSize]
	r.i += len(t.edges)
	t.edgeShift, t.edgeMask = uint(64-bits.TrailingZeros64(slots)), slots-1
	for i := 0; i < len(t.edges); i += edgeSlotSize {
		e := t.edges[i : i+edgeSlotSize]
		if swar.Load64(e[8:]) != 0 && (swar.Load32(e[16:]) >= uint64(nn) || swar.Load32(e[20:]) >= uint64(nn)) {
			return nil, errCompact // an edge from or to no node
		}
	}
	t.firsts = make([]firstKey, r.index(nn))
	for i := range t.firsts {
		f := &t.firsts[i]
		f.key, f.lower = r.strFlag(true)
	}
	nlong := r.index(len(r.s))
	t.long = make(map[string]int32, nlong)
	for range nlong {
		p, c, k := r.index(nn), r.index(nn), r.str()
		t.long[string(appendEdge(nil, int32(p)))+k] = int32(c)
	}
	if r.bad || r.i != len(r.s) {
		return nil, errCompact
	}
	t.setKeyKids()
	g.trie = t
	for _, f := range t.firsts {
		g.noteFirstKey(f.key, f.lower)
	}
	g.endFirstKeys()
	return g, nil
}
