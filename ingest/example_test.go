package ingest_test

import (
	"fmt"

	"github.com/diplograph/diplograph/ingest"
)

func ExampleCanonical() {
	fmt.Println(ingest.Canonical("HTTPS://News.Example.org/world/story?utm_source=rss&id=7#comments"))
	// Output: https://news.example.org/world/story?id=7
}

func ExampleParseMapping() {
	m, err := ingest.ParseMapping("text=body,date=published_at,url=link")
	fmt.Println(m["text"], m["date"], m["url"], err)
	// Output: body published_at link <nil>
}
