package extract

import (
	"math"
	"strconv"
	"strings"
)

// This file reads numbers written in digits or words. It knows nothing of
// what the numbers count; figures.go decides that.

var smallNumbers = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
	"ninety": 90,
}

var scaleWords = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"mn": 1e6, "bn": 1e9, "tn": 1e12, "trn": 1e12,
}

// gluedScales are abbreviations written against a number ("$5m", "€2bn").
// A bare "m" or "k" only scales money: "5m" alone is five metres.
var gluedScales = map[string]float64{"bn": 1e9, "mn": 1e6, "tn": 1e12, "trn": 1e12, "b": 1e9}
var gluedMoneyScales = map[string]float64{"m": 1e6, "k": 1e3}

// fractionWords give the share a fraction names, in percent.
var fractionWords = map[string]float64{
	"half": 50, "halves": 50, "third": 100.0 / 3, "thirds": 100.0 / 3, "quarter": 25,
	"quarters": 25, "fourth": 25, "fourths": 25, "fifth": 20, "fifths": 20,
	"sixth": 100.0 / 6, "sixths": 100.0 / 6, "eighth": 12.5, "eighths": 12.5,
	"tenth": 10, "tenths": 10,
}

var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
	"thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "twentieth": 20,
}

// wordValue returns the value of a single number word, including
// hyphenated tens ("twenty-five").
func wordValue(w string) (float64, bool) {
	if v, ok := smallNumbers[w]; ok {
		return v, true
	}
	if a, b, ok := strings.Cut(w, "-"); ok {
		tens, ok1 := smallNumbers[a]
		ones, ok2 := smallNumbers[b]
		if ok1 && ok2 && tens >= 20 && math.Mod(tens, 10) == 0 && ones > 0 && ones < 10 {
			return tens + ones, true
		}
	}
	return 0, false
}

// parseDigits reads "11,600" or "2.8".
func parseDigits(s string) (float64, bool) {
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

// ordinalValue reads "second", "2nd" given the digits and suffix tokens.
func ordinalValue(w string) (int, bool) {
	v, ok := ordinals[w]
	return v, ok
}

// parseWords reads a number written in words from token i: "eight",
// "twenty-five", "two hundred thousand", "a million". It returns the value
// and the index after the last token used.
func (d *doc) parseWords(i int) (float64, int, bool) {
	total, current := 0.0, 0.0
	j := i
	used := false
	if d.isWord(j, "a", "an") {
		if k := j + 1; k < len(d.toks) {
			if s, ok := scaleWords[d.toks[k].lower]; ok && d.toks[k].lower != "mn" && d.toks[k].lower != "bn" {
				return s, k + 1, true
			}
			if d.toks[k].lower == "dozen" {
				return 12, k + 1, true
			}
		}
		return 0, i, false
	}
	for j < len(d.toks) && d.toks[j].kind == kWord {
		w := d.toks[j].lower
		if v, ok := wordValue(w); ok {
			if used && current > 0 && math.Mod(current, 100) != 0 && current >= 10 {
				break // "ten five" is two numbers
			}
			current += v
			used = true
			j++
			continue
		}
		if w == "dozen" && used {
			current *= 12
			j++
			continue
		}
		if s, ok := scaleWords[w]; ok && used && len(w) > 3 {
			if s == 100 {
				current *= 100
			} else {
				total += current * s
				current = 0
			}
			j++
			continue
		}
		if w == "and" && used && j+1 < len(d.toks) {
			if _, ok := wordValue(d.toks[j+1].lower); ok && math.Mod(current+total, 100) == 0 {
				j++
				continue
			}
		}
		break
	}
	if !used {
		return 0, i, false
	}
	return total + current, j, true
}

// round2 keeps two decimals, the precision shares are given in.
func round2(v float64) float64 { return math.Round(v*100) / 100 }
