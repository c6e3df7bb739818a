CREATE FULLTEXT INDEX paragraph_text_ar IF NOT EXISTS
FOR (p:Paragraph) ON EACH [p.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}}
