package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TestQueryCypher_ReadOnly runs, without --write, each kind of statement the
// reliability probe got through (TERMINATE TRANSACTIONS, a procedure that
// clears the query caches, LOAD CSV from a URL) and their relatives: each is
// refused with a clear message and leaves no trace, while read queries and
// the read procedures still answer.
func TestQueryCypher_ReadOnly(t *testing.T) {
	d := neo4jtest.Open(t)
	inTempDir(t)
	t.Setenv("NEO4J_URI", neo4jtest.URI(t))
	var fetched atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fetched.Add(1)
		fmt.Fprint(w, "a,b\n1,2\n")
	}))
	defer srv.Close()
	if code, _, errOut := runCLI(t, "", "query", "cypher", "--write", "CREATE (:Probe {id: 1})"); code != 0 {
		t.Fatalf("create the probe node: %s", errOut)
	}

	refused := []struct{ query, want string }{
		{"TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TERMINATE stops other sessions' transactions"},
		{"CALL db.clearQueryCaches()", "CALL db.clearQueryCaches: the read procedures are"},
		{"LOAD CSV FROM '" + srv.URL + "/probe.csv' AS row RETURN row", "LOAD CSV makes the server read a file or fetch a URL"},
		{"MATCH (n) WITH n LIMIT 1 LOAD CSV WITH HEADERS FROM $url AS row RETURN row", "LOAD CSV"},
		{"CREATE INDEX probe_id IF NOT EXISTS FOR (n:Probe) ON (n.id)", "a query that starts with CREATE is not a read query"},
		{"DROP INDEX probe_id IF EXISTS", "starts with DROP"},
		{"CREATE DATABASE probe IF NOT EXISTS", "starts with CREATE"},
		{"ALTER CURRENT USER SET PASSWORD FROM 'not-it' TO 'not-it-either'", "starts with ALTER"},
		{"SHOW USERS", "SHOW USERS is not one of SHOW INDEXES, CONSTRAINTS, PROCEDURES and FUNCTIONS"},
		{"SHOW TRANSACTIONS", "SHOW TRANSACTIONS is not one of"},
		{"SHOW SETTINGS", "SHOW SETTINGS is not one of"},
		{"MATCH (n:Probe) CALL (n) { SET n.x = 1 } IN TRANSACTIONS OF 1 ROWS", "CALL { … } IN TRANSACTIONS"},
		// Past the text checks: the server's plan says it writes.
		{"MATCH (n:Probe) SET n.touched = true RETURN n.id", "the server plans it as a read-write query"},
		{"MATCH (n) DETACH DELETE n", "the server plans it as a"},
	}
	for _, c := range refused {
		code, out, errOut := runCLI(t, "", "query", "cypher", "--param", "url="+srv.URL+"/p.csv", c.query)
		if code != exitError || out != "" || !strings.Contains(errOut, "diplograph: query: not a read-only query: ") ||
			!strings.Contains(errOut, c.want) || !strings.Contains(errOut, "Try: --write runs it as it is") {
			t.Errorf("%s: exit %d, stdout %q, stderr %q, want refused with %q", c.query, code, out, errOut, c.want)
		}
	}
	if n := fetched.Load(); n != 0 {
		t.Errorf("the server fetched the URL %d times", n)
	}
	for _, check := range []string{
		"MATCH (n:Probe) WHERE n.x IS NULL AND n.touched IS NULL RETURN count(n) = 1 AS clean",
		"SHOW INDEXES YIELD name RETURN NOT 'probe_id' IN collect(name) AS clean",
	} {
		res, err := neo4j.ExecuteQuery(t.Context(), d, check, nil, neo4j.EagerResultTransformer)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Records) != 1 || res.Records[0].Values[0] != true {
			t.Errorf("a refused query changed the graph: %s", check)
		}
	}

	allowed := []struct{ query, want string }{
		{"MATCH (n:Probe) RETURN n.id AS id", "ID\n1\n"},
		{"match (n:Probe) where n.note is null or n.note contains 'LOAD CSV' return count(n) as terminate", "TERMINATE\n1\n"},
		{"CALL db.labels() YIELD label RETURN label", "LABEL\nProbe\n"},
		{"CALL dbms.components() YIELD name RETURN name", "NAME\nNeo4j Kernel\n"},
		{"SHOW INDEXES YIELD type WHERE type = 'LOOKUP' RETURN count(*) AS n", "N\n2\n"},
	}
	for _, c := range allowed {
		code, out, errOut := runCLI(t, "", "query", "cypher", c.query)
		if code != 0 || out != c.want {
			t.Errorf("%s: exit %d, stdout %q, stderr %q, want %q", c.query, code, out, errOut, c.want)
		}
	}

	// The controls: with --write the same statements do reach out, so
	// the checks above could have failed.
	code, out, errOut := runCLI(t, "", "query", "cypher", "--write", "LOAD CSV FROM '"+srv.URL+"/probe.csv' AS row RETURN count(row) AS n")
	if code != 0 || out != "N\n2\n" || fetched.Load() == 0 {
		t.Errorf("LOAD CSV --write: exit %d, %q, %q, %d fetches", code, out, errOut, fetched.Load())
	}
}

// TestQueryCypher_TerminateRefused holds a transaction open, has query
// cypher try to terminate it, and commits it: it survives. The same with
// --write kills it, which shows the test can fail.
func TestQueryCypher_TerminateRefused(t *testing.T) {
	d := neo4jtest.Open(t)
	inTempDir(t)
	t.Setenv("NEO4J_URI", neo4jtest.URI(t))
	terminate := func(tag string, args ...string) error {
		ctx := t.Context()
		sess := d.NewSession(ctx, neo4j.SessionConfig{})
		defer sess.Close(context.Background())
		tx, err := sess.BeginTransaction(ctx, neo4j.WithTxMetadata(map[string]any{"probe": tag}))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tx.Run(ctx, "CREATE (:Held {tag: $tag})", map[string]any{"tag": tag}); err != nil {
			t.Fatal(err)
		}
		res, err := neo4j.ExecuteQuery(ctx, d, "SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.probe = $tag RETURN transactionId",
			map[string]any{"tag": tag}, neo4j.EagerResultTransformer)
		if err != nil || len(res.Records) != 1 {
			t.Fatalf("find the held transaction: %v, %v", err, res)
		}
		id := res.Records[0].Values[0].(string)
		code, _, errOut := runCLI(t, "", append([]string{"query", "cypher"}, append(args, "TERMINATE TRANSACTIONS '"+id+"'")...)...)
		t.Logf("query cypher %v TERMINATE TRANSACTIONS: exit %d, %s", args, code, errOut)
		return tx.Commit(ctx)
	}
	if err := terminate("read"); err != nil {
		t.Errorf("the held transaction died when query cypher without --write tried to terminate it: %v", err)
	}
	if err := terminate("write", "--write"); err == nil {
		t.Errorf("TERMINATE TRANSACTIONS with --write did not terminate the held transaction; the test proves nothing")
	}
}
