// Package graph writes extracted triples into Neo4j: it owns the Cypher text,
// the batching, the transactions and the write counters. It is the only
// package that imports the Neo4j driver, and it never imports package extract.
//
//	if err := graph.Apply(ctx, driver, db); err != nil { … }   // constraints and indexes
//	l := graph.NewLoader(driver)
//	st, err := l.Load(ctx, triples)
package graph
