// One page of events newest first (by first day, then id; undated ones last), with the same
// filters as the pages in date order: a participant, a country, dates overlapping from–to,
// a type, planned or held.
CALL () {
  WITH 1 AS one
  WHERE $participant IS NOT NULL
  // A horizon: the condition is checked before the match, which runs only when it holds.
  WITH one LIMIT 1
  MATCH (:Person {id: $participant})-[:PARTICIPATED_IN]->(e)
  RETURN e
  UNION
  WITH 1 AS one
  WHERE $participant IS NULL AND $country IS NOT NULL
  WITH one LIMIT 1
  MATCH (:Person {country: $country})-[:PARTICIPATED_IN]->(e)
  RETURN e
  UNION
  WITH 1 AS one
  WHERE $participant IS NULL AND $country IS NOT NULL
  WITH one LIMIT 1
  MATCH (e:Event)-[:IN]->(:Country {code: $country})
  RETURN e
  UNION
  WITH 1 AS one
  WHERE $participant IS NULL AND $country IS NULL
  WITH one LIMIT 1
  // Every event, sorted: newest first has no index order to stop early on yet.
  MATCH (e:Event)
  RETURN e
}
WITH e
WHERE ($type IS NULL OR e.type = $type)
  AND ($planned IS NULL OR e.planned = $planned)
  AND ($from IS NULL OR e.dateEnd >= $from)
  AND ($to IS NULL OR e.dateStart <= $to)
  AND ($participant IS NULL OR $country IS NULL
       OR EXISTS { (e)<-[:PARTICIPATED_IN]-(:Person {country: $country}) }
       OR EXISTS { (e)-[:IN]->(:Country {code: $country}) })
WITH e
ORDER BY e.dateStart IS NULL, e.dateStart DESC, e.id DESC
SKIP $offset
LIMIT $limit
// With $withParticipants, each event carries its participants as gql-event-participants
// gives them, which saves the query a round trip.
RETURN e {.*, participants: CASE WHEN $withParticipants THEN COLLECT {
  MATCH (e)<-[r:PARTICIPATED_IN]-(p)
  WITH r, p
  ORDER BY CASE r.role WHEN 'caller' THEN 0 WHEN 'host' THEN 1 WHEN 'visitor' THEN 2 ELSE 3 END, p.id
  RETURN {role: r.role, office: r.office, person: p {.*}}
}[..$members] END} AS event
