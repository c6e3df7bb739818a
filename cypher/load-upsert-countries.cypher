UNWIND $countries AS row
MERGE (c:Country {code: row.code})
ON CREATE SET c.nameEn = row.nameEn, c.nameAr = row.nameAr
RETURN count(c) AS countries
