package parse

// costs fills cost[c] with the number of gold arcs that transition class c
// makes unreachable (Goldberg & Nivre 2012, arc-eager), or -1 if c is not
// valid, and returns the minimum over valid classes. gh[i] is the gold head
// of word i (n+1 for the root) and gl[i] its gold label. For projective
// trees the costs are exact; for non-projective ones they are the usual
// approximation.
func (st *state) costs(gh []int32, gl []uint8, root int, cost []int32) int32 {
	shift, reduce, left, right := st.validity()
	s0 := st.s0()
	b := st.b
	n1x := st.n + 1

	bHeadInStack := false
	depsOfB := int32(0)
	for _, k := range st.stack {
		if gh[b] == k {
			bHeadInStack = true
		}
		if st.head[k] == 0 && gh[k] == b {
			depsOfB++
		}
	}
	depsOfS0 := int32(0)
	if s0 != 0 {
		for k := b; k <= n1x; k++ {
			if gh[k] == s0 {
				depsOfS0++
			}
		}
	}
	for i := range cost {
		cost[i] = -1
	}
	min := int32(1 << 30)
	set := func(c int, v int32) {
		cost[c] = v
		if v < min {
			min = v
		}
	}
	if shift {
		v := depsOfB
		if bHeadInStack {
			v++
		}
		set(tShift, v)
	}
	if reduce {
		set(tReduce, depsOfS0)
	}
	if left {
		v := depsOfS0
		if gh[s0] > b {
			v++
		}
		if b == n1x {
			set(leftClass(root), v)
		} else {
			for c := 2; c < len(cost); c += 2 {
				l := (c-2)/2 + 1
				if l == root {
					continue
				}
				x := v
				if gh[s0] == b && uint8(l) != gl[s0] {
					x++
				}
				set(c, x)
			}
		}
	}
	if right {
		v := depsOfB
		if gh[b] != s0 && (bHeadInStack || gh[b] > b) {
			v++
		}
		for c := 3; c < len(cost); c += 2 {
			l := (c-3)/2 + 1
			if l == root {
				continue
			}
			x := v
			if gh[b] == s0 && uint8(l) != gl[b] {
				x++
			}
			set(c, x)
		}
	}
	return min
}
