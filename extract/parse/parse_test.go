package parse

import (
	"bytes"
	"errors"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
)

func embeddedModel(tb testing.TB) *Model {
	tb.Helper()
	m, err := Default()
	if err != nil {
		tb.Fatalf("Default(): %v", err)
	}
	return m
}

// arc is an expected dependency: the word dep is attached to head ("ROOT"
// for the root) with one of the relations rels ("|"-separated).
type arc struct{ dep, head, rels string }

// The constructions an event coder reads, in sentences of our own.
var constructions = []struct {
	text string
	arcs []arc
}{
	{"The minister said that Iran would not attend the summit .", []arc{
		{"said", "ROOT", "root"}, {"minister", "said", "nsubj"}, {"attend", "said", "ccomp"},
		{"Iran", "attend", "nsubj"}, {"would", "attend", "aux"}, {"not", "attend", "advmod"},
		{"summit", "attend", "obj"},
	}},
	{"The ambassador was summoned by the foreign ministry .", []arc{
		{"summoned", "ROOT", "root"}, {"ambassador", "summoned", "nsubj:pass"}, {"was", "summoned", "aux:pass"},
		{"ministry", "summoned", "obl:agent|obl"}, {"by", "ministry", "case"},
	}},
	{"Germany wants to mediate between the two sides .", []arc{
		{"wants", "ROOT", "root"}, {"Germany", "wants", "nsubj"}, {"mediate", "wants", "xcomp"},
	}},
	{"China 's president met the Russian leader on Monday .", []arc{
		{"China", "president", "nmod:poss"}, {"president", "met", "nsubj"}, {"leader", "met", "obj"},
		{"Monday", "met", "obl"},
	}},
	// "arrested" is in TestParseTaggedInto_PassiveOnlyVerb: the treebank has
	// it only in the passive, and the model's own tagger says VBN.
	{"Security forces killed hundreds of protesters .", []arc{
		{"Security", "forces", "compound"}, {"forces", "killed", "nsubj"}, {"hundreds", "killed", "obj"},
	}},
	{"Sergei Lavrov , the Russian foreign minister , criticized the plan .", []arc{
		{"minister", "Sergei", "appos"}, {"Sergei", "criticized", "nsubj"}, {"plan", "criticized", "obj"},
	}},
	{"France and Britain condemned the attack .", []arc{
		{"Britain", "France", "conj"}, {"France", "condemned", "nsubj"}, {"attack", "condemned", "obj"},
	}},
	{"The country that signed the treaty will host the talks .", []arc{
		{"signed", "country", "acl:relcl"}, {"country", "host", "nsubj"}, {"will", "host", "aux"},
		{"talks", "host", "obj"},
	}},
	{"The United States will not recognize the new government .", []arc{
		{"States", "recognize", "nsubj"}, {"will", "recognize", "aux"}, {"not", "recognize", "advmod"},
		{"government", "recognize", "obj"},
	}},
}

func TestDefault_Constructions(t *testing.T) {
	m := embeddedModel(t)
	for _, c := range constructions {
		words := strings.Fields(c.text)
		s := m.Parse(words)
		at := func(w string) int {
			for i, x := range words {
				if x == w {
					return i + 1
				}
			}
			t.Fatalf("%q: no word %q", c.text, w)
			return 0
		}
		for _, a := range c.arcs {
			tk := s.Tokens[at(a.dep)-1]
			wantHead := 0
			if a.head != "ROOT" {
				wantHead = at(a.head)
			}
			okRel := false
			for _, r := range strings.Split(a.rels, "|") {
				okRel = okRel || r == tk.Deprel
			}
			if tk.Head != wantHead || !okRel {
				got := "ROOT"
				if tk.Head > 0 {
					got = words[tk.Head-1]
				}
				t.Errorf("%q: %s <-%s- %s, want <-%s- %s", c.text, a.dep, tk.Deprel, got, a.rels, a.head)
			}
		}
	}
}

// TestParseTaggedInto_PassiveOnlyVerb: EWT has "arrested" six times, all
// passive (VBN), so the model's own tagger reads "forces arrested hundreds"
// as a participle. With the past tense from another tagger (the extractor
// passes its own tags) the parser attaches subject and object right.
func TestParseTaggedInto_PassiveOnlyVerb(t *testing.T) {
	p := embeddedModel(t).NewParser()
	words := strings.Fields("Security forces arrested hundreds of protesters .")
	tags := strings.Fields("NN NNS VBD NNS IN NNS .")
	head, rel := make([]int, len(words)), make([]string, len(words))
	if err := p.ParseTaggedInto(words, tags, head, rel); err != nil {
		t.Fatal(err)
	}
	want := []struct {
		head int
		rel  string
	}{{2, "compound"}, {3, "nsubj"}, {0, "root"}, {3, "obj"}}
	for i, w := range want {
		if head[i] != w.head || rel[i] != w.rel {
			t.Errorf("%s: head %d %s, want %d %s", words[i], head[i], rel[i], w.head, w.rel)
		}
	}
}

func TestDefault_Tags(t *testing.T) {
	m := embeddedModel(t)
	s := m.Parse(strings.Fields("The talks have been postponed ."))
	want := []struct{ xpos, upos string }{{"DT", "DET"}, {"NNS", "NOUN"}, {"VBP", "AUX"}, {"VBN", "AUX"}, {"VBN", "VERB"}, {".", "PUNCT"}}
	for i, w := range want {
		if tk := s.Tokens[i]; tk.XPOS != w.xpos || tk.UPOS != w.upos {
			t.Errorf("word %q: XPOS %s UPOS %s, want %s %s", tk.Form, tk.XPOS, tk.UPOS, w.xpos, w.upos)
		}
	}
}

// TestDefault_Concurrent parses the same sentences from many goroutines and
// checks that each gets what a lone caller gets (run with -race).
func TestDefault_Concurrent(t *testing.T) {
	m := embeddedModel(t)
	var sents [][]string
	for _, c := range constructions {
		sents = append(sents, strings.Fields(c.text))
	}
	want := make([]Sentence, len(sents))
	for i, w := range sents {
		want[i] = m.Parse(w)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m2, err := Default()
			if err != nil || m2 != m {
				errs <- "Default() returned another model"
				return
			}
			p := m.NewParser()
			for k := range 20 {
				i := (g + k) % len(sents)
				var got Sentence
				if k%2 == 0 {
					got = m.Parse(sents[i])
				} else {
					n := len(sents[i])
					got = Sentence{Tokens: make([]Token, n)}
					x, u, r, h := make([]string, n), make([]string, n), make([]string, n), make([]int, n)
					if err := p.ParseInto(sents[i], x, u, h, r); err != nil {
						errs <- err.Error()
						return
					}
					for j := range got.Tokens {
						got.Tokens[j] = Token{ID: j + 1, Form: sents[i][j], XPOS: x[j], UPOS: u[j], Head: h[j], Deprel: r[j]}
					}
				}
				for j := range got.Tokens {
					if got.Tokens[j] != want[i].Tokens[j] {
						errs <- "concurrent parse differs: " + strings.Join(sents[i], " ")
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestParseInto_NoAllocs(t *testing.T) {
	m := embeddedModel(t)
	p := m.NewParser()
	words := strings.Fields("Officials in Kabul said the talks with the Taliban would resume next week in Doha .")
	n := len(words)
	x, u, r, h := make([]string, n), make([]string, n), make([]string, n), make([]int, n)
	if err := p.ParseInto(words, x, u, h, r); err != nil {
		t.Fatal(err)
	}
	if a := testing.AllocsPerRun(50, func() { _ = p.ParseInto(words, x, u, h, r) }); a != 0 {
		t.Errorf("ParseInto allocates %v times per sentence, want 0", a)
	}
}

// TestParseInto_ScoresEveryFeature checks that the parser, which adds up
// the weights of the buffer's features once for each word at its front and
// takes those of roles with no word from sums made once, gives the scores
// of looking up all features at every step, and so the same parses; and
// that the buffer's features stay the same while it does not move: on the
// fixture, our sentences and (when present) the EWT dev file.
func TestParseInto_ScoresEveryFeature(t *testing.T) {
	m := embeddedModel(t)
	var sents [][]string
	for _, s := range readFixture(t, "fixture.conllu") {
		var words []string
		for _, tok := range s.Tokens {
			words = append(words, tok.Form)
		}
		sents = append(sents, words)
	}
	for _, c := range constructions {
		sents = append(sents, strings.Fields(c.text))
	}
	for _, s := range benchText {
		sents = append(sents, strings.Fields(s))
	}
	if dev := readDev(t); dev != nil && !testing.Short() {
		for _, s := range dev {
			var words []string
			for _, tok := range s.Tokens {
				words = append(words, tok.Form)
			}
			sents = append(sents, words)
		}
	}
	p := m.NewParser()
	var st state
	scores := make([]int32, m.parser.nclass)
	for _, words := range sents {
		n := len(words)
		head, rel := make([]int, n), make([]string, n)
		if err := p.ParseInto(words, nil, nil, head, rel); err != nil {
			t.Fatal(err)
		}
		// The same tags, then every feature scored at every transition.
		st.reset(p.ws, p.tags, len(m.tags))
		var front []uint32
		frontB := int32(-1)
		fw := frontWeights{b: -1}
		got := make([]int32, m.parser.nclass)
		for !st.terminal() {
			if c := st.forced(m.root); c >= 0 {
				st.apply(c)
				continue
			}
			feats := st.feats(nil)
			if len(feats) != numParseFeats || len(st.bufferFeats(nil)) != numBufferFeats {
				t.Fatalf("%d features, %d of the buffer; want %d and %d", len(feats), len(st.bufferFeats(nil)), numParseFeats, numBufferFeats)
			}
			if st.b == frontB && !slices.Equal(st.bufferFeats(nil), front) {
				t.Fatalf("%q: the buffer's features changed while it stayed at word %d", words, st.b)
			}
			front, frontB = st.bufferFeats(nil), st.b
			m.parser.score(feats, scores, &p.look)
			m.transitionScores(&st, &fw, nil, &p.look, got)
			// The scores of the valid classes: with a head on the stack's
			// top, transitionScores leaves the left arcs' out.
			_, _, left, _ := st.validity()
			for c := range got {
				if (left || c < 2 || c%2 == 1) && got[c] != scores[c] {
					t.Fatalf("%q: transitionScores %v, every feature looked up %v", words, got, scores)
				}
			}
			st.apply(st.best(scores, m.root))
		}
		st.fixRoots(m.extra)
		for i := range n {
			h := int(st.head[i+1])
			if h == n+1 {
				h = 0
			}
			if h != head[i] || m.labels[st.lab[i+1]] != rel[i] {
				t.Fatalf("%q word %d: ParseInto %d/%s, scoring every feature %d/%s", words, i+1, head[i], rel[i], h, m.labels[st.lab[i+1]])
			}
		}
	}
	t.Logf("%d sentences", len(sents))
}

func TestParseInto_Short(t *testing.T) {
	p := embeddedModel(t).NewParser()
	if err := p.ParseInto([]string{"a", "b"}, make([]string, 1), nil, nil, nil); !errors.Is(err, ErrLength) {
		t.Errorf("ParseInto with a short slice: %v, want ErrLength", err)
	}
	if err := p.ParseInto(nil, nil, nil, nil, nil); err != nil {
		t.Errorf("ParseInto(nil): %v", err)
	}
	s := embeddedModel(t).Parse([]string{"Hello"})
	if len(s.Tokens) != 1 || s.Tokens[0].Head != 0 || s.Tokens[0].Deprel != "root" {
		t.Errorf("Parse(Hello) = %+v, want one root", s.Tokens)
	}
}

func TestDefault_Notice(t *testing.T) {
	m := embeddedModel(t)
	if m.Meta.Notice != Notice || !strings.Contains(m.Meta.Treebank, "UD_English-EWT") || m.Meta.License != "CC BY-SA 4.0" {
		t.Errorf("model header = %+v, want the EWT notice", m.Meta)
	}
}

func TestTrain_Fixture(t *testing.T) {
	train := readFixture(t, "fixture.conllu")
	opts := TrainOptions{Epochs: 8, TaggerEpochs: 8, Folds: 2, Seed: 7}
	m, err := Train(t.Context(), train, train, opts)
	if err != nil {
		t.Fatal(err)
	}
	sc := Evaluate(m, train)
	if sc.UAS < 90 || sc.LAS < 85 || sc.XPOS < 97 {
		t.Errorf("on its own training data: %v XPOS=%.2f, want UAS >= 90, LAS >= 85, XPOS >= 97", sc, sc.XPOS)
	}

	var b1 bytes.Buffer
	if _, err := m.WriteTo(&b1); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(bytes.NewReader(b1.Bytes()))
	if err != nil {
		t.Fatalf("Read(WriteTo(m)): %v", err)
	}
	if sc2 := Evaluate(m2, train); sc2 != sc {
		t.Errorf("read-back model scores %+v, want %+v", sc2, sc)
	}
	// Training is reproducible: same data and seed, same bytes.
	m3, err := Train(t.Context(), train, train, opts)
	if err != nil {
		t.Fatal(err)
	}
	var b3 bytes.Buffer
	if _, err := m3.WriteTo(&b3); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1.Bytes(), b3.Bytes()) {
		t.Error("two trainings with the same seed wrote different models")
	}
}

func TestTrain_NoData(t *testing.T) {
	if _, err := Train(t.Context(), nil, nil, TrainOptions{}); !errors.Is(err, ErrNoData) {
		t.Errorf("Train(nil) error = %v, want ErrNoData", err)
	}
}

func TestRead_NotAModel(t *testing.T) {
	for _, in := range []string{"", "hello", "\x1f\x8b\x08\x00\x00\x00\x00\x00"} {
		if _, err := Read(strings.NewReader(in)); err == nil {
			t.Errorf("Read(%q) succeeded", in)
		}
	}
}

const devFile = "../../../shared/treebank/en_ewt-ud-dev.conllu"

// readDev reads the EWT dev file, or returns nil when the treebank is not
// checked out next to the repository.
func readDev(tb testing.TB) []Sentence {
	tb.Helper()
	f, err := os.Open(devFile)
	if err != nil {
		return nil
	}
	defer f.Close()
	dev, err := ReadCoNLLU(f)
	if err != nil {
		tb.Fatal(err)
	}
	return dev
}

// TestDefault_Dev scores the embedded model on the EWT dev file when the
// treebank is checked out next to the repository.
func TestDefault_Dev(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	dev := readDev(t)
	if dev == nil {
		t.Skip("no treebank: skipping the dev evaluation")
	}
	sc := Evaluate(embeddedModel(t), dev)
	t.Logf("dev: %v noPunct UAS=%.2f LAS=%.2f universal LAS=%.2f XPOS=%.2f UPOS=%.2f", sc, sc.UASNoPunct, sc.LASNoPunct, sc.LASUniversal, sc.XPOS, sc.UPOS)
	if sc.UAS < 85 || sc.LAS < 81 {
		t.Errorf("dev %v, want UAS >= 85 and LAS >= 81", sc)
	}
}

// BenchmarkParseTagged parses the EWT dev sentences with their gold tags,
// as the extractor parses tagged sentences: 25,000 words, so that the
// weight table is read as a run reads it (mostly from memory, not from
// the cache as BenchmarkParse's eight sentences are).
func BenchmarkParseTagged(b *testing.B) {
	dev := readDev(b)
	if dev == nil {
		b.Skip("no treebank")
	}
	var words, tags [][]string
	for _, s := range dev {
		var w, t []string
		for _, tok := range s.Tokens {
			w, t = append(w, tok.Form), append(t, tok.XPOS)
		}
		words, tags = append(words, w), append(tags, t)
	}
	p := embeddedModel(b).NewParser()
	var x, r []string
	var h []int
	tokens := 0
	for b.Loop() {
		for i, w := range words {
			x = append(x[:0], tags[i]...)
			r = slices.Grow(r[:0], len(w))[:len(w)]
			h = slices.Grow(h[:0], len(w))[:len(w)]
			_ = p.ParseTaggedInto(w, x, h, r)
			tokens += len(w)
		}
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}

// benchText is news-like text of our own, tokenized.
var benchText = []string{
	"The foreign ministers of France and Germany met in Berlin on Tuesday to discuss the crisis in Ukraine .",
	"Officials said the talks , which had been postponed twice , would resume next week in Geneva .",
	"Russia 's president warned that further sanctions would damage relations between the two countries .",
	"The United Nations Security Council failed to agree on a resolution condemning the attack .",
	"Protesters gathered outside the embassy , demanding that the ambassador be expelled .",
	"China and India agreed to reduce tensions along their disputed border after a meeting in Beijing .",
	"The agreement , signed by both leaders , is expected to come into force next year .",
	"Iran denied the accusations and said it had not violated the terms of the deal .",
}

func BenchmarkParse(b *testing.B) {
	m := embeddedModel(b)
	p := m.NewParser()
	var sents [][]string
	for _, s := range benchText {
		sents = append(sents, strings.Fields(s))
	}
	x, u, r, h := make([]string, 64), make([]string, 64), make([]string, 64), make([]int, 64)
	tokens := 0
	i := 0
	for b.Loop() {
		w := sents[i%len(sents)]
		i++
		_ = p.ParseInto(w, x, u, h, r)
		tokens += len(w)
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}
