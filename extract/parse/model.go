package parse

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sync"

	kgzip "github.com/klauspost/compress/gzip"
)

// Notice names the data the embedded model was trained on; it must travel
// with the model.
const Notice = "Trained on Universal Dependencies English Web Treebank v2.15 (UD_English-EWT), " +
	"CC BY-SA 4.0, © The Board of Trustees of the Leland Stanford Junior University; " +
	"texts from LDC2012T13 (LDC English Web Treebank)."

// Meta is the model header: what it was trained on and how, and the scores
// it reached on the development file.
type Meta struct {
	Treebank     string  `json:"treebank"`
	License      string  `json:"license"`
	Notice       string  `json:"notice"`
	TrainFile    string  `json:"train_file,omitempty"`
	DevFile      string  `json:"dev_file,omitempty"`
	Seed         uint64  `json:"seed"`
	Epochs       int     `json:"epochs"`
	BestEpoch    int     `json:"best_epoch"`
	TaggerEpochs int     `json:"tagger_epochs"`
	Folds        int     `json:"folds"`
	DevUAS       float64 `json:"dev_uas"`
	DevLAS       float64 `json:"dev_las"`
	DevXPOS      float64 `json:"dev_xpos"`
	DevUPOS      float64 `json:"dev_upos"`
	FeatureSet   int     `json:"feature_set"`
	ClusterFile  string  `json:"cluster_file,omitempty"` // the word clusters' file
	Clusters     int     `json:"clusters,omitempty"`     // words with a cluster
}

// featureSet versions the feature functions and the model format; a model
// trained with other features is refused (set 2 added word clusters).
const featureSet = 2

// Model is a trained tagger and parser. It is immutable and safe for
// concurrent use; per-call state lives in a [Parser].
type Model struct {
	Meta   Meta
	tags   []string // XPOS by class
	labels []string // relation by label index; labels[0] is ""
	root   int      // label index of "root"
	extra  int      // label given to extra roots by the repair step
	tagger *weights
	parser *weights
	upos   uposTable
	lex    lexicon
	pool   sync.Pool
}

// ErrBadModel is wrapped by the errors Read returns for a file that is not a
// model of this package.
var ErrBadModel = errors.New("not a parse model")

func errOr(err error) error {
	if err != nil {
		return err
	}
	return ErrBadModel
}

const magic = "diplograph-parse\x00"

// WriteTo writes m gzip-compressed. The gzip header's comment is [Notice].
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	zw.Comment = asciiOnly(Notice)
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	meta, err := json.Marshal(m.Meta)
	if err != nil {
		return 0, fmt.Errorf("encode model header: %w", err)
	}
	writeBytes(bw, meta)
	writeStrings(bw, m.tags)
	writeStrings(bw, m.labels)
	writeUvarint(bw, uint64(m.root))
	writeUvarint(bw, uint64(m.extra))
	m.upos.writeTo(bw)
	m.lex.writeTo(bw)
	m.tagger.writeTo(bw)
	m.parser.writeTo(bw)
	if err := bw.Flush(); err != nil {
		return cw.n, fmt.Errorf("write model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return cw.n, fmt.Errorf("write model: %w", err)
	}
	return cw.n, nil
}

// Read reads a model written by [Model.WriteTo]. It is decompressed with
// klauspost/compress's gzip reader, which the WARC reader uses already:
// the standard library's took 0.4 s of every run's start, klauspost's
// takes 0.2 s.
func Read(r io.Reader) (*Model, error) {
	zr, err := kgzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read model: %w: %w", ErrBadModel, err)
	}
	defer zr.Close()
	br := bufio.NewReaderSize(zr, 1<<16)
	m, err := readModel(br)
	if err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	return m, nil
}

func readModel(br *bufio.Reader) (*Model, error) {
	head := make([]byte, len(magic))
	if _, err := readFull(br, head); err != nil || string(head) != magic {
		return nil, ErrBadModel
	}
	meta, err := readBytes(br)
	if err != nil {
		return nil, err
	}
	m := &Model{}
	if err := json.Unmarshal(meta, &m.Meta); err != nil {
		return nil, fmt.Errorf("%w: header: %w", ErrBadModel, err)
	}
	if m.Meta.FeatureSet != featureSet {
		return nil, fmt.Errorf("%w: feature set %d, this code has %d", ErrBadModel, m.Meta.FeatureSet, featureSet)
	}
	if m.tags, err = readStrings(br); err != nil {
		return nil, err
	}
	if m.labels, err = readStrings(br); err != nil {
		return nil, err
	}
	root, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, err
	}
	extra, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, err
	}
	m.root, m.extra = int(root), int(extra)
	if m.upos, err = readUPOS(br); err != nil {
		return nil, err
	}
	if m.lex, err = readLexicon(br); err != nil {
		return nil, err
	}
	if m.tagger, err = readWeights(br); err != nil {
		return nil, err
	}
	if m.parser, err = readWeights(br); err != nil {
		return nil, err
	}

	if len(m.tags) == 0 || len(m.tags) > 250 || len(m.labels) < 2 || len(m.labels) > 64 ||
		m.root < 1 || m.root >= len(m.labels) || m.extra < 1 || m.extra >= len(m.labels) ||
		m.tagger.nclass != len(m.tags) || m.parser.nclass != 2*len(m.labels) ||
		len(m.upos.byTag) != len(m.tags) {
		return nil, fmt.Errorf("%w: inconsistent sizes", ErrBadModel)
	}
	m.parser.setLanes(parserLanes(m.parser.nclass))
	return m, nil
}

//go:embed model.bin.gz
var embedded []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model trained on UD English EWT (see
// [Notice]). It is read once; later calls return the same model.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = Read(bytes.NewReader(embedded))
	})
	return defaultModel, defaultErr
}

// Tags returns the XPOS tags the model predicts.
func (m *Model) Tags() []string { return append([]string(nil), m.tags...) }

// Labels returns the relations the model predicts.
func (m *Model) Labels() []string { return append([]string(nil), m.labels[1:]...) }

// Parser holds the buffers for parsing one sentence at a time. It is not
// safe for concurrent use; make one per goroutine with [Model.NewParser],
// or call [Model.Parse], which keeps a pool of them.
type Parser struct {
	m      *Model
	ws     []wordInfo
	tags   []uint8
	own    []uint8 // the model's own tags, when given ones are missing
	st     state
	feats  []uint32
	look   lookups
	scores []int32
}

// NewParser returns a Parser that uses m.
func (m *Model) NewParser() *Parser {
	return &Parser{
		m:      m,
		feats:  make([]uint32, 0, numParseFeats+numTagFeats),
		scores: make([]int32, max(len(m.tags), m.parser.nclass)),
	}
}

// ErrLength is returned by [Parser.ParseInto] when an output slice is shorter
// than the sentence.
var ErrLength = errors.New("output slice shorter than the sentence")

// ParseInto tags and parses words, writing into the caller's slices, which
// must be at least len(words) long: xpos and upos get the tags, head the
// 1-based head of each word (0 for the root, as in CoNLL-U), deprel the
// relation. Any output slice may be nil. The strings written are the
// model's own, so ParseInto does not allocate once p's buffers have grown to
// the sentence length.
func (p *Parser) ParseInto(words []string, xpos, upos []string, head []int, deprel []string) error {
	return p.parse(words, nil, xpos, upos, head, deprel)
}

// ParseTaggedInto is [Parser.ParseInto] for words that another tagger has
// tagged: the parser reads the given Penn Treebank tags (a tag the model does
// not know, or an empty one, is replaced by the model's own). The tags used
// are written back into tags.
func (p *Parser) ParseTaggedInto(words, tags []string, head []int, deprel []string) error {
	if len(tags) < len(words) {
		return ErrLength
	}
	return p.parse(words, tags, tags, nil, head, deprel)
}

// parse tags words (taking the tags in given where the model knows them)
// and parses them into the output slices, any of which may be nil.
func (p *Parser) parse(words, given []string, xpos, upos []string, head []int, deprel []string) error {
	n := len(words)
	if (xpos != nil && len(xpos) < n) || (upos != nil && len(upos) < n) ||
		(head != nil && len(head) < n) || (deprel != nil && len(deprel) < n) {
		return ErrLength
	}
	if n == 0 {
		return nil
	}
	m := p.m
	p.ws = padWords(words, p.ws, m.lex)
	p.tags = grow8(p.tags, n)
	if p.givenTags(given, n) < n {
		p.own = grow8(p.own, n)
		p.feats = tagInto(m.tagger, p.ws, p.own, p.feats, p.scores[:len(m.tags)])
		for i := range n {
			if given == nil || !slices.Contains(m.tags, given[i]) {
				p.tags[i] = p.own[i]
			}
		}
	}
	st := &p.st
	st.reset(p.ws, p.tags, len(m.tags))
	p.feats = m.parseInto(st, p.feats, &p.look, p.scores)
	st.fixRoots(m.extra)
	for i := 0; i < n; i++ {
		t := int(p.tags[i])
		if xpos != nil {
			xpos[i] = m.tags[t]
		}
		h := int(st.head[i+1])
		if h == n+1 {
			h = 0
		}
		if head != nil {
			head[i] = h
		}
		l := int(st.lab[i+1])
		if deprel != nil {
			deprel[i] = m.labels[l]
		}
		if upos != nil {
			upos[i] = m.upos.names[m.upos.predict(p.ws[pad+i].lower, t, l)]
		}
	}
	return nil
}

// givenTags puts the model's index of each given tag into p.tags and
// returns how many the model knows.
func (p *Parser) givenTags(given []string, n int) int {
	known := 0
	for i := 0; given != nil && i < n; i++ {
		for k, t := range p.m.tags {
			if t == given[i] {
				p.tags[i] = uint8(k)
				known++
				break
			}
		}
	}
	return known
}

// parseInto runs the greedy parser to the end on st; scores must hold
// the parser's classes.
func (m *Model) parseInto(st *state, feats []uint32, look *lookups, scores []int32) []uint32 {
	scores = scores[:m.parser.nclass]
	front := frontWeights{b: -1}
	for !st.terminal() {
		if c := st.forced(m.root); c >= 0 {
			st.apply(c)
			continue
		}
		feats = m.transitionScores(st, &front, feats, look, scores)
		st.apply(st.best(scores, m.root))
	}
	return feats
}

// frontWeights are the weights of st.bufferFeats while st.b is b.
type frontWeights struct {
	b   int32
	acc [256]int32
}

// transitionScores sets scores to the weights of st.feats. The buffer's
// features are added up once for each word at its front (front keeps them;
// about half of the transitions leave the buffer where it was), the roles
// with no word come summed from noneWeights, and the rest are looked up.
// Integer sums are the same in any order.
func (m *Model) transitionScores(st *state, front *frontWeights, feats []uint32, look *lookups, scores []int32) []uint32 {
	w := m.parser
	if st.b != front.b {
		front.acc = [256]int32{}
		feats = st.bufferFeats(feats[:0])
		w.add(&front.acc, feats, look, w.stride)
		front.b = st.b
	}
	feats = st.stackFeats(feats[:0])
	set := 0 // the roles with no word
	for role, x := range st.roles() {
		if x == 0 {
			set |= 1 << role
		} else {
			feats = st.roleFeats(feats, role, x)
		}
	}
	var acc [256]int32
	for c, v := range w.noneWeights()[set*w.nclass : (set+1)*w.nclass] {
		acc[c] = front.acc[c] + v
	}
	// With a head on the stack's top no left arc is valid (st.best):
	// the lanes of the left arcs in the dense rows are not added.
	width := w.stride
	if k := len(st.stack); w.narrow > 0 && k > 0 && st.head[st.stack[k-1]] != 0 {
		width = w.narrow
	}
	w.add(&acc, feats, look, width)
	copy(scores, acc[:])
	return feats
}

// Parse tags and parses words and returns them as a sentence with Form,
// XPOS, UPOS, Head (1-based, 0 = root) and Deprel set. It is safe for
// concurrent use.
func (m *Model) Parse(words []string) Sentence {
	p, _ := m.pool.Get().(*Parser)
	if p == nil {
		p = m.NewParser()
	}
	n := len(words)
	xpos := make([]string, n)
	upos := make([]string, n)
	head := make([]int, n)
	rel := make([]string, n)
	_ = p.ParseInto(words, xpos, upos, head, rel) // lengths are right
	m.pool.Put(p)
	s := Sentence{Tokens: make([]Token, n)}
	for i := range s.Tokens {
		s.Tokens[i] = Token{ID: i + 1, Form: words[i], XPOS: xpos[i], UPOS: upos[i], Head: head[i], Deprel: rel[i]}
	}
	return s
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

func asciiOnly(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r == '©':
			b = append(b, "(c)"...)
		case r < 0x80:
			b = append(b, byte(r))
		}
	}
	return string(b)
}

func writeUvarint(bw *bufio.Writer, v uint64) {
	var buf [binary.MaxVarintLen64]byte
	bw.Write(buf[:binary.PutUvarint(buf[:], v)])
}

func writeBytes(bw *bufio.Writer, b []byte) {
	writeUvarint(bw, uint64(len(b)))
	bw.Write(b)
}

func writeStrings(bw *bufio.Writer, ss []string) {
	writeUvarint(bw, uint64(len(ss)))
	for _, s := range ss {
		writeBytes(bw, []byte(s))
	}
}

func readFull(br *bufio.Reader, b []byte) (int, error) { return io.ReadFull(br, b) }

func readBytes(br *bufio.Reader) ([]byte, error) {
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 1<<24 {
		return nil, errOr(err)
	}
	b := make([]byte, n)
	_, err = io.ReadFull(br, b)
	return b, err
}

func readStrings(br *bufio.Reader) ([]string, error) {
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 1<<16 {
		return nil, errOr(err)
	}
	ss := make([]string, n)
	for i := range ss {
		b, err := readBytes(br)
		if err != nil {
			return nil, err
		}
		ss[i] = string(b)
	}
	return ss, nil
}
