package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/diplograph/diplograph/schema"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// DefaultBatchSize is how many triples go into one write transaction.
const DefaultBatchSize = 1000

// ArticleTriples is one article and everything extracted from it: the unit
// that commits or rolls back as a whole.
type ArticleTriples struct {
	Article schema.Article
	Triples []schema.Triple
}

// Stats adds up what the loads wrote.
type Stats struct {
	Articles          int // articles written (new or changed)
	Unchanged         int // articles skipped because their sha256 is already in the graph
	Retracted         int
	Events            int
	NodesCreated      int
	NodesDeleted      int
	RelsCreated       int
	RelsDeleted       int
	PropertiesSet     int
	Transactions      int
	LastTransactionAt time.Time
}

func (s *Stats) add(c neo4j.Counters) {
	s.NodesCreated += c.NodesCreated()
	s.NodesDeleted += c.NodesDeleted()
	s.RelsCreated += c.RelationshipsCreated()
	s.RelsDeleted += c.RelationshipsDeleted()
	s.PropertiesSet += c.PropertiesSet()
}

// Add adds o to s.
func (s *Stats) Add(o Stats) {
	s.Articles += o.Articles
	s.Unchanged += o.Unchanged
	s.Retracted += o.Retracted
	s.Events += o.Events
	s.NodesCreated += o.NodesCreated
	s.NodesDeleted += o.NodesDeleted
	s.RelsCreated += o.RelsCreated
	s.RelsDeleted += o.RelsDeleted
	s.PropertiesSet += o.PropertiesSet
	s.Transactions += o.Transactions
}

// Loader writes articles and their triples into Neo4j, idempotently: an
// unchanged article is skipped, a changed one replaces its events, and every
// aggregate relationship is recomputed from its events in the same
// transaction.
type Loader struct {
	driver neo4j.DriverWithContext
	// Database is the Neo4j database; empty for the server's default.
	Database string
	// BatchSize is the number of triples per transaction (articles are never split).
	BatchSize int
	// Aliases, when set, gives the other names of a known actor for its node.
	Aliases func(id string) []string
	Logger  *slog.Logger
}

// NewLoader returns a Loader that writes through driver. The caller owns driver.
func NewLoader(driver neo4j.DriverWithContext) *Loader {
	return &Loader{driver: driver, BatchSize: DefaultBatchSize, Logger: slog.Default()}
}

// Load writes the articles, several to a transaction up to BatchSize
// triples; each article commits whole or not at all.
func (l *Loader) Load(ctx context.Context, arts []ArticleTriples) (Stats, error) {
	var total Stats
	for start := 0; start < len(arts); {
		end, n := start, 0
		for end < len(arts) && (end == start || n+len(arts[end].Triples) <= l.BatchSize) {
			n += len(arts[end].Triples)
			end++
		}
		st, err := l.write(ctx, arts[start:end], nil)
		if err != nil {
			return total, &BatchError{First: arts[start].Article.ID, N: end - start, Err: err}
		}
		total.Add(st)
		start = end
	}
	return total, nil
}

// Checksum is what says an article is unchanged: its text's sha256 and the
// extractor that read it.
func Checksum(a schema.Article) string { return a.SHA256 + "/" + a.Extractor }

// Checksums returns the Checksum of every article in the graph, by id.
func (l *Loader) Checksums(ctx context.Context) (map[string]string, error) {
	res, err := neo4j.ExecuteQuery(ctx, l.driver, `MATCH (a:Article) RETURN a.id AS id, a.sha256 + '/' + coalesce(a.extractor, '') AS sha`, nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(l.Database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, fmt.Errorf("read article checksums: %w", err)
	}
	out := make(map[string]string, len(res.Records))
	for _, r := range res.Records {
		id, _ := r.Get("id")
		sha, _ := r.Get("sha")
		if s, ok := sha.(string); ok {
			out[fmt.Sprint(id)] = s
		}
	}
	return out, nil
}

// Retract removes what the articles asserted: their events, the aggregates
// only they supported (others keep corrected counts), their article nodes,
// and actors left with no event that no dictionary knows.
func (l *Loader) Retract(ctx context.Context, ids []string) (Stats, error) {
	st, err := l.write(ctx, nil, ids)
	if err != nil {
		return st, fmt.Errorf("retract %d articles: %w", len(ids), err)
	}
	return st, nil
}

// BatchError says which articles a failed transaction held.
type BatchError struct {
	First string // id of the batch's first article
	N     int    // articles in the batch
	Err   error
}

func (e *BatchError) Error() string {
	return fmt.Sprintf("load batch of %d articles from %q: %v", e.N, e.First, e.Err)
}
func (e *BatchError) Unwrap() error { return e.Err }

// pairKey is the identity of an aggregate: both ends, ordered for a symmetric relation.
func pairKey(rel schema.Relation, s, o string) (string, string, string) {
	if rel.Symmetric() && o < s {
		s, o = o, s
	}
	return s + "\x1f" + o, s, o
}

// EventID is the deterministic id of a triple: article, sentence offsets,
// subject, relation and object.
func EventID(t *schema.Triple) string {
	h := sha256.New()
	for _, p := range []string{t.Article.ID, strconv.Itoa(t.Sentence.Start), strconv.Itoa(t.Sentence.End),
		strconv.Itoa(t.Sentence.Index), t.Subject.ID, string(t.Relation), t.Object.ID} {
		h.Write([]byte(p))
		h.Write([]byte{0x1f})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// write runs one transaction: load arts (skipping unchanged ones) and retract ids.
func (l *Loader) write(ctx context.Context, arts []ArticleTriples, retract []string) (Stats, error) {
	sess := l.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: l.Database, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(context.WithoutCancel(ctx))
	txBegan := time.Now()
	var inStatements time.Duration
	defer func() {
		l.Logger.Debug("transaction", "seconds", time.Since(txBegan).Seconds(), "statements", inStatements.Seconds())
	}()
	// The driver retries a transaction only on its own error types, which it
	// does not unwrap: the function returns the driver's error as it is, and
	// the message that says which step failed is attached afterwards.
	var stepErr, driverErr error
	st, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (Stats, error) {
		stepErr, driverErr = nil, nil
		st, err := l.transact(ctx, tx, arts, retract, &driverErr, &inStatements)
		if err != nil && driverErr != nil {
			stepErr = err
			return st, driverErr
		}
		return st, err
	})
	st.Transactions++
	if err != nil && stepErr != nil {
		msg := stepErr.Error()
		if err != driverErr {
			msg += " (" + err.Error() + ")"
		}
		err = &stepError{msg: msg, err: err}
	}
	return st, err
}

// stepError is a failed transaction: which step failed, and the driver's error.
type stepError struct {
	msg string
	err error
}

func (e *stepError) Error() string { return e.msg }
func (e *stepError) Unwrap() error { return e.err }

// transact is one attempt at the transaction of write; driverErr receives
// the last error the driver returned.
func (l *Loader) transact(ctx context.Context, tx neo4j.ManagedTransaction, arts []ArticleTriples, retract []string, driverErr *error, inStatements *time.Duration) (Stats, error) {
	var st Stats
	run := func(q string, params map[string]any) ([]*neo4j.Record, error) {
		began := time.Now()
		defer func() {
			*inStatements += time.Since(began)
			if l.Logger.Enabled(ctx, slog.LevelDebug) {
				words := strings.Fields(q)
				l.Logger.Debug("statement", "query", words[:min(8, len(words))], "seconds", time.Since(began).Seconds())
			}
		}()
		// The loader's plans are all index lookups; replanning them as a bulk
		// load changes the statistics cost 15% of load time (JFR: planning
		// frames were 38% of server CPU).
		res, err := tx.Run(ctx, "CYPHER replan=skip\n"+q, params)
		if err != nil {
			*driverErr = err
			return nil, err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			*driverErr = err
			return nil, err
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			*driverErr = err
			return nil, err
		}
		st.add(sum.Counters())
		return recs, nil
	}
	// Which articles changed?
	ids := make([]string, 0, len(arts))
	for _, a := range arts {
		ids = append(ids, a.Article.ID)
	}
	recs, err := run(`UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.sha256 AS sha, coalesce(a.extractor, '') AS extractor`, map[string]any{"ids": ids})
	if err != nil {
		return st, fmt.Errorf("read article checksums: %w", err)
	}
	have := map[string]string{}
	for _, r := range recs {
		id, _ := r.Get("id")
		sha, _ := r.Get("sha")
		ex, _ := r.Get("extractor")
		have[fmt.Sprint(id)] = fmt.Sprint(sha) + "/" + fmt.Sprint(ex)
	}
	var todo []ArticleTriples
	replace := append([]string{}, retract...)
	for _, a := range arts {
		sha, ok := have[a.Article.ID]
		if ok && sha == Checksum(a.Article) && a.Article.SHA256 != "" {
			st.Unchanged++
			continue
		}
		if ok {
			replace = append(replace, a.Article.ID)
		}
		todo = append(todo, a)
	}
	if len(todo) == 0 && len(replace) == 0 {
		return st, nil
	}
	// The aggregates of removed events are recomputed from the events
	// left; those of new events only are updated by increments.
	pairs := map[schema.Relation]map[string][2]string{}
	addPair := func(rel schema.Relation, s, o string) {
		if pairs[rel] == nil {
			pairs[rel] = map[string][2]string{}
		}
		k, s, o := pairKey(rel, s, o)
		pairs[rel][k] = [2]string{s, o}
	}
	var orphans []string
	if len(replace) > 0 {
		recs, err := run(`UNWIND $ids AS id
MATCH (e:Event)-[:REPORTED_IN]->(:Article {id: id})
OPTIONAL MATCH (e)-[:SUBJECT|OBJECT|REPORTED_BY]->(x:Actor)
WITH e, collect(x.id) AS actors
WITH e.relation AS rel, e.subject AS s, e.object AS o, actors, e
DETACH DELETE e
RETURN rel, s, o, actors`, map[string]any{"ids": replace})
		if err != nil {
			return st, fmt.Errorf("remove old events: %w", err)
		}
		for _, r := range recs {
			rel, _ := r.Get("rel")
			s, _ := r.Get("s")
			o, _ := r.Get("o")
			addPair(schema.Relation(fmt.Sprint(rel)), fmt.Sprint(s), fmt.Sprint(o))
			actors, _ := r.Get("actors")
			for _, a := range actors.([]any) {
				orphans = append(orphans, fmt.Sprint(a))
			}
		}
	}
	if len(retract) > 0 {
		if _, err := run(`UNWIND $ids AS id MATCH (a:Article {id: id}) DETACH DELETE a`, map[string]any{"ids": retract}); err != nil {
			return st, fmt.Errorf("remove articles: %w", err)
		}
		st.Retracted += len(retract)
	}
	if len(todo) > 0 {
		b, fresh, err := l.writeArticles(ctx, run, todo)
		if err != nil {
			return st, err
		}
		if err := l.increment(run, todo, fresh, pairs); err != nil {
			return st, err
		}
		if err := l.writeEvents(run, b); err != nil {
			return st, err
		}
		st.Articles += len(todo)
		for _, a := range todo {
			st.Events += len(a.Triples)
		}
	}
	if err := l.recompute(run, pairs); err != nil {
		return st, err
	}
	if len(orphans) > 0 {
		if _, err := run(`UNWIND $ids AS id
MATCH (a:Actor {id: id})
WHERE NOT coalesce(a.known, false) AND NOT EXISTS { (a)<-[:SUBJECT|OBJECT|REPORTED_BY]-(:Event) }
DETACH DELETE a`, map[string]any{"ids": orphans}); err != nil {
			return st, fmt.Errorf("remove orphan actors: %w", err)
		}
	}
	return st, nil
}

type runFunc func(q string, params map[string]any) ([]*neo4j.Record, error)

// actorRow is the parameter map of one actor.
func (l *Loader) actorRow(a *schema.Actor) map[string]any {
	row := map[string]any{"id": a.ID, "name": a.Name, "kind": string(a.Kind), "known": a.Known,
		"wikidata": a.Wikidata, "country": a.Country}
	var aliases []string
	if l.Aliases != nil && a.Known {
		aliases = l.Aliases(a.ID)
	}
	if aliases == nil {
		aliases = []string{}
	}
	row["aliases"] = aliases
	return row
}

// kindLabels are the only labels spliced into Cypher: one statement per kind.
var kindLabels = []schema.Kind{schema.Country, schema.Organization, schema.Person, schema.Group}

// batch is the parameters of one transaction's writes.
type batch struct {
	articles []map[string]any
	actors   map[schema.Kind][]map[string]any // sorted by id, so that concurrent loads lock in one order
	events   []map[string]any
}

// buildBatch turns articles and their triples into query parameters.
func (l *Loader) buildBatch(arts []ArticleTriples, now string) (batch, error) {
	var b batch
	seen := map[string]bool{}
	b.actors = map[schema.Kind][]map[string]any{}
	putActor := func(a *schema.Actor) {
		if !seen[a.ID] {
			seen[a.ID] = true
			b.actors[a.Kind] = append(b.actors[a.Kind], l.actorRow(a))
		}
	}
	for _, at := range arts {
		a := at.Article
		b.articles = append(b.articles, map[string]any{"id": a.ID, "title": a.Title, "url": a.URL, "source": a.Source,
			"date": a.Date, "sha256": a.SHA256, "extractor": a.Extractor, "ingested_at": now})
		for i := range at.Triples {
			t := &at.Triples[i]
			if !t.Relation.Valid() {
				return b, fmt.Errorf("article %s: %w: %q", a.ID, schema.ErrUnknownRelation, t.Relation)
			}
			if t.Subject.Kind.Label() == "" || t.Object.Kind.Label() == "" {
				return b, fmt.Errorf("article %s: actor kind %q or %q is not country, organization, person or group", a.ID, t.Subject.Kind, t.Object.Kind)
			}
			putActor(&t.Subject)
			putActor(&t.Object)
			rep := ""
			if t.Reporter != nil && t.Reporter.Kind.Label() != "" {
				putActor(t.Reporter)
				rep = t.Reporter.ID
			}
			key, _, _ := pairKey(t.Relation, t.Subject.ID, t.Object.ID)
			b.events = append(b.events, map[string]any{
				"id": EventID(t), "article": a.ID, "relation": string(t.Relation), "cameo": t.CAMEO, "plover": t.PLOVER,
				"goldstein": t.Goldstein, "negated": t.Negated, "modality": string(t.Modality), "confidence": t.Confidence,
				"date": a.Date, "sentence": t.Sentence.Text, "sentence_index": t.Sentence.Index, "start": t.Sentence.Start,
				"end": t.Sentence.End, "trigger": t.Trigger, "trigger_start": t.TriggerAt, "subject": t.Subject.ID,
				"object": t.Object.ID, "pair": key, "subject_text": t.Subject.Text, "object_text": t.Object.Text, "reporter": rep,
				"role": t.Subject.Role,
			})
		}
	}
	for _, rows := range b.actors {
		sort.Slice(rows, func(i, j int) bool { return rows[i]["id"].(string) < rows[j]["id"].(string) })
	}
	return b, nil
}

// writeArticles merges the articles and their actors (write-locking the
// actors, in id order), and returns the batch and the ids of its events that
// are not in the graph yet. A concurrent load of the same article needs the
// same locks, so it waits, and then finds these events in the graph.
func (l *Loader) writeArticles(ctx context.Context, run runFunc, arts []ArticleTriples) (batch, map[string]bool, error) {
	b, err := l.buildBatch(arts, time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return b, nil, err
	}
	if _, err := run(`UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title, a.url = row.url, a.source = row.source, a.date = row.date,
    a.sha256 = row.sha256, a.extractor = row.extractor, a.ingested_at = row.ingested_at`, map[string]any{"rows": b.articles}); err != nil {
		return b, nil, fmt.Errorf("write articles: %w", err)
	}
	for _, k := range kindLabels {
		rows := b.actors[k]
		if len(rows) == 0 {
			continue
		}
		q := `UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a.name = row.name, a.kind = row.kind, a.known = row.known, a.wikidata = row.wikidata,
    a.country = row.country, a.aliases = row.aliases, a.aliases_text = reduce(s = '', x IN row.aliases | s + ' ' + x)
SET a:` + k.Label() + `
SET a.lock = true REMOVE a.lock`
		if _, err := run(q, map[string]any{"rows": rows}); err != nil {
			return b, nil, fmt.Errorf("write %s actors: %w", k, err)
		}
	}
	ids := make([]string, len(b.events))
	for i, e := range b.events {
		ids[i] = e["id"].(string)
	}
	recs, err := run(`UNWIND $ids AS id MATCH (e:Event {id: id}) RETURN collect(e.id) AS existing`, map[string]any{"ids": ids})
	if err != nil {
		return b, nil, fmt.Errorf("read events: %w", err)
	}
	fresh := make(map[string]bool, len(ids))
	for _, id := range ids {
		fresh[id] = true
	}
	if len(recs) > 0 {
		existing, _ := recs[0].Get("existing")
		for _, id := range existing.([]any) {
			delete(fresh, id.(string))
		}
	}
	return b, fresh, nil
}

// writeEvents merges the events with their links to actors and articles.
// It runs after the aggregates are updated: once the events link to them,
// dense actors carry thousands of new relationships in the transaction,
// which every MERGE of an aggregate on them would have to look through.
func (l *Loader) writeEvents(run runFunc, b batch) error {
	if _, err := run(`UNWIND $rows AS row
MATCH (art:Article {id: row.article})
MATCH (s:Actor {id: row.subject})
MATCH (o:Actor {id: row.object})
MERGE (e:Event {id: row.id})
SET e.relation = row.relation, e.cameo = row.cameo, e.plover = row.plover, e.goldstein = row.goldstein,
    e.negated = row.negated, e.modality = row.modality, e.confidence = row.confidence, e.date = row.date,
    e.sentence = row.sentence, e.sentence_index = row.sentence_index, e.start = row.start, e.end = row.end,
    e.trigger = row.trigger, e.trigger_start = row.trigger_start, e.subject = row.subject, e.object = row.object,
    e.pair = row.pair, e.subject_text = row.subject_text, e.object_text = row.object_text, e.role = row.role
MERGE (e)-[:SUBJECT]->(s)
MERGE (e)-[:OBJECT]->(o)
MERGE (e)-[:REPORTED_IN]->(art)
WITH e, row WHERE row.reporter <> ''
MATCH (r:Actor {id: row.reporter})
MERGE (e)-[:REPORTED_BY]->(r)`, map[string]any{"rows": b.events}); err != nil {
		return fmt.Errorf("write events: %w", err)
	}
	return nil
}

// increment adds the events of arts that are new to the graph (fresh) to their aggregates: count, the
// sum and mean of Goldstein scores, the articles, the first and last dates
// (and for REPRESENTS the role and its dates). Pairs in recomputed are left
// to recompute. The actors of the batch are write-locked already, so a
// concurrent load of the same pair waits and then reads these counts.
// An aggregate's MATCH of its actors must not create them: the actors exist.
func (l *Loader) increment(run runFunc, arts []ArticleTriples, fresh map[string]bool, recomputed map[schema.Relation]map[string][2]string) error {
	type inc struct {
		s, o, first, last, role string
		n                       int
		gsum                    float64
		articles                []string
	}
	incs := map[schema.Relation]map[string]*inc{}
	for _, at := range arts {
		for i := range at.Triples {
			t := &at.Triples[i]
			if t.Negated || !fresh[EventID(t)] {
				continue
			}
			key, s, o := pairKey(t.Relation, t.Subject.ID, t.Object.ID)
			if _, ok := recomputed[t.Relation][key]; ok {
				continue
			}
			if incs[t.Relation] == nil {
				incs[t.Relation] = map[string]*inc{}
			}
			c := incs[t.Relation][key]
			if c == nil {
				c = &inc{s: s, o: o}
				incs[t.Relation][key] = c
			}
			c.n++
			c.gsum += t.Goldstein
			if len(c.articles) == 0 || c.articles[len(c.articles)-1] != t.Article.ID {
				c.articles = append(c.articles, t.Article.ID)
			}
			if d := t.Article.Date; d != "" {
				if c.first == "" || d < c.first {
					c.first = d
				}
				if d > c.last {
					c.last = d
				}
			}
			if t.Subject.Role != "" {
				c.role = t.Subject.Role
			}
		}
	}
	var rows []map[string]any
	for _, info := range schema.Relations { // the fixed vocabulary, in a fixed order
		rel := info.Relation
		keys := make([]string, 0, len(incs[rel]))
		for k := range incs[rel] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			c := incs[rel][k]
			row := map[string]any{"rel": string(rel), "s": c.s, "o": c.o, "n": c.n, "gsum": c.gsum,
				"articles": c.articles, "first": nil, "last": nil, "role": nil}
			if c.first != "" {
				row["first"], row["last"] = c.first, c.last
			}
			if c.role != "" {
				row["role"] = c.role
			}
			rows = append(rows, row)
		}
	}
	if len(rows) == 0 {
		return nil
	}
	if _, err := run(incrementCypher, map[string]any{"rows": rows}); err != nil {
		return fmt.Errorf("update aggregates: %w", err)
	}
	return nil
}

// incrementCypher updates the aggregates of every relation type in one
// statement: a subquery a type, each with its type spelled out (types come
// only from schema.Relations), the new values computed before they are set.
var incrementCypher = func() string {
	var b strings.Builder
	b.WriteString("UNWIND $rows AS p\nMATCH (s:Actor {id: p.s}), (o:Actor {id: p.o})\n")
	for _, info := range schema.Relations {
		rel := string(info.Relation)
		represents := ""
		if info.Relation == schema.Represents {
			represents = ", r.role = coalesce(p.role, r.role), r.since = first, r.until = last"
		}
		fmt.Fprintf(&b, `CALL (s, o, p) {
  WITH * WHERE p.rel = '%s'
  MERGE (s)-[r:%s]->(o)
  WITH r, p, coalesce(r.count, 0) + p.n AS n, coalesce(r.goldstein_sum, 0.0) + p.gsum AS gsum,
       coalesce(r.articles, []) AS old
  WITH r, p, n, gsum, old + [x IN p.articles WHERE NOT x IN old] AS articles,
       CASE WHEN p.first IS NOT NULL AND (r.first_seen IS NULL OR p.first < r.first_seen) THEN p.first ELSE r.first_seen END AS first,
       CASE WHEN p.last IS NOT NULL AND (r.last_seen IS NULL OR p.last > r.last_seen) THEN p.last ELSE r.last_seen END AS last
  SET r.count = n, r.goldstein_sum = gsum, r.goldstein = gsum / n, r.articles = articles,
      r.first_seen = first, r.last_seen = last%s
}
`, rel, rel, represents)
	}
	return b.String()
}()

// recompute sets each affected aggregate relationship from its events: the
// count of non-negated events, the articles, the first and last dates and
// the mean Goldstein score; one with no events left is deleted.
func (l *Loader) recompute(run runFunc, pairs map[schema.Relation]map[string][2]string) error {
	rels := make([]string, 0, len(pairs))
	for r := range pairs {
		rels = append(rels, string(r))
	}
	sort.Strings(rels)
	for _, rs := range rels {
		rel := schema.Relation(rs)
		if !rel.Valid() {
			continue // only the fixed vocabulary is ever spliced into Cypher
		}
		var rows []map[string]any
		for k, p := range pairs[rel] {
			rows = append(rows, map[string]any{"key": k, "s": p[0], "o": p[1]})
		}
		sort.Slice(rows, func(i, j int) bool { return rows[i]["key"].(string) < rows[j]["key"].(string) })
		// REPRESENTS also says in which role, from when until when.
		represents := ""
		if rel == schema.Represents {
			represents = `, r.role = roles[-1], r.since = first, r.until = last`
		}
		q := `UNWIND $rows AS p
MATCH (s:Actor {id: p.s}), (o:Actor {id: p.o})
CALL (p) {
  OPTIONAL MATCH (e:Event {pair: p.key, relation: $rel})
  WHERE e.negated = false
  WITH e ORDER BY e.date
  RETURN count(e) AS n, avg(e.goldstein) AS g, sum(e.goldstein) AS gsum,
         min(CASE WHEN e.date <> '' THEN e.date END) AS first,
         max(CASE WHEN e.date <> '' THEN e.date END) AS last,
         [x IN collect(DISTINCT [(e)-[:REPORTED_IN]->(a) | a.id][0]) WHERE x IS NOT NULL] AS arts,
         [x IN collect(e.role) WHERE x <> ''] AS roles
}
CALL (s, o, n, first, last, g, gsum, arts, roles) {
  WITH * WHERE n > 0
  MERGE (s)-[r:` + rs + `]->(o)
  SET r.count = n, r.articles = arts, r.first_seen = first, r.last_seen = last, r.goldstein = g,
      r.goldstein_sum = gsum` + represents + `
}
CALL (s, o, n) {
  WITH * WHERE n = 0
  OPTIONAL MATCH (s)-[r:` + rs + `]->(o)
  DELETE r
}`
		if _, err := run(q, map[string]any{"rows": rows, "rel": rs}); err != nil {
			return fmt.Errorf("recompute %s aggregates: %w", rel, err)
		}
	}
	return nil
}
