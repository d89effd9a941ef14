package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{`The minister said: "Iran's talks didn't fail."`, `The minister said : " Iran 's talks did n't fail . "`},
		{"(Reuters) - Mr. Smith met U.S. officials.", "( Reuters ) - Mr. Smith met U.S. officials ."},
		{"a well-known, 5.5% rise...", "a well-known , 5.5% rise..."},
		{"We’ll see", "We ’ll see"},
	}
	for _, tt := range tests {
		if got := strings.Join(tokenize(tt.in), " "); got != tt.want {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// tinyCorpus is made of sentences "DET NOUN VERB DET NOUN ." with four
// determiners, eight nouns and six verbs chosen round-robin, so that words
// of one class share their contexts and words of different classes do not.
func tinyCorpus() *corpus {
	dets := []string{"the", "a", "this", "every"}
	nouns := []string{"minister", "country", "Iran", "treaty", "summit", "army", "ally", "envoy"}
	verbs := []string{"signed", "met", "hosted", "joined", "criticized", "left"}
	c := newCorpus()
	for i := range 400 {
		c.addTokens([]string{dets[i%4], nouns[i%8], verbs[i%6], dets[(i/4)%4], nouns[(i/3)%8], "."})
	}
	return c
}

func build(t *testing.T, c *corpus) []byte {
	t.Helper()
	opts := Options{Words: 100, MinCount: 3, Contexts: 20, MinLeaf: 2, MaxDepth: 8, Window: 2}
	cl, err := Build(t.Context(), c, opts)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	writeClusters(w, cl)
	w.Flush()
	return b.Bytes()
}

func TestBuild_Classes(t *testing.T) {
	out := build(t, tinyCorpus())
	path := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			t.Fatalf("line %q: want 4 fields", line)
		}
		path[f[1]] = f[0]
	}
	if len(path) != 19 {
		t.Fatalf("%d words clustered, want 19:\n%s", len(path), out)
	}
	// The class of a word is the shortest prefix that separates it from
	// the other classes: words of a class share it, others do not.
	classes := [][]string{{"the", "a", "this", "every"},
		{"minister", "country", "iran", "treaty", "summit", "army", "ally", "envoy"},
		{"signed", "met", "hosted", "joined", "criticized", "left"}}
	for i, ci := range classes {
		for j, cj := range classes {
			if i == j {
				continue
			}
			for _, a := range ci {
				for _, b := range cj {
					pa, pb := path[a], path[b]
					shared := commonPrefix(pa, pb)
					for _, a2 := range ci {
						if commonPrefix(pa, path[a2]) <= shared {
							t.Errorf("%s (%s) and %s (%s) share as much as %s and %s (%s)", a, pa, b, pb, a, a2, path[a2])
						}
					}
				}
			}
		}
	}
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func TestBuild_Deterministic(t *testing.T) {
	a, b := build(t, tinyCorpus()), build(t, tinyCorpus())
	if !bytes.Equal(a, b) {
		t.Errorf("two builds differ:\n%s\n---\n%s", a, b)
	}
}

func TestBuild_Upper(t *testing.T) {
	c := newCorpus()
	for range 10 {
		c.addTokens([]string{"Officials", "in", "Paris", "said", "the", "army", "left", "."})
		c.addTokens([]string{"The", "paris", "said", "THE", "ARMY", "left", "."})
	}
	cl, err := Build(t.Context(), c, Options{Words: 100, MinCount: 3, Contexts: 10, MinLeaf: 100, MaxDepth: 4, Window: 1})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"paris": 50, "army": 0, "the": 0, "officials": -1, "said": 0}
	for _, c := range cl {
		if w, ok := want[c.Word]; ok && c.Upper != w {
			t.Errorf("%s: upper %d, want %d", c.Word, c.Upper, w)
		}
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.jsonl")
	var b strings.Builder
	for i := range 50 {
		fmt.Fprintf(&b, `{"id":"%d","text":"The minister met the envoy.\n\nA treaty was signed by the army."}`+"\n", i)
	}
	if err := os.WriteFile(in, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "c.tsv")
	var stderr bytes.Buffer
	if code := run(t.Context(), []string{"-jsonl", in, "-min-leaf", "2", "-out", out}, &stderr); code != 0 {
		t.Fatalf("run = %d: %s", code, stderr.String())
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		words = append(words, strings.Split(line, "\t")[1])
	}
	slices.Sort(words)
	want := []string{".", "a", "army", "by", "envoy", "met", "minister", "signed", "the", "treaty", "was"}
	if !slices.Equal(words, want) {
		t.Errorf("clustered words %q, want %q", words, want)
	}
}
