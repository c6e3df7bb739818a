/** The page at `/`: what the server offers and where, in Arabic and English. */
export function landingHtml(opts: { playground: boolean }): string {
  const playground = opts.playground
    ? `<li><a href="/graphql">Playground · ساحة التجربة</a>: GraphQL queries, with worked examples to run.</li>`
    : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Arabic news knowledge graph</title>
<style>
  body { font: 16px/1.5 system-ui, "Noto Sans Arabic", sans-serif; margin: 3rem auto; max-width: 42rem; padding: 0 1rem; color: #1f2937; }
  h1 { font-size: 1.6rem; margin-bottom: .2rem; }
  .ar { direction: rtl; font-size: 1.2rem; color: #4b5563; margin-top: 0; }
  li { margin: .6rem 0; }
  code { background: #f3f4f6; padding: 0 .3rem; border-radius: 3px; }
</style>
</head>
<body>
<h1>Arabic news knowledge graph</h1>
<p class="ar" lang="ar">شبكة الفاعلين والأحداث في الأخبار العربية</p>
<p>Who called, met, visited, wrote to or signed what with whom, and when, as Arabic news reported it.</p>
<ul>
  <li><a href="/explore">Network explorer · مستكشف الشبكة</a>: find a person or a country and see their network.</li>
  ${playground}
  <li>API: <code>POST /graphql</code>; health at <a href="/health">/health</a>, readiness at <a href="/ready">/ready</a>.</li>
</ul>
</body>
</html>
`;
}
