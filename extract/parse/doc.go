// Package parse tags and parses English sentences: a greedy averaged
// perceptron tagger for Penn Treebank tags (XPOS), and a greedy arc-eager
// dependency parser trained with a dynamic oracle that produces Universal
// Dependencies trees (heads and full relations such as "nmod:poss"); the
// universal tag (UPOS) is derived from the word, its XPOS and its relation.
// Both the tagger and the parser read word clusters computed from unlabelled
// news text by internal/clusters ([ReadClusters]); the table is part of the
// model. It owns the model format, its training ([Train]), CoNLL-U reading
// and writing ([ReadCoNLLU], [WriteCoNLLU]) and evaluation ([Evaluate]). It
// imports only the standard library.
//
// Heads are 1-based as in CoNLL-U: Head 0 is the root, Head k is the k-th
// word. A [Model] is immutable and safe for concurrent use; a [Parser]
// holds one goroutine's buffers and parses without allocating.
//
// The embedded model ([Default]) was trained on Universal Dependencies
// English Web Treebank v2.15 (UD_English-EWT), CC BY-SA 4.0, © The Board of
// Trustees of the Leland Stanford Junior University; texts from LDC2012T13.
// See [Notice] and RESULTS.md.
//
//	m, err := parse.Default()
//	s := m.Parse([]string{"The", "minister", "met", "his", "counterpart", "."})
//	for _, t := range s.Tokens { fmt.Println(t.Form, t.XPOS, t.Head, t.Deprel) }
package parse
