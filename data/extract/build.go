package extract

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-dev/dossier/model"
)

// ids hands out ids unique across every kind of item, as the dataset
// requires.
type ids map[string]bool

func (u ids) take(base string) string {
	if base == "" {
		base = "item"
	}
	if len(base) > 56 {
		base = strings.Trim(base[:56], "-")
	}
	id := base
	for n := 2; u[id]; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	u[id] = true
	return id
}

// build turns the findings into a dataset.
func (x *extractor) build() *model.Dataset {
	d := x.d
	ds := &model.Dataset{
		SchemaVersion: model.SchemaVersion,
		Story:         x.story(),
		Topics:        []model.Topic{},
		Actors:        []model.Actor{},
		Events:        []model.Event{},
		Figures:       []model.Figure{},
		Quotes:        []model.Quote{},
		Claims:        []model.Claim{},
		Series:        []model.Series{},
	}
	used := ids{}
	// Quotes first decide whether an "Unknown speaker" actor is needed.
	for _, q := range x.quotes {
		if !q.title && q.speaker < 0 {
			x.unknown()
			break
		}
	}
	actorID := make([]string, len(x.actors))
	for a := range x.actors {
		p := &x.actors[a]
		if len(p.mentions) == 0 && a != x.unknownSpeaker {
			continue
		}
		actorID[a] = used.take(slugOr(p.name, "actor"))
	}
	for a := range x.actors {
		p := &x.actors[a]
		if actorID[a] == "" {
			continue
		}
		act := model.Actor{ID: actorID[a], Name: p.name, Kind: p.kind, Role: p.role,
			Affiliations: []string{}, Aliases: []string{}, Topics: []string{}, Evidence: []model.Evidence{}}
		for _, f := range p.affil {
			if actorID[f] != "" && f != a {
				act.Affiliations = append(act.Affiliations, actorID[f])
			}
		}
		act.Aliases = append(act.Aliases, p.aliases...)
		seen := map[int]bool{}
		for _, m := range sortedMentions(p.mentions) {
			if seen[m.start] {
				continue
			}
			seen[m.start] = true
			act.Evidence = append(act.Evidence, evidence(d.text, m.start, m.end))
		}
		if a == x.unknownSpeaker {
			for _, q := range x.quotes {
				if !q.title && q.speaker < 0 {
					act.Evidence = append(act.Evidence, evidence(d.text, q.start, q.end))
				}
			}
		}
		ds.Actors = append(ds.Actors, act)
	}
	// Events: one per date mention, so the timeline has every date.
	for n, m := range x.dates {
		sFrom, sTo := x.contextOf(m.from, m.to)
		ev := model.Event{ID: used.take("event-" + strconv.Itoa(n+1)), Summary: summarize(d.text[sFrom:sTo]),
			Actors: []string{}, When: m.ref, Topics: []string{},
			Evidence: []model.Evidence{evidence(d.text, d.toks[m.from].start, d.toks[m.to-1].end)}}
		if sFrom != d.toks[m.from].start || sTo != d.toks[m.to-1].end {
			ev.Evidence = append(ev.Evidence, evidence(d.text, sFrom, sTo))
		}
		ev.Actors = x.actorsNear(m.from, actorID)
		ds.Events = append(ds.Events, ev)
	}
	for n, f := range x.figures {
		ds.Figures = append(ds.Figures, x.buildFigure(n, f, used, actorID))
	}
	for n, q := range x.quotes {
		if q.title {
			continue
		}
		sp := q.speaker
		if sp < 0 {
			sp = x.unknownSpeaker
		}
		ds.Quotes = append(ds.Quotes, model.Quote{ID: used.take("quote-" + strconv.Itoa(n+1)), Speaker: actorID[sp],
			Text: d.text[q.start:q.end], Topics: []string{}, Evidence: []model.Evidence{evidence(d.text, q.start, q.end)}})
	}
	return ds
}

// unknown creates the stand-in speaker for quotes no rule could attribute,
// so they stay in the draft for the editor to attribute.
func (x *extractor) unknown() int {
	if x.unknownSpeaker < 0 {
		x.actors = append(x.actors, actor{name: "Unknown speaker", kind: model.KindPerson, roleFrom: -1})
		x.unknownSpeaker = len(x.actors) - 1
	}
	return x.unknownSpeaker
}

func slugOr(s, fallback string) string {
	if id := slug(s, 56); id != "" {
		return id
	}
	return fallback
}

func sortedMentions(ms []mention) []mention {
	out := append([]mention(nil), ms...)
	sortMentionsByTok(out)
	return out
}

func evidence(text string, start, end int) model.Evidence {
	s, e := start, end
	return model.Evidence{Text: text[start:end], Start: &s, End: &e}
}

// contextOf returns the byte span of the sentence holding tokens
// [from, to), cut to 40 tokens either side so that a text without full
// stops does not make every event cite all of it.
func (x *extractor) contextOf(from, to int) (int, int) {
	d := x.d
	s := d.sents[d.toks[from].sent]
	a, b := s.from, s.to
	if a < from-40 {
		a = from - 40
	}
	if b > to+40 {
		b = to + 40
	}
	return d.toks[a].start, d.toks[b-1].end
}

// summarize makes an event summary from its sentence: one line, at most
// 200 characters.
func summarize(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > 200 {
		r := []rune(s)
		cut := 200
		for cut > 150 && !unicode.IsSpace(r[cut]) {
			cut--
		}
		s = strings.TrimSpace(string(r[:cut])) + "…"
	}
	if s == "" {
		s = "(date mentioned)"
	}
	return s
}

// near bounds a search around token i to its sentence and to radius
// tokens either way, so that a text with no full stops costs no more than
// one with them.
func (x *extractor) near(i, radius int) (int, int) {
	s := x.d.sents[x.d.toks[i].sent]
	from, to := s.from, s.to
	if from < i-radius {
		from = i - radius
	}
	if to > i+radius {
		to = i + radius
	}
	return from, to
}

// actorsNear returns the actors named in the sentence of token i.
func (x *extractor) actorsNear(i int, actorID []string) []string {
	from, to := x.near(i, 80)
	out := []string{}
	seen := map[string]bool{}
	for _, m := range x.mentionsIn(from, to) {
		if id := actorID[m.actor]; id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// buildFigure makes the dataset figure, with the dates its sentence gives
// as its baseline, period or as-of date, and the actors it credits.
func (x *extractor) buildFigure(n int, f figure, used ids, actorID []string) model.Figure {
	d := x.d
	start, end := d.toks[f.from].start, d.toks[f.to-1].end
	fig := model.Figure{
		ID: used.take("figure-" + strconv.Itoa(n+1)), Label: d.text[start:end], Value: f.value,
		Comparator: f.comp, Unit: f.u.short, UnitLong: f.u.long, Measure: f.measure, Direction: f.dir,
		ReportedBy: []string{}, Topics: []string{}, Evidence: []model.Evidence{evidence(d.text, start, end)},
	}
	if f.cur != nil {
		fig.Currency = f.cur.code
	}
	addDate := func(m dateMention) *model.TimeRef {
		r := m.ref
		ev := evidence(d.text, d.toks[m.from].start, d.toks[m.to-1].end)
		if !strings.Contains(fig.Evidence[0].Text, r.Text) {
			fig.Evidence = append(fig.Evidence, ev)
		}
		return &r
	}
	var asOf, since, until = -1, -1, -1
	for _, k := range x.datesNear(f.numFrom) {
		m := x.dates[k]
		switch {
		case f.dir != model.None && fig.ComparedTo == nil && m.from >= f.to && m.from-f.to <= 8 && x.baselineWordBetween(f.to, m.from):
			fig.ComparedTo = addDate(m)
		case m.kind == period && d.isWord(m.from, "since"):
			since = k
		case m.kind == period && d.isWord(m.from, "until", "till", "through"):
			until = k
		case m.kind != relative && !m.target && m.ref.Date != nil && !x.isBaseline(m):
			if asOf < 0 || abs(m.from-f.numFrom) < abs(x.dates[asOf].from-f.numFrom) {
				asOf = k
			}
		}
	}
	if since >= 0 || until >= 0 {
		fig.Period = &model.Period{}
		if since >= 0 {
			fig.Period.From = addDate(x.dates[since])
		}
		if until >= 0 {
			fig.Period.To = addDate(x.dates[until])
		}
	} else if asOf >= 0 && (fig.ComparedTo == nil || fig.ComparedTo.Text != x.dates[asOf].ref.Text) {
		fig.AsOf = addDate(x.dates[asOf])
	}
	if a := x.reporter(f); a >= 0 && actorID[a] != "" {
		fig.ReportedBy = append(fig.ReportedBy, actorID[a])
	}
	return fig
}

// datesNear returns the indexes of the dates in the sentence of token i,
// within a bounded window; dates are in text order, so a binary search
// finds them.
func (x *extractor) datesNear(i int) []int {
	d := x.d
	from, to := x.near(i, 40)
	lo := sort.Search(len(x.dates), func(k int) bool { return x.dates[k].from >= from })
	var out []int
	for k := lo; k < len(x.dates) && x.dates[k].from < to; k++ {
		if d.toks[x.dates[k].from].sent == d.toks[i].sent {
			out = append(out, k)
		}
	}
	return out
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// baselineWordBetween finds the word that makes a date a change's baseline:
// "compared to September 2024", "from a year earlier", "than in 2019".
func (x *extractor) baselineWordBetween(from, to int) bool {
	for k := from; k <= to && k < len(x.d.toks); k++ {
		if x.d.isWord(k, "compared", "versus", "vs.", "than", "from", "on", "over", "against") {
			return true
		}
	}
	return false
}

// isBaseline reports a date that a change is measured against ("compared
// to September 2024"): it is not the moment a figure stands at.
func (x *extractor) isBaseline(m dateMention) bool {
	for k := m.from - 1; k >= 0 && k >= m.from-3; k-- {
		if x.d.isWord(k, "compared", "versus", "vs.", "than", "from") {
			return true
		}
	}
	return false
}

// reporter finds the actor a figure is credited to: the speaker of the
// quote it stands in, "according to X", "X reported …", "… , X said".
func (x *extractor) reporter(f figure) int {
	d := x.d
	if qi := x.quoteAround(f.numFrom); qi >= 0 && !x.quotes[qi].title {
		return x.quotes[qi].speaker
	}
	from, to := x.near(f.numFrom, 40)
	s := span{from, to}
	best, bestDist := -1, 1<<30
	for _, m := range x.mentionsIn(s.from, s.to) {
		if x.inQuote(m.tok) {
			continue
		}
		ok := d.isWord(m.tok-1, "to") && d.isWord(m.tok-2, "according")
		end := x.mentionEnd(m)
		for k := end; !ok && k < end+4 && k < s.to; k++ {
			if d.toks[k].kind == kWord && reportVerbs[d.toks[k].lower] {
				ok = true
			}
			if d.toks[k].kind == kPunct && d.toks[k].text != "’s" {
				break
			}
		}
		for k := m.tok - 1; !ok && k >= m.tok-2 && k >= s.from; k-- {
			if d.toks[k].kind == kWord && reportVerbs[d.toks[k].lower] {
				ok = true
			}
		}
		if ok {
			if dist := abs(m.tok - f.numFrom); dist < bestDist {
				best, bestDist = m.actor, dist
			}
		}
	}
	return best
}

// story gives the draft its title: the option, else a headline line, else
// the first words marked as a draft title.
func (x *extractor) story() model.Story {
	text := x.d.text
	st := model.Story{Text: text}
	if x.opts.Title != "" {
		st.Title, st.TitleEditorial = strings.TrimSpace(x.opts.Title), true
	}
	if st.Title == "" {
		first := strings.TrimSpace(text)
		if i := strings.IndexByte(first, '\n'); i >= 0 {
			line := strings.TrimSpace(first[:i])
			if line != "" && utf8.RuneCountInString(line) <= 150 && !strings.HasSuffix(line, ".") {
				st.Title = line
			}
		}
	}
	if st.Title == "" {
		words := strings.Fields(text)
		if len(words) > 8 {
			words = append(words[:8:8], "…")
		}
		st.Title, st.TitleEditorial = "Draft: "+strings.Join(words, " "), true
	}
	if strings.TrimSpace(st.Title) == "" || !utf8.ValidString(st.Title) {
		st.Title, st.TitleEditorial = "Draft: untitled", true
	}
	return st
}

// prune is the last guard of the promise that a draft validates: should a
// rule ever produce an item the dataset format rejects, the item is dropped
// (and anything citing it), rather than handing the editor a file that will
// not load. The tests check that nothing is ever pruned from their texts.
func prune(ds *model.Dataset) int {
	dropped := 0
	for round := 0; round < 8; round++ {
		problems := model.Validate(ds)
		if len(problems) == 0 {
			return dropped
		}
		bad := map[string]map[int]bool{}
		for _, p := range problems {
			kind, idx, ok := itemOf(p.Path)
			if !ok {
				continue
			}
			if bad[kind] == nil {
				bad[kind] = map[int]bool{}
			}
			bad[kind][idx] = true
		}
		if len(bad) == 0 {
			return dropped
		}
		dropped += dropItems(ds, bad)
	}
	return dropped
}

// itemOf reads "figures[3].evidence[0]" as ("figures", 3).
func itemOf(path string) (string, int, bool) {
	open := strings.IndexByte(path, '[')
	close := strings.IndexByte(path, ']')
	if open <= 0 || close < open {
		return "", 0, false
	}
	n, err := strconv.Atoi(path[open+1 : close])
	if err != nil {
		return "", 0, false
	}
	return path[:open], n, true
}

func dropItems(ds *model.Dataset, bad map[string]map[int]bool) int {
	n := 0
	removed := map[string]bool{}
	keep := func(kind string, i int, id string) bool {
		if bad[kind][i] {
			n++
			removed[id] = true
			return false
		}
		return true
	}
	ds.Actors = filter(ds.Actors, func(i int, a model.Actor) bool { return keep("actors", i, a.ID) })
	ds.Events = filter(ds.Events, func(i int, e model.Event) bool { return keep("events", i, e.ID) })
	ds.Figures = filter(ds.Figures, func(i int, f model.Figure) bool { return keep("figures", i, f.ID) })
	ds.Quotes = filter(ds.Quotes, func(i int, q model.Quote) bool { return keep("quotes", i, q.ID) })
	// Drop references to removed actors; quotes of a removed speaker go too.
	for i := range ds.Actors {
		ds.Actors[i].Affiliations = without(ds.Actors[i].Affiliations, removed)
	}
	for i := range ds.Events {
		ds.Events[i].Actors = without(ds.Events[i].Actors, removed)
	}
	for i := range ds.Figures {
		ds.Figures[i].ReportedBy = without(ds.Figures[i].ReportedBy, removed)
	}
	ds.Quotes = filter(ds.Quotes, func(_ int, q model.Quote) bool { return !removed[q.Speaker] })
	return n
}

func filter[T any](list []T, ok func(int, T) bool) []T {
	out := list[:0]
	for i, v := range list {
		if ok(i, v) {
			out = append(out, v)
		}
	}
	return out
}

func without(ids []string, removed map[string]bool) []string {
	out := ids[:0]
	for _, id := range ids {
		if !removed[id] {
			out = append(out, id)
		}
	}
	return out
}
