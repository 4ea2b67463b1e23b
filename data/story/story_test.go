package story_test

// These tests hold the embedded default story to the rules written at the
// top of default.yaml: every span is the article's own bytes and says which
// occurrence it means, every actor cites every mention of it, every numeral
// and every quotation in the article is in the dataset, and the dataset
// validates both as read here and through the project's loader.

import (
	"bytes"
	"encoding/json"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/dossier-dev/dossier/data"
	"github.com/dossier-dev/dossier/model"
)

const (
	datasetFile = "default.yaml"
	articleFile = "article.txt"
	// sharedArticle is the article as received; the copy here must match it.
	sharedArticle = "../../../shared/story/article.txt"
)

// load reads default.yaml the plain way (YAML to JSON to the model types,
// refusing unknown fields) with the article from article.txt. The evidence
// is as written in the file: nothing is resolved yet.
func load(t *testing.T) (*model.Dataset, string) {
	t.Helper()
	src, err := os.ReadFile(datasetFile)
	if err != nil {
		t.Fatal(err)
	}
	article, err := os.ReadFile(articleFile)
	if err != nil {
		t.Fatal(err)
	}
	var generic any
	if err := yaml.Unmarshal(src, &generic); err != nil {
		t.Fatalf("%s: %v", datasetFile, err)
	}
	js, err := json.Marshal(generic)
	if err != nil {
		t.Fatalf("%s: converting to JSON: %v", datasetFile, err)
	}
	dec := json.NewDecoder(bytes.NewReader(js))
	dec.DisallowUnknownFields()
	var d model.Dataset
	if err := dec.Decode(&d); err != nil {
		t.Fatalf("%s: %v", datasetFile, err)
	}
	if d.Story.TextFile != articleFile {
		t.Fatalf("story.text_file is %q, want %q", d.Story.TextFile, articleFile)
	}
	if d.Story.Text != "" {
		t.Fatalf("story.text is set inline; the article belongs in %s", articleFile)
	}
	d.Story.Text = string(article)
	d.Story.TextFile = ""
	return &d, string(article)
}

// resolved loads the dataset and runs the model's validation, which fills
// every span's Start and End.
func resolved(t *testing.T) (*model.Dataset, string) {
	t.Helper()
	d, text := load(t)
	if problems := model.Validate(d); len(problems) > 0 {
		for _, p := range problems {
			t.Error(p)
		}
		t.FailNow()
	}
	return d, text
}

// item is any fact with evidence, named for messages.
type item struct {
	name     string
	evidence []model.Evidence
	times    []*model.TimeRef
}

func items(d *model.Dataset) []item {
	var out []item
	for _, a := range d.Actors {
		out = append(out, item{name: "actor " + a.ID, evidence: a.Evidence})
	}
	for i := range d.Events {
		e := &d.Events[i]
		out = append(out, item{name: "event " + e.ID, evidence: e.Evidence, times: []*model.TimeRef{&e.When}})
	}
	for _, f := range d.Figures {
		it := item{name: "figure " + f.ID, evidence: f.Evidence}
		it.times = append(it.times, f.ComparedTo, f.AsOf)
		if f.Period != nil {
			it.times = append(it.times, f.Period.From, f.Period.To)
		}
		out = append(out, it)
	}
	for _, q := range d.Quotes {
		out = append(out, item{name: "quote " + q.ID, evidence: q.Evidence})
	}
	for _, c := range d.Claims {
		out = append(out, item{name: "claim " + c.ID, evidence: c.Evidence})
	}
	return out
}

// occurrences counts s in text left to right without overlap, as the
// validator does.
func occurrences(text, s string) []int {
	var offs []int
	for from := 0; ; {
		i := strings.Index(text[from:], s)
		if i < 0 {
			return offs
		}
		offs = append(offs, from+i)
		from += i + len(s)
	}
}

func TestArticleIsTheSharedCopy(t *testing.T) {
	mine, err := os.ReadFile(articleFile)
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.Valid(mine) {
		t.Fatalf("%s is not valid UTF-8", articleFile)
	}
	if bytes.HasSuffix(mine, []byte("\n")) {
		t.Errorf("%s ends with a newline; the article as received has none", articleFile)
	}
	shared, err := os.ReadFile(sharedArticle)
	if err != nil {
		t.Skipf("no shared copy to compare with: %v", err)
	}
	if !bytes.Equal(mine, shared) {
		t.Errorf("%s differs from %s", articleFile, sharedArticle)
	}
}

func TestStoryAndSource(t *testing.T) {
	d, _ := load(t)
	if d.SchemaVersion != 1 {
		t.Errorf("schema_version = %d, want 1", d.SchemaVersion)
	}
	if strings.TrimSpace(d.Story.Title) == "" || !d.Story.TitleEditorial {
		t.Errorf("the article has no headline: the title must be written and marked title_editorial")
	}
	s := d.Story.Source
	for name, v := range map[string]*string{"publisher": s.Publisher, "author": s.Author, "url": s.URL, "published": s.Published, "retrieved": s.Retrieved} {
		if v != nil {
			t.Errorf("story.source.%s = %q: the article does not state it, so it must be null", name, *v)
		}
	}
	if s.Language == nil || *s.Language != "en" {
		t.Errorf("story.source.language must be \"en\"")
	}
}

func TestValidatesUnderModel(t *testing.T) {
	resolved(t)
}

// TestEmbeddedDefaultLoads runs the embedded story through the project's own
// loader, as the explorer will.
func TestEmbeddedDefaultLoads(t *testing.T) {
	d, err := data.Default()
	if err != nil {
		t.Fatalf("data.Default: %v", err)
	}
	mine, text := resolved(t)
	if d.Story.Text != text {
		t.Errorf("the embedded story text differs from %s", articleFile)
	}
	if len(d.Actors) != len(mine.Actors) || len(d.Events) != len(mine.Events) || len(d.Figures) != len(mine.Figures) ||
		len(d.Quotes) != len(mine.Quotes) || len(d.Claims) != len(mine.Claims) || len(d.Series) != len(mine.Series) {
		t.Errorf("the embedded dataset and %s disagree on item counts", datasetFile)
	}
}

func TestLoadFile(t *testing.T) {
	if _, err := data.LoadFile(datasetFile); err != nil {
		t.Fatalf("data.LoadFile: %v", err)
	}
}

func TestIDs(t *testing.T) {
	d, _ := load(t)
	pattern := regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,63}$`)
	seen := map[string]string{}
	add := func(kind, id string) {
		if !pattern.MatchString(id) {
			t.Errorf("%s id %q is not a valid id", kind, id)
		}
		if prev, ok := seen[id]; ok {
			t.Errorf("%s id %q is already the id of a %s", kind, id, prev)
		}
		seen[id] = kind
	}
	for _, x := range d.Topics {
		add("topic", x.ID)
	}
	for _, x := range d.Actors {
		add("actor", x.ID)
	}
	for _, x := range d.Events {
		add("event", x.ID)
	}
	for _, x := range d.Figures {
		add("figure", x.ID)
	}
	for _, x := range d.Quotes {
		add("quote", x.ID)
	}
	for _, x := range d.Claims {
		add("claim", x.ID)
	}
	for _, x := range d.Series {
		add("series", x.ID)
	}
	ref := func(from, id, want string) {
		if got, ok := seen[id]; !ok || got != want {
			t.Errorf("%s: %q names no %s", from, id, want)
		}
	}
	refs := func(from string, ids []string, want string) {
		for _, id := range ids {
			ref(from, id, want)
		}
	}
	for _, a := range d.Actors {
		refs("actor "+a.ID+" affiliations", a.Affiliations, "actor")
		refs("actor "+a.ID+" topics", a.Topics, "topic")
	}
	for _, e := range d.Events {
		refs("event "+e.ID+" actors", e.Actors, "actor")
		refs("event "+e.ID+" topics", e.Topics, "topic")
	}
	for _, f := range d.Figures {
		refs("figure "+f.ID+" reported_by", f.ReportedBy, "actor")
		refs("figure "+f.ID+" topics", f.Topics, "topic")
		if f.Derived != nil {
			refs("figure "+f.ID+" inputs", f.Derived.Inputs, "figure")
		}
	}
	for _, q := range d.Quotes {
		ref("quote "+q.ID+" speaker", q.Speaker, "actor")
		refs("quote "+q.ID+" topics", q.Topics, "topic")
	}
	for _, c := range d.Claims {
		ref("claim "+c.ID+" actor", c.Actor, "actor")
		refs("claim "+c.ID+" quotes", c.Quotes, "quote")
		refs("claim "+c.ID+" topics", c.Topics, "topic")
	}
	for _, s := range d.Series {
		for _, p := range s.Points {
			ref("series "+s.ID+" point "+p.Label, p.Figure, "figure")
		}
		refs("series "+s.ID+" topics", s.Topics, "topic")
		if s.Poll != nil {
			ref("series "+s.ID+" pollster", s.Poll.Pollster, "actor")
		}
	}
}

// TestEverythingHasATopic: a topic filter can only mean the same in every
// view if every item is filed somewhere.
func TestEverythingHasATopic(t *testing.T) {
	d, _ := load(t)
	check := func(what string, topics []string) {
		if len(topics) == 0 {
			t.Errorf("%s has no topic", what)
		}
		if len(topics) != len(uniq(topics)) {
			t.Errorf("%s lists a topic twice", what)
		}
	}
	for _, x := range d.Actors {
		check("actor "+x.ID, x.Topics)
	}
	for _, x := range d.Events {
		check("event "+x.ID, x.Topics)
	}
	for _, x := range d.Figures {
		check("figure "+x.ID, x.Topics)
	}
	for _, x := range d.Quotes {
		check("quote "+x.ID, x.Topics)
	}
	for _, x := range d.Claims {
		check("claim "+x.ID, x.Topics)
	}
	for _, x := range d.Series {
		check("series "+x.ID, x.Topics)
	}
}

func uniq(s []string) []string {
	c := slices.Clone(s)
	sort.Strings(c)
	return slices.Compact(c)
}

// TestActorTopicsFollowTheirItems: an actor is filed under exactly the topics
// of the items it takes part in, so filtering by a topic shows the same
// actors as the events, claims, quotes and figures it shows.
func TestActorTopicsFollowTheirItems(t *testing.T) {
	d, _ := load(t)
	want := map[string][]string{}
	add := func(actor string, topics []string) { want[actor] = append(want[actor], topics...) }
	for _, e := range d.Events {
		for _, a := range e.Actors {
			add(a, e.Topics)
		}
	}
	for _, c := range d.Claims {
		add(c.Actor, c.Topics)
	}
	for _, q := range d.Quotes {
		add(q.Speaker, q.Topics)
	}
	for _, f := range d.Figures {
		for _, a := range f.ReportedBy {
			add(a, f.Topics)
		}
	}
	for _, s := range d.Series {
		if s.Poll != nil {
			add(s.Poll.Pollster, s.Topics)
		}
	}
	for _, a := range d.Actors {
		w, ok := want[a.ID]
		if !ok {
			continue // in no item: filed by hand
		}
		if got, w := uniq(a.Topics), uniq(w); !slices.Equal(got, w) {
			t.Errorf("actor %s topics = %v, want the topics of its items %v", a.ID, got, w)
		}
	}
}

// TestSpansAsWritten checks each span as the file writes it: the exact bytes
// of the article, with occurrence (or start) exactly when the text is not
// unique.
func TestSpansAsWritten(t *testing.T) {
	d, text := load(t)
	for _, it := range items(d) {
		for j, e := range it.evidence {
			where := it.name + " evidence[" + strconv.Itoa(j) + "] " + strconv.Quote(e.Text)
			offs := occurrences(text, e.Text)
			switch {
			case e.Text == "":
				t.Errorf("%s: empty", where)
			case len(offs) == 0:
				t.Errorf("%s: not in the article", where)
			case e.End != nil:
				t.Errorf("%s: end is computed by the loader; do not write it", where)
			case e.Start != nil && e.Occurrence != 0:
				t.Errorf("%s: give start or occurrence, not both", where)
			case e.Start != nil:
				if len(offs) == 1 {
					t.Errorf("%s: occurs once; leave start out", where)
				} else if !slices.Contains(offs, *e.Start) {
					t.Errorf("%s: is not at byte %d", where, *e.Start)
				}
			case len(offs) == 1 && e.Occurrence != 0:
				t.Errorf("%s: occurs once; leave occurrence out", where)
			case len(offs) > 1 && e.Occurrence == 0:
				t.Errorf("%s: occurs %d times; say which with occurrence", where, len(offs))
			case e.Occurrence < 0 || e.Occurrence > len(offs):
				t.Errorf("%s: occurrence %d, but it occurs %d times", where, e.Occurrence, len(offs))
			}
			if e.Text != strings.TrimSpace(e.Text) {
				t.Errorf("%s: starts or ends with white space", where)
			}
		}
		// The same place cited twice by one item is a slip.
		seen := map[string]bool{}
		for _, e := range it.evidence {
			key := e.Text + "#" + strconv.Itoa(e.Occurrence)
			if e.Start != nil {
				key = e.Text + "@" + strconv.Itoa(*e.Start)
			}
			if seen[key] {
				t.Errorf("%s cites %q (occurrence %d) twice", it.name, e.Text, e.Occurrence)
			}
			seen[key] = true
		}
	}
}

func TestTimesStandInTheirSpans(t *testing.T) {
	d, _ := load(t)
	for _, it := range items(d) {
		for _, tr := range it.times {
			if tr == nil {
				continue
			}
			in := false
			for _, e := range it.evidence {
				in = in || strings.Contains(e.Text, tr.Text)
			}
			if tr.Text == "" || !in {
				t.Errorf("%s: time %q does not stand inside one of its spans", it.name, tr.Text)
			}
			if tr.Inferred != (tr.InferredWhy != "") {
				t.Errorf("%s: time %q: inferred and inferred_why must go together", it.name, tr.Text)
			}
		}
	}
}

func TestQuotesAreTheirSpans(t *testing.T) {
	d, text := load(t)
	for _, q := range d.Quotes {
		ok := false
		for _, e := range q.Evidence {
			ok = ok || e.Text == q.Text
		}
		if !ok {
			t.Errorf("quote %s: text is not exactly one of its spans", q.ID)
		}
	}
	// Every quotation in the article is a quote, less the punctuation that
	// the article's style puts inside the closing mark.
	for _, m := range regexp.MustCompile(`“([^”]*)”`).FindAllStringSubmatch(text, -1) {
		words := strings.TrimRight(m[1], ",.")
		found := false
		for _, q := range d.Quotes {
			found = found || q.Text == words
		}
		if !found {
			t.Errorf("the article quotes %q but no quote has those words", words)
		}
	}
}

// TestEveryActorMentionIsCited: every whole-word occurrence (ignoring case)
// of an actor's name or alias lies inside one of that actor's spans.
func TestEveryActorMentionIsCited(t *testing.T) {
	d, text := resolved(t)
	for _, a := range d.Actors {
		for _, name := range append([]string{a.Name}, a.Aliases...) {
			re := regexp.MustCompile(`(?i)` + regexp.QuoteMeta(name))
			for _, loc := range re.FindAllStringIndex(text, -1) {
				if !wholeWord(text, loc[0], loc[1]) {
					continue
				}
				if !covered(a.Evidence, loc[0], loc[1]) {
					t.Errorf("actor %s: mention %q at byte %d (…%s…) is not in its evidence",
						a.ID, text[loc[0]:loc[1]], loc[0], context(text, loc[0], loc[1]))
				}
			}
		}
		for _, alias := range a.Aliases {
			if !strings.Contains(strings.ToLower(text), strings.ToLower(alias)) {
				t.Errorf("actor %s: alias %q is not used in the article", a.ID, alias)
			}
		}
	}
}

func wholeWord(text string, start, end int) bool {
	if r, _ := utf8.DecodeLastRuneInString(text[:start]); start > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[end:]); end < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return false
	}
	return true
}

func covered(ev []model.Evidence, start, end int) bool {
	for _, e := range ev {
		if s, t := e.Span(); s <= start && end <= t {
			return true
		}
	}
	return false
}

func context(text string, start, end int) string {
	from, to := max(0, start-20), min(len(text), end+20)
	for from > 0 && !utf8.RuneStart(text[from]) {
		from--
	}
	for to < len(text) && !utf8.RuneStart(text[to]) {
		to++
	}
	return strings.ReplaceAll(text[from:to], "\n", " ")
}

// TestEveryNumeralIsCovered: each number written in digits stands inside the
// evidence of a figure, or inside the date words (when.text) of an event, so
// no number of the article is missed. Sentence punctuation after a number
// ("2024.") is not part of it.
func TestEveryNumeralIsCovered(t *testing.T) {
	d, text := resolved(t)
	var ev []model.Evidence
	for _, f := range d.Figures {
		ev = append(ev, f.Evidence...)
	}
	// The place of each event's when.text, inside the span that holds it.
	for _, e := range d.Events {
		for _, sp := range e.Evidence {
			if i := strings.Index(sp.Text, e.When.Text); i >= 0 && e.When.Text != "" {
				s, _ := sp.Span()
				start, end := s+i, s+i+len(e.When.Text)
				ev = append(ev, model.Evidence{Text: e.When.Text, Start: &start, End: &end})
				break
			}
		}
	}
	for _, loc := range regexp.MustCompile(`\d(?:[\d,.]*\d)?`).FindAllStringIndex(text, -1) {
		if !covered(ev, loc[0], loc[1]) {
			t.Errorf("the number %q at byte %d (…%s…) is in no figure and no event date", text[loc[0]:loc[1]], loc[0], context(text, loc[0], loc[1]))
		}
	}
}

// TestFiguresMatchTheirWords: a stated figure's value is written in its span,
// and a derived figure's formula computes its value.
func TestFiguresMatchTheirWords(t *testing.T) {
	d, _ := load(t)
	byID := map[string]model.Figure{}
	for _, f := range d.Figures {
		byID[f.ID] = f
	}
	words := map[float64]string{8: "eight"}
	for _, f := range d.Figures {
		if f.Derived != nil {
			got, ok := evalSum(f.Derived.Formula)
			if !ok {
				t.Errorf("figure %s: cannot read formula %q", f.ID, f.Derived.Formula)
			} else if got != f.Value {
				t.Errorf("figure %s: formula %q gives %v, value is %v", f.ID, f.Derived.Formula, got, f.Value)
			}
			for _, in := range f.Derived.Inputs {
				if !strings.Contains(f.Derived.Formula, strconv.FormatFloat(byID[in].Value, 'f', -1, 64)) {
					t.Errorf("figure %s: formula %q does not use input %s (%v)", f.ID, f.Derived.Formula, in, byID[in].Value)
				}
			}
			if strings.TrimSpace(f.Derived.Note) == "" {
				t.Errorf("figure %s: a derived figure must say what it means in its note", f.ID)
			}
			continue
		}
		digits := strconv.FormatFloat(f.Value, 'f', -1, 64)
		withCommas := commas(digits)
		found := false
		for _, e := range f.Evidence {
			found = found || containsNumber(e.Text, digits) || containsNumber(e.Text, withCommas) ||
				(words[f.Value] != "" && strings.Contains(e.Text, words[f.Value]))
		}
		if !found {
			t.Errorf("figure %s: value %v is not written in its evidence", f.ID, f.Value)
		}
	}
	for _, s := range d.Series {
		for _, p := range s.Points {
			if f := byID[p.Figure]; f.Unit != s.Unit {
				t.Errorf("series %s: point %q is in %q, the series in %q", s.ID, p.Label, f.Unit, s.Unit)
			}
		}
	}
}

func containsNumber(s, n string) bool {
	for _, i := range occurrences(s, n) {
		before, after := byte(' '), byte(' ')
		if i > 0 {
			before = s[i-1]
		}
		if j := i + len(n); j < len(s) {
			after = s[j]
		}
		if (before < '0' || before > '9') && (after < '0' || after > '9') && before != ',' {
			return true
		}
	}
	return false
}

func commas(digits string) string {
	if len(digits) <= 3 || strings.Contains(digits, ".") {
		return digits
	}
	head := len(digits) % 3
	var b strings.Builder
	b.WriteString(digits[:head])
	for i := head; i < len(digits); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}

// evalSum evaluates a formula of numbers joined by + and -.
func evalSum(formula string) (float64, bool) {
	fields := strings.Fields(formula)
	if len(fields)%2 == 0 {
		return 0, false
	}
	total, err := strconv.ParseFloat(fields[0], 64)
	if err != nil {
		return 0, false
	}
	for i := 1; i < len(fields); i += 2 {
		n, err := strconv.ParseFloat(fields[i+1], 64)
		if err != nil {
			return 0, false
		}
		switch fields[i] {
		case "+":
			total += n
		case "-":
			total -= n
		default:
			return 0, false
		}
	}
	return total, true
}
