package model

import "testing"

func ptr[T any](v T) *T { return &v }

func TestFormatNumber(t *testing.T) {
	for in, want := range map[float64]string{0: "0", 10: "10", 5000: "5,000", 11600: "11,600", 1234567.5: "1,234,567.5", -4200: "-4,200", 0.25: "0.25"} {
		if got := FormatNumber(in); got != want {
			t.Errorf("FormatNumber(%v) = %q, want %q", in, got, want)
		}
	}
}

func TestFigureText(t *testing.T) {
	cases := []struct {
		f             Figure
		value, phrase string
	}{
		{Figure{Value: 5000, Comparator: MoreThan, Unit: "firearms", UnitLong: "firearms", Measure: "firearms seized",
			Evidence: []Evidence{{Text: "more than 5,000 firearms"}}}, "more than 5,000", "more than 5,000 firearms seized"},
		{Figure{Value: 100, Comparator: MoreThan, Unit: "t", UnitLong: "tonnes", Measure: "of drugs seized",
			Evidence: []Evidence{{Text: "over 100 tonnes of drugs"}}}, "over 100 t", "over 100 t of drugs seized"},
		{Figure{Value: 46, Comparator: Exact, Unit: "%", UnitLong: "percent", Measure: "support collaboration"}, "46%", "46% support collaboration"},
		{Figure{Value: 12, Comparator: Exact, Unit: "%", UnitLong: "percent", Direction: Decrease, Measure: "in homicides"}, "12% decrease", "12% decrease in homicides"},
		{Figure{Value: 11600, Comparator: Exact, Unit: "arrests", UnitLong: "arrests", Measure: "arrests for high-impact crimes"}, "11,600", "11,600 arrests for high-impact crimes"},
		{Figure{Value: 10, Comparator: Exact, Unit: "soldiers", UnitLong: "soldiers"}, "10", "10 soldiers"},
		{Figure{Value: 4.5e6, Comparator: About, Unit: "USD", UnitLong: "US dollars", Currency: "USD", Measure: "cost"}, "about USD 4,500,000", "about USD 4,500,000 cost"},
	}
	for _, c := range cases {
		if got := c.f.ValueText(); got != c.value {
			t.Errorf("ValueText = %q, want %q", got, c.value)
		}
		if got := c.f.Display(); got != c.phrase {
			t.Errorf("Display = %q, want %q", got, c.phrase)
		}
	}
}

func TestTimeDisplay(t *testing.T) {
	cases := map[string]TimeRef{
		"20 Jan 2025 · year inferred": {Text: "January 20", Date: ptr("2025-01-20"), Precision: PrecisionDay, Inferred: true, InferredWhy: "x"},
		"Jan 2025":                    {Text: "January 2025", Date: ptr("2025-01"), Precision: PrecisionMonth},
		"Tuesday · date not stated":   {Text: "Tuesday", Precision: PrecisionRelative},
	}
	for want, tr := range cases {
		if got := tr.Display(); got != want {
			t.Errorf("Display = %q, want %q", got, want)
		}
	}
	p := Period{From: &TimeRef{Text: "October 1", Date: ptr("2024-10-01"), Precision: PrecisionDay, Inferred: true, InferredWhy: "x"}}
	if got := p.Display(); got != "since 1 Oct 2024 · year inferred" {
		t.Errorf("Period.Display = %q", got)
	}
}
