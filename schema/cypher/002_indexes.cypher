// Range indexes for the analysts' filters.
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);
CREATE INDEX event_relation IF NOT EXISTS FOR (e:Event) ON (e.relation);
CREATE INDEX article_date IF NOT EXISTS FOR (a:Article) ON (a.date);
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
// Full-text search over actor names and aliases, and over evidence sentences.
// Eventually consistent: Lucene updates after the commit, not inside it, which
// keeps it out of every load's transaction time.
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliases_text]
OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX event_sentences IF NOT EXISTS FOR (e:Event) ON EACH [e.sentence]
OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
// The loader recomputes an actor pair's aggregate from the events of the pair.
CREATE INDEX event_pair IF NOT EXISTS FOR (e:Event) ON (e.pair, e.relation);
