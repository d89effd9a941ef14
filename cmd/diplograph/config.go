package main

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// Config is every setting of a run, after flags, environment and file.
type Config struct {
	Neo4j struct {
		URI          string `mapstructure:"uri"`
		User         string `mapstructure:"user"`
		Password     string `mapstructure:"password"`
		PasswordFile string `mapstructure:"password-file"`
		Database     string `mapstructure:"database"`
		// RetryBudget is how long a failed transaction is tried again, from its first failure.
		RetryBudget time.Duration `mapstructure:"retry-budget"`
	} `mapstructure:"neo4j"`
	BatchSize     int      `mapstructure:"batch-size"`
	MaxTriples    int      `mapstructure:"max-triples"` // an article with more is rejected by ingest
	Workers       int      `mapstructure:"workers"`
	Dictionaries  []string `mapstructure:"dictionaries"`   // extra gazetteer files
	MinConfidence float64  `mapstructure:"min-confidence"` // triples below it are dropped
	LogLevel      string   `mapstructure:"log-level"`
}

// defaults registers every key, so that viper sees its environment variable
// (spf13/viper#761) and config show lists it.
var defaults = map[string]any{
	"neo4j.uri":           "bolt://127.0.0.1:7687",
	"neo4j.user":          "neo4j",
	"neo4j.password":      "",
	"neo4j.password-file": "",
	"neo4j.database":      "",
	"neo4j.retry-budget":  graph.DefaultRetryBudget,
	"batch-size":          graph.DefaultBatchSize,
	"max-triples":         graph.DefaultLimits.Triples,
	"workers":             runtime.NumCPU(),
	"dictionaries":        []string{},
	"min-confidence":      0.0,
	"log-level":           "info",
}

// flagKeys maps a command-line flag to its config key.
var flagKeys = map[string]string{
	"neo4j-uri":           "neo4j.uri",
	"neo4j-user":          "neo4j.user",
	"neo4j-password-file": "neo4j.password-file",
	"neo4j-database":      "neo4j.database",
	"retry-budget":        "neo4j.retry-budget",
	"batch-size":          "batch-size",
	"max-triples":         "max-triples",
	"workers":             "workers",
	"dictionary":          "dictionaries",
	"min-confidence":      "min-confidence",
	"log-level":           "log-level",
}

func addConfigFlags(fs *pflag.FlagSet) {
	fs.String("config", "", "config file (default: ./diplograph.yaml, then the user config directory)")
	fs.String("neo4j-uri", "", "Neo4j URI: bolt://, neo4j://, neo4j+s:// …")
	fs.String("neo4j-user", "", "Neo4j user")
	fs.String("neo4j-password-file", "", "file holding the Neo4j password")
	fs.String("neo4j-database", "", "Neo4j database (default: the server's default)")
	fs.Duration("retry-budget", 0, "how long a failed Neo4j transaction is tried again, from its first failure (default 30s)")
	fs.Int("batch-size", 0, "triples per write transaction batch")
	fs.Int("max-triples", 0, "ingest rejects an article with more triples than this (default 10000)")
	fs.Int("workers", 0, "extraction workers (default: the number of CPUs)")
	fs.StringSlice("dictionary", nil, "extra gazetteer file (TSV), repeatable")
	fs.Float64("min-confidence", 0, "drop triples whose confidence is below this (0 to 1; see README for what it means)")
	fs.String("log-level", "", "debug, info, warn or error")
}

// loadConfig is the only user of viper: flags over environment over file over defaults.
func loadConfig(cmd *cobra.Command) (Config, error) {
	v := viper.New()
	for k, d := range defaults {
		v.SetDefault(k, d)
	}
	v.SetEnvPrefix("DIPLOGRAPH")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_", "-", "_"))
	v.AutomaticEnv()
	// The usual Neo4j variables, under the DIPLOGRAPH_ ones.
	for key, env := range map[string][]string{
		"neo4j.uri":      {"DIPLOGRAPH_NEO4J_URI", "NEO4J_URI"},
		"neo4j.user":     {"DIPLOGRAPH_NEO4J_USER", "NEO4J_USERNAME", "NEO4J_USER"},
		"neo4j.password": {"DIPLOGRAPH_NEO4J_PASSWORD", "NEO4J_PASSWORD"},
	} {
		if err := v.BindEnv(append([]string{key}, env...)...); err != nil {
			return Config{}, err
		}
	}
	flags := cmd.Flags()
	for name, key := range flagKeys {
		if f := flags.Lookup(name); f != nil {
			if err := v.BindPFlag(key, f); err != nil {
				return Config{}, err
			}
		}
	}
	file, _ := flags.GetString("config")
	if file == "" {
		file = findConfigFile()
	}
	if file != "" {
		v.SetConfigFile(file)
		if err := v.ReadInConfig(); err != nil {
			return Config{}, &usageError{fmt.Errorf("read config %s: %w", file, err), "check the file's YAML, or pass --config"}
		}
	}
	var cfg Config
	if err := v.Unmarshal(&cfg); err != nil {
		return Config{}, fmt.Errorf("decode config: %w", err)
	}
	if cfg.Neo4j.PasswordFile != "" {
		b, err := os.ReadFile(cfg.Neo4j.PasswordFile)
		if err != nil {
			return Config{}, fmt.Errorf("neo4j.password-file: %w", err)
		}
		cfg.Neo4j.Password = strings.TrimRight(string(b), "\r\n")
	}
	if err := cfg.Validate(); err != nil {
		return Config{}, &usageError{err, "fix it in the flag, the DIPLOGRAPH_* environment variable or diplograph.yaml"}
	}
	return cfg, nil
}

// findConfigFile returns ./diplograph.yaml or <user config dir>/diplograph/diplograph.yaml, if one exists.
func findConfigFile() string {
	cands := []string{"diplograph.yaml"}
	if d, err := os.UserConfigDir(); err == nil {
		cands = append(cands, filepath.Join(d, "diplograph", "diplograph.yaml"))
	}
	for _, c := range cands {
		if _, err := os.Stat(c); err == nil {
			return c
		}
	}
	return ""
}

// Validate rejects a setting that cannot work, naming the key, the value and what is valid.
func (c Config) Validate() error {
	var errs []error
	u, err := url.Parse(c.Neo4j.URI)
	switch {
	case err != nil || u.Host == "":
		errs = append(errs, fmt.Errorf("neo4j.uri: %q is not a URI like bolt://host:7687", c.Neo4j.URI))
	default:
		switch u.Scheme {
		case "bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc":
		default:
			errs = append(errs, fmt.Errorf("neo4j.uri: scheme %q of %q is not one of bolt, bolt+s, bolt+ssc, neo4j, neo4j+s, neo4j+ssc", u.Scheme, c.Neo4j.URI))
		}
	}
	if c.BatchSize <= 0 || c.BatchSize > 100000 {
		errs = append(errs, fmt.Errorf("batch-size must be between 1 and 100000, got %d", c.BatchSize))
	}
	if c.MaxTriples <= 0 {
		errs = append(errs, fmt.Errorf("max-triples must be at least 1, got %d", c.MaxTriples))
	}
	if c.Neo4j.RetryBudget < 0 || c.Neo4j.RetryBudget > time.Hour {
		errs = append(errs, fmt.Errorf("neo4j.retry-budget must be between 0s and 1h, got %s", c.Neo4j.RetryBudget))
	}
	if c.Workers <= 0 || c.Workers > 1024 {
		errs = append(errs, fmt.Errorf("workers must be between 1 and 1024, got %d", c.Workers))
	}
	if c.MinConfidence < 0 || c.MinConfidence > 1 {
		errs = append(errs, fmt.Errorf("min-confidence must be between 0 and 1, got %g", c.MinConfidence))
	}
	switch strings.ToLower(c.LogLevel) {
	case "debug", "info", "warn", "error":
	default:
		errs = append(errs, fmt.Errorf("log-level must be debug, info, warn or error, got %q", c.LogLevel))
	}
	for _, d := range c.Dictionaries {
		if _, err := os.Stat(d); err != nil {
			errs = append(errs, fmt.Errorf("dictionaries: %w", err))
		}
	}
	return errors.Join(errs...)
}

// redacted returns the config as key/value pairs for display, with the password hidden.
func (c Config) redacted() [][2]string {
	pw := ""
	if c.Neo4j.Password != "" {
		pw = "********"
	}
	return [][2]string{
		{"neo4j.uri", c.Neo4j.URI},
		{"neo4j.user", c.Neo4j.User},
		{"neo4j.password", pw},
		{"neo4j.password-file", c.Neo4j.PasswordFile},
		{"neo4j.database", c.Neo4j.Database},
		{"neo4j.retry-budget", c.Neo4j.RetryBudget.String()},
		{"batch-size", fmt.Sprint(c.BatchSize)},
		{"max-triples", fmt.Sprint(c.MaxTriples)},
		{"workers", fmt.Sprint(c.Workers)},
		{"dictionaries", strings.Join(c.Dictionaries, ",")},
		{"min-confidence", fmt.Sprint(c.MinConfidence)},
		{"log-level", c.LogLevel},
	}
}
