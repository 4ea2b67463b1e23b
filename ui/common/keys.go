package common

import "charm.land/bubbles/v2/key"

// KeyMap is every key the explorer answers to. The help views (short
// footer and full `?` screen) are generated from it, so what the help
// says is what the keys do.
type KeyMap struct {
	Quit, Help                   key.Binding
	NextTab, PrevTab             key.Binding
	Tab1, Tab2, Tab3, Tab4       key.Binding
	Up, Down, PageUp, PageDown   key.Binding
	Home, End                    key.Binding
	Open, Back                   key.Binding
	Search, Topics, ClearAll     key.Binding
	ToSource, NextHit, PrevHit   key.Binding
	Copy, CopyCited, CopyMenu    key.Binding
	Mouse                        key.Binding
	Toggle, Apply, Cancel        key.Binding
	SearchDone                   key.Binding
	PopupUp, PopupDown, PopupTop key.Binding
}

// DefaultKeyMap returns the explorer's keys (rebinding is not offered).
func DefaultKeyMap() KeyMap {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	k := func(keys ...string) []string { return keys }
	return KeyMap{
		Quit:      b(k("q", "ctrl+c"), "q", "quit"),
		Help:      b(k("?"), "?", "help"),
		NextTab:   b(k("tab"), "tab", "next tab"),
		PrevTab:   b(k("shift+tab"), "shift+tab", "previous tab"),
		Tab1:      b(k("1"), "1-4", "go to tab"),
		Tab2:      b(k("2"), "2", "timeline"),
		Tab3:      b(k("3"), "3", "numbers"),
		Tab4:      b(k("4"), "4", "source"),
		Up:        b(k("k", "up"), "↑/k", "up"),
		Down:      b(k("j", "down"), "↓/j", "down"),
		PageUp:    b(k("pgup"), "pgup", "page up"),
		PageDown:  b(k("pgdown"), "pgdn", "page down"),
		Home:      b(k("home", "g"), "g/home", "first"),
		End:       b(k("end", "G"), "G/end", "last"),
		Open:      b(k("enter", "right", "l"), "enter/→/l", "open"),
		Back:      b(k("esc", "left", "h"), "esc/←/h", "back"),
		Search:    b(k("/"), "/", "search"),
		Topics:    b(k("t"), "t", "topics"),
		ClearAll:  b(k("x"), "x", "clear filters"),
		ToSource:  b(k("s"), "s", "show in source"),
		NextHit:   b(k("n"), "n", "next highlight"),
		PrevHit:   b(k("N"), "N", "previous highlight"),
		Copy:      b(k("y"), "y", "copy"),
		CopyCited: b(k("Y"), "Y", "copy cited"),
		CopyMenu:  b(k("c"), "c", "copy menu"),
		Mouse:     b(k("m"), "m", "mouse on/off"),
		Toggle:    b(k("space"), "space", "toggle"),
		Apply:     b(k("enter"), "enter", "apply"),
		Cancel:    b(k("esc"), "esc", "close"),
		// While the search box has focus only these keys are not text.
		SearchDone: b(k("enter", "down"), "enter/↓", "to results"),
		PopupUp:    b(k("k", "up"), "↑/k", "up"),
		PopupDown:  b(k("j", "down"), "↓/j", "down"),
		PopupTop:   b(k("home", "g"), "g", "first"),
	}
}
