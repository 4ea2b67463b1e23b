package extract

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// Gold is a hand-made answer key for one article, in the JSON shape others
// bring their own files in:
//
//	{"figures":[{"text":"more than 5,000 firearms","value":5000,"comparator":">","unit":"firearms","measure":"firearms seized"}],
//	 "dates":[{"text":"January 20","normalized":"2025-01-20","kind":"absolute"}],
//	 "quotes":[{"text":"This is nothing new","speaker":"Lily Téllez"}],
//	 "actors":[{"name":"Lily Téllez","kind":"person","role":"Senator","aliases":["Téllez"]}]}
//
// Every text is an exact substring of the article; when it occurs more than
// once, "occurrence" (1 for the first) says which. An item marked
// "optional" is neither rewarded nor penalized. Other fields are ignored.
type Gold struct {
	Figures []GoldFigure `json:"figures"`
	Dates   []GoldDate   `json:"dates"`
	Quotes  []GoldQuote  `json:"quotes"`
	Actors  []GoldActor  `json:"actors"`
}

// GoldFigure is a figure the extractor should find.
type GoldFigure struct {
	Text       string  `json:"text"`
	Value      float64 `json:"value"`
	Comparator string  `json:"comparator"`
	Unit       string  `json:"unit"`
	Measure    string  `json:"measure"`
	Optional   bool    `json:"optional"`
	Occurrence int     `json:"occurrence"`
}

// GoldDate is a date mention; Normalized is YYYY, YYYY-MM, YYYY-MM-DD or
// null (relative or unknown); Kind is absolute, relative or period.
type GoldDate struct {
	Text       string  `json:"text"`
	Normalized *string `json:"normalized"`
	Kind       string  `json:"kind"`
	Optional   bool    `json:"optional"`
	Occurrence int     `json:"occurrence"`
}

// GoldQuote is a quotation and the name of who said it.
type GoldQuote struct {
	Text       string `json:"text"`
	Speaker    string `json:"speaker"`
	Optional   bool   `json:"optional"`
	Occurrence int    `json:"occurrence"`
}

// GoldActor is an actor with the names the article uses for it.
type GoldActor struct {
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Role     string   `json:"role"`
	Aliases  []string `json:"aliases"`
	Optional bool     `json:"optional"`
}

// ParseGold reads a gold file. Unknown fields are allowed, so a gold file
// may carry notes; wrong types and broken JSON are errors.
func ParseGold(src []byte) (Gold, error) {
	var g Gold
	dec := json.NewDecoder(bytes.NewReader(src))
	if err := dec.Decode(&g); err != nil {
		return Gold{}, fmt.Errorf("gold file: %w", err)
	}
	return g, nil
}
