package extract

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/diplograph/diplograph/extract/lemma"
	"github.com/diplograph/diplograph/schema"
)

// Relations read from the dependency tree. A trigger (a verb or noun of the
// lexicon) takes its arguments from its dependents: a verb's subject
// (nsubj), its object (obj) or an oblique with the entry's preposition; in
// the passive, the subject is the "by" oblique and the object the passive
// subject; a noun's subject is its possessor, an actor compound or
// adjective, a "by"/"from" dependent, or the subject of the light verb that
// takes it as object ("held talks with"). Control (xcomp) lends the
// controller's subject, or object for verbs like "urge"; relative clauses
// lend their head noun; conjuncts share arguments on either side.

// clause is one sentence's view for the rules: tokens, tree and mentions.
type clause struct {
	x    *Extractor
	toks []token
	t    *tree
	ms   []Mention
	st   *state
	// headOf[i] is the mention whose syntactic head is token i, or -1;
	// within[i] the mention that covers token i, or -1.
	headOf, within []int
	// resolving[i]: corefer is finding what token i refers to; a second
	// call for it while the first runs (a noun before a pronoun whose
	// phrase holds the pronoun) finds nothing, instead of recursing.
	resolving []bool
	// trigger is the word whose relations are being read (fromTree), or -1.
	trigger int
	// acts are the asserted acts read, with or without an object ("American
	// warplanes struck targets in Tripoli"), for later references back
	// (state.noteActs).
	acts []event
}

func newClause(x *Extractor, toks []token, t *tree, ms []Mention, st *state) *clause {
	c := &clause{x: x, toks: toks, t: t, ms: ms, st: st, headOf: make([]int, len(toks)), within: make([]int, len(toks)), resolving: make([]bool, len(toks)), trigger: -1}
	for i := range toks {
		c.headOf[i], c.within[i] = -1, -1
	}
	for k, m := range ms {
		for i := m.Start; i < m.End; i++ {
			c.within[i] = k
		}
		c.headOf[c.mentionHead(m)] = k
	}
	return c
}

// subjects returns the actors of the main clause's subject: what "they"
// in the next sentence refers to when it names two or more ("Russia and
// China vetoed the resolution"), and a sentence-initial "It" when one.
func (c *clause) subjects() []schema.Actor {
	r := rootOf(c.t)
	if r < 0 {
		return nil
	}
	s := c.t.child(r, "nsubj")
	if s < 0 {
		return nil
	}
	var out []schema.Actor
	for _, k := range c.t.conjuncts(s) {
		if m := c.headOf[k]; m >= 0 && len(c.ms[m].Actors) == 1 && !c.ms[m].Place {
			out = append(out, c.ms[m].Actors[0])
		}
	}
	if len(out) == 0 && c.headOf[s] < 0 && agentNouns[c.t.lemma[s]] {
		// "China's Foreign Ministry lodged …. It also …": the state the
		// office stands for.
		for _, m := range c.actorsOf(s, false) {
			if len(m.Actors) == 1 && m.Actors[0].Kind != schema.Person {
				out = append(out, m.Actors[0])
			}
		}
	}
	if p := c.t.child(s, "nmod:poss"); len(out) == 0 && c.headOf[s] < 0 && p >= 0 {
		// "Trump's trip to Asia has been a sales job. He has urged
		// Japan …": the person whose act the subject is.
		if m := c.headOf[p]; m >= 0 && len(c.ms[m].Actors) == 1 && c.ms[m].Actors[0].Kind == schema.Person {
			out = append(out, c.ms[m].Actors[0])
		}
	}
	return out
}

// distributive reports whether the clause of trigger i says its subjects
// act each on their own: "each hold summits", "met separately".
func (c *clause) distributive(i int) bool {
	for v, n := i, 0; v >= 0 && n < 3; v, n = c.t.head[v], n+1 {
		for _, k := range c.t.kids[v] {
			l := c.t.lemma[k]
			if (c.t.rel[k] == "advmod" && (l == "each" || l == "separately" || l == "respectively" || l == "individually") || c.t.rel[k] == "det" && l == "each" && v != i) &&
				!(k+1 < len(c.toks) && c.toks[k+1].key == ",") { // not the opener "Separately, …"
				return true
			}
		}
		if strings.HasPrefix(c.t.tag[v], "VB") {
			break
		}
	}
	return false
}

// namedHead returns the person a relative clause's noun is in apposition
// to, or the noun: "Lavrov, Russia's foreign minister, who was received
// by …" is about the man named, not Russia.
func (c *clause) namedHead(a int) int {
	if h := c.t.head[a]; c.t.rel[a] == "appos" && h >= 0 && c.headOf[h] >= 0 && (c.ms[c.headOf[h]].Actors[0].Kind == schema.Person || c.headOf[a] < 0 && strings.HasPrefix(c.t.tag[a], "NN") && !strings.HasPrefix(c.t.tag[a], "NNP")) {
		return h // (and "Kataib Hezbollah, an Iran-backed militia which Washington accuses of …")
	}
	return a
}

// thingObject reports whether the main verb's object is a thing: a
// singular common noun that names no actor ("rejected the proposal").
func (c *clause) thingObject() bool {
	r := rootOf(c.t)
	if r < 0 {
		return false
	}
	o := c.t.child(r, "obj")
	if o < 0 || c.t.tag[o] != "NN" || c.headOf[o] >= 0 {
		return false
	}
	_, actor := c.corefer(o) // "the kingdom" is no thing
	return !actor
}

// mentionHead is the token of m whose head lies outside m: the last such
// ("Russian Foreign Minister Sergey Lavrov" → Lavrov).
func (c *clause) mentionHead(m Mention) int {
	h := m.End - 1
	for i := m.End - 1; i >= m.Start; i-- {
		if p := c.t.head[i]; p < m.Start || p >= m.End {
			h = i
			if !strings.HasPrefix(c.t.rel[i], "compound") && c.t.rel[i] != "amod" && c.t.rel[i] != "nmod:poss" {
				return i
			}
		}
	}
	return h
}

// agentNouns stand for the actor that modifies them: "Syrian government
// forces", "Russia's envoy", "officials of the EU".
var agentNouns = map[string]bool{
	"government": true, "force": true, "forces": true, "troop": true, "army": true, "military": true,
	"official": true, "regime": true, "ministry": true, "diplomat": true, "envoy": true, "ambassador": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "delegation": true, "junta": true, "staff": true, "agent": true, "service": true, "leader": true,
	"leadership": true, "authority": true, "jet": true, "warplane": true, "aircraft": true, "navy": true, "gunship": true, "helicopter": true,
	"administration": true, "embassy": true, "side": true, "soldier": true, "militia": true, "fighter": true,
	"coalition": true, "representative": true, "negotiator": true, "delegate": true, "cabinet": true, "state": true,
	"counterpart": true, "minister": true, "president": true, "parliament": true, "premier": true,
	"intelligence": true, "drone": true, "missile": true, "plane": true, "bomber": true, "warship": true,
	"artillery": true, "police": true, "mission": true, "team": true, "unit": true, "member": true,
	"president's": true, "security": true, "agency": true, "office": true,
	"general": true, "commander": true, "officer": true, "lawmaker": true, "legislator": true,
	"senator": true, "politician": true, "prosecutor": true, "investigator": true, "chief": true,
	"inspector": true, "peacekeeper": true, "panel": true, // not "monitor": "a Britain-based monitor" is no British agent
	"head": true, "adviser": true, "advisor": true, "aide": true, "secretary": true,
	"bloc": true, "camp": true, "presidency": true, "palace": true,
	// A state's agents and armed men: "Russian hackers", "Cuban thugs".
	"hacker": true, "thug": true, "mercenary": true, "tank": true, "carrier": true, "destroyer": true, "frigate": true, "submarine": true, "vessel": true, "ship": true, "gunboat": true,
	"sailor": true, "marine": true, "pilot": true, "commando": true, "guard": true,
	// An armed group's men: "jihadists from the Islamic State" (irregularNouns).
	"jihadist": true, "militant": true, "insurgent": true, "gunman": true, "guerrilla": true, "extremist": true, "terrorist": true, "faction": true,
	"policeman": true, "serviceman": true, "paratrooper": true, "operative": true, "seal": true, "ranger": true, "trooper": true,
	"personnel": true, "contractor": true, "loyalist": true,
}

// irregularNouns are armed men of a group, not of a state: a demonym on
// them is their nationality ("a Tunisian militant", "Syrian militants").
var irregularNouns = map[string]bool{
	"jihadist": true, "militant": true, "insurgent": true, "gunman": true, "guerrilla": true, "extremist": true, "terrorist": true, "faction": true,
}

// kinNouns name a person or actor by a relation to another, so their
// possessor is not who they stand for: "Syria's allies", "Putin's critics".
var kinNouns = map[string]bool{
	// Groups of a country are not the country ("Ukraine's rebels"), and
	// an actor's end is not the actor ("backed al-Maliki's exit").
	"rebel": true, "separatist": true, "militant": true, "insurgent": true, "opposition": true,
	"dissident": true, "exit": true, "departure": true, "ouster": true, "removal": true,
	"downfall": true, "resignation": true, "defeat": true, "fall": true, "collapse": true,
	"isolation": true, "overthrow": true,
	"ally": true, "enemy": true, "rival": true, "critic": true, "opponent": true, "foe": true,
	"adversary": true, "neighbour": true, "neighbor": true, "victim": true, "friend": true,
	"partner": true, "supporter": true, "backer": true, "detractor": true, "son": true,
	"daughter": true, "wife": true, "husband": true, "family": true, "brother": true, "father": true,
	"mother": true, "successor": true, "predecessor": true, "sponsor": true, "patron": true,
	"proxy": true, "client": true, "host": true, "guest": true,
}

// placeNouns are places an attack may hit; they stand for an actor only as
// "X-held" or "X-controlled" ("bombing of rebel-held areas"): a town or a
// city alone names no party.
var placeNouns = map[string]bool{
	"area": true, "town": true, "city": true, "village": true, "district": true, "neighborhood": true,
	"neighbourhood": true, "region": true, "zone": true, "enclave": true, "pocket": true, "suburb": true,
	"port": true, "harbor": true, "harbour": true, "province": true, "governorate": true, "county": true,
}

var holdSuffixes = map[string]bool{"held": true, "controlled": true, "occupied": true, "run": true, "dominated": true}

// sumWords name a sum of money that stands for what it buys.
var sumWords = map[string]bool{"$": true, "billion": true, "million": true, "dollar": true, "euro": true, "worth": true}

// quantNouns pick part of the group their "of" names: "some of the
// rebels", "members of Hezbollah", "two of the militias".
var quantNouns = map[string]bool{
	"some": true, "many": true, "most": true, "all": true, "one": true, "several": true, "part": true,
	"member": true, "each": true, "none": true, "any": true, "majority": true, "few": true, "unit": true,
	"elements": true, "element": true, "faction": true, "wing": true, "branch": true, "house": true, "chamber": true, // "both houses of Congress"
	"dozen": true, "dozens": true, "score": true, "scores": true, "hundred": true, "hundreds": true,
	"thousand": true, "thousands": true, "handful": true, "couple": true,
	// Land: "occupied a strip of Eritrea's border region".
	"parts": true, "strip": true, "swath": true, "swathe": true, "stretch": true, "chunk": true, "portion": true,
}

// targetNouns stand, as objects, for the actor that owns them: "vetoed a
// UN resolution", "rejected Iran's ultimatum", "shelled positions of the
// rebels", "condemned Russia's role".
var targetNouns = map[string]bool{
	"resolution": true, "draft": true, "proposal": true, "plan": true, "demand": true, "ultimatum": true,
	"claim": true, "offer": true, "invitation": true, "overture": true, "request": true, "pressure": true, "plea": true, "bid": true, "position": true, "stronghold": true,
	"territory": true, "base": true, "role": true, "action": true, "policy": true, "decision": true,
	"move": true, "statement": true, "call": true, "accusation": true, "allegation": true, "motion": true,
	"denial": true, "account": true, "version": true, "stance": true, "membership": true,
	"convoy": true, "headquarters": true, "camp": true, "outpost": true, "facility": true, "interest": true,
	"text": true, "nature": true, "handling": true, "treatment": true, "record": true, "initiative": true, "program": true, "programme": true, "conduct": true, "behaviour": true,
	"behavior": true, "support": true, "interference": true, "involvement": true, "intervention": true,
	"aggression": true, "occupation": true, "annexation": true, "test": true, "launch": true, "line": true,
	"expansion": true, "enlargement": true, "effort": true, "attempt": true, "institution": true, "contract": true, "right": true,
	// Arms a strike hits in their state's name: "struck Libyan government tanks".
	"tank": true, "submarine": true, "frigate": true, "destroyer": true, "defense": true, "defence": true,
	// Installations and assets an attack strikes: "a strike on a Syrian airbase".
	"airbase": true, "airfield": true, "airport": true, "consulate": true, "embassy": true, "ship": true, "vessel": true,
	"tanker": true, "depot": true, "installation": true, "site": true, "target": true, "compound": true,
	"post": true, "checkpoint": true, "garrison": true, "warship": true, "drone": true,
	"plane": true, "jet": true, "aircraft": true, "warplane": true, "helicopter": true, "bomber": true,
	"missile": true, "launcher": true, "battery": true, "system": true, // "bought the Russian missile system"
	"tunnel": true, "hideout": true, "bunker": true, "barracks": true, "barrack": true, "arsenal": true, "warehouse": true,
	"vehicle": true, "truck": true, "boat": true, "patrol": true, "unit": true, "cell": true, "infrastructure": true,
	"field": true, "refinery": true, "pipeline": true, "plant": true, "reactor": true, "emplacement": true, "gathering": true,
	"bastion": true, "enclave": true, "holdout": true, "pocket": true, "insurgency": true,
	// A state's own land taken or struck: "took over Iraq's second city", "annexed Ukraine's Crimea".
	"city": true, "capital": true, "island": true, "peninsula": true,
}

// namedAs returns the name a noun is given by a participle of naming, or
// -1: "a general called Qasem Soleimani", "a militia known as the YPG".
func (c *clause) namedAs(i int) int {
	t := c.t
	if !strings.HasPrefix(t.tag[i], "NN") {
		return -1
	}
	for _, v := range t.kids[i] {
		if v != i+1 || t.rel[v] != "acl" || t.tag[v] != "VBN" && t.tag[v] != "VBD" {
			continue
		}
		if k := c.prepChild(v, "as"); t.lemma[v] == "know" && k >= 0 && c.headOf[k] >= 0 {
			return k // "a militia known as the YPG"
		}
		if !nameGivers[t.lemma[v]] {
			continue
		}
		for _, k := range t.kids[v] {
			if (t.rel[k] == "xcomp" || t.rel[k] == "obj") && k == c.t.kids[v][0] && c.headOf[k] >= 0 {
				return k
			}
		}
	}
	return -1
}

// nameGivers give a thing its name.
var nameGivers = map[string]bool{"call": true, "name": true, "dub": true}

// actorsOf returns the mentions a word stands for: its own mention, or the
// actor of an agent noun ("Syrian forces"), or, for an object, of a target
// noun ("a UN resolution"); with pronouns and definite descriptions
// resolved to earlier actors.
func (c *clause) actorsOf(i int, object bool) []Mention {
	return c.actorsDepth(i, object, 0)
}

func (c *clause) actorsDepth(i int, object bool, depth int) []Mention {
	if k := c.headOf[i]; k >= 0 {
		if c.ms[k].Place && !object {
			return nil
		}
		if n := c.possessedActor(k); n >= 0 && c.t.rel[i] != "nmod:poss" {
			// "between Syria, Iran and Lebanon's Shiite Hezbollah party"
			// with the possessor hung as the conjunct: the possessed actor
			// is the party, its possessor only where it is based.
			return []Mention{c.ms[n]}
		}
		if m, ok := c.speakerOf(i); ok {
			return m // "Schumer said he would …": he is the one who said it
		}
		if m, ok := c.notRelativized(i, c.ms[k]); ok {
			return []Mention{m}
		}
		if m, ok := c.parallelSubject(i, c.ms[k]); ok {
			return []Mention{m}
		}
		return append([]Mention{c.ms[k]}, c.coordDemonyms(c.ms[k].Start)...)
	}
	if depth > 2 {
		return nil
	}
	if k := c.prepChild(i, "of"); c.toks[i].key == "likes" && k > i && c.t.hasChildLemma(i, "det", "the") {
		return c.argsOf(k, object) // "attacks on the likes of North Korea's leader": those named
	}
	l := c.t.lemma[i]
	if k := c.t.child(i, "appos"); k > i && strings.HasPrefix(c.t.tag[i], "NN") && c.headOf[k] >= 0 && (c.ms[c.headOf[k]].Actors[0].Known || c.ms[c.headOf[k]].Actors[0].Kind != schema.Person || titleWords[c.toks[i].key] || c.describedBySide(i) ||
		c.ms[c.headOf[k]].Start == i+1 && c.t.tag[i] == "NN") { // (a role right before the name: "contractor Edward Snowden")
		// "Trump's predecessor, Barack Obama", "Russia's ambassador to
		// Britain, Alexander Yakovenko,": the apposition names him;
		// "Syria's backers, Russia and Iran,", "the two men, Putin and
		// Erdogan,": them. The names win over what a description
		// would refer back to.
		if got := c.actorsDepth(k, object, depth+1); c.t.tag[i] == "NNS" {
			return c.withConj(k, got, object, depth+1)
		} else {
			return got
		}
	}
	if k := c.namedAs(i); k >= 0 {
		return c.actorsDepth(k, object, depth+1) // "an Iranian general called Qasem Soleimani": the name
	}
	if n := c.nameOfUnknown(i); n >= 0 {
		// "Bolivia's ambassador to the UN, Sacha Sergio Llorenti Soliz,
		// who criticized the US": a name the dictionaries lack stands for
		// the office its apposition names.
		return c.actorsDepth(n, object, depth+1)
	}
	if h := c.t.head[i]; c.t.rel[i] == "appos" && h >= 0 && h < i && c.headOf[h] >= 0 && c.t.tag[i] == "NN" && describedKinds[l] != "" && !c.ms[c.headOf[h]].Place &&
		c.ms[c.headOf[h]].Actors[0].Kind == describedKinds[l] {
		// "Hezbollah, a group aligned with Iran": the group is the one
		// the apposition describes (its clause's subject).
		return c.actorsDepth(h, object, depth+1)
	}
	if c.toks[i].key == "they" {
		if m, ok := c.speakerOf(i); ok {
			return m
		}
	}
	if m, ok := c.corefer(i); ok {
		return []Mention{m}
	}
	if bodyNouns[l] && c.t.tag[i] == "NN" {
		// "the G7 group of industrialised countries", "the OPEC bloc": a
		// body's name before a noun for a body is the body (not "EC
		// consumer groups").
		for _, k := range c.t.kids[i] {
			if n := c.headOf[k]; k < i && c.t.rel[k] == "compound" && n >= 0 && len(c.ms[n].Actors) == 1 && c.ms[n].Actors[0].Kind == schema.Organization {
				return []Mention{c.ms[n]}
			}
		}
	}
	if k := c.tiedActor(i); k >= 0 && object {
		return c.argsOf(k, object) // "sanctions on people linked to the Revolutionary Guards": on the Guards
	}
	if k, v := c.prepChild(i, "of"), c.t.head[i]; dangerNouns[l] && object && k >= 0 && c.headOf[k] >= 0 && c.t.rel[i] == "obj" && v >= 0 && (fightingLemmas[c.t.lemma[v]] || c.t.lemma[v] == "counter" || c.t.lemma[v] == "tackle") {
		return c.argsOf(k, object) // "help Yemen combat the threat of al-Qaida": the threat's maker is fought
	}
	if k := c.prepChild(i, "of"); stateOfNouns[l] && c.t.tag[i] == "NN" && k >= 0 && c.headOf[k] >= 0 && c.ms[c.headOf[k]].Actors[0].Kind == schema.Country {
		return []Mention{c.ms[c.headOf[k]]} // "the Gulf nation of Qatar", "the State of Israel": the state named
	}
	if leaderGovNouns[l] {
		// "the government of President Bashar al-Assad", "the regime of
		// Syrian President Assad": the leader's state.
		if k := c.prepChild(i, "of"); k >= 0 && c.headOf[k] >= 0 {
			if a := c.ms[c.headOf[k]].Actors[0]; a.Kind == schema.Person {
				if ca := c.countryOf(a, c.toks[i].text); ca != nil {
					return []Mention{{Actors: []schema.Actor{*ca}, Start: i, End: i + 1}}
				}
			}
		}
	}
	if leaderGovNouns[l] && l != "administration" && !slices.ContainsFunc(c.t.kids[i], func(m int) bool {
		return m < i && c.toks[m].cap() && (c.headOf[m] < 0 || compoundRel[c.ms[c.headOf[m]].Suffix] == "")
	}) {
		// "fighting the US-backed government of Yemen", "the internationally
		// recognised government in Yemen": the government of the state
		// named after it (one named before is its own mention; "the
		// Kurdish government in Iraq" is another's).
		for _, k := range c.t.kids[i] {
			if n := c.headOf[k]; n >= 0 && relIs(c.t.rel[k], "nmod") && (c.t.caseOf(k) == "of" || c.t.caseOf(k) == "in") && c.ms[n].Actors[0].Kind == schema.Country {
				var got []Mention // "the military governments of Mali and Burkina Faso": both
				for _, j := range c.t.conjuncts(k) {
					if n := c.headOf[j]; n >= 0 {
						got = append(got, c.ms[n])
					}
				}
				return statesOf(got, false)
			}
		}
		if n := mentionStarting(c.ms, i+2); n >= 0 && c.toks[i+1].key == "in" && c.ms[n].Actors[0].Kind == schema.Country {
			return statesOf(coordRight(c.ms, c.toks, n), false) // "in Yemen" hung on the verb; "governments in Syria and Iran"
		}
	}
	if m := mentionStarting(c.ms, i+1); m >= 0 && strings.HasPrefix(c.t.tag[i], "NNS") && pluralRelNouns[c.toks[i].key] {
		// "threatened U.S. allies Japan and South Korea": the names after
		// the relational noun, however the parser hung them.
		return coordRight(c.ms, c.toks, m)
	}
	if h := c.t.head[i]; h >= 0 && c.isRelativePronoun(i) && depth == 0 {
		// "Canada and Mexico, which are in negotiations with the US":
		// the relative pronoun stands for the phrase the clause modifies,
		// or the phrase before it when the parser hung the clause elsewhere.
		a := c.t.head[h]
		if c.t.rel[h] != "acl:relcl" {
			a = c.antecedent(i)
		}
		if a >= 0 {
			a = c.namedHead(a)
		}
		if a >= 0 && !c.singular(h) {
			for c.t.rel[a] == "conj" && c.t.head[a] >= 0 && i > 0 && c.toks[i-1].key == "," {
				a = c.t.head[a] // "Canada and Mexico, which are": both; "troops and rebels who battled": the rebels
			}
			// "France, which had threatened …, and Germany": a conjunct
			// after the clause is not what the clause is about.
			return slices.DeleteFunc(c.withConj(a, c.actorsDepth(a, object, depth+1), object, depth+1), func(m Mention) bool { return m.Start > i })
		}
		if a >= 0 {
			return c.actorsDepth(a, object, depth+1)
		}
	}
	if m, ok := c.demonym(i); ok {
		return []Mention{m}
	}
	if object && c.toks[i].key == "what" && depth < 2 {
		// "criticized what he called the rogue regimes of Iran, Syria and
		// Cuba", "condemned what it called aggression by the United
		// States": what is so named.
		for _, v := range c.t.kids[i] {
			if c.t.rel[v] != "acl:relcl" || !whatNamingLemmas[c.t.lemma[v]] {
				continue
			}
			o := c.t.child(v, "obj")
			if o < 0 {
				o = c.t.child(v, "xcomp") // "what Moscow said were Islamic State positions" (see whatNamed)
			}
			if k := c.prepChild(v, "as"); o < 0 && k >= 0 {
				o = k // "what it describes as Iranian targets"
			}
			if o >= 0 {
				if got := c.withConj(o, c.actorsDepth(o, object, depth+1), object, depth+1); len(got) > 0 {
					return got
				}
			}
		}
		for _, k := range c.t.kids[i] {
			if c.t.rel[k] == "obl:agent" || relIs(c.t.rel[k], "nmod") && c.t.caseOf(k) == "by" {
				return c.argsOf(k, true)
			}
		}
	}
	if a := c.t.child(i, "amod"); a >= 0 && c.t.lemma[a] == "loyal" && militaryNouns[l] {
		// "forces loyal to the Syrian regime": the regime's forces.
		if k := c.prepChild(a, "to"); k >= 0 {
			return c.actorsDepth(k, object, depth+1)
		}
	}
	if l == "alliance" || l == "coalition" || l == "umbrella" {
		// "backs an alliance of Kurdish YPG fighters and Arab groups": its members.
		if k := c.prepChild(i, "of"); k >= 0 {
			if got := c.withConj(k, c.actorsDepth(k, object, depth+1), object, depth+1); len(got) > 0 {
				return got
			}
		}
	}
	if object && garrisonNouns[l] {
		// "struck bases housing US troops": the troops a base holds.
		for _, k := range c.t.kids[i] {
			if o := c.t.child(k, "obj"); o >= 0 && c.t.rel[k] == "acl" && (c.t.lemma[k] == "house" || c.t.lemma[k] == "host" || c.t.lemma[k] == "station") {
				if got := c.withConj(o, c.actorsDepth(o, object, depth+1), object, depth+1); len(got) > 0 {
					return got
				}
			}
		}
	}
	// "rebel groups including Jaish al-Fatah and Jund al-Aqsa", "countries
	// such as Iran": the named members.
	for _, k := range c.t.kids[i] {
		if c.t.rel[k] == "acl" && c.t.lemma[k] == "include" {
			if o := c.t.child(k, "obj"); o >= 0 {
				if got := c.withConj(o, c.actorsDepth(o, object, depth+1), object, depth+1); len(got) > 0 {
					return got
				}
			}
		}
		if relIs(c.t.rel[k], "nmod") {
			// Not "conflicts, including in Syria": places.
			// A plural noun's "like" gives examples of its kind too:
			// "countries like Hungary and Poland" (but "Islamic State
			// leaders like Haji Iman" stand for the group they lead).
			like := c.t.caseOf(k) == "like" && c.t.tag[i] == "NNS" && actorClasses[l] && !slices.ContainsFunc(c.t.kids[i], func(m int) bool { return m < i && (c.headOf[m] >= 0 || c.within[m] >= 0) })
			if cs := c.t.caseOf(k); (memberCases[cs] || like) && !c.t.hasChildLemma(k, "case", "in", "at", "on", "near") {
				if got := c.withConj(k, c.actorsDepth(k, object, depth+1), object, depth+1); len(got) > 0 {
					return got
				}
			}
		}
	}
	if object {
		// "rebel-held Idlib": a place stands for whoever holds it.
		for _, k := range c.t.kids[i] {
			if m := c.headOf[k]; m >= 0 && holdSuffixes[c.ms[m].Suffix] {
				return []Mention{c.ms[m]}
			}
		}
	}
	if object && heldNouns[l] {
		// "targeted positions held by Kurdish forces": the holder's (but
		// "a visit to territory held by Kurdish fighters" is to the state's).
		for _, k := range c.t.kids[i] {
			if a := c.t.child(k, "obl:agent"); c.t.rel[k] == "acl" && (c.t.lemma[k] == "hold" || c.t.lemma[k] == "control") && a >= 0 {
				return c.argsOf(a, true)
			}
		}
	}
	if object && placeNouns[l] {
		// "rebel-held areas", "areas held by rebels": the place stands
		// for whoever holds it.
		for _, k := range c.t.kids[i] {
			if m := c.headOf[k]; m >= 0 && holdSuffixes[c.ms[m].Suffix] {
				return []Mention{c.ms[m]}
			}
			if c.t.rel[k] == "acl" && (c.t.lemma[k] == "hold" || c.t.lemma[k] == "control") {
				if a := c.t.child(k, "obl:agent"); a >= 0 {
					return c.argsOf(a, true)
				}
			}
			if m := c.headOf[k]; l == "city" && c.t.rel[k] == "nmod:poss" && m >= 0 && c.ms[m].Actors[0].Kind == schema.Country {
				return []Mention{c.ms[m]} // "took over Iraq's second largest city": the state's own
			}
		}
		return nil
	}
	if quantNouns[l] || c.t.tag[i] == "CD" || object && sumWords[l] {
		// "some of the rebels", "members of the group": the group itself;
		// "tariffs on $60 billion of US goods": the goods.
		for _, k := range c.t.kids[i] {
			if object && sumWords[l] && (c.t.lemma[k] == "worth" || relIs(c.t.rel[k], "nmod") && c.t.caseOf(k) == "in") {
				if got := c.actorsDepth(k, object, depth+1); len(got) > 0 {
					return got // "tariffs on $75 billion in U.S. goods", "$200 billion worth of Chinese goods"
				}
			}
			if relIs(c.t.rel[k], "nmod") && c.t.caseOf(k) == "of" {
				var got []Mention // "elements of the Taliban and the Haqqani network": both
				for _, j := range c.t.conjuncts(k) {
					got = append(got, c.actorsDepth(j, object, depth+1)...)
				}
				if l == "member" && len(got) > 0 && got[0].Actors[0].ID == "UNSC" && c.t.hasChildLemma(i, "amod", "permanent") && !c.t.hasChildLemma(i, "amod", "other") && !c.t.hasChildLemma(i, "det", "a") {
					// "the five permanent members of the Security Council
					// (and Germany)": its five permanent members.
					return append(c.permanentMembers(got[0]), got[1:]...)
				}
				if l == "member" && len(got) == 1 && got[0].Actors[0].Kind == schema.Organization && (c.t.child(i, "nummod") >= 0 || c.t.hasChildLemma(i, "det", "some", "several", "few", "both")) {
					return nil // "the two veto-wielding members of the U.N. Security Council": some of its states, not the body ("met members of the Council")
				}
				return got
			}
		}
		for _, k := range c.t.kids[i] {
			if m := c.headOf[k]; l == "member" && c.t.rel[k] == "compound" && m >= 0 && c.ms[m].Actors[0].Kind == schema.Group {
				return []Mention{c.ms[m]} // "killed 10 Hamas members": an armed group's own men
			}
		}
		if l != "unit" && l != "faction" {
			return nil // but "Syrian army units", "opposition factions" are theirs (a member of NATO is no NATO)
		}
	}
	if object && (summaryNouns[l] || claimSums[l]) && c.t.child(i, "nmod:poss") < 0 && c.summedAfterComma(i) {
		// "U.S. troops rolled into Poland, a move the Kremlin condemned",
		// "…, in a move Tokyo condemned":
		// the move is the clause's, whoever made it; "Iran said the drone
		// had violated its airspace, a claim Washington rejected": a
		// claim is the speaker's.
		h := c.t.head[i]
		if r := c.t.rel[i]; r == "appos" || r == "dep" || r == "parataxis" || relIs(r, "obl") || relIs(r, "nmod") || r == "conj" && c.t.child(i, "cc") < 0 ||
			r == "obj" && h >= 0 && c.t.child(h, "ccomp") >= 0 && c.t.child(h, "ccomp") < i { // "France said mercenaries had killed civilians, an allegation/obj-of-said Moscow called baseless"
			v := c.t.head[i] // (and a conjunct with no "and": "targeted a U.S. destroyer, a claim/conj the Pentagon dismissed")
			for v >= 0 && !strings.HasPrefix(c.t.tag[v], "VB") {
				v = c.t.head[v]
			}
			if claimSums[l] {
				for w := v; w >= 0; w = c.t.head[w] {
					if speechLemmas[c.t.lemma[w]] || c.t.lemma[w] == "accuse" || c.t.lemma[w] == "find" || c.t.lemma[w] == "investigate" || c.t.lemma[w] == "warn" {
						v = w
						break
					}
				}
			}
			if v >= 0 {
				if got := c.subjectOf(v, 0); len(got) > 0 {
					return got
				}
			}
		}
	}
	if object && depth == 0 {
		if got := c.recalledEvent(i); len(got) > 0 {
			return got
		}
		if got := c.deniedCharge(i); len(got) > 0 {
			return got
		}
	}
	if object && summaryNouns[l] && c.t.hasChildLemma(i, "det", "the", "this", "that") && !c.owned(i) {
		// "The US ordered China to close its consulate, and Beijing
		// condemned the move": the move of the clause it is coordinated
		// with, or else of the sentence before's subject ("The US imposed
		// tariffs. Beijing condemned the move.").
		if v := c.t.head[i]; v >= 0 && c.t.rel[i] == "obj" {
			own := c.subjectOf(v, 0)
			if h := c.t.head[v]; h >= 0 && (c.t.rel[v] == "conj" || c.t.rel[v] == "parataxis") && strings.HasPrefix(c.t.tag[h], "VB") {
				if got := c.subjectOf(h, 0); len(got) > 0 && !slices.ContainsFunc(got, func(m Mention) bool { return slices.ContainsFunc(own, func(o Mention) bool { return sameActor(m, o) }) }) {
					return got
				}
			} else if c.t.head[v] < 0 && len(c.st.prevSubjects) > 0 && len(c.st.prevSubjects) <= 2 && len(own) > 0 {
				var got []Mention
				for _, a := range c.st.prevSubjects {
					if a.Kind != schema.Person && !slices.ContainsFunc(own, func(o Mention) bool { return o.Actors[0].ID == a.ID }) {
						got = append(got, Mention{Actors: []schema.Actor{a}, Start: i, End: i + 1})
					}
				}
				if len(got) > 0 {
					return got
				}
			}
		}
	}
	if !object && strikeNouns[l] && (c.t.tag[i] == "NN" || c.t.tag[i] == "NNS") {
		// "Air strikes carried out by the coalition killed …", "missiles
		// fired by Iran hit …": a strike, or what strikes, that acts is
		// its agent's.
		if got, ok := c.doneBy(i); ok {
			return got
		}
	}
	if h := c.t.head[i]; object && claimNouns[l] && h >= 0 && probeWords[c.t.lemma[h]] {
		// A claim investigated is about the one it names, not the one who
		// makes it: "an investigation into Turkey's claims that Russia
		// violated its airspace" (but "rejected Moscow's claims" rejects
		// Moscow).
		for _, k := range c.t.kids[i] {
			if (c.t.rel[k] == "acl" || c.t.rel[k] == "ccomp") && c.t.hasChildLemma(k, "mark", "that") {
				if s := c.t.child(k, "nsubj"); s >= 0 {
					return c.argsOf(s, false)
				}
			}
		}
		if k := c.prepChild(i, "of"); k >= 0 {
			return c.argsOf(k, true) // "an investigation into accusations of Russian meddling"
		}
		return nil // "look into Syrian rebel reports": what the reports tell, not their authors
	}
	if k := c.prepChild(i, "of"); object && (l == "list" || l == "set" || seriesNouns[l]) && k >= 0 && targetNouns[c.t.lemma[k]] {
		return c.actorsDepth(k, object, depth+1) // "rejected the list of demands presented by Saudi Arabia"
	}
	if object && !agentNouns[l] && !targetNouns[l] && (c.t.tag[i] == "NN" || c.t.tag[i] == "NNS") && !kinNouns[l] && !topicNouns[l] && !heldPeopleNouns[l] {
		// Any thing an actor owns stands for it as an object: "praised
		// Mexico's efforts", "condemned Mr Trump's decision".
		if k := c.t.child(i, "nmod:poss"); k >= 0 {
			if got := c.actorsDepth(k, object, depth+1); len(got) > 0 {
				return c.withConj(k, got, object, depth+1)
			}
		}
		// "dismissed remarks by Pence", "condemned the attack by Israel",
		// "denounced the sanctions imposed by the EU": an act stands for
		// whoever did it.
		if got, ok := c.doneBy(i); ok {
			return got
		}
		if got := c.judgedParties(i); len(got) > 0 {
			return got
		}
		// "voiced contempt for EU actions", "criticized US policy": an
		// actor's acts stand for it.
		if actNouns[l] || stateActNouns[l] {
			for _, k := range c.t.kids[i] {
				if c.t.rel[k] == "compound" && c.headOf[k] >= 0 && !(topicCompoundNouns[l] && c.countryByName(k)) {
					if got := c.actorsDepth(k, false, depth+1); len(got) > 0 {
						return got
					}
				}
				// "condemned Israeli settlements", "criticized Russian
				// meddling": a state's acts named by its demonym.
				if m, ok := c.demonym(k); ok && c.t.rel[k] == "amod" {
					return []Mention{m}
				}
			}
		}
		// "tariffs on Japanese goods", "blacklisted Iranian banks": what a
		// country's economy owns stands for the country.
		if ownedNouns[l] || c.dutiable(i) {
			for _, k := range c.t.kids[i] {
				if r := c.t.rel[k]; r == "amod" || r == "compound" {
					if m, ok := c.demonym(k); ok {
						return []Mention{m}
					}
					if got := c.actorsDepth(k, false, depth+1); len(got) > 0 && got[0].Actors[0].Kind == schema.Country {
						return got
					}
				}
				if r := c.t.rel[k]; r == "acl" && tieLemmas[c.t.lemma[k]] || relIs(r, "nmod") && c.t.caseOf(k) == "with" && tieLemmas[c.t.lemma[k]] {
					if to := c.prepChild(k, "to"); to >= 0 {
						if got := c.actorsDepth(to, true, depth+1); len(got) > 0 {
							return got // "sanctions on companies linked to the Iranian government", "entities with ties to the Kremlin"
						}
					}
				}
				if m, ok := c.stateIn(k); ok && relIs(c.t.rel[k], "nmod") {
					return []Mention{m} // "sanctions on 20 institutions in North Korea": the state's own
				}
				// "tariffs on all cars made in Mexico", "goods imported
				// from China": the country of origin.
				if r := c.t.rel[k]; (r == "acl" || r == "amod") && (c.t.lemma[k] == "make" || c.t.lemma[k] == "produce" || c.t.lemma[k] == "manufacture" || c.t.lemma[k] == "import" || c.t.lemma[k] == "ship" || c.t.lemma[k] == "build" || c.t.lemma[k] == "assemble") {
					for _, q := range c.t.kids[k] {
						if n := c.headOf[q]; relIs(c.t.rel[q], "obl") && (c.t.caseOf(q) == "in" || c.t.caseOf(q) == "from") && n >= 0 && c.ms[n].Actors[0].Kind == schema.Country {
							return statesOf(c.ms[n:n+1], false)
						}
					}
				}
			}
			if f := i + 1; f+1 < len(c.toks) && c.toks[f].key == "from" && l != "company" && l != "firm" && l != "bank" {
				// "duties on steel and aluminum from Turkey", "tariffs on
				// imports from the EU, Canada and Mexico", wherever the
				// parser hung "from …": the goods' countries.
				if c.toks[f+1].key == "the" {
					f++
				}
				if n := mentionStarting(c.ms, f+1); n >= 0 {
					if got := statesOf(coordRight(c.ms, c.toks, n), true); len(got) > 0 {
						return got
					}
				}
			}
		}
		if abuseNouns[l] {
			// "condemned human rights abuses in Iran": a state answers for
			// the abuses on its soil.
			// (Also "in Iran" hung on the verb right after the noun.)
			in := slices.Clone(c.t.kids[i])
			if v := c.t.head[i]; v >= 0 && c.t.rel[i] == "obj" && i+2 < len(c.toks) && c.toks[i+1].key == "in" && c.t.head[i+2] == v {
				in = append(in, i+2)
			}
			if o := c.prepChild(i, "of"); o >= 0 && c.headOf[o] < 0 {
				in = append(in, c.t.kids[o]...) // "the arrest of protesters in Iran"
			}
			for _, k := range in {
				if m, ok := c.stateIn(k); ok && (relIs(c.t.rel[k], "nmod") || relIs(c.t.rel[k], "obl")) {
					return []Mention{m}
				}
			}
		}
		// "investigating the Turkish strike": an event the lexicon knows
		// stands for the actor that modifies it.
		if c.actsAgent(l) {
			for _, k := range c.t.kids[i] {
				if r := c.t.rel[k]; (r == "amod" || r == "compound") && !(topicCompoundNouns[l] && c.countryByName(k)) {
					if got := c.actorsDepth(k, false, depth+1); len(got) > 0 {
						return c.withConj(k, got, false, depth+1) // "Russian and Iranian support": both
					}
				}
			}
		}
		return nil
	}
	if relNouns[c.toks[i].key] != "" {
		// "from key ally/nmod Saudi Arabia", "Israel's closest ally, the
		// United States/appos": the name the noun stands beside.
		for _, k := range c.t.kids[i] {
			if r := c.t.rel[k]; k > i && (r == "nmod" || r == "appos") && c.t.child(k, "case") < 0 && c.headOf[k] >= 0 {
				return []Mention{c.ms[c.headOf[k]]}
			}
		}
	}
	if relNouns[c.toks[i].key] != "" && c.t.child(i, "nmod:poss") >= 0 {
		// "Syria's Russian ally vetoed": the ally is the one its demonym
		// names; the possessor is the other party, not the actor.
		for _, k := range c.t.kids[i] {
			if n := c.headOf[k]; n >= 0 && (c.t.rel[k] == "compound" || c.t.rel[k] == "amod") {
				return []Mention{c.ms[n]} // "their Syrian rebel allies"
			}
			if m, ok := c.demonym(k); ok && c.t.rel[k] == "amod" {
				return []Mention{m}
			}
		}
		if p := c.t.child(i, "nmod:poss"); !object && c.t.rel[i] == "conj" && c.t.tag[p] == "PRP$" {
			// "the United States and its allies who support rebels": on
			// the owner's side (but "defend itself or its allies": others).
			return c.actorsDepth(p, object, depth+1)
		}
		return nil
	}
	if !object && !agentNouns[l] && (len(c.x.lex.Lookup(l, schema.Noun)) > 0 || stateActNouns[l] || l == "action" || weaponNouns[l] && c.t.rel[i] == "nsubj" && armsKill[c.t.lemma[max(c.t.head[i], 0)]]) && c.t.tag[i] != "NNP" {
		// "A US drone strike killed …", "the attack that killed …",
		// "Russia's intervention bolstered Assad": an event or act as
		// subject stands for whoever carried it out.
		return c.eventAgent(i, depth)
	}
	if object && c.t.tag[i] == "NNP" && c.headOf[i] < 0 && c.within[i] < 0 {
		// "target ISIS stronghold Raqqa": a place named with the target
		// noun that says whose it is.
		for _, k := range c.t.kids[i] {
			if c.t.rel[k] == "compound" && k < i && targetNouns[c.t.lemma[k]] {
				if got := c.actorsDepth(k, object, depth+1); len(got) > 0 {
					return got
				}
			}
		}
	}
	if p := c.t.child(i, "nmod:poss"); object && p >= 0 && c.t.tag[i] == "NNP" && c.headOf[i] < 0 && c.within[i] < 0 && c.headOf[p] >= 0 && c.ms[c.headOf[p]].Actors[0].Kind == schema.Country && c.territorial() {
		// "annexed Ukraine's Crimea", "a visit to Iran's Kish Island": a
		// place the dictionaries lack is its state's territory (but
		// "curbs on China's ZTE" fall on a firm).
		return []Mention{c.ms[c.headOf[p]]}
	}
	if id := territories[c.toks[i].key]; object && id != "" && c.t.tag[i] == "NNP" && c.headOf[i] < 0 && c.within[i] < 0 && c.trigger >= 0 && seizeLemmas[c.t.lemma[c.trigger]] {
		// "Russia annexed Crimea": a territory taken is its state's.
		if e, ok := c.x.gaz.Entity(id); ok {
			return []Mention{{Actors: []schema.Actor{c.x.actor(e, c.toks[i].text, c.st.date)}, Start: i, End: i + 1}}
		}
	}
	if l == "ally" || l == "partner" {
		// "chastised NATO allies", "its EU partners": the members of a
		// body named before them stand for it (but "US allies" are other
		// states than the US).
		for _, k := range c.t.kids[i] {
			if n := c.headOf[k]; k < i && c.t.rel[k] == "compound" && n >= 0 && len(c.ms[n].Actors) == 1 && c.ms[n].Actors[0].Kind == schema.Organization {
				return []Mention{c.ms[n]}
			}
		}
	}
	if !agentNouns[l] && !(object && targetNouns[l]) {
		return nil
	}
	if l == "force" && c.t.hasChildLemma(i, "compound", "task", "work", "labor", "labour") {
		return nil // "his COVID-19 task force": a working group, no armed force
	}
	if l == "team" || l == "squad" {
		for _, k := range c.t.kids[i] {
			if sportWords[c.t.lemma[k]] {
				return nil // "Pakistan's cricket team": players, not the state
			}
		}
	}
	// The actor modifying the noun: possessor, compound, adjective, "of X".
	for _, rel := range []string{"nmod:poss", "compound", "amod", "nmod"} {
		for _, k := range c.t.kids[i] {
			// "rejected a call by Macron", "a proposal by France": a
			// text's author after "by".
			if n := c.headOf[k]; rel == "nmod" && c.t.rel[k] == rel && c.t.caseOf(k) == "in" && seatedNouns[l] && n >= 0 && c.ms[n].Actors[0].Kind == schema.Country {
				// The seat, a place elsewhere; a capital only ("the Kurdish
				// government in Iraq" is no Iraq's).
				if _, kind, _ := c.x.lookup(c.toks, c.ms[n].Start, c.st.date); kind == surfCapital {
					return []Mention{c.ms[n]}
				}
			}
			if n := c.headOf[k]; rel == "nmod" && c.t.rel[k] == rel && c.t.caseOf(k) == "in" && ministerNouns[l] && n >= 0 && len(c.ms[n].Actors) == 1 && c.ms[n].Actors[0].Kind == schema.Country && !c.owned(i) {
				// "Foreign ministers in Egypt and Iran condemned": the
				// countries' ministers.
				return c.withConj(k, []Mention{c.ms[n]}, object, depth+1)
			}
			if l == "ally" && rel == "nmod:poss" {
				continue // "Syria and Iran's other allies": not Iran
			}
			if foeNouns[l] && rel != "nmod" || foeNouns[l] && c.t.caseOf(k) == "of" {
				continue // "Israel's foe", "the enemies of Israel": not Israel (an apposition names the foe, above)
			}
			if c.t.rel[k] != rel || rel == "nmod" && c.t.caseOf(k) != "of" && c.t.caseOf(k) != "from" && !(c.t.caseOf(k) == "by" && object && targetNouns[l]) && !(c.t.caseOf(k) == "for" && speakerNouns[l]) {
				continue
			}
			if rel == "nmod" && c.t.caseOf(k) == "from" && c.t.child(i, "nmod:poss") >= 0 {
				continue // "protect their forces from North Korea": theirs; the danger is another
			}
			if rel == "compound" && (heldNouns[l] || militaryNouns[l]) && c.headOf[k] < 0 && c.within[k] < 0 && strings.HasPrefix(c.t.tag[k], "NN") && !c.toks[k].cap() {
				// "Islamic State command posts", "Hezbollah weapons
				// depots": the name before a compound that holds no actor
				// is the whole post's owner (not "the Dane Manufacturing
				// facility", a demonym's or a longer name's).
				if q := c.t.child(k, "compound"); q >= 0 && q < k && c.headOf[q] >= 0 {
					if _, demonym := c.demonym(q); !demonym {
						return c.withConj(q, []Mention{c.ms[c.headOf[q]]}, object, depth+1)
					}
				}
			}
			if got := c.actorsDepth(k, object, depth+1); len(got) > 0 {
				if irregularNouns[l] && got[0].Actors[0].Kind != schema.Group {
					continue // "Syrian militants": not the state's
				}
				if (rel == "nmod:poss" || rel == "compound") && otherPersonNouns[l] && got[0].Actors[0].Kind == schema.Person {
					return nil // "Trump and his senior adviser", "Trump advisers": someone else
				}
				if (rel == "nmod:poss" && (militaryNouns[l] || l == "loyalist") || rel == "compound" && (militaryNouns[l] || l == "negotiator" || l == "diplomat" || l == "official" || l == "delegation")) &&
					len(got) == 1 && len(got[0].Actors) == 1 && got[0].Actors[0].Kind == schema.Person {
					// "Erdogan said his forces had begun an offensive", "the
					// Obama negotiators began talking to Iran": a leader's
					// forces and envoys are the state's.
					if ca := c.countryOf(got[0].Actors[0], c.toks[i].text); ca != nil {
						return []Mention{{Actors: []schema.Actor{*ca}, Start: got[0].Start, End: got[0].End}}
					}
				}
				got = append(c.withConj(k, got, object, depth+1), c.coordDemonyms(got[0].Start)...)
				if rel == "nmod" && c.t.caseOf(k) == "from" && (targetNouns[l] || sentNouns[l]) {
					// "rejected an offer from Washington": where an offer
					// or a call comes from is its maker, no place.
					got = slices.Clone(got)
					for n := range got {
						got[n].Place = false
					}
				}
				return got
			}
			if rel == "nmod" {
				// "counterparts from Europe and Japan": a conjunct of a
				// place or body that names no actor may.
				for _, j := range c.t.conjuncts(k) {
					if got := c.actorsDepth(j, object, depth+1); j != k && len(got) > 0 {
						return got
					}
				}
			}
		}
	}
	if object && targetNouns[l] {
		// "rejected the demands made by Saudi Arabia", "a proposal put
		// forward by France": the author a participle names.
		for _, k := range c.t.kids[i] {
			if a := c.t.child(k, "obl:agent"); c.t.rel[k] == "acl" && c.t.tag[k] == "VBN" && k != c.trigger && a >= 0 {
				if got := c.actorsDepth(a, false, depth+1); len(got) > 0 {
					return c.withConj(a, got, false, depth+1)
				}
			}
		}
	}
	// A demonym mention that covers the noun ("Russian officials").
	if k := c.within[i]; k >= 0 {
		return []Mention{c.ms[k]}
	}
	return nil
}

// coordDemonyms returns the bare demonyms coordinated before the mention
// that starts at token lo, which the parser often reads as separate
// modifiers or not at all: "the Syrian and Iranian foreign ministers",
// "Russian, Turkish and Iranian officials".
func (c *clause) coordDemonyms(lo int) []Mention {
	k := mentionStarting(c.ms, lo)
	if k < 0 {
		return nil
	}
	left := coordLeftOpt(c.ms, c.toks, k, false)
	_, kkind, _ := c.x.lookup(c.toks, lo, "")
	if n := mentionEnding(c.ms, lo-1); len(left) == 1 && n >= 0 && lo >= 2 && c.toks[lo-1].key == "and" && c.ms[n].Prep != "" && c.ms[n].Prep != c.ms[k].Prep && kkind == surfDemonym &&
		c.ms[n].End-c.ms[n].Start == 1 && acronym(c.toks[c.ms[n].Start].text) && c.ms[n].Prep != "between" {
		left = []Mention{c.ms[n], c.ms[k]} // "backed by US and French forces": the preposition is the phrase's
	}
	var out []Mention
	for n := len(left) - 2; n >= 0; n-- {
		m := left[n]
		// A demonym, or before one a state's abbreviation used as one:
		// "US and French special forces" (not "the US and Russia").
		if _, kind, size := c.x.lookup(c.toks, m.Start, ""); kind != surfDemonym && !(kind == surfName && kkind == surfDemonym && m.End-m.Start == 1 && acronym(c.toks[m.Start].text)) || size != m.End-m.Start || len(m.Actors) != 1 {
			break
		}
		out = append(out, m)
	}
	return out
}

// actsAgent reports whether the noun l is an event with an agent that its
// modifier names ("the Turkish strike"): not a mutual one, whose modifier
// is a party or its topic ("the Iran nuclear deal").
func (c *clause) actsAgent(l string) bool {
	es := c.x.lex.Lookup(l, schema.Noun)
	for _, e := range es {
		if e.Relation.Symmetric() {
			return false
		}
	}
	return len(es) > 0
}

// actNouns are what an actor does or holds to: "EU actions", "US policy".
var actNouns = map[string]bool{
	"action": true, "policy": true, "decision": true, "move": true, "behavior": true, "behaviour": true,
	"conduct": true, "stance": true, "position": true, "approach": true, "strategy": true,
	"sale": true, "deployment": true, "plan": true, "proposal": true, "program": true,
	"programme": true, "record": true, "response": true, "handling": true, "treatment": true,
	"rhetoric": true, "tactic": true, "practice": true, "recognition": true, "vote": true, "declaration": true, "announcement": true,
	// What a side says: "slams U.S. remarks", "rejected Chinese comments".
	"remark": true, "comment": true, "statement": true,
	// A side's conduct in a dispute: "blamed Ethiopian intransigence".
	"intransigence": true, "obstinacy": true, "stubbornness": true, "obstruction": true, "obstructionism": true,
	"inflexibility": true, "negligence": true, "inaction": true, "hostility": true, "unilateralism": true,
	// A side's military shows: "condemned the U.S.-South Korean drills".
	"drill": true, "exercise": true, "maneuver": true, "manoeuvre": true, "buildup": true,
}

// topicCompoundNouns are measures a country named before them by its
// name is the target or topic of, not the maker: "opposed Iran
// sanctions", "the Russia probe", "criticized his Russia policy" (but "U.S.
// sanctions", "the American probe" are the maker's).
var topicCompoundNouns = map[string]bool{
	"sanction": true, "embargo": true, "tariff": true, "probe": true, "investigation": true, "inquiry": true,
	"policy": true, "deal": true, "strategy": true, "vote": true, "recognition": true,
}

// stateActNouns are acts only a state does, so that a demonym before them
// names the state: "Israeli settlements", "Russian meddling" (not "Russian
// hackers", who are people).
var stateActNouns = map[string]bool{
	"settlement": true, "occupation": true, "aggression": true, "annexation": true, "intervention": true,
	"interference": true, "meddling": true, "incursion": true, "provocation": true, "crackdown": true, "collusion": true,
	"expansionism": true, "militarization": true, "militarisation": true, "buildup": true,
	"construction": true, "building": true, "activity": true, "expansion": true,
}

// dutiable reports whether noun i is what a tariff or duty falls on:
// "tariffs on American whiskey", "imposed duties on Chinese solar panels".
func (c *clause) dutiable(i int) bool {
	h := c.t.head[i]
	if h < 0 || c.t.caseOf(i) != "on" {
		return false
	}
	if o := c.t.child(h, "obj"); strings.HasPrefix(c.t.tag[h], "VB") && o >= 0 {
		h = o // "imposed tariffs on/obl-of-imposed American whiskey"
	}
	return tariffNouns[c.t.lemma[h]]
}

// tariffNouns are taxes on goods.
var tariffNouns = map[string]bool{"tariff": true, "duty": true, "levy": true, "tax": true}

// ownedNouns are what sanctions and tariffs target in a country's name.
var ownedNouns = map[string]bool{
	"good": true, "goods": true, "product": true, "export": true, "import": true, "company": true, "firm": true,
	"bank": true, "entity": true, "steel": true, "aluminum": true, "aluminium": true, "oil": true, "asset": true,
	"airline": true, "tanker": true, "vessel": true, "ship": true, "business": true, "oligarch": true, "cause": true, // "a supporter of the Palestinian cause"
	"shipping": true, "embassy": true, "consulate": true, "base": true, "facility": true,
	"electronics": true, "electronic": true, "car": true, "automobile": true, "chip": true, "semiconductor": true, "textile": true,
	"wine": true, "produce": true, "commodity": true, "industry": true, "manufacturer": true, "exporter": true,
	"producer": true, "carmaker": true, "automaker": true, "shipment": true, "merchandise": true, "institution": true,
	"shield": true, "arsenal": true, "system": true,
}

// cyberTargets are the systems a cyberattack or a hack strikes in their
// owner's name: "hacked Kenyan government networks", "attacks on Danish
// power grids".
var cyberTargets = map[string]bool{"network": true, "server": true, "computer": true, "grid": true, "infrastructure": true, "database": true}

// firmNouns are a country's companies and their people: one meets or
// deals with them, not with the state ("met with Japanese carmakers").
var firmNouns = map[string]bool{
	"company": true, "firm": true, "bank": true, "business": true, "airline": true, "manufacturer": true,
	"exporter": true, "producer": true, "carmaker": true, "automaker": true, "businessman": true,
	"executive": true, "investor": true, "banker": true, "industry": true,
}

// firmNoun reports whether word k is a company noun that names no actor
// itself (not "the China National Petroleum Company").
func (c *clause) firmNoun(k int) bool {
	return firmNouns[c.t.lemma[k]] && c.headOf[k] < 0 && c.within[k] < 0
}

// hosts makes the objects of a visit its host countries: a visit to a
// body's meeting is to where it meets ("his visit to the G-7 in Krun,
// Germany"), or to no country the sentence names.
func (c *clause) hosts(objs []Mention) []Mention {
	var out []Mention
	for _, m := range objs {
		if m.Actors[0].Kind != schema.Organization {
			out = append(out, m)
			continue
		}
		h := m.End - 1
		for j := m.Start; j < m.End; j++ {
			if c.t.head[j] < m.Start || c.t.head[j] >= m.End {
				h = j
				break
			}
		}
		for _, k := range c.t.kids[h] {
			if relIs(c.t.rel[k], "nmod") && c.t.caseOf(k) == "in" || c.t.rel[k] == "appos" {
				for _, p := range c.t.conjuncts(k) {
					for _, q := range append([]int{p}, c.t.kids[p]...) {
						if n := c.headOf[q]; n >= 0 && c.ms[n].Actors[0].Kind == schema.Country && !slices.ContainsFunc(out, func(o Mention) bool { return o.Actors[0].ID == c.ms[n].Actors[0].ID }) {
							out = append(out, c.ms[n])
						}
					}
				}
			}
		}
	}
	return out
}

// destinationOf reports whether s, the subject the parser gave a "for …
// to" clause under verb h, is the destination of h, a verb of leaving for
// somewhere ("left Washington for Riyadh to meet …").
func (c *clause) destinationOf(h, s int) bool {
	if c.headOf[s] < 0 || c.ms[c.headOf[s]].Actors[0].Kind != schema.Country || !strings.HasPrefix(c.t.tag[s], "NNP") {
		return false // (a place is named: not "leave Hong Kong for the Chinese government to deal with")
	}
	for _, e := range c.x.lex.Lookup(c.t.lemma[h], schema.Verb) {
		if e.Relation == schema.Visited && slices.Contains(e.Preps, "for") {
			return true
		}
	}
	return false
}

// possessedActor returns the mention of a group, body or person that mention k
// possesses, a few adjectives on ("Lebanon's militant Shiite Hezbollah"),
// or -1.
func (c *clause) possessedActor(k int) int {
	m := c.ms[k]
	if !m.Possessive || m.End >= len(c.toks) || c.toks[m.End].key != "'s" {
		return -1
	}
	for j := m.End + 1; j < len(c.toks) && j <= m.End+4; j++ {
		if n := mentionStarting(c.ms, j); n >= 0 {
			if kind := c.ms[n].Actors[0].Kind; kind != schema.Country {
				return n
			}
			return -1
		}
		if !c.toks[j].tagged("JJ") && !c.toks[j].tagged("NNP") {
			return -1
		}
	}
	return -1
}

// notRelativized re-resolves a subject pronoun m at i that stands for the
// very person its clause's object relative pronoun does: "bin Laden, whom
// he blamed" is someone else's blame, the main clause subject's.
func (c *clause) notRelativized(i int, m Mention) (Mention, bool) {
	t := c.t
	l := t.lemma[i]
	if l != "he" && l != "she" || t.rel[i] != "nsubj" || len(m.Actors) != 1 {
		return Mention{}, false
	}
	v := t.head[i]
	w := t.child(v, "obj")
	if w < 0 || c.toks[w].key != "whom" && c.toks[w].key != "who" {
		return Mention{}, false
	}
	a := c.antecedent(w)
	if a < 0 || c.headOf[a] < 0 || c.ms[c.headOf[a]].Actors[0].ID != m.Actors[0].ID {
		return Mention{}, false
	}
	s := t.child(rootOf(t), "nsubj")
	if s < 0 || c.headOf[s] < 0 || s == i {
		return Mention{}, false
	}
	if o := c.ms[c.headOf[s]]; o.Actors[0].Kind == schema.Person && o.Actors[0].ID != m.Actors[0].ID {
		o.Start, o.End = i, i+1
		return o, true
	}
	return Mention{}, false
}

// parallelSubject re-resolves a definite "the country" (or kingdom, state
// …) that is the subject of a clause coordinated after another clause
// whose subject is a country: "Russia is Syria's ally, and the country
// vetoed …" goes on about Russia, not the last country named. A subject
// description refers back to the subject before it; in other roles it
// keeps the last country named.
func (c *clause) parallelSubject(i int, m Mention) (Mention, bool) {
	t := c.t
	if m.End-m.Start != 2 || c.toks[m.Start].key != "the" || !statehoodNouns[c.toks[m.Start+1].key] || len(m.Actors) != 1 {
		return Mention{}, false
	}
	if r := t.rel[i]; r != "nsubj" && r != "nsubj:pass" {
		return Mention{}, false
	}
	v := t.head[i]
	if v < 0 || t.rel[v] != "conj" || t.head[v] < 0 {
		return Mention{}, false
	}
	s := t.child(t.head[v], "nsubj")
	if s < 0 || s > i || c.headOf[s] < 0 {
		return Mention{}, false
	}
	o := c.ms[c.headOf[s]]
	if len(o.Actors) != 1 || o.Actors[0].Kind != schema.Country || o.Actors[0].ID == m.Actors[0].ID || o.Place {
		return Mention{}, false
	}
	a := o.Actors[0]
	a.Text = m.Actors[0].Text
	return Mention{Actors: []schema.Actor{a}, Start: m.Start, End: m.End}, true
}

// demonym makes a country of a demonym that modifies a noun ("the Israeli
// attack", "Turkish artillery"): the mention finder takes a demonym for an
// actor only before a government noun, the tree knows what it modifies.
func (c *clause) demonym(i int) (Mention, bool) {
	r := c.t.rel[i]
	if h := c.t.head[i]; r == "conj" && h >= 0 && (c.t.rel[h] == "amod" || c.t.rel[h] == "compound") {
		r = c.t.rel[h] // "Syrian and Iranian/conj targets": a conjoined modifier
	}
	if r != "amod" && r != "compound" && r != "nmod:poss" || !c.toks[i].cap() {
		return Mention{}, false
	}
	e, kind, n := c.x.lookup(c.toks, i, c.st.date)
	if e == nil || kind != surfDemonym || e.Kind != schema.Country || n > 2 ||
		n == 2 && (i+1 >= len(c.t.head) || c.t.head[i+1] != c.t.head[i] && c.t.head[i] != i+1) { // "North/amod Korean/amod banks"
		return Mention{}, false
	}
	for q := i + n; q < min(i+n+2, len(c.toks)); q++ {
		if nonStateWords[c.toks[q].key] {
			return Mention{}, false // "Syrian tribal leaders": no state's
		}
	}
	text := c.toks[i].text
	if n == 2 {
		text += " " + c.toks[i+1].text
	}
	a := c.x.actor(e, text, c.st.date)
	return Mention{Actors: []schema.Actor{a}, Start: i, End: i + n}, true
}

// coreferAt is corefer where the sentence may have no tree (c nil).
func (c *clause) coreferAt(i int) (Mention, bool) {
	if c == nil {
		return Mention{}, false
	}
	return c.corefer(i)
}

// corefer resolves a pronoun or a definite description at token i to an
// actor named earlier in the article or the sentence.
func (c *clause) corefer(i int) (Mention, bool) {
	if c.resolving[i] {
		return Mention{}, false
	}
	c.resolving[i] = true
	defer func() { c.resolving[i] = false }()
	tag := c.t.tag[i]
	l := c.t.lemma[i]
	var ref *schema.Actor
	switch {
	case tag == "PRP" || tag == "PRP$":
		switch l {
		case "he", "him", "his", "she", "her":
			female := l == "she" || l == "her"
			if s := c.sayerAt(i); s >= 0 && c.t.tag[s] == "NNP" && (l == "he" || l == "she") {
				// "Carter Page testified that he met …": the one who says
				// it, or no one when the sayer is no actor.
				if n := c.headOf[s]; n >= 0 && len(c.ms[n].Actors) == 1 && c.ms[n].Actors[0].Kind == schema.Person && femaleName(c.ms[n].Actors[0].Name) == female {
					ref = &c.ms[n].Actors[0]
					break
				}
				if c.headOf[s] < 0 && c.within[s] < 0 && !c.outlet(s) {
					return Mention{}, false
				}
			}
			if s := c.clauseSubjectAt(i); l == "his" || l == "her" && tag == "PRP$" {
				if s >= 0 && c.headOf[s] < 0 && c.within[s] < 0 && c.t.tag[s] == "NNP" && s > 0 && titleAbbrevs[strings.TrimSuffix(c.toks[s-1].key, ".")] {
					// "Mr. Stevens … had become a local hero for his
					// support to the Libyan rebels": the clause's subject,
					// a man no dictionary knows, not the last actor named.
					return Mention{}, false
				}
			}
			if ref = c.ownerOfOwn(i, female); ref == nil {
				ref = c.fronted(i, func(a schema.Actor) bool { return a.Kind == schema.Person && femaleName(a.Name) == female })
			}
			if ref == nil && tag == "PRP$" {
				ref = c.gerundDoer(i, female)
			}
			if ref == nil {
				ref = c.personBefore(i, female)
			}
			if ref != nil && (l == "him" || l == "her" && tag == "PRP") && c.isOwnSubject(i, ref.ID) {
				// "Trump ordered him to talk to the Russians": an object
				// "him" is not its clause's subject (that would be
				// "himself"); better no one than the wrong one, unless the
				// sentence before named just one other: "Trump met Putin.
				// He praised him."
				if ref = c.otherOfTwo(i, ref.ID, female); ref == nil {
					return Mention{}, false
				}
			}
		case "it", "its":
			if l == "it" && (c.nounBefore(i) || c.dummyIt(i) || c.st.curThingFirst && firstWord(c.toks, i)) {
				return Mention{}, false // "an attack … it was targeting": the noun, not an actor
			}
			if a := c.sayer(i); l == "it" && a != nil && a.Kind != schema.Person {
				ref = a // "Iran said that, when it comes to the US, it will …": the speaker
				break
			}
			if a := c.rebutter(i); l == "it" && a != nil && a.Kind != schema.Person {
				ref = a // "Iran rejected U.S. claims that it attacked the tankers": the one who rebuts
				break
			}
			if a := c.fronted(i, func(a schema.Actor) bool { return a.Kind != schema.Person }); a != nil {
				ref = a // "With its invasion of Ukraine, Russia has …": the subject after
				break
			}
			if a := c.passiveSubjectAbove(i); l == "it" && a != nil {
				ref = a // "Moscow was kicked out of the G8 after it annexed Crimea": the one it befell
				break
			}
			if a := c.participleObject(i); l == "it" && a != nil {
				ref = a // "criticised China after North Korea's test, condemning it": the same object
				break
			}
			if l == "it" && c.sayerIsNoActor(i) {
				return Mention{}, false // "Boeing said it would support …": the speaker, no actor
			}
			if h := c.t.head[i]; h >= 0 && c.t.rel[h] == "conj" && c.t.head[h] >= 0 && c.headOf[c.t.head[h]] >= 0 && len(c.ms[c.headOf[c.t.head[h]]].Actors) == 1 && (l == "its" || l == "their") {
				// "the Syrian opposition and its partners": the conjunct before.
				ref = &c.ms[c.headOf[c.t.head[h]]].Actors[0]
				break
			}
			if h := c.t.head[i]; l == "its" && h >= 0 && c.t.rel[h] == "conj" {
				// "the accord's implementation and its promise": the
				// possessor of the noun it is coordinated with, a thing.
				if p := c.t.child(c.t.head[h], "nmod:poss"); p >= 0 && c.headOf[p] < 0 && strings.HasPrefix(c.t.tag[p], "NN") && !corefWords[c.t.lemma[p]] {
					return Mention{}, false
				}
				// "Kremlin aggression against Ukraine and its occupation of
				// Crimea": the actor that owns or does the noun it is
				// coordinated with.
				for _, k := range c.t.kids[c.t.head[h]] {
					if r := c.t.rel[k]; (r == "compound" || r == "nmod:poss") && k < h && c.headOf[k] >= 0 && len(c.ms[c.headOf[k]].Actors) == 1 && c.ms[c.headOf[k]].Actors[0].Kind != schema.Person {
						ref = &c.ms[c.headOf[k]].Actors[0]
					}
				}
				if ref != nil {
					break
				}
			}
			if a := c.judgedFor(i); l == "its" && a != nil {
				ref = a // "admonished Russia for its veto": the one judged
				break
			}
			if a := c.helpedIn(i); a != nil && (l == "its" || l == "their") {
				ref = a // "supports Iraq in its fight against ISIS": the one helped
				break
			}
			if s := c.clauseSubjectAt(i); l == "its" && s >= 0 && c.t.tag[s] == "NNS" {
				if a := c.sayer(s); a != nil && a.Kind != schema.Person {
					ref = a // "Hamas said Israeli jets bombed its headquarters": a plural subject owns no "its"; the speaker does
					break
				}
			}
			if s := c.clauseSubjectAt(i); l == "its" && s >= 0 {
				// "Syria used chemical weapons on its own people": its
				// clause's subject; "the group said 43 of its fighters"
				// is the group's, no actor's. Coordinated subjects own
				// "their": "China and Russia opposed its deployment" is
				// neither's.
				if h := c.t.head[i]; hasDependent(c.t, s, "conj") && h >= 0 && c.t.rel[h] == "obj" && c.t.head[h] == c.t.head[s] {
					return Mention{}, false
				}
				if a := c.clauseSubject(i); a != nil && a.Kind != schema.Person {
					ref = a
					break
				}
				if a := c.conjoinedSubject(s); a != nil && a.Kind != schema.Person && c.headOf[s] >= 0 && c.ms[c.headOf[s]].Actors[0].Kind == schema.Person {
					// "Russia's military has returned to Syria, and Obama
					// has welcomed its involvement": a person owns no "its";
					// the subject of the clause coordinated before does.
					ref = a
					break
				}
				if c.headOf[s] < 0 && (c.t.tag[s] == "NN" || c.t.tag[s] == "NNP") && c.t.tag[s] != "PRP" {
					return Mention{}, false
				}
			}
			if a, ok := c.controlledObject(i); ok {
				if a == nil {
					return Mention{}, false
				}
				ref = a
				break
			}
			if l == "it" && firstWord(c.toks, i) && len(c.st.prevSubjects) == 1 && c.st.prevSubjects[0].Kind != schema.Person && !(c.st.prevSubjects[0].Kind == schema.Organization && c.armedAct(c.t.head[i])) {
				// "The United States condemned the Turkish attack in Syria.
				// It also urged Ankara …": the subject before, not the
				// last actor named.
				ref = &c.st.prevSubjects[0]
				break
			}
			if h := c.t.head[i]; l == "its" && firstWord(c.toks, i) && h >= 0 && (c.t.rel[h] == "nsubj" || c.t.rel[h] == "nsubj:pass") && len(c.st.prevSubjects) == 1 && c.st.prevSubjects[0].Kind != schema.Person {
				// "Hamas fired rockets at Israel. Its fighters also …": so
				// is the owner of the subject that opens the sentence.
				ref = &c.st.prevSubjects[0]
				break
			}
			if q := c.quoteBeforeSayer(i); l == "its" && q >= 0 {
				// "'… U.S. unilateralism,' its finance ministry said": the
				// speaker is who the article told of before the quote, not
				// anyone the quote names.
				ref = c.lastBefore(q, singularActor, c.st.lastAny)
				break
			}
			fallback := c.st.lastAny
			if l == "it" && c.st.sentences-c.st.lastAnyAt > 1 {
				// "In 2008 she openly opposed it": a country named two
				// sentences back or more is no likelier than a thing.
				fallback = nil
			}
			if l == "it" && c.st.prevThingObject && (c.t.rel[i] == "obj" || relIs(c.t.rel[i], "obl")) {
				// "Hamas rejected the proposal. The group denounced it": the
				// thing rejected, not the last actor named.
				fallback = nil
			}
			if l == "it" && (c.t.rel[i] == "obj" || relIs(c.t.rel[i], "obl")) && c.modifierLast(i) {
				// "the town of Manbij, which the militia controls with U.S.
				// support, to protect it": a state named only as a noun's
				// modifier is not what a later "it" takes up.
				return Mention{}, false
			}
			// "it" is singular: not "insurgents" or "rebels".
			if l == "its" {
				ref = c.lastBefore(i, possessorActor, fallback)
			} else {
				ref = c.lastBefore(i, singularActor, fallback)
			}
		case "we", "us", "our":
			if ref = c.quotedSpeaker(i, false); ref == nil {
				if p := c.continuedQuote(i); p != nil {
					if a, ok := c.x.countryActor(*p, c.toks[i].text, c.st.date); ok {
						ref = &a // "Hague said: "… We will work to hold them to account."": Britain
					}
				}
			}
		case "i", "me", "my":
			if ref = c.quotedSpeaker(i, true); ref == nil {
				ref = c.continuedQuote(i) // "Hague also says that: "These reports are uncorroborated. … I call on the Syrian Government""
			}
		case "they", "them", "their":
			ref = c.lastBefore(i, func(a schema.Actor) bool { return a.Kind == schema.Group || a.Kind == schema.Organization }, nil)
			if s := c.clauseSubjectAt(i); ref == nil && l == "they" && s >= 0 && len(c.t.conjuncts(s)) >= 2 {
				// "Kenya, Uganda and Tanzania condemned a bombing that they
				// blamed on al-Shabaab": the coordinated subject above.
				var m Mention
				for _, k := range c.t.conjuncts(s) {
					if n := c.headOf[k]; n >= 0 && len(c.ms[n].Actors) == 1 {
						a := c.ms[n].Actors[0]
						a.Text = c.toks[i].text
						m.Actors = append(m.Actors, a)
					}
				}
				if len(m.Actors) >= 2 {
					m.Start, m.End = i, i+1
					return m, true
				}
			}
			if v := c.t.head[i]; ref == nil && l == "they" && relIs(c.t.rel[i], "nsubj") && v >= 0 && c.t.rel[v] == "ccomp" && c.t.head[v] >= 0 && speechLemmas[c.t.lemma[c.t.head[v]]] {
				// "The Chinese say they are helping Pakistan", "Turkish
				// officials said they would retaliate": the plural who
				// speak.
				if k := c.t.child(c.t.head[v], "nsubj"); k >= 0 && (c.t.tag[k] == "NNS" || c.t.tag[k] == "NNPS") && c.headOf[k] >= 0 && len(c.ms[c.headOf[k]].Actors) == 1 {
					m := c.ms[c.headOf[k]]
					m.Actors = slices.Clone(m.Actors)
					m.Actors[0].Text = c.toks[i].text
					m.Start, m.End = i, i+1
					return m, true
				}
			}
			if ref == nil && len(c.st.prevSubjects) >= 2 && !(l == "they" && c.anyBefore(i)) {
				// "Russia and China blocked the resolution. They also
				// criticized the US", "Japan criticized them": the
				// coordinated subject before; "US officials said they …"
				// are the officials.
				m := Mention{Actors: slices.Clone(c.st.prevSubjects), Start: i, End: i + 1}
				for k := range m.Actors {
					m.Actors[k].Text = c.toks[i].text
				}
				return m, true
			}
		}
	case strings.HasPrefix(tag, "NN") && (l == "country" || l == "nation" || l == "government") && c.t.hasChildLemma(i, "nmod:poss", "his", "her", "whose") &&
		!slices.ContainsFunc(c.t.kids[i], func(k int) bool {
			return c.t.rel[k] != "nmod:poss" && c.t.rel[k] != "case" && !(k > i && (monthOrDay[strings.ToLower(c.t.lemma[k])] || calendarNouns[c.t.lemma[k]])) // ("His government on Wednesday called")
		}):
		// "trying to blame his country", "his country's cyberattacks": the
		// country of the person "his" is; "Theresa May, whose country
		// levied sanctions": of the person the relative clause is on.
		if w := c.t.child(i, "nmod:poss"); c.toks[w].key == "whose" {
			// (The name right before "whose", however the parser hung the
			// clause: it may coordinate it.)
			if p := c.antecedent(w); p >= 0 && c.headOf[p] >= 0 && c.ms[c.headOf[p]].Actors[0].Kind == schema.Person {
				ref = c.countryOf(c.ms[c.headOf[p]].Actors[0], c.toks[i].text)
			}
		} else if p, ok := c.corefer(w); ok && p.Actors[0].Kind == schema.Person {
			ref = c.countryOf(p.Actors[0], c.toks[i].text)
		}
	case strings.HasPrefix(tag, "NN") && c.t.hasChildLemma(i, "det", "the") && c.bareNoun(i):
		switch l {
		case "country", "kingdom", "republic", "nation", "island", "state", "emirate":
			// Not its own clause's subject: "Saudi Arabia and the UAE
			// pledged aid to the country" is a third.
			own := c.ownSubjectIDs(i)
			ref = c.lastBefore(i, func(a schema.Actor) bool { return a.Kind == schema.Country && !own[a.ID] }, nil)
			if ref == nil {
				// "When Morsi was in power, Washington sent jets to the
				// country": the country of the leader the sentence named
				// before, else the one named last before the sentence.
				if p := c.lastBefore(i, func(a schema.Actor) bool { return a.Kind == schema.Person && leaderRoles[a.Role] }, nil); p != nil && !own[p.Country] {
					ref = c.countryOf(*p, c.toks[i].text)
				}
			}
			if ref == nil {
				ref = c.st.lastCountry
			}
			if c.t.child(i, "amod") >= 0 {
				// "the isolated state": an epithet names the country the
				// sentence named before, other than the agent of the noun
				// it hangs on ("U.S. sanctions on the oil-rich nation") or
				// a speaker ("South Korea's military said"), or else the
				// story's country, not the last one named.
				ref = c.st.focus
				for n, m := range c.ms {
					if m.End <= i && len(m.Actors) == 1 && m.Actors[0].Kind == schema.Country && c.t.head[m.End-1] != c.t.head[i] && !m.Place && !c.speaking(m.End-1) {
						ref = &c.ms[n].Actors[0]
					}
				}
			}
		case "regime", "government":
			ref = c.st.focus
		case "group", "militia", "movement":
			if mentionStarting(c.ms, i+1) >= 0 {
				break // "the Sunni extremist group Islamic State": the name after it
			}
			ref = c.lastBefore(i, func(a schema.Actor) bool { return a.Kind == schema.Group }, c.st.lastGroup)
			for _, k := range c.t.kids[i] {
				// "Hezbollah fired rockets. The Lebanese group …": a
				// demonym names the group's country; a group of another
				// is not the one meant.
				if m, ok := c.demonym(k); ok && k < i && ref != nil && ref.Country != m.Actors[0].ID {
					ref = nil
				}
			}
		case "militant", "insurgent", "jihadist":
			// "The Taliban attacked a base. The militants also killed …":
			// its members, the group named last.
			// The group named last, but not the one fighting them: "an
			// alliance (also) fighting the militants" fights others.
			if c.t.tag[i] == "NNS" && len(c.st.militants) > 0 && !slices.ContainsFunc(c.st.militants, func(a schema.Actor) bool { return c.agentOver(i, a.ID) }) {
				// The groups the article named with such a noun.
				m := Mention{Actors: slices.Clone(c.st.militants), Start: i, End: i + 1}
				for k := range m.Actors {
					m.Actors[k].Text = c.toks[i].text
				}
				return m, true
			}
			if c.t.tag[i] == "NNS" {
				v := c.t.head[i]
				ref = c.lastBefore(i, func(a schema.Actor) bool {
					return a.Kind == schema.Group && !c.agentOver(i, a.ID)
				}, c.st.lastGroup)
				for _, m := range c.ms {
					if ref != nil && m.End <= i && len(m.Actors) == 1 && m.Actors[0].ID == ref.ID && v >= m.End && v-m.End <= 1 && strings.HasPrefix(c.t.tag[v], "VB") {
						ref = nil // then the group before the sentence, if another
						if g := c.st.lastGroup; g != nil && g.ID != m.Actors[0].ID {
							ref = g
						}
					}
				}
			}
		case "alliance", "bloc", "organization", "organisation":
			ref = c.lastBefore(i, func(a schema.Actor) bool { return a.Kind == schema.Organization }, c.st.lastBody)
		case "body", "union": // "the body was found": only a body named in the sentence
			ref = c.lastBefore(i, func(a schema.Actor) bool { return a.Kind == schema.Organization }, nil)
		}
	}
	if ref != nil && tag == "PRP" && c.relativeOwner(i, ref.ID) {
		// "condemned Iran, which it accuses of attacking tankers": a
		// pronoun subject of a relative clause is not the phrase the
		// clause is about; the clause's other actor before it is.
		id := ref.ID
		ref = c.lastBefore(i, func(a schema.Actor) bool { return a.ID != id && (a.Kind == schema.Person) == (l == "he" || l == "she") }, nil)
	}
	if ref == nil {
		return Mention{}, false
	}
	a := *ref
	a.Text = c.toks[i].text
	return Mention{Actors: []schema.Actor{a}, Start: i, End: i + 1}, true
}

// agentOver reports whether actor id is the subject of the verb word i
// depends on, or the noun that verb modifies: "the YPG fought the
// militants", "an alliance fighting the militants".
func (c *clause) agentOver(i int, id string) bool {
	t := c.t
	v := t.head[i]
	for v >= 0 && t.rel[i] == "conj" {
		i, v = v, t.head[v]
	}
	if v < 0 {
		return false
	}
	is := func(w int) bool {
		return w >= 0 && c.headOf[w] >= 0 && slices.ContainsFunc(c.ms[c.headOf[w]].Actors, func(a schema.Actor) bool { return a.ID == id })
	}
	if is(t.child(v, "nsubj")) {
		return true
	}
	return strings.HasPrefix(t.rel[v], "acl") && is(t.head[v])
}

// withOwnSide reports whether the subject of verb v is coordinated with
// its own allies or backers: "the regime and its Russian backers vowed to
// fight" fight together, not each other.
func (c *clause) withOwnSide(v int) bool {
	s := c.t.child(v, "nsubj")
	for s < 0 && c.t.rel[v] == "xcomp" && c.t.head[v] >= 0 {
		v = c.t.head[v] // "vowed to fight": the subject of the vow
		s = c.t.child(v, "nsubj")
	}
	if s < 0 {
		return false
	}
	for _, k := range c.t.conjuncts(s) {
		if p := c.t.child(k, "nmod:poss"); k != s && p >= 0 && c.t.tag[p] == "PRP$" && relNouns[c.toks[k].key] != "" {
			return true
		}
	}
	return false
}

// relativeOwner reports whether the pronoun at i is the subject of a
// relative clause on the actor id: "Iran, which it accuses".
func (c *clause) relativeOwner(i int, id string) bool {
	v := c.t.head[i]
	if v < 0 || c.t.rel[i] != "nsubj" {
		return false
	}
	a := -1 // the phrase the clause is about
	if c.t.rel[v] == "acl:relcl" {
		a = c.t.head[v]
	}
	for _, k := range c.t.kids[v] {
		if k < i && (c.toks[k].key == "which" || c.toks[k].key == "whom") {
			a = c.antecedent(k) // the clause hung elsewhere
		}
	}
	if a < 0 || c.headOf[a] < 0 {
		return false
	}
	return slices.ContainsFunc(c.ms[c.headOf[a]].Actors, func(x schema.Actor) bool { return x.ID == id })
}

// armedEpithets describe an armed group without naming it: "the militant
// group", "the Shiite militia", "the Islamist movement".
var armedEpithets = map[string]bool{
	"militant": true, "armed": true, "radical": true, "extremist": true, "terrorist": true, "terror": true,
	"jihadist": true, "jihadi": true, "islamist": true, "rebel": true, "insurgent": true, "guerrilla": true,
	"paramilitary": true, "separatist": true, "shiite": true, "shia": true, "sunni": true, "salafist": true,
	"salafi": true, "hardline": true, "fundamentalist": true,
}

// bareNoun reports whether noun i has no dependents but its determiner and
// preposition: "the group", "against the group", not "the group's leader".
func (c *clause) bareNoun(i int) bool {
	for _, k := range c.t.kids[i] {
		if n := c.headOf[k]; n >= 0 && (c.t.rel[k] == "amod" || c.t.rel[k] == "compound") && compoundRel[c.ms[n].Suffix] != "" {
			continue // "the Iran-backed group": its backer says nothing of which
		}
		if c.t.rel[k] == "amod" || c.t.rel[k] == "compound" && regionWords[c.toks[k].key] {
			if c.headOf[k] < 0 && (!c.toks[k].cap() || regionWords[c.toks[k].key]) && !otherReferents[c.toks[k].key] && statehoodNouns[c.t.lemma[i]] {
				continue // "the isolated country", "the oil-rich kingdom", "the Gulf state": an epithet
			}
		}
		if l := c.t.lemma[i]; (l == "group" || l == "militia" || l == "movement") && c.t.tag[i] == "NN" && c.headOf[k] < 0 && !otherReferents[c.toks[k].key] && k < i {
			if _, ok := c.demonym(k); ok || (c.t.rel[k] == "amod" || c.t.rel[k] == "compound") && armedEpithets[c.toks[k].key] {
				continue // "the Lebanese group", "the Shiite militia", "the armed group", "the terror group": an epithet (not "the advocacy group")
			}
		}
		if r := c.t.rel[k]; r != "det" && r != "punct" && (r != "case" || c.toks[k].key == "'s") && !(r == "acl" && k > i && c.t.tag[k] == "VBG") {
			return false // "the nation's governors": a possessive is read as before
		} // "accused the government of using/acl": a complement misplaced, still the government
	}
	return true
}

// speaking reports whether the word at k, or the noun it possesses, is the
// subject of a verb of saying: "South Korea's military said".
func (c *clause) speaking(k int) bool {
	t := c.t
	if h := t.head[k]; t.rel[k] == "nmod:poss" && h >= 0 {
		k = h
	}
	h := t.head[k]
	return h >= 0 && t.rel[k] == "nsubj" && speechLemmas[t.lemma[h]]
}

// singularActor reports whether a may be "it": no person, nor a plural
// ("insurgents", "rebels"), unless a group is named by its name before its
// members, capitalised as a name ("Islamic State militants … as it looks
// to expand"; not "peshmerga forces").
func singularActor(a schema.Actor) bool {
	return a.Kind != schema.Person && (!pluralWord(a.Text) || a.Kind == schema.Group && strings.Contains(a.Text, a.Name))
}

// possessorActor is an actor "its" may take up: a singularActor, or a
// state named by those who govern it ("negotiations with Mexican leaders,
// at a meeting between its foreign minister and Pompeo").
func possessorActor(a schema.Actor) bool {
	return singularActor(a) || a.Kind == schema.Country && rulersIn[a.Text[strings.LastIndexByte(a.Text, ' ')+1:]]
}

// pluralWord reports whether a mention's text ends in a lower-case plural
// noun: "insurgents", "Syrian rebels" (not "the Netherlands" or "US").
func pluralWord(text string) bool {
	last := text[strings.LastIndexByte(text, ' ')+1:]
	return last != "" && !unicode.IsUpper([]rune(last)[0]) && strings.HasSuffix(last, "s")
}

// statehoodNouns name a state as such, so that an epithet before them still
// refers back: "the isolated country" (not "the brutal government", which
// may be another's).
var statehoodNouns = map[string]bool{"country": true, "kingdom": true, "state": true, "nation": true, "island": true, "republic": true, "emirate": true}

// otherReferents make a definite description point past the last actor:
// "the neighbouring country", "the other side".
// regionWords name a region or a faith that an epithet places a state
// in: "the Gulf state", "the Balkan country", "the Arab kingdom".
var regionWords = map[string]bool{
	"gulf": true, "arab": true, "asian": true, "african": true, "european": true, "balkan": true, "baltic": true,
	"nordic": true, "caribbean": true, "communist": true, "muslim": true, "jewish": true, "islamic": true,
	"persian": true, "sunni": true, "shiite": true, "shia": true, "mediterranean": true, "himalayan": true, "andean": true,
}

var otherReferents = map[string]bool{
	"other": true, "neighbouring": true, "neighboring": true, "foreign": true, "another": true, "rival": true,
	"second": true, "third": true, "host": true, "same": true, "former": true, "new": true, "whole": true,
	"entire": true, "first": true, "last": true, "next": true, "previous": true, "latter": true, "home": true,
	"hostile": true, "enemy": true, "own": true, "only": true, "such": true, "respective": true, "single": true,
}

// anyBefore reports whether an actor is named in the sentence before token i.
func (c *clause) anyBefore(i int) bool {
	for _, m := range c.ms {
		if m.End <= i {
			return true
		}
	}
	return false
}

// pastCopula reports whether the predicate adjective at h is in the past
// with no modal: "was able to partner with the SDF" says it did.
func (c *clause) pastCopula(h int) bool {
	k := c.t.child(h, "cop")
	return k >= 0 && (c.toks[k].key == "was" || c.toks[k].key == "were") && c.t.child(h, "aux") < 0
}

// firstWord reports whether token i opens its sentence, after quotes
// and a conjunction ("And it …").
func firstWord(toks []token, i int) bool {
	for j := 0; j < i; j++ {
		if k := toks[j].key; isWordRune([]rune(toks[j].text)[0]) && k != "and" && k != "but" && k != "yet" {
			return false
		}
	}
	return true
}

// dummyIt reports whether "it" at i stands for no actor: the subject of a
// predicate adjective or of "seem" ("it is unclear whether", "it was not
// accidental that"), or the object of a verb that takes a claim ("denied
// it", "confirmed it").
func (c *clause) dummyIt(i int) bool {
	t := c.t
	h := t.head[i]
	if h < 0 {
		return false
	}
	switch {
	case relIs(t.rel[i], "nsubj"):
		if willingAdjectives[t.lemma[h]] {
			return false // "it is willing to talk": a doer
		}
		return strings.HasPrefix(t.tag[h], "JJ") || t.child(h, "cop") >= 0 && t.child(h, "det") < 0 && t.child(h, "nmod:poss") < 0 ||
			expletiveLemmas[t.lemma[h]] ||
			extraposingLemmas[t.lemma[h]] && t.child(h, "ccomp") >= 0 && t.hasChildLemma(t.child(h, "ccomp"), "mark", "that") || // "It doesn't help that Pompeo told lawmakers …"
			t.lemma[h] == "come" && h == i+1 && h+1 < len(c.toks) && c.toks[h+1].key == "to" // "when it came to working with Mexico"
	case t.rel[i] == "obj":
		return claimLemmas[t.lemma[h]]
	}
	return false
}

var (
	expletiveLemmas = map[string]bool{"seem": true, "appear": true, "happen": true, "matter": true, "take": true, "remain": true}
	// extraposingLemmas have an empty "it" when a that-clause follows:
	// "It doesn't help that …", "it means that …".
	extraposingLemmas = map[string]bool{"help": true, "hurt": true, "bother": true, "surprise": true, "mean": true, "follow": true, "emerge": true, "transpire": true}
	claimLemmas       = map[string]bool{"deny": true, "confirm": true, "dismiss": true, "reject": true, "say": true, "call": true, "describe": true, "believe": true, "doubt": true, "report": true}
)

// speakerOf resolves "he" or "she" at i, the subject of what a person
// said ("X said he would …"), to that person, or to no one when the
// speaker is a name no dictionary knows. ok is false when i is no such
// pronoun.
func (c *clause) speakerOf(i int) ([]Mention, bool) {
	t := c.t
	if l := c.toks[i].key; l != "he" && l != "she" && l != "they" || !relIs(t.rel[i], "nsubj") {
		return nil, false
	}
	p := t.head[i]
	for p >= 0 && t.rel[p] == "xcomp" {
		p = t.head[p] // "said they had agreed to hold talks"
	}
	if p < 0 || t.rel[p] != "ccomp" || t.head[p] < 0 || !speechLemmas[t.lemma[t.head[p]]] {
		return nil, false
	}
	s := t.child(t.head[p], "nsubj")
	if s < 0 || s > i {
		return nil, false
	}
	if c.toks[i].key == "they" {
		// "Lavrov and Wang Yi said they discussed …": the speakers, two
		// or more named.
		got := c.argsOf(s, false)
		if actorCount(got) > 1 {
			return got, true
		}
		if len(got) == 1 && len(got[0].Actors) == 1 && got[0].Actors[0].Kind != schema.Person && c.t.tag[s] == "NNS" && got[0].End-1 == s {
			// "Turkish officials said they had shot down …": the
			// officials, for their state.
			m := got[0]
			m.Start, m.End = i, i+1
			m.Actors = slices.Clone(m.Actors)
			m.Actors[0].Text = c.toks[i].text
			return []Mention{m}, true
		}
		return nil, false
	}
	if k := c.headOf[s]; k >= 0 {
		if m := c.ms[k]; len(m.Actors) == 1 && m.Actors[0].Kind == schema.Person {
			if femaleName(m.Actors[0].Name) != (c.toks[i].key == "she") {
				return nil, false
			}
			a := m.Actors[0]
			a.Text = c.toks[i].text
			return []Mention{{Actors: []schema.Actor{a}, Start: i, End: i + 1}}, true
		}
		return nil, false
	}
	if t.tag[s] == "NNP" && c.within[s] < 0 && !c.outlet(s) {
		return nil, true // "Schumer said he …": someone the dictionaries do not know (not "CNN reported that he")
	}
	return nil, false
}

// continuedQuote returns the speaker of the quotation an earlier sentence
// opened after a colon, or announced with a colon that ended it, when the
// word at i is still inside it (no quotation mark before it in this
// sentence but the one that opens it), or nil.
func (c *clause) continuedQuote(i int) *schema.Actor {
	p, from := c.st.quoteSpeaker, 0
	if p == nil && c.st.quoteNext != nil && len(c.toks) > 0 && isQuoteMark(c.toks[0].text) {
		p, from = c.st.quoteNext, 1 // the words "Hague also says that:" announced, opened here
	}
	if p == nil || i < from || slices.ContainsFunc(c.toks[from:i], func(t token) bool { return isQuoteMark(t.text) }) {
		return nil
	}
	a := *p
	a.Text = c.toks[i].text
	return &a
}

// quotedSpeaker returns what "we" at i stands for in a speaker's words:
// the country of an official ("'We hold the Russian government
// responsible,' Rhodes said") or the country or body that speaks, or nil.
// "I" (self) is the person who speaks.
func (c *clause) quotedSpeaker(i int, self bool) *schema.Actor {
	t := c.t
	for p, depth := i, 0; p >= 0 && depth < 6; p, depth = t.head[p], depth+1 {
		h := t.head[p]
		if h < 0 || t.rel[p] != "ccomp" && t.rel[p] != "parataxis" || !speechLemmas[t.lemma[h]] && !vowLemmas[t.lemma[h]] && !warnLike[t.lemma[h]] {
			continue // ("'We will crush ISIS,' Trump vowed")
		}
		if t.head[h] >= 0 {
			return nil // "If Putin is saying that we …": the quote's own speaker is outside
		}
		s := t.child(h, "nsubj")
		if s >= 0 && c.headOf[s] < 0 && !self && agentNouns[t.lemma[s]] {
			// "'We will attack,' a Taliban spokesman said": the body the
			// spokesman speaks for.
			if got := c.actorsOf(s, false); len(got) == 1 && len(got[0].Actors) == 1 && got[0].Actors[0].Kind != schema.Person {
				a := got[0].Actors[0]
				return &a
			}
		}
		if s < 0 || c.headOf[s] < 0 || len(c.ms[c.headOf[s]].Actors) != 1 {
			return nil
		}
		m := c.ms[c.headOf[s]]
		a := m.Actors[0]
		if self {
			if a.Kind != schema.Person {
				return nil
			}
			return &a
		}
		if a.Kind != schema.Person {
			return &a
		}
		if ca := c.countryOf(a, a.Text); ca != nil {
			return ca
		}
		if m.Affiliation != nil && m.Affiliation.Kind != schema.Person {
			aff := *m.Affiliation // "Ihsanullah Ihsan, the top spokesman for the Taliban": the group he speaks for
			return &aff
		}
		return nil
	}
	return nil
}

// countryOf returns the country person a holds office in, as written text,
// or nil.
func (c *clause) countryOf(a schema.Actor, text string) *schema.Actor {
	ca, ok := c.x.countryActor(a, text, c.st.date)
	if !ok {
		return nil
	}
	return &ca
}

// outlet reports whether the sayer at s is a news outlet, which no "he"
// or "she" stands for: "The Washington Post reported that he had two
// meetings", "CNN reported that he".
func (c *clause) outlet(s int) bool {
	return c.t.hasChildLemma(s, "det", "the") || outletWord(c.toks[s])
}

// sayer returns the actor who says the clause whose subject is the word
// at i ("Iran said it would …"), or nil.
func (c *clause) sayer(i int) *schema.Actor {
	s := c.sayerAt(i)
	if s < 0 || c.headOf[s] < 0 {
		return nil
	}
	if m := c.ms[c.headOf[s]]; len(m.Actors) == 1 {
		return &m.Actors[0]
	}
	return nil
}

// sayerAt returns the subject token of the verb of saying whose clause
// has the word at i as its subject, when it comes before i ("Iran said it
// …"), or -1.
func (c *clause) sayerAt(i int) int {
	t := c.t
	p := t.head[i]
	if !relIs(t.rel[i], "nsubj") || p < 0 || t.rel[p] != "ccomp" && t.rel[p] != "parataxis" || t.head[p] < 0 || !speechLemmas[t.lemma[t.head[p]]] {
		return -1
	}
	if s := t.child(t.head[p], "nsubj"); s >= 0 && s < i {
		return s
	}
	if sp := t.head[p]; t.rel[sp] == "advcl" && t.tag[sp] == "VBG" && t.head[sp] >= 0 {
		// "the EU urged Turkey to open its borders, saying it was
		// providing aid": who says it is the subject of the verb the
		// participle hangs on.
		if s := t.child(t.head[sp], "nsubj"); s >= 0 && s < i {
			return s
		}
	}
	return -1
}

// gerundDoer resolves "his" or "her" under a gerund with no subject of
// its own to the one who does it, the subject it inherits: "was fired for
// misleading Pence about his conversations with Kislyak" (Flynn's, not
// Pence's).
func (c *clause) gerundDoer(i int, female bool) *schema.Actor {
	t := c.t
	for p, depth := t.head[i], 0; p >= 0 && depth < 4; p, depth = t.head[p], depth+1 {
		if t.caseOf(p) == "for" || p != t.head[i] && t.child(p, "nmod:poss") >= 0 {
			return nil // "fired Comey for his handling of": the one judged; "Trump's account of his call": the nearer owner
		}
		if !strings.HasPrefix(t.tag[p], "VB") {
			continue
		}
		h := t.head[p]
		if t.tag[p] != "VBG" || t.child(p, "nsubj") >= 0 || t.child(p, "mark") < 0 || h < 0 {
			return nil // (not a bare participle: "citing his news conference with Putin" may be anyone's)
		}
		if t.rel[h] == "xcomp" && strings.HasPrefix(t.tag[h], "JJ") && t.head[h] >= 0 {
			h = t.head[h] // "pleaded guilty/xcomp to hiding his meetings": the verb the adjective completes
		}
		s := max(t.child(h, "nsubj"), t.child(h, "nsubj:pass"))
		if s >= 0 && (t.tag[s] == "WP" || t.tag[s] == "WDT") {
			s = c.antecedent(s) // "Flynn, who resigned after misleading Pence about his conversations"
		}
		subj := c.subjectOf(p, 0)
		if s < 0 || len(subj) != 1 || s < subj[0].Start || s >= subj[0].End || len(subj[0].Actors) != 1 || subj[0].Actors[0].Kind != schema.Person || femaleName(subj[0].Actors[0].Name) != female {
			return nil // the doer is the clause's subject ("accused Schiff of distorting his call" is not Schiff's)
		}
		return &subj[0].Actors[0]
	}
	return nil
}

// ownerOfOwn resolves "his own" or "her own" to the subject of its verb,
// inherited ones included: "sought help to undermine Biden and help his
// own reelection" (Trump's, not Biden's).
func (c *clause) ownerOfOwn(i int, female bool) *schema.Actor {
	if c.t.tag[i] != "PRP$" || i+1 >= len(c.toks) || c.toks[i+1].key != "own" {
		return nil
	}
	v := c.t.head[i]
	for v >= 0 && !strings.HasPrefix(c.t.tag[v], "VB") {
		v = c.t.head[v]
	}
	if v < 0 {
		return nil
	}
	if s := c.subjectOf(v, 0); len(s) == 1 && len(s[0].Actors) == 1 && s[0].Actors[0].Kind == schema.Person && femaleName(s[0].Actors[0].Name) == female {
		a := s[0].Actors[0]
		return &a
	}
	return nil
}

// isOwnSubject reports whether the actor id is the subject of the verb
// that takes the object pronoun at i.
func (c *clause) isOwnSubject(i int, id string) bool {
	v := c.t.head[i]
	if v < 0 || !strings.HasPrefix(c.t.tag[v], "VB") || c.t.rel[i] != "obj" && c.t.rel[i] != "iobj" {
		return false
	}
	for _, m := range c.subjectOf(v, 0) {
		for _, a := range m.Actors {
			if a.ID == id {
				return true
			}
		}
	}
	return false
}

// participleObject returns, for "it" as the object of a participial
// adjunct ("criticised China …, condemning it for …"), the actor that is
// the object of the verb the adjunct hangs on: the same one is criticised
// and condemned. Else nil.
func (c *clause) participleObject(i int) *schema.Actor {
	t := c.t
	v := t.head[i]
	if v < 0 || t.rel[i] != "obj" || t.tag[v] != "VBG" || t.rel[v] != "advcl" || t.child(v, "nsubj") >= 0 || t.child(v, "mark") >= 0 {
		return nil
	}
	o := t.child(t.head[v], "obj")
	if o < 0 || c.headOf[o] < 0 {
		return nil
	}
	if m := c.ms[c.headOf[o]]; len(m.Actors) == 1 && m.Actors[0].Kind != schema.Person {
		a := m.Actors[0]
		return &a
	}
	return nil
}

// fronted resolves a possessive in a phrase before its clause's subject
// to that subject, when it fits the pronoun (a person of its gender, or no
// person for "its"): "In his call to Nakatani, Carter said …" (his is
// Carter's), "With its invasion of Ukraine, Russia has …".
func (c *clause) fronted(i int, fits func(schema.Actor) bool) *schema.Actor {
	t := c.t
	if t.tag[i] != "PRP$" {
		return nil
	}
	p := i
	for t.head[p] >= 0 && !strings.HasPrefix(t.tag[t.head[p]], "VB") {
		p = t.head[p]
	}
	v := t.head[p]
	if v < 0 || !relIs(t.rel[p], "obl") && t.rel[p] != "advcl" {
		return nil
	}
	s := t.child(v, "nsubj")
	if s < 0 || s < i || c.headOf[s] < 0 {
		return nil
	}
	for _, m := range c.ms {
		if lo, _ := t.span(p); m.End <= i && m.Start >= lo && len(m.Actors) == 1 && fits(m.Actors[0]) {
			return nil // "To the frustration of the United States and its allies, …": the one named before it
		}
	}
	if m := c.ms[c.headOf[s]]; len(m.Actors) == 1 && fits(m.Actors[0]) {
		a := m.Actors[0]
		return &a
	}
	return nil
}

// armedAct reports whether the verb at v is an armed act, which a body
// like the UN does not do: "It launched a long-range rocket".
func (c *clause) armedAct(v int) bool {
	if v < 0 || !strings.HasPrefix(c.t.tag[v], "VB") {
		return false
	}
	if l := c.t.lemma[v]; l == "launch" || l == "fire" || l == "test" || l == "detonate" {
		return true
	}
	return slices.ContainsFunc(c.x.lex.Lookup(c.t.lemma[v], schema.Verb), func(e schema.LexiconEntry) bool { return e.Relation == schema.Attacked })
}

// judgedFor returns the actor that a verb of judging judges for the
// deed whose possessor is the word at i: "admonished Russia for its
// veto", "praised Japan for its support", or the one a measure over the
// deed is against: "took steps against Moscow over its support for the
// rebels", "imposed sanctions on Russia over its annexation". Or nil.
func (c *clause) judgedFor(i int) *schema.Actor {
	t := c.t
	p := t.head[i]
	if p < 0 || t.rel[i] != "nmod:poss" || t.caseOf(p) != "for" && t.caseOf(p) != "over" {
		return nil
	}
	o := -1 // the one judged or penalised
	switch h := t.head[p]; {
	case h < 0:
	case relIs(t.rel[p], "nmod") && penaltyWord(t.lemma[h]):
		// "hit Russia with new sanctions over its support for Assad",
		// "imposed sanctions on Iran for its role": the measure's target.
		o = max(c.prepChild(h, "against"), c.prepChild(h, "on"))
		if v := t.head[h]; o < 0 && v >= 0 {
			if o = max(c.prepChild(v, "against"), c.prepChild(v, "on")); o < 0 && t.caseOf(h) == "with" {
				o = t.child(v, "obj")
			}
		}
	case relIs(t.rel[p], "obl"):
		o = t.child(h, "obj")
		if o < 0 || !judgeForLemmas[t.lemma[h]] {
			// "took steps against Moscow over its support for the rebels",
			// "imposed sanctions on Russia over its annexation": the one the
			// measure is against.
			if k := max(c.prepChild(h, "against"), c.prepChild(h, "on")); k >= 0 || o < 0 {
				o = k
			} else if w := c.prepChild(h, "with"); w < 0 || !penaltyWord(t.lemma[w]) {
				// ("would hit Russia with new sanctions over its support": the
				// one hit.)
				o = max(c.prepChild(o, "against"), c.prepChild(o, "on"))
			}
		}
	}
	if o < 0 || o > i || c.headOf[o] < 0 {
		return nil
	}
	if m := c.ms[c.headOf[o]]; len(m.Actors) == 1 && m.Actors[0].Kind != schema.Person {
		a := m.Actors[0]
		return &a
	}
	return nil
}

// penaltyWord reports whether lemma l is a measure against a state: a
// sanction, a tariff, an embargo.
func penaltyWord(l string) bool { return penaltyNouns[l] || tradeMeasures[l] }

// sayerIsNoActor reports whether the word at i is the subject of what a
// name or a noun that is no actor said ("Boeing said it would …").
func (c *clause) sayerIsNoActor(i int) bool {
	t := c.t
	s := c.sayerAt(i)
	return s >= 0 && c.within[s] < 0 && strings.HasPrefix(t.tag[s], "NN") && !corefWords[t.lemma[s]] && t.child(s, "nmod:poss") < 0 && t.child(s, "amod") < 0 && t.child(s, "compound") < 0
}

// controlledObject resolves "it" as an object in an infinitive that the
// higher verb's object controls: "Turkey pressed NATO and the EU to side
// with it" (it cannot be the infinitive's own subject, NATO or the EU: it
// is the higher verb's subject, Turkey). ok is false when the pronoun is
// in no such infinitive; the actor is nil when that subject is no actor
// ("advances allowed them to besiege it").
func (c *clause) controlledObject(i int) (a *schema.Actor, ok bool) {
	t := c.t
	v := t.head[i]
	if relIs(t.rel[i], "nsubj") || v < 0 || !strings.HasPrefix(t.tag[v], "VB") || t.rel[v] != "xcomp" && !(t.rel[v] == "advcl" && t.hasChildLemma(v, "mark", "to")) {
		return nil, false
	}
	h := t.head[v]
	if h < 0 || max(t.child(h, "obj"), t.child(h, "iobj")) < 0 {
		return nil, false
	}
	s := t.child(h, "nsubj")
	if s < 0 {
		return nil, false
	}
	if k := c.headOf[s]; k >= 0 && len(c.ms[k].Actors) == 1 && c.ms[k].Actors[0].Kind != schema.Person {
		a := c.ms[k].Actors[0]
		return &a, true
	}
	return nil, true
}

// nearerCommonPerson reports whether a person named by a common noun
// alone, a verb's argument (not a person's object), stands between the
// person the article named (known) and the pronoun at i: "Nusra executed
// a pilot after his plane was shot down" is the pilot's plane, "Taylor
// said the president had made clear he wanted an inquiry" the
// president's wish, no one the article named. An office the person named
// holds is that person: "Sondland called Trump, and the president asked
// him about the investigations he wanted".
func (c *clause) nearerCommonPerson(i int, known schema.Actor, from int) bool {
	t := c.t
	for j := from; j < i; j++ {
		if t.tag[j] != "NN" || c.toks[j].cap() || c.within[j] >= 0 || c.headOf[j] >= 0 ||
			t.rel[j] != "obj" && t.rel[j] != "iobj" && !relIs(t.rel[j], "nsubj") {
			continue
		}
		office, ok := officeRoles[t.lemma[j]]
		if !commonPeople[t.lemma[j]] && !(ok && t.child(j, "det") >= 0 && !strings.Contains(office, known.Role+"|")) {
			continue
		}
		// (Not the object of a person: "he shouldn't have met a foreign
		// leader before his inauguration" is his own.)
		if h := t.head[j]; t.rel[j] != "nsubj" && h >= 0 {
			if s := t.child(h, "nsubj"); s >= 0 && (c.toks[s].key == "he" || c.toks[s].key == "she" ||
				c.headOf[s] >= 0 && c.ms[c.headOf[s]].Actors[0].Kind == schema.Person) {
				continue
			}
		}
		return true
	}
	return false
}

// commonPeople are people a common noun names who hold no office.
var commonPeople = map[string]bool{
	"pilot": true, "journalist": true, "reporter": true, "soldier": true, "activist": true, "prisoner": true,
	"detainee": true, "citizen": true, "student": true, "worker": true, "businessman": true, "boy": true,
	"girl": true, "officer": true, "hostage": true, "suspect": true, "dissident": true, "tourist": true,
}

// officeRoles are nouns for an office, with the gazetteer roles ("|"
// after each) of those who hold it; "" for an office it lists no one in.
var officeRoles = map[string]string{
	"president": "head_of_state|head_of_government|", "premier": "head_of_government|", "chancellor": "head_of_government|",
	"king": "head_of_state|", "queen": "head_of_state|", "emir": "head_of_state|", "prince": "head_of_state|",
	"minister": "head_of_government|foreign_minister|", "leader": "head_of_state|head_of_government|party_leader|",
	"director": "", "ambassador": "", "envoy": "", "spokesman": "", "spokeswoman": "", "senator": "", "official": "",
	"secretary": "foreign_minister|secretary_general|", "general": "", "commander": "", "governor": "", "mayor": "", "diplomat": "",
}

// personBefore resolves "his", "him" or "her" at i: the nearest person
// named before it in the sentence, else the first of the sentence before
// (its subject, most often), of the pronoun's gender. A person no
// dictionary knows who comes nearer blocks it (see state.pronounPerson).
func (c *clause) personBefore(i int, female bool) *schema.Actor {
	fits := func(a schema.Actor) bool { return a.Kind == schema.Person && femaleName(a.Name) == female }
	known := -1
	for k, m := range c.ms {
		if m.End <= i && len(m.Actors) == 1 && m.Actors[0].Kind == schema.Person {
			known = k
		}
	}
	unknown := c.x.unknownNames(c.toks, i, c.st.date, func(j int) bool { return c.within[j] >= 0 })
	if len(unknown) > 0 && (known < 0 || unknown[len(unknown)-1] > c.ms[known].Start) {
		return nil
	}
	if known >= 0 && c.nearerCommonPerson(i, c.ms[known].Actors[0], c.ms[known].End) {
		return nil
	}
	if known >= 0 {
		if a := c.clauseSubject(i); a != nil && fits(*a) && c.t.tag[i] == "PRP$" {
			// Only the possessive: "him" is never its clause's subject.
			return a
		}
		if s := c.clauseSubjectAt(i); s >= 0 && s < i && c.t.tag[i] == "PRP$" && (c.toks[s].key == "he" && !female || c.toks[s].key == "she" && female) {
			// "he misled Pence about his conversations with Kislyak": a
			// subject pronoun owns the possessive after it, whoever it is.
			if m, ok := c.corefer(s); ok && len(m.Actors) == 1 && fits(m.Actors[0]) {
				return &m.Actors[0]
			}
		}
		if s := c.clauseSubjectAt(i); s >= 0 && s < i && c.headOf[s] < 0 && c.t.tag[i] == "PRP$" && c.t.tag[s] == "NN" && officeNouns[c.t.lemma[s]] {
			// "Comey said the president has kept officials from his
			// conversations with Putin": his is the president's, whom no
			// name here gives; better no one than the name before.
			return nil
		}
		if v := c.t.head[i]; c.t.tag[i] == "PRP" && v >= 0 && c.t.rel[v] == "conj" && c.t.head[v] >= 0 && c.t.child(v, "nsubj") < 0 {
			// "Clinton blasted Trump as a puppet of Putin and called on
			// him to condemn …": the object of the verb before, which
			// shares the subject, not a name inside a phrase.
			if o := c.t.child(c.t.head[v], "obj"); o >= 0 && o < i && c.headOf[o] >= 0 && len(c.ms[c.headOf[o]].Actors) == 1 && fits(c.ms[c.headOf[o]].Actors[0]) {
				return &c.ms[c.headOf[o]].Actors[0]
			}
		}
		return c.lastBefore(i, fits, nil)
	}
	if c.st.curUnknownFirst {
		return nil
	}
	for _, p := range c.st.curPeople { // the sentence before's, as c.st is the state before this one
		if fits(p) {
			return &p
		}
	}
	if len(c.st.curPeople) == 0 && !c.st.prevUnknownFirst && firstWord(c.toks, i) {
		// "Guterres voiced alarm over the fighting. Rebels have seized
		// territory. He urged Rwanda …": past a sentence that names no
		// one, the one named before it.
		for _, p := range c.st.prevPeople {
			if fits(p) {
				return &p
			}
		}
	}
	return nil
}

// otherOfTwo returns the person of the sentence before other than id when
// it named one or two people of that gender and this one names none before
// token i but the clause's subject, or nil: "Trump met Putin. He praised
// him", "Putin arrived in Ankara. Erdogan welcomed him".
func (c *clause) otherOfTwo(i int, id string, female bool) *schema.Actor {
	for _, m := range c.ms {
		if m.End <= i && len(m.Actors) == 1 && m.Actors[0].Kind == schema.Person && m.Start != c.t.child(c.t.head[i], "nsubj") {
			return nil
		}
	}
	if len(c.x.unknownNames(c.toks, i, c.st.date, func(j int) bool { return c.within[j] >= 0 })) > 0 {
		return nil // "officer Christopher Anderson testified that Bolton cautioned him"
	}
	var other *schema.Actor
	n := 0
	for k, p := range c.st.curPeople { // the sentence before's
		if p.Kind != schema.Person || femaleName(p.Name) != female || k > 0 && slices.ContainsFunc(c.st.curPeople[:k], func(q schema.Actor) bool { return q.ID == p.ID }) {
			continue
		}
		n++
		if p.ID != id {
			other = &c.st.curPeople[k]
		}
	}
	if n > 2 {
		return nil
	}
	return other
}

// clauseSubject returns the actor of the subject of the nearest clause
// that holds token i outside its subject, when that subject comes before i
// and is one mention of one actor: "Flynn misled Pence about his talks"
// (his is Flynn, the subject, before the nearer Pence), as the centre of
// a sentence is its subject most often. It returns nil otherwise.
func (c *clause) clauseSubject(i int) *schema.Actor {
	s := c.clauseSubjectAt(i)
	if s < 0 || c.headOf[s] < 0 {
		return nil
	}
	if m := c.ms[c.headOf[s]]; len(m.Actors) == 1 {
		a := m.Actors[0]
		return &a
	}
	return nil
}

// rebutter returns the actor who rebuts the report whose clause has i as
// subject: "Iran rejected U.S. claims that it attacked the tankers",
// "Tehran denied reports that it had armed the Houthis". The report says
// what the rebutter is charged with, so "it" is the rebutter.
func (c *clause) rebutter(i int) *schema.Actor {
	t := c.t
	p := t.head[i]
	if p < 0 || !relIs(t.rel[i], "nsubj") {
		return nil
	}
	v := t.head[p]
	switch {
	case v >= 0 && (t.rel[p] == "acl" || t.rel[p] == "ccomp") && claimNouns[t.lemma[v]] && t.rel[v] == "obj":
		v = t.head[v]
	case v >= 0 && (t.rel[p] == "ccomp" || t.rel[p] == "advcl") && t.child(v, "obj") >= 0 && claimNouns[t.lemma[t.child(v, "obj")]]:
	default:
		return nil
	}
	if v < 0 || !rebutLemmas[t.lemma[v]] {
		return nil
	}
	if s := t.child(v, "nsubj"); s >= 0 && c.headOf[s] >= 0 && len(c.ms[c.headOf[s]].Actors) == 1 {
		a := c.ms[c.headOf[s]].Actors[0]
		return &a
	}
	return nil
}

// ownSubjectIDs returns the ids of the actors named as the subject of the
// clause word i (not itself a subject) is in, conjuncts included.
func (c *clause) ownSubjectIDs(i int) map[string]bool {
	if relIs(c.t.rel[i], "nsubj") {
		return nil
	}
	s := c.clauseSubjectAt(i)
	if s < 0 {
		return nil
	}
	ids := map[string]bool{}
	for _, k := range c.t.conjuncts(s) {
		if n := c.headOf[k]; n >= 0 {
			for _, a := range c.ms[n].Actors {
				ids[a.ID] = true
			}
		}
	}
	return ids
}

// clauseSubjectAt returns the token of the subject clauseSubject reads
// (the object that controls an infinitive included), or -1.
func (c *clause) clauseSubjectAt(i int) int {
	t := c.t
	for p, depth := t.head[i], 0; p >= 0 && depth < 6; p, depth = t.head[p], depth+1 {
		if h := t.head[p]; h >= 0 && relIs(t.rel[p], "obl") && t.caseOf(p) == "for" && judgeLemmas[t.lemma[h]] && t.child(h, "obj") >= 0 {
			return t.child(h, "obj") // "punished Moscow for its cooperation": the one judged
		}
		if o := c.penaltyFor(p); o >= 0 {
			// "is expected to impose sanctions on Minsk, perhaps next
			// month, for its raids": the one penalized.
			if k := c.prepChild(o, "on"); k >= 0 && c.headOf[k] >= 0 {
				return k
			}
		}
		s := t.child(p, "nsubj")
		if s < 0 {
			// A participle or infinitive of purpose shares the clause's
			// subject: "pleaded guilty to lying about his conversations".
			controlled := t.rel[p] == "advcl" && (t.tag[p] == "VBG" || t.tag[p] == "VB") && t.child(p, "mark") >= 0 && !t.hasChildLemma(p, "mark", "for")
			if r := t.rel[p]; r != "xcomp" && r != "conj" && !controlled && !strings.HasPrefix(t.tag[p], "NN") && !strings.HasPrefix(t.tag[p], "PRP") {
				return -1 // a clause of its own without a subject: the parse is no guide
			}
			if h := t.head[p]; t.rel[p] == "xcomp" && h >= 0 && max(t.child(h, "obj"), t.child(h, "iobj")) >= 0 && !c.doubleGenitive(max(t.child(h, "obj"), t.child(h, "iobj"))) {
				return max(t.child(h, "obj"), t.child(h, "iobj")) // "urged Williams to sue his attacker": the object controls
			}
			continue
		}
		if lo, hi := t.span(s); lo <= i && i <= hi {
			continue // the pronoun is inside the subject: "Trump said his visit …"
		}
		if s > i {
			return -1
		}
		return s
	}
	return -1
}

// nounBefore reports whether the nearest subject or object before token i
// in the sentence is a singular common noun no actor stands for: "it" is
// more likely that noun than an actor named further back.
func (c *clause) nounBefore(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if c.within[j] >= 0 {
			return false
		}
		r := c.t.rel[j]
		if h := c.t.head[i]; c.t.rel[i] == "nsubj" && h >= 0 && c.t.rel[h] == "acl:relcl" && c.t.head[h] == j && c.relativeIs(h, "obj") {
			continue // "the deal it signed with Kyiv": the noun is what it signed, not it
		}
		if (c.t.tag[j] == "NN" || c.t.tag[j] == "VBG" && r != "acl") && (relIs(r, "nsubj") || r == "obj") && len(c.actorsOf(j, false)) == 0 {
			return true
		}
	}
	return false
}

// quoteBeforeSayer returns, for a word inside the subject of a verb of
// saying that follows a quotation ("“…,” its ministry said"), where the
// quotation opens (0 when it opens the sentence), or -1.
func (c *clause) quoteBeforeSayer(i int) int {
	t := c.t
	s := i
	for s >= 0 && !relIs(t.rel[s], "nsubj") {
		if s = t.head[s]; s >= 0 && strings.HasPrefix(t.tag[s], "VB") {
			return -1
		}
	}
	if s < 0 || t.head[s] < 0 || !speechLemmas[t.lemma[t.head[s]]] {
		return -1
	}
	lo, _ := t.span(s)
	k := lo - 1
	for k >= 0 && (c.toks[k].key == "," || c.toks[k].key == ".") {
		k--
	}
	if k < 0 || t.tag[k] != "''" {
		return -1
	}
	for q := k - 1; q >= 0; q-- {
		if t.tag[q] == "``" {
			return q
		}
	}
	return 0
}

// helpedIn returns the one actor helped by a verb of support when the
// possessive at i owns the "in" phrase of that verb: "supports Iraq in
// its fight against ISIS", "stands behind the Iraqi government in its
// battle with the Islamic State", "will help Ukraine in its war".
func (c *clause) helpedIn(i int) *schema.Actor {
	t := c.t
	n := t.head[i]
	if n < 0 || t.rel[i] != "nmod:poss" || t.caseOf(n) != "in" || t.head[n] < 0 {
		return nil
	}
	if h := t.head[n]; relIs(t.rel[n], "nmod") && t.head[h] >= 0 && helpInLemmas[t.lemma[t.head[h]]] && (t.rel[h] == "obj" || relIs(t.rel[h], "obl") && (t.caseOf(h) == "behind" || t.caseOf(h) == "with")) {
		// "stands behind the Iraqi government in/nmod its battle": the
		// phrase hung on the one helped.
		if got := c.argsOf(h, true); len(got) == 1 && len(got[0].Actors) == 1 {
			a := got[0].Actors[0]
			return &a
		}
		return nil
	}
	if !relIs(t.rel[n], "obl") {
		return nil
	}
	v := t.head[n]
	if !helpInLemmas[t.lemma[v]] {
		return nil
	}
	var got []Mention
	if o := t.child(v, "obj"); o >= 0 && o < n {
		got = c.argsOf(o, true)
	} else if k := c.prepChild(v, "behind"); k >= 0 && k < n {
		got = c.argsOf(k, true)
	} else if k := c.prepChild(v, "with"); k >= 0 && k < n && t.lemma[v] == "stand" {
		got = c.argsOf(k, true)
	}
	if len(got) != 1 || len(got[0].Actors) != 1 {
		return nil
	}
	a := got[0].Actors[0]
	return &a
}

// helpInLemmas support another in what it does: "backs Turkey in its
// dispute with Syria".
var helpInLemmas = map[string]bool{
	"support": true, "back": true, "help": true, "assist": true, "aid": true, "stand": true, "arm": true,
	"defend": true, "join": true, "train": true, "equip": true, "encourage": true,
}

// conjoinedSubject returns the one actor subject of the clause that the
// clause of subject s is coordinated with, or nil.
func (c *clause) conjoinedSubject(s int) *schema.Actor {
	t := c.t
	v := t.head[s]
	if v < 0 || t.rel[v] != "conj" || t.head[v] < 0 {
		return nil
	}
	got := c.argsOf(t.child(t.head[v], "nsubj"), false)
	if len(got) != 1 || len(got[0].Actors) != 1 {
		return nil
	}
	a := got[0].Actors[0]
	return &a
}

// lastBefore returns the last actor before token i in this sentence that
// fits, or else fallback (the article's last such actor).
func (c *clause) lastBefore(i int, fits func(schema.Actor) bool, fallback *schema.Actor) *schema.Actor {
	for k := len(c.ms) - 1; k >= 0; k-- {
		m := c.ms[k]
		if m.End <= i && len(m.Actors) == 1 && fits(m.Actors[0]) && !m.Place && m.Suffix == "" { // not "Britain-based"
			a := m.Actors[0]
			return &a
		}
	}
	if fallback != nil && fits(*fallback) {
		return fallback
	}
	return nil
}

// describedBySide reports whether the noun at i is qualified by an actor
// it stands with: "a top Syrian opposition figure, Riad Hijab," (a person
// no dictionary knows, named in apposition).
func (c *clause) describedBySide(i int) bool {
	for _, k := range c.t.kids[i] {
		if r := c.t.rel[k]; k < i && (r == "compound" || r == "amod") && c.headOf[k] >= 0 && c.ms[c.headOf[k]].Actors[0].Kind != schema.Person && !c.ms[c.headOf[k]].Place {
			return true
		}
	}
	return false
}

// withConj adds the actors of the words coordinated with i.
func (c *clause) withConj(i int, first []Mention, object bool, depth int) []Mention {
	out := first
	for _, k := range c.t.conjuncts(i)[1:] {
		out = append(out, c.actorsDepth(k, object, depth)...)
	}
	return out
}

// argsOf returns the actors of word i and of its conjuncts.
func (c *clause) argsOf(i int, object bool) []Mention {
	if i < 0 {
		return nil
	}
	var out []Mention
	for _, k := range c.t.conjuncts(i) {
		for _, m := range c.actorsOf(k, object) {
			if n := len(out); n > 0 && c.appositive(out[n-1], m) {
				continue // "Lavrov, Russia's foreign minister": one person
			}
			if _, ok := compoundRel[m.Suffix]; ok {
				continue // "struck an Iranian-backed militia": the backer is not struck; "U.S.-backed fighters attacked": nor does it strike
			}
			out = append(out, m)
		}
	}
	return out
}

// permanentMembers are the states with a permanent seat in the Security
// Council, one mention each on the span of the Council's mention.
func (c *clause) permanentMembers(council Mention) []Mention {
	var out []Mention
	for _, id := range []string{"USA", "GBR", "FRA", "RUS", "CHN"} {
		if e, ok := c.x.gaz.Entity(id); ok {
			out = append(out, Mention{Actors: []schema.Actor{c.x.actor(e, council.Actors[0].Text, c.st.date)}, Start: council.Start, End: council.End})
		}
	}
	return out
}

// appositive reports whether mention m is the title of person p, in
// apposition right after p's name: "Lavrov, Russia's foreign minister".
func (c *clause) appositive(p, m Mention) bool {
	return p.Affiliation != nil && len(m.Actors) == 1 && m.Actors[0].ID == p.Affiliation.ID &&
		p.End < len(c.toks) && c.toks[p.End].key == "," && m.Start == p.End+1
}

// speechLemmas introduce reported speech: their subject is the reporter.
var speechLemmas = map[string]bool{
	"say": true, "tell": true, "state": true, "announce": true, "claim": true, "add": true, "report": true,
	"declare": true, "insist": true, "argue": true, "note": true, "stress": true, "write": true, "confirm": true,
	"allege": true, "assert": true, "believe": true, "think": true, "suggest": true, "indicate": true,
	"complain": true, "counter": true, "maintain": true, "contend": true, "charge": true,
	"testify": true, "acknowledge": true, "admit": true, "recall": true, "explain": true, "reveal": true, "disclose": true,
	"brief": true, "tweet": true, "post": true,
}

// officeNouns name a person by office: "the president", "the minister".
var officeNouns = map[string]bool{
	"president": true, "minister": true, "premier": true, "chancellor": true, "king": true, "queen": true,
	"leader": true, "secretary": true, "ambassador": true, "envoy": true, "spokesman": true, "spokeswoman": true,
	"senator": true, "general": true, "commander": true, "prince": true, "emir": true,
}

// foeNouns name another's enemy: "Israel's foe", "its archenemy"; the
// foe is the apposition ("Saudi Arabia's archenemy, Iran"), never the
// possessor.
var foeNouns = map[string]bool{
	"enemy": true, "archenemy": true, "arch-enemy": true, "foe": true, "adversary": true, "nemesis": true,
	"archrival": true, "arch-rival": true,
}

// otherPersonNouns name someone other than their possessor: "his
// counterpart", "Trump's lawyer".
var otherPersonNouns = map[string]bool{
	"counterpart": true, "aide": true, "staff": true, "lawyer": true, "attorney": true, "adviser": true, "advisor": true,
	"son": true, "daughter": true, "wife": true, "husband": true, "successor": true, "predecessor": true,
	"rival": true, "opponent": true, "critic": true, "associate": true, "deputy": true,
}

// objectControl verbs lend their object to an xcomp: "urged Iran to
// attack", "asked Russia to pressure".
var objectControl = map[string]bool{
	"urge": true, "ask": true, "press": true, "call": true, "encourage": true, "persuade": true,
	"force": true, "push": true, "pressure": true, "order": true, "invite": true, "help": true,
	"allow": true, "permit": true, "enable": true, "require": true, "want": false, "convince": true,
	"lead": true, "prompt": true, "tell": true, "warn": true, "let": true, "make": true, "watch": true, "see": true,
}

// futureLemmas make an xcomp a plan; hypoLemmas make it hypothetical.
var (
	futureLemmas = map[string]bool{
		"plan": true, "expect": true, "intend": true, "aim": true, "prepare": true, "schedule": true,
		"set": true, "due": true, "hope": true, "seek": true, "want": true, "try": true, "go": true,
		"agree": true, "decide": true, "promise": true, "pledge": true, "vow": true, "offer": true,
		"propose": true, "attempt": true, "wish": true, "move": true, "close": true, "invite": true, "invitation": true, "poised": true, "poise": true,
		"slate": true, "hopeful": true, "eager": true, "keen": true,
	}
	hypoLemmas = map[string]bool{
		"threaten": true, "warn": true, "urge": true, "call": true, "ask": true, "demand": true,
		"press": true, "encourage": true, "consider": true, "possible": true, "ready": true, "willing": true,
		"able": true, "likely": true, "could": true, "would": true, "lean": true, "rely": true, "count": true,
		"depend": true, "prevail": true, "bank": true, "pressure": true, "push": true,
		"authorize": true, "authorise": true, "empower": true,
		// Directed, not yet done: "Kushner told Flynn to contact Russia".
		"tell": true, "direct": true, "instruct": true, "order": true, "request": true, "advise": true,
		"allow": true, "permit": true,
		// Schemed, not done: "accused Colombia of plotting to kill him".
		"plot": true, "conspire": true, "scheme": true,
		// Held back from: "was reluctant to retaliate against Russia".
		"reluctant": true, "unwilling": true, "hesitant": true, "loath": true, "loth": true, "hesitate": true, "afraid": true, "shy": true, "scared": true,
	}
)

// sameClause reports whether word i is in the clause headed by its
// ancestor p and not in a clause of its own below it (an adverbial or
// relative clause, a participle): "opposed repatriating prisoners to
// Yemen, where the government is battling al-Qaeda" does not oppose the
// battle.
func (c *clause) sameClause(i, p int) bool {
	for q := i; q != p && q >= 0; q = c.t.head[q] {
		if r := c.t.rel[q]; r == "advcl" || relIs(r, "acl") || r == "parataxis" {
			return false
		}
	}
	return true
}

// opposeActLemmas set their subject against an act a gerund names.
var opposeActLemmas = map[string]bool{"oppose": true, "resist": true, "object": true, "avoid": true, "eschew": true, "shun": true, "balk": true}

// advisedNouns are the people a travel warning is given to.
var advisedNouns = map[string]bool{"citizen": true, "national": true, "traveler": true, "traveller": true, "tourist": true, "american": true, "visitor": true, "resident": true}

// frameworkNouns lay out an event to come: "a roadmap for talks".
var frameworkNouns = map[string]bool{"framework": true, "roadmap": true, "blueprint": true, "plan": true, "proposal": true, "formula": true, "timetable": true}

// frame is what the rules found for one trigger: who, what, to whom.
type frame struct {
	subj, obj []Mention
	rel       schema.Relation
	trigger   int
	neg       bool
	mod       schema.Modality
	rep       *schema.Actor
	conf      float64
	rule      string // the construction, for the confidence: see ruleConfidence
}

// relateTree finds the relations of every trigger of the sentence.
func (x *Extractor) relateTree(c *clause) []relation {
	var out []relation
	// The readers of a word's own construction, each at most one frame:
	// stays and visits, threats foretold, summons, representation.
	readers := []func(int) (frame, bool){c.dueIn, c.presentIn, c.hostedIn, c.metThere, c.respondIf, c.summonedTo, c.speaksFor, c.spokeThere, c.described, c.invitedTo, c.jointAct, c.atRequest, c.lentBases, c.barredInspectors, c.sentTo, c.forceAgainst, c.drawnInto, c.stayedIn, c.vowedRevenge, c.onBehalf, c.toLeave, c.vetoCast, c.endedWithout, c.meetingYielded, c.answeredInKind, c.bannedIn, c.damnedPractice, c.enRoute, c.pouredInto, c.calledForRuin, c.visitorMet, c.visitorCame, c.attendedThere, c.leftThere, c.protestedOver, c.optionsOnTable, c.pitsAgainst, c.tripTakes, c.visitingGuest, c.reportedObligation, c.relationalPredicate, c.agreedOn, c.broughtTogether, c.summedAsCharge, c.chargeRebutted, c.heldTaken, c.notUnpunished, c.refusedToAccept, c.joinedLed, c.warnedOf, c.reliedOn, c.wordsFor, c.toldLeader, c.orFace, c.legitimateTarget, c.accusedOfVice, c.timeFor}
	for i, tag := range c.t.tag {
		for _, read := range readers {
			if f, ok := read(i); ok {
				out = append(out, c.pairs(f)...)
			}
		}
		if (tag == "JJ" || tag == "VBN") && stanceAdjectives[c.toks[i].key] != "" {
			if f, ok := c.stance(i); ok {
				out = append(out, c.pairs(f)...)
			}
		}
		if strings.HasPrefix(tag, "VB") && (wrongLemmas[c.t.lemma[i]] || c.backsTerror(i) || c.bannedArms(i) || c.committedCrime(i) || c.inViolation(i)) {
			if f, ok := c.reportedWrong(i); ok {
				out = append(out, c.pairs(f)...)
			}
		}
		if l := c.t.lemma[i]; tag == "VBN" && c.t.rel[i] == "acl" && (l == "commit" || l == "perpetrate") && c.t.head[i] >= 0 && crimeNouns[c.t.lemma[c.t.head[i]]] {
			if f, ok := c.reportedCrime(i); ok {
				out = append(out, c.pairs(f)...)
			}
		}
		if strings.HasPrefix(tag, "VB") && coActLemmas[c.t.lemma[i]] {
			if f, ok := c.coActors(i); ok {
				for a := range f.subj {
					for b := a + 1; b < len(f.subj); b++ {
						out = appendPairs(out, f.subj[a:a+1], f.subj[b:b+1], f.rel, c.toks[i], f.conf, f.neg, f.mod, f.rep)
					}
				}
				out = withRule(out, f.rule)
			}
		}
		if strings.HasPrefix(tag, "VB") && (warnLike[c.t.lemma[i]] || speechLemmas[c.t.lemma[i]]) {
			if f, ok := c.announcedHostility(i); ok {
				out = append(out, c.pairs(f)...)
			}
		}
		if strings.HasPrefix(tag, "VB") && threatenLemmas[c.t.lemma[i]] {
			if f, ok := c.conditionalThreat(i); ok {
				out = append(out, c.pairs(f)...)
			}
		}
		if (tag == "VBN" || tag == "JJ") && dismayLemmas[c.t.lemma[i]] {
			if f, ok := c.dismayed(i); ok {
				out = append(out, c.pairs(f)...)
			}
		}
		if strings.HasPrefix(tag, "VB") && nameLemmas[c.t.lemma[i]] {
			if f, ok := c.namedAlly(i); ok {
				out = append(out, c.pairs(f)...)
			}
		}
		if strings.HasPrefix(tag, "VB") && launchLemmas[c.t.lemma[i]] {
			c.noteLaunch(i)
		}
		if strings.HasPrefix(tag, "VB") && c.t.lemma[i] == "give" {
			if f, ok := c.deadline(i); ok {
				out = append(out, c.pairs(f)...)
			}
		}
		if strings.HasPrefix(tag, "VB") && addressLemmas[c.t.lemma[i]] {
			if f, ok := c.addressedByPhone(i); ok {
				out = append(out, c.pairs(f)...)
			}
		}
		if strings.HasPrefix(tag, "VB") && (carryLemmas[c.t.lemma[i]] || c.t.lemma[i] == "commit") {
			if f, ok := c.reportedPerpetrator(i); ok {
				out = append(out, c.pairs(f)...)
			}
		}
		if c.t.lemma[i] == "agree" && strings.HasPrefix(tag, "VB") {
			if f, ok := c.agreedWith(i); ok {
				out = append(out, c.pairs(f)...)
			}
		}
		if strings.HasPrefix(tag, "VB") && killLemmas[c.t.lemma[i]] {
			if f, ok := c.reportedKilling(i); ok {
				out = append(out, c.pairs(f)...)
			}
		}
		if strings.HasPrefix(tag, "VB") && penaltyLemmas[c.t.lemma[i]] {
			if f, ok := c.reportedPenalty(i); ok {
				out = append(out, c.pairs(f)...)
			}
		}
		// "he is biased/VBN": a participle of state, read as an adjective.
		// ('was "deeply flawed/VBN"': the parser's copula.)
		stative := tag == "VBN" && (c.t.child(i, "aux:pass") >= 0 || c.t.child(i, "cop") >= 0) && c.t.child(i, "obl:agent") < 0
		if (strings.HasPrefix(tag, "JJ") || strings.HasPrefix(tag, "NN") || stative) && (negativeWords[c.toks[i].key] || judgmentWords[c.t.lemma[i]]) {
			if f, ok := c.reportedJudgment(i); ok {
				out = append(out, c.pairs(f)...)
			} else if f, ok := c.namedExamples(i); ok {
				out = append(out, c.pairs(f)...)
			} else if f, ok := c.reportedCharge(i); ok {
				out = append(out, c.pairs(f)...)
			}
		}
		if strings.HasPrefix(tag, "NN") && rallyNouns[c.t.lemma[i]] != "" {
			if f, ok := c.cameToAid(i); ok {
				out = append(out, c.pairs(f)...)
			}
		}
		if strings.HasPrefix(tag, "VB") && (damageVerbs[c.t.lemma[i]] || c.t.lemma[i] == "have" && c.t.hasChildLemma(i, "obj", "consequence", "repercussion")) {
			if f, ok := c.reportedHarm(i); ok {
				out = append(out, c.pairs(f)...)
			}
		}
		if hesitateWords[c.t.lemma[i]] {
			if f, ok := c.unhesitating(i); ok {
				out = append(out, c.pairs(f)...)
			}
		}
		if tag == "VBN" && c.t.lemma[i] == "trust" {
			if f, ok := c.distrusted(i); ok {
				out = append(out, c.pairs(f)...)
			}
		}
		if strings.HasPrefix(tag, "VB") && listingLemmas[c.t.lemma[i]] {
			if f, ok := c.blacklisted(i); ok {
				out = append(out, c.pairs(f)...)
			}
		}
		if tag == "JJ" && (c.t.lemma[i] == "responsible" || c.t.lemma[i] == "accountable") || c.t.lemma[i] == "complicit" || c.t.lemma[i] == "culpable" || c.t.lemma[i] == "guilty" || strings.HasPrefix(tag, "NN") && c.t.caseOf(i) == "behind" && harmNouns[c.t.lemma[i]] || c.toBlame(i) || c.harmsWork(i) {
			if f, ok := c.blame(i); ok {
				out = append(out, c.pairs(f)...)
			}
			continue
		}
		var pos schema.POS
		switch {
		case (tag == "JJ" || tag == "VBG") && nominalRels[c.t.rel[i]]:
			pos = schema.Noun // the tree says it is a noun: "launched an offensive"
		case tag == "VBG" && c.t.rel[i] == "csubj" && c.t.child(i, "obj") < 0 && c.t.child(i, "nsubj") < 0 && c.t.child(i, "aux") < 0:
			pos = schema.Noun // a gerund subject with no object is the event: "Fighting between Armenia and Azerbaijan killed dozens"
		case strings.HasPrefix(tag, "VB"):
			pos = schema.Verb
		case strings.HasPrefix(tag, "NN"):
			pos = schema.Noun
		default:
			continue
		}
		// A word inside an actor's name is no trigger, but the noun that
		// closes a demonym mention is ("Russian strikes").
		if k := c.within[i]; k >= 0 && !(pos == schema.Noun && c.ms[k].End == i+1 && c.ms[k].Start < i) {
			continue
		}
		if pos == schema.Noun && tag == "VBG" {
			c.t.lemma[i] = c.toks[i].key // a gerund read as a noun is its own lemma: "fighting"
		}
		l := c.t.lemma[i]
		if pos == schema.Noun && (l == "attempt" || l == "plot") && c.t.hasChildLemma(i, "compound", "assassination", "murder", "kill") {
			l = "attack" // "an assassination attempt against Skripal": an attack on him
		}
		if pos == schema.Noun && armedNouns[l] && !(l == "force" && tag == "NNS") && (c.t.hasChildLemma(i, "amod", "military", "armed") || c.t.hasChildLemma(i, "compound", "military")) {
			l = "operation" // "military action against Syria" is an armed operation (but "Iraq's armed forces" are troops)
		} else if pos == schema.Noun && (armedNouns[l] || l == "step") && c.t.hasChildLemma(i, "amod", "punitive") {
			l, c.t.lemma[i] = "sanction", "sanction" // "punitive measures against Russia" are sanctions
		} else if v := c.t.head[i]; pos == schema.Noun && (armedNouns[l] || l == "step") && c.t.hasChildLemma(i, "amod", "retaliatory") && v >= 0 &&
			(c.t.hasChildLemma(v, "aux", "will", "would", "could", "may", "might", "shall", "'ll") || foretellLemmas[c.t.lemma[v]]) {
			l, c.t.lemma[i] = "retaliation", "retaliation" // "would take retaliatory action against the US": a blow foretold (not "took retaliatory measures", perhaps tariffs)
		}
		if entries := x.lex.Lookup(l, pos); len(entries) > 0 {
			out = append(out, c.fromTree(i, entries, pos)...)
		} else if l, ok := strings.CutPrefix(c.t.lemma[i], "re"); ok && pos == schema.Verb && len(l) > 3 {
			// "re-imposed sanctions", "reimpose sanctions": the verb again.
			l = strings.TrimPrefix(l, "-")
			if entries := x.lex.Lookup(l, pos); len(entries) > 0 && againVerbs[l] {
				out = append(out, c.fromTree(i, entries, pos)...)
			}
		}
		if f, ok := c.blame(i); ok {
			out = append(out, c.pairs(f)...)
		}
		if f, ok := c.linkedTo(i); ok {
			out = append(out, c.pairs(f)...)
		}
		if f, ok := c.threatenedIntervention(i); ok {
			out = append(out, c.pairs(f)...)
		}
		if f, ok := c.invitedToAct(i); ok {
			out = append(out, c.pairs(f)...)
		}
		if f, ok := c.underFire(i); ok {
			out = append(out, c.pairs(f)...)
		}
	}
	return out
}

// threatenedIntervention reads an intervention in a state that its
// subject threatened: "Trump threatened a United States military
// intervention in Venezuela" threatens Venezuela.
func (c *clause) threatenedIntervention(i int) (frame, bool) {
	t := c.t
	v := t.head[i]
	if t.lemma[i] != "intervention" && t.lemma[i] != "invasion" || v < 0 || t.rel[i] != "obj" || !foretellLemmas[t.lemma[v]] {
		return frame{}, false
	}
	k := c.prepChild(i, "in")
	if k < 0 {
		k = c.prepChild(i, "of")
	}
	if k < 0 || c.headOf[k] < 0 || c.ms[c.headOf[k]].Actors[0].Kind != schema.Country {
		return frame{}, false
	}
	m := c.ms[c.headOf[k]]
	m.Place = false
	f := frame{rel: schema.Threatened, trigger: v, conf: 0.75, rule: "verb-obj", mod: schema.Asserted, subj: c.subjectOf(v, 0), obj: []Mention{m}}
	c.polarity(&f, v)
	return f, len(f.subj) > 0
}

// invitedToAct reads an invitation to act that is no visit: "Greece
// invited Turkey to take the dispute to the court", "extended an
// invitation to Turkey to take the dispute to the court" ask the invited
// to act (guideline CALLED_ON: ask, request).
func (c *clause) invitedToAct(i int) (frame, bool) {
	t := c.t
	if t.lemma[i] != "invite" && t.lemma[i] != "invitation" {
		return frame{}, false
	}
	invited, act := -1, -1
	if strings.HasPrefix(t.tag[i], "VB") {
		invited, act = t.child(i, "obj"), t.child(i, "xcomp")
	} else if k := c.prepChild(i, "to"); k >= 0 {
		invited = k
		for _, q := range t.kids[i] {
			if t.rel[q] == "acl" && t.hasChildLemma(q, "mark", "to") {
				act = q
			}
		}
		if act < 0 {
			act = t.child(k, "acl") // "an invitation to Turkey to take/acl-of-Turkey"
		}
	}
	if invited < 0 || act < 0 || t.tag[act] != "VB" || visitLemmas[t.lemma[act]] || c.headOf[invited] < 0 {
		return frame{}, false
	}
	v := i
	if !strings.HasPrefix(t.tag[i], "VB") && t.head[i] >= 0 {
		v = t.head[i]
	}
	f := frame{rel: schema.CalledOn, trigger: i, conf: 0.75, rule: "verb-obj", mod: schema.Asserted, subj: c.subjectOf(v, 0), obj: c.argsOf(invited, true)}
	c.polarity(&f, v)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// visitLemmas are what an invitation to visit or meet asks: "invited Putin
// to come to Washington", "to attend the summit".
var visitLemmas = map[string]bool{
	"visit": true, "come": true, "attend": true, "travel": true, "join": true, "meet": true, "participate": true, "take": false,
	"address": true, "speak": true, "stay": true, "return": true, "go": true, "tour": true, "observe": true, "watch": true,
	// Or to meet the inviter: "invited Zarif to hold talks".
	"hold": true, "discuss": true, "negotiate": true, "talk": true, "sign": true, "confer": true, "dine": true,
}

// armedNouns are an armed operation when "military" or "armed" qualifies
// them: "military action against Syria", "armed force against".
var armedNouns = map[string]bool{"action": true, "force": true, "intervention": true, "measure": true}

// jointNouns are acts two parties carry out together: "a joint missile
// test", "joint patrols".
var jointNouns = map[string]bool{
	"test": true, "exercise": true, "drill": true, "patrol": true, "operation": true, "statement": true,
	"declaration": true, "project": true, "venture": true, "investigation": true, "production": true,
	"development": true, "manoeuvre": true, "maneuver": true, "mission": true, "communique": true,
}

// coActLemmas make a deal or a text between others: whoever does it
// together works together.
var coActLemmas = map[string]bool{
	"broker": true, "co-broker": true, "sponsor": true, "co-sponsor": true, "cosponsor": true,
	"mediate": true, "draft": true, "co-author": true, "author": true, "guarantee": true,
	"sign": true, "ink": true, "conclude": true,
}

// representForms are the forms of "represent", for the parsing prefilter
// (clause.speaksFor).
var representForms = formsOf(map[string]bool{"represent": true})

// coActForms are coActLemmas' forms, for the parsing prefilter.
var coActForms = formsOf(coActLemmas)

// formsOf returns every inflected form of the verbs lemmas, for the
// parsing prefilter.
func formsOf(lemmas map[string]bool) map[string]bool {
	m := map[string]bool{}
	for l := range lemmas {
		for _, f := range allForms(l, lemma.Verb) {
			m[f] = true
		}
	}
	return m
}

// signLemmas make the deal their agents are parties to (coActors reads
// only their reduced relatives and passives: "the deal signed by the
// United States and the Taliban").
var signLemmas = map[string]bool{"sign": true, "ink": true, "conclude": true}

// coActors reads two or three actors who together broker, sponsor or
// draft a deal or a text as cooperating: "a ceasefire sponsored by the
// United States and Russia", "France and Germany brokered the Minsk
// accords".
func (c *clause) coActors(i int) (frame, bool) {
	t := c.t
	var subj []Mention
	var thing int // what they made
	switch {
	case t.rel[i] == "acl" && t.tag[i] == "VBN":
		subj, thing = c.byAgent(i), t.head[i]
	case t.child(i, "nsubj:pass") >= 0:
		subj, thing = c.byAgent(i), t.child(i, "nsubj:pass")
	case signLemmas[t.lemma[i]]:
		return frame{}, false // "X and Y signed a deal": the verb's own frame
	default:
		subj, thing = c.subjectOf(i, 0), t.child(i, "obj")
	}
	// Not a possessor: "drafted by the United States and Pyongyang's ally China".
	subj = slices.DeleteFunc(slices.Clone(subj), func(m Mention) bool { return m.Possessive })
	if thing < 0 || !coActObjects[t.lemma[thing]] || len(subj) < 2 || len(subj) > 3 {
		return frame{}, false
	}
	for a := range subj {
		for b := a + 1; b < len(subj); b++ {
			if sameActor(subj[a], subj[b]) {
				return frame{}, false
			}
		}
	}
	f := frame{subj: subj, rel: schema.CooperatedWith, trigger: i, conf: 0.75, rule: "symmetric-subjects"}
	if signLemmas[t.lemma[i]] {
		f.rel = schema.SignedAgreementWith
	}
	c.polarity(&f, i)
	return f, true
}

// coActObjects are what coActLemmas make together.
var coActObjects = map[string]bool{
	"deal": true, "agreement": true, "accord": true, "ceasefire": true, "truce": true, "resolution": true,
	"draft": true, "plan": true, "initiative": true, "talks": true, "talk": true, "process": true,
	"settlement": true, "treaty": true, "pact": true, "text": true, "proposal": true, "cease-fire": true,
}

// dueIn reads a person's stay in a country as a visit: "Trump was in
// Beijing on Wednesday", "Xi will be in Paris next week", "Modi has been
// to Washington"; one due or expected is to come: "Trump is due in
// Beijing", "Abe is expected in Washington".
func (c *clause) dueIn(i int) (frame, bool) {
	t := c.t
	place, stay := -1, false // stay: a copula's "in" place, "will be in Paris"
	switch {
	case t.lemma[i] == "due" || t.lemma[i] == "expect" && t.tag[i] == "VBN" && (t.child(i, "aux:pass") >= 0 || t.child(i, "cop") >= 0):
		if t.child(i, "xcomp") >= 0 || t.child(i, "ccomp") >= 0 {
			return frame{}, false // "due to visit" is the visit's own
		}
		place = c.prepChild(i, "in")
		if place < 0 {
			place = c.prepChild(i, "to") // "expected to Moscow" is rare; "due to" takes a verb
			if place >= 0 && t.lemma[i] == "due" {
				return frame{}, false
			}
		}
	case c.headOf[i] >= 0 && t.caseOf(i) == "in" && t.child(i, "cop") >= 0:
		place, stay = i, true
	case c.headOf[i] >= 0 && t.caseOf(i) == "to" && t.child(i, "cop") >= 0 && c.toks[t.child(i, "cop")].key == "been":
		place, stay = i, true // "has never been to China": a perfect of going
	case t.caseOf(i) == "in" && t.child(i, "cop") >= 0 && t.child(i, "appos") >= 0 && c.headOf[t.child(i, "appos")] >= 0 && c.ms[c.headOf[t.child(i, "appos")]].Place:
		place, stay = t.child(i, "appos"), true // "Trump is in Davos, Switzerland": a town no dictionary knows, in the country after it
	case (t.lemma[i] == "back" || t.lemma[i] == "again") && t.child(i, "cop") >= 0:
		place = c.prepChild(i, "in") // "will be back in Japan next month"
	case journeyLemmas[t.lemma[i]] && strings.HasPrefix(t.tag[i], "VB"):
		// "Netanyahu went to Moscow", "Tillerson comes to Brussels":
		// verbs too general for the lexicon, a visit with a person going
		// to a country or its capital.
		if place = c.prepChild(i, "to"); place < 0 || c.headOf[place] < 0 {
			return frame{}, false
		}
		if m := c.ms[c.headOf[place]]; !m.Place && !c.x.countryNamed(m) {
			return frame{}, false // "went to the White House": a seat of government, a domestic call
		}
		f := frame{rel: schema.Visited, trigger: i, conf: 0.75, rule: "verb-prep"}
		f.subj = c.subjectOf(i, 0)
		if !allPeople(f.subj) {
			return frame{}, false // "US troops went to Iraq": a deployment
		}
		f.obj = slices.DeleteFunc(c.argsOf(place, true), func(m Mention) bool { return m.Actors[0].Kind != schema.Country })
		c.polarity(&f, i)
		return f, len(f.subj) > 0 && len(f.obj) > 0
	default:
		return frame{}, false
	}
	if place < 0 {
		return frame{}, false
	}
	f := frame{rel: schema.Visited, trigger: i, conf: 0.75, rule: "verb-prep"}
	if stay {
		f.trigger = t.child(i, "cop") // "will be in Paris"
	}
	if s := t.child(i, "nsubj"); s >= 0 {
		f.subj = c.argsOf(s, false)
	} else if s := t.child(i, "nsubj:pass"); s >= 0 {
		f.subj = c.argsOf(s, false)
	}
	if !allPeople(f.subj) && (len(f.subj) != 1 || !c.travels(f.subj[0])) {
		return frame{}, false // "US troops will be in Syria": a presence, no visit (but "US negotiators are in Beijing")
	}
	f.obj = slices.DeleteFunc(c.argsOf(place, true), func(m Mention) bool { return m.Actors[0].Kind != schema.Country })
	c.polarity(&f, i)
	if f.mod == schema.Asserted && !stay {
		f.mod = schema.Future
	}
	if cop, s := t.child(i, "cop"), t.child(i, "nsubj"); cop >= 0 && s >= 0 && cop < s {
		f.mod = schema.Hypothetical // "were I in Iraq": a condition
	}
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// countryNamed reports whether m names a country by one of its names, not
// by a seat of government ("the White House", "the Kremlin").
func (x *Extractor) countryNamed(m Mention) bool {
	return len(m.Actors) == 1 && m.Actors[0].Kind == schema.Country && !x.gaz.Metonym(m.Actors[0].Text)
}

// sojournNouns are visits that only a possessor or a light verb's subject
// makes: "Trump's stop in Beijing", "made a stop in Baghdad".
var sojournNouns = map[string]bool{"stop": true, "stay": true, "stopover": true}

// speechNouns and deliverLemmas: a speech is given where the speaker is.
var (
	speechNouns   = map[string]bool{"speech": true, "address": true, "lecture": true}
	deliverLemmas = map[string]bool{"give": true, "deliver": true, "make": true}
)

// presentIn reads a person's whereabouts set off by commas: "Trump, in
// London for a NATO summit, criticized Macron", "Hague, speaking in
// Sydney, said", "While in Baghdad, Pompeo met": the person is visiting
// the place's country. i is the place's head.
func (c *clause) presentIn(i int) (frame, bool) {
	t := c.t
	n := c.headOf[i]
	if n < 0 || !c.ms[n].Place || t.caseOf(i) != "in" || c.ms[n].Start < 1 || !c.x.countryNamed(c.ms[n]) {
		return frame{}, false
	}
	if w := c.ms[n].Start - 2; c.ms[n].Start >= 2 && w >= 0 && (c.toks[w].key == "while" || c.toks[w].key == "when") && strings.HasPrefix(t.tag[max(t.head[i], 0)], "VB") && t.head[i] >= 0 {
		// "While in Baghdad, Pompeo met …": the clause's subject was there.
		f := frame{rel: schema.Visited, trigger: w, mod: schema.Asserted, conf: 0.75, rule: "verb-prep"}
		f.subj, f.obj = c.awayFrom(c.subjectOf(t.head[i], 0), c.ms[n].Actors[0].ID), c.ms[n:n+1]
		return f, len(f.subj) > 0 && allPeople(f.subj)
	}
	if h := t.head[i]; h >= 0 && relIs(t.rel[i], "nmod") && speechNouns[t.lemma[h]] {
		// "Merkel's speech in Warsaw", "gave a speech in Rabat", "said in
		// a speech in Canberra": the speaker spoke there, a visitor when
		// from elsewhere.
		speaker, _ := c.modifierActors(h)
		at := h // where the speech's time and mood are read
		if v := t.head[h]; len(speaker) == 0 && v >= 0 && strings.HasPrefix(t.tag[v], "VB") && (t.rel[h] == "obj" && deliverLemmas[t.lemma[v]] || relIs(t.rel[h], "obl") && t.caseOf(h) == "in") {
			speaker, at = c.subjectOf(v, 0), v
		}
		f := frame{rel: schema.Visited, trigger: h, mod: schema.Asserted, conf: 0.7, rule: "noun-adjunct"}
		f.subj, f.obj = c.awayFrom(speaker, c.ms[n].Actors[0].ID), c.ms[n:n+1]
		c.polarity(&f, at)
		return f, len(f.subj) > 0 && allPeople(f.subj)
	}
	if st, e := c.ms[n].Start, c.ms[n].End; e < len(c.toks) && c.toks[e].key == "," && (st == 1 || st == 2 && aboutLemmas[c.toks[0].key]) && c.toks[st-1].key == "in" {
		// "In Beijing, Trump praised Xi", "Speaking in Tokyo, Biden
		// reaffirmed the alliance": the place that opens the sentence is
		// where its subject is.
		// Only a city: "In Libya, Obama acted" names a field of policy.
		if _, kind, _ := c.x.lookup(c.toks, st, c.st.date); kind != surfCapital {
			return frame{}, false
		}
		v := t.head[i]
		if v >= 0 && aboutLemmas[t.lemma[v]] && t.head[v] >= 0 {
			v = t.head[v]
		}
		if v < 0 || !strings.HasPrefix(t.tag[v], "VB") || t.child(v, "nsubj") < 0 {
			return frame{}, false // (not "In Beijing, Bush was remembered as …")
		}
		if t.hasChildLemma(v, "aux", "have") {
			return frame{}, false // "In Washington, Rudd has cultivated policymakers": a perfect spans a stay, a resident's
		}
		f := frame{rel: schema.Visited, trigger: st - 1, mod: schema.Asserted, conf: 0.7, rule: "verb-prep"}
		f.subj, f.obj = c.awayFrom(c.subjectOf(v, 0), c.ms[n].Actors[0].ID), c.ms[n:n+1]
		c.polarity(&f, v)
		return f, len(f.subj) > 0 && allPeople(f.subj)
	}
	if c.ms[n].Start < 3 {
		return frame{}, false
	}
	comma := c.ms[n].Start - 2 // "Trump, in London"
	if comma >= 1 && aboutLemmas[c.toks[comma].key] {
		comma-- // "Hague, speaking in Sydney": the speaker, however the parser hung the participle
	}
	p := mentionEnding(c.ms, comma)
	if comma < 1 || c.toks[comma].key != "," || p < 0 {
		return frame{}, false
	}
	if b := c.ms[p].Start - 1; b >= 0 && (c.toks[b].tagged("IN") || c.toks[b].tagged("CC") || c.toks[b].tagged("TO")) {
		return frame{}, false // "the port city of Aden, in Yemen", "and Abu Ghraib, in Afghanistan": a place in a list
	}
	f := frame{rel: schema.Visited, trigger: comma + 1, mod: schema.Asserted, conf: 0.75, rule: "verb-prep"}
	f.subj, f.obj = c.awayFrom(c.ms[p:p+1], c.ms[n].Actors[0].ID), c.ms[n:n+1]
	return f, len(f.subj) > 0 && allPeople(f.subj)
}

// troops reports whether word k names armed men or their bases, not
// envoys: what a state hosts that way is stationed, not met.
func (c *clause) troops(k int) bool {
	l := c.t.lemma[k]
	return militaryNouns[l] || l == "marine" || l == "sailor" || l == "personnel" || l == "military" || l == "missile"
}

// hostLemmas receive a guest where they are.
var hostLemmas = map[string]bool{"host": true, "welcome": true, "receive": true, "greet": true}

// hostedIn reads a host's welcome at home as the guest's visit: "Modi
// hosted Trump in Ahmedabad", "Macron welcomed Trump to Paris", "Obama
// received Abe at the White House": the guest, a person from elsewhere,
// visited the host's country. i is the verb.
func (c *clause) hostedIn(i int) (frame, bool) {
	t := c.t
	o := t.child(i, "obj")
	if !hostLemmas[t.lemma[i]] || !strings.HasPrefix(t.tag[i], "VB") || t.child(i, "aux:pass") >= 0 || o < 0 {
		return frame{}, false
	}
	if c.troops(o) {
		return frame{}, false // "decided to host U.S. Marines": stationed, no visit
	}
	where, ok := c.placeCountry(i, o, "in", "to", "at")
	if subj := c.subjectOf(i, 0); !ok && len(subj) == 1 && len(subj[0].Actors) == 1 && subj[0].Actors[0].Kind == schema.Country && !subj[0].Place && !subj[0].Possessive && c.headOf[o] >= 0 {
		// "Tehran hosted Vladimir Putin": a state hosts a person at home
		// (not "welcomed Reagan's announcement").
		return c.visitFrame(i, c.awayFrom(c.argsOf(o, true), subj[0].Actors[0].ID), subj[0])
	}
	if subj := c.subjectOf(i, 0); !ok && t.lemma[i] == "host" && len(subj) == 1 && len(subj[0].Actors) == 1 && c.personAt(o) {
		// "Putin hosted Assad in the resort of Sochi": a head of state
		// or government hosts at home, wherever the place no dictionary
		// knows is.
		if a := subj[0].Actors[0]; a.Kind == schema.Person && (a.Role == "head_of_state" || a.Role == "head_of_government") && a.Country != "" {
			if e, ok := c.x.gaz.Entity(a.Country); ok && e.Kind == schema.Country {
				home := Mention{Actors: []schema.Actor{c.x.actor(e, subj[0].Actors[0].Text, c.st.date)}, Start: subj[0].Start, End: subj[0].End}
				return c.visitFrame(i, c.awayFrom(c.argsOf(o, true), a.Country), home)
			}
		}
	}
	if !ok {
		return frame{}, false
	}
	home := where.Actors[0].ID
	if !slices.ContainsFunc(c.subjectOf(i, 0), func(m Mention) bool { return localTo(m, home) }) {
		return frame{}, false // "Trump welcomed the deal in Paris": not at home
	}
	return c.visitFrame(i, c.awayFrom(c.argsOf(o, true), home), where)
}

// visitorAt returns, for the adjective "visiting" at i on a person, the
// person's mention and the verb whose object, or with-phrase, they are:
// "Xi told visiting U.S. President Donald Trump", "met with visiting
// Israeli Prime Minister Netanyahu". v is -1 when i is no such word.
func (c *clause) visitorAt(i int) (visitor Mention, v int) {
	t := c.t
	h := t.head[i]
	if c.toks[i].key != "visiting" || t.tag[i] != "JJ" || h < 0 || c.headOf[h] < 0 {
		return Mention{}, -1
	}
	m := c.ms[c.headOf[h]]
	if len(m.Actors) != 1 || m.Actors[0].Kind != schema.Person || m.Actors[0].Country == "" {
		return Mention{}, -1
	}
	v = t.head[h]
	if v < 0 || !strings.HasPrefix(t.tag[v], "VB") || t.rel[h] != "obj" && t.rel[h] != "iobj" && !(relIs(t.rel[h], "obl") && t.caseOf(h) == "with") {
		return Mention{}, -1
	}
	return m, v
}

// visitorMet reads a host's words or acts to a visitor as a meeting: "Xi
// told visiting U.S. President Donald Trump" (guideline: receive a
// visitor in talks).
func (c *clause) visitorMet(i int) (frame, bool) {
	m, v := c.visitorAt(i)
	if v < 0 || len(c.x.lex.Lookup(c.t.lemma[v], schema.Verb)) > 0 && !speechLemmas[c.t.lemma[v]] {
		return frame{}, false // the verb's own relation says it: "met visiting …"
	}
	host := c.awayFrom(c.subjectOf(v, 0), m.Actors[0].Country)
	f := frame{rel: schema.MetWith, trigger: i, conf: 0.7, rule: "verb-obj", subj: host, obj: []Mention{m}}
	c.polarity(&f, v)
	return f, len(f.subj) > 0
}

// visitorCame reads the same visitor as in the host's country when the
// host is its head of state or government, or the state itself: "Xi told
// visiting Trump" puts Trump in China.
// tripTakes reads a journey that takes its traveller somewhere: "a trip
// that will take him to Kenya and Ethiopia", "Obama's tour took him to
// Japan". The traveller is the pronoun taken, or else the journey's owner.
func (c *clause) tripTakes(i int) (frame, bool) {
	t := c.t
	if t.lemma[i] != "take" || !strings.HasPrefix(t.tag[i], "VB") {
		return frame{}, false
	}
	o, s, to := t.child(i, "obj"), t.child(i, "nsubj"), c.prepChild(i, "to")
	if o < 0 || t.tag[o] != "PRP" || s < 0 || to < 0 {
		return frame{}, false
	}
	if c.isRelativePronoun(s) && t.rel[i] == "acl:relcl" {
		s = t.head[i] // "a trip that will take him to"
	}
	if !journeyNouns[t.lemma[s]] {
		return frame{}, false
	}
	f := frame{rel: schema.Visited, trigger: i, mod: schema.Asserted, conf: 0.75, rule: "verb-prep", subj: c.argsOf(o, false), obj: c.argsOf(to, true)}
	if len(f.subj) == 0 {
		f.subj, _ = c.modifierActors(s)
	}
	c.polarity(&f, i)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// relationalPredicate reads a relational noun as a copular predicate, its
// subject set off from it by a relative clause or a coordinated predicate
// (which the word rules of relNoun do not cross): "China, which shares a
// border with North Korea, is its closest ally", "The US is suspicious of
// Iran and is an ally of Israel".
func (c *clause) relationalPredicate(i int) (frame, bool) {
	t := c.t
	rel := relNouns[c.toks[i].key]
	if rel == "" || !strings.HasPrefix(t.tag[i], "NN") || t.child(i, "cop") < 0 || rel == schema.ProvidedAidTo {
		return frame{}, false
	}
	if rel == schema.AlliedWith && strings.HasPrefix(c.toks[i].key, "partner") || t.hasChildLemma(i, "amod", "trading", "trade", "commercial") || t.hasChildLemma(i, "compound", "trade", "trading") {
		return frame{}, false // "a trading partner": business
	}
	s := t.child(i, "nsubj")
	if s < 0 && t.rel[i] == "conj" && t.head[i] >= 0 {
		s = t.child(t.head[i], "nsubj") // "is suspicious of Iran and is an ally of Israel"
	}
	if s < 0 {
		return frame{}, false
	}
	var other []Mention
	if p := t.child(i, "nmod:poss"); p >= 0 {
		other = c.argsOf(p, false)
	} else if k := c.prepChild(i, "of"); k >= 0 {
		other = c.argsOf(k, true)
	}
	f := frame{rel: rel, trigger: i, mod: schema.Asserted, conf: 0.8, rule: "relational-noun", subj: c.argsOf(s, false), obj: other}
	c.polarity(&f, i)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// requester returns who asked for what verb i does: "at the Malian
// government's request", "at the request of Baghdad".
func (c *clause) requester(i int) []Mention {
	t := c.t
	kids := t.kids[i]
	if s := t.child(i, "nsubj"); s >= 0 {
		kids = append(slices.Clip(kids), t.kids[s]...) // "France, at Mali's request/nmod, sent troops": set off after the subject
	}
	for _, k := range kids {
		if (relIs(t.rel[k], "obl") || relIs(t.rel[k], "nmod")) && t.lemma[k] == "request" && (t.caseOf(k) == "at" || t.caseOf(k) == "upon") {
			return c.asker(k)
		}
	}
	return nil
}

// asker returns who made the request at noun k: its owner ("at Mali's
// request") or the actor after "of" ("at the request of Baghdad").
func (c *clause) asker(k int) []Mention {
	if got, _ := c.modifierActors(k); len(got) > 0 {
		return got
	}
	return c.prepArgs(k, []string{"of"})
}

// futureAux reports whether verb v has "will" or "shall": "will have to
// choose" is still to come, not a mere obligation.
func (c *clause) futureAux(v int) bool {
	return c.t.hasChildLemma(v, "aux", "will", "shall", "'ll")
}

// summedAsCharge reads "Israel said Hamas had used the hospital as a
// command centre, an allegation the group denied": what a speaker says
// another did, summed up after a comma as an allegation, accuses that
// other.
func (c *clause) summedAsCharge(i int) (frame, bool) {
	t := c.t
	if !speechLemmas[t.lemma[i]] || !strings.HasPrefix(t.tag[i], "VB") || c.negated(i) {
		return frame{}, false
	}
	k := t.child(i, "ccomp")
	if k < 0 || k < i {
		return frame{}, false
	}
	s := t.child(k, "nsubj")
	if s < 0 || c.headOf[s] < 0 || t.tag[s] == "PRP" {
		return frame{}, false
	}
	for n := k + 1; n+2 < len(c.toks); n++ {
		if c.toks[n].key == "," && (c.toks[n+1].key == "an" || c.toks[n+1].key == "a") && chargeSums[t.lemma[n+2]] {
			f := frame{rel: schema.Accused, trigger: n + 2, mod: schema.Asserted, conf: 0.7, rule: "summed-charge", subj: c.subjectOf(i, 0), obj: c.argsOf(s, true)}
			return f, len(f.subj) > 0 && len(f.obj) > 0
		}
	}
	return frame{}, false
}

// warnedOf reads a warning of another's wrongdoing as an accusation:
// "U.S. officials warned of Russian interference in the election",
// "warned about Russia's efforts to meddle in American elections" say
// that Russia interferes. (A warning of what may come, "warned of an
// Iranian attack", foretells and accuses no one.)
func (c *clause) warnedOf(i int) (frame, bool) {
	t := c.t
	if t.lemma[i] != "warn" && t.lemma[i] != "caution" || !strings.HasPrefix(t.tag[i], "VB") {
		return frame{}, false
	}
	k := max(c.prepChild(i, "of"), c.prepChild(i, "about"))
	if k < 0 || !wrongdoingNouns[t.lemma[k]] && !c.effortToMeddle(k) {
		return frame{}, false
	}
	f := frame{rel: schema.Accused, trigger: i, mod: schema.Asserted, conf: 0.7, rule: "verb-prep", subj: c.subjectOf(i, 0), obj: c.argsOf(k, true)}
	c.polarity(&f, i)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// wrongdoingNouns are covert or hostile acts a warning of alleges.
var wrongdoingNouns = map[string]bool{
	"interference": true, "meddling": true, "aggression": true, "provocation": true, "subversion": true,
	"disinformation": true, "espionage": true, "hacking": true, "expansionism": true, "adventurism": true,
}

// effortToMeddle reports whether noun k is an attempt to interfere:
// "Russia's efforts to interfere in American elections".
func (c *clause) effortToMeddle(k int) bool {
	t := c.t
	if !attemptNouns[t.lemma[k]] {
		return false
	}
	return slices.ContainsFunc(t.kids[k], func(v int) bool {
		return t.rel[v] == "acl" && meddleLemmas[t.lemma[v]] && t.hasChildLemma(v, "mark", "to")
	})
}

var attemptNouns = map[string]bool{"effort": true, "attempt": true, "bid": true, "campaign": true, "plot": true, "scheme": true}

var meddleLemmas = map[string]bool{"interfere": true, "meddle": true, "undermine": true, "destabilize": true, "destabilise": true, "subvert": true, "sway": true}

// meddlingWords, besides meddleLemmas, name covert influence on
// another's politics.
var meddlingWords = map[string]bool{
	"interference": true, "meddling": true, "hack": true, "hacking": true,
	"disinformation": true, "propaganda": true, "leak": true, "influence": true,
}

// meddling reports whether lemma l names covert influence.
func meddling(l string) bool { return meddleLemmas[l] || meddlingWords[l] }

// meddledFor reports whether the verb at i is the aim of meddling, its
// infinitive or one coordinated with it: "meddled in the election to
// help Trump", "Russia's disinformation drive to hurt Clinton and help
// Trump" (a drive of disinformation).
func (c *clause) meddledFor(i int) bool {
	t := c.t
	for t.rel[i] == "conj" && t.head[i] >= 0 {
		i = t.head[i]
	}
	h := t.head[i]
	if h < 0 || !t.hasChildLemma(i, "mark", "to") || t.rel[i] != "advcl" && t.rel[i] != "acl" && t.rel[i] != "xcomp" {
		return false
	}
	if t.rel[i] == "acl" && relIs(t.rel[h], "obl") && t.head[h] >= 0 && meddling(t.lemma[t.head[h]]) {
		return true // "meddled in the election/obl to help/acl Trump": the purpose hung on the verb's phrase
	}
	return meddling(t.lemma[h]) || attemptNouns[t.lemma[h]] && slices.ContainsFunc(t.kids[h], func(k int) bool {
		return (t.rel[k] == "compound" || t.rel[k] == "amod") && meddling(t.lemma[k])
	}) || t.lemma[h] == "drive" && t.hasChildLemma(h, "compound", "disinformation", "propaganda")
}

// chargeRebutted reads the rebuttal of a charge that sums up what a
// speaker said another did: "Hungary said Serbia had smuggled weapons, a
// charge Belgrade denied": the one who denies rejects the speaker. i is
// the verb of rebuttal.
func (c *clause) chargeRebutted(i int) (frame, bool) {
	t := c.t
	h := t.head[i]
	if !rebutLemmas[t.lemma[i]] || t.rel[i] != "acl:relcl" || h < 2 || !chargeSums[t.lemma[h]] || c.toks[h-2].key != "," || c.negated(i) {
		return frame{}, false
	}
	for v := h - 3; v >= 0; v-- {
		if k := t.child(v, "ccomp"); strings.HasPrefix(t.tag[v], "VB") && speechLemmas[t.lemma[v]] && k > v && k < h {
			f := frame{rel: schema.Rejected, trigger: i, mod: schema.Asserted, conf: 0.7, rule: "summed-charge", subj: c.argsOf(t.child(i, "nsubj"), false), obj: c.subjectOf(v, 0)}
			f.obj = c.others(f.obj, f.subj)
			return f, len(f.subj) > 0 && len(f.obj) > 0
		}
	}
	return frame{}, false
}

// chargeSums sum up a reported deed as a charge: "…, an allegation the
// group denied".
var chargeSums = map[string]bool{"allegation": true, "accusation": true, "charge": true}

// reportedObligation reads "Trump said Pakistan must do more", "Merkel
// said Russia should withdraw": a speaker who says what another must do
// calls on it.
func (c *clause) reportedObligation(i int) (frame, bool) {
	t := c.t
	v := t.head[i]
	if v < 0 || t.rel[i] != "ccomp" || !strings.HasPrefix(t.tag[i], "VB") || !speechLemmas[t.lemma[v]] && t.lemma[v] != "warn" || c.negated(v) {
		return frame{}, false // ("warned that NATO should stay out": a warning what others are to do)
	}
	s, sv := t.child(i, "nsubj"), t.child(v, "nsubj")
	if s < 0 || c.headOf[s] < 0 || t.tag[s] == "PRP" || sv >= 0 && t.tag[sv] == "PRP" {
		return frame{}, false // a pronoun on either side is too often the speaker, or someone a quote leaves unnamed
	}
	must := false
	for _, k := range t.kids[i] {
		if t.rel[k] == "aux" && k > s && (t.lemma[k] == "must" || t.lemma[k] == "should") && !t.hasChildLemma(i, "aux", "have") {
			must = true // (not "should China stick to its vow": a condition; nor "must have brought": a guess)
		}
	}
	x := t.child(i, "xcomp")
	if (t.lemma[i] == "have" || t.lemma[i] == "need") && x >= 0 && t.hasChildLemma(x, "mark", "to") && t.child(i, "obj") < 0 && !t.hasChildLemma(i, "advmod", "yet") && !c.negated(i) {
		// (Not "Kenya need not ask London first", "does not have to
		// ask": leave, no duty.)
		must = true
		if t.child(x, "aux:pass") >= 0 {
			return frame{}, false // "Islamic State would have to be defeated": what is done to it
		}
	}
	if !must || t.child(i, "aux:pass") >= 0 || expectLemmas[t.lemma[i]] {
		return frame{}, false // (not "Sweden should not expect Ankara's support": a warning)
	}
	f := frame{rel: schema.CalledOn, trigger: v, mod: schema.Asserted, conf: 0.65, rule: "reported-obligation", subj: c.subjectOf(v, 0), obj: c.argsOf(s, true)}
	if len(f.subj) != 1 || len(f.subj[0].Actors) != 1 || len(f.obj) == 0 {
		return frame{}, false
	}
	sp := f.subj[0].Actors[0]
	if !sp.Known || sp.Kind == schema.Person && sp.Role == "" {
		return frame{}, false // a known state, body or office holder
	}
	for _, m := range f.obj {
		if k := c.toks[m.End-1].key; (k == "government" || k == "administration" || k == "regime") && !slices.ContainsFunc(c.toks[m.Start:m.End], token.cap) {
			return frame{}, false // a bare "the government should not pick winners" is rarely another state's ("the Syrian government should")
		}
		for _, ob := range m.Actors {
			if sp.ID == ob.ID || sp.Country != "" && sp.Country == ob.ID {
				return frame{}, false // of another: "the government will have to …" is one's own
			}
		}
	}
	return f, true // each one named: "both NATO and the US should stay out"
}

// timeFor reads "Trump said it was time for Japan to pay more", "'The time
// has come for Britain to recognize this,' Macron said": a speaker who
// says the time has come for another to act calls on it, as one who says
// it must. i is the infinitive.
func (c *clause) timeFor(i int) (frame, bool) {
	t := c.t
	p := t.head[i]
	if p < 0 || t.lemma[p] != "time" && t.lemma[p] != "come" && t.lemma[p] != "arrive" {
		return frame{}, false // (first the cheap test: this reader sees every word)
	}
	s := t.child(i, "nsubj")
	if s < 0 || c.headOf[s] < 0 || !t.hasChildLemma(i, "mark", "to") || !t.hasChildLemma(i, "mark", "for") && !t.hasChildLemma(s, "case", "for") {
		return frame{}, false
	}
	switch {
	case t.lemma[p] == "time" && t.child(p, "cop") >= 0: // "it is time for"
	case (t.lemma[p] == "come" || t.lemma[p] == "arrive") && t.hasChildLemma(p, "nsubj", "time", "moment"): // "the time has come for"
	default:
		return frame{}, false
	}
	v := t.head[p]
	if v < 0 || t.rel[p] != "ccomp" && t.rel[p] != "parataxis" || !speechLemmas[t.lemma[v]] || c.negated(v) {
		return frame{}, false
	}
	f := frame{rel: schema.CalledOn, trigger: p, conf: 0.65, rule: "reported-obligation", subj: c.subjectOf(v, 0)}
	f.obj = slices.DeleteFunc(c.others(c.argsOf(s, true), f.subj), func(m Mention) bool {
		return c.toks[m.End-1].key == "country" // "time for the country to move on": most often the speaker's own
	})
	c.polarity(&f, v)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

func (c *clause) visitorCame(i int) (frame, bool) {
	m, v := c.visitorAt(i)
	if v < 0 {
		return frame{}, false
	}
	subj := c.subjectOf(v, 0)
	if len(subj) != 1 || len(subj[0].Actors) != 1 {
		return frame{}, false
	}
	home := subj[0].Actors[0]
	if home.Kind == schema.Person {
		if home.Role != "head_of_state" && home.Role != "head_of_government" || home.Country == "" {
			return frame{}, false
		}
		e, ok := c.x.gaz.Entity(home.Country)
		if !ok || e.Kind != schema.Country {
			return frame{}, false
		}
		home = c.x.actor(e, home.Text, c.st.date)
	} else if home.Kind != schema.Country {
		return frame{}, false
	}
	if home.ID == m.Actors[0].Country {
		return frame{}, false
	}
	// The visit is there whatever the host does: "opted not to meet
	// visiting Netanyahu" is a visit still.
	f := frame{rel: schema.Visited, trigger: i, mod: schema.Asserted, conf: 0.7, rule: "verb-prep", subj: []Mention{m}, obj: []Mention{{Actors: []schema.Actor{home}, Start: subj[0].Start, End: subj[0].End}}}
	return f, true
}

// spokeThere reads a foreign official's words said in a capital as a
// visit: "Tillerson reiterated in Beijing that …", "Lavrov told reporters
// in Washington". Only a capital city: "said in Russia" may be of an
// interview given from afar. i is the speech verb.
func (c *clause) spokeThere(i int) (frame, bool) {
	t := c.t
	if !speechLemmas[t.lemma[i]] && !restateLemmas[t.lemma[i]] || !strings.HasPrefix(t.tag[i], "VB") {
		return frame{}, false
	}
	k := c.prepChild(i, "in")
	if o := max(t.child(i, "obj"), t.child(i, "iobj")); k < 0 && o >= 0 && (t.lemma[o] == "reporter" || t.lemma[o] == "journalist") {
		k = c.prepChild(o, "in") // "told reporters in Washington"
	}
	if k < 0 {
		return frame{}, false
	}
	n := c.headOf[k]
	if n < 0 || len(c.ms[n].Actors) != 1 || c.ms[n].Actors[0].Kind != schema.Country {
		return frame{}, false
	}
	if _, kind, w := c.x.lookup(c.toks, c.ms[n].Start, c.st.date); kind != surfCapital || w != c.ms[n].End-c.ms[n].Start {
		return frame{}, false
	}
	var subj []Mention
	if s := t.child(i, "nsubj"); s >= 0 {
		subj = c.argsOf(s, false)
	}
	return c.visitFrame(i, c.awayFrom(subj, c.ms[n].Actors[0].ID), c.ms[n])
}

// toldLeader reads one leader telling another something as a talk
// between them: "Mr. Xi told Mr. Trump that dialogue remains the best
// way", "Trump told Ghani the U.S. wants to help". Both are people in
// office of different states, the one told the verb's object, with what
// was told after it (not "told Trump's aides").
func (c *clause) toldLeader(i int) (frame, bool) {
	t := c.t
	o := t.child(i, "iobj")
	if o < 0 {
		o = t.child(i, "obj")
	}
	if t.lemma[i] != "tell" || !strings.HasPrefix(t.tag[i], "VB") || o <= i || c.headOf[o] < 0 || c.ms[c.headOf[o]].Start-i > 4 ||
		t.child(i, "ccomp") < 0 && t.child(i, "xcomp") < 0 && t.child(i, "parataxis") < 0 {
		return frame{}, false
	}
	f := frame{rel: schema.SpokeWith, trigger: i, conf: 0.65, rule: "verb-obj", subj: c.subjectOf(i, 0), obj: c.ms[c.headOf[o] : c.headOf[o]+1]}
	if len(f.subj) != 1 || len(f.subj[0].Actors) != 1 || len(f.obj[0].Actors) != 1 {
		return frame{}, false
	}
	a, b := f.subj[0].Actors[0], f.obj[0].Actors[0]
	if a.Kind != schema.Person || b.Kind != schema.Person || a.Role == "" || b.Role == "" || a.Country == "" || a.Country == b.Country {
		return frame{}, false
	}
	if slices.ContainsFunc(c.toks, func(k token) bool {
		return meetingNouns[lemma.Of(k.key, "NNS")] || k.key == "visiting" || k.key == "visit"
	}) {
		return frame{}, false // told face to face, at a meeting the sentence tells of: that meeting is the relation
	}
	c.polarity(&f, i)
	return f, true
}

// protestLemmas protest or complain to someone about a wrong.
var protestLemmas = map[string]bool{"protest": true, "complain": true}

// protestedOver reads a protest over an actor's wrong as an accusation of
// that actor: "Cyprus has protested to the United Nations over alleged
// airspace violations by the Turkish air force". i is the verb.
func (c *clause) protestedOver(i int) (frame, bool) {
	t := c.t
	if !protestLemmas[t.lemma[i]] || !strings.HasPrefix(t.tag[i], "VB") {
		return frame{}, false
	}
	k := max(c.prepChild(i, "over"), c.prepChild(i, "about"))
	if k < 0 || !(harmNouns[t.lemma[k]] || t.lemma[k] == "violation" || c.attackNoun(k)) {
		return frame{}, false
	}
	obj := c.prepArgs(k, []string{"by", "from"})
	if len(obj) == 0 {
		obj, _ = c.modifierActors(k)
	}
	f := frame{rel: schema.Accused, trigger: i, conf: 0.7, rule: "verb-prep", subj: c.subjectOf(i, 0)}
	f.obj = c.others(obj, f.subj)
	c.polarity(&f, i)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// gatheringNouns are the events people travel to attend besides meetings
// (meetingNouns).
var gatheringNouns = map[string]bool{
	"conference": true, "forum": true, "gathering": true, "funeral": true, "ceremony": true, "celebration": true,
	"parade": true, "session": true, "assembly": true, "negotiation": true, "inauguration": true,
	"commemoration": true, "games": true, "olympics": true,
}

// attendLemmas take a gathering their subject goes to: "attended a summit in Jakarta".
var attendLemmas = map[string]bool{"attend": true, "join": true, "address": true, "open": true, "skip": true, "miss": true}

// attendedThere reads a foreign actor's presence at a gathering held in a
// country as a visit to it: "Kerry attended an economic summit in
// Indonesia", "Obama said at a summit in Brussels", "flew to a summit in
// Poland". i is the gathering.
func (c *clause) attendedThere(i int) (frame, bool) {
	t := c.t
	v := t.head[i]
	if v < 0 || !strings.HasPrefix(t.tag[i], "NN") || !gatheringNouns[t.lemma[i]] && !meetingNouns[t.lemma[i]] || !strings.HasPrefix(t.tag[v], "VB") {
		return frame{}, false
	}
	// (Also one travelled to or arrived for: "flew to a NATO summit in
	// Poland", "arrived late for a summit in Argentina".)
	travelledTo := relIs(t.rel[i], "obl") && (t.caseOf(i) == "to" || t.caseOf(i) == "for") && tripLemmas[t.lemma[v]] && t.lemma[v] != "be" && t.lemma[v] != "leave" && t.lemma[v] != "depart"
	if !(t.rel[i] == "obj" && attendLemmas[t.lemma[v]]) && !(relIs(t.rel[i], "obl") && t.caseOf(i) == "at") && !travelledTo {
		return frame{}, false
	}
	k := c.prepChild(i, "in")
	if k < 0 || c.headOf[k] < 0 {
		return frame{}, false
	}
	m := c.ms[c.headOf[k]]
	if len(m.Actors) != 1 || m.Actors[0].Kind != schema.Country || !m.Place && !c.x.countryNamed(m) {
		return frame{}, false
	}
	f, ok := c.visitFrame(v, c.awayFrom(c.subjectOf(v, 0), m.Actors[0].ID), m)
	if ok && t.rel[i] != "obj" {
		f.neg = false // "failed to reach a deal at the summit in Vietnam": what failed there is not the going
	}
	if ok && (t.lemma[v] == "skip" || t.lemma[v] == "miss") {
		f.neg = true // "Putin skipped the summit in Osaka"
	}
	return f, ok
}

// leftThere reads a foreign official's leaving a country as having visited
// it, and leaving for a gathering held in a country as going there: "Trump
// left Beijing on Friday for the APEC summit in Vietnam". i is the verb.
func (c *clause) leftThere(i int) (frame, bool) {
	t := c.t
	if t.lemma[i] != "leave" && t.lemma[i] != "depart" || !strings.HasPrefix(t.tag[i], "VB") || t.child(i, "aux:pass") >= 0 {
		return frame{}, false
	}
	subj := c.subjectOf(i, 0)
	if len(subj) == 0 || !allPeople(subj) {
		return frame{}, false
	}
	var visitors, places []Mention
	add := func(k int) {
		if k < 0 || c.headOf[k] < 0 {
			return
		}
		m := c.ms[c.headOf[k]]
		if len(m.Actors) != 1 || m.Actors[0].Kind != schema.Country || !m.Place && !c.x.countryNamed(m) {
			return
		}
		if v := c.awayFrom(subj, m.Actors[0].ID); len(v) > 0 {
			visitors, places = v, append(places, m)
		}
	}
	add(t.child(i, "obj")) // "left Beijing": where the official was, if not at home
	if k := c.prepChild(i, "for"); k >= 0 && (gatheringNouns[t.lemma[k]] || meetingNouns[t.lemma[k]]) {
		add(c.prepChild(k, "in")) // "left for the APEC summit in Vietnam": the gathering's country
	}
	if len(places) == 0 {
		return frame{}, false
	}
	f, ok := c.visitFrame(i, visitors, places[0])
	f.obj = append(f.obj, places[1:]...)
	return f, ok
}

// respondIf reads a response, or a coercive act its doer says it would
// take, foretold on a condition as a threat to the one the condition
// names: "Russia will respond with military measures if NATO deploys new
// missiles", "said it would close the strait if the US attacked". i is
// the verb of response.
func (c *clause) respondIf(i int) (frame, bool) {
	t := c.t
	// "is prepared to respond": readiness foretells it as "will" does.
	ready := t.rel[i] == "xcomp" && t.head[i] >= 0 && readyWords[t.lemma[t.head[i]]]
	said := t.rel[i] == "ccomp" && t.head[i] >= 0 && speechLemmas[t.lemma[t.head[i]]] // "Iran said it would close the strait if …": a stated resolve
	if !responseLemmas[t.lemma[i]] && !(said && c.coercive(i) && c.namedProvoker(i)) || !ready && (!t.hasChildLemma(i, "aux", "will", "would", "'ll", "wo", "could") || t.rel[i] == "xcomp") || t.rel[i] == "ccomp" && warnLike[t.lemma[max(t.head[i], 0)]] {
		return frame{}, false // "warned it would respond": the warning's own frame
	}
	if t.hasChildLemma(i, "advmod", "how", "whether") || t.hasChildLemma(i, "mark", "whether", "if") {
		return frame{}, false // "asked how Turkey would react if …": a question
	}
	if t.child(i, "nsubj:pass") >= 0 {
		return frame{}, false // "ISIS could be pushed back if the United States …": the one acted on
	}
	subj := c.subjectOf(i, 0)
	at := i // where the condition hangs: on "prepared" in "is prepared to respond if …"
	if ready {
		at = t.head[i]
	}
	obj := c.others(c.provoker(at, i), subj)
	if k := c.prepChild(i, "to"); len(obj) == 0 && k >= 0 && c.attackNoun(k) {
		// "respond to any attack by Iran", "to any Iranian attack": the
		// attack's author.
		if obj = c.prepArgs(k, []string{"by", "from"}); len(obj) == 0 {
			obj, _ = c.modifierActors(k)
		}
		obj = c.others(obj, subj)
	}
	if len(obj) == 0 && responseLemmas[t.lemma[i]] && c.prepChild(i, "to") < 0 && c.prepChild(i, "against") < 0 {
		obj = c.lastHostileDoer(subj, i) // "Turkey shot down a Russian jet. Moscow said it would respond."
	}
	if len(subj) == 0 || len(obj) == 0 {
		return frame{}, false
	}
	f := frame{rel: schema.Threatened, trigger: i, subj: subj, obj: obj, conf: 0.7, rule: "verb-complement"}
	c.polarity(&f, i)
	f.mod = schema.Asserted // the threat is made now, whatever it foretells
	return f, !f.neg
}

// optionsOnTable reads the stock threat "all options are on the table" as
// one the speaker makes against the actors its clause names: "Washington
// said all options, including military, were on the table in dealing with
// North Korea". i is the noun "options".
func (c *clause) optionsOnTable(i int) (frame, bool) {
	t := c.t
	h := t.head[i]
	if t.lemma[i] != "option" || !relIs(t.rel[i], "nsubj") || h < 0 {
		return frame{}, false
	}
	if k := t.child(h, "obl"); (t.lemma[h] == "remain" || t.lemma[h] == "stay") && k >= 0 && t.lemma[k] == "table" {
		if t.caseOf(k) != "on" {
			return frame{}, false
		}
	} else if t.lemma[h] != "table" || t.caseOf(h) != "on" {
		return frame{}, false
	}
	v := t.head[h]
	if v < 0 || t.rel[h] != "ccomp" && t.rel[h] != "parataxis" || !speechLemmas[t.lemma[v]] && t.lemma[v] != "warn" && t.lemma[v] != "remind" {
		return frame{}, false
	}
	subj := c.subjectOf(v, 0)
	var obj []Mention
	for _, m := range c.ms {
		if m.End <= h || !t.dominates(h, m.End-1) || m.Place {
			continue
		}
		obj = append(obj, m)
	}
	if o := max(t.child(v, "obj"), t.child(v, "iobj")); len(obj) == 0 && o >= 0 && (t.lemma[v] == "warn" || t.lemma[v] == "tell" || t.lemma[v] == "remind") {
		obj = c.argsOf(o, true) // "warned Venezuela's Maduro that all options were on the table": the one told
	}
	if obj = c.others(obj, subj); len(subj) == 0 || len(obj) == 0 {
		return frame{}, false
	}
	f := frame{rel: schema.Threatened, trigger: i, subj: subj, obj: obj, conf: 0.7, rule: "verb-complement"}
	c.polarity(&f, h)
	f.mod = schema.Asserted // the threat is made now, whatever it foretells
	return f, !f.neg
}

// habitNouns say what one has done and does: "has a history of
// supporting Assad", "has a policy of arming the rebels".
var habitNouns = map[string]bool{"history": true, "record": true, "tradition": true, "habit": true, "practice": true, "pattern": true, "policy": true}

// pitsAgainst reads a war that pits one side against another as each
// attacking the other: "the conflict, which pits Tigrayan forces against
// Abiy Ahmed's army". i is the verb "pit".
func (c *clause) pitsAgainst(i int) (frame, bool) {
	t := c.t
	if t.lemma[i] != "pit" || !strings.HasPrefix(t.tag[i], "VB") {
		return frame{}, false
	}
	s := t.child(i, "nsubj")
	if s >= 0 && c.isRelativePronoun(s) && t.head[i] >= 0 {
		s = t.head[i] // "the war, which pits …"
	}
	if s < 0 || !fightNouns[t.lemma[s]] && t.lemma[s] != "conflict" && t.lemma[s] != "war" {
		return frame{}, false // "the race pits Trump against Clinton": politics
	}
	a, b := c.argsOf(t.child(i, "obj"), true), c.prepArgs(i, []string{"against"})
	if len(a) == 0 || len(b) == 0 {
		return frame{}, false
	}
	f := frame{rel: schema.Attacked, trigger: i, subj: a, obj: b, conf: 0.75, rule: "verb-obj"}
	c.polarity(&f, i)
	return f, true
}

// readyWords hold an act in readiness: "is prepared to respond".
var readyWords = map[string]bool{"ready": true, "prepared": true, "prepare": true, "willing": true, "poised": true}

// warnLike make a threat of the response they report.
var warnLike = map[string]bool{"warn": true, "threaten": true, "vow": true}

// summonedTo reads an envoy summoned, with no agent said, as a protest of
// the state that summons: "Israel's ambassador in Ankara was summoned to
// the Turkish foreign ministry" (to its ministry, or else where the envoy
// is posted). i is the verb.
func (c *clause) summonedTo(i int) (frame, bool) {
	t := c.t
	s := t.child(i, "nsubj:pass")
	if t.lemma[i] != "summon" || s < 0 || t.child(i, "obl:agent") >= 0 || c.prepChild(i, "by") >= 0 {
		return frame{}, false
	}
	whom := c.argsOf(s, true)
	who := c.prepArgs(i, []string{"to"})
	if len(who) == 0 {
		if k := c.prepChild(s, "in"); k >= 0 && c.headOf[k] >= 0 {
			who = []Mention{c.ms[c.headOf[k]]}
			who[0].Place = false
		}
	}
	if len(who) == 0 || len(whom) == 0 {
		return frame{}, false
	}
	f := frame{rel: schema.ProtestedTo, trigger: i, subj: who, obj: whom, mod: schema.Asserted, conf: 0.8, rule: "verb-passive"}
	c.polarity(&f, i)
	return f, true
}

// speaksFor reads "represent" as REPRESENTS when a person represents a
// state or body: "Russia will be represented by Sergey Lavrov", "Lavrov
// represented Russia at the talks" (not "Giuliani represented Trump",
// nor "Russia represents a threat"). i is the verb.
func (c *clause) speaksFor(i int) (frame, bool) {
	t := c.t
	if t.lemma[i] != "represent" || !strings.HasPrefix(t.tag[i], "VB") {
		return frame{}, false
	}
	var who, whom []Mention
	if s := t.child(i, "nsubj:pass"); s >= 0 {
		who, whom = c.byAgent(i), c.argsOf(s, false)
	} else if o := t.child(i, "obj"); o >= 0 {
		if h := t.head[i]; (t.rel[i] == "xcomp" || t.rel[i] == "advcl") && h >= 0 && t.child(h, "obj") >= 0 {
			return frame{}, false // "nominated four club members to represent the U.S.": the members, whom no name gives
		}
		who, whom = c.subjectOf(i, 0), c.argsOf(o, false)
		if h := t.head[i]; t.rel[i] == "acl" && h >= 0 && len(who) == 0 {
			who = c.argsOf(h, false) // "Alloush, representing Jaish al-Islam,"
		}
	}
	if len(who) == 0 || len(whom) == 0 || !allPeople(who) || slices.ContainsFunc(whom, func(m Mention) bool { return m.Actors[0].Kind == schema.Person || m.Place }) || c.negated(i) {
		return frame{}, false // "did not represent the State Department"
	}
	return frame{rel: schema.Represents, trigger: i, mod: schema.Asserted, subj: who, obj: whom, conf: 0.78, rule: "apposition"}, true
}

// onBehalf reads a person acting for a state or body: "Peres signed for
// Israel", "brokered a ceasefire on behalf of the European Union"; the
// person represents it. i is "behalf", or the verb of a "for" phrase.
func (c *clause) onBehalf(i int) (frame, bool) {
	t := c.t
	var body, v int
	switch {
	case t.lemma[i] == "behalf" && t.caseOf(i) == "on":
		body, v = c.prepChild(i, "of"), t.head[i]
		for v >= 0 && !strings.HasPrefix(t.tag[v], "VB") {
			v = t.head[v]
		}
	case strings.HasPrefix(t.tag[i], "VB") && actForLemmas[t.lemma[i]] && t.child(i, "obj") < 0:
		body, v = c.prepChild(i, "for"), i // "signed for Israel", not "signed a deal for Israel"
	default:
		return frame{}, false
	}
	if body >= 0 && v >= 0 && c.headOf[body] >= 0 && t.lemma[i] == "behalf" && sideLemmas[t.lemma[v]] {
		// "Iran intervened on behalf of the Assad regime", "lobbied on
		// behalf of Ukraine": taking a side, not speaking for it.
		f := frame{rel: schema.Supported, trigger: v, mod: schema.Asserted, subj: c.subjectOf(v, 0), obj: c.argsOf(body, true), conf: 0.7, rule: "verb-prep"}
		c.polarity(&f, v)
		return f, len(f.subj) > 0 && len(f.obj) > 0
	}
	if body < 0 || v < 0 || c.headOf[body] < 0 || !actForLemmas[t.lemma[v]] && !behalfLemmas[t.lemma[v]] || c.negated(v) {
		return frame{}, false // "spied on behalf of", "did not sign for": no office held
	}
	who, whom := c.subjectOf(v, 0), c.ms[c.headOf[body]:c.headOf[body]+1]
	if len(who) != 1 || !allPeople(who) || whom[0].Actors[0].Kind == schema.Person || whom[0].Place {
		return frame{}, false
	}
	return frame{rel: schema.Represents, trigger: i, mod: schema.Asserted, subj: who, obj: whom, conf: 0.78, rule: "apposition"}, true
}

// behalfLemmas are the diplomatic acts done on a state's or body's behalf.
var behalfLemmas = map[string]bool{
	"broker": true, "act": true, "attend": true, "talk": true, "meet": true, "accept": true, "deliver": true,
	"present": true, "submit": true, "apologize": true, "apologise": true, "thank": true, "address": true, "represent": true,
}

// sideLemmas take a side when done on another's behalf.
var sideLemmas = map[string]bool{"intervene": true, "lobby": true, "fight": true, "campaign": true, "advocate": true, "plead": true}

// negated reports whether the verb at i is negated by its own "not" or
// "never".
func (c *clause) negated(i int) bool {
	return c.t.hasChildLemma(i, "advmod", "not", "never", "n't")
}

// actForLemmas are acts one does for a state or body: "signed for Israel",
// "spoke for the government".
var actForLemmas = map[string]bool{"sign": true, "speak": true, "negotiate": true, "vote": true, "initial": true}

// endedWithout reads a meeting that ended without a deal as a deal its
// parties did not sign: "The summit between Trump and Kim ended without
// any agreement", "talks with Iran broke up without a deal".
func (c *clause) endedWithout(i int) (frame, bool) {
	t := c.t
	v := t.head[i]
	if v < 0 || !strings.HasPrefix(t.tag[i], "NN") || t.caseOf(i) != "without" || !relIs(t.rel[i], "obl") || !coActObjects[t.lemma[i]] {
		return frame{}, false
	}
	m := t.child(v, "nsubj")
	if m < 0 || !meetingNouns[t.lemma[m]] && t.lemma[m] != "negotiation" {
		return frame{}, false
	}
	parties := c.meetingParties(m)
	if len(parties) < 2 {
		return frame{}, false
	}
	f := frame{rel: schema.SignedAgreementWith, trigger: i, subj: parties[:1], obj: parties[1:], neg: true, mod: schema.Asserted, conf: 0.75, rule: "noun-adjunct"}
	return f, true
}

// meetingParties returns who took part in the meeting noun m: its
// "between" phrase, or its possessor or modifier and its "with" phrase,
// with the subject of the verb that holds or attends it ("Trump held a
// summit with Kim", "visited Hanoi for a summit with Kim").
func (c *clause) meetingParties(m int) []Mention {
	t := c.t
	parties := c.prepArgs(m, []string{"between"})
	if len(parties) >= 2 {
		return parties
	}
	own, _ := c.modifierActors(m)
	parties = append(own, c.prepArgs(m, []string{"with"})...)
	if h := t.head[m]; len(parties) == 1 && h >= 0 && strings.HasPrefix(t.tag[h], "VB") && (t.rel[m] == "obj" || relIs(t.rel[m], "obl")) {
		parties = append(c.argsOf(t.child(h, "nsubj"), false), parties...)
	}
	return parties
}

// enRoute reads a person or state on the way to a country as about to
// visit it: "En route to Japan, Trump stopped in Hawaii", "on his way to
// Beijing", "bound for Moscow".
func (c *clause) enRoute(i int) (frame, bool) {
	t := c.t
	l := c.toks[i].key
	onWay := l == "way" && t.caseOf(i) == "on" && t.child(i, "nmod:poss") >= 0
	enRoute := l == "route" && (t.hasChildLemma(i, "compound", "en") || i > 0 && c.toks[i-1].key == "en")
	bound := l == "bound" && (t.tag[i] == "VBN" || t.tag[i] == "JJ")
	if !onWay && !enRoute && !bound {
		return frame{}, false
	}
	prep := "to"
	if bound {
		prep = "for"
	}
	k := c.prepChild(i, prep)
	v := t.head[i]
	for v >= 0 && !strings.HasPrefix(t.tag[v], "VB") {
		v = t.head[v]
	}
	if t.child(i, "cop") >= 0 || bound && t.child(i, "nsubj") >= 0 {
		v = i // "Trump is on his way to Japan", "the convoy was bound for Syria"
	}
	where, ok := c.stateAt(k)
	if !ok || v < 0 {
		return frame{}, false
	}
	travellers := c.subjectOf(v, 0)
	if bound && t.rel[i] == "amod" && t.head[i] >= 0 {
		travellers = c.argsOf(t.head[i], false) // "a Russian convoy bound for Syria"
	}
	f := frame{rel: schema.Visited, trigger: i, mod: schema.Future, conf: 0.7, rule: "verb-prep", subj: c.awayFrom(travellers, where.Actors[0].ID), obj: []Mention{where}}
	return f, len(f.subj) > 0
}

// banLemmas outlaw a group: "a terrorist group banned in Russia".
var banLemmas = map[string]bool{"ban": true, "outlaw": true, "proscribe": true}

// banForms are banLemmas' forms, for the parsing prefilter.
var banForms = formsOf(banLemmas)

// bannedIn reads a group banned in a country as blacklisted by that
// country: "Jabhat Fatah al-Sham, a terrorist group outlawed in Russia",
// "Hezbollah is banned in Germany". The participle says no more than
// where the ban holds; the country is its maker.
func (c *clause) bannedIn(i int) (frame, bool) {
	t := c.t
	if t.tag[i] != "VBN" || !banLemmas[t.lemma[i]] || t.child(i, "obl:agent") >= 0 || c.negated(i) {
		return frame{}, false
	}
	g := t.child(i, "nsubj:pass") // "Hezbollah is banned in Germany"
	if g < 0 && t.rel[i] == "acl" {
		g = t.head[i] // "a group banned in Russia"
	}
	var banned []Mention
	switch n := mentionEnding(c.ms, i-1); {
	case i >= 2 && c.toks[i-1].key == "(" && n >= 0:
		// The name right before the bracket, however the parser hung
		// it: "clashes between Jaysh al-Islam and Jabhat Fatah al-Sham
		// (banned in Russia)".
		banned = c.ms[n : n+1]
	case g < 0:
		return frame{}, false
	case t.rel[i] == "acl":
		banned = c.actorsOf(g, true)
	default:
		banned = c.argsOf(g, true)
	}
	if len(banned) == 0 && g >= 0 && t.rel[g] == "appos" && t.head[g] >= 0 {
		banned = c.argsOf(t.head[g], true) // "Jabhat Fatah al-Sham, a terrorist group outlawed in Russia"
	}
	banned = slices.DeleteFunc(banned, func(m Mention) bool { return m.Actors[0].Kind == schema.Country || m.Actors[0].Kind == schema.Person })
	where, ok := c.placeCountry(i, i, "in")
	if !ok || len(banned) == 0 {
		return frame{}, false
	}
	where.Place, where.Prep = false, "" // the ban's maker, not where something happens
	return frame{rel: schema.Sanctioned, trigger: i, subj: []Mention{where}, obj: banned, mod: schema.Asserted, conf: 0.75, rule: "verb-prep"}, true
}

// yieldLemmas bring a deal about: "talks that produced a truce".
var yieldLemmas = map[string]bool{"produce": true, "yield": true, "reach": true, "achieve": true, "secure": true, "clinch": true, "deliver": true}

// dealNouns are the deals a meeting may yield.
var dealNouns = map[string]bool{
	"deal": true, "agreement": true, "accord": true, "treaty": true, "pact": true, "ceasefire": true,
	"cease-fire": true, "truce": true, "settlement": true, "armistice": true,
}

// meetingYielded reads a deal a meeting brought about, or failed to, as
// signed, or not, by its parties: "talks between Israel and Hamas
// yielded a truce", "a summit with Kim that failed to produce a deal".
func (c *clause) meetingYielded(i int) (frame, bool) {
	t := c.t
	v := t.head[i]
	if v < 0 || t.rel[i] != "obj" || !strings.HasPrefix(t.tag[i], "NN") || !dealNouns[t.lemma[i]] || !yieldLemmas[t.lemma[v]] {
		return frame{}, false
	}
	u, failed := v, false // the verb whose subject the meeting is
	if h := t.head[u]; t.rel[u] == "xcomp" && h >= 0 && t.lemma[h] == "fail" {
		u, failed = h, true
	}
	m := t.child(u, "nsubj")
	if (m < 0 || t.tag[m] == "WDT") && relIs(t.rel[u], "acl") {
		m = t.head[u] // "a summit … that failed to produce a deal"
	}
	if m < 0 || !meetingNouns[t.lemma[m]] && t.lemma[m] != "negotiation" {
		return frame{}, false
	}
	parties := c.meetingParties(m)
	if len(parties) < 2 {
		return frame{}, false
	}
	f := frame{rel: schema.SignedAgreementWith, trigger: i, subj: parties[:1], obj: parties[1:], neg: failed || c.negated(u) || c.negated(v) || t.hasChildLemma(i, "det", "no"), mod: schema.Asserted, conf: 0.75, rule: "noun-adjunct"}
	return f, true
}

// vetoCast reads a veto as a noun: "Russia's veto of the resolution",
// "the Russian veto blocked the draft", "cast its veto against the
// text", "used its veto power". Its caster is the noun's possessor or
// modifier, or the subject of the verb that takes it; what it struck is
// the text's body or sponsor, and a state's veto is cast in the Security
// Council when no body is named (clause.vetoedBody).
func (c *clause) vetoCast(i int) (frame, bool) {
	t := c.t
	if t.lemma[i] != "veto" || !strings.HasPrefix(t.tag[i], "NN") {
		return frame{}, false
	}
	n := i // the phrase the noun heads: "veto power", "veto threat"
	if h := t.head[i]; h >= 0 && t.rel[i] == "compound" && (t.lemma[h] == "power" || t.lemma[h] == "right") {
		n = h
	}
	f := frame{rel: schema.Vetoed, trigger: i, conf: 0.8, rule: "noun-poss", mod: schema.Asserted}
	subj, _ := c.modifierActors(n)
	v := t.head[n]
	if len(subj) == 0 && v >= 0 && t.rel[n] == "obj" && vetoCasters[t.lemma[v]] {
		subj, f.rule = c.subjectOf(v, 0), "noun-light"
	}
	if len(subj) == 0 || slices.ContainsFunc(subj, func(m Mention) bool { return m.Actors[0].Kind != schema.Country }) {
		return frame{}, false
	}
	if t.hasChildLemma(n, "amod", "presidential") || slices.ContainsFunc(subj, func(m Mention) bool { return strings.EqualFold(m.Actors[0].Text, "White House") }) {
		return frame{}, false // "a White House veto": a president's veto of a bill, at home
	}
	f.subj = subj
	text := -1 // the text vetoed
	for _, p := range []string{"of", "against", "on"} {
		if k := c.prepChild(i, p); k >= 0 && text < 0 {
			text = k
		}
		if k := c.prepChild(max(v, 0), p); k > n && v >= 0 && text < 0 && p != "on" {
			text = k // "cast its veto against the resolution", hung on the verb
		}
	}
	if v >= 0 && t.rel[n] == "nsubj" && blockLemmas[t.lemma[v]] {
		text = t.child(v, "obj") // "the Russian veto blocked the resolution"
	}
	if text >= 0 && !vetoTexts[t.lemma[text]] && c.headOf[text] < 0 {
		text = -1 // "its veto on Syria": what the vetoes were about
	}
	var objs []Mention
	if text >= 0 {
		objs = c.vetoedBody(c.argsOf(text, true), text, subj)
	}
	if len(objs) == 0 {
		objs = c.council(subj, i)
	}
	f.obj = objs
	if v >= 0 && t.caseOf(n) != "despite" {
		c.polarity(&f, v)
	} else {
		c.polarity(&f, i)
	}
	if h := t.head[n]; h >= 0 && relIs(t.rel[n], "nmod") && t.caseOf(n) == "of" && hypoNouns[t.lemma[h]] {
		f.mod = schema.Hypothetical // "the threat of a Russian veto"
	}
	return f, len(f.obj) > 0
}

// vetoCasters cast a veto: "cast its veto", "used its veto power".
var vetoCasters = map[string]bool{"cast": true, "use": true, "exercise": true, "invoke": true, "employ": true, "deploy": true}

// blockLemmas are what a veto does to a text: "the veto blocked the resolution".
var blockLemmas = map[string]bool{"block": true, "kill": true, "sink": true, "scuttle": true, "torpedo": true, "derail": true, "stop": true, "defeat": true}

// toLeave reads an expulsion as an ultimatum: "gave Iranian diplomats 48
// hours to leave the country", "ordered Russian diplomats to leave".
func (c *clause) toLeave(i int) (frame, bool) {
	t := c.t
	if (t.lemma[i] != "give" && t.lemma[i] != "order" && t.lemma[i] != "tell") || !strings.HasPrefix(t.tag[i], "VB") {
		return frame{}, false
	}
	guests := -1
	for _, k := range t.kids[i] {
		if (t.rel[k] == "iobj" || t.rel[k] == "obj") && envoyNouns[t.lemma[k]] {
			guests = k
		}
	}
	leave := false
	for _, k := range t.kids[i] {
		if (t.rel[k] == "xcomp" || t.rel[k] == "advcl" || t.rel[k] == "acl") && t.lemma[k] == "leave" {
			leave = true
		}
		for _, a := range t.kids[k] {
			if t.rel[a] == "acl" && t.lemma[a] == "leave" {
				leave = true // "48 hours/obj to leave/acl"
			}
		}
	}
	if guests < 0 || !leave {
		return frame{}, false
	}
	f := frame{rel: schema.DowngradedRelations, trigger: i, conf: 0.75, rule: "verb-obj", subj: c.subjectOf(i, 0), obj: c.argsOf(guests, true)}
	c.polarity(&f, i)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// pouredInto reads an invasion: a state's troops or tanks pouring, rolling
// or crossing into another country ("Iraqi troops poured across the
// border into Kuwait").
func (c *clause) pouredInto(i int) (frame, bool) {
	t := c.t
	if !strings.HasPrefix(t.tag[i], "VB") || !incursionLemmas[t.lemma[i]] {
		return frame{}, false
	}
	s, k := t.child(i, "nsubj"), c.prepChild(i, "into")
	for _, o := range t.kids[i] {
		if k < 0 && relIs(t.rel[o], "obl") {
			k = c.prepChild(o, "into") // "poured across the border into Kuwait", hung on the border
		}
	}
	if s < 0 && t.rel[i] == "acl" && t.tag[i] == "VBG" {
		s = t.head[i] // "columns of Russian tanks crossing into Ukraine": the noun the participle qualifies
	}
	if s >= 0 && k >= 0 && t.lemma[i] == "cross" && c.headOf[s] >= 0 && allPeople(c.argsOf(s, false)) {
		// "Kim Jong Un crossed into South Korea": a leader steps into
		// another country, a visit.
		f := frame{rel: schema.Visited, trigger: i, conf: 0.75, rule: "verb-prep", subj: c.argsOf(s, false), obj: c.argsOf(k, true)}
		c.polarity(&f, i)
		return f, len(f.obj) > 0
	}
	if s < 0 || k < 0 || !invaderNouns[t.lemma[s]] && !invaderNouns[c.pluralLemma(s)] {
		return frame{}, false
	}
	subj := c.argsOf(s, false)
	if m := c.prepChild(s, "of"); len(subj) == 0 && m >= 0 && invaderNouns[t.lemma[m]] {
		subj = c.argsOf(m, false) // "two columns of Russian tanks streamed into the country"
	}
	obj := c.argsOf(k, true)
	for j := range obj {
		obj[j].Place = false // the country entered is the one invaded
	}
	f := frame{rel: schema.Attacked, trigger: i, conf: 0.75, rule: "verb-prep", subj: subj, obj: obj}
	c.polarity(&f, i)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// calledForRuin reads a call for someone's destruction as a threat to
// them: "The Iranian regime calls for the extermination of Israel".
func (c *clause) calledForRuin(i int) (frame, bool) {
	t := c.t
	if !strings.HasPrefix(t.tag[i], "VB") || t.lemma[i] != "call" && t.lemma[i] != "urge" && t.lemma[i] != "vow" {
		return frame{}, false
	}
	k := c.prepChild(i, "for")
	if k < 0 && t.lemma[i] != "call" {
		k = t.child(i, "obj") // "urged the destruction of Israel"
	}
	if k < 0 || !ruinNouns[t.lemma[k]] {
		return frame{}, false
	}
	f := frame{rel: schema.Threatened, trigger: i, conf: 0.75, rule: "verb-complement", subj: c.subjectOf(i, 0), obj: c.prepArgs(k, []string{"of"})}
	c.polarity(&f, i)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// ruinNouns are someone's end that a call for it threatens.
var ruinNouns = map[string]bool{"destruction": true, "extermination": true, "annihilation": true, "elimination": true, "eradication": true, "obliteration": true}

// incursionLemmas move troops into a country in force: with an army for
// subject, an invasion ("rolled into Poland" may be an ally's deployment).
var incursionLemmas = map[string]bool{"pour": true, "storm": true, "sweep": true, "surge": true, "thrust": true, "barrel": true, "stream": true, "cross": true}

// incursionForms are incursionLemmas' forms, for the parsing prefilter.
var incursionForms = formsOf(incursionLemmas)

// invaderNouns are an army's men and machines.
var invaderNouns = map[string]bool{"troop": true, "force": true, "forces": true, "soldier": true, "army": true, "tank": true, "armour": true, "armor": true, "column": true, "unit": true, "paratrooper": true, "marine": true}

// orderedAct returns the infinitive of what verb i orders (its xcomp, or
// the one the parser hung on its object), or -1.
func (c *clause) orderedAct(i int) int {
	if x := c.t.child(i, "xcomp"); x >= 0 {
		return x
	}
	if o := c.t.child(i, "obj"); o >= 0 {
		if a := c.t.child(o, "acl"); a > o && c.t.hasChildLemma(a, "mark", "to") {
			return a
		}
	}
	return -1
}

// envoysOrdered reports whether the ones verb i orders are envoys: its
// object, or its passive subject.
func (c *clause) envoysOrdered(i int) bool {
	o := c.t.child(i, "obj")
	if o < 0 {
		o = c.t.child(i, "nsubj:pass")
	}
	return o >= 0 && envoyNouns[c.t.lemma[o]]
}

// envoyNouns are a state's envoys, whose expulsion downgrades relations.
var envoyNouns = map[string]bool{"diplomat": true, "ambassador": true, "envoy": true, "attache": true, "staff": true, "commissioner": true}

// restateLemmas say again, or explain, what was said.
var restateLemmas = map[string]bool{"reiterate": true, "repeat": true, "explain": true, "emphasize": true, "emphasise": true, "underline": true}

// saidInForms are the forms of the speech verbs a visitor's words are
// given with, for the parsing prefilter: "told reporters in Beijing",
// "said in Moscow" (clause.spokeThere).
var saidInForms = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "reiterated": true, "repeated": true,
	"stressed": true, "declared": true, "insisted": true, "announced": true, "explained": true,
	"emphasized": true, "emphasised": true, "added": true, "noted": true, "warned": true,
}

// meetVerbs are the verbs of meeting someone face to face.
var meetVerbs = map[string]bool{"meet": true, "huddle": true, "confer": true, "dine": true, "sit": true}

// metThere reads a meeting in one party's country as the other's visit:
// "Pompeo met Wang Yi in Beijing", "held talks in Moscow with Putin", "Pompeo is expected to meet the crown
// prince in Riyadh", "Trump met Abe in Washington": the person from
// elsewhere visited the country of the one met. i is the verb.
func (c *clause) metThere(i int) (frame, bool) {
	t := c.t
	sv := i // the verb whose subject meets
	if v := t.head[i]; strings.HasPrefix(t.tag[i], "NN") && meetingNouns[t.lemma[i]] && relIs(t.rel[i], "obl") && v >= 0 && strings.HasPrefix(t.tag[v], "VB") {
		// "At a meeting in Moscow with Bolton, Putin described …": the
		// clause's subject met the one "with" names, where "in" says.
		if o := c.prepChild(i, "with"); o >= 0 {
			return c.metThereWith(i, o, v)
		}
		return frame{}, false
	}
	if !strings.HasPrefix(t.tag[i], "VB") {
		return frame{}, false
	}
	o := t.child(i, "obj")
	switch {
	case (t.lemma[i] == "hold" || t.lemma[i] == "have") && o >= 0 && meetingNouns[t.lemma[o]]:
		// "held talks in Moscow with Putin": the other party of the
		// meeting held.
		if o = c.prepChild(o, "with"); o < 0 {
			o = c.prepChild(i, "with")
		}
	case !meetVerbs[t.lemma[i]]:
		return frame{}, false
	case o < 0:
		o = c.prepChild(i, "with")
	}
	if o < 0 {
		return frame{}, false
	}
	where, ok := c.placeCountry(i, o, "in", "at")
	if n := c.headOf[o]; !ok && n >= 0 && c.officialsIn(c.ms[n]) {
		// "met with leaders in Dublin": one mention, the country's
		// officials where they are.
		where, ok = c.ms[n], true
		if subj := c.awayFrom(c.subjectOf(i, 0), where.Actors[0].ID); len(subj) > 0 {
			return c.visitFrame(i, subj, where)
		}
	}
	if !ok || !c.x.countryNamed(where) && !where.Place {
		return frame{}, false
	}
	return c.metThereWith(i, o, sv)
}

// metThereWith is metThere's visit, once the meeting word i, the one met o
// and the verb sv whose subject meets are known.
func (c *clause) metThereWith(i, o, sv int) (frame, bool) {
	where, ok := c.placeCountry(i, o, "in", "at")
	if !ok || !c.x.countryNamed(where) && !where.Place {
		return frame{}, false
	}
	there := where.Actors[0].ID
	local := func(m Mention) bool { return localTo(m, there) }
	// "met Putin in Helsinki": a third country's venue, no host.
	var visitors []Mention
	if subj, obj := c.subjectOf(sv, 0), c.argsOf(o, true); slices.ContainsFunc(obj, local) {
		visitors = c.awayFrom(subj, there)
	} else if slices.ContainsFunc(subj, local) {
		visitors = c.awayFrom(obj, there) // "Trump met Abe in Washington": the guest came
	}
	return c.visitFrame(i, visitors, where)
}

// visitingGuest reads "the visiting Japanese foreign minister" met by a
// host as the guest's visit to the host's country: "Kerry met the
// visiting Japanese foreign minister", "spoke at a news conference with
// the visiting foreign minister of South Korea". i is "visiting"; the
// host is the subject of the verb of meeting or speaking whose object,
// or whose meeting's "with" phrase, names the guest.
func (c *clause) visitingGuest(i int) (frame, bool) {
	t := c.t
	n := t.head[i]
	if c.toks[i].key != "visiting" || t.rel[i] != "amod" || n < 0 {
		return frame{}, false
	}
	guests := c.argsOf(n, false)
	if len(guests) == 0 {
		return frame{}, false
	}
	v := t.head[n]
	if v >= 0 && relIs(t.rel[n], "nmod") && t.caseOf(n) == "with" && meetingNouns[t.lemma[v]] || v >= 0 && t.lemma[v] == "conference" && t.caseOf(n) == "with" {
		v = t.head[v] // "at a news conference with the visiting minister"
	} else if v < 0 || t.rel[n] != "obj" && !(relIs(t.rel[n], "obl") && t.caseOf(n) == "with") || !meetVerbs[t.lemma[v]] && !hostLemmas[t.lemma[v]] {
		return frame{}, false
	}
	if v < 0 || !strings.HasPrefix(t.tag[v], "VB") {
		return frame{}, false
	}
	var host []Mention
	for _, m := range c.subjectOf(v, 0) {
		a := m.Actors[0]
		id := a.ID
		if a.Kind == schema.Person {
			id = a.Country
		}
		if e, ok := c.x.gaz.Entity(id); ok && e.Kind == schema.Country && !slices.ContainsFunc(guests, func(g Mention) bool { return localTo(g, id) }) {
			host = append(host, Mention{Actors: []schema.Actor{c.x.actor(e, c.toks[i].text, c.st.date)}, Start: i, End: i + 1})
			break
		}
	}
	if len(host) == 0 {
		return frame{}, false
	}
	f := frame{rel: schema.Visited, trigger: i, mod: schema.Asserted, conf: 0.7, rule: "verb-prep", subj: guests, obj: host}
	c.polarity(&f, v)
	return f, true
}

// officialsIn reports whether mention m is a country's people named by
// where they are: "leaders in Dublin", "officials in Beijing".
func (c *clause) officialsIn(m Mention) bool {
	if len(m.Actors) != 1 || m.Actors[0].Kind != schema.Country || m.End-m.Start < 3 {
		return false
	}
	for j := m.Start + 1; j < m.End-1; j++ {
		if c.toks[j].key == "in" {
			return true
		}
	}
	return false
}

// placeCountry returns the country named after the first of preps hung on
// verb i, or else on its object o ("will host Xi in Washington", hung on
// the guest).
func (c *clause) placeCountry(i, o int, preps ...string) (Mention, bool) {
	for _, p := range preps {
		k := c.prepChild(i, p)
		if k < 0 {
			k = c.prepChild(o, p)
		}
		if k < 0 {
			continue
		}
		if n := c.headOf[k]; n >= 0 && len(c.ms[n].Actors) == 1 && c.ms[n].Actors[0].Kind == schema.Country {
			return c.ms[n], true
		}
		// "at the Palace of the Revolution in Havana": the venue's city.
		for _, q := range append([]int{k}, c.t.kids[k]...) {
			if q != k && (!relIs(c.t.rel[q], "nmod") || c.t.caseOf(q) != "of") {
				continue
			}
			for _, w := range c.t.kids[q] {
				if n := c.headOf[w]; n >= 0 && relIs(c.t.rel[w], "nmod") && c.t.caseOf(w) == "in" && len(c.ms[n].Actors) == 1 && c.ms[n].Actors[0].Kind == schema.Country {
					return c.ms[n], true
				}
			}
		}
		if c.headOf[k] >= 0 || placeNouns[c.t.lemma[k]] {
			return Mention{}, false // the place named first
		}
		// ("In a statement, Erdogan met Trump at the White House": a
		// phrase of no place; the next preposition may name one.)
	}
	return Mention{}, false
}

// localTo reports whether m is of the country there: a person of it, or
// the country itself (not as a place).
func localTo(m Mention, there string) bool {
	a := m.Actors[0]
	return a.Kind == schema.Person && a.Country == there || a.Kind == schema.Country && a.ID == there && !m.Place
}

// awayFrom keeps the people of ms from a country other than there, and
// the officials of another country ("US officials met Cuban officials in
// Havana": a delegation travels; "US troops" are deployed).
func (c *clause) awayFrom(ms []Mention, there string) []Mention {
	return slices.DeleteFunc(slices.Clone(ms), func(m Mention) bool {
		a := m.Actors[0]
		if c.travels(m) || m.End < len(c.toks) && (c.toks[m.End].key == "and" || c.toks[m.End].key == ",") &&
			slices.ContainsFunc(ms, func(o Mention) bool { return o.Start == m.End+1 && c.travels(o) }) {
			return a.ID == there // "the Syrian and Iranian foreign ministers"
		}
		return a.Kind != schema.Person || a.Country == "" || a.Country == there || c.x.gaz.atHome(a.ID, a.Country, there) || c.postedTo(m, there)
	})
}

// travels reports whether m is a state's people who travel for it: "US
// officials", "the Chinese delegates", "US transportation officials".
func (c *clause) travels(m Mention) bool {
	return m.Actors[0].Kind == schema.Country && len(m.Actors) == 1 && m.End > m.Start && m.End <= len(c.toks) &&
		(m.End > m.Start+1 && travellerNouns[c.toks[m.End-1].key] || m.End < len(c.toks) && travellerNouns[c.toks[m.End].key] ||
			m.End+1 < len(c.toks) && !c.toks[m.End].cap() && c.t.tag[m.End] == "NN" && travellerNouns[c.toks[m.End+1].key])
}

// caption reports whether the sentence is a photo's caption: it sets off
// where someone stands in the picture (", left,").
func (c *clause) caption() bool {
	for j := range c.toks {
		if captionSide(c.toks, j) {
			return true
		}
	}
	return false
}

// postedTo reports whether m's title posts its person to there: "U.S.
// Ambassador to Ukraine Marie Yovanovitch" in Kyiv is at her post.
func (c *clause) postedTo(m Mention, there string) bool {
	for j := m.Start; j+2 < m.End && j+2 < len(c.toks); j++ {
		if (postingTitles[c.toks[j].key] || c.toks[j].key == "envoy") && c.toks[j+1].key == "to" {
			e, _, _ := c.x.lookup(c.toks, j+2, c.st.date)
			return e != nil && e.ID == there
		}
	}
	return false
}

// travellerNouns are a state's people who travel for it.
var travellerNouns = map[string]bool{
	"officials": true, "official": true, "delegation": true, "diplomats": true, "diplomat": true, "envoy": true,
	"envoys": true, "negotiators": true, "ministers": true, "minister": true, "leaders": true, "leader": true, "lawmakers": true,
	"delegates": true, "delegations": true,
}

// visitFrame is the visit of visitors to the country where, read at verb i.
func (c *clause) visitFrame(i int, visitors []Mention, where Mention) (frame, bool) {
	f := frame{rel: schema.Visited, trigger: i, mod: schema.Asserted, conf: 0.7, rule: "verb-prep"}
	f.subj, f.obj = visitors, []Mention{where}
	c.polarity(&f, i)
	return f, len(f.subj) > 0
}

// aboutLemmas are what a visitor is seen doing where they are: "speaking
// in Sydney".
var aboutLemmas = map[string]bool{"speak": true, "talk": true, "speaking": true, "talking": true}

// hostOfTrip returns, for a mutual act at trigger i that is the purpose
// of a trip ("flew to Moscow to hold talks", "is coming to Washington to
// negotiate a deal"), the country the trip goes to, or nil.
func (c *clause) hostOfTrip(i int, traveller []Mention) (host []Mention, ahead bool) {
	t := c.t
	v := i
	if h := t.head[i]; strings.HasPrefix(t.tag[i], "NN") && h >= 0 && t.rel[i] == "obj" {
		v = h // "to hold talks"
	}
	h := t.head[v]
	if h < 0 || (t.rel[v] != "xcomp" && t.rel[v] != "advcl") || !t.hasChildLemma(v, "mark", "to") || !tripLemmas[t.lemma[h]] {
		return nil, false
	}
	k := c.prepChild(h, "to")
	if k < 0 || !slices.ContainsFunc(c.subjectOf(h, 0), func(m Mention) bool {
		return slices.ContainsFunc(traveller, func(s Mention) bool { return sameActor(s, m) })
	}) {
		return nil, false // (the one who travels acts: not "went to Brussels to meet NATO allies" for the allies)
	}
	// A trip under way or to come: "is coming", "will travel".
	ahead = t.hasChildLemma(h, "aux", "will", "'ll", "shall") || t.tag[h] == "VBG" && t.hasChildLemma(h, "aux", "be") && !t.hasChildLemma(h, "aux", "was", "were")
	return c.countriesAt(k), ahead
}

// countriesAt returns the countries word k names, as the states
// themselves even after a preposition of place: goods sent "from Iran", a
// trip "to Moscow".
func (c *clause) countriesAt(k int) []Mention {
	var out []Mention
	for _, m := range c.argsOf(k, true) {
		if len(m.Actors) == 1 && m.Actors[0].Kind == schema.Country {
			m.Place = false
			out = append(out, m)
		}
	}
	return out
}

// journeyLemmas take a person to a place after "to" (see dueIn);
// journeyForms are their forms, for the parsing prefilter.
var (
	journeyLemmas = map[string]bool{"go": true, "come": true}
	journeyForms  = formsOf(journeyLemmas)
)

// blame reads the accusation a predicate carries: "X held Y responsible
// for the attack" (the predicate controlled by a verb's object), "X said Y
// was responsible for the attack" and "X said Y was behind the bombing"
// (a copular predicate in X's reported speech): X accused Y. What Y is
// blamed for must be a harm ("responsible for security" blames no one).
func (c *clause) blame(i int) (frame, bool) {
	t := c.t
	harm := -1
	switch {
	case t.lemma[i] == "complicit" || t.lemma[i] == "culpable": // (an adjective, whatever the tagger says)
		harm = c.prepChild(i, "in") // "said the crown prince was complicit in the killing"
	case t.lemma[i] == "guilty":
		harm = c.prepChild(i, "of") // "said the Taliban was guilty of war crimes"
	case (t.lemma[i] == "responsible" || t.lemma[i] == "accountable" && t.rel[i] == "xcomp") && t.tag[i] == "JJ": // "held Assad accountable for the attacks"
		harm = c.prepChild(i, "for")
		if h := t.head[i]; harm < 0 && h >= 0 && t.rel[i] == "xcomp" {
			// "holds Moscow responsible" with "for" hung on the verb, or
			// "the attack, for which it holds Moscow responsible".
			if harm = c.prepChild(h, "for"); harm >= 0 && (t.lemma[harm] == "which" || t.lemma[harm] == "that") {
				w := harm
				switch harm = -1; t.rel[h] {
				case "acl:relcl":
					harm = t.head[h]
				case "advcl:relcl": // hung on the verb: the harm named last before it
					for j := w - 1; j >= 0 && j >= w-8 && harm < 0; j-- {
						if strings.HasPrefix(t.tag[j], "NN") && (harmNouns[t.lemma[j]] || c.attackNoun(j)) {
							harm = j
						}
					}
				}
			}
		}
	case strings.HasPrefix(t.tag[i], "NN") && t.caseOf(i) == "behind" && t.child(i, "cop") >= 0:
		harm = i
	case c.toBlame(i):
		harm = c.prepChild(i, "for") // "Japan was to blame for the attack"
	case c.harmsWork(i):
		harm, _ = c.workOf(i)
	}
	told := false
	if t.lemma[i] == "responsible" && harm < 0 && t.child(i, "cop") >= 0 && c.prepChild(i, "for") < 0 && !t.hasChildLemma(i, "mark", "if", "whether") && c.harmTold(i) {
		// "Two tankers were attacked, and Pompeo said Iran was
		// responsible": for the harm the sentence tells of.
		harm, told = i, true
	}
	held := false // "held the regime responsible for exposing Syria to occupation": any act one is held responsible for
	// "said China must be held accountable for the outbreak": held to
	// account, the one named is blamed for whatever it did.
	h := t.head[i]
	holdee := -1 // the one held to account: "China must be held", "China is responsible … and must be held"
	if h >= 0 && t.rel[i] == "xcomp" && t.lemma[h] == "hold" && t.child(h, "obj") < 0 {
		if holdee = t.child(h, "nsubj:pass"); holdee < 0 && t.child(h, "nsubj") < 0 && t.rel[h] == "conj" && t.head[h] >= 0 {
			holdee = max(t.child(t.head[h], "nsubj"), t.child(t.head[h], "nsubj:pass"))
		}
	}
	passive := holdee >= 0 && (t.lemma[i] == "responsible" || t.lemma[i] == "accountable")
	if passive {
		if harm < 0 && c.prepChild(h, "for") < 0 {
			harm = i // "China must be held accountable": for what, the story says
		}
		held = harm >= 0
	}
	// (An adjective the parser made an adverb: "hold China accountable".)
	if harm < 0 && h >= 0 && (t.rel[i] == "xcomp" || t.rel[i] == "advmod" && t.tag[i] == "JJ") && t.lemma[h] == "hold" {
		for _, k := range t.kids[i] {
			if t.rel[k] == "advcl" && t.tag[k] == "VBG" && t.hasChildLemma(k, "mark", "for") {
				harm, held = k, true
			}
		}
		if harm < 0 && (t.lemma[i] == "responsible" || t.lemma[i] == "accountable") && c.prepChild(i, "for") < 0 && c.prepChild(h, "for") < 0 && t.child(h, "obj") >= 0 {
			harm, held = i, true // "vowed to hold China accountable": for what, the story says
		}
	}
	if harm < 0 || !told && !held && !harmNouns[t.lemma[harm]] && !c.attackNoun(harm) {
		return frame{}, false
	}
	f := frame{rel: schema.Accused, trigger: i, conf: 0.75, rule: "blame"}
	if s := t.child(i, "nsubj"); s >= 0 {
		c.polarity(&f, i)
		if f.mod == schema.Future && t.lemma[i] == "blame" {
			f.mod = schema.Asserted // "was to blame" states a fault, not a plan
		}
		f.obj = c.argsOf(s, true)
		if _, doer := c.workOf(i); doer >= 0 {
			f.obj = c.argsOf(doer, true) // the harm's doer, not the harm
		}
		for p := t.head[i]; p >= 0 && (t.rel[i] == "ccomp" || t.rel[p] == "ccomp"); p = t.head[p] {
			if t.hasChildLemma(p, "advmod", "not", "n't", "never") {
				f.neg = true // "Trump does not think Kim is responsible": no accusation
			}
			if speechLemmas[t.lemma[p]] {
				break // "It doesn't help that Pompeo told lawmakers that Iran was behind the attacks": he did
			}
		}
		if f.rep != nil {
			f.reporterSubject()
		}
		if len(f.subj) == 0 {
			var claim bool
			if f.subj, claim = c.claimant(i); claim {
				// The claim was made, however it was answered: "dismissed
				// Britain's assertion that Russia was behind the attack".
				f.neg = t.hasChildLemma(i, "advmod", "not", "n't", "never")
			}
		}
		if h := t.head[i]; len(f.subj) == 0 && h >= 0 && t.rel[i] == "xcomp" && judgeAsLemmas[t.lemma[h]] {
			f.subj = c.subjectOf(h, 0) // "Israel holds Iran/nsubj responsible": a small clause
			c.polarity(&f, h)
		}
	} else if passive {
		f.obj = c.argsOf(holdee, true)
		c.polarity(&f, h)
		if f.rep == nil || f.neg || c.heldIfOrWarned(h) {
			return frame{}, false // "Iran will be held responsible if …", "warned that Iran would be held responsible": a threat
		}
		if f.mod == schema.Future {
			f.rel = schema.Threatened // "Iran will be held fully responsible for lives lost": a warning of consequences
		}
		f.mod = schema.Asserted // "must be held accountable": the blame is laid now
		f.reporterSubject()
	} else if h >= 0 && (t.rel[i] == "xcomp" || t.rel[i] == "advmod" || t.rel[i] == "dep") && strings.HasPrefix(t.tag[h], "VB") {
		if o := t.child(h, "obj"); o >= 0 {
			f.obj = c.argsOf(o, true)
		}
		f.subj = c.subjectOf(h, 0)
		c.polarity(&f, h)
	}
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// heldIfOrWarned reports whether being held to account at verb h is a
// threat: on a condition ("will be held responsible if it attacks", "must
// comply or be held accountable") or told as a warning ("warned that
// Tehran would be held responsible").
func (c *clause) heldIfOrWarned(h int) bool {
	t := c.t
	for _, k := range t.kids[h] {
		if t.rel[k] == "advcl" && t.hasChildLemma(k, "mark", "if", "unless", "should") {
			return true
		}
	}
	if t.rel[h] == "conj" && t.hasChildLemma(h, "cc", "or") {
		return true // "must support the effort or be held accountable"
	}
	for p := h; p >= 0 && (t.rel[p] == "ccomp" || t.rel[p] == "conj"); p = t.head[p] {
		if v := t.head[p]; v >= 0 && warnLike[t.lemma[v]] {
			return true
		}
	}
	return false
}

// reportedHarm reads a harm one says or warns another's act will do as
// criticism of the one who acts: "Malmstrom warned the move by Trump would
// have consequences for the EU", "Germany said Trump's decision would
// undermine the alliance".
func (c *clause) reportedHarm(i int) (frame, bool) {
	t := c.t
	s := t.child(i, "nsubj")
	h := t.head[i]
	if s < 0 || h < 0 || t.rel[i] != "ccomp" || !strings.HasPrefix(t.tag[s], "NN") || c.headOf[s] >= 0 || !actNouns[t.lemma[s]] && !penaltyNouns[t.lemma[s]] && !harmDoers[t.lemma[s]] || c.negated(i) {
		return frame{}, false
	}
	if !speechLemmas[t.lemma[h]] && !warnLike[t.lemma[h]] || c.negated(h) || t.lemma[i] == "risk" && t.child(i, "obj") < 0 {
		return frame{}, false // (not "would risk provoking Trump": a danger to the actor itself)
	}
	f := frame{rel: schema.Criticized, trigger: i, mod: schema.Asserted, conf: 0.65, rule: "reported-judgment"}
	if a := c.teller(h); a >= 0 {
		f.subj = c.actorsOf(a, false)
	}
	if f.obj, _ = c.modifierActors(s); len(f.obj) == 0 {
		if k := c.prepChild(s, "by"); k >= 0 {
			f.obj = c.actorsOf(k, false) // "the move by Trump"
		} else {
			f.obj, _ = c.doneBy(s)
		}
	}
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// harmDoers are acts, besides actNouns, whose harm one blames on the
// actor: "Israel's attempts to build more settlements risk the two-state
// solution".
var harmDoers = map[string]bool{"attempt": true, "effort": true, "activity": true, "buildup": true, "build-up": true, "expansion": true, "interference": true, "meddling": true}

// damageVerbs do harm to what they take.
var damageVerbs = map[string]bool{
	"hurt": true, "harm": true, "damage": true, "undermine": true, "destabilize": true, "destabilise": true,
	"jeopardize": true, "jeopardise": true, "endanger": true, "weaken": true, "wreck": true, "derail": true,
	"sabotage": true, "poison": true, "backfire": true, "threaten": true, "risk": true, "imperil": true, "erode": true,
}

// unhesitating reads a readiness to use force as a threat: "would not
// hesitate to use force against Iran", "is not afraid to close the border
// with Mexico". The act itself is hypothetical, not denied (see polarity).
func (c *clause) unhesitating(i int) (frame, bool) {
	t := c.t
	k := t.child(i, "xcomp")
	if k < 0 || !c.negated(i) || !c.coercive(k) {
		return frame{}, false
	}
	f := frame{rel: schema.Threatened, trigger: i, conf: 0.7, rule: "verb-complement", subj: c.subjectOf(i, 0), obj: c.forceTarget(k)}
	c.polarity(&f, i)
	f.neg, f.mod = false, schema.Asserted // the threat is made now
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// forceTarget returns whom the coercive act at verb k is aimed at: its
// object, a phrase of the verb ("retaliate against South Korea"), or a
// phrase of its object ("close the border with Mexico").
func (c *clause) forceTarget(k int) []Mention {
	o := c.t.child(k, "obj")
	if o >= 0 {
		if got := c.argsOf(o, true); len(got) > 0 {
			return got
		}
	}
	if got := c.prepArgs(k, []string{"against", "on", "at", "to", "with"}); len(got) > 0 || o < 0 {
		return got
	}
	return c.prepArgs(o, []string{"with", "of", "to"})
}

// hesitateWords hold one back from an act; negated, they say one is ready.
var hesitateWords = map[string]bool{"hesitate": true, "afraid": true, "shy": true, "scared": true}

// linkedTo reads a verb that ties its object to a harm as an accusation:
// "Washington linked Iran to the attacks", "Iran was tied to the attacks by
// Britain"; where the verb's subject is no actor ("the evidence links
// Russia to the poisoning"), the one who reports it accuses.
func (c *clause) linkedTo(i int) (frame, bool) {
	t := c.t
	if !linkLemmas[t.lemma[i]] || !strings.HasPrefix(t.tag[i], "VB") {
		return frame{}, false
	}
	o, passive := t.child(i, "obj"), false
	if o < 0 {
		o, passive = t.child(i, "nsubj:pass"), true
	}
	harm := c.prepChild(i, "to")
	if harm < 0 && o >= 0 && !passive {
		harm = c.prepChild(o, "to") // hung on the object: "tying the regime to/nmod attacks"
	}
	if o < 0 || harm < 0 || !harmNouns[t.lemma[harm]] && !c.attackNoun(harm) {
		return frame{}, false
	}
	f := frame{rel: schema.Accused, trigger: i, conf: 0.7, rule: "blame"}
	c.polarity(&f, i)
	f.obj = c.argsOf(o, true)
	if passive {
		if a := t.child(i, "obl:agent"); a >= 0 {
			f.subj = c.actorsOf(a, false)
		}
	} else if t.tag[i] == "VBG" && i > 0 && strings.HasPrefix(t.tag[i-1], "NN") && (t.rel[i] == "acl" || t.rel[i] == "advcl") {
		// "the U.S. intelligence tying Iran to the attacks": the noun's,
		// however the participle was hung.
		if f.subj = c.actorsOf(i-1, false); len(f.subj) == 0 {
			f.subj, _ = c.modifierActors(i - 1)
		}
	} else {
		f.subj = c.subjectOf(i, 0)
	}
	if len(f.subj) == 0 && f.rep != nil {
		f.reporterSubject()
	}
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// linkLemmas tie someone to a deed.
var linkLemmas = map[string]bool{"link": true, "tie": true, "connect": true}

// teller returns who speaks through say-verb h: its subject, or the
// agent of a passive ("Trump was told by Pompeo that …": Pompeo, not
// the one told), or -1.
func (c *clause) teller(h int) int {
	if c.passive(h) {
		return c.t.child(h, "obl:agent")
	}
	return c.t.child(h, "nsubj")
}

// passive reports whether verb h is in the passive voice.
func (c *clause) passive(h int) bool {
	return c.t.child(h, "nsubj:pass") >= 0 || c.t.child(h, "aux:pass") >= 0
}

// claimant returns who puts forward the clause of word i through a noun of
// claim or evidence: "Britain's assertion that Russia was behind the
// attack", "Zarif said there were serious indications that Israel was
// behind the killing"; and whether a claim noun's owner it is.
func (c *clause) claimant(i int) ([]Mention, bool) {
	t := c.t
	for p, n := i, 0; p >= 0 && n < 4; p, n = t.head[p], n+1 {
		h := t.head[p]
		if h < 0 {
			break
		}
		if o := t.child(h, "obj"); o >= 0 && o < p && (t.rel[p] == "ccomp" || t.rel[p] == "advcl" && t.hasChildLemma(p, "mark", "that")) && claimNouns[t.lemma[o]] {
			h = o // "dismissed Britain's assertion/obj that …/ccomp": the clause hung on the verb
		}
		if (t.rel[p] == "acl" || t.rel[p] == "ccomp" || t.rel[p] == "advcl") && (claimNouns[t.lemma[h]] || evidenceNouns[t.lemma[h]]) {
			if got, _ := c.modifierActors(h); len(got) > 0 {
				return got, claimNouns[t.lemma[h]]
			}
			if got, ok := c.doneBy(h); ok && len(got) > 0 {
				return got, claimNouns[t.lemma[h]]
			}
			p = h // "there were indications that …": the noun's own clause may be reported
			if h = t.head[p]; h < 0 {
				break
			}
			if t.rel[p] == "nsubj" && t.child(h, "expl") >= 0 {
				p, h = h, t.head[h]
				if h < 0 {
					break
				}
			}
		}
		if (t.rel[p] == "ccomp" || t.rel[p] == "parataxis") && speechLemmas[t.lemma[h]] {
			if c.passive(h) {
				if a := c.teller(h); a >= 0 {
					return c.actorsOf(a, false), false
				}
				return nil, false
			}
			return c.subjectOf(h, 0), false
		}
	}
	return nil, false
}

// terrorIn reports whether a word of terror is among the dependents of
// verb i or theirs: "designate the Houthis a foreign terrorist
// organisation".
func (c *clause) terrorIn(i int) bool {
	for _, k := range c.t.kids[i] {
		for _, w := range append([]int{k}, c.t.kids[k]...) {
			if l := c.toks[w].key; l == "terrorist" || l == "terror" || l == "terrorism" || l == "terrorists" {
				return true
			}
		}
	}
	return false
}

// hasMarkedClause reports whether verb i has an adverbial clause marked
// by mark: "suspect Russia of/mark hacking".
func (c *clause) hasMarkedClause(i int, mark string) bool {
	for _, k := range c.t.kids[i] {
		if c.t.rel[k] == "advcl" && c.t.hasChildLemma(k, "mark", mark) {
			return true
		}
	}
	return false
}

// listingLemmas put one on a list: "placed Huawei on a trade blacklist".
var listingLemmas = map[string]bool{"place": true, "put": true, "add": true}

// blacklisted reads putting an actor on a blacklist, or on a terrorism or
// sanctions list, as sanctioning it: "The United States placed Iran's
// Revolutionary Guards on its terrorism blacklist", "added Chinese firms
// to the entity list". i is the verb.
func (c *clause) blacklisted(i int) (frame, bool) {
	t := c.t
	if t.tag[i] == "VBG" && t.rel[i] != "root" && t.rel[i] != "conj" && t.child(i, "nsubj") < 0 && t.child(i, "aux") < 0 {
		return frame{}, false // "argued that …, while adding it to the list could …": whose adding, unsaid
	}
	l := c.prepChild(i, "on")
	if l < 0 {
		l = c.prepChild(i, "to")
	}
	if l < 0 || t.lemma[l] != "blacklist" && !(t.lemma[l] == "list" && (t.hasChildLemma(l, "compound", "terror", "terrorism", "sanction", "sanctions", "entity", "black") || t.hasChildLemma(l, "amod", "black", "terrorist"))) {
		return frame{}, false
	}
	o := t.child(i, "obj")
	if o < 0 {
		o = t.child(i, "nsubj:pass")
	}
	if o < 0 {
		return frame{}, false
	}
	f := frame{rel: schema.Sanctioned, trigger: i, conf: 0.75, rule: "verb-obj", obj: c.argsOf(o, true)}
	if t.child(i, "nsubj:pass") >= 0 {
		f.subj = c.byAgent(i)
	} else {
		f.subj = c.subjectOf(i, 0)
	}
	c.polarity(&f, i)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// refusableNouns are what one makes of another and the other may turn down.
var refusableNouns = map[string]bool{
	"pressure": true, "demand": true, "call": true, "request": true, "appeal": true, "plea": true, "offer": true,
	"proposal": true, "ultimatum": true, "overture": true, "invitation": true, "entreaty": true,
}

// suspectedOf reports whether the verb at i has its "of" phrase, on the
// verb or, as the parser often hangs it, on the object: "suspect Russian
// agents of hacking".
func (c *clause) suspectedOf(i int) bool {
	if c.prepChild(i, "of") >= 0 || c.hasMarkedClause(i, "of") {
		return true
	}
	o := c.t.child(i, "obj")
	if o < 0 {
		return false
	}
	for _, k := range c.t.kids[o] {
		if c.t.rel[k] == "acl" && c.t.tag[k] == "VBG" && c.t.hasChildLemma(k, "mark", "of") {
			return true
		}
	}
	return c.prepChild(o, "of") >= 0
}

// judgeAsLemmas judge their object to be something: "holds Iran
// responsible".
var judgeAsLemmas = map[string]bool{"hold": true, "consider": true, "deem": true, "find": true, "believe": true}

// toBlame reports whether the word at i is "blame" in "X is to blame".
func (c *clause) toBlame(i int) bool {
	t := c.t
	return t.lemma[i] == "blame" && t.tag[i] == "VB" && t.hasChildLemma(i, "mark", "to") && t.hasChildLemma(i, "aux", "be") && t.child(i, "obj") < 0
}

// workOf returns the harm and its doer's phrase when the noun at i says
// whose work a harm was: "said the attack was the work of the PKK", "the
// bombing was the handiwork of Hezbollah" (but not "the deal was the work
// of Kerry": no harm).
func (c *clause) workOf(i int) (harm, doer int) {
	t := c.t
	if !workNouns[t.lemma[i]] || !strings.HasPrefix(t.tag[i], "NN") || t.child(i, "cop") < 0 {
		return -1, -1
	}
	harm, doer = t.child(i, "nsubj"), c.prepChild(i, "of")
	if harm < 0 || doer < 0 || !harmNouns[t.lemma[harm]] && !c.attackNoun(harm) {
		return -1, -1
	}
	return harm, doer
}

// harmsWork reports whether the noun at i says whose work a harm was.
func (c *clause) harmsWork(i int) bool {
	harm, _ := c.workOf(i)
	return harm >= 0
}

// standingNouns are one's standing, which acts ruin without striking
// anyone.
var standingNouns = map[string]bool{"presidency": true, "career": true, "reputation": true, "legacy": true, "credibility": true, "chance": true, "candidacy": true, "standing": true, "prestige": true, "image": true}

// consideredNouns are what one looks into by weighing it: "look into a
// request" considers it.
var consideredNouns = map[string]bool{"request": true, "proposal": true, "offer": true, "idea": true, "possibility": true, "option": true, "suggestion": true, "plea": true, "appeal": true}

// workNouns say whose doing something was.
var workNouns = map[string]bool{"work": true, "handiwork": true, "doing": true}

// wrongLemmas are wrongs an actor can say another did: "Washington said
// Tehran was violating the deal" is an accusation (guideline: reported
// speech that clearly blames).
var wrongLemmas = map[string]bool{
	"violate": true, "breach": true, "flout": true, "interfere": true, "meddle": true, "hack": true,
	"cheat": true, "lie": true, "steal": true, "spy": true, "smuggle": true, "obstruct": true, "impede": true,
	"undermine": true, "destabilize": true, "destabilise": true, "sabotage": true, "harbor": true,
	"harbour": true, "sponsor": true, "abuse": true, "torture": true, "persecute": true, "oppress": true,
	"repress": true, "bully": true, "coerce": true, "blackmail": true, "bribe": true, "renege": true,
	"collude": true, "conspire": true, "deceive": true, "mislead": true, "exploit": true, "plunder": true,
	"loot": true, "provoke": true, "incite": true, "stoke": true, "foment": true, "instigate": true,
	"orchestrate": true,
}

// findingLemmas state what an inquiry found: "intelligence agencies
// concluded that Russia interfered" blames as saying it does; so do
// findingNouns, a finding held ("the French assessment that Russia meddled").
var (
	findingLemmas = map[string]bool{"conclude": true, "find": true, "determine": true, "assess": true, "establish": true}
	findingNouns  = map[string]bool{"conclusion": true, "assessment": true, "finding": true, "determination": true, "judgment": true, "judgement": true, "claim": true, "contention": true, "assertion": true}
)

// backsTerror reports whether verb i backs terror: "supported terrorism",
// "funds terrorists" (a wrong to say of someone, like "sponsor").
func (c *clause) backsTerror(i int) bool {
	if !aidLemmas[c.t.lemma[i]] {
		return false
	}
	o := c.t.child(i, "obj")
	return o >= 0 && terrorNouns[c.t.lemma[o]]
}

// expelLemmas send someone out of a country: diplomats (a downgrade of
// ties), or fighters by force ("kicked Daesh out of the suburbs").
// stateIn is the one country that the phrase k names after "in", as the
// state rather than the place ("institutions in North Korea", "abuses in
// Iran").
func (c *clause) stateIn(k int) (Mention, bool) {
	if c.t.caseOf(k) != "in" {
		return Mention{}, false
	}
	return c.stateAt(k)
}

// stateAt is the one country that the phrase k names, as the state rather
// than the place ("on his way to Japan", "sent Kerry to Riyadh").
func (c *clause) stateAt(k int) (Mention, bool) {
	if k < 0 || c.headOf[k] < 0 {
		return Mention{}, false
	}
	m := c.ms[c.headOf[k]]
	if len(m.Actors) != 1 || m.Actors[0].Kind != schema.Country {
		return Mention{}, false
	}
	m.Place = false
	return m, true
}

// abuseNouns are wrongs a state answers for where they happen.
var abuseNouns = map[string]bool{
	"abuse": true, "violation": true, "repression": true, "persecution": true, "crackdown": true, "atrocity": true, "torture": true,
	"arrest": true, "detention": true, "imprisonment": true, "jailing": true, // "condemns the arrest of protesters in Iran": a state's acts on its soil
}

// dealingNouns are dealings an inquiry looks into, whose parties it
// investigates: "an investigation of collusion between the Kremlin and".
var dealingNouns = map[string]bool{
	"collusion": true, "coordination": true, "contact": true, "tie": true, "link": true, "communication": true,
	"dealing": true, "connection": true, "conspiracy": true, "cooperation": true,
}

// mutualTies are what two states hold with each other and may suspend or
// cut together: "suspended negotiations", "cut ties".
var mutualTies = map[string]bool{
	"talk": true, "talks": true, "negotiation": true, "dialogue": true, "tie": true, "relation": true, "contact": true, "cooperation": true,
}

// migrantNouns are people a state expels or deports who are no envoys.
var migrantNouns = map[string]bool{
	"immigrant": true, "migrant": true, "refugee": true, "asylum-seeker": true, "seeker": true, "student": true, "deportee": true,
}

var expelLemmas = map[string]bool{"expel": true, "eject": true, "kick": true, "throw": true}

// committedCrime reports whether verb i commits a crime: "committed war
// crimes", "carried out atrocities", "perpetrated genocide".
func (c *clause) committedCrime(i int) bool {
	l := c.t.lemma[i]
	o := c.t.child(i, "obj")
	if o >= 0 && directLemmas[l] {
		// "Putin ordered the interference campaign": who orders a wrong
		// is charged with it.
		return covertNouns[c.t.lemma[o]] || crimeNouns[c.t.lemma[o]] || c.t.hasChildLemma(o, "compound", "interference", "hacking", "influence", "disinformation")
	}
	if k := c.prepChild(i, "in"); partakeLemmas[l] && k >= 0 {
		// "engaged in a disinformation campaign", "was involved in the
		// interference": a share in a wrong.
		return covertNouns[c.t.lemma[k]] || crimeNouns[c.t.lemma[k]] || c.t.hasChildLemma(k, "compound", "interference", "hacking", "influence", "disinformation", "propaganda") ||
			c.t.hasChildLemma(k, "amod", "hacking", "covert")
	}
	if l != "commit" && l != "perpetrate" && !(l == "carry" && c.t.hasChildLemma(i, "compound:prt", "out")) {
		return false
	}
	return o >= 0 && crimeNouns[c.t.lemma[o]]
}

// inViolation reports whether verb i is done "in violation of" or "in
// breach of" something: "said Russia had deployed missiles in violation of
// the pact" charges a wrong as "violated" does.
func (c *clause) inViolation(i int) bool {
	for _, k := range c.t.kids[i] {
		if l := c.t.lemma[k]; relIs(c.t.rel[k], "obl") && c.t.caseOf(k) == "in" && (l == "violation" || l == "breach" || l == "defiance" || l == "contravention") && c.prepChild(k, "of") >= 0 {
			return true
		}
	}
	return false
}

// directLemmas order or run an operation; covertNouns are wrongs done in
// secret, which only a charge names.
var (
	directLemmas = map[string]bool{"order": true, "direct": true, "mastermind": true, "orchestrate": true, "authorize": true, "authorise": true}
	covertNouns  = map[string]bool{"interference": true, "meddling": true, "hacking": true, "hack": true, "cyberattack": true, "plot": true, "assassination": true, "poisoning": true}
)

// reportedCrime reads "Crimes committed/acl by X must be punished, Y
// said": Y accused X, the agent of the crimes its reported clause is
// about.
func (c *clause) reportedCrime(i int) (frame, bool) {
	t := c.t
	a := t.child(i, "obl:agent")
	n := t.head[i]
	if a < 0 || n < 0 {
		return frame{}, false
	}
	p := t.head[n]
	for p >= 0 && (t.rel[p] == "conj" || t.rel[p] == "xcomp") {
		p = t.head[p]
	}
	if p < 0 || t.rel[p] != "ccomp" && t.rel[p] != "parataxis" {
		return frame{}, false
	}
	h := t.head[p]
	if h < 0 || !speechLemmas[t.lemma[h]] || t.lemma[h] == "believe" || t.lemma[h] == "think" || t.hasChildLemma(h, "advmod", "not", "n't", "never") || t.hasChildLemma(p, "advmod", "not", "n't", "never") {
		return frame{}, false
	}
	s := t.child(h, "nsubj")
	if s < 0 {
		return frame{}, false
	}
	f := frame{rel: schema.Accused, trigger: i, mod: schema.Asserted, conf: 0.7, rule: "reported-wrong", subj: c.actorsOf(s, false), obj: c.argsOf(a, true)}
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// harmVerbs befall their passive subject: "would be destroyed".
var harmVerbs = map[string]bool{"destroy": true, "punish": true, "hit": true, "crush": true, "annihilate": true, "obliterate": true, "attack": true, "strike": true, "wipe": true}

// crimeNouns are wrongs one commits against people or law.
var crimeNouns = map[string]bool{"crime": true, "atrocity": true, "genocide": true, "massacre": true, "abuse": true, "violation": true, "war-crime": true}

// bannedArms reports whether verb i uses or makes banned weapons: "had
// used nerve gas against his own people", "used chemical weapons".
func (c *clause) bannedArms(i int) bool {
	l := c.t.lemma[i]
	if l != "use" && l != "deploy" && l != "drop" && l != "stockpile" {
		return false
	}
	o := c.t.child(i, "obj")
	if o < 0 {
		return false
	}
	switch c.t.lemma[o] {
	case "sarin", "chlorine", "gas":
		return true
	case "weapon", "arm", "agent", "bomb":
		return c.t.hasChildLemma(o, "amod", "chemical", "biological") || c.t.hasChildLemma(o, "compound", "nerve", "barrel")
	}
	return false
}

var (
	aidLemmas   = map[string]bool{"support": true, "fund": true, "finance": true, "back": true, "arm": true, "shelter": true, "aid": true, "help": true, "promote": true, "export": true}
	terrorNouns = map[string]bool{"terrorism": true, "terrorist": true, "terror": true, "extremism": true, "extremist": true, "jihadist": true}
)

// reportedWrong reads "X said (that) Y was violating …": X accused Y.
// Neither the saying nor the wrong may be denied.
func (c *clause) reportedWrong(i int) (frame, bool) {
	t := c.t
	p := i
	// Up through the verbs that carry it: "said Russia is spending
	// millions to undermine American democracy".
	for t.rel[p] == "conj" || t.rel[p] == "xcomp" || t.rel[p] == "advcl" && t.hasChildLemma(p, "mark", "to") {
		if p = t.head[p]; p < 0 {
			return frame{}, false
		}
	}
	h := t.head[p]
	// (Or a finding's: "the conclusion of British intelligence that Moscow
	// interfered", "the French assessment that Russia meddled".)
	found := false
	if h >= 0 && (t.rel[p] == "acl" || t.rel[p] == "ccomp" || t.rel[p] == "acl:relcl" && t.child(p, "nsubj") >= 0) && slices.ContainsFunc(t.kids[p], func(k int) bool { return c.toks[k].key == "that" }) {
		// (The parser may take the clause for a relative one, and hang it
		// on the finding's "of" phrase.)
		n := h
		if !findingNouns[t.lemma[n]] && relIs(t.rel[n], "nmod") && t.caseOf(n) == "of" && t.head[n] >= 0 {
			n = t.head[n]
		}
		if found = findingNouns[t.lemma[n]] && strings.HasPrefix(t.tag[n], "NN"); found {
			h = n
		}
	}
	if h < 0 || !found && (t.rel[p] != "ccomp" && t.rel[p] != "parataxis" || !speechLemmas[t.lemma[h]] && !findingLemmas[t.lemma[h]]) {
		return frame{}, false
	}
	f := frame{rel: schema.Accused, trigger: i, mod: schema.Asserted, conf: 0.7, rule: "reported-wrong"}
	if s := t.child(h, "nsubj"); s >= 0 && !found {
		f.subj = c.actorsOf(s, false)
	}
	if found {
		if f.subj, _ = c.modifierActors(h); len(f.subj) == 0 {
			if k := c.prepChild(h, "of"); k >= 0 && k < i {
				f.subj = c.actorsOf(k, false)
			}
		}
	}
	if (t.lemma[h] == "believe" || t.lemma[h] == "think") && (len(f.subj) == 0 || anyPerson(f.subj)) {
		// "U.S. officials believe Russia hacked the Democratic Party": a
		// government's belief is its charge; a person's is an opinion.
		return frame{}, false
	}
	f.obj = c.subjectOf(i, 0)
	if s := t.child(i, "nsubj"); len(f.obj) == 0 && s >= 0 && strings.HasPrefix(t.tag[s], "NN") && c.headOf[s] < 0 {
		// "said North Korea's launch violated UN resolutions": the act's
		// maker; "North Korea launched two missiles. Japan said the launch
		// violated …": the maker of the act it refers back to.
		if f.obj, _ = c.modifierActors(s); len(f.obj) == 0 {
			f.obj = c.recalledDoers(s, f.subj)
		}
	}
	for _, q := range []int{h, p, i} {
		if t.hasChildLemma(q, "advmod", "not", "n't", "never") {
			return frame{}, false // "did not say", "said Iran was not violating"
		}
	}
	for _, q := range []int{p, i} {
		if t.hasChildLemma(q, "aux", "may", "might", "could") || t.hasChildLemma(q, "advmod", "possibly", "perhaps", "maybe") {
			return frame{}, false // "said that while Russia may have meddled …": granted, not charged
		}
	}
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// poseLemmas make their object a predicate of their subject: "poses a
// threat", "represents a danger", "constitutes a violation".
var poseLemmas = map[string]bool{"pose": true, "represent": true, "constitute": true}

// obstructLemmas work against an event, no party to it.
var obstructLemmas = map[string]bool{"obstruct": true, "impede": true, "hinder": true, "hamper": true, "undermine": true, "derail": true, "sabotage": true, "interfere": true, "block": true}

// errorNouns are faults one makes: "said Trump made a mistake".
var errorNouns = map[string]bool{"mistake": true, "error": true, "blunder": true}

// practiceNouns name a way of acting only a critic calls it: "U.S.
// protectionism", "American unilateralism", "China's bullying".
var practiceNouns = map[string]bool{
	"protectionism": true, "unilateralism": true, "hegemony": true, "hegemonism": true, "imperialism": true,
	"bullying": true, "meddling": true, "expansionism": true, "militarism": true, "adventurism": true,
	"warmongering": true, "arrogance": true, "hypocrisy": true, "intransigence": true, "belligerence": true,
}

// damnedPractice reads an actor's practice a speaker names in reported
// words as criticism of the actor: "'Our tariffs are a response to U.S.
// unilateralism and protectionism,' its finance ministry said".
func (c *clause) damnedPractice(i int) (frame, bool) {
	t := c.t
	if !strings.HasPrefix(t.tag[i], "NN") || !practiceNouns[t.lemma[i]] {
		return frame{}, false
	}
	doers, _ := c.modifierActors(i)
	if len(doers) == 0 {
		if h := t.head[i]; h >= 0 && t.rel[i] == "conj" && practiceNouns[t.lemma[h]] {
			doers, _ = c.modifierActors(h) // "U.S. unilateralism and protectionism"
		}
	}
	speaker, p := -1, i
	for n := 0; p >= 0 && n < 6 && speaker < 0; n++ {
		if c.negated(p) || p != i && strings.HasPrefix(t.tag[p], "NN") && slices.ContainsFunc(c.x.lex.Lookup(t.lemma[p], schema.Noun), func(e schema.LexiconEntry) bool { return speechActs[e.Relation] }) {
			return frame{}, false // "deflecting criticism of Japanese protectionism": others' words
		}
		speaker = c.reportSpeaker(p)
		p = t.head[p]
	}
	if speaker < 0 || len(doers) == 0 || c.negated(t.head[speaker]) {
		return frame{}, false
	}
	f := frame{rel: schema.Criticized, trigger: i, mod: schema.Asserted, conf: 0.6, rule: "reported-judgment", subj: c.actorsOf(speaker, false), obj: doers}
	return f, len(f.subj) > 0
}

// distrusted reads a speaker's saying an actor cannot or should not be
// trusted as criticism of it: "Iran warned that Trump should not be
// trusted", "Tehran cannot be trusted, Netanyahu said". (Not "can be
// trusted", nor a trust someone else withholds: "is not trusted by".)
func (c *clause) distrusted(i int) (frame, bool) {
	t := c.t
	s := t.child(i, "nsubj:pass")
	if s < 0 || t.child(i, "aux:pass") < 0 || t.child(i, "obl:agent") >= 0 || !c.negated(i) {
		return frame{}, false
	}
	speaker := c.reportSpeaker(i)
	if h := t.head[i]; speaker < 0 && h >= 0 && t.rel[i] == "ccomp" && warnLike[t.lemma[h]] {
		speaker = t.child(h, "nsubj") // "Iran warned that Trump should not be trusted"
	}
	if speaker < 0 || c.negated(t.head[speaker]) {
		return frame{}, false
	}
	f := frame{rel: schema.Criticized, trigger: i, mod: schema.Asserted, conf: 0.7, rule: "reported-judgment"}
	f.subj, f.obj = c.actorsOf(speaker, false), c.actorsOf(s, false)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// judgmentWords, besides negativeWords, make a predicate that condemns
// what its subject names: "the launches were a provocation".
var judgmentWords = map[string]bool{
	"provocation": true, "violation": true, "mistake": true, "crime": true, "outrage": true, "unsafe": true,
	"unprofessional": true, "wrong": true, "absurd": true, "shameful": true, "deplorable": true,
	"appalling": true, "cynical": true, "atrocity": true, "aggression": true, "lie": true, "error": true, "blunder": true,
	"breach": true, "manipulation": true, "blackmail": true, "affront": true, "insult": true, "travesty": true, "sham": true,
	"farce": true, "hypocrisy": true, "piracy": true, "bullying": true, "danger": true, "menace": true,
}

// judgedActs are what an act is called when a judging word qualifies it:
// "the launch was an outrageous act", "a dangerous step".
var judgedActs = map[string]bool{"act": true, "step": true, "move": true, "action": true, "decision": true, "escalation": true}

// judgedKinds are what an actor is called when a judging word qualifies
// it: "a terrorist state", "a rogue regime" (not "a dangerous place").
var judgedKinds = map[string]bool{
	"state": true, "regime": true, "country": true, "nation": true, "government": true, "power": true,
	"actor": true, "organization": true, "organisation": true, "group": true, "leader": true, "entity": true,
}

// reportedJudgment reads a condemnation in reported speech: a speaker
// says that an actor, or what an actor did, is something bad ("the U.S.
// ambassador said Iran's launches were provocative and destabilizing",
// "the actions of Putin, he told a news conference, were a threat to
// everyone"): the speaker CRITICIZED the actor. i is the predicate
// adjective or noun.
func (c *clause) reportedJudgment(i int) (frame, bool) {
	t := c.t
	p, s, cop := i, t.child(i, "nsubj"), t.child(i, "cop") >= 0
	if t.tag[i] == "VBN" && t.child(i, "aux:pass") >= 0 {
		cop = true // "said the EU is biased against Turkey": a participle of state
	}
	if h := t.head[i]; s < 0 && h >= 0 && t.rel[i] == "obj" && (poseLemmas[t.lemma[h]] || (t.lemma[h] == "make" || t.lemma[h] == "commit") && errorNouns[t.lemma[i]]) {
		// "ISIL poses a threat to the region, Obama said": the verb
		// makes its object a predicate of its subject.
		p, s, cop = h, t.child(h, "nsubj"), true
	}
	if h := t.head[i]; s < 0 && h >= 0 && t.rel[i] == "conj" && t.child(h, "cop") >= 0 {
		// "said NATO is obsolete and unfair": a conjoined predicate.
		p, s, cop = h, t.child(h, "nsubj"), true
	}
	if h := t.head[i]; s < 0 && h >= 0 && (t.rel[i] == "amod" || t.rel[i] == "compound") && (judgedKinds[t.lemma[h]] || judgedActs[t.lemma[h]]) && t.child(h, "cop") >= 0 {
		// "said Israel was a terrorist state", "a terror/compound state":
		// the word qualifies the predicate noun.
		p, s, cop = h, t.child(h, "nsubj"), true
	}
	if h := t.head[i]; s < 0 && h >= 0 && relIs(t.rel[i], "nmod") && t.caseOf(i) == "of" && t.lemma[h] == "act" && t.child(h, "cop") >= 0 {
		p, s, cop = h, t.child(h, "nsubj"), true // "this is an act of aggression"
	}
	if h := t.head[i]; s < 0 && h >= 0 && relIs(t.rel[i], "nmod") && t.caseOf(i) == "of" && sponsorNouns[t.lemma[h]] && t.child(h, "cop") >= 0 {
		// "said Iran is the world's leading state sponsor of terrorism":
		// the bad thing the predicate noun spreads.
		p, s, cop = h, t.child(h, "nsubj"), true
	}
	if s < 0 || !cop || t.hasChildLemma(p, "advmod", "not", "n't", "never") {
		return frame{}, false
	}
	if t.caseOf(p) != "" {
		return frame{}, false // "Russia was behind the interference": where it stands, not what it is
	}
	speaker := c.reportSpeaker(p)
	if speaker < 0 || t.hasChildLemma(t.head[speaker], "advmod", "not", "n't", "never") || t.hasChildLemma(t.head[speaker], "cc", "nor") || c.negated(t.head[speaker]) {
		return frame{}, false // "never argued that Russian meddling was …", "I do not believe, nor have I ever stated, that …"
	}
	if l := t.lemma[s]; l == "it" || l == "this" || l == "that" {
		// "'This is an act of aggression,' Peskov said, referring to the
		// U.S. strike": what the speaker refers to; else no actor judged
		// ("It was a mistake for the prime minister to …").
		if s = c.referredTo(t.head[speaker]); s < 0 {
			return frame{}, false
		}
	}
	f := frame{rel: schema.Criticized, trigger: i, mod: schema.Asserted, conf: 0.7, rule: "reported-judgment"}
	if c.polarity(&f, p); f.neg {
		return frame{}, false // "said the country was no longer a threat"
	}
	f.subj = c.actorsOf(speaker, false)
	if f.obj = c.actorsOf(s, false); len(f.obj) == 0 && strings.HasPrefix(t.tag[s], "NN") {
		// What an actor did: "Iran's launches", "Houthi attacks", "the
		// actions of Putin".
		if f.obj, _ = c.modifierActors(s); len(f.obj) == 0 {
			if k := c.prepChild(s, "of"); k >= 0 && actNouns[t.lemma[s]] {
				f.obj = c.actorsOf(k, false)
			}
		}
		if len(f.obj) == 0 {
			f.obj, _ = c.doneBy(s) // "the launch by North Korea was an outrageous act"
		}
	}
	if claimNouns[t.lemma[s]] && c.headOf[s] < 0 && t.child(s, "nmod:poss") < 0 && c.prepChild(s, "by") < 0 && c.prepChild(s, "from") < 0 {
		return frame{}, false // "said the Iran allegations are very damaging to Huawei": claims about Iran, no one's judged
	}
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// namedExamples reads a damning plural noun whose examples a speaker names
// ("Terrorists like ISIL are trying to divide us," Obama said; "rogue
// states such as North Korea"): the speaker criticizes the examples. i is
// the noun.
func (c *clause) namedExamples(i int) (frame, bool) {
	t := c.t
	if t.tag[i] != "NNS" {
		return frame{}, false
	}
	k := -1
	for _, q := range t.kids[i] {
		if cs := t.caseOf(q); q > i && relIs(t.rel[q], "nmod") && (cs == "like" || cs == "such as") {
			k = q
		}
	}
	p := i
	for n := 0; p >= 0 && n < 4 && !strings.HasPrefix(t.tag[p], "VB"); n++ {
		p = t.head[p]
	}
	if k < 0 || p < 0 {
		return frame{}, false
	}
	speaker := c.reportSpeaker(p)
	if t.rel[i] == "obj" && t.head[i] == p && speechLemmas[t.lemma[p]] {
		speaker = t.child(p, "nsubj") // "said terrorists/obj such as ISIL were …": the clause's subject read as the verb's object
	}
	if speaker < 0 || t.hasChildLemma(t.head[speaker], "advmod", "not", "n't", "never") {
		return frame{}, false
	}
	f := frame{rel: schema.Criticized, trigger: i, mod: schema.Asserted, conf: 0.6, rule: "reported-judgment"}
	f.subj, f.obj = c.actorsOf(speaker, false), c.argsOf(k, true)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// referredTo returns the noun a speech verb's participle "referring to"
// names ("…," Peskov told reporters, referring to the U.S. strike), or -1.
func (c *clause) referredTo(v int) int {
	t := c.t
	if v < 0 {
		return -1
	}
	for _, k := range t.kids[v] {
		if t.lemma[k] == "refer" && t.tag[k] == "VBG" {
			if o := c.prepChild(k, "to"); o >= 0 {
				return o
			}
		}
	}
	return -1
}

// reportedCharge reads a judgment inside a reported clause about an actor:
// "Trump said Mexico is sending us its worst", "Hagel said North Korea
// was skating close to a dangerous line": the speaker criticized the
// clause's subject. i is the judging word, anywhere in the clause but
// its relative clauses and adjuncts of its own.
func (c *clause) reportedCharge(i int) (frame, bool) {
	t := c.t
	if !strings.HasPrefix(t.tag[i], "JJ") || mildInClause[c.toks[i].key] || !relIs(t.rel[i], "amod") && t.rel[i] != "xcomp" && t.rel[i] != "advmod" {
		return frame{}, false // an adjective of how the subject acts: "its worst people", "in a shocking manner"
	}
	p := i
	for n := 0; ; n++ {
		h := t.head[p]
		if h < 0 || n > 3 {
			return frame{}, false
		}
		if (t.rel[p] == "ccomp" || t.rel[p] == "parataxis") && speechLemmas[t.lemma[h]] {
			break
		}
		if r := t.rel[p]; r == "acl:relcl" || r == "advcl" || r == "csubj" || r == "ccomp" || r == "parataxis" || relIs(r, "nsubj") {
			return frame{}, false
		}
		p = h
	}
	if !strings.HasPrefix(t.tag[p], "VB") || p == i {
		return frame{}, false // a predicate noun or adjective is reportedJudgment's
	}
	if slices.ContainsFunc(c.x.lex.Lookup(t.lemma[p], schema.Verb), func(e schema.LexiconEntry) bool {
		return (e.Relation == schema.Criticized || e.Relation == schema.Accused) && len(e.Objects) == 0
	}) {
		return frame{}, false // "the Council 'condemned the heinous murder …,' it said": the word judges what is condemned, read with the verb
	}
	s := t.child(p, "nsubj")
	speaker := c.reportSpeaker(p)
	if s < 0 || speaker < 0 || t.lemma[t.head[p]] == "believe" || t.lemma[t.head[p]] == "think" || t.child(p, "aux:pass") >= 0 {
		return frame{}, false
	}
	if t.hasChildLemma(p, "advmod", "not", "n't", "never") || t.hasChildLemma(t.head[speaker], "advmod", "not", "n't", "never") {
		return frame{}, false
	}
	f := frame{rel: schema.Criticized, trigger: i, mod: schema.Asserted, conf: 0.6, rule: "reported-judgment"}
	f.subj = c.actorsOf(speaker, false)
	if f.obj = c.actorsOf(s, false); len(f.obj) == 0 && strings.HasPrefix(t.tag[s], "NN") {
		f.obj, _ = c.modifierActors(s)
	}
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// reportedPerpetrator reads a speaker's saying that an actor carried out a
// harm as an accusation: "Israel said Hezbollah had carried out the
// attack", "Kiev says Moscow orchestrated the bombing". i is the verb of
// carrying out; its object names the harm. (The guideline asks for
// ACCUSED when the speaker clearly blames; naming the doer of a harm is
// that.)
func (c *clause) reportedPerpetrator(i int) (frame, bool) {
	t := c.t
	o, s := t.child(i, "obj"), t.child(i, "nsubj")
	if o < 0 || s < 0 || !harmNouns[t.lemma[o]] && !blamedAttacks[t.lemma[o]] || t.tag[s] == "PRP" || t.child(i, "aux:pass") >= 0 {
		return frame{}, false // (not "the group announced it carried out the attack": a claim of its own)
	}
	speaker := c.spokenDeed(i)
	if speaker < 0 {
		return frame{}, false
	}
	f := frame{rel: schema.Accused, trigger: i, mod: schema.Asserted, conf: 0.7, rule: "blame"}
	f.subj, f.obj = c.actorsOf(speaker, false), c.actorsOf(s, false)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// reportedKilling reads a speaker's saying that an actor killed, poisoned
// or kidnapped someone as an accusation, whoever the victim: "Turkey says
// Khashoggi was murdered by Saudi agents", "Britain said Russian agents
// poisoned Skripal". i is the verb of the deed.
func (c *clause) reportedKilling(i int) (frame, bool) {
	t := c.t
	doer := t.child(i, "nsubj")
	if t.child(i, "aux:pass") >= 0 {
		doer = t.child(i, "obl:agent")
	} else if o := t.child(i, "obj"); o < 0 || c.abstractObject(o) {
		return frame{}, false // "Ministry: More than 100 ISIS terrorists killed in Deir Ezzor": the killed, a headline's passive; "killed the prospect of peace"
	}
	if doer < 0 || t.tag[doer] == "PRP" || c.headOf[doer] < 0 {
		return frame{}, false // (not "said they killed": the speaker's own side, or a claim)
	}
	speaker := c.spokenDeed(i)
	if speaker < 0 {
		return frame{}, false
	}
	f := frame{rel: schema.Accused, trigger: i, mod: schema.Asserted, conf: 0.65, rule: "blame"}
	f.subj, f.obj = c.actorsOf(speaker, false), c.others(c.actorsOf(doer, false), c.actorsOf(speaker, false))
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// killLemmas are the deeds against a person whose doer a speaker blames
// by naming it.
var killLemmas = map[string]bool{"murder": true, "kill": true, "assassinate": true, "poison": true, "kidnap": true, "abduct": true, "torture": true, "behead": true}

// spokenDeed returns the speaker who reports the deed of verb i as done,
// or -1: i is the complement of a verb of saying that is not negated,
// itself not negated, in the past ("carried out", "had carried out", "was
// murdered") and with no modal ("may have carried out the attacks" is a
// guess); the speaker is the saying verb's own subject ("Trump said … a
// CIA assessment concluded the prince ordered the killing" is the
// assessment's).
func (c *clause) spokenDeed(i int) int {
	t := c.t
	h := t.head[i]
	if t.rel[i] != "ccomp" && t.rel[i] != "parataxis" || h < 0 || !speechLemmas[t.lemma[h]] && !findingLemmas[t.lemma[h]] || c.negated(i) {
		return -1
	}
	past := t.tag[i] == "VBD" || t.tag[i] == "VBN" && t.hasChildLemma(i, "aux", "have")
	if p := t.child(i, "aux:pass"); p >= 0 && t.tag[i] == "VBN" {
		past = t.tag[p] == "VBD" || t.hasChildLemma(i, "aux", "have")
	}
	if !past {
		return -1 // a deed done, not one foreseen: "the army will launch an offensive"
	}
	for _, k := range t.kids[i] {
		if t.rel[k] == "aux" && t.tag[k] == "MD" {
			return -1
		}
	}
	speaker := c.reportSpeaker(i)
	if findingLemmas[t.lemma[h]] {
		speaker = t.child(h, "nsubj") // "investigators concluded that Saudi agents murdered Khashoggi": a finding blames too
	}
	if own := t.child(h, "nsubj"); speaker < 0 || c.negated(t.head[speaker]) || own >= 0 && own != speaker {
		return -1
	}
	return speaker
}

// blamedAttacks are the attacks whose doer a speaker blames by naming it
// (not "Israel launched an airstrike", a raid or an offensive, which
// officials report of friend and foe alike).
var blamedAttacks = map[string]bool{"attack": true, "bombing": true, "shelling": true, "massacre": true, "ambush": true, "cyberattack": true}

// mildInClause are judging adjectives that, modifying a noun, often
// praise or only classify: "an aggressive response", "criminal
// penalties", "illegal immigrants".
var mildInClause = map[string]bool{"aggressive": true, "criminal": true, "illegal": true}

// stanceAdjectives take their object after a preposition (stancePreps):
// "Trump has been critical of NATO", "Pakistan is supportive of the
// Taliban", "the US is committed to Israel's security".
var stanceAdjectives = map[string]schema.Relation{"critical": schema.Criticized, "supportive": schema.Supported, "committed": schema.Supported, "cooperative": schema.CooperatedWith,
	"complimentary": schema.Supported}

// stancePreps are the prepositions of stanceAdjectives' objects.
var stancePreps = map[string][]string{"critical": {"of"}, "supportive": {"of"}, "committed": {"to"}, "cooperative": {"with"},
	"complimentary": {"about", "of", "toward", "towards"}}

// stance reads a predicate adjective of stance: its subject holds it
// towards the actor after "of", or the actor whose act that is ("critical
// of Beijing's policies").
func (c *clause) stance(i int) (frame, bool) {
	t := c.t
	rel, ok := stanceAdjectives[c.toks[i].key]
	o := c.prepChildIn(i, stancePreps[c.toks[i].key])
	if !ok || o < 0 {
		return frame{}, false
	}
	f := frame{rel: rel, trigger: i, mod: schema.Asserted, conf: 0.8, rule: "verb-prep"}
	switch s := max(t.child(i, "nsubj"), t.child(i, "nsubj:pass")); {
	case s >= 0 && (t.child(i, "cop") >= 0 || t.child(i, "aux:pass") >= 0):
		f.subj = c.argsOf(s, false) // "Trump has been critical of NATO", "is committed to"
	case t.rel[i] == "xcomp" && t.head[i] >= 0:
		f.subj = c.subjectOf(t.head[i], 0) // "the US remains committed to South Korea's defense"
	case t.rel[i] == "advcl" && t.hasChildLemma(i, "mark", "of") && t.child(i, "cop") >= 0 && t.head[i] >= 0 && chargeLemmas[t.lemma[t.head[i]]]:
		// "accused Erdogan of being too complimentary toward Putin": the
		// one accused.
		if o := max(t.child(t.head[i], "obj"), t.child(t.head[i], "nsubj:pass")); o >= 0 {
			f.subj = c.argsOf(o, false)
		}
	}
	if rel == schema.Supported && c.hostileEvent(o) {
		return frame{}, false // "committed to the defeat of ISIS": against it
	}
	if c.toks[i].key == "committed" && dealNouns[t.lemma[o]] && !t.hasChildLemma(o, "det", "the", "this", "that") && t.child(o, "nmod:poss") < 0 {
		// "the United States is committed to a trade deal between the US
		// and the UK": a pledge to the deal's other party (but "remained
		// committed to the agreement with Iran" keeps a deal made).
		f.rel, f.rule = schema.PledgedTo, "committed-deal"
		f.obj = c.others(c.prepArgs(o, []string{"with", "between"}), f.subj)
		c.polarity(&f, i)
		return f, len(f.subj) > 0 && len(f.obj) > 0
	}
	if f.obj = c.argsOf(o, true); len(f.obj) == 0 && strings.HasPrefix(t.tag[o], "NN") {
		// "critical of Beijing's policies", "committed to the defense of
		// Montenegro"; not "committed to its mission in Iraq".
		if p := t.child(o, "nmod:poss"); p >= 0 {
			f.obj = c.argsOf(p, true)
		} else if k := c.prepChild(o, "of"); k >= 0 {
			f.obj = c.argsOf(k, true)
		} else {
			f.obj, _ = c.modifierActors(o) // "supportive of the U.S. role in the Gulf", "critical of Chinese policies"
		}
	}
	f.obj = slices.DeleteFunc(f.obj, func(m Mention) bool {
		return possessivePronouns[strings.ToLower(m.Actors[0].Text)] // "committed to its mission in Iraq": its own, or a guess
	})
	c.polarity(&f, i)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// hostileEvent reports whether noun i names a blow against its object: a
// trigger of a hostile relation ("the fight against", "sanctions on") or
// an end brought about ("the defeat of ISIS", "the dismantling of").
func (c *clause) hostileEvent(i int) bool {
	if endNouns[c.t.lemma[i]] {
		return true
	}
	return slices.ContainsFunc(c.x.lex.Lookup(c.t.lemma[i], schema.Noun), func(e schema.LexiconEntry) bool { return e.Relation.Info().Goldstein < 0 })
}

// endNouns name an end brought about for their object.
var endNouns = map[string]bool{
	"defeat": true, "destruction": true, "dismantling": true, "elimination": true, "eradication": true, "isolation": true,
	"containment": true, "demise": true, "downfall": true, "ouster": true, "removal": true, "overthrow": true, "collapse": true,
}

// possessivePronouns stand for an owner named elsewhere.
var possessivePronouns = map[string]bool{"its": true, "their": true, "his": true, "her": true}

// reportSpeaker returns the subject of the say-verb that reports predicate
// i, either as its complement ("Iran said the US would pay") or beside it
// ("the actions of Putin, he told a news conference, were a threat"), or
// -1. Believing and thinking report no statement.
func (c *clause) reportSpeaker(i int) int {
	t := c.t
	p := i
	for t.rel[p] == "conj" && t.head[p] >= 0 {
		p = t.head[p]
	}
	if h := t.head[p]; h >= 0 && (t.rel[p] == "ccomp" || t.rel[p] == "parataxis") && speechLemmas[t.lemma[h]] && t.lemma[h] != "believe" && t.lemma[h] != "think" {
		s := c.teller(h)
		// "refuse to meet Trump, saying he is biased": a participle's
		// speaker is the subject of the clause it qualifies.
		for v, n := h, 0; s < 0 && t.tag[v] == "VBG" && t.rel[v] == "advcl" && n < 3; n++ {
			for v = t.head[v]; v >= 0 && t.rel[v] == "xcomp" && t.child(v, "nsubj") < 0; v = t.head[v] {
			}
			if v < 0 {
				break
			}
			s = t.child(v, "nsubj")
		}
		return s
	}
	speaker := -1
	for _, k := range t.kids[p] {
		if (t.rel[k] == "parataxis" || t.rel[k] == "ccomp") && speechLemmas[t.lemma[k]] {
			speaker = t.child(k, "nsubj")
		}
	}
	return speaker
}

// penaltyLemmas and penaltyObjects make a predicate that foretells its
// subject's punishment: "would pay a heavy price", "will face the
// consequences", "will suffer the wrath".
var (
	penaltyLemmas  = map[string]bool{"pay": true, "face": true, "suffer": true, "bear": true, "feel": true, "meet": true}
	penaltyObjects = map[string]bool{"price": true, "consequence": true, "cost": true, "wrath": true,
		"retaliation": true, "punishment": true, "retribution": true, "revenge": true, "fury": true,
		"reprisal": true, "repercussion": true}
	// penaltyForms are penaltyObjects' forms, for the parsing prefilter.
	penaltyForms = func() map[string]bool {
		m := map[string]bool{}
		for w := range penaltyObjects {
			m[w], m[w+"s"] = true, true
		}
		m["dearly"] = true // "would pay dearly"
		return m
	}()
)

// reportedPenalty reads a threat in reported speech: a speaker says an
// actor will pay a price or face consequences ("Zarif said the U.S. would
// suffer consequences for the killing"): the speaker THREATENED the actor
// (guideline: "warn of consequences"). i is the predicate verb.
func (c *clause) reportedPenalty(i int) (frame, bool) {
	t := c.t
	o := t.child(i, "obj")
	passive := t.lemma[i] == "meet" // "would be met with fire and fury"
	if passive {
		o = -1
		if t.child(i, "aux:pass") >= 0 {
			o = c.prepChild(i, "with")
		}
	}
	dearly := t.lemma[i] == "pay" && o < 0 && t.hasChildLemma(i, "advmod", "dearly", "heavily") // "would pay dearly"
	var made []Mention
	if h := t.head[i]; t.lemma[i] == "pay" && t.rel[i] == "xcomp" && h >= 0 && t.lemma[h] == "make" && t.child(h, "obj") >= 0 {
		made = c.argsOf(t.child(h, "obj"), true) // "vowed to make Chile pay": the maker's threat
	}
	if !dearly && len(made) == 0 && (o < 0 || !slices.ContainsFunc(t.conjuncts(o), func(k int) bool { return penaltyObjects[t.lemma[k]] })) || t.hasChildLemma(i, "advmod", "not", "n't", "never") {
		return frame{}, false
	}
	speaker := c.reportSpeaker(i)
	if h := t.head[i]; speaker < 0 && h >= 0 && t.rel[i] == "ccomp" && (warnLike[t.lemma[h]] || vowLemmas[t.lemma[h]]) {
		speaker = t.child(h, "nsubj") // "vowed that Chile would pay a heavy price"
	}
	f := frame{rel: schema.Threatened, trigger: i, mod: schema.Asserted, conf: 0.7, rule: "reported-penalty"}
	switch {
	case len(made) > 0:
		f.subj, f.obj = c.subjectOf(t.head[i], 0), made
		return f, len(f.subj) > 0
	case speaker < 0:
		return frame{}, false
	}
	f.subj = c.actorsOf(speaker, false)
	if f.obj = c.subjectOf(i, 0); passive {
		f.obj = c.argsOf(t.child(i, "nsubj:pass"), true)
	}
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// nounObjectFits reports whether the noun at i names one of objects as a
// modifier ("arms sales") or after "of" ("sales of missiles"), or is an
// amount of one after "in" ("$250 million in aid").
func (c *clause) nounObjectFits(i int, objects []string) bool {
	amount := c.t.tag[i] == "$" || c.t.tag[i] == "CD"
	for _, k := range c.t.kids[i] {
		r := c.t.rel[k]
		if (r == "compound" || r == "amod" || relIs(r, "nmod") && (c.t.caseOf(k) == "of" || amount && c.t.caseOf(k) == "in")) && c.objectFits(k, objects) {
			return true
		}
	}
	return false
}

// underFire reads "X came under fire (criticism, attack) from Y", "X drew
// fire from Y": Y criticized X.
func (c *clause) underFire(i int) (frame, bool) {
	t := c.t
	h := t.head[i]
	if o := t.child(max(h, 0), "obj"); h >= 0 && relIs(t.rel[i], "obl") && (t.caseOf(i) == "in" || t.caseOf(i) == "during") && sufferLemmas[t.lemma[h]] && o >= 0 && lossNouns[t.lemma[o]] && c.attackNoun(i) {
		// "Iraqi troops suffered 3,000 casualties in an offensive by
		// Iran's forces": who suffers in an attack is its target.
		f := frame{rel: schema.Attacked, trigger: i, conf: 0.7, rule: "noun-received", obj: c.subjectOf(h, 0)}
		if f.subj = c.prepArgs(i, []string{"by", "from"}); len(f.subj) == 0 {
			f.subj, _ = c.modifierActors(i) // "in a Russian offensive"
		}
		if len(f.subj) == 0 {
			f.subj = c.prepArgs(h, []string{"by"}) // the agent the parser hung on the verb
		}
		if n := c.headOf[i]; len(f.subj) == 0 && n >= 0 {
			f.subj = c.ms[n : n+1] // "in an Israeli airstrike", one mention
		}
		c.polarity(&f, h)
		return f, len(f.subj) > 0 && len(f.obj) > 0
	}
	drew := t.lemma[i] == "fire" && h >= 0 && t.rel[i] == "obj" && (t.lemma[h] == "draw" || t.lemma[h] == "attract") // "drew fire from Orban": words
	if !drew && (!underNouns[t.lemma[i]] || h < 0 || t.caseOf(i) != "under" || !relIs(t.rel[i], "obl") || !underLemmas[t.lemma[h]]) {
		return frame{}, false
	}
	f := frame{rel: schema.Criticized, trigger: i, conf: 0.75, rule: "noun-received"}
	if t.lemma[i] != "fire" && t.lemma[i] != "criticism" {
		f.rel = schema.Attacked // "shipping came under attack by Iran", "suffered under a Turkish assault"; between people, words (see pairs)
	}
	if f.subj = c.prepArgs(i, []string{"from", "by"}); len(f.subj) == 0 {
		f.subj = c.prepArgs(h, []string{"from", "by"})
	}
	if len(f.subj) == 0 {
		f.subj, _ = c.modifierActors(i) // "came under Russian fire"
	}
	f.obj = c.subjectOf(h, 0)
	if s := t.child(h, "nsubj"); len(f.obj) == 0 && s >= 0 {
		f.obj = c.argsOf(s, true) // what is under fire stands for its owner: "Kuwait's shipping"
	}
	c.polarity(&f, h)
	if t.lemma[i] == "fire" && (len(f.subj) > 0 && f.subj[0].Actors[0].Kind == schema.Group || c.militarySubject(h) || t.hasChildLemma(i, "compound", gunfireWords...) || t.hasChildLemma(i, "amod", gunfireWords...)) {
		f.rel = schema.Attacked // "troops came under fire from militants": gunfire
	}
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// gunfireWords name the arms whose fire is gunfire: "came under Syrian
// anti-aircraft fire".
var gunfireWords = []string{"anti-aircraft", "antiaircraft", "artillery", "rocket", "mortar", "tank", "machine-gun", "machinegun", "sniper", "small-arms", "gun", "missile"}

// groupCompound reports whether the noun at o has an armed group's name
// for compound: "an ISIS position".
func (c *clause) groupCompound(o int) bool {
	for _, k := range c.t.kids[o] {
		if n := c.headOf[k]; c.t.rel[k] == "compound" && n >= 0 && c.ms[n].Actors[0].Kind == schema.Group {
			return true
		}
	}
	return false
}

// militarySubject reports whether the subject of the verb at h is armed
// forces ("troops", "a convoy").
func (c *clause) militarySubject(h int) bool {
	s := c.t.child(h, "nsubj")
	return s >= 0 && (militaryNouns[c.t.lemma[s]] || aircraftModel(c.toks[s].text))
}

var militaryNouns = map[string]bool{"troop": true, "force": true, "forces": true, "soldier": true, "army": true, "convoy": true, "patrol": true, "base": true, "position": true, "jet": true, "aircraft": true, "ship": true, "vessel": true, "warplane": true, "warship": true, "bomber": true}

// sufferLemmas take the harm an attack did to their subject, lossNouns
// name it: "suffered heavy losses in the offensive".
var (
	sufferLemmas = map[string]bool{"suffer": true, "sustain": true, "take": true, "incur": true}
	lossNouns    = map[string]bool{"loss": true, "casualty": true, "damage": true, "blow": true, "defeat": true, "toll": true, "setback": true, "injury": true}
)

var (
	underNouns  = map[string]bool{"fire": true, "criticism": true, "attack": true, "assault": true, "bombardment": true, "onslaught": true, "shelling": true}
	underLemmas = map[string]bool{"come": true, "be": true, "fall": true, "remain": true, "suffer": true}
)

// attackNoun reports whether the noun at i is an attack the lexicon knows.
func (c *clause) attackNoun(i int) bool {
	for _, e := range c.x.lex.Lookup(c.t.lemma[i], schema.Noun) {
		if e.Relation == schema.Attacked {
			return true
		}
	}
	return false
}

// harmTold reports whether the sentence tells of an attack or a harm
// other than at word i, or the article just reported a hostile act.
func (c *clause) harmTold(i int) bool {
	for j := range c.toks {
		if j == i || !strings.HasPrefix(c.t.tag[j], "NN") && !strings.HasPrefix(c.t.tag[j], "VB") {
			continue
		}
		if harmNouns[c.t.lemma[j]] || c.attackNoun(j) || strings.HasPrefix(c.t.tag[j], "VB") && slices.ContainsFunc(c.x.lex.Lookup(c.t.lemma[j], schema.Verb), func(e schema.LexiconEntry) bool { return e.Relation == schema.Attacked }) {
			return true
		}
	}
	return slices.ContainsFunc(c.recentEvents(), func(e event) bool { return slices.Contains(hostileActs, e.rel) })
}

// harmNouns are what someone is blamed for, besides attacks.
var harmNouns = map[string]bool{
	"death": true, "killing": true, "murder": true, "massacre": true, "atrocity": true, "crime": true,
	"violence": true, "incident": true, "explosion": true, "blast": true, "poisoning": true, "hack": true,
	"hacking": true, "downing": true, "crash": true, "abuse": true, "disappearance": true, "kidnapping": true,
	"destruction": true, "casualty": true, "escalation": true, "crisis": true, "plot": true,
	"meddling": true, "interference": true, "disinformation": true, "sabotage": true, "breach": true,
	"leak": true, "theft": true, "espionage": true, "spying": true, "coup": true, "assassination": true,
	"shooting": true, "fire": true, "hijacking": true, "fraud": true, "cyberattack": true, "intrusion": true,
	"outbreak": true, "pandemic": true, "epidemic": true, // "responsible for the outbreak"
}

// nominalRels are the relations only a nominal fills.
var nominalRels = map[string]bool{"obj": true, "nsubj": true, "nsubj:pass": true, "obl": true, "obl:agent": true, "nmod": true, "iobj": true}

// fromTree finds the relations of the trigger at token i, a verb or a noun
// with its lexicon entries.
func (c *clause) fromTree(i int, entries []schema.LexiconEntry, pos schema.POS) []relation {
	c.trigger = i
	defer func() { c.trigger = -1 }()
	// Patterns (an entry that names its object noun) are tried first: they
	// are more specific than the bare verb.
	var got []relation // a pattern's relations, when coordinated objects may fit others
	for _, patterns := range []bool{true, false} {
		for _, e := range entries {
			if (len(e.Objects) > 0) != patterns || len(got) > 0 && slices.ContainsFunc(got, func(r relation) bool { return r.rel == e.Relation }) {
				continue
			}
			if pos == schema.Verb && e.Relation == schema.Criticized && c.prepChild(i, "to") >= 0 && slices.ContainsFunc(entries, func(p schema.LexiconEntry) bool {
				return p.Relation == schema.ProtestedTo && slices.Contains(p.Preps, "to")
			}) {
				continue // "complained to the UN that …": a protest to whom it names
			}
			if pos == schema.Verb && e.Relation == schema.Criticized && len(e.Objects) == 0 && len(e.Preps) > 0 && !slices.Contains(e.Preps, "") && !slices.ContainsFunc(e.Preps, func(p string) bool { return c.prepChild(i, p) >= 0 }) {
				continue // "complained that the US had violated the deal" is an accusation (complementObject), no complaint about
			}
			if cc := c.t.child(i, "ccomp"); pos == schema.Verb && e.Relation == schema.PledgedTo && (c.t.lemma[i] == "assure" || c.t.lemma[i] == "reassure") && cc >= 0 {
				if s := c.t.child(cc, "nsubj"); c.t.child(cc, "cop") >= 0 && (s < 0 || c.headOf[s] < 0 && !pronouns[c.toks[s].key]) {
					// "assured Netanyahu that the agreement is verifiable":
					// what a thing is, no promise (but "assured Merkel that
					// her phone was not monitored": what is done).
					continue
				}
			}
			if s := c.t.child(i, "nsubj"); pos == schema.Verb && c.t.lemma[i] == "require" && (s < 0 || c.headOf[s] < 0) {
				continue // "the agreement, signed by …, requires Obama to", "it would require the administration to": a text's terms, no one's demand
			}
			var f frame
			var ok bool
			if pos == schema.Verb {
				f, ok = c.verbFrame(i, e)
				if ok && c.t.lemma[i] == "accompany" && (!allPeople(f.subj) || !allPeople(f.obj)) {
					f.rel = schema.CooperatedWith // "U.S. forces accompany Afghan soldiers": joint operations, no meeting
				}
				if ok && f.rel == schema.ProvidedAidTo && c.t.lemma[i] == "help" && c.meddledFor(i) {
					f.rel = schema.Supported // "meddled in the election to help Trump": backing, no aid given
				}
			} else if e.Reversed {
				f, ok = c.boughtFrom(i, e)
			} else {
				f, ok = c.nounFrame(i, e)
				if !ok || len(f.obj) == 0 && meetingRels[f.rel] && c.eventAdjunct(i) {
					if g, recalled := c.recalledMeeting(i, e); recalled || !ok {
						f, ok = g, recalled
					}
				}
			}
			if !ok {
				continue
			}
			if rs := c.pairs(f); len(rs) > 0 {
				if h := c.t.head[i]; f.rel == schema.ProvidedAidTo && !f.neg && h >= 0 && c.t.rel[i] == "xcomp" && readyAdjectives[c.toks[h].key] {
					// "the U.S. is prepared to provide support to Ukraine":
					// the readiness to give is a pledge, made now.
					p := f
					p.rel, p.mod = schema.PledgedTo, schema.Asserted
					c.polarity(&p, h)
					rs = append(rs, c.pairs(p)...)
				}
				if patterns && c.coordinatedObject(i) {
					// "exchanged insults and threats with Kim": each noun
					// may fit a pattern of its own.
					got = append(got, rs...)
					continue
				}
				return rs
			}
		}
		if len(got) > 0 {
			return got
		}
	}
	return nil
}

// meetingRels are the mutual encounters a later "the meeting" may refer
// back to.
var meetingRels = map[schema.Relation]bool{schema.MetWith: true, schema.NegotiatedWith: true, schema.SpokeWith: true}

// recalledNouns refer back to an encounter of two by its kind ("talks"
// and "summits" are too often a process or a gathering of many).
var recalledNouns = map[string]bool{"meeting": true, "call": true, "conversation": true}

// recalledMeeting reads a definite meeting noun that names no party of its
// own ("the meeting", "their talks", "today's meeting") as the meeting of
// two that the article reported in this sentence or the two before:
// "Obama met King Salman in Riyadh. … the bilateral meeting".
func (c *clause) recalledMeeting(i int, e schema.LexiconEntry) (frame, bool) {
	t := c.t
	if !meetingRels[e.Relation] || !recalledNouns[t.lemma[i]] || !strings.HasPrefix(t.tag[i], "NN") || c.headOf[i] >= 0 || c.within[i] >= 0 {
		return frame{}, false
	}
	definite := t.hasChildLemma(i, "det", "the", "this", "that") || t.hasChildLemma(i, "nmod:poss", "their", "today", "yesterday")
	if !definite || t.tag[i] != "NN" {
		return frame{}, false
	}
	if t.hasChildLemma(i, "nmod:poss", "their") && t.lemma[i] == "meeting" {
		// "Trump said goodbye to Kim Jong Un after their meeting": the
		// two people the sentence named before it, when it named just two.
		var two []Mention
		for _, m := range c.ms {
			if m.End <= i && len(m.Actors) == 1 && m.Actors[0].Kind == schema.Person && !slices.ContainsFunc(two, func(o Mention) bool { return o.Actors[0].ID == m.Actors[0].ID }) {
				two = append(two, m)
			}
		}
		if len(two) == 2 {
			f := frame{rel: e.Relation, trigger: i, conf: 0.7, rule: "noun-recalled", subj: two[:1], obj: two[1:]}
			c.polarity(&f, i)
			c.nounPolarity(&f, i)
			return f, true
		}
	}
	for _, k := range t.kids[i] {
		switch r := t.rel[k]; {
		case r == "det" || r == "nmod:poss" || r == "case" || r == "punct":
		case r == "amod" && (t.lemma[k] == "bilateral" || t.lemma[k] == "private" || t.lemma[k] == "closed-door" || t.lemma[k] == "recent"):
		default:
			return frame{}, false // "the meeting in Brussels", "the March 2016 meeting", "the nuclear security summit": another
		}
	}
	for j := len(c.st.events) - 1; j >= 0; j-- {
		ev := c.st.events[j]
		if c.st.sentences-ev.at > 1 {
			break // the sentence before at most
		}
		if ev.kind != "meeting" || len(ev.agents) != 2 {
			continue
		}
		if t.lemma[i] == "meeting" && c.st.meetingSince(ev.at, ev.agents) {
			break // "Trump met Putin. … Trump Jr. met a lawyer. … the meeting": the later one
		}
		a, b := ev.agents[0], ev.agents[1]
		if t.lemma[i] == "call" && ev.rel != schema.SpokeWith {
			continue // a call is a phone call
		}
		f := frame{rel: e.Relation, trigger: i, conf: 0.7, rule: "noun-recalled",
			subj: []Mention{{Actors: []schema.Actor{a}, Start: i, End: i + 1}}, obj: []Mention{{Actors: []schema.Actor{b}, Start: i, End: i + 1}}}
		if t.lemma[i] == "meeting" && ev.rel == schema.SpokeWith {
			continue // a call is no meeting
		}
		if e.Relation == schema.SpokeWith && ev.rel == schema.MetWith {
			f.rel = ev.rel // "Sessions met Kislyak. … he had no memory of that conversation": the meeting's
		}
		if v := t.head[i]; v >= 0 && strings.HasPrefix(t.rel[i], "nsubj") {
			c.polarity(&f, v) // "when the meeting will take place": as its verb goes
		} else {
			c.polarity(&f, i)
		}
		c.nounPolarity(&f, i) // "Trump scrapped the meeting": none held
		return f, true
	}
	return frame{}, false
}

// eventAdjunct reports whether the noun i is a verb's argument or an
// adjunct of time or place ("after the meeting", "scrapped the meeting",
// "their meeting"), not a noun's modifier ("participants in the meeting",
// "explanations for the meeting").
func (c *clause) eventAdjunct(i int) bool {
	h := c.t.head[i]
	return h < 0 || strings.HasPrefix(c.t.tag[h], "VB") || c.t.hasChildLemma(i, "nmod:poss", "their")
}

// boughtFrom reads a noun of buying whose seller supplies the buyer:
// "Turkey's purchase of S-400 missiles from Russia" is Russia's supply to
// Turkey. The thing bought must be one the entry names; the seller's
// phrase may hang on the noun or on the thing.
func (c *clause) boughtFrom(i int, e schema.LexiconEntry) (frame, bool) {
	thing := c.prepChild(i, "of")
	if thing < 0 || !c.objectFits(thing, e.Objects) {
		return frame{}, false
	}
	f := frame{rel: e.Relation, trigger: i, conf: 0.75, rule: "noun-poss"}
	if f.subj = c.prepArgs(i, e.Preps); len(f.subj) == 0 {
		f.subj = c.prepArgs(thing, e.Preps)
	}
	f.obj, _ = c.modifierActors(i)
	c.polarity(&f, i)
	c.nounPolarity(&f, i)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// coordinatedObject reports whether the verb at i has coordinated common
// nouns for object: "exchanged insults and threats".
func (c *clause) coordinatedObject(i int) bool {
	o := c.t.child(i, "obj")
	return o >= 0 && strings.HasPrefix(c.t.tag[o], "NN") && slices.ContainsFunc(c.t.conjuncts(o)[1:], func(k int) bool { return c.t.tag[k] == "NN" || c.t.tag[k] == "NNS" })
}

// readyAdjectives declare their subject ready to act: with aid to give, a
// pledge.
var readyAdjectives = map[string]bool{"prepared": true, "ready": true, "willing": true}

// responseLemmas answer something; the noun after "with" is the answer:
// "retaliated with airstrikes against the group". revengeLemmas and
// revengeNouns answer a blow the subject took ("in retaliation for"),
// where a response may answer a blow to anyone ("struck Syria in
// response to Assad's chemical attack").
var (
	responseLemmas = map[string]bool{"retaliate": true, "respond": true, "react": true, "reply": true, "answer": true, "avenge": true}
	revengeLemmas  = map[string]bool{"retaliate": true, "avenge": true}
	revengeNouns   = map[string]bool{"retaliation": true, "revenge": true, "reprisal": true, "reprisals": true}
)

// avenger returns, for an attack noun with an agent but no object that
// a clause avenges ("Hezbollah fired rockets in retaliation for Israeli
// airstrikes", "Iran retaliated for the US strike"), the subject of that
// clause: the one the avenged attack struck.
func (c *clause) avenger(i int) []Mention {
	t := c.t
	h := t.head[i]
	if h < 0 {
		return nil
	}
	switch {
	case relIs(t.rel[i], "nmod") && t.caseOf(i) == "for" && revengeNouns[t.lemma[h]] && relIs(t.rel[h], "obl"):
		h = t.head[h] // "in retaliation for": the clause's verb
	case relIs(t.rel[i], "obl") && t.caseOf(i) == "for" && revengeLemmas[t.lemma[h]]:
	case relIs(t.rel[i], "obl") && t.caseOf(i) == "for" && c.avengesAt(h, i):
		// "fired rockets in retaliation for Israeli airstrikes", the "for"
		// phrase hung on the verb beside the noun it completes
	default:
		return nil
	}
	if h < 0 || !strings.HasPrefix(t.tag[h], "VB") || c.prepChild(i, "on") >= 0 || c.prepChild(i, "against") >= 0 {
		return nil // "in retaliation for Houthi attacks on shipping": the blow names whom it struck
	}
	return c.subjectOf(h, 0)
}

// avenged returns, for an attack at trigger i that names no target, the
// doer of the blow it answers: "U.S. warplanes struck targets in Yemen in
// retaliation for Houthi attacks", "Israel launched airstrikes in response
// to Hezbollah rocket fire". A counter-blow strikes whoever struck (but
// "Iran retaliated for the U.S. strike" says no more than that it hit back).
func (c *clause) avenged(i int) []Mention {
	t := c.t
	v := i
	if h := t.head[i]; h >= 0 && strings.HasPrefix(t.tag[i], "NN") && (t.rel[i] == "obj" || relIs(t.rel[i], "nsubj")) && strings.HasPrefix(t.tag[h], "VB") {
		v = h // "launched airstrikes in response to …"
	}
	var answered []int
	for _, w := range []int{v, i} {
		for _, k := range t.kids[w] {
			switch {
			case (relIs(t.rel[k], "obl") || relIs(t.rel[k], "nmod")) && t.caseOf(k) == "in" && (revengeNouns[t.lemma[k]] || t.lemma[k] == "response"):
				for _, e := range t.kids[k] {
					if relIs(t.rel[e], "nmod") && (t.caseOf(e) == "for" || t.caseOf(e) == "to") {
						answered = append(answered, e)
					}
				}
			case relIs(t.rel[k], "obl") && t.caseOf(k) == "for" && c.avengesAt(w, k):
				answered = append(answered, k) // "struck in retaliation for/obl-of-struck attacks"
			}
		}
	}
	for _, e := range answered {
		if !c.attackNoun(e) {
			continue
		}
		doer, _ := c.modifierActors(e)
		if len(doer) == 0 {
			doer = c.prepArgs(e, []string{"by"})
		}
		if got := c.others(doer, c.subjectOf(v, 0)); len(got) > 0 {
			return got
		}
	}
	return nil
}

// avengedBy returns, for an attack noun i with no agent of its own that a
// clause avenges on someone named ("Iran vowed to retaliate against Israel
// for the strike on its consulate"), the one the revenge is aimed at: the
// blow's doer.
func (c *clause) avengedBy(i int) []Mention {
	t := c.t
	h := t.head[i]
	if h < 0 || !relIs(t.rel[i], "obl") || t.caseOf(i) != "for" || !(revengeLemmas[t.lemma[h]] || c.avengesAt(h, i)) {
		return nil
	}
	return c.others(c.prepArgs(h, []string{"against", "on"}), c.subjectOf(h, 0))
}

// avengesAt reports whether verb v has "in retaliation" (a revengeNoun
// after "in") right before its dependent i.
func (c *clause) avengesAt(v, i int) bool {
	t := c.t
	for _, k := range t.kids[v] {
		if k < i && k >= i-4 && relIs(t.rel[k], "obl") && t.caseOf(k) == "in" && revengeNouns[t.lemma[k]] {
			return true
		}
	}
	return false
}

// lightLemmas take an event noun as object; the verb's subject is the
// noun's ("held talks", "imposed sanctions", "launched strikes").
var lightLemmas = map[string]bool{
	"hold": true, "sign": true, "launch": true, "impose": true, "make": true, "announce": true,
	"reach": true, "begin": true, "conduct": true, "carry": true, "step": true, "pay": true, "start": true,
	"give": true, "offer": true, "provide": true, "renew": true, "express": true, "voice": true,
	"continue": true, "join": true, "rejoin": true, "wage": true, "declare": true, "extend": true, "lodge": true,
	"file": true, "issue": true, "deliver": true, "level": true, "stage": true, "mount": true, "have": true,
	"resume": true, "open": true, "host": true, "attend": true, "seek": true, "receive": true, "lead": true,
	"conclude": true, "embark": true, "enter": true, "finalize": true, "strike": true, "agree": true, "intensify": true, "wrap": true,
	"form": true, "forge": true, "unveil": true, "create": true, "put": true, "slap": true,
	"turn": true, "ratchet": true, "exert": true, "apply": true,
	"escalate": true, "pledge": true, "promise": true, "order": true, "authorize": true, "approve": true, "pass": true, "enact": true, "deepen": true, "broaden": true, "enhance": true,
	"unleash": true, "plan": true, "prepare": true, "plot": true, "threaten": true, "win": true, "get": true, "take": true, "grant": true,
	"place": true, "reimpose": true, "tighten": true, "expand": true, "render": true, "release": true,
	"enjoy": true, "share": true, // "enjoyed a breakfast with Johnson", "shared a meal with Putin"
	"mastermind": true, "orchestrate": true, "perpetrate": true, // "masterminded the bombing of a US barracks"
	"reduce": true, "increase": true, "ramp": true, "speed": true, "accelerate": true, "scale": true, "introduce": true, "heighten": true, "boost": true, "strengthen": true, "toughen": true,
	"show": true, "demonstrate": true, "stress": true, "reaffirm": true, "reiterate": true, "underline": true, "underscore": true,
	"oversee": true, "head": true, "supervise": true, "run": true, "use": true,
	// Calling an event off is still the subject's event ("cancelled a planned
	// visit to"), and so is a war fought ("fought a war against").
	"cancel": true, "scrap": true, "postpone": true, "delay": true, "abort": true, "fight": true,
	// Weighing one is a hypothetical event of the subject's (weighLemmas).
	"consider": true, "weigh": true, "mull": true, "contemplate": true,
}

// aidHolders let go or change aid that is the subject's to give:
// "released the aid to Kiev", "doubled its aid"; so do the verbs that
// hold it back (withholds: "Trump froze military aid to Ukraine").
var aidHolders = map[string]bool{
	"release": true, "unfreeze": true,
	"increase": true, "boost": true, "double": true, "restore": true, "resume": true, "condition": true,
}

// sumGivers give a sum of aid as their object ("announced $4 million
// in assistance for Somalia"); a sum promised is a pledge, read as one.
var sumGivers = map[string]bool{"announce": true, "approve": true, "provide": true, "give": true, "send": true, "deliver": true, "grant": true, "disburse": true, "allocate": true}

// angryManners are the adverbs of a hostile response: "reacted angrily
// to", "responded sharply to".
var angryManners = []string{
	"angrily", "furiously", "sharply", "harshly", "indignantly", "strongly", "fiercely", "bitterly",
	"testily", "scathingly", "defiantly", "frostily", "coldly", "icily",
}

// sportWords make a country's team its players.
var sportWords = map[string]bool{
	"cricket": true, "football": true, "soccer": true, "rugby": true, "hockey": true, "basketball": true,
	"volleyball": true, "tennis": true, "olympic": true, "baseball": true, "handball": true, "chess": true,
	"national": true, "sports": true, "sport": true, "swimming": true, "athletics": true,
}

// sideMeetings are the meetings a name before them gives the other side
// of: "the Zelensky phone call", "his Putin summit".
var sideMeetings = map[string]bool{"call": true, "meeting": true, "summit": true, "talk": true, "conversation": true}

// dropConcerned drops from objs of a relation rel the states named on the
// non-actor noun o that the noun concerns rather than belongs to.
// "Backs broader North Korea sanctions": a state named on a penalty with
// no target after it is its target, not the one backed; but "criticized
// U.S. sanctions", "UN sanctions": the body and the country that impose
// them. "Criticized the Syria decision", "rejects the Syria resolution":
// a state named on a measure is what it is about, not who took it; but
// "welcomed the US decision".
func (c *clause) dropConcerned(objs []Mention, o int, rel schema.Relation) []Mention {
	t := c.t
	if c.headOf[o] >= 0 {
		return objs
	}
	penalty := rel != schema.Sanctioned && penaltyNouns[t.lemma[o]] && c.prepChild(o, "on") < 0 && c.prepChild(o, "against") < 0
	if !penalty && !concernedNouns[t.lemma[o]] {
		return objs
	}
	return slices.DeleteFunc(slices.Clone(objs), func(m Mention) bool {
		h := c.mentionHead(m)
		return t.head[h] == o && (t.rel[h] == "compound" || penalty && t.rel[h] == "amod") && m.Actors[0].Kind == schema.Country && m.Actors[0].ID != "USA"
	})
}

// concernedNouns are a government's measures, named for the country they
// concern: "the Syria decision", "the Syria resolution".
var concernedNouns = map[string]bool{
	"decision": true, "policy": true, "strategy": true, "resolution": true, "bill": true, "debate": true,
	"vote": true, "withdrawal": true, "pullout": true, "announcement": true, "move": true,
}

// topicNouns are what a talk is about, no thing of whoever set them: "met
// with an agenda topped by North Korea".
var topicNouns = map[string]bool{"agenda": true, "topic": true, "issue": true, "question": true, "subject": true, "focus": true, "theme": true}

// doneBy returns the agent of the act or thing at noun i, after "by" on
// the noun or on a participle that qualifies it: "the attack by Israel",
// "the sanctions imposed by the EU". Not the trigger's own participle: "a
// ceasefire sponsored by the US and Russia" is no sponsorship of each other.
// judgedParties returns the parties to an event that a verb of judging
// takes as its object: "denounced the joint drills between the United
// States and South Korea", "welcomed the agreement between Washington and
// Pyongyang" judge both. Only a judging verb: one who attends the talks
// between two is no party to them.
func (c *clause) judgedParties(i int) []Mention {
	k := c.prepChild(i, "between")
	if k < 0 || c.trigger < 0 || len(c.x.lex.Lookup(c.t.lemma[i], schema.Noun)) == 0 {
		return nil
	}
	if !slices.ContainsFunc(c.x.lex.Lookup(c.t.lemma[c.trigger], schema.Verb), func(e schema.LexiconEntry) bool {
		return e.Relation == schema.Criticized || e.Relation == schema.Supported
	}) {
		return nil
	}
	var got []Mention
	for _, j := range c.t.conjuncts(k) {
		got = append(got, c.actorsDepth(j, true, 2)...)
	}
	if len(got) < 2 {
		return nil
	}
	return got
}

func (c *clause) doneBy(i int) ([]Mention, bool) {
	for _, k := range c.t.kids[i] {
		if relIs(c.t.rel[k], "nmod") && c.t.caseOf(k) == "by" {
			return c.argsOf(k, false), true
		}
		if relIs(c.t.rel[k], "nmod") && c.t.caseOf(k) == "from" && sentNouns[c.t.lemma[i]] {
			return c.argsOf(k, true), true // "calls from Washington": a capital a call comes from is its government
		}
		if relIs(c.t.rel[k], "nmod") && c.t.caseOf(k) == "of" && c.headOf[k] < 0 {
			// "condemned the delivery of weapons by Iran": the parser
			// hangs the agent on what the act is of.
			if a := c.prepChild(k, "by"); a >= 0 && relIs(c.t.rel[a], "nmod") {
				return c.argsOf(a, false), true
			}
		}
		if c.t.rel[k] == "acl" && (c.t.lemma[k] == "come" || c.t.lemma[k] == "emanate") && sentNouns[c.t.lemma[i]] {
			if f := c.prepChild(k, "from"); f >= 0 {
				return c.argsOf(f, true), true // "threats coming from Pyongyang": the same
			}
		}
		if c.t.rel[k] == "acl" && c.t.tag[k] == "VBN" && k != c.trigger && c.t.child(k, "nsubj:pass") < 0 && c.t.child(k, "mark") < 0 {
			// (Not "reports that drones had been used by Russia": a clause
			// of its own, what the reports say.)
			if a := c.t.child(k, "obl:agent"); a >= 0 {
				return c.argsOf(a, false), true
			}
		}
	}
	return nil, false
}

// antiTargets are the nouns an "anti-" word makes an attack on its group
// (struggleNouns and strikes), as written: the parsing prefilter reads
// the word after "anti-ISIS" too.
var antiTargets = map[string]bool{
	"campaign": true, "offensive": true, "operation": true, "operations": true, "fight": true, "war": true,
	"strikes": true, "airstrikes": true, "air": true, "assault": true, "raids": true, "mission": true,
}

// opposed returns the armed group an "anti-" word at k is against ("an
// anti-ISIS offensive", "the anti-Taliban campaign"): an attack's target.
// Not a state or a person: "an anti-American campaign", "anti-Trump
// ads" are words.
func (c *clause) opposed(k int) []Mention {
	tk := c.toks[k]
	rest, ok := cutPrefixFold(tk.text, "anti-")
	if !ok {
		return nil
	}
	sub := tokenize(rest, tk.start+len("anti-"))
	e, _, n := c.x.lookup(sub, 0, c.st.date)
	if e == nil || n != len(sub) || e.Kind != schema.Group {
		return nil
	}
	if e = c.x.generic(e, c.toks, k, c.st); e == nil {
		return nil
	}
	return []Mention{{Actors: []schema.Actor{c.x.actor(e, rest, c.st.date)}, Start: k, End: k + 1}}
}

// otherSide reports whether ms names an actor that is neither one of the
// speakers nor a speaker's country: "Trump warned that Iran will attack",
// not "Trump warned that the US would strike".
func (c *clause) otherSide(ms, speakers []Mention) bool {
	return slices.ContainsFunc(ms, func(m Mention) bool { return !c.sameSide(m, speakers) })
}

// sameSide reports whether m is one of the speakers or a speaker's state:
// "Kim Yo Jong warned that North Korea would …".
func (c *clause) sameSide(m Mention, speakers []Mention) bool {
	return slices.ContainsFunc(speakers, func(sp Mention) bool {
		if sameActor(m, sp) {
			return true
		}
		ca := c.countryOf(sp.Actors[0], "")
		return ca != nil && slices.ContainsFunc(m.Actors, func(a schema.Actor) bool { return a.ID == ca.ID })
	})
}

// punishedFor returns the doer of the wrong a sanction at verb v or noun
// n (either may be -1) answers, after "over", "for" or "in response to":
// "imposed sanctions over Russia's annexation of Crimea", "sanctions
// imposed in response to Russian election interference".
func (c *clause) punishedFor(v, n int) []Mention {
	t := c.t
	for _, w := range []int{n, v} {
		if w < 0 {
			continue
		}
		for _, k := range t.kids[w] {
			if !relIs(t.rel[k], "obl") && !relIs(t.rel[k], "nmod") {
				continue
			}
			switch cs := t.caseOf(k); {
			case cs == "in" && (t.lemma[k] == "response" || t.lemma[k] == "retaliation" || t.lemma[k] == "reprisal"):
				if k = max(c.prepChild(k, "to"), c.prepChild(k, "for")); k < 0 {
					continue
				}
			case cs != "over" && cs != "for":
				continue
			}
			if l := t.lemma[k]; !harmNouns[l] && !stateActNouns[l] && !wrongdoingNouns[l] && !wrongActs[l] && !c.attackNoun(k) {
				continue
			}
			if c.headOf[k] >= 0 {
				return c.argsOf(k, true) // "Russian meddling": one mention
			}
			if got, _ := c.modifierActors(k); len(got) > 0 {
				return got
			}
			if got, ok := c.doneBy(k); ok && len(got) > 0 {
				return got
			}
		}
	}
	return nil
}

// wrongActs are what a state is punished for, beside harms, attacks and
// the acts of stateActNouns and wrongdoingNouns.
var wrongActs = map[string]bool{
	"invasion": true, "program": true, "programme": true, "test": true, "tests": true, "launch": true,
	"repression": true, "persecution": true, "treatment": true, "involvement": true, "role": true,
	"support": true, "activities": true, "actions": true, "behavior": true, "behaviour": true,
	"violation": true, "violations": true, "abuses": true, "detention": true, "arrest": true, "seizure": true,
}

// dealMaker reports whether deal noun i names who made it: an actor
// possessor ("Obama's Iran deal") or agent ("negotiated by Obama"), not
// one who only deals with it ("Trump put the Iran deal on death row").
func (c *clause) dealMaker(i int) bool {
	if p := c.t.child(i, "nmod:poss"); p >= 0 && len(c.argsOf(p, false)) > 0 {
		return true
	}
	by, _ := c.doneBy(i)
	return len(by) > 0
}

// ruledOut reports whether verb v is "rule out".
func ruledOut(t *tree, v int) bool {
	return t.lemma[v] == "rule" && t.hasChildLemma(v, "compound:prt", "out")
}

// projectileNouns are what an attacker fires or launches: their "from"
// is where they came from, not whose they are.
// capitalGovernment reports whether capital mention m names the
// government or forces of its state: "the Baghdad government", "Kabul
// forces" are no city attacked.
func (c *clause) capitalGovernment(m Mention) bool {
	k := m.End - 1
	if k < 0 || k >= len(c.t.head) {
		return false
	}
	h := c.t.head[k]
	return h > k && c.t.rel[k] == "compound" && agentNouns[c.t.lemma[h]]
}

// civilianCraft reports whether mention m owns a civilian craft: "downed a
// Ukrainian passenger jet" strikes no state (guideline: an attack that
// only names civilians has no actor object).
func (c *clause) civilianCraft(m Mention) bool {
	k := m.End - 1
	if k < 0 || k >= len(c.t.head) {
		return false
	}
	for _, h := range []int{k, c.t.head[k]} { // the mention may hold the craft: "Ukrainian passenger jet"
		if h >= 0 && craftNouns[c.t.lemma[h]] && (c.t.hasChildLemma(h, "compound", civilianWords...) || c.t.hasChildLemma(h, "amod", civilianWords...)) {
			return true
		}
	}
	return false
}

var civilianWords = []string{"passenger", "civilian", "commercial", "cargo", "merchant", "fishing", "airliner", "civil"}

// craftNouns are aircraft and ships, which an interception shadows.
var craftNouns = map[string]bool{
	"aircraft": true, "plane": true, "jet": true, "bomber": true, "warplane": true, "fighter": true, "flight": true,
	"ship": true, "vessel": true, "warship": true, "boat": true, "tanker": true, "destroyer": true, "frigate": true,
	"airliner": true, "ferry": true,
}

// atNoTarget are what "strike at" or "shoot at" takes that is no target:
// "at his command", "at the heart of the problem".
var atNoTarget = map[string]bool{
	"command": true, "order": true, "request": true, "behest": true, "time": true, "moment": true, "point": true,
	"heart": true, "root": true, "core": true, "will": true, "discretion": true, "resort": true, "summit": true,
	"meeting": true, "conference": true, "event": true, "ceremony": true, "hotel": true,
}

// garrisonNouns are places that house troops: "bases housing US troops".
var garrisonNouns = map[string]bool{
	"base": true, "airbase": true, "camp": true, "facility": true, "compound": true, "installation": true,
	"barracks": true, "airfield": true, "outpost": true, "post": true,
}

var projectileNouns = map[string]bool{
	"missile": true, "rocket": true, "drone": true, "torpedo": true, "shell": true, "mortar": true,
	"projectile": true, "round": true, "bomb": true, "salvo": true, "barrage": true,
}

// accusedOfVice reads an accusation of a fault of character, no deed, as
// criticism too (the guideline's "describe negatively"): "accused the UN
// of hypocrisy" accuses and criticises it.
func (c *clause) accusedOfVice(i int) (frame, bool) {
	t := c.t
	if t.lemma[i] != "accuse" || !strings.HasPrefix(t.tag[i], "VB") {
		return frame{}, false
	}
	o, k := t.child(i, "obj"), c.prepChild(i, "of")
	if k < 0 && o >= 0 {
		k = c.prepChild(o, "of") // "accusing Russia of/nmod-of-Russia cynicism"
	}
	if k < 0 || !viceNouns[t.lemma[k]] {
		return frame{}, false
	}
	f := frame{rel: schema.Criticized, trigger: i, conf: 0.75, rule: "verb-obj", subj: c.subjectOf(i, 0)}
	if o >= 0 {
		f.obj = c.argsOf(o, false)
	} else if s := t.child(i, "nsubj:pass"); s >= 0 {
		f.subj, f.obj = c.byAgent(i), c.argsOf(s, false) // "was accused of hypocrisy by Ankara"
	}
	c.polarity(&f, i)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// viceNouns are faults of character or conduct one is accused of without
// a deed: "accused Russia of cynicism".
var viceNouns = map[string]bool{
	"hypocrisy": true, "cynicism": true, "arrogance": true, "cowardice": true, "duplicity": true, "incompetence": true,
	"intransigence": true, "bias": true, "naivety": true, "naiveté": true, "weakness": true, "ignorance": true,
	"hysteria": true, "paranoia": true, "obstinacy": true, "hubris": true, "bullying": true,
}

// objectionNouns voice disapproval of what someone does, to the doer:
// "despite objections from Italy".
var objectionNouns = map[string]bool{"objection": true, "criticism": true, "condemnation": true, "complaint": true, "disapproval": true}

// sentNouns are messages whose author comes after "from": "rejected a
// warning from the EU", "rebuffed overtures from Seoul" (an attack "from
// Syria" comes from a place).
var sentNouns = map[string]bool{
	"warning": true, "criticism": true, "invitation": true, "overture": true, "appeal": true, "plea": true,
	"condemnation": true, "complaint": true, "protest": true, "rebuke": true, "objection": true, "message": true,
	"letter": true, "note": true, "entreaty": true, "pressure": true, "demand": true, "offer": true,
	"proposal": true, "request": true, "ultimatum": true, "call": true,
	// And hostile acts felt by others: "threats from North Korea".
	"threat": true, "provocation": true, "aggression": true, "interference": true, "meddling": true, "intimidation": true,
	// And words: "rhetoric from North Korea".
	"rhetoric": true, "propaganda": true, "remark": true, "comment": true, "statement": true,
}

// owned reports whether noun i has an owner or an actor modifier of its
// own: "Trump's move", "the US move".
func (c *clause) owned(i int) bool {
	for _, k := range c.t.kids[i] {
		if r := c.t.rel[k]; r == "nmod:poss" || (r == "compound" || r == "amod") && (c.headOf[k] >= 0 || c.within[k] >= 0) {
			return true
		}
		if relIs(c.t.rel[k], "nmod") && c.t.caseOf(k) == "by" || c.t.rel[k] == "acl" {
			return true
		}
	}
	return false
}

// summedAfterComma reports whether the noun at i opens a phrase after a
// comma, with its article and an "in" before it: "…, a move", "…, in a
// move".
func (c *clause) summedAfterComma(i int) bool {
	p := i - 1
	if p >= 0 && (c.toks[p].key == "a" || c.toks[p].key == "an" || c.toks[p].key == "the") {
		p--
	}
	if p >= 0 && c.toks[p].key == "in" && c.t.caseOf(i) == "in" {
		p--
	}
	return p >= 0 && c.toks[p].key == ","
}

// claimSums sum up what was said or found before them: "…, a claim
// Washington rejected", "…, findings Moscow dismissed".
var claimSums = map[string]bool{
	"claim": true, "allegation": true, "accusation": true, "finding": true, "charge": true,
	"assertion": true, "threat": true, "probe": true, "warning": true, "report": true,
	"account": true, "version": true, "explanation": true,
}

// summaryNouns sum up the clause before them: "…, a move the Kremlin
// condemned".
var summaryNouns = map[string]bool{
	"move": true, "decision": true, "step": true, "action": true, "measure": true, "deployment": true,
	"announcement": true, "gesture": true, "development": true, "act": true,
	// A weapons test or launch is its maker's act: "Japan condemned the test".
	"test": true, "launch": true,
}

// strikeNouns are strikes and what strikes: as a subject they stand for
// whoever launched them (actorsDepth).
var strikeNouns = map[string]bool{
	"strike": true, "airstrike": true, "attack": true, "raid": true, "bombing": true, "shelling": true,
	"bombardment": true, "missile": true, "rocket": true, "shell": true, "drone": true, "bomb": true,
}

// creditNouns are what one claims or takes for one's own act: "claimed
// responsibility for the attack", "took credit for the strike".
var creditNouns = map[string]bool{"responsibility": true, "credit": true}

// claimsCredit reports whether a "for" dependent of h is what h's clause
// claims as its subject's own act, with the "for" on the noun or on the
// verb: "claimed responsibility for the attack", "took credit for
// the strike".
func (c *clause) claimsCredit(h int) bool {
	t := c.t
	if h < 0 {
		return false
	}
	if creditNouns[t.lemma[h]] && t.rel[h] == "obj" {
		h = t.head[h]
	} else if !t.hasChildLemma(h, "obj", "responsibility", "credit") {
		return false
	}
	return h >= 0 && (t.lemma[h] == "claim" || t.lemma[h] == "take")
}

// weighLemmas make the event they take hypothetical: "is considering
// sanctions on Turkey".
var weighLemmas = map[string]bool{"consider": true, "weigh": true, "mull": true, "contemplate": true}

// hasInfinitive reports whether noun i takes a to-infinitive: "a threat
// to attack".
func (c *clause) hasInfinitive(i int) bool {
	for _, k := range c.t.kids[i] {
		if c.t.rel[k] == "acl" && c.t.hasChildLemma(k, "mark", "to") {
			return true
		}
	}
	return false
}

// toClause reports whether verb i has a to-infinitive after its object (or indirect object)
// that the parser read as an adverbial ("persuade the US to/mark ease").
func (c *clause) toClause(i int) bool {
	t := c.t
	o := t.child(i, "obj")
	if o < 0 {
		o = t.child(i, "iobj") // "asked the Security Council/iobj on Tuesday to act"
	}
	if o < 0 {
		o = t.child(i, "nsubj:pass") // "Maduro was convinced by the Russians to stay"
	}
	for _, k := range t.kids[i] {
		if o >= 0 && k > o && t.rel[k] == "advcl" && t.tag[k] == "VB" && t.hasChildLemma(k, "mark", "to") {
			return true
		}
	}
	return false
}

// askedFor reports whether the verb at i asks for something: "asked the
// U.S. for intelligence", also with the phrase hung on the object or its
// last conjunct ("asked the U.S. and its allies for intelligence").
func (c *clause) askedFor(i int) bool {
	if c.prepChild(i, "for") >= 0 {
		return true
	}
	if o := c.t.child(i, "obj"); o >= 0 {
		for _, j := range c.t.conjuncts(o) {
			if c.prepChild(j, "for") >= 0 {
				return true
			}
		}
	}
	return false
}

// doubleGenitive reports whether word i is a name ending a phrase with
// "'s" and nothing after it: "a request of Abe's".
func (c *clause) doubleGenitive(i int) bool {
	k := c.headOf[i]
	if k < 0 || !c.ms[k].Possessive {
		return false
	}
	j := c.ms[k].End
	if j < len(c.toks) && c.toks[j].key == "'s" {
		j++
	}
	return j == len(c.toks) || !isWordRune([]rune(c.toks[j].text)[0])
}

// asPhrase reports whether verb i has an "as" phrase: "dismissed him as
// a dotard".
func (c *clause) asPhrase(i int) bool {
	for _, k := range c.t.kids[i] {
		if (relIs(c.t.rel[k], "obl") || c.t.rel[k] == "advcl" || c.t.rel[k] == "xcomp") && c.t.caseOf(k) == "as" || c.t.hasChildLemma(k, "mark", "as") {
			return true
		}
	}
	return false
}

// outcomeVerbs name what befalls their subject rather than what it does:
// wanting someone to win asks nothing of them.
var outcomeVerbs = map[string]bool{"be": true, "have": true, "win": true, "lose": true, "succeed": true,
	"fail": true, "die": true, "fall": true, "collapse": true, "know": true, "understand": true,
	"exist": true, "survive": true, "stay": true, "remain": true, "go": true, "leave": true}

// wishedOutcome reports whether verb i's to-infinitive is an outcomeVerb
// or a state ("to be able to").
func (c *clause) wishedOutcome(i int) bool {
	t := c.t
	for _, k := range t.kids[i] {
		if (t.rel[k] == "xcomp" || t.rel[k] == "advcl" || t.rel[k] == "ccomp") && t.hasChildLemma(k, "mark", "to") {
			return outcomeVerbs[t.lemma[k]] || t.child(k, "cop") >= 0 // "to be friends with Israel"
		}
	}
	return false
}

func (c *clause) verbFrame(i int, e schema.LexiconEntry) (frame, bool) {
	t := c.t
	if !c.hasParticle(i, e) {
		return frame{}, false
	}
	if e.Relation == schema.Attacked && c.measureDoer(i) {
		return frame{}, false // "How have US sanctions hit Iran?", "an influence campaign targeted": no armed attack
	}
	if o := t.child(i, "obj"); o >= 0 {
		if e.Relation == schema.Rejected && agencyNouns[t.lemma[o]] && t.child(o, "nmod:poss") >= 0 {
			return frame{}, false // "denies Pyongyang's guilt": a defence of the one named, no rejection of it
		}
		if e.Relation == schema.Attacked && standingNouns[t.lemma[o]] {
			return frame{}, false // "nearly destroyed Nixon's presidency", "damaged China's reputation": one's standing, no one struck
		}
		if e.Relation == schema.DowngradedRelations && c.stateByName(o) {
			if k := max(c.prepChild(i, "from"), c.prepChild(o, "from")); k >= 0 && !bodyNouns[t.lemma[k]] &&
				!slices.ContainsFunc(c.argsOf(k, true), func(m Mention) bool { return m.Actors[0].Kind == schema.Organization }) {
				return frame{}, false // "vowed to expel America from the Gulf": driven out of a region, not out of ties (but "expelled Belarus from the group")
			}
		}
	} else if t.lemma[i] == "hail" && c.prepChild(i, "from") >= 0 {
		return frame{}, false // "the party from which the prime minister hails": where one comes from, no praise
	} else if e.Relation == schema.Investigated && t.lemma[i] == "look" {
		if k := c.prepChild(i, "into"); k >= 0 && consideredNouns[t.lemma[k]] {
			return frame{}, false // "would look into Modi's request": considering it, no probe of Modi
		}
	}
	if x := c.orderedAct(i); e.Relation == schema.Demanded && x >= 0 && (t.lemma[x] == "leave" || t.lemma[x] == "depart") && c.envoysOrdered(i) {
		// "ordered the French ambassador to leave the country",
		// "Russian diplomats were ordered to leave": an expulsion.
		e.Relation = schema.DowngradedRelations
	}
	if h := t.head[i]; e.Relation == schema.Demanded && t.rel[i] == "acl" && t.tag[i] == "VBN" && h >= 0 && len(c.x.lex.Lookup(t.lemma[h], schema.Noun)) > 0 {
		return frame{}, false // "the expulsion of 40 diplomats ordered by Germany": a decree of the act, whose doer it names
	}
	if (t.lemma[i] == "recognize" || t.lemma[i] == "recognise" || t.lemma[i] == "designate" || t.lemma[i] == "list") && e.Relation == schema.Supported {
		// "recognised the YPG as terrorists": naming, and a damning name
		// is no recognition.
		as := c.prepChild(i, "as")
		if o := t.child(i, "obj"); as < 0 && o >= 0 {
			as = c.prepChild(o, "as")
		}
		if as >= 0 && negativeWords[c.toks[as].key] {
			e.Relation = schema.Criticized
		}
	}
	if o := t.child(i, "obj"); t.lemma[i] == "welcome" && e.Relation == schema.Supported && (c.prepChild(i, "to") >= 0 || c.prepChild(i, "into") >= 0 || c.prepChild(i, "at") >= 0 || c.welcomedTo(i) ||
		// "Trump was welcomed by Xi Jinping in Beijing": the guest is the
		// passive subject.
		t.child(i, "obl:agent") >= 0 && c.personAt(t.child(i, "nsubj:pass")) && !c.asPhrase(i) ||
		o >= 0 && c.headOf[o] >= 0 && c.prepChild(o, "to") >= 0 ||
		// "China welcomed Kim Jong Un for talks": a person welcomed is a
		// guest (not "welcomed Guaido as interim president").
		c.personAt(o) && !c.asPhrase(i) ||
		// "welcomed North Korea's intelligence chief to the White House":
		// an official; "will welcome his first foreign visitor": a guest.
		o >= 0 && c.headOf[o] < 0 && (titleWords[c.toks[o].key] || guestNouns[t.lemma[o]]) && !c.asPhrase(i)) {
		// "welcomed Netanyahu to Downing Street": a host, no support; a
		// host meets the guest (the rest of the frame as for support).
		e.Relation = schema.MetWith
	}
	if o := t.child(i, "obj"); (t.lemma[i] == "honor" || t.lemma[i] == "honour" || t.lemma[i] == "respect") && o >= 0 && commitmentNouns[t.lemma[o]] {
		return frame{}, false // "failed to honor its promises": keeping one's word, no support
	}
	if o := t.child(i, "obj"); e.Relation == schema.SpokeWith && o >= 0 && (t.lemma[o] == "language" || t.lemma[o] == "tongue" || t.lemma[o] == "dialect") {
		return frame{}, false // "speaking the languages of Germany and Italy": no conversation
	}
	if e.Relation == schema.Criticized && (t.lemma[i] == "react" || t.lemma[i] == "respond") && !t.hasChildLemma(i, "advmod", angryManners...) {
		return frame{}, false // "reacted cautiously to the US decision": a response, no criticism
	}
	if t.lemma[i] == "call" && e.Relation == schema.SpokeWith && !c.phoned(i) {
		return frame{}, false
	}
	if o := t.child(i, "obj"); e.Relation == schema.Threatened && t.lemma[i] == "threaten" && o >= 0 && undertakings[t.lemma[o]] {
		return frame{}, false // "a missile test, threatening U.S. efforts to renew talks": put at risk, no threat made
	}
	if o := t.child(i, "obj"); e.Relation == schema.Attacked && grabLemmas[t.lemma[i]] && o >= 0 && seizedGoods[t.lemma[o]] {
		return frame{}, false // "seized tanks and rocket launchers from the United States and Iran": arms taken, no one fought
	}
	if o := t.child(i, "obj"); t.lemma[i] == "call" && e.Relation == schema.Criticized && o > 0 && (c.toks[o-1].key == "\"" || c.toks[o-1].key == "'" || c.toks[o-1].tag == "``") {
		return frame{}, false // "calls out \"Scavino!\"": a name shouted, no criticism
	}
	if t.lemma[i] == "call" && e.Relation == schema.CalledOn && !c.callOn(i) && c.forToClause(i) < 0 && !c.meetingCalled(i) {
		return frame{}, false // "called the attack on Saudi Arabia an act of war": naming, the "on" is the attack's
	}
	if t.lemma[i] == "dictate" && t.child(i, "obj") >= 0 {
		return frame{}, false // "dictates tweets to Mr. Scavino": words written down, no terms laid down
	}
	if (e.Relation == schema.CalledOn || e.Relation == schema.Demanded) && len(e.Objects) == 0 && infinitiveAppeals[t.lemma[i]] && t.child(i, "xcomp") < 0 && !c.toClause(i) && c.prepChild(i, "into") < 0 &&
		!slices.ContainsFunc(t.kids[i], func(k int) bool { return t.rel[k] == "advcl" && t.hasChildLemma(k, "mark", "into") }) { // "prodded Mexico into paying"
		return frame{}, false // "pushed the rebels back", "convinced Trump that", "told reporters": no appeal
	}
	if o := t.child(i, "obj"); e.Relation == schema.Attacked && (t.lemma[i] == "fight" || t.lemma[i] == "battle" || t.lemma[i] == "combat") && o >= 0 && contestedActs[t.lemma[o]] {
		return frame{}, false // "would fight the U.S. decision by all legal means": opposition, no arms
	}
	if o := t.child(i, "obj"); t.lemma[i] == "join" && e.Relation == schema.MetWith && o >= 0 && c.headOf[o] < 0 && !agentNouns[t.lemma[o]] && !meetingNouns[t.lemma[o]] && !c.corefNoun(o) {
		return frame{}, false // "joins a very exclusive club including Mugabe": membership, no meeting
	}
	if o := t.child(i, "obj"); e.Relation == schema.CalledOn && t.lemma[i] == "press" && o >= 0 && (irregularNouns[t.lemma[o]] || militaryNouns[t.lemma[o]] || t.lemma[o] == "fighter") && t.child(i, "xcomp") < 0 {
		return frame{}, false // "fighters pressing IS gunmen in the north": force, no appeal
	}
	if k := c.prepChild(i, "to"); t.lemma[i] == "agree" && e.Relation == schema.PledgedTo && k >= 0 && coActObjects[t.lemma[k]] {
		return frame{}, false // "agreed to a ceasefire brokered by Egypt": a deal accepted, no pledge to its broker
	}
	if (t.lemma[i] == "designate" || t.lemma[i] == "declare" || t.lemma[i] == "list") && e.Relation == schema.Sanctioned && !c.terrorIn(i) {
		// "designated the Houthis a terrorist organisation", "declared Cuba
		// to be a state sponsor of terrorism", "listed the group as a
		// terrorist organisation" blacklist; "designated a successor",
		// "declared war", "listed Iran among its partners" do not.
		return frame{}, false
	}
	if o := t.child(i, "obj"); t.lemma[i] == "resist" && e.Relation == schema.Rejected && (o < 0 || !claimNouns[t.lemma[o]] && !refusableNouns[t.lemma[o]]) {
		return frame{}, false // "resisted pressure from Washington" turns an appeal down; "resisted the offensive" fights
	}
	if k := c.prepChild(i, "on"); t.lemma[i] == "push" && e.Relation == schema.Rejected && (k < 0 || !claimNouns[t.lemma[k]] && !sentNouns[t.lemma[k]] && !chargeNouns[t.lemma[k]]) {
		return frame{}, false // "pushed back on U.S. accusations" rebuffs a claim; "push back on Beijing" resists, no claim rejected
	}
	if t.lemma[i] == "suspect" && e.Relation == schema.Accused && !c.suspectedOf(i) {
		return frame{}, false // "suspect Russia of hacking" accuses; "suspect that" only guesses
	}
	if (t.lemma[i] == "attack" || t.lemma[i] == "assail" || t.lemma[i] == "hit") && e.Relation == schema.Attacked && (c.prepChild(i, "over") >= 0 || c.prepChild(i, "for") >= 0) && allPeople(c.subjectOf(i, 0)) {
		e.Relation = schema.Criticized // "Trump attacked Germany over its trade surplus": words, no arms
	}
	if t.lemma[i] == "tell" && (e.Relation == schema.Demanded || e.Relation == schema.CalledOn) && (c.prepChild(i, "of") >= 0 || c.prepChild(i, "about") >= 0) {
		return frame{}, false // "told Trump of her plans to resign": news, no demand
	}
	if o := t.child(i, "obj"); t.lemma[i] == "dismiss" && e.Relation == schema.Rejected && c.asPhrase(i) && o >= 0 && c.headOf[o] >= 0 && !claimNouns[t.lemma[o]] && !targetNouns[t.lemma[o]] {
		// "dismissed Trump as a dotard": a description (see
		// negativeDescription), no rejection; but "dismissed the British
		// accusations as absurd" rejects them too.
		return frame{}, false
	}
	if o := t.child(i, "obj"); (t.lemma[i] == "eliminate" || t.lemma[i] == "encircle") && o >= 0 && c.headOf[o] < 0 && t.child(o, "nmod:poss") >= 0 {
		return frame{}, false // "will not eliminate Iran's nuclear program": a thing of Iran's, no attack on Iran
	}
	if o := t.child(i, "obj"); t.lemma[i] == "host" && o >= 0 && (militaryNouns[t.lemma[o]] || t.lemma[o] == "refugee") {
		return frame{}, false // "Japan hosts 54,000 American troops": bases, no meeting or visit
	}
	if o := t.child(i, "obj"); t.lemma[i] == "host" && e.Relation == schema.Visited && o >= 0 && c.headOf[o] < 0 && !agentNouns[t.lemma[o]] && !kinNouns[t.lemma[o]] {
		if _, ok := c.corefer(o); !ok {
			return frame{}, false // "Qatar hosts the largest American air base": a thing hosted, no visitor
		}
	}
	if o := t.child(i, "obj"); (t.lemma[i] == "fly" || t.lemma[i] == "ship" || t.lemma[i] == "airlift" || t.lemma[i] == "land") && e.Relation == schema.Visited && o >= 0 && c.headOf[o] < 0 && (!agentNouns[t.lemma[o]] || militaryNouns[t.lemma[o]]) &&
		!monthOrDay[c.toks[o].key] && !calendarNouns[c.toks[o].key] && (t.lemma[i] != "land" || o < c.prepChild(i, "in")) {
		// "has flown gloves and protective clothing to Liberia", "flew
		// fighter jets to Syria", "landed troops in Syria": a cargo or a
		// force goes, no one visits (not "landed in Japan, the first
		// country he visits": the place's apposition).
		return frame{}, false
	}
	if e.Relation == schema.Attacked && (t.lemma[i] == "hit" || t.lemma[i] == "strike" || t.lemma[i] == "target" || t.lemma[i] == "slam") {
		for _, k := range t.kids[i] {
			if (t.rel[k] == "obl:agent" || t.rel[k] == "nsubj") && penaltyNouns[t.lemma[k]] {
				return frame{}, false // "Venezuela has been hit by US sanctions": a penalty, read on the noun
			}
		}
		if o := t.child(i, "obj"); o >= 0 && c.headOf[o] < 0 && (tradedGoods[t.lemma[o]] || sumWords[t.lemma[o]] && slices.ContainsFunc(t.kids[o], func(k int) bool {
			return relIs(t.rel[k], "nmod") && tradedGoods[t.lemma[k]]
		})) {
			// "threatened to hit a further $300 billion in imports from
			// China", "targeted Chinese goods": trade penalised, no blow.
			e.Relation = schema.Sanctioned
		}
	}
	if e.Relation == schema.ProvidedAidTo && c.sanctionsRelief(i) {
		return frame{}, false // "gave Iran billions in sanctions relief": a penalty lifted, no aid
	}
	if t.lemma[i] == "stop" && e.Relation == schema.Visited && t.child(i, "obj") >= 0 {
		return frame{}, false // "stop criminals in Mexico": halting someone, no stopover
	}
	if t.lemma[i] == "want" && (c.wishedOutcome(i) || c.negated(i) && e.Relation == schema.CalledOn) {
		// "Putin wants Trump to win": a wish for an outcome, nothing
		// asked of Trump; "does not want Israel to exist": nothing asked.
		return frame{}, false
	}
	if o := t.child(i, "obj"); e.Relation == schema.PledgedTo && o >= 0 && hostileVows[t.lemma[o]] {
		// "Pence vows U.S. resistance to Russia", "vowed a tough response
		// to Iran": what is vowed against the other is a threat, and
		// its object is who it is against ("vowed reprisals against").
		e.Relation = schema.Threatened
		e.Preps = append([]string{"against", "on"}, e.Preps...)
	} else if e.Relation == schema.Threatened && o >= 0 && (hostileVows[t.lemma[o]] || consequenceNouns[t.lemma[o]]) && c.headOf[o] < 0 {
		e.Preps = append([]string{"against", "on"}, e.Preps...) // "threatened countermeasures against Britain"
	}
	if k := c.prepChild(i, "with"); e.Relation == schema.Attacked && k >= 0 && (penaltyNouns[t.lemma[k]] || c.amountOf(k, penaltyNouns) ||
		t.tag[k] == "$" && slices.ContainsFunc(t.kids[i], func(q int) bool { return q > k && t.rel[q] == "obj" && penaltyNouns[t.lemma[q]] })) { // ("with $50B/obl tariffs/obj", however parsed)
		e.Relation = schema.Sanctioned // "hit North Korea with new sanctions": a penalty, no blow
	}
	if t.lemma[i] == "stand" && e.Relation == schema.Supported {
		j := i + 1
		if j < len(c.toks) && firmly[c.toks[j].key] {
			j++ // "stands firmly with Ukraine"
		}
		if j >= len(c.toks) || c.toks[j].key != "by" && c.toks[j].key != "with" && c.toks[j].key != "behind" && c.toks[j].key != "alongside" {
			return frame{}, false // "stood awkwardly by Trump": where one stood
		}
		if k := c.prepChild(i, "alongside"); k >= 0 && (anyPerson(c.subjectOf(i, 0)) || anyPerson(c.argsOf(k, true))) {
			return frame{}, false // "Netanyahu stood alongside Trump": at a podium
		}
		if c.caption() {
			return frame{}, false // "Peres, left, and Netanyahu, right, stand with Obama": in a photo
		}
	}
	if t.lemma[i] == "fight" && e.Relation == schema.CooperatedWith && c.prepChild(i, "alongside") < 0 {
		return frame{}, false // only "fought alongside X" is on X's side; "X and Y fought" is no cooperation
	}
	if t.lemma[i] == "deny" && e.Relation == schema.Rejected && c.objects(i) >= 2 {
		return frame{}, false // "Israel has denied Palestinians their rights": withheld, not rejected
	}
	if k := max(c.prepChild(i, "of"), c.prepChild(max(t.child(i, "obj"), 0), "of")); t.lemma[i] == "warn" && e.Relation == schema.Threatened && k >= 0 && dangerNouns[t.lemma[k]] {
		return frame{}, false // "warned Americans of the threats from Iran": a danger pointed out, no threat made
	}
	if k := t.child(i, "ccomp"); t.lemma[i] == "insist" && (e.Relation == schema.Demanded || e.Relation == schema.CalledOn) && k >= 0 && t.hasChildLemma(k, "aux", "will", "would", "'ll", "wo") {
		return frame{}, false // "insisted the EU will act as one": a claim, no demand
	}
	if t.lemma[i] == "warn" && e.Relation == schema.Threatened && c.factWarning(i) {
		return frame{}, false // "warned Congress that the deal was bad": telling, no threat
	}
	if x := t.child(i, "xcomp"); t.lemma[i] == "warn" && e.Relation == schema.Threatened && max(t.child(i, "obj"), t.child(i, "iobj")) >= 0 && x >= 0 && t.hasChildLemma(x, "mark", "to") && !t.hasChildLemma(x, "conj", "face", "risk", "suffer", "bear", "pay") {
		if !slices.ContainsFunc(c.toks[x:], func(k token) bool { return k.key == "else" }) && !c.againstSelf(x, c.subjectOf(i, 0)) {
			// "warned Yanukovych to avoid declaring an emergency": urged
			// ("to leave or face the consequences", "or else", and "not
			// to provoke it", "not to attack his country" are threats).
			e.Relation = schema.CalledOn
		}
	}
	if o := t.child(i, "obj"); t.lemma[i] == "warn" && e.Relation == schema.Threatened && o >= 0 && c.headOf[o] >= 0 {
		against := max(c.prepChild(i, "against"), c.prepChild(o, "against"))
		for _, k := range t.kids[i] {
			if t.rel[k] == "advcl" && t.hasChildLemma(k, "mark", "against") {
				against = k
			}
		}
		hostile := func() bool {
			attack := func(e schema.LexiconEntry) bool { return e.Relation == schema.Attacked }
			l := t.lemma[against]
			return harmVerbs[l] || c.attackNoun(against) || warNouns[l] || forceNouns[l] || slices.ContainsFunc(c.x.lex.Lookup(l, schema.Verb), attack) || slices.ContainsFunc(c.x.lex.Lookup(l, schema.Noun), attack)
		}
		if against > o && !hostile() && len(c.warnedOfConsequences(i)) == 0 && !c.menaceAfter(o, against) {
			// "warned Netanyahu against inflaming tensions", "warned
			// Trump against recognizing Jerusalem": urged not to
			// (guideline: a threat warns of consequences, which a warning
			// against force implies: "warned Russia against invading
			// Ukraine"; "warned the US against deploying missiles, saying
			// Russia will retaliate" tells them).
			e.Relation = schema.CalledOn
		}
	}
	if s, o := t.child(i, "nsubj"), t.child(i, "obj"); t.lemma[i] == "take" && e.Relation == schema.Criticized && o >= 0 && t.lemma[o] == "aim" && s >= 0 && c.troops(s) {
		e.Relation = schema.Attacked // "Syrian soldiers took aim at rebel positions": armed men aim weapons
	}
	if t.lemma[i] == "fire" && len(e.Objects) == 0 {
		if o := t.child(i, "obj"); o >= 0 && !c.objectFits(o, []string{"missile", "rocket", "shell", "shot", "round", "mortar", "projectile", "artillery", "weapon", "gun", "salvo", "volley", "bullet", "torpedo"}) {
			return frame{}, false // "fired Linick at Pompeo's request": a dismissal
		}
	}
	if o := t.child(i, "obj"); e.Relation == schema.SpokeWith && o >= 0 && t.lemma[o] == "call" && c.callFor(o) {
		return frame{}, false // "received calls from American politicians for his resignation": demands
	}
	if o := t.child(i, "obj"); e.Relation == schema.MetWith && (c.byPhone(i) || o >= 0 && c.byPhone(o)) {
		e.Relation = schema.SpokeWith // "talked on the phone with Netanyahu", "held phone talks with"
	}
	if o := t.child(i, "obj"); e.Relation == schema.MetWith && (t.lemma[i] == "discuss" || t.lemma[i] == "debate") && o >= 0 && truceNouns[t.lemma[o]] {
		e.Relation = schema.NegotiatedWith // "Kerry and Lavrov are discussing a ceasefire": its terms ("discussed the deal" is talk)
	}
	if t.lemma[i] == "offer" && e.Relation == schema.PledgedTo {
		for _, o := range t.kids[i] {
			if t.rel[o] == "obj" && !offerNouns[t.lemma[o]] && c.headOf[o] < 0 {
				// "offered a good cop-bad cop approach to Iran", "offer
				// Trump the government's perspective": no pledge.
				return frame{}, false
			}
		}
	}
	for _, p := range otherSense[t.lemma[i]] {
		if e.Particle == "" && (t.hasChildLemma(i, "compound:prt", p) || i+1 < len(c.toks) && c.toks[i+1].key == p) {
			return frame{}, false // "signed off on the plan": an approval, no treaty
		}
	}
	if o := t.child(i, "obj"); e.Relation == schema.Attacked && len(e.Objects) == 0 && !slices.Contains(e.Preps, "") && o >= 0 && c.headOf[o] >= 0 {
		return frame{}, false // "Macron pressed Putin on Ukraine": the one pressed is urged, and Ukraine the topic
	}
	if e.Relation == schema.Visited && (t.hasChildLemma(i, "compound:prt", "back") || t.hasChildLemma(i, "advmod", "back")) {
		return frame{}, false // "flies back to Rome": a return, no visit
	}
	if e.Relation == schema.SpokeWith && (t.lemma[i] == "speak" || t.lemma[i] == "talk") && !c.byPhone(i) && c.inPerson(i) {
		// "spoke with Putin on the sidelines of the summit": face to face.
		e.Relation = schema.MetWith
	}
	if g := c.joinedIn(i); e.Relation == schema.MetWith && g >= 0 {
		// "Japan joined the US in imposing sanctions": no meeting, but
		// acting together (the act itself is read from the gerund); in
		// saying or voting the same ("joined China in abstaining", "in
		// condemning the attack") each only speaks for itself.
		if c.wordsOnly(g) {
			return frame{}, false
		}
		e.Relation = schema.CooperatedWith
	} else if e.Relation == schema.MetWith && t.lemma[i] == "join" {
		if k := c.prepChild(i, "in"); k >= 0 && (attemptNouns[t.lemma[k]] || t.lemma[k] == "initiative") {
			e.Relation = schema.CooperatedWith // "joined Paris in an effort to broker a truce", "in a new initiative": acting together
		} else if k >= 0 {
			return frame{}, false // "joined the US in the talks": the talks say who met
		}
	}
	// "a move welcomed by Saudi Arabia but condemned/conj by Moscow": a
	// participle coordinated with a reduced relative is one too.
	conjAcl := t.tag[i] == "VBN" && t.rel[i] == "conj" && t.head[i] >= 0 && t.rel[t.head[i]] == "acl" && t.tag[t.head[i]] == "VBN" && t.child(i, "obl:agent") >= 0
	// "The Houthis are armed and funded/conj by Iran": a participle
	// coordinated with a passive verb is passive, with its patient.
	conjPass := t.tag[i] == "VBN" && t.rel[i] == "conj" && t.head[i] >= 0 && t.child(i, "nsubj") < 0 &&
		(t.child(t.head[i], "nsubj:pass") >= 0 || t.child(i, "obl:agent") >= 0 && t.child(t.head[i], "cop") >= 0 && t.child(t.head[i], "nsubj") >= 0) // "Assad is in power and backed by Russia"
	passive := t.child(i, "nsubj:pass") >= 0 || t.child(i, "aux:pass") >= 0 || conjAcl || conjPass ||
		t.tag[i] == "VBN" && (t.rel[i] == "acl" || t.rel[i] == "amod" || t.rel[i] == "advcl" && t.child(i, "nsubj") < 0)
	f := frame{rel: e.Relation, trigger: i, conf: 0.85}
	// The object word: a required event noun ("imposed sanctions") first.
	objWord := -1
	if passive {
		objWord = t.child(i, "nsubj:pass")
		if objWord < 0 && (t.rel[i] == "acl" || t.rel[i] == "amod") {
			objWord = c.namedHead(t.head[i]) // "positions held by X", "X-backed"; "the SDF, an alliance backed by X": the SDF
			if h := objWord; t.rel[h] == "conj" && t.head[h] >= 0 && h+1 == i && t.hasChildLemma(h, "cc", "and") {
				// "the Syrian army and its allies backed by Russian
				// warplanes": no comma sets the participle on the last
				// conjunct alone.
				objWord = t.head[h]
			}
		}
		if objWord < 0 && conjAcl {
			objWord = t.head[t.head[i]]
		}
		if objWord < 0 && conjPass {
			if objWord = t.child(t.head[i], "nsubj:pass"); objWord < 0 {
				objWord = t.child(t.head[i], "nsubj")
			}
		}
		if objWord < 0 && t.rel[i] == "advcl" {
			// "When asked by reporters, Mattis said": the clause's subject
			// is the participle's patient.
			if s := t.child(t.head[i], "nsubj"); s >= 0 {
				objWord = s
			}
		}
		if objWord >= 0 && c.isRelativePronoun(objWord) {
			// "the rebels, who are backed by Turkey"
			if t.rel[i] == "acl:relcl" {
				objWord = t.head[i]
				if len(c.byAgent(i)) > 0 {
					objWord = c.namedHead(objWord) // (with an agent: "who was received by the prince")
				}
			} else {
				objWord = c.antecedent(objWord)
			}
		}
	} else {
		objWord = t.child(i, "obj")
		if io := t.child(i, "iobj"); io >= 0 {
			// "urged Syrian forces to withdraw"; "promised Zelensky/iobj
			// a missile battery": the one given to, not the thing given.
			objWord = io
		}
		if objWord < 0 {
			objWord = c.sharedObject(i)
		}
		if t.rel[i] == "acl:relcl" && (objWord < 0 || c.isRelativePronoun(objWord)) && c.relativeIs(i, "obj") {
			objWord = c.namedHead(t.head[i]) // "the rebels that Moscow backs", "Kataib Hezbollah, a militia which Washington accuses of …"
		} else if objWord >= 0 && c.isRelativePronoun(objWord) {
			// "Saudi Arabia, which Trump accused of …", the clause hung
			// elsewhere: the phrase before the pronoun.
			objWord = c.antecedent(objWord)
		}
	}
	if objWord >= 0 && c.doubleGenitive(objWord) {
		objWord = -1 // "vowed to raise it, a key request of Abe's": a possessor the parser made an object
	}
	if objWord >= 0 && e.Relation == schema.PledgedTo && c.headOf[objWord] < 0 && offerNouns[t.lemma[objWord]] {
		// "pledged the support of the United Nations": whose help it is,
		// not to whom it goes (after "to" or "for").
		if k := c.prepChild(objWord, "to"); k >= 0 {
			objWord = k
		} else {
			objWord = -1
		}
	}
	f.rule = "verb-obj"
	if len(e.Objects) > 0 {
		// The pattern's noun may be any object: "sent them weapons".
		if objWord < 0 || !c.objectFits(objWord, e.Objects) {
			if orig := objWord; orig >= 0 && passive {
				// "the sanctions and expulsions imposed on Russia": the
				// participle's patient may be any conjunct.
				objWord = -1
				for _, q := range t.conjuncts(orig)[1:] {
					if objWord < 0 && (t.tag[q] == "NN" || t.tag[q] == "NNS") && c.objectFits(q, e.Objects) {
						objWord = q
					}
				}
			} else {
				objWord = -1
			}
			for _, k := range t.kids[i] {
				if t.rel[k] != "obj" && t.rel[k] != "iobj" {
					continue
				}
				for _, q := range t.conjuncts(k) {
					// "exchanged insults and threats with Kim": either noun.
					// "sent rescue teams and humanitarian aid": with its words.
					if objWord < 0 && (q == k || (t.tag[q] == "NN" || t.tag[q] == "NNS") && (c.toks[q-1].key == "and" || c.toks[q-1].key == "or" || c.plainConjunct(q))) && c.objectFits(q, e.Objects) {
						objWord = q
					}
				}
			}
			for _, k := range t.kids[i] {
				// "asked for American help", "appealed for NATO
				// assistance": the thing asked for after "for".
				if objWord < 0 && (t.lemma[i] == "ask" || t.lemma[i] == "appeal") && relIs(t.rel[k], "obl") && t.caseOf(k) == "for" && c.objectFits(k, e.Objects) {
					objWord = k
				}
			}
			for _, k := range t.kids[i] {
				// "provide Ukraine with Javelin missiles": the thing given
				// in a with-phrase, the recipient the object.
				if objWord < 0 && withGivers[t.lemma[i]] && (relIs(t.rel[k], "obl") || relIs(t.rel[k], "nmod")) && t.caseOf(k) == "with" && c.objectFits(k, e.Objects) && t.child(i, "obj") >= 0 && t.child(i, "nsubj") >= 0 {
					objWord = k
				}
			}
			if objWord < 0 {
				return frame{}, false
			}
		}
		f.rule = "verb-pattern"
		if k := c.prepChild(objWord, "between"); f.rel.Symmetric() && k >= 0 {
			// (But "Ardern signed a pact between New Zealand, Australia
			// and Fiji": a party signs.)
			if parties := c.argsOf(k, true); len(parties) >= 2 && !c.amongParties(c.subjectOf(i, 0), parties) {
				return frame{}, false // "hopes to restart talks between Israel and Hamas": the noun names the parties, not the one restarting
			}
		}
		if f.rel == schema.MetWith && peaceTalks(t, objWord) {
			return frame{}, false // "held peace talks with": the noun's negotiation says it
		}
		if k := c.prepChild(objWord, "for"); k >= 0 && slices.Contains(e.Preps, "for") && len(c.argsOf(k, true)) == 0 {
			return frame{}, false // "declared their support for the plan to the envoy": for a thing, not the one told
		}
		weapon := f.rel == schema.Attacked && projectileNouns[t.lemma[objWord]] // "launched missiles from Syria": what it fired, not whom
		if (targetNouns[t.lemma[objWord]] || quantNouns[t.lemma[objWord]]) && !c.ownPronoun(objWord) && !weapon {
			f.obj = c.dropConcerned(c.argsOf(objWord, true), objWord, f.rel) // "vetoed a UN resolution on Syria", "seized most of Ukraine's bases"
		}
		if len(f.obj) == 0 {
			f.obj = c.prepArgs(i, e.Preps)
		}
		if p := t.child(objWord, "nmod:poss"); len(f.obj) == 0 && p >= 0 && t.tag[p] != "PRP$" && slices.Contains(e.Preps, "of") && !slices.ContainsFunc(t.kids[objWord], func(k int) bool {
			return relIs(t.rel[k], "nmod") && (stanceCase[t.caseOf(k)] || slices.Contains(e.Preps, t.caseOf(k)))
		}) {
			// "questioned China's commitment", as "the commitment of
			// China" (but "reiterated Beijing's concerns about the US
			// deployment" are about the phrase's).
			f.obj = c.argsOf(p, true)
		}
		if len(f.obj) == 0 && f.rel == schema.Criticized {
			// "voiced concern over U.S. arms sales to Taiwan": the maker
			// of the act the concern is over.
			// Not a mutual one: "criticism of the Iran nuclear deal" is
			// no criticism of Iran.
			oneSided := func(k int) bool {
				es := c.x.lex.Lookup(t.lemma[k], schema.Noun)
				return len(es) > 0 && !slices.ContainsFunc(es, func(e schema.LexiconEntry) bool { return e.Relation.Symmetric() })
			}
			for _, p := range e.Preps {
				if k := c.prepChild(i, p); k >= 0 && oneSided(k) {
					f.obj = c.others(c.eventAgent(k, 0), f.subj)
					break
				}
				if k := c.prepChild(objWord, p); k >= 0 && oneSided(k) {
					f.obj = c.others(c.eventAgent(k, 0), f.subj)
					break
				}
			}
		}
		if len(f.obj) == 0 {
			// The recipient of a double object: "sent them weapons".
			for _, k := range t.kids[i] {
				if k < objWord && (t.rel[k] == "iobj" || t.rel[k] == "obj") {
					f.obj = c.argsOf(k, true)
				}
			}
		}
		if len(f.obj) == 0 && t.tag[objWord] != "NNP" && ditransitives[t.lemma[i]] {
			// The same, read as the noun's compound: "given the Syrian
			// opposition/compound refuge", "gave the Houthis/compound missiles".
			for _, k := range t.kids[objWord] {
				if t.rel[k] == "compound" && k < objWord {
					f.obj = c.argsOf(k, true)
				}
			}
		}
		if len(f.obj) == 0 {
			f.obj = c.prepArgsNear(i, objWord, e.Preps) // "provide $300 million in aid to Ukraine"
		}
		if len(f.obj) == 0 && f.rel == schema.Sanctioned {
			// "Washington imposed new Russia sanctions": a state's name
			// on the sanctions the subject imposes is their target.
			for _, k := range t.kids[objWord] {
				if n := c.headOf[k]; k < objWord && t.rel[k] == "compound" && n >= 0 && len(c.ms[n].Actors) == 1 && c.ms[n].Actors[0].Kind == schema.Country && c.ms[n].Suffix == "" {
					f.obj = c.others([]Mention{c.ms[n]}, f.subj)
				}
			}
		}
		if len(f.obj) == 0 && f.rel == schema.Sanctioned {
			f.obj = c.purposeTarget(i, objWord)
		}
		if len(f.obj) == 0 && c.headOf[objWord] >= 0 && slices.Contains(e.Preps, "") {
			f.obj = c.argsOf(objWord, true) // "captured two Israeli soldiers": the pattern's noun names the actor
		}
		if len(f.obj) == 0 && slices.Contains(e.Preps, "") && f.rel == schema.DowngradedRelations {
			f.obj, _ = c.modifierActors(objWord) // "sent home 80 Soviet/amod diplomats": the envoys' state
		}
		if len(f.obj) == 0 && f.rel == schema.DowngradedRelations && missionNouns[t.lemma[objWord]] {
			// "closed the Israeli office in Sydney", "shut the Palestinian
			// mission": a mission on the closer's own ground is its owner's.
			owner, _ := c.modifierActors(objWord)
			f.obj = c.others(owner, f.subj)
		}
		if len(f.obj) == 0 && f.rel == schema.Sanctioned {
			f.obj = c.flowTarget(objWord) // "imposed a ban on investment in North Korea"
		}
		if len(f.obj) == 0 && f.rel == schema.Sanctioned {
			f.obj = c.others(c.punishedFor(i, objWord), f.subj) // "imposed sanctions over Russia's annexation of Crimea"
		}
		if len(f.obj) == 0 && f.rel == schema.ProvidedAidTo {
			f.obj = c.requester(i) // "at the Malian government's request, sent thousands of troops"
		}
		if len(f.obj) == 0 && f.rel == schema.CalledOn && slices.Contains(e.Preps, "from") && t.lemma[i] != "want" {
			f.obj, _ = c.modifierActors(objWord) // "asked for NATO help", "sought Russian help": of its giver (but "wants China's help" is a wish)
		}
		if k := max(c.prepChild(objWord, "for"), c.prepChild(i, "for")); len(f.obj) == 0 && f.rel == schema.Threatened && revengeNouns[t.lemma[objWord]] && k >= 0 && len(c.x.lex.Lookup(t.lemma[k], schema.Noun)) > 0 {
			// "vowed revenge for the killing": on whoever did it; "for the
			// Israeli strikes": the strikes' mention names it.
			if f.obj = c.others(c.eventAgent(k, 0), f.subj); len(f.obj) == 0 {
				f.obj = c.others(c.recalledEvent(k), f.subj)
			}
			if len(f.obj) == 0 && c.headOf[k] >= 0 {
				f.obj = c.others(c.argsOf(k, false), f.subj)
			}
		}
		if len(f.obj) == 0 && f.rel == schema.Threatened && revengeNouns[t.lemma[objWord]] && max(c.prepChild(objWord, "for"), c.prepChild(i, "for")) < 0 {
			f.obj = c.lastHostileDoer(c.subjectOf(i, 0), i) // "Israel struck Iranian targets. Tehran vowed revenge."
		}
		if f.rel == schema.Criticized && c.welfareConcern(i, objWord, e.Preps) {
			return frame{}, false // "expressed concern about the safety of Russian assets": worry for them
		}
	} else {
		if t.lemma[i] == "blame" {
			if k := c.prepChild(i, "on"); k > i {
				// "a raid on Kenyan border posts blamed on Somalia": the one
				// blamed follows "on", whoever owns what was hit.
				f.rule, f.obj = "verb-prep", c.argsOf(k, true)
			}
		}
		for _, p := range e.Preps {
			if len(f.obj) > 0 {
				break
			}
			if p == "" {
				if objWord >= 0 {
					f.obj = c.argsOf(objWord, true)
				}
				if objWord >= 0 {
					f.obj = c.dropConcerned(f.obj, objWord, f.rel)
				}
				if len(f.obj) == 0 && objWord >= 0 && (f.rel == schema.Demanded || f.rel == schema.CalledOn) && cessationNouns[t.lemma[objWord]] {
					// "demanded an end to Israeli settlement building", "a
					// halt to NATO expansion": whoever is to stop.
					for _, prep := range []string{"to", "of", "on"} {
						if k := c.prepChild(objWord, prep); k >= 0 && len(f.obj) == 0 {
							f.obj = c.argsOf(k, true)
						}
						if k := c.prepChild(i, prep); k > objWord && len(f.obj) == 0 {
							f.obj = c.argsOf(k, true) // the phrase hung on the verb
						}
					}
				}
				if len(f.obj) == 0 && objWord >= 0 && !passive && strings.HasPrefix(t.tag[objWord], "NN") && !kinNouns[t.lemma[objWord]] {
					// "dismissed remarks by Pence": an active verb has no
					// agent, so its "by" belongs to the object.
					if k := c.prepChild(i, "by"); k > objWord {
						f.obj = c.argsOf(k, true)
					}
					// "rebuffed overtures from Seoul": a message's sender hung
					// on the verb.
					if k := c.prepChild(i, "from"); len(f.obj) == 0 && k > objWord && sentNouns[t.lemma[objWord]] {
						f.obj = c.argsOf(k, true)
					}
				}
			} else {
				f.rule = "verb-prep"
				f.obj = c.prepArgsNear(i, objWord, []string{p})
				if len(f.obj) == 0 && t.hasChildLemma(i, "compound:prt", p) && objWord >= 0 {
					f.obj = c.argsOf(objWord, true) // "called on Iran" parsed as a particle
				}
				if f.rel.Symmetric() && len(f.obj) > 0 {
					if k := c.prepChild(i, p); k >= 0 && c.firmNoun(k) {
						f.obj = nil // "met with Japanese carmakers": a country's companies are no party for it
					}
				}
			}
			if len(f.obj) > 0 {
				break
			}
		}
		if len(f.obj) == 0 && e.Relation == schema.Visited && slices.Contains(e.Preps, "for") {
			// "left Washington for Riyadh to meet the king", parsed as
			// "for Riyadh to meet": the destination is the infinitive's
			// subject.
			for _, k := range t.kids[i] {
				if s := t.child(k, "nsubj"); t.rel[k] == "advcl" && s >= 0 && t.hasChildLemma(k, "mark", "for") && c.destinationOf(i, s) {
					f.rule, f.obj = "verb-prep", c.argsOf(s, true)
				}
			}
		}
	}
	if at := c.prepChild(i, "at"); len(f.obj) == 0 && e.Relation == schema.Visited && at >= 0 {
		// "visited troops at a base in Kuwait", "at Camp Lemonnier,
		// Djibouti": the country the place visited is in.
		places := c.prepArgs(at, []string{"in"})
		for _, a := range t.kids[at] {
			if t.rel[a] == "appos" || t.rel[a] == "conj" && t.child(a, "cc") < 0 { // (or a conjunct, as the parser may read the comma)
				places = append(places, c.argsOf(a, true)...)
			}
		}
		for _, m := range places {
			if len(m.Actors) == 1 && m.Actors[0].Kind == schema.Country && (m.Place || c.x.countryNamed(m)) {
				f.rule, f.obj = "verb-prep", append(f.obj, m)
			}
		}
	}
	if len(f.obj) == 0 && !passive && e.Relation == schema.PledgedTo && vowLemmas[t.lemma[i]] {
		// "vowed to retaliate against South Korea": a vow of force is a
		// threat; an agreement to expel diplomats is none.
		k := t.child(i, "xcomp")
		if q := t.child(i, "ccomp"); k < 0 && q >= 0 && t.hasChildLemma(q, "nsubj", "we", "i") && t.hasChildLemma(q, "aux", "will", "'ll", "shall") {
			k = q // "'We will utterly destroy ISIS,' Cruz vowed": the vow in the speaker's own words
		}
		if k >= 0 && c.coercive(k) && !c.negated(k) { // (not "pledged not to attack the North": a reassurance)
			f.rel, f.rule = schema.Threatened, "verb-complement"
			f.obj = c.forceTarget(k)
			if len(f.obj) == 0 && responseLemmas[t.lemma[k]] {
				f.obj = c.provoker(k, i)
			}
		}
	}
	if len(f.obj) == 0 && !passive {
		if f.obj = c.complementObject(i, e.Relation); len(f.obj) > 0 {
			f.rule = "verb-complement"
		}
	}
	if len(f.obj) == 0 && !passive && (f.rel == schema.ProvidedAidTo || f.rel == schema.PledgedTo) {
		f.obj = c.helpedBy(i, objWord) // "pledged 500 million euros to help rebuild Iraq"
	}
	meeting := -1 // the meeting whose purpose the verb is
	if h := t.head[i]; len(f.obj) == 0 && e.Relation.Symmetric() && e.Relation != schema.MetWith && h >= 0 && (t.rel[i] == "advcl" || t.rel[i] == "xcomp") && t.hasChildLemma(i, "mark", "to") && t.lemma[h] == "meet" {
		meeting = h
		// "met their Chinese counterparts to negotiate a trade deal",
		// "met with Cuban officials in Havana to sign an agreement": the
		// one met is the partner.
		if o := t.child(h, "obj"); o >= 0 {
			f.obj = c.argsOf(o, true)
		} else {
			f.obj = c.prepArgs(h, []string{"with"})
		}
	}
	if len(f.obj) == 0 && e.Relation == schema.Attacked && slices.Contains(e.Preps, "") {
		f.obj = c.purposeObject(i)
	}
	if len(f.obj) == 0 && e.Relation == schema.Attacked {
		f.obj = c.avenged(i)
	}
	if o := t.child(i, "obj"); len(f.obj) == 0 && e.Relation == schema.SignedAgreementWith && o >= 0 {
		for _, k := range t.kids[o] {
			if len(f.obj) == 0 && t.rel[k] == "acl" && tieSetters[t.lemma[k]] {
				f.obj = c.prepArgsNear(k, t.child(k, "obj"), []string{"with"}) // "signed agreements establishing relations with the UAE and Bahrain"
			}
		}
	}
	if k := c.prepChild(i, "against"); len(f.obj) == 0 && e.Relation == schema.Threatened && t.lemma[i] == "warn" && k >= 0 && c.attackNoun(k) {
		// "Moscow warns against new US missile strikes on Syria": the
		// warning is to whoever would strike.
		f.obj = c.eventAgent(k, 0)
	}
	if len(f.obj) == 0 && e.Relation == schema.CalledOn && c.meetingCalled(i) {
		// "called for an emergency U.N. Security Council meeting": the
		// body is asked to meet.
		got, _ := c.modifierActors(c.prepChild(i, "for"))
		f.obj = slices.DeleteFunc(got, func(m Mention) bool { return m.Actors[0].Kind != schema.Organization })
	}
	if len(f.obj) == 0 && e.Relation == schema.Attacked && objWord >= 0 && cyberTargets[t.lemma[objWord]] {
		f.rule = "verb-obj"
		f.obj, _ = c.modifierActors(objWord) // "hacked Kenyan government networks": the state whose systems they are
	}
	// The subject.
	if passive {
		f.subj, f.rule = c.byAgent(i), "verb-passive"
		if w := c.prepChild(i, "with"); len(f.subj) == 0 && (t.lemma[i] == "align" || t.lemma[i] == "ally") && w >= 0 && c.headOf[w] >= 0 && objWord >= 0 && t.rel[i] != "advcl" {
			// "Hezbollah is aligned with Iran", "a group allied with
			// Iran": a state of alliance, its holder the participle's
			// subject.
			f.subj, f.obj = c.argsOf(objWord, false), c.argsOf(w, true)
		}
		if k := c.prepChild(i, "from"); len(f.subj) == 0 && e.Relation == schema.ProvidedAidTo && t.rel[i] == "acl" && k >= 0 && len(f.obj) > 0 {
			// "weapons smuggled from Iran to the Houthis", "arms shipped
			// from Iran to Yemen": goods sent from a state are its.
			f.subj = c.countriesAt(k)
		}
		if t.rel[i] == "acl" && i > 0 && c.toks[i-1].key == "," {
			// "the YPG, backed by U.S. air strikes, and Islamic State": a
			// participle set off by commas qualifies the names before it.
			f.obj = slices.DeleteFunc(slices.Clone(f.obj), func(m Mention) bool { return m.Start > i })
		}
		if len(f.subj) == 0 {
			// "was killed in a raid by US forces", "killed in a US raid":
			// the agent of the event the passive happened in.
			for _, k := range t.kids[i] {
				if !relIs(t.rel[k], "obl") {
					continue
				}
				// "killed in clashes and U.S.-led coalition air strikes":
				// also the event coordinated with the first.
				for _, q := range t.conjuncts(k) {
					if es := c.x.lex.Lookup(t.lemma[q], schema.Noun); len(f.subj) == 0 && len(es) > 0 && es[0].Relation == e.Relation {
						f.subj = c.eventAgent(q, 0)
					}
				}
				if len(f.subj) > 0 {
					break
				}
			}
		}
		if h := t.head[i]; len(f.obj) == 0 && e.Relation == schema.ProvidedAidTo && t.rel[i] == "acl" && h >= 0 && t.rel[h] == "obj" && t.head[h] >= 0 && useLemmas[t.lemma[t.head[h]]] {
			// "Ukrainian forces used launchers supplied by Washington": who
			// uses or receives what was given is the one given to.
			f.obj = c.subjectOf(t.head[h], 0)
		}
	} else {
		f.subj = c.subjectOf(i, 0)
		if t.child(i, "nsubj") < 0 {
			f.rule += "-inherited" // through control, coordination or a participle
		}
		if meeting >= 0 && slices.ContainsFunc(f.subj, func(m Mention) bool {
			return slices.ContainsFunc(f.obj, func(o Mention) bool { return sameActor(m, o) })
		}) {
			f.subj = c.subjectOf(meeting, 0) // "Kerry met Lavrov to negotiate": Kerry negotiates, with Lavrov
		}
	}
	if t.rel[i] == "acl:relcl" && len(f.subj) == 0 {
		f.subj = c.relativeSubject(i)
	}
	if s := t.child(i, "nsubj"); len(f.subj) == 0 && e.Relation != schema.Represents {
		if s < 0 && (t.rel[i] == "xcomp" || t.rel[i] == "advcl" && t.hasChildLemma(i, "mark", "to")) && t.head[i] >= 0 {
			s = t.child(t.head[i], "nsubj") // "the Senate voted to sanction Turkey"
		}
		if s >= 0 && (e.Relation == schema.Sanctioned || foreignTo(f.obj, "USA")) {
			f.subj = c.legislature(s)
		}
	}
	if e.Relation == schema.Threatened && strings.HasPrefix(t.tag[i], "VB") {
		// "an attack that threatens the US", "a program that threatens
		// Japan": a danger, no threat anyone made.
		sb := t.child(i, "nsubj")
		if t.rel[i] == "acl:relcl" && c.relativeIs(i, "nsubj") {
			sb = t.head[i]
		}
		if sb >= 0 && c.headOf[sb] < 0 && c.within[sb] < 0 && strings.HasPrefix(t.tag[sb], "NN") && !agentNouns[t.lemma[sb]] && !corefWords[c.toks[sb].key] && !groupWords[t.lemma[sb]] && (harmNouns[t.lemma[sb]] || c.attackNoun(sb) || thingThreats[t.lemma[sb]]) {
			return frame{}, false
		}
	}
	if len(f.subj) == 0 {
		if s := c.strandedSubject(i); s >= 0 {
			f.subj, f.rule = c.argsOf(s, false), f.rule+"-stranded"
		}
	}
	if e.Relation == schema.Vetoed {
		f.obj = c.vetoedBody(f.obj, objWord, f.subj)
	}
	if e.Relation == schema.Threatened {
		// "warned Iraqi leaders that Tehran would be held responsible":
		// the one who is to face the consequences, not the listener.
		if cons := c.warnedOfConsequences(i); len(cons) > 0 {
			f.obj = cons
		}
	}
	if k := c.prepChild(i, "of"); e.Relation == schema.Threatened && len(f.obj) == 0 && k >= 0 && (consequenceNouns[t.lemma[k]] || hostileVows[t.lemma[k]]) {
		f.obj = c.prepArgs(k, []string{"to", "against", "on"}) // "warned of a harsh response to the United States"
	}
	if e.Relation == schema.Threatened && len(f.obj) == 0 && t.lemma[i] != "trade" && t.lemma[i] != "exchange" {
		f.obj = c.provoker(i, i) // "threatened the strongest sanctions in history if Tehran refused" (threats traded are each other's)
	}
	if e.Relation == schema.Attacked && objWord >= 0 && t.lemma[objWord] == "it" && (t.hasChildLemma(i, "compound:prt", "off") || c.followedBy(i, "off")) {
		return frame{}, false // "John Paul and Carter hit it off": they got on
	}
	if e.Relation == schema.Attacked && e.Particle != "" && objWord >= 0 && t.lemma[objWord] == "it" {
		return frame{}, false // "hoped to push it out last week": a document, not a foe
	}
	if e.Relation == schema.Attacked && objWord >= 0 && c.figurative(objWord) && !actNouns[t.lemma[objWord]] {
		return frame{}, false // "launched a pressure campaign against Iran", "fight a trade war" (but "attacked China's trade policy": below)
	}
	if t.lemma[i] == "meet" && (t.hasChildLemma(i, "obj", "halfway") || t.hasChildLemma(i, "advmod", "halfway")) {
		return frame{}, false // "meet each other halfway": a compromise, no meeting
	}
	if t.lemma[i] == "rip" && (t.hasChildLemma(i, "compound:prt", "off") || c.followedBy(i, "off")) && e.Relation == schema.Criticized {
		return frame{}, false // "continues to rip off the U.S.": cheating, not criticism
	}
	if t.lemma[i] == "meet" && objWord >= 0 && (metTargets[t.lemma[objWord]] || metChallenges[t.lemma[objWord]]) {
		return frame{}, false // "met the demands of the UN": fulfilled, no meeting
	}
	// (A threat fought is its maker's: see actorsDepth.)
	if e.Relation == schema.Attacked && objWord >= 0 && len(e.Objects) == 0 && c.abstractObject(objWord) && !dangerNouns[t.lemma[objWord]] {
		f.obj = nil // "killed Iran's deal": no attack on Iran
		if l := t.lemma[objWord]; (t.lemma[i] == "attack" || t.lemma[i] == "assail") && (actNouns[l] || wordsNouns[l]) {
			// "Trump attacked China's trade practices", "assailed Iran's
			// remarks": words against the owner's acts.
			if owner, _ := c.modifierActors(objWord); len(owner) > 0 {
				f.rel, f.obj = schema.Criticized, owner
			}
		}
	}
	if k := t.child(max(objWord, 0), "compound"); objWord >= 0 && placeNamedEvents[t.lemma[objWord]] && k >= 0 && c.countryByName(k) && t.child(objWord, "nmod:poss") < 0 {
		// "opposed the Iraq war", "criticized the Syria conflict": an
		// event named for its place is no act of the country's.
		f.obj = slices.DeleteFunc(slices.Clone(f.obj), func(m Mention) bool { return m.Start == k })
		if len(f.obj) == 0 {
			return frame{}, false
		}
	}
	if t.lemma[i] == "join" && e.Relation == schema.MetWith {
		// "joined NATO" is membership and "North Korea will join Iran and
		// Syria on the list" company: one meets only people ("Tillerson
		// joined Putin").
		f.obj = slices.DeleteFunc(f.obj, func(m Mention) bool { return m.Actors[0].Kind != schema.Person })
		if len(f.obj) == 0 {
			return frame{}, false
		}
	}
	if e.Relation == schema.MetWith && (t.lemma[i] == "receive" || t.lemma[i] == "host") && objWord >= 0 &&
		c.headOf[objWord] < 0 && !agentNouns[t.lemma[objWord]] && len(e.Objects) == 0 {
		return frame{}, false // "received China's highest honor": an award, not a visitor
	}
	if t.lemma[i] == "retaliate" && e.Relation == schema.Attacked {
		if k := c.prepChild(i, "with"); k >= 0 && tradeMeasures[t.lemma[k]] {
			return frame{}, false // "retaliated with tariffs": no armed attack
		}
		for _, k := range t.kids[i] {
			if t.rel[k] == "advcl" && t.hasChildLemma(k, "mark", "by") {
				// "retaliated against Britain by expelling diplomats": the
				// means says what the retaliation was.
				for _, m := range c.x.lex.Lookup(t.lemma[k], schema.Verb) {
					if m.Relation != schema.Attacked {
						f.rel = m.Relation
						break
					}
				}
			}
		}
	}
	if f.rel == schema.CalledOn || f.rel == schema.Demanded {
		for _, k := range t.kids[i] {
			if (t.rel[k] == "obj" || relIs(t.rel[k], "obl") && (t.caseOf(k) == "on" || t.caseOf(k) == "upon")) && businessNouns[t.lemma[k]] && c.headOf[k] < 0 {
				return frame{}, false // "called on U.S. companies to leave": business, no state
			}
		}
	}
	if f.rel == schema.SignedAgreementWith && t.lemma[i] == "sign" && len(e.Objects) == 0 && t.hasChildLemma(i, "compound:prt", "on", "up") {
		return frame{}, false // "ready to sign on for war", "signed up for the program": joining, no accord (a deal signed is its pattern's)
	}
	if f.rel == schema.Attacked && (revengeLemmas[t.lemma[i]] || t.lemma[i] == "hit" && t.hasChildLemma(i, "compound:prt", "back")) && slices.ContainsFunc(c.toks, func(tk token) bool { return tradeWords[tk.key] }) {
		return frame{}, false // "China is retaliating against the U.S. for duties on Chinese imports": trade, no arms
	}
	expelled := t.child(i, "obj")
	if o := expelled; o >= 0 && quantNouns[t.lemma[o]] && c.prepChild(o, "of") >= 0 {
		expelled = c.prepChild(o, "of") // "all of the country's immigrants"
	}
	if o := expelled; f.rel == schema.DowngradedRelations && (expelLemmas[t.lemma[i]] || t.lemma[i] == "deport") && o >= 0 && c.headOf[o] < 0 && migrantNouns[t.lemma[o]] {
		return frame{}, false // "to expel all of the country's undocumented immigrants": no envoys, no ties cut
	}
	if f.rel == schema.DowngradedRelations && expelLemmas[t.lemma[i]] && len(f.obj) > 0 &&
		!slices.ContainsFunc(f.obj, func(m Mention) bool { return m.Actors[0].Kind != schema.Group }) {
		f.rel = schema.Attacked // "Kurdish fighters expelled Islamic State militants from Kobani": by force
	}
	if f.rel == schema.Threatened && t.lemma[i] == "warn" && c.prepChild(i, "about") >= 0 &&
		t.child(i, "ccomp") < 0 && t.child(i, "xcomp") < 0 && c.prepChild(i, "of") < 0 && c.prepChild(i, "against") < 0 {
		return frame{}, false // "warned the Trump administration about a possible plan": a caution, no consequences held out
	}
	if k := t.child(i, "ccomp"); t.lemma[i] == "ask" && t.child(i, "xcomp") < 0 && !c.askedFor(i) && !c.followedBy(i, "to") && !c.toClause(i) && (k < 0 || !t.hasChildLemma(k, "mark", "that") || t.tag[k] != "VB") {
		return frame{}, false // "asked Russia why …": a question, not a call (but "asked that China stop", a subjunctive, is one)
	}
	if f.rel == schema.Criticized && t.lemma[i] == "regret" && t.hasChildLemma(i, "aux", "will", "would", "'ll") {
		return frame{}, false // "said the United States would regret its decision": a threat (penaltyForms), no regret
	}
	if f.rel == schema.Threatened && len(f.obj) == 0 && warnLike[t.lemma[i]] {
		f.obj = c.consequencesFor(i, f.subj)
	}
	c.polarity(&f, i)
	if f.neg && f.rel.Symmetric() && t.lemma[i] == "discuss" && t.child(i, "obj") >= 0 && c.prepChild(i, "with") < 0 {
		// "Trump and Abe didn't discuss a trade deal": a topic the two
		// left out, no meeting denied (but "had not discussed sanctions
		// with Kislyak" denies the talk).
		return frame{}, false
	}
	if e.Reversed {
		f.subj, f.obj = f.obj, f.subj
	}
	if o := t.child(i, "obj"); f.rel == schema.Attacked && (t.lemma[i] == "intercept" || t.lemma[i] == "repel") && o >= 0 && projectileNouns[t.lemma[o]] {
		// "Saudi Arabia intercepted a missile fired by the Houthis": the
		// firer attacked; the one who intercepts defends.
		f.subj, f.obj = f.obj, f.subj
	}
	if o := t.child(i, "obj"); f.rel == schema.Attacked && t.lemma[i] == "intercept" && o >= 0 && craftNouns[t.lemma[o]] {
		return frame{}, false // "Russia intercepted a U.S. Air Force aircraft over the Baltic": shadowed, not struck
	}
	if f.rel == schema.ProvidedAidTo && (t.lemma[i] == "help" || t.lemma[i] == "assist") && allPeople(f.obj) && c.electoralHelp(i) {
		f.rel = schema.Supported // "interfered in the election to help Trump win": political help, no aid
	}
	return f, len(f.subj) > 0
}

// electoralHelp reports whether the help at verb i is to win an election:
// "help Trump win" in a sentence about an election or campaign, "help
// him get reelected".
func (c *clause) electoralHelp(i int) bool {
	t := c.t
	for _, k := range t.kids[i] {
		if t.rel[k] != "xcomp" && t.rel[k] != "ccomp" {
			continue
		}
		switch l := t.lemma[k]; {
		case l == "elect" || l == "reelect" || l == "re-elect":
			return true
		case l == "get" && t.hasChildLemma(k, "xcomp", "elect", "reelect", "re-elect", "elected", "reelected"):
			return true
		case l == "win" || l == "beat" || l == "defeat":
			for _, w := range c.toks {
				switch w.key {
				case "election", "elections", "campaign", "vote", "presidency", "nomination", "primary", "race", "ballot":
					return true
				}
			}
		}
	}
	return false
}

// seatNamed reports whether mention m names a government by its capital
// or seat: "called the Kremlin", "called Beijing" are calls to them.
func (c *clause) seatNamed(m Mention) bool {
	if len(m.Actors) != 1 || m.Actors[0].Kind != schema.Country || m.Place {
		return false
	}
	if c.x.gaz.Metonym(m.Actors[0].Text) {
		return true // "the Kremlin", "the White House"
	}
	_, kind, _ := c.x.lookup(c.toks, m.Start, c.st.date)
	return kind == surfCapital
}

// phoned reports whether "call" at i is a telephone call: a person called
// with nothing said of them ("Putin called Erdogan on Friday", "called
// Macron to discuss Iran"), not named ("called him a liar"), called on,
// for, off or back to a post.
func (c *clause) phoned(i int) bool {
	t := c.t
	o, leaders := t.child(i, "obj"), false
	if o >= 0 && c.headOf[o] < 0 && officeNouns[t.lemma[o]] {
		if k := c.prepChild(o, "of"); k >= 0 && c.headOf[k] >= 0 && c.ms[c.headOf[k]].Actors[0].Kind == schema.Country {
			o, leaders = k, true // "called the presidents of Libya and Egypt": their leaders, by phone
		}
	}
	if o < 0 || c.headOf[o] < 0 || !leaders && !allPeople(c.argsOf(o, true)) && !c.seatNamed(c.ms[c.headOf[o]]) || t.child(i, "compound:prt") >= 0 || t.child(i, "ccomp") >= 0 {
		return false
	}
	for _, k := range t.kids[i] {
		switch r := t.rel[k]; {
		case r == "xcomp" && !(strings.HasPrefix(t.tag[k], "VB") && t.hasChildLemma(k, "mark", "to")):
			return false // "called Kim a madman"
		case relIs(r, "obl") && (t.caseOf(k) == "for" || t.caseOf(k) == "as" || t.caseOf(k) == "on" && !monthOrDay[c.toks[k].key]):
			return false // "called him on his claims", not "on Friday"
		}
	}
	if j := c.ms[c.headOf[o]].End; j+1 < len(c.toks) && c.toks[j].key == "to" && (c.toks[j+1].key == "account" || c.toks[j+1].key == "task") {
		return false // "failing to call Putin to account": held to answer, no call
	}
	if j := c.ms[c.headOf[o]].End; j < len(c.toks) && (c.toks[j].tagged("DT") || c.toks[j].tagged("JJ") || c.toks[j].tagged("PRP$") || c.toks[j].key == "\"" || c.toks[j].key == "'") {
		return false // "called Trump a \"dotard\"", "called Merkel stupid", "calling Seoul its enemy", however parsed
	}
	return true
}

// vetoedBody keeps, of a veto's objects, the bodies that voted: a veto is
// cast in an organisation ("vetoed a draft resolution on Syria at the
// Security Council" is a veto in the UNSC, not of Syria). With none among
// objs, the body the vetoed text names or where it was voted.
//
// With no body named, the text's sponsor is the object ("vetoed a
// French-drafted resolution", "the resolution, drafted by France, was
// vetoed"); failing that, a state's veto of a resolution or draft is cast
// in the Security Council, the one body where states veto texts ("Russia
// has vetoed four resolutions on Syria"; a president's veto of a bill or a
// Congress resolution is not).
func (c *clause) vetoedBody(objs []Mention, objWord int, subj []Mention) []Mention {
	org := func(m Mention) bool { return m.Actors[0].Kind == schema.Organization }
	if slices.ContainsFunc(objs, org) {
		return slices.DeleteFunc(objs, func(m Mention) bool { return !org(m) })
	}
	if objWord < 0 {
		return c.council(subj, 0) // "Russia vetoed, and China abstained"
	}
	t := c.t
	for _, k := range t.kids[objWord] {
		// ("any United Nations/nsubj move": a name the parser made the
		// noun's subject.)
		if r := t.rel[k]; r == "compound" || r == "amod" || r == "nsubj" && k < objWord || relIs(r, "nmod") && (t.caseOf(k) == "at" || t.caseOf(k) == "in" || t.caseOf(k) == "of" || t.caseOf(k) == "by") {
			if got := slices.DeleteFunc(c.argsOf(k, true), func(m Mention) bool { return !org(m) }); len(got) > 0 {
				return got
			}
		}
	}
	if vetoEfforts[t.lemma[objWord]] {
		// "vetoed Western efforts to impose U.N. penalties", "any move to
		// sanction Assad": the body the effort was made in, named in its
		// infinitive, or else the Security Council.
		for _, k := range t.kids[objWord] {
			if t.rel[k] == "acl" && t.hasChildLemma(k, "mark", "to") {
				for _, m := range c.ms {
					if lo, hi := t.span(k); m.Start >= lo && m.End-1 <= hi && org(m) {
						return []Mention{m}
					}
				}
			}
		}
		return c.council(subj, objWord)
	}
	if !vetoTexts[t.lemma[objWord]] {
		return nil
	}
	for _, k := range t.kids[objWord] {
		if n := c.headOf[k]; n >= 0 && (t.rel[k] == "amod" || t.rel[k] == "compound") && sponsorSuffixes[c.ms[n].Suffix] {
			return c.ms[n : n+1] // "a French-drafted resolution"
		}
		if (t.rel[k] == "acl" || t.rel[k] == "acl:relcl") && (coActLemmas[t.lemma[k]] || tableLemmas[t.lemma[k]]) {
			if got := c.byAgent(k); len(got) > 0 {
				return got // "the resolution, drafted by France,", "which was sponsored by Britain", "put forward by France"
			}
		}
		if relIs(t.rel[k], "nmod") && t.caseOf(k) == "by" {
			if got := c.argsOf(k, true); len(got) > 0 {
				return got // "a proposal by Britain"
			}
		}
	}
	for _, k := range t.kids[objWord] {
		if n := c.headOf[k]; n >= 0 && k < objWord && (t.rel[k] == "compound" || t.rel[k] == "amod" || t.rel[k] == "nmod:poss") && c.ms[n].Suffix == "" && c.ms[n].Actors[0].Kind == schema.Country {
			return c.ms[n : n+1] // "the U.S. resolution", "Britain's draft": its sponsor
		}
	}
	return c.council(subj, objWord)
}

// council is the Security Council, where a state's veto is cast when the
// sentence names no body: for subjects that are all states, else nil.
func (c *clause) council(subj []Mention, at int) []Mention {
	if len(subj) == 0 || slices.ContainsFunc(subj, func(m Mention) bool { return m.Actors[0].Kind != schema.Country }) {
		return nil
	}
	if e, ok := c.x.gaz.Entity("UNSC"); ok {
		return []Mention{{Actors: []schema.Actor{c.x.actor(e, "", "")}, Start: at, End: at + 1}}
	}
	return nil
}

// tableLemmas put a text before a body: "put forward by France".
var tableLemmas = map[string]bool{"put": true, "propose": true, "submit": true, "table": true, "introduce": true, "present": true, "circulate": true, "write": true}

// vetoTexts are what a state vetoes in the Security Council.
// vetoEfforts are what a veto blocks besides a text: "vetoed efforts to
// sanction Syria".
var vetoEfforts = map[string]bool{"effort": true, "move": true, "attempt": true, "bid": true, "push": true, "initiative": true, "action": true}

var vetoTexts = map[string]bool{"resolution": true, "draft": true, "text": true, "statement": true, "motion": true, "proposal": true, "measure": true}

// sponsorSuffixes make a modifier the sponsor of a text: "French-drafted".
var sponsorSuffixes = map[string]bool{"drafted": true, "sponsored": true, "proposed": true, "authored": true, "backed": true, "led": true}

// purposeObject returns the object of an attack's purpose clause: the
// actors a to-infinitive under word i acts on ("an offensive to drive
// government forces out").
func (c *clause) purposeObject(i int) []Mention {
	t := c.t
	for _, k := range t.kids[i] {
		if (t.rel[k] == "acl" || t.rel[k] == "advcl" || t.rel[k] == "xcomp" && strings.HasPrefix(t.tag[i], "VB")) && t.hasChildLemma(k, "mark", "to") {
			if !hostilePurposes[t.lemma[k]] && !slices.ContainsFunc(c.x.lex.Lookup(t.lemma[k], schema.Verb), func(e schema.LexiconEntry) bool { return e.Relation == schema.Attacked }) {
				continue // "to give U.N. inspectors access", "to leave the EU": no blow to its object
			}
			if o := t.child(k, "obj"); o >= 0 {
				return c.argsOf(o, true)
			}
		}
	}
	return nil
}

// objectFits reports whether word i is one of a pattern's object nouns; an
// amount of money ("$1.8 billion", "millions of dollars") is "money".
func (c *clause) objectFits(i int, objects []string) bool {
	l := strings.ToLower(c.t.lemma[i]) // "the Strait/NNP of Hormuz"
	if slices.Contains(objects, l) || slices.Contains(objects, c.toks[i].key) {
		return true // (as written: "data", which the lemmatiser reads as "datum")
	}
	if l2 := c.pluralLemma(i); l2 != l && slices.Contains(objects, l2) {
		return true // "dropped barrel bombs/NN": a plural the tagger read as singular
	}
	if kindNouns[l] || quantNouns[l] || seriesNouns[l] {
		// "provided a package of weapons", "a shipment of arms", "seized
		// most of Ukraine's bases": the kind or amount of a thing is the
		// thing.
		for _, k := range c.t.kids[i] {
			if relIs(c.t.rel[k], "nmod") && c.t.caseOf(k) == "of" && c.objectFits(k, objects) {
				return true
			}
		}
	}
	money := l == "$" || l == "dollar" || l == "euro" || l == "pound" || l == "yuan" || l == "rouble" ||
		(l == "million" || l == "billion") && c.t.tag[i] != "CD"
	if money {
		// "withheld $391 million of military aid": the sum of a thing is
		// the thing.
		for _, k := range c.t.kids[i] {
			if relIs(c.t.rel[k], "nmod") && (c.t.caseOf(k) == "of" || c.t.caseOf(k) == "in") && slices.Contains(objects, c.t.lemma[k]) {
				return true
			}
		}
	}
	return money && slices.Contains(objects, "money")
}

// targetedBy returns what a measure or strike at i is said to target in a
// clause on it: "U.S. sanctions that target Iran's oil sales", "EU
// sanctions targeting Russian banks", "strikes aimed at Hezbollah".
func (c *clause) targetedBy(i int) []Mention {
	t := c.t
	for _, k := range t.kids[i] {
		if t.rel[k] != "acl" && t.rel[k] != "acl:relcl" {
			continue
		}
		switch t.lemma[k] {
		case "target", "hit", "punish", "penalize", "penalise", "single":
			if o := t.child(k, "obj"); o >= 0 {
				return c.argsOf(o, true)
			}
		case "aim", "direct":
			for _, p := range []string{"at", "against"} {
				if o := c.prepChild(k, p); o >= 0 {
					got := c.argsOf(o, true)
					for j := range got {
						got[j].Place = false // "aimed at Japan": the target, no place
					}
					return got
				}
			}
		}
	}
	return nil
}

// tripLemmas take their traveller somewhere for an event: "will visit
// Washington for talks with Reagan".
var tripLemmas = map[string]bool{
	"visit": true, "travel": true, "go": true, "come": true, "arrive": true, "fly": true, "head": true,
	"leave": true, "return": true, "depart": true, "set": true, "be": true,
}

// seatedNouns are a state's organs named by their seat: "the foreign
// ministry in Beijing" (not "the Russian embassy in London": an embassy is
// its sender's).
var seatedNouns = map[string]bool{"ministry": true, "government": true, "authority": true, "leadership": true, "parliament": true, "regime": true}

// speakerNouns speak for the body after "for": "a spokesman for the
// Kremlin", "the UN envoy for Syria" is the UN's (the country after a
// title's "for" is its brief, which the possessor or modifier outranks).
var speakerNouns = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "representative": true, "negotiator": true,
}

// heldNouns are the posts an armed side holds: a strike on them strikes it.
var heldNouns = map[string]bool{
	"position": true, "stronghold": true, "base": true, "outpost": true, "camp": true, "headquarters": true,
	"facility": true, "holdout": true, "pocket": true, "checkpoint": true, "post": true,
	"depot": true, "hideout": true, "bunker": true, "compound": true,
}

// meansLemmas make a thing a means to an end: "weaponry employed to
// kill", "missiles designed to carry".
var meansLemmas = map[string]bool{"use": true, "employ": true, "design": true, "intend": true, "build": true, "deploy": true, "develop": true, "mean": true, "aim": true}

// backLemmas back an act another carries out: "an offensive backed by
// Russia".
var backLemmas = map[string]bool{"back": true, "support": true, "sponsor": true, "lead": true, "aid": true, "assist": true, "help": true, "arm": true}

// carryLemmas carry out an act named by the noun they modify: "strikes
// launched against", "raids conducted by".
var carryLemmas = map[string]bool{
	"launch": true, "carry": true, "conduct": true, "mount": true, "stage": true, "wage": true,
	"impose": true, "level": true, "unleash": true, "perform": true, "execute": true,
	"mastermind": true, "orchestrate": true, "perpetrate": true, // "the attacks masterminded by al-Qaeda"
	// An accord's makers: "the agreement drawn up by the US and Russia",
	// "a ceasefire brokered by the US and Russia".
	"draw": true, "broker": true, "negotiate": true, "reach": true, "sign": true, "seal": true, "strike": true, "hammer": true,
	// A decree's: "the expulsion of 40 diplomats ordered by Germany".
	"order": true, "announce": true, "authorize": true, "authorise": true, "approve": true,
}

// guestNouns name one a host welcomes.
var guestNouns = map[string]bool{"visitor": true, "guest": true, "delegation": true, "counterpart": true}

// cessationNouns name a stop to an act: demanding one is demanding it of
// whoever acts.
var cessationNouns = map[string]bool{"end": true, "halt": true, "stop": true, "cessation": true, "freeze": true, "moratorium": true}

// launchAct is no relation: a weapon launched or tested with no target,
// which a later "the launch" or "the test" refers back to as an act to
// judge ("North Korea fired a missile over Japan. Abe condemned the
// launch"). It is only ever an event's, never a triple's.
const launchAct schema.Relation = "launch"

// launchLemmas launch or test what launchedNouns name, and launchNouns
// refer back to such an act.
var (
	launchLemmas  = map[string]bool{"launch": true, "fire": true, "test": true, "test-fire": true, "conduct": true, "detonate": true}
	launchedNouns = map[string]bool{"missile": true, "rocket": true, "satellite": true, "test": true, "icbm": true, "projectile": true, "bomb": true, "device": true}
	launchNouns   = map[string]bool{"launch": true, "test": true, "launches": true, "tests": true, "test-firing": true, "firing": true}
)

// launchForms are launchLemmas' forms, for the parsing prefilter.
var launchForms = formsOf(launchLemmas)

// noteLaunch keeps, for a later "the launch", the actors who launched or
// tested a weapon at no one at verb v: "North Korea fired a ballistic
// missile", "conducted its sixth nuclear test".
func (c *clause) noteLaunch(v int) {
	t := c.t
	o := t.child(v, "obj")
	if o < 0 || !launchedNouns[t.lemma[o]] || c.prepChild(v, "at") >= 0 || c.prepChild(v, "on") >= 0 {
		return
	}
	var f frame
	if c.polarity(&f, v); f.neg || f.mod != schema.Asserted {
		return // "it planned to launch a rocket": none yet
	}
	var agents []schema.Actor
	for _, m := range c.subjectOf(v, 0) {
		agents = append(agents, m.Actors...)
	}
	if len(agents) > 0 {
		c.acts = append(c.acts, event{rel: launchAct, kind: "launch", agents: agents})
	}
}

// recentEvents returns the acts the article told in the last three
// sentences and in this sentence's earlier clauses ("Russia attacked
// Ukraine, and Britain condemned the attack"), the latest last.
func (c *clause) recentEvents() []event {
	events := c.st.events
	for len(events) > 0 && c.st.sentences-events[0].at > 3 {
		events = events[1:]
	}
	if len(c.acts) > 0 {
		events = slices.Clone(events)
		for _, a := range c.acts {
			a.at = c.st.sentences
			events = append(events, a)
		}
	}
	return events
}

// inKindLemmas answer an act in kind: "Israel retaliated with airstrikes",
// "China responded with tariffs of its own"; "hit back", "struck back".
var inKindLemmas = map[string]bool{"retaliate": true, "respond": true, "reply": true, "react": true, "counter": true}

// grabLemmas take things, and seizedGoods are things whose taking "from"
// someone is no fight with them: "seized weapons from the US" names where
// the arms came from (but "seized the town from the rebels" is a battle).
var (
	grabLemmas  = map[string]bool{"seize": true, "capture": true, "take": true, "steal": true, "loot": true, "grab": true}
	seizedGoods = map[string]bool{
		"tank": true, "weapon": true, "arm": true, "arms": true, "equipment": true, "system": true, "launcher": true, "missile": true,
		"rocket": true, "ammunition": true, "munition": true, "vehicle": true, "gun": true, "rifle": true, "document": true,
		"file": true, "material": true, "cash": true, "money": true, "oil": true, "supply": true, "hardware": true,
	}
)

// weaponNouns are what one answers an attack with besides the attacks
// the lexicon knows: "responded with its own rockets".
var weaponNouns = map[string]bool{
	"rocket": true, "missile": true, "shell": true, "bomb": true, "drone": true, "artillery": true,
	"mortar": true, "fire": true, "force": true, "gunfire": true, "barrage": true,
}

// armsKill are what weapons as subjects do for whoever fired them: "a
// Taliban roadside bomb killed two American soldiers" (see weaponNouns).
var armsKill = map[string]bool{"kill": true, "wound": true, "injure": true, "hit": true, "strike": true, "destroy": true}

// answeredInKind reads an act answered in kind, with no target named, as
// done to whoever did that act to the subject in this sentence or the
// last three: "Hamas fired rockets at Israel, and Israel retaliated with
// airstrikes", "The US imposed tariffs on Chinese goods. China responded
// with tariffs of its own".
// lastDoerOf returns, as mentions at token i, the doers of the latest act
// of relation rel the sentence or the three before reported on one of
// subj, or nil.
func (c *clause) lastDoerOf(rel schema.Relation, subj []Mention, i int) []Mention {
	return c.lastDoer(subj, i, func(r schema.Relation) bool { return r == rel })
}

// hostileActs are the acts a response or revenge answers.
var hostileActs = []schema.Relation{schema.Attacked, schema.Sanctioned, schema.DowngradedRelations}

// lastHostileDoer returns the doers of the latest hostile act the article
// reported against subj ("Britain expelled 23 Russian diplomats. Moscow
// said it would respond in kind."), or nil.
func (c *clause) lastHostileDoer(subj []Mention, i int) []Mention {
	return c.lastDoer(subj, i, func(r schema.Relation) bool { return slices.Contains(hostileActs, r) })
}

// lastDoer returns the doers (other than subj) of the latest recent act
// whose relation is one of rels and whose targets include subj, as
// mentions at word i, or nil.
func (c *clause) lastDoer(subj []Mention, i int, rels func(schema.Relation) bool) []Mention {
	// The subject or, for a person, the state they lead or serve: "China
	// imposed tariffs on American goods. Trump vowed to retaliate."
	stands := func(id string) bool {
		return hasActor(subj, id) || slices.ContainsFunc(subj, func(m Mention) bool {
			return m.Actors[0].Kind == schema.Person && m.Actors[0].Country == id
		})
	}
	events := c.recentEvents()
	for j := len(events) - 1; j >= 0; j-- {
		e := events[j]
		if !rels(e.rel) || !slices.ContainsFunc(e.targets, func(a schema.Actor) bool { return stands(a.ID) }) {
			continue
		}
		var doers []Mention
		for _, a := range e.agents {
			if !stands(a.ID) {
				a.Text = c.toks[i].text
				doers = append(doers, Mention{Actors: []schema.Actor{a}, Start: i, End: i + 1})
			}
		}
		return doers
	}
	return nil
}

func (c *clause) answeredInKind(i int) (frame, bool) {
	t := c.t
	if !strings.HasPrefix(t.tag[i], "VB") || !inKindLemmas[t.lemma[i]] && !c.hitBack(i) {
		return frame{}, false
	}
	if t.rel[i] == "xcomp" || t.rel[i] == "amod" || t.child(i, "obj") >= 0 || t.hasChildLemma(i, "aux", "will", "would", "could", "may", "might", "shall", "'ll", "should", "must", "to") {
		return frame{}, false // "vowed to retaliate", "will respond": a threat, not an act
	}
	if h := t.head[i]; h >= 0 && (t.lemma[h] == "close" || t.lemma[h] == "near" || t.hasChildLemma(h, "advmod", "close", "near") || t.hasChildLemma(h, "xcomp", "close", "near")) {
		return frame{}, false // "came close to retaliating": it did not
	}
	var rel schema.Relation
	for _, k := range t.kids[i] {
		if !relIs(t.rel[k], "obl") {
			continue
		}
		switch cs := t.caseOf(k); {
		case cs == "against" || cs == "at" || cs == "on" || cs == "to":
			return frame{}, false // the target is named: "retaliated against Hamas", "responded to the attack"
		case cs == "with" && (weaponNouns[t.lemma[k]] || c.attackNoun(k)):
			rel = schema.Attacked
		case cs == "with" && (t.lemma[k] == "tariff" || t.lemma[k] == "sanction" || t.lemma[k] == "duty" || t.lemma[k] == "levy"):
			rel = schema.Sanctioned
		}
	}
	subj := c.subjectOf(i, 0)
	if rel == "" || len(subj) == 0 {
		return frame{}, false
	}
	doers := c.lastDoerOf(rel, subj, i)
	if len(doers) == 0 {
		return frame{}, false
	}
	return frame{rel: rel, trigger: i, subj: subj, obj: doers, mod: schema.Asserted, conf: 0.7, rule: "noun-adjunct"}, true
}

// hasActor reports whether one of ms names the actor id.
func hasActor(ms []Mention, id string) bool {
	return slices.ContainsFunc(ms, func(m Mention) bool {
		return slices.ContainsFunc(m.Actors, func(a schema.Actor) bool { return a.ID == id })
	})
}

// hitBackLemmas answer with "back": "hit back", "struck back", "fired back".
var hitBackLemmas = map[string]bool{"hit": true, "strike": true, "fire": true}

// hitBack reports whether the verb at v is "hit/struck/fired back".
func (c *clause) hitBack(v int) bool {
	return hitBackLemmas[c.t.lemma[v]] && (c.t.hasChildLemma(v, "compound:prt", "back") || c.t.hasChildLemma(v, "advmod", "back"))
}

// inKindForms and hitBackForms are the forms of inKindLemmas and
// hitBackLemmas, for the parsing prefilter.
var inKindForms, hitBackForms = formsOf(inKindLemmas), formsOf(hitBackLemmas)

// recalledEvent returns, for a definite event noun with no actor of its
// own that a verb of judgment takes as its object ("Egypt condemned the
// strikes", "called the raid an act of murder", "questioned the legality
// of the raids"), the agents of the latest such act the article reported
// in the last three sentences, other than the judge.
func (c *clause) recalledEvent(i int) []Mention {
	t := c.t
	charge := chargeNouns[t.lemma[i]] && t.head[i] >= 0 && t.rel[i] == "obj" && rebutLemmas[t.lemma[t.head[i]]]
	if !strings.HasPrefix(t.tag[i], "NN") || c.headOf[i] >= 0 || !t.hasChildLemma(i, "det", "the", "this", "these", "that", "those") && !(charge && t.hasChildLemma(i, "det", "any", "all")) {
		return nil
	}
	for _, k := range t.kids[i] {
		if r := t.rel[k]; r == "nmod:poss" || relIs(r, "nmod") || r == "compound" || r == "amod" && c.headOf[k] >= 0 {
			return nil // "the US strikes", "the strikes on Syria": the phrase says
		}
		if _, ok := c.demonym(k); ok {
			return nil
		}
	}
	var rel schema.Relation
	for _, e := range c.x.lex.Lookup(t.lemma[i], schema.Noun) {
		if recalledActs[e.Relation] {
			rel = e.Relation
			break
		}
	}
	if charge {
		// "Damascus rejected the charge", "Pyongyang denied any role": the
		// one who made the accusation the article reported.
		rel = schema.Accused
	}
	if rel == "" && launchNouns[t.lemma[i]] {
		rel = launchAct // "North Korea fired a missile … Abe condemned the launch"
	}
	if rel == "" {
		return nil
	}
	// The verb of judgment: the noun's own, or through "the legality of".
	v, w := t.head[i], i
	if v >= 0 && relIs(t.rel[i], "nmod") && t.caseOf(i) == "of" && strings.HasPrefix(t.tag[v], "NN") {
		v, w = t.head[v], v
	}
	// Or the act one asks to stop: "demanded a halt to the strikes".
	halted := false
	if v >= 0 && relIs(t.rel[w], "nmod") && t.caseOf(w) == "to" && cessationNouns[t.lemma[v]] && t.rel[v] == "obj" && t.head[v] >= 0 && (wishLemmas[t.lemma[t.head[v]]] || mandativeLemmas[t.lemma[t.head[v]]]) {
		v, w, halted = t.head[v], v, true
	}
	// Or the act one answers: "vowed to retaliate against the strikes",
	// "vowed revenge for the killing".
	response := false
	if cs := t.caseOf(w); v >= 0 && (relIs(t.rel[w], "obl") || relIs(t.rel[w], "nmod")) {
		switch {
		case responseLemmas[t.lemma[v]] && (cs == "against" || cs == "to" || cs == "for"):
			response = true
		case revengeNouns[t.lemma[v]] && cs == "for" && t.head[v] >= 0:
			v, response = t.head[v], true
		}
	}
	if v < 0 || !response && !halted && (t.rel[w] != "obj" && t.rel[w] != "nsubj:pass" || !judging(c.x.lex, t.lemma[v])) {
		return nil
	}
	judge := c.subjectOf(v, 0)
	if t.rel[w] == "nsubj:pass" {
		judge = c.byAgent(v) // "the strikes were condemned by Egypt"
	}
	events := c.recentEvents()
	for j := len(events) - 1; j >= 0; j-- {
		e := events[j]
		if e.rel != rel || e.kind != actFamily(c.toks[i].key) && !charge && rel != launchAct {
			continue
		}
		return c.mentionsAt(i, e.agents, judge)
	}
	return nil
}

// deniedCharge reads "this", "it" or "that" denied, rejected or
// dismissed by the one the article last reported accused: the accuser
// ("Turkey says Khashoggi was murdered by Saudi agents, but the Saudis
// have denied this"). i is the pronoun.
func (c *clause) deniedCharge(i int) []Mention {
	t := c.t
	v := t.head[i]
	if k := c.toks[i].key; k != "this" && k != "it" && k != "that" || t.rel[i] != "obj" || v < 0 || !rebutLemmas[t.lemma[v]] {
		return nil
	}
	denier := c.subjectOf(v, 0)
	events := c.recentEvents()
	for j := len(events) - 1; j >= 0; j-- {
		if e := events[j]; e.rel == schema.Accused {
			if !slices.ContainsFunc(e.targets, func(a schema.Actor) bool { return hasActor(denier, a.ID) }) {
				return nil // "Iran accused Israel …; Russia denied it": not the accused
			}
			return c.mentionsAt(i, e.agents, nil)
		}
	}
	return nil
}

// described reads a verb that names its object by a damning word, as read
// from the tree: "described the raids as criminal", "called the downing a
// crime" (the object an actor, an actor's act, or an act the article
// reported before); the subject criticizes the actor.
func (c *clause) described(i int) (frame, bool) {
	t := c.t
	if !strings.HasPrefix(t.tag[i], "VB") || !describeLemmas[t.lemma[i]] && !dismissLemmas[t.lemma[i]] || t.lemma[i] == "question" || t.lemma[i] == "regret" ||
		t.lemma[i] == "single" && !t.hasChildLemma(i, "compound:prt", "out") {
		return frame{}, false
	}
	o := t.child(i, "obj")
	if io := t.child(i, "iobj"); io >= 0 && io < o {
		o = io // "calls Iran/iobj a state sponsor/obj of terrorism": the one named, then the name
	}
	if h := t.head[i]; o < 0 && t.rel[i] == "acl:relcl" && h >= 0 && h < i && strings.HasPrefix(t.tag[h], "NN") {
		o = h // "…, an act Manila called "excessive"": what the relative clause names
	}
	if o < 0 {
		return frame{}, false
	}
	damning, praising, false_ := false, false, false
	if k := t.child(o, "compound"); k >= 0 && negativeWords[c.toks[o].key] && !negativeWords[c.toks[k].key] {
		// "called Russia's decision provocative/obj" with the decision
		// read as the adjective's compound: the decision, and the
		// possessor the parser hung on the adjective, are the object.
		if p := t.child(o, "nmod:poss"); p >= 0 && t.child(k, "nmod:poss") < 0 {
			o = p
		} else {
			o = k
		}
		damning = true
	}
	for _, k := range t.kids[o] {
		// "called ISIL/flat terrorists/obj": a name and a plural read as
		// one noun are the object and its name.
		if r := t.rel[k]; (r == "flat" || r == "compound") && k == o-1 && t.tag[o] == "NNS" && negativeWords[c.toks[o].key] && !damning {
			if c.headOf[k] >= 0 {
				o, damning = k, true
			} else if c.headOf[o] >= 0 {
				damning = true // the name and its plural one mention: "ISIL terrorists"
			}
		}
	}
	for _, k := range t.kids[i] {
		// The name: an as-phrase ("described … as criminal") or a second
		// object or predicate ("called the downing a crime").
		as := (relIs(t.rel[k], "obl") || t.rel[k] == "advcl" || t.rel[k] == "xcomp") && (t.caseOf(k) == "as" || t.hasChildLemma(k, "mark", "as"))
		second := (t.rel[k] == "xcomp" || (t.rel[k] == "obj" || t.rel[k] == "obl:unmarked" || t.rel[k] == "obl:npmod") && k > o) && !dismissLemmas[t.lemma[i]] // one dismisses "as" a thing
		if (as || second) && slices.ContainsFunc(t.conjuncts(k), func(j int) bool {
			return negativeWords[c.toks[j].key] || judgmentWords[t.lemma[j]] || (judgedActs[t.lemma[j]] || judgedKinds[t.lemma[j]]) && slices.ContainsFunc(t.kids[j], func(q int) bool {
				return (t.rel[q] == "amod" || t.rel[q] == "compound") && negativeWords[c.toks[q].key]
			})
		}) {
			damning = true // (and "called the expulsions a hostile act", "singled out Iran as a terrorist state", "rejected the statement as baseless and irresponsible")
		}
		if (as || second) && slices.ContainsFunc(t.conjuncts(k), func(q int) bool {
			return falsityWords[c.toks[q].key] || t.hasChildLemma(q, "amod", "baseless", "false", "groundless", "unfounded")
		}) {
			false_ = true // "an allegation Moscow called "baseless"", "dismissed the charges as false and defamatory"
		}
		if (as || second) && (t.lemma[k] == "declaration" || t.lemma[k] == "act") && slices.ContainsFunc(t.kids[k], func(q int) bool {
			return relIs(t.rel[q], "nmod") && t.caseOf(q) == "of" && (t.lemma[q] == "war" || judgmentWords[t.lemma[q]] || negativeWords[c.toks[q].key])
		}) {
			damning = true // "called Seoul's move a declaration of war", "an act of piracy", "an act of terrorism"
		}
		if (as || second) && sponsorNouns[t.lemma[k]] && slices.ContainsFunc(t.kids[k], func(q int) bool {
			return relIs(t.rel[q], "nmod") && t.caseOf(q) == "of" && (terrorNouns[t.lemma[q]] || negativeWords[c.toks[q].key])
		}) {
			damning = true // "described Iran as the world's leading sponsor of terrorism"
		}
		if (as || second) && badPlaceNouns[t.lemma[k]] && slices.ContainsFunc(t.kids[k], func(q int) bool {
			w := c.toks[q].key
			return relIs(t.rel[q], "nmod") && (t.caseOf(q) == "of" || t.caseOf(q) == "for") && (terrorNouns[t.lemma[q]] || negativeWords[w] || strings.HasSuffix(w, "ism") || w == "hate" || w == "hatred")
		}) {
			damning = true // "calling the UN a global epicenter of anti-Semitism", "a haven for terrorists"
		}
		if (as || second) && t.lemma[i] != "question" && t.lemma[i] != "regret" && (praiseWords[t.lemma[k]] || praiseNouns[t.lemma[k]] && t.hasChildLemma(k, "amod", praiseAdjectives...)) {
			praising = true // "called Kim's decision a positive step", "described the talks as constructive"
		}
		if (as || second) && t.lemma[k] == "friend" && (t.child(k, "amod") < 0 || t.hasChildLemma(k, "amod", friendAdjectives...)) && c.prepChild(k, "of") < 0 && c.prepChild(k, "to") < 0 {
			// "called India a true friend" (not "a friend of Iran":
			// another's; nor "a difficult friend"; an ally or a partner is
			// a relation described, no praise: "called Japan a close
			// partner")
			praising = true
		}
	}
	claim := chargeNouns[t.lemma[o]] || claimNouns[t.lemma[o]] || claimSums[t.lemma[o]]
	if !damning && !praising && !(false_ && claim) {
		return frame{}, false
	}
	if t.tag[o] == "PRP" {
		return frame{}, false // "calling them a violation": what "them" is, the window rule reads
	}
	f := frame{rel: schema.Criticized, trigger: i, conf: 0.75, rule: "description", subj: c.subjectOf(i, 0), obj: c.argsOf(o, true)}
	if len(f.obj) == 0 && strings.HasPrefix(t.tag[o], "NN") {
		f.obj, _ = c.doneBy(o) // "described the seizure of its tanker by Britain as an act of piracy"
	}
	if praising && !damning {
		f.rel = schema.Supported
	}
	if false_ && claim {
		f.rel = schema.Rejected // a claim named false is denied: its maker rebuffed
	}
	c.polarity(&f, i)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// falsityWords name a claim untrue: who calls a charge so rejects it.
var falsityWords = map[string]bool{
	"baseless": true, "false": true, "groundless": true, "unfounded": true, "fabricated": true, "untrue": true,
	"nonsense": true, "absurd": true, "fake": true, "lie": true, "lies": true, "slander": true, "smear": true,
	"fiction": true, "fabrication": true, "ridiculous": true, "far-fetched": true, "defamatory": true, "baloney": true,
}

// praiseWords name a thing well; praiseNouns with a praiseAdjective do
// ("a positive step", "a great thing"): the namer supports its doer.
var (
	praiseWords      = map[string]bool{"positive": true, "constructive": true, "historic": true, "courageous": true, "encouraging": true, "welcome": true, "breakthrough": true, "excellent": true, "productive": true}
	praiseNouns      = map[string]bool{"step": true, "thing": true, "news": true, "move": true, "sign": true, "signal": true, "development": true, "progress": true, "decision": true}
	praiseAdjectives = []string{"positive", "good", "great", "important", "significant", "welcome", "major", "historic", "constructive", "encouraging", "meaningful", "big", "right"}
	friendAdjectives = []string{"vital", "key", "close", "strong", "true", "reliable", "staunch", "trusted", "valued", "strategic", "loyal", "good", "great", "important", "steadfast"}
)

// materialKinds make support or backing material aid (guideline: aid,
// arms, money, supplies): "financial support", "military backing".
var materialKinds = []string{"financial", "military", "material", "logistical", "logistic", "economic", "monetary", "humanitarian", "budget", "budgetary"}

// closingLemmas end or close a mutual event that took place: "ended two
// days of talks", "wrapped up their summit".
var closingLemmas = map[string]bool{"end": true, "wrap": true, "complete": true, "finish": true, "close": true}

// contestedActs are what one fights with words or in court: "fight the
// decision", "battle the ruling".
var contestedActs = map[string]bool{
	"decision": true, "move": true, "ruling": true, "plan": true, "law": true, "policy": true, "proposal": true,
	"measure": true, "bill": true, "order": true, "ban": true, "recognition": true, "verdict": true, "sanction": true,
	"tariff": true, "resolution": true, "rule": true, "regulation": true, "attempt": true, "effort": true, "bid": true,
}

// corefNoun reports whether the word at i may refer back to an actor:
// a pronoun or a definite description ("the country").
func (c *clause) corefNoun(i int) bool {
	return c.t.tag[i] == "PRP" || corefWords[c.toks[i].key]
}

// actVerb reports whether the lexicon knows verb l for a one-sided act
// only ("fight"; not "spend" time with, a meeting).
func (c *clause) actVerb(l string) bool {
	es := c.x.lex.Lookup(l, schema.Verb)
	return len(es) > 0 && !slices.ContainsFunc(es, func(e schema.LexiconEntry) bool { return e.Relation.Symmetric() && e.Relation != schema.CooperatedWith })
}

// jointAct reads an act done jointly by two actors or more: "Russian jets
// and Syrian forces launched a joint offensive", "Russia and Turkey will
// jointly patrol the zone": they cooperate.
// agreedOn reads "Russia and Turkey agreed on a ceasefire", "Iran agreed
// to a truce with Iraq": to agree on a deal or truce is to conclude it,
// each party with the others or with the one after "with".
func (c *clause) agreedOn(i int) (frame, bool) {
	t := c.t
	if t.lemma[i] != "agree" || !strings.HasPrefix(t.tag[i], "VB") {
		return frame{}, false
	}
	deal := -1
	for _, k := range t.kids[i] {
		if p := t.caseOf(k); relIs(t.rel[k], "obl") && (p == "on" || p == "to" || p == "upon") && (truceNouns[t.lemma[k]] || negotiatedThings[t.lemma[k]] && t.lemma[k] != "program" || agreedThings[t.lemma[k]]) {
			deal = k
		}
	}
	for _, k := range t.kids[i] {
		// "Saudi Arabia and Iran agreed to restore diplomatic relations":
		// ties set up by agreement are an accord.
		if o := t.child(k, "obj"); deal < 0 && t.rel[k] == "xcomp" && tieSetters[t.lemma[k]] && o >= 0 && (t.lemma[o] == "tie" || t.lemma[o] == "relation") {
			deal = o
		}
	}
	if deal < 0 {
		return frame{}, false
	}
	f := frame{rel: schema.SignedAgreementWith, trigger: i, conf: 0.75, rule: "symmetric-subjects"}
	agents := c.subjectOf(i, 0)
	var offeredBy []Mention // "agreed to a cease-fire offered by the Saudi-led coalition": its other party (not one that brokered it)
	for _, k := range t.kids[deal] {
		if a := t.child(k, "obl:agent"); t.rel[k] == "acl" && (t.lemma[k] == "offer" || t.lemma[k] == "propose" || t.lemma[k] == "put") && a >= 0 {
			offeredBy = c.others(c.argsOf(a, true), agents)
		}
	}
	if with := c.prepArgs(i, []string{"with"}); len(with) > 0 || len(offeredBy) > 0 {
		if len(with) == 0 {
			with = offeredBy
		}
		f.subj, f.obj = agents, with
		f.rule = "verb-prep"
	} else {
		if len(agents) == 1 && len(agents[0].Actors) == 2 {
			a, b := agents[0], agents[0] // "the two sides agreed on a truce"
			a.Actors, b.Actors = a.Actors[:1], a.Actors[1:]
			agents = []Mention{a, b}
		}
		if len(agents) < 2 {
			return frame{}, false
		}
		f.subj, f.obj = agents[:1], agents[1:]
	}
	c.polarity(&f, i)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// tieSetters set up or mend diplomatic ties.
var tieSetters = map[string]bool{"establish": true, "restore": true, "reestablish": true, "re-establish": true, "normalize": true, "normalise": true, "resume": true, "upgrade": true}

// agreedThings are, besides deals and truces, what parties that agree on
// them conclude together: "agreed on a roadmap to peace" (not a mere
// plan: "agreed on a plan during talks" may be each its own).
var agreedThings = map[string]bool{"roadmap": true, "framework": true, "blueprint": true, "arrangement": true, "compromise": true, "text": true, "declaration": true, "statement": true}

// broughtTogether reads "Qatar brought together the Taliban and U.S.
// officials for talks": the ones brought together met.
func (c *clause) broughtTogether(i int) (frame, bool) {
	t := c.t
	if o := t.child(i, "obj"); t.lemma[i] != "bring" || !t.hasChildLemma(i, "advmod", "together") && !t.hasChildLemma(i, "compound:prt", "together") &&
		!(o >= 0 && t.hasChildLemma(o, "advmod", "together")) { // "bringing together/advmod-of-representatives representatives of"
		return frame{}, false
	}
	o := t.child(i, "obj")
	if o < 0 {
		return frame{}, false
	}
	parties := c.argsOf(o, true)
	if len(parties) < 2 {
		return frame{}, false
	}
	f := frame{rel: schema.MetWith, trigger: i, conf: 0.75, rule: "symmetric-subjects", subj: parties[:1], obj: parties[1:]}
	c.polarity(&f, i)
	return f, true
}

func (c *clause) jointAct(i int) (frame, bool) {
	t := c.t
	var agents []Mention
	switch {
	case (strings.HasPrefix(t.tag[i], "NN") || t.tag[i] == "JJ" && nominalRels[t.rel[i]]) && t.hasChildLemma(i, "amod", "joint", "combined") && (len(c.x.lex.Lookup(t.lemma[i], schema.Noun)) > 0 || jointNouns[t.lemma[i]]):
		v := t.head[i]
		if h := v; relIs(t.rel[i], "nmod") && t.caseOf(i) == "in" && h >= 0 && t.rel[h] == "obj" {
			v = t.head[h] // "killed an official in a joint raid", the phrase hung on the object
		}
		if agents, _ = c.modifierActors(i); len(agents) == 0 && (t.rel[i] == "obj" || (relIs(t.rel[i], "obl") || relIs(t.rel[i], "nmod")) && t.caseOf(i) == "in") && v >= 0 && strings.HasPrefix(t.tag[v], "VB") {
			agents = c.subjectOf(v, 0) // "held joint drills", "killed an IS official in a joint raid"
		}
	case strings.HasPrefix(t.tag[i], "VB") && (t.hasChildLemma(i, "advmod", "jointly") || t.hasChildLemma(i, "advmod", "together") && c.actVerb(t.lemma[i])):
		// "will jointly develop a train", "fought together against ISIS".
		agents = c.subjectOf(i, 0)
	default:
		return frame{}, false
	}
	ids := map[string]bool{}
	for _, m := range agents {
		for _, a := range m.Actors {
			ids[a.ID] = true
		}
	}
	if len(ids) < 2 {
		return frame{}, false // "a joint offensive with …" reads its partner by the noun's own frame
	}
	if len(agents) == 1 {
		// "the two countries started joint patrols": one mention, two states.
		a, b := agents[0], agents[0]
		a.Actors, b.Actors = a.Actors[:1], a.Actors[1:]
		agents = []Mention{a, b}
	}
	f := frame{rel: schema.CooperatedWith, trigger: i, conf: 0.75, rule: "symmetric-subjects", subj: agents[:1], obj: agents[1:]}
	if v := t.head[i]; !strings.HasPrefix(t.tag[i], "VB") && v >= 0 {
		c.polarity(&f, v)
		if f.mod == schema.Asserted && !lightLemmas[t.lemma[v]] && !judgeLemmas[t.lemma[v]] && !judgeForLemmas[t.lemma[v]] && t.rel[i] == "obj" || weighLemmas[t.lemma[v]] || t.rel[v] == "advcl" && t.tag[v] == "VBG" && t.hasChildLemma(v, "mark", "about", "on", "over") {
			// ("condemned the joint drills": they were held.)
			f.mod = schema.Hypothetical // "consider joint patrols", "talks about conducting joint patrols"
		}
	} else {
		c.polarity(&f, i)
	}
	return f, true
}

// atRequest reads "at X's request", "at the request of X": X asked the
// clause's subject to act ("NATO called a meeting at Ankara's request").
func (c *clause) atRequest(i int) (frame, bool) {
	t := c.t
	if t.lemma[i] != "request" || t.caseOf(i) != "at" || !relIs(t.rel[i], "obl") && !relIs(t.rel[i], "nmod") {
		return frame{}, false
	}
	asker := c.asker(i)
	v := t.head[i]
	for v >= 0 && !strings.HasPrefix(t.tag[v], "VB") {
		v = t.head[v]
	}
	if len(asker) == 0 || v < 0 {
		return frame{}, false
	}
	f := frame{rel: schema.CalledOn, trigger: i, conf: 0.75, rule: "noun-poss", subj: asker, obj: c.subjectOf(v, 0)}
	c.polarity(&f, v)
	f.neg, f.mod = false, schema.Asserted // the request was made, whatever came of it
	return f, len(f.obj) > 0
}

// forceAgainst reads an actor said to be a fighting force against
// another as fighting it: "the Peshmerga are the toughest fighters against the
// Islamic State", "the YPG, the main ground force against ISIS,".
func (c *clause) forceAgainst(i int) (frame, bool) {
	t := c.t
	if !combatNouns[t.lemma[i]] || !strings.HasPrefix(t.tag[i], "NN") {
		return frame{}, false
	}
	k, s := c.prepChild(i, "against"), -1
	switch {
	case k < 0:
		return frame{}, false
	case t.child(i, "cop") >= 0:
		s = t.child(i, "nsubj")
	case t.rel[i] == "appos":
		if lo, _ := t.span(i); c.toks[lo].key == "," || lo > 0 && c.toks[lo-1].key == "," {
			s = t.head[i] // (not a headline's "Obama to Congress: Authorize force against ISIS")
		}
	}
	if s < 0 || c.headOf[s] < 0 {
		return frame{}, false
	}
	f := frame{rel: schema.Attacked, trigger: i, conf: 0.7, rule: "noun-predicate", subj: c.argsOf(s, false)}
	f.obj = c.others(c.argsOf(k, true), f.subj)
	c.polarity(&f, i)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// combatNouns are the fighting forces one side is to another.
var combatNouns = map[string]bool{"fighter": true, "force": true, "army": true, "militia": true, "combatant": true, "bulwark": true}

// stayedIn reads a person's days, time or visit in a foreign country as
// a visit: "during Xi's three days in Washington", "Netanyahu's time in
// Washington", "his visit in Tokyo". The person must be from elsewhere.
func (c *clause) stayedIn(i int) (frame, bool) {
	t := c.t
	if !stayNouns[t.lemma[i]] || !strings.HasPrefix(t.tag[i], "NN") {
		return frame{}, false
	}
	p, in := t.child(i, "nmod:poss"), c.prepChild(i, "in")
	if in < 0 && i+1 < len(c.toks) && c.toks[i+1].key == "in" && t.head[i+1] > i {
		in = t.head[i+1] // "Xi's three days in Washington", the place hung on the verb
	}
	where, ok := c.stateAt(in)
	if p < 0 || !ok || !c.ms[c.headOf[in]].Place && !c.x.countryNamed(where) {
		return frame{}, false
	}
	person := c.argsOf(p, false) // ("his visit in Tokyo": the one "his" is)
	if len(person) != 1 || !allPeople(person) {
		return frame{}, false
	}
	f := frame{rel: schema.Visited, trigger: i, conf: 0.65, rule: "noun-poss", subj: c.awayFrom(person, where.Actors[0].ID), obj: []Mention{where}}
	c.polarity(&f, i)
	return f, len(f.subj) > 0
}

// stayNouns are the time one spends in a place, and the visits one makes
// there: "during his visit in Washington". (A "stay" or a "stopover" is a
// visit noun of the lexicon.)
var stayNouns = map[string]bool{"day": true, "time": true, "week": true, "hour": true, "night": true, "visit": true, "trip": true, "tour": true}

// drawnInto reads a side brought or drawn into a struggle against another
// as fighting it: "the bombing brought Egypt into the campaign against
// ISIS", "Turkey was drawn into the war against the Islamic State".
func (c *clause) drawnInto(i int) (frame, bool) {
	t := c.t
	if !drawLemmas[t.lemma[i]] || !strings.HasPrefix(t.tag[i], "VB") {
		return frame{}, false
	}
	into := c.prepChild(i, "into")
	if into < 0 || !struggleNouns[t.lemma[into]] {
		return frame{}, false
	}
	k := c.prepChild(into, "against")
	if k < 0 {
		return frame{}, false
	}
	f := frame{rel: schema.Attacked, trigger: into, conf: 0.7, rule: "verb-prep"}
	if o := t.child(i, "obj"); o >= 0 {
		f.subj = c.argsOf(o, false)
	} else if t.child(i, "aux:pass") >= 0 {
		f.subj = c.subjectOf(i, 0) // "refused to be dragged into the war"
	}
	f.obj = c.others(c.argsOf(k, true), f.subj)
	c.polarity(&f, i)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// drawLemmas bring a side into a struggle.
var drawLemmas = map[string]bool{"bring": true, "draw": true, "drag": true, "pull": true, "suck": true}

// sentTo reads a person sent to a country as visiting it: "Obama sent
// Kerry to Riyadh", "dispatched his envoy, Zalmay Khalilzad, to
// Kabul". Troops or aid sent are no visitors.
func (c *clause) sentTo(i int) (frame, bool) {
	t := c.t
	if (t.lemma[i] != "send" && t.lemma[i] != "dispatch") || !strings.HasPrefix(t.tag[i], "VB") {
		return frame{}, false
	}
	o, k := t.child(i, "obj"), c.prepChild(i, "to")
	if o >= 0 && k < 0 {
		k = c.prepChild(o, "to") // "sent Pompeo to/nmod Pyongyang"
	}
	where, ok := c.stateAt(k)
	if o < 0 || !ok {
		return frame{}, false
	}
	if a := t.child(o, "appos"); c.headOf[o] < 0 && a >= 0 {
		o = a // "sent his envoy, Zalmay Khalilzad, to Kabul"
	}
	if t.hasChildLemma(i, "advmod", "back") || t.hasChildLemma(i, "compound:prt", "back") {
		return frame{}, false // "sent him back" is no visit
	}
	var visitor []Mention
	switch {
	case c.headOf[o] >= 0:
		if visitor = c.ms[c.headOf[o] : c.headOf[o]+1]; !allPeople(visitor) {
			return frame{}, false // a named person sent ("his reports" are no visitor)
		}
	case delegateNouns[t.lemma[o]]:
		// "Japan sent an envoy to Seoul", "will send a delegation": the
		// state goes through those it sends, theirs by name or else the
		// sender's.
		if visitor, _ = c.modifierActors(o); len(visitor) == 0 {
			visitor = c.subjectOf(i, 0)
		}
	default:
		return frame{}, false
	}
	f := frame{rel: schema.Visited, trigger: i, conf: 0.7, rule: "verb-prep", subj: visitor, obj: c.others([]Mention{where}, visitor)}
	c.polarity(&f, i)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// barredInspectors reads a state keeping another's inspectors or monitors
// out as a rejection of their sender: "Tehran would not allow IAEA
// inspectors into the plant", "barred IAEA inspectors from the site",
// "refused entry to OPCW investigators". (Letting them in is no relation.)
func (c *clause) barredInspectors(i int) (frame, bool) {
	t := c.t
	let, bar := permitLemmas[t.lemma[i]], barLemmas[t.lemma[i]]
	if !let && !bar || !strings.HasPrefix(t.tag[i], "VB") {
		return frame{}, false
	}
	k := t.child(i, "obj")
	if k >= 0 && (t.lemma[k] == "entry" || t.lemma[k] == "access") {
		if to := c.prepChild(k, "to"); to >= 0 {
			k = to // "refused entry to IAEA inspectors"
		} else {
			k = max(t.child(i, "iobj"), c.prepChild(i, "to"))
		}
	}
	if k < 0 || !inspectorNouns[t.lemma[k]] {
		return frame{}, false
	}
	f := frame{rel: schema.Rejected, trigger: i, conf: 0.7, rule: "verb-obj", subj: c.subjectOf(i, 0)}
	f.obj = c.others(c.argsOf(k, true), f.subj)
	c.polarity(&f, i)
	if let {
		if !f.neg {
			return frame{}, false
		}
		f.neg = false // "would not allow them in" refuses them
		if t.hasChildLemma(i, "aux", "would") && !t.hasChildLemma(i, "mark", "if", "unless") && f.mod == schema.Hypothetical {
			f.mod = schema.Asserted // a refusal told in the past, not a guess
		}
	}
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// barLemmas keep someone out; inspectorNouns are the envoys sent to look.
var (
	barLemmas      = map[string]bool{"bar": true, "block": true, "deny": true, "refuse": true, "ban": true, "expel": true}
	inspectorNouns = map[string]bool{"inspector": true, "monitor": true, "observer": true, "investigator": true}
)

// lentBases reads a state letting another use its territory: "Pakistan
// allowed American aircraft to use its airspace", "let the Americans use
// their bases", "granted the United States access to its bases": they
// cooperate.
func (c *clause) lentBases(i int) (frame, bool) {
	t := c.t
	if !permitLemmas[t.lemma[i]] || !strings.HasPrefix(t.tag[i], "VB") {
		return frame{}, false
	}
	guest, use := -1, -1
	for _, k := range t.kids[i] {
		switch {
		case t.rel[k] == "obj" || t.rel[k] == "iobj":
			if guest < 0 {
				guest = k
			}
			for _, u := range t.kids[k] {
				if (t.rel[u] == "acl" && t.lemma[u] == "use") || t.lemma[u] == "access" && t.rel[u] == "nsubj" {
					use = u
				}
			}
			if t.lemma[k] == "access" {
				use = k
			}
		case (t.rel[k] == "xcomp" || t.rel[k] == "ccomp") && t.lemma[k] == "use":
			use = k
		}
	}
	if t.lemma[i] == "grant" || t.lemma[i] == "give" || t.lemma[i] == "offer" {
		if o := t.child(i, "obj"); o >= 0 && t.lemma[o] == "access" {
			use, guest = o, t.child(o, "nsubj") // "granted the United States/nsubj access/obj"
			if guest < 0 {
				guest = t.child(i, "iobj")
			}
		}
	}
	if guest < 0 || use < 0 {
		return frame{}, false
	}
	place := t.child(use, "obj")
	if place < 0 {
		place = c.prepChild(use, "to")
	}
	if place < 0 || !lentPlaces[t.lemma[place]] {
		return frame{}, false
	}
	f := frame{rel: schema.CooperatedWith, trigger: i, conf: 0.75, rule: "verb-obj", subj: c.subjectOf(i, 0), obj: c.argsOf(guest, true)}
	c.polarity(&f, i)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// permitLemmas let another do something; lentPlaces are a state's
// territory another's forces may use.
var (
	permitLemmas = map[string]bool{"allow": true, "let": true, "permit": true, "grant": true, "give": true, "offer": true, "authorize": true, "authorise": true}
	lentPlaces   = map[string]bool{"airspace": true, "base": true, "territory": true, "port": true, "airfield": true, "airbase": true, "facility": true, "soil": true, "waters": true}
)

// vowedRevenge reads a vow or threat to strike back at whoever provoked
// it: "Beijing vowed to strike back after Washington imposed tariffs",
// "China vowed to retaliate in response to the US move". The threat is
// made to the provoker (the threat with an "if" clause is
// clause.provoker's), or else to the doer of the latest hostile act on
// the one who vows.
func (c *clause) vowedRevenge(i int) (frame, bool) {
	t := c.t
	if !warnLike[t.lemma[i]] && !vowLemmas[t.lemma[i]] || !strings.HasPrefix(t.tag[i], "VB") {
		return frame{}, false
	}
	x := -1
	for _, k := range t.kids[i] {
		if (t.rel[k] == "xcomp" || t.rel[k] == "advcl" && t.hasChildLemma(k, "mark", "to")) && (revengeLemmas[t.lemma[k]] || t.lemma[k] == "respond" ||
			(t.lemma[k] == "strike" || t.lemma[k] == "hit" || t.lemma[k] == "fight") && (t.hasChildLemma(k, "compound:prt", "back") || t.hasChildLemma(k, "advmod", "back"))) {
			x = k
		}
	}
	if o := t.child(i, "obj"); x < 0 && o >= 0 && (revengeNouns[t.lemma[o]] || t.lemma[o] == "response") {
		x = o // "vowing a proportionate response", "promised a mirror response"
	}
	if x < 0 || t.child(x, "obj") >= 0 || c.prepChild(x, "against") >= 0 || c.prepChild(x, "at") >= 0 || c.prepChild(x, "on") >= 0 || c.prepChild(x, "to") >= 0 || c.prepChild(x, "for") >= 0 {
		return frame{}, false // "vowed to retaliate against Israel": the verb's own object
	}
	var who []Mention
	for _, v := range []int{x, i} {
		for _, a := range t.kids[v] {
			if t.rel[a] == "advcl" && t.hasChildLemma(a, "mark", "after", "following", "since", "when") {
				if s := t.child(a, "nsubj"); s >= 0 && len(who) == 0 {
					who = c.argsOf(s, false) // "after Washington imposed tariffs"
				}
			}
			if relIs(t.rel[a], "obl") && (t.caseOf(a) == "after" || t.caseOf(a) == "following") && len(who) == 0 && c.headOf[a] >= 0 {
				who = c.argsOf(a, false) // the same, the clause's subject read as the phrase "after the United States"
			}
		}
	}
	subj := c.subjectOf(i, 0)
	if h := t.head[i]; len(subj) == 0 && t.rel[i] == "advcl" && t.tag[i] == "VBG" && h >= 0 {
		subj = c.subjectOf(h, 0) // "…, Ankara said, vowing a response": the sayer vows
	}
	if len(who) == 0 {
		who = c.lastHostileDoer(subj, i) // "Britain expelled 23 Russian diplomats. Moscow vowed to retaliate."
	}
	if len(who) == 0 {
		return frame{}, false
	}
	f := frame{rel: schema.Threatened, trigger: i, conf: 0.75, rule: "verb-complement", subj: subj, obj: who}
	c.polarity(&f, i)
	f.mod = schema.Asserted // the threat is made now
	return f, len(f.subj) > 0 && !f.neg
}

// consequencesFor returns the other party of the ties a warning's
// consequences fall on: "warned of serious consequences for its relations
// with Turkey".
func (c *clause) consequencesFor(i int, subj []Mention) []Mention {
	t := c.t
	k := c.prepChild(i, "of")
	if k < 0 || !consequenceNouns[t.lemma[k]] {
		return nil
	}
	r := c.prepChild(k, "for")
	if r < 0 || !tieWords[t.lemma[r]] {
		return nil
	}
	return c.others(c.argsOf(c.prepChild(r, "with"), true), subj)
}

// tieWords name the ties a warning's consequences may fall on.
var tieWords = map[string]bool{"relation": true, "relations": true, "tie": true, "ties": true, "relationship": true}

// unpunishedWords say an act meets no answer: "would not go unpunished".
var unpunishedWords = map[string]bool{"unpunished": true, "unanswered": true, "unavenged": true}

// notUnpunished reads the stock threat that an act "will not go
// unpunished" or "unanswered", said by the one it struck: "Tehran said
// the strikes would not go unpunished" threatens their doer. i is the
// word "unpunished".
func (c *clause) notUnpunished(i int) (frame, bool) {
	t := c.t
	v := t.head[i]
	if !unpunishedWords[c.toks[i].key] || v < 0 || !c.negated(v) && !c.negated(i) {
		return frame{}, false
	}
	e := t.child(v, "nsubj")
	if e < 0 {
		e = t.child(i, "nsubj")
	}
	if e < 0 {
		return frame{}, false
	}
	sayer := v
	for sayer >= 0 && !speechLemmas[t.lemma[sayer]] && !warnLike[t.lemma[sayer]] && !vowLemmas[t.lemma[sayer]] {
		sayer = t.head[sayer]
	}
	if sayer < 0 {
		return frame{}, false
	}
	subj := c.subjectOf(sayer, 0)
	obj := c.others(c.eventAgent(e, 0), subj)
	if len(obj) == 0 {
		obj = c.others(c.recalledEvent(e), subj)
	}
	if len(obj) == 0 {
		obj = c.others(c.argsOf(e, false), subj) // "the Israeli strikes"
	}
	if len(obj) == 0 && (pronouns[c.toks[e].key] || c.toks[e].key == "this" || len(c.x.lex.Lookup(t.lemma[e], schema.Noun)) > 0 || crimeNouns[t.lemma[e]]) {
		obj = c.lastHostileDoer(subj, i) // "said the strikes, this, would not go unanswered"
	}
	if len(subj) == 0 || len(obj) == 0 {
		return frame{}, false
	}
	// The threat is made now, asserted, whatever the tense it foretells in.
	return frame{rel: schema.Threatened, trigger: i, conf: 0.7, rule: "verb-complement", subj: subj, obj: obj, mod: schema.Asserted}, true
}

// inviteForms are the forms of "invite", for the parsing prefilter.
var inviteForms = formsOf(map[string]bool{"invite": true})

// lendForms are permitLemmas' forms, for the parsing prefilter
// (clause.lentBases).
var lendForms = formsOf(permitLemmas)

// invitedTo reads an invitation to a place: "Reagan invited Gorbachev to
// Washington" is Gorbachev's visit to come (and "Gorbachev was invited to
// Washington").
func (c *clause) invitedTo(i int) (frame, bool) {
	t := c.t
	if t.lemma[i] != "invite" || !strings.HasPrefix(t.tag[i], "VB") {
		return frame{}, false
	}
	guest := t.child(i, "obj")
	if guest < 0 {
		guest = t.child(i, "nsubj:pass")
	}
	k := c.prepChild(i, "to")
	if k < 0 && guest >= 0 {
		k = c.prepChild(guest, "to") // "invited Gorbachev to/nmod Washington"
	}
	if guest >= 0 && (k < 0 || c.headOf[k] < 0) {
		// "invited Zarif for talks", "invited Kim to meet him", "to hold
		// talks": a meeting to come between host and guest.
		x := t.child(i, "xcomp")
		meet := x >= 0 && (t.lemma[x] == "meet" || t.lemma[x] == "talk" || t.lemma[x] == "hold" && t.hasChildLemma(x, "obj", "talk", "talks", "meeting", "summit"))
		if f := c.prepChild(i, "for"); f >= 0 && meetingNouns[t.lemma[f]] {
			meet = true
		}
		host := c.subjectOf(i, 0)
		if !meet || len(host) == 0 || t.child(i, "nsubj:pass") >= 0 {
			return frame{}, false
		}
		f := frame{rel: schema.MetWith, trigger: i, conf: 0.75, rule: "verb-obj", subj: host, obj: c.argsOf(guest, false)}
		c.polarity(&f, i)
		if !f.neg {
			f.mod = schema.Future
		}
		return f, len(f.obj) > 0
	}
	if guest < 0 || k < 0 || c.headOf[k] < 0 {
		return frame{}, false
	}
	f := frame{rel: schema.Visited, trigger: i, conf: 0.75, rule: "verb-prep", subj: c.argsOf(guest, false), obj: c.ms[c.headOf[k] : c.headOf[k]+1]}
	if !allPeople(f.subj) || f.obj[0].Actors[0].Kind != schema.Country {
		return frame{}, false
	}
	c.polarity(&f, i)
	if !f.neg {
		f.mod = schema.Future
	}
	return f, true
}

// againVerbs are the triggers whose re- form does it again ("reimpose",
// "re-establish"); other re- words are verbs of their own ("reject",
// "recall", "react").
var againVerbs = map[string]bool{
	"impose": true, "establish": true, "introduce": true, "instate": true, "apply": true, "sign": true,
	"open": true, "start": true, "launch": true, "deploy": true, "arm": true, "supply": true, "negotiate": true,
}

// appealTo reports whether the call at i asks for an act in a
// to-infinitive, its own or hung on its verb: "calls from Washington to
// cancel the launch", not "a call from Trump".
func (c *clause) appealTo(i int) bool {
	t := c.t
	if c.hasInfinitive(i) {
		return true
	}
	v := t.head[i]
	if v < 0 || t.rel[i] != "obj" {
		return false
	}
	for _, k := range t.kids[v] {
		if k > i && (t.rel[k] == "advcl" || t.rel[k] == "xcomp") && t.hasChildLemma(k, "mark", "to") && !callerActs[t.lemma[k]] {
			return true
		}
	}
	return false
}

// probeWords investigate what they take.
var probeWords = map[string]bool{
	"investigation": true, "probe": true, "inquiry": true, "enquiry": true, "investigate": true, "examine": true,
	"look": true, // "look into reports"
}

// callerActs are what a caller rings to do, asking nothing: "a call from
// Putin to thank him".
var callerActs = map[string]bool{
	"thank": true, "congratulate": true, "discuss": true, "express": true, "offer": true, "convey": true,
	"apologize": true, "apologise": true, "wish": true, "inform": true, "brief": true, "update": true, "condole": true,
}

// chargeNouns are what one accused denies or rejects: the charge, or a
// part in the act.
var chargeNouns = map[string]bool{
	"charge": true, "accusation": true, "allegation": true, "claim": true, "role": true,
	"involvement": true, "responsibility": true, "complicity": true, "wrongdoing": true, "blame": true,
}

// judging reports whether the verb l judges what it takes: criticism,
// support or rejection ("condemned", "welcomed", "questioned").
func judging(lex *schema.Lexicon, l string) bool {
	if describeLemmas[l] {
		return true
	}
	for _, e := range lex.Lookup(l, schema.Verb) {
		if e.Relation == schema.Criticized || e.Relation == schema.Supported || e.Relation == schema.Rejected {
			return true
		}
	}
	return false
}

// describeLemmas call what they take something: "called the raid an act of
// murder", "described the raid as a violation".
var describeLemmas = map[string]bool{"call": true, "describe": true, "label": true, "brand": true, "term": true, "question": true, "regret": true,
	"portray": true, "depict": true, "characterize": true, "characterise": true, "single": true} // "singled out Iran as a terrorist state"

// dismissLemmas turn something down and may name it as they do: "rejected
// the resolution as shameful", "dismissed the threat as sabre-rattling".
var dismissLemmas = map[string]bool{"dismiss": true, "reject": true, "spurn": true, "rebuff": true, "deride": true, "ridicule": true, "mock": true}

// textNouns are texts a body adopts, which say what it says; adoptLemmas
// adopt or issue them.
var (
	textNouns = map[string]bool{"resolution": true, "statement": true, "declaration": true, "communique": true, "communiqué": true, "motion": true,
		"law": true, "bill": true, "legislation": true, "decree": true, "order": true,
		"tweet": true, "letter": true, "message": true, "post": true, "video": true, "editorial": true}
	adoptLemmas = map[string]bool{"adopt": true, "pass": true, "approve": true, "issue": true, "release": true, "endorse": true, "unanimously": true,
		"post": true, "send": true, "write": true, "publish": true, "tweet": true, "sign": true}
)

// judgeForLemmas judge someone for an act, which the one judged did:
// "criticized Iran for attacking tankers". answerForLemmas make their
// subject answer for its own act: "apologised for", "took heat for".
var (
	judgeForLemmas = map[string]bool{
		"criticize": true, "criticise": true, "condemn": true, "praise": true, "thank": true, "blame": true,
		"fault": true, "slam": true, "rebuke": true, "punish": true, "sanction": true, "commend": true,
		"applaud": true, "hail": true, "chide": true, "scold": true, "reprimand": true, "berate": true,
		"lambaste": true, "denounce": true, "censure": true, "fine": true, "credit": true, "attack": true,
		"admonish": true, "castigate": true, "reproach": true, "excoriate": true, "assail": true, "blast": true, "congratulate": true,
	}
	answerForLemmas = map[string]bool{
		"apologize": true, "apologise": true, "take": true, "face": true, "draw": true, "come": true, "earn": true,
	}
)

// withGivers name what they give in a with-phrase: "provide Ukraine
// with missiles".
var withGivers = map[string]bool{"provide": true, "supply": true, "equip": true, "furnish": true, "present": true, "slap": true}

// amountOf reports whether word k is a sum or number of one of the nouns:
// "$50 billion in tariffs", "$50B tariffs".
func (c *clause) amountOf(k int, nouns map[string]bool) bool {
	t := c.t
	if t.tag[k] != "$" && t.tag[k] != "CD" && t.child(k, "nummod") < 0 {
		return false
	}
	for _, q := range t.kids[k] {
		if (t.rel[q] == "compound" || relIs(t.rel[q], "nmod") && (t.caseOf(q) == "in" || t.caseOf(q) == "of")) && nouns[t.lemma[q]] {
			return true
		}
	}
	return false
}

// seriesNouns name a number of events: "a spate of attacks".
var seriesNouns = map[string]bool{
	"cycle": true, "spiral": true, "spate": true, "series": true, "wave": true, "string": true, "barrage": true, "round": true, "flurry": true, "volley": true, "stream": true, "torrent": true, "salvo": true,
}

// phaseNouns name a turn in the act their "of" names: it goes on (1) or
// stops (-1). "announced the resumption of aid to Mali", "ordered a halt
// of strikes".
var phaseNouns = map[string]int{
	"resumption": 1, "continuation": 1, "restoration": 1, "expansion": 1, "extension": 1, "renewal": 1,
	"escalation": 1, "intensification": 1, "increase": 1,
	"suspension": -1, "halt": -1, "freezing": -1, "cutoff": -1, "withholding": -1, "termination": -1,
}

// kindNouns name a kind or an amount of what follows their "of".
var kindNouns = map[string]bool{
	"type": true, "kind": true, "sort": true, "amount": true, "number": true, "shipment": true, "package": true,
	"batch": true, "lot": true, "delivery": true, "consignment": true, "range": true, "variety": true,
}

// complementObject finds the other actor of a verb whose object is a
// clause: the subject of a demand or an allegation ("demanded that Russia
// withdraw", "alleges Iran is arming the rebels"), the
// target of a threatened or promised act ("threatened to attack Japan",
// "pledged to help Iraq").
func (c *clause) complementObject(i int, rel schema.Relation) []Mention {
	t := c.t
	// A noun takes its complement as a clause modifier: "Reagan's threat
	// to impose tariffs on Japan", "allegations that Iran armed the rebels".
	comp := func(rel string) int {
		if k := t.child(i, rel); k >= 0 || !strings.HasPrefix(t.tag[i], "NN") {
			return k
		}
		for _, k := range t.kids[i] {
			if t.rel[k] == "acl" && (rel == "xcomp" && t.hasChildLemma(k, "mark", "to") || rel == "ccomp" && t.hasChildLemma(k, "mark", "that")) {
				return k
			}
		}
		return -1
	}
	switch rel {
	case schema.Investigated:
		// "is investigating whether Syrian forces used chlorine": who may
		// have done it.
		for _, k := range t.kids[i] {
			if (t.rel[k] == "ccomp" || t.rel[k] == "advcl" || relIs(t.rel[k], "obl") || t.rel[k] == "acl") && t.hasChildLemma(k, "mark", "whether", "if") && k > i { // (not "If North Korea is serious, then we look forward": a condition)
				if s := t.child(k, "nsubj"); s >= 0 {
					return c.argsOf(s, false)
				}
			}
			if t.rel[k] == "acl" && findOutLemmas[t.lemma[k]] {
				// "an investigation to determine whether the U.S. sailors
				// had sailed into Iranian waters".
				for _, q := range t.kids[k] {
					if t.rel[q] == "ccomp" && t.hasChildLemma(q, "mark", "whether", "if") {
						if s := t.child(q, "nsubj"); s >= 0 {
							return c.argsOf(s, false)
						}
					}
				}
			}
		}
		// "will investigate reports that Iran enriched uranium": who is
		// said to have done what is investigated, the clause hung on the
		// noun or on the verb.
		if o := t.child(i, "obj"); o >= 0 && (claimSums[t.lemma[o]] || chargeNouns[t.lemma[o]] || t.lemma[o] == "suspicion") {
			if s := c.thatSubject(o, i); s >= 0 {
				return c.argsOf(s, false)
			}
		}
	case schema.Demanded, schema.CalledOn, schema.Accused:
		// "demanded that Russia withdraw", "alleges Iran is arming the rebels".
		// A demand's clause wants something done ("insisted that the US
		// withdraw"); one that reports a fact ("insisted that the US was
		// not negotiating") is a claim.
		if k := comp("ccomp"); k >= 0 && !(rel == schema.Demanded && c.finiteClaim(k)) {
			if s := t.child(k, "nsubj"); s >= 0 && (rel == schema.Accused || t.child(k, "aux:pass") < 0) {
				// Not "ordered that Mueller be fired": a passive's subject
				// is what is done to, not who is asked.
				return c.argsOf(s, true)
			}
		}
		if o := t.child(i, "obj"); rel == schema.Demanded && o >= 0 && assuranceNouns[t.lemma[o]] {
			// "demanded guarantees that Washington will not quit the deal":
			// who is to give the assurance is the clause's subject, the
			// clause hung on the noun or on the verb.
			if s := c.thatSubject(o, i); s >= 0 {
				return c.argsOf(s, true)
			}
		}
		if k, o := t.child(i, "xcomp"), t.child(i, "obj"); rel == schema.Demanded && k > o && o >= 0 && t.tag[k] == "VB" && !t.hasChildLemma(k, "mark", "to") {
			// "insisted Russia withdraw its troops", read as an object and a
			// bare infinitive: the subjunctive's subject is the one asked.
			if got := c.argsOf(o, true); len(got) > 0 {
				return got
			}
		}
		if k := c.forToClause(i); k >= 0 && rel != schema.Accused && c.within[t.child(k, "nsubj")] >= 0 {
			// "called for Turkey to open its border": the subject of the
			// infinitive "for" introduces is the one asked.
			return c.argsOf(t.child(k, "nsubj"), false)
		}
	case schema.Criticized:
		// "China regrets that the United States is withdrawing", "deplored
		// that Israel had expanded settlements": the one the clause blames.
		if k := comp("ccomp"); k >= 0 && !t.hasChildLemma(k, "mark", "whether", "if") {
			if s := t.child(k, "nsubj"); s >= 0 && t.child(k, "aux:pass") < 0 {
				return c.others(c.argsOf(s, true), c.subjectOf(i, 0))
			}
		}
	case schema.Threatened, schema.PledgedTo:
		if k := comp("xcomp"); k >= 0 && rel == schema.PledgedTo {
			// "pledged to maintain peace with China", "to keep good ties
			// with Beijing": a pledge to the other party.
			if o := t.child(k, "obj"); o >= 0 && tieNouns[t.lemma[o]] {
				if w := c.prepChild(o, "with"); w >= 0 {
					return c.argsOf(w, true)
				}
				if w := c.prepChild(k, "with"); w > o {
					return c.argsOf(w, true)
				}
			}
			// "pledged to work with Macron", "vowed to cooperate closely
			// with Russia": a pledge of joint work is one to the partner
			// (not "agreed to cooperate with Mueller's team", a plea
			// deal's terms).
			if w := c.prepChild(k, "with"); w >= 0 && teamLemmas[t.lemma[k]] && t.child(k, "obj") < 0 && t.lemma[i] != "agree" {
				return c.argsOf(w, true)
			}
		}
		// "vowed to help Iraq" is a pledge to Iraq; "vowed to destroy
		// ISIS" is none; "pledged to buy weapons for Ukraine" is one to
		// whom the goods are for.
		if k := comp("xcomp"); k >= 0 && rel == schema.PledgedTo && !helpLemmas[t.lemma[k]] && t.child(k, "obj") >= 0 && goodsNouns[t.lemma[t.child(k, "obj")]] {
			return c.others(c.prepArgsNear(k, t.child(k, "obj"), []string{"for", "to"}), c.subjectOf(i, 0))
		}
		if k := comp("xcomp"); k >= 0 && (rel == schema.Threatened || helpLemmas[t.lemma[k]]) {
			if o := t.child(k, "obj"); o >= 0 {
				// Not the subject's own: "threatened to close its border if
				// China imposed sanctions" threatens China.
				if got := c.others(c.argsOf(o, true), c.subjectOf(i, 0)); len(got) > 0 {
					return got
				}
				// "threatened to cut U.S. funding to the WHO": the subject's
				// own modifier aside, the object's phrase.
				if got := c.others(c.prepArgs(o, []string{"to", "for", "with", "against", "on"}), c.subjectOf(i, 0)); len(got) > 0 && rel == schema.Threatened {
					return got
				}
			}
			if rel == schema.Threatened {
				// "threatened to pull out of the summit with Trump", "to walk
				// away from the deal with the US": the deal's other party.
				for _, q := range t.kids[k] {
					if relIs(t.rel[q], "obl") && (t.caseOf(q) == "of" || t.caseOf(q) == "from" || t.caseOf(q) == "out") && c.headOf[q] < 0 {
						if got := c.others(c.prepArgs(q, []string{"with"}), c.subjectOf(i, 0)); len(got) > 0 {
							return got
						}
					}
				}
			}
			preps := []string{"to", "with", "against", "on", "for"}
			if rel == schema.PledgedTo {
				preps = []string{"to", "with", "for"} // "vowed to defend its territory against India": no pledge to India
			}
			if got := c.prepArgsNear(k, t.child(k, "obj"), preps); len(got) > 0 || rel != schema.Threatened {
				return got
			}
			// "threatened to retaliate if Canada imposed sanctions",
			// "threatened to close the strait if the US imposed sanctions":
			// a threat with no actor to act on is made to the one whose act
			// would bring it about.
			return c.provoker(k, i)
		}
		if k := comp("ccomp"); k >= 0 && rel == schema.PledgedTo && helpLemmas[t.lemma[k]] && t.hasChildLemma(k, "aux", "would", "will", "'ll") {
			// "vowed that the United States would defend Estonia".
			if o := t.child(k, "obj"); o >= 0 {
				return c.argsOf(o, true)
			}
			return c.prepArgs(k, []string{"to", "with"})
		}
		if k := comp("ccomp"); k >= 0 && rel == schema.Threatened && t.child(k, "aux:pass") >= 0 && (harmVerbs[t.lemma[k]] || t.lemma[k] == "meet" && c.prepChild(k, "with") >= 0) &&
			!t.hasChildLemma(k, "advmod", "not", "n't", "never") {
			// "warned that North Korea would be met with fire and fury",
			// "warned Iran would be destroyed": the one the harm is to befall.
			if s := t.child(k, "nsubj:pass"); s >= 0 {
				return c.others(c.argsOf(s, true), c.subjectOf(i, 0))
			}
		}
		if k := comp("ccomp"); k >= 0 && rel == schema.Threatened && (t.lemma[k] == "authorize" || t.lemma[k] == "authorise" || readyAdjectives[t.lemma[k]]) {
			// "warned that it had been authorized to attack the U.S.",
			// "warned it was ready to strike Japan": the act readied.
			if x := t.child(k, "xcomp"); x >= 0 && c.coercive(x) {
				if o := t.child(x, "obj"); o >= 0 {
					if got := c.others(c.argsOf(o, true), c.subjectOf(x, 0)); len(got) > 0 {
						return got
					}
				}
			}
		}
		// "warned that the US would respond to any attack by Iran",
		// "warned it would close the strait if the US attacked": the
		// one whose act would bring the response.
		if k := comp("ccomp"); k >= 0 && rel == schema.Threatened && t.hasChildLemma(k, "aux", "would", "will", "'ll", "wo", "could", "may", "might") && c.coercive(k) && !c.otherSide(c.subjectOf(k, 0), c.subjectOf(i, 0)) {
			// "warned that the bloc could impose sanctions on Turkey": a
			// coercive act foretold is a threat to its object (but "Trump
			// warned that Iran will attack Israel" is Iran's act, no
			// threat of his).
			o := t.child(k, "obj")
			if got := c.others(c.prepArgsNear(k, o, []string{"on", "against", "to"}), c.subjectOf(k, 0)); len(got) > 0 {
				return got
			}
			if o >= 0 {
				if got := c.others(c.argsOf(o, true), c.subjectOf(k, 0)); len(got) > 0 {
					return got
				}
			}
		}
		if k := comp("ccomp"); k >= 0 && rel == schema.Threatened && t.hasChildLemma(k, "aux", "would", "will", "'ll", "wo") {
			if responseLemmas[t.lemma[k]] {
				if p := c.prepChild(k, "to"); p >= 0 {
					if as := c.prepArgs(p, []string{"by"}); len(as) > 0 {
						return as
					}
					if q := t.child(p, "nmod:poss"); q >= 0 {
						return c.argsOf(q, false)
					}
				}
			}
			o, s := t.child(k, "obj"), t.child(k, "nsubj")
			if w := c.prepChild(k, "with"); o < 0 && w >= 0 && t.lemma[k] == "meet" && consequenceNouns[t.lemma[w]] {
				o, s = w, t.child(k, "nsubj:pass") // "any provocation by North Korea would be met with a strong response"
			}
			if causeLemmas[t.lemma[k]] && o >= 0 && consequenceNouns[t.lemma[o]] && s >= 0 {
				// "warned that any provocation from North Korea would
				// trigger a strong response": whose act it would be.
				if as := c.prepArgs(s, []string{"from", "by"}); len(as) > 0 {
					return as
				}
				if as, _ := c.modifierActors(s); len(as) > 0 {
					return as
				}
				if as := c.argsOf(s, true); len(as) > 0 {
					return as // "any Iranian aggression", one mention
				}
			}
			return c.provoker(k, i)
		}
	}
	return nil
}

// territorial reports whether the trigger being read takes land: an
// attack or a visit.
func (c *clause) territorial() bool {
	if c.trigger < 0 {
		return false
	}
	for _, pos := range []schema.POS{schema.Verb, schema.Noun} {
		for _, e := range c.x.lex.Lookup(c.t.lemma[c.trigger], pos) {
			if e.Relation == schema.Attacked || e.Relation == schema.Visited {
				return true
			}
		}
	}
	return false
}

// thingThreats are things that endanger without threatening anyone.
var thingThreats = map[string]bool{"program": true, "programme": true, "missile": true, "weapon": true, "test": true, "arsenal": true, "development": true, "policy": true}

// findOutLemmas find out what an inquiry is for: "an investigation to
// determine whether".
var findOutLemmas = map[string]bool{"determine": true, "establish": true, "find": true, "ascertain": true, "see": true, "learn": true, "assess": true}

// reactionRels are the reactions an act brings on its maker: "sparked
// condemnation from", "drew praise from".
var reactionRels = map[schema.Relation]bool{schema.Criticized: true, schema.ProtestedTo: true, schema.Supported: true}

// causeLemmas bring about what they take: "would trigger a response".
var causeLemmas = map[string]bool{
	"trigger": true, "provoke": true, "prompt": true, "invite": true, "draw": true, "bring": true,
	"meet": true, "incur": true, "spark": true, "lead": true,
}

// others returns the mentions of ms that name none of the actors of subj,
// nor only the country a person of subj acts for.
func (c *clause) others(ms, subj []Mention) []Mention {
	var out []Mention // a new slice: ms may be a window on c.ms
	for _, m := range ms {
		if !slices.ContainsFunc(subj, func(s Mention) bool { return sameActor(s, m) || ownMention(s, m) }) {
			out = append(out, m)
		}
	}
	return out
}

// inviteNouns are invitations; inviteeLemmas are what the one invited
// does with one ("accepted an invitation to visit").
var (
	inviteNouns   = map[string]bool{"invitation": true, "invite": true}
	inviteeLemmas = map[string]bool{"accept": true, "receive": true, "get": true, "decline": true, "take": true, "reject": true, "turn": true, "snub": true, "spurn": true}
)

// ownMention reports whether b names only the country that person a
// acts for: "Trump" and "U.S." in "threatened to cut U.S. funding".
func ownMention(a, b Mention) bool {
	return len(a.Actors) == 1 && len(b.Actors) == 1 && ownCountry(a.Actors[0], b.Actors[0])
}

// sameActor reports whether mentions a and b name an actor in common.
func sameActor(a, b Mention) bool {
	for _, x := range a.Actors {
		for _, y := range b.Actors {
			if x.ID == y.ID {
				return true
			}
		}
	}
	return false
}

// provoker returns, for a threatened response k ("threatened to
// retaliate if Canada imposed sanctions") under the threat verb i, the
// subject of the condition: the one whose act would bring the response.
func (c *clause) provoker(k, i int) []Mention {
	t := c.t
	for _, v := range []int{k, i} {
		for _, a := range t.kids[v] {
			if (t.rel[a] == "advcl" || t.rel[a] == "ccomp") && t.hasChildLemma(a, "mark", "if", "unless") {
				// (Or refuses it: "threatened to withdraw unless Mexico and
				// Canada agree to new terms".)
				if s := t.child(a, "nsubj"); s >= 0 {
					return c.argsOf(s, false)
				}
				if s := t.child(a, "obl:agent"); s >= 0 {
					return c.argsOf(s, false) // "would close the strait if attacked by the United States"
				}
			}
		}
	}
	return nil
}

// rallyNouns are what one comes to another's side with: "came to Assad's
// defense" (support), "rushed to Qatar's aid" (aid).
var rallyNouns = map[string]schema.Relation{
	"defense": schema.Supported, "defence": schema.Supported, "side": schema.Supported,
	"aid": schema.ProvidedAidTo, "assistance": schema.ProvidedAidTo, "rescue": schema.ProvidedAidTo,
}

// cameToAid reads "X came to Y's defense", "X rushed to the aid of Y":
// the noun after "to" on a verb of coming, its possessor or of-phrase the
// one helped.
func (c *clause) cameToAid(i int) (frame, bool) {
	t := c.t
	v := t.head[i]
	if v < 0 || !relIs(t.rel[i], "obl") || t.caseOf(i) != "to" {
		return frame{}, false
	}
	switch t.lemma[v] {
	case "come", "rush", "leap", "spring", "run", "race", "hurry", "jump":
	default:
		return frame{}, false
	}
	obj := c.argsOf(t.child(i, "nmod:poss"), true)
	if k := c.prepChild(i, "of"); len(obj) == 0 && k >= 0 {
		obj = c.argsOf(k, true)
	}
	f := frame{rel: rallyNouns[t.lemma[i]], trigger: i, conf: 0.75, rule: "noun-adjunct", subj: c.subjectOf(v, 0), obj: c.others(obj, nil)}
	c.polarity(&f, v)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// namedProvoker reports whether verb i has an if-clause whose subject is
// an actor named by name, not a pronoun: "would close the strait if the US
// attacked" (but not "if its forces retake Aleppo, Damascus would …").
func (c *clause) namedProvoker(i int) bool {
	for _, a := range c.t.kids[i] {
		if (c.t.rel[a] == "advcl" || c.t.rel[a] == "ccomp") && c.t.hasChildLemma(a, "mark", "if", "unless") {
			if s := max(c.t.child(a, "nsubj"), c.t.child(a, "obl:agent")); s >= 0 && c.headOf[s] >= 0 && !strings.HasPrefix(c.t.tag[s], "PRP") {
				return true // ("if attacked by the United States": the agent)
			}
		}
	}
	return false
}

// relativePronoun returns the relative pronoun subject of the relative
// clause at i, or -1.
func (c *clause) relativePronoun(i int) int {
	for _, k := range c.t.kids[i] {
		if relIs(c.t.rel[k], "nsubj") && c.isRelativePronoun(k) {
			return k
		}
	}
	return -1
}

func (c *clause) isRelativePronoun(i int) bool {
	return (c.t.tag[i] == "WDT" || c.t.tag[i] == "WP" || c.toks[i].key == "that") && c.toks[i].key != "what" // "what" has no antecedent
}

// helpLemmas are what a pledge promises to do for its object.
// finiteClaim reports whether the clause headed by k states a fact: a past
// or present verb, or a copula or auxiliary in those tenses, not a base form
// or a modal.
func (c *clause) finiteClaim(k int) bool {
	t := c.t
	if t.child(k, "aux") >= 0 && t.hasChildLemma(k, "aux", "should", "must", "would", "will", "shall") {
		return false
	}
	if t.hasChildLemma(k, "aux", "can", "could", "may", "might") {
		return true // "insisted Kim can be persuaded": what is possible is claimed, not demanded
	}
	if t.tag[k] == "VBZ" || t.tag[k] == "VBD" && c.toks[k].key != t.lemma[k] {
		return true // not "demanded that Qatar shut/VBD down": the past is the base form
	}
	for _, a := range t.kids[k] {
		if (relIs(t.rel[a], "aux") || t.rel[a] == "cop") && (t.tag[a] == "VBD" || t.tag[a] == "VBZ") {
			return true
		}
	}
	return false
}

// thatSubject returns the subject of the that-clause after noun o, the
// object of verb v, hung on the noun or (as the parser often has it) on
// the verb, or -1.
func (c *clause) thatSubject(o, v int) int {
	t := c.t
	for _, k := range append(slices.Clone(t.kids[o]), t.kids[v]...) {
		if k > o && (t.rel[k] == "acl" || t.rel[k] == "advcl" || t.rel[k] == "ccomp") && t.hasChildLemma(k, "mark", "that") {
			if s := t.child(k, "nsubj"); s >= 0 {
				return s
			}
			if s := t.child(k, "nsubj:pass"); s >= 0 && implicateLemmas[t.lemma[k]] {
				return s // "allegations that agents of the Indian government were linked to the killing"
			}
		}
	}
	return -1
}

// tiedActor returns the actor a penalty's unnamed targets are said to be
// tied to ("sanctions on people linked to the Revolutionary Guards",
// "sanctioned firms tied to Iran's military"), or -1.
func (c *clause) tiedActor(i int) int {
	t := c.t
	h := t.head[i]
	if h < 0 || !linkedHolders[t.lemma[i]] || !penaltyNouns[t.lemma[h]] && t.lemma[h] != "sanction" && t.lemma[h] != "blacklist" && t.lemma[h] != "target" {
		return -1
	}
	for _, v := range append(slices.Clone(t.kids[i]), i+1) { // (or hung on the penalty right after its target)
		if v >= len(t.head) || t.head[v] != i && t.head[v] != h || t.rel[v] != "acl" || t.tag[v] != "VBN" || !implicateLemmas[t.lemma[v]] && t.lemma[v] != "associate" && t.lemma[v] != "affiliate" {
			continue
		}
		for _, k := range t.kids[v] {
			if relIs(t.rel[k], "obl") && (t.caseOf(k) == "to" || t.caseOf(k) == "with") && c.headOf[k] >= 0 {
				return k
			}
		}
	}
	return -1
}

// linkedHolders are a penalty's targets named only by their ties.
var linkedHolders = map[string]bool{
	"people": true, "person": true, "individual": true, "entity": true, "company": true, "firm": true, "business": true,
	"bank": true, "official": true, "network": true, "group": true, "organization": true, "organisation": true,
}

// implicateLemmas tie their passive subject to a deed: "were linked to
// the killing".
var implicateLemmas = map[string]bool{"link": true, "tie": true, "connect": true, "implicate": true, "involve": true}

// useLemmas use or take what they are given: "used launchers supplied by
// Washington".
var useLemmas = map[string]bool{"use": true, "deploy": true, "operate": true, "fire": true, "field": true, "receive": true, "get": true, "employ": true}

// intentWords are predicates of resolve whose "on" + gerund is their
// subject's own act: "bent on", "intent on", "keen on".
var intentWords = map[string]bool{
	"bent": true, "hellbent": true, "hell-bent": true, "intent": true, "keen": true, "set": true,
	"focused": true, "fixated": true, "obsessed": true, "insistent": true, "determined": true,
	"focus": true, "fixate": true, "obsess": true, "determine": true, // their passives: "is focused on"
}

// focusWords, of intentWords, tell what their subject is busy doing, not
// what it seeks: "is focused on defeating IS" fights IS.
var focusWords = map[string]bool{"focused": true, "fixated": true, "obsessed": true, "focus": true, "fixate": true, "obsess": true}

// completedActs are events that happen once, when done: being busy with
// one is seeking it.
var completedActs = map[schema.Relation]bool{schema.SignedAgreementWith: true, schema.MetWith: true, schema.Visited: true, schema.NegotiatedWith: true, schema.SpokeWith: true}

// sendLemmas give or move troops or goods to where they serve: "sent
// troops to fight IS", "supplied helicopters to help Tunisia".
var sendLemmas = map[string]bool{
	"send": true, "dispatch": true, "deploy": true, "ship": true, "deliver": true, "airlift": true,
	"supply": true, "provide": true, "donate": true, "sell": true, "transfer": true, "funnel": true,
}

// givenBy is the verb of giving or sending whose object noun i is, through
// coordination ("supplying helicopters and other aid"), or -1.
func (c *clause) givenBy(i int) int {
	t := c.t
	for t.rel[i] == "conj" && t.head[i] >= 0 && t.head[i] < i {
		i = t.head[i]
	}
	v := t.head[i]
	if t.rel[i] != "obj" || v < 0 || !strings.HasPrefix(t.tag[v], "VB") {
		return -1
	}
	if sendLemmas[t.lemma[v]] {
		return v
	}
	return -1
}

// hostilePurposes are what an attack is for that strikes their object:
// "an offensive to push regime forces out", "fighting to oust Assad".
var hostilePurposes = map[string]bool{
	"push": true, "drive": true, "oust": true, "topple": true, "overthrow": true, "remove": true, "defeat": true,
	"destroy": true, "retake": true, "recapture": true, "capture": true, "seize": true, "expel": true,
	"dislodge": true, "eliminate": true, "crush": true, "tackle": true, "counter": true, "fight": true,
	"combat": true, "target": true, "punish": true, "deter": true, "stop": true, "repel": true, "clear": true,
	"rout": true, "encircle": true, "besiege": true, "weaken": true, "degrade": true, "annihilate": true,
	"unseat": true, "depose": true, "dethrone": true,
}

// repelLemmas withstand an attack: their subject was attacked.
// allWithin says whether every mention in ms lies in the phrase of word k.
func (c *clause) allWithin(ms []Mention, k int) bool {
	lo, hi := c.t.span(k)
	return !slices.ContainsFunc(ms, func(m Mention) bool { return m.Start < lo || m.End > hi+1 })
}

// stateOfNouns name a state by the name after "of": "the nation of Qatar".
var stateOfNouns = map[string]bool{"nation": true, "country": true, "state": true, "kingdom": true, "republic": true, "emirate": true, "sultanate": true}

// guarded is the word for what a guard verb keeps from the act i
// ("protect its troops from strikes by Iran", also with the phrase hung on
// the troops, and "troops were protected from attacks"), or -1.
func (c *clause) guarded(i int) int {
	t := c.t
	if t.caseOf(i) != "from" && t.caseOf(i) != "against" {
		return -1
	}
	v := t.head[i]
	if v >= 0 && relIs(t.rel[i], "nmod") && (t.rel[v] == "obj" || t.rel[v] == "nsubj:pass") && t.head[v] >= 0 && guardLemmas[t.lemma[t.head[v]]] {
		return v
	}
	if v < 0 || !relIs(t.rel[i], "obl") || !guardLemmas[t.lemma[v]] {
		return -1
	}
	if o := t.child(v, "obj"); o >= 0 {
		return o
	}
	return t.child(v, "nsubj:pass")
}

// advocateLemmas urge the course their gerund names: "favors sending arms".
var advocateLemmas = map[string]bool{"support": true, "favor": true, "favour": true, "back": true, "advocate": true, "endorse": true, "recommend": true, "suggest": true, "urge": true}

// hopeNouns hope for what their of-phrase names: "the hope of reaching a deal".
var hopeNouns = map[string]bool{"hope": true, "dream": true, "goal": true, "aim": true, "ambition": true} // ("prospect" is an idea noun)

// conditionLemmas make their subject wait on something: "the meeting was
// conditioned on", "aid is contingent on", "the summit depends on".
var conditionLemmas = map[string]bool{"condition": true, "contingent": true, "conditional": true, "dependent": true, "depend": true, "hinge": true}

// guardLemmas keep their object from an act named after "from" or
// "against": "protect its troops from strikes by Iran".
var guardLemmas = map[string]bool{"protect": true, "shield": true, "defend": true, "guard": true, "safeguard": true, "insulate": true, "secure": true}

var repelLemmas = map[string]bool{"repel": true, "repulse": true, "thwart": true, "foil": true, "withstand": true, "rebuff": true, "fend": true, "beat": true}

// takePartLemmas take part in the event after "in", as "take part" does.
var takePartLemmas = map[string]bool{"participate": true, "join": true, "engage": true, "partake": true}

// joinsEvent reports whether verb v takes part in the event noun i: "took
// part in U.S.-led strikes", "participated in the talks", "joined U.S.
// airstrikes on Syria", "rejoined the coalition's airstrikes".
func (c *clause) joinsEvent(i, v int) bool {
	t := c.t
	if t.rel[i] == "obj" {
		return t.lemma[v] == "join" || t.lemma[v] == "rejoin"
	}
	return relIs(t.rel[i], "obl") && t.caseOf(i) == "in" && (takePartLemmas[t.lemma[v]] || t.lemma[v] == "take" && t.hasChildLemma(v, "obj", "part"))
}

// tieNouns are the bonds a pledge may promise to keep with someone.
var tieNouns = map[string]bool{"peace": true, "tie": true, "relation": true, "dialogue": true, "cooperation": true, "contact": true, "friendship": true, "partnership": true}

// assuranceNouns are what a demand may ask of someone: "demanded
// guarantees that Washington will not quit".
var assuranceNouns = map[string]bool{"guarantee": true, "assurance": true, "commitment": true, "pledge": true, "promise": true, "proof": true}

// vowLemmas make a vow, which is a threat when what is vowed is force.
var vowLemmas = map[string]bool{"vow": true, "pledge": true, "promise": true, "swear": true}

// passiveSubjectAbove returns the actor that is the passive subject of
// the clause above an adverbial clause whose subject "it" (at i) is:
// "Moscow was kicked out of the G8 after it annexed Crimea", "Turkey was
// criticized by the EU when it invaded Syria". What befell the subject
// is told of its own act; an active clause's object may be the one that
// acted ("The US struck Syria after it used gas"), so none is taken
// there.
func (c *clause) passiveSubjectAbove(i int) *schema.Actor {
	t := c.t
	v := t.head[i]
	if v < 0 || t.rel[i] != "nsubj" || t.rel[v] != "advcl" || !slices.ContainsFunc(t.kids[v], func(k int) bool { return t.rel[k] == "mark" && frontedSubordinators[t.lemma[k]] }) && !t.hasChildLemma(v, "advmod", "when") {
		return nil
	}
	s := t.child(t.head[v], "nsubj:pass")
	if s < 0 || s > i {
		return nil
	}
	if n := c.headOf[s]; n >= 0 && len(c.ms[n].Actors) == 1 && c.ms[n].Actors[0].Kind != schema.Person {
		return &c.ms[n].Actors[0]
	}
	return nil
}

// forceNouns are uses of force a warning may be against ("warned
// Washington against military intervention"), besides attacks and wars.
var forceNouns = map[string]bool{
	"intervention": true, "aggression": true, "escalation": true, "provocation": true, "incursion": true, "invasion": true, "retaliation": true,
}

// menaceAfter reports whether a word after o, other than the act warned
// against, tells what will follow the warning.
func (c *clause) menaceAfter(o, against int) bool {
	for j := o; j < len(c.toks); j++ {
		if l := c.t.lemma[j]; j != against && (menaceLemmas[l] || consequenceNouns[l]) {
			return true
		}
	}
	return false
}

// menaceLemmas tell of what will follow a warning, besides the
// consequenceNouns: "or else", "would pay a heavy price", "resolute and
// forceful measures".
var menaceLemmas = map[string]bool{
	"else": true, "retaliate": true, "punish": true, "pay": true, "price": true, "destroy": true, "hit": true,
	"forceful": true, "measure": true,
}

// agencyNouns are one's share in an act: "Iran's role in killing".
var agencyNouns = map[string]bool{
	"role": true, "part": true, "hand": true, "involvement": true, "responsibility": true, "complicity": true, "participation": true,
	"culpability": true, "guilt": true,
}

var helpLemmas = map[string]bool{
	"help": true, "assist": true, "support": true, "defend": true, "protect": true, "aid": true, "back": true,
	"supply": true, "arm": true, "fund": true, "rebuild": true, "provide": true, "give": true, "send": true,
	"replenish": true, "resupply": true, "restock": true, "equip": true, "train": true, "finance": true, "bolster": true,
	"buoy": true, "embolden": true, "prop": true, "rescue": true, "save": true,
}

// relativeIs reports whether the relative pronoun of the relative clause at
// i fills rel ("who backs" → nsubj, "that Moscow backs" → obj).
func (c *clause) relativeIs(i int, rel string) bool {
	for _, k := range c.t.kids[i] {
		if relIs(c.t.rel[k], rel) && c.isRelativePronoun(k) {
			return true
		}
	}
	// "the rebels Moscow backs": no pronoun, a subject of its own.
	s := c.t.child(i, "nsubj")
	return rel == "obj" && s >= 0 && !c.isRelativePronoun(s) && c.t.child(i, "obj") < 0
}

// joinedIn returns the gerund of "join X in V-ing" or "stand with X in
// V-ing" when i is that verb, or -1.
func (c *clause) joinedIn(i int) int {
	t := c.t
	if i < 0 || c.joinedPartner(i) < 0 {
		return -1
	}
	for _, k := range t.kids[i] {
		if t.tag[k] == "VBG" && (t.rel[k] == "advcl" || relIs(t.rel[k], "obl")) && (t.hasChildLemma(k, "mark", "in") || t.caseOf(k) == "in") {
			return k
		}
	}
	return -1
}

// wordsOnly reports whether the verb at g is a vote or an act of speech:
// "abstaining", "condemning", "calling for".
func (c *clause) wordsOnly(g int) bool {
	if voteLemmas[c.t.lemma[g]] {
		return true
	}
	es := c.x.lex.Lookup(c.t.lemma[g], schema.Verb)
	return len(es) > 0 && !slices.ContainsFunc(es, func(e schema.LexiconEntry) bool { return !speechActs[e.Relation] && e.Relation != schema.Supported })
}

// voteLemmas cast or withhold a vote.
var voteLemmas = map[string]bool{"vote": true, "abstain": true, "recognize": true, "recognise": true, "boycott": true, "express": true, "voice": true}

// joinedPartner returns the one the verb at i joins or stands with: "joined
// the US", "stands with the United Kingdom", "sided with Riyadh"; or -1.
func (c *clause) joinedPartner(i int) int {
	switch c.t.lemma[i] {
	case "join":
		return c.t.child(i, "obj")
	case "stand", "side", "unite":
		return c.prepChild(i, "with")
	}
	return -1
}

// relativeSubject returns the subject of the relative clause i whose
// relative pronoun is its subject: the noun the clause modifies.
func (c *clause) relativeSubject(i int) []Mention {
	t := c.t
	if t.rel[i] != "acl:relcl" || !c.relativeIs(i, "nsubj") || c.relativeIs(i, "nsubj:pass") && t.lemma[i] != "align" && t.lemma[i] != "ally" {
		return nil // (not "an officer who was killed": whom the passive befell; but "fighters who are aligned with Kyiv" hold the state)
	}
	var subj []Mention
	h := t.head[i]
	switch {
	case c.singular(i):
		// "Iran and Russia, which backs Assad": only the last.
		if a := c.antecedent(c.relativePronoun(i)); a >= 0 {
			h = a
		}
		subj = c.actorsOf(h, false)
	default:
		// "Tillerson and Lavrov, who had met": the relative clause
		// after the last conjunct and a comma is about them all;
		// "Peshmerga fighters and rebels who have battled Assad": without
		// the comma, only about the last.
		if p := c.relativePronoun(i); p > 0 && c.toks[p-1].key == "," {
			for t.rel[h] == "conj" {
				h = t.head[h]
			}
			// "France, which had threatened …, and Germany": not a
			// conjunct after the clause.
			subj = slices.DeleteFunc(c.argsOf(h, false), func(m Mention) bool { return m.Start > p })
		} else {
			subj = c.actorsOf(h, false)
		}
	}
	if len(subj) == 0 && textNouns[t.lemma[t.head[i]]] {
		subj, _ = c.modifierActors(t.head[i]) // "a U.S. law which imposes sanctions": its maker's act
	}
	if p := c.relativePronoun(i); len(subj) == 0 && c.headOf[t.head[i]] < 0 && p >= 2 && c.toks[p-1].key == "," && c.within[p-2] >= 0 && t.dominates(t.head[i], p-2) && !c.ms[c.within[p-2]].Place {
		// "Israel's relationship with Egypt, which recalled its
		// ambassador": no relationship acts; the actor that ends the
		// phrase does (not a place: "Bret Schafer, an analyst at the
		// Fund in Washington, who has visited Estonia").
		subj = []Mention{c.ms[c.within[p-2]]}
	}
	if p := c.relativePronoun(i); len(subj) == 0 && p >= 0 && c.toks[p].key == "who" {
		// "condemnation from Russian officials, who accused …": "who"
		// is a person, the phrase before it when the parser hung the
		// clause elsewhere.
		if a := c.antecedent(p); a >= 0 {
			subj = c.argsOf(a, false)
		}
	}
	if a := t.head[i]; len(subj) == 0 && a >= 0 && t.rel[a] == "appos" && t.head[a] >= 0 && c.headOf[t.head[a]] >= 0 && actorKinds[t.lemma[a]] {
		// "The GCC, an alliance which has supported Iraq": the name the
		// apposition describes.
		subj = c.ms[c.headOf[t.head[a]] : c.headOf[t.head[a]]+1]
	}
	return subj
}

// actorKinds are the nouns that say what kind of actor a name is: "the
// GCC, an alliance which …".
var actorKinds = map[string]bool{
	"alliance": true, "bloc": true, "organization": true, "organisation": true, "body": true, "coalition": true,
	"country": true, "nation": true, "state": true, "kingdom": true, "republic": true, "power": true, "ally": true,
	"group": true, "movement": true, "militia": true,
}

// chargeLemmas charge someone with a deed: "accused of", "suspected of".
var chargeLemmas = map[string]bool{"accuse": true, "suspect": true, "charge": true, "convict": true, "blame": true}

// sharedObject returns the object of the verb coordinated right after
// the verb at i, which has none of its own: "condemned and rejected the
// decision", "are training and advising Iraqi forces". Or -1.
func (c *clause) sharedObject(i int) int {
	t := c.t
	for _, k := range t.kids[i] {
		if k <= i || t.rel[k] != "conj" || !strings.HasPrefix(t.tag[k], "VB") || t.tag[k] != t.tag[i] {
			continue
		}
		cc := t.child(k, "cc")
		if cc < 0 || cc != i+1 && !(cc == i+2 && t.rel[i+1] == "advmod") || cc+1 != k || t.child(k, "nsubj") >= 0 {
			return -1
		}
		if o := t.child(k, "obj"); o > k {
			return o
		}
		return -1
	}
	return -1
}

// withCompanions adds to the subject subj, headed by s, of the verb at v
// the actors that "along with" or "together with" joins to it, on the
// subject or on the verb: "Egypt, along with the United States, brokered
// the deal", "Egypt helped broker the deal along with the United States".
func (c *clause) withCompanions(subj []Mention, s, v int) []Mention {
	t := c.t
	if len(subj) == 0 || t.child(v, "aux:pass") >= 0 || t.tag[v] == "VBN" && t.child(v, "aux") < 0 {
		return subj // "Abboud was killed along with other members": victims, no doers
	}
	for _, pw := range [...]struct {
		p    int
		want string
	}{{s, "nmod"}, {v, "obl"}} {
		p, want := pw.p, pw.want
		if p < 0 {
			continue // no subject of its own: "helped to broker the deal, along with the United States"
		}
		for _, k := range t.kids[p] {
			if relIs(t.rel[k], want) && t.hasChildLemma(k, "case", "with") && (t.hasChildLemma(k, "case", "along", "together") || t.hasChildLemma(k, "advmod", "along", "together")) {
				subj = append(slices.Clone(subj), c.others(c.argsOf(k, false), subj)...)
			}
		}
	}
	return subj
}

// teamLemmas work with a partner towards a purpose both pursue.
var teamLemmas = map[string]bool{"work": true, "partner": true, "collaborate": true, "cooperate": true, "team": true, "join": true, "coordinate": true, "conspire": true, "collude": true}

// subjectOf finds the subject of the verb at i: its own, or through
// control, coordination, a relative clause or a participle.
func (c *clause) subjectOf(i, depth int) []Mention {
	t := c.t
	if got := c.relativeSubject(i); len(got) > 0 {
		return got // "jets which operate in support of the regime"
	}
	if s := t.child(i, "nsubj"); s >= 0 {
		if k := t.child(s, "case"); k > 0 && k < s && t.tag[k] == "IN" && (t.tag[k-1] == "WP" || c.toks[k-1].key == "anyone" || c.toks[k-1].key == "someone") {
			// "who in his campaign/nsubj had communications": a phrase
			// with a preposition is no subject; the one it belongs to is
			// not named.
			return nil
		}
		if h := t.head[i]; h >= 0 && t.rel[i] == "advcl" && t.hasChildLemma(i, "mark", "for") && t.hasChildLemma(i, "mark", "to") && c.destinationOf(h, s) {
			return c.subjectOf(h, depth+1) // "left Washington for Riyadh to meet the king": the traveller meets
		}
		if t.rel[i] != "acl:relcl" && (t.tag[s] == "WP" || t.tag[s] == "WDT") {
			// A relative clause the parser attached elsewhere: "who" and
			// "which" stand for the phrase right before them.
			if a := c.antecedent(s); a >= 0 {
				return c.argsOf(a, false)
			}
		}
		return c.withCompanions(c.argsOf(s, false), s, i)
	}
	if depth > 3 || t.head[i] < 0 {
		return nil
	}
	h := t.head[i]
	if o := t.child(h, "obj"); (t.rel[i] == "advcl" || t.rel[i] == "xcomp") && t.hasChildLemma(i, "mark", "to") && o >= 0 && o < i && c.leave(o) {
		if got := c.letActor(h, o, i); len(got) > 0 {
			return got // (the infinitive hung on the verb)
		}
	}
	if t.rel[i] == "advcl" && t.tag[i] == "VBG" && i > 0 && t.head[i-1] == h && relIs(t.rel[i-1], "obl") && t.child(i, "mark") < 0 {
		// "responding to US planes shooting down a Syrian jet": a gerund
		// right after an actor's noun, with no comma or conjunction, is
		// that actor's doing.
		if got := c.actorsOf(i-1, false); len(got) > 0 {
			return got
		}
	}
	if c.joinedIn(h) == i {
		// "Japan joined the US in imposing sanctions", "stands with the
		// UK in condemning Russia": both impose them, both condemn.
		return append(c.subjectOf(h, depth+1), c.argsOf(c.joinedPartner(h), false)...)
	}
	if k := c.prepChild(h, "with"); t.rel[i] == "advcl" && t.hasChildLemma(i, "mark", "to") && teamLemmas[t.lemma[h]] && k >= 0 {
		// "Parnas worked with Giuliani to pressure Ukrainian officials":
		// the partners act together.
		return append(c.subjectOf(h, depth+1), c.argsOf(k, false)...)
	}
	if o := t.child(h, "obj"); t.rel[i] == "advcl" && t.hasChildLemma(i, "mark", "to") && receiveLemmas[t.lemma[h]] && o >= 0 && c.prepChild(o, "from") >= 0 {
		// "received a call from Putin to thank him": the sender's purpose.
		if got := c.argsOf(c.prepChild(o, "from"), false); len(got) > 0 {
			return got
		}
	}
	if o, k := t.child(h, "obj"), c.recipientOf(h); (t.rel[i] == "advcl" || t.rel[i] == "xcomp") && t.hasChildLemma(i, "mark", "to") && armingLemmas[t.lemma[h]] && fightingLemmas[t.lemma[i]] &&
		o >= 0 && (armsNouns[t.lemma[o]] || armsNouns[t.lemma[max(c.prepChild(o, "of"), o)]]) && k >= 0 {
		// "would send arms to Kurds in Iraq to fight the Islamic State":
		// the armed fight, not who arms them; a place armed names no one.
		if n := c.headOf[k]; n >= 0 && !c.ms[n].Place {
			return c.argsOf(k, false)
		}
		return nil
	}
	if t.tag[i] == "VBG" && t.rel[i] == "advcl" && t.hasChildLemma(i, "mark", "for") && (judgeLemmas[t.lemma[h]] || t.lemma[h] == "fire" || t.lemma[h] == "oust" || t.lemma[h] == "dismiss") {
		// "Trump fired Comey for misleading him", "Flynn was fired for
		// misleading Pence": the one judged did it.
		if o := max(t.child(h, "obj"), t.child(h, "nsubj:pass")); o >= 0 {
			return c.argsOf(o, false)
		}
	}
	if o := t.child(h, "obj"); t.tag[i] == "VBG" && t.rel[i] == "advcl" && t.hasChildLemma(i, "mark", "for") && o >= 0 && creditNouns[t.lemma[o]] && t.child(h, "iobj") >= 0 {
		return c.argsOf(t.child(h, "iobj"), false) // "gave Froman credit for finishing trade pacts": the one credited did it
	}
	if k := c.penalizedFor(i); t.tag[i] == "VBG" && t.hasChildLemma(i, "mark", "for") && k >= 0 {
		// "won't impose sanctions on Turkey for buying Russian missiles":
		// the one penalised did it.
		return c.argsOf(k, false)
	}
	if got := c.objectController(i, h); len(got) > 0 {
		return got
	}
	if s := t.child(h, "nsubj"); intentWords[t.lemma[h]] && t.tag[i] == "VBG" && (t.rel[i] == "advcl" || t.rel[i] == "acl") && t.hasChildLemma(i, "mark", "on", "upon") {
		// "America was hellbent on blaming China", "Israel is focused
		// on attacking Hezbollah": one set on doing a thing does it.
		if t.child(h, "cop") < 0 {
			s = t.child(h, "nsubj:pass")
		}
		if s >= 0 {
			return c.argsOf(s, false)
		}
	}
	if t.tag[h] == "VBN" && t.hasChildLemma(i, "mark", "to") && t.child(h, "aux") < 0 && t.child(h, "aux:pass") < 0 && t.child(h, "cop") < 0 && t.child(h, "nsubj") < 0 &&
		meansLemmas[t.lemma[h]] && (t.rel[h] == "acl" || (t.rel[h] == "xcomp" || t.rel[h] == "advcl") && h > 0 && (t.tag[h-1] == "NN" || t.tag[h-1] == "NNS")) {
		// "provided militants with weaponry employed to kill American
		// soldiers": the purpose of a thing a participle describes is its
		// users', named only by the participle's agent.
		if a := t.child(h, "obl:agent"); a >= 0 {
			return c.argsOf(a, false)
		}
		return nil
	}
	if c.objectParticiple(i) && t.child(h, "obj") >= 0 {
		return c.argsOf(t.child(h, "obj"), false) // "will arm the Kurds fighting IS": the Kurds fight, whoever arms them
	}
	switch {
	case t.rel[i] == "xcomp" || t.rel[i] == "advcl" && objectControl[t.lemma[h]] && t.hasChildLemma(i, "mark", "to"):
		// "pressed China to sanction": the parser may call the
		// infinitive a purpose clause; the verb still lends its object.
		if objectControl[t.lemma[h]] {
			o := t.child(h, "obj")
			if o < 0 {
				o = t.child(h, "iobj")
			}
			if o >= 0 {
				if c.headOf[o] < 0 && otherPersonNouns[t.lemma[o]] {
					return nil // "urged his counterpart to investigate": the counterpart, not he
				}
				return c.argsOf(o, false)
			}
			if o := c.prepChild(h, "on"); o >= 0 { // "called on Iran to stop"
				return c.argsOf(o, false)
			}
		}
		return c.withCompanions(c.subjectOf(h, depth+1), -1, i)
	case t.rel[i] == "conj" && t.rel[h] == "acl:relcl" && t.child(i, "cc") < 0:
		// "The rebels, who are backed by Turkey, attacked …": a verb
		// after a relative clause with no "and" is the main clause's.
		return c.argsOf(t.head[h], false)
	case t.rel[i] == "conj" && strings.HasPrefix(t.tag[i], "VB") && t.child(i, "cc") >= 0 && t.child(h, "cop") >= 0 && t.child(h, "nsubj") >= 0:
		// "Iran is Syria's closest ally/root and is supporting/conj
		// Assad": a verb coordinated with a noun or adjective predicate
		// shares its subject; not an empty "it" ("It was an extraordinary
		// scene: the leader …, using it to denounce").
		if s := t.child(h, "nsubj"); c.toks[s].key == "it" && sceneNouns[t.lemma[h]] {
			return nil
		}
		return c.argsOf(t.child(h, "nsubj"), false)
	case t.rel[i] == "conj" && t.hasChildLemma(i, "mark", "to") && !t.hasChildLemma(h, "mark", "to") && c.infinitiveAbove(h) >= 0:
		// "expected to declare that Turkey has met the criteria and to
		// ask EU governments": an infinitive conjunct of a finite verb is
		// the conjunct of the infinitive above it.
		return c.subjectOf(c.infinitiveAbove(h), depth+1)
	case t.rel[i] == "conj" && strings.HasPrefix(t.tag[h], "VB"):
		for k := h + 1; k < i; k++ {
			if (c.toks[k].key == "while" || c.toks[k].key == "whereas") && t.rel[k] == "mark" {
				// "Russia is backing Assad, while the United States and Arab
				// states are helping rebels", the contrast's subject hung
				// apart: not the first clause's subject.
				return nil
			}
		}
		return c.subjectOf(h, depth+1)
	case t.rel[i] == "parataxis" && strings.HasPrefix(t.tag[h], "VB") && t.tag[i] == "VBD" && i > 0 && c.toks[i-1].key == ";":
		// "Trump has written that …; accused China of …": a part after a
		// semicolon with a finite verb and no subject of its own goes on
		// with the subject of the part before.
		return c.subjectOf(h, depth+1)
	case t.rel[i] == "ccomp" && speechLemmas[t.lemma[h]] && t.child(i, "mark") < 0 && (t.child(i, "aux") == h+1 || i == h+1 && (t.tag[i] == "VBD" || t.tag[i] == "VBZ")):
		// "Russia says will keep bombing rebels", "Netanyahu says
		// declined to meet Obama": a headline's speaker, the verb or its
		// auxiliary right after "says", says what it does itself.
		return c.subjectOf(h, depth+1)
	case t.rel[i] == "acl:relcl":
		return nil
	case t.rel[i] == "acl" && t.hasChildLemma(i, "mark", "to"):
		// "launched an operation to tackle X": the purpose of what a light
		// verb's subject launched is that subject's.
		if s := t.child(h, "nsubj"); s >= 0 && t.child(h, "cop") >= 0 && ordinalHead(t, h) {
			return c.argsOf(s, false) // "Obama was the first US president to visit Cuba"
		}
		if ordinalHead(t, h) && (t.rel[h] == "xcomp" || t.rel[h] == "obj" || t.rel[h] == "iobj") && t.head[h] >= 0 && t.lemma[t.head[h]] == "become" {
			return c.subjectOf(t.head[h], depth+1) // "Obama became the first president to visit Cuba"
		}
		if ordinalHead(t, h) && t.rel[h] == "appos" && t.head[h] >= 0 {
			return c.argsOf(t.head[h], false) // "Jordan and Egypt, the only Arab nations to have peace treaties with Israel,"
		}
		if k := c.prepChild(h, "to"); inviteNouns[t.lemma[h]] && k >= 0 && k < i {
			return c.argsOf(k, false) // "Reagan's invitation to Gorbachev to visit the United States": the invited
		}
		if c.leave(h) && t.rel[h] == "obj" && t.head[h] >= 0 {
			if got := c.letActor(t.head[h], h, i); len(got) > 0 {
				return got
			}
		}
		if requestNouns[t.lemma[h]] && (t.lemma[h] != "call" || t.tag[h] == "NNS" || c.prepChild(h, "by") >= 0) || c.toks[h].key == "calls" {
			// "rejected calls by the EU to condemn Russia": the one asked
			// would act, not the one asking.
			if v := t.head[h]; t.rel[h] == "obj" && v >= 0 && answerLemmas[t.lemma[v]] {
				return c.subjectOf(v, depth+1)
			}
			return nil
		}
		if k := c.prepChild(h, "from"); k >= 0 && k < i && c.t.child(h, "nmod:poss") < 0 {
			if got := c.argsOf(k, false); len(got) > 0 {
				return got // "a call from Putin to thank him", "troops from Britain to train them"
			}
		}
		got := c.argsOf(h, false)
		for _, p := range []string{"of", "by"} {
			if k := c.prepChild(h, p); ownActNouns[t.lemma[h]] && k >= 0 && k < i && c.t.child(h, "nmod:poss") < 0 && (p == "of" || c.headOf[k] >= 0) { // (not "efforts by his secretary of state": whose, the title says)
				if got := c.argsOf(k, false); len(got) > 0 {
					return got // "the ability of Hamas to keep firing rockets", "the effort by Riyadh's government to pressure Qatar"
				}
			}
		}
		if own, _ := c.modifierActors(h); len(own) > 0 && ownActNouns[t.lemma[h]] {
			return own // "Russia's decision to send troops", "a Turkish plan to invade"
		} else if len(got) == 0 && requestNouns[t.lemma[h]] && t.child(h, "nmod:poss") >= 0 {
			return nil // "took issue with Jeb Bush's call to confront ISIS": Bush asks it of others
		}
		switch {
		case len(got) > 0 && (relIs(t.rel[h], "obl") || relIs(t.rel[h], "nmod") || t.rel[h] == "conj"):
			// "Sondland met with Mulvaney and Volker to urge Ukraine": a
			// purpose hung on the last of a phrase is the clause's.
			return c.verbSubjectAbove(h, depth)
		case len(got) > 0 || t.head[h] < 0:
			return got
		case t.rel[h] == "obj" && (lightLemmas[t.lemma[t.head[h]]] || inviteNouns[t.lemma[h]] && inviteeLemmas[t.lemma[t.head[h]]] || abilityNouns[t.lemma[h]] && t.lemma[t.head[h]] == "lack"):
			// "accepted an invitation to visit China": the invited goes;
			// "lacks the means to strike its neighbour": the one lacking cannot.
			return c.subjectOf(t.head[h], depth+1)
		case c.givenBy(h) >= 0:
			// "is supplying helicopters and other military aid to help
			// Tunisia": what a state gives or sends serves its purpose.
			return c.subjectOf(c.givenBy(h), depth+1)
		case relIs(t.rel[h], "obl") && topicPreps[t.caseOf(h)] && (t.lemma[h] == "threat" || t.lemma[h] == "plot" || t.lemma[h] == "conspiracy") && t.child(h, "nmod:poss") < 0 && !chargedLemmas[t.lemma[t.head[h]]]:
			// "warned Dallas police about a threat to kill Oswald", "warned
			// Israel of a plot to attack its embassy": what is warned of is
			// someone else's, not named (but one accused of a plot is its
			// plotter).
			return nil
		case relIs(t.rel[h], "obl") && strings.HasPrefix(t.tag[t.head[h]], "VB"):
			// "launched Operation Shield in Aleppo province to tackle IS":
			// a purpose hung on an adjunct's noun is the clause's.
			return c.subjectOf(t.head[h], depth+1)
		}
		return nil
	case t.rel[i] == "acl" && t.tag[i] == "VBG" && t.child(i, "mark") < 0 && projectileNouns[t.lemma[h]] && t.child(h, "nmod:poss") < 0 && t.rel[h] == "obj" && t.head[h] >= 0 && strings.HasPrefix(t.tag[t.head[h]], "VB"):
		// "Iran fired missiles targeting US forces": who fires the
		// missiles aims them.
		return c.subjectOf(t.head[h], depth+1)
	case t.rel[i] == "acl" && t.tag[i] == "VBG" && t.hasChildLemma(i, "mark", "by", "after", "before", "while", "when"):
		// "Trump did more damage by meeting with Putin": a clause of manner
		// or time the parser hung on a noun is the clause's.
		return c.verbSubjectAbove(h, depth)
	case (t.rel[i] == "acl" || t.rel[i] == "advcl" && strings.HasPrefix(t.tag[h], "NN") && t.hasChildLemma(i, "mark", "of")) && t.tag[i] == "VBG" && t.hasChildLemma(i, "mark", "on", "about", "of", "for", "against", "over") && c.headOf[h] < 0:
		// "Russia's policy of arming the Taliban": the noun's owner; "a
		// French-run summit on combatting IS": no one (who runs the
		// summit does not do what it is about). An actor keeps its act
		// ("accuse the YPG of working with", hung on the YPG).
		got, _ := c.modifierActors(h)
		if v := t.head[h]; len(got) == 0 && v >= 0 && t.rel[h] == "obj" && (t.lemma[v] == "have" && habitNouns[t.lemma[h]] || t.lemma[v] == "make" && t.lemma[h] == "point" || t.lemma[v] == "take" && t.lemma[h] == "step" || t.lemma[h] == "process" && startLemmas[t.lemma[v]]) {
			// "Russia has a long history of supporting Assad", "made a
			// point of praising", "took the rare step of summoning",
			// "began the process of lifting sanctions".
			return c.subjectOf(v, depth+1)
		}
		return slices.DeleteFunc(got, func(m Mention) bool { return m.Suffix != "" && m.Suffix != "led" })
	case t.rel[i] == "acl" && t.tag[i] == "VBG" && t.hasChildLemma(i, "mark", "in") && agencyNouns[t.lemma[h]] && c.headOf[h] < 0:
		// "Iran's role in killing American troops", "Russia played a part
		// in arming the rebels": one's share in an act is one's doing of it.
		if got, _ := c.modifierActors(h); len(got) > 0 {
			return got
		}
		// Only a share told as had: not "should play a role", "to play a
		// larger role", "denied he played any role".
		if v := t.head[h]; v >= 0 && t.rel[h] == "obj" && (t.lemma[v] == "play" || t.lemma[v] == "have" || t.lemma[v] == "bear") &&
			t.tag[v] != "VB" && t.tag[v] != "VBG" && !t.hasChildLemma(v, "aux", "will", "would", "should", "could", "may", "might", "must", "can") && !t.hasChildLemma(h, "det", "any", "no") {
			return c.subjectOf(v, depth+1)
		}
		return nil
	case t.rel[i] == "acl" && t.tag[i] == "VBG" && textNouns[t.lemma[h]] && c.headOf[h] < 0:
		// "adopted a resolution demanding an end to Israeli settlements",
		// "a UN resolution condemning the tests", "posted a tweet (in
		// capital letters) warning Rouhani": a text says what its author
		// or adopter says.
		if k := t.head[h]; relIs(t.rel[h], "nmod") && k >= 0 && textNouns[t.lemma[k]] && c.headOf[k] < 0 {
			h = k // "a tweet in capital letters/nmod warning …": the tweet's
		}
		if got, _ := c.modifierActors(h); len(got) > 0 {
			return got
		}
		if v := t.head[h]; v >= 0 && t.rel[h] == "obj" && adoptLemmas[t.lemma[v]] {
			return c.subjectOf(v, depth+1)
		}
		return nil
	case t.rel[i] == "acl" && t.child(h, "cop") >= 0 && t.child(h, "nsubj") >= 0 && c.headOf[h] < 0 && c.prepChild(h, "of") < 0:
		// "The Kurdish militia has been the main force fighting Islamic
		// State": the predicate's subject (but "is part of the coalition
		// fighting IS": the coalition).
		return c.argsOf(t.child(h, "nsubj"), false)
	case t.rel[i] == "acl" && t.tag[i] == "VBG" && t.hasChildLemma(i, "mark", "toward", "towards") && t.rel[h] == "obj" && stepNouns[t.lemma[h]] && c.headOf[h] < 0:
		// "South Korea took steps toward deescalating the situation by
		// opening talks": who steps toward an act does it.
		return c.subjectOf(t.head[h], depth+1)
	case t.rel[i] == "acl":
		return c.argsOf(h, false) // "forces attacking the city"
	case t.rel[i] == "advcl" && t.tag[i] == "VBG" && t.hasChildLemma(i, "mark", "for") && (judgeForLemmas[t.lemma[h]] || answerForLemmas[t.lemma[h]]):
		// "criticized Iran for attacking tankers": the one judged did it;
		// "was praised for meeting Kim", "took heat for calling on
		// Russia", "apologised for attacking": the subject did.
		if o := t.child(h, "obj"); o >= 0 && judgeForLemmas[t.lemma[h]] {
			return c.argsOf(o, false)
		}
		if s := t.child(h, "nsubj:pass"); s >= 0 {
			return c.argsOf(s, false)
		}
		if answerForLemmas[t.lemma[h]] {
			return c.subjectOf(h, depth+1)
		}
		return nil
	case t.rel[i] == "advcl" && t.tag[i] == "VBG" && t.hasChildLemma(i, "mark", "of") && chargeLemmas[t.lemma[h]] && t.child(h, "nsubj:pass") >= 0:
		// "Iran is accused of supplying weapons to the Houthis": the
		// one charged did it.
		return c.argsOf(t.child(h, "nsubj:pass"), false)
	case t.rel[i] == "advcl" && t.tag[i] == "VBG" && t.hasChildLemma(i, "mark", "from") && (refrainLemmas[t.lemma[h]] || t.lemma[h] == "hold" && t.hasChildLemma(h, "compound:prt", "off")):
		return c.subjectOf(h, depth+1) // "the EU refrained from sanctioning Israel": its own act, not done
	case t.rel[i] == "advcl" && t.tag[i] == "VBG" && t.hasChildLemma(i, "mark", "of") && (t.lemma[h] == "stop" && t.hasChildLemma(h, "advmod", "short") || t.lemma[h] == "short" && t.head[h] >= 0 && t.lemma[t.head[h]] == "stop"):
		if t.lemma[h] == "short" {
			h = t.head[h]
		}
		return c.subjectOf(h, depth+1) // "stopped short of blaming Russia": its own act, not done
	case t.rel[i] == "advcl" && t.tag[i] == "VBG" && t.hasChildLemma(i, "mark", "on") && c.settlesOn(h):
		return c.subjectOf(h, depth+1) // "Trump signed off on sending troops", "decided on sending": the one who settles on an act does it
	case t.rel[i] == "advcl" && t.tag[i] == "VBG" && (t.hasChildLemma(i, "mark", "against", "for", "from", "of", "on", "into") || noDoerCase[t.caseOf(i)]):
		return nil // "warned against signing", "signaled support for invading": whose act is not said
	case (t.rel[i] == "advcl" || (t.rel[i] == "dep" || t.rel[i] == "parataxis") && c.afterComma(i) && strings.HasPrefix(t.tag[h], "VB")) && (t.tag[i] == "VBG" || t.tag[i] == "VBN"):
		// (A participle after a comma the parser left as "dep" or
		// "parataxis" too: "…, flatly rejecting Trump's appeal".)
		// "After meeting X, he said"; "Obama questioned whether a deal was
		// possible after meeting Putin": past a clause with no actor
		// subject, the one that embeds it.
		if got := c.subjectOf(h, depth+1); len(got) > 0 || t.head[h] < 0 || t.rel[h] != "ccomp" && t.rel[h] != "xcomp" {
			return got
		}
		got := c.subjectOf(t.head[h], depth+1)
		if s := t.child(h, "nsubj"); s >= 0 && ((c.toks[s].key == "he" || c.toks[s].key == "she" || c.toks[s].key == "they") || (officeNouns[t.lemma[s]] || agentNouns[t.lemma[s]]) && !slices.ContainsFunc(got, func(m Mention) bool { return m.Actors[0].Kind != schema.Person })) {
			// "Pelosi said the president has admitted to asking Ukraine":
			// one the clause names, if as no actor, did it; not the one
			// who reports it ("we" and "I" are the reporter; an envoy a
			// state's embassy speaks of, the state's).
			return nil
		}
		return got
	case t.rel[i] == "advcl" && t.tag[i] == "VB" && t.hasChildLemma(i, "mark", "to"):
		return c.subjectOf(h, depth+1) // "launched an operation to tackle X"
	}
	return nil
}

// inProtest reads "in protest against/over/at X" hung on a clause: the
// clause's subject criticises whoever did X ("suspended military exchanges
// with Washington in protest against the U.S. arms sale to Taiwan"), as the
// clause goes, whatever it stops. A protest with no addressee is
// criticism (the guideline's PROTESTED_TO lodges one with someone). It
// reports whether the noun is such a protest.
func (c *clause) inProtest(i int, e schema.LexiconEntry) (frame, bool) {
	t := c.t
	if e.Relation != schema.ProtestedTo || t.lemma[i] != "protest" || t.caseOf(i) != "in" {
		return frame{}, false
	}
	k := c.prepChild(i, "against")
	for _, p := range []string{"over", "at", "of"} {
		if k < 0 {
			k = c.prepChild(i, p)
		}
	}
	if p := i + 1; k < 0 && p < len(c.toks) && t.rel[p] == "case" && (c.toks[p].key == "against" || c.toks[p].key == "over" || c.toks[p].key == "at") {
		k = t.head[p] // the phrase right after, hung elsewhere
	}
	v := t.head[i]
	for v >= 0 && !strings.HasPrefix(t.tag[v], "VB") && (relIs(t.rel[v], "obl") || relIs(t.rel[v], "nmod") || t.rel[v] == "obj") {
		v = t.head[v]
	}
	if k < 0 || v < 0 || !strings.HasPrefix(t.tag[v], "VB") {
		return frame{}, false
	}
	for t.rel[v] == "xcomp" && t.head[v] >= 0 {
		v = t.head[v] // "refused to meet Pence in protest of …": the refusal protests
	}
	f := frame{rel: schema.Criticized, trigger: i, conf: 0.75, rule: "noun-adjunct", subj: c.subjectOf(v, 0), obj: c.argsOf(k, true)}
	c.polarity(&f, v)
	return f, true
}

// abilityNouns are powers to act: one without them cannot.
var abilityNouns = map[string]bool{"ability": true, "capability": true, "capacity": true, "means": true, "wherewithal": true, "power": true}

// wanting reports whether noun i is lacked: the object of "lack" or of a
// "have" negated, or a noun with "no" ("has no means to").
func (c *clause) wanting(i int) bool {
	t := c.t
	if t.hasChildLemma(i, "det", "no") {
		return true
	}
	v := t.head[i]
	return v >= 0 && t.rel[i] == "obj" && (t.lemma[v] == "lack" || t.lemma[v] == "have" && c.negated(v))
}

// lacked reports whether the event noun at i is what a noun of lacking
// takes: "Obama's lack of support for the rebels", "the absence of US aid".
func (c *clause) lacked(i int) bool {
	h := c.t.head[i]
	return h >= 0 && relIs(c.t.rel[i], "nmod") && c.t.caseOf(i) == "of" && (c.t.lemma[h] == "lack" || c.t.lemma[h] == "absence")
}

// settleOnLemmas settle on an act of one's own after "on": "decided on
// sending troops", "agreed on opening talks".
var settleOnLemmas = map[string]bool{"decide": true, "agree": true, "settle": true}

// settlesOn reports whether verb h settles on the act its "on" clause
// names: a settleOnLemma or "signed off on"; not one agreeing with someone
// ("agrees with us on confronting China" shares a view).
func (c *clause) settlesOn(h int) bool {
	t := c.t
	return (settleOnLemmas[t.lemma[h]] || t.lemma[h] == "sign" && t.hasChildLemma(h, "compound:prt", "off")) && c.prepChild(h, "with") < 0
}

// travelAdvice reports whether noun i is a warning about travel: "a
// warning on travel to Cuba" advises travellers and threatens no one.
func (c *clause) travelAdvice(i int) bool {
	if c.t.lemma[i] != "warning" && c.t.lemma[i] != "advisory" {
		return false
	}
	k := max(c.prepChild(i, "on"), c.prepChild(i, "about"), c.prepChild(i, "against"))
	return k >= 0 && (c.t.lemma[k] == "travel" || journeyNouns[c.t.lemma[k]])
}

// occasion reports whether noun i is the meeting or gathering a clause
// happens at: "failed to reach a deal at their meeting in Hanoi".
func (c *clause) occasion(i int) bool {
	t := c.t
	return strings.HasPrefix(t.tag[i], "NN") && (relIs(t.rel[i], "obl") || relIs(t.rel[i], "nmod")) && (t.caseOf(i) == "at" || t.caseOf(i) == "during") && (meetingNouns[t.lemma[i]] || gatheringNouns[t.lemma[i]])
}

// partakeLemmas take part in the act their "in" clause names: "was not
// involved in attacking", "did not engage in fighting".
var partakeLemmas = map[string]bool{"involve": true, "engage": true, "participate": true, "join": true, "complicit": true}

// stepNouns are moves toward an act ("took steps toward opening talks").
var stepNouns = map[string]bool{"step": true, "move": true, "stride": true, "progress": true}

// penalizedFor returns the phrase of the one a penalty falls on, for the
// gerund at i that says what for: "imposed sanctions on Turkey for
// buying", with "for" hung on the verb or on the penalty, "on" on the
// penalty or on the verb; or -1.
func (c *clause) penalizedFor(i int) int {
	t := c.t
	h := t.head[i]
	if h < 0 {
		return -1
	}
	n, v := -1, -1
	switch t.rel[i] {
	case "advcl":
		n, v = t.child(h, "obj"), h
	case "acl":
		n, v = h, t.head[h]
	}
	if n < 0 || !penaltyNouns[t.lemma[n]] {
		return -1
	}
	if k := c.prepChild(n, "on"); k >= 0 {
		return k
	}
	if v >= 0 && t.rel[n] == "obj" {
		return c.prepChild(v, "on")
	}
	return -1
}

// afterComma reports whether a comma comes right before word i and the
// adverbs it takes ("…, flatly rejecting").
func (c *clause) afterComma(i int) bool {
	p := i - 1
	for p >= 0 && c.t.head[p] == i && c.t.rel[p] == "advmod" {
		p--
	}
	return p >= 0 && c.toks[p].key == ","
}

// ownSide reports whether the speaker a is one of the subjects, or a
// person who speaks for one.
// announcedPlan reports whether verb v is the infinitive of a plan that
// its subject announces: "announced plans to fire", "unveiled a plan to
// strike".
func (c *clause) announcedPlan(v int) bool {
	n := c.t.head[v]
	if n < 0 || c.t.rel[v] != "acl" || !planNouns[c.t.lemma[n]] || c.t.child(v, "mark") < 0 {
		return false
	}
	h := c.t.head[n]
	return h >= 0 && c.t.rel[n] == "obj" && planMakers[c.t.lemma[h]]
}

var (
	planNouns  = map[string]bool{"plan": true, "intention": true, "intent": true}
	planMakers = map[string]bool{"announce": true, "unveil": true, "reveal": true, "disclose": true, "declare": true, "publicize": true, "publicise": true, "proclaim": true, "state": true, "express": true, "voice": true}
)

func (c *clause) ownSide(a schema.Actor, subj []Mention) bool {
	for _, m := range subj {
		for _, s := range m.Actors {
			if s.ID == a.ID || a.Kind == schema.Person && s.Kind == schema.Country && a.Country == s.ID {
				return true
			}
		}
	}
	return false
}

// forToClause returns the infinitive clause "for X to V" hung on verb i
// ("called for Turkey to open its border"), or -1.
func (c *clause) forToClause(i int) int {
	for _, k := range c.t.kids[i] {
		if (c.t.rel[k] == "advcl" || c.t.rel[k] == "ccomp" || c.t.rel[k] == "xcomp") && c.t.hasChildLemma(k, "mark", "for") && c.t.hasChildLemma(k, "mark", "to") &&
			c.t.child(k, "nsubj") >= 0 && c.t.child(k, "nsubj:pass") < 0 && c.t.child(k, "aux:pass") < 0 {
			return k // not "called for Russia to be readmitted": the others are asked
		}
	}
	return -1
}

// ordinalHead reports whether noun h is "the first/last/only/second …":
// the one to do what its infinitive says is the predicate's subject.
func ordinalHead(t *tree, h int) bool {
	for _, k := range t.kids[h] {
		if t.rel[k] == "amod" && ordinals[t.lemma[k]] {
			return true
		}
	}
	return false
}

var ordinals = map[string]bool{"first": true, "second": true, "third": true, "last": true, "only": true, "latest": true}

// hostile relations are acts against the other party: refusing one is
// not rejecting that party.
var hostile = map[schema.Relation]bool{
	schema.Criticized: true, schema.Accused: true, schema.Sanctioned: true, schema.Attacked: true,
	schema.Threatened: true, schema.Demanded: true, schema.Investigated: true, schema.DowngradedRelations: true,
}

// contrasted reports whether mention m is set off by ", not" or "but
// not": "blamed his predecessors, not China".
func (c *clause) contrasted(m Mention) bool {
	i := m.Start
	if i > 0 && c.toks[i-1].key == "the" {
		i--
	}
	if i > 1 && c.toks[i-1].key == "than" && c.toks[i-2].key == "rather" || i > 1 && c.toks[i-1].key == "of" && c.toks[i-2].key == "instead" {
		return true // "in coordination with the Palestinian Authority rather than Hamas"
	}
	return i > 1 && c.toks[i-1].key == "not" && (c.toks[i-2].key == "," || c.toks[i-2].key == "but")
}

// personAt reports whether word k heads the mention of a person or people.
func (c *clause) personAt(k int) bool {
	return k >= 0 && c.headOf[k] >= 0 && allPeople(c.ms[c.headOf[k]:c.headOf[k]+1])
}

// actorCount is the number of actors the mentions ms name.
func actorCount(ms []Mention) int {
	n := 0
	for _, m := range ms {
		n += len(m.Actors)
	}
	return n
}

// commitmentNouns are what one honours or respects by keeping them.
var commitmentNouns = map[string]bool{
	"promise": true, "pledge": true, "commitment": true, "obligation": true, "agreement": true, "deal": true,
	"treaty": true, "accord": true, "ceasefire": true, "truce": true, "word": true, "deadline": true,
}

// callOn reports whether the verb "call" at i is "call on" or "call
// upon": the preposition right after it, or after an adverb ("called
// again on Iran").
func (c *clause) callOn(i int) bool {
	for j := i + 1; j < len(c.toks) && j <= i+2; j++ {
		if k := c.toks[j].key; k == "on" || k == "upon" {
			return true
		}
		if !strings.HasPrefix(c.t.tag[j], "RB") {
			return false
		}
	}
	return false
}

// meetingCalled reports whether the verb at i calls for a meeting or
// session: "called for a Security Council meeting".
func (c *clause) meetingCalled(i int) bool {
	k := c.prepChild(i, "for")
	return k >= 0 && (c.t.lemma[k] == "meeting" || c.t.lemma[k] == "session")
}

// objects counts the direct and indirect objects of the verb at i.
func (c *clause) objects(i int) int {
	n := 0
	for _, k := range c.t.kids[i] {
		if c.t.rel[k] == "obj" || c.t.rel[k] == "iobj" {
			n++
		}
	}
	return n
}

// welcomedTo reports whether the verb at i welcomes its object to, at or
// in a place, also when the parser hangs the place on the object:
// "welcomed Netanyahu to the White House" (not "welcomed the decision").
func (c *clause) welcomedTo(i int) bool {
	t := c.t
	o := t.child(i, "obj")
	if o < 0 || c.headOf[o] < 0 {
		return false
	}
	for _, k := range append(slices.Clip(t.kids[i]), t.kids[o]...) {
		if !relIs(t.rel[k], "obl") && !relIs(t.rel[k], "nmod") || !placePreps[t.caseOf(k)] {
			continue
		}
		if m := c.headOf[k]; m >= 0 && c.ms[m].Place || hostNouns[c.toks[k].key] || placeNouns[t.lemma[k]] {
			return true
		}
	}
	return false
}

// hostNouns are where a host receives a guest.
var hostNouns = map[string]bool{
	"airport": true, "house": true, "palace": true, "residence": true, "ranch": true, "resort": true,
	"estate": true, "capital": true, "kremlin": true, "office": true, "summit": true,
}

// ditransitives take a recipient and a thing given as two objects.
var ditransitives = map[string]bool{
	"give": true, "grant": true, "offer": true, "send": true, "sell": true, "lend": true, "hand": true,
	"promise": true, "supply": true, "deny": true, "pay": true, "ship": true, "show": true,
}

// ownActNouns take an infinitive whose doer is their owner: "Russia's
// decision to send troops", not "Russia's call for Iran to withdraw".
var ownActNouns = map[string]bool{
	"plan": true, "pledge": true, "promise": true, "decision": true, "commitment": true, "intention": true,
	"vow": true, "threat": true, "offer": true, "proposal": true, "bid": true, "attempt": true, "effort": true,
	"refusal": true, "failure": true, "readiness": true, "willingness": true, "move": true, "determination": true,
	"ability": true, "capacity": true, "capability": true, "means": true, "right": true, "inability": true, "push": true, "drive": true, "campaign": true,
	"desire": true, "wish": true, "need": true, "eagerness": true, "mission": true, "mandate": true, "strategy": true, "task": true, "vote": true,
}

// verbSubjectAbove returns the subject of the nearest verb at or above h,
// or nil when there is none.
func (c *clause) verbSubjectAbove(h, depth int) []Mention {
	v := h
	for v >= 0 && !strings.HasPrefix(c.t.tag[v], "VB") {
		v = c.t.head[v]
	}
	if v < 0 {
		return nil
	}
	return c.subjectOf(v, depth+1)
}

// eventAgent returns the actor who carried out the event noun at i: its
// possessor, actor modifier or "by" phrase, or the subject of the light
// verb that takes it ("Trump ordered the strike").
func (c *clause) eventAgent(i, depth int) []Mention {
	t := c.t
	if c.toks[i].text == "War" && (i+1 == len(c.toks) || !c.toks[i+1].cap()) {
		return nil // "killed in the Vietnam War": a war named for its place, no agent
	}
	for _, k := range t.kids[i] {
		if r := t.rel[k]; r == "nmod:poss" || r == "amod" || r == "compound" && !(topicCompoundNouns[t.lemma[i]] && c.countryByName(k)) || relIs(r, "nmod") && t.caseOf(k) == "by" {
			// (Not "the Russia probe was an attack on Trump": a probe of
			// Russia, not Russia's.)
			if got := c.actorsDepth(k, false, depth+1); len(got) > 0 {
				if r == "amod" {
					return c.withConj(k, got, false, depth+1) // "Russian and Iranian support": both
				}
				return got
			}
		}
		if t.rel[k] == "compound" && c.headOf[k] < 0 {
			// "the U.S./compound arms/compound sale": the modifier of
			// the compound.
			for _, q := range t.kids[k] {
				if t.rel[q] == "compound" || t.rel[q] == "amod" {
					if got := c.actorsDepth(q, false, depth+1); len(got) > 0 {
						return got
					}
				}
			}
		}
	}
	if v := t.head[i]; v >= 0 && t.rel[i] == "obj" && lightLemmas[t.lemma[v]] {
		return c.subjectOf(v, depth+1)
	}
	if v := t.head[i]; v >= 0 && t.rel[i] == "nsubj:pass" && lightLemmas[t.lemma[v]] {
		// "the strike that killed Soleimani was ordered by Trump": the
		// one who orders or carries out the act.
		if a := t.child(v, "obl:agent"); a >= 0 {
			return c.argsOf(a, false)
		}
	}
	return nil
}

// abstractObject reports whether the object word i of an attack is a
// thing an attack cannot strike (a deal, a plan, an effort), which stands
// for no one: only actors, their forces and assets, and places are hit.
func (c *clause) abstractObject(i int) bool {
	l := c.t.lemma[i]
	if c.headOf[i] >= 0 || c.within[i] >= 0 || agentNouns[l] || targetNouns[l] || cyberTargets[l] || placeNouns[l] || quantNouns[l] || groupWords[l] {
		return false
	}
	if _, ok := c.corefer(i); ok {
		return false // "Iraqi forces have driven the group back": an actor named before
	}
	for _, k := range c.t.kids[i] {
		if cs := c.t.caseOf(k); relIs(c.t.rel[k], "nmod") && c.headOf[k] >= 0 && (memberCases[cs] || cs == "like") {
			return false // "attacked groups such as the Islamic State": the groups named
		}
		if (c.t.rel[k] == "appos" || c.t.rel[k] == "conj") && k > i && c.headOf[k] >= 0 && kinNouns[l] {
			return false // "attacked its neighbor and rival Saudi Arabia": the one named
		}
	}
	return c.t.tag[i] == "NN" || c.t.tag[i] == "NNS"
}

// wordsNouns are what someone says or how they lead, which words attack:
// "attacked Iran's remarks", "assailed Putin's leadership".
var wordsNouns = map[string]bool{
	"remark": true, "comment": true, "statement": true, "speech": true, "leadership": true, "claim": true, "stance": true, "record": true,
}

// disputedThings are what sides fight over in words: "fighting over
// words", "clashed over the wording".
var disputedThings = map[string]bool{
	"word": true, "wording": true, "language": true, "term": true, "detail": true, "text": true, "budget": true, "money": true, "seat": true, "credit": true,
}

// pluralLemma is the lemma of noun i, or, for a plural the tagger read as
// singular ("barrel bombs/NN", "traded barbs/NN"), the plural's.
func (c *clause) pluralLemma(i int) string {
	if w := c.toks[i].key; c.t.tag[i] == "NN" && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return lemma.Of(w, "NNS")
	}
	return c.t.lemma[i]
}

// bodyNouns are nouns for a body of states.
var bodyNouns = map[string]bool{
	"group": true, "grouping": true, "alliance": true, "bloc": true, "organization": true, "organisation": true,
	"body": true, "club": true, "forum": true,
}

// actorClasses are plural nouns for a kind of actor, whose examples
// "like" gives: "countries like Hungary", "dictators like Putin" (not
// "events like G7 meetings", "others like Sen. Paul").
var actorClasses = map[string]bool{
	"country": true, "nation": true, "state": true, "group": true, "organization": true, "organisation": true,
	"ally": true, "partner": true, "neighbor": true, "neighbour": true, "leader": true, "dictator": true,
	"autocrat": true, "strongman": true, "regime": true, "power": true, "government": true, "adversary": true,
	"enemy": true, "rival": true, "militia": true, "actor": true, "democracy": true, "economy": true, "body": true,
	"institution": true, "proxy": true, "preacher": true, "figure": true, "official": true, "member": true,
}

// nearWords say how near something comes.
var nearWords = map[string]bool{"close": true, "closer": true, "near": true, "nearer": true, "nearly": true}

// badPlaceNouns are where a bad thing is bred or thrives, which a
// description calls an actor only to damn it.
var badPlaceNouns = map[string]bool{
	"epicenter": true, "epicentre": true, "hotbed": true, "haven": true, "den": true, "cesspool": true, "nest": true, "breeding": true, "ground": true,
}

// groupWords name people an attack can hit.
var groupWords = map[string]bool{
	"people": true, "civilian": true, "soldier": true, "troop": true, "fighter": true, "militant": true,
	"rebel": true, "official": true, "diplomat": true, "citizen": true, "national": true, "worker": true,
	"protester": true, "refugee": true, "child": true, "villager": true, "resident": true, "commander": true,
}

// figurative modifiers make a war or a campaign no armed conflict: "trade
// war", "pressure campaign", "war of words".
var figurative = map[string]bool{
	"trade": true, "tariff": true, "price": true, "currency": true, "pressure": true, "propaganda": true,
	"information": true, "media": true, "legal": true, "political": true, "diplomatic": true, "word": true,
	"culture": true, "cultural": true, "economic": true, "charm": true, "smear": true, "lobbying": true,
	"election": true, "electoral": true, "public": true, "ad": true, "advertising": true, "tech": true,
	"technology": true, "chip": true, "rhetorical": true, "verbal": true, "influence": true,
	"disinformation": true, "misinformation": true, "messaging": true, "fundraising": true, "reelection": true,
	"pr": true, "personal": true, "ad hominem": true,
	"cold":        true, // "locked in a cold war with Iran": rivalry, no fighting
	"re-election": true, "presidential": true, "primary": true, "senate": true, "congressional": true,
}

// coercive reports whether the verb at i is a trigger of force or
// punishment: an attack, sanctions, cutting ties.
func (c *clause) coercive(i int) bool {
	if o := c.t.child(i, "obj"); o >= 0 && lightLemmas[c.t.lemma[i]] && (c.attackNoun(o) || penaltyNouns[c.t.lemma[o]] || fightNouns[c.t.lemma[o]]) {
		return true // "vowed to unleash fire and fury on", "to impose sanctions on"
	}
	for _, e := range c.x.lex.Lookup(c.t.lemma[i], schema.Verb) {
		if e.Relation != schema.Attacked && e.Relation != schema.Sanctioned && e.Relation != schema.DowngradedRelations || !c.hasParticle(i, e) {
			continue // (not "vowed to take action": only "take out" strikes)
		}
		if o := c.t.child(i, "obj"); len(e.Objects) > 0 && (o < 0 || !c.objectFits(o, e.Objects)) {
			continue // "maintain sanctions" is coercive, "maintain peace" is not
		}
		return true
	}
	return false
}

// figurative reports whether the noun at i has a modifier that makes it no
// armed conflict.
func (c *clause) figurative(i int) bool {
	for _, k := range c.t.kids[i] {
		if r := c.t.rel[k]; (r == "compound" || r == "amod" || relIs(r, "nmod") && c.t.caseOf(k) == "of") && figurative[c.t.lemma[k]] {
			return true
		}
	}
	return false
}

// objectController returns the actors that control the non-finite clause
// at i when its verb h has an actor for object before it: "trained Afghans
// to fight", "accused Iran of supplying weapons", "provoked the US into
// attacking", "blamed Russia for shelling". Verbs whose subject keeps
// control ("promised Iran to help") are excepted; an object that is no
// actor ("launched strikes to weaken ISIS") leaves the subject in control.
func (c *clause) objectController(i, h int) []Mention {
	t := c.t
	if subjectControl[t.lemma[h]] || !strings.HasPrefix(t.tag[h], "VB") {
		return nil
	}
	if contactLemmas[t.lemma[h]] && c.onWhom(h) < 0 {
		return nil // "Trump met Pompeo to urge Ukraine", "called Putin to congratulate him": the caller's purpose
	}
	if o := t.child(h, "obj"); o >= 0 && c.headOf[o] >= 0 && t.rel[i] == "advcl" && t.hasChildLemma(i, "mark", "to") && !objectControl[t.lemma[h]] && slices.ContainsFunc(c.x.lex.Lookup(t.lemma[h], schema.Verb), func(e schema.LexiconEntry) bool { return e.Relation == schema.Attacked }) {
		// "to strike ISIL terrorists around the mountain to help Iraqi
		// forces": the striker's purpose, not the target's (but "launched
		// its own air war to back Assad" lends the war's owner).
		return c.subjectOf(h, 1)
	}
	switch {
	case t.rel[i] == "xcomp":
	case t.rel[i] == "advcl" || t.rel[i] == "acl" || relIs(t.rel[i], "obl"):
		// "charged Russia with propping up Assad": with a gerund too.
		if !t.hasChildLemma(i, "mark", "to", "of", "into", "from", "for", "against") && !(t.tag[i] == "VBG" && (t.caseOf(i) == "of" || t.caseOf(i) == "into" || t.caseOf(i) == "for" || t.caseOf(i) == "from" || t.caseOf(i) == "against" || t.caseOf(i) == "with" || t.hasChildLemma(i, "mark", "with"))) {
			return nil
		}
	default:
		return nil
	}
	o := t.child(h, "obj")
	if io := t.child(h, "iobj"); io >= 0 && o >= 0 && (timeNouns[c.toks[o].key] || chanceNouns[t.lemma[o]]) {
		o = io // "give Moscow three more weeks to crush the rebels", "gave Iran a chance to comply": the one given time acts
	}
	if o >= 0 && c.isRelativePronoun(o) || o < 0 && t.rel[h] == "acl:relcl" && c.relativeIs(h, "obj") {
		// "Iran, which Israel accuses of backing Hezbollah": the
		// relative pronoun's antecedent.
		return c.argsOf(t.head[h], false)
	}
	if o < 0 && onControl[t.lemma[h]] {
		// "leaned on Ukraine to open an investigation", "relied on
		// Giuliani to pressure Kyiv": the one leaned on is to act.
		for _, k := range t.kids[h] {
			if relIs(t.rel[k], "obl") && k < i && (t.caseOf(k) == "on" || t.caseOf(k) == "upon") {
				o = k
			}
		}
	}
	if o < 0 || o > i {
		return nil
	}
	return c.argsOf(o, false)
}

// onWhom returns the "on" phrase of the word at i that says on whom a
// call or pressure falls, or -1: "called on Iran", not "called Putin on
// Tuesday" or "a call on Sunday" (when, not whom).
func (c *clause) onWhom(i int) int {
	on := c.prepChild(i, "on")
	if on >= 0 && (monthOrDay[c.toks[on].key] || calendarNouns[c.toks[on].key]) {
		return -1
	}
	return on
}

// onControl verbs give their infinitive to the object of "on": "leaned on
// X to", "counted on X to".
var onControl = map[string]bool{"lean": true, "rely": true, "count": true, "depend": true, "prevail": true, "bank": true}

// subjectControl verbs keep control of their infinitive when they have an
// object: "promised Iran to help", "offered Syria to mediate".
var subjectControl = map[string]bool{
	"promise": true, "pledge": true, "vow": true, "offer": true, "threaten": true, "swear": true,
	"assure": true,
	// "used the United Nations to call out Tehran": the user acts, the
	// object is its means.
	"use": true, "employ": true, "exploit": true, "leverage": true,
	// "summoned the U.S. ambassador to protest the sale": the summoner
	// protests to the envoy.
	"summon": true,
	// "left Washington for Riyadh to meet the Saudi King": the traveller
	// goes to meet, not the place left or reached.
	"leave": true, "visit": true, "travel": true, "fly": true,
}

// antecedent returns the head of the noun phrase that ends right before the
// relative pronoun at i (a comma between them allowed), or -1.
func (c *clause) antecedent(i int) int {
	if i < 0 {
		return -1
	}
	j := i - 1
	if j >= 0 && c.toks[j].key == "," {
		j--
	}
	if j < 0 {
		return -1
	}
	if k := c.within[j]; k >= 0 {
		return c.mentionHead(c.ms[k])
	}
	if a := c.t.head[j]; strings.HasPrefix(c.t.tag[j], "NN") && c.t.rel[j] == "appos" && a >= 0 && a < j && c.headOf[a] >= 0 {
		return a // "Jones, Obama's former aide, who": the name the apposition describes
	}
	if strings.HasPrefix(c.t.tag[j], "NN") {
		return j
	}
	return -1
}

// singular reports whether the verb at i agrees with a singular subject
// ("backs", "has backed", "was").
func (c *clause) singular(i int) bool {
	if c.t.tag[i] == "VBZ" {
		return true
	}
	for _, k := range c.t.kids[i] {
		if (strings.HasPrefix(c.t.rel[k], "aux") || c.t.rel[k] == "cop") && c.t.tag[k] == "VBZ" || c.toks[k].key == "was" {
			return true
		}
	}
	return false
}

// strandedSubject repairs a finite verb the parser left without a subject
// while a noun phrase ends right before it, hung on an earlier word ("On
// Wednesday, Russia's envoy vetoed …" read with the envoy in apposition
// to Wednesday): that phrase is the subject. It returns its head, or -1.
func (c *clause) strandedSubject(i int) int {
	t := c.t
	if tag := t.tag[i]; tag != "VBD" && tag != "VBZ" && tag != "VBP" || t.rel[i] != "root" && t.rel[i] != "ccomp" {
		return -1
	}
	for _, k := range t.kids[i] {
		if strings.HasPrefix(t.rel[k], "nsubj") || strings.HasPrefix(t.rel[k], "csubj") || t.rel[k] == "expl" {
			return -1
		}
	}
	j := i - 1
	for j >= 0 && t.head[j] == i && (strings.HasPrefix(t.rel[j], "aux") || t.rel[j] == "advmod") {
		j--
	}
	if j < 0 || !strings.HasPrefix(t.tag[j], "NN") && t.tag[j] != "PRP" {
		return -1
	}
	// Climb out of the phrase's insides: prepositional objects, names and
	// modifiers, up to the first head that has no case marker.
	n := j
	for t.head[n] >= 0 && t.head[n] < i && (t.caseOf(n) != "" || t.rel[n] == "flat" || t.rel[n] == "compound" || t.rel[n] == "conj") {
		n = t.head[n]
	}
	if n == j && t.head[n] == i || t.caseOf(n) != "" || !strings.HasPrefix(t.tag[n], "NN") && t.tag[n] != "PRP" {
		return -1
	}
	if r := t.rel[n]; r != "appos" && r != "dep" && r != "nmod" && r != "obl" && r != "parataxis" {
		return -1
	}
	return n
}

// byAgent returns the "by" oblique of a passive verb or an event noun.
func (c *clause) byAgent(i int) []Mention {
	for _, k := range c.t.kids[i] {
		if (relIs(c.t.rel[k], "obl") || relIs(c.t.rel[k], "nmod")) && c.t.caseOf(k) == "by" {
			return c.argsOf(k, false)
		}
	}
	for _, k := range c.t.kids[i] {
		if k > i && c.t.rel[k] == "conj" && c.t.tag[k] == "VBN" && c.t.tag[i] == "VBN" {
			return c.byAgent(k) // "armed and funded by Iran": the agent after the last participle is both's
		}
	}
	if c.t.tag[i] == "VBN" && c.t.child(i, "aux:pass") >= 0 {
		// "was greeted at the airport by King Salman": the agent the parser
		// hung on a place phrase before it.
		for _, k := range c.t.kids[i] {
			if relIs(c.t.rel[k], "obl") && c.headOf[k] < 0 {
				for _, a := range c.t.kids[k] {
					if relIs(c.t.rel[a], "nmod") && c.t.caseOf(a) == "by" && c.headOf[a] >= 0 {
						return c.argsOf(a, false)
					}
				}
			}
		}
	}
	return nil
}

// prepChild returns the first oblique or nominal dependent of i with case prep.
func (c *clause) prepChild(i int, prep string) int {
	first := -1
	for _, k := range c.t.kids[i] {
		if !c.prepPhrase(k, prep) {
			continue
		}
		if !monthOrDay[c.toks[k].key] {
			return k
		}
		if first < 0 {
			first = k // "On Tuesday, … on its terrorism blacklist": a day only if no other
		}
	}
	return first
}

// withOnName returns the partners of a with-phrase the parser hung on a
// name inside the noun's own phrases: "his talks about sanctions on Iran
// with the Omani envoy", "her discussions on Cuba with Ottawa's minister"
// (a name takes no with-phrase of its own).
func (c *clause) withOnName(i int) []Mention {
	t := c.t
	var walk func(n, depth int) []Mention
	walk = func(n, depth int) []Mention {
		for _, k := range t.kids[n] {
			if k < i || !relIs(t.rel[k], "nmod") || t.caseOf(k) == "with" {
				continue
			}
			if c.headOf[k] >= 0 {
				if w := c.prepChild(k, "with"); w > k {
					return c.argsOf(w, true)
				}
			} else if depth < 2 {
				if got := walk(k, depth+1); len(got) > 0 {
					return got
				}
			}
		}
		return nil
	}
	return walk(i, 1)
}

// prepChildIn returns the first of the phrases of i after the given
// prepositions that there is, or -1.
func (c *clause) prepChildIn(i int, preps []string) int {
	for _, p := range preps {
		if k := c.prepChild(i, p); k >= 0 {
			return k
		}
	}
	return -1
}

// prepPhrase reports whether word k heads a phrase introduced by prep.
func (c *clause) prepPhrase(k int, prep string) bool {
	r := c.t.rel[k]
	return (relIs(r, "obl") || relIs(r, "nmod") || r == "iobj") && c.t.caseOf(k) == prep
}

// prepArgs returns the actors of i's first dependent introduced by one of
// preps that names any ("imposed sanctions on Monday on Russia").
func (c *clause) prepArgs(i int, preps []string) []Mention {
	kids := c.t.kids[i]
	if h := c.t.head[i]; h >= 0 && c.t.rel[i] == "conj" && strings.HasPrefix(c.t.tag[i], "NN") && strings.HasPrefix(c.t.tag[h], "NN") {
		// "over golf and dinner with Abe": a phrase after the last noun
		// conjunct, hung on the first, is theirs.
		for _, k := range c.t.kids[h] {
			if k > i {
				kids = append(slices.Clip(kids), k)
			}
		}
	}
	for _, p := range preps {
		if p == "" {
			continue
		}
		for _, k := range kids {
			if !c.prepPhrase(k, p) || p == "with" && c.absoluteWith(k) {
				continue
			}
			if got := c.argsOf(k, true); len(got) > 0 {
				target := p != "in" || inObjectNouns[c.t.lemma[i]]
				if !target {
					o := c.t.child(i, "obj")
					if o < 0 && c.t.rel[i] == "acl:relcl" {
						o = c.t.head[i] // "the wars Bush launched in Iraq"
					}
					if o >= 0 && c.t.lemma[o] == "war" && (c.prepChild(i, "against") >= 0 || c.prepChild(o, "against") >= 0) {
						continue // "launched an air war against IS in Syria": where it is waged, against a foe named
					}
					target = o >= 0 && inObjectNouns[c.t.lemma[o]]
				}
				if target {
					// The lexicon names the preposition, so its country
					// is the target, not a place: "fired rockets at
					// Israel", "lashed out at China". "In" still places
					// ("held talks in Russia"), but not for an embassy or
					// aggression ("closed its embassy in Syria"), nor for a
					// war launched there, the verb's object.
					for j := range got {
						got[j].Place = false
					}
				}
				return got
			}
		}
	}
	return nil
}

// welfareNouns are what one fears for, not faults: "concern about the
// safety of its citizens", "alarm over the fate of the hostages".
var welfareNouns = map[string]bool{
	"safety": true, "security": true, "fate": true, "welfare": true, "well-being": true, "wellbeing": true,
	"health": true, "life": true, "survival": true, "whereabouts": true,
}

// welfareConcern reports whether the pattern's phrase, on verb i or its
// object obj, is about someone's welfare.
func (c *clause) welfareConcern(i, obj int, preps []string) bool {
	for _, h := range []int{i, obj} {
		if h < 0 {
			continue
		}
		for _, k := range c.t.kids[h] {
			for _, p := range preps {
				if p != "" && c.prepPhrase(k, p) && welfareNouns[c.t.lemma[k]] {
					return true
				}
			}
		}
	}
	return false
}

// prepGerunds are -ing words that work as prepositions: "officials
// including", "according to".
var prepGerunds = map[string]bool{
	"including": true, "according": true, "following": true, "regarding": true, "concerning": true,
	"excluding": true, "considering": true, "involving": true, "pending": true, "barring": true,
}

// absoluteWith reports whether the with-phrase at k has a subject's
// gerund after its names, no comma between: "met with Britain, France and
// the United States demanding that Russia …" is no meeting with them.
func (c *clause) absoluteWith(k int) bool {
	for j := k + 1; j < len(c.toks); j++ {
		switch t := c.toks[j]; {
		case t.tag == "VBG":
			return c.toks[j-1].key != "," && !prepGerunds[t.key]
		case t.tag == "NNP" || t.tag == "NNPS" || t.tag == "DT" || t.key == "," || t.key == "and":
		default:
			return false
		}
	}
	return false
}

// attemptLemmas take an infinitive one sets out to do: "sought to
// defend himself".
var attemptLemmas = map[string]bool{"seek": true, "try": true, "attempt": true, "strive": true, "endeavor": true, "endeavour": true}

// penaltyNouns are what one hits or targets a country with when the blow
// is a sanction.
var penaltyNouns = map[string]bool{
	"sanction": true, "tariff": true, "embargo": true, "penalty": true, "fine": true, "restriction": true,
	"duty": true, "round": true, "package": true, "levy": true,
}

// firmly are the adverbs of "stand firmly with X" (support).
var firmly = map[string]bool{
	"firmly": true, "squarely": true, "solidly": true, "resolutely": true, "fully": true, "strongly": true,
	"steadfastly": true, "unequivocally": true, "shoulder": true, "together": true,
}

// requestNouns ask an act of others: "Bush's call to confront ISIS".
var requestNouns = map[string]bool{"call": true, "appeal": true, "demand": true, "request": true, "plea": true}

// billNouns are measures that propose what their compound names: "a
// sanctions bill against Russia".
var billNouns = map[string]bool{"bill": true, "legislation": true, "law": true, "measure": true, "resolution": true, "act": true}

// hostileVows are vowed against someone: "vowed resistance to Russia".
var hostileVows = map[string]bool{
	"resistance": true, "opposition": true, "retaliation": true, "revenge": true, "response": true,
	"punishment": true, "retribution": true, "vengeance": true, "countermeasure": true, "reprisal": true,
}

// inObjectNouns have their other actor after "in", no place: a state's
// offices in another state ("its embassy in Syria"), and aggression in a
// state ("Russia's aggression in Ukraine", "its incursion in Ukraine").
var inObjectNouns = map[string]bool{"embassy": true, "consulate": true, "mission": true, "aggression": true, "incursion": true, "war": true}

// prepAfter returns the actors of a phrase introduced by one of preps that
// the parser hung on i's head although it follows i's own phrase at once:
// "killed in strikes on the strongholds of IS", read as "killed … on the
// strongholds". A noun trigger that takes the preposition claims it.
func (c *clause) prepAfter(i int, preps []string) []Mention {
	v := c.t.head[i]
	if v < 0 || compareLemmas[c.t.lemma[v]] {
		return nil // "compared Trump's threats to the Islamic State": what they are likened to
	}
	_, end := c.t.span(i)
	for _, k := range c.t.kids[v] {
		if k <= i || !relIs(c.t.rel[k], "obl") && !relIs(c.t.rel[k], "nmod") {
			continue
		}
		lo, hi := c.t.span(k)
		if lo != end+1 {
			continue
		}
		if n := c.headOf[k]; n >= 0 && c.ms[n].Place && (c.t.caseOf(k) == "in" || c.t.caseOf(k) == "at") && !slices.Contains(preps, c.t.caseOf(k)) {
			end = hi // "Trump's summit in Vietnam with Kim", both hung on the verb: past the place
			continue
		}
		if slices.Contains(preps, c.t.caseOf(k)) && c.t.caseOf(k) != "" {
			return c.prepArgs(v, []string{c.t.caseOf(k)})
		}
		// "airstrikes from an aircraft carrier against ISIS": the target
		// hung on the phrase between. (A meeting there has parties of its
		// own: "a follow-up conversation to the summit between Trump and
		// Putin" is with neither.)
		if len(c.actorsOf(k, true)) == 0 && !meetingNouns[c.t.lemma[k]] {
			return c.prepArgs(k, preps)
		}
	}
	for _, k := range c.t.kids[i] {
		if k > i && relIs(c.t.rel[k], "nmod") && !slices.Contains(preps, c.t.caseOf(k)) && len(c.actorsOf(k, true)) == 0 && !meetingNouns[c.t.lemma[k]] {
			if got := c.prepArgs(k, groundPreps(c.t.lemma[k], preps)); len(got) > 0 {
				return got
			}
		}
	}
	return nil
}

// groundPreps drops "with" from the prepositions looked for on a piece of
// ground: "drills along the border with Turkey" are held at a border
// Turkey shares, with no one ("shells fired across the border into
// Azerbaijan" still land there).
func groundPreps(lemma string, preps []string) []string {
	if !groundNouns[lemma] || !slices.Contains(preps, "with") {
		return preps
	}
	return slices.DeleteFunc(slices.Clone(preps), func(p string) bool { return p == "with" })
}

// delegateNouns are the ones a party sends to an event in its name.
var delegateNouns = map[string]bool{"delegate": true, "negotiator": true, "envoy": true, "emissary": true, "delegation": true, "representative": true}

// partyCases hang an event on the one who takes part in it: "delegate
// to talks", "negotiator in talks", "envoy at talks", "envoy for talks".
var partyCases = map[string]bool{"to": true, "in": true, "at": true, "for": true}

// filingNouns are cases brought before a body, which a compound names:
// "a WTO complaint", "an ICJ case".
var filingNouns = map[string]bool{"complaint": true, "case": true, "challenge": true, "lawsuit": true, "suit": true, "petition": true}

// modifierActors returns the actors that modify the noun i: its possessor
// ("Russia's support"), an actor compound or adjective ("the Russian
// campaign"), with poss set for a possessor.
func (c *clause) modifierActors(i int) (actors []Mention, poss bool) {
	for _, rel := range []string{"nmod:poss", "compound", "amod"} {
		for _, k := range c.t.kids[i] {
			if n := c.headOf[k]; rel == "compound" && filingNouns[c.t.lemma[i]] && n >= 0 && c.ms[n].Actors[0].Kind == schema.Organization {
				continue // "filed a WTO complaint against China": the body it is filed with
			}
			if c.t.rel[k] == rel {
				if q := c.listedOwner(k); q >= 0 {
					k = q
				}
				if got := c.argsOf(k, false); len(got) > 0 {
					return got, rel == "nmod:poss"
				}
				if rel == "compound" && c.headOf[k] < 0 && c.within[k] < 0 && (goodsNouns[c.t.lemma[k]] || weaponNouns[c.t.lemma[k]]) {
					// "the American arms sale to Taiwan", "Russian arms
					// shipments": the demonym before the goods names the
					// whole act's agent (not "American Jews' support").
					for _, q := range c.t.kids[k] {
						if m, ok := c.demonym(q); ok && c.t.rel[q] == "amod" && q < k {
							return []Mention{m}, false
						}
					}
				}
			}
		}
	}
	j := i - 1
	for j > 0 && c.t.head[j] == i && (c.t.tag[j] == "CD" || c.t.tag[j] == "JJ" || c.t.tag[j] == "NN") {
		j--
	}
	if j > 0 && c.toks[j].tag == "POS" && c.within[j-1] >= 0 {
		// "missile tests, … and Russia's 2014 invasion of Ukraine", the
		// possessor hung elsewhere: still the noun's own.
		return []Mention{c.ms[c.within[j-1]]}, true
	}
	if h := c.t.head[i]; h >= 0 && c.t.rel[i] == "conj" && strings.HasPrefix(c.t.tag[h], "NN") && c.t.child(i, "det") < 0 {
		// "Pyongyang's missile tests and threats to attack the US": a
		// bare conjunct shares the first one's possessor.
		if k := c.t.child(h, "nmod:poss"); k >= 0 {
			if got := c.argsOf(k, false); len(got) > 0 {
				return got, true
			}
		}
	}
	return nil, false
}

// helpedBy returns whom the purpose of verb i helps: "pledged 500 million
// euros to help rebuild Iraq", "sent troops to help Mali": the object of
// "help", or of the verb "help" governs.
func (c *clause) helpedBy(i, obj int) []Mention {
	t := c.t
	kids := t.kids[i]
	if obj >= 0 {
		kids = append(slices.Clip(kids), t.kids[obj]...) // "pledged 500 million euros/obj to help/acl"
	}
	for _, k := range kids {
		if (t.rel[k] != "advcl" && t.rel[k] != "xcomp" && t.rel[k] != "acl") || !t.hasChildLemma(k, "mark", "to") || !aidPurposes[t.lemma[k]] {
			continue
		}
		if o := t.child(k, "obj"); o >= 0 {
			return c.argsOf(o, true)
		}
		if x := t.child(k, "xcomp"); x >= 0 && restoreLemmas[t.lemma[x]] {
			return c.argsOf(t.child(x, "obj"), true) // "to help rebuild Iraq" (not "to help counter Iran")
		}
	}
	return nil
}

// aidPurposes are the purposes of money or means given that aid someone,
// and restoreLemmas what such help does for them.
var (
	aidPurposes   = map[string]bool{"help": true, "assist": true, "aid": true, "support": true, "bolster": true}
	restoreLemmas = map[string]bool{"rebuild": true, "reconstruct": true, "stabilize": true, "stabilise": true, "defend": true, "protect": true, "develop": true, "modernize": true, "modernise": true}
)

// listedOwner returns, for a modifier k coordinated after a comma, the
// one conjunct that bears the possessive, or -1: in "discussed China
// trade, North Korea, Iran and Trump's upcoming visit", the list goes on
// before the visit and only Trump's is it (but "Obama and Putin's
// meeting" is both men's).
func (c *clause) listedOwner(k int) int {
	t := c.t
	cs := t.conjuncts(k)
	if len(cs) < 2 || c.headOf[k] < 0 {
		return -1
	}
	if start := c.ms[c.headOf[k]].Start; start < 2 || c.toks[start-1].key != "," || !strings.HasPrefix(c.toks[start-2].tag, "NN") {
		return -1 // (not "Meanwhile, Israel and Iran's shadow war": both sides')
	}
	last := cs[len(cs)-1]
	if !t.hasChildLemma(last, "case", "'s") {
		return -1
	}
	for _, q := range cs[:len(cs)-1] {
		if t.hasChildLemma(q, "case", "'s") {
			return -1 // "Russia's, Iran's and Turkey's": each owns it
		}
	}
	return last
}

// prepArgsNear is prepArgs of the verb i, or else of its object obj (when
// obj >= 0) or a noun the object governs: "supplied missiles to Turkey",
// "provide $300 million in aid to Ukraine", read either way by the parser,
// mean the same.
func (c *clause) prepArgsNear(i, obj int, preps []string) []Mention {
	if got := c.prepArgs(i, preps); len(got) > 0 || obj < 0 {
		return got
	}
	if c.ownsPrep(i, obj, preps) {
		return nil // "protested the arms sale to Taiwan": the sale's recipient, no one protested to
	}
	if got := c.prepArgs(obj, preps); len(got) > 0 {
		return got
	}
	// The phrase on the last of coordinated goods is all of theirs: "sent
	// rescue teams and humanitarian aid/conj to Morocco", and inside the
	// object, "shipped dozens of armoured vehicles and anti-tank
	// missiles/conj to Kyiv".
	goods := []int{obj}
	for _, k := range c.t.kids[obj] {
		if relIs(c.t.rel[k], "nmod") && !slices.Contains(preps, c.t.caseOf(k)) {
			goods = append(goods, k)
		}
	}
	for _, g := range goods {
		for _, q := range c.t.conjuncts(g) {
			if q == obj {
				continue // tried above
			}
			if got := c.prepArgs(q, groundPreps(c.t.lemma[q], preps)); len(got) > 0 {
				return got
			}
		}
	}
	// "pledged $500 million in/obl reconstruction aid to Iraq", "2.7
	// billion euros in military aid to Ukraine": an amount's kind of
	// money carries where it goes.
	if c.t.tag[obj] == "$" || c.t.tag[obj] == "CD" || c.t.child(obj, "nummod") >= 0 {
		for _, k := range c.t.kids[i] {
			if k > obj && relIs(c.t.rel[k], "obl") && c.t.caseOf(k) == "in" {
				if got := c.prepArgs(k, preps); len(got) > 0 {
					return got
				}
			}
		}
	}
	// "held talks in Beijing with Wang Yi": a phrase hung on the place
	// after the verb's object is the verb's.
	for _, k := range c.t.kids[i] {
		if n := c.headOf[k]; k > obj && n >= 0 && c.ms[n].Place && relIs(c.t.rel[k], "obl") {
			if got := c.prepArgs(k, preps); len(got) > 0 {
				return got
			}
		}
	}
	// "accused Iran of supplying weapons to the Houthis": a phrase right
	// after a clause's object, hung on the verb the clause depends on.
	if r, h := c.t.rel[i], c.t.head[i]; h >= 0 && (r == "advcl" || r == "xcomp") {
		for _, k := range c.t.kids[h] {
			if k > obj && relIs(c.t.rel[k], "obl") && slices.Contains(preps, c.t.caseOf(k)) {
				return c.argsOf(k, true)
			}
		}
	}
	return nil
}

// ownsPrep reports whether the noun at obj is a transfer or a trip whose
// "to" names where it goes, where verb i wants a "to" for whom it
// addresses: "protested the arms sale to Taiwan" protests to no Taiwan.
// (Other nouns lend their phrase, "blamed the attack on the regime", and
// other verbs take it, "sent aid to Ukraine".)
func (c *clause) ownsPrep(i, obj int, preps []string) bool {
	if c.t.lemma[i] == "join" && slices.Contains(preps, "with") && strings.HasPrefix(c.t.tag[obj], "NN") && c.prepChild(obj, "with") >= 0 {
		// "joined negotiations with the Houthis": the talks are with them,
		// the joining is no joint act with them.
		for _, e := range c.x.lex.Lookup(c.t.lemma[obj], schema.Noun) {
			if slices.Contains(e.Preps, "with") {
				return true
			}
		}
	}
	if h := c.t.head[i]; slices.Contains(preps, "with") && strings.HasPrefix(c.t.tag[obj], "NN") && c.prepChild(obj, "with") >= 0 && h >= 0 &&
		c.t.rel[i] == "advcl" && c.t.hasChildLemma(i, "mark", "to") && c.meetingWord(h) && c.partnerNamed(h) {
		// "held talks with King Salman to discuss the escalation with
		// Iran": the meeting named its party; the purpose's with-phrase
		// inside its object is the topic's.
		return true
	}
	if !slices.Contains(preps, "to") || !strings.HasPrefix(c.t.tag[obj], "NN") || c.prepChild(obj, "to") < 0 {
		return false
	}
	if !slices.ContainsFunc(c.x.lex.Lookup(c.t.lemma[i], schema.Verb), func(e schema.LexiconEntry) bool {
		return e.Relation == schema.ProtestedTo || e.Relation == schema.CalledOn || e.Relation == schema.SpokeWith
	}) {
		return false
	}
	for _, e := range c.x.lex.Lookup(c.t.lemma[obj], schema.Noun) {
		if (e.Relation == schema.ProvidedAidTo || e.Relation == schema.Visited) && slices.Contains(e.Preps, "to") {
			return true
		}
	}
	return false
}

// meetingWord reports whether verb h is a meeting, a call or talks, or
// holds one as its object ("held talks").
func (c *clause) meetingWord(h int) bool {
	meets := func(e schema.LexiconEntry) bool {
		return e.Relation == schema.MetWith || e.Relation == schema.SpokeWith || e.Relation == schema.NegotiatedWith
	}
	if slices.ContainsFunc(c.x.lex.Lookup(c.t.lemma[h], schema.Verb), meets) {
		return true
	}
	o := c.t.child(h, "obj")
	return o >= 0 && slices.ContainsFunc(c.x.lex.Lookup(c.t.lemma[o], schema.Noun), meets)
}

// partnerNamed reports whether meeting verb h names whom it is with: its
// object ("met Lavrov"), or a with-phrase on it or on its object ("held
// talks with the king").
func (c *clause) partnerNamed(h int) bool {
	if len(c.argsOf(c.prepChild(h, "with"), true)) > 0 {
		return true
	}
	o := c.t.child(h, "obj")
	return o >= 0 && (len(c.argsOf(o, true)) > 0 || len(c.argsOf(c.prepChild(o, "with"), true)) > 0)
}

// businessNouns are a country's businesses, not its state.
var businessNouns = map[string]bool{
	"company": true, "firm": true, "business": true, "corporation": true, "bank": true, "investor": true,
	"manufacturer": true, "exporter": true, "importer": true, "carrier": true, "airline": true, "brand": true,
}

// tradeWords make a retaliation a trade measure.
var tradeWords = map[string]bool{
	"tariff": true, "tariffs": true, "duty": true, "duties": true, "import": true, "imports": true, "export": true,
	"exports": true, "trade": true, "safeguard": true, "goods": true, "products": true, "anti-dumping": true,
}

// commonFoeLemmas are purposes against a third party: "to retake the dam".
var commonFoeLemmas = map[string]bool{
	"retake": true, "recapture": true, "liberate": true, "defeat": true, "drive": true, "oust": true, "expel": true,
	"free": true, "repel": true, "dislodge": true, "clear": true, "push": true,
}

// sharedPurpose reports whether the fighting at i has a purpose its
// fighters share or is done together: "battled on the ground to retake
// the dam", "fought side by side".
func (c *clause) sharedPurpose(i int) bool {
	t := c.t
	for _, k := range t.kids[i] {
		if (t.rel[k] == "advcl" || t.rel[k] == "xcomp") && t.hasChildLemma(k, "mark", "to") && commonFoeLemmas[t.lemma[k]] {
			return true // (but "battled to control the town": each other)
		}
		if t.rel[k] == "advmod" && (t.lemma[k] == "together" || t.lemma[k] == "jointly") || (relIs(t.rel[k], "obl") && t.caseOf(k) == "alongside") {
			return true
		}
	}
	return false
}

// othersNamed reports whether the sentence names an actor other than the
// subjects and the states of the subjects who are people, as no place or
// topic.
func (c *clause) othersNamed(subj []Mention) bool {
	own := map[string]bool{}
	for _, m := range subj {
		for _, a := range m.Actors {
			own[a.ID], own[a.Country] = true, true
		}
	}
	for _, m := range c.ms {
		if m.Place || m.Prep == "over" || m.Prep == "on" || m.Prep == "about" || m.Prep == "in" {
			continue // "made progress over Syria": a topic or a place
		}
		for _, a := range m.Actors {
			if !own[a.ID] {
				return true
			}
		}
	}
	return false
}

// infinitiveAbove returns the nearest to-infinitive above verb h, or -1.
func (c *clause) infinitiveAbove(h int) int {
	for v, n := c.t.head[h], 0; v >= 0 && n < 4; v, n = c.t.head[v], n+1 {
		if c.t.hasChildLemma(v, "mark", "to") && strings.HasPrefix(c.t.tag[v], "VB") {
			return v
		}
	}
	return -1
}

// hasParticle reports whether verb i has the particle its entry needs
// ("took out ISIS targets"), if any; "take the UK out of the bloc" is no
// strike.
func (c *clause) hasParticle(i int, e schema.LexiconEntry) bool {
	if e.Particle == "" {
		return true
	}
	if c.t.lemma[i] == "take" && i+1 < len(c.toks) && c.toks[i+1].key != e.Particle {
		return false
	}
	return c.t.hasChildLemma(i, "compound:prt", e.Particle) || c.followedBy(i, e.Particle)
}

// followedBy reports whether word (a verb's particle) comes within three
// words after verb i or right after its object ("pushed Islamic State
// fighters out of Mosul").
func (c *clause) followedBy(i int, word string) bool {
	for j := i + 1; j < len(c.toks) && j <= i+3; j++ {
		if c.toks[j].key == word {
			return true
		}
	}
	if o := c.t.child(i, "obj"); o > i {
		_, hi := c.t.span(o)
		return hi+1 < len(c.toks) && c.toks[hi+1].key == word
	}
	return false
}

func (c *clause) nounFrame(i int, e schema.LexiconEntry) (frame, bool) {
	t := c.t
	if e.Relation == schema.Attacked && t.lemma[i] == "campaign" {
		if k := c.prepChild(i, "against"); k >= 0 && allPeople(c.argsOf(k, true)) {
			return frame{}, false // "the campaign against Clinton": politics, no armed attack
		}
	}
	if v := t.head[i]; t.lemma[i] == "money" && (c.prepChild(i, "from") >= 0 || v >= 0 && c.prepChild(v, "from") >= 0 && !t.withholds(v)) {
		return frame{}, false // "accepted money from the Dutch company": a payment; money given to an actor is aid
	}
	if wordy := t.lemma[i] == "attack" || t.lemma[i] == "assault" || t.lemma[i] == "broadside"; e.Relation == schema.Attacked && (c.figurative(i) || wordy && (c.inMedium(i) || t.hasChildLemma(i, "amod", verbalKinds...))) {
		if !wordy || !c.spokenAttack(i) {
			return frame{}, false
		}
		// "North Korea delivered verbal attacks against South Korea": words.
		e.Relation = schema.Criticized
	}
	if v := t.head[i]; t.lemma[i] == "fire" && (v >= 0 && (t.lemma[v] == "draw" || t.lemma[v] == "attract" || t.lemma[v] == "face" || t.lemma[v] == "fury") ||
		slices.ContainsFunc(t.kids[i], func(k int) bool { return t.rel[k] == "conj" && t.lemma[k] == "fury" })) {
		return frame{}, false // "drew fire from Orban" (criticism, read elsewhere), "fire and fury on North Korea" (a threat)
	}
	if t.lemma[i] == "demand" && t.hasChildLemma(i, "amod", "domestic", "global", "consumer", "internal", "external", "aggregate", "weak", "strong", "rising", "falling") {
		return frame{}, false // "to boost domestic demand": buyers' demand, no one's
	}
	if t.lemma[i] == "accord" && t.caseOf(i) == "in" && t.child(i, "det") < 0 {
		return frame{}, false // "were more in accord over North Korea": agreeing, no accord signed
	}
	if f, read := c.inProtest(i, e); read {
		return f, len(f.subj) > 0 && len(f.obj) > 0 // no addressee: "in protest against the arms sale to Taiwan" protests to no one
	}
	asked := -1 // "Trump's request for China to investigate Biden": the one asked
	for _, k := range t.kids[i] {
		if (e.Relation == schema.CalledOn || e.Relation == schema.Demanded) && t.rel[k] == "acl" && t.hasChildLemma(k, "mark", "for") && t.child(k, "nsubj") >= 0 {
			asked = t.child(k, "nsubj")
		}
	}
	appeal := t.lemma[i] == "call" && c.appealTo(i) // "calls from Washington to cancel it"
	if e.Relation == schema.SpokeWith && appeal {
		return frame{}, false
	}
	on := c.onWhom(i)
	if v := t.head[i]; on < 0 && v >= 0 && t.rel[i] == "obj" && lightLemmas[t.lemma[v]] {
		on = c.onWhom(v) // "put pressure/obj on/obl-of-put North Korea"
	}
	underPressure := t.lemma[i] == "pressure" && t.caseOf(i) == "under"
	if e.Relation == schema.CalledOn && on < 0 && c.prepChild(i, "upon") < 0 && asked < 0 && !appeal && !underPressure && !c.answeredRequest(i) && !(slices.Contains(e.Preps, "to") && c.prepChild(i, "to") >= 0) {
		// ("a plea to Russia", "his appeal to Tehran": the noun's own "to".)
		return frame{}, false // "got a call from Trump" is a phone call; an appeal is "a call on X"
	}
	if len(e.Objects) > 0 && !c.nounObjectFits(i, e.Objects) {
		return frame{}, false // "arms sales", "sales of missiles"; not "car sales"
	}
	if e.Relation == schema.SignedAgreementWith && t.lemma[i] == "agreement" && t.caseOf(i) == "in" && t.child(i, "cop") >= 0 {
		return frame{}, false // "were in complete agreement on isolating North Korea": of one mind, no deal
	}
	if e.Relation == schema.SpokeWith && t.lemma[i] == "call" && c.callFor(i) {
		return frame{}, false // "calls for his resignation": demands, no phone call
	}
	if v := t.head[i]; e.Relation == schema.Attacked && v >= 0 && t.rel[i] == "obj" && (t.lemma[v] == "seek" || t.lemma[v] == "want" || t.lemma[v] == "desire") {
		return frame{}, false // "is not seeking war with Iran": a wish, no attack either way
	}
	if e.Relation == schema.Attacked && c.toks[i].text == "War" && i > 0 && c.within[i-1] >= 0 && len(c.ms[c.within[i-1]].Actors) == 1 {
		return frame{}, false // "the Iraq War", "the Vietnam War": a war named for its place ("the Iran-Iraq War" names both sides)
	}
	if e.Relation == schema.Attacked && (t.lemma[i] == "war" || t.lemma[i] == "conflict") && t.hasChildLemma(i, "amod", "civil") &&
		c.prepChild(i, "between") < 0 && c.prepChild(i, "with") < 0 && c.prepChild(i, "against") < 0 && (t.head[i] < 0 || c.prepChild(t.head[i], "with") < 0) {
		// (But "the civil war between the government and the FARC", "is
		// engaged in a civil war with rebel factions" name its sides.)
		return frame{}, false // "dragged into the Syrian civil war": a war inside the country, not one it wages on another
	}
	if e.Relation == schema.Attacked && t.tag[i] == "NNS" && (t.lemma[i] == "war" || t.lemma[i] == "conflict") && t.child(i, "compound") >= 0 && c.prepChild(i, "between") < 0 {
		return frame{}, false // "the Iraq and Afghanistan wars": each war named for its place
	}
	if e.Relation == schema.Attacked && t.lemma[i] == "crackdown" && slices.ContainsFunc([]int{c.prepChild(i, "on"), c.prepChild(i, "against")}, func(k int) bool {
		return k >= 0 && c.headOf[k] >= 0 && c.ms[c.headOf[k]].Actors[0].Kind == schema.Country
	}) {
		// (A crackdown is force against a group: "Egypt's crackdown on the
		// Muslim Brotherhood".)
		return frame{}, false // "the administration's broader crackdown on China": tariffs and indictments, no attack on a state
	}
	if e.Relation == schema.Attacked && t.hasChildLemma(i, "amod", "joint", "combined") && c.prepChild(i, "against") < 0 && c.prepChild(i, "on") < 0 {
		e.Relation = schema.CooperatedWith // "a joint operation between al-Shabab and AQAP": the partners, not foes
	}
	if e.Relation == schema.Visited && t.lemma[i] == "visitor" && slices.ContainsFunc(t.kids[i], func(k int) bool {
		_, dem := c.demonym(k)
		return k < i && (t.rel[k] == "amod" || t.rel[k] == "compound") && (dem || c.headOf[k] >= 0 && c.ms[c.headOf[k]].Actors[0].Kind == schema.Country)
	}) {
		return frame{}, false // "Canadian visitors to Cuba", "Chinese visitors": travellers of that nationality, no state's visit
	}
	if e.Relation == schema.SpokeWith && t.lemma[i] == "contact" && t.tag[i] == "NNS" {
		return frame{}, false // "the campaign's contacts with Russians": a probe's word for ties of any kind; "in contact with" speaks
	}
	if e.Relation == schema.Attacked && t.lemma[i] == "hostility" && t.tag[i] != "NNS" {
		return frame{}, false // "the hostility between Iran and the United States": enmity; "hostilities" are fighting
	}
	if e.Relation == schema.Threatened && c.travelAdvice(i) {
		return frame{}, false // "a warning on travel to Cuba": advice to travellers, no threat to Cuba
	}
	if v := t.head[i]; e.Relation == schema.Threatened && c.toks[i].key == "threat" && v >= 0 && (t.rel[i] == "obj" || t.rel[i] == "xcomp") && (judgeAsLemmas[t.lemma[v]] || t.lemma[v] == "see" || t.lemma[v] == "view" || t.lemma[v] == "regard" || t.lemma[v] == "perceive") {
		return frame{}, false // "any missile they consider a threat to Japanese territory": a danger judged, no threat made
	}
	if e.Relation == schema.Threatened && c.toks[i].key == "threat" && t.child(i, "nmod:poss") < 0 && !c.hasInfinitive(i) && c.prepChild(i, "against") < 0 {
		// (But "the U.S. threat against Japan" is one made.)
		for _, k := range t.kids[i] {
			if _, dem := c.demonym(k); (t.rel[k] == "amod" || t.rel[k] == "compound") && (c.headOf[k] >= 0 || dem) {
				return frame{}, false // "no imminent Iranian threat to Americans": a danger, not a threat made
			}
		}
	}
	if e.Relation == schema.Supported && (t.hasChildLemma(i, "amod", materialKinds...) || t.hasChildLemma(i, "compound", materialKinds...)) {
		e.Relation = schema.ProvidedAidTo // "Iran's financial support for Hezbollah": money, not words
	}
	if v := t.head[i]; e.Relation == schema.CalledOn && t.lemma[i] == "call" && (v >= 0 && t.rel[i] == "obj" && t.lemma[v] == "pay" || t.hasChildLemma(i, "amod", "courtesy")) {
		e.Relation = schema.MetWith // "paid a courtesy call on Reagan": a visit, no appeal
	}
	f := frame{rel: e.Relation, trigger: i, conf: 0.75, rule: "noun-mod"}
	if v := t.head[i]; e.Relation == schema.Attacked && revengeNouns[t.lemma[i]] && v >= 0 && foretellLemmas[t.lemma[v]] && (t.rel[i] == "obj" || relIs(t.rel[i], "obl")) {
		// "hinting at retaliation against U.S. forces", "threatened
		// reprisals against Turkey": a blow foretold is a threat (the
		// guideline's "vow retaliation").
		if f.obj = c.prepArgs(i, e.Preps); len(f.obj) > 0 {
			f.rel, f.subj, f.rule = schema.Threatened, c.subjectOf(v, 0), "noun-light"
			c.polarity(&f, v)
			return f, len(f.subj) > 0
		}
	}
	if e.Relation == schema.MetWith && c.byPhone(i) {
		f.rel = schema.SpokeWith // "talks by phone with Netanyahu"
	}
	if e.Relation == schema.MetWith && peaceTalks(t, i) {
		f.rel = schema.NegotiatedWith // guideline: "peace talks between" are negotiations
	}
	f.obj = c.prepArgs(i, e.Preps)
	if len(f.obj) == 0 && e.Relation == schema.Attacked {
		for _, p := range []string{"on", "against"} {
			if k := c.prepChild(i, p); k >= 0 && len(f.obj) == 0 && cyberTargets[t.lemma[k]] {
				f.obj, _ = c.modifierActors(k) // "cyberattacks on Kenyan government networks": on the state whose systems they are
			}
		}
	}
	if len(f.obj) == 0 && e.Relation == schema.Sanctioned {
		k := c.prepChild(i, "for")
		if v := t.head[i]; k < 0 && v >= 0 && t.rel[i] == "obj" {
			if k = c.prepChild(v, "for"); k < i {
				k = -1 // (the phrase hung on the verb, after the noun)
			}
		}
		if k >= 0 && c.headOf[k] >= 0 && len(c.x.lex.Lookup(t.lemma[k], schema.Noun)) == 0 {
			f.obj = c.argsOf(k, true) // "unveiled fresh sanctions for Belarus's president": the one named, not a deed ("sanctions for Russia's annexation" punish it)
		}
	}
	goods := -1 // "the transfer of weapons by Syria to Hezbollah": the parser may hang the event's phrases on its goods
	if k := c.prepChild(i, "of"); len(e.Objects) > 0 && k >= 0 && c.headOf[k] < 0 {
		goods = k
	}
	if goods >= 0 && e.Relation == schema.DowngradedRelations && missionNouns[t.lemma[goods]] {
		// "the closing of the Israeli office in Sydney", "of the Russian
		// consulate in Lyon": the mission's owner, wherever it stands (not
		// "the closing of its embassy in Damascus": there).
		if p := t.child(goods, "nmod:poss"); p < 0 || t.tag[p] != "PRP$" {
			f.obj, _ = c.modifierActors(goods)
		}
	}
	if len(f.obj) == 0 && goods >= 0 {
		f.obj = c.prepArgs(goods, e.Preps)
	}
	if e.Relation == schema.Investigated && len(f.obj) == 0 {
		// "Mueller's investigation of possible collusion between the
		// Kremlin and the Trump campaign", "a probe into contacts with
		// Russia": the parties to the dealings probed.
		for _, p := range []string{"of", "into"} {
			if k := c.prepChild(i, p); k >= 0 && len(f.obj) == 0 && dealingNouns[t.lemma[k]] {
				f.obj = c.prepArgs(k, []string{"between", "with"})
			}
		}
	}
	if v := t.head[i]; len(f.obj) == 0 && e.Relation == schema.ProvidedAidTo && v >= 0 && t.rel[i] == "obj" && t.withholds(v) {
		// "withheld military aid from Ukraine": aid kept from its recipient.
		if f.obj = c.prepArgs(i, []string{"from"}); len(f.obj) == 0 {
			f.obj = c.prepArgs(v, []string{"from"})
		}
	}
	for _, k := range t.kids[i] {
		// "the sanctions placed on Iran by the United States": a light
		// participle after the noun carries its phrases.
		if len(f.obj) == 0 && t.rel[k] == "acl" && t.tag[k] == "VBN" && lightLemmas[t.lemma[k]] && t.child(k, "nsubj:pass") < 0 && (e.Relation == schema.Sanctioned || e.Relation == schema.Attacked || e.Relation == schema.Investigated || e.Relation == schema.Demanded) {
			if f.obj = c.prepArgs(k, e.Preps); len(f.obj) > 0 && len(f.subj) == 0 {
				if a := t.child(k, "obl:agent"); a >= 0 {
					f.subj, f.rule = c.argsOf(a, false), "noun-by"
				}
			}
		}
	}
	if k := c.prepChild(i, "of"); (e.Relation == schema.Supported || e.Relation == schema.ProvidedAidTo) && k >= 0 && t.caseOf(i) != "in" && (t.lemma[i] == "support" || t.lemma[i] == "backing" || t.lemma[i] == "help" || t.lemma[i] == "assistance") {
		// "pledges the support of the United Nations", "with the backing
		// of Russia": who gives it ("in support of Assad" names whom).
		if own, _ := c.modifierActors(i); len(own) == 0 {
			f.subj, f.rule = c.argsOf(k, false), "noun-by"
			f.obj = c.prepArgs(i, []string{"for", "to"})
		}
	}
	if k := c.prepChild(i, "on"); e.Relation == schema.Vetoed && k >= 0 && c.headOf[k] >= 0 && c.ms[c.headOf[k]].Actors[0].Kind == schema.Country {
		// "its tenth veto on Syria": what the vetoes were about.
		f.obj = slices.DeleteFunc(slices.Clone(f.obj), func(m Mention) bool { return m.Start == c.ms[c.headOf[k]].Start })
	}
	if len(f.obj) == 0 && asked >= 0 {
		f.obj = c.argsOf(asked, false)
	}
	if h := t.head[i]; len(f.obj) == 0 && h >= 0 && t.rel[i] == "compound" && billNouns[t.lemma[h]] {
		// "a sanctions bill against Russia": the bill's phrase is the
		// measure's; what a bill proposes is yet to be.
		if f.obj = c.prepArgs(h, e.Preps); len(f.obj) > 0 {
			if f.subj, _ = c.modifierActors(h); len(f.subj) == 0 && t.rel[h] == "obj" {
				f.subj = c.subjectOf(t.head[h], 0)
			}
			f.rule = "noun-light"
			c.polarity(&f, h)
			if f.mod == schema.Asserted {
				f.mod = schema.Hypothetical
			}
			return f, len(f.subj) > 0
		}
	}
	if k := c.prepChild(i, "with"); e.Relation.Symmetric() && k >= 0 && c.headOf[k] < 0 && len(c.x.lex.Lookup(t.lemma[k], schema.Noun)) > 0 {
		f.obj = nil // "his agreement with the Iraq war": he agreed with an event, with no one
	}
	if len(f.obj) == 0 && e.Relation.Symmetric() && slices.Contains(e.Preps, "with") {
		f.obj = c.withOnName(i)
	}
	if len(f.obj) == 0 {
		f.obj = c.prepAfter(i, e.Preps)
	}
	if v := t.head[i]; len(f.obj) == 0 && e.Relation == schema.ProtestedTo && t.lemma[i] == "protest" &&
		(t.hasChildLemma(i, "amod", "diplomatic", "formal", "official") || v >= 0 && t.rel[i] == "obj" && (t.lemma[v] == "lodge" || t.lemma[v] == "file" || t.lemma[v] == "deliver")) {
		// "filed a diplomatic protest against China": one lodged with
		// the state it is against (not "protests against the war"), the
		// phrase on the noun or on the verb that lodges it.
		if f.obj = c.prepArgs(i, []string{"against"}); len(f.obj) == 0 && v >= 0 && t.rel[i] == "obj" {
			f.obj = c.prepArgs(v, []string{"against"})
		}
	}
	if len(f.obj) == 0 {
		f.obj = c.complementObject(i, e.Relation)
	}
	if len(f.obj) == 0 && (e.Relation == schema.Sanctioned || e.Relation == schema.Attacked || e.Relation == schema.Threatened) {
		f.obj = c.targetedBy(i) // "his threats aimed at Japan"
	}
	if k := c.prepChild(i, "of"); len(f.obj) == 0 && e.Relation == schema.Accused && k >= 0 && (harmNouns[t.lemma[k]] || harmNouns[c.toks[k].key] || c.attackNoun(k)) {
		f.obj, _ = c.modifierActors(k) // "Japan's accusations of Chinese espionage": whose the wrong is
	}
	// "air strikes launched in March against Kurdish fighters",
	// "airstrikes carried out by the United States against the Taliban":
	// a participle that carries the act out holds its phrases.
	carried := -1
	for _, k := range t.kids[i] {
		if t.rel[k] == "acl" && t.tag[k] == "VBN" && carryLemmas[t.lemma[k]] {
			carried = k
		}
		if len(f.obj) == 0 && t.rel[k] == "acl" && t.tag[k] == "VBN" && k > i && (carryLemmas[t.lemma[k]] || backLemmas[t.lemma[k]]) {
			// The phrase after a participle that carries out or backs the
			// act: "an offensive backed by Riyadh against the Houthis" (not
			// "the tanker attack, blamed on Iran").
			f.obj = c.prepArgs(k, e.Preps)
		}
	}
	pv := t.head[i] // the verb the pressure bears on
	for pv >= 0 && t.lemma[i] == "pressure" && relIs(t.rel[i], "nmod") && strings.HasPrefix(t.tag[pv], "NN") && relIs(t.rel[pv], "obl") {
		pv = t.head[pv] // "deployed troops to its border under/nmod-of-border pressure from Washington": the verb's
	}
	if v := pv; len(f.obj) == 0 && e.Relation == schema.CalledOn && t.lemma[i] == "pressure" && v >= 0 && (relIs(t.rel[i], "obl") || v != t.head[i]) && t.caseOf(i) == "under" && strings.HasPrefix(t.tag[v], "VB") {
		// "Egypt withdrew it under pressure from Israel": the one who acts
		// under the pressure is pressed.
		f.obj = c.subjectOf(v, 0)
	}
	if v := t.head[i]; len(f.obj) == 0 && e.Relation == schema.Criticized && objectionNouns[t.lemma[i]] && v >= 0 && relIs(t.rel[i], "obl") && t.caseOf(i) == "despite" && strings.HasPrefix(t.tag[v], "VB") && t.child(v, "nsubj:pass") < 0 &&
		c.prepChild(i, "to") < 0 && c.prepChild(i, "against") < 0 && c.prepChild(i, "over") < 0 && c.prepChild(i, "about") < 0 {
		// "Germany withdrew despite objections from Italy": the one who
		// acts in spite of the criticism is its target (not "despite US
		// objections to the bank's rules", whose target is named).
		f.obj = c.subjectOf(v, 0)
	}
	for _, k := range t.kids[i] {
		if l := t.lemma[k]; len(f.obj) == 0 && t.rel[k] == "acl:relcl" && (occurLemmas[l] || l == "erupt" || l == "break" || l == "flare") {
			f.obj = c.prepArgs(k, e.Preps) // "clashes that erupted with government forces": the event's own phrase
		}
	}
	if v := t.head[i]; len(f.obj) == 0 && (e.Relation == schema.Supported || e.Relation == schema.ProvidedAidTo) && v >= 0 && relIs(t.rel[i], "obl") && t.caseOf(i) == "for" && thankLemmas[t.lemma[v]] {
		// "Assad thanked Putin for Russia's military support": the one
		// who thanks got it, from its owner or from the one thanked.
		f.obj = c.subjectOf(v, 0)
		if own, _ := c.modifierActors(i); len(own) == 0 {
			if o := t.child(v, "obj"); o >= 0 {
				f.subj, f.rule = c.argsOf(o, true), "noun-received"
			}
		}
	}
	if v := t.head[i]; len(f.obj) == 0 && e.Relation == schema.Sanctioned && t.caseOf(i) == "under" {
		// "Russia, which was under U.S. sanctions", "Iran remains under
		// American sanctions", "firms under EU sanctions": who is under
		// them is sanctioned.
		switch {
		case t.child(i, "cop") >= 0 || t.child(i, "nsubj") >= 0:
			f.obj = c.subjectOf(i, 0)
		case v >= 0 && relIs(t.rel[i], "obl") && strings.HasPrefix(t.tag[v], "VB"):
			if f.obj = c.subjectOf(v, 0); len(f.obj) == 0 {
				if s := t.child(v, "nsubj"); s >= 0 {
					f.obj = c.argsOf(s, true) // "Hundreds of Russian businesses remain under U.S. sanctions": what is sanctioned stands for its owner
				}
			}
		case v >= 0 && relIs(t.rel[i], "nmod") && c.headOf[v] >= 0:
			f.obj = c.argsOf(v, false)
		}
	}
	if v := t.head[i]; len(f.obj) == 0 && (e.Relation == schema.Supported || e.Relation == schema.ProvidedAidTo) && v >= 0 &&
		relIs(t.rel[i], "obl") && t.caseOf(i) == "with" && strings.HasPrefix(t.tag[v], "VB") {
		// "Assad's forces, with Russian backing, retook Aleppo", "the
		// offensive led by the regime with Iranian support": who acts
		// with the backing gets it.
		if f.obj = c.byAgent(v); len(f.obj) == 0 && t.child(v, "nsubj:pass") < 0 {
			f.obj = c.subjectOf(v, 0)
		}
	} else if len(f.obj) == 0 && (e.Relation == schema.Supported || e.Relation == schema.ProvidedAidTo) && v >= 0 &&
		relIs(t.rel[i], "nmod") && t.caseOf(i) == "with" && (c.setOff(i) || t.rel[v] == "nsubj" || t.rel[v] == "obl:agent") {
		// "The Syrian army, with Russian backing, retook", "led by the
		// army with Iranian support": hung on the actor who acts.
		for _, k := range t.kids[v] {
			if t.rel[k] == "conj" && k < i {
				v = k // the last conjunct before the phrase: "by a US-led alliance and the Syrian government with Russian air support"
			}
		}
		lo, hi := t.span(v) // its own actors, not its conjuncts'
		f.obj = slices.DeleteFunc(c.actorsOf(v, false), func(m Mention) bool { return m.Start < lo || m.End > hi+1 })
	}
	if k := t.child(i, "compound"); len(f.obj) == 0 && e.Relation == schema.Visited && k >= 0 {
		if m := c.headOf[k]; m >= 0 && c.ms[m].Place {
			f.obj = c.ms[m : m+1] // "a Moscow visit by Shultz"
		}
	}
	named := false // the object named by the compound, which is then no subject
	if k := t.child(i, "compound"); (len(f.obj) == 0 || e.Relation == schema.Investigated) && (e.Relation == schema.Investigated || e.Relation == schema.Sanctioned || e.Relation == schema.SignedAgreementWith && c.dealMaker(i)) && k >= 0 && c.countryByName(k) {
		// (So "the Iran sanctions", "Russia sanctions": on the state;
		// "Obama's Iran deal", "the Iran deal negotiated by Obama": with
		// the state, when the deal names who made it.)
		// "the Russia investigation", "the Iran probe": a country named
		// by its name before the inquiry is what it looks into; the one
		// that inquires is named by a demonym or abbreviation ("a U.S.
		// investigation", "a French inquiry"). So too when the inquiry
		// says what it is into: "the Russia investigation into whether
		// his associates colluded" is no Russian inquiry.
		f.obj = c.ms[c.headOf[k] : c.headOf[k]+1]
		named = true
	}
	if len(f.obj) == 0 && e.Relation == schema.Sanctioned {
		f.obj = c.flowTarget(i)
	}
	if len(f.obj) == 0 && e.Relation == schema.Sanctioned {
		f.obj = c.penalized(i)
	}
	if len(f.obj) == 0 && e.Relation == schema.Sanctioned {
		v := -1
		if a := t.child(i, "acl"); a >= 0 && t.tag[a] == "VBN" {
			v = a // "sanctions imposed by the Obama administration in response to Russian interference"
		}
		f.obj = c.punishedFor(v, i)
	}
	for _, k := range t.kids[i] {
		if len(f.obj) == 0 && e.Relation == schema.Attacked && k < i && (t.rel[k] == "amod" || t.rel[k] == "compound") && antiTargets[c.toks[i].key] {
			f.obj = c.opposed(k) // "stepped up the anti-ISIS campaign"
		}
	}
	if len(f.subj) == 0 && e.Relation == schema.Attacked && killNouns[t.lemma[i]] {
		// "the killing of Soleimani in a US drone strike": the strike's
		// maker killed.
		kids := t.kids[i]
		if h := t.head[i]; h >= 0 {
			kids = append(slices.Clip(kids), t.kids[h]...) // the phrase hung on the noun above
		}
		for _, k := range kids {
			if k > i && (relIs(t.rel[k], "nmod") || relIs(t.rel[k], "obl")) && t.caseOf(k) == "in" && strikeNouns[t.lemma[k]] && len(f.subj) == 0 {
				if got, _ := c.modifierActors(k); len(got) > 0 {
					f.subj, f.rule = got, "noun-by"
				}
			}
		}
	}
	// Who: possessor, actor compound or adjective, "by"/"from", or the
	// mention the noun closes ("Russian strikes").
	// (Unless an of-phrase named the giver above: "with the backing of
	// Russia".)
	var poss bool
	victim := false // the possessor of a killing is who was killed
	if killNouns[t.lemma[i]] && len(f.obj) == 0 {
		if k := t.child(i, "nmod:poss"); k >= 0 {
			// "the Russian envoy's assassination", "Soleimani's killing by
			// the United States"
			f.obj, victim = c.argsOf(k, false), true
		}
	}
	if len(f.subj) == 0 && victim {
		for _, k := range t.kids[i] {
			if (t.rel[k] == "compound" || t.rel[k] == "amod") && len(f.subj) == 0 {
				f.subj = c.argsOf(k, false) // "the Saudi murder of Khashoggi" has its doer
			}
		}
	} else if len(f.subj) == 0 {
		if f.subj, poss = c.modifierActors(i); poss {
			f.rule = "noun-poss"
		} else if h := t.head[i]; len(f.subj) == 0 && t.rel[i] == "conj" && h >= 0 && (meetingNouns[t.lemma[i]] || journeyNouns[t.lemma[i]]) && (meetingNouns[t.lemma[h]] || journeyNouns[t.lemma[h]]) && !named {
			// "Pence's visit to Warsaw and a meeting with Zelensky": the
			// possessor of the first of coordinated meetings and journeys
			// is the later ones' too.
			if f.subj, poss = c.modifierActors(h); poss {
				f.rule = "noun-poss"
			} else {
				f.subj = nil
			}
		} else if v := t.head[i]; len(f.subj) == 0 && t.rel[i] == "obj" && v >= 0 && includeLemmas[t.lemma[v]] && (meetingNouns[t.lemma[i]] || journeyNouns[t.lemma[i]] || sojournNouns[t.lemma[i]]) && !named {
			// "Obama's tour of Asia will include a stop in Malaysia": the
			// journey's owner makes the stops and meetings it includes.
			if s := t.child(v, "nsubj"); s >= 0 && journeyNouns[t.lemma[s]] {
				f.subj, _ = c.modifierActors(s)
			}
		} else if v := t.head[i]; len(f.subj) == 0 && relIs(t.rel[i], "obl") && t.caseOf(i) == "with" && v >= 0 && sojournNouns[t.lemma[i]] && !named {
			// "Pompeo will travel to Asia, with stops in Japan and South
			// Korea", "Trump's trip will be the longest, with stops in …":
			// the traveller, or the journey's owner, makes the stops.
			if s := t.child(v, "nsubj"); s >= 0 && journeyNouns[t.lemma[s]] {
				f.subj, _ = c.modifierActors(s)
			} else if strings.HasPrefix(t.tag[v], "VB") && tripLemmas[t.lemma[v]] && t.lemma[v] != "be" {
				f.subj = c.subjectOf(v, 0)
			}
		} else if named {
			f.subj = nil
		} else if sojournNouns[t.lemma[i]] {
			f.subj = nil // "let migrants enter the US stay in Mexico": a verb the tagger missed, no "US stay"
		}
	}
	if len(f.subj) == 0 && goods >= 0 && f.rel == schema.ProvidedAidTo && slices.Contains(e.Preps, "to") {
		// "the deployment of US troops to Saudi Arabia": whose the goods
		// are gives them.
		f.subj, _ = c.modifierActors(goods)
	}
	partIn := -1 // the verb of taking part in the event, when the event has its own agent
	if v := t.head[i]; len(f.subj) > 0 && v >= 0 && c.joinsEvent(i, v) {
		// "Jordan took part in U.S.-led strikes on IS": who takes part
		// acts with the event's own agent. "Saudi Arabia was ready to
		// participate in U.S. ground operations", "Jordan will not take
		// part in U.S. strikes": the taking part is as it goes, the
		// event's own agent's act is not said.
		if others := c.others(c.subjectOf(v, 0), f.subj); len(others) > 0 {
			g := f
			c.polarity(&g, v)
			own := f.subj
			if f.subj, partIn = others, v; !g.neg && g.mod == schema.Asserted {
				f.subj = append(slices.Clip(own), others...)
			}
		}
	}
	if len(f.subj) == 0 && f.rel == schema.Attacked {
		f.subj = c.avengedBy(i) // "retaliate against Israel for the strike on its consulate"
	}
	if h := t.head[i]; len(f.subj) == 0 && c.lacked(i) {
		f.subj, _ = c.modifierActors(h) // "Obama's lack of support for the rebels"
	}
	if h := t.head[i]; len(f.subj) == 0 && h >= 0 && relIs(t.rel[i], "nmod") && t.caseOf(i) == "of" && (enactNouns[t.lemma[h]] || seriesNouns[t.lemma[h]]) {
		f.subj, _ = c.modifierActors(h) // "China's announcement of new tariffs on U.S. goods", "Russia's wave of strikes"
	}
	if v := t.head[i]; f.rel.Symmetric() && !poss && len(f.obj) == 0 && len(f.subj) == 1 && f.subj[0].Actors[0].Kind == schema.Group && v >= 0 && strings.HasPrefix(t.tag[v], "VB") && (t.rel[i] == "obj" || relIs(t.rel[i], "obl")) {
		// "Ghani called for Taliban talks": the talks are with the group
		// the noun names, and the verb's subject their other party.
		if s := c.others(c.subjectOf(v, 0), f.subj); len(s) > 0 {
			f.subj, f.obj, f.rule = s, f.subj, "noun-light"
			c.polarity(&f, v)
			if f.mod == schema.Asserted && (t.rel[i] == "obj" && wishLemmas[t.lemma[v]] || t.caseOf(i) == "for" && wishForLemmas[t.lemma[v]]) {
				f.mod = schema.Hypothetical // "called for Taliban talks": none yet
			}
			return f, true
		}
	}
	// "Trump, who is in Vietnam meeting with Kim", "in a White House
	// meeting with Yildirim": a name after "in" that the parser made a
	// meeting's modifier is where it happens ("$1 billion in U.S. aid" is
	// no place).
	if f.rel.Symmetric() {
		f.subj = slices.DeleteFunc(f.subj, func(m Mention) bool {
			return (m.Prep == "in" || m.Prep == "at") && !m.Possessive && len(m.Actors) == 1
		})
	}
	if h := t.head[i]; len(f.subj) == 0 && h >= 0 && relIs(t.rel[i], "nmod") && t.caseOf(i) == "of" && (f.rel == schema.Attacked || f.rel == schema.Threatened) {
		// "China is the source of thousands of cyberattacks on U.S.
		// networks", "accused China of being the source of the attacks":
		// the source acts.
		if quantNouns[t.lemma[h]] && relIs(t.rel[h], "nmod") && t.caseOf(h) == "of" && t.head[h] >= 0 {
			h = t.head[h]
		}
		if s, v := t.child(h, "nsubj"), t.head[h]; sourceNouns[t.lemma[h]] && t.child(h, "cop") >= 0 {
			if s < 0 && v >= 0 && t.caseOf(h) == "of" && chargeLemmas[t.lemma[v]] {
				s = t.child(v, "obj")
			}
			if s >= 0 {
				f.subj, f.rule = c.argsOf(s, false), "noun-predicate"
			}
		}
	}
	// (Who is under sanctions is their object, read above: "Iran is
	// under sanctions imposed by the UN".)
	if s := t.child(i, "nsubj"); len(f.subj) == 0 && s >= 0 && (!stanceCase[t.caseOf(i)] || t.caseOf(i) == "on" && journeyNouns[t.lemma[i]] || behindAct(t, i, f.rel)) && !(f.rel == schema.Sanctioned && t.caseOf(i) == "under") {
		// A predicate noun's subject: "the US is at war with ISIS", "Russia
		// is the main backer of Assad". "Russia is the biggest threat to
		// the US" says what Russia is, not that it threatened anyone.
		if f.rel == schema.Threatened && t.child(i, "cop") >= 0 {
			return frame{}, false
		}
		f.subj, f.rule = c.argsOf(s, false), "noun-predicate"
	}
	if h := t.head[i]; len(f.subj) == 0 && t.rel[i] == "appos" && h >= 0 && c.headOf[h] >= 0 && relNouns[t.lemma[i]] != "" {
		// The name an apposition of a relational noun describes: "Russia,
		// a key backer of Assad", "the United States, a close ally of the
		// Philippines". A conjunct after the apposition has its own:
		// "Qatar, a supporter of the opposition, and Iran, a regime ally".
		f.subj, f.rule = slices.DeleteFunc(c.argsOf(h, false), func(m Mention) bool { return m.Start > i }), "noun-predicate"
		if t.rel[h] == "conj" && !c.t.hasChildLemma(i, "det", "both", "all") {
			// "Qatar, a backer of the rebels, and Iran, a regime ally": the
			// apposition after the last conjunct is its own.
			f.subj = slices.DeleteFunc(f.subj, func(m Mention) bool { return m.End <= c.ms[c.headOf[h]].Start })
		}
	}
	if h := t.head[i]; len(f.subj) == 0 && h >= 0 && relIs(t.rel[i], "nmod") && partyCases[t.caseOf(i)] && delegateNouns[t.lemma[h]] {
		// "Mekhlafi, the government's delegate to negotiations with the
		// Houthis", "Iran's chief negotiator in talks with the United
		// States": a party's delegate to an event speaks for the one
		// the delegate is (an apposition's name) or is of.
		if a := t.head[h]; t.rel[h] == "appos" && a >= 0 && c.headOf[a] >= 0 {
			f.subj, f.rule = c.argsOf(a, false), "noun-predicate"
		} else {
			f.subj, _ = c.modifierActors(h)
			f.rule = "noun-poss"
		}
	}
	if len(f.subj) == 0 && len(f.obj) > 0 && (f.rel == schema.Attacked || f.rel == schema.Threatened) {
		if got := c.answerableFor(i); len(got) > 0 {
			f.subj, f.rule = got, "noun-predicate"
		}
	}
	if len(f.subj) == 0 {
		for _, k := range t.kids[i] {
			if relIs(t.rel[k], "nmod") && t.caseOf(k) == "from" && f.rel == schema.Threatened && c.toks[i].key == "threat" {
				return frame{}, false // "the threat from North Korea to Japan": a danger, not threats made
			}
			if t.caseOf(k) == "from" && groundNouns[t.lemma[k]] {
				continue // "raids from its territory": where they start
			}
			if lo, _ := t.span(k); t.caseOf(k) == "from" && lo > 0 && tradedGoods[t.lemma[lo-1]] {
				continue // "tariffs on steel imports from the EU": where the goods come from
			}
			if (relIs(t.rel[k], "nmod") || relIs(t.rel[k], "obl") && !strings.HasPrefix(t.tag[i], "VB")) && (t.caseOf(k) == "by" || t.caseOf(k) == "from") {
				// A capital after "from" is the agent, not a place:
				// "threats from Washington". "The offensive/JJ by Kurdish
				// fighters/obl": an event noun tagged an adjective.
				f.subj, f.rule = c.argsOf(k, t.caseOf(k) == "from"), "noun-by"
				if f.rel == schema.CalledOn && penaltyNouns[t.lemma[k]] && t.lemma[k] != "round" && t.lemma[k] != "package" {
					// "the pressure on Cuba from US sanctions": the
					// penalties press it; that is sanctioning, no appeal.
					f.rel, f.trigger = schema.Sanctioned, k
				}
				if len(f.obj) == 0 {
					f.obj = c.prepArgs(k, e.Preps) // "a visit by Abe to China", "to China" hung on Abe
				}
				break
			}
		}
	}
	if v, o := t.head[i], -1; len(f.subj) == 0 && v >= 0 && (relIs(t.rel[i], "obl") || relIs(t.rel[i], "nmod")) && t.caseOf(i) == "of" {
		// "accused China of cyberattacks on Kenyan networks": the one
		// charged is the deed's doer, as with "of hacking" (the phrase
		// hung on the verb, or on the one charged).
		if r := t.rel[v]; (r == "obj" || r == "nsubj:pass") && t.head[v] >= 0 && chargedLemmas[t.lemma[t.head[v]]] {
			o = v
		} else if chargedLemmas[t.lemma[v]] {
			if o = t.child(v, "obj"); o < 0 {
				o = t.child(v, "nsubj:pass") // "China was accused of attacks on …"
			}
		}
		if o >= 0 && o < i {
			f.subj, f.rule = c.argsOf(o, false), "noun-charged"
		}
	}
	if a := t.child(max(carried, 0), "obl:agent"); len(f.subj) == 0 && carried >= 0 && a >= 0 {
		// (One broker is a go-between: "agreed to a ceasefire brokered
		// by Egypt" is between the ones who agreed.)
		// Nor are two when the clause names the parties: "negotiators
		// from the army and the RSF met for talks brokered by Saudi
		// Arabia and the United States".
		h := t.head[i]
		parties := h >= 0 && relIs(t.rel[i], "obl") && strings.HasPrefix(t.tag[h], "VB") && len(c.subjectOf(h, 0)) > 0
		if got := c.argsOf(a, false); !mediateLemmas[t.lemma[carried]] || len(got) > 1 && !parties {
			f.subj, f.rule = got, "noun-by"
		}
	}
	if len(f.subj) == 0 && len(f.obj) > 0 {
		// "the killing of Soleimani by the United States": the parser hangs
		// the agent on the event's object; a name takes no "by" phrase.
		// So on any phrase of the event's that names an actor: "the sale
		// of arms to Taiwan by the United States".
		for _, o := range t.kids[i] {
			if !relIs(t.rel[o], "nmod") || c.headOf[o] < 0 && o != goods {
				continue
			}
			for _, k := range t.kids[o] {
				if relIs(t.rel[k], "nmod") && t.caseOf(k) == "by" {
					f.subj, f.rule = c.argsOf(k, false), "noun-by"
				}
			}
		}
	}
	if len(f.subj) == 0 {
		if k := c.within[i]; k >= 0 && c.ms[k].End == i+1 && c.ms[k].Start < i {
			f.subj = []Mention{c.ms[k]}
		}
	}
	if h := t.head[i]; len(f.subj) == 0 && h >= 0 && relIs(t.rel[i], "nmod") && (t.caseOf(i) == "at" || t.caseOf(i) == "during") && utterances[c.toks[h].key] {
		// "Trump's comments at a summit with Putin": who spoke there was at it.
		if p := t.child(h, "nmod:poss"); p >= 0 {
			f.subj, f.rule = c.argsOf(p, false), "noun-adjunct"
		}
	}
	// The light verb that takes the noun, also through a word for a
	// number of them ("carried out a spate of cyberattacks on U.S.
	// targets"): its subject, and its obliques.
	n := i
	if h := t.head[i]; h >= 0 && relIs(t.rel[i], "nmod") && t.caseOf(i) == "of" && (kindNouns[t.lemma[h]] || seriesNouns[t.lemma[h]] || timeNouns[c.toks[h].key] || phaseNouns[t.lemma[h]] != 0) {
		n = h // "carried out a spate of attacks", "began 10 days of joint drills", "announced the resumption of aid"
	}
	if h := t.head[i]; h >= 0 && relIs(t.rel[i], "nmod") && (t.caseOf(i) == "in" || t.caseOf(i) == "of") && (t.tag[h] == "$" || t.tag[h] == "CD") && t.rel[h] == "obj" && (t.withholds(t.head[h]) || aidHolders[t.lemma[t.head[h]]] || sumGivers[t.lemma[t.head[h]]]) {
		n = h // "held up $250 million in aid to Ukraine", "announced $4 million in assistance for Somalia": the sum is the aid
	}
	if h := t.head[n]; h >= 0 && whatNamingLemmas[t.lemma[h]] && t.rel[h] == "acl:relcl" && t.head[h] >= 0 && c.toks[t.head[h]].key == "what" && (t.rel[n] == "obj" || t.rel[n] == "xcomp" || relIs(t.rel[n], "obl") && t.caseOf(n) == "as") {
		n = t.head[h] // "launched what it called an air offensive against the rebels": the free relative stands for the noun
	}
	if h := t.head[n]; f.rel.Symmetric() && t.rel[n] == "conj" && h >= 0 && t.rel[h] == "obj" && t.head[h] >= 0 && t.lemma[t.head[h]] == "withhold" && t.child(n, "case") < 0 && t.child(n, "mark") < 0 {
		n = h // "withheld the loan and an Oval Office meeting with Sisi": both kept back
	}
	// "withheld a meeting with Sisi": the one who keeps the event
	// back is its party, and it is not held (not "withheld Obama's
	// meeting"; "suspended talks" is a downgrade, read elsewhere).
	withheld := f.rel.Symmetric() && t.rel[n] == "obj" && t.head[n] >= 0 && (t.lemma[t.head[n]] == "withhold" || t.lemma[t.head[n]] == "hold" && t.withholds(t.head[n])) &&
		(t.child(n, "nmod:poss") < 0 || t.tag[t.child(n, "nmod:poss")] == "PRP$")
	light := t.rel[n] == "obj" || relIs(t.rel[n], "nsubj:pass") ||
		relIs(t.rel[n], "obl") && t.caseOf(n) == "into" && t.head[n] >= 0 && t.lemma[t.head[n]] == "enter" // "entered into an accord with Chile"
	claimedAttack := t.rel[n] == "obj" && f.rel == schema.Attacked && t.head[n] >= 0 && t.lemma[t.head[n]] == "claim" // "the Houthis claimed the attack"
	quit := !light && (f.rel == schema.MetWith || f.rel == schema.SpokeWith || f.rel == schema.Visited) && t.quits(n) // not "withdrew from the nuclear deal": that was made
	back := !light && !quit && (f.rel.Symmetric() || f.rel == schema.Visited) && t.returnedFrom(n)
	// "requested a meeting with Putin", "pushed for talks with Iran": the
	// one who wants a mutual event is its party, and it is yet to be.
	wishNoun := false
	if h := t.head[n]; f.rel.Symmetric() && h >= 0 && relIs(t.rel[n], "nmod") && t.caseOf(n) == "for" && wishNouns[t.lemma[h]] {
		// "expressed a desire for talks with the Taliban", "Ghani's call
		// for talks": the wisher's, through the noun of wishing.
		n, wishNoun = h, true
		if len(f.subj) == 0 {
			f.subj, _ = c.modifierActors(h)
		}
	} else if o := t.child(max(h, 0), "obj"); f.rel.Symmetric() && h >= 0 && relIs(t.rel[n], "obl") && (t.caseOf(n) == "for" || t.caseOf(n) == "about") && o >= 0 && o < n && wishNouns[t.lemma[o]] {
		// "voiced optimism/obj Monday for/obl a trade pact with Britain":
		// the wish the verb's object names, its phrase hung on the verb.
		n, wishNoun = o, true
	}
	wish := wishNoun || f.rel.Symmetric() && t.head[n] >= 0 && !c.toks[n].cap() && (t.rel[n] == "obj" && wishLemmas[t.lemma[t.head[n]]] || relIs(t.rel[n], "obl") && t.caseOf(n) == "for" && wishForLemmas[t.lemma[t.head[n]]])
	// The verb's subject takes the event though the verb is no light one:
	// it quits it, comes back from it, wants it or claims it.
	// "troops moved into Manbij under a deal with the SDF": who acts
	// under an accord is its party.
	underDeal := f.rel == schema.SignedAgreementWith && relIs(t.rel[n], "obl") && t.caseOf(n) == "under" && t.head[n] >= 0 && strings.HasPrefix(t.tag[t.head[n]], "VB")
	// "came to an agreement with Turkey": reached one (not "came closer
	// to an agreement").
	cameTo := f.rel == schema.SignedAgreementWith && relIs(t.rel[n], "obl") && t.caseOf(n) == "to" && t.head[n] >= 0 && t.lemma[t.head[n]] == "come" &&
		!slices.ContainsFunc(t.kids[t.head[n]], func(k int) bool { return k < n && nearWords[c.toks[k].key] })
	taken := quit || back || wish || claimedAttack || underDeal || cameTo || withheld
	light = light || taken
	claimed := !light && t.caseOf(n) == "for" && c.claimsCredit(t.head[n])
	if claimed && creditNouns[t.lemma[t.head[n]]] {
		n = t.head[n] // "claimed responsibility for an attack on Afghan forces"
	}
	if v := t.head[n]; v >= 0 && (light && (taken || lightLemmas[t.lemma[v]] || t.lemma[v] == "call" && t.hasChildLemma(v, "compound:prt", "off") || ruledOut(t, v) || f.rel == schema.ProvidedAidTo && (aidHolders[t.lemma[v]] || t.withholds(v)) || (f.rel.Symmetric() || f.rel == schema.Visited) && closingLemmas[t.lemma[v]]) || claimed) && !receiveLemmas[t.lemma[v]] {
		if f.rel == schema.MetWith && c.byPhone(v) {
			f.rel = schema.SpokeWith // "held talks by phone with"
		}
		if s := t.child(v, "nsubj"); f.rel == schema.MetWith && t.lemma[i] == "talk" && s >= 0 && t.lemma[s] == "negotiator" {
			f.rel = schema.NegotiatedWith // "Iranian and American negotiators resumed talks": negotiations
		}
		if len(f.subj) == 0 {
			f.rule = "noun-light"
			if t.rel[n] == "obj" || claimed || taken || relIs(t.rel[n], "obl") {
				f.subj = c.subjectOf(v, 0)
			} else {
				f.subj = c.byAgent(v)
			}
			if s := t.child(v, "nsubj"); len(f.subj) == 0 && f.rel == schema.Sanctioned && t.rel[n] == "obj" && s >= 0 {
				f.subj = c.legislature(s) // "Congress passed new sanctions against Russia"
			}
		}
		if len(f.obj) == 0 {
			f.obj = c.prepArgs(v, e.Preps)
		}
		if len(f.obj) == 0 && f.rel == schema.Sanctioned {
			f.obj = c.purposeTarget(v, i)
		}
		if len(f.obj) == 0 && t.rel[i] == "obj" && ditransitives[t.lemma[v]] && f.rel.Symmetric() {
			// "granted Zelensky a meeting", "offered Kim Jong Un a summit":
			// the recipient of a mutual event is its other party, also when
			// read as the noun's compound.
			for _, k := range t.kids[v] {
				if k < i && (t.rel[k] == "iobj" || t.rel[k] == "obj") {
					f.obj = c.argsOf(k, true)
				}
			}
			for _, k := range t.kids[i] {
				if len(f.obj) == 0 && k < i && t.rel[k] == "compound" {
					f.obj = c.argsOf(k, true)
				}
			}
		}
		switch {
		case underDeal:
			c.polarity(&f, i) // the accord is made; what is done under it may be still to come
		case t.rel[n] == "obj" && (intensifyLemmas[t.lemma[v]] || t.lemma[v] == "step" && t.hasChildLemma(v, "compound:prt", "up")) &&
			(t.child(n, "nmod:poss") >= 0 || t.hasChildLemma(n, "det", "its", "their", "his", "her")):
			// "pushed the administration to step up its support for the
			// rebels", "should increase its aid to Kyiv": the support, the
			// aid, is there already.
			f.mod = schema.Asserted
		default:
			c.polarity(&f, v)
		}
		if quit || withheld {
			f.neg = true // "pulled out of the summit with Kim": it will not be held with him
		}
		if s := c.subjectOf(v, 0); withheld && len(s) > 0 {
			f.subj = s // "withheld an Oval Office meeting": the one who withholds it, whoever would host
		}

		if wish && f.mod == schema.Asserted {
			f.mod = schema.Hypothetical
		}
		if (t.lemma[v] == "offer" || t.lemma[v] == "promise") && f.mod == schema.Asserted && f.rel.Symmetric() || weighLemmas[t.lemma[v]] && f.mod == schema.Asserted {
			f.mod = schema.Hypothetical // "offered Kim a summit": one yet to be taken up; "considering sanctions"
		}
	} else if partIn >= 0 {
		c.polarity(&f, partIn)
	} else {
		c.polarity(&f, i)
	}
	c.nounPolarity(&f, i)
	if n != i && phaseNouns[t.lemma[n]] < 0 {
		f.neg = true // "announced the suspension of aid to Egypt": none goes
	}
	// "Kuwait has the support of Saudi Arabia", "Israel received the
	// backing of the US": what the subject holds or gets is the doing of
	// the actor after "of".
	if v := t.head[i]; v >= 0 && t.rel[i] == "obj" && (receiveLemmas[t.lemma[v]] || holdLemmas[t.lemma[v]] && (e.Relation == schema.Supported || e.Relation == schema.ProvidedAidTo) ||
		t.lemma[v] == "take" && t.lemma[i] == "delivery") && // "Turkey took delivery of Russian S-400 missiles"
		t.child(i, "nmod:poss") < 0 {
		as := c.prepArgs(i, []string{"of"})
		if k := c.prepChild(i, "of"); len(as) == 0 && k >= 0 && t.lemma[i] == "delivery" {
			as = c.argsOf(k, true) // "took delivery of the Russian S-400 missile system": the maker's
		}
		if len(as) > 0 {
			f.subj, f.obj, f.rule = as, c.subjectOf(v, 0), "noun-received"
			c.polarity(&f, v)
			c.nounPolarity(&f, i)
			return f, len(f.obj) > 0
		}
	}
	for _, r := range t.kids[i] {
		// "the cooperation that the United States has received from the
		// Libyan government": the same, with the noun relativized.
		if t.rel[r] != "acl:relcl" || !receiveLemmas[t.lemma[r]] || t.child(r, "obj") >= 0 && !c.isRelativePronoun(t.child(r, "obj")) || len(f.subj) > 0 || len(f.obj) > 0 {
			continue
		}
		if from := c.prepArgs(r, []string{"from", "by"}); len(from) > 0 {
			f.subj, f.obj, f.rule = from, c.subjectOf(r, 0), "noun-received"
			c.polarity(&f, r)
			return f, len(f.obj) > 0
		}
	}
	for _, r := range t.kids[i] {
		// "two conversations he had with Kislyak", "the talks that Iran
		// held with the EU": the event a light verb's relative clause
		// holds is its subject's, with its phrase's party.
		if t.rel[r] != "acl:relcl" || !lightLemmas[t.lemma[r]] || len(c.x.lex.Lookup(t.lemma[r], schema.Verb)) > 0 || len(f.subj) > 0 || t.child(r, "obj") >= 0 && !c.isRelativePronoun(t.child(r, "obj")) {
			continue // (a verb of its own reads "the talks Iran held with the EU")
		}
		subj := c.subjectOf(r, 0)
		if len(subj) == 0 {
			continue
		}
		f.subj, f.rule = subj, "noun-light"
		if len(f.obj) == 0 {
			f.obj = c.others(c.prepArgs(r, e.Preps), subj)
		}
		c.polarity(&f, r)
		c.nounPolarity(&f, i)
		return f, len(f.obj) > 0 || f.rel.Symmetric() && actorCount(f.subj) > 1
	}
	// "Iran drew criticism from the EU", "Kyiv received aid from Washington":
	// the subject of a verb of receiving is the event's object.
	if v := t.head[i]; v >= 0 && t.rel[i] == "obj" && !(f.rel.Symmetric() && acceptLemmas[t.lemma[v]]) && (receiveLemmas[t.lemma[v]] || causeLemmas[t.lemma[v]] && reactionRels[f.rel] && (t.child(v, "nsubj") >= 0 && c.headOf[t.child(v, "nsubj")] < 0 || t.tag[v] == "VBG" && t.rel[v] == "advcl" && t.child(v, "nsubj") < 0)) && len(f.obj) == 0 {
		// (Not "welcomed the China-Japan talks": another pair's event.)
		// (And "the launch sparked condemnation from Japan": an act that
		// brings a reaction on its maker; "Israel annexed the area,
		// prompting a rebuke from the EU": the clause's doer.)
		if len(f.subj) == 0 {
			f.subj = c.prepArgs(v, []string{"from", "by"})
		}
		if len(f.subj) > 0 {
			f.obj, f.rule = c.subjectOf(v, 0), "noun-received"
			if f.rel == schema.ProtestedTo {
				f.rel = schema.Criticized // "drew a sharp protest from China": criticism, no protest lodged with anyone
			}
			if sb := t.child(v, "nsubj"); sb >= 0 && c.headOf[sb] < 0 && strings.HasPrefix(t.tag[sb], "NN") && !agentNouns[t.lemma[sb]] {
				// "Trump's decision to strike Syria won praise from Saudi
				// Arabia": the act's maker is praised, not its target.
				if f.obj, _ = c.modifierActors(sb); len(f.obj) == 0 {
					f.obj = c.prepArgs(sb, []string{"by"}) // "the strikes by Israel prompted protests from Egypt"
				}
			}
			if !acceptLemmas[t.lemma[v]] {
				c.polarity(&f, v) // "won't accept Macron's attacks": the attacks were made
			}
		}
	}
	if v := t.head[i]; v >= 0 && len(f.obj) == 0 && len(f.subj) == 0 && (e.Relation == schema.Demanded || e.Relation == schema.CalledOn) && t.rel[i] == "obj" && answerLemmas[t.lemma[v]] {
		f.subj = c.prepArgs(v, []string{"from", "by"}) // "defied demands from the UN", the phrase hung on the verb
	}
	// "Mexico bowed to Trump's demands", "Iran rejected the US demand":
	// whoever yields to or resists a demand is the one it was made of.
	if v := t.head[i]; v >= 0 && len(f.obj) == 0 && len(f.subj) > 0 && (e.Relation == schema.Demanded || e.Relation == schema.CalledOn) &&
		(t.rel[i] == "obj" || relIs(t.rel[i], "obl")) && answerLemmas[t.lemma[v]] ||
		// "China rejected U.S. accusations of currency manipulation":
		// the one who rebuts an accusation is the one accused.
		v >= 0 && len(f.obj) == 0 && len(f.subj) > 0 && e.Relation == schema.Accused && (t.rel[i] == "obj" || relIs(t.rel[i], "nsubj:pass")) && rebutLemmas[t.lemma[v]] ||
		// "Pakistan hit back at US accusations it harbours Taliban havens",
		// "Iran condemned US accusations that it …": so is one who
		// answers the accusation in anger, when what it says is of
		// that one or of no other actor.
		v >= 0 && len(f.obj) == 0 && len(f.subj) > 0 && e.Relation == schema.Accused && c.answersInAnger(v, i) && !c.claimNamesAnother(i, v) {
		if f.obj = c.subjectOf(v, 0); len(f.obj) > 0 {
			// The demand was made, however it was answered.
			f.rule, f.neg, f.mod = "noun-received", false, schema.Asserted
			return f, true
		}
	}
	if (f.rel == schema.MetWith || f.rel == schema.SpokeWith) && len(f.obj) == 0 && strings.HasPrefix(t.tag[i], "NN") {
		// "Trump's Ukraine call", "before the Kim meeting": the party a
		// name before the noun gives is the other side, met by the
		// possessor or else by the clause's subject. The person must be a
		// leader, and a country names the other side of a call only: "the
		// NATO summit", "his Finland summit", "the Hill meeting" name where
		// or by whom it is held.
		for _, k := range t.kids[i] {
			if n := c.headOf[k]; t.rel[k] == "compound" && k < i && n >= 0 && len(c.ms[n].Actors) == 1 && !c.ms[n].Possessive && sideMeetings[t.lemma[i]] &&
				(c.ms[n].Actors[0].Kind == schema.Person && c.ms[n].Actors[0].Role != "" || c.ms[n].Actors[0].Kind == schema.Country && f.rel == schema.SpokeWith) {
				if len(f.subj) == 0 && t.child(i, "nmod:poss") < 0 && t.child(i, "det") >= 0 && t.head[i] >= 0 && (relIs(t.rel[i], "obl") || relIs(t.rel[i], "nmod")) {
					f.subj = c.verbSubjectAbove(i, 0)
				}
				if others := c.others([]Mention{c.ms[n]}, f.subj); len(f.subj) > 0 && len(others) > 0 {
					f.obj, f.rule = others, "noun-poss"
					c.polarity(&f, i)
					return f, true
				}
			}
		}
	}
	if (f.rel == schema.Visited || f.rel == schema.Investigated) && len(f.obj) == 0 && strings.HasPrefix(t.tag[i], "NN") {
		// "Modi's China visit", "the first India visit by the US
		// president", "Mueller's Russia investigation": a country named
		// before the noun is where the visit goes or what is looked
		// into; the possessor or the agent after "by" makes it.
		for _, k := range t.kids[i] {
			if n := c.headOf[k]; t.rel[k] == "compound" && k < i && n >= 0 && len(c.ms[n].Actors) == 1 && !c.ms[n].Possessive && c.ms[n].Actors[0].Kind == schema.Country {
				if f.rel == schema.Investigated {
					// Only a country's own name is what is looked into: "a
					// Justice Department investigation" is the department's.
					if _, kind, _ := c.x.lookup(c.toks, c.ms[n].Start, c.st.date); kind != surfName || c.ms[n].End-c.ms[n].Start > 2 {
						continue
					}
					f.subj = append(c.argsOf(t.child(i, "nmod:poss"), false), c.prepArgs(i, []string{"by"})...)
				}
				if len(f.subj) == 0 {
					f.subj = c.prepArgs(i, []string{"by"})
				}
				if others := c.others([]Mention{c.ms[n]}, f.subj); len(f.subj) > 0 && len(others) > 0 {
					f.obj, f.rule = others, "noun-poss"
					c.polarity(&f, i)
					return f, true
				}
			}
		}
	}
	// "during talks with X", "after a meeting with X", "in talks": the
	// verb's subject is the noun's.
	v := t.head[i]
	if v >= 0 && len(f.subj) == 0 && relIs(t.rel[i], "nmod") && t.caseOf(i) == "of" && timeNouns[c.toks[v].key] && relIs(t.rel[v], "obl") && timePreps[t.caseOf(v)] {
		// "during five hours of talks with Wang Yi": the stretch of
		// time is the talks'.
		if w := t.head[v]; w >= 0 && strings.HasPrefix(t.tag[w], "VB") {
			if f.subj = c.subjectOf(w, 0); len(f.subj) > 0 {
				f.rule = "noun-adjunct"
				c.polarity(&f, w)
				return f, len(f.obj) > 0 || f.rel.Symmetric()
			}
		}
	}
	// "on a visit to Hanoi", but not a verb's topic: "insisted on a visit by Macron".
	onJourney := e.Relation == schema.Visited && t.caseOf(i) == "on" && (v < 0 || !onTopicLemmas[t.lemma[v]])
	if h := v; len(f.subj) == 0 && h >= 0 && relIs(t.rel[i], "nmod") && (onJourney || t.caseOf(i) == "during") && e.Relation == schema.Visited {
		// "Tillerson, on a visit to Myanmar, refused": a journey hung
		// on a person is that person's.
		if as := c.argsOf(h, false); len(as) > 0 && allPeople(as) {
			f.subj, f.rule = as, "noun-adjunct"
			c.polarity(&f, i)
			return f, len(f.obj) > 0
		}
	}
	if v >= 0 && relIs(t.rel[i], "nmod") && (timePreps[t.caseOf(i)] || onJourney) {
		// "agreed on a plan during talks": a time adjunct the parser hung
		// on a noun belongs to the clause; climb to its verb.
		for v >= 0 && strings.HasPrefix(t.tag[v], "NN") && (relIs(t.rel[v], "obl") || relIs(t.rel[v], "nmod") || t.rel[v] == "obj") {
			v = t.head[v]
		}
		if v < 0 || !strings.HasPrefix(t.tag[v], "VB") {
			v = -1
		}
	} else if t.rel[i] == "conj" && v >= 0 && relIs(t.rel[v], "obl") && t.caseOf(v) == "over" && mealNouns[t.lemma[i]] {
		v = t.head[v] // "discussed trade over golf and dinner with Abe": a meal coordinated after another pastime
	} else if t.rel[i] == "obj" && v >= 0 && recountLemmas[t.lemma[v]] && meetingRels[e.Relation] && !t.hasChildLemma(i, "det", "the", "that", "this") {
		// "recounting a dinner with Karzai", "recalled his meeting with
		// Putin": an encounter one tells of is one's own (but "described
		// the meeting": whose, the article says).
	} else if !relIs(t.rel[i], "obl") || !eventPreps[t.caseOf(i)] && !onJourney && !(t.caseOf(i) == "to" && toEventLemmas[t.lemma[v]] != "") && !c.aheadOf(i) &&
		!(t.caseOf(i) == "over" && mealNouns[t.lemma[i]]) && // "discussed trade over dinner with Abe"
		!((t.caseOf(i) == "with" || t.caseOf(i) == "through" || t.caseOf(i) == "via") && meetingRels[e.Relation]) && // "hopes to ease tensions through a summit with Kim"
		!(t.caseOf(i) == "on" && (t.lemma[v] == "embark" || t.lemma[v] == "work" && meetingRels[e.Relation])) && // "will embark on negotiations with the EU", "is working on a second meeting with Kim"
		!(t.caseOf(i) == "about" && ownAccountLemmas[t.lemma[v]] && (e.Relation == schema.MetWith || e.Relation == schema.SpokeWith)) && // "lied about a meeting with Kislyak"

		!(t.caseOf(i) == "with" && (responseLemmas[t.lemma[v]] || c.hitBack(v))) {
		v = -1 // "retaliated with airstrikes against the group", "hit back with levies on US imports": the response is the subject's
	}
	if h := t.head[i]; len(f.subj) == 0 && h >= 0 && relIs(t.rel[i], "nmod") && t.caseOf(i) == "in" && strings.HasPrefix(t.tag[h], "NN") {
		// "the Russian campaign in support of Assad": the noun the phrase
		// qualifies has the agent, or else the verb that takes that noun
		// ("Russia launched strikes in support of Assad", hung on the noun).
		if relNouns[c.toks[h].key] == "" {
			f.subj, _ = c.modifierActors(h) // (but "a US ally in the fight against IS" is no US fight)
		}
		if len(f.subj) > 0 {
			f.rule = "noun-adjunct"
		} else if t.rel[h] == "obj" && t.head[h] >= 0 {
			v = t.head[h]
		} else if s := t.child(h, "nsubj"); s >= 0 && t.child(h, "cop") >= 0 && relNouns[c.toks[h].key] != "" {
			// "The YPG has been a close ally of the US in the campaign
			// against Daesh": the ally takes part.
			f.subj, f.rule = c.argsOf(s, false), "noun-adjunct"
		}
	}
	if victim {
		v = -1 // "left hours after the envoy's assassination": whoever killed him, not the clause's subject
	}
	if v >= 0 && requestLemmas[t.lemma[v]] && !timePreps[t.caseOf(i)] && t.caseOf(i) != "in" {
		v = -1 // "asked for an investigation of Biden": someone else is to investigate (but "called for calm during talks with X")
	}
	if v >= 0 && obstructLemmas[t.lemma[v]] {
		v = -1 // "tried to obstruct justice in the probe of Russian efforts": against the event, no party to it
	}
	if v >= 0 && speechLemmas[t.lemma[v]] && e.Relation == schema.Attacked {
		v = -1 // "McDonough says US 'at war' with ISIS": the war is not the speaker's
	}
	if o := t.child(max(v, 0), "obj"); len(f.subj) == 0 && v >= 0 && o >= 0 && o < i && t.caseOf(i) == "for" {
		// "sanctioned Moscow for attacks on Kyiv", "investigated the
		// company for cooperation with Iran": what a verb of judging
		// judges its object for is the object's doing, an actor's or no
		// one's. Other verbs keep their subject ("visited Vietnam for a
		// summit with Kim", "sent troops for an offensive").
		if judgeLemmas[t.lemma[v]] {
			f.subj, f.rule, v = c.actorsOf(o, false), "noun-adjunct", -1
		}
	}
	if m := t.child(max(v, 0), "mark"); len(f.subj) == 0 && v >= 0 && t.child(v, "obj") < 0 && t.caseOf(i) == "for" && judgeLemmas[t.lemma[v]] &&
		(m > 0 && c.toks[m].key == "that" && strings.HasPrefix(t.tag[m-1], "NN") || t.rel[v] == "acl:relcl") {
		v = -1 // "militants that India blames for attacks": the ones blamed, the relative clause's head
	}
	o := t.child(max(v, 0), "obj")
	if k := max(c.prepChild(max(v, 0), "by"), c.prepChild(max(v, 0), "behind")); v >= 0 && t.lemma[v] == "stand" && k >= 0 && k < i {
		o = k // "would stand by Baku in the fighting": the one stood by fights
	}
	if len(f.subj) == 0 && v >= 0 && o >= 0 && o < i && f.rel == schema.Attacked && t.caseOf(i) == "in" && (backLemmas[t.lemma[v]] || t.lemma[v] == "stand") {
		// "supported Syrian government forces in their fight against
		// IS": the one backed fights.
		f.subj, f.rule, v = c.actorsOf(o, false), "noun-adjunct", -1
	}
	if v >= 0 && f.rel == schema.Attacked && !c.reciprocal(i) && (t.child(v, "nsubj:pass") >= 0 || t.child(v, "aux:pass") >= 0) {
		v = -1 // "20 jihadists were killed in strikes": the victims struck no one (but "in clashes with")
	}
	if v >= 0 && f.rel == schema.Attacked && !c.reciprocal(i) && c.prepChild(i, "with") < 0 && c.prepChild(i, "between") < 0 && backgroundCases[t.caseOf(i)] {
		v = -1 // "closed the consulate amid a spate of extremist attacks": attacks around the act, not its doer's (but "after clashes with")
	}
	if len(f.subj) == 0 && v >= 0 {
		f.subj, f.rule = c.subjectOf(v, 0), "noun-adjunct"
		if t.lemma[v] == "embark" || t.caseOf(i) == "with" && (responseLemmas[t.lemma[v]] || c.hitBack(v)) {
			c.polarity(&f, v) // "will embark on negotiations", "is ready to respond with nuclear attacks": as the embarking, the response goes
		}
		if (t.lemma[v] == "deny" || t.lemma[v] == "disclaim") && t.hasChildLemma(v, "obj", "responsibility", "credit") {
			f.neg = true // "Hamas denied responsibility for the attack"
		}
		if len(f.obj) == 0 && !c.aheadOf(i) && (lightLemmas[t.lemma[v]] || len(c.x.lex.Lookup(t.lemma[v], schema.Verb)) == 0) {
			// The verb's phrase is the event's ("took part in talks with
			// X"), unless the verb says its own: "sided with Ukraine in
			// the negotiations".
			f.obj = c.prepArgs(v, e.Preps)
		}
		if o := max(t.child(v, "obj"), t.child(v, "iobj")); len(f.obj) == 0 && f.rel == schema.SpokeWith && (t.caseOf(i) == "in" || t.caseOf(i) == "during") && o >= 0 && !t.hasChildLemma(i, "nmod:poss", "their", "our") && !topicLemmas[t.lemma[v]] {
			// (Not "discussed North Korea in their phone call": the call
			// is the subjects' own, the object its topic.)
			// "invited Duterte to Washington in a phone conversation",
			// "assured Abe during a call": the one addressed is on the
			// line.
			f.obj = c.argsOf(o, false)
		}
		if c.joinsEvent(i, v) {
			c.polarity(&f, v) // "was ready to participate in operations against IS": as the taking part goes
		}
		if c.aheadOf(i) && f.mod == schema.Asserted {
			f.mod = schema.Future // "arrived in Washington ahead of a meeting with Obama"
		}
		if t.caseOf(i) == "for" && f.mod == schema.Asserted && !f.neg && tripLemmas[t.lemma[v]] {
			// "will visit Washington next month for talks with Reagan":
			// the talks come with the journey.
			g := f
			c.polarity(&g, v)
			f.mod, f.neg = g.mod, g.neg
		}
		if len(f.obj) == 0 && len(f.subj) > 1 && f.rel.Symmetric() && (t.hasChildLemma(i, "nmod:poss", "their") || topicLemmas[t.lemma[v]]) && (t.caseOf(i) == "in" || t.caseOf(i) == "during" || t.caseOf(i) == "at") {
			// "Trump and Abe highlighted the issue in their phone call",
			// "Johnson and Trudeau discussed Afghanistan during a call":
			// the subjects' own call is between them.
			f.subj, f.obj = f.subj[:1], f.subj[1:]
		}
		if len(f.obj) == 0 && len(f.subj) > 1 && f.rel.Symmetric() && timePreps[t.caseOf(i)] && c.othersNamed(f.subj) {
			// "Mexico and Canada pushed back at demands by the Trump
			// administration during negotiations": the talks may be with
			// the other party named, not with each other.
			return frame{}, false
		}
		if t.caseOf(i) == "to" {
			c.polarity(&f, v)
			if f.mod == schema.Asserted && f.rel != schema.SignedAgreementWith {
				// "agreed to talks with X": talks to come; "agreed to a
				// ceasefire with X" is the agreement itself.
				f.mod = toEventLemmas[t.lemma[v]]
			}
		}
	}
	// "the assistance went from Washington to Kiev": the aid that moves
	// goes from its giver to its receiver.
	if v := t.head[i]; f.rel == schema.ProvidedAidTo && v >= 0 && relIs(t.rel[i], "nsubj") && motionLemmas[t.lemma[v]] {
		if len(f.subj) == 0 {
			f.subj, f.rule = c.prepArgs(v, []string{"from"}), "noun-moved"
		}
		if len(f.obj) == 0 {
			f.obj = c.prepArgs(v, []string{"to", "into"})
		}
		if k := c.prepChild(v, "from"); len(f.obj) == 0 && k >= 0 {
			f.obj = c.prepArgs(k, []string{"to", "into"}) // "from Washington to Kiev" read as one phrase
		}
		c.polarity(&f, v)
	}
	// "X was hit in an attack by Y": the passive's subject is the object of
	// the event it suffered.
	if v := t.head[i]; len(f.obj) == 0 && v >= 0 && relIs(t.rel[i], "obl") && t.child(v, "nsubj:pass") >= 0 && f.rel == schema.Attacked && !strikeNouns[t.lemma[t.child(v, "nsubj:pass")]] && !dismayLemmas[t.lemma[v]] && !helpLemmas[t.lemma[v]] {
		// (Not a feeling: "was outraged at Iran's seizure of the tanker";
		// nor help: "Assad, buoyed by Russian air strikes".)
		f.obj = c.argsOf(t.child(v, "nsubj:pass"), true) // not "attacks by Nusra … were described as bombing by Assad's forces"
	}
	if v := t.head[i]; len(f.obj) == 0 && v >= 0 && relIs(t.rel[i], "obl") && (t.caseOf(i) == "in" || t.caseOf(i) == "during") && dieLemmas[t.lemma[v]] && t.child(v, "nsubj") >= 0 && f.rel == schema.Attacked {
		f.obj = c.argsOf(t.child(v, "nsubj"), true) // "Hamas fighters died in Israeli airstrikes"
	}
	// Seeking, pursuing or discussing a deal is negotiating it.
	if v := t.head[i]; f.rel == schema.SignedAgreementWith && v >= 0 && t.rel[i] == "obj" && seekLemmas[t.lemma[v]] {
		f.rel = schema.NegotiatedWith
	}
	// "Obama's pursuit of a deal with Iran", "Russia's policy of
	// strikes on rebels": the event an actor pursues is the actor's.
	if h := t.head[i]; h >= 0 && relIs(t.rel[i], "nmod") && (t.caseOf(i) == "of" && intentNouns[t.lemma[h]] || t.caseOf(i) == "to" && approachNouns[t.lemma[h]]) {
		if len(f.subj) == 0 {
			if k := t.child(h, "nmod:poss"); k >= 0 {
				f.subj, f.rule = c.argsOf(k, false), "noun-poss"
			}
		}
		if f.rel == schema.SignedAgreementWith && seekNouns[t.lemma[h]] {
			f.rel = schema.NegotiatedWith
		}
	}
	if f.rel == schema.Attacked || f.rel == schema.Sanctioned {
		for _, k := range t.kids[i] {
			if t.rel[k] == "amod" && c.toks[k].key == "threatened" {
				f.rel = schema.Threatened // "his threatened tariffs on China": held out, not imposed
			}
		}
	}
	if h := t.head[i]; h >= 0 && (f.rel == schema.Attacked || f.rel == schema.Sanctioned) &&
		(t.caseOf(i) == "of" && (relIs(t.rel[i], "nmod") && threatNouns[t.lemma[h]] || relIs(t.rel[i], "obl") && threatLemmas[t.lemma[h]]) ||
			t.rel[i] == "obj" && threatLemmas[t.lemma[h]]) {
		// "threats of US strikes against Syria", "warned of sanctions on
		// Iran", "threatens a missile strike on Guam": a hostile act held
		// out is a threat, not the act.
		if own, _ := c.modifierActors(h); len(own) == 0 && c.toks[h].key == "threat" && t.rel[h] == "nsubj" && t.head[h] >= 0 && (t.child(t.head[h], "cop") >= 0 || dangerLemmas[t.lemma[t.head[h]]]) {
			// "The threat of a North Korean attack on Seoul is real",
			// "the threat of war looms": a danger that is, no threat made
			// nor blow struck.
			return frame{}, false
		}
		f.rel = schema.Threatened
		if len(f.subj) == 0 && (relIs(t.rel[i], "obl") || t.rel[i] == "obj") {
			f.subj = c.subjectOf(h, 0)
		} else if len(f.subj) == 0 {
			f.subj, _ = c.modifierActors(h)
		}
		c.polarity(&f, h)
	}
	if len(f.obj) == 0 && f.rel == schema.Attacked && len(f.subj) > 0 {
		f.obj = c.avenger(i)
	}
	if len(f.obj) == 0 && f.rel == schema.Attacked && len(f.subj) > 0 {
		f.obj = c.avenged(i)
	}
	if v := t.head[i]; len(f.obj) == 0 && f.rel == schema.Attacked && len(f.subj) > 0 && v >= 0 && t.rel[i] == "obj" && repelLemmas[t.lemma[v]] {
		f.obj = c.subjectOf(v, 0) // "Syrian forces repelled a rebel offensive": the rebels attacked them
	}
	if o := c.guarded(i); len(f.obj) == 0 && f.rel == schema.Attacked && len(f.subj) > 0 && !allPeople(f.subj) {
		// "protecting American forces from retaliatory strikes by Iran",
		// "shield Seoul from missile attacks by the North": what is
		// guarded is the target of the act guarded against, which is
		// feared, not said to happen. (A person's "attacks" are words.)
		if o >= 0 {
			if f.obj = c.argsOf(o, true); f.mod == schema.Asserted {
				f.mod = schema.Hypothetical
			}
		}
	}
	if len(f.obj) == 0 && f.rel == schema.Attacked {
		// "an offensive to push regime forces out", also when the purpose
		// clause hangs on the light verb ("launched an offensive to …").
		// Not "raise an attack at the Council to give inspectors access":
		// only a verb that carries the act out has its purpose.
		if f.obj = c.purposeObject(i); len(f.obj) == 0 && t.head[i] >= 0 && t.rel[i] == "obj" && lightLemmas[t.lemma[t.head[i]]] {
			f.obj = c.purposeObject(t.head[i])
		}
	}
	// "talks between X and Y", "fighting between X and Y", "a ceasefire
	// brokered between X and Y": the parties, whoever brokered, hosted or
	// proposed the event ("Egypt brokered a truce between Israel and
	// Hamas" is a truce of Israel and Hamas).
	{
		k := c.prepChild(i, "between")
		for _, a := range t.kids[i] {
			if k < 0 && (t.rel[a] == "acl" || t.rel[a] == "acl:relcl") {
				k = c.prepChild(a, "between")
			}
		}
		if v := t.head[i]; k < 0 && v >= 0 && relIs(t.rel[i], "nsubj") && (strings.HasPrefix(t.tag[v], "VB") || len(c.x.lex.Lookup(t.lemma[v], schema.Noun)) == 0) {
			// "the truce brokered between …" read as a clause, "the
			// meeting is the second between …" (not "the raid was a joint
			// operation between A and B": the predicate's own event)
			k = c.prepChild(v, "between")
		}
		if k < 0 && e.Relation.Symmetric() {
			// "talks involving Iran, Russia and Turkey": the parties
			// the event involves.
			for _, a := range t.kids[i] {
				o := t.child(a, "obj")
				if k := c.prepChild(max(o, 0), "from"); o >= 0 && c.headOf[o] < 0 && envoyPlurals[c.toks[o].key] && k >= 0 {
					o = k // "talks which included representatives from China, Japan and Russia"
				}
				if o >= 0 && (t.rel[a] == "acl" || t.rel[a] == "acl:relcl") && (t.lemma[a] == "involve" || t.lemma[a] == "include" && t.rel[a] == "acl:relcl") {
					if got := c.argsOf(o, true); len(got) == 1 && len(f.subj) > 0 && len(f.obj) == 0 {
						f.obj = got // "opened discussions involving Britain"
					} else if len(got) >= 2 && len(got) <= 4 {
						// The parties: the object, or the phrase its people
						// come from. (Not a roll of members: "the Pacific
						// trade deal, which includes Australia, Brunei,
						// Canada, Chile, Japan …" pairs none of them.)
						k = o
					}
				}
			}
		}
		if o := c.prepChild(i, "of"); k < 0 && e.Relation.Symmetric() && len(f.obj) == 0 && o >= 0 && len(t.conjuncts(o)) >= 2 &&
			!slices.ContainsFunc(c.argsOf(o, true), func(m Mention) bool { return m.Actors[0].Kind == schema.Organization }) {
			// "the meeting of Putin and Erdogan": the parties, two or more
			// (but "the meeting of NATO", "the annual meetings of the IMF
			// and the World Bank" are the bodies' own).
			k = o
		}
		if k >= 0 && (e.Relation.Symmetric() || e.Relation == schema.Attacked) {
			// Only a mutual event has its parties after "between":
			// "allegations of collusion between A and B" accuse neither.
			both := c.argsOf(k, true)
			if m := both; len(m) == 1 && len(m[0].Actors) == 2 && (allPeople(m) || !strings.HasSuffix(m[0].Actors[0].Text, "sides")) {
				// "the summit between the two leaders", "talks between the
				// two countries": one mention of both ("the two sides" of a
				// war are too often others than the last two states named).
				a, b := both[0], both[0]
				a.Actors, b.Actors = both[0].Actors[:1], both[0].Actors[1:]
				both = []Mention{a, b}
			}
			if len(both) == 1 {
				// "fighting between the YPG, backed by US strikes, and IS":
				// the second party hung as a conjunct inside the first's
				// phrase; the words say it.
				if n := mentionStarting(c.ms, both[0].Start); n >= 0 {
					both = coordRight(c.ms, c.toks, n)
				}
			}
			if len(both) == 1 && both[0].Start > 1 && c.toks[both[0].Start-1].key == "and" {
				// "talks between Indian and Chinese leaders": the first
				// party a demonym coordinated before the second's.
				if n := mentionEnding(c.ms, both[0].Start-1); n >= 0 && c.ms[n].Prep == "between" {
					both = []Mention{c.ms[n], both[0]}
				}
			}
			if len(both) >= 2 {
				side := 1 // one side: "between the five permanent members of the Council and Iran" are five on a span
				for side < len(both)-1 && (both[side].Start == both[0].Start && both[side].End == both[0].End || both[side].Start > 0 && c.toks[both[side].Start-1].key == "plus") {
					side++ // and "plus Germany" is on theirs
				}
				f.subj, f.obj, f.rule, f.rep = both[:side], both[side:], "noun-between", nil
				if e.Relation == schema.Attacked {
					f.rel = schema.Attacked
				}
				if f.rel == schema.Attacked && allPeople(both) && !killNouns[t.lemma[i]] && t.lemma[i] != "clash" { // (clashes of words are criticism, read below)
					// "this gladiatorial combat between President Trump and
					// Xi Jinping is the trade war": two leaders in person
					// wage no war on each other but a figurative one.
					return frame{}, false
				}
				if f.rel == schema.Rejected && e.Relation.Symmetric() {
					// "the refusal to grant a meeting between Netanyahu
					// and Obama": a third refuses, the two do not meet.
					f.rel, f.trigger, f.neg = e.Relation, i, true
				}
			}
		}
	}
	if v := t.head[i]; v >= 0 && t.rel[i] == "obj" && f.rel.Symmetric() && len(f.obj) > 0 &&
		(refuseTalkLemmas[t.lemma[v]] || t.lemma[v] == "rule" && t.hasChildLemma(v, "compound:prt", "out")) {
		// "Iran ruled out negotiations with the United States", "the
		// Taliban rejected talks with the Afghan government": a rejection
		// of the other party, as "refused to meet".
		if subj := c.subjectOf(v, 0); len(subj) > 0 {
			f.subj, f.rel, f.trigger, f.rule, f.neg = subj, schema.Rejected, v, "verb-obj", false
			c.polarity(&f, v)
		}
	}
	if h := t.head[i]; h >= 0 && f.trigger == i && f.rel != schema.Threatened && relIs(t.rel[i], "nmod") && t.caseOf(i) == "of" && f.mod == schema.Asserted && riskNouns[t.lemma[h]] {
		f.mod = schema.Hypothetical // "raised the threat of a direct clash between Russia and the U.S.", however the clause reads
	}
	if len(f.obj) == 0 && len(f.subj) > 0 && f.trigger == i && !f.rel.Symmetric() {
		f.obj = c.recalledTargets(i, f.rel, f.subj)
	}
	return f, len(f.subj) > 0
}

// recalledDoers returns, for a bare definite act noun ("the launch", "the
// strikes", "the move"), the doers of the latest act of its kind the
// article reported in the last three sentences (any act, for "the move"
// or "the action"), other than the speaker.
func (c *clause) recalledDoers(i int, speaker []Mention) []Mention {
	t := c.t
	if !t.hasChildLemma(i, "det", "the", "this", "these", "that", "those") || slices.ContainsFunc(t.kids[i], func(k int) bool {
		r := t.rel[k]
		return r != "det" && r != "case" && r != "punct"
	}) {
		return nil
	}
	l, kind := t.lemma[i], actFamily(c.toks[i].key)
	events := c.recentEvents()
	for j := len(events) - 1; j >= 0; j-- {
		e := events[j]
		if !judgedActs[l] && e.kind != kind && !(launchNouns[l] && e.rel == launchAct) {
			continue
		}
		return c.mentionsAt(i, e.agents, speaker)
	}
	return nil
}

// mentionsAt returns actors as mentions at word i, the words that refer to
// them, but those of skip.
func (c *clause) mentionsAt(i int, actors []schema.Actor, skip []Mention) []Mention {
	var got []Mention
	for _, a := range actors {
		if !hasActor(skip, a.ID) {
			a.Text = c.toks[i].text
			got = append(got, Mention{Actors: []schema.Actor{a}, Start: i, End: i + 1})
		}
	}
	return got
}

// recalledTargets returns, for a definite act noun with no target of its
// own whose doer the clause names ("The United States imposed sanctions on
// Russia. Obama announced the sanctions in Manila"), the targets of the
// latest such act the article reported in the last three sentences, when
// that act's doers are the doer or its state. A bare "the", "these" or
// "those" only: "new sanctions" are others.
func (c *clause) recalledTargets(i int, rel schema.Relation, doers []Mention) []Mention {
	t := c.t
	if !recalledActs[rel] || !strings.HasPrefix(t.tag[i], "NN") || c.headOf[i] >= 0 || !t.hasChildLemma(i, "det", "the", "these", "those") {
		return nil
	}
	for _, k := range t.kids[i] {
		if r := t.rel[k]; r != "det" && r != "case" && r != "punct" && !(weekdays[c.toks[k].key] && (relIs(r, "nmod") || r == "obl:tmod")) {
			return nil // "the new sanctions", "the sanctions imposed last year": qualified, maybe another act (not "on Friday": the parser's slip)
		}
	}
	if h := t.head[i]; h >= 0 && (t.lemma[h] == "apologize" || t.lemma[h] == "apologise" || t.lemma[h] == "regret" || t.lemma[h] == "responsible") {
		return nil // "Clinton apologized for the killings": the state's act, owned by its envoy; "responsible for the attack": a claim
	}
	same := func(a, b schema.Actor) bool {
		return a.ID == b.ID || a.Kind == schema.Person && a.Country == b.ID || b.Kind == schema.Person && b.Country == a.ID
	}
	events := c.recentEvents()
	for j := len(events) - 1; j >= 0; j-- {
		e := events[j]
		if e.rel != rel || e.kind != actFamily(c.toks[i].key) || len(e.targets) == 0 {
			continue
		}
		ours := slices.ContainsFunc(e.agents, func(a schema.Actor) bool {
			return slices.ContainsFunc(doers, func(m Mention) bool { return same(m.Actors[0], a) })
		})
		if !ours {
			return nil // the latest such act is another's
		}
		return c.mentionsAt(i, e.targets, doers)
	}
	return nil
}

// sponsorNouns spread what their of-phrase names: "a sponsor of terrorism".
var sponsorNouns = map[string]bool{
	"sponsor": true, "supporter": true, "exporter": true, "source": true, "haven": true, "hub": true,
	"backer": true, "financier": true, "funder": true,
}

// refuseTalkLemmas turn down talks with someone (a refused meeting stays
// a meeting that did not happen: "refused a meeting with Zelensky").
var refuseTalkLemmas = map[string]bool{"reject": true, "rebuff": true, "spurn": true}

// meetingNouns are where two who speak speak to each other.
var meetingNouns = map[string]bool{"summit": true, "meeting": true, "talks": true, "talk": true, "sideline": true, "dinner": true, "lunch": true}

// noDoerCase are the prepositions before a gerund that leave its doer
// unsaid ("support for invading Iraq"); "including", "by", "after" do not.
var noDoerCase = map[string]bool{"against": true, "for": true, "from": true, "of": true, "on": true, "into": true}

// motionLemmas move their subject from one place to another.
var motionLemmas = map[string]bool{"go": true, "flow": true, "come": true, "pour": true, "arrive": true, "reach": true}

// warnedOfConsequences reads "warned that Syria would face consequences",
// "warned Iran would pay a price": the one the warned-of consequence falls
// on is threatened. A warning that someone does something ("warned that
// Iran was building missiles") threatens no one.
func (c *clause) warnedOfConsequences(i int) []Mention {
	t := c.t
	for _, k := range t.kids[i] {
		if t.rel[k] != "ccomp" {
			continue
		}
		consequence := false
		switch t.lemma[k] {
		case "face", "suffer", "incur":
			o := t.child(k, "obj")
			consequence = o >= 0 && slices.ContainsFunc(t.conjuncts(o), func(q int) bool { return consequenceNouns[t.lemma[q]] }) // "fire and fury"
		case "pay":
			o := t.child(k, "obj")
			consequence = o >= 0 && (t.lemma[o] == "price" || t.lemma[o] == "cost")
		case "regret":
			consequence = true
		case "hold":
			consequence = t.child(k, "nsubj:pass") >= 0 && (t.hasChildLemma(k, "xcomp", "accountable", "responsible") || c.followedBy(k, "accountable") || c.followedBy(k, "responsible"))
		case "accountable", "responsible":
			consequence = t.child(k, "cop") >= 0 && (t.hasChildLemma(k, "aux", "will", "would") || t.child(k, "aux:pass") >= 0)
		}
		if !consequence {
			continue
		}
		s := t.child(k, "nsubj")
		if s < 0 {
			s = t.child(k, "nsubj:pass")
		}
		if s >= 0 {
			return c.argsOf(s, true)
		}
	}
	return nil
}

// thankLemmas thank or praise the giver of what they name after "for".
var thankLemmas = map[string]bool{"thank": true, "praise": true, "credit": true, "commend": true, "laud": true, "hail": true}

// foretellLemmas foretell what they take: "hinted at retaliation",
// "threatened reprisals", "vowed revenge".
var foretellLemmas = map[string]bool{"hint": true, "threaten": true, "warn": true, "vow": true, "promise": true, "pledge": true, "signal": true}

// consequenceNouns are what a threat says someone will face.
var consequenceNouns = map[string]bool{
	"consequence": true, "retaliation": true, "response": true, "punishment": true, "sanction": true,
	"action": true, "reprisal": true, "repercussion": true, "fury": true, "wrath": true, "force": true,
	"countermeasure": true,
}

// stanceCase marks a predicate noun the subject takes a stance on, not
// part in: "he was against any war with Iran".
// journeyNouns are where one "is on": "Modi is on a trip to China".
var journeyNouns = map[string]bool{"trip": true, "visit": true, "tour": true, "journey": true, "mission": true}

// includeLemmas say what a journey takes in: "the tour will include a stop
// in Malaysia".
var includeLemmas = map[string]bool{"include": true, "feature": true, "involve": true}

var stanceCase = map[string]bool{"against": true, "for": true, "about": true, "over": true, "on": true, "without": true, "behind": true}

// otherSense gives the particle that turns a trigger into another verb:
// "sign off" (approve), "back off" (retreat).
var otherSense = map[string][]string{"sign": {"off", "up"}, "back": {"off", "down", "away"}}

// judgeLemmas act on someone for what they did: "punished X for", "praised
// X for", "investigated X for".
var judgeLemmas = map[string]bool{
	"investigate": true, "probe": true, "sanction": true, "punish": true, "criticize": true, "criticise": true,
	"blame": true, "accuse": true, "praise": true, "thank": true, "fine": true, "charge": true, "indict": true,
	"arrest": true, "prosecute": true, "reward": true, "credit": true, "condemn": true, "fault": true,
	"commend": true, "applaud": true, "hail": true, "congratulate": true, "rebuke": true, "scold": true,
	"target": true, "penalize": true, "penalise": true, "blacklist": true, "honor": true, "honour": true,
	"attack": true, "slam": true, "blast": true, "lambast": true, "lambaste": true, "denounce": true, "chide": true,
}

// setOff reports whether the phrase of word i stands between commas.
func (c *clause) setOff(i int) bool {
	lo, hi := c.t.span(i) // its commas may be its own punct dependents
	left := c.toks[lo].key == "," || lo > 0 && c.toks[lo-1].key == ","
	right := c.toks[hi].key == "," || hi+1 < len(c.toks) && c.toks[hi+1].key == ","
	return left && right
}

// mealNouns are meals a meeting is held over.
var mealNouns = map[string]bool{"dinner": true, "lunch": true, "breakfast": true, "coffee": true, "tea": true, "drink": true, "supper": true}

// eventPreps introduce an event noun that the clause's subject takes part in.
var eventPreps = map[string]bool{"during": true, "after": true, "at": true, "in": true, "before": true, "following": true, "for": true, "amid": true}

// toEventLemmas take an event their subject is party to after "to", as
// fact or as an event to come: "returned to talks with", "agreed to talks
// with".
var toEventLemmas = map[string]schema.Modality{"agree": schema.Future, "commit": schema.Future, "consent": schema.Future, "return": schema.Asserted, "go": schema.Asserted, "open": schema.Hypothetical}

// requestLemmas ask for an event that others are to carry out.
var requestLemmas = map[string]bool{
	"ask": true, "call": true, "push": true, "press": true, "demand": true, "urge": true, "appeal": true,
	"lobby": true, "pray": true, "hope": true, "wait": true, "plead": true, "campaign": true, "clamor": true,
}

// hypoNouns and futureNouns make the clause they take ("a threat to
// attack", "a plan to visit") hypothetical or future.
var (
	hypoNouns = map[string]bool{"threat": true, "warning": true, "call": true, "demand": true, "request": true, "appeal": true, "offer": true, "proposal": true, "suggestion": true, "recommendation": true, "advice": true, "plea": true, "bid": true, "attempt": true, "effort": true, "push": true, "drive": true, "option": true, "ability": true, "capacity": true, "right": true,
		"capability": true, "means": true, "way": true, "wherewithal": true, "plot": true, "conspiracy": true, "scheme": true, "authority": true, "power": true, "permission": true, "approval": true, "authorization": true, "authorisation": true, "mandate": true,
		"desire": true, "wish": true, "eagerness": true, "willingness": true, "readiness": true, "view": true, // "with a view to holding a summit"
		"responsibility": true, "duty": true, "obligation": true, "need": true, "chance": true, "opportunity": true,
		"resolution": true, "bill": true, "draft": true, "motion": true, "measure": true, "legislation": true, "initiative": true}
	futureNouns = map[string]bool{"plan": true, "preparation": true, "pledge": true, "promise": true, "commitment": true, "intention": true, "agreement": true, "deal": true, "vow": true, "strategy": true, "expectation": true, "determination": true, "resolve": true}
)

// claimNouns report an event that rebutLemmas deny ("rejected reports
// that …"); ideaNouns make an event a mere possibility ("the idea of a
// summit"); cancelLemmas undo a planned event ("cancelled the meeting").
var (
	claimNouns = map[string]bool{
		"report": true, "claim": true, "allegation": true, "accusation": true, "charge": true, "suggestion": true,
		"assertion": true, "rumor": true, "rumour": true, "speculation": true, "story": true, "notion": true,
	}
	rebutLemmas = map[string]bool{
		"deny": true, "reject": true, "dismiss": true, "refute": true, "rebut": true, "debunk": true, "quash": true,
		"discount": true, "disavow": true, "dispute": true, "scotch": true, "deride": true,
	}
	ideaNouns    = map[string]bool{"idea": true, "prospect": true, "possibility": true, "notion": true, "speculation": true, "discussion": true, "debate": true, "consideration": true, "contemplation": true}
	cancelLemmas = map[string]bool{
		"cancel": true, "scrap": true, "abort": true, "scuttle": true, "axe": true, "ax": true, "nix": true,
		"refuse": true, "decline": true, "reject": true, "rebuff": true, "spurn": true, "forgo": true,
	}
)

// comingTime reports whether a time to come owns the event noun at i
// ("next week's visit", "tomorrow's talks", "a summit next month") or
// dates the verb at i ("officials meet tomorrow", "visits Japan next
// weekdayOf returns the lower-case weekday of an ISO date ("2018-07-11"
// → "wednesday"), or "" when the date is not one.
func weekdayOf(date string) string {
	d, err := time.Parse("2006-01-02", date)
	if err != nil {
		return ""
	}
	return strings.ToLower(d.Weekday().String())
}

// datedPast reports whether the weekday at k is followed by a date no
// later than the article's: a caption's "Peres welcomes Obama on
// Wednesday, March 20" tells of a day gone by.
func (c *clause) datedPast(k int) bool {
	if k+3 >= len(c.toks) || c.toks[k+1].key != "," {
		return false
	}
	at, article, ok := c.dayOfMonth(k+2, k+3)
	return ok && !at.After(article)
}

// dayOfMonth returns the date that a month's name or abbreviation at
// month and a day's number at day give, in the year after a comma that
// follows ("May 10, 2015") or else the article's, and the article's date;
// ok is false when they are no date or the article has none.
func (c *clause) dayOfMonth(month, day int) (at, article time.Time, ok bool) {
	name := strings.TrimSuffix(c.toks[month].key, ".")
	if len(name) < 3 {
		return at, article, false
	}
	m, err := time.Parse("Jan 2", strings.ToUpper(name[:1])+name[1:3]+" "+c.toks[day].text)
	if err != nil {
		return at, article, false
	}
	article, err = time.Parse("2006-01-02", c.st.date)
	if err != nil {
		return at, article, false
	}
	year := article.Year()
	if day+2 < len(c.toks) && c.toks[day+1].key == "," {
		if y, err := strconv.Atoi(c.toks[day+2].text); err == nil && y > 1900 && y < 2200 {
			year = y // "Sunday, May 10, 2015"
		}
	}
	return time.Date(year, m.Month(), m.Day(), 0, 0, 0, 0, time.UTC), article, true
}

// datedAfter reports whether the phrase at k is a day of a month ("on
// April 29", "on Feb. 27") that lies after the article's date, in its
// year or, when given, the year named: a day to come.
func (c *clause) datedAfter(k int) bool {
	t := c.t
	month, day := -1, -1
	switch {
	case t.tag[k] == "CD":
		day = k
		for _, q := range t.kids[k] {
			if w := strings.TrimSuffix(c.toks[q].key, "."); monthOrDay[w] || monthAbbrevs[w] {
				month = q
			}
		}
	case t.tag[k] == "NNP":
		month = k
		if k+1 < len(c.toks) && t.tag[k+1] == "CD" && t.head[k+1] == k {
			day = k + 1
		}
	}
	if month < 0 || day < 0 {
		return false
	}
	at, article, ok := c.dayOfMonth(month, day)
	return ok && at.After(article) && at.Sub(article) < 120*24*time.Hour
}

// datedActs are acts a schedule dates ahead: "meets Kim on June 12".
var datedActs = map[string]bool{
	"meet": true, "visit": true, "hold": true, "travel": true, "host": true, "attend": true, "sign": true,
	"arrive": true, "fly": true, "head": true, "receive": true, "welcome": true,
}

// weekdays name the days of a week: a present tense with one is a
// schedule.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// week").
func (c *clause) comingTime(i int) bool {
	t := c.t
	// The simple present, which a schedule uses: "Juncker visits …".
	simple := t.tag[i] == "VBZ" && strings.HasSuffix(c.toks[i].key, "s") || t.tag[i] == "VBP" && c.toks[i].key == t.lemma[i]
	for _, k := range t.kids[i] {
		if t.rel[k] == "nmod:poss" && (t.lemma[k] == "tomorrow" || calendarNouns[t.lemma[k]] && t.hasChildLemma(k, "amod", "next", "coming")) {
			return true
		}
		if (t.rel[k] == "nmod:tmod" || t.rel[k] == "nmod:unmarked") && calendarNouns[t.lemma[k]] && t.hasChildLemma(k, "amod", "next", "coming") {
			return true // "a summit next month"
		}
		if r := t.rel[k]; strings.HasPrefix(t.tag[i], "VB") && (relIs(r, "obl") || relIs(r, "nmod") || r == "advmod") {
			switch {
			case c.toks[k].key == "tomorrow":
				return true // "officials meet tomorrow"
			case calendarNouns[c.toks[k].key] && t.hasChildLemma(k, "amod", "next", "coming", "upcoming"):
				return true // "visits Japan next week", "in the coming days"
			case t.caseOf(k) == "on" && datedActs[t.lemma[i]] && c.datedAfter(k):
				return true // "visits Washington on April 29", written before
			case calendarNouns[c.toks[k].key] && t.hasChildLemma(k, "advmod", "later") && t.hasChildLemma(k, "det", "this"):
				return true // "later this month"
			case calendarNouns[c.toks[k].key] && t.hasChildLemma(k, "det", "this") && !t.hasChildLemma(k, "advmod", "earlier") && simple && t.child(i, "aux") < 0 && t.child(i, "cop") < 0:
				return true // "when Tillerson meets with Putin this week": the simple present of a plan
			case simple && weekdays[c.toks[k].key] && t.child(i, "aux") < 0 && c.toks[k].key != weekdayOf(c.st.date) && !c.datedPast(k):
				return true // "Juncker visits the White House on Wednesday": the present of a schedule (unless Wednesday is today)
			case simple && t.child(i, "aux") < 0 && (c.toks[k].key == "later" && slices.ContainsFunc(t.kids[k], func(d int) bool { return weekdays[c.toks[d].key] || c.toks[d].key == "today" }) ||
				(weekdays[c.toks[k].key] || c.toks[k].key == "today") && t.hasChildLemma(k, "advmod", "later")):
				return true // "Later on Friday, Scholz meets Macron", "later today": still to come today
			}
		}
	}
	return false
}

// recordNouns keep a record of an event that took place.
var recordNouns = map[string]bool{
	"transcript": true, "readout": true, "recording": true, "record": true, "memo": true, "memorandum": true, "minutes": true,
	"notes": true, "tape": true, "footage": true, "video": true, "summary": true,
}

// urgeLemmas ask their object to do something not yet done.
var urgeLemmas = map[string]bool{"urge": true, "press": true, "pressure": true, "push": true, "ask": true, "encourage": true}

// nounPolarity adds what the words around an event noun at i say of it:
// "a potential strike", "a planned visit", "the meeting was cancelled".
func (c *clause) nounPolarity(f *frame, i int) {
	t := c.t
	if h := t.head[i]; h >= 0 && relIs(t.rel[i], "nmod") && t.caseOf(i) == "of" && recordNouns[t.lemma[h]] {
		// "asked the White House to release a transcript of Trump's call
		// with Erdogan": a record is of what took place, whatever is
		// asked or refused of the record.
		f.neg, f.mod = false, schema.Asserted
	}
	switch {
	case t.hasChildLemma(i, "amod", "possible", "potential", "alleged", "suspected", "hypothetical", "would-be") ||
		t.hasChildLemma(i, "amod", "desired", "desire", "mooted", "moot", "hoped-for", "long-sought", "sought-after", "envisaged", "envisage", "rumored", "rumoured", "rumor", "rumour"):
		f.mod = schema.Hypothetical // "a potential strike on Iran", "alleged collusion with Russia", "a desired meeting"
	case t.hasChildLemma(i, "det", "any") && f.mod == schema.Asserted && !f.neg:
		f.mod = schema.Hypothetical // "held responsible for any attack on American personnel": none yet
	case t.hasChildLemma(i, "amod", "planned", "proposed", "upcoming", "prospective", "future", "forthcoming", "scheduled", "expected", "plan", "propose", "schedule", "expect") && f.mod == schema.Asserted:
		f.mod = schema.Future // "a planned visit to Cuba"
	case c.comingTime(i) && f.mod == schema.Asserted:
		f.mod = schema.Future // "next week's visit to China"
	case f.mod == schema.Asserted && slices.ContainsFunc(t.kids[i], func(k int) bool {
		return t.rel[k] == "acl" && t.tag[k] == "VBN" && scheduleLemmas[t.lemma[k]] && t.child(k, "compound:prt") < 0 && t.child(k, "obl:agent") < 0 && t.child(k, "xcomp") < 0 && t.child(k, "nsubj") < 0 &&
			!t.hasChildLemma(k, "advmod", "originally", "previously", "initially")
	}):
		f.mod = schema.Future // "US-China talks scheduled for later this week", "a visit planned for May" (not "set up by Norway", "originally planned", "the toll expected to rise")
	case f.mod == schema.Asserted && relIs(t.rel[i], "obl") && (t.caseOf(i) == "with" || t.caseOf(i) == "during" || t.caseOf(i) == "at") && t.head[i] >= 0 &&
		t.hasChildLemma(t.head[i], "aux", "will", "shall", "'ll"):
		f.mod = schema.Future // "will rocket back into the spotlight this week with a visit by Juncker": the visit goes with what is to come
	case f.mod == schema.Asserted && relIs(t.rel[i], "obl") && t.hasChildLemma(i, "case", "for") && meetingNouns[t.lemma[i]] && t.head[i] >= 0 && t.hasChildLemma(t.head[i], "aux", "would", "could", "might", "may", "should"):
		f.mod = schema.Hypothetical // "Obama could stop in for a meeting with the Polish president": the meeting a visit may be for
	case f.mod == schema.Asserted && relIs(t.rel[i], "obl") && t.caseOf(i) == "in" && t.head[i] >= 0 && (t.rel[t.head[i]] == "xcomp" || t.rel[t.head[i]] == "advcl" && t.hasChildLemma(t.head[i], "mark", "to")) && t.head[t.head[i]] >= 0 && urgeLemmas[t.lemma[t.head[t.head[i]]]] && t.child(t.head[t.head[i]], "obj") >= 0 && !t.hasChildLemma(i, "case", "on"):
		f.mod = schema.Hypothetical // "pressing Turkey to intervene in support of the Kurds": asked, not done
	case t.caseOf(i) == "against" && t.head[i] >= 0 && (t.lemma[t.head[i]] == "warn" || t.lemma[t.head[i]] == "caution"):
		f.mod = schema.Hypothetical // "warned against new US strikes on Syria": none yet
	case f.mod == schema.Asserted && (t.caseOf(i) == "for" && t.head[i] >= 0 && awaitLemmas[t.lemma[t.head[i]]] || t.caseOf(i) == "on" && t.head[i] >= 0 && t.lemma[t.head[i]] == "work" && (meetingRels[f.rel] || f.rel == schema.SignedAgreementWith)):
		f.mod = schema.Future // "preparing for Tuesday's meeting", "working on a meeting with Kim"
	case f.mod == schema.Asserted && t.rel[i] == "obj" && t.head[i] >= 0 && (planLemmas[t.lemma[t.head[i]]] || t.lemma[t.head[i]] == "set" && t.hasChildLemma(t.head[i], "compound:prt", "up") || vowLemmas[t.lemma[t.head[i]]] && t.child(t.head[i], "ccomp") < 0 && t.child(t.head[i], "xcomp") < 0 && t.child(t.head[i], "parataxis") < 0 && t.child(i, "nmod:poss") < 0 && f.rel != schema.Supported):
		f.mod = schema.Future // "is planning an offensive against Ukraine", "preparing an invasion of Syria", "setting up a call between", "pledged closer cooperation"
	}
	switch {
	case t.cancelled(i) && t.head[i] >= 0 && ruledOut(t, t.head[i]) && f.neg:
		f.neg, f.mod = false, schema.Hypothetical // "did not rule out military action against Iran": a possibility
	case t.cancelled(i) && !speechActs[f.rel]:
		f.neg = true // "the meeting was cancelled", "called off his visit to"; a rejected accusation was made
	}
	if c.lacked(i) {
		f.neg = true // "Obama's lack of support for the Syrian opposition"
	}
	if h := t.head[i]; h >= 0 && relIs(t.rel[i], "nmod") && t.caseOf(i) == "of" && cancelNouns[t.lemma[h]] && !speechActs[f.rel] {
		f.neg = true // "the cancellation of next week's meeting between Trump and Peña Nieto"
	}
	if h := t.head[i]; h >= 0 && t.caseOf(i) == "in" && (f.rel == schema.ProvidedAidTo || f.rel == schema.Supported || f.rel == schema.PledgedTo) && (relIs(t.rel[i], "nmod") && t.head[h] >= 0 && t.rel[h] == "obj" && t.withholds(t.head[h]) ||
		relIs(t.rel[i], "obl") && t.withholds(h) && t.child(h, "obj") >= 0) {
		// (But "suspended its participation in the treaty with the US":
		// the treaty stands signed; "froze the assets in coordination
		// with Seoul": what is withheld is help.)
		f.neg = true // "had withheld $400 million in aid to Kyiv", the phrase on the amount or on the verb
	}
	if v := t.head[i]; v >= 0 && t.rel[i] == "obj" && (findingLemmas[t.lemma[v]] || t.lemma[v] == "prove" || t.lemma[v] == "show" || t.lemma[v] == "confirm") && c.negated(v) {
		f.neg = true // "Mueller did not establish cooperation between the campaign and Russia"
	}
	if v := t.head[i]; v >= 0 && t.rel[i] == "nsubj" && t.happened(v) && c.negated(v) {
		f.neg = true // "the meeting did not take place", "the talks never happened"
	}
	if v := t.head[i]; v >= 0 && t.rel[i] == "nsubj" && t.happened(v) && f.mod == schema.Asserted {
		switch {
		case t.hasChildLemma(v, "aux", "will", "shall", "'ll"):
			f.mod = schema.Future // "the summit will take place in Singapore"
		case t.hasChildLemma(v, "aux", "would", "could", "might", "may"):
			f.mod = schema.Hypothetical
		}
	}
	if v := t.head[i]; v >= 0 && relIs(t.rel[i], "obl") && (t.caseOf(i) == "for" || t.caseOf(i) == "on") && f.rel == schema.Visited && f.mod == schema.Asserted &&
		(t.tag[v] == "VBZ" || t.tag[v] == "VBP") && (t.lemma[v] == "leave" || t.lemma[v] == "depart" || t.lemma[v] == "head" || t.lemma[v] == "embark" || t.lemma[v] == "set") {
		f.mod = schema.Future // "Obama leaves Tuesday for a trip to Sweden": set to go
	}
	if v := t.head[i]; v >= 0 && strings.HasPrefix(t.rel[i], "nsubj") && f.mod == schema.Asserted && c.inTheWorks(v) {
		f.mod = schema.Future // "a call between Zelensky and Trump appeared to be in the works"
	}
	if v := t.head[i]; v >= 0 && (t.rel[i] == "obj" || t.rel[i] == "nsubj:pass") && (t.lemma[v] == "postpone" || t.lemma[v] == "delay" || t.lemma[v] == "defer" || t.lemma[v] == "reschedule") {
		f.mod = schema.Future // "postponed talks with X": they are still to come
	}
	if v := t.head[i]; v >= 0 && f.rel == schema.ProvidedAidTo && f.mod == schema.Asserted && (t.rel[i] == "obj" || t.rel[i] == "iobj" || t.rel[i] == "obl" && t.caseOf(i) == "in") && promiseLemmas[t.lemma[v]] {
		f.mod = schema.Future // "offered humanitarian aid to Iran", "pledged $1 billion in aid to Ukraine": aid to come
	}
}

// sanctionsRelief reports whether what verb v gives is relief from
// sanctions: its object, or a phrase of the verb or of the object
// ("provided Tehran with billions in sanctions relief").
func (c *clause) sanctionsRelief(v int) bool {
	t := c.t
	relief := func(k int) bool {
		return t.lemma[k] == "relief" && (t.hasChildLemma(k, "compound", "sanction", "sanctions") || c.prepChild(k, "from") >= 0 && t.lemma[c.prepChild(k, "from")] == "sanction")
	}
	for _, k := range t.kids[v] {
		if t.rel[k] != "obj" && t.rel[k] != "iobj" && !relIs(t.rel[k], "obl") {
			continue
		}
		if relief(k) {
			return true
		}
		for _, j := range t.kids[k] {
			if relIs(t.rel[j], "nmod") && relief(j) {
				return true
			}
		}
	}
	return false
}

// heldPeopleNouns name people held or sent by someone, who stand for no
// one: "greeted American detainees freed by North Korea".
var heldPeopleNouns = map[string]bool{
	"detainee": true, "prisoner": true, "hostage": true, "captive": true, "refugee": true, "migrant": true,
	"asylum-seeker": true, "deportee": true, "defector": true, "evacuee": true,
}

// thingSubject reports whether verb v's subject is a thing, no actor nor
// word referring to one: "regional unrest has pushed Ankara to launch a
// crackdown" tells a cause, not a request.
func (c *clause) thingSubject(v int) bool {
	s := c.t.child(v, "nsubj")
	if s < 0 || c.headOf[s] >= 0 || !strings.HasPrefix(c.t.tag[s], "NN") || strings.HasPrefix(c.t.tag[s], "NNP") || agentNouns[c.t.lemma[s]] {
		return false
	}
	if _, ok := c.corefer(s); ok {
		return false
	}
	return len(c.actorsOf(s, false)) == 0
}

// riskNouns name an event that may come: "the risk of war".
var riskNouns = map[string]bool{
	"threat": true, "risk": true, "danger": true, "prospect": true, "possibility": true, "spectre": true, "specter": true,
	"fear": true, "likelihood": true, "chance": true, "odds": true,
}

// knowLemmas take a wh-clause that tells what happened: "know what Trump
// and Putin discussed".
var (
	knowLemmas = map[string]bool{"know": true, "learn": true, "understand": true, "reveal": true, "explain": true, "disclose": true, "wonder": true, "ask": true}
	whWords    = map[string]bool{"what": true, "how": true, "why": true, "when": true, "where": true}
)

// intensifyLemmas make more of an act already going on: "increased its
// aid to Kyiv", "stepped up its strikes".
var intensifyLemmas = map[string]bool{
	"increase": true, "boost": true, "intensify": true, "expand": true, "strengthen": true, "deepen": true,
	"escalate": true, "ramp": true, "redouble": true, "double": true, "heighten": true, "bolster": true,
}

// proceedLemmas go on with an act: "press ahead with", "go ahead with".
var proceedLemmas = map[string]bool{"press": true, "push": true, "go": true, "move": true, "proceed": true, "continue": true, "forge": true}

// inTheWorks reports whether the predicate at v says its subject is being
// prepared: "is in the works", "on the table", "under consideration", "in
// preparation".
func (c *clause) inTheWorks(v int) bool {
	t := c.t
	for _, k := range append([]int{v}, t.kids[v]...) {
		if k != v && !relIs(t.rel[k], "obl") && t.rel[k] != "xcomp" {
			continue
		}
		for _, p := range append([]int{k}, t.kids[k]...) {
			switch c.toks[p].key {
			case "works", "pipeline", "preparation", "planning", "cards":
				if t.caseOf(p) == "in" || t.caseOf(p) == "on" && c.toks[p].key == "cards" {
					return true
				}
			case "consideration", "discussion":
				if t.caseOf(p) == "under" {
					return true
				}
			}
		}
	}
	return false
}

// placeNamedEvents are events often named for the country they happen in:
// "the Iraq war", "the Syria crisis".
var placeNamedEvents = map[string]bool{"war": true, "conflict": true, "crisis": true, "invasion": true, "intervention": true}

// stateByName reports whether the word at k heads a country's mention by
// its name ("the US", "Russia"), not by its people ("35 Russians").
func (c *clause) stateByName(k int) bool {
	m := c.headOf[k]
	if m < 0 || len(c.ms[m].Actors) != 1 || c.ms[m].Actors[0].Kind != schema.Country {
		return false
	}
	if k < c.ms[m].Start || k >= c.ms[m].End {
		return false // a word the name only modifies ("U.S. troops")
	}
	_, kind, n := c.x.lookup(c.toks, c.ms[m].Start, c.st.date)
	return kind == surfName && n == c.ms[m].End-c.ms[m].Start
}

// countryByName reports whether the word at k is a country's mention by
// its name ("Russia", "Iran"), not by a demonym or an abbreviation.
func (c *clause) countryByName(k int) bool {
	if !c.stateByName(k) || c.ms[c.headOf[k]].Start != k || c.ms[c.headOf[k]].End != k+1 {
		return false
	}
	w := c.toks[k].text
	return !strings.Contains(w, ".") && strings.ToUpper(w) != w // not "a U.S. investigation", "a UK inquiry"
}

// purposeTarget returns whom a measure is meant to bend, named in a
// purpose clause on its verb v or its noun n: "imposed sanctions to
// pressure North Korea", "sanctions meant to force Iran to negotiate".
func (c *clause) purposeTarget(v, n int) []Mention {
	t := c.t
	for _, h := range []int{v, n} {
		if h < 0 {
			continue
		}
		for _, k := range t.kids[h] {
			if (t.rel[k] == "advcl" || t.rel[k] == "acl" || t.rel[k] == "xcomp") && t.hasChildLemma(k, "mark", "to") && coerceLemmas[t.lemma[k]] {
				if o := t.child(k, "obj"); o >= 0 {
					return c.argsOf(o, true)
				}
			}
		}
	}
	return nil
}

// coerceLemmas bend another's will: the purpose of a penalty.
var coerceLemmas = map[string]bool{
	"pressure": true, "force": true, "push": true, "compel": true, "coerce": true, "squeeze": true,
	"deter": true, "isolate": true, "cripple": true, "weaken": true, "starve": true, "pressurize": true,
}

// inPerson reports whether verb i happens at a gathering: "on the
// sidelines of the summit", "on the margins of", "at the G20 summit".
func (c *clause) inPerson(i int) bool {
	t := c.t
	kids := t.kids[i]
	if o := max(c.prepChild(i, "to"), c.prepChild(i, "with")); o >= 0 {
		kids = append(slices.Clip(kids), t.kids[o]...) // "speaking to Chinese officials in Beijing"
	}
	for _, k := range kids {
		if !relIs(t.rel[k], "obl") && !relIs(t.rel[k], "nmod") {
			continue
		}
		if l := t.lemma[k]; (l == "sideline" || l == "margin") && t.caseOf(k) == "on" || t.caseOf(k) == "at" && (l == "summit" || l == "meeting" || l == "conference") {
			return true
		}
		if l := t.lemma[k]; t.caseOf(k) == "during" && (l == "visit" || l == "trip" || l == "tour" || l == "meeting" || l == "summit") {
			return true // "spoke with Abe during a visit to Tokyo"
		}
		if n := c.headOf[k]; t.caseOf(k) == "in" && n >= 0 && c.ms[n].Place {
			if _, kind, _ := c.x.lookup(c.toks, c.ms[n].Start, c.st.date); kind == surfCapital {
				return true // "spoke with Chinese officials in Beijing": there in person
			}
		}
	}
	return false
}

// penalized returns who bears the penalty at noun i, named by the clause
// around it: "Iran sought relief from U.S. sanctions", "Russia is suffering
// under Western sanctions", "Iran's economy has been hit by U.S.
// sanctions".
func (c *clause) penalized(i int) []Mention {
	t := c.t
	h := t.head[i]
	if h < 0 {
		return nil
	}
	switch {
	case (t.lemma[h] == "relief" || t.lemma[h] == "exemption" || t.lemma[h] == "waiver") && t.caseOf(i) == "from" && t.head[h] >= 0 && strings.HasPrefix(t.tag[t.head[h]], "VB"):
		return c.subjectOf(t.head[h], 0)
	case relIs(t.rel[i], "obl") && t.caseOf(i) == "under" && strings.HasPrefix(t.tag[h], "VB"):
		return c.subjectOf(h, 0)
	case relIs(t.rel[i], "obl") && t.caseOf(i) == "to" && (t.lemma[h] == "subject" || t.lemma[h] == "subjected" || t.lemma[h] == "exposed") && t.child(h, "nsubj") >= 0:
		return c.argsOf(t.child(h, "nsubj"), true) // "Iran is subject to US sanctions"
	case t.rel[i] == "obl:agent" && harmLemmas[t.lemma[h]]:
		if s := t.child(h, "nsubj:pass"); s >= 0 {
			return c.argsOf(s, true)
		}
	}
	return nil
}

// harmLemmas hurt what they hit: "hit by sanctions".
var harmLemmas = map[string]bool{"hit": true, "hurt": true, "cripple": true, "batter": true, "squeeze": true, "damage": true, "target": true}

// flowTarget returns the other end of the trade a penalty noun at n stops:
// "a ban on investment in North Korea", "an embargo on oil imports from
// Iran".
func (c *clause) flowTarget(n int) []Mention {
	t := c.t
	k := c.prepChild(n, "on")
	if k < 0 || !flowNouns[t.lemma[k]] {
		return nil
	}
	for _, q := range t.kids[k] {
		if relIs(t.rel[q], "nmod") && flowEnds[t.caseOf(q)] {
			got := c.argsOf(q, true)
			for j := range got {
				got[j].Place = false // the state, not a place in it
			}
			return got
		}
	}
	return nil
}

// flowNouns are trade a penalty stops, and flowEnds the prepositions of
// its other end: "a ban on investment in", "an embargo on imports from".
var (
	flowNouns = map[string]bool{"investment": true, "import": true, "export": true, "trade": true, "sale": true, "purchase": true, "flight": true, "travel": true, "shipment": true, "transaction": true, "deal": true}
	flowEnds  = map[string]bool{"in": true, "from": true, "to": true, "with": true}
)

// killNouns name a killing, whose doer a strike may name: "the killing of
// Soleimani in a US drone strike".
var killNouns = map[string]bool{"killing": true, "assassination": true, "murder": true}

// ownPronoun reports whether the noun at n is owned by a possessive
// pronoun: "offered Belgium his support" gives the subject's own.
func (c *clause) ownPronoun(n int) bool {
	p := c.t.child(n, "nmod:poss")
	return p >= 0 && c.t.tag[p] == "PRP$"
}

// promiseLemmas give what is still to come: aid offered is not yet aid.
var promiseLemmas = map[string]bool{"offer": true, "promise": true, "pledge": true, "propose": true}

// refrainLemmas hold back from their own act: "refrained from sanctioning".
var refrainLemmas = map[string]bool{"refrain": true, "abstain": true, "desist": true}

// awaitLemmas look to an event to come: "preparing for the summit".
var awaitLemmas = map[string]bool{"prepare": true, "preparation": true, "wait": true, "brace": true, "gear": true, "plan": true}

// planLemmas make ready an event their object names, still to come.
var planLemmas = map[string]bool{"plan": true, "prepare": true, "schedule": true, "arrange": true, "plot": true}

// cancelNouns call an event off.
var cancelNouns = map[string]bool{"cancellation": true, "cancelation": true, "scrapping": true, "abandonment": true, "calling-off": true}

// speechActs are relations made by saying them: rejected or refused,
// they were still made ("the US accusation was rejected by Tehran").
var speechActs = map[schema.Relation]bool{
	schema.Accused: true, schema.Criticized: true, schema.Demanded: true, schema.CalledOn: true,
	schema.Threatened: true, schema.Rejected: true, schema.ProtestedTo: true,
}

// rebutted reports whether the noun at h is the object of a denial
// ("rejected the reports", "the claims were dismissed").
func (t *tree) rebutted(h int) bool {
	hh := t.head[h]
	return hh >= 0 && (t.rel[h] == "obj" || t.rel[h] == "nsubj:pass") && rebutLemmas[t.lemma[hh]]
}

// attemptOnly reports whether the verb at v was only tried, or tried in
// vain: "tried to block sanctions approved by Congress", "failed to stop
// the strikes", "unsuccessfully blocked": what it would stop goes on.
func (t *tree) attemptOnly(v int) bool {
	if t.hasChildLemma(v, "advmod", "unsuccessfully", "vainly") {
		return true
	}
	h := t.head[v]
	return h >= 0 && t.rel[v] == "xcomp" && (t.lemma[h] == "try" || t.lemma[h] == "attempt" || t.lemma[h] == "fail")
}

// cancelled reports whether the event noun at h is called off: "cancelled
// the meeting", "the visit was scrapped", "called off talks with".
func (t *tree) cancelled(h int) bool {
	hh := t.head[h]
	if hh < 0 || !strings.HasPrefix(t.tag[h], "NN") || t.rel[h] != "obj" && t.rel[h] != "nsubj:pass" {
		return false
	}
	if a := t.head[hh]; a >= 0 && (t.rel[hh] == "acl" || t.rel[hh] == "xcomp" || t.rel[hh] == "ccomp") && (urgeLemmas[t.lemma[a]] || askedCancel[t.lemma[a]]) {
		return false // "calls for May to cancel Trump's visit", "a petition demanding his visit be canceled": asked for, not done
	}
	if t.attemptOnly(hh) && (t.head[hh] < 0 || t.lemma[t.head[hh]] != "try" && t.lemma[t.head[hh]] != "attempt" || slices.ContainsFunc(t.kids[h], func(k int) bool { return t.rel[k] == "acl" && t.tag[k] == "VBN" })) {
		// "failed to block the sanctions": they came; "tried to block
		// sanctions approved by Congress": approved, whatever was tried
		// (but "tried to cancel the meeting" leaves it in doubt).
		return false
	}
	return cancelLemmas[t.lemma[hh]] || t.lemma[hh] == "call" && t.hasChildLemma(hh, "compound:prt", "off") ||
		t.withholds(hh) ||
		ruledOut(t, hh) || t.lemma[hh] == "turn" && t.hasChildLemma(hh, "compound:prt", "down") ||
		cutLemmas[t.lemma[hh]] && cutNouns[t.lemma[h]] && !(t.rel[hh] == "xcomp" && t.head[hh] >= 0 && hypoLemmas[t.lemma[t.head[hh]]])
}

// tookPains reports whether the word at h makes an effort whose
// infinitive it carried out: "went out of his way to", "took the
// opportunity to", "hastened to".
func (c *clause) tookPains(h int) bool {
	t := c.t
	switch t.lemma[h] {
	case "go":
		w := c.prepChild(h, "of")
		if w < 0 {
			w = c.prepChild(h, "out")
		}
		if slices.ContainsFunc(t.kids[h], func(k int) bool { return c.toks[k].key == "on" && (t.rel[k] == "compound:prt" || t.rel[k] == "advmod") }) {
			return t.tag[h] == "VBD" // "went on to describe Russia as …": done next
		}
		return w >= 0 && t.lemma[w] == "way" && strings.HasPrefix(t.tag[h], "VBD")
	case "opportunity", "occasion", "chance":
		v := t.head[h]
		return v >= 0 && t.rel[h] == "obj" && (t.lemma[v] == "take" || t.lemma[v] == "seize" || t.lemma[v] == "use" || t.lemma[v] == "grab") && t.tag[v] == "VBD"
	case "hasten", "rush", "hurry":
		return t.tag[h] == "VBD"
	}
	return false
}

// leaveNouns are leave asked or given for an act: "approval for a strike".
// letActor returns the one verb v gives the leave o for the act at i:
// "gave Israel/iobj the green light to strike Iran", "granted permission to
// Turkey to use the base".
func (c *clause) letActor(v, o, i int) []Mention {
	t := c.t
	if io := t.child(v, "iobj"); io >= 0 {
		return c.argsOf(io, false)
	}
	for _, k := range []int{c.prepChild(o, "to"), c.prepChild(v, "to")} {
		if k >= 0 && k < i {
			return c.argsOf(k, false)
		}
	}
	return nil
}

// leave reports whether noun i is leave given or sought: "permission",
// "the green light", "the go-ahead".
func (c *clause) leave(i int) bool {
	t := c.t
	return leaveNouns[t.lemma[i]] || t.lemma[i] == "go-ahead" || t.lemma[i] == "nod" || t.lemma[i] == "light" && t.hasChildLemma(i, "amod", "green")
}

var leaveNouns = map[string]bool{"approval": true, "authorization": true, "authorisation": true, "authority": true, "permission": true, "mandate": true, "consent": true}

// askedCancel ask that an event be called off without calling it off:
// "calls to cancel the visit" (but "wanted to freeze the aid" is the
// wanter's own plan).
var askedCancel = map[string]bool{"call": true, "demand": true, "petition": true, "plea": true, "appeal": true, "request": true, "insist": true}

// kept reports whether the promise or threat noun at h is carried out by
// the verb that takes it: "kept/fulfilled his promise", "made good on",
// "followed through on", "delivered on" or "acted on" it.
func (t *tree) kept(h int) bool {
	hh := t.head[h]
	if hh < 0 || !strings.HasPrefix(t.tag[h], "NN") {
		return false
	}
	switch {
	case t.rel[h] == "obj":
		return fulfilLemmas[t.lemma[hh]] || t.lemma[hh] == "carry" && t.hasChildLemma(hh, "compound:prt", "out")
	case relIs(t.rel[h], "obl") && t.caseOf(h) == "on":
		return t.lemma[hh] == "deliver" || t.lemma[hh] == "act" || t.lemma[hh] == "follow" && t.hasChildLemma(hh, "compound:prt", "through") ||
			t.lemma[hh] == "make" && t.hasChildLemma(hh, "xcomp", "good")
	}
	return false
}

// recipientOf returns the head of the to-phrase of the giving verb at v,
// hung on the verb or on what is given ("send a limited amount of arms
// to/nmod Kurds"), or -1.
func (c *clause) recipientOf(v int) int {
	if k := c.prepChild(v, "to"); k >= 0 {
		return k
	}
	o := c.t.child(v, "obj")
	if o < 0 {
		return -1
	}
	if k := c.prepChild(o, "to"); k >= 0 {
		return k
	}
	if of := c.prepChild(o, "of"); of >= 0 {
		return c.prepChild(of, "to")
	}
	return -1
}

// armingLemmas hand over armsNouns, and fightingLemmas are what those
// given them do with them (subjectOf).
var (
	armingLemmas   = map[string]bool{"send": true, "supply": true, "give": true, "provide": true, "deliver": true, "ship": true, "sell": true, "transfer": true}
	fightingLemmas = map[string]bool{"fight": true, "battle": true, "combat": true, "attack": true, "kill": true, "strike": true, "target": true, "defeat": true, "shoot": true, "confront": true}
	armsNouns      = map[string]bool{"arm": true, "arms": true, "weapon": true, "weaponry": true, "missile": true, "rocket": true, "ammunition": true, "munition": true, "rifle": true, "gun": true, "drone": true, "artillery": true, "tank": true, "hardware": true, "equipment": true}
)

// againstSelf reports whether the clause at x, what one is warned to do
// or not to do, acts on the warner subj, by a pronoun or by name: "not to
// provoke it", "not to take military action against his country",
// "against Damascus".
func (c *clause) againstSelf(x int, subj []Mention) bool {
	for k := x + 1; k < len(c.toks); k++ {
		if !c.t.dominates(x, k) {
			continue
		}
		switch c.toks[k].key {
		case "it", "its", "us", "our", "him", "his", "them", "their", "me", "my":
			return true
		}
		if n := c.headOf[k]; n >= 0 && c.warnerNamed(c.ms[n], subj) {
			return true
		}
	}
	return false
}

// warnerNamed reports whether mention m names one of the warners subj or
// a warner's state.
func (c *clause) warnerNamed(m Mention, subj []Mention) bool {
	for _, a := range m.Actors {
		for _, w := range subj {
			for _, s := range w.Actors {
				if s.ID == a.ID || s.Country == a.ID {
					return true
				}
			}
		}
	}
	return false
}

// finite reports whether the verb at v has a tense of its own: a past or
// present form, or an auxiliary ("will follow through"); not a bare
// infinitive or participle ("whether to carry out his threat").
func (t *tree) finite(v int) bool {
	return t.tag[v] == "VBD" || t.tag[v] == "VBZ" || t.tag[v] == "VBP" || t.child(v, "aux") >= 0 && !t.hasChildLemma(v, "mark", "to")
}

// fulfilLemmas carry out a promise or a threat they take as object.
var fulfilLemmas = map[string]bool{"keep": true, "fulfil": true, "fulfill": true, "honor": true, "honour": true, "implement": true, "execute": true, "redeem": true}

// cutLemmas end or shrink a flow of help ("cut aid to Argentina", "slashed
// funding for the agency"), and cutNouns are the flows; "cut ties" and
// "ended the talks" are other acts. A cut only threatened ("threatened to
// cut funding to the WHO") leaves the flow as it is.
var (
	cutLemmas = map[string]bool{"cut": true, "slash": true, "slice": true, "end": true, "stop": true, "reduce": true, "curtail": true, "terminate": true, "trim": true, "withdraw": true}
	cutNouns  = map[string]bool{"aid": true, "assistance": true, "funding": true, "fund": true, "loan": true, "subsidy": true, "contribution": true, "payment": true, "support": false}
)

// quits reports whether the noun at n is an event its verb's subject
// leaves: "withdrew from the summit", "pulled out of the talks", "walked
// away from the negotiations", "backed out of a visit".
func (t *tree) quits(n int) bool {
	v := t.head[n]
	if v < 0 || !relIs(t.rel[n], "obl") || !strings.HasPrefix(t.tag[n], "NN") {
		return false
	}
	switch c := t.caseOf(n); t.lemma[v] {
	case "withdraw", "exit", "retreat":
		return c == "from"
	case "pull", "back", "drop", "walk", "bow", "opt":
		return (c == "of" || c == "from") && t.hasChildLemma(v, "compound:prt", "out", "away") ||
			c == "of" && t.hasChildLemma(v, "advmod", "out") // "pulled out/RB of"
	}
	return false
}

// wishLemmas and wishForLemmas seek an event: "requested a meeting",
// "pushed for talks".
var (
	wishLemmas    = map[string]bool{"seek": true, "request": true, "propose": true, "arrange": true, "want": true, "suggest": true, "demand": true, "desire": true}
	wishForLemmas = map[string]bool{"push": true, "press": true, "ask": true, "call": true, "lobby": true, "pitch": true, "angle": true, "hope": true}
	wishNouns     = map[string]bool{"desire": true, "call": true, "push": true, "plea": true, "appeal": true, "hope": true, "optimism": true, "wish": true, "bid": true, "proposal": true, "request": true, "readiness": true, "willingness": true}
)

// dieLemmas are what the victims of an attack do in it: "died in
// Israeli airstrikes".
var dieLemmas = map[string]bool{"die": true, "perish": true}

// returnedFrom reports whether the noun at n is an event its verb's
// subject came back from: "returned from a trip to Washington", "back
// from talks with Putin".
func (t *tree) returnedFrom(n int) bool {
	v := t.head[n]
	return v >= 0 && relIs(t.rel[n], "obl") && strings.HasPrefix(t.tag[n], "NN") && t.caseOf(n) == "from" &&
		(t.lemma[v] == "return" || t.lemma[v] == "come" && t.hasChildLemma(v, "advmod", "back") || t.lemma[v] == "fly" && t.hasChildLemma(v, "advmod", "back", "home"))
}

// happened reports whether the verb at v says that its subject came to
// pass: "took place", "happened", "went ahead".
func (t *tree) happened(v int) bool {
	switch t.lemma[v] {
	case "happen", "occur", "materialize", "materialise", "proceed":
		return true
	case "take":
		return t.hasChildLemma(v, "obj", "place")
	case "go":
		return t.hasChildLemma(v, "compound:prt", "ahead") || t.hasChildLemma(v, "advmod", "ahead")
	}
	return false
}

// oddsWords weigh whether an event named as their subject will come: "a
// strike on Iran is possible".
var oddsWords = map[string]bool{
	"likely": true, "unlikely": true, "possible": true, "impossible": true, "probable": true, "improbable": true,
	"conceivable": true, "inconceivable": true, "plausible": true, "doubtful": true, "uncertain": true,
}

// withholdLemmas stop what was to be given: "froze the aid to Ukraine".
var withholdLemmas = map[string]bool{"withhold": true, "freeze": true, "suspend": true, "halt": true, "block": true, "pause": true, "delay": true}

// withholds reports whether the verb at v keeps back what it takes: one
// of withholdLemmas, or "held up" or "held back" ("held up $250 million in
// aid to Ukraine").
func (t *tree) withholds(v int) bool {
	return withholdLemmas[t.lemma[v]] || t.lemma[v] == "hold" && (t.hasChildLemma(v, "compound:prt", "up", "back") || t.hasChildLemma(v, "advmod", "up", "back"))
}

// factWarning reports whether the warning verb at i tells of a fact, not
// a consequence to come: "warned Congress that the deal was bad" (a
// clause with no modal or future) against "warned Iran that it would pay".
func (c *clause) factWarning(i int) bool {
	t := c.t
	k := t.child(i, "ccomp")
	if k < 0 || len(c.warnedOfConsequences(i)) > 0 {
		return false
	}
	if t.lemma[k] == "authorize" || t.lemma[k] == "authorise" || readyAdjectives[t.lemma[k]] {
		return false // "warned that it had been authorized to attack the U.S.": an act to come
	}
	if o := max(t.child(k, "obj"), c.prepChild(k, "to")); bringLemmas[t.lemma[k]] && o >= 0 && (warNouns[t.lemma[o]] || consequenceNouns[t.lemma[o]]) {
		return false // "warned Taiwan that independence means war": what will follow is the warner's act
	}
	if c.obliged(k) {
		return false // "warned Iran that it must be careful", "… is going to have to be careful": a demand with a menace
	}
	return !t.hasChildLemma(k, "aux", "will", "would", "could", "may", "might", "shall", "'ll", "wo", "can") && !t.hasChildLemma(k, "mark", "if", "unless")
}

// obliged reports whether clause k says its subject must do something:
// "it must be careful", "they should stop", "it will have to pay", "it
// had better comply".
func (c *clause) obliged(k int) bool {
	t := c.t
	for v, n := k, 0; v >= 0 && n < 3; n++ {
		if t.hasChildLemma(v, "aux", "must", "should", "ought") || t.hasChildLemma(v, "advmod", "better") {
			return true
		}
		x := t.child(v, "xcomp")
		if x >= 0 && (t.lemma[v] == "have" || t.lemma[v] == "need") && t.hasChildLemma(x, "mark", "to") {
			return true
		}
		v = x
	}
	return false
}

// bringLemmas say what something will bring about: "independence means
// war", "any attack would trigger a response".
var bringLemmas = map[string]bool{"mean": true, "trigger": true, "provoke": true, "invite": true, "lead": true, "spark": true, "bring": true}

// warNouns name open hostilities.
var warNouns = map[string]bool{"war": true, "conflict": true, "confrontation": true, "hostility": true, "bloodshed": true}

// dangerNouns are what one warns others of without threatening them.
var dangerNouns = map[string]bool{"threat": true, "danger": true, "risk": true, "peril": true, "menace": true}

// dangerLemmas say that a danger is there: "the threat of war looms".
var dangerLemmas = map[string]bool{"loom": true, "grow": true, "remain": true, "rise": true, "increase": true, "persist": true, "exist": true, "hang": true, "recede": true}

// statesOf returns the mentions of ms that name a state (or, with eu, the
// EU, a trading bloc), read as actors even where a preposition made them
// places.
func statesOf(ms []Mention, eu bool) []Mention {
	var out []Mention
	for _, m := range ms {
		if m.Actors[0].Kind == schema.Country || eu && m.Actors[0].ID == "EU" {
			m.Place = false
			out = append(out, m)
		}
	}
	return out
}

// tradedGoods are what trade penalties hit: "hit $300 billion in imports".
var tradedGoods = map[string]bool{"import": true, "export": true, "good": true, "product": true, "steel": true, "aluminum": true, "aluminium": true, "merchandise": true}

// modifierLast reports whether the last actor named before word i in the
// sentence is only a modifier of a noun that names none ("U.S. support").
func (c *clause) modifierLast(i int) bool {
	for n := len(c.ms) - 1; n >= 0; n-- {
		m := c.ms[n]
		if m.End > i || len(m.Actors) != 1 || !singularActor(m.Actors[0]) {
			continue
		}
		k := m.End - 1
		h := c.t.head[k]
		return (c.t.rel[k] == "compound" || c.t.rel[k] == "amod") && h > k && c.headOf[h] < 0 && c.within[h] < 0 && strings.HasPrefix(c.t.tag[h], "NN") && !agentNouns[c.t.lemma[h]]
	}
	return false
}

// nameOfUnknown returns the titled noun a name with no mention is set
// beside ("Russia's envoy, Ivan Petrovich Sidorov,"), or -1.
func (c *clause) nameOfUnknown(i int) int {
	if c.headOf[i] >= 0 || c.within[i] >= 0 || c.t.tag[i] != "NNP" {
		return -1
	}
	h := i
	if c.t.rel[h] == "flat" && c.t.head[h] >= 0 {
		h = c.t.head[h]
	}
	if n := c.t.head[h]; c.t.rel[h] == "appos" && n >= 0 && n < h && c.headOf[n] < 0 && titleWords[c.toks[n].key] && agentNouns[c.t.lemma[n]] {
		return n
	}
	return -1
}

// describedKinds say what kind of actor an apposition describes: "Hezbollah,
// a group aligned with Iran".
var describedKinds = map[string]schema.Kind{
	"group": schema.Group, "movement": schema.Group, "militia": schema.Group, "faction": schema.Group, "party": schema.Group,
	"organization": schema.Organization, "organisation": schema.Organization, "alliance": schema.Organization, "bloc": schema.Organization,
	"country": schema.Country, "nation": schema.Country, "state": schema.Country, "kingdom": schema.Country,
}

// barredDeals are the arrangements for an act that, barred, keep it from
// happening (the act their infinitive names).
var barredDeals = map[string]bool{
	"contract": true, "deal": true, "sale": true, "agreement": true, "plan": true, "licence": true, "license": true,
	"permit": true, "proposal": true, "bid": true, "attempt": true, "effort": true, "move": true,
}

// preventLemmas keep their object from the act after "from": "blocked the
// State Department from releasing a statement condemning Moscow".
var preventLemmas = map[string]bool{"block": true, "prevent": true, "stop": true, "bar": true, "prohibit": true, "forbid": true, "ban": true, "keep": true, "deter": true, "restrain": true}

// scheduleLemmas put an event they take as subject in the future: "the
// meeting is planned", "talks are scheduled", "a visit is due".
var scheduleLemmas = map[string]bool{
	"plan": true, "schedule": true, "expect": true, "set": true, "slate": true, "due": true, "arrange": true, "tentative": true,
}

// occurLemmas are verbs whose subject is an event that comes about:
// "talks may resume", "a deal could come", "the visit will go ahead".
var occurLemmas = map[string]bool{
	"come": true, "happen": true, "resume": true, "begin": true, "start": true, "proceed": true, "occur": true,
	"follow": true, "emerge": true, "materialize": true, "materialise": true, "take": true, "go": true,
}

// mandativeLemmas take a subjunctive clause of what they ask for:
// "requested that Ukraine investigate".
var mandativeLemmas = map[string]bool{
	"request": true, "demand": true, "insist": true, "ask": true, "urge": true, "propose": true,
	"suggest": true, "recommend": true, "require": true,
}

// contactLemmas meet or reach someone: the purpose of the contact is the
// subject's.
var contactLemmas = map[string]bool{
	"meet": true, "visit": true, "call": true, "phone": true, "telephone": true, "host": true,
	"receive": true, "summon": true, "contact": true, "see": true, "ring": true,
}

// doubted reports whether the verb at v is denied or doubted, itself or
// by a word above it: "can't achieve", "it is unlikely he could have been
// held".
func (c *clause) doubted(v int) bool {
	t := c.t
	for q, depth := v, 0; q >= 0 && depth < 3; q, depth = t.head[q], depth+1 {
		if c.negated(q) || t.lemma[q] == "unlikely" || t.lemma[q] == "impossible" || t.lemma[q] == "hard" || t.lemma[q] == "difficult" {
			return true
		}
	}
	return false
}

// boundedRels are events that run their course: the end of talks, a
// visit or an accord's life is no sign they did not happen ("ended two
// days of talks", "the end of a US-Russian brokered ceasefire").
var boundedRels = map[schema.Relation]bool{
	schema.MetWith: true, schema.NegotiatedWith: true, schema.SpokeWith: true, schema.Visited: true, schema.SignedAgreementWith: true,
}

// stopped reports whether the event at i is what a verb or noun of
// stopping takes: "ended joint exercises", "stopped pressuring", "a
// freeze on funding", "an end to its support".
func (c *clause) stopped(i int) bool {
	t := c.t
	h, r := t.head[i], t.rel[i]
	if h < 0 {
		return false
	}
	if (r == "obj" && strings.HasPrefix(t.tag[i], "NN") || r == "xcomp" && t.tag[i] == "VBG") && stopLemmas[t.lemma[h]] && strings.HasPrefix(t.tag[h], "VB") {
		return true
	}
	cs := t.caseOf(i)
	return relIs(r, "nmod") && stopNouns[t.lemma[h]] && (cs == "on" || cs == "of" || cs == "in" && givingNouns[t.lemma[i]] || cs == "to" && t.lemma[h] == "end")
}

// soughtStop reports whether the stopping word at h is what someone asks
// for: "urged Ankara to stop shelling", "sought an end to the drills".
func (c *clause) soughtStop(h int) bool {
	t := c.t
	for t.rel[h] == "conj" && t.head[h] >= 0 {
		h = t.head[h] // "sought a peace treaty and an end to the drills"
	}
	for a := h; a >= 0; a = t.head[a] {
		if t.hasChildLemma(a, "mark", "if", "unless", "until", "when", "once") || t.hasChildLemma(a, "advmod", "when") {
			// "unless Hezbollah stops sending fighters", "when we see that
			// the U.S. stops threatening us": a condition; the act goes on.
			return true
		}
	}
	if t.attemptOnly(h) {
		return true
	}
	v := t.head[h]
	if v < 0 {
		return false
	}
	l := t.lemma[v]
	switch r := t.rel[h]; {
	case r == "xcomp" || r == "ccomp" || r == "advcl" && t.hasChildLemma(h, "mark", "to"): // ("called on Russia to stop/advcl")
		return wishLemmas[l] || wishForLemmas[l] || mandativeLemmas[l] || l == "warn" // "insisted that China stop its attacks", "warned North Korea to stop threatening"
	case r == "obj":
		return wishLemmas[l]
	case relIs(r, "obl") || relIs(r, "nmod"):
		return t.caseOf(h) == "for" && (wishForLemmas[l] || wishNouns[l])
	}
	return false
}

// stopLemmas end what they take: "ended joint exercises", "stopped
// pressuring"; stopNouns the same as nouns: "a freeze on funding".
var (
	stopLemmas = map[string]bool{"stop": true, "end": true, "halt": true, "cease": true, "suspend": true, "freeze": true, "quit": true, "discontinue": true, "terminate": true}
	stopNouns  = map[string]bool{"freeze": true, "halt": true, "end": true, "suspension": true, "cessation": true, "termination": true, "moratorium": true, "cutoff": true, "pause": true}
)

// givingNouns are what goes on being given, so that a pause "in" them
// stops it ("the pause in U.S. military aid to Ukraine"); a pause in
// hostilities tells they were fought.
var givingNouns = map[string]bool{"aid": true, "assistance": true, "funding": true, "support": true, "supply": true, "delivery": true, "shipment": true}

// evidenceNouns take a clause that "no" or "little" before them denies.
var evidenceNouns = map[string]bool{"evidence": true, "proof": true, "sign": true, "indication": true, "reason": true, "suggestion": true}

// onTopicLemmas take what they are about after "on".
var onTopicLemmas = map[string]bool{
	"agree": true, "decide": true, "insist": true, "comment": true, "focus": true, "work": true, "rely": true,
	"depend": true, "count": true, "remark": true, "report": true, "speak": true, "talk": true, "brief": true,
	"vote": true, "differ": true, "compromise": true, "weigh": true, "reflect": true, "press": true, "push": true,
	"plan": true, "bet": true,
}

// expectLemmas await an act named by their object: "expects Washington's
// support".
var expectLemmas = map[string]bool{"expect": true, "anticipate": true, "await": true, "preview": true}

// fearLemmas dread what may come: "nervous about the US launching attacks
// on Iran".
var fearLemmas = map[string]bool{"nervous": true, "worried": true, "worry": true, "concerned": true, "afraid": true, "fearful": true, "wary": true, "anxious": true, "fear": true}

// sceneNouns are what an empty "it" is: "it was an extraordinary scene",
// "it was the first time".
var sceneNouns = map[string]bool{
	"scene": true, "sight": true, "spectacle": true, "time": true, "moment": true, "day": true, "occasion": true,
	"event": true, "case": true, "matter": true, "question": true, "first": true, "irony": true, "paradox": true,
}

// optionNouns are courses weighed: "options for confronting ISIS".
var optionNouns = map[string]bool{"option": true, "choice": true, "alternative": true, "idea": true, "proposal": true, "scenario": true, "contingency": true}

// talkAboutLemmas take what is talked over with "about": "talked about
// sharing technology", not "boasted about attacking", which was done.
var talkAboutLemmas = map[string]bool{
	"talk": true, "speak": true, "meet": true, "discuss": true, "chat": true, "think": true, "ask": true, "confer": true,
	"consult": true, "debate": true, "argue": true, "negotiate": true, "speculate": true, "wonder": true, "deliberate": true,
	"conversation": true, "talks": true, "meeting": true, "discussion": true, "question": true,
	"noise": true, // "made noises about sending forces to fight ISIS"
}

// topicLemmas take a topic for object: "discussed Afghanistan during a
// call" talks about Afghanistan, with no one from there.
var topicLemmas = map[string]bool{"discuss": true, "debate": true, "raise": true, "address": true, "review": true, "explore": true}

// recountLemmas tell of an encounter of their subject's as their object.
var recountLemmas = map[string]bool{"recount": true, "recall": true, "remember": true, "describe": true, "relate": true}

// ownAccountLemmas give an account of one's own doings: "lied about a
// meeting with Kislyak", "was not forthright about a conversation with
// Russia's ambassador".
var ownAccountLemmas = map[string]bool{
	"lie": true, "testify": true, "forthright": true, "truthful": true, "honest": true, "candid": true,
	"mislead": true, "boast": true, "brag": true, "reminisce": true, "open": true,
}

// timePreps place an event in time; they modify a clause, not a noun.
var timePreps = map[string]bool{"during": true, "after": true, "before": true, "following": true, "amid": true}

// backgroundCases set an event around a clause rather than in it: "closed
// the consulate amid a spate of extremist attacks", "because of attacks".
var backgroundCases = map[string]bool{"amid": true, "amidst": true, "because of": true, "despite": true, "following": true, "after": true, "before": true, "since": true}

// otherReferent re-resolves an object pronoun ("its", "their") that
// resolved to one of the subjects: the nearest earlier actor of the same
// kind that is none of them.
func (c *clause) otherReferent(o Mention, subj []Mention, rel schema.Relation) (Mention, bool) {
	if o.End != o.Start+1 || len(o.Actors) != 1 || c.t.tag[o.Start] != "PRP$" && c.t.tag[o.Start] != "PRP" ||
		o.Actors[0].Kind == schema.Person && (c.t.tag[o.Start] != "PRP$" || rel != schema.Supported && rel != schema.Criticized) {
		// People are left alone ("him" is often a person no dictionary
		// knows; "met his team" is his own), but for praise and blame:
		// "Trump met Putin and praised his leadership" is Putin's, though
		// personBefore prefers the subject.
		return Mention{}, false
	}
	same := func(a schema.Actor) bool {
		for _, s := range subj {
			for _, b := range s.Actors {
				if a.ID == b.ID {
					return true
				}
			}
		}
		return false
	}
	if !same(o.Actors[0]) {
		return Mention{}, false
	}
	if h := c.t.head[o.Start]; (rel == schema.ProvidedAidTo || rel == schema.Supported) && c.t.tag[o.Start] == "PRP$" && h >= 0 && (militaryNouns[c.t.lemma[h]] || ownNouns[c.t.lemma[h]]) {
		return Mention{}, false // "sent missiles to Syria to protect its forces": its own
	}
	kind, female := o.Actors[0].Kind, c.toks[o.Start].key == "her"
	ref := c.lastBefore(o.Start, func(a schema.Actor) bool {
		return a.Kind == kind && !same(a) && (kind != schema.Person || femaleName(a.Name) == female)
	}, nil)
	if ref == nil {
		return Mention{}, false
	}
	a := *ref
	a.Text = o.Actors[0].Text
	return Mention{Actors: []schema.Actor{a}, Start: o.Start, End: o.End}, true
}

// ownNouns are what a state protects or helps as its own: "to protect its
// citizens".
var ownNouns = map[string]bool{"interest": true, "citizen": true, "national": true, "personnel": true, "embassy": true, "diplomat": true, "territory": true, "border": true, "sovereignty": true, "security": true, "economy": true}

// tradeMeasures are what a trade war retaliates with.
var tradeMeasures = map[string]bool{"tariff": true, "duty": true, "sanction": true, "measure": true, "tax": true, "levy": true, "restriction": true, "ban": true}

// armedBodies are the organisations with forces of their own (an
// alliance's, peacekeepers'): an attack on them may be one with arms.
var armedBodies = map[string]bool{"NATO": true, "CSTO": true, "UN": true, "AU": true, "ECOWAS": true}

// verbalAttack are the attack words that, between two people, mean words.
var verbalAttack = map[string]bool{"ambush": true, "attack": true, "assault": true, "assail": true, "hit": true, "target": true, "strike": true, "blast": true, "fire": true, "broadside": true}

// forceLemmas attack with arms more often than with words, but between
// two politicians of one country ("Sanders hit Biden").
var forceLemmas = map[string]bool{"strike": true, "hit": true, "target": true, "fire": true}

// sameCountry reports whether every actor of a and b is of one country.
func sameCountry(a, b []Mention) bool {
	country := ""
	for _, m := range append(slices.Clip(a), b...) {
		for _, x := range m.Actors {
			if x.Country == "" || country != "" && x.Country != country {
				return false
			}
			country = x.Country
		}
	}
	return true
}

// anyPerson reports whether a mention is of a person.
func anyPerson(ms []Mention) bool {
	return slices.ContainsFunc(ms, func(m Mention) bool { return m.Actors[0].Kind == schema.Person })
}

// domestic reports whether every actor of ms is a person of one and the
// same state (two at least): a state's internal affairs, no relation
// between international actors.
func domestic(ms []Mention) bool {
	country, ids := "", map[string]bool{}
	for _, m := range ms {
		for _, a := range m.Actors {
			if a.Kind != schema.Person || a.Country == "" || country != "" && a.Country != country {
				return false
			}
			country, ids[a.ID] = a.Country, true
		}
	}
	return len(ids) >= 2
}

// hasPerson reports whether any mention names a person (mentions with no
// actor, which some readers leave, included).
func hasPerson(ms []Mention) bool {
	for _, m := range ms {
		for _, a := range m.Actors {
			if a.Kind == schema.Person {
				return true
			}
		}
	}
	return false
}

// allPeople reports whether every mention is of people.
func allPeople(ms []Mention) bool {
	for _, m := range ms {
		for _, a := range m.Actors {
			if a.Kind != schema.Person {
				return false
			}
		}
	}
	return len(ms) > 0
}

// eachOther reports whether the clause of the trigger at i has "each
// other" or "one another" after it, as its object or inside it.
func (c *clause) eachOther(i int) bool {
	v := i
	for v >= 0 && (c.t.rel[v] == "xcomp" || c.t.rel[v] == "obj" || relIs(c.t.rel[v], "obl") || relIs(c.t.rel[v], "nmod")) {
		v = c.t.head[v] // the clause the trigger belongs to
	}
	if v < 0 {
		v = i
	}
	lo, hi := c.t.span(v)
	for j := max(lo, i) + 1; j <= hi; j++ {
		if k := c.toks[j-1].key; (k == "each" || k == "one") && (c.toks[j].key == "other" || c.toks[j].key == "another") {
			return true
		}
		if c.toks[j-1].key == "the" && c.toks[j].key == "other" && (c.t.hasChildLemma(v, "advmod", "each") || c.t.hasChildLemma(v, "nsubj", "each")) {
			return true // "Kyiv and Moscow each blamed the other"
		}
	}
	return false
}

// offerNouns are what an offer pledges: "offered help to", "offered
// security guarantees to".
var offerNouns = map[string]bool{
	"help": true, "support": true, "assistance": true, "guarantee": true, "mediation": true, "cooperation": true,
	"protection": true, "backing": true, "loan": true, "aid": true, "concession": true, "deal": true, "talk": true,
	"service": true, "hand": true, "money": true, "fund": true, "troop": true, "weapon": true, "asylum": true,
	"pledge": true, "package": true, "grant": true, "credit": true, "arm": true, "assurance": true,
}

// measureDoer reports whether the doer of the verb at i is a measure or
// a campaign of words: "US sanctions hit Iran", also as the parser's
// "have [US sanctions] [hit] Iran", where the doer is the object above.
func (c *clause) measureDoer(i int) bool {
	t := c.t
	s := t.child(i, "nsubj")
	if h := t.head[i]; s < 0 && h >= 0 && t.rel[i] == "xcomp" {
		s = t.child(h, "obj")
	}
	if h := t.head[i]; s < 0 && h >= 0 && t.rel[i] == "acl" {
		s = h // "sanctions targeting Iranian officials"
	}
	return s >= 0 && (tradeMeasures[t.lemma[s]] || c.figurative(s))
}

// attackWord returns the word of the trigger at i that may be an attack
// in words, itself or the pattern noun a light verb takes ("launched an
// attack"), or -1.
func (c *clause) attackWord(i int) int {
	if verbalAttack[c.t.lemma[i]] {
		return i
	}
	if o := c.t.child(i, "obj"); o >= 0 && verbalAttack[c.t.lemma[o]] {
		return o
	}
	return -1
}

// callFor reports whether the call at i, a noun, calls for something
// ("calls for his resignation", the phrase on the noun or on the verb that
// takes it), not a call of some length ("a call for an hour").
func (c *clause) callFor(i int) bool {
	t := c.t
	for _, n := range []int{i, t.head[i]} {
		if n < 0 {
			continue
		}
		if k := c.prepChild(n, "for"); k >= 0 && !timeNouns[c.toks[k].key] && !calendarNouns[t.lemma[k]] {
			return true
		}
	}
	return false
}

// spokenAttack reports whether the attack at i is made in words: a
// verbal, scathing or personal attack, or one made saying, claiming or
// calling something ("launched a fresh attack on Germany, claiming the
// country was controlled by Russia").
func (c *clause) spokenAttack(i int) bool {
	t := c.t
	if t.hasChildLemma(i, "amod", verbalKinds...) {
		return true
	}
	if t.hasChildLemma(i, "compound", "twitter", "tweet", "media", "press", "facebook", "word", "campaign", "ad", "debate") {
		return true // "launched a Twitter attack against Trudeau", "his campaign attacks against China"
	}
	if c.inMedium(i) {
		return true
	}
	for _, v := range []int{i, t.head[i]} {
		if v < 0 {
			continue
		}
		for _, k := range t.kids[v] {
			if (t.rel[k] == "advcl" || t.rel[k] == "acl") && t.tag[k] == "VBG" && (speechLemmas[t.lemma[k]] || describeLemmas[t.lemma[k]] || chargeLemmas[t.lemma[k]]) {
				return true
			}
		}
	}
	return false
}

// verbalKinds make an attack one of words: "a stinging attack on Pompeo".
var verbalKinds = []string{"verbal", "scathing", "blistering", "stinging", "personal", "rhetorical", "withering", "bitter", "sharp"}

// inMedium reports whether the act at i was made in a speech, a tweet or
// another medium of words: "Duterte's attack on the United States in a speech".
func (c *clause) inMedium(i int) bool {
	t := c.t
	for _, k := range t.kids[i] {
		if (relIs(t.rel[k], "nmod") || relIs(t.rel[k], "obl")) && (t.caseOf(k) == "in" || t.caseOf(k) == "during") && mediumNouns[t.lemma[k]] {
			return true
		}
	}
	return false
}

// byPhone reports whether the event at i happened by telephone: "talked
// on the phone with", "held phone talks"; "met by video link" is no meeting either.
func (c *clause) byPhone(i int) bool {
	for _, k := range c.t.kids[i] {
		if phoneWords[c.t.lemma[k]] && (relIs(c.t.rel[k], "obl") || relIs(c.t.rel[k], "nmod") || k < i && (c.t.rel[k] == "compound" || c.t.rel[k] == "amod")) {
			return true
		}
		if relIs(c.t.rel[k], "obl") && (c.t.caseOf(k) == "in" || c.t.caseOf(k) == "on" || c.t.caseOf(k) == "during" || c.t.caseOf(k) == "over") && (c.t.lemma[k] == "call" && c.prepChild(k, "for") < 0 || c.t.lemma[k] == "conversation" && c.t.hasChildLemma(k, "compound", "phone", "telephone")) {
			return true // "discussed North Korea in their phone call", "during a call on Friday", "told Zelensky on the call"
		}
	}
	return false
}

// counted reports whether m is a plural demonym that counts or singles
// out people: "four Israelis", "many Syrians", "dozens of Iraqis",
// "Russians named in the dossier".
func (c *clause) counted(m Mention) bool {
	i := m.Start
	if i < 0 {
		return false
	}
	if m.End > 0 && m.End <= len(c.toks) && privateNouns[c.toks[m.End-1].key] {
		return true // "indicted 13 Russian nationals": private people, not the state
	}
	if _, kind, _ := c.x.lookup(c.toks, i, c.st.date); kind != surfPlural {
		return false
	}
	if h := c.mentionHead(m); h >= 0 {
		for _, k := range c.t.kids[h] {
			if k > h && (c.t.rel[k] == "acl" && (c.t.tag[k] == "VBN" || c.t.tag[k] == "VBG") || c.t.rel[k] == "acl:relcl" && c.relativeWho(k)) {
				return true // "Russians named in the dossier", "Iranians who live abroad": some people, not the state
			}
		}
	}
	if e := m.End; e+1 < len(c.toks) && (c.toks[e].tag == "VBN" || c.toks[e].tag == "VBG") && c.toks[e+1].tag == "IN" {
		return true // the same, the participle hung elsewhere by the parser
	}
	return i > 0 && (peopleCount[c.toks[i-1].key] || isDigits(c.toks[i-1].key) || c.toks[i-1].key == "of" && i > 1 && peopleCount[c.toks[i-2].key])
}

// privateNouns are people of a nationality who act for no state.
var privateNouns = map[string]bool{
	"nationals": true, "citizens": true, "civilians": true, "tourists": true, "businessmen": true,
	"students": true, "residents": true, "expatriates": true, "expats": true,
}

// relativeWho reports whether the relative clause at k opens with "who"
// or "whom", which only people take ("Iranians who live abroad"; not
// "an agreement with the Syrians that got rid of …").
func (c *clause) relativeWho(k int) bool {
	for _, w := range c.t.kids[k] {
		if l := c.toks[w].key; w < k && (l == "who" || l == "whom") {
			return true
		}
	}
	return false
}

// hasTarget reports whether the trigger at i has an object or a target
// phrase that is no actor: "Cameroon, Nigeria and Chad fight the group"
// fight it together, not one another.
func (c *clause) hasTarget(i int) bool {
	if o := c.t.child(i, "obj"); o >= 0 && !c.eachOther(i) && !reciprocalLemmas[c.t.lemma[o]] && !fightNouns[c.t.lemma[o]] && !fightNouns[c.pluralLemma(o)] { // ("traded barbs/NN")
		return true // not "exchanged fire", "fought a war"
	}
	return c.prepChild(i, "against") >= 0
}

// fightNouns are what two sides exchange: "exchanged fire", "exchanged
// barbs".
var fightNouns = map[string]bool{"fire": true, "gunfire": true, "blow": true, "shot": true, "artillery": true, "rocket": true, "missile": true, "salvo": true, "strike": true,
	"barb": true, "insult": true, "jab": true, "recrimination": true, "accusation": true, "allegation": true, "charge": true, "blame": true,
	"threat": true, "warning": true, "criticism": true, "broadside": true}

// reciprocal reports whether coordinated subjects of the trigger at i act
// on one another: the trigger is reciprocal by its meaning ("X and Y met",
// "signed an agreement"), or a word says so ("worked together", "with each
// other").
func (c *clause) reciprocal(i int) bool {
	if reciprocalLemmas[c.t.lemma[i]] {
		return true
	}
	if c.agreedTo(i) {
		return true // "X and Y agreed to share intelligence": with each other
	}
	if o := c.t.child(i, "obj"); c.t.lemma[i] == "share" && o >= 0 && c.objectFits(o, sharedThings) {
		return true // "Seoul and Tokyo will share intelligence": with each other
	}
	if o := c.t.child(i, "obj"); o >= 0 && c.t.hasChildLemma(o, "nmod:poss", "their") {
		return true // "Putin and Erdogan coordinated their interests"
	}
	if o := c.t.child(i, "obj"); o >= 0 && (c.t.lemma[o] == "tie" || c.t.lemma[o] == "relation" || c.t.lemma[o] == "relationship") && c.prepChild(i, "with") < 0 && c.prepChild(o, "with") < 0 {
		return true // "Israel and the UAE established diplomatic ties": with each other
	}
	for j := i + 1; j < len(c.toks) && j <= i+8; j++ {
		switch k := c.toks[j].key; k {
		case "together", "jointly", "mutually":
			return true
		case "other", "another":
			if c.toks[j-1].key == "each" || c.toks[j-1].key == "one" {
				return true
			}
		case ".", ";":
			return false
		}
	}
	return false
}

// sharedThings are what partners share with each other.
var sharedThings = []string{"intelligence", "data", "information", "technology", "evidence"}

// overWords reports whether clash i is over a question or a matter, not
// over land: "clashed over who should make the call", "clashed over the
// gas price" (but "clashed over the disputed border").
func (c *clause) overWords(i int) bool {
	for _, k := range c.t.kids[i] {
		if c.t.caseOf(k) == "over" || c.t.hasChildLemma(k, "mark", "over") {
			if strings.HasPrefix(c.t.tag[k], "VB") || c.t.child(k, "nsubj") >= 0 {
				return true // a clause
			}
			if placeNamedEvents[c.t.lemma[k]] {
				return true // "clashed over the war in Libya": over what others fight
			}
			return (c.t.tag[k] == "NN" || c.t.tag[k] == "NNS") && c.headOf[k] < 0 && !groundNouns[c.t.lemma[k]] && !placeNouns[c.t.lemma[k]] &&
				!slices.ContainsFunc(c.t.kids[k], func(d int) bool { return strings.HasPrefix(c.t.tag[d], "NNP") }) // "the Galwan valley"
		}
	}
	return false
}

// namingLemmas name a thing in the speaker's words: "what it called
// aggression by the United States".
var namingLemmas = map[string]bool{"call": true, "describe": true, "term": true, "dub": true, "label": true, "brand": true}

// agreedTo reports whether the verb at i is what its subjects agreed to
// do: "X and Y agreed to share intelligence".
func (c *clause) agreedTo(i int) bool {
	h := c.t.head[i]
	return h >= 0 && c.t.rel[i] == "xcomp" && c.t.lemma[h] == "agree"
}

// reciprocalLemmas are triggers whose coordinated subjects act on one
// another by the trigger's meaning.
var reciprocalLemmas = map[string]bool{
	"meet": true, "meeting": true, "talk": true, "summit": true, "negotiate": true, "negotiation": true,
	"sign": true, "ink": true, "initial": true, "seal": true, "clinch": true, "agreement": true, "deal": true, "treaty": true, "accord": true, "pact": true,
	"ceasefire": true, "truce": true, "clash": true, "ally": true, "alliance": true, "conversation": true,
	"call": true, "phone": true, "consultation": true, "encounter": true, "dinner": true, "lunch": true,
	"breakfast": true, "confer": true, "memorandum": true, "conclude": true, "reach": true, "hold": true,
	"partnership": true, "exercise": true, "drill": true, "fight": true, "fighting": true, "war": true,
	"share": true, "exchange": true, "battle": true, "discuss": true, "discussion": true, "speak": true,
	"shake": true, "trade": true, "cooperate": true, "collaborate": true, "coordinate": true, "partner": true, "team": true,
	"cooperation": true, "collaboration": true, "coordination": true, "dialogue": true, "agree": true,
	"haggle": true, "bargain": true, "renegotiate": true, "combat": true, "firefight": true, "gunfight": true, "gunbattle": true, "skirmish": true,
}

// joinedLed reads joining a coalition or a mission another leads as
// cooperating with the leader: "Japan would not join the U.S.-led naval
// coalition", "Britain joined the coalition led by the United States";
// so is taking part in one: "Germany participated in a French-led naval
// operation", "took part in the US-led coalition", or being a member of
// one: "Canada is part of the U.S.-led coalition", "the Saudi-led
// coalition includes the UAE".
func (c *clause) joinedLed(i int) (frame, bool) {
	t := c.t
	o := -1
	var subj []Mention // the member, when no verb's subject
	switch {
	case (t.lemma[i] == "part" || t.lemma[i] == "member") && strings.HasPrefix(t.tag[i], "NN"):
		// "Canada is part of the U.S.-led coalition", "Jordan, a member
		// of the U.S.-led coalition,": membership is taking part.
		o = c.prepChild(i, "of")
		if s := t.child(i, "nsubj"); s >= 0 && t.child(i, "cop") >= 0 {
			subj = c.argsOf(s, false)
		} else if h := t.head[i]; h >= 0 && t.rel[i] == "appos" {
			subj = c.argsOf(h, false)
		}
		if len(subj) == 0 {
			return frame{}, false
		}
	case !strings.HasPrefix(t.tag[i], "VB"):
	case t.lemma[i] == "include" && t.child(i, "obj") >= 0:
		o, subj = t.child(i, "nsubj"), c.argsOf(t.child(i, "obj"), false) // "the Saudi-led coalition includes the UAE"
	case t.lemma[i] == "join":
		o = t.child(i, "obj")
	case t.lemma[i] == "participate":
		o = c.prepChild(i, "in")
	case t.lemma[i] == "take" && t.hasChildLemma(i, "obj", "part"):
		if o = c.prepChild(i, "in"); o < 0 {
			o = c.prepChild(t.child(i, "obj"), "in") // "took part/obj in/nmod-of-part the US-led coalition"
		}
	}
	if o < 0 || !ledNouns[t.lemma[o]] {
		return frame{}, false
	}
	var leader []Mention
	lo, hi := t.span(o)
	for _, m := range c.ms {
		if m.Suffix == "led" && m.Start >= lo && m.End-1 < o {
			leader = append(leader, m) // "the U.S.-led coalition"
		}
	}
	for _, k := range t.kids[o] {
		if a := t.child(k, "obl:agent"); len(leader) == 0 && t.rel[k] == "acl" && t.lemma[k] == "lead" && a >= 0 && a <= hi {
			leader = c.argsOf(a, true) // "the coalition led by the United States"
		}
	}
	if subj == nil {
		subj = c.subjectOf(i, 0)
	}
	f := frame{rel: schema.CooperatedWith, trigger: i, conf: 0.7, rule: "verb-obj", subj: subj, obj: c.others(leader, subj)}
	for n := range f.obj {
		f.obj[n].Suffix, f.obj[n].Prep = "", "" // the leader itself, no longer its coalition (nor a place "in" it)
	}
	c.polarity(&f, i)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// legitimateTarget reads naming someone a legitimate target as a threat
// to them: "Moscow would treat them as legitimate targets", "said any
// American or British ship will be a legitimate target".
func (c *clause) legitimateTarget(i int) (frame, bool) {
	t := c.t
	if t.lemma[i] != "target" || !strings.HasPrefix(t.tag[i], "NN") || !t.hasChildLemma(i, "amod", "legitimate", "fair", "legal", "lawful", "potential", "possible") {
		return frame{}, false
	}
	f := frame{rel: schema.Threatened, trigger: i, conf: 0.7, rule: "description"}
	if v := t.head[i]; v >= 0 && (relIs(t.rel[i], "obl") && t.caseOf(i) == "as" || t.rel[i] == "xcomp") && strings.HasPrefix(t.tag[v], "VB") {
		o := t.child(v, "obj")
		if o < 0 {
			o = t.child(v, "nsubj:pass") // "any US plane would be treated as a potential target"
		}
		f.subj, f.obj = c.subjectOf(v, 0), c.argsOf(o, true) // "would treat them as legitimate targets"
		if t.child(v, "nsubj:pass") >= 0 {
			f.subj = c.byAgent(v)
		}
		c.polarity(&f, v)
	} else if s := t.child(i, "nsubj"); s >= 0 && t.child(i, "cop") >= 0 {
		f.subj, _ = c.claimant(i) // "… will be a legitimate target," the spokesman said
		f.obj = c.argsOf(s, true)
		c.polarity(&f, i)
	}
	if f.mod == schema.Future || f.mod == schema.Hypothetical {
		f.mod = schema.Asserted // the threat is made now
	}
	f.obj = c.others(f.obj, f.subj)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// orFace reads a demand's alternative of punishment as a threat to whom
// the demand is made: "gave Hezbollah an ultimatum to pull its fighters
// back or face a full-scale military operation", "told Iran to comply or
// face consequences".
func (c *clause) orFace(i int) (frame, bool) {
	t := c.t
	h, o := t.head[i], t.child(i, "obj")
	if c.toks[i].key != "face" || t.rel[i] != "conj" || !t.hasChildLemma(i, "cc", "or") || h < 0 {
		return frame{}, false
	}
	for _, k := range t.kids[h] {
		if o < 0 && k > i && t.rel[k] == "obj" {
			o = k // "withdraw or face/NN strikes/obj-of-withdraw": the parser's
		}
	}
	if o < 0 ||
		!penaltyObjects[t.lemma[o]] && !c.attackNoun(o) && !armedNouns[t.lemma[o]] && t.lemma[o] != "operation" {
		return frame{}, false
	}
	var addressee []Mention
	if s := t.child(h, "nsubj"); s >= 0 {
		addressee = c.argsOf(s, true) // "demanded that Iran comply or face …"
	}
	v := t.head[h]
	for v >= 0 && t.child(v, "nsubj") < 0 {
		v = t.head[v] // "an ultimatum/acl to pull back or face": the verb that gives it
	}
	if v < 0 {
		return frame{}, false
	}
	for _, rel := range []string{"iobj", "obj"} {
		if k := t.child(v, rel); len(addressee) == 0 && k >= 0 {
			addressee = c.argsOf(k, true) // "gave Hezbollah/iobj an ultimatum", "told Iran/obj to comply"
		}
	}
	f := frame{rel: schema.Threatened, trigger: i, conf: 0.7, rule: "verb-obj", subj: c.subjectOf(v, 0), obj: c.others(addressee, nil)}
	c.polarity(&f, v)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// reliedOn reads relying on another in a fight as fighting alongside it:
// "Washington, which relies on the Syrian Democratic Forces in the fight
// against Islamic State", "depends on Kurdish fighters in its campaign".
//
// Relying on another's aid is that aid: "Jordan relies on American military
// aid", "a government dependent on Russian loans". The aid's giver is its
// own modifier, so "relies on aid" alone names no one.
func (c *clause) reliedOn(i int) (frame, bool) {
	t := c.t
	l := t.lemma[i]
	verb := strings.HasPrefix(t.tag[i], "VB") && (l == "rely" || l == "depend" || l == "count")
	if !verb && l != "dependent" && l != "reliant" {
		return frame{}, false
	}
	on := c.prepChild(i, "on")
	if on < 0 {
		return frame{}, false
	}
	if reliedNouns[t.lemma[on]] != "" {
		return c.reliedOnAid(i, on, verb)
	}
	if !verb {
		return frame{}, false
	}
	fight := false
	for _, w := range []int{i, on} {
		for _, k := range t.kids[w] {
			if (relIs(t.rel[k], "obl") || relIs(t.rel[k], "nmod")) && (t.caseOf(k) == "in" || t.caseOf(k) == "for") && (struggleNouns[t.lemma[k]] || c.attackNoun(k)) {
				fight = true
			}
		}
	}
	if !fight {
		return frame{}, false
	}
	f := frame{rel: schema.CooperatedWith, trigger: i, conf: 0.7, rule: "verb-prep", subj: c.subjectOf(i, 0), obj: c.argsOf(on, true)}
	c.polarity(&f, i)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// reliedOnAid reads a reliance on the aid or backing at on (see reliedOn).
// The one who relies is the verb's subject, or the noun or subject that
// the adjective at i describes.
func (c *clause) reliedOnAid(i, on int, verb bool) (frame, bool) {
	t := c.t
	giver := c.eventAgent(on, 0)
	var subj []Mention
	switch h, s := t.head[i], t.child(i, "nsubj"); {
	case verb:
		subj = c.subjectOf(i, 0)
	case s >= 0: // "Amman is dependent on …"
		subj = c.argsOf(s, false)
	case h >= 0 && t.rel[i] != "root" && strings.HasPrefix(t.tag[h], "N"): // "an army, dependent on …"
		subj = c.argsOf(h, false)
	}
	rel := reliedNouns[t.lemma[on]]
	if t.hasChildLemma(on, "amod", materialKinds...) || t.hasChildLemma(on, "compound", materialKinds...) {
		rel = schema.ProvidedAidTo // "U.S. military/logistical support"
	}
	f := frame{rel: rel, trigger: on, conf: 0.65, rule: "noun-poss", subj: giver, obj: c.others(subj, giver)}
	c.polarity(&f, i)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// reliedNouns are what one relies on another for, by the relation the
// giving is.
var reliedNouns = map[string]schema.Relation{
	"aid": schema.ProvidedAidTo, "assistance": schema.ProvidedAidTo, "funding": schema.ProvidedAidTo, "loan": schema.ProvidedAidTo,
	"subsidy": schema.ProvidedAidTo, "weapon": schema.ProvidedAidTo, "arms": schema.ProvidedAidTo, "money": schema.ProvidedAidTo,
	"largesse": schema.ProvidedAidTo, "handout": schema.ProvidedAidTo, "support": schema.Supported, "backing": schema.Supported,
	"protection": schema.Supported,
}

// wordsFor reads words or remarks by their tone: "had harsh words for
// Russia" criticizes it, "had kind words for Macron" supports him, "made
// disparaging remarks about Mexico", "Trump's favorable comments on
// Putin". i is the noun; the speaker is its owner or the subject of the
// verb that has, makes or offers it.
func (c *clause) wordsFor(i int) (frame, bool) {
	t := c.t
	preps, ok := remarkPreps[t.lemma[i]]
	if !ok || !strings.HasPrefix(t.tag[i], "NN") {
		return frame{}, false
	}
	rel := schema.Relation("")
	for _, a := range t.kids[i] {
		if t.rel[a] == "amod" || t.rel[a] == "compound" { // ("kind/NN words")
			rel = wordTones[c.toks[a].key]
		}
	}
	if rel == "" {
		return frame{}, false
	}
	k := c.prepChildIn(i, preps)
	v := t.head[i]
	f := frame{rel: rel, trigger: i, mod: schema.Asserted, conf: 0.7, rule: "verb-prep"}
	switch p := t.child(i, "nmod:poss"); {
	case p >= 0:
		f.subj = c.argsOf(p, false)
	case t.rel[i] == "obj" && v >= 0 && wordsVerbs[t.lemma[v]]:
		f.subj = c.subjectOf(v, 0)
		if k < 0 {
			k = c.prepChildIn(v, preps) // the phrase hung on the verb
		}
	}
	if k < 0 {
		return frame{}, false
	}
	f.obj = c.argsOf(k, true)
	if v >= 0 && t.rel[i] == "obj" {
		c.polarity(&f, v)
	} else {
		c.nounPolarity(&f, i)
	}
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// wordsVerbs have, make or give words for someone; remarkPreps are the
// prepositions of whom words and remarks are for or about; wordTones
// tell praise from rebuke by the words' adjective.
var (
	wordsVerbs  = map[string]bool{"have": true, "reserve": true, "save": true, "offer": true, "make": true}
	remarkPreps = map[string][]string{
		"word": {"for", "about"}, "remark": {"about", "on", "toward", "towards", "against"},
		"comment": {"about", "on", "toward", "towards", "against"}, "statement": {"about", "on", "toward", "towards", "against"},
	}
	wordTones = map[string]schema.Relation{
		"harsh": schema.Criticized, "strong": schema.Criticized, "tough": schema.Criticized, "sharp": schema.Criticized, "stern": schema.Criticized,
		"blunt": schema.Criticized, "angry": schema.Criticized, "fiery": schema.Criticized, "pointed": schema.Criticized, "choice": schema.Criticized,
		"scathing": schema.Criticized, "withering": schema.Criticized, "disparaging": schema.Criticized, "derogatory": schema.Criticized,
		"insulting": schema.Criticized, "critical": schema.Criticized, "hostile": schema.Criticized,
		"kind": schema.Supported, "warm": schema.Supported, "glowing": schema.Supported, "nice": schema.Supported, "effusive": schema.Supported,
		"flattering": schema.Supported, "favorable": schema.Supported, "favourable": schema.Supported, "complimentary": schema.Supported,
		"positive": schema.Supported,
	}
)

// struggleNouns name a struggle one side wages with partners.
var struggleNouns = map[string]bool{"fight": true, "war": true, "battle": true, "campaign": true, "struggle": true, "offensive": true, "operation": true}

// ledNouns are the undertakings one leads and others join.
var ledNouns = map[string]bool{
	"coalition": true, "alliance": true, "mission": true, "operation": true, "campaign": true, "force": true,
	"effort": true, "patrol": true, "exercise": true, "drill": true, "blockade": true, "task": true,
	"strike": true, "airstrike": true, "offensive": true, "invasion": true, "intervention": true, "raid": true, "bombing": true, "war": true,
}

// grantLemmas take up another's offer, demand or claim; refused, they
// reject it.
var grantLemmas = map[string]bool{"accept": true, "recognise": true, "recognize": true, "grant": true, "heed": true, "meet": true}

// answeredRequest reports whether the request noun i is what a verb of
// yielding or refusing answers, and so made of that verb's subject:
// "rejected requests from Washington". Not "accepted a phone call from
// Taiwan's president" nor "did not reject Trump's calls for Russia to be
// readmitted" (a call is an appeal to whoever answers it only as a call
// to act), "after his guilty plea", or "rejecting Trump's appeal for
// patriotism" (to all).
func (c *clause) answeredRequest(i int) bool {
	t := c.t
	v := t.head[i]
	if v < 0 || t.rel[i] != "obj" && !relIs(t.rel[i], "obl") || !answerLemmas[t.lemma[v]] || t.hasChildLemma(i, "amod", "guilty") {
		return false
	}
	switch t.lemma[i] {
	case "call":
		return slices.ContainsFunc(t.kids[i], func(k int) bool {
			return t.rel[k] == "acl" && t.hasChildLemma(k, "mark", "to") && !t.hasChildLemma(k, "mark", "for")
		})
	case "appeal":
		return c.prepChild(i, "for") < 0
	}
	return true
}

// refuserActs reports whether the one who refuses at v is the frame's
// subject, or none is named: "Russia refused to meet Obama" is Russia's
// rejection, but in "Russia refused to grant requests from Washington"
// the requests are Washington's, made of Russia, whatever it did.
func (c *clause) refuserActs(f *frame, v int) bool {
	if f.rel != schema.CalledOn && f.rel != schema.Demanded {
		return true // ("refused to reaffirm America's commitment to NATO": the refuser's own)
	}
	s := c.subjectOf(v, 0)
	return len(s) == 0 || len(f.subj) == 0 || slices.ContainsFunc(f.subj, func(m Mention) bool {
		return slices.ContainsFunc(s, func(n Mention) bool { return sameActor(m, n) })
	})
}

// refusedToAccept reads a refusal to accept, grant or recognise another's
// offer, request, demand or claim as its rejection: "North Korea refused to accept a South
// Korean offer of vaccines", "would not accept any deadline imposed by
// Washington", "would never recognise Moscow's claim to the territories".
func (c *clause) refusedToAccept(i int) (frame, bool) {
	t := c.t
	o := t.child(i, "obj")
	if !strings.HasPrefix(t.tag[i], "VB") || !grantLemmas[t.lemma[i]] || o < 0 || !targetNouns[t.lemma[o]] && !offerNouns[t.lemma[o]] && !metTargets[t.lemma[o]] {
		return frame{}, false
	}
	f := frame{rel: schema.Rejected, trigger: i, conf: 0.7, rule: "verb-obj", subj: c.subjectOf(i, 0), obj: c.argsOf(o, true)}
	c.polarity(&f, i)
	if h := t.head[i]; h >= 0 && t.rel[i] == "xcomp" && (t.lemma[h] == "refuse" || t.lemma[h] == "decline") {
		f.neg = true // "refused to accept"
	}
	if !f.neg {
		return frame{}, false
	}
	f.neg, f.mod = false, schema.Asserted // the refusal is made now
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// acceptLemmas receive an event that happened whether or not they take
// it: "won't accept Macron's attacks".
var acceptLemmas = map[string]bool{"accept": true, "welcome": true}

// receiveLemmas take an event noun whose object is their subject: "drew
// threats from", "faced criticism from", "received support from".
// metTargets are what "meet" fulfils rather than meets with.
var metTargets = map[string]bool{
	"demand": true, "requirement": true, "condition": true, "target": true, "criterion": true, "criteria": true,
	"standard": true, "deadline": true, "goal": true, "need": true, "obligation": true, "expectation": true,
	"commitment": true, "term": true, "request": true, "threshold": true, "benchmark": true, "challenge": true,
	"fate": true, "end": true, "death": true, "demise": true,
}

// metChallenges are what "meet" answers: "meet any escalation by Iran
// with force", "met his match".
var metChallenges = map[string]bool{
	"escalation": true, "aggression": true, "provocation": true, "complaint": true, "concern": true, "threat": true, "attack": true, "match": true,
}

// answersInAnger reports whether the verb v takes the accusation at i as
// what it condemns or hits back at: "condemned the accusations", "hit
// back at US accusations", "lashed out at the charges".
func (c *clause) answersInAnger(v, i int) bool {
	t := c.t
	switch l := t.lemma[v]; {
	case t.rel[i] == "obj":
		return l == "condemn" || l == "denounce" || l == "slam" || l == "blast" || l == "criticize" || l == "criticise"
	case relIs(t.rel[i], "obl") && t.caseOf(i) == "at":
		return (l == "hit" || l == "strike" || l == "fire" || l == "push") && (t.hasChildLemma(v, "compound:prt", "back") || t.hasChildLemma(v, "advmod", "back")) || l == "lash" && (t.hasChildLemma(v, "compound:prt", "out") || t.hasChildLemma(v, "advmod", "out"))
	}
	return false
}

// claimNamesAnother reports whether the content clause of the claim
// noun at i names as its subject an actor other than the subject of v:
// "condemned US accusations that Iran attacked the tankers" is no
// accusation of the one condemning.
func (c *clause) claimNamesAnother(i, v int) bool {
	t := c.t
	own := c.subjectOf(v, 0)
	// (The parser may hang the clause on the verb, after the noun.)
	for _, k := range append(slices.Clone(t.kids[i]), t.kids[v]...) {
		if t.rel[k] != "acl" && t.rel[k] != "ccomp" && t.rel[k] != "acl:relcl" && t.rel[k] != "parataxis" || t.head[k] == v && k < i {
			continue
		}
		if sb := t.child(k, "nsubj"); sb >= 0 && t.tag[sb] == "PRP" {
			continue // "accusations it harbours …": "it" is who answers
		}
		for _, m := range c.argsOf(t.child(k, "nsubj"), false) {
			if !slices.ContainsFunc(own, func(o Mention) bool { return sameActor(o, m) }) {
				return true
			}
		}
	}
	return false
}

// answerLemmas yield to or resist a demand or an appeal made of their
// subject.
var answerLemmas = map[string]bool{
	"cede": true, "bow": true, "yield": true, "accede": true, "submit": true, "comply": true, "heed": true,
	"reject": true, "refuse": true, "resist": true, "defy": true, "ignore": true, "rebuff": true, "meet": true,
	"accept": true, "satisfy": true, "grant": true, "capitulate": true, "succumb": true, "cave": true, "bend": true,
	"dismiss": true, "spurn": true, "brush": true, "shrug": true,
}

// refuseLemmas are the answerLemmas that turn a demand or an appeal down.
var refuseLemmas = map[string]bool{
	"reject": true, "refuse": true, "resist": true, "defy": true, "ignore": true, "rebuff": true,
	"dismiss": true, "spurn": true, "brush": true, "shrug": true,
}

var receiveLemmas = map[string]bool{
	"draw": true, "receive": true, "face": true, "earn": true, "attract": true, "get": true,
	"win": true, "accept": true, "welcome": true, "suffer": true, "incur": true, "endure": true,
}

// peaceTalks reports whether the word at i is "talks" that negotiate a
// settlement, which the guideline counts as negotiations: "peace talks",
// "nuclear talks", "trade talks", "a round of talks".
func peaceTalks(t *tree, i int) bool {
	if t.lemma[i] != "talk" {
		return false
	}
	if h := t.head[i]; h >= 0 && relIs(t.rel[i], "nmod") && t.caseOf(i) == "of" && t.lemma[h] == "round" {
		return true
	}
	for _, k := range t.kids[i] {
		if (t.rel[k] == "compound" || t.rel[k] == "amod") && negotiatedTopics[strings.ToLower(t.lemma[k])] { // "Trade/NNP talks" opening a sentence
			return true
		}
		if c := t.caseOf(k); relIs(t.rel[k], "nmod") && (c == "on" || c == "over" || c == "about") && (negotiatedTopics[t.lemma[k]] || negotiatedThings[t.lemma[k]]) {
			return true // "talks on the withdrawal agreement", "talks over a deal"
		}
		if aimsAtAccord(t, k) {
			return true // "talks with Japan with the aim of reaching agreement", "talks to reach a deal"
		}
	}
	if h := t.head[i]; h >= 0 {
		for _, k := range t.kids[h] {
			if k > i && aimsAtAccord(t, k) {
				return true // the purpose hung on the verb: "enter into talks with Japan with the aim of reaching agreement"
			}
		}
	}
	return false
}

// aimsAtAccord reports whether k is a purpose of reaching a deal: "to
// reach a deal", "with the aim of reaching agreement".
func aimsAtAccord(t *tree, k int) bool {
	v := k
	if relIs(t.rel[k], "nmod") || relIs(t.rel[k], "obl") {
		if t.lemma[k] != "aim" && t.lemma[k] != "goal" && t.lemma[k] != "view" && t.lemma[k] != "hope" {
			return false
		}
		v = -1
		for _, j := range t.kids[k] {
			if t.rel[j] == "acl" && t.tag[j] == "VBG" {
				v = j // "the aim of reaching"
			}
		}
	} else if t.rel[k] != "acl" && t.rel[k] != "advcl" || !t.hasChildLemma(k, "mark", "to") {
		return false
	}
	if v < 0 || t.lemma[v] != "reach" && t.lemma[v] != "conclude" && t.lemma[v] != "strike" && t.lemma[v] != "negotiate" {
		return false
	}
	o := t.child(v, "obj")
	return t.lemma[v] == "negotiate" || o >= 0 && negotiatedThings[t.lemma[o]]
}

// truceNouns end fighting on terms the parties negotiate.
var truceNouns = map[string]bool{"ceasefire": true, "cease-fire": true, "truce": true, "settlement": true, "armistice": true}

// negotiatedThings are what talks on or over them negotiate.
var negotiatedThings = map[string]bool{
	"deal": true, "agreement": true, "treaty": true, "accord": true, "pact": true, "program": true,
	"programme": true, "withdrawal": true, "terms": true, "tariff": true, "sanction": true,
}

// negotiatedTopics make talks negotiations: "nuclear talks".
var negotiatedTopics = map[string]bool{
	"peace": true, "ceasefire": true, "truce": true, "settlement": true, "nuclear": true, "trade": true,
	"arms": true, "disarmament": true, "denuclearization": true, "denuclearisation": true, "border": true,
	"normalization": true, "reunification": true, "armistice": true, "accession": true, "brexit": true,
	"indirect": true, "proximity": true, "membership": true, // "indirect talks": through mediators, no meeting
}

// holdLemmas have what others give: "has the support of X".
var holdLemmas = map[string]bool{"have": true, "enjoy": true, "retain": true, "keep": true, "secure": true, "obtain": true, "gain": true}

// intentNouns are what an actor pursues: "Obama's pursuit of a deal";
// seekNouns make a deal pursued a negotiation.
var (
	threatNouns = map[string]bool{"threat": true, "warning": true}
	// approachNouns take the event their owner pursues after "to":
	// "Trump's approach to negotiations with Pyongyang".
	approachNouns = map[string]bool{"approach": true, "commitment": true, "path": true, "road": true, "openness": true}
	// infinitiveAppeals call on their object only to do something: "pushed
	// Ukraine to investigate", "prodded Japan into action", "told China to
	// cut its surplus".
	infinitiveAppeals = map[string]bool{"push": true, "persuade": true, "convince": true, "prod": true, "tell": true, "want": true, "challenge": true, "require": true}
	threatLemmas      = map[string]bool{"threaten": true, "warn": true}
	intentNouns       = map[string]bool{"pursuit": true, "quest": true, "search": true, "push": true, "bid": true, "policy": true, "strategy": true, "goal": true, "aim": true, "program": true, "programme": true}
	seekNouns         = map[string]bool{"pursuit": true, "quest": true, "search": true, "push": true, "bid": true}
)

// seekLemmas make an agreement a negotiation: "seeking a deal with".
var seekLemmas = map[string]bool{"seek": true, "pursue": true, "discuss": true, "negotiate": true, "want": true, "propose": true, "push": true, "work": true}

// amongParties reports whether one of subj is one of parties, or holds
// office in one of them: Trump in "a pact between the U.S. and Mexico".
func (c *clause) amongParties(subj, parties []Mention) bool {
	for _, s := range subj {
		for _, a := range s.Actors {
			for _, p := range parties {
				if slices.ContainsFunc(p.Actors, func(b schema.Actor) bool { return b.ID == a.ID || a.Country != "" && b.ID == a.Country }) {
					return true
				}
			}
		}
	}
	return false
}

// opinionTopics are what one agrees on as a view, no undertaking: "agreed
// with Rome on the need for reform".
var opinionTopics = map[string]bool{"need": true, "importance": true, "necessity": true, "view": true, "point": true, "assessment": true}

// agreedWith reads "agreed with Ottawa to extend the travel curbs",
// "agreed with Seoul on a cost-sharing plan": a joint undertaking settled
// with the partner is an agreement (not "agreed with Macron that …",
// "agreed with his view": a shared opinion). i is the verb.
func (c *clause) agreedWith(i int) (frame, bool) {
	t := c.t
	k := c.prepChild(i, "with")
	if k < 0 || c.headOf[k] < 0 || t.child(i, "obj") >= 0 || t.child(i, "ccomp") >= 0 {
		return frame{}, false
	}
	terms := slices.ContainsFunc(t.kids[i], func(q int) bool {
		return (t.rel[q] == "xcomp" || t.rel[q] == "advcl") && t.hasChildLemma(q, "mark", "to") && q > k ||
			relIs(t.rel[q], "obl") && t.caseOf(q) == "on" && c.headOf[q] < 0 && !monthOrDay[c.toks[q].key] && !timeNouns[c.toks[q].key] && !opinionTopics[t.lemma[q]] &&
				!wishNouns[t.lemma[q]] && len(c.x.lex.Lookup(t.lemma[q], schema.Noun)) == 0 // (an event noun there is read as that event: "agreed with Putin on a call for a truce")
	})
	if !terms {
		return frame{}, false
	}
	f := frame{rel: schema.SignedAgreementWith, trigger: i, mod: schema.Asserted, conf: 0.7, rule: "verb-prep"}
	f.subj, f.obj = c.subjectOf(i, 0), c.argsOf(k, true)
	c.polarity(&f, i)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// penaltyFor returns the penalty noun that the "for" phrase at p gives the
// reason of, the phrase hung on the verb or on the verb above it ("is
// expected to impose sanctions on Minsk, perhaps next month, for its
// raids"), or -1.
func (c *clause) penaltyFor(p int) int {
	t := c.t
	h := t.head[p]
	if h < 0 || !relIs(t.rel[p], "obl") || t.caseOf(p) != "for" {
		return -1
	}
	v := h
	if x := t.child(h, "xcomp"); x >= 0 && x < p {
		v = x
	}
	if o := t.child(v, "obj"); o >= 0 && o < p && penaltyNouns[t.lemma[o]] {
		return o
	}
	return -1
}

// forAgain reports whether the "for" phrase at k follows another on the
// same verb: "called for sanctions on Moscow for its invasion of
// Ukraine" asks for the first; the second gives the reason, a deed done.
func (c *clause) forAgain(k int) bool {
	t := c.t
	h := t.head[k]
	return h >= 0 && slices.ContainsFunc(t.kids[h], func(q int) bool { return q < k && relIs(t.rel[q], "obl") && t.caseOf(q) == "for" })
}

// objectParticiple reports whether the participle at i, which the parser
// hung on a verb as its complement, describes that verb's object: "arms
// the Peshmerga fighting IS", "backs the rebels battling Assad". The
// fighters fight whatever the verb above says of its own act, so its
// modality stays its own ("to support the YPG fighting IS"). A verb of
// backing takes no such complement; one of seeing or keeping does ("kept
// Iran from attacking", "saw Russia bombing Aleppo").
func (c *clause) objectParticiple(i int) bool {
	t := c.t
	h := t.head[i]
	if t.tag[i] != "VBG" || t.rel[i] != "xcomp" || h < 0 || t.child(i, "mark") >= 0 {
		return false
	}
	o := t.child(h, "obj")
	if s := t.child(i, "nsubj"); o < 0 && s >= 0 && s < i {
		o = s // "to support [the YPG fighting IS]", read as a small clause
	}
	if o < 0 || c.headOf[o] < 0 && !strings.HasPrefix(t.tag[o], "NNP") { // an actor, or a people named ("the Kurds"), not "spent hours working with"
		return false
	}
	if _, end := t.span(o); end != i-1 {
		return false
	}
	return slices.ContainsFunc(c.x.lex.Lookup(t.lemma[h], schema.Verb), func(e schema.LexiconEntry) bool {
		return e.Relation == schema.Supported || e.Relation == schema.ProvidedAidTo
	})
}

// modalNoun reports whether the event noun at i, a dependent of h, is only
// a possibility through the predicate it describes: the predicate noun of
// a modal copula ("should be a ground for China-U.S. coordination", "could
// be the start of a war with Iran"), or the form or likeness a modal verb
// gives ("war could take the form of US strikes", "could look like an
// invasion of Iran").
func modalNoun(t *tree, i, h int) bool {
	modal := func(v int) bool {
		return v >= 0 && t.hasChildLemma(v, "aux", "would", "could", "might", "may", "should", "must", "can")
	}
	r := t.rel[i]
	switch {
	case (relIs(r, "nmod") || r == "obj" && strings.HasPrefix(t.tag[h], "NN")) && t.child(h, "cop") >= 0:
		return modal(h)
	case relIs(r, "nmod") && t.caseOf(i) == "of" && (t.lemma[h] == "form" || t.lemma[h] == "shape") && t.rel[h] == "obj":
		return modal(t.head[h])
	case (relIs(r, "obl") || relIs(r, "nmod")) && t.caseOf(i) == "like" && (t.lemma[h] == "look" || t.lemma[h] == "seem" || t.lemma[h] == "sound"):
		return modal(h)
	}
	return false
}

// polarity sets negation, modality and the reporter of a frame whose
// predicate is the word at i.
func (c *clause) polarity(f *frame, i int) {
	t := c.t
	f.mod = schema.Asserted
	if h := t.head[i]; h >= 0 && t.lemma[h] == "process" && t.rel[h] == "obj" && t.head[h] >= 0 && startLemmas[t.lemma[t.head[h]]] && t.hasChildLemma(i, "mark", "of") {
		i = t.head[h] // "will begin the process of reimposing sanctions": as the beginning goes
	}
	// The negation and auxiliaries of the predicate, and of the verbs that
	// control it ("did not agree to meet"), count; those of a clause that
	// merely embeds it ("has not said whether X met Y") do not.
	own := true
	if o := t.child(i, "obj"); o >= 0 && (t.hasChildLemma(o, "det", "no") ||
		t.hasChildLemma(o, "det", "any") && (t.hasChildLemma(o, "advmod", "hardly", "scarcely", "barely") || t.hasChildLemma(i, "advmod", "hardly", "scarcely", "barely"))) {
		f.neg = true // "held no talks with", "sent hardly any aid to"
	}
	if t.hasChildLemma(i, "det", "any") && t.hasChildLemma(i, "advmod", "hardly", "scarcely", "barely") {
		f.neg = true // "hardly any contact with"
	}
	if s := t.child(i, "nsubj"); s >= 0 && t.hasChildLemma(s, "det", "no") {
		f.neg = true // "No sitting US president has ever met a North Korean leader"
	}
	if s := t.child(i, "nsubj"); s >= 0 && (t.hasChildLemma(s, "det", "neither") || t.hasChildLemma(s, "cc:preconj", "neither") || slices.ContainsFunc(t.conjuncts(s), func(k int) bool { return t.hasChildLemma(k, "cc", "nor") })) {
		f.neg = true // "Neither Russia nor China criticized North Korea"
	}
	if tr := f.trigger; tr >= 0 && tr != i && t.head[tr] == i && !boundedRels[f.rel] && c.stopped(tr) && !c.soughtStop(i) {
		f.neg = true // "will be ending joint exercises with Seoul", read on the verb
	}
	if h := t.head[i]; h >= 0 && t.rel[i] == "nsubj" && strings.HasPrefix(t.tag[i], "NN") && oddsWords[t.lemma[h]] && t.child(h, "cop") >= 0 && (t.child(h, "xcomp") < 0 || t.happened(t.child(h, "xcomp")) || startLemmas[t.lemma[t.child(h, "xcomp")]]) {
		// (Not "Trump's threat is likely to exacerbate tensions": the
		// odds are of what the threat does.)
		f.mod = schema.Hypothetical // "a North Korean attack on the South is unlikely", "talks are likely to start soon"
	}
	aside := false    // past a participle set off by a comma: "denied using gas, attributing the attack to the rebels"
	inClause := false // past an adverbial or adjectival clause: "didn't believe that was possible when the US was invading Iraq"
	for p, depth := i, 0; p >= 0 && depth < 4; p, depth = t.head[p], depth+1 {
		for _, k := range t.kids[p] {
			l := t.lemma[k]
			if !own && t.rel[k] != "mark" {
				continue
			}
			switch {
			case (t.rel[k] == "advmod" || t.rel[k] == "det") && (l == "not" || l == "never" || l == "n't" || l == "no") && !(t.rel[k] == "det" && p != i) && !(p != i && hesitateWords[t.lemma[p]]):
				f.neg = true
			case t.rel[k] == "cc" && (l == "rather" || l == "instead") && p == i && t.rel[i] == "conj":
				f.neg = true // "abstained rather than vetoing the resolution"
			case t.rel[k] == "cc" && l == "but" && p == i && t.rel[i] == "conj" && t.hasChildLemma(i, "mark", "to") && t.head[i] >= 0 && (t.tag[t.head[i]] == "VBZ" || t.tag[t.head[i]] == "VBP") && f.mod == schema.Asserted:
				f.mod = schema.Future // "has no choice but to impose duties": bound to, not done yet
			case strings.HasPrefix(t.rel[k], "cc") && (l == "neither" || l == "nor") && (p == i || firstWord(c.toks, k)):
				f.neg = true // "will neither beg the US for dialogue nor accept its demands", "Nor did it commit the Taliban to talks"
			case t.rel[k] == "advmod" && l == "yet" && p == i && t.hasChildLemma(i, "mark", "to") && (t.child(i, "cop") >= 0 || t.child(i, "aux") >= 0):
				f.neg = true // "is yet to visit China", read with "is" for copula
			case t.rel[k] == "advmod" && l == "yet" && t.rel[i] == "xcomp" && t.head[i] >= 0 && (t.lemma[t.head[i]] == "have" || t.lemma[t.head[i]] == "be") && (p == i || depth == 1):
				f.neg = true // "China has yet to condemn Russia"
			case t.rel[k] == "advmod" && (c.toks[k].key == "longer" || c.toks[k].key == "more") && t.hasChildLemma(k, "advmod", "no"):
				f.neg = true // "was no longer insisting", "would no more attack"
			case t.rel[k] == "aux" && (l == "will" || l == "would") && p != i && depth == 1 && t.rel[i] == "xcomp" && (t.lemma[p] == "continue" || t.lemma[p] == "keep"):
				// "said the U.S. would continue to support the opposition":
				// what goes on is done now, whatever is said of its future.
			case t.rel[k] == "aux" && (l == "will" || l == "shall" || l == "'ll" || l == "wo"):
				if f.mod == schema.Asserted {
					f.mod = schema.Future
				}
			case t.rel[k] == "aux" && (l == "would" || l == "could" || l == "might" || l == "may" || l == "should" || l == "must" || l == "can"):
				f.mod = schema.Hypothetical
			case t.rel[k] == "mark" && (l == "if" || l == "unless" || l == "whether"):
				f.mod = schema.Hypothetical
			case t.rel[k] == "mark" && l == "to" && (p == i || depth == 1 && t.rel[i] == "conj" && t.hasChildLemma(i, "mark", "to")) && t.child(p, "nsubj") >= 0 && f.mod == schema.Asserted:
				// A headline's "Shultz to visit Moscow", and "for the U.S. and
				// North Korea to make progress and to come to an agreement".
				f.mod = schema.Future
			}
		}
		r := t.rel[p]
		h := t.head[p]
		if h < 0 || p == i && c.objectParticiple(i) {
			break
		}
		if r == "advcl" && t.tag[p] == "VBG" && p > 0 && c.toks[p-1].key == "," {
			aside = true
		}
		inClause = inClause || r == "advcl" || strings.HasPrefix(r, "acl")
		if r == "advcl" && p == i && t.hasChildLemma(p, "mark", "until", "till") && (t.tag[p] == "VBZ" || t.tag[p] == "VBP") && f.mod == schema.Asserted {
			f.mod = schema.Hypothetical // "will not negotiate until Turkey recognises Greek rights": not yet done
			break
		}
		if r == "advcl" && p == i && t.hasChildLemma(p, "advmod", "when") && t.hasChildLemma(h, "aux", "will", "shall", "'ll") && f.mod == schema.Asserted && !t.hasChildLemma(p, "aux", "have") {
			f.mod = schema.Future // "the test will come when Xi and Trump meet": to come too
			break
		}
		if r == "advcl" && (t.hasChildLemma(p, "mark", "after", "before", "since", "while", "when", "following", "because", "although", "though", "whereas") ||
			t.hasChildLemma(p, "mark", "as") && (t.tag[p] == "VBD" || t.tag[p] == "VBZ" || t.tag[p] == "VBP")) {
			// (And a clause of reason, concession or circumstance: "stopped
			// short of condemning them as the kingdom pursued its own talks".)
			if t.hasChildLemma(p, "mark", "while", "when") && t.hasChildLemma(h, "aux", "will", "shall", "'ll") && f.mod == schema.Asserted && !t.hasChildLemma(p, "aux", "have") {
				f.mod = schema.Future // "will meet activists while he's in Russia this week": the stay is to come too
			}
			break // a time clause is taken as fact: "whether a deal was possible after meeting Putin"
		}
		if (r == "advcl" || relIs(r, "obl") || relIs(r, "nmod")) && (t.hasChildLemma(p, "mark", "toward", "towards") || t.caseOf(p) == "toward" || t.caseOf(p) == "towards") && f.mod != schema.Hypothetical && t.lemma[p] != "end" {
			f.mod = schema.Hypothetical // "work together toward making a deal with Iran", "steps toward talks": a goal, not done
		}
		if (p == i || depth == 1 && t.hasChildLemma(i, "mark", "to")) && t.tag[p] == "VBG" && f.mod == schema.Asserted && ((r == "advcl" || r == "acl" || relIs(r, "obl") || relIs(r, "nmod")) && (t.hasChildLemma(p, "mark", "about") || t.caseOf(p) == "about") && talkAboutLemmas[t.lemma[h]] ||
			(r == "obj" || r == "xcomp" || r == "ccomp") && topicLemmas[t.lemma[h]]) {
			// "met developers about sharing nuclear technology with Saudi
			// Arabia", "discussed sharing intelligence with Israel": what
			// is talked about is not done by the talk.
			f.mod = schema.Hypothetical
		}
		if v := t.head[h]; r == "acl" && t.hasChildLemma(p, "mark", "to") && t.rel[h] == "obj" && v >= 0 && (t.lemma[v] == "send" || t.lemma[v] == "dispatch" || t.lemma[v] == "deploy") && !ownActNouns[t.lemma[h]] && f.mod == schema.Asserted {
			// "will send a delegation to meet Indonesian ministers":
			// the purpose of those sent is as real as the sending.
			var g frame
			c.polarity(&g, v)
			f.mod, f.neg = g.mod, f.neg || g.neg
			break
		}
		if r == "acl" && p == i && t.hasChildLemma(p, "mark", "to") && ordinalHead(t, h) && t.child(h, "cop") >= 0 && f.mod == schema.Asserted {
			// "will be the first French president to visit Angola": the
			// visit is as the copula's time has it ("is not the first to
			// visit" still visits).
			var g frame
			c.polarity(&g, h)
			f.mod = g.mod
			break
		}
		if r == "acl" && t.tag[p] == "VBG" && t.hasChildLemma(p, "mark", "for") && optionNouns[t.lemma[h]] && f.mod == schema.Asserted {
			f.mod = schema.Hypothetical // "options for confronting the Islamic State": one course weighed
		}
		if r == "advcl" && t.hasChildLemma(p, "advmod", "instead") {
			break // "reluctant to take military action, instead supplying the rebels": what is done instead is done
		}
		if r == "csubj" && t.tag[p] == "VBG" && t.hasChildLemma(h, "aux", "will", "would", "could", "might", "may", "can", "should", "'ll") {
			f.mod = schema.Hypothetical // "getting the U.S. to attack Syria will send a message": a course weighed
		}
		if (relIs(r, "obl") || relIs(r, "nmod")) && t.caseOf(p) == "despite" {
			break // what a clause goes ahead despite is fact: "could seek a resolution despite Russian vetoes"
		}
		if aside && r == "xcomp" && attemptLemmas[t.lemma[h]] && p != i {
			break // "sought to defend himself, threatening Erdogan": the means is done, whatever came of the aim
		}
		if r == "advcl" && t.hasChildLemma(p, "mark", "to") {
			r = "xcomp" // the parser takes some controlled infinitives for purposes
		}
		if (r == "advcl" || r == "acl" || relIs(r, "obl")) && (t.hasChildLemma(p, "mark", "against", "from") || t.caseOf(p) == "against" || t.caseOf(p) == "from") && t.tag[p] == "VBG" &&
			!(h >= 0 && preventLemmas[t.lemma[h]] && c.negated(h)) {
			f.mod = schema.Hypothetical // "warned Russia against invading", "kept Iran from attacking" (but "did not stop Obama from teaming up": he did)
		}
		// "will be in Italy and leave/conj for Paris": a bare verb
		// coordinated with no auxiliary nor subject of its own shares the
		// first verb's.
		own = own && (r == "xcomp" || r == "obj" && p == i && strings.HasPrefix(t.tag[p], "NN") && causeLemmas[t.lemma[h]] || // "could provoke North Korean retaliation"
			p == i && relIs(r, "obl") && t.caseOf(p) == "for" && meetingNouns[t.lemma[p]] && t.child(p, "nmod:poss") < 0 || // "will join Trump for lunch": the lunch is the joining's

			r == "conj" && (t.tag[p] == "VB" || t.tag[p] == "VBP") && t.child(p, "aux") < 0 && t.child(p, "nsubj") < 0 ||
			r == "advcl" && t.tag[p] == "VBG" && (t.hasChildLemma(p, "mark", "by") || t.hasChildLemma(p, "mark", "with") && proceedLemmas[t.lemma[t.head[p]]]) || // "would retaliate by expelling", "would press ahead with toughening sanctions" (not "didn't last, with leaders accusing")
			r == "advcl" && t.tag[p] == "VBG" && t.hasChildLemma(p, "mark", "in") && partakeLemmas[t.lemma[t.head[p]]]) // "isn't involved in carrying out attacks": the part is the act
		hl := t.lemma[h]
		if p == i && !boundedRels[f.rel] && c.stopped(p) && c.soughtStop(h) {
			f.mod, f.neg = schema.Asserted, false
			break // "urged Ankara to stop shelling the Kurds", "called on Russia to stop its attacks": they go on, as the call says
		}
		if p == i && strings.HasPrefix(t.tag[p], "NN") && c.penaltyFor(p) >= 0 {
			break // "will impose sanctions on Minsk for its raids": what is punished was done
		}
		if r == "ccomp" && knowLemmas[hl] && slices.ContainsFunc(t.kids[p], func(k int) bool { return whWords[c.toks[k].key] }) {
			break // "want to know what Trump and Putin discussed": what they did, whatever is wanted of it
		}
		switch {
		case t.caseOf(p) == "for" && strings.HasPrefix(t.tag[p], "NN") && t.hasChildLemma(p, "det", "a", "an") && f.mod == schema.Asserted &&
			(relIs(r, "nmod") && c.leave(h) || relIs(r, "obl") && slices.ContainsFunc(t.kids[h], func(k int) bool { return t.rel[k] == "obj" && c.leave(k) })):
			f.mod = schema.Hypothetical // "sought approval for a military strike against Syria": asked leave for, not struck (not "approval for his deal with Iran", made)
		case p == i && (r == "advcl" || r == "xcomp") && t.hasChildLemma(p, "mark", "to") && t.child(h, "obj") >= 0 && t.child(h, "obj") < p && c.leave(t.child(h, "obj")) && f.mod == schema.Asserted:
			f.mod = schema.Hypothetical // "gave Erdogan a green light to invade": let, as "a green light to invade" is
		case p == i && (r == "advcl" || r == "xcomp" || r == "acl") && t.hasChildLemma(p, "mark", "to") && c.tookPains(h):
			// "went out of his way to praise Morsi", "took the
			// opportunity to criticize Russia": done, not meant.
		case p == i && r == "obj" && strings.HasPrefix(t.tag[p], "NN") && (hl == "prevent" || hl == "avert" || hl == "avoid" || hl == "deter" || hl == "forestall"):
			f.mod = schema.Hypothetical // "a mechanism to prevent accidental clashes between US and Russian aircraft": none yet, or never
		case p == i && r == "obj" && f.rel == schema.SignedAgreementWith && hinderLemmas[hl] && !t.hasChildLemma(p, "det", "the", "this", "that") && t.child(p, "nmod:poss") < 0:
			f.mod = schema.Hypothetical // "fighting could impede an India-Pakistan deal": none made yet (but "blocked the Chinese deal with Iran" was one)
		case p == i && strings.HasPrefix(t.tag[p], "NN") && t.caseOf(p) == "for" && readyLemmas[hl] && (strings.HasPrefix(t.tag[h], "JJ") || t.tag[h] == "VBN") && f.rel == schema.Attacked && f.mod == schema.Asserted:
			f.mod = schema.Hypothetical // "is poised for a military strike against Syria": not yet
		case p == i && r == "acl" && t.tag[p] == "VBG" && t.rel[h] == "obj" && t.head[h] >= 0 && enactLemmas[t.lemma[t.head[h]]] &&
			t.hasChildLemma(t.head[h], "aux", "would", "could", "should", "might", "may", "must") && f.mod == schema.Asserted:
			f.mod = schema.Hypothetical // "should pass a resolution supporting an Israeli attack": no such text yet
		case p == i && r == "obj" && strings.HasPrefix(t.tag[p], "NN") && hl == "see" && t.rel[h] == "xcomp" && t.head[h] >= 0 && seeWishLemmas[t.lemma[t.head[h]]] && f.mod == schema.Asserted:
			f.mod = schema.Hypothetical // "would like to see talks between the US and China": wished for
		case relIs(r, "acl") && hl == "extent" && t.hasChildLemma(p, "mark", "that"),
			r == "advcl" && slices.ContainsFunc(t.kids[p], func(k int) bool { return t.lemma[k] == "extent" && t.caseOf(k) == "to" && k < p }):
			f.mod = schema.Hypothetical // "to the extent that Taliban members provide support to al Qaeda": a condition
		case p == i && r == "nsubj:pass" && strings.HasPrefix(t.tag[p], "NN") && (hl == "need" || hl == "require") && f.mod == schema.Asserted:
			f.mod = schema.Hypothetical // "a new agreement is needed between the EU and the US": wanted, not made
		case p == i && strings.HasPrefix(t.tag[p], "NN") && f.mod == schema.Asserted && modalNoun(t, p, h):
			f.mod = schema.Hypothetical
		case p == i && relIs(r, "obl") && t.caseOf(p) == "to" && hl == "lead" && t.hasChildLemma(h, "compound:prt", "up") && f.mod == schema.Asserted:
			f.mod = schema.Future // "the weeks leading up to Kim's meetings with Moon and Trump"
		case p == i && r == "obj" && strings.HasPrefix(t.tag[p], "NN") && expectLemmas[hl]:
			// "Kyiv expects Washington's support": still to come; "Sweden
			// should not expect Ankara's support": none.
			if c.negated(h) {
				f.neg = true
			} else if f.mod == schema.Asserted {
				f.mod = schema.Future
			}
		case p == i && (r == "obj" && wishLemmas[hl] && hl != "seek" && hl != "arrange" && hl != "suggest" || relIs(r, "obl") && t.caseOf(p) == "for" && wishForLemmas[hl] && !c.forAgain(p)) && strings.HasPrefix(t.tag[p], "NN") && f.mod == schema.Asserted && !speechActs[f.rel]:
			// "wanted a Ukrainian investigation into Biden", "pressed for
			// talks with Iran": an event asked for is yet to be.
			f.mod = schema.Hypothetical
		case r == "ccomp" && hl == "mean" && (c.negated(h) || t.hasChildLemma(h, "nsubj", "none", "nothing")):
			f.mod = schema.Hypothetical // "None of this means the US and Iran are going to war"
		case r == "ccomp" && (findingLemmas[hl] || hl == "prove" || hl == "show" || hl == "confirm") && c.negated(h) && t.hasChildLemma(p, "mark", "that"):
			f.neg = true // "could not establish that Trump coordinated with Russia"
			own = false
		case r == "ccomp" && !inClause && (hl == "think" || hl == "believe" || hl == "suppose" || hl == "reckon") && t.child(h, "obj") < 0 && c.negated(h):
			f.neg = true // "I don't think that the Saudis and Iranians are engaged in a war": the speaker denies it
			own = false
		case (r == "xcomp" || r == "ccomp" || r == "obj") && t.tag[p] == "VBG" && hl == "rule" && t.hasChildLemma(h, "compound:prt", "out"):
			// "ruled out sending troops": none; "did not rule out sending
			// troops": a possibility.
			if c.negated(h) {
				f.mod, f.neg = schema.Hypothetical, false
			} else {
				f.neg = true
			}
			own = false
		case p == i && strings.HasPrefix(r, "nsubj") && (meetingNouns[t.lemma[p]] || journeyNouns[t.lemma[p]]) && t.hasChildLemma(h, "aux", "will", "shall", "'ll") && f.mod == schema.Asserted:
			f.mod = schema.Future // "the Trump–Kim summit will mark the first meeting": it is to come
		case (p == i || depth == 1 && t.rel[i] == "conj") && strings.HasPrefix(r, "nsubj") && strings.HasPrefix(t.tag[p], "NN") && conditionLemmas[hl] && f.mod == schema.Asserted:
			f.mod = schema.Hypothetical // "a meeting between Trump and Zelensky was conditioned on Ukraine announcing investigations": held out, not held
		case p == i && strings.HasPrefix(r, "nsubj") && strings.HasPrefix(t.tag[p], "NN") && scheduleLemmas[hl] && f.mod == schema.Asserted:
			f.mod = schema.Future // "a meeting between Putin and Erdogan is planned for next week", "talks are expected"
		case p == i && strings.HasPrefix(r, "nsubj") && strings.HasPrefix(t.tag[p], "NN") && occurLemmas[hl] && f.mod == schema.Asserted:
			// "talks between the US and China may resume", "a deal could
			// be coming soon", "the summit will take place in June": the
			// event is as certain as the verb that brings it about.
			switch {
			case t.hasChildLemma(h, "aux", "would", "could", "might", "may", "should", "must", "can"):
				f.mod = schema.Hypothetical
			case t.hasChildLemma(h, "aux", "will", "shall", "'ll"):
				f.mod = schema.Future
			}
		case r == "advcl" && t.hasChildLemma(p, "mark", "without") && t.tag[p] == "VBG" && !c.doubted(h),
			p == i && r == "obj" && t.tag[h] == "VBG" && t.hasChildLemma(h, "mark", "without") && (t.head[h] < 0 || !c.doubted(t.head[h])):
			// "left Cairo without securing a cease-fire deal between Israel
			// and Hamas"; but "can't achieve it without convincing Trump",
			// "unlikely he was held without offering assistance": done.
			f.neg = true
		case p == i && !boundedRels[f.rel] && c.stopped(p):
			// "would stop pressuring South Africa", "a freeze on U.S.
			// funding for the WHO": no more. (An end someone asks for was
			// read above: "pressed for an end to the war between Iran and
			// Iraq", they fight on.)
			f.neg = true
		case (r == "xcomp" && (hl == "refuse" || hl == "decline") || r == "acl" && hl == "refusal" && t.hasChildLemma(p, "mark", "to")) && hostile[f.rel] && p == i:
			f.neg = true // "declined to criticize Trump": no criticism, and no rejection of Trump
		case own && r == "xcomp" && (hl == "refuse" || hl == "decline") && c.refuserActs(f, h) || p == i && r == "acl" && hl == "refusal" && t.hasChildLemma(p, "mark", "to"):
			// "refused to meet X", "Iran's refusal to negotiate with X": a
			// rejection, not a meeting that failed (nor a participle under
			// the refused verb: "refused to blame Moscow, siding with Putin").
			f.rel, f.trigger = schema.Rejected, h
		case (r == "xcomp" && (hl == "fail" || hl == "unable") || r == "acl" && (hl == "failure" || hl == "inability") && t.hasChildLemma(p, "mark", "to")) && !(p == i && (t.lemma[i] == "persuade" || t.lemma[i] == "convince" || t.lemma[i] == "defeat")) && !c.occasion(i):
			// "failed to reach a deal with X", "was unable to meet Trump",
			// "Iran's failure to reach a deal"; but who failed to persuade
			// Obama still urged him, who cannot defeat the Taliban still
			// fights them, and "failed to reach a deal at their meeting"
			// met.
			f.neg = true
		case (r == "xcomp" || r == "ccomp") && t.tag[p] == "VBG" && hl == "avoid":
			f.neg = true // "avoided criticizing China"
		case r == "xcomp" && (hl == "have" || hl == "be") && t.hasChildLemma(h, "advmod", "yet"):
			f.neg = true // "has yet to meet Putin", "is yet to visit": not so far
		case r == "acl" && t.hasChildLemma(p, "mark", "to") && barredDeals[hl] && t.rel[h] == "obj" && t.head[h] >= 0 && preventLemmas[t.lemma[t.head[h]]] && !c.negated(t.head[h]),
			(r == "advcl" || r == "xcomp") && t.hasChildLemma(p, "mark", "to") && preventLemmas[hl] && !c.negated(h) && t.child(h, "obj") == p-2 && barredDeals[t.lemma[p-2]]:
			// "will ban any new contracts to deliver weapons to Russia",
			// "blocked a deal to sell jets to Turkey" (the parser may hang
			// the infinitive on the verb): none are delivered under them.
			f.neg = true
		case (r == "advcl" || relIs(r, "obl")) && (t.hasChildLemma(p, "mark", "from") || t.caseOf(p) == "from") &&
			(hl == "refrain" || hl == "abstain" || hl == "avoid" || hl == "desist" || hl == "hold" && t.hasChildLemma(h, "compound:prt", "off") || preventLemmas[hl]):
			// "will hold off from imposing tariffs", "blocked the State
			// Department from releasing"; but "did not stop Obama from
			// teaming up with Britain": he did.
			f.neg = !preventLemmas[hl] || !c.negated(h)
			if !f.neg {
				own = false // the negation above is spent
			}
		case (r == "advcl" || relIs(r, "obl")) && (t.hasChildLemma(p, "mark", "of") || t.caseOf(p) == "of") && (hl == "stop" && t.hasChildLemma(h, "advmod", "short") || hl == "short" && t.head[h] >= 0 && t.lemma[t.head[h]] == "stop"):
			f.neg = true // "stopped short of blaming Islamic State"
		case (relIs(r, "acl") || r == "ccomp") && evidenceNouns[hl] && (t.hasChildLemma(h, "det", "no") || t.hasChildLemma(h, "amod", "little", "scant", "insufficient") || t.hasChildLemma(h, "nummod", "zero")):
			f.neg = true // "there is no evidence that Iran attacked"
		case (r == "ccomp" || r == "xcomp" || r == "advcl" && t.child(p, "nsubj") < 0 && !c.denialHasContent(h) || r == "obj" || relIs(r, "nmod")) && hl == "deny" && !aside && !t.hasChildLemma(h, "advmod", "falsely", "wrongly", "untruthfully") &&
			!(p == i && r == "obj" && speechActs[f.rel]): // "denied Indian accusations that …": they were made
			// (Not an absolute with a subject of its own: "denied the
			// report, with its minister accusing Chile".)
			f.neg = true // "denied meeting X", "denied reports of talks with X"; not "falsely denied"
		case (r == "acl" || r == "ccomp" || relIs(r, "nmod")) && claimNouns[hl] && t.rebutted(h):
			f.neg = true // "rejected reports that Iran had attacked", "dismissed claims of a meeting"
		case (r == "ccomp" || r == "advcl" && t.hasChildLemma(p, "mark", "that")) && rebutLemmas[hl] && t.child(h, "obj") >= 0 && claimNouns[t.lemma[t.child(h, "obj")]]:
			f.neg = true // the parser hangs the clause on the verb: "rejected reports that …"
		case (r == "ccomp" || r == "acl") && t.hasChildLemma(p, "mark", "that") && t.tag[p] == "VB" && t.child(p, "aux") < 0 && (mandativeLemmas[hl] || requestNouns[hl]):
			// "requested that Ukraine investigate Biden", "his demand that
			// Iran release them": a subjunctive asked for, not yet done.
			f.mod = schema.Hypothetical
		case p == i && relIs(r, "obl") && t.caseOf(p) == "for" && t.child(h, "obj") >= 0 && futureNouns[t.lemma[t.child(h, "obj")]] && f.mod == schema.Asserted:
			// The same with the phrase hung on the verb: "scrapped plans
			// for/obl a meeting with Kim".
			if t.cancelled(t.child(h, "obj")) {
				f.neg = true
			} else {
				f.mod = schema.Future
			}
		case relIs(r, "nmod") && futureNouns[hl] && (t.caseOf(p) == "for" || t.caseOf(p) == "of") && f.mod == schema.Asserted:
			// "plans for the meeting are moving forward": to come; "scrapped
			// plans for a meeting with Kim": none.
			if t.cancelled(h) {
				f.neg = true
			} else {
				f.mod = schema.Future
			}
		case relIs(r, "obl") && t.caseOf(p) == "for" && (hl == "head" || hl == "set" || hl == "schedule") && p == i && f.mod == schema.Asserted:
			f.mod = schema.Future // "was headed to New York for talks with Pompeo", "a date has been set for his summit with Kim"
		case r == "xcomp" && slices.ContainsFunc(t.kids[h], func(j int) bool {
			return j < p && t.rel[j] == "xcomp" && t.tag[j] == "JJ" && (t.lemma[j] == "open" || hypoLemmas[t.lemma[j]])
		}):
			f.mod = schema.Hypothetical // "appeared open to resuming talks", the infinitive hung on the verb
		case (r == "advcl" || r == "acl") && t.tag[p] == "VBG" && (fearLemmas[hl] || fearLemmas[c.toks[h].key]) && (t.hasChildLemma(p, "mark", "about", "of", "over") || t.caseOf(p) == "about" || t.caseOf(p) == "of"):
			f.mod = schema.Hypothetical // "nervous about the US launching attacks on Iran": dreaded, not done
		case relIs(r, "obl") && (t.caseOf(p) == "for" || t.caseOf(p) == "of") && t.child(h, "obj") >= 0 && t.child(h, "obj") < p && ideaNouns[t.lemma[t.child(h, "obj")]] && f.mod == schema.Asserted:
			f.mod = schema.Hypothetical // "floated the idea/obj for a summit/obl with Putin", the phrase hung on the verb
		case relIs(r, "nmod") && ideaNouns[hl]:
			f.mod = schema.Hypothetical // "the idea of a summit between X and Y"
			if t.rebutted(h) {
				f.neg = true // "quashed the idea of a summit"
			}
		case r == "acl" && t.hasChildLemma(p, "mark", "to") && t.hasChildLemma(h, "det", "no"):
			f.neg = true // "had no intention to make a deal with Russia", "no plans to meet Putin"
		case t.rel[p] == "advcl" && t.hasChildLemma(p, "mark", "to") && t.child(h, "expl") >= 0 && t.child(h, "nsubj") >= 0 && t.hasChildLemma(t.child(h, "nsubj"), "det", "no"):
			f.neg = true // "there are no plans for Trump to meet Putin", the infinitive hung on "are"
		case r == "acl" && t.hasChildLemma(p, "mark", "to") && (futureNouns[hl] || hl == "threat") && t.kept(h) && t.finite(t.head[h]):
			// "made good on pledges to slap sanctions", "followed through
			// on his threat to impose tariffs": done as the keeping is
			// ("did not keep his promise", "will follow through on").
			switch k := t.head[h]; {
			case c.negated(k):
				f.neg = true
			case t.hasChildLemma(k, "aux", "could", "might", "may", "should", "must", "can"):
				f.mod = schema.Hypothetical
			case t.hasChildLemma(k, "aux", "will", "would", "shall", "'ll", "wo"):
				f.mod = schema.Future // ("said they would follow through on their promises": to come)
			}
		case r == "acl" && t.hasChildLemma(p, "mark", "to") && futureNouns[hl] && t.cancelled(h):
			f.neg = true // "scrapped plans to visit X"
		case r == "acl" && t.hasChildLemma(p, "mark", "to") && requestNouns[hl] && t.rel[h] == "obj" && p == i && answerLemmas[t.lemma[t.head[h]]]:
			// "rejected calls by the EU to condemn Russia": what was asked
			// and refused is not done; what was heeded is still to come.
			if refuseLemmas[t.lemma[t.head[h]]] {
				f.neg = true
			} else if f.mod == schema.Asserted {
				f.mod = schema.Future
			}
		case r == "acl" && t.hasChildLemma(p, "mark", "to") && inviteNouns[hl] && t.rel[h] == "obj" && p == i:
			// "declined an invitation to visit China": no visit;
			// "received an invitation to visit": one still to take up;
			// "accepted an invitation to visit": one to come.
			switch v := t.head[h]; {
			case t.cancelled(h) || t.lemma[v] == "turn" || t.lemma[v] == "snub":
				f.neg = true
			case t.lemma[v] == "accept" && f.mod == schema.Asserted:
				f.mod = schema.Future
			case f.mod == schema.Asserted:
				f.mod = schema.Hypothetical
			}
		case r == "xcomp" && t.child(h, "obj") >= 0 && futureNouns[t.lemma[t.child(h, "obj")]]:
			// The same with the infinitive hung on the verb: "announced
			// plans to visit X", "scrapped plans to visit X".
			if t.cancelled(t.child(h, "obj")) {
				f.neg = true
			} else if f.mod == schema.Asserted {
				f.mod = schema.Future
			}
		case r == "advcl" && t.tag[p] == "VBG" && hl == "look" && t.hasChildLemma(p, "mark", "at", "into") && f.mod == schema.Asserted:
			f.mod = schema.Hypothetical // "looked at directly arming the YPG": weighed, not done
		case (r == "advcl" || r == "acl") && t.tag[p] == "VBG" && intentWords[hl] && t.hasChildLemma(p, "mark", "on", "upon"):
			// "was not focused on fighting the regime": not fought;
			// "keen on opening a dialogue": one sought, not yet held.
			if c.negated(h) {
				f.neg = true
			} else if f.mod == schema.Asserted && (!focusWords[hl] || completedActs[f.rel]) {
				f.mod = schema.Hypothetical // nor is a deal one is "focused on reaching"
			}
		case r == "xcomp" && hl == "look" && t.hasChildLemma(h, "advmod", "forward") && f.mod == schema.Asserted:
			f.mod = schema.Future // "looking forward to meeting X"
		case r == "xcomp" && hypoLemmas[hl] && !(hl == "push" || hl == "pressure" || hl == "press") && !(hl == "able" && c.pastCopula(h)) || r == "xcomp" && (hl == "push" || hl == "pressure" || hl == "press") && !c.thingSubject(h), r == "xcomp" && hl == "suppose" && p == i, r == "xcomp" && (hl == "have" || hl == "need") && t.hasChildLemma(p, "mark", "to") && f.mod == schema.Asserted && !t.hasChildLemma(h, "advmod", "yet") && !t.hasChildLemma(p, "advmod", "yet") && !c.futureAux(h):
			// (And "Pakistan had to do more to help": an obligation, not yet met.)
			f.mod = schema.Hypothetical // "was supposed to arrive in Buenos Aires": due, not done
		case r == "acl" && t.tag[p] == "VBG" && textNouns[hl] && t.rel[h] == "obj" && t.head[h] >= 0 && (blockLemmas[t.lemma[t.head[h]]] || t.lemma[t.head[h]] == "veto" || t.lemma[t.head[h]] == "reject") && !c.negated(t.head[h]):
			f.neg = true // "China and Russia blocked a Security Council statement condemning Myanmar": none was made
		case r == "acl" && t.hasChildLemma(p, "mark", "to") && p == i && c.headOf[h] >= 0 && t.head[h] < 0 && t.child(h, "cop") < 0 && f.mod == schema.Asserted:
			f.mod = schema.Future // a headline's "Trump to Meet China's Liu", read as a name with an infinitive
		case p == i && relIs(r, "nmod") && t.caseOf(p) == "for" && frameworkNouns[hl] && f.mod == schema.Asserted:
			f.mod = schema.Hypothetical // "a new framework for negotiations between Israel and the Palestinians": talks laid out, not held
		case r == "acl" && t.hasChildLemma(p, "mark", "to") && (hypoNouns[hl] && !(t.head[h] >= 0 && c.tookPains(t.head[h])) || ownActNouns[hl] && t.hasChildLemma(h, "det", "any")):
			f.mod = schema.Hypothetical // "Obama's threat to attack Syria", "any move by Riyadh to attack Yemen" (not "went out of his way to praise")
			if abilityNouns[hl] && c.wanting(h) {
				f.neg = true // "does not have the capability to attack", "lacks the capacity to invade": it cannot
			}
		case r == "acl" && t.hasChildLemma(p, "mark", "of") && t.tag[p] == "VBG" && (hypoNouns[hl] || ideaNouns[hl] || hopeNouns[hl]):
			f.mod = schema.Hypothetical // "Washington's hope of securing a deal with North Korea": hoped for, not done
		case r == "acl" && t.hasChildLemma(p, "mark", "to") && futureNouns[hl] && f.mod == schema.Asserted:
			f.mod = schema.Future // "Russia's plan to supply missiles to Iran"
		case r == "xcomp" && p == i && (hl == "try" || hl == "attempt") && t.tag[h] == "VBD" && f.rel == schema.Attacked && f.mod == schema.Asserted:
			// "the CIA attempted to kill Castro": a blow tried is struck, whatever became of it
		case r == "xcomp" && t.tag[p] == "VBG" && advocateLemmas[hl] && t.child(h, "obj") < 0 && f.mod == schema.Asserted:
			f.mod = schema.Hypothetical // "Carter favors sending arms to Ukraine": a course urged, not taken
		case r == "xcomp" && futureLemmas[hl] && f.mod == schema.Asserted && !(hl == "go" && t.hasChildLemma(h, "obl", "length")):
			f.mod = schema.Future // (not "has gone to great lengths to praise them": done, with effort)
		case r == "advcl" && t.tag[p] == "VBG" && t.hasChildLemma(p, "mark", "on") && c.settlesOn(h) && f.mod == schema.Asserted:
			f.mod = schema.Future // "signed off on sending troops": an act decided, still to come
		case (r == "advcl" || r == "acl" || r == "xcomp" || relIs(r, "obl")) && t.tag[p] == "VBG" && hl == "aim" && (t.hasChildLemma(p, "mark", "at") || t.caseOf(p) == "at"),
			(r == "advcl" || relIs(r, "obl")) && t.tag[p] == "VBG" && hl == "believe" && (t.hasChildLemma(p, "mark", "in") || t.caseOf(p) == "in"), // "we believe in attacking the US": a creed, no act
			r == "xcomp" && (hl == "design" || hl == "mean" || hl == "calculate") && t.tag[h] == "VBN" && t.hasChildLemma(p, "mark", "to"):
			f.mod = schema.Hypothetical // "a pressure campaign aimed at getting Ukraine to investigate Biden", "sanctions designed to force Iran to negotiate": an aim
		case r == "ccomp" && (hl == "ensure" || hl == "guarantee" || hl == "sure" && t.head[h] >= 0 && t.lemma[t.head[h]] == "make"):
			f.mod = schema.Hypothetical // "to ensure Boko Haram does not attack U.S. interests": an aim, not a fact
		case p == i && (r == "csubj" || strings.HasPrefix(r, "nsubj")) && (t.tag[i] == "VBG" || strings.HasPrefix(t.tag[i], "NN") && t.hasChildLemma(i, "det", "a", "an")) &&
			(t.hasChildLemma(h, "aux", "would", "could", "might", "may") || t.hasChildLemma(h, "mark", "if", "unless")):
			// "closing the border with Mexico could cause a disaster", "if
			// an American attack on Iran generated a war": an act supposed.
			f.mod = schema.Hypothetical
		case t.tag[p] == "VBG" && opposeActLemmas[hl] && (r == "obj" || r == "xcomp" || r == "ccomp" || r == "advcl" && t.hasChildLemma(p, "mark", "to", "at", "from") || relIs(r, "obl")) && c.sameClause(i, p):
			f.mod = schema.Hypothetical // "Trump opposed putting sanctions on China", "objected to arming the rebels": an act refused, not done
		case (r == "ccomp" || r == "xcomp" || r == "obj" && t.tag[p] == "VBG") && (hl == "see" || hl == "imagine" || hl == "envision" || hl == "envisage" || hl == "foresee") && c.negated(h):
			f.mod = schema.Hypothetical // "I don't see Israel striking Iran": an act thought unlikely
		case (r == "ccomp" || r == "parataxis") && speechLemmas[hl] && f.rep == nil:
			if s := c.teller(h); s >= 0 {
				if as := c.actorsOf(s, false); len(as) == 1 && len(as[0].Actors) == 1 {
					a := as[0].Actors[0]
					f.rep = &a
				}
			}
		}
		if r != "xcomp" && r != "ccomp" && r != "conj" && r != "parataxis" && r != "advcl" && r != "obj" && !relIs(r, "nmod") &&
			!(p == i && relIs(r, "obl") && strings.HasPrefix(t.tag[p], "NN") && (t.caseOf(p) == "with" || t.caseOf(p) == "through" || t.caseOf(p) == "via" || t.caseOf(p) == "at") &&
				t.hasChildLemma(p, "det", "a", "an") && t.child(p, "nmod:poss") < 0) &&
			!(p == i && relIs(r, "obl") && t.caseOf(p) == "for" && meetingNouns[t.lemma[p]] && t.child(p, "nmod:poss") < 0) {
			// (An event noun, not one already told of, that is the verb's
			// means or occasion is as real as the verb: "hopes to ease
			// tensions at a summit with Kim"; but "need to know what
			// happened at those meetings", "carry on with his
			// investigation": they took place.)
			break
		}
		if r == "obj" && strings.HasPrefix(t.tag[p], "NN") && !lightLemmas[hl] && !(p == i && causeLemmas[hl]) && !renewLemmas[hl] && !mediateLemmas[hl] {
			// (But "hopes to restart/broker talks between Israel and
			// Hamas": talks held as the verb is done.)
			break // "failed to disclose his meeting with Kislyak": the meeting took place (but "could provoke retaliation": as the verb)
		}
	}
	if x := t.child(i, "xcomp"); x >= 0 && f.rel == schema.ProvidedAidTo && withholdLemmas[t.lemma[x]] {
		f.neg = true // "ordered the aid to Ukraine be frozen": aid withheld
	}
	if o := t.child(i, "obj"); o >= 0 && f.rel == schema.Attacked && f.mod == schema.Asserted && !f.neg && t.hasChildLemma(o, "det", "any") {
		f.mod = schema.Hypothetical // "on alert to shoot down any North Korean rocket": none yet
	}
	v := i // the verb of the trigger's clause: itself, or the verb a noun's phrase hangs on
	if h := t.head[i]; strings.HasPrefix(t.tag[i], "NN") && h >= 0 && relIs(t.rel[i], "obl") && strings.HasPrefix(t.tag[h], "VB") {
		v = h
		if f.mod == schema.Asserted && (journeyNouns[t.lemma[i]] || meetingNouns[t.lemma[i]] || stayNouns[t.lemma[i]] || t.lemma[i] == "stop" || t.lemma[i] == "stay" || t.lemma[i] == "stopover") && whileCase[t.caseOf(i)] && t.hasChildLemma(h, "aux", "will", "shall", "'ll") {
			f.mod = schema.Future // "During his stop in Saudi Arabia, Trump will give a speech": the stop is to come too
		}
	}
	if f.mod == schema.Asserted && (t.tag[v] == "VBP" || t.tag[v] == "VBZ" || strings.HasPrefix(t.tag[v], "NN")) && c.comingTime(v) {
		f.mod = schema.Future // "officials meet tomorrow", "visits Japan next week"
	}
	if f.neg && strings.HasPrefix(t.tag[v], "VB") && t.hasChildLemma(v, "advmod", "not", "n't") && t.hasChildLemma(v, "aux", "do") && c.toks[t.child(v, "aux")].key == "did" && c.untilAfter(v) {
		f.neg = false // "did not call Netanyahu until well after his remarks": he called, later
	}
	// "…, X said": speech as a parataxis child of the clause.
	if f.rep == nil {
		for _, k := range t.kids[i] {
			if (t.rel[k] == "parataxis" || t.rel[k] == "ccomp") && speechLemmas[t.lemma[k]] {
				if s := c.teller(k); s >= 0 {
					if as := c.actorsOf(s, false); len(as) == 1 && len(as[0].Actors) == 1 {
						a := as[0].Actors[0]
						f.rep = &a
					}
				}
			}
		}
	}
	// "According to the Israeli military, Hamas fired rockets at Israel".
	for _, k := range t.kids[i] {
		if f.rep == nil && relIs(t.rel[k], "obl") && t.caseOf(k) == "according to" {
			if as := c.actorsOf(k, false); len(as) == 1 && len(as[0].Actors) == 1 {
				a := as[0].Actors[0]
				f.rep = &a
			}
		}
	}
}

// reporterSubject makes the frame's reporter its subject: "Pompeo said the
// evidence links Iran to the attacks" is Pompeo's accusation.
func (f *frame) reporterSubject() {
	f.subj, f.rep = []Mention{{Actors: []schema.Actor{*f.rep}, Start: -1, End: -1}}, nil
}

// pairs turns a frame into relations, one per subject and object actor; a
// symmetric relation with no object pairs coordinated subjects ("X and Y met").
// The parties of a mutual event between three are each other's ("a deal
// between Russia, Iran and Turkey": Iran and Turkey too).
func (c *clause) pairs(f frame) []relation {
	if c.askedWhether(f.trigger) {
		return nil // "asked whether Moscow was ready to improve ties": a question asserts nothing
	}
	if l := c.t.lemma[max(f.trigger, 0)]; f.trigger >= 0 && (l == "return" || l == "returning") && (f.rel == schema.Visited || f.rel == schema.MetWith) && (!allPeople(f.subj) || c.t.child(f.trigger, "obj") >= 0 ||
		c.t.child(f.trigger, "nsubj") >= 0 && c.headOf[c.t.child(f.trigger, "nsubj")] < 0 && !c.isRelativePronoun(c.t.child(f.trigger, "nsubj")) || // "his agents returned from Saudi Arabia": they, not he
		slices.ContainsFunc(f.subj, func(m Mention) bool {
			return slices.ContainsFunc(m.Actors, func(a schema.Actor) bool { return a.Country == "" })
		}) || slices.ContainsFunc(f.obj, func(m Mention) bool { return len(m.Actors) == 0 || m.Actors[0].Kind != schema.Country })) {
		// "U.S. troops returned to Iraq", "Guaido returned to Venezuela",
		// "returned her focus to Turkey", "returning to Cold War
		// rhetoric": only a person of a known other country visits a
		// country by returning there.
		return nil
	}
	if f.rel == schema.Visited && f.trigger >= 0 && c.t.lemma[f.trigger] == "journey" && !allPeople(f.subj) {
		return nil // "the journey to the US from El Salvador" is migrants', "their journey to Germany" the captives'
	}
	if s := c.t.child(max(f.trigger, 0), "nsubj:pass"); f.rel == schema.MetWith && f.trigger >= 0 && c.t.lemma[f.trigger] == "meet" && s >= 0 && thingNoun(c.t, c.toks, c.ms, s) {
		return nil // "the decision was met with jubilation by Native Americans": received, no one met
	}
	if x := c.t.child(max(f.trigger, 0), "xcomp"); f.rel == schema.PledgedTo && f.trigger >= 0 && c.t.lemma[f.trigger] == "agree" && x >= 0 && !helpLemmas[c.t.lemma[x]] {
		if w := c.prepChild(x, "with"); w >= 0 && c.toks[w].key == "each" {
			return nil // "Seoul and Tokyo agreed to share data with each other": a joint act agreed, no pledge to the other
		}
	}
	if o := c.t.child(max(f.trigger, 0), "obj"); f.rel == schema.Threatened && f.trigger >= 0 && c.t.lemma[f.trigger] == "warn" && o >= 0 && advisedNouns[c.t.lemma[o]] {
		return nil // "warned U.S. citizens to defer travel to Ukraine": advice to travellers, no threat
	}
	if o := c.t.child(max(f.trigger, 0), "obj"); f.rel == schema.Threatened && f.trigger >= 0 && o >= 0 && c.travelAdvice(o) {
		return nil // "issued a warning on travel to Cuba"
	}
	// "accused Syria of attacking its own people": what is one's own is
	// the subject's, however "its" was read.
	f.obj = slices.DeleteFunc(slices.Clone(f.obj), c.ownedBySubject)
	if meetingRels[f.rel] && !f.neg && f.mod == schema.Asserted && f.trigger >= 0 && len(f.subj) == 1 && len(f.obj) == 1 && len(f.subj[0].Actors) == 1 && len(f.obj[0].Actors) == 1 {
		// A meeting of two, for "the meeting" a later sentence names.
		c.acts = append(c.acts, event{rel: f.rel, kind: "meeting", agents: []schema.Actor{f.subj[0].Actors[0], f.obj[0].Actors[0]}})
	}
	if recalledActs[f.rel] && !f.neg && f.mod == schema.Asserted && f.trigger >= 0 {
		var agents, targets []schema.Actor
		for _, m := range f.subj {
			agents = append(agents, m.Actors...)
		}
		for _, m := range f.obj {
			targets = append(targets, m.Actors...)
		}
		if len(agents) > 0 {
			w := f.trigger
			if _, known := actFamilies[actFamily(c.toks[w].key)]; !known {
				if o := c.t.child(w, "obj"); o >= 0 && lightLemmas[c.t.lemma[w]] {
					w = o // "launched an air campaign": the act is the noun's (but "struck targets" strikes)
				}
			}
			c.acts = append(c.acts, event{rel: f.rel, kind: actFamily(c.toks[w].key), agents: agents, targets: targets})
		}
	}
	if h := c.t.head[max(f.trigger, 0)]; f.rel == schema.SignedAgreementWith && f.trigger >= 0 && h >= 0 && strings.HasPrefix(c.t.tag[f.trigger], "NN") && keepLemmas[c.t.lemma[h]] {
		return nil // "remained committed to the agreement with Iran": an accord kept, no signing told
	}
	if h := c.t.head[max(f.trigger, 0)]; f.rel == schema.SignedAgreementWith && f.neg && f.trigger >= 0 && h >= 0 && strings.HasPrefix(c.t.tag[f.trigger], "NN") && c.t.cancelled(f.trigger) && scrapLemmas[c.t.lemma[h]] {
		return nil // "Australia scrapped a $40 billion deal with France": it had been signed
	}
	if h := c.t.head[max(f.trigger, 0)]; f.rel == schema.SignedAgreementWith && f.trigger >= 0 && h >= 0 && relIs(c.t.rel[f.trigger], "nmod") && talkTopicNouns[c.t.lemma[h]] {
		switch c.t.caseOf(f.trigger) {
		case "on", "over", "about", "for", "toward", "towards":
			f.rel = schema.NegotiatedWith // "talks on a ceasefire between Israel and Hamas": still to be agreed
		}
	}
	if (f.rel == schema.MetWith || f.rel == schema.Visited) && f.trigger >= 0 && hostLemmas[c.t.lemma[f.trigger]] && slices.ContainsFunc(append(slices.Clone(f.obj), f.subj...), func(m Mention) bool {
		return m.End > 0 && m.End < len(c.toks) && c.t.head[m.End-1] == m.End && c.troops(m.End)
	}) {
		return nil // "decided to host U.S. Marines": troops stationed, no one met
	}
	if k := c.prepChild(max(f.trigger, 0), "of"); f.rel == schema.MetWith && f.trigger >= 0 && meetingNouns[c.t.lemma[f.trigger]] && k >= 0 && c.headOf[k] >= 0 && c.ms[c.headOf[k]].Actors[0].Kind == schema.Organization {
		return nil // "called for an emergency meeting of the Security Council": a session of the body, no meeting of the callers
	}
	if hostile[f.rel] && f.rel != schema.Demanded && f.rel != schema.Investigated {
		// "Russia annexed Crimea and Russian-backed rebels began …": no
		// one is hostile to those it is named as backing (but may make
		// demands of them).
		f.obj = slices.DeleteFunc(slices.Clone(f.obj), func(o Mention) bool {
			n := mentionEnding(c.ms, o.Start)
			if n < 0 || c.ms[n].Suffix == "" || c.ms[n].Suffix == "led" || c.ms[n].Suffix == "held" || c.ms[n].Suffix == "controlled" || c.ms[n].Suffix == "based" {
				return false
			}
			_, backs := compoundRel[c.ms[n].Suffix]
			return backs && slices.ContainsFunc(f.subj, func(s Mention) bool { return hasActor(c.ms[n:n+1], s.Actors[0].ID) })
		})
	}
	if f.rel == schema.Visited && f.trigger >= 0 && slices.ContainsFunc(f.subj, func(m Mention) bool {
		return m.End-1 > m.Start && c.troops(m.End-1) || m.End > 0 && m.End < len(c.toks) && c.t.head[m.End-1] == m.End && c.troops(m.End)
	}) {
		return nil // "Russian jets flying into Turkish airspace", "U.S. troops arrived in Poland": forces moved, no one visits
	}
	if f.rel == schema.MetWith && f.trigger >= 0 && c.statesTalk(f) {
		f.rel = schema.NegotiatedWith // "talks between Peru and Chile opened": states do not meet, they negotiate
	}
	if f.rel == schema.Attacked && f.trigger >= 0 && slices.ContainsFunc(c.t.kids[f.trigger], func(k int) bool {
		return relIs(c.t.rel[k], "nmod") && c.t.caseOf(k) == "for" && rivalryPrizes[c.t.lemma[k]]
	}) {
		return nil // "Iran's battle with Saudi Arabia for regional hegemony": a rivalry, no fighting
	}
	if domestic(append(slices.Clone(f.subj), f.obj...)) {
		return nil // "Netanyahu met his national security adviser": one state's people among themselves
	}
	if s := c.t.child(max(f.trigger, 0), "nsubj"); f.rel == schema.MetWith && f.trigger >= 0 && strings.HasPrefix(c.t.tag[f.trigger], "VB") && s >= 0 && c.t.lemma[s] == "negotiator" {
		f.rel = schema.NegotiatedWith // "negotiators from the army and the RSF met in Jeddah"
	}
	out := c.pairsOnce(f)
	if l := c.t.lemma[max(f.trigger, 0)]; f.rel == schema.Attacked && f.trigger >= 0 && strings.HasPrefix(c.t.tag[f.trigger], "VB") && combatLemmas[l] && len(f.subj) > 0 && len(f.obj) > 0 &&
		!hasPerson(f.subj) && !hasPerson(f.obj) && f.mod == schema.Asserted && !c.t.hasChildLemma(f.trigger, "mark", "to") && !c.fightsThreat(f.trigger) {
		// "Kurdish forces are battling Islamic State militants": fighting
		// goes both ways (guideline: "fighting between A and B"); not a
		// purpose ("contributing forces to fight the group"), nor a
		// threat fought ("combats the threat of al-Qaida").
		back := f
		back.subj, back.obj, back.rep = f.obj, f.subj, nil
		out = append(out, c.pairsOnce(back)...)
	}
	if (f.rel == schema.ProvidedAidTo || f.rel == schema.Supported && backerLemmas[c.t.lemma[max(f.trigger, 0)]]) && !f.neg && f.trigger >= 0 && c.announcedAid(f) {
		// "Japan will provide Ukraine with $5.5 billion", "said they would
		// assist", "said Ankara would stand by Baku": help announced to
		// come is a pledge (guideline: promise, vow to help).
		pledge := f
		pledge.rel, pledge.mod, pledge.rule = schema.PledgedTo, schema.Asserted, "future-aid"
		out = append(out, c.pairsOnce(pledge)...)
	}
	if e := f.subj[0].End; f.rule == "noun-between" && f.rel.Symmetric() && (len(f.obj) == 2 || len(f.obj) > 2 && e < len(c.toks) && c.toks[e].key == ",") {
		// Not past three when the first is set against the rest: "a deal
		// between Iran and the United States, China, France, Russia …" is
		// between two sides; "the accord between the United States,
		// Japan, France, Britain and Canada" binds each to each.
		rest := f
		rest.subj, rest.obj = f.obj[:1], f.obj[1:]
		out = append(out, c.pairs(rest)...)
	}
	return out
}

// plainConjunct reports whether the noun q follows its "and" or "or" with
// lowercase modifiers only: "and humanitarian aid" (not "and Russia plan").
func (c *clause) plainConjunct(q int) bool {
	cc := c.t.child(q, "cc")
	if cc < 0 || cc > q || c.toks[cc].key != "and" && c.toks[cc].key != "or" {
		return false
	}
	for j := cc + 1; j < q; j++ {
		if c.toks[j].cap() {
			return false
		}
	}
	return true
}

// announcedHostility reads a threat in what a speaker warns, vows or says
// its side will do or what will befall another (guideline: threaten, warn
// of consequences, vow retaliation): "warned that North Korea would take
// action against South Korea", "said it would be forced to take
// retaliatory steps if Finland joined NATO", "warned that relations with
// Norway would suffer", "vowed that Israel would be made to regret it",
// "warned that any intervention by ECOWAS would amount to a declaration of
// war". i is the verb of saying; the speaker THREATENED the other.
func (c *clause) announcedHostility(i int) (frame, bool) {
	t := c.t
	k := t.child(i, "ccomp")
	if k < 0 || c.negated(i) || t.hasChildLemma(k, "advmod", "not", "n't", "never") {
		return frame{}, false
	}
	to := func(v int) bool {
		return t.hasChildLemma(v, "aux", "will", "would", "'ll", "shall", "could", "might", "may")
	}
	// The act, under the verb that carries the modal: "would be forced
	// to take", "would soon take".
	v, act := k, k
	for n := 0; n < 3; n++ {
		x := t.child(act, "xcomp")
		if x < 0 {
			break
		}
		act = x
	}
	if !to(v) {
		return frame{}, false
	}
	speaker := c.subjectOf(i, 0)
	if len(speaker) == 0 {
		return frame{}, false
	}
	ownSide := func(s int) bool {
		if s < 0 {
			return false
		}
		if l := t.lemma[s]; l == "it" || l == "we" || l == "they" {
			return true
		}
		return slices.ContainsFunc(c.argsOf(s, false), func(m Mention) bool { return c.sameSide(m, speaker) })
	}
	ifSubject := func(v int) []Mention { return c.ifDoer(v, act) }
	var obj []Mention
	subj := t.child(v, "nsubj")
	if subj < 0 {
		subj = t.child(v, "nsubj:pass")
	}
	switch l := t.lemma[act]; {
	case (l == "take" && slices.ContainsFunc(t.conjuncts(max(t.child(act, "obj"), 0)), func(q int) bool { return measureNouns[t.lemma[q]] }) && t.child(act, "obj") >= 0 || responseLemmas[l] && l != "answer" || c.hitBack(act)) && ownSide(subj):
		// "would take action against South Korea", "would respond".
		if obj = c.prepArgs(act, []string{"against", "on", "to"}); len(obj) == 0 && t.child(act, "obj") >= 0 {
			obj = c.prepArgs(t.child(act, "obj"), []string{"against", "on"})
		}
		if len(obj) == 0 {
			obj = ifSubject(v)
		}
	case (l == "suffer" || l == "deteriorate" || l == "worsen") && subj >= 0 && (t.lemma[subj] == "relation" || t.lemma[subj] == "tie"):
		obj = c.prepArgs(subj, []string{"with"}) // "relations with Norway would suffer"
	case l == "regret" && subj >= 0 && !ownSide(subj):
		obj = c.argsOf(subj, true) // "Israel would be made to regret it"
	case (l == "amount" || l == "constitute" || l == "mean" || l == "be") && subj >= 0:
		// "any intervention by ECOWAS would amount to a declaration of war"
		o := max(t.child(act, "obj"), c.prepChild(act, "to"))
		if o >= 0 && (warNouns[t.lemma[o]] || t.lemma[o] == "declaration" && c.prepChild(o, "of") >= 0 && warNouns[t.lemma[c.prepChild(o, "of")]]) {
			obj, _ = c.doneBy(subj)
			if len(obj) == 0 {
				obj, _ = c.modifierActors(subj)
			}
		}
	}
	obj = c.others(obj, speaker)
	if len(obj) == 0 {
		return frame{}, false
	}
	return frame{rel: schema.Threatened, trigger: i, mod: schema.Asserted, conf: 0.7, rule: "verb-complement", subj: speaker, obj: obj}, true
}

// ifDoer returns the actors a condition under any of the verbs vs names
// as its doer: "would respond if the US imposed sanctions", "would hit
// back if attacked by Israel" (a passive's agent).
func (c *clause) ifDoer(vs ...int) []Mention {
	t := c.t
	for _, q := range vs {
		for _, a := range t.kids[q] {
			if t.rel[a] != "advcl" || !t.hasChildLemma(a, "mark", "if", "unless", "should") {
				continue
			}
			if s := t.child(a, "nsubj"); s >= 0 {
				return c.argsOf(s, true)
			}
			if g := t.child(a, "obl:agent"); g >= 0 && t.tag[a] == "VBN" {
				return c.argsOf(g, true)
			}
		}
	}
	return nil
}

// threatenLemmas make threats.
var threatenLemmas = map[string]bool{"threaten": true, "vow": true, "warn": true}

// conditionalThreat reads a threat of an act that names no actor, made on
// a condition another actor is to meet: the threat is to that actor.
// "Iran threatened to close the Strait of Hormuz if the US imposed
// sanctions", "Turkey warned it would halt the deal unless the EU paid".
func (c *clause) conditionalThreat(i int) (frame, bool) {
	t := c.t
	if c.negated(i) || t.child(i, "obj") >= 0 && c.headOf[t.child(i, "obj")] >= 0 {
		return frame{}, false // "threatened Mexico with tariffs": read as such
	}
	act := t.child(i, "xcomp")
	if act < 0 {
		act = t.child(i, "ccomp")
	}
	if act < 0 {
		return frame{}, false
	}
	speaker := c.subjectOf(i, 0)
	obj := c.others(c.ifDoer(i, act), speaker)
	if len(speaker) == 0 || len(obj) == 0 {
		return frame{}, false
	}
	f := frame{rel: schema.Threatened, trigger: i, conf: 0.7, rule: "verb-complement", subj: speaker, obj: obj}
	c.polarity(&f, i) // "said the U.S. should threaten to withhold aid unless …"
	return f, true
}

// measureNouns are what a state takes against another: "take action".
var measureNouns = map[string]bool{"action": true, "step": true, "measure": true, "countermeasure": true}

// dismayLemmas are shock and outrage felt at what another did.
var dismayLemmas = map[string]bool{
	"shock": true, "appal": true, "appall": true, "outrage": true, "horrify": true, "dismay": true,
	"disgust": true, "anger": true, "incense": true, "infuriate": true, "shocked": true, "appalled": true,
	"outraged": true, "horrified": true, "dismayed": true, "disgusted": true, "angered": true, "incensed": true,
	"disappoint": true, "disappointed": true, "alarm": true, "alarmed": true, "troubled": true, "trouble": true,
}

// dismayed reads shock or outrage at an actor's act: "Guterres was deeply
// shocked by Russia's missile strikes", "Britain was outraged at Iran's
// seizure of the tanker": the one shocked criticizes the actor (guideline:
// criticize, describe negatively).
func (c *clause) dismayed(i int) (frame, bool) {
	t := c.t
	s := t.child(i, "nsubj:pass")
	if s < 0 && t.child(i, "cop") >= 0 {
		s = t.child(i, "nsubj")
	}
	if s < 0 {
		return frame{}, false
	}
	for _, k := range t.kids[i] {
		cs := t.caseOf(k)
		if !relIs(t.rel[k], "obl") || cs != "by" && cs != "at" && cs != "over" || !strings.HasPrefix(t.tag[k], "NN") || c.headOf[k] >= 0 {
			continue // an act, not a person: "shocked by Trump" may be his words or his looks
		}
		if slices.ContainsFunc(c.x.lex.Lookup(t.lemma[k], schema.Noun), func(e schema.LexiconEntry) bool { return speechActs[e.Relation] }) {
			continue // "China has been angered by criticism from Washington": the words are Washington's, at China
		}
		f := frame{rel: schema.Criticized, trigger: i, mod: schema.Asserted, conf: 0.75, rule: "verb-prep", subj: c.argsOf(s, false), obj: c.argsOf(k, true)}
		c.polarity(&f, i)
		return f, len(f.subj) > 0 && len(f.obj) > 0
	}
	return frame{}, false
}

// territories are lands a state's neighbour took or holds, named without
// the state; seizeLemmas take land.
var (
	territories = map[string]string{"crimea": "UKR", "donbas": "UKR", "donbass": "UKR", "abkhazia": "GEO", "ossetia": "GEO"}
	seizeLemmas = map[string]bool{"annex": true, "annexation": true, "occupy": true, "occupation": true, "seize": true, "seizure": true, "invade": true, "invasion": true, "capture": true}
)

// ministerNouns are a government's own office holders: "ministers in
// Egypt" are Egypt's (but "officials in Iraq" may be anyone's).
var ministerNouns = map[string]bool{"minister": true, "ministry": true, "cabinet": true, "premier": true}

// nameLemmas name something what it is.
var nameLemmas = map[string]bool{"name": true, "designate": true, "declare": true, "recognize": true, "recognise": true, "make": true}

// namedAlly reads a state naming another its ally: "The United States named
// Afghanistan a major non-NATO ally": the two are allies.
func (c *clause) namedAlly(i int) (frame, bool) {
	t := c.t
	o := t.child(i, "iobj") // "named Afghanistan/iobj a major ally/obj"
	if o < 0 {
		o = t.child(i, "obj")
	}
	if o < 0 {
		return frame{}, false
	}
	for _, k := range t.kids[i] {
		if (t.rel[k] == "xcomp" || t.rel[k] == "obj" && k > o || relIs(t.rel[k], "obl") && t.caseOf(k) == "as") && t.lemma[k] == "ally" && t.child(k, "nmod:poss") < 0 {
			f := frame{rel: schema.AlliedWith, trigger: i, mod: schema.Asserted, conf: 0.75, rule: "verb-obj", subj: c.subjectOf(i, 0), obj: c.argsOf(o, true)}
			c.polarity(&f, i)
			return f, len(f.subj) > 0 && len(f.obj) > 0
		}
	}
	return frame{}, false
}

// deadline reads a time given to act, an ultimatum: "Peru gave Chile until
// Friday to withdraw its ambassador", "gave Iran 48 hours to release the
// sailors": the giver demands it of the one given the time.
func (c *clause) deadline(i int) (frame, bool) {
	t := c.t
	recipient, timed, act := -1, false, -1
	for _, k := range t.kids[i] {
		switch r := t.rel[k]; {
		case (r == "iobj" || r == "obj") && c.headOf[k] >= 0 && recipient < 0:
			recipient = k
		case r == "obj" && timeNouns[c.toks[k].key] && c.toks[k].key != "time" && !t.hasChildLemma(k, "amod", "more", "extra", "additional", "further") && !t.hasChildLemma(k, "det", "another"), relIs(r, "obl") && t.caseOf(k) == "until":
			// (Not "to give Beijing time to make progress": room, no deadline.)
			timed = true // (but "three more weeks to crush the rebels" is a reprieve)
		case (r == "advcl" || r == "xcomp") && t.tag[k] == "VB" && t.hasChildLemma(k, "mark", "to"):
			act = k
		}
	}
	if recipient < 0 || !timed || act < 0 || departLemmas[t.lemma[act]] {
		return frame{}, false // (72 hours to leave the country: an expulsion, read as such)
	}
	f := frame{rel: schema.Demanded, trigger: i, mod: schema.Asserted, conf: 0.75, rule: "verb-obj", subj: c.subjectOf(i, 0), obj: c.argsOf(recipient, true)}
	c.polarity(&f, i)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// departLemmas leave a place.
var departLemmas = map[string]bool{"leave": true, "depart": true, "quit": true, "exit": true}

// addressLemmas speak to someone, who is their object.
var addressLemmas = map[string]bool{
	"thank": true, "tell": true, "assure": true, "reassure": true, "congratulate": true, "brief": true,
	"inform": true, "urge": true, "ask": true, "invite": true, "warn": true, "update": true, "console": true,
}

// addressedByPhone reads a verb of speaking to someone done on the phone:
// "Zelensky thanked Scholz for the decision in a phone call", "Biden told
// Netanyahu by phone": the two spoke (guideline: phone call).
func (c *clause) addressedByPhone(i int) (frame, bool) {
	t := c.t
	o := t.child(i, "obj")
	if o < 0 {
		o = t.child(i, "iobj") // "told/iobj Netanyahu by phone that …"
	}
	if o < 0 || !c.byPhone(i) {
		return frame{}, false
	}
	f := frame{rel: schema.SpokeWith, trigger: i, mod: schema.Asserted, conf: 0.8, rule: "verb-obj", subj: c.subjectOf(i, 0), obj: c.argsOf(o, true)}
	c.polarity(&f, i)
	return f, len(f.subj) > 0 && len(f.obj) > 0
}

// groundNouns are ground an act starts from: "raids from its territory".
var groundNouns = map[string]bool{"territory": true, "soil": true, "airspace": true, "base": true, "side": true, "area": true, "region": true, "border": true, "waters": true}

// statesTalk reports whether the meeting frame f is talks between parties
// none of whom is a person: "talks between Peru and Chile", "Iran and the
// United States held talks" (but "Lavrov held talks with Kerry" met).
func (c *clause) statesTalk(f frame) bool {
	t, i := c.t, f.trigger
	talk := t.lemma[i] == "talk" && strings.HasPrefix(t.tag[i], "NN")
	if o := t.child(i, "obj"); !talk && o >= 0 && strings.HasPrefix(t.tag[i], "VB") {
		talk = t.lemma[o] == "talk" || t.lemma[o] == "round" && c.prepChild(o, "of") >= 0 && t.lemma[c.prepChild(o, "of")] == "talk"
	}
	if !talk || len(f.obj) == 0 && actorCount(f.subj) < 2 { // ("US-Mexico talks": one mention, two states)
		return false
	}
	for _, m := range append(slices.Clone(f.subj), f.obj...) {
		for _, a := range m.Actors {
			if a.Kind == schema.Person {
				return false
			}
		}
		if m.Start >= 0 && m.End > m.Start && m.End <= len(c.toks) && envoyWords[c.toks[m.End-1].key] {
			return false // "U.S. and Chinese officials held talks": people met
		}
	}
	return true
}

// envoyWords are people a state sends to meet others.
var envoyWords = map[string]bool{
	"official": true, "officials": true, "minister": true, "ministers": true, "diplomat": true, "diplomats": true,
	"envoy": true, "envoys": true, "leader": true, "leaders": true, "delegation": true, "delegations": true,
	"counterpart": true, "counterparts": true, "president": true, "ambassador": true,
}

// talkTopicNouns are talks whose topic an accord may be.
var talkTopicNouns = map[string]bool{"talk": true, "negotiation": true, "discussion": true, "round": true, "effort": true, "push": true, "bid": true}

// mediateLemmas bring others together: their agents are go-betweens.
var mediateLemmas = map[string]bool{"broker": true, "mediate": true, "facilitate": true, "host": true, "sponsor": true}

// missionNouns are a state's or body's missions abroad.
var missionNouns = map[string]bool{"embassy": true, "consulate": true, "mission": true, "office": true}

// hinderLemmas stand in the way of an act: a deal they hinder is not yet
// made.
var hinderLemmas = map[string]bool{
	"impede": true, "hinder": true, "obstruct": true, "thwart": true, "block": true, "derail": true, "torpedo": true,
	"scuttle": true, "sabotage": true, "jeopardize": true, "jeopardise": true, "complicate": true, "undermine": true,
}

// renewLemmas bring back or call together an event that others hold:
// "restart talks between Israel and Hamas", "convene a meeting".
var renewLemmas = map[string]bool{"restart": true, "revive": true, "relaunch": true, "reconvene": true, "convene": true}

// keepLemmas keep to an accord already made.
var keepLemmas = map[string]bool{
	"committed": true, "commit": true, "commitment": true, "abide": true, "adhere": true, "comply": true, "honor": true,
	"honour": true, "respect": true, "uphold": true, "stick": true, "compliance": true, "adherence": true,
}

// combatLemmas name a battle both sides fight ("fight" names one side's
// campaign: "forces fighting Islamic State").
var combatLemmas = map[string]bool{"battle": true, "clash": true, "skirmish": true, "combat": true, "firefight": true, "gunfight": true, "gunbattle": true}

// goodsNouns are what one procures for another: "buy weapons for Ukraine".
var goodsNouns = map[string]bool{
	"weapon": true, "arm": true, "ammunition": true, "munition": true, "shell": true, "equipment": true, "aid": true,
	"supply": true, "tank": true, "missile": true, "drone": true, "vaccine": true, "food": true, "fuel": true,
}

// tieLemmas tie what they modify to an owner: "firms linked to the
// government", "entities with ties to the Kremlin".
var tieLemmas = map[string]bool{"link": true, "tie": true, "connect": true, "affiliate": true, "connection": true}

// enactNouns put in force the measure of their of-phrase, which is their
// owner's: "China's announcement of new tariffs".
var enactNouns = map[string]bool{
	"announcement": true, "imposition": true, "introduction": true, "launch": true, "resumption": true, "expansion": true,
	"escalation": true, "adoption": true, "approval": true, "extension": true, "renewal": true, "reimposition": true,
}

// chargeFilers bring charges: their subject is the accuser.
var chargeFilers = map[string]bool{"file": true, "bring": true, "level": true, "press": true, "announce": true, "unseal": true, "lodge": true, "issue": true}

// lentGoods are what a state lends another, besides goodsNouns: "lent
// Venezuela billions of dollars".
var lentGoods = map[string]bool{
	"money": true, "billion": true, "million": true, "dollar": true, "fund": true, "loan": true, "cash": true, "credit": true,
	"support": true, "hand": true, "weight": true, "assistance": true, "help": true, "ship": true, "aircraft": true, "troop": true,
	"expertise": true, "reserve": true, "yuan": true, "euro": true,
}

// answerNouns are what one is made to answer to: "protected Assad from
// accountability".
var answerNouns = map[string]bool{
	"accountability": true, "criticism": true, "censure": true, "scrutiny": true, "prosecution": true, "sanction": true,
	"punishment": true, "consequence": true, "investigation": true, "justice": true, "condemnation": true, "responsibility": true,
}

// backerLemmas give support that may be promised: "would stand by Baku".
var backerLemmas = map[string]bool{"support": true, "back": true, "stand": true, "defend": true}

// scrapLemmas undo an accord already made.
var scrapLemmas = map[string]bool{"scrap": true, "cancel": true, "axe": true, "ax": true, "scuttle": true, "nix": true, "ditch": true, "tear": true}

// announcedAid reports whether the aid frame f is announced to come: its
// verb has "will" ("Japan will provide Ukraine with $5.5 billion"), or
// "would" in what a speaker says ("said they would assist Nepal"), and is
// no means to another end ("aid will help Netanyahu make the case").
func (c *clause) announcedAid(f frame) bool {
	t, i := c.t, f.trigger
	if !strings.HasPrefix(t.tag[i], "VB") || t.child(i, "ccomp") >= 0 || t.hasChildLemma(i, "mark", "if", "unless") {
		return false
	}
	if s := t.child(i, "nsubj"); t.child(i, "xcomp") >= 0 && (s < 0 || c.headOf[s] < 0 && !strings.HasPrefix(t.tag[s], "PRP")) {
		return false // "the aid will help Netanyahu make the case": a means, not a giver's word
	}
	// (Help said to continue goes on now, no pledge: see polarity.)
	switch {
	case f.mod == schema.Future:
		return t.hasChildLemma(i, "aux", "will", "'ll", "shall")
	case f.mod == schema.Hypothetical:
		h := t.head[i]
		return t.hasChildLemma(i, "aux", "would") && t.rel[i] == "ccomp" && h >= 0 && speechLemmas[t.lemma[h]]
	}
	return false
}

// askedWhether reports whether word i is in a clause that a verb of
// asking takes with "whether" or "if": "when asked whether Moscow was
// ready to improve ties with Washington".
func (c *clause) askedWhether(i int) bool {
	t := c.t
	for p, depth := i, 0; p >= 0 && depth < 4; p, depth = t.head[p], depth+1 {
		h := t.head[p]
		if h < 0 {
			return false
		}
		if (t.rel[p] == "ccomp" || t.rel[p] == "advcl") && t.hasChildLemma(p, "mark", "whether", "if") {
			return askLemmas[t.lemma[h]]
		}
		if t.rel[p] != "xcomp" && t.rel[p] != "conj" && !strings.HasPrefix(t.rel[p], "obl") && !strings.HasPrefix(t.rel[p], "nmod") && t.rel[p] != "obj" {
			return false
		}
	}
	return false
}

// askLemmas ask a question their clause puts.
var askLemmas = map[string]bool{"ask": true, "wonder": true, "question": true, "inquire": true, "enquire": true}

// pairsOnce is pairs for one frame as it stands.
// alternatives reports whether the mentions ms make one list joined by
// "or" or "nor": each an alternative to the others.
func (c *clause) alternatives(ms []Mention) bool {
	ms = slices.SortedFunc(slices.Values(ms), func(a, b Mention) int { return a.Start - b.Start })
	or := false
	for n := 1; n < len(ms); n++ {
		for k := ms[n-1].End; k < ms[n].Start; k++ {
			switch c.toks[k].key {
			case "or", "nor":
				or = true
			case ",", "and", "the", "either", "neither":
			default:
				return false // not one list
			}
		}
	}
	return or
}

// eachOnTheOther pairs every subject of f with every other, each way: the
// parties of a reciprocal act with no object ("Armenia and Azerbaijan
// clashed", "threatened tariffs on each other's products").
func eachOnTheOther(f frame, trig token, rule string) []relation {
	var out []relation
	for a := range f.subj {
		for b := range f.subj {
			if a != b {
				out = appendPairs(out, f.subj[a:a+1], f.subj[b:b+1], f.rel, trig, f.conf-0.05, f.neg, f.mod, f.rep)
			}
		}
	}
	return withRule(out, rule)
}

func (c *clause) pairsOnce(f frame) []relation {
	trig := c.toks[f.trigger]
	if f.rel == schema.SpokeWith && c.t.lemma[f.trigger] == "talk" && strings.HasPrefix(c.t.tag[f.trigger], "VB") && len(f.obj) > 0 && !hasPerson(f.subj) && !hasPerson(f.obj) && !c.byPhone(f.trigger) {
		f.rel = schema.MetWith // "North Korea would talk with the Trump administration": states hold talks, as the noun says
	}
	if f.rel == schema.Visited {
		// "fined any Americans for visiting Cuba": a people's plural
		// travels as private people, not as its state.
		f.subj = slices.DeleteFunc(slices.Clone(f.subj), func(m Mention) bool {
			_, kind, n := c.x.lookup(c.toks, m.Start, c.st.date)
			return kind == surfPlural && n == m.End-m.Start
		})
	}
	if s := c.t.child(f.trigger, "nsubj"); f.rel == schema.Visited && s >= 0 && strings.HasPrefix(c.t.tag[f.trigger], "VB") && c.headOf[s] < 0 && len(c.x.lex.Lookup(c.t.lemma[s], schema.Noun)) > 0 && c.t.lemma[f.trigger] != "take" {
		// (But "Obama's tour took him to Japan": the journey takes its
		// traveller, tripTakes.)
		return nil // "Islamic State violence has arrived in Indonesia": an event travels, no visitor
	}
	if f.rel == schema.Visited && len(f.obj) > 0 && allPeople(f.obj) {
		// "Obama visited Prince William": a visit to a person meets them;
		// "a visit to Trump in Washington" is one to his country too.
		met := f
		met.rel = schema.MetWith
		for _, k := range []int{f.trigger, f.obj[len(f.obj)-1].End - 1} {
			if p := c.prepChild(k, "in"); p >= 0 && c.headOf[p] >= 0 {
				if m := c.ms[c.headOf[p]]; len(m.Actors) == 1 && m.Actors[0].Kind == schema.Country && (m.Place || c.x.countryNamed(m)) {
					if visitors := c.awayFrom(f.subj, m.Actors[0].ID); len(visitors) > 0 {
						there := f
						there.subj, there.obj = visitors, []Mention{m}
						return append(c.pairsOnce(met), c.pairsOnce(there)...)
					}
				}
			}
		}
		f = met
	}
	if f.rel == schema.Visited {
		// "to visit U.S. forces deployed there": troops visited are no
		// country visited.
		var there []Mention
		f.obj = slices.DeleteFunc(slices.Clone(f.obj), func(m Mention) bool {
			troops := m.End > 0 && m.End < len(c.toks)+1 && len(m.Actors) == 1 && m.Actors[0].Kind == schema.Country && (militaryWords[c.toks[m.End-1].key] || m.End < len(c.toks) && militaryWords[c.toks[m.End].key])
			if troops {
				// "visited US troops in Afghanistan": the country they are in.
				w := m.End - 1
				if !militaryWords[c.toks[w].key] {
					w = m.End
				}
				for _, p := range append(c.prepArgs(w, []string{"in"}), c.prepArgs(f.trigger, []string{"in"})...) {
					if p.Place && p.Actors[0].Kind == schema.Country && p.Actors[0].ID != m.Actors[0].ID {
						there = append(there, p)
					}
				}
			}
			return troops
		})
		f.obj = append(f.obj, there...)
	}
	if f.rel != schema.Visited {
		// A place ("talks in Geneva") is only ever a visit's destination.
		f.obj = slices.DeleteFunc(f.obj, func(m Mention) bool { return m.Place })
	}
	if f.rel == schema.Attacked {
		// "attacks on Paris and Brussels": a city attacked is a place, and
		// "killed four Israelis" counts civilians (guideline: an attack
		// that only names a town or civilians has no actor object).
		f.obj = slices.DeleteFunc(slices.Clone(f.obj), func(m Mention) bool {
			_, kind, n := c.x.lookup(c.toks, m.Start, c.st.date)
			return kind == surfCapital && n == m.End-m.Start && !m.Possessive && !c.capitalGovernment(m) || c.counted(m) || c.civilianCraft(m)
		})
	} else {
		// "indicted 13 Russian nationals": private people stand for no
		// state ("expelled 23 Russians" are its diplomats).
		f.obj = slices.DeleteFunc(slices.Clone(f.obj), func(m Mention) bool {
			return len(m.Actors) == 1 && m.Actors[0].Kind == schema.Country && m.End > 0 && m.End <= len(c.toks) && privateNouns[c.toks[m.End-1].key]
		})
	}
	// "Many Syrians flocked to Iraq to fight", "two Palestinians attacked":
	// people counted act for themselves, not for their state.
	if f.subj = slices.DeleteFunc(f.subj, c.counted); len(f.subj) == 0 {
		return nil // "Some 326 South Koreans met their relatives": nobody's act
	}
	for k, o := range f.obj {
		// "Syria said Israeli jets struck its air base": a pronoun in the
		// object that would make the subject act on itself refers to the
		// actor before.
		if m, ok := c.otherReferent(o, f.subj, f.rel); ok {
			f.obj[k] = m
		}
	}
	if f.rel == schema.Visited {
		f.obj = c.hosts(f.obj)
	}
	if len(f.obj) == 0 && len(f.subj) == 1 && len(f.subj[0].Actors) >= 2 && c.eachOther(f.trigger) {
		// "The two countries blamed each other": one mention of both.
		m := f.subj[0]
		f.subj = nil
		for k := range m.Actors {
			one := m
			one.Actors = m.Actors[k : k+1]
			f.subj = append(f.subj, one)
		}
	}
	if len(f.obj) == 0 && len(f.subj) >= 2 && c.eachOther(f.trigger) {
		// "Washington and Beijing threatened to impose tariffs on each
		// other's products": each on the other.
		return eachOnTheOther(f, trig, f.rule)
	}
	if len(f.obj) == 0 && f.rel == schema.Attacked && len(f.subj) == 1 && len(f.subj[0].Actors) == 2 && c.reciprocal(f.trigger) {
		// "the Iran-Iraq war": a mention of both parties.
		m := f.subj[0]
		a, b := m, m
		a.Actors, b.Actors = m.Actors[:1], m.Actors[1:]
		f.subj = []Mention{a, b}
	}
	if l := c.t.lemma[f.trigger]; len(f.obj) == 0 && f.rel == schema.Attacked && allPeople(f.subj) && actorCount(f.subj) > 1 && (l == "clash" || l == "spar" || l == "fight" || l == "battle") {
		return nil // "The two leaders clashed openly over human rights": words, no arms
	}
	if l := c.t.lemma[f.trigger]; f.rel == schema.Attacked && (l == "hack" || l == "hacking") {
		// "hacked Saudi Arabia", "hacked into India's networks": a
		// cyberattack on a state or body; a person's hacked email account
		// is a crime against that person, no attack between actors.
		if f.obj = slices.DeleteFunc(slices.Clone(f.obj), func(m Mention) bool { return anyPerson([]Mention{m}) }); len(f.obj) == 0 {
			return nil
		}
	}
	if l, h := c.t.lemma[f.trigger], c.t.head[f.trigger]; (l == "charge" || l == "indictment") && f.rule == "noun-adjunct" && !(h >= 0 && chargeFilers[c.t.lemma[h]]) {
		return nil // "the investigation may result in criminal charges against him": no charger named
	}
	if h := c.t.head[f.trigger]; f.rel == schema.Attacked && h >= 0 && c.t.rel[f.trigger] == "obl:agent" && backLemmas[c.t.lemma[h]] &&
		c.prepChild(f.trigger, "on") < 0 && c.prepChild(f.trigger, "against") < 0 {
		return nil // "the SDF has been backed by US-led coalition air strikes": strikes for it, not on it
	}
	if l := c.t.lemma[f.trigger]; len(f.obj) == 0 && f.rel == schema.Attacked && (l == "clash" || l == "spar") && c.overWords(f.trigger) {
		return nil // "Washington and Moscow clashed over who should make the call", "over the gas price": words
	}
	if len(f.obj) == 0 && f.rel == schema.Attacked && (c.t.hasChildLemma(f.trigger, "compound:prt", "back") || c.t.hasChildLemma(f.trigger, "advmod", "back")) {
		return nil // "the Russians and the French started fighting back": at a third, side by side
	}
	exchanged := (f.rel == schema.Criticized || f.rel == schema.Accused || f.rel == schema.Threatened) && (c.t.lemma[f.trigger] == "exchange" || c.t.lemma[f.trigger] == "trade")
	if len(f.obj) == 0 && f.rel == schema.Attacked && len(f.subj) >= 2 && c.sharedPurpose(f.trigger) {
		return nil // "Iraqi forces and Peshmerga fighters battled to retake the dam": side by side
	}
	if h := c.t.head[f.trigger]; len(f.obj) == 0 && f.rel == schema.Attacked && f.rule == "noun-adjunct" && strings.HasPrefix(c.t.tag[f.trigger], "NN") && len(f.subj) >= 2 &&
		!(h >= 0 && (c.t.lemma[h] == "go" || c.t.lemma[h] == "be" || c.t.lemma[h] == "enter")) {
		return nil // "are ready to sign on for war": a war the subjects join, against someone else
	}
	if o, s := c.t.child(f.trigger, "obj"), c.t.child(f.trigger, "nsubj"); len(f.obj) == 0 && f.rel == schema.DowngradedRelations && len(f.subj) == 2 && o >= 0 && mutualTies[c.t.lemma[o]] && c.t.child(o, "nmod:poss") < 0 && s >= 0 && len(c.t.conjuncts(s)) == 2 {
		// "the United States and South Korea have suspended negotiations",
		// "Havana and Washington severed diplomatic ties": each with the
		// other (not "Germany, Sweden and others are unwilling to cut
		// ties": each with a third).
		return eachOnTheOther(f, trig, "symmetric-subjects")
	}
	if k := c.prepChild(f.trigger, "from"); len(f.obj) == 0 && len(f.subj) >= 2 && strings.HasPrefix(c.t.tag[f.trigger], "NN") && k >= 0 && c.allWithin(f.subj, k) {
		return nil // "phone calls from leaders including Merkel and Trump", "refugees fleeing war from Syria and Iraq": each its own, to or in another
	}
	if l := c.t.lemma[f.trigger]; f.rel == schema.Attacked && len(f.obj) == 0 && (l == "war" || l == "conflict") && c.t.child(f.trigger, "cop") >= 0 && c.t.caseOf(f.trigger) == "" &&
		c.prepChild(f.trigger, "between") < 0 && c.prepChild(f.trigger, "with") < 0 && c.prepChild(f.trigger, "against") < 0 {
		return nil // "Iraq and Afghanistan are not wars that we can win": wars named for their places (not "are at war")
	}
	if k := c.prepChild(f.trigger, "over"); f.rel == schema.Attacked && len(f.obj) == 0 && k >= 0 && disputedThings[c.t.lemma[k]] {
		return nil // "Israelis and Palestinians are fighting over words in the draft": a dispute, no battle
	}
	if len(f.obj) == 0 && (f.rel == schema.Attacked || exchanged) && len(f.subj) >= 2 && c.reciprocal(f.trigger) && !c.agreedTo(f.trigger) && !c.hasTarget(f.trigger) && !c.withOwnSide(f.trigger) {
		// (Not "the US, South Korea and Japan agreed to push for a ban":
		// what allies agree to do, they do side by side.)
		// "Armenia and Azerbaijan clashed", "exchanged fire", "traded
		// accusations": each attacked, or blamed, the other.
		return eachOnTheOther(f, trig, "symmetric-subjects")
	}
	if len(f.obj) == 0 && (f.rel == schema.MetWith || f.rel == schema.NegotiatedWith || f.rel == schema.SignedAgreementWith) && actorCount(f.subj) == 1 && f.trigger >= 0 {
		host, ahead := c.hostOfTrip(f.trigger, f.subj)
		if f.obj = c.others(host, f.subj); len(f.obj) > 0 && ahead && f.mod == schema.Asserted {
			f.mod = schema.Future // "is coming to Washington tomorrow to negotiate"
		}
	}
	if all := append(slices.Clone(f.subj), f.obj...); f.rel.Symmetric() && len(all) >= 2 && c.alternatives(all) {
		return nil // "get China, India or the United States to agree to a deal": any one of them, with no other
	}
	if len(f.obj) == 0 {
		if !f.rel.Symmetric() {
			return nil
		}
		if !c.reciprocal(f.trigger) || c.distributive(f.trigger) {
			return nil // "Jordan, Egypt and Turkey have worked hard", "the EU and the AU each hold summits": each on its own
		}
		if v := c.t.head[f.trigger]; c.t.hasChildLemma(f.trigger, "advmod", "also") && c.t.child(f.trigger, "nsubj:pass") >= 0 ||
			v >= 0 && relIs(c.t.rel[f.trigger], "nsubj") && c.t.hasChildLemma(v, "advmod", "also") {
			return nil // "the agreement was also signed by China, France and Russia": joined to it, on one side
		}
		if k := max(c.prepChild(f.trigger, "at"), c.prepChild(f.trigger, "before")); c.t.lemma[f.trigger] == "speak" && k >= 0 && !meetingNouns[c.t.lemma[k]] {
			return nil // "Putin and Erdogan spoke at the conference": each to the room
		}
		if k := max(c.prepChild(f.trigger, "with"), c.prepChild(f.trigger, "to")); k >= 0 && !c.eachOther(f.trigger) {
			return nil // "Trump and Pence met with 20 surrogates": with them, not each other
		}
		if relNouns[c.toks[f.trigger].key] != "" && (c.t.child(f.trigger, "nmod:poss") >= 0 || c.owned(f.trigger)) {
			return nil // "Damascus and its Russian and Iranian allies", "Japan and Australia, both U.S. allies": another's, not each other's
		}
		if len(f.subj) > 3 && strings.HasPrefix(c.t.tag[f.trigger], "NN") {
			return nil // "Leaders of ASEAN, China, Russia, Japan and India arrived for a gala dinner": a gathering, not each pair meeting
		}
		if f.rel == schema.SignedAgreementWith && c.t.tag[f.trigger] == "NNS" && f.rule == "noun-mod" {
			return nil // "the Canadian and Israeli pacts": each one's own, with another party
		}
		var out []relation
		if len(f.subj) >= 2 {
			for a := 0; a < len(f.subj); a++ {
				out = appendPairs(out, f.subj[a:a+1], f.subj[a+1:], f.rel, trig, f.conf-0.05, f.neg, f.mod, f.rep)
			}
		} else if a := f.subj[0]; len(a.Actors) == 2 || len(a.Actors) > 2 && a.End-a.Start == 3 && smallCounts[c.toks[a.Start+1].key] > 0 {
			// "the two countries met", "the three countries were to hold
			// talks" (not "they", three states objecting to peace talks)
			for j, x := range a.Actors {
				for _, y := range a.Actors[j+1:] {
					out = append(out, relation{subj: x, obj: y, rel: f.rel, negated: f.neg, modality: f.mod,
						reporter: f.rep, trigger: trig, confidence: f.conf - 0.1})
				}
			}
		}
		return withRule(out, "symmetric-subjects")
	}
	rep := f.rep
	var blame []relation
	if rep != nil && f.rel == schema.Attacked && !f.neg && (f.mod == schema.Future || f.mod == schema.Hypothetical) && c.ownSide(*rep, f.subj) {
		// "North Korea said it may strike the United States", "Trump
		// said the US will strike Iran": an attack its doer, or the
		// doer's leader, says may come is a threat to a state (guideline:
		// threaten, warn of consequences); "Russia said it will keep
		// bombing Islamic State" announces a campaign.
		states := slices.DeleteFunc(slices.Clone(f.obj), func(m Mention) bool { return m.Actors[0].Kind != schema.Country })
		blame = withRule(appendPairs(nil, []Mention{{Actors: []schema.Actor{*rep}}}, states, schema.Threatened, trig, f.conf, false, schema.Asserted, nil), "stated-attack")
	}
	if f.rel == schema.Attacked && !f.neg && f.mod == schema.Future && c.announcedPlan(f.trigger) {
		// "Kim announced plans to fire missiles towards Japan", "Iran
		// unveiled plans to strike American bases": an attack its doer
		// makes known as planned is a threat to the state it aims at.
		states := slices.DeleteFunc(slices.Clone(f.obj), func(m Mention) bool { return m.Actors[0].Kind != schema.Country })
		blame = withRule(appendPairs(nil, f.subj, states, schema.Threatened, trig, f.conf, false, schema.Asserted, nil), "announced-attack")
	}
	if rep != nil {
		for k, m := range append(append([]Mention{}, f.subj...), f.obj...) {
			if m.Actors[0].ID != rep.ID {
				continue
			}
			if k >= len(f.subj) && f.rel == schema.Attacked && !f.neg && f.mod != schema.Hypothetical {
				// (Not "Iran said it could close the strait if attacked by
				// the United States": no attack is told.)
				// "Syria said Israeli jets struck its base": the victim
				// who reports an attack blames the attacker (guideline:
				// reported speech that clearly blames).
				blame = withRule(appendPairs(nil, []Mention{{Actors: []schema.Actor{*rep}}}, f.subj, schema.Accused, trig, f.conf, false, schema.Asserted, nil), "reported-blame")
			}
			rep = nil
			break
		}
	}
	if l := c.t.lemma[f.trigger]; f.rel == schema.Attacked && (l == "clash" || l == "spar") && (anyPerson(f.subj) || anyPerson(f.obj)) {
		f.rel = schema.Criticized // "Bush clashed with Russia over Georgia": a politician's dispute, in words
	}
	if o := c.t.child(f.trigger, "obj"); f.rel == schema.Attacked && verbalAttack[c.t.lemma[f.trigger]] && o >= 0 && (actNouns[c.t.lemma[o]] || claimNouns[c.t.lemma[o]]) &&
		!(c.t.lemma[o] == "position" && (c.toks[o].key == "positions" || c.militarySubject(f.trigger) || c.groupCompound(o))) &&
		!((c.t.lemma[o] == "program" || c.t.lemma[o] == "programme") && (c.t.hasChildLemma(o, "amod", "nuclear", "weapon", "missile") || c.t.hasChildLemma(o, "compound", "nuclear", "weapon", "missile"))) {
		// "China attacked the US move": words on an act; "struck
		// Hezbollah positions", "the U.S. military targeted an ISIS
		// position" are places held, and "attack Iran's nuclear program"
		// its plants.
		f.rel = schema.Criticized
	}
	if f.rel.Symmetric() {
		// "has received about 1,500 Syrians": people counted are no party
		// to a meeting.
		f.obj = slices.DeleteFunc(f.obj, c.counted)
	}
	if l := c.t.lemma[f.trigger]; f.rel == schema.Rejected && (l == "dismiss" || l == "sack") && allPeople(f.subj) && allPeople(f.obj) && sameCountry(f.subj, f.obj) &&
		c.t.child(f.trigger, "obj") >= 0 && c.headOf[c.t.child(f.trigger, "obj")] >= 0 {
		return nil // "Trump wanted to dismiss Robert Mueller": firing one's official
	}
	if o := c.t.child(f.trigger, "obj"); f.rel == schema.DowngradedRelations && o >= 0 && slices.ContainsFunc(c.t.conjuncts(o), func(o int) bool {
		return c.t.lemma[o] == "aid" || c.t.lemma[o] == "assistance" || c.t.lemma[o] == "funding" || c.nounObjectFits(o, []string{"aid", "assistance", "funding"})
	}) {
		// "withholding $391 million of military aid from Ukraine", "cut
		// aid to Egypt": aid not given (guideline: aid is PROVIDED_AID_TO);
		// so too with another thing withheld ("withheld a White House
		// meeting and military aid from Ukraine").
		f.rel, f.neg = schema.ProvidedAidTo, !f.neg
	}
	if k := c.prepChild(f.trigger, "on"); f.rel == schema.ProvidedAidTo && (c.t.lemma[f.trigger] == "help" || c.t.lemma[f.trigger] == "assist") && k >= 0 &&
		c.headOf[k] >= 0 && !c.ms[c.headOf[k]].Place && c.t.child(f.trigger, "obj") >= 0 {
		// "China has been helping the U.S. on North Korea": help on an
		// issue is working together on it, no aid.
		f.rel = schema.CooperatedWith
	}
	if f.rel == schema.ProvidedAidTo && c.t.lemma[f.trigger] == "lend" && slices.ContainsFunc(c.t.kids[f.trigger], func(o int) bool {
		if c.t.rel[o] != "obj" || c.headOf[o] >= 0 || !strings.HasPrefix(c.t.tag[o], "NN") || goodsNouns[c.t.lemma[o]] || lentGoods[c.t.lemma[o]] {
			return false
		}
		lo, hi := c.t.span(o)
		return !slices.ContainsFunc(c.toks[lo:hi+1], func(w token) bool { return w.tag == "CD" || w.tag == "$" }) // "five mln barrels of crude"
	}) {
		return nil // "offered to lend Mr Putin his glasses": a jibe, no aid
	}
	if o := c.t.child(f.trigger, "obj"); f.rel == schema.ProvidedAidTo && guardLemmas[c.t.lemma[f.trigger]] && o >= 0 && (c.t.lemma[o] == "embassy" || c.t.lemma[o] == "consulate" || c.t.lemma[o] == "mission") {
		return nil // "called on Tehran to protect the Saudi embassy": a host's duty to a mission, no aid to its state
	}
	if f.rel == schema.ProvidedAidTo && f.trigger >= 0 && guardLemmas[c.t.lemma[f.trigger]] {
		// "protecting the Russian-speaking population from persecution by
		// the authorities in Kiev": whoever the guarded are kept from is
		// no one protected.
		f.obj = slices.DeleteFunc(slices.Clone(f.obj), func(m Mention) bool {
			if m.Prep == "by" || m.Prep == "from" {
				return true
			}
			for _, k := range c.t.kids[f.trigger] {
				if relIs(c.t.rel[k], "obl") && (c.t.caseOf(k) == "by" || c.t.caseOf(k) == "from") {
					if lo, hi := c.t.span(k); m.Start >= lo && m.End <= hi+1 {
						return true
					}
				}
			}
			return false
		})
		if len(f.obj) == 0 {
			return nil
		}
	}
	if k := c.prepChild(f.trigger, "from"); f.rel == schema.ProvidedAidTo && (c.t.lemma[f.trigger] == "protect" || c.t.lemma[f.trigger] == "shield") && k >= 0 && answerNouns[c.t.lemma[k]] {
		f.rel = schema.Supported // "Russia has protected Assad from accountability": political cover, no aid
	}
	if l := c.t.lemma[f.trigger]; f.rel == schema.DowngradedRelations && (expelLemmas[l] || l == "deport") && allPeople(f.obj) {
		return nil // "a legal basis to expel Mr. Snowden": an individual sent away, no diplomatic break
	}
	if o := c.t.child(f.trigger, "obj"); f.rel == schema.ProvidedAidTo && o >= 0 && (c.t.lemma[o] == "support" || c.t.lemma[o] == "backing") && !c.t.hasChildLemma(o, "amod", materialKinds...) &&
		!c.t.hasChildLemma(o, "compound", "air", "fire", "artillery", "naval", "logistics", "intelligence") && !c.t.hasChildLemma(o, "amod", "air", "aerial", "naval") && strings.HasPrefix(c.t.tag[f.trigger], "VB") {
		f.rel = schema.Supported // "Tillerson offers EU strong U.S. support": words, not money, arms or air support
	}
	if k := c.prepChild(f.trigger, "at"); f.rel == schema.Attacked && k >= 0 && c.t.child(f.trigger, "obj") < 0 && (c.t.lemma[f.trigger] == "strike" || c.t.lemma[f.trigger] == "shoot") &&
		(c.t.tag[f.trigger] == "VBN" && c.t.rel[f.trigger] == "acl" || atNoTarget[c.t.lemma[k]]) {
		return nil // "a bromance struck at Trump's resort", "forces positioned to strike at his command"
	}
	if f.rel == schema.Criticized && c.t.lemma[f.trigger] == "confront" && (len(f.obj) > 0 && !slices.ContainsFunc(f.obj, func(m Mention) bool { return m.Actors[0].Kind != schema.Group }) ||
		slices.ContainsFunc(f.subj, func(m Mention) bool { return m.End > 0 && militaryNouns[c.t.lemma[m.End-1]] }) || f.trigger >= 0 && c.t.head[f.trigger] >= 0 && c.t.hasChildLemma(c.t.head[f.trigger], "amod", "military")) {
		f.rel = schema.Attacked // "Iraqi forces confronted ISIS", "military options for confronting the Islamic State": force, no words
	}
	if w := c.attackWord(f.trigger); f.rel == schema.Attacked && w >= 0 && allPeople(f.subj) && (c.spokenAttack(w) || c.spokenAttack(f.trigger)) {
		f.rel = schema.Criticized // "Trump launched a fresh attack on Germany, claiming …": words
	}
	if f.rel == schema.Attacked && allPeople(f.subj) && (allPeople(f.obj) || len(f.obj) == 0 && actorCount(f.subj) > 1) {
		switch l := c.t.lemma[f.trigger]; {
		case verbalAttack[l] && !(forceLemmas[l] && !sameCountry(f.subj, f.obj)):
			// "Gabbard's attack on Clinton": one politician's words on
			// another; "Obama decided not to strike Assad" is force.
			f.rel = schema.Criticized
		}
	}
	if l := c.t.lemma[f.trigger]; f.rel == schema.Attacked && verbalAttack[l] && !forceLemmas[l] && allPeople(f.subj) && len(f.obj) > 0 && !slices.ContainsFunc(f.obj, func(m Mention) bool {
		return m.Actors[0].Kind != schema.Organization || armedBodies[m.Actors[0].ID]
	}) {
		// "his attacks on the World Trade Organization": a leader's
		// words on a body that bears no arms.
		f.rel = schema.Criticized
	}
	if f.rel == schema.Attacked && allPeople(f.subj) && (allPeople(f.obj) || len(f.obj) == 0 && actorCount(f.subj) > 1) {
		switch l := c.t.lemma[f.trigger]; {
		case l == "clash" || l == "fighting" || l == "fight" || l == "battle":
			return nil // "clashes between the ambassador and the prosecutor": a dispute
		case (l == "defeat" || l == "beat") && sameCountry(f.subj, f.obj):
			return nil // "Biden's ability to defeat Trump": an election
		}
	}
	// "blamed his predecessors, not China": an object set off by "not" is
	// denied.
	denied := slices.DeleteFunc(slices.Clone(f.obj), func(m Mention) bool { return !c.contrasted(m) })
	f.obj = slices.DeleteFunc(f.obj, c.contrasted)
	out := append(appendPairs(nil, f.subj, f.obj, f.rel, trig, f.conf, f.neg, f.mod, rep), blame...)
	out = appendPairs(out, f.subj, denied, f.rel, trig, f.conf, !f.neg, f.mod, rep)
	if (f.rel == schema.Attacked || f.rel == schema.Criticized || f.rel == schema.Accused || f.rel == schema.Threatened) && (c.t.lemma[f.trigger] == "exchange" || c.t.lemma[f.trigger] == "trade") ||
		f.rel == schema.Attacked && c.t.lemma[f.trigger] == "pit" ||
		f.rel == schema.Attacked && (c.t.lemma[f.trigger] == "fighting" || combatLemmas[c.t.lemma[f.trigger]] && !strings.HasPrefix(c.t.tag[f.trigger], "VB") || c.t.lemma[f.trigger] == "war" || c.t.lemma[f.trigger] == "violence" && f.rule == "noun-between") &&
			!c.aimedAt(f.trigger) && (f.mod == schema.Asserted && !f.neg || f.rule == "noun-between") {
		// Fighting with someone is mutual, a war against or on someone is
		// not ("on Friday" is no one); fire and barbs exchanged, and a war
		// that pits one side against another, go both ways. A war one side
		// only intends, or disowns, is that side's ("has no intention to
		// go to war with Turkey").
		out = append(out, appendPairs(nil, f.obj, f.subj, f.rel, trig, f.conf, f.neg, f.mod, rep)...)
	}
	return withRule(out, f.rule)
}

// aimedAt reports whether a fighting noun has a target: "a war on
// Iran", or on the light verb it is the object of, "declared war on
// North Korea", "waged war against the rebels".
func (c *clause) aimedAt(i int) bool {
	at := []string{"against", "on"}
	if len(c.prepArgs(i, at)) > 0 {
		return true
	}
	h := c.t.head[i]
	if h >= 0 && c.t.rel[i] == "obj" && startLemmas[c.t.lemma[h]] {
		return true // "if the US decided to launch a war with Iran": who starts it strikes
	}
	return h >= 0 && c.t.rel[i] == "obj" && strings.HasPrefix(c.t.tag[h], "VB") && len(c.prepArgs(h, at)) > 0
}

// startLemmas start a fight: the one who starts it attacks.
var startLemmas = map[string]bool{"launch": true, "start": true, "begin": true, "unleash": true, "initiate": true, "declare": true, "provoke": true}

// denialHasContent reports whether a verb of denying already has what it
// denies, so that a participle after it is its subject's own act: "Syria
// denied using chemical weapons, attributing the attack to the rebels".
func (c *clause) denialHasContent(v int) bool {
	return c.t.child(v, "obj") >= 0 || c.t.child(v, "xcomp") >= 0 || c.t.child(v, "ccomp") >= 0
}

// whileCase are the prepositions of an event that a clause's own time
// shares: "during his stop in Riyadh", "on his trip to Asia".
var whileCase = map[string]bool{"during": true, "on": true, "in": true, "at": true, "throughout": true}

// untilAfter reports whether verb v has a phrase that puts its event off
// till later: "did not call until after his remarks", "did not meet until
// Friday".
func (c *clause) untilAfter(v int) bool {
	for _, k := range c.t.kids[v] {
		if c.t.hasChildLemma(k, "mark", "until", "till") || c.t.hasChildLemma(k, "case", "until", "till") { // ("until/case well/advmod after": the parser's reading)
			return true
		}
	}
	return false
}

// ownedBySubject reports whether mention m is a possessive pronoun on a
// noun with "own": "its own people", "their own forces".
func (c *clause) ownedBySubject(m Mention) bool {
	if m.Start < 0 || m.End != m.Start+1 || m.Start >= len(c.toks) {
		return false
	}
	k := c.toks[m.Start].key
	h := c.t.head[m.Start]
	return (k == "its" || k == "their" || k == "his" || k == "her") && h >= 0 && c.t.hasChildLemma(h, "amod", "own")
}

// chanceNouns are what one is given to act with besides time (timeNouns):
// "gave Iran a chance to comply".
var chanceNouns = map[string]bool{"chance": true, "opportunity": true, "deadline": true}

// takeLemmas take ground by force.
var takeLemmas = map[string]bool{"retake": true, "recapture": true, "capture": true, "seize": true, "storm": true, "overrun": true, "besiege": true, "encircle": true}

// heldTaken reads the taking of ground that an actor's name says it holds
// as an attack on that actor: "an offensive to retake rebel-held eastern
// Aleppo", "stormed the Houthi-controlled port". i is the verb.
func (c *clause) heldTaken(i int) (frame, bool) {
	t := c.t
	o := t.child(i, "obj")
	if !takeLemmas[t.lemma[i]] || !strings.HasPrefix(t.tag[i], "VB") || o < 0 || c.prepChild(i, "from") >= 0 {
		return frame{}, false
	}
	var held []Mention // before the object's head, inside its phrase: "rebel-held/amod-of-eastern eastern Aleppo"
	for _, m := range c.ms {
		if holdSuffixes[m.Suffix] && m.End-1 < o && t.dominates(o, m.End-1) {
			held = append(held, m)
		}
	}
	if len(held) == 0 {
		return frame{}, false
	}
	f := frame{rel: schema.Attacked, trigger: i, subj: c.subjectOf(i, 0), obj: held, conf: 0.75, rule: "verb-obj"}
	c.polarity(&f, i)
	return f, len(f.subj) > 0
}

// aheadOf reports whether the event noun at i follows "ahead of" or "in
// advance of": "arrived in Washington ahead of a meeting with Obama".
func (c *clause) aheadOf(i int) bool {
	k := c.t.child(i, "case")
	return k > 0 && (c.toks[k].key == "of" && (c.toks[k-1].key == "ahead" || c.toks[k-1].key == "advance") ||
		c.toks[k].key == "into" && (c.toks[k-1].key == "heading" || c.toks[k-1].key == "going")) // "heading into his summit with Putin"
}

// rivalryPrizes are what states vie for without fighting: a "battle for
// regional hegemony" is a rivalry.
var rivalryPrizes = map[string]bool{"hegemony": true, "supremacy": true, "dominance": true, "primacy": true, "influence": true, "leadership": true, "predominance": true}

// undertakings are courses of action that an event can threaten, as it
// puts them at risk, with no threat made to anyone.
var undertakings = map[string]bool{
	"effort": true, "attempt": true, "process": true, "progress": true, "talk": true, "negotiation": true, "plan": true,
	"deal": true, "peace": true, "stability": true, "recovery": true, "ceasefire": true, "truce": true, "agreement": true,
	"initiative": true, "bid": true, "push": true, "diplomacy": true, "relationship": true, "relation": true, "tie": true, "detente": true,
}

// fightsThreat reports whether verb v's object is a threat ("combats the
// threat of al-Qaida"), fought one way only.
func (c *clause) fightsThreat(v int) bool {
	o := c.t.child(v, "obj")
	return o >= 0 && dangerNouns[c.t.lemma[o]]
}

// sourceNouns name the doer of the act after "of": "the source of the
// attacks".
var sourceNouns = map[string]bool{"source": true, "origin": true, "perpetrator": true, "culprit": true, "mastermind": true, "architect": true}

// behindAct reports whether the act noun at i is one its copula's subject
// is behind: "Iran was behind the attacks on Saudi oil facilities" says
// who attacked (but "the US is behind Israel" backs it, no act named).
func behindAct(t *tree, i int, rel schema.Relation) bool {
	r := t.rel[i]
	return t.caseOf(i) == "behind" && t.child(i, "cop") >= 0 && (rel == schema.Attacked || rel == schema.Sanctioned || rel == schema.Threatened) &&
		!relIs(r, "obl") && !relIs(r, "nmod") && r != "obj" // a clause of its own, not "is convinced Assad was behind the attack/obl:agent"
}

// answerableFor returns the doer of the act noun at i that a phrase of
// responsibility or readiness names, with "for": the one who bears,
// claims or takes responsibility for it ("Russia bears responsibility for
// the attack on Ukraine", "Russian responsibility for the attack on
// British soil", "Iran is responsible for the attack"), or who stands
// poised or ready for it ("the United States is poised for a military
// strike against Syria", an act still to come: see polarity).
func (c *clause) answerableFor(i int) []Mention {
	t := c.t
	h := t.head[i]
	if h < 0 || t.caseOf(i) != "for" || !relIs(t.rel[i], "nmod") && !relIs(t.rel[i], "obl") {
		return nil
	}
	switch l := t.lemma[h]; {
	case l == "responsibility" || l == "culpability":
		if got, _ := c.modifierActors(h); len(got) > 0 {
			return got // "Russia's responsibility", "Russian responsibility"
		}
		if v := t.head[h]; v >= 0 && t.rel[h] == "obj" && bearLemmas[t.lemma[v]] {
			return c.subjectOf(v, 0)
		}
	case l == "responsible" || readyLemmas[l]:
		if s := max(t.child(h, "nsubj"), t.child(h, "nsubj:pass")); s >= 0 && (strings.HasPrefix(t.tag[h], "JJ") || t.tag[h] == "VBN") {
			return c.argsOf(s, false)
		}
	}
	return nil
}

// readyLemmas stand ready for an act to come.
var readyLemmas = map[string]bool{"poised": true, "poise": true, "ready": true, "prepared": true, "prepare": true}

// bearLemmas take responsibility as their object: its subject answers for
// the act.
var bearLemmas = map[string]bool{"bear": true, "claim": true, "take": true, "accept": true, "assume": true, "admit": true, "acknowledge": true, "shoulder": true}

// legislature returns the United States for its Congress, Senate or House
// as the subject of a sanction ("Congress passed new sanctions against
// Russia") or of an act toward a foreign actor ("the Senate condemned
// Saudi Arabia"): a legislature acts there for its state (guideline: a
// state agency is its country). Elsewhere Congress is no actor, its
// quarrels with the White House domestic. Not another state's
// legislature: "the Philippine Senate", "the House of Lords", Congress in
// an article that names India more than the United States.
func (c *clause) legislature(s int) []Mention {
	t := c.t
	if l := c.toks[s].key; l != "congress" && l != "senate" && !(l == "house" && !t.hasChildLemma(s, "compound", "white")) || !c.toks[s].cap() {
		return nil
	}
	if slices.ContainsFunc(t.kids[s], func(k int) bool {
		return (t.rel[k] == "amod" || t.rel[k] == "compound" || t.rel[k] == "nmod:poss" || t.rel[k] == "nmod") && c.headOf[k] >= 0 && !slices.ContainsFunc(c.ms[c.headOf[k]].Actors, func(a schema.Actor) bool { return a.ID == "USA" }) ||
			t.rel[k] == "nmod" && c.toks[k].key != "representatives"
	}) || c.st.countryCount["IND"] > c.st.countryCount["USA"] {
		return nil
	}
	e, ok := c.x.gaz.Entity("USA")
	if !ok {
		return nil
	}
	return []Mention{{Actors: []schema.Actor{c.x.actor(e, c.toks[s].text, c.st.date)}, Start: s, End: s + 1}}
}

// foreignTo reports whether there are objects and none is the country id,
// one of its people or a person of no known country: "the Senate
// condemned Saudi Arabia", not "the Senate acquitted Trump".
func foreignTo(objs []Mention, id string) bool {
	return len(objs) > 0 && !slices.ContainsFunc(objs, func(m Mention) bool {
		return slices.ContainsFunc(m.Actors, func(a schema.Actor) bool {
			return a.ID == id || a.Country == id || a.Kind == schema.Person && a.Country == ""
		})
	})
}

// enactLemmas bring a text into force: what a text only to be passed says
// is not yet so.
var enactLemmas = map[string]bool{"pass": true, "adopt": true, "approve": true, "introduce": true, "enact": true, "sign": true, "issue": true}

// seeWishLemmas wish to see an event: it has not happened.
var seeWishLemmas = map[string]bool{"want": true, "like": true, "hope": true, "wish": true, "love": true, "expect": true, "prefer": true}

// chargedLemmas charge their object with what follows "of" or "with".
var chargedLemmas = map[string]bool{"accuse": true, "charge": true, "suspect": true, "convict": true, "implicate": true, "indict": true, "blame": true}
