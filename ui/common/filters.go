package common

import (
	"strings"

	"github.com/dossier-dev/dossier/model"
)

// TopicName returns a topic's name, or its id when the dataset has no
// such topic (a --topic typo is shown as typed, not dropped).
func (c *Context) TopicName(id string) string {
	if r, ok := c.Searcher.Lookup(id); ok && r.Kind == model.KindTopic {
		return Safe(c.Data.Topics[r.Index].Name)
	}
	return Safe(id)
}

// FilterWords describes the filters in words: `search "tellez" in topics
// Cartels or Sovereignty`. It is empty when nothing filters.
func (c *Context) FilterWords() string {
	var parts []string
	if c.Searching() {
		parts = append(parts, "search “"+Safe(strings.TrimSpace(c.Query.Text))+"”")
	}
	if n := len(c.Query.Topics); n > 0 {
		names := make([]string, n)
		for i, id := range c.Query.Topics {
			names[i] = c.TopicName(id)
		}
		word := "topic "
		if n > 1 {
			word = "topics "
		}
		parts = append(parts, word+strings.Join(names, " or "))
	}
	return strings.Join(parts, " in ")
}

// EmptyMessage says why a tab lists nothing and how to get items back.
func EmptyMessage(c *Context, many string, width int) string {
	st := c.Styles
	var lines []string
	if c.Query.Empty() {
		lines = append(lines, st.Bold.Render("The story has no "+many+"."))
	} else {
		lines = append(lines, st.Bold.Render("No "+many+" match "+c.FilterWords()+"."))
		var how []string
		if c.Searching() {
			how = append(how, "esc or / to change the search")
		}
		if len(c.Query.Topics) > 0 {
			how = append(how, "t to change the topics")
		}
		how = append(how, "x to clear every filter")
		lines = append(lines, "", st.Muted.Render(strings.Join(how, " · ")))
	}
	var out []string
	for _, l := range lines {
		out = append(out, Wrap(l, max(width-4, 10))...)
	}
	return "\n  " + strings.Join(out, "\n  ")
}
