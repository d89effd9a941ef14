package graph

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/schema"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Rows is a query result: column names and one slice of values a row.
type Rows struct {
	Keys   []string
	Values [][]any
}

// Querier answers the analysts' questions, in read transactions.
type Querier struct {
	driver neo4j.DriverWithContext
	// Database is the Neo4j database; empty for the server's default.
	Database string
}

// NewQuerier returns a Querier that reads through driver.
func NewQuerier(driver neo4j.DriverWithContext) *Querier { return &Querier{driver: driver} }

// Read runs cypher with params in a read transaction.
func (q *Querier) Read(ctx context.Context, cypher string, params map[string]any) (Rows, error) {
	return q.run(ctx, neo4j.AccessModeRead, cypher, params)
}

// Write runs cypher with params in a write transaction.
func (q *Querier) Write(ctx context.Context, cypher string, params map[string]any) (Rows, error) {
	return q.run(ctx, neo4j.AccessModeWrite, cypher, params)
}

func (q *Querier) run(ctx context.Context, mode neo4j.AccessMode, cypher string, params map[string]any) (Rows, error) {
	sess := q.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: q.Database, AccessMode: mode})
	defer sess.Close(context.WithoutCancel(ctx))
	work := func(tx neo4j.ManagedTransaction) (Rows, error) { return collect(ctx, tx, cypher, params) }
	if mode == neo4j.AccessModeWrite {
		return neo4j.ExecuteWrite(ctx, sess, work)
	}
	return neo4j.ExecuteRead(ctx, sess, work)
}

// collect runs cypher in tx and returns all its rows.
func collect(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) (Rows, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return Rows{}, err
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return Rows{}, err
	}
	keys, err := res.Keys()
	if err != nil {
		return Rows{}, err
	}
	rows := Rows{Keys: keys}
	for _, r := range recs {
		rows.Values = append(rows.Values, r.Values)
	}
	return rows, nil
}

// ResolveActor returns the ids of the actors in the graph whose id, name or
// alias is s (case ignored).
func (q *Querier) ResolveActor(ctx context.Context, s string) ([]string, error) {
	rows, err := q.Read(ctx, `MATCH (a:Actor)
WHERE a.id = $s OR toLower(a.name) = toLower($s) OR toLower($s) IN [x IN coalesce(a.aliases, []) | toLower(x)]
RETURN a.id ORDER BY a.id LIMIT 10`, map[string]any{"s": s})
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, v := range rows.Values {
		ids = append(ids, fmt.Sprint(v[0]))
	}
	return ids, nil
}

// withRepresentatives adds to ids the people who represent those actors,
// so that "Lavrov met Tillerson" counts between RUS and USA.
func (q *Querier) withRepresentatives(ctx context.Context, ids []string) ([]string, error) {
	rows, err := q.Read(ctx, `MATCH (p:Person)-[:REPRESENTS]->(a:Actor) WHERE a.id IN $ids RETURN DISTINCT p.id
UNION MATCH (p:Person) WHERE p.country IN $ids RETURN DISTINCT p.id`, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := append([]string{}, ids...)
	for _, v := range rows.Values {
		out = append(out, fmt.Sprint(v[0]))
	}
	return out, nil
}

// Relations lists every event between the actors a and b, both ways, with
// its evidence, in date order. With rollup, people count for the country or
// body they represent.
func (q *Querier) Relations(ctx context.Context, a, b []string, rollup bool) (Rows, error) {
	if rollup {
		var err error
		if a, err = q.withRepresentatives(ctx, a); err != nil {
			return Rows{}, err
		}
		if b, err = q.withRepresentatives(ctx, b); err != nil {
			return Rows{}, err
		}
	}
	return q.Read(ctx, `MATCH (s:Actor)<-[:SUBJECT]-(e:Event)-[:OBJECT]->(o:Actor)
WHERE e.relation <> 'REPRESENTS' AND ((s.id IN $a AND o.id IN $b) OR (s.id IN $b AND o.id IN $a))
MATCH (e)-[:REPORTED_IN]->(art:Article)
RETURN e.date AS date, s.name AS subject, e.relation AS relation, o.name AS object,
       e.negated AS negated, e.modality AS modality, e.goldstein AS goldstein, art.id AS article, e.sentence AS sentence
ORDER BY date, article, e.start`, map[string]any{"a": a, "b": b})
}

// Timeline counts the events an actor takes part in per period ("year",
// "month" or "day") from since on, with their mean Goldstein score: a
// cooperation–conflict curve.
func (q *Querier) Timeline(ctx context.Context, ids []string, since, by string) (Rows, error) {
	n := map[string]int{"year": 4, "month": 7, "day": 10}[by]
	if n == 0 {
		return Rows{}, fmt.Errorf("timeline: period %q is not year, month or day", by)
	}
	return q.Read(ctx, `MATCH (e:Event)-[:SUBJECT|OBJECT]->(x:Actor)
WHERE x.id IN $ids AND e.relation <> 'REPRESENTS' AND NOT e.negated AND e.date >= $since AND e.date <> ''
WITH DISTINCT e
WITH substring(e.date, 0, $n) AS period, e
RETURN period, count(e) AS events, round(avg(e.goldstein), 2) AS goldstein,
       sum(CASE WHEN e.goldstein > 0 THEN 1 ELSE 0 END) AS cooperation,
       sum(CASE WHEN e.goldstein < 0 THEN 1 ELSE 0 END) AS conflict
ORDER BY period`, map[string]any{"ids": ids, "since": since, "n": n})
}

// Top lists the actor pairs with the most events of a relation type (any,
// when rel is empty), with their first and last dates and one sentence.
func (q *Querier) Top(ctx context.Context, rel schema.Relation, limit int) (Rows, error) {
	if rel != "" && !rel.Valid() {
		return Rows{}, fmt.Errorf("top: %w: %q", schema.ErrUnknownRelation, rel)
	}
	pattern := "[r]"
	if rel != "" {
		pattern = "[r:" + string(rel) + "]" // only from the vocabulary
	}
	return q.Read(ctx, `MATCH (s:Actor)-`+pattern+`->(o:Actor)
WHERE r.count IS NOT NULL AND type(r) <> 'REPRESENTS'
WITH s, r, o ORDER BY r.count DESC, s.id, o.id LIMIT $limit
CALL (s, r, o) {
  MATCH (e:Event {relation: type(r)})-[:REPORTED_IN]->(art:Article)
  WHERE e.pair = s.id + '\u001f' + o.id AND NOT e.negated
  RETURN e.sentence AS example ORDER BY e.date DESC LIMIT 1
}
RETURN s.name AS subject, type(r) AS relation, o.name AS object, r.count AS events,
       r.first_seen AS first_seen, r.last_seen AS last_seen, example`, map[string]any{"limit": limit})
}

// Neighbors lists the actors related to an actor, with the relation, its
// direction, count, dates and Goldstein score, most events first.
func (q *Querier) Neighbors(ctx context.Context, ids []string, limit int) (Rows, error) {
	return q.Read(ctx, `MATCH (x:Actor)-[r]-(n:Actor)
WHERE x.id IN $ids AND r.count IS NOT NULL
RETURN n.name AS neighbor, n.kind AS kind, type(r) AS relation,
       CASE WHEN startNode(r) = x THEN 'out' ELSE 'in' END AS direction,
       r.count AS events, r.first_seen AS first_seen, r.last_seen AS last_seen, r.goldstein AS goldstein
ORDER BY events DESC, neighbor, relation LIMIT $limit`, map[string]any{"ids": ids, "limit": limit})
}

// Unresolved lists the commonest actors in relations that no dictionary
// knows, with how many events name them.
func (q *Querier) Unresolved(ctx context.Context, limit int) (Rows, error) {
	return q.Read(ctx, `MATCH (a:Actor {known: false})<-[:SUBJECT|OBJECT]-(e:Event)
RETURN a.name AS name, a.kind AS kind, a.id AS id, count(DISTINCT e) AS events
ORDER BY events DESC, name LIMIT $limit`, map[string]any{"limit": limit})
}

// ErrNotReadOnly is returned by [Querier.ReadOnly] for a query that may do
// more than read the graph.
var ErrNotReadOnly = errors.New("not a read-only query")

// readProcedures are the procedures [Querier.ReadOnly] lets a query call,
// each with the query type the server reports for a query that calls it: the
// dbms.* procedures run in the DBMS mode, which it reports as "s".
var readProcedures = map[string]neo4j.StatementType{
	"db.labels":                            neo4j.StatementTypeReadOnly,
	"db.relationshipTypes":                 neo4j.StatementTypeReadOnly,
	"db.propertyKeys":                      neo4j.StatementTypeReadOnly,
	"db.schema.visualization":              neo4j.StatementTypeReadOnly,
	"db.schema.nodeTypeProperties":         neo4j.StatementTypeReadOnly,
	"db.schema.relTypeProperties":          neo4j.StatementTypeReadOnly,
	"db.index.fulltext.queryNodes":         neo4j.StatementTypeReadOnly,
	"db.index.fulltext.queryRelationships": neo4j.StatementTypeReadOnly,
	"db.info":                              neo4j.StatementTypeReadOnly,
	"db.ping":                              neo4j.StatementTypeReadOnly,
	"dbms.components":                      neo4j.StatementTypeSchemaWrite,
}

// showWords are the words a SHOW command may have before YIELD, WHERE or
// RETURN: SHOW INDEXES, CONSTRAINTS, PROCEDURES and FUNCTIONS, of any kind.
// The other SHOW commands tell more than the graph: other sessions' queries
// (TRANSACTIONS), the server's settings, users, roles and databases.
var showWords = map[string]bool{
	"INDEX": true, "INDEXES": true, "CONSTRAINT": true, "CONSTRAINTS": true,
	"PROCEDURE": true, "PROCEDURES": true, "FUNCTION": true, "FUNCTIONS": true,
	"ALL": true, "BUILT": true, "IN": true, "USER": true, "DEFINED": true,
	"RANGE": true, "TEXT": true, "POINT": true, "LOOKUP": true, "FULLTEXT": true, "VECTOR": true,
	"UNIQUE": true, "UNIQUENESS": true, "EXIST": true, "EXISTS": true, "EXISTENCE": true,
	"KEY": true, "NODE": true, "RELATIONSHIP": true, "REL": true, "PROPERTY": true, "TYPE": true,
}

// ReadOnly runs an analyst's query in a read transaction after checking
// that it only reads. Before anything runs, it refuses with [ErrNotReadOnly]
// a query that does not start with MATCH, OPTIONAL MATCH, UNWIND, WITH,
// RETURN, CALL or SHOW (so every schema and administration command), SHOW
// commands but SHOW INDEXES, CONSTRAINTS, PROCEDURES and FUNCTIONS,
// TERMINATE, LOAD CSV, CALL { … } IN TRANSACTIONS, calls of procedures that
// are not on a list of read procedures (db.labels, db.schema.visualization,
// dbms.components, …), and then, in the transaction, a query the server
// plans (EXPLAIN) as anything but a read query.
//
// It guards against accidents; it is not a security boundary. A user that
// may only read is one (see the README).
func (q *Querier) ReadOnly(ctx context.Context, cypher string, params map[string]any) (Rows, error) {
	procs, err := checkReadOnly(cypher)
	if err != nil {
		return Rows{}, err
	}
	sess := q.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: q.Database, AccessMode: neo4j.AccessModeRead})
	defer sess.Close(context.WithoutCancel(ctx))
	return neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (Rows, error) {
		res, err := tx.Run(ctx, "EXPLAIN "+cypher, params)
		var sum neo4j.ResultSummary
		if err == nil {
			sum, err = res.Consume(ctx)
		}
		if err != nil {
			return Rows{}, fmt.Errorf("check the query (EXPLAIN): %w", err)
		}
		t := sum.StatementType()
		if t != neo4j.StatementTypeReadOnly && !slices.ContainsFunc(procs, func(p string) bool { return readProcedures[p] == t }) {
			return Rows{}, fmt.Errorf("%w: the server plans it as a %s query", ErrNotReadOnly, statementTypeName(t))
		}
		return collect(ctx, tx, cypher, params)
	})
}

func statementTypeName(t neo4j.StatementType) string {
	switch t {
	case neo4j.StatementTypeReadWrite:
		return "read-write"
	case neo4j.StatementTypeWriteOnly:
		return "write"
	case neo4j.StatementTypeSchemaWrite:
		return "schema or administration"
	}
	return "an unknown kind of"
}

// checkReadOnly refuses, with ErrNotReadOnly, a query that may do more than
// read (see [Querier.ReadOnly]); otherwise it returns the procedures the
// query calls.
func checkReadOnly(cypher string) ([]string, error) {
	refuse := func(format string, a ...any) ([]string, error) {
		return nil, fmt.Errorf("%w: "+format, append([]any{ErrNotReadOnly}, a...)...)
	}
	toks, err := lexCypher(cypher)
	if err != nil {
		return nil, fmt.Errorf("read the query: %w", err)
	}
	if n := len(toks); n > 0 && toks[n-1].is(";") {
		toks = toks[:n-1]
	}
	if len(toks) == 0 {
		return nil, errors.New("the query is empty")
	}
	for i, t := range toks {
		switch {
		case t.is(";"):
			return refuse("one statement at a time (the query has a ; before its end)")
		case keyword(toks, i, "TERMINATE"):
			return refuse("TERMINATE stops other sessions' transactions")
		case keyword(toks, i, "LOAD") && keyword(toks, i+1, "CSV"):
			return refuse("LOAD CSV makes the server read a file or fetch a URL")
		case t.is("}") && keyword(toks, i+1, "IN") && inTransactions(toks[i+2:]):
			return refuse("CALL { … } IN TRANSACTIONS commits its own transactions")
		case keyword(toks, i, "SHOW"):
			var words []string
			for j := i + 1; j < len(toks) && toks[j].kind == tokWord; j++ {
				w := strings.ToUpper(toks[j].text)
				if w == "YIELD" || w == "WHERE" || w == "RETURN" || w == "EXECUTABLE" {
					break
				}
				words = append(words, w)
			}
			noun := false
			for _, w := range words {
				noun = noun || strings.HasPrefix(w, "INDEX") || strings.HasPrefix(w, "CONSTRAINT") ||
					strings.HasPrefix(w, "PROCEDURE") || strings.HasPrefix(w, "FUNCTION")
			}
			if !noun || slices.ContainsFunc(words, func(w string) bool { return !showWords[w] }) {
				return refuse("%s is not one of SHOW INDEXES, CONSTRAINTS, PROCEDURES and FUNCTIONS",
					strings.Join(append([]string{"SHOW"}, words...), " "))
			}
		}
	}
	first := 0
	if keyword(toks, 0, "USE") {
		first = skipGraphName(toks, 1)
	}
	switch {
	case keyword(toks, first, "MATCH"), keyword(toks, first, "OPTIONAL"), keyword(toks, first, "UNWIND"),
		keyword(toks, first, "WITH"), keyword(toks, first, "RETURN"), keyword(toks, first, "CALL"),
		keyword(toks, first, "SHOW"):
	case first >= len(toks):
		return refuse("USE with no query after it")
	default:
		return refuse("a query that starts with %s is not a read query (read queries start with MATCH, OPTIONAL MATCH, UNWIND, WITH, RETURN, CALL or SHOW)",
			strings.ToUpper(toks[first].text))
	}
	var procs []string
	for i := range toks {
		if !keyword(toks, i, "CALL") {
			continue
		}
		name, n := dottedName(toks[i+1:])
		if n == 0 {
			continue // a subquery: CALL { … } or CALL (…) { … }
		}
		if _, ok := readProcedures[name]; !ok {
			names := slices.Sorted(maps.Keys(readProcedures))
			return refuse("CALL %s: the read procedures are %s", name, strings.Join(names, ", "))
		}
		procs = append(procs, name)
	}
	return procs, nil
}

// inTransactions reports whether toks, which follow "} IN", go on with
// TRANSACTIONS within a few tokens ("IN 4 CONCURRENT TRANSACTIONS OF 10 ROWS").
func inTransactions(toks []token) bool {
	for i := 0; i < len(toks) && i < 6; i++ {
		if keyword(toks, i, "TRANSACTIONS") {
			return true
		}
	}
	return false
}

// skipGraphName returns the index of the token after the graph reference of
// a USE clause that starts at toks[i]: a dotted name, or a function call.
func skipGraphName(toks []token, i int) int {
	_, n := dottedName(toks[i:])
	i += n
	if i < len(toks) && toks[i].is("(") {
		for depth := 0; i < len(toks); i++ {
			if toks[i].is("(") {
				depth++
			} else if toks[i].is(")") {
				if depth--; depth == 0 {
					return i + 1
				}
			}
		}
	}
	return i
}

// dottedName reads a name such as db.schema.visualization (its parts plain
// or `quoted`) at the start of toks, and returns it and the tokens it spans.
func dottedName(toks []token) (string, int) {
	var parts []string
	i := 0
	for i < len(toks) && (toks[i].kind == tokWord || toks[i].kind == tokName) {
		parts = append(parts, toks[i].text)
		i++
		if i+1 < len(toks) && toks[i].is(".") && (toks[i+1].kind == tokWord || toks[i+1].kind == tokName) {
			i++
			continue
		}
		break
	}
	return strings.Join(parts, "."), i
}

type tokenKind int

const (
	tokWord   tokenKind = iota // a name or keyword
	tokName                    // a `quoted` name
	tokString                  // a string literal, without its quotes
	tokNumber                  // a number literal
	tokPunct                   // any other character
)

type token struct {
	kind tokenKind
	text string
}

func (t token) is(punct string) bool { return t.kind == tokPunct && t.text == punct }

// keyword reports whether toks[i] is the word kw (in any case) where it can
// be a keyword: not a property key, label, relationship type or parameter
// (after '.', ':' or '$'), an alias (after AS), a map key or a variable with
// a label (before ':').
func keyword(toks []token, i int, kw string) bool {
	if i < 0 || i >= len(toks) || toks[i].kind != tokWord || !strings.EqualFold(toks[i].text, kw) {
		return false
	}
	if i > 0 && (toks[i-1].is(".") || toks[i-1].is(":") || toks[i-1].is("$") ||
		toks[i-1].kind == tokWord && strings.EqualFold(toks[i-1].text, "AS")) {
		return false
	}
	return i+1 == len(toks) || !toks[i+1].is(":")
}

// lexCypher splits a Cypher query into tokens, without white space and comments.
func lexCypher(s string) ([]token, error) {
	var toks []token
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case strings.HasPrefix(s[i:], "//"):
			end := strings.IndexByte(s[i:], '\n')
			if end < 0 {
				end = len(s) - i
			}
			i += end
		case strings.HasPrefix(s[i:], "/*"):
			end := strings.Index(s[i+2:], "*/")
			if end < 0 {
				return nil, errors.New("a /* comment is not closed")
			}
			i += 2 + end + 2
		case r == '\'' || r == '"':
			j := i + 1
			for ; j < len(s) && s[j] != s[i]; j++ {
				if s[j] == '\\' {
					j++
				}
			}
			if j >= len(s) {
				return nil, errors.New("a string is not closed")
			}
			toks = append(toks, token{tokString, s[i+1 : j]})
			i = j + 1
		case r == '`':
			var b strings.Builder
			j := i + 1
			for {
				k := strings.IndexByte(s[j:], '`')
				if k < 0 {
					return nil, errors.New("a `name` is not closed")
				}
				b.WriteString(s[j : j+k])
				j += k + 1
				if j < len(s) && s[j] == '`' { // `` is a backtick in the name
					b.WriteByte('`')
					j++
					continue
				}
				break
			}
			toks = append(toks, token{tokName, b.String()})
			i = j
		case word(r):
			kind := tokWord
			if unicode.IsDigit(r) {
				kind = tokNumber
			}
			j := i
			for j < len(s) {
				r, n := utf8.DecodeRuneInString(s[j:])
				if !word(r) && !(kind == tokNumber && r == '.') {
					break
				}
				j += n
			}
			toks = append(toks, token{kind, s[i:j]})
			i = j
		default:
			toks = append(toks, token{tokPunct, s[i : i+n]})
			i += n
		}
	}
	return toks, nil
}
