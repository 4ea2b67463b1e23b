package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-dev/dossier/model"
)

// actor is a person, organization, party, government or country found in
// the text, with every mention of it.
type actor struct {
	name     string
	kind     model.ActorKind
	role     string
	aliases  []string
	affil    []int
	mentions []mention
	// words are the folded words of a person's name, for matching a later
	// surname-only mention.
	words []string
	// sorted counts the mentions of the first pass, which are in text
	// order; those of the second pass follow, in text order too.
	sorted int
	// roleFrom, roleTo are the tokens of the role phrase, to find the
	// organizations the role names ("Metro Research Group's director").
	roleFrom, roleTo int
}

// mention is one place the text names an actor.
type mention struct {
	tok        int // first token, for order and sentence
	start, end int // byte span
	actor      int
}

// run is a sequence of capitalized words: a name candidate.
type run struct{ from, to int }

// single is a one-word name candidate resolved once every longer name is
// known: a surname, an acronym, a country.
type single struct {
	tok    int
	role   string
	weak   bool
	rfrom  int
	roleTo int
}

var connectors = setOf("of de del la las los da das do dos du van von der den bin ibn al el le y")

func (x *extractor) findActors() {
	x.byName = map[string]int{}
	x.bySurname = map[string][]int{}
	var singles []single
	for _, r := range x.capitalRuns() {
		if s, ok := x.classifyRun(r); ok {
			singles = append(singles, s)
		}
	}
	x.mergeSuffixes()
	for a := range x.actors {
		x.actors[a].sorted = len(x.actors[a].mentions)
	}
	for _, s := range singles {
		x.resolveSingle(s)
	}
	x.roleAnaphora()
	x.sortMentions()
	x.affiliations()
}

// capitalRuns returns the runs of capitalized words, joined by name
// connectors ("Ministry of the Interior", "Omar García Harfuch").
func (x *extractor) capitalRuns() []run {
	d := x.d
	var out []run
	for i := 0; i < len(d.toks); i++ {
		t := d.toks[i]
		if t.kind != kWord || !t.upper || x.claimed[i] {
			continue
		}
		j := i + 1
		// "of", "for", "and" join words only inside an organization's name
		// or after a title ("Ministry of the Interior", "Secretary of
		// State"), so "Samuel Adeyemi of the Institute" stays two names.
		// A title heads the run only until a name follows it: "Secretary
		// of State" joins, "Professor Ingrid Lund of the University" does
		// not.
		hasOrg, hasTitle, named := false, false, 0
		see := func(w string) {
			switch {
			case orgHeads[w]:
				hasOrg = true
			case titles[w] && !honorific(w):
				hasTitle, named = true, 0
			default:
				if named++; named >= 2 {
					hasTitle = false
				}
			}
		}
		see(bare(t.lower))
		for j < len(d.toks) {
			u := d.toks[j]
			if u.newlines > 0 {
				break
			}
			if u.kind == kWord && u.upper && !x.claimed[j] {
				see(bare(u.lower))
				j++
				continue
			}
			hasHead := hasOrg || hasTitle
			k := j
			for k < len(d.toks) && k-j < 2 && d.toks[k].kind == kWord && !d.toks[k].upper &&
				((connectors[d.toks[k].lower] && (d.toks[k].lower != "of" || hasHead)) || (d.toks[k].lower == "the" && k > j) ||
					(hasHead && (d.toks[k].lower == "for" || d.toks[k].lower == "and" || d.toks[k].lower == "on")) ||
					(hasOrg && d.toks[k].lower == "to") || (k == j && x.orgNounAhead(k))) {
				k++
			}
			if k > j {
				named = 0
			}
			if k > j && k < len(d.toks) && d.toks[k].kind == kWord && d.toks[k].upper && d.toks[k].newlines == 0 && !x.claimed[k] {
				j = k
				continue
			}
			if d.isText(j, "&") && j+1 < len(d.toks) && d.toks[j+1].upper && hasHead {
				j++
				continue
			}
			// "Canadian Home Builders' Association"
			if u.kind == kPunct && u.glued && (u.text == "'" || u.text == "’") && strings.HasSuffix(d.toks[j-1].lower, "s") &&
				j+1 < len(d.toks) && d.toks[j+1].kind == kWord && d.toks[j+1].upper && orgHeads[bare(d.toks[j+1].lower)] {
				j += 2
				hasOrg = true
				continue
			}
			// "Attorney General’s Office"
			if u.kind == kPoss && j+1 < len(d.toks) && d.toks[j+1].upper && orgHeads[d.toks[j+1].lower] {
				j += 2
				hasOrg = true
				continue
			}
			break
		}
		out = append(out, x.trimRun(run{i, j})...)
		i = j - 1
	}
	return out
}

// campaignLinks join the capitalized words of a campaign's or group's name
// ("No Tax on Transit coalition", "Mothers Against Drunk Driving group").
var campaignLinks = setOf("on for to against of and")

// orgNounAhead reports, at a lower-case link word k, a name that goes on
// in capitals and ends before a lower-case organization noun: "No Tax on
// Transit coalition". The words then make one name.
func (x *extractor) orgNounAhead(k int) bool {
	d := x.d
	if !campaignLinks[d.toks[k].lower] {
		return false
	}
	m := k + 1
	for m < len(d.toks) && m <= k+6 && d.toks[m].kind == kWord && d.toks[m].upper && d.toks[m].newlines == 0 {
		m++
	}
	if m == k+1 || m >= len(d.toks) || d.toks[m].newlines > 0 {
		return false
	}
	noun, ok := orgNouns[d.lowerAt(m)]
	return ok && noun != "government"
}

// trimRun drops a capitalized sentence opener ("Support for ...",
// "Speaking during ...") and a leading "The"; a run split by that may
// yield nothing.
func (x *extractor) trimRun(r run) []run {
	d := x.d
	for r.from < r.to {
		t := d.toks[r.from]
		atStart := r.from == d.sents[t.sent].from || (r.from > 0 && d.toks[r.from-1].kind == kPunct && !d.toks[r.from-1].glued && isOpenMark(d.toks[r.from-1].text))
		l := bare(t.lower)
		known := titles[l] || x.isCountry(t.text) || knownOrgs[t.text] || x.knownName(t.text)
		drop := l == "the" || compoundAdjective(l)
		// A sentence's first word is capitalized whatever it is. Alone it
		// is a name only if the text never writes it in lower case; before
		// other capitals ("National Action Party") only a function word
		// is dropped.
		// An organization word joined to the rest by "of" heads a name
		// ("Department of Health", "Ministry of Finance officials") even
		// when the text also writes it in lower case ("the department").
		headed := orgHeads[l] && r.from+1 < r.to && !d.toks[r.from+1].upper
		alone := (r.from+1 == r.to || !d.toks[r.from+1].upper) && !headed
		if atStart && !known && (commonOpeners[l] || (alone && (d.lowerSeen[l] || d.lowerSeen[strings.TrimSuffix(l, "s")] || strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ly")))) {
			drop = true
		}
		if !drop {
			break
		}
		r.from++
		for r.from < r.to && d.toks[r.from].kind == kWord && !d.toks[r.from].upper {
			r.from++
		}
	}
	for r.to > r.from && (d.toks[r.to-1].kind != kWord || !d.toks[r.to-1].upper) {
		r.to--
	}
	if r.to <= r.from {
		return nil
	}
	return []run{r}
}

// compoundAdjective reports a capitalized word made an adjective by its
// ending: "Lagos-based", "Saudi-led", "U.S.-backed".
func compoundAdjective(w string) bool {
	for _, suf := range []string{"-based", "-led", "-backed", "-owned", "-born", "-funded", "-run", "-linked", "-made"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

func isOpenMark(s string) bool {
	switch s {
	case "“", "\"", "‘", "'", "(", "[", "«", "—", "–", "-":
		return true
	}
	return false
}

func (x *extractor) isCountry(s string) bool { _, ok := countries[s]; return ok }

// knownName reports a word already used as an actor's name or alias.
func (x *extractor) knownName(s string) bool { _, ok := x.byName[fold(s)]; return ok }

// classifyRun turns a run into actors and mentions. A one-word run is
// returned for the second pass.
func (x *extractor) classifyRun(r run) (single, bool) {
	d := x.d
	text := d.text[d.toks[r.from].start:d.toks[r.to-1].end]
	weak := d.titleLine[r.from] || x.inQuote(r.from)
	n := r.to - r.from
	last := bare(d.toks[r.to-1].lower)
	if weak && x.letterhead(r) {
		// "MINISTRY OF TRANSPORT AND INFRASTRUCTURE" on a line of its own
		kind := model.KindOrganization
		if governmentHeads[bare(d.toks[r.from].lower)] {
			kind = model.KindGovernment
		}
		name := text
		if isCaps(strings.ReplaceAll(text, " ", "")) {
			name = titleCase(d, r)
		}
		a := x.getActor(name, kind, false)
		x.addMention(a, r.from, r.to)
		return single{}, false
	}

	// A lower-case noun after the name: "Morena party", "U.S. government",
	// "Sheinbaum administration", "Reforma newspaper".
	// A word before the noun that a name follows only describes it:
	// "Environmental group Greenpeace".
	modifier := n == 1 && (demonyms[d.toks[r.from].lower] || r.to+1 < len(d.toks) && d.toks[r.to+1].kind == kWord && d.toks[r.to+1].upper &&
		!titles[bare(d.toks[r.to+1].lower)] && d.toks[r.to+1].sent == d.toks[r.from].sent)
	if noun, ok := orgNouns[d.lowerAt(r.to)]; ok && !titles[last] && !(noun == "government" && n > 1 && x.personShaped(r)) && !modifier {
		switch noun {
		case "government":
			name := text + " " + d.toks[r.to].text
			a := x.getActor(name, model.KindGovernment, weak)
			x.addMention(a, r.from, r.to+1)
			x.acronymAfter(a, r.to+1)
		default:
			a := x.getActor(text, model.ActorKind(noun), weak)
			x.addMention(a, r.from, r.to)
			x.acronymAfter(a, r.to+1)
		}
		return single{}, false
	}
	// Countries, governments by metonym, well-known organizations.
	if x.isCountry(text) {
		x.addMention(x.getActor(text, model.KindCountry, weak), r.from, r.to)
		return single{}, false
	}
	if _, ok := metonyms[text]; ok {
		x.addMention(x.getActor(text, model.KindGovernment, weak), r.from, r.to)
		return single{}, false
	}
	// "U.S.-Mexico": each country named.
	if n == 1 && strings.Contains(text, "-") {
		parts := strings.Split(text, "-")
		all := true
		for _, p := range parts {
			all = all && x.isCountry(p)
		}
		if all {
			off := d.toks[r.from].start
			for _, p := range parts {
				a := x.getActor(p, model.KindCountry, weak)
				if a >= 0 {
					x.mentionBytes(a, r.from, off, off+len(p))
				}
				off += len(p) + 1
			}
			return single{}, false
		}
	}
	// Demonyms alone are not actors ("Mexican marines").
	if n == 1 && demonyms[d.toks[r.from].lower] {
		return single{}, false
	}
	// Organizations: a name ending in, or built on, an organization word.
	if x.orgShaped(r) {
		kind := model.KindOrganization
		for k := r.from; k < r.to; k++ {
			w := bare(d.toks[k].lower)
			if governmentHeads[w] && (k == r.to-1 || d.isWord(k+1, "of", "for")) {
				kind = model.KindGovernment
			}
		}
		if last == "party" {
			kind = model.KindParty
		}
		a := x.getActor(text, kind, weak)
		x.addMention(a, r.from, r.to)
		x.acronymAfter(a, r.to)
		return single{}, false
	}
	// "Statistics Canada", "Air Canada": a name ending in a country.
	if n >= 2 && n <= 3 && x.isCountry(d.toks[r.to-1].text) && !x.isCountry(text) {
		plain := true
		for k := r.from; k < r.to-1; k++ {
			w := bare(d.toks[k].lower)
			plain = plain && !nonNames[w] && !demonyms[w] && !titles[w] && !x.isCountry(d.toks[k].text) && w != "new"
		}
		if plain {
			a := x.getActor(text, model.KindOrganization, weak)
			x.addMention(a, r.from, r.to)
			x.acronymAfter(a, r.to)
			return single{}, false
		}
	}
	// A role and a name: "U.S. President Donald Trump".
	if k := x.lastTitle(r); k >= 0 {
		roleTo := k + 1
		if d.isWord(roleTo, "of") && roleTo+2 < r.to {
			roleTo += 2
		}
		if roleTo < r.to {
			role := d.text[d.toks[r.from].start:d.toks[roleTo-1].end]
			if honorific(bare(d.toks[k].lower)) && k == r.from {
				role = ""
			}
			name := run{roleTo, r.to}
			if role == "" {
				if rf, rt := x.roleBefore(r.from); rt > rf {
					role = d.text[d.toks[rf].start:d.toks[rt-1].end]
				}
			}
			if name.to-name.from == 1 {
				return single{tok: name.from, role: role, weak: weak, rfrom: r.from, roleTo: roleTo}, true
			}
			if x.personShaped(name) {
				a := x.getPerson(name, weak)
				if a >= 0 {
					x.setRole(a, role, r.from, roleTo)
					x.addMention(a, r.from, r.to)
				}
				// the countries a role names: "U.S. President"
				for k := r.from; k < roleTo; k++ {
					if x.isCountry(d.toks[k].text) {
						if c := x.getActor(d.toks[k].text, model.KindCountry, weak); c >= 0 {
							x.addMention(c, k, k+1)
						}
					}
				}
				return single{}, false
			}
		}
	}
	if n == 1 {
		rf, rt := x.roleBefore(r.from)
		role := ""
		if rt > rf {
			role = d.text[d.toks[rf].start:d.toks[rt-1].end]
		}
		return single{tok: r.from, role: role, weak: weak, rfrom: rf, roleTo: rt}, true
	}
	if n >= 2 && partyPlurals[last] {
		a := x.getActor(text, model.KindParty, weak)
		x.addMention(a, r.from, r.to)
		x.acronymAfter(a, r.to)
		return single{}, false
	}
	// "the Brazilian outlet Agência Pública", "the state oil company,
	// Petróleos Mexicanos,": the noun before says what the name is.
	if kind, ok := x.orgNounBefore(r); ok {
		a := x.getActor(text, kind, weak)
		x.addMention(a, r.from, r.to)
		x.acronymAfter(a, r.to)
		return single{}, false
	}
	// "in Nuevo León": a new name after "in" is a place, unless it is a
	// person already met or owns something ("in Smith’s view").
	if x.personShaped(r) && d.isWord(r.from-1, "in", "near") && !(r.to < len(d.toks) && d.toks[r.to].kind == kPoss) && !x.knownPerson(r) {
		return single{}, false
	}
	if x.personShaped(r) {
		a := x.getPerson(r, weak)
		if a < 0 {
			return single{}, false
		}
		x.addMention(a, r.from, r.to)
		if rf, rt := x.roleBefore(r.from); rt > rf {
			x.setRole(a, d.text[d.toks[rf].start:d.toks[rt-1].end], rf, rt)
		} else if rf, rt := x.roleAfter(r.to); rt > rf {
			x.setRole(a, d.text[d.toks[rf].start:d.toks[rt-1].end], rf, rt)
		}
		return single{}, false
	}
	// Countries inside a longer run, such as a role prefix we did not
	// recognize: each is still a mention.
	for k := r.from; k < r.to; k++ {
		if x.isCountry(d.toks[k].text) && (k+1 == r.to || !nonNames[d.toks[k+1].lower]) {
			if c := x.getActor(d.toks[k].text, model.KindCountry, weak); c >= 0 {
				x.addMention(c, k, k+1)
			}
		}
	}
	return single{}, false
}

// knownPerson reports a run that names a person already met, in full or
// by the end of their name.
func (x *extractor) knownPerson(r run) bool {
	d := x.d
	if a, ok := x.byName[fold(d.text[d.toks[r.from].start:d.toks[r.to-1].end])]; ok && x.actors[a].kind == model.KindPerson {
		return true
	}
	return x.personBySuffix(x.nameWords(r), r.from) >= 0
}

// orgNounBefore reads a lower-case organization noun just before a name,
// or before it and a comma when a comma also follows the name: "the
// outlet Agência Pública", "the state development bank, Banobras,".
func (x *extractor) orgNounBefore(r run) (model.ActorKind, bool) {
	d := x.d
	k := r.from - 1
	if d.isText(k, ",") {
		if !d.isText(r.to, ",") {
			return "", false
		}
		k--
	}
	noun, ok := orgNouns[d.lowerAt(k)]
	if !ok || noun == "government" {
		return "", false
	}
	return model.ActorKind(noun), true
}

// letterhead reports a run that is a whole line of an organization's
// name, as a release's letterhead is: "MINISTRY OF TRANSPORT".
func (x *extractor) letterhead(r run) bool {
	d := x.d
	if r.from > 0 && d.toks[r.from].newlines == 0 {
		return false
	}
	if r.to < len(d.toks) && d.toks[r.to].newlines == 0 {
		return false
	}
	if r.to-r.from > 8 || !x.orgShaped(r) {
		return false
	}
	for k := r.from; k < r.to; k++ {
		w := d.toks[k].lower
		if speechVerbs[w] || increaseWords[w] || decreaseWords[w] || changeVerbs[w] {
			return false
		}
	}
	return true
}

// titleCase writes a name given in capitals as a name: "Ministry of
// Transport and Infrastructure".
func titleCase(d *doc, r run) string {
	var b strings.Builder
	for k := r.from; k < r.to; k++ {
		t := d.toks[k]
		if k > r.from && !t.glued {
			b.WriteByte(' ')
		}
		w := t.lower
		switch {
		case k > r.from && (connectors[w] || w == "and" || w == "for" || w == "on" || w == "to" || w == "the"):
			b.WriteString(w)
		case t.kind == kWord && len(w) > 0:
			first, size := utf8.DecodeRuneInString(w)
			b.WriteRune(unicode.ToUpper(first))
			b.WriteString(w[size:])
		default:
			b.WriteString(t.text)
		}
	}
	return b.String()
}

func honorific(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "mx":
		return true
	}
	return false
}

func (d *doc) lowerAt(i int) string {
	if i < 0 || i >= len(d.toks) || d.toks[i].kind != kWord || d.toks[i].upper {
		return ""
	}
	return d.toks[i].lower
}

// lastTitle returns the run's last title word that has a name after it.
func (x *extractor) lastTitle(r run) int {
	d := x.d
	for k := r.to - 2; k >= r.from; k-- {
		w := bare(d.toks[k].lower)
		if titles[w] || (w == "general" && k > r.from && d.toks[k-1].lower == "attorney") {
			return k
		}
	}
	return -1
}

// orgShaped: the run ends with an organization word, or one stands in it
// before "of" ("Ministry of the Interior", "Council of Ministers").
func (x *extractor) orgShaped(r run) bool {
	d := x.d
	last := bare(d.toks[r.to-1].lower)
	if orgHeads[last] && r.to-r.from > 1 {
		return true
	}
	if orgHeads[last] && r.to-r.from == 1 && (last == "senate" || last == "congress" || last == "parliament" || last == "cabinet") {
		return true
	}
	for k := r.from; k < r.to-1; k++ {
		if orgHeads[bare(d.toks[k].lower)] && d.isWord(k+1, "of", "for", "on", "to") {
			return true
		}
	}
	return false
}

// personShaped: two to four capitalized name words, none of them a place,
// organization, month or title word.
func (x *extractor) personShaped(r run) bool {
	d := x.d
	n := r.to - r.from
	if n < 1 || n > 5 {
		return false
	}
	words := 0
	for k := r.from; k < r.to; k++ {
		t := d.toks[k]
		if t.kind != kWord {
			return false
		}
		if !t.upper {
			if connectors[t.lower] {
				continue
			}
			return false
		}
		w := bare(t.lower)
		if nonNames[w] || orgHeads[w] || titles[w] || demonyms[w] || weekdays[w] || x.isCountry(t.text) {
			return false
		}
		if _, m := months[w]; m && len(w) > 3 {
			return false
		}
		if t.caps && !t.abbr {
			return false
		}
		if strings.Contains(t.text, ".") && !(t.abbr && len(t.text) == 2) {
			return false
		}
		words++
	}
	return words >= 2 || n == 1
}

// roleBefore finds a lower-case role just before a name: "agronomist
// Samuel Adeyemi", "Alliance chair Monica Reyes", "A spokesperson, Halima
// Bello".
func (x *extractor) roleBefore(i int) (int, int) {
	d := x.d
	k := i - 1
	if d.isText(k, ",") {
		k--
	}
	if k < 0 || d.toks[k].kind != kWord || d.toks[k].upper || !roleNouns[d.toks[k].lower] {
		return i, i
	}
	from := k
	for from-1 >= 0 && d.toks[from-1].kind == kWord && d.toks[from-1].upper && d.toks[from-1].sent == d.toks[k].sent &&
		!(from-1 == d.sents[d.toks[from-1].sent].from && commonOpeners[d.toks[from-1].lower]) {
		from--
	}
	return from, k + 1
}

// roleAfter reads a role set off by commas after a name: "Maria Fontes,
// the association’s president," or "Dana Whitfield, Metro Research
// Group's director of polling".
func (x *extractor) roleAfter(i int) (int, int) {
	d := x.d
	if !d.isText(i, ",") {
		return i, i
	}
	k := i + 1
	if d.isWord(k, "who", "which", "that", "whose", "where", "when", "and", "but", "said", "says") {
		return i, i
	}
	from := k
	if d.isWord(k, "the", "a", "an") {
		from = k + 1
	}
	hasRole := false
	end := from
	for m := from; m < len(d.toks) && m-from < 10; m++ {
		t := d.toks[m]
		if t.kind == kPunct || t.newlines > 0 {
			break
		}
		if t.kind == kWord && (speechVerbs[t.lower] || t.lower == "who" || t.lower == "is" || t.lower == "was") {
			return i, i
		}
		if t.kind == kWord && !t.upper && roleNouns[t.lower] {
			hasRole = true
		}
		end = m + 1
	}
	if !hasRole || end <= from {
		return i, i
	}
	return from, end
}

// getActor returns the actor with this name, creating it unless weak (in a
// headline or a quote, where a capital proves nothing).
func (x *extractor) getActor(name string, kind model.ActorKind, weak bool) int {
	key := fold(name)
	if a, ok := x.byName[key]; ok {
		return a
	}
	if c, ok := countries[name]; ok && kind == model.KindCountry {
		// "United States" and "U.S." are one country.
		if canon := countryAliases[c]; canon != "" {
			if a, ok := x.byName[fold(canon)]; ok {
				x.addAlias(a, name)
				return a
			}
		}
	}
	if weak && kind != model.KindCountry {
		return -1
	}
	x.actors = append(x.actors, actor{name: name, kind: kind, roleFrom: -1})
	a := len(x.actors) - 1
	x.byName[key] = a
	if c, ok := countries[name]; ok && kind == model.KindCountry {
		if canon := countryAliases[c]; canon != "" {
			x.byName[fold(canon)] = a
		}
		for alias, canon := range countryAliases {
			if canon == name {
				x.byName[fold(alias)] = a
			}
		}
	}
	return a
}

// countryAliases join the short and long names of a country.
var countryAliases = map[string]string{
	"U.S.": "United States", "US": "United States", "USA": "United States", "U.S.A.": "United States",
	"United States of America": "United States", "U.K.": "United Kingdom", "UK": "United Kingdom",
	"Britain": "United Kingdom", "Great Britain": "United Kingdom", "UAE": "United Arab Emirates",
	"Czechia": "Czech Republic", "Holland": "Netherlands", "Türkiye": "Turkey",
}

// getPerson returns the person named by the run, merging with a known
// person whose name ends with it ("García Harfuch").
func (x *extractor) getPerson(r run, weak bool) int {
	d := x.d
	name := d.text[d.toks[r.from].start:d.toks[r.to-1].end]
	if a, ok := x.byName[fold(name)]; ok {
		return a
	}
	words := x.nameWords(r)
	if a := x.personBySuffix(words, r.from); a >= 0 {
		x.addAlias(a, name)
		return a
	}
	if weak {
		return -1
	}
	a := x.getActor(name, model.KindPerson, false)
	x.setWords(a, words)
	return a
}

func (x *extractor) nameWords(r run) []string {
	var words []string
	for k := r.from; k < r.to; k++ {
		if x.d.toks[k].kind == kWord {
			words = append(words, fold(x.d.toks[k].text))
		}
	}
	return words
}

// personBySuffix finds the person whose name ends with words, preferring
// the one named last before token at.
func (x *extractor) personBySuffix(words []string, at int) int {
	best, bestTok := -1, -1
	if len(words) == 0 {
		return -1
	}
	cands := x.bySurname[words[len(words)-1]]
	if len(cands) > 64 {
		cands = cands[len(cands)-64:] // many namesakes: the latest suffice
	}
	for _, a := range cands {
		p := &x.actors[a]
		if p.kind != model.KindPerson || len(p.words) <= len(words) {
			continue
		}
		if !equalWords(p.words[len(p.words)-len(words):], words) {
			continue
		}
		last := p.lastMentionBefore(at)
		if best < 0 || last > bestTok {
			best, bestTok = a, last
		}
	}
	return best
}

// setWords records a person's name words and indexes the person by
// surname, so later surname mentions find them without a scan.
func (x *extractor) setWords(a int, words []string) {
	if len(x.actors[a].words) > 0 || len(words) == 0 {
		return
	}
	x.actors[a].words = words
	last := words[len(words)-1]
	x.bySurname[last] = append(x.bySurname[last], a)
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// lastMentionBefore returns the token of the actor's last mention before
// token at, or -1. Mentions are kept in two runs each in text order (those
// of the first pass, then those of the second), so two binary searches
// find it.
func (p *actor) lastMentionBefore(at int) int {
	last := -1
	for _, seg := range [][]mention{p.mentions[:p.sorted], p.mentions[p.sorted:]} {
		k := sort.Search(len(seg), func(i int) bool { return seg[i].tok >= at })
		if k > 0 && seg[k-1].tok > last {
			last = seg[k-1].tok
		}
	}
	return last
}

// mergeSuffixes folds a person created from a shorter name into the
// longer one that ends with it, for texts that give the surname first.
func (x *extractor) mergeSuffixes() {
	for a := range x.actors {
		p := &x.actors[a]
		if p.kind != model.KindPerson || len(p.mentions) == 0 || len(p.words) < 1 {
			continue
		}
		cands := x.bySurname[p.words[len(p.words)-1]]
		if len(cands) > 64 {
			cands = cands[len(cands)-64:]
		}
		for _, b := range cands {
			q := &x.actors[b]
			if b == a || q.kind != model.KindPerson || len(q.words) <= len(p.words) || len(q.mentions) == 0 {
				continue
			}
			if equalWords(q.words[len(q.words)-len(p.words):], p.words) {
				q.mentions = append(q.mentions, p.mentions...)
				sortMentionsByTok(q.mentions)
				x.addAlias(b, p.name)
				if q.role == "" {
					q.role, q.roleFrom, q.roleTo = p.role, p.roleFrom, p.roleTo
				}
				p.mentions = nil
				x.byName[fold(p.name)] = b
				break
			}
		}
	}
}

func (x *extractor) setRole(a int, role string, from, to int) {
	if a < 0 || role == "" || x.actors[a].role != "" {
		return
	}
	x.actors[a].role, x.actors[a].roleFrom, x.actors[a].roleTo = role, from, to
}

func (x *extractor) addAlias(a int, alias string) {
	if a < 0 {
		return
	}
	p := &x.actors[a]
	if fold(alias) == fold(p.name) {
		return
	}
	for _, s := range p.aliases {
		if s == alias {
			return
		}
	}
	p.aliases = append(p.aliases, alias)
	x.byName[fold(alias)] = a
}

func (x *extractor) addMention(a, from, to int) {
	if a < 0 || to <= from {
		return
	}
	x.mentionBytes(a, from, x.d.toks[from].start, x.d.toks[to-1].end)
}

func (x *extractor) mentionBytes(a, tok, start, end int) {
	x.actors[a].mentions = append(x.actors[a].mentions, mention{tok: tok, start: start, end: end, actor: a})
}

// acronymAfter reads "(PAN)" after a name as its acronym.
func (x *extractor) acronymAfter(a, j int) {
	d := x.d
	if a < 0 || !d.isText(j, "(") || !d.isText(j+2, ")") || j+1 >= len(d.toks) {
		return
	}
	t := d.toks[j+1]
	if t.kind != kWord || !(t.caps || (len(t.text) >= 2 && len(t.text) <= 8 && t.upper)) {
		return
	}
	x.addAlias(a, t.text)
	x.addMention(a, j+1, j+2)
	x.claimed[j+1] = true
}

// resolveSingle places a one-word name: an alias or acronym already known,
// a country, a surname of a known person, a titled surname, or an unknown
// acronym (an organization). Anything else, such as a city, is left out.
func (x *extractor) resolveSingle(s single) {
	d := x.d
	t := d.toks[s.tok]
	if x.claimed[s.tok] {
		return
	}
	if a, ok := x.byName[fold(t.text)]; ok {
		if x.actors[a].kind == model.KindPerson && fold(t.text) != fold(x.actors[a].name) {
			// a surname: the person named last before it
			if b := x.personBySuffix([]string{fold(t.text)}, s.tok); b >= 0 {
				a = b
			}
		}
		x.addAlias(a, t.text)
		x.addMention(a, s.tok, s.tok+1)
		x.setRole(a, s.role, s.rfrom, s.roleTo)
		return
	}
	if x.isCountry(t.text) {
		x.addMention(x.getActor(t.text, model.KindCountry, s.weak), s.tok, s.tok+1)
		return
	}
	if _, ok := metonyms[t.text]; ok {
		x.addMention(x.getActor(t.text, model.KindGovernment, s.weak), s.tok, s.tok+1)
		return
	}
	if a := x.personBySuffix([]string{fold(t.text)}, s.tok); a >= 0 {
		x.addAlias(a, t.text)
		x.addMention(a, s.tok, s.tok+1)
		x.setRole(a, s.role, s.rfrom, s.roleTo)
		return
	}
	if knownOrgs[t.text] {
		x.addMention(x.getActor(t.text, model.KindOrganization, s.weak), s.tok, s.tok+1)
		return
	}
	// "the Alliance", "the Institute": the one organization whose name ends
	// with this word.
	if orgHeads[t.lower] {
		found := -1
		for a := range x.actors {
			p := x.actors[a]
			if p.kind != model.KindPerson && p.kind != model.KindCountry && strings.HasSuffix(fold(p.name), " "+t.lower) {
				if found >= 0 {
					found = -2
					break
				}
				found = a
			}
		}
		if found >= 0 {
			x.addAlias(found, t.text)
			x.addMention(found, s.tok, s.tok+1)
			return
		}
	}
	if s.weak {
		return
	}
	w := bare(t.lower)
	// "according to Nature": a one-word source no rule above knows is an
	// organization (a person would have been named in full before).
	if d.isWord(s.tok-1, "to") && d.isWord(s.tok-2, "according") && !t.caps && !nonNames[w] && !demonyms[w] && !titles[w] && !orgHeads[w] {
		x.addMention(x.getActor(t.text, model.KindOrganization, false), s.tok, s.tok+1)
		return
	}
	// "the state development bank, Banobras,": a one-word name the noun
	// before makes an organization.
	if kind, ok := x.orgNounBefore(run{s.tok, s.tok + 1}); ok && !nonNames[w] && !demonyms[w] && !titles[w] && !x.dateline(s.tok) {
		a := x.getActor(t.text, kind, false)
		x.addMention(a, s.tok, s.tok+1)
		x.acronymAfter(a, s.tok+1)
		return
	}
	switch {
	case s.role != "" && titles[bare(strings.ToLower(lastWord(s.role)))] && !nonNames[w] && !orgHeads[w] && !demonyms[w]:
		a := x.getActor(t.text, model.KindPerson, false)
		x.setWords(a, []string{fold(t.text)})
		x.setRole(a, s.role, s.rfrom, s.roleTo)
		x.addMention(a, s.rfrom, s.tok+1)
	case t.caps && len(t.text) >= 2 && len(t.text) <= 6 && !notActors[t.lower] && !t.abbr && !x.dateline(s.tok) && !notActorHeads[d.lowerAt(s.tok+1)]:
		x.addMention(x.getActor(t.text, model.KindOrganization, false), s.tok, s.tok+1)
	}
}

// dateline reports a word in capitals opening a paragraph and set off by
// punctuation: "OTTAWA -", "LONDON, Nov. 12": a place, not an acronym.
func (x *extractor) dateline(i int) bool {
	d := x.d
	if i != d.paras[d.toks[i].para].from {
		return false
	}
	return d.isText(i+1, ",", "-", "—", "–", "(", ":")
}

// notActorHeads after a lone acronym make it the name of a thing: "the PSI
// stock index", "the SAT test".
var notActorHeads = setOf("index stock stocks shares score scores scale code format standard protocol test tests vaccine variant")

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// roleAnaphora finds "the senator", "the institute": the actor last named
// with that role or in whose name the word stands. One sweep through the
// text keeps, for each such word, the actor named with it last.
func (x *extractor) roleAnaphora() {
	d := x.d
	if len(x.actors) == 0 {
		return
	}
	x.sortMentions()
	keys := make([][]string, len(x.actors))
	for a := range x.actors {
		p := &x.actors[a]
		if p.kind == model.KindPerson {
			keys[a] = wordsOf(fold(p.role))
		} else {
			for _, w := range wordsOf(fold(p.name)) {
				if orgHeads[w] && !vagueHeads[w] {
					keys[a] = append(keys[a], w)
				}
			}
		}
	}
	lastPerson, lastOrg := map[string]int{}, map[string]int{}
	next := 0
	var found []mention
	for i := 0; i+1 < len(d.toks); i++ {
		for next < len(x.mentions) && x.mentions[next].tok < i {
			a := x.mentions[next].actor
			for _, w := range keys[a] {
				if x.actors[a].kind == model.KindPerson {
					lastPerson[w] = a
				} else {
					lastOrg[w] = a
				}
			}
			next++
		}
		if !d.isWord(i, "the") || x.claimed[i+1] {
			continue
		}
		t := d.toks[i+1]
		if t.kind != kWord || t.upper || (i+2 < len(d.toks) && d.toks[i+2].kind == kWord && d.toks[i+2].upper) {
			continue
		}
		w := t.lower
		a, ok := -1, false
		if roleNouns[w] || titles[w] {
			a, ok = lastPerson[w]
		}
		if !ok && orgHeads[w] && !vagueHeads[w] {
			a, ok = lastOrg[w]
		}
		if ok {
			found = append(found, mention{tok: i, start: d.toks[i].start, end: d.toks[i+1].end, actor: a})
		}
	}
	for _, m := range found {
		x.actors[m.actor].mentions = append(x.actors[m.actor].mentions, m)
	}
}

func wordsOf(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '’' || r == '\'' })
}

// vagueHeads are organization words too general to point back to one
// actor: "the government" in a sentence may be any government.
var vagueHeads = setOf("government administration house state party group forces force police army press news post times network fund front movement service")

func containsWord(s, w string) bool {
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '’' || r == '\'' }) {
		if f == w {
			return true
		}
	}
	return false
}

// sortMentions builds the text-ordered list of all mentions, used to find
// speakers and reporters near a position.
func (x *extractor) sortMentions() {
	x.mentions = x.mentions[:0]
	for a := range x.actors {
		for _, m := range x.actors[a].mentions {
			x.mentions = append(x.mentions, m)
		}
	}
	sortMentionsByTok(x.mentions)
}

// affiliations links a person to the organizations, parties and countries
// their role names or that stand right before it ("National Action Party
// (PAN) Senator Lily Téllez").
func (x *extractor) affiliations() {
	d := x.d
	for a := range x.actors {
		p := &x.actors[a]
		if p.kind != model.KindPerson || p.roleFrom < 0 {
			continue
		}
		from, to := d.toks[p.roleFrom].start, d.toks[p.roleTo-1].end
		// the mention just before the role, past an acronym in brackets
		before := p.roleFrom - 1
		if d.isText(before, ")") && d.isText(before-2, "(") {
			before -= 3
		}
		lo := p.roleFrom - 12
		if lo < 0 {
			lo = 0
		}
		for _, m := range x.mentionsIn(lo, p.roleTo) {
			if m.actor == a {
				continue
			}
			inside := m.start >= from && m.end <= to
			adjacent := before >= 0 && m.end == d.toks[before].end && m.tok <= before
			if inside || adjacent {
				addUnique(&p.affil, m.actor)
			}
		}
	}
}

func addUnique(list *[]int, v int) {
	for _, e := range *list {
		if e == v {
			return
		}
	}
	*list = append(*list, v)
}
