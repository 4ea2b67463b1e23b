package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier/data/format"
	"github.com/dossier-dev/dossier/model"
)

// filter is the --topic and --search flags that `dossier` and `dossier
// list` share.
type filter struct {
	topics []string
	search string
}

func (f *filter) register(cmd *cobra.Command, a *app) {
	cmd.Flags().StringSliceVar(&f.topics, "topic", nil, "only items filed under this topic ID (repeat for any of several)")
	cmd.Flags().StringVar(&f.search, "search", "", "only items matching this TEXT (after the topic filter)")
	_ = cmd.RegisterFlagCompletionFunc("topic", a.completeTopics)
}

// sections selects the items of each kind that pass the filter: any of the
// topics, then the search, ranked best first when there is search text.
func (f *filter) sections(d *model.Dataset, kinds []model.Kind) ([]format.Section, error) {
	if err := checkTopics(d, f.topics); err != nil {
		return nil, err
	}
	q := model.Query{Topics: f.topics, Text: f.search}
	var res *model.Result
	if !q.Empty() {
		res = model.NewSearcher(d).Run(q, nil)
	}
	out := make([]format.Section, 0, len(kinds))
	for _, k := range kinds {
		s := format.Section{Kind: k}
		switch {
		case k == model.KindTopic:
			s.Refs = topicRefs(d, q)
		case res == nil:
			s.Refs = allRefs(d, k)
		default:
			for _, h := range res.Hits(k) {
				s.Refs = append(s.Refs, h.Ref)
			}
		}
		out = append(out, s)
	}
	return out, nil
}

// checkTopics refuses a topic id the dataset does not have, naming those
// it has: a typo must not silently list nothing.
func checkTopics(d *model.Dataset, ids []string) error {
	for _, id := range ids {
		found := false
		for _, t := range d.Topics {
			if t.ID == id {
				found = true
				break
			}
		}
		if !found {
			return usagef("unknown topic %q; the topics are: %s", id, topicList(d))
		}
	}
	return nil
}

// topicList names a dataset's topic ids for a message, at most 30.
func topicList(d *model.Dataset) string {
	const most = 30
	ids := make([]string, 0, min(len(d.Topics), most))
	for i, t := range d.Topics {
		if i == most {
			ids = append(ids, "…")
			break
		}
		ids = append(ids, t.ID)
	}
	if len(ids) == 0 {
		return "(none)"
	}
	return strings.Join(ids, ", ")
}

func allRefs(d *model.Dataset, k model.Kind) []model.Ref {
	refs := make([]model.Ref, d.Count(k))
	for i := range refs {
		refs[i] = model.Ref{Kind: k, Index: i}
	}
	return refs
}

// topicRefs filters topics, which the searcher does not index: a topic is
// filed under itself, and search text matches its id, name or description
// (every term, ignoring case).
func topicRefs(d *model.Dataset, q model.Query) []model.Ref {
	terms := strings.Fields(strings.ToLower(q.Text))
	var refs []model.Ref
	for i, t := range d.Topics {
		if len(q.Topics) > 0 && !contains(q.Topics, t.ID) {
			continue
		}
		hay := strings.ToLower(t.ID + "\x00" + t.Name + "\x00" + t.Description)
		ok := true
		for _, term := range terms {
			if !strings.Contains(hay, term) {
				ok = false
				break
			}
		}
		if ok {
			refs = append(refs, model.Ref{Kind: model.KindTopic, Index: i})
		}
	}
	return refs
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
