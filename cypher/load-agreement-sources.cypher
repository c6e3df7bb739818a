// One source per agreement and article: the first sentence that named it.
UNWIND $rows AS row
MATCH (g:Agreement {id: row.fact})
MATCH (art:Article {id: row.article})
MERGE (g)-[r:REPORTED_IN]->(art)
ON CREATE SET r.quote = row.quote, r.start = row.start, r.end = row.end, r.confidence = row.confidence
RETURN count(r) AS sources
