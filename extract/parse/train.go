package parse

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"time"
)

// Training defaults.
const (
	DefaultEpochs       = 15
	DefaultTaggerEpochs = 8
	DefaultFolds        = 10
	DefaultSeed         = 1
	DefaultExplore      = 0.9
	DefaultPatience     = 4
)

// TrainOptions configure [Train]. Zero fields take the defaults.
type TrainOptions struct {
	Epochs       int     // parser passes over the training data (DefaultEpochs)
	TaggerEpochs int     // tagger passes (DefaultTaggerEpochs)
	Folds        int     // jackknife folds for the parser's training tags (DefaultFolds); 1 = gold tags
	Seed         uint64  // shuffling and exploration seed (DefaultSeed)
	Explore      float64 // probability of following a wrong prediction from the second epoch on (DefaultExplore)
	Patience     int     // stop after this many epochs without a better dev LAS (DefaultPatience)
	Workers      int     // goroutines for the jackknife (2)
	TrainFile    string  // recorded in the model header
	DevFile      string  // recorded in the model header

	// Clusters maps lower-case words to their paths in a binary word
	// cluster tree and their capitalization in a large corpus, as
	// [ReadClusters] returns them; the tagger and the parser read path
	// prefixes as features, the tagger the capitalization. The table is
	// stored in the model. Nil: no clusters.
	Clusters    map[string]WordCluster
	ClusterFile string // recorded in the model header

	// Progress, if set, is called after the tagger is trained and after
	// each parser epoch.
	Progress func(Progress)
}

// Progress reports a training step.
type Progress struct {
	Stage   string        // "tagger" or "parser"
	Epoch   int           // 1-based parser epoch
	Dev     Scores        // scores on the dev sentences (zero without dev data)
	Elapsed time.Duration // since Train started
}

// ErrNoData is returned by [Train] when there is nothing to train on.
var ErrNoData = errors.New("no training sentences")

func (o *TrainOptions) defaults() {
	if o.Epochs <= 0 {
		o.Epochs = DefaultEpochs
	}
	if o.TaggerEpochs <= 0 {
		o.TaggerEpochs = DefaultTaggerEpochs
	}
	if o.Folds <= 0 {
		o.Folds = DefaultFolds
	}
	if o.Seed == 0 {
		o.Seed = DefaultSeed
	}
	if o.Explore == 0 {
		o.Explore = DefaultExplore
	}
	if o.Patience <= 0 {
		o.Patience = DefaultPatience
	}
	if o.Workers <= 0 {
		o.Workers = 2
	}
}

// Train trains a tagger and a parser on train, choosing the parser epoch
// with the best LAS on dev (the last epoch if dev is empty). Training is
// deterministic for given data and options.
func Train(ctx context.Context, train, dev []Sentence, opts TrainOptions) (*Model, error) {
	opts.defaults()
	start := time.Now()
	report := func(p Progress) {
		if opts.Progress != nil {
			p.Elapsed = time.Since(start)
			opts.Progress(p)
		}
	}
	var sents []*Sentence
	for i := range train {
		if len(train[i].Tokens) > 0 {
			sents = append(sents, &train[i])
		}
	}
	if len(sents) == 0 {
		return nil, ErrNoData
	}

	// Vocabularies, sorted so that class numbers do not depend on data order.
	tagSet, labSet, uposSet := map[string]bool{}, map[string]bool{"root": true}, map[string]bool{}
	for _, s := range sents {
		for _, t := range s.Tokens {
			tagSet[t.XPOS] = true
			labSet[t.Deprel] = true
			uposSet[t.UPOS] = true
		}
	}
	tags, labels, uposNames := sortedKeys(tagSet), sortedKeys(labSet), sortedKeys(uposSet)
	if len(tags) > 250 || len(labels) > 63 {
		return nil, fmt.Errorf("train: %d tags and %d labels, at most 250 and 63", len(tags), len(labels))
	}
	labels = append([]string{""}, labels...)
	tagIdx, labIdx, uposIdx := index(tags), index(labels), index(uposNames)
	m := &Model{tags: tags, labels: labels, root: labIdx["root"]}
	m.extra = m.root
	for _, l := range []string{"parataxis", "dep"} {
		if i, ok := labIdx[l]; ok {
			m.extra = i
			break
		}
	}
	if m.extra == m.root {
		m.extra = 1
		if m.root == 1 && len(labels) > 2 {
			m.extra = 2
		}
	}

	// Word hashes and gold classes.
	tdata := make([]taggerData, len(sents))
	var usamples []uposSample
	for i, s := range sents {
		d := &tdata[i]
		d.ws = padWords(s.Words(), nil, nil)
		d.gold = make([]uint8, len(s.Tokens))
		for j, t := range s.Tokens {
			d.gold[j] = uint8(tagIdx[t.XPOS])
			usamples = append(usamples, uposSample{lower: d.ws[pad+j].lower, tag: tagIdx[t.XPOS],
				lab: labIdx[t.Deprel], upos: uint8(uposIdx[t.UPOS])})
		}
	}
	m.upos = buildUPOS(uposNames, len(tags), usamples)
	m.lex = buildLexicon(tdata, len(tags))
	if err := m.lex.addClusters(opts.Clusters); err != nil {
		return nil, fmt.Errorf("train: %w", err)
	}
	for _, d := range tdata {
		for i := pad; i < len(d.ws)-pad; i++ {
			m.lex.fill(&d.ws[i])
		}
	}

	// The tagger on all data, and the jackknifed tags the parser trains on,
	// in parallel.
	jk := make([][]uint8, len(sents))
	folds := opts.Folds
	jobs := make(chan int)
	errs := make([]error, folds+1)
	var wg sync.WaitGroup
	for range opts.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range jobs {
				var part []taggerData
				for i := range tdata {
					if folds == 1 || i%folds != f {
						part = append(part, tdata[i])
					}
				}
				if f == folds || folds == 1 {
					w, err := trainTagger(ctx, part, len(tags), opts.TaggerEpochs, opts.Seed+uint64(f))
					if f == folds {
						m.tagger = w
					}
					errs[f] = err
					continue
				}
				w, err := trainTagger(ctx, part, len(tags), opts.TaggerEpochs, opts.Seed+uint64(f))
				if err != nil {
					errs[f] = err
					continue
				}
				feats := make([]uint32, 0, numTagFeats)
				scores := make([]int32, len(tags))
				for i := range tdata {
					if i%folds == f {
						jk[i] = make([]uint8, len(tdata[i].gold))
						feats = tagInto(w, tdata[i].ws, jk[i], feats, scores)
					}
				}
			}
		}()
	}
	for f := 0; f <= folds; f++ {
		if folds == 1 && f == 0 {
			continue
		}
		jobs <- f
	}
	close(jobs)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("train tagger: %w", err)
	}
	if folds == 1 {
		for i := range tdata {
			jk[i] = tdata[i].gold
		}
	}
	nclass := 2 * len(labels)
	m.parser = &weights{nclass: nclass}
	m.parser.build()
	if len(dev) > 0 {
		report(Progress{Stage: "tagger", Dev: Evaluate(m, dev)})
	} else {
		report(Progress{Stage: "tagger"})
	}

	// The parser.
	type pdata struct {
		gh []int32
		gl []uint8
	}
	gold := make([]pdata, len(sents))
	for i, s := range sents {
		n := len(s.Tokens)
		g := pdata{gh: make([]int32, n+2), gl: make([]uint8, n+2)}
		for j, t := range s.Tokens {
			h := int32(t.Head)
			if h == 0 {
				h = int32(n + 1)
			}
			g.gh[j+1] = h
			g.gl[j+1] = uint8(labIdx[t.Deprel])
		}
		gold[i] = g
	}
	p := newPerceptron(nclass)
	rng := rand.New(rand.NewPCG(opts.Seed, 0xa5c3))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var st state
	feats := make([]uint32, 0, numParseFeats)
	scores := make([]int32, nclass)
	cost := make([]int32, nclass)
	var best *weights
	bestLAS, bestEp := -1.0, 0
	for ep := 1; ep <= opts.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for k, si := range order {
			if k%256 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
			}
			g := &gold[si]
			st.reset(tdata[si].ws, jk[si], len(tags))
			for !st.terminal() {
				feats = st.feats(feats[:0])
				p.score(feats, scores)
				minc := st.costs(g.gh, g.gl, m.root, cost)
				pred := st.best(scores, m.root)
				next := pred
				if cost[pred] > minc {
					gb := -1
					for c, v := range cost {
						if v == minc && (gb < 0 || scores[c] > scores[gb]) {
							gb = c
						}
					}
					p.update(feats, gb, 1)
					p.update(feats, pred, -1)
					next = gb
					if ep > 1 && rng.Float64() < opts.Explore {
						next = pred
					}
				}
				p.tick()
				st.apply(next)
			}
		}
		m.parser = p.average()
		m.parser.setLanes(parserLanes(nclass))
		var sc Scores
		if len(dev) > 0 {
			sc = Evaluate(m, dev)
		}
		report(Progress{Stage: "parser", Epoch: ep, Dev: sc})
		if len(dev) == 0 || sc.LAS > bestLAS {
			best, bestLAS, bestEp = m.parser, sc.LAS, ep
			m.Meta.DevUAS, m.Meta.DevLAS, m.Meta.DevXPOS, m.Meta.DevUPOS = sc.UAS, sc.LAS, sc.XPOS, sc.UPOS
		} else if ep-bestEp >= opts.Patience {
			break
		}
	}
	m.parser = best
	m.Meta.Treebank = "Universal Dependencies English Web Treebank v2.15 (UD_English-EWT)"
	m.Meta.License = "CC BY-SA 4.0"
	m.Meta.Notice = Notice
	m.Meta.TrainFile, m.Meta.DevFile = opts.TrainFile, opts.DevFile
	m.Meta.Seed, m.Meta.Epochs, m.Meta.BestEpoch = opts.Seed, opts.Epochs, bestEp
	m.Meta.TaggerEpochs, m.Meta.Folds = opts.TaggerEpochs, opts.Folds
	m.Meta.FeatureSet = featureSet
	m.Meta.ClusterFile, m.Meta.Clusters = opts.ClusterFile, len(opts.Clusters)
	return m, nil
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func index(ss []string) map[string]int {
	m := make(map[string]int, len(ss))
	for i, s := range ss {
		m[s] = i
	}
	return m
}
