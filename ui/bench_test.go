package ui_test

import (
	"fmt"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/dossier-dev/dossier/internal/synth"
	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui"
)

// The explorer's per-frame costs over synthetic datasets of 1k, 10k and
// 100k items: what one key costs in Update plus the View of the frame it
// leads to. The Update+View of a keystroke should stay within 2 ms at
// 100k items (issue 4); rendering draws only visible rows, so View alone
// should cost the same at every size.

// typed is the search the keystroke benchmarks type, one key at a time: a
// surname the synthetic data holds with and without its accent.
const typed = "garcia"

var (
	searchersMu sync.Mutex
	searchers   = map[int]*model.Searcher{}
)

// searcher returns the validated synthetic dataset of n items with its
// index, built once per size: the explorers of every benchmark share it,
// as the SSH server's sessions do.
func searcher(b *testing.B, n int) *model.Searcher {
	b.Helper()
	searchersMu.Lock()
	defer searchersMu.Unlock()
	if s, ok := searchers[n]; ok {
		return s
	}
	d, err := synth.Cached(n)
	if err != nil {
		b.Fatal(err)
	}
	if problems := model.Validate(d); len(problems) > 0 {
		b.Fatal(problems[0])
	}
	s := model.NewSearcher(d)
	searchers[n] = s
	return s
}

// perSize runs f as one sub-benchmark per dataset size. The data is made
// inside the sub-benchmark, so that -bench selecting one size does not
// generate the others.
func perSize(b *testing.B, f func(b *testing.B, s *model.Searcher)) {
	for _, n := range synth.BenchSizes {
		b.Run(fmt.Sprintf("items=%d", n), func(b *testing.B) { f(b, searcher(b, n)) })
	}
}

// explorer builds an explorer on a 120x40 terminal, as the end-to-end
// benchmark runs it.
func explorer(b *testing.B, s *model.Searcher) *ui.Model {
	b.Helper()
	m, err := ui.New(ui.Options{Data: s.Dataset(), Searcher: s, Theme: ui.ThemeDark, Clipboard: "off"})
	if err != nil {
		b.Fatal(err)
	}
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	return m
}

func press(m *ui.Model, keys ...tea.KeyPressMsg) {
	for _, k := range keys {
		m.Update(k)
	}
}

func text(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Text: string(r)} }

var (
	backspace = tea.KeyPressMsg{Code: tea.KeyBackspace}
	tabKey    = tea.KeyPressMsg{Code: tea.KeyTab}
)

// frame is what a program does for a key: Update, then View on the next
// frame.
func frame(m *ui.Model, k tea.KeyPressMsg) {
	m.Update(k)
	_ = m.View()
}

// BenchmarkStart is the explorer's share of the first frame: building it
// over a loaded dataset and index (which it filters once, for the empty
// query), sizing it and drawing the screen.
func BenchmarkStart(b *testing.B) {
	perSize(b, func(b *testing.B, s *model.Searcher) {
		b.ReportAllocs()
		for b.Loop() {
			m := explorer(b, s)
			_ = m.View()
		}
	})
}

// BenchmarkSearchKey is one search keystroke: typing the k-th character of
// "garcia" after the first k-1, then drawing. Between iterations a
// backspace (untimed) goes back to the k-1 characters, so every iteration
// narrows the same result.
func BenchmarkSearchKey(b *testing.B) {
	perSize(b, func(b *testing.B, s *model.Searcher) {
		m := explorer(b, s)
		press(m, text('/'))
		for k := 1; k <= len(typed); k++ {
			b.Run(fmt.Sprintf("key=%d", k), func(b *testing.B) {
				if k > 1 {
					press(m, text(rune(typed[k-2])))
				}
				key := text(rune(typed[k-1]))
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					frame(m, key)
					b.StopTimer()
					press(m, backspace)
					_ = m.View()
					b.StartTimer()
				}
			})
		}
	})
}

// BenchmarkTabSwitch is Tab and the frame after it, cycling through the
// four tabs with no search.
func BenchmarkTabSwitch(b *testing.B) {
	perSize(b, func(b *testing.B, s *model.Searcher) {
		m := explorer(b, s)
		b.ReportAllocs()
		for b.Loop() {
			frame(m, tabKey)
		}
	})
}

// BenchmarkSourceResize is the Source tab at a width it has not been drawn
// at: the whole article is wrapped again (then cached for that width) and
// the visible lines drawn with their highlights. A new explorer per
// iteration (untimed) makes every width new.
func BenchmarkSourceResize(b *testing.B) {
	perSize(b, func(b *testing.B, s *model.Searcher) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			m := explorer(b, s)
			press(m, text('4'))
			b.StartTimer()
			m.Update(tea.WindowSizeMsg{Width: 100, Height: 40})
			_ = m.View()
		}
	})
}

// BenchmarkSourceScroll is a page down in the Source tab, at a width
// already wrapped: drawing should not depend on the article's length.
func BenchmarkSourceScroll(b *testing.B) {
	perSize(b, func(b *testing.B, s *model.Searcher) {
		m := explorer(b, s)
		press(m, text('4'))
		b.ReportAllocs()
		for b.Loop() {
			frame(m, tea.KeyPressMsg{Code: tea.KeyPgDown})
		}
	})
}
