package ui

import (
	"io"
	"os"
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"
	"github.com/dossier-dev/dossier/ui/common"
	"github.com/dossier-dev/dossier/ui/components/tabs"
)

// Plain mode (--plain) draws no screen. After every message the root
// describes its state as a few named blocks of plain text (the tabs, the
// filters, the selection, the open popup...) and prints the blocks that
// changed since the last message. So every action prints its result, as
// lines appended one after another: a screen reader reads them as they
// come, and a log keeps them. Nothing is styled: no colour, no box
// drawing, no cursor movement.

// plainState remembers what was printed.
type plainState struct {
	printer *printer
	last    map[string]string
}

func newPlainState(w io.Writer) *plainState {
	if w == nil {
		w = os.Stdout
	}
	return &plainState{printer: newPrinter(w, "\n"), last: map[string]string{}}
}

// block is one named part of the narration.
type block struct {
	name  string
	lines []string
}

// blocks describes the explorer's state, in print order.
func (m *Model) blocks() []block {
	var out []block
	add := func(name string, lines ...string) { out = append(out, block{name, lines}) }
	add("title", "dossier: "+common.Safe(m.ctx.Data.Story.Title), "Press ? for the keys, q to quit.")
	add("tabs", tabs.Plain(m.tabBar(), m.active))
	if f := m.ctx.FilterWords(); f != "" {
		add("filters", "Filters: "+f+" (esc backs out one at a time, x clears all)")
	} else {
		add("filters", "Filters: none")
	}
	if m.search.Focused() {
		add("searchbox", "Search box open: type the query; enter or down goes to the results.")
	} else {
		add("searchbox")
	}
	switch m.popup {
	case helpPopup:
		add("popup", plainHelp(m.ctx.Keys)...)
		add("cursor")
	case topicsPopup:
		all, cur := m.topics.Plain()
		add("popup", all...)
		add("cursor", cur)
	case copyPopup:
		all, cur := m.copyMenu.Plain()
		add("popup", all...)
		add("cursor", cur)
	case textPopup:
		add("popup", append([]string{"Text to copy by hand:"}, strings.Split(m.shownText, "\n")...)...)
		add("cursor")
	default:
		add("popup")
		add("cursor")
		sel, detail := m.activeTab().Plain()
		add("selection", m.activeTab().Title()+": "+sel)
		add("detail", detail...)
		if lk, ok := m.activeTab().(interface{ PlainLink() string }); ok {
			add("link", lk.PlainLink())
		}
	}
	if m.toast != "" {
		add("toast", m.toast)
	} else {
		add("toast")
	}
	return out
}

// narrate prints the blocks that changed.
func (m *Model) narrate() tea.Cmd {
	p := m.plain
	blocks := m.blocks()
	for _, b := range blocks {
		if len(b.lines) == 0 && (b.name == "detail" || b.name == "popup") && p.last[b.name] != "" {
			// Something closed: say again where the reader is.
			delete(p.last, "selection")
		}
	}
	var lines []string
	for _, b := range blocks {
		text := strings.Join(b.lines, "\n")
		if p.last[b.name] == text {
			continue
		}
		p.last[b.name] = text
		for _, l := range b.lines {
			if l != "" {
				lines = append(lines, l)
			}
		}
	}
	if len(lines) == 0 {
		return nil
	}
	// The lines are queued here, in the order of the messages, and
	// written by a command: no I/O in Update, and nothing reordered by
	// commands running side by side. Run writes what is left when the
	// program ends, so the last action's lines are never lost.
	p.printer.enqueue(strings.Join(lines, "\n"))
	pr := p.printer
	return func() tea.Msg {
		pr.flush()
		return printedMsg{}
	}
}

// printer writes queued texts, in order, to the output.
type printer struct {
	mu    sync.Mutex
	w     io.Writer
	nl    string
	queue []string
}

func newPrinter(w io.Writer, nl string) *printer {
	return &printer{w: w, nl: nl}
}

func (p *printer) enqueue(text string) {
	p.mu.Lock()
	p.queue = append(p.queue, text)
	p.mu.Unlock()
}

// flush writes every queued text.
func (p *printer) flush() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, t := range p.queue {
		_, _ = io.WriteString(p.w, strings.ReplaceAll(t, "\n", p.nl)+p.nl)
	}
	p.queue = p.queue[:0]
}
