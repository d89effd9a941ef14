package parse

import (
	"bufio"
	"encoding/binary"
	"slices"
)

// uposTable predicts the universal tag from the word, its predicted XPOS and
// its predicted relation, backing off from (word, XPOS, relation) to
// (word, XPOS) to (XPOS, relation) to XPOS. Only the entries that change the
// answer of the next level are kept. Counts come from the gold training
// data; deciding after parsing is what separates AUX from VERB ("has" aux
// vs. "has" main verb) and SCONJ from ADP.
type uposTable struct {
	names  []string         // UPOS names by index
	byTag  []uint8          // by XPOS class
	byRel  map[uint32]uint8 // (XPOS class, label) → UPOS
	byWord map[uint64]uint8 // hashed (word, XPOS[, label]) → UPOS
}

func uposKeyRel(tag, lab int) uint32 { return uint32(tag)<<8 | uint32(lab) }

func uposKeyWord(lower uint64, tag, lab int) uint64 {
	return mix(lower ^ uint64(tag)<<40 ^ uint64(lab+1)<<48 ^ 0x55)
}

func (u *uposTable) predict(lower uint64, tag, lab int) uint8 {
	if v, ok := u.byWord[uposKeyWord(lower, tag, lab)]; ok {
		return v
	}
	if v, ok := u.byWord[uposKeyWord(lower, tag, -1)]; ok {
		return v
	}
	if v, ok := u.byRel[uposKeyRel(tag, lab)]; ok {
		return v
	}
	if tag < len(u.byTag) {
		return u.byTag[tag]
	}
	return 0
}

type uposCount map[uint8]int

func argmax(c uposCount) uint8 {
	best, bn := uint8(0), -1
	for k, n := range c {
		if n > bn || (n == bn && k < best) {
			best, bn = k, n
		}
	}
	return best
}

// uposSample is one gold training word.
type uposSample struct {
	lower    uint64
	tag, lab int
	upos     uint8
}

func buildUPOS(names []string, ntags int, samples []uposSample) uposTable {
	u := uposTable{names: names, byTag: make([]uint8, ntags), byRel: map[uint32]uint8{}, byWord: map[uint64]uint8{}}
	tagC := make([]uposCount, ntags)
	relC := map[uint32]uposCount{}
	w2C := map[uint64]uposCount{}
	w3C := map[uint64]uposCount{}
	add := func(m map[uint64]uposCount, k uint64, v uint8) {
		if m[k] == nil {
			m[k] = uposCount{}
		}
		m[k][v]++
	}
	for _, s := range samples {
		if tagC[s.tag] == nil {
			tagC[s.tag] = uposCount{}
		}
		tagC[s.tag][s.upos]++
		kr := uposKeyRel(s.tag, s.lab)
		if relC[kr] == nil {
			relC[kr] = uposCount{}
		}
		relC[kr][s.upos]++
		add(w2C, uposKeyWord(s.lower, s.tag, -1), s.upos)
		add(w3C, uposKeyWord(s.lower, s.tag, s.lab), s.upos)
	}
	for t, c := range tagC {
		if c != nil {
			u.byTag[t] = argmax(c)
		}
	}
	for k, c := range relC {
		if v := argmax(c); v != u.byTag[int(k>>8)] {
			u.byRel[k] = v
		}
	}
	// Words in a fixed order so that ties are resolved the same way each run.
	seen2 := map[uint64]bool{}
	for _, s := range samples {
		k2 := uposKeyWord(s.lower, s.tag, -1)
		if seen2[k2] {
			continue
		}
		seen2[k2] = true
		// What (XPOS, label) alone would say is label-dependent, so keep the
		// word entry whenever it disagrees with the XPOS default.
		if v := argmax(w2C[k2]); v != u.byTag[s.tag] {
			u.byWord[k2] = v
		}
	}
	seen3 := map[uint64]bool{}
	for _, s := range samples {
		k3 := uposKeyWord(s.lower, s.tag, s.lab)
		if seen3[k3] {
			continue
		}
		seen3[k3] = true
		v := argmax(w3C[k3])
		// The answer without this entry.
		k2 := uposKeyWord(s.lower, s.tag, -1)
		prev, ok := u.byWord[k2]
		if !ok {
			prev, ok = u.byRel[uposKeyRel(s.tag, s.lab)]
			if !ok {
				prev = u.byTag[s.tag]
			}
		}
		if v != prev {
			u.byWord[k3] = v
		}
	}
	return u
}

func (u *uposTable) writeTo(bw *bufio.Writer) {
	var buf [binary.MaxVarintLen64]byte
	put := func(v uint64) {
		n := binary.PutUvarint(buf[:], v)
		bw.Write(buf[:n])
	}
	writeStrings(bw, u.names)
	put(uint64(len(u.byTag)))
	bw.Write(u.byTag)
	rk := make([]uint32, 0, len(u.byRel))
	for k := range u.byRel {
		rk = append(rk, k)
	}
	slices.Sort(rk)
	put(uint64(len(rk)))
	for _, k := range rk {
		put(uint64(k))
		bw.WriteByte(u.byRel[k])
	}
	wk := make([]uint64, 0, len(u.byWord))
	for k := range u.byWord {
		wk = append(wk, k)
	}
	slices.Sort(wk)
	put(uint64(len(wk)))
	for _, k := range wk {
		binary.LittleEndian.PutUint64(buf[:8], k)
		bw.Write(buf[:8])
		bw.WriteByte(u.byWord[k])
	}
}

func readUPOS(br *bufio.Reader) (uposTable, error) {
	var u uposTable
	var err error
	if u.names, err = readStrings(br); err != nil {
		return u, err
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 1<<16 {
		return u, errOr(err)
	}
	u.byTag = make([]uint8, n)
	if _, err := readFull(br, u.byTag); err != nil {
		return u, err
	}
	if n, err = binary.ReadUvarint(br); err != nil || n > 1<<24 {
		return u, errOr(err)
	}
	u.byRel = make(map[uint32]uint8, n)
	for range n {
		k, err := binary.ReadUvarint(br)
		if err != nil {
			return u, err
		}
		v, err := br.ReadByte()
		if err != nil {
			return u, err
		}
		u.byRel[uint32(k)] = v
	}
	if n, err = binary.ReadUvarint(br); err != nil || n > 1<<26 {
		return u, errOr(err)
	}
	u.byWord = make(map[uint64]uint8, n)
	var buf [9]byte
	for range n {
		if _, err := readFull(br, buf[:]); err != nil {
			return u, err
		}
		u.byWord[binary.LittleEndian.Uint64(buf[:8])] = buf[8]
	}
	for _, v := range u.byTag {
		if int(v) >= len(u.names) && len(u.names) > 0 {
			return u, ErrBadModel
		}
	}
	return u, nil
}
