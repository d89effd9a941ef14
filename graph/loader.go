package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/diplograph/diplograph/schema"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// DefaultBatchSize is how many triples go into one write transaction.
const DefaultBatchSize = 5000

// DefaultRetryBudget is how long a failed transaction is tried again.
const DefaultRetryBudget = 30 * time.Second

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
	Rejected          int // articles not written: over a limit, or refused by the server
	Retracted         int
	Events            int
	NodesCreated      int
	NodesDeleted      int
	RelsCreated       int
	RelsDeleted       int
	PropertiesSet     int
	Transactions      int // transactions committed
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
	s.Rejected += o.Rejected
	s.Retracted += o.Retracted
	s.Events += o.Events
	s.NodesCreated += o.NodesCreated
	s.NodesDeleted += o.NodesDeleted
	s.RelsCreated += o.RelsCreated
	s.RelsDeleted += o.RelsDeleted
	s.PropertiesSet += o.PropertiesSet
	s.Transactions += o.Transactions
	if o.LastTransactionAt.After(s.LastTransactionAt) {
		s.LastTransactionAt = o.LastTransactionAt
	}
}

// Limits bounds what one article may bring to the graph, so that one
// article cannot stop a load: it is rejected before it is sent. A zero
// field is no limit.
type Limits struct {
	// Triples is the most triples (events) an article may have: an article
	// is one transaction, which must fit in the server's transaction memory
	// (about 5 KB an event).
	Triples int
	// IDBytes bounds an article's id and its actors' ids and names: they are
	// indexed, and a Neo4j index key holds at most about 8 KB.
	IDBytes int
	// FieldBytes bounds an article's title, url and source.
	FieldBytes int
}

// DefaultLimits are the limits of NewLoader.
var DefaultLimits = Limits{Triples: 10000, IDBytes: 512, FieldBytes: 4096}

// LimitError is an article over one of the Limits.
type LimitError struct {
	What  string // "triples", "id", "title", "url", "source", "actor id" or "actor name"
	Size  int    // triples, or bytes
	Limit int
}

func (e *LimitError) Error() string {
	if e.What == "triples" {
		return fmt.Sprintf("%d triples, over the limit of %d for one article", e.Size, e.Limit)
	}
	return fmt.Sprintf("%s of %d bytes, over the limit of %d", e.What, e.Size, e.Limit)
}

// RefusedError is an article the server would not take, alone in its
// transaction: the rest of its batch was written without it.
type RefusedError struct {
	Err error
}

func (e *RefusedError) Error() string {
	if outOfMemory(e.Err) {
		return "the server ran out of transaction memory for it: " + serverMessage(e.Err)
	}
	return "the server refused it: " + serverMessage(e.Err)
}
func (e *RefusedError) Unwrap() error { return e.Err }

// Loader writes articles and their triples into Neo4j, idempotently: an
// unchanged article is skipped, a changed one replaces its events, and the
// aggregate relationships are kept equal to their events in the same
// transaction (new events are added to them, and those that lost events
// are recomputed from the rest).
type Loader struct {
	driver neo4j.DriverWithContext
	// Database is the Neo4j database; empty for the server's default.
	Database string
	// BatchSize is the number of triples per transaction (articles are never split).
	BatchSize int
	// Limits are checked before an article is sent; NewLoader sets DefaultLimits.
	Limits Limits
	// RetryBudget is how long, from its first failure, a transaction that
	// failed for a reason a retry can fix (a lost connection, a server
	// restarting, a deadlock, a commit whose answer was lost) is tried
	// again; an attempt under way when it runs out is let finish.
	RetryBudget time.Duration
	// Reject, when set, is told of each article that is not written: over
	// a limit (a *LimitError, or a schema error), or refused by the server
	// (a *RefusedError). The load goes on without it.
	Reject func(a schema.Article, err error)
	// Aliases, when set, gives the other names of a known actor for its node.
	Aliases func(id string) []string
	Logger  *slog.Logger

	// afterRead, when set (by tests), runs between reading which articles
	// are in the graph and writing them: where a concurrent load can slip in.
	afterRead func()
}

// NewLoader returns a Loader that writes through driver. The caller owns driver.
func NewLoader(driver neo4j.DriverWithContext) *Loader {
	return &Loader{driver: driver, BatchSize: DefaultBatchSize, Limits: DefaultLimits,
		RetryBudget: DefaultRetryBudget, Logger: slog.Default()}
}

// Check says whether the article can be loaded: within l.Limits, with
// relations of the vocabulary and actors of a known kind.
func (l *Loader) Check(at *ArticleTriples) error {
	lim := l.Limits
	if lim.Triples > 0 && len(at.Triples) > lim.Triples {
		return &LimitError{What: "triples", Size: len(at.Triples), Limit: lim.Triples}
	}
	over := func(what, s string, max int) error {
		if max > 0 && len(s) > max {
			return &LimitError{What: what, Size: len(s), Limit: max}
		}
		return nil
	}
	a := at.Article
	for _, f := range []struct {
		what, s string
		max     int
	}{{"id", a.ID, lim.IDBytes}, {"title", a.Title, lim.FieldBytes}, {"url", a.URL, lim.FieldBytes}, {"source", a.Source, lim.FieldBytes}} {
		if err := over(f.what, f.s, f.max); err != nil {
			return err
		}
	}
	for i := range at.Triples {
		t := &at.Triples[i]
		if !t.Relation.Valid() {
			return fmt.Errorf("%w: %q", schema.ErrUnknownRelation, t.Relation)
		}
		if t.Subject.Kind.Label() == "" || t.Object.Kind.Label() == "" {
			return fmt.Errorf("actor kind %q or %q is not country, organization, person or group", t.Subject.Kind, t.Object.Kind)
		}
		for _, act := range []*schema.Actor{&t.Subject, &t.Object, t.Reporter} {
			if act == nil {
				continue
			}
			if err := over("actor id", act.ID, lim.IDBytes); err != nil {
				return err
			}
			if err := over("actor name", act.Name, lim.IDBytes); err != nil {
				return err
			}
		}
	}
	return nil
}

// Load writes the articles, several to a transaction up to BatchSize
// triples; each article commits whole or not at all. An article that fails
// Check, or that the server refuses (the batch that holds it is split until
// it is alone), is passed to Reject and counted in Stats.Rejected, and the
// others are written. A transaction is retried as RetryBudget says.
//
// A transaction under way is not cut by ctx: it runs to its end, so that an
// interrupted load leaves whole articles. Once ctx is done, no transaction
// or retry begins, and Load returns ctx's error. The parameters of the next
// transaction are built while the current one runs.
func (l *Loader) Load(ctx context.Context, arts []ArticleTriples) (Stats, error) {
	var total Stats
	ok := arts[:0:0]
	for i := range arts {
		if err := l.Check(&arts[i]); err != nil {
			l.reject(arts[i].Article, err)
			total.Rejected++
			continue
		}
		ok = append(ok, arts[i])
	}
	arts = ok
	var chunks [][]ArticleTriples
	for start := 0; start < len(arts); {
		end, n := start, 0
		for end < len(arts) && (end == start || n+len(arts[end].Triples) <= l.BatchSize) {
			n += len(arts[end].Triples)
			end++
		}
		chunks = append(chunks, arts[start:end])
		start = end
	}
	ready := make(chan *prepared, 1)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(ready)
		for _, c := range chunks {
			select {
			case ready <- l.prepare(c, stamp()):
			case <-stop:
				return
			}
		}
	}()
	for p := range ready {
		if err := ctx.Err(); err != nil {
			return total, err
		}
		st, err := l.load(ctx, p)
		total.Add(st)
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

func (l *Loader) reject(a schema.Article, err error) {
	l.Logger.Debug("rejected", "article", a.ID, "err", err)
	if l.Reject != nil {
		l.Reject(a, err)
	}
}

// load writes p; when the server refuses it for what its articles hold,
// it splits p in two and loads each half, down to the article the server
// refuses alone, which it rejects.
func (l *Loader) load(ctx context.Context, p *prepared) (Stats, error) {
	st, _, err := l.write(ctx, p, nil)
	if err == nil {
		return st, nil
	}
	if !Refused(err) || ctx.Err() != nil {
		be := &BatchError{First: p.arts[0].Article.ID, N: len(p.arts), Err: err}
		var ce *uncertainError
		be.Unconfirmed = errors.As(err, &ce)
		return st, be
	}
	if len(p.arts) == 1 {
		l.reject(p.arts[0].Article, &RefusedError{Err: err})
		st.Rejected++
		return st, nil
	}
	l.Logger.Debug("batch refused; splitting it", "articles", len(p.arts), "err", err)
	half := len(p.arts) / 2
	for _, part := range [][]ArticleTriples{p.arts[:half], p.arts[half:]} {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		// The halves keep the batch's stamp: an attempt whose commit was
		// cut off may have written some of them.
		s, err := l.load(ctx, l.prepare(part, p.now))
		st.Add(s)
		if err != nil {
			return st, err
		}
	}
	return st, nil
}

// prepared is one transaction's articles and their query parameters.
type prepared struct {
	arts []ArticleTriples
	now  string // the articles' ingested_at: this batch's stamp
	b    batch
	err  error // the articles cannot be written: the transaction does not begin
}

func (l *Loader) prepare(arts []ArticleTriples, now string) *prepared {
	b, err := l.buildBatch(arts, now)
	return &prepared{arts: arts, now: now, b: b, err: err}
}

// lastStamp is the last batch stamp handed out, in Unix nanoseconds.
var lastStamp atomic.Int64

// stamp returns a time no other batch of this process has: the
// ingested_at of the batch's articles, by which a retry recognises the
// articles that an attempt whose commit was cut off did write.
func stamp() string {
	for {
		last, now := lastStamp.Load(), time.Now().UnixNano()
		if now <= last {
			now = last + 1
		}
		if lastStamp.CompareAndSwap(last, now) {
			return time.Unix(0, now).UTC().Format(time.RFC3339Nano)
		}
	}
}

// Checksum is what says an article is unchanged: its text's sha256 and the
// extractor that read it.
func Checksum(a schema.Article) string { return a.SHA256 + "/" + a.Extractor }

// checksumCypher is Checksum of the Article node a, in Cypher.
const checksumCypher = `a.sha256 + '/' + coalesce(a.extractor, '')`

// Checksums returns the Checksum of every article in the graph, by id.
func (l *Loader) Checksums(ctx context.Context) (map[string]string, error) {
	res, err := neo4j.ExecuteQuery(ctx, l.driver, `MATCH (a:Article) RETURN a.id AS id, `+checksumCypher+` AS sha`, nil,
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
// and actors left with no event that no dictionary knows. Stats.Retracted
// counts the articles removed; missing are the ids that were not in the
// graph.
func (l *Loader) Retract(ctx context.Context, ids []string) (st Stats, missing []string, err error) {
	st, gone, err := l.write(ctx, &prepared{}, ids)
	if err != nil {
		return st, nil, fmt.Errorf("retract %d articles: %w", len(ids), err)
	}
	removed := map[string]bool{}
	for _, id := range gone {
		removed[id] = true
	}
	seen := map[string]bool{}
	for _, id := range ids {
		if !removed[id] && !seen[id] {
			missing = append(missing, id)
		}
		seen[id] = true
	}
	st.Retracted = len(removed)
	return st, missing, nil
}

// BatchError says which articles a failed transaction held.
type BatchError struct {
	First string // id of the batch's first article
	N     int    // articles in the batch
	// Unconfirmed says the connection was lost while a commit of the batch
	// was under way, and no later attempt could check whether it went
	// through: the articles may be in the graph (a rerun skips them).
	Unconfirmed bool
	Err         error
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

// write runs one transaction: load p's articles (skipping unchanged ones)
// and retract ids; it returns the ids of the articles it retracted. While
// the transaction fails for a reason a retry can fix, it is tried again,
// for up to l.RetryBudget from the first failure (see Retryable). The
// transaction runs without ctx's cancellation; ctx stops the retries.
func (l *Loader) write(ctx context.Context, p *prepared, retract []string) (Stats, []string, error) {
	if p.err != nil {
		return Stats{}, nil, p.err
	}
	var (
		first    time.Time
		cut      bool     // an attempt's commit was cut off: it may have gone through
		maybeOut []string // the articles such an attempt retracted
		attempts int
	)
	for delay := firstRetryDelay; ; delay = min(2*delay, maxRetryDelay) {
		st, gone, err := l.attempt(context.WithoutCancel(ctx), p, retract)
		attempts++
		if err == nil {
			st.Transactions++
			st.LastTransactionAt = time.Now()
			return st, append(gone, maybeOut...), nil
		}
		var ce *commitCutError
		if errors.As(err, &ce) {
			cut = true
			maybeOut = append(maybeOut, gone...)
		}
		if first.IsZero() {
			first = time.Now()
		}
		left := l.RetryBudget - time.Since(first)
		if Retryable(err) && left > 0 && ctx.Err() == nil {
			l.Logger.Debug("retrying transaction", "after", min(delay, left).Seconds(), "err", err)
			t := time.NewTimer(min(delay, left))
			select {
			case <-t.C:
				continue
			case <-ctx.Done():
				t.Stop()
			}
		}
		if attempts > 1 {
			err = &retriedError{err: err, attempts: attempts, over: time.Since(first), budget: l.RetryBudget}
		}
		if cut {
			err = &uncertainError{err: err}
		}
		return Stats{}, nil, err
	}
}

// attempt is one try at write's transaction, in an explicit transaction:
// the driver does not retry it, write does.
func (l *Loader) attempt(ctx context.Context, p *prepared, retract []string) (Stats, []string, error) {
	sess := l.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: l.Database, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(ctx)
	txBegan := time.Now()
	var inStatements time.Duration
	defer func() {
		l.Logger.Debug("transaction", "seconds", time.Since(txBegan).Seconds(), "statements", inStatements.Seconds())
	}()
	tx, err := sess.BeginTransaction(ctx)
	if err != nil {
		return Stats{}, nil, fmt.Errorf("begin transaction: %w", err)
	}
	st, gone, err := l.transact(ctx, tx, p, retract, &inStatements)
	if err != nil {
		_ = tx.Rollback(ctx) // the server rolls back on its own if the connection is gone
		return Stats{}, nil, err
	}
	if err := tx.Commit(ctx); err != nil {
		var ne *neo4j.Neo4jError
		if errors.As(err, &ne) { // the server answered: the transaction rolled back
			return Stats{}, nil, fmt.Errorf("commit: %w", err)
		}
		return Stats{}, gone, &commitCutError{err: err}
	}
	return st, gone, nil
}

// transact is one attempt at the transaction of write; it returns the ids
// of the articles it retracted.
func (l *Loader) transact(ctx context.Context, tx neo4j.ExplicitTransaction, p *prepared, retract []string, inStatements *time.Duration) (Stats, []string, error) {
	var st Stats
	arts := p.arts
	run := func(q string, params map[string]any) ([]*neo4j.Record, error) {
		began := time.Now()
		defer func() {
			*inStatements += time.Since(began)
			if l.Logger.Enabled(ctx, slog.LevelDebug) {
				words := strings.Fields(q)
				l.Logger.Debug("statement", "query", words[:min(8, len(words))], "seconds", time.Since(began).Seconds())
			}
		}()
		// The loader's plans are all lookups by key or element id; replanning
		// them as a bulk load changes the statistics cost 15% of load time
		// (JFR: planning frames were 38% of server CPU). Interpreted
		// expressions spare the server compiling bytecode for each statement
		// and the JVM compiling that: the first load on a fresh server and
		// later ones were 3-8% faster (BenchmarkLoad, two fresh servers each).
		res, err := tx.Run(ctx, "CYPHER replan=skip expressionEngine=interpreted\n"+q, params)
		if err != nil {
			return nil, err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return nil, err
		}
		sum, err := res.Consume(ctx)
		if err != nil {
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
	recs, err := run(`UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, `+checksumCypher+` AS sha, a.ingested_at AS at`, map[string]any{"ids": ids})
	if err != nil {
		return st, nil, fmt.Errorf("read article checksums: %w", err)
	}
	have := map[string]string{}
	ours := map[string]bool{} // written by an attempt of this batch whose commit was cut off
	for _, r := range recs {
		id, _ := r.Get("id")
		sha, _ := r.Get("sha")
		at, _ := r.Get("at")
		have[fmt.Sprint(id)] = fmt.Sprint(sha)
		ours[fmt.Sprint(id)] = at == p.now
	}
	var todo []ArticleTriples
	replace := append([]string{}, retract...)
	for _, a := range arts {
		sha, ok := have[a.Article.ID]
		if ok && sha == Checksum(a.Article) && a.Article.SHA256 != "" {
			if ours[a.Article.ID] {
				st.Articles++
				st.Events += len(a.Triples)
			} else {
				st.Unchanged++
			}
			continue
		}
		if ok {
			replace = append(replace, a.Article.ID)
		}
		todo = append(todo, a)
	}
	if l.afterRead != nil {
		l.afterRead()
	}
	if len(todo) == 0 && len(replace) == 0 {
		return st, nil, nil
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
	// removeEvents deletes the events of the articles ids, noting their
	// pairs for recomputing and their actors as possible orphans.
	removeEvents := func(ids []string) error {
		recs, err := run(`UNWIND $ids AS id
MATCH (e:Event)-[:REPORTED_IN]->(:Article {id: id})
MATCH (e)-[:SUBJECT]->(subject:Actor), (e)-[:OBJECT]->(object:Actor)
OPTIONAL MATCH (e)-[:REPORTED_BY]->(reporter:Actor)
WITH e, e.relation AS rel, subject.id AS s, object.id AS o, [x IN [subject.id, object.id, reporter.id] WHERE x IS NOT NULL] AS actors
DETACH DELETE e
RETURN rel, s, o, actors`, map[string]any{"ids": ids})
		if err != nil {
			return fmt.Errorf("remove old events: %w", err)
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
		return nil
	}
	if len(replace) > 0 {
		if err := removeEvents(replace); err != nil {
			return st, nil, err
		}
	}
	var gone []string
	if len(retract) > 0 {
		recs, err := run(`UNWIND $ids AS id MATCH (a:Article {id: id}) DETACH DELETE a RETURN DISTINCT id`, map[string]any{"ids": retract})
		if err != nil {
			return st, nil, fmt.Errorf("remove articles: %w", err)
		}
		for _, r := range recs {
			id, _ := r.Get("id")
			gone = append(gone, fmt.Sprint(id))
		}
	}
	if len(todo) > 0 {
		b := p.b
		if len(todo) < len(arts) { // some are unchanged: the parameters of the others only
			if b, err = l.buildBatch(todo, p.now); err != nil {
				return st, nil, err
			}
		}
		nodes, raced, err := l.writeArticles(run, b)
		if err != nil {
			return st, nil, err
		}
		// An article that has events already was written by a concurrent
		// load between our reading and our locking it: its events are
		// replaced, as a changed article's are, so that every event
		// written here is new.
		if len(raced) > 0 {
			if err := removeEvents(raced); err != nil {
				return st, nil, err
			}
		}
		if err := l.increment(run, todo, nodes, pairs); err != nil {
			return st, nil, err
		}
		if err := l.writeEvents(run, b, nodes); err != nil {
			return st, nil, err
		}
		st.Articles += len(todo)
		for _, a := range todo {
			st.Events += len(a.Triples)
		}
	}
	if err := l.recompute(run, pairs); err != nil {
		return st, nil, err
	}
	if len(orphans) > 0 {
		if _, err := run(`UNWIND $ids AS id
MATCH (a:Actor {id: id})
WHERE NOT coalesce(a.known, false) AND NOT EXISTS { (a)<-[:SUBJECT|OBJECT|REPORTED_BY]-(:Event) }
DETACH DELETE a`, map[string]any{"ids": orphans}); err != nil {
			return st, nil, fmt.Errorf("remove orphan actors: %w", err)
		}
	}
	return st, gone, nil
}

type runFunc func(q string, params map[string]any) ([]*neo4j.Record, error)

// actorRow is the parameter map of one actor: its key, the label of its
// kind, and the properties it is created with.
func (l *Loader) actorRow(a *schema.Actor) map[string]any {
	var aliases []string
	if l.Aliases != nil && a.Known {
		aliases = l.Aliases(a.ID)
	}
	if aliases == nil {
		aliases = []string{}
	}
	return map[string]any{"id": a.ID, "label": a.Kind.Label(), "props": map[string]any{
		"id": a.ID, "name": a.Name, "kind": string(a.Kind), "known": a.Known, "wikidata": a.Wikidata,
		"country": a.Country, "aliases": aliases, "aliases_text": strings.Join(aliases, " "),
	}}
}

// batch is the parameters of one transaction's writes. Articles and actors
// are sorted by id, so that concurrent loads lock them in one order.
type batch struct {
	articles [][]any // [id, title, url, source, date, sha256, extractor, ingested_at]
	actors   []map[string]any
	events   []event
}

// event is one Event node to create: the ids of the nodes it links to
// (reporter empty when none), and its properties' values in the order of
// eventProps.
type event struct {
	article, subject, object, reporter string
	values                             []any
}

// eventProps are the properties of an Event node and how each is read from
// its triple (pair is the triple's pairKey). Every property stored costs the
// load (measured): the event's ends are its SUBJECT and OBJECT relationships
// rather than properties too, and a nil value (a role outside REPRESENTS)
// is not stored. Rows go to the server as lists of these values, not maps:
// the server decodes a map's keys in every row, and the load took 7% longer.
var eventProps = []struct {
	name  string
	value func(t *schema.Triple, pair string) any
}{
	{"id", func(t *schema.Triple, _ string) any { return EventID(t) }},
	{"relation", func(t *schema.Triple, _ string) any { return string(t.Relation) }},
	{"cameo", func(t *schema.Triple, _ string) any { return t.CAMEO }},
	{"plover", func(t *schema.Triple, _ string) any { return t.PLOVER }},
	{"goldstein", func(t *schema.Triple, _ string) any { return t.Goldstein }},
	{"negated", func(t *schema.Triple, _ string) any { return t.Negated }},
	{"modality", func(t *schema.Triple, _ string) any { return string(t.Modality) }},
	{"confidence", func(t *schema.Triple, _ string) any { return t.Confidence }},
	{"date", func(t *schema.Triple, _ string) any { return t.Article.Date }},
	{"sentence", func(t *schema.Triple, _ string) any { return t.Sentence.Text }},
	{"sentence_index", func(t *schema.Triple, _ string) any { return t.Sentence.Index }},
	{"start", func(t *schema.Triple, _ string) any { return t.Sentence.Start }},
	{"end", func(t *schema.Triple, _ string) any { return t.Sentence.End }},
	{"trigger", func(t *schema.Triple, _ string) any { return t.Trigger }},
	{"trigger_start", func(t *schema.Triple, _ string) any { return t.TriggerAt }},
	{"pair", func(_ *schema.Triple, pair string) any { return pair }},
	{"subject_text", func(t *schema.Triple, _ string) any { return t.Subject.Text }},
	{"object_text", func(t *schema.Triple, _ string) any { return t.Object.Text }},
	{"role", func(t *schema.Triple, _ string) any {
		if t.Subject.Role == "" {
			return nil
		}
		return t.Subject.Role
	}},
}

// buildBatch turns articles and their triples into query parameters.
func (l *Loader) buildBatch(arts []ArticleTriples, now string) (batch, error) {
	var b batch
	seen := map[string]bool{}
	putActor := func(a *schema.Actor) {
		if !seen[a.ID] {
			seen[a.ID] = true
			b.actors = append(b.actors, l.actorRow(a))
		}
	}
	for _, at := range arts {
		a := at.Article
		b.articles = append(b.articles, []any{a.ID, a.Title, a.URL, a.Source, a.Date, a.SHA256, a.Extractor, now})
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
			ev := event{article: a.ID, subject: t.Subject.ID, object: t.Object.ID}
			if t.Reporter != nil && t.Reporter.Kind.Label() != "" {
				putActor(t.Reporter)
				ev.reporter = t.Reporter.ID
			}
			key, _, _ := pairKey(t.Relation, t.Subject.ID, t.Object.ID)
			ev.values = make([]any, len(eventProps))
			for j, p := range eventProps {
				ev.values[j] = p.value(t, key)
			}
			b.events = append(b.events, ev)
		}
	}
	sort.Slice(b.articles, func(i, j int) bool { return b.articles[i][0].(string) < b.articles[j][0].(string) })
	sort.Slice(b.actors, func(i, j int) bool { return b.actors[i]["id"].(string) < b.actors[j]["id"].(string) })
	return b, nil
}

// nodeIDs are the element ids of a transaction's articles and actors, by
// their own ids: the later statements find the nodes by element id, which
// costs neither an index seek nor the lock of a unique-index seek.
type nodeIDs struct {
	articles, actors map[string]string
}

// writeArticles merges the articles and their actors, write-locking the
// actors (in id order: a concurrent load of the same articles or actors
// waits for this one to commit). It returns the nodes' element ids, and
// the ids of the articles that have events already: a concurrent load wrote
// them after this transaction read which articles were in the graph.
func (l *Loader) writeArticles(run runFunc, b batch) (nodeIDs, []string, error) {
	nodes := nodeIDs{articles: map[string]string{}, actors: map[string]string{}}
	recs, err := run(`UNWIND $rows AS row
MERGE (a:Article {id: row[0]})
SET a.title = row[1], a.url = row[2], a.source = row[3], a.date = row[4], a.sha256 = row[5],
    a.extractor = row[6], a.ingested_at = row[7]
RETURN row[0] AS id, elementId(a) AS node, EXISTS { (a)<-[:REPORTED_IN]-(:Event) } AS raced`, map[string]any{"rows": b.articles})
	if err != nil {
		return nodes, nil, fmt.Errorf("write articles: %w", err)
	}
	var raced []string
	for _, r := range recs {
		id, node := recordIDs(r)
		nodes.articles[id] = node
		if x, _ := r.Get("raced"); x == true {
			raced = append(raced, id)
		}
	}
	// Labels come only from schema.Kind.Label.
	recs, err = run(`UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a = row.props
SET a:$(row.label), a.lock = true
REMOVE a.lock
RETURN row.id AS id, elementId(a) AS node`, map[string]any{"rows": b.actors})
	if err != nil {
		return nodes, nil, fmt.Errorf("write actors: %w", err)
	}
	for _, r := range recs {
		id, node := recordIDs(r)
		nodes.actors[id] = node
	}
	return nodes, raced, nil
}

// recordIDs reads the id and node (element id) columns of r.
func recordIDs(r *neo4j.Record) (id, node string) {
	i, _ := r.Get("id")
	n, _ := r.Get("node")
	id, _ = i.(string)
	node, _ = n.(string)
	return id, node
}

// writeEvents creates the events, which are all new (writeArticles and
// transact make sure of it), with their links to actors and articles. It
// runs after the aggregates are updated: once the events link to them,
// dense actors carry thousands of new relationships in the transaction,
// which every MERGE of an aggregate on them would have to look through.
func (l *Loader) writeEvents(run runFunc, b batch, nodes nodeIDs) error {
	rows := make([]any, len(b.events))
	for i, e := range b.events {
		var rep any
		if e.reporter != "" {
			rep = nodes.actors[e.reporter]
		}
		rows[i] = append([]any{nodes.articles[e.article], nodes.actors[e.subject], nodes.actors[e.object], rep}, e.values...)
	}
	if _, err := run(eventsCypher, map[string]any{"rows": rows}); err != nil {
		return fmt.Errorf("write events: %w", err)
	}
	return nil
}

// eventsCypher creates the events of rows [article, subject, object,
// reporter (element ids), eventProps' values…] with their relationships.
var eventsCypher = func() string {
	var props []string
	for i, p := range eventProps {
		props = append(props, fmt.Sprintf("%s: row[%d]", p.name, i+4))
	}
	return `UNWIND $rows AS row
MATCH (art) WHERE elementId(art) = row[0]
MATCH (s) WHERE elementId(s) = row[1]
MATCH (o) WHERE elementId(o) = row[2]
CREATE (e:Event {` + strings.Join(props, ", ") + `})
CREATE (e)-[:SUBJECT]->(s), (e)-[:OBJECT]->(o), (e)-[:REPORTED_IN]->(art)
WITH e, row WHERE row[3] IS NOT NULL
MATCH (r) WHERE elementId(r) = row[3]
CREATE (e)-[:REPORTED_BY]->(r)`
}()

// increment adds the events of arts (all of them new to the graph) to their
// aggregates: count, the sum and mean of Goldstein scores, the articles,
// the first and last dates (and for REPRESENTS the role and its dates).
// Pairs in recomputed are left to recompute. The actors of the batch are
// write-locked already, so a concurrent load of the same pair waits and
// then reads these counts. Actors are found by element id: they exist.
func (l *Loader) increment(run runFunc, arts []ArticleTriples, nodes nodeIDs, recomputed map[schema.Relation]map[string][2]string) error {
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
			if t.Negated {
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
	for _, info := range schema.Relations { // the fixed vocabulary, in a fixed order
		rel := info.Relation
		if len(incs[rel]) == 0 {
			continue
		}
		keys := make([]string, 0, len(incs[rel]))
		for k := range incs[rel] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		rows := make([]any, 0, len(keys))
		for _, k := range keys {
			c := incs[rel][k]
			var first, last, role any
			if c.first != "" {
				first, last = c.first, c.last
			}
			if c.role != "" {
				role = c.role
			}
			row := []any{nodes.actors[c.s], nodes.actors[c.o], c.n, c.gsum, c.articles, first, last, role}
			rows = append(rows, row)
		}
		if _, err := run(incrementCypher[rel], map[string]any{"rows": rows}); err != nil {
			return fmt.Errorf("update %s aggregates: %w", rel, err)
		}
	}
	return nil
}

// incrementCypher is, by relation type, the statement that adds new events
// to their aggregates: the type spelled out (types come only from
// schema.Relations), the new values computed before they are set. A row is
// [subject, object (element ids), events, Goldstein sum, articles, first
// date, last date, role], a list rather than a map (see eventProps).
var incrementCypher = func() map[schema.Relation]string {
	out := map[schema.Relation]string{}
	for _, info := range schema.Relations {
		rel := string(info.Relation)
		represents := ""
		if info.Relation == schema.Represents {
			represents = ", r.role = coalesce(p[7], r.role), r.since = first, r.until = last"
		}
		out[info.Relation] = fmt.Sprintf(`UNWIND $rows AS p
MATCH (s) WHERE elementId(s) = p[0]
MATCH (o) WHERE elementId(o) = p[1]
MERGE (s)-[r:%s]->(o)
WITH r, p, coalesce(r.count, 0) + p[2] AS n, coalesce(r.goldstein_sum, 0.0) + p[3] AS gsum,
     coalesce(r.articles, []) AS old
WITH r, p, n, gsum, old + [x IN p[4] WHERE NOT x IN old] AS articles,
     CASE WHEN p[5] IS NOT NULL AND (r.first_seen IS NULL OR p[5] < r.first_seen) THEN p[5] ELSE r.first_seen END AS first,
     CASE WHEN p[6] IS NOT NULL AND (r.last_seen IS NULL OR p[6] > r.last_seen) THEN p[6] ELSE r.last_seen END AS last
SET r.count = n, r.goldstein_sum = gsum, r.goldstein = gsum / n, r.articles = articles,
    r.first_seen = first, r.last_seen = last%s`, rel, represents)
	}
	return out
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
