// Each article's paragraphs in order; the caller joins them into the text.
UNWIND $ids AS id
MATCH (:Article {id: id})-[:HAS_PARAGRAPH]->(p:Paragraph)
WITH id, p
ORDER BY p.index
RETURN id, collect(p.text) AS paragraphs
