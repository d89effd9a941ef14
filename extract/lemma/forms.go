package lemma

import "strings"

// POS selects the inflection paradigm of [Forms].
type POS uint8

// Parts of speech for [Forms].
const (
	Verb POS = iota + 1
	Noun
)

// VerbTags are the Penn Treebank tags of the forms [Forms] returns for a verb,
// in order: base, third person singular, past, past participle, gerund.
var VerbTags = []string{"VB", "VBZ", "VBD", "VBN", "VBG"}

// NounTags are the tags of the forms [Forms] returns for a noun: singular, plural.
var NounTags = []string{"NN", "NNS"}

// Forms returns the inflected forms of lemma: for a verb, the base, -s, past,
// past participle and -ing forms (tagged [VerbTags]); for a noun, the
// singular and plural (tagged [NounTags]). A multi-word lemma ("call on",
// "cut ties") inflects its first word. Where a verb has two past forms
// (learnt, learned) Forms gives the first listed.
func Forms(lemma string, pos POS) []string {
	head, rest := lemma, ""
	if i := strings.IndexByte(lemma, ' '); i > 0 {
		head, rest = lemma[:i], lemma[i:]
	}
	var forms []string
	switch pos {
	case Verb:
		p, pp := pastOf(head), pastOf(head)
		if irr, ok := irregularParts[head]; ok {
			p, pp = irr[0], irr[1]
		}
		forms = []string{head, thirdOf(head), p, pp, ingOf(head)}
	case Noun:
		forms = []string{head, pluralOf(head)}
	default:
		return nil
	}
	if rest != "" {
		for i := range forms {
			forms[i] += rest
		}
	}
	return forms
}

// irregularParts maps an irregular verb to its first listed past and past
// participle, and a regular trap to its -ed form.
var irregularParts = func() map[string][2]string {
	m := make(map[string][2]string)
	for _, line := range strings.Split(irregularVerbs, "\n") {
		f := strings.Fields(line)
		if len(f) != 3 {
			continue
		}
		first := func(s string) string { s, _, _ = strings.Cut(s, "|"); return s }
		m[f[0]] = [2]string{first(f[1]), first(f[2])}
	}
	for _, line := range strings.Split(regularTraps, "\n") {
		f := strings.Fields(line)
		if len(f) == 3 {
			m[f[0]] = [2]string{f[1], f[1]}
		}
	}
	return m
}()

var irregularIng = func() map[string]string {
	m := make(map[string]string)
	for _, line := range strings.Split(regularTraps, "\n") {
		if f := strings.Fields(line); len(f) == 3 {
			m[f[0]] = f[2]
		}
	}
	return m
}()

// thirdOf returns the -s form of a verb.
func thirdOf(l string) string {
	switch l {
	case "be":
		return "is"
	case "have":
		return "has"
	}
	return addS(l, true)
}

// addS adds the -s of a plural or a third person: -ies after a consonant
// and y, -es after a sibilant (and, for verbs, after o: "vetoes").
func addS(l string, verb bool) string {
	n := len(l)
	switch {
	case n == 0:
		return l
	case n > 1 && l[n-1] == 'y' && !isVowel(l[n-2]):
		return l[:n-1] + "ies"
	case strings.HasSuffix(l, "s"), strings.HasSuffix(l, "x"), strings.HasSuffix(l, "z"),
		strings.HasSuffix(l, "ch"), strings.HasSuffix(l, "sh"), verb && strings.HasSuffix(l, "o"):
		return l + "es"
	}
	return l + "s"
}

// pluralOf returns the plural of a regular noun (or an irregular one listed).
func pluralOf(l string) string {
	if p, ok := irregularPlural[l]; ok {
		return p
	}
	return addS(l, false)
}

var irregularPlural = func() map[string]string {
	m := make(map[string]string)
	for _, line := range strings.Split(irregularNouns, "\n") {
		if f := strings.Fields(line); len(f) == 2 {
			m[f[0]] = f[1]
		}
	}
	return m
}()

// pastOf returns the -ed form of a regular verb.
func pastOf(l string) string {
	n := len(l)
	switch {
	case n == 0:
		return l
	case l[n-1] == 'e':
		return l + "d"
	case n > 1 && l[n-1] == 'y' && !isVowel(l[n-2]):
		return l[:n-1] + "ied"
	case doubles(l):
		return l + l[n-1:] + "ed"
	}
	return l + "ed"
}

// ingOf returns the -ing form of a verb.
func ingOf(l string) string {
	if g, ok := irregularIng[l]; ok {
		return g
	}
	n := len(l)
	switch {
	case n == 0:
		return l
	case strings.HasSuffix(l, "ie") && n <= 4:
		return l[:n-2] + "ying" // die → dying
	case l[n-1] == 'e' && n > 2 && !strings.HasSuffix(l, "ee") && !strings.HasSuffix(l, "ye") && !strings.HasSuffix(l, "oe") && l != "be":
		return l[:n-1] + "ing"
	case doubles(l):
		return l + l[n-1:] + "ing"
	}
	return l + "ing"
}

// doubling lists verbs of more than one syllable, stressed on the last, that
// double their final consonant (commit → committed). Words ending in -l
// double in British spelling anyway; one-syllable words double by rule.
var doubling = map[string]bool{
	"admit": true, "commit": true, "permit": true, "submit": true, "omit": true, "emit": true,
	"transmit": true, "remit": true, "acquit": true, "outwit": true,
	"refer": true, "prefer": true, "confer": true, "defer": true, "infer": true, "transfer": true,
	"deter": true, "occur": true, "incur": true, "concur": true, "recur": true, "abhor": true,
	"regret": true, "abet": true, "rebut": true, "equip": true, "kidnap": true, "embed": true,
	"upset": true, "forget": true, "begin": true, "program": true, "handicap": true,
	"overstep": true, "outstrip": true, "unpin": true, "control": true, "patrol": true,
	"compel": true, "expel": true, "propel": true, "repel": true, "dispel": true, "excel": true,
	"rebel": true, "annul": true, "extol": true, "enthral": true, "instil": true, "distil": true,
	"worship": true, "format": true,
}

// doubles reports whether l doubles its last consonant before -ed and -ing.
func doubles(l string) bool {
	n := len(l)
	if n < 3 {
		return false
	}
	last, v, c := l[n-1], l[n-2], l[n-3]
	if !isConsonant(last) || last == 'w' || last == 'x' || last == 'y' || !isVowel(v) {
		return false
	}
	if isVowel(c) && !(c == 'u' && n >= 4 && l[n-4] == 'q') {
		return false // meet, treat, remain
	}
	if doubling[l] {
		return true
	}
	if syllables(l) == 1 {
		return true // slam, ban, stop, plan
	}
	return false // visit → visited; travel → traveled (US; the rules read travelled too)
}

// irregularPast holds every past and past participle of the irregular verbs.
var irregularPast = func() map[string]bool {
	m := make(map[string]bool)
	for _, line := range strings.Split(irregularVerbs, "\n") {
		if f := strings.Fields(line); len(f) == 3 {
			for _, form := range strings.Split(f[1]+"|"+f[2], "|") {
				m[form] = true
			}
		}
	}
	return m
}()

// CanBePast reports whether a lower-case word can be a past tense or a past
// participle: a regular -ed form or an irregular one ("met", "fought").
// "dinner" cannot, whatever a tagger says.
func CanBePast(w string) bool {
	return strings.HasSuffix(w, "ed") || irregularPast[w]
}

// Variants returns the other spellings of a verb's forms that [Forms]
// leaves out, with their tags: the British "travelled", "travelled",
// "travelling" of travel. Nouns have none.
func Variants(lemma string, pos POS) (forms, tags []string) {
	head, rest, _ := strings.Cut(lemma, " ")
	if pos != Verb || !britishDoubled[head] {
		return nil, nil
	}
	if rest != "" {
		rest = " " + rest
	}
	return []string{head + "led" + rest, head + "led" + rest, head + "ling" + rest}, []string{"VBD", "VBN", "VBG"}
}
