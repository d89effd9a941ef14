package lemma

import "testing"

func TestOf(t *testing.T) {
	tests := []struct{ word, tag, want string }{
		// Consonant doubling.
		{"expelled", "VBD", "expel"}, {"slammed", "VBD", "slam"}, {"controlled", "VBN", "control"},
		{"stopping", "VBG", "stop"}, {"committed", "VBD", "commit"}, {"travelled", "VBD", "travel"},
		{"killed", "VBD", "kill"}, {"called", "VBD", "call"}, {"pressed", "VBD", "press"},
		{"visited", "VBD", "visit"}, {"offered", "VBD", "offer"}, {"boycotted", "VBD", "boycott"},
		{"shelled", "VBD", "shell"}, {"added", "VBD", "add"},
		// e-restoration.
		{"raged", "VBD", "rage"}, {"agreed", "VBD", "agree"}, {"negotiated", "VBD", "negotiate"},
		{"condemned", "VBD", "condemn"}, {"pledged", "VBN", "pledge"}, {"promised", "VBD", "promise"},
		{"invading", "VBG", "invade"}, {"rebuked", "VBD", "rebuke"}, {"declined", "VBD", "decline"},
		{"telephoned", "VBD", "telephone"}, {"welcomed", "VBD", "welcome"}, {"argued", "VBD", "argue"},
		{"quoted", "VBD", "quote"}, {"changed", "VBD", "change"}, {"belonged", "VBD", "belong"},
		{"threatened", "VBD", "threaten"}, {"questioned", "VBD", "question"}, {"ignored", "VBD", "ignore"},
		{"sponsored", "VBD", "sponsor"}, {"settled", "VBD", "settle"}, {"persuaded", "VBD", "persuade"},
		{"needed", "VBD", "need"}, {"intervened", "VBD", "intervene"}, {"breathing", "VBG", "breathe"},
		{"created", "VBD", "create"}, {"invited", "VBD", "invite"},
		// -ies, -ied, -ying.
		{"carried", "VBD", "carry"}, {"allies", "NNS", "ally"}, {"supplies", "VBZ", "supply"},
		{"died", "VBD", "die"}, {"dying", "VBG", "die"}, {"copying", "VBG", "copy"}, {"countries", "NNS", "country"},
		// -es and -s.
		{"vetoes", "VBZ", "veto"}, {"reaches", "VBZ", "reach"}, {"presses", "VBZ", "press"},
		{"uses", "VBZ", "use"}, {"goes", "VBZ", "go"}, {"has", "VBZ", "have"}, {"is", "VBZ", "be"},
		{"taxes", "NNS", "tax"}, {"churches", "NNS", "church"}, {"heroes", "NNS", "hero"}, {"cases", "NNS", "case"},
		{"Iraqis", "NNPS", "Iraqi"}, {"Americans", "NNPS", "American"},
		// -ves, -men, irregular plurals.
		{"wolves", "NNS", "wolf"}, {"leaves", "NNS", "leaf"}, {"objectives", "NNS", "objective"},
		{"lives", "NNS", "life"}, {"chairmen", "NNS", "chairman"}, {"children", "NNS", "child"},
		{"crises", "NNS", "crisis"}, {"sanctions", "NNS", "sanction"}, {"talks", "NNS", "talk"},
		// Irregular verbs.
		{"went", "VBD", "go"}, {"struck", "VBD", "strike"}, {"met", "VBD", "meet"}, {"fought", "VBN", "fight"},
		{"shot", "VBD", "shoot"}, {"withdrew", "VBD", "withdraw"}, {"withdrawn", "VBN", "withdraw"},
		{"spoke", "VBD", "speak"}, {"flew", "VBD", "fly"}, {"left", "VBD", "leave"}, {"sought", "VBD", "seek"},
		{"cut", "VBD", "cut"}, {"was", "VBD", "be"}, {"are", "VBP", "be"}, {"being", "VBG", "be"},
		// Adjectives, adverbs, other tags, case.
		{"bigger", "JJR", "big"}, {"larger", "JJR", "large"}, {"happiest", "JJS", "happy"},
		{"better", "JJR", "good"}, {"best", "RBS", "well"}, {"n't", "RB", "not"},
		{"Meeting", "NN", "meeting"}, {"The", "DT", "the"}, {"NATO", "NNP", "NATO"}, {"Moscow", "NNP", "Moscow"},
		{"GINSBURG", "NNP", "Ginsburg"},
	}
	for _, tt := range tests {
		if got := Of(tt.word, tt.tag); got != tt.want {
			t.Errorf("Of(%q, %q)=%q, want %q", tt.word, tt.tag, got, tt.want)
		}
	}
}

// verbs covers every class of the rules and the irregular table.
var verbs = []string{
	"meet", "visit", "expel", "slam", "control", "offer", "rage", "agree", "negotiate", "condemn",
	"pledge", "promise", "invade", "rebuke", "decline", "telephone", "welcome", "argue", "quote",
	"change", "threaten", "sanction", "ally", "supply", "veto", "strike", "fight", "shoot", "withdraw",
	"go", "speak", "fly", "leave", "seek", "cut", "hit", "commit", "travel", "kill", "call", "press",
	"boycott", "create", "invite", "deny", "die", "tie", "criticize", "accuse", "attack", "bomb",
	"shell", "target", "sever", "cooperate", "coordinate", "demand", "urge", "warn", "probe",
	"investigate", "reject", "dismiss", "rebuff", "spurn", "defend", "praise", "endorse", "back",
}

func TestFormsRoundTrip(t *testing.T) {
	for _, v := range verbs {
		forms := Forms(v, Verb)
		if len(forms) != len(VerbTags) {
			t.Fatalf("Forms(%q)=%q, want %d forms", v, forms, len(VerbTags))
		}
		for i, f := range forms {
			if got := Of(f, VerbTags[i]); got != v {
				t.Errorf("Of(%q, %s)=%q, want %q (forms %q)", f, VerbTags[i], got, v, forms)
			}
		}
	}
	for _, n := range []string{"visit", "sanction", "talk", "ally", "crisis", "child", "attack", "embargo", "church", "tax"} {
		for i, f := range Forms(n, Noun) {
			if got := Of(f, NounTags[i]); got != n {
				t.Errorf("Of(%q, %s)=%q, want %q", f, NounTags[i], got, n)
			}
		}
	}
}

func TestForms(t *testing.T) {
	tests := []struct {
		lemma string
		pos   POS
		want  []string
	}{
		{"expel", Verb, []string{"expel", "expels", "expelled", "expelled", "expelling"}},
		{"strike", Verb, []string{"strike", "strikes", "struck", "struck", "striking"}},
		{"veto", Verb, []string{"veto", "vetoes", "vetoed", "vetoed", "vetoing"}},
		{"ally", Verb, []string{"ally", "allies", "allied", "allied", "allying"}},
		{"call on", Verb, []string{"call on", "calls on", "called on", "called on", "calling on"}},
		{"ally", Noun, []string{"ally", "allies"}},
	}
	for _, tt := range tests {
		got := Forms(tt.lemma, tt.pos)
		if len(got) != len(tt.want) {
			t.Errorf("Forms(%q)=%q, want %q", tt.lemma, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("Forms(%q)=%q, want %q", tt.lemma, got, tt.want)
				break
			}
		}
	}
}

func TestOfAllocs(t *testing.T) {
	for _, c := range []struct{ w, tag string }{{"meet", "VB"}, {"sanction", "NN"}, {"met", "VBD"}, {"expelled", "VBD"}, {"Moscow", "NNP"}} {
		if n := testing.AllocsPerRun(100, func() { Of(c.w, c.tag) }); n != 0 {
			t.Errorf("Of(%q, %s) allocates %v times", c.w, c.tag, n)
		}
	}
}

func TestEWTExceptionsWellFormed(t *testing.T) {
	for i, line := range splitLines(ewtExceptions) {
		if line == "" || line[0] == '#' {
			continue
		}
		f := splitTab(line)
		if len(f) != 3 || groupByName(f[0]) == gOther || f[1] == "" || f[2] == "" {
			t.Errorf("ewt_exceptions.tsv line %d: %q", i+1, line)
		}
	}
}

func BenchmarkOf(b *testing.B) {
	words := []struct{ w, tag string }{{"expelled", "VBD"}, {"meets", "VBZ"}, {"sanctions", "NNS"}, {"struck", "VBD"}, {"negotiating", "VBG"}}
	for b.Loop() {
		for _, x := range words {
			Of(x.w, x.tag)
		}
	}
}

func TestCanBePast(t *testing.T) {
	for w, want := range map[string]bool{"met": true, "fought": true, "signed": true, "hit": true, "been": true, "dinner": false, "talks": false, "summit": false} {
		if got := CanBePast(w); got != want {
			t.Errorf("CanBePast(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestBritishDoubling(t *testing.T) {
	for _, tt := range []struct{ word, tag, want string }{
		{"travelled", "VBD", "travel"}, {"travelling", "VBG", "travel"}, {"signalled", "VBD", "signal"},
		{"fuelled", "VBN", "fuel"}, {"cancelled", "VBD", "cancel"}, {"installed", "VBD", "install"},
		{"called", "VBD", "call"},
	} {
		if got := Of(tt.word, tt.tag); got != tt.want {
			t.Errorf("Of(%q, %s)=%q, want %q", tt.word, tt.tag, got, tt.want)
		}
	}
	if got, _ := Variants("travel", Verb); len(got) != 3 || got[0] != "travelled" || got[2] != "travelling" {
		t.Errorf("Variants(travel)=%q", got)
	}
	if got, _ := Variants("expel", Verb); got != nil {
		t.Errorf("Variants(expel)=%q, want none: expelled is the one spelling", got)
	}
}
