package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/diplograph/diplograph/extract/lemma"
	"github.com/diplograph/diplograph/schema"
)

// relation is a triple before it gets its article and sentence.
type relation struct {
	subj, obj  schema.Actor
	rel        schema.Relation
	negated    bool
	modality   schema.Modality
	reporter   *schema.Actor
	trigger    token
	confidence float64
	rule       string // the construction that found it: see ruleConfidence
}

var (
	beForms     = map[string]bool{"is": true, "was": true, "were": true, "are": true, "been": true, "being": true, "be": true, "'s": false}
	negations   = map[string]bool{"not": true, "n't": true, "never": true, "no": true}
	futureWords = map[string]bool{"will": true, "'ll": true, "shall": true}
	hypoWords   = map[string]bool{"would": true, "could": true, "might": true, "may": true, "should": true, "must": true, "if": true, "can": true}
	planWords   = map[string]bool{"plan": true, "plans": true, "planned": true, "planning": true, "set": true, "expected": true, "due": true, "scheduled": true, "intends": true, "intend": true, "going": true, "aims": true, "seeks": true, "upcoming": true, "proposed": true, "prepared": true, "preparing": true}
	hypoVerbs   = map[string]bool{"threatened": true, "threatens": true, "threatening": true, "vowed": true, "vows": true, "warned": true, "urged": true, "called": true, "asked": true, "demanded": true, "possible": true, "potential": true, "refuse": false}
	speechVerbs = map[string]bool{"said": true, "says": true, "told": true, "stated": true, "announced": true, "claimed": true, "added": true, "reported": true, "declared": true, "insisted": true, "argued": true, "noted": true, "conceded": true}
	refusals    = map[string]bool{"refused": true, "refuses": true, "refuse": true, "refusing": true, "declined": true, "declines": true, "declining": true}
	clauseStops = map[string]bool{";": true, ":": true, "who": true, "which": true, "whose": true, "whom": true, "while": true, "whereas": true, "although": true, "because": true, "after": true, "before": true, "since": true, "when": true, "as": false}
	// relNouns relate the actors before them to their possessor: "Syria's
	// ally Russia", "its Russian and Iranian backers".
	relNouns = map[string]schema.Relation{
		"ally": schema.AlliedWith, "allies": schema.AlliedWith, "backer": schema.Supported, "backers": schema.Supported,
		"patron": schema.Supported, "patrons": schema.Supported, "sponsor": schema.Supported, "sponsors": schema.Supported,
		"supporter": schema.Supported, "supporters": schema.Supported, "enabler": schema.Supported, "enablers": schema.Supported,
		"protector": schema.Supported, "protectors": schema.Supported, "defender": schema.Supported, "defenders": schema.Supported,
		"critic": schema.Criticized, "critics": schema.Criticized,
		"supplier": schema.ProvidedAidTo, "suppliers": schema.ProvidedAidTo, // of arms only (armsWords)
		"provider": schema.ProvidedAidTo, "providers": schema.ProvidedAidTo, // the same
		"donor": schema.ProvidedAidTo, "donors": schema.ProvidedAidTo, "benefactor": schema.ProvidedAidTo, "benefactors": schema.ProvidedAidTo,
		"contributor": schema.ProvidedAidTo, "contributors": schema.ProvidedAidTo, "funder": schema.ProvidedAidTo, "funders": schema.ProvidedAidTo,
		"financier": schema.ProvidedAidTo, "financiers": schema.ProvidedAidTo, "bankroller": schema.ProvidedAidTo, "bankrollers": schema.ProvidedAidTo,
		"partner": schema.AlliedWith, "partners": schema.AlliedWith, // not in trade (tradePartners)
		"friend": schema.AlliedWith, "friends": schema.AlliedWith, // of states only: "Israel's strongest friend"
	}
	// tradePartners make a partner one of business, no ally: "a major
	// trading partner".
	tradePartners = map[string]bool{"trading": true, "trade": true, "business": true, "commercial": true, "economic": true, "negotiating": true, "coalition": true, "junior": true}
	// armsWords make a supplier one of aid: "Assad's main arms supplier".
	armsWords = map[string]bool{"arms": true, "weapons": true, "military": true, "missile": true, "aid": true}
	// stateRelNouns are the relational nouns whose demonym modifier names
	// the other party ("a key American ally"), not a nationality.
	stateRelNouns = map[string]bool{"ally": true, "allies": true, "backer": true, "backers": true, "patron": true, "patrons": true}
	compoundRel   = map[string]schema.Relation{
		"backed": schema.Supported, "supported": schema.Supported, "sponsored": schema.Supported, "funded": schema.ProvidedAidTo,
		"armed": schema.ProvidedAidTo, "trained": schema.ProvidedAidTo, "equipped": schema.ProvidedAidTo, "financed": schema.ProvidedAidTo,
		"allied": schema.AlliedWith, "aligned": schema.AlliedWith, "affiliated": schema.AlliedWith,
	}
)

// apposedGroup returns the group mention set off by the comma at j ("the
// Iran-backed group, the Kataeb Hezbollah,"), or -1; not the subject of a
// verb after it.
func apposedGroup(ms []Mention, toks []token, j int) int {
	n := mentionStarting(ms, j+1)
	if j+2 < len(toks) && toks[j+1].key == "the" {
		n = mentionStarting(ms, j+2)
	}
	if n < 0 || ms[n].Actors[0].Kind != schema.Group || ms[n].End < len(toks) && toks[ms[n].End].tagged("VB") {
		return -1
	}
	return n
}

// armsOnly reports whether w is a relational noun of aid that needs one of
// armsWords: "Assad's arms supplier", "the largest provider of military aid".
func armsOnly(w string) bool {
	return strings.HasPrefix(w, "supplier") || strings.HasPrefix(w, "provider")
}

// mentionAt returns the index of the mention that starts at token i, or -1.
func mentionStarting(ms []Mention, i int) int {
	for k, m := range ms {
		if m.Start == i {
			return k
		}
	}
	return -1
}

// apposedTo returns the actor mention a noun phrase starting with an
// article right before i describes, set off by a comma ("Hezbollah, an
// Iran-backed militia"), or -1.
func apposedTo(ms []Mention, toks []token, i int) int {
	if i < 3 || toks[i-2].key != "," || toks[i-1].key != "a" && toks[i-1].key != "an" {
		return -1
	}
	return mentionEnding(ms, i-2)
}

// mentionEnding returns the index of the mention that ends just before token i, or -1.
func mentionEnding(ms []Mention, i int) int {
	for k, m := range ms {
		if m.End == i {
			return k
		}
	}
	return -1
}

func inMention(ms []Mention, i int) bool {
	for _, m := range ms {
		if i >= m.Start && i < m.End {
			return true
		}
	}
	return false
}

// coordRight collects the mentions coordinated after ms[k] ("X, Y and Z").
func coordRight(ms []Mention, toks []token, k int) []Mention {
	out := []Mention{ms[k]}
	for {
		end := out[len(out)-1].End
		j := end
		// ", backed by the U.S.-led air strikes, and Y": skip the participle.
		if j+1 < len(toks) && toks[j].key == "," && (toks[j+1].tag == "VBN" || toks[j+1].tag == "VBG") {
			k := j + 1
			for k < len(toks) && k < j+12 && toks[k].key != "," {
				k++
			}
			if k < len(toks) && toks[k].key == "," {
				j = k
			}
		}
		for j < len(toks) && (toks[j].key == "," || toks[j].key == "and" || toks[j].key == "or" || toks[j].key == "the" ||
			toks[j].key == "including" || toks[j].key == "other" ||
			toks[j].key == "as" && j+2 < len(toks) && toks[j+1].key == "well" || toks[j].key == "well" && toks[j-1].key == "as") {
			j++
		}
		if j == end || j-end > 14 {
			return out
		}
		n := mentionStarting(ms, j)
		if n >= 0 && ms[n].Suffix != "" && ms[n].Suffix != "led" {
			n = mentionStarting(ms, ms[n].End) // "X and Washington-backed Y": Y
		}
		if n < 0 || ms[n].Place {
			return out
		}
		if e := ms[n].End; e < len(toks) && relNouns[toks[e].key] != "" {
			return out // "regime ally Iran and opposition backer Qatar": the backer's own party
		}
		if e := ms[n].End; e < len(toks) && speechWords[toks[e].key] && toks[end].key == "," && toks[j-1].key == "," {
			return out // "rebels armed by Russia, Hezbollah said": the speaker
		}
		out = append(out, ms[n])
	}
}

// coordLeft collects the mentions coordinated before ms[k] ("X and Y" ← Y,
// "X and his counterpart Y" ← Y).
func coordLeft(ms []Mention, toks []token, k int) []Mention { return coordLeftOpt(ms, toks, k, true) }

// coordLeftOpt is coordLeft; pronouns says whether "and his" joins too (not
// for modifiers: "the regime and its Russian and Iranian backers").
func coordLeftOpt(ms []Mention, toks []token, k int, pronouns bool) []Mention {
	out := []Mention{ms[k]}
	for {
		start := out[0].Start
		j := start - 1
		for j >= 0 && (toks[j].key == "," || toks[j].key == "and" || toks[j].key == "the" ||
			pronouns && (toks[j].key == "his" || toks[j].key == "her" || toks[j].key == "its" || toks[j].key == "their") && j > 0 && toks[j-1].key == "and") {
			j--
		}
		if j == start-1 || j < 0 || !(toks[start-1].key == "and" || toks[start-1].key == "," || start >= 2 && toks[start-2].key == "and") {
			return out
		}
		n := mentionEnding(ms, j+1)
		if n < 0 || ms[n].Prep != "" && ms[n].Prep != out[len(out)-1].Prep {
			return out
		}
		out = append([]Mention{ms[n]}, out...)
	}
}

// relate finds the triples of one sentence; c is its parsed view, or nil
// when the sentence was not parsed.
func (x *Extractor) relate(toks []token, c *clause, ms []Mention, st *state) []relation {
	var out []relation
	// REPRESENTS from titles ("Russian Foreign Minister Sergey Lavrov") and
	// appositions ("Lavrov, Russia's foreign minister").
	for k, m := range ms {
		if m.Leader != nil && !formerTitle(toks, min(m.TitleAt, m.Start)-2, m.End) && m.Leader.ID != m.Affiliation.ID {
			// "Syrian President Bashar al-Assad's regime": the state, and
			// the title's holder still its president.
			out = append(out, relation{subj: *m.Leader, obj: *m.Affiliation, rel: schema.Represents, modality: schema.Asserted,
				trigger: toks[max(m.TitleAt, m.Start)], confidence: 0.9, rule: "title"})
		}
		if len(m.Actors) != 1 || m.Actors[0].Kind != schema.Person {
			continue
		}
		aff, rule, from, to := m.Affiliation, "title", min(m.TitleAt, m.Start)-2, m.End
		if aff == nil {
			aff, rule, from, to = apposition(ms, toks, k), "apposition", m.End+1, m.End+4
		}
		if aff == nil {
			aff, rule, from, to = officePredicate(ms, toks, k), "apposition", m.End+1, m.End+8
		}
		if aff == nil {
			if a := preApposition(ms, toks, k); a != nil {
				aff, rule, from, to = a, "apposition", 0, m.Start
			}
		}
		if aff == nil {
			if n := possessorTitle(ms, toks, k); n >= 0 {
				a := ms[n].Actors[0]
				if a.Kind == schema.Person {
					if privateCounsel(toks[ms[n].End:m.Start]) {
						continue // "Trump's personal attorney, John Dowd,": no office
					}
					if slices.ContainsFunc(toks[ms[n].End:m.Start], func(t token) bool { return t.key == "first" || t.key == "last" || t.key == "previous" }) {
						continue // "Trump's first national security adviser, Michael Flynn": one of a leader's past holders
					}
					a, _ = x.countryActor(a, a.Text, st.date)
				}
				if a.ID != "" {
					aff, rule, from, to = &a, "apposition", ms[n].Start, m.Start
				}
			}
		}
		if n := mentionEnding(ms, m.Start-1); aff == nil && m.TitleAt == m.Start && m.Start >= 2 && toks[m.Start-1].key == "and" && n >= 0 && ms[n].Affiliation != nil &&
			ms[n].Affiliation.Kind == schema.Country && ms[n].Start < len(toks) && ms[n].Affiliation.Text == toks[ms[n].Start].text && len(ms[n].Actors) == 1 && ms[n].Actors[0].Kind == schema.Person &&
			(m.Actors[0].Country == "" && ms[n].Prep != "between" || m.Actors[0].Country == ms[n].Affiliation.ID) {
			// "French President François Hollande and Foreign Minister
			// Laurent Fabius": the demonym that opens the first title
			// governs the second (but "talks between U.S. Secretary of
			// State George Shultz and Foreign Minister Kuranari" are two
			// sides').
			aff, rule, from, to = ms[n].Affiliation, "title", ms[n].Start-2, m.End
		}
		if aff == nil && m.Actors[0].Known && m.Actors[0].Country != "" {
			// "King Abdullah II of Jordan", "Salman of Saudi Arabia": a
			// ruler's name that holds the country's of-phrase.
			for q := m.Start + 1; q+1 < m.End; q++ {
				if toks[q].key != "of" || !toks[q+1].cap() {
					continue
				}
				if text := joinTexts(toks[q+1 : m.End]); x.countryName(m.Actors[0].Country, text) {
					if a, ok := x.countryActor(m.Actors[0], text, st.date); ok {
						aff, rule, from, to = &a, "title", m.Start-2, m.End
					}
				}
				break
			}
			if n := mentionStarting(ms, m.End+1); aff == nil && n >= 0 && m.End < len(toks) && toks[m.End].key == "of" && len(ms[n].Actors) == 1 && ms[n].Actors[0].ID == m.Actors[0].Country {
				a := ms[n].Actors[0] // "King Abdullah II of Jordan" read as a name and a country
				aff, rule, from, to = &a, "title", m.Start-2, ms[n].End
			}
		}
		if n := mentionStarting(ms, m.End+1); aff == nil && m.Possessive && m.Actors[0].Known && n >= 0 && len(ms[n].Actors) == 1 && ms[n].Actors[0].ID == m.Actors[0].Country &&
			(ms[n].End == len(toks) || !strings.HasPrefix(toks[ms[n].End].tag, "NN")) && x.countryName(ms[n].Actors[0].ID, joinTexts(toks[ms[n].Start:ms[n].End])) && !x.gaz.Metonym(joinTexts(toks[ms[n].Start:ms[n].End])) {
			// "Viktor Orban's Hungary": the country, by its name and as the
			// phrase's head, of a person the dictionaries know holds office
			// in it (not "Trump's White House", "Mueller's U.S. probe").
			a := ms[n].Actors[0]
			aff, rule, from, to = &a, "possessor", m.Start-2, ms[n].End
		}
		if aff == nil && m.Actors[0].Known && m.Start >= 2 && (toks[m.Start-1].key == "'s" || toks[m.Start-1].key == "'") {
			// "China's Xi Jinping": a possessor the dictionaries know the
			// person holds office in.
			if n := mentionEnding(ms, m.Start-1); n >= 0 && len(ms[n].Actors) == 1 && ms[n].Actors[0].ID == m.Actors[0].Country {
				a := ms[n].Actors[0]
				aff, rule, from, to = &a, "possessor", ms[n].Start-2, m.Start
			}
		}
		if n := mentionEnding(ms, m.Start); aff == nil && m.Actors[0].Known && n >= 0 && !ms[n].Possessive && !ms[n].Place && ms[n].End-ms[n].Start == 1 && len(ms[n].Actors) == 1 && ms[n].Actors[0].ID == m.Actors[0].Country && acronym(toks[ms[n].Start].text) {
			// "[U.K.] David Cameron": an editor's country before a person
			// the dictionaries know holds office in it.
			a := ms[n].Actors[0]
			aff, rule, from, to = &a, "possessor", ms[n].Start-2, m.Start
		}
		w := m.Start - 1 // "whose" before the title, inside the name's mention or before it
		if w >= 0 && titleWords[toks[w].key] {
			w--
		} else if !titleWords[toks[m.Start].key] {
			w = -1
		}
		if aff == nil && w >= 2 && toks[w].key == "whose" && toks[w-1].key == "," {
			// "Hezbollah, whose leader Hassan Nasrallah": the title is of
			// the name before "whose".
			if n := mentionEnding(ms, w-1); n >= 0 && len(ms[n].Actors) == 1 && ms[n].Actors[0].Kind != schema.Person {
				a := ms[n].Actors[0]
				aff, rule, from, to = &a, "apposition", w, m.Start
			}
		}
		if m.TitleAt >= m.End && rule == "title" {
			to = m.TitleAt + 1 // "Yukio Okamoto, a former Japanese diplomat": the title after the name
		}
		if aff != nil && formerTitle(toks, from, to) {
			continue // "former CIA Director James Woolsey" holds no office now
		}

		if aff != nil && aff.ID != m.Actors[0].ID {
			out = append(out, relation{subj: m.Actors[0], obj: *aff, rel: schema.Represents, modality: schema.Asserted,
				trigger: toks[max(m.TitleAt, m.Start)], confidence: 0.9, rule: rule})
		}
	}
	// Hyphenated modifiers: "US-backed Kurdish-Arab alliance".
	for k, m := range ms {
		rel, ok := compoundRel[m.Suffix]
		if !ok {
			continue
		}
		if p := m.Start - 2; p > 0 && toks[p+1].key == "other" && (toks[p].key == "and" || toks[p].key == "or") {
			// "Hezbollah and other Iranian-backed militias": the one named
			// is one of them.
			if n := mentionEnding(ms, p); n >= 0 && ms[n].Actors[0].Kind == schema.Group {
				out = withRule(appendPairs(out, []Mention{m}, coordLeft(ms, toks, n), rel, toks[m.Start], 0.75, false, schema.Asserted, nil), "modifier")
			}
		}
		from := m.End
		if e := m.End; e+2 < len(toks) && toks[e].key == "-" {
			if n := mentionStarting(ms, e+2); n >= 0 && ms[n].Suffix == m.Suffix {
				from = ms[n].End // "U.S.- and NATO-backed Afghan forces": the phrase after the last compound
			}
		}
		for j := from; j < len(toks) && j <= from+3; j++ {
			if toks[j].key == "," && j > m.End && groupNouns[toks[j-1].key] && apposedGroup(ms, toks, j) >= 0 {
				continue // "an Iranian-supported militia, Kataib Hezbollah,": the group the apposition names
			}
			if leaderGovNouns[toks[j].key] && j+2 < len(toks) && (toks[j+1].key == "in" || toks[j+1].key == "of") {
				// "the US-backed government in Yemen": the government of
				// the country named after it.
				if n := mentionStarting(ms, j+2); n >= 0 && ms[n].Actors[0].Kind == schema.Country && ms[n].End-ms[n].Start <= 2 {
					out = withRule(appendPairs(out, []Mention{m}, ms[n:n+1], rel, toks[m.Start], 0.8, false, schema.Asserted, nil), "modifier")
					break
				}
			}
			if n := apposedTo(ms, toks, m.Start); n >= 0 && j > m.End && groupNouns[toks[j-1].key] && (toks[j].key == "," || toks[j].key == ".") {
				// "Hezbollah, an Iran-backed militia,": the name the
				// apposition describes.
				out = withRule(appendPairs(out, []Mention{m}, ms[n:n+1], rel, toks[m.Start], 0.8, false, schema.Asserted, nil), "modifier")
				break
			}
			if t := toks[j]; strings.HasPrefix(t.tag, "VB") || t.tag == "IN" || t.tag == "TO" || t.tag == "WDT" || t.tag == "WP" || t.key == "," || t.key == "." {
				break // the modified noun phrase has ended: "Iranian-backed militias attacked US troops", "an Iran-backed militia which Washington accuses"
			}
			if p := toks[j-1]; j > m.End && p.tag == "NNS" && !p.cap() {
				break // a plural head ends it too: "Iranian-backed forces strike/NN U.S. civilians"
			}
			if p := toks[j-1]; j > m.End && toks[j].tag == "CC" && strings.HasPrefix(p.tag, "NN") && !p.cap() {
				break // and a common noun before "and": "ISIS-affiliated militants and Egyptian forces"
			}
			if outletNouns[toks[j].key] {
				break // "the Kremlin-backed television station RT America": a medium or a firm, no actor
			}
			if n := mentionStarting(ms, j); n >= 0 && n != k {
				modified := coordRight(ms, toks, n)
				if !toks[ms[n].End-1].cap() {
					// "Russia-backed separatists and government troops": a
					// noun of its own ends the modified phrase; "US-backed
					// Kurdish and Arab fighters" share theirs.
					modified = modified[:1]
				}
				for _, o := range modified {
					if m.Suffix == "affiliated" && o.Actors[0].Kind != schema.Group {
						continue // "U.S.-affiliated Iraqis": people who worked for it, no ally
					}
					out = withRule(appendPairs(out, []Mention{m}, []Mention{o}, rel, toks[m.Start], 0.8, false, schema.Asserted, nil), "modifier")
				}
				break
			}
			if c != nil && groupNouns[toks[j].key] && m.Start > 0 && toks[m.Start-1].key == "the" && (j+1 == len(toks) || !strings.HasPrefix(toks[j+1].tag, "NN") && !(toks[j+1].key == "," && apposedGroup(ms, toks, j+1) >= 0)) {
				// "The Iran-backed group said": the group referred back to.
				if o, ok := c.corefer(j); ok && o.Actors[0].ID != m.Actors[0].ID {
					out = withRule(appendPairs(out, []Mention{m}, []Mention{o}, rel, toks[m.Start], 0.75, false, schema.Asserted, nil), "modifier")
				}
				break
			}
		}
	}
	// Relational nouns: "Syria's ally", "its Russian and Iranian backers".
	for i, t := range toks {
		rel, ok := relNouns[t.key]
		if !ok || (t.key == "partner" || t.key == "partners") && !statePartner(toks, ms, i) && !(listFollows(toks, i) && !tradePartners[toks[max(i-1, 0)].key]) {
			continue
		}
		out = append(out, x.relNoun(c, ms, toks, i, rel, st)...)
	}
	// Describing an actor negatively: "X called Y 'isolated'", "labels Y as terrorists".
	for i, t := range toks {
		if (describeVerbs[t.key] || regardVerbs[t.key] && !passiveAt(toks, i)) && t.tagged("VB") {
			out = append(out, x.negativeDescription(toks, ms, i)...)
		}
	}
	// A parsed sentence is read from its tree alone; the window rules read
	// only the sentences too long to parse.
	read := map[int]bool{}
	if c != nil {
		rs := x.relateTree(c)
		out = append(out, rs...)
		if x.rules != "union" {
			return dedupe(x.international(friendsOfStates(out, toks)))
		}
		for _, r := range rs {
			read[r.trigger.start] = true
		}
	}
	for i, t := range toks {
		trs := x.triggers[t.key]
		if len(trs) == 0 || inMention(ms, i) || read[t.start] {
			continue
		}
		for _, tr := range trs {
			if !posFits(t, tr) && !(tr.POS == schema.Verb && verbAtClauseEnd(toks, ms, i)) {
				continue
			}
			out = append(out, withRule(x.fromTrigger(toks, ms, i, tr, st), "window")...)
			break
		}
	}
	return dedupe(x.international(out))
}

// international drops the relations between two people of one country or
// body ("Carter urged Kemp to resign", "Obama criticized Trump"): domestic
// politics, no relation between international actors (the guideline's
// gold never requires one), unless the same act has a foreign party. A
// person's country is their office's at the article's date, or else the
// one the gazetteer gives them.
func (x *Extractor) international(rs []relation) []relation {
	home := func(a schema.Actor) string {
		if a.Country != "" {
			return a.Country
		}
		if e, ok := x.gaz.Entity(a.ID); ok {
			return e.Country
		}
		return ""
	}
	compatriots := func(r relation) bool {
		h := home(r.subj)
		return r.rel != schema.Represents && r.subj.Kind == schema.Person && r.obj.Kind == schema.Person && h != "" && h == home(r.obj)
	}
	// (But compatriots in one mutual event with a foreigner are its parties:
	// "Tillerson and Lavrov met Putin".)
	abroad := func(r relation) bool {
		return slices.ContainsFunc(rs, func(q relation) bool {
			return r.rel.Symmetric() && q.trigger.start == r.trigger.start && q.rel == r.rel && !compatriots(q) &&
				(q.subj.ID == r.subj.ID || q.obj.ID == r.subj.ID || q.subj.ID == r.obj.ID || q.obj.ID == r.obj.ID)
		})
	}
	var drop []bool
	for _, r := range rs {
		drop = append(drop, compatriots(r) && !abroad(r))
	}
	out := rs[:0]
	for i, r := range rs {
		if !drop[i] {
			out = append(out, r)
		}
	}
	return out
}

// friendsOfStates keeps, of the alliances a "friend" names, those between
// states or bodies whose friendship the phrase owns: "Israel's strongest
// friend", "a friend of Hamas". A person's friends are private life
// ("Tillerson may be a friend of Putin's"), and "friends like Saudi
// Arabia" after a list of enemies leaves whose friends to a guess.
func friendsOfStates(rs []relation, toks []token) []relation {
	return slices.DeleteFunc(rs, func(r relation) bool {
		if r.rel != schema.AlliedWith || r.trigger.key != "friend" && r.trigger.key != "friends" {
			return false
		}
		if r.subj.Kind == schema.Person || r.obj.Kind == schema.Person {
			return true
		}
		i := slices.IndexFunc(toks, func(t token) bool { return t.start == r.trigger.start })
		if i < 0 || i+1 < len(toks) && toks[i+1].key == "of" {
			return false
		}
		for j := i - 1; j >= max(i-4, 0); j-- {
			if toks[j].key == "'s" || toks[j].key == "'" {
				return false
			}
		}
		return true
	})
}

// dropPrivatePairs drops the relations of private people (see private)
// but what a state, body or group does to one ("Ecuador granted asylum to
// Julian Assange"), and those between two people of whom one is a person
// the article named with no title nor dictionary entry: "Ryan faced
// businessman Paul Nehlen" is domestic politics, or private life, more
// often than diplomacy. So are those between two people of one country,
// unless the same trigger relates them to someone of another.
func dropPrivatePairs(rs []relation, st *state) []relation {
	// The triggers of a meeting with someone from elsewhere: there, two
	// people of one country meet as a party of it ("Tillerson and
	// Lavrov joined Putin").
	abroad := map[int]bool{}
	for _, r := range rs {
		if r.subj.Country != "" && r.obj.Country != "" && r.subj.Country != r.obj.Country {
			abroad[r.trigger.start] = true
		}
	}
	return slices.DeleteFunc(rs, func(r relation) bool {
		if r.rel != schema.Represents && (lawmakerAtHome(r.subj, r.obj, st) || lawmakerAtHome(r.obj, r.subj, st)) {
			return true // "Senator Warren asked the government to open an investigation": Congress and its own state
		}
		if r.rel != schema.Represents && (private(r.subj, st) || private(r.obj, st) && r.subj.Kind == schema.Person) {
			// A private person's own acts are no international relation
			// ("Clinton adviser Eliot Cohen backed her"), nor are a
			// person's dealings with one ("Trump commended Manafort"); what
			// a state or body does to one is ("Ecuador granted asylum to
			// Julian Assange").
			return true
		}
		if r.subj.Kind != schema.Person || r.obj.Kind != schema.Person {
			return false
		}
		// Two people of one country deal with each other at home ("Trump
		// pressured Sessions", "Hillary Clinton rebuked Trump"): no
		// relation between international actors. A senator or governor
		// no dictionary knows sits in Washington or a state capital.
		sc, oc := r.subj.Country, r.obj.Country
		if sc == "" && usHomeOffice(st.titles[r.subj.ID]) {
			sc = "USA"
		}
		if oc == "" && usHomeOffice(st.titles[r.obj.ID]) {
			oc = "USA"
		}
		home := sc != "" && sc == oc && !abroad[r.trigger.start]
		if r.rel == schema.AlliedWith && (sc == "" || oc == "") {
			return true // "Oettinger, an ally of Chancellor Merkel", "Tom Fitton, an ally of the president": a political ally at home
		}
		return st.untitled[r.subj.ID] || st.untitled[r.obj.ID] || home
	})
}

// private reports whether a is a private person: one no dictionary knows,
// whom no title in the article ties to an office and no title or
// description to a state or body. A private person is no international
// actor (the guideline's actors are states, bodies, armed groups and
// named officials).
func private(a schema.Actor, st *state) bool {
	return a.Kind == schema.Person && !a.Known && a.Country == "" && st.titles[a.ID] == "" && !st.officed[a.ID]
}

// lawmakerAtHome reports whether p is a person no dictionary places,
// titled as a US lawmaker, and c the United States, or the government
// of the story's own country ("the government", "the administration").
func lawmakerAtHome(p, c schema.Actor, st *state) bool {
	if p.Kind != schema.Person || p.Country != "" || c.Kind != schema.Country {
		return false
	}
	if usHomeOffice(st.titles[p.ID]) && c.ID == "USA" {
		return true
	}
	switch strings.TrimPrefix(strings.ToLower(c.Text), "the ") {
	case "government", "administration":
		return usHomeOffice(st.titles[p.ID]) || (st.focus != nil && st.focus.ID == c.ID && st.untitled[p.ID])
	}
	return false
}

// usHomeOffice reports whether a title is one of a US lawmaker, governor,
// judge, law officer or local official, a domestic office that deals with
// no foreign state: "senate majority leader", "sen.", "rep.", "gov.",
// "chief justice", "mayor", "attorney general", "special counsel".
func usHomeOffice(title string) bool {
	for _, w := range strings.Fields(title) {
		switch w {
		case "senator", "sen.", "sen", "senate", "congressman", "congresswoman", "rep.", "rep", "governor", "gov.", "gov", "speaker", "majority", "minority",
			"justice", "judge", "mayor", "prosecutor", "sheriff", "counsel", "lawmaker", "legislator", "congressional", "lawyer":
			return true
		}
	}
	return strings.Contains(title, "attorney general") // "then-acting attorney general Sally Yates met with President Obama"
}

// posFits checks a trigger's part of speech against the tagger.
func posFits(t token, tr schema.Trigger) bool {
	if t.tag == "" {
		return true
	}
	if tr.POS == schema.Verb {
		return strings.HasPrefix(t.tag, "VB") || t.tag == "JJ" && strings.HasSuffix(t.key, "ed")
	}
	return strings.HasPrefix(t.tag, "NN")
}

// verbAtClauseEnd accepts a verb trigger the tagger took for a plural noun
// when an actor comes right before it and the clause ends after it:
// "Kurdish groups which the US supports."
func verbAtClauseEnd(toks []token, ms []Mention, i int) bool {
	if toks[i].tag != "NNS" || mentionEnding(ms, i) < 0 || ms[mentionEnding(ms, i)].Possessive {
		return false
	}
	return i+1 >= len(toks) || toks[i+1].key == "." || toks[i+1].key == "," || toks[i+1].key == ";"
}

// apposition finds "Name, [a|the] [Country's|demonym] title [for|of X]" after a person.
// phraseEnds end a noun phrase, tagged or not.
var phraseEnds = map[string]bool{"in": true, "at": true, "on": true, "with": true, "for": true, "from": true, "to": true, "of": true, "by": true, "and": true, "or": true}

func apposition(ms []Mention, toks []token, k int) *schema.Actor {
	m := ms[k]
	if m.End >= len(toks) || toks[m.End].key != "," {
		return nil
	}
	if m.End+1 < len(toks) && officePreps[toks[m.End+1].key] {
		return nil // "Macron, on a state visit to China,": where he is, no title
	}
	return titleFrom(ms, toks, m.End+1)
}

// privateCounsel reports whether a title serves a person privately:
// "personal attorney", "lawyer".
func privateCounsel(title []token) bool {
	return slices.ContainsFunc(title, func(t token) bool {
		return t.key == "personal" || t.key == "private" || t.key == "attorney" || t.key == "lawyer" || t.key == "counsel" || t.key == "campaign"
	})
}

// joinTexts is the text of words, one space between them.
func joinTexts(ws []token) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
	}
	return b.String()
}

// possessorTitle returns the mention that possesses a title set before a
// name and a comma when the name's mention does not hold it: "Moscow's
// envoy, Alexander Lavrentiev,", "Trump's Ukraine envoy, Kurt Volker,"
// (the possessor may be a person, who acts for a country). The title
// phrase is title words, other lowercase words and a posting's country, and
// the possessor opens its noun phrase, not a list after a comma.
func possessorTitle(ms []Mention, toks []token, k int) int {
	m := ms[k]
	if m.Start < 4 || toks[m.Start-1].key != "," || !toks[m.Start].cap() || m.End >= len(toks) || toks[m.End].key != "," && toks[m.End].key != "said" && !(toks[m.End].key == "." && m.End == len(toks)-1) ||
		!titleWords[toks[m.Start-2].key] || mentionEnding(ms, m.Start-1) >= 0 {
		return -1
	}
	j := m.Start - 2
	for j > 0 && toks[j-1].key != "'s" {
		if n := mentionEnding(ms, j); n >= 0 && ms[n].Actors[0].Kind == schema.Country {
			j = ms[n].Start // the posting: "Ukraine envoy", "U.S. ambassador"
			continue
		}
		if t := toks[j-1]; !(titleWords[t.key] || !t.cap() && !notName[t.key] && strings.IndexFunc(t.key, func(r rune) bool { return !unicode.IsLetter(r) }) < 0) {
			return -1
		}
		j--
	}
	if j < 2 {
		return -1
	}
	n := mentionEnding(ms, j-1)
	if n < 0 || len(ms[n].Actors) != 1 || ms[n].Start > 0 && toks[ms[n].Start-1].key == "," {
		return -1
	}
	return n
}

// rankWords grade a title: "the top U.S. diplomat".
var rankWords = map[string]bool{"top": true, "senior": true, "chief": true, "new": true, "acting": true, "highest-ranking": true}

// preApposition returns the body of a title set before a name and a
// comma: "A spokesman for the Kremlin, Dmitry Peskov, said", "The head of
// the Chinese regulator, Li Jian,". The title phrase opens the sentence
// or follows a comma.
func preApposition(ms []Mention, toks []token, k int) *schema.Actor {
	m := ms[k]
	if m.Start < 4 || toks[m.Start-1].key != "," || m.End >= len(toks) || toks[m.End].key != "," && toks[m.End].key != "said" {
		return nil
	}
	n := mentionEnding(ms, m.Start-1)
	if n < 0 || len(ms[n].Actors) != 1 || ms[n].Actors[0].Kind == schema.Person {
		return nil
	}
	j := ms[n].Start - 1
	if titleWords[toks[ms[n].End-1].key] && (j < 0 || toks[j].key != ",") {
		// "Japan's defence minister, Itsunori Onodera,": the title is
		// inside the possessor's mention.
		a := ms[n].Actors[0]
		return &a
	}
	if j >= 0 && toks[j].key == "the" {
		j--
	}
	to := j // the posting's preposition, if any
	if ms[n].Place && !(j >= 2 && (toks[j].key == "to" || toks[j].key == "in") && titleWords[toks[j-1].key]) {
		return nil // a place, but the posting of "ambassador to Washington"
	}
	if j >= 2 && (toks[j].key == "to" || toks[j].key == "in") && titleWords[toks[j-1].key] {
		// "Russia's ambassador to Britain, Alexander Yakovenko,": the
		// posting is no body; the possessor before the title is.
		for j--; j > 0 && (titleWords[toks[j-1].key] || toks[j-1].tagged("JJ")); j-- {
		}
		if j >= 2 && toks[j-1].key == "'s" {
			if b := mentionEnding(ms, j-1); b >= 0 && len(ms[b].Actors) == 1 && ms[b].Actors[0].Kind != schema.Person && (ms[b].Start == 0 || ms[b].Start == 1 && toks[0].key == "the") {
				a := ms[b].Actors[0]
				return &a
			}
		}
		b := mentionEnding(ms, to) // "The Russian ambassador to Washington, Anatoly Antonov,": the demonym's mention holds the title
		if b < 0 {
			b = mentionEnding(ms, j) // "the U.S. ambassador to Ukraine, Bill Taylor,": the country before the title
		}
		if b >= 0 && len(ms[b].Actors) == 1 && ms[b].Actors[0].Kind == schema.Country && !ms[b].Possessive {
			// At the sentence's start or after "the" and a rank: "the top
			// U.S. diplomat in Ukraine, Bill Taylor,".
			q := ms[b].Start - 1
			for q >= 0 && rankWords[toks[q].key] {
				q--
			}
			if q < 0 || toks[q].key == "the" {
				a := ms[b].Actors[0]
				return &a
			}
		}
		return nil
	}
	if j < 1 || toks[j].key != "for" && toks[j].key != "of" && toks[j].key != "at" {
		if j >= 1 && titleWords[toks[j].key] {
			// "The EU's top migration official, Dimitris Avramopoulos,":
			// the possessor before the title.
			for ; j > 0 && (titleWords[toks[j-1].key] || toks[j-1].tagged("JJ") || toks[j-1].tagged("NN")); j-- {
			}
			if j >= 2 && toks[j-1].key == "'s" {
				if b := mentionEnding(ms, j-1); b >= 0 && len(ms[b].Actors) == 1 && ms[b].Actors[0].Kind != schema.Person && (ms[b].Start == 0 || ms[b].Start == 1 && toks[0].key == "the") {
					a := ms[b].Actors[0]
					return &a
				}
			}
		}
		return nil
	}
	j--
	if !titleWords[toks[j].key] {
		return nil
	}
	for j > 0 && (titleWords[toks[j-1].key] || toks[j-1].tagged("JJ")) {
		j--
	}
	if j > 0 && (toks[j-1].key == "a" || toks[j-1].key == "an" || toks[j-1].key == "the") {
		j--
	}
	if j != 0 && toks[j-1].key != "," {
		return nil
	}
	a := ms[n].Actors[0]
	return &a
}

// officePredicate returns the body whose office the person mention ms[k]
// is said to take or hold: "Lavrov is Russia's foreign minister",
// "Rouhani was elected Iran's president",
// "Diaz-Canel has been sworn in as Cuba's new president", "Bennett became
// Israel's prime minister".
func officePredicate(ms []Mention, toks []token, k int) *schema.Actor {
	m := ms[k]
	if !toks[m.Start].cap() || pronouns[toks[m.Start].key] || m.Start > 0 && officePreps[toks[m.Start-1].key] {
		return nil
	}
	j := m.End
	who := j+1 < len(toks) && toks[j].key == "," && toks[j+1].key == "who"
	if who {
		// "Robert Mikulak, who is the U.S. ambassador to …"; not "Ash
		// Carter, who was U.S. defense secretary until …", "Hill, who led
		// the U.S. delegation during a previous round": a past office.
		j += 2
		if j < len(toks) && (toks[j].key == "was" || toks[j].key == "were" || toks[j].key == "had" || toks[j].tag == "VBD") {
			return nil
		}
	}
	if a := headedBody(ms, toks, j); a != nil && (m.Actors[0].Known || m.End-m.Start >= 2) {
		return a
	}
	if !m.Actors[0].Known {
		return nil // "he was FBI director", "allies of President Putin - was the only …": not a named subject
	}
	from := j
	for j < len(toks) && officeAux[toks[j].key] {
		j++
	}
	if j == from || j < len(toks) && (toks[j].key == "then" || toks[j].key == "formerly") {
		return nil // "Campbell, who was then head of U.S. forces": an office held then
	}
	verb := toks[j-1].key
	for n := 2; n <= 3; n++ {
		// "is, of course, the prime minister of Israel", "is, indeed,":
		// an aside of a word or two set off by commas.
		if j+n < len(toks) && toks[j].key == "," && toks[j+n].key == "," && !slices.ContainsFunc(toks[j+1:j+n], func(t token) bool { return t.cap() || !isWordRune([]rune(t.text)[0]) }) {
			j += n + 1
			break
		}
	}
	switch key := verb; {
	case key == "sworn" || key == "installed":
		if j == len(toks) || toks[j].key != "in" && toks[j].key != "as" {
			return nil
		}
		if toks[j].key == "in" {
			j++
		}
		if j == len(toks) || toks[j].key != "as" {
			return nil
		}
		j++
	case officeVerbs[key] || key == "is" || key == "was":
		if j < len(toks) && toks[j].key == "as" {
			j++
		}
	default:
		return nil
	}
	// The office is the noun phrase right after: its title comes before
	// any preposition ("became ill at a Japanese state dinner" takes
	// none), and the phrase ends at a comma, a conjunction or a clause.
	stop, title := j, false
	for ; stop < len(toks) && !phraseStops[toks[stop].key] && !toks[stop].tagged("VB"); stop++ {
		if toks[stop].tag == "IN" || toks[stop].tag == "TO" || officePreps[toks[stop].key] {
			if !title {
				return nil
			}
			if toks[stop].key != "of" {
				break // "became a national figure during eight years as London mayor"
			}
		}
		if titleWords[toks[stop].key] {
			title = true
			if stop+1 < len(toks) && (toks[stop+1].key == "to" || toks[stop+1].key == "for") {
				return nil // "the third international envoy for Syria": sent to it, not its own
			}
		}
	}
	if !title {
		return nil
	}
	for k := j; k < stop; k++ {
		if toks[k].key == "member" || toks[k].key == "members" {
			return nil // "the second leader of a UN Security Council member": a member state's
		}
	}
	return titleFrom(ms, toks[:stop], j)
}

// headedBody returns the state or body whose delegation, mission or
// ministry the verb at j says the person heads, or that the person
// represents: "Mikulak, who heads the U.S. delegation to the OPCW",
// "who represents the United States at the talks".
func headedBody(ms []Mention, toks []token, j int) *schema.Actor {
	if j+1 >= len(toks) || !headVerbs[toks[j].key] {
		return nil
	}
	k := j + 1
	if toks[k].key == "the" {
		k++
	}
	n := mentionStarting(ms, k)
	if n < 0 || len(ms[n].Actors) != 1 || ms[n].Actors[0].Kind != schema.Country && ms[n].Actors[0].Kind != schema.Organization {
		return nil
	}
	a := ms[n].Actors[0]
	if strings.HasPrefix(toks[j].key, "represent") {
		if ms[n].Possessive || ms[n].End < len(toks) && strings.HasPrefix(toks[ms[n].End].tag, "NN") {
			return nil // "represents Iran's interests", "represents U.S. companies"
		}
		return &a
	}
	e := ms[n].End
	if headedUnits[toks[e-1].key] && e-1 > ms[n].Start {
		return &a // "the Russian delegation" read as one mention
	}
	if e < len(toks) && (toks[e].key == "'s" || toks[e].key == "'") {
		e++
	}
	for q := e; q < len(toks) && q <= e+1; q++ {
		if headedUnits[toks[q].key] && (q+1 == len(toks) || !strings.HasPrefix(toks[q+1].tag, "NN")) {
			return &a
		}
	}
	return nil
}

var (
	// headVerbs say a person heads a body's unit or speaks for it.
	headVerbs = map[string]bool{
		"heads": true, "headed": true, "leads": true, "led": true, "chairs": true, "chaired": true,
		"represents": true, "represented": true,
	}
	// headedUnits are the parts of a state or body one heads for it
	// ("the Russian negotiating team"; not "a U.S. company").
	headedUnits = map[string]bool{
		"delegation": true, "mission": true, "ministry": true, "team": true, "embassy": true,
		"government": true, "diplomacy": true, "negotiators": true, "consulate": true,
	}
)

// officePreps are prepositions, known by their words alone: officePredicate
// also reads untagged sentences.
var officePreps = map[string]bool{
	"in": true, "at": true, "on": true, "for": true, "with": true, "to": true, "from": true, "by": true,
	"of": true, "during": true, "under": true, "over": true, "into": true, "about": true, "like": true,
}

// phraseStops end the noun phrase of an office (officePredicate).
var phraseStops = map[string]bool{
	",": true, ".": true, ";": true, ":": true, "and": true, "but": true, "before": true, "after": true,
	"when": true, "while": true, "since": true, "until": true, "who": true, "which": true, "that": true,
}

// officeAux and officeVerbs are the words between a person and the office
// a clause gives them (officePredicate).
var (
	officeAux = map[string]bool{
		"was": true, "is": true, "has": true, "have": true, "had": true, "been": true, "became": true,
		"becomes": true, "elected": true, "re-elected": true, "reelected": true, "appointed": true,
		"named": true, "sworn": true, "installed": true, "confirmed": true,
	}
	officeVerbs = map[string]bool{
		"became": true, "becomes": true, "elected": true, "re-elected": true, "reelected": true,
		"appointed": true, "named": true, "confirmed": true,
	}
)

// titleFrom reads a title and the body it names from toks[from:], as in
// an apposition ("the U.S. trade representative", "Russia's foreign
// minister"), and returns the body, or nil.
func titleFrom(ms []Mention, toks []token, from int) *schema.Actor {
	var found *schema.Actor
	title, ended := false, false // ended: the body's noun phrase is past
	// inPhrase: a preposition after the title was read; objectPast: a
	// noun naming no actor closed its phrase.
	inPhrase, objectPast := false, false
	for j := from; j < len(toks) && j <= from+13; j++ {
		if toks[j].key == "," && title || toks[j].key == ";" {
			break
		}
		if k := toks[j].key; k == "who" || k == "which" || k == "that" {
			break // "Lukin, a Russian diplomat who served …"
		}
		if relatives[toks[j].key] && !title {
			return nil // "Kim Yo Jong, the sister of the North Korean leader": her brother's title
		}
		if toks[j].tagged("VB") || toks[j].tag == "MD" || speechWords[toks[j].key] {
			return nil // "Stoltenberg, the US leader said …": no apposition
		}
		if j == from && strings.HasSuffix(toks[j].key, "ing") && !toks[j].cap() {
			return nil // "Mnuchin, speaking at a G7 meeting": a participle, untagged
		}
		prep := toks[j].tag == "IN" || toks[j].tag == "TO" || phraseEnds[toks[j].key]
		if found == nil && title && objectPast && (toks[j].key == "with" || toks[j].key == "between" || toks[j].key == "against") {
			// "the government's delegate to negotiations with the
			// Houthis": the party after "with", "between" or "against" on
			// the noun of the phrase after the title is another party,
			// not the body (unless the noun is an office).
			break
		}
		if title && prep {
			inPhrase = true
		} else if inPhrase && strings.HasPrefix(toks[j].tag, "NN") && mentionStarting(ms, j) < 0 && !govNouns[toks[j].key] && !officeWords[toks[j].key] && !titleWords[toks[j].key] {
			objectPast = true
		}
		if found != nil && prep {
			// The noun phrase of the body has ended: "…, meet with members
			// of the UN Security Council in the State Dining Room" has no
			// title, "the U.S. ambassador to Belgium" no second body.
			ended = true
		}
		if titleWords[toks[j].key] && toks[j].key != "former" && !ended && (j+1 == len(toks) || toks[j+1].key != "'s") {
			// Not a possessor: "a professor at King's College London".
			title = true
		}
		n := mentionStarting(ms, j)
		if p := j - 1; found == nil && n < 0 && toks[j].cap() && !titleWords[toks[j].key] && toks[p].key == "the" && p > 0 && phraseEnds[toks[p-1].key] {
			return nil // "McGurk, the envoy for the Global Coalition to Counter ISIL": a body no dictionary knows
		}
		if n >= 0 {
			a := ms[n].Actors[0]
			if ended && ms[n].Suffix == "" {
				j = ms[n].End - 1
				continue // "a spokesman with the Swedish Embassy in Washington": past the body
			}
			if found == nil && title && ms[n].Place && toks[j-1].key == "in" && len(ms) > n+1 && ms[n+1].Start <= ms[n].End+3 && ms[n+1].Prep == "for" {
				j = ms[n].End - 1
				continue // "the spokesman in Washington for the NCRI": where the post is; whose it is follows
			}
			if a.Kind == schema.Person || len(ms[n].Actors) != 1 || ms[n].Suffix != "" || ms[n].Place {
				return nil // "president of the U.S.-based Union of …", "the security officer in Libya": no affiliation
			}
			if p := j - 1; found == nil && p >= 1 && (toks[p].key == "for" || toks[p].key == "to") && sentTitles[toks[p-1].key] {
				return nil // "Biegun, special representative for North Korea": the posting, not its holder's state
			}
			if e := ms[n].End; toks[j-1].key == "of" && strings.HasSuffix(toks[j].key, "s") && e < len(toks) && (toks[e].key == "for" || toks[e].cap()) {
				return nil // "president of Americans for Prosperity": a people in a body's name
			}
			if j >= 2 && toks[j-1].key == "of" && toks[j-2].cap() && !titleWords[toks[j-2].key] && mentionEnding(ms, j-1) < 0 {
				return nil // "president of Audi of America": a company's national arm
			}
			if titleWords[toks[ms[n].End-1].key] {
				title = true // "Lavrov, Russia's foreign minister": the title inside the country's mention
			}
			if partyOf(toks, ms[n].End) {
				return nil // "Le Pen, leader of France's National Front party": a party's office
			}
			if e := ms[n].End; a.Kind == schema.Country && e < len(toks) && !toks[e].cap() && strings.HasPrefix(toks[e].tag, "NN") && !titleWords[toks[e].key] && !govNouns[toks[e].key] && !officeWords[toks[e].key] {
				return nil // "Fenby, chairman of China research at a bank", "Vindman, a top Ukraine specialist": a topic, no body
			}
			found = &a
			j = ms[n].End - 1
		}
	}
	if !title {
		return nil
	}
	return found
}

// sentTitles are sent somewhere: the country after "for" or "to" is
// where, not whose ("special representative for North Korea").
var sentTitles = map[string]bool{
	"representative": true, "envoy": true, "ambassador": true, "coordinator": true, "emissary": true,
}

// relatives name a relative, whose title an apposition then gives.
var relatives = map[string]bool{
	"sister": true, "brother": true, "wife": true, "husband": true, "son": true, "daughter": true,
	"father": true, "mother": true, "cousin": true, "niece": true, "nephew": true, "widow": true,
	"son-in-law": true, "daughter-in-law": true, "uncle": true, "aunt": true, "grandson": true, "granddaughter": true,
}

// formerTitle reports whether toks[from:to] mark a title as one no longer
// held: "former", "ex-", "onetime", "erstwhile", "retired".
func formerTitle(toks []token, from, to int) bool {
	for j := max(from, 0); j < min(to, len(toks)); j++ {
		if k := toks[j].key; k == "former" || k == "late" && j > 0 && toks[j-1].key == "the" || k == "onetime" || k == "erstwhile" || k == "retired" || strings.HasPrefix(k, "ex-") {
			return true
		}
	}
	return false
}

// relNounList handles a plural relational noun with examples: "U.S.
// allies such as Japan and South Korea", "America's allies, including
// Japan", "key U.S. allies in the Gulf, including Qatar", "Assad's
// backers like Russia": each one named is the relation's, the modifier
// or possessor its other party.
func relNounList(ms []Mention, toks []token, i int, rel schema.Relation) []relation {
	if !strings.HasSuffix(toks[i].key, "s") {
		return nil
	}
	j := i + 1
	if j+2 < len(toks) && toks[j].key == "in" { // "in the Gulf"
		for k := j + 1; k < len(toks) && k <= j+4; k++ {
			if toks[k].key == "," {
				j = k
				break
			}
		}
	}
	if j < len(toks) && toks[j].key == "," {
		j++
	}
	switch {
	case j+1 < len(toks) && toks[j].key == "such" && toks[j+1].key == "as":
		j += 2
	case j < len(toks) && (toks[j].key == "including" || toks[j].key == "like"):
		j++
	default:
		return nil
	}
	n := mentionStarting(ms, j)
	if n < 0 {
		return nil
	}
	var other []Mention
	p := i - 1
	for p >= 0 && (toks[p].tagged("JJ") || degreeNouns[toks[p].key] || toks[p].key == "regional" || toks[p].key == "close" || toks[p].key == "key") {
		p--
	}
	if m := mentionEnding(ms, p+1); m >= 0 { // "U.S. allies", "America's allies" with the "'s" in the name
		other = []Mention{ms[m]}
	} else if p >= 1 && toks[p].key == "'s" {
		if m := mentionEnding(ms, p); m >= 0 {
			other = []Mention{ms[m]}
		}
	} else if p >= 1 && (toks[p].key == "its" || toks[p].key == "their" || haveForms[toks[p].key] ||
		toks[p].key == "and" && (toks[p-1].key == "itself" || toks[p-1].key == "themselves") ||
		rel == schema.AlliedWith && toks[p].tagged("VB") && toks[p].key != "is" && toks[p].key != "are") {
		// "defend its allies such as Japan", "has long-time partners,
		// such as Israel", "defend itself and allies such as Japan",
		// "reassured allies like Japan": the actor named last before, with
		// no preposition.
		for q := p - 1; q >= 0 && len(other) == 0; q-- {
			if m := mentionEnding(ms, q+1); m >= 0 && ms[m].Prep == "" && ms[m].Suffix == "" && !ms[m].Possessive && !allPeople(ms[m:m+1]) {
				other = []Mention{ms[m]}
			}
		}
	}
	if len(other) == 0 {
		return nil
	}
	list := coordRight(ms, toks, n)
	if allPeople(list) && allPeople(other) && !(list[0].Actors[0].Country != "" && other[0].Actors[0].Country != "" && !sameCountry(list, other)) {
		return nil // "Trump allies such as Giuliani": a party's politics, unless known foreign
	}
	return withRule(appendPairs(nil, list, other, rel, toks[i], 0.8, false, schema.Asserted, nil), "relational-noun")
}

// regardForms say what one is taken for: "widely seen as the Kremlin's
// closest ally".
var regardForms = map[string]bool{"seen": true, "regarded": true, "viewed": true, "considered": true, "described": true, "known": true}

// haveForms are the forms of having and finding an ally: "has a strong
// ally in".
var haveForms = map[string]bool{"has": true, "have": true, "had": true, "having": true, "found": true, "finds": true, "find": true}

// degreeNouns grade a relational noun like adjectives, though the tagger
// may make them nouns: "North Korea's longtime key ally".
var degreeNouns = map[string]bool{"key": true, "top": true, "chief": true, "main": true, "major": true}

// relNoun handles "X is Y's ally", "Y's ally X", "X, Y's ally", "X and its
// backers".
func (x *Extractor) relNoun(c *clause, ms []Mention, toks []token, i int, rel schema.Relation, st *state) []relation {
	var out []relation
	if rel == schema.ProvidedAidTo && armsOnly(toks[i].key) && (i == 0 || !armsWords[toks[i-1].key]) && !(i+2 < len(toks) && toks[i+1].key == "of" && armsWords[toks[i+2].key]) {
		return nil // "Europe's main gas supplier": trade (a donor gives)
	}
	to := i + 1
	if i+3 < len(toks) && toks[i+1].key == "of" {
		// "the main supplier of weapons to the Houthis", "the largest
		// provider of military aid to Israel".
		for j := i + 2; j < len(toks) && j <= i+5 && !toks[j].cap(); j++ {
			if toks[j].key == "to" {
				to = j
				break
			}
		}
	}
	if k := to + 1; rel == schema.ProvidedAidTo && (!armsOnly(toks[i].key) || to > i+1) && to+1 < len(toks) && toks[to].key == "to" {
		// "the biggest donor to Jordan": the recipient after "to", the
		// predicate's subject the giver.
		if n := mentionStarting(ms, k); n >= 0 || k+1 < len(toks) && toks[k].key == "the" && mentionStarting(ms, k+1) >= 0 {
			if n < 0 {
				n = mentionStarting(ms, k+1)
			}
			p := i - 1
			for p >= 0 && (toks[p].tagged("JJ") || toks[p].tagged("JJS") || toks[p].tagged("RBS") || toks[p].key == "the" || toks[p].key == "a" || toks[p].key == "an") {
				p--
			}
			if p >= 1 && beForms[toks[p].key] {
				if s := mentionEnding(ms, p); s >= 0 {
					return withRule(appendPairs(out, coordLeft(ms, toks, s), ms[n:n+1], rel, toks[i], 0.8, false, schema.Asserted, nil), "relational-noun")
				}
			}
		}
	}
	if r := relNounList(ms, toks, i, rel); r != nil {
		return r
	}
	if n := mentionStarting(ms, i+1); rel == schema.ProvidedAidTo && n >= 0 && len(ms[n].Actors) == 1 && ms[n].Actors[0].Kind == schema.Person {
		return nil // "ISIS financier Abu Sayyaf": the group's own man, who gives it nothing as a state would
	}
	if n := mentionStarting(ms, i+1); n >= 0 && i > 0 && !ms[n].Possessive {
		// A name before the noun and names after it: "Assad ally Russia",
		// "U.S. allies Japan and South Korea", "regime ally Iran" (the regime of the country the article is
		// about): the one after is the relation's, the one before its
		// other party.
		var other []Mention
		if m := mentionEnding(ms, i); m >= 0 && !ms[m].Possessive && (i < 2 || toks[i-2].key != "'s") {
			if _, kind, _ := x.lookup(toks, ms[m].Start, st.date); kind != surfDemonym {
				other = []Mention{ms[m]} // not "its Russian backer"
			} else if named := ms[n].Actors[0]; i < 2 || toks[i-2].key != "its" && toks[i-2].key != "their" && toks[i-2].key != "his" && toks[i-2].key != "her" {
				// "Syrian ally Iran": a demonym is the other party when the
				// one named is another country or body, not a person
				// whose nationality it gives ("his Russian backer Deripaska").
				if named.Kind != schema.Person && named.ID != ms[m].Actors[0].ID {
					other = []Mention{ms[m]}
				}
			}
		} else if k := toks[i-1].key; (k == "regime" || k == "government") && st.focus != nil {
			other = []Mention{{Actors: []schema.Actor{*st.focus}, Start: i - 1, End: i}}
		}
		if len(other) > 0 {
			return withRule(appendPairs(out, coordRight(ms, toks, n), other, rel, toks[i], 0.75, false, schema.Asserted, nil), "relational-noun")
		}
	}
	if n := mentionStarting(ms, i+2); n >= 0 && i+1 < len(toks) && toks[i+1].key == "in" {
		// "Modi has a strong ally in President Trump", "Assad has a loyal
		// backer in Moscow": the one after "in" is the subject's ally or
		// backer, as if "Moscow, Assad's backer".
		j := i - 1
		for j >= 0 && (toks[j].tagged("JJ") || toks[j].tagged("RB") || degreeNouns[toks[j].key]) {
			j--
		}
		if j >= 1 && (toks[j].key == "a" || toks[j].key == "an") && haveForms[toks[j-1].key] {
			if s := mentionEnding(ms, j-1); s >= 0 && !ms[s].Possessive {
				return withRule(appendPairs(out, []Mention{ms[n]}, []Mention{ms[s]}, rel, toks[i], 0.8, false, schema.Asserted, nil), "relational-noun")
			}
		}
	}
	// Modifiers: mentions right before the noun (demonyms: "Russian and Iranian backers").
	var mods []Mention
	if n := mentionEnding(ms, i); n >= 0 && !ms[n].Possessive {
		mods = coordLeftOpt(ms, toks, n, false)
	}
	// Possessor: "Y's ally", or "its"/"their" → the mention before it.
	var poss []Mention
	j := i - 1
	if len(mods) > 0 {
		j = mods[0].Start - 1
	}
	for j >= 0 && (toks[j].tagged("JJ") || toks[j].tagged("RBS") || toks[j].tagged("RB") || toks[j].tag == "CD" || degreeNouns[toks[j].key] || armsWords[toks[j].key]) {
		j-- // "Assad's most important military backer"
	}
	switch {
	case j >= 1 && toks[j].key == "'s":
		if n := mentionEnding(ms, j); n >= 0 {
			poss = []Mention{ms[n]}
		}
	case j >= 2 && toks[j].key == "whose" && toks[j-1].key == ",":
		if n := mentionEnding(ms, j-1); n >= 0 {
			poss = []Mention{ms[n]} // "Hamas, whose ally Hezbollah"
		}
	case j >= 2 && (toks[j].key == "his" || toks[j].key == "her") && toks[j-1].key == "and":
		if n := mentionEnding(ms, j-1); n >= 0 && allPeople(ms[n:n+1]) {
			poss = []Mention{ms[n]} // "Assad and his allies in Moscow", "Trump and his ally, Benjamin Netanyahu": the conjunct's
		}
	case j >= 0 && toks[j].key == "our" && c != nil:
		if o, ok := c.coreferAt(j); ok {
			poss = []Mention{o} // "France, our oldest ally," the White House said: the speaker's
		}
	case j >= 0 && (toks[j].key == "its" || toks[j].key == "their"):
		if n := mentionEnding(ms, j-1); j >= 2 && toks[j-1].key == "and" && n >= 0 && !allPeople(ms[n:n+1]) {
			poss = []Mention{ms[n]} // "protests from Damascus and its allies": the conjunct, whatever its preposition
			break
		}
		for p := j - 1; p >= 0; p-- {
			// (Not a modifier: "the Britain-based monitor … its ally Russia".)
			if n := mentionEnding(ms, p+1); n >= 0 && ms[n].Prep == "" && ms[n].Suffix == "" && !(toks[j].key == "its" && allPeople(ms[n:n+1])) {
				poss = coordLeft(ms, toks, n)
				break
			}
		}
		if o, ok := c.coreferAt(j); len(poss) == 0 && ok {
			poss = []Mention{o} // "Syria rejected the plan. Its backer Russia vetoed …": the actor it refers back to
		}
	}
	if len(poss) == 0 && len(mods) > 0 {
		// "Saudi Arabia is a key US ally", "Saudi Arabia, a key US ally,":
		// the modifier is the other party, the predicate's subject or the
		// apposition's head the one related.
		p := mods[0].Start - 1
		for p >= 0 && toks[p].tagged("JJ") {
			p--
		}
		if p >= 1 && beForms[toks[p].key] && strings.HasSuffix(toks[i].key, "s") {
			p++ // "Russia and Iran are Assad allies": no article before a plural
		}
		if p >= 1 && toks[p].key == "and" && toks[p+1].key == "other" && strings.HasSuffix(toks[i].key, "s") {
			// "Japan and other US allies": the conjuncts before "and other"
			// are among the allies.
			if n := mentionEnding(ms, p); n >= 0 && !ms[n].Possessive {
				return withRule(appendPairs(out, coordLeft(ms, toks, n), mods, rel, toks[i], 0.8, false, schema.Asserted, nil), "relational-noun")
			}
		}
		bare := p >= 1 && toks[p].key == "," && strings.HasSuffix(toks[i].key, "s") && i+1 < len(toks) && toks[i+1].key == ","
		if bare {
			p++ // "Japan and Australia, close U.S. allies,": a plural with no article
		}
		if p >= 1 && (bare || toks[p].key == "a" || toks[p].key == "an" || toks[p].key == "both" || toks[p].key == "all" || beForms[toks[p-1].key] && strings.HasSuffix(toks[i].key, "s")) && (beForms[toks[p-1].key] || toks[p-1].key == "," || toks[p-1].key == "-" || toks[p-1].key == "(") {
			var subj []Mention
			if n := mentionEnding(ms, p-1); n >= 0 && (bare || toks[p].key == "both" || toks[p].key == "all") && toks[p-1].key == "," {
				subj = coordLeft(ms, toks, n) // "Japan and Australia, both close U.S. allies,"
			} else if n >= 0 && (toks[p-1].key == "," || toks[p-1].key == "-" || toks[p-1].key == "(") {
				subj = []Mention{ms[n]}
			} else if n >= 0 {
				subj = coordLeft(ms, toks, n)
			}
			if len(subj) == 1 && subj[0].End-subj[0].Start == 1 && namesakeCountries[toks[subj[0].Start].key] && allPeople(mods) {
				return nil // "Jordan, a fierce Trump ally": a person's ally named Jordan, not the country
			}
			if allPeople(subj) && allPeople(mods) && !(subj[0].Actors[0].Country != "" && mods[0].Actors[0].Country != "" && !sameCountry(subj, mods)) {
				return nil // "Grassley, a usual Trump ally": a party's politics, unless known foreign
			}
			return withRule(appendPairs(out, subj, mods, rel, toks[i], 0.8, false, schema.Asserted, nil), "relational-noun")
		}
	}
	if len(poss) == 0 && len(mods) == 0 && rel == schema.AlliedWith && toks[i].key == "allies" && (i+1 == len(toks) || toks[i+1].key != "of") {
		// "Syria and Russia, longtime allies,": the pair before the comma
		// are each other's allies.
		p := i - 1
		for p >= 0 && (toks[p].tagged("JJ") || toks[p].tagged("RB") || toks[p].key == "close" || toks[p].key == "old") {
			p--
		}
		if n := mentionEnding(ms, p); p >= 1 && toks[p].key == "," && n >= 0 && !ms[n].Possessive {
			pair := coordLeft(ms, toks, n)
			if q := ms[n].Start - 1; len(pair) < 2 && q >= 1 && toks[q].key == "and" {
				if m := mentionEnding(ms, q); m >= 0 {
					pair = []Mention{ms[m], ms[n]} // "by Syria and Russia, longtime allies"
				}
			}
			if len(pair) >= 2 {
				return withRule(appendPairs(out, pair[:1], pair[1:], rel, toks[i], 0.8, false, schema.Asserted, nil), "relational-noun")
			}
		}
	}
	if len(poss) == 0 {
		return nil
	}
	subj := mods
	if n := mentionStarting(ms, i+1); n >= 0 && len(mods) == 1 && !ms[n].Possessive && !allPeople(ms[n:n+1]) {
		if _, kind, _ := x.lookup(toks, mods[0].Start, st.date); kind == surfDemonym {
			subj = ms[n : n+1] // "its Lebanese ally Hezbollah": the one named; the demonym says where it is from
		}
	}
	if p := poss[0].Start - 1; len(subj) == 0 && i > 0 && toks[i-1].key == "other" && p >= 1 && (toks[p].key == "and" || toks[p].key == "or") {
		// "the United States or Israel's other allies": the conjunct is one.
		if n := mentionEnding(ms, p); n >= 0 && !ms[n].Possessive {
			subj = coordLeft(ms, toks, n)
		}
	}
	if len(subj) == 0 {
		// "X is Y's ally" or "Y's ally X".
		p := poss[0].Start - 1
		if q := p; q >= 1 {
			if toks[q].key == "the" {
				q--
			}
			if q >= 1 && toks[q].key == "as" && regardForms[toks[q-1].key] {
				// "Orban, widely seen as the Kremlin's closest ally,",
				// "Russia is widely seen as Mr. Assad's top backer".
				for q -= 2; q >= 0 && toks[q].tagged("RB"); q-- {
				}
				if n := mentionEnding(ms, q); q >= 1 && toks[q].key == "," && n >= 0 && !ms[n].Possessive {
					subj = []Mention{ms[n]}
				} else if q >= 1 && beForms[toks[q].key] {
					p = q // the copula before "seen as", read below as "Russia is Assad's backer"
				}
			}
		}
		pc := p // the comma before an apposition, past its article: "Russia, the Syrian government's main ally,"
		if pc >= 1 && toks[pc].key == "the" {
			pc--
		}
		if strings.HasSuffix(toks[i].key, "s") && pc >= 2 && toks[pc].key == "of" && toks[pc-1].key == "one" {
			pc -= 2 // "Nasrallah, one of Iran's closest allies,": one among them
		}
		if len(subj) > 0 {
			// found above
		} else if p >= 1 && beForms[toks[p].key] {
			q := p // "Russia has long been Assad's backer": past the auxiliaries and adverbs
			for q >= 1 && (toks[q-1].key == "has" || toks[q-1].key == "have" || toks[q-1].key == "had" || toks[q-1].key == "will" || toks[q-1].key == "would" || toks[q-1].tagged("RB")) {
				q--
			}
			if n := mentionEnding(ms, q); n >= 0 {
				subj = coordLeft(ms, toks, n)
			}
		} else if n := mentionEnding(ms, pc); pc >= 1 && toks[pc].key == "," && n >= 0 && ms[n].Prep == "" && !ms[n].Possessive {
			subj = []Mention{ms[n]} // "China, North Korea's longtime ally,": the apposition's head
			if strings.HasSuffix(toks[i].key, "s") {
				subj = coordLeft(ms, toks, n) // "Israel and Saudi Arabia, Washington's closest allies,": both
			}
		} else if n := mentionStarting(ms, i+1); n >= 0 {
			subj = []Mention{ms[n]}
		} else if n := mentionStarting(ms, i+2); n >= 0 && toks[i+1].key == "in" && (toks[poss[0].End].key == "and") {
			subj = []Mention{ms[n]} // "Assad and his allies in Moscow"
		} else if n := mentionStarting(ms, i+2); n >= 0 && i+1 < len(toks) && toks[i+1].key == "," && (strings.HasSuffix(toks[i].key, "s") || ms[n].End == len(toks) || toks[ms[n].End].key == "," || toks[ms[n].End].key == ".") {
			// "Syria's two main backers, Russia and Iran,"; "Washington's
			// closest ally, Japan,", the name set off on both sides.
			subj = coordRight(ms, toks, n)
			if allPeople(subj) && allPeople(poss) && !(subj[0].Actors[0].Country != "" && poss[0].Actors[0].Country != "" && !sameCountry(subj, poss)) {
				return nil // "Cameron's closest allies, Justice Secretary Michael Gove": a party's politics
			}
		} else if k := dashedAfter(toks, i); k > 0 && !allPeople(poss) {
			// "America's allies -- Britain, France and Germany --": the
			// names a dash sets off.
			if n := mentionStarting(ms, k); n >= 0 && !allPeople(ms[n:n+1]) {
				subj = coordRight(ms, toks, n)
			}
		}
	}
	return withRule(appendPairs(out, subj, poss, rel, toks[i], 0.8, false, schema.Asserted, nil), "relational-noun")
}

// dashedAfter returns where the words a dash sets off after token i start
// (past "the"), or -1 with no dash there. The tokenizer may split "--".
func dashedAfter(toks []token, i int) int {
	k := i + 1
	for k < len(toks) && dashes[toks[k].key] {
		k++
	}
	if k == i+1 || k >= len(toks) {
		return -1
	}
	if toks[k].key == "the" {
		k++
	}
	return k
}

// countryName reports whether text is the name or an alias of entity id.
func (x *Extractor) countryName(id, text string) bool {
	e, ok := x.gaz.Entity(id)
	return ok && (strings.EqualFold(e.Name, text) || slices.ContainsFunc(e.Aliases, func(a string) bool { return strings.EqualFold(a, text) }))
}

// fromTrigger builds the triples of one trigger word.
func (x *Extractor) fromTrigger(toks []token, ms []Mention, i int, tr schema.Trigger, st *state) []relation {
	t := toks[i]
	if tr.Particle != "" && !followedBy(toks, i, tr.Particle, 3) {
		return nil
	}
	rel := tr.Relation
	trigger := t
	confidence := 0.85
	if tr.POS == schema.Noun {
		confidence = 0.75
	}
	// "refused to meet X" → REJECTED.
	if tr.POS == schema.Verb && i >= 2 && toks[i-1].key == "to" && refusals[toks[i-2].key] {
		rel, trigger = schema.Rejected, toks[i-2]
	}
	passive := tr.POS == schema.Verb && (strings.HasSuffix(t.key, "ed") || t.tag == "VBN" || t.key == "met" || t.key == "struck" || t.key == "hit") &&
		followedBy(toks, i, "by", 1) && (i > 0 && (beForms[toks[i-1].key] || toks[i-1].key == "," || mentionEnding(ms, i) >= 0 || toks[i-1].tagged("NN")))

	var subj, obj []Mention
	if passive {
		by := i + 2
		if by < len(toks) && toks[by].key == "the" {
			by++
		}
		if n := mentionStarting(ms, by); n >= 0 {
			subj = coordRight(ms, toks, n)
		}
		// A reduced relative ("the YPG militia, backed by …") attaches to
		// the phrase right before it, whatever governs that phrase.
		p := i
		if p > 0 && toks[p-1].key == "," {
			p--
		}
		if n := mentionEnding(ms, p); n >= 0 {
			obj = coordLeft(ms, toks, n)
		} else {
			obj = x.leftSubject(toks, ms, i)
		}
	} else {
		obj = x.rightObjects(toks, ms, i, tr)
		if tr.POS == schema.Noun {
			subj = nounSubject(toks, ms, i)
			if len(subj) == 0 {
				// "between X and Y": both ends after the noun.
				if followedBy(toks, i, "between", 2) && len(obj) >= 2 {
					subj, obj = obj[:1], obj[1:]
					if rel == schema.Attacked {
						out := appendPairs(nil, subj, obj, rel, trigger, confidence, false, schema.Asserted, nil)
						return append(out, appendPairs(nil, obj, subj, rel, trigger, confidence, false, schema.Asserted, nil)...)
					}
				} else if n := byAgent(toks, ms, i); len(n) > 0 {
					subj = n
					if len(obj) == 0 && reactionBefore(toks, i) && len(ms) > 0 && ms[0].Prep == "" && ms[0].Start <= 3 {
						obj = []Mention{ms[0]} // "Iran …, drawing threats from Washington"
					}
				} else if lightVerbBefore(toks, i) || rel.Symmetric() && attendedBy(toks, ms, i) >= 0 {
					subj = x.leftSubject(toks, ms, i)
				}
			} else if rel == schema.Visited && len(obj) == 0 {
				// "a Moscow visit by U.S. officials": the modifier is the destination.
				if agent := byAgent(toks, ms, i); len(agent) > 0 {
					subj, obj = agent, subj
				}
			}
		} else {
			subj = x.leftSubject(toks, ms, i)
			if len(subj) == 0 && t.tag == "VBG" {
				subj = participleSubject(toks, ms, i, obj)
			}
			if i > 0 && toks[i-1].key == "and" && (t.tag == "VBZ" || t.tag == "VBD") {
				// "X labels Y … and accuses Z": the first verb's subject.
				if len(ms) > 0 && ms[0].Prep == "" && !ms[0].Possessive && ms[0].Start <= 3 && ms[0].End <= i {
					subj = coordRight(ms, toks, 0)
				}
			}
		}
	}
	if len(subj) == 0 {
		return nil
	}
	if len(obj) == 0 && !passive {
		obj = relativeAntecedent(toks, ms, subj[0].Start)
	}
	if len(obj) == 0 && tr.POS == schema.Noun && rel.Symmetric() {
		// "the meeting, which will be attended by X, Y and Z".
		if n := attendedBy(toks, ms, i); n >= 0 {
			obj = coordRight(ms, toks, n)
			if followedBy(toks, i, "will", 4) {
				mod := schema.Future
				return appendPairs(nil, subj, obj, rel, trigger, confidence-0.05, false, mod, nil)
			}
		}
	}
	neg := negated(toks, i, subj[len(subj)-1].End)
	mod := modality(toks, i, subj[len(subj)-1].End)
	rep := reporter(toks, ms, i, subj, obj)
	if threatOf(toks, i) && len(obj) > 0 && rel != schema.Threatened {
		// "threats of further US strikes against the regime": a threat, and
		// an attack that may come.
		out := appendPairs(nil, subj, obj, schema.Threatened, trigger, confidence, neg, schema.Asserted, rep)
		return append(out, appendPairs(nil, subj, obj, rel, trigger, confidence-0.1, neg, schema.Hypothetical, rep)...)
	}
	if len(obj) == 0 {
		// "X and Y met": a symmetric relation between coordinated subjects.
		if rel.Symmetric() && len(subj) >= 2 {
			var out []relation
			for a := 0; a < len(subj); a++ {
				out = appendPairs(out, subj[a:a+1], subj[a+1:], rel, trigger, confidence-0.05, neg, mod, rep)
			}
			return out
		}
		if len(subj) == 1 && len(subj[0].Actors) == 2 && rel.Symmetric() { // "the two countries met"
			a := subj[0]
			return []relation{{subj: a.Actors[0], obj: a.Actors[1], rel: rel, negated: neg, modality: mod, reporter: rep, trigger: trigger, confidence: confidence - 0.1}}
		}
		return nil
	}
	return appendPairs(nil, subj, obj, rel, trigger, confidence, neg, mod, rep)
}

func followedBy(toks []token, i int, word string, within int) bool {
	for j := i + 1; j < len(toks) && j <= i+within; j++ {
		if toks[j].key == word {
			return true
		}
	}
	return false
}

// leftSubject finds the subject of the verb at i: the nearest actor to its
// left that no preposition governs and no verb takes as its object, or the
// antecedent of a relative pronoun, with the actors coordinated with it.
func (x *Extractor) leftSubject(toks []token, ms []Mention, i int) []Mention {
	for j := i - 1; j >= 0 && j >= i-25; j-- {
		w := toks[j].key
		if w == ";" || speechVerbs[w] && j < i-1 {
			return nil
		}
		if w == "who" || w == "which" || w == "whom" || w == "that" && toks[j].tag == "WDT" {
			// The antecedent: the mention before the pronoun (and a comma),
			// or the one modifying the noun before it ("a UN resolution that"),
			// also before a part of it ("other members, one of whom calls").
			p := j
			if p > 1 && toks[p-1].key == "of" && (w == "whom" || w == "which") {
				p -= 2
			}
			if p > 0 && toks[p-1].key == "," {
				p--
			}
			if n := mentionEnding(ms, p); n >= 0 {
				return coordLeft(ms, toks, n)
			}
			if p > 0 && toks[p-1].tagged("NN") {
				if n := mentionEnding(ms, p-1); n >= 0 {
					return []Mention{ms[n]}
				}
				return nil // a relative clause on a noun that is no actor
			}
			if w == "that" {
				continue
			}
			return nil
		}
		n := mentionEnding(ms, j+1)
		if n < 0 {
			continue
		}
		m := ms[n]
		j = m.Start
		if m.Place || m.Suffix == "held" || m.Suffix == "controlled" || m.Suffix == "based" || m.Suffix == "brokered" {
			continue
		}
		if m.Prep != "" {
			continue
		}
		if p := appositionHead(ms, toks, n); p >= 0 {
			return coordLeft(ms, toks, p)
		}
		if m.Suffix != "" && m.Suffix != "led" {
			continue
		}
		if m.Possessive && !possessiveAgent(toks, m.End+1) {
			continue
		}
		gerundOf := toks[i].tag == "VBG" && i > 0 && (toks[i-1].key == "of" || toks[i-1].key == "for") && m.End == i-1
		if v := verbBefore(toks, m.Start); v >= 0 && !beForms[toks[v].key] && !speechVerbs[toks[v].key] && !gerundOf {
			continue // the object of another verb, unless "accuse X of working with Y"
		}
		return coordLeft(ms, toks, n)
	}
	return nil
}

// possessiveAgent reports whether the words after "X's" name an agent of X
// ("Russia's UN envoy", "Assad's government").
func possessiveAgent(toks []token, j int) bool {
	for k := j; k < len(toks) && k <= j+2; k++ {
		if govNouns[toks[k].key] || titleWords[toks[k].key] || toks[k].key == "representative" {
			return true
		}
	}
	return false
}

// rightObjects finds the objects of the trigger at i: the first actor to the
// right introduced by one of its prepositions, within the clause.
func (x *Extractor) rightObjects(toks []token, ms []Mention, i int, tr schema.Trigger) []Mention {
	direct := false
	for _, p := range tr.Preps {
		if p == "" {
			direct = true
		}
	}
	sawPrep := false
	for j := i + 1; j < len(toks) && j <= i+10; j++ {
		w := toks[j].key
		for _, p := range tr.Preps {
			if p != "" && p == w {
				sawPrep = true
			}
		}
		if clauseStops[w] || w == "." || speechVerbs[w] || w == "," && mentionStarting(ms, j+1) < 0 {
			return nil
		}
		if j > i+1 && tr.POS == schema.Verb && (toks[j].tag == "VBD" || toks[j].tag == "VBZ" || toks[j].tag == "VBP") {
			return nil
		}
		n := mentionStarting(ms, j)
		if n < 0 {
			continue
		}
		m := ms[n]
		if _, mod := compoundRel[m.Suffix]; mod || m.Suffix == "based" || m.Suffix == "brokered" {
			j = m.End - 1 // "Washington-backed Kurdish militias": the head follows
			continue
		}
		ok := false
		switch {
		case sawPrep && (m.Prep == "" || m.Prep == "of" || m.Prep == "the"):
			ok = true
		case m.Place:
			ok = tr.Relation == schema.Visited && (m.Prep == "" && direct || m.Prep == "to" || m.Prep == "in" || m.Prep == tr.Preps[0])
		case m.Prep == "" || m.Prep == "the":
			ok = direct
		default:
			for _, p := range tr.Preps {
				ok = ok || p == m.Prep
			}
			ok = ok || direct && m.Prep == "of" && j > i+2 // "vetoed a draft of the UN"
		}
		if tr.Relation == schema.Visited && m.Actors[0].Kind == schema.Country && (m.Prep == "to" || m.Prep == "in" || m.Prep == "" && direct) {
			ok = true // "arrived in Moscow", "visited China"; not "left Beijing"
		}
		if !ok {
			if m.Prep == "" && !m.Possessive {
				return nil // an actor the trigger does not take ends the search
			}
			j = m.End - 1
			continue
		}
		if m.Possessive && !documentAfter(toks, m.End+1) && tr.Relation != schema.Attacked {
			// "criticized Russia's role": the possessor is the target
		}
		return coordRight(ms, toks, n)
	}
	return nil
}

// documentAfter reports whether a resolution or draft follows ("a UN resolution").
func documentAfter(toks []token, j int) bool {
	for k := j; k < len(toks) && k <= j+2; k++ {
		switch toks[k].key {
		case "resolution", "resolutions", "draft", "proposal", "statement", "motion", "text":
			return true
		}
	}
	return false
}

// nounSubject finds who does what a noun trigger names: its possessor
// ("Obama's visit") or an actor modifying it ("US strikes", "Houthi attacks").
func nounSubject(toks []token, ms []Mention, i int) []Mention {
	j := i - 1
	for j >= 0 && (toks[j].tagged("JJ") || toks[j].key == "air" || toks[j].key == "missile" || toks[j].key == "military" || toks[j].key == "-") && !inMention(ms, j) {
		j--
	}
	if j >= 0 && toks[j].key == "'s" {
		j--
	}
	if j >= 0 && (toks[j].key == "its" || toks[j].key == "their") {
		// "its continued support for …": the last country or body before.
		for p := len(ms) - 1; p >= 0; p-- {
			if ms[p].End <= j && len(ms[p].Actors) == 1 && ms[p].Actors[0].Kind != schema.Person && !ms[p].Place {
				return []Mention{ms[p]}
			}
		}
		return nil
	}
	if n := mentionEnding(ms, j+1); n >= 0 && !ms[n].Place {
		return coordLeft(ms, toks, n)
	}
	return nil
}

// reactionBefore reports a participle of reaction before a noun trigger:
// "drawing threats from", "prompting condemnation from".
func reactionBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch toks[j].key {
		case "drawing", "drew", "draws", "prompting", "prompted", "sparking", "sparked", "triggering", "triggered",
			"provoking", "provoked", "earning", "earned", "attracting", "attracted", "facing", "faced":
			return true
		}
	}
	return false
}

// threatOf reports "threat(s) of" right before the noun at i, over
// adjectives and actors ("threats of further US strikes").
func threatOf(toks []token, i int) bool {
	if toks[i].tagged("VB") {
		return false
	}
	for j := i - 1; j >= 1 && j >= i-4; j-- {
		if toks[j].key == "of" {
			return toks[j-1].key == "threat" || toks[j-1].key == "threats"
		}
		if !toks[j].tagged("JJ") && !toks[j].tagged("NNP") && !toks[j].cap() {
			return false
		}
	}
	return false
}

// byAgent finds "strikes by Russia" or "threats from Washington".
func byAgent(toks []token, ms []Mention, i int) []Mention {
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		if toks[j].key == "by" || toks[j].key == "from" {
			if n := mentionStarting(ms, j+1); n >= 0 {
				return coordRight(ms, toks, n)
			}
			if n := mentionStarting(ms, j+2); n >= 0 && toks[j+1].key == "the" {
				return coordRight(ms, toks, n)
			}
			return nil
		}
	}
	return nil
}

// negated looks for a negation between the subject and the trigger.
func negated(toks []token, i, from int) bool {
	for j := max(from, i-4); j < i; j++ {
		if negations[toks[j].key] || toks[j].key == "denied" || toks[j].key == "denies" {
			return true
		}
	}
	return false
}

// modality reads the auxiliaries and plan words between the subject and the trigger.
func modality(toks []token, i, from int) schema.Modality {
	mod := schema.Asserted
	if i >= 1 && toks[i-1].key == "to" && from == i-1 {
		return schema.Future // a headline's "Shultz to visit Moscow"
	}
	for j := max(from, i-6); j < i; j++ {
		w := toks[j].key
		switch {
		case hypoWords[w] || hypoVerbs[w] && j < i-1:
			return schema.Hypothetical
		case futureWords[w] || planWords[w]:
			mod = schema.Future
		}
	}
	return mod
}

// reporter finds who reports the relation: "X said (that) …", "…, X said",
// "according to X".
func reporter(toks []token, ms []Mention, i int, subj, obj []Mention) *schema.Actor {
	isEnd := func(n int) bool {
		for _, m := range append(append([]Mention{}, subj...), obj...) {
			if m.Start == ms[n].Start {
				return true
			}
		}
		return false
	}
	for j, t := range toks {
		if !speechVerbs[t.key] && !(t.key == "according" && j+1 < len(toks) && toks[j+1].key == "to") {
			continue
		}
		var n int = -1
		switch {
		case t.key == "according":
			n = mentionStarting(ms, j+2)
		case j < i:
			n = mentionEnding(ms, j)
		default:
			n = mentionEnding(ms, j)
			if n < 0 && j+1 < len(toks) {
				n = mentionStarting(ms, j+1) // "…, said Lavrov"
			}
		}
		if n >= 0 && !isEnd(n) && len(ms[n].Actors) == 1 {
			a := ms[n].Actors[0]
			for _, m := range append(append([]Mention{}, subj...), obj...) {
				if m.Actors[0].ID == a.ID {
					return nil // "the Kremlin said; Moscow threatened": no one else reports it
				}
			}
			return &a
		}
	}
	return nil
}

// appendPairs adds one relation for each subject and object actor.
func appendPairs(out []relation, subj, obj []Mention, rel schema.Relation, trigger token, conf float64, neg bool, mod schema.Modality, rep *schema.Actor) []relation {
	for _, s := range subj {
		for _, o := range obj {
			for _, sa := range s.Actors {
				if len(o.Actors) == 2 && o.Actors[0].Text == o.Actors[1].Text && o.Start != s.Start && !rel.Symmetric() &&
					slices.ContainsFunc(o.Actors, func(oa schema.Actor) bool { return oa.ID == sa.ID || ownCountry(sa, oa) }) {
					// "The United States urged both sides to honor the
					// truce", both sides read as the US and Egypt: a pair
					// with the subject in it is the wrong pair.
					continue
				}
				for _, oa := range o.Actors {
					if sa.ID == oa.ID || rel != schema.Represents && (ownCountry(sa, oa) || ownCountry(oa, sa)) {
						continue // one's own country is no other party, but is whom one represents
					}
					c := conf
					if !sa.Known || !oa.Known {
						c -= 0.1
					}
					out = append(out, relation{subj: sa, obj: oa, rel: rel, negated: neg, modality: mod, reporter: rep, trigger: trigger, confidence: c})
				}
			}
		}
	}
	return out
}

// withRule names the rule of the relations that have none yet.
func withRule(rs []relation, rule string) []relation {
	for i := range rs {
		if rs[i].rule == "" {
			rs[i].rule = rule
		}
	}
	return rs
}

// dedupe keeps the first of relations with the same ends and type (and, for
// a symmetric type, either direction).
func dedupe(rs []relation) []relation {
	seen := map[[3]string]bool{}
	out := rs[:0]
	for _, r := range rs {
		k := [3]string{r.subj.ID, string(r.rel), r.obj.ID}
		rk := [3]string{r.obj.ID, string(r.rel), r.subj.ID}
		if seen[k] || r.rel.Symmetric() && seen[rk] {
			continue
		}
		seen[k] = true
		out = append(out, r)
	}
	return out
}

// lightVerbs take a trigger noun as their object ("held talks", "imposed
// sanctions"), so the verb's subject is the noun's.
var lightVerbs = map[string]bool{
	"hold": true, "held": true, "holds": true, "holding": true, "sign": true, "signed": true, "signs": true,
	"launch": true, "launched": true, "launches": true, "impose": true, "imposed": true, "imposes": true,
	"make": true, "made": true, "makes": true, "announce": true, "announced": true, "reach": true, "reached": true,
	"begin": true, "began": true, "conduct": true, "conducted": true, "carry": true, "carried": true,
	"stepped": true, "step": true, "pay": true, "paid": true, "start": true, "started": true, "give": true,
	"gave": true, "offer": true, "offered": true, "provide": true, "provided": true, "renewed": true,
	"expressed": true, "voiced": true, "continued": true, "joined": true,
	"wage": true, "waged": true, "waging": true, "declared": true, "extend": true, "extended": true,
}

func lightVerbBefore(toks []token, i int) bool {
	if i > 0 && (toks[i-1].key == "in" || toks[i-1].key == "for") {
		return true // "in support of", "for talks with"
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if toks[j].key == "during" || toks[j].key == "after" || toks[j].key == "at" {
			return true // "during talks in Bonn"
		}
		if toks[j].key != "the" && !toks[j].tagged("JJ") {
			break
		}
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if lightVerbs[toks[j].key] {
			return true
		}
		if toks[j].key == "," || toks[j].key == "." || toks[j].tagged("VB") {
			return false
		}
	}
	return false
}

// relativeAntecedent returns the object of an object relative clause: in
// "the rebels that Moscow is helping to defeat", the rebels.
func relativeAntecedent(toks []token, ms []Mention, subjStart int) []Mention {
	p := subjStart - 1
	if p >= 1 && toks[p].key == "the" {
		p--
	}
	if p < 1 || toks[p].key != "that" && toks[p].key != "which" && toks[p].key != "whom" {
		return nil
	}
	if n := mentionEnding(ms, p); n >= 0 {
		return []Mention{ms[n]}
	}
	return nil
}

// appositionHead returns the person whose apposition contains mention n
// ("Salim al-Muslat, a spokesman for the HNC, accused …" → the person), or -1.
func appositionHead(ms []Mention, toks []token, n int) int {
	for p := n - 1; p >= 0; p-- {
		if ms[p].Actors[0].Kind != schema.Person || ms[p].End >= len(toks) || toks[ms[p].End].key != "," {
			continue
		}
		if apposition(ms, toks, p) == nil {
			continue
		}
		for j := ms[p].End + 1; j < ms[n].Start; j++ {
			if toks[j].key == "," {
				return -1
			}
		}
		return p
	}
	return -1
}

// attendedBy finds "<noun>, which (will be|was) attended by X": the index of X's mention, or -1.
func attendedBy(toks []token, ms []Mention, i int) int {
	for j := i + 1; j < len(toks) && j <= i+6; j++ {
		if toks[j].key == "attended" && j+1 < len(toks) && toks[j+1].key == "by" {
			for k := j + 2; k < len(toks) && k <= j+3; k++ {
				if n := mentionStarting(ms, k); n >= 0 {
					return n
				}
			}
			return -1
		}
	}
	return -1
}

// participleSubject finds the subject of an opening participial phrase,
// which comes after it: "After meeting the Syrian and Iranian ministers, he
// said …" → he.
func participleSubject(toks []token, ms []Mention, i int, obj []Mention) []Mention {
	opener := false
	for j := i - 1; j >= 0; j-- {
		switch toks[j].key {
		case "after", "before", "while", "since", "upon", "when":
			opener = true
		}
		if toks[j].tagged("VBD") || toks[j].tagged("VBZ") || toks[j].key == ";" {
			return nil // a finite verb before: not an opening phrase
		}
	}
	if !opener && i > 0 {
		return nil
	}
	from := i + 1
	if len(obj) > 0 {
		from = obj[len(obj)-1].End
	}
	for j := from; j < len(toks) && j <= from+4; j++ {
		if n := mentionStarting(ms, j); n >= 0 && ms[n].Prep == "" && !ms[n].Possessive &&
			n < len(ms) && ms[n].End < len(toks) && toks[ms[n].End].tagged("VB") {
			return []Mention{ms[n]}
		}
	}
	return nil
}

// verbBefore returns the index of a verb right before token i, over
// determiners and adjectives ("backs the rebels"), or -1.
func verbBefore(toks []token, i int) int {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch {
		case toks[j].tagged("VB"):
			return j
		case toks[j].key == "the" || toks[j].key == "a" || toks[j].key == "an" || toks[j].tagged("JJ"):
			continue
		}
		return -1
	}
	return -1
}

// ownCountry reports whether a is a person and b the country they hold
// office in: a relation between them is domestic ("Reagan warned the U.S.
// Congress"), which the graph does not hold.
func ownCountry(a, b schema.Actor) bool {
	return a.Kind == schema.Person && b.Kind == schema.Country && a.Country == b.ID
}

// describeVerbs describe their object with what follows it.
var describeVerbs = map[string]bool{
	"called": true, "calls": true, "calling": true, "described": true, "describes": true, "describing": true,
	"labeled": true, "labelled": true, "labels": true, "labeling": true, "labelling": true, "branded": true,
	"brands": true, "branding": true, "dubbed": true, "denounced": false, "dismissed": true, "dismisses": true,
	"dismissing": true,
}

// regardVerbs take their object for what follows it: "Turkey considers the
// YPG a terrorist group", "regards Hezbollah as a terrorist organisation".
var regardVerbs = map[string]bool{"considers": true, "considered": true, "regards": true, "regarded": true, "views": true, "viewed": true}

// utterances are what a speaker said; describing them describes the speaker.
var utterances = map[string]bool{
	"remarks": true, "comments": true, "statement": true, "statements": true, "words": true, "claims": true,
	"remark": true, "comment": true,
}

// negativeWords are descriptors that criticize whom they describe.
var negativeWords = map[string]bool{
	"isolated": true, "terrorist": true, "terrorists": true, "terrorism": true, "rogue": true, "aggressor": true, "aggressive": true,
	"threat": true, "dangerous": true, "provocative": true, "destabilizing": true, "destabilising": true,
	"irresponsible": true, "illegitimate": true, "hostile": true, "unacceptable": true, "outrageous": true,
	"unforgivable": true, "inexcusable": true,
	"reckless": true, "evil": true, "criminal": true, "criminals": true, "dictator": true, "murderer": true,
	"murderers": true, "butcher": true, "liar": true, "liars": true, "pariah": true, "enemy": true,
	"enemies": true, "menace": true, "bully": true, "thugs": true, "illegal": true, "barbaric": true,
	"thug": true, "killer": true, "killers": true, "gang": true, "cowardly": true, "coward": true, "cowards": true,
	"tyrant": true, "despot": true, "autocrat": true, "crook": true, "crooks": true, "corrupt": true,
	"disgrace": true, "disgraceful": true, "hypocrite": true, "hypocritical": true, "racist": true, "fascist": true,
	"traitor": true, "puppet": true, "monster": true, "savages": true, "barbarians": true, "brutal": true,
	"lunatic": true, "madman": true, "animal": true, "animals": true, "psychopath": true, "gangster": true, "gangsters": true, "clown": true, "dotard": true, "shithole": true, "disaster": true, "failure": true, "incompetent": true,
	"catastrophe": true, "catastrophic": true, "unjust": true, "cruel": true, "inhumane": true, "satan": true,
	"untrustworthy": true, "unreliable": true,
	"terror": true, "occupier": true, "occupiers": true, "invader": true,
	"invaders": true, "oppressor": true, "apartheid": true,
	"stupid": true, "idiotic": true, "absurd": true, "ridiculous": true, "foolish": true, "ignorant": true,
	// Judgments of character or conduct among the strongly negative words
	// of the VADER sentiment lexicon (Hutto & Gilbert 2014); its feelings
	// ("angry", "upset"), misfortunes ("victim", "poor") and events
	// ("war", "crisis") are left out: they describe no fault.
	"arrogant": true, "awful": true, "bad": true, "bloody": true, "cynical": true, "damaging": true,
	"destructive": true, "disastrous": true, "disgusting": true, "dishonest": true, "disturbing": true,
	"dubious": true, "dumb": true, "embarrassing": true, "fake": true, "horrendous": true, "horrible": true,
	"horrific": true, "insane": true, "insulting": true, "lousy": true, "misleading": true, "mistaken": true,
	"murderous": true, "nasty": true, "oppressive": true, "pathetic": true, "regrettable": true, "rotten": true,
	"rude": true, "shameful": true, "shocking": true, "terrible": true, "totalitarian": true, "troubling": true,
	"ugly": true, "unfair": true, "unfriendly": true, "unprofessional": true, "unstable": true, "useless": true,
	"vicious": true, "violent": true, "worse": true, "worst": true, "worthless": true, "wrong": true,
	"flawed": true, "sinister": true, "deceitful": true, "duplicitous": true, "treacherous": true,
	"belligerent": true, "bellicose": true, "repressive": true, "authoritarian": true, "despotic": true,
	"barbarous": true, "heinous": true, "atrocious": true, "abhorrent": true, "appalling": true,
	"deplorable": true, "despicable": true, "egregious": true, "reprehensible": true, "unconscionable": true,
	"unjustified": true, "unlawful": true, "abuser": true, "abusers": true,
	"farce": true, "fraud": true, "foe": true, "foes": true, "lunatics": true, "maniac": true, "mess": true,
	"scam": true, "thief": true, "thieves": true, "warmonger": true, "warmongers": true, "zealot": true,
	"zealots": true, "loser": true, "losers": true, "joke": true, "travesty": true,
	"aggressors": true, "dictators": true, "tyrants": true, "bullies": true, "hypocrites": true, "traitors": true,
	"biased": true, "one-sided": true, "partisan": true,
	// Names for an actor's conduct: "called the US move a gross interference".
	"interference": true, "bullying": true, "provocation": true, "provocations": true, "affront": true, "insult": true,
	"blackmail": true, "hypocrisy": true, "lie": true, "lies": true,
	"hysteria": true, "ploy": true, "stunt": true, "propaganda": true, "piracy": true, "protectionism": true,
	"betrayal": true, "scandal": true, "coercion": true, "intimidation": true, "hegemony": true, "imperialism": true,
	// Words of a state's conduct in diplomatic protests: "called the act
	// excessive", "openly Russophobic", "more sabre-rattling".
	"excessive": true, "unprovoked": true, "hysterical": true, "russophobic": true, "sabre-rattling": true,
	"saber-rattling": true, "scandalous": true, "genocidal": true, "short-sighted": true, "shortsighted": true,
	"protectionist": true, "colonialist": true, "deranged": true, "separatist": true, "hegemonic": true,
	"imperialist": true, "coercive": true, "blatant": true,
	// A body or pact judged past its use: "called the UN obsolete".
	"obsolete": true, "irrelevant": true, "outdated": true, "counterproductive": true, "unhelpful": true,
}

// mutualNoun reports whether w names an event of two parties ("the Iran
// pact"): describing it is not describing one of them.
func (x *Extractor) mutualNoun(w string) bool {
	return slices.ContainsFunc(x.lex.Lookup(lemma.Of(w, "NNS"), schema.Noun), func(e schema.LexiconEntry) bool { return e.Relation.Symmetric() })
}

// negativeDescription finds "X called Y (as) (a|an|the)? [quote]? NEGATIVE":
// X criticized Y.
func (x *Extractor) negativeDescription(toks []token, ms []Mention, i int) []relation {
	n, k := mentionStarting(ms, i+1), i+1
	if n < 0 && k < len(toks) && toks[k].key == "the" {
		k++
	}
	if n < 0 && k+1 < len(toks) && utterances[toks[k].key] && (toks[k+1].key == "by" || toks[k+1].key == "of" || toks[k+1].key == "from") {
		k += 2 // "dismissed remarks by Pence as stupid": the speaker is described
	}
	if n < 0 {
		n = mentionStarting(ms, k)
	}
	if n < 0 {
		return nil
	}
	obj := coordRight(ms, toks, n)
	j := obj[len(obj)-1].End
	if j+1 < len(toks) && (toks[j].key == "'s" || toks[j].key == "'") {
		j++ // "called Russia's decision provocative": the actor's act
	}
	if regardVerbs[toks[i].key] && j < len(toks) && !toks[j].tagged("DT") && !toks[j].tagged("JJ") && toks[j].key != "as" {
		return nil // "views the Russia conversation as a threat": a thing regarded, no actor
	}
	if last := obj[len(obj)-1]; j == last.End && j < len(toks) && (topicCompoundNouns[toks[j].key] || topicCompoundNouns[strings.TrimSuffix(toks[j].key, "s")]) && last.Actors[0].Kind == schema.Country && toks[last.Start].cap() && !strings.Contains(toks[last.Start].text, ".") {
		return nil // "dismissed the Russia investigation as fake news": the country is the probe's topic
	}
	if j < len(toks) && (targetNouns[toks[j].key] || targetNouns[strings.TrimSuffix(toks[j].key, "s")] || utterances[toks[j].key] || x.nounForms[toks[j].key] && !toks[j].cap() && !x.mutualNoun(toks[j].key)) {
		j++ // "called the U.S. move a gross interference", "the US strike an act of terrorism": the actor's act
	}
	for k, end := j, j+5; k < len(toks) && k <= end; k++ {
		if dashes[toks[k].key] {
			// "dismissed remarks by Pence - who had said … - as stupid":
			// past a parenthesis set off by dashes.
			for q := k + 1; q < len(toks) && q <= k+20; q++ {
				if dashes[toks[q].key] {
					end += q - k + 1
					k = q
					break
				}
			}
			continue
		}
		if toks[k].key == "as" {
			j = k // "described Iran and its nuclear program as a threat": the rest of the object
			break
		}
		if toks[k].key == "," || toks[k].key == "." || toks[k].tagged("VB") {
			break
		}
	}
	for k := j; k < len(toks) && k <= j+4; k++ {
		w := toks[k].key
		if negativeWords[w] {
			subj := x.leftSubject(toks, ms, i)
			if len(subj) == 0 {
				return nil
			}
			return withRule(appendPairs(nil, subj, obj, schema.Criticized, toks[i], 0.7,
				negated(toks, i, subj[len(subj)-1].End), modality(toks, i, subj[len(subj)-1].End), nil), "description")
		}
		if w != "as" && w != "a" && w != "an" && w != "the" && w != "\"" && w != "'" && w != "act" && w != "acts" && w != "of" && !toks[k].tagged("JJ") && !toks[k].tagged("RB") && toks[k].tag != "``" {
			return nil
		}
	}
	return nil
}

// passiveAt reports whether the participle at i follows a form of "be",
// past adverbs: "has been widely considered", "is regarded".
func passiveAt(toks []token, i int) bool {
	j := i - 1
	for j >= 0 && toks[j].tagged("RB") {
		j--
	}
	return j >= 0 && (beForms[toks[j].key] || toks[j].key == "been" || toks[j].key == "being")
}

// statePartner reports whether the partner noun at i is a state's ally:
// "an important U.S. partner", "a key American partner in the region";
// not "its EU partners" (fellow members), nor "a major trading partner".
func statePartner(toks []token, ms []Mention, i int) bool {
	j := i - 1
	for j >= 0 && (toks[j].tagged("JJ") || toks[j].tagged("RB")) && !tradePartners[toks[j].key] {
		j--
	}
	if j < 0 || tradePartners[toks[j].key] {
		return false
	}
	n := mentionEnding(ms, j+1)
	return n >= 0 && len(ms[n].Actors) == 1 && ms[n].Actors[0].Kind == schema.Country && !ms[n].Possessive
}

// listFollows reports whether examples follow the noun at i: "partners,
// such as Israel", "allies including Japan".
func listFollows(toks []token, i int) bool {
	j := i + 1
	if j < len(toks) && toks[j].key == "," {
		j++
	}
	return j+1 < len(toks) && toks[j].key == "such" && toks[j+1].key == "as" || j < len(toks) && (toks[j].key == "including" || toks[j].key == "like")
}

// outletNouns are media and firms: what a state backs among them names no
// actor after them ("the Kremlin-backed television station RT America").
var outletNouns = map[string]bool{
	"television": true, "tv": true, "station": true, "broadcaster": true, "channel": true, "network": true,
	"outlet": true, "newspaper": true, "daily": true, "website": true, "company": true, "firm": true, "bank": true,
	"media": true, "radio": true,
}
