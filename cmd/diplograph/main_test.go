package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/internal/neo4jtest"
)

// runCLI runs the command in process and returns its exit code, stdout and stderr.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(t.Context(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// inTempDir runs the test in an empty working directory, so no diplograph.yaml leaks in.
func inTempDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Chdir(dir)
	t.Setenv("XDG_CONFIG_HOME", dir)
	t.Setenv("HOME", dir)
	return dir
}

func TestConfig_Precedence(t *testing.T) {
	dir := inTempDir(t)
	file := filepath.Join(dir, "diplograph.yaml")
	if err := os.WriteFile(file, []byte("batch-size: 11\nworkers: 3\nlog-level: warn\nneo4j:\n  uri: neo4j://file:7687\n  password: s3cret\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("DIPLOGRAPH_WORKERS", "5")
	t.Setenv("NEO4J_URI", "bolt://env:7687")
	code, out, errOut := runCLI(t, "", "config", "show", "--batch-size", "7")
	if code != 0 {
		t.Fatalf("config show: exit %d, stderr %s", code, errOut)
	}
	for _, want := range []string{
		"batch-size           7",               // flag beats file
		"workers              5",               // env beats file
		"log-level            warn",            // file beats default
		"neo4j.uri            bolt://env:7687", // the usual NEO4J_ variable beats file
		"neo4j.password       ********",        // redacted
	} {
		if !strings.Contains(out, want) {
			t.Errorf("config show lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "s3cret") {
		t.Errorf("config show printed the password:\n%s", out)
	}
}

func TestConfig_Rejected(t *testing.T) {
	inTempDir(t)
	tests := []struct {
		name string
		env  [2]string
		args []string
		want string
	}{
		{"BatchSizeEnv", [2]string{"DIPLOGRAPH_BATCH_SIZE", "-1"}, nil, "batch-size must be between 1 and 100000, got -1"},
		{"WorkersFlag", [2]string{}, []string{"--workers", "0"}, "workers must be between 1 and 1024, got 0"},
		{"URIScheme", [2]string{"NEO4J_URI", "http://localhost:7474"}, nil, `neo4j.uri: scheme "http"`},
		{"LogLevel", [2]string{}, []string{"--log-level", "loud"}, `log-level must be debug, info, warn or error, got "loud"`},
		{"MissingConfig", [2]string{}, []string{"--config", "nope.yaml"}, "read config nope.yaml"},
		{"MinConfidence", [2]string{"DIPLOGRAPH_MIN_CONFIDENCE", "1.5"}, nil, "min-confidence must be between 0 and 1, got 1.5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.env[0] != "" {
				t.Setenv(tt.env[0], tt.env[1])
			}
			code, _, errOut := runCLI(t, "", append([]string{"config", "show"}, tt.args...)...)
			if code != exitError || !strings.Contains(errOut, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, errOut, exitError, tt.want)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := runCLI(t, "", "version")
	if code != 0 || !strings.HasPrefix(out, "diplograph ") {
		t.Errorf("version: exit %d, %q", code, out)
	}
}

func TestSchema_ApplyShow(t *testing.T) {
	neo4jtest.Open(t) // an empty database
	inTempDir(t)
	t.Setenv("NEO4J_URI", neo4jtest.URI(t))
	for range 2 {
		if code, out, errOut := runCLI(t, "", "schema", "apply"); code != 0 || !strings.Contains(out, "schema applied") {
			t.Fatalf("schema apply: exit %d, %q, %q", code, out, errOut)
		}
	}
	code, out, errOut := runCLI(t, "", "schema", "show")
	if code != 0 || !strings.Contains(out, "actor_id") || !strings.Contains(out, "event_sentences") {
		t.Errorf("schema show: exit %d, %q, %q", code, out, errOut)
	}
}

func TestSchema_ServerDown(t *testing.T) {
	inTempDir(t)
	t.Setenv("NEO4J_URI", "bolt://127.0.0.1:1")
	code, _, errOut := runCLI(t, "", "schema", "apply")
	if code != exitError || !strings.Contains(errOut, "bolt://127.0.0.1:1 does not answer") || !strings.Contains(errOut, "Try: start Neo4j") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

// TestBrowserStyle checks that browser/diplograph.grass is what the
// vocabulary generates, and that the JSON form survives
// browser.post_connect_cmd, which splits commands at semicolons.
func TestBrowserStyle(t *testing.T) {
	_, file, _, _ := runtime.Caller(0)
	committed, err := os.ReadFile(filepath.Join(filepath.Dir(file), "..", "..", "browser", "diplograph.grass"))
	if err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCLI(t, "", "browser", "style")
	if code != 0 || out != string(committed) {
		t.Errorf("browser/diplograph.grass is stale: run go run ./cmd/diplograph browser style > browser/diplograph.grass")
	}
	code, out, _ = runCLI(t, "", "browser", "style", "--format", "json")
	if code != 0 || strings.Contains(out, ";") || !strings.Contains(out, `"relationship.ATTACKED":{"caption":"\u003ctype\u003e","color":"#C62828"`) && !strings.Contains(out, `"relationship.ATTACKED":{"caption":"<type>","color":"#C62828"`) {
		t.Errorf("style JSON: %s", out)
	}
}
