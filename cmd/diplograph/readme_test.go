package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// readmeExample is one "$ bin/diplograph …" line of the README with the
// output printed under it.
type readmeExample struct {
	line int
	cmd  string   // the shell command, without "$ "
	want []string // the lines shown; a line "…" stands for the rest
}

// readmeExamples returns every "$ " command in the README's code blocks.
func readmeExamples(t *testing.T) []readmeExample {
	t.Helper()
	f, err := os.Open(filepath.Join(repoRoot(), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var exs []readmeExample
	in, cur := false, -1
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "```"):
			in, cur = !in, -1
		case !in:
		case strings.HasPrefix(line, "$ "):
			exs = append(exs, readmeExample{line: n, cmd: strings.TrimPrefix(line, "$ ")})
			cur = len(exs) - 1
		case line == "":
			cur = -1
		case cur >= 0:
			exs[cur].want = append(exs[cur].want, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return exs
}

func repoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// TestReadme_Examples runs the README's "$ bin/diplograph …" examples over
// the sample articles and compares what they print with what the README
// shows, so the README cannot drift from the tool.
//
// By default the commands run in process against the test server, after an
// ingest of examples/articles. With DIPLOGRAPH_README_SHELL=1
// (scripts/readme-check, after make demo) they run as written, in a shell in
// the repository folder with none of the NEO4J_* or DIPLOGRAPH_* variables
// set: the newcomer's way, where diplograph.yaml finds the demo server.
func TestReadme_Examples(t *testing.T) {
	exs := readmeExamples(t)
	if len(exs) < 4 {
		t.Fatalf("only %d examples found in README.md", len(exs))
	}
	shell := os.Getenv("DIPLOGRAPH_README_SHELL") != ""
	if !shell {
		withExamples(t)
		// The examples name files of the repository, as from its folder.
		if err := os.Symlink(filepath.Join(repoRoot(), "examples"), "examples"); err != nil {
			t.Fatal(err)
		}
	}
	for _, ex := range exs {
		var got, errOut string
		if shell {
			got, errOut = runShell(t, ex.cmd)
		} else {
			args, ok := shellWords(ex.cmd)
			if !ok || len(args) == 0 || args[0] != "bin/diplograph" {
				t.Errorf("README.md:%d: %q is not a bin/diplograph command", ex.line, ex.cmd)
				continue
			}
			var code int
			code, got, errOut = runCLI(t, "", args[1:]...)
			if code != 0 {
				t.Errorf("README.md:%d: %s: exit %d: %s", ex.line, ex.cmd, code, errOut)
				continue
			}
		}
		if diff := compareShown(ex.want, got); diff != "" {
			t.Errorf("README.md:%d: %s\n%s\nstderr: %s", ex.line, ex.cmd, diff, errOut)
		}
	}
}

// runShell runs cmd with bash in the repository folder, in an environment
// that has none of diplograph's or Neo4j's variables.
func runShell(t *testing.T, cmd string) (string, string) {
	t.Helper()
	c := exec.Command("bash", "-c", cmd)
	c.Dir = repoRoot()
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NEO4J_") && !strings.HasPrefix(kv, "DIPLOGRAPH_") {
			c.Env = append(c.Env, kv)
		}
	}
	var out, errOut strings.Builder
	c.Stdout, c.Stderr = &out, &errOut
	if err := c.Run(); err != nil {
		t.Errorf("%s: %v: %s", cmd, err, errOut.String())
	}
	return out.String(), errOut.String()
}

// compareShown says how got differs from the lines the README shows, with
// trailing blanks ignored; a line "…" in want matches the rest of got, and
// a line ending in "…" any line that starts with what comes before.
func compareShown(want []string, got string) string {
	lines := strings.Split(strings.TrimRight(got, "\n"), "\n")
	for i, w := range want {
		if w == "…" {
			return ""
		}
		if i >= len(lines) {
			return "missing line " + w
		}
		if p, cut := strings.CutSuffix(w, "…"); cut && len(p) > 0 && strings.HasPrefix(lines[i], p) {
			continue // a long line shown by its head
		}
		if strings.TrimRight(lines[i], " ") != strings.TrimRight(w, " ") {
			return "README: " + w + "\ntool:   " + lines[i]
		}
	}
	if len(lines) > len(want) {
		return "the tool prints more: " + lines[len(want)]
	}
	return ""
}

// shellWords splits a command line the way sh does for plain words and
// single- or double-quoted strings (no escapes or expansions).
func shellWords(s string) ([]string, bool) {
	var words []string
	var w strings.Builder
	inWord := false
	var quote rune
	for _, r := range s {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			w.WriteRune(r)
		case r == '\'' || r == '"':
			quote, inWord = r, true
		case r == ' ' || r == '\t':
			if inWord {
				words = append(words, w.String())
				w.Reset()
				inWord = false
			}
		default:
			w.WriteRune(r)
			inWord = true
		}
	}
	if inWord {
		words = append(words, w.String())
	}
	return words, quote == 0
}
