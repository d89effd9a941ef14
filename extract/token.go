package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// token is one word or punctuation mark of a sentence, with its byte span in
// the article text.
type token struct {
	text       string // as written
	key        string // lowercased, diacritics folded, curly quotes made straight; a title's without "then-"
	name       string // key in the gazetteer's name form (see nameKey)
	start, end int    // byte offsets in the article text
	tag        string // Penn Treebank tag from prose, or a guess when the sentence was not tagged
	// maxLen is 1 + the most tokens of a dictionary name that can start
	// here (see Extractor.lookup), 0 until lookup has read it: a token's
	// key and name do not change once it is looked up.
	maxLen int32
}

// cap reports whether the token starts with an upper-case letter, after
// "then-" ("then-British").
func (t token) cap() bool {
	s := t.text
	if rest, ok := cutPrefixFold(s, "then-"); ok {
		s = rest
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// cutPrefixFold returns what follows prefix, a lower-case word that ends
// in a hyphen ("then-", "anti-"), at the start of w in any case, and
// whether it is there and something follows it.
func cutPrefixFold(w, prefix string) (string, bool) {
	n := len(prefix)
	if len(w) <= n || w[n-1] != '-' || !strings.EqualFold(w[:n], prefix) {
		return "", false // (the hyphen first: cap and the tokenizer call this for every word)
	}
	return w[n:], true
}

// thenTitle returns the title of a word "then-" qualifies ("then-US",
// "then-Secretary", "then-ambassador"), or "" ("then-upcoming").
func thenTitle(w string) string {
	rest, ok := cutPrefixFold(w, "then-")
	if r, _ := utf8.DecodeRuneInString(rest); !ok || !unicode.IsUpper(r) && !isTitleWord(fold(rest)) {
		return ""
	}
	return rest
}

// tokenize splits s, which starts at byte offset base of the article text,
// into tokens. Words keep internal hyphens, apostrophes and the dots of
// abbreviations such as "U.S."; the possessive "'s" and the negation "n't"
// are tokens of their own, as are "can" and "not" of "cannot"; every other
// punctuation mark is a token.
func tokenize(s string, base int) []token {
	return appendTokens(make([]token, 0, len(s)/5), s, base)
}

// appendTokens appends the tokens of s, as tokenize returns them, to toks.
// editorial reports whether s ends in a bracket's words an editor put
// into a quote: "[" and up to 30 bytes of letters, spaces, periods and
// apostrophes ("[U.K.", "[Germany’s"), no digits nor another bracket.
func editorial(s string) bool {
	open := strings.LastIndexByte(s, '[')
	if open < 0 || len(s)-open > 31 || len(s)-open < 2 {
		return false
	}
	for _, r := range s[open+1:] {
		if !unicode.IsLetter(r) && r != ' ' && r != '.' && r != '\'' && r != '’' && r != '-' {
			return false
		}
	}
	return true
}

func appendTokens(toks []token, s string, base int) []token {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == utf8.RuneError && size <= 1 || unicode.IsControl(r) {
			i += size
			continue
		}
		if r == ']' && editorial(s[:i]) || r == '[' && strings.IndexByte(s[i:], ']') > 0 && editorial(s[:i+strings.IndexByte(s[i:], ']')]) {
			// "[Germany's] Angela Merkel": an editor's words in a quote
			// read as the sentence's own.
			i += size
			continue
		}
		if !isWordRune(r) {
			toks = append(toks, newToken(s[i:i+size], base+i))
			i += size
			continue
		}
		j := scanWord(s, i)
		if j+2 < len(s) && s[j] == '.' && s[j+1] == ' ' && 'A' <= s[j+2] && s[j+2] <= 'Z' && (titleAbbrevs[strings.ToLower(s[i:j])] || j == i+1 && 'A' <= s[i] && s[i] <= 'Z' && len(toks) > 0 && toks[len(toks)-1].cap()) {
			j++ // "Mr. Obama", "James B. Comey": a title or an initial keeps its dot, as in the treebank
		} else if j+2 < len(s) && s[j] == '.' && s[j+1] == ' ' && '0' <= s[j+2] && s[j+2] <= '9' && monthAbbrevs[strings.ToLower(s[i:j])] {
			j++ // "Feb. 27": so does a month's abbreviation before its day
		}
		word := s[i:j]
		switch title := thenTitle(word); {
		case title != "":
			// "the then-US ambassador", "then-Secretary of State John
			// Kerry", "Russia's then-ambassador": one word to the tagger
			// and the parser, the title alone to the dictionaries; not
			// "a then-upcoming call".
			t := newToken(word, base+i)
			t.key = fold(title)
			t.name = nameKey(t.key)
			toks = append(toks, t)
		case strings.EqualFold(word, "cannot"):
			// "can" and "not", as the treebank splits it.
			toks = append(toks, newToken(word[:3], base+i), newToken(word[3:], base+i+3))
		case hasSuffixFold(word, "n't") && len(word) > 3:
			toks = append(toks, newToken(word[:len(word)-3], base+i), newToken(word[len(word)-3:], base+j-3))
		case hasSuffixFold(word, "n’t") && len(word) > len("n’t"):
			// "didn’t", with the typographic apostrophe news prints.
			n := len("n’t")
			toks = append(toks, newToken(word[:len(word)-n], base+i), newToken(word[len(word)-n:], base+j-n))
		case cliticAt(word) > 0:
			// "we'll", "they're", "I've", "he'd": the pronoun and the
			// auxiliary, as the treebank splits them.
			k := cliticAt(word)
			toks = append(toks, newToken(word[:k], base+i), newToken(word[k:], base+i+k))
		case hasSuffixFold(word, "'s") || hasSuffixFold(word, "’s"):
			// "REAGAN'S" in a headline in capitals too.
			n := len("'s")
			if hasSuffixFold(word, "’s") {
				n = len("’s")
			}
			if len(word) > n {
				toks = append(toks, newToken(word[:len(word)-n], base+i))
			}
			toks = append(toks, newToken(word[len(word)-n:], base+j-n))
		default:
			toks = append(toks, newToken(word, base+i))
		}
		i = j
	}
	return toks
}

// cliticAt returns where an auxiliary's clitic ("'ll", "'re", "'ve",
// "'m", "'d") starts in a pronoun's word, or 0.
func cliticAt(word string) int {
	for _, a := range []string{"'", "’"} {
		k := strings.LastIndex(word, a)
		if k <= 0 || !cliticHosts[strings.ToLower(word[:k])] {
			continue
		}
		switch strings.ToLower(word[k+len(a):]) {
		case "ll", "re", "ve", "m", "d":
			return k
		}
	}
	return 0
}

// cliticHosts are the words an auxiliary's clitic leans on.
var cliticHosts = map[string]bool{
	"i": true, "you": true, "he": true, "she": true, "it": true, "we": true, "they": true,
	"that": true, "there": true, "who": true, "what": true,
}

// titleAbbrevs are the abbreviated titles that stand before a name.
var titleAbbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "messrs": true, "dr": true, "gen": true, "sen": true, "rep": true,
	"gov": true, "lt": true, "col": true, "maj": true, "capt": true, "sgt": true, "prof": true, "rev": true,
	"adm": true, "cmdr": true, "brig": true, "pres": true, "amb": true, "supt": true, "insp": true,
}

// monthAbbrevs are the months' abbreviations news writes before a day.
var monthAbbrevs = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

func newToken(text string, start int) token {
	key := fold(text)
	return token{text: text, key: key, name: nameKey(key), start: start, end: start + len(text)}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// scanWord returns the end of the word that starts at s[i].
func scanWord(s string, i int) int {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			j += size
			continue
		}
		// A number keeps its separators: "3,000", "1.5".
		if (r == ',' || r == '.') && j > i && isDigits(s[i:j]) && j+size < len(s) && s[j+size] >= '0' && s[j+size] <= '9' {
			j += size
			continue
		}
		// An en dash joins two names: "the Japan–Australia alliance".
		if r == '–' && j > i && unicode.IsUpper([]rune(s[i:])[0]) {
			if next, _ := utf8.DecodeRuneInString(s[j+size:]); unicode.IsUpper(next) {
				j += size
				continue
			}
		}
		// A joiner continues the word when a letter or digit follows it.
		if r == '-' || r == '\'' || r == '’' || r == '.' || r == '&' {
			next, nsize := utf8.DecodeRuneInString(s[j+size:])
			if nsize > 0 && isWordRune(next) {
				if r == '.' && !abbrevSoFar(afterHyphen(s[i:j])) {
					break
				}
				j += size
				continue
			}
			// The final dot of an abbreviation: "U.S." but not "end."
			if w := afterHyphen(s[i:j]); r == '.' && strings.Contains(w, ".") && abbrevSoFar(w) {
				j += size
				continue
			}
		}
		break
	}
	return j
}

// isDigits reports whether w is digits, with the separators of a number.
func isDigits(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for k := 0; k < len(w); k++ {
		if c := w[k]; (c < '0' || c > '9') && c != ',' && c != '.' {
			return false
		}
	}
	return true
}

// afterHyphen is the last hyphenated part of w: an abbreviation may end a
// compound ("Canadian-U.S.").
func afterHyphen(w string) string { return w[strings.LastIndexByte(w, '-')+1:] }

// abbrevSoFar reports whether w looks like the start of a dotted
// abbreviation: single letters joined by dots ("U", "U.S", "D.P.R").
func abbrevSoFar(w string) bool {
	for k, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 && !(k == 0 && part == "") {
			return false
		}
	}
	return true
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// foldTransformers hold diacritic-removing transformers: a transform.Chain
// keeps state, so each goroutine takes its own.
var foldTransformers = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

// foldQuotes straightens quotes and dashes (built once: a replacer builds a
// lookup table).
var foldQuotes = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "–", "-", "—", "-")

// fold lowercases s, removes diacritics and straightens quotes, so that
// "Erdoğan", "ERDOGAN" and "Erdogan" share a key.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	s = foldQuotes.Replace(s)
	t := foldTransformers.Get().(transform.Transformer)
	t.Reset()
	out, _, err := transform.String(t, s)
	foldTransformers.Put(t)
	if err != nil {
		out = s
	}
	return strings.ToLower(out)
}

// foldKey is the dictionary key of a phrase: its tokens' keys joined by spaces.
func foldKey(phrase string) string {
	toks := tokenize(phrase, 0)
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = t.key
	}
	return strings.Join(keys, " ")
}

// dropLinkBlocks removes a block of related headlines a news site pastes
// into running text after a name, the first glued to the name's last word
// and the block closed by "MORE": "Sen. Joni Ernst Joni Kay ErnstTrump
// holds chummy meeting with Turkey's Erdoğan | … MORE (R-Iowa)". Its
// headlines are no part of the sentence.
func dropLinkBlocks(toks []token) []token {
	for i := 0; i < len(toks); i++ {
		k := gluedAt(toks[i].text)
		if k < 0 {
			continue
		}
		// The block starts with the name again, in full ("Joni Kay
		// Ernst"): after the surname it repeats.
		from := -1
		for b := i - 1; b >= 0 && b >= i-8; b-- {
			if toks[b].text == toks[i].text[:k] {
				from = b + 1
				break
			}
		}
		if from < 0 {
			continue // "LinkedIn": no name before it
		}
		for j := i + 1; j < len(toks) && j <= i+150; j++ {
			if toks[j].text == "MORE" {
				toks = append(toks[:from], toks[j+1:]...)
				i = from - 1
				break
			}
		}
	}
	return toks
}

// gluedAt returns the byte offset of the second of two capitalised words
// run together, the first ending in at least three lower-case letters
// ("ErnstTrump": 5, "McCaskillEx-CIA": 9; not "McCain", "DeSantis",
// "MacArthur"), or -1.
func gluedAt(w string) int {
	if len(w) < 6 || w[0] < 'A' || w[0] > 'Z' {
		return -1 // (most words: no allocation, no decoding)
	}
	lower := 0 // lower-case letters right before i
	prev, prevAt := rune(-1), 0
	for i, r := range w {
		if prev >= 0 && unicode.IsUpper(prev) && lower >= 3 && unicode.IsLower(r) {
			return prevAt
		}
		if prev >= 0 {
			if unicode.IsLower(prev) {
				lower++
			} else {
				lower = 0
			}
		}
		prev, prevAt = r, i
	}
	return -1
}
