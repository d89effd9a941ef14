package parse

import (
	"strings"
	"testing"
)

func (w *weights) scoreOld(feats []uint32, scores []int32) {
	var acc [256]int32
	slots, mask, ents := w.slots, w.mask, w.ents
	for _, f := range feats {
		j := f & mask
		for {
			s := slots[j]
			if s.key == f {
				sn := s.sn
				if sn&0xff == denseRow {
					off := int(sn>>8) * w.stride
					row := w.dense[off : off+w.nclass]
					for c, v := range row {
						acc[uint8(c)] += int32(v)
					}
				} else {
					for _, e := range ents[sn>>8 : sn>>8+sn&0xff] {
						acc[uint8(e.c)] += int32(e.w)
					}
				}
				break
			}
			if s.key == 0 {
				break
			}
			j = (j + 1) & mask
		}
	}
	copy(scores, acc[:len(scores)])
}

func collectFeats(b *testing.B) (*Model, [][]uint32) {
	m := embeddedModel(b)
	p := m.NewParser()
	var all [][]uint32
	for _, s := range benchText {
		words := strings.Fields(s)
		p.ws = padWords(words, p.ws, m.lex)
		p.tags = grow8(p.tags, len(words))
		p.feats = tagInto(m.tagger, p.ws, p.tags, p.feats, p.scores[:len(m.tags)])
		p.st.reset(p.ws, p.tags, len(m.tags))
		for !p.st.terminal() {
			f := p.st.feats(nil)
			all = append(all, f)
			m.parser.score(f, p.scores[:m.parser.nclass])
			p.st.apply(p.st.best(p.scores[:m.parser.nclass], m.root))
		}
	}
	return m, all
}

func BenchmarkScoreNew(b *testing.B) {
	m, all := collectFeats(b)
	sc := make([]int32, m.parser.nclass)
	i := 0
	for b.Loop() {
		m.parser.score(all[i%len(all)], sc)
		i++
	}
}

func BenchmarkScoreOld(b *testing.B) {
	m, all := collectFeats(b)
	sc := make([]int32, m.parser.nclass)
	i := 0
	for b.Loop() {
		m.parser.scoreOld(all[i%len(all)], sc)
		i++
	}
}
