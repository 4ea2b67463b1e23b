package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/common"
	"github.com/dossier-dev/dossier/ui/components/tabs"
)

// selected returns the id of the active tab's current item.
func selected(m *Model) string {
	r, ok := m.activeTab().Current()
	if !ok {
		return ""
	}
	return m.ctx.Data.ID(r)
}

func TestNavigation(t *testing.T) {
	m := newModel(t, 120, 40, Options{})
	steps := []struct {
		keys []string
		tab  int
		want string
	}{
		{nil, tabActors, "lily-tellez"},
		{[]string{"j"}, tabActors, "claudia-sheinbaum"},
		{[]string{"down", "down"}, tabActors, "omar-garcia-harfuch"},
		{[]string{"j"}, tabActors, "pan"}, // over the "Parties" heading
		{[]string{"k", "up"}, tabActors, "donald-trump"},
		{[]string{"G"}, tabActors, "mexican-public"},
		{[]string{"g"}, tabActors, "lily-tellez"},
		{[]string{"end"}, tabActors, "mexican-public"},
		{[]string{"home"}, tabActors, "lily-tellez"},
		{[]string{"pgdown"}, tabActors, "mexican-public"},
		{[]string{"pgup"}, tabActors, "lily-tellez"},
		{[]string{"tab"}, tabTimeline, "ev-january-homicides"},
		{[]string{"j"}, tabTimeline, "ev-trump-executive-order"},
		{[]string{"tab"}, tabNumbers, "poll-split"},
		{[]string{"tab", "tab"}, tabActors, "lily-tellez"},
		{[]string{"shift+tab"}, tabSource, ""},
		{[]string{"2"}, tabTimeline, "ev-trump-executive-order"}, // each tab keeps its place
		{[]string{"3", "j", "j"}, tabNumbers, "fig-us-soldiers"},
		{[]string{"1"}, tabActors, "lily-tellez"},
	}
	for i, s := range steps {
		send(m, keys(s.keys...)...)
		if m.active != s.tab || selected(m) != s.want {
			t.Fatalf("step %d %v: tab %d item %q, want tab %d item %q", i, s.keys, m.active, selected(m), s.tab, s.want)
		}
	}
}

func TestMouse(t *testing.T) {
	m := newModel(t, 120, 40, Options{})
	spans := tabs.Spans(m.tabBar(), 120)
	send(m, tea.MouseClickMsg{X: spans[tabNumbers][0] + 2, Y: 0, Button: tea.MouseLeft})
	if m.active != tabNumbers {
		t.Fatalf("click on the Numbers tab: active %d", m.active)
	}
	send(m, tea.MouseWheelMsg{X: 5, Y: 10, Button: tea.MouseWheelDown})
	if got := selected(m); got != "homicide-index" {
		t.Errorf("wheel down: %q", got)
	}
	// Row 4 of the body: "Charts", 2 charts, "Figures", then the first
	// figure.
	send(m, tea.MouseClickMsg{X: 5, Y: bodyTop + 4, Button: tea.MouseLeft})
	if got := selected(m); got != "fig-us-soldiers" {
		t.Errorf("click on a row: %q", got)
	}
	send(m, keys("m")...)
	if m.View().MouseMode != tea.MouseModeNone {
		t.Error("m did not release the mouse")
	}
	send(m, tea.MouseClickMsg{X: spans[tabActors][0] + 1, Y: 0, Button: tea.MouseLeft})
	if m.active != tabNumbers {
		t.Error("a click counted with the mouse off")
	}
	m = newModel(t, 120, 40, Options{NoMouse: true})
	if m.View().MouseMode != tea.MouseModeNone {
		t.Error("--no-mouse started with the mouse on")
	}
	send(m, keys("m")...)
	if m.View().MouseMode != tea.MouseModeCellMotion {
		t.Error("m did not turn the mouse on")
	}
}

func TestFocusAndJumps(t *testing.T) {
	m := newModel(t, 120, 40, Options{})
	send(m, keys("enter")...)
	if !m.actors.DetailFocused() || selected(m) != "pan" {
		t.Fatalf("enter: focused %v, current %q", m.actors.DetailFocused(), selected(m))
	}
	send(m, keys("j")...)
	if selected(m) != "mexican-senate" {
		t.Fatalf("j in detail: %q", selected(m))
	}
	// enter on a link to an actor jumps to it in Actors.
	send(m, keys("enter")...)
	if m.active != tabActors || m.actors.DetailFocused() || selected(m) != "mexican-senate" {
		t.Fatalf("jump to actor: tab %d focused %v item %q", m.active, m.actors.DetailFocused(), selected(m))
	}
	// From Claudia Sheinbaum, follow an event link to the Timeline.
	send(m, keys("g", "j", "l")...)
	for selected(m) != "ev-january-homicides" {
		before := selected(m)
		send(m, keys("j")...)
		if selected(m) == before {
			t.Fatalf("no link to ev-january-homicides")
		}
	}
	send(m, keys("enter")...)
	if m.active != tabTimeline || selected(m) != "ev-january-homicides" {
		t.Fatalf("jump to event: tab %d item %q", m.active, selected(m))
	}
	// A quote link opens its words in Source. (Actors kept its place:
	// the detail still has the keys, so esc first.)
	send(m, keys("1", "esc", "g", "right")...)
	for selected(m) != "q-nothing-new" {
		before := selected(m)
		send(m, keys("j")...)
		if selected(m) == before {
			t.Fatalf("no link to q-nothing-new")
		}
	}
	send(m, keys("enter")...)
	if m.active != tabSource || selected(m) != "q-nothing-new" {
		t.Fatalf("jump to quote: tab %d item %q", m.active, selected(m))
	}
	if !strings.Contains(screen(m), "“This is nothing new”") {
		t.Error("Source does not name the quote shown")
	}
	// left and h go back to the list as esc does.
	send(m, keys("1", "esc", "enter", "left")...)
	if m.actors.DetailFocused() {
		t.Error("left did not leave the detail")
	}
	send(m, keys("l", "h")...)
	if m.actors.DetailFocused() {
		t.Error("h did not leave the detail")
	}
}

func TestNarrowToggle(t *testing.T) {
	m := newModel(t, 80, 24, Options{})
	if strings.Contains(screen(m), "Role") {
		t.Fatal("narrow layout shows the detail beside the list")
	}
	send(m, keys("enter")...)
	s := screen(m)
	if !strings.Contains(s, "Role         Senator") || strings.Contains(s, "Claudia Sheinbaum         ") {
		t.Fatalf("enter did not open the detail in place of the list:\n%s", s)
	}
	send(m, keys("esc")...)
	if !strings.Contains(screen(m), "Claudia Sheinbaum") {
		t.Fatal("esc did not go back to the list")
	}
	// Resizing re-lays out at once.
	send(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	if !strings.Contains(screen(m), "Role         Senator") {
		t.Error("wide layout after a resize has no detail")
	}
}

func TestSearchBox(t *testing.T) {
	m := newModel(t, 120, 40, Options{})
	send(m, keys("/", "type:q")...)
	if m.search.Value() != "q" {
		t.Fatalf("q in the search box: value %q", m.search.Value())
	}
	send(m, keys("backspace")...)
	send(m, tea.PasteMsg{Content: "garcia\nharfuch\x1b[31m"})
	if got := m.search.Value(); got != "garcia harfuch␛[31m" {
		t.Fatalf("paste: value %q", got)
	}
	send(m, keys("backspace", "backspace", "backspace", "backspace", "backspace")...)
	if m.ctx.Query.Text != "garcia harfuch" || selected(m) != "omar-garcia-harfuch" {
		t.Fatalf("query %q selects %q", m.ctx.Query.Text, selected(m))
	}
	// j is text in the box; down moves to the results.
	send(m, keys("down")...)
	if m.search.Focused() {
		t.Fatal("down left the focus in the box")
	}
	send(m, keys("j")...)
	if selected(m) != "sheinbaum-administration" || m.search.Value() != "garcia harfuch" {
		t.Fatalf("j after the box: %q, query %q", selected(m), m.search.Value())
	}
	// ctrl+c quits even from the box.
	send(m, keys("/")...)
	_, cmd := m.Update(press("ctrl+c"))
	if cmd == nil || cmd() != tea.Quit() {
		t.Error("ctrl+c in the search box does not quit")
	}
	_, cmd = m.Update(press("q"))
	if cmd != nil {
		if _, quit := cmd().(tea.QuitMsg); quit {
			t.Error("q in the search box quits")
		}
	}
}

func TestSearchFolding(t *testing.T) {
	cases := []struct{ query, tab, first string }{
		{"tellez", "1", "lily-tellez"},
		{"TÉLLEZ", "1", "lily-tellez"},
		{"garcia harfuch", "1", "omar-garcia-harfuch"},
		{"harfuch garcia", "1", "omar-garcia-harfuch"},
		{"11600", "3", "fig-arrests"},
		{"5000", "3", "fig-firearms-seized"},
		{"5,000", "3", "fig-firearms-seized"},
	}
	for _, c := range cases {
		m := newModel(t, 120, 40, Options{})
		send(m, keys(c.tab, "/", "type:"+c.query, "enter")...)
		if got := selected(m); got != c.first {
			t.Errorf("%q: first %q, want %q", c.query, got, c.first)
		}
	}
	// The matched characters are highlighted, on the original letters.
	m := newModel(t, 120, 40, Options{})
	send(m, keys("/", "type:tellez")...)
	match := m.ctx.Styles.Match
	if !strings.Contains(m.View().Content, "T") || match.GetUnderline() == false {
		t.Fatal("no match style")
	}
	if !strings.Contains(m.View().Content, "4;38;2;255;196;92;48;2;46;46;74mTéllez") {
		t.Error("Téllez is not highlighted as a match in the selected row")
	}
}

func TestFilters(t *testing.T) {
	m := newModel(t, 120, 40, Options{})
	counts := func() string {
		var out []string
		for _, tb := range m.tabBar() {
			out = append(out, tb.Title+" "+itoa(tb.Count))
		}
		return strings.Join(out, ", ")
	}
	all := counts()
	// t, pick Public opinion (5th), apply.
	send(m, keys("t", "j", "j", "j", "j", "space", "enter")...)
	if got := m.ctx.Query.Topics; len(got) != 1 || got[0] != "public-opinion" {
		t.Fatalf("topics %v", got)
	}
	one := counts()
	if one == all || !strings.Contains(screen(m), "[topic: Public opinion]") {
		t.Fatalf("counts %s; status:\n%s", one, strings.Split(screen(m), "\n")[2])
	}
	// A second topic widens (any of them).
	send(m, keys("t", "j", "j", "j", "space", "enter")...)
	if len(m.ctx.Query.Topics) != 2 || m.actors.Len() <= countOf(one, "Actors") {
		t.Fatalf("two topics: %v, %d actors", m.ctx.Query.Topics, m.actors.Len())
	}
	// Search narrows further.
	send(m, keys("/", "type:reforma", "enter")...)
	if m.actors.Len() != 1 || selected(m) != "reforma" {
		t.Fatalf("search in topics: %d actors, %q", m.actors.Len(), selected(m))
	}
	// Source highlights only the spans of passing items.
	for _, h := range m.source.HighlightedItems() {
		if !m.ctx.Passes(h) {
			t.Fatalf("Source highlights %v, which does not pass", h)
		}
	}
	// esc: search box is closed already, so the search goes, then the
	// topics.
	send(m, keys("esc")...)
	if m.ctx.Query.Text != "" || len(m.ctx.Query.Topics) != 2 {
		t.Fatalf("first esc: %+v", m.ctx.Query)
	}
	send(m, keys("esc")...)
	if !m.ctx.Query.Empty() || counts() != all {
		t.Fatalf("second esc: %+v, %s", m.ctx.Query, counts())
	}
	// x clears everything at once.
	send(m, keys("t", "j", "space", "enter", "/", "type:zzz", "enter")...)
	if !strings.Contains(screen(m), "No actors match search “zzz” in topic Sovereignty.") ||
		!strings.Contains(screen(m), "x to clear every filter") {
		t.Fatalf("empty result does not say why:\n%s", screen(m))
	}
	send(m, keys("x")...)
	if !m.ctx.Query.Empty() || counts() != all || m.searchOpen {
		t.Fatalf("x: %+v", m.ctx.Query)
	}
}

func TestEscOrder(t *testing.T) {
	m := newModel(t, 120, 40, Options{Topics: []string{"cartels"}})
	send(m, keys("/", "type:sheinbaum", "enter", "enter", "?")...)
	steps := []func() bool{
		func() bool { return m.popup == noPopup && m.actors.DetailFocused() },
		func() bool { return !m.actors.DetailFocused() && m.ctx.Query.Text == "sheinbaum" },
		func() bool { return m.ctx.Query.Text == "" && len(m.ctx.Query.Topics) == 1 },
		func() bool { return m.ctx.Query.Empty() },
	}
	for i, ok := range steps {
		send(m, keys("esc")...)
		if !ok() {
			t.Fatalf("esc %d: popup %d focused %v query %+v", i+1, m.popup, m.actors.DetailFocused(), m.ctx.Query)
		}
	}
	// The search box gives up focus first and keeps the query.
	send(m, keys("/", "type:mexico", "esc")...)
	if m.search.Focused() || m.ctx.Query.Text != "mexico" {
		t.Fatalf("esc in the box: focused %v query %q", m.search.Focused(), m.ctx.Query.Text)
	}
}

func TestPrefilter(t *testing.T) {
	m := newModel(t, 120, 40, Options{Topics: []string{"crime-statistics"}, Search: "homicides"})
	if m.ctx.Query.Text != "homicides" || m.numbers.Len() == 0 || m.search.Focused() {
		t.Fatalf("prefilter: %+v, %d numbers", m.ctx.Query, m.numbers.Len())
	}
	for _, h := range m.ctx.Result.Hits(model.KindFigure) {
		if !strings.Contains(strings.ToLower(m.ctx.Data.Figures[h.Ref.Index].Label+m.ctx.Data.Figures[h.Ref.Index].Measure), "homicide") {
			t.Errorf("figure %s passes", m.ctx.Data.Figures[h.Ref.Index].ID)
		}
	}
	if !strings.Contains(screen(m), "/ homicides") || !strings.Contains(screen(m), "[topic: Crime statistics]") {
		t.Error("status line does not show the filters")
	}
}

func TestSource(t *testing.T) {
	m := newModel(t, 120, 40, Options{})
	// s on Firearms seized shows its words.
	send(m, keys("3", "/", "type:firearms", "enter", "j", "s")...)
	if m.active != tabSource || selected(m) != "fig-firearms-seized" {
		t.Fatalf("s: tab %d item %q", m.active, selected(m))
	}
	if !strings.Contains(m.View().Content, common.Paint(m.ctx.Styles.Current, "than 5,000 firearms")) {
		t.Error("the item's span is not emphasized")
	}
	send(m, keys("x")...)
	n := m.source.Len()
	send(m, keys("N")...)
	p := m.source.Position()
	send(m, keys("n")...)
	if m.source.Position() != p+1 {
		t.Errorf("n after N: %d, want %d", m.source.Position(), p+1)
	}
	// esc drops the emphasis; from the top, n goes to the first
	// highlight, and on through all of them.
	send(m, keys("esc", "g", "n")...)
	if m.source.Position() != 1 {
		t.Fatalf("n from the top: %d", m.source.Position())
	}
	for range n - 1 {
		send(m, keys("n")...)
	}
	if m.source.Position() != n {
		t.Errorf("n %d times: at %d of %d", n, m.source.Position(), n)
	}
	send(m, keys("n")...)
	if m.source.Position() != 1 {
		t.Errorf("n past the last highlight goes to %d, want 1", m.source.Position())
	}
	// enter on a highlight opens its item in its tab.
	send(m, keys("enter")...)
	if m.active != tabActors || selected(m) != "pan" {
		t.Errorf("enter in Source: tab %d item %q", m.active, selected(m))
	}
}

func TestTheme(t *testing.T) {
	m := newModel(t, 120, 40, Options{Theme: ThemeAuto})
	if cmd := m.Init(); cmd == nil {
		t.Fatal("auto theme does not ask for the background")
	}
	if !m.ctx.Styles.IsDark {
		t.Fatal("auto theme does not start dark")
	}
	darkView := m.View().Content
	send(m, light)
	if m.ctx.Styles.IsDark || m.View().Content == darkView {
		t.Fatal("light background did not restyle")
	}
	send(m, dark)
	if m.View().Content != darkView {
		t.Fatal("dark again does not match")
	}
	m = newModel(t, 120, 40, Options{Theme: ThemeLight})
	if m.Init() != nil || m.ctx.Styles.IsDark {
		t.Fatal("light theme asks the terminal or is dark")
	}
	send(m, dark)
	if m.ctx.Styles.IsDark {
		t.Fatal("a fixed theme followed the terminal")
	}
	m = newModel(t, 120, 40, Options{Theme: "", Environ: []string{"DOSSIER_THEME=light"}})
	_ = m // Theme "" becomes dark in newModel; check resolve directly.
	o := Options{Data: m.ctx.Data, Environ: []string{"DOSSIER_THEME=light"}}
	if s, err := o.resolve(); err != nil || s.theme != ThemeLight {
		t.Errorf("DOSSIER_THEME: %+v %v", s, err)
	}
	if _, err := (Options{Data: m.ctx.Data, Theme: "pink"}).resolve(); err == nil {
		t.Error("unknown theme accepted")
	}
}

func TestNoColor(t *testing.T) {
	for _, o := range []Options{{NoColor: true}, {Environ: []string{"NO_COLOR=1"}}} {
		m := newModel(t, 120, 40, o)
		send(m, keys("/", "type:tellez")...)
		v := m.View().Content
		if strings.Contains(v, "38;") || strings.Contains(v, "48;") {
			t.Errorf("colour in a no-colour view (%+v)", o.Environ)
		}
		// Selection and matches still show, by attribute.
		if !strings.Contains(v, "\x1b[7m") || !strings.Contains(v, "\x1b[1;4;7m") {
			t.Errorf("no reverse-video selection or match without colour")
		}
	}
}

// TestNoPanic resizes every state from 1x1 up.
func TestNoPanic(t *testing.T) {
	states := [][]string{nil, {"enter"}, {"2", "enter"}, {"3", "j", "enter"}, {"4", "n"}, {"?"}, {"t"}, {"c"}, {"c", "7"}, {"/", "type:zzz"}}
	for _, st := range states {
		m := newModel(t, 120, 40, Options{})
		send(m, keys(st...)...)
		for w := 1; w <= 130; w += 7 {
			for h := 1; h <= 45; h += 6 {
				send(m, tea.WindowSizeMsg{Width: w, Height: h})
				v := m.View().Content
				lines := strings.Split(v, "\n")
				if len(lines) > h {
					t.Fatalf("%v at %dx%d: %d lines", st, w, h, len(lines))
				}
				for _, l := range lines {
					if n := len([]rune(stripANSI(l))); n > w && w >= minWidth {
						t.Fatalf("%v at %dx%d: line of %d cells", st, w, h, n)
					}
				}
				send(m, keys("j", "k")...)
			}
		}
	}
	m := newModel(t, 59, 19, Options{})
	if !strings.Contains(screen(m), "Terminal too small") {
		t.Error("no message below 60x20")
	}
}

func countOf(counts, title string) int {
	for _, part := range strings.Split(counts, ", ") {
		if n, ok := strings.CutPrefix(part, title+" "); ok {
			v := 0
			for _, r := range n {
				v = v*10 + int(r-'0')
			}
			return v
		}
	}
	return -1
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

// Under 90 columns the info line takes the last row of the Source tab: G
// still shows the article's last line, and every highlight n or s lands
// on is in sight.
func TestSourceNarrowTextHeight(t *testing.T) {
	m := newModel(t, 80, 24, Options{})
	send(m, keys("4", "G")...)
	words := strings.Fields(m.ctx.Data.Story.Text)
	tail := strings.Join(words[len(words)-2:], " ")
	if !strings.Contains(screen(m), tail) {
		t.Fatalf("G at 80x24 does not show the last line (%q):\n%s", tail, screen(m))
	}
	current, _, _ := strings.Cut(common.Paint(m.ctx.Styles.Current, "x"), "x")
	send(m, keys("g")...)
	for i := range m.source.Len() {
		send(m, keys("n")...)
		if !strings.Contains(m.View().Content, current) {
			t.Fatalf("n: highlight %d of %d is out of sight:\n%s", i+1, m.source.Len(), screen(m))
		}
	}
	// pgdown pages by the rows of text shown, so no line is skipped.
	send(m, keys("esc", "g")...)
	before := strings.Split(screen(m), "\n")
	send(m, keys("pgdown")...)
	after := strings.Split(screen(m), "\n")
	last := before[len(before)-3] // above the info line and the footer
	if strings.TrimSpace(last) != "" && after[3] != last {
		t.Errorf("pgdown: the last line of text %q is not the first of the next page %q", last, after[3])
	}
}

// A resize keeps the keys on what is drawn: a focused detail stays shown
// (in place of the list when narrow), and the list that is shown has the
// keys.
func TestResizeKeepsFocusShown(t *testing.T) {
	m := newModel(t, 120, 40, Options{})
	send(m, keys("enter")...)
	if !m.actors.DetailFocused() {
		t.Fatal("enter did not focus the detail")
	}
	send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	s := screen(m)
	if m.actors.DetailFocused() && !strings.Contains(s, "Role         Senator") {
		t.Fatalf("narrowed with the detail focused, but the list is drawn:\n%s", s)
	}
	// esc goes back to the list, which then has the keys.
	send(m, keys("esc", "j")...)
	if m.actors.DetailFocused() || selected(m) != "claudia-sheinbaum" {
		t.Fatalf("after esc, j: detail focused %v, item %q", m.actors.DetailFocused(), selected(m))
	}
	// Opened narrow, then widened: detail beside the list, still focused,
	// and esc leaves it at once.
	send(m, keys("enter")...)
	send(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	if !m.actors.DetailFocused() || !strings.Contains(screen(m), "Claudia Sheinbaum") {
		t.Fatalf("widened: detail focused %v\n%s", m.actors.DetailFocused(), screen(m))
	}
	send(m, keys("esc")...)
	send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	if strings.Contains(screen(m), "Role         ") {
		t.Fatalf("esc after widening, then narrowed: detail still open\n%s", screen(m))
	}
}

// TestSourceEnterOnQuoteOrClaim: quotes and claims have no list of their
// own, so enter on their words in Source goes to who said or claimed
// them, in Actors.
func TestSourceEnterOnQuoteOrClaim(t *testing.T) {
	for _, kind := range []model.Kind{model.KindQuote, model.KindClaim} {
		m := newModel(t, 120, 40, Options{})
		send(m, keys("4", "g")...)
		var r model.Ref
		for range m.source.Len() {
			send(m, keys("n")...)
			if r, _ = m.activeTab().Current(); r.Kind == kind {
				break
			}
		}
		if r.Kind != kind {
			t.Fatalf("no %s among the highlights", kind)
		}
		want := m.ctx.Links.QuoteSpeaker
		if kind == model.KindClaim {
			want = m.ctx.Links.ClaimActor
		}
		send(m, keys("enter")...)
		if m.active != tabActors || selected(m) != m.ctx.Data.Actors[want[r.Index]].ID {
			t.Errorf("enter on %s %s: tab %d item %q", kind, m.ctx.Data.ID(r), m.active, selected(m))
		}
	}
	// With nothing current, enter says so.
	m := newModel(t, 120, 40, Options{})
	send(m, keys("4", "enter")...)
	if m.active != tabSource || !strings.Contains(screen(m), "n/N picks a highlight") {
		t.Errorf("enter with no highlight: tab %d, toast %q", m.active, m.toast)
	}
}

// TestFullHelpScrolls: at the smallest size every binding of the full
// help can be reached, by j/k, pgup/pgdown and g/G, and no column is cut.
func TestFullHelpScrolls(t *testing.T) {
	m := newModel(t, 60, 20, Options{})
	send(m, keys("?")...)
	seen := screen(m)
	for range 30 {
		send(m, keys("j")...)
		seen += screen(m)
	}
	for _, g := range helpGroups(m.ctx.Keys) {
		for _, b := range g.keys {
			if h := b.Help(); !strings.Contains(seen, h.Desc) {
				t.Errorf("%s %q (%s) never shown at 60x20", g.title, h.Desc, h.Key)
			}
		}
	}
	if strings.Contains(seen, "…") {
		t.Errorf("a column is cut:\n%s", seen)
	}
	// G shows the end, k goes back one line at once, g the top.
	send(m, keys("G")...)
	end := m.helpTop
	if !strings.Contains(screen(m), "esc closes this help") {
		t.Fatalf("G does not show the end:\n%s", screen(m))
	}
	send(m, keys("k")...)
	if m.helpTop != end-1 {
		t.Errorf("k after G: top %d, want %d", m.helpTop, end-1)
	}
	send(m, keys("pgup", "pgup", "g")...)
	if m.helpTop != 0 || !strings.Contains(screen(m), "Keys") {
		t.Errorf("g: top %d", m.helpTop)
	}
}

// TestViewIsPure: drawing changes nothing; the shown text's scroll
// position is kept in range by the keys, so one k after G scrolls back a
// line even when nothing was drawn in between.
func TestViewIsPure(t *testing.T) {
	m := newModel(t, 60, 20, Options{})
	send(m, keys("3", "c", "7")...) // show the chart's texts on screen
	if m.popup != textPopup {
		t.Fatalf("popup %v", m.popup)
	}
	send(m, keys("G", "k")...)
	top := m.textTop
	lines, rows := m.textLines()
	if top != len(lines)-rows-1 {
		t.Errorf("G, k: top %d, want %d", top, len(lines)-rows-1)
	}
	first := m.View().Content
	if m.textTop != top || m.View().Content != first {
		t.Errorf("View moved the text: top %d, was %d", m.textTop, top)
	}
	// A resize clamps too.
	send(m, keys("G")...)
	send(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	lines, rows = m.textLines()
	if want := max(0, len(lines)-rows); m.textTop != want {
		t.Errorf("after a resize: top %d, want %d", m.textTop, want)
	}
}
