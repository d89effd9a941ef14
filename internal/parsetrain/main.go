// Command parsetrain trains the tagger and dependency parser of package
// extract/parse on UD CoNLL-U files and writes the gzip model:
//
//	go run ./internal/parsetrain -train en_ewt-ud-train.conllu -dev en_ewt-ud-dev.conllu \
//	    -clusters bin/clusters.tsv -out extract/parse/model.bin.gz
//
// The word clusters (-clusters, optional) come from internal/clusters; make
// model runs both.
//
// It prints the dev scores after each epoch to stderr, and with -test the
// scores on a test file at the end, whose last line is "UAS=… LAS=…".
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/diplograph/diplograph/extract/parse"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("parsetrain", flag.ContinueOnError)
	fs.SetOutput(stderr)
	trainFile := fs.String("train", "", "training CoNLL-U file (required)")
	devFile := fs.String("dev", "", "development CoNLL-U file, for early stopping")
	testFile := fs.String("test", "", "test CoNLL-U file to score at the end (optional)")
	out := fs.String("out", "model.bin.gz", "output model file")
	epochs := fs.Int("epochs", parse.DefaultEpochs, "parser epochs")
	taggerEpochs := fs.Int("tagger-epochs", parse.DefaultTaggerEpochs, "tagger epochs")
	folds := fs.Int("folds", parse.DefaultFolds, "jackknife folds for the parser's training tags")
	seed := fs.Uint64("seed", parse.DefaultSeed, "random seed")
	clusterFile := fs.String("clusters", "", "word cluster file (path<TAB>word<TAB>count, from internal/clusters)")
	explore := fs.Float64("explore", parse.DefaultExplore, "probability of following the parser's wrong choice in training")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *trainFile == "" {
		fmt.Fprintln(stderr, "parsetrain: -train is required")
		return 2
	}
	var clusters map[string]parse.WordCluster
	clusterName := ""
	if *clusterFile != "" {
		var err error
		if clusters, err = readClusters(*clusterFile); err != nil {
			fmt.Fprintln(stderr, "parsetrain:", err)
			return 1
		}
		clusterName = filepath.Base(*clusterFile)
	}
	if err := train(ctx, stderr, *trainFile, *devFile, *testFile, *out, parse.TrainOptions{
		Clusters: clusters, ClusterFile: clusterName,
		Epochs: *epochs, TaggerEpochs: *taggerEpochs, Folds: *folds, Seed: *seed,
		Explore:   *explore,
		TrainFile: filepath.Base(*trainFile), DevFile: filepath.Base(*devFile),
	}); err != nil {
		fmt.Fprintln(stderr, "parsetrain:", err)
		return 1
	}
	return 0
}

func readClusters(name string) (map[string]parse.WordCluster, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	c, err := parse.ReadClusters(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return c, nil
}

func readFile(name string) ([]parse.Sentence, error) {
	if name == "" {
		return nil, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := parse.ReadCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return s, nil
}

func train(ctx context.Context, stderr io.Writer, trainFile, devFile, testFile, out string, opts parse.TrainOptions) error {
	tr, err := readFile(trainFile)
	if err != nil {
		return err
	}
	dev, err := readFile(devFile)
	if err != nil {
		return err
	}
	test, err := readFile(testFile)
	if err != nil {
		return err
	}
	opts.Progress = func(p parse.Progress) {
		d := p.Dev
		switch p.Stage {
		case "tagger":
			fmt.Fprintf(stderr, "tagger trained (%s): dev XPOS=%.2f\n", p.Elapsed.Round(time.Second), d.XPOS)
			return
		}
		fmt.Fprintf(stderr, "epoch %2d (%s): dev UAS=%.2f LAS=%.2f XPOS=%.2f UPOS=%.2f noPunct UAS=%.2f LAS=%.2f\n",
			p.Epoch, p.Elapsed.Round(time.Second), d.UAS, d.LAS, d.XPOS, d.UPOS, d.UASNoPunct, d.LASNoPunct)
	}
	start := time.Now()
	m, err := parse.Train(ctx, tr, dev, opts)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "trained in %s (best epoch %d)\n", time.Since(start).Round(time.Second), m.Meta.BestEpoch)
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	n, err := m.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	fmt.Fprintf(stderr, "wrote %s (%d bytes)\n", out, n)
	if test != nil {
		s := parse.Evaluate(m, test)
		fmt.Fprintf(stderr, "test: XPOS=%.2f UPOS=%.2f noPunct UAS=%.2f LAS=%.2f universal LAS=%.2f\n",
			s.XPOS, s.UPOS, s.UASNoPunct, s.LASNoPunct, s.LASUniversal)
		fmt.Fprintln(stderr, s)
	}
	return nil
}
