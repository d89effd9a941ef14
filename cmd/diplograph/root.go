package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"

	"github.com/spf13/cobra"
)

// Exit codes a script can branch on.
const (
	exitOK       = 0
	exitError    = 1 // the run failed
	exitRejected = 2 // the run finished, but some input records were rejected
)

// errRejected marks a run that finished but rejected some input.
var errRejected = errors.New("some input was rejected")

// usageError is an error with a hint that says how to fix it.
type usageError struct {
	err  error
	hint string
}

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRootCmd(stdin, stdout, stderr)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errRejected):
		fmt.Fprintln(stderr, "diplograph:", err)
		return exitRejected
	case ctx.Err() != nil && errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "diplograph: interrupted")
		return exitError
	}
	fmt.Fprintln(stderr, "diplograph:", err)
	var ue *usageError
	if errors.As(err, &ue) && ue.hint != "" {
		fmt.Fprintln(stderr, "Try:", ue.hint)
	}
	return exitError
}

// app carries what every subcommand needs: the config, once loaded, and the streams.
type app struct {
	cfg    Config
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

func newRootCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := &cobra.Command{
		Use:           "diplograph",
		Short:         "Turn news articles into a knowledge graph of diplomatic relations in Neo4j",
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			a.cfg = cfg
			slog.SetDefault(newLogger(stderr, cfg.LogLevel))
			return nil
		},
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	addConfigFlags(root.PersistentFlags())
	root.AddCommand(
		newExtractCmd(a),
		newParseCmd(a),
		newIngestCmd(a),
		newRetractCmd(a),
		newQueryCmd(a),
		newBrowserCmd(a),
		newActorsCmd(a),
		newSchemaCmd(a),
		newConfigCmd(a),
		newVersionCmd(a),
	)
	return root
}

func newLogger(w io.Writer, level string) *slog.Logger {
	var l slog.Level
	_ = l.UnmarshalText([]byte(level)) // validated in Config.Validate
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: l}))
}
