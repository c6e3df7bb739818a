MATCH (e:Event)
WHERE ($type IS NULL OR e.type = $type)
  AND ($planned IS NULL OR e.planned = $planned)
  AND ($from IS NULL OR e.dateEnd >= $from)
  AND ($to IS NULL OR e.dateStart <= $to)
  AND ($participant IS NULL OR EXISTS { (e)<-[:PARTICIPATED_IN]-(:Person {id: $participant}) })
  AND ($country IS NULL
       OR EXISTS { (e)<-[:PARTICIPATED_IN]-(:Person {country: $country}) }
       OR EXISTS { (e)-[:IN]->(:Country {code: $country}) })
RETURN count(e) AS total
