// Command neo4jreset empties the database at NEO4J_URI (as NEO4J_USERNAME with
// NEO4J_PASSWORD, if set): all its nodes. scripts/bench uses it between runs; it refuses any
// URI that is not on this machine.
package main

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func main() {
	uri := os.Getenv("NEO4J_URI")
	u, err := url.Parse(uri)
	if err != nil || !(strings.HasPrefix(u.Host, "127.0.0.1:") || strings.HasPrefix(u.Host, "localhost:")) {
		fmt.Fprintf(os.Stderr, "neo4jreset: %q is not a local test server\n", uri)
		os.Exit(2)
	}
	ctx := context.Background()
	auth := neo4j.NoAuth()
	if pw := os.Getenv("NEO4J_PASSWORD"); pw != "" {
		auth = neo4j.BasicAuth(os.Getenv("NEO4J_USERNAME"), pw, "")
	}
	d, err := neo4j.NewDriverWithContext(uri, auth)
	if err == nil {
		defer d.Close(ctx)
		sess := d.NewSession(ctx, neo4j.SessionConfig{})
		defer sess.Close(ctx)
		var res neo4j.ResultWithContext
		if res, err = sess.Run(ctx, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil); err == nil {
			_, err = res.Consume(ctx)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "neo4jreset:", err)
		os.Exit(1)
	}
}
