package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/schema"
)

// article finds the mentions of each sentence in turn, in one article state
// of the given date, and returns those of the last sentence.
func article(x *Extractor, date string, sentences ...string) []Mention {
	st := newState(date)
	var ms []Mention
	for _, s := range sentences {
		ms = x.mentions(Sentence{Text: s}, tokenize(s, 0), st)
	}
	return ms
}

// describe writes a mention as "id kind [aff=ID] [unknown] [place] [poss]".
func describe(m Mention) string {
	var ids []string
	for _, a := range m.Actors {
		ids = append(ids, a.ID)
	}
	s := strings.Join(ids, "+") + " " + string(m.Actors[0].Kind)
	if m.Affiliation != nil {
		s += " aff=" + m.Affiliation.ID
	}
	if m.Actors[0].Kind == schema.Person && !m.Actors[0].Known {
		s += " unknown"
	}
	if m.Place {
		s += " place"
	}
	if m.Possessive {
		s += " poss"
	}
	return s
}

func describeAll(ms []Mention) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = describe(m)
	}
	return out
}

// checkMentions compares the mentions of the last sentence with want, in order.
func checkMentions(t *testing.T, x *Extractor, date string, sentences []string, want []string) {
	t.Helper()
	got := describeAll(article(x, date, sentences...))
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("mentions(%q)\n got %q\nwant %q", sentences[len(sentences)-1], got, want)
	}
}

func TestMentions_TitledOfficials(t *testing.T) {
	x := New(testGazetteer(t))
	tests := []struct {
		name, date, text string
		want             []string
	}{
		{"KremlinSpokesman", "2018-03-01", "Kremlin spokesman Ilya Morozov brushed the question aside.",
			[]string{"ilya-morozov person aff=RUS unknown"}},
		{"WhiteHousePressSecretary", "2017-05-01", "White House press secretary Sean Whitfield took no questions.",
			[]string{"sean-whitfield person aff=USA unknown"}},
		// A middle initial is no part of the id, nor a break in the name.
		{"MiddleInitial", "2016-05-01", "FBI Director James B. Hollis testified.", []string{"james-hollis person aff=USA unknown"}},
		{"PentagonSpokesman", "2017-05-01", "Pentagon spokesman Jeff Davis gave a briefing.",
			[]string{"jeff-davis person aff=USA unknown"}},
		{"UNEnvoy", "2016-02-01", "U.N. envoy Staffan de Mistura flew home.",
			[]string{"staffan-de-mistura person aff=UN"}},
		{"NATOSecretaryGeneral", "2017-05-01", "NATO Secretary-General Jens Stoltenberg spoke to reporters.",
			[]string{"jens-stoltenberg person aff=NATO"}},
		{"DemonymDefenceSecretary", "2017-05-01", "British Defence Secretary Michael Harwood left early.",
			[]string{"michael-harwood person aff=GBR unknown"}},
		{"CountrysInteriorMinister", "2017-05-01", "Germany's interior minister Thomas de Berghe spoke first.",
			[]string{"thomas-de-berghe person aff=DEU unknown"}},
		{"NationalSecurityAdviser", "2017-05-01", "U.S. National Security Adviser H.R. Caldwell was there.",
			[]string{"h-r-caldwell person aff=USA unknown"}},
		{"ChiefOfStaff", "2017-05-01", "Israeli chief of staff Gadi Levran gave an interview.",
			[]string{"gadi-levran person aff=ISR unknown"}},
		{"ChiefNegotiator", "2017-05-01", "EU chief negotiator Michel Barnier smiled.",
			[]string{"michel-barnier person aff=EU"}},
		{"Representative", "2018-05-01", "Rep. Todd Rokita spoke first.", []string{"todd-rokita person unknown"}},
		{"Knight", "2018-05-01", "Sir Tim Barrow spoke first.", []string{"tim-barrow person unknown"}},
		{"SpecialAgent", "2018-05-01", "FBI Special Agent Peter Hartmann spoke first.", []string{"peter-hartmann person aff=USA unknown"}},
		{"SpecialCounselNoBody", "2017-06-01", "Special counsel Robert Hartley hired more lawyers.",
			[]string{"robert-hartley person unknown"}},
		{"Ambassador", "2017-05-01", "The French ambassador Gerard Lemoine wrote a letter.",
			[]string{"gerard-lemoine person aff=FRA unknown"}},
		{"SpecialEnvoyOfOrg", "2017-05-01", "Arab League special envoy Lakhdar Brahimi resigned.",
			[]string{"lakhdar-brahimi person aff=ARAB_LEAGUE"}},
		{"General", "2017-05-01", "Iranian General Qassem Rahimi was seen in the photographs.",
			[]string{"qassem-rahimi person aff=IRN unknown"}},
		{"AppositionCountrys", "2017-05-01", "Ilya Morozov, the Kremlin's spokesman, took the call.",
			[]string{"ilya-morozov person aff=RUS unknown", "RUS country"}},
		{"AppositionDemonym", "2017-05-01", "Gerard Lemoine, the French ambassador, wrote a letter.",
			[]string{"gerard-lemoine person aff=FRA unknown", "FRA country"}},
		{"AppositionForBody", "2017-05-01", "Yahya al-Aridi, a spokesman for the High Negotiations Committee, left.",
			[]string{"yahya-al-aridi person aff=HNC unknown", "HNC group"}},
		{"ListIsNoApposition", "2015-06-01", "Angela Merkel, French President Francois Hollande and others met.",
			[]string{"angela-merkel person", "francois-hollande person aff=FRA"}},
		// The title's body after the name, in an of-phrase.
		{"OfCountryAfterName", "2017-05-01", "Prime Minister Theresa May of Britain spoke first.",
			[]string{"theresa-may person aff=GBR"}},
		{"OfBodyAfterName", "2017-05-01", "Secretary-General Antonio Guterres of the United Nations spoke first.",
			[]string{"antonio-guterres person aff=UN"}},
		{"OfUSStateAfterName", "2017-05-01", "Senator Johnny Isakson of Georgia spoke first.",
			[]string{"johnny-isakson person unknown"}},
		{"OfCountryInALongerName", "2017-05-01", "Mr. Carlos Peters of the Cuba Research Center spoke first.",
			[]string{"carlos-peters person unknown", "CUB country"}},
		{"RoomIsNoPerson", "2017-05-01", "Trump spoke in the State Dining Room of the White House.",
			[]string{"donald-trump person", "USA country"}},
		// A body's official posted to a country: the body's, not the country's.
		{"BodysPostingEnvoy", "2017-05-01", "UNICEF's Iraq representative Peter Hawkins spoke first.",
			[]string{"peter-hawkins person aff=UNICEF unknown"}},
		{"TitleWithoutName", "2017-05-01", "The Russian foreign minister arrived late.",
			[]string{"sergey-lavrov person aff=RUS"}}, // the office holder on the date
		{"DefenceSecretaryWithoutName", "2018-03-01", "The US defense secretary arrived late.",
			[]string{"jim-mattis person aff=USA"}},
		{"NationalSecurityAdviserWithoutName", "2019-05-01", "The US national security adviser arrived late.",
			[]string{"john-bolton person aff=USA"}},
		{"PostingInAHeadline", "2012-09-12", "U.S. Ambassador To Libya Dies.", []string{"USA country", "LBY country"}},
		{"LongerBodyBeforeTitle", "2017-05-01", "Later, National Security Council spokesman Michael Anton spoke.", []string{"michael-anton person unknown"}},
		{"TitleWordBeforeBody", "2016-03-01", "Deputy UN envoy Ramzy Ezzeldin Ramzy spoke.", []string{"ramzy-ezzeldin-ramzy person aff=UN unknown"}},
		{"PortfolioIsNoCountry", "2017-05-01", "Senior director for Russian affairs Fiona Hill spoke.", []string{"fiona-hill person unknown"}},
		{"TitleWithoutNameOrHolder", "2017-05-01", "The Russian ambassador arrived late.",
			[]string{"RUS country"}},
		{"TitleWithoutNameOrDate", "", "The Russian foreign minister arrived late.",
			[]string{"RUS country"}},
		{"TitleBeforeABackedForce", "2019-02-22", "The commander of U.S.-backed Syrian forces spoke.",
			[]string{"USA country", "SDF group"}}, // no person named "U.S.-backed Syrian"
		{"ABroadcasterIsNoPerson", "2013-06-10", "Speaking to Al-Jazeera TV, party chief Younes Makhyoun raised the possibility.",
			[]string{"younes-makhyoun person unknown"}},
		{"InitialsAndApostrophes", "1987-03-01", "Ambassador J.D. Okafor met Prime Minister Zaid al-Rifa'i.",
			[]string{"j-d-okafor person unknown", "zaid-al-rifa-i person unknown"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkMentions(t, x, tt.date, []string{tt.text}, tt.want)
		})
	}
	t.Run("StableID", func(t *testing.T) {
		a := article(x, "2017-05-01", "Kremlin spokesman Ilya Morozov spoke.")
		b := article(x, "2017-05-01", "Ilya Morozov, the Kremlin's spokesman, spoke.")
		if len(a) == 0 || len(b) == 0 || a[0].Actors[0].ID != b[0].Actors[0].ID || a[0].Actors[0].ID != "ilya-morozov" {
			t.Errorf("ids differ: %q, %q", describeAll(a), describeAll(b))
		}
		if c := a[0].Actors[0].Country; c != "RUS" {
			t.Errorf("Peskov's country=%q, want RUS", c)
		}
	})
}

func TestMentions_NameFolding(t *testing.T) {
	x := New(testGazetteer(t))
	tests := []struct {
		date string
		id   string
		in   []string // each: a sentence whose first mention must be id
	}{
		{"2018-06-01", "kim-jong-un", []string{"Kim Jong Un spoke.", "Kim Jong-un spoke.", "Kim Jong-Un spoke.", "KIM JONG UN SPEAKS AT LAST"}},
		{"2018-06-01", "moon-jae-in", []string{"Moon Jae-in spoke.", "Moon Jae In spoke.", "Moon Jae-In spoke."}},
		{"2017-05-01", "bashar-al-assad", []string{"Bashar al-Assad spoke.", "Bashar al Assad spoke.", "Bashar Al-Assad spoke.", "Al-Assad spoke.", "al-Assad's aides moved.", "Assad spoke."}},
		{"1990-05-01", "hafez-al-assad", []string{"Al-Assad spoke.", "Assad spoke."}},
		{"2010-05-01", "muammar-gaddafi", []string{"Muammar Gaddafi spoke.", "Moammar Qaddafi spoke.", "Muammar Kadhafi spoke.", "Gadhafi spoke.", "Qaddafi spoke."}},
		{"2017-05-01", "recep-tayyip-erdogan", []string{"Recep Tayyip Erdogan spoke.", "Recep Tayyip Erdoğan spoke.", "Erdoğan spoke.", "ERDOGAN spoke."}},
		{"2017-05-01", "abdel-fattah-el-sisi", []string{"Abdel Fattah el-Sisi spoke.", "Abdel Fattah al-Sisi spoke.", "Abdul Fattah el-Sisi spoke.", "El-Sisi spoke.", "Sisi spoke."}},
		{"2017-05-01", "tamim-bin-hamad-al-thani", []string{"Tamim bin Hamad al-Thani spoke.", "Tamim bin Hamad Al Thani spoke.", "Qatar's Emir Sheikh Tamim bin Hamad Al Thani spoke."}},
		{"2020-05-01", "volodymyr-zelensky", []string{"Volodymyr Zelensky spoke.", "Volodymyr Zelenskyy spoke.", "Volodymyr Zelenskiy spoke."}},
		{"2017-05-01", "sergey-lavrov", []string{"Sergei Lavrov spoke.", "Sergey Lavrov spoke."}},
		{"2017-05-01", "PKK", []string{"The Kurdistan Workers Party attacked.", "The Kurdistan Workers' Party attacked."}},
		// A missing apostrophe before the s of a known name.
		{"2017-05-01", "RUS", []string{"Russias ambassador spoke.", "Russia's ambassador spoke."}},
		{"2017-05-01", "SYR", []string{"Militants Attack Syrias Idlib"}},
	}
	for _, tt := range tests {
		for _, in := range tt.in {
			ms := article(x, tt.date, in)
			if len(ms) == 0 || ms[0].Actors[0].ID != tt.id {
				t.Errorf("mentions(%q)=%q, want %s first", in, describeAll(ms), tt.id)
			}
		}
	}
	t.Run("PossessiveWithoutApostrophe", func(t *testing.T) {
		checkMentions(t, x, "2017-05-01", []string{"Troops loyal to Bashar al-Assad moved.", "Assads forces moved."},
			[]string{"bashar-al-assad person poss"})
	})
	t.Run("PluralIsNoPossessive", func(t *testing.T) {
		for _, in := range []string{"The Americas were quiet.", "The Assads fled.", "Trump Hopes For Calm"} {
			for _, m := range article(x, "2020-05-01", in) {
				if m.Possessive {
					t.Errorf("mentions(%q) has %q", in, describe(m))
				}
			}
		}
	})
}

func TestNameKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"kim jong-un", "kim jong un"},
		{"kurdistan workers ' party", "kurdistan workers party"},
		{"abdel fattah el-sisi", "abdul fattah al sisi"},
		{"moammar qaddafi", "muammar gaddafi"},
		{"russia", "russia"},
	}
	for _, tt := range tests {
		if got := nameKey(tt.in); got != tt.want {
			t.Errorf("nameKey(%q)=%q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAircraftModel(t *testing.T) {
	for w, want := range map[string]bool{
		"F-16": true, "F-16s": true, "Su-24": true, "MiG-29": true, "MQ-9": true, "B-52": true, "Tu-22M3": true, "F/A-18": true,
		"S-400": false, "G-20": false, "COVID-19": false, "F-": false, "F-x": false, "Tu-0": false, "Ukraine": false,
	} {
		if got := aircraftModel(w); got != want {
			t.Errorf("aircraftModel(%q)=%v, want %v", w, got, want)
		}
	}
}

func TestMentions_SurnameCoreference(t *testing.T) {
	x := New(testGazetteer(t))
	tests := []struct {
		name      string
		date      string
		sentences []string
		want      []string
	}{
		// Two people of the gazetteer are called Clinton; in 2010 the bare
		// surname is Hillary, unless the article named Bill.
		{"GazetteerByDate", "2010-03-01", []string{"Clinton flew home."}, []string{"hillary-clinton person"}},
		{"ArticleBeforeGazetteer", "2010-03-01", []string{"Bill Clinton flew home.", "Clinton said little."}, []string{"bill-clinton person"}},
		{"ArticleFirstNamed", "2010-03-01", []string{"Bill Clinton met Hillary Clinton.", "Clinton said little."}, []string{"bill-clinton person"}},
		{"Assad", "1990-03-01", []string{"Bashar al-Assad studied in London.", "Assad returned."}, []string{"bashar-al-assad person"}},
		{"UnknownPerson", "2017-06-01", []string{"Special counsel Robert Hartley hired lawyers.", "Hartley declined to comment."}, []string{"robert-hartley person unknown"}},
		{"UnknownBeforeGazetteer", "2017-06-01", []string{"Ellen Francis, a spokeswoman, wrote it.", "Francis spoke to him."}, []string{"ellen-francis person unknown"}},
		{"TitleAndSurname", "2017-06-01", []string{"Robert Hartley, the special counsel, hired lawyers.", "Special Counsel Hartley declined."}, []string{"robert-hartley person unknown"}},
		{"KnownByName", "2017-06-01", []string{"Rex Tillerson met Sergei Lavrov.", "Tillerson left."}, []string{"rex-tillerson person"}},
		{"LongerNameWins", "2010-03-01", []string{"Bill Clinton flew home.", "Hillary Clinton stayed."}, []string{"hillary-clinton person"}},
		{"FullerNameOfOneNamed", "2014-05-04", []string{"Joe Biden flew to Kiev.", "Vice President Joseph R. Biden spoke."}, []string{"joe-biden person"}},
		// "The two leaders" are the two people the sentence before named.
		{"TheTwoLeaders", "2018-07-16", []string{"Trump spoke with Putin.", "The two leaders met on Monday."}, []string{"donald-trump+vladimir-putin person"}},
		{"TheTwoLeadersOfThree", "2018-07-16", []string{"Trump spoke with Putin and Macron.", "The two leaders met on Monday."}, nil},
		{"TheAdministrationAfterUS", "2018-06-01", []string{"The United States imposed tariffs.", "The administration criticized Beijing."}, []string{"USA country", "CHN country"}},
		// After "Jeb Bush", a bare "Bush" is no known Bush the article has not named.
		{"ShadowedSurname", "2015-06-15", []string{"Jeb Bush entered the race.", "Bush met donors."}, nil},
		{"ShadowedSurnameNamed", "2015-06-15", []string{"George W. Bush praised Jeb Bush.", "Bush met donors."}, []string{"george-w-bush person"}},
		// A surname many share is the office holder only in an article
		// about the office's country (Rodney Williams, Antigua, 2014–).
		{"SharedSurnameInOffice", "2019-07-10", []string{"Trump praised Williams."}, []string{"donald-trump person"}},
		{"SharedSurnameInOfficeCountryNamed", "2019-07-10", []string{"Antigua and Barbuda celebrated.", "Williams spoke."}, []string{"rodney-williams person"}},
		// "The North" and "the South" in an article about the Koreas.
		{"TheNorth", "2017-07-05", []string{"North Korea fired a missile.", "Trump described the North as a rogue nation."}, []string{"donald-trump person", "PRK country"}},
		{"TheNorthElsewhere", "2017-07-05", []string{"Trump spoke.", "The North voted for him."}, nil},
		// A given name the person lacks makes another person of the surname.
		{"OtherGivenName", "2019-10-01", []string{"Joe Biden flew home.", "Trump mocked Hunter Biden."}, []string{"donald-trump person"}},
		{"HonorificKeepsSurname", "2019-10-01", []string{"Joe Biden flew home.", "Trump mocked Mr Biden."}, []string{"donald-trump person", "joe-biden person"}},
		// "The defense secretary": the one person named who holds the
		// office on the article's date, by the dictionaries.
		{"TheOfficeOfOneNamed", "2018-06-01", []string{"Mattis flew to Kabul.", "The defense secretary met donors."}, []string{"jim-mattis person"}},
		{"TheOfficeOfTwoNamed", "2018-06-01", []string{"Lavrov met Pompeo.", "The foreign minister met donors."}, nil},
		{"SentenceStartKeepsSurname", "2019-10-01", []string{"Joe Biden flew home.", "When Biden landed, Trump mocked him."}, []string{"joe-biden person", "donald-trump person"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkMentions(t, x, tt.date, tt.sentences, tt.want)
		})
	}
}

// TestState_NoteLeavesTheStateBefore checks that noting a person in a
// state copied from another (the state before a sentence, kept while the
// sentence is read twice) leaves the other's people as they were.
func TestState_NoteLeavesTheStateBefore(t *testing.T) {
	st := newState("2018-01-01")
	for _, id := range []string{"a", "b", "c"} {
		st.note(schema.Actor{ID: id, Kind: schema.Person, Name: id})
	}
	before := newStateFrom(st)
	st.note(schema.Actor{ID: "a", Kind: schema.Person, Name: "a"})
	var ids []string
	for _, p := range before.people {
		ids = append(ids, p.ID)
	}
	if got := strings.Join(ids, " "); got != "a b c" {
		t.Errorf("the state before holds %q, want \"a b c\"", got)
	}
}

func TestMentions_Places(t *testing.T) {
	x := New(testGazetteer(t))
	tests := []struct {
		name, text string
		want       []string
	}{
		{"StrikeIn", "A drone strike in Pakistan killed four men, Iran said.", []string{"PAK country place", "IRN country"}},
		{"TalksInCapital", "Iran and Russia held talks in Geneva.", []string{"IRN country", "RUS country"}},
		{"WarIn", "The war in Syria entered its seventh year.", []string{"SYR country place"}},
		{"NearBorder", "Shells fell near Turkey on Monday.", []string{"TUR country place"}},
		{"AcrossRegion", "Protests spread across northern Iraq.", []string{"IRQ country place"}},
		{"SanctionsOn", "Washington imposed sanctions on Iran.", []string{"USA country", "IRN country"}},
		{"AttackOn", "Israel carried out an attack on Syria.", []string{"ISR country", "SYR country"}},
		{"Against", "France voted against Russia.", []string{"FRA country", "RUS country"}},
		{"AidTo", "Russia sent aid to Venezuela.", []string{"RUS country", "VEN country"}},
		{"VisitIn", "Tillerson arrived in Russia.", []string{"rex-tillerson person", "RUS country place"}},
		{"Modifier", "He was held in U.S. custody.", []string{"USA country"}},
		{"TheAdministrationAlone", "The administration criticized Beijing.", []string{"CHN country"}},
		{"CityCountry", "Militants attacked the mission in Benghazi, Libya, on Tuesday.", []string{"LBY country place"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkMentions(t, x, "2017-06-01", []string{tt.text}, tt.want)
		})
	}
}

func TestMentions_EthnicGroups(t *testing.T) {
	x := New(testGazetteer(t))
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Turkmens", "Syrian Turkmens accused Russia of bombing their villages.", []string{"RUS country"}},
		{"TurkmenFighters", "Syrian Turkmen fighters accused Russia.", []string{"RUS country"}},
		{"Tajiks", "Tajiks and Uzbeks voted for him, Iran said.", []string{"IRN country"}},
		{"Kurds", "Kurds in Iraq accused Turkey.", []string{"IRQ country place", "TUR country"}},
		{"Uighurs", "Uighurs protested against China.", []string{"CHN country"}},
		{"Others", "Pashtuns, Azeris, Arabs, Tatars and Baluch live there.", nil},
		// The Russians are, in news, usually the government.
		{"Russians", "The Russians accused the Americans.", []string{"RUS country", "USA country"}},
		// A people's adjective is still its country's before a government noun.
		{"UzbekOfficials", "Uzbek officials met Russian diplomats.", []string{"UZB country", "RUS country"}},
		{"TurkmenPresident", "Turkmen President Gurbanguly Berdimuhamedow met Putin.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.want == nil && tt.name == "TurkmenPresident" {
				ms := article(x, "2017-06-01", tt.text)
				if len(ms) == 0 || ms[0].Affiliation == nil || ms[0].Affiliation.ID != "TKM" {
					t.Errorf("mentions(%q)=%q, want a person of TKM", tt.text, describeAll(ms))
				}
				return
			}
			checkMentions(t, x, "2017-06-01", []string{tt.text}, tt.want)
		})
	}
}

func TestMentions_TaglinesAndHeadlines(t *testing.T) {
	x := New(testGazetteer(t))
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Reporting", "Reporting by Tom Perry in Beirut and Ellen Francis in Moscow; Editing by Peter Graff", nil},
		{"AdditionalReporting", "Additional reporting by Jack Stubbs in Moscow; Writing by Angus MacSwan", nil},
		{"InParentheses", "Russia and Syria agreed. (Reporting by Tom Perry in Beirut)", []string{"RUS country", "SYR country"}},
		{"EditingAfterSemicolon", "Iran denied it; Editing by Peter Graff", []string{"IRN country"}},
		{"ReutersDateline", "BEIRUT (Reuters) - Russia accused Turkey.", []string{"RUS country", "TUR country"}},
		{"APDateline", "ANKARA, Turkey (AP) — Turkey accused Russia.", []string{"TUR country", "RUS country"}},
		{"CapitalsDateline", "MOSCOW, March 3 - Russia accused Turkey.", []string{"RUS country", "TUR country"}},
		{"NoDateline", "Moscow - and Tehran - accused Turkey.", []string{"SUN country", "IRN country", "TUR country"}},
		{"ShoutedHeadline", "SOVIET FOREIGN MINISTER MEETS SHULTZ IN MOSCOW", []string{"SUN country", "george-shultz person", "SUN country place"}},
		{"ShoutedPossessive", "TOWER REPORT DIMINISHES REAGAN'S HOPES OF REBOUND", []string{"ronald-reagan person poss"}},
		{"ShoutedGroup", "RUSSIAN TROOPS FIGHT THE ISLAMIC FRONT BRIGADE", []string{"RUS country"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkMentions(t, x, "1987-03-05", []string{tt.text}, tt.want)
		})
	}
}

// TestApposition reads the body of "Name, … title …" from untagged words,
// as in a sentence that holds no trigger and is never tagged.
func TestApposition(t *testing.T) {
	x := New(testGazetteer(t))
	tests := []struct{ text, want string }{
		{"Sergey Lavrov, Russia's foreign minister, smiled.", "RUS"},
		{"Ilya Morozov, the Kremlin's spokesman, smiled.", "RUS"},
		{"Theresa May, speaking at a G7 finance meeting, smiled.", ""},                                 // a participle
		{"Theresa May, with members of the UN Security Council in the State Dining Room, smiled.", ""}, // a title word past the body
		{"Gerard Lemoine, a spokesman with the French Embassy in Washington, smiled.", "FRA"},          // a place past the body
		{"Max Baucus, now the U.S. ambassador to China, smiled.", "USA"},                               // a posting past the body
		{"Evans Revere, senior fellow for Asia and Japan chair with the Washington-based institute, smiled.", ""},
	}
	for _, tt := range tests {
		ms := article(x, "2018-06-01", tt.text)
		got := ""
		if len(ms) > 0 {
			if a := apposition(ms, tokenize(tt.text, 0), 0); a != nil {
				got = a.ID
			}
		}
		if got != tt.want {
			t.Errorf("apposition(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
