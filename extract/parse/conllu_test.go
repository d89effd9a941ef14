package parse

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
)

func readFixture(tb testing.TB, name string) []Sentence {
	tb.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	s, err := ReadCoNLLU(f)
	if err != nil {
		tb.Fatalf("ReadCoNLLU(%s): %v", name, err)
	}
	return s
}

func TestCoNLLU_RoundTrip(t *testing.T) {
	in, err := os.ReadFile("testdata/roundtrip.conllu")
	if err != nil {
		t.Fatal(err)
	}
	ss, err := ReadCoNLLU(bytes.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 2 {
		t.Fatalf("got %d sentences, want 2", len(ss))
	}
	if got := len(ss[0].Tokens); got != 6 {
		t.Errorf("sentence 1: %d words, want 6 (the multiword line is not a word)", got)
	}
	if mw := ss[0].Multiwords; len(mw) != 1 || mw[0].First != 2 || mw[0].Last != 3 || mw[0].Fields[1] != "don't" {
		t.Errorf("sentence 1 multiwords = %+v, want one 2-3 don't", mw)
	}
	if got := len(ss[1].Tokens); got != 7 {
		t.Errorf("sentence 2: %d words, want 7 (the empty node is not a word)", got)
	}
	if e := ss[1].Empties; len(e) != 1 || e[0].After != 5 || e[0].Fields[0] != "5.1" {
		t.Errorf("sentence 2 empties = %+v, want one 5.1", e)
	}
	if tk := ss[1].Tokens[5]; tk.Form != "ships" || tk.Head != 5 || tk.Deprel != "orphan" {
		t.Errorf("word 6 = %+v, want ships <-orphan- 5", tk)
	}
	var out bytes.Buffer
	if err := WriteCoNLLU(&out, ss); err != nil {
		t.Fatal(err)
	}
	if out.String() != string(in) {
		t.Errorf("WriteCoNLLU(ReadCoNLLU(x)) != x:\n%s\nwant:\n%s", out.String(), in)
	}
}

func TestReadCoNLLU_Errors(t *testing.T) {
	tests := []struct{ name, in string }{
		{"FieldCount", "1\tA\t_\n\n"},
		{"BadID", "x\tA\t_\t_\t_\t_\t0\troot\t_\t_\n\n"},
		{"BadHead", "1\tA\t_\t_\t_\t_\tz\troot\t_\t_\n\n"},
		{"HeadOutside", "1\tA\t_\t_\t_\t_\t5\troot\t_\t_\n\n"},
		{"IDOrder", "2\tA\t_\t_\t_\t_\t0\troot\t_\t_\n\n"},
		{"BadRange", "2-1\tA\t_\t_\t_\t_\t_\t_\t_\t_\n\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadCoNLLU(strings.NewReader(tt.in))
			if !errors.Is(err, ErrCoNLLU) {
				t.Errorf("ReadCoNLLU(%q) error = %v, want ErrCoNLLU", tt.in, err)
			}
		})
	}
}

func TestReadCoNLLU_NoFinalBlankLine(t *testing.T) {
	ss, err := ReadCoNLLU(strings.NewReader("# c\n1\tHi\t_\tINTJ\tUH\t_\t0\troot\t_\t_"))
	if err != nil || len(ss) != 1 || ss[0].Tokens[0].Form != "Hi" || ss[0].Comments[0] != " c" {
		t.Errorf("ReadCoNLLU = %+v, %v; want one sentence with Hi", ss, err)
	}
}
