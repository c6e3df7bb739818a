CREATE INDEX paragraph_article IF NOT EXISTS FOR (p:Paragraph) ON (p.article, p.start)
