package gazetteer

import (
	"encoding/binary"
	"flag"
	"maps"
	"os"
	"reflect"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "write default.bin, the compact form of the default gazetteer")

// TestCompactCurrent builds the default gazetteer from the data files, as go generate
// does, and fails when default.bin is not its compact form: after a change to a data file
// or to how the gazetteer is built, run go generate ./gazetteer. With -update it writes
// default.bin. It also checks that the compact form reads back as the gazetteer it was
// made from, and that Default is that gazetteer.
func TestCompactCurrent(t *testing.T) {
	g, err := buildDefault()
	require.NoError(t, err)
	sum, n, err := dataSum()
	require.NoError(t, err)
	b := encodeCompact(g, sum, n)
	if *update {
		require.NoError(t, os.WriteFile("default.bin", b, 0o644))
		return
	}
	if string(b) != compactDefault {
		t.Fatal("default.bin is stale: run go generate ./gazetteer")
	}
	d, err := decodeCompact(compactDefault, sum, n)
	require.NoError(t, err)
	require.Nil(t, d.byID, "made on first use")
	for _, e := range g.entries {
		require.Same(t, g.ByID(e.ID), e)
	}
	for i, e := range d.entries {
		require.Same(t, d.ByID(e.ID), e)
		require.Same(t, d.ByID(e.ID), d.entries[i])
	}
	require.Nil(t, d.ByID("org:no-such-entry"))
	Default().ByID("") // so that its byID is made, as g's and d's are
	if !reflect.DeepEqual(d, g) {
		t.Fatal("the compact form reads back as another gazetteer")
	}
	if !reflect.DeepEqual(Default(), g) {
		t.Fatal("Default is not the gazetteer of the data files")
	}
}

// TestCompactChecked checks that a compact form is read only for the data files it was
// made from, and that a damaged one is refused.
func TestCompactChecked(t *testing.T) {
	sum, n, err := dataSum()
	require.NoError(t, err)
	_, err = decodeCompact(compactDefault, sum+1, n)
	require.Error(t, err)
	_, err = decodeCompact(compactDefault, sum, n+1)
	require.Error(t, err)
	for _, cut := range []int{0, len(compactMagic), len(compactDefault) / 2, len(compactDefault) - 1} {
		_, err = decodeCompact(compactDefault[:cut], sum, n)
		require.Error(t, err, "cut at %d", cut)
	}
	_, err = decodeCompact(compactDefault+"\x00", sum, n)
	require.Error(t, err)
}

// BenchmarkDefaultLoad measures reading the default gazetteer back from its compact form,
// what Default does once per process (BenchmarkDefaultBuild measures building it from the
// data files instead), the check of the data files' checksum included.
func BenchmarkDefaultLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sum, n, err := dataSum()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := decodeCompact(compactDefault, sum, n); err != nil {
			b.Fatal(err)
		}
	}
}

// compactWriter writes a compact form (see compact.go): its numbers, and its string table
// with each string once.
type compactWriter struct {
	nums  []byte
	table []byte
	at    map[string]int
}

func (w *compactWriter) num(x uint64) {
	w.nums = binary.AppendUvarint(w.nums, x)
}

// str writes s as its offset in the table and its length, shifted left by one with flag
// as the lowest bit when flagged is set.
func (w *compactWriter) str(s string, flagged, flag bool) {
	off, ok := w.at[s]
	if !ok {
		off = len(w.table)
		w.table = append(w.table, s...)
		w.at[s] = off
	}
	n := uint64(len(s))
	if flagged {
		n <<= 1
		if flag {
			n |= 1
		}
	}
	w.num(uint64(off))
	w.num(n)
}

// encodeCompact returns the compact form of g for data files of checksum sum and length n.
func encodeCompact(g *Gazetteer, sum uint32, n uint64) []byte {
	w := &compactWriter{at: map[string]int{}}
	index := make(map[*Entry]int, len(g.entries))
	na, ns := 0, 0
	for _, e := range g.entries {
		na += len(e.Aliases)
		ns += len(e.Source)
	}
	w.num(uint64(len(g.entries)))
	w.num(uint64(na))
	w.num(uint64(ns))
	for i, e := range g.entries {
		index[e] = i
		w.num(uint64(e.Type))
		w.str(e.ID, false, false)
		w.str(e.Name, false, false)
		if e.Aliases == nil {
			w.num(0)
		} else {
			w.num(uint64(len(e.Aliases)) + 1)
		}
		for _, a := range e.Aliases {
			w.str(a, false, false)
		}
		for _, s := range []string{e.Country, e.Role, e.Parent, e.AsOf} {
			w.str(s, false, false)
		}
		if e.Former {
			w.num(1)
		} else {
			w.num(0)
		}
		w.num(uint64(len(e.Source)))
		for _, s := range e.Source {
			w.str(s, false, false)
		}
	}
	t := g.trie
	w.num(uint64(len(t.nodes) / nodeSize))
	w.nums = append(w.nums, t.nodes...)
	w.num(uint64(len(t.forms) / formSize))
	w.nums = append(w.nums, t.forms...)
	w.num(uint64(len(t.exact)))
	w.nums = append(w.nums, t.exact...)
	w.num(uint64(len(t.toks)))
	for _, s := range t.toks {
		w.str(s, false, false)
	}
	w.num(uint64(len(t.entries)))
	for _, e := range t.entries {
		w.num(uint64(index[e]))
	}
	// the edge table as it is, the first keys, and the long edges in the order of their
	// keys
	w.num(t.edgeMask + 1)
	w.nums = append(w.nums, t.edges...)
	w.num(uint64(len(t.firsts)))
	for _, f := range t.firsts {
		w.str(f.key, true, f.lower)
	}
	w.num(uint64(len(t.long)))
	for _, k := range slices.Sorted(maps.Keys(t.long)) {
		w.num(uint64(binary.BigEndian.Uint32([]byte(k))))
		w.num(uint64(t.long[k]))
		w.str(k[4:], false, false)
	}
	out := []byte(compactMagic)
	out = binary.AppendUvarint(out, uint64(sum))
	out = binary.AppendUvarint(out, n)
	out = binary.AppendUvarint(out, uint64(len(w.table)))
	out = append(out, w.table...)
	return append(out, w.nums...)
}
