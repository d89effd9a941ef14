package graph_test

import (
	"testing"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/schema"
)

func TestApply_Idempotent(t *testing.T) {
	driver := neo4jtest.Open(t)
	ctx := t.Context()
	for i := range 2 {
		if err := graph.Apply(ctx, driver, ""); err != nil {
			t.Fatalf("Apply #%d: %v", i+1, err)
		}
	}
	objs, err := graph.Show(ctx, driver, "")
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]string{}
	for _, o := range objs {
		have[o.Name] = o.Kind + " " + o.Type
	}
	for name, want := range map[string]string{
		"actor_id":        "constraint UNIQUENESS",
		"article_id":      "constraint UNIQUENESS",
		"event_id":        "constraint UNIQUENESS",
		"event_date":      "index RANGE",
		"actor_names":     "index FULLTEXT",
		"event_sentences": "index FULLTEXT",
	} {
		if have[name] != want {
			t.Errorf("schema object %s: got %q, want %q (have %v)", name, have[name], want, have)
		}
	}
	if n := len(objs); n != len(schema.Statements()) {
		t.Errorf("after two applies: %d schema objects, want %d (one per statement)", n, len(schema.Statements()))
	}
}
