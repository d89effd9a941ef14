// Package neo4jtest gives tests a driver to a real Neo4j server.
//
// make test starts a throwaway server and sets NEO4J_TEST_URI. Outside CI, with
// no URI set, tests that need the server skip; in CI (CI set) a missing server
// is a failure, because the test command must have started one.
package neo4jtest

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// URI returns the test server's Bolt URI, skipping or failing tb when there is none.
func URI(tb testing.TB) string {
	tb.Helper()
	return need(tb, "NEO4J_TEST_URI", "the test command must start Neo4j (make test)")
}

// Dir returns the test server's directory (scripts/with-neo4j sets
// NEO4J_TEST_DIR), for tests that stop and start the server or read its
// files; it skips or fails tb, as URI does, when there is none.
func Dir(tb testing.TB) string {
	tb.Helper()
	return need(tb, "NEO4J_TEST_DIR", "scripts/with-neo4j sets it (make test)")
}

// need returns the environment variable name, or skips tb without it, and
// fails it in CI, where make test always starts a server.
func need(tb testing.TB, name, why string) string {
	tb.Helper()
	v := os.Getenv(name)
	if v == "" {
		if os.Getenv("CI") != "" {
			tb.Fatalf("CI: %s is not set; %s", name, why)
		}
		tb.Skipf("set %s to run: %s", name, why)
	}
	return v
}

// Auth returns the test server's credentials: none, unless NEO4J_TEST_USER and
// NEO4J_TEST_PASSWORD are set.
func Auth() neo4j.AuthToken {
	if u := os.Getenv("NEO4J_TEST_USER"); u != "" {
		return neo4j.BasicAuth(u, os.Getenv("NEO4J_TEST_PASSWORD"), "")
	}
	return neo4j.NoAuth()
}

// Open returns a driver to the test server with an empty database, and closes
// it when the test ends. The server's constraints and indexes are dropped too,
// so each test starts from nothing.
func Open(tb testing.TB) neo4j.DriverWithContext {
	tb.Helper()
	driver := Connect(tb)
	Reset(tb, driver)
	return driver
}

// Connect returns a driver to the test server as it is, and closes it when
// the test ends.
func Connect(tb testing.TB) neo4j.DriverWithContext {
	tb.Helper()
	uri := URI(tb)
	driver, err := neo4j.NewDriverWithContext(uri, Auth())
	if err != nil {
		tb.Fatalf("neo4j driver for %s: %v", uri, err)
	}
	tb.Cleanup(func() { driver.Close(context.Background()) })
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := driver.VerifyConnectivity(ctx); err != nil {
		tb.Fatalf("neo4j at %s: %v", uri, err)
	}
	return driver
}

// Reset empties the database: all nodes, constraints and indexes.
func Reset(tb testing.TB, driver neo4j.DriverWithContext) {
	tb.Helper()
	DeleteAll(tb, driver)
	ctx := context.Background()
	run := func(q string) *neo4j.EagerResult {
		res, err := neo4j.ExecuteQuery(ctx, driver, q, nil, neo4j.EagerResultTransformer)
		if err != nil {
			tb.Fatalf("%s: %v", q, err)
		}
		return res
	}
	for _, r := range run("SHOW CONSTRAINTS YIELD name").Records {
		name, _ := r.Get("name")
		run("DROP CONSTRAINT `" + name.(string) + "` IF EXISTS")
	}
	for _, r := range run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'").Records {
		name, _ := r.Get("name")
		run("DROP INDEX `" + name.(string) + "` IF EXISTS")
	}
}

// DeleteAll deletes every node and relationship and keeps the constraints
// and indexes (and so the server's cached query plans).
func DeleteAll(tb testing.TB, driver neo4j.DriverWithContext) {
	tb.Helper()
	ctx := context.Background()
	// CALL … IN TRANSACTIONS needs an auto-commit transaction.
	sess := driver.NewSession(ctx, neo4j.SessionConfig{})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		tb.Fatalf("empty the database: %v", err)
	}
}
