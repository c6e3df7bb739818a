// Events per period and type for each country ($ids: ISO codes): those one of its persons
// took part in or held in it; with $with (another code), those between the two (persons of
// both, or a visit of one to the other). Held ones, and planned ones too with $planned. Per
// month when $month (an event dated to its year only stays in that year), else per year;
// undated events are left out.
UNWIND $ids AS code
CALL (code) {
  CALL (code) {
    WITH code WHERE $with IS NULL
    MATCH (:Person {country: code})-[:PARTICIPATED_IN]->(e:Event)
    RETURN e
    UNION
    WITH code WHERE $with IS NULL
    MATCH (e:Event)-[:IN]->(:Country {code: code})
    RETURN e
    UNION
    WITH code WHERE $with IS NOT NULL
    MATCH (:CountryPair {key: CASE WHEN code < $with THEN code + ' ' + $with ELSE $with + ' ' + code END})-[:HAS]->(e:Event)
    RETURN e
  }
  WITH e
  WHERE e.date IS NOT NULL
    AND ($planned OR NOT coalesce(e.planned, false))
    AND ($type IS NULL OR e.type = $type)
    AND ($from IS NULL OR e.dateEnd >= $from)
    AND ($to IS NULL OR e.dateStart <= $to)
  WITH CASE WHEN $month THEN left(e.date, 7) ELSE left(e.date, 4) END AS period,
       e.type AS type, count(*) AS n
  ORDER BY period, type
  RETURN collect({period: period, type: type, count: n}) AS items
}
RETURN code AS id, items
