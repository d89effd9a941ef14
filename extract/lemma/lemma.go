// Package lemma maps an English word and its Penn Treebank tag to its lemma,
// the dictionary form the trigger lexicon is keyed by ("expelled"/VBD → "expel",
// "struck"/VBD → "strike", "sanctions"/NNS → "sanction").
//
// [Of] looks the word up in an exception table (irregular forms written by
// hand, plus the forms that the rules get wrong in the UD English Web Treebank
// training file, see ewt_exceptions.tsv) and otherwise applies suffix rules:
// -s/-es/-ies, -ed/-ing with consonant undoubling (expelled → expel) and
// e-restoration (raged → rage), -er/-est, -ves, -men.
//
// [Forms] is the inverse for verbs and nouns; the trigger lexicon's tests use it
// to check that every inflected form of a trigger comes back to its lemma.
package lemma

import (
	"strings"
)

// group is a set of Penn Treebank tags that share the suffix rules and the
// exception table: "saw" is an exception for VBD but not for NN.
type group uint8

const (
	gOther group = iota
	gVB          // VB VBP
	gVBZ         // VBZ
	gVBD         // VBD VBN
	gVBG         // VBG
	gNN          // NN
	gNNS         // NNS
	gNNP         // NNP
	gNNPS        // NNPS
	gJJ          // JJ
	gJJR         // JJR
	gJJS         // JJS
	gRB          // RB
	gRBR         // RBR
	gRBS         // RBS
	ngroup
)

var groupNames = [ngroup]string{"", "VB", "VBZ", "VBD", "VBG", "NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "RB", "RBR", "RBS"}

func groupOf(xpos string) group {
	switch xpos {
	case "VB", "VBP":
		return gVB
	case "VBZ":
		return gVBZ
	case "VBD", "VBN":
		return gVBD
	case "VBG":
		return gVBG
	case "NN":
		return gNN
	case "NNS":
		return gNNS
	case "NNP":
		return gNNP
	case "NNPS":
		return gNNPS
	case "JJ":
		return gJJ
	case "JJR":
		return gJJR
	case "JJS":
		return gJJS
	case "RB":
		return gRB
	case "RBR":
		return gRBR
	case "RBS":
		return gRBS
	}
	return gOther
}

// Of returns the lemma of word, whose Penn Treebank tag is xpos. Common words
// come back in lower case; proper nouns (NNP, NNPS) keep their case, as in
// UD EWT ("Americans"/NNPS → "American"). Tags outside the verb, noun,
// adjective and adverb tags give the lower-cased word.
//
// Of does not allocate when word is already a lower-case lemma.
func Of(word, xpos string) string { return of(&exceptions, word, xpos) }

func of(exceptions *[ngroup]map[string]string, word, xpos string) string {
	g := groupOf(xpos)
	switch g {
	case gOther:
		return lower(word)
	case gNNP, gNNPS:
		if l, ok := exceptions[g][word]; ok {
			return l
		}
		if g == gNNPS {
			return properCase(plural(word))
		}
		return properCase(word)
	}
	w := lower(word)
	if l, ok := exceptions[g][w]; ok {
		return l
	}
	if l, ok := exceptions[gVBD][w]; ok && (g == gVB || g == gVBZ) {
		if _, base := irregularParts[w]; !base {
			// "retook/VBP", "froze/VBZ": a tagger's guess; an irregular
			// past that is no base form ("lay" is) is still a past.
			return l
		}
	}
	return rules(w, g)
}

// rules applies the suffix rules to the lower-case word w; it ignores the
// exception tables.
func rules(w string, g group) string {
	switch g {
	case gVBZ:
		return thirdPerson(w)
	case gVBD:
		return past(w)
	case gVBG:
		return gerund(w)
	case gNNS, gNNPS:
		return plural(w)
	case gJJR, gRBR:
		return comparative(w, "er")
	case gJJS, gRBS:
		return comparative(w, "est")
	}
	return w
}

// properCase gives a proper noun the case UD EWT lemmas mostly have: a
// shouted name of five or more letters is title-cased ("GINSBURG" →
// "Ginsburg"; on the training file 144 such lemmas are title-cased, 36 kept);
// shorter all-capital words are acronyms ("NATO", "USA") and keep their case,
// as do lower-case names (284 kept, 125 capitalised in training).
func properCase(w string) string {
	if len(w) < 5 {
		return w
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'A' || c > 'Z' {
			return w
		}
	}
	return w[:1] + strings.ToLower(w[1:])
}

// lower returns s in lower case, without allocating when it already is.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// isVowelY treats y as a vowel after a consonant ("type", "style").
func isVowelY(s string, i int) bool {
	return isVowel(s[i]) || s[i] == 'y' && i > 0 && !isVowel(s[i-1])
}

func isConsonant(c byte) bool { return 'a' <= c && c <= 'z' && !isVowel(c) }

// syllables counts vowel groups: a rough syllable count, enough to tell
// "kill" (1) from "control" (2).
func syllables(s string) int {
	n := 0
	prev := false
	for i := 0; i < len(s); i++ {
		v := isVowelY(s, i)
		if v && !prev {
			n++
		}
		prev = v
	}
	return n
}

// thirdPerson undoes the -s of a present-tense verb.
func thirdPerson(w string) string {
	n := len(w)
	switch {
	case n < 3 || w[n-1] != 's' || strings.HasSuffix(w, "ss"):
		return w
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y" // carries → carry
	case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"),
		strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"),
		strings.HasSuffix(w, "zzes"), n > 4 && strings.HasSuffix(w, "oes"):
		return w[:n-2] // reaches, pushes, presses, fixes, buzzes, vetoes
	}
	return w[:n-1]
}

// plural undoes a noun's plural -s; it keeps the case of proper nouns.
func plural(w string) string {
	n := len(w)
	if n < 3 {
		return w
	}
	l := lower(w)
	switch {
	case l[n-1] != 's':
		if strings.HasSuffix(l, "men") && n > 4 {
			return w[:n-2] + "an" // chairmen → chairman
		}
		return w
	case strings.HasSuffix(l, "ss"):
		return w // glass: a singular mistagged NNS
	case n > 4 && strings.HasSuffix(l, "ies"):
		return w[:n-3] + "y" // countries → country
	case strings.HasSuffix(l, "ves"):
		switch {
		case strings.HasSuffix(l, "lves"), strings.HasSuffix(l, "eaves"),
			strings.HasSuffix(l, "ieves"), strings.HasSuffix(l, "oaves"),
			strings.HasSuffix(l, "arves"):
			return w[:n-3] + "f" // wolves, leaves, thieves, loaves, scarves
		}
		return w[:n-1] // objectives, archives
	case cheNouns[l[:n-1]]:
		return w[:n-1] // demarches, niches: the -e is the noun's own
	case strings.HasSuffix(l, "ches"), strings.HasSuffix(l, "shes"),
		strings.HasSuffix(l, "sses"), strings.HasSuffix(l, "xes"),
		strings.HasSuffix(l, "zzes"):
		return w[:n-2] // churches, wishes, classes, taxes, buzzes
	case n > 4 && strings.HasSuffix(l, "oes") && !strings.HasSuffix(l, "shoes"):
		return w[:n-2] // heroes, vetoes
	case strings.HasSuffix(l, "'s"):
		return w[:n-2] // "DM's", "45's": the apostrophe plural
	}
	return w[:n-1]
}

// past undoes -ed.
func past(w string) string {
	n := len(w)
	switch {
	case n < 4 || !strings.HasSuffix(w, "ed"):
		return w
	case strings.HasSuffix(w, "ied"):
		if n == 4 {
			return w[:3] // died, lied, tied
		}
		return w[:n-3] + "y" // carried → carry
	case strings.HasSuffix(w, "eed") && !strings.HasSuffix(w, "eeded"):
		return w[:n-1] // agreed, freed, guaranteed
	}
	return restore(w[:n-2])
}

// gerund undoes -ing.
func gerund(w string) string {
	n := len(w)
	if n < 5 || !strings.HasSuffix(w, "ing") {
		return w
	}
	stem := w[:n-3]
	switch {
	case syllables(stem) == 0:
		return w // bring, thing, string (the -ing is part of the stem)
	case len(stem) == 2 && stem[1] == 'y':
		return stem[:1] + "ie" // dying, lying, tying, vying
	}
	return restore(stem)
}

// comparative undoes -er or -est of an adjective or adverb.
func comparative(w, suffix string) string {
	n, k := len(w), len(suffix)
	if n < k+3 || !strings.HasSuffix(w, suffix) {
		return w
	}
	stem := w[:n-k]
	if stem[len(stem)-1] == 'i' {
		return stem[:len(stem)-1] + "y" // happier → happy
	}
	if stem[len(stem)-1] == 'e' {
		return stem + "e" // freer → free
	}
	return restore(stem)
}

// restore turns the stem left by removing -ed, -ing, -er or -est into the
// lemma: it undoubles a doubled final consonant (expell → expel, slamm →
// slam, controll → control, but kill stays) and restores a silent e (rag →
// rage, creat → create, but visit, offer stay).
func restore(s string) string {
	n := len(s)
	if n < 2 {
		return s
	}
	last, prev := s[n-1], s[n-2]
	if last == prev && isConsonant(last) {
		switch last {
		case 's', 'f', 'z', 'c', 'h', 'w', 'x', 'y', 'j', 'q':
			return s // pressed, staffed, buzzed
		case 'l':
			// kill, call, fill, install keep ll; control, travel, expel undouble,
			// and so do the British forms of signal, fuel.
			if britishDoubled[s[:n-1]] || syllables(s) > 1 && !strings.HasSuffix(s, "all") && !strings.HasSuffix(s, "ill") {
				return s[:n-1]
			}
			return s
		}
		return s[:n-1] // stopped, planned, committed, slammed
	}
	if needsE(s) {
		return s + "e"
	}
	return s
}

// britishDoubled are verbs whose final l British spelling doubles before
// -ed and -ing where American does not: travelled, cancelled, signalled.
var britishDoubled = map[string]bool{
	"travel": true, "cancel": true, "label": true, "level": true, "model": true, "signal": true,
	"fuel": true, "dial": true, "duel": true, "total": true, "equal": true, "rival": true, "marshal": true,
	"pedal": true, "channel": true, "funnel": true, "tunnel": true, "counsel": true, "shovel": true,
	"unravel": true, "quarrel": true, "pencil": true, "stencil": true, "libel": true, "refuel": true,
	"parcel": true, "tassel": true, "initial": true, "spiral": true, "trammel": true, "snorkel": true,
}

// needsE reports whether a stem (with no doubled final consonant) drops a
// silent e before -ed and -ing. The tests are the usual spelling heuristics;
// the exception table corrects the words they miss.
func needsE(s string) bool {
	n := len(s)
	last, prev := s[n-1], s[n-2]
	// pv: is the letter before prev a vowel ("qu" counts as a consonant)?
	// pc: is it a consonant? Both are false at the start of the word.
	pv, pc := false, false
	var pp byte
	if n >= 3 {
		pp = s[n-3]
		pv = isVowel(pp) && !(pp == 'u' && n >= 4 && s[n-4] == 'q')
		pc = !pv
	}
	switch last {
	case 'v', 'u', 'c':
		return true // lived, argued, forced
	case 'z':
		return isVowelY(s, n-2) || prev == 'n' // seized, analyzed, bronzed; waltzed
	case 's':
		switch {
		case strings.HasSuffix(s, "ocus"), strings.HasSuffix(s, "ias"), s == "bus", s == "gas":
			return false
		}
		return true // raised, used, released, sensed, collapsed
	case 'g':
		if prev == 'n' {
			// change, arrange, challenge, plunge; belong, long stay.
			return pp == 'a' || pp == 'e' || pp == 'u'
		}
		return true // raged, urged, judged, bulged, engaged
	case 'h':
		return prev == 't' && pv // breathed, bathed, soothed
	case 'l':
		switch {
		case prev == 'l', prev == 'r', prev == 'w', prev == 'n':
			return false // hurled, crawled
		case isConsonant(prev):
			return true // settled, handled, tackled
		case prev == 'e':
			return false // labeled, traveled, modeled (US)
		}
		return pc // filed, ruled, paroled, scaled, styled; failed, sealed
	case 'r':
		switch {
		case isVowel(prev) && pv:
			return strings.HasSuffix(s, "uir") // acquired; but appeared, poured
		case !isVowelY(s, n-2):
			return prev != 'r' // massacred, centred; conferred is undoubled before this
		case prev == 'a' || prev == 'i' || prev == 'u' || prev == 'y':
			return pc // declared, desired, secured
		case prev == 'o':
			// ignored, adored, scored, restored, explored; colored, sponsored.
			return pp == 'n' || pp == 'd' || pp == 'c' || strings.HasSuffix(s, "stor") || strings.HasSuffix(s, "plor")
		}
		return false // offered, entered
	case 't':
		if !isVowel(prev) || !pc && !(prev == 'a' && (pp == 'i' || pp == 'u')) {
			return false // tested, treated, defeated; but negotiated, evaluated
		}
		switch prev {
		case 'a', 'u', 'o':
			return true // created, disputed, noted
		}
		return false // visited, budgeted
	case 'd':
		switch prev {
		case 'a':
			return pc || pp == 'u' // invaded, traded, persuaded; loaded
		case 'i', 'o', 'u':
			return pc // decided, exploded, included; avoided, flooded
		case 'e':
			return pp == 'c' || pp == 'p' // ceded, conceded, impeded; needed
		}
		return false
	case 'k', 'b', 'f':
		return isVowel(prev) && pc // liked, described, strafed
	case 'p':
		if !isVowelY(s, n-2) || !pc {
			return false
		}
		return prev == 'a' || syllables(s) == 1 // escaped, hoped, typed; developed
	case 'm':
		return isVowelY(s, n-2) && pc // named, assumed, welcomed, rhymed
	case 'n':
		if !isVowel(prev) || !pc {
			return false
		}
		switch prev {
		case 'i', 'u', 'a':
			return true // combined, determined, tuned, waned
		case 'o':
			// phoned, zoned, telephoned, postponed, enthroned; questioned, abandoned.
			return syllables(s) == 1 || strings.HasSuffix(s, "phon") || strings.HasSuffix(s, "tpon") || strings.HasSuffix(s, "thron")
		case 'e':
			return strings.HasSuffix(s, "nven") || strings.HasSuffix(s, "rven") // intervened, convened; opened
		}
	}
	return false
}

// cheNouns end in -che, so their plurals in -ches lose only the -s.
var cheNouns = map[string]bool{
	"demarche": true, "niche": true, "cliche": true, "avalanche": true, "cache": true, "headache": true,
	"moustache": true, "mustache": true, "quiche": true, "psyche": true, "creche": true, "panache": true,
	"ache": true, "microfiche": true, "douche": true, "attache": true, "tranche": true, "earache": true,
}
