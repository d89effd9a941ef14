package schema

// POS is the part of speech of a trigger word.
type POS uint8

// Trigger parts of speech.
const (
	Verb POS = iota + 1
	Noun
)

// Trigger is a word that signals a relation, with the prepositions that may
// introduce its object ("" for a direct object). A noun trigger's subject is
// its possessor or the actor before it; "by" and "from" introduce the subject
// of a passive or a noun ("strikes by Russia", "threats from Washington").
type Trigger struct {
	Lemma    string
	Relation Relation
	POS      POS
	Preps    []string // object prepositions; "" = direct object
	Particle string   // a word that must follow the verb ("call on", "cut ties")
}

// Triggers is the trigger vocabulary of the word-window rules (package
// extract inflects them with its lemmatiser). The tree rules read the larger
// [Lexicon], which holds all of these too.
var Triggers = []Trigger{
	{"meet", MetWith, Verb, []string{"", "with"}, ""},
	{"host", MetWith, Verb, []string{""}, ""},
	{"confer", MetWith, Verb, []string{"with"}, ""},
	{"join", MetWith, Verb, []string{""}, ""},
	{"meeting", MetWith, Noun, []string{"with", "between"}, ""},
	{"talks", MetWith, Noun, []string{"with", "between"}, ""},
	{"summit", MetWith, Noun, []string{"with", "between"}, ""},
	{"speak", SpokeWith, Verb, []string{"with", "to"}, ""},
	{"telephone", SpokeWith, Verb, []string{""}, ""},
	{"phone", SpokeWith, Verb, []string{""}, ""},
	{"call", SpokeWith, Noun, []string{"with", "between"}, ""},
	{"visit", Visited, Verb, []string{""}, ""},
	{"visit", Visited, Noun, []string{"to"}, ""},
	{"trip", Visited, Noun, []string{"to"}, ""},
	{"travel", Visited, Verb, []string{"to"}, ""},
	{"arrive", Visited, Verb, []string{"in"}, ""},
	{"fly", Visited, Verb, []string{"to"}, ""},
	{"leave", Visited, Verb, []string{"for"}, ""},
	{"negotiate", NegotiatedWith, Verb, []string{"with"}, ""},
	{"negotiations", NegotiatedWith, Noun, []string{"with", "between"}, ""},
	{"sign", SignedAgreementWith, Verb, []string{"with"}, ""},
	{"agreement", SignedAgreementWith, Noun, []string{"with", "between"}, ""},
	{"deal", SignedAgreementWith, Noun, []string{"with", "between"}, ""},
	{"treaty", SignedAgreementWith, Noun, []string{"with", "between"}, ""},
	{"accord", SignedAgreementWith, Noun, []string{"with", "between"}, ""},
	{"pact", SignedAgreementWith, Noun, []string{"with", "between"}, ""},
	{"ceasefire", SignedAgreementWith, Noun, []string{"with", "between"}, ""},
	{"pledge", PledgedTo, Verb, []string{"to"}, ""},
	{"promise", PledgedTo, Verb, []string{"", "to"}, ""},
	{"back", Supported, Verb, []string{""}, ""},
	{"support", Supported, Verb, []string{""}, ""},
	{"endorse", Supported, Verb, []string{""}, ""},
	{"praise", Supported, Verb, []string{""}, ""},
	{"defend", Supported, Verb, []string{""}, ""},
	{"support", Supported, Noun, []string{"for", "of", "to"}, ""},
	{"backing", Supported, Noun, []string{"for", "of"}, ""},
	{"ally", AlliedWith, Verb, []string{"with"}, ""},
	{"alliance", AlliedWith, Noun, []string{"with", "between"}, ""},
	{"cooperate", CooperatedWith, Verb, []string{"with"}, ""},
	{"coordinate", CooperatedWith, Verb, []string{"with"}, ""},
	{"collaborate", CooperatedWith, Verb, []string{"with"}, ""},
	{"work", CooperatedWith, Verb, []string{"with"}, ""},
	{"cooperation", CooperatedWith, Noun, []string{"with", "between"}, ""},
	{"aid", ProvidedAidTo, Verb, []string{""}, ""},
	{"arm", ProvidedAidTo, Verb, []string{""}, ""},
	{"supply", ProvidedAidTo, Verb, []string{"", "to"}, ""},
	{"fund", ProvidedAidTo, Verb, []string{""}, ""},
	{"finance", ProvidedAidTo, Verb, []string{""}, ""},
	{"aid", ProvidedAidTo, Noun, []string{"to", "for"}, ""},
	{"assistance", ProvidedAidTo, Noun, []string{"to", "for"}, ""},
	{"call", CalledOn, Verb, []string{"on", "upon"}, ""},
	{"urge", CalledOn, Verb, []string{""}, ""},
	{"appeal", CalledOn, Verb, []string{"to"}, ""},
	{"ask", CalledOn, Verb, []string{""}, ""},
	{"press", CalledOn, Verb, []string{""}, ""},
	{"demand", Demanded, Verb, []string{"", "of", "from"}, ""},
	{"order", Demanded, Verb, []string{""}, ""},
	{"criticize", Criticized, Verb, []string{""}, ""},
	{"criticise", Criticized, Verb, []string{""}, ""},
	{"condemn", Criticized, Verb, []string{""}, ""},
	{"denounce", Criticized, Verb, []string{""}, ""},
	{"deplore", Criticized, Verb, []string{""}, ""},
	{"slam", Criticized, Verb, []string{""}, ""},
	{"rebuke", Criticized, Verb, []string{""}, ""},
	{"blast", Criticized, Verb, []string{""}, ""},
	{"decry", Criticized, Verb, []string{""}, ""},
	{"confront", Criticized, Verb, []string{""}, ""},
	{"criticism", Criticized, Noun, []string{"of"}, ""},
	{"condemnation", Criticized, Noun, []string{"of"}, ""},
	{"accuse", Accused, Verb, []string{""}, ""},
	{"blame", Accused, Verb, []string{"", "on"}, ""},
	{"accusation", Accused, Noun, []string{"against"}, ""},
	{"protest", ProtestedTo, Verb, []string{"to"}, ""},
	{"summon", ProtestedTo, Verb, []string{""}, ""},
	{"investigate", Investigated, Verb, []string{""}, ""},
	{"probe", Investigated, Verb, []string{""}, ""},
	{"investigation", Investigated, Noun, []string{"of", "into"}, ""},
	{"inquiry", Investigated, Noun, []string{"into"}, ""},
	{"reject", Rejected, Verb, []string{""}, ""},
	{"dismiss", Rejected, Verb, []string{""}, ""},
	{"rebuff", Rejected, Verb, []string{""}, ""},
	{"spurn", Rejected, Verb, []string{""}, ""},
	{"veto", Vetoed, Verb, []string{""}, ""},
	{"threaten", Threatened, Verb, []string{""}, ""},
	{"warn", Threatened, Verb, []string{""}, ""},
	{"threat", Threatened, Noun, []string{"to", "against"}, ""},
	{"sanction", Sanctioned, Verb, []string{""}, ""},
	{"blacklist", Sanctioned, Verb, []string{""}, ""},
	{"sanctions", Sanctioned, Noun, []string{"on", "against"}, ""},
	{"embargo", Sanctioned, Noun, []string{"on", "against"}, ""},
	{"expel", DowngradedRelations, Verb, []string{""}, ""},
	{"sever", DowngradedRelations, Verb, []string{"with"}, ""},
	{"cut", DowngradedRelations, Verb, []string{"with"}, "ties"},
	{"attack", Attacked, Verb, []string{""}, ""},
	{"strike", Attacked, Verb, []string{""}, ""},
	{"bomb", Attacked, Verb, []string{""}, ""},
	{"shell", Attacked, Verb, []string{""}, ""},
	{"invade", Attacked, Verb, []string{""}, ""},
	{"hit", Attacked, Verb, []string{""}, ""},
	{"target", Attacked, Verb, []string{""}, ""},
	{"fight", Attacked, Verb, []string{"", "against"}, ""},
	{"raid", Attacked, Verb, []string{""}, ""},
	{"pound", Attacked, Verb, []string{""}, ""},
	{"tackle", Attacked, Verb, []string{""}, ""},
	{"kill", Attacked, Verb, []string{""}, ""},
	{"defeat", Attacked, Verb, []string{""}, ""},
	{"shoot", Attacked, Verb, []string{""}, "down"},
	{"attack", Attacked, Noun, []string{"on", "against"}, ""},
	{"strike", Attacked, Noun, []string{"on", "against"}, ""},
	{"airstrike", Attacked, Noun, []string{"on", "against"}, ""},
	{"bombing", Attacked, Noun, []string{"of"}, ""},
	{"offensive", Attacked, Noun, []string{"against", "on"}, ""},
	{"fighting", Attacked, Noun, []string{"between", "against", "with"}, ""},
	{"war", Attacked, Noun, []string{"against", "on", "with"}, ""},
	{"invasion", Attacked, Noun, []string{"of"}, ""},
	{"campaign", Attacked, Noun, []string{"against"}, ""},
}
