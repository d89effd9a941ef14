package schema

import (
	"errors"
	"regexp"
	"testing"
)

func TestRelations_AreCypherIdentifiers(t *testing.T) {
	ident := regexp.MustCompile(`^[A-Z][A-Z0-9_]*$`)
	seen := map[Relation]bool{}
	for _, r := range Relations {
		if !ident.MatchString(string(r.Relation)) {
			t.Errorf("relation %q is not a Cypher identifier", r.Relation)
		}
		if seen[r.Relation] {
			t.Errorf("relation %q listed twice", r.Relation)
		}
		seen[r.Relation] = true
		if r.Relation != Represents && (r.CAMEO == "" || r.PLOVER == "") {
			t.Errorf("relation %q has no CAMEO code or PLOVER category", r.Relation)
		}
		if r.Goldstein < -10 || r.Goldstein > 10 {
			t.Errorf("relation %q: Goldstein %v out of range", r.Relation, r.Goldstein)
		}
	}
	if len(Relations) != 23 {
		t.Errorf("len(Relations)=%d, want 22 relation types plus REPRESENTS", len(Relations))
	}
}

func TestParseRelation(t *testing.T) {
	tests := []struct {
		in      string
		want    Relation
		wantErr error
	}{
		{in: "MET_WITH", want: MetWith},
		{in: "met with", want: MetWith},
		{in: " vetoed ", want: Vetoed},
		{in: "downgraded-relations", want: DowngradedRelations},
		{in: "LIKES", wantErr: ErrUnknownRelation},
		{in: "", wantErr: ErrUnknownRelation},
		{in: "MET_WITH]->() DETACH DELETE n //", wantErr: ErrUnknownRelation},
	}
	for _, tt := range tests {
		got, err := ParseRelation(tt.in)
		if !errors.Is(err, tt.wantErr) || got != tt.want {
			t.Errorf("ParseRelation(%q)=%q, %v, want %q, %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestRelation_Info(t *testing.T) {
	if got := Vetoed.Info(); got.CAMEO != "129" || got.PLOVER != "REJECT" || got.Symmetric {
		t.Errorf("Vetoed.Info()=%+v", got)
	}
	if !MetWith.Symmetric() || Attacked.Symmetric() {
		t.Error("MET_WITH must be symmetric and ATTACKED not")
	}
	if Relation("NOPE").Valid() {
		t.Error(`Relation("NOPE").Valid()=true`)
	}
}

func FuzzParseRelation(f *testing.F) {
	for _, r := range Relations {
		f.Add(string(r.Relation))
	}
	f.Add("met with")
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRelation(s)
		if err != nil {
			return
		}
		back, err := ParseRelation(string(r))
		if err != nil || back != r {
			t.Fatalf("ParseRelation(%q)=%q does not round-trip: %q, %v", s, r, back, err)
		}
	})
}

func TestStatements(t *testing.T) {
	stmts := Statements()
	if len(stmts) < 5 {
		t.Fatalf("Statements() has %d statements, want constraints and indexes", len(stmts))
	}
	for _, s := range stmts {
		if !regexp.MustCompile(`IF NOT EXISTS`).MatchString(s) {
			t.Errorf("statement is not idempotent: %s", s)
		}
	}
}

func TestTriggers(t *testing.T) {
	covered := map[Relation]bool{}
	for _, tr := range Triggers {
		if !tr.Relation.Valid() || tr.Relation == Represents {
			t.Errorf("trigger %q: relation %q", tr.Lemma, tr.Relation)
		}
		covered[tr.Relation] = true
	}
	for _, r := range Relations {
		if r.Relation != Represents && !covered[r.Relation] {
			t.Errorf("relation %s has no trigger", r.Relation)
		}
	}
}
