package main

import (
	"context"
	"encoding/json"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/diplograph/diplograph/internal/neo4jtest"
)

// chromium returns the path of the headless browser, skipping outside CI
// when there is none and failing in CI.
func chromium(t *testing.T) string {
	for _, p := range []string{os.Getenv("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if p != "" {
			if _, err := exec.LookPath(p); err == nil {
				return p
			}
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("CI: chromium is not installed; .ci/run installs Debian's chromium")
	}
	t.Skip("no chromium (apt-get install chromium)")
	return ""
}

// TestBrowser drives the real Neo4j Browser of the test server in headless
// Chromium: it connects, runs a query over the ingested sample articles and
// checks that the graph shows the actors, styled by the diplograph sheet.
// The screenshot goes to testout/browser/graph.png.
func TestBrowser(t *testing.T) {
	neo4jtest.Open(t)
	httpURL := os.Getenv("NEO4J_TEST_HTTP")
	if httpURL == "" {
		t.Fatal("NEO4J_TEST_HTTP is not set (scripts/with-neo4j sets it)")
	}
	exe := chromium(t)
	dir := examplesDir(t)
	out, _ := filepath.Abs(filepath.Join(filepath.Dir(dir), "..", "testout", "browser"))
	inTempDir(t)
	t.Setenv("NEO4J_URI", neo4jtest.URI(t))
	if code, _, errOut := runCLI(t, "", "ingest", dir); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}

	// Chromium's helper processes may still write the profile after the
	// browser exits, so the profile is removed best-effort, not by t.TempDir.
	profile, err := os.MkdirTemp("", "diplograph-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		for range 10 {
			if os.RemoveAll(profile) == nil {
				return
			}
			time.Sleep(200 * time.Millisecond)
		}
	}()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1400, 1000),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	// Newer Chromium sends events this client does not know; they go to the test log.
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithErrorf(t.Logf))
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()

	query := "MATCH (a:Actor)-[r]->(b:Actor) RETURN a, r, b"
	// The link make demo prints: connectURL names the scheme, the user and the server.
	user := os.Getenv("NEO4J_TEST_USER")
	connect := neo4jtest.URI(t)
	if user != "" {
		connect = strings.Replace(connect, "://", "://"+user+"@", 1)
	}
	page := httpURL + "/browser/?connectURL=" + url.QueryEscape(connect) + "&cmd=edit&arg=" + url.QueryEscape(query)
	var graphText, fills string
	var form []string
	var shot []byte
	err = chromedp.Run(ctx,
		chromedp.Navigate(page),
		// The connection form comes filled from connectURL: bolt:// and the
		// user. Only the password is typed (React listens for input events).
		chromedp.WaitVisible(`[data-testid="connect"]`, chromedp.ByQuery),
		chromedp.Sleep(500*time.Millisecond),
		chromedp.Evaluate(`['bolt-scheme-select', 'boltaddress', 'username'].map(id => {
			const el = document.querySelector('[data-testid="' + id + '"]');
			return el ? el.value : '';
		})`, &form),
		chromedp.Evaluate(`(function(password) {
			function set(id, v, proto, event) {
				const el = document.querySelector('[data-testid="' + id + '"]');
				Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, v);
				el.dispatchEvent(new Event(event, {bubbles: true}));
			}
			if (password === '') {
				set('authenticationMethod', 'NO_AUTH', HTMLSelectElement.prototype, 'change');
			} else {
				set('password', password, HTMLInputElement.prototype, 'input');
			}
			return true;
		})(`+jsString(os.Getenv("NEO4J_TEST_PASSWORD"))+`)`, nil),
		chromedp.Sleep(500*time.Millisecond),
		chromedp.Click(`[data-testid="connect"]`, chromedp.ByQuery),
		// Logging in takes a moment; the banner may go before the session is up.
		chromedp.Sleep(3*time.Second),
		// Connected: the editor holds the query from the URL; run it.
		chromedp.WaitNotPresent(`[data-testid="disconnectedBanner"]`, chromedp.ByQuery),
		chromedp.Sleep(2*time.Second),
		chromedp.Click(`[data-testid="editor-Run"]`, chromedp.ByQuery),
		// The result frame draws the graph: node captions are SVG text.
		chromedp.WaitVisible(`[data-testid="frame"] svg g.node`, chromedp.ByQuery),
		chromedp.Sleep(3*time.Second),
		chromedp.Evaluate(`Array.from(document.querySelectorAll('svg g.node text')).map(e => e.textContent.trim()).join(' ')`, &graphText),
		chromedp.Evaluate(`Array.from(document.querySelectorAll('svg g.node circle')).map(e => e.getAttribute('fill')).join(' ')`, &fills),
		chromedp.FullScreenshot(&shot, 100),
	)
	if len(shot) > 0 {
		if err := os.MkdirAll(out, 0o755); err == nil {
			_ = os.WriteFile(filepath.Join(out, "graph.png"), shot, 0o644)
			t.Logf("screenshot: %s", filepath.Join(out, "graph.png"))
		}
	}
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	hostPort := strings.TrimPrefix(neo4jtest.URI(t), "bolt://")
	if len(form) != 3 || form[0] != "bolt://" || !strings.Contains(form[1], hostPort) || (user != "" && form[2] != user) {
		t.Errorf("connect form from %s: scheme, address, user = %q; want bolt://, %s, %q", connect, form, hostPort, user)
	}
	for _, want := range []string{"Russia", "Syria", "Lavrov", "Qatar"} {
		if !strings.Contains(graphText, want) {
			t.Errorf("graph captions %q lack %q", graphText, want)
		}
	}
	// Countries are drawn in the style sheet's country colour.
	for _, k := range kindColors[1:] {
		if !strings.Contains(strings.ToLower(fills), strings.ToLower(k.color)) {
			t.Errorf("node colours %q lack the %s colour %s: the style sheet was not applied", fills, k.label, k.color)
		}
	}
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
