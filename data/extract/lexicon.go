package extract

import "strings"

// This file holds the closed word lists the rules use. They are read-only
// after package initialization.

// bare drops a trailing period, so "Oct." and "Oct" look the same up.
func bare(s string) string { return strings.TrimSuffix(s, ".") }

// months maps month names and abbreviations (lower case, no period) to
// their number.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdays = setOf("monday tuesday wednesday thursday friday saturday sunday")

// titles are words that, written before a name, give the person's role.
var titles = setOf(`president vice senator sen minister secretary governor gov mayor
	director chairman chairwoman chair chairperson chief commissioner judge justice general gen
	ambassador spokesperson spokesman spokeswoman dr mr mrs ms miss prof professor rep
	representative congressman congresswoman lt col capt sgt king queen prince princess pope
	sheikh chancellor premier leader ceo officer detective inspector coach rev bishop cardinal
	imam rabbi sheriff superintendent commander admiral marshal treasurer auditor comptroller
	councillor councilor councilman councilwoman alderman lawmaker legislator assemblyman
	assemblywoman delegate dean rector founder deputy attorney prosecutor captain colonel
	lieutenant sergeant major corporal private emir sultan tsar czar ayatollah president-elect
	envoy consul mp`)

// roleNouns are lower-case words that name a role before or after a name
// ("agronomist Samuel Adeyemi", "Maria Fontes, the association’s president").
var roleNouns = setOf(`president senator minister secretary governor mayor director chairman
	chairwoman chair chairperson chief commissioner judge justice general ambassador spokesperson
	spokesman spokeswoman professor representative leader ceo officer detective inspector coach
	bishop sheriff superintendent commander treasurer founder deputy attorney prosecutor captain
	economist analyst researcher scientist agronomist expert lawyer head manager official
	executive adviser advisor consultant author editor reporter journalist columnist historian
	farmer owner resident student teacher doctor nurse physician surgeon engineer activist
	organizer organiser coordinator strategist pollster candidate challenger incumbent
	lawmaker legislator member partner president-elect vice-president chief-executive
	mother father son daughter wife husband brother brothers sister sisters widow survivor
	victim witness worker employee volunteer vendor driver pilot soldier veteran officer
	executive-director co-founder cofounder principal dean rector economist chairman
	producer director-general secretary-general administrator commissioner envoy diplomat
	minister councillor councilor mp official spokesperson winner laureate artist actor critic
	actress singer writer novelist poet musician composer athlete player captain`)

// speechVerbs introduce or follow quoted words.
var speechVerbs = setOf(`said says say stated states told tells added adds argued argues noted
	notes explained explains asked asks wrote writes declared declares insisted insists claimed
	claims warned warns stressed stresses emphasized emphasised emphasizes emphasises continued
	recalled recalls replied replies responded responds answered answers acknowledged admitted
	conceded commented comments remarked observed announced announces tweeted posted maintained
	maintains countered concluded predicted predicts suggested suggests urged urges agreed
	complained joked laughed reiterated added called calls described describes dubbed labeled
	labelled branded rejected denied denies sighed shouted whispered cautioned vowed pledged
	promised testified confirmed confirms reported reports told wondered mused quipped`)

// speechNouns name something said, so an actor written just before one is
// the speaker of a quote that follows ("White House claims about “...”").
var speechNouns = setOf(`announcement announcements statement statements claim claims
	remarks remark words pledge pledges promise promises vow call calls warning warnings
	message messages speech comments comment description accusation accusations allegation
	allegations tweet post letter order decree report plan proposal slogan motto demand
	demands threat threats assertion assertions argument arguments declaration response`)

// reportVerbs credit a figure to an actor ("INE reported", "a poll showed").
var reportVerbs = setOf(`said says reported reports reporting announced announces estimated
	estimates showed shows found finds recorded records counted published publishes stated
	according told noted confirmed released`)

// orgHeads are capitalized words that end (or make) an organization's name.
var orgHeads = setOf(`party ministry department agency office council commission committee court
	bank institute university college school association alliance union federation
	organization organisation foundation corporation corp inc ltd llc plc company co group
	police guard army navy forces force senate congress house parliament assembly secretariat
	service bureau authority administration center centre network fund board tribunal cabinet
	government coalition front movement league society trust unit command church hospital
	club team times post news journal herald tribune gazette courier telegraph guardian press
	channel radio tv television media studios airlines airways motors systems technologies
	labs laboratory laboratories partners capital holdings industries academy observatory
	program programme initiative reserve commission chamber senate prosecutor’s prosecutors
	institution consortium council directorate inspectorate cartel brigade battalion division
	research polling associates ngo agency agencies review magazine daily weekly post tribune
	monitor observer watch bulletin express mirror star sun independent economist lab
	sentinel chronicle inquirer dispatch examiner wire port`)

// governmentHeads make an organization a government body.
var governmentHeads = setOf(`ministry department government cabinet senate congress parliament
	assembly administration secretariat presidency council`)

// orgNouns written in lower case after a capitalized name make it an
// organization or party: "the ruling Morena party", "Reforma newspaper".
var orgNouns = map[string]string{
	"party": "party", "newspaper": "organization", "daily": "organization",
	"agency": "organization", "company": "organization", "firm": "organization",
	"group": "organization", "magazine": "organization", "network": "organization",
	"coalition": "party", "movement": "organization", "organization": "organization",
	"organisation": "organization", "bank": "organization", "broadcaster": "organization",
	"institute": "organization", "cartel": "group", "gang": "group", "union": "organization",
	"foundation": "organization", "charity": "organization", "website": "organization",
	"outlet": "organization", "pollster": "organization", "airline": "organization",
	"government": "government", "administration": "government",
}

// nonNames are capitalized words that never make a person's name: places,
// events, awards and the like. A run holding one is not a person.
var nonNames = setOf(`city county state province region valley river lake mountain mountains
	island islands bay coast street avenue road square park airport station bridge beach
	desert sea ocean gulf hall palace tower stadium arena prize award awards medal cup
	championship championships festival games olympics bowl trophy oscar oscars operation
	act bill law treaty accord agreement summit conference war day week month year plan
	proposition amendment article section chapter north south east west northern southern
	eastern western central district territory republic kingdom empire america europe asia
	africa oceania middle latin pacific atlantic hurricane storm tropical agriculture
	index report survey census study poll project reform highway route line ballot question
	vale heights springs creek canyon township borough village parish san santa são`)

// countries are names of countries and their common short forms.
var countries = func() map[string]string {
	m := map[string]string{}
	for _, c := range strings.Split(`Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Bosnia|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Timor-Leste|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|United States of America|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|U.S.|US|USA|U.S.A.|U.K.|UK|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|UAE|Korea|Holland`, "|") {
		m[c] = c
	}
	return m
}()

// countryFirstWords lets a run scanner know a multi-word country may start.
var countryMaxWords = 4

// demonyms are adjectives of nationality: never actors on their own, but
// part of roles ("Mexican President") and government names.
var demonyms = setOf(`american mexican canadian british english french german spanish italian
	portuguese chinese japanese korean russian ukrainian indian pakistani brazilian argentine
	argentinian colombian venezuelan cuban chilean peruvian nigerian kenyan south african
	egyptian israeli palestinian iranian iraqi syrian turkish saudi australian irish scottish
	welsh dutch belgian swiss austrian polish swedish norwegian danish finnish greek european
	african asian latin arab afghan ethiopian ghanaian ugandan tanzanian moroccan algerian
	tunisian lebanese jordanian qatari emirati filipino indonesian vietnamese thai malaysian
	singaporean taiwanese haitian dominican guatemalan honduran salvadoran nicaraguan
	panamanian ecuadorian bolivian paraguayan uruguayan hungarian czech slovak romanian
	bulgarian serbian croatian bosnian albanian georgian armenian azerbaijani kazakh uzbek
	mongolian nepali bangladeshi sri lankan burmese cambodian laotian federal national state
	western eastern northern southern`)

// metonyms are places that stand for a government.
var metonyms = map[string]string{
	"White House": "government", "Kremlin": "government", "Pentagon": "government",
	"Downing Street": "government", "Élysée": "government", "Elysee": "government",
	"Capitol Hill": "government", "Whitehall": "government", "Zhongnanhai": "government",
	"Palacio Nacional": "government", "Los Pinos": "government", "Quai d’Orsay": "government",
}

// knownOrgs are organizations commonly written as one word or acronym.
var knownOrgs = setOf(`UN NATO EU WHO IMF OPEC FBI CIA NSA DEA ICE CDC FDA EPA IRS NASA UNICEF
	UNESCO UNHCR OECD WTO ASEAN AU BBC CNN Reuters AP AFP Bloomberg Interpol Europol Hamas
	Hezbollah Taliban Amazon Google Apple Microsoft Meta Tesla Pemex Petrobras Gallup Ipsos
	YouGov Pew Morena`)

// notActors are capitalized or all-capital words that look like names but
// are not actors.
var notActors = setOf(`gdp ceo cfo coo cpi vat tv am pm ai id dna hiv aids covid ok pr it hr phd
	ngo suv gps usb pdf faq atm ipo etf lgbt lgbtq gmt utc est pst ppp fdi sme esg q1 q2 q3 q4
	h1 h2 press release for immediate ends breaking update note editors editor’s i ii iii iv
	god internet covid-19 mr mrs ms dr no st mri ct pcr ecg ekg icu ivf`)

// partyPlurals end the names of parties written as their members: "Liberal
// Democrats", "Sweden Democrats".
var partyPlurals = setOf("democrats republicans conservatives socialists greens liberals")

// commonOpeners are capitalized words that often open a sentence and are
// not names, even when the text never writes them in lower case.
var commonOpeners = setOf(`the a an this that these those his her its their our my your he she
	it they we i you there here what when where why how who which while during after before
	since until as at in on of for from by with without about against between among across
	through over under after speaking according asked despite although though because if
	unless once both each every all some many most few several no not neither either
	meanwhile however moreover still yet also then now today yesterday tomorrow last next
	one two three four five six seven eight nine ten but and or so nor average overall
	officials authorities police prosecutors investigators citizens residents voters
	opponents supporters critics analysts experts visitors hotels support opposition
	asked told overall instead indeed later earlier finally first second third only just
	even perhaps meanwhile similarly separately additionally furthermore nearly almost about
	roughly around approximately more less fewer just over under up down new old recent`)
