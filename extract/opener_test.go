package extract

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestOpenersChangeNothing checks that what a sentence says survives the
// words news wraps around it: an opening adverb, date or phrase, an
// attribution after it, quotation marks, a "said that" before it. Each
// sentence alone must give triples, and every wrapped form the same ones
// (symmetric relations in either order). The wrappers found the repairs
// for "On Tuesday, Putin and Erdogan held talks" (the names taken for
// conjuncts of the day) and "Meanwhile, Germany's foreign minister" (taken
// for an apposition).
func TestOpenersChangeNothing(t *testing.T) {
	x := New(testGazetteer(t))
	sentences := []string{
		"Washington has provided Kiev with more than $2 billion in military assistance since 2014.",
		"Saudi Arabia blamed Iran for the attack on its oil facilities.",
		"Pyongyang lashed out at Seoul over the joint drills.",
		"Russian forces pounded rebel positions in Idlib.",
		"India and Pakistan exchanged fire across the Line of Control.",
		"Ukraine shot down a Russian helicopter near Kherson.",
		"Putin and Erdogan held talks in Sochi on Thursday.",
		"Abe telephoned Trump to discuss North Korea.",
		"Israel threatened to strike Hezbollah if the attacks continue.",
		"The EU slapped sanctions on Belarus after the disputed election.",
		"Britain expelled 23 Russian diplomats over the poisoning.",
		"The UN Security Council urged Israel and the Palestinians to exercise restraint.",
		"Germany demanded that Russia release the Ukrainian sailors.",
		"Poland summoned the Russian ambassador to protest the remarks.",
		"Russia vetoed a UN resolution on Syria drafted by France.",
		"Iran rejected Washington's offer of talks.",
		"Japan and Australia signed a defence pact in Tokyo.",
		"Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Tuesday.",
		"Turkey condemned the Israeli raid as an act of state terrorism.",
		"Russia was accused by Britain of poisoning the former spy.",
		"Germany's foreign minister criticised Turkey for its military operation in Syria.",
		"Iran refused to meet U.S. officials during the talks in Vienna.",
		"Washington has long accused Pyongyang of developing nuclear weapons in violation of UN resolutions.",
		"Moscow has been a key ally of Damascus throughout the eight-year civil war.",
		"Egypt brokered a ceasefire between Israel and the Islamic Jihad group late on Sunday.",
		"Pakistan expelled the Indian high commissioner after New Delhi revoked Kashmir's autonomy.",
		"Ukraine's president appealed to NATO for more weapons.",
		"The Saudi-led coalition struck a Houthi-held port.",
		"Saudi Arabia, backed by the United Arab Emirates, launched a military campaign against the Houthis.",
		"Pakistan has denied Indian accusations that it supports militant groups operating in Kashmir.",
		"The United States on Monday imposed sanctions on Venezuela's state oil company, PDVSA, in a bid to oust President Nicolas Maduro.",
		"The Philippines filed a diplomatic protest against China over the incursion.",
		"Saudi Arabia intercepted a ballistic missile fired by the Houthis toward Riyadh.",
	}
	lower := func(s string) string { // "The EU …" after an opener: "the EU …"
		if w, rest, _ := strings.Cut(s, " "); w == "The" || w == "A" || w == "An" {
			return strings.ToLower(w) + " " + rest
		}
		return s
	}
	bare := func(s string) string { return strings.TrimSuffix(s, ".") }
	wrappers := map[string]func(string) string{
		"statement":   func(s string) string { return "In a statement on Tuesday, " + lower(s) },
		"on Monday":   func(s string) string { return "On Monday, " + lower(s) },
		"meanwhile":   func(s string) string { return "Meanwhile, " + lower(s) },
		"separately":  func(s string) string { return "Separately, " + lower(s) },
		"earlier":     func(s string) string { return "Earlier on Tuesday, " + lower(s) },
		"however":     func(s string) string { return "However, " + lower(s) },
		"said that":   func(s string) string { return "The ministry said that " + lower(s) },
		"officials":   func(s string) string { return bare(s) + ", officials said." },
		"quoted":      func(s string) string { return "\"" + bare(s) + ",\" a spokesman said." },
		"state media": func(s string) string { return bare(s) + ", according to state media." },
	}
	triples := func(text string) []string {
		ts, err := x.Extract(context.Background(), &Article{ID: "opener", Text: text, Date: "2019-06-01"})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, tr := range ts {
			if tr.Relation == "REPRESENTS" {
				continue // the titles said in the sentence, not what it reports
			}
			s, o := tr.Subject.ID, tr.Object.ID
			if tr.Relation.Symmetric() && o < s {
				s, o = o, s
			}
			got = append(got, s+" "+string(tr.Relation)+" "+o+" "+string(tr.Modality)+map[bool]string{true: " neg"}[tr.Negated])
		}
		slices.Sort(got)
		return slices.Compact(got)
	}
	for _, s := range sentences {
		want := triples(s)
		if len(want) == 0 {
			t.Errorf("%q: no triples alone", s)
			continue
		}
		for name, wrap := range wrappers {
			if got := triples(wrap(s)); !slices.Equal(got, want) {
				t.Errorf("%s: %q: got %q, want %q", name, wrap(s), got, want)
			}
		}
	}
}
