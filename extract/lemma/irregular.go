package lemma

import (
	_ "embed"
	"strings"
)

// irregularVerbs lists English verbs whose past or past participle is not
// lemma+ed, one a line: lemma, past, past participle (alternatives joined by
// "|"). Written by hand; compounds (withdraw, overcome, undertake) are listed
// because the rules cannot find their base.
const irregularVerbs = `
arise arose arisen
awake awoke awoken
be was|were been
bear bore borne|born
beat beat beaten
become became become
begin began begun
bend bent bent
bet bet bet
bid bid bid
bind bound bound
bite bit bitten
bleed bled bled
blow blew blown
break broke broken
breed bred bred
bring brought brought
broadcast broadcast broadcast
build built built
burn burnt|burned burnt|burned
burst burst burst
buy bought bought
cast cast cast
catch caught caught
choose chose chosen
cling clung clung
come came come
cost cost cost
creep crept crept
cut cut cut
deal dealt dealt
dig dug dug
do did done
draw drew drawn
dream dreamt|dreamed dreamt|dreamed
drink drank drunk
drive drove driven
dwell dwelt dwelt
eat ate eaten
fall fell fallen
feed fed fed
feel felt felt
fight fought fought
find found found
flee fled fled
fling flung flung
fly flew flown
forbid forbade forbidden
forecast forecast forecast
foresee foresaw foreseen
foretell foretold foretold
forget forgot forgotten
forgive forgave forgiven
freeze froze frozen
get got got|gotten
give gave given
go went gone
grind ground ground
grow grew grown
hang hung hung
have had had
hear heard heard
hide hid hidden
hit hit hit
hold held held
hurt hurt hurt
input input input
keep kept kept
kneel knelt knelt
know knew known
lay laid laid
lead led led
lean leant|leaned leant|leaned
leap leapt|leaped leapt|leaped
learn learnt|learned learnt|learned
leave left left
lend lent lent
let let let
lie lay lain
light lit lit
lose lost lost
make made made
mean meant meant
meet met met
mislead misled misled
mistake mistook mistaken
misunderstand misunderstood misunderstood
offset offset offset
outrun outran outrun
overcome overcame overcome
overdo overdid overdone
overhear overheard overheard
override overrode overridden
overrun overran overrun
oversee oversaw overseen
overtake overtook overtaken
overthrow overthrew overthrown
pay paid paid
plead pled|pleaded pled|pleaded
prove proved proven|proved
put put put
quit quit quit
read read read
rebuild rebuilt rebuilt
recast recast recast
redo redid redone
repay repaid repaid
reset reset reset
retake retook retaken
rethink rethought rethought
rid rid rid
ride rode ridden
ring rang rung
rise rose risen
run ran run
saw sawed sawn
say said said
see saw seen
seek sought sought
sell sold sold
send sent sent
set set set
sew sewed sewn
shake shook shaken
shed shed shed
shine shone shone
shoot shot shot
show showed shown
shrink shrank shrunk
shut shut shut
sing sang sung
sink sank sunk
sit sat sat
slay slew slain
sleep slept slept
slide slid slid
sling slung slung
slit slit slit
speak spoke spoken
speed sped sped
spell spelt|spelled spelt|spelled
spend spent spent
spill spilt|spilled spilt|spilled
spin spun spun
spit spat spat
split split split
spoil spoilt|spoiled spoilt|spoiled
spread spread spread
spring sprang sprung
stand stood stood
steal stole stolen
stick stuck stuck
sting stung stung
stink stank stunk
stride strode stridden
strike struck struck|stricken
string strung strung
strive strove|strived striven|strived
swear swore sworn
sweep swept swept
swell swelled swollen
swim swam swum
swing swung swung
take took taken
teach taught taught
tear tore torn
tell told told
think thought thought
throw threw thrown
thrust thrust thrust
tread trod trodden
undergo underwent undergone
underlie underlay underlain
undermine undermined undermined
understand understood understood
undertake undertook undertaken
underwrite underwrote underwritten
undo undid undone
upset upset upset
uphold upheld upheld
wake woke woken
wear wore worn
weave wove woven
wed wed wed
weep wept wept
win won won
withdraw withdrew withdrawn
withhold withheld withheld
withstand withstood withstood
wring wrung wrung
write wrote written
`

// regularTraps lists regular verbs that the -ed/-ing rules would get wrong
// (they double, keep or restore a letter against the heuristics). Each line:
// the lemma and its -ed form; the -ing form is derived the same way.
const regularTraps = `
add added adding
bankroll bankrolled bankrolling
lambaste lambasted lambasting
boycott boycotted boycotting
combat combated combating
complete completed completing
compete competed competing
create created creating
delete deleted deleting
deplete depleted depleting
focus focused focusing
guide guided guiding
invite invited inviting
unite united uniting
reunite reunited reuniting
cite cited citing
excite excited exciting
ignite ignited igniting
incite incited inciting
recite recited reciting
expedite expedited expediting
waste wasted wasting
taste tasted tasting
paste pasted pasting
pilot piloted piloting
pivot pivoted pivoting
honor honored honoring
labor labored laboring
harbor harbored harboring
blossom blossomed blossoming
ransom ransomed ransoming
interfere interfered interfering
adhere adhered adhering
persevere persevered persevering
revere revered revering
postpone postponed postponing
condone condoned condoning
atone atoned atoning
hang hanged hanging
bang banged banging
signal signaled signaling
total totaled totaling
equal equaled equaling
quiz quizzed quizzing
err erred erring
ebb ebbed ebbing
egg egged egging
ski skied skiing
recall recalled recalling
install installed installing
fulfil fulfilled fulfilling
enrol enrolled enrolling
shore shored shoring
`

// irregularNouns lists plurals the rules cannot undo: singular, plural.
const irregularNouns = `
child children
man men
woman women
person people
foot feet
tooth teeth
goose geese
mouse mice
ox oxen
crisis crises
analysis analyses
thesis theses
hypothesis hypotheses
diagnosis diagnoses
synopsis synopses
criterion criteria
phenomenon phenomena
medium media
datum data
curriculum curricula
bacterium bacteria
alumnus alumni
stimulus stimuli
nucleus nuclei
radius radii
cactus cacti
fungus fungi
index indices
appendix appendices
matrix matrices
life lives
knife knives
wife wives
midwife midwives
housewife housewives
virus viruses
bus buses
bonus bonuses
campus campuses
census censuses
status statuses
focus focuses
genius geniuses
movie movies
cookie cookies
zombie zombies
series series
species species
sheep sheep
deer deer
fish fish
aircraft aircraft
headquarters headquarters
headache headaches
niche niches
cliche cliches
avalanche avalanches
canoe canoes
valve valves
`

// exceptions maps a tag group and a word (lower case except for proper nouns)
// to its lemma. It is built once from the hand tables above (handExceptions)
// and the treebank-derived table; the treebank wins where they disagree.
var (
	handExceptions = buildExceptions()
	exceptions     = withEWT(handExceptions, ewtExceptions)
)

//go:embed ewt_exceptions.tsv
var ewtExceptions string

func buildExceptions() [ngroup]map[string]string {
	var m [ngroup]map[string]string
	for g := range m {
		m[g] = make(map[string]string)
	}
	add := func(g group, form, lemma string) {
		if form != lemma {
			m[g][form] = lemma
		}
	}
	for _, line := range strings.Split(irregularVerbs, "\n") {
		f := strings.Fields(line)
		if len(f) != 3 {
			continue
		}
		for _, form := range strings.Split(f[1]+"|"+f[2], "|") {
			if form != f[0] && rules(form, gVBD) != f[0] {
				add(gVBD, form, f[0])
			}
		}
		for _, form := range []string{thirdOf(f[0]), ingOf(f[0])} {
			if rules(form, groupOf(tagOfForm(form, f[0]))) != f[0] {
				add(groupOf(tagOfForm(form, f[0])), form, f[0])
			}
		}
	}
	for _, line := range strings.Split(regularTraps, "\n") {
		f := strings.Fields(line)
		if len(f) != 3 {
			continue
		}
		add(gVBD, f[1], f[0])
		add(gVBG, f[2], f[0])
		add(gVBZ, thirdOf(f[0]), f[0])
	}
	for _, line := range strings.Split(irregularNouns, "\n") {
		f := strings.Fields(line)
		if len(f) != 2 {
			continue
		}
		add(gNNS, f[1], f[0])
		add(gNNPS, strings.ToUpper(f[1][:1])+f[1][1:], strings.ToUpper(f[0][:1])+f[0][1:])
	}
	for form, lemma := range specialForms {
		add(form.g, form.w, lemma)
	}
	return m
}

// withEWT returns a copy of hand overlaid with the treebank table tsv (lines
// "TAG\tform\tlemma"; "#" starts a comment). A line whose lemma equals its
// form is kept: it overrides the rules for that word.
func withEWT(hand [ngroup]map[string]string, tsv string) [ngroup]map[string]string {
	var m [ngroup]map[string]string
	for g := range m {
		m[g] = make(map[string]string, len(hand[g]))
		for k, v := range hand[g] {
			m[g][k] = v
		}
	}
	for _, line := range strings.Split(tsv, "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 3 || strings.HasPrefix(line, "#") {
			continue
		}
		if g := groupByName(f[0]); g != gOther {
			m[g][f[1]] = f[2]
		}
	}
	return m
}

// tagOfForm returns VBZ for a verb's -s form and VBG for its -ing form.
func tagOfForm(form, lemma string) string {
	if strings.HasSuffix(form, "ing") && !strings.HasSuffix(lemma, "ing") {
		return "VBG"
	}
	return "VBZ"
}

func groupByName(s string) group {
	for g, name := range groupNames {
		if name == s && g != int(gOther) {
			return group(g)
		}
	}
	return gOther
}

type groupWord struct {
	g group
	w string
}

// specialForms are the forms of be, have, do and go, and the contractions.
var specialForms = map[groupWord]string{
	{gVB, "am"}: "be", {gVB, "are"}: "be", {gVB, "'m"}: "be", {gVB, "'re"}: "be",
	{gVB, "art"}: "be", {gVB, "'ve"}: "have",
	{gVBZ, "is"}: "be", {gVBZ, "'s"}: "be", {gVBZ, "has"}: "have",
	{gVBZ, "does"}: "do", {gVBZ, "goes"}: "go",
	{gVBG, "being"}:  "be",
	{gVBD, "'d"}:     "have",
	{gRB, "n't"}:     "not",
	{gJJR, "better"}: "good", {gJJS, "best"}: "good",
	{gJJR, "worse"}: "bad", {gJJS, "worst"}: "bad",
	{gRBR, "better"}: "well", {gRBS, "best"}: "well",
	{gRBR, "worse"}: "badly", {gRBS, "worst"}: "badly",
}
