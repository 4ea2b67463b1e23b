package extract

import (
	"fmt"
	"strings"
	"time"

	"github.com/dossier-dev/dossier/model"
)

// dateKind says how a date is written: a calendar date, a date relative to
// the article's own time, or the start of a period ("since October 1").
type dateKind string

const (
	absolute dateKind = "absolute"
	relative dateKind = "relative"
	period   dateKind = "period"
)

// dateMention is one date in the text, in token terms.
type dateMention struct {
	from, to         int // the words, modifiers included ("since October 1")
	kind             dateKind
	year, month, day int // 0 when not given
	yearGiven        bool
	// target is a deadline ("by 2027"): not a moment the article stands at,
	// so never used to infer another date's year.
	target bool
	// rangeTo links "from January to March 2025": the later end, which may
	// lend its year.
	rangeTo int
	ref     model.TimeRef
}

var yearPreps = setOf("in since by of from until till through to during before after early late mid around circa between and fiscal year the for than summer winter spring autumn fall end start beginning middle fy")
var yearAdjectiveBefore = setOf("its their his her our my your this that a an")
var targetPreps = setOf("by until till before")
var relativeUnits = setOf("week month year weekend quarter decade spring summer autumn fall winter season morning night evening afternoon century")
var relativeHeads = setOf("last next this past coming previous following")
var agoUnits = setOf("days weeks months years decades hours minutes")

func (x *extractor) findDates() {
	d := x.d
	for i := 0; i < len(d.toks); i++ {
		if x.claimed[i] {
			continue
		}
		m, ok := x.dateAt(i)
		if !ok {
			continue
		}
		m.rangeTo = -1
		x.widenDate(&m)
		for k := m.from; k < m.to; k++ {
			x.claimed[k] = true
		}
		x.dates = append(x.dates, m)
		i = m.to - 1
	}
	x.linkRanges()
	x.normalizeDates()
}

// dateAt reads a date starting at token i.
func (x *extractor) dateAt(i int) (dateMention, bool) {
	d := x.d
	t := d.toks[i]
	switch t.kind {
	case kNum:
		if m, ok := x.isoDate(i); ok {
			return m, true
		}
		if m, ok := x.dayFirst(i); ok {
			return m, true
		}
		if m, ok := x.agoPhrase(i); ok {
			return m, true
		}
		return x.yearAt(i)
	case kWord:
		if m, ok := x.monthFirst(i); ok {
			return m, true
		}
		if weekdays[t.lower] && t.upper {
			return dateMention{from: i, to: i + 1, kind: relative}, true
		}
		if d.isWord(i, "the") && i+1 < len(d.toks) && d.toks[i+1].kind == kNum {
			if m, ok := x.dayFirst(i + 1); ok {
				m.from = i
				return m, true
			}
		}
		return x.relativeAt(i)
	}
	return dateMention{}, false
}

// dayNumber reads a day of the month at token j, with an ordinal suffix,
// and returns the day and the index after it.
func (x *extractor) dayNumber(j int) (int, int, bool) {
	d := x.d
	if j >= len(d.toks) || d.toks[j].kind != kNum || len(d.toks[j].text) > 2 {
		return 0, j, false
	}
	v := 0
	for _, c := range d.toks[j].text {
		v = v*10 + int(c-'0')
	}
	if v < 1 || v > 31 {
		return 0, j, false
	}
	k := j + 1
	if k < len(d.toks) && d.toks[k].glued && d.isWord(k, "st", "nd", "rd", "th") {
		k++
	}
	return v, k, true
}

// yearNumber reads a four-digit year at token j.
func (x *extractor) yearNumber(j int) (int, bool) {
	d := x.d
	if j < 0 || j >= len(d.toks) || d.toks[j].kind != kNum || len(d.toks[j].text) != 4 {
		return 0, false
	}
	v := 0
	for _, c := range d.toks[j].text {
		v = v*10 + int(c-'0')
	}
	return v, v >= 1800 && v <= 2199
}

// monthAt reads a month name at token i ("October", "Oct.", "mid-January").
func (x *extractor) monthAt(i int) (int, bool) {
	d := x.d
	if i >= len(d.toks) || d.toks[i].kind != kWord {
		return 0, false
	}
	t := d.toks[i]
	w := bare(t.lower)
	if strings.HasPrefix(w, "mid-") {
		w = w[4:]
	} else if !t.upper {
		return 0, false
	}
	m, ok := months[w]
	// Three-letter abbreviations need their period: "Mar" is too often a
	// word or a name.
	if ok && len(w) == 3 && w != "may" && !t.abbr {
		return 0, false
	}
	return m, ok
}

func (x *extractor) monthFirst(i int) (dateMention, bool) {
	d := x.d
	m, ok := x.monthAt(i)
	if !ok {
		return dateMention{}, false
	}
	dm := dateMention{from: i, month: m, kind: absolute}
	j := i + 1
	if day, k, ok := x.dayNumber(j); ok && !(j < len(d.toks) && d.toks[j].glued) {
		dm.day, dm.to = day, k
		// "June 3-9": a span of days.
		if d.isText(k, "-", "–") && d.toks[k].glued {
			if _, k2, ok := x.dayNumber(k + 1); ok && d.toks[k+1].glued {
				dm.kind, k = period, k2
				dm.to = k
			}
		}
		if d.isText(k, ",") {
			if y, ok := x.yearNumber(k + 1); ok {
				dm.year, dm.yearGiven, dm.to = y, true, k+2
			}
		} else if y, ok := x.yearNumber(k); ok {
			dm.year, dm.yearGiven, dm.to = y, true, k+1
		}
		return dm, x.validDay(dm)
	}
	if y, ok := x.yearNumber(j); ok {
		dm.year, dm.yearGiven, dm.to = y, true, j+1
		return dm, true
	}
	if d.isWord(j, "of") {
		if y, ok := x.yearNumber(j + 1); ok {
			dm.year, dm.yearGiven, dm.to = y, true, j+2
			return dm, true
		}
	}
	// A month alone. "May" and "March" are also words, and any month can be
	// a first name ("June Carter"), so ask for a preposition before it.
	dm.to = j
	if j < len(d.toks) && d.toks[j].kind == kWord && d.toks[j].upper {
		return dateMention{}, false
	}
	w := bare(d.toks[i].lower)
	if w == "may" || w == "march" || w == "august" {
		if i == 0 || !yearPreps[d.toks[i-1].lower] {
			return dateMention{}, false
		}
	}
	return dm, true
}

// dayFirst reads "20 January 2025" and "the 20th of January".
func (x *extractor) dayFirst(i int) (dateMention, bool) {
	d := x.d
	day, k, ok := x.dayNumber(i)
	if !ok {
		return dateMention{}, false
	}
	if d.isWord(k, "of") {
		k++
	}
	m, ok := x.monthAt(k)
	if !ok {
		return dateMention{}, false
	}
	dm := dateMention{from: i, to: k + 1, day: day, month: m, kind: absolute}
	if y, ok := x.yearNumber(k + 1); ok {
		dm.year, dm.yearGiven, dm.to = y, true, k+2
	} else if d.isText(k+1, ",") {
		if y, ok := x.yearNumber(k + 2); ok {
			dm.year, dm.yearGiven, dm.to = y, true, k+3
		}
	}
	return dm, x.validDay(dm)
}

// isoDate reads "2025-01-20".
func (x *extractor) isoDate(i int) (dateMention, bool) {
	d := x.d
	y, ok := x.yearNumber(i)
	if !ok || !d.isText(i+1, "-") || i+4 >= len(d.toks) || !d.isText(i+3, "-") {
		return dateMention{}, false
	}
	for k := i + 1; k <= i+4; k++ {
		if !d.toks[k].glued {
			return dateMention{}, false
		}
	}
	mt, dt := d.toks[i+2].text, d.toks[i+4].text
	if len(mt) != 2 || len(dt) != 2 || d.toks[i+2].kind != kNum || d.toks[i+4].kind != kNum {
		return dateMention{}, false
	}
	m := int(mt[0]-'0')*10 + int(mt[1]-'0')
	day := int(dt[0]-'0')*10 + int(dt[1]-'0')
	dm := dateMention{from: i, to: i + 5, year: y, month: m, day: day, yearGiven: true, kind: absolute}
	return dm, m >= 1 && m <= 12 && x.validDay(dm)
}

// validDay rejects days a month does not have ("February 30").
func (x *extractor) validDay(dm dateMention) bool {
	if dm.day == 0 {
		return true
	}
	y := dm.year
	if y == 0 {
		y = 2024 // a leap year, so "February 29" stands until a year is known
	}
	t := time.Date(y, time.Month(dm.month), dm.day, 0, 0, 0, 0, time.UTC)
	return t.Day() == dm.day
}

// yearAt reads a year written alone ("in 2024", "since 2019"). A four-digit
// number is a year after a preposition, or when no counted noun follows it:
// "2,000 people" has a comma, but "2000 people" is a count.
func (x *extractor) yearAt(i int) (dateMention, bool) {
	d := x.d
	y, ok := x.yearNumber(i)
	if !ok {
		return dateMention{}, false
	}
	if p := i - 1; p >= 0 {
		pt := d.toks[p]
		if _, cur := currencySymbols[pt.text]; cur && d.toks[i].glued {
			return dateMention{}, false
		}
		if pt.kind == kWord && x.comparatorWord(pt.lower) && !yearPreps[pt.lower] {
			return dateMention{}, false
		}
		if pt.kind == kNum || (pt.kind == kWord && d.toks[i].glued) {
			return dateMention{}, false
		}
	}
	if x.hasUnitAfter(i) {
		return dateMention{}, false
	}
	if i+1 < len(d.toks) && d.toks[i+1].glued && d.toks[i+1].lower == "s" {
		return dateMention{}, false // a decade
	}
	// "its 2021 platform", "the 2024 election": a year used as an adjective.
	adjective := i > 0 && y >= 1900 && y <= 2100 && yearAdjectiveBefore[d.toks[i-1].lower]
	preceded := i > 0 && (yearPreps[d.toks[i-1].lower] || d.toks[i-1].text == "-" || d.toks[i-1].text == "–" || adjective)
	if !preceded && i+1 < len(d.toks) {
		n := d.toks[i+1]
		if n.kind == kWord && !npStop[n.lower] && !n.upper {
			return dateMention{}, false
		}
	}
	to := i + 1
	// "2024-25": a season or fiscal year, kept with its first year.
	if d.isText(to, "-", "–", "/") && to+1 < len(d.toks) && d.toks[to].glued && d.toks[to+1].glued && d.toks[to+1].kind == kNum && len(d.toks[to+1].text) == 2 {
		to += 2
	}
	return dateMention{from: i, to: to, year: y, yearGiven: true, kind: absolute}, true
}

// agoPhrase reads "three weeks ago" written with digits ("3 weeks ago").
func (x *extractor) agoPhrase(i int) (dateMention, bool) {
	d := x.d
	if d.isWord(i+2, "ago") && i+1 < len(d.toks) && agoUnits[d.toks[i+1].lower] {
		return dateMention{from: i, to: i + 3, kind: relative}, true
	}
	return dateMention{}, false
}

// relativeAt reads dates written relative to the article's time:
// "yesterday", "last week", "earlier this year", "two years ago", "recent".
func (x *extractor) relativeAt(i int) (dateMention, bool) {
	d := x.d
	w := d.toks[i].lower
	rel := func(to int) (dateMention, bool) { return dateMention{from: i, to: to, kind: relative}, true }
	switch w {
	case "yesterday", "today", "tonight", "tomorrow", "recently", "nowadays":
		return rel(i + 1)
	case "recent":
		if i+1 < len(d.toks) && agoUnits[d.toks[i+1].lower] {
			return rel(i + 2)
		}
		return rel(i + 1)
	case "earlier", "later":
		if d.isWord(i+1, "this", "last", "next") && i+2 < len(d.toks) && relativeUnits[d.toks[i+2].lower] {
			return rel(i + 3)
		}
	}
	if relativeHeads[w] && i+1 < len(d.toks) {
		n := d.toks[i+1].lower
		if relativeUnits[n] {
			return rel(i + 2)
		}
		if weekdays[n] && d.toks[i+1].upper && (w == "last" || w == "next" || w == "this") {
			return rel(i + 2)
		}
	}
	// "a year earlier", "two weeks ago", "a decade ago".
	if i+2 < len(d.toks) {
		_, isNum := wordValue(w)
		if isNum || w == "a" || w == "an" || w == "several" || w == "few" {
			u := d.toks[i+1].lower
			if (agoUnits[u] || relativeUnits[u]) && d.isWord(i+2, "ago", "earlier", "later", "before") {
				return rel(i + 3)
			}
		}
	}
	return dateMention{}, false
}

// widenDate takes in the words that make a date a period or a deadline:
// "since October 1", "by 2027", "the first half of 2024", "early January".
func (x *extractor) widenDate(m *dateMention) {
	d := x.d
	if m.kind == relative {
		if d.isWord(m.from-1, "in") && d.isWord(m.from, "recent") {
			return
		}
		return
	}
	// "the first half of 2024", "the end of March", "the third quarter of".
	if d.isWord(m.from-1, "of") {
		k := m.from - 2
		if d.isWord(k, "half", "quarter") && d.isWord(k-1, "first", "second", "third", "fourth", "last") {
			m.from, m.kind = k-1, period
			if d.isWord(k-2, "the") {
				m.from = k - 2
			}
		} else if d.isWord(k, "end", "start", "beginning", "middle", "close") {
			m.from = k
			if d.isWord(k-1, "the") {
				m.from = k - 1
			}
		}
	}
	if d.isWord(m.from-1, "early", "late", "mid", "mid-") || (d.isText(m.from-1, "-") && d.isWord(m.from-2, "mid")) {
		m.from--
		if d.toks[m.from].text == "-" {
			m.from--
		}
	}
	p := m.from - 1
	if p < 0 || d.toks[p].kind != kWord {
		return
	}
	switch d.toks[p].lower {
	case "since":
		m.from, m.kind = p, period
	case "until", "till", "through":
		m.from, m.kind, m.target = p, period, true
	case "by", "before":
		m.target = true
	}
}

// linkRanges joins "from January to March 2025" and "between 2019 and
// 2024": both ends are periods, and the first may take the second's year.
func (x *extractor) linkRanges() {
	d := x.d
	for n := 0; n+1 < len(x.dates); n++ {
		a, b := &x.dates[n], &x.dates[n+1]
		if a.kind == relative || b.kind == relative || b.from != a.to+1 {
			continue
		}
		if !d.isWord(a.to, "to", "until", "through", "and") && !d.isText(a.to, "-", "–") {
			continue
		}
		opened := d.isWord(a.from-1, "from", "between") || d.isWord(a.from, "from", "between")
		if !opened && !d.isText(a.to, "-", "–") {
			continue
		}
		if d.isWord(a.from-1, "from", "between") {
			a.from--
		}
		a.kind, b.kind = period, period
		a.rangeTo = n + 1
	}
}

// futureWords mark a sentence that speaks of what is still to come, whose
// dates lie after the article's own time.
var futureWords = setOf("will would shall ’ll 'll upcoming scheduled next due")

// intentWords before "to" speak of the future too: "plans to add a
// category in 2026", "is expected to open in March".
var intentWords = setOf("plans intends intend aims expects expected hopes")

// futureSentence reports whether sentence n speaks of the future.
func (x *extractor) futureSentence(n int) bool {
	if v, ok := x.future[n]; ok {
		return v
	}
	s := x.d.sents[n]
	v := false
	for k := s.from; k < s.to && !v; k++ {
		w := x.d.toks[k].lower
		v = (futureWords[w] || intentWords[w] && x.d.isWord(k+1, "to")) && !x.inQuote(k)
	}
	if x.future == nil {
		x.future = map[int]bool{}
	}
	x.future[n] = v
	return v
}

// normalizeDates gives every date its normalized form and precision, and
// infers a missing year from the other dates of the text.
func (x *extractor) normalizeDates() {
	an := x.anchor()
	for n := range x.dates {
		m := &x.dates[n]
		r := model.TimeRef{Text: x.d.text[x.d.toks[m.from].start:x.d.toks[m.to-1].end]}
		switch {
		case m.kind == relative:
			r.Precision = model.PrecisionRelative
		case m.month == 0:
			r.Precision = model.PrecisionYear
			r.Date = ptr(fmt.Sprintf("%04d", m.year))
		default:
			year := m.year
			if !m.yearGiven {
				if m.rangeTo >= 0 && x.dates[m.rangeTo].yearGiven && x.dates[m.rangeTo].month > 0 {
					end := x.dates[m.rangeTo]
					year = end.year
					if m.month > end.month {
						year--
					}
					r.Inferred = true
					r.InferredWhy = fmt.Sprintf("the text gives no year; %d is taken from the end of the same range, “%s”", year, x.d.text[x.d.toks[end.from].start:x.d.toks[end.to-1].end])
				} else if an.ok {
					year, r.InferredWhy = x.inferYear(m, an)
					r.Inferred = true
				}
			}
			switch {
			case year == 0:
				r.Precision = model.PrecisionUnknown
			case m.day > 0:
				r.Precision = model.PrecisionDay
				r.Date = ptr(fmt.Sprintf("%04d-%02d-%02d", year, m.month, m.day))
			default:
				r.Precision = model.PrecisionMonth
				r.Date = ptr(fmt.Sprintf("%04d-%02d", year, m.month))
			}
			if year == 0 || (m.day > 0 && !x.validDay(dateMention{year: year, month: m.month, day: m.day})) {
				r.Precision, r.Date, r.Inferred, r.InferredWhy = model.PrecisionUnknown, nil, false, ""
			}
			m.year = year
		}
		m.ref = r
	}
}

// anchorTime is what a missing year is inferred from: the article's
// present (the publication date, or the latest date the text gives in a
// sentence about the past or present), or, when the text only dates what
// is to come, the earliest such date as a bound the present lies before.
type anchorTime struct {
	t      time.Time
	text   string
	ok     bool
	option bool // from Options.Published
	bound  bool // only an upper bound on the present
}

// anchor picks the anchor: the latest date given with its year (a bare
// year counts as its middle), leaving out deadlines ("by 2027").
func (x *extractor) anchor() anchorTime {
	if p := x.opts.Published; p != "" {
		for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
			if t, err := time.Parse(layout, p); err == nil {
				return anchorTime{t: t, text: p, ok: true, option: true}
			}
		}
	}
	var best, bound anchorTime
	for _, m := range x.dates {
		{
			if !m.yearGiven || m.target {
				continue
			}
			t := midpoint(m.year, m.month, m.day)
			text := x.d.text[x.d.toks[m.from].start:x.d.toks[m.to-1].end]
			if x.futureSentence(x.d.toks[m.from].sent) {
				if !bound.ok || t.Before(bound.t) {
					bound = anchorTime{t: t, text: text, ok: true, bound: true}
				}
				continue
			}
			if !best.ok || t.After(best.t) {
				best = anchorTime{t: t, text: text, ok: true}
			}
		}
	}
	if best.ok {
		return best
	}
	return bound
}

// inferYear picks the year for a date written without one: after the
// present for a sentence about the future, before it for "since", else the
// nearest; before the bound when only a future date is known.
func (x *extractor) inferYear(m *dateMention, an anchorTime) (int, string) {
	future := x.futureSentence(x.d.toks[m.from].sent)
	since := x.d.isWord(m.from, "since")
	y0 := an.t.Year()
	pick := func(ok func(time.Time) bool) int {
		best, bestDist := 0, time.Duration(1<<62)
		for y := y0 - 1; y <= y0+1; y++ {
			t := midpoint(y, m.month, m.day)
			if !ok(t) {
				continue
			}
			dist := t.Sub(an.t)
			if dist < 0 {
				dist = -dist
			}
			if dist < bestDist {
				best, bestDist = y, dist
			}
		}
		return best
	}
	any := func(time.Time) bool { return true }
	var year int
	var how string
	// A period that began ("since July") lies before the present even in
	// a sentence about what would follow ("would vote no, up 9 points
	// since July").
	if since && !an.bound {
		future = false
	}
	switch {
	case an.bound && !future:
		year = pick(func(t time.Time) bool { return t.Before(an.t) })
		how = fmt.Sprintf("puts it before “%s”, which the text gives as still to come", an.text)
	case an.bound:
		year, how = pick(any), fmt.Sprintf("puts it nearest “%s”", an.text)
	case future:
		year = pick(func(t time.Time) bool { return !t.Before(an.t.AddDate(0, 0, -15)) })
		how = "puts it after %s, as its sentence speaks of the future"
	case since:
		year = pick(func(t time.Time) bool { return !t.After(an.t.AddDate(0, 0, 15)) })
		how = "puts it before %s, as a period that began then"
	default:
		year, how = pick(any), "puts it nearest %s"
	}
	if year == 0 {
		year, how = pick(any), "puts it nearest %s"
	}
	if strings.Contains(how, "%s") {
		ref := fmt.Sprintf("the latest dated mention, “%s”", an.text)
		if an.option {
			ref = "the publication date given, " + an.text
		}
		how = fmt.Sprintf(how, ref)
	}
	return year, fmt.Sprintf("the text gives no year; %d %s", year, how)
}

// midpoint stands for a date of any precision: the day, the middle of the
// month, or the middle of the year.
func midpoint(y, m, d int) time.Time {
	switch {
	case m == 0:
		return time.Date(y, 7, 1, 0, 0, 0, 0, time.UTC)
	case d == 0:
		return time.Date(y, time.Month(m), 15, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}

func ptr[T any](v T) *T { return &v }
