package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
)

// TestExtract_BadInput feeds every kind of bad input beside good articles:
// each gets a one-line error naming its file (and line), the good records
// are all extracted, and the exit status says that something was rejected.
func TestExtract_BadInput(t *testing.T) {
	dir := inTempDir(t)
	good := `{"id":"good-%d","title":"Russia criticizes NATO","text":"Russia criticized NATO on Friday.","date":"2017-01-01"}`
	write := func(name string, data []byte) string {
		t.Helper()
		p := filepath.Join(dir, "in", name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	line := func(i int) string { return strings.Replace(good, "%d", string(rune('a'+i)), 1) }
	big := bytes.Repeat([]byte("Russia criticized NATO. "), 100<<20/24+1) // a 100 MB article
	// A 10 MB record the splitter cannot cut: text that long is not
	// parsed, and yields only its titles.
	longLine := `{"id":"long","date":"2016-01-01","text":"Russian Foreign Minister Sergey Lavrov met China. ` + strings.Repeat("the talks went on for hours. ", 10<<20/29) + `"}`
	write("a-empty.txt", nil)
	write("b-binary.txt", []byte("Russia\x00\x01\x02 vetoed\xff"))
	write("c-latin1.txt", []byte("Moscou a critiqu\xe9 l'OTAN."))
	write("d-bom-crlf.txt", []byte("\ufeffRussia vetoes resolution\r\n\r\nRussia vetoed a UN resolution.\r\n"))
	write("e-huge.txt", big)
	write("f-records.jsonl", []byte(strings.Join([]string{
		line(0),
		`{"id":"broken", "text": "unterminated`,
		`{"title":"no id","text":"Russia met China."}`,
		`{"id":"notext","title":"t"}`,
		`{"id":"typed","text":42}`,
		`{"id":["x"],"text":"Russia met China."}`,
		"{\"id\":\"badutf\",\"text\":\"Russia \xff met China.\"}",
		line(1),
		line(0), // a duplicate id
		longLine,
		line(2),
	}, "\n")+"\n"))
	if err := os.Symlink(filepath.Join(dir, "in"), filepath.Join(dir, "in", "loop")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "missing.txt"), filepath.Join(dir, "in", "g-dangling.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "in", "h-dir.jsonl"), 0o755); err != nil {
		t.Fatal(err)
	}

	code, out, errOut := runCLI(t, "", "extract", "--log-level", "error", filepath.Join(dir, "in"), filepath.Join(dir, "nope"))
	if code != exitRejected {
		t.Errorf("exit %d, want %d (rejected)", code, exitRejected)
	}
	for _, want := range []string{
		"a-empty.txt: article has no text",
		"b-binary.txt: not UTF-8 text",
		"c-latin1.txt: not UTF-8 text",
		"e-huge.txt: article larger than 32 MiB",
		"f-records.jsonl:2: invalid JSON",
		"f-records.jsonl:3: article has no id",
		"f-records.jsonl:4: article has no text",
		"f-records.jsonl:5: text must be a string, found a number",
		"f-records.jsonl:6: id must be a string or a number",
		"f-records.jsonl:7: not UTF-8 text",
		`article "good-a" (article `,
		"symbolic link loop",
		"g-dangling.txt",
		"nope: ",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q", want)
		}
	}
	for _, l := range strings.Split(strings.TrimSpace(errOut), "\n") {
		if !strings.HasPrefix(l, "diplograph: ") {
			t.Errorf("not a one-line error: %q", l)
		}
	}
	// The good records: the BOM and CRLF file, three good JSON records and the 10 MB line.
	for _, id := range []string{`"id":"d-bom-crlf"`, `"id":"good-a"`, `"id":"good-b"`, `"id":"good-c"`, `"id":"long"`} {
		if !strings.Contains(out, id) {
			t.Errorf("good article %s was not extracted", id)
		}
	}
	if strings.Contains(out, `"id":"e-huge"`) {
		t.Error("the 100 MB article was extracted")
	}
	// The BOM is not part of the headline, and CRLF did not leak into sentences.
	if strings.Contains(out, "\\ufeff") || strings.Contains(out, `\r`) {
		t.Error("a BOM or CR leaked into the output")
	}
}

// TestExtract_RecordRules checks the rules every JSON record and text file
// follows: a JSON object, string fields (the id may be a number), no NUL
// (raw in a text file or \u0000 in JSON: the same message), no lone
// surrogate escape, and an ISO 8601 date that exists; the good records go on.
func TestExtract_RecordRules(t *testing.T) {
	dir := inTempDir(t)
	t.Setenv("DIPLOGRAPH_RULES", "window") // the rules at hand do not matter here
	jsonl := filepath.Join(dir, "records.jsonl")
	if err := os.WriteFile(jsonl, []byte(strings.Join([]string{
		`{"id":"good-1","text":"Russia criticized NATO on Friday.","date":"2017-06-05"}`,
		`[1,2]`,
		`"just a string"`,
		`{"id":"nul\u0000id","text":"Russia criticized NATO on Friday."}`,
		`{"id":"nul-text","text":"Russia criticized NATO\u0000 on Friday."}`,
		`{"id":"lone","text":"Russia criticized NATO \ud800 on Friday."}`,
		`{"id":"yesterday","text":"Russia criticized NATO on Friday.","date":"yesterday"}`,
		`{"id":"feb30","text":"Russia criticized NATO on Friday.","date":"2017-02-30"}`,
		`{"id":"month","text":"Russia criticized NATO on Friday.","date":"2017-06"}`,
		`{"id":"good-2","text":"Russia criticized NATO on Friday.","date":"2017-06-05T23:30:00-05:00"}`,
	}, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	txt := filepath.Join(dir, "nul.txt")
	if err := os.WriteFile(txt, []byte("Russia criticized\x00 NATO on Friday."), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "", "extract", "--log-level", "error", jsonl, txt)
	if code != exitRejected {
		t.Errorf("exit %d, want %d", code, exitRejected)
	}
	want := []string{
		"records.jsonl:2: expected a JSON object, found an array",
		"records.jsonl:3: expected a JSON object, found a string",
		"records.jsonl:4: id contains a NUL character",
		"records.jsonl:5: text contains a NUL character",
		`records.jsonl:6: text has a lone UTF-16 surrogate escape (\ud800 to \udfff not in a pair)`,
		`records.jsonl:7: invalid date "yesterday": want YYYY-MM-DD or an RFC 3339 date-time (2017-06-05T14:30:00Z)`,
		`records.jsonl:8: invalid date "2017-02-30": no such day`,
		`records.jsonl:9: invalid date "2017-06": a month or a year alone is not a day; want YYYY-MM-DD`,
		"nul.txt: text contains a NUL character",
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(lines) != len(want)+1 { // and the count
		t.Errorf("stderr has %d lines, want %d:\n%s", len(lines), len(want)+1, errOut)
	}
	for _, w := range want {
		if !strings.Contains(errOut, w) {
			t.Errorf("stderr lacks %q:\n%s", w, errOut)
		}
	}
	if strings.Contains(errOut, "Go ") || strings.Contains(errOut, "struct") || strings.Contains(errOut, "[]interface") {
		t.Errorf("a Go type name in the messages:\n%s", errOut)
	}
	var dates []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var tr struct{ Article struct{ ID, Date string } }
		if err := json.Unmarshal([]byte(l), &tr); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		dates = append(dates, tr.Article.ID+" "+tr.Article.Date)
	}
	if got := strings.Join(dates, ", "); got != "good-1 2017-06-05, good-2 2017-06-05" {
		t.Errorf("extracted %s, want good-1 and good-2, dated 2017-06-05", got)
	}
}

// TestExtract_SpecialFiles names a FIFO (with no writer) and a .jsonl that
// links to /dev/zero beside a good file, and puts them in a folder: both are
// rejected by type, without being opened, and the run goes on.
func TestExtract_SpecialFiles(t *testing.T) {
	dir := inTempDir(t)
	t.Setenv("DIPLOGRAPH_RULES", "window")
	in := filepath.Join(dir, "in")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	fifo, zero, good := filepath.Join(in, "a-fifo.jsonl"), filepath.Join(in, "b-zero.jsonl"), filepath.Join(in, "c-good.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(good, []byte("Russia criticized NATO on Friday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{fifo, zero, good}, {in}} {
		ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
		var out, errOut bytes.Buffer
		began := time.Now()
		code := run(ctx, append([]string{"extract", "--log-level", "error"}, args...), strings.NewReader(""), &out, &errOut)
		cancel()
		if time.Since(began) > 15*time.Second {
			t.Fatalf("extract %v hung (%v)", args, time.Since(began))
		}
		if code != exitRejected || !strings.Contains(out.String(), `"id":"c-good"`) {
			t.Errorf("extract %v: exit %d, stdout %q", args, code, out.String())
		}
		for _, w := range []string{
			fifo + ": not a regular file (a named pipe; use - to read standard input)",
			zero + ": not a regular file (a character device; use - to read standard input)",
			"2 input records rejected",
		} {
			if !strings.Contains(errOut.String(), w) {
				t.Errorf("extract %v: stderr lacks %q:\n%s", args, w, errOut.String())
			}
		}
	}
}

// TestExtract_CancelStdin cancels in-process runs that read a standard input
// that sends nothing or a line that never ends: each ends within 2 s.
func TestExtract_CancelStdin(t *testing.T) {
	inTempDir(t)
	silent, w := io.Pipe()
	defer w.Close()
	for name, stdin := range map[string]io.Reader{"Silent": silent, "EndlessLine": endlessLine{}} {
		t.Run(name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(t.Context())
			defer cancel()
			time.AfterFunc(300*time.Millisecond, cancel)
			var out, errOut bytes.Buffer
			done := make(chan int, 1)
			go func() { done <- run(ctx, []string{"extract", "--log-level", "error", "-"}, stdin, &out, &errOut) }()
			select {
			case code := <-done:
				if code != exitError || strings.TrimSpace(errOut.String()) != "diplograph: interrupted" {
					t.Errorf("exit %d, stderr %q", code, errOut.String())
				}
			case <-time.After(2300 * time.Millisecond):
				t.Fatal("the cancelled run still reads standard input after 2 s")
			}
		})
	}
}

// endlessLine is a standard input that sends one line that never ends.
type endlessLine struct{}

func (endlessLine) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

// TestSignal_NeverEndingStdin sends SIGINT and SIGTERM to the built binary
// reading a standard input pipe that sends nothing, or a line that never
// ends: it stops within 2 s, saying it was interrupted. ingest is tried too
// when a test server is at hand.
func TestSignal_NeverEndingStdin(t *testing.T) {
	bin := binary(t)
	dir := inTempDir(t)
	t.Setenv("DIPLOGRAPH_RULES", "window")
	commands := [][]string{{"extract", "-"}}
	if os.Getenv("NEO4J_TEST_URI") != "" || os.Getenv("CI") != "" {
		neo4jtest.Open(t)
		t.Setenv("NEO4J_URI", neo4jtest.URI(t))
		commands = append(commands, []string{"ingest", "-"})
	}
	for _, args := range commands {
		for _, endless := range []bool{false, true} {
			for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
				name := args[0] + "/silent/" + sig.String()
				if endless {
					name = args[0] + "/endless-line/" + sig.String()
				}
				t.Run(name, func(t *testing.T) {
					cmd := exec.Command(bin, append(args, "--log-level", "error")...)
					cmd.Dir = dir
					var errOut bytes.Buffer
					cmd.Stderr = &errOut
					stdin := startWithStdin(t, cmd)
					if endless {
						go func() {
							chunk := bytes.Repeat([]byte("a"), 64<<10)
							for {
								if _, err := stdin.Write(chunk); err != nil {
									return
								}
							}
						}()
					}
					time.Sleep(2 * time.Second) // past the start (ingest: the connection and the schema)
					exited := make(chan error, 1)
					go func() { exited <- cmd.Wait() }()
					select {
					case err := <-exited:
						t.Fatalf("ended before the signal: %v\n%s", err, errOut.String())
					default:
					}
					_ = cmd.Process.Signal(sig)
					signalled := time.Now()
					select {
					case err := <-exited:
						t.Logf("ended %v after %v", time.Since(signalled).Round(time.Millisecond), sig)
						var ee *exec.ExitError
						if !errors.As(err, &ee) || ee.ExitCode() != exitError || !strings.Contains(errOut.String(), "interrupted") {
							t.Errorf("after %v: %v, stderr %q", sig, err, errOut.String())
						}
					case <-time.After(2 * time.Second):
						_ = cmd.Process.Kill()
						<-exited
						t.Fatalf("still running 2 s after %v", sig)
					}
				})
			}
		}
	}
}

// TestSignal_SecondEndsAtOnce: a second Ctrl-C ends a run that does not
// wind down after the first (parse reads its whole input before it looks at
// anything).
func TestSignal_SecondEndsAtOnce(t *testing.T) {
	bin := binary(t)
	cmd := exec.Command(bin, "parse", "-")
	cmd.Dir = inTempDir(t)
	startWithStdin(t, cmd) // kept open: parse waits for the end of its input
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	time.Sleep(time.Second)
	_ = cmd.Process.Signal(syscall.SIGINT)
	select {
	case <-exited:
		t.Log("it wound down after the first SIGINT")
		return
	case <-time.After(time.Second):
	}
	_ = cmd.Process.Signal(syscall.SIGINT)
	signalled := time.Now()
	select {
	case err := <-exited:
		t.Logf("ended %v after the second SIGINT: %v", time.Since(signalled).Round(time.Millisecond), err)
	case <-time.After(2 * time.Second):
		_ = cmd.Process.Kill()
		<-exited
		t.Fatal("still running 2 s after a second SIGINT")
	}
}

// hostileRows holds terminal escapes: clear the screen (ESC[2J), set the
// window title (OSC 0 … BEL), a C1 CSI, DEL and a right-to-left override.
var hostileRows = graph.Rows{
	Keys: []string{"id", "sentence\x1b[2J", "n"},
	Values: [][]any{
		{"esc\x1b[2J", "Russia criticized NATO \x1b]0;owned\x07 on Friday\u202e.", int64(1)},
		{"c1\u009b31m", "tab\tand\nline \x7f", []any{"a\x1b[1m", "b"}},
	},
}

func TestPrintRows_TerminalSafe(t *testing.T) {
	var out bytes.Buffer
	if err := printRows(&app{stdout: &out}, "table", hostileRows); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, r := range got {
		if r != '\n' && (r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f || r == '\u202e') {
			t.Fatalf("table output holds %U:\n%q", r, got)
		}
	}
	for _, w := range []string{`SENTENCE\x1b[2J`, `esc\x1b[2J`, `NATO \x1b]0;owned\x07 on Friday\u202e.`, `c1\u009b31m`, `tab and line \x7f`, `a\x1b[1m,b`} {
		if !strings.Contains(got, w) {
			t.Errorf("table output lacks %q:\n%s", w, got)
		}
	}

	// JSON stays exact.
	out.Reset()
	if err := printRows(&app{stdout: &out}, "json", hostileRows); err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(&out)
	for _, row := range hostileRows.Values {
		var m map[string]any
		if err := dec.Decode(&m); err != nil {
			t.Fatal(err)
		}
		if m["id"] != row[0] || m["sentence\x1b[2J"] != row[1] {
			t.Errorf("JSON row %q, want %q", m, row)
		}
	}
}

// TestQuery_TerminalSafe ingests an article whose id and sentence hold
// terminal escapes and reads it back: escaped in the table, exact in JSON.
func TestQuery_TerminalSafe(t *testing.T) {
	neo4jtest.Open(t)
	inTempDir(t)
	t.Setenv("NEO4J_URI", neo4jtest.URI(t))
	t.Setenv("DIPLOGRAPH_RULES", "window")
	const id, sentence = "esc\x1b[2J", "Russia criticized NATO \x1b]0;owned\x07 on Friday\u202e."
	rec, _ := json.Marshal(map[string]string{"id": id, "text": sentence, "date": "2017-06-05"})
	if code, out, errOut := runCLI(t, string(rec)+"\n", "ingest", "--log-level", "error", "-"); code != 0 {
		t.Fatalf("ingest: exit %d, %s %s", code, out, errOut)
	}
	code, out, errOut := runCLI(t, "", "query", "relations", "RUS", "NATO")
	if code != 0 || strings.ContainsAny(out, "\x1b\x07\u202e") ||
		!strings.Contains(out, `esc\x1b[2J`) || !strings.Contains(out, `NATO \x1b]0;owned\x07 on Friday\u202e.`) {
		t.Errorf("table: exit %d, %q, stderr %q", code, out, errOut)
	}
	code, out, _ = runCLI(t, "", "query", "relations", "RUS", "NATO", "--format", "json")
	var row struct{ Article, Sentence string }
	if err := json.Unmarshal([]byte(out), &row); code != 0 || err != nil || row.Article != id || row.Sentence != sentence {
		t.Errorf("json: exit %d, %v, %q", code, err, out)
	}
}

// TestQuery_DateFlags: a --since that is not a date is a usage error before
// any connection (the server here does not answer).
func TestQuery_DateFlags(t *testing.T) {
	inTempDir(t)
	t.Setenv("NEO4J_URI", "bolt://127.0.0.1:1")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--since", "yesterday"}, `--since "yesterday" is not a date: want YYYY, YYYY-MM or YYYY-MM-DD`},
		{[]string{"--since", "2017-1"}, `--since "2017-1" is not a date: want YYYY, YYYY-MM or YYYY-MM-DD`},
		{[]string{"--since", "2017-02-30"}, `--since "2017-02-30": no such date`},
		{[]string{"--since", "2017-13"}, `--since "2017-13": no such date`},
		{[]string{"--by", "week"}, `--by "week" is not year, month or day`},
	}
	for _, tt := range tests {
		code, _, errOut := runCLI(t, "", append([]string{"query", "timeline", "Qatar"}, tt.args...)...)
		if code != exitError || !strings.Contains(errOut, tt.want) || !strings.Contains(errOut, "Try: --") {
			t.Errorf("%v: exit %d, stderr %q; want %q", tt.args, code, errOut, tt.want)
		}
	}
	// Good values get past the check, to the server.
	for _, since := range []string{"2017", "2017-06", "2016-02-29"} {
		code, _, errOut := runCLI(t, "", "query", "timeline", "Qatar", "--since", since)
		if code != exitError || !strings.Contains(errOut, "does not answer") {
			t.Errorf("--since %s: exit %d, stderr %q", since, code, errOut)
		}
	}
}

// startWithStdin starts cmd with a pipe to its standard input, which is
// closed when the test ends, and returns the pipe.
func startWithStdin(t *testing.T, cmd *exec.Cmd) io.WriteCloser {
	t.Helper()
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stdin.Close() })
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return stdin
}
