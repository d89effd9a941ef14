package extract

import (
	"errors"
	"math"
	"reflect"
	"regexp"
	"strings"
	"unsafe"

	"github.com/jdkato/prose/v2"
	"github.com/mingrammer/commonregex"
)

// tagger is prose's averaged-perceptron part-of-speech tagger with prose's
// own model and features, scored without prose's per-token maps: the
// weights are held as one run of (class, weight) pairs per feature, a
// word's runs side by side, and the features of a word are found through
// its entries in words and sufs (looked up once per word, not once per
// feature) and through tables of the tags before it. Given the same tokens
// it returns prose's tags for 99.85% of them (TestTagger_MatchesProse); the
// rest differ for a reason not found yet.
type tagger struct {
	classes []string
	tagMap  map[string]string
	// The features' runs of classes and weights, found by keyRow (every
	// feature by prose's key, "i word russia", for the tags the tables
	// below do not number) and by the tables.
	entClass  []uint16
	entWeight []float64
	keyRow    map[string]row
	bias      row
	pref1     [256]row // "i pref1" by the word's first byte
	// tagID numbers the tags a word's predecessors can have (classIDs:
	// the number of each class); prev1, prev2 and pair are "i-1 tag",
	// "i-2 tag" and "i tag+i-2 tag" by those numbers.
	tagID        map[string]int32
	classIDs     []int32
	prev1, prev2 []row
	pair         []row // by id1*len(tagID) + id2
	words        map[string]*wordFeats
	sufs         map[string]*sufFeats
}

// row is a feature's run in entClass and entWeight; noRow is a feature the
// model does not have.
type row struct{ start, end uint32 }

var noRow = row{start: math.MaxUint32}

// wordFeats are the features of one normalized word: "i-2 word" to "i+2
// word" by position, and "i-1 tag+i word" by the previous tag's number.
type wordFeats struct {
	at       [5]row
	afterTag []tagRow
	suf      *sufFeats // of the word's last three bytes, as predictor.feats needs
}

type tagRow struct {
	tag int32
	row row
}

func (w *wordFeats) after(tag int32) row {
	for _, tr := range w.afterTag {
		if tr.tag == tag {
			return tr.row
		}
	}
	return noRow
}

// sufFeats are the features of one suffix: "i-1 suffix" (of the normalized
// word before), "i suffix" (of the word itself as written) and "i+1 suffix".
type sufFeats struct{ at [3]row }

var (
	noWord   = &wordFeats{at: [5]row{noRow, noRow, noRow, noRow, noRow}}
	noSuffix = &sufFeats{at: [3]row{noRow, noRow, noRow}}
	// The templates whose key is the template, a space and one value.
	wordTemplates   = [5]string{"i-2 word ", "i-1 word ", "i word ", "i+1 word ", "i+2 word "}
	suffixTemplates = [3]string{"i-1 suffix ", "i suffix ", "i+1 suffix "}
)

const afterTagTemplate = "i-1 tag+i word "

// feature is one of prose's features while the tagger is built: its key,
// its weights, and its row once laid out.
type feature struct {
	key    string
	cws    []classWeight
	row    row
	placed bool
}

type classWeight struct {
	class  int
	weight float64
}

// The rules of prose's tagger that come before the model (tag.go).
var (
	proseNone = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	proseKeep = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
	// The emoticons of prose's tokenizer that one of our tokens can be: ours
	// are words or single marks.
	proseEmoticons = map[string]bool{"8D": true, "XDD": true, "xD": true, "xDD": true}
)

// errNoTagger means prose's model did not have the shape this code reads.
var errNoTagger = errors.New("prose model has no averaged perceptron")

// newTagger reads the tagger's weights out of a prose model. prose keeps them
// unexported, so they are read by reflection; if prose changes its structs,
// newTagger fails and the caller tags through prose.NewDocument instead.
func newTagger(m *prose.Model) (t *tagger, err error) {
	defer func() {
		if r := recover(); r != nil {
			t, err = nil, errNoTagger
		}
	}()
	pt := reflect.ValueOf(m).Elem().FieldByName("tagger")
	if !pt.IsValid() || pt.IsNil() {
		return nil, errNoTagger
	}
	ap := pt.Elem().FieldByName("model")
	if !ap.IsValid() || ap.IsNil() {
		return nil, errNoTagger
	}
	ap = ap.Elem()
	field := func(name string) unsafe.Pointer { return unsafe.Pointer(ap.FieldByName(name).UnsafeAddr()) }
	weights := *(*map[string]map[string]float64)(field("weights"))
	t = &tagger{
		classes: *(*[]string)(field("classes")),
		tagMap:  *(*map[string]string)(field("tagMap")),
	}
	feats := make([]feature, 0, len(weights))
	index := make(map[string]int, len(t.classes))
	for i, c := range t.classes {
		index[c] = i
	}
	for feat, ws := range weights {
		cws := make([]classWeight, 0, len(ws))
		for class, w := range ws {
			i, ok := index[class]
			if !ok {
				i = len(t.classes)
				index[class] = i
				t.classes = append(t.classes, class)
			}
			cws = append(cws, classWeight{i, w})
		}
		feats = append(feats, feature{key: feat, cws: cws})
	}
	if len(feats) == 0 || len(t.tagMap) == 0 {
		return nil, errNoTagger
	}
	t.index(feats)
	return t, nil
}

// index builds the tagger's tables from prose's features. Each entry is
// the row of the key that tag would build from the same parts, so that both
// find the same features.
func (t *tagger) index(feats []feature) {
	// The tags before a word: the classes, the dictionary's tags, the tags
	// of tag's rules and prose's sentence starts. Another tag (a word of
	// the form -ABC-, tagged as itself) is looked up by its key.
	t.tagID = map[string]int32{}
	addTag := func(tag string) {
		if _, ok := t.tagID[tag]; !ok && !strings.Contains(tag, " ") {
			t.tagID[tag] = int32(len(t.tagID))
		}
	}
	for _, c := range t.classes {
		addTag(c)
	}
	for _, tag := range t.tagMap {
		addTag(tag)
	}
	for _, tag := range []string{"-START-", "-START2-", "-", "SYM", "NN", "-NONE-", ""} {
		addTag(tag)
	}
	t.classIDs = make([]int32, len(t.classes))
	for c, name := range t.classes {
		id, ok := t.tagID[name]
		if !ok {
			id = -1
		}
		t.classIDs[c] = id
	}
	// The features of each word and suffix: f indexes feats, k is the
	// template (in wordTemplates or suffixTemplates), -1 for "i-1 tag+i
	// word" after tag. The tag before holds no space, so the first space
	// ends it.
	type wordKey struct {
		f, k int
		tag  int32
	}
	byWord, bySuffix := map[string][]wordKey{}, map[string][]wordKey{}
	size := 0
	for f, feat := range feats {
		size += len(feat.cws)
		key := feat.key
		for k, tmpl := range wordTemplates {
			if w, ok := strings.CutPrefix(key, tmpl); ok {
				byWord[w] = append(byWord[w], wordKey{f, k, 0})
			}
		}
		for k, tmpl := range suffixTemplates {
			if suf, ok := strings.CutPrefix(key, tmpl); ok {
				bySuffix[suf] = append(bySuffix[suf], wordKey{f, k, 0})
			}
		}
		if rest, ok := strings.CutPrefix(key, afterTagTemplate); ok {
			if tag, w, ok := strings.Cut(rest, " "); ok {
				if id, ok := t.tagID[tag]; ok {
					byWord[w] = append(byWord[w], wordKey{f, -1, id})
				}
			}
		}
	}
	// The runs of a suffix's features side by side, and those of a word's,
	// so that they share cache lines; then the rest.
	t.entClass, t.entWeight = make([]uint16, 0, size), make([]float64, 0, size)
	place := func(f int) row {
		feat := &feats[f]
		if !feat.placed {
			feat.row.start = uint32(len(t.entClass))
			for _, cw := range feat.cws {
				t.entClass = append(t.entClass, uint16(cw.class))
				t.entWeight = append(t.entWeight, cw.weight)
			}
			feat.row.end = uint32(len(t.entClass))
			feat.placed = true
		}
		return feat.row
	}
	t.sufs = make(map[string]*sufFeats, len(bySuffix))
	for suf, keys := range bySuffix {
		f := &sufFeats{at: noSuffix.at}
		for _, wk := range keys {
			f.at[wk.k] = place(wk.f)
		}
		t.sufs[suf] = f
	}
	t.words = make(map[string]*wordFeats, len(byWord))
	for w, keys := range byWord {
		f := &wordFeats{at: noWord.at, suf: noSuffix}
		for _, wk := range keys {
			if r := place(wk.f); wk.k >= 0 {
				f.at[wk.k] = r
			} else {
				f.afterTag = append(f.afterTag, tagRow{wk.tag, r})
			}
		}
		if suf := t.sufs[suffix3(w)]; suf != nil {
			f.suf = suf
		}
		t.words[w] = f
	}
	t.keyRow = make(map[string]row, len(feats))
	for f := range feats {
		t.keyRow[feats[f].key] = place(f)
	}
	rowOf := func(key string) row {
		if r, ok := t.keyRow[key]; ok {
			return r
		}
		return noRow
	}
	t.bias = rowOf("bias")
	for b := range t.pref1 {
		t.pref1[b] = rowOf("i pref1 " + string(rune(b))) // prose's string(rune(w[0]))
	}
	n := len(t.tagID)
	t.prev1, t.prev2, t.pair = make([]row, n), make([]row, n), make([]row, n*n)
	for a, ia := range t.tagID {
		t.prev1[ia] = rowOf("i-1 tag " + a)
		t.prev2[ia] = rowOf("i-2 tag " + a)
		for b, ib := range t.tagID {
			t.pair[int(ia)*n+int(ib)] = rowOf("i tag+i-2 tag " + a + " " + b)
		}
	}
}

// normalizeWord is prose's normalize.
func normalizeWord(word string) string {
	if word == "" {
		return word
	}
	if strings.Contains(word, "-") && word[0] != '-' {
		return "!HYPHEN"
	} else if len(word) == 4 && isInt(word) {
		return "!YEAR"
	} else if word[0] >= '0' && word[0] <= '9' {
		return "!DIGITS"
	}
	return strings.ToLower(word)
}

// isInt reports whether strconv.Atoi accepts s, without the error value
// Atoi allocates for each word that is no number (most of them).
func isInt(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// tag returns the tags of words.
func (t *tagger) tag(words []string) []string { return t.tagForced(words, nil) }

// tagForced returns the tags of words, force[i] (when not empty) the tag of
// word i: the words after a forced tag are read with it as their context.
func (t *tagger) tagForced(words, force []string) []string {
	tags := make([]string, len(words))
	ctx := make([]string, len(words)+4)
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, w := range words {
		ctx[i+2] = normalizeWord(w)
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = "-END-", "-END2-"
	p := predictor{t: t, ctx: ctx, at: make([]ctxFeats, len(ctx)),
		scores: make([]float64, len(t.classes)), touched: make([]bool, len(t.classes))}
	p.p1, p.p2 = "-START-", "-START2-"
	p.id1, p.id2 = t.tagID[p.p1], t.tagID[p.p2]
	for i, word := range words {
		tag, fixed := fixedTag(word)
		if i < len(force) && force[i] != "" {
			tag, fixed = force[i], true
		}
		class := -1
		if !fixed {
			var found bool
			if tag, found = t.tagMap[word]; !found {
				class = p.predict(i, word)
				if class >= 0 {
					tag = t.classes[class]
				}
			}
		}
		tags[i] = tag
		p.p2, p.p1 = p.p1, tag
		p.id2 = p.id1
		if class >= 0 {
			p.id1 = t.classIDs[class]
		} else if id, ok := t.tagID[tag]; ok {
			p.id1 = id
		} else {
			p.id1 = -1
		}
	}
	return tags
}

// fixedTag is the tag prose gives a word by its form, before its model:
// a dash, an emoticon, a link or address, a trace, a bracket token.
func fixedTag(word string) (string, bool) {
	switch {
	case word == "-":
		return "-", true
	case proseEmoticons[word]:
		return "SYM", true
	// Each pattern is tried only on the words it can match, as running
	// all four on every word was a fifth of the tagger's time: a link
	// has a dot ("[.]" is no optional part of commonregex's
	// LinkPattern), an address an "@", and proseNone and proseKeep
	// match "0", words that begin with "*" and words that begin with
	// "-".
	case strings.IndexByte(word, '.') >= 0 && commonregex.LinkRegex.MatchString(word) ||
		strings.IndexByte(word, '@') >= 0 && (commonregex.EmailRegex.MatchString(word) || strings.HasPrefix(word, "@")):
		return "NN", true
	case (word == "0" || strings.HasPrefix(word, "*")) && proseNone.MatchString(word):
		return "-NONE-", true
	case strings.HasPrefix(word, "-") && proseKeep.MatchString(word):
		return word, true
	}
	return "", false
}

// predictor scores the words of one sentence: ctx is the normalized words
// with prose's padding, at their features (found on first use), p1 and p2
// the two previous tags and id1 and id2 their numbers (-1: none).
type predictor struct {
	t        *tagger
	ctx      []string
	at       []ctxFeats
	p1, p2   string
	id1, id2 int32
	scores   []float64
	touched  []bool
	any      bool
	buf      []byte
}

type ctxFeats struct {
	word *wordFeats
	suf  *sufFeats // of the normalized word
}

// feats returns the features of ctx[j].
func (p *predictor) feats(j int) *ctxFeats {
	f := &p.at[j]
	if f.word == nil {
		w := p.ctx[j]
		if f.word = p.t.words[w]; f.word != nil {
			f.suf = f.word.suf
		} else if f.word, f.suf = noWord, p.t.sufs[suffix3(w)]; f.suf == nil {
			f.suf = noSuffix
		}
	}
	return f
}

// suffix3 is prose's suffix of a word: its last three bytes.
func suffix3(w string) string { return w[len(w)-min(len(w), 3):] }

// add adds a feature's row (noRow: the model has no such feature).
func (p *predictor) add(r row) {
	if r == noRow {
		return
	}
	p.any = true
	weights := p.t.entWeight[r.start:r.end]
	for k, c := range p.t.entClass[r.start:r.end] {
		p.scores[c] += weights[k]
		p.touched[c] = true
	}
}

// addKey adds the feature of prose's key made of parts, for a tag that has
// no number.
func (p *predictor) addKey(parts ...string) {
	b := p.buf[:0]
	for k, s := range parts {
		if k > 0 {
			b = append(b, ' ')
		}
		b = append(b, s...)
	}
	p.buf = b
	if r, ok := p.t.keyRow[string(b)]; ok {
		p.add(r)
	}
}

// predict scores the features of prose's featurize for word i (w as
// written) and returns the best class, or -1 when no feature is known.
// Like prose, it ranks only the classes that some known feature touched.
// The features are added in prose's order, so that each class's sum is the
// same float.
func (p *predictor) predict(i int, w string) int {
	t := p.t
	clear(p.scores)
	clear(p.touched)
	p.any = false
	j := i + 2 // w's place in ctx
	p.add(t.bias)
	if f := t.sufs[suffix3(w)]; f != nil {
		p.add(f.at[1]) // "i suffix"
	}
	p.add(t.pref1[w[0]])
	if p.id1 >= 0 {
		p.add(t.prev1[p.id1])
	} else {
		p.addKey("i-1 tag", p.p1)
	}
	if p.id2 >= 0 {
		p.add(t.prev2[p.id2])
	} else {
		p.addKey("i-2 tag", p.p2)
	}
	if p.id1 >= 0 && p.id2 >= 0 {
		p.add(t.pair[int(p.id1)*len(t.tagID)+int(p.id2)])
	} else {
		p.addKey("i tag+i-2 tag", p.p1, p.p2)
	}
	cur := p.feats(j)
	p.add(cur.word.at[2]) // "i word"
	if p.id1 >= 0 {
		p.add(cur.word.after(p.id1))
	} else {
		p.addKey("i-1 tag+i word", p.p1, p.ctx[j])
	}
	prev := p.feats(j - 1)
	p.add(prev.word.at[1]) // "i-1 word"
	p.add(prev.suf.at[0])  // "i-1 suffix"
	p.add(p.feats(j - 2).word.at[0])
	next := p.feats(j + 1)
	p.add(next.word.at[3]) // "i+1 word"
	p.add(next.suf.at[2])  // "i+1 suffix"
	p.add(p.feats(j + 2).word.at[4])
	if !p.any {
		return -1
	}
	best, max := 0, math.Inf(-1)
	for c, s := range p.scores {
		if p.touched[c] && s > max {
			best, max = c, s
		}
	}
	return best
}
