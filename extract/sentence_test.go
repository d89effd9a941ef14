package extract

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"Headline", "Putin meets Tillerson as rift deepens\n\nRussia vetoed it. China abstained.",
			[]string{"Putin meets Tillerson as rift deepens", "Russia vetoed it.", "China abstained."}},
		{"Abbreviations", "Mr. Lavrov met Gen. Dunford in the U.S. capital. He left.",
			[]string{"Mr. Lavrov met Gen. Dunford in the U.S. capital.", "He left."}},
		{"DottedEnd", "Talks were held in the U.S. The next round is in May.",
			[]string{"Talks were held in the U.S.", "The next round is in May."}},
		{"Initial", "John F. Kennedy met Nikita Khrushchev.", []string{"John F. Kennedy met Nikita Khrushchev."}},
		{"Quotes", `"We will respond," he said. "Soon."`, []string{`"We will respond," he said.`, `"Soon."`}},
		{"CRLF", "One.\r\nTwo.\r\n", []string{"One.", "Two."}},
		{"Lowercase", "It rose 2.5 percent. it did.", []string{"It rose 2.5 percent. it did."}},
		{"Empty", " \n\n ", nil},
		{"WireDatelineRunIn", "Rebels seize town Monitor AFP Friday 3 Jul 2015 Rebels seized the town on Friday.",
			[]string{"Rebels seize town Monitor", "AFP Friday 3 Jul 2015", "Rebels seized the town on Friday."}},
		{"DateInASentence", "Talks are due on Monday 5 June 2017 in Geneva. They may fail.",
			[]string{"Talks are due on Monday 5 June 2017 in Geneva.", "They may fail."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Split(tt.in) {
				got = append(got, s.Text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Split(%q)=%q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"Russia vetoed it. China did not.", "Headline\n\nBody. More!", "U.S. talks.\r\n", "\xff\xfe", "a.\u00a0B"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, s := range Split(text) {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("bad span [%d,%d) after %d in %q", s.Start, s.End, prev, text)
			}
			if text[s.Start:s.End] != s.Text {
				t.Fatalf("text[%d:%d]=%q, want %q", s.Start, s.End, text[s.Start:s.End], s.Text)
			}
			if strings.TrimSpace(s.Text) != s.Text {
				t.Fatalf("sentence %q is not trimmed", s.Text)
			}
			prev = s.End
		}
		for _, tok := range tokenize(text, 0) {
			if text[tok.start:tok.end] != tok.text {
				t.Fatalf("token %q at [%d,%d) is %q", tok.text, tok.start, tok.end, text[tok.start:tok.end])
			}
		}
		_ = utf8.ValidString(text)
	})
}

// tokenTexts joins the tokens' texts with "|".
func tokenTexts(toks []token) string {
	texts := make([]string, len(toks))
	for i, tok := range toks {
		texts[i] = tok.text
	}
	return strings.Join(texts, "|")
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Russia's U.S.-backed ally didn't veto.", "Russia|'s|U.S.-backed|ally|did|n't|veto|."},
		{"Erdoğan’s “talks” (in Ankara)", "Erdoğan|’s|“|talks|”|(|in|Ankara|)"},
		{"Russia didn’t veto.", "Russia|did|n’t|veto|."},
		{"Tehran Cannot be trusted.", "Tehran|Can|not|be|trusted|."},
		{"Ban Ki-moon, al-Assad & Co.", "Ban|Ki-moon|,|al-Assad|&|Co|."},
		// A title keeps its dot before a name, as the treebank writes it.
		{"Mr. Obama met Gen. Mattis and Mr", "Mr.|Obama|met|Gen.|Mattis|and|Mr"},
		{"James B. Comey spoke. B. Smith", "James|B.|Comey|spoke|.|B|.|Smith"},
		// An abbreviation after a hyphen keeps its dots.
		{"The Canadian-U.S. pact and anti-U.S. rallies.", "The|Canadian-U.S.|pact|and|anti-U.S.|rallies|."},
	}
	for _, tt := range tests {
		if g := tokenTexts(tokenize(tt.in, 0)); g != tt.want {
			t.Errorf("tokenize(%q)=%q, want %q", tt.in, g, tt.want)
		}
	}
	if k := fold("Erdoğan’s"); k != "erdogan's" {
		t.Errorf("fold=%q", k)
	}
}

// A site's block of related headlines pasted after a name, its first glued
// to the name repeated in full and the block closed by "MORE", is dropped;
// names run together with no name before them or no "MORE" after them are
// kept.
func TestDropLinkBlocks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Sen. Jane Rowland Jane Ann RowlandTrump meets Putin | Senate passes bill MORE (R-Iowa) spoke.", "Sen.|Jane|Rowland|(|R-Iowa|)|spoke|."},
		{"Rep. Al McKenna Alan McKennaEx-CIA chief speaks MORE voted.", "Rep.|Al|McKenna|voted|."},
		{"Senator McCain met DeSantis and MacArthur.", "Senator|McCain|met|DeSantis|and|MacArthur|."},
		{"The LinkedIn post said MORE is needed.", "The|LinkedIn|post|said|MORE|is|needed|."},
	}
	for _, tt := range tests {
		if g := tokenTexts(dropLinkBlocks(tokenize(tt.in, 0))); g != tt.want {
			t.Errorf("dropLinkBlocks(%q)=%q, want %q", tt.in, g, tt.want)
		}
	}
}
