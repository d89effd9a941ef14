package main

import (
	"fmt"
	"io"
	"os"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/extract/parse"
	"github.com/spf13/cobra"
)

func newParseCmd(a *app) *cobra.Command {
	var gold string
	cmd := &cobra.Command{
		Use:   "parse [FILE|-]...",
		Short: "Print the dependency parse of text as CoNLL-U, or score the parser",
		Long: `Parse splits plain text (files, or standard input) into sentences and
prints each one's tokens, tags, lemmas and dependency tree as CoNLL-U, as
the relation rules see them. With --eval it parses the gold-tokenized
sentences of a CoNLL-U file with the parser's own tags and prints the
scores, UAS and LAS on the last line.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if gold != "" {
				return a.evalParser(gold)
			}
			x, err := a.extractor()
			if err != nil {
				return err
			}
			if len(args) == 0 {
				args = []string{"-"}
			}
			for _, path := range args {
				var b []byte
				if path == "-" {
					b, err = io.ReadAll(a.stdin)
				} else {
					b, err = os.ReadFile(path)
				}
				if err != nil {
					return fmt.Errorf("parse: %w", err)
				}
				sents, err := x.Parse(cmd.Context(), string(b))
				if err != nil {
					return fmt.Errorf("parse %s: %w", path, err)
				}
				if err := parse.WriteCoNLLU(a.stdout, sents); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&gold, "eval", "", "score the parser on this CoNLL-U file (gold tokenization)")
	return cmd
}

// evalParser prints the parser's scores on a gold CoNLL-U file.
func (a *app) evalParser(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("parse --eval: %w", err)
	}
	defer f.Close()
	gold, err := parse.ReadCoNLLU(f)
	if err != nil {
		return fmt.Errorf("parse --eval %s: %w", path, err)
	}
	m, err := extract.ParserModel()
	if err != nil {
		return err
	}
	s := parse.Evaluate(m, gold)
	fmt.Fprintf(a.stdout, "sentences=%d words=%d\n", s.Sentences, s.Words)
	fmt.Fprintf(a.stdout, "XPOS=%.2f UPOS=%.2f\n", s.XPOS, s.UPOS)
	fmt.Fprintf(a.stdout, "without punctuation: UAS=%.2f LAS=%.2f; universal labels: LAS=%.2f\n", s.UASNoPunct, s.LASNoPunct, s.LASUniversal)
	fmt.Fprintln(a.stdout, s)
	return nil
}
