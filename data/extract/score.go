package extract

import (
	"fmt"
	"math"
	"strings"
	"text/tabwriter"
	"unicode"

	"github.com/dossier-dev/dossier/model"
)

// KindScore is how one kind of item scored.
type KindScore struct {
	Kind string
	// Gold counts the gold items that are not optional; Extracted counts the
	// draft's items, less those matched to optional gold items.
	Gold, Extracted, Matched int
	Recall, Precision        float64
	// Missed are the gold items not found; Extra the draft's items that
	// match no gold item.
	Missed, Extra []string
}

// Report is a draft's score against a gold file.
type Report struct {
	Figures, Dates, Quotes, Actors KindScore
	// SpeakerRight of SpeakerTotal matched quotes name the gold speaker.
	SpeakerRight, SpeakerTotal int
	SpeakerAccuracy            float64
	// Warnings are problems with the gold file itself, such as a text that
	// is not in the article (such an item cannot be found).
	Warnings []string
}

// Score measures a draft (or any dataset) against a gold file for the
// article text. Matching is one to one and maximal:
//
//   - a figure is found when one of its evidence spans overlaps the gold
//     text and covers its number, with the same value (to half a percent)
//     and comparator ("nearly" and "almost" may be "~" or "<");
//   - a date when its words overlap the gold text and the normalized dates
//     are equal (both null for relative dates);
//   - a quote when the words are equal, case, spacing, quote marks and
//     edge punctuation aside; its speaker is right when the speaker's name
//     or an alias is the gold speaker's (case and accents aside);
//   - an actor when its name or an alias matches the gold name or an alias.
func Score(gold Gold, got *model.Dataset, text string) Report {
	var r Report
	loc := func(kind, s string, occ int) (int, int, bool) {
		start, ok := locate(text, s, occ)
		if !ok {
			r.Warnings = append(r.Warnings, fmt.Sprintf("%s: %q%s is not in the article", kind, s, occText(occ)))
			return 0, 0, false
		}
		return start, start + len(s), true
	}
	r.Figures = scoreFigures(gold.Figures, got, text, loc)
	r.Dates = scoreDates(gold.Dates, got, text, loc)
	r.Quotes, r.SpeakerRight, r.SpeakerTotal = scoreQuotes(gold, got)
	r.Actors = scoreActors(gold.Actors, got)
	r.SpeakerAccuracy = ratio(r.SpeakerRight, r.SpeakerTotal)
	return r
}

func occText(occ int) string {
	if occ > 1 {
		return fmt.Sprintf(" (occurrence %d)", occ)
	}
	return ""
}

// locate finds the occurrence-th (1-based; 0 means first) place of s.
func locate(text, s string, occ int) (int, bool) {
	if s == "" {
		return 0, false
	}
	if occ < 1 {
		occ = 1
	}
	from := 0
	for n := 1; ; n++ {
		i := strings.Index(text[from:], s)
		if i < 0 {
			return 0, false
		}
		if n == occ {
			return from + i, true
		}
		from += i + len(s)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

type spanRange struct{ start, end int }

// spansOf returns the byte ranges of an item's evidence, resolving spans
// given by text alone.
func spansOf(ev []model.Evidence, text string) []spanRange {
	var out []spanRange
	for _, e := range ev {
		if e.Start != nil && *e.Start >= 0 && *e.Start+len(e.Text) <= len(text) {
			out = append(out, spanRange{*e.Start, *e.Start + len(e.Text)})
			continue
		}
		if i, ok := locate(text, e.Text, e.Occurrence); ok {
			out = append(out, spanRange{i, i + len(e.Text)})
		}
	}
	return out
}

// numberSpan finds the number inside a gold figure's words ("5,000" in
// "more than 5,000 firearms", "third" in "a third"), as a byte range of
// the article.
func numberSpan(text string, start, end int) (int, int) {
	d := newDoc(text[start:end])
	for _, t := range d.toks {
		switch t.kind {
		case kNum:
			return start + t.start, start + t.end
		case kWord:
			w := t.lower
			head, _, _ := strings.Cut(w, "-")
			_, small := smallNumbers[head]
			_, frac := fractionWords[w]
			_, ord := ordinals[head]
			if small || frac || ord || head == "half" || w == "dozen" {
				return start + t.start, start + t.end
			}
		}
	}
	return start, end
}

func sameValue(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9+0.005*math.Max(math.Abs(a), math.Abs(b))
}

func sameComparator(gold string, got model.Comparator, goldText string) bool {
	if model.Comparator(gold) == got {
		return true
	}
	hedge := strings.Contains(fold(goldText), "nearly") || strings.Contains(fold(goldText), "almost")
	either := func(c model.Comparator) bool { return c == model.About || c == model.LessThan }
	return hedge && either(model.Comparator(gold)) && either(got)
}

func scoreFigures(gold []GoldFigure, got *model.Dataset, text string, loc func(string, string, int) (int, int, bool)) KindScore {
	type g struct {
		s, e, ns, ne int
		ok           bool
	}
	gs := make([]g, len(gold))
	for i, f := range gold {
		s, e, ok := loc("figure", f.Text, f.Occurrence)
		gs[i] = g{s: s, e: e, ok: ok}
		if ok {
			gs[i].ns, gs[i].ne = numberSpan(text, s, e)
		}
	}
	spans := make([][]spanRange, len(got.Figures))
	for j, f := range got.Figures {
		spans[j] = spansOf(f.Evidence, text)
	}
	match := func(i, j int) bool {
		if !gs[i].ok {
			return false
		}
		f := got.Figures[j]
		if !sameValue(gold[i].Value, f.Value) || !sameComparator(gold[i].Comparator, f.Comparator, gold[i].Text) {
			return false
		}
		for _, sp := range spans[j] {
			if sp.start < gs[i].e && sp.end > gs[i].s && sp.start <= gs[i].ns && sp.end >= gs[i].ne {
				return true
			}
		}
		return false
	}
	opt := make([]bool, len(gold))
	names := make([]string, len(gold))
	for i, f := range gold {
		opt[i], names[i] = f.Optional, f.Text
	}
	extra := make([]string, len(got.Figures))
	for j, f := range got.Figures {
		extra[j] = f.Label
	}
	return tally("figures", opt, names, extra, match)
}

func scoreDates(gold []GoldDate, got *model.Dataset, text string, loc func(string, string, int) (int, int, bool)) KindScore {
	type g struct {
		s, e int
		ok   bool
	}
	gs := make([]g, len(gold))
	for i, d := range gold {
		s, e, ok := loc("date", d.Text, d.Occurrence)
		gs[i] = g{s, e, ok}
	}
	// An event's date words: the evidence span that is exactly its words,
	// else the words found inside one of its spans.
	spans := make([]spanRange, len(got.Events))
	for j, ev := range got.Events {
		spans[j] = spanRange{-1, -1}
		w := ev.When.Text
		for k, sp := range spansOf(ev.Evidence, text) {
			if ev.Evidence[k].Text == w {
				spans[j] = sp
				break
			}
			if i := strings.Index(text[sp.start:sp.end], w); i >= 0 && w != "" && spans[j].start < 0 {
				spans[j] = spanRange{sp.start + i, sp.start + i + len(w)}
			}
		}
	}
	match := func(i, j int) bool {
		sp := spans[j]
		if !gs[i].ok || sp.start < 0 || sp.start >= gs[i].e || sp.end <= gs[i].s {
			return false
		}
		a, b := gold[i].Normalized, got.Events[j].When.Date
		return (a == nil && b == nil) || (a != nil && b != nil && *a == *b)
	}
	opt := make([]bool, len(gold))
	names := make([]string, len(gold))
	for i, d := range gold {
		opt[i], names[i] = d.Optional, d.Text
	}
	extra := make([]string, len(got.Events))
	for j, ev := range got.Events {
		extra[j] = ev.When.Text
		if ev.When.Date != nil {
			extra[j] += " = " + *ev.When.Date
		}
	}
	return tally("dates", opt, names, extra, match)
}

// quoteWords normalizes quoted words for comparison: case, spacing, quote
// marks and the punctuation at either end do not count.
func quoteWords(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '"', '“', '”', '‘', '’', '\'', '«', '»', '„':
			return -1
		}
		return r
	}, fold(s))
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
}

func scoreQuotes(gold Gold, got *model.Dataset) (KindScore, int, int) {
	gw := make([]string, len(gold.Quotes))
	for i, q := range gold.Quotes {
		gw[i] = quoteWords(q.Text)
	}
	match := func(i, j int) bool { return gw[i] != "" && gw[i] == quoteWords(got.Quotes[j].Text) }
	opt := make([]bool, len(gold.Quotes))
	names := make([]string, len(gold.Quotes))
	for i, q := range gold.Quotes {
		opt[i], names[i] = q.Optional, q.Text
	}
	extra := make([]string, len(got.Quotes))
	for j, q := range got.Quotes {
		extra[j] = q.Text
	}
	ks, pairs := tallyPairs("quotes", opt, names, extra, match)
	right, total := 0, 0
	for i, j := range pairs {
		if j < 0 || gold.Quotes[i].Optional {
			continue
		}
		total++
		if sameSpeaker(gold, gold.Quotes[i].Speaker, got, got.Quotes[j].Speaker) {
			right++
		} else {
			who := got.Quotes[j].Speaker
			if a := got.ActorByID(who); a != nil {
				who = a.Name
			}
			ks.Missed = append(ks.Missed, fmt.Sprintf("speaker of %q: got %s, want %s", clipText(gold.Quotes[i].Text), who, gold.Quotes[i].Speaker))
		}
	}
	return ks, right, total
}

func clipText(s string) string {
	r := []rune(s)
	if len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

// sameSpeaker compares a gold speaker name with a draft speaker id, using
// the names and aliases of both the gold actor and the draft actor.
func sameSpeaker(gold Gold, speaker string, got *model.Dataset, id string) bool {
	want := map[string]bool{fold(speaker): true}
	for _, a := range gold.Actors {
		names := append([]string{a.Name}, a.Aliases...)
		hit := false
		for _, n := range names {
			hit = hit || fold(n) == fold(speaker)
		}
		if hit {
			for _, n := range names {
				want[fold(n)] = true
			}
		}
	}
	a := got.ActorByID(id)
	if a == nil {
		return false
	}
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		if want[fold(n)] {
			return true
		}
	}
	return false
}

func scoreActors(gold []GoldActor, got *model.Dataset) KindScore {
	gn := make([]map[string]bool, len(gold))
	for i, a := range gold {
		gn[i] = map[string]bool{fold(a.Name): true}
		for _, s := range a.Aliases {
			gn[i][fold(s)] = true
		}
	}
	match := func(i, j int) bool {
		a := got.Actors[j]
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if gn[i][fold(n)] {
				return true
			}
		}
		return false
	}
	opt := make([]bool, len(gold))
	names := make([]string, len(gold))
	for i, a := range gold {
		opt[i], names[i] = a.Optional, a.Name
	}
	extra := make([]string, len(got.Actors))
	for j, a := range got.Actors {
		extra[j] = a.Name
	}
	return tally("actors", opt, names, extra, match)
}

func tally(kind string, optional []bool, names, extra []string, match func(i, j int) bool) KindScore {
	ks, _ := tallyPairs(kind, optional, names, extra, match)
	return ks
}

// tallyPairs matches gold items to draft items one to one, required gold
// items first so an optional one never takes a draft item a required one
// could use, and counts recall and precision.
func tallyPairs(kind string, optional []bool, names, extra []string, match func(i, j int) bool) (KindScore, []int) {
	nGold, nGot := len(names), len(extra)
	ownerOf := make([]int, nGot) // draft item -> gold item
	for j := range ownerOf {
		ownerOf[j] = -1
	}
	pairOf := make([]int, nGold)
	for i := range pairOf {
		pairOf[i] = -1
	}
	var try func(i int, seen []bool) bool
	try = func(i int, seen []bool) bool {
		for j := 0; j < nGot; j++ {
			if seen[j] || !match(i, j) {
				continue
			}
			seen[j] = true
			if ownerOf[j] < 0 || try(ownerOf[j], seen) {
				ownerOf[j], pairOf[i] = i, j
				return true
			}
		}
		return false
	}
	for pass := 0; pass < 2; pass++ {
		for i := 0; i < nGold; i++ {
			if optional[i] == (pass == 1) {
				try(i, make([]bool, nGot))
			}
		}
	}
	ks := KindScore{Kind: kind}
	for i := 0; i < nGold; i++ {
		if optional[i] {
			continue
		}
		ks.Gold++
		if pairOf[i] >= 0 {
			ks.Matched++
		} else {
			ks.Missed = append(ks.Missed, names[i])
		}
	}
	for j := 0; j < nGot; j++ {
		switch {
		case ownerOf[j] < 0:
			ks.Extracted++
			ks.Extra = append(ks.Extra, extra[j])
		case !optional[ownerOf[j]]:
			ks.Extracted++
		}
	}
	ks.Recall, ks.Precision = ratio(ks.Matched, ks.Gold), ratio(ks.Matched, ks.Extracted)
	return ks, pairOf
}

// Table renders the report as a plain text table.
func (r Report) Table() string {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "kind\tgold\textracted\tmatched\trecall\tprecision\tspeaker\t")
	for _, k := range []KindScore{r.Figures, r.Dates, r.Quotes, r.Actors} {
		sp := ""
		if k.Kind == "quotes" {
			sp = fmt.Sprintf("%.2f (%d/%d)", r.SpeakerAccuracy, r.SpeakerRight, r.SpeakerTotal)
		}
		fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%.2f\t%.2f\t%s\t\n", k.Kind, k.Gold, k.Extracted, k.Matched, k.Recall, k.Precision, sp)
	}
	w.Flush()
	return b.String()
}

// Details lists what was missed and what was extra, kind by kind, and any
// problem with the gold file.
func (r Report) Details() string {
	var b strings.Builder
	for _, k := range []KindScore{r.Figures, r.Dates, r.Quotes, r.Actors} {
		for _, m := range k.Missed {
			fmt.Fprintf(&b, "%s missed: %s\n", k.Kind, m)
		}
		for _, e := range k.Extra {
			fmt.Fprintf(&b, "%s extra:  %s\n", k.Kind, e)
		}
	}
	for _, w := range r.Warnings {
		fmt.Fprintf(&b, "gold: %s\n", w)
	}
	return b.String()
}
