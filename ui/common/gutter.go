package common

import "github.com/dossier-dev/dossier/model"

// Gutter is an event's date as the timeline's gutter shows it. The short
// form marks an inferred part with "*" (the detail says what and why).
func Gutter(t model.TimeRef, short bool) string {
	switch GroupOf(t) {
	case Undated:
		return "date unknown"
	case Relative:
		if short {
			return Safe(t.Text)
		}
	}
	if !short {
		return Safe(t.Display())
	}
	s := Safe(t.Display())
	if t.Inferred {
		// "20 Jan 2025 · year inferred" becomes "20 Jan 2025*".
		for i, r := range s {
			if r == '·' {
				return trimSpace(s[:i]) + "*"
			}
		}
		return s + "*"
	}
	return s
}

func trimSpace(s string) string {
	for len(s) > 0 && s[len(s)-1] == ' ' {
		s = s[:len(s)-1]
	}
	return s
}
