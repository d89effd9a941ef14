package graph

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestCheckReadOnly_Refuses(t *testing.T) {
	tests := []struct{ in, want string }{
		// Administration: what the probe ran, and its relatives.
		{"TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TERMINATE stops other sessions' transactions"},
		{"SHOW TRANSACTIONS YIELD transactionId AS id TERMINATE TRANSACTIONS id", "SHOW TRANSACTIONS is not one of"},
		{"MATCH (n) WITH 'x' AS id terminate transactions id", "TERMINATE"},
		{"CREATE DATABASE probe", "starts with CREATE is not a read query"},
		{"STOP DATABASE neo4j", "starts with STOP is not a read query"},
		{"ALTER CURRENT USER SET PASSWORD FROM 'a' TO 'b'", "starts with ALTER is not a read query"},
		{"USE system ALTER USER neo4j SET PASSWORD 'b'", "starts with ALTER is not a read query"},
		{"GRANT ROLE reader TO bob", "starts with GRANT is not a read query"},
		{"SHOW USERS", "SHOW USERS is not one of"},
		{"USE system SHOW USERS", "SHOW USERS is not one of"},
		{"SHOW CURRENT USER", "SHOW CURRENT USER is not one of"},
		{"SHOW SETTINGS YIELD name", "SHOW SETTINGS is not one of"},
		{"show databases", "SHOW DATABASES is not one of"},
		{"SHOW", "SHOW is not one of"},
		// Schema commands.
		{"CREATE INDEX probe FOR (n:Probe) ON (n.id)", "starts with CREATE is not a read query"},
		{"DROP CONSTRAINT actor_id IF EXISTS", "starts with DROP is not a read query"},
		// Procedures off the list, however they are written.
		{"CALL db.clearQueryCaches()", "CALL db.clearQueryCaches: the read procedures are db.index.fulltext.queryNodes,"},
		{"call db.clearQueryCaches", "CALL db.clearQueryCaches"},
		{"MATCH (n) CALL `db`.`clearQueryCaches`() YIELD value RETURN n", "CALL db.clearQueryCaches"},
		{"OPTIONAL CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')", "CALL dbms.setConfigValue"},
		{"CALL { CALL db.createLabel('X') } RETURN 1", "CALL db.createLabel"},
		{"CALL DB.LABELS()", "CALL DB.LABELS"}, // the server's names are case-sensitive
		// Reaching out of the database.
		{"LOAD CSV FROM 'http://127.0.0.1/x.csv' AS row RETURN row", "LOAD CSV makes the server read a file or fetch a URL"},
		{"load csv with headers from $url as r return r", "LOAD CSV"},
		{"MATCH (n) WITH n LOAD /* a comment */ CSV FROM 'file:///etc/passwd' AS r RETURN r", "LOAD CSV"},
		// Transactions of its own.
		{"MATCH (n) CALL (n) { SET n.x = 1 } IN TRANSACTIONS OF 10 ROWS", "IN TRANSACTIONS commits its own transactions"},
		{"UNWIND [1] AS x CALL (x) { RETURN x AS y } IN 2 CONCURRENT TRANSACTIONS RETURN y", "IN TRANSACTIONS"},
		// Writes and other first clauses.
		{"CREATE (n:Probe)", "starts with CREATE is not a read query"},
		{"merge (n:Probe)", "starts with MERGE is not a read query"},
		{"EXPLAIN MATCH (n) RETURN n", "starts with EXPLAIN is not a read query"},
		{"PROFILE MATCH (n) SET n.x = 1", "starts with PROFILE is not a read query"},
		{"CYPHER runtime=slotted MATCH (n) RETURN n", "starts with CYPHER is not a read query"},
		{"(n)", "starts with ( is not a read query"},
		{"USE neo4j", "USE with no query after it"},
		{"MATCH (n) RETURN n; CREATE (m)", "one statement at a time"},
	}
	for _, tt := range tests {
		_, err := checkReadOnly(tt.in)
		if !errors.Is(err, ErrNotReadOnly) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("checkReadOnly(%q) = %v, want ErrNotReadOnly with %q", tt.in, err, tt.want)
		}
	}
}

func TestCheckReadOnly_Allows(t *testing.T) {
	tests := []struct {
		in    string
		procs []string
	}{
		{in: "MATCH (n) RETURN count(n)"},
		{in: "match (n) return n.terminate, n.load AS csv, n.call AS c"},
		{in: "MATCH (n:Terminate)-[:LOAD]->(m:Show) RETURN n, m"},
		{in: "WITH {load: 1, terminate: 2, show: 3} AS m RETURN m.load"},
		{in: "MATCH (call:Call) RETURN call"},
		{in: "MATCH (n) RETURN count(n) AS terminate, n.x AS load"},
		{in: "MATCH (n) WHERE n.sentence CONTAINS 'LOAD CSV FROM' OR n.x = \"TERMINATE\" RETURN n // CALL db.clearQueryCaches()"},
		{in: "/* CREATE INDEX */ MATCH (n) RETURN n;"},
		{in: `WITH 'it\'s; LOAD CSV' AS s RETURN s`},
		{in: "MATCH (`weird ``name`) RETURN `weird ``name`"},
		{in: "MATCH (n) WHERE n.id IN ['a', 'b'] RETURN n"},
		{in: "MATCH (a)-[*1..3]->(b) RETURN count(*)"},
		{in: "MATCH (s) CALL (s) { MATCH (s)--(o) RETURN count(o) AS n } RETURN s, n"},
		{in: "CALL { MATCH (n) RETURN n } RETURN n"},
		{in: "USE neo4j MATCH (n) RETURN n"},
		{in: "UNWIND $rows AS row RETURN row"},
		{in: "SHOW INDEXES"},
		{in: "SHOW RANGE INDEXES YIELD name RETURN name"},
		{in: "show unique constraints"},
		{in: "SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'db.' RETURN name"},
		{in: "SHOW BUILT IN FUNCTIONS"},
		{in: "CALL db.labels() YIELD label RETURN label", procs: []string{"db.labels"}},
		{in: "CALL db.relationshipTypes", procs: []string{"db.relationshipTypes"}},
		{in: "CALL dbms.components() YIELD name RETURN name", procs: []string{"dbms.components"}},
		{in: "MATCH (n) CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey UNION CALL db.schema.visualization() YIELD nodes RETURN nodes",
			procs: []string{"db.propertyKeys", "db.schema.visualization"}},
	}
	for _, tt := range tests {
		procs, err := checkReadOnly(tt.in)
		if err != nil || !slices.Equal(procs, tt.procs) {
			t.Errorf("checkReadOnly(%q) = %q, %v, want %q, nil", tt.in, procs, err, tt.procs)
		}
	}
}

func TestCheckReadOnly_Unreadable(t *testing.T) {
	for _, in := range []string{"", "  // nothing", ";", "MATCH (n) WHERE n.name = 'x RETURN n", `RETURN "a\"`, "RETURN 1 /* open", "MATCH (`n) RETURN 1"} {
		if _, err := checkReadOnly(in); err == nil || errors.Is(err, ErrNotReadOnly) {
			t.Errorf("checkReadOnly(%q) = %v, want an error that is not ErrNotReadOnly", in, err)
		}
	}
}

// The saved Browser queries are read queries, so query cypher runs them.
func TestCheckReadOnly_BrowserQueries(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "browser", "queries", "*.cypher"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no saved queries: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := checkReadOnly(string(b)); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}
