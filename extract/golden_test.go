package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden files")

// TestGolden extracts the sample articles of examples/articles and compares
// the triples with testdata/<name>.golden (go test ./extract -update
// rewrites them; review the diff like code).
func TestGolden(t *testing.T) {
	x := New(testGazetteer(t))
	files, _ := filepath.Glob("../examples/articles/*")
	if len(files) < 6 {
		t.Fatalf("only %d sample articles", len(files))
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		t.Run(name, func(t *testing.T) {
			var got bytes.Buffer
			r := &Reader{Reject: func(e *RecordError) { t.Errorf("rejected: %v", e) }}
			err := r.Read(context.Background(), []string{f}, func(a *Article) error {
				ts, err := x.Extract(context.Background(), a)
				if err != nil {
					return err
				}
				for _, tr := range ts {
					tr.Article.SHA256 = "" // the golden files hold what the rules found
					b, _ := json.MarshalIndent(tr, "", "  ")
					got.Write(b)
					got.WriteByte('\n')
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -update)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("%s differs from %s; run go test ./extract -update and review the diff", f, golden)
			}
		})
	}
}
