package common

import (
	"image/color"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Paint renders s with a style's colours and attributes as one SGR run.
// Lip Gloss styles each character on its own when a style underlines
// (so that spaces can be left bare), which makes an underlined article
// thirty times its size on every frame; Paint is for the hot paths (the
// Source text, search matches, list rows), where styles are plain
// attributes and colours with no padding, borders or widths.
func Paint(st lipgloss.Style, s string) string {
	if s == "" {
		return ""
	}
	var a ansi.Style
	if st.GetBold() {
		a = a.Bold()
	}
	if st.GetFaint() {
		a = a.Faint()
	}
	if st.GetItalic() {
		a = a.Italic(true)
	}
	if st.GetUnderline() {
		a = a.Underline(true)
	}
	if st.GetReverse() {
		a = a.Reverse(true)
	}
	if c := st.GetForeground(); isColor(c) {
		a = a.ForegroundColor(c)
	}
	if c := st.GetBackground(); isColor(c) {
		a = a.BackgroundColor(c)
	}
	return a.Styled(s)
}

func isColor(c color.Color) bool {
	if c == nil {
		return false
	}
	_, none := c.(lipgloss.NoColor)
	return !none
}
