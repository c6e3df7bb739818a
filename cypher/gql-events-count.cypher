// How many events gql-events-page pages through.
CALL () {
  WITH 1 AS one
  WHERE $participant IS NOT NULL
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
}
WITH e
WHERE ($type IS NULL OR e.type = $type)
  AND ($planned IS NULL OR e.planned = $planned)
  AND ($from IS NULL OR e.dateEnd >= $from)
  AND ($to IS NULL OR e.dateStart <= $to)
  AND ($participant IS NULL OR $country IS NULL
       OR EXISTS { (e)<-[:PARTICIPATED_IN]-(:Person {country: $country}) }
       OR EXISTS { (e)-[:IN]->(:Country {code: $country}) })
RETURN count(e) AS total
