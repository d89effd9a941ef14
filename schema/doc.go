// Package schema defines the vocabulary of the diplomatic-relations graph: the
// actor kinds, the closed set of relation types with their CAMEO code, PLOVER
// category and Goldstein weight, the [Triple] that flows from package extract
// to package graph, and the Cypher that creates the graph's constraints.
//
// Package schema imports nothing else from this module and nothing from the
// Neo4j driver: it declares, package graph applies.
//
//	r, err := schema.ParseRelation("vetoed")   // schema.Vetoed
//	info := r.Info()                           // CAMEO "129", PLOVER "REJECT", Goldstein -5
//	stmts := schema.Statements()               // constraints and indexes, idempotent
package schema
