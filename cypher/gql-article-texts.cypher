// Each article's text, put back together from its paragraphs in order.
UNWIND $ids AS id
MATCH (:Article {id: id})-[:HAS_PARAGRAPH]->(p:Paragraph)
WITH id, p
ORDER BY p.index
RETURN id, reduce(s = '', t IN collect(p.text) | s + t) AS text
