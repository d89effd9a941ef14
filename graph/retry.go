package graph

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The pause before the first retry of a transaction, doubled at each
// retry up to maxRetryDelay: a restarted server is found within seconds.
const (
	firstRetryDelay = 500 * time.Millisecond
	maxRetryDelay   = 4 * time.Second
)

// commitCutError is an attempt whose connection was lost while its commit
// was under way: the transaction may or may not have committed. Retrying it
// is safe: a load is idempotent, and the retry recognises the articles the
// cut-off commit wrote by their ingested_at (the batch's stamp).
type commitCutError struct{ err error }

func (e *commitCutError) Error() string { return "connection lost during commit: " + e.err.Error() }
func (e *commitCutError) Unwrap() error { return e.err }

// uncertainError is a transaction that failed for good after an attempt's
// commit was cut off: what that commit wrote is unknown.
type uncertainError struct{ err error }

func (e *uncertainError) Error() string {
	return e.err.Error() + "; an earlier attempt lost its connection during the commit, which may have gone through"
}
func (e *uncertainError) Unwrap() error { return e.err }

// retriedError is a transaction that failed after retries.
type retriedError struct {
	err      error
	attempts int
	over     time.Duration // from the first failure to giving up
	budget   time.Duration
}

func (e *retriedError) Error() string {
	return fmt.Sprintf("%v (gave up after %d attempts over %.1fs; the retry budget is %s)",
		e.err, e.attempts, e.over.Seconds(), e.budget)
}
func (e *retriedError) Unwrap() error { return e.err }

// Retryable reports whether err is one that running the transaction again
// can fix: a lost connection (also during a commit), a server that does
// not answer or is restarting, a deadlock or another transient error of the
// server, except running out of memory (see Refused).
func Retryable(err error) bool {
	var cut *commitCutError
	if errors.As(err, &cut) {
		return true
	}
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) {
		return ne.IsRetriable() && !outOfMemory(err)
	}
	var ce *neo4j.ConnectivityError
	if errors.As(err, &ce) {
		return true
	}
	// The driver's own test does not unwrap.
	for e := err; e != nil; e = errors.Unwrap(e) {
		if neo4j.IsRetryable(e) {
			return true
		}
	}
	return false
}

// Refused reports whether err is the server refusing what a transaction's
// articles hold, so that without the article at fault the rest goes in:
// a value it cannot store or index, a statement that fails on the data, a
// transaction over its memory or its time limit. A connection or
// credentials problem, a database that is not there or read-only, or a
// fault in the loader's own Cypher (a syntax error) is not: it would fail
// for every article.
func Refused(err error) bool {
	var ne *neo4j.Neo4jError
	if !errors.As(err, &ne) {
		return false
	}
	code := ne.Code
	switch {
	case outOfMemory(err):
		return true
	case code == "Neo.ClientError.Statement.SyntaxError":
		return false
	case strings.HasPrefix(code, "Neo.ClientError.Statement."),
		strings.HasPrefix(code, "Neo.ClientError.Schema."),
		strings.HasPrefix(code, "Neo.ClientError.Transaction.TransactionTimedOut"),
		strings.HasPrefix(code, "Neo.DatabaseError.Statement."):
		return true
	}
	return false
}

// OutOfMemory reports whether err is the server running out of memory for
// a transaction: its memory pool, the transaction's own limit, or its heap.
func OutOfMemory(err error) bool { return outOfMemory(err) }

func outOfMemory(err error) bool {
	ne := ServerError(err)
	return ne != nil && strings.HasSuffix(ne.Code, "OutOfMemoryError")
}

// ServerError returns the error the server answered with, wherever the
// driver's error types hold it (a ConnectivityError or a
// TransactionExecutionLimit does not unwrap), or nil.
func ServerError(err error) *neo4j.Neo4jError {
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) {
		return ne
	}
	var ce *neo4j.ConnectivityError
	if errors.As(err, &ce) && ce.Inner != nil {
		return ServerError(ce.Inner)
	}
	var tl *neo4j.TransactionExecutionLimit
	if errors.As(err, &tl) {
		for i := len(tl.Errors) - 1; i >= 0; i-- {
			if ne := ServerError(tl.Errors[i]); ne != nil {
				return ne
			}
		}
	}
	return nil
}

// serverMessage is the server's code and message in err, or err.
func serverMessage(err error) string {
	if ne := ServerError(err); ne != nil {
		return ne.Code + ": " + ne.Msg
	}
	return err.Error()
}
