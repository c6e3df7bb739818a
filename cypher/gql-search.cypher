// Full-text search over persons, agreements and articles (names, titles) and over the
// articles' text, paragraph by paragraph with an Arabic and an English analyzer; best match
// first. A paragraph comes back as a passage, with its article. $kinds keeps some kinds only;
// each index gives $fetch hits (more than the page) so that the kinds kept and the repeated
// passages merged by the caller still fill it.
CALL () {
  WITH 1 AS one WHERE any(k IN $kinds WHERE k IN ['Person', 'Agreement', 'Article'])
  CALL db.index.fulltext.queryNodes('kg_search', $query, {limit: $fetch}) YIELD node, score
  RETURN node, score
  UNION ALL
  WITH 1 AS one WHERE 'Passage' IN $kinds
  CALL db.index.fulltext.queryNodes('paragraph_text_ar', $query, {limit: $fetch}) YIELD node, score
  RETURN node, score
  UNION ALL
  WITH 1 AS one WHERE 'Passage' IN $kinds
  CALL db.index.fulltext.queryNodes('paragraph_text_en', $query, {limit: $fetch}) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
WHERE any(l IN labels(node) WHERE l IN $kinds OR (l = 'Paragraph' AND 'Passage' IN $kinds))
ORDER BY score DESC, elementId(node)
LIMIT $fetch
RETURN CASE WHEN node:Paragraph
         THEN node {.start, .end, .text, __typename: 'Passage',
                    article: COLLECT { MATCH (a:Article {id: node.article}) RETURN a {.*} }[0]}
         ELSE node {.*, __typename: head([l IN labels(node) WHERE l IN ['Person', 'Agreement', 'Article']])}
       END AS node,
       score
