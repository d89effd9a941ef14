package graph

import (
	"context"
	"fmt"

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
	work := func(tx neo4j.ManagedTransaction) (Rows, error) {
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
	if mode == neo4j.AccessModeWrite {
		return neo4j.ExecuteWrite(ctx, sess, work)
	}
	return neo4j.ExecuteRead(ctx, sess, work)
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
