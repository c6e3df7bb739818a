// How many events gql-events-page-by-date pages through.
CALL () {
  MATCH (e:Event)
  WHERE $from IS NOT NULL
    AND e.datePrecision IN ['month', 'year'] AND e.dateStart >= $spanFrom AND e.dateStart < $from
    AND e.dateEnd >= $from AND ($to IS NULL OR e.dateStart <= $to)
    AND ($type IS NULL OR e.type = $type) AND ($planned IS NULL OR e.planned = $planned)
  RETURN count(e) AS early
}
CALL () {
  MATCH (e:Event)
  WHERE e.dateStart >= coalesce($from, '') AND e.dateStart <= coalesce($to, '9999-12-31')
    AND ($type IS NULL OR e.type = $type) AND ($planned IS NULL OR e.planned = $planned)
  RETURN count(e) AS dated
}
CALL () {
  WITH 1 AS one
  WHERE $from IS NULL AND $to IS NULL
  WITH one LIMIT 1
  MATCH (e:Event)
  WHERE e.dateStart IS NULL
    AND ($type IS NULL OR e.type = $type) AND ($planned IS NULL OR e.planned = $planned)
  RETURN count(e) AS undated
}
RETURN early + dated + undated AS total
