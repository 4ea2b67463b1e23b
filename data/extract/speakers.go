package extract

import (
	"sort"

	"github.com/dossier-dev/dossier/model"
)

func sortMentionsByTok(ms []mention) {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].tok < ms[j].tok })
}

// mentionsIn returns the mentions whose first token lies in [from, to).
func (x *extractor) mentionsIn(from, to int) []mention {
	lo := sort.Search(len(x.mentions), func(i int) bool { return x.mentions[i].tok >= from })
	hi := lo
	for hi < len(x.mentions) && x.mentions[hi].tok < to {
		hi++
	}
	return x.mentions[lo:hi]
}

// mentionAt returns the mention that starts at token i.
func (x *extractor) mentionAt(i int) (mention, bool) {
	ms := x.mentionsIn(i, i+1)
	if len(ms) == 0 {
		return mention{}, false
	}
	return ms[0], true
}

// mentionEnd returns the token index just after a mention.
func (x *extractor) mentionEnd(m mention) int { return x.tokenAt(m.end) }

var pronouns = setOf("he she")

// groupNouns name unnamed speakers: "the judges called it “…”", "“…,”
// police said". Such a group becomes an actor only when it speaks a quote.
var groupNouns = setOf("respondents participants judges jury panel police officials authorities prosecutors investigators residents experts analysts critics organizers organisers researchers scientists witnesses protesters lawmakers economists officers committee organisers doctors teachers workers farmers voters")

// groupAt returns the group actor for a group noun at token k (with an
// optional "the" before it), creating it on first use, or -1.
func (x *extractor) groupAt(k int) int {
	d := x.d
	if k >= len(d.toks) || d.toks[k].kind != kWord || !groupNouns[d.toks[k].lower] {
		return -1
	}
	from := k
	if d.isWord(k-1, "the") {
		from = k - 1
	}
	a := x.getActor(d.toks[k].lower, model.KindGroup, false)
	x.addMention(a, from, k+1)
	return a
}

// findSpeakers attributes every quote, trying in turn: the words after it
// ("…,” Téllez said", "…,” said Téllez"), the words before it in its
// sentence ("X argued: “…”", "the government’s announcement to “…”",
// "Sheinbaum rejected these allegations as “libel.”"), then the paragraph:
// its last speaker, its last person named, or a "she said" before the quote.
func (x *extractor) findSpeakers() {
	lastSpeaker := map[int]int{} // paragraph -> actor
	for qi := range x.quotes {
		q := &x.quotes[qi]
		if q.title {
			continue
		}
		a := x.speakerAfter(q)
		if a < 0 {
			a = x.speakerBefore(q)
		}
		if a < 0 {
			if s, ok := lastSpeaker[q.para]; ok {
				a = s
			}
		}
		if a < 0 {
			a = x.personInParagraph(q)
		}
		if a < 0 && q.firstTok > 0 && x.d.toks[q.firstTok-1].para > 0 {
			// a quote opening its paragraph continues the speaker before it
			if s, ok := lastSpeaker[q.para-1]; ok && x.paragraphOpensWithQuote(q) {
				a = s
			}
		}
		q.speaker = a
		if a >= 0 {
			lastSpeaker[q.para] = a
		}
	}
}

func (x *extractor) paragraphOpensWithQuote(q *quoteSpan) bool {
	p := x.d.paras[q.para]
	return p.from < len(x.d.toks) && x.d.toks[p.from].start >= q.open-3
}

// speakerAfter reads the attribution after the closing mark.
func (x *extractor) speakerAfter(q *quoteSpan) int {
	d := x.d
	k := q.afterTok
	if k >= len(d.toks) || d.toks[k].para != q.para {
		return -1
	}
	// A quote that ends its sentence ("…done it.”) is attributed after it
	// only when the next word is lower case ("…?” asked the reporter).
	if ends := x.quoteEndsSentence(q); ends && d.toks[k].upper && !x.startsAttribution(k) {
		return -1
	}
	for d.isText(k, ",", "—", "–") {
		k++
	}
	limit := k + 7
	for m := k; m < limit && m < len(d.toks); m++ {
		t := d.toks[m]
		if t.kind == kPunct && (t.text == "." || isOpenMark(t.text) && !t.glued) {
			break
		}
		if d.isWord(m, "according") && d.isWord(m+1, "to") {
			// "…,” according to Lund."
			for n := m + 2; n < m+5 && n < len(d.toks); n++ {
				if mm, ok := x.mentionAt(n); ok {
					return mm.actor
				}
			}
			return -1
		}
		if t.kind == kWord && speechVerbs[t.lower] {
			// "said Maria Fontes", "said the association’s president"
			for n := m + 1; n < m+4 && n < len(d.toks); n++ {
				if mm, ok := x.mentionAt(n); ok {
					return mm.actor
				}
			}
			return -1
		}
		if mm, ok := x.mentionAt(m); ok {
			if x.verbWithin(x.mentionEnd(mm), 3) {
				return mm.actor
			}
		}
		if t.kind == kWord && pronouns[t.lower] && x.verbWithin(m+1, 2) {
			return x.resolvePronoun(m)
		}
		if t.kind == kWord && groupNouns[t.lower] && x.verbWithin(m+1, 2) {
			return x.groupAt(m)
		}
	}
	return -1
}

// startsAttribution reports "Téllez said" or "said Téllez" at token k.
func (x *extractor) startsAttribution(k int) bool {
	if mm, ok := x.mentionAt(k); ok {
		return x.verbWithin(x.mentionEnd(mm), 3)
	}
	return pronouns[x.d.toks[k].lower] && x.verbWithin(k+1, 2)
}

func (x *extractor) quoteEndsSentence(q *quoteSpan) bool {
	s := x.d.text[q.start:q.end]
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '!', '?':
		return true
	}
	return false
}

// verbWithin reports a speech verb in the n tokens from k, with only
// adverbs or auxiliaries before it.
func (x *extractor) verbWithin(k, n int) bool {
	d := x.d
	for m := k; m < k+n && m < len(d.toks); m++ {
		t := d.toks[m]
		if t.kind != kWord {
			if t.kind == kPoss {
				return false
			}
			continue
		}
		if speechVerbs[t.lower] {
			return true
		}
	}
	return false
}

// speakerBefore reads the sentence before the opening mark.
func (x *extractor) speakerBefore(q *quoteSpan) int {
	d := x.d
	open := x.tokenAt(q.open)
	if open >= len(d.toks) {
		return -1
	}
	from, _ := x.near(open, 60)
	ms := x.mentionsIn(from, open)
	// Not an actor inside an earlier quote of the sentence.
	var cands []mention
	for _, m := range ms {
		if !x.inQuote(m.tok) {
			cands = append(cands, m)
		}
	}
	// "According to Lund, the project took “…”": the source named.
	for n := len(cands) - 1; n >= 0; n-- {
		m := cands[n]
		k := m.tok - 1
		if d.isWord(k, "the") {
			k--
		}
		if d.isWord(k, "to") && d.isWord(k-1, "according") {
			return m.actor
		}
	}
	// The nearest actor with something said right after it: "White House
	// claims about “…”", "the U.S. government’s recent announcement to “…”".
	for n := len(cands) - 1; n >= 0; n-- {
		m := cands[n]
		end := x.mentionEnd(m)
		for k := end; k < end+4 && k < open; k++ {
			t := d.toks[k]
			if t.kind == kWord && (speechNouns[t.lower] || speechVerbs[t.lower]) {
				return m.actor
			}
			if t.kind == kPunct && t.text != "’s" {
				break
			}
		}
	}
	// An appositive names the subject: "The trust’s chair, former Energy
	// Secretary Linda Marsh, called the work “…”".
	for n := len(cands) - 1; n >= 0; n-- {
		m := cands[n]
		end := x.mentionEnd(m)
		if x.actors[m.actor].kind == model.KindPerson && d.isText(end, ",") && end+1 < open && d.toks[end+1].kind == kWord &&
			speechVerbs[d.toks[end+1].lower] && x.appositiveAfterRole(m.tok) {
			return m.actor
		}
	}
	// "She called the measures “cosmetic.”"
	for k := open - 1; k >= from; k-- {
		t := d.toks[k]
		if t.kind == kWord && pronouns[t.lower] && x.verbWithin(k+1, 3) {
			return x.resolvePronoun(k)
		}
	}
	// An unnamed group as the subject: "The judges, chaired by …, called
	// the book “…”".
	k := from
	if d.isWord(k, "the") {
		k++
	}
	if k < open && groupNouns[d.toks[k].lower] && x.speechVerbBetween(k+1, open) && (len(cands) == 0 || cands[0].tok > k) {
		return x.groupAt(k)
	}
	// An unnamed group speaking inside the sentence, with no actor named
	// after it: "a third of respondents said they had heard “a lot”".
	// Only when no actor is named before the quote, and the verb follows
	// the group at once: "Dr. Rahman, who chairs the committee, said …"
	// is Rahman's.
	for k := open - 1; k > from && len(cands) == 0; k-- {
		if groupNouns[d.toks[k].lower] && k+1 < len(d.toks) && d.toks[k+1].kind == kWord && speechVerbs[d.toks[k+1].lower] {
			return x.groupAt(k)
		}
	}
	// The sentence's subject: its first actor, when it opens the sentence.
	if len(cands) > 0 && cands[0].tok <= from+4 && d.toks[open-1].kind != kPunct || len(cands) > 0 && x.speechVerbBetween(x.mentionEnd(cands[0]), open) {
		return cands[0].actor
	}
	return -1
}

// appositiveAfterRole reports a name set off after a role noun: "the
// trust’s chair, former Energy Secretary Linda Marsh,".
func (x *extractor) appositiveAfterRole(i int) bool {
	d := x.d
	k := i - 1
	for n := 0; n < 2 && d.isWord(k, "former", "the", "a", "an", "acting", "interim"); n++ {
		k--
	}
	return d.isText(k, ",") && k > 0 && d.toks[k-1].kind == kWord && !d.toks[k-1].upper && roleNouns[d.toks[k-1].lower]
}

func (x *extractor) speechVerbBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if x.d.toks[k].kind == kWord && speechVerbs[x.d.toks[k].lower] {
			return true
		}
	}
	return false
}

// resolvePronoun gives "he" or "she" the last person named before token k.
func (x *extractor) resolvePronoun(k int) int {
	lo := sort.Search(len(x.mentions), func(i int) bool { return x.mentions[i].tok >= k })
	for n := lo - 1; n >= 0 && n >= lo-200; n-- {
		m := x.mentions[n]
		if x.actors[m.actor].kind == model.KindPerson && !x.inQuote(m.tok) {
			return m.actor
		}
	}
	return -1
}

// personInParagraph falls back on the last person named in the quote's
// paragraph before it, or the person a "she said" there points to.
func (x *extractor) personInParagraph(q *quoteSpan) int {
	d := x.d
	p := d.paras[q.para]
	open := x.tokenAt(q.open)
	if p.from < open-200 {
		p.from = open - 200
	}
	ms := x.mentionsIn(p.from, open)
	for n := len(ms) - 1; n >= 0; n-- {
		if x.actors[ms[n].actor].kind == model.KindPerson && !x.inQuote(ms[n].tok) {
			return ms[n].actor
		}
	}
	for k := open - 1; k >= p.from; k-- {
		if d.toks[k].kind == kWord && pronouns[d.toks[k].lower] && x.verbWithin(k+1, 3) {
			return x.resolvePronoun(k)
		}
	}
	return -1
}
