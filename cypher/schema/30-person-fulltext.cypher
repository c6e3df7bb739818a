// Arabic analyzer: Lucene's ArabicAnalyzer normalizes hamza, ta marbuta and tashkeel.
CREATE FULLTEXT INDEX person_names IF NOT EXISTS
FOR (p:Person) ON EACH [p.nameAr, p.nameEn, p.aliasesText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}}
