package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/diplograph/diplograph/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
	"github.com/spf13/cobra"
)

func newSchemaCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{Use: "schema", Short: "Create or show the graph's constraints and indexes"}
	cmd.AddCommand(&cobra.Command{
		Use:   "apply",
		Short: "Create the constraints and indexes (idempotent)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.withDriver(cmd.Context(), func(ctx context.Context, d neo4j.DriverWithContext) error {
				if err := graph.Apply(ctx, d, a.cfg.Neo4j.Database); err != nil {
					return err
				}
				fmt.Fprintln(a.stdout, "schema applied")
				return nil
			})
		},
	}, &cobra.Command{
		Use:   "show",
		Short: "List the constraints and indexes in the database",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.withDriver(cmd.Context(), func(ctx context.Context, d neo4j.DriverWithContext) error {
				objs, err := graph.Show(ctx, d, a.cfg.Neo4j.Database)
				if err != nil {
					return err
				}
				tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "KIND\tNAME\tTYPE\tON")
				for _, o := range objs {
					fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", o.Kind, o.Name, o.Type, o.On)
				}
				return tw.Flush()
			})
		},
	})
	return cmd
}

// withDriver opens the one driver of the run, checks the server answers, runs
// f and closes the driver.
func (a *app) withDriver(ctx context.Context, f func(context.Context, neo4j.DriverWithContext) error) error {
	c := a.cfg.Neo4j
	auth := neo4j.NoAuth()
	if c.Password != "" {
		auth = neo4j.BasicAuth(c.User, c.Password, "")
	}
	d, err := neo4j.NewDriverWithContext(c.URI, auth, func(cfg *config.Config) {
		// The driver's own retries (of queries; the loader retries its
		// transactions itself) keep to the same budget.
		cfg.MaxTransactionRetryTime = c.RetryBudget
	})
	if err != nil {
		return &usageError{fmt.Errorf("neo4j driver for %s: %w", c.URI, err), "check neo4j.uri"}
	}
	defer d.Close(context.WithoutCancel(ctx))
	if err := d.VerifyConnectivity(ctx); err != nil {
		return connectError(c.URI, c.User, c.Password != "", err)
	}
	return f(ctx, d)
}

// connectError says why the server at uri could not be used, and what to do:
// refused credentials, a lock-out after failed logins, a server out of
// memory, or no answer at all.
func connectError(uri, user string, withPassword bool, err error) error {
	ne := graph.ServerError(err)
	if ne == nil {
		return &usageError{fmt.Errorf("neo4j at %s does not answer: %w", uri, err),
			"start Neo4j (make neo4j-start, or docker compose up -d neo4j) or set NEO4J_URI"}
	}
	switch ne.Code {
	case "Neo.ClientError.Security.Unauthorized":
		if !withPassword {
			return &usageError{fmt.Errorf("neo4j at %s refused the credentials for user %s (no password given)", uri, user),
				"set NEO4J_PASSWORD, or neo4j.password-file in diplograph.yaml (make demo writes one in the repository folder)"}
		}
		return &usageError{fmt.Errorf("neo4j at %s refused the credentials for user %s: authentication failure", uri, user),
			"check NEO4J_USERNAME and NEO4J_PASSWORD (or --neo4j-password-file)"}
	case "Neo.ClientError.Security.AuthenticationRateLimit":
		return &usageError{fmt.Errorf("neo4j at %s locked user %s out after too many failed logins", uri, user),
			"wait a few seconds, then check NEO4J_USERNAME and NEO4J_PASSWORD"}
	}
	if graph.OutOfMemory(err) {
		return outOfMemoryError(uri, err)
	}
	if graph.Retryable(err) {
		return &usageError{fmt.Errorf("neo4j at %s is not available: %w", uri, err),
			"wait for the server to finish starting, or check it (make neo4j-status)"}
	}
	return &usageError{fmt.Errorf("neo4j at %s refused the connection: %w", uri, err),
		"check neo4j.uri, neo4j.user and neo4j.database"}
}

// serverError words an error of a run against the server by what the
// server said: refused credentials or permissions, out of memory, or
// another refusal (none of which a rerun fixes), or a server that stopped
// answering, whose hint is retryHint. It returns nil for an error that is
// neither (the caller keeps it as it is).
func serverError(uri, user string, err error, retryHint string) error {
	ne := graph.ServerError(err)
	switch {
	case ne != nil && strings.HasPrefix(ne.Code, "Neo.ClientError.Security."):
		return &usageError{fmt.Errorf("neo4j at %s refused user %s: %w", uri, user, err),
			"check NEO4J_USERNAME and NEO4J_PASSWORD (or --neo4j-password-file) and the user's permissions"}
	case graph.OutOfMemory(err):
		return outOfMemoryError(uri, err)
	case graph.Retryable(err) && retryHint != "":
		what := "kept failing"
		if ne == nil {
			what = "stopped answering"
		}
		return &usageError{fmt.Errorf("neo4j at %s %s: %w", uri, what, err),
			retryHint + " (neo4j.retry-budget says how long a run waits for it)"}
	case ne != nil:
		return fmt.Errorf("neo4j at %s refused the transaction: %w", uri, err)
	}
	return nil
}

// outOfMemoryError is the server at uri out of memory for transactions.
func outOfMemoryError(uri string, err error) error {
	return &usageError{fmt.Errorf("neo4j at %s is out of memory: %w", uri, err),
		"the server's transactions use all the memory it allows (dbms.memory.transaction.total.max, 70% of its heap by default): wait for them to end, or give the server more heap"}
}

// serverError is serverError for the run's server; an error it does not
// word is returned as it is.
func (a *app) serverError(err error, retryHint string) error {
	if se := serverError(a.cfg.Neo4j.URI, a.cfg.Neo4j.User, err, retryHint); se != nil {
		return se
	}
	return err
}
