package model

import (
	"regexp"
	"time"
)

var (
	yearForm  = regexp.MustCompile(`^\d{4}$`)
	monthForm = regexp.MustCompile(`^\d{4}-\d{2}$`)
	dayForm   = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
)

// validDate reports whether s is a real calendar date of the form YYYY,
// YYYY-MM or YYYY-MM-DD.
func validDate(s string) bool {
	return dateMatchesPrecision(s, PrecisionYear) ||
		dateMatchesPrecision(s, PrecisionMonth) ||
		dateMatchesPrecision(s, PrecisionDay)
}

// dateMatchesPrecision reports whether s has exactly the form its precision
// calls for and names a real date (no 2025-02-30).
func dateMatchesPrecision(s string, p Precision) bool {
	var layout string
	switch p {
	case PrecisionYear:
		if !yearForm.MatchString(s) {
			return false
		}
		layout = "2006"
	case PrecisionMonth:
		if !monthForm.MatchString(s) {
			return false
		}
		layout = "2006-01"
	case PrecisionDay:
		if !dayForm.MatchString(s) {
			return false
		}
		layout = "2006-01-02"
	default:
		return false
	}
	_, err := time.Parse(layout, s)
	return err == nil
}

func precisionForm(p Precision) string {
	switch p {
	case PrecisionYear:
		return "YYYY"
	case PrecisionMonth:
		return "YYYY-MM"
	default:
		return "YYYY-MM-DD"
	}
}
