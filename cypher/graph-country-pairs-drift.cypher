// What the CountryPair links should be, by their definition over the whole graph, against what
// they are: `missing` and `extra` ("MA RU <node id>") are empty while the loader keeps them true.
CALL () {
  MATCH (a:Person)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b:Person)
  WHERE a.country < b.country
  RETURN a.country + ' ' + b.country AS key, e.id AS id
  UNION
  MATCH (a:Person)-[:PARTICIPATED_IN]->(e:Event {type: 'VISIT'})-[:IN]->(c:Country)
  WHERE a.country IS NOT NULL AND a.country <> c.code
  RETURN CASE WHEN a.country < c.code THEN a.country + ' ' + c.code
              ELSE c.code + ' ' + a.country END AS key, e.id AS id
  UNION
  MATCH (a:Country)<-[:BETWEEN]-(g:Agreement)-[:BETWEEN]->(b:Country)
  WHERE a.code < b.code
  RETURN a.code + ' ' + b.code AS key, g.id AS id
}
WITH collect(key + ' ' + id) AS expected
OPTIONAL MATCH (cp:CountryPair)-[:HAS]->(n)
WITH expected, collect(cp.key + ' ' + n.id) AS actual
RETURN size(expected) AS links, [x IN expected WHERE NOT x IN actual] AS missing,
       [x IN actual WHERE NOT x IN expected] AS extra
