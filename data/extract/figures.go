package extract

import (
	"strings"

	"github.com/dossier-dev/dossier/model"
)

// figure is a figure found in the text, in token terms.
type figure struct {
	numFrom, numTo int // the number itself
	from, to       int // the evidence: qualifier, number, unit
	value          float64
	comp           model.Comparator
	u              unit
	cur            *currency
	measure        string
	dir            model.Direction
	// change says the words around make the figure a change, so a baseline
	// after it is its compared_to.
	change bool
}

// core is a number with its currency and scale, before its qualifiers.
type core struct {
	from, to int // tokens, currency symbol included
	numTo    int // end of the number words/digits (before any unit)
	value    float64
	cur      *currency
	share    bool // a share already in percent ("a third", "one in five")
	u        unit // a unit found while reading the number ("six-week")
	rank     bool
	measure  string
}

// comparatorPhrases map the words before a number to its comparator,
// longest first so "no more than" wins over "more than".
var comparatorPhrases = func() []struct {
	words []string
	c     model.Comparator
} {
	table := []struct {
		phrase string
		c      model.Comparator
	}{
		{"no more than", model.AtMost}, {"not more than", model.AtMost}, {"no greater than", model.AtMost},
		{"a maximum of", model.AtMost}, {"as many as", model.AtMost}, {"as much as", model.AtMost},
		{"up to", model.AtMost}, {"at most", model.AtMost}, {"maximum of", model.AtMost},
		{"within", model.AtMost},
		{"no fewer than", model.AtLeast}, {"no less than", model.AtLeast}, {"not less than", model.AtLeast},
		{"a minimum of", model.AtLeast}, {"at least", model.AtLeast}, {"minimum of", model.AtLeast},
		{"in excess of", model.MoreThan}, {"upwards of", model.MoreThan}, {"more than", model.MoreThan},
		{"greater than", model.MoreThan}, {"higher than", model.MoreThan}, {"north of", model.MoreThan},
		{"just over", model.MoreThan}, {"well over", model.MoreThan}, {"just above", model.MoreThan},
		{"over", model.MoreThan}, {"above", model.MoreThan}, {"exceeding", model.MoreThan},
		{"topping", model.MoreThan}, {"topped", model.MoreThan}, {"tops", model.MoreThan},
		{"exceeded", model.MoreThan}, {"exceeds", model.MoreThan}, {"surpassed", model.MoreThan},
		{"surpasses", model.MoreThan},
		{"less than", model.LessThan}, {"fewer than", model.LessThan}, {"lower than", model.LessThan},
		{"just under", model.LessThan}, {"just below", model.LessThan}, {"under", model.LessThan},
		{"below", model.LessThan},
		{"close to", model.About}, {"an estimated", model.About}, {"an average of", model.About},
		{"about", model.About}, {"around", model.About}, {"approximately", model.About},
		{"approx.", model.About}, {"roughly", model.About}, {"nearly", model.About},
		{"almost", model.About}, {"some", model.About}, {"estimated", model.About},
		{"circa", model.About}, {"maybe", model.About}, {"perhaps", model.About},
		{"plus or minus", model.Exact},
	}
	out := make([]struct {
		words []string
		c     model.Comparator
	}, len(table))
	for i, e := range table {
		out[i].words = strings.Fields(e.phrase)
		out[i].c = e.c
	}
	return out
}()

// postComparators follow the number: "65 and older", "10 or more".
var postComparators = []struct {
	a, b string
	c    model.Comparator
}{
	{"or", "more", model.AtLeast}, {"or", "over", model.AtLeast}, {"or", "older", model.AtLeast},
	{"and", "older", model.AtLeast}, {"and", "over", model.AtLeast}, {"and", "above", model.AtLeast},
	{"and", "up", model.AtLeast}, {"or", "higher", model.AtLeast}, {"or", "fewer", model.AtMost},
	{"or", "less", model.AtMost}, {"or", "younger", model.AtMost}, {"and", "younger", model.AtMost},
	{"and", "under", model.AtMost}, {"and", "below", model.AtMost}, {"or", "lower", model.AtMost},
}

var increaseWords = setOf("up rose risen rises rise rising increased increases increasing grew grown grows growing jumped jumps climbed climbs surged surges gained gains soared soars added higher boosted raised")
var decreaseWords = setOf("down fell fallen falls falling dropped drops declined declines decreased decreases slipped slid plunged plummeted shrank shrunk sank lower cut reduced dipped dips tumbled eased contracted")
var increaseNouns = setOf("increase increases rise rises jump gain gains growth hike surge climb uptick boost")
var decreaseNouns = setOf("decrease decreases decline declines drop drops fall falls reduction cut cuts dip slump contraction loss")

// npStop ends a noun phrase after a number.
var npStop = setOf(`a an the and or but nor that which who whom whose this these those it its
	their his her our we they he she you i is are was were be been being has have had will
	would can could may might must should shall do does did said says to from in on at by
	for of with since during over under about after before between per than as more less
	fewer last ago earlier later ahead when while where if so not no also only just still
	already yet now then there here up down out off into onto through across against among
	including like unlike such both all some any most many much every either neither whether
	respectively annually apiece each year-on-year compared versus vs each according
	while whereas because until till via plus minus percent per cent
	worldwide nationwide overall combined total alone altogether chosen taken given seen
	known held made found sold left paid built shown won lost spent set put cut run grown
	being having`)

// determiners before a number word make it a reference, not a count
// ("the two countries").
var determiners = setOf("the these those both its their his her our my your whose every each other first last next")

func (x *extractor) findFigures() {
	d := x.d
	for i := 0; i < len(d.toks); i++ {
		if x.claimed[i] {
			continue
		}
		figs, next := x.figureAt(i)
		if len(figs) == 0 {
			continue
		}
		for _, f := range figs {
			x.figures = append(x.figures, f)
			for k := f.numFrom; k < f.numTo; k++ {
				x.claimed[k] = true
			}
		}
		if next > i+1 {
			i = next - 1
		}
	}
}

// figureAt reads the figures that start with a number at token i: one, or
// two for a range ("between 8 and 15 years").
func (x *extractor) figureAt(i int) ([]figure, int) {
	c, ok := x.numberAt(i)
	if !ok {
		return nil, i + 1
	}
	f := x.complete(c)
	// A range: "between 8 and 15 years", "10-15 years", "10 to 15".
	if g, ok := x.rangeEnd(f); ok {
		return g, g[1].to
	}
	return []figure{f}, f.to
}

// numberAt reads the number starting at token i, if token i starts one.
func (x *extractor) numberAt(i int) (core, bool) {
	d := x.d
	t := d.toks[i]
	if c, ok := x.ratioAt(i); ok {
		return c, true
	}
	switch t.kind {
	case kNum:
		return x.digitsAt(i)
	case kWord:
		if c, ok := x.rankAt(i); ok {
			return c, true
		}
		if c, ok := x.fractionAt(i); ok {
			return c, true
		}
		if c, ok := x.compoundAt(i); ok {
			return c, true
		}
		return x.wordsAt(i)
	case kPunct:
		// A currency symbol: the number follows.
		return core{}, false
	}
	return core{}, false
}

// digitsAt reads a number written in digits, with its currency and scale.
func (x *extractor) digitsAt(i int) (core, bool) {
	d := x.d
	t := d.toks[i]
	if x.notAFigure(i) {
		return core{}, false
	}
	v, ok := parseDigits(t.text)
	if !ok {
		return core{}, false
	}
	c := core{from: i, to: i + 1, numTo: i + 1, value: v}
	c.cur, c.from = x.currencyBefore(i)
	j := i + 1
	// A rank written in digits: "2nd-largest", "3rd place".
	if j < len(d.toks) && d.toks[j].glued && d.toks[j].kind == kWord {
		suf, rest, _ := strings.Cut(d.toks[j].lower, "-")
		if suf == "st" || suf == "nd" || suf == "rd" || suf == "th" {
			if isSuperlative(rest) || d.isWord(j+1, "place") || d.isWord(i-1, "ranked", "ranks", "finished", "placed", "came") {
				c.to, c.numTo, c.rank = j+1, j+1, true
				c.u = unit{"rank", "rank"}
				c.measure = rest
				return c, true
			}
			return core{}, false
		}
	}
	// Scale: "1.2 million", "$5m", "2.4bn".
	if j < len(d.toks) && d.toks[j].kind == kWord {
		w := d.toks[j].lower
		if s, ok := gluedScales[w]; ok && d.toks[j].glued {
			c.value *= s
			j++
		} else if s, ok := gluedMoneyScales[w]; ok && d.toks[j].glued && c.cur != nil {
			c.value *= s
			j++
		} else if s, ok := scaleWords[w]; ok && !d.toks[j].glued {
			c.value *= s
			j++
			if s == 100 && d.isWord(j, "thousand") {
				c.value *= 1000
				j++
			}
		}
	}
	c.to, c.numTo = j, j
	// "45-year-old", "14-month": a unit joined by a hyphen.
	if d.isText(j, "-") && d.toks[j].glued && j+1 < len(d.toks) && d.toks[j+1].glued && d.toks[j+1].kind == kWord {
		head, rest, _ := strings.Cut(d.toks[j+1].lower, "-")
		if u, ok := units[head]; ok && u.short != "%" {
			c.u = u
			c.to = j + 2
			if strings.HasSuffix(rest, "old") {
				c.measure = "age"
			}
			return c, true
		}
	}
	x.currencyAfter(&c)
	return c, true
}

// notAFigure tells numbers that are not quantities: parts of names
// ("COVID-19", "G20", "Proposition 12"), times, phone numbers, list
// numbering and version numbers.
func (x *extractor) notAFigure(i int) bool {
	d := x.d
	t := d.toks[i]
	prev := func(k int) *token {
		if i-k < 0 {
			return nil
		}
		return &d.toks[i-k]
	}
	next := func(k int) *token {
		if i+k >= len(d.toks) {
			return nil
		}
		return &d.toks[i+k]
	}
	// Glued to a word before: "G20"; or "COVID-19".
	if p := prev(1); p != nil && t.glued {
		if p.kind == kWord || p.kind == kNum {
			return true
		}
		if (p.text == "-" || p.text == "–" || p.text == "/" || p.text == "." || p.text == ":") && p.glued {
			if pp := prev(2); pp != nil && (pp.kind == kWord || pp.kind == kNum) {
				// "10-15" is a range, read from its first number.
				if !(x.inRange && pp.kind == kNum && (p.text == "-" || p.text == "–")) {
					return true
				}
			}
		}
		if p.text == "#" || p.text == "+" {
			return true
		}
	}
	// Times, phone numbers, versions, fractions written 1/2, URLs.
	if n := next(1); n != nil && n.glued {
		switch n.text {
		case ":", "/", "@":
			return true
		case ".", "-":
			if nn := next(2); nn != nil && nn.glued && nn.kind == kNum {
				// "800-555-0199" or "1.2.3", but not a range "10-15".
				if n.text == "." {
					return true
				}
				if nnn := next(3); nnn != nil && nnn.glued && (nnn.text == "-" || nnn.text == ".") {
					return true
				}
			}
		}
	}
	if d.isWord(i+1, "a.m.", "p.m.", "am", "pm", "o’clock", "o'clock", "gmt", "utc", "hrs") {
		return true
	}
	// A code with capitals glued after: "Question 7A", "5G networks", "A4".
	if n := next(1); n != nil && n.glued && n.kind == kWord && n.upper && len(n.text) <= 3 {
		l := n.lower
		_, sc := gluedScales[l]
		_, msc := gluedMoneyScales[l]
		_, u := units[l]
		_, ord := map[string]bool{"st": true, "nd": true, "rd": true, "th": true}[l]
		if !sc && !msc && !u && !ord && !isoWritten[n.text] {
			return true
		}
	}
	// List numbering: a number opening a line, followed by "." or ")".
	if t.newlines > 0 || i == 0 {
		if n := next(1); n != nil && n.glued && (n.text == "." || n.text == ")") {
			return true
		}
	}
	if p := prev(1); p != nil && p.text == "(" {
		if n := next(1); n != nil && n.text == ")" {
			return true
		}
	}
	// A label: "Proposition 12", "Article 5", "No. 1", "Flight 370".
	if p := prev(1); p != nil && p.kind == kWord && p.upper && (i-1 > d.sents[p.sent].from || !(commonOpeners[p.lower] || d.lowerSeen[p.lower])) {
		if _, isMonth := months[bare(p.lower)]; !isMonth && !x.hasUnitAfter(i) && !isoWritten[p.text] && !x.comparatorWord(p.lower) {
			return true
		}
	}
	if p := prev(1); p != nil && (p.lower == "no." || p.lower == "number" || p.lower == "nos.") {
		return true
	}
	// Decades: "the 1990s".
	if n := next(1); n != nil && n.glued && n.lower == "s" {
		return true
	}
	return false
}

func (x *extractor) comparatorWord(w string) bool {
	for _, p := range comparatorPhrases {
		if p.words[len(p.words)-1] == w {
			return true
		}
	}
	return false
}

// hasUnitAfter reports a percent sign, scale or unit right after token i.
func (x *extractor) hasUnitAfter(i int) bool {
	d := x.d
	if i+1 >= len(d.toks) {
		return false
	}
	n := d.toks[i+1]
	if n.text == "%" {
		return true
	}
	_, s := scaleWords[n.lower]
	_, u := units[n.lower]
	_, cw := currencyWords[n.lower]
	return s || u || cw
}

// currencyBefore finds a currency symbol or code written before token i.
func (x *extractor) currencyBefore(i int) (*currency, int) {
	d := x.d
	if i == 0 {
		return nil, i
	}
	p := d.toks[i-1]
	if p.kind == kPunct && d.toks[i].glued {
		if c, ok := currencySymbols[p.text]; ok {
			// letters glued before the symbol: "US$", "C$".
			if i >= 2 && p.glued && d.toks[i-2].kind == kWord {
				if c2, ok := currencySymbols[d.toks[i-2].text+p.text]; ok {
					return &c2, i - 2
				}
			}
			return &c, i - 1
		}
	}
	if p.kind == kWord && isoWritten[p.text] {
		c := currency{p.text, p.text}
		return &c, i - 1
	}
	return nil, i
}

// currencyAfter reads a currency word or code after the number:
// "120 million pesos", "5 million USD", "1,000 Argentine pesos".
func (x *extractor) currencyAfter(c *core) {
	d := x.d
	if c.cur != nil {
		return
	}
	j := c.to
	if j >= len(d.toks) || d.toks[j].kind != kWord {
		return
	}
	w := d.toks[j].lower
	if isoWritten[d.toks[j].text] {
		cur := currency{d.toks[j].text, d.toks[j].text}
		c.cur, c.to = &cur, j+1
		return
	}
	if cw, ok := currencyWords[w]; ok {
		c.cur, c.to = &cw, j+1
		return
	}
	if j+1 < len(d.toks) {
		if adj, ok := currencyAdjectives[d.toks[j+1].lower]; ok {
			if cw, ok := adj[w]; ok {
				c.cur, c.to = &cw, j+2
			}
		}
		if w == "pounds" || w == "pound" {
			if d.isWord(j+1, "sterling") {
				cw := currencyWords["sterling"]
				c.cur, c.to = &cw, j+2
			}
		}
	}
}

// wordsAt reads a number written in words ("eight years", "two million").
func (x *extractor) wordsAt(i int) (core, bool) {
	d := x.d
	// "the two countries" and "their three children" refer back to things
	// already counted; "the five finalists" still counts them.
	if i > 0 && determiners[d.toks[i-1].lower] && (d.toks[i-1].lower != "the" || d.isWord(i, "two", "both")) {
		return core{}, false
	}
	v, j, ok := d.parseWords(i)
	if !ok {
		return core{}, false
	}
	// "one" is most often a pronoun ("one of the"); count it only with a
	// scale ("one million").
	if v == 1 && j == i+1 {
		return core{}, false
	}
	part := false
	c := core{from: i, to: j, numTo: j, value: v}
	if d.isWord(j, "of") && j == i+1 {
		whole, ok := x.partOfCount(j)
		if !ok {
			return core{}, false // "two of the suspects" names a part, not a count
		}
		// the part counts what the whole counts
		part = true
		if from, to := x.countedNoun(whole + 1); to > from {
			c.u = unit{d.toks[to-1].lower, d.toks[to-1].lower}
			c.measure = d.text[d.toks[from].start:d.toks[to-1].end]
		}
	}
	x.currencyAfter(&c)
	// A number word counts something only when a unit or noun follows.
	if c.cur == nil && !part && !x.hasUnitAt(c.to) {
		if from, to := x.nounPhrase(c.to, 4); to == from {
			return core{}, false
		}
	}
	return c, true
}

// partOfCount reports a part of a counted whole after "of" at token j:
// "twelve of the region's 14 districts", "three of the five judges". The
// part is then a statistic, not a reference.
func (x *extractor) partOfCount(j int) (int, bool) {
	d := x.d
	for k := j + 1; k < len(d.toks) && k <= j+4; k++ {
		t := d.toks[k]
		if t.kind == kNum {
			return k, !x.claimed[k]
		}
		if _, ok := wordValue(t.lower); ok && k > j+1 {
			return k, true
		}
		if t.kind == kPoss || d.isWord(k, "the", "its", "their", "our", "his", "her") || t.kind == kWord && t.upper {
			continue
		}
		if t.kind == kWord && k+1 < len(d.toks) && d.toks[k+1].kind == kPoss {
			continue // "the region’s"
		}
		return 0, false
	}
	return 0, false
}

// percentAt reports a share or points unit at token j: "%", "percent",
// "points", "percentage points".
func (x *extractor) percentAt(j int) bool {
	d := x.d
	if j >= len(d.toks) {
		return false
	}
	switch d.toks[j].lower {
	case "%", "percent", "pct", "points", "point", "pts", "percentage", "bps", "basis":
		return true
	case "per":
		return d.isWord(j+1, "cent")
	}
	return false
}

// hasUnitAt reports a unit word or percent at token j.
func (x *extractor) hasUnitAt(j int) bool {
	d := x.d
	if j >= len(d.toks) {
		return false
	}
	if d.toks[j].text == "%" {
		return true
	}
	_, ok := units[d.toks[j].lower]
	return ok
}

// ratioAt reads "one in five", "7 out of 10": a share, in percent.
func (x *extractor) ratioAt(i int) (core, bool) {
	d := x.d
	num := func(k int) (float64, int, bool) {
		if k >= len(d.toks) {
			return 0, k, false
		}
		if d.toks[k].kind == kNum {
			v, ok := parseDigits(d.toks[k].text)
			return v, k + 1, ok
		}
		if v, ok := wordValue(d.toks[k].lower); ok {
			return v, k + 1, true
		}
		return 0, k, false
	}
	a, j, ok := num(i)
	if !ok {
		return core{}, false
	}
	switch {
	case d.isWord(j, "in"):
		j++
	case d.isWord(j, "out") && d.isWord(j+1, "of"):
		j += 2
	default:
		return core{}, false
	}
	b, k, ok := num(j)
	if !ok || b <= a || a <= 0 || b > 1000 {
		return core{}, false
	}
	return core{from: i, to: k, numTo: k, value: round2(100 * a / b), share: true}, true
}

// fractionAt reads "a third of", "two-thirds of", "half of": shares in
// percent.
func (x *extractor) fractionAt(i int) (core, bool) {
	d := x.d
	w := d.toks[i].lower
	numer, j := 0.0, i
	var frac float64
	if a, b, ok := strings.Cut(w, "-"); ok {
		n, ok1 := wordValue(a)
		f, ok2 := fractionWords[b]
		if !ok1 || !ok2 {
			return core{}, false
		}
		numer, frac, j = n, f, i+1
	} else {
		switch {
		case w == "a" || w == "an":
			numer = 1
		default:
			if n, ok := wordValue(w); ok {
				numer = n
			}
		}
		k := i
		if numer > 0 {
			k = i + 1
		}
		if k >= len(d.toks) {
			return core{}, false
		}
		f, ok := fractionWords[d.toks[k].lower]
		if !ok {
			return core{}, false
		}
		if numer == 0 {
			if d.toks[k].lower != "half" || (i > 0 && (determiners[d.toks[i-1].lower] || d.isWord(i-1, "a", "and"))) {
				return core{}, false
			}
			numer = 1
		}
		frac, j = f, k+1
	}
	// "a third of voters", or a change "risen by nearly a quarter".
	byBefore := false
	if _, from, ok := x.comparatorBefore(i); ok {
		byBefore = d.isWord(from-1, "by")
	} else {
		byBefore = d.isWord(i-1, "by")
	}
	// "half the heat", "half its members": "half" needs no "of".
	halfThe := frac == 50 && numer == 1 && d.isWord(j, "the", "its", "their", "his", "her", "our", "all")
	if (!d.isWord(j, "of") && !byBefore && !halfThe) || (i > 0 && (ordinalBefore(d, i) || determiners[d.toks[i-1].lower])) {
		return core{}, false
	}
	return core{from: i, to: j, numTo: j, value: round2(numer * frac), share: true}, true
}

func ordinalBefore(d *doc, i int) bool {
	_, ok := ordinals[d.toks[i-1].lower]
	return ok
}

// rankAt reads "second-largest", "third place", "ranked fifth".
func (x *extractor) rankAt(i int) (core, bool) {
	d := x.d
	w := d.toks[i].lower
	if a, b, ok := strings.Cut(w, "-"); ok {
		if n, ok := ordinalValue(a); ok && n >= 2 && isSuperlative(b) {
			return core{from: i, to: i + 1, numTo: i + 1, value: float64(n), rank: true, u: unit{"rank", "rank"}, measure: b}, true
		}
		// "a third-place finisher", "the first-place team"
		if n, ok := ordinalValue(a); ok && (b == "place" || b == "placed") {
			return core{from: i, to: i + 1, numTo: i + 1, value: float64(n), rank: true, u: unit{"rank", "rank"}}, true
		}
		return core{}, false
	}
	n, ok := ordinalValue(w)
	if !ok {
		return core{}, false
	}
	if d.isWord(i+1, "place") || (n >= 1 && d.isWord(i-1, "ranked", "ranks", "finished", "placed")) {
		c := core{from: i, to: i + 1, numTo: i + 1, value: float64(n), rank: true, u: unit{"rank", "rank"}}
		if d.isWord(i+1, "place") {
			c.to = i + 2
		}
		return c, true
	}
	return core{}, false
}

func isSuperlative(w string) bool {
	switch w {
	case "most", "least", "best", "worst", "largest", "biggest", "highest", "lowest":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "est")
}

// compoundAt reads a number and unit joined by hyphens: "six-week",
// "five-year", "half-cent".
func (x *extractor) compoundAt(i int) (core, bool) {
	d := x.d
	parts := strings.Split(d.toks[i].lower, "-")
	if len(parts) < 2 {
		return core{}, false
	}
	var v float64
	var ok bool
	rest := parts[1:]
	if parts[0] == "half" {
		v, ok = 0.5, true
	} else if v, ok = wordValue(parts[0]); !ok && len(parts) >= 3 {
		v, ok = wordValue(parts[0] + "-" + parts[1])
		rest = parts[2:]
	}
	if !ok || len(rest) == 0 {
		return core{}, false
	}
	u, isUnit := units[rest[0]]
	if !isUnit || u.short == "%" || u.short == "points" {
		return core{}, false
	}
	c := core{from: i, to: i + 1, numTo: i + 1, value: v, u: u}
	if len(rest) > 1 && rest[len(rest)-1] == "old" {
		c.measure = "age"
	}
	return c, true
}

// complete adds to a number its comparator, unit, direction and measure.
func (x *extractor) complete(c core) figure {
	d := x.d
	f := figure{numFrom: c.from, numTo: c.numTo, from: c.from, to: c.to, value: c.value, comp: model.Exact, cur: c.cur, u: c.u, measure: c.measure}
	if c.cur != nil {
		f.u = unit{c.cur.code, c.cur.name}
	}
	if c.share {
		f.u = unit{"%", "percent"}
	}
	// Qualifier before: "more than", "about".
	if comp, from, ok := x.comparatorBefore(c.from); ok {
		f.comp, f.from = comp, from
	}
	// Direction before: "up 4 points", "fell by 18%", "down about 30%".
	// Verbs like "raised" also take amounts that are not changes ("raised
	// $3bn"), so for anything but shares and points the verb must say
	// "by".
	k := f.from
	by := d.isWord(k-1, "by")
	if by {
		k--
	}
	shareLike := c.share || x.percentAt(c.to)
	if k > 0 && d.toks[k-1].kind == kWord && !x.claimed[k-1] && (by || shareLike || d.isWord(k-1, "up", "down")) {
		w := d.toks[k-1].lower
		if increaseWords[w] {
			f.dir, f.from, f.change = model.Increase, k-1, true
		} else if decreaseWords[w] {
			f.dir, f.from, f.change = model.Decrease, k-1, true
		}
	}
	// "an increase of 9%".
	if f.dir == model.None && d.isWord(f.from-1, "of") && f.from >= 2 {
		w := d.toks[f.from-2].lower
		if increaseNouns[w] {
			f.dir, f.change = model.Increase, true
		} else if decreaseNouns[w] {
			f.dir, f.change = model.Decrease, true
		}
	}
	j := f.to
	if f.u.short == "" {
		j = x.unitAfter(&f, j)
	}
	f.to = j
	// After the unit: a change noun ("12% decrease") or a comparator
	// ("65 and older", "10 or more").
	if j < len(d.toks) && d.toks[j].kind == kWord {
		w := d.toks[j].lower
		switch {
		case increaseNouns[w]:
			f.dir, f.to, f.change = model.Increase, j+1, true
		case decreaseNouns[w]:
			f.dir, f.to, f.change = model.Decrease, j+1, true
		case w == "higher" || w == "more":
			if f.u.short == "%" || f.u.short == "points" || f.u.short == "pp" {
				f.dir, f.to, f.change = model.Increase, j+1, true
			}
		case w == "lower" || w == "less":
			if f.u.short == "%" || f.u.short == "points" || f.u.short == "pp" {
				f.dir, f.to, f.change = model.Decrease, j+1, true
			}
		}
		if j+1 < len(d.toks) {
			for _, pc := range postComparators {
				if w == pc.a && d.toks[j+1].lower == pc.b && f.comp == model.Exact {
					f.comp, f.to = pc.c, j+2
					if f.u.short == "" && (pc.b == "older" || pc.b == "younger") {
						f.u, f.measure = unit{"years", "years"}, "age"
					}
					break
				}
			}
		}
	}
	if f.measure == "" {
		f.measure = x.measureAfter(f)
	}
	// A share over 100% is not a percentage of a whole; keep the words but
	// not the "%" unit, which the dataset reserves for 0..100.
	if f.u.short == "%" && f.dir == model.None && (f.value > 100 || f.value < 0) {
		f.u = unit{"percent", "percent"}
	}
	return f
}

// comparatorBefore matches a qualifier ending just before token k.
func (x *extractor) comparatorBefore(k int) (model.Comparator, int, bool) {
	d := x.d
	for _, p := range comparatorPhrases {
		n := len(p.words)
		if k-n < 0 {
			continue
		}
		ok := true
		for m, w := range p.words {
			t := d.toks[k-n+m]
			if t.kind != kWord || t.lower != w || x.claimed[k-n+m] {
				ok = false
				break
			}
		}
		if ok {
			// "over five years" is a span of time, not more than five
			// years; "for over five years" is.
			if p.words[0] == "over" && n == 1 && x.durationAt(k) && !d.isWord(k-2, "for", "in", "than", "after") {
				continue
			}
			return p.c, k - n, true
		}
	}
	if k > 0 && (d.toks[k-1].text == "±") {
		return model.Exact, k - 1, true
	}
	return "", k, false
}

// durationAt reports a number of time units at token k ("five years").
func (x *extractor) durationAt(k int) bool {
	d := x.d
	_, j, ok := d.parseWords(k)
	if !ok && k < len(d.toks) && d.toks[k].kind == kNum {
		j, ok = k+1, true
	}
	if !ok || j >= len(d.toks) {
		return false
	}
	u, isUnit := units[d.toks[j].lower]
	return isUnit && (u.short == "years" || u.short == "months" || u.short == "weeks" || u.short == "days" || u.short == "hours" || u.short == "decades")
}

// unitAfter reads the unit after the number at token j and returns the
// index after it. Without a unit word, the counted noun is the unit.
func (x *extractor) unitAfter(f *figure, j int) int {
	d := x.d
	if j >= len(d.toks) {
		return j
	}
	t := d.toks[j]
	if t.text == "%" {
		f.u = unit{"%", "percent"}
		return j + 1
	}
	for _, p := range unitPhrases {
		if j+len(p.words) > len(d.toks) {
			continue
		}
		ok := true
		for m, w := range p.words {
			if d.toks[j+m].lower != w {
				ok = false
				break
			}
		}
		if ok {
			f.u = p.u
			return j + len(p.words)
		}
	}
	if t.kind == kWord {
		if u, ok := units[t.lower]; ok && !(t.lower == "t" && !t.glued) {
			f.u = u
			return j + 1
		}
	}
	// A counted noun: "11,600 arrests", "10 U.S. soldiers".
	from, to := x.countedNoun(j)
	if to > from {
		head := d.toks[to-1]
		name := head.text
		if !head.caps {
			name = head.lower
		}
		f.u = unit{name, name}
		return to
	}
	return j
}

// nounPhrase returns the words of the noun phrase starting at token j:
// words that are not function words, verbs in -ed, or part of a date.
func (x *extractor) nounPhrase(j, max int) (int, int) {
	d := x.d
	k := j
	for k < len(d.toks) && k-j < max {
		t := d.toks[k]
		if t.kind != kWord || x.claimed[k] || npStop[t.lower] || speechVerbs[t.lower] && !(k == j && x.pluralAfterNumber(k)) {
			break
		}
		if k > j && t.newlines > 0 {
			break
		}
		// A word in -ed is a verb ("37 arrested") unless a noun follows
		// it ("five shortlisted authors").
		if strings.HasSuffix(t.lower, "ed") && len(t.lower) > 4 {
			n := k + 1
			if n >= len(d.toks) || d.toks[n].kind != kWord || npStop[d.toks[n].lower] || speechVerbs[d.toks[n].lower] || strings.HasSuffix(d.toks[n].lower, "ed") || d.toks[n].upper {
				break
			}
		}
		if _, isMonth := months[bare(t.lower)]; isMonth && t.upper {
			break
		}
		if weekdays[t.lower] {
			break
		}
		k++
	}
	return j, k
}

// pluralAfterNumber reports a word in -s right after a number: a plural
// noun, not a verb, even when it could be one ("four states", "12 claims").
func (x *extractor) pluralAfterNumber(k int) bool {
	d := x.d
	if k == 0 || !pluralLooking(d.toks[k].lower) {
		return false
	}
	p := d.toks[k-1]
	if p.kind == kNum {
		return true
	}
	v, ok := wordValue(p.lower)
	if _, scale := scaleWords[p.lower]; scale {
		ok, v = true, 2
	}
	return ok && v >= 2
}

// irregularPlurals are counted nouns that do not end in -s.
var irregularPlurals = setOf("people children men women police cattle staff personnel sheep fish data media feet teeth mice geese criteria phenomena livestock crew clergy offspring youth")

// pluralLooking reports a word that reads as a plural noun.
func pluralLooking(w string) bool {
	if irregularPlurals[w] {
		return true
	}
	return len(w) > 2 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "’s")
}

// countedNoun is the noun phrase after a number up to its first plural
// noun, which ends it: "2,500 new hotel training places", and not the
// verb in "300 people came". Without a plural, only its first word.
func (x *extractor) countedNoun(j int) (int, int) {
	from, to := x.nounPhrase(j, 5)
	for k := from; k < to; k++ {
		if pluralLooking(x.d.toks[k].lower) {
			return from, k + 1
		}
	}
	if to > from {
		return from, from + 1
	}
	return from, to
}

// measureAfter says what a figure counts: the counted noun phrase and its
// "of"/"for" complement, or for a share or amount the words after it.
func (x *extractor) measureAfter(f figure) string {
	d := x.d
	j := f.to
	var parts []string
	if f.u.short != "" && f.u.short != "%" && f.u.short != "pp" && f.u.short != "points" && f.cur == nil && f.u.short != "rank" {
		if _, isUnit := units[strings.ToLower(f.u.short)]; !isUnit {
			// the counted noun itself
			if from, to := x.countedNoun(x.unitStart(f)); to > from {
				parts = append(parts, d.text[d.toks[from].start:d.toks[to-1].end])
			}
		}
	}
	if d.isWord(j, "of", "for") || (f.cur != nil && d.isWord(j, "in", "on")) {
		k := j + 1
		for k < len(d.toks) && d.isWord(k, "the", "our", "their", "its", "his", "her", "those", "these", "all", "a", "an") {
			k++
		}
		if from, to := x.nounPhrase(k, 4); to > from {
			tail := d.text[d.toks[from].start:d.toks[to-1].end]
			if len(parts) > 0 {
				parts = append(parts, d.toks[j].lower, tail)
			} else {
				parts = append(parts, tail)
			}
		}
	}
	if len(parts) == 0 && (f.u.short == "%" || f.u.short == "points" || f.u.short == "pp") {
		// "46% supporting U.S.-Mexico collaboration against cartels"
		k := j
		for k < len(d.toks) && k-j < 6 && d.toks[k].kind == kWord && !d.isWord(k, "and", "while", "but", "compared", "according", "since") && d.toks[k].sent == d.toks[j].sent {
			k++
		}
		if k > j {
			parts = append(parts, d.text[d.toks[j].start:d.toks[k-1].end])
		}
	}
	return strings.Join(parts, " ")
}

// unitStart finds where the counted noun of f begins.
func (x *extractor) unitStart(f figure) int {
	k := f.numTo
	for k < f.to && x.d.toks[k].kind != kWord {
		k++
	}
	return k
}

// rangeEnd reads the upper end of a range that starts with figure f:
// "between 8 and 15 years", "10-15 years", "10 to 15". Both ends share the
// unit and currency; the lower end is ">=" and the upper "<=". After a verb
// of change ("went from 52% to 41%") the two are levels, not a range.
func (x *extractor) rangeEnd(f figure) ([]figure, bool) {
	d := x.d
	j := f.to
	between := d.isWord(f.from-1, "between") || d.isWord(f.numFrom-1, "between")
	var k int
	switch {
	case between && d.isWord(j, "and"):
		k = j + 1
	case d.isText(j, "-", "–") || d.isWord(j, "to"):
		k = j + 1
	default:
		return nil, false
	}
	if k >= len(d.toks) || x.claimed[k] {
		return nil, false
	}
	x.inRange = true
	c2, ok := x.numberAt(k)
	x.inRange = false
	if !ok || c2.share || c2.rank {
		return nil, false
	}
	if f.cur != nil && c2.cur == nil && c2.from == k {
		c2.cur = f.cur
	}
	g := x.complete(c2)
	if g.comp != model.Exact || g.dir != model.None || f.dir != model.None {
		return nil, false
	}
	// Share the unit: "between 8 and 15 years", "5 to 10 million".
	if f.u.short == "" || (f.u.short == g.u.short) || f.to == f.numTo {
		f.u, f.cur = g.u, g.cur
		if f.measure == "" {
			f.measure = g.measure
		}
		if g.value >= 1e3 && f.value < g.value/1e3 && f.to == f.numTo {
			for _, s := range []float64{1e12, 1e9, 1e6, 1e3} {
				if g.value/s >= 1 && f.value*s <= g.value {
					f.value *= s
					break
				}
			}
		}
	} else if f.u.short != g.u.short {
		return nil, false
	}
	if d.isWord(f.from-1, "from") || d.isWord(f.numFrom-1, "from") {
		if x.changeVerbBefore(f.from - 1) {
			return []figure{f, g}, true
		}
	}
	if f.comp == model.Exact {
		f.comp = model.AtLeast
	}
	if between && f.from == f.numFrom {
		f.from = f.numFrom - 1
	}
	g.comp = model.AtMost
	return []figure{f, g}, true
}

var changeVerbs = setOf("went rose fell increased decreased grew dropped climbed jumped changed declined moved shifted slipped surged plunged soared risen fallen grown dropped")

func (x *extractor) changeVerbBefore(k int) bool {
	d := x.d
	for m := k - 1; m >= 0 && m >= k-3; m-- {
		if d.toks[m].kind == kWord && changeVerbs[d.toks[m].lower] {
			return true
		}
	}
	return false
}
