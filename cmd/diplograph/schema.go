package main

import (
	"context"
	"errors"
	"fmt"
	"text/tabwriter"

	"github.com/diplograph/diplograph/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
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
	d, err := neo4j.NewDriverWithContext(c.URI, auth)
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
// refused credentials, a lock-out after failed logins, or no answer at all.
func connectError(uri, user string, withPassword bool, err error) error {
	var ne *neo4j.Neo4jError
	if !errors.As(err, &ne) {
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
	return &usageError{fmt.Errorf("neo4j at %s refused the connection: %w", uri, err),
		"check neo4j.uri, neo4j.user and neo4j.database"}
}
