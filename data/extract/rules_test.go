package extract

import (
	"strings"
	"testing"

	"github.com/dossier-dev/dossier/model"
)

// figureIn returns the draft's figure whose label contains label.
func figureIn(t *testing.T, d *model.Dataset, label string) *model.Figure {
	t.Helper()
	for i := range d.Figures {
		if strings.Contains(d.Figures[i].Label, label) {
			return &d.Figures[i]
		}
	}
	var got []string
	for _, f := range d.Figures {
		got = append(got, f.Label)
	}
	t.Fatalf("no figure %q among %q", label, got)
	return nil
}

func mustDraft(t *testing.T, text string) *model.Dataset {
	t.Helper()
	d, pruned := draft(text, Options{})
	if pruned != 0 {
		t.Fatalf("the validation guard dropped %d items", pruned)
	}
	checkDraft(t, text, d)
	return d
}

func TestFigureRules(t *testing.T) {
	cases := []struct {
		text, label string
		value       float64
		comp        model.Comparator
		unit        string
		currency    string
		dir         model.Direction
	}{
		{"Police seized more than 5,000 firearms.", "more than 5,000 firearms", 5000, ">", "firearms", "", ""},
		{"They took over 100 tonnes of drugs.", "over 100 tonnes", 100, ">", "t", "", ""},
		{"The army has at least 400 officers there.", "at least 400 officers", 400, ">=", "officers", "", ""},
		{"It costs about $6.5 million a year.", "about $6.5 million", 6.5e6, "~", "USD", "USD", ""},
		{"Nearly 40% of guests came in winter.", "Nearly 40%", 40, "~", "%", "", ""},
		{"Losses stayed under 10% in the trials.", "under 10%", 10, "<", "%", "", ""},
		{"Detention of up to 18 months was asked.", "up to 18 months", 18, "<=", "months", "", ""},
		{"Sales were no more than 20 units.", "no more than 20 units", 20, "<=", "units", "", ""},
		{"Fewer than 300 people came.", "Fewer than 300 people", 300, "<", "people", "", ""},
		{"Approximately 12 boats sank.", "Approximately 12 boats", 12, "~", "boats", "", ""},
		{"The plan will cost 120 million pesos in total.", "120 million pesos", 120e6, "=", "MXN", "MXN", ""},
		{"They borrowed 2.5 million naira last year.", "2.5 million naira", 2.5e6, "=", "NGN", "NGN", ""},
		{"The prize is worth £50,000 this time.", "£50,000", 50000, "=", "GBP", "GBP", ""},
		{"Spending reached €12.7 billion in total.", "€12.7 billion", 12.7e9, "=", "EUR", "EUR", ""},
		{"It raised US$3bn from investors.", "US$3bn", 3e9, "=", "USD", "USD", ""},
		{"Homicides showed a 12% decrease compared to last year.", "12% decrease", 12, "=", "%", "", model.Decrease},
		{"Occupancy was up 4 points on last year.", "up 4 points", 4, "=", "points", "", model.Increase},
		{"Smuggling fell by 18% in the north.", "fell by 18%", 18, "=", "%", "", model.Decrease},
		{"Yields are down about 30% this season.", "down about 30%", 30, "~", "%", "", model.Decrease},
		{"Support rose 14% among the young.", "rose 14%", 14, "=", "%", "", model.Increase},
		{"There was an increase of 9% in arrivals.", "9%", 9, "=", "%", "", model.Increase},
		{"It had the lowest number in eight years.", "eight years", 8, "=", "years", "", ""},
		{"The firm hired ten engineers.", "ten engineers", 10, "=", "engineers", "", ""},
		{"Roughly a third of respondents agreed.", "Roughly a third", 33.33, "~", "%", "", ""},
		{"Nearly two-thirds of those polled said no.", "Nearly two-thirds", 66.67, "~", "%", "", ""},
		{"Only one in ten farmers can afford it.", "one in ten", 10, "=", "%", "", ""},
		{"It is the second-largest market in Europe.", "second-largest", 2, "=", "rank", "", ""},
		{"The team finished in third place again.", "third place", 3, "=", "rank", "", ""},
		{"It was a six-week operation.", "six-week", 6, "=", "weeks", "", ""},
		{"A 45-year-old man was held.", "45-year-old", 45, "=", "years", "", ""},
		{"Voters 65 and older said no.", "65 and older", 65, ">=", "years", "", ""},
		{"The margin of error is plus or minus 2.8 percentage points.", "plus or minus 2.8 percentage points", 2.8, "=", "pp", "", ""},
		{"It fell 3 percentage points this year.", "fell 3 percentage points", 3, "=", "pp", "", model.Decrease},
		{"Lawmakers approved the entry of 10 U.S. soldiers to train marines.", "10 U.S. soldiers", 10, "=", "soldiers", "", ""},
		{"Officials counted 11,600 arrests for high-impact crimes.", "11,600 arrests", 11600, "=", "arrests", "", ""},
		{"Debt reached 120% of output.", "120%", 120, "=", "percent", "", ""},
		{"They plan to build 45,000 homes over five years.", "five years", 5, "=", "years", "", ""},
		{"Each of the five shortlisted authors gets a cheque.", "five shortlisted authors", 5, "=", "authors", "", ""},
		{"The series covered four states in all.", "four states", 4, "=", "states", "", ""},
		{"Officials logged 12 claims this week.", "12 claims", 12, "=", "claims", "", ""},
		{"Twelve of the region's 14 districts recorded gains.", "Twelve", 12, "=", "districts", "", ""},
		{"Three of the five judges agreed.", "Three", 3, "=", "judges", "", ""},
		{"Lund, a third-place finisher, spoke.", "third-place", 3, "=", "rank", "", ""},
		{"A revised budget is due within two weeks.", "within two weeks", 2, "<=", "weeks", "", ""},
		{"It works at roughly half the heat.", "roughly half", 50, "~", "%", "", ""},
		{"Global output topped 400 million tonnes in 2022.", "topped 400 million tonnes", 400e6, ">", "t", "", ""},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			d := mustDraft(t, c.text)
			f := figureIn(t, d, c.label)
			if f.Value < c.value-0.01 || f.Value > c.value+0.01 || f.Comparator != c.comp || f.Unit != c.unit || f.Currency != c.currency || f.Direction != c.dir {
				t.Errorf("got %v %s unit %q currency %q direction %q; want %v %s %q %q %q",
					f.Value, f.Comparator, f.Unit, f.Currency, f.Direction, c.value, c.comp, c.unit, c.currency, c.dir)
			}
		})
	}
}

func TestFigureSpansAreTight(t *testing.T) {
	d := mustDraft(t, "Police seized more than 5,000 firearms during a raid that lasted all night.")
	if got := d.Figures[0].Evidence[0].Text; got != "more than 5,000 firearms" {
		t.Errorf("span = %q, want the qualifier, number and unit", got)
	}
}

func TestRanges(t *testing.T) {
	d := mustDraft(t, "They face sentences of between 8 and 15 years.")
	lo, hi := figureIn(t, d, "8"), figureIn(t, d, "15 years")
	if lo.Value != 8 || lo.Comparator != model.AtLeast || lo.Unit != "years" {
		t.Errorf("lower end: %v %s %s", lo.Value, lo.Comparator, lo.Unit)
	}
	if hi.Value != 15 || hi.Comparator != model.AtMost {
		t.Errorf("upper end: %v %s", hi.Value, hi.Comparator)
	}
	d = mustDraft(t, "Support went from 52% to 41% in a month.")
	if a, b := figureIn(t, d, "52%"), figureIn(t, d, "41%"); a.Comparator != "=" || b.Comparator != "=" {
		t.Errorf("levels after a change verb are exact: %s %s", a.Comparator, b.Comparator)
	}
}

func TestNotFigures(t *testing.T) {
	for _, text := range []string{
		"The law took effect in 2024 after a vote.",
		"It happened on January 20 at the border.",
		"Proposition 12 would raise the sales tax.",
		"Call 800-555-0199 to report smuggling.",
		"The meeting starts at 10:30 tomorrow.",
		"1. Bring your papers.\n2. Wait outside.",
		"One of the suspects fled the country.",
		"The two countries signed a treaty.",
		"Cases of COVID-19 rose in the G20.",
		"It was the first time the prize went abroad.",
		"Two of the suspects fled the country.",
		"The Yes on 7A campaign spent heavily.",
		"Operators are rolling out 5G networks.",
	} {
		d := mustDraft(t, text)
		if len(d.Figures) > 0 {
			var got []string
			for _, f := range d.Figures {
				got = append(got, f.Label)
			}
			t.Errorf("%q: figures %q, want none", text, got)
		}
	}
}

func TestFigurePeriodAndBaseline(t *testing.T) {
	d := mustDraft(t, "Security Minister Omar García Harfuch reported 11,600 arrests since October 1. January 2025 saw a 12% decrease compared to September 2024.")
	f := figureIn(t, d, "11,600")
	if f.Period == nil || f.Period.From == nil || f.Period.From.Text != "since October 1" {
		t.Errorf("period = %+v, want from “since October 1”", f.Period)
	}
	if len(f.ReportedBy) != 1 || f.ReportedBy[0] != "omar-garcia-harfuch" {
		t.Errorf("reported by %v", f.ReportedBy)
	}
	g := figureIn(t, d, "12% decrease")
	if g.ComparedTo == nil || g.ComparedTo.Text != "September 2024" || *g.ComparedTo.Date != "2024-09" {
		t.Errorf("compared_to = %+v", g.ComparedTo)
	}
	if g.AsOf == nil || g.AsOf.Text != "January 2025" {
		t.Errorf("as_of = %+v", g.AsOf)
	}
}

func TestDateRules(t *testing.T) {
	cases := []struct {
		text, words string
		date        string // "" for nil
		prec        model.Precision
		inferred    bool
	}{
		{"The order was signed on Oct. 1, 2024, in the capital.", "Oct. 1, 2024", "2024-10-01", "day", false},
		{"It opened on 20 January 2025 after delays.", "20 January 2025", "2025-01-20", "day", false},
		{"Prices rose in January 2025 and fell later.", "January 2025", "2025-01", "month", false},
		{"The law passed in 2019 after a long debate.", "2019", "2019", "year", false},
		{"The figures cover 2025-03-04 only.", "2025-03-04", "2025-03-04", "day", false},
		{"He spoke on Tuesday about it.", "Tuesday", "", "relative", false},
		{"Sales fell last week in stores.", "last week", "", "relative", false},
		{"It sold well earlier this year.", "earlier this year", "", "relative", false},
		{"A recent poll showed it.", "recent", "", "relative", false},
		{"The plant closed three years ago.", "three years ago", "", "relative", false},
		{"Trade grew in the first half of 2024 overall.", "the first half of 2024", "2024", "year", false},
		{"Arrests rose since October 1. Homicides fell in January 2025.", "since October 1", "2024-10-01", "day", true},
		{"Trump signed it on January 20. Crime fell in January 2025.", "January 20", "2025-01-20", "day", true},
		{"The fund will pay out by December. It was set up on March 3, 2025.", "December", "2025-12", "month", true},
		{"Sales peaked on January 20 before falling.", "January 20", "", "unknown", false},
		{"It ran from January to March 2025 in all.", "from January", "2025-01", "month", true},
		{"The survey was conducted June 3-9, 2025, by phone.", "June 3-9, 2025", "2025-06-03", "day", false},
		// "since" puts a date before the present even when the sentence has
		// a "would".
		{"Voters said they would vote no, up 9 points since July. Election Day is Nov. 4, 2025.", "since July", "2025-07", "month", true},
		// a plan for 2026 is not the article's present
		{"The 2025 prize was awarded on Oct. 2. The foundation plans to add a category in 2026.", "Oct. 2", "2025-10-02", "day", true},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			d := mustDraft(t, c.text)
			var ev *model.Event
			for i := range d.Events {
				if d.Events[i].When.Text == c.words {
					ev = &d.Events[i]
				}
			}
			if ev == nil {
				var got []string
				for _, e := range d.Events {
					got = append(got, e.When.Text)
				}
				t.Fatalf("no date %q among %q", c.words, got)
			}
			w := ev.When
			got := ""
			if w.Date != nil {
				got = *w.Date
			}
			if got != c.date || w.Precision != c.prec || w.Inferred != c.inferred {
				t.Errorf("got %q %s inferred=%v (%s); want %q %s inferred=%v", got, w.Precision, w.Inferred, w.InferredWhy, c.date, c.prec, c.inferred)
			}
		})
	}
}

func TestNotDates(t *testing.T) {
	for _, text := range []string{
		"She may come back, said the chief.",
		"April Ryan asked the question.",
		"They will march on the capital.",
		"It costs $30 million a year to run.",
	} {
		d := mustDraft(t, text)
		for _, e := range d.Events {
			t.Errorf("%q: date %q, want none", text, e.When.Text)
		}
	}
}

func TestQuoteRules(t *testing.T) {
	cases := []struct{ text, quote, speaker string }{
		{"Senator Lily Téllez spoke. “This is nothing new,” Téllez stated.", "This is nothing new", "lily-tellez"},
		{"\"The drop is real,\" said Dana Whitfield, the director.", "The drop is real", "dana-whitfield"},
		{"Dr. Samuel Adeyemi argued: “Drought-tolerant seed works.”", "Drought-tolerant seed works.", "samuel-adeyemi"},
		{"President Claudia Sheinbaum has rejected these allegations as “libel.”", "libel.", "claudia-sheinbaum"},
		{"It followed the White House claims about “intolerable alliances” with gangs.", "intolerable alliances", "white-house"},
		{"Maria Fontes leads the group. “The city is rented out,” she said.", "The city is rented out", "maria-fontes"},
		{"“We had nearly 40% of guests,” Pedro Reis said. “It works.”", "It works.", "pedro-reis"},
		{"Mayor Luis Ortega called the result ‘a wake-up call’ on Friday.", "a wake-up call", "luis-ortega"},
		{"“Nobody knows who said this.”", "Nobody knows who said this.", "unknown-speaker"},
		{"“We will appeal,” police said on Monday.", "We will appeal", "police"},
		{"The judges, chaired by Sir Alan Pryce, called it “a quiet masterpiece.”", "a quiet masterpiece.", "judges"},
		{"Professor Ingrid Lund won. According to Lund, the project took “three winters.”", "three winters.", "ingrid-lund"},
		{"“It was worth every winter,” according to Ingrid Lund.", "It was worth every winter", "ingrid-lund"},
		{"Tomás Herrera works in Nuevo León. “It is a shield,” he said.", "It is a shield", "tomas-herrera"},
		{"About a third of respondents said they had heard “a lot” about it.", "a lot", "respondents"},
		{"Dr. Aisha Rahman, who chairs the BMA's consultants committee, said the plan was “a start.”", "a start.", "aisha-rahman"},
		{"The trust’s chair, former U.S. Energy Secretary Linda Marsh, called the work “the kind of science that changes things.”", "the kind of science that changes things.", "linda-marsh"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			d := mustDraft(t, c.text)
			for _, q := range d.Quotes {
				if q.Text == c.quote {
					if q.Speaker != c.speaker {
						t.Errorf("speaker %s, want %s", q.Speaker, c.speaker)
					}
					return
				}
			}
			var got []string
			for _, q := range d.Quotes {
				got = append(got, q.Text)
			}
			t.Errorf("no quote %q among %q", c.quote, got)
		})
	}
}

func TestQuoteMarksThatAreNotQuotes(t *testing.T) {
	d := mustDraft(t, "She won for “The Salt Road,” her third novel. Farmers’ crops and don't worry.")
	if len(d.Quotes) != 0 {
		t.Errorf("quotes %v, want none (a title and apostrophes)", d.Quotes)
	}
}

func actorNamed(d *model.Dataset, name string) *model.Actor {
	for i := range d.Actors {
		if d.Actors[i].Name == name {
			return &d.Actors[i]
		}
	}
	return nil
}

func TestActorRules(t *testing.T) {
	cases := []struct {
		text, name string
		kind       model.ActorKind
		role       string
		alias      string
	}{
		{"National Action Party (PAN) Senator Lily Téllez spoke. Later Téllez left.", "Lily Téllez", "person", "Senator", "Téllez"},
		{"National Action Party (PAN) Senator Lily Téllez spoke.", "National Action Party", "party", "", "PAN"},
		{"He met Security Minister Omar García Harfuch on Monday. García Harfuch said no.", "Omar García Harfuch", "person", "Security Minister", "García Harfuch"},
		{"It angered U.S. President Donald Trump again.", "Donald Trump", "person", "U.S. President", ""},
		{"Leaders of the ruling Morena party met.", "Morena", "party", "", ""},
		{"A recent Reforma newspaper poll showed it.", "Reforma", "organization", "", ""},
		{"It followed the U.S. government’s announcement.", "U.S. government", "government", "", ""},
		{"The Ministry of the Interior announced it.", "Ministry of the Interior", "government", "", ""},
		{"Trade with Germany and Spain grew.", "Germany", "country", "", ""},
		{"The White House said nothing.", "White House", "government", "", ""},
		{"“No,” said Maria Fontes, the association’s president.", "Maria Fontes", "person", "association’s president", ""},
		{"He met agronomist Dr. Samuel Adeyemi of the International Institute of Tropical Agriculture (IITA).", "Samuel Adeyemi", "person", "agronomist", ""},
		{"He met agronomist Dr. Samuel Adeyemi of the International Institute of Tropical Agriculture (IITA).", "International Institute of Tropical Agriculture", "organization", "", "IITA"},
		{"According to Statistics Canada, rents rose.", "Statistics Canada", "organization", "", ""},
		{"Professor Ingrid Lund of the University of Bergen spoke.", "Ingrid Lund", "person", "Professor", ""},
		{"Professor Ingrid Lund of the University of Bergen spoke.", "University of Bergen", "organization", "", ""},
		{"Secretary of State Antony Blinken of the State Department spoke.", "Antony Blinken", "person", "Secretary of State", ""},
		{"Secretary of State Antony Blinken of the State Department spoke.", "State Department", "government", "", ""},
		{"The Committee to Protect Journalists (CPJ) welcomed it.", "Committee to Protect Journalists", "organization", "", "CPJ"},
		{"She now works for the Lagos-based Daily Sentinel in town.", "Daily Sentinel", "organization", "", ""},
		{"Mexico's state development bank, Banobras, has committed funds.", "Banobras", "organization", "", ""},
		{"It was won by the Brazilian outlet Agência Pública last year.", "Agência Pública", "organization", "", ""},
		{"She chairs the Mothers Against Drunk Driving group in the state.", "Mothers Against Drunk Driving", "organization", "", ""},
		{"MINISTRY OF TRANSPORT AND INFRASTRUCTURE\n\nThe plan was announced.", "Ministry of Transport and Infrastructure", "government", "", ""},
		{"Money goes to the Port of Saint John for berths.", "Port of Saint John", "organization", "", ""},
		{"Opposition transport critic Mark Ellison objected.", "Mark Ellison", "person", "critic", ""},
		{"Priya Dhillon of the Liberal Democrats objected.", "Liberal Democrats", "party", "", ""},
		{"Environmental group Greenpeace gave a cautious welcome.", "Greenpeace", "organization", "", ""},
		{"It ranks third, according to Nature, a journal.", "Nature", "organization", "", ""},
		{"Leaders of the ruling Morena party Senator Ana Ruiz met.", "Morena", "party", "", ""},
		{"Department of Health and Social Care\nPress release\n\nThe department says it will pay.", "Department of Health and Social Care", "government", "", ""},
		{"Sir Malcolm Reid chaired the jury of the Meridian Wire awards.", "Meridian Wire", "organization", "", ""},
	}
	for _, c := range cases {
		t.Run(c.text+"/"+c.name, func(t *testing.T) {
			d := mustDraft(t, c.text)
			a := actorNamed(d, c.name)
			if a == nil {
				var got []string
				for _, a := range d.Actors {
					got = append(got, a.Name)
				}
				t.Fatalf("no actor %q among %q", c.name, got)
			}
			if a.Kind != c.kind || a.Role != c.role {
				t.Errorf("kind %s role %q; want %s %q", a.Kind, a.Role, c.kind, c.role)
			}
			if c.alias != "" && !contains(a.Aliases, c.alias) {
				t.Errorf("aliases %q lack %q", a.Aliases, c.alias)
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}

func TestNotActors(t *testing.T) {
	d := mustDraft(t, "OTTAWA - Support for the plan grew. Speaking on Tuesday, officials in Lisbon and Mexican marines agreed. GDP rose.")
	if len(d.Actors) != 0 {
		var got []string
		for _, a := range d.Actors {
			got = append(got, a.Name)
		}
		t.Errorf("actors %q, want none", got)
	}
}

func TestNotActorsPlacesAndThings(t *testing.T) {
	for _, text := range []string{
		"Only two districts, Fellmoor and Stanton Vale, reported falls.",
		"Herrera reported on water contracts in Nuevo León.",
		"The PSI stock index closed down 0.8%.",
		"The Brazilian outlet was fined. The Portuguese coalition split.",
		"The measure is known as Ballot Question 7A.",
		"Scans such as CT and MRI are offered.",
		"A chemist in San Diego won the prize.",
	} {
		d := mustDraft(t, text)
		for _, a := range d.Actors {
			t.Errorf("%q: actor %q, want none", text, a.Name)
		}
	}
}

func TestActorEvidenceIsEveryMention(t *testing.T) {
	d := mustDraft(t, "Senator Lily Téllez spoke. Téllez said more. The senator left.")
	a := actorNamed(d, "Lily Téllez")
	if a == nil || len(a.Evidence) != 3 {
		t.Fatalf("evidence %v, want three mentions", a)
	}
}

func TestTitle(t *testing.T) {
	d := mustDraft(t, "Tourism Hits Record\n\nPortugal welcomed 8 million visitors.")
	if d.Story.Title != "Tourism Hits Record" || d.Story.TitleEditorial {
		t.Errorf("title %q editorial=%v", d.Story.Title, d.Story.TitleEditorial)
	}
	d = mustDraft(t, "Portugal welcomed 8.4 million foreign visitors in the first half of the year, officials said.")
	if !strings.HasPrefix(d.Story.Title, "Draft: Portugal welcomed") || !d.Story.TitleEditorial {
		t.Errorf("title %q editorial=%v", d.Story.Title, d.Story.TitleEditorial)
	}
	d, _ = Extract("Some text here.", Options{Title: "Mine"})
	if d.Story.Title != "Mine" || !d.Story.TitleEditorial {
		t.Errorf("title %q editorial=%v", d.Story.Title, d.Story.TitleEditorial)
	}
}

func TestPublishedAnchorsYears(t *testing.T) {
	d, _ := Extract("Sales peaked on January 20 before falling.", Options{Published: "2023-02-01"})
	if w := d.Events[0].When; w.Date == nil || *w.Date != "2023-01-20" || !w.Inferred || !strings.Contains(w.InferredWhy, "publication") {
		t.Errorf("when = %+v", w)
	}
}
