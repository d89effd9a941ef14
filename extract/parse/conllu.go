package parse

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Token is one syntactic word of a CoNLL-U sentence: a line whose ID is an
// integer. Head is 1-based like CoNLL-U: 0 means the word is the root, and
// Head == k means the k-th word (Tokens[k-1]) is the head.
type Token struct {
	ID     int    // 1-based position in the sentence
	Form   string // word form
	Lemma  string
	UPOS   string // universal part-of-speech tag
	XPOS   string // Penn Treebank tag
	Feats  string
	Head   int    // 0 = root, otherwise the ID of the head
	Deprel string // full relation, subtype included ("nmod:poss")
	Deps   string
	Misc   string
}

// Multiword is a multiword-token line ("1-2 don't …"). It is kept only so
// that the sentence can be written back; the parser ignores it, as the UD
// scorer does.
type Multiword struct {
	First, Last int        // the range of word IDs it spans
	Fields      [10]string // the line's fields, ID included
}

// Empty is an empty-node line ("8.1 …") of the enhanced graph. It is kept
// for writing back and ignored by the parser.
type Empty struct {
	After  int        // the integer part of the ID: the node follows word After
	Fields [10]string // the line's fields, ID included
}

// Sentence is one CoNLL-U sentence.
type Sentence struct {
	Comments   []string // comment lines, without the leading "#"
	Tokens     []Token  // the words, in order; Tokens[i].ID == i+1
	Multiwords []Multiword
	Empties    []Empty
}

// Words returns the word forms of s.
func (s *Sentence) Words() []string {
	w := make([]string, len(s.Tokens))
	for i := range s.Tokens {
		w[i] = s.Tokens[i].Form
	}
	return w
}

// ErrCoNLLU is wrapped by the errors ReadCoNLLU returns for malformed input.
var ErrCoNLLU = errors.New("malformed CoNLL-U")

// ReadCoNLLU reads all sentences of a CoNLL-U file. Multiword-token lines
// and empty nodes are kept in the sentence but are not words.
func ReadCoNLLU(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var cur Sentence
	started := false
	line := 0
	flush := func() error {
		if !started {
			return nil
		}
		for i := range cur.Tokens {
			if cur.Tokens[i].ID != i+1 {
				return fmt.Errorf("line %d: word %d has ID %d: %w", line, i+1, cur.Tokens[i].ID, ErrCoNLLU)
			}
			if h := cur.Tokens[i].Head; h < 0 || h > len(cur.Tokens) {
				return fmt.Errorf("line %d: word %d has head %d outside the sentence: %w", line, i+1, h, ErrCoNLLU)
			}
		}
		out = append(out, cur)
		cur = Sentence{}
		started = false
		return nil
	}
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if text == "" {
			if err := flush(); err != nil {
				return nil, err
			}
			continue
		}
		started = true
		if text[0] == '#' {
			cur.Comments = append(cur.Comments, text[1:])
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("line %d: %d fields, want 10: %w", line, len(f), ErrCoNLLU)
		}
		id := f[0]
		if i := strings.IndexByte(id, '-'); i > 0 {
			a, err1 := strconv.Atoi(id[:i])
			b, err2 := strconv.Atoi(id[i+1:])
			if err1 != nil || err2 != nil || b < a {
				return nil, fmt.Errorf("line %d: bad range %q: %w", line, id, ErrCoNLLU)
			}
			var m Multiword
			m.First, m.Last = a, b
			copy(m.Fields[:], f)
			cur.Multiwords = append(cur.Multiwords, m)
			continue
		}
		if i := strings.IndexByte(id, '.'); i > 0 {
			a, err := strconv.Atoi(id[:i])
			if err != nil {
				return nil, fmt.Errorf("line %d: bad empty node ID %q: %w", line, id, ErrCoNLLU)
			}
			var e Empty
			e.After = a
			copy(e.Fields[:], f)
			cur.Empties = append(cur.Empties, e)
			continue
		}
		n, err := strconv.Atoi(id)
		if err != nil {
			return nil, fmt.Errorf("line %d: bad ID %q: %w", line, id, ErrCoNLLU)
		}
		head := 0
		if f[6] != "_" {
			head, err = strconv.Atoi(f[6])
			if err != nil {
				return nil, fmt.Errorf("line %d: bad head %q: %w", line, f[6], ErrCoNLLU)
			}
		}
		cur.Tokens = append(cur.Tokens, Token{
			ID: n, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5],
			Head: head, Deprel: f[7], Deps: f[8], Misc: f[9],
		})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read CoNLL-U line %d: %w", line, err)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

// WriteCoNLLU writes sentences in CoNLL-U, each followed by a blank line.
// Empty string fields are written as "_".
func WriteCoNLLU(w io.Writer, sentences []Sentence) error {
	bw := bufio.NewWriter(w)
	field := func(s string) string {
		if s == "" {
			return "_"
		}
		return s
	}
	writeFields := func(f *[10]string) {
		for i, s := range f {
			if i > 0 {
				bw.WriteByte('\t')
			}
			bw.WriteString(field(s))
		}
		bw.WriteByte('\n')
	}
	for si := range sentences {
		s := &sentences[si]
		for _, c := range s.Comments {
			bw.WriteByte('#')
			bw.WriteString(c)
			bw.WriteByte('\n')
		}
		for k := range s.Empties {
			if s.Empties[k].After == 0 {
				writeFields(&s.Empties[k].Fields)
			}
		}
		for i := range s.Tokens {
			t := &s.Tokens[i]
			for k := range s.Multiwords {
				if s.Multiwords[k].First == i+1 {
					writeFields(&s.Multiwords[k].Fields)
				}
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n", i+1,
				field(t.Form), field(t.Lemma), field(t.UPOS), field(t.XPOS), field(t.Feats),
				t.Head, field(t.Deprel), field(t.Deps), field(t.Misc))
			for k := range s.Empties {
				if s.Empties[k].After == i+1 {
					writeFields(&s.Empties[k].Fields)
				}
			}
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
