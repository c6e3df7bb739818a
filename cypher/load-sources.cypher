// One source per fact and article: the first sentence that reported it.
UNWIND $rows AS row
OPTIONAL MATCH (e:Event {id: row.fact})
OPTIONAL MATCH (g:Agreement {id: row.fact})
WITH row, coalesce(e, g) AS fact
WHERE fact IS NOT NULL
MATCH (art:Article {id: row.article})
MERGE (fact)-[r:REPORTED_IN]->(art)
ON CREATE SET r.quote = row.quote, r.start = row.start, r.end = row.end, r.confidence = row.confidence
RETURN count(r) AS sources
