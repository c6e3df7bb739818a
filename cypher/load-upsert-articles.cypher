// Articles with their text, kept as paragraphs (offsets into the text as loaded) so that a
// long article is no single huge property and a search hit is a passage, not a whole article.
// A changed article's paragraphs are replaced.
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
SET a.file = row.file, a.title = row.title, a.url = row.url, a.outlet = row.outlet,
    a.publishedAt = row.publishedAt, a.sha256 = row.sha256, a.model = row.model,
    a.length = row.length
WITH a, row
CALL (a) {
  MATCH (a)-[:HAS_PARAGRAPH]->(old:Paragraph)
  DETACH DELETE old
}
CALL (a, row) {
  UNWIND row.paragraphs AS p
  CREATE (a)-[:HAS_PARAGRAPH]->(:Paragraph {
    article: row.id, index: p.index, start: p.start, end: p.end, text: p.text
  })
}
RETURN count(a) AS articles
