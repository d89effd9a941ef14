package graph

import (
	"context"
	"fmt"

	"github.com/diplograph/diplograph/schema"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Apply creates the graph's constraints and indexes in database db (empty for
// the server's default). Every statement is idempotent, so Apply can run
// before every load.
func Apply(ctx context.Context, driver neo4j.DriverWithContext, db string) error {
	for i, stmt := range schema.Statements() {
		_, err := neo4j.ExecuteQuery(ctx, driver, stmt, nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(db))
		if err != nil {
			return fmt.Errorf("apply schema statement %d: %w", i+1, err)
		}
	}
	return nil
}

// SchemaObject is one constraint or index that exists in the database.
type SchemaObject struct {
	Kind string // "constraint" or "index"
	Name string
	Type string // e.g. UNIQUENESS, RANGE, FULLTEXT
	On   string // labels and properties
}

// Show lists the constraints and indexes of database db, sorted by kind and name.
func Show(ctx context.Context, driver neo4j.DriverWithContext, db string) ([]SchemaObject, error) {
	var out []SchemaObject
	for _, q := range []struct{ kind, cypher string }{
		{"constraint", "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name"},
		{"index", "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, owningConstraint WHERE owningConstraint IS NULL AND labelsOrTypes IS NOT NULL RETURN name, type, labelsOrTypes, properties ORDER BY name"},
	} {
		res, err := neo4j.ExecuteQuery(ctx, driver, q.cypher, nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(db))
		if err != nil {
			return nil, fmt.Errorf("show %ss: %w", q.kind, err)
		}
		for _, r := range res.Records {
			name, _ := r.Get("name")
			typ, _ := r.Get("type")
			labels, _ := r.Get("labelsOrTypes")
			props, _ := r.Get("properties")
			out = append(out, SchemaObject{Kind: q.kind, Name: fmt.Sprint(name), Type: fmt.Sprint(typ),
				On: fmt.Sprintf("%v %v", labels, props)})
		}
	}
	return out, nil
}
