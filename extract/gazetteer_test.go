package extract

import (
	"testing"

	"github.com/diplograph/diplograph/schema"
)

func testGazetteer(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := LoadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestGazetteer_Resolve(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct {
		in, id string
		kind   schema.Kind
	}{
		{"Russian Federation", "RUS", schema.Country},
		{"RUS", "RUS", schema.Country},
		{"the Kremlin", "", ""},
		{"Kremlin", "RUS", schema.Country},
		{"White House", "USA", schema.Country},
		{"U.S.", "USA", schema.Country},
		// State agencies and armies stand for their country (guideline).
		{"FBI", "USA", schema.Country},
		{"Justice Department", "USA", schema.Country},
		{"Mossad", "ISR", schema.Country},
		{"IDF", "ISR", schema.Country},
		{"FSB", "RUS", schema.Country},
		{"People's Liberation Army", "CHN", schema.Country},
		{"Moscow", "RUS", schema.Country},
		{"Soviet Union", "SUN", schema.Country},
		{"West Germany", "DEU", schema.Country},
		{"Security Council", "UNSC", schema.Organization},
		{"North Atlantic Treaty Organisation", "NATO", schema.Organization},
		// Presidents before the dictionaries' lists begin, with their terms.
		{"Richard Nixon", "richard-nixon", schema.Person},
		{"Harry Truman", "harry-s-truman", schema.Person},
		// A UN agency without "United Nations", in either spelling.
		{"World Food Programme", "WFP", schema.Organization},
		{"World Food Program", "WFP", schema.Organization},
		{"UN Children's Fund", "UNICEF", schema.Organization},
		{"Children's Fund", "UNICEF", schema.Organization},
		{"Islamic State", "ISIS", schema.Group},
		{"Nusra Front", "HTS", schema.Group},
		// Short and full forms of English given names are one person.
		{"Joseph Biden", "joe-biden", schema.Person},
		{"Michael Pompeo", "mike-pompeo", schema.Person},
		// Transliterations, acronyms and armed wings of groups.
		{"Lashkar-e-Toiba", "LASHKAR_E_TAIBA", schema.Group},
		{"Jaish-e-Mohammad", "JAISH_E_MOHAMMED", schema.Group},
		{"Tehreek-e-Taliban Pakistan", "TTP", schema.Group},
		{"Hashd al-Shaabi", "PMF", schema.Group},
		{"PMOI", "MUJAHEDEEN_KHALQ", schema.Group},
		{"ISKP", "ISIS_K", schema.Group},
		{"Tamil Tigers", "LTTE", schema.Group},
		{"Donetsk People's Republic", "PRO_RUSSIAN_SEPARATISTS", schema.Group},
		{"Ezzedine al-Qassam Brigades", "HAMAS", schema.Group},
		{"Quds Force", "IRN", schema.Country},
		{"Provisional IRA", "IRA", schema.Group},
		// Spellings that are also English words are left out: "LeT", "Hashed".
		{"Let", "", ""},
		{"Hashed", "", ""},
		{"Sergei Lavrov", "sergey-lavrov", schema.Person},
		{"Recep Tayyip Erdoğan", "recep-tayyip-erdogan", schema.Person},
		{"Rex Tillerson", "rex-tillerson", schema.Person},
		{"Jens Stoltenberg", "jens-stoltenberg", schema.Person},
		// A middle name more or less, in office at the same time: one
		// person, by the shorter name; years apart, two.
		{"William Jefferson Hague", "william-hague", schema.Person},
		{"William Hague", "william-hague", schema.Person},
		{"Jerome X. Walcott", "jerome-walcott", schema.Person},
		{"Abdoulaye Idrissa Maïga", "abdoulaye-idrissa-maiga", schema.Person},
		{"Abdoulaye Maïga", "abdoulaye-maiga", schema.Person},
		// A career under two spellings, one an alternative of the other's:
		// one person; but not by an alias alone with another given name,
		// nor a namesake in the same office years later.
		{"Leonid Kutchma", "leonid-kuchma", schema.Person},
		{"Leonid Kuchma", "leonid-kuchma", schema.Person},
		{"Mohammad Rabbani", "mohammad-rabbani", schema.Person},
		{"Burhanuddin Rabbani", "burhanuddin-rabbani", schema.Person},
		{"Kim Yong Nam", "kim-yong-nam", schema.Person},
		{"Heydar Aliyev", "heydar-aliyev", schema.Person},
		{"Anders Fogh Rasmussen", "anders-fogh-rasmussen", schema.Person},
		{"Pope Francis", "pope-francis", schema.Person},
		{"Cristina Fernandez de Kirchner", "cristina-kirchner", schema.Person},
	}
	for _, tt := range tests {
		e, ok := g.Resolve(tt.in)
		switch {
		case tt.id == "" && ok:
			t.Errorf("Resolve(%q)=%s, want nothing", tt.in, e.ID)
		case tt.id != "" && (!ok || e.ID != tt.id || e.Kind != tt.kind):
			t.Errorf("Resolve(%q)=%v, %v; want %s %s", tt.in, e, ok, tt.id, tt.kind)
		}
	}
}

func TestGazetteer_WikidataAndRoles(t *testing.T) {
	g := testGazetteer(t)
	for _, id := range []string{"RUS", "USA", "SUN", "UN", "NATO", "vladimir-putin"} {
		if e, _ := g.Entity(id); e == nil || e.Wikidata == "" {
			t.Errorf("%s has no Wikidata QID: %+v", id, e)
		}
	}
	putin, _ := g.Entity("vladimir-putin")
	if r, ok := putin.RoleAt("2017-04-12"); !ok || r.Of != "RUS" || r.Title != "head_of_state" {
		t.Errorf("Putin's role on 2017-04-12: %+v %v", r, ok)
	}
	if r, ok := putin.RoleAt("2010-01-01"); !ok || r.Title != "head_of_government" {
		t.Errorf("Putin's role on 2010-01-01: %+v %v", r, ok)
	}
	if _, ok := putin.RoleAt("1990-01-01"); ok {
		t.Error("Putin held no role in 1990")
	}
}

func TestSlugAndGroupID(t *testing.T) {
	if s := Slug("Bashar al-Assad"); s != "bashar-al-assad" {
		t.Errorf("Slug=%q", s)
	}
	if s := GroupID("Jaish al-Islam"); s != "JAISH_AL_ISLAM" {
		t.Errorf("GroupID=%q", s)
	}
}

func TestGazetteer_Metonym(t *testing.T) {
	g := testGazetteer(t)
	for text, want := range map[string]bool{
		"the White House": true, "Kremlin": true, "the Pentagon": true,
		"Russia": false, "the United Kingdom": false, "Moscow": false,
	} {
		if got := g.Metonym(text); got != want {
			t.Errorf("Metonym(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestRegnalGiven(t *testing.T) {
	for name, want := range map[string]string{
		"Salman of Saudi Arabia":      "salman",
		"Abdullah II of Jordan":       "abdullah",
		"Elizabeth II":                "elizabeth",
		"Carl XVI Gustaf of Sweden":   "carl",
		"Tamim bin Hamad Al Thani":    "tamim",
		"Vladimir Putin":              "",
		"Charles Michel":              "",
		"Albert II, Prince of Monaco": "",
	} {
		if got := regnalGiven(name); got != want {
			t.Errorf("regnalGiven(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestGazetteer_Rebels(t *testing.T) {
	g := testGazetteer(t)
	for country, want := range map[string]string{
		"UKR": "PRO_RUSSIAN_SEPARATISTS", // "Ukrainian rebels"
		"SYR": "SYRIAN_OPPOSITION",       // "Syrian rebels"
		"RUS": "",                        // "Chechen separatists" are no "Russian" alias
		"ESP": "",                        // nor "Basque separatists" a "Spanish" one
	} {
		got := ""
		if e := g.Rebels(country); e != nil {
			got = e.ID
		}
		if got != want {
			t.Errorf("Rebels(%s) = %q, want %q", country, got, want)
		}
	}
}
