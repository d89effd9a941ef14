package parse

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

func TestReadClusters(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		in := "0010\tMinister\t17\t3\n0011\tsummit\n\n110\tparis\t9\t-1\n111\tiran\t40\t100\n"
		got, err := ReadClusters(strings.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]WordCluster{"minister": {"0010", 3}, "summit": {"0011", -1}, "paris": {"110", -1}, "iran": {"111", 100}}
		if len(got) != len(want) {
			t.Errorf("ReadClusters = %v, want %v", got, want)
		}
		for w, c := range want {
			if got[w] != c {
				t.Errorf("ReadClusters: %s = %+v, want %+v", w, got[w], c)
			}
		}
	})
	for _, in := range []string{"0102\tword\n", "\tword\n", "0101\n", "01\tword\t3\tmany\n", "01\tword\t3\t101\n"} {
		if _, err := ReadClusters(strings.NewReader(in)); err == nil {
			t.Errorf("ReadClusters(%q) succeeded", in)
		}
	}
}

func TestClusterPrefix(t *testing.T) {
	c, err := clusterCode("0110101")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		k    int
		want string
	}{{4, "0110"}, {6, "011010"}, {7, "0110101"}, {10, "0110101"}}
	for _, tt := range tests {
		w, _ := clusterCode(tt.want)
		if got := clusterPrefix(c, tt.k); got != uint64(w) {
			t.Errorf("clusterPrefix(0110101, %d) = %b, want %b", tt.k, got, w)
		}
	}
	// Prefixes of different lengths never collide.
	a, _ := clusterCode("0")
	b, _ := clusterCode("00")
	if a == b {
		t.Errorf("paths 0 and 00 have the same code %b", a)
	}
}

// fixtureClusters gives the nouns of the fixture one cluster and the verbs
// another; capitalized names are marked as such.
var fixtureClusters = map[string]WordCluster{
	"minister": {"0010", 2}, "counterpart": {"0011", 0}, "ambassador": {"0010", 1},
	"met": {"110", 0}, "summoned": {"110", 0}, "paris": {"1110", 100},
}

// TestTrain_Clusters checks that a model trained with clusters stores them,
// reads them back, and has learnt weights for cluster features in both the
// tagger and the parser.
func TestTrain_Clusters(t *testing.T) {
	train := readFixture(t, "fixture.conllu")
	opts := TrainOptions{Epochs: 3, TaggerEpochs: 3, Folds: 2, Seed: 7, Clusters: fixtureClusters, ClusterFile: "c.tsv"}
	m, err := Train(t.Context(), train, train, opts)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	m, err = Read(&b)
	if err != nil {
		t.Fatal(err)
	}
	if m.Meta.Clusters != len(fixtureClusters) || m.Meta.ClusterFile != "c.tsv" {
		t.Errorf("header: clusters %d from %q, want %d from c.tsv", m.Meta.Clusters, m.Meta.ClusterFile, len(fixtureClusters))
	}
	ws := padWords([]string{"The", "Minister", "met", "Paris", "today"}, nil, m.lex)
	minister, met, paris, today := ws[pad+1], ws[pad+2], ws[pad+3], ws[pad+4]
	code, _ := clusterCode("0010")
	if minister.cf != uint64(code) || minister.c4 != uint64(code) || minister.up != uint64(upperBucket(2)) {
		t.Errorf("Minister: cluster %b, 4-bit %b, upper %d; want %b, %b, %d", minister.cf, minister.c4, minister.up, code, code, upperBucket(2))
	}
	if paris.up != 5 || today.cf != 0 || today.up != 0 {
		t.Errorf("Paris upper %d, today cluster %b upper %d; want 5, 0, 0", paris.up, today.cf, today.up)
	}
	has := func(w *weights, k uint32) bool {
		_, ok := slices.BinarySearch(w.keys, k)
		return ok
	}
	if !has(m.tagger, fkey(36, minister.cf, 0, 0)) || !has(m.tagger, fkey(36, met.cf, 0, 0)) {
		t.Error("the tagger has no weights for the clusters of minister and met")
	}
	if !has(m.tagger, fkey(50, paris.up, paris.flags, 0)) {
		t.Error("the tagger has no weights for the capitalization of Paris")
	}
	if !has(m.parser, fkey(97, met.cf, 0, 0)) && !has(m.parser, fkey(96, met.cf, 0, 0)) {
		t.Error("the parser has no weights for the cluster of met")
	}
}

func TestTrain_BadCluster(t *testing.T) {
	train := readFixture(t, "fixture.conllu")
	_, err := Train(t.Context(), train, nil, TrainOptions{Epochs: 1, TaggerEpochs: 1, Folds: 1,
		Clusters: map[string]WordCluster{"met": {Path: "12"}}})
	if err == nil {
		t.Error("Train with the cluster path 12 succeeded")
	}
}
