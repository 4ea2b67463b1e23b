package model

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// FormatNumber writes v as a reader expects: thousands separated by commas,
// no trailing zeros ("11,600", "4.5", "0.25").
func FormatNumber(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	s := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if v < 0 {
		b.WriteByte('-')
	}
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// qualifierWords are the words each comparator is written with, the usual
// one first.
var qualifierWords = map[Comparator][]string{
	Exact:    {""},
	MoreThan: {"more than", "over", "above"},
	AtLeast:  {"at least"},
	About:    {"about", "nearly", "around", "approximately", "almost", "roughly"},
	LessThan: {"less than", "under", "fewer than", "below"},
	AtMost:   {"at most", "up to", "no more than"},
}

// Qualifier returns the words that state the figure's comparator: the
// article's own ("over") when its evidence starts with one, else the usual
// word for the comparator ("more than"). An exact figure has none.
func (f Figure) Qualifier() string {
	words := qualifierWords[f.Comparator]
	if len(words) == 0 || words[0] == "" {
		return ""
	}
	for _, e := range f.Evidence {
		lower := strings.ToLower(e.Text)
		for _, w := range words {
			if strings.HasPrefix(lower, w+" ") {
				return w
			}
		}
	}
	return words[0]
}

// UnitIsSymbol reports whether the unit is a symbol written after the
// number ("%", "t", "km") rather than the counted noun ("arrests"): a
// symbol has a long form that differs from it.
func (f Figure) UnitIsSymbol() bool {
	return f.Unit == "%" || (f.UnitLong != "" && f.Unit != f.UnitLong)
}

// ValueText is the value as the explorer shows it: qualifier, number and
// unit symbol, and the direction of a change ("more than 5,000",
// "over 100 t", "46%", "12% decrease", "USD 4,500,000").
func (f Figure) ValueText() string {
	var b strings.Builder
	if q := f.Qualifier(); q != "" {
		b.WriteString(q + " ")
	}
	switch {
	case f.Currency != "":
		b.WriteString(f.Currency + " " + FormatNumber(f.Value))
	case f.Unit == "%":
		b.WriteString(FormatNumber(f.Value) + "%")
	case f.UnitIsSymbol():
		b.WriteString(FormatNumber(f.Value) + " " + f.Unit)
	default:
		b.WriteString(FormatNumber(f.Value))
	}
	if f.Direction != None {
		b.WriteString(" " + string(f.Direction))
	}
	return b.String()
}

// BareNumber is the value alone, as a spreadsheet wants it ("5000").
func (f Figure) BareNumber() string { return strconv.FormatFloat(f.Value, 'f', -1, 64) }

// Display is the figure as one phrase, qualifier included: "more than
// 5,000 firearms seized", "11,600 arrests for high-impact crimes".
func (f Figure) Display() string {
	v := f.ValueText()
	m := strings.TrimSpace(f.Measure)
	switch {
	case m == "":
		if !f.UnitIsSymbol() && f.Unit != "" {
			return v + " " + f.Unit
		}
		return v
	case f.UnitIsSymbol() || f.Unit == "" || containsWord(m, f.Unit):
		return v + " " + m
	default:
		return v + " " + f.Unit + " (" + m + ")"
	}
}

func containsWord(s, w string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(w))
}

var hasYear = regexp.MustCompile(`\b\d{4}\b`)

// Display renders a time as a reader should take it, saying what the text
// does not: "20 Jan 2025 · year inferred", "Tuesday · date not stated".
func (t TimeRef) Display() string {
	var s string
	switch t.Precision {
	case PrecisionDay, PrecisionMonth, PrecisionYear:
		s = formatDate(t)
	case PrecisionRelative:
		return t.Text + " · date not stated"
	default:
		if t.Text != "" {
			return t.Text + " · date unknown"
		}
		return "date unknown"
	}
	if t.Inferred {
		if hasYear.MatchString(t.Text) {
			s += " · inferred"
		} else {
			s += " · year inferred"
		}
	}
	return s
}

func formatDate(t TimeRef) string {
	if t.Date == nil {
		return t.Text
	}
	layouts := map[Precision][2]string{
		PrecisionDay:   {"2006-01-02", "2 Jan 2006"},
		PrecisionMonth: {"2006-01", "Jan 2006"},
		PrecisionYear:  {"2006", "2006"},
	}
	l := layouts[t.Precision]
	d, err := time.Parse(l[0], *t.Date)
	if err != nil {
		return *t.Date
	}
	return d.Format(l[1])
}

// SortKey orders times on a timeline: dated ones by date (a month sorts at
// its start), then relative and unknown ones, which the caller groups.
func (t TimeRef) SortKey() string {
	if t.Date == nil {
		return "~" // after every digit
	}
	return *t.Date
}

// Display renders a period: "since 1 Oct 2024 · year inferred",
// "until Jan 2025", "Sep 2024 – Jan 2025".
func (p Period) Display() string {
	switch {
	case p.From != nil && p.To != nil:
		return p.From.Display() + " – " + p.To.Display()
	case p.From != nil:
		return "since " + p.From.Display()
	case p.To != nil:
		return "until " + p.To.Display()
	}
	return ""
}

// When is the time a figure refers to, for display: its period, as-of date,
// or baseline, whichever it has.
func (f Figure) When() string {
	var parts []string
	if f.Period != nil {
		parts = append(parts, f.Period.Display())
	}
	if f.AsOf != nil {
		parts = append(parts, "as of "+f.AsOf.Display())
	}
	if f.ComparedTo != nil {
		parts = append(parts, "compared to "+f.ComparedTo.Display())
	}
	return strings.Join(parts, "; ")
}
