package extract

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/diplograph/diplograph/schema"

	"github.com/diplograph/diplograph/extract/lemma"
	"github.com/diplograph/diplograph/extract/parse"
)

// tree is the dependency parse of one sentence over its tokens: each
// token's Penn Treebank tag, head (-1 for the root) and Universal
// Dependencies relation, its lemma, and its children in sentence order.
type tree struct {
	tag   []string
	head  []int
	rel   []string
	lemma []string
	kids  [][]int
}

// parsers hands each goroutine a parser with its own buffers; the model is
// shared read-only.
type parsers struct {
	once  sync.Once
	model *parse.Model
	err   error
	pool  sync.Pool
}

type parseBuf struct {
	p      *parse.Parser
	words  []string
	xpos   []string
	head   []int
	deprel []string
	// into and keep: which word a word is collapsed into, and the words
	// kept (see Extractor.parse).
	into, keep []int
}

// parse tags toks with prose's tagger (trained on news; the mention
// finder and the word-window rules read these tags too), repairs the tags
// a parser cannot recover from (fixTags), and parses them, and returns the
// tree. The names the gazetteer found (ms) are proper nouns whatever the
// tagger says. DIPLOGRAPH_TAGGER=parser lets the parser use its own tagger,
// trained with it on the treebank, and skips prose: on 2026-12-01 it was
// 16% faster on one core (11.9 s against 14.2 s of CPU for articles.jsonl)
// with a 17% smaller peak (263 MB against 316 MB), better on dev2 (F1
// 0.567 against 0.557) but worse on dev (0.590 against 0.613), the example
// article (8 of 10 against 10) and 12 of the ~150 constructions of
// construction_test.go, which the tag repairs were written for.
func (x *Extractor) parse(toks []token, ms []Mention) (*tree, error) {
	tagged := x.tagger != "parser"
	// A headline in title case or capitals ("Putin Meets Erdogan in
	// Sochi") marks no names by its capitals: the tagger and the parser
	// read its words that name no actor in lower case, as in running text.
	if titleCased(toks) || shouting(toks) {
		defer restoreCase(toks, lowerHeadline(toks, ms))
	}
	sp := speakerEnd(toks, ms)
	if tagged {
		x.tag(toks)
		x.retagNames(toks, ms)
		if sp > 0 {
			x.tag(toks[sp:]) // the claim is tagged as the headline it is
		}
		fixTags(toks, ms, x.verbForms, x.allVerbForms, x.mutualVerbs)
		x.demonymBeforeName(toks, ms)
		verbAfterSubject(toks, ms, x.verbForms, x.nounForms, x.patternVerbs)
		x.relativeVerbs(toks)
		// The treebank tells opening quotes (``) from closing ones ('').
		for i := range toks {
			if toks[i].tag == "``" && (i+1 == len(toks) || toks[i+1].start > toks[i].end) && i > 0 {
				toks[i].tag = "''"
			}
			if pluralPossessive(toks, ms, i) {
				toks[i].tag = "POS" // "the Philippines' biggest ally"
			}
		}
	}
	// The parser reads each sentence with every multi-word name collapsed
	// into its last word ("Russian Foreign Minister Sergey Lavrov met Rex
	// Tillerson" as "Lavrov met Tillerson"): runs of capitalised words
	// are where a parser trained on web text goes wrong most, and the
	// mention finder has already read them. A dateline is no part of the
	// clause ("PARIS - The United States and France accused …"): the
	// parser reads what follows it.
	// The parser's buffers, held until the tree is built.
	b, err := x.parsers.get()
	if err != nil {
		return nil, err
	}
	defer x.parsers.put(b)
	d := max(datelineEnd(toks), sp)
	into := growInts(&b.into, len(toks)) // the kept word a word is collapsed into, or itself
	for i := range into {
		into[i] = i
	}
	for _, m := range ms {
		if m.Start < d || m.End-m.Start < 2 {
			continue
		}
		for i := m.Start; i < m.End-1; i++ {
			into[i] = m.End - 1
		}
		// "New Jersey governor Chris Christie visited Mexico": the US
		// state before a titled person's name is the title's; read apart,
		// the parser takes the state for the subject.
		if len(m.Actors) == 1 && m.Actors[0].Kind == schema.Person && isTitleWord(toks[m.Start].key) {
			if n := usStateBefore(toks, m.Start); n > 0 && m.Start-n >= d {
				for i := m.Start - n; i < m.Start; i++ {
					into[i] = m.End - 1
				}
			}
		}
	}
	keep := b.keep[:0]
	for i := d; i < len(toks); i++ {
		if into[i] == i {
			keep = append(keep, i)
		}
	}
	b.keep = keep
	// The kept words go to the parser as they are written, with their tags.
	b.words, b.xpos = b.words[:0], b.xpos[:0]
	for _, i := range keep {
		tag := toks[i].tag
		if tagged && into[max(i-1, 0)] == i && i > 0 && !strings.HasPrefix(tag, "NN") {
			tag = "NNP" // the last word of a name
		}
		b.words = append(b.words, parseWord(toks[i].text))
		b.xpos = append(b.xpos, tag)
	}
	if err := b.parse(tagged); err != nil {
		return nil, err
	}
	if err := b.parseRelativeApart(toks, tagged); err != nil {
		return nil, err
	}
	n := len(toks)
	t := &tree{tag: make([]string, n), head: make([]int, n), rel: make([]string, n), lemma: make([]string, n), kids: make([][]int, n)}
	for i := range toks {
		t.tag[i], t.head[i], t.rel[i], t.lemma[i] = toks[i].tag, -1, "dep", toks[i].key
		if i >= d && into[i] != i {
			if !tagged && toks[i].tag == "" {
				// The parser tagged the name's last word only.
				toks[i].tag, t.tag[i] = "NNP", "NNP"
			}
			// A word of a name hangs on the name's last word.
			t.head[i], t.rel[i] = into[i], "flat"
			if toks[i].tag == "JJ" || toks[i].tag == "NNPS" && i == into[i]-1 {
				t.rel[i] = "amod" // "Russian officials": the demonym stays a modifier
			} else if !toks[i].cap() {
				t.rel[i] = "compound"
			}
		}
	}
	for j, i := range keep {
		tag := b.xpos[j] // the parser's own where it did not know the given one
		if k := toks[i].key; tag == "VBP" && x.verbForms[k] && strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss") && !strings.HasSuffix(k, "us") && !strings.HasSuffix(k, "is") {
			tag = "VBZ" // "The United States condemns/VBP": after a plural-looking name, a verb in -s is the third person's
		}
		t.tag[i], t.rel[i], t.lemma[i] = tag, b.deprel[j], lemma.Of(toks[i].key, tag)
		if (tag == "NNP" || tag == "NNPS") && !inMention(ms, i) {
			// "China's Foreign Ministry/NNP": a capitalised office is the
			// common noun the rules know.
			if l := lemma.Of(toks[i].key, "NN"+tag[3:]); agentNouns[l] || govNouns[strings.ToLower(toks[i].text)] || officeWords[l] {
				t.lemma[i] = l
			}
			if l := lemma.Of(toks[i].key, "NNS"); coActObjects[l] {
				t.lemma[i] = l // "the Oslo Accords/NNP between Israel and the PLO", "the Camp David Peace Accord": a deal
			}
		}
		if aircraftModel(toks[i].text) {
			// "downed a Russian Il-20", "Turkish F-16s": a warplane, a
			// common noun where no mention took it.
			t.lemma[i] = "aircraft"
			if !inMention(ms, i) {
				t.tag[i] = "NN"
				if strings.HasSuffix(toks[i].text, "s") {
					t.tag[i] = "NNS"
				}
			}
		}
		if !tagged {
			toks[i].tag = tag
		}
		if h := b.head[j] - 1; h >= 0 {
			t.head[i] = keep[h]
		}
	}
	if sp > 0 {
		// "Pompeo: Iran attacked the tankers": the colon says; the name
		// before it is its subject and the claim after it what is said.
		c, m := sp-1, ms[0]
		for i := m.Start; i < m.End-1; i++ {
			t.head[i], t.rel[i] = m.End-1, "flat"
		}
		t.head[m.End-1], t.rel[m.End-1] = c, "nsubj"
		t.tag[c], t.lemma[c], t.head[c], t.rel[c] = "VBZ", "say", -1, "root"
		for k := sp; k < n; k++ {
			if t.head[k] < 0 {
				t.head[k], t.rel[k] = c, "ccomp"
			}
		}
	}
	for k := range n {
		// "Following/VBG talks with Abe": a participle used as a
		// preposition is read as the preposition.
		if t.rel[k] == "case" && t.tag[k] == "VBG" {
			t.lemma[k] = toks[k].key
		}
	}
	for k := 0; k+1 < n; k++ {
		// "not only … but also", "isn't just": no negation.
		if (toks[k].key == "not" || toks[k].key == "n't") && (toks[k+1].key == "only" || toks[k+1].key == "just" || toks[k+1].key == "merely" || toks[k+1].key == "simply") {
			t.lemma[k] = "not-only"
		}
	}
	for v := 2; v < n; v++ {
		// "Iran denied the charges; Saudi Arabia accused/ccomp Israel": a
		// clause with its own subject after a semicolon is a sentence of
		// its own, no complement of a verb before it.
		if h := t.head[v]; h >= 0 && h < v && (t.rel[v] == "ccomp" || t.rel[v] == "advcl") && (t.tag[v] == "VBD" || t.tag[v] == "VBZ" || t.tag[v] == "VBP") && dependent(t, v, "nsubj") >= 0 && dependent(t, v, "mark") < 0 {
			for s := v - 1; s > h; s-- {
				if toks[s].key == ";" {
					if t.dominates(v, s+1) {
						t.rel[v] = "parataxis"
					}
					break
				}
			}
		}
	}
	if r := rootOf(t); r >= 0 && strings.HasPrefix(t.tag[r], "RB") {
		// "Earlier/root on Tuesday, India and Pakistan exchanged/conj
		// fire": an adverb heads no sentence that has a finite verb.
		for v := r + 1; v < n; v++ {
			if t.head[v] == r && (t.rel[v] == "conj" || t.rel[v] == "parataxis") && (t.tag[v] == "VBD" || t.tag[v] == "VBZ" || t.tag[v] == "VBP") {
				for k := range n {
					if t.head[k] == r && k != v {
						t.head[k] = v
					}
				}
				t.head[v], t.rel[v] = -1, "root"
				t.head[r], t.rel[r] = v, "advmod"
				break
			}
		}
	}
	if r := rootOf(t); r >= 0 && strings.HasPrefix(t.tag[r], "NN") && inMention(ms, r) {
		// "Qatar/root, under pressure from its allies, mediated/conj
		// between …": a name that heads a sentence whose finite verb
		// after it has no subject and no conjunction is that verb's
		// subject.
		for v := r + 1; v < n; v++ {
			if t.head[v] == r && t.rel[v] == "conj" && (t.tag[v] == "VBD" || t.tag[v] == "VBZ" || t.tag[v] == "VBP") && dependent(t, v, "cc") < 0 && dependent(t, v, "nsubj") < 0 {
				for k := range n {
					if t.head[k] == r && k > v {
						t.head[k] = v
					}
				}
				t.head[v], t.rel[v] = -1, "root"
				t.head[r], t.rel[r] = v, "nsubj"
				break
			}
		}
	}
	for v := 3; v < n; v++ {
		// "It was the first time/nsubj Venezuela's government/nmod
		// expelled/root the ambassador": a finite verb takes no copula;
		// the noun after the copula is the predicate, and the verb a
		// clause on it whose subject the parser hung on the noun.
		c, k, s := dependent(t, v, "cop"), dependent(t, v, "nsubj"), v-1
		if c < 0 || k < c || k >= v || t.tag[v] != "VBD" && t.tag[v] != "VBZ" && t.tag[v] != "VBP" || !strings.HasPrefix(t.tag[k], "NN") {
			continue
		}
		for s > k && t.rel[s] == "punct" {
			s--
		}
		if s <= k || t.head[s] != k || !relIs(t.rel[s], "nmod") || !strings.HasPrefix(t.tag[s], "NN") {
			continue
		}
		for j := range n {
			if t.head[j] == v && j < k {
				t.head[j] = k
				if t.rel[j] == "nsubj:outer" {
					t.rel[j] = "nsubj"
				}
			}
		}
		t.head[k], t.rel[k] = t.head[v], t.rel[v]
		t.head[v], t.rel[v] = k, "acl:relcl"
		t.head[s], t.rel[s] = v, "nsubj"
	}
	for k := 1; k < n; k++ {
		// "sent home/obj 23 Russian diplomats", "sent the diplomats
		// home/advmod": the verb's particle.
		if v := t.head[k]; toks[k].key == "home" && v >= 0 && v < k && t.lemma[v] == "send" && (t.rel[k] == "obj" || t.rel[k] == "advmod" || relIs(t.rel[k], "obl")) && dependent(t, k, "case") < 0 {
			t.rel[k], t.tag[k] = "compound:prt", "RP"
		}
	}
	for w := 3; w < n; w++ {
		// "after denying any link to the gunmen who seized/VBD buildings
		// in Crimea and blockaded/VBD-conj-of-denying bases": a past verb
		// after "and" whose head is a verb of another form belongs with
		// the past verb whose phrase ends right before the "and".
		h, cc := t.head[w], w-1
		if t.rel[w] != "conj" || t.tag[w] != "VBD" || h < 0 || h >= cc || t.tag[h] == "VBD" || t.head[cc] != w || t.rel[cc] != "cc" {
			continue
		}
		for u := cc - 1; u > h; u-- {
			if t.tag[u] == "VBD" && descends(t, u, h) && lastOf(t, u) == cc-1 && dependent(t, w, "nsubj") < 0 {
				t.head[w] = u
				break
			}
		}
	}
	for w := 3; w < n; w++ {
		// "dismissed the report as absurd/obl and accused/conj-of-absurd
		// Britain": a finite verb after "and" with no subject of its own
		// is no conjunct of a word that is no predicate; it shares the
		// subject of the verb above that word, in the same tense.
		h, cc := t.head[w], w-1
		if t.rel[w] == "parataxis" && toks[cc].key == "and" && t.head[cc] == h && h >= 0 && h < cc && strings.HasPrefix(t.tag[h], "VB") && t.tag[w] == t.tag[h] && dependent(t, w, "nsubj") < 0 {
			// "called the expulsions a provocation and/parataxis
			// threatened/parataxis Britain": the verb after "and" is
			// the one before's conjunct, and shares its subject.
			t.rel[w], t.head[cc], t.rel[cc] = "conj", w, "cc"
			continue
		}
		if t.rel[w] != "conj" || !finiteTag(t.tag[w]) || t.tag[w] == "MD" || h < 0 || h >= cc || toks[cc].key != "and" || t.head[cc] != w ||
			strings.HasPrefix(t.tag[h], "VB") || t.tag[h] == "MD" || dependent(t, w, "nsubj") >= 0 || dependent(t, h, "nsubj") >= 0 || dependent(t, h, "cop") >= 0 {
			continue
		}
		u := t.head[h]
		for u >= 0 && !strings.HasPrefix(t.tag[u], "VB") && dependent(t, u, "nsubj") < 0 {
			u = t.head[u]
		}
		if u >= 0 && t.tag[u] == t.tag[w] {
			t.head[w] = u
		}
	}
	for k := 3; k < n; k++ {
		// "pledge our full support to our ally, the United Kingdom/conj-
		// of-acts": a name right after a comma that follows a noun of
		// kinship is that noun's apposition, not a conjunct of a noun
		// before it.
		first := k
		for first > 0 && into[first-1] == k {
			first--
		}
		if first > 0 && toks[first-1].key == "the" {
			first--
		}
		p, h := first-2, t.head[k]
		if t.rel[k] != "conj" && t.rel[k] != "parataxis" || !inMention(ms, k) || p < 1 || toks[first-1].key != "," || h < 0 || h >= p || !kinNouns[t.lemma[p]] || dependent(t, k, "cc") >= 0 {
			continue
		}
		t.head[k], t.rel[k] = p, "appos"
	}
	for q := 2; q+2 < n; q++ {
		// "the Kremlin promised a "mirror response"": a quoted noun
		// phrase after a verb and its determiner is the verb's object,
		// however the parser hung its pieces.
		v, d := q-2, q-1
		if toks[q].text != "\"" && toks[q].text != "“" && t.tag[q] != "``" || !strings.HasPrefix(t.tag[v], "VB") || t.lemma[v] == "be" || t.tag[d] != "DT" || dependent(t, v, "obj") >= 0 {
			continue // (not "is a "humanitarian catastrophe"": a predicate)
		}
		e := q + 1
		for e < n && toks[e].text != "\"" && toks[e].text != "”" && t.tag[e] != "''" && e < q+6 {
			e++
		}
		h := e - 1
		if e >= n || h <= q || !strings.HasPrefix(t.tag[h], "NN") || t.head[h] == v {
			continue
		}
		t.head[h], t.rel[h] = v, "obj"
		t.head[d], t.rel[d] = h, "det"
		for k := q + 1; k < h; k++ {
			if !descends(t, k, h) {
				t.head[k] = h
				if strings.HasPrefix(t.tag[k], "NN") {
					t.rel[k] = "compound"
				} else {
					t.rel[k] = "amod"
				}
			}
		}
		t.head[q], t.rel[q] = h, "punct"
		t.head[e], t.rel[e] = h, "punct"
	}
	for o := 3; o < n; o++ {
		// "could strike British/advmod and French military
		// facilities/conj", "hit American/obj and Israeli bases/conj": a
		// noun the parser made a conjunct of the verb, after nothing but
		// coordinated modifiers, is its object.
		v := t.head[o]
		if t.rel[o] != "conj" || v < 0 || v >= o-2 || !strings.HasPrefix(t.tag[v], "VB") || !strings.HasPrefix(t.tag[o], "NN") {
			continue
		}
		if b := dependent(t, v, "obj"); b >= 0 && (b > o || b < v || t.tag[b] != "JJ" && !strings.HasPrefix(t.tag[b], "NNP")) {
			continue // (the verb's own object, not a modifier it took for one: "hit American/obj and Israeli bases")
		}
		mods := true
		for k := v + 1; k < o && mods; k++ {
			mods = toks[k].key == "and" || t.tag[k] == "JJ" || strings.HasPrefix(t.tag[k], "NNP") || t.head[k] == o && t.rel[k] == "compound"
		}
		if !mods || !slices.ContainsFunc(toks[v+1:o], func(tk token) bool { return tk.key == "and" }) {
			continue
		}
		t.rel[o] = "obj"
		for k := v + 1; k < o; k++ {
			if t.head[k] == v {
				t.head[k], t.rel[k] = o, "amod"
			}
			if toks[k].key == "and" && t.head[k] == o {
				t.head[k] = into[k+1] // the conjunct's name, whole
			}
		}
	}
	for o := 3; o < n; o++ {
		// "will welcome his first foreign visitor, British Prime Minister
		// Theresa May/obj": a name after a comma that the parser made a
		// second object is the first one's apposition.
		v, first := t.head[o], o
		for first > 0 && into[first-1] == o {
			first--
		}
		if t.rel[o] != "obj" || v < 0 || !inMention(ms, o) || first < 2 || toks[first-1].key != "," && toks[first-1].key != "—" {
			continue
		}
		if p := dependent(t, v, "obj"); p >= 0 && p < first-1 && strings.HasPrefix(t.tag[p], "NN") && lastOf(t, p) == first-2 {
			t.head[o], t.rel[o] = p, "appos"
		}
	}
	for k := 2; k < n; k++ {
		// "became one of the first to back/advcl-of-first Guaido": the
		// infinitive after an ordinal is done by the subject of the verb
		// of being or becoming above it.
		o := t.head[k]
		if t.tag[k] != "VB" || o < 0 || !ordinals[toks[o].key] || dependent(t, k, "mark") < 0 || toks[dependent(t, k, "mark")].key != "to" || dependent(t, k, "nsubj") >= 0 {
			continue
		}
		v := t.head[o]
		for step := 0; step < 2 && v >= 0 && !strings.HasPrefix(t.tag[v], "VB"); step++ {
			v = t.head[v]
		}
		if v >= 0 && (t.lemma[v] == "become" || t.lemma[v] == "remain") && dependent(t, v, "nsubj") >= 0 {
			t.head[k], t.rel[k] = v, "xcomp"
		}
	}
	for k := 2; k < n; k++ {
		// "Iraqi forces, in coordination/nmod-of-forces with the United
		// States, launched an offensive": a phrase set off by commas
		// right after the subject, before its verb, is the verb's.
		sb, c := t.head[k], dependent(t, k, "case")
		if t.rel[k] != "nmod" || sb < 0 || sb >= k || c < 1 || c > k || toks[c-1].key != "," || t.rel[sb] != "nsubj" || t.head[sb] <= k {
			continue
		}
		if e := lastOf(t, k); e+2 < n && (toks[e+1].key == "," && e+2 == t.head[sb] || toks[e].key == "," && e+1 == t.head[sb]) {
			t.head[k], t.rel[k] = t.head[sb], "obl"
		}
	}
	for h := 1; h < n; h++ {
		// "severed ties with/case-of-ago Rabat/nsubj-of-ago two years
		// ago": "ago" has no subject; the phrase before its measure is
		// the verb's.
		s, c := dependent(t, h, "nsubj"), dependent(t, h, "case")
		if toks[h].key != "ago" || s < 0 || c < 0 || c > s || t.head[h] < 0 {
			continue
		}
		t.head[c] = s
		t.head[s], t.rel[s] = t.head[h], "obl"
	}
	if r := rootOf(t); r > 0 && strings.HasPrefix(t.tag[r], "NN") {
		// "The Kremlin, under pressure/root from its allies,
		// criticized/parataxis NATO": the phrase between commas heads
		// nothing; the verb after it heads the sentence, with the
		// subject the parser hung on the phrase.
		c, s := dependent(t, r, "case"), dependent(t, r, "nsubj")
		if c > 0 && c < r && s >= 0 && s < c && toks[c-1].key == "," {
			for v := r + 1; v < n; v++ {
				if t.head[v] != r || t.rel[v] != "parataxis" && t.rel[v] != "conj" || toks[v-1].key != "," || t.tag[v] != "VBD" && t.tag[v] != "VBZ" && t.tag[v] != "VBP" || dependent(t, v, "nsubj") >= 0 {
					continue
				}
				for k := v + 1; k < n; k++ {
					if t.head[k] == r {
						t.head[k] = v
					}
				}
				t.head[v], t.rel[v] = -1, "root"
				t.head[r], t.rel[r] = v, "obl"
				t.head[s] = v
				break
			}
		}
	}
	for k := 1; k < n; k++ {
		// "China, under pressure/nsubj from its allies, accused …": a
		// noun with a preposition is no subject; the subject the parser
		// hung on it (there or on the phrase it made the verb's obl) is
		// the verb's.
		// "…, the government's top delegate to negotiations/nsubj with
		// the Houthis, said": right after a noun, the phrase is that
		// noun's.
		v, s, c := t.head[k], dependent(t, k, "nsubj"), dependent(t, k, "case")
		if t.rel[k] != "nsubj" && t.rel[k] != "obl" || v <= k || t.rel[k] == "obl" && dependent(t, v, "nsubj") >= 0 || s < 0 || s > k || !strings.HasPrefix(t.tag[k], "NN") || c < 1 || c > k {
			continue
		}
		if e := lastOf(t, k); toks[v-1].key != "," || e < v-2 || e > v-1 {
			continue
		}
		switch {
		case toks[c-1].key == ",":
			t.rel[k] = "obl"
		case strings.HasPrefix(t.tag[c-1], "NN") && descends(t, c-1, s):
			t.head[k], t.rel[k] = c-1, "nmod"
		default:
			continue
		}
		t.head[s] = v
	}
	for k := 2; k < n; k++ {
		// "intercepted a missile fired/advcl by the Houthis", "rejected
		// the proposal put/xcomp forward by Egypt": a participle with an
		// agent right after the object noun, no comma between, is the
		// noun's.
		v, o := t.head[k], k-1
		if t.tag[k] != "VBN" || t.rel[k] != "advcl" && t.rel[k] != "xcomp" || v < 0 || v > o || t.head[o] != v || t.rel[o] != "obj" || !strings.HasPrefix(t.tag[o], "NN") || dependent(t, k, "obl:agent") < k {
			continue
		}
		t.head[k], t.rel[k] = o, "acl"
	}
	for k := 2; k < n; k++ {
		// "Bombs were dropped on the rebels by/nmod-of-rebels Syrian
		// jets": in a passive clause with no agent, a by-phrase hung on a
		// place or target that is no act is the verb's agent (but "fired
		// at positions held by the rebels" keeps its participle's).
		p := t.head[k]
		if p < 0 || t.rel[k] != "nmod" || p > k || !strings.HasPrefix(t.tag[p], "NN") || !relIs(t.rel[p], "obl") || len(x.lex.Lookup(t.lemma[p], schema.Noun)) > 0 {
			continue
		}
		if c := dependent(t, k, "case"); c < 0 || toks[c].key != "by" {
			continue
		}
		if v := t.head[p]; v >= 0 && t.tag[v] == "VBN" && dependent(t, v, "aux:pass") >= 0 && dependent(t, v, "obl:agent") < 0 {
			t.head[k], t.rel[k] = v, "obl:agent"
		}
	}
	for k := 2; k < n; k++ {
		// "Bombs were dropped by Syrian forces on/nmod-of-forces rebel
		// areas": the target after a passive's agent is the verb's.
		p := t.head[k]
		if p < 0 || t.rel[k] != "nmod" || p > k || t.rel[p] != "obl:agent" || t.head[p] < 0 || t.tag[t.head[p]] != "VBN" {
			continue
		}
		if c := dependent(t, k, "case"); c >= 0 && (toks[c].key == "on" || toks[c].key == "at" || toks[c].key == "against" || toks[c].key == "into") {
			t.head[k], t.rel[k] = t.head[p], "obl"
		}
	}
	for k := 1; k+2 < n; k++ {
		// "warned Washington of a response days after/case-of-summit the
		// summit ended/ccomp": a temporal conjunction the parser took for
		// the preposition of the subject after it opens that subject's
		// clause, which says when and is said by no one; the measure
		// before it ("days", obj of the clause) is the clause's.
		h := t.head[k]
		if t.rel[k] != "case" || !subordinators[toks[k].key] || h <= k || t.rel[h] != "nsubj" || t.head[h] <= h {
			continue
		}
		v := t.head[h]
		t.head[k], t.rel[k] = v, "mark"
		if t.rel[v] == "ccomp" {
			t.rel[v] = "advcl"
		}
		if j := k - 1; t.head[j] == v && t.rel[j] == "obj" {
			t.rel[j] = "obl:npmod"
		}
	}
	for k := 2; k+1 < n; k++ {
		// "After meeting Abe in Tokyo, Trump/appos-of-Tokyo flew to
		// Seoul", "In a move that surprised analysts, France/appos and
		// Germany will hold drills", "…, diplomats/conj from India and
		// Pakistan met": a name, or the last noun of a list naming an
		// actor, right after the comma that closes an opening phrase and
		// right before a verb with no subject (its auxiliaries between)
		// is that verb's subject.
		p := t.head[k]
		if p < 0 || p > k || !openingSubject(t, toks, ms, k) {
			continue
		}
		first := k
		for first > 0 && into[first-1] == k {
			first--
		}
		e := lastOf(t, k)
		if first == 0 || toks[first-1].key != "," || e+1 >= n {
			continue
		}
		v := e + 1
		for v+1 < n && t.rel[v] == "aux" && t.head[v] > v {
			v++
		}
		if t.rel[v] == "aux" || !strings.HasPrefix(t.tag[v], "VB") || t.tag[v] == "VBG" || t.tag[v] == "VBN" && dependent(t, v, "aux") < 0 {
			continue
		}
		if dependent(t, v, "nsubj") >= 0 || dependent(t, v, "nsubj:pass") >= 0 || !descends(t, p, v) {
			continue
		}
		t.head[k], t.rel[k] = v, "nsubj"
	}
	for k := 2; k < n; k++ {
		// "promised to Kyiv by the United States, Britain/conj-of-Kyiv,
		// France and Germany": a conjunct whose arc crosses a noun the
		// parser hung elsewhere is that noun's.
		h := t.head[k]
		if t.rel[k] != "conj" || h < 0 || h >= k || !strings.HasPrefix(t.tag[k], "NN") {
			continue
		}
		for j := k - 1; j > h; j-- {
			if hj := t.head[j]; strings.HasPrefix(t.tag[j], "NN") && t.rel[j] != "flat" && t.rel[j] != "compound" && hj >= 0 && (hj < h || hj > k) && dependent(t, j, "case") >= 0 {
				t.head[k] = j
				break
			}
		}
	}
	for v := 3; v < n; v++ {
		// "Saudi Arabia and the UAE, which back/parataxis Yemen's
		// government, have been fighting": a clause opened by "which" or
		// "who" after a comma is a relative clause on the noun before it.
		// "… Guard Corps (IRGC), which shot/advcl:relcl-of-aimed down
		// the US drone": so is one the parser hung on the verb, on the
		// name a parenthesis repeats; and "a Turkish assault on the
		// Kurds, who had been aligned/relcl-of-assault with U.S. forces":
		// "who" stands for someone, not an event or an act.
		w, h := dependent(t, v, "nsubj"), t.head[v]
		if w < 0 {
			w = dependent(t, v, "nsubj:pass")
		}
		if w < 2 || (toks[w].key != "which" && toks[w].key != "who") || toks[w-1].key != "," {
			continue
		}
		onAct := t.rel[v] == "acl:relcl" && toks[w].key == "who" && h >= 0 && h < w-2 &&
			(strings.HasPrefix(t.tag[h], "VB") || strings.HasPrefix(t.tag[h], "NN") && len(x.lex.Lookup(t.lemma[h], schema.Noun)) > 0)
		if t.rel[v] != "parataxis" && t.rel[v] != "advcl:relcl" && !onAct {
			continue
		}
		o := w - 2
		if toks[o].key == ")" && o > 1 && t.rel[o-1] == "appos" && toks[o-2].key == "(" {
			o = t.head[o-1]
		}
		if o < 0 || !strings.HasPrefix(t.tag[o], "NN") || descends(t, o, v) || onAct && !descends(t, o, h) {
			continue
		}
		t.head[v], t.rel[v] = o, "acl:relcl"
	}
	for g := 2; g+1 < n; g++ {
		// "Russian warplanes, backing/amod-of-troops Syrian government
		// troops, pounded": a participle after a comma is a clause on
		// the noun before it, with the noun it was hung on for object.
		o := t.head[g]
		if t.rel[g] != "amod" || t.tag[g] != "VBG" || toks[g-1].key != "," || o <= g || !strings.HasPrefix(t.tag[o], "NN") {
			continue
		}
		if h := t.head[o]; h >= 0 && h < g && strings.HasPrefix(t.tag[h], "NN") && (t.rel[o] == "nmod" || t.rel[o] == "appos") {
			t.head[g], t.rel[g] = h, "acl"
			t.head[o], t.rel[o] = g, "obj"
		}
	}
	for s := 2; s < n; s++ {
		// "On Monday, the Turkish offensive/appos-of-Monday against the
		// YPG/nsubj drew condemnation": a phrase with a preposition is no
		// subject; it is the noun's before it, and that noun the subject.
		v, c, p := t.head[s], dependent(t, s, "case"), -1
		if c > 0 {
			p = c - 1
		}
		if t.rel[s] != "nsubj" || v <= s || c < 0 || c > s || toks[c].key == "of" || p < 0 || !strings.HasPrefix(t.tag[p], "NN") || t.head[p] == s ||
			t.rel[p] != "appos" && t.rel[p] != "dep" || t.head[p] > p || !strings.HasPrefix(t.tag[v], "VB") {
			continue
		}
		t.head[s], t.rel[s] = p, "nmod"
		t.head[p], t.rel[p] = v, "nsubj"
	}
	for d := 0; d+2 < n; d++ {
		// A day or time the parser made a clause of its own: "the United
		// States/nsubj-of-Monday on Monday/obl imposed", "On Tuesday/obl,
		// Putin/conj-of-Tuesday and Erdogan held talks". A noun of time
		// takes no subject and no list of actors: they are the verb's
		// subject.
		v := t.head[d]
		for v >= 0 && (relIs(t.rel[v], "obl") || relIs(t.rel[v], "nmod") || t.rel[v] == "advmod") && !strings.HasPrefix(t.tag[v], "VB") {
			v = t.head[v] // "In a statement on Tuesday/nmod, India/conj-of-Tuesday and Pakistan/nsubj exchanged"
		}
		if !monthOrDay[toks[d].key] && !calendarNouns[toks[d].key] || v <= d || !strings.HasPrefix(t.tag[v], "VB") {
			continue
		}
		// The first conjunct right after the comma that ends the phrase
		// (a name's last word: its other words hang on it).
		k := d + 2
		for k < v && t.rel[k] == "flat" && t.head[k] > k {
			k = t.head[k]
		}
		listed := k < v && toks[d+1].key == "," && t.head[k] == d && t.rel[k] == "conj" && strings.HasPrefix(t.tag[k], "NNP")
		if s := dependent(t, v, "nsubj"); listed && s > k && s < v && strings.HasPrefix(t.tag[s], "NNP") {
			// The last conjunct taken for the subject alone.
			t.head[k], t.rel[k] = v, "nsubj"
			t.head[s], t.rel[s] = k, "conj"
			for j := k + 1; j < s; j++ {
				if t.head[j] == v && t.rel[j] == "cc" || t.head[j] == d && (t.rel[j] == "conj" || t.rel[j] == "punct") {
					t.head[j] = s
					if t.rel[j] == "conj" {
						t.head[j] = k
					}
				}
			}
			continue
		}
		if dependent(t, v, "nsubj") >= 0 || dependent(t, v, "nsubj:pass") >= 0 {
			continue
		}
		if s := dependent(t, d, "nsubj"); s >= 0 && s < d && dependent(t, d, "cop") < 0 {
			t.head[s] = v
			continue
		}
		if listed {
			for j := k + 1; j < v; j++ {
				if t.rel[j] == "acl" && t.tag[j] == "VBN" && toks[j-1].key == "," && (t.head[j] < k || t.head[j] == d) {
					t.head[j] = k // "…, Saudi Arabia, backed/acl-of-the-phrase by the UAE, launched": the subject's
				}
			}
			t.head[k], t.rel[k] = v, "nsubj"
			for j := k + 1; j < v; j++ {
				if t.head[j] == d && (t.rel[j] == "conj" || t.rel[j] == "cc" || t.rel[j] == "punct") {
					t.head[j] = k
				}
			}
		}
	}
	for v := 1; v+1 < n; v++ {
		// "Pakistan has denied/amod Indian accusations/root": a participle
		// with the perfect's "has" is the verb, the noun after it its
		// object.
		o := t.head[v]
		if t.tag[v] != "VBN" || t.rel[v] != "amod" || o <= v || !dependentKey(t, toks, v, "aux", "has", "have", "had") {
			continue
		}
		t.head[v], t.rel[v] = t.head[o], t.rel[o]
		t.head[o], t.rel[o] = v, "obj"
		for k := range n {
			if t.head[k] == o && (k < v || t.rel[k] == "punct" && k == n-1) {
				t.head[k] = v
			}
		}
	}
	for k := 0; k+2 < n; k++ {
		// "Britain/compound-of-France, France and Germany": names a comma
		// parts are a list, not a compound name.
		if t.rel[k] == "compound" && t.head[k] == k+2 && toks[k+1].key == "," && strings.HasPrefix(t.tag[k], "NNP") && strings.HasPrefix(t.tag[k+2], "NNP") && inMention(ms, k) && inMention(ms, k+2) {
			t.rel[k] = "conj"
		}
	}
	for k := 2; k < n; k++ {
		// "rebuffs suggestions by Clinton and other officials to
		// provide/advcl-of-rebuffs weapons": an infinitive right after the
		// phrase of a noun of proposing is the proposal's.
		v := t.head[k]
		if t.tag[k] != "VB" || t.rel[k] != "advcl" || v < 0 || toks[k-1].key != "to" {
			continue
		}
		o := dependent(t, v, "obj")
		// "calls by the EU to condemn": calls with their author ("a call
		// from Putin to thank him" is a telephone's).
		if o < 0 || o > k || !proposalNouns[t.lemma[o]] && !(o+1 < k && (toks[o].key == "calls" && (toks[o+1].key == "by" || toks[o+1].key == "from") || toks[o].key == "call" && toks[o+1].key == "by")) {
			continue
		}
		inside := true // the words between belong to the noun's phrase, or are its author's
		for j := o + 1; j < k-1 && inside; j++ {
			a, top := j, j
			for a >= 0 && a != o && a != v {
				top, a = a, t.head[a]
			}
			c := dependent(t, top, "case")
			inside = a == o || a == v && relIs(t.rel[top], "obl") && c == o+1 && (toks[c].key == "by" || toks[c].key == "from")
		}
		if inside {
			t.head[k], t.rel[k] = o, "acl"
			// Its author's phrase, hung on the verb, is the noun's too.
			for j := o + 1; j < k-1; j++ {
				if t.head[j] == v && relIs(t.rel[j], "obl") && dependent(t, j, "case") == o+1 {
					t.head[j], t.rel[j] = o, "nmod"
				}
			}
		}
	}
	for g := 1; g < n; g++ {
		// "Moscow has denied supplying/ccomp-of-said weapons …, a
		// spokesman said": a gerund right after a verb that takes one,
		// with no subject of its own, is that verb's complement.
		// "did not rule out/mark sending/advcl troops": also after the
		// verb's particle, which is the verb's.
		v, prt := g-1, -1
		if g >= 2 && particleGerundTakers[t.lemma[g-2]+" "+toks[g-1].key] {
			v, prt = g-2, g-1
		}
		if t.tag[g] != "VBG" || !strings.HasPrefix(t.tag[v], "VB") || !gerundTakers[t.lemma[v]] && prt < 0 || t.head[g] == v && t.rel[g] == "xcomp" ||
			dependent(t, g, "nsubj") >= 0 || t.rel[g] != "ccomp" && t.rel[g] != "dep" && t.rel[g] != "advcl" {
			continue
		}
		t.head[g], t.rel[g] = v, "xcomp"
		if prt >= 0 {
			t.head[prt], t.rel[prt], t.tag[prt] = v, "compound:prt", "RP"
			toks[prt].tag = "RP"
		}
	}
	for v := 3; v < n; v++ {
		// "Meanwhile, a meeting/root between Kim and Moon/nsubj:pass is
		// expected/conj-of-meeting": the second party of "between" taken
		// for a clause's subject. The party is the first's conjunct, the
		// event the verb's subject.
		s, e := dependent(t, v, "nsubj:pass"), t.head[v]
		if s < 0 {
			s = dependent(t, v, "nsubj")
		}
		if t.rel[v] != "conj" || !strings.HasPrefix(t.tag[v], "VB") || s < 2 || e < 0 || e > s || !strings.HasPrefix(t.tag[s], "NNP") {
			continue
		}
		a := -1 // the first party, hung on the event by "between"
		for k := e + 1; k < s; k++ {
			if c := dependent(t, k, "case"); t.head[k] == e && relIs(t.rel[k], "nmod") && c >= 0 && toks[c].key == "between" {
				a = k
			}
		}
		if a < 0 {
			continue
		}
		lo := s
		for lo > a+1 && t.rel[lo-1] == "flat" && t.head[lo-1] == s {
			lo--
		}
		if lo-1 <= a || toks[lo-1].key != "and" {
			continue
		}
		rel := t.rel[s]
		t.head[s], t.rel[s] = a, "conj"
		t.head[lo-1], t.rel[lo-1] = s, "cc"
		t.head[v], t.rel[v] = t.head[e], t.rel[e]
		t.head[e], t.rel[e] = v, rel
		for k := v + 1; k < n; k++ {
			if t.head[k] == e && t.rel[k] == "punct" {
				t.head[k] = v
			}
		}
	}
	for r := 3; r+1 < n; r++ {
		// "On Monday, Saudi Arabia/obl, backed/root by the UAE, launched/conj
		// a campaign", "\"Saudi Arabia/nsubj:pass, backed/advcl by the UAE,
		// launched …\"": a participle set off by commas after a name is
		// the name's; the finite verb after it is the clause's, the name
		// its subject.
		s := r - 2 // the name's last word, before the comma
		if t.tag[r] != "VBN" || toks[r-1].key != "," || t.head[s] != r || !strings.HasPrefix(t.tag[s], "NNP") || dependent(t, r, "obl:agent") < r ||
			dependent(t, r, "aux") >= 0 || dependent(t, r, "aux:pass") >= 0 {
			continue
		}
		c := -1
		if h := t.head[r]; h > r && (t.rel[r] == "advcl" || t.rel[r] == "dep") {
			c = h
		}
		for k := r + 1; k < n && c < 0; k++ {
			if t.head[k] == r && t.rel[k] == "conj" {
				c = k
			}
		}
		if c < 0 || t.tag[c] != "VBD" && t.tag[c] != "VBZ" && t.tag[c] != "VBP" || toks[c-1].key != "," || dependent(t, c, "nsubj") >= 0 || dependent(t, c, "nsubj:pass") >= 0 {
			continue
		}
		if t.head[c] == r {
			for k := range n {
				if t.head[k] == r && (k < s || t.rel[k] == "punct" && k > c) {
					t.head[k] = c // what opens the sentence, and its last stop
				}
			}
			t.head[c], t.rel[c] = t.head[r], t.rel[r]
		}
		t.head[s], t.rel[s] = c, "nsubj"
		t.head[r], t.rel[r] = s, "acl"
	}
	for k := 2; k+1 < n; k++ {
		// "has not endorsed Moscow's annexation of four regions, and
		// Chinese diplomats/conj-of-regions abstained/xcomp": a noun after
		// ", and" with a finite verb right after it that has no subject
		// opens a new clause, the noun its subject.
		v := k + 1
		if t.rel[k] != "conj" || !strings.HasPrefix(t.tag[k], "NN") || t.tag[v] != "VBD" && t.tag[v] != "VBZ" && t.tag[v] != "VBP" || t.head[v] == k ||
			dependent(t, v, "nsubj") >= 0 || dependent(t, v, "nsubj:pass") >= 0 || dependent(t, v, "aux") >= 0 {
			continue
		}
		cc := dependent(t, k, "cc")
		if cc < 1 || cc > k || toks[cc].key != "and" && toks[cc].key != "but" || toks[cc-1].key != "," {
			continue
		}
		top := t.head[k] // the verb whose clause the noun was read into
		for top >= 0 && !strings.HasPrefix(t.tag[top], "VB") {
			top = t.head[top]
		}
		if top < 0 || top > cc || !t.dominates(top, v) && t.head[v] != top {
			continue
		}
		t.head[v], t.rel[v] = top, "conj"
		t.head[k], t.rel[k] = v, "nsubj"
		t.head[cc], t.head[cc-1] = v, v
	}
	for k := 1; k < n; k++ {
		// "abstained on a resolution condemning/advcl-of-abstained it": a
		// gerund right after a text is what the text says.
		if h := k - 1; t.tag[k] == "VBG" && t.rel[k] == "advcl" && textNouns[t.lemma[h]] && t.head[h] == t.head[k] {
			t.head[k], t.rel[k] = h, "acl"
		}
	}
	for v := 1; v < n; v++ {
		// "Weapons/nsubj smuggled/VBD-nsubj:pass from Iran were seized": a
		// past form read as a clause that is the subject of another verb
		// is a reduced relative on the noun before it, and the noun the
		// subject.
		s, h := v-1, t.head[v]
		if t.tag[v] != "VBD" || h <= v || t.rel[v] != "nsubj" && t.rel[v] != "nsubj:pass" || t.head[s] != v || t.rel[s] != "nsubj" || !strings.HasPrefix(t.tag[s], "NN") ||
			dependent(t, v, "obj") >= 0 { // a passive participle takes no object
			continue
		}
		t.head[s], t.rel[s] = h, t.rel[v]
		t.head[v], t.rel[v], t.tag[v] = s, "acl", "VBN"
		toks[v].tag = "VBN"
		for k := range v {
			if t.head[k] == v && k != s {
				t.head[k] = s // its determiner and modifiers
			}
		}
	}
	for k := 2; k < n; k++ {
		// "the expulsion of 40 diplomats ordered/acl-of-diplomats by
		// Germany": a participle that decrees or carries out an act, after
		// the "of" phrase of an event noun, is the event's (with no
		// infinitive: "diplomats ordered to leave" are the ones ordered).
		m := t.head[k]
		if t.tag[k] != "VBN" || t.rel[k] != "acl" || m < 0 || m > k || !relIs(t.rel[m], "nmod") || t.head[m] < 0 || dependent(t, k, "xcomp") >= 0 ||
			!carryLemmas[t.lemma[k]] || dependent(t, k, "obl:agent") < k {
			continue
		}
		if e, c := t.head[m], dependent(t, m, "case"); c >= 0 && toks[c].key == "of" && len(x.lex.Lookup(t.lemma[e], schema.Noun)) > 0 {
			t.head[k] = e
		}
	}
	for v := 3; v < n; v++ {
		// "In a statement after a meeting of the Security Council,
		// Washington/conj-of-Council, London and Paris accused Moscow": a
		// finite verb with no subject takes the names listed right
		// before it, after a comma, that the parser joined to the last
		// noun of the opening phrase.
		h := t.head[v-1]
		if t.tag[v] != "VBD" && t.tag[v] != "VBZ" && t.tag[v] != "VBP" || t.rel[v-1] != "conj" || h < 0 || h > v || t.head[h] == v ||
			dependent(t, v, "nsubj") >= 0 || dependent(t, v, "nsubj:pass") >= 0 || !strings.HasPrefix(t.tag[v-1], "NNP") || !t.dominates(v, h) {
			continue
		}
		first := -1 // the list's first name: the first conjunct after a comma that follows the head
		for k := h + 1; k < v; k++ {
			if t.head[k] == h && t.rel[k] == "conj" && toks[k-1].key == "," && inMention(ms, k) {
				first = k
				break
			}
		}
		if first < 0 {
			continue
		}
		for k := first + 1; k < v; k++ {
			if t.head[k] == h && t.rel[k] == "conj" {
				t.head[k] = first
			}
		}
		t.head[first], t.rel[first] = v, "nsubj"
	}
	for k := 2; k < n; k++ {
		// "Brazil's Lula/nmod:poss and Argentina/conj 's Fernandez": a
		// possessive ending marks the word it follows; the two possessed
		// names are coordinated.
		h, a := t.head[k], k-1
		if toks[k].key != "'s" || t.rel[k] != "case" || h == a || h < 0 || t.rel[a] != "conj" || t.head[a] != h || t.rel[h] != "nmod:poss" {
			continue
		}
		m := t.head[h] // the second name
		if m <= k || !inMention(ms, h) || !inMention(ms, m) {
			continue
		}
		cc := dependent(t, a, "cc")
		t.head[h], t.rel[h] = t.head[m], t.rel[m]
		t.head[m], t.rel[m] = h, "conj"
		t.head[a], t.rel[a] = m, "nmod:poss"
		t.head[k] = a
		if cc >= 0 {
			t.head[cc] = m
		}
	}
	for b := 2; b+1 < n; b++ {
		// "an investigation into alleged war crimes by/nmod-of-investigation
		// Israel": the "by" phrase right after a harm or attack noun is
		// that act's agent, not the agent of the noun above it.
		k, j := t.head[b], b-1
		if toks[b].key != "by" || t.rel[b] != "case" || k <= b || !relIs(t.rel[k], "nmod") || t.head[k] < 0 || t.head[k] == j ||
			!strings.HasPrefix(t.tag[j], "NN") || t.head[j] != t.head[k] || !relIs(t.rel[j], "nmod") {
			continue
		}
		if harmNouns[t.lemma[j]] || slices.ContainsFunc(x.lex.Lookup(t.lemma[j], schema.Noun), func(e schema.LexiconEntry) bool { return e.Relation == schema.Attacked }) {
			t.head[k] = j
		}
	}
	for k := 0; k+2 < n; k++ {
		// "the U.S./compound arms/compound sales", "Russian arms
		// deliveries": a state before a compound event noun does the
		// event (the sales), not its first noun.
		h, m := t.head[k], mentionEnding(ms, k+1)
		if h != k+1 || t.rel[k] != "compound" && t.rel[k] != "amod" || t.rel[h] != "compound" || t.head[h] != h+1 || m < 0 || ms[m].Actors[0].Kind == schema.Person ||
			!strings.HasPrefix(t.tag[h], "NN") || !strings.HasPrefix(t.tag[h+1], "NN") || t.rel[h+1] == "compound" || toks[h].cap() ||
			len(x.lex.Lookup(t.lemma[h+1], schema.Noun)) == 0 {
			continue
		}
		t.head[k] = h + 1
	}
	for v := 1; v+1 < n; v++ {
		// "accused Iran of supplying/amod weapons": a gerund after a
		// preposition heads a clause, with the noun after it for object.
		o := t.head[v]
		if t.tag[v] != "VBG" || t.rel[v] != "amod" || o <= v || t.tag[v-1] != "IN" || t.head[v-1] != o {
			continue
		}
		t.head[v], t.rel[v] = t.head[o], "advcl"
		t.head[o], t.rel[o] = v, "obj"
		t.head[v-1], t.rel[v-1] = v, "mark"
	}
	for v := 1; v+1 < n; v++ {
		// "denied funding/amod groups/obj-of-denied": a gerund the parser
		// read as a modifier right after a verb that takes one ("deny",
		// "admit", "stop") heads the verb's complement, the noun its
		// object.
		g, o := v-1, t.head[v]
		if v >= 2 && particleGerundTakers[t.lemma[v-2]+" "+toks[v-1].key] && t.head[v-1] == v-2 {
			g = v - 2 // "has not ruled out imposing/amod sanctions"
		}
		if t.tag[v] != "VBG" || !gerundTakers[t.lemma[g]] && g == v-1 || t.rel[v] != "amod" || o <= v || t.head[o] != g || t.rel[o] != "obj" {
			continue
		}
		t.head[v], t.rel[v] = g, "xcomp"
		t.head[o] = v
	}
	if v := rootOf(t); v > 4 {
		// "With the backing of Russia, Iran/nsubj and China, Syria/conj
		// rejected the plan": a list that ends a fronted phrase, read as
		// the subject's; the last conjunct after a comma and no "and" is
		// the subject, the others the phrase's.
		s := dependent(t, v, "nsubj")
		p := s - 2 // the noun that ends the fronted phrase
		if s > 2 && toks[s-1].key == "," && p > 0 && t.head[p] >= 0 && t.head[p] < p && t.head[p] != v && relIs(t.rel[p], "nmod") {
			last, and := -1, false
			for k := s + 1; k < v; k++ {
				if t.head[k] != s || t.rel[k] != "conj" {
					continue
				}
				if dependent(t, k, "cc") >= 0 {
					and, last = true, -1
				} else if toks[k-1].key == "," || k > 1 && toks[k-2].key == "," && toks[k-1].tag == "DT" {
					last = k
				}
			}
			if last > 0 && and {
				t.head[last], t.rel[last] = v, "nsubj"
				t.head[s], t.rel[s] = p, "conj"
				for k := s + 1; k < last; k++ {
					if t.head[k] == s && t.rel[k] == "conj" {
						t.head[k] = p // the list's other conjuncts
					}
				}
			}
		}
		// The same list read as the phrase's, the phrase as the subject
		// ("With/case the backing/nsubj of Turkey, Qatar and Kuwait,
		// Sudan/conj rejected"): a subject with a preposition is none.
		if s >= 0 && t.caseBefore(s) != "" && v > 2 && toks[v-2].key == "," {
			k := v - 1 // the last conjunct, right before the verb
			if h := t.head[k]; h >= 0 && h < k && t.rel[k] == "conj" && dependent(t, k, "cc") < 0 && t.dominates(s, k) {
				and := false
				for j := h + 1; j < k; j++ {
					and = and || t.head[j] == h && t.rel[j] == "conj" && dependent(t, j, "cc") >= 0
				}
				if and {
					t.head[k], t.rel[k] = v, "nsubj"
					t.rel[s] = "obl"
				}
			}
		}
	}
	for k := range n {
		// "the sanctions Washington/nsubj imposed/acl on Caracas": a
		// clause with a subject of its own on a noun is a relative clause
		// with no pronoun, the noun its object.
		if t.rel[k] == "acl" && (t.tag[k] == "VBD" || t.tag[k] == "VBN" || t.tag[k] == "VBZ" || t.tag[k] == "VBP") && t.head[k] >= 0 && t.head[k] < k {
			if s := dependent(t, k, "nsubj"); s > t.head[k] && s < k && dependent(t, k, "mark") < 0 {
				t.rel[k] = "acl:relcl" // (not "claims that/mark Iran hid uranium": what they say)
			}
			// "the agreement that/mark Obama struck/acl with Xi": "that"
			// before a clause whose verb lacks an object it takes with
			// that noun ("strike an agreement") is the relative pronoun,
			// the noun its object; a clause complete in itself is the
			// noun's content ("the fear that Russia would invade").
			h := t.head[k]
			if m := dependent(t, k, "mark"); m == h+1 && toks[m].key == "that" && dependent(t, k, "nsubj") > m && strings.HasPrefix(t.tag[h], "NN") &&
				dependent(t, k, "obj") < 0 && dependent(t, k, "ccomp") < 0 && dependent(t, k, "xcomp") < 0 && x.objectOf(t.lemma[k], t.lemma[h]) {
				t.rel[k] = "acl:relcl"
			}
		}
	}
	for k := 3; k < n; k++ {
		// "imposed sanctions on several countries, among/case them/nmod
		// Russia/obl": "among them" introduces members as "including"
		// does.
		if relIs(t.rel[k], "obl") && toks[k-1].key == "them" && toks[k-2].key == "among" && toks[k-3].key == "," && t.head[k-1] == k && t.head[k-2] == k-1 {
			t.head[k-2], t.rel[k-2] = k, "case"
			t.head[k-1], t.rel[k-1] = k-2, "fixed"
		}
	}
	for k := 2; k < n; k++ {
		// "attacks on U.S. personnel/nmod conducted/acl by Iran": who
		// carries out an act is the act's agent, not its target's.
		h := t.head[k]
		if h < 0 || t.rel[k] != "acl" || t.tag[k] != "VBN" || !carryLemmas[t.lemma[k]] || dependent(t, k, "obl:agent") < 0 || !relIs(t.rel[h], "nmod") {
			continue
		}
		if e := t.head[h]; e >= 0 && e < h && strikeNouns[t.lemma[e]] {
			t.head[k] = e
		}
	}
	if r := rootOf(t); r >= 0 && strings.HasPrefix(t.tag[r], "NNP") {
		// "Algeria/root, which severed ties with Rabat two years ago,
		// offered/VBN on Monday to send aid": the verb after the comma
		// that closes a relative clause on a name is the sentence's.
		if rc := dependent(t, r, "acl:relcl"); rc > r {
			for v := rc + 1; v < n; v++ {
				if toks[v-1].key == "," && (t.tag[v] == "VBD" || t.tag[v] == "VBN" || t.tag[v] == "VBZ") && descends(t, v, rc) && dependent(t, v, "aux:pass") < 0 {
					if sb, mk := dependent(t, v, "nsubj"), dependent(t, v, "mark"); sb >= 0 {
						// "… ties with/mark Rabat/nsubj two years ago, offered":
						// a phrase of the clause read as the verb's absolute.
						if mk < 0 || mk > sb || toks[mk].key != "with" {
							break
						}
						t.head[sb], t.rel[sb] = rc, "obl"
						t.head[mk], t.rel[mk] = sb, "case"
					}
					for q := range n {
						if t.head[q] == r && q > v {
							t.head[q] = v // the words after the verb were the name's
						}
					}
					t.head[v], t.rel[v] = -1, "root"
					t.head[r], t.rel[r] = v, "nsubj"
					if t.tag[v] == "VBN" {
						t.tag[v], toks[v].tag = "VBD", "VBD"
					}
					break
				}
			}
		}
	}
	for k := 2; k < n; k++ {
		// "Ghana said the border dispute had been settled and urged/conj
		// Togo to reopen": a verb of urging or blaming coordinated into
		// a reported clause about a thing is the speaker's, a second
		// verb of the sentence.
		h := t.head[k]
		if h < 0 || t.rel[k] != "conj" || !speakerActLemmas[t.lemma[k]] || !strings.HasPrefix(t.tag[k], "VB") || dependent(t, k, "nsubj") >= 0 || dependent(t, k, "nsubj:pass") >= 0 {
			continue
		}
		sv := t.head[h]
		if sv < 0 || sv > h || t.rel[h] != "ccomp" || !speechLemmas[t.lemma[sv]] {
			continue
		}
		s := dependent(t, h, "nsubj")
		if s < 0 {
			s = dependent(t, h, "nsubj:pass")
		}
		if s >= 0 && thingNoun(t, toks, ms, s) {
			t.head[k] = sv
			if t.tag[k] == "VBN" && dependent(t, k, "aux") < 0 {
				t.tag[k], toks[k].tag = "VBD", "VBD" // "and called/VBN on Ukraine"
			}
		}
	}
	for w := 1; w+3 < n; w++ {
		// "struck what/obj Nairobi said were al-Shabaab camps/xcomp": the
		// free relative's predicate noun is what was struck, as the
		// speaker put it.
		v, sv := t.head[w], dependent(t, w, "acl:relcl")
		if toks[w].key != "what" || t.rel[w] != "obj" && t.rel[w] != "parataxis" || v < 0 || v > w || !strings.HasPrefix(t.tag[v], "VB") || sv < 0 || !speechLemmas[t.lemma[sv]] {
			continue
		}
		for p := sv + 1; p < n; p++ {
			if t.head[p] == v && (t.rel[p] == "xcomp" || t.rel[p] == "ccomp" || t.rel[p] == "parataxis") && strings.HasPrefix(t.tag[p], "NN") {
				if cp := dependent(t, p, "cop"); cp > sv && cp < p {
					t.head[p], t.rel[p] = v, "obj"
					t.head[w], t.rel[w] = p, "dep"
					t.head[cp], t.rel[cp] = p, "dep"
					t.head[sv], t.rel[sv] = p, "acl"
				}
				break
			}
		}
	}
	for k := 0; k+1 < n; k++ {
		// "hit out at/mark neighbouring/VBG Rwanda/obj": "neighbouring"
		// before a name, its preposition read as a subordinator, is the
		// name's adjective; the name takes the phrase.
		if (toks[k].key != "neighbouring" && toks[k].key != "neighboring") || t.tag[k] != "VBG" || t.head[k+1] != k || t.rel[k+1] != "obj" || !strings.HasPrefix(t.tag[k+1], "NNP") || dependent(t, k, "mark") < 0 {
			continue
		}
		h, r := t.head[k], t.rel[k]
		if r == "advcl" || r == "xcomp" {
			r = "obl"
		}
		for q := range n {
			if t.head[q] != k || q == k+1 {
				continue
			}
			if t.rel[q] == "mark" {
				t.head[q], t.rel[q] = k+1, "case"
			} else {
				t.head[q] = h
			}
		}
		t.head[k+1], t.rel[k+1] = h, r
		t.head[k], t.rel[k], t.tag[k] = k+1, "amod", "JJ"
		toks[k].tag = "JJ"
	}
	for k := 1; k < n; k++ {
		// "rejected U.S. claims/VBZ that it attacked the tankers": a report
		// noun read as the verb of a clause that a rebutting verb takes
		// is that verb's object, its "subject" the noun's modifier and
		// its that-clause what it says.
		v, s := t.head[k], dependent(t, k, "nsubj")
		if v < 0 || t.rel[k] != "ccomp" || t.tag[k] != "VBZ" || !claimNouns[t.lemma[k]] || !rebutLemmas[t.lemma[v]] || s != k-1 || dependent(t, v, "obj") >= 0 || dependent(t, k, "mark") >= 0 {
			continue
		}
		if !strings.HasPrefix(t.tag[s], "NNP") && !strings.HasPrefix(t.tag[s], "JJ") {
			continue
		}
		t.tag[k], t.rel[k], t.rel[s] = "NNS", "obj", "compound"
		for q := k + 1; q < n; q++ {
			if t.head[q] == k && t.rel[q] == "ccomp" {
				t.rel[q] = "acl"
			}
		}
	}
	for k := range n {
		// "funded groups/obj, including/case the Nusra Front/obl",
		// "supplied weapons to several allies, such as Ukraine/obl": a
		// phrase of members hung on the verb, after a comma, is the plural
		// noun's that the comma ends.
		v, cs := t.head[k], dependent(t, k, "case")
		if v < 0 || !relIs(t.rel[k], "obl") || cs < 0 || cs > k || !strings.HasPrefix(t.tag[v], "VB") {
			continue
		}
		lemma := t.lemma[cs]
		if f := dependent(t, cs, "fixed"); f >= 0 {
			lemma += " " + t.lemma[f]
		}
		o := cs - 2
		if !memberCases[lemma] || o <= v || toks[cs-1].key != "," || t.tag[o] != "NNS" && t.tag[o] != "NNPS" || !t.dominates(v, o) {
			continue
		}
		// A subject that is plural may be the one with members:
		// "generals condemned the decision, including the commander".
		if s := t.child0(v, "nsubj"); s < 0 || t.tag[s] != "NNS" {
			t.head[k], t.rel[k] = o, "nmod"
		}
	}
	for k := 1; k+1 < n; k++ {
		// "Iraqi bases housing/compound American troops/conj": a
		// participle the parser made a modifier of the noun after it,
		// which it coordinated with the noun before, takes that noun
		// for object and qualifies the one before.
		o, b := t.head[k], k-1
		if t.tag[k] != "VBG" || t.rel[k] != "compound" || o <= k || !strings.HasPrefix(t.tag[b], "NN") || t.head[o] != b || t.rel[o] != "conj" || dependent(t, o, "cc") >= 0 {
			continue
		}
		t.head[k], t.rel[k] = b, "acl"
		t.head[o], t.rel[o] = k, "obj"
	}
	for k := range n {
		// "spoke with world leaders on Friday/nmod, including Duterte",
		// "countries in the region, including Syria": members after a
		// comma hung on a singular noun of a phrase that qualifies a
		// plural one are the plural noun's.
		h, cs := t.head[k], dependent(t, k, "case")
		if h < 0 || !relIs(t.rel[k], "nmod") || cs < 1 || cs > k || toks[cs-1].key != "," || t.tag[h] != "NN" && t.tag[h] != "NNP" || h > cs {
			continue
		}
		lemma := t.lemma[cs]
		if f := dependent(t, cs, "fixed"); f >= 0 {
			lemma += " " + t.lemma[f]
		}
		if !memberCases[lemma] {
			continue
		}
		o := t.head[h]
		if o >= 0 && relIs(t.rel[h], "obl") && strings.HasPrefix(t.tag[o], "VB") {
			// "armed groups/obj in the region/obl, including Hezbollah":
			// the plural object before the phrase.
			o = dependent(t, o, "obj")
		} else if !relIs(t.rel[h], "nmod") {
			continue
		}
		if o >= 0 && o < h && (t.tag[o] == "NNS" || t.tag[o] == "NNPS") {
			t.head[k] = o
		}
	}
	for k := range n {
		// "spoke by phone with/case his counterpart/nmod": the phrase the
		// parser hung on the means of talking is the verb's.
		m := t.head[k]
		if m < 0 || !relIs(t.rel[k], "nmod") || !phoneWords[toks[m].key] || !relIs(t.rel[m], "obl") || t.head[m] < 0 || !strings.HasPrefix(t.tag[t.head[m]], "VB") {
			continue
		}
		if c := dependent(t, k, "case"); c >= 0 && c < k && toks[c].key == "with" && dependentKey(t, toks, m, "case", "by", "over", "via", "on") {
			t.head[k], t.rel[k] = t.head[m], "obl"
		}
	}
	for k := range n {
		// "Obama said the Assad regime/parataxis used/acl chemical
		// weapons": a participle with a direct object is no reduced
		// passive relative; after a verb of saying it is the reported
		// clause's verb, the noun its subject.
		h := t.head[k]
		if t.rel[k] != "acl" || t.tag[k] != "VBN" || h < 0 || h > k || dependent(t, k, "obj") < 0 || !strings.HasPrefix(t.tag[h], "NN") {
			continue
		}
		v := t.head[h]
		if v < 0 || v > h || !speechLemmas[t.lemma[v]] || t.rel[h] != "parataxis" && t.rel[h] != "obj" && t.rel[h] != "ccomp" {
			continue
		}
		t.head[k], t.rel[k], t.tag[k] = v, "ccomp", "VBD"
		toks[k].tag = "VBD"
		t.head[h], t.rel[h] = k, "nsubj"
	}
	for k := range n {
		// "China said Australia's push/obj for an inquiry was political
		// manipulation/ccomp": a reported clause with no subject, right
		// after the speech verb's object, has that object as its subject.
		v := t.head[k]
		if t.rel[k] != "ccomp" || v < 0 || v > k || !speechLemmas[t.lemma[v]] || dependent(t, k, "nsubj") >= 0 || dependent(t, k, "nsubj:pass") >= 0 || dependent(t, k, "expl") >= 0 || dependent(t, k, "mark") >= 0 {
			continue
		}
		o := dependent(t, v, "obj")
		if o < 0 || o > k || !strings.HasPrefix(t.tag[o], "NN") {
			continue
		}
		first := k // the clause's first word
		for j := k - 1; j > o && descends(t, j, k); j-- {
			first = j
		}
		if last := lastOf(t, o); last+1 == first {
			t.head[o], t.rel[o] = k, "nsubj"
		}
	}
	for k := 1; k+2 < n; k++ {
		// "launched more/obj than a dozen missiles/obl against U.S.
		// forces": "more than" counts the noun, which is the object.
		v := t.head[k]
		if (toks[k].key != "more" && toks[k].key != "fewer" && toks[k].key != "less") || toks[k+1].key != "than" || t.rel[k] != "obj" || v < 0 || v > k {
			continue
		}
		o := -1
		for j := k + 2; j < n && j <= k+6; j++ {
			if t.head[j] == v && relIs(t.rel[j], "obl") && strings.HasPrefix(t.tag[j], "NN") && t.head[k+1] == j {
				o = j
				break
			}
		}
		if o < 0 {
			continue
		}
		t.head[o], t.rel[o] = v, "obj"
		t.head[k], t.rel[k] = o, "amod"
		t.head[k+1], t.rel[k+1] = k, "fixed"
	}
	for k := 2; k+1 < n; k++ {
		// "Envoys/obl from Russia, Iran/nsubj and Turkey met", "talks/obl
		// between the two Koreas, China, the United States/nsubj, Japan
		// and Russia collapsed": a list of names after a noun's "from",
		// "of" or "between" and a comma goes on the list; the noun is the
		// subject.
		v := t.head[k]
		if t.rel[k] != "nsubj" || v <= k || t.tag[k] != "NNP" && t.tag[k] != "NNPS" || !hasDependent(t, k, "conj") {
			continue
		}
		lo := k // where the name's phrase starts: "the United States"
		for lo > 0 && t.head[lo-1] == k && (t.rel[lo-1] == "det" || t.rel[lo-1] == "flat" || t.rel[lo-1] == "compound") {
			lo--
		}
		if lo < 3 || toks[lo-1].key != "," {
			continue
		}
		// The list before the comma: a name hung on a noun of the verb's,
		// or a conjunct of it.
		a := lo - 2
		for a >= 0 && t.head[a] > a && t.head[a] < lo-1 && (t.rel[a] == "flat" || t.rel[a] == "compound" || t.rel[a] == "det") {
			a = t.head[a]
		}
		if a < 0 || t.tag[a] != "NNP" && t.tag[a] != "NNPS" {
			continue
		}
		first := a
		if t.rel[first] == "conj" && t.head[first] >= 0 && t.head[first] < first {
			first = t.head[first]
		}
		h := t.head[first]
		if h < 0 || h >= first || t.head[h] != v || !relIs(t.rel[first], "nmod") || !strings.HasPrefix(t.tag[h], "NN") {
			continue
		}
		if p := dependent(t, first, "case"); p < 0 || toks[p].key != "from" && toks[p].key != "of" && toks[p].key != "between" {
			continue
		}
		t.rel[h] = "nsubj"
		t.head[k], t.rel[k] = first, "conj"
		t.head[lo-1] = k
		for j := k + 1; j < v; j++ {
			if t.head[j] == k && t.rel[j] == "conj" {
				t.head[j] = first // "and Turkey": a conjunct of the first
			}
		}
	}
	for k := 3; k < n; k++ {
		// "hit Mexico/obj, along with Canada/obl-of-hit, with tariffs":
		// "along with" right after the object and a comma adds to the
		// object, not to the subject.
		v := t.head[k]
		if !relIs(t.rel[k], "obl") || v < 0 || !strings.HasPrefix(t.tag[v], "VB") || !inMention(ms, k) {
			continue
		}
		w := k - 1 // the words before the name: "along with", "together with" and a determiner
		for w > 0 && t.head[w] == k && (t.rel[w] == "det" || t.rel[w] == "flat" || t.rel[w] == "compound" || t.rel[w] == "amod") {
			w--
		}
		if w < 2 || toks[w].key != "with" || toks[w-1].key != "along" && toks[w-1].key != "together" || toks[w-2].key != "," {
			continue
		}
		if o := w - 3; o >= 0 && t.head[o] == v && t.rel[o] == "obj" && inMention(ms, o) {
			t.head[k], t.rel[k] = o, "conj" // (an actor object: not "helped to broker the truce, along with the US")
		}
	}
	for k := 2; k < n; k++ {
		// "hit Mexico, along with Canada, the EU and other nations/conj,
		// with tariffs/nmod-of-nations": a penalty "with" hung on the
		// last of the verb's listed targets is the verb's means.
		if !relIs(t.rel[k], "nmod") || t.caseBefore(k) != "with" || !penaltyNouns[strings.ToLower(t.lemma[k])] || toks[k-1].key == "," {
			continue
		}
		p := t.head[k]
		for p >= 0 && !strings.HasPrefix(t.tag[p], "VB") && (t.rel[p] == "obj" || t.rel[p] == "conj" || relIs(t.rel[p], "obl")) {
			p = t.head[p]
		}
		if p >= 0 && p < k && strings.HasPrefix(t.tag[p], "VB") && p != t.head[k] {
			t.head[k], t.rel[k] = p, "obl"
		}
	}
	for k := 1; k+1 < n; k++ {
		// "lent Venezuela/compound billions/obj of dollars": a name right
		// after a verb of giving, read as a compound of the object, is
		// the one given to.
		// ("offers EU strong support" stays the noun's: support offered
		// is read on the noun.)
		v, o := k-1, t.head[k]
		if l := lemma.Of(toks[v].key, t.tag[v]); t.rel[k] != "compound" || o <= k || t.head[o] != v || t.rel[o] != "obj" || !strings.HasPrefix(t.tag[v], "VB") || !ditransitives[l] || l == "offer" ||
			!strings.HasPrefix(t.tag[k], "NNP") || !inMention(ms, k) || inMention(ms, o) || t.tag[o] != "NNS" && t.tag[o] != "NN" {
			continue
		}
		t.head[k], t.rel[k] = v, "iobj"
	}
	for k := 0; k+2 < n; k++ {
		// "US/obl:npmod warship/nsubj destroyed Iranian drone", "the
		// United States/obl:npmod government/nsubj wanted": a name opening
		// the clause, hung on the verb right before the verb's subject, a
		// common noun, modifies that noun (a headline drops "The").
		if lo := nameStart(into, k); lo > 0 && !isPunct(t.tag[lo-1]) && t.tag[lo-1] != "DT" {
			continue
		}
		s := k + 1
		v := t.head[s]
		if t.head[k] != v || v <= s || t.rel[s] != "nsubj" || t.rel[k] != "obl:npmod" && t.rel[k] != "dep" && t.rel[k] != "nsubj" ||
			!strings.HasPrefix(t.tag[k], "NNP") || t.tag[s] != "NN" && t.tag[s] != "NNS" || !inMention(ms, k) || inMention(ms, s) {
			continue
		}
		t.head[k], t.rel[k] = s, "compound"
	}
	for o := 1; o+2 < n; o++ {
		// ", according to the agreement/obl Obama concluded/parataxis with
		// Putin": a noun in a phrase of its own, right before a clause
		// whose verb (a trigger with no object) has the noun for a phrase
		// and its subject between them, is that verb's object in a
		// relative clause with no "that".
		s := o + 1
		for t.head[s] > s && t.rel[s] == "flat" {
			s = t.head[s]
		}
		v := s + 1
		if v >= n || t.head[s] != v || t.head[o] != v || !relIs(t.rel[o], "obl") || t.caseBefore(o) == "" || !strings.HasPrefix(t.tag[o], "NN") ||
			t.rel[s] != "nsubj" || !strings.HasPrefix(t.tag[s], "NNP") || !inMention(ms, s) || t.head[v] < 0 ||
			t.rel[v] != "parataxis" && t.rel[v] != "conj" && t.rel[v] != "dep" || t.tag[v] != "VBD" && t.tag[v] != "VBZ" && t.tag[v] != "VBP" ||
			hasDependent(t, v, "obj") || len(x.lex.Lookup(t.lemma[v], schema.Verb)) == 0 {
			continue
		}
		t.head[o], t.rel[o] = t.head[v], "obl"
		t.head[v], t.rel[v] = o, "acl:relcl"
	}
	for o := 1; o+2 < n; o++ {
		// "according to the arrangement/compound Netanyahu/obl
		// negotiated/advcl with Sisi": the same relative clause, its
		// noun read as part of the name and the verb as a clause of its
		// own with no subject.
		s := t.head[o]
		if s != o+1 && (s <= o || into[o+1] != s) {
			continue
		}
		v := s + 1
		if v >= n || t.rel[o] != "compound" || t.tag[o] != "NN" && t.tag[o] != "NNS" || inMention(ms, o) || agentNouns[t.lemma[o]] || actorKinds[t.lemma[o]] || !inMention(ms, s) ||
			t.head[v] != t.head[s] || t.head[s] < 0 || t.rel[v] != "advcl" && t.rel[v] != "xcomp" && t.rel[v] != "parataxis" && t.rel[v] != "dep" ||
			t.tag[v] != "VBD" && t.tag[v] != "VBN" || hasDependent(t, v, "nsubj") || hasDependent(t, v, "obj") || len(x.lex.Lookup(t.lemma[v], schema.Verb)) == 0 {
			continue
		}
		t.head[o], t.rel[o] = t.head[s], t.rel[s]
		for k := range o {
			if t.head[k] == s {
				t.head[k] = o // "according to", "the"
			}
		}
		t.head[s], t.rel[s] = v, "nsubj"
		t.head[v], t.rel[v] = o, "acl:relcl"
	}
	for o := 1; o+2 < n; o++ {
		// "The militant group/root Hamas/appos fired/acl:relcl rockets": a
		// noun saying what kind of actor the name after it is, read as
		// the head with the clause (which has its object) as its
		// relative, is the name's modifier; the name is the verb's
		// subject.
		s := o + 1
		for s+1 < n && into[s] == s+1 {
			s++
		}
		v := s + 1
		if v >= n || t.head[v] != o || !agentNouns[t.lemma[o]] && !actorKinds[t.lemma[o]] || inMention(ms, o) || !inMention(ms, s) ||
			t.rel[v] != "acl:relcl" && t.rel[v] != "acl" && t.rel[v] != "dep" || t.tag[v] != "VBD" && t.tag[v] != "VBZ" && t.tag[v] != "VBP" ||
			!hasDependent(t, v, "obj") || hasDependent(t, v, "mark") {
			continue
		}
		if t.head[s] == v && t.rel[s] == "nsubj" {
			// "the group Hamas/nsubj fired/acl:relcl rockets": a relative
			// clause would want its object ("the country Russia invaded").
		} else if t.head[s] != o || t.rel[s] != "appos" && t.rel[s] != "flat" && t.rel[s] != "compound" && t.rel[s] != "dep" || hasDependent(t, v, "nsubj") {
			continue
		}
		t.head[v], t.rel[v] = t.head[o], t.rel[o]
		for k := range n {
			if t.head[k] == o && k != s && k != v && (k > v || isPunct(t.tag[k])) {
				t.head[k] = v // the sentence's full stop, what follows the verb
			}
		}
		t.head[s], t.rel[s] = v, "nsubj"
		t.head[o], t.rel[o] = s, "compound"
		for k := range o {
			if t.head[k] == o && t.rel[k] == "det" {
				t.head[k] = s
			}
		}
	}
	for k := n - 2; k >= 2; k-- {
		// "a deal with the United States, Britain/dep and France/conj": a
		// name cut loose after a comma (a dependent, a compound of a
		// later verb or mark, a verb's phrase with no preposition) that a
		// name of its own closes with "and" continues the list of the name
		// before the comma; its conjuncts join the list's first. Right to
		// left, so that a longer list ("…, Britain/obl, France/obl, Russia
		// and China") joins up link by link.
		loose := t.rel[k] == "dep" || t.rel[k] == "parataxis" || t.rel[k] == "appos" ||
			t.rel[k] == "compound" && t.head[k] > k && (isPunct(t.tag[t.head[k]]) || strings.HasPrefix(t.tag[t.head[k]], "VB")) ||
			relIs(t.rel[k], "obl") && t.head[k] >= 0 && strings.HasPrefix(t.tag[t.head[k]], "VB") && t.caseBefore(k) == ""
		if !loose || !strings.HasPrefix(t.tag[k], "NNP") || !inMention(ms, k) {
			continue
		}
		last := -1 // the conjunct "and" brings in
		for j := k + 1; j < n; j++ {
			if t.head[j] == k && t.rel[j] == "conj" && strings.HasPrefix(t.tag[j], "NNP") && inMention(ms, j) {
				last = j
			}
		}
		lo := k
		for lo > 0 && t.head[lo-1] == k && (t.rel[lo-1] == "det" || t.rel[lo-1] == "flat" || t.rel[lo-1] == "compound") {
			lo--
		}
		if last < 0 || !dependentKey(t, toks, last, "cc", "and") || lo < 2 || toks[lo-1].key != "," {
			continue
		}
		a := lo - 2 // the name before the comma, or the list's first
		for a >= 0 && t.head[a] > a && t.head[a] < lo-1 && (t.rel[a] == "flat" || t.rel[a] == "compound") {
			a = t.head[a]
		}
		if a < 0 || !strings.HasPrefix(t.tag[a], "NNP") || !inMention(ms, a) {
			continue
		}
		first := a
		if t.rel[a] == "conj" && t.head[a] >= 0 && t.head[a] < a {
			first = t.head[a]
		}
		if !relIs(t.rel[first], "nmod") && !relIs(t.rel[first], "obl") && t.rel[first] != "obj" || t.head[first] == k {
			continue
		}
		t.head[k], t.rel[k] = first, "conj"
		t.head[lo-1] = k
		for j := k + 1; j < n; j++ {
			if t.head[j] == k && t.rel[j] == "conj" {
				t.head[j] = first
			}
		}
	}
	for k := 1; k+1 < n; k++ {
		// "had shot/VBN down/RP-case a Syrian drone/obl": a particle the
		// tagger marked as such is the verb's, and its noun the object;
		// so is the particle of a phrasal verb read as a preposition
		// ("did not rule out/IN a strike on Iran", "called off/IN the
		// summit").
		o, v := t.head[k], k-1
		if phrasal := v >= 0 && t.tag[k] == "IN" && k+1 < n && toks[k+1].key != "of" && phrasalVerbs[lemma.Of(toks[v].key, t.tag[v])+" "+toks[k].key]; !phrasal && t.tag[k] != "RP" || t.rel[k] != "case" || o <= k || t.head[o] != v || !strings.HasPrefix(t.tag[v], "VB") || !relIs(t.rel[o], "obl") || hasDependent(t, v, "obj") {
			continue
		}
		t.head[k], t.rel[k] = v, "compound:prt"
		t.rel[o] = "obj"
	}
	for k := 1; k+1 < n; k++ {
		// "China's support/obl:npmod for/mark Pakistan/nsubj is strong":
		// "for" with a finite verb after its noun introduces no clause
		// (that is "for Pakistan to be"); it is the noun's phrase, and
		// the noun before it the subject.
		v, w := t.head[k], k-1
		if toks[k].key != "for" || t.rel[k] != "mark" || v <= k || !strings.HasPrefix(t.tag[w], "NN") || t.head[w] != v {
			continue
		}
		s := -1 // the noun after "for" the parser made the subject
		for j := k + 1; j < v; j++ {
			if t.head[j] == v && t.rel[j] == "nsubj" {
				s = j
			}
		}
		finite := false
		for j := k + 1; j <= v; j++ {
			if tg := t.tag[j]; (tg == "VBZ" || tg == "VBD" || tg == "VBP" || tg == "MD") && (t.head[j] == v || j == v) {
				finite = true
			}
		}
		if !finite || s < 0 || dependent(t, v, "mark") != k {
			continue
		}
		t.head[k], t.rel[k] = s, "case"
		t.head[s], t.rel[s] = w, "nmod"
		t.rel[w] = "nsubj"
	}
	for k := 1; k < n; k++ {
		// "France said the regime/compound committed/amod war crimes/obj":
		// after a verb of saying, a noun, a past form and a noun are the
		// reported clause's subject, verb and object, not one phrase.
		y, h := t.head[k], k-1
		if t.rel[k] != "amod" || t.tag[k] != "VBN" && t.tag[k] != "VBD" || y <= k || !strings.HasPrefix(t.tag[y], "NN") || t.rel[y] != "obj" {
			continue
		}
		v := t.head[y]
		if v < 0 || v > h || !speechLemmas[t.lemma[v]] && !findingLemmas[t.lemma[v]] || t.head[h] != y || t.rel[h] != "compound" || !strings.HasPrefix(t.tag[h], "NN") {
			continue
		}
		t.head[k], t.rel[k], t.tag[k] = v, "ccomp", "VBD"
		toks[k].tag = "VBD"
		t.head[h], t.rel[h] = k, "nsubj"
		t.head[y] = k
		for j := v + 1; j < h; j++ {
			if t.head[j] == y {
				t.head[j] = h // "the" and "Syrian" go with the subject
			}
		}
	}
	for k := range n {
		// "warned the United States/nsubj not to provoke/ccomp it": an
		// infinitive has no subject of its own (but "for Iran to act"), so
		// the noun before its "to" is the object of the verb above.
		v := t.head[k]
		if t.rel[k] != "ccomp" || t.tag[k] != "VB" || v < 0 || v > k || !strings.HasPrefix(t.tag[v], "VB") {
			continue
		}
		to, s, other := -1, -1, false
		for j := v + 1; j < k; j++ {
			switch {
			case t.head[j] != k:
			case t.rel[j] == "mark" && toks[j].key == "to":
				to = j
			case t.rel[j] == "nsubj":
				s = j
			case t.rel[j] == "mark" || t.rel[j] == "aux" || t.rel[j] == "cop":
				other = true // "calling for Pakistan to act", "says he was to meet"
			}
		}
		if to >= 0 && !other && s > v && s < to && dependent(t, v, "obj") < 0 && dependent(t, v, "iobj") < 0 {
			t.head[s], t.rel[s] = v, "obj"
			t.rel[k] = "xcomp"
		}
	}
	for k := range n {
		// "Trump, in a phone call/orphan, told Zelensky": a phrase set off
		// between the subject and its verb is the verb's.
		h := t.head[k]
		if t.rel[k] != "orphan" || h < 0 || h > k || t.rel[h] != "nsubj" || t.head[h] <= k || t.caseBefore(k) == "" {
			continue
		}
		t.head[k], t.rel[k] = t.head[h], "obl"
	}
	for k := 1; k < n; k++ {
		// "the stronghold of the Takfiri group ISIL/compound (so-called
		// …)": a name right after "the group" names the group.
		if !strings.HasPrefix(t.tag[k], "NNP") || !namedGroupNouns[toks[k-1].key] || t.head[k] == k-1 || t.rel[k-1] == "compound" ||
			k+1 < n && strings.HasPrefix(t.tag[k+1], "NNP") && t.head[k+1] != k {
			continue
		}
		t.head[k], t.rel[k] = k-1, "appos"
	}
	for k := 2; k < n; k++ {
		// "killed in US air strikes on/case the stronghold/obl": a phrase
		// of "on" or "against" right after a strike noun is its target,
		// not the verb's.
		h := t.head[k]
		if !relIs(t.rel[k], "obl") || h < 0 || !strings.HasPrefix(t.tag[h], "VB") || t.caseBefore(k) != "on" && t.caseBefore(k) != "against" {
			continue
		}
		c := k - 1
		for c > 0 && t.head[c] == k && t.rel[c] != "case" {
			c-- // past the determiner and adjectives to the preposition
		}
		if a := c - 1; a >= 0 && t.rel[c] == "case" && strikeNouns[t.lemma[a]] && t.head[a] == h && (relIs(t.rel[a], "obl") || t.rel[a] == "obj") {
			t.head[k], t.rel[k] = a, "nmod"
		}
	}
	for k := 2; k < n; k++ {
		// "seized a junction overlooking/acl the city last week
		// pushing/advcl further into the stronghold": a gerund after the
		// time that ends a participle's phrase is the main verb's.
		h, d := t.head[k], k-1
		if t.tag[k] != "VBG" || t.rel[k] != "advcl" || h < 0 || t.rel[h] != "acl" || t.head[d] != h || !calendarNouns[toks[d].key] && !monthOrDay[toks[d].key] {
			continue
		}
		v := t.head[h]
		for v >= 0 && !strings.HasPrefix(t.tag[v], "VB") && (t.rel[v] == "obj" || t.rel[v] == "conj" || relIs(t.rel[v], "obl") || relIs(t.rel[v], "nmod")) {
			v = t.head[v]
		}
		if v >= 0 && strings.HasPrefix(t.tag[v], "VB") {
			t.head[k] = v
			t.head[d] = v
		}
	}
	for k := 2; k < n; k++ {
		// "to tackle both/dep IS/dep and Kurdish militias": a pair opened
		// by "both" right after a verb with no object is its object.
		b, v := k-1, k-2
		loose := t.rel[k] == "dep" || t.rel[k] == "compound" && t.head[k] > k+1
		if !loose || !strings.HasPrefix(t.tag[k], "NN") || toks[b].key != "both" && toks[b].key != "either" || !strings.HasPrefix(t.tag[v], "VB") || dependent(t, v, "obj") >= 0 {
			continue
		}
		t.head[k], t.rel[k] = v, "obj"
		t.head[b], t.rel[b] = k, "cc:preconj"
	}
	for k := 1; k < n; k++ {
		// "both/det IS/compound and Kurdish militias/obj": a name after
		// "both" that the parser made a compound of the last noun is the
		// first conjunct.
		h := t.head[k]
		if t.rel[k] != "compound" || toks[k-1].key != "both" || h <= k+1 || t.head[k-1] != h || !slices.ContainsFunc(toks[k+1:h], func(w token) bool { return w.key == "and" }) {
			continue
		}
		t.head[k], t.rel[k] = t.head[h], t.rel[h]
		t.head[h], t.rel[h] = k, "conj"
		t.head[k-1], t.rel[k-1] = k, "cc:preconj"
		for j := k + 1; j < h; j++ {
			if toks[j].key == "and" {
				t.head[j], t.rel[j] = h, "cc"
			}
		}
	}
	for k := 0; k+1 < n; k++ {
		// "launched Operation/obj Euphrates Shield/obj against Islamic
		// State": a named operation is one name, whatever hangs on its
		// last word.
		if toks[k].text != "Operation" || !toks[k+1].cap() {
			continue
		}
		end := k + 1
		for end+1 < n && toks[end+1].cap() && strings.HasPrefix(t.tag[end+1], "NNP") {
			end++
		}
		in := func(j int) bool { return j >= k && j <= end }
		head, rel := -1, ""
		for j := end; j >= k && head < 0 && rel == ""; j-- {
			if !in(t.head[j]) {
				head, rel = t.head[j], t.rel[j] // where the name's last word hangs: its head word
			}
		}
		for j := range n {
			switch {
			case j == k:
				t.head[j], t.rel[j] = head, rel
			case in(j):
				t.head[j], t.rel[j] = k, "flat"
			case in(t.head[j]):
				t.head[j] = k
			}
		}
	}
	for k := 2; k < n; k++ {
		// "negotiations with Saudi Arabia's archenemy, Iran/obl.": a name
		// after a comma that ends the sentence or phrase, left on the verb
		// with no preposition, is the apposition of the noun before it.
		a := k - 2
		if !strings.HasPrefix(t.rel[k], "obl") || !strings.HasPrefix(t.tag[k], "NNP") || toks[k-1].key != "," || t.caseBefore(k) != "" || t.tag[a] != "NN" && t.tag[a] != "NNS" ||
			k+1 < n && toks[k+1].key != "," && toks[k+1].key != "." || dependent(t, a, "nmod:poss") < 0 {
			continue
		}
		t.head[k], t.rel[k] = a, "appos"
	}
	for k := 2; k < n; k++ {
		// "leaders of nations, including the United States/nmod,
		// Mexico/dep and Japan, met": a name the parser left loose after a
		// comma continues the list of members before it.
		a := k - 2
		loose := t.rel[k] == "dep" || t.rel[k] == "compound" && t.head[k] > k && (t.tag[t.head[k]] == "," || strings.HasPrefix(t.tag[t.head[k]], "VB"))
		if !loose || !toks[k].cap() || toks[k-1].key != "," || !strings.HasPrefix(t.tag[a], "NNP") || t.caseBefore(a) != "including" && t.caseBefore(a) != "include" {
			continue
		}
		t.head[k], t.rel[k] = a, "conj"
	}
	for v := 2; v+1 < n; v++ {
		// "bombarded the city on Friday/compound targeting/amod
		// positions/obl": a gerund after a day's name is a clause of the
		// verb, with the noun after it for object, and the day the verb's.
		d, o := v-1, t.head[v]
		if t.tag[v] != "VBG" || t.rel[v] != "amod" || o <= v || t.head[d] != o && t.head[d] != v || !monthOrDay[toks[d].key] && !calendarNouns[toks[d].key] {
			continue
		}
		h := t.head[o] // the verb above, past the nouns the parser hung the phrase on
		for h >= 0 && h < d && !strings.HasPrefix(t.tag[h], "VB") && (relIs(t.rel[h], "obl") || relIs(t.rel[h], "nmod") || t.rel[h] == "obj") {
			h = t.head[h]
		}
		if h < 0 || h > d || !strings.HasPrefix(t.tag[h], "VB") {
			continue
		}
		t.head[d], t.rel[d] = h, "obl"
		for k := range d {
			if t.head[k] == o && (t.rel[k] == "case" || t.rel[k] == "det") {
				t.head[k] = d // "on", "last"
			}
		}
		t.head[v], t.rel[v] = h, "advcl"
		t.head[o], t.rel[o] = v, "obj"
	}
	for k := 1; k+1 < n; k++ {
		// "hit back/advmod at/obl-of-back Washington": the phrase after a
		// verb's particle is the verb's.
		if v := k - 1; t.head[k] == v && t.rel[k] == "advmod" && adverbParticles[toks[k].key] && strings.HasPrefix(t.tag[v], "VB") {
			for o := k + 1; o < n; o++ {
				if t.head[o] == k && relIs(t.rel[o], "obl") {
					t.head[o] = v
				}
			}
		}
	}
	for k := range n {
		// "accused Russia and the Syrian government/conj-of-accused": a
		// noun coordinated with a verb after the verb's object is the
		// object's conjunct.
		h := t.head[k]
		if h < 0 || t.rel[k] != "conj" || !strings.HasPrefix(t.tag[h], "VB") || !strings.HasPrefix(t.tag[k], "NN") {
			continue
		}
		for o := h + 1; o < k; o++ {
			if t.head[o] == h && t.rel[o] == "obj" && strings.HasPrefix(t.tag[o], "NN") {
				t.head[k] = o
				break
			}
		}
	}
	for k, h := range t.head {
		// "it might be willing/ready to attack": an adjective of will or
		// readiness has a doer for its subject, not an expletive.
		if h >= 0 && t.rel[k] == "expl" && toks[k].key == "it" && willingAdjectives[t.lemma[h]] {
			t.rel[k] = "nsubj"
		}
	}
	for k, h := range t.head {
		// "Washington/nsubj-of-has has/aux said": a subject hung on an
		// auxiliary is its verb's.
		if h >= 0 && relIs(t.rel[k], "nsubj") && (t.rel[h] == "aux" || t.rel[h] == "aux:pass") && t.head[h] > k {
			t.head[k] = t.head[h]
		}
	}
	for w := 1; w+1 < n; w++ {
		// "After Russian troops seized most/obl:npmod-of-ordered of
		// Ukraine's bases, Turchynov ordered": a word of quantity with its
		// of-phrase right after a verb that has no object is its object.
		if v := w - 1; quantNouns[toks[w].key] && toks[w+1].key == "of" && (t.tag[v] == "VBD" || t.tag[v] == "VBZ" || t.tag[v] == "VBP" || t.tag[v] == "VB") && t.head[w] != v && t.head[w] > w && !hasDependent(t, v, "obj") {
			t.head[w], t.rel[w] = v, "obj"
		}
	}
	for k := range n {
		// "warned the United States/nsubj-of-allies and its
		// allies/conj-of-warned that …": a noun with no verb of its own,
		// coordinated with a verb, whose "subject" follows the verb, is
		// the verb's object and that object's conjunct; the clause after
		// it is the verb's.
		h := t.head[k]
		if h < 0 || t.rel[k] != "conj" || !strings.HasPrefix(t.tag[h], "VB") || !strings.HasPrefix(t.tag[k], "NN") || k < h || hasDependent(t, k, "cop") || hasDependent(t, h, "obj") {
			continue
		}
		s := dependent(t, k, "nsubj")
		if s < h || !strings.HasPrefix(t.tag[s], "NN") {
			continue
		}
		t.rehang(k, h, k) // the clause after the noun
		t.head[s], t.rel[s] = h, "obj"
		t.head[k] = s
	}
	for k := range n {
		// "backed by Russia/obl:agent and by fighters/conj-of-backed from
		// Iran": a noun with its own preposition, coordinated with a
		// verb that has a phrase of the same preposition before it, is
		// that phrase's conjunct.
		h := t.head[k]
		if h < 0 || t.rel[k] != "conj" || !strings.HasPrefix(t.tag[h], "VB") || !strings.HasPrefix(t.tag[k], "NN") {
			continue
		}
		c := dependent(t, k, "case")
		if c < 0 || c > k {
			continue
		}
		for a := h + 1; a < c; a++ {
			if t.head[a] == h && (relIs(t.rel[a], "obl") || t.rel[a] == "obl:agent") && strings.HasPrefix(t.tag[a], "NN") && dependent(t, a, "case") >= 0 && toks[dependent(t, a, "case")].key == toks[c].key {
				t.head[k] = a
				break
			}
		}
	}
	for k := range n {
		// "plans to visit China/compound next month": a name the parser
		// made a compound of the time noun after it is the verb's object.
		h := t.head[k]
		if h <= k || t.rel[k] != "compound" || !toks[k].cap() || !calendarNouns[toks[h].key] || t.head[h] < 0 {
			continue
		}
		b := k - 1 // the word before the name
		for b >= 0 && (into[b] == k || toks[b].key == "the") {
			b--
		}
		if b >= 0 && (toks[b].tag == "IN" || toks[b].tag == "TO") {
			continue // "met with Trump at the White House last month": a place
		}
		if v := t.head[h]; strings.HasPrefix(t.tag[v], "VB") && !hasDependent(t, v, "obj") && h > v {
			t.head[k], t.rel[k] = v, "obj"
		}
	}
	for k := range n {
		// "The United States and Iran/nsubj discussed": a second subject
		// of the same verb after "and" is the first one's conjunct.
		h := t.head[k]
		if h < 0 || t.rel[k] != "nsubj" {
			continue
		}
		j := k - 1 // the word before k's phrase
		for j >= 0 && (into[j] == k || t.head[j] == k || t.rel[j] == "det") {
			j--
		}
		for s := 0; s <= j; s++ {
			if t.head[s] != h || t.rel[s] != "nsubj" {
				continue
			}
			if toks[j].key == "and" && s < j {
				t.head[k], t.rel[k] = s, "conj"
			} else if g := t.head[h]; g >= 0 && g < s && t.rel[h] == "ccomp" && strings.HasPrefix(t.tag[g], "VB") && !hasDependent(t, g, "obj") {
				// "Japan warned the United States it may retaliate": the
				// first is the telling verb's object.
				t.head[s], t.rel[s] = g, "obj"
			} else if timeNouns[toks[k].key] || weekdays[t.lemma[k]] {
				t.rel[k] = "obl:tmod" // "Islamic State militants last week/nsubj beheaded": a time is no subject
			} else {
				// "Just weeks after 9/11, Ahmadinejad accused …": the
				// subject is the one nearer the verb; the other is an
				// adjunct.
				t.rel[s] = "obl:npmod"
			}
			break
		}
	}
	if r := rootOf(t); r >= 0 && t.tag[r] == "VBG" && r <= 1 {
		// "Speaking in Moscow after meeting the ministers he said …": a
		// fronted participle with no comma is not the root; the clause
		// whose pronoun subject the parser took for a relative clause is.
		for v := r + 2; v < n; v++ {
			if t.rel[v] == "acl:relcl" && strings.HasPrefix(t.tag[v], "VB") && t.head[v-1] == v && t.rel[v-1] == "nsubj" && (t.tag[v-1] == "PRP" || t.tag[v-1] == "NNP") && speechLemmas[t.lemma[v]] {
				t.raise(r, v, "advcl")
				break
			}
		}
	}
	for v := 2; v < n; v++ {
		// `had "agreed/obj in principle"`: a participle in scare quotes
		// after "have" is the verb, "have" its auxiliary.
		h := t.head[v]
		if h < 0 || h != v-2 || t.rel[v] != "obj" && t.rel[v] != "ccomp" && t.rel[v] != "xcomp" || (t.tag[v] != "VBN" && t.tag[v] != "VBD") || t.lemma[h] != "have" && toks[h].key != "had" && toks[h].key != "has" && toks[h].key != "have" ||
			toks[v-1].key != "\"" && toks[v-1].tag != "``" {
			continue
		}
		t.rehang(h, v, -1)
		t.head[v], t.rel[v] = t.head[h], t.rel[h]
		t.head[h], t.rel[h] = v, "aux"
		if t.head[v] < 0 {
			t.rel[v] = "root"
		}
	}
	for v := range n {
		// "South Korea/root and the United States/nsubj conduct/conj
		// exercises": a verb coordinated with the noun before its subject
		// heads the clause, and the noun is a second subject.
		r := t.head[v]
		if r < 0 || t.head[r] >= 0 || t.rel[v] != "conj" || !strings.HasPrefix(t.tag[v], "VB") || !strings.HasPrefix(t.tag[r], "NN") || r > v {
			continue
		}
		s, cc := subjectAfterAnd(t, toks, r+1, v)
		if s < 0 || hasDependent(t, r, "cop") {
			continue
		}
		t.rehang(r, v, cc) // what followed the subjects belongs to the verb
		t.head[v], t.rel[v] = -1, "root"
		t.joinSubjects(v, r, s, cc)
		break
	}
	if r := rootOf(t); r >= 0 && r+1 < n && strings.HasPrefix(t.tag[r], "NN") {
		// "The U.S./root slapped/parataxis renewed sanctions on Iran": a
		// finite verb right after the root noun, with no subject of its
		// own, heads the clause and the noun is its subject.
		if v := r + 1; t.head[v] == r && t.rel[v] == "parataxis" && (t.tag[v] == "VBD" || t.tag[v] == "VBZ" || t.tag[v] == "VBP") && !hasDependent(t, v, "nsubj") {
			t.raise(r, v, "nsubj")
		}
		// "Pompeo/root, speaking/parataxis with Lavrov, urged/parataxis
		// Russia to withdraw": a participle set off by commas after the
		// root noun is an adverbial clause, and the finite verb after the
		// second comma, with no subject of its own, heads the clause.
		if p := r + 2; p+2 < n && toks[r+1].key == "," && t.head[p] == r && (t.tag[p] == "VBG" || t.tag[p] == "VBN") {
			for v := p + 2; v < n; v++ {
				if t.head[v] != r || t.rel[v] != "parataxis" && t.rel[v] != "conj" || (t.tag[v] != "VBD" && t.tag[v] != "VBZ" && t.tag[v] != "VBP") || toks[v-1].key != "," || hasDependent(t, v, "nsubj") {
					continue
				}
				t.raise(r, v, "nsubj")
				t.head[p], t.rel[p] = v, "advcl"
				t.head[v-1] = v
				break
			}
		}
	}
	if r := rootOf(t); r >= 3 && (t.tag[r] == "VBZ" || t.tag[r] == "VBD") && toks[r-1].key == "," && !hasDependent(t, r, "nsubj") {
		// A headline's "Syria opposition to meet/ccomp Tuesday, blames/root
		// Russia": the infinitive clause with a subject comes first, and
		// the finite verb after the comma is coordinated with it, sharing
		// its subject.
		for k := 0; k < r-1; k++ {
			if t.head[k] == r && (t.rel[k] == "ccomp" || t.rel[k] == "advcl" || t.rel[k] == "csubj") && t.tag[k] == "VB" && t.child0(k, "mark") >= 0 && toks[t.child0(k, "mark")].key == "to" && t.child0(k, "nsubj") >= 0 {
				t.head[k], t.rel[k] = -1, "root"
				t.head[r], t.rel[r] = k, "conj"
				break
			}
		}
	}
	if r := rootOf(t); r >= 2 && t.tag[r] == "VBD" && toks[r-1].key == "," {
		// "The Syrian government/nsubj, backed/root-VBD on the ground by
		// Iranian forces, has prioritized/parataxis …": a participle with
		// an agent, set off by commas after the subject, qualifies it; the
		// finite verb after the second comma, with no subject of its own,
		// heads the clause.
		s := dependent(t, r, "nsubj")
		if s >= 0 && s < r && lastOf(t, s) >= r-2 {
			by := false
			for k := r + 1; k < n; k++ {
				if t.head[k] == r && relIs(t.rel[k], "obl") && t.caseBefore(k) == "by" {
					by = true
				}
			}
			for v := r + 2; by && v < n; v++ {
				if t.head[v] != r || t.rel[v] != "parataxis" && t.rel[v] != "conj" || !strings.HasPrefix(t.tag[v], "VB") || toks[v-1].key != "," && toks[v-2].key != "," || hasDependent(t, v, "nsubj") {
					continue
				}
				t.raise(r, v, "acl")
				t.head[r], t.rel[r], t.tag[r] = s, "acl", "VBN"
				t.head[s], t.rel[s] = v, "nsubj"
				break
			}
		}
	}
	for v := range n {
		// "Tensions rose as South Korea/obl and the United States/nsubj
		// conduct/conj exercises": a subordinator the parser took for a
		// preposition; the verb is the adverbial clause, the noun its
		// first subject.
		h := t.head[v]
		if h < 0 || t.rel[v] != "conj" || !strings.HasPrefix(t.tag[v], "VB") {
			continue
		}
		s, cc := subjectAfterAnd(t, toks, h+1, v)
		if s < 0 {
			continue
		}
		for r := h + 1; r < cc; r++ {
			c := r - 1 // the first word of r's phrase
			for c > h && t.head[c] == r {
				c--
			}
			if c++; t.head[r] != h || t.rel[r] != "obl" || t.rel[c] != "case" || !subordinators[toks[c].key] {
				continue
			}
			t.head[v], t.rel[v] = h, "advcl"
			t.head[c], t.rel[c] = v, "mark"
			t.joinSubjects(v, r, s, cc)
			break
		}
	}
	for c := range n {
		// "Trump said his meeting/obj with/mark Xi/nsubj could be
		// fruitful/ccomp": a preposition read as the clause's
		// subordinator; the noun before it is the clause's subject and
		// the prepositional phrase qualifies that noun.
		v := t.head[c]
		if v < 0 || t.rel[c] != "ccomp" {
			continue
		}
		m := -1
		for k := v + 1; k < c; k++ {
			if t.head[k] == c && t.rel[k] == "mark" {
				m = k
			}
		}
		if m < 1 || !nounPreps[toks[m].key] || t.head[m+1] != c || t.rel[m+1] != "nsubj" && !(into[m+1] != m+1 && t.head[into[m+1]] == c && t.rel[into[m+1]] == "nsubj") {
			continue
		}
		o := m - 1
		for o > v && t.head[o] != v {
			o = t.head[o]
			if o < 0 || o >= m {
				o = -1
				break
			}
		}
		if o <= v || t.rel[o] != "obj" || !strings.HasPrefix(t.tag[o], "NN") {
			continue
		}
		s := m + 1
		if into[s] != s {
			s = into[s]
		}
		t.head[o], t.rel[o] = c, "nsubj"
		t.head[s], t.rel[s] = o, "nmod"
		t.head[m], t.rel[m] = s, "case"
	}
	for v := 3; v < n; v++ {
		// "easier for China/obl to persuade/advcl the US": the noun after
		// "for" right before a to-infinitive is the infinitive's subject.
		s, f := v-2, -1
		if t.tag[v] != "VB" || toks[v-1].key != "to" || t.head[v-1] != v || !strings.HasPrefix(t.tag[s], "NN") && t.tag[s] != "PRP" || t.head[s] == v {
			continue
		}
		for k := s - 1; k >= 0 && k >= s-4; k-- {
			if t.head[k] == s && t.rel[k] == "case" && toks[k].key == "for" {
				f = k
			}
		}
		if f < 0 || !relIs(t.rel[s], "obl") && !relIs(t.rel[s], "nmod") || t.dominates(s, v) {
			continue // not "a plan for Iran/obl to give up/acl": the verb qualifies the noun
		}
		t.head[s], t.rel[s] = v, "nsubj"
		t.head[f], t.rel[f] = v, "mark"
	}
	for v := 1; v+1 < n; v++ {
		// "Air strikes carried/VBD out by the coalition killed/conj dozens":
		// a past form with an agent, coordinated with a verb that has no
		// subject of its own, is a reduced relative of its subject, and
		// the second verb the clause's.
		s := t.child0(v, "nsubj")
		if t.tag[v] != "VBD" || t.head[v] >= 0 || s < 0 || s > v {
			continue
		}
		for w := v + 1; w < n; w++ {
			if t.head[w] != v || t.rel[w] != "conj" || t.tag[w] != "VBD" || t.child0(w, "nsubj") >= 0 || t.child0(w, "cc") >= 0 {
				continue
			}
			by := -1 // the agent, hung on either verb
			for k := v + 1; k < w; k++ {
				if (t.head[k] == v || t.head[k] == w) && relIs(t.rel[k], "obl") && t.caseBefore(k) == "by" {
					by = k
				}
			}
			if by < 0 {
				break
			}
			t.head[w], t.rel[w] = -1, "root"
			t.head[s], t.rel[s] = w, "nsubj"
			t.head[v], t.rel[v], t.tag[v] = s, "acl", "VBN"
			t.head[by], t.rel[by] = v, "obl:agent"
			break
		}
	}
	for v := 2; v+1 < n; v++ {
		// "Russia, backed/root by China, vetoed/parataxis the draft": a
		// participle set off by commas after its subject is a reduced
		// relative, and the finite verb after the second comma, with no
		// subject of its own, the clause's.
		s := t.child0(v, "nsubj:pass")
		if t.tag[v] != "VBN" || t.head[v] >= 0 || s < 0 || s > v || toks[v-1].key != "," {
			continue
		}
		for w := v + 2; w < n; w++ {
			if t.head[w] != v || (t.rel[w] != "parataxis" && t.rel[w] != "conj") || (t.tag[w] != "VBD" && t.tag[w] != "VBZ" && t.tag[w] != "VBP") || toks[w-1].key != "," || t.child0(w, "nsubj") >= 0 {
				continue
			}
			t.rehang(v, w, w)
			t.head[w], t.rel[w] = -1, "root"
			t.head[s], t.rel[s] = w, "nsubj"
			t.head[v], t.rel[v] = s, "acl"
			t.head[w-1] = w
			break
		}
	}
	if r := rootOf(t); r >= 3 && t.tag[r] == "VBN" && toks[r-1].key == "," && strings.HasPrefix(t.tag[r-2], "NN") {
		// "The U.S./nsubj-of-considered slapped/advcl sanctions on Iran
		// after the country, considered/root a sponsor of terrorism,
		// defied …": a participle set off by commas after a noun is a
		// reduced relative on it, and the finite verb before it, left
		// with no subject, heads the sentence with the participle's.
		s := t.child0(r, "nsubj")
		for v := s + 1; s >= 0 && v < r-2; v++ {
			if t.head[v] != r || t.tag[v] != "VBD" && t.tag[v] != "VBZ" && t.tag[v] != "VBP" || t.child0(v, "nsubj") >= 0 {
				continue
			}
			end := r + 1 // the comma that closes the participle's phrase
			for end < n && toks[end].key != "," {
				end++
			}
			t.rehang(r, v, end)
			for k := range r - 1 {
				if t.head[k] == r && k != v {
					t.head[k] = v
				}
			}
			t.head[v], t.rel[v] = -1, "root"
			t.head[s], t.rel[s] = v, "nsubj"
			t.head[r], t.rel[r] = r-2, "acl"
			break
		}
	}
	for _, m := range ms {
		// "…, a claim Washington/nsubj-or-appos rejected/parataxis as
		// false", "…, an allegation/advmod the Saudi government has
		// dismissed": a summing-up noun, a name and a verb of rejection
		// or condemnation after a comma are a relative clause on the noun.
		j := m.Start - 1
		if j >= 0 && toks[j].key == "the" {
			j--
		}
		if j < 1 || !summing(lemma.Of(toks[j].key, "NN")) && !summing(lemma.Of(toks[j].key, "NNS")) {
			continue
		}
		nn := j
		if d := toks[nn-1].key; d == "a" || d == "an" || d == "the" {
			j--
		}
		if j < 1 || toks[j-1].key != "," {
			continue
		}
		v := m.End
		for v < n && (toks[v].key == "has" || toks[v].key == "have" || toks[v].key == "had" || t.tag[v] == "RB") {
			v++
		}
		if v >= n || !strings.HasPrefix(t.tag[v], "VB") || !summingVerbs[t.lemma[v]] {
			continue
		}
		h := m.End - 1
		old := t.head[v] // where the noun goes: above all that will hang under it
		for old >= 0 && (old == nn || old == h || t.dominates(v, old) || t.dominates(nn, old) || t.dominates(h, old)) {
			old = t.head[old]
		}
		if t.head[nn] == v || t.dominates(v, nn) || t.dominates(h, nn) {
			t.head[nn], t.rel[nn] = old, "appos"
			if old < 0 {
				t.rel[nn] = "root"
			}
		}
		t.head[v], t.rel[v] = nn, "acl:relcl"
		t.head[h], t.rel[h] = v, "nsubj"
	}
	for k := 2; k < n; k++ {
		// "threatened on Sunday to impose/advcl sanctions": a verb that
		// takes a to-infinitive takes it as its complement, whatever
		// adjunct comes between.
		v := t.head[k]
		if v < 0 || t.rel[k] != "advcl" || t.tag[k] != "VB" || toks[k-1].key != "to" || t.head[k-1] != k || !infinitiveVerbs[t.lemma[v]] || t.child0(k, "nsubj") >= 0 || t.child0(v, "xcomp") >= 0 || t.child0(v, "obj") >= 0 {
			continue
		}
		t.rel[k] = "xcomp"
	}
	for v := 0; v+2 < n; v++ {
		// "designate the Houthis/iobj a terrorist organisation/obj": the
		// one designated is the object, what it is designated its
		// predicate.
		if l := t.lemma[v]; l != "designate" && l != "label" && l != "brand" && l != "list" {
			continue
		}
		if io, o := t.child0(v, "iobj"), t.child0(v, "obj"); io >= 0 && o > io {
			t.rel[io], t.rel[o] = "obj", "xcomp"
		}
	}
	for v := 2; v+1 < n; v++ {
		// "Lavrov/nsubj-of-representing, representing/ccomp Russia, met
		// Kerry": a participle set off by commas after the subject is the
		// subject's, and the subject the main verb's.
		sj := t.child0(v, "nsubj")
		h := t.head[v]
		if t.tag[v] != "VBG" || toks[v-1].key != "," || sj < 0 || sj != v-2 || h <= v || !strings.HasPrefix(t.tag[h], "VB") || t.child0(h, "nsubj") >= 0 {
			continue
		}
		t.head[sj], t.rel[sj] = h, "nsubj"
		t.head[v], t.rel[v] = sj, "acl"
	}
	for v := 3; v < n; v++ {
		// "Trump's request/nsubj for China/nsubj to investigate Biden": a
		// verb with a subject before "for" and one after it is the
		// infinitive of the noun before "for", with its own subject.
		if t.tag[v] != "VB" || toks[v-1].key != "to" || t.head[v-1] != v {
			continue
		}
		s2 := v - 2
		if t.head[s2] != v || t.rel[s2] != "nsubj" {
			continue
		}
		f := s2 - 1
		for f > 0 && t.head[f] == s2 {
			f--
		}
		if toks[f].key != "for" || t.head[f] != v {
			continue
		}
		for s1 := f - 1; s1 >= 0; s1-- {
			if t.head[s1] == v && t.rel[s1] == "nsubj" && strings.HasPrefix(t.tag[s1], "NN") {
				t.head[s1], t.rel[s1] = t.head[v], t.rel[v]
				t.head[v], t.rel[v] = s1, "acl"
				if t.head[s1] < 0 {
					t.rel[s1] = "root"
				}
				break
			}
		}
	}
	for v := 2; v < n; v++ {
		// "condemned North Korea's threat/obj to attack/advcl-of-condemned
		// the US": an infinitive right after an object noun that takes
		// one is that noun's.
		o, h := v-2, t.head[v]
		if h < 0 || t.rel[v] != "advcl" || t.tag[v] != "VB" || toks[v-1].key != "to" || t.head[v-1] != v || !ownActNouns[t.lemma[o]] {
			continue
		}
		if g := t.head[o]; !(g == h && t.rel[o] == "obj" || g >= 0 && t.rel[o] == "conj" && t.head[g] == h && t.rel[g] == "obj") {
			continue // the object, or its last conjunct ("condemned the tests and threats to attack")
		}
		t.head[v], t.rel[v] = o, "acl"
	}
	for v := 2; v < n; v++ {
		// "Pyongyang's tests/acl-head and threats to attack the US": an
		// infinitive hung on the first of two nouns belongs to the later
		// one that takes an infinitive.
		h := t.head[v]
		if h < 0 || t.rel[v] != "acl" || t.tag[v] != "VB" || toks[v-1].key != "to" || ownActNouns[t.lemma[h]] {
			continue
		}
		for k := v - 2; k > h; k-- {
			if t.head[k] == h && t.rel[k] == "conj" && ownActNouns[t.lemma[k]] {
				t.head[v] = k
				break
			}
		}
	}
	for _, m := range ms {
		// "negotiated by Obama's secretary/obl of state, John Kerry/obl,":
		// a name set off by commas after a title's phrase is its apposition.
		k := m.End - 1
		if m.Start < 3 || len(m.Actors) != 1 || m.Actors[0].Kind != schema.Person || toks[m.Start-1].key != "," || t.rel[k] == "appos" || m.End < n && toks[m.End].key != "," && toks[m.End].key != "." {
			continue
		}
		p := m.Start - 2
		for t.head[p] > p-3 && t.head[p] < p && t.head[p] >= 0 && strings.HasPrefix(t.tag[t.head[p]], "NN") {
			p = t.head[p] // "secretary of state": up to the title
		}
		if !strings.HasPrefix(t.tag[p], "NN") || !isTitleWord(toks[p].key) || t.dominates(k, p) {
			continue
		}
		t.head[k], t.rel[k] = p, "appos"
	}
	for _, m := range ms {
		// "criticized the United States, a close ally/parataxis of the
		// Philippines": a relational noun set off by a comma and an
		// article right after a name is the name's apposition.
		h, k := m.End-1, t.relNounAfter(toks, m)
		if k >= 0 && (t.rel[k] == "parataxis" || t.rel[k] == "dep" || t.rel[k] == "appos") && t.head[k] != h && !t.dominates(k, h) {
			t.head[k], t.rel[k] = h, "appos"
		}
	}
	for _, m := range ms {
		// "Syria's two main backers, Russia/nmod and Iran,": a name set off
		// by a comma right after a relational noun, with no preposition,
		// is the noun's apposition.
		k, p := m.End-1, m.Start-2
		if p < 0 || toks[m.Start-1].key != "," || t.head[k] != p || relNouns[toks[p].key] == "" && !kinNouns[lemma.Of(toks[p].key, "NNS")] || t.caseBefore(k) != "" {
			continue
		}
		if r := t.rel[k]; relIs(r, "nmod") || r == "dep" || r == "conj" {
			t.rel[k] = "appos"
		}
	}
	for _, m := range ms {
		// "the stronghold of the Takfiri group ISIL/nmod-of-stronghold": a
		// name right after a common noun that describes it is that noun's
		// apposition.
		k, p := m.End-1, m.Start-1
		if p < 1 || len(m.Actors) != 1 || !describerNouns[toks[p].key] || t.head[k] == p || t.child(k, "case") >= 0 || t.dominates(k, p) {
			continue
		}
		if r := t.rel[k]; relIs(r, "nmod") || relIs(r, "obl") || r == "dep" || r == "obj" {
			t.head[k], t.rel[k] = p, "appos"
		}
	}
	for q := 1; q+2 < n; q++ {
		// "struck a dozen/obj Syrian and Iranian targets/obj": a word of
		// number read as a second object counts the object after it.
		if !countNouns[toks[q].key] || t.rel[q] != "obj" {
			continue
		}
		for o := q + 1; o < n && o <= q+5; o++ {
			if t.rel[o] == "obj" && t.head[o] == t.head[q] && strings.HasPrefix(t.tag[o], "NN") {
				t.head[q], t.rel[q] = o, "nummod"
				break
			}
		}
	}
	for o2 := 2; o2 < n; o2++ {
		// "accused former Trump campaign/obj chairman Paul Manafort/obj": a
		// common noun right before a name that is a second object of the
		// same verb is the name's modifier ("gave Iran weapons" keeps two).
		v := t.head[o2]
		if v < 0 || t.rel[o2] != "obj" || t.tag[o2] != "NNP" {
			continue
		}
		lo := o2
		for lo > 0 && t.head[lo-1] == o2 && (t.rel[lo-1] == "compound" || t.rel[lo-1] == "flat") {
			lo--
		}
		if o1 := lo - 1; o1 >= 0 && t.head[o1] == v && t.rel[o1] == "obj" && t.tag[o1] == "NN" {
			t.head[o1], t.rel[o1] = o2, "compound"
		}
	}
	for _, m := range ms {
		// "a trade deal with Mexico/nmod and Canada/conj-of-deal": a name
		// coordinated with an event noun right after the noun's own name
		// phrase is that name's conjunct.
		k := m.End - 1
		h := t.head[k]
		if m.Start < 2 || h < 0 || t.rel[k] != "conj" || t.tag[h] != "NN" && t.tag[h] != "NNS" || toks[m.Start-1].key != "and" || h > m.Start {
			continue
		}
		o := m.Start - 2 // the name before "and"
		if t.head[o] == h && relIs(t.rel[o], "nmod") && toks[o].cap() && t.caseBefore(o) != "" {
			t.head[k] = o
		}
	}
	for w, p := range t.head {
		// "Obama's summit in Hanoi/nmod with Xi/nmod-of-Hanoi": a "with"
		// phrase the parser hung on the place of an event noun is the
		// event's.
		if p < 0 || !relIs(t.rel[w], "nmod") || t.caseBefore(w) != "with" || !relIs(t.rel[p], "nmod") && !relIs(t.rel[p], "obl") || (t.caseBefore(p) != "in" && t.caseBefore(p) != "at") || t.tag[p] != "NNP" {
			continue
		}
		if h := t.head[p]; h >= 0 && h < p && relIs(t.rel[p], "nmod") && (t.tag[h] == "NN" || t.tag[h] == "NNS") && len(x.lex.Lookup(t.lemma[h], schema.Noun)) > 0 {
			t.head[w] = h
		} else if h >= 0 && h < p && strings.HasPrefix(t.tag[h], "VB") && relIs(t.rel[p], "obl") && hasDependent(t, h, "obj") {
			// "held talks in Moscow/obl with Putin/nmod-of-Moscow": the
			// verb's, beside its object.
			t.head[w], t.rel[w] = h, "obl"
		}
	}
	for k, h := range t.head {
		// "Kerry huddled for hours/obl with Zarif/nmod": a phrase hung on
		// a stretch of time belongs to the verb the time modifies.
		if h >= 0 && t.rel[k] == "nmod" && t.rel[h] == "obl" && (timeNouns[toks[h].key] || monthOrDay[toks[h].key]) && strings.HasPrefix(t.tag[t.head[h]], "VB") {
			t.head[k], t.rel[k] = t.head[h], "obl"
		}
	}
	for k, h := range t.head {
		// "The two sides, Russia/nmod and Turkey, signed": a name with no
		// preposition set off by a comma after a plural noun names it.
		if h >= 0 && h+2 == nameStart(into, k) && t.rel[k] == "nmod" && t.tag[h] == "NNS" && toks[h+1].key == "," && toks[k].cap() && t.caseBefore(k) == "" {
			t.rel[k] = "appos"
		}
		// "to meet Iran's most powerful figure, Supreme Leader Ali
		// Khamenei/obl-of-meet,": a name set off by commas right after the
		// verb's object noun, with no preposition, is that noun's apposition.
		if w := nameStart(into, k) - 2; h >= 0 && w > h && t.rel[k] == "obl" && toks[k].cap() && toks[w+1].key == "," && t.head[w] == h && t.rel[w] == "obj" &&
			strings.HasPrefix(toks[w].tag, "NN") && t.caseBefore(k) == "" && (k+1 == n || toks[k+1].key == "," || toks[k+1].key == ".") {
			t.head[k], t.rel[k] = w, "appos"
		}
	}
	for v, o := range t.head {
		// "warned Iraqi leaders that Tehran would be held/acl:relcl
		// responsible": a "that" clause with a subject of its own after a
		// telling verb's object is the verb's complement, not a relative
		// clause on the object.
		if o < 0 || t.rel[v] != "acl:relcl" || t.rel[o] != "obj" || t.head[o] < 0 || !tellLemmas[t.lemma[t.head[o]]] {
			continue
		}
		that, subj := -1, -1
		for k := o + 1; k < v; k++ {
			if t.head[k] == v && toks[k].key == "that" {
				that = k
			}
			if t.head[k] == v && (t.rel[k] == "nsubj" || t.rel[k] == "nsubj:pass") && toks[k].key != "that" {
				subj = k
			}
		}
		if that >= 0 && subj > that {
			t.head[v], t.rel[v] = t.head[o], "ccomp"
			t.rel[that] = "mark"
		}
	}
	if r := rootOf(t); r >= 0 && strings.HasPrefix(t.tag[r], "NN") {
		// "The talks sponsored by the United States and Russia/nsubj
		// fell/conj apart": a sentence whose root is a noun has lost its
		// verb to a conjunct whose subject is a name right after "and";
		// the name joins the noun before "and", the verb is the root
		// and the noun its subject.
		for v, h := range t.head {
			cc, s := dependent(t, v, "cc"), dependent(t, v, "nsubj")
			if h < 0 || t.rel[v] != "conj" || !strings.HasPrefix(t.tag[v], "VB") || cc < 1 || s < 0 || s < cc || toks[cc].key != "and" || !t.dominates(r, v) {
				continue
			}
			first, left := nameStart(into, s), cc-1
			if first != cc+1 || !toks[s].cap() || !toks[left].cap() || !t.dominates(h, left) || left == h {
				continue
			}
			t.head[s], t.rel[s] = left, "conj"
			t.head[cc] = s
			t.head[v], t.rel[v] = -1, "root"
			t.head[r], t.rel[r] = v, "nsubj"
			break
		}
	}
	for p := 2; p < n; p++ {
		// "fighting between the YPG, backed/conj-of-seen by U.S. strikes,":
		// a participle with an agent right after a comma and a noun, and
		// no conjunction of its own, modifies that noun.
		if t.rel[p] == "conj" && t.tag[p] == "VBN" && toks[p-1].key == "," && strings.HasPrefix(t.tag[p-2], "NN") && !timeNouns[toks[p-2].key] && !calendarNouns[toks[p-2].key] && !monthOrDay[toks[p-2].key] &&
			!hasDependent(t, p, "cc") && hasDependent(t, p, "obl:agent") && !hasDependent(t, p, "nsubj") && !t.dominates(p, p-2) {
			t.head[p], t.rel[p] = p-2, "acl"
		}
	}
	for w, h := range t.head {
		// "between the YPG militia, backed by U.S. air strikes/obl:agent,
		// and Islamic State militants/conj-of-strikes": after a participle
		// set off by commas, ", and" joins the noun the participle
		// modifies.
		if h < 0 || t.rel[w] != "conj" || !strings.HasPrefix(t.tag[w], "NN") || w < 3 || toks[w-1].key == "," {
			continue
		}
		cc := dependent(t, w, "cc")
		if cc < 2 || toks[cc-1].key != "," {
			continue
		}
		p := t.head[h] // the participle above the conjunct's head
		for p >= 0 && !(t.rel[p] == "acl" && t.tag[p] == "VBN") && p > 0 && t.head[p] >= 0 && t.head[p] < w && t.head[p] > t.head[t.head[p]] {
			p = t.head[p]
		}
		if p < 1 || t.rel[p] != "acl" || t.tag[p] != "VBN" || toks[p-1].key != "," || !t.dominates(p, h) {
			continue
		}
		if n := t.head[p]; n >= 0 && n < p && strings.HasPrefix(t.tag[n], "NN") {
			t.head[w] = n
		}
	}
	for v, h := range t.head {
		// "halted his attempts after the Syrian army/obl, backed/conj by
		// Russian jets, advanced/conj against rebels": a subordinator
		// read as a preposition; its noun is the subject of the finite
		// verb that has none, which the subordinator introduces, and a
		// participle set off by commas between them is the noun's.
		// "spoke two weeks/nsubj-of-blamed after Moscow blamed/conj
		// Israel", "has not spoken to him since Russia invaded/dep
		// Ukraine": the time before the subordinator belongs to the main
		// verb, and the verb may be left dangling or be an adverbial
		// clause with no subordinator of its own.
		// "as Turkey/obl is trying to normalize ties": the finite
		// auxiliary opens the verb's group.
		first := v
		if t.tag[v] == "VBG" || t.tag[v] == "VBN" {
			for a := range v {
				if t.head[a] == v && a < first && (t.rel[a] == "aux" || t.rel[a] == "aux:pass") && finiteTag(t.tag[a]) {
					first = a
				}
			}
		}
		if !finiteTag(t.tag[first]) {
			continue
		}
		rel := t.rel[v]
		if h >= 0 && isPunct(t.tag[h]) {
			h, rel = t.head[h], "dep" // punctuation heads nothing (below)
		}
		if h < 0 || rel != "conj" && rel != "dep" && (rel != "advcl" || hasDependent(t, v, "mark")) || hasDependent(t, v, "cc") {
			continue
		}
		tm := dependent(t, v, "nsubj")
		if tm >= 0 && (!timeNouns[toks[tm].key] || tm > v) {
			continue
		}
		n, sub := -1, -1
		for k := first - 1; k >= 0; k-- {
			if k < first-1 && finiteTag(t.tag[k]) {
				break // another finite verb between: not this one's subject
			}
			if c := dependent(t, k, "case"); c >= 0 && c < k && subordinators[toks[c].key] && (relIs(t.rel[k], "obl") || relIs(t.rel[k], "nmod")) && strings.HasPrefix(t.tag[k], "NN") {
				n, sub = k, c
				break
			}
		}
		if n < 0 || n+1 > first || tm >= 0 && tm > sub {
			continue
		}
		if e := lastOf(t, n); first != v && toks[n+1].key == "," && t.tag[n+2] != "VBN" || toks[n+1].key != "," && n+1 != first && e+1 != first {
			// "as Mr. Trump and North Korean leader Kim/conj-of-Trump
			// held": the noun's conjuncts may stand between it and the
			// verb. A verb group after a comma (but for one setting off a
			// participle) has its subject elsewhere:
			// "skeptics who, anxious since her campaign, have been
			// demanding".
			continue
		}
		for k := n + 1; k < v; k++ {
			if t.head[k] == h && t.rel[k] == "conj" && t.tag[k] == "VBN" && toks[k-1].key == "," {
				t.head[k], t.rel[k] = n, "acl" // "the Syrian army, backed by Russian jets,"
			}
		}
		anchor := t.head[n] // the verb the clause hangs on, above a noun it was read on
		for anchor >= 0 && anchor != v && !strings.HasPrefix(t.tag[anchor], "VB") && t.head[anchor] >= 0 {
			anchor = t.head[anchor]
		}
		if anchor == v || anchor < 0 {
			anchor = h
		}
		if tm >= 0 {
			t.head[tm], t.rel[tm] = anchor, "obl:tmod"
		}
		t.head[v], t.rel[v] = anchor, "advcl"
		t.head[n], t.rel[n] = v, "nsubj"
		if hasDependent(t, v, "aux:pass") {
			t.rel[n] = "nsubj:pass" // "as Poland is accused by Brussels"
		}
		t.head[sub], t.rel[sub] = v, "mark"
	}
	for n, h := range t.head {
		// "officials were expected in Washington, but apparently a
		// meeting/conj between Trump and Morales was canceled/conj": a
		// noun coordinated with a clause, right before an auxiliary and
		// a verb coordinated with the same clause with no subject of its
		// own, is that verb's subject.
		if h < 0 || h > n || t.rel[n] != "conj" || !strings.HasPrefix(t.tag[n], "NN") || !strings.HasPrefix(t.tag[h], "VB") {
			continue
		}
		v := lastOf(t, n) + 1
		for v < len(toks) && (t.rel[v] == "aux" || t.rel[v] == "aux:pass") && t.head[v] > v {
			v++
		}
		if v >= len(toks) || v == lastOf(t, n)+1 || t.head[v] != h || t.rel[v] != "conj" || !strings.HasPrefix(t.tag[v], "VB") || hasDependent(t, v, "nsubj") || hasDependent(t, v, "nsubj:pass") {
			continue
		}
		for k := range n {
			if t.head[k] == n && (t.rel[k] == "cc" || t.rel[k] == "punct" || t.rel[k] == "advmod") {
				t.head[k] = v // "but", "apparently": the clause's
			}
		}
		t.head[n], t.rel[n] = v, "nsubj"
		if hasDependent(t, v, "aux:pass") {
			t.rel[n] = "nsubj:pass"
		}
	}
	for k, v := range t.head {
		// "Talks/nsubj:pass are set to resume between/obl-of-resume
		// Israel and Egypt", "Fighting broke out between the army and
		// the rebels": a between-phrase on the verb an event noun is the
		// subject of names the event's parties.
		if v < 0 || !relIs(t.rel[k], "obl") || t.caseBefore(k) != "between" || !strings.HasPrefix(t.tag[v], "VB") {
			continue
		}
		s := t.child0(v, "nsubj")
		if s < 0 && t.rel[v] == "xcomp" && t.head[v] >= 0 {
			s = t.child0(t.head[v], "nsubj") // "are set to resume": the subject of the verb that controls it
		}
		if s >= 0 && s < v && strings.HasPrefix(t.tag[s], "NN") && len(x.lex.Lookup(t.lemma[s], schema.Noun)) > 0 && !hasBetween(t, s) {
			t.head[k], t.rel[k] = s, "nmod"
		}
	}
	for k, v := range t.head {
		// "killed in fighting/VBG with Ukrainian forces", "after weeks of
		// fighting with Chinese troops": a gerund after a preposition,
		// with no subject or object of its own, is the event noun.
		m := t.child0(k, "mark")
		if v < 0 || t.tag[k] != "VBG" || (t.rel[k] != "advcl" && t.rel[k] != "acl") || m < 0 || m > k || !gerundPreps[toks[m].key] ||
			t.child0(k, "nsubj") >= 0 || t.child0(k, "obj") >= 0 || t.child0(k, "ccomp") >= 0 || t.child0(k, "xcomp") >= 0 || t.child0(k, "advmod") >= 0 || t.child0(k, "conj") >= 0 {
			continue
		}
		if !slices.ContainsFunc(x.lex.Lookup(toks[k].key, schema.Noun), func(e schema.LexiconEntry) bool { return e.Relation == schema.Attacked }) {
			continue // a meeting or a call keeps its verb's reading ("after speaking with Xi")
		}
		party := false // the other side: "fighting with", "clashes between", "fighting against"
		for j, h := range t.head {
			if c := t.child0(j, "case"); h == k && relIs(t.rel[j], "obl") && c >= 0 && (toks[c].key == "with" || toks[c].key == "between" || toks[c].key == "against") {
				party = true
			}
		}
		if !party {
			continue
		}
		t.tag[k], t.lemma[k], t.rel[k], t.rel[m] = "NN", toks[k].key, "obl", "case"
		if !strings.HasPrefix(t.tag[v], "VB") {
			t.rel[k] = "nmod"
		}
		for j, h := range t.head {
			if h == k && relIs(t.rel[j], "obl") {
				t.rel[j] = "nmod"
			}
		}
	}
	for k, v := range t.head {
		// "used some/obj of his toughest language", "launched one/obj of
		// the heaviest strikes", "pushed in after days/obl of clashes with
		// the army": the quantity of an event is the event, which takes
		// the quantifier's place; the quantifier qualifies it. (Also with
		// the event hung on the verb beside it.)
		if v < 0 || t.rel[k] != "obj" && !relIs(t.rel[k], "obl") || !eventQuantifiers[toks[k].key] {
			continue
		}
		for n := k + 1; n < len(t.head); n++ {
			c := t.child0(n, "case")
			if c < 0 || toks[c].key != "of" || !strings.HasPrefix(t.tag[n], "NN") || len(x.lex.Lookup(t.lemma[n], schema.Noun)) == 0 {
				continue
			}
			if t.head[n] == k && relIs(t.rel[n], "nmod") || t.head[n] == v && c == k+1 && relIs(t.rel[n], "obl") {
				if p := t.child0(k, "case"); p >= 0 && p < k {
					t.head[p] = n // "after days of clashes": after the clashes
				}
				t.head[n], t.rel[n] = v, t.rel[k]
				t.head[k], t.rel[k] = n, "nmod"
				t.head[c] = k
				break
			}
		}
	}
	for k, v := range t.head {
		// "called Seoul's move to suspend/acl operations/obj a
		// declaration/obj of war": a second object of the infinitive
		// inside the first object of a verb of naming is that verb's
		// predicate.
		if v < 0 || t.rel[k] != "obj" || t.tag[v] != "VB" || t.rel[v] != "acl" {
			continue
		}
		o, a := -1, t.head[v]
		for j := v + 1; j < k; j++ {
			if t.head[j] == v && t.rel[j] == "obj" {
				o = j
			}
		}
		if o < 0 || a < 0 || t.rel[a] != "obj" || t.head[a] < 0 || !namingLemmas[t.lemma[t.head[a]]] || hasDependent(t, t.head[a], "xcomp") {
			continue
		}
		t.head[k], t.rel[k] = t.head[a], "xcomp"
	}
	for k, h := range t.head {
		// "The United States/obl:npmod and five Arab countries/nsubj
		// bombed": a name the parser left as a bare adjunct before "and"
		// and the verb's subject is the first subject.
		if h < 0 || t.rel[k] != "obl:npmod" && t.rel[k] != "obl:unmarked" || t.tag[k] != "NNP" && t.tag[k] != "NNPS" || k+2 >= n || toks[k+1].key != "and" {
			continue
		}
		if s := dependent(t, h, "nsubj"); s > k+1 && s < h && t.head[k+1] == s && t.rel[k+1] == "cc" {
			t.head[s], t.rel[s] = k, "conj"
			t.head[k], t.rel[k] = h, "nsubj"
		}
	}
	for k := 0; k+1 < n; k++ {
		// "U.S.-led coalition/obl:unmarked aircraft/nsubj pounded": a
		// bare noun right before its verb's subject is the subject's
		// compound.
		if h := t.head[k]; h >= 0 && (t.rel[k] == "obl:unmarked" || t.rel[k] == "obl:npmod") && (t.tag[k] == "NN" || t.tag[k] == "NNS") &&
			t.head[k+1] == h && t.rel[k+1] == "nsubj" && strings.HasPrefix(t.tag[k+1], "NN") {
			t.head[k], t.rel[k] = k+1, "compound"
		}
	}
	for w, h := range t.head {
		// "warned the United States/nsubj-of-consequences of
		// consequences/obl": a noun phrase with a preposition has no
		// subject; a name before the preposition, right after a verb
		// with no object, is the verb's object.
		if h < 0 || t.rel[w] != "nsubj" || !strings.HasPrefix(t.tag[h], "NN") || !relIs(t.rel[h], "obl") || hasDependent(t, h, "cop") {
			continue
		}
		cs, v := -1, t.head[h]
		for k := w + 1; k < h; k++ {
			if t.head[k] == h && t.rel[k] == "case" {
				cs = k
			}
		}
		if v >= 0 && v < w && cs >= 0 && strings.HasPrefix(t.tag[v], "VB") && !hasDependent(t, v, "obj") {
			t.head[w], t.rel[w] = v, "obj"
		}
	}
	for v := 2; v < n; v++ {
		// "Trump's decision/root to strike Syria won/xcomp praise": a
		// finite verb the parser hung on the infinitive of the root noun is
		// the root, and the noun its subject.
		w := t.head[v]
		if (t.tag[v] != "VBD" && t.tag[v] != "VBZ") || t.rel[v] != "xcomp" || w < 0 || t.tag[w] != "VB" || t.rel[w] != "acl" || !hasDependent(t, w, "mark") || hasDependent(t, v, "nsubj") {
			continue
		}
		if h := t.head[w]; h >= 0 && t.head[h] < 0 && strings.HasPrefix(t.tag[h], "NN") {
			t.head[v], t.rel[v] = -1, "root"
			t.head[h], t.rel[h] = v, "nsubj"
			for k := range t.head {
				if t.head[k] == h && t.rel[k] == "punct" && k > v {
					t.head[k] = v
				}
			}
		}
	}
	for v := 2; v < n; v++ {
		// "The decision/obl to strike Syria/nsubj won praise": a name
		// right after an infinitive with no object, before a verb, is the
		// infinitive's object; the noun the infinitive qualifies is the
		// verb's subject.
		sb := dependent(t, v, "nsubj")
		if sb < 2 || sb != v-1 || !strings.HasPrefix(t.tag[v], "VB") {
			continue
		}
		w := sb - 1
		for w > 0 && t.head[w] == sb && (t.rel[w] == "flat" || t.rel[w] == "compound") {
			w--
		}
		h := t.head[w]
		if t.tag[w] != "VB" || t.rel[w] != "acl" || hasDependent(t, w, "obj") || !hasDependent(t, w, "mark") || h < 0 || h > w || t.head[h] != v || !strings.HasPrefix(t.tag[h], "NN") {
			continue
		}
		t.head[sb], t.rel[sb] = w, "obj"
		t.rel[h] = "nsubj"
	}
	for v := 1; v < n; v++ {
		// "On Tuesday/obl, the U.N. envoy/appos-of-Tuesday, Staffan de
		// Mistura, called/VBN on Russia": the apposition the parser gave a
		// fronted phrase is the subject of the verb that has none.
		if !strings.HasPrefix(t.tag[v], "VB") || t.tag[v] == "VBG" || t.tag[v] == "VB" || hasDependent(t, v, "nsubj") || hasDependent(t, v, "nsubj:pass") || hasDependent(t, v, "aux") || hasDependent(t, v, "aux:pass") || t.rel[v] != "root" {
			continue
		}
		for k := 1; k < v; k++ {
			o := t.head[k]
			if t.rel[k] != "appos" || o < 0 || o > k || t.head[o] != v || !relIs(t.rel[o], "obl") || !hasDependent(t, o, "case") || !strings.HasPrefix(t.tag[k], "NN") {
				continue
			}
			lo := k // the apposition's first word
			for lo > 0 && t.dominates(k, lo-1) {
				lo--
			}
			if lo > 0 && toks[lo-1].key == "," {
				t.head[k], t.rel[k] = v, "nsubj"
				if t.tag[v] == "VBN" {
					t.tag[v] = "VBD"
				}
				break
			}
		}
	}
	for v := 1; v < n; v++ {
		// "During a visit on Sunday, John Kerry/conj-of-Sunday urged
		// Beijing": a name between a fronted phrase's comma and a finite
		// verb with no subject, coordinated by no "and", is the subject.
		k := v - 1
		if t.tag[v] != "VBD" && t.tag[v] != "VBZ" && t.tag[v] != "VBP" || hasDependent(t, v, "nsubj") || t.rel[k] != "conj" || t.head[k] < 0 || t.head[k] > k || hasDependent(t, k, "cc") || !strings.HasPrefix(t.tag[k], "NNP") {
			continue
		}
		if b := nameStart(into, k); b > 0 && toks[b-1].key == "," && t.dominates(v, t.head[k]) {
			t.head[k], t.rel[k] = v, "nsubj"
		}
	}
	for _, m := range ms {
		// "promised Zelensky/compound more systems/obj": a name right
		// after a verb, before the determiner or quantity that opens the
		// verb's object, is the verb's indirect object.
		w, v := m.End-1, m.Start-1
		if v < d || w+1 >= n || len(m.Actors) == 0 || t.rel[w] != "compound" || t.head[w] <= w || t.head[t.head[w]] != v || t.rel[t.head[w]] != "obj" || !strings.HasPrefix(t.tag[v], "VB") {
			continue
		}
		if nx := toks[w+1]; nx.tag == "DT" || nx.tag == "CD" || nx.tag == "JJR" || nx.tag == "PRP$" || objectOpeners[nx.key] {
			t.head[w], t.rel[w] = v, "iobj"
		}
	}
	for _, m := range ms {
		// "Foreign ministers/nsubj Jaishankar/obj and Wang Yi spoke": a
		// plural title before the names it gives is their compound; the
		// first name takes the title's place.
		k, w := m.Start-1, m.End-1
		if k < d || len(m.Actors) != 1 || m.Actors[0].Kind != schema.Person || t.tag[k] != "NNS" || !officeNouns[t.lemma[k]] || t.head[w] != k || t.head[k] < 0 {
			continue
		}
		t.head[w], t.rel[w] = t.head[k], t.rel[k]
		t.head[k], t.rel[k] = w, "compound"
		t.rehang(k, w, -1)
	}
	if r := rootOf(t); r > 2 && (t.tag[r] == "VBD" || t.tag[r] == "VBZ" || t.tag[r] == "VBP") {
		// "Two weeks/nsubj after Moscow blamed/root Israel, Russia
		// delivered/conj missiles": a fronted clause opened by a
		// subordinator after a time noun, read as the sentence's clause;
		// the verb after the comma, with a subject of its own, heads the
		// sentence.
		tm := dependent(t, r, "nsubj")
		name := -1 // the subordinate clause's subject, read as the time's
		if tm >= 0 && timeNouns[toks[tm].key] {
			for k := tm + 1; k < r; k++ {
				if c := dependent(t, k, "case"); t.head[k] == tm && c > tm && c < k && subordinators[toks[c].key] && (t.tag[k] == "NNP" || t.tag[k] == "NNPS") {
					name = k
				}
			}
		}
		for v := r + 1; name >= 0 && v < n; v++ {
			if t.head[v] != r || t.rel[v] != "conj" && t.rel[v] != "parataxis" || !strings.HasPrefix(t.tag[v], "VB") {
				continue
			}
			s := dependent(t, v, "nsubj")
			p := s
			for p > 0 && s >= 0 && t.dominates(s, p-1) {
				p-- // the first word of the subject's phrase
			}
			if p < 1 || toks[p-1].key != "," {
				continue
			}
			sub := dependent(t, name, "case")
			t.raise(r, v, "advcl")
			t.head[tm], t.rel[tm] = v, "obl:tmod"
			t.head[name], t.rel[name] = r, "nsubj"
			t.head[sub], t.rel[sub] = r, "mark"
			break
		}
	}
	if r := rootOf(t); r > 3 && strings.HasPrefix(t.tag[r], "VB") {
		// "Kim/obl:npmod, whose train crossed/root into Russia, held/conj
		// talks with Putin": a name, a comma and a relative clause read
		// as the sentence's clause; the verb after the clause's closing
		// comma, with no subject of its own, is the root and the name its
		// subject.
		k, c := -1, -1
		for w := 0; w+2 < r; w++ {
			if t.head[w] == r && toks[w+1].key == "," && (t.tag[w] == "NNP" || t.tag[w] == "NNPS") && relativeAt(t, toks, w+2, r) {
				k = w
				break
			}
		}
		for v := r + 1; k >= 0 && v < n; v++ {
			if t.head[v] == r && t.rel[v] == "conj" && strings.HasPrefix(t.tag[v], "VB") && toks[v-1].key == "," && !hasDependent(t, v, "nsubj") {
				c = v
				break
			}
		}
		if k >= 0 && c >= 0 {
			t.rehang(r, c, c-2) // the comma before c, and what follows, go with c
			t.head[c-1] = c
			t.head[c], t.rel[c] = -1, "root"
			t.head[k], t.rel[k] = c, "nsubj"
			t.head[r], t.rel[r] = k, "acl:relcl"
		}
	}
	for g := 1; g+1 < n; g++ {
		// "U.S. officials/obl:npmod fighting/advcl Islamic State/nsubj
		// said": a participle after the subject's noun, whose object the
		// parser made the verb's subject; the noun is the subject.
		v := t.head[g]
		if t.rel[g] == "acl" && t.head[g] == g-1 {
			v = rootOf(t) // the participle already on the noun: the subject is still the verb's
		}
		if t.tag[g] != "VBG" || t.rel[g] != "advcl" && t.rel[g] != "acl" || v <= g || hasDependent(t, g, "obj") || hasDependent(t, g, "mark") {
			continue
		}
		s := dependent(t, v, "nsubj")
		if s <= g || s >= v || nameStart(into, s) != g+1 || !strings.HasPrefix(t.tag[s], "NNP") {
			continue
		}
		top := g - 1
		for top >= 0 && t.head[top] != v && t.head[top] >= 0 && t.head[top] < g {
			top = t.head[top]
		}
		if top < 0 || t.head[top] != v || !strings.HasPrefix(t.tag[top], "NN") || t.rel[top] != "obl:npmod" && t.rel[top] != "obl:unmarked" && t.rel[top] != "dep" {
			continue
		}
		t.head[top], t.rel[top] = v, "nsubj"
		t.head[g], t.rel[g] = top, "acl" // on the whole coordination
		t.head[s], t.rel[s] = g, "obj"
	}
	for g, v := range t.head {
		// "continued on/mark Thursday/nsubj targeting/advcl positions": a
		// day after "on" read as a gerund clause's subject is the time of
		// the verb, and the gerund its complement.
		if v < 0 || t.tag[g] != "VBG" || t.rel[g] != "advcl" || !strings.HasPrefix(t.tag[v], "VB") {
			continue
		}
		d, m := dependent(t, g, "nsubj"), dependent(t, g, "mark")
		if d < 0 || m < 0 || d != m+1 || d+1 != g || toks[m].key != "on" || !monthOrDay[toks[d].key] {
			continue
		}
		t.head[d], t.rel[d] = v, "obl"
		t.head[m], t.rel[m] = d, "case"
		t.rel[g] = "xcomp"
	}
	if n > 3 && toks[n-1].key != "." {
		// A headline's "Netanyahu/obl:npmod, Kerry/nsubj expected to
		// meet": a comma joins its subjects.
		for k, v := range t.head {
			if v < 0 || k+2 >= n || (t.rel[k] != "obl:npmod" && t.rel[k] != "dep" && t.rel[k] != "obl:unmarked") || toks[k+1].key != "," || !strings.HasPrefix(t.tag[k], "NNP") {
				continue
			}
			s := dependent(t, v, "nsubj")
			if s < 0 || nameStart(into, s) != k+2 || !strings.HasPrefix(t.tag[s], "NNP") {
				continue
			}
			t.head[k], t.rel[k] = v, "nsubj"
			t.head[s], t.rel[s] = k, "conj"
			break
		}
	}
	for g := 1; g < n; g++ {
		// "targeted insurgents battling/acl Assad, helping/conj-of-battling
		// Damascus": a participle after a comma, with no "and", is the
		// clause's, not a conjunct of a participle on its object.
		h := t.head[g]
		if h < 0 || t.tag[g] != "VBG" || t.rel[g] != "conj" || toks[g-1].key != "," || hasDependent(t, g, "cc") || t.tag[h] != "VBG" || t.rel[h] != "acl" {
			continue
		}
		if o := t.head[h]; o >= 0 && t.head[o] >= 0 && strings.HasPrefix(t.tag[t.head[o]], "VB") && t.rel[o] == "obj" {
			t.head[g], t.rel[g] = t.head[o], "advcl"
		}
	}
	for g := 1; g+2 < n; g++ {
		// "Before meeting Xi/obl:npmod-of-criticized, Trump criticized
		// China": the name right after an opening gerund, before the
		// comma, is the gerund's object.
		v := t.head[g]
		if v <= g || t.tag[g] != "VBG" || t.rel[g] != "advcl" || !hasDependent(t, g, "mark") || hasDependent(t, g, "obj") {
			continue
		}
		for h := g + 1; h < v && h < n-1; h++ {
			if t.head[h] == v && strings.HasPrefix(t.tag[h], "NNP") && nameStart(into, h) == g+1 && toks[h+1].key == "," && t.rel[h] != "nsubj" {
				t.head[h], t.rel[h] = g, "obj"
				break
			}
		}
	}
	if v := rootOf(t); v > 0 && (t.tag[v] == "VBD" || t.tag[v] == "VBZ") {
		// "On Friday, Macron/obl:npmod urged/root restraint/nsubj": a
		// name right before the verb is its subject, and the noun after
		// it, taken for the subject, its object.
		s, k := dependent(t, v, "nsubj"), v-1
		if s > v && t.head[k] == v && t.tag[k] == "NNP" && (t.rel[k] == "obl:npmod" || t.rel[k] == "obl:unmarked" || t.rel[k] == "dep") && !hasDependent(t, v, "obj") && !hasDependent(t, v, "cop") {
			t.rel[k], t.rel[s] = "nsubj", "obj"
		}
	}
	for q1 := 0; q1 < n; q1++ {
		// `vowed to unleash "fire and fury like the world has never
		// seen" on North Korea`: a phrase after a closing quote that the
		// parser hung on a clause inside the quote belongs to the words
		// that took the quote.
		if t.tag[q1] != "``" {
			continue
		}
		q2 := q1 + 1
		for q2 < n && t.tag[q2] != "''" {
			q2++
		}
		if q2 >= n {
			break
		}
		for k := q2 + 1; k < n && k <= q2+4; k++ {
			h := t.head[k]
			if h <= q1 || h >= q2 || !relIs(t.rel[k], "obl") || dependent(t, k, "case") < q2 || t.rel[h] != "advcl" && t.rel[h] != "acl" && t.rel[h] != "acl:relcl" {
				continue // (a quoted predicate keeps its phrase: had "agreed in principle" on)
			}
			for h > q1 && h < q2 && t.head[h] >= 0 {
				h = t.head[h]
			}
			if h <= q1 || h >= q2 {
				t.head[k] = h
			}
		}
		q1 = q2
	}
	for k, h := range t.head {
		// "Pompeo said there was/ccomp no evidence and blamed/conj-of-was
		// Iran", "said the attacks came/ccomp from Yemen and blamed/conj
		// Iran": a reported clause whose subject is expletive "there", or
		// a thing that cannot blame or say, has no doer for a speech act
		// or a judgment coordinated with it, nor has a reported state
		// ("said the air force was not responsible and accused
		// Britain"): that verb, with no subject of its own, is the
		// telling verb's conjunct.
		if h < 0 || t.rel[k] != "conj" || t.rel[h] != "ccomp" || !strings.HasPrefix(t.tag[k], "VB") || hasDependent(t, k, "nsubj") {
			continue
		}
		g := t.head[h]
		if g < 0 || !speechLemmas[t.lemma[g]] || !hasDependent(t, g, "nsubj") {
			continue
		}
		if e := dependent(t, h, "expl"); e >= 0 && toks[e].key == "there" {
			t.head[k] = g
		} else if s := dependent(t, h, "nsubj"); s >= 0 && (judgeLemmas[t.lemma[k]] || speechLemmas[t.lemma[k]]) && (thingNoun(t, toks, ms, s) || hasDependent(t, h, "cop")) {
			t.head[k] = g
		}
	}
	for v := range t.head {
		// "Japan/obl:npmod and Australia, close allies/nsubj of the United
		// States, agreed": names, a comma and a noun phrase set off by
		// commas before the verb are the subject and its apposition.
		if !strings.HasPrefix(t.tag[v], "VB") || t.head[v] >= 0 && t.rel[v] != "ccomp" {
			continue
		}
		sb := dependent(t, v, "nsubj")
		if sb < 2 || t.tag[sb] != "NNS" && t.tag[sb] != "NN" {
			continue
		}
		p := sb
		for p > 0 && t.dominates(sb, p-1) {
			p--
		}
		k := p - 2 // the names' head, before the comma
		for k > 0 && t.head[k] != v {
			k--
		}
		if p < 2 || toks[p-1].key != "," || k < 0 || t.head[k] != v || (t.tag[k] != "NNP" && t.tag[k] != "NNPS") || t.rel[k] == "nsubj" || hasDependent(t, k, "case") {
			continue
		}
		e := sb
		for e+1 < n && t.dominates(sb, e+1) {
			e++
		}
		if e+2 >= n || toks[e+1].key != "," && !(toks[e].key == "," && e+1 == v) || e+2 != v && e+1 != v {
			continue // the phrase ends in a comma right before the verb
		}
		t.head[k], t.rel[k] = v, "nsubj"
		t.head[sb], t.rel[sb] = k, "appos"
	}
	for k := 1; k+3 < n; k++ {
		// "Russia/obl:npmod as well as China/nsubj criticized": names
		// joined by "as well as" before the verb are coordinated subjects.
		if toks[k].key != "as" || toks[k+1].key != "well" || toks[k+2].key != "as" || t.head[k] < 0 {
			continue
		}
		v := t.head[k]
		a, b := -1, -1 // the names before and after
		for w := range t.head {
			if t.head[w] == v && w < k && (t.tag[w] == "NNP" || t.tag[w] == "NN" || t.tag[w] == "NNPS") && t.rel[w] != "nsubj" {
				a = w
			}
			if t.head[w] == v && w > k+2 && t.rel[w] == "nsubj" {
				b = w
			}
		}
		if a >= 0 && b >= 0 && strings.HasPrefix(t.tag[v], "VB") {
			t.head[a], t.rel[a] = v, "nsubj"
			t.head[b], t.rel[b] = a, "conj"
			t.head[k], t.rel[k] = b, "cc"
			continue
		}
		// "criticized the United States/obj as well as Britain/obl": the
		// name after is the object's conjunct.
		if o := dependent(t, t.head[v], "obj"); t.rel[v] == "obl" && t.head[v] >= 0 && o >= 0 && o < k && o == k-1 && (t.tag[v] == "NNP" || t.tag[v] == "NNPS") {
			t.head[v], t.rel[v] = o, "conj"
		}
	}
	for k, h := range t.head {
		// "wants to increase trade, defeat/conj militants": a bare verb
		// conjoined to a finite one that has a to-infinitive between them
		// is the infinitive's conjunct.
		if h < 0 || t.rel[k] != "conj" || t.tag[k] != "VB" || hasDependent(t, k, "nsubj") || hasDependent(t, k, "aux") || hasDependent(t, k, "mark") ||
			t.tag[h] != "VBZ" && t.tag[h] != "VBD" && t.tag[h] != "VBP" {
			continue
		}
		for x := h + 1; x < k; x++ {
			if t.head[x] == h && t.rel[x] == "xcomp" && t.tag[x] == "VB" && hasDependent(t, x, "mark") {
				t.head[k] = x
				break
			}
		}
	}
	for k := range t.head {
		// "Haley, unlike/case Trump/conj, used": a phrase that sets a name
		// apart is no conjunct.
		if t.rel[k] != "conj" {
			continue
		}
		if c := dependent(t, k, "case"); c >= 0 && (toks[c].key == "unlike" || toks[c].key == "except" || toks[c].key == "besides") {
			t.rel[k] = "nmod"
		}
	}
	for k := range t.head {
		// "Japan and South Korea, both U.S. allies/conj,": a common noun
		// set off by a comma after a coordination closed by "and", with no
		// "and" of its own, is the coordination's apposition.
		h := t.head[k]
		if h < 0 || t.rel[k] != "conj" || t.tag[k] != "NNS" && t.tag[k] != "NN" || hasDependent(t, k, "cc") || t.tag[h] != "NNP" && t.tag[h] != "NNPS" {
			continue
		}
		p := k
		for p > 0 && t.dominates(k, p-1) {
			p--
		}
		closed := false
		for j := h + 1; j < p; j++ {
			if t.head[j] == h && t.rel[j] == "conj" && hasDependent(t, j, "cc") {
				closed = true
			}
		}
		if closed && p > 0 && (toks[p].key == "," || toks[p-1].key == ",") {
			t.rel[k] = "appos"
		}
	}
	for v := range t.head {
		// "After/case talks/nsubj with Moon, Abe/conj criticized": a
		// subject with a preposition is a fronted adjunct; the name after
		// its comma that the parser hung inside it is the subject.
		if !strings.HasPrefix(t.tag[v], "VB") {
			continue
		}
		sb := dependent(t, v, "nsubj")
		if sb < 1 || sb > v {
			continue
		}
		c := dependent(t, sb, "case")
		if c < 0 || c > sb || !subordinators[toks[c].key] && !timePreps[toks[c].key] && toks[c].key != "despite" {
			continue
		}
		for k := sb + 1; k < v; k++ {
			if t.rel[k] == "conj" && (t.tag[k] == "NNP" || t.tag[k] == "NNPS") && t.dominates(sb, k) {
				p := k // the first word of the name
				for p > 0 && t.head[p-1] == k && t.rel[p-1] == "flat" {
					p--
				}
				if p < 1 || toks[p-1].key != "," {
					continue
				}
				t.head[k], t.rel[k] = v, "nsubj"
				t.rel[sb] = "obl"
				break
			}
		}
	}
	for _, m := range ms {
		// "Russia/compound last week/nsubj vetoed", "will visit
		// Washington/compound next month/obj": an actor before a time
		// phrase the parser made the subject or object is it.
		k := m.End - 1
		s := t.head[k]
		if m.Start < d || s < 0 || s <= k || t.rel[s] != "nsubj" && t.rel[s] != "obj" || !timeNouns[toks[s].key] && !monthOrDay[toks[s].key] || t.rel[k] != "compound" && t.rel[k] != "flat" && !relIs(t.rel[k], "nmod") {
			continue
		}
		if v := t.head[s]; v >= 0 && strings.HasPrefix(t.tag[v], "VB") {
			t.head[k], t.rel[k] = v, t.rel[s]
			t.rel[s] = "obl:tmod"
		}
	}
	for k, h := range t.head {
		// "characterized Trump's comments/obj at a summit/obl with Putin":
		// where someone's words were said is the words', not the verb's.
		if h < 0 || !relIs(t.rel[k], "obl") || !strings.HasPrefix(t.tag[h], "VB") || k < 2 {
			continue
		}
		c := dependent(t, k, "case")
		if c != k-2 && c != k-3 || c < 1 || toks[c].key != "at" && toks[c].key != "during" {
			continue
		}
		if o := c - 1; t.head[o] == h && t.rel[o] == "obj" && utterances[toks[o].key] && hasDependent(t, o, "nmod:poss") {
			t.head[k], t.rel[k] = o, "nmod"
		}
	}
	for _, m := range ms {
		// "bombed Iranian/xcomp and Syrian forces/conj": a people's
		// adjective coordinated with another's before their noun modifies
		// the noun, which is the verb's object.
		k := m.Start
		if m.End != k+1 || k+2 >= n || t.tag[k] != "JJ" || toks[k+1].key != "and" && toks[k+1].key != "or" {
			continue
		}
		h := -1
		for _, o := range ms {
			if o.Start == k+2 && o.End-1 > o.Start && (t.head[o.End-1] == k || t.head[o.End-1] == t.head[k]) && t.rel[o.End-1] == "conj" {
				h = o.End - 1
			}
		}
		if v := t.head[k]; h >= 0 && v >= 0 && strings.HasPrefix(t.tag[v], "VB") && (t.rel[k] == "xcomp" || t.rel[k] == "obj" || t.rel[k] == "dep") {
			t.head[h], t.rel[h] = v, "obj"
			t.head[k], t.rel[k] = h, "amod"
		}
	}
	for _, m := range ms {
		// "against the SDF/amod east/nmod of the Euphrates": an actor
		// before a bearing from a place is the phrase's head, the bearing
		// its modifier.
		k, h := m.End-1, m.End
		if h+1 >= len(toks) || t.head[k] != h || t.head[h] < 0 || !bearings[toks[h].key] || toks[h+1].key != "of" || t.rel[k] != "amod" && t.rel[k] != "compound" {
			continue
		}
		t.head[k], t.rel[k] = t.head[h], t.rel[h]
		for j := m.Start - 3; j < m.Start; j++ {
			if j >= 0 && t.head[j] == h {
				t.head[j] = k // its case and determiner
			}
		}
		t.head[h], t.rel[h] = k, "nmod"
	}
	for _, m := range ms {
		// "Moscow-backed separatists/obl Sunday/nsubj shelled": an actor
		// with no preposition before a day the parser made the subject is
		// the subject.
		k := m.End - 1
		v := t.head[k]
		if m.Start < d || v < 0 || t.rel[k] != "obl" || !strings.HasPrefix(t.tag[v], "VB") || dependent(t, k, "case") >= 0 {
			continue
		}
		if s := dependent(t, v, "nsubj"); s == k+1 && monthOrDay[toks[s].key] {
			t.head[k], t.rel[k] = v, "nsubj"
			t.rel[s] = "obl:tmod"
		}
	}
	for _, m := range ms {
		// "On Wednesday Moscow/flat vetoed a draft": an actor after a day
		// or month with no comma, read as part of the date, is the
		// subject of a verb that has none.
		k := m.End - 1
		h := t.head[k]
		if m.Start < d || h < 0 || t.rel[k] != "flat" && t.rel[k] != "compound" || !monthOrDay[toks[h].key] || h > m.Start || t.head[h] < 0 {
			continue
		}
		if v := t.head[h]; strings.HasPrefix(t.tag[v], "VB") && v > k && !hasDependent(t, v, "nsubj") && !hasDependent(t, v, "nsubj:pass") {
			t.head[k], t.rel[k] = v, "nsubj"
		}
	}
	for k, h := range t.head {
		// "to meet in New York/obl with/nmod Netanyahu": a with-phrase
		// hung on the place where a verb's act is is the verb's.
		if h < 0 || t.rel[k] != "nmod" {
			continue
		}
		if c := dependent(t, k, "case"); c >= 0 && toks[c].key == "with" && (t.tag[h] == "NNP" || t.tag[h] == "NNPS") && t.rel[h] == "obl" && t.head[h] >= 0 && strings.HasPrefix(t.tag[t.head[h]], "VB") {
			if hc := dependent(t, h, "case"); hc >= 0 && (toks[hc].key == "in" || toks[hc].key == "at") {
				t.head[k], t.rel[k] = t.head[h], "obl"
			}
		}
	}
	for k, h := range t.head {
		// "called for a solution during/nmod talks with Aliyev": a
		// during-phrase hung on the verb's noun is the verb's: the time
		// of the act.
		if h < 0 || t.rel[k] != "nmod" {
			continue
		}
		if c := dependent(t, k, "case"); c >= 0 && toks[c].key == "during" && (t.tag[h] == "NN" || t.tag[h] == "NNS") &&
			(t.rel[h] == "obj" || relIs(t.rel[h], "obl")) && t.head[h] >= 0 && strings.HasPrefix(t.tag[t.head[h]], "VB") {
			t.head[k], t.rel[k] = t.head[h], "obl"
		}
	}
	for c := range n {
		// "visiting Cameroon, Nigeria/obl and Chad/conj-of-Cameroon": a
		// bare name between two conjuncts, after a comma, is one too.
		a := t.head[c]
		if a < 0 || a >= c || t.rel[c] != "conj" || t.tag[a] != "NNP" || t.tag[c] != "NNP" {
			continue
		}
		for k := a + 2; k < c; k++ {
			if h := t.head[k]; t.tag[k] == "NNP" && toks[k-1].key == "," && t.rel[k] != "conj" && (h < a || h > c) && !hasDependent(t, k, "case") && (toks[k+1].key == "," || toks[k+1].key == "and" || toks[k+1].key == "or") {
				t.head[k], t.rel[k] = a, "conj"
				t.head[k-1] = k
			}
		}
	}
	for by := 1; by+2 < n; by++ {
		// "An oligarch who was sanctioned by/mark the US/nsubj
		// visited/obl:agent Cohen": "by" opens no finite clause. Its noun
		// is the passive's agent, and the verb, with the relative
		// clause's noun for subject, heads the sentence.
		v := t.head[by]
		if toks[by].key != "by" || t.rel[by] != "mark" || v < 0 || t.tag[v] != "VBD" && t.tag[v] != "VBZ" && t.tag[v] != "VBP" {
			continue
		}
		s, p := dependent(t, v, "nsubj"), by-1
		if s < by || s > v || t.tag[p] != "VBN" || t.rel[p] != "acl:relcl" || t.head[p] < 0 {
			continue
		}
		r := t.head[p]
		if t.head[r] >= 0 && (t.head[r] != v || t.head[v] >= 0) {
			continue
		}
		t.head[s], t.rel[s] = p, "obl:agent"
		t.head[by], t.rel[by] = s, "case"
		t.raise(r, v, "nsubj")
		break
	}
	for k := 1; k < n; k++ {
		// "collusion between Trump's campaign and/cc-of-asked
		// Russia/conj-of-counsel has asked": "between" takes two, so the
		// noun after "and" is its first noun's conjunct.
		b := t.head[k]
		if toks[k].key != "between" || b < 0 || t.rel[k] != "case" || !strings.HasPrefix(t.tag[b], "NN") || hasDependent(t, b, "conj") {
			continue
		}
		if and := b + 1; and+1 < n && toks[and].key == "and" && strings.HasPrefix(t.tag[and+1], "NN") && t.rel[and+1] == "conj" && t.head[and+1] != b && !t.dominates(and+1, b) {
			t.head[and+1] = b
			t.head[and], t.rel[and] = and+1, "cc"
		}
	}
	for w := 2; w+1 < n; w++ {
		// "noted Reagan's invitation to Gorbachev to visit/advcl-of-noted
		// the United States": an infinitive right after an invitation's
		// phrase is what it invites to.
		v, m := t.head[w], w-1
		if v < 0 || t.tag[w] != "VB" || t.rel[w] != "advcl" && t.rel[w] != "xcomp" || toks[m].key != "to" || t.head[m] != w {
			continue
		}
		for h := m - 1; h > v; h-- {
			if t.head[h] == v && t.rel[h] == "obj" && inviteNouns[t.lemma[h]] && t.dominates(h, m-1) {
				t.head[w], t.rel[w] = h, "acl"
				break
			}
		}
	}
	for k := 1; k+1 < n; k++ {
		// A between-phrase the parser hung past an event noun belongs to
		// the noun: on its place ("a meeting in Singapore/nmod
		// between/nmod-of-Singapore Kim and Trump"), or on the verb with
		// only the noun's place and time between ("a summit in Ottawa
		// next month between/obl-of-laid Reagan and Mulroney").
		b := t.head[k]
		if toks[k].key != "between" || b < 0 || t.rel[k] != "case" || t.head[b] < 0 {
			continue
		}
		event := func(m int) bool {
			return strings.HasPrefix(t.tag[m], "NN") && len(x.lex.Lookup(t.lemma[m], schema.Noun)) > 0
		}
		switch p := t.head[b]; {
		case relIs(t.rel[b], "nmod"):
			if m := t.head[p]; m >= 0 && m < p && t.tag[p] == "NNP" && relIs(t.rel[p], "nmod") && event(m) {
				if c := dependent(t, p, "case"); c >= 0 && (toks[c].key == "in" || toks[c].key == "at") {
					t.head[b] = m
				}
			}
		case relIs(t.rel[b], "obl") && strings.HasPrefix(t.tag[p], "VB"):
			when := -1
			for m := k - 1; m > p; m-- {
				if t.head[m] != p {
					continue
				}
				if timeNouns[toks[m].key] || monthOrDay[toks[m].key] {
					when = m // "next month"
					continue
				}
				if event(m) {
					t.head[b], t.rel[b] = m, "nmod"
					if when >= 0 {
						t.head[when], t.rel[when] = m, "nmod:tmod" // the summit's time
					}
				}
				break
			}
		}
	}
	for i, h := range t.head {
		if h >= 0 && isPunct(t.tag[h]) && t.head[h] >= 0 {
			// Punctuation heads nothing: a word the parser hung on it
			// belongs to the punctuation's head, as its object when it is
			// the first noun after a verb that has none ("seized
			// most/JJS of Ukraine's bases": a word of quantity too).
			v := t.head[h]
			t.head[i], t.rel[i] = v, "dep"
			if i == v+1 && t.tag[i] == "VBG" && gerundTakers[t.lemma[v]] {
				t.rel[i] = "xcomp" // "denied funding groups": its complement
			}
			if (t.tag[i] == "VBG" || t.tag[i] == "VBN") && dependentKey(t, toks, i, "mark", "after", "before", "while", "since", "when", "upon") {
				t.rel[i] = "advcl" // "Zelensky said after signing an agreement": a clause of time
			}
			if strings.HasPrefix(t.tag[v], "VB") && (strings.HasPrefix(t.tag[i], "NN") || quantNouns[toks[i].key] && i+1 < n && toks[i+1].key == "of") && i > v && !hasDependent(t, v, "obj") {
				t.rel[i] = "obj"
			}
		}
	}
	for v := range n {
		// "North Korea has trained its army all winter long, Washington/
		// conj-of-army and Seoul must be afforded that same right",
		// "Russia attacked Ukraine, and the United States/conj-of-Ukraine
		// and Britain condemned the attack": names after a comma that end
		// right before a verb (or its auxiliaries) which has no subject of
		// its own are that verb's subject, not the first verb's objects.
		h := t.head[v]
		if t.rel[v] != "conj" || h < 0 || !strings.HasPrefix(t.tag[v], "VB") || !strings.HasPrefix(t.tag[h], "VB") || hasDependent(t, v, "nsubj") || hasDependent(t, v, "nsubj:pass") {
			continue
		}
		a := v // the first auxiliary, or the verb
		for q := v - 1; q > 0 && t.head[q] == v && (t.rel[q] == "aux" || t.rel[q] == "aux:pass"); q-- {
			a = q
		}
		j := a - 1
		if j < 1 || !strings.HasPrefix(t.tag[j], "NNP") {
			continue
		}
		k := j
		for t.head[k] >= 0 && t.rel[k] == "conj" && t.rel[t.head[k]] == "conj" {
			k = t.head[k]
		}
		o := t.head[k]
		if t.rel[k] != "conj" || o < 0 || t.rel[o] != "obj" || t.head[o] != h {
			continue
		}
		for q := o + 1; q < k; q++ {
			if t.head[q] == o && t.rel[q] == "conj" && slices.ContainsFunc(toks[o+1:q], func(w token) bool { return w.key == "," }) {
				k = q // the first name after the comma: "Washington and Seoul"
				break
			}
		}
		if !slices.ContainsFunc(toks[o+1:k], func(w token) bool { return w.key == "," }) {
			continue
		}
		for q := k + 1; q <= j; q++ {
			if t.head[q] == o && t.rel[q] == "conj" {
				t.head[q] = k // "and Seoul": the new subject's conjunct
			}
		}
		t.head[k], t.rel[k] = v, "nsubj"
		if hasDependent(t, v, "aux:pass") {
			t.rel[k] = "nsubj:pass"
		}
	}
	for v := range n {
		// "Democratic surrogates/root who support Obama and Clinton
		// met/xcomp-of-support at the White House": a past or present
		// tense is no complement; it is the verb the noun with the
		// relative clause is subject of.
		h := t.head[v]
		if t.rel[v] != "xcomp" || (t.tag[v] != "VBD" && t.tag[v] != "VBZ") || h < 0 || t.rel[h] != "acl:relcl" || hasDependent(t, v, "mark") || hasDependent(t, v, "nsubj") {
			continue
		}
		nn := t.head[h]
		if nn < 0 || !strings.HasPrefix(t.tag[nn], "NN") || nn > h {
			continue
		}
		r := t.head[nn] // the root, or a fronted phrase the parser took for it ("In another sign of cooperation, …")
		if r >= 0 && (t.rel[nn] != "dep" || t.head[r] >= 0 || !hasDependent(t, r, "case")) {
			continue
		}
		t.head[v], t.rel[v] = -1, "root"
		t.head[nn], t.rel[nn] = v, "nsubj"
		if r >= 0 {
			t.head[r], t.rel[r] = v, "obl"
		}
		for k := range n {
			if (t.head[k] == nn || r >= 0 && t.head[k] == r) && k > v && t.rel[k] == "punct" {
				t.head[k] = v // the full stop
			}
		}
	}
	for a := range n {
		// "threw the G7's efforts to show a united front into disarray
		// after/advcl-of-show taking aim at Trudeau": a clause of time
		// tells when the sentence's verb happened, not the infinitive
		// inside a noun phrase.
		j := t.head[a]
		if t.rel[a] != "advcl" || j < 0 || t.rel[j] != "acl" || t.tag[j] != "VB" || !hasDependent(t, j, "mark") || !dependentKey(t, toks, a, "mark", "after", "before", "while", "since") {
			continue
		}
		if nn := t.head[j]; nn >= 0 && t.head[nn] >= 0 && strings.HasPrefix(t.tag[t.head[nn]], "VB") && (t.rel[nn] == "obj" || strings.HasPrefix(t.rel[nn], "nsubj")) {
			t.head[a] = t.head[nn]
		}
	}
	for _, m := range ms {
		// "his strategy to destroy ISIS/nsubj might have assured
		// Americans": a name right after a to-infinitive with no object
		// is its object, not the next verb's subject; that subject is the
		// noun the parser left hanging on the verb before the infinitive.
		k, j := m.End-1, m.Start-1
		if j < 1 || !strings.HasPrefix(t.rel[k], "nsubj") || t.head[k] <= k || t.tag[j] != "VB" || !hasDependent(t, j, "mark") || hasDependent(t, j, "obj") || t.dominates(k, j) {
			continue
		}
		v := t.head[k]
		s := -1
		for q := 0; q < j; q++ {
			if t.head[q] == v && (t.rel[q] == "obl:npmod" || t.rel[q] == "dep") && strings.HasPrefix(t.tag[q], "NN") && t.dominates(q, j) {
				s = q
			}
		}
		if s >= 0 {
			t.head[k], t.rel[k] = j, "obj"
			t.rel[s] = "nsubj"
		}
	}
	for _, m := range ms {
		// "aimed at China and Russia, the biggest backers/obj of North
		// Korea": a verb takes no object after its oblique and a comma;
		// the relational noun there renames the oblique.
		h, k := m.End-1, t.relNounAfter(toks, m)
		f := h
		for t.rel[f] == "conj" && t.head[f] >= 0 {
			f = t.head[f]
		}
		if k >= 0 && (t.rel[k] == "obj" || relIs(t.rel[k], "obl") && !hasDependent(t, k, "case")) && t.head[k] == t.head[f] && relIs(t.rel[f], "obl") {
			t.head[k], t.rel[k] = f, "appos" // on the first conjunct, as of a coordinated subject
		}
	}
	for j := range n {
		// "Iranian officers, rather than the Syrian Army, conducted": what
		// "rather than" or "instead of" sets aside is no conjunct of the
		// subject (an object's is denied: see contrasted).
		if k := t.head[j]; k >= 0 && t.rel[j] == "cc" && (toks[j].key == "rather" || toks[j].key == "instead") && t.rel[k] == "conj" && t.head[k] >= 0 && strings.HasPrefix(t.rel[t.head[k]], "nsubj") {
			t.rel[k] = "dep"
		}
	}
	for _, m := range ms {
		// "meet with Putin in Hamburg, Germany/conj-of-Putin": the
		// country after a city and a comma is the city's.
		if h := m.End - 1; m.Place && m.Start >= 2 && toks[m.Start-1].key == "," && m.Start > d && t.rel[h] == "conj" && t.head[h] >= 0 && t.head[h] != m.Start-2 {
			t.head[h], t.rel[h] = m.Start-2, "appos"
		}
	}
	for g := 1; g < n; g++ {
		// "Obama will be in Paris, holding/dep meetings with Xi": a
		// participle after a comma, left unattached, is an adverbial
		// clause of the clause.
		if h := t.head[g]; h >= 0 && t.tag[g] == "VBG" && t.rel[g] == "dep" && toks[g-1].key == "," && t.head[h] < 0 {
			t.rel[g] = "advcl"
		}
	}
	if r := rootOf(t); r > 0 && !hasDependent(t, r, "nsubj") && !hasDependent(t, r, "csubj") {
		// "Moscow/obl:npmod and Pyongyang, which signed a treaty, are now
		// allies": a name opening the sentence, left as a bare adjunct of
		// a predicate with no subject, is the subject.
		for k := 0; k < r; k++ {
			if (t.rel[k] != "obl:npmod" && t.rel[k] != "obl:unmarked") || !strings.HasPrefix(t.tag[k], "NNP") || !(k == 0 || into[0] == k || toks[0].key == "the" && k <= 3) {
				continue
			}
			if v := t.head[k]; v != r {
				// "Moscow and Pyongyang, which/nsubj signed/advcl a treaty":
				// the relative clause is the name's.
				w := dependent(t, v, "nsubj")
				if v < 0 || t.head[v] != r || t.rel[v] != "advcl" || w < 0 || toks[w].key != "which" && toks[w].key != "who" {
					break
				}
				t.head[v], t.rel[v] = k, "acl:relcl"
			}
			t.head[k], t.rel[k] = r, "nsubj"
			break
		}
	}
	for k := range n {
		// "Trump/vocative, in a July 25 phone call, told Zelensky": news
		// addresses no one; a name so read is the subject of the verb
		// with none.
		if t.rel[k] != "vocative" || !strings.HasPrefix(t.tag[k], "NNP") {
			continue
		}
		v := t.head[k]
		for v >= 0 && !strings.HasPrefix(t.tag[v], "VB") {
			v = t.head[v]
		}
		if v > k && !hasDependent(t, v, "nsubj") && t.tag[v] != "VB" {
			t.head[k], t.rel[k] = v, "nsubj"
		}
	}
	for k := 1; k+1 < n; k++ {
		// "flouted the United States, for example/dep expelling/acl the
		// ambassador": what follows "for example" belongs to the clause.
		if g, v := k+1, t.head[k]; (toks[k].key == "example" || toks[k].key == "instance") && toks[k-1].key == "for" && v >= 0 && strings.HasPrefix(t.tag[v], "VB") && t.head[g] == k && t.tag[g] == "VBG" {
			t.head[g], t.rel[g] = v, "advcl"
		}
	}
	for k := 0; k+1 < n; k++ {
		// "accused of/dep withholding/dep aid": a preposition and the
		// gerund after it, both left dangling on a verb, are the gerund's
		// clause and its marker.
		if v := t.head[k]; v >= 0 && t.rel[k] == "dep" && t.tag[k] == "IN" && t.head[k+1] == v && t.rel[k+1] == "dep" && t.tag[k+1] == "VBG" && strings.HasPrefix(t.tag[v], "VB") {
			t.head[k], t.rel[k] = k+1, "mark"
			t.rel[k+1] = "advcl"
		}
	}
	for c := 1; c+1 < n; c++ {
		// "announcement of new tariffs on/nmod-of-announcement U.S.
		// goods", "tariffs on $75 billion in/obl-of-announced U.S.
		// goods": a phrase right after an event noun that takes its
		// preposition, or after a sum, is the noun's.
		w := toks[c].key
		if t.rel[c] != "case" || w != "on" && w != "against" && w != "in" && w != "of" {
			continue
		}
		k, j := t.head[c], c-1
		for q := 0; q < 3 && k > c && (t.rel[k] == "compound" || t.rel[k] == "flat") && t.head[k] > k; q++ {
			k = t.head[k] // "of/case-of-States United States product": the phrase is the product's
		}
		if k <= c || !relIs(t.rel[k], "obl") && !relIs(t.rel[k], "nmod") {
			continue
		}
		p := -1
		switch {
		case w == "in" && t.tag[j] == "CD" && t.head[j] >= 0 && t.head[j] < j && toks[t.head[j]].key == "$" && len(x.lex.Lookup(t.lemma[k], schema.Noun)) == 0: // (not "$3 billion in aid to Sudan")
			p = t.head[j] // "$75 billion in U.S. goods"
		case w == "of" && j > 0 && (toks[j].key == "dollars" || toks[j].key == "euros") && t.tag[j-1] == "CD" && t.rel[j] != "case":
			p = j // "tariffs on 75 billion dollars of/obl-of-put United States product"
		case w != "in" && (t.tag[j] == "NN" || t.tag[j] == "NNS") && slices.ContainsFunc(x.lex.Lookup(t.lemma[j], schema.Noun), func(e schema.LexiconEntry) bool { return slices.Contains(e.Preps, w) }):
			p = j
		}
		if p >= 0 && t.head[k] != p && !t.dominates(k, p) && !(t.rel[p] == "conj" && t.head[p] == t.head[k]) { // (not off "airstrikes and rocket attacks on", shared)
			t.head[k], t.rel[k] = p, "nmod"
			t.head[c] = k
		}
	}
	for _, m := range ms {
		// "a solution to tensions with Iran, which Washington accuses/
		// acl:relcl-of-solution of attacks": a relative clause right
		// after a name set off by a comma is the name's, when its pronoun
		// fits the name ("which" a state or body, "who" a person).
		w, e := m.End+1, m.End-1
		if w+1 >= n || toks[m.End].key != "," || len(m.Actors) != 1 || m.Place {
			continue
		}
		person := m.Actors[0].Kind == schema.Person
		if !(toks[w].key == "which" && !person || toks[w].key == "who" && person) {
			continue
		}
		if h := t.head[e]; h >= 0 && h < m.Start && (person || dependentKey(t, toks, e, "case", "of")) && relIs(t.rel[e], "nmod") {
			continue // "the son of Imad Moughniyah, who", "the capital of Iran, which": the noun's
		}
		v := t.head[w]
		if v <= w || !strings.HasSuffix(t.rel[v], "relcl") || t.head[v] < 0 || t.head[v] >= m.Start || t.dominates(v, e) {
			continue
		}
		t.head[v] = e
	}
	for _, m := range ms {
		// "representatives of the Assad government and the Syrian
		// opposition/conj-of-conference": a name after "and" right after
		// another name is that name's conjunct.
		k := m.End - 1
		a := m.Start - 1
		if a > 0 && toks[a].key == "the" {
			a--
		}
		if a < 1 || toks[a].key != "and" || t.rel[k] != "conj" || t.head[k] < 0 {
			continue
		}
		i := slices.IndexFunc(ms, func(o Mention) bool { return o.End == a })
		if i < 0 || len(ms[i].Actors) != 1 || ms[i].Place {
			continue
		}
		if e := ms[i].End - 1; t.head[k] < ms[i].Start && t.head[k] != e && !t.dominates(k, e) && t.head[e] != t.head[k] { // (not "Russia Iran and Turkey", both on the first)
			t.head[k] = e
			if t.head[a] != k {
				t.head[a] = k
			}
		}
	}
	for k := 0; k+2 < n; k++ {
		// "important for both Palestinians and Israelis to work/csubj
		// together": the noun of "for … to" is the infinitive's subject.
		if !relIs(t.rel[k], "nmod") && !relIs(t.rel[k], "obl") {
			continue
		}
		c := dependent(t, k, "case")
		if c < 0 || toks[c].key != "for" {
			continue
		}
		hi := k
		for hi+1 < n && t.dominates(k, hi+1) {
			hi++
		}
		named := slices.ContainsFunc(ms, func(m Mention) bool { return m.End-1 == k }) // (not "appealed for $861 million to help Iraq")
		if to := hi + 1; named && to+1 < n && toks[to].key == "to" && t.tag[to+1] == "VB" && t.head[to] == to+1 && !hasDependent(t, to+1, "nsubj") && !t.dominates(k, to+1) {
			t.head[k], t.rel[k] = to+1, "nsubj"
			t.head[c] = k
		}
	}
	for s := 1; s+1 < n; s++ {
		// "helped the Syrian army/nsubj-of-drive drive ISIS out": the one
		// helped is help's object, and the infinitive's doer.
		x := t.head[s]
		if t.rel[s] != "nsubj" || x <= s || t.rel[x] != "xcomp" || t.tag[x] != "VB" || t.head[x] < 0 || !helpForms[toks[t.head[x]].key] || t.head[x] > s || hasDependent(t, t.head[x], "obj") {
			continue
		}
		t.head[s], t.rel[s] = t.head[x], "obj"
	}
	for v := 2; v+1 < n; v++ {
		// "started a trade war and threatened/amod real war/conj against
		// Iran": a past verb after "and" that the parser made the
		// adjective of a coordinated object is the coordinated verb.
		w, cc := t.head[v], v-1
		if t.tag[v] != "VBD" || t.rel[v] != "amod" || w <= v || t.rel[w] != "conj" || t.head[cc] != w || t.rel[cc] != "cc" {
			continue
		}
		o := t.head[w]
		if o >= 0 && t.rel[o] == "acl:relcl" && strings.HasPrefix(t.tag[o], "VB") {
			o = t.head[o] // "started a trade war that is going/relcl nowhere and threatened/amod real war/conj"
		}
		if o < 0 || t.rel[o] != "obj" || t.head[o] < 0 || !strings.HasPrefix(t.tag[t.head[o]], "VB") {
			continue
		}
		t.head[v], t.rel[v] = t.head[o], "conj"
		t.head[w], t.rel[w] = v, "obj"
		t.head[cc] = v
	}
	for k := 2; k < n; k++ {
		// "announced retaliatory steel/obj and aluminum tariffs/conj on
		// the U.S.": an event noun after nouns coordinated as its
		// modifiers is the phrase's head.
		h := k - 1
		for h > 0 && t.head[h] == k && t.rel[h] == "compound" {
			h--
		}
		if h == k-1 || h < 1 || toks[h].key != "and" && toks[h].key != "or" || t.head[k] != h-1 {
			continue
		}
		f := t.head[k]
		if t.rel[k] != "conj" || f != h-1 || t.tag[f] != "NN" || !strings.HasPrefix(t.tag[k], "NN") || len(x.lex.Lookup(t.lemma[k], schema.Noun)) == 0 || len(x.lex.Lookup(t.lemma[f], schema.Noun)) > 0 {
			continue
		}
		for j, hh := range t.head {
			if hh == f && j < f {
				t.head[j] = k // the first conjunct's determiner and adjectives
			}
		}
		t.head[k], t.rel[k] = t.head[f], t.rel[f]
		t.head[f], t.rel[f] = k, "compound"
		t.head[h] = f
	}
	for _, m := range ms {
		// "Senior/nsubj Iranian official Ali Larijani/flat said": a
		// word before a name, made its head, is the name's modifier.
		k, e := m.Start-1, m.End-1
		if k < 0 || e >= n || t.head[e] != k || t.rel[e] != "flat" && t.rel[e] != "compound" || !rankOpeners[toks[k].key] || slices.ContainsFunc(ms, func(o Mention) bool { return o.Start <= k && k < o.End }) {
			continue
		}
		promote(t, e, k, "amod")
	}
	for k := 1; k < n; k++ {
		// "said after/case talks/obj with King Hussein": a noun with a
		// preposition is no object; "said after talks with Hussein/obl
		// that Syria was flexible": a phrase between a verb and the "that"
		// of its clause is the verb's.
		if t.rel[k] == "obj" {
			if c := dependent(t, k, "case"); c >= 0 && c < k && (toks[c].key == "after" || toks[c].key == "before" || toks[c].key == "during" || toks[c].key == "following") {
				t.rel[k] = "obl"
			}
		}
		h := t.head[k]
		if h < 0 || !relIs(t.rel[k], "obl") || t.rel[h] != "ccomp" || t.head[h] < 0 || t.head[h] > k {
			continue
		}
		if m := dependent(t, h, "mark"); m > k && toks[m].key == "that" {
			t.head[k] = t.head[h]
		}
	}
	for c := 2; c+2 < n; c++ {
		// "insisted that it was Ukraine, not Russia, that/nsubj
		// interfered/parataxis", "said it was Ukraine that meddled": a
		// cleft says that its named focus did it ("said that Ukraine
		// meddled").
		if !strings.HasPrefix(t.tag[c], "NNP") {
			continue
		}
		lo := c
		for lo > 0 && t.head[lo-1] == c && (t.rel[lo-1] == "flat" || t.rel[lo-1] == "compound" || t.rel[lo-1] == "det" || t.rel[lo-1] == "amod" || t.rel[lo-1] == "advmod") {
			lo-- // "it was North Korea that", "it was only the FBI who"
		}
		if lo < 2 || toks[lo-1].key != "was" && toks[lo-1].key != "is" && toks[lo-1].key != "were" {
			continue // the focus right after the copula
		}
		e := dependent(t, c, "nsubj")
		if e < 0 || toks[e].key != "it" || !hasDependent(t, c, "cop") {
			continue
		}
		for w := c + 1; w < n; w++ {
			v := t.head[w]
			if (toks[w].key == "that" || toks[w].key == "who") && t.rel[w] == "nsubj" && v > w && (t.head[v] == c && strings.HasSuffix(t.rel[v], "relcl") ||
				t.head[v] >= 0 && t.dominates(t.head[v], c) && (t.rel[v] == "parataxis" || t.rel[v] == "ccomp" || t.rel[v] == "conj" || t.rel[v] == "dep")) {
				t.head[v], t.rel[v] = t.head[c], t.rel[c]
				for k, h := range t.head {
					if h == c && (k < c || k > w) {
						t.head[k] = v // the clause's words; the focus keeps its own ("not Russia")
					}
				}
				t.head[c], t.rel[c] = v, "nsubj"
				t.head[w], t.rel[w] = v, "dep"
				t.head[e], t.rel[e] = v, "expl"
				if k := dependent(t, v, "cop"); k >= 0 {
					t.rel[k] = "dep"
				}
				break
			}
		}
	}
	for g := 0; g+1 < n; g++ {
		// "believe that getting Washington to attack Syria will send a
		// message": a gerund opening a clause, right before a modal verb
		// with no subject of its own, is that verb's subject (the parser
		// made the gerund the clause and the verb a conjunct).
		if t.tag[g] != "VBG" || g > 0 && toks[g-1].key != "that" || t.head[g] >= 0 && t.rel[g] != "ccomp" && t.rel[g] != "root" {
			continue
		}
		hi := g // (the kids lists are not built yet)
		for hi+1 < n && t.dominates(g, hi+1) {
			hi++
		}
		v := hi + 1
		for v < n && t.tag[v] == "MD" {
			v++
		}
		if v == hi+1 || v >= n || t.tag[v] != "VB" || t.head[v] == g || t.head[hi+1] != v || hasDependent(t, v, "nsubj") || t.dominates(v, g) {
			continue
		}
		t.head[v], t.rel[v] = t.head[g], t.rel[g]
		t.head[g], t.rel[g] = v, "csubj"
		if g > 0 && t.head[g-1] == g {
			t.head[g-1] = v
		}
	}
	for k := 0; k < n; k++ {
		// "locked in a cycle of/case tit-for-tat attacks/nmod": an event
		// noun after a noun that only counts it is the phrase's head.
		// The parser also hangs the counting noun on the event ("Russia's
		// wave/nmod of/case-of-wave strikes"): either way its possessor,
		// determiner and modifiers are the event's.
		if s := t.head[k]; s >= 0 && s < k && relIs(t.rel[k], "nmod") && seriesNouns[t.lemma[s]] && len(x.lex.Lookup(t.lemma[k], schema.Noun)) > 0 {
			if c := dependent(t, k, "case"); c >= 0 && toks[c].key == "of" {
				t.rehang(s, k, -1)
				t.head[k], t.rel[k] = t.head[s], t.rel[s]
				t.head[s], t.rel[s] = k, "dep"
				t.head[c] = s // the phrase's own preposition ("in") is the event's
			}
		} else if h := t.head[k]; h > k+1 && relIs(t.rel[k], "nmod") && seriesNouns[t.lemma[k]] && toks[k+1].key == "of" && t.head[k+1] == k && len(x.lex.Lookup(t.lemma[h], schema.Noun)) > 0 {
			t.rehang(k, h, k+1)
			for j := range k {
				if t.head[j] == k {
					t.head[j] = h
				}
			}
			t.rel[k] = "dep"
		}
	}
	for k := 0; k+1 < n; k++ {
		// "a crushing American sanctions program targeting its oil", "a
		// new sanctions package against Russia": an event noun before a
		// noun that only frames it is the phrase's head; the frame's
		// words are the event's.
		if h := k + 1; t.head[k] == h && t.rel[k] == "compound" && frameNouns[t.lemma[h]] && len(x.lex.Lookup(t.lemma[k], schema.Noun)) > 0 &&
			len(x.lex.Lookup(t.lemma[h], schema.Noun)) == 0 { // (a "bombing campaign against ISIS" is the campaign's)
			t.rehang(h, k, -1)
			t.head[k], t.rel[k] = t.head[h], t.rel[h]
			t.head[h], t.rel[h] = k, "dep"
		}
	}
	for i := 1; i < n; i++ {
		if toks[i].key == "what" && t.tag[i] == "WP" {
			whatNamed(t, toks, i)
		}
	}
	for k := 1; k < n; k++ {
		// "Kyiv and Moscow/obl:npmod each/nsubj blamed the other": a
		// floating "each" leaves the subject to the names before it.
		v := t.head[k]
		if toks[k].key != "each" || t.rel[k] != "nsubj" || v < 0 {
			continue
		}
		for s := k - 1; s >= 0; s-- {
			if t.head[s] == v && (t.rel[s] == "obl:npmod" || t.rel[s] == "dep" || t.rel[s] == "nsubj") && strings.HasPrefix(t.tag[s], "NN") {
				t.rel[s] = "nsubj"
				t.rel[k] = "advmod"
				break
			}
		}
	}
	for k := 2; k < n; k++ {
		// "ordered the French ambassador to leave/acl the country,
		// accusing/advcl-of-leave Paris of …", "demanded that Egypt
		// stop/ccomp interfering, accusing Cairo …": a participle set off
		// by a comma after an infinitive or a subjunctive is the finite
		// clause's, whose subject speaks.
		h := t.head[k]
		if t.tag[k] != "VBG" || t.rel[k] != "advcl" || toks[k-1].key != "," || h < 0 || t.tag[h] != "VB" || h > k ||
			!speechLemmas[t.lemma[k]] && !chargeLemmas[t.lemma[k]] && !describeLemmas[t.lemma[k]] { // (not "to send troops, bringing the total to 300")
			continue
		}
		v := t.head[h]
		for v >= 0 && t.tag[v] != "VBD" && t.tag[v] != "VBZ" && t.tag[v] != "VBP" {
			v = t.head[v]
		}
		if v >= 0 && dependent(t, v, "nsubj") >= 0 {
			t.head[k] = v
		}
	}
	for k := 1; k < n; k++ {
		// "repeated its allegation that/mark Iran attacked/conj-of-
		// repeated the tankers": a that-clause right after a noun of
		// saying, joined to nothing by "and", is the noun's content.
		if t.rel[k] != "conj" || toks[k-1].key == "and" || dependent(t, k, "cc") >= 0 {
			continue
		}
		if m := dependent(t, k, "mark"); m > 0 && toks[m].key == "that" && (claimNouns[t.lemma[m-1]] || contentNouns[t.lemma[m-1]]) && strings.HasPrefix(t.tag[m-1], "NN") && t.head[m-1] == t.head[k] {
			t.head[k], t.rel[k] = m-1, "acl"
		}
	}
	for k := range n {
		// "a U.S. warning that/mark North Korea's leadership would be
		// destroyed/acl:relcl": a clause "that" opens as a mark, with a
		// subject of its own, is the noun's content, no relative clause.
		if h := t.head[k]; t.rel[k] == "acl:relcl" && h >= 0 && (claimNouns[t.lemma[h]] || claimSums[t.lemma[h]] || assuranceNouns[t.lemma[h]] || contentNouns[t.lemma[h]]) {
			// (But "a probe that/mark Iran's envoy dismissed", with no
			// object of its own, is a relative clause.)
			whole := dependent(t, k, "nsubj:pass") >= 0 || dependent(t, k, "nsubj") >= 0 && (dependent(t, k, "obj") >= 0 || dependent(t, k, "cop") >= 0 || dependent(t, k, "ccomp") >= 0 || dependent(t, k, "xcomp") >= 0)
			if m := dependent(t, k, "mark"); m >= 0 && toks[m].key == "that" && whole {
				t.rel[k] = "acl"
			}
			// "the US allegation that/obl:unmarked Iran attacked": a
			// "that" the parser took for neither mark nor subject, before
			// the clause's own subject, is its mark too.
			if s := dependent(t, k, "nsubj"); s >= 0 && h+1 < s && toks[h+1].key == "that" && t.head[h+1] == k && t.rel[h+1] != "mark" && !strings.HasPrefix(t.rel[h+1], "nsubj") && t.rel[h+1] != "obj" {
				t.rel[h+1], t.rel[k] = "mark", "acl"
			}
		}
	}
	for i := 1; i+3 < n; i++ {
		// "cooperates with its partners, the United States/obj-of-the-verb
		// and Canada": the names after a relational plural and a comma
		// are the plural's apposition.
		if !pluralRelNouns[toks[i].key] || toks[i+1].key != "," && !dashes[toks[i+1].key] {
			continue // (or a dash: "America's allies -- Britain, France and Germany --")
		}
		j := i + 2
		for j+1 < n && dashes[toks[j].key] {
			j++ // "--" split in two
		}
		if toks[j].key == "the" {
			j++
		}
		m := mentionStarting(ms, j)
		if m < 0 {
			continue
		}
		name := ms[m].End - 1
		if h := t.head[name]; h != i && h >= 0 && h < i && (t.rel[name] == "obj" || t.rel[name] == "dep" || relIs(t.rel[name], "obl") || t.rel[name] == "appos") ||
			h == i && relIs(t.rel[name], "nmod") && dependent(t, name, "case") < 0 {
			t.head[name], t.rel[name] = i, "appos"
		}
	}
	for k := 3; k < n; k++ {
		// "Washington accused Moscow of …, a charge/obj Russia's envoy
		// dismissed/conj": a noun summing up the clause before, set off
		// by a comma, with a relative clause of its own.
		s := dependent(t, k, "nsubj")
		if t.rel[k] != "conj" || s < 3 {
			continue
		}
		o := -1 // the noun, however hung: obj, advmod, dep
		for j := 2; j < s; j++ {
			if t.head[j] == k && strings.HasPrefix(t.tag[j], "NN") && (summaryNouns[t.lemma[j]] || claimSums[t.lemma[j]]) && toks[j-2].key == "," && (toks[j-1].key == "a" || toks[j-1].key == "an") {
				o = j
			}
		}
		if o < 0 {
			continue
		}
		t.head[o], t.rel[o] = t.head[k], "appos"
		t.head[k], t.rel[k] = o, "acl:relcl"
		for j := range n {
			if t.head[j] == k && j < o {
				t.head[j] = o // the comma and the article
			}
		}
	}
	for o := 1; o+2 < n; o++ {
		// "rejected accusations by/obl-of-rejected Baghdad that Turkish
		// jets had bombed/ccomp-of-rejected a camp": the by-phrase and the
		// that-clause right after a claim noun are the claim's.
		v := t.head[o]
		if v < 0 || t.rel[o] != "obj" || !claimNouns[t.lemma[o]] || toks[o+1].key != "by" {
			continue
		}
		by := -1
		for k := o + 2; k < n && k <= o+8; k++ {
			if t.head[k] == v && relIs(t.rel[k], "obl") && t.caseBefore(k) == "by" && by < 0 {
				by = k
			}
			if m := dependent(t, k, "mark"); by >= 0 && t.head[k] == v && (t.rel[k] == "ccomp" || t.rel[k] == "advcl") && m > by && toks[m].key == "that" {
				t.head[by], t.rel[by] = o, "nmod"
				t.head[k], t.rel[k] = o, "acl"
				break
			}
		}
	}
	for v := 2; v < n; v++ {
		// "Turkey launched an offensive in Syria, and France/conj-of-Syria
		// and Germany condemned/conj the incursion": the names after ",
		// and" are the subject of the verb they precede, not conjuncts
		// of the phrase before the comma.
		if t.rel[v] != "conj" || (t.tag[v] != "VBD" && t.tag[v] != "VBZ" && t.tag[v] != "VBP") || dependent(t, v, "nsubj") >= 0 || dependent(t, v, "nsubj:pass") >= 0 {
			continue
		}
		c := v - 1
		for c > 0 && (strings.HasPrefix(t.tag[c], "NN") || t.tag[c] == "DT" || t.tag[c] == "JJ" || t.tag[c] == "POS" || toks[c].key == "and" && toks[c-1].key != ",") {
			c--
		}
		if c < 1 || c == v-1 || toks[c].key != "and" || toks[c-1].key != "," {
			continue
		}
		f := c + 1
		for f < v && t.head[f] > c && t.head[f] < v {
			f = t.head[f] // the head of the first name: "the French government"
		}
		if f < v && t.rel[f] == "conj" && t.head[f] >= 0 && t.head[f] < c && strings.HasPrefix(t.tag[f], "NN") {
			t.head[f], t.rel[f] = v, "nsubj"
			t.head[c], t.head[c-1] = v, v
		}
	}
	for v := range n {
		if strings.HasPrefix(t.tag[v], "VB") && (describeLemmas[t.lemma[v]] || dismissLemmas[t.lemma[v]]) {
			quotedName(t, toks, v)
		}
	}
	for k := range n {
		// "went from praising Putin to launching/advcl-of-praising a
		// strike": the gerund after "to" that closes "from … to" is the
		// main verb's, as the one after "from" is.
		if t.tag[k] != "VBG" || t.rel[k] != "advcl" && t.rel[k] != "xcomp" || k == 0 || toks[k-1].key != "to" || t.head[k] < 0 || t.head[k] > k {
			continue
		}
		for f := t.head[k]; f >= 0 && f < k; f = t.head[f] {
			if h := t.head[f]; t.tag[f] == "VBG" && t.rel[f] == "advcl" && f > 0 && toks[f-1].key == "from" && h >= 0 && strings.HasPrefix(t.tag[h], "VB") {
				t.head[k], t.rel[k] = h, "advcl" // (no "going to" of a plan)
				break
			}
		}
	}
	for v := range n {
		// "Malmstrom warned the move/obj by Trump would have/dep
		// consequences": a verb group after a say-verb's object, with a
		// modal or finite and with no subject, is the said clause, the
		// object its subject.
		h := t.head[v]
		if h < 0 || t.rel[v] != "dep" && t.rel[v] != "parataxis" || !speechLemmas[t.lemma[h]] && !warnLike[t.lemma[h]] || dependent(t, v, "nsubj") >= 0 || !strings.HasPrefix(t.tag[v], "VB") {
			continue
		}
		a := dependent(t, v, "aux")
		o := dependent(t, h, "obj")
		if a < 0 && finiteTag(t.tag[v]) {
			a = v // "said Israel's attempts/obj … risk/parataxis the solution"
		}
		if a < 0 || toks[a].tag != "MD" && a != v || o < h || o > a || dependent(t, h, "ccomp") >= 0 {
			continue
		}
		t.head[o], t.rel[o] = v, "nsubj"
		t.rel[v] = "ccomp"
	}
	for v := 2; v < n; v++ {
		// "said its forces/obj and those/conj of partner nations
		// conducted/acl strikes": a finite verb hung as a clause on the
		// speech verb's object is the claim, the object its subject.
		h := t.head[v]
		if t.rel[v] != "acl" || h < 0 || toks[v].tag != "VBD" && toks[v].tag != "VBZ" && toks[v].tag != "VBP" || dependent(t, v, "nsubj") >= 0 || dependent(t, v, "mark") >= 0 {
			continue
		}
		o, rehang := h, false
		if g := t.head[h]; t.rel[h] == "conj" && g >= 0 {
			o = g
			if og := dependent(t, g, "obj"); speechLemmas[t.lemma[g]] && og >= 0 && og < h {
				o, rehang = og, true // the conjunct hung on the verb: "said its forces/obj and those/conj-of-said"
			}
		}
		s := t.head[o]
		if t.rel[o] != "obj" || s < 0 || !speechLemmas[t.lemma[s]] || dependent(t, s, "ccomp") >= 0 || !strings.HasPrefix(toks[o].tag, "NN") ||
			slices.ContainsFunc(toks[o:v], func(w token) bool { return w.key == "that" || w.key == "which" || w.key == "who" || w.key == "," }) {
			continue
		}
		if rehang {
			t.head[h] = o
		}
		t.head[v], t.rel[v] = s, "ccomp"
		t.head[o], t.rel[o] = v, "nsubj"
	}
	for k := 3; k < n; k++ {
		// "tariffs on steel/nmod and aluminium imports/conj-of-tariffs":
		// a conjunct after a prepositional phrase of its head, with no
		// preposition of its own, is that phrase's.
		h := t.head[k]
		if t.rel[k] != "conj" || h < 0 || h > k || !strings.HasPrefix(toks[k].tag, "NN") || !strings.HasPrefix(toks[h].tag, "NN") || dependent(t, k, "case") >= 0 || dependent(t, k, "det") >= 0 {
			continue
		}
		for m := k - 1; m > h; m-- {
			if t.head[m] == h && relIs(t.rel[m], "nmod") && dependentKey(t, toks, m, "case", "on", "against") && strings.HasPrefix(toks[m].tag, "NN") {
				t.head[k] = m
				break
			}
		}
	}
	for v := 3; v < n; v++ {
		// "doubled down on his threat/obl to target/advcl-of-doubled
		// Iranian sites": an infinitive right after a noun that takes one
		// is the noun's.
		h, o := t.head[v], v-2
		if toks[v].tag != "VB" || t.rel[v] != "advcl" || h < 0 || toks[v-1].key != "to" || t.head[o] != h || !infinitiveNouns[t.lemma[o]] ||
			t.rel[o] != "obj" && !relIs(t.rel[o], "obl") || dependent(t, v, "nsubj") >= 0 {
			continue
		}
		t.head[v], t.rel[v] = o, "acl"
	}
	for v := 3; v < n; v++ {
		// "repeats its call/obj for the government/nmod of Iran to
		// provide/advcl-of-repeats …": the infinitive is what the call
		// asks, the one after "for" its subject.
		h := t.head[v]
		if toks[v].tag != "VB" || t.rel[v] != "advcl" || h < 0 || toks[v-1].key != "to" || dependent(t, v, "nsubj") >= 0 {
			continue
		}
		o := dependent(t, h, "obj")
		if o < 0 || o > v || !askNouns[t.lemma[o]] {
			continue
		}
		x := -1
		for k := o + 1; k < v; k++ {
			if t.head[k] == o && relIs(t.rel[k], "nmod") && dependentKey(t, toks, k, "case", "for") {
				x = k
			}
		}
		if x < 0 || !t.dominates(x, v-2) && v-2 != x {
			continue // the asked must end right before "to"
		}
		f := -1
		for k := o + 1; k < x; k++ {
			if t.head[k] == x && t.rel[k] == "case" && toks[k].key == "for" {
				f = k
			}
		}
		t.head[v], t.rel[v] = o, "acl"
		t.head[x], t.rel[x] = v, "nsubj"
		if f >= 0 {
			t.head[f], t.rel[f] = v, "mark"
		}
	}
	for k := 2; k+1 < n; k++ {
		// "the United Kingdom, which/det-of-week last week/nsubj
		// accused Russia": the relative pronoun is the subject, the time
		// noun when, and the clause the noun's before the comma.
		w, v := t.head[k], -1
		if w >= 0 {
			v = t.head[w]
		}
		if (toks[k].key != "which" && toks[k].key != "who") || t.rel[k] != "det" || w <= k || t.rel[w] != "nsubj" || v < 0 || !timeNouns[t.lemma[w]] ||
			toks[k-1].key != "," || !strings.HasPrefix(toks[k-2].tag, "NN") {
			continue
		}
		t.head[k], t.rel[k] = v, "nsubj"
		t.rel[w] = "obl:unmarked"
		if !t.dominates(v, k-2) {
			t.head[v], t.rel[v] = k-2, "acl:relcl"
		}
	}
	for k := 1; k+1 < n; k++ {
		// "was conducted by/dep the/dep U.S./obj and Israel": a passive's
		// agent the parser left in pieces is its obl:agent.
		h := t.head[k]
		if toks[k].key != "by" || t.rel[k] != "dep" || h < 0 || h > k || dependent(t, h, "aux:pass") < 0 {
			continue
		}
		o := k + 1
		for o < n && t.head[o] == h && t.rel[o] == "dep" && toks[o].tag == "DT" {
			o++
		}
		if o == n || t.head[o] != h || t.rel[o] != "obj" || !strings.HasPrefix(toks[o].tag, "NN") {
			continue
		}
		for d := k + 1; d < o; d++ {
			t.head[d], t.rel[d] = o, "det"
		}
		t.head[k], t.rel[k] = o, "case"
		t.rel[o] = "obl:agent"
	}
	for v := 1; v < n; v++ {
		// "Obama supports sending/ccomp weapons to Ukraine": a gerund
		// complement right after its verb, with no subject nor marker of
		// its own, is controlled by the verb's subject (the treebank's
		// xcomp; not "told a press briefing/VBG").
		if h := t.head[v]; t.rel[v] == "ccomp" && t.tag[v] == "VBG" && h >= 0 && (v == h+1 || v == h+2 && t.tag[h+1] == "RB") && strings.HasPrefix(t.tag[h], "VB") &&
			dependent(t, v, "nsubj") < 0 && dependent(t, v, "mark") < 0 && dependent(t, v, "aux") < 0 {
			t.rel[v] = "xcomp"
		}
	}
	for v := 1; v < n; v++ {
		h := t.head[v]
		if t.tag[v] != "VBG" || h < 0 {
			continue
		}
		// "can jumpstart this effort by urging/acl-of-effort Kenya": a
		// gerund under "by" is the means of the verb, not a kind of its
		// object.
		// (Not under a perfect: "may have done more damage by meeting
		// Putin" weighs what was done.)
		if g := t.head[h]; t.rel[v] == "acl" && dependent(t, v, "mark") >= 0 && toks[dependent(t, v, "mark")].key == "by" && t.rel[h] == "obj" && g >= 0 && strings.HasPrefix(t.tag[g], "VB") &&
			!perfect(t, g) {
			t.head[v], t.rel[v] = t.head[h], "advcl"
		}
		// "denying he had abandoned the Kurds and threatening/conj-of-
		// abandoned Erdogan": a gerund joined to a finite verb inside a
		// gerund's complement is that gerund's conjunct.
		if g := t.head[h]; t.rel[v] == "conj" && t.tag[h] != "VBG" && strings.HasPrefix(t.tag[h], "VB") && t.rel[h] == "ccomp" && g >= 0 && g < h && t.tag[g] == "VBG" &&
			dependent(t, v, "nsubj") < 0 && dependent(t, v, "aux") < 0 {
			t.head[v] = g
		}
		// "advocated bombing/xcomp Iran, attacking/advcl North Korea, and
		// carving/conj …": a gerund between two of a list is its
		// middle item, a conjunct of the first.
		if x := dependent(t, h, "xcomp"); t.rel[v] == "advcl" && x >= 0 && x < v && t.tag[x] == "VBG" && v > 0 && toks[v-1].key == "," && dependent(t, v, "mark") < 0 {
			for k := v + 1; k < n; k++ {
				if t.head[k] == v && t.rel[k] == "conj" && t.tag[k] == "VBG" && dependentKey(t, toks, k, "cc", "and", "or") {
					t.head[v], t.rel[v] = x, "conj"
					break
				}
			}
		}
		// "The U.S. armed the rebels, while Russia is Assad's backer,
		// providing/advcl-of-armed hardware to Damascus": a participle
		// after a contrasting clause is that clause's, its subject the
		// one just named.
		if t.rel[v] == "advcl" && v > 0 && toks[v-1].key == "," && h < v && strings.HasPrefix(t.tag[h], "VB") && dependent(t, v, "mark") < 0 {
			for w := v - 2; w > h; w-- {
				if t.head[w] != h || t.rel[w] != "advcl" {
					continue
				}
				if m := dependent(t, w, "mark"); m >= 0 && (toks[m].key == "while" || toks[m].key == "whereas") &&
					(dependent(t, w, "nsubj") >= 0 || dependent(t, w, "nsubj:pass") >= 0) {
					t.head[v] = w
				}
				break
			}
		}
	}
	for v := range n {
		// "The Council meanwhile 'strongly condemned/VBN the murder … by
		// an affiliate of ISIL,' it said": a passive with no auxiliary
		// and an object of its own is an active verb, its by-phrase the
		// object's.
		s, o, a := dependent(t, v, "nsubj:pass"), dependent(t, v, "obj"), dependent(t, v, "obl:agent")
		if t.tag[v] != "VBN" || s < 0 || o < 0 || s > v || o < v || dependent(t, v, "aux:pass") >= 0 || dependent(t, v, "aux") >= 0 {
			continue
		}
		t.tag[v], t.rel[s] = "VBD", "nsubj"
		if a > o {
			t.head[a], t.rel[a] = o, "nmod"
		}
	}
	fronted := -1 // the verb whose fronted phrase the noun before it was hung on
	if v := rootOf(t); v > 1 && (t.tag[v] == "VBD" || t.tag[v] == "VBZ" || t.tag[v] == "VBP") && dependent(t, v, "nsubj") < 0 && dependent(t, v, "nsubj:pass") < 0 && dependent(t, v, "expl") < 0 {
		fronted = v
	}
	if s := fronted - 1; fronted > 0 && strings.HasPrefix(t.tag[s], "NN") && (t.rel[s] == "nmod" || t.rel[s] == "appos") && t.head[s] < s && t.dominates(fronted, t.head[s]) {
		// "In a letter to Trump, Senate leader Chuck Schumer/nmod-of-letter
		// urged him": the noun phrase set off by a comma after a fronted
		// phrase, right before a finite verb with no subject, is its
		// subject.
		l := s
		for k := range s {
			if t.dominates(s, k) && t.rel[k] != "punct" {
				l = k
				break
			}
		}
		if l > 0 && toks[l-1].key == "," {
			t.head[s], t.rel[s] = fronted, "nsubj"
		}
	}
	frontedPair(t, toks, ms)
	frontedModifiers(t, toks)
	subjectBeforeAside(t, toks, ms)
	subjectBeforeParticiple(t, toks, ms)
	betweenAsPreposition(t, toks)
	loneIobj(t)
	frontedParticipleObject(t, toks)
	relationalApposition(t, toks)
	groupApposition(t, toks)
	thatClauseOnNoun(t, toks)
	saidInMedium(t, toks)
	spentTimeDoing(t)
	mannerIdiom(t, toks)
	hellOutOf(t, toks)
	possessiveGerund(t, toks)
	coordinatedPhrase(t)
	agentConjunct(t, ms)
	timeOnPerson(t, ms)
	phraseInQuote(t)
	comparedTo(t)
	infinitiveOfIntent(t)
	becomingAsCopula(t)
	captionSubject(t, toks, ms)
	whoOnName(t, toks, ms)
	perfectClitic(t, toks)
	subjectInConjunct(t, toks)
	onlyCourse(t, toks)
	subjectAfterSubordinator(t, toks)
	dealNameHead(t, toks)
	conditionOnComplement(t, toks)
	askedToAct(t, toks, ms)
	meansAsAgent(t)
	coordinatedInfinitive(t, toks)
	agentWithoutBy(t, toks)
	intoLawObject(t, toks)
	strayParticle(t, toks)
	ordinalSubject(t, toks)
	commentAfterClause(t, toks)
	frontedInterrupted(t, toks, ms)
	for v := 2; v < n; v++ {
		// "Officials said American and British officials/obj-of-said
		// met/ccomp Iranian diplomats": what is said has a subject; the
		// noun phrase right before its verb is it, not what was said.
		// So is the noun phrase right before a copula: "Britain said
		// Russia/obj was behind/ccomp the poisoning".
		h, edge := t.head[v], v
		if h < 0 {
			continue
		}
		if c := dependent(t, v, "cop"); c >= 0 && t.tag[v] != "VBD" && t.tag[v] != "VBZ" && t.tag[v] != "VBP" {
			edge = c
		}
		// A clause with no "that" after a verb of thinking or finding
		// may be read as the verb's object and a second verb with no
		// "and", or a finite "complement": "Obama assumed the next
		// administration/obj would punish/conj Russia", "the CIA
		// concluded the Saudi royal/obj ordered/xcomp the killing".
		asConj := (t.rel[v] == "conj" && dependent(t, v, "cc") < 0 || t.rel[v] == "xcomp" && (t.tag[v] == "VBD" || t.tag[v] == "VBZ")) && (thinkLemmas[t.lemma[h]] || findingLemmas[t.lemma[h]])
		if asConj {
			if a := dependent(t, v, "aux"); a >= 0 && a < edge {
				edge = a
			}
		}
		if !asConj && (t.rel[v] != "ccomp" || t.lemma[h] != "say") || edge == v && t.tag[v] != "VBD" && t.tag[v] != "VBZ" && t.tag[v] != "VBP" ||
			dependent(t, v, "nsubj") >= 0 || dependent(t, v, "nsubj:pass") >= 0 || dependent(t, v, "mark") >= 0 {
			continue
		}
		if o := dependent(t, h, "obj"); o > h && o < edge && strings.HasPrefix(t.tag[o], "NN") && lastOf(t, o) == edge-1 {
			t.head[o], t.rel[o] = v, "nsubj"
			t.rel[v] = "ccomp"
		}
	}
	breakCycles(t)
	for i, h := range t.head {
		if h >= 0 {
			t.kids[h] = append(t.kids[h], i)
		}
	}
	return t, nil
}

// pluralPossessive reports whether the apostrophe at i marks the
// possessive of an actor's name in -s ("the Philippines' biggest ally",
// "Abbas' remarks"), not a closing quote: it is joined to the name, a word
// follows, and no single quote opens before it. (A name no mention holds
// may be a name's own word: "the Workers' Party".)
func pluralPossessive(toks []token, ms []Mention, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i].text != "'" && toks[i].text != "’" || toks[i-1].end != toks[i].start || mentionEnding(ms, i) < 0 ||
		!strings.HasSuffix(toks[i-1].key, "s") || !isLetters(toks[i+1].text) {
		return false
	}
	for j := range i {
		if toks[j].text == "'" || toks[j].text == "‘" || toks[j].text == "’" {
			return false
		}
	}
	return true
}

// thinkLemmas take a clause of what their subject thinks will be.
var thinkLemmas = map[string]bool{
	"assume": true, "believe": true, "think": true, "expect": true, "fear": true, "hope": true, "predict": true,
	"suppose": true, "presume": true, "reckon": true, "guess": true, "figure": true, "know": true, "worry": true,
}

// frameNouns frame the event noun compounded with them: "sanctions
// program", "aid package".
var frameNouns = map[string]bool{"program": true, "programme": true, "regime": true, "package": true, "campaign": true}

// adjectiveVerbs are verbs' base forms that are adjectives too ("open
// talks", "free elections").
var adjectiveVerbs = map[string]bool{
	"open": true, "free": true, "clean": true, "clear": true, "close": true, "secure": true, "separate": true,
	"present": true, "complete": true, "correct": true, "direct": true, "wrong": true, "calm": true, "empty": true,
	"equal": true, "right": true, "slow": true, "warm": true, "dry": true, "full": true, "level": true, "total": true,
	"joint": true, "key": true, "top": true, "select": true, "moderate": true, "alternate": true, "intimate": true,
	"elaborate": true, "deliberate": true, "appropriate": true, "approximate": true, "legitimate": true,
}

// willingAdjectives say that their subject will or can act.
var willingAdjectives = map[string]bool{
	"willing": true, "unwilling": true, "ready": true, "prepared": true, "able": true, "unable": true,
	"eager": true, "determined": true, "reluctant": true, "keen": true, "poised": true, "set": true,
}

// objectOpeners open a noun phrase after an indirect object: "sent Kyiv
// new tanks".
var objectOpeners = map[string]bool{"new": true, "additional": true, "fresh": true, "further": true, "more": true, "extra": true}

// regionAdjectives place a region within a country: "northern Syria".
var regionAdjectives = map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"north-eastern": true, "north-western": true, "south-eastern": true, "south-western": true,
}

// bearings are the compass points a place is placed by: "east of the
// Euphrates".
var bearings = map[string]bool{
	"north": true, "south": true, "east": true, "west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
}

// modals are the words a modal tag is right for.
var modals = map[string]bool{"can": true, "could": true, "may": true, "might": true, "must": true, "shall": true, "should": true,
	"will": true, "would": true, "ought": true, "'ll": true, "wo": true, "ca": true, "'d": true, "need": true, "dare": true}

// ingAdjectives are -ing words that modify a noun after them as adjectives.
var ingAdjectives = map[string]bool{
	"devastating": true, "crippling": true, "sweeping": true, "punishing": true, "overwhelming": true, "unrelenting": true,
	"damaging": true, "stinging": true, "scathing": true, "withering": true, "blistering": true, "lasting": true,
	"searing": true, "biting": true, "damning": true, "unsparing": true, // not "mounting", "escalating", "growing": verbs as often
}

// rankOpeners open a titled name: "Senior Iranian official Ali Larijani".
var rankOpeners = map[string]bool{"senior": true, "top": true, "former": true, "veteran": true, "acting": true, "retired": true, "longtime": true}

// prepositionForms are prepositions that are verb forms too.
var prepositionForms = map[string]bool{
	"like": true, "including": true, "regarding": true, "following": true, "concerning": true, "considering": true,
	"given": true, "past": true, "near": true, "excluding": true, "pending": true, "barring": true, "save": true,
	"notwithstanding": true, "respecting": true, "touching": true, "versus": true, "opposite": true, "round": true,
}

// nounOnly are words the tagger takes for verbs that never are.
var nounOnly = map[string]bool{"stronghold": true, "strongholds": true, "treaty": true, "treaties": true, "ceasefire": true, "regime": true}

// phoneWords are the means of talking at a distance: "by phone".
var phoneWords = map[string]bool{"phone": true, "telephone": true, "videoconference": true, "video": true}

// memberCases introduce the members of a plural noun: "countries such as
// Iran".
var memberCases = map[string]bool{"including": true, "include": true, "such as": true, "among them": true}

// adverbParticles are particles the parser may take for adverbs: "hit
// back at".
var adverbParticles = map[string]bool{"back": true, "out": true, "off": true, "down": true, "up": true, "away": true}

// verbAfterSubject tags as a verb a trigger's third-person form the
// tagger read as a plural noun, right after an actor that opens the
// clause (or follows a verb of saying or a word opening a clause:
// "officials said Israel shares/NNS intelligence with Jordan") and
// before "by", "with", "behind", a determiner or a name, or a noun when
// no finite verb follows in the clause: "Cuba stands/NNS by Nicolas
// Maduro", "Iran backs/NNS Hamas", "Israel shares/NNS intelligence with
// Jordan", the verb of a pattern before its object (but "Russia
// shares/NNS fell"). A form that
// is also an event noun stays one ("US talks with Iran", "Russia
// sanctions on …").
func verbAfterSubject(toks []token, ms []Mention, verbForms, nounForms map[string]bool, patternVerbs map[string]map[string]bool) {
	for _, m := range ms {
		i := m.End
		if m.Start == 0 {
			i = pastAside(toks, i) // "Clinton, as secretary of state, greets/NNS Putin"
		}
		if i+1 >= len(toks) || m.Start > 0 && !isPunct(toks[m.Start-1].tag) && !clauseOpeners[toks[m.Start-1].key] && !speechForms[toks[m.Start-1].key] && !unicode.IsDigit([]rune(toks[m.Start-1].text)[0]) ||
			toks[i].tag != "NNS" && !(toks[i].tag == "NN" && strings.HasSuffix(toks[i].key, "s")) || nounForms[toks[i].key] {
			continue
		}
		next := toks[i+1]
		if !verbForms[toks[i].key] && !patternVerbs[next.key][toks[i].key] {
			continue
		}
		if next.key == "by" || next.key == "with" || next.key == "behind" || next.tag == "DT" || next.cap() && next.tag == "NNP" || strings.HasPrefix(next.tag, "NN") && !finiteInClause(toks, i+1) {
			toks[i].tag = "VBZ"
		}
	}
}

// pastAside returns the word after a short aside set off by commas at i
// that has no finite verb ("Clinton, as secretary of state, greets"), or i.
func pastAside(toks []token, i int) int {
	if i >= len(toks) || toks[i].key != "," || i+1 >= len(toks) || toks[i+1].tag != "IN" {
		return i
	}
	for k := i + 2; k < len(toks) && k <= i+9; k++ {
		if finiteTag(toks[k].tag) {
			return i
		}
		if toks[k].key == "," {
			return k + 1
		}
	}
	return i
}

// phrasalVerbs take a particle the tagger may read as a preposition.
var phrasalVerbs = map[string]bool{
	"rule out": true, "call off": true, "carry out": true, "shut down": true, "cut off": true,
	"step up": true, "ramp up": true, "scale back": true, "hold off": true, "turn down": true,
	"shoot down": true, "pull back": true, "roll back": true, "back up": true, "set up": true,
}

// speakerEnd returns the word after the colon of a headline that opens
// with the actor who speaks ("Pompeo: Iran attacked the tankers", "North
// Korea: US threats will be answered"), or 0.
func speakerEnd(toks []token, ms []Mention) int {
	if len(ms) == 0 || ms[0].Start != 0 || ms[0].Place || len(ms[0].Actors) == 0 {
		return 0
	}
	c := ms[0].End
	k := c + 1 // the claim's first word, after an opening quote: 'President Obama: "Kenya must …"'
	if k < len(toks) && (toks[k].text == `"` || toks[k].text == "“") {
		k++
	}
	if k+2 > len(toks) || toks[c].key != ":" || !toks[k].cap() {
		return 0
	}
	return c + 1
}

// relativeAt reports whether a relative clause headed by verb r opens at
// word w: "who", "which", or "whose" and its noun.
func relativeAt(t *tree, toks []token, w, r int) bool {
	switch toks[w].key {
	case "who", "which":
		return t.head[w] == r
	case "whose":
		return t.head[w] > w && t.head[w] < r && t.head[t.head[w]] == r
	}
	return false
}

// lowerHeadline lowers the case of the words of a headline outside its
// mentions and returns their texts as written, for restoreCase.
func lowerHeadline(toks []token, ms []Mention) []string {
	texts := make([]string, len(toks))
	for i := range toks {
		texts[i] = toks[i].text
		if !inMention(ms, i) {
			toks[i].text = strings.ToLower(toks[i].text)
		}
	}
	return texts
}

// restoreCase gives the words back their texts as written.
func restoreCase(toks []token, texts []string) {
	for i := range toks {
		toks[i].text = texts[i]
	}
}

// thingNoun reports whether word s is a common noun that names no actor
// and no person: "the attacks", not "officials" or "the ministry".
func thingNoun(t *tree, toks []token, ms []Mention, s int) bool {
	if t.tag[s] != "NN" && t.tag[s] != "NNS" {
		return false
	}
	for _, m := range ms {
		if s >= m.Start && s < m.End {
			return false
		}
	}
	l := t.lemma[s]
	return !personNouns[l] && !officeNouns[l] && !otherPersonNouns[l] && !govNouns[toks[s].key] && !groupNouns[toks[s].key] && !agentNouns[l]
}

// countNouns count what follows them: "a dozen targets".
var countNouns = map[string]bool{"dozen": true, "dozens": true, "score": true, "scores": true, "hundred": true, "hundreds": true, "couple": true}

// tellLemmas tell someone that something is so: the "that" clause after
// their object is their complement.
var tellLemmas = map[string]bool{
	"warn": true, "tell": true, "assure": true, "inform": true, "remind": true, "notify": true,
	"convince": true, "caution": true, "advise": true, "persuade": true,
}

// nameStart returns the first word of the name collapsed into word k (k itself
// when it stands alone).
func nameStart(into []int, k int) int {
	s := k
	for s > 0 && into[s-1] == k {
		s--
	}
	return s
}

// perfect reports whether the verb v has the auxiliary "have" (read from
// the heads, before the tree's children are listed).
func perfect(t *tree, v int) bool {
	for k, h := range t.head {
		if h == v && t.rel[k] == "aux" && t.lemma[k] == "have" {
			return true
		}
	}
	return false
}

// frontedPair mends "On Tuesday, Britain/conj and France are allies" and
// "In a move that surprised analysts, India/conj and Pakistan/nsubj
// agreed": after a fronted phrase and its comma, two names joined by
// "and" before the main predicate are its subject, the first no conjunct
// of the phrase's last noun.
func frontedPair(t *tree, toks []token, ms []Mention) {
	v := rootOf(t)
	if v < 0 || !frontedPrep(toks) {
		return // the sentence opens with no prepositional phrase
	}
	first := firstComma(toks)
	for _, m := range ms {
		x := m.End - 1
		if m.Start < 2 || m.Start-1 != first || m.Place || t.rel[x] != "conj" && t.rel[x] != "appos" || t.head[x] >= m.Start || t.head[x] < 0 || !t.dominates(v, t.head[x]) ||
			slices.ContainsFunc(ms, func(n Mention) bool { return !n.Place && n.Start <= t.head[x] && t.head[x] < n.End }) { // ("allies like Israel, Jordan and Egypt": a list of names; "talks in Helsinki, Trump and Putin": a place)
			continue
		}
		c := m.End // the "and", then the second name's words
		if c+1 >= len(toks) || toks[c].key != "and" {
			continue
		}
		y := -1
		for _, n := range ms {
			if n.Start == c+1 && !n.Place {
				y = n.End - 1
			}
		}
		if y < 0 || y >= v {
			continue
		}
		s := dependent(t, v, "nsubj")
		switch {
		case t.rel[y] == "nsubj" && t.head[y] == v,
			t.rel[y] == "conj" && (t.head[y] == t.head[x] || t.head[y] < m.Start && t.dominates(v, t.head[y])) && s < 0 && dependent(t, v, "nsubj:pass") < 0:
			// ("In a statement released on Monday, Poland/appos-of-Monday
			// and Lithuania/conj-of-released criticized": both hung in the
			// fronted phrase.)
		case t.rel[y] == "conj" && t.head[y] == x && s >= 0 && s < m.Start-1:
			t.rel[s] = "obl" // "In a move/nsubj that surprised analysts, …": the phrase is no subject
		default:
			return
		}
		t.head[x], t.rel[x] = v, "nsubj"
		t.head[y], t.rel[y] = x, "conj"
		t.head[c], t.rel[c] = y, "cc"
		return
	}
}

// frontedModifiers mends "On Tuesday, American/conj-of-Tuesday and
// Taliban/conj negotiators/nsubj met": after a fronted phrase and its
// comma, the adjectives and names right before the subject's noun are its
// modifiers, not conjuncts of the phrase's last noun.
func frontedModifiers(t *tree, toks []token) {
	v := rootOf(t)
	if v < 0 || !frontedPrep(toks) {
		return
	}
	first, s := firstComma(toks), dependent(t, v, "nsubj")
	if first < 0 || s < first+2 || s > v {
		return
	}
	for k := first + 1; k < s; k++ {
		if tag := t.tag[k]; tag != "JJ" && tag != "NNP" && tag != "NNPS" && toks[k].key != "and" {
			return // only modifiers between the comma and the noun
		}
	}
	for k := first + 1; k < s; k++ {
		if t.head[k] >= 0 && t.head[k] < first && t.rel[k] == "conj" {
			t.head[k], t.rel[k] = s, "compound"
			if t.tag[k] == "JJ" {
				t.rel[k] = "amod"
			}
		}
	}
}

// subjectBeforeAside mends "Modi/vocative, in talks/nsubj with Abe in
// Tokyo, discussed trade": a name that opens the sentence, then a
// prepositional phrase set off by commas, then a finite verb: the name is
// the verb's subject and the phrase its adjunct.
func subjectBeforeAside(t *tree, toks []token, ms []Mention) {
	if len(ms) == 0 || ms[0].Start != 0 || ms[0].Place {
		return
	}
	x, a := ms[0].End-1, ms[0].End // the name's head, its comma
	if a+2 >= len(toks) || toks[a].key != "," || t.tag[a+1] != "IN" {
		return
	}
	c, v, ok := verbAfterAside(t, toks, a)
	p := t.head[a+1] // the phrase's noun
	if !ok || p <= a+1 || p >= c || t.head[x] == v && t.rel[x] == "nsubj" {
		return
	}
	if t.head[p] != v || !relIs(t.rel[p], "nsubj") {
		return // the parser hung the phrase elsewhere: no sign it took it for the subject
	}
	t.head[x], t.rel[x] = v, "nsubj"
	t.head[p], t.rel[p] = v, "obl"
	t.head[a], t.rel[a] = p, "punct"
}

// subjectBeforeParticiple mends "Britain/root, France and Germany,
// meeting/parataxis in a closed-door briefing, condemned/parataxis North
// Korea's tests": when names open the sentence, alone or coordinated, and
// an aside in -ing set off by commas follows, the finite verb after the
// aside is the root and the names its subject; the aside hangs on the
// verb. Only when the parser made a name the root.
func subjectBeforeParticiple(t *tree, toks []token, ms []Mention) {
	if len(ms) == 0 || ms[0].Start != 0 || ms[0].Place {
		return
	}
	a, m := ms[0].End, 1 // the comma before the aside; the next mention
	for a < len(toks) && (toks[a].key == "," || toks[a].key == "and") && m < len(ms) && ms[m].Start == a+1 && !(toks[a].key == "," && t.tag[a+1] == "VBG") {
		a, m = ms[m].End, m+1 // "Britain, France and Germany,"
	}
	x := ms[0].End - 1 // the first name's head
	if a+2 >= len(toks) || toks[a].key != "," || t.tag[a+1] != "VBG" || t.head[x] != -1 {
		return
	}
	g := a + 1 // the participle
	c, v, ok := verbAfterAside(t, toks, a)
	if !ok || t.head[v] != x && t.head[v] != g {
		return
	}
	for k := range toks {
		switch {
		case k == v:
			t.head[k], t.rel[k] = -1, "root"
		case k == x:
			t.head[k], t.rel[k] = v, "nsubj"
		case k == g:
			t.head[k], t.rel[k] = v, "advcl"
		case k == a || k == c:
			t.head[k], t.rel[k] = g, "punct"
		case k > c && (t.head[k] == x || t.head[k] == g):
			t.head[k] = v // the rest of the sentence, the verb's
		case k > a && k < c && t.head[k] == x:
			t.head[k] = g // the aside's words, the participle's
		}
	}
}

// verbAfterAside returns, for an aside opened by the comma at a, the comma
// that closes it and the word after that, and whether that word is a
// finite verb (no modal): "Modi, in talks with Abe, discussed".
func verbAfterAside(t *tree, toks []token, a int) (c, v int, ok bool) {
	c = a + 2
	for c < len(toks) && toks[c].key != "," {
		c++
	}
	v = c + 1
	return c, v, v < len(toks) && finiteTag(t.tag[v]) && t.tag[v] != "MD"
}

// commentNouns sum up the clause before them: "…, a move that analysts
// said could escalate tensions".
var commentNouns = map[string]bool{"move": true, "step": true, "decision": true, "development": true, "gesture": true, "sign": true, "escalation": true}

// commentAfterClause mends "Iran provided the Houthis with missiles/obl,
// a move/conj that …": a noun set off by a comma at the clause's end
// with no conjunction, that sums the clause up, is no conjunct of the
// last noun; it hangs on the clause's verb.
func commentAfterClause(t *tree, toks []token) {
	for k := 2; k < len(toks); k++ {
		p := t.head[k]
		if t.rel[k] != "conj" || p < 0 || !commentNouns[t.lemma[k]] || dependent(t, k, "cc") >= 0 || dependent(t, k, "acl:relcl") < 0 {
			continue
		}
		if d := k - 1; toks[d].key != "a" && toks[d].key != "the" || toks[d-1].key != "," {
			continue
		}
		v := p
		for v >= 0 && !strings.HasPrefix(t.tag[v], "VB") {
			v = t.head[v]
		}
		if v >= 0 {
			t.head[k], t.rel[k] = v, "parataxis"
		}
	}
}

// frontedParticipleObject mends "After meeting/advcl Xi/obl:npmod-of-praised
// in Beijing, Trump praised …": the noun phrase between a fronted
// participle of time and its comma, hung on the main verb, is the
// participle's object.
func frontedParticipleObject(t *tree, toks []token) {
	for v := 1; v+1 < len(toks); v++ {
		if t.tag[v] != "VBG" || t.rel[v] != "advcl" || t.head[v] <= v || dependent(t, v, "obj") >= 0 ||
			!dependentKey(t, toks, v, "mark", timeMarks...) && !dependentKey(t, toks, v, "advmod", timeMarks...) {
			continue
		}
		c := v + 1
		for c < len(toks) && toks[c].key != "," {
			c++
		}
		if c == len(toks) || c > t.head[v] {
			continue
		}
		h := -1
		for k := v + 1; k < c; k++ {
			if t.head[k] < v || t.head[k] >= c {
				if h >= 0 {
					h = -2 // more than one phrase: leave it
					break
				}
				h = k
			}
		}
		if h >= 0 && t.head[h] == t.head[v] && strings.HasPrefix(t.tag[h], "NN") && dependent(t, h, "case") < 0 {
			t.head[h], t.rel[h] = v, "obj"
		}
	}
}

// relationalApposition mends "stand by its ally/obl South Korea/obl": a
// name right after a noun of relation ("its ally South Korea", "their
// neighbour Pakistan"), hung with no preposition on the noun's own head,
// is the noun's apposition.
func relationalApposition(t *tree, toks []token) {
	for k := 2; k < len(toks); k++ {
		if t.tag[k] != "NNP" || t.rel[k] == "flat" || t.rel[k] == "compound" || dependent(t, k, "case") >= 0 {
			continue
		}
		first := phraseStart(t, k)
		n := first - 1
		if n < 1 || !apposedRelNouns[toks[n].key] || t.head[k] != t.head[n] || t.head[n] < 0 || dependent(t, n, "nmod:poss") < 0 {
			continue
		}
		t.head[k], t.rel[k] = n, "appos"
	}
}

// groupApposition mends "fighters of the Iran-backed group/nmod, the
// Kataeb Hezbollah/obl": a name set off by a comma right after a group
// word, hung with no preposition on a word further up, is the group
// word's apposition.
func groupApposition(t *tree, toks []token) {
	for k := 3; k < len(toks); k++ {
		if t.tag[k] != "NNP" || t.rel[k] != "obl" && t.rel[k] != "dep" || dependent(t, k, "case") >= 0 {
			continue
		}
		first := phraseStart(t, k, "det")
		n := first - 2
		if n < 1 || toks[first-1].key != "," || !groupNouns[toks[n].key] || t.head[n] < 0 || t.head[k] == n || !t.dominates(t.head[k], n) {
			continue
		}
		t.head[k], t.rel[k] = n, "appos"
	}
}

// thatClauseOnNoun mends "followed U.S. airstrikes on Sunday that
// killed/advcl:relcl (or ccomp) 25 fighters": a clause whose subject or
// object is "that" is a relative clause, a noun's: the noun right before
// it, or the one a day's name after it dates ("airstrikes on Sunday").
// (A complement's "that" is its mark: "said that they killed", "told
// Bild that/obj Britain must consider", whatever the parser called it.)
func thatClauseOnNoun(t *tree, toks []token) {
	for k := 2; k < len(toks); k++ {
		if t.rel[k] != "advcl:relcl" && t.rel[k] != "ccomp" {
			continue
		}
		p := k - 1
		for p > 0 && t.head[p] == k && toks[p].key != "that" {
			p--
		}
		if toks[p].key != "that" || t.head[p] != k || p < 1 || !strings.HasPrefix(t.rel[p], "nsubj") && (t.rel[p] != "obj" || t.rel[k] == "ccomp") {
			continue
		}
		n := p - 1
		if monthOrDay[toks[n].key] && t.head[n] >= 0 && strings.HasPrefix(t.tag[t.head[n]], "NN") {
			n = t.head[n]
		}
		if strings.HasPrefix(t.tag[n], "NN") && !t.dominates(k, n) {
			t.head[k], t.rel[k] = n, "acl:relcl"
		}
	}
}

// saidInMedium mends "said in a tweet/obl that he had spoken/acl-of-tweet
// with Erdogan": a that-clause with its own subject after the medium a
// speech verb names is what was said, the verb's complement (a relative
// clause's "that" is its subject or object, not its mark).
func saidInMedium(t *tree, toks []token) {
	for k, n := range t.head {
		if n < 0 || t.rel[k] != "acl" || !mediumNouns[t.lemma[n]] || !dependentKey(t, toks, k, "mark", "that") || dependent(t, k, "nsubj") < 0 && dependent(t, k, "nsubj:pass") < 0 {
			continue
		}
		if v := t.head[n]; v >= 0 && v < n && relIs(t.rel[n], "obl") && speechLemmas[t.lemma[v]] && dependentKey(t, toks, n, "case", "in") {
			t.head[k], t.rel[k] = v, "ccomp"
		}
	}
}

// mannerIdiom mends "spoke at length/obl with Museveni/nmod-of-length":
// a phrase after an idiom of manner ("at length", "in detail", "in
// private") belongs to the verb the idiom modifies, not to its noun.
func mannerIdiom(t *tree, toks []token) {
	for k, n := range t.head {
		if n < 0 || k < n || t.rel[k] != "nmod" || t.rel[n] != "obl" || t.head[n] < 0 || !mannerNouns[t.lemma[n]] ||
			dependent(t, n, "det") >= 0 || !dependentKey(t, toks, n, "case", "at", "in") {
			continue
		}
		t.head[k], t.rel[k] = t.head[n], "obl"
	}
}

// hellOutOf mends "bomb the hell/obj out of ISIS": in the intensifying
// idiom the one after "out of" is the verb's object.
func hellOutOf(t *tree, toks []token) {
	for k, v := range t.head {
		if v < 0 || t.rel[k] != "obj" || toks[k].key != "hell" && toks[k].key != "daylights" && toks[k].key != "crap" {
			continue
		}
		for n, h := range t.head {
			if n > k && (h == k || h == v) && (relIs(t.rel[n], "nmod") || relIs(t.rel[n], "obl")) && dependentKey(t, toks, n, "case", "out") && dependentKey(t, toks, n, "case", "of") {
				t.head[n], t.rel[n] = v, "obj"
				t.head[k], t.rel[k] = v, "dep"
				break
			}
		}
	}
}

// possessiveGerund mends "Trump/nsubj-of-drew 's urging/csubj Russia to
// hack the emails drew criticism": the possessor before a gerund is the
// gerund's subject, not the main verb's.
func possessiveGerund(t *tree, toks []token) {
	for k, v := range t.head {
		g := k + 2
		if v < 0 || g >= len(toks) || !strings.HasPrefix(t.rel[k], "nsubj") || toks[k+1].key != "'s" || t.head[k+1] != k || t.tag[g] != "VBG" || t.head[g] != v {
			continue
		}
		t.head[k], t.rel[k] = g, "nsubj"
	}
}

// coordinatedPhrase mends "met with Davutoglu/obl and with Qatari
// officials/obl": a phrase after "and" or "or" with the same preposition
// as the verb's phrase before it is that phrase's conjunct, so whatever
// reads the first reads the second.
func coordinatedPhrase(t *tree) {
	for k, v := range t.head {
		if v < 0 || t.rel[k] != "obl" {
			continue
		}
		p, c := -1, -1 // the phrase's preposition and conjunction
		for j := k - 1; j > v && t.head[j] == k; j-- {
			switch t.rel[j] {
			case "case":
				p = j
			case "cc":
				c = j
			}
		}
		if p < 0 || c < 0 || c > p {
			continue
		}
		for j := c - 1; j > v; j-- {
			if t.head[j] == v && t.rel[j] == "obl" {
				if t.caseBefore(j) == t.lemma[p] {
					t.head[k], t.rel[k] = j, "conj"
				}
				break
			}
		}
	}
}

// agentConjunct mends "the memorandum, signed by the UK's prime minister,
// John Major/obl:agent, and Russian President Boris Yeltsin/conj-of-
// memorandum": an actor after "and" that the parser joined to the noun a
// participle modifies, past that participle's agent of the same kind, is
// the agent's conjunct; a document and a president sign nothing together.
func agentConjunct(t *tree, ms []Mention) {
	kind := func(k int) schema.Kind {
		for _, m := range ms {
			if m.End-1 == k {
				return m.Actors[0].Kind
			}
		}
		return ""
	}
	for k, h := range t.head {
		if h < 0 || h > k || t.rel[k] != "conj" || !strings.HasPrefix(t.tag[h], "NN") || kind(h) != "" || kind(k) == "" || dependent(t, k, "cc") < 0 {
			continue
		}
		for p := h + 1; p < k; p++ {
			if a := dependent(t, p, "obl:agent"); t.head[p] == h && t.rel[p] == "acl" && t.tag[p] == "VBN" && a > p && a < k && kind(a) == kind(k) {
				t.head[k] = a
				break
			}
		}
	}
}

// timeOnPerson mends "was briefed by an aide/obl:agent of Pompeo's just
// before his meeting/nmod-of-aide with Putin": a phrase of time hangs on
// the verb whose argument the person is, not on the person; so "his" is
// read in the verb's clause.
func timeOnPerson(t *tree, ms []Mention) {
	for k, h := range t.head {
		if h < 0 || !relIs(t.rel[k], "nmod") || !timePreps[t.caseBefore(k)] || !strings.HasPrefix(t.tag[h], "NN") {
			continue
		}
		if l := t.lemma[h]; !personNouns[l] && !otherPersonNouns[l] && !staffTitles[l] && !slices.ContainsFunc(ms, func(m Mention) bool { return m.End-1 == h && m.Actors[0].Kind == schema.Person }) {
			continue
		}
		v := h
		for v >= 0 && !strings.HasPrefix(t.tag[v], "VB") && (relIs(t.rel[v], "nmod") || relIs(t.rel[v], "obl") || t.rel[v] == "obj" || relIs(t.rel[v], "nsubj")) {
			v = t.head[v]
		}
		if v < 0 || !strings.HasPrefix(t.tag[v], "VB") {
			continue
		}
		t.head[k], t.rel[k] = v, "obl"
		b := k - 1 // the time preposition
		for t.head[b] != k || t.rel[b] != "case" {
			b--
		}
		for p := b - 1; p > h; p-- {
			if t.head[p] == k && t.rel[p] == "nmod:poss" {
				// "of Pompeo's/nmod:poss-of-meeting": the person's own
				// phrase, which the parser hung on the noun of time.
				t.head[p], t.rel[p] = h, "nmod"
				for j := h + 1; j < p; j++ {
					if t.head[j] == k && t.rel[j] == "case" {
						t.head[j] = p
					}
				}
				break
			}
		}
	}
}

// phraseInQuote mends `Kirby said, "At the request/obl-of-said of the
// Iraqi government, the U.S. military used/ccomp …"`: a phrase opened
// inside a quotation that the parser hung on the verb of saying outside it
// belongs to the quoted clause after it.
func phraseInQuote(t *tree) {
	for k, v := range t.head {
		if v < 0 || v > k || !relIs(t.rel[k], "obl") && t.rel[k] != "advcl" {
			continue
		}
		if !slices.Contains(t.tag[v+1:k], "``") {
			continue
		}
		open, hi := -1, k // the quote opened last; the phrase's last word
		for j := k + 1; j < len(t.head); j++ {
			if t.dominates(k, j) {
				hi = j
			}
		}
		for j := v + 1; j <= hi+1 && j < len(t.head); j++ {
			switch {
			case t.tag[j] == "``" && j < k:
				open = j
			case t.tag[j] == "''":
				open = -1 // closed, or a phrase's own scare quotes: ask for a “favor”
			}
		}
		if open < 0 {
			continue
		}
		for j := k + 1; j < len(t.head); j++ {
			if t.head[j] == v && t.rel[j] == "ccomp" {
				t.head[k] = j
				break
			}
		}
	}
}

// compareLemmas set their object beside what "to" names.
var compareLemmas = map[string]bool{"compare": true, "liken": true, "equate": true}

// comparedTo mends "compared Trump's threats to/nmod-of-threats the
// Islamic State": the "to" phrase after a verb of comparing's object is
// the verb's, what the object is likened to, not the object's target.
func comparedTo(t *tree) {
	for k, o := range t.head {
		if o < 0 || !relIs(t.rel[k], "nmod") || t.caseBefore(k) != "to" || t.rel[o] != "obj" {
			continue
		}
		if v := t.head[o]; v >= 0 && compareLemmas[t.lemma[v]] && !hasDependent(t, v, "obl") {
			t.head[k], t.rel[k] = v, "obl"
		}
	}
}

// infinitiveOfIntent mends "renewing a threat/obj to raise/xcomp-of-
// renewing tariffs": an infinitive right after a verb's object that is a
// threat, a plan or a call (hypoNouns, futureNouns) is the noun's, what
// is threatened (renewing raises nothing).
func infinitiveOfIntent(t *tree) {
	for x, v := range t.head {
		if v < 0 || t.rel[x] != "xcomp" {
			continue
		}
		to := -1 // the infinitive's "to"
		for m := x - 1; m > v && to < 0; m-- {
			if t.head[m] == x && t.rel[m] == "mark" && t.lemma[m] == "to" {
				to = m
			}
		}
		// Not where the object does the act ("wants UN resolutions to be
		// enforced"), nor for leave sought, read on the verb ("sought
		// approval to use force").
		_, control := objectControl[t.lemma[v]]
		if o := dependent(t, v, "obj"); to > 0 && !control && o >= 0 && o < x && (hypoNouns[t.lemma[o]] || futureNouns[t.lemma[o]]) && !leaveNouns[t.lemma[o]] && lastOf(t, o) == to-1 {
			t.head[x], t.rel[x] = o, "acl"
		}
	}
}

// mannerNouns make idioms of manner after "at" or "in".
var mannerNouns = map[string]bool{"length": true, "detail": true, "depth": true, "private": true, "person": true, "secret": true, "public": true}

// spentTimeDoing mends "Kerry has spent/root countless hours working/acl
// with Netanyahu": the participle after the time one spends is what the
// spender did then, the verb's complement (and its subject the spender's),
// not a modifier of the hours.
func spentTimeDoing(t *tree) {
	for k, n := range t.head {
		if n < 0 || t.rel[k] != "acl" || t.tag[k] != "VBG" || !timeSpanNouns[t.lemma[n]] && !calendarNouns[t.lemma[n]] || t.rel[n] != "obj" {
			continue
		}
		if v := t.head[n]; v >= 0 && t.lemma[v] == "spend" {
			t.head[k], t.rel[k] = v, "xcomp"
		}
	}
}

// captionSubject mends a run-on caption's "Photos: Obama visits/root Cuba
// Kerry/obl, right, speaks/conj with Diaz-Canel": a name with its side set
// off after it ("Kerry, right,") is the subject of the verb that follows,
// when that verb has none.
func captionSubject(t *tree, toks []token, ms []Mention) {
	for _, m := range ms {
		i := m.End
		if i+3 >= len(toks) || !captionSide(toks, i+1) {
			continue
		}
		v, n := i+3, m.End-1
		if !strings.HasPrefix(t.tag[v], "VB") || dependent(t, v, "nsubj") >= 0 || t.head[n] == v || t.head[v] == n {
			continue
		}
		if strings.HasPrefix(t.tag[n], "NN") && t.rel[n] != "nsubj" {
			t.head[n], t.rel[n] = v, "nsubj" // (a conjunct verb keeps its place, now with a subject of its own)
		}
	}
}

// becomingAsCopula mends "Russia has become/root a key backer/obj of
// Assad", "remains the main ally of Syria": a noun after become, remain
// or stay is what the subject is, as after a copula, so it heads the
// clause with the verb for its copula, as "is a key backer" would.
func becomingAsCopula(t *tree) {
	for v, l := range t.lemma {
		if l != "become" && l != "remain" && l != "stay" || !strings.HasPrefix(t.tag[v], "VB") || dependent(t, v, "cop") >= 0 {
			continue
		}
		o := -1
		for k, h := range t.head {
			if h == v && (t.rel[k] == "obj" || t.rel[k] == "xcomp") && (t.tag[k] == "NN" || t.tag[k] == "NNS") {
				o = k
				break
			}
		}
		if o > v && dependent(t, v, "nsubj") >= 0 && dependent(t, o, "cop") < 0 && t.lemma[o] != "part" { // ("should remain part of the accord": staying in)
			promote(t, o, v, "cop")
		}
	}
}

// timeSpanNouns are spans of time one may spend doing something, besides
// the calendarNouns.
var timeSpanNouns = map[string]bool{"hour": true, "minute": true, "time": true, "decade": true, "afternoon": true}

// whoOnName mends "a deep animus toward Hillary Clinton, whom he
// accuses/acl:relcl-of-animus": a relative clause "who" or "whom" opens
// is a person's, the name right before its comma that the parser hung
// below a common noun, in a phrase of that noun's own, not that noun.
// (Not "fighters Samir Qantar and Jihad Moughniyah, the son of Imad
// Moughniyah, who were killed": the names beside the noun are its.)
func whoOnName(t *tree, toks []token, ms []Mention) {
	for k, h := range t.head {
		if h < 0 || t.rel[k] != "acl:relcl" || t.tag[h] != "NN" && t.tag[h] != "NNS" || personNouns[t.lemma[h]] || kinNouns[t.lemma[h]] || titleWords[toks[h].key] {
			continue // ("the son of Imad Moughniyah, who": a person either way)
		}
		w := -1
		for j := h + 1; j < k; j++ {
			if t.head[j] == k && (toks[j].key == "who" || toks[j].key == "whom") {
				w = j
				break
			}
		}
		if w < 2 || toks[w-1].key != "," {
			continue
		}
		name := w - 2
		if a := t.head[name]; t.rel[name] == "appos" && a >= 0 && a < name && (personNouns[t.lemma[name]] || titleWords[toks[name].key]) {
			name = a // "Ed Jones, Obama's former aide, who": the name the title is set beside
		}
		if t.tag[name] != "NNP" || !t.dominates(h, name) || name == h ||
			!slices.ContainsFunc(ms, func(m Mention) bool { return m.Start <= name && name < m.End && m.Actors[0].Kind == schema.Person }) {
			continue
		}
		top := name // the noun's dependent the name is in
		for t.head[top] != h {
			top = t.head[top]
		}
		if !relIs(t.rel[top], "nmod") {
			continue
		}
		p := name
		for t.head[p] > p && t.head[p] < w && t.tag[t.head[p]] == "NNP" {
			p = t.head[p] // the name's head ("Hillary/flat Clinton")
		}
		t.head[k] = p
	}
}

// subjectInConjunct mends "would meet Moon and Putin/conj-of-Moon
// admitted/conj": a name after "and" right before a finite verb that has
// no subject of its own, hung as a conjunct in the clause before, is that
// verb's subject.
func subjectInConjunct(t *tree, toks []token) {
	for v := 2; v < len(toks); v++ {
		x, h := v-1, t.head[v]
		if t.rel[v] != "conj" || h < 0 || h > x || t.tag[v] != "VBD" && t.tag[v] != "VBZ" || t.tag[x] != "NNP" || t.rel[x] != "conj" || t.head[x] < h || dependent(t, v, "nsubj") >= 0 {
			continue
		}
		cc := dependent(t, x, "cc")
		if cc < 0 || toks[cc].key != "and" || !t.dominates(h, x) || t.rel[t.head[x]] == "obl:agent" {
			continue // (not "a truce brokered by Egypt and Qatar collapsed": the agents of a participle)
		}
		t.head[x], t.rel[x] = v, "nsubj"
		t.head[cc] = v
	}
}

// onlyCourse mends "has no choice but to/mark impose/advcl-of-said":
// the act after "no choice but to" is what the one with no choice is
// bound to do, coordinated with its "have".
func onlyCourse(t *tree, toks []token) {
	for n := 1; n+3 < len(toks); n++ {
		v, h := n+3, t.head[n]
		if toks[n+1].key != "but" || toks[n+2].key != "to" || toks[n].key != "choice" && toks[n].key != "option" && toks[n].key != "alternative" ||
			h < 0 || t.lemma[h] != "have" || t.rel[n] != "obj" || t.tag[v] != "VB" || t.head[v] == h {
			continue
		}
		t.head[v], t.rel[v] = h, "conj"
		t.head[n+1], t.rel[n+1] = v, "cc"
		t.head[n+2], t.rel[n+2] = v, "mark"
	}
}

// subjectAfterSubordinator mends "before Putin/obl-of-grow and Obama are
// to meet/advcl": a clause's subject that the parser took for the object
// of "before", "after" or "until", right before the clause's verb and its
// auxiliaries, is that verb's subject, and the word its marker.
func subjectAfterSubordinator(t *tree, toks []token) {
	for v := 2; v < len(toks); v++ {
		h := t.head[v]
		if h < 0 || t.rel[v] != "advcl" || dependent(t, v, "nsubj") >= 0 {
			continue
		}
		first, finite := v, false // the first of the verb's auxiliaries, copula and marker right before it; one is a verb
		for first > 0 && t.head[first-1] == v && (t.rel[first-1] == "cop" || t.rel[first-1] == "aux" || t.rel[first-1] == "mark") {
			first--
			finite = finite || t.rel[first] != "mark"
		}
		for n := 0; finite && n < first; n++ {
			if t.head[n] != h || !relIs(t.rel[n], "obl") || !t.dominates(n, first-1) {
				continue
			}
			c := dependent(t, n, "case")
			if c < 0 || toks[c].key != "before" && toks[c].key != "after" && toks[c].key != "until" {
				continue
			}
			t.head[n], t.rel[n] = v, "nsubj"
			t.head[c], t.rel[c] = v, "mark"
			break
		}
	}
}

// perfectClitic mends "she's/aux:pass ordered Lavrov to …": a "'s"
// before a participle that has an object is "has", the subject the
// participle's doer.
func perfectClitic(t *tree, toks []token) {
	for k, h := range t.head {
		if h != k+1 || toks[k].key != "'s" || t.rel[k] != "aux:pass" || dependent(t, h, "obj") <= h {
			continue
		}
		t.rel[k], t.lemma[k] = "aux", "have"
		if s := dependent(t, h, "nsubj:pass"); s >= 0 {
			t.rel[s] = "nsubj"
		}
	}
}

// dealNameHead mends "the Camp David/nsubj:pass Accords/flat between
// Israel and Egypt": the deal a name ends with heads it, and takes the
// name's dependents.
func dealNameHead(t *tree, toks []token) {
	for k, h := range t.head {
		if h < 0 || h > k || t.rel[k] != "flat" || !coActObjects[t.lemma[k]] || !toks[k].cap() || k+1 < len(toks) && t.head[k+1] == h && t.rel[k+1] == "flat" {
			continue
		}
		promote(t, k, h, "compound")
	}
}

// promote makes d, a dependent of h, the head of h's phrase: d takes h's
// place and its other dependents, and h hangs on d as rel.
func promote(t *tree, d, h int, rel string) {
	for j, p := range t.head {
		if p == h && j != d {
			t.head[j] = d
		}
	}
	t.head[d], t.rel[d] = t.head[h], t.rel[h]
	t.head[h], t.rel[h] = d, rel
}

// conditionOnComplement mends "the EU said/root it would retaliate/ccomp
// if the United States imposed/dep tariffs": a condition after what a
// speaker says will or would happen is that happening's, not the
// saying's.
func conditionOnComplement(t *tree, toks []token) {
	for k, v := range t.head {
		if v < 0 || t.rel[k] != "dep" && t.rel[k] != "parataxis" && t.rel[k] != "advcl" || !dependentKey(t, toks, k, "mark", "if", "unless") || !speechLemmas[t.lemma[v]] {
			continue
		}
		if c := dependent(t, v, "ccomp"); c >= 0 && c < k && dependentKey(t, toks, c, "aux", "will", "would", "could", "'ll", "might") {
			t.head[k], t.rel[k] = c, "advcl"
		}
	}
}

// mediumNouns carry what someone says: "said in a statement that".
var mediumNouns = map[string]bool{
	"tweet": true, "statement": true, "interview": true, "letter": true, "post": true, "speech": true, "message": true,
	"email": true, "memo": true, "op-ed": true, "editorial": true, "article": true, "column": true, "briefing": true,
	"conference": true, "address": true, "report": true, "filing": true, "testimony": true, "communique": true, "note": true,
}

// coordinatedInfinitive mends "vowed/root to tear/xcomp up trade deals,
// confront/conj-of-vowed China and improve relations": a base-form verb
// with no subject or auxiliary of its own, conjoined to a verb after that
// verb's to-infinitive, is the infinitive's conjunct: vowed too. Only
// when the verb has no object, so the infinitive is its subject's.
func coordinatedInfinitive(t *tree, toks []token) {
	for k, v := range t.head {
		if v < 0 || t.rel[k] != "conj" || t.tag[k] != "VB" && t.tag[k] != "VBP" || dependent(t, k, "nsubj") >= 0 || dependent(t, k, "aux") >= 0 || dependent(t, k, "mark") >= 0 {
			continue
		}
		x := dependent(t, v, "xcomp")
		if x < 0 || x > k || !dependentKey(t, toks, x, "mark", "to") || t.tag[x] != "VB" || dependent(t, v, "obj") >= 0 || dependent(t, v, "iobj") >= 0 {
			continue // (not "called Erdogan to express condolences and offer support": whose the acts are is unclear)
		}
		t.head[k] = x
	}
}

// meansAsAgent mends "Putin and Erdogan/nsubj:pass talked/VBN by
// phone/obl:agent": a means of talking at a distance (phoneWords) after
// "by" is no agent, and a participle with no passive auxiliary whose
// "agent" is one is an active verb in the past.
func meansAsAgent(t *tree) {
	for k, v := range t.head {
		if v < 0 || t.rel[k] != "obl:agent" || !phoneWords[t.lemma[k]] || t.tag[v] != "VBN" || dependent(t, v, "aux:pass") >= 0 {
			continue
		}
		t.rel[k], t.tag[v] = "obl", "VBD"
		if s := dependent(t, v, "nsubj:pass"); s >= 0 {
			t.rel[s] = "nsubj"
		}
	}
}

// askedToAct mends "asked the Syrian opposition/obj to engage/acl in
// talks": an actor asked, urged, pressed or ordered is asked to do what the
// infinitive after it says; the infinitive is the verb's, not a clause on
// the actor's noun.
func askedToAct(t *tree, toks []token, ms []Mention) {
	for k := 2; k < len(toks); k++ {
		n := t.head[k]
		if t.rel[k] != "acl" || n < 0 || !dependentKey(t, toks, k, "mark", "to") || t.rel[n] != "obj" || t.head[n] < 0 || !urgeLemmas[t.lemma[t.head[n]]] && !commandLemmas[t.lemma[t.head[n]]] ||
			!slices.ContainsFunc(ms, func(m Mention) bool { return m.Start <= n && n < m.End }) {
			continue
		}
		t.head[k], t.rel[k] = t.head[n], "xcomp"
	}
}

// commandLemmas, like urgeLemmas, take an actor and what it is to do,
// though they may get it done: "ordered Iran to", "persuaded Iran to".
var commandLemmas = map[string]bool{
	"persuade": true, "implore": true, "beg": true, "invite": true, "call": true, "force": true, "compel": true, "order": true, "tell": true,
}

// phraseStart returns where the name headed by k begins in the tree: the
// flat and compound words right before it that hang on it, and those of
// the relations also.
func phraseStart(t *tree, k int, also ...string) int {
	first := k
	for first > 0 && t.head[first-1] == k && (t.rel[first-1] == "flat" || t.rel[first-1] == "compound" || slices.Contains(also, t.rel[first-1])) {
		first--
	}
	return first
}

// agentWithoutBy mends "Ukrainian forces/root shot/acl down two Russian
// helicopters/obl:agent": an agent with no "by" is the object of an
// active verb, and a participle right after the root noun that opens the
// sentence is the sentence's verb, the noun its subject.
func agentWithoutBy(t *tree, toks []token) {
	for k, v := range t.head {
		if v < 0 || t.rel[k] != "obl:agent" || k < v || dependent(t, k, "case") >= 0 || t.tag[v] != "VBN" || dependent(t, v, "aux:pass") >= 0 ||
			slices.ContainsFunc(toks[v:k], func(w token) bool { return w.key == "by" }) {
			continue // (not "backed by ally Russia", the "by" on another word)
		}
		t.tag[v], t.rel[k] = "VBD", "obj"
		n := t.head[v]
		if n < 0 || t.rel[v] != "acl" || t.head[n] >= 0 || n > v {
			continue
		}
		// The noun was the root: the verb is.
		t.head[v], t.rel[v] = -1, "root"
		t.head[n], t.rel[n] = v, "nsubj"
		for q, h := range t.head {
			if h == n && q > v {
				t.head[q] = v // the full stop, phrases after the verb
			}
		}
	}
}

// intoLawObject mends "signed into/case law/compound new
// sanctions/obl": a verb's "into law" comes before its object when the
// object is long, so "law" takes the "into" and the noun phrase after it
// is the object ("signed into law new sanctions against Russia").
func intoLawObject(t *tree, toks []token) {
	for k := 2; k+1 < len(toks); k++ {
		if toks[k].key != "law" || toks[k-1].key != "into" {
			continue
		}
		n := t.head[k]
		if n <= k || t.head[k-1] != n || !relIs(t.rel[n], "obl") || t.head[n] < 0 || t.head[n] >= k-1 || !strings.HasPrefix(t.tag[t.head[n]], "VB") {
			continue
		}
		t.head[k], t.rel[k] = t.head[n], "obl"
		t.head[k-1] = k
		t.rel[n] = "obj"
	}
}

// strayParticle mends "held up/advmod $250/obj million": a particle
// right after a verb, hung on the object that follows it, is the verb's
// ("held up", "cut off", "called off"); not "up to": that is an amount.
func strayParticle(t *tree, toks []token) {
	for k := 1; k+1 < len(toks); k++ {
		if v := k - 1; particles[toks[k].key] && t.rel[k] == "advmod" && t.head[k] > k && strings.HasPrefix(t.tag[v], "VB") && t.head[t.head[k]] == v && toks[k+1].key != "to" {
			t.head[k], t.rel[k] = v, "compound:prt"
		}
	}
}

// ordinalSubject mends "The last US official/nsubj to meet/root a North
// Korean leader was Albright/obl": an infinitive taken for the root,
// its subject "the first/last/only …" and a predicate after a copula
// later on make a sentence whose predicate is that later word, the
// infinitive a clause on its subject.
func ordinalSubject(t *tree, toks []token) {
	v := rootOf(t)
	if v < 0 || !strings.HasPrefix(t.tag[v], "VB") || !dependentKey(t, toks, v, "mark", "to") {
		return
	}
	s := dependent(t, v, "nsubj")
	if s < 0 || !dependentKey(t, toks, s, "amod", "first", "second", "third", "last", "only", "latest") {
		return
	}
	for k, h := range t.head {
		if h == v && k > v && dependent(t, k, "cop") >= 0 {
			t.head[k], t.rel[k] = -1, "root"
			t.head[s], t.head[v], t.rel[v] = k, s, "acl"
			for q, h := range t.head {
				if h == v && q > k {
					t.head[q] = k // the full stop
				}
			}
			return
		}
	}
}

// particles complete a phrasal verb: "held up", "called off".
var particles = map[string]bool{"up": true, "off": true, "back": true}

// apposedRelNouns name another by relation before that other's name:
// "its ally South Korea".
var apposedRelNouns = map[string]bool{
	"ally": true, "allies": true, "partner": true, "partners": true, "neighbour": true, "neighbor": true,
	"rival": true, "foe": true, "enemy": true, "adversary": true, "backer": true, "patron": true, "protege": true,
}

// timeMarks open a participle of time: "after meeting", "before
// visiting", "while touring".
var timeMarks = []string{"after", "before", "since", "while", "upon", "when"}

// loneIobj mends "On Tuesday, Iran provided the Houthis/iobj with
// missiles": an indirect object needs a direct one; alone, or before a
// to-infinitive ("called Macron/iobj to express/xcomp his condolences"),
// it is the object.
func loneIobj(t *tree) {
	for k, h := range t.head {
		if h < 0 || t.rel[k] != "iobj" {
			continue
		}
		if (monthOrDay[strings.ToLower(t.lemma[k])] || calendarNouns[t.lemma[k]]) && dependent(t, k, "flat") < 0 {
			t.rel[k] = "obl:tmod" // "broken off by London last October/iobj": a time, no one given anything
			continue
		}
		if dependent(t, h, "obj") >= 0 || dependent(t, h, "ccomp") >= 0 {
			continue
		}
		if x := dependent(t, h, "xcomp"); x >= 0 {
			if m := dependent(t, x, "mark"); m < 0 || t.lemma[m] != "to" {
				continue
			}
		}
		t.rel[k] = "obj"
	}
}

// betweenAsPreposition mends "Talks/nsubj:pass between/mark the U.S./nsubj
// and North Korea had broken down": "between" opens no clause; it is the
// preposition of the noun after it, whose phrase modifies the noun
// before, and that noun takes the role the parser gave the one after.
func betweenAsPreposition(t *tree, toks []token) {
	for b := 1; b+1 < len(toks); b++ {
		if toks[b].key != "between" || t.rel[b] != "mark" {
			continue
		}
		p, x := b-1, b+1
		if toks[x].key == "the" && x+1 < len(toks) {
			x++
		}
		if !strings.HasPrefix(t.tag[p], "NN") || !strings.HasPrefix(t.tag[x], "NN") || t.head[p] != t.head[x] || t.head[x] < 0 {
			continue
		}
		if x > b+1 && t.head[b+1] != x {
			t.head[b+1], t.rel[b+1] = x, "det"
		}
		if t.rel[x] == "nsubj" || t.rel[x] == "nsubj:pass" {
			t.rel[p] = t.rel[x]
		}
		t.head[x], t.rel[x] = p, "nmod"
		t.head[b], t.rel[b] = x, "case"
	}
}

// frontedPreps open a sentence with a phrase of time, place or
// circumstance ("On Tuesday, …", "In a letter to Trump, …"), not a clause
// ("Whether …", "As …").
var frontedPreps = map[string]bool{
	"on": true, "in": true, "at": true, "after": true, "before": true, "during": true, "following": true,
	"since": true, "with": true, "without": true, "despite": true, "amid": true, "over": true, "under": true,
	"by": true, "from": true, "through": true, "within": true, "upon": true, "across": true, "unlike": true, "like": true,
}

// frontedPrep reports whether the sentence opens with a prepositional
// phrase.
func frontedPrep(toks []token) bool {
	return len(toks) > 0 && frontedPreps[toks[0].key]
}

// firstComma returns the index of the sentence's first comma, or -1.
func firstComma(toks []token) int {
	for i, tk := range toks {
		if tk.key == "," {
			return i
		}
	}
	return -1
}

// frontedInterrupted mends "On Tuesday, Hezbollah/conj-of-Tuesday, an
// Iranian-backed militia, attacked/acl Israeli troops" and "On Tuesday,
// Israel, which has struck targets in Syria, warned/amod Tehran/root":
// after a fronted prepositional phrase, a name set off by commas and
// followed by a finite verb with no subject is that verb's subject, the
// phrase between the commas the name's, and the verb the sentence's root.
func frontedInterrupted(t *tree, toks []token, ms []Mention) {
	n := len(toks)
	if !frontedPrep(toks) {
		return
	}
	first := firstComma(toks)
	for _, m := range ms {
		x := m.End - 1
		if m.Start < 2 || m.Start-1 != first || m.Place || m.End+2 >= n || toks[m.End].key != "," ||
			t.rel[x] != "conj" && t.rel[x] != "appos" || t.head[x] < 0 || t.head[x] >= m.Start {
			continue
		}
		// The comma that closes the interruption, and the verb after it.
		j := -1
		for k := m.End + 2; k+1 < n; k++ {
			if toks[k].key == "," && finiteTag(toks[k+1].tag) {
				j = k + 1
				break
			}
		}
		if j < 0 {
			return
		}
		p := j
		if h := t.head[j]; h > j && (t.rel[j] == "aux" || t.rel[j] == "aux:pass" || t.rel[j] == "cop") {
			p = h // "is/aux fighting": the predicate
		}
		if dependent(t, p, "nsubj") >= 0 || dependent(t, p, "nsubj:pass") >= 0 || dependent(t, p, "expl") >= 0 {
			return
		}
		r := rootOf(t)
		if r != p {
			t.head[p], t.rel[p] = -1, "root"
			if r >= 0 {
				switch {
				case r < m.Start:
					t.head[r], t.rel[r] = p, "obl"
				case r > p && dependent(t, p, "obj") < 0 && strings.HasPrefix(t.tag[r], "NN"):
					t.head[r], t.rel[r] = p, "obj"
				default:
					t.head[r], t.rel[r] = p, "dep"
				}
			}
		}
		t.head[x], t.rel[x] = p, "nsubj"
		// The interruption's top words hang on the name.
		for k := m.End; k < j; k++ {
			if h := t.head[k]; h < m.End || h >= j {
				switch {
				case toks[k].key == ",":
					t.head[k], t.rel[k] = x, "punct"
				case strings.HasPrefix(t.tag[k], "VB"):
					t.head[k], t.rel[k] = x, "acl:relcl"
				default:
					t.head[k], t.rel[k] = x, "appos"
				}
			}
		}
		return
	}
}

// breakCycles hangs on the root any word whose chain of heads loops, so
// that a repair gone wrong costs a reading, never the run.
func breakCycles(t *tree) {
	r := rootOf(t)
	for i := range t.head {
		seen := 0
		for k := i; k >= 0; k = t.head[k] {
			if seen++; seen > len(t.head) {
				if i == r {
					t.head[i], t.rel[i] = -1, "root"
				} else {
					t.head[i], t.rel[i] = r, "dep"
				}
				break
			}
		}
	}
}

// subjectAfterAnd returns the subject of verb v among the words from
// from to v, and the "and" before it that v also governs ("… and the
// United States/nsubj conduct/conj"), or -1, -1.
func subjectAfterAnd(t *tree, toks []token, from, v int) (s, cc int) {
	s, cc = -1, -1
	for k := from; k < v; k++ {
		if t.head[k] == v && t.rel[k] == "nsubj" {
			s = k
		}
		if t.head[k] == v && t.rel[k] == "cc" && toks[k].key == "and" {
			cc = k
		}
	}
	if s < 0 || cc < 0 || cc > s {
		return -1, -1
	}
	return s, cc
}

// joinSubjects makes first and second, joined by the "and" at cc, the
// subjects of verb v.
func (t *tree) joinSubjects(v, first, second, cc int) {
	t.head[first], t.rel[first] = v, "nsubj"
	t.head[second], t.rel[second] = first, "conj"
	t.head[cc] = second
}

// hasBetween reports whether noun s has a between-phrase of its own.
func hasBetween(t *tree, s int) bool {
	for k, h := range t.head {
		if h == s && relIs(t.rel[k], "nmod") && t.caseBefore(k) == "between" {
			return true
		}
	}
	return false
}

// eventQuantifiers take an "of" phrase whose noun they count: "some of
// the heaviest strikes".
var eventQuantifiers = map[string]bool{
	"some": true, "one": true, "many": true, "most": true, "several": true, "series": true, "wave": true, "round": true, "barrage": true, "spate": true,
	"rounds": true, "hours": true, "hour": true, "minutes": true, "days": true, "weeks": true, "months": true, // "held four hours of talks"
}

// bareInfinitiveVerbs take an object and a bare infinitive: "watched
// Russia annex Crimea".
var bareInfinitiveVerbs = map[string]bool{
	"watch": true, "watched": true, "watching": true, "see": true, "saw": true, "seen": true, "seeing": true,
	"let": true, "letting": true, "help": true, "helped": true, "helping": true, "make": true, "made": true,
}

// nounPreps head phrases that qualify a noun and never open a clause.
var nounPreps = map[string]bool{"with": true, "between": true, "against": true, "on": true, "of": true, "by": true, "to": true}

// pluralRelNouns are plural relational nouns that are also verbs.
var pluralRelNouns = map[string]bool{"allies": true, "backers": true, "partners": true, "rivals": true, "foes": true, "neighbours": true, "neighbors": true}

// summing reports whether lemma l sums up a clause before it.
func summing(l string) bool { return summaryNouns[l] || claimSums[l] }

// summingVerbs reject, condemn or welcome what a summing-up noun sums up:
// "…, a claim Washington rejected" (see the tree repair in
// Extractor.parse and actorsDepth's summaryNouns and claimSums).
var summingVerbs = map[string]bool{
	"reject": true, "dismiss": true, "deny": true, "condemn": true, "denounce": true, "welcome": true,
	"criticize": true, "criticise": true, "slam": true, "praise": true, "call": true, "brand": true,
}

// describerNouns describe the name that follows them: "the militant group
// Hamas", "the Lebanese movement Hezbollah".
var describerNouns = map[string]bool{
	"group": true, "militia": true, "movement": true, "organization": true, "organisation": true,
	"network": true, "faction": true, "alliance": true,
	// "attack its neighbor Ukraine": the other state, named.
	"neighbor": true, "neighbour": true, "rival": true, "archrival": true, "foe": true, "enemy": true,
	"adversary": true, "nemesis": true,
}

// mandateLemmas take a that-clause whose verb is a bare base form:
// "demanded that Syria hand over".
var mandateLemmas = map[string]bool{
	"demand": true, "insist": true, "urge": true, "ask": true, "request": true, "require": true,
	"propose": true, "recommend": true, "suggest": true, "order": true,
}

// adverbWords are adverbs that do not end in -ly and may follow a subject.
var adverbWords = map[string]bool{
	"not": true, "also": true, "still": true, "then": true, "now": true, "never": true, "already": true,
	"just": true, "only": true, "even": true, "again": true, "soon": true, "too": true, "instead": true,
	"ever": true, "once": true, "alone": true, "together": true, "first": true,
}

// subordinators open an adverbial clause, and are prepositions too.
var subordinators = map[string]bool{"as": true, "while": true, "after": true, "before": true, "since": true, "until": true}

// infinitiveNouns take an infinitive that says what they are of: "a
// threat to strike", "plans to visit".
var infinitiveNouns = map[string]bool{
	"threat": true, "plan": true, "promise": true, "pledge": true, "vow": true, "decision": true, "bid": true,
	"offer": true, "proposal": true, "refusal": true, "readiness": true, "willingness": true, "intention": true,
}

// askNouns are requests that name who is asked after "for": "a call for
// Iran to release him".
var askNouns = map[string]bool{"call": true, "appeal": true, "demand": true, "request": true, "plea": true}

// timeNouns measure or place in time what a verb says.
var timeNouns = map[string]bool{
	"hours": true, "minutes": true, "days": true, "weeks": true, "months": true, "years": true, "hour": true,
	"time": true, "morning": true, "afternoon": true, "evening": true, "night": true, "week": true, "weekend": true,
	"day": true, "month": true, "year": true,
}

// calendarNouns place in time what a verb says: "next month", "last year".
var calendarNouns = map[string]bool{
	"month": true, "year": true, "week": true, "day": true, "weekend": true, "summer": true, "spring": true,
	"fall": true, "autumn": true, "winter": true, "morning": true, "evening": true, "night": true,
}

// relNounAfter returns the relational noun that heads a noun phrase set
// off by a comma and an article right after m ("Russia, the biggest
// backer of", "Iran, a close ally"), or -1.
func (t *tree) relNounAfter(toks []token, m Mention) int {
	n, k := len(toks), m.End+1
	if len(m.Actors) != 1 || k+1 >= n || toks[m.End].key != "," || (toks[k].key != "a" && toks[k].key != "an" && toks[k].key != "the") {
		return -1
	}
	for k++; k < n && (t.tag[k] == "JJ" || t.tag[k] == "JJS" || t.tag[k] == "RB" || t.rel[k] == "compound" && t.head[k] == k+1); k++ {
	}
	if k < n && relNouns[toks[k].key] != "" {
		return k
	}
	return -1
}

// gerundPreps take a gerund that may name an event: "killed in fighting
// with the army", "after weeks of fighting with Chinese troops".
var gerundPreps = map[string]bool{"in": true, "during": true, "amid": true, "after": true, "of": true, "since": true}

// quotedName rehangs the name a verb of naming gives its object when the
// parser, thrown by quotes, made it a clause of its own: "called Pelosi's
// visit "extremely dangerous"/parataxis", "rejected the resolution
// as/parataxis "shameful"/parataxis". The name becomes the verb's
// predicate (xcomp), or its as-phrase (obl).
func quotedName(t *tree, toks []token, v int) {
	o := dependent(t, v, "obj")
	if o < 0 {
		return
	}
	hi := o // the object's last word
	for j := o + 1; j < len(toks) && t.dominates(o, j); j++ {
		hi = j
	}
	as, quoted := -1, false
	for k := o + 1; k <= hi; k++ {
		quoted = quoted || t.tag[k] == "``" // "comment about Britain "divisive/appos, stupid/parataxis and wrong""
	}
	for k := hi + 1; k < len(toks) && k <= hi+6; k++ {
		switch {
		case toks[k].key == "as" && as < 0:
			as = k
		case t.tag[k] == "``" || t.tag[k] == "''":
			quoted = true
		case t.head[k] == v && (t.rel[k] == "parataxis" || t.rel[k] == "dep" || t.rel[k] == "ccomp") && (strings.HasPrefix(t.tag[k], "JJ") || strings.HasPrefix(t.tag[k], "NN")):
			if as < 0 && !quoted {
				return // "dismissed Britain's assertion that Russia was behind the attack/ccomp"
			}
			if as >= 0 {
				t.head[as], t.rel[as] = k, "case"
				t.rel[k] = "obl"
			} else {
				t.rel[k] = "xcomp"
			}
			return
		case t.head[k] > k && t.head[k] <= hi+7 || t.tag[k] == "RB" || t.tag[k] == "DT" || toks[k].key == ",":
			// a word of the name: "a crude/compound provocation"
		default:
			return
		}
	}
}

// objectOf reports whether a lexicon pattern of the verb takes the noun
// as its object: "strike" an "agreement", "impose" a "sanction".
func (x *Extractor) objectOf(verb, noun string) bool {
	return slices.ContainsFunc(x.lex.Lookup(verb, schema.Verb), func(e schema.LexiconEntry) bool { return slices.Contains(e.Objects, noun) })
}

// contentNouns take a that-clause that says what they are: "a warning
// that …", "demands that China change its laws".
var contentNouns = map[string]bool{
	"warning": true, "threat": true, "demand": true, "fear": true, "hope": true, "belief": true, "view": true,
	"fact": true, "news": true, "sign": true, "signal": true, "indication": true, "evidence": true, "vow": true,
	"decision": true, "insistence": true, "condition": true, "requirement": true, "message": true,
	"conclusion": true, "finding": true, "assessment": true, "statement": true, "concern": true,
}

// compoundGerunds name a kind of thing before another noun: "missile
// warning data", "early warning system", "a training mission".
var compoundGerunds = map[string]bool{
	"warning": true, "training": true, "peacekeeping": true, "listening": true, "refining": true, "spending": true,
}

// whatNamingLemmas name or judge what their free relative stands for:
// "struck what it called terrorist camps", "what Moscow said were Islamic
// State positions", "what Israel describes as Iranian targets".
var whatNamingLemmas = map[string]bool{
	"call": true, "describe": true, "term": true, "dub": true, "label": true, "brand": true,
	"say": true, "claim": true, "consider": true, "believe": true, "deem": true, "allege": true,
	"regard": true, "view": true, "see": true, "portray": true, "characterize": true, "characterise": true,
}

// whatNamed rebuilds the free relative at what (word i) after a verb or a
// preposition, "hit what Moscow said were Islamic State positions", as the
// treebank has "what he called aggression": what is the argument, the
// naming verb its relative clause, the name the verb's object ("called"),
// its "as" phrase ("describes as") or its predicate ("said were"). The
// parser hangs these many ways (the name as the object of the verb above,
// the naming verb as a complement); the rules read the one.
func whatNamed(t *tree, toks []token, i int) {
	n := len(toks)
	if p := t.tag[i-1]; !strings.HasPrefix(p, "VB") && p != "IN" {
		return
	}
	v := -1
	for k := i + 2; k < min(i+7, n); k++ {
		if strings.HasPrefix(t.tag[k], "VB") && whatNamingLemmas[t.lemma[k]] {
			v = k
			break
		}
		if strings.HasPrefix(t.tag[k], "VB") || t.tag[k] == "MD" || t.tag[k] == "," || t.tag[k] == "WP" {
			return
		}
	}
	if v < 0 {
		return
	}
	j := v + 1 // the name, after "were", "as", "to be"
	for j < n && (toks[j].key == "as" || toks[j].key == "to" || toks[j].key == "had" || t.lemma[j] == "be") {
		j++
	}
	y, end := -1, j // the name's head: its last noun
	for ; end < n; end++ {
		tag := t.tag[end]
		if strings.HasPrefix(tag, "NN") {
			y = end
		} else if tag != "DT" && !strings.HasPrefix(tag, "JJ") && tag != "CD" && tag != "POS" && tag != "HYPH" && tag != "PRP$" && tag != "``" && tag != "''" {
			break
		}
	}
	if y < 0 {
		return
	}
	in := func(k int) bool { return k >= i && k <= y }
	top := -1 // where the span hangs
	for k := i; k <= y; k++ {
		if !in(t.head[k]) && t.tag[k] != "''" && t.tag[k] != "``" {
			top = k
			break
		}
	}
	if top < 0 {
		return
	}
	save := slices.Clone(t.head)
	saveRel := slices.Clone(t.rel)
	if top != i {
		rel := t.rel[top]
		if rel != "obj" && !relIs(rel, "nmod") && !relIs(rel, "obl") && !relIs(rel, "nsubj") {
			rel = "obj"
		}
		t.head[i], t.rel[i] = t.head[top], rel
	} else if h := t.head[i]; t.rel[i] == "dep" && h >= 0 && strings.HasPrefix(t.tag[h], "VB") {
		t.rel[i] = "obj" // "announced/VBD what he called …": the parser's unlabelled attachment
	}
	for k := i + 1; k <= y; k++ {
		if k != v && k != y && in(t.head[k]) {
			continue
		}
		switch {
		case k == v:
			t.head[k], t.rel[k] = i, "acl:relcl"
		case k == y:
			t.head[k], t.rel[k] = v, "obj"
			if toks[v+1].key == "as" {
				t.rel[k] = "obl"
			} else if j > v+1 {
				t.rel[k] = "xcomp"
			}
		case k < v && t.lemma[k] == "be":
			t.head[k], t.rel[k] = v, "aux:pass" // "what are said to be Isis targets"
		case k < v:
			t.head[k], t.rel[k] = v, "nsubj"
		default:
			t.head[k] = y
		}
	}
	for k := v + 1; k < j; k++ {
		t.head[k] = y
		switch {
		case toks[k].key == "as":
			t.rel[k] = "case"
		case toks[k].key == "to":
			t.rel[k] = "mark"
		case t.lemma[k] == "be":
			t.rel[k] = "cop"
		default:
			t.rel[k] = "aux"
		}
	}
	for k := i; k <= y; k++ {
		if !t.dominates(i, k) {
			copy(t.head, save) // the span did not come out one phrase
			copy(t.rel, saveRel)
			return
		}
	}
}

// rehang moves the dependents of from after token after (all of them for
// -1) to to, which must not be one of them; the kids lists are built later.
func (t *tree) rehang(from, to, after int) {
	for k, h := range t.head {
		if h == from && k > after && k != to {
			t.head[k] = to
		}
	}
}

// raise makes v the root in r's place, r its dependent by rel, and hands
// v the words after it that hung on r.
func (t *tree) raise(r, v int, rel string) {
	t.rehang(r, v, v)
	t.head[v], t.rel[v] = -1, "root"
	t.head[r], t.rel[r] = v, rel
}

// dominates reports whether a is b or above it; the heads must not cycle.
func (t *tree) dominates(a, b int) bool {
	for k := 0; b >= 0 && k <= len(t.head); k++ {
		if b == a {
			return true
		}
		b = t.head[b]
	}
	return false
}

// rootOf returns the root of t, or -1.
func rootOf(t *tree) int {
	for i, h := range t.head {
		if h < 0 && t.rel[i] == "root" {
			return i
		}
	}
	return -1
}

// namedGroupNouns are followed by the group's name: "the militant group
// Hamas".
var namedGroupNouns = map[string]bool{"group": true, "organization": true, "organisation": true, "militia": true, "movement": true, "network": true}

// helpForms are the forms of help, which takes a bare infinitive.
var helpForms = map[string]bool{"help": true, "helps": true, "helped": true, "helping": true}

// fixTags corrects two errors of the news tagger that the parser cannot
// recover from: a word inside a name the gazetteer knows ("Salim
// al-Muslat") is a proper noun, not an adjective; a verb that ends a
// relative clause ("groups which the US supports.") is no plural noun.
// thatVerbs take a clause with "that" and have a plural noun's form.
var thatVerbs = map[string]bool{
	"regret": true, "deplore": true, "warn": true, "insist": true, "demand": true, "claim": true, "fear": true,
	"hope": true, "note": true, "believe": true, "allege": true, "complain": true, "stress": true, "welcome": true,
}

// helpedVerbs are verbs, often read as nouns, that "help" takes bare:
// "help counter Iran", "help broker a truce".
var helpedVerbs = map[string]bool{
	"counter": true, "combat": true, "fight": true, "defeat": true, "contain": true, "confront": true, "deter": true,
	"rebuild": true, "stabilize": true, "stabilise": true, "secure": true, "end": true, "broker": true, "resolve": true,
}

// captionSides are the places a photo caption gives a person in it.
var captionSides = map[string]bool{"left": true, "right": true, "center": true, "centre": true}

// captionSide reports whether the word at j is a caption's side set off by
// commas: "Macron, left, shakes hands".
func captionSide(toks []token, j int) bool {
	return j >= 1 && j+1 < len(toks) && captionSides[toks[j].key] && toks[j-1].key == "," && toks[j+1].key == ","
}

func fixTags(toks []token, ms []Mention, verbForms, allVerbForms, mutualVerbs map[string]bool) {
	for i := 1; i < len(toks); i++ {
		// "called Russia's annexation of Crimea illegal/NN.": a judging
		// adjective after a name that ends its phrase is no noun the name
		// modifies; it is the predicate.
		k := toks[i].key
		if toks[i].tag == "NN" && toks[i-1].tag == "NNP" && negativeWords[k] && (i+1 == len(toks) || isPunct(toks[i+1].tag) || toks[i+1].key == "and") &&
			(strings.HasSuffix(k, "al") || strings.HasSuffix(k, "ous") || strings.HasSuffix(k, "ible") || strings.HasSuffix(k, "able") || strings.HasSuffix(k, "ive") || strings.HasSuffix(k, "ic") ||
				strings.HasSuffix(k, "ete") || strings.HasSuffix(k, "ant") || strings.HasSuffix(k, "ful") || strings.HasSuffix(k, "dated")) {
			toks[i].tag = "JJ"
		}
		// "to help counter/NN Iran": after "help", a word that is a verb's
		// base form, before an object, is the bare infinitive help takes.
		if (toks[i].tag == "NN" || toks[i].tag == "JJ") && (toks[i-1].key == "help" || toks[i-1].key == "helps" || toks[i-1].key == "helped" || toks[i-1].key == "helping") &&
			(allVerbForms[k] || helpedVerbs[k]) && lemma.Of(k, "VB") == k && i+1 < len(toks) && (toks[i+1].tag == "DT" || strings.HasPrefix(toks[i+1].tag, "NNP") || toks[i+1].tag == "PRP$") {
			toks[i].tag = "VB"
		}
		// "Turkey has so far resisted/JJ pressure": a word in -ed after a
		// form of "have" and adverbs, before a noun phrase, is the
		// perfect's participle.
		if toks[i].tag == "JJ" && strings.HasSuffix(k, "ed") && i+1 < len(toks) && (toks[i+1].tag == "DT" || strings.HasPrefix(toks[i+1].tag, "NN") || toks[i+1].tag == "PRP$") {
			j := i - 1
			for j > 0 && toks[j].tagged("RB") {
				j--
			}
			if j < i-1 && (toks[j].key == "has" || toks[j].key == "have" || toks[j].key == "had") {
				toks[i].tag = "VBN"
			}
		}
		// "Kerry, speaking/NN (Tuesday) at a news conference with Lavrov,
		// said": a word in -ing set off after a name and followed by a
		// preposition is the participle of an aside, no noun in apposition.
		if n := mentionEnding(ms, i-1); i >= 2 && toks[i-1].key == "," && n >= 0 && (toks[i].tag == "NN" || toks[i].tag == "NNP") && !toks[i].cap() &&
			strings.HasSuffix(k, "ing") && len(k) > 5 && i+2 < len(toks) && (toks[i+1].tag == "IN" || weekdays[toks[i+1].key] && toks[i+2].tag == "IN") {
			toks[i].tag = "VBG"
		}
		// "granted asylum to fugitive/VB contractor Edward Snowden": after
		// "to", a word with an adjective's ending is no infinitive.
		if toks[i].tag == "VB" && toks[i-1].key == "to" && (strings.HasSuffix(k, "tive") || strings.HasSuffix(k, "sive") || strings.HasSuffix(k, "ous") || strings.HasSuffix(k, "ial")) {
			toks[i].tag, toks[i-1].tag = "JJ", "IN"
		}
		// "U.S. delegates/VBZ including Mnuchin": a plural of a state's
		// people right after a name, before "including", is that plural.
		if toks[i].tag == "VBZ" && mentionEnding(ms, i) >= 0 && i+1 < len(toks) && toks[i+1].key == "including" && agentNouns[lemma.Of(k, "NNS")] {
			toks[i].tag = "NNS"
		}
		// A photo caption's "Macron, left/VBD, shakes/NNS hands with
		// Merkel, right": the side set off after a name is an adverb of
		// place, and a word in -s after it, where a verb's form, the verb.
		if mentionEnding(ms, i-1) >= 0 && captionSide(toks, i) && i+2 < len(toks) {
			toks[i].tag = "RB"
			if n := &toks[i+2]; n.tag == "NNS" && allVerbForms[n.key] {
				n.tag = "VBZ"
			}
		}
	}
	for _, m := range ms {
		if i := m.Start; m.End == i+1 && (toks[i].cap() || capitalLast(toks[i].text)) && len(m.Actors) == 1 && m.Suffix == "" && (toks[i].tagged("VB") || toks[i].tag == "RB" || toks[i].tag == "IN" || toks[i].tag == "PRP" && toks[i].text == "US" ||
			toks[i].tag == "NN" && (m.Actors[0].Kind == schema.Person || toks[i].cap()) || // "Trump/NN was accused", "Sudan/NN on Tuesday cut": a name that is also a word, or read as one
			toks[i].tag == "JJ" && (strings.ToUpper(toks[i].text) == toks[i].text || strings.Contains(toks[i].text, ".") || !toks[i].cap())) {
			// ("al-Shabaab/JJ": a name with a lower-case article.)
			// "US/JJ lawmakers": an abbreviated name is no adjective.
			// "talked to/TO Putin/VB", "Russia/RB offered to help": a name
			// is no verb or adverb, and "to" before it a preposition.
			toks[i].tag = "NNP"
			if i > 0 && toks[i-1].tag == "TO" {
				toks[i-1].tag = "IN"
			}
		}
		if m.Suffix != "" || m.End-m.Start < 2 || len(m.Actors) != 1 || m.Actors[0].Kind == schema.Country && !toks[m.Start].cap() {
			continue
		}
		for i := m.Start; i < m.End; i++ {
			name := toks[i].cap() || m.Actors[0].Kind == schema.Person && toks[i].key != "," // "al-Muslat", "bin Laden"
			if name && toks[i].tag != "NNP" && toks[i].tag != "NNPS" && toks[i].key != "the" {
				toks[i].tag = "NNP"
			}
		}
	}
	for _, m := range ms {
		// "It doesn't help that/DT Secretary of State Mike Pompeo told
		// lawmakers": a name with a verb after it has no determiner; the
		// "that" before it opens a clause.
		if i := m.Start - 1; i >= 0 && toks[i].key == "that" && toks[i].tag == "DT" && !m.Place && m.End < len(toks) &&
			(toks[m.End].tag == "VBD" || toks[m.End].tag == "VBZ" || toks[m.End].tag == "VBP" || toks[m.End].tag == "MD") && toks[m.Start].cap() {
			toks[i].tag = "IN"
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		// "Seoul and Tokyo will share/NN intelligence": after a modal, a
		// verb's base form is the verb.
		m := i - 1
		if m > 0 && (toks[m].tag == "``" || toks[m].key == "\"") {
			m-- // `would "bear the consequences"`
		}
		if toks[m].tag == "MD" && (toks[i].tag == "NN" || toks[i].tag == "IN" || toks[i].tag == "JJ" || toks[i].tag == "NNP" && !toks[i].cap()) && (verbForms[toks[i].key] || allVerbForms[toks[i].key] || penaltyLemmas[toks[i].key]) {
			toks[i].tag = "VB"
		}

		// "Russia needs/NNS to stop": after a name, "needs" or "wants"
		// before an infinitive is the verb.
		if (toks[i].key == "needs" || toks[i].key == "wants") && toks[i].tag == "NNS" && toks[i+1].key == "to" && (toks[i-1].tag == "NNP" || toks[i-1].tag == "NNPS" || toks[i-1].tag == "PRP") {
			toks[i].tag = "VBZ"
		}

		// "missile warning/VBG data", "a joint training/VBG exercise": a
		// gerund that names a kind of thing between two nouns is a noun.
		if toks[i].tag == "VBG" && compoundGerunds[toks[i].key] && (toks[i-1].tag == "NN" || toks[i-1].tag == "JJ") && (toks[i+1].tag == "NN" || toks[i+1].tag == "NNS") {
			toks[i].tag = "NN"
		}
	}
	for _, m := range ms {
		// "if the US imposed/JJ sanctions": a name right after a word
		// that opens a clause is its subject, and a past form after the
		// name, before a noun phrase, is its verb.
		i, j := m.Start, m.End
		if i > 0 && toks[i-1].key == "the" {
			i--
		}
		if i == 0 || !clauseOpeners[toks[i-1].key] || j+1 >= len(toks) || toks[j].tag != "JJ" && toks[j].tag != "VBN" || !strings.HasSuffix(toks[j].key, "ed") || !allVerbForms[toks[j].key] {
			continue
		}
		if n := toks[j+1]; n.tag == "NNS" || n.tag == "NN" || n.tag == "DT" || n.tag == "NNP" || n.tag == "PRP" || n.tag == "PRP$" || n.tag == "JJ" {
			toks[j].tag = "VBD"
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		// `"I want to let you know that/IN," Trump told`: "that" closing
		// a quote is a pronoun, no conjunction of the words after it.
		if toks[i].key == "that" && (toks[i].tag == "IN" || toks[i].tag == "WDT") && i+2 < len(toks) && toks[i+1].key == "," && (toks[i+2].tag == "''" || toks[i+2].key == "\"" || toks[i+2].key == "”") {
			toks[i].tag = "DT"
		}
		// "Trump wrote that …; accused/VBN China of …; and then
		// suggested": a past form opening a part after a semicolon, with
		// its object after it, is the verb of that part.
		if i > 0 && toks[i-1].key == ";" && (toks[i].tag == "VBN" || toks[i].tag == "JJ") && allVerbForms[toks[i].key] && strings.HasSuffix(toks[i].key, "ed") && (toks[i+1].tag == "NNP" || toks[i+1].tag == "NNPS" || toks[i+1].tag == "DT" || toks[i+1].tag == "PRP" || toks[i+1].tag == "PRP$") {
			toks[i].tag = "VBD"
		}
		// "did not outright/VBN reject/VBP": an adverb between an
		// auxiliary's "not" and its verb.
		if toks[i].key == "outright" && i > 0 && (toks[i-1].key == "not" || toks[i-1].key == "n't") && allVerbForms[toks[i+1].key] {
			toks[i].tag = "RB"
			if toks[i+1].tag == "VBP" || toks[i+1].tag == "NN" {
				toks[i+1].tag = "VB"
			}
		}
		// "bases housing/NN American troops": after a noun and before
		// the words of another, "housing" is the participle.
		if (toks[i].key == "housing" || toks[i].key == "hosting") && toks[i].tag == "NN" && i > 0 && (toks[i-1].tag == "NNS" || toks[i-1].tag == "NN") && (toks[i+1].tag == "JJ" || toks[i+1].tag == "NNP" || toks[i+1].tag == "NNPS" || toks[i+1].tag == "CD" || toks[i+1].tag == "DT" || toks[i+1].tag == "NNS") {
			toks[i].tag = "VBG"
		}
		// "Tue/NN May/MD 3 2016": a weekday and a month before its day.
		if toks[i].key == "may" && toks[i].tag == "MD" && unicode.IsDigit([]rune(toks[i+1].text)[0]) {
			toks[i].tag = "NNP"
		}
		if weekdayAbbrevs[toks[i].key] && i+2 < len(toks) && unicode.IsDigit([]rune(toks[i+2].text)[0]) {
			toks[i].tag = "NNP"
		}
	}
	for i := range toks {
		// "said Merkel spoke/VBN by phone": a past form that is no
		// participle.
		if toks[i].tag == "VBN" && pastOnly[toks[i].key] {
			toks[i].tag = "VBD"
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		// "the IMF's managing/VBG director", "the acting/VBG president": a
		// participle between a determiner or possessive and a title is
		// the title's adjective, and so are some anywhere ("Trump and
		// outgoing/VBG Prime Minister Theresa May").
		if p := toks[i-1]; toks[i].tag == "VBG" && titleWords[toks[i+1].key] && (p.key == "'s" || p.tag == "DT" || p.tag == "NNP" || titleParticiples[toks[i].key]) {
			toks[i].tag = "JJ"
		}
		// "supported neighbouring/VBG Sudan": before a name it says where.
		if (toks[i].key == "neighbouring" || toks[i].key == "neighboring") && toks[i].tag == "VBG" && toks[i+1].cap() {
			toks[i].tag = "JJ"
		}
	}
	for _, m := range ms {
		// "when Xi and Trump meet/NN in the US": the base form of a
		// verb of acting together right after two coordinated actors
		// that open a clause is their verb.
		i, a := m.End, mentionEnding(ms, m.Start-1)
		if m.Start < 2 || i >= len(toks) || toks[m.Start-1].key != "and" || a < 0 || toks[i].tag != "NN" && toks[i].tag != "JJ" || !mutualVerbs[toks[i].key] || lemma.Of(toks[i].key, "VB") != toks[i].key {
			continue
		}
		if f := ms[a].Start; f > 0 && !isPunct(toks[f-1].tag) && !clauseOpeners[toks[f-1].key] && !speechForms[toks[f-1].key] {
			continue
		}
		if i+1 < len(toks) && !isPunct(toks[i+1].tag) && (!strings.HasPrefix(toks[i+1].tag, "NN") || toks[i+1].cap()) {
			toks[i].tag = "VBP" // (not a headline's "… and Pakistan speak" that ends it)
		}
	}
	for _, m := range ms {
		// "Russian strikes kill/NN 18 ISIL fighters": a trigger's base
		// form right after a plural actor that opens the clause (or
		// follows a headline's date), before a number, a determiner or a
		// name, is its verb.
		i := m.End
		if i+1 >= len(toks) || m.Start > 0 && !isPunct(toks[m.Start-1].tag) && !clauseOpeners[toks[m.Start-1].key] && !unicode.IsDigit([]rune(toks[m.Start-1].text)[0]) || toks[i].tag != "NN" || !verbForms[toks[i].key] || lemma.Of(toks[i].key, "VB") != toks[i].key {
			continue
		}
		if last := toks[i-1].key; !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") {
			continue
		}
		if next := toks[i+1]; next.tag == "CD" || next.tag == "DT" || next.cap() {
			toks[i].tag = "VBP"
		}
	}
	for _, m := range ms {
		// "Sudan, which has faced criticism at home, cut/VBN ties with
		// Iran": right after the relative clause on the subject that
		// opens the sentence, a past form is the sentence's verb.
		if m.Start > 0 || m.End+2 >= len(toks) || toks[m.End].key != "," || toks[m.End+1].key != "which" && toks[m.End+1].key != "who" {
			continue
		}
		for c := m.End + 2; c+1 < len(toks); c++ {
			if toks[c].key == "," {
				if toks[c+1].tag == "VBN" {
					toks[c+1].tag = "VBD"
				}
				break
			}
		}
	}
	for _, m := range ms {
		// "having watched Russia annex/NN Crimea", "let Iran build/NN":
		// after a verb of perception or causing and its object, a word
		// that can be a verb's base form is one.
		if i := m.End; m.Start > 0 && i+1 < len(toks) && bareInfinitiveVerbs[toks[m.Start-1].key] && (toks[i].tag == "NN" || toks[i].tag == "VBP") && verbForms[toks[i].key] && (toks[i+1].tagged("NN") || toks[i+1].tagged("DT") || toks[i+1].cap()) {
			toks[i].tag = "VB"
		}
	}
	for i := 1; i+2 < len(toks); i++ {
		// "will discuss that/IN proposal with the North Koreans": "that"
		// after a verb, before a noun and a preposition or the end, with
		// no finite verb after it, opens no clause; it is the noun's
		// determiner.
		if toks[i].key != "that" || toks[i].tag != "IN" && toks[i].tag != "WDT" || !toks[i-1].tagged("VB") || toks[i+1].tag != "NN" && toks[i+1].tag != "NNS" {
			continue
		}
		if k := toks[i+2]; k.tag != "IN" && k.tag != "TO" && k.key != "," && k.key != "." {
			continue
		}
		finite := false
		for _, w := range toks[i+2:] {
			if w.tag == "VBD" || w.tag == "VBZ" || w.tag == "VBP" || w.tag == "MD" {
				finite = true
				break
			}
		}
		if !finite {
			toks[i].tag = "DT"
		}
	}
	for _, m := range ms {
		// "China regrets/NNS that the United States …": a verb that takes
		// a clause, right after an actor and before "that", is no plural
		// noun (but "U.S. sanctions that target Iran").
		if i := m.End; i+1 < len(toks) && (m.Start == 0 || toks[m.Start-1].tag != "IN" && toks[m.Start-1].key != "'s") {
			if toks[i].tag == "NNS" && toks[i+1].key == "that" && thatVerbs[strings.TrimSuffix(toks[i].key, "s")] {
				toks[i].tag = "VBZ"
			}
		}
	}
	for _, m := range ms {
		// "It was not clear why Israeli jets struck/JJ Iranian targets": a
		// past form right after an actor that opens a clause, before a
		// noun phrase, is the actor's verb.
		i := m.End
		if i+1 >= len(toks) || toks[i].tag != "JJ" && toks[i].tag != "VBN" || !lemma.CanBePast(toks[i].key) || !allVerbForms[toks[i].key] ||
			m.Start > 0 && !clauseOpeners[toks[m.Start-1].key] {
			continue
		}
		if n := toks[i+1]; n.tagged("DT") || n.tagged("NN") || n.tag == "JJ" || n.tag == "PRP$" || n.tag == "CD" {
			toks[i].tag = "VBD"
		}
	}
	for i := 3; i+1 < len(toks); i++ {
		// "… said that the United States on Monday imposed/JJ sanctions":
		// a past form right after a name and its day is the name's verb.
		if toks[i-2].key == "on" && monthOrDay[toks[i-1].key] && strings.HasPrefix(toks[i-3].tag, "NNP") && (toks[i].tag == "JJ" || toks[i].tag == "VBN") &&
			strings.HasSuffix(toks[i].key, "ed") && allVerbForms[toks[i].key] && (toks[i+1].tagged("NN") || toks[i+1].tagged("DT") || toks[i+1].tagged("PRP") || toks[i+1].tag == "JJ") {
			toks[i].tag = "VBD"
		}
	}
	for i := range toks {
		// "Macron meanwhile/NN, used his address …": a discourse
		// adverb is no noun, verb or adjective (it made the name its
		// compound and itself the subject).
		if discourseAdverbs[toks[i].key] && (toks[i].tagged("NN") || toks[i].tagged("VB") || toks[i].tagged("JJ")) {
			toks[i].tag = "RB"
		}
	}
	for i := 2; i+1 < len(toks); i++ {
		// "We strongly condemn/NN the attack": after a subject pronoun
		// and an adverb, a verb's base form is the verb.
		if p := toks[i-2].key; (p == "we" || p == "i" || p == "they" || p == "you") && toks[i-2].tag == "PRP" && toks[i-1].tag == "RB" &&
			(toks[i].tag == "NN" || toks[i].tag == "NNS" || toks[i].tag == "JJ" || toks[i].tag == "VBD" && !strings.HasSuffix(toks[i].key, "ed")) && verbForms[toks[i].key] && lemma.Of(toks[i].key, "VB") == toks[i].key {
			toks[i].tag = "VBP"
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		// "is helping fight/JJ al-Qaeda militants": after help, a verb's
		// base form is the bare infinitive.
		if k := toks[i-1].key; helpForms[k] && allVerbForms[toks[i].key] && lemma.Of(toks[i].key, "VB") == toks[i].key && !toks[i].tagged("VB") && !toks[i].tagged("NN") {
			toks[i].tag = "VB"
		}
	}
	for _, m := range ms {
		// "helped the Houthis seize/NN Sanaa": after help and the one
		// helped, a verb's base form is the bare infinitive.
		h := m.Start - 1
		if h > 0 && toks[h].key == "the" {
			h--
		}
		if i := m.End; h < 0 || i+1 >= len(toks) || !helpForms[toks[h].key] || !allVerbForms[toks[i].key] || lemma.Of(toks[i].key, "VB") != toks[i].key || toks[i].tagged("VB") {
			continue
		}
		toks[m.End].tag = "VB"
	}
	for _, m := range ms {
		// "killed in Syrian government shelling/VBG on the town": a
		// strike's -ing form right after an actor's name, before a
		// preposition or a verb, is its noun.
		if i := m.End; i+1 < len(toks) && m.End-m.Start >= 2 && (toks[i].key == "shelling" || toks[i].key == "bombing") && toks[i].tag == "VBG" &&
			(toks[i+1].tag == "IN" || toks[i+1].tagged("VB") || toks[i+1].key == ",") {
			toks[i].tag = "NN"
		}
	}
	for _, m := range ms {
		// "Pakistani/NNP shelling/VBG killed three soldiers": the -ing
		// form of a strike right after a people's adjective is its noun.
		if i := m.End - 1; m.End-m.Start == 2 && (toks[i].key == "shelling" || toks[i].key == "bombing") && toks[i].tag == "VBG" {
			toks[i].tag = "NN"
			toks[m.Start].tag = "JJ"
			// "… shelling killed/VBN two fighters": with no finite verb
			// in the sentence, the past form after it is its verb.
			if v := i + 1; v+1 < len(toks) && (toks[v].tag == "VBN" || toks[v].tag == "JJ") && allVerbForms[toks[v].key] && !finiteBefore(toks, len(toks)) {
				toks[v].tag = "VBD"
			}
		}
	}
	for _, m := range ms {
		// "met visiting/VBG Israeli Prime Minister Benjamin Netanyahu":
		// "visiting" right before a titled person or an envoy is the
		// adjective, not a visit to them.
		if i := m.Start - 1; i > 0 && toks[i].key == "visiting" && toks[i].tag == "VBG" && len(m.Actors) == 1 && (m.Affiliation != nil && m.Actors[0].Kind == schema.Person || m.End-m.Start > 1 && visitorNouns[toks[m.End-1].key]) &&
			(toks[i-1].tagged("VB") || toks[i-1].tag == "IN" || toks[i-1].tag == "DT" || toks[i-1].key == "with") {
			toks[i].tag = "JJ"
		}
	}
	for _, m := range ms {
		// "in a closed-door United Nations Security Council briefing/VBG
		// on Thursday": an -ing word after a body's name that a
		// determiner opens, before a preposition, is the noun.
		i := m.End
		if i+1 >= len(toks) || toks[i].tag != "VBG" || !toks[m.End-1].cap() || len(m.Actors) != 1 || m.Actors[0].Kind == schema.Person || toks[i+1].tag != "IN" && toks[i+1].key != "," && toks[i+1].key != "." || toks[i+1].key == "that" || toks[i+1].key == "whether" {
			continue
		}
		j := m.Start - 1
		for j >= 0 && (toks[j].tag == "JJ" || toks[j].tag == "NN" && strings.Contains(toks[j].key, "-")) {
			j--
		}
		if j >= 0 && (toks[j].key == "a" || toks[j].key == "an" || toks[j].key == "the") {
			toks[i].tag = "NN"
		}
	}
	for _, m := range ms {
		// "Russian jets pound/NN rebel/VBP positions": a group's word
		// before a noun is its modifier, and a verb form before it with a
		// plural subject the verb.
		i := m.Start
		if m.End != i+1 || toks[i].cap() || !toks[i].tagged("VB") || i+1 >= len(toks) || !toks[i+1].tagged("NN") || len(m.Actors) != 1 || m.Actors[0].Kind != schema.Group {
			continue
		}
		toks[i].tag = "NN"
		if p := i - 1; p > 0 && toks[p].tag == "NN" && allVerbForms[toks[p].key] && toks[p-1].tag == "NNS" {
			toks[p].tag = "VBP"
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		// "Russia not only supported/JJ Assad but also": a past form after
		// "not only" with no auxiliary is the verb.
		if i >= 2 && toks[i-2].key == "not" && toks[i-1].key == "only" && (toks[i].tag == "JJ" || toks[i].tag == "VBN") && strings.HasSuffix(toks[i].key, "ed") && allVerbForms[toks[i].key] {
			toks[i].tag = "VBD"
			if hasAuxBefore(toks, i-2) {
				toks[i].tag = "VBN" // "has not only supported"
			}
		}
		// "carried out/IN 182 airstrikes": after carry, "out" before its
		// object is the verb's particle ("out of" stays a preposition).
		if k := toks[i-1].key; toks[i].key == "out" && toks[i].tag == "IN" && (k == "carry" || k == "carried" || k == "carries" || k == "carrying") && toks[i+1].key != "of" {
			toks[i].tag = "RP"
		}
		// "target ISIS stronghold/VB Raqqa", "its only treaty/VBZ ally": a
		// word no verb.
		// "The Taliban overran/MD Afghan army positions": a verb's form is
		// no modal.
		if toks[i].tag == "MD" && !modals[toks[i].key] && allVerbForms[toks[i].key] {
			toks[i].tag = "VBD"
		}
		if toks[i].key == "upon" && toks[i].tag == "RB" {
			toks[i].tag = "IN" // "called upon/RB Ukraine": a preposition ("thereupon" is the adverb)
		}
		if nounOnly[toks[i].key] && toks[i].tagged("VB") {
			toks[i].tag = "NN"
			if strings.HasSuffix(toks[i].key, "s") {
				toks[i].tag = "NNS"
			}
		}
		if toks[i].tag == "IN" && verbForms[toks[i].key] && !prepositionForms[toks[i].key] && i > 0 && i+1 < len(toks) && toks[i+1].text != "The" && toks[i+1].text != "A" {
			// "but the Israelis accuse/IN it of doing that": a trigger's
			// verb form is no preposition.
			switch p := toks[i-1]; {
			case strings.HasSuffix(toks[i].key, "ed"):
				toks[i].tag = "VBD"
			case strings.HasPrefix(p.tag, "NN") || p.tag == "PRP":
				toks[i].tag = "VBP"
				if strings.HasSuffix(toks[i].key, "s") && (p.tag == "NN" || p.tag == "NNP") {
					toks[i].tag = "VBZ"
				}
			default:
				toks[i].tag = "VB"
			}
		}
		if ingAdjectives[toks[i].key] && toks[i].tag == "VBG" && i+1 < len(toks) && (toks[i+1].tag == "NN" || toks[i+1].tag == "NNS" || toks[i+1].tag == "JJ") {
			toks[i].tag = "JJ" // "could provoke devastating/VBG retaliation": an adjective
		}
		if willingAdjectives[toks[i].key] && toks[i].tag == "VBG" {
			toks[i].tag = "JJ" // "was unwilling/VBG to meet": no verb "unwill"
		}
		// "traveled to/TO northern/VB Syria": a direction is an adjective,
		// and "to" before it a preposition.
		if regionAdjectives[toks[i].key] && toks[i].tagged("VB") {
			toks[i].tag = "JJ"
			if toks[i-1].tag == "TO" {
				toks[i-1].tag = "IN"
			}
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		// "a news conference alongside/RB Russian Foreign Minister Sergei
		// Lavrov", "fought alongside/JJ American forces", "alongside/RP
		// U.S. special forces": before a name or a determiner, a
		// preposition.
		if toks[i].key == "alongside" && (toks[i].tag == "RB" || toks[i].tag == "JJ" || toks[i].tag == "RP") && (toks[i+1].cap() || toks[i+1].tag == "DT" || toks[i+1].tag == "PRP$") {
			toks[i].tag = "IN"
		}
	}
	for i := 1; i < len(toks); i++ {
		// "in an offensive/JJ backed by Riyadh": after a determiner and
		// before no noun, the offensive is the noun.
		if toks[i].key == "offensive" && toks[i].tag == "JJ" && (toks[i-1].tag == "DT" || toks[i-1].tag == "PRP$" || toks[i-1].tag == "POS" || toks[i-1].tag == "JJ") &&
			(i+1 == len(toks) || !strings.HasPrefix(toks[i+1].tag, "NN") && toks[i+1].tag != "JJ") {
			toks[i].tag = "NN"
		}
	}
	for i := 1; i < len(toks); i++ {
		// "provided sanctuary/JJ to": words of shelter are never adjectives.
		if toks[i].tag == "JJ" && shelterNouns[toks[i].key] {
			toks[i].tag = "NN"
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		// "sanctuary to/TO al/VB Qaeda leaders": the article of an Arabic
		// name is part of the name, and "to" before it a preposition.
		if (toks[i].key == "al" || toks[i].key == "el") && toks[i+1].cap() {
			toks[i].tag = "NNP"
			if toks[i-1].tag == "TO" {
				toks[i-1].tag = "IN"
			}
		}
	}
	for i := 1; i+2 < len(toks); i++ {
		// "Airstrikes carried/VBD out by the United States … have killed":
		// a past form after a noun, with its agent and a finite verb
		// after, is a participle.
		j := i + 1
		if toks[j].tag == "RP" {
			j++
		}
		if toks[i].tag == "VBD" && !pastOnly[toks[i].key] && strings.HasPrefix(toks[i-1].tag, "NN") && j < len(toks) && toks[j].key == "by" && slices.ContainsFunc(toks[j:], func(t token) bool {
			return t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD" || t.key == "had" || t.key == "was" || t.key == "were"
		}) {
			toks[i].tag = "VBN" // (a past verb after the agent the tree repairs: "strikes carried out by X killed")
		}
	}
	for i := 1; i+2 < len(toks); i++ {
		// "the Syrian army, backed by Russian air strikes, tries/NNS to
		// encircle it": an -s verb after a comma and before an infinitive.
		if k := toks[i].key; toks[i].tag == "NNS" && toks[i-1].key == "," && toks[i+1].key == "to" && (toks[i+2].tag == "VB" || toks[i+2].tag == "NN") && infinitiveVerbs[lemma.Of(k, "VBZ")] && strings.HasSuffix(k, "s") {
			toks[i].tag, toks[i+1].tag = "VBZ", "TO"
		}
	}
	for i := 2; i+1 < len(toks); i++ {
		// "to increase trade, defeat/VB militants and counter/NN Russian
		// intervention": after "and" closing a list of bare verbs, a
		// verb's base form before its object is the last of them.
		if k := toks[i].key; toks[i-1].key == "and" && toks[i].tag == "NN" && (allVerbForms[k] || k == "counter") && !strings.HasSuffix(k, "ing") && (toks[i+1].tag == "JJ" || toks[i+1].tag == "NNP" || toks[i+1].tag == "DT" || toks[i+1].tag == "PRP$") {
			for j := i - 2; j >= 1 && j >= i-6; j-- {
				if toks[j].tag == "VB" && (toks[j-1].key == "," || toks[j-1].tag == "TO") {
					toks[i].tag = "VB"
					break
				}
			}
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		// "the Russians, who support/NN Assad": after "who", a verb's base
		// form before its object is the clause's verb.
		if k := toks[i].key; toks[i-1].key == "who" && toks[i].tag == "NN" && allVerbForms[k] && !strings.HasSuffix(k, "ing") && (startsObject(toks[i+1]) || toks[i+1].tag == "JJ") {
			toks[i].tag = "VBP"
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		// "denied offering/NN safe havens": an -ing word after a verb
		// that takes a gerund, before its object, is the gerund.
		if k := toks[i].key; toks[i].tag == "NN" && strings.HasSuffix(k, "ing") && allVerbForms[k] && gerundTakers[lemma.Of(toks[i-1].key, "VBD")] && (startsObject(toks[i+1]) || toks[i+1].tag == "JJ") {
			toks[i].tag = "VBG"
		}
	}
	for i := 1; i+2 < len(toks); i++ {
		// "accuses Turkey of funding/NN and arming/VBG the group": an -ing
		// word after a preposition, coordinated with a gerund, is one.
		if k := toks[i].key; toks[i].tag == "NN" && strings.HasSuffix(k, "ing") && allVerbForms[k] && toks[i-1].tag == "IN" &&
			(toks[i+1].key == "and" || toks[i+1].key == "or" || toks[i+1].key == ",") && toks[i+2].tag == "VBG" {
			toks[i].tag = "VBG"
		}
	}
	for i := 1; i < len(toks); i++ {
		// "heaped praise/VB on Kim": the praise heaped is a noun.
		if toks[i].key == "praise" && toks[i].tagged("VB") && (strings.HasPrefix(toks[i-1].key, "heap") || strings.HasPrefix(toks[i-1].key, "lavish") || strings.HasPrefix(toks[i-1].key, "shower")) {
			toks[i].tag = "NN"
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		// "Macron and Putin spoke/NN by phone": spoke is a verb.
		if toks[i].key == "spoke" && toks[i].tagged("NN") {
			toks[i].tag = "VBD"
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		// "Fighting/VBG between the YPG and IS continued", "heavy
		// fighting/VBG erupted between": fighting no auxiliary comes
		// before, followed by "between" or by a finite verb, is a noun.
		if toks[i].key != "fighting" || toks[i].tag != "VBG" || i > 0 && (toks[i-1].tagged("VB") || toks[i-1].tag == "MD") {
			continue
		}
		if n := toks[i+1]; n.key == "between" || n.tag == "VBD" || n.tag == "VBZ" || n.tag == "VBP" {
			toks[i].tag = "NN"
			if i == 1 && toks[0].tag == "NNP" && mentionStarting(ms, 0) < 0 {
				toks[0].tag = "JJ" // "Heavy/NNP fighting": the sentence's first word
			}
		}
	}
	for i := 1; i < len(toks); i++ {
		// "his phone calls/VBZ to Russia": after "phone" a call is a noun.
		if (toks[i].key == "calls" || toks[i].key == "call") && (toks[i-1].key == "phone" || toks[i-1].key == "telephone") && toks[i].tagged("VB") {
			toks[i].tag = "NN"
			if toks[i].key == "calls" {
				toks[i].tag = "NNS"
			}
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		// "US troops/VBZ regularly perform/JJ operations": a plural that
		// only ever names people after an actor is their noun, and a
		// trigger's base form after it and its adverbs is their verb.
		if !peoplePlurals[toks[i].key] || !toks[i].tagged("VB") || mentionEnding(ms, i) < 0 {
			continue
		}
		toks[i].tag = "NNS"
		j := i + 1
		for j < len(toks) && toks[j].tag == "RB" {
			j++
		}
		if j < len(toks) && (toks[j].tag == "JJ" || toks[j].tag == "NN") && allVerbForms[toks[j].key] && !strings.HasSuffix(toks[j].key, "ed") {
			toks[j].tag = "VBP"
		}
	}
	for _, m := range ms {
		// "The Houthis receive/JJ weapons from Iran": a verb's base form
		// the tagger read as an adjective, right after an actor and
		// before its object, is the actor's verb.
		i := m.End
		if i+1 >= len(toks) || m.Suffix != "" || toks[i].tag != "JJ" || !allVerbForms[toks[i].key] || adjectiveVerbs[toks[i].key] ||
			strings.HasSuffix(toks[i].key, "ed") || strings.HasSuffix(toks[i].key, "ing") || strings.HasSuffix(toks[i].key, "en") {
			continue
		}
		if n := toks[i+1].tag; n == "DT" || n == "NNS" || n == "PRP$" || n == "CD" {
			toks[i].tag = "VBP"
		}
	}
	if !slices.ContainsFunc(toks, func(t token) bool { return t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD" }) {
		// "Modi heads/NNS to Washington": in a clause with no finite verb,
		// a verb's -s form right after an actor and before a preposition
		// is the actor's verb.
		for _, m := range ms {
			i := m.End
			if i+1 < len(toks) && m.Suffix == "" && !m.Possessive && toks[i].tag == "NNS" && allVerbForms[toks[i].key] && strings.HasSuffix(toks[i].key, "s") &&
				(toks[i+1].key == "to" || toks[i+1].key == "for" || toks[i+1].key == "into" || toks[i+1].key == "with") {
				toks[i].tag = "VBZ"
				break
			}
			// "Britain and France share/NN intelligence": a verb's base
			// form after coordinated or plural actors and before its
			// object is their verb.
			plural := m.Start > 1 && toks[m.Start-1].key == "and" || toks[m.End-1].tag == "NNS" || toks[m.End-1].tag == "NNPS"
			if i+1 < len(toks) && plural && m.Suffix == "" && !m.Possessive && toks[i].tag == "NN" && allVerbForms[toks[i].key] && !strings.HasSuffix(toks[i].key, "ed") && !strings.HasSuffix(toks[i].key, "ing") &&
				(startsObject(toks[i+1]) || toks[i+1].tag == "JJ") {
				toks[i].tag = "VBP"
				break
			}
		}
	}
	if len(toks) > 3 && toks[0].tag == "MD" {
		// "Can Justin Trudeau deal/NN with Donald Trump?": in a question
		// the word after the modal's subject is its verb.
		if n := mentionStarting(ms, 1); n >= 0 && ms[n].End < len(toks) && toks[ms[n].End].tag == "NN" && !toks[ms[n].End].cap() {
			toks[ms[n].End].tag = "VB"
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		// "said that talks/VBZ went well": a plural right before a past
		// or modal verb is that verb's subject, no verb itself.
		if toks[i].tag == "VBZ" && strings.HasSuffix(toks[i].key, "s") && (toks[i+1].tag == "VBD" || toks[i+1].tag == "MD") && (toks[i-1].tag == "DT" || toks[i-1].tag == "IN" || toks[i-1].tag == "WDT" || toks[i-1].tag == "JJ") {
			toks[i].tag = "NNS"
		}
	}
	for i := 1; i < len(toks); i++ {
		if toks[i].key == "longer" && toks[i-1].key == "no" {
			toks[i].tag = "RBR" // "no longer supports": an adverb, not the predicate
		}
		if toks[i].key == "overnight" && (i+1 == len(toks) || !strings.HasPrefix(toks[i+1].tag, "NN")) {
			toks[i].tag = "RB" // "were killed overnight/JJ by Syrian troops": an adverb, not a predicate
		}
		if toks[i].key == "ally" && toks[i].tag != "NN" && toks[i].tag != "VB" && toks[i].tag != "VBP" {
			toks[i].tag = "NN" // "Israel's closest ally/RB, the United States": a noun, not an -ly adverb
		}
		if toks[i].key == "loyal" || toks[i].key == "upcoming" || toks[i].key == "forthcoming" || toks[i].key == "ongoing" {
			toks[i].tag = "JJ" // "forces loyal/VBP to the regime", "his upcoming/VBG meeting": no verb
		}
	}
	// A capitalised "Former" or "Ex-" heading a title is an adjective, not
	// the head of the name ("Former CIA Director James Woolsey met …").
	if len(toks) > 1 && toks[0].tag == "NNP" && toks[1].cap() && (toks[0].key == "former" || toks[0].key == "then" || toks[0].key == "onetime") {
		toks[0].tag = "JJ"
	}
	for i := 2; i < len(toks); i++ {
		if toks[i].tag != "NNS" || !strings.HasSuffix(toks[i].key, "s") {
			continue
		}
		end := i+1 == len(toks) || toks[i+1].tag == "." || toks[i+1].tag == "," || toks[i+1].key == "and"
		subj := toks[i-1].tag == "NNP" || toks[i-1].tag == "PRP"
		if p := i - 1; subj {
			for p > 0 && toks[p-1].tag == "NNP" {
				p--
			}
			// "which is under U.S. sanctions": the name is a
			// preposition's, no subject.
			subj = p == 0 || !nounPreps[toks[p-1].key] && toks[p-1].key != "under" && toks[p-1].key != "amid"
		}
		rel := false
		for j := i - 2; j >= 0 && j >= i-4; j-- {
			if toks[j].key == "which" || toks[j].key == "that" || toks[j].key == "whom" {
				rel = true
			}
			if strings.HasPrefix(toks[j].tag, "NN") && !toks[j].cap() && toks[j+1].key == "the" {
				rel = true // "a charge the Kremlin denies/NNS.": a relative clause with no pronoun
			}
		}
		if end && subj && rel {
			toks[i].tag = "VBZ"
		}
	}
	for i := range toks {
		// A word with no past form has no past tag: after its subject it
		// is a base form ("demanded that North Korea abandon/VBD its
		// missiles"), else a noun ("had dinner/VBN with").
		if (toks[i].tag == "VBN" || toks[i].tag == "VBD") && !lemma.CanBePast(toks[i].key) {
			toks[i].tag = "NN"
			if i > 0 && (strings.HasPrefix(toks[i-1].tag, "NN") || toks[i-1].tag == "PRP") {
				toks[i].tag = "VB"
			}
			if i > 0 && (toks[i-1].tag == "WP" || toks[i-1].tag == "WDT") {
				toks[i].tag = "VBP" // "the Russians, who support/VBD Assad"
			}
		}
	}
	for i := 2; i+1 < len(toks); i++ {
		// "agreed to share/NN intelligence": after a verb that takes an
		// infinitive and "to", a word before its object is a verb. So is
		// a trigger's base form after a modal or after "able to", before
		// its object or its preposition ("will partner/NN with the SDF",
		// "was able to partner/NN with").
		if toks[i].tag != "NN" {
			continue
		}
		infinitive := toks[i-1].tag == "TO" && infinitiveVerbs[lemma.Of(toks[i-2].key, toks[i-2].tag)]
		trigger := verbForms[toks[i].key] && lemma.Of(toks[i].key, "VB") == toks[i].key &&
			(toks[i-1].tag == "MD" || toks[i-1].tag == "TO" && (infinitive || willingAdjectives[toks[i-2].key]))
		if n := toks[i+1].tag; (infinitive || trigger) && (n == "DT" || n == "JJ" || n == "PRP" || n == "PRP$" || n == "CD" || strings.HasPrefix(n, "NN")) ||
			trigger && n == "IN" {
			toks[i].tag = "VB"
		}
	}
	for _, m := range ms {
		// "demanded that Syria hand/NN over its weapons": after "that" and
		// its subject, a verb's base form is the mandated verb.
		i := m.End
		if i+1 >= len(toks) || m.Start < 2 || toks[m.Start-1].key != "that" {
			continue
		}
		// "demanded that Washington extradite/VBZ Gulen": a present with
		// no -s after a singular subject is the base form.
		bare := toks[i].tag == "VBZ" && !strings.HasSuffix(toks[i].key, "s") || toks[i].tag == "VBP"
		// "demanded that Sweden extradite/RB militants": a rare verb the
		// tagger took for an adverb, though no adverb ends so.
		bare = bare || toks[i].tag == "RB" && !strings.HasSuffix(toks[i].key, "ly") && lemma.Of(toks[i].key, "VB") == toks[i].key && !adverbWords[toks[i].key]
		if toks[i].tag != "NN" && !bare {
			continue
		}
		if n := toks[i+1].tag; bare || n == "DT" || n == "RP" || n == "IN" || n == "PRP$" || n == "JJ" || n == "NNS" || n == "TO" {
			for j := m.Start - 2; j >= 0 && j >= m.Start-4; j-- {
				if mandateLemmas[lemma.Of(toks[j].key, "VBD")] {
					toks[i].tag = "VB"
					break
				}
			}
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		// "would back/RB Assad": after a modal, a trigger's base form
		// before an actor is the verb; so after an opening quote or an
		// adverb: would "totally destroy/JJ South Sudan".
		j := i - 1
		for j > 0 && (toks[j].tag == "``" || toks[j].tag == "RB") {
			j--
		}
		if toks[j].tag == "MD" && !toks[i].tagged("VB") && verbForms[toks[i].key] && mentionStarting(ms, i+1) >= 0 {
			toks[i].tag = "VB"
		}
	}
	for i := 3; i < len(toks); i++ {
		// "had no choice but to sanction/NN Russia": after "but to", a
		// verb's base form is the infinitive.
		if toks[i-1].key == "to" && toks[i-2].key == "but" && (toks[i-3].key == "choice" || toks[i-3].key == "option" || toks[i-3].key == "alternative") &&
			!toks[i].tagged("VB") && allVerbForms[toks[i].key] && lemma.Of(toks[i].key, "VB") == toks[i].key {
			toks[i].tag = "VB"
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		// "made disparaging/VBG remarks": a tone before words or remarks
		// is their adjective.
		if toks[i].tag == "VBG" && wordTones[toks[i].key] != "" && remarkPreps[strings.TrimSuffix(toks[i+1].key, "s")] != nil {
			toks[i].tag = "JJ"
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		// A particle follows a verb: "shot/NN down".
		if toks[i+1].tag == "RP" && (toks[i].tag == "NN" || toks[i].tag == "JJ") && lemma.CanBePast(toks[i].key) {
			toks[i].tag = "VBD"
			// "Ukraine's military/JJ shot down": what the possessive
			// introduces before the verb is a noun.
			if i >= 2 && toks[i-1].tag == "JJ" && toks[i-2].tag == "POS" {
				toks[i-1].tag = "NN"
			}
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		// "representative to/TO the United Nations": the treebank tags a
		// preposition "to" IN; TO marks an infinitive.
		if n := toks[i+1].tag; toks[i].key == "to" && toks[i].tag == "TO" && (n == "DT" || n == "PRP$" || n == "CD" || strings.HasPrefix(n, "NNP")) {
			toks[i].tag = "IN"
		}
	}
	for _, m := range ms {
		// "when the US sanctions/NNS Russia", "the Syrian government
		// labels/NNS rebel groups as terrorists": a trigger's -s form between
		// two actors is their verb, but for a relational noun the names
		// qualify ("U.S. allies Japan and South Korea").
		i := m.End
		if i+1 < len(toks) && toks[i].tag == "NNS" && (verbForms[toks[i].key] || describeVerbs[toks[i].key]) && strings.HasSuffix(toks[i].key, "s") && mentionStarting(ms, i+1) >= 0 && !pluralRelNouns[toks[i].key] {
			toks[i].tag = "VBZ"
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		// "sanctions slapped/VBD on the country by the US": a past form
		// right after a noun, with "by" soon after it and a finite verb
		// before it, is a participle (a reduced relative clause).
		if toks[i].tag != "VBD" || pastOnly[toks[i].key] || !strings.HasPrefix(toks[i-1].tag, "NN") || !finiteBefore(toks, i-1) {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+6; j++ {
			if toks[j].key == "by" {
				toks[i].tag = "VBN"
				break
			}
			if isPunct(toks[j].tag) || strings.HasPrefix(toks[j].tag, "VB") || toks[j].tag == "MD" {
				break
			}
		}
	}
	for i := 1; i+2 < len(toks); i++ {
		// "she's ordered/JJ Lavrov to": a participle with an object after
		// a pronoun's "'s" is a perfect ("she has ordered").
		if p := toks[i-1].key; toks[i].key == "'s" && (p == "he" || p == "she" || p == "it") && strings.HasSuffix(toks[i+1].key, "ed") &&
			(toks[i+1].tag == "JJ" || toks[i+1].tag == "VBD") && (toks[i+2].tag == "DT" || toks[i+2].tag == "NNP" || toks[i+2].tag == "PRP$") {
			toks[i].tag, toks[i+1].tag = "VBZ", "VBN"
		}
	}
	for i := 1; i < len(toks); i++ {
		// "at Turkey's offensive/JJ.": a word after a possessive with no
		// noun after it is the noun.
		if next := ""; toks[i].tag == "JJ" && toks[i-1].key == "'s" {
			if i+1 < len(toks) {
				next = toks[i+1].tag
			}
			if next != "" && next != "." && next != ":" && next != "IN" && next != "TO" && !strings.HasPrefix(next, "VB") {
				continue
			}
			toks[i].tag = "NN"
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		// "went to/TO war": before a determiner or a name, or a noun after
		// "go", "to" is the treebank's preposition.
		if toks[i].tag != "TO" {
			continue
		}
		motion := i > 0 && (toks[i-1].key == "go" || toks[i-1].key == "goes" || toks[i-1].key == "went" || toks[i-1].key == "gone" || toks[i-1].key == "going")
		if n := toks[i+1]; n.tag == "DT" || n.tag == "PRP$" || n.tag == "NNP" || n.tag == "NNPS" ||
			motion && (n.tag == "NN" || n.tag == "NNS") && !allVerbForms[n.key] {
			toks[i].tag = "IN"
		}
	}
	verbList(toks)
	finiteVerb(toks)
	verbAfterParticiple(toks)
	pastTense(toks)
	for i := 2; i+1 < len(toks); i++ {
		// "Saudi Arabia, which backs the rebels, criticized/VBN Iran": a
		// participle after a comma, with no auxiliary before it and no
		// finite verb after it, taking an object, is a past tense.
		if toks[i].tag != "VBN" || toks[i-1].key != "," || !startsObject(toks[i+1]) || hasAuxBefore(toks, i) || finiteAfter(toks, i) {
			continue
		}
		toks[i].tag = "VBD"
	}
	for i := range toks {
		// "brushed aside calls/NN by the EU": a noun of asking in -s is
		// plural.
		if toks[i].tag == "NN" && strings.HasSuffix(toks[i].key, "s") && requestNouns[strings.TrimSuffix(toks[i].key, "s")] {
			toks[i].tag = "NNS"
		}
	}
}

// visitorNouns are people a country sends: "visiting U.S. lawmakers".
var visitorNouns = map[string]bool{
	"officials": true, "lawmakers": true, "delegation": true, "diplomats": true, "envoy": true, "ministers": true,
	"senators": true, "leaders": true, "inspectors": true, "official": true, "minister": true,
}

// gerundTakers are verbs whose object may be a gerund: "denied offering",
// "admitted sending", "resumed shelling".
var gerundTakers = map[string]bool{
	"deny": true, "admit": true, "avoid": true, "resume": true, "continue": true, "keep": true, "stop": true,
	"consider": true, "discuss": true, "risk": true, "acknowledge": true, "recommend": true, "suggest": true,
}

// particleGerundTakers are verbs with a particle whose object may be a
// gerund: "ruled out sending troops".
var particleGerundTakers = map[string]bool{"rule out": true, "give up": true, "carry on": true, "keep on": true, "put off": true}

// shelterNouns are the shelter one state gives another's people.
var shelterNouns = map[string]bool{"sanctuary": true, "haven": true, "refuge": true, "asylum": true}

// peoplePlurals are plurals that are never verbs.
var peoplePlurals = map[string]bool{
	"troops": true, "officials": true, "diplomats": true, "soldiers": true, "jets": true, "warplanes": true,
	"authorities": true, "militants": true, "rebels": true, "fighters": true, "leaders": true, "lawmakers": true,
}

// pastTense retags the sentence's first verb as a past tense when the
// tagger took it for a participle though no auxiliary comes before it, no
// finite verb after it, and it follows its subject: "The two countries
// negotiated with each other", "Salim al-Muslat, a spokesman for the
// opposition, accused Russia". A participle followed by "by" stays one:
// "forces backed by Iran".
func pastTense(toks []token) {
	first := -1
	for i, t := range toks {
		if strings.HasPrefix(t.tag, "VB") || t.tag == "MD" {
			first = i
			break
		}
	}
	if first < 1 || first+1 >= len(toks) || toks[first].tag != "VBN" {
		return
	}
	for _, t := range toks[first+1:] {
		if t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD" {
			return
		}
	}
	prev, next := toks[first-1], toks[first+1]
	subject := strings.HasPrefix(prev.tag, "NN") || prev.tag == "PRP" || (prev.key == "," || dashes[prev.key]) && strings.HasPrefix(toks[0].tag, "NNP")
	object := strings.HasPrefix(next.tag, "NN") || next.tag == "DT" || next.tag == "PRP" || next.tag == "PRP$" || next.tag == "IN" && next.key != "by"
	if subject && object {
		toks[first].tag = "VBD"
	}
}

// finiteBefore reports whether a finite verb comes before token i.
func finiteBefore(toks []token, i int) bool {
	for _, t := range toks[:i] {
		if t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD" {
			return true
		}
	}
	return false
}

// finiteVerb gives a sentence the tagger left without a verb its verb: the
// first "-s" word tagged as a plural or "-ed" word tagged as an adjective
// that stands between a noun phrase and the start of another ("Iran's
// support for Hezbollah worries Israel", "Obama's visit angered critics").
// verbList tags as verbs a list of plurals, or of plurals and a verb,
// between a name and a name or "the": "Iran finances/NNS, trains/NNS and
// arms/NNS Hezbollah", "Iran funds/NNS, arms/NNS and trains/VBZ the
// Houthis".
func verbList(toks []token) {
	item := func(t token) bool {
		return t.tag == "VBZ" || t.tag == "NNS" && strings.HasSuffix(t.key, "s") && !strings.HasSuffix(t.key, "ss")
	}
	for i := 1; i+1 < len(toks); i++ {
		if toks[i-1].tag != "NNP" && toks[i-1].tag != "NNPS" || !item(toks[i]) {
			continue
		}
		j := i
		for j+2 < len(toks) && (toks[j+1].key == "," || toks[j+1].key == "and" || toks[j+1].key == "or") && item(toks[j+2]) {
			j += 2
		}
		if j == i || j+1 >= len(toks) || !strings.HasPrefix(toks[j+1].tag, "NNP") && toks[j+1].key != "the" || toks[j-1].key != "and" && toks[j-1].key != "or" {
			continue
		}
		for k := i; k <= j; k += 2 {
			toks[k].tag = "VBZ"
		}
		i = j
	}
}

func finiteVerb(toks []token) {
	for i, t := range toks {
		// (A participle leaves the sentence without one: "Pyongyang
		// test-fired/JJ two missiles, defying/VBG UN sanctions", "imposed/JJ
		// sanctions on Turkey for buying/VBG"; so does an infinitive:
		// "… imposed/JJ sanctions on PDVSA in a bid to oust/VB Maduro".)
		if t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD" || t.tag == "VB" && !(i > 0 && toks[i-1].key == "to") ||
			t.tag == "VBN" && i+1 < len(toks) && toks[i+1].key == "by" { // a headline's passive: "Terrorists Killed by Syrian Army"
			return
		}
	}
	commas := 0
	for i := 1; i+1 < len(toks); i++ {
		// "The United States, under pressure from its allies,
		// called/VBN on Russia": the first "-ed" word after a phrase set
		// off by commas.
		if toks[i-1].key == "," {
			if commas++; commas == 2 && (toks[i].tag == "JJ" || toks[i].tag == "VBN") && strings.HasSuffix(toks[i].key, "ed") {
				toks[i].tag = "VBD"
				return
			}
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		prev, next := toks[i-1].tag, toks[i+1].tag
		if !strings.HasPrefix(prev, "NN") && prev != "PRP" {
			continue
		}
		if next != "DT" && next != "PRP" && next != "PRP$" && next != "JJ" && next != "CD" && !strings.HasPrefix(next, "NN") &&
			!(next == "IN" && strings.HasPrefix(prev, "NNP") && lemma.Of(toks[i].key, "VBD") != toks[i].key) {
			continue
		}
		switch k := toks[i].key; {
		case (toks[i].tag == "NN" || toks[i].tag == "JJ") && strings.HasPrefix(prev, "NNP") && lemma.Of(k, "VBD") != k && lemma.CanBePast(k):
			toks[i].tag = "VBD" // an irregular past after a name: "Putin spoke/NN by phone"
			return
		case toks[i].tag == "NNS" && strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss"):
			toks[i].tag = "VBZ"
			return
		case (toks[i].tag == "JJ" || toks[i].tag == "VBN") && strings.HasSuffix(k, "ed"):
			toks[i].tag = "VBD"
			return
		}
	}
}

// verbAfterParticiple gives a sentence whose only verb is a participle set
// off by commas its verb after the second comma: "The YPG, backed by the
// United States, fought/JJ ISIS".
func verbAfterParticiple(toks []token) {
	part, agent := -1, false
	for i, t := range toks {
		switch {
		case t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD":
			return
		case t.tag == "VBN" && i > 0 && toks[i-1].key == "," && part < 0:
			part = i
		case t.tag == "VBN" && i > 0 && strings.HasPrefix(toks[i-1].tag, "NN") && i+1 < len(toks) && toks[i+1].key == "by" && part < 0:
			// "Kurdish forces backed by Syrian rebels killed/VBN 10
			// militants": a participle with its agent, no comma, and then
			// the verb after the agent's noun.
			part, agent = i, true
		}
	}
	if part < 0 {
		return
	}
	for i := part + 2; i+1 < len(toks); i++ {
		k := toks[i].key
		afterAgent := agent && toks[i].tag == "VBN" && strings.HasPrefix(toks[i-1].tag, "NN")
		if toks[i-1].key != "," && !afterAgent || toks[i].tag != "JJ" && toks[i].tag != "NN" && toks[i].tag != "VBN" {
			continue
		}
		if next := toks[i+1].tag; lemma.Of(k, "VBD") != k && lemma.CanBePast(k) && (strings.HasPrefix(next, "NN") || next == "DT" || next == "PRP" || next == "IN" || next == "TO" || afterAgent && (next == "CD" || next == "JJ" || next == "PRP$")) {
			toks[i].tag = "VBD"
			return
		}
	}
}

// get returns a parser's buffers from the pool, the model read on first use.
func (ps *parsers) get() (*parseBuf, error) {
	ps.once.Do(func() { ps.model, ps.err = ParserModel() })
	if ps.err != nil {
		return nil, ps.err
	}
	b, _ := ps.pool.Get().(*parseBuf)
	if b == nil {
		b = &parseBuf{p: ps.model.NewParser()}
	}
	return b, nil
}

// put returns b to the pool.
func (ps *parsers) put(b *parseBuf) { ps.pool.Put(b) }

// parse parses b.words, with the tags in b.xpos when tagged and else the
// parser's own, into b.xpos (the tags used), b.head (1-based, 0 for the
// root) and b.deprel.
func (b *parseBuf) parse(tagged bool) error {
	n := len(b.words)
	b.deprel = growStrings(b.deprel, n)
	if cap(b.head) < n {
		b.head = make([]int, n)
	}
	b.head = b.head[:n]
	if tagged {
		return b.p.ParseTaggedInto(b.words, b.xpos, b.head, b.deprel)
	}
	return b.p.ParseInto(b.words, b.xpos, nil, b.head, b.deprel)
}

// demonymBeforeName tags as an adjective a demonym coordinated with a
// name before the plural they share: "American/NNP and Taliban
// negotiators" modify the negotiators alike.
func (x *Extractor) demonymBeforeName(toks []token, ms []Mention) {
	for n, m := range ms {
		i := m.Start
		if m.End != i+1 || n+1 >= len(ms) || toks[i].tag != "NNP" || i+2 >= len(toks) || toks[i+1].key != "and" || ms[n+1].Start != i+2 ||
			ms[n+1].End >= len(toks) || toks[ms[n+1].End].tag != "NNS" {
			continue
		}
		_, kind, _ := x.lookup(toks, i, "")
		_, next, _ := x.lookup(toks, i+2, "")
		if kind == surfDemonym && next == surfName {
			toks[i].tag = "JJ"
		}
	}
}

// parseRelativeApart parses again, apart from the rest, a relative clause
// set off by commas after a noun ("who", "which" or "whose"), when the
// parser found no verb or predicate for the sentence's root ("Lavrov/root,
// who is due to meet Pompeo in Sochi, accused/parataxis Washington of
// meddling") or made the clause's own predicate noun or adjective the
// root ("Germany, whose troops are part/root of the mission,
// criticized/parataxis Turkey"): the parser trained on web text loses the
// clause's end, and with it the sentence's verb. The clause ("who is due
// to meet Pompeo in Sochi") and the sentence without it ("Lavrov accused
// Washington of meddling") are each parsed alone, and the clause hung on
// the noun. Anything else is left as parsed.
func (b *parseBuf) parseRelativeApart(toks []token, tagged bool) error {
	keep, root, noun := b.keep, -1, -1
	for j, h := range b.head {
		if h == 0 {
			root = j
		}
	}
	if root < 0 {
		return nil
	}
	// The noun before ", who", ", which" or ", whose" that ends the
	// sentence's first phrase, before any verb.
	for j := 0; j+3 < len(keep) && noun < 0; j++ {
		if strings.HasPrefix(b.xpos[j], "VB") || b.xpos[j] == "MD" {
			return nil
		}
		if w := toks[keep[j+2]].key; strings.HasPrefix(b.xpos[j], "NN") && toks[keep[j+1]].key == "," && (w == "who" || w == "which" || w == "whose") {
			noun = j
		}
	}
	if noun < 0 {
		return nil
	}
	// The clause ends at the first comma before a finite verb (after an
	// adverb, "…, also told").
	end := -1 // keep index of the closing comma
	for j := noun + 3; j+1 < len(keep) && end < 0; j++ {
		if toks[keep[j]].key != "," {
			continue
		}
		v := j + 1
		if strings.HasPrefix(b.xpos[v], "RB") && v+1 < len(keep) {
			v++
		}
		if finiteTag(b.xpos[v]) {
			end = j
		}
	}
	if end < 0 {
		return nil
	}
	if inClause := root > noun+1 && root < end && !strings.HasPrefix(b.xpos[root], "VB"); !inClause {
		// A verb or a predicate for root is the sentence's own, unless it
		// is a predicate noun or adjective inside the clause ("Germany,
		// whose troops are part/root of the mission, criticized/parataxis
		// Turkey": the clause took the root).
		if strings.HasPrefix(b.xpos[root], "VB") {
			return nil
		}
		for j, h := range b.head {
			if h == root+1 && b.deprel[j] == "cop" {
				return nil
			}
		}
	}
	whole := struct {
		words, xpos, deprel []string
		head                []int
	}{slices.Clone(b.words), slices.Clone(b.xpos), slices.Clone(b.deprel), slices.Clone(b.head)}
	parseSpan := func(in func(j int) bool) (js []int, err error) {
		b.words, b.xpos = b.words[:0], b.xpos[:0]
		for j := range keep {
			if in(j) {
				js = append(js, j)
				b.words, b.xpos = append(b.words, whole.words[j]), append(b.xpos, whole.xpos[j])
			}
		}
		if js[0] == noun+2 && len(js) > 1 && (strings.HasPrefix(b.xpos[1], "VB") || b.xpos[1] == "MD" || strings.HasPrefix(b.xpos[1], "RB")) {
			// A clause whose pronoun is its subject is parsed with the
			// noun for the pronoun, as a sentence of its own: "Lavrov is
			// due to meet Pompeo" (not "which Tehran refuses to
			// recognize").
			b.words[0], b.xpos[0] = whole.words[noun], whole.xpos[noun]
		}
		return js, b.parse(tagged)
	}
	mainJs, err := parseSpan(func(j int) bool { return j <= noun || j > end })
	if err != nil {
		return err
	}
	head, deprel, xpos := whole.head, whole.deprel, whole.xpos
	for q, j := range mainJs {
		head[j], deprel[j], xpos[j] = 0, b.deprel[q], b.xpos[q]
		if h := b.head[q]; h > 0 {
			head[j] = mainJs[h-1] + 1
		}
	}
	relJs, err := parseSpan(func(j int) bool { return j > noun+1 && j < end })
	if err != nil {
		return err
	}
	clauseRoot := -1
	for q, j := range relJs {
		head[j], deprel[j] = noun+1, "acl:relcl"
		if q > 0 {
			xpos[j] = b.xpos[q]
		}
		if h := b.head[q]; h > 0 {
			head[j], deprel[j] = relJs[h-1]+1, b.deprel[q]
		} else {
			clauseRoot = j
		}
	}
	if clauseRoot >= 0 {
		head[noun+1], deprel[noun+1] = clauseRoot+1, "punct"
		head[end], deprel[end] = clauseRoot+1, "punct"
	}
	b.words, b.xpos, b.deprel, b.head = whole.words, xpos, deprel, head
	return nil
}

// growInts sets *s to n elements, reusing its array when it is large enough.
func growInts(s *[]int, n int) []int {
	if cap(*s) < n {
		*s = make([]int, n)
	}
	*s = (*s)[:n]
	return *s
}

// ParserModel returns the embedded parser model, or the one in the file
// DIPLOGRAPH_PARSE_MODEL names (to try a model trained with make model
// before it is embedded).
func ParserModel() (*parse.Model, error) {
	path := os.Getenv("DIPLOGRAPH_PARSE_MODEL")
	if path == "" {
		return parse.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("parser model: %w", err)
	}
	defer f.Close()
	m, err := parse.Read(f)
	if err != nil {
		return nil, fmt.Errorf("parser model %s: %w", path, err)
	}
	return m, nil
}

// usStateBefore returns how many words before i name a US state ("New
// Jersey", "Texas"), or 0.
func usStateBefore(toks []token, i int) int {
	for n := 3; n >= 1; n-- {
		if i-n < 0 {
			continue
		}
		var ws []string
		for _, t := range toks[i-n : i] {
			if !t.cap() {
				ws = nil
				break
			}
			ws = append(ws, t.key)
		}
		if ws != nil && usStateNames[strings.Join(ws, " ")] {
			return n
		}
	}
	return 0
}

// usStateNames are the fifty states of the United States, lower case.
var usStateNames = map[string]bool{}

func init() {
	for _, n := range strings.Split("alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming", "|") {
		usStateNames[n] = true
	}
}

// parseWord is the form the parser sees: straight quotes, as in its treebank.
func parseWord(w string) string {
	switch w {
	case "\u201c", "\u201d", "«", "»":
		return `"`
	case "\u2018", "\u2019":
		return "'"
	case "\u2019s":
		return "'s"
	}
	return w
}

func growStrings(s []string, n int) []string {
	if cap(s) < n {
		return make([]string, n)
	}
	return s[:n]
}

// child returns the first child of i with relation rel (or a subtype of it:
// "obl" matches "obl:tmod"), or -1.
func (t *tree) child(i int, rel string) int {
	for _, k := range t.kids[i] {
		if relIs(t.rel[k], rel) {
			return k
		}
	}
	return -1
}

// relIs reports whether r is rel or one of its subtypes.
func relIs(r, rel string) bool {
	return r == rel || len(r) > len(rel) && r[len(rel)] == ':' && strings.HasPrefix(r, rel)
}

// child0 is child for a tree whose kids are not yet listed (while it is
// repaired).
func (t *tree) child0(i int, rel string) int {
	for k, h := range t.head {
		if h == i && relIs(t.rel[k], rel) {
			return k
		}
	}
	return -1
}

// caseBefore is caseOf for a tree whose kids are not yet listed (while
// it is repaired): the lemma of i's case marker, or "".
func (t *tree) caseBefore(i int) string {
	for k := i - 1; k >= 0; k-- {
		if t.head[k] == i && t.rel[k] == "case" {
			return t.lemma[k]
		}
	}
	return ""
}

// caseOf returns the lemma of i's case marker ("by" in "by Russia"), with a
// fixed second word ("according to", "because of"), or "".
func (t *tree) caseOf(i int) string {
	for _, k := range t.kids[i] {
		if t.rel[k] == "case" && k < i {
			if f := t.child(k, "fixed"); f >= 0 {
				return t.lemma[k] + " " + t.lemma[f]
			}
			return t.lemma[k]
		}
	}
	return ""
}

// span returns the first and last word of i's subtree.
func (t *tree) span(i int) (lo, hi int) {
	lo, hi = i, i
	for _, k := range t.kids[i] {
		a, b := t.span(k)
		lo, hi = min(lo, a), max(hi, b)
	}
	return lo, hi
}

// conjuncts returns i and the words coordinated with it ("X, Y and Z").
func (t *tree) conjuncts(i int) []int {
	out := []int{i}
	for q := 0; q < len(out); q++ {
		for _, k := range t.kids[out[q]] {
			if t.rel[k] == "conj" {
				out = append(out, k)
			}
		}
	}
	return out
}

// hasChildLemma reports whether i has a child with relation rel and one of lemmas.
func (t *tree) hasChildLemma(i int, rel string, lemmas ...string) bool {
	for _, k := range t.kids[i] {
		if relIs(t.rel[k], rel) {
			for _, l := range lemmas {
				if t.lemma[k] == l {
					return true
				}
			}
		}
	}
	return false
}

// Parse splits text into sentences and returns each one's parse as the
// extractor sees it: its tokens, with the parser's tags, lemmas, heads and
// relations. It is for looking at what the relation rules read.
func (x *Extractor) Parse(ctx context.Context, text string) ([]parse.Sentence, error) {
	var out []parse.Sentence
	for _, s := range Split(text) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		toks := tokenize(s.Text, s.Start)
		if len(toks) == 0 {
			continue
		}
		t, err := x.parse(toks, nil)
		if err != nil {
			return nil, err
		}
		ps := parse.Sentence{Comments: []string{" text = " + strings.Join(strings.Fields(s.Text), " ")}}
		for i, tk := range toks {
			ps.Tokens = append(ps.Tokens, parse.Token{ID: i + 1, Form: tk.text, Lemma: t.lemma[i], UPOS: "_",
				XPOS: t.tag[i], Feats: "_", Head: t.head[i] + 1, Deprel: t.rel[i], Deps: "_",
				Misc: fmt.Sprintf("Offset=%d", tk.start)})
		}
		out = append(out, ps)
	}
	return out, nil
}

// finiteTag reports whether a PTB tag is a finite verb's or a modal's.
func finiteTag(tag string) bool {
	return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD"
}

// isPunct reports whether a treebank tag is a punctuation mark's.
func isPunct(tag string) bool {
	switch tag {
	case ".", ",", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP":
		return true
	}
	return false
}

// hasDependent reports whether word v has a dependent with relation rel,
// before the tree's children lists are built.
func hasDependent(t *tree, v int, rel string) bool { return dependent(t, v, rel) >= 0 }

// dependentKey reports whether word v has a dependent with relation rel
// that is one of the words keys, before the children lists are built.
func dependentKey(t *tree, toks []token, v int, rel string, keys ...string) bool {
	for k, h := range t.head {
		if h == v && t.rel[k] == rel && slices.Contains(keys, toks[k].key) {
			return true
		}
	}
	return false
}

// dependent returns word v's first dependent with relation rel, or -1,
// before the tree's children lists are built.
func dependent(t *tree, v int, rel string) int {
	for k, h := range t.head {
		if h == v && t.rel[k] == rel {
			return k
		}
	}
	return -1
}

// infinitiveVerbs take a to-infinitive: the word after their "to" is a verb.
var infinitiveVerbs = map[string]bool{
	"agree": true, "plan": true, "want": true, "decide": true, "vow": true, "pledge": true, "promise": true,
	"seek": true, "try": true, "threaten": true, "refuse": true, "offer": true, "hope": true, "aim": true,
	"fail": true, "need": true, "intend": true, "expect": true, "attempt": true, "prepare": true,
	"move": true, "continue": true, "begin": true, "start": true, "decline": true, "resolve": true,
}

func startsObject(t token) bool {
	return t.tag == "DT" || t.tag == "PRP" || t.tag == "PRP$" || t.tag == "CD" || strings.HasPrefix(t.tag, "NN")
}

// hasAuxBefore reports whether a form of have or be comes within three
// words before i.
func hasAuxBefore(toks []token, i int) bool {
	for j := max(i-3, 0); j < i; j++ {
		switch toks[j].key {
		case "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "'s":
			return true
		}
	}
	return false
}

// finiteAfter reports whether a finite verb comes after i.
func finiteAfter(toks []token, i int) bool {
	for _, t := range toks[i+1:] {
		if t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD" {
			return true
		}
	}
	return false
}

// discourseAdverbs link a sentence to the one before; the news tagger
// sometimes takes them for nouns after a name.
var discourseAdverbs = map[string]bool{"meanwhile": true, "moreover": true, "furthermore": true, "likewise": true,
	"nevertheless": true, "nonetheless": true, "however": true, "therefore": true, "thus": true, "hence": true}

// proposalNouns propose an act an infinitive names: "suggestions to arm the
// rebels".
var proposalNouns = map[string]bool{
	"suggestion": true, "proposal": true, "recommendation": true, "request": true, "plan": true,
	"offer": true, "idea": true, "demand": true, "plea": true, "appeal": true, "advice": true,
}

// titleParticiples qualify a title they come before.
var titleParticiples = map[string]bool{
	"outgoing": true, "incoming": true, "acting": true, "managing": true, "presiding": true, "reigning": true,
	"sitting": true, "governing": true, "founding": true, "ruling": true, "serving": true, "departing": true,
}

// weekdayAbbrevs are the weekdays' short names ("Tue May 3 2016").
var weekdayAbbrevs = map[string]bool{"mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true}

// pastOnly are irregular past forms that are no participle.
var pastOnly = map[string]bool{
	"spoke": true, "went": true, "came": true, "gave": true, "took": true, "wrote": true, "flew": true,
	"drove": true, "rose": true, "fell": true, "chose": true, "broke": true, "froze": true, "stole": true,
	"swore": true, "drew": true, "grew": true, "threw": true, "knew": true, "saw": true, "began": true,
	"ran": true, "sank": true, "rang": true, "shook": true, "forbade": true, "forgave": true,
	"withdrew": true, "overthrew": true, "undertook": true, "overtook": true, "foresaw": true,
}

// finiteInClause reports whether a finite verb follows i before the
// clause ends at a comma, a semicolon or a word opening another clause.
func finiteInClause(toks []token, i int) bool {
	for _, t := range toks[i+1:] {
		if t.key == "," || t.key == ";" || clauseOpeners[t.key] {
			return false
		}
		if t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD" {
			return true
		}
	}
	return false
}

// clauseOpeners open a clause whose subject may follow: "why Israeli jets
// struck", "that Russia sent".
var clauseOpeners = map[string]bool{
	"why": true, "how": true, "when": true, "where": true, "whether": true, "that": true, "because": true,
	"after": true, "before": true, "since": true, "while": true, "as": true, "if": true, "once": true, "and": true, "but": true,
}

// descends reports whether word j is in the subtree of word h.
func descends(t *tree, j, h int) bool {
	for n := 0; j >= 0 && n < len(t.head); n++ {
		if j == h {
			return true
		}
		j = t.head[j]
	}
	return false
}

// openingSubject reports whether k, hung on a phrase before it, may be
// the subject of the verb after it: a name in apposition, or a noun the
// parser added to a list that ends with it and names an actor in it
// ("diplomats from India and Pakistan").
func openingSubject(t *tree, toks []token, ms []Mention, k int) bool {
	switch t.rel[k] {
	case "appos":
		return toks[k].tag == "NNP" && inMention(ms, k)
	case "conj":
		if !strings.HasPrefix(t.tag[k], "NN") || dependent(t, k, "cc") >= 0 {
			return false
		}
		for j := k + 1; j < len(t.head); j++ {
			if t.head[j] == t.head[k] && t.rel[j] == "conj" {
				return false
			}
		}
		for j := k; j <= lastOf(t, k); j++ {
			if inMention(ms, j) && descends(t, j, k) {
				return true
			}
		}
	}
	return false
}

// lastOf returns the last word of h's subtree, reading heads only (the
// tree's kids are not built while it is repaired).
func lastOf(t *tree, h int) int {
	last := h
	for j := h + 1; j < len(t.head); j++ {
		if descends(t, j, h) {
			last = j
		}
	}
	return last
}

// speakerActLemmas are verbs a speaker goes on to do in the same breath:
// "said …, and urged Togo to reopen its crossings".
var speakerActLemmas = map[string]bool{
	"urge": true, "call": true, "appeal": true, "demand": true, "ask": true, "vow": true, "pledge": true,
	"promise": true, "warn": true, "accuse": true, "blame": true, "condemn": true, "welcome": true, "praise": true, "thank": true,
}

// relativeVerbs tags the verb of a relative clause with a subject of its
// own finite when the tagger read a participle: "the deal that the United
// States and five other world powers signed/VBN with Iran", where the
// verb's pattern takes the noun before "that" as its object (not "signs
// that troops involved/VBN in the drills were", nor "the arms supplied/VBN
// by Russia").
func (x *Extractor) relativeVerbs(toks []token) {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].tag != "VBN" || !strings.HasSuffix(toks[i].key, "ed") || toks[i+1].key == "by" {
			continue
		}
		if j := relativeSubjectBefore(toks, i); j >= 0 && x.objectOf(lemma.Of(toks[i].key, "VBD"), lemma.Of(toks[j-1].key, toks[j-1].tag)) {
			toks[i].tag, toks[j].tag = "VBD", "WDT"
		}
	}
}

// relativeSubjectBefore is the relative pronoun after a common noun ("the
// deal that", "the talks which") that the noun phrase before token i
// follows, the relative clause's subject, or -1.
func relativeSubjectBefore(toks []token, i int) int {
	j := i - 1
	if j < 0 || !strings.HasPrefix(toks[j].tag, "NN") && toks[j].tag != "PRP" {
		return -1
	}
	for j >= 0 && (strings.HasPrefix(toks[j].tag, "NN") || toks[j].tag == "DT" || toks[j].tag == "JJ" || toks[j].tag == "CD" || toks[j].tag == "CC" || toks[j].tag == "POS" || toks[j].tag == "PRP$" || toks[j].tag == "PRP") {
		j--
	}
	if j < 1 || j == i-1 || toks[j].key != "that" && toks[j].key != "which" || toks[j-1].tag != "NN" && toks[j-1].tag != "NNS" {
		return -1
	}
	return j
}
