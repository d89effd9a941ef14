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
