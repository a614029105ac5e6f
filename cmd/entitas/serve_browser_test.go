package main

import (
	"context"
	"flag"
	"fmt"
	"html"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/entitas-id/entitas/entity"
)

var screenshotTo = flag.String("serve.screenshot", "", "TestServePageInBrowser: also write the page's screenshot to this PNG file")

// chromium returns the path of a headless-capable Chromium, or "".
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// runChromium runs headless Chromium on url with args and returns what it prints.
func runChromium(t *testing.T, bin, pageURL string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args = append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions",
		"--no-first-run", "--hide-scrollbars", "--user-data-dir=" + t.TempDir(),
		"--virtual-time-budget=15000"}, args...)
	cmd := exec.CommandContext(ctx, bin, append(args, pageURL)...)
	var errs strings.Builder
	cmd.Stderr = &errs
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", bin, err, errs.String())
	}
	return string(out)
}

// TestServePageInBrowser loads the page in headless Chromium with an article in its
// address (/#text=…, which the page pastes and extracts), and checks that the entities
// marked in the page and the quotes listed, with their speakers, are the library's. It
// then takes a screenshot and prints its path. Without Chromium it skips, except under
// CI (CI set in the environment), where it fails: install the Debian package chromium.
// It skips with -short.
func TestServePageInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: no browser")
	}
	bin := chromium()
	if bin == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("Chromium is not installed, and CI is set: install it (apt-get install chromium) to test the page in a browser")
		}
		t.Skip("no Chromium: the page is not tested in a browser (apt-get install chromium)")
	}
	_, hs := newTestServer(t, testConfig())
	// Characters outside the BMP are two UTF-16 units in the page and four bytes in the
	// offsets: the marks after them must still hold their entities' text.
	text := articles(t)[article] + "\n\n😀 Presiden Joko Widodo 𝕏 tiba di Jakarta.\n"
	pageURL := hs.URL + "/#text=" + url.PathEscape(text)

	dom := runChromium(t, bin, pageURL, "--dump-dom")
	if !strings.Contains(dom, `data-state="done"`) {
		t.Fatalf("the page did not finish extracting; its DOM:\n%.3000s", dom)
	}
	d := entity.Default().Extract(text)

	// Entities: each <mark> carries its entity's number, type and offsets; a mark cut by a
	// quote boundary comes in pieces with the same number.
	var got []string
	inMark := map[string]string{} // entity number → the text inside its marks
	mark := regexp.MustCompile(`<mark class="e t-[A-Z]+" data-k="(\d+)" data-type="([A-Z]+)" data-start="(\d+)" data-end="(\d+)" tabindex="0">(.*?)</mark>`)
	label := regexp.MustCompile(`<span class="l">[A-Z]+</span>|<[^>]*>`)
	for _, m := range mark.FindAllStringSubmatch(dom, -1) {
		if _, ok := inMark[m[1]]; !ok {
			got = append(got, fmt.Sprintf("%s %s:%s %s", m[2], m[3], m[4], m[1]))
		}
		inMark[m[1]] += html.UnescapeString(label.ReplaceAllString(m[5], ""))
	}
	for i, g := range got {
		k := g[strings.LastIndexByte(g, ' ')+1:]
		got[i] = g[:len(g)-len(k)] + strconv.Quote(inMark[k])
	}
	var want []string
	for _, e := range d.Entities {
		want = append(want, fmt.Sprintf("%s %d:%d %s", e.Type, e.Start, e.End, strconv.Quote(e.Text)))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("marked in the page:\n%s\nthe library:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// Quotes: marked in the text with their offsets, and listed with their speakers.
	quote := regexp.MustCompile(`<span class="q" data-q="(\d+)" data-start="(\d+)" data-end="(\d+)"`)
	got, want = nil, nil
	seen := map[string]bool{}
	for _, m := range quote.FindAllStringSubmatch(dom, -1) {
		if !seen[m[1]] {
			seen[m[1]] = true
			got = append(got, m[2]+":"+m[3])
		}
	}
	item := regexp.MustCompile(`<li data-q="(\d+)" tabindex="0"><span class="who(?: none)?" title="[^"]*">([^<]*)</span><span class="qt">([^<]*)</span>`)
	var listed, wantListed []string
	for _, m := range item.FindAllStringSubmatch(dom, -1) {
		listed = append(listed, m[1]+" "+html.UnescapeString(m[2])+": "+html.UnescapeString(m[3]))
	}
	for k, q := range d.Quotes {
		want = append(want, strconv.Itoa(q.Start)+":"+strconv.Itoa(q.End))
		name := "?"
		if q.Speaker != nil {
			name = q.Speaker.Name
		}
		qt := q.Text
		if r := []rune(qt); len(r) > 220 { // the list shortens long quotes as the page does
			qt = string(r[:210]) + " … " + string(r[len(r)-8:])
		}
		wantListed = append(wantListed, fmt.Sprintf("%d %s: %s", k, name, qt))
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("quotes marked in the page %v, the library's %v", got, want)
	}
	if strings.Join(listed, "\n") != strings.Join(wantListed, "\n") {
		t.Errorf("quotes listed in the page:\n%s\nthe library's:\n%s", strings.Join(listed, "\n"), strings.Join(wantListed, "\n"))
	}
	if len(want) == 0 || len(d.Entities) == 0 {
		t.Fatal("the article has no quotes or entities: the test checks nothing")
	}

	png := filepath.Join(t.TempDir(), "page.png")
	runChromium(t, bin, pageURL, "--window-size=1280,1100", "--screenshot="+png)
	if fi, err := os.Stat(png); err != nil || fi.Size() < 10000 {
		t.Fatalf("screenshot: %v", err)
	}
	t.Logf("screenshot: %s", png)
	if *screenshotTo != "" {
		b, _ := os.ReadFile(png)
		if err := os.WriteFile(*screenshotTo, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
