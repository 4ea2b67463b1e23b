package search

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

func typeText(m *Model, s string) {
	for _, r := range s {
		m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func TestEditing(t *testing.T) {
	var m Model
	m.Focus()
	typeText(&m, "q garcia")
	if m.Value() != "q garcia" {
		t.Fatalf("typed %q", m.Value())
	}
	m.Update(tea.KeyPressMsg{Code: 'w', Mod: tea.ModCtrl})
	if m.Value() != "q " {
		t.Fatalf("ctrl+w: %q", m.Value())
	}
	m.Update(tea.KeyPressMsg{Code: tea.KeyHome})
	m.Update(tea.KeyPressMsg{Code: tea.KeyDelete})
	if m.Value() != " " {
		t.Fatalf("home, delete: %q", m.Value())
	}
	m.Update(tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
	if m.Value() != " " {
		t.Fatalf("ctrl+u at the start: %q", m.Value())
	}
	m.Update(tea.KeyPressMsg{Code: tea.KeyEnd})
	m.Update(tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
	if m.Value() != "" {
		t.Fatalf("ctrl+u at the end: %q", m.Value())
	}
	// alt+letter is not text.
	if m.Update(tea.KeyPressMsg{Code: 'x', Text: "x", Mod: tea.ModAlt}) {
		t.Error("alt+x typed")
	}
}

func TestPaste(t *testing.T) {
	var m Model
	m.Focus()
	m.Update(tea.PasteMsg{Content: "téllez\n\x1b]52;c;eA==\x07 \u202eevil"})
	if got := m.Value(); got != "téllez ␛]52;c;eA==␇ evil" {
		t.Errorf("paste: %q", got)
	}
	long := make([]byte, 5000)
	for i := range long {
		long[i] = 'a'
	}
	m.Update(tea.PasteMsg{Content: string(long)})
	if n := len([]rune(m.Value())); n != MaxLen {
		t.Errorf("length after a long paste: %d", n)
	}
}
