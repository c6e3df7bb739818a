// Where each agreement was reported: article, quoted sentence and its offsets.
UNWIND $ids AS id
MATCH (:Agreement {id: id})-[r:REPORTED_IN]->(a:Article)
WITH id, r, a
ORDER BY a.publishedAt, a.id, r.start
WITH id, collect({
  quote: r.quote, start: r.start, end: r.end, confidence: r.confidence, article: a {.*}
}) AS sources
RETURN id, sources[..$limit] AS items
