package main

import (
	"encoding/json"
	"fmt"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestParse_CoNLLU(t *testing.T) {
	inTempDir(t)
	code, out, errOut := runCLI(t, "Russia vetoed a resolution. Japan met China.", "parse")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	sents := strings.Split(strings.TrimSpace(out), "\n\n")
	if len(sents) != 2 {
		t.Fatalf("want 2 sentences, got %d:\n%s", len(sents), out)
	}
	lines := strings.Split(sents[0], "\n")
	if lines[0] != "# text = Russia vetoed a resolution." || len(lines) != 6 {
		t.Fatalf("first sentence:\n%s", sents[0])
	}
	// Russia is the subject of vetoed, the root.
	f := strings.Split(lines[1], "\t")
	g := strings.Split(lines[2], "\t")
	if len(f) != 10 || f[1] != "Russia" || f[6] != "2" || f[7] != "nsubj" || g[2] != "veto" || g[6] != "0" || g[7] != "root" {
		t.Errorf("parse:\n%s", sents[0])
	}
}

func TestParse_Eval(t *testing.T) {
	inTempDir(t)
	gold, _ := filepath.Abs(filepath.Join(repoRoot(), "extract", "parse", "testdata", "fixture.conllu"))
	code, out, errOut := runCLI(t, "", "parse", "--eval", gold)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	last := lines[len(lines)-1]
	var uas, las float64
	if n, _ := fmt.Sscanf(last, "UAS=%f LAS=%f", &uas, &las); n != 2 || uas < 50 || las > uas {
		t.Errorf("last line %q", last)
	}
}

func TestExtract_MinConfidence(t *testing.T) {
	inTempDir(t)
	in := `{"id":"a","date":"2017-04-12","text":"Russia vetoed a United Nations resolution on Syria. Russian Foreign Minister Sergey Lavrov criticized NATO."}`
	count := func(args ...string) (n int, min float64) {
		code, out, errOut := runCLI(t, in, append([]string{"extract", "-"}, args...)...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		min = 1
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var tr struct{ Confidence float64 }
			if err := json.Unmarshal([]byte(l), &tr); err != nil {
				t.Fatal(err)
			}
			n++
			min = math.Min(min, tr.Confidence)
		}
		return n, min
	}
	all, lowest := count()
	if all < 3 {
		t.Fatalf("only %d triples", all)
	}
	kept, keptMin := count("--min-confidence", strconv.FormatFloat(lowest+0.001, 'f', 3, 64))
	if kept >= all || keptMin <= lowest {
		t.Errorf("--min-confidence above the lowest (%g) kept %d of %d, lowest kept %g", lowest, kept, all, keptMin)
	}
}
