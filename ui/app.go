// Package ui is dossier's interactive explorer: a Bubble Tea program with
// four tabs (Actors, Timeline, Numbers, Source) over one story, filtered
// by topics and search, with copy to clipboard.
//
// This file is the root model. It routes: global messages first (size,
// background colour, toasts, jumps), then, when the search box has focus,
// every key to it; then popups; then global keys; then the active tab
// only. The tabs (ui/actors, ui/timeline, ui/numbers, ui/source) hold
// their own logic; shared state is the *common.Context.
package ui

import (
	"context"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/actors"
	"github.com/dossier-dev/dossier/ui/clipboard"
	"github.com/dossier-dev/dossier/ui/common"
	"github.com/dossier-dev/dossier/ui/components/copymenu"
	"github.com/dossier-dev/dossier/ui/components/search"
	"github.com/dossier-dev/dossier/ui/components/topics"
	"github.com/dossier-dev/dossier/ui/numbers"
	"github.com/dossier-dev/dossier/ui/source"
	"github.com/dossier-dev/dossier/ui/timeline"
)

// tab is what the root needs of a tab. Children render strings; only the
// root returns a tea.View.
type tab interface {
	Title() string
	SetSize(w, h int)
	Refilter()
	Restyle()
	Update(tea.Msg) tea.Cmd
	View() string
	Len() int
	Current() (model.Ref, bool)
	Select(model.Ref) bool
	Back() bool
	DetailFocused() bool
	Help() []key.Binding
	Plain() (string, []string)
}

// The tabs, in order.
const (
	tabActors = iota
	tabTimeline
	tabNumbers
	tabSource
)

// popup is the open popup, if any.
type popup int

const (
	noPopup popup = iota
	helpPopup
	topicsPopup
	copyPopup
	textPopup
)

// Model is the explorer's root model.
type Model struct {
	ctx    *common.Context
	runCtx context.Context
	set    settings
	runner clipboard.Runner

	actors   *actors.Model
	timeline *timeline.Model
	numbers  *numbers.Model
	source   *source.Model
	tabs     []tab
	active   int

	search     search.Model
	searchOpen bool
	popup      popup
	topics     *topics.Model
	copyMenu   *copymenu.Model
	shownText  string // "show on screen"
	textTop    int    // its scroll position
	helpTop    int    // the full help's scroll position
	help       help.Model

	mouse    bool
	canOSC52 bool

	toast     string
	toastWarn bool
	toastID   int
	copyID    int

	plain *plainState
	eof   *eofReader // plain mode reading keys from a pipe
}

// New builds an explorer. It fails on options it cannot honour (an
// unknown theme or clipboard mode).
func New(opts Options) (*Model, error) {
	set, err := opts.resolve()
	if err != nil {
		return nil, err
	}
	s := opts.Searcher
	if s == nil {
		s = model.NewSearcher(opts.Data)
	}
	ctx := &common.Context{
		Data:     opts.Data,
		Searcher: s,
		Links:    common.NewLinks(opts.Data, s),
		Keys:     common.DefaultKeyMap(),
		Styles:   common.NewStyles(set.theme != ThemeLight, set.noColor),
		Plain:    opts.Plain,
		Width:    80,
		Height:   24,
	}
	m := &Model{
		ctx:      ctx,
		runCtx:   context.Background(),
		set:      set,
		runner:   opts.Runner,
		mouse:    !opts.NoMouse && !opts.Plain,
		canOSC52: true,
		help:     help.New(),
	}
	if m.runner == nil {
		m.runner = clipboard.ExecRunner{}
	}
	m.help.Styles = ctx.Styles.Help
	m.actors = actors.New(ctx)
	m.timeline = timeline.New(ctx)
	m.numbers = numbers.New(ctx)
	m.source = source.New(ctx)
	m.tabs = []tab{m.actors, m.timeline, m.numbers, m.source}
	m.topics = topics.New(ctx)
	m.copyMenu = copymenu.New(ctx)
	if opts.Search != "" {
		m.search.SetValue(opts.Search)
		m.searchOpen = true
	}
	ctx.Refilter(model.Query{Topics: append([]string(nil), opts.Topics...), Text: m.search.Value()})
	for _, t := range m.tabs {
		t.Refilter()
	}
	if opts.Width > 0 && opts.Height > 0 {
		ctx.Width, ctx.Height = opts.Width, opts.Height
	}
	m.layout(ctx.Width, ctx.Height)
	if opts.Plain {
		m.plain = newPlainState(opts.Output)
	}
	return m, nil
}

// Init asks the terminal for its background colour when the theme is
// auto (and colours are on: without them the answer changes nothing). The
// answer may never come (some terminals ignore the query, and
// no query is sent without input): the explorer starts dark and never
// waits for it.
func (m *Model) Init() tea.Cmd {
	if m.set.theme == ThemeAuto && !m.ctx.Plain && !m.set.noColor {
		return tea.RequestBackgroundColor
	}
	return nil
}

func (m *Model) activeTab() tab { return m.tabs[m.active] }

// Update routes a message; see the package comment for the order.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmd := m.update(msg)
	if m.plain != nil {
		if p := m.narrate(); p != nil {
			cmd = tea.Batch(cmd, p)
		}
	}
	return m, cmd
}

func (m *Model) update(msg tea.Msg) tea.Cmd {
	// Global messages first.
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.layout(msg.Width, msg.Height)
		return nil
	case tea.BackgroundColorMsg:
		if m.set.theme == ThemeAuto && msg.Color != nil {
			m.restyle(msg.IsDark())
		}
		return nil
	case toastExpiredMsg:
		if msg.id == m.toastID {
			m.toast = ""
		}
		return nil
	case common.ToastMsg:
		return m.showToast(msg.Text, msg.Warn)
	case copyDoneMsg:
		return m.copyDone(msg)
	case common.JumpMsg:
		return m.jump(msg.Ref)
	case common.SourceMsg:
		return m.showSource(msg.Ref)
	case tea.PasteMsg:
		if m.search.Focused() {
			m.searchChanged(m.search.Update(msg))
		}
		return nil
	case tea.KeyPressMsg:
		return m.updateKey(msg)
	case tea.MouseMsg:
		return m.updateMouse(msg)
	}
	return nil
}

// layout sizes everything for a terminal of w x h.
func (m *Model) layout(w, h int) {
	m.ctx.Width, m.ctx.Height = w, h
	bw, bh := w, max(h-bodyTop-1, 1)
	for _, t := range m.tabs {
		t.SetSize(bw, bh)
	}
	m.help.SetWidth(max(w-2, 1))
	m.clampScroll()
}

// restyle rebuilds every style for a new background.
func (m *Model) restyle(isDark bool) {
	m.ctx.Styles = common.NewStyles(isDark, m.set.noColor)
	m.help.Styles = m.ctx.Styles.Help
	for _, t := range m.tabs {
		t.Restyle()
	}
}

// setQuery applies new filters to every tab.
func (m *Model) setQuery(q model.Query) {
	m.ctx.Refilter(q)
	for _, t := range m.tabs {
		t.Refilter()
	}
}

func (m *Model) searchChanged(changed bool) {
	if changed {
		m.setQuery(model.Query{Topics: m.ctx.Query.Topics, Text: m.search.Value()})
	}
}

// tabFor returns the tab that lists an item's kind.
func tabFor(k model.Kind) int {
	switch k {
	case model.KindActor:
		return tabActors
	case model.KindEvent:
		return tabTimeline
	case model.KindFigure, model.KindSeries:
		return tabNumbers
	}
	return tabSource
}

// jump shows an item in its tab (from a link in a detail pane).
func (m *Model) jump(r model.Ref) tea.Cmd {
	t := tabFor(r.Kind)
	if t == tabSource {
		return m.showSource(r)
	}
	if !m.tabs[t].Select(r) {
		return m.showToast(common.Safe(common.Clip(m.ctx.Data.Title(r), 40))+" is hidden by the filters · x clears them", true)
	}
	m.active = t
	return nil
}

// showSource shows an item's evidence in the Source tab.
func (m *Model) showSource(r model.Ref) tea.Cmd {
	if !m.ctx.Passes(r) {
		return m.showToast(common.Safe(common.Clip(m.ctx.Data.Title(r), 40))+" is hidden by the filters · x clears them", true)
	}
	if !m.source.Show(r) {
		why := "it cites no words of the article"
		if r.Kind == model.KindSeries {
			why = "a chart has no words of its own; its figures do"
		}
		return m.showToast("No evidence to show: "+why, true)
	}
	m.active = tabSource
	return nil
}
