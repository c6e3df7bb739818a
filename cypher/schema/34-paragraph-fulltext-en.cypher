// The same paragraphs read with the English analyzer (stemming, English stop words). Neo4j
// treats a second full-text index on the same labels and properties as the first one and
// skips it, whatever its analyzer; naming Article too (articles have no `text` property)
// makes the schema differ without indexing anything more.
CREATE FULLTEXT INDEX paragraph_text_en IF NOT EXISTS
FOR (p:Paragraph|Article) ON EACH [p.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}}
