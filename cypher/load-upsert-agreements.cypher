UNWIND $agreements AS row
MERGE (a:Agreement {id: row.id})
SET a.signature = row.signature, a.kind = row.kind, a.date = row.date, a.dateStart = row.dateStart,
    a.dateEnd = row.dateEnd, a.datePrecision = row.datePrecision,
    a.nameAr = CASE WHEN size(coalesce(a.nameAr, '')) >= size(row.nameAr) THEN a.nameAr ELSE row.nameAr END,
    a.nameEn = CASE WHEN size(coalesce(a.nameAr, '')) > size(row.nameAr) THEN a.nameEn ELSE row.nameEn END
WITH a, row
CALL (a, row) {
  UNWIND row.parties AS code
  MATCH (c:Country {code: code})
  MERGE (a)-[:BETWEEN]->(c)
}
RETURN count(a) AS agreements
