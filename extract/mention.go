package extract

import (
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/diplograph/diplograph/extract/lemma"
	"github.com/diplograph/diplograph/schema"
)

// Mention is a span of a sentence that names one actor or more ("the two
// countries").
type Mention struct {
	Actors []schema.Actor
	Start  int // token index of the first token
	End    int // token index after the last token
	// Prep is the preposition before the mention ("in Moscow"), lowercased.
	Prep string
	// Possessive: the mention is followed by 's ("Russia's envoy").
	Possessive bool
	// Modifier: the mention is an adjective or compound before a noun
	// ("US-backed", "rebel-held"); Suffix holds the compound's second part.
	Suffix string
	// Affiliation is the country or body a person's title names ("Russian
	// Foreign Minister Sergey Lavrov" → RUS), with the title's first token.
	Affiliation *schema.Actor
	TitleAt     int
	// Place: a capital or place-like use; an actor only as a visit's destination.
	Place bool
	// Leader is the titled person a state's mention was read from ("Syrian
	// President Bashar al-Assad's regime"): the title still names their office.
	Leader *schema.Actor
}

// locPreps make a following place name a location, not an actor.
var locPreps = map[string]bool{
	"in": true, "at": true, "near": true, "from": true, "into": true, "outside": true,
	"across": true, "via": true, "around": true, "inside": true, "throughout": true, "to": true,
	"toward": true, "towards": true, "between": true, "over": true, "of": true, "on": true,
}

// placePreps make a following capital a place ("talks in Geneva"), where
// other prepositions leave it an actor ("sanctions on Moscow").
var placePreps = map[string]bool{
	"in": true, "at": true, "near": true, "from": true, "into": true, "outside": true, "across": true,
	"via": true, "around": true, "inside": true, "throughout": true, "to": true, "toward": true, "towards": true,
}

// govNouns turn a demonym into its country ("Russian officials", "Syrian army").
var govNouns = map[string]bool{
	"government": true, "officials": true, "official": true, "forces": true, "troops": true,
	"army": true, "military": true, "jets": true, "warplanes": true, "aircraft": true,
	"navy": true, "regime": true, "authorities": true, "diplomats": true, "diplomat": true,
	"envoy": true, "ambassador": true, "commissioner": true, "ministry": true, "spokesman": true, "spokeswoman": true,
	"delegation": true, "junta": true, "delegate": true, "side": true, "leadership": true, "leader": true, "leaders": true,
	"president": true, "presidency": true, "administration": true, "cabinet": true, "embassy": true,
	"planes": true, "bombers": true, "strikes": true, "airstrikes": true, "campaign": true,
	"intelligence": true, "state": true, "counterpart": true, "counterparts": true, "negotiators": true, "delegates": true, "envoys": true,
	"soldiers": true, "parliament": true, "lawmakers": true, "legislators": true, "premier": true, "defence": true, "defense": true,
	"backers": true, "enablers": true, "navy's": true, "warships": true, "missiles": true, "prime": true, "foreign": true,
	"minister": true, "ministers": true, "foreign-ministry": true, "coast": true, "air": true,
	"security": true, "interior": true, "regime's": true, "jet": true, "drone": true, "drones": true,
	// What a country does or says: "Russian interference", "American demands".
	"demands": true, "proposal": true, "proposals": true, "plan": true, "claims": true, "offer": true,
	"accusations": true, "allegations": true, "request": true, "draft": true, "resolution": true,
	"interference": true, "meddling": true, "aggression": true, "involvement": true, "intervention": true,
	"occupation": true, "incursion": true, "annexation": true, "hackers": true, "hacking": true,
	"airstrike": true, "air-strikes": true, "offensive": true, "warship": true, "submarine": true,
	"submarines": true, "carrier": true, "carriers": true, "destroyer": true, "destroyers": true, "frigate": true, "frigates": true,
	"personnel": true, "commandos": true, "marines": true, "advisers": true, "advisors": true,
	"regulator": true, "regulators": true, "watchdog": true, "agency": true,
	"power": true, "police": true, "policemen": true, "policeman": true, "guards": true, "sailors": true,
	"pilots": true, "servicemen": true, "paratroopers": true, "soldier": true, "pilot": true, "artillery": true,
	"tanks": true, "armour": true, "armor": true, "units": true, "agents": true, "operatives": true, "spies": true,
	// Strikes stand for who launched them: "Pakistani shelling killed three soldiers".
	"shelling": true, "bombing": true, "bombings": true, "bombardment": true,
	"raids": true, "raid": true, "torpedo": true, "torpedoes": true,
	"warplane": true, "helicopter": true, "helicopters": true, "gunships": true,
	// A state's tests, launches and measures: "the North Korean missile test".
	"test": true, "tests": true, "launch": true, "launches": true, "invasion": true, "sanctions": true,
}

// peopleCount are the words that count people: "four Israelis", "many
// Syrians", "dozens of Iraqis" (see clause.pairs).
var peopleCount = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "dozen": true, "dozens": true, "hundreds": true, "thousands": true,
	"millions": true, "many": true, "some": true, "several": true, "few": true, "most": true,
	"fellow": true, "ordinary": true, "young": true, "innocent": true, "wounded": true, "dead": true,
}

// postedTitles follow a country a body posts someone to: "UNICEF's Iraq
// representative", "the agency's Syria director".
var postedTitles = map[string]bool{
	"representative": true, "director": true, "chief": true, "head": true, "coordinator": true,
	"correspondent": true, "spokesman": true, "spokeswoman": true, "envoy": true, "office": true,
}

// predicateWords make the title after them an office held or sought, not
// its holder: "to become Britain's prime minister", "succeeded him as".
var predicateWords = map[string]bool{"become": true, "became": true, "becomes": true, "becoming": true, "as": true, "be": true, "is": true, "was": true, "elected": true, "named": true, "appointed": true}

// dissentWords make a title one against the state it names: "Turkey's
// opposition leader".
var dissentWords = map[string]bool{
	"opposition": true, "dissident": true, "exiled": true, "rebel": true, "separatist": true, "independence-leaning": true, "former": true,
	"militia": true, "militant": true, "insurgent": true, "jihadist": true, "guerrilla": true, // "Libyan militia leader Ahmed Khattala": no state's agent
}

// nonStateWords make the people a demonym qualifies no state's agents:
// "Syrian tribal leaders", "Iraqi religious figures".
var nonStateWords = map[string]bool{
	"tribal": true, "religious": true, "clerical": true, "business": true, "community": true, "civic": true,
	"student": true, "church": true, "labor": true, "labour": true,
}

// topicTitles follow the name of the country that is their subject, not
// their employer: "Russia adviser Fiona Hill", "China expert".
var topicTitles = map[string]bool{
	"adviser": true, "advisor": true, "expert": true, "specialist": true, "analyst": true, "czar": true,
	"scholar": true, "hand": true, "watcher": true, "hawk": true, "dove": true,
}

// postingTitles are the titles of a country's envoys to a body: bodies have
// envoys of their own ("UN envoy Staffan de Mistura") but no ambassadors.
var postingTitles = map[string]bool{"ambassador": true}

// personalNouns are govNouns that after a person's name are the person's
// own: "Xi's leadership" is his, not China's.
var personalNouns = map[string]bool{"leadership": true, "side": true, "claims": true, "demands": true, "offer": true, "proposal": true, "proposals": true, "plan": true, "request": true,
	"accusations": true, "allegations": true, "draft": true}

// titleWords make up the titles of officials.
var titleWords = map[string]bool{
	"president": true, "vice": true, "prime": true, "minister": true, "premier": true,
	"chancellor": true, "foreign": true, "secretary": true, "secretary-general": true, "general": true,
	"state": true, "of": false, "ambassador": true, "envoy": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "adviser": true, "advisor": true, "king": true, "queen": true, "prince": true,
	"crown": true, "emir": true, "sheikh": true, "sultan": true, "commander": true, "leader": true,
	"chief": true, "director": true, "senator": true, "sen.": true, "gov.": true, "governor": true, "rep.": true,
	"congressman": true, "congresswoman": true, "sir": true, "dame": true, "agent": true,
	"strongman": true, "dictator": true, "ruler": true, "autocrat": true, "despot": true,
	"councilor": true, "councillor": true, "delegate": true,
	"deputy": true, "defence": true, "defense": true, "finance": true, "economy": true, "interior": true,
	"treasury": true, "commerce": true, "agriculture": true,
	"trade": true, "security": true, "national": true, "press": true, "special": true, "representative": true,
	"head": true, "public": true, "affairs": true, "mr": true, "mrs": true, "ms": true, "dr": true,
	"counterpart": true, "president-elect": true, "ayatollah": true, "supreme": true, "gen": true, "lt": true, "col": true,
	"diplomat": true, "former": true, "top": true, "official": true, "negotiator": true, "mediator": true,
	"minister-president": true, "spy": true, "army": true, "justice": true, "energy": true, "oil": true,
	"petroleum": true, "defense-secretary": true, "counsel": true, "attorney": true, "chairman": true,
	"staff": true, "chairwoman": true, "undersecretary": true, "under-secretary": true, "assistant": true,
	"admiral": true, "lieutenant": true, "colonel": true, "brigadier": true, "marshal": true, "policy": true,
	"commissioner": true, "consul": true, "consul-general": true, "prosecutor": true, "intelligence": true,
	"gen.": true, "lt.": true, "col.": true, "adm.": true, "mr.": true, "mrs.": true, "ms.": true, "dr.": true,
}

// officeOf names the office a title holds in the dictionaries, or "" when
// the title is not one office a country has one holder of.
func officeOf(title []token) string {
	var ws []string
	for _, t := range title {
		ws = append(ws, t.key)
	}
	switch strings.Join(ws, " ") {
	case "foreign minister", "foreign secretary", "minister of foreign affairs", "secretary of state":
		return "foreign_minister"
	case "prime minister", "premier", "chancellor":
		return "head_of_government"
	case "secretary-general", "secretary general":
		return "secretary_general"
	case "defense secretary", "defence secretary", "secretary of defense", "defense minister", "defence minister",
		"minister of defense", "minister of defence":
		return "defence_minister"
	case "crown prince":
		return "crown_prince" // "the Saudi crown prince"
	case "national security adviser", "national security advisor":
		return "national_security_adviser"
	case "vice president", "vice-president":
		return "vice_president"
	case "king", "queen", "emir", "amir", "sultan":
		return "head_of_state" // "the Saudi king", "Jordan's king"
	case "president":
		return "president" // "Ukraine's president": see presidency
	case "leader", "top leader":
		return "leader" // "the North Korean leader": see presidency
	}
	return ""
}

// presidency maps the offices "president" and "leader" to the role the
// dictionaries give them. A country's president is its head of state, but
// in Iran, whose head of state is the Supreme Leader, its head of
// government. A country's leader is the one who governs: its head of state
// ("the North Korean leader", "the Russian leader"), but in a parliamentary
// state, whose head of state is a monarch or a ceremonial president, its
// head of government ("the Israeli leader", "the German leader").
func presidency(office, country string) string {
	switch {
	case office == "president" && country == "IRN":
		return "head_of_government"
	case office == "president":
		return "head_of_state"
	case office == "leader" && ledByGovernment[country]:
		return "head_of_government"
	case office == "leader":
		return "head_of_state"
	}
	return office
}

// ledByGovernment are the parliamentary states: their head of government,
// not their head of state, leads them.
var ledByGovernment = map[string]bool{
	"GBR": true, "DEU": true, "JPN": true, "ISR": true, "IND": true, "ITA": true, "CAN": true,
	"AUS": true, "NZL": true, "ESP": true, "NLD": true, "BEL": true, "SWE": true, "NOR": true,
	"DNK": true, "AUT": true, "GRC": true, "HUN": true, "POL": true, "CZE": true, "SVK": true,
	"IRL": true, "PRT": true, "PAK": true, "IRQ": true, "BGD": true, "NPL": true, "THA": true,
	"MYS": true, "SGP": true, "ETH": true, "ARM": true, "EST": true, "LVA": true, "HRV": true,
	"SVN": true, "BGR": true, "ALB": true, "MNE": true, "SRB": true, "KHM": true, "LUX": true,
	"ISL": true, "MLT": true,
}

// isTitleWord reports whether w is a title word, or a hyphenated compound
// of title words ("Vice-President", "Deputy-Foreign").
func isTitleWord(w string) bool {
	if titleWords[w] {
		return true
	}
	if !strings.Contains(w, "-") {
		return false
	}
	for _, p := range strings.Split(w, "-") {
		if !titleWords[p] {
			return false
		}
	}
	return true
}

// officeWords name a government office inside a title, between title
// words: "Foreign Ministry spokesman", "State Department spokeswoman".
var officeWords = map[string]bool{"ministry": true, "department": true, "office": true}

// leaderTitles resolve a bare surname by the office ("President Trump").
// monarchTitles go with a regnal name (see Gazetteer.Monarch).
var monarchTitles = map[string]bool{"king": true, "queen": true, "emir": true, "amir": true, "sultan": true}

var leaderTitles = map[string]bool{"president": true, "prime": true, "premier": true, "chancellor": true, "king": true, "minister": true, "secretary": true, "secretary-general": true}

// groupNouns after a group's name belong to its mention.
var groupNouns = map[string]bool{"militia": true, "militias": true, "group": true, "fighters": true, "militants": true,
	"forces": true, "movement": true, "jihadists": true, "terrorists": true, "insurgents": true, "rebels": true}

// groupHeads make a capitalised phrase before them an armed or political group.
var groupHeads = map[string]bool{"group": true, "militia": true, "brigade": true, "brigades": true, "front": true, "movement": true}

// state is what an article's earlier sentences tell the current one.
type state struct {
	// quoteSpeaker: the person whose words, opened after "said:" in an
	// earlier sentence, this sentence continues, or nil; quoteNext: the
	// person of a sentence that ends "Hague also says that:", whose words
	// the next sentence opens.
	quoteSpeaker, quoteNext *schema.Actor
	date                    string
	text                    string          // the article's title and text, for what it names anywhere
	seenPeople              map[string]bool // ids of people named in full so far
	// private: the people no dictionary knows whom an apposition made
	// officers of a private body (dropPrivateOfficers).
	private map[string]bool
	// unknownPeople: surname key (see surnameKey) → the person the article
	// named in full with that surname, known to a dictionary or not; a later
	// bare surname is that person before any other of the name.
	unknownPeople map[string]schema.Actor
	people        []schema.Actor // the people named so far, the latest last (at most 8)
	// titles: the title each person was named with ("secretary of state"),
	// for "the secretary".
	titles map[string]string
	// officed: ids of the people an apposition gives an office ("Carter
	// Page, a former adviser to President Trump"), no private people.
	officed map[string]bool
	// events: the latest asserted acts of the relations an event noun can
	// refer back to ("Israel struck Gaza. Egypt condemned the strikes"),
	// the latest last.
	events []event
	// curPeople and prevPeople: the people named in this sentence and the
	// one before, in order, for "he" and "she"; curPeopleAt: where in the
	// sentence each of curPeople was named.
	curPeople, prevPeople []schema.Actor
	// curCountries: the countries named so far in this sentence, in any
	// role, the one named last last; prevCountries those of the sentence
	// before.
	curCountries, prevCountries []schema.Actor
	// curParties, prevParties: the same but those named as places or
	// where a motion goes ("a convoy crossed into Syria from Turkey"),
	// which are no sides.
	curParties, prevParties []schema.Actor
	// prevMain: prevPeople but those named in a phrase that opened that
	// sentence before its subject ("Beyond seeking pressure on Kim, Trump
	// …"), whom a sentence-initial "he" does not continue.
	prevMain                  []schema.Actor
	curPeopleAt, curPeopleEnd []int
	// curModifiers: whether each of curPeople was named as a noun's
	// modifier ("The Putin meeting is the highlight of Trump's trip"),
	// whom a sentence-initial "he" after it does not continue.
	curModifiers []bool
	// curFronted: where the phrase that opens this sentence before its
	// subject ends (see frontedEnd), or -1.
	curFronted int
	// curUnknownFirst, prevUnknownFirst: the first person named in this
	// sentence (the one before) is a name no dictionary knows ("Chuck
	// Schumer") or a person described but not named ("The former senator
	// from Ohio"), to whom "he" may refer: see unknownNames and
	// describedOpener.
	curUnknownFirst, prevUnknownFirst bool
	// curThingFirst, prevThingFirst: this sentence (the one before) opens
	// with a thing ("The law requires …"), which a sentence-initial "It"
	// after it refers to more likely than any actor.
	curThingFirst, prevThingFirst bool
	// shadowed are surnames the article gave to someone no dictionary
	// knows ("Jeb Bush"): alone they are no known namesake it has not named.
	shadowed []string
	// untitled: ids of the people the article named with no title nor
	// dictionary entry ("Edward Snowden"), actors only towards states,
	// bodies and groups (see dropPrivatePairs).
	untitled     map[string]bool
	lastCountry  *schema.Actor
	prevCountry  *schema.Actor // the country before lastCountry
	countryCount map[string]int
	// peopleCount: how often the article has named each person so far, by id.
	peopleCount map[string]int
	focus       *schema.Actor // the country the article is most about so far
	lastAny     *schema.Actor // the country named last, in any role
	// sentences counts the sentences read; lastAnyAt is the one lastAny
	// was named in.
	sentences, lastAnyAt int
	// meetingAt: the last sentence that spoke of a meeting, whether or not
	// it paired two actors, and meetingNamed the actors that sentence
	// named (see meetingSince).
	meetingAt    int
	meetingNamed []schema.Actor
	// lastGroup, lastBody: the armed or political group and the
	// organisation named last, for "the group" and "the alliance".
	lastGroup, lastBody *schema.Actor
	// militants: the groups the article named last with a fighters' noun
	// ("Taliban militants", "jihadists from the Islamic State and
	// al-Nusra"), for "the militants" and "the jihadists".
	militants []schema.Actor
	// prevSubjects: the subject of the sentence before, coordinated
	// ("Russia and China vetoed …", for "they") or one ("The United States
	// condemned …", for a sentence-initial "It"); set after relating it.
	prevSubjects []schema.Actor
	// prevThingObject: the sentence before has a thing for the object of
	// its main verb ("Hamas rejected the proposal"), which an object "it"
	// after it refers to more likely than the last actor named.
	prevThingObject bool
	// pair, pairAt: the two countries "the two countries" meant last, and
	// the number of the sentence (sentences) that said so.
	pair   [2]schema.Actor
	pairAt int
	// shouting: the current sentence is in capitals (an old wire headline),
	// where capitals mark no names; titleCase: in title case (a headline),
	// where a known name ends before the capitalised words after it.
	shouting, titleCase bool
	// shared: countryCount, unknownPeople and untitled may be another
	// state's too (newStateFrom); own copies them before they are written.
	shared bool
}

// event is an act a sentence reported: its relation, its agents and the
// sentence it was read in.
type event struct {
	rel     schema.Relation
	kind    string // the trigger's family (actFamily)
	agents  []schema.Actor
	targets []schema.Actor // whom the act struck, where it was told
	at      int
}

// actFamily returns the family of an act's trigger word, verb or noun,
// so that "struck" is recalled by "the strikes" or "the raids" but
// "the war against the PKK" not by "the attack".
func actFamily(w string) string {
	l := lemma.Of(strings.ToLower(w), "VBD")
	if l == w {
		l = lemma.Of(l, "NNS")
	}
	if f, ok := actFamilies[l]; ok {
		return f
	}
	return l
}

var actFamilies = map[string]string{
	"strike": "strike", "airstrike": "strike", "raid": "strike", "bomb": "strike", "bombing": "strike",
	"bombard": "strike", "bombardment": "strike", "shell": "strike", "shelling": "strike", "pound": "strike", "hit": "strike",
	"campaign": "strike",
	"seize":    "seize", "seizure": "seize", "capture": "seize",
	"kill": "kill", "killing": "kill", "assassinate": "kill", "assassination": "kill", "murder": "kill",
	"invade": "invade", "invasion": "invade", "incursion": "invade", "offensive": "invade", "occupy": "invade", "occupation": "invade",
	"down": "down", "downing": "down", "shoot": "down",
	"sanction": "sanction", "impose": "sanction", "tariff": "sanction", "embargo": "sanction", "blacklist": "sanction",
	"visit": "visit", "trip": "visit", "travel": "visit", "tour": "visit", "arrive": "visit",
	"expel": "expel", "expulsion": "expel",
}

// meetingForms speak of a meeting, whoever meets.
var meetingForms = map[string]bool{"meet": true, "met": true, "meets": true, "meeting": true, "meetings": true}

// meetingSince reports whether a sentence after sentence at spoke of a
// meeting and named someone other than agents: "the meeting" is that
// one, though it paired no two actors ("Trump met Putin. … Trump Jr. met
// a lawyer. … the meeting"). A clause's state is the one before its
// sentence, so its own meeting is not counted.
func (st *state) meetingSince(at int, agents []schema.Actor) bool {
	return st.meetingAt > at && slices.ContainsFunc(st.meetingNamed, func(n schema.Actor) bool {
		return !slices.ContainsFunc(agents, func(a schema.Actor) bool { return a.ID == n.ID || a.ID == n.Country || a.Country == n.ID })
	})
}

// noteActs keeps the asserted acts of the sentence just read (see
// clause.acts) that a later "the strikes" or "the invasion" may refer
// back to.
func (st *state) noteActs(acts []event) {
	for _, a := range acts {
		if n := len(st.events); n > 0 && st.events[n-1].rel == a.rel && st.events[n-1].kind == a.kind && st.events[n-1].at == st.sentences {
			e := &st.events[n-1]
			e.agents = addActors(e.agents, a.agents)
			e.targets = addActors(e.targets, a.targets)
			continue
		}
		a.at = st.sentences
		st.events = append(slices.Clip(st.events), a)
		if len(st.events) > 8 {
			st.events = st.events[1:]
		}
	}
}

// addActors appends to as the actors of add it does not hold yet.
func addActors(as, add []schema.Actor) []schema.Actor {
	for _, g := range add {
		if !slices.ContainsFunc(as, func(b schema.Actor) bool { return b.ID == g.ID }) {
			as = append(as, g)
		}
	}
	return as
}

// recalledActs are the relations whose acts a definite event noun refers
// back to.
var recalledActs = map[schema.Relation]bool{
	schema.Attacked: true, schema.Sanctioned: true, schema.Visited: true, schema.DowngradedRelations: true,
	schema.Vetoed: true, schema.Accused: true,
}

// own gives st maps of its own before it writes to them.
func (st *state) own() {
	if st.shared {
		st.countryCount = maps.Clone(st.countryCount)
		st.peopleCount = maps.Clone(st.peopleCount)
		st.unknownPeople = maps.Clone(st.unknownPeople)
		st.untitled = maps.Clone(st.untitled)
		st.titles = maps.Clone(st.titles)
		st.officed = maps.Clone(st.officed)
		st.private = maps.Clone(st.private)
		st.shared = false
	}
}

// partyMarker reports whether the words from i are a US party and state
// after a lawmaker's name: "(R-Calif.)", ", D-N.Y.,", "(I-Vt.)".
func partyMarker(toks []token, i int) bool {
	if i < len(toks) && (toks[i].key == "(" || toks[i].key == ",") {
		i++
	}
	if i >= len(toks) {
		return false
	}
	w := toks[i].text
	return len(w) >= 4 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// noteTitle keeps the title words a person was named with (from is the
// sentence from the title on), lower case, without courtesies: "Secretary
// of State Mike Pompeo" → "secretary of state".
func (st *state) noteTitle(id string, from []token) {
	var ws []string
	for j, t := range from {
		if !isTitleWord(t.key) && !(t.key == "of" && j > 0) && !(t.key == "state" && j > 0 && from[j-1].key == "of") {
			break
		}
		ws = append(ws, t.key)
	}
	// A courtesy alone is no title; after a title word it is part of one
	// ("chief justice", "former sen.").
	for len(ws) > 0 && (ws[len(ws)-1] == "of" || honorifics[ws[len(ws)-1]] && (len(ws) == 1 || honorifics[ws[len(ws)-2]])) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return
	}
	st.own()
	if st.titles == nil {
		st.titles = map[string]string{}
	}
	st.titles[id] = strings.Join(ws, " ")
}

func newState(date string) *state {
	return &state{date: date, seenPeople: map[string]bool{}, unknownPeople: map[string]schema.Actor{}, untitled: map[string]bool{}, countryCount: map[string]int{}, peopleCount: map[string]int{}, curFronted: -1}
}

// note records the actors of a mention for later reference.
func (st *state) note(a schema.Actor) {
	switch a.Kind {
	case schema.Person:
		st.seenPeople[a.ID] = true
		if strings.Contains(strings.TrimSpace(a.Text), " ") || !a.Known && strings.Contains(a.Name, " ") {
			// "Special Counsel Robert Mueller" … later "Mueller"; "Bill
			// Clinton" … later "Clinton" is he, not Hillary.
			names := []string{a.Name[strings.LastIndexAny(a.Name, " ")+1:], a.Text[strings.LastIndexAny(a.Text, " ")+1:]}
			if familyFirst[a.Country] {
				// "Kim Jong-un" … later "Kim": the family name comes first.
				names = append(names, strings.Fields(a.Name)[0])
			}
			for _, n := range names {
				if k := surnameKey(n); k != "" {
					if _, ok := st.unknownPeople[k]; !ok || st.unknownPeople[k].ID == a.ID {
						st.own()
						st.unknownPeople[k] = a
					}
				}
			}
		}
		st.people = append(without(st.people, a.ID, 7), a)
		st.curPeople = append(st.curPeople, a)
		st.own()
		st.peopleCount[a.ID]++
	case schema.Country:
		c := a
		if st.lastCountry == nil || st.lastCountry.ID != a.ID {
			st.prevCountry = st.lastCountry
		}
		st.lastCountry = &c
		st.count(a)
	case schema.Group:
		c := a
		st.lastGroup = &c
	case schema.Organization:
		c := a
		st.lastBody = &c
	}
}

// motionPreps introduce where something goes or comes from, or where it is.
var motionPreps = map[string]bool{"into": true, "from": true, "to": true, "in": true, "across": true, "through": true, "inside": true, "at": true, "near": true}

// koreas returns the length of "Koreas" or "two Koreas" at toks[i:], or 0.
func koreas(toks []token, i int) int {
	switch {
	case i < len(toks) && toks[i].text == "Koreas":
		return 1
	case i+1 < len(toks) && toks[i].key == "two" && toks[i+1].text == "Koreas":
		return 2
	}
	return 0
}

// bothKoreas is the mention toks[from:to] of "the two Koreas": North and
// South Korea.
func (x *Extractor) bothKoreas(s Sentence, toks []token, from, to int, st *state) (Mention, bool) {
	n, okn := x.gaz.Entity("PRK")
	k, okk := x.gaz.Entity("KOR")
	if !okn || !okk {
		return Mention{}, false
	}
	text := spanText(s.Text, s.Start, toks, from, to)
	return Mention{Actors: []schema.Actor{x.actor(n, text, st.date), x.actor(k, text, st.date)}, Start: from, End: to}, true
}

// fighterNouns name a group's members: "Taliban militants", "jihadists
// from the Islamic State".
var fighterNouns = map[string]bool{"militants": true, "jihadists": true, "insurgents": true, "extremists": true}

// noteMilitants records group mention m (out: the mentions before it) as
// what "the militants" refers to when a fighters' noun names its members:
// right after it ("Taliban militants"), or before it with "from" or "of"
// ("jihadists from the Islamic State"), or a group coordinated with one so
// named ("… and al-Nusra Front").
func (st *state) noteMilitants(toks []token, out []Mention, m Mention) {
	if m.End < len(toks) && fighterNouns[toks[m.End].key] {
		st.militants = []schema.Actor{m.Actors[0]}
		return
	}
	j := m.Start - 1
	if j >= 0 && toks[j].key == "the" {
		j--
	}
	if j >= 1 && (toks[j].key == "from" || toks[j].key == "of") && fighterNouns[toks[j-1].key] {
		st.militants = []schema.Actor{m.Actors[0]}
		return
	}
	if n := len(out); n > 0 && len(st.militants) > 0 && j >= 0 && toks[j].key == "and" && out[n-1].End == j && out[n-1].Actors[0].ID == st.militants[len(st.militants)-1].ID {
		st.militants = append(slices.Clip(st.militants), m.Actors[0])
	}
}

// without returns a new slice of the last (at most) keep actors of list
// other than id. States share their slices' arrays (see newStateFrom):
// deleting in place would change what the state before a sentence holds.
func without(list []schema.Actor, id string, keep int) []schema.Actor {
	out := make([]schema.Actor, 0, len(list)+1)
	for _, p := range list {
		if p.ID != id {
			out = append(out, p)
		}
	}
	return out[max(len(out)-keep, 0):]
}

// headNamed returns the person the article named last who heads country
// on its date, when title names a head ("leader", "president", "prime
// minister", "king"), or nil.
func (st *state) headNamed(country string, title []token, g *Gazetteer) *schema.Actor {
	var ws []string
	for _, t := range title {
		ws = append(ws, t.key)
	}
	if !headTitles[strings.Join(ws, " ")] {
		return nil // "the Russian foreign minister" is no head
	}
	for j := len(st.people) - 1; j >= 0; j-- {
		p := st.people[j]
		if p.Country != country || !p.Known {
			continue
		}
		if e := g.entities[p.ID]; e != nil {
			if r, ok := e.RoleAt(st.date); ok && r.Of == country && (r.Title == "head_of_state" || r.Title == "head_of_government") {
				return &p
			}
		}
	}
	return nil
}

// ownedPerson reports whether the words from j name a person someone has:
// "the president's former national security adviser", "his son".
func ownedPerson(toks []token, j int) bool {
	for end := j + 6; j < len(toks) && j < end; j++ {
		switch k := toks[j].key; {
		case titleWords[k] || personNouns[k] || kinNouns[k] || otherPersonNouns[k]:
			return true
		case toks[j].tag == "JJ" || toks[j].tag == "NN" || toks[j].tag == "RB" || k == "former" || k == "top":
			continue
		}
		return false
	}
	return false
}

// titledNamed returns the one person the article has named with title
// ("Secretary of State Mike Pompeo" for "the secretary", "Prime Minister
// Modi" for "the prime minister"), or nil: when two were so named ("President
// Trump met President Erdogan"), or none (a president named without a title
// may not be "the president" a US report means), better no one. A
// holder the dictionaries know out of office for years before the
// article's date is a past one ("what the Iraq war did to President
// George W. Bush" in 2013 is not "the president").
func (st *state) titledNamed(title []token, g *Gazetteer) *schema.Actor {
	var ws []string
	for _, t := range title {
		ws = append(ws, t.key)
	}
	want := strings.Join(ws, " ")
	var found *schema.Actor
	for j := len(st.people) - 1; j >= 0; j-- {
		p := st.people[j]
		if t := st.titles[p.ID]; t != "" && (t == want || strings.HasPrefix(t, want+" ") || strings.HasSuffix(t, " "+want) && !strings.HasPrefix(t, "vice ") && !strings.HasPrefix(t, "deputy ")) {
			if e := g.entities[p.ID]; e != nil && len(e.roles) > 0 && st.date != "" && !e.roleNear(st.date, 1) {
				continue
			}
			if found != nil {
				return nil
			}
			found = &p
		}
	}
	return found
}

// outOfOffice reports whether the dictionaries know p's offices and p held
// none on the article's date.
func (st *state) outOfOffice(p *schema.Actor, g *Gazetteer) bool {
	e := g.entities[p.ID]
	if e == nil || len(e.roles) == 0 || st.date == "" {
		return false
	}
	_, ok := e.RoleAt(st.date)
	return !ok
}

// mostNamedHead returns the head of state in office on the article's date
// whom it has named more often than any other, or nil; sitting says whether
// it has named any head of state in office.
func (st *state) mostNamedHead(g *Gazetteer) (_ *schema.Actor, sitting bool) {
	var best *schema.Actor
	tie := false
	for j := range st.people {
		p := st.people[j]
		e := g.entities[p.ID]
		if e == nil {
			continue
		}
		if r, ok := e.RoleAt(st.date); !ok || r.Title != "head_of_state" {
			continue
		}
		switch n := st.peopleCount[p.ID]; {
		case best == nil || n > st.peopleCount[best.ID]:
			best, tie = &p, false
		case n == st.peopleCount[best.ID]:
			tie = true
		}
	}
	if tie {
		return nil, true
	}
	return best, best != nil
}

// soleHeadNamed returns the one person the article has named, with a
// title or without, who is a head of state in office on its date, or nil
// when it named none or two ("Trump met Macron. The president said": either).
func (st *state) soleHeadNamed(g *Gazetteer) *schema.Actor {
	if st.date == "" {
		return nil // an undated article: any past holder would do
	}
	return st.holderNamed("head_of_state", g)
}

// officeNamed returns the one person the article has named (with any
// title or none) who holds office on its date by the dictionaries: "Mattis
// flew to Kabul. The defense secretary met Ghani.", "Theresa May met
// Juncker. The prime minister asked …" Heads of state are left out: "the
// president" of a report may be its own country's, named or not (and a
// president who also heads the government is no prime minister).
func (st *state) officeNamed(office string, g *Gazetteer) *schema.Actor {
	switch office {
	case "foreign_minister", "defence_minister", "national_security_adviser", "secretary_general", "vice_president", "head_of_government":
		return st.holderNamed(office, g)
	}
	return nil
}

// secretaryNamed returns the one person the article has named who is a
// US secretary of state or of defense on its date ("the secretary"), or
// nil when none or two are.
func (st *state) secretaryNamed(g *Gazetteer) *schema.Actor {
	return st.soleNamed(g, func(r Role) bool {
		return r.Of == "USA" && (r.Title == "foreign_minister" || r.Title == "defence_minister")
	})
}

// holderNamed returns the one person the article has named who holds
// office on its date, or nil when none or two do ("Lavrov met Pompeo. The
// foreign minister said": either).
func (st *state) holderNamed(office string, g *Gazetteer) *schema.Actor {
	return st.soleNamed(g, func(r Role) bool { return r.Title == office })
}

// soleNamed returns the one person the article has named whose office on
// its date is one that holds, or nil when none or two are.
func (st *state) soleNamed(g *Gazetteer, holds func(Role) bool) *schema.Actor {
	var found *schema.Actor
	for j := len(st.people) - 1; j >= 0; j-- {
		p := st.people[j]
		e := g.entities[p.ID]
		if e == nil {
			continue
		}
		if r, ok := e.RoleAt(st.date); ok && holds(r) {
			if found != nil && found.ID != p.ID {
				return nil
			}
			found = &p
		}
	}
	return found
}

// personalTitles are the offices one person holds, by which "the …"
// refers back to them (not "the army", "the ministry").
var personalTitles = map[string]bool{
	"president": true, "minister": true, "secretary": true, "chancellor": true, "premier": true, "king": true,
	"queen": true, "emir": true, "sultan": true, "ambassador": true, "envoy": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "secretary-general": true, "prince": true, "monarch": true,
}

// headsCountry returns the country of the head of state or government the
// article named last.
func (st *state) headsCountry(x *Extractor) (schema.Actor, bool) {
	for j := len(st.people) - 1; j >= 0; j-- {
		p := st.people[j]
		if p.Role == "head_of_state" || p.Role == "head_of_government" {
			return x.countryActor(p, "", st.date)
		}
	}
	return schema.Actor{}, false
}

// possessorsCountry returns the country of the head of state or
// government whom "his" or "her" most likely refers to: the person this
// sentence named last, or else the only one the sentence before named in
// its main part; none when that person heads nothing.
func (st *state) possessorsCountry(x *Extractor, toks []token, i int) (schema.Actor, bool) {
	var p schema.Actor
	switch {
	case len(st.curPeople) > 0:
		n := len(st.curPeople) - 1
		for k := st.curPeopleEnd[n]; k < i; k++ {
			if toks[k].cap() {
				return schema.Actor{}, false // "Unlike Obama, Romney did not say that his administration …": a name no dictionary knows came between
			}
		}
		p = st.curPeople[n]
	case len(st.prevMain) == 1:
		p = st.prevMain[0]
	default:
		return schema.Actor{}, false
	}
	if p.Role != "head_of_state" && p.Role != "head_of_government" {
		return schema.Actor{}, false
	}
	return x.countryActor(p, "", st.date)
}

// headTitles are the titles of a country's head.
var headTitles = map[string]bool{
	"leader": true, "president": true, "prime minister": true, "premier": true, "chancellor": true, "king": true,
	"queen": true, "emir": true, "sultan": true, "strongman": true, "dictator": true, "top leader": true,
}

// surnameKey is the key of a surname for the article's people: its name
// key without the article ("al-Assad" → "assad"), or "" for words too short
// to tell ("Un" of "Kim Jong Un").
func surnameKey(word string) string {
	k := strings.TrimPrefix(nameKey(fold(word)), "al ")
	if len(k) < 3 || monthOrDay[k] && k != "may" || titleWords[k] || k == "jr" || k == "sr" {
		return "" // (May is a surname too: see namedBefore)
	}
	for _, r := range k {
		if !unicode.IsLetter(r) && r != '\'' {
			return ""
		}
	}
	return k
}

// frontedEnd returns the comma that ends a phrase opening the sentence
// before its subject ("Beyond seeking more pressure on Kim, Trump's trip
// …", "After meeting Putin, he …"), or -1.
func frontedEnd(toks []token) int {
	if len(toks) == 0 || !frontingWords[toks[0].key] {
		return -1
	}
	for j := 1; j < len(toks) && j < 25; j++ {
		if toks[j].key == "," {
			return j
		}
	}
	return -1
}

var frontingWords = map[string]bool{
	"after": true, "before": true, "beyond": true, "despite": true, "during": true, "since": true,
	"following": true, "amid": true, "while": true, "when": true, "although": true, "though": true,
	"in": true, "on": true, "at": true, "with": true, "without": true, "unlike": true, "like": true,
	"besides": true, "under": true, "ahead": true, "as": true, "if": true, "once": true, "until": true,
}

// familyFirst are the countries whose people's names put the family name
// first, as the English-language news keeps them.
var familyFirst = map[string]bool{"PRK": true, "KOR": true, "CHN": true, "TWN": true, "VNM": true, "HKG": true}

// count adds a country mention to the tally that picks the article's focus.
func (st *state) count(a schema.Actor) {
	c := a
	st.lastAny, st.lastAnyAt = &c, st.sentences
	st.own()
	st.countryCount[a.ID]++
	if st.focus == nil || st.countryCount[a.ID] > st.countryCount[st.focus.ID] {
		c := a
		st.focus = &c
	}
}

// actor makes the wire actor of an entity, with the person's role on date.
func (x *Extractor) actor(e *Entity, text, date string) schema.Actor {
	a := schema.Actor{ID: e.ID, Name: e.Name, Kind: e.Kind, Text: text, Known: true, Wikidata: e.Wikidata, Country: e.Country}
	if e.Kind == schema.Person {
		if r, ok := e.RoleAt(date); ok {
			a.Country, a.Role = r.Of, r.Title
		} else if a.Country == "" {
			// Out of office, a person is still of the country they
			// served: a former president meeting the current one is no
			// foreign meeting.
			a.Country = x.formerCountry(e)
		}
	}
	return a
}

// formerCountry returns the country of a person's latest office held for
// a country (not for a body), or "".
func (x *Extractor) formerCountry(e *Entity) string {
	best, start := "", ""
	for _, r := range e.roles {
		if c, ok := x.gaz.entities[r.Of]; ok && c.Kind == schema.Country && r.Start >= start {
			best, start = r.Of, r.Start
		}
	}
	return best
}

// spanText returns the sentence text of tokens [i, j).
func spanText(text string, base int, toks []token, i, j int) string {
	return text[toks[i].start-base : toks[j-1].end-base]
}

// mentions finds the actors of a sentence: dictionary names, demonyms before
// government nouns, capitals used as actors, people by name, surname or
// title, unknown titled people and groups, and references back ("the country",
// "the two countries", "he").
func (x *Extractor) mentions(s Sentence, toks []token, st *state) []Mention {
	var out []Mention
	// A credit line ("Reporting by …; Editing by …") names journalists, and
	// a dateline ("BEIRUT (Reuters) -") a place: neither holds an actor.
	from, to := datelineEnd(toks), creditLine(toks)
	st.prevMain = nil // a new slice: copies of the state share the old one
	for k, p := range st.curPeople {
		if st.curPeopleEnd[k] > st.curFronted && !st.curModifiers[k] {
			st.prevMain = append(st.prevMain, p)
		}
	}
	st.prevPeople, st.curPeople, st.curPeopleAt, st.curPeopleEnd, st.curModifiers = st.curPeople, nil, nil, nil, nil
	st.prevCountries, st.curCountries = st.curCountries, nil
	st.prevParties, st.curParties = st.curParties, nil
	st.curFronted = frontedEnd(toks)
	st.prevUnknownFirst, st.curUnknownFirst = st.curUnknownFirst, false
	st.prevThingFirst, st.curThingFirst = st.curThingFirst, thingFirst(toks)
	st.sentences++
	st.shouting, st.titleCase = shouting(toks), titleCased(toks)
	defer func() {
		if u := x.unknownNames(toks, len(toks), st.date, st.named); len(u) > 0 {
			st.curUnknownFirst = len(st.curPeopleAt) == 0 || u[0] < st.curPeopleAt[0]
		}
		if slices.ContainsFunc(toks, func(t token) bool { return meetingForms[t.key] }) {
			st.meetingAt, st.meetingNamed = st.sentences, nil
			for _, m := range out {
				st.meetingNamed = append(st.meetingNamed, m.Actors...)
			}
		}
		if d := describedOpener(toks); d >= 0 && (len(st.curPeopleAt) == 0 || st.curPeopleAt[0] > d) {
			// "The former senator from Massachusetts spoke to Netanyahu.
			// He also talked to Abbas": he is the one described, whom
			// no name resolved, not the last person named.
			st.curUnknownFirst = true
		}
	}()
	defer func() { st.shouting, st.titleCase = false, false }()
	for i := from; i < to; {
		m, ok := x.mentionAt(s, toks, i, st)
		if !ok {
			if g, ok := x.proxyGroup(out, toks, i, st.date); ok {
				out = append(out, g)
			}
			i++
			continue
		}
		if m.End < len(toks) && toks[m.End].key == "jr" && len(m.Actors) == 1 && m.Actors[0].Kind == schema.Person {
			// "Donald Trump Jr.": the son, whom no dictionary knows by the
			// name; not his father.
			end := m.End + 1
			if end+1 < len(toks) && toks[end].key == "." {
				end++
			}
			name := m.Actors[0].Name + " Jr."
			m.Actors = []schema.Actor{{ID: personSlug(name), Name: name, Kind: schema.Person, Text: spanText(s.Text, s.Start, toks, m.Start, end)}}
			m.Affiliation, m.End = nil, end
		}
		if k := m.End; len(m.Actors) == 1 && m.Actors[0].Kind == schema.Person && k < len(toks) && toks[k].cap() &&
			(siteWords[toks[k].key] || k+1 < len(toks) && toks[k+1].cap() && siteWords[toks[k+1].key]) && toks[k].key != "white" && toks[k].key != "house" {
			// "Beirut's Rafik Hariri International Airport", "the John F.
			// Kennedy Center": a place named after someone, no actor.
			i = m.End
			continue
		}
		if k := m.End; len(m.Actors) == 1 && m.Actors[0].Kind == schema.Country && k < len(toks) && !toks[k].cap() && (premisesNouns[toks[k].key] || k+1 < len(toks) && (toks[k].key == "oil" || toks[k].key == "gas") && premisesNouns[toks[k+1].key]) {
			if _, kind, _ := x.lookup(toks, m.Start, st.date); kind == surfName || kind == surfCapital {
				m.Place = true // "the Kabul office of a US aid group", "an attack on a Syria oil field": where, not whose
			}
		}
		if m.Start > 0 && (toks[m.Start-1].text == "al" || toks[m.Start-1].text == "el") && len(m.Actors) == 1 && m.Actors[0].Kind != schema.Country {
			m.Start-- // "al Qaeda": the name's article, in lower case
		}
		if m.Start > 0 {
			m.Prep = prepBefore(toks, m.Start)
		}
		if m.End < len(toks) && (toks[m.End].key == "'s" || toks[m.End].key == "'") {
			m.Possessive = true
		}
		// "Assad's military", "the Bashir government": the leader's state.
		if a := m.Actors[0]; len(m.Actors) == 1 && a.Kind == schema.Person {
			n := 0
			switch {
			case m.Possessive && m.End+1 < len(toks) && govNouns[toks[m.End+1].key] && !personalNouns[toks[m.End+1].key] &&
				!(toks[m.End+1].key == "state" && m.End+2 < len(toks) && stateOccasions[toks[m.End+2].key]): // not "Xi's state visit"
				n = 2
			case !m.Possessive && m.Affiliation == nil && m.End < len(toks) && leaderGovNouns[toks[m.End].key]:
				n = 1
			case m.End < len(toks) && (m.Possessive && toks[m.End].key != "'s" && toks[m.End].key != "'" || m.End == m.Start+1 && (toks[m.Start].key == "his" || toks[m.Start].key == "her")) &&
				leaderGovNouns[toks[m.End].key]:
				n = 1 // "Bashar al-Assads regime" (the apostrophe missing), "His government"
			}
			text := a.Text
			if n == 1 {
				text = spanText(s.Text, s.Start, toks, m.Start, m.End+1)
			}
			if ca, ok := x.countryActor(a, text, st.date); ok && n > 0 {
				if m.Affiliation != nil {
					m.Leader = &a
				}
				m.Actors, m.Possessive = []schema.Actor{ca}, false
				m.End += n
			}
		}
		if a := m.Actors[0]; len(m.Actors) == 1 && a.Kind == schema.Country && m.End-m.Start >= 2 && militaryWords[toks[m.End-1].key] {
			// "U.S.-backed Syrian forces", "Turkish-backed Syrian rebels":
			// fighters a foreign state backs are no army of their country.
			if b := proxyBacker(out, m.Start, a.ID); b != "" {
				if g := proxyOf(a.ID, b, toks[m.End-1].key); g == "" {
					i = m.End
					continue
				} else if e, ok := x.gaz.Entity(g); ok && g != a.ID {
					m.Actors = []schema.Actor{x.actor(e, m.Actors[0].Text, st.date)}
				}
			}
		}
		if a := m.Actors[0]; m.Possessive && len(m.Actors) == 1 && a.Kind == schema.Country && m.End+1 < len(toks) && proxyRebels[toks[m.End+1].key] {
			// "Moscow's support for Ukraine's rebels": the country's own
			// rebel group ("Ukrainian rebels"), not the country.
			if e := x.gaz.Rebels(a.ID); e != nil {
				m.Actors = []schema.Actor{x.actor(e, spanText(s.Text, s.Start, toks, m.Start, m.End+2), st.date)}
				m.End, m.Possessive = m.End+2, false
			}
		}
		if a := m.Actors[0]; !m.Possessive && len(m.Actors) == 1 && a.Kind == schema.Country {
			// "backed separatists in eastern Ukraine": rebels named by
			// where they fight are the country's own rebel group, unless a
			// word before them names them otherwise ("Kurdish rebels in
			// Turkey", "pro-Russian separatists", "al-Qaeda-affiliated
			// rebels in Yemen").
			j := m.Start - 1
			if j > 0 && regionAdjectives[toks[j].key] {
				j--
			}
			n := j - 1
			named := len(out) > 0 && out[len(out)-1].End == n && out[len(out)-1].Suffix != "" && out[len(out)-1].Actors[0].Kind == schema.Group // "al-Qaeda-affiliated rebels in Yemen"
			if n >= 0 && toks[j].key == "in" && proxyRebels[toks[n].key] && (n == 0 || !toks[n-1].cap() && toks[n-1].key != "-") && (len(out) == 0 || out[len(out)-1].End <= n) && !named {
				if e := x.gaz.Rebels(a.ID); e != nil {
					m.Actors = []schema.Actor{x.actor(e, spanText(s.Text, s.Start, toks, n, m.End), st.date)}
					m.Start, m.Prep = n, prepBefore(toks, n)
				}
			}
		}
		if !m.Place && !m.Possessive && x.locative(toks, m, st.date) {
			m.Place = true
		}
		if n := len(out) - 1; !m.Place && !m.Possessive && n >= 0 && out[n].Place && out[n].Prep != "to" && m.Start >= 1 && out[n].End == m.Start-1 && (toks[m.Start-1].key == "and" || toks[m.Start-1].key == "or") &&
			len(m.Actors) == 1 && m.Actors[0].Kind == schema.Country && m.Suffix == "" && (m.End == len(toks) || !toks[m.End].tagged("NN")) {
			m.Place = true // "in both Syria and Iraq": the second is a place too
		}
		if p := m.Start - 2; !m.Place && p > 0 && toks[m.Start-1].key == "," && toks[p].cap() && len(m.Actors) == 1 && m.Actors[0].Kind == schema.Country && !countryBefore(out, m.Start-1) && toks[m.End-1].cap() &&
			!countryOtherThan(out, mentionEnding(out, m.Start-1), m.Actors[0].ID) {
			// "the mission in Benghazi, Libya": the country of a place
			// (not "diplomats from Britain, France and Germany": a list;
			// not "In Nairobi, Kenyan officials said": people; not
			// "Despite warnings from Washington, Turkey took": another
			// state's capital ends a phrase).
			for q := p; q > 0 && q >= p-3 && toks[q].cap(); q-- {
				if locativePreps[toks[q-1].key] || placePreps[toks[q-1].key] {
					m.Place = true
					break
				}
			}
		}
		// "Dmitry Peskov, the Kremlin's spokesman": the title after the name.
		if m.Affiliation == nil && len(m.Actors) == 1 && m.Actors[0].Kind == schema.Person {
			if aff, at, ok := x.appositiveTitle(s, toks, m, st); ok {
				m.Affiliation, m.TitleAt = &aff, at
				if !m.Actors[0].Known && m.Actors[0].Country == "" {
					m.Actors[0].Country = aff.ID
				}
			}
		}
		if len(m.Actors) == 1 && m.Actors[0].Kind == schema.Person && !st.officed[m.Actors[0].ID] && appositiveOffice(toks, m.End) >= 0 {
			st.own()
			if st.officed == nil {
				st.officed = map[string]bool{}
			}
			st.officed[m.Actors[0].ID] = true // "John Carlin, a former head of the Justice Department's security division"
		}
		if len(m.Actors) == 1 && m.Actors[0].Kind == schema.Person && partyMarker(toks, m.End) && st.titles[m.Actors[0].ID] == "" {
			// "Darrell Issa (R-Calif.)", "Jerry Nadler, D-N.Y.,": a
			// member of Congress.
			st.own()
			if st.titles == nil {
				st.titles = map[string]string{}
			}
			st.titles[m.Actors[0].ID] = "congressman"
		}
		if len(m.Actors) == 1 && m.Actors[0].Kind == schema.Person && m.TitleAt >= m.Start && m.TitleAt < len(toks) {
			st.noteTitle(m.Actors[0].ID, toks[m.TitleAt:])
			if a := m.Affiliation; a != nil && a.Kind == schema.Country && m.TitleAt > 0 && toks[m.TitleAt-1].key == "'s" {
				st.note(*a) // "Ecuador's president … the country's vice minister": the country is named too
			}
		}
		if len(m.Actors) == 1 && m.Actors[0].Kind == schema.Group {
			st.noteMilitants(toks, out, m)
		}
		// Note each mention at once, so that "the country" later in the
		// same sentence can refer to it.
		pairOfStates := len(m.Actors) == 2 && m.Actors[0].Kind == schema.Country && m.Actors[1].Kind == schema.Country // "a joint U.S.-Russian statement"
		for _, a := range m.Actors {
			if a.Kind == schema.Country && (len(m.Actors) == 1 || pairOfStates) {
				st.curCountries = append(without(st.curCountries, a.ID, len(st.curCountries)), a)
				if !m.Place && !motionPreps[m.Prep] {
					st.curParties = append(without(st.curParties, a.ID, len(st.curParties)), a)
				}
			}
			if a.Kind == schema.Country && m.Suffix == "based" {
				continue // "the Britain-based Observatory": where a body sits, not the state the story is about
			}
			if a.Kind == schema.Country && (m.Possessive || m.Prep != "" || m.Place || m.Suffix != "") {
				// (Nor is a backer: "Russia-backed separatists and government
				// troops" are Ukraine's.)
				st.count(a)
				continue
			}
			st.note(a)
			if a.Kind == schema.Person {
				st.curPeopleAt, st.curPeopleEnd = append(st.curPeopleAt, m.Start), append(st.curPeopleEnd, m.End)
				st.curModifiers = append(st.curModifiers, nameAsModifier(toks, m))
			}
		}
		out = append(out, m)
		i = m.End
	}
	suspendedHyphens(toks, out)
	return st.dropPrivateOfficers(toks, dropNamesakes(toks, dropMemberLists(toks, out)))
}

// privateBodies end the names of bodies that are no state's or
// international organisation's: a union, a company, a university.
var privateBodies = map[string]bool{
	"association": true, "federation": true, "union": true, "company": true, "corporation": true, "corp": true, "inc": true,
	"institute": true, "university": true, "foundation": true, "bureau": true, "chamber": true, "society": true,
	"club": true, "firm": true, "college": true, "network": true,
}

// dropPrivateOfficers drops a person no dictionary knows whom an
// apposition makes an officer of a private body, here and in the rest of
// the article: "Harold Schaitberger, the president of the powerful
// International Association of Fire Fighters, spoke with Joe Biden" is no
// dealing between international actors. (A body the dictionaries know,
// "the head of the World Bank", is not private.)
func (st *state) dropPrivateOfficers(toks []token, ms []Mention) []Mention {
	return slices.DeleteFunc(ms, func(m Mention) bool {
		a := m.Actors[0]
		if len(m.Actors) != 1 || a.Kind != schema.Person || a.Known {
			return false
		}
		if st.private[a.ID] {
			return true
		}
		if privateOfficer(toks, ms, m) {
			st.own()
			if st.private == nil {
				st.private = map[string]bool{}
			}
			st.private[a.ID] = true
			return true
		}
		return false
	})
}

// privateOfficer reports whether the apposition after m makes its person
// an officer of a private body.
func privateOfficer(toks []token, ms []Mention, m Mention) bool {
	if m.End+3 >= len(toks) || toks[m.End].key != "," {
		return false
	}
	j := m.End + 1
	if toks[j].key == "the" || toks[j].key == "a" {
		j++
	}
	n := j
	for n < len(toks) && titleWords[toks[n].key] {
		n++
	}
	if n == j || n+1 >= len(toks) || toks[n].key != "of" {
		return false
	}
	if n++; toks[n].key == "the" {
		n++
	}
	for k := 0; k < 2 && n < len(toks) && !toks[n].cap() && toks[n].tagged("JJ"); k++ {
		n++ // "the powerful International Association of Fire Fighters"
	}
	for ; n < len(toks) && (toks[n].cap() || toks[n].key == "of" || toks[n].key == "and" || toks[n].key == "&"); n++ {
		if k := mentionStarting(ms, n); k >= 0 && ms[k].Actors[0].Kind == schema.Organization {
			return false
		}
		if privateBodies[strings.TrimSuffix(toks[n].key, ".")] && (n+1 >= len(toks) || !toks[n+1].cap()) {
			return true
		}
	}
	return false
}

// suspendedHyphens gives a name whose hyphen is left hanging before "and"
// or "or" the suffix of the compound after it: "U.S.- and NATO-backed
// Afghan forces" are backed by both, and struck by neither.
func suspendedHyphens(toks []token, ms []Mention) {
	for k := range ms {
		e := ms[k].End
		if ms[k].Suffix != "" || e+2 >= len(toks) || toks[e].key != "-" || toks[e].start != toks[e-1].end || toks[e+1].key != "and" && toks[e+1].key != "or" {
			continue
		}
		if n := mentionStarting(ms, e+2); n >= 0 && ms[n].Suffix != "" {
			ms[k].Suffix = ms[n].Suffix
		}
	}
}

// groupQualifiers say what kind of group a group's name and noun name:
// "an ISIL terrorist group".
var groupQualifiers = map[string]bool{"terrorist": true, "militant": true, "extremist": true, "jihadist": true, "armed": true, "rebel": true, "islamist": true, "insurgent": true, "paramilitary": true}

// nameEnders end the names of parties, papers and firms named for a
// country: "Britain First", "Russia Today", "China Daily", "Qatar Airways".
var nameEnders = map[string]bool{
	"first": true, "today": true, "daily": true, "times": true, "post": true, "herald": true, "airways": true,
	"airlines": true, "observatory": true, "watch": true, "inc": true, "ltd": true,
	"chamber": true, "institute": true, "foundation": true, "university": true, "college": true, "museum": true,
}

// capitalLast reports whether w joins words with hyphens and the last is
// capitalised: "Jamaat-ul-Mujahideen", "U.N.-International"; not
// "Shi'ite-led", "Land-locked".
func capitalLast(w string) bool {
	h := strings.LastIndexByte(w, '-')
	return h > 0 && h+1 < len(w) && unicode.IsUpper(rune(w[h+1]))
}

// countryActor returns the country a person acts for, as an actor with
// the given text, when the dictionaries know it.
func (x *Extractor) countryActor(a schema.Actor, text, date string) (schema.Actor, bool) {
	if a.Country == "" {
		return schema.Actor{}, false
	}
	e, ok := x.gaz.Entity(a.Country)
	if !ok || e.Kind != schema.Country {
		return schema.Actor{}, false
	}
	return x.actor(e, text, date), true
}

// armModifiers and armHeads make a two-word head of a demonym's phrase
// for an armed service: "air power", "security forces", "coast guard".
var (
	armModifiers = map[string]bool{"air": true, "security": true, "coast": true, "defence": true, "defense": true, "naval": true, "special": true}
	armHeads     = map[string]bool{"power": true, "force": true, "forces": true, "guard": true, "guards": true, "personnel": true, "units": true, "troops": true, "defences": true, "defenses": true}
)

// leaderGovNouns after a leader's name make the leader's state: "the
// Bashir government", "the Maduro regime".
var leaderGovNouns = map[string]bool{"government": true, "regime": true, "administration": true, "cabinet": true}

// modelName reports whether a word names a weapon's model: a letter
// part and a number joined by a hyphen ("S-400", "F-16", "Su-35").
func modelName(w string) bool {
	h := strings.IndexByte(w, '-')
	return h > 0 && h < len(w)-1 && w[h+1] >= '0' && w[h+1] <= '9'
}

// aircraftModel reports whether a word names a military aircraft by its
// model: "F-16", "Su-24s", "MiG-29", "MQ-9", "B-52", "Tu-22M3".
func aircraftModel(w string) bool {
	p, num, ok := strings.Cut(strings.TrimSuffix(w, "s"), "-")
	if !ok || len(num) == 0 || len(num) > 4 || num[0] < '1' || num[0] > '9' {
		return false
	}
	for _, r := range num {
		if (r < '0' || r > '9') && (r < 'A' || r > 'Z') {
			return false // "Su-24", "F-35A", "Tu-22M3"
		}
	}
	switch p {
	case "F", "F/A", "Su", "MiG", "B", "MQ", "RQ", "Tu", "Il", "A", "AH", "UH", "J":
		return true
	}
	return false
}

// namesakeCountries are countries whose name is also a surname.
var namesakeCountries = map[string]bool{"jordan": true, "chad": true}

// dropNamesakes drops a country whose name is also a surname when it
// stands in a list of people: "Nunes, Jordan and McCaul accused him" (Rep.
// Jim Jordan).
func dropNamesakes(toks []token, ms []Mention) []Mention {
	person := func(k int) bool { return k >= 0 && ms[k].Actors[0].Kind == schema.Person }
	joined := func(i int) bool { return i >= 0 && i < len(toks) && (toks[i].key == "," || toks[i].key == "and") }
	var drop []int
	for k, m := range ms {
		if m.End-m.Start == 1 && namesakeCountries[toks[m.Start].key] &&
			(joined(m.Start-1) && person(mentionEnding(ms, m.Start-1)) || joined(m.End) && person(mentionStarting(ms, m.End+1))) {
			drop = append(drop, k)
		}
	}
	for j := len(drop) - 1; j >= 0; j-- {
		ms = slices.Delete(ms, drop[j], drop[j]+1)
	}
	return ms
}

// dropMemberLists drops the members a body's name lists in parentheses:
// "the P5+1 (the U.S., Russia, China, Britain, France and Germany)" are
// one party, the body, not six that meet one another.
func dropMemberLists(toks []token, ms []Mention) []Mention {
	for k := 0; k < len(ms); k++ {
		p := ms[k]
		if len(p.Actors) != 1 || p.Actors[0].Kind != schema.Organization || p.End >= len(toks) || toks[p.End].key != "(" {
			continue
		}
		j, n := p.End+1, k+1
		for j < len(toks) {
			if n < len(ms) && ms[n].Start == j {
				j, n = ms[n].End, n+1
				continue
			}
			if key := toks[j].key; key != "," && key != "and" && key != "the" {
				break
			}
			j++
		}
		if j < len(toks) && toks[j].key == ")" && n-k > 2 {
			ms = slices.Delete(ms, k+1, n)
		}
	}
	return ms
}

// locativePreps make a following country a place ("a strike in Pakistan",
// "clashes near Turkey"). "To", "into" and "from" are left out: "aid to
// Syria", "an incursion into Syria" and "troops from Russia" concern the
// country; "on" and "against" are no locatives ("sanctions on Iran").
var locativePreps = map[string]bool{
	"in": true, "at": true, "near": true, "inside": true, "outside": true, "across": true,
	"throughout": true, "around": true, "within": true,
}

// locative reports whether mention m, a country's name after a locative
// preposition, is a place: "talks in Geneva", "the war in Syria", but not
// "in U.S. custody", where the name modifies a noun. The mention stays, for
// a visit's destination ("arrived in Syria").
func (x *Extractor) locative(toks []token, m Mention, date string) bool {
	if !locativePreps[m.Prep] || m.Possessive || m.Suffix != "" || m.Affiliation != nil || len(m.Actors) != 1 ||
		m.Actors[0].Kind != schema.Country {
		return false
	}
	if _, kind, n := x.lookup(toks, m.Start, date); n != m.End-m.Start || kind != surfName && kind != surfCapital {
		return false // "in Russian airstrikes", "in the two countries"
	}
	if m.Prep == "at" && x.aimedAt(toks, m.Start) {
		return false // "lashed out at Germany": the target, no place
	}
	if m.End < len(toks) {
		t := toks[m.End]
		if t.tagged("NN") || t.tag == "" && !t.cap() && isWordRune([]rune(t.text)[0]) && !afterPlace[t.key] && !strings.HasSuffix(t.key, "ed") {
			return false
		}
	}
	return true
}

// aimedAt reports whether the "at" before toks[i] follows a verb, with or
// without its particle, that takes its target after "at": "lashed out at",
// "hit back at", "fired at".
func (x *Extractor) aimedAt(toks []token, i int) bool {
	at := i - 1
	for at > 0 && toks[at].key != "at" && at > i-3 {
		at--
	}
	v := at - 1
	if v < 0 || toks[at].key != "at" {
		return false
	}
	particle := ""
	if v > 0 && (toks[v].tag == "RP" || toks[v].key == "out" || toks[v].key == "back") {
		particle, v = toks[v].key, v-1
	}
	l := lemma.Of(toks[v].key, toks[v].tag)
	if directedAt[l] && particle == "" {
		return true
	}
	if !toks[v].tagged("VB") {
		return false
	}
	for _, e := range x.lex.Lookup(l, schema.Verb) {
		if e.Particle == particle && slices.Contains(e.Preps, "at") {
			return true
		}
	}
	return false
}

// directedAt are the words whose "at" points at a target, not a place:
// "remarks aimed at China", "took a swipe at Russia".
var directedAt = map[string]bool{
	"aim": true, "direct": true, "point": true, "level": true, "hurl": true, "swipe": true,
	"jab": true, "dig": true, "poke": true, "glare": true, "look": true, "wag": true,
}

// envoyPlurals are the people of two states who meet for them: "Iranian
// and U.S. negotiators".
var envoyPlurals = map[string]bool{
	"officials": true, "diplomats": true, "negotiators": true, "envoys": true, "leaders": true, "ministers": true,
	"delegates": true, "delegations": true, "counterparts": true, "lawmakers": true, "representatives": true,
	"troops": true, "forces": true, "personnel": true, "jets": true, "warplanes": true,
}

// pairNouns name two states as a pair: "the two countries", "both sides".
var pairNouns = map[string]bool{"countries": true, "nations": true, "sides": true, "governments": true, "neighbours": true, "neighbors": true,
	"rivals": true, "foes": true, "adversaries": true, "powers": true, "states": true, "allies": true}

// sentenceStates returns the ids of the states the sentence has named so
// far, by name or as the country of a person it named, in order.
func (st *state) sentenceStates() []string {
	var ids []string
	add := func(id string) {
		if id != "" && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	for _, p := range st.curPeople {
		add(p.Country)
	}
	for _, c := range st.curCountries {
		add(c.ID)
	}
	return ids
}

// smallCounts are the numbers of parties nParties reads.
var smallCounts = map[string]int{"three": 3, "four": 4, "five": 5}

// nParties returns the mention toks[from:to] of "the three countries":
// the states this sentence has named, itself or through its people, when
// it named just n ("Trump ripped on Canada and Mexico, days before the
// three countries were to hold talks"). Any other count is no guide.
func (st *state) nParties(x *Extractor, s Sentence, toks []token, from, to, n int) (Mention, bool) {
	ids := st.sentenceStates()
	if len(ids) != n {
		return Mention{}, false
	}
	m := Mention{Start: from, End: to}
	for _, id := range ids {
		e, ok := x.gaz.Entity(id)
		if !ok || e.Kind != schema.Country {
			return Mention{}, false
		}
		a := x.actor(e, spanText(s.Text, s.Start, toks, from, to), st.date)
		m.Actors = append(m.Actors, a)
	}
	return m, true
}

// twoParties returns the mention toks[from:to] of "the two countries" or
// "both sides": the last two countries this sentence has named ("a row
// between Saudi Arabia and Canada, calling on both sides"); else, for
// "the two countries" only, the two coordinated subjects of the sentence
// before ("Saudi Arabia and Canada are locked in a row. The US urged the
// two countries to talk"), or the last two countries named.
func (st *state) twoParties(x *Extractor, s Sentence, toks []token, from, to int) (Mention, bool) {
	var a, b schema.Actor
	// With three or more states named before it in the sentence, the last
	// two are no better a guess than the pair of the sentence before:
	// "Japan and South Korea, as well as North Korea's main ally, China,
	// urged the two countries".
	n := len(st.curCountries)
	switch {
	case n == 2 || n > 2 && coordinatedPair(toks[:from], st.curCountries[n-2], st.curCountries[n-1]):
		// (But "to fight South Korea and the United States as the two
		// allies …": the last two, named as a pair.)
		a, b = st.curCountries[n-2], st.curCountries[n-1]
	case n < 2 && len(st.sentenceStates()) == 2:
		// "Obama and Rouhani held a call, … between the two countries",
		// "South Korean Foreign Minister Kang urged Ri to resume talks
		// between the two countries": the states the sentence named,
		// itself or through its people.
		ids := st.sentenceStates()
		ea, oka := x.gaz.Entity(ids[0])
		eb, okb := x.gaz.Entity(ids[1])
		if !oka || !okb || ea.Kind != schema.Country || eb.Kind != schema.Country {
			return Mention{}, false
		}
		a, b = x.actor(ea, "", st.date), x.actor(eb, "", st.date)
	case toks[from].key == "both" && len(st.prevParties) == 2 && st.prevParties[0].ID != st.prevParties[1].ID:
		// "Russia and Turkey traded accusations. NATO urged both sides to
		// avoid escalation": the sentence before named just two, not as
		// places.
		a, b = st.prevParties[0], st.prevParties[1]
	case toks[from].key == "both":
		return Mention{}, false // "both sides" with no pair near: too far to guess
	case st.pairAt > 0 && st.pairAt == st.sentences-1:
		// "… the two countries started joint patrols. … the two countries
		// are increasing cooperation": the same pair as the sentence before.
		a, b = st.pair[0], st.pair[1]
	case len(st.prevSubjects) == 2 && st.prevSubjects[0].Kind != schema.Person && st.prevSubjects[1].Kind != schema.Person &&
		st.prevSubjects[0].ID != st.prevSubjects[1].ID:
		a, b = st.prevSubjects[0], st.prevSubjects[1]
	case n < 3 && st.lastCountry != nil && st.prevCountry != nil:
		a, b = *st.prevCountry, *st.lastCountry
	default:
		return Mention{}, false
	}
	st.pair, st.pairAt = [2]schema.Actor{a, b}, st.sentences
	a.Text, b.Text = spanText(s.Text, s.Start, toks, from, to), spanText(s.Text, s.Start, toks, from, to)
	return Mention{Actors: []schema.Actor{a, b}, Start: from, End: to}, true
}

// countryBack returns the country "the country" or "that country" at i
// refers back to: the last this sentence named, or the story's last.
func (st *state) countryBack(toks []token, i int) *schema.Actor {
	n := len(st.curCountries)
	if n == 0 {
		return st.lastCountry
	}
	if n >= 2 && coordinatedPair(toks[:i], st.curCountries[n-2], st.curCountries[n-1]) {
		// "Saudi Arabia and the UAE pledged aid to the country": one
		// country is neither of a pair; the one before them, or the
		// story's.
		ref := st.focus
		if n >= 3 {
			ref = &st.curCountries[n-3]
		}
		if ref != nil && (ref.ID == st.curCountries[n-2].ID || ref.ID == st.curCountries[n-1].ID) {
			return nil
		}
		return ref
	}
	return &st.curCountries[n-1]
}

// coordinatedPair reports whether toks name a and b as a pair, "a and b"
// or "a and the b".
func coordinatedPair(toks []token, a, b schema.Actor) bool {
	var sb strings.Builder
	for _, t := range toks {
		sb.WriteString(t.text)
		sb.WriteByte(' ')
	}
	text := sb.String()
	return a.Text != "" && b.Text != "" && (strings.Contains(text, a.Text+" and "+b.Text+" ") || strings.Contains(text, a.Text+" and the "+b.Text+" "))
}

// acronym reports whether w is written as an abbreviation: "U.S.", "UK",
// "EU".
func acronym(w string) bool {
	return strings.Contains(w, ".") || len(w) >= 2 && strings.ToUpper(w) == w
}

// countryBefore reports whether one of the mentions ms is a country
// named by its name that ends at token i.
func countryBefore(ms []Mention, i int) bool {
	for _, m := range ms {
		if m.End == i && len(m.Actors) == 1 && m.Actors[0].Kind == schema.Country && !m.Place {
			return true
		}
	}
	return false
}

// countryOtherThan reports whether ms[n] (n may be -1) names one country,
// not id.
func countryOtherThan(ms []Mention, n int, id string) bool {
	return n >= 0 && len(ms[n].Actors) == 1 && ms[n].Actors[0].Kind == schema.Country && ms[n].Actors[0].ID != id
}

// rulersOf reads "officials in Moscow", "leaders in South Korea and
// Japan": those who govern the countries after "in" stand for them.
func (x *Extractor) rulersOf(s Sentence, toks []token, i int, st *state) (Mention, bool) {
	if !rulersIn[toks[i].key] || i+2 >= len(toks) || toks[i+1].key != "in" {
		return Mention{}, false
	}
	j := i - 1 // the word before "Foreign ministers", "senior officials"
	for j >= 0 && (rankWords[toks[j].key] || toks[j].key == "foreign" || toks[j].key == "defense" || toks[j].key == "defence") {
		j--
	}
	if j >= 0 && toks[j].cap() && toks[j].key != "the" {
		return Mention{}, false // not "the Kurdish government in Iraq", "EU foreign ministers in Brussels": another's
	}
	if j >= 0 && (toks[j].key == "world" || toks[j].key == "global" || toks[j].key == "international") || i > 0 && toks[i-1].key == "foreign" && toks[i].key != "ministers" {
		return Mention{}, false // "reached with other world leaders in Paris", "foreign officials in Beijing": a gathering there, not its rulers
	}
	var m Mention
	for k := i + 2; k < len(toks); {
		if toks[k].key == "the" && k+1 < len(toks) {
			k++ // "prosecutors in the Netherlands"
		}
		e, kind, n := x.lookup(toks, k, st.date)
		if e == nil || e.Kind != schema.Country || kind != surfName && (kind != surfCapital || toks[i].key == "ministers") { // "foreign ministers in Brussels": where they meet
			break
		}
		if toks[k-1].key == "," && (k+n >= len(toks) || toks[k+n].key != "," && toks[k+n].key != "and") {
			break // "the government in Damascus, Moscow stepped up": a list ends with "and"; a name after a comma opens the clause
		}
		m.Actors = append(m.Actors, x.actor(e, spanText(s.Text, s.Start, toks, i, k+n), st.date))
		m.End = k + n
		if k += n; k+1 >= len(toks) || toks[k].key != "and" && toks[k].key != "," {
			break
		}
		k++
	}
	if len(m.Actors) == 0 || m.End < len(toks) && (toks[m.End].tagged("NN") || toks[m.End].key == "'s") {
		return Mention{}, false // not "officials in Syria's north"
	}
	m.Start = i
	return m, true
}

// rulersIn are those who govern or speak for the place after "in".
var rulersIn = map[string]bool{
	"officials": true, "leaders": true, "diplomats": true, "authorities": true, "government": true,
	"regime": true, "policymakers": true, "ministers": true, "leadership": true, "administration": true, "rulers": true,
	"prosecutors": true, "investigators": true,
	// "praised authoritarians in Russia, Turkey and China": the rulers there.
	"authoritarians": true, "autocrats": true, "strongmen": true, "dictators": true, "despots": true,
}

// appositionComma reports whether the comma at c may set off an
// apposition to a name before it ("Lavrov, Russia's foreign minister"):
// not after an opening adverb or phrase ("Meanwhile, Germany's foreign
// minister", "Separately, …", "On Monday, Ukraine's president", "In a
// statement, …").
func appositionComma(toks []token, c int) bool {
	if toks[c].key != "," {
		return false
	}
	p := c - 1
	return p >= 0 && toks[p].cap() && !monthOrDay[toks[p].key] && !(p == 0 && (notName[toks[p].key] || strings.HasSuffix(toks[p].key, "ly")))
}

// afterPlace are words that may follow a place name without it modifying
// them: "in Syria and Iraq", "in Geneva on Monday", "in Syria since 2011".
var afterPlace = map[string]bool{
	"and": true, "or": true, "but": true, "on": true, "in": true, "at": true, "to": true, "for": true,
	"with": true, "from": true, "by": true, "as": true, "since": true, "after": true, "before": true,
	"during": true, "over": true, "under": true, "that": true, "which": true, "who": true, "where": true,
	"when": true, "while": true, "is": true, "was": true, "are": true, "were": true, "has": true,
	"have": true, "had": true, "will": true, "would": true, "could": true, "can": true, "may": true,
	"said": true, "says": true, "last": true, "this": true, "next": true, "earlier": true, "later": true,
	"until": true, "amid": true, "despite": true, "because": true, "if": true, "than": true, "of": true,
	"against": true, "between": true, "about": true, "alone": true, "too": true, "again": true, "so": true,
	"not": true, "also": true, "the": true, "a": true, "an": true, "its": true, "their": true, "his": true,
	"her": true, "today": true, "yesterday": true, "tomorrow": true, "ago": true, "soon": true,
}

// appositiveTitle finds "Name, [the|a] [Country's|demonym] title [of|for
// X]" after a person's mention: the country or body, and the title's
// first token. Only mentions before the apposition are known here, so the
// body is looked up directly.
func (x *Extractor) appositiveTitle(s Sentence, toks []token, m Mention, st *state) (schema.Actor, int, bool) {
	if m.End >= len(toks) || toks[m.End].key != "," && !dashes[toks[m.End].key] {
		return schema.Actor{}, 0, false // "Lavrov, Russia's foreign minister", "de Maiziere -- Germany's interior minister"
	}
	var found *schema.Actor
	titleAt, lastTitle := -1, -1
	for j := m.End + 1; j < len(toks) && j <= m.End+10; j++ {
		w := toks[j].key
		if titleAt >= 0 && (toks[j].tagged("VB") || speechWords[w]) {
			// "Stoltenberg, the US leader said": the title's holder is
			// the subject of the verb, not the name before the comma.
			return schema.Actor{}, 0, false
		}
		if titleAt < 0 && found == nil && !toks[j].cap() && j+1 < len(toks) && (rankWords[w] || !toks[j].tagged("VB") && isWordRune([]rune(toks[j].text)[0]) && titleWords[toks[j+1].key] ||
			toks[j].tag == "JJ" && !strings.HasSuffix(w, "-born") && (!toks[j+1].cap() && toks[j+1].tag == "JJ" || x.gaz.maxLen[toks[j+1].key] > 0)) {
			continue // "Hussein, Malaysia's acting transport minister", "McDonough, regional spokeswoman for the WFP"
		}
		if (w == "," || dashes[w]) && titleAt >= 0 || w == ";" || w == "." || toks[j].tagged("VB") {
			break
		}
		if dashes[w] {
			continue // "--" is two tokens
		}
		if titleWords[w] && w != "former" && w != "top" || w == "staff" && titleAt >= 0 {
			if titleAt < 0 {
				titleAt = j
			}
			lastTitle = j
			continue
		}
		if titleAt >= 0 && j == lastTitle+1 && !toks[j].cap() && !notName[w] && !govNouns[w] && !officeWords[w] && !toks[j].tagged("VB") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !toks[j].tagged("RB") && isWordRune([]rune(toks[j].text)[0]) {
			return schema.Actor{}, 0, false // "a Russian energy company": the title word only qualifies the head
		}
		if w == "the" || w == "a" || w == "an" || w == "of" || w == "for" || w == "to" || w == "'s" || w == "former" || w == "top" {
			continue
		}
		e, kind, n := x.lookup(toks, j, st.date)
		if e != nil && e.Kind == schema.Person || e == nil && nameLength(toks, j) >= 2 {
			// "Merkel, French President Francois Hollande and …": a list of people.
			return schema.Actor{}, 0, false
		}
		if e == nil || found != nil {
			break
		}
		if kind == surfCapital && e.ID != "USA" || kind == surfPlural && toks[j-1].key == "of" {
			break // "president of Americans for Prosperity": a people names no body
		}
		if next := j + n; next < len(toks) && (kind == surfDemonym && !titleWords[toks[next].key] && !govNouns[toks[next].key] ||
			e.Kind == schema.Country && kind == surfName && toks[next].cap() && toks[next].key != "'s" && !titleWords[toks[next].key] ||
			e.Kind == schema.Country && kind == surfName && !toks[next].cap() && strings.HasPrefix(toks[next].tag, "NN") && !titleWords[toks[next].key] && !govNouns[toks[next].key] && !officeWords[toks[next].key]) {
			break // "a spokesman for the Syrian Observatory for Human Rights", "chairman of China research at TS Lombard": a topic, no body
		}
		if toks[j-1].key == "to" || toks[j-1].key == "for" && j >= 2 && sentTitles[toks[j-2].key] {
			j += n - 1 // "ambassador to Moscow", "special representative for North Korea": the posting, not the body
			continue
		}
		if partyOf(toks, j+n) {
			return schema.Actor{}, 0, false // "leader of France's National Front party": a party's office
		}
		a := x.actor(e, spanText(s.Text, s.Start, toks, j, j+n), st.date)
		found = &a
		j += n - 1
	}
	if found == nil || titleAt < 0 {
		return schema.Actor{}, 0, false
	}
	return *found, titleAt, true
}

// appositiveOffice returns the first title word of an apposition that
// starts at the comma at i and names an office, its holder's before it
// ("Carter Page, a former adviser to President Trump", "Mekhlafi, the
// government's top delegate"), or -1.
func appositiveOffice(toks []token, i int) int {
	if i >= len(toks) || toks[i].key != "," {
		return -1
	}
	for j := i + 1; j < len(toks) && j <= i+6; j++ {
		w := toks[j].key
		if w == "," || w == "." || w == ";" || toks[j].tagged("VB") {
			return -1
		}
		if titleWords[w] && w != "former" && w != "top" && w != "of" && w != "mr" && w != "mr." && w != "mrs" && w != "mrs." && w != "ms" && w != "ms." && w != "dr" && w != "dr." {
			return j
		}
	}
	return -1
}

// staffApposition reports whether an apposition from the comma at i names
// a staff office: "Hu, the foreign ministry spokesman,".
func staffApposition(toks []token, i int) bool {
	if appositiveOffice(toks, i) < 0 {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+8; j++ {
		if w := toks[j].key; w == "," || w == "." || w == ";" || toks[j].tagged("VB") {
			return false
		}
		if staffTitles[toks[j].key] {
			return true
		}
	}
	return false
}

// functionWords are, besides notName's, the short words that some
// people's names fold to ("Tô", "An", "Le"): alone they are the word.
var functionWords = map[string]bool{
	"le": true, "la": true, "do": true, "so": true, "no": true, "be": true, "he": true, "me": true, "we": true,
	"go": true, "it": true, "up": true, "us": true, "am": true, "ma": true, "my": true,
}

// leaderRoles are the offices of a state's leaders in the dictionaries.
var leaderRoles = map[string]bool{"head_of_state": true, "head_of_government": true}

// staffTitles are offices no head of state or government holds: an
// apposition naming one tells a namesake from the leader.
var staffTitles = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "ambassador": true, "envoy": true, "aide": true, "adviser": true, "advisor": true, "diplomat": true, "official": true, "analyst": true}

// datelineEnd returns the token after a dateline ("BEIRUT (Reuters) -",
// "ANKARA, Turkey (AP) —", "MOSCOW, March 3 -") or a "Story highlights"
// heading, or 0.
func datelineEnd(toks []token) int {
	if len(toks) > 2 && toks[0].text == "Story" && toks[1].key == "highlights" {
		return 2 // CNN's "Story highlights" heads its summary lines
	}
	if len(toks) > 4 && toks[0].cap() && toks[1].key == "(" && toks[3].key == ")" && (upperWord(toks[2].text) || newsAgencies[toks[2].key]) && toks[4].cap() {
		return 4 // "Washington (CNN) Russia launched …": a city and its outlet
	}
	if len(toks) > 4 && upperWord(toks[0].text) && len(toks[0].text) >= 3 {
		// "BEIRUT (Sputnik) The Syrian air force …": an agency's credit
		// in brackets with no dash after it.
		for j := 1; j < len(toks) && j <= 4; j++ {
			if toks[j].key != "(" {
				if toks[j].key != "," && !toks[j].cap() {
					break
				}
				continue
			}
			for q := j + 1; q < len(toks) && q <= j+4; q++ {
				if toks[q].key == ")" {
					if q+1 < len(toks) && toks[q+1].cap() {
						return q + 1
					}
					break
				}
			}
			break
		}
	}
	for j := 1; j < len(toks) && j <= 12; j++ {
		if k := toks[j].key; k != "-" && k != "—" && k != "–" && k != "--" {
			continue
		}
		if toks[j-1].key == ")" {
			for p := j - 2; p >= 0; p-- {
				if toks[p].key == "(" {
					return j + 1
				}
			}
		}
		// A dateline in capitals: every word before the dash is.
		if upperWord(toks[0].text) && len(toks[0].text) >= 3 {
			ok, comma := true, false
			for _, t := range toks[1:j] {
				if t.key == "," {
					comma = true // "SOUTHERN OUTSKIRTS OF FALLUJA, Iraq -": the country after the place
					continue
				}
				if isWordRune([]rune(t.text)[0]) && !upperWord(t.text) && !monthOrDay[t.key] && !unicode.IsDigit([]rune(t.text)[0]) && t.key != "." && !(comma && t.cap()) {
					ok = false
				}
			}
			if ok {
				return j + 1
			}
		}
		return 0
	}
	return 0
}

// newsAgencies are outlets whose name a dateline credits in brackets.
var newsAgencies = map[string]bool{"reuters": true, "sputnik": true, "xinhua": true, "anadolu": true, "bloomberg": true, "tass": true}

// outletWord reports whether t names a news outlet by itself: an agency
// or a broadcaster's initials ("CNN", "NBC"), no person.
func outletWord(t token) bool {
	return newsAgencies[t.key] || len(t.text) >= 3 && isLetters(t.text) && strings.ToUpper(t.text) == t.text
}

// creditLine returns the token where a credit line starts ("Reporting by",
// "(Additional reporting by", "; Editing by"), or len(toks).
func creditLine(toks []token) int {
	for c := 0; c+1 < len(toks); c++ {
		switch toks[c].key {
		case "reporting", "editing", "writing", "compiled", "edited", "written", "produced", "translated":
		default:
			continue
		}
		if toks[c+1].key != "by" {
			continue
		}
		start := c
		if c > 0 && (toks[c-1].key == "additional" || toks[c-1].key == "and") {
			start = c - 1
		}
		if start == 0 || toks[start-1].key == "(" || toks[start-1].key == ";" || toks[start-1].key == "|" || toks[start-1].key == "[" {
			return max(start-1, 0)
		}
	}
	return len(toks)
}

// upperWord reports whether a word has letters and all are upper case.
func upperWord(w string) bool {
	letters := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// headlineVerb reports whether a capitalised word of a title-case
// headline is a verb the rules read, not part of a name before it:
// "Putin Meets Erdogan", "Trump Says He Will".
func (x *Extractor) headlineVerb(key string) bool {
	return headlineVerbs[key] || x.allVerbForms[key] || speechForms[key] ||
		len(key) > 6 && (strings.HasSuffix(key, "ify") || strings.HasSuffix(key, "ifies")) // "Trade Tensions Intensify as Allies Rebuke U.S."
}

// speechForms are speechLemmas' forms.
var speechForms = formsOf(speechLemmas)

// nextQuoteSpeaker returns whose quoted words go on after the sentence
// toks: the speaker of a quotation opened after a colon ("Hague also said:
// "These reports are uncorroborated.") that the sentence leaves open, the
// speaker of the one it continues (cur) when it has no quotation mark, or
// nil once a quotation closes.
func nextQuoteSpeaker(toks []token, ms []Mention, cur, next *schema.Actor) (speaker, announced *schema.Actor) {
	from := 0
	if len(toks) > 0 && next != nil && cur == nil && isQuoteMark(toks[0].text) {
		cur, from = next, 1 // the words the sentence before announced open here
	}
	if n := len(toks); n >= 2 && toks[n-1].key == ":" && !slices.ContainsFunc(toks[from:], func(t token) bool { return isQuoteMark(t.text) }) {
		return cur, speakerBefore(toks, ms, n-1) // "Hague also says that:" ending a paragraph
	}
	open, opened := cur != nil, -1
	for i := from; i < len(toks); i++ {
		switch t := toks[i]; t.text {
		case "“":
			open, opened = true, i
		case "”":
			open = false
		case `"`:
			if open = !open; open {
				opened = i
			}
		}
	}
	switch {
	case !open:
		return nil, nil
	case opened < 0:
		return cur, nil
	case opened <= from || toks[opened-1].key != ":":
		return nil, nil
	}
	return speakerBefore(toks, ms, opened-1), nil
}

// speakerBefore returns the person who speaks in "Hague said that:", the
// colon at c: the last person named before a verb of saying right before
// it, or nil.
func speakerBefore(toks []token, ms []Mention, c int) *schema.Actor {
	v := c - 1
	if v >= 0 && toks[v].key == "that" {
		v--
	}
	if v < 0 || !speechForms[toks[v].key] {
		return nil
	}
	for k := len(ms) - 1; k >= 0; k-- {
		if m := ms[k]; m.End <= v && len(m.Actors) == 1 && m.Actors[0].Kind == schema.Person {
			a := m.Actors[0]
			return &a
		}
	}
	return nil
}

// isQuoteMark reports whether w is a double quotation mark.
func isQuoteMark(w string) bool { return w == `"` || w == "“" || w == "”" }

// titleCased reports whether a sentence is a headline in title case: no
// full stop, and four in five of its words of four letters or more are
// capitalised ("Senator John McCain Makes Secret Trip to Syria").
func titleCased(toks []token) bool {
	words, _, capped := wordCase(toks, 4)
	if n := len(toks); n > 0 && toks[n-1].key == "." {
		// A headline has no full stop, unless every word but the small
		// function words is capitalised ("Russian Strikes Kill 18 ISIL
		// Fighters in Syria.", not "British Brexit Secretary David Davis
		// met Michel Barnier.").
		return words >= 5 && capped == words && !slices.ContainsFunc(toks, func(t token) bool {
			return isWordRune([]rune(t.text)[0]) && !unicode.IsDigit([]rune(t.text)[0]) && !t.cap() && !headlineLower[t.key]
		})
	}
	return words >= 4 && capped*5 >= words*4
}

// headlineLower are the words a title-cased headline leaves in lower case.
var headlineLower = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "of": true, "in": true, "on": true,
	"at": true, "to": true, "for": true, "by": true, "with": true, "as": true, "from": true, "vs": true,
}

// shouting reports whether a sentence is written in capitals: most of its
// words of three letters or more are.
func shouting(toks []token) bool {
	words, upper, _ := wordCase(toks, 3)
	return words >= 3 && upper*5 >= words*4
}

// wordCase counts the words of at least minLen bytes, those written in
// capitals and those capitalised.
func wordCase(toks []token, minLen int) (words, upper, capped int) {
	for _, t := range toks {
		if len(t.text) < minLen || !isWordRune([]rune(t.text)[0]) || unicode.IsDigit([]rune(t.text)[0]) {
			continue // (a date or number has no case)
		}
		words++
		if upperWord(t.text) {
			upper++
		}
		if t.cap() {
			capped++
		}
	}
	return words, upper, capped
}

// prepBefore returns the preposition governing the phrase at token i,
// skipping determiners and adjectives ("in the Syrian capital").
func prepBefore(toks []token, i int) string {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := toks[k].key
		if locPreps[w] || w == "by" || w == "with" || w == "against" || w == "for" || w == "about" || w == "under" || w == "than" || w == "like" {
			return w
		}
		if w != "the" && w != "a" && w != "an" && w != "both" && w != "either" && w != "capital" && w != "northern" && w != "southern" && w != "eastern" && w != "western" && w != "central" && w != "northwestern" && w != "northeastern" && w != "southeastern" && w != "southwestern" {
			return ""
		}
	}
	return ""
}

func (x *Extractor) mentionAt(s Sentence, toks []token, i int, st *state) (Mention, bool) {
	t := toks[i]
	if i > 1 && i+1 < len(toks) && toks[i-1].text == "(" && toks[i+1].text == ")" && toks[i-2].cap() && len(t.text) == 3 && t.text == strings.ToUpper(t.text) {
		if e, ok := x.gaz.Entity(t.text); ok && e.Kind == schema.Country {
			// "the National Action Party (PAN)": the name's own initials,
			// not the country whose code they spell (Panama).
			return Mention{}, false
		}
	}
	// References back.
	switch t.key {
	case "he", "she":
		if a, ok := st.pronounPerson(toks, i, x.unknownNames(toks, i, st.date, st.named)); ok {
			a.Text = t.text
			return Mention{Actors: []schema.Actor{a}, Start: i, End: i + 1}, true
		}
		return Mention{}, false
	case "north":
		// "North and South Korea": the North of the ellipsis.
		if i+3 < len(toks) && t.text == "North" && toks[i+1].key == "and" && toks[i+2].text == "South" && toks[i+3].key == "korea" {
			if e, ok := x.gaz.Entity("PRK"); ok {
				return Mention{Actors: []schema.Actor{x.actor(e, t.text, st.date)}, Start: i, End: i + 1}, true
			}
		}
	case "both":
		// "both Koreas".
		if n := koreas(toks, i+1); n > 0 {
			return x.bothKoreas(s, toks, i, i+1+n, st)
		}
		// "called on both sides to show restraint".
		if i+1 < len(toks) && pairNouns[toks[i+1].key] {
			if m, ok := st.twoParties(x, s, toks, i, i+2); ok {
				return m, true
			}
		}
		return Mention{}, false
	case "that":
		// "Mexico, where he met with that country's president": as "the
		// country".
		if i+2 < len(toks) && toks[i+1].key == "country" && (toks[i+2].key == "'s" || toks[i+2].key == "," || toks[i+2].key == ".") {
			if ref := st.countryBack(toks, i); ref != nil {
				a := *ref
				a.Text = spanText(s.Text, s.Start, toks, i, i+2)
				return Mention{Actors: []schema.Actor{a}, Start: i, End: i + 2}, true
			}
		}
		return Mention{}, false
	case "the":
		if n := koreas(toks, i+1); n > 0 {
			return x.bothKoreas(s, toks, i, i+1+n, st) // "the two Koreas", "the Koreas"
		}
		pair := st.prevPeople
		if len(st.curPeople) > 0 {
			pair = st.curPeople
		}
		if len(pair) == 0 && len(st.people) == 2 {
			// "Xi arrived … hosted by Putin. The Kremlin said … On Tuesday,
			// the two leaders held talks": the sentence before named no
			// one, and the article has named just these two.
			pair = st.people
		}
		if i+2 < len(toks) && toks[i+1].key == "two" && (toks[i+2].key == "leaders" || toks[i+2].key == "presidents" || toks[i+2].key == "men") &&
			len(pair) == 2 && pair[0].ID != pair[1].ID && !st.untitled[pair[0].ID] && !st.untitled[pair[1].ID] {
			// "Trump spoke with Putin. The two leaders discussed Syria",
			// "Kim praised Trump after the summit between the two leaders":
			// the two people named before, in this sentence or else in the
			// one before, when it named just two.
			a, b := pair[0], pair[1]
			a.Text, b.Text = spanText(s.Text, s.Start, toks, i, i+3), spanText(s.Text, s.Start, toks, i, i+3)
			return Mention{Actors: []schema.Actor{a, b}, Start: i, End: i + 3}, true
		}
		if i+2 < len(toks) && toks[i+1].key == "two" && pairNouns[toks[i+2].key] {
			if m, ok := st.twoParties(x, s, toks, i, i+3); ok {
				return m, true
			}
		}
		if i+2 < len(toks) && smallCounts[toks[i+1].key] > 0 && pairNouns[toks[i+2].key] {
			if m, ok := st.nParties(x, s, toks, i, i+3, smallCounts[toks[i+1].key]); ok {
				return m, true
			}
		}
		if i+1 < len(toks) && (toks[i+1].text == "North" || toks[i+1].text == "South") && (i+2 >= len(toks) || !toks[i+2].cap() || toks[i+2].key == "'s") {
			// "the North", "the South" in an article about the Koreas.
			id := "PRK"
			if toks[i+1].text == "South" {
				id = "KOR"
			}
			if st.countryCount["PRK"]+st.countryCount["KOR"] > 0 { // either Korea named: "North Korea fired … the South"
				if e, ok := x.gaz.Entity(id); ok {
					a := x.actor(e, spanText(s.Text, s.Start, toks, i, i+2), st.date)
					return Mention{Actors: []schema.Actor{a}, Start: i, End: i + 2}, true
				}
			}
		}
		if i+2 < len(toks) && toks[i+1].key == "administration" && !toks[i+2].cap() && st.countryCount["USA"] > 0 {
			// "the administration" in a story that named the United States.
			if e, ok := x.gaz.Entity("USA"); ok {
				a := x.actor(e, spanText(s.Text, s.Start, toks, i, i+2), st.date)
				return Mention{Actors: []schema.Actor{a}, Start: i, End: i + 2}, true
			}
		}
		if i+1 < len(toks) && (toks[i+1].key == "country" || toks[i+1].key == "regime" || toks[i+1].key == "government") {
			ref := st.countryBack(toks, i)
			if toks[i+1].key != "country" {
				ref = st.focus
				if k := conflictNamed(toks); k >= 0 && slices.ContainsFunc(toks, func(t token) bool { return rebelWords[t.key] }) {
					// "fighting between rebels and the government in western
					// Syria": the government of the civil war the sentence names.
					if e, ok := x.gaz.Entity(conflicts[k].country); ok {
						a := x.actor(e, "", st.date)
						ref = &a
					}
				}
				if e := x.countryAfterIn(toks, i+2, st.date); e != nil {
					// "backs the government in Yemen": the one of the
					// country named, however the parser attached "in".
					a := x.actor(e, "", st.date)
					ref = &a
				}
			}
			if ref != nil && (i+2 >= len(toks) || !toks[i+2].cap() && toks[i+2].key != "of") {
				a := *ref
				a.Text = spanText(s.Text, s.Start, toks, i, i+2)
				return Mention{Actors: []schema.Actor{a}, Start: i, End: i + 2}, true
			}
		}
		if i+2 < len(toks) && (toks[i+1].key == "group" || toks[i+1].key == "militia" || toks[i+1].key == "movement") && toks[i+2].key == "'s" && st.lastGroup != nil &&
			!strings.HasSuffix(st.lastGroup.Text, "forces") && !strings.HasSuffix(st.lastGroup.Text, "troops") {
			// "destroyed dozens of the group's positions": the group the
			// article named last (the tree rules read "the group" as a
			// subject or an object themselves, clause.corefer); not forces
			// named as such ("Kurdish Peshmerga forces … Falluja, the
			// group's stronghold" is another's).
			a := *st.lastGroup
			a.Text = spanText(s.Text, s.Start, toks, i, i+2)
			return Mention{Actors: []schema.Actor{a}, Start: i, End: i + 2}, true
		}
		return Mention{}, false
	case "government", "regime":
		if i+1 < len(toks) && (toks[i+1].key == "forces" || toks[i+1].key == "troops" || toks[i+1].key == "soldiers") && st.lastAny != nil && (i == 0 || !toks[i-1].cap()) {
			// "Syria, where government forces …": the country just named;
			// from an earlier sentence, the civil war's the sentence names
			// ("near Aleppo"), or the story's country.
			a := *st.lastAny
			if e := x.countryAfterIn(toks, i+2, st.date); e != nil {
				a = x.actor(e, "", st.date) // "government troops in eastern Ukraine"
			} else if st.lastAnyAt != st.sentences {
				if k := conflictNamed(toks); k >= 0 {
					e, _ := x.gaz.Entity(conflicts[k].country)
					a = x.actor(e, "", st.date)
				} else if st.focus != nil {
					a = *st.focus
				}
			}
			a.Text = spanText(s.Text, s.Start, toks, i, i+2)
			return Mention{Actors: []schema.Actor{a}, Start: i, End: i + 2}, true
		}
	case "pope", "pontiff":
		// "the pontiff's visit to the United States": the Pope on the
		// article's date, the head of the Holy See; not "the pope's
		// envoy Cardinal …" (a name after the title is that person's).
		if i > 0 && toks[i-1].key == "the" && (i+1 == len(toks) || !toks[i+1].cap()) {
			if e := x.gaz.Holder("VAT", "head_of_state", st.date); e != nil {
				a := x.actor(e, spanText(s.Text, s.Start, toks, i-1, i+1), st.date)
				return Mention{Actors: []schema.Actor{a}, Start: i - 1, End: i + 1}, true
			}
		}
	case "administration":
		// "The administration imposed sanctions": the government of the
		// head of state or government the article named last; "Trump said
		// his administration would …": of the head this sentence (or,
		// alone, the one before) named last.
		if i > 0 && (toks[i-1].key == "his" || toks[i-1].key == "her") && (i+1 == len(toks) || toks[i+1].key != "of" && !toks[i+1].cap()) {
			if a, ok := st.possessorsCountry(x, toks, i-1); ok {
				a.Text = spanText(s.Text, s.Start, toks, i-1, i+1)
				return Mention{Actors: []schema.Actor{a}, Start: i - 1, End: i + 1}, true
			}
		}
		if i > 0 && toks[i-1].key == "the" && (i+1 == len(toks) || toks[i+1].key != "of" && !toks[i+1].cap()) {
			if a, ok := st.headsCountry(x); ok {
				a.Text = spanText(s.Text, s.Start, toks, i-1, i+1)
				return Mention{Actors: []schema.Actor{a}, Start: i - 1, End: i + 1}, true
			}
		}
	}
	if m, ok := x.rulersOf(s, toks, i, st); ok {
		return m, true
	}
	if m, ok := x.hyphenPair(s, toks, i, st); ok {
		return m, true
	}
	// The words at i, looked up once for titled and what follows it (the
	// second lookup was a fifth of the time mentions took).
	e, kind, n := x.lookup(toks, i, st.date)
	if m, ok := x.titled(s, toks, i, st, lookedUp{e, kind, n}); ok {
		return m, true
	}
	if m, ok := x.compound(s, toks, i, st); ok {
		return m, true
	}
	if a, ok := st.namedBefore(toks, i); ok && (e == nil || e.Kind == schema.Person && n == 1) && !x.otherGivenName(toks, i, a.Name+" "+a.Text, st) {
		// "Mueller", "Clinton": the person the article named in full.
		return Mention{Actors: []schema.Actor{a}, Start: i, End: i + 1}, true
	}
	if e == nil {
		if e, ok := x.possessiveS(toks, i, st); ok {
			// "Russias foreign minister", "Assads forces": a name missing its apostrophe.
			return Mention{Actors: []schema.Actor{x.actor(e, t.text, st.date)}, Start: i, End: i + 1, Possessive: true}, true
		}
		if st.shouting {
			return Mention{}, false // "MEETS SHULTZ IN MOSCOW" is no name
		}
		if m, ok := x.appositivePerson(s, toks, i); ok {
			st.own()
			delete(st.untitled, m.Actors[0].ID) // "Joel Wit, a former State Department official"
			return m, true
		}
		if m, ok := x.untitledPerson(s, toks, i, st); ok {
			return m, true
		}
		return x.unknownGroup(s, toks, i)
	}
	if kind == surfDemonym && ethnicGroups[nameKey(t.key)] && i > 0 {
		if _, k, _ := x.lookup(toks, i-1, st.date); k == surfDemonym {
			return Mention{}, false // "Syrian Turkmen" are no Turkmenistan
		}
	}
	if e.Kind == schema.Person && n == 1 && i+1 < len(toks) && !st.shouting && (toks[i+1].cap() && !toks[i+1].tagged("VB") && !(st.titleCase && x.headlineVerb(toks[i+1].key)) || nameParticle(toks[i+1].key)) {
		// "Abdullah Azzam" is not King Abdullah, "Salim al-Muslat" not Ezzedine Salim.
		return x.appositivePerson(s, toks, i)
	}
	if e.Kind == schema.Person && n == 1 && (kind == surfName || kind == surfSurname) {
		if x.otherGivenName(toks, i, entityNames(e), st) {
			// "Hunter Biden" is not Joe Biden, whose alias is "Biden"; and
			// after "Jeb Bush", "Bush" alone may be Jeb.
			st.shadowed = append(st.shadowed, toks[i].key)
			return Mention{}, false
		}
		if !st.seenPeople[e.ID] && slices.Contains(st.shadowed, toks[i].key) {
			return Mention{}, false
		}
		if !st.seenPeople[e.ID] && staffApposition(toks, i+1) && !slices.ContainsFunc(e.roles, func(r Role) bool { return !leaderRoles[r.Title] }) {
			// "said Hu, the foreign ministry spokesman": a spokesman of that
			// surname, not the leader the dictionaries know by it.
			return Mention{}, false
		}
	}
	if e.Kind == schema.Organization && n >= 2 && i > 1 && toks[i-1].cap() && !st.shouting && !monthOrDay[toks[i-1].key] && toks[i-1].key != "the" {
		if pe, _, _ := x.lookup(toks, i-1, st.date); pe == nil && !strings.ContainsAny(toks[i-1].text, ".") {
			return Mention{}, false // "the National Security Council" is no UN Security Council
		}
	}
	if e = x.generic(e, toks, i, st); e == nil {
		return Mention{}, false
	}
	if e.Kind == schema.Group && i+n < len(toks) && groupNouns[toks[i+n].key] {
		n++ // "the Kurdish YPG militia"
	} else if e.Kind == schema.Group && i+n+1 < len(toks) && groupQualifiers[toks[i+n].key] && groupNouns[toks[i+n+1].key] {
		n += 2 // "an ISIL terrorist group", "the Hamas militant group"
	}
	text := spanText(s.Text, s.Start, toks, i, i+n)
	m := Mention{Actors: []schema.Actor{x.actor(e, text, st.date)}, Start: i, End: i + n}
	if e.ID == "USA" && i > 0 && toks[i-1].cap() && (toks[i-1].key == "central" || toks[i-1].key == "latin" || toks[i-1].key == "south" || toks[i-1].key == "north") && strings.HasPrefix(toks[i].key, "america") {
		return Mention{}, false // "Central Americans", "Latin American leaders", "South America": not the United States
	}
	switch kind {
	case surfDemonym:
		// "Russian officials", "the Syrian and Iranian foreign ministers".
		k := i + n
		if k < len(toks) && ethnicGroups[nameKey(toks[k].key)] {
			return Mention{}, false // "Syrian Turkmen fighters", "Iraqi Kurds"
		}
		if k+1 < len(toks) && relNouns[toks[k].key] != "" && toks[k+1].cap() {
			return m, true // "Syrian ally Iran": the other party of a relational noun
		}
		if k < len(toks) && stateRelNouns[toks[k].key] {
			return m, true // "a close American ally": the state whose ally
		}
		for q := k; q < min(k+2, len(toks)); q++ {
			if nonStateWords[toks[q].key] || dissentWords[toks[q].key] {
				return Mention{}, false // "Syrian tribal leaders", "Iraqi opposition figures": no state's
			}
		}
		if k < len(toks) && aircraftModel(toks[k].text) {
			m.End = k + 1 // "an Israeli F-16": the state's warplane
			m.Actors[0].Text = spanText(s.Text, s.Start, toks, i, k+1)
			return m, true
		}
		coordinated := false
		for skip := 0; k < len(toks) && skip < 2 && !govNouns[toks[k].key] && (!toks[k].cap() || modelName(toks[k].text)) && isWordRune([]rune(toks[k].text)[0]) && toks[k].key != "and" && !(k+1 < len(toks) && toks[k+1].cap() && !modelName(toks[k+1].text)); skip++ {
			k++ // "Russian war jets", "Russian S-400 missiles"
		}
		for k < len(toks) && (toks[k].key == "and" || toks[k].key == "," || toks[k].tagged("JJ") && !govNouns[toks[k].key]) {
			if k+1 < len(toks) {
				if _, kk, _ := x.lookup(toks, k+1, st.date); kk == surfDemonym {
					k += 2
					coordinated = true
					continue
				}
				// "Iranian and U.S. negotiators", "American and Taliban
				// negotiators": a name used as a demonym.
				if e2, kk, n2 := x.lookup(toks, k+1, st.date); kk == surfName && e2 != nil && (e2.Kind == schema.Country || e2.Kind == schema.Group) && k+1+n2 < len(toks) && envoyPlurals[toks[k+1+n2].key] {
					k += 1 + n2
					coordinated = true
					continue
				}
			}
			if toks[k].key == "and" || toks[k].key == "," {
				break
			}
			k++
		}
		if k < len(toks) && stateRelNouns[toks[k].key] && coordinated {
			return m, true // "its Russian and Iranian allies"
		}
		if k < len(toks) && govNouns[toks[k].key] {
			if !coordinated && k+1 < len(toks) && officeWords[toks[k+1].key] {
				k++ // "the Chinese Foreign Ministry"
			}
			if !coordinated && k+1 < len(toks) && armModifiers[toks[k].key] && armHeads[toks[k+1].key] {
				k++ // "Russian air power", "Iraqi security forces": the phrase's head
			}
			if !coordinated && relNouns[toks[k].key] == "" {
				// The mention is the whole phrase: "Russian war jets".
				m.End = k + 1
				m.Actors[0].Text = spanText(s.Text, s.Start, toks, i, k+1)
			}
			return m, true
		}
		if j := i + n; i > 0 && !coordinated && toks[i-1].key == "the" && (j == len(toks) || toks[j].tagged("VB") || toks[j].tagged("MD") || toks[j].key == "," || toks[j].key == "." || toks[j].key == "and" ||
			(toks[j].key == "of" || toks[j].key == "for") && i >= 2 && toks[i-2].tagged("VB")) {
			// "the French have acted", "the British and the Americans",
			// "accused the Chinese of theft": a people standing alone for
			// its state.
			return m, true
		}
		return Mention{}, false
	case surfCapital:
		prep := prepBefore(toks, i)
		if i+n < len(toks) && toks[i+n].cap() && toks[i+n].key != "'s" {
			return Mention{}, false // "Moscow Times", "Beijing Olympics"
		}
		// "the Paris attacks", "the Geneva talks", "a Moscow visit": a
		// capital before an event noun says where it happened.
		possessive := i+n < len(toks) && (toks[i+n].key == "'s" || toks[i+n].key == "'") // "to Washington's decision": the preposition is the decision's
		m.Place = placePreps[prep] && !possessive && !(prep == "at" && x.aimedAt(toks, i)) || i+n < len(toks) && !toks[i+n].cap() && x.nounForms[toks[i+n].key] && !toks[i+n].tagged("VB")
		if toks[i].key == "paris" && prep == "with" && slices.ContainsFunc(toks, func(t token) bool { return climateWords[t.key] }) {
			return Mention{}, false // "US cooperation with Paris": the climate accord
		}
		if b, ok := seatOf[toks[i].key]; ok && !m.Place {
			// "Brussels wants London to pay": the body seated there acts,
			// not its host ("a trip to Brussels" is still to Belgium).
			if e, ok := x.gaz.Entity(b); ok {
				m.Actors = []schema.Actor{x.actor(e, m.Actors[0].Text, st.date)}
			}
		}
	case surfSurname:
		if !st.seenPeople[e.ID] && !x.bareSurnameFits(e, toks[i].key, st) {
			return Mention{}, false
		}
		if i > 0 && royalTitles[toks[i-1].key] {
			// "King Hussein" in 2017: a king the title's reading found no
			// holder for, not Pakistan's Hussain; "Prince Charles", no
			// Eugenia Charles.
			return Mention{}, false
		}
	}
	if m.Actors[0].Kind == schema.Country && i > 0 && (toks[i-1].key == "new" || strings.HasSuffix(toks[i-1].key, "-new")) && toks[i-1].cap() && !acronym(toks[i].text) {
		return Mention{}, false // "New Jersey", "New Mexico", "D-New Mexico": a place of its own; not "New U.S. sanctions"
	}
	if t := m.Actors[0]; t.Kind == schema.Country && kind == surfName && i > 0 && capitalLast(toks[i-1].text) && !isTitleStart(toks, i-1) {
		if e, _, _ := x.lookup(toks, i-1, st.date); e == nil {
			return Mention{}, false // "Jamaat-ul-Mujahideen Bangladesh": the end of a group's name
		}
	}
	if usState(m.Actors[0].ID, toks, i, n) {
		return Mention{}, false // "Georgia Sen. Saxby Chambliss", "R-Georgia": the US state
	}
	if t := m.Actors[0]; (t.Kind == schema.Country || t.Kind == schema.Organization && !st.shouting) && kind == surfName && i+n < len(toks) && toks[i+n].cap() && !toks[i+n].tagged("VB") && toks[i+n].key != "'s" {
		// "Syria Observatory"? A country's or a body's name before another
		// capitalised word that is no verb is usually part of a longer
		// name ("European Union Chamber of Commerce").
		if e2, kk, _ := x.lookup(toks, i+n, st.date); (e2 == nil && nameEnders[toks[i+n].key] || e2 != nil && kk != surfName) && !isTitleStart(toks, i+n) && !strings.HasPrefix(toks[i+n].key, "-") {
			return Mention{}, false
		}
	}
	return m, true
}

// climateWords put "Paris" for the climate accord made there.
var climateWords = map[string]bool{
	"climate": true, "emissions": true, "emission": true, "greenhouse": true, "carbon": true, "warming": true, "co2": true,
}

// seatOf names the body a capital stands for as an actor.
var seatOf = map[string]string{"brussels": "EU"}

// thingFirst reports whether a sentence opens with a determiner and a
// lower-case noun: "The law also requires …", "A UN panel said …" does not.
func thingFirst(toks []token) bool {
	if len(toks) < 3 {
		return false
	}
	switch toks[0].key {
	case "the", "a", "an", "this", "that":
	default:
		return false
	}
	return !toks[1].cap() && isWordRune([]rune(toks[1].text)[0]) && !toks[2].cap()
}

// otherGivenName reports whether the capitalised word before the surname
// at i is a given name the person's names lack: "Chris Christie" is not
// Perry Christie, "Hunter Biden" after "Joe Biden" is not Joe. The first
// word of a sentence must be a known first name ("When Biden …" is
// Biden), and a word in capitals is no given name ("WATCH Putin warns …").
// names are compared word by word: "Chris" is no part of "Perry Christie".
func (x *Extractor) otherGivenName(toks []token, i int, names string, st *state) bool {
	if i == 0 || st.shouting {
		return false
	}
	p := toks[i-1]
	if !p.cap() || p.text == strings.ToUpper(p.text) || isTitleWord(p.key) || honorifics[p.key] || p.key == "the" || strings.ContainsAny(p.text, ".'") || slices.Contains(strings.Fields(names), p.text) {
		return false
	}
	if st.titleCase && !x.gaz.FirstName(p.key) && (x.headlineVerb(p.key) || notName[p.key]) {
		return false // "Putin Meets Erdogan": a headline's verb, no given name
	}
	return i-1 > 0 || x.gaz.FirstName(p.key) || commonFirstNames[p.key]
}

// usState reports whether the n words at i that name the country id name
// the US state of that name: "Georgia Sen.", "R-Georgia".
func usState(id string, toks []token, i, n int) bool {
	if id != "GEO" {
		return false
	}
	party := i > 0 && (toks[i-1].key == "d-" || toks[i-1].key == "r-" || toks[i-1].key == "-")
	if j := i + n + 1; j < len(toks) && toks[i+n].key == "'s" && usStateTitles[toks[j].key] {
		return true // "Georgia's Republican secretary of state", "Georgia's governor"
	}
	return party || i+n < len(toks) && usStateTitles[toks[i+n].key]
}

// whiteHouseIn reports whether the sentence names the White House.
func whiteHouseIn(toks []token) bool {
	for j := 1; j < len(toks); j++ {
		if toks[j].text == "House" && toks[j-1].text == "White" {
			return true
		}
	}
	return false
}

// usStateTitles follow the name of a US state: "Georgia Sen.", "Georgia
// Republicans".
var usStateTitles = map[string]bool{
	"sen.": true, "sen": true, "senator": true, "rep.": true, "rep": true, "representative": true,
	"gov.": true, "gov": true, "governor": true, "republican": true, "republicans": true, "democrat": true,
	"democrats": true, "democratic": true, "congressman": true, "congresswoman": true, "lawmaker": true,
	"lawmakers": true, "legislature": true, "voters": true, "secretary": true, "attorney": true,
}

// honorifics and party labels come before a surname without making another
// person of it: "Mr Biden", "Sen Schumer", "Democrat Biden".
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sir": true, "lord": true, "lady": true, "dame": true,
	"rep": true, "sen": true, "gen": true, "col": true, "judge": true, "justice": true, "comrade": true,
	"mister": true, "madam": true, "herr": true, "frau": true, "monsieur": true, "candidate": true,
	"nominee": true, "democrat": true, "republican": true, "democratic": true, "dear": true, "rev": true,
	"reverend": true, "father": true, "ayatollah": true, "chairman": true, "premier": true, "marshal": true,
	"colonel": true, "congressman": true, "congresswoman": true,
}

// entityNames is the name and aliases of e, for otherGivenName.
func entityNames(e *Entity) string { return e.Name + " " + strings.Join(e.Aliases, " ") }

// namedBefore returns the person the article named in full whose surname
// is the capitalised word at i ("Mueller" after "Robert Mueller"), unless
// the word starts a longer name.
func (st *state) namedBefore(toks []token, i int) (schema.Actor, bool) {
	t := toks[i]
	if !t.cap() || i+1 < len(toks) && toks[i+1].cap() && !st.shouting {
		return schema.Actor{}, false
	}
	k := surnameKey(t.text)
	if k == "" {
		return schema.Actor{}, false
	}
	if k == "may" && (i > 0 && (datePreps[toks[i-1].key] || toks[i-1].tag == "CD") || i+1 < len(toks) && (pronouns[toks[i+1].key] || unicode.IsDigit([]rune(toks[i+1].text)[0]))) {
		return schema.Actor{}, false // "in May", "May 5", "May I": the month or the modal
	}
	a, ok := st.unknownPeople[k]
	a.Text = t.text
	return a, ok
}

// possessiveS finds a name written without the apostrophe of its
// possessive: "Russias foreign minister", "Assads forces". The word must
// not be a name itself, a people ("Tatars"), or a plural after "the" ("the
// Koreas", "the Assads").
func (x *Extractor) possessiveS(toks []token, i int, st *state) (*Entity, bool) {
	t := toks[i]
	if !t.cap() && !strings.HasPrefix(t.key, "al-") || len(t.key) < 5 || !strings.HasSuffix(t.key, "s") || strings.HasSuffix(t.key, "ss") ||
		ethnicGroups[t.key] || t.key == "americas" || i > 0 && toks[i-1].key == "the" || i+1 >= len(toks) ||
		!isWordRune([]rune(toks[i+1].text)[0]) {
		return nil, false
	}
	stem := []token{newToken(t.text[:len(t.text)-1], t.start)}
	e, kind, n := x.lookup(stem, 0, st.date)
	if e == nil || n != 1 || e.Kind == schema.Country && kind != surfName || e.Kind != schema.Country && e.Kind != schema.Person {
		return nil, false
	}
	if e.Kind == schema.Person && !st.seenPeople[e.ID] && (toks[i+1].cap() || st.shouting) {
		return nil, false // "Trump Hopes For …" in a headline: no Hope
	}
	if e.Kind == schema.Person && !st.seenPeople[e.ID] && !x.bareSurnameFits(e, stem[0].key, st) {
		return nil, false // "Soros" is not Soro's
	}
	if e.Kind == schema.Person && (notPossessed[toks[i+1].key] || toks[i+1].tagged("VB") || toks[i+1].tag == "MD") {
		return nil, false // "Soros had accused Modi", "Soros dined": a name of its own, not "Assads air force"
	}
	return e, true
}

// notPossessed are words that follow a name but never a possessor.
var notPossessed = map[string]bool{
	"had": true, "has": true, "have": true, "is": true, "was": true, "were": true, "said": true, "says": true,
	"will": true, "would": true, "could": true, "can": true, "and": true, "or": true, "who": true, "told": true,
	"also": true, "did": true, "does": true,
}

// tagged reports whether the token's tag starts with prefix.
func (t token) tagged(prefix string) bool { return strings.HasPrefix(t.tag, prefix) }

// personSlug is the id of a person no dictionary knows: the slug of the
// name without its middle initials, so that "James B. Comey" and "James
// Comey" are one person.
func personSlug(name string) string {
	fs := strings.Fields(name)
	if len(fs) < 3 {
		return Slug(name)
	}
	kept := fs[:1]
	for _, f := range fs[1 : len(fs)-1] {
		if !isInitial(f) {
			kept = append(kept, f)
		}
	}
	return Slug(strings.Join(append(kept, fs[len(fs)-1]), " "))
}

// isInitial reports whether w is an initial: "B.", "W".
func isInitial(w string) bool {
	return (len(w) == 2 && w[1] == '.' || len(w) == 1) && 'A' <= w[0] && w[0] <= 'Z'
}

// nameWord reports whether w can be a word of a person's name: letters
// with hyphens or apostrophes ("Jean-Yves", "al-Rifa'i") or initials
// ("J.", "J.D."), not "U.S.-backed" or "1,000".
func nameWord(w string) bool {
	if isLetters(strings.NewReplacer("-", "", "'", "", "’", "").Replace(w)) || isInitial(w) {
		return true
	}
	rest, ok := strings.CutSuffix(w, ".")
	for _, p := range strings.Split(rest, ".") {
		ok = ok && isInitial(p)
	}
	return ok
}

// pronounContraction reports whether toks[k] is "I" with a contracted
// verb after it, which ends a name: "said to Vladimir Putin I’m still the
// same man".
func pronounContraction(toks []token, k int) bool {
	return toks[k].text == "I" && k+1 < len(toks) && cliticAt("I"+toks[k+1].text) == 1
}

func isTitleStart(toks []token, i int) bool {
	return i < len(toks) && titleWords[toks[i].key] && toks[i].cap()
}

// lookedUp is what lookup returns.
type lookedUp struct {
	e    *Entity
	kind surfaceKind
	n    int
}

// lookup finds the longest dictionary surface at token i, resolved on date.
// Keys are compared in their name form (see [nameKey]): "Kim Jong Un" finds
// "Kim Jong-un", "Qaddafi" finds "Gaddafi".
func (x *Extractor) lookup(toks []token, i int, date string) (*Entity, surfaceKind, int) {
	g := x.gaz
	if toks[i].maxLen == 0 {
		n := g.maxLen[toks[i].key]
		if first, _, _ := strings.Cut(toks[i].name, " "); first != toks[i].key {
			n = max(n, g.maxLen[first])
		}
		toks[i].maxLen = 1 + int32(n)
	}
	max := int(toks[i].maxLen - 1)
	var buf [128]byte
	for n := min(max, len(toks)-i); n >= 1; n-- {
		if k := toks[i+n-1].key; n > 1 && (k == "-" || k == "–" || k == "—" || k == "--") && i+n < len(toks) && !toks[i+n].cap() {
			continue // a name ends in a word: not "Iran -" before a dash and a lower-case word
		}
		// The n words' name forms joined by spaces; the map lookup of
		// string(key) does not allocate.
		key := buf[:0]
		for k := i; k < i+n; k++ {
			if toks[k].name == "" {
				continue
			}
			if len(key) > 0 {
				key = append(key, ' ')
			}
			key = append(key, toks[k].name...)
		}
		ss := g.findName(string(key))
		if len(ss) == 0 && n >= 3 && slices.ContainsFunc(toks[i+1:i+n-1], func(t token) bool { return isInitial(t.text) }) {
			// "James B. Comey": a middle initial the dictionaries lack.
			key = key[:0]
			for k := i; k < i+n; k++ {
				if toks[k].name == "" || k > i && k < i+n-1 && isInitial(toks[k].text) {
					continue
				}
				if len(key) > 0 {
					key = append(key, ' ')
				}
				key = append(key, toks[k].name...)
			}
			ss = g.findName(string(key))
		}
		if len(ss) == 0 {
			continue
		}
		var cands []surface
		for _, s := range ss {
			if s.exact != "" && toks[i].text != s.exact && (n != 1 || strings.ReplaceAll(toks[i].text, ".", "") != s.exact) && !titleAcronym(toks[i].text, s.exact) {
				continue
			}
			if n == 1 && (notName[toks[i].key] || functionWords[toks[i].key]) && g.entities[s.id] != nil && g.entities[s.id].Kind == schema.Person {
				continue // "To anyone but the deranged left": a word, not Tô Lâm
			}
			if s.exact == "IS" && i+1 < len(toks) && len(toks[i+1].text) > 1 && isLetters(toks[i+1].text) && strings.ToUpper(toks[i+1].text) == toks[i+1].text {
				continue // "IS WAR WITH IRAN INEVITABLE?": a headline's capitals, the verb
			}
			// A name starts with a capital, except lower-case aliases ("rebels", "al-Qaeda").
			if s.exact == "" && !toks[i].cap() && !lowerAlias(toks[i].key) {
				continue
			}
			cands = append(cands, s)
		}
		if s, ok := g.pick(cands, date); ok {
			return g.entities[s.id], s.kind, n
		}
		if e := x.pickPerson(cands, date); e != nil {
			return e, surfSurname, n
		}
	}
	return nil, 0, 0
}

// pickPerson chooses among people who share a surname ("Assad"): the one in
// office on date, or without a date the one whose last office is latest.
func (x *Extractor) pickPerson(cands []surface, date string) *Entity {
	var best *Entity
	bestEnd, n := "", 0
	for _, s := range cands {
		e := x.gaz.entities[s.id]
		if s.kind != surfSurname || e.Kind != schema.Person {
			return nil
		}
		if date != "" {
			if _, ok := e.RoleAt(date); ok {
				best, n = e, n+1
			}
			continue
		}
		for _, r := range e.roles {
			end := r.End
			if end == "" {
				end = "9999"
			}
			if end > bestEnd {
				best, bestEnd = e, end
			}
		}
	}
	if date != "" && n != 1 {
		return nil
	}
	return best
}

func lowerAlias(key string) bool {
	return strings.HasPrefix(key, "al-") || strings.HasPrefix(key, "al ") || key == "rebels" || key == "rebel" || key == "insurgents" ||
		key == "opposition" || key == "moderate" || key == "armed" || key == "so-called" || strings.HasPrefix(key, "pro-")
}

// bareSurnameFits reports whether a surname alone, of a person the article
// has not named in full, is that person: one in office on the article's
// date, or the only person of that surname whose country the article has
// already named ("Reagan" in a story about America; not "Perry", Liberia's
// head of state of 1996, in a story that never mentions Liberia).
func (x *Extractor) bareSurnameFits(e *Entity, key string, st *state) bool {
	named := e.Country != "" && st.countryCount[e.Country] > 0
	if r, ok := e.RoleAt(st.date); ok {
		// In office; but a surname people of other countries share
		// ("Williams": Antigua's governor-general, Bermuda's premier …) is
		// the office holder only in an article about the office's
		// country. A family's surname is not shared so ("Clinton",
		// "Assad"). The head of an international body is the one named
		// when no namesake holds office that day ("Guterres").
		return named || x.surnameOfOneCountry(key) || x.bodyHead(r) && x.soleHolder(key, e, st.date) || x.namesCountry(st.text, e.Country)
	}
	return x.uniqueSurname(key) && (named || e.roleNear(st.date, 4))
}

// namesCountry reports whether an article's text names country id
// anywhere, by a name of four letters or more at the start of a word
// ("Venezuela", "Venezuelan"): "Trump threatens Maduro" over a story that
// names Venezuela further down.
func (x *Extractor) namesCountry(text, id string) bool {
	c, ok := x.gaz.Entity(id)
	if !ok || c.Kind != schema.Country || text == "" {
		return false
	}
	for _, w := range append([]string{c.Name}, c.Aliases...) {
		if len(w) < 4 || !unicode.IsUpper(rune(w[0])) {
			continue
		}
		for from := 0; ; {
			i := strings.Index(text[from:], w)
			if i < 0 {
				break
			}
			if i += from; i == 0 || !unicode.IsLetter(rune(text[i-1])) {
				return true
			}
			from = i + len(w)
		}
	}
	return false
}

// surnameOfOneCountry reports whether every person in the gazetteer with
// this surname is of one country.
func (x *Extractor) surnameOfOneCountry(key string) bool {
	country := ""
	for _, s := range x.gaz.find(key) {
		if s.kind != surfSurname {
			continue
		}
		c := x.gaz.entities[s.id].Country
		if country != "" && c != country {
			return false
		}
		country = c
	}
	return true
}

// bodyHead reports whether r is an office in an international body.
func (x *Extractor) bodyHead(r Role) bool {
	b, ok := x.gaz.Entity(r.Of)
	return ok && b.Kind == schema.Organization
}

// soleHolder reports whether e is the only person with this surname in
// office on date.
func (x *Extractor) soleHolder(key string, e *Entity, date string) bool {
	for _, s := range x.gaz.find(key) {
		if o := x.gaz.entities[s.id]; s.kind == surfSurname && o != e {
			if _, ok := o.RoleAt(date); ok {
				return false
			}
		}
	}
	return true
}

// uniqueSurname reports whether exactly one person in the gazetteer has this surname.
func (x *Extractor) uniqueSurname(key string) bool {
	n := 0
	for _, s := range x.gaz.find(key) {
		if s.kind == surfSurname {
			n++
		}
	}
	return n == 1
}

// conflicts are the civil wars whose generic words ("rebels", "government
// forces") the sentence's own words or the article's focus place.
var conflicts = []struct {
	country, id string
	words       []string
}{
	{"SYR", "SYRIAN_OPPOSITION", []string{"syria", "syrian", "damascus", "aleppo", "assad", "idlib", "latakia", "homs", "ghouta"}},
	{"LBY", "LIBYAN_REBELS", []string{"libya", "libyan", "tripoli", "benghazi", "gaddafi"}},
	{"YEM", "HOUTHIS", []string{"yemen", "yemeni", "sanaa"}},
	{"VEN", "VENEZUELAN_OPPOSITION", []string{"venezuela", "venezuelan", "caracas", "maduro", "guaido"}},
}

// rebelWords name the armed side against a government in a civil war.
var rebelWords = map[string]bool{"rebels": true, "rebel": true, "insurgents": true, "insurgency": true, "opposition": true}

// conflictNamed returns the index in conflicts of the civil war the
// sentence's words name, or -1.
func conflictNamed(toks []token) int {
	for k, c := range conflicts {
		for _, t := range toks {
			if slices.Contains(c.words, t.key) {
				return k
			}
		}
	}
	return -1
}

// generic resolves the generic "rebels" or "the opposition" by the
// conflict the article is about: Syria's opposition, Libya's rebels,
// Yemen's Houthis, or no actor at all.
func (x *Extractor) generic(e *Entity, toks []token, i int, st *state) *Entity {
	if e.ID == "YPG" && (toks[i].key == "kurdish" || strings.HasPrefix(toks[i].key, "kurdish-")) && x.inIraq(toks, st) {
		// "Kurdish forces" in Iraq are the Peshmerga, in Syria the YPG.
		if p, ok := x.gaz.Entity("PESHMERGA"); ok {
			return p
		}
	}
	if e.ID != "SYRIAN_OPPOSITION" || toks[i].key == "syrian" {
		return e
	}
	if i > 0 && toks[i-1].cap() {
		if d, kind, n := x.lookup(toks, i-1, st.date); d != nil && kind == surfDemonym && n == 1 {
			// "a Chadian rebel group": that country's rebels, whatever
			// conflict the article is about.
			for _, c := range conflicts {
				if c.country == d.ID {
					g, _ := x.gaz.Entity(c.id)
					return g
				}
			}
			return nil
		}
	}
	if i > 0 && strings.HasSuffix(toks[i-1].key, "-affiliated") {
		return nil // "al-Qaeda-affiliated rebels": a group's own branch, whatever conflict the article is about (but "al-Qaeda-linked rebels" may be a country's)
	}
	if toks[i].key == "rebel" && i+2 < len(toks) && (groupHeads[toks[i+1].key] || toks[i+1].key == "faction" || toks[i+1].key == "coalition" || toks[i+1].key == "alliance") && toks[i+2].cap() {
		return nil // "the rebel faction Jaish al-Islam": the name after
	}
	bare := toks[i].key == "opposition" && (i+1 == len(toks) || !oppositionNouns[toks[i+1].key])
	if bare && i+1 < len(toks) && toks[i+1].cap() {
		return nil // "the opposition High Negotiations Committee": the name after
	}
	if bare && (i+2 < len(toks) && toks[i+1].key == "to" && (strings.HasSuffix(toks[i+2].key, "ing") || stanceDeterminers[toks[i+2].key]) || i > 0 && partyWords[toks[i-1].key]) {
		return nil // "the GOP opposition to bombing Syria", "opposition to the deal": a stance, no rebels (but "called on the opposition to attend")
	}
	// The sentence's own words first ("Yemen's rebels" in an article that
	// also covers Syria), then the conflict the article names most.
	if k := conflictNamed(toks); k >= 0 {
		g, _ := x.gaz.Entity(conflicts[k].id)
		return g
	}
	if toks[i].key == "insurgents" {
		return nil // Iraq's, Afghanistan's or Syria's: only the sentence's own words say
	}
	if bare {
		// "the opposition" alone is any country's: the conflict's only
		// when the sentence names it (above) or the article is about it.
		for _, c := range conflicts {
			if st.focus != nil && st.focus.ID == c.country {
				g, _ := x.gaz.Entity(c.id)
				return g
			}
		}
		return nil
	}
	best, n := "", 0
	for _, c := range conflicts {
		if st.countryCount[c.country] > n {
			best, n = c.id, st.countryCount[c.country]
		}
	}
	if best == "" {
		return nil
	}
	g, _ := x.gaz.Entity(best)
	return g
}

// stanceDeterminers open the noun phrase an "opposition to" opposes.
var stanceDeterminers = map[string]bool{"the": true, "a": true, "an": true, "any": true, "his": true, "her": true, "its": true, "their": true, "this": true, "that": true}

// partyWords name a party whose "opposition" is a stance or a bench.
var partyWords = map[string]bool{
	"gop": true, "republican": true, "democratic": true, "democrat": true, "labour": true, "conservative": true,
	"tory": true, "congressional": true, "parliamentary": true, "public": true, "domestic": true, "strong": true, "fierce": true,
}

// oppositionNouns make "opposition" before them an armed opposition's
// name ("opposition fighters"), not the bare word.
var oppositionNouns = map[string]bool{"fighters": true, "fighter": true, "groups": true, "forces": true}

// titled finds "[Country|demonym|Org|Country's] Title Name" and "Title Name":
// a person, with the affiliation the title names. An unknown name after a
// title is still a person ("Deputy Security Adviser Ben Rhodes"). at is
// what x.lookup(toks, i, st.date) found.
func (x *Extractor) titled(s Sentence, toks []token, i int, st *state, at lookedUp) (Mention, bool) {
	var aff *schema.Actor
	k := i
	if at.e != nil && at.e.Kind == schema.Group {
		// "opposition leader Jeremy Corbyn": a generic group word is a
		// conflict's group only where the conflict is the subject.
		at.e = x.generic(at.e, toks, i, st)
	}
	if e, kind, n := at.e, at.kind, at.n; e != nil && e.Kind != schema.Person && !(i > 0 && toks[i-1].key == "new" && toks[i-1].cap() && !acronym(toks[i].text)) {
		if kind == surfCapital && e.ID != "USA" {
			return Mention{}, false
		}
		if usState(e.ID, toks, i, n) {
			return Mention{}, false // "Georgia Sen. Saxby Chambliss": the US state
		}
		if e.Kind == schema.Country && n == 1 && i+1 < len(toks) {
			// "U.S. U.N. Ambassador Nikki Haley": the envoy the country
			// sends to the body after it, from the country on.
			ne, nk, nn := x.lookup(toks, i+1, st.date)
			if m, ok := x.titled(s, toks, i+1, st, lookedUp{ne, nk, nn}); ok && m.Affiliation != nil && m.Affiliation.ID == e.ID && m.Actors[0].Kind == schema.Person {
				m.Start = i
				return m, true
			}
		}
		if e.Kind == schema.Country && i+n+1 < len(toks) {
			// "US Syria envoy James Jeffrey", "White House Syria envoy":
			// the envoy the country posts to the country after it.
			ne, nk, nn := x.lookup(toks, i+n, st.date)
			if p := i + n + nn; ne != nil && ne.Kind == schema.Country && ne.ID != e.ID && nk == surfName && p+1 < len(toks) && (postedTitles[toks[p].key] || topicTitles[toks[p].key]) {
				if m, ok := x.titled(s, toks, p, st, lookedUp{}); ok && m.Affiliation == nil && m.Actors[0].Kind == schema.Person {
					a := x.actor(e, spanText(s.Text, s.Start, toks, i, i+n), st.date)
					m.Start, m.Affiliation = i, &a
					return m, true
				}
			}
		}
		if e.Kind == schema.Organization && i > 0 && toks[i-1].cap() && toks[i-1].key != "the" && !strings.Contains(toks[i-1].text, ".") &&
			(!isTitleWord(toks[i-1].key) || toks[i-1].key == "national") {
			// "National Security Council spokesman": a longer name's end;
			// not "Deputy UN Ambassador".
			if pe, _, _ := x.lookup(toks, i-1, st.date); pe == nil {
				return Mention{}, false
			}
		}
		if k := i + n; k < len(toks) && toks[k].key == "affairs" && kind == surfDemonym {
			return Mention{}, false // "director for European and Russian affairs": a portfolio, not its country
		}
		if e.Kind == schema.Country && kind != surfDemonym && i > 1 && toks[i-1].key == "'s" && i+n < len(toks) && (postedTitles[toks[i+n].key] || toks[i+n].key == "ambassador") {
			return Mention{}, false // "UNICEF's Iraq representative", "Russia's U.S. ambassador": the posting, not the body
		}
		if e.Kind == schema.Country && kind == surfName && i+n < len(toks) && topicTitles[toks[i+n].key] {
			return Mention{}, false // "Russia adviser Fiona Hill": the country is the adviser's subject
		}
		if e.Kind == schema.Country && kind == surfName && i > 0 && i+n < len(toks) && postedTitles[toks[i+n].key] {
			for b := max(i-3, 0); b < i; b++ {
				if be, _, bn := x.lookup(toks, b, st.date); be != nil && (be.Kind == schema.Organization || be.Kind == schema.Country && be.ID != e.ID) && b+bn == i {
					return Mention{}, false // "UN Yemen envoy Martin Griffiths", "White House Syria envoy": the posting, not the body
				}
			}
		}
		a := x.actor(e, spanText(s.Text, s.Start, toks, i, i+n), st.date)
		if e.Kind == schema.Organization && i > 1 && toks[i-1].key == "'s" {
			// "Russia's UN envoy Vitaly Churkin": the country's envoy to the body.
			if ce, _, cn := x.lookup(toks, i-1-1, st.date); ce != nil && ce.Kind == schema.Country && cn == 1 {
				a = x.actor(ce, toks[i-2].text, st.date)
			}
		}
		if p := i + n; e.Kind == schema.Organization && i > 0 && p < len(toks) && (postingTitles[toks[p].key] || toks[p].key == "envoy" || toks[p].key == "representative") {
			// "Russian UN envoy Vitaly Churkin", "U.S. U.N. Ambassador
			// Nikki Haley": the country before the body sends the envoy.
			if ce, _, cn := x.lookup(toks, i-1, st.date); ce != nil && ce.Kind == schema.Country && cn == 1 {
				a = x.actor(ce, toks[i-1].text, st.date)
			}
		}
		aff = &a
		k = i + n
		if k < len(toks) && toks[k].key == "'s" {
			k++
			// "UNICEF's Iraq representative Peter Hawkins", "the UN's Syria
			// envoy", "Russia's U.S. ambassador": the official of the body or
			// country before, posted to the country after.
			// ("… with Iran's" may close the sentence.)
			if k < len(toks) {
				if ce, ckind, cn := x.lookup(toks, k, st.date); ce != nil && ce.Kind == schema.Country && ce.ID != e.ID && ckind != surfDemonym && k+cn < len(toks) &&
					(postedTitles[toks[k+cn].key] || e.Kind == schema.Country && toks[k+cn].key == "ambassador") {
					k += cn
				}
			}
		}
	} else if e == nil {
		if e, ok := x.possessiveS(toks, i, st); ok && e.Kind == schema.Country {
			a := x.actor(e, toks[i].text, st.date) // "Russias foreign minister"
			aff, k = &a, i+1
		}
	}
	if aff != nil {
		// "Turkey's sharia-supremacist president, Recep Tayyip Erdogan",
		// "Italian military spokesman Col. …": describing adjectives
		// before the title.
		q := k
		for q < len(toks) && q < k+3 && !toks[q].cap() && (toks[q].tagged("JJ") || toks[q].tagged("NN")) && !isTitleWord(toks[q].key) && !dissentWords[toks[q].key] {
			q++ // "UN human rights chief Zeid Ra'ad al-Hussein", but not "Turkey's main opposition leader"
		}
		if q > k && q < len(toks) && isTitleWord(toks[q].key) {
			k = q
		}
		// "EU Climate Commissioner Miguel Arias Canete", "British Brexit
		// Secretary David Davis": a portfolio's capitalised word before
		// the title, naming no actor.
		for q = k; q < len(toks) && q < k+2 && toks[q].cap() && !isTitleWord(toks[q].key) && !x.gaz.FirstName(toks[q].key); q++ {
			if e, _, _ := x.lookup(toks, q, st.date); e != nil {
				break
			}
		}
		r := q
		for r < len(toks) && isTitleWord(toks[r].key) {
			r++
		}
		if q > k && r > q && r < len(toks) && toks[q].cap() && toks[r].cap() && !st.shouting && !st.titleCase {
			k = q // and a name follows the title: not "the Syrian Civil Defence confirmed"
		}
	}
	titleAt := k
	if aff == nil && k > 0 && k < len(toks) && toks[k-1].key == "to" && !toks[k].cap() {
		return Mention{}, false // "expected to press/head/staff …": an infinitive, no title
	}
	leader := false
	for k < len(toks) && (isTitleWord(toks[k].key) || toks[k].key == "of" && k > titleAt || toks[k].key == "-" ||
		aff != nil && k > titleAt && officeWords[toks[k].key] && k+1 < len(toks) && isTitleWord(toks[k+1].key)) {
		// "Chinese Foreign Ministry spokesman Geng Shuang": the office
		// inside the title.
		if leaderTitles[toks[k].key] {
			leader = true
		}
		k++
	}
	if k == titleAt || k >= len(toks) || toks[titleAt].key == "of" {
		return Mention{}, false
	}
	if toks[titleAt].key == "state" && !toks[titleAt].cap() {
		return Mention{}, false // "the early-voting state of South Carolina": no office
	}
	if aff != nil && honorificsOnly(toks[titleAt:k]) && toks[titleAt-1].key != "'s" {
		return Mention{}, false // "a flight to Cuba Mr. Snowden's best bet": a courtesy names no country
	}
	if aff != nil && aff.Kind == schema.Organization {
		for j := titleAt; j < k; j++ {
			if postingTitles[toks[j].key] {
				// "UN Ambassador Susan Rice", "Trump's European Union
				// ambassador": posted to the body by a country, not its own.
				aff = nil
				break
			}
		}
	}
	// "The U.S. envoy for Syria, James Jeffrey,": the posting, then the
	// holder after a comma.
	if (toks[k].key == "to" || toks[k].key == "for") && aff != nil && k+1 < len(toks) {
		at := k + 1
		if toks[at].key == "the" && at+1 < len(toks) {
			at++
		}
		if e, _, n := x.lookup(toks, at, st.date); e != nil && e.Kind != schema.Person && at+n+1 < len(toks) && toks[at+n].key == "," &&
			(x.personStarts(toks, at+n+1, st) || x.apposedName(toks, at+n+1, st)) {
			k = at + n
		}
	}
	// "Egyptian ambassador to Moscow Salah Bassiouni", "US Ambassador to
	// the UN Nikki Haley": skip the posting.
	if toks[k].key == "to" && k+1 < len(toks) {
		at := k + 1
		if toks[at].key == "the" && at+1 < len(toks) {
			at++
		}
		if e, _, n := x.lookup(toks, at, st.date); e != nil && e.Kind != schema.Person {
			if at+n >= len(toks) || nameLength(toks, at+n) < 2 {
				return Mention{}, false // "U.S. Ambassador To Libya" in a headline: no name
			}
			k = at + n
		}
	}
	// "Secretary-General of the UN Ban Ki-moon": an organisation after "of".
	if aff == nil && toks[k-1].key == "of" || k < len(toks) && toks[k].key == "the" && toks[k-1].key == "of" {
		if toks[k].key == "the" {
			k++
		}
		if a, _, end := x.bodyAt(s, toks, k, st); a != nil {
			aff, k = a, end
		}
	}
	if k+1 < len(toks) && toks[k].key == "," && k > titleAt && aff != nil && (x.personStarts(toks, k+1, st) || x.apposedName(toks, k+1, st)) && !x.foreignPerson(toks, k+1, aff.ID, st.date) {
		k++ // "South Korea's president, Moon Jae-in": the title's holder after a comma
	}
	if k >= len(toks) || !toks[k].cap() {
		// "the Iranian foreign minister": the person in that office on
		// the article's date, when the dictionaries know them.
		// "Ukraine's president", but not "to become Britain's prime
		// minister" (an office to hold), "Belgium's Secretary of State
		// for Asylum" (another office) or "Lavrov, Russia's foreign
		// minister," (an apposition that names him).
		if aff != nil && aff.Kind == schema.Country && toks[k-1].key == "counterpart" && i > 0 && (toks[i-1].key == "his" || toks[i-1].key == "her") && len(st.curPeople) > 0 {
			// "Kerry met his South Korean counterpart": the one who holds
			// his office in that country on the article's date.
			if p, ok := x.gaz.Entity(st.curPeople[len(st.curPeople)-1].ID); ok {
				// Ministers' offices match across states; heads' do not (a
				// president's counterpart may be a chancellor).
				if r, ok := p.RoleAt(st.date); ok && (r.Title == "foreign_minister" || r.Title == "defence_minister") {
					if e := x.gaz.Holder(aff.ID, r.Title, st.date); e != nil {
						a := x.actor(e, spanText(s.Text, s.Start, toks, i, k), st.date)
						return Mention{Actors: []schema.Actor{a}, Start: i, End: k, Affiliation: aff, TitleAt: titleAt}, true
					}
				}
			}
		}
		possessed := titleAt > 0 && toks[titleAt-1].key == "'s" && (i == 0 || !predicateWords[toks[i-1].key] && !appositionComma(toks, i-1)) && (k == len(toks) || toks[k].key != "for")
		// Nor an office in another year: "Hong Kong's leader in 2017".
		inYear := k+1 < len(toks) && toks[k].key == "in" && len(toks[k+1].key) == 4 && toks[k+1].tag == "CD"
		if aff != nil && (i == 0 || toks[i-1].key == "the" || possessed) && (k == len(toks) || toks[k].key != "for") && !inYear {
			if p := st.headNamed(aff.ID, toks[titleAt:k], x.gaz); p != nil {
				// "Putin said … The Russian leader accused NATO": the
				// country's head the article has named.
				a := *p
				a.Text = spanText(s.Text, s.Start, toks, i, k)
				return Mention{Actors: []schema.Actor{a}, Start: i, End: k, Affiliation: aff, TitleAt: titleAt}, true
			}
			if e := x.gaz.Holder(aff.ID, presidency(officeOf(toks[titleAt:k]), aff.ID), st.date); e != nil && !(toks[k-1].key == "king" && femaleName(e.Name) || toks[k-1].key == "queen" && !femaleName(e.Name)) {
				a := x.actor(e, spanText(s.Text, s.Start, toks, i, k), st.date)
				return Mention{Actors: []schema.Actor{a}, Start: i, End: k, Affiliation: aff, TitleAt: titleAt}, true
			}
		}
		if aff == nil && titleAt == i && i > 0 && toks[i-1].key == "the" && (personalTitles[toks[k-1].key] || officeOf(toks[titleAt:k]) != "") && (k == len(toks) || !(toks[k].key == "," && k+1 < len(toks) && toks[k+1].cap())) {
			// "the president's meeting with Modi": the same holder's act,
			// when the article names the holder plainly (not "the
			// president's former adviser", someone else, nor a holder
			// guessed from how often each was named).
			poss := k < len(toks) && toks[k].key == "'s"
			if poss && ownedPerson(toks, k+1) {
				return Mention{}, false
			}
			if k == titleAt+1 && toks[titleAt].key == "president" && whiteHouseIn(toks) {
				// "'The president wants to work with Russia,' a White House
				// spokesman said": the US president on the article's date,
				// whatever other president the article named last.
				if e := x.gaz.Holder("USA", presidency(officeOf(toks[titleAt:k]), "USA"), st.date); e != nil {
					a := x.actor(e, spanText(s.Text, s.Start, toks, i, k), st.date)
					return Mention{Actors: []schema.Actor{a}, Start: i, End: k, Possessive: poss}, true
				}
			}
			// "Secretary of State Mike Pompeo arrived … The secretary met
			// Kim": the person the article last named with that title.
			p := st.titledNamed(toks[titleAt:k], x.gaz)
			if p == nil || st.outOfOffice(p, x.gaz) {
				// "President Obama failed …, Mr. Trump said. The president
				// said" in 2018: the holder on the article's date, when it
				// named one, before a past holder it named with the title.
				q := st.officeNamed(officeOf(toks[titleAt:k]), x.gaz)
				if q == nil && k == titleAt+1 && toks[titleAt].key == "president" {
					q = st.soleHeadNamed(x.gaz) // "Trump spoke in Ohio. The president also met Trudeau."
					if q == nil && p != nil {
						// Trump, named more often than Putin; when as
						// often, neither, nor the past holder.
						var sitting bool
						if q, sitting = st.mostNamedHead(x.gaz); q == nil && sitting {
							p = nil
						}
					}
				}
				if q != nil {
					p = q
				}
			}
			if poss && p != nil && toks[titleAt].key == "president" {
				if sole := st.soleHeadNamed(x.gaz); sole == nil || sole.ID != p.ID {
					p = nil // "the president's meeting" where two presidents were named: either
				}
			}
			if p == nil && k == titleAt+1 && toks[titleAt].key == "secretary" {
				p = st.secretaryNamed(x.gaz) // "Kerry said … Steinitz accused the secretary"
			}
			if p != nil {
				a := *p
				a.Text = spanText(s.Text, s.Start, toks, i, k)
				return Mention{Actors: []schema.Actor{a}, Start: i, End: k, Possessive: poss}, true
			}
		}
		if aff != nil && aff.Kind == schema.Country && k > titleAt && govNouns[toks[k-1].key] {
			// "the U.S. ambassador", "Russia's foreign minister": the country itself.
			if k < len(toks) && officeWords[toks[k].key] {
				k++ // "China's foreign ministry": the whole office
			}
			m := Mention{Actors: []schema.Actor{*aff}, Start: i, End: k}
			m.Actors[0].Text = spanText(s.Text, s.Start, toks, i, k)
			return m, true
		}
		return Mention{}, false
	}
	// The name: the person the article named in full ("Special Counsel
	// Mueller"), a known person, or capitalised words. A known name that is
	// only the start of a longer one ("Robert" of "Robert Mueller") is not it.
	if a, ok := st.namedBefore(toks, k); ok && nameLength(toks, k) <= 1 {
		if e, _, n := x.lookup(toks, k, st.date); e == nil || e.Kind == schema.Person && n == 1 {
			return x.ofBody(s, toks, Mention{Actors: []schema.Actor{a}, Start: i, End: k + 1, Affiliation: aff, TitleAt: titleAt}, st), true
		}
	}
	if monarchTitles[toks[titleAt].key] || titleAt+1 < k && monarchTitles[toks[k-1].key] {
		// "Saudi King Salman", "King Salman bin Abdul Aziz", "Emir Tamim":
		// a head of state by a regnal name, whatever patronymic follows.
		country, n := "", max(nameLength(toks, k), 1)
		var of *schema.Actor // "King Abdullah of Jordan": the realm after the name
		end := k + n
		if aff != nil {
			country = aff.ID
		} else if end+1 < len(toks) && toks[end].key == "of" {
			if a, _, e := x.bodyAt(s, toks, end+1, st); a != nil && a.Kind == schema.Country {
				of, country, end = a, a.ID, e
			}
		}
		if e := x.gaz.Monarch(toks[k].key, country, st.date); e != nil {
			a := x.actor(e, spanText(s.Text, s.Start, toks, k, k+n), st.date)
			if of != nil {
				aff = of
			}
			return Mention{Actors: []schema.Actor{a}, Start: i, End: end, Affiliation: aff, TitleAt: titleAt}, true
		} else if x.gaz.Regnal(toks[k].key) && nameLength(toks, k) == 1 {
			return Mention{}, false // "King Abdullah" in 2008: Saudi Arabia's or Jordan's; no one else's
		}
	}
	if (st.shouting || st.titleCase) && (notName[toks[k].key] || x.headlineVerb(toks[k].key)) {
		return Mention{}, false // "U.S. OFFICIAL TO VISIT JAPAN": no one named To
	}
	if e, kind, n := x.lookup(toks, k, st.date); e != nil && !(e.Kind == schema.Person && n < nameLength(toks, k) && !(st.titleCase && n >= 2)) {
		if e.Kind != schema.Person {
			return Mention{}, false
		}
		if kind == surfSurname && !leader && !st.seenPeople[e.ID] && aff == nil && !x.bareSurnameFits(e, toks[k].key, st) {
			return Mention{}, false
		}
		if kind == surfSurname && x.gaz.FirstName(toks[k].key) && slices.ContainsFunc(toks[titleAt:k], func(t token) bool { return royalTitles[t.key] }) {
			return Mention{}, false // "Prince Charles": a royal's given name, no Eugenia Charles
		}
		if role := headRole(toks[titleAt:k]); kind == surfSurname && role != "" && !e.holds(role) {
			// "Former President Clinton": of the Clintons, the one who
			// was president; "President Bush" in 2012 is no Cayman premier.
			if h := x.headBySurname(toks[k].key, role, st.date); h != nil {
				e = h
			}
		}
		a := x.actor(e, spanText(s.Text, s.Start, toks, k, k+n), st.date)
		return x.ofBody(s, toks, Mention{Actors: []schema.Actor{a}, Start: i, End: k + n, Affiliation: aff, TitleAt: titleAt}, st), true
	}
	if leader && aff == nil {
		// "President Reagan": a surname the stop list holds back, resolved by title and date.
		if e := x.bySurnameAndDate(toks[k].key, st.date); e != nil {
			a := x.actor(e, toks[k].text, st.date)
			return Mention{Actors: []schema.Actor{a}, Start: i, End: k + 1, TitleAt: titleAt}, true
		}
	}
	n := nameLength(toks, k)
	if n < 2 {
		return Mention{}, false
	}
	if st.titleCase && n > 2 {
		n = 2 // "Senator John McCain Makes Secret Trip": in a headline the capitals run on past the name
	}
	for q := k; st.titleCase && q < k+n; q++ {
		if x.headlineVerb(toks[q].key) || notName[toks[q].key] {
			n = q - k // "Russian General Staff Warns Against": a headline's verb ends the name
		}
	}
	if n < 2 {
		return Mention{}, false
	}
	if st.shouting {
		// "SOVIET FOREIGN MINISTER MEETS SHULTZ": capitals are no name.
		if aff != nil && aff.Kind == schema.Country {
			m := Mention{Actors: []schema.Actor{*aff}, Start: i, End: k}
			m.Actors[0].Text = spanText(s.Text, s.Start, toks, i, k)
			return m, true
		}
		return Mention{}, false
	}
	for q := k; q < k+n; q++ {
		if orgWords[toks[q].key] || toks[q].key == "the" || toks[q].key == "of" {
			return Mention{}, false // "commander of the UK Maritime Forces": a body, no person
		}
		if !nameWord(toks[q].text) {
			return Mention{}, false // "commander of U.S.-backed Syrian forces": no name
		}
		if pageWords[toks[q].key] {
			return Mention{}, false // "meets Russian counterpart Replay More Videos": a video player's buttons
		}
	}
	if w := toks[k+n-1].key; personNouns[w] && !nameLikeNouns[w] {
		return Mention{}, false // "the former New York Mayor": an office, no name
	}
	if e, kind, _ := x.lookup(toks, k+n-1, st.date); e != nil && kind == surfDemonym {
		return Mention{}, false // "… of Kurdish-led Syrian forces": a people, no surname
	}
	if e := x.possessiveName(toks, k, n, st.date); e != nil {
		// "President Bashar al-Assads forces": the possessive without its
		// apostrophe of a known name.
		a := x.actor(e, spanText(s.Text, s.Start, toks, k, k+n), st.date)
		return Mention{Actors: []schema.Actor{a}, Start: i, End: k + n, Affiliation: aff, TitleAt: titleAt, Possessive: true}, true
	}
	name := spanText(s.Text, s.Start, toks, k, k+n)
	a := schema.Actor{ID: personSlug(name), Name: name, Kind: schema.Person, Text: name}
	if p, ok := st.unknownPeople[surnameKey(toks[k+n-1].text)]; ok && sameGivenName(p.Name, name) {
		// "Vice President Joseph R. Biden" after "Joe Biden": the same person.
		a = p
		a.Text = name
	}
	st.own()
	if honorificsOnly(toks[titleAt:k]) && aff == nil {
		if _, seen := st.unknownPeople[surnameKey(toks[k+n-1].text)]; !seen {
			st.untitled[a.ID] = true // "Mr. Edward Snowden": a courtesy, no office
		}
	} else {
		delete(st.untitled, a.ID) // "Lt. Col. Alexander Vindman", named before without the rank
	}
	m := x.ofBody(s, toks, Mention{Actors: []schema.Actor{a}, Start: i, End: k + n, Affiliation: aff, TitleAt: titleAt}, st)
	if m.Affiliation != nil && a.Country == "" {
		m.Actors[0].Country = m.Affiliation.ID
	} else if m.Affiliation == nil && a.Country == "" && congressTitle(toks[titleAt:k]) {
		// "Sen. Jim Risch", "Rep. Adam Schiff": a member of the US
		// Congress, whose dealings with the US government are domestic.
		m.Actors[0].Country = "USA"
	}
	return m, true
}

// congressTitle reports whether title is a US Congress member's: the
// abbreviations and "congressman" are American usage; "senator" is not
// only American.
func congressTitle(title []token) bool {
	for _, t := range title {
		switch t.key {
		case "sen.", "sen", "rep.", "rep", "congressman", "congresswoman":
			return true
		}
	}
	return false
}

// ofBody extends a titled person with no affiliation over an of-phrase
// naming the title's country or body: "President Vladimir Putin of
// Russia", "Secretary-General Ban Ki-moon of the United Nations". A people
// names no body, nor does a city or a US state.
func (x *Extractor) ofBody(s Sentence, toks []token, m Mention, st *state) Mention {
	k := m.End
	if m.Affiliation != nil || k+1 >= len(toks) || toks[k].key != "of" {
		return m
	}
	a, kind, end := x.bodyAt(s, toks, k+1, st)
	if a == nil || kind == surfCapital {
		return m // "Mayor Sadiq Khan of London": a city's
	}
	if end < len(toks) && toks[end].cap() {
		return m // "Mr. Peters of the Cuba Research Center": a longer name's
	}
	for j := m.Start; j < m.End; j++ {
		if usStateTitles[toks[j].key] {
			// "Senator Johnny Isakson of Georgia": a US state, no actor.
			m.End = end
			return m
		}
	}
	m.Affiliation, m.End = a, end
	return m
}

// bodyAt returns the country or body an of-phrase names at token k, after
// an optional "the", with the kind of its name and the token after it. A
// people names no body ("president of Americans for Prosperity").
func (x *Extractor) bodyAt(s Sentence, toks []token, k int, st *state) (*schema.Actor, surfaceKind, int) {
	if k < len(toks) && toks[k].key == "the" {
		k++
	}
	if k >= len(toks) {
		return nil, 0, k
	}
	e, kind, n := x.lookup(toks, k, st.date)
	if e == nil || e.Kind == schema.Person || kind == surfDemonym || kind == surfPlural {
		return nil, kind, k
	}
	a := x.actor(e, spanText(s.Text, s.Start, toks, k, k+n), st.date)
	return &a, kind, k + n
}

// sameGivenName reports whether two full names may be one person's: their
// given names start alike ("Joe" and "Joseph", "Mike" and "Michael").
func sameGivenName(a, b string) bool {
	fa, _, _ := strings.Cut(fold(a), " ")
	fb, _, _ := strings.Cut(fold(b), " ")
	return len(fa) >= 2 && len(fb) >= 2 && fa[:2] == fb[:2]
}

// bySurnameAndDate returns the one person with this surname in office on date.
func (x *Extractor) bySurnameAndDate(key, date string) *Entity {
	var found *Entity
	for _, s := range x.gaz.find(key) {
		if s.kind != surfSurname && s.kind != surfName {
			continue
		}
		e := x.gaz.entities[s.id]
		if e.Kind != schema.Person {
			continue
		}
		if _, ok := e.RoleAt(date); ok && date != "" {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// headRole returns the role a title names a head by: "President",
// "King" head a state, "Prime Minister", "Premier", "Chancellor" a
// government; "" for other titles ("Vice President").
func headRole(title []token) string {
	for i, t := range title {
		switch t.key {
		case "president", "king", "queen", "emir":
			if i > 0 && title[i-1].key == "vice" {
				return ""
			}
			return "head_of_state"
		case "prime", "premier", "chancellor":
			return "head_of_government"
		}
	}
	return ""
}

// holds reports whether the person ever held the role.
func (e *Entity) holds(role string) bool {
	return slices.ContainsFunc(e.roles, func(r Role) bool { return r.Title == role })
}

// headBySurname returns the person with this surname who holds the head's
// role on the date, or else the one who last held it before the date
// ("President Bush" in 2012: George W. Bush, not his father); nil when none
// does or two tie.
func (x *Extractor) headBySurname(key, role, date string) *Entity {
	var now, last *Entity
	lastEnd, tie := "", false
	for _, s := range x.gaz.find(key) {
		e := x.gaz.entities[s.id]
		if s.kind != surfSurname || e == nil || e.Kind != schema.Person || e == now || e == last {
			continue
		}
		for _, r := range e.roles {
			if r.Title != role || r.Start == "" || date != "" && r.Start > date {
				continue
			}
			if r.End == "" || date == "" || r.End >= date {
				if now != nil && now != e {
					return nil
				}
				now = e
			} else if r.End > lastEnd {
				last, lastEnd, tie = e, r.End, false
			} else if r.End == lastEnd && last != e {
				tie = true
			}
		}
	}
	if now != nil {
		return now
	}
	if tie {
		return nil
	}
	return last
}

// nameLength counts the capitalised words of a person's name at token k
// (with particles such as al-, bin, de), at most four.
func nameLength(toks []token, k int) int {
	if notName[toks[k].key] {
		return 0 // "In Cuba, President Obama …": a capitalised preposition starts no name
	}
	n := 0
	for k+n < len(toks) && n < 4 {
		t := toks[k+n]
		if t.cap() && isWordRune([]rune(t.text)[0]) && !titleWords[t.key] && !pronounContraction(toks, k+n) && !monthOrDay[t.key] && !(n > 0 && headlineVerbs[t.key]) || n > 0 && (nameParticle(t.key) || t.key == "de" || t.key == "van" || t.key == "von") {
			n++
			continue
		}
		break
	}
	return n
}

// notName are function words that a sentence may start with capitalised.
// pageWords are a news page's buttons and captions run into the text.
var pageWords = map[string]bool{"replay": true, "videos": true, "caption": true, "photos": true, "watched": true}

var notName = map[string]bool{
	"in": true, "at": true, "on": true, "the": true, "a": true, "an": true, "for": true, "from": true,
	"with": true, "by": true, "after": true, "before": true, "during": true, "as": true, "but": true,
	"and": true, "or": true, "if": true, "when": true, "while": true, "since": true, "to": true, "of": true,
	"this": true, "that": true, "these": true, "those": true, "his": true, "her": true, "their": true, "its": true,
	"meanwhile": true, "however": true, "also": true, "then": true, "now": true, "under": true, "over": true,
	"is": true, "was": true, "are": true, "were": true, "has": true, "have": true, "had": true,
	"about": true, "against": true, "between": true, "into": true, "our": true, "than": true, "which": true, "who": true,
	"like": true, "unlike": true,
}

// militaryWords name a country's fighting people after its demonym.
var militaryWords = map[string]bool{"forces": true, "force": true, "fighters": true, "rebels": true, "troops": true, "militias": true, "militia": true}

// proxyBacker returns the state X of a mention "X-backed" (or another
// compound of support or aid, compoundRel) that ends at token i, when X is
// not country: "U.S.-backed Syrian forces"; else "".
func proxyBacker(before []Mention, i int, country string) string {
	if len(before) == 0 {
		return ""
	}
	b := before[len(before)-1]
	if r := compoundRel[b.Suffix]; (r == schema.Supported || r == schema.ProvidedAidTo) &&
		b.End == i && len(b.Actors) == 1 && b.Actors[0].Kind == schema.Country && b.Actors[0].ID != country {
		return b.Actors[0].ID
	}
	return ""
}

// proxyRebels are the nouns of fighters against their own state.
var proxyRebels = map[string]bool{"separatists": true, "rebels": true, "insurgents": true}

// proxyGroup returns the rebels at token i that a state backs in a
// compound just before them, when their state is not named: "Russian-backed
// separatists" are the pro-Russian separatists of eastern Ukraine ("Russian-
// backed Syrian forces" are Syria's own, proxyOf).
func (x *Extractor) proxyGroup(before []Mention, toks []token, i int, date string) (Mention, bool) {
	if !proxyRebels[toks[i].key] || i+1 < len(toks) && toks[i+1].cap() && !monthOrDay[toks[i+1].key] || proxyBacker(before, i, "") != "RUS" {
		return Mention{}, false
	}
	e, ok := x.gaz.Entity("PRO_RUSSIAN_SEPARATISTS")
	if !ok {
		return Mention{}, false
	}
	return Mention{Actors: []schema.Actor{x.actor(e, toks[i].text, date)}, Start: i, End: i + 1}, true
}

// proxyOf names the fighters of country that backer backs: the
// government's own forces when the backer is its ally (Russia and Iran in
// Syria), the SDF for the US's "Syrian forces", the opposition for other
// backers' Syrian fighters, and no actor elsewhere ("Iranian-backed Iraqi
// militias" are no Iraqi state).
func proxyOf(country, backer, noun string) string {
	if country != "SYR" {
		return ""
	}
	switch {
	case backer == "RUS" || backer == "IRN":
		return "SYR"
	case backer == "USA" && (noun == "forces" || noun == "force"):
		return "SDF"
	}
	return "SYRIAN_OPPOSITION"
}

// stateOccasions after "state" make a ceremony of a head of state's, not
// the state: "Xi's state visit".
var stateOccasions = map[string]bool{"visit": true, "visits": true, "dinner": true, "banquet": true, "funeral": true, "reception": true, "trip": true}

// partyNouns end the names of parties, whose offices hold none of the
// state's.
var partyNouns = map[string]bool{"party": true, "movement": true, "front": true}

// partyOf reports whether a country's name ending before token k is the
// possessor of a party's name: "France's National Front party".
func partyOf(toks []token, k int) bool {
	if k >= len(toks) || toks[k].key != "'s" {
		return false
	}
	q := k + 1
	for q < len(toks) && toks[q].cap() {
		q++
	}
	return q < len(toks) && q > k+1 && partyNouns[toks[q].key]
}

// headlineVerbs end a name in a title-case headline: "Yovanovitch Was
// Surveilled", "Putin Says".
var headlineVerbs = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "has": true, "have": true, "had": true,
	"says": true, "said": true, "to": true, "be": true, "will": true, "would": true, "can": true,
}

// speechWords are verbs of saying, read before tagging.
var speechWords = map[string]bool{"said": true, "says": true, "told": true, "added": true, "stated": true, "declared": true}

// titleAcronym reports whether w is the four-letter acronym a written as a
// word, as British papers do: "Nato", "Opec". Shorter ones stay exact ("Ira"
// is a name, not the IRA).
func titleAcronym(w, a string) bool {
	return len(a) == 4 && len(w) == 4 && w[0] == a[0] && w[1:] == strings.ToLower(a[1:])
}

// nameParticle reports whether a word continues a name ("al-Muslat", "bin").
func nameParticle(key string) bool {
	return strings.HasPrefix(key, "al-") || strings.HasPrefix(key, "el-") || key == "bin" || key == "ibn" || key == "al" || key == "abu"
}

// datePreps come before a month: "in May", "since May", "early May".
var datePreps = map[string]bool{
	"in": true, "on": true, "since": true, "until": true, "till": true, "by": true, "from": true, "to": true, "through": true,
	"early": true, "late": true, "mid": true, "last": true, "next": true, "this": true, "of": true, "before": true, "after": true,
	"during": true, "between": true,
}

var monthOrDay = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// compound finds an actor inside a hyphenated modifier: "US-backed",
// "Iran-allied", "rebel-held", "Saudi-led".
func (x *Extractor) compound(s Sentence, toks []token, i int, st *state) (Mention, bool) {
	t := toks[i]
	h := strings.LastIndexByte(t.key, '-')
	if h <= 0 || h == len(t.key)-1 {
		return Mention{}, false
	}
	suffix := t.key[h+1:]
	switch suffix {
	case "organized", "organised", "orchestrated", "directed", "coordinated", "ordered", "approved", "planned", "masterminded":
		suffix = "led" // the doer, as of "a Saudi-led offensive": "the Iranian-organized storming of"
	}
	switch suffix {
	case "backed", "led", "held", "controlled", "allied", "affiliated", "supported", "sponsored", "funded", "armed", "trained", "equipped", "financed", "based", "brokered", "aligned", "run", "dominated", "drafted", "proposed", "authored",
		"flagged", "owned", "registered": // "a British-flagged tanker": the state's, as "a British tanker"
	default:
		return Mention{}, false
	}
	head := t.text[:h]
	sub := tokenize(head, t.start)
	if len(sub) == 0 {
		return Mention{}, false
	}
	if sub[0].key == "rebel" || sub[0].key == "opposition" {
		sub[0].key, sub[0].name = "rebels", "rebels" // "rebel-held"
	}
	if sub[0].key == "kurdish" && len(sub) == 1 && holdSuffixes[suffix] {
		// "Kurdish-held areas", "Kurdish-controlled territory": the Kurdish forces'.
		if e, ok := x.gaz.Entity("YPG"); ok {
			if e = x.generic(e, toks, i, st); e != nil {
				return Mention{Actors: []schema.Actor{x.actor(e, head, st.date)}, Start: i, End: i + 1, Suffix: suffix}, true
			}
		}
	}
	if (sub[0].key == "government" || sub[0].key == "regime") && len(sub) == 1 && (suffix == "held" || suffix == "controlled") {
		// "government-held areas": the state of the civil war the
		// sentence or the article is about, whose rebels hold the rest.
		if o, ok := x.gaz.Entity("SYRIAN_OPPOSITION"); ok {
			if g := x.generic(o, toks, i, st); g != nil && g.Country != "" {
				if e, ok := x.gaz.Entity(g.Country); ok {
					return Mention{Actors: []schema.Actor{x.actor(e, head, st.date)}, Start: i, End: i + 1, Suffix: suffix}, true
				}
			}
		}
	}
	start := i
	e, _, n := x.lookup(sub, 0, st.date)
	for back := 1; (e == nil || n != len(sub)) && back <= 2 && i-back >= 0 && toks[i-back].cap() && sub[0].name != "rebels"; back++ {
		// "Islamic State-held areas": a name of several words whose last
		// one carries the suffix.
		longer := append(append([]token{}, toks[i-back:i]...), sub...)
		if e, _, n = x.lookup(longer, 0, st.date); e != nil && n == len(longer) {
			start = i - back
			head = spanText(s.Text, s.Start, toks, start, i) + " " + head
		}
	}
	if e == nil || n != len(sub) && start == i {
		return Mention{}, false
	}
	if e = x.generic(e, toks, i, st); e == nil {
		return Mention{}, false
	}
	a := x.actor(e, head, st.date)
	return Mention{Actors: []schema.Actor{a}, Start: start, End: i + 1, Suffix: suffix}, true
}

// inIraq reports whether the sentence is about Iraq and not Syria, or
// else the article names Iraq more than Syria.
func (x *Extractor) inIraq(toks []token, st *state) bool {
	iraq, syria := false, false
	for _, t := range toks {
		switch t.key {
		case "iraq", "iraqi", "erbil", "mosul", "kirkuk", "baghdad", "sinjar", "krg", "peshmerga":
			iraq = true
		case "syria", "syrian", "syrias", "kobani", "raqqa", "afrin", "manbij", "aleppo", "hasakah", "hasakeh", "qamishli", "ypg", "sdf":
			syria = true
		}
	}
	if iraq || syria {
		return iraq && !syria
	}
	return st.countryCount["IRQ"] > st.countryCount["SYR"]
}

// personStarts reports whether a person's name starts at token i: a
// person of the dictionaries, one the article named, or two or three
// capitalised words led by a known first name.
func (x *Extractor) personStarts(toks []token, i int, st *state) bool {
	if !toks[i].cap() {
		return false
	}
	if e, _, _ := x.lookup(toks, i, st.date); e != nil {
		return e.Kind == schema.Person
	}
	if _, ok := st.namedBefore(toks, i); ok {
		return true
	}
	n := nameLength(toks, i)
	return n >= 2 && n <= 3 && x.gaz.FirstName(toks[i].key)
}

// countryAfterIn returns the country named by an "in" at i (past one
// lower-case word): "government troops in eastern Ukraine".
func (x *Extractor) countryAfterIn(toks []token, i int, date string) *Entity {
	if i+1 >= len(toks) || toks[i].key != "in" {
		return nil
	}
	k := i + 1
	if k+1 < len(toks) && !toks[k].cap() {
		k++
	}
	if e, kind, _ := x.lookup(toks, k, date); e != nil && e.Kind == schema.Country && kind == surfName {
		return e
	}
	return nil
}

// apposedName reports whether an unknown name of two or three words set
// off by commas starts at i: "Kenya's new foreign minister, Amina
// Mohamed, will meet": the title names her, not the office's holder.
func (x *Extractor) apposedName(toks []token, i int, st *state) bool {
	n := nameLength(toks, i)
	if n < 2 || n > 3 || i+n >= len(toks) || toks[i+n].key != "," {
		return false
	}
	for j := i; j < i+n; j++ {
		if e, _, _ := x.lookup(toks, j, st.date); e != nil && e.Kind != schema.Person {
			return false // "Russia's president, Vladimir Putin," is looked up; "the U.S. envoy, North Korea's …" no name
		}
	}
	return true
}

// hyphenPair finds two actors joined by a hyphen before a mutual event
// noun: "US-China trade talks", "the Israeli-Palestinian conflict", "a
// U.S.-Egyptian exercise". The mention holds both; each is the other's
// party. Elsewhere ("the Syria-Iraq border") the pair is no actor.
func (x *Extractor) hyphenPair(s Sentence, toks []token, i int, st *state) (Mention, bool) {
	t := toks[i]
	h, dash := strings.IndexByte(t.text, '-'), 1
	if h < 0 {
		h, dash = strings.Index(t.text, "–"), len("–") // "Japan–Australia"
	}
	korean := t.key == "inter-korean" || t.key == "intra-korean" // "inter-Korean talks": the two Koreas'
	if !korean && (h <= 0 || h+dash >= len(t.text) || !t.cap() || strings.Count(t.text, "-")+strings.Count(t.text, "–") != 1) {
		return Mention{}, false
	}
	mutual := i > 0 && toks[i-1].key == "joint" // "a joint U.S.-Russian statement": the two's
	for j := i + 1; j < len(toks) && j <= i+3 && !mutual; j++ {
		mutual = x.mutualNouns[toks[j].key]
		if toks[j].key == "," || toks[j].tagged("VB") {
			break
		}
	}
	if !mutual {
		return Mention{}, false
	}
	if korean {
		var as []schema.Actor
		for _, id := range []string{"PRK", "KOR"} {
			if e, ok := x.gaz.Entity(id); ok {
				as = append(as, x.actor(e, t.text, st.date))
			}
		}
		return Mention{Actors: as, Start: i, End: i + 1}, len(as) == 2
	}
	var as []schema.Actor
	end := i + 1
	for pi, part := range []string{t.text[:h], t.text[h+dash:]} {
		sub := tokenize(part, t.start)
		if p, ok := st.unknownPeople[surnameKey(part)]; ok && len(sub) == 1 {
			p.Text = part // "a Trump-Kim summit": people the article named in full
			as = append(as, p)
			continue
		}
		e, kind, n := x.lookup(sub, 0, st.date)
		if pi == 1 && (e == nil || n != len(sub)) && i+1 < len(toks) && toks[i+1].cap() {
			// "the U.S.-North Korea summit": the second name runs on
			// past the hyphenated word.
			more := append(slices.Clone(sub), toks[i+1:min(i+3, len(toks))]...)
			if e2, kind2, n2 := x.lookup(more, 0, st.date); e2 != nil && n2 > len(sub) {
				e, kind, n, end = e2, kind2, len(sub), i+1+n2-len(sub)
			}
		}
		if e == nil || n != len(sub) || kind != surfName && kind != surfDemonym && kind != surfSurname {
			return Mention{}, false
		}
		if _, inOffice := e.RoleAt(st.date); e.Kind == schema.Person && !st.seenPeople[e.ID] && !inOffice {
			return Mention{}, false // a surname alone names a leader in office, or one the article named
		}
		as = append(as, x.actor(e, part, st.date))
	}
	if as[0].ID == as[1].ID {
		return Mention{}, false
	}
	return Mention{Actors: as, Start: i, End: end}, true
}

// unknownGroup finds "the Jaish al-Islam group": capitalised words before a
// group noun, or a capitalised name ending in Front, Brigade or Movement.
func (x *Extractor) unknownGroup(s Sentence, toks []token, i int) (Mention, bool) {
	if i > 0 && toks[i-1].key != "the" || !toks[i].cap() {
		return Mention{}, false
	}
	n := 0
	for i+n < len(toks) && n < 5 && (toks[i+n].cap() || n > 0 && (strings.HasPrefix(toks[i+n].key, "al-") || toks[i+n].key == "al")) {
		if n > 0 && toks[i+n].key == "the" {
			return Mention{}, false // "CLOSE The Islamic State group": a caption's word, then the name
		}
		n++
	}
	if n < 2 && !(n == 1 && strings.Contains(toks[i].key, "-")) || i+n >= len(toks) {
		return Mention{}, false
	}
	if !groupHeads[toks[i+n].key] && !groupHeads[toks[i+n-1].key] {
		return Mention{}, false
	}
	for j := i + 1; j < i+n; j++ {
		if e, _, k := x.lookup(toks, j, ""); e != nil && e.Kind != schema.Person && j+k == i+n {
			return Mention{}, false // "the Lebanese Hezbollah group": the group the dictionary knows, its people's adjective before it
		}
	}
	end := i + n
	if groupHeads[toks[i+n].key] && !toks[i+n].cap() {
		end = i + n + 1
	}
	name := spanText(s.Text, s.Start, toks, i, i+n)
	return Mention{Actors: []schema.Actor{{ID: GroupID(name), Name: name, Kind: schema.Group, Text: spanText(s.Text, s.Start, toks, i, end)}}, Start: i, End: end}, true
}

// thingHeads head an apposition that names no person, besides the
// bodies and buildings of orgWords: "Iron Dome, the country's missile
// defense system", "Rodong Sinmun, official daily of the ruling party",
// "Bastille Day, France's national holiday".
var thingHeads = map[string]bool{
	"system": true, "memorial": true, "holiday": true, "residence": true, "retreat": true,
	"newspaper": true, "daily": true, "paper": true, "agreement": true, "deal": true, "treaty": true,
	"protocol": true, "program": true, "programme": true, "plan": true, "policy": true, "resort": true,
	"city": true, "town": true, "village": true, "region": true, "province": true, "site": true,
	"base": true, "festival": true, "day": true, "shield": true, "missile": true, "weapon": true,
	"ship": true, "vessel": true, "school": true, "firm": true, "network": true, "channel": true,
	"outlet": true, "website": true, "bill": true, "law": true, "act": true, "operation": true,
	"affiliate": true, "branch": true,
}

// apposStops end a noun phrase whatever their tags (the sentence may be
// tagged only in part when mentions are first looked for).
var apposStops = map[string]bool{"of": true, "for": true, "at": true, "in": true, "with": true, "from": true, "on": true, "to": true, "and": true, "or": true, "who": true, "which": true, "that": true}

// appositionEnd returns the last word of the noun phrase that holds
// word k, before a comma, a preposition, a verb or the end, or -1 when k
// is already one of those.
func appositionEnd(toks []token, k int) int {
	h := -1
	for j := k; j < len(toks); j++ {
		if t := toks[j]; t.key == "," || t.key == ";" || t.key == "." || t.tag == "IN" || t.tag == "TO" || t.tagged("VB") || t.tag == "CC" || apposStops[t.key] {
			break
		}
		h = j
	}
	return h
}

// appositivePerson finds an unknown person named before an apposition that
// gives their office: "Salim al-Muslat, a spokesman for the HNC".
func (x *Extractor) appositivePerson(s Sentence, toks []token, i int) (Mention, bool) {
	if i > 0 && toks[i-1].cap() {
		return Mention{}, false
	}
	n := nameLength(toks, i)
	if n < 2 || i+n+1 >= len(toks) || toks[i+n].key != "," {
		return Mention{}, false
	}
	for q := i; q < i+n; q++ {
		if orgWords[toks[q].key] {
			return Mention{}, false // "an interview with CBN News, US Ambassador …": a body
		}
	}
	if partyWords[toks[i+n-1].key] {
		return Mention{}, false // "Sen. Sheldon Whitehouse, Rhode Island Democrat, and Sen. …": a party label
	}
	for k := i + n + 1; k < len(toks) && k <= i+n+8; k++ {
		w := toks[k].key
		if k == i+n+1 && (w == "and" || w == "or") {
			break // "…, and Sen. John McCain": the next name's title
		}
		if k > i+n+5 && slices.ContainsFunc(toks[i+n+2:k], func(t token) bool { return !t.cap() && t.key != "'" && t.key != "'s" }) {
			break // (further only past a long name and its possessive: "Rashid Al Mansouri, the United Arab Emirates' envoy")
		}
		if titleWords[w] && w != "former" && w != "top" && w != "state" {
			if h := appositionEnd(toks, k); h >= 0 && (thingHeads[toks[h].key] || thingHeads[strings.TrimSuffix(toks[h].key, "s")] || orgWords[toks[h].key]) {
				break // "Iron Dome, the missile defense system", "Yad Vashem, Israel's official memorial": a thing
			}
			name := spanText(s.Text, s.Start, toks, i, i+n)
			return Mention{Actors: []schema.Actor{{ID: personSlug(name), Name: name, Kind: schema.Person, Text: name}}, Start: i, End: i + n}, true
		}
		if w == "," || w == ";" || toks[k].tagged("VB") {
			break
		}
	}
	return Mention{}, false
}

// knownSurname reports whether a known person goes by the word alone, or
// would but for its being too common a name ("Kim", "Lee").
func (x *Extractor) knownSurname(key string) bool {
	if surnameStop[key] {
		return true
	}
	for _, s := range x.gaz.find(key) {
		if (s.kind == surfSurname || s.kind == surfName) && x.gaz.entities[s.id].Kind == schema.Person {
			return true
		}
	}
	return false
}

// honorificsOnly reports whether a title is only a courtesy: "Mr.", "Dr.".
func honorificsOnly(title []token) bool {
	for _, t := range title {
		switch t.key {
		case "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame":
		default:
			return false
		}
	}
	return true
}

// untitledPerson finds the name of a person no dictionary knows and no
// title introduces: two or three capitalised words led by a first name the
// gazetteer knows ("Edward Snowden", "Joel Wit"). The guideline makes
// every named person an actor; a later bare surname is the same person
// (see state.note). A word that names a body, a place or a month, or a
// known actor inside the run, makes it no person's name.
func (x *Extractor) untitledPerson(s Sentence, toks []token, i int, st *state) (Mention, bool) {
	if st.shouting || i > 0 && toks[i-1].cap() && !dashes[toks[i-1].key] || !isLetters(toks[i].text) {
		return Mention{}, false
	}
	n := nameLength(toks, i)
	if n < 2 || n > 3 {
		return Mention{}, false
	}
	if !x.gaz.FirstName(toks[i].key) && !afterTitlePhrase(toks, i, n) {
		return Mention{}, false
	}
	for q := i; q < i+n; q++ {
		if orgWords[toks[q].key] || notName[toks[q].key] || !isLetters(strings.ReplaceAll(toks[q].text, "-", "")) && !isInitial(toks[q].text) {
			return Mention{}, false // not "Hama An army unit": an article after a dateline
		}
		if q > i {
			if e, _, _ := x.lookup(toks, q, st.date); e != nil && e.Kind != schema.Person {
				return Mention{}, false // "Abu Dhabi": a place
			}
		}
	}
	if e := x.possessiveName(toks, i, n, st.date); e != nil {
		// "Bashar al-Assads forces": a known name missing its apostrophe.
		return Mention{Actors: []schema.Actor{x.actor(e, spanText(s.Text, s.Start, toks, i, i+n), st.date)}, Start: i, End: i + n, Possessive: true}, true
	}
	if siteWords[toks[i+n-1].key] {
		return Mention{}, false // "Rose Garden", "Grace Church": a place named after someone
	}
	if x.knownSurname(toks[i+n-1].key) {
		// "Melania Trump", "Tony Kim": a namesake of a known person, whom
		// the bare surname later in the article still names.
		return Mention{}, false
	}
	name := spanText(s.Text, s.Start, toks, i, i+n)
	a := schema.Actor{ID: personSlug(name), Name: name, Kind: schema.Person, Text: name}
	if p, ok := st.unknownPeople[surnameKey(toks[i+n-1].text)]; ok && sameGivenName(p.Name, name) {
		a = p
		a.Text = name
	} else {
		st.own()
		st.untitled[a.ID] = true
	}
	return Mention{Actors: []schema.Actor{a}, Start: i, End: i + n}, true
}

// afterTitlePhrase reports whether the n words at i are set off by commas
// right after a title for or of a body: "A spokeswoman for the PLO, Hanan
// Ashrawi,", "The head of the Chinese regulator, Li Jian,". There they
// are a name, whatever the first name.
func afterTitlePhrase(toks []token, i, n int) bool {
	if i < 4 || toks[i-1].key != "," || i+n >= len(toks) || toks[i+n].key != "," {
		return false
	}
	if titleWords[toks[i-2].key] && toks[i-2].key != "former" && toks[i-2].key != "of" {
		for j := i - 3; j >= 1 && j >= i-6; j-- {
			if toks[j].key == "'s" {
				return true // "The EU's top migration official, Dimitris Avramopoulos,"
			}
		}
	}
	for j := i - 2; j >= 1 && j >= i-8; j-- {
		if k := toks[j].key; (k == "for" || k == "of") && titleWords[toks[j-1].key] {
			return true
		}
		if toks[j].key == "," {
			return false
		}
	}
	return false
}

// nameAsModifier reports whether a person's name is a noun's modifier
// after an article: "the Putin meeting", "a Trump tweet" (a name takes no
// article of its own).
func nameAsModifier(toks []token, m Mention) bool {
	return m.Start > 0 && m.End < len(toks) && !m.Possessive && (toks[m.Start-1].key == "the" || toks[m.Start-1].key == "a" || toks[m.Start-1].key == "an") && !toks[m.End].cap() && isLetters(toks[m.End].text)
}

// describedOpener returns where the person noun of a sentence that opens
// by describing a person stands ("The former senator from Massachusetts
// spoke …", "The veteran diplomat said …"), or -1.
func describedOpener(toks []token) int {
	if len(toks) == 0 || toks[0].key != "the" {
		return -1
	}
	for j := 1; j < len(toks) && j <= 4; j++ {
		switch {
		case toks[j].cap():
			return -1 // "The Russian president", "The White House": a name
		case personNouns[toks[j].key]:
			if j+1 < len(toks) && (toks[j+1].key == "," || toks[j+1].key == "'s" || toks[j+1].cap()) {
				return -1 // "The previous president, Viktor Yanukovych,", "The president's move": a name, or not the subject
			}
			return j
		case !strings.HasPrefix(toks[j].tag, "JJ") && !strings.HasPrefix(toks[j].tag, "VBN") && toks[j].tag != "RB":
			return -1
		}
	}
	return -1
}

// frontedSubordinators open a clause put before the main one.
var frontedSubordinators = map[string]bool{
	"while": true, "when": true, "after": true, "although": true, "though": true, "because": true,
	"as": true, "since": true, "before": true, "once": true, "if": true, "whereas": true,
}

// pronounPerson resolves "he" or "she" at token i to the latest person the
// article named whose first name does not tell another gender. It
// resolves nothing when a person named by a title alone comes between
// ("The president said he would …": the president is no one the article
// named), as a wrong edge costs more than a missing one.
//
// A person no dictionary knows blocks the reference ("Chuck Schumer said he
// …": he is Schumer, not anyone the article named before): it resolves
// nothing when such a name (unknown holds where those before i start) comes
// after the last person named before i in the sentence, or, with no one
// named before i, when the sentence before named such a person first.
func (st *state) pronounPerson(toks []token, i int, unknown []int) (schema.Actor, bool) {
	female := toks[i].key == "she"
	known := -1
	for _, at := range st.curPeopleAt {
		if at < i {
			known = at
		}
	}
	if len(unknown) > 0 && unknown[len(unknown)-1] > known || known < 0 && st.prevUnknownFirst {
		return schema.Actor{}, false
	}
	for j := i - 1; j >= 0; j-- {
		k := toks[j].key
		if personNouns[k] && !toks[j].cap() && (j+1 >= len(toks) || !toks[j+1].cap()) {
			return schema.Actor{}, false
		}
		if toks[j].cap() && j > 0 {
			break // a name: the person the article just named
		}
	}
	fits := func(p schema.Actor) bool { return femaleName(p.Name) == female }
	if firstWord(toks, i) && len(st.prevSubjects) == 1 && st.prevSubjects[0].Kind == schema.Person && fits(st.prevSubjects[0]) {
		// A sentence that opens with "He" goes on about the subject of
		// the one before: "Beyond seeking pressure on Kim, Trump's trip
		// has been a sales job. He has urged Japan …" is Trump's.
		return st.prevSubjects[0], true
	}
	if i > 0 && toks[i-1].key == "," && frontedSubordinators[toks[0].key] && len(st.curPeopleAt) > 0 && st.curPeopleAt[0] <= 3 && fits(st.curPeople[0]) {
		// "While Trump enjoys a close relationship with Abe, he has shown
		// admiration for Putin", "When Macron visited Beijing, he urged
		// Xi": the subject of the clause fronted before the pronoun's,
		// not the last man named in it.
		return st.curPeople[0], true
	}
	// The nearest fitting person earlier in the sentence who is no
	// possessor ("Flynn served as Trump's adviser before he resigned") nor
	// a noun's modifier inside a noun phrase ("the Trump campaign"), else
	// the nearest; else the first fitting person of the sentence before,
	// most often its subject. A person named further back is too uncertain
	// a referent.
	//
	// A person who is what something is about, or given as an example,
	// yields to one before who is not (subject preference): "Trump wanted
	// investigations into Biden before he would meet Zelensky" is Trump's
	// meeting (but "met with Abe when he visited Washington" is Abe's
	// visit).
	for pass := range 3 {
		for n := len(st.curPeople) - 1; n >= 0; n-- {
			at, end, oblique := 0, len(toks), false
			if n < len(st.curPeopleEnd) {
				at, end = st.curPeopleAt[n], st.curPeopleEnd[n]
				oblique = at > 0 && topicPreps[toks[at-1].key] || exampleBefore(toks, at)
			}
			possessor := end < len(toks) && (toks[end].key == "'s" || strings.HasPrefix(toks[end].tag, "NN") && !toks[end].cap() && at > 0 && (toks[at-1].tag == "DT" || toks[at-1].tag == "JJ" || toks[at-1].tag == "PRP$"))
			if fits(st.curPeople[n]) && (pass == 2 || !possessor && (pass == 1 || !oblique)) {
				return st.curPeople[n], true
			}
		}
	}
	prev := st.prevPeople
	if firstWord(toks, i) && len(st.prevMain) > 0 {
		prev = st.prevMain
	}
	for _, p := range prev {
		if fits(p) {
			return p, true
		}
	}
	return schema.Actor{}, false
}

// exampleBefore reports whether the name at token at is given as an
// example, after "such as", "like" or "including" with no comma or verb
// between: "treats allied leaders such as Canada's Justin Trudeau like
// punching bags, he has …" names Trudeau as one of them, not as the one
// "he" is.
func exampleBefore(toks []token, at int) bool {
	for j := at - 1; j >= 0 && j >= at-5; j-- {
		switch k := toks[j].key; {
		case k == "as" && j > 0 && toks[j-1].key == "such", k == "including", k == "like" && toks[j].tag == "IN":
			return true
		case k == ",", strings.HasPrefix(toks[j].tag, "VB"):
			return false
		}
	}
	return false
}

// unknownNames returns where the names of people no dictionary knows start
// among toks[:end]: two or three capitalised words led by a first name the
// gazetteer knows ("Chuck Schumer", "Elizabeth Warren"), or a capitalised
// word inside the sentence before a verb of saying ("Schumer said").
// Words inside a mention (covered) are not looked at.
func (x *Extractor) unknownNames(toks []token, end int, date string, covered func(int) bool) []int {
	var out []int
	for j := 0; j < end; j++ {
		if !toks[j].cap() || !isLetters(toks[j].text) || titleWords[toks[j].key] || monthOrDay[toks[j].key] || covered(j) {
			continue
		}
		n := 1
		for j+n < len(toks) && n < 4 && toks[j+n].cap() && isLetters(toks[j+n].text) && !titleWords[toks[j+n].key] {
			n++
		}
		if e, _, _ := x.lookup(toks, j, date); e == nil {
			switch {
			case n >= 2 && n <= 3 && (x.gaz.FirstName(toks[j].key) || j+n < len(toks) && speechWords[toks[j+n].key]):
				out = append(out, j)
			case n == 1 && j+1 < len(toks) && (speechWords[toks[j+1].key] || j > 0 && toks[j].tag == "NNP" && subjectAuxes[toks[j+1].key]) && (j > 0 && !toks[j-1].cap() || j == 0 && !strings.HasSuffix(toks[j].key, "s")) && !outletWord(toks[j]):
				// Sentence-first, a plural is no name: "Officials said".
				out = append(out, j)
			case j > 0 && titleAbbrevs[strings.TrimSuffix(toks[j-1].key, ".")] || j > 1 && toks[j-1].key == "." && titleAbbrevs[toks[j-2].key]:
				out = append(out, j) // "Mr. Romney": a person by the honorific
			}
		}
		j += n - 1
	}
	return out
}

// topicPreps make the person after them a topic: "investigations into
// Biden", "talked about Pence", "a case against Flynn".
var topicPreps = map[string]bool{"into": true, "about": true, "against": true, "on": true, "of": true, "over": true, "for": true, "regarding": true, "concerning": true}

// subjectAuxes follow a subject: a lone name before one ("as Romney did
// not say") is someone's, as a name before a verb of saying is.
var subjectAuxes = map[string]bool{"did": true, "does": true, "has": true, "had": true, "was": true, "would": true, "will": true, "could": true}

// named reports whether token j is inside a person's mention of the
// current sentence.
func (st *state) named(j int) bool {
	for k, at := range st.curPeopleAt {
		if at <= j && j < st.curPeopleEnd[k] {
			return true
		}
	}
	return false
}

// personNouns name a person by role; alone, they hide who is meant.
var personNouns = map[string]bool{
	"president": true, "minister": true, "leader": true, "official": true, "spokesman": true,
	"spokeswoman": true, "secretary": true, "ambassador": true, "envoy": true, "chancellor": true,
	"king": true, "queen": true, "premier": true, "general": true, "commander": true, "senator": true,
	"lawmaker": true, "diplomat": true, "man": true, "woman": true, "prince": true, "emir": true,
	"chief": true, "director": true, "governor": true, "mayor": true, "candidate": true, "nominee": true,
}

// foreignPerson reports whether the name at i is a known person of a
// country other than of who goes on to act, no apposition: "a call between
// Trump and the Ukrainian president, Trump praised him" names no Ukrainian
// president Trump.
func (x *Extractor) foreignPerson(toks []token, i int, of, date string) bool {
	e, _, n := x.lookup(toks, i, date)
	return e != nil && e.Kind == schema.Person && n == nameLength(toks, i) && e.Country != "" && e.Country != of && !slices.ContainsFunc(e.roles, func(r Role) bool { return r.Of == of }) &&
		i+n < len(toks) && toks[i+n].key != ","
}

// royalTitles go with a given name, never a surname: the monarchs' and
// their families'.
var royalTitles = func() map[string]bool {
	m := maps.Clone(monarchTitles)
	for _, w := range []string{"prince", "princess", "sheikh", "duke", "duchess"} {
		m[w] = true
	}
	return m
}()

// nameLikeNouns are personNouns that are surnames too: "Stephen King",
// "Erik Prince".
var nameLikeNouns = map[string]bool{"king": true, "queen": true, "prince": true, "general": true, "man": true, "woman": true}

// femaleName reports whether a person's first name is a common woman's
// name: "she" takes such a person, "he" any other.
func femaleName(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	return femaleFirstNames[strings.ToLower(first)]
}

// premisesNouns are premises a place's name before them locates: "the
// Kabul office", "a Syria oil field".
var premisesNouns = map[string]bool{
	"office": true, "offices": true, "bureau": true, "branch": true, "field": true, "fields": true, "oilfield": true,
	"hotel": true, "mall": true, "market": true, "restaurant": true, "refinery": true,
}

// siteWords end the names of places and buildings, not of people.
var siteWords = map[string]bool{
	"garden": true, "gardens": true, "square": true, "hall": true, "house": true, "palace": true, "castle": true,
	"tower": true, "center": true, "centre": true, "street": true, "avenue": true, "park": true, "church": true,
	"cathedral": true, "bridge": true, "airport": true, "station": true, "hotel": true, "stadium": true,
	"university": true, "college": true, "school": true, "hospital": true, "island": true, "lake": true,
}

var femaleFirstNames = map[string]bool{}

func init() {
	for _, n := range strings.Fields(`
		alice amanda amy ana angela angelina anna anne annegret antonia audrey barbara beata benazir
		bernadette betty carla carly carmen carol caroline catherine cecilia chandrika christine christina
		claudia condoleezza corazon cristina dalia daniela deborah diane dilma doris elisabeth elizabeth
		ellen emily emma erna eva federica fiona frederica gina gloria golda hanna hannah heather helen
		helle hillary hina ilhan indira ingrid irene isabel jacinda jane janet jean jeanne jennifer jill
		joanna johanna josephine julia julie kamala karen kate katherine kathleen kathryn kelly kersti
		kristalina laura laurie leah linda lisa liz loretta louise lucy madeleine margaret margarethe
		margrethe maria marie marine marina marta mary maryam megan melania giorgia mette michelle mia
		micheline miriam mona nancy natalia natalya nikki nina nora olena olga pamela
		patricia paula penny rachel rebecca rita rosa ruth samantha sanna sarah
		silvia sonia sophie stephanie susan susanna suzanne sylvie tamara tarja theresa
		ulrike ursula valentina valerie victoria viktoria vjosa wendy yulia yingluck zuzana
		dianne nicola kirstjen kellyanne ivanka tulsi marsha elise kristi betsy elaine chrystia priti
		kirsten tammy maxine sheila svetlana nadia fatou alexandria rashida diana
		sally joni hope gretchen heidi tina sue joan judith carolyn shirley debbie lynn kristen stacey
		jessica ashley brenda cindy donna martha michele yvonne agnes beatrix arlene nadine retno kay ann
		sabine annalena kaja ngozi lindiwe naledi marise penelope`) {
		femaleFirstNames[n] = true
	}
}

// commonFirstNames are common men's given names the dictionaries' people
// may lack ("Chris Christie" at the start of a sentence is not Perry
// Christie), for otherGivenName alone: a name they start is no actor by
// that (private people are none). Words that are also common words or
// places ("Will", "Mark", "Bill", "Jordan") are not among them.
var commonFirstNames = map[string]bool{}

func init() {
	for _, n := range strings.Fields(`
		aaron abdul adam ahmad ahmed ahmet alan albert alejandro alexei alexey ali andrei andrew andy
		anthony ariel arthur avigdor ben benjamin benny bernie billy bob bobby boris brad brandon brett
		brian bruce bryan carl carlos chad charles chris christopher chuck colin cory craig dan daniel
		dave david dennis derek devin dick diego dmitri dmitry donald doug douglas dylan edward ehud
		elijah emmanuel eric ethan eugene evan faisal fernando francois frank-walter fumio gabriel gary
		george gerald gerhard giuseppe greg gregory hakan hamid hans harold hassan heiko helmut henry
		howard hugo hussein ian ibrahim igor imran ivan jacob jacques james jared jason jay jean jeb jeff
		jeffrey jens jeremy jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose josh
		joshua juan juan-carlos justin karim karl keith ken kenneth kevin khalid kirk kurt kyle larry
		lawrence leon lindsey lloyd logan louis luigi luis luke mahmoud manuel marc marco marcus martin
		matt matteo matthew mevlut micah michael miguel mike mikhail mitch mitchell mohammad mohammed
		moshe muhammad mustafa naftali narendra nathan nathaniel nawaz neil newt nicholas nick nicolas
		nikolai noah norman olaf oleg oliver omar oscar owen patrick paul pavel pedro pete peter petro
		phil philip pierre rafael rahul ralph randy rashid raymond recep reince ricardo richard rick rob
		robert rodney roger roland ron ronald roy rudy russell ryan sam samuel scott sean sergei sergey
		sergio shehbaz shinzo sidney sigmar silvio simon stanley stephen steve steven stuart tariq taro
		ted terry thomas tim timothy todd tom tommy tony trey troy tucker tyler victor viktor vincent
		vladimir volodymyr walter wayne wendell wesley willie wolfgang xavier yair yoshihide yuri yusuf
		zach zachary`) {
		commonFirstNames[n] = true
	}
}

// dashes open an apposition as a comma does.
var dashes = map[string]bool{"-": true, "--": true, "\u2014": true, "\u2013": true}

// orgWords name bodies and buildings, never people: a capitalised phrase
// holding one is no person's name ("the State Dining Room").
var orgWords = map[string]bool{
	"room": true, "center": true, "centre": true, "building": true, "airport": true, "hotel": true,
	"museum": true, "palace": true, "square": true, "street": true, "avenue": true, "station": true,
	"forces": true, "force": true, "army": true, "navy": true, "ministry": true, "council": true,
	"committee": true, "party": true, "union": true, "organization": true, "organisation": true,
	"agency": true, "department": true, "command": true, "guard": true, "corps": true, "front": true,
	"movement": true, "group": true, "brigade": true, "brigades": true, "office": true, "bank": true,
	"commission": true, "court": true, "parliament": true, "assembly": true, "senate": true,
	"house": true, "company": true, "corporation": true, "university": true, "institute": true,
	"foundation": true, "association": true, "service": true, "services": true, "administration": true,
	"show": true, "mosque": true, "memorial": true, "church": true, "cathedral": true, "temple": true,
	"monument": true, "cemetery": true, "news": true, "network": true, "media": true, "radio": true,
	"television": true, "times": true, "journal": true, "magazine": true, "travel": true, "educational": true,
	"chiefs": true, "staff": true, "tv": true, "channel": true, "newspaper": true, "tribune": true, "herald": true, "gazette": true,
	"compound": true, "embassy": true, "consulate": true, "mission": true, "base": true, "camp": true, "facility": true,
	"headquarters": true, "prison": true, "academy": true, "barracks": true,
}

// possessiveName returns the known person whose full name is the n words
// at k with the last one's "s" dropped ("Bashar al-Assads" → Bashar
// al-Assad), or nil.
func (x *Extractor) possessiveName(toks []token, k, n int, date string) *Entity {
	last := toks[k+n-1]
	if n < 2 || len(last.text) < 4 || !strings.HasSuffix(last.key, "s") || strings.HasSuffix(last.key, "ss") {
		return nil
	}
	name := append([]token(nil), toks[k:k+n]...)
	name[n-1] = newToken(last.text[:len(last.text)-1], last.start)
	if e, _, m := x.lookup(name, 0, date); e != nil && e.Kind == schema.Person && m == n {
		return e
	}
	return nil
}
