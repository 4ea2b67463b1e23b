package detail

import "strings"

// PlainLines writes a document as plain lines for --plain mode: no styles,
// no box drawing, words instead of colours. cur marks the link under the
// cursor when it is not negative.
func (d Doc) PlainLines(cur int) []string {
	var out []string
	out = append(out, d.Title)
	if len(d.Tags) > 0 {
		out = append(out, "("+strings.Join(d.Tags, ", ")+")")
	}
	n := 0
	for _, p := range d.parts {
		switch p.kind {
		case field:
			v := p.text
			if p.tone == Derived && !strings.Contains(strings.ToLower(v), "derived") {
				v += " (derived)"
			}
			out = append(out, p.label+": "+v)
		case block:
			prefix := ""
			if p.tone == Quote {
				prefix = "> "
			}
			if p.label != "" {
				out = append(out, p.label+":")
			}
			out = append(out, prefix+p.text)
		case custom:
			out = append(out, p.plain...)
		case group:
			out = append(out, p.label+":")
			for _, lk := range p.links {
				mark := "  - "
				if n == cur {
					mark = "  > "
				}
				line := mark + lk.Text
				if lk.Note != "" {
					line += " (" + lk.Note + ")"
				}
				out = append(out, line)
				n++
			}
			if p.more > 0 {
				out = append(out, "  and "+itoa(p.more)+" more")
			}
		}
	}
	return out
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}
