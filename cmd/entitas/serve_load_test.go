package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/entitas-id/entitas/internal/newscorpus"
)

var (
	loadFor     = flag.Duration("serve.load", 0, "TestServeLoad: run each phase this long with -serve.clients clients (default: a short bounded run)")
	loadClients = flag.Int("serve.clients", 32, "TestServeLoad: concurrent clients of a -serve.load run")
	loadTarget  = flag.String("serve.target", "", "TestServeLoad: URL of a running entitas serve on this machine (default: one in the test)")
	loadPID     = flag.Int("serve.pid", 0, "TestServeLoad: process id of -serve.target, to report its peak RSS")
	loadHostile = flag.Int("serve.hostile-every", 10, "TestServeLoad: in the second phase, every Nth request of a client is hostile")
)

// crafted are texts that once took some rule quadratic time (entity's BenchmarkRepetitive),
// sent as hostile bodies beside oversized and invalid ones.
var crafted = []string{
	strings.Repeat(`"a" `, 5000), strings.Repeat("Presiden ", 5000), strings.Repeat("Kabupaten A ", 5000),
	strings.Repeat("Ketua A B ", 5000), strings.Repeat("A B C D E F ", 5000), strings.Repeat("Ia mengatakan “a” ", 5000),
	strings.Repeat("kata A (B) ", 5000), strings.Repeat("“", 5000), strings.Repeat("berinisial AS, ", 5000),
}

// loadResult is what one phase of the load test saw.
type loadResult struct {
	ordinary []time.Duration // latencies of the ordinary articles, all answered 200
	sent     int64           // bytes of ordinary articles sent
	errors   []string        // ordinary requests not answered 200, or failed
	hostile  map[string]int  // "kind status" → count
	crafted  []time.Duration
	elapsed  time.Duration
}

func pct(d []time.Duration, p float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	return s[min(len(s)-1, int(p*float64(len(s))))]
}

// runLoad sends articles from clients goroutines to base+/v1/extract for d or until max
// requests are answered; with hostile > 0, every hostile-th request of a client is an
// oversized body, invalid UTF-8 or a crafted text instead.
func runLoad(t *testing.T, base string, texts []string, clients int, d time.Duration, max int64, hostile int, maxBytes int64) loadResult {
	tr := &http.Transport{MaxIdleConnsPerHost: clients, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: time.Minute}
	var (
		mu    sync.Mutex
		r     = loadResult{hostile: map[string]int{}}
		next  atomic.Int64
		wg    sync.WaitGroup
		start = time.Now()
	)
	oversized := strings.Repeat("Jakarta ", int(maxBytes/8)+1)
	post := func(body string) (int, time.Duration, error) {
		t0 := time.Now()
		res, err := client.Post(base+"/v1/extract", "text/plain; charset=utf-8", strings.NewReader(body))
		if err != nil {
			return 0, 0, err
		}
		b, err := io.ReadAll(res.Body)
		res.Body.Close()
		if err == nil && res.StatusCode == 200 && !bytes.HasPrefix(b, []byte(`{"file":"","entities":[`)) {
			err = fmt.Errorf("answer %.60q", b)
		}
		return res.StatusCode, time.Since(t0), err
	}
	for c := range clients {
		wg.Go(func() {
			for k := 0; time.Since(start) < d; k++ {
				i := next.Add(1)
				if i > max {
					return
				}
				if hostile > 0 && k%hostile == hostile-1 {
					var kind, body string
					switch (int(i) + c) % 3 {
					case 0:
						kind, body = "oversized", oversized
					case 1:
						text := texts[int(i)%len(texts)]
						kind, body = "invalid-utf8", text[:len(text)/2]+"\xff"+text[len(text)/2:]
					default:
						kind, body = "crafted", crafted[int(i)%len(crafted)]
					}
					status, lat, err := post(body)
					mu.Lock()
					if err != nil {
						r.hostile[kind+" error"]++
					} else {
						r.hostile[fmt.Sprintf("%s %d", kind, status)]++
					}
					if kind == "crafted" && status == 200 {
						r.crafted = append(r.crafted, lat)
					}
					mu.Unlock()
					continue
				}
				text := texts[int(i)%len(texts)]
				status, lat, err := post(text)
				mu.Lock()
				switch {
				case err != nil:
					r.errors = append(r.errors, err.Error())
				case status != 200:
					r.errors = append(r.errors, fmt.Sprintf("status %d", status))
				default:
					r.ordinary = append(r.ordinary, lat)
					r.sent += int64(len(text))
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	r.elapsed = time.Since(start)
	return r
}

// peakRSS returns the VmHWM line of /proc/PID/status ("self" for this process).
func peakRSS(pid string) string {
	b, err := os.ReadFile("/proc/" + pid + "/status")
	if err != nil {
		return "unknown"
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}

// TestServeLoad drives the service over loopback with many clients sending news articles:
// every ordinary request must be answered 200, and with hostile bodies mixed in (oversized,
// invalid UTF-8, crafted worst cases) each of those must get its status. Without flags it
// is a short bounded run; with -serve.load it measures, e.g.
//
//	go test ./cmd/entitas -run TestServeLoad -v -serve.load 20s -serve.clients 32
//
// and against a separate process (whose RSS is then the server's alone):
//
//	entitas serve -addr 127.0.0.1:8090 2>/dev/null & go test ./cmd/entitas -run TestServeLoad -v \
//	  -serve.load 20s -serve.target http://127.0.0.1:8090 -serve.pid $!
func TestServeLoad(t *testing.T) {
	d, clients, limit := *loadFor, *loadClients, int64(1<<62)
	if d == 0 { // the default run: bounded in time and count
		d, clients, limit = 2*time.Second, 8, 300
	}
	texts, label, err := newscorpus.ForBenchmark()
	if err != nil || len(texts) == 0 {
		t.Skip("no corpus:", err)
	}
	base, maxBytes, pid := *loadTarget, int64(2<<20), "self"
	if base == "" {
		_, hs := newTestServer(t, testConfig())
		base = hs.URL
	} else {
		u, err := url.Parse(base)
		if err != nil {
			t.Fatal(err)
		}
		if ip := net.ParseIP(u.Hostname()); u.Hostname() != "localhost" && (ip == nil || !ip.IsLoopback()) {
			t.Fatalf("-serve.target %s: the load test only runs against this machine (127.0.0.1)", base)
		}
		pid = "none"
		if *loadPID > 0 {
			pid = fmt.Sprint(*loadPID)
		}
	}
	t.Logf("%s: %d texts; %d clients, %v a phase; then 1 request in %d hostile", label, len(texts), clients, d, max(2, *loadHostile))

	plain := runLoad(t, base, texts, clients, d, limit, 0, maxBytes)
	mixed := runLoad(t, base, texts, clients, d, limit, max(2, *loadHostile), maxBytes)
	for _, r := range []struct {
		name string
		loadResult
	}{{"articles only", plain}, {"with hostile bodies", mixed}} {
		n := len(r.ordinary)
		t.Logf("%s: %d ordinary requests in %.1fs: %.0f req/s, %.2f MB/s, p50 %.1f ms, p99 %.1f ms; %d errors",
			r.name, n, r.elapsed.Seconds(), float64(n)/r.elapsed.Seconds(), float64(r.sent)/1e6/r.elapsed.Seconds(),
			ms(pct(r.ordinary, .5)), ms(pct(r.ordinary, .99)), len(r.errors))
		if len(r.errors) > 0 {
			t.Errorf("%s: %d ordinary requests failed, e.g. %s", r.name, len(r.errors), r.errors[0])
		}
		if n == 0 {
			t.Errorf("%s: no request answered", r.name)
		}
	}
	t.Logf("hostile: %v; crafted texts p50 %.1f ms, p99 %.1f ms", mixed.hostile, ms(pct(mixed.crafted, .5)), ms(pct(mixed.crafted, .99)))
	for kind, n := range mixed.hostile {
		if want := map[string]bool{"oversized 413": true, "invalid-utf8 400": true, "crafted 200": true}; !want[kind] {
			t.Errorf("hostile %s: %d", kind, n)
		}
	}
	if len(mixed.hostile) == 0 {
		t.Error("no hostile request sent")
	}
	ratio := float64(pct(mixed.ordinary, .99)) / float64(pct(plain.ordinary, .99))
	t.Logf("ordinary p99 with hostile bodies / without: %.2f; peak RSS (%s): %s", ratio, pid, peakRSS(pid))
	if *loadFor > 0 && ratio > 2 {
		t.Errorf("with hostile bodies mixed in, ordinary requests' p99 is %.2f× that without (want at most 2×)", ratio)
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
