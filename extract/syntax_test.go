package extract

import "testing"

// TestBreakCycles checks that a tree whose repairs left a loop of heads
// comes out with every word's chain of heads ending at the root.
func TestBreakCycles(t *testing.T) {
	tr := &tree{
		// 0 is the root; 1 → 2 → 3 → 1 loop.
		head: []int{-1, 2, 3, 1, 0},
		rel:  []string{"root", "nmod", "nsubj", "acl:relcl", "obj"},
	}
	breakCycles(tr)
	for i := range tr.head {
		k, steps := i, 0
		for k >= 0 {
			if steps++; steps > len(tr.head) {
				t.Fatalf("word %d still loops: heads %v", i, tr.head)
			}
			k = tr.head[k]
		}
	}
	if tr.head[0] != -1 {
		t.Errorf("the root moved: heads %v", tr.head)
	}
}

// TestVerbAfterSubject checks which "-s" words after an actor's name are
// read as the clause's verb: a trigger or a pattern's verb before its
// object when no other finite verb follows in the clause, and not a noun
// that a finite verb follows.
func TestVerbAfterSubject(t *testing.T) {
	x := New(testGazetteer(t))
	tests := []struct {
		text, word, tag string
	}{
		{"Officials said Israel shares intelligence with Jordan.", "shares", "VBZ"},
		{"Reuters reported that Israel shares intelligence with Jordan.", "shares", "VBZ"},
		{"Israel shares intelligence with Jordan, the ministry said.", "shares", "VBZ"},
		{"Officials said Israel shares fell sharply on Monday.", "shares", "NNS"},
		{"Analysts said Israel shares intelligence reports were leaked.", "shares", "NNS"},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, 0)
		ms := x.mentions(Sentence{Text: tt.text}, toks, newState("2019-06-01"))
		if _, err := x.parse(toks, ms); err != nil {
			t.Fatal(err)
		}
		for _, tk := range toks {
			if tk.text == tt.word && tk.tag != tt.tag {
				t.Errorf("%q: %q tagged %s, want %s", tt.text, tt.word, tk.tag, tt.tag)
			}
		}
	}
}
