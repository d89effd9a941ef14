package extract

import (
	"slices"
	"strings"

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
	"envoy": true, "ambassador": true, "ministry": true, "spokesman": true, "spokeswoman": true,
	"delegation": true, "side": true, "leadership": true, "leader": true, "leaders": true,
	"president": true, "presidency": true, "administration": true, "cabinet": true, "embassy": true,
	"planes": true, "bombers": true, "strikes": true, "airstrikes": true, "campaign": true,
	"intelligence": true, "state": true, "counterpart": true, "counterparts": true, "negotiators": true,
	"soldiers": true, "parliament": true, "premier": true, "defence": true, "defense": true,
	"backers": true, "navy's": true, "warships": true, "missiles": true, "prime": true, "foreign": true,
	"minister": true, "ministers": true, "foreign-ministry": true, "coast": true, "air": true,
	"security": true, "interior": true, "regime's": true, "jet": true, "drone": true, "drones": true,
	// What a country does or says: "Russian interference", "American demands".
	"demands": true, "proposal": true, "proposals": true, "plan": true, "claims": true, "offer": true,
	"accusations": true, "allegations": true, "request": true, "draft": true, "resolution": true,
	"interference": true, "meddling": true, "aggression": true, "involvement": true, "intervention": true,
	"occupation": true, "incursion": true, "annexation": true, "hackers": true, "hacking": true,
	"airstrike": true, "air-strikes": true, "offensive": true, "warship": true, "submarine": true,
}

// titleWords make up the titles of officials.
var titleWords = map[string]bool{
	"president": true, "vice": true, "prime": true, "minister": true, "premier": true,
	"chancellor": true, "foreign": true, "secretary": true, "secretary-general": true, "general": true,
	"state": true, "of": false, "ambassador": true, "envoy": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "adviser": true, "advisor": true, "king": true, "queen": true, "prince": true,
	"crown": true, "emir": true, "sheikh": true, "sultan": true, "commander": true, "leader": true,
	"chief": true, "director": true, "senator": true, "sen.": true, "gov.": true, "governor": true,
	"deputy": true, "defence": true, "defense": true, "finance": true, "economy": true, "interior": true,
	"trade": true, "security": true, "national": true, "press": true, "special": true, "representative": true,
	"head": true, "public": true, "affairs": true, "mr": true, "mrs": true, "ms": true, "dr": true,
	"counterpart": true, "president-elect": true, "ayatollah": true, "gen": true, "lt": true, "col": true,
	"diplomat": true, "former": true, "top": true, "official": true, "negotiator": true, "mediator": true,
	"minister-president": true, "spy": true, "army": true, "justice": true, "energy": true, "oil": true,
	"petroleum": true, "defense-secretary": true, "counsel": true, "attorney": true, "chairman": true,
}

// leaderTitles resolve a bare surname by the office ("President Trump").
var leaderTitles = map[string]bool{"president": true, "prime": true, "premier": true, "chancellor": true, "king": true, "minister": true, "secretary": true, "secretary-general": true}

// groupNouns after a group's name belong to its mention.
var groupNouns = map[string]bool{"militia": true, "militias": true, "group": true, "fighters": true, "militants": true,
	"forces": true, "movement": true, "jihadists": true, "terrorists": true, "insurgents": true, "rebels": true}

// groupHeads make a capitalised phrase before them an armed or political group.
var groupHeads = map[string]bool{"group": true, "militia": true, "brigade": true, "brigades": true, "front": true, "movement": true}

// state is what an article's earlier sentences tell the current one.
type state struct {
	date          string
	seenPeople    map[string]bool         // ids of people named in full so far
	unknownPeople map[string]schema.Actor // surname key → a person no dictionary knows, named earlier
	lastPerson    *schema.Actor
	lastCountry   *schema.Actor
	prevCountry   *schema.Actor // the country before lastCountry
	countryCount  map[string]int
	focus         *schema.Actor // the country the article is most about so far
	lastAny       *schema.Actor // the country named last, in any role
}

func newState(date string) *state {
	return &state{date: date, seenPeople: map[string]bool{}, unknownPeople: map[string]schema.Actor{}, countryCount: map[string]int{}}
}

// note records the actors of a mention for later reference.
func (st *state) note(a schema.Actor) {
	switch a.Kind {
	case schema.Person:
		st.seenPeople[a.ID] = true
		if !a.Known && strings.Contains(a.Name, " ") {
			// "Special Counsel Robert Mueller" … later "Mueller".
			st.unknownPeople[fold(a.Name[strings.LastIndexByte(a.Name, ' ')+1:])] = a
		}
		c := a
		st.lastPerson = &c
	case schema.Country:
		c := a
		if st.lastCountry == nil || st.lastCountry.ID != a.ID {
			st.prevCountry = st.lastCountry
		}
		st.lastCountry = &c
		st.count(a)
	}
}

// count adds a country mention to the tally that picks the article's focus.
func (st *state) count(a schema.Actor) {
	c := a
	st.lastAny = &c
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
		}
	}
	return a
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
	for i := 0; i < len(toks); {
		m, ok := x.mentionAt(s, toks, i, st)
		if !ok {
			i++
			continue
		}
		if m.Start > 0 {
			m.Prep = prepBefore(toks, m.Start)
		}
		if m.End < len(toks) && (toks[m.End].key == "'s" || toks[m.End].key == "'") {
			m.Possessive = true
		}
		// "Assad's military": the person's country.
		if m.Possessive && len(m.Actors) == 1 && m.Actors[0].Kind == schema.Person && m.Actors[0].Country != "" &&
			m.End+1 < len(toks) && govNouns[toks[m.End+1].key] {
			if e, ok := x.gaz.Entity(m.Actors[0].Country); ok && e.Kind == schema.Country {
				m.Actors = []schema.Actor{x.actor(e, m.Actors[0].Text, st.date)}
				m.Possessive = false
				m.End += 2
			}
		}
		// Note each mention at once, so that "the country" later in the
		// same sentence can refer to it.
		for _, a := range m.Actors {
			if a.Kind == schema.Country && (m.Possessive || m.Prep != "" || m.Place) {
				st.count(a)
				continue
			}
			st.note(a)
		}
		out = append(out, m)
		i = m.End
	}
	return out
}

// prepBefore returns the preposition governing the phrase at token i,
// skipping determiners and adjectives ("in the Syrian capital").
func prepBefore(toks []token, i int) string {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := toks[k].key
		if locPreps[w] || w == "by" || w == "with" || w == "against" || w == "for" || w == "about" || w == "under" || w == "than" || w == "like" {
			return w
		}
		if w != "the" && w != "a" && w != "an" && w != "northern" && w != "southern" && w != "eastern" && w != "western" && w != "central" && w != "northwestern" && w != "northeastern" && w != "southeastern" && w != "southwestern" {
			return ""
		}
	}
	return ""
}

func (x *Extractor) mentionAt(s Sentence, toks []token, i int, st *state) (Mention, bool) {
	t := toks[i]
	// References back.
	switch t.key {
	case "he", "she":
		if st.lastPerson != nil && (i == 0 || toks[i-1].key != "that" || true) {
			a := *st.lastPerson
			a.Text = t.text
			return Mention{Actors: []schema.Actor{a}, Start: i, End: i + 1}, true
		}
		return Mention{}, false
	case "the":
		if i+2 < len(toks) && toks[i+1].key == "two" && (toks[i+2].key == "countries" || toks[i+2].key == "nations" || toks[i+2].key == "sides") &&
			st.lastCountry != nil && st.prevCountry != nil {
			a, b := *st.lastCountry, *st.prevCountry
			a.Text, b.Text = spanText(s.Text, s.Start, toks, i, i+3), spanText(s.Text, s.Start, toks, i, i+3)
			return Mention{Actors: []schema.Actor{b, a}, Start: i, End: i + 3}, true
		}
		if i+1 < len(toks) && (toks[i+1].key == "country" || toks[i+1].key == "regime" || toks[i+1].key == "government") {
			ref := st.lastCountry
			if toks[i+1].key != "country" {
				ref = st.focus
			}
			if ref != nil && (i+2 >= len(toks) || !toks[i+2].cap()) {
				a := *ref
				a.Text = spanText(s.Text, s.Start, toks, i, i+2)
				return Mention{Actors: []schema.Actor{a}, Start: i, End: i + 2}, true
			}
		}
		return Mention{}, false
	case "government", "regime":
		if i+1 < len(toks) && toks[i+1].key == "forces" && st.lastAny != nil && (i == 0 || !toks[i-1].cap()) {
			// "Syria, where government forces …": the country just named.
			a := *st.lastAny
			a.Text = spanText(s.Text, s.Start, toks, i, i+2)
			return Mention{Actors: []schema.Actor{a}, Start: i, End: i + 2}, true
		}
	}
	if m, ok := x.titled(s, toks, i, st); ok {
		return m, true
	}
	if m, ok := x.compound(s, toks, i, st); ok {
		return m, true
	}
	e, kind, n := x.lookup(toks, i, st.date)
	if e == nil {
		if m, ok := x.appositivePerson(s, toks, i); ok {
			return m, true
		}
		if a, ok := st.unknownPeople[t.key]; ok && t.cap() && (i+1 >= len(toks) || !toks[i+1].cap()) {
			a.Text = t.text
			return Mention{Actors: []schema.Actor{a}, Start: i, End: i + 1}, true
		}
		return x.unknownGroup(s, toks, i)
	}
	if e.Kind == schema.Person && n == 1 && i+1 < len(toks) && (toks[i+1].cap() && !toks[i+1].tagged("VB") || nameParticle(toks[i+1].key)) {
		// "Abdullah Azzam" is not King Abdullah, "Salim al-Muslat" not Ezzedine Salim.
		return x.appositivePerson(s, toks, i)
	}
	if e = x.generic(e, toks, i, st); e == nil {
		return Mention{}, false
	}
	if e.Kind == schema.Group && i+n < len(toks) && groupNouns[toks[i+n].key] {
		n++ // "the Kurdish YPG militia"
	}
	text := spanText(s.Text, s.Start, toks, i, i+n)
	m := Mention{Actors: []schema.Actor{x.actor(e, text, st.date)}, Start: i, End: i + n}
	switch kind {
	case surfDemonym:
		// "Russian officials", "the Syrian and Iranian foreign ministers".
		k := i + n
		coordinated := false
		for skip := 0; k < len(toks) && skip < 2 && !govNouns[toks[k].key] && !toks[k].cap() && isWordRune([]rune(toks[k].text)[0]) && toks[k].key != "and"; skip++ {
			k++ // "Russian war jets"
		}
		for k < len(toks) && (toks[k].key == "and" || toks[k].key == "," || toks[k].tagged("JJ") && !govNouns[toks[k].key]) {
			if k+1 < len(toks) {
				if _, kk, _ := x.lookup(toks, k+1, st.date); kk == surfDemonym {
					k += 2
					coordinated = true
					continue
				}
			}
			if toks[k].key == "and" || toks[k].key == "," {
				break
			}
			k++
		}
		if k < len(toks) && govNouns[toks[k].key] {
			if !coordinated && relNouns[toks[k].key] == "" {
				// The mention is the whole phrase: "Russian war jets".
				m.End = k + 1
				m.Actors[0].Text = spanText(s.Text, s.Start, toks, i, k+1)
			}
			return m, true
		}
		return Mention{}, false
	case surfCapital:
		prep := prepBefore(toks, i)
		if i+n < len(toks) && toks[i+n].cap() && toks[i+n].key != "'s" {
			return Mention{}, false // "Moscow Times", "Beijing Olympics"
		}
		m.Place = placePreps[prep]
	case surfSurname:
		if !st.seenPeople[e.ID] {
			if _, ok := e.RoleAt(st.date); !ok && !x.uniqueSurname(toks[i].key) {
				return Mention{}, false
			}
		}
	}
	if t := m.Actors[0]; t.Kind == schema.Country && kind == surfName && i+n < len(toks) && toks[i+n].cap() && !toks[i+n].tagged("VB") && toks[i+n].key != "'s" {
		// "Syria Observatory"? A country name before another capitalised word
		// that is no verb is usually part of a longer name.
		if _, kk, _ := x.lookup(toks, i+n, st.date); kk != surfName && !isTitleStart(toks, i+n) && !strings.HasPrefix(toks[i+n].key, "-") {
			return Mention{}, false
		}
	}
	return m, true
}

// tagged reports whether the token's tag starts with prefix.
func (t token) tagged(prefix string) bool { return strings.HasPrefix(t.tag, prefix) }

func isTitleStart(toks []token, i int) bool {
	return i < len(toks) && titleWords[toks[i].key] && toks[i].cap()
}

// lookup finds the longest dictionary surface at token i, resolved on date.
func (x *Extractor) lookup(toks []token, i int, date string) (*Entity, surfaceKind, int) {
	g := x.gaz
	max := g.maxLen[toks[i].key]
	for n := min(max, len(toks)-i); n >= 1; n-- {
		key := toks[i].key
		if n > 1 {
			var b strings.Builder
			for k := i; k < i+n; k++ {
				if k > i {
					b.WriteByte(' ')
				}
				b.WriteString(toks[k].key)
			}
			key = b.String()
		}
		ss, ok := g.surfaces[key]
		if !ok {
			continue
		}
		var cands []surface
		for _, s := range ss {
			if s.exact != "" && toks[i].text != s.exact && (n != 1 || strings.ReplaceAll(toks[i].text, ".", "") != s.exact) {
				continue
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
	return strings.HasPrefix(key, "al-") || strings.HasPrefix(key, "al ") || key == "rebels" || key == "rebel" ||
		key == "opposition" || key == "moderate" || key == "armed" || key == "so-called"
}

// uniqueSurname reports whether exactly one person in the gazetteer has this surname.
func (x *Extractor) uniqueSurname(key string) bool {
	n := 0
	for _, s := range x.gaz.surfaces[key] {
		if s.kind == surfSurname {
			n++
		}
	}
	return n == 1
}

// generic resolves the generic "rebels" or "the opposition" by the
// conflict the article is about: Syria's opposition, Libya's rebels,
// Yemen's Houthis, or no actor at all.
func (x *Extractor) generic(e *Entity, toks []token, i int, st *state) *Entity {
	if e.ID != "SYRIAN_OPPOSITION" || toks[i].key == "syrian" {
		return e
	}
	for _, c := range []struct {
		country, id string
		words       []string
	}{
		{"SYR", "SYRIAN_OPPOSITION", []string{"syria", "syrian", "damascus", "aleppo", "assad", "idlib"}},
		{"LBY", "LIBYAN_REBELS", []string{"libya", "libyan", "tripoli", "benghazi", "gaddafi"}},
		{"YEM", "HOUTHIS", []string{"yemen", "yemeni", "sanaa"}},
	} {
		if st.countryCount[c.country] > 0 {
			g, _ := x.gaz.Entity(c.id)
			return g
		}
		for _, t := range toks {
			if slices.Contains(c.words, t.key) {
				g, _ := x.gaz.Entity(c.id)
				return g
			}
		}
	}
	return nil
}

// titled finds "[Country|demonym|Org|Country's] Title Name" and "Title Name":
// a person, with the affiliation the title names. An unknown name after a
// title is still a person ("Deputy Security Adviser Ben Rhodes").
func (x *Extractor) titled(s Sentence, toks []token, i int, st *state) (Mention, bool) {
	var aff *schema.Actor
	k := i
	if e, kind, n := x.lookup(toks, i, st.date); e != nil && e.Kind != schema.Person {
		if kind == surfCapital && e.ID != "USA" {
			return Mention{}, false
		}
		a := x.actor(e, spanText(s.Text, s.Start, toks, i, i+n), st.date)
		aff = &a
		k = i + n
		if k < len(toks) && toks[k].key == "'s" {
			k++
		}
	}
	titleAt := k
	leader := false
	for k < len(toks) && (titleWords[toks[k].key] || toks[k].key == "of" && k > titleAt || toks[k].key == "-") {
		if leaderTitles[toks[k].key] {
			leader = true
		}
		k++
	}
	if k == titleAt || k >= len(toks) || toks[titleAt].key == "of" {
		return Mention{}, false
	}
	// "Egyptian ambassador to Moscow Salah Bassiouni": skip the posting.
	if toks[k].key == "to" && k+1 < len(toks) {
		if e, _, n := x.lookup(toks, k+1, st.date); e != nil && e.Kind != schema.Person && k+1+n < len(toks) && nameLength(toks, k+1+n) >= 2 {
			k += 1 + n
		}
	}
	// "Secretary-General of the UN Ban Ki-moon": an organisation after "of".
	if aff == nil && toks[k-1].key == "of" || k < len(toks) && toks[k].key == "the" && toks[k-1].key == "of" {
		if toks[k].key == "the" {
			k++
		}
		if k < len(toks) {
			if e, _, n := x.lookup(toks, k, st.date); e != nil && e.Kind != schema.Person {
				a := x.actor(e, spanText(s.Text, s.Start, toks, k, k+n), st.date)
				aff = &a
				k += n
			}
		}
	}
	if k >= len(toks) || !toks[k].cap() {
		if aff != nil && aff.Kind == schema.Country && k > titleAt && govNouns[toks[k-1].key] {
			// "the U.S. ambassador", "Russia's foreign minister": the country itself.
			m := Mention{Actors: []schema.Actor{*aff}, Start: i, End: k}
			m.Actors[0].Text = spanText(s.Text, s.Start, toks, i, k)
			return m, true
		}
		return Mention{}, false
	}
	// The name: a known person, or capitalised words. A known name that is
	// only the start of a longer one ("Robert" of "Robert Mueller") is not it.
	if e, kind, n := x.lookup(toks, k, st.date); e != nil && !(e.Kind == schema.Person && n < nameLength(toks, k)) {
		if e.Kind != schema.Person {
			return Mention{}, false
		}
		if kind == surfSurname && !leader && !st.seenPeople[e.ID] && aff == nil {
			if _, ok := e.RoleAt(st.date); !ok && !x.uniqueSurname(toks[k].key) {
				return Mention{}, false
			}
		}
		a := x.actor(e, spanText(s.Text, s.Start, toks, k, k+n), st.date)
		return Mention{Actors: []schema.Actor{a}, Start: i, End: k + n, Affiliation: aff, TitleAt: titleAt}, true
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
	name := spanText(s.Text, s.Start, toks, k, k+n)
	a := schema.Actor{ID: Slug(name), Name: name, Kind: schema.Person, Text: name}
	if aff != nil {
		a.Country = aff.ID
	}
	return Mention{Actors: []schema.Actor{a}, Start: i, End: k + n, Affiliation: aff, TitleAt: titleAt}, true
}

// bySurnameAndDate returns the one person with this surname in office on date.
func (x *Extractor) bySurnameAndDate(key, date string) *Entity {
	var found *Entity
	for _, s := range x.gaz.surfaces[key] {
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

// nameLength counts the capitalised words of a person's name at token k
// (with particles such as al-, bin, de), at most four.
func nameLength(toks []token, k int) int {
	n := 0
	for k+n < len(toks) && n < 4 {
		t := toks[k+n]
		if t.cap() && isWordRune([]rune(t.text)[0]) && !titleWords[t.key] && !monthOrDay[t.key] || n > 0 && (nameParticle(t.key) || t.key == "de" || t.key == "van" || t.key == "von") {
			n++
			continue
		}
		break
	}
	return n
}

// nameParticle reports whether a word continues a name ("al-Muslat", "bin").
func nameParticle(key string) bool {
	return strings.HasPrefix(key, "al-") || strings.HasPrefix(key, "el-") || key == "bin" || key == "ibn" || key == "al" || key == "abu"
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
	case "backed", "led", "held", "controlled", "allied", "supported", "sponsored", "funded", "armed", "based", "brokered", "aligned", "run", "dominated":
	default:
		return Mention{}, false
	}
	head := t.text[:h]
	sub := tokenize(head, t.start)
	if len(sub) == 0 {
		return Mention{}, false
	}
	if sub[0].key == "rebel" || sub[0].key == "opposition" {
		sub[0].key = "rebels" // "rebel-held"
	}
	e, _, n := x.lookup(sub, 0, st.date)
	if e == nil || n != len(sub) {
		return Mention{}, false
	}
	if e = x.generic(e, toks, i, st); e == nil {
		return Mention{}, false
	}
	a := x.actor(e, head, st.date)
	return Mention{Actors: []schema.Actor{a}, Start: i, End: i + 1, Suffix: suffix}, true
}

// unknownGroup finds "the Jaish al-Islam group": capitalised words before a
// group noun, or a capitalised name ending in Front, Brigade or Movement.
func (x *Extractor) unknownGroup(s Sentence, toks []token, i int) (Mention, bool) {
	if i > 0 && toks[i-1].key != "the" || !toks[i].cap() {
		return Mention{}, false
	}
	n := 0
	for i+n < len(toks) && n < 5 && (toks[i+n].cap() || n > 0 && (strings.HasPrefix(toks[i+n].key, "al-") || toks[i+n].key == "al")) {
		n++
	}
	if n < 2 && !(n == 1 && strings.Contains(toks[i].key, "-")) || i+n >= len(toks) {
		return Mention{}, false
	}
	if !groupHeads[toks[i+n].key] && !groupHeads[toks[i+n-1].key] {
		return Mention{}, false
	}
	end := i + n
	if groupHeads[toks[i+n].key] && !toks[i+n].cap() {
		end = i + n + 1
	}
	name := spanText(s.Text, s.Start, toks, i, i+n)
	return Mention{Actors: []schema.Actor{{ID: GroupID(name), Name: name, Kind: schema.Group, Text: spanText(s.Text, s.Start, toks, i, end)}}, Start: i, End: end}, true
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
	for k := i + n + 1; k < len(toks) && k <= i+n+5; k++ {
		w := toks[k].key
		if titleWords[w] && w != "former" && w != "top" && w != "state" {
			name := spanText(s.Text, s.Start, toks, i, i+n)
			return Mention{Actors: []schema.Actor{{ID: Slug(name), Name: name, Kind: schema.Person, Text: name}}, Start: i, End: i + n}, true
		}
		if w == "," || w == ";" || toks[k].tagged("VB") {
			break
		}
	}
	return Mention{}, false
}
