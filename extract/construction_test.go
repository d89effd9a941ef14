package extract

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestConstructions has one case per construction the rules understand:
// each sentence (in an article of the given date) must yield the listed
// triples, written "SUBJ REL OBJ" with optional " neg", " future" or
// " hypothetical", and, with exact, nothing else.
func TestConstructions(t *testing.T) {
	x := New(testGazetteer(t))
	tests := []struct {
		name  string
		date  string
		text  string
		want  []string
		exact bool
	}{
		{"ActiveVerb", "2017-04-12", "Russia vetoed a United Nations resolution on Syria.", []string{"RUS VETOED UN"}, true},
		{"Passive", "2017-04-12", "Syria was attacked by Israel on Sunday.", []string{"ISR ATTACKED SYR"}, true},
		{"ReducedRelative", "2016-05-01", "Kurdish forces supported by Washington are fighting Islamic State.", []string{"USA SUPPORTED YPG", "YPG ATTACKED ISIS"}, true},
		{"Negation", "2017-04-12", "China did not criticize Russia.", []string{"CHN CRITICIZED RUS neg"}, true},
		{"RebuttedReport", "2019-09-20", "Iran rejected reports that it had attacked Saudi Arabia.", []string{"IRN ATTACKED SAU neg"}, true},
		{"DismissedClaimOfEvent", "2019-09-20", "Tehran dismissed claims of talks between Iran and the United States.", []string{"IRN MET_WITH USA neg"}, true},
		{"CancelledEvent", "2018-07-01", "The meeting between Trump and Putin was abruptly cancelled.", []string{"donald-trump MET_WITH vladimir-putin neg"}, true},
		{"CalledOffVisit", "2018-07-01", "Trump called off his visit to Britain.", []string{"donald-trump VISITED GBR neg"}, true},
		{"ScrappedPlans", "2019-08-20", "Trump scrapped plans to visit Denmark.", []string{"donald-trump VISITED DNK neg"}, true},
		{"PlansOnTheVerb", "2019-08-20", "Trump announced plans to visit Denmark.", []string{"donald-trump VISITED DNK future"}, true},
		{"QuashedIdea", "2018-07-01", "The Kremlin quashed the idea of a summit between Trump and Putin.", []string{"donald-trump MET_WITH vladimir-putin neg hypothetical"}, true},
		{"NoObject", "2018-07-01", "Trump held no talks with Putin.", []string{"donald-trump MET_WITH vladimir-putin neg"}, true},
		{"HardlyAny", "2018-07-01", "Russia sent hardly any weapons to Syria.", []string{"RUS PROVIDED_AID_TO SYR neg"}, true},
		{"NoEvidenceBareClause", "2018-07-01", "There is no evidence Trump discussed sanctions with Putin.", []string{"donald-trump MET_WITH vladimir-putin neg"}, true},
		{"ControlByTheObjectOfOn", "2019-09-25", "Trump leaned on Ukraine to open an investigation into Biden.", []string{"UKR INVESTIGATED joe-biden hypothetical"}, true},
		{"ItIsTheSpeaker", "2019-09-25", "Iran said that when it comes to dealing with the US, it will attack Israel.", []string{"IRN ATTACKED ISR future"}, true},
		{"ModalBeforeTrigger", "2016-01-01", "Moscow said it would back Assad.", []string{"RUS SUPPORTED bashar-al-assad hypothetical"}, true},
		{"ReportedWrong", "2018-05-01", "Washington said Tehran was violating the nuclear deal.", []string{"USA ACCUSED IRN"}, true},
		{"ReportedWrongDenied", "2018-05-01", "Britain said Russia was not interfering in the vote.", nil, true},
		{"HasTheSupportOf", "2017-06-10", "Kuwait has the full support of Saudi Arabia.", []string{"SAU SUPPORTED KWT"}, true},
		{"ReceivedTheBackingOf", "2017-06-10", "Israel received the backing of the United States.", []string{"USA SUPPORTED ISR"}, true},
		{"CancelledPlannedVisit", "2019-08-20", "Trump cancelled a planned visit to Denmark.", []string{"donald-trump VISITED DNK neg future"}, true},
		{"PotentialEvent", "2019-08-20", "The Pentagon planned a potential strike on Iran.", []string{"USA ATTACKED IRN hypothetical"}, true},
		{"ReasonOfTheObject", "2019-08-20", "Washington punished Moscow for its cooperation with Tehran.", []string{"USA SANCTIONED RUS", "RUS COOPERATED_WITH IRN"}, true},
		{"ReasonOfANonActor", "2019-08-20", "The FBI investigated the company for cooperation with Iran.", nil, true},
		{"Future", "2017-04-12", "Japan will impose sanctions on North Korea.", []string{"JPN SANCTIONED PRK future"}, true},
		{"Hypothetical", "2017-04-12", "Washington could impose sanctions on Moscow.", []string{"USA SANCTIONED RUS hypothetical"}, true},
		{"CoordinatedSubjects", "2017-04-12", "Rex Tillerson and Sergey Lavrov met Vladimir Putin.", []string{"rex-tillerson MET_WITH vladimir-putin", "sergey-lavrov MET_WITH vladimir-putin"}, true},
		{"CoordinatedObjects", "2017-04-12", "The United States accused Russia and Iran.", []string{"USA ACCUSED RUS", "USA ACCUSED IRN"}, true},
		{"SymmetricPair", "1987-09-18", "Shultz and Shevardnadze signed an agreement.", []string{"george-shultz SIGNED_AGREEMENT_WITH eduard-shevardnadze"}, true},
		{"TitleRepresents", "2017-04-12", "Russian Foreign Minister Sergey Lavrov criticized NATO.", []string{"sergey-lavrov REPRESENTS RUS", "sergey-lavrov CRITICIZED NATO"}, true},
		{"Apposition", "2017-04-12", "Lavrov, Russia's foreign minister, criticized NATO.", []string{"sergey-lavrov REPRESENTS RUS", "sergey-lavrov CRITICIZED NATO"}, true},
		{"FormerTitle", "2017-04-12", "Former CIA Director James Woolsey met Putin.", []string{"james-woolsey MET_WITH vladimir-putin"}, true},
		{"FormerApposition", "2017-04-12", "John Carlin, a former head of the Justice Department's security division, accused Russia.", []string{"john-carlin ACCUSED RUS"}, true},
		{"StateAgencies", "2016-12-30", "The FBI and the Department of Homeland Security blamed Russia for the hacks.", []string{"USA ACCUSED RUS"}, true},
		{"AbbreviatedTitle", "2016-05-01", "Mr. Obama criticized Iran.", []string{"barack-obama CRITICIZED IRN"}, true},
		{"USStateBeforeTitle", "2014-01-01", "Georgia Sen. Saxby Chambliss criticized Russia.", nil, true},
		{"USStateInPartyLabel", "2014-01-01", "Rep. Martin Heinrich, D-New Mexico, praised Obama.", nil, true},
		{"UnknownTitled", "2016-05-01", "Deputy Security Adviser Ben Rhodes accused Russia.", []string{"ben-rhodes ACCUSED RUS"}, true},
		{"Possessive", "2016-03-01", "Obama's visit to Cuba angered critics.", []string{"barack-obama VISITED CUB"}, true},
		{"NounBetween", "2017-04-12", "The meeting between Putin and Erdogan lasted an hour.", []string{"vladimir-putin MET_WITH recep-tayyip-erdogan"}, true},
		{"NounCondemnation", "2017-04-12", "Turkey's condemnation of Syria was swift.", []string{"TUR CRITICIZED SYR"}, true},
		{"TalksWith", "2017-04-12", "Iran held talks with Russia on Monday.", []string{"IRN MET_WITH RUS"}, true},
		{"Copula", "2017-04-12", "Russia is Syria's ally.", []string{"RUS ALLIED_WITH SYR"}, true},
		{"Refusal", "2017-04-12", "Iran refused to meet the United States.", []string{"IRN REJECTED USA"}, true},
		{"RelativeClause", "2017-04-12", "Saudi Arabia, which backs the rebels in Syria, criticized Iran.", []string{"SAU SUPPORTED SYRIAN_OPPOSITION", "SAU CRITICIZED IRN"}, true},
		{"GenericRebelsNeedAConflict", "2017-04-12", "Saudi Arabia, which backs the rebels, criticized Iran.", []string{"SAU CRITICIZED IRN"}, true},
		{"RelativeAfterComma", "2017-04-12", "The sanctions drew anger from Russian officials, who accused the Obama administration of lying.", []string{"RUS ACCUSED USA"}, true},
		{"ObjectPossessor", "2017-04-12", "Obama praised Mexico's efforts to stop migrants.", []string{"barack-obama SUPPORTED MEX"}, true},
		{"ObjectPossessorOfficial", "2017-04-12", "Several French generals have condemned Mr Putin's decision.", []string{"FRA CRITICIZED vladimir-putin"}, true},
		{"KinNounIsNotItsPossessor", "2017-04-12", "Japan criticized Russia's allies.", nil, true},
		{"RelativeSingularAgreement", "2017-04-12", "Iran and Russia, which backs Assad, criticized Turkey.", []string{"RUS SUPPORTED bashar-al-assad", "IRN CRITICIZED TUR", "RUS CRITICIZED TUR"}, true},
		{"RelativeOnCoordination", "2017-04-12", "Tillerson and Russian Foreign Minister Sergey Lavrov, who had met earlier, joined Putin.", []string{"sergey-lavrov REPRESENTS RUS", "rex-tillerson MET_WITH sergey-lavrov", "rex-tillerson MET_WITH vladimir-putin", "sergey-lavrov MET_WITH vladimir-putin"}, true},
		{"RelativePassive", "2017-04-12", "The rebels, who are backed by Turkey and Qatar, attacked the Syrian army.", []string{"TUR SUPPORTED SYRIAN_OPPOSITION", "QAT SUPPORTED SYRIAN_OPPOSITION", "SYRIAN_OPPOSITION ATTACKED SYR"}, true},
		{"PurposeOfLightVerb", "2017-04-12", "Turkey launched an operation in Syria to tackle the Kurdish militias.", []string{"TUR ATTACKED YPG"}, true},
		{"PlanRejectedIsNoAttack", "2017-04-12", "Turkey rejected a plan to attack Syria.", nil, true},
		{"TimeAdjunctOnNoun", "1987-05-01", "French Defence Minister Andre Giraud and his German counterpart agreed on a plan during talks in Bonn.", []string{"andre-giraud REPRESENTS FRA", "andre-giraud MET_WITH DEU"}, true},
		{"StrandedSubject", "2017-04-12", "On Wednesday, Russia's representative to the United Nations vetoed a Security Council resolution.", []string{"RUS VETOED UNSC"}, true},
		{"ReceivedFrom", "2017-04-12", "Russia faced criticism from the European Union.", []string{"EU CRITICIZED RUS"}, true},
		{"ReceivedAidFrom", "2017-04-12", "Ukraine received military aid from the United States.", []string{"USA PROVIDED_AID_TO UKR"}, true},
		{"ReceivedInParticiple", "2017-04-12", "Iran has tested missiles, drawing threats from Washington.", []string{"USA THREATENED IRN"}, true},
		{"PurposeOnAdjunct", "2017-04-12", "Turkey sent troops into Aleppo province to fight the Kurdish militias.", []string{"TUR ATTACKED YPG"}, true},
		{"VerbAfterApposition", "2016-02-01", "Salim al-Muslat, a spokesman for the opposition, accused Russia and the Syrian government of blocking talks.", []string{"salim-al-muslat ACCUSED RUS", "salim-al-muslat ACCUSED SYR"}, true},
		{"SentenceNeedsAVerb", "2017-04-12", "Iran's support for Hezbollah worries Israel.", []string{"IRN SUPPORTED HEZBOLLAH"}, true},
		{"ParticipleTaggedForPast", "2017-04-12", "The US-backed Syrian Democratic Forces fought Islamic State near Raqqa.", []string{"USA SUPPORTED SDF", "SDF ATTACKED ISIS"}, true},
		{"ReducedRelativeStaysPassive", "2017-04-12", "Kurdish fighters backed by the United States attacked Islamic State.", []string{"USA SUPPORTED YPG", "YPG ATTACKED ISIS"}, false},
		{"NamesReadAsOneWord", "2017-04-12", "Russian Foreign Minister Sergey Lavrov met Rex Tillerson in Moscow earlier in the day.", []string{"sergey-lavrov REPRESENTS RUS", "sergey-lavrov MET_WITH rex-tillerson"}, true},
		{"PunctuationHeadsNothing", "2017-04-12", "Iran supported militant groups including Hezbollah and Hamas.", []string{"IRN SUPPORTED HEZBOLLAH", "IRN SUPPORTED HAMAS"}, true},
		{"PronounAcrossSentences", "2017-04-12", "Russia vetoed the resolution. It also criticized the United States.", []string{"RUS CRITICIZED USA"}, true},
		{"PronounItIsTheNounBefore", "2017-04-12", "Iraq welcomed the plan. The plan says it will support Iran.", nil, true},
		{"SheTakesAWoman", "2017-04-12", "Vladimir Putin met Angela Merkel. She criticized Russia.", []string{"vladimir-putin MET_WITH angela-merkel", "angela-merkel CRITICIZED RUS"}, true},
		{"HeSkipsAWoman", "2017-04-12", "Vladimir Putin met Angela Merkel. He criticized Ukraine.", []string{"vladimir-putin MET_WITH angela-merkel", "vladimir-putin CRITICIZED UKR"}, true},
		{"TitleAloneHidesTheReferent", "2017-04-12", "Vladimir Putin spoke on Monday. The president said he would visit China.", nil, true},
		{"OfficeHolderByDescription", "2017-05-01", "The Iranian foreign minister also criticized the United States.", []string{"mohammad-javad-zarif REPRESENTS IRN", "mohammad-javad-zarif CRITICIZED USA"}, true},
		{"FormerOfficeHolderIsNoOne", "2017-05-01", "A former Iranian foreign minister criticized the United States.", []string{"IRN CRITICIZED USA"}, false},
		{"ObjectByAgent", "2018-05-24", "North Korean official Choe Son-hui dismissed remarks by US Vice-President Mike Pence.", []string{"choe-son-hui REPRESENTS PRK", "mike-pence REPRESENTS USA", "choe-son-hui REJECTED mike-pence"}, true},
		{"TitledAliasKeepsItsCountry", "2016-03-21", "German Chancellor Angela Merkel met French President Francois Hollande.", []string{"angela-merkel REPRESENTS DEU", "francois-hollande REPRESENTS FRA", "angela-merkel MET_WITH francois-hollande"}, true},
		{"DisputedAccount", "2017-04-12", "Moscow disputed Washington's account of the attack.", []string{"RUS REJECTED USA"}, true},
		{"DinnerWith", "2011-05-10", "John Kerry had dinner with Afghan President Hamid Karzai.", []string{"hamid-karzai REPRESENTS AFG", "john-kerry MET_WITH hamid-karzai"}, true},
		{"RecipientInObjectPhrase", "2019-06-01", "Washington will provide $300 million in military aid to Ukraine.", []string{"USA PROVIDED_AID_TO UKR future"}, true},
		{"RecipientOnTheObject", "2019-06-01", "Russia supplied S-400 missiles to Turkey.", []string{"RUS PROVIDED_AID_TO TUR"}, true},
		{"WeaponsSent", "2023-01-25", "Germany sent tanks to Ukraine.", []string{"DEU PROVIDED_AID_TO UKR"}, true},
		{"InfinitiveAfterTo", "2019-06-01", "Japan and South Korea agreed to share military intelligence.", []string{"JPN COOPERATED_WITH KOR future"}, true},
		{"VetoIsInABody", "2019-06-01", "Russia vetoed a draft resolution on Syria at the Security Council.", []string{"RUS VETOED UNSC"}, true},
		{"EventObjectTakesItsAgent", "2019-06-01", "The Pentagon is investigating the Turkish strike.", []string{"USA INVESTIGATED TUR"}, true},
		{"LedBloc", "2017-06-10", "Qatar rejected the demands of the Saudi-led bloc.", []string{"QAT REJECTED SAU"}, true},
		{"FiredAt", "2020-01-08", "Iran fired missiles at US bases in Iraq.", []string{"IRN ATTACKED USA"}, true},
		{"LexiconPrepositionTakesACountry", "2019-06-01", "Trump lashed out at China over trade.", []string{"donald-trump CRITICIZED CHN"}, true},
		{"FiredAtACountry", "2019-06-01", "Hamas fired rockets at Israel.", []string{"HAMAS ATTACKED ISR"}, true},
		{"NounClaimsTheNextPhrase", "2019-06-01", "Dozens were killed in American air strikes on the strongholds of Islamic State.", []string{"USA ATTACKED ISIS"}, true},
		{"InSupportOfOnANoun", "2019-06-01", "The Russian air campaign in support of the Syrian army will continue.", []string{"RUS SUPPORTED SYR"}, true},
		{"CoordinatedDemonyms", "2019-06-01", "Lavrov met the Syrian and Iranian foreign ministers in Moscow.", []string{"sergey-lavrov MET_WITH SYR", "sergey-lavrov MET_WITH IRN"}, true},
		{"CoordinatedDemonymsInAMention", "2019-06-01", "Russian, Turkish and Iranian officials criticized the United States.", []string{"RUS CRITICIZED USA", "TUR CRITICIZED USA", "IRN CRITICIZED USA"}, true},
		{"RelativeSubjectOfAnAdjunct", "2019-06-01", "The strike was carried out by Russian jets which operate in support of the Syrian regime.", []string{"RUS SUPPORTED SYR"}, true},
		{"DeniedItIsAClaim", "2019-06-01", "Syria's army attacked the rebels. Russia denied it.", []string{"SYR ATTACKED SYRIAN_OPPOSITION"}, true},
		{"ExpletiveIt", "2019-06-01", "Russia vetoed the resolution. It is unclear whether it will attack Ukraine.", []string{"RUS ATTACKED UKR hypothetical"}, true},
		{"CapitalBeforeEventIsAPlace", "2016-03-25", "Brussels was locked down after the Paris attacks against France.", nil, true},
		{"CapitalBeforeVisitIsTheDestination", "1987-04-01", "It came a week before a scheduled Moscow visit by Shultz.", []string{"george-shultz VISITED SUN future"}, true},
		{"WarAgainstIsOneWay", "2019-06-01", "The US-led coalition launched an air war against Islamic State.", []string{"USA ATTACKED ISIS"}, true},
		{"WarWithIsMutual", "2019-06-01", "Russia is at war with Ukraine.", []string{"RUS ATTACKED UKR", "UKR ATTACKED RUS"}, true},
		{"IrregularPastAfterAName", "2019-06-01", "Putin spoke by phone with Erdogan.", []string{"vladimir-putin SPOKE_WITH recep-tayyip-erdogan"}, true},
		{"NumberWithCommas", "2019-06-01", "The US sent 3,000 troops to Poland.", []string{"USA PROVIDED_AID_TO POL"}, true},
		{"CapitalsOtherSpelling", "2019-06-01", "Washington supplied Kiev with Javelin missiles.", []string{"USA PROVIDED_AID_TO UKR"}, true},
		{"TwoSubjectsAreConjuncts", "2019-06-01", "The United States and the Islamic Republic of Iran discussed the nuclear deal.", []string{"USA MET_WITH IRN"}, true},
		{"RelativeObjectControls", "2019-06-01", "Iran, which Israel accuses of backing Hezbollah, denied the report.", []string{"ISR ACCUSED IRN", "IRN SUPPORTED HEZBOLLAH"}, true},
		{"SaidResponsible", "2019-06-01", "Washington said Moscow was responsible for the attack.", []string{"USA ACCUSED RUS"}, true},
		{"HeldResponsible", "2019-06-01", "Britain did not hold Russia responsible for the poisoning.", []string{"GBR ACCUSED RUS neg"}, true},
		{"SaidBehindAHarm", "2017-01-06", "US officials said Russia was behind the election meddling.", []string{"USA ACCUSED RUS"}, true},
		{"SaidBehind", "2019-06-01", "Turkey said the Kurdish militia was behind the bombing.", []string{"TUR ACCUSED YPG"}, true},
		{"ResponsibleForNoHarm", "2019-06-01", "Russia is responsible for the security of the embassy, Britain said.", nil, true},
		{"JoinedInDoing", "2019-06-01", "Japan joined the United States in imposing sanctions on Moscow.", []string{"JPN SANCTIONED RUS", "USA SANCTIONED RUS"}, true},
		{"ArmsExports", "2019-06-01", "China exports drones to Pakistan.", []string{"CHN PROVIDED_AID_TO PAK"}, true},
		{"TriggerVerbBetweenActors", "2019-06-01", "When the US sanctions Russia for its behaviour in Ukraine, it acts alone.", []string{"USA SANCTIONED RUS"}, true},
		{"ReducedRelativeWithAgent", "2019-06-01", "North Korea is short of fuel because of harsh sanctions slapped on the country by the US and China.", []string{"USA SANCTIONED PRK", "CHN SANCTIONED PRK"}, true},
		{"TellingVerbsObjectBeforeAClause", "2019-06-01", "Japan warned the United States it may take retaliatory measures.", []string{"JPN THREATENED USA"}, true},
		{"BlameDeniedByTheReporter", "2018-06-15", "Trump says he doesn't think Kim Jong Un is responsible for the death of Otto Warmbier.", []string{"donald-trump ACCUSED kim-jong-un neg"}, true},
		{"JoinedInASearchIsNoMeeting", "2019-06-01", "France joins the United States in the search for the girls.", nil, true},
		{"RelativeObjectHungElsewhere", "2016-04-02", "Trump expressed concerns over the relationship with Saudi Arabia, which Trump accused of not paying its share.", []string{"donald-trump ACCUSED SAU"}, true},
		{"SubjectNearestTheVerb", "2007-10-01", "Just weeks after the vote, Iranian President Mahmoud Ahmadinejad accused the US of organizing the attacks.", []string{"mahmoud-ahmadinejad REPRESENTS IRN", "mahmoud-ahmadinejad ACCUSED USA"}, true},
		{"TitleCaseAcronym", "2018-07-11", "At a meeting with Nato chief Jens Stoltenberg, Trump criticized Germany.", []string{"jens-stoltenberg REPRESENTS NATO", "donald-trump MET_WITH jens-stoltenberg", "donald-trump CRITICIZED DEU"}, true},
		{"TitleBeforeAVerbIsNoApposition", "2018-07-11", "At a breakfast with Jens Stoltenberg, the US leader said Germany was controlled by Russia.", nil, true},
		{"AppositionIsNoSecondObject", "2017-04-12", "Trump met Sergei Lavrov, Russia's foreign minister.", []string{"sergey-lavrov REPRESENTS RUS", "donald-trump MET_WITH sergey-lavrov"}, true},
		{"AidCut", "2014-03-01", "Obama chopped aid to Uganda in 2014.", []string{"barack-obama DOWNGRADED_RELATIONS UGA"}, true},
		{"AidWithheld", "2019-09-01", "Washington withheld military aid from Ukraine.", []string{"USA DOWNGRADED_RELATIONS UKR"}, true},
		{"TargetHungOnAPhraseBetween", "2015-11-23", "France launched its first airstrikes from an aircraft carrier against ISIS on Monday.", []string{"FRA ATTACKED ISIS"}, true},
		{"EachOther", "2019-06-01", "Russia and Ukraine accused each other of violating the ceasefire.", []string{"RUS ACCUSED UKR", "UKR ACCUSED RUS"}, true},
		{"EachOthersInAComplement", "2018-07-01", "Washington and Beijing have threatened to impose tariffs on each other's products.", []string{"USA THREATENED CHN", "CHN THREATENED USA", "USA SANCTIONED CHN hypothetical", "CHN SANCTIONED USA hypothetical"}, true},
		{"ObjectPronounIsNotTheSubject", "2018-02-10", "Syria said Israeli jets struck its air base near Homs.", []string{"ISR ATTACKED SYR", "SYR ACCUSED ISR"}, true},
		{"VictimReportsAnAttack", "2022-06-01", "Ukraine said Russian forces shelled Ukrainian positions overnight.", []string{"RUS ATTACKED UKR", "UKR ACCUSED RUS"}, true},
		{"AttackerReportsNoBlame", "2022-06-01", "Israel said its jets struck Hezbollah targets.", []string{"ISR ATTACKED HEZBOLLAH"}, true},
		{"UnknownNameBlocksHe", "2015-06-01", "Barack Obama spoke on Monday. Chuck Schumer said he would visit China.", nil, true},
		{"UnknownSpeakerBlocksHe", "2015-06-01", "Barack Obama spoke on Monday. Later, Schumer said he would visit China.", nil, true},
		{"UnknownSubjectBlocksHisNextSentence", "2015-06-01", "Barack Obama spoke on Monday. Chuck Schumer arrived later. His aides criticized China.", nil, true},
		{"HisTakesTheSubjectBefore", "2015-06-01", "Barack Obama spoke on Monday. His envoy criticized China.", []string{"barack-obama CRITICIZED CHN"}, true},
		{"PhoneCallIsNoAppeal", "2017-01-01", "Erdogan got a similar call from Trump.", []string{"donald-trump SPOKE_WITH recep-tayyip-erdogan"}, true},
		{"CallTo", "2016-01-01", "Obama and Netanyahu made a historic call to Erdogan.", []string{"barack-obama SPOKE_WITH recep-tayyip-erdogan", "benjamin-netanyahu SPOKE_WITH recep-tayyip-erdogan"}, true},
		{"BetweenOnlyForMutualEvents", "2017-06-01", "Allegations of collusion between Trump and Russia persist.", nil, true},
		{"AttackBetweenPeopleIsWords", "2016-06-01", "Donald Trump's attack on Hillary Clinton drew fire.", []string{"donald-trump CRITICIZED hillary-clinton"}, true},
		{"NoEvidenceThat", "2019-09-20", "There is no evidence that Iran attacked Saudi Arabia.", []string{"IRN ATTACKED SAU neg"}, true},
		{"CloseToIsNotYet", "2019-09-20", "Russia and Japan are close to signing an accord.", []string{"RUS SIGNED_AGREEMENT_WITH JPN future"}, true},
		{"MetWithOthersIsNotEachOther", "2016-09-01", "Donald Trump and Mike Pence met with 20 surrogates.", nil, true},
		{"HoldOffFrom", "2019-06-01", "Germany will hold off from imposing sanctions on Russia.", nil, true},
		{"WarnedAgainstDoingHasNoDoer", "2015-04-01", "Fabius warned against signing a deal with Iran.", nil, true},
		{"SupportForDoingHasNoDoer", "2002-09-01", "Trump signaled support for invading Iraq.", nil, true},
		{"EndingAnInquiryIsNoInquiry", "2017-02-14", "Trump sought to end the investigation of Flynn.", nil, true},
		{"RelativePronounInANounPredicate", "2018-03-01", "Ross spoke about Canada and Mexico, which are in negotiations with the US over the trade agreement.", []string{"CAN NEGOTIATED_WITH USA", "MEX NEGOTIATED_WITH USA"}, true},
		{"RelativePronounAgreesInANounPredicate", "2018-03-01", "Ross spoke about Canada and Mexico, which is in negotiations with the US.", []string{"MEX NEGOTIATED_WITH USA"}, true},
		{"BetweenAcrossAnInterruption", "2016-06-01", "Hasaka has seen heavy fighting between the Kurdish YPG militia, backed by the U.S.-led air strikes, and Islamic State militants.", []string{"YPG ATTACKED ISIS", "ISIS ATTACKED YPG"}, false},
		{"JoiningCountriesIsNoMeeting", "2017-11-20", "North Korea will now join Iran, Sudan and Syria on the list.", nil, true},
		{"MutualEventModifierIsNoTarget", "2015-07-20", "Senator Tom Cotton voiced sharp criticism of the Iran nuclear deal.", nil, true},
		{"AttackedCityIsAPlace", "2016-03-25", "Islamic State claimed the attacks on Paris and Brussels.", nil, true},
		{"BareSurnameOfAForgottenLeader", "2018-06-01", "Perry met Putin.", nil, true},
		{"PluralIsNoOnesPossessive", "2018-06-01", "Soros criticized Trump.", nil, true},
		{"BareSurnameOfACandidate", "2016-06-01", "Trump criticized Mexico.", []string{"donald-trump CRITICIZED MEX"}, true},
		{"NounComplementTarget", "1987-04-01", "President Reagan's threat to impose tariffs on Japanese exports worried the markets.", []string{"ronald-reagan THREATENED JPN", "ronald-reagan SANCTIONED JPN hypothetical"}, true},
		{"ThreatToIsHypothetical", "2013-09-10", "Obama's threat to attack Syria worked.", []string{"barack-obama THREATENED SYR", "barack-obama ATTACKED SYR hypothetical"}, true},
		{"AllegationsThat", "2020-03-20", "China's allegations that the United States spread the virus drew anger.", []string{"CHN ACCUSED USA"}, true},
		{"OwnedThingsStandForTheCountry", "2019-06-01", "Washington blacklisted three Iranian banks.", []string{"USA SANCTIONED IRN"}, true},
		{"AidMovesFromGiverToReceiver", "2019-10-01", "The security assistance went from Washington to Kiev before September 30.", []string{"USA PROVIDED_AID_TO UKR"}, true},
		{"TwoWhoSpokeSpokeTogether", "2013-09-10", "Barack Obama arrived on Friday. He and Russian President Vladimir Putin spoke about Syria at the summit.", []string{"vladimir-putin REPRESENTS RUS", "barack-obama SPOKE_WITH vladimir-putin"}, false},
		{"TwoWhoSpokeToARoom", "2013-09-10", "Putin and Erdogan spoke at the conference.", nil, true},
		{"UnderFireFrom", "2019-06-01", "Russia came under fire from the European Union.", []string{"EU CRITICIZED RUS"}, true},
		{"TroopsUnderFireFrom", "2019-06-01", "Turkish troops came under fire from Islamic State militants.", []string{"ISIS ATTACKED TUR"}, true},
		{"VoicedConcern", "2019-06-01", "Germany voiced concern over Turkey's crackdown.", []string{"DEU CRITICIZED TUR"}, true},
		{"TookAimAt", "2019-06-01", "Washington took aim at Beijing.", []string{"USA CRITICIZED CHN"}, true},
		{"IncludingDoingKeepsTheDoer", "2017-08-01", "Iran engaged in destabilizing activities, including carrying out cyberattacks on U.S. targets.", []string{"IRN ATTACKED USA"}, true},
		{"VerbAgain", "2018-11-05", "The US re-imposed sanctions on Iran's oil sector.", []string{"USA SANCTIONED IRN"}, true},
		{"ArmsExportsNoun", "2019-06-01", "Russian arms exports to India rose.", []string{"RUS PROVIDED_AID_TO IND"}, true},
		{"CarSalesAreNoAid", "2019-06-01", "Japanese car sales to China rose.", nil, true},
		{"QuestionAssertsNothing", "2014-09-01", "Will NATO protect Ukraine from Russia?", []string{"NATO PROVIDED_AID_TO UKR hypothetical"}, false},
		{"AwardIsNoVisitor", "2019-06-01", "Obama received China's highest honor.", nil, true},
		{"TradeRetaliationIsNoAttack", "2019-06-01", "China retaliated with tariffs on US goods.", nil, true},
		{"ClashBetweenPeopleIsADispute", "2019-06-01", "Lutsenko had clashes with Ambassador Marie Yovanovitch.", nil, true},
		{"ByDoingOnANoun", "2018-07-16", "Trump, in other words, may have done more damage by meeting with Putin than he would have done by staying home.", []string{"donald-trump MET_WITH vladimir-putin"}, true},
		{"AfterDoingPastAClauseWithoutActor", "2016-09-05", "Obama questioned whether a deal was possible after meeting Russian President Vladimir Putin in China.", []string{"vladimir-putin REPRESENTS RUS", "barack-obama MET_WITH vladimir-putin"}, true},
		{"HeIsTheSpeaker", "2019-06-01", "Vladimir Putin met Angela Merkel, and Erdogan said he would visit Germany.", []string{"vladimir-putin MET_WITH angela-merkel", "recep-tayyip-erdogan VISITED DEU hypothetical"}, true},
		{"UnknownSpeakerIsHe", "2019-06-01", "Trump met Putin, and Schumer said he would visit Russia.", []string{"donald-trump MET_WITH vladimir-putin"}, true},
		{"PronounInsideItsOwnAntecedent", "2019-06-01", "If any Russians are swept up in the call, their part of it is supposed to be concealed to protect their identity.", nil, true},
		{"AgreedToForceIsNoThreat", "2018-03-26", "Britain agreed to expel 60 Russians.", []string{"GBR DOWNGRADED_RELATIONS RUS future"}, true},
		{"InsistedThatIsAClaim", "2019-06-01", "China insisted that the United States was not negotiating in good faith.", nil, true},
		{"InsistedThatIsADemand", "2019-06-01", "China insisted that the United States withdraw its ships.", []string{"CHN DEMANDED USA"}, true},
		{"FailedToDiscloseAMeeting", "2018-07-20", "Donald Trump failed to disclose his meeting with Vladimir Putin.", []string{"donald-trump MET_WITH vladimir-putin"}, true},
		{"HeldPlaceStandsForHolder", "2019-06-01", "Syrian government forces attacked rebel-held Idlib.", []string{"SYR ATTACKED SYRIAN_OPPOSITION"}, true},
		{"ParticleMakesAVerb", "2019-06-01", "Ukraine's military shot down a Russian drone.", []string{"UKR ATTACKED RUS"}, true},
		{"ModifierEndsAtTheVerb", "2019-06-01", "Iranian-backed militias attacked US troops in Syria.", nil, true},
		{"AccusedOfGerund", "2019-06-01", "The United States accused Iran of supplying weapons to the Houthis.", []string{"USA ACCUSED IRN", "IRN PROVIDED_AID_TO HOUTHIS"}, true},
		{"ObjectControlsInfinitive", "2019-06-01", "Washington trained Afghan soldiers to fight the Taliban.", []string{"USA PROVIDED_AID_TO AFG", "AFG ATTACKED TALIBAN"}, true},
		{"ThingObjectLeavesSubjectInControl", "2019-06-01", "Russia launched strikes to weaken ISIS.", []string{"RUS ATTACKED ISIS"}, true},
		{"CoSubjectsOfANonReciprocalVerb", "2019-06-01", "Jordan, Egypt and Turkey have worked hard on the plan.", nil, true},
		{"CoSubjectsWorkingTogether", "2019-06-01", "Jordan and Egypt worked together on the plan.", []string{"JOR COOPERATED_WITH EGY"}, true},
		{"NamedObjectIsNotItsPossessor", "2018-04-16", "The United States sanctioned China's ZTE.", nil, true},
		{"AbstractObjectIsNoTarget", "2018-05-08", "Trump killed Iran's nuclear deal.", nil, true},
		{"FigurativeWar", "2019-06-01", "Washington launched a pressure campaign against Tehran.", nil, true},
		{"MilitaryCampaign", "2019-06-01", "Russia launched a military campaign against the rebels in Syria.", []string{"RUS ATTACKED SYRIAN_OPPOSITION"}, true},
		{"QuestionIsNoCall", "2019-06-01", "Reporters asked Russia why it attacked.", nil, true},
		{"AskedFor", "2019-06-01", "Iran asked Russia for help.", []string{"IRN CALLED_ON RUS"}, true},
		{"JoiningABodyIsNoMeeting", "2019-06-01", "Montenegro joined NATO.", nil, true},
		{"RebelsOfTheSentencesCountry", "2016-03-01", "Syria's war went on. Yemen's rebels attacked Saudi Arabia.", []string{"HOUTHIS ATTACKED SAU"}, true},
		{"OtherGivenNameIsAnotherPerson", "2015-06-01", "Barack Obama met Chris Christie.", nil, true},
		{"NewJerseyIsNoJersey", "2015-06-01", "New Jersey lawmakers criticized Britain.", nil, true},
		{"PassiveParticipleClause", "2018-01-10", "When asked by reporters, Defense Secretary Jim Mattis criticized Russia.", []string{"jim-mattis CRITICIZED RUS"}, true},
		{"ModifierIsNoAntecedent", "2016-10-01", "The Britain-based Observatory said ISIS lost fighters in its clashes with the Kurds.", nil, true},
		{"HeReachesOneSentenceBack", "2017-04-12", "Vladimir Putin spoke first. The talks went on. He criticized NATO.", nil, true},
		{"RequestedEventIsOthers", "2019-09-25", "Trump asked for an investigation of Joe Biden.", nil, true},
		{"DashApposition", "2016-03-01", "Interior Minister Thomas de Maiziere -- Germany's top security official -- spoke.", []string{"thomas-de-maiziere REPRESENTS DEU"}, true},
		{"EventSubjectIsItsAgent", "2020-01-06", "A US drone strike killed a senior al-Shabab commander in Somalia.", []string{"USA ATTACKED AL_SHABAAB"}, true},
		{"EventRelativeIsItsAgent", "2020-01-06", "Trump ordered the strike that killed Iranian General Qasem Soleimani.", []string{"qasem-soleimani REPRESENTS IRN", "donald-trump ATTACKED qasem-soleimani"}, true},
		{"WhoAfterItsPerson", "2018-04-07", "The sanctions brought condemnation from senior Russian officials, who accused the Trump administration of lying.", []string{"RUS ACCUSED USA"}, false},
		// The commander is an unnamed official of the UK (guideline), not a person "Maritime Forces".
		{"BodyIsNoPersonName", "2020-01-06", "The commander of the UK Maritime Forces criticized Iran.", []string{"GBR CRITICIZED IRN"}, true},
		{"TheirMakesItMutual", "2018-05-01", "Iran and Russia coordinated their positions on Syria.", []string{"IRN COOPERATED_WITH RUS"}, true},
		{"OppositionForces", "2014-05-01", "Qatar supported the opposition forces in Syria.", []string{"QAT SUPPORTED SYRIAN_OPPOSITION"}, true},
		{"PassiveInAnEventByAgent", "2011-05-02", "Osama bin Laden was killed in a raid by US forces in Pakistan.", []string{"USA ATTACKED osama-bin-laden"}, true},
		{"PassiveInAModifiedEvent", "2014-07-20", "Hamas commanders were killed in an Israeli airstrike.", []string{"ISR ATTACKED HAMAS"}, true},
		{"PredicateNoun", "2015-11-25", "Iran has been in talks with the European Union.", []string{"IRN MET_WITH EU"}, true},
		{"PredicateRelationalNoun", "2015-11-25", "Russia is the main backer of Assad.", []string{"RUS SUPPORTED bashar-al-assad"}, true},
		{"WarnedAgainstGerund", "2022-02-01", "The US warned Russia against invading Ukraine.", []string{"USA THREATENED RUS", "RUS ATTACKED UKR hypothetical"}, true},
		{"VowOfForceIsAThreat", "2020-06-01", "North Korea vowed to retaliate against South Korea.", []string{"PRK THREATENED KOR", "PRK ATTACKED KOR future"}, true},
		{"ExchangedFire", "2020-06-01", "Pakistan and India exchanged fire across the border.", []string{"PAK ATTACKED IND", "IND ATTACKED PAK"}, true},
		{"ClashedEachOther", "2020-10-01", "Armenia and Azerbaijan clashed over Nagorno-Karabakh.", []string{"ARM ATTACKED AZE", "AZE ATTACKED ARM"}, true},
		{"BrokeredBetween", "2014-08-26", "Egypt brokered a truce between Israel and Hamas.", []string{"ISR SIGNED_AGREEMENT_WITH HAMAS"}, true},
		{"HostedBetween", "2020-02-29", "Qatar hosted talks between the United States and the Taliban.", []string{"USA MET_WITH TALIBAN"}, true},
		{"PossessiveWithoutApostrophe", "2016-06-01", "Turkey criticized Syrian President Bashar al-Assads government.", []string{"bashar-al-assad REPRESENTS SYR", "TUR CRITICIZED bashar-al-assad"}, true},
		{"ToBeforeANounIsAPreposition", "2017-04-12", "Moscow's envoy to the United Nations criticized Washington.", []string{"RUS CRITICIZED USA"}, true},
		{"VerbAfterARelativeClause", "2017-04-12", "Saudi Arabia, which backs the rebels in Syria, criticized Iran.", []string{"SAU SUPPORTED SYRIAN_OPPOSITION", "SAU CRITICIZED IRN"}, true},
		{"ObjectRelative", "2016-05-01", "Turkey attacked Kurdish groups which the US supports.", []string{"TUR ATTACKED YPG", "USA SUPPORTED YPG"}, true},
		{"ReportedSpeech", "2017-04-12", "Lavrov said the United States attacked Syria.", []string{"USA ATTACKED SYR"}, true},
		{"Metonymy", "2017-04-12", "The Kremlin accused the White House.", []string{"RUS ACCUSED USA"}, true},
		{"DemonymGovernment", "2017-04-12", "Russian officials urged Syrian forces to withdraw.", []string{"RUS CALLED_ON SYR"}, true},
		{"PlaceIsNoActor", "2017-04-12", "Iran and Russia held talks in Geneva.", []string{"IRN MET_WITH RUS"}, true},
		{"VisitPlace", "2017-04-12", "Tillerson arrived in Moscow.", []string{"rex-tillerson VISITED RUS"}, true},
		{"HyphenBacked", "2017-04-12", "The US-backed Syrian Democratic Forces attacked Islamic State.", []string{"USA SUPPORTED SDF", "SDF ATTACKED ISIS"}, true},
		{"Backers", "2017-04-12", "The Syrian regime and its Russian and Iranian backers vowed to fight.", []string{"RUS SUPPORTED SYR", "IRN SUPPORTED SYR"}, true},
		{"HistoricalCapital", "1987-05-01", "Moscow criticized Washington.", []string{"SUN CRITICIZED USA"}, true},
		{"NegativeDescription", "2017-04-12", "White House Press Secretary Sean Spicer called Russia \"isolated\" this week.", []string{"sean-spicer CRITICIZED RUS"}, false},
		{"NeutralDescription", "2017-04-12", "The United States called Japan a close partner.", nil, true},
		{"MentionedOnly", "2017-04-12", "Russia and China both have large economies.", nil, true},
		// Events named by nouns.
		{"NounSupportFor", "2017-04-12", "Iran's support for Hezbollah worries Israel.", []string{"IRN SUPPORTED HEZBOLLAH"}, true},
		{"NounVisitByTo", "2017-04-12", "A visit by Shinzo Abe to China was announced.", []string{"shinzo-abe VISITED CHN"}, false},
		{"NounAttackOn", "2017-04-12", "The Israeli attack on Hamas drew criticism.", []string{"ISR ATTACKED HAMAS"}, true},
		{"NounByAgent", "2017-04-12", "The strikes by Turkey on the PKK continued.", []string{"TUR ATTACKED PKK"}, true},
		{"LightVerbPattern", "2017-04-12", "The European Union imposed sanctions on Russia.", []string{"EU SANCTIONED RUS"}, true},
		{"LightVerbNounPrep", "2017-04-12", "Canada lodged a protest with China over the arrests.", []string{"CAN PROTESTED_TO CHN"}, true},
		// Arguments that need structure.
		{"ControlSubject", "2017-04-12", "Japan agreed to cooperate with India.", []string{"JPN COOPERATED_WITH IND future"}, false},
		{"ControlObject", "2017-04-12", "The United States pressed China to sanction North Korea.", []string{"USA CALLED_ON CHN", "CHN SANCTIONED PRK hypothetical"}, true},
		{"ThreatenTo", "2017-04-12", "North Korea threatened to attack Japan.", []string{"PRK THREATENED JPN"}, false},
		{"DemandThat", "2017-04-12", "The United States demanded that Russia withdraw from Ukraine.", []string{"USA DEMANDED RUS"}, false},
		{"PossessiveObject", "2017-06-20", "Qatar rejected Saudi Arabia's ultimatum.", []string{"QAT REJECTED SAU"}, true},
		{"ObjectOfNoun", "2017-04-12", "Turkish artillery shelled positions of the PKK.", []string{"TUR ATTACKED PKK"}, true},
		{"PassiveCoordinatedAgents", "2017-04-12", "Syria is supported by Russia and Iran.", []string{"RUS SUPPORTED SYR", "IRN SUPPORTED SYR"}, true},
		{"SharedSubjectConj", "2017-04-12", "Russia condemned the strike and accused the United States.", []string{"RUS ACCUSED USA"}, true},
		{"AllegeThat", "2017-04-12", "The United States alleges Iran is arming the Houthis.", []string{"USA ACCUSED IRN", "IRN PROVIDED_AID_TO HOUTHIS"}, false},
		{"OrderedStrikeOnInstallation", "2017-04-07", "Donald Trump ordered a missile strike against a Syrian airbase.", []string{"donald-trump ATTACKED SYR"}, true},
		{"MoneyToRecipient", "2017-04-12", "The United States gave Iraq $2 billion last year.", []string{"USA PROVIDED_AID_TO IRQ"}, true},
		{"PurposeClause", "2016-05-01", "The Free Syrian Army launched an offensive to drive Syrian government forces out of the province.", []string{"FSA ATTACKED SYR"}, true},
		{"HeldPlace", "2016-05-01", "Syrian government forces stepped up the bombing of rebel-held areas.", []string{"SYR ATTACKED SYRIAN_OPPOSITION"}, true},
		{"PlaceAloneIsNoTarget", "2016-05-01", "Russian jets bombed the town of Saraqeb.", nil, true},
		{"Including", "2017-04-12", "Iran supported militant groups including Hezbollah and Hamas.", []string{"IRN SUPPORTED HEZBOLLAH", "IRN SUPPORTED HAMAS"}, true},
		// Negation and modality.
		{"FailedTo", "2017-04-12", "Israel and Hamas failed to reach an agreement.", []string{"ISR SIGNED_AGREEMENT_WITH HAMAS neg"}, true},
		{"DeniedReportsOf", "2017-04-12", "Israel denied reports of meetings between its officials and Hamas.", []string{"ISR MET_WITH HAMAS neg"}, true},
		{"BetweenOnParticiple", "2016-05-01", "The truce brokered between the United States and Russia held.", []string{"USA SIGNED_AGREEMENT_WITH RUS"}, true},
		{"Dateline", "2017-04-12", "PARIS - The United States and France accused the Syrian government of lying.", []string{"USA ACCUSED SYR", "FRA ACCUSED SYR"}, true},
		{"PlanTo", "2017-04-12", "Angela Merkel plans to visit Kenya next month.", []string{"angela-merkel VISITED KEN future"}, false},
		{"Conditional", "2017-04-12", "France would sanction Iran if Tehran attacked Israel.", []string{"FRA SANCTIONED IRN hypothetical", "IRN ATTACKED ISR hypothetical"}, true},
		{"EmbeddingNegationStaysOut", "2017-04-12", "China has not said whether Russia attacked Ukraine.", []string{"RUS ATTACKED UKR hypothetical"}, true},
		{"ControllerNegation", "2017-04-12", "Japan did not agree to meet China.", []string{"JPN MET_WITH CHN neg future"}, true},
		// Coreference.
		{"PronounHe", "2017-04-12", "Rex Tillerson arrived in Moscow. He met Vladimir Putin.", []string{"rex-tillerson VISITED RUS", "rex-tillerson MET_WITH vladimir-putin"}, true},
		{"TheCountry", "2017-06-20", "Qatar denied the charges. The country accused Saudi Arabia of lying.", []string{"QAT ACCUSED SAU"}, true},
		{"PossessivePronoun", "2017-04-12", "Iran said its forces attacked ISIS.", []string{"IRN ATTACKED ISIS"}, true},
		// Lexicon.
		{"Expelled", "2018-03-14", "Britain expelled Russian diplomats.", []string{"GBR DOWNGRADED_RELATIONS RUS"}, true},
		{"SharedIntelligence", "2017-04-12", "Israel shared intelligence with Jordan.", []string{"ISR COOPERATED_WITH JOR"}, true},
		{"OfferedAid", "2017-04-12", "Germany offered aid to Greece.", []string{"DEU PROVIDED_AID_TO GRC"}, true},
		{"DoubleObject", "2017-04-12", "Russia and Iran are arming the Taliban, sending them weapons.", []string{"RUS PROVIDED_AID_TO TALIBAN", "IRN PROVIDED_AID_TO TALIBAN"}, true},
		{"PledgeToHelp", "2017-04-12", "Japan vowed to help Iraq.", []string{"JPN PLEDGED_TO IRQ"}, false},
		{"VowToDestroyIsNoPledge", "2017-04-12", "Donald Trump vowed to destroy the Islamic State.", nil, true},
		{"CapitalisedPreposition", "2016-03-21", "In Cuba, President Obama praised Belgium.", []string{"barack-obama SUPPORTED BEL"}, true},
		// Words in a non-diplomatic sense.
		{"PressingAhead", "2017-04-12", "Russia is pressing ahead with a pipeline to Germany.", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if len(tt.want) == 0 && !tt.exact {
				t.Fatal("the case asserts nothing: want no triples with exact")
			}
			ts, err := x.Extract(context.Background(), &Article{ID: tt.name, Text: tt.text, Date: tt.date})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, tr := range ts {
				s := tr.Subject.ID + " " + string(tr.Relation) + " " + tr.Object.ID
				if tr.Negated {
					s += " neg"
				}
				if tr.Modality != "asserted" {
					s += " " + string(tr.Modality)
				}
				got = append(got, s)
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q: missing %q; got %q", tt.text, w, got)
				}
			}
			if tt.exact && len(got) != len(tt.want) {
				t.Errorf("%q: got %q, want exactly %q", tt.text, got, tt.want)
			}
			for _, tr := range ts {
				if !strings.Contains(tt.text, tr.Sentence.Text) || tt.text[tr.Sentence.Start:tr.Sentence.End] != tr.Sentence.Text {
					t.Errorf("sentence offsets [%d,%d) do not slice back to %q", tr.Sentence.Start, tr.Sentence.End, tr.Sentence.Text)
				}
				if tt.text[tr.TriggerAt:tr.TriggerAt+len(tr.Trigger)] != tr.Trigger {
					t.Errorf("trigger %q not at %d", tr.Trigger, tr.TriggerAt)
				}
			}
		})
	}
}
