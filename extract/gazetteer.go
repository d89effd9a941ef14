package extract

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/diplograph/diplograph/schema"
)

//go:embed data/*.tsv
var dataFS embed.FS

// Entity is an actor the gazetteer knows.
type Entity struct {
	ID       string
	Name     string
	Kind     schema.Kind
	Wikidata string
	Country  string   // for people and groups: the country or body they belong to
	Aliases  []string // every other name it is known by
	roles    []Role
}

// Role is an office a person held, with its dates (YYYY-MM-DD; End empty when open).
type Role struct {
	Of    string // country ISO code or organisation id
	Title string // head_of_state, head_of_government, foreign_minister, secretary_general, …
	Start string
	End   string
	// Known is the last date the source vouches for an office with no
	// end ("end_unknown_after_source_date_2011"): the office's holder is
	// not inferred after it, though the name still resolves.
	Known string
}

// Roles returns the person's offices.
func (e *Entity) Roles() []Role { return e.roles }

// RoleAt returns the office the person held on date (YYYY-MM-DD), preferring
// head of state over government over minister; ok is false if none.
func (e *Entity) RoleAt(date string) (Role, bool) {
	var best Role
	found := false
	for _, r := range e.roles {
		if date != "" && (r.Start > date || r.End != "" && r.End < date) {
			continue
		}
		if date == "" && found && !exOfficio[best.Of] {
			continue
		}
		if !found || roleRank(r.Title) < roleRank(best.Title) || roleRank(r.Title) == roleRank(best.Title) && exOfficio[best.Of] && !exOfficio[r.Of] {
			best, found = r, true
		}
	}
	return best, found
}

func roleRank(title string) int {
	switch title {
	case "head_of_state":
		return 0
	case "head_of_government":
		return 1
	case "secretary_general", "leader":
		return 2
	case "foreign_minister":
		return 3
	}
	return 4
}

// surfaceKind says how a name refers to its entity.
type surfaceKind uint8

const (
	surfName    surfaceKind = iota // a name: the actor itself
	surfDemonym                    // an adjective such as "Russian": an actor only before a government noun
	surfPlural                     // a plural demonym such as "Russians": the country
	surfCapital                    // a capital or seat of government: an actor unless a place
	surfSurname                    // a person's surname alone: resolved by context and date
)

type surface struct {
	id   string
	kind surfaceKind
	// exact: the text must match case too (short upper-case forms: "US", "IS", "UN").
	exact string
}

// Gazetteer is the dictionary of actors: every country, the international
// organisations, armed and political groups, and people with dated roles.
// It is read-only after [LoadGazetteer] and safe for concurrent use.
type Gazetteer struct {
	entities map[string]*Entity
	surfaces map[string][]surface // by nameKey(foldKey(surface))
	// maxLen: first token key, and first word of the name key → most tokens
	// or words of a surface starting with it.
	maxLen map[string]int
	// holders: "IRN/foreign_minister" → the people who held the office.
	holders map[string][]*Entity
	// firstNames are the lower-case first names of the people it knows,
	// to tell an unknown person's name ("Chuck Schumer") from other
	// capitalised words.
	firstNames map[string]bool
	// metonyms: the name keys of the seats and ministries that stand for
	// a country ("the Kremlin", "the White House").
	metonyms map[string]bool
	// regnal: heads of state known by a regnal name ("Salman of Saudi
	// Arabia", "Abdullah II of Jordan", "Tamim bin Hamad Al Thani"), by
	// the folded given name a monarch's title goes with ("King Salman").
	regnal map[string][]*Entity
	// rebels: a country's id → the armed group its own demonym names as
	// rebels or separatists ("Syrian rebels", "Ukrainian separatists").
	rebels map[string]*Entity
}

// Rebels returns the armed group that is the country's own rebels or
// separatists, by an alias of the group's made of the country's demonym
// and "rebels" or "separatists" ("Ukrainian rebels": the pro-Russian
// separatists), or nil.
func (g *Gazetteer) Rebels(country string) *Entity { return g.rebels[country] }

// findRebels fills rebels from the groups' aliases: a two-word alias
// "<demonym> rebels|separatists" whose first word shares the first five
// letters of the group's country's name ("Ukrainian" and "Ukraine"; not
// "Chechen" and "Russia"). A country with two such groups has none.
func (g *Gazetteer) findRebels() {
	g.rebels = map[string]*Entity{}
	seen := map[string]int{}
	for _, e := range g.entities {
		c, ok := g.entities[e.Country]
		if e.Kind != schema.Group || !ok || c.Kind != schema.Country || len(c.Name) < 5 {
			continue
		}
		for _, a := range e.Aliases {
			w := strings.Fields(a)
			if len(w) == 2 && (w[1] == "rebels" || w[1] == "separatists") && strings.HasPrefix(w[0], c.Name[:5]) {
				if g.rebels[c.ID] != e {
					seen[c.ID]++
				}
				g.rebels[c.ID] = e
			}
		}
	}
	for id, n := range seen {
		if n > 1 {
			delete(g.rebels, id)
		}
	}
}

// Monarch returns the head of state whom a monarch's title and given
// name ("King Salman", "Emir Tamim") name on date, of country unless it is
// "", or nil when none or more than one fits.
func (g *Gazetteer) Monarch(given, country, date string) *Entity {
	if date == "" {
		return nil
	}
	var found *Entity
	for _, e := range g.regnal[nameKey(given)] {
		for _, r := range e.roles {
			if r.Title == "head_of_state" && (country == "" || r.Of == country) && r.Start != "" && r.Start <= date && (r.End == "" || date <= r.End) {
				if found != nil && found != e {
					return nil
				}
				found = e
			}
		}
	}
	return found
}

// Regnal reports whether given is the given name of a monarch it knows.
func (g *Gazetteer) Regnal(given string) bool { return len(g.regnal[nameKey(given)]) > 0 }

// regnalGiven returns the given name of a regnal name: its first word when
// a numeral, "of" or a patronymic follows ("Abdullah II of Jordan",
// "Salman of Saudi Arabia", "Tamim bin Hamad Al Thani"), or "".
func regnalGiven(name string) string {
	w := strings.Fields(name)
	if len(w) < 2 || len(w[0]) < 3 || !isLetters(w[0]) {
		return ""
	}
	switch next := w[1]; {
	case next == "of" || next == "bin" || next == "ibn" || next == "bint":
	case strings.Trim(next, "IVX") == "" && (len(w) == 2 || w[2] == "of" || w[2] == "Gustaf"):
	default:
		return ""
	}
	return strings.ToLower(w[0])
}

// Metonym reports whether text names a country by a seat of government
// or a ministry ("the White House") rather than by a name of its own.
func (g *Gazetteer) Metonym(text string) bool {
	return g.metonyms[nameKey(foldKey(strings.TrimPrefix(strings.TrimPrefix(text, "the "), "The ")))]
}

// FirstName reports whether w (lower case) is the first name of a person
// the gazetteer knows or a common woman's name.
func (g *Gazetteer) FirstName(w string) bool { return g.firstNames[w] || femaleFirstNames[w] }

// roleNear reports whether e held an office within years of date (a
// YYYY-MM-DD day): a candidate before taking office, a leader some years
// after leaving it.
func (e *Entity) roleNear(date string, years int) bool {
	if len(date) < 4 {
		return false
	}
	y, err := strconv.Atoi(date[:4])
	if err != nil {
		return false
	}
	for _, r := range e.roles {
		start, end := yearOf(r.Start, y), yearOf(r.End, y)
		if start-years <= y && y <= end+years {
			return true
		}
	}
	return false
}

// yearOf is the year of a YYYY-MM-DD day, or def when there is none.
func yearOf(day string, def int) int {
	if len(day) < 4 {
		return def
	}
	y, err := strconv.Atoi(day[:4])
	if err != nil {
		return def
	}
	return y
}

// Holder returns the one person who held the office (a role such as
// foreign_minister) of the country or body of on date, or nil.
func (g *Gazetteer) Holder(of, role, date string) *Entity {
	if date == "" {
		return nil
	}
	var found *Entity
	for _, e := range g.holders[of+"/"+role] {
		if r, ok := e.RoleAt(date); ok && roleRank(r.Title) < roleRank(role) {
			continue // a foreign minister whose term has no end, since risen to president
		}
		for _, r := range e.roles {
			if r.Of == of && r.Title == role && r.Start != "" && r.Start <= date && (r.End == "" || date <= r.End) && (r.Known == "" || date <= r.Known) {
				if found != nil && found != e {
					return nil
				}
				found = e
			}
		}
	}
	return found
}

// orgSeats are the countries international bodies sit in: their
// officials there are at work, not visiting ("Mr. Tusk, in Brussels, said").
var orgSeats = map[string]string{
	"EU": "BEL", "NATO": "BEL", "UN": "USA", "UNSC": "USA", "UNGA": "USA", "IMF": "USA", "WORLDBANK": "USA",
	"IAEA": "AUT", "OPEC": "AUT", "OSCE": "AUT", "WHO": "CHE", "OPCW": "NLD", "ICC": "NLD",
	"AU": "ETH", "ARAB_LEAGUE": "EGY", "ASEAN": "IDN", "GCC": "SAU",
}

// atHome reports whether the person id, who acts for of, is at home in
// the country there: one who has held an office of it ("Mr. Tusk, in
// Warsaw": a former Polish premier), or whose body sits there ("Mr.
// Tusk, in Brussels").
func (g *Gazetteer) atHome(id, of, there string) bool {
	if orgSeats[of] == there {
		return true
	}
	e := g.entities[id]
	return e != nil && slices.ContainsFunc(e.roles, func(r Role) bool { return r.Of == there || orgSeats[r.Of] == there })
}

// Entity returns the entity with the given id.
func (g *Gazetteer) Entity(id string) (*Entity, bool) {
	e, ok := g.entities[id]
	return e, ok
}

// Len returns the number of entities.
func (g *Gazetteer) Len() int { return len(g.entities) }

// Search returns the entities whose id, name or an alias contains q (case and
// diacritics ignored), sorted by id.
func (g *Gazetteer) Search(q string) []*Entity {
	q = fold(q)
	var out []*Entity
	for _, e := range g.entities {
		hit := strings.Contains(fold(e.ID), q) || strings.Contains(fold(e.Name), q)
		for _, a := range e.Aliases {
			hit = hit || strings.Contains(fold(a), q)
		}
		if hit {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Resolve returns the entity a whole phrase names ("Russian Federation",
// "RUS", "Putin"), or false.
func (g *Gazetteer) Resolve(phrase string) (*Entity, bool) {
	if e, ok := g.entities[strings.TrimSpace(phrase)]; ok {
		return e, true
	}
	if e, ok := g.entities[strings.ToUpper(strings.TrimSpace(phrase))]; ok {
		return e, true
	}
	if s, ok := g.pick(g.find(foldKey(phrase)), ""); ok && s.kind != surfDemonym {
		return g.entities[s.id], true
	}
	return nil, false
}

// historical gives the dates between which a state existed; "Moscow" and
// "Soviet" name the Soviet Union in 1987 and Russia in 2017.
var historical = map[string][2]string{
	"SUN": {"1922-12-30", "1991-12-25"},
	"DDR": {"1949-10-07", "1990-10-02"},
	"CSK": {"1918-10-28", "1992-12-31"},
	"YUG": {"1945-11-29", "1992-04-27"},
	"SCG": {"1992-04-27", "2006-06-05"},
	"RUS": {"1991-12-25", ""},
	"CZE": {"1993-01-01", ""}, // "Prague" before 1993 is Czechoslovakia's
}

// existed reports whether the country id existed on date (always, without a date).
func existed(id, date string) bool {
	h, ok := historical[id]
	if !ok || date == "" {
		return true
	}
	return date >= h[0] && (h[1] == "" || date <= h[1])
}

// pick chooses among the surfaces of one key: full names first, then the one
// entity of the kind that existed on date (the current one without a date).
func (g *Gazetteer) pick(ss []surface, date string) (surface, bool) {
	if len(ss) == 1 {
		return ss[0], true
	}
	best, n := surface{}, 0
	for _, s := range ss {
		if s.kind != ss[0].kind || !existed(s.id, date) {
			continue
		}
		if date == "" && historical[s.id][1] != "" {
			continue
		}
		best, n = s, n+1
	}
	if n == 1 {
		return best, true
	}
	for _, s := range ss {
		if s.kind == surfName {
			return s, true
		}
	}
	return surface{}, false
}

// LoadGazetteer reads the embedded dictionaries and then each extra file in
// turn. An extra file is a TSV with the header id, name, kind, alt_names,
// wikidata_qid, country (kind: country, organization, person or group).
func LoadGazetteer(extra ...string) (*Gazetteer, error) {
	g := &Gazetteer{entities: map[string]*Entity{}, surfaces: map[string][]surface{}, maxLen: map[string]int{}, metonyms: map[string]bool{}}
	steps := []struct {
		file string
		load func(row map[string]string) error
	}{
		{"data/countries.tsv", g.loadCountry},
		{"data/organizations.tsv", g.loadOrganization},
		{"data/groups.tsv", g.loadGroup},
		{"data/leaders.tsv", g.loadPerson},
		{"data/people.tsv", g.loadPerson},
		{"data/metonyms.tsv", g.loadMetonym},
	}
	for _, s := range steps {
		f, err := dataFS.Open(s.file)
		if err != nil {
			return nil, err
		}
		err = readTSV(f, s.file, s.load)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	g.addExtraDemonyms()
	for _, path := range extra {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("dictionary: %w", err)
		}
		err = readTSV(f, path, g.loadExtra)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	g.dropAmbiguous()
	g.findRebels()
	return g, nil
}

func readTSV(r io.Reader, name string, load func(map[string]string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	var header []string
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t")
		if header == nil {
			header = fields
			continue
		}
		if len(fields) == 1 && strings.TrimSpace(fields[0]) == "" {
			continue
		}
		row := make(map[string]string, len(header))
		for i, h := range header {
			if i < len(fields) {
				row[h] = strings.TrimSpace(fields[i])
			}
		}
		if err := load(row); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", name, line, err)
	}
	return nil
}

// isLetters reports whether s is letters only.
func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

func splitList(s string) []string {
	var out []string
	for _, v := range strings.Split(s, "|") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// entity returns the entity with id, creating it.
func (g *Gazetteer) entity(id, name string, kind schema.Kind, qid string) *Entity {
	e, ok := g.entities[id]
	if !ok {
		e = &Entity{ID: id, Name: name, Kind: kind, Wikidata: qid}
		g.entities[id] = e
	}
	if e.Wikidata == "" {
		e.Wikidata = qid
	}
	return e
}

// add indexes a surface form of entity id.
func (g *Gazetteer) add(e *Entity, text string, kind surfaceKind) {
	text = strings.TrimSpace(text)
	if text == "" {
		return
	}
	raw := foldKey(text)
	key := nameKey(raw)
	if key == "" {
		return
	}
	if ethnicGroups[key] && e.Kind == schema.Country {
		// "Turkmens" are a people, not Turkmenistan; "Uzbek" alone is no
		// actor, but "Uzbek officials" still is (a demonym).
		switch {
		case kind == surfPlural, kind == surfName && strings.HasSuffix(key, "s"):
			return
		case kind == surfName:
			kind = surfDemonym
		}
	}
	s := surface{id: e.ID, kind: kind}
	// Short upper-case forms must match exactly, so that "US" is not "us"
	// and "IS" is not "is".
	if len([]rune(text)) <= 4 && strings.ToUpper(text) == text {
		s.exact = text
	}
	for _, old := range g.surfaces[key] {
		if old == s {
			return
		}
	}
	g.surfaces[key] = append(g.surfaces[key], s)
	n := max(strings.Count(raw, " "), strings.Count(key, " ")) + 1
	for _, k := range []string{raw, key} {
		if i := strings.IndexByte(k, ' '); i >= 0 {
			k = k[:i]
		}
		if n > g.maxLen[k] {
			g.maxLen[k] = n
		}
	}
	if kind == surfName && text != e.Name && text != e.ID && !contains(e.Aliases, text) {
		e.Aliases = append(e.Aliases, text)
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// badCountryAlias filters PETRARCH's nicknames, misspellings and place names
// out of the country aliases.
func badCountryAlias(a string) bool {
	if strings.ContainsAny(a, "()") || len(a) < 3 && strings.ToUpper(a) != a {
		return true
	}
	switch a {
	case "Yankee Land", "The Graveyard of Empires", "Celestial Empire", "Soviet Occupied Afghanistan",
		"West Bank", "Bethlehem", "Hebron", "Beit Ummar", "Nablus", "Qalqilya", "Qalandiya", "Kalandia",
		"England", "Scotland", "Wales", "Scot", "Welsh", "Northern Irish", "Soviet Korea", "Communist Korea",
		"Soviet Russia", "Russian Soviet", "Supreme Soviet of Russia", "Sinica", "Sinic", "America (country)",
		"Georgia", "Columbia", "Holland", "Burma":
		return a != "Burma" && a != "Holland"
	}
	return false
}

// badCapitals are capitals whose names are also common words or other places.
var badCapitals = map[string]bool{
	"Male": true, "Victoria": true, "Hamilton": true, "Kingston": true, "Georgetown": true,
	"Plymouth": true, "The Valley": true, "Road Town": true, "Avarua": true, "Saint John's": true,
	"East Jerusalem": true, "Jerusalem": true, "City of Victoria": true, "Kingstown": true,
	"Palikir": true, "Yaren": true, "Castries": true, "Roseau": true, "Basseterre": true,
	"Luxembourg": true, "Monaco": true, "Singapore": true, "Vatican City": true,
	"San Marino": true, "Andorra la Vella": true,
	"Djibouti": true, "Tunis": true, "Algiers": true,
}

func (g *Gazetteer) loadCountry(row map[string]string) error {
	id := row["iso3"]
	if id == "" {
		return fmt.Errorf("country without iso3")
	}
	e := g.entity(id, row["name"], schema.Country, row["wikidata_qid"])
	g.add(e, row["name"], surfName)
	g.add(e, row["official_name"], surfName)
	g.add(e, id, surfName)
	for _, a := range splitList(row["alt_names"]) {
		if !badCountryAlias(a) {
			g.add(e, a, surfName)
		}
	}
	for _, d := range splitList(row["demonyms"]) {
		g.addDemonym(e, d)
	}
	// The capital, with its other spellings after "|" ("Kyiv|Kiev").
	for _, capital := range splitList(row["capital"]) {
		if i := strings.IndexByte(capital, ','); i >= 0 {
			capital = capital[:i]
		}
		if capital != "" && !badCapitals[capital] {
			g.add(e, capital, surfCapital)
		}
	}
	return nil
}

// addDemonym indexes an adjective ("Russian") and its plural ("Russians").
func (g *Gazetteer) addDemonym(e *Entity, d string) {
	if len(d) < 4 || !unicode.IsUpper([]rune(d)[0]) || strings.HasSuffix(d, "s") && !strings.HasSuffix(d, "ss") {
		if strings.HasSuffix(d, "s") && len(d) > 4 {
			g.add(e, d, surfPlural)
		}
		return
	}
	g.add(e, d, surfDemonym)
	switch {
	case strings.HasSuffix(d, "ese"), strings.HasSuffix(d, "sh"), strings.HasSuffix(d, "ch"), strings.HasSuffix(d, "ss"):
		// "the Chinese", "the British": the plural is the adjective.
	default:
		g.add(e, d+"s", surfPlural)
	}
}

// addExtraDemonyms fills the demonyms the reference data lacks.
func (g *Gazetteer) addExtraDemonyms() {
	for id, ds := range map[string][]string{
		"DNK": {"Danish", "Dane"}, "SWE": {"Swedish", "Swede"}, "GRC": {"Greek"}, "SGP": {"Singaporean"},
		"LUX": {"Luxembourgish"}, "KGZ": {"Kyrgyz"}, "TJK": {"Tajik"}, "NER": {"Nigerien"},
		"HND": {"Honduran"}, "MNE": {"Montenegrin"}, "SUN": {"Soviet"}, "YUG": {"Yugoslav"},
		"CSK": {"Czechoslovak"}, "GBR": {"British", "Briton"}, "USA": {"American", "U.S.", "US"},
		"SAU": {"Saudi"}, "ARE": {"Emirati"}, "NLD": {"Dutch"}, "CHE": {"Swiss"}, "FRA": {"French"},
		"ESP": {"Spanish"}, "IRL": {"Irish"}, "ISR": {"Israeli"}, "PSE": {"Palestinian"},
		"PRK": {"North Korean"}, "KOR": {"South Korean"}, "TUR": {"Turkish", "Turk"},
		"PHL": {"Filipino", "Philippine"}, "NZL": {"New Zealand"}, "DEU": {"German", "West German"},
		"DDR": {"East German"}, "UKR": {"Ukrainian"}, "AFG": {"Afghan"}, "YEM": {"Yemeni"},
		"IRQ": {"Iraqi"}, "LBN": {"Lebanese"}, "QAT": {"Qatari"}, "JOR": {"Jordanian"},
		"EGY": {"Egyptian"}, "LBY": {"Libyan"}, "PAK": {"Pakistani"}, "IND": {"Indian"},
		"JPN": {"Japanese"}, "CHN": {"Chinese"}, "RUS": {"Russian"}, "IRN": {"Iranian"},
		"SYR": {"Syrian"}, "KWT": {"Kuwaiti"}, "BHR": {"Bahraini"}, "OMN": {"Omani"},
		"CUB": {"Cuban"}, "VEN": {"Venezuelan"}, "MEX": {"Mexican"}, "CAN": {"Canadian"},
		"AUS": {"Australian"}, "ITA": {"Italian"}, "POL": {"Polish", "Pole"}, "BEL": {"Belgian"},
	} {
		e, ok := g.entities[id]
		if !ok {
			continue
		}
		for _, d := range ds {
			g.addDemonym(e, d)
		}
	}
	// "Washington" is the seat of the US government; the data says "Washington, D.C.".
	g.add(g.entities["USA"], "Washington", surfCapital)
}

// spellings pairs a word's British and American spellings in bodies' names.
var spellings = strings.NewReplacer("Programme", "Program", "Program", "Programme", "Organisation", "Organization",
	"Organization", "Organisation", "Defence", "Defense", "Defense", "Defence", "Centre", "Center", "Center", "Centre")

// orgVariants are other forms of a UN agency's or a body's name that news
// writes: the other spelling ("World Food Program"), and without "United
// Nations" or "UN" before a name of two or more words ("the U.N.'s World
// Food Programme").
func orgVariants(name string) []string {
	var out []string
	for _, p := range []string{"United Nations ", "UN ", "U.N. "} {
		if rest, ok := strings.CutPrefix(name, p); ok && strings.Count(rest, " ") >= 1 && !strings.HasPrefix(rest, "Security Council") && !strings.HasPrefix(rest, "General Assembly") {
			out = append(out, rest)
		}
	}
	for _, v := range append([]string{name}, out...) {
		if w := spellings.Replace(v); w != v {
			out = append(out, w)
		}
	}
	return out
}

func (g *Gazetteer) loadOrganization(row map[string]string) error {
	e := g.entity(row["id"], row["name"], schema.Organization, row["wikidata_qid"])
	g.add(e, row["name"], surfName)
	g.add(e, row["id"], surfName)
	for _, a := range splitList(row["alt_names"]) {
		if strings.HasPrefix(strings.ToLower(a), "the ") {
			a = a[4:]
		}
		g.add(e, a, surfName)
	}
	for _, a := range append([]string{row["name"]}, splitList(row["alt_names"])...) {
		for _, v := range orgVariants(a) {
			g.add(e, v, surfName)
		}
	}
	switch row["id"] {
	case "NATO":
		g.add(e, "North Atlantic Treaty Organisation", surfName)
		g.add(e, "North Atlantic Treaty Organization", surfName)
		g.add(e, "North Atlantic alliance", surfName)
		g.add(e, "Atlantic alliance", surfName)
	case "UNSC":
		g.add(e, "U.N. Security Council", surfName)
		g.add(e, "United Nations Security Council", surfName)
		g.add(e, "UN Security Council", surfName)
	case "UNGA":
		g.add(e, "General Assembly", surfName)
	case "ARAB_LEAGUE":
		g.add(e, "Arab League", surfName)
	case "UN":
		g.add(e, "United Nations", surfName)
	}
	return nil
}

func (g *Gazetteer) loadGroup(row map[string]string) error {
	e := g.entity(row["id"], row["name"], schema.Group, row["wikidata_qid"])
	e.Country = row["country"]
	g.add(e, row["name"], surfName)
	for _, a := range splitList(row["alt_names"]) {
		g.add(e, a, surfName)
	}
	return nil
}

// surnameStop are surnames that are also common words or first names; they
// resolve only with a title or after the full name.
var surnameStop = map[string]bool{
	"may": true, "power": true, "ban": true, "hunt": true, "cook": true, "straw": true,
	"christopher": true, "gabriel": true, "young": true, "brown": true, "king": true, "major": true,
	"grant": true, "fox": true, "law": true, "kim": true, "lee": true, "park": true, "li": true,
	"wang": true, "moon": true, "abbas": true, "baker": true, "rice": true, "banda": true,
	"ali": true, "khan": true, "sharif": true, "hussein": true, "saleh": true, "hassan": true,
	"said": true, "mohammed": true, "muhammad": true, "ahmed": true, "john": true, "johnson": true,
	"salman": true, "abdullah": true, "faisal": true, "bush": false, "clinton": false, "ivanov": true,
	"tang": true, "qian": true, "haley": false, "gul": true, "kono": true, "fischer": true, "english": true,
	"key": true, "rudd": false, "price": true, "bolton": false, "rama": true, "lula": false,
	"time": true, "acting": true, "first": true, "second": true, "new": true, "west": true, "north": true,
	"south": true, "east": true, "hope": true, "white": true, "black": true, "green": true, "long": true, "little": true,
}

func (g *Gazetteer) loadPerson(row map[string]string) error {
	name := cleanName(row["name"])
	if name == "" {
		return nil // a few Wikidata rows carry only a QID
	}
	of := row["country_iso3_or_org"]
	r := Role{Of: of, Title: row["role"], Start: row["start"], End: row["end"]}
	if _, year, ok := strings.Cut(row["flags"], "end_unknown_after_source_date_"); ok && r.End == "" && len(year) >= 4 {
		r.Known = year[:4] + "-12-31"
	}
	id := Slug(name)
	if _, ok := g.entities[id]; !ok {
		v := g.variantOf(name, r)
		if v == nil {
			v = g.namedAlike(name, splitList(row["alt_names"]), r)
		}
		if v != nil {
			// "William Hague" and "William Jefferson Hague", in office
			// together: one person, known by the shorter name.
			if id = v.ID; len(name) < len(v.Name) {
				g.rename(v, id, name)
				id = v.ID
			}
		}
	}
	e := g.entity(id, name, schema.Person, row["wikidata_qid"])
	e.roles = append(e.roles, r)
	if g.holders == nil {
		g.holders = map[string][]*Entity{}
	}
	if k := of + "/" + row["role"]; !slices.Contains(g.holders[k], e) {
		g.holders[k] = append(g.holders[k], e)
	}
	if e.Country == "" || (row["role"] == "head_of_state" || row["role"] == "head_of_government") && !exOfficio[of] {
		e.Country = of
	}
	g.add(e, name, surfName)
	if row["role"] == "head_of_state" {
		for _, n := range append([]string{name}, splitList(row["alt_names"])...) {
			if given := regnalGiven(cleanName(n)); given != "" && !slices.Contains(g.regnal[nameKey(given)], e) {
				if g.regnal == nil {
					g.regnal = map[string][]*Entity{}
				}
				g.regnal[nameKey(given)] = append(g.regnal[nameKey(given)], e)
			}
		}
	}
	if first, _, ok := strings.Cut(name, " "); ok && len(first) >= 3 && !titleWords[strings.ToLower(first)] && !strings.EqualFold(first, "pope") && isLetters(first) {
		if g.firstNames == nil {
			g.firstNames = map[string]bool{}
		}
		g.firstNames[strings.ToLower(first)] = true
	}
	for _, a := range splitList(row["alt_names"]) {
		if a = cleanName(a); a == "" {
			continue
		}
		if titled(a) {
			// "German Chancellor Angela Merkel": the mention finder reads
			// the title itself, and the country it names.
			continue
		}
		if k := nameKey(foldKey(a)); strings.HasPrefix(k, "al ") && strings.Count(k, " ") == 1 {
			// "al-Assad", "Al Assad", "El Sisi": a surname with its article.
			if !surnameStop[k[3:]] {
				g.add(e, a, surfSurname)
			}
			continue
		}
		if strings.ContainsAny(a, " ") || strings.Contains(a, "-") && strings.Count(a, "-") > 0 && len(a) > 8 {
			g.add(e, a, surfName)
			continue
		}
		// One word: a surname, or a given name such as Ki-moon that is no surname.
		if a == "Ki-moon" || surnameStop[strings.ToLower(a)] {
			continue
		}
		g.add(e, a, surfSurname)
	}
	return nil
}

// variantOf returns the person already loaded whose name is name with
// middle names added or dropped ("Jerome Walcott", "Jerome X. Walcott") and
// who held an office of r's country at a time r overlaps, or nil. Two men
// of one name and country in office at once are one man; one in office
// years later may be another ("Abdoulaye Maïga").
func (g *Gazetteer) variantOf(name string, r Role) *Entity {
	words := strings.Fields(nameKey(foldKey(name)))
	if len(words) < 2 {
		return nil
	}
	for _, s := range g.surfaces[nameKey(foldKey(words[len(words)-1]))] {
		e := g.entities[s.id]
		if e == nil || e.Kind != schema.Person || !middleVariant(words, strings.Fields(nameKey(foldKey(e.Name)))) {
			continue
		}
		for _, q := range e.roles {
			if q.Of == r.Of && overlap(q, r) {
				return e
			}
		}
	}
	return nil
}

// namedAlike returns the person already loaded, with another office of
// r's country at another time, whose full name is one of alts or who has
// name for an alternative name, or nil: "Nicolas Maduro Moros", foreign
// minister, and "Nicolás Maduro" (also "Nicolas Maduro Moros"), later
// president, are one man whatever the years between.
func (g *Gazetteer) namedAlike(name string, alts []string, r Role) *Entity {
	// A career: an office of the country, and none that is r's or at
	// r's time. (Two holders of one name in office at once, or of one
	// office years apart, may be two men: "Kim Yong Nam", an alias the
	// data gives Kim Jong-il; Thomas Remengesau and his son.)
	// And one given name: an alias is no proof ("Burhanuddin Rabbani",
	// given as Mohammad Rabbani's).
	first := func(n string) string { f, _, _ := strings.Cut(nameKey(foldKey(n)), " "); return f }
	ofCountry := func(e *Entity) bool {
		return e != nil && e.Kind == schema.Person && first(e.Name) == first(name) && slices.ContainsFunc(e.roles, func(q Role) bool { return q.Of == r.Of }) &&
			!slices.ContainsFunc(e.roles, func(q Role) bool { return q.Title == r.Title || overlap(q, r) })
	}
	for _, a := range alts {
		if a = cleanName(a); strings.Count(a, " ") >= 1 {
			if e := g.entities[Slug(a)]; ofCountry(e) {
				return e
			}
		}
	}
	if strings.Count(name, " ") >= 1 {
		for _, s := range g.surfaces[nameKey(foldKey(name))] {
			if e := g.entities[s.id]; ofCountry(e) && s.kind == surfName {
				return e
			}
		}
	}
	return nil
}

// rename gives person e, now known by id, the name name and its slug.
func (g *Gazetteer) rename(e *Entity, id, name string) {
	e.ID, e.Name = Slug(name), name
	delete(g.entities, id)
	g.entities[e.ID] = e
	for _, ss := range g.surfaces {
		for k := range ss {
			if ss[k].id == id {
				ss[k].id = e.ID
			}
		}
	}
}

// middleVariant reports whether two names share their first and last
// words and the shorter's words are all in the longer, or the longer is the
// shorter with a second surname after it.
func middleVariant(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) >= 2 && len(b) == len(a)+1 && slices.Equal(a, b[:len(a)]) {
		return true // "Nicolás Maduro", "Nicolás Maduro Moros": a second surname
	}
	if len(a) == len(b) || a[0] != b[0] || a[len(a)-1] != b[len(b)-1] {
		return false
	}
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return true
}

// overlap reports whether two roles' periods meet; an open end runs on.
func overlap(a, b Role) bool {
	if a.Start == "" || b.Start == "" {
		return false
	}
	return (a.End == "" || b.Start <= a.End) && (b.End == "" || a.Start <= b.End)
}

func (g *Gazetteer) loadMetonym(row map[string]string) error {
	e, ok := g.entities[row["id"]]
	if !ok {
		return fmt.Errorf("metonym %q: unknown actor %q", row["surface"], row["id"])
	}
	g.add(e, row["surface"], surfName)
	g.metonyms[nameKey(foldKey(row["surface"]))] = true
	return nil
}

func (g *Gazetteer) loadExtra(row map[string]string) error {
	id, name := row["id"], row["name"]
	kind := schema.Kind(strings.ToLower(row["kind"]))
	if kind.Label() == "" {
		return fmt.Errorf("kind %q is not country, organization, person or group", row["kind"])
	}
	if name == "" {
		return fmt.Errorf("entry without a name")
	}
	if id == "" {
		id = Slug(name)
		if kind != schema.Person {
			id = GroupID(name)
		}
	}
	e := g.entity(id, name, kind, row["wikidata_qid"])
	if row["country"] != "" {
		e.Country = row["country"]
	}
	g.add(e, name, surfName)
	for _, a := range splitList(row["alt_names"]) {
		g.add(e, a, surfName)
	}
	return nil
}

// dropAmbiguous removes demonyms, capitals and surnames that point to more
// than one entity of the same standing ("Korean"), keeping full names.
func (g *Gazetteer) dropAmbiguous() {
	for key, ss := range g.surfaces {
		byKind := map[surfaceKind]int{}
		for _, s := range ss {
			byKind[s.kind]++
		}
		hist := 0
		for _, s := range ss {
			if _, ok := historical[s.id]; ok {
				hist++
			}
		}
		kept := ss[:0]
		for _, s := range ss {
			if s.kind != surfName && s.kind != surfSurname && byKind[s.kind] > 1 && hist < 2 {
				continue
			}
			kept = append(kept, s)
		}
		if len(kept) == 0 {
			delete(g.surfaces, key)
		} else {
			g.surfaces[key] = kept
		}
	}
}

// cleanName drops the notes some source rows carry in the name field
// ("Stanko Todorov (acting", "Jioji (George) Konrote").
func cleanName(n string) string {
	if i := strings.IndexByte(n, '('); i >= 0 {
		rest := ""
		if j := strings.IndexByte(n[i:], ')'); j >= 0 {
			rest = n[i+j+1:]
		}
		n = strings.Join(strings.Fields(n[:i]+" "+rest), " ")
	}
	n = strings.TrimSpace(n)
	if surnameStop[strings.ToLower(n)] || len(n) < 3 && !shortSurnames[n] {
		return ""
	}
	return n
}

// shortSurnames are the two-letter surnames the news uses alone: "Xi said".
var shortSurnames = map[string]bool{"Xi": true, "Hu": true}

// Slug is the stable id of a person: the folded name with hyphens for spaces
// ("Bashar al-Assad" → "bashar-al-assad").
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range fold(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimRight(b.String(), "-")
}

// GroupID is the id of a group no dictionary knows: its name in upper case
// with underscores ("the Jaish al-Islam group" → "JAISH_AL_ISLAM").
func GroupID(name string) string {
	return strings.ToUpper(strings.ReplaceAll(Slug(name), "-", "_"))
}

// find returns the surfaces of a folded phrase: by its name key, and for
// "al-Assad" or "al Thani" that no surface spells so, the people with the
// surname alone.
func (g *Gazetteer) find(folded string) []surface { return g.findName(nameKey(folded)) }

// findName is find for a key already in name form.
func (g *Gazetteer) findName(key string) []surface {
	if ss, ok := g.surfaces[key]; ok {
		return ss
	}
	if first, rest, ok := strings.Cut(key, " "); ok && givenVariants[first] != "" {
		return g.surfaces[givenVariants[first]+" "+rest] // words joined by the caller: "joe biden"
	}
	if rest, ok := strings.CutPrefix(key, "al "); ok && !strings.Contains(rest, " ") {
		var out []surface
		for _, s := range g.surfaces[rest] {
			if s.kind == surfSurname {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// nameKey normalises a folded key (see [fold], [foldKey]) so that spelling
// variants of one name share it: hyphens split words ("Kim Jong-un" = "Kim
// Jong Un"), a lone apostrophe goes ("Workers' Party" = "Workers Party"),
// "el" is "al" ("el-Sisi" = "al-Sisi"), an initial needs no period
// ("George W Bush" = "George W. Bush"), and the transliterations in
// nameVariants become one spelling ("Qaddafi" = "Gaddafi"). The index and
// every lookup use it; keys that need no change are returned as they are.
func nameKey(key string) string {
	if !strings.ContainsAny(key, "-'.") && !needsVariant(key) {
		return key // most keys: no allocation
	}
	words := strings.FieldsFunc(key, func(r rune) bool { return r == ' ' || r == '-' })
	out := words[:0]
	for n, w := range words {
		switch {
		case n == 0 && len(words) > 1 && givenVariants[w] != "":
			w = givenVariants[w] // "Joseph Biden" = "Joe Biden"
		case w == "'":
			continue
		case w == "el":
			w = "al"
		case len(w) == 2 && w[1] == '.' && w[0] >= 'a' && w[0] <= 'z':
			w = w[:1] // an initial with or without its period: "George W Bush"
		case nameVariants[w] != "":
			w = nameVariants[w]
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// needsVariant reports whether a word of key is "el" or in nameVariants,
// or its first word, of several, in givenVariants.
func needsVariant(key string) bool {
	if first, rest, ok := strings.Cut(key, " "); ok && rest != "" && givenVariants[first] != "" {
		return true
	}
	for rest := key; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if w == "el" || nameVariants[w] != "" {
			return true
		}
	}
	return false
}

// nameVariants maps common transliterations of names in the dictionaries to
// one spelling. Both sides are folded keys; a variant must not be a word
// that names something else.
var nameVariants = map[string]string{
	// Muammar Gaddafi
	"qaddafi": "gaddafi", "kadhafi": "gaddafi", "gadhafi": "gaddafi", "qadhafi": "gaddafi", "kaddafi": "gaddafi",
	"gadafi": "gaddafi", "ghadafi": "gaddafi", "qathafi": "gaddafi", "khadafy": "gaddafi", "gaddafy": "gaddafi",
	"moammar": "muammar", "muamar": "muammar", "moamer": "muammar", "muammer": "muammar",
	// Arabic given names
	"mohammed": "muhammad", "mohammad": "muhammad", "mohamed": "muhammad", "muhammed": "muhammad",
	"mohamad": "muhammad", "muhamad": "muhammad", "husayn": "hussein", "hussain": "hussein", "husain": "hussein",
	"usama": "osama", "abdel": "abdul", "abdal": "abdul", "abdallah": "abdullah",
	// Russian and Ukrainian names
	"sergei": "sergey", "sergej": "sergey", "dmitri": "dmitry", "dmitriy": "dmitry", "evgeny": "yevgeny",
	"yevgeni": "yevgeny", "evgeni": "yevgeny", "yevgeniy": "yevgeny", "aleksei": "alexei", "alexey": "alexei",
	"aleksey": "alexei", "gorbachov": "gorbachev", "zelensky": "zelenskyy", "zelenskiy": "zelenskyy",
	"zelenskyi": "zelenskyy", "zelenski": "zelenskyy", "volodomyr": "volodymyr", "volodimir": "volodymyr",
	// Persian names
	"rohani": "rouhani", "ruhani": "rouhani", "ahmadinezhad": "ahmadinejad", "suleimani": "soleimani",
	"qassem": "qasem", "ghasem": "qasem",
}

// givenVariants fold the short forms of English given names to the full
// one, for the first word of a name of two words or more: "Joe Biden" and
// "Joseph R. Biden", "Bob Menendez" and "Robert Menendez" are one key.
// Alone the words name no one ("Bill" is also a law).
var givenVariants = map[string]string{
	"joe": "joseph", "bill": "william", "billy": "william", "bob": "robert", "rob": "robert", "bobby": "robert",
	"jim": "james", "jimmy": "james", "mike": "michael", "mick": "michael", "dick": "richard", "rick": "richard",
	"tom": "thomas", "tommy": "thomas", "tony": "anthony", "chuck": "charles", "charlie": "charles", "ted": "edward",
	"ed": "edward", "dan": "daniel", "danny": "daniel", "dave": "david", "ben": "benjamin", "nick": "nicholas",
	"alex": "alexander", "sam": "samuel", "jeff": "jeffrey", "ron": "ronald", "don": "donald", "chris": "christopher",
	"matt": "matthew", "pat": "patrick", "andy": "andrew", "greg": "gregory", "liz": "elizabeth", "fred": "frederick",
	"ken": "kenneth", "larry": "lawrence", "pete": "peter", "steve": "steven", "tim": "timothy", "walt": "walter",
}

// ethnicGroups are peoples, not states: "Syrian Turkmens" are not
// Turkmenistan, and "Tajiks" or "Uzbeks" in Afghanistan are no government.
// Their plurals never resolve to the namesake country; a name among them
// ("Tajik", "Uzbek") is only a demonym ("Uzbek officials"). Peoples with no
// namesake country (Kurds, Uighurs, Pashtuns, Azeris, Arabs, Tatars, Baluch)
// are listed so that no future alias makes them one. "The Russians" and
// "the Americans" stay their countries: in news they are governments.
var ethnicGroups = map[string]bool{
	"turkmens": true, "turkmen": true, "turkomans": true, "turkoman": true, "tajiks": true, "tajik": true,
	"uzbeks": true, "uzbek": true, "kazakhs": true, "kurds": true, "kurd": true, "uighurs": true,
	"uighur": true, "uyghurs": true, "uyghur": true, "pashtuns": true, "pashtun": true, "azeris": true, "azeri": true,
	"arabs": true, "tatars": true, "tartars": true, "baluch": true, "baloch": true, "balochis": true, "baluchis": true,
	"hazaras": true, "druze": true, "circassians": true, "chechens": true, "alawites": true, "yazidis": true,
	"assyrians": true, "berbers": true, "bedouins": true, "rohingya": true, "tamils": true,
}

// exOfficio are the countries and territories whose head of state is
// another state's by virtue of that office: the President of France is
// co-prince of Andorra and head of Wallis and Futuna, the British monarch
// reigns over the Commonwealth realms and the Crown's territories, the
// Dutch, Danish and New Zealand crowns over their kingdoms' parts. A
// person who heads several belongs to the one that is no such country
// (Elizabeth II to Britain, not Antigua).
var exOfficio = map[string]bool{
	"AND": true, "WLF": true, "PYF": true, "NCL": true, "SPM": true, "BLM": true, "MAF": true,
	"ATG": true, "AUS": true, "BHS": true, "BLZ": true, "BRB": true, "CAN": true, "GRD": true, "JAM": true,
	"KNA": true, "LCA": true, "NZL": true, "PNG": true, "SLB": true, "TUV": true, "VCT": true,
	"GGY": true, "JEY": true, "IMN": true, "GIB": true, "FLK": true, "CYM": true, "BMU": true, "VGB": true,
	"TCA": true, "MSR": true, "AIA": true, "SHN": true, "PCN": true, "IOT": true, "SGS": true,
	"COK": true, "NIU": true, "TKL": true, "ABW": true, "CUW": true, "SXM": true, "GRL": true, "FRO": true,
}

// titled reports whether an alternative name starts with a title word
// ("German Chancellor Angela Merkel", "Kanzler Merkel").
func titled(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if titleWords[w] || w == "bundeskanzler" || w == "kanzler" {
			return true
		}
	}
	return false
}
