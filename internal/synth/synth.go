// Package synth writes synthetic news articles for tests that need a corpus
// of realistic size and shape: the interruption and server-kill tests of the
// CLI, and the tagger's comparison with prose. The articles are built from
// sentence templates we wrote, filled with real actor names (countries,
// capitals, organisations, officials with their titles) so that the
// extractor finds relations in them, mixed with sentences that hold none.
//
// The output is deterministic for a seed, so a test that compares two runs
// over the same corpus compares like with like.
//
//	f, _ := os.Create(path)
//	synth.WriteJSONL(f, synth.Options{Articles: 2000, Seed: 1})
package synth

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"
)

// Options says how many articles to write and from which seed.
type Options struct {
	Articles  int    // number of articles
	Sentences int    // sentences per article (default 12)
	Seed      uint64 // the same seed gives the same articles
	IDPrefix  string // article ids are IDPrefix + a number (default "synth-")
}

// Article is one generated article, in the JSON Lines shape diplograph reads.
type Article struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Date   string `json:"date"`
	Source string `json:"source"`
	Text   string `json:"text"`
}

// actor is a name the gazetteer knows, with the words the templates need.
type actor struct {
	name, capital, demonym, leaderTitle, leader string
}

var countries = []actor{
	{"Russia", "Moscow", "Russian", "Foreign Minister", "Sergey Lavrov"},
	{"the United States", "Washington", "American", "Secretary of State", "Rex Tillerson"},
	{"China", "Beijing", "Chinese", "Foreign Minister", "Wang Yi"},
	{"France", "Paris", "French", "President", "Emmanuel Macron"},
	{"Germany", "Berlin", "German", "Chancellor", "Angela Merkel"},
	{"Turkey", "Ankara", "Turkish", "President", "Recep Tayyip Erdogan"},
	{"Iran", "Tehran", "Iranian", "Foreign Minister", "Mohammad Javad Zarif"},
	{"Japan", "Tokyo", "Japanese", "Prime Minister", "Shinzo Abe"},
	{"Britain", "London", "British", "Prime Minister", "Theresa May"},
	{"Saudi Arabia", "Riyadh", "Saudi", "Foreign Minister", "Adel al-Jubeir"},
	{"Qatar", "Doha", "Qatari", "Emir", "Tamim bin Hamad Al Thani"},
	{"Syria", "Damascus", "Syrian", "President", "Bashar al-Assad"},
	{"Ukraine", "Kiev", "Ukrainian", "President", "Petro Poroshenko"},
	{"Israel", "Jerusalem", "Israeli", "Prime Minister", "Benjamin Netanyahu"},
	{"India", "New Delhi", "Indian", "Prime Minister", "Narendra Modi"},
	{"Egypt", "Cairo", "Egyptian", "President", "Abdel Fattah el-Sisi"},
}

var bodies = []string{"the United Nations", "NATO", "the European Union", "the Security Council", "the African Union", "the IAEA"}

// Relation templates: A and B are actor phrases, O an organisation.
var relationTemplates = []string{
	"{A} accused {B} of violating the ceasefire agreement.",
	"{A} condemned {B} over the missile test on {day}.",
	"{A} met {B} in {city} on {day} to discuss the crisis.",
	"{A} and {B} signed a trade agreement in {city}.",
	"{A} imposed new sanctions on {B} after the vote.",
	"{A} urged {B} to return to the negotiating table.",
	"{A} vetoed a resolution drafted by {B} at {O}.",
	"{A} threatened {B} with retaliation if the strikes continued.",
	"{A} pledged support to {B} during a visit to {city}.",
	"{A} expelled diplomats of {B} on {day}.",
	"Forces of {A} attacked positions held by {B} near the border.",
	"{A} welcomed the decision of {B} to reopen its embassy.",
	"{Title} {Leader} travelled to {city} for talks with {B}.",
	"{Title} {Leader} said {A} would cooperate with {B} on counter-terrorism.",
	"{A} rejected a proposal by {B} to hold new elections.",
	"{A} called on {O} to investigate the attack.",
	"{A} criticised {B} for its role in the conflict, the ministry said.",
	"Officials from {A} and {B} held talks in {city} on {day}.",
	"{A} demanded that {B} withdraw its troops.",
	"{A} provided aid to {B} after the earthquake.",
}

// Sentences without two actors in a relation.
var fillers = []string{
	"The talks lasted several hours and ended without a joint statement.",
	"Markets fell sharply after the announcement, traders said.",
	"Thousands of people gathered in the capital on {day}.",
	"The ministry did not give details of the meeting.",
	"Analysts said the move could raise tensions in the region.",
	"The statement came a day after a similar warning.",
	"Prices of oil rose by two percent in early trading.",
	"It was not immediately clear how many people were hurt.",
	"The spokesman declined to comment further.",
	"Officials said the next round would take place in {month}.",
	"Negotiators worked through the night to finish the text.",
	"A vote on the measure is expected next week.",
}

var days = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// Generate returns opts.Articles articles.
func Generate(opts Options) []Article {
	if opts.Sentences <= 0 {
		opts.Sentences = 12
	}
	if opts.IDPrefix == "" {
		opts.IDPrefix = "synth-"
	}
	r := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15))
	base := time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC)
	arts := make([]Article, 0, opts.Articles)
	for i := range opts.Articles {
		date := base.AddDate(0, 0, r.IntN(730))
		var text strings.Builder
		for j := range opts.Sentences {
			tpl := fillers[r.IntN(len(fillers))]
			if j%2 == 0 || r.IntN(3) == 0 {
				tpl = relationTemplates[r.IntN(len(relationTemplates))]
			}
			if j > 0 {
				text.WriteByte(' ')
			}
			if j == opts.Sentences/2 {
				text.WriteString("\n\n")
			}
			text.WriteString(fill(r, tpl, date))
		}
		a, b := pick(r)
		arts = append(arts, Article{
			ID:     fmt.Sprintf("%s%06d", opts.IDPrefix, i),
			Title:  fmt.Sprintf("%s and %s at odds over %s", capitalize(a.name), b.name, topics[r.IntN(len(topics))]),
			Date:   date.Format(time.DateOnly),
			Source: "synthetic",
			Text:   text.String(),
		})
	}
	return arts
}

var topics = []string{"trade", "the border", "sanctions", "the nuclear deal", "the ceasefire", "energy"}

// WriteJSONL writes Generate(opts) to w, one article a line.
func WriteJSONL(w io.Writer, opts Options) error {
	enc := json.NewEncoder(w)
	for _, a := range Generate(opts) {
		if err := enc.Encode(a); err != nil {
			return fmt.Errorf("write synthetic article %s: %w", a.ID, err)
		}
	}
	return nil
}

// pick returns two different countries.
func pick(r *rand.Rand) (actor, actor) {
	i := r.IntN(len(countries))
	j := (i + 1 + r.IntN(len(countries)-1)) % len(countries)
	return countries[i], countries[j]
}

// fill replaces a template's slots; an actor slot is the country's name, its
// capital or "the <demonym> government", so that resolution is exercised too.
func fill(r *rand.Rand, tpl string, date time.Time) string {
	a, b := pick(r)
	phrase := func(c actor) string {
		switch r.IntN(4) {
		case 0:
			return c.capital
		case 1:
			return "the " + c.demonym + " government"
		}
		return c.name
	}
	s := strings.NewReplacer(
		"{A}", phrase(a),
		"{B}", phrase(b),
		"{O}", bodies[r.IntN(len(bodies))],
		"{city}", countries[r.IntN(len(countries))].capital,
		"{day}", days[r.IntN(len(days))],
		"{month}", date.AddDate(0, 1, 0).Month().String(),
		"{Title}", a.demonym+" "+a.leaderTitle,
		"{Leader}", a.leader,
	).Replace(tpl)
	return capitalize(s)
}

func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
