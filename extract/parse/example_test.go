package parse_test

import (
	"fmt"
	"strings"

	"github.com/diplograph/diplograph/extract/parse"
)

func ExampleModel_Parse() {
	m, err := parse.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	s := m.Parse(strings.Fields("France will not sign the treaty ."))
	for _, t := range s.Tokens {
		fmt.Println(t.ID, t.Form, t.XPOS, t.UPOS, t.Head, t.Deprel)
	}
	// Output:
	// 1 France NNP PROPN 4 nsubj
	// 2 will MD AUX 4 aux
	// 3 not RB PART 4 advmod
	// 4 sign VB VERB 0 root
	// 5 the DT DET 6 det
	// 6 treaty NN NOUN 4 obj
	// 7 . . PUNCT 4 punct
}
