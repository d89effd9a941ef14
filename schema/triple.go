package schema

// Kind is the kind of an actor.
type Kind string

// The actor kinds.
const (
	Country      Kind = "country"
	Organization Kind = "organization"
	Person       Kind = "person"
	Group        Kind = "group"
)

// Label returns the Neo4j node label of the kind.
func (k Kind) Label() string {
	switch k {
	case Country:
		return "Country"
	case Organization:
		return "Organization"
	case Person:
		return "Person"
	case Group:
		return "Group"
	}
	return ""
}

// Modality says whether a relation happened, will happen or might.
type Modality string

// The modalities.
const (
	Asserted     Modality = "asserted"
	Future       Modality = "future"
	Hypothetical Modality = "hypothetical"
)

// Article identifies the article a triple comes from.
type Article struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Date   string `json:"date"` // YYYY-MM-DD, or empty when unknown
	Source string `json:"source"`
	URL    string `json:"url"`
	SHA256 string `json:"sha256,omitempty"` // of title and text; the loader skips unchanged articles
	// Extractor identifies the extractor that read the article (ingest sets
	// it); an article read by another extractor is not unchanged.
	Extractor string `json:"extractor,omitempty"`
}

// Sentence is the evidence sentence of a triple.
type Sentence struct {
	Index int    `json:"index"` // 0-based; the title, when there is one, is sentence 0
	Start int    `json:"start"` // byte offset in the article text; -1 for the title
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Actor is one end of a triple, resolved to its canonical id.
type Actor struct {
	ID       string `json:"id"`                 // ISO alpha-3, organisation or group id, or a person's slug
	Name     string `json:"name"`               // canonical name
	Kind     Kind   `json:"kind"`               // country, organization, person or group
	Text     string `json:"text"`               // the words of the mention in the sentence
	Known    bool   `json:"known"`              // false when no dictionary knows the actor
	Wikidata string `json:"wikidata,omitempty"` // Wikidata QID, when the gazetteer has it
	Country  string `json:"country,omitempty"`  // for people and groups: who they belong to, when known
	Role     string `json:"role,omitempty"`     // for people: their office at the article's date
}

// Triple is one extracted relation with its evidence. It is the JSON Lines
// record between extraction and loading.
type Triple struct {
	Article   Article  `json:"article"`
	Sentence  Sentence `json:"sentence"`
	Subject   Actor    `json:"subject"`
	Relation  Relation `json:"relation"`
	Object    Actor    `json:"object"`
	Negated   bool     `json:"negated"`
	Modality  Modality `json:"modality"`
	Reporter  *Actor   `json:"reporter"`
	Trigger   string   `json:"trigger"`
	TriggerAt int      `json:"trigger_start"` // byte offset of the trigger in the article text
	CAMEO     string   `json:"cameo"`
	PLOVER    string   `json:"plover"`
	Goldstein float64  `json:"goldstein"`
	// Rule names the construction that found the triple ("verb-obj",
	// "noun-poss", "title", …); Confidence is the share of that rule's
	// triples that were right on annotated sentences (extract/confidence.go).
	Rule       string  `json:"rule"`
	Confidence float64 `json:"confidence"`
}
