package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	longLine := `{"id":"long","text":"Russia met China. ` + strings.Repeat("the talks went on for hours. ", 10<<20/29) + `"}`
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
		"f-records.jsonl:5: invalid JSON",
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
