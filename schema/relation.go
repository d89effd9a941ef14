package schema

import (
	"errors"
	"fmt"
	"strings"
)

// Relation is one relation type of the graph. Its value is the Neo4j
// relationship type, so it is always a Cypher identifier from [Relations].
type Relation string

// The relation vocabulary of the annotation guideline.
const (
	MetWith             Relation = "MET_WITH"
	SpokeWith           Relation = "SPOKE_WITH"
	Visited             Relation = "VISITED"
	NegotiatedWith      Relation = "NEGOTIATED_WITH"
	SignedAgreementWith Relation = "SIGNED_AGREEMENT_WITH"
	PledgedTo           Relation = "PLEDGED_TO"
	Supported           Relation = "SUPPORTED"
	AlliedWith          Relation = "ALLIED_WITH"
	CooperatedWith      Relation = "COOPERATED_WITH"
	ProvidedAidTo       Relation = "PROVIDED_AID_TO"
	CalledOn            Relation = "CALLED_ON"
	Demanded            Relation = "DEMANDED"
	Criticized          Relation = "CRITICIZED"
	Accused             Relation = "ACCUSED"
	ProtestedTo         Relation = "PROTESTED_TO"
	Investigated        Relation = "INVESTIGATED"
	Rejected            Relation = "REJECTED"
	Vetoed              Relation = "VETOED"
	Threatened          Relation = "THREATENED"
	Sanctioned          Relation = "SANCTIONED"
	DowngradedRelations Relation = "DOWNGRADED_RELATIONS"
	Attacked            Relation = "ATTACKED"
	Represents          Relation = "REPRESENTS"
)

// ErrUnknownRelation is returned by [ParseRelation] for a name outside the vocabulary.
var ErrUnknownRelation = errors.New("unknown relation")

// RelationInfo describes one relation type.
type RelationInfo struct {
	Relation  Relation
	CAMEO     string  // CAMEO event code; empty for REPRESENTS, which is no event
	PLOVER    string  // PLOVER event category of the CAMEO code
	Goldstein float64 // Goldstein conflict–cooperation weight, -10 to +10
	Symmetric bool    // true when (a, r, b) says the same as (b, r, a)
	Label     string  // short English gloss
}

// Relations is the closed vocabulary, in a fixed order (cooperation first,
// conflict last, REPRESENTS at the end). It is the only source of relationship
// types spliced into Cypher.
var Relations = []RelationInfo{
	{MetWith, "040", "CONSULT", 1.0, true, "met with"},
	{SpokeWith, "041", "CONSULT", 1.0, true, "spoke by telephone with"},
	{Visited, "042", "CONSULT", 1.9, false, "visited"},
	{NegotiatedWith, "046", "CONSULT", 7.0, true, "negotiated with"},
	{SignedAgreementWith, "057", "SUPPORT", 8.0, true, "signed an agreement with"},
	{PledgedTo, "030", "AGREE", 4.0, false, "pledged to"},
	{Supported, "051", "SUPPORT", 3.4, false, "supported"},
	{AlliedWith, "050", "SUPPORT", 3.5, true, "is allied with"},
	{CooperatedWith, "060", "COOPERATE", 6.0, true, "cooperated with"},
	{ProvidedAidTo, "070", "AID", 7.0, false, "provided aid to"},
	{CalledOn, "020", "REQUEST", 3.0, false, "called on"},
	{Demanded, "100", "REQUEST", -5.0, false, "demanded of"},
	{Criticized, "111", "ACCUSE", -2.0, false, "criticized"},
	{Accused, "112", "ACCUSE", -2.0, false, "accused"},
	{ProtestedTo, "114", "ACCUSE", -2.0, false, "protested to"},
	{Investigated, "090", "ACCUSE", -2.0, false, "investigated"},
	{Rejected, "120", "REJECT", -4.0, false, "rejected"},
	{Vetoed, "129", "REJECT", -5.0, false, "vetoed"},
	{Threatened, "130", "THREATEN", -4.4, false, "threatened"},
	{Sanctioned, "163", "COERCE", -8.0, false, "sanctioned"},
	{DowngradedRelations, "161", "SANCTION", -4.0, false, "downgraded relations with"},
	{Attacked, "190", "ASSAULT", -10.0, false, "attacked"},
	{Represents, "", "", 0, false, "represents"},
}

var relationIndex = func() map[Relation]int {
	m := make(map[Relation]int, len(Relations))
	for i, r := range Relations {
		m[r.Relation] = i
	}
	return m
}()

// Info returns the description of r; the zero RelationInfo if r is unknown.
func (r Relation) Info() RelationInfo {
	if i, ok := relationIndex[r]; ok {
		return Relations[i]
	}
	return RelationInfo{}
}

// Valid reports whether r is in the vocabulary.
func (r Relation) Valid() bool {
	_, ok := relationIndex[r]
	return ok
}

// Symmetric reports whether r reads the same in both directions.
func (r Relation) Symmetric() bool { return r.Info().Symmetric }

// ParseRelation accepts a relation name in any case, with spaces, hyphens or
// underscores ("met with", "MET_WITH", "met-with").
func ParseRelation(s string) (Relation, error) {
	n := Relation(strings.ToUpper(strings.NewReplacer(" ", "_", "-", "_").Replace(strings.TrimSpace(s))))
	if n.Valid() {
		return n, nil
	}
	return "", fmt.Errorf("parse relation %q: %w", s, ErrUnknownRelation)
}
