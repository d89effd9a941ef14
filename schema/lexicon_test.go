package schema_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/schema"
)

func mustLexicon(t *testing.T) *schema.Lexicon {
	t.Helper()
	lex, err := schema.LoadLexicon()
	if err != nil {
		t.Fatalf("LoadLexicon: %v", err)
	}
	return lex
}

func TestLexicon_Parses(t *testing.T) {
	lex := mustLexicon(t)
	if len(lex.Entries) < 500 {
		t.Errorf("lexicon has %d entries, want >= 500", len(lex.Entries))
	}
	for _, e := range lex.Entries {
		if !e.Relation.Valid() || e.Relation == schema.Represents {
			t.Errorf("%s: relation %q", e.Lemma, e.Relation)
		}
		if len(e.Preps) == 0 {
			t.Errorf("%s %s: no prepositions", e.Lemma, e.Relation)
		}
	}
}

func TestLexicon_EveryRelation(t *testing.T) {
	const min = 5
	lex := mustLexicon(t)
	n := map[schema.Relation]int{}
	for _, e := range lex.Entries {
		n[e.Relation]++
	}
	for _, r := range schema.Relations {
		if r.Relation == schema.Represents {
			continue
		}
		if n[r.Relation] < min {
			t.Errorf("%s has %d entries, want >= %d", r.Relation, n[r.Relation], min)
		}
	}
}

func TestLexicon_KeepsTriggers(t *testing.T) {
	lex := mustLexicon(t)
	for _, tr := range schema.Triggers {
		found := false
		for _, e := range lex.Entries {
			if e.POS == tr.POS && e.Relation == tr.Relation && (e.Lemma == tr.Lemma || strings.TrimSuffix(tr.Lemma, "s") == e.Lemma) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("trigger %s (%s) missing from the lexicon", tr.Lemma, tr.Relation)
		}
	}
}

func TestLexicon_Named(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		lemma    string
		pos      schema.POS
		rel      schema.Relation
		object   string // required object noun, "" = none
		prep     string // an object preposition the entry must have
		particle string
		reversed bool
	}{
		{lemma: "agree", pos: schema.Verb, rel: schema.PledgedTo, prep: "to"},
		{lemma: "offer", pos: schema.Verb, rel: schema.PledgedTo, prep: ""},
		{lemma: "offer", pos: schema.Verb, rel: schema.PledgedTo, object: "aid", prep: "to"}, // aid offered is aid promised
		{lemma: "offer", pos: schema.Verb, rel: schema.ProvidedAidTo, object: "asylum", prep: "to"},
		{lemma: "lodge", pos: schema.Verb, rel: schema.ProtestedTo, object: "protest", prep: "with"},
		{lemma: "share", pos: schema.Verb, rel: schema.CooperatedWith, object: "intelligence", prep: "with"},
		{lemma: "grant", pos: schema.Verb, rel: schema.ProvidedAidTo, object: "asylum", prep: "to"},
		{lemma: "press", pos: schema.Verb, rel: schema.CalledOn, prep: ""},
		{lemma: "protest", pos: schema.Verb, rel: schema.ProtestedTo, prep: "to"},
		{lemma: "protest", pos: schema.Verb, rel: schema.Criticized, prep: ""},
		{lemma: "expel", pos: schema.Verb, rel: schema.DowngradedRelations, prep: ""},
		{lemma: "welcome", pos: schema.Verb, rel: schema.Supported, prep: ""},
		{lemma: "urge", pos: schema.Verb, rel: schema.CalledOn, prep: ""},
		{lemma: "warn", pos: schema.Verb, rel: schema.Threatened, prep: ""},
		{lemma: "impose", pos: schema.Verb, rel: schema.Sanctioned, object: "sanction", prep: "on"},
		{lemma: "impose", pos: schema.Verb, rel: schema.Sanctioned, object: "sanction", prep: "against"},
		{lemma: "recall", pos: schema.Verb, rel: schema.DowngradedRelations, object: "ambassador", prep: "from"},
		{lemma: "close", pos: schema.Verb, rel: schema.DowngradedRelations, object: "embassy", prep: "in"},
		{lemma: "suspend", pos: schema.Verb, rel: schema.DowngradedRelations, object: "talk", prep: "with"},
		{lemma: "cut", pos: schema.Verb, rel: schema.DowngradedRelations, object: "tie", prep: "with"},
		{lemma: "hold", pos: schema.Verb, rel: schema.MetWith, object: "talk", prep: "with"},
		{lemma: "sign", pos: schema.Verb, rel: schema.SignedAgreementWith, object: "agreement", prep: "with"},
		{lemma: "call", pos: schema.Verb, rel: schema.CalledOn, prep: "on"},
		{lemma: "shoot", pos: schema.Verb, rel: schema.Attacked, particle: "down", prep: ""},
		{lemma: "refuse", pos: schema.Verb, rel: schema.Rejected, prep: ""},
		{lemma: "decline", pos: schema.Verb, rel: schema.Rejected, prep: ""},
		{lemma: "deny", pos: schema.Verb, rel: schema.Rejected, prep: ""},
		{lemma: "veto", pos: schema.Verb, rel: schema.Vetoed, prep: ""},
		{lemma: "host", pos: schema.Verb, rel: schema.Visited, prep: "", reversed: true},
		{lemma: "visit", pos: schema.Noun, rel: schema.Visited, prep: "to"},
		{lemma: "support", pos: schema.Noun, rel: schema.Supported, prep: "for"},
		{lemma: "attack", pos: schema.Noun, rel: schema.Attacked, prep: "on"},
		{lemma: "sanction", pos: schema.Noun, rel: schema.Sanctioned, prep: "against"},
		{lemma: "meeting", pos: schema.Noun, rel: schema.MetWith, prep: "between"},
		{lemma: "talk", pos: schema.Noun, rel: schema.MetWith, prep: "with"},
		{lemma: "criticism", pos: schema.Noun, rel: schema.Criticized, prep: "of"},
		{lemma: "investigation", pos: schema.Noun, rel: schema.Investigated, prep: "into"},
	}
	for _, tt := range tests {
		found := false
		for _, e := range lex.Lookup(tt.lemma, tt.pos) {
			if e.Relation == tt.rel && e.Particle == tt.particle && e.Reversed == tt.reversed &&
				(tt.object == "" && len(e.Objects) == 0 || tt.object != "" && slices.Contains(e.Objects, tt.object)) &&
				slices.Contains(e.Preps, tt.prep) {
				found = true
			}
		}
		if !found {
			t.Errorf("no entry %s/%v %s object=%q prep=%q particle=%q reversed=%v",
				tt.lemma, tt.pos, tt.rel, tt.object, tt.prep, tt.particle, tt.reversed)
		}
	}
}

func TestLexicon_Precision(t *testing.T) {
	// General verbs must never be bare triggers (with no object noun).
	lex := mustLexicon(t)
	for _, l := range []string{"take", "make", "give", "get", "have", "go", "see", "put", "run", "blast"} {
		for _, e := range lex.Lookup(l, schema.Verb) {
			if len(e.Objects) == 0 && e.Particle == "" && !(l == "blast" && e.Relation == schema.Criticized) {
				t.Errorf("%s is a bare %s trigger", l, e.Relation)
			}
		}
	}
	for _, e := range lex.Lookup("arm", schema.Noun) {
		t.Errorf("arm the noun is a %s trigger", e.Relation)
	}
	for _, e := range lex.Lookup("press", schema.Verb) {
		if e.Particle == "ahead" {
			t.Errorf("press ahead is a %s trigger", e.Relation)
		}
	}
}

func TestLexicon_Lookup(t *testing.T) {
	lex := mustLexicon(t)
	if got := lex.Lookup("nonexistent", schema.Verb); got != nil {
		t.Errorf("Lookup(nonexistent)=%v, want nil", got)
	}
	for _, e := range lex.Lookup("condemn", schema.Verb) {
		if e.Lemma != "condemn" || e.POS != schema.Verb {
			t.Errorf("Lookup(condemn) returned %s/%v", e.Lemma, e.POS)
		}
	}
	if len(lex.Lookup("condemn", schema.Verb)) == 0 {
		t.Error("Lookup(condemn) is empty")
	}
	// A British spelling finds the American entries.
	if got := lex.Lookup("neutralise", schema.Verb); len(got) == 0 || got[0].Relation != schema.Attacked {
		t.Errorf("Lookup(neutralise) = %v, want the entries of neutralize", got)
	}
	if b, ok := schema.BritishSpelling("organization"); !ok || b != "organisation" {
		t.Errorf("BritishSpelling(organization) = %q, %v", b, ok)
	}
}

func TestParseLexicon_Errors(t *testing.T) {
	const header = "lemma\tpos\trelation\tcameo\treversed\tpreps\tparticle\tobjects\tsource\tnotes\n"
	tests := []struct {
		name, in string
		want     error
	}{
		{"ErrNoHeader", "# only a comment\n", schema.ErrBadLexicon},
		{"ErrColumns", header + "meet\tverb\tMET_WITH\n", schema.ErrBadLexicon},
		{"ErrUnknownRelation", header + "meet\tverb\tLIKES\t040\t\t_\t\t\tours\t\n", schema.ErrUnknownRelation},
		{"ErrRepresents", header + "meet\tverb\tREPRESENTS\t\t\t_\t\t\tours\t\n", schema.ErrUnknownRelation},
		{"ErrPOS", header + "meet\tadj\tMET_WITH\t040\t\t_\t\t\tours\t\n", schema.ErrBadLexicon},
		{"ErrSource", header + "meet\tverb\tMET_WITH\t040\t\t_\t\t\tmine\t\n", schema.ErrBadLexicon},
		{"ErrUnsorted", header + "meet\tverb\tMET_WITH\t040\t\t_\t\t\tours\t\nconfer\tverb\tMET_WITH\t040\t\twith\t\t\tours\t\n", schema.ErrBadLexicon},
		{"ErrDuplicate", header + "meet\tverb\tMET_WITH\t040\t\t_\t\t\tours\t\nmeet\tverb\tMET_WITH\t040\t\twith\t\t\tours\t\n", schema.ErrBadLexicon},
		{"ErrNoPreps", header + "meet\tverb\tMET_WITH\t040\t\t\t\t\tours\t\n", schema.ErrBadLexicon},
		{"ErrLemmaCase", header + "Meet\tverb\tMET_WITH\t040\t\t_\t\t\tours\t\n", schema.ErrBadLexicon},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := schema.ParseLexicon(strings.NewReader(tt.in))
			if !errors.Is(err, tt.want) {
				t.Errorf("ParseLexicon: err=%v, want %v", err, tt.want)
			}
		})
	}
	t.Run("OK", func(t *testing.T) {
		lex, err := schema.ParseLexicon(strings.NewReader(header + "meet\tverb\tMET_WITH\t040\t\t_|with\t\t\tours\t\n"))
		if err != nil {
			t.Fatal(err)
		}
		e := lex.Entries[0]
		if !slices.Equal(e.Preps, []string{"", "with"}) || schema.FormatEntry(e) != "meet\tverb\tMET_WITH\t040\t\t_|with\t\t\tours\t" {
			t.Errorf("round trip: %+v → %q", e, schema.FormatEntry(e))
		}
	})
}

func TestRelationOfCAMEO(t *testing.T) {
	tests := []struct {
		code     string
		want     schema.Relation
		reversed bool
		ok       bool
	}{
		{"010", "", false, false},
		{"020", schema.CalledOn, false, true},
		{"0256", schema.CalledOn, false, true},
		{"036", schema.PledgedTo, false, true},
		{"040", schema.MetWith, false, true},
		{"041", schema.SpokeWith, false, true},
		{"042", schema.Visited, false, true},
		{"043", schema.Visited, true, true},
		{"044", schema.MetWith, false, true},
		{"046", schema.NegotiatedWith, false, true},
		{"051", schema.Supported, false, true},
		{"057", schema.SignedAgreementWith, false, true},
		{"064", schema.CooperatedWith, false, true},
		{"075", schema.ProvidedAidTo, false, true},
		{"080", "", false, false},
		{"0874", "", false, false},
		{"091", schema.Investigated, false, true},
		{"1053", schema.Demanded, false, true},
		{"111", schema.Criticized, false, true},
		{"1123", schema.Accused, false, true},
		{"114", schema.ProtestedTo, false, true},
		{"125", schema.Rejected, false, true},
		{"129", schema.Vetoed, false, true},
		{"1384", schema.Threatened, false, true},
		{"141", "", false, false},
		{"161", schema.DowngradedRelations, false, true},
		{"163", schema.Sanctioned, false, true},
		{"164", schema.DowngradedRelations, false, true},
		{"173", "", false, false},
		{"183", schema.Attacked, false, true},
		{"191", schema.Sanctioned, false, true},
		{"195", schema.Attacked, false, true},
		{"2042", schema.Attacked, false, true},
	}
	for _, tt := range tests {
		rel, rev, ok := schema.RelationOfCAMEO(tt.code)
		if rel != tt.want || rev != tt.reversed || ok != tt.ok {
			t.Errorf("RelationOfCAMEO(%q)=%q,%v,%v, want %q,%v,%v", tt.code, rel, rev, ok, tt.want, tt.reversed, tt.ok)
		}
	}
	for _, r := range schema.CAMEOMap {
		if r.Relation != "" && (!r.Relation.Valid() || r.Relation == schema.Represents) {
			t.Errorf("CAMEOMap %s → %q: not a relation", r.Code, r.Relation)
		}
		if r.Why == "" {
			t.Errorf("CAMEOMap %s has no reason", r.Code)
		}
	}
}
