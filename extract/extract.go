package extract

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"maps"
	"os"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extract/lemma"
	"github.com/diplograph/diplograph/schema"
	"github.com/jdkato/prose/v2"
)

// Article is one news article.
type Article struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Text   string `json:"text"`
	Date   string `json:"date"`
	URL    string `json:"url"`
	Source string `json:"source"`
	// File and Line say where the Reader read the article (Line 0 for a
	// whole file), for messages about it later in a run.
	File string `json:"-"`
	Line int    `json:"-"`
}

// SHA256 is the hex digest of the article's title and text: the loader's
// test for "unchanged".
func (a *Article) SHA256() string {
	h := sha256.New()
	h.Write([]byte(a.Title))
	h.Write([]byte{0})
	h.Write([]byte(a.Text))
	return hex.EncodeToString(h.Sum(nil))
}

// Extractor finds triples in articles. It is safe for concurrent use.
type Extractor struct {
	gaz      *Gazetteer
	triggers map[string][]schema.Trigger // by inflected form
	// The prose model is loaded once, on first use, and shared read-only;
	// fast scores it (nil if its weights could not be read).
	modelOnce sync.Once
	model     *prose.Model
	fast      *tagger
	// The dependency parser (extract/parse) and the trigger lexicon
	// (schema.Lexicon); forms holds every inflected form of its entries, to
	// find the sentences worth parsing.
	parsers parsers
	lex     *schema.Lexicon
	// rules and tagger: DIPLOGRAPH_RULES and DIPLOGRAPH_TAGGER, read once
	// (see useTree and parse), to measure one rule set or tagger.
	rules, tagger string
	forms         map[string]bool
	// nounForms are the forms of the lexicon's event nouns ("attacks",
	// "visit"): a capital before one is where the event happened.
	nounForms map[string]bool
	// mutualNouns are the forms of the event nouns whose parties act on
	// one another ("talks", "summit", "war"): see hyphenPair.
	mutualNouns map[string]bool
	// mutualVerbs are the forms of the verbs whose parties act together
	// ("meet", "negotiate"): see fixTags.
	mutualVerbs map[string]bool
	// verbForms are the forms of the lexicon's verbs without a pattern
	// noun ("sanctions"): see fixTags; allVerbForms those of all its verbs.
	verbForms, allVerbForms map[string]bool
	// patternVerbs: a pattern's object noun form ("fighters", "$") → the
	// forms of the verbs it takes ("sent", "supplies"): the two together
	// mark a candidate ("sent fighter jets to").
	patternVerbs map[string]map[string]bool
}

// New returns an Extractor that resolves actors with gaz.
func New(gaz *Gazetteer) *Extractor {
	x := &Extractor{
		gaz:          gaz,
		triggers:     map[string][]schema.Trigger{},
		forms:        map[string]bool{},
		nounForms:    map[string]bool{},
		mutualNouns:  map[string]bool{},
		mutualVerbs:  map[string]bool{},
		verbForms:    map[string]bool{},
		allVerbForms: map[string]bool{},
		patternVerbs: map[string]map[string]bool{},
		rules:        os.Getenv("DIPLOGRAPH_RULES"),
		tagger:       os.Getenv("DIPLOGRAPH_TAGGER"),
	}
	for _, tr := range schema.Triggers {
		pos := lemma.Verb
		if tr.POS == schema.Noun {
			pos = lemma.Noun
		}
		forms := allForms(tr.Lemma, pos)
		for k, f := range forms {
			if slices.Contains(forms[:k], f) {
				continue // "hit" is its own past
			}
			x.triggers[f] = append(x.triggers[f], tr)
			x.forms[f] = true
		}
	}
	x.forms["responsible"], x.forms["accountable"] = true, true    // "held X responsible for": see clause.blame
	x.forms["complicit"], x.forms["culpable"] = true, true         // "was complicit in the killing"
	x.forms["guilty"] = true                                       // "said X was guilty of war crimes"
	x.forms["behind"] = true                                       // "said X was behind the meddling": see clause.blame
	x.markVerbs(slices.Collect(maps.Keys(damageVerbs))...)         // "said Israel's attempts risk the solution": see clause.reportedHarm
	x.forms["consequences"], x.forms["repercussions"] = true, true // "warned the move would have consequences"
	x.markVerbs(slices.Collect(maps.Keys(linkLemmas))...)          // "linked Iran to the attacks": see clause.linkedTo
	x.markVerbs("accept", "recognise", "recognize")                // "refused to accept the offer": see clause.refusedToAccept
	for w := range inspectorNouns {
		x.forms[w+"s"] = true // "barred U.N. inspectors": see clause.barredInspectors
	}
	for w := range stanceAdjectives {
		x.forms[w] = true // "has been critical of NATO": see clause.stance
	}
	for _, w := range []string{"gas", "sarin", "chlorine", "chemical", "biological"} {
		x.forms[w] = true // "said Assad had used nerve gas": see clause.bannedArms
	}
	x.markVerbs(slices.Collect(maps.Keys(wrongLemmas))...) // "said X was violating the deal": see clause.reportedWrong
	if lex, err := schema.LoadLexicon(); err == nil {
		x.lex = lex
		for _, e := range lex.Entries {
			// A pattern ("impose sanctions", "send fighter jets") marks a
			// candidate by its object noun beside one of its verbs: either
			// alone is often a common word.
			if len(e.Objects) > 0 {
				verbs := allForms(e.Lemma, lemma.Verb)
				for _, f := range verbs {
					x.allVerbForms[f] = true
				}
				for _, o := range e.Objects {
					objs := lemma.Forms(o, lemma.Noun)
					if o == "money" { // an amount: "$2 billion" (see objectFits)
						objs = append(objs, "$", "dollars", "euros", "million", "billion")
					}
					for _, f := range objs {
						if x.patternVerbs[f] == nil {
							x.patternVerbs[f] = map[string]bool{}
						}
						for _, v := range verbs {
							x.patternVerbs[f][v] = true
						}
					}
				}
				continue
			}
			pos := lemma.Verb
			if e.POS == schema.Noun {
				pos = lemma.Noun
			}
			for _, f := range allForms(e.Lemma, pos) {
				x.forms[f] = true
				if pos == lemma.Noun {
					x.nounForms[f] = true
					if e.Relation.Symmetric() || e.Relation == schema.Attacked && reciprocalLemmas[e.Lemma] {
						x.mutualNouns[f] = true
					}
				} else {
					x.verbForms[f], x.allVerbForms[f] = true, true
					if e.Relation.Symmetric() {
						x.mutualVerbs[f] = true
					}
				}
			}
		}
	}
	return x
}

// Gazetteer returns the extractor's dictionary.
func (x *Extractor) Gazetteer() *Gazetteer { return x.gaz }

// sentences returns the article's sentences with their index: the title
// first (offsets -1, as it is not part of Text), then the body.
func sentences(a *Article) []Sentence {
	var out []Sentence
	if t := strings.TrimSpace(a.Title); t != "" {
		out = append(out, Sentence{Text: t, Start: -1, End: -1})
	}
	return append(out, Split(a.Text)...)
}

// InternalError is a bug met while extracting one sentence: a panic,
// recovered so that it costs the article, not the run.
type InternalError struct {
	Sentence int // the sentence's index (0 is the title, when there is one)
	Value    any // what the code panicked with
	Stack    []byte
}

func (e *InternalError) Error() string {
	return fmt.Sprintf("internal error in sentence %d: %v (please report it with the article)", e.Sentence, e.Value)
}

// Extract returns the triples of one article, in sentence order. The
// context is checked between sentences.
func (x *Extractor) Extract(ctx context.Context, a *Article) (_ []schema.Triple, err error) {
	st := newState(a.Date)
	st.text = a.Title + "\n" + a.Text
	meta := schema.Article{ID: a.ID, Title: a.Title, Date: a.Date, Source: a.Source, URL: a.URL, SHA256: a.SHA256()}
	var out []schema.Triple
	idx := 0
	defer func() {
		if v := recover(); v != nil {
			err = &InternalError{Sentence: idx, Value: v, Stack: debug.Stack()}
		}
	}()
	var s Sentence
	// One sentence's tokens at a time: nothing keeps them past the
	// sentence (triples and the state hold strings and actors), so each
	// sentence's are written over the last one's.
	var buf []token
	for idx, s = range sentences(a) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		base := s.Start
		if base < 0 {
			base = 0
		}
		toks := dropLinkBlocks(appendTokens(buf[:0], s.Text, base))
		buf = toks
		before := newStateFrom(st)
		refs := newStateFrom(st) // what references back reach: the sentences before
		ms := x.mentions(Sentence{Text: s.Text, Start: base}, toks, st)
		var tr *tree
		switch x.candidate(toks, ms, len(st.events) > 0) {
		case noRelation:
			st.prevSubjects, st.prevThingObject = carriedSubjects(st.prevSubjects, leadingSubjects(toks, ms), toks), false
			st.quoteSpeaker, st.quoteNext = nextQuoteSpeaker(toks, ms, st.quoteSpeaker, st.quoteNext)
			continue
		case needsTags:
			if x.useTree() && len(toks) <= maxParseTokens {
				var err error
				if tr, err = x.parse(toks, ms); err != nil {
					return nil, err
				}
			} else if !x.tagWindow(toks, ms) {
				break
			}
			// Tags can change what a demonym or name means: find the
			// mentions again, from the state before the sentence.
			ms = x.mentions(Sentence{Text: s.Text, Start: base}, toks, before)
			*st = *before
		}
		// Whose quoted words go on after this sentence (the clause reads
		// refs: what the sentences before left).
		st.quoteSpeaker, st.quoteNext = nextQuoteSpeaker(toks, ms, st.quoteSpeaker, st.quoteNext)
		var c *clause // the parsed sentence's view for the rules
		if tr != nil {
			c = newClause(x, toks, tr, ms, refs)
			st.prevSubjects, st.prevThingObject = carriedSubjects(refs.prevSubjects, c.subjects(), toks), c.thingObject()
		} else {
			st.prevSubjects, st.prevThingObject = carriedSubjects(refs.prevSubjects, leadingSubjects(toks, ms), toks), false
		}
		question := len(toks) > 0 && toks[len(toks)-1].text == "?"
		rels := dropPrivatePairs(x.relate(toks, c, ms, refs), st)
		if c == nil && x.useTree() && len(toks) > maxParseTokens {
			// Text the splitter could not cut (link lists, captions run
			// together): the window rules pair words from unrelated
			// lines; only titles ("Defense Secretary Jim Mattis") are
			// read from it.
			rels = slices.DeleteFunc(rels, func(r relation) bool { return r.rel != schema.Represents })
		}
		if c != nil {
			st.noteActs(c.acts)
		}
		for _, r := range rels {
			if question && r.rel != schema.Represents && r.reporter == nil {
				r.modality = schema.Hypothetical // "Will NATO protect Ukraine?" asserts nothing
			}
			info := r.rel.Info()
			start := r.trigger.start
			if s.Start < 0 {
				start = -1
			}
			out = append(out, schema.Triple{
				Article:    meta,
				Sentence:   schema.Sentence{Index: idx, Start: s.Start, End: s.End, Text: s.Text},
				Subject:    r.subj,
				Relation:   r.rel,
				Object:     r.obj,
				Negated:    r.negated,
				Modality:   r.modality,
				Reporter:   r.reporter,
				Trigger:    r.trigger.text,
				TriggerAt:  start,
				CAMEO:      info.CAMEO,
				PLOVER:     info.PLOVER,
				Goldstein:  info.Goldstein,
				Rule:       r.rule,
				Confidence: round2(confidence(r)),
			})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Sentence.Index < out[j].Sentence.Index })
	return out, nil
}

// openingWords open a phrase set before a sentence's subject.
var openingWords = map[string]bool{
	"in": true, "on": true, "at": true, "after": true, "before": true, "since": true, "during": true,
	"despite": true, "for": true, "with": true, "under": true, "earlier": true, "later": true, "meanwhile": true, "last": true,
}

// carriedSubjects returns the subjects a sentence hands on: its own, or,
// when it opens with "It" and names none, those it took over ("Moscow
// cultivates conflicts. It weakens Europe's energy security. It
// threatens NATO allies": Moscow throughout).
func carriedSubjects(prev, own []schema.Actor, toks []token) []schema.Actor {
	if len(own) == 0 && len(toks) > 1 && toks[0].key == "it" && len(prev) == 1 {
		return prev
	}
	return own
}

// leadingSubjects reads, without a tree, a sentence that opens with one
// actor, or two joined by "and", before a lower-case word: "North Korea
// conducted a test", "Russia and China blocked the resolution". It returns
// them, or nil.
func leadingSubjects(toks []token, ms []Mention) []schema.Actor {
	if len(ms) > 0 && ms[0].Start > 2 && toks[ms[0].Start-1].key == "," && openingWords[toks[0].key] && !slices.ContainsFunc(toks[:ms[0].Start-1], func(t token) bool { return t.key == "," }) {
		// "In every arena, Moscow cultivates conflicts": after an
		// opening phrase and its comma.
		ms = slices.Clone(ms)
		ms[0].Start = 0
	}
	if len(ms) < 1 || ms[0].Start > 1 || ms[0].Start == 1 && toks[0].key != "the" {
		return nil
	}
	a := ms[0]
	j := a.End
	if len(ms) == 1 || j < len(toks) && toks[j].key != "and" {
		// "North Korea conducted its sixth nuclear test": one actor
		// opening the sentence before a lower-case verb.
		if j < len(toks) && !toks[j].cap() && toks[j].key != "'s" && isWordRune([]rune(toks[j].text)[0]) && !locPreps[toks[j].key] &&
			len(a.Actors) == 1 && !a.Place && !a.Possessive && a.Suffix == "" {
			return []schema.Actor{a.Actors[0]}
		}
		return nil
	}
	b := ms[1]
	if j++; j < len(toks) && toks[j].key == "the" {
		j++
	}
	if b.Start != j || b.End >= len(toks) || toks[b.End].cap() || toks[b.End].key == "'s" || !isWordRune([]rune(toks[b.End].text)[0]) ||
		len(a.Actors) != 1 || len(b.Actors) != 1 || a.Place || b.Place || a.Possessive || b.Possessive {
		return nil
	}
	return []schema.Actor{a.Actors[0], b.Actors[0]}
}

// proseSanitizer is the replacement prose applies to text before tokenizing.
var proseSanitizer = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'", "&rsquo;", "'")

// sanitize is proseSanitizer.Replace(w), without its scan of the words that
// hold none of its patterns, which all begin with the byte 0xE2 (the curly
// quotes) or "&".
func sanitize(w string) string {
	if strings.IndexByte(w, 0xE2) < 0 && strings.IndexByte(w, '&') < 0 {
		return w
	}
	return proseSanitizer.Replace(w)
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

// newStateFrom copies the reference state so that a second look at the same
// sentence does not count its mentions twice. The copy and st share their
// maps of counts and people until either writes to them (see state.own):
// Extract copies the state twice for every sentence, and most sentences
// write neither map.
func newStateFrom(st *state) *state {
	c := *st
	st.shared, c.shared = true, true
	c.seenPeople = st.seenPeople
	c.shadowed = slices.Clip(st.shadowed) // an append makes its own copy
	return &c
}

// candidacy says what a sentence needs for its relations.
type candidacy int

const (
	noRelation candidacy = iota // fewer than two actors, or no cue at all: skipped
	noTags                      // only titles and modifiers ("US-backed"): no tagging needed
	needsTags                   // a trigger word between actors: tagged
)

// corefWords are the words that may refer back to an actor: pronouns and
// the heads of definite descriptions (see clause.corefer); "the country",
// "the government" and "the regime" are mentions of their own.
var pronouns = map[string]bool{"it": true, "its": true, "they": true, "them": true, "their": true, "his": true, "him": true, "her": true, "we": true, "us": true, "our": true, "i": true, "me": true, "my": true}

var corefWords = map[string]bool{
	"it": true, "its": true, "they": true, "them": true, "their": true, "his": true, "him": true, "her": true,
	"we": true, "us": true, "our": true, "i": true, "me": true, "my": true,
	"kingdom": true, "republic": true, "nation": true, "island": true, "government": true, "regime": true,
	"group": true, "militia": true, "movement": true, "militants": true, "insurgents": true, "jihadists": true, "alliance": true, "bloc": true, "organization": true, "organisation": true,
}

// sendForms send someone named: see clause.sentTo.
var sendForms = map[string]bool{"send": true, "sends": true, "sent": true, "sending": true, "dispatch": true, "dispatches": true, "dispatched": true, "dispatching": true}

// candidate decides whether a sentence can hold a relation, and whether the
// rules need its part-of-speech tags. Most sentences hold no relation and are
// never tagged, which is where the time goes.
func (x *Extractor) candidate(toks []token, ms []Mention, recall bool) candidacy {
	actors, cheap := 0, false
	for _, m := range ms {
		actors += len(m.Actors)
		if m.Affiliation != nil || m.Suffix != "" || m.End < len(toks) && officeAux[toks[m.End].key] && len(m.Actors) == 1 && m.Actors[0].Kind == schema.Person {
			cheap = true // a title, a modifier, or perhaps an office taken (officePredicate)
		}
		if m.Start >= 2 && toks[m.Start-1].key == "," && toks[m.Start].cap() && len(m.Actors) == 1 && m.Actors[0].Kind == schema.Person &&
			slices.ContainsFunc(toks[max(m.Start-9, 0):m.Start-1], func(t token) bool { return titleWords[t.key] }) {
			// A title before the name: "Moscow's envoy, Alexander
			// Lavrentiev," (possessorTitle), "the top U.S. diplomat in
			// Ukraine, Bill Taylor," (preApposition).
			cheap = true
		}
		if m.Possessive && len(m.Actors) == 1 && m.Actors[0].Kind == schema.Person && mentionStarting(ms, m.End+1) >= 0 {
			cheap = true // "Viktor Orban's Hungary" (relate's possessor)
		}
		if m.Suffix != "" && m.Start > 0 && toks[m.Start-1].key == "the" && m.End < len(toks) && groupNouns[toks[m.End].key] && x.useTree() {
			return needsTags // "The Iran-backed group": the group an earlier sentence named (relate's modifiers)
		}
	}
	if recall && actors < 2 && x.useTree() {
		// "the meeting", "that conversation", "today's call": a meeting
		// of two an earlier sentence reported (clause.recalledMeeting).
		for i, t := range toks {
			if recalledNouns[t.key] && slices.ContainsFunc(toks[max(i-3, 0):i], func(d token) bool {
				return d.key == "the" || d.key == "their" || d.key == "this" || d.key == "that" || d.key == "'s"
			}) {
				actors += 2
				break
			}
		}
	}
	if actors == 1 && x.useTree() {
		for i := 1; i < len(toks); i++ {
			if launchedNouns[strings.TrimSuffix(toks[i].key, "s")] && slices.ContainsFunc(toks[max(i-4, 0):i], func(t token) bool { return launchForms[t.key] }) {
				return needsTags // "North Korea fired a missile": an act a later "the launch" refers back to (clause.noteLaunch)
			}
		}
		// A demonym modifying a noun is an actor to the tree rules ("the
		// Israeli attack on Hamas"), and so is a pronoun or a definite
		// description they resolve ("It also criticized the United States").
		for i, t := range toks {
			if (corefWords[t.key] || statehoodNouns[t.key]) && (i+1 == len(toks) || !toks[i+1].cap()) &&
				(pronouns[t.key] || i > 0 && toks[i-1].key == "the" || i > 1 && toks[i-2].key == "the" && (!toks[i-1].cap() || regionWords[toks[i-1].key])) { // "the isolated country", "the Gulf state"
				actors++
				break
			}
			if (t.key == "regime" || t.key == "government") && i+1 < len(toks) && relNouns[toks[i+1].key] != "" {
				actors++ // "regime ally Iran": the regime of the story's country (relate's relNoun)
				break
			}
			if strings.HasPrefix(t.key, "veto") {
				actors++ // "Russia vetoed the resolution": the Security Council is implied (clause.vetoedBody)
				break
			}
			if strings.HasPrefix(t.key, "anti-") && i+1 < len(toks) && antiTargets[toks[i+1].key] {
				actors++ // "France launched an anti-Taliban offensive": the group it is against (clause.opposed)
				break
			}
			if territories[t.key] != "" && t.cap() {
				actors++ // "Russia annexed Crimea": the state the land is taken from (clause.territories)
				break
			}
			if (t.key == "congress" || t.key == "senate") && t.cap() {
				actors++ // "Congress passed sanctions against Russia", "the Senate condemned Saudi Arabia": the US (clause.legislature)
				break
			}
			if (summaryNouns[t.key] || summaryNouns[strings.TrimSuffix(t.key, "s")]) && i > 0 && toks[i-1].key == "the" {
				actors++ // "Beijing condemned the move": whose, the sentence before says
				break
			}
			if recall && i > 0 && (toks[i-1].key == "the" || toks[i-1].key == "any") && x.recallable(t.key) {
				actors++ // "Egypt condemned the strikes": whose, an earlier sentence says
				break
			}
			if recall && (inKindForms[t.key] || t.key == "back" && i > 0 && hitBackForms[toks[i-1].key]) {
				actors++ // "Israel retaliated with airstrikes": on whoever struck it (clause.answeredInKind)
				break
			}
			if recall && (revengeNouns[t.key] || unpunishedWords[t.key]) {
				actors++ // "Tehran vowed revenge", "said the strikes would not go unpunished": on whoever struck it (clause.lastHostileDoer)
				break
			}
			if t.cap() {
				if e, kind, n := x.lookup(toks, i, ""); e != nil && kind == surfDemonym && n <= 2 { // ("North Korean banks")
					actors++
					break
				}
			}
		}
	}
	if actors >= 2 {
		for i, t := range toks {
			if x.forms[t.key] || relNouns[t.key] != "" || describeVerbs[t.key] || negativeWords[t.key] || judgmentWords[t.key] || penaltyForms[t.key] || dismayLemmas[t.key] {
				// describeVerbs: "described Israel as a terrorist state";
				// negativeWords: "said the US move was unacceptable";
				// penaltyForms: "said the US would pay a price";
				// dismayLemmas: "was outraged at Iran's seizure".
				return needsTags
			}
			if coActForms[t.key] {
				return needsTags // "Britain and France drafted a resolution" (clause.coActors)
			}
			if (t.key == "route" || t.key == "way" || t.key == "bound") && i+1 < len(toks) && (toks[i+1].key == "to" || toks[i+1].key == "for") {
				return needsTags // "en route to Japan", "on his way to Beijing" (clause.enRoute)
			}
			if t.key == "behalf" {
				return needsTags // "intervened on behalf of the Assad regime" (clause.onBehalf)
			}
			if combatNouns[strings.TrimSuffix(t.key, "s")] && i+1 < len(toks) && toks[i+1].key == "against" {
				return needsTags // "the toughest fighters against ISIS" (clause.forceAgainst)
			}
			if stayNouns[strings.TrimSuffix(t.key, "s")] && i+1 < len(toks) && toks[i+1].key == "in" {
				return needsTags // "Xi's three days in Washington" (clause.stayedIn)
			}
			if sendForms[t.key] && i+1 < len(toks) && toks[i+1].cap() {
				return needsTags // "sent Kerry to Riyadh" (clause.sentTo)
			}
			if reliedNouns[strings.TrimSuffix(t.key, "s")] != "" {
				return needsTags // "Cuba depended on Soviet largesse" (clause.reliedOn)
			}
			if practiceNouns[t.key] {
				return needsTags // "a response to U.S. protectionism, the ministry said" (clause.damnedPractice)
			}
			if banForms[t.key] {
				return needsTags // "a group banned in Russia" (clause.bannedIn)
			}
			if (t.key == "must" || t.key == "should") && i > 0 && toks[i-1].cap() {
				return needsTags // "said Pakistan must do more" (clause.reportedObligation)
			}
			if wordTones[t.key] != "" && i+1 < len(toks) && remarkPreps[strings.TrimSuffix(toks[i+1].key, "s")] != nil {
				return needsTags // "had harsh words for Russia", "made disparaging remarks about Mexico" (clause.wordsFor)
			}
			if t.key == "trusted" {
				return needsTags // "said Tehran cannot be trusted" (clause.distrusted)
			}
			if armedNouns[strings.TrimSuffix(t.key, "s")] && i > 0 && (toks[i-1].key == "military" || toks[i-1].key == "armed") {
				return needsTags // "took military action against Syria" (relateTree)
			}
			if t.key == "punitive" || t.key == "retaliatory" {
				return needsTags // "took punitive measures against Belarus", "would take retaliatory action" (relateTree)
			}
			if incursionForms[t.key] {
				return needsTags // "Iraqi troops poured into Kuwait" (clause.pouredInto)
			}
			if t.key == "options" && i+4 < len(toks) && slices.ContainsFunc(toks[i+1:], func(t token) bool { return t.key == "table" }) {
				return needsTags // "said all options are on the table" (clause.optionsOnTable)
			}
			if t.key == "pits" || t.key == "pitting" || t.key == "pitted" {
				return needsTags // "the conflict pits Ethiopia against Eritrea" (clause.pitsAgainst)
			}
			if t.key == "time" && slices.ContainsFunc(toks[i+1:min(i+4, len(toks))], func(u token) bool { return u.key == "for" }) {
				return needsTags // "said it was time for Japan to pay" (clause.timeFor)
			}
			if t.key == "committed" || t.key == "perpetrated" {
				return needsTags // "said Syrian forces committed war crimes" (clause.committedCrime)
			}
			if t.key == "joint" || t.key == "jointly" {
				return needsTags // "the US and South Korea held a joint test" (clause.jointAct)
			}
			if strings.HasSuffix(t.key, "-led") && slices.ContainsFunc(toks, func(u token) bool {
				return u.key == "part" || u.key == "includes" || u.key == "include" || u.key == "included"
			}) {
				return needsTags // "Canada is part of the U.S.-led coalition" (clause.joinedLed)
			}
			if representForms[t.key] {
				return needsTags // "Russia will be represented by Lavrov" (clause.speaksFor)
			}
			if inviteForms[t.key] || lendForms[t.key] {
				return needsTags // "Reagan invited Gorbachev to Washington" (clause.invitedTo)
			}
			if saidInForms[t.key] && i+2 < len(toks) && (toks[i+1].key == "in" || toks[i+2].key == "in") {
				return needsTags // "Lavrov told reporters in Washington" (clause.spokeThere)
			}
			if journeyForms[t.key] && i+1 < len(toks) && toks[i+1].key == "to" {
				return needsTags // "went to Moscow" (clause.dueIn)
			}
			if t.key == "due" || t.key == "expected" || (t.key == "be" || t.key == "was" || t.key == "is" || t.key == "were" || t.key == "are") && i+1 < len(toks) && toks[i+1].key == "in" ||
				t.key == "been" && i+1 < len(toks) && toks[i+1].key == "to" {
				return needsTags // a coming stay: "is due in Beijing", "will be in Paris", "has been to Moscow" (clause.dueIn)
			}
			key := t.key
			if aircraftModel(t.text) {
				key = "aircraft" // "downed a Russian Il-20" (see the tree's lemma)
			}
			if verbs := x.patternVerbs[key]; verbs != nil {
				for _, v := range toks {
					if verbs[v.key] {
						return needsTags
					}
				}
			}
		}
	}
	if cheap {
		return noTags
	}
	return noRelation
}

// recallable reports whether w is an event noun whose act a definite
// description may refer back to (clause.recalledEvent).
func (x *Extractor) recallable(w string) bool {
	if chargeNouns[lemma.Of(w, "NNS")] || launchNouns[w] {
		return true
	}
	for _, e := range x.lex.Lookup(lemma.Of(w, "NNS"), schema.Noun) {
		if recalledActs[e.Relation] {
			return true
		}
	}
	return false
}

// tagWindow tags the part of the sentence that the rules look at: from two
// words before the first mention or trigger to two after the last. prose's
// tagger reads two words either side, so the tags inside match those of the
// whole sentence but at the window's edges. It reports whether it tagged.
func (x *Extractor) tagWindow(toks []token, ms []Mention) bool {
	lo, hi := len(toks), 0
	for _, m := range ms {
		lo, hi = min(lo, m.Start), max(hi, m.End)
	}
	for i, t := range toks {
		if len(x.triggers[t.key]) > 0 || relNouns[t.key] != "" {
			lo, hi = min(lo, i), max(hi, i+1)
		}
	}
	if lo >= hi {
		return false
	}
	lo, hi = max(0, lo-3), min(len(toks), hi+3)
	x.tag(toks[lo:hi])
	return true
}

// tag sets the tokens' part-of-speech tags with prose's averaged perceptron.
// prose tokenizes on its own, so its tokens are aligned back to ours by
// their text; quote marks, which prose tags at random, are re-tagged.
func (x *Extractor) tag(toks []token) {
	x.modelOnce.Do(func() {
		x.model = taggerModel()
		if x.fast, _ = newTagger(x.model); x.fast != nil {
			x.model = nil // the fast tagger holds its own copy of the weights: free prose's
		}
	})
	words := tagWords(toks)
	if x.fast != nil {
		// Our tokens go to the tagger as they are: no second tokenizer to align.
		for i, tag := range x.fast.tag(words) {
			toks[i].tag = tag
		}
		retagQuotes(toks)
		return
	}
	doc, err := prose.NewDocument(strings.Join(words, " "),
		prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(x.model))
	if err != nil {
		return
	}
	ptoks := doc.Tokens()
	// Walk both token lists by characters (without spaces).
	p, pos := 0, 0 // prose token, byte within it
	for i := range toks {
		w := words[i]
		tagged := false
		for k := 0; k < len(w) && p < len(ptoks); {
			pt := ptoks[p].Text
			if !tagged {
				toks[i].tag = ptoks[p].Tag
				tagged = true
			}
			step := min(len(pt)-pos, len(w)-k)
			k += step
			pos += step
			if pos >= len(pt) {
				p++
				pos = 0
			}
		}
	}
	retagQuotes(toks)
}

// tagWords returns the tokens' texts as the tagger reads them: prose
// straightens quotes before it tokenizes; so do we, so that the byte
// lengths of both token lists agree.
func tagWords(toks []token) []string {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = sanitize(t.text)
	}
	return words
}

// retagNames tags the sentence again when the tagger read the last word of
// an actor's name as a verb ("On Tuesday, Russian warplanes/VBZ pounded/VBN
// rebel positions"): with the name's word a noun, the words after it are
// read in the right context ("pounded/VBD").
func (x *Extractor) retagNames(toks []token, ms []Mention) {
	if x.fast == nil {
		return
	}
	var force []string
	for _, m := range ms {
		k := m.End - 1
		if m.Place || len(m.Actors) == 0 || k < 0 || k >= len(toks) || !strings.HasPrefix(toks[k].tag, "VB") {
			continue
		}
		if force == nil {
			force = make([]string, len(toks))
		}
		force[k] = "NNP"
		if r, _ := utf8.DecodeRuneInString(toks[k].text); unicode.IsLower(r) {
			force[k] = "NN"
			if strings.HasSuffix(toks[k].key, "s") {
				force[k] = "NNS"
			}
		}
	}
	if force == nil {
		return
	}
	for i, tag := range x.fast.tagForced(tagWords(toks), force) {
		toks[i].tag = tag
	}
	retagQuotes(toks)
}

// taggerModel returns prose's default model without its entity recognizer:
// prose.ModelFromData loads both, and the recognizer, which nothing here
// uses, took 150 ms of a run's start. A document that is not to be
// segmented or searched for entities gets a model with the tagger alone.
func taggerModel() *prose.Model {
	doc, err := prose.NewDocument("", prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil || doc.Model == nil {
		return prose.ModelFromData("diplograph")
	}
	return doc.Model
}

// retagQuotes gives quote marks one tag: prose tags them at random.
func retagQuotes(toks []token) {
	for i := range toks {
		switch toks[i].text {
		case `"`, "“", "”", "'", "‘", "’", "«", "»":
			toks[i].tag = "``"
		}
	}
}

// maxParseTokens bounds the sentences the parser reads: a longer "sentence"
// is a list, a table or text the splitter could not cut (only its titles
// are read), and parsing it would cost time for nothing.
const maxParseTokens = 150

// useTree says whether candidate sentences are parsed and read by the tree
// rules. By default they are, and the word-window rules read only the
// sentences too long to parse: on open text the window rules' triples were
// right 38% of the time, the tree rules' 74%.
// DIPLOGRAPH_RULES=window runs the word-window rules alone, and =union adds
// them to the tree rules for the triggers the tree left unread, to measure.
func (x *Extractor) useTree() bool { return x.lex != nil && x.rules != "window" }

// allForms is every spelling of every form of a lexicon lemma: [lemma.Forms]
// and the British variants ("travelled").
func allForms(l string, pos lemma.POS) []string {
	v, _ := lemma.Variants(l, pos)
	forms := append(lemma.Forms(l, pos), v...)
	if b, ok := schema.BritishSpelling(l); ok {
		forms = append(forms, lemma.Forms(b, pos)...) // "neutralised"
	}
	return forms
}

// markVerbs makes every inflected form of the verbs a candidate's word:
// a sentence with one is parsed for the rule that reads it.
func (x *Extractor) markVerbs(lemmas ...string) {
	for _, l := range lemmas {
		for _, f := range allForms(l, lemma.Verb) {
			x.forms[f] = true
		}
	}
}
