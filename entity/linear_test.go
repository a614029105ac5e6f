package entity

import (
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/entitas-id/entitas/internal/newscorpus"
	"github.com/entitas-id/entitas/tokenize"
)

// crafted are inputs shaped to find any rule whose cost grows faster than the text: each
// makes a text of at least n bytes. The family covers what a hostile or merely unusual
// document can hold: quotes resolved through pronoun cues, initials lists that spread,
// unknown capitalised runs, thousands of quotes and cues, name pairs and lists on one line
// without a break, brackets, acronym chains, invalid UTF-8 and NULs.
var crafted = []struct {
	name string
	make func(n int) string
}{
	{"pronoun-quotes", func(n int) string {
		return repeatTo("Presiden Joko Widodo hadir. “Ya,” ujarnya. ", n)
	}},
	{"pronoun-far", func(n int) string {
		// one speaker introduced once, then quote after quote resolved through -nya
		var b strings.Builder
		b.WriteString("Kepala Dinas Kesehatan Budi Santoso mengatakan hal itu. ")
		for b.Len() < n {
			b.WriteString("Warga datang ke kantor. ”Kami siap,” ujarnya. Ia menambahkan banyak hal. ")
		}
		return b.String()
	}},
	{"initials-chain", func(n int) string {
		// a list that spreads one step per pass from its end: "berinisial ZZ. … C2 dan C1. C1 dan ZZ."
		var parts []string
		for k := 0; len(parts)*14 < n; k++ {
			parts = append(parts, fmt.Sprintf("%s dan %s.", code(k+1), code(k)))
		}
		var b strings.Builder
		b.WriteString("Tersangka berinisial " + code(0) + ". ")
		for k := len(parts) - 1; k >= 0; k-- {
			b.WriteString(parts[k])
			b.WriteByte(' ')
		}
		return b.String()
	}},
	{"capitalised-runs", func(n int) string {
		r := rand.New(rand.NewPCG(1, 2))
		var b strings.Builder
		for b.Len() < n {
			b.WriteString(capWord(r))
			if r.IntN(12) == 0 {
				b.WriteString(". ")
			} else {
				b.WriteByte(' ')
			}
		}
		return b.String()
	}},
	{"titled-runs", func(n int) string {
		r := rand.New(rand.NewPCG(3, 4))
		var b strings.Builder
		for b.Len() < n {
			fmt.Fprintf(&b, "pelatih %s %s %s mengatakan. ", capWord(r), capWord(r), capWord(r))
		}
		return b.String()
	}},
	{"one-word-names", func(n int) string {
		// a new person of one word in each sentence: the linker's repeated names of one
		// word look each up among those met before
		r := rand.New(rand.NewPCG(7, 8))
		var b strings.Builder
		for b.Len() < n {
			fmt.Fprintf(&b, "Menurut pengacara %s, warga datang. ", capWord(r))
		}
		return b.String()
	}},
	{"quotes-and-cues", func(n int) string {
		return repeatTo("“Kami siap,” kata Budi. Ia mengatakan, “Ya.” Menurut dia, “tidak” katanya ujar kata ", n)
	}},
	{"quote-paragraphs", func(n int) string {
		// a speaker introduced once, then paragraph after paragraph of quotes with no cue,
		// each looked up in the paragraph before it and the quote paragraph after it
		return "Kepala Dinas Kesehatan Budi Santoso mengatakan hal itu.\n\n" +
			repeatTo("”Kami siap bekerja sama dengan semua pihak di daerah.”\n\nHal itu disampaikan pejabat setempat.\n\n", n)
	}},
	{"name-pairs", func(n int) string {
		// coordinated persons, then their call names joined by a hyphen, sentence after sentence
		return repeatTo("Budi Santoso dan Andi Wijaya hadir. Elektabilitas Budi-Andi naik. ", n)
	}},
	{"name-list", func(n int) string {
		// one line of short unknown names between commas: every item reads its neighbours
		return repeatTo("Budi, Andi, Cici, Dedi, ", n)
	}},
	{"line-ups", func(n int) string {
		// team after team with formation and numbered players, all in one paragraph
		return repeatTo("Barito Putera (4-5-1): 12-Budi Santoso; 21-Andi Wijaya, 6-Cici, 2-Dedi Evans. ", n)
	}},
	{"open-quotes", func(n int) string { return repeatTo("” a ", n) }},
	{"brackets", func(n int) string { return repeatTo("((((((((((a))))))))))", n) }},
	{"acronym-chain", func(n int) string {
		return repeatTo("Dewan Keamanan PBB (DK PBB) Badan Energi Atom (BEA) Kementerian Luar Negeri (Kemlu) ", n)
	}},
	{"invalid-utf8", func(n int) string {
		r := rand.New(rand.NewPCG(5, 6))
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(0x80 + r.IntN(0x80))
		}
		return string(b)
	}},
	{"nuls", func(n int) string { return strings.Repeat("\x00", n) }},
}

// repeatTo repeats unit until the text is at least n bytes.
func repeatTo(unit string, n int) string {
	return strings.Repeat(unit, (n+len(unit)-1)/len(unit))
}

// code returns a distinct all-capitals word of three or four letters for k.
func code(k int) string {
	b := []byte{'A' + byte(k%26), 'A' + byte(k/26%26), 'A' + byte(k/676%26)}
	if k >= 26*26*26 {
		b = append(b, 'A'+byte(k/17576%26))
	}
	return string(b)
}

// capWord returns a random capitalised word that no word list knows.
func capWord(r *rand.Rand) string {
	const cons, vow = "bcdfghjklmnprstvwz", "aeiou"
	b := []byte{"BCDFGHJKLMNPRSTVWZ"[r.IntN(18)]}
	for k := 0; k < 2+r.IntN(3); k++ {
		b = append(b, vow[r.IntN(5)], cons[r.IntN(len(cons))])
	}
	return string(b)
}

// newsOf joins IndoSum (or testdata) articles into one document of at least n bytes.
func newsOf(tb testing.TB, n int) string {
	texts := benchTexts(tb)
	var b strings.Builder
	for b.Len() < n {
		for _, t := range texts {
			b.WriteString(t)
			b.WriteString("\n\n")
			if b.Len() >= n {
				break
			}
		}
	}
	return b.String()
}

var linearSizes = []int{64 << 10, 1 << 20, 10 << 20}

// BenchmarkCrafted extracts each crafted input, and joined news, at 64 KB, 1 MB and 10 MB.
// Time per byte should not grow with the size.
func BenchmarkCrafted(b *testing.B) {
	x := Default()
	inputs := append(crafted[:len(crafted):len(crafted)], struct {
		name string
		make func(n int) string
	}{"news", func(n int) string { return newsOf(b, n) }})
	for _, c := range inputs {
		for _, n := range linearSizes {
			b.Run(fmt.Sprintf("%s/%dKB", c.name, n>>10), func(b *testing.B) {
				text := c.make(n)
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					x.Extract(text)
				}
			})
		}
	}
}

// timePerByte returns the best of reps extraction times of text, per byte.
func timePerByte(x *Extractor, text string, reps int) float64 {
	best := time.Duration(1<<63 - 1)
	for range reps {
		t0 := time.Now()
		x.Extract(text)
		best = min(best, time.Since(t0))
	}
	return float64(best) / float64(len(text))
}

// allocPerByte returns the bytes allocated by one extraction of text, per input byte: an
// upper bound of the heap the call adds at its peak. The collector is off meanwhile, so
// that it neither runs nor empties the pool of per-call buffers.
func allocPerByte(x *Extractor, text string) float64 {
	var a, b runtime.MemStats
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	runtime.ReadMemStats(&a)
	x.Extract(text)
	runtime.ReadMemStats(&b)
	return float64(b.TotalAlloc-a.TotalAlloc) / float64(len(text))
}

// TestLinear checks that no crafted input, nor joined news, costs more per byte at the
// large size than three times what it costs at 64 KB (ratios within one run, so the
// machine's speed cancels out). It times things, so it runs only when asked for:
// ENTITAS_LINEAR=1 (large size 1 MB) or ENTITAS_LINEAR=full (10 MB); it logs the table.
func TestLinear(t *testing.T) {
	mode := os.Getenv("ENTITAS_LINEAR")
	if mode == "" || raceEnabled {
		t.Skip("a timing test: run with ENTITAS_LINEAR=1 or =full, without -race, on a quiet machine")
	}
	const maxRatio = 3.0
	x := Default()
	x.Extract("Pemanasan.") // build what is built on first use
	small, large := linearSizes[0], linearSizes[1]
	if mode == "full" {
		large = linearSizes[2]
	}
	check := func(name string, make func(int) string) {
		s, l := make(small), make(large)
		ps, pl := timePerByte(x, s, 20), timePerByte(x, l, 3)
		t.Logf("%-18s 64KB %6.1f ns/B  %5dKB %6.1f ns/B  ratio %4.2f  alloc %5.1f B/B", name, ps, large>>10, pl, pl/ps, allocPerByte(x, l))
		if pl > maxRatio*ps {
			t.Errorf("%s: %.1f ns/B at %d bytes, %.1f ns/B at %d bytes (%.1f×)", name, pl, len(l), ps, len(s), pl/ps)
		}
	}
	for _, c := range crafted {
		check(c.name, c.make)
	}
	if _, _, err := newscorpus.ForBenchmark(); err == nil {
		check("news", func(n int) string { return newsOf(t, n) })
	}
}

// TestNewsAllocation checks that, once the pooled per-call buffers have grown to the
// size of the text, one extraction of 1 MB of news allocates at most 20 bytes per input
// byte (the result and what is not pooled). The first call at a new size allocates the
// pooled buffers too, about 55 bytes per input byte.
func TestNewsAllocation(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector allocates for itself")
	}
	const maxAllocPerByte = 20.0
	x := Default()
	text := newsOf(t, 1<<20)
	// one P and no collection from here on: the pool of per-call buffers keeps a
	// processor's last buffers for that processor, and a collection empties it
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	x.Extract(text) // grow the pooled buffers
	if a := allocPerByte(x, text); a > maxAllocPerByte {
		t.Errorf("one extraction of %d bytes of news allocates %.1f bytes per input byte (at most %v)", len(text), a, maxAllocPerByte)
	}
}

// TestLinearHuge extracts joined news of 10 MB and of 100 MB (the IndoSum articles over
// and over) as one document each and fails when the larger takes more than twelve times
// the time of the smaller. It logs time, speed, bytes allocated and the peak of the live
// heap per input byte. Run it with ENTITAS_LINEAR=huge; it needs some 3 GB.
func TestLinearHuge(t *testing.T) {
	if os.Getenv("ENTITAS_LINEAR") != "huge" || raceEnabled {
		t.Skip("a timing test of 100 MB: run with ENTITAS_LINEAR=huge, without -race")
	}
	x := Default()
	x.Extract("Pemanasan.")
	var times [2]time.Duration
	for k, n := range []int{10 << 20, 100 << 20} {
		text := newsOf(t, n)
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		peak, stop := watchHeap(20 * time.Millisecond)
		t0 := time.Now()
		x.Extract(text)
		times[k] = time.Since(t0)
		high := stop()
		runtime.ReadMemStats(&after)
		t.Logf("news %4d MB  %6.2f s  %5.1f MB/s  alloc %5.1f B/B  peak heap %5.1f B/B", n>>20, times[k].Seconds(),
			float64(len(text))/times[k].Seconds()/1e6, float64(after.TotalAlloc-before.TotalAlloc)/float64(len(text)),
			float64(high-peak)/float64(len(text)))
	}
	if times[1] > 12*times[0] {
		t.Errorf("100 MB took %v, more than 12 times the %v of 10 MB", times[1], times[0])
	}
}

// watchHeap samples the heap in use at intervals of every until stop is called, which
// returns its highest value; it also returns the heap in use when it started. Each sample
// stops the world for a moment.
func watchHeap(every time.Duration) (start uint64, stop func() uint64) {
	read := func() uint64 {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapInuse
	}
	start = read()
	done, high := make(chan struct{}), make(chan uint64)
	go func() {
		top := start
		tick := time.NewTicker(every)
		defer tick.Stop()
		for {
			select {
			case <-done:
				high <- max(top, read())
				return
			case <-tick.C:
				top = max(top, read())
			}
		}
	}()
	return start, func() uint64 { close(done); return <-high }
}

// TestPeakHeap extracts each crafted input, and joined news, at 1 MB and 10 MB, one
// document each with the pool of per-call buffers emptied first, and logs per input byte
// the peak of the heap in use that the call adds, and what the result alone holds (its
// tokens, sentences, entities and quotes: a floor for the peak), with tokens per byte
// and the speed of a second call. It fails when the peak on 10 MB of any input exceeds
// maxPeakPerByte, or for an input of peakNotYet the ceiling given there. Run it with
// ENTITAS_LINEAR=peak; it needs some 2 GB.
//
// At 1 MB the collector seldom runs during the call, since the heap it starts from (the
// gazetteer, the word tables) leaves room for more than the call allocates, so the peak
// there is close to all the call allocates; at 10 MB it runs, and the peak is close to
// what the call holds live at its end.
func TestPeakHeap(t *testing.T) {
	if os.Getenv("ENTITAS_LINEAR") != "peak" || raceEnabled {
		t.Skip("a measurement of 10 MB inputs: run with ENTITAS_LINEAR=peak, without -race")
	}
	const maxPeakPerByte = 20.0
	x := Default()
	x.Extract("Pemanasan.")
	inputs := append(crafted[:len(crafted):len(crafted)], struct {
		name string
		make func(n int) string
	}{"news", func(n int) string { return newsOf(t, n) }})
	for _, c := range inputs {
		for _, n := range []int{1 << 20, 10 << 20} {
			text := c.make(n)
			peak, d := peakPerByte(x, text)
			t0 := time.Now()
			x.Extract(text)
			mbs := float64(len(text)) / time.Since(t0).Seconds() / 1e6
			t.Logf("%-18s %5d KB  %4.2f tokens/B  %6.1f MB/s  result %5.1f B/B  peak heap %5.1f B/B", c.name, n>>10,
				float64(len(d.Tokens.Tokens))/float64(len(text)), mbs, resultPerByte(d), peak)
			limit := maxPeakPerByte
			if ceiling, ok := peakNotYet[c.name]; ok {
				limit = ceiling
			}
			if n == 10<<20 && peak > limit {
				t.Errorf("one Extract of %d bytes of %s: peak heap %.1f bytes per input byte (at most %v)", len(text), c.name, peak, limit)
			}
		}
	}
}

// peakNotYet lists the crafted inputs whose peak heap at 10 MB is still above
// maxPeakPerByte (December 2026), each with the ceiling TestPeakHeap holds it to meanwhile,
// a little above what it measured, so that it gets no worse:
//   - initials-chain (51 B/B) and acronym-chain (36) are dense in entities: 0.14 and 0.075
//     an input byte, each a 120-byte Entity in the result and a 136-byte span while
//     the entities are made (the result alone is 22 and 11 B/B);
//   - brackets (37) holds a token a byte, 12 bytes each in the result, and the per-token
//     tables of the rules (about 13 bytes a token) besides (its small letters make it
//     unicase text, whose recasing costs a byte a token more);
//   - name-list (65) and line-ups (44–48, as the collector's cycles fall), added with the
//     rules they found quadratic, are as dense in entities as initials-chain: a name every
//     six to nine bytes, each a span while the entities are made and an Entity in the
//     result (the result alone is 24 and 14 B/B); line-ups (64–72 until lineupName made
//     each player once and made room among the spans it replaced) still holds a list of
//     spans grown for the names it replaces, a third of them removed by its end;
//   - titled-runs (20.8), 19.3 until the linker's index of full names (fullNameIndex),
//     which a long document of names builds to stay linear, came to hold its words, and
//     26.3 for a while when capitalAt's index of capitalised words, which a rule of
//     December 2026 (holderInBodyName) builds for such documents, was a map of lists;
//   - name-pairs reads 19.8 in most runs since placeBeforePair stopped asking the gazetteer
//     about every word (21.9 before), but 21.9 in one run of six at 27801e89, with when the
//     collector runs: it stays here, at the ceiling it had, until it is below 20 by a margin.
//   - pronoun-quotes reads 19.2 in most runs, but 21.8 in two runs of seven in the session of
//     2026-12-07 that began at 21:26 (the same code, with when the collector runs): held to
//     the same ceiling as name-pairs until it is below 20 by a margin.
var peakNotYet = map[string]float64{
	"name-pairs":     23,
	"pronoun-quotes": 23,
	"initials-chain": 56,
	"acronym-chain":  40,
	"brackets":       39,
	"name-list":      70,
	"line-ups":       50,
	"titled-runs":    22,
}

// peakPerByte extracts text once, the pool of per-call buffers emptied first, and returns
// the peak of the heap in use that the call added, per input byte, and the result.
func peakPerByte(x *Extractor, text string) (float64, *Document) {
	runtime.GC()
	runtime.GC() // a second collection empties the pool's victim cache too
	// sampled often: a call on 1 MB takes some 100 ms
	start, stop := watchHeap(2 * time.Millisecond)
	d := x.Extract(text)
	high := stop()
	return float64(high-start) / float64(len(text)), d
}

// resultPerByte returns the bytes that d's slices hold (tokens, sentences, entities,
// quotes and their speakers, not the strings they point to), per byte of its text.
func resultPerByte(d *Document) float64 {
	n := uintptr(cap(d.Tokens.Tokens))*unsafe.Sizeof(tokenize.Token{}) +
		uintptr(cap(d.Tokens.Sentences))*unsafe.Sizeof(tokenize.Sentence{}) +
		uintptr(cap(d.Entities))*unsafe.Sizeof(Entity{}) + uintptr(cap(d.Quotes))*unsafe.Sizeof(Quote{})
	for _, q := range d.Quotes {
		if q.Speaker != nil {
			n += unsafe.Sizeof(Speaker{})
		}
	}
	return float64(n) / float64(len(d.Text))
}
