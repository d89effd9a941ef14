package scripts

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// compose is the part of docker-compose.yml these tests read.
type compose struct {
	Services map[string]struct {
		Environment map[string]string `yaml:"environment"`
		Ports       []string          `yaml:"ports"`
		Healthcheck struct {
			Test []string `yaml:"test"`
		} `yaml:"healthcheck"`
	} `yaml:"services"`
}

// loadCompose reads ../docker-compose.yml as docker compose would with the
// variables env: every string value interpolated ($$, $VAR, ${VAR},
// ${VAR:-default}, ${VAR-default}, ${VAR:?error}, ${VAR?error},
// ${VAR:+alt}, ${VAR+alt}).
func loadCompose(t *testing.T, env map[string]string) (compose, error) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "docker-compose.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var raw any
	if err := yaml.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	var walk func(v any) (any, error)
	walk = func(v any) (any, error) {
		switch v := v.(type) {
		case string:
			return interpolate(v, env)
		case []any:
			for i := range v {
				var err error
				if v[i], err = walk(v[i]); err != nil {
					return nil, err
				}
			}
		case map[string]any:
			for k := range v {
				var err error
				if v[k], err = walk(v[k]); err != nil {
					return nil, err
				}
			}
		}
		return v, nil
	}
	if raw, err = walk(raw); err != nil {
		return compose{}, err
	}
	b, err = yaml.Marshal(raw)
	if err != nil {
		t.Fatal(err)
	}
	var c compose
	if err := yaml.Unmarshal(b, &c); err != nil {
		t.Fatalf("docker-compose.yml: %v", err)
	}
	return c, nil
}

// interpolate substitutes variables in s as docker compose does.
func interpolate(s string, env map[string]string) (string, error) {
	var b strings.Builder
	name := func(s string) int {
		n := 0
		for n < len(s) && (s[n] == '_' || s[n] >= 'a' && s[n] <= 'z' || s[n] >= 'A' && s[n] <= 'Z' || n > 0 && s[n] >= '0' && s[n] <= '9') {
			n++
		}
		return n
	}
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] != '$':
			b.WriteByte(s[i])
		case strings.HasPrefix(s[i:], "$$"):
			b.WriteByte('$')
			i++
		case strings.HasPrefix(s[i:], "${"):
			depth, j := 1, i+2
			for ; j < len(s) && depth > 0; j++ {
				switch s[j] {
				case '{':
					depth++
				case '}':
					depth--
				}
			}
			if depth > 0 {
				return "", fmt.Errorf("%q: ${ is not closed", s)
			}
			expr := s[i+2 : j-1]
			n := name(expr)
			v, set := env[expr[:n]]
			op, arg := expr[n:], ""
			for _, o := range []string{":-", ":?", ":+", "-", "?", "+"} {
				if strings.HasPrefix(op, o) {
					op, arg = o, op[len(o):]
					break
				}
			}
			var err error
			switch op {
			case "":
			case ":-", "-":
				if !set || op == ":-" && v == "" {
					v, err = interpolate(arg, env)
				}
			case ":?", "?":
				if !set || op == ":?" && v == "" {
					return "", fmt.Errorf("required variable %s is missing a value: %s", expr[:n], arg)
				}
			case ":+", "+":
				use := set && (op == "+" || v != "")
				v = ""
				if use {
					v, err = interpolate(arg, env)
				}
			default:
				return "", fmt.Errorf("%q: bad substitution", s)
			}
			if err != nil {
				return "", err
			}
			b.WriteString(v)
			i = j - 1
		default:
			n := name(s[i+1:])
			if n == 0 {
				b.WriteByte('$')
				continue
			}
			b.WriteString(env[s[i+1:i+1+n]])
			i += n
		}
	}
	return b.String(), nil
}

func TestInterpolate(t *testing.T) {
	env := map[string]string{"A": "a", "E": ""}
	tests := []struct{ in, want, wantErr string }{
		{in: "$$A ${A} $A/x", want: "$A a a/x"},
		{in: "${E:-d} ${E-d} ${U-d} ${U:-${A}}", want: "d  d a"},
		{in: "${A:+y}${E:+n}${E+y}", want: "yy"},
		{in: "${E:?need E}", wantErr: "required variable E is missing a value: need E"},
		{in: "${U?need U}", wantErr: "need U"},
		{in: "${E?fine}", want: ""},
	}
	for _, tt := range tests {
		got, err := interpolate(tt.in, env)
		if got != tt.want || (err == nil) != (tt.wantErr == "") || err != nil && !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("interpolate(%q) = %q, %v, want %q, %q", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

// TestCompose_NoDefaultPassword: with no NEO4J_PASSWORD (or an empty one),
// compose refuses to start, saying what to set.
func TestCompose_NoDefaultPassword(t *testing.T) {
	for _, env := range []map[string]string{{}, {"NEO4J_PASSWORD": ""}} {
		_, err := loadCompose(t, env)
		if err == nil || !strings.Contains(err.Error(), "set NEO4J_PASSWORD") {
			t.Errorf("docker-compose.yml with %v: %v, want an error asking for NEO4J_PASSWORD", env, err)
		}
	}
}

// TestCompose_LocalPorts: the ports are published on 127.0.0.1, unless
// NEO4J_BIND says otherwise.
func TestCompose_LocalPorts(t *testing.T) {
	for _, tt := range []struct{ bind, want string }{{"", "127.0.0.1"}, {"0.0.0.0", "0.0.0.0"}} {
		env := map[string]string{"NEO4J_PASSWORD": "pw-local-ports"}
		if tt.bind != "" {
			env["NEO4J_BIND"] = tt.bind
		}
		c, err := loadCompose(t, env)
		if err != nil {
			t.Fatal(err)
		}
		var published []string
		for name, s := range c.Services {
			for _, p := range s.Ports {
				parts := strings.Split(p, ":")
				published = append(published, parts[len(parts)-1])
				if len(parts) != 3 || parts[0] != tt.want {
					t.Errorf("NEO4J_BIND=%q: service %s publishes %q, want it on %s", tt.bind, name, p, tt.want)
				}
			}
		}
		if strings.Join(published, " ") != "7474 7687" {
			t.Errorf("published %q, want Neo4j's 7474 and 7687", published)
		}
	}
}

// TestCompose_HealthcheckHidesPassword runs the healthcheck's command as
// the container would, with a cypher-shell that records its arguments and
// environment: the password is in neither the healthcheck's argv nor
// cypher-shell's, and cypher-shell gets it from its environment.
func TestCompose_HealthcheckHidesPassword(t *testing.T) {
	const password = "pw-health-3x4mpl3"
	c, err := loadCompose(t, map[string]string{"NEO4J_PASSWORD": password})
	if err != nil {
		t.Fatal(err)
	}
	neo := c.Services["neo4j"]
	if got := neo.Environment["NEO4J_AUTH"]; got != "neo4j/"+password {
		t.Fatalf("NEO4J_AUTH = %q, want neo4j/%s", got, password)
	}
	if got := c.Services["diplograph"].Environment["NEO4J_PASSWORD"]; got != password {
		t.Errorf("the diplograph service's NEO4J_PASSWORD = %q", got)
	}
	test := neo.Healthcheck.Test
	if len(test) < 2 {
		t.Fatalf("healthcheck test %q", test)
	}
	for _, arg := range test {
		if strings.Contains(arg, password) {
			t.Errorf("the healthcheck's command line holds the password: %q", test)
		}
	}
	if test[0] != "CMD-SHELL" {
		return // CMD: the arguments above are the whole command line.
	}
	shim := t.TempDir()
	record := filepath.Join(shim, "record")
	fake := fmt.Sprintf("#!/bin/sh\n{ printf 'argv=%%s\\n' \"$*\"; printf 'user=%%s\\npassword=%%s\\n' \"$NEO4J_USERNAME\" \"$NEO4J_PASSWORD\"; } >%q\n", record)
	if err := os.WriteFile(filepath.Join(shim, "cypher-shell"), []byte(fake), 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("/bin/sh", "-c", strings.Join(test[1:], " "))
	cmd.Env = []string{"PATH=" + shim + ":/usr/bin:/bin"}
	for k, v := range neo.Environment {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("healthcheck: %v\n%s", err, out)
	}
	got, err := os.ReadFile(record)
	if err != nil {
		t.Fatalf("the healthcheck never ran cypher-shell: %v", err)
	}
	argv, _, _ := strings.Cut(string(got), "\n")
	if strings.Contains(argv, password) {
		t.Errorf("cypher-shell's command line holds the password: %s", argv)
	}
	if want := "user=neo4j\npassword=" + password + "\n"; !strings.HasSuffix(string(got), want) {
		t.Errorf("cypher-shell got %q, want the user and password in its environment", got)
	}
}
