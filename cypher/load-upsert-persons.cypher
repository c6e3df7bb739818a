// Aliases and name keys only grow: every spelling any article used stays findable.
UNWIND $persons AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.nameEn = row.nameEn, p.nameAr = row.nameAr, p.nameEnSource = row.nameEnSource,
              p.qid = row.qid, p.source = row.source, p.aliases = [], p.isNew = true
SET p.role = coalesce(p.role, row.role), p.country = coalesce(p.country, row.country),
    p.aliases = p.aliases + [x IN row.aliases WHERE NOT x IN p.aliases]
SET p.aliasesText = reduce(s = '', x IN p.aliases | s + ' | ' + x)
WITH p, row, coalesce(p.isNew, false) AS created
REMOVE p.isNew
WITH p, row, created
CALL (p, row) {
  UNWIND row.names AS key
  MERGE (n:Name {key: key})
  MERGE (n)-[:NAME_OF]->(p)
}
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, count(p) AS total
