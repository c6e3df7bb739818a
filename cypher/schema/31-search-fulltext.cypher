CREATE FULLTEXT INDEX kg_search IF NOT EXISTS
FOR (n:Person|Agreement|Article) ON EACH [n.nameAr, n.nameEn, n.aliasesText, n.title]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}}
