// Aliases and name keys only grow: every spelling any article used stays findable.
UNWIND $persons AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.nameEn = row.nameEn, p.nameAr = row.nameAr, p.nameEnSource = row.nameEnSource,
              p.qid = row.qid, p.source = row.source, p.aliases = [], p.isNew = true
// A known person whose country is learnt only now: their earlier events gain country pairs.
WITH p, row, p.isNew IS NULL AND p.country IS NULL AND row.country IS NOT NULL AS gainsCountry
SET p.role = coalesce(p.role, row.role), p.country = coalesce(p.country, row.country),
    p.aliases = p.aliases + [x IN row.aliases WHERE NOT x IN p.aliases]
SET p.aliasesText = reduce(s = '', x IN p.aliases | s + ' | ' + x)
WITH p, row, coalesce(p.isNew, false) AS created, gainsCountry
REMOVE p.isNew
WITH p, row, created, gainsCountry
CALL (p, row) {
  UNWIND row.names AS key
  MERGE (n:Name {key: key})
  MERGE (n)-[:NAME_OF]->(p)
}
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, count(p) AS total,
       collect(CASE WHEN gainsCountry THEN p.id END) AS gainedCountry
