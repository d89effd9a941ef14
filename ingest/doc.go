// Package ingest turns the places analysts keep news into articles and
// articles into the graph: sources → articles → extract (in parallel) →
// load (one writer).
//
// A [Source] yields [extract.Article] values: [Inputs] reads command-line
// arguments (plain text and JSON Lines through [extract.Reader], HTML pages,
// RSS/Atom/JSON feeds, URL lists, CSV/TSV with a column [Mapping], WARC
// archives, and http(s) URLs through a polite [Fetcher] with an on-disk
// [Cache]). [Run] extracts the articles on Config.Workers goroutines and
// loads them through one [graph.Loader], skipping articles already in the
// graph unchanged; [Extract] stops before the graph.
//
//	f := ingest.NewFetcher(ingest.UserAgent("v1.2.0"))
//	src := &ingest.Inputs{Args: []string{"https://example.org/feed.xml"}, Fetcher: f}
//	st, err := ingest.Run(ctx, ingest.Config{Extractor: x, Loader: l}, src)
//
// Package ingest imports extract and graph; neither imports it, and it
// reads no flags or environment: cmd/diplograph does that.
package ingest
