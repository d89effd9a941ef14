package parse

import (
	"unicode"
	"unicode/utf8"
)

// Features are hashed, never looked up by string: every word is hashed once
// per sentence (form, lower case, affixes, shape) and every feature is a
// 32-bit key mixed from a template number and up to three 64-bit values.

const (
	k0 = 0x9E3779B97F4A7C15
	k1 = 0xBF58476D1CE4E5B9
	k2 = 0x94D049BB133111EB
	k3 = 0xD6E8FEB86659FD93
)

// fkey mixes a template number and three values into a nonzero 32-bit key.
func fkey(t, a, b, c uint64) uint32 {
	h := (a ^ (t * k0)) * k1
	h = (h ^ (h >> 31) ^ b) * k2
	h = (h ^ (h >> 29) ^ c) * k3
	h ^= h >> 32
	k := uint32(h)
	if k == 0 {
		k = 1
	}
	return k
}

// strHash is FNV-1a over the bytes of s, then mixed.
func strHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return mix(h)
}

func mix(h uint64) uint64 {
	h ^= h >> 30
	h *= k1
	h ^= h >> 27
	h *= k2
	h ^= h >> 31
	return h
}

// wordInfo holds the hashes of one word that the tagger and parser use.
type wordInfo struct {
	form, lower      uint64
	pre1, pre2, pre3 uint64
	suf1, suf2, suf3 uint64
	suf4             uint64
	shape            uint64
	flags            uint64
	amb, top         uint64 // from the lexicon: tags seen with the word; most frequent tag+1
	c4, c6, c10, cf  uint64 // the word's cluster: path prefixes of 4, 6, 10 bits and the full path
	up               uint64 // capitalization inside sentences (upperBucket)
}

const (
	flagDigit = 1 << iota
	flagHyphen
	flagUpperFirst
	flagAllUpper
	flagLower
	flagPunct
	flagNonASCII
)

// hashWord fills wi for word s without allocating. Affixes count runes of
// the lower-cased word; the shape maps letters to x/X, digits to d, keeps
// other characters, and collapses runs longer than two.
func hashWord(s string, wi *wordInfo) {
	const fnvOff, fnvPrime = 14695981039346656037, 1099511628211
	// Pass 1: lower-case hash, shape hash, flags, rune count.
	hl := uint64(fnvOff)
	hs := uint64(fnvOff)
	var flags uint64
	var prevClass rune = -1
	run := 0
	nr := 0
	upper := 0
	letters := 0
	for i := 0; i < len(s); {
		r := rune(s[i])
		size := 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
			flags |= flagNonASCII
		}
		i += size
		lr := r
		var cls rune
		switch {
		case r >= 'a' && r <= 'z':
			cls = 'x'
			letters++
		case r >= 'A' && r <= 'Z':
			cls = 'X'
			lr = r + ('a' - 'A')
			upper++
			letters++
		case r >= '0' && r <= '9':
			cls = 'd'
			flags |= flagDigit
		case r < utf8.RuneSelf:
			cls = r
			if r == '-' {
				flags |= flagHyphen
			}
		case unicode.IsUpper(r):
			cls = 'X'
			lr = unicode.ToLower(r)
			upper++
			letters++
		case unicode.IsLetter(r):
			cls = 'x'
			letters++
		case unicode.IsDigit(r):
			cls = 'd'
			flags |= flagDigit
		default:
			cls = r
		}
		if nr == 0 && cls == 'X' {
			flags |= flagUpperFirst
		}
		hl = fnvRune(hl, lr)
		if cls == prevClass {
			run++
		} else {
			run = 1
			prevClass = cls
		}
		if run <= 2 {
			hs = fnvRune(hs, cls)
		}
		nr++
	}
	if letters > 0 && upper == letters {
		flags |= flagAllUpper
	}
	if letters > 0 && upper == 0 {
		flags |= flagLower
	}
	if letters == 0 && flags&flagDigit == 0 {
		flags |= flagPunct
	}
	wi.form = strHash(s)
	wi.lower = mix(hl)
	wi.shape = mix(hs ^ 0x5bd1e995)
	wi.flags = flags

	// Pass 2: prefixes of 1-3 runes, suffixes of 1-4 runes (lower-cased).
	h := uint64(fnvOff)
	k := 0
	wi.pre1, wi.pre2, wi.pre3 = 1, 2, 3
	for i := 0; i < len(s) && k < 3; {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		h = fnvRune(h, lowerRune(r))
		k++
		switch k {
		case 1:
			wi.pre1 = mix(h ^ 0x11)
		case 2:
			wi.pre2 = mix(h ^ 0x12)
		case 3:
			wi.pre3 = mix(h ^ 0x13)
		}
	}
	if k < 3 {
		wi.pre3 = wi.lower
		if k < 2 {
			wi.pre2 = wi.lower
		}
	}
	// Suffixes: hash the runes from the end (a reversed string hash).
	h = fnvOff
	k = 0
	wi.suf1, wi.suf2, wi.suf3, wi.suf4 = wi.lower, wi.lower, wi.lower, wi.lower
	for i := len(s); i > 0 && k < 4; {
		r, size := rune(s[i-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(s[:i])
		}
		i -= size
		h = fnvRune(h, lowerRune(r))
		k++
		switch k {
		case 1:
			wi.suf1 = mix(h ^ 0x21)
		case 2:
			wi.suf2 = mix(h ^ 0x22)
		case 3:
			wi.suf3 = mix(h ^ 0x23)
		case 4:
			wi.suf4 = mix(h ^ 0x24)
		}
	}
}

func lowerRune(r rune) rune {
	if r >= 'A' && r <= 'Z' {
		return r + ('a' - 'A')
	}
	if r >= utf8.RuneSelf {
		return unicode.ToLower(r)
	}
	return r
}

func fnvRune(h uint64, r rune) uint64 {
	const prime = 1099511628211
	if r < 0x80 {
		h ^= uint64(r)
		return h * prime
	}
	h ^= uint64(r & 0xff)
	h *= prime
	h ^= uint64(r >> 8)
	return h * prime
}
