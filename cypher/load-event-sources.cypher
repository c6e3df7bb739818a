// One source per event and article: the first sentence that reported it.
UNWIND $rows AS row
MATCH (e:Event {id: row.fact})
MATCH (art:Article {id: row.article})
MERGE (e)-[r:REPORTED_IN]->(art)
ON CREATE SET r.quote = row.quote, r.start = row.start, r.end = row.end, r.confidence = row.confidence
RETURN count(r) AS sources
