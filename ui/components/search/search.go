// Package search is the search box: a one-line editor that, while it has
// focus, takes every printable key and every paste as query text (so `q`
// types a q). The root gives it every key first while it is focused and
// keeps only enter, down, esc and ctrl+c for itself.
package search

import (
	"strings"
	"unicode"

	tea "charm.land/bubbletea/v2"
	"github.com/dossier-dev/dossier/ui/common"
	"github.com/dossier-dev/dossier/ui/safe"
)

// MaxLen caps the query, so a stray paste of a whole file stays harmless.
const MaxLen = 200

// Model is the search box.
type Model struct {
	value   []rune
	pos     int
	focused bool
}

// Value returns the query text.
func (m *Model) Value() string { return string(m.value) }

// SetValue replaces the query, with the cursor at its end.
func (m *Model) SetValue(s string) {
	m.value = []rune(clean(s))
	if len(m.value) > MaxLen {
		m.value = m.value[:MaxLen]
	}
	m.pos = len(m.value)
}

// Focus gives the box the keys; Blur takes them away.
func (m *Model) Focus() { m.focused = true; m.pos = len(m.value) }

// Blur takes the keys away; the query stays.
func (m *Model) Blur() { m.focused = false }

// Focused reports whether the box has the keys.
func (m *Model) Focused() bool { return m.focused }

// Update edits the query. It reports whether the text changed.
func (m *Model) Update(msg tea.Msg) bool {
	before := string(m.value)
	switch msg := msg.(type) {
	case tea.PasteMsg:
		m.insert(clean(msg.Content))
	case tea.KeyPressMsg:
		switch msg.String() {
		case "backspace", "ctrl+h":
			if m.pos > 0 {
				m.value = append(m.value[:m.pos-1], m.value[m.pos:]...)
				m.pos--
			}
		case "delete", "ctrl+d":
			if m.pos < len(m.value) {
				m.value = append(m.value[:m.pos], m.value[m.pos+1:]...)
			}
		case "left", "ctrl+b":
			m.pos = max(0, m.pos-1)
		case "right", "ctrl+f":
			m.pos = min(len(m.value), m.pos+1)
		case "home", "ctrl+a":
			m.pos = 0
		case "end", "ctrl+e":
			m.pos = len(m.value)
		case "ctrl+u":
			m.value = m.value[m.pos:]
			m.pos = 0
		case "ctrl+k":
			m.value = m.value[:m.pos]
		case "ctrl+w", "alt+backspace":
			i := m.pos
			for i > 0 && m.value[i-1] == ' ' {
				i--
			}
			for i > 0 && m.value[i-1] != ' ' {
				i--
			}
			m.value = append(m.value[:i], m.value[m.pos:]...)
			m.pos = i
		default:
			// Printable text, whatever key produced it: a q is a q.
			if msg.Text != "" && msg.Mod&(tea.ModCtrl|tea.ModAlt) == 0 {
				m.insert(clean(msg.Text))
			}
		}
	}
	return string(m.value) != before
}

func (m *Model) insert(s string) {
	r := []rune(s)
	if room := MaxLen - len(m.value); len(r) > room {
		r = r[:max(room, 0)]
	}
	v := make([]rune, 0, len(m.value)+len(r))
	v = append(v, m.value[:m.pos]...)
	v = append(v, r...)
	v = append(v, m.value[m.pos:]...)
	m.value = v
	m.pos += len(r)
}

// clean makes typed or pasted text one harmless line.
func clean(s string) string {
	s = safe.Line(s)
	return strings.Map(func(r rune) rune {
		if !unicode.IsPrint(r) && r != ' ' {
			return -1
		}
		return r
	}, s)
}

// View draws the box: a prompt, the query and, when focused, a cursor
// (reverse video, so it shows without colour).
func (m *Model) View(c *common.Context, width int) string {
	st := c.Styles
	prompt := st.Title.Render("/ ")
	if !m.focused {
		prompt = st.Muted.Render("/ ")
	}
	avail := max(width-3, 1)
	v := m.value
	start := 0
	if m.pos >= avail {
		start = m.pos - avail + 1
	}
	end := min(len(v), start+avail)
	var b strings.Builder
	b.WriteString(prompt)
	before := string(v[start:min(m.pos, end)])
	b.WriteString(st.Input.Render(before))
	if m.focused {
		cur := " "
		if m.pos < len(v) {
			cur = string(v[m.pos])
		}
		b.WriteString(st.Cursor.Render(cur))
		if m.pos+1 < end {
			b.WriteString(st.Input.Render(string(v[m.pos+1 : end])))
		}
	} else if m.pos < end {
		b.WriteString(st.Input.Render(string(v[m.pos:end])))
	}
	return b.String()
}
