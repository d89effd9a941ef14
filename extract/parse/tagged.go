package parse

import "slices"

// ParseTaggedInto is [Parser.ParseInto] for words that another tagger has
// tagged: the parser reads the given Penn Treebank tags (a tag the model does
// not know, or an empty one, is replaced by the model's own). The tags used
// are written back into tags.
func (p *Parser) ParseTaggedInto(words, tags []string, head []int, deprel []string) error {
	n := len(words)
	if len(tags) < n || (head != nil && len(head) < n) || (deprel != nil && len(deprel) < n) {
		return ErrLength
	}
	if n == 0 {
		return nil
	}
	m := p.m
	p.ws = padWords(words, p.ws, m.lex)
	p.tags = grow8(p.tags, n)
	known := 0
	for i := range n {
		for k, t := range m.tags {
			if t == tags[i] {
				p.tags[i] = uint8(k)
				known++
				break
			}
		}
	}
	if known < n {
		// The model's own tags for the words the other tagger left out.
		own := make([]uint8, n)
		p.feats = tagInto(m.tagger, p.ws, own, p.feats, p.scores[:len(m.tags)])
		for i := range n {
			if !slices.Contains(m.tags, tags[i]) {
				p.tags[i] = own[i]
			}
		}
	}
	for i := range n {
		tags[i] = m.tags[p.tags[i]]
	}
	st := &p.st
	st.reset(p.ws, p.tags, len(m.tags))
	p.feats = m.parseInto(st, p.feats, p.rows, p.scores)
	st.fixRoots(m.extra)
	for i := range n {
		h := int(st.head[i+1])
		if h == n+1 {
			h = 0
		}
		if head != nil {
			head[i] = h
		}
		if deprel != nil {
			deprel[i] = m.labels[st.lab[i+1]]
		}
	}
	return nil
}
