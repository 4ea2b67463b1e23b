package extract

import (
	"fmt"
	"strings"
	"testing"
)

// diverse builds about 1 MB of text that names a new person, organization
// and date in every paragraph, so no rule can hide a cost that grows with
// the number of actors.
func diverse() string {
	var b strings.Builder
	name := func(n int) string {
		const letters = "bcdfghjklmnprstvz"
		const vowels = "aeiou"
		var s strings.Builder
		s.WriteByte(letters[n%len(letters)] - 32)
		for k := 0; k < 3; k++ {
			s.WriteByte(vowels[(n/(k+1))%len(vowels)])
			s.WriteByte(letters[(n/(k*7+3))%len(letters)])
			n /= 3
		}
		return s.String()
	}
	for i := 0; b.Len() < 1<<20; i++ {
		fmt.Fprintf(&b, "Senator %s %s of the %s Party said on March %d that %d,%03d people had left since 20%02d. “We need about $%d million,” %s said. The senator added that the %s Institute (%s) would publish more than %d reports.\n\n",
			name(i), name(i+7), name(i+13), i%28+1, i%900+1, i%1000, i%30, i%500+1, name(i+7), name(i+21), strings.ToUpper(name(i + 3)[:3]), i%70+2)
	}
	return b.String()
}

func BenchmarkExtractDiverse1MB(b *testing.B) {
	text := diverse()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := Extract(text, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestDiverseValidates(t *testing.T) {
	if testing.Short() {
		t.Skip("1 MB")
	}
	text := diverse()[:200000]
	d, pruned := draft(text, Options{})
	if pruned != 0 {
		t.Errorf("the validation guard dropped %d items", pruned)
	}
	checkDraft(t, text, d)
}
