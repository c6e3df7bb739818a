UNWIND $events AS row
MERGE (e:Event {id: row.id})
// A planned event later reported held (or the reverse) changes who dealt with whom.
WITH e, row, e.planned IS NOT NULL AND e.planned <> row.planned AS flipped
SET e.signature = row.signature, e.type = row.type, e.cameo = row.cameo, e.date = row.date,
    e.dateStart = row.dateStart, e.dateEnd = row.dateEnd, e.datePrecision = row.datePrecision,
    e.place = coalesce(e.place, row.place), e.placeCountry = coalesce(e.placeCountry, row.placeCountry),
    e.planned = row.planned, e.initiator = row.initiator,
    e.confidence = CASE WHEN coalesce(e.confidence, 0) > row.confidence THEN e.confidence ELSE row.confidence END
WITH e, row, flipped
CALL (e, row) {
  UNWIND row.participants AS part
  MATCH (p:Person {id: part.id})
  MERGE (p)-[r:PARTICIPATED_IN]->(e)
  ON CREATE SET r.fresh = true
  SET r.role = part.role, r.office = part.office
}
CALL (e, row) {
  WITH e, row WHERE row.placeCountry IS NOT NULL
  MATCH (c:Country {code: row.placeCountry})
  MERGE (e)-[:IN]->(c)
}
CALL (e, row) {
  WITH e, row WHERE row.agreement IS NOT NULL
  MATCH (a:Agreement {id: row.agreement})
  MERGE (e)-[:CONCERNS]->(a)
}
RETURN count(e) AS events, collect(CASE WHEN flipped THEN e.id END) AS flipped
