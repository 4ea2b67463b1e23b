package common

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// Palette is the theme's semantic colour tokens. Components ask for a
// meaning ("muted", "match"), never for a colour, so the whole look
// changes here. A nil colour means "the terminal's own" (NO_COLOR).
type Palette struct {
	Text, Muted, Subtle, Accent  color.Color
	SelectedBg, SelectedFg       color.Color
	Match, Evidence, Current     color.Color
	Derived, Warn, Good          color.Color
	Support, Oppose, Unaccounted color.Color
}

// NewPalette returns the tokens for a dark or light background, or none
// at all when noColor is set.
func NewPalette(isDark, noColor bool) Palette {
	if noColor {
		return Palette{}
	}
	c := func(light, dark string) color.Color {
		return lipgloss.LightDark(isDark)(lipgloss.Color(light), lipgloss.Color(dark))
	}
	return Palette{
		Text:        c("#1C1C24", "#E4E4EA"),
		Muted:       c("#5F5F6E", "#9A9AAA"),
		Subtle:      c("#C8C8D2", "#44444F"),
		Accent:      c("#3F3FB8", "#8C8CFF"),
		SelectedBg:  c("#E3E3FA", "#2E2E4A"),
		SelectedFg:  c("#16166B", "#FFFFFF"),
		Match:       c("#9A4A00", "#FFC45C"),
		Evidence:    c("#6B4E00", "#E8CF8A"),
		Current:     c("#A01E5A", "#FF8FC0"),
		Derived:     c("#6A2FB0", "#C9A2FF"),
		Warn:        c("#B42318", "#FF7A6B"),
		Good:        c("#1E6B3A", "#6FD39A"),
		Support:     c("#1F5FBF", "#6AA8FF"),
		Oppose:      c("#B5470B", "#FF9966"),
		Unaccounted: c("#777783", "#8C8C99"),
	}
}

// Styles are every style the explorer draws with, built from one palette.
// Meaning never rests on colour alone: each style that marks something
// also has an attribute (bold, underline, reverse) or goes with a marker
// or a word, so NO_COLOR and monochrome terminals lose nothing.
type Styles struct {
	IsDark  bool
	NoColor bool
	Palette Palette

	Text, Muted, Subtle, Bold lipgloss.Style
	Title, Heading            lipgloss.Style

	TabActive, TabInactive, TabCount lipgloss.Style
	Rule                             lipgloss.Style

	Selected, SelectedMuted lipgloss.Style
	SelectedMatch           lipgloss.Style
	Match                   lipgloss.Style // search hits inside text
	Evidence, Current       lipgloss.Style // evidence spans in Source
	Derived, Warn, Good     lipgloss.Style

	Chip, ChipKey lipgloss.Style
	Popup         lipgloss.Style
	Link, LinkOn  lipgloss.Style
	Label         lipgloss.Style
	Toast         lipgloss.Style
	Input         lipgloss.Style
	Cursor        lipgloss.Style

	Chart map[string]lipgloss.Style

	Help help.Styles
}

// NewStyles builds the styles for a dark or light background. With
// noColor, every style keeps its attributes and drops its colours.
func NewStyles(isDark, noColor bool) *Styles {
	p := NewPalette(isDark, noColor)
	ns := lipgloss.NewStyle
	fg := func(s lipgloss.Style, c color.Color) lipgloss.Style {
		if c == nil {
			return s
		}
		return s.Foreground(c)
	}
	bg := func(s lipgloss.Style, c color.Color) lipgloss.Style {
		if c == nil {
			return s
		}
		return s.Background(c)
	}
	s := &Styles{IsDark: isDark, NoColor: noColor, Palette: p}
	s.Text = fg(ns(), p.Text)
	s.Muted = fg(ns(), p.Muted)
	s.Subtle = fg(ns(), p.Subtle)
	s.Bold = fg(ns().Bold(true), p.Text)
	s.Title = fg(ns().Bold(true), p.Accent)
	s.Heading = fg(ns().Bold(true), p.Muted)
	s.TabActive = fg(ns().Bold(true).Underline(true), p.Accent)
	s.TabInactive = fg(ns(), p.Muted)
	s.TabCount = fg(ns(), p.Muted)
	s.Rule = fg(ns(), p.Subtle)
	if noColor {
		// Reverse video is the one highlight every terminal has.
		s.Selected = ns().Reverse(true)
		s.SelectedMuted = ns().Reverse(true)
	} else {
		s.Selected = bg(fg(ns().Bold(true), p.SelectedFg), p.SelectedBg)
		s.SelectedMuted = bg(fg(ns(), p.Muted), p.SelectedBg)
	}
	s.Match = fg(ns().Bold(true).Underline(true), p.Match)
	s.SelectedMatch = bg(s.Match, p.SelectedBg)
	if noColor {
		s.SelectedMatch = ns().Reverse(true).Bold(true).Underline(true)
	}
	s.Evidence = fg(ns().Underline(true), p.Evidence)
	s.Current = fg(ns().Reverse(true).Bold(true), p.Current)
	s.Derived = fg(ns().Italic(true), p.Derived)
	s.Warn = fg(ns().Bold(true), p.Warn)
	s.Good = fg(ns(), p.Good)
	s.Chip = fg(ns(), p.Accent)
	s.ChipKey = fg(ns().Bold(true), p.Text)
	s.Popup = fg(ns().Border(lipgloss.RoundedBorder()).Padding(0, 1), p.Text)
	if p.Accent != nil {
		s.Popup = s.Popup.BorderForeground(p.Accent)
	}
	s.Link = fg(ns(), p.Text)
	s.LinkOn = s.Selected
	s.Label = fg(ns(), p.Muted)
	s.Toast = fg(ns().Bold(true), p.Good)
	s.Input = fg(ns(), p.Text)
	s.Cursor = ns().Reverse(true)
	s.Chart = map[string]lipgloss.Style{
		"support":     fg(ns(), p.Support),
		"oppose":      fg(ns(), p.Oppose),
		"unaccounted": fg(ns(), p.Unaccounted),
		"bar":         fg(ns(), p.Accent),
		"derived":     fg(ns(), p.Derived),
	}
	s.Help = help.DefaultStyles(isDark)
	if noColor {
		s.Help = help.Styles{}
		s.Help.ShortKey = ns().Bold(true)
		s.Help.FullKey = ns().Bold(true)
	}
	return s
}
