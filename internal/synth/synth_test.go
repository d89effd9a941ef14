package synth

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestGenerate_Deterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := WriteJSONL(&a, Options{Articles: 50, Seed: 7}); err != nil {
		t.Fatal(err)
	}
	if err := WriteJSONL(&b, Options{Articles: 50, Seed: 7}); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Fatal("the same seed gave different articles")
	}
	var c bytes.Buffer
	_ = WriteJSONL(&c, Options{Articles: 50, Seed: 8})
	if a.String() == c.String() {
		t.Fatal("another seed gave the same articles")
	}
}

func TestGenerate_Shape(t *testing.T) {
	arts := Generate(Options{Articles: 200, Seed: 1})
	ids := map[string]bool{}
	for _, a := range arts {
		if ids[a.ID] {
			t.Fatalf("duplicate id %s", a.ID)
		}
		ids[a.ID] = true
		if strings.Contains(a.Text, "{") || strings.Contains(a.Title, "{") {
			t.Fatalf("unfilled slot in %s: %q", a.ID, a.Text)
		}
		if n := strings.Count(a.Text, ". "); n < 8 {
			t.Fatalf("%s has %d sentence breaks: %q", a.ID, n, a.Text)
		}
		b, _ := json.Marshal(a)
		if !bytes.Contains(b, []byte(`"date":"201`)) {
			t.Fatalf("no date: %s", b)
		}
	}
}
