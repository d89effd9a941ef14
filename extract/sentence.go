package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of an article: Text is exactly
// article.Text[Start:End].
type Sentence struct {
	Text  string
	Start int // byte offset in the article text
	End   int
}

// abbreviations end with a dot that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "sen": true, "rep": true,
	"gov": true, "lt": true, "col": true, "maj": true, "capt": true, "sgt": true, "st": true,
	"jr": true, "sr": true, "prof": true, "no": true, "inc": true, "co": true, "corp": true,
	"ltd": true, "jan": true, "feb": true, "mar": true, "apr": true, "aug": true, "sept": true,
	"sep": true, "oct": true, "nov": true, "dec": true, "vs": true, "rev": true, "adm": true,
	"cmdr": true, "brig": true, "pres": true, "amb": true, "dept": true, "govt": true, "mt": true,
	"ft": true, "approx": true, "est": true, "fig": true, "al": true,
}

// sentenceStarters are words that, after a dotted abbreviation such as
// "U.S.", show that a new sentence began.
var sentenceStarters = map[string]bool{
	"The": true, "He": true, "She": true, "It": true, "They": true, "We": true, "I": true,
	"But": true, "In": true, "On": true, "A": true, "An": true, "This": true, "That": true,
	"These": true, "Those": true, "His": true, "Her": true, "Their": true, "Its": true,
	"There": true, "And": true, "Meanwhile": true, "However": true, "At": true, "As": true,
}

// wireDateline is an agency's dateline run into a headline and its story:
// "AFP Saturday 10 Aug 2013", followed by the story's first word.
var wireDateline = regexp.MustCompile(`\b(?:AFP|Reuters|AP|SANA)? ?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{4} (?:\d{1,2}:?\d{2} (?:AM|PM|GMT) )?`)

// datelines returns where wireDateline matches in line, running the
// expression only on a line where a weekday is followed by a day's number
// (most lines have none, and Split runs on every line of every article).
func datelines(line string) [][]int {
	for i := 0; ; {
		j := strings.Index(line[i:], "day ")
		if j < 0 {
			return nil
		}
		i += j + 4
		if i < len(line) && line[i] >= '0' && line[i] <= '9' {
			return wireDateline.FindAllStringIndex(line, -1)
		}
	}
}

// runIn reports whether a dateline between before and after was run into
// a headline and its story: a capital or a quote after it, and no
// preposition of time before it.
func runIn(before, after string) bool {
	next, _ := utf8.DecodeRuneInString(after)
	if !unicode.IsUpper(next) && !strings.ContainsRune(`"“'‘`, next) {
		return false
	}
	f := strings.Fields(before)
	if len(f) == 0 {
		return true
	}
	switch strings.ToLower(f[len(f)-1]) {
	case "on", "by", "until", "since", "from", "of", "before", "after", "to", "till":
		return false
	}
	return true
}

// Split divides text into sentences. Every line break ends a sentence (a
// headline or a paragraph never runs into the next); within a line, a
// sentence ends at '.', '!' or '?' (with any closing quotes or brackets)
// followed by white space and a capital, a digit or an opening quote, unless
// the dot ends a known abbreviation or an initial.
func Split(text string) []Sentence {
	var out []Sentence
	lineStart := 0
	for lineStart <= len(text) {
		nl := strings.IndexByte(text[lineStart:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = lineStart + nl
		}
		// A wire dateline inside a line ("… kill 25 civilians Monitor AFP
		// Friday 1 Jul 2016 Separate air raids …") ends the headline
		// before it and starts the story after it.
		from := lineStart
		for _, m := range datelines(text[lineStart:lineEnd]) {
			if !runIn(text[from:lineStart+m[0]], text[lineStart+m[1]:lineEnd]) {
				continue // "talks due on Monday 5 June 2017 in Geneva": a date in a sentence
			}
			out = splitLine(text, from, lineStart+m[0], out)
			out = appendSentence(out, text, lineStart+m[0], lineStart+m[1])
			from = lineStart + m[1]
		}
		out = splitLine(text, from, lineEnd, out)
		if nl < 0 {
			break
		}
		lineStart = lineEnd + 1
	}
	return out
}

func splitLine(text string, start, end int, out []Sentence) []Sentence {
	s := start
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:end])
		i += size
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		// Take closing quotes and brackets and repeated marks with the sentence.
		j := i
		for j < end {
			c, csize := utf8.DecodeRuneInString(text[j:end])
			if !strings.ContainsRune(`.!?"')]’”»`, c) {
				break
			}
			j += csize
		}
		k := j
		for k < end {
			c, csize := utf8.DecodeRuneInString(text[k:end])
			if !unicode.IsSpace(c) {
				break
			}
			k += csize
		}
		if k == j || k >= end {
			continue // no space after the mark, or the line ends: the line's end closes it
		}
		next, _ := utf8.DecodeRuneInString(text[k:end])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune(`"'“‘(«[`, next)) {
			continue
		}
		if r == '.' && !endsSentence(text[s:i-1], nextWord(text[k:end])) {
			continue
		}
		out = appendSentence(out, text, s, j)
		s = k
		i = k
	}
	return appendSentence(out, text, s, end)
}

// endsSentence decides whether a dot after before ends the sentence.
func endsSentence(before, next string) bool {
	w := before
	if i := strings.LastIndexFunc(before, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '"' }); i >= 0 {
		w = before[i+1:]
	}
	if w == "" {
		return true
	}
	if abbreviations[strings.ToLower(w)] {
		return false
	}
	// An initial ("John F. Kennedy") or a dotted abbreviation ("U.S.").
	if utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0]) || strings.Contains(w, ".") {
		return sentenceStarters[next]
	}
	return true
}

func nextWord(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return s
	}
	return s[:end]
}

// appendSentence adds text[start:end], trimmed of white space, if anything is left.
func appendSentence(out []Sentence, text string, start, end int) []Sentence {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) && r != '\ufeff' {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	if start < end {
		out = append(out, Sentence{Text: text[start:end], Start: start, End: end})
	}
	return out
}
