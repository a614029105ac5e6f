package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"time"
)

// serveUsage is printed by "entitas serve -h". Every flag has a line "e.g. entitas …"
// (a test checks).
const serveUsage = `usage: entitas serve [-addr HOST:PORT] [-gazetteer FILE]... [-max-bytes N] [-timeout D]
                     [-concurrency N] [-token SECRET]

Runs the extractor as an HTTP service, with a page for people at / and a JSON API:

  POST /v1/extract        the article as text/plain, or application/json {"text": "…",
                          "types": ["LEADER", …]}; answers the JSON object of -format json
                          (offsets are bytes of the text as sent); ?types=LEADER,PERSON
                          filters a text/plain body; ?format=html answers the page of
                          -format html instead
  POST /v1/extract/batch  application/x-ndjson, one {"id": …, "text": "…"} a line; answers
                          one JSON object a line in input order, streamed while the body is
                          still being sent; a bad line gets {"line", "id", "error", "code"}
  GET  /healthz           "ok" (never needs the token)
  GET  /v1/info           version, gazetteer sizes and as-of dates, types, limits
  GET  /metrics           requests, bytes, latency histogram, work in flight, in the
                          Prometheus text format
  GET  /                  paste an article and read its entities and quotes

Errors are JSON: {"error": "what went wrong", "code": "too_large"|"invalid_utf8"|…}, and
"offset" (a byte offset) for invalid UTF-8. A body over -max-bytes gets 413, invalid UTF-8
400, an unknown type 400, a wait for a free extractor longer than -timeout 503 with
Retry-After. A client that hangs up stops its work: a waiting request leaves the queue
unextracted; a batch stops reading, and extracts at most the lines it had already read
(2×-concurrency); an extraction under way runs to its end (2 MiB of news takes some 60 ms). SIGINT or
SIGTERM stop the service: it stops accepting, lets requests in flight finish (30 s at most)
and exits.

  e.g. entitas serve &
       curl -s --data-binary @testdata/articles/01-rudal-korut.txt http://127.0.0.1:8080/v1/extract

Flags:
  -addr HOST:PORT  where to listen (default 127.0.0.1:8080: this machine only); ":8080"
                   listens on every interface
                   e.g. entitas serve -addr 127.0.0.1:9000
  -gazetteer FILE  add the entries of a gazetteer file of your own (repeatable), as for
                   extraction; a bad file is reported as FILE:LINE (exit 2)
                   e.g. entitas serve -gazetteer my-names.tsv
  -max-bytes N     the largest request body, in bytes (default 2097152, 2 MiB); for a
                   batch, the largest line
                   e.g. entitas serve -max-bytes 524288
  -timeout D       how long a request waits for a free extractor before 503 (default 10s);
                   the write timeout is this plus 60 s
                   e.g. entitas serve -timeout 2s
  -concurrency N   extractions run at once (default: the number of CPUs); others wait.
                   Texts of 16 KiB or more may take only half of them (at least one), so
                   that a flood of long or hostile texts leaves room for articles
                   e.g. entitas serve -concurrency 1
  -token SECRET    demand "Authorization: Bearer SECRET" on every endpoint but /healthz
                   and the page's files (default: $ENTITAS_TOKEN; none when empty); the
                   token crosses the network as written, so put the service behind TLS
                   e.g. ENTITAS_TOKEN=s3cret entitas serve -addr :8080
  -h               print this help
                   e.g. entitas serve -h

The server's timeouts: headers 10 s, a request body 60 s (a batch: 60 s a line), a
response -timeout plus 60 s (a batch: per line), an idle connection 120 s. Memory: a
request's body is held while it waits for an extractor, so at most about (requests open)
× -max-bytes; put a connection limit in front of a public service. The garbage collector
runs with GOGC=100 (not the 200 of extraction from files) unless GOGC is set.

Exit status: 0 after a clean shutdown; 1 when the address cannot be listened on or the
server fails; 2 for a usage error or a bad -gazetteer file.
`

// serveConfig is the command line of entitas serve after parsing.
type serveConfig struct {
	addr        string
	gazFiles    []string
	maxBytes    int64
	timeout     time.Duration
	concurrency int
	token       string
}

// Timeouts of the server that have no flag of their own.
const (
	readHeaderTimeout = 10 * time.Second
	bodyTimeout       = 60 * time.Second // reading a body, or one line of a batch
	writeSlack        = 60 * time.Second // writing an answer, beyond the wait for an extractor
	idleTimeout       = 120 * time.Second
	shutdownGrace     = 30 * time.Second
)

// newServeFlagSet defines the flags of entitas serve into c; gaz collects -gazetteer.
func newServeFlagSet(c *serveConfig, gaz *listFlag, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("entitas serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.addr, "addr", "127.0.0.1:8080", "address to listen on")
	fs.Var(gaz, "gazetteer", "a gazetteer file of your own entries (repeatable)")
	fs.Int64Var(&c.maxBytes, "max-bytes", 2<<20, "largest request body (a batch: largest line), bytes")
	fs.DurationVar(&c.timeout, "timeout", 10*time.Second, "longest wait for a free extractor before 503")
	fs.IntVar(&c.concurrency, "concurrency", runtime.NumCPU(), "extractions run at once")
	fs.StringVar(&c.token, "token", os.Getenv("ENTITAS_TOKEN"), "bearer token to demand (default $ENTITAS_TOKEN)")
	fs.Usage = func() { fmt.Fprint(stderr, serveUsage) }
	return fs
}

// runServe is the serve subcommand: it serves until SIGINT or SIGTERM.
func runServe(args []string, stdout, stderr io.Writer) int {
	var c serveConfig
	var gaz listFlag
	fs := newServeFlagSet(&c, &gaz, stderr)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	c.gazFiles = gaz
	usageErr := func(format string, args ...any) int {
		fmt.Fprintf(stderr, "entitas serve: "+format+"\n", args...)
		fmt.Fprintln(stderr, `run "entitas serve -h" for help`)
		return 2
	}
	switch {
	case fs.NArg() > 0:
		return usageErr("unexpected argument %q", fs.Arg(0))
	case c.maxBytes < 1:
		return usageErr("-max-bytes %d: want at least 1", c.maxBytes)
	case c.timeout <= 0:
		return usageErr("-timeout %v: want more than 0", c.timeout)
	case c.concurrency < 1:
		return usageErr("-concurrency %d: want at least 1", c.concurrency)
	}
	x, err := newExtractor(nil, c.gazFiles)
	if err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Fprintf(stderr, "entitas serve: %s\n", line)
		}
		return 2
	}
	// main sets GOGC=200 for going through a corpus fast; a service left running keeps its
	// memory down with the default instead. GOGC in the environment still decides.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(100)
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	s := newServer(x, c, log)
	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		fmt.Fprintf(stderr, "entitas serve: %v\n", err)
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Fprintf(stdout, "entitas serve: listening on http://%s/\n", ln.Addr())
	if tcp, ok := ln.Addr().(*net.TCPAddr); ok && !tcp.IP.IsLoopback() && c.token == "" {
		log.Warn("listening beyond this machine without -token: anyone who reaches the port can use the service", "addr", ln.Addr().String())
	}
	if err := s.serve(ctx, ln); err != nil {
		fmt.Fprintf(stderr, "entitas serve: %v\n", err)
		return 1
	}
	return 0
}

// serve answers requests on ln until ctx is done, then shuts down gracefully: it stops
// accepting, waits up to shutdownGrace for the requests in flight, and returns.
func (s *server) serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s.handler(),
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       bodyTimeout,
		WriteTimeout:      s.timeout + writeSlack,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.log.Info("shutting down", "grace", shutdownGrace)
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	err := hs.Shutdown(sctx)
	if errors.Is(err, context.DeadlineExceeded) {
		s.log.Warn("requests still running after the grace period; closing them")
		err = hs.Close()
	}
	if serr := <-errc; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}
