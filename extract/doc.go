// Package extract turns news articles into diplomatic triples: article →
// sentences → mentions → triples. It owns sentence splitting, the gazetteer
// of actors, mention finding and resolution, and the relation rules; it
// imports package schema and never the Neo4j driver or package graph.
//
//	gaz, _ := extract.LoadGazetteer()
//	x := extract.New(gaz)
//	triples, err := x.Extract(ctx, article)
package extract
